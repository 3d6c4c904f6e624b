"""Dates in Chinese numerals and RMB amounts in capitals, as court documents write them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache

import cn2an

_DIGITS = "〇一二三四五六七八九"


@cache
def chinese_number(n: int) -> str:
    """252 → 二百五十二, 14 → 十四: numbers as article numbers, dates and numbered lines write them."""
    out: str = cn2an.an2cn(n)
    return out


def chinese_date(d: date) -> str:
    """2024-03-14 → 二〇二四年三月十四日."""
    year = "".join(_DIGITS[int(ch)] for ch in f"{d.year:04d}")
    return f"{year}年{chinese_number(d.month)}月{chinese_number(d.day)}日"


def money_figures(amount: Decimal) -> str:
    """123456.78 → 123,456.78 (always two decimals)."""
    return f"{amount.quantize(Decimal('0.01')):,.2f}"


def rmb_capital(amount: Decimal) -> str:
    """123456.78 → 壹拾贰万叁仟肆佰伍拾陆元柒角捌分; 整 when there are no 角/分."""
    if amount < 0:
        raise ValueError("金额不能为负数")
    q = amount.quantize(Decimal("0.01"))
    if q == 0:
        return "零元整"
    text: str = cn2an.an2cn(f"{q:f}", "rmb")
    return text


def rmb_full(amount: Decimal) -> str:
    """人民币123,456.78元（大写：壹拾贰万叁仟肆佰伍拾陆元柒角捌分）."""
    return f"人民币{money_figures(amount)}元（大写：{rmb_capital(amount)}）"
