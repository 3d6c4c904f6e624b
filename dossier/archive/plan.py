"""The order of the archived file, decided from the check's pages and documents (pure).

The 卷内目录's own entries (`reports.catalogue.catalogue_entries`) are the archive order and the 页号, so
the catalogue printed in the file and the pages stamped can never disagree. 卷宗封面 and 卷内目录 come
first and 备考表 last, all three generated and unnumbered (DOMAIN.md); a scanned one is replaced and
listed as left out. Blank backs are left out and listed. A page the reader could not place (`unknown`,
or unreadable in a draft) is kept, after the catalogued documents, so that nothing scanned is lost."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from dossier.doctypes import label
from dossier.dossier_check.model import Document, Page
from dossier.reports.catalogue import CatalogueEntry, catalogue_entries

GENERATED_FIRST = ("dossier_cover", "catalogue")
GENERATED_LAST = ("remarks_sheet",)
GENERATED = (*GENERATED_FIRST, *GENERATED_LAST)
UNPLACED_LABEL = "未识别材料"


class Section(BaseModel):
    """One document of the archived file: generated (no source pages) or made of scanned pages."""

    doc_type: str
    label: str
    source_pages: list[int]
    first_number: int | None = None
    generated: bool = False

    def number_of(self, index: int) -> int | None:
        """页号 of the section's index-th page (None when the section carries no page number)."""
        return None if self.first_number is None else self.first_number + index


class Omitted(BaseModel):
    page: int
    reason: str
    doc_type: str | None = None


class ArchivePlan(BaseModel):
    sections: list[Section]
    left_out: list[Omitted]
    entries: list[CatalogueEntry]

    @property
    def numbered_pages(self) -> int:
        return sum(len(s.source_pages) for s in self.sections if s.first_number is not None)

    @property
    def documents(self) -> list[Section]:
        """The scanned documents (what the 卷内目录 and the 备考表 count)."""
        return [s for s in self.sections if not s.generated]


def plan_archive(pages: Sequence[Page], documents: Sequence[Document]) -> ArchivePlan:
    replaced = [d for d in documents if d.doc_type in GENERATED]
    kept = [d for d in documents if d.doc_type not in GENERATED]
    entries = catalogue_entries(kept)
    left_out = [Omitted(page=p.page, reason="blank", doc_type="blank") for p in pages if p.blank]
    left_out += [Omitted(page=n, reason="replaced", doc_type=d.doc_type) for d in replaced for n in d.pages]
    sections = [Section(doc_type=code, label=label(code), source_pages=[], generated=True)
                for code in GENERATED_FIRST]
    next_number = 1
    for entry in entries:
        sections.append(Section(doc_type=entry.doc_type, label=entry.title, source_pages=list(entry.source_pages),
                                first_number=entry.page_from))
        if entry.page_to is not None:
            next_number = entry.page_to + 1
    placed = {n for s in sections for n in s.source_pages} | {o.page for o in left_out}
    unplaced = [p.page for p in pages if p.page not in placed]
    if unplaced:
        sections.append(Section(doc_type="unknown", label=UNPLACED_LABEL, source_pages=unplaced,
                                first_number=next_number))
    sections += [Section(doc_type=code, label=label(code), source_pages=[], generated=True)
                 for code in GENERATED_LAST]
    left_out.sort(key=lambda o: o.page)
    return ArchivePlan(sections=sections, left_out=left_out, entries=entries)
