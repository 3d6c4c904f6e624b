"""`dossier archive` end to end: the archive-stage check (the same reading and rules as
`check-dossier`), then, when it approves (or for a draft), the package written into a temporary
folder beside DIR and moved into place only when complete."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from dossier.archive.assemble import Outline, Parts, SourceRef, assemble
from dossier.archive.manifest import LeftOut, Manifest, ManifestDocument, ManifestPage
from dossier.archive.metadata import ArchiveMetadata, archive_metadata
from dossier.archive.plan import GENERATED, ArchivePlan, plan_archive
from dossier.archive.reading import PageText, read_dossier
from dossier.archive.sheets import render_catalogue, render_cover, render_remarks
from dossier.dossier_check.model import Document
from dossier.dossier_check.result import DossierCheckResult
from dossier.fsutil import sha256_file
from dossier.model import Case
from dossier.ocr.models import InputFile, PageResult
from dossier.reports.text_layer import OverlaySpec, TextLine, render_overlays

PDF_NAME = "dossier.pdf"
MANIFEST_NAME = "manifest.json"


class ArchiveOutcome(BaseModel):
    """The check, and the manifest when a package was written."""

    check: DossierCheckResult
    manifest: Manifest | None = None


def missing_with_generated(case: Case, documents: Sequence[Document], stage: str, today: date) -> list[Any]:
    """The archive writes the 卷宗封面, 卷内目录 and 备考表 itself: they count as present."""
    from dossier.dossier_check.checklist import missing_items

    made = [Document(doc_type=code, pages=[]) for code in GENERATED]
    return missing_items(case, [*documents, *made], stage, today)


def check_keeping_pages(paths: Sequence[Path], case: Case, *, today: date, engine: str | None,
                        progress: Any = None) -> tuple[DossierCheckResult, dict[int, PageResult], dict[int, PageText]]:
    """`run_check` for the archive stage on the archive's one reading (`reading.read_dossier`): the
    check, each PageResult, and each page's whole text for the text layer."""
    from dossier.dossier_check.run import run_check

    kept: dict[int, PageResult] = {}
    texts: dict[int, PageText] = {}

    def analyse_keeping(files: Sequence[Path], **kwargs: Any) -> Iterator[PageResult]:
        for result, text in read_dossier(files, **kwargs):
            kept[result.page] = result.model_copy(update={"thumbnail_png": None})
            texts[result.page] = text
            yield result

    result = run_check(paths, case, "archive", today=today, engine=engine, progress=progress,
                       analyse=analyse_keeping, missing_for=missing_with_generated, look=KeptLook(texts))
    return result, kept, texts


class KeptLook:
    """The check's second look answered from the archive's one reading: every page was read whole already, so a
    page numbered a digit off this case's is looked at in its kept text, and the dates came with the pages."""

    def __init__(self, texts: dict[int, PageText]) -> None:
        self.kept = texts

    def dates(self, pages: Sequence[int]) -> dict[int, date]:
        return {n: d for n in pages if n in self.kept and (d := dated(self.kept[n])) is not None}

    def texts(self, pages: Sequence[int]) -> dict[int, str]:
        return {n: "\n".join(line.text for line in self.kept[n].lines) for n in pages if n in self.kept}


def dated(text: PageText) -> date | None:
    """The date that signs a page read whole (its lowest line holding a date)."""
    from dossier.ocr.dates import signing_date

    height = (text.read_size or (1, 1))[1] or 1
    return signing_date([(line.text, line.box[1] / height) for line in text.lines])


def _pdf_pages(blob: bytes) -> int:
    import pikepdf

    with pikepdf.open(__import__("io").BytesIO(blob)) as pdf:
        return len(pdf.pages)


class _Layout(BaseModel):
    """Where each section lands in dossier.pdf."""

    outline: list[Outline]
    labels: list[tuple[int, str | None]]
    documents: list[ManifestDocument]


def _layout(plan: ArchivePlan, front_counts: list[int], back_counts: list[int]) -> _Layout:
    index = 0
    outline: list[Outline] = []
    labels: list[tuple[int, str | None]] = []
    documents: list[ManifestDocument] = []
    front = iter(front_counts)
    back = iter(back_counts)
    numbered_started = False
    for section in plan.sections:
        if section.generated:
            count = next(front) if section.doc_type in ("dossier_cover", "catalogue") else next(back)
            labels.append((index, section.label if section.doc_type != "dossier_cover" else "封面"))
        else:
            count = len(section.source_pages)
            if section.first_number is not None and not numbered_started:
                labels.append((index, None))
                numbered_started = True
        outline.append(Outline(title=section.label, page_index=index))
        documents.append(ManifestDocument(doc_type=section.doc_type, label=section.label, first_page=index + 1,
                                          last_page=index + count, generated=section.generated))
        index += count
    return _Layout(outline=outline, labels=labels, documents=documents)


def pages_with_own_text(results: dict[int, PageResult], where: dict[int, InputFile]) -> set[int]:
    """Pages that carry text of their own (born-digital, or a scanner's searchable PDF), whatever settled
    them (a generated page is identified by its QR before its text is looked at): they keep their
    text, and no invisible copy is laid over it."""
    from dossier.archive.assemble import shows_text

    own = {n for n, r in results.items() if r.source == "text"}
    for n, r in results.items():
        if n not in own and where[n].kind == "pdf" and shows_text(where[n].path, r.file_page):
            own.add(n)
    return own


