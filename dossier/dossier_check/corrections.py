"""Corrections by hand: the archive centre or the undertaker says what a page really is when the reader
got it wrong. Pure: stored pages and corrections in, new pages out (the check then runs on them as on
freshly read pages, through `dossier.dossier_check.run.check_pages`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, Field

from dossier.doctypes import doctypes, short_label
from dossier.dossier_check.model import Page
from dossier.errors import InputError
from dossier.vocab.labels import labels

RECEIPT = "service_receipt"
BY_HAND = ("continuation", "blank")
"""Page types besides the vocabulary's that a page may be corrected to (not `unknown`: a correction
says what the page is)."""


class Correction(BaseModel):
    """One page's type set by hand; for a 送达回证, `served` lists the documents it proves were served
    (None: keep what the page already named)."""

    page: int
    doc_type: str
    served: list[str] | None = None
    corrected_by: str | None = Field(default=None, description="who made the correction (username)")


def correctable_types() -> dict[str, str]:
    """Codes a page may be corrected to, with their Chinese labels: the vocabulary, then 续页 and 空白页."""
    out = {code: d.label for code, d in doctypes().items()}
    page_types = labels().page_types
    out.update({code: page_types[code] for code in BY_HAND})
    return out


def servable_types() -> dict[str, str]:
    """Codes a 送达回证 may name as served (every document type but the receipt itself)."""
    return {code: short_label(code) for code in doctypes() if code != RECEIPT}


def validate_correction(correction: Correction | Mapping[str, Any], page_numbers: Iterable[int]) -> Correction:
    """The correction, checked: a page of this dossier, a known type, known served documents.
    Raises `InputError` naming the field and the page."""
    c = correction if isinstance(correction, Correction) else _parse(correction)
    numbers = set(page_numbers)
    if c.page not in numbers:
        total = len(numbers)
        raise InputError(f"字段 page：卷宗共{total}页，没有第{c.page}页", field="page", page=c.page)
    if c.doc_type not in correctable_types():
        raise InputError(f"字段 doc_type：第{c.page}页的文书类型代码“{c.doc_type}”不在文书类型词表中",
                         field="doc_type", page=c.page)
    if c.served is None:
        return c
    if c.doc_type != RECEIPT and c.served:
        raise InputError(f"字段 served：第{c.page}页不是送达回证，不能指定所送达的文书", field="served",
                         page=c.page)
    served: list[str] = []
    for code in c.served:
        if code not in servable_types():
            raise InputError(f"字段 served：第{c.page}页送达回证所送达的文书代码“{code}”不在文书类型词表中",
                             field="served", page=c.page)
        if code not in served:
            served.append(code)
    return c.model_copy(update={"served": served})


def _parse(raw: Mapping[str, Any]) -> Correction:
    page = raw.get("page")
    if isinstance(page, bool) or not isinstance(page, int):
        raise InputError("字段 page：页码应为整数", field="page")
    doc_type = raw.get("doc_type")
    if not isinstance(doc_type, str) or not doc_type.strip():
        raise InputError(f"字段 doc_type：第{page}页缺少文书类型代码", field="doc_type", page=page)
    served = raw.get("served")
    if served is not None and (not isinstance(served, list) or not all(isinstance(s, str) for s in served)):
        raise InputError(f"字段 served：第{page}页所送达的文书应为代码列表", field="served", page=page)
    by = raw.get("corrected_by")
    return Correction(page=page, doc_type=doc_type.strip(), served=served,
                      corrected_by=str(by) if by is not None else None)


def apply_corrections(pages: Sequence[Page], corrections: Iterable[Correction | Mapping[str, Any]], *,
                      corrected_by: str | None = None) -> list[Page]:
    """New pages with the corrections applied in order (a later correction of a page wins).

    A corrected page is read with certainty (confidence 1.0, readable), blank exactly when corrected to
    `blank`, no longer glued by its QR document id to the page before it, and carries who corrected it.
    A 送达回证 names the documents of `served` (or keeps those it named when `served` is None); any
    other type names none."""
    out = list(pages)
    index = {p.page: i for i, p in enumerate(out)}
    for raw in corrections:
        c = validate_correction(raw, index)
        old = out[index[c.page]]
        if c.doc_type == RECEIPT:
            served = list(c.served) if c.served is not None else (
                list(old.served_doc_types) if old.doc_type == RECEIPT else [])
        else:
            served = []
        out[index[c.page]] = old.model_copy(update={
            "doc_type": c.doc_type, "confidence": 1.0, "readable": True, "blank": c.doc_type == "blank",
            "doc_id": None, "served_doc_types": served,
            "corrected_by": c.corrected_by or corrected_by or "人工更正"})
    return out
