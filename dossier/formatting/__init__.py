"""Writing conventions of court documents: Chinese dates, money in figures and capitals."""

from dossier.formatting.chinese import chinese_date, chinese_number, money_figures, rmb_capital, rmb_full

__all__ = ["chinese_date", "chinese_number", "money_figures", "rmb_capital", "rmb_full"]
