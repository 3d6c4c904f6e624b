"""The 卷内目录 drafted from the classified documents: archive order, numbered page ranges.

封面, 卷内目录 and 备考表 carry no page number (doctypes.yaml `numbered: false`); every other
document takes the next pages in archive order, so the catalogue matches the archived file."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from dossier.doctypes import doctypes, label, short_label
from dossier.dossier_check.model import Document

_LAST = 10_000


class CatalogueEntry(BaseModel):
    number: int
    title: str
    doc_type: str
    page_from: int | None
    page_to: int | None
    source_pages: list[int]

    @property
    def page_range(self) -> str:
        if self.page_from is None:
            return ""
        return str(self.page_from) if self.page_from == self.page_to else f"{self.page_from}-{self.page_to}"


def document_title(doc: Document) -> str:
    """Catalogue title of a document: a receipt names what it proves (执行通知书送达回证)."""
    if doc.doc_type == "service_receipt" and doc.served:
        return "、".join(short_label(c) for c in doc.served) + "送达回证"
    return label(doc.doc_type)


def archive_rank(doc_type: str) -> int:
    d = doctypes().get(doc_type)
    return d.archive_order if d else _LAST


def is_numbered(doc_type: str) -> bool:
    d = doctypes().get(doc_type)
    return d.numbered if d else True


def catalogue_entries(documents: Sequence[Document]) -> list[CatalogueEntry]:
    """Entries in archive order (stable: equal ranks keep dossier order) with archive page numbers."""
    catalogued = [d for d in documents if doctypes().get(d.doc_type) is not None]
    ordered = sorted(enumerate(catalogued), key=lambda t: (archive_rank(t[1].doc_type), t[0]))
    entries: list[CatalogueEntry] = []
    next_page = 1
    for number, (_, doc) in enumerate(ordered, start=1):
        count = len(doc.pages)
        first: int | None = None
        last: int | None = None
        if is_numbered(doc.doc_type) and count:
            first, last = next_page, next_page + count - 1
            next_page = last + 1
        entries.append(CatalogueEntry(number=number, title=document_title(doc), doc_type=doc.doc_type,
                                      page_from=first, page_to=last, source_pages=list(doc.pages)))
    return entries
