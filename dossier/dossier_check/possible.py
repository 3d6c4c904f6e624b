"""Pages that may be what is missing: a clerk must be able to trust “缺少…”.

A document is missing only when no page can be it. When the checklist says an item is missing and a
doubtful page — unreadable, of unknown type, or read with low confidence — has the item's code (or,
for `service_receipt:<code>`, a 送达回证) among the reader's `candidates`, the item keeps its place in
`missing` (the decision stays reject; an unreadable page blocks anyway) but its reason names the page
and its `possible_pages` lists it, so the clerk checks or rescans that page instead of hunting for a
document that may be in the dossier already. Alternatives of an item (送达地址确认书 or 下落不明证明)
are considered too.

An unreadable page on which nothing could be read may be any missing document: the reason says so.
Thresholds: a candidate below `CANDIDATE_FLOOR` (10 %) is not named — the reader's probabilities are
calibrated, and a one-in-ten chance is where pointing a clerk at a page stops being noise. A page read
below `LOW_CONFIDENCE` (60 %) is doubtful even when it has a type; pages a person corrected by hand and
pages of another case are never doubtful.
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier.doctypes import catch_all, short_label
from dossier.dossier_check.grouping import same_case
from dossier.dossier_check.model import Page
from dossier.results import MissingItem

CANDIDATE_FLOOR = 0.10
LOW_CONFIDENCE = 0.60
_NOT_TYPES = {"continuation", "unknown", "blank"}


def likely_types(page: Page, limit: int = 3) -> list[str]:
    """The document types the reader thinks the page may be, most likely first (above the floor)."""
    out: list[str] = []
    for code, confidence in page.candidates:
        if confidence >= CANDIDATE_FLOOR and code not in _NOT_TYPES and code not in out:
            out.append(code)
    return out[:limit]


def doubtful(page: Page, case_number: str) -> bool:
    """A page whose type the check cannot rely on."""
    if page.blank or page.corrected_by or not same_case(page.case_number, case_number):
        return False
    return not page.readable or page.doc_type == "unknown" or page.confidence < LOW_CONFIDENCE


def may_be(page: Page, code: str) -> bool:
    """Whether the page may satisfy a checklist code (`service_receipt:<code>`: may be its 送达回证)."""
    if code.startswith("deadline:"):
        return False
    if not page.readable and not page.candidates:
        return True  # nothing could be read on it: it may be any missing document
    if code.startswith("service_receipt:"):
        served = code.split(":", 1)[1]
        if page.served_doc_types and served not in page.served_doc_types:
            return False
        return "service_receipt" in likely_types(page, limit=len(page.candidates))
    if code == page.doc_type:
        return unsure_catch_all(page.doc_type, page.confidence)  # filed under the type, proving nothing
    return code in likely_types(page, limit=len(page.candidates))


def unsure_catch_all(doc_type: str, confidence: float) -> bool:
    """A paper filed under the catch-all type (证据材料) only because nothing named it: it proves no checklist item
    of that type (a 租金逾期明细表 is no proof of a 终结执行 ground until a person says so)."""
    return doc_type == catch_all() and confidence < LOW_CONFIDENCE


def describe(code: str) -> str:
    """终结本次执行程序裁定书; service_receipt:X → X的送达回证."""
    if code.startswith("service_receipt:"):
        return f"{short_label(code.split(':', 1)[1])}的送达回证"
    return short_label(code)


def hint(page: Page, what: str) -> str:
    """第12页无法辨认，可能是…，请人工核对或重新扫描该页。"""
    if not page.readable:
        return f"第{page.page}页无法辨认，可能是{what}，请人工核对或重新扫描该页。"
    if page.doc_type == "unknown":
        return f"第{page.page}页未能识别文书类型，可能是{what}，请人工核对该页。"
    if unsure_catch_all(page.doc_type, page.confidence):
        return (f"第{page.page}页是一份未写明文书名称的材料，暂列为{short_label(page.doc_type)}，可能是{what}，"
                "请人工核对该页。")
    read_as = "上一文书的续页" if page.doc_type == "continuation" else short_label(page.doc_type)
    return (f"第{page.page}页识别为{read_as}，但把握不大（置信度{page.confidence:.0%}），也可能是{what}，"
            "请人工核对该页。")


def form_receipt_hint(page: Page, code: str) -> str | None:
    """A 送达回证 that names only a form (执行裁定书) may be the missing receipt of any document of that form (a
    终本 ruling is titled 执行裁定书 too): the check cannot tell which ruling it served, the clerk can (the dates,
    the addressee). None when the page is no such receipt or the code no receipt of a document of that form."""
    if page.doc_type != "service_receipt" or not code.startswith("service_receipt:"):
        return None
    from dossier.ocr.cues import form_subjects

    served = code.split(":", 1)[1]
    form = next((f for f, subjects in form_subjects().items() if f in page.served_doc_types and served in subjects), None)
    if form is None:
        return None
    title = short_label(form)
    return f"第{page.page}页的送达回证只写明“{title}”，未写明是哪一份{title}，可能是{describe(code)}，请人工核对该页。"


def point_to_pages(missing: Sequence[MissingItem], pages: Sequence[Page], case_number: str) -> list[MissingItem]:
    """Missing items, each naming the doubtful pages that may be it (`possible_pages`, reason), and the receipts
    naming only the form of the document whose receipt is missing."""
    suspects = [p for p in pages if doubtful(p, case_number) and (p.candidates or not p.readable)]
    receipts = [p for p in pages if p.doc_type == "service_receipt" and not doubtful(p, case_number)]
    out: list[MissingItem] = []
    for item in missing:
        codes = list(dict.fromkeys([item.code, *(item.alternatives or [])]))
        hints: list[str] = []
        found: list[int] = []
        for page in suspects:
            fits = [c for c in codes if may_be(page, c)]
            if fits:
                found.append(page.page)
                hints.append(hint(page, "或".join(item.label if c == page.doc_type else describe(c) for c in fits)))
        for page in receipts:
            said = next((h for c in codes if (h := form_receipt_hint(page, c)) is not None), None)
            if said is not None:
                found.append(page.page)
                hints.append(said)
        if not found:
            out.append(item)
            continue
        reason = item.reason.rstrip("。；; ")
        out.append(MissingItem.model_validate({**item.model_dump(), "reason": f"{reason}。{''.join(hints)}",
                                               "possible_pages": found}))
    return out
