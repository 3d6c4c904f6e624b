"""Chinese wording shared by the HTML and PDF reports."""

from __future__ import annotations

import re

from dossier.doctypes import label
from dossier.errors import DossierError
from dossier.vocab import load_vocab

STAGE_LABELS = {"closing": "结案审查", "archive": "归档审查"}

# Problem kinds → Chinese labels: the one table is dossier/vocab/problem_kinds.yaml.
PROBLEM_LABELS: dict[str, str] = {str(k): str(v) for k, v in load_vocab("problem_kinds")["kinds"].items()}

SOURCE_LABELS = {"qr": "二维码", "text": "文本层", "ocr": "文字识别", "blank": "空白检测", "none": "未识别"}


def alternatives_text(codes: list[str]) -> str:
    """Documents that may stand in for a missing one: 执行和解协议或撤回执行申请书."""
    return "或".join(label(c) for c in codes)


def document_span(pages: list[int]) -> str:
    """Pages of one document as its first and last page: 3, 3-5."""
    return f"{pages[0]}" if len(pages) == 1 else f"{pages[0]}-{pages[-1]}"


def decision_text(decision: str, stage: str) -> str:
    if decision == "approve":
        return "材料齐全，准予结案" if stage == "closing" else "材料齐全，准予归档"
    return "电子卷宗不齐，不予审批结案" if stage == "closing" else "卷宗不符合归档要求，不予签收归档"


def page_type_label(code: str) -> str:
    return {"continuation": "（续页）", "blank": "空白页", "unknown": "未识别"}.get(code, label(code))


def problem_label(kind: str) -> str:
    return PROBLEM_LABELS.get(kind, kind)


def source_label(source: str | None) -> str:
    return SOURCE_LABELS.get(source or "", source or "")


def item_label(item: object) -> str:
    """A missing item as users read it: its Chinese label; a code (service_receipt:enforcement_notice)
    is never shown, it is turned into its label (执行通知书送达回证)."""
    code = str(getattr(item, "code", "") or "")
    text = str(getattr(item, "label", "") or "")
    if text and text != code and not re.fullmatch(r"[a-z_:]+", text):
        return text
    try:
        return label(code)
    except (KeyError, ValueError, DossierError):
        return text or code
