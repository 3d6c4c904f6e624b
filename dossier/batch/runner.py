"""Run a batch: render every DOCX, convert through warm LibreOffice (several documents per load, see
`dossier.batch.convert`), stamp, merge, commit.

Everything is written into a staging folder inside OUT and moved into place only at the end, the
manifest last and atomically: after a failure or Ctrl-C, OUT holds no half-written file. A row that
fails (bad data, a template that needs a datum the case lacks, a document LibreOffice refuses) is
listed in the manifest with its row and field, and every other row is still written.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Protocol

from pypdf import PdfReader, PdfWriter

from dossier.batch.convert import DEFAULT_PER_LOAD, Conversions, Converter
from dossier.batch.manifest import Manifest, ManifestError, ManifestMerged, ManifestOutput
from dossier.batch.plan import DocJob, check_formats, check_types, jobs_for
from dossier.doctypes import document_title
from dossier.errors import DossierError, InputError, os_reason
from dossier.fsutil import sha256_file
from dossier.intake.tabular import Batch
from dossier.interrupts import stop_if_interrupted
from dossier.render.docx import render_docx
from dossier.render.pdf import PdfConverter

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
MERGED_DIR = "merged"


class ProgressSink(Protocol):
    def start(self, total: int) -> None: ...

    def advance(self, label: str) -> None: ...


ConverterFactory = Callable[[], AbstractContextManager[Converter]]


@dataclass
class BatchOptions:
    types: Sequence[str]
    formats: Sequence[str] = ("docx",)
    merge: bool = False
    issued_on: date | None = None
    per_load: int = DEFAULT_PER_LOAD  # documents converted per LibreOffice load (1: each alone)


@dataclass
class _Row:
    row: int
    jobs: list[DocJob]
    failed: bool = False


@dataclass
class _Run:
    staging: Path
    types: list[str]
    formats: list[str]
    issued_on: date
    errors: list[ManifestError] = field(default_factory=list)
    rows: list[_Row] = field(default_factory=list)
    _by_number: dict[int, _Row] = field(default_factory=dict)

    def staged(self, job: DocJob, fmt: str) -> Path:
        return self.staging / job.doc_type / f"{job.stem}.{fmt}"

    def row(self, number: int) -> _Row:
        if len(self._by_number) != len(self.rows):
            self._by_number = {r.row: r for r in self.rows}
        return self._by_number[number]

    def fail(self, row: _Row, job: DocJob | None, exc: DossierError, sheet_rows: dict[int, int | None]) -> None:
        row.failed = True
        label = (document_title(job.doc_type) + "：") if job else ""
        self.errors.append(ManifestError(
            row=row.row, field=exc.field or (job.doc_type if job else ""), message=label + exc.message,
            sheet_row=sheet_rows.get(row.row), case_number=job.case.case_number if job else None,
            type=job.doc_type if job else None))


def run_batch(batch: Batch, options: BatchOptions, out: Path, *,
              converter_factory: ConverterFactory | None = None,
              progress: ProgressSink | None = None) -> Manifest:
    """Generate the batch into `out`; returns the manifest (also written to out/manifest.json).

    Bad input as a whole (unknown type or format, no case at all) raises InputError before anything
    is written; bad rows are listed in the manifest.
    """
    types = check_types(options.types)
    formats = check_formats(options.formats)
    if not batch.rows:
        raise InputError("批量文件中没有案件", file=str(batch.source))
    need_pdf = "pdf" in formats or options.merge
    try:
        out.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    except OSError as exc:
        raise InputError(f"无法创建输出目录：{os_reason(exc)}", file=str(out)) from exc
    run = _Run(staging=staging, types=types, formats=formats, issued_on=options.issued_on or date.today())
    sheet_rows = {r.row: r.error.sheet_row for r in batch.rows if r.error is not None}
    run.errors += [ManifestError(row=e.row, field=e.field, message=e.message, sheet_row=e.sheet_row)
                   for e in batch.errors]
    try:
        _plan(run, batch, sheet_rows)
        if progress is not None:
            jobs = sum(len(r.jobs) for r in run.rows)
            progress.start(jobs * (2 if need_pdf else 1))
        factory = converter_factory or _default_converter(options)
        with _started_in_background(factory if need_pdf and run.rows else None) as starting:
            conversions = None
            if starting is not None:
                jobs = sum(len(r.jobs) for r in run.rows)
                per_load = max(1, min(options.per_load, -(-jobs // 2)))  # at least two groups: two soffice
                # A helper process that cuts and stamps pays off from three groups on (starting it costs
                # ~0.4 s of CPU); one keeps up with the rest of the batch (~17 ms a document).
                helpers = 1 if per_load > 1 and jobs > 2 * per_load else 0
                conversions = Conversions(sink=_Sink(run, sheet_rows, progress), starting=starting,
                                          workdir=run.staging / ".raw-pdf", per_load=per_load, cut_workers=helpers)
            try:
                _render(run, sheet_rows, progress, conversions)
                if conversions is not None and any(not row.failed for row in run.rows):
                    conversions.finish()
            finally:
                if conversions is not None:
                    conversions.close()
        merged = _merge(run) if options.merge else []
        return _commit(run, merged, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _default_converter(options: BatchOptions) -> ConverterFactory:
    """Merged loads leave LibreOffice ~15 ms of CPU a document, less than the cutting and stamping:
    one soffice keeps up, and a second would only cost its start (~1.4 s of CPU). One document per
    load needs one per core."""
    return partial(PdfConverter, instances=1 if options.per_load > 1 else None)


def _plan(run: _Run, batch: Batch, sheet_rows: dict[int, int | None]) -> None:
    seen: dict[str, int] = {}
    for entry in batch.rows:
        if entry.case is None:
            continue
        number = entry.case.case_number
        if number in seen:
            run.errors.append(ManifestError(
                row=entry.row, field="case_number", case_number=number,
                message=f"案号与第{seen[number]}个案件重复，同一案件的文书只生成一次", sheet_row=sheet_rows.get(entry.row)))
            continue
        seen[number] = entry.row
        run.rows.append(_Row(row=entry.row, jobs=jobs_for(entry.case, entry.row, run.types, run.issued_on)))


def _render(run: _Run, sheet_rows: dict[int, int | None], progress: ProgressSink | None,
            conversions: Conversions | None = None) -> None:
    """Render every document; each goes on to LibreOffice at once (`conversions`), the rest of its
    row still rendering."""
    for row in run.rows:
        for job in row.jobs:
            stop_if_interrupted()
            try:
                data = render_docx(job.case, job.doc_type, doc_id=job.doc_id, issued_on=run.issued_on,
                                   extra=job.extra)
            except DossierError as exc:
                run.fail(row, job, exc, sheet_rows)
                break
            except Exception as exc:  # a bug for one odd case must not stop the whole batch
                log.exception("rendering row %s failed", row.row)
                run.fail(row, job, DossierError(f"内部错误：{type(exc).__name__}"), sheet_rows)
                break
            path = run.staged(job, "docx")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            if progress is not None:
                progress.advance(f"{job.case.case_number} {document_title(job.doc_type)}")
            if conversions is not None:
                conversions.add(row.row, job, data)


@contextmanager
def _started_in_background(factory: ConverterFactory | None) -> Iterator[Future[Converter] | None]:
    """Starts LibreOffice on a thread while the DOCX are rendered, so its start-up (seconds) overlaps
    the rendering instead of following it; a failure to start surfaces at `.result()`."""
    if factory is None:
        yield None
        return
    manager = factory()
    starter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lo-start")
    entered = starter.submit(manager.__enter__)
    starter.shutdown(wait=False)
    try:
        yield entered
    finally:
        if entered.exception() is None:  # one that never started has closed itself
            manager.__exit__(None, None, None)


@dataclass
class _Sink:
    """What the conversions report back to the run: staged paths, failed rows, progress."""

    run: _Run
    sheet_rows: dict[int, int | None]
    progress: ProgressSink | None

    def staged(self, job: DocJob, fmt: str) -> Path:
        return self.run.staged(job, fmt)

    def failed(self, row: int) -> bool:
        return self._row(row).failed

    def fail(self, row: int, job: DocJob, exc: DossierError) -> None:
        self.run.fail(self._row(row), job, exc, self.sheet_rows)

    def done(self, job: DocJob) -> None:
        if self.progress is not None:
            self.progress.advance(f"{job.case.case_number} {document_title(job.doc_type)} PDF")

    def _row(self, row: int) -> _Row:
        return self.run.row(row)


def _merge(run: _Run) -> list[tuple[ManifestMerged, Path]]:
    """One PDF per type with every successful case in row order (receipts after their case's others)."""
    merged: list[tuple[ManifestMerged, Path]] = []
    for doc_type in run.types:
        writer = PdfWriter()
        numbers: list[str] = []
        for row in run.rows:
            if row.failed:
                continue
            for job in row.jobs:
                if job.doc_type == doc_type:
                    writer.append(PdfReader(run.staged(job, "pdf")))
                    if job.case.case_number not in numbers:
                        numbers.append(job.case.case_number)
        if not writer.pages:
            continue
        # Documents cut from one LibreOffice load carry the same font subsets: keep one copy of each
        # (20 notices: 2.7 MB → 1.0 MB, for ~20 ms).
        writer.compress_identical_objects()
        path = run.staging / MERGED_DIR / f"{doc_type}.pdf"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            writer.write(fh)
        merged.append((ManifestMerged(type=doc_type, path=f"{MERGED_DIR}/{doc_type}.pdf", sha256=sha256_file(path),
                                      pages=len(writer.pages), case_numbers=numbers), path))
    return merged


def _commit(run: _Run, merged: list[tuple[ManifestMerged, Path]], out: Path) -> Manifest:
    """Move staged files into OUT (each move atomic), then write the manifest last, atomically. An interrupt
    that arrived before, even one a finaliser swallowed, stops the run here: nothing is published."""
    stop_if_interrupted()
    moves: list[tuple[Path, Path]] = []
    manifest = Manifest(errors=sorted(run.errors, key=lambda e: e.row))
    for row in run.rows:
        if row.failed:
            continue
        for job in row.jobs:
            for fmt in run.formats:
                staged = run.staged(job, fmt)
                relative = f"{job.doc_type}/{job.stem}.{fmt}"
                manifest.outputs.append(ManifestOutput(case_number=job.case.case_number, type=job.doc_type,
                                                       format=fmt, path=relative, sha256=sha256_file(staged),
                                                       serves=job.serves))
                moves.append((staged, out / relative))
    for entry, path in merged:
        manifest.merged.append(entry)
        moves.append((path, out / entry.path))
    # A manifest from an earlier run must not describe files this run is replacing.
    (out / MANIFEST).unlink(missing_ok=True)
    for source, target in moves:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
    manifest.write(out / MANIFEST)
    return manifest
