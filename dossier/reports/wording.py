"""Chinese wording shared by the HTML and PDF reports."""

from __future__ import annotations

import re

from dossier.doctypes import label
from dossier.errors import DossierError
from dossier.vocab.labels import labels

# The tables are vocabulary data (vocab/labels.yaml, vocab/problem_kinds.yaml); these names are the
# reports' and the web pages' views of them.
STAGE_LABELS = labels().reviews
PROBLEM_LABELS = labels().problems
SOURCE_LABELS = labels().read_sources


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
    """A page type in the report: a document type by its label, 续页 in brackets (it continues the
    document above it), 空白页 and 未识别 as they are."""
    special = labels().page_types.get(code)
    if special is None:
        return label(code)
    return f"（{special}）" if code == "continuation" else special


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
