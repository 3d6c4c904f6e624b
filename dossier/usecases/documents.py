"""One document (DOCX or PDF) rendered for a case, and the templates there are."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Literal

from dossier.batch.plan import doc_id
from dossier.errors import InputError
from dossier.model import Case
from dossier.render.docx import TemplateInfo, list_templates, render_docx

PdfOf = Callable[[bytes], bytes]


def templates() -> list[TemplateInfo]:
    return list_templates()


def template(code: str) -> TemplateInfo:
    for t in list_templates():
        if t.code == code:
            return t
    raise InputError(f"没有文书类型“{code}”的模板", field="doc_type")


def render_document(case: Case, doc_type: str, fmt: Literal["docx", "pdf"] = "docx", *,
                    to_pdf: PdfOf | None = None, issued_on: date | None = None) -> bytes:
    """The document issued on `issued_on` (today), with the document id the batch would give it; as PDF
    through the caller's LibreOffice (`to_pdf`), a QR identity with page i/n on every page."""
    template(doc_type)
    day = issued_on or date.today()
    number = doc_id(case.case_number, doc_type, None, day)
    data = render_docx(case, doc_type, doc_id=number, issued_on=day)
    if fmt == "docx":
        return data
    if to_pdf is None:
        raise ValueError("a PDF needs a converter")
    from dossier.render.stamp import stamp_identity

    return stamp_identity(to_pdf(data), case_number=case.case_number, doc_type=doc_type, doc_id=number)