def checked_text(result: PageResult) -> PageText:
    """A page's text as the check read it (when the archive did not read the page itself)."""
    return PageText(lines=[TextLine(text=t.text, box=t.box) for t in result.text_lines if t.text.strip()],
                    rotation=result.rotation, read_size=result.read_size)


def build_package(paths: Sequence[Path], case: Case, out_dir: Path, *, draft: bool = False,
                  today: date | None = None, engine: str | None = None, progress: Any = None) -> ArchiveOutcome:
    """Check, then write DIR/dossier.pdf and DIR/manifest.json (or nothing when the check rejects and
    this is not a draft)."""
    from dossier.ocr import open_dossier

    day = today or date.today()
    open_dossier(list(paths))  # every input validated before any reading (exit 2)
    check, results, texts = check_keeping_pages(paths, case, today=day, engine=engine, progress=progress)
    if check.decision != "approve" and not draft:
        return ArchiveOutcome(check=check)
    manifest = write_package(paths, case, out_dir, check, results, texts, today=day)
    return ArchiveOutcome(check=check, manifest=manifest)


def write_package(paths: Sequence[Path], case: Case, out_dir: Path, check: DossierCheckResult,
                  results: dict[int, PageResult], texts: dict[int, PageText] | None = None, *,
                  today: date) -> Manifest:
    """The package for a check already made (`check`: its pages and documents, possibly corrected by
    hand; `results`: the reading of the same scans; `texts`: each page's whole text as the archive
    read it, `reading.read_dossier` — without it, the lines the check read). A draft when the check
    does not approve."""
    from dossier.ocr import open_dossier

    files = open_dossier(list(paths)).files
    day = today
    is_draft = check.decision != "approve"
    meta = archive_metadata(case)
    plan = plan_archive(check.pages, check.documents)
    where = {n: next(f for f in files if f.first_page <= n < f.first_page + f.pages) for n in results}
    own = pages_with_own_text(results, where)
    text = {n: (texts or {}).get(n) or checked_text(r) for n, r in results.items()}
    file_of = {n: (r.file, r.file_page) for n, r in results.items()}
    cover = render_cover(meta, plan, archived_on=day, officer=case.staff.enforcement_officer if case.staff else None)
    catalogue = render_catalogue(plan.entries, meta)
    remarks = render_remarks(meta, plan, file_of, draft=is_draft)
    front, back = [cover, catalogue], [remarks]
    layout = _layout(plan, [_pdf_pages(b) for b in front], [_pdf_pages(b) for b in back])
    scanned = [(n, s, i) for s in plan.sections for i, n in enumerate(s.source_pages)]
    refs = [SourceRef(path=where[n].path, kind=where[n].kind, file_page=results[n].file_page,
                      turn=text[n].rotation if n not in own else 0) for n, _, _ in scanned]
    n_front = sum(_pdf_pages(b) for b in front)
    n_back = sum(_pdf_pages(b) for b in back)

    def overlays(sizes: list[tuple[float, float]]) -> bytes:
        specs = [OverlaySpec(width=w, height=h, draft=is_draft) for w, h in sizes]
        for k, (n, section, i) in enumerate(scanned):
            spec = specs[n_front + k]
            spec.number = section.number_of(i)
            if n not in own:
                spec.lines, spec.read_size = text[n].lines, text[n].read_size
        return render_overlays(specs)

    pages = []
    for k, (n, section, i) in enumerate(scanned):
        r = results[n]
        source = "own" if n in own else "reread" if text[n].added else "check" if text[n].lines else "none"
        pages.append(ManifestPage(archive_page=n_front + k + 1, file=r.file, file_page=r.file_page,
                                  doc_type=section.doc_type, page_number=section.number_of(i), text_source=source))
    left_out = [LeftOut(file=file_of[o.page][0], file_page=file_of[o.page][1], reason=o.reason,  # type: ignore[arg-type]
                        doc_type=o.doc_type) for o in plan.left_out]
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".part", dir=out_dir.parent))
    try:
        count = assemble(Parts(front=front, scans=refs, back=back), overlays, layout.outline, layout.labels, meta,
                         tmp / PDF_NAME, draft=is_draft)
        assert count == n_front + len(scanned) + n_back
        manifest = Manifest(case_number=case.case_number, sha256=sha256_file(tmp / PDF_NAME), draft=is_draft,
                            decision=check.decision, page_count=count, metadata=meta, pages=pages,
                            documents=layout.documents, left_out=left_out,
                            check=check.to_json() if is_draft else None)
        (tmp / MANIFEST_NAME).write_text(manifest.model_dump_json(indent=2), encoding="utf-8")
        publish(tmp, out_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return manifest


def publish(tmp: Path, out_dir: Path) -> None:
    """Move the finished package into place: the whole folder when DIR does not exist yet, else each
    file by an atomic rename (a reader sees the old file or the new one, never part of one)."""
    os.chmod(tmp, 0o777 & ~_umask())
    if not out_dir.exists():
        os.replace(tmp, out_dir)
        return
    for name in (PDF_NAME, MANIFEST_NAME):
        os.replace(tmp / name, out_dir / name)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


__all__ = ["ArchiveMetadata", "ArchiveOutcome", "build_package"]
