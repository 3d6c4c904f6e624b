"""The printed documents of a case: generated from the project's DOCX templates where one exists
(render_docx → LibreOffice → QR identity on every page), composed with reportlab otherwise."""

from __future__ import annotations

import contextlib
import logging
import random
from datetime import date
from types import TracebackType
from typing import Any

from dossier.model import Case
from dossier.samples.compose import compose_pdf, content_for

log = logging.getLogger(__name__)

# Receipts are composed here: each names one served document and carries a signature and a seal.
_COMPOSED_ALWAYS = {"service_receipt"}


class DocumentSource:
    """Makes one document's PDF; keeps one LibreOffice running for the whole build."""

    def __init__(self, *, use_templates: bool = True) -> None:
        self._templates: set[str] = set()
        self._converter: Any = None
        self._stack = contextlib.ExitStack()
        self._use_templates = use_templates

    def __enter__(self) -> DocumentSource:
        if self._use_templates:
            try:
                from dossier.render.docx import list_templates
                from dossier.render.pdf import PdfConverter
                from dossier.render.stamp import stamp_identity  # noqa: F401  (needed by pdf())
            except ImportError:
                log.warning("render package not available: composing every document with reportlab")
            else:
                self._templates = {t.code for t in list_templates()} - _COMPOSED_ALWAYS
                self._converter = self._stack.enter_context(PdfConverter())
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stack.close()

    def has_template(self, doc_type: str) -> bool:
        return doc_type in self._templates

    def pdf(self, case: Case, doc_type: str, *, doc_id: str, issued_on: date, rng: random.Random,
            pages: int = 1, served: str | None = None, letter_spaced: bool = False, stamp: bool = True,
            catalogue_rows: list[tuple[str, str, str]] | None = None) -> tuple[bytes, bool]:
        """The document as a PDF, and whether its pages carry the QR identity."""
        if self.has_template(doc_type):
            from dossier.render.docx import render_docx
            from dossier.render.stamp import stamp_identity

            docx = render_docx(case, doc_type, doc_id=doc_id, issued_on=issued_on)
            pdf: bytes = self._converter.convert_bytes(docx)
            if stamp:
                pdf = stamp_identity(pdf, case_number=case.case_number, doc_type=doc_type, doc_id=doc_id)
            return pdf, stamp
        content = content_for(case, doc_type, rng=rng, pages=pages, served=served, issued_on=issued_on,
                              catalogue_rows=catalogue_rows)
        pdf = compose_pdf(case, content, letter_spaced=letter_spaced)
        if stamp and doc_type == "service_receipt":
            try:
                from dossier.render.stamp import stamp_identity
            except ImportError:
                return pdf, False
            return stamp_identity(pdf, case_number=case.case_number, doc_type=doc_type, doc_id=doc_id), True
        return pdf, False
