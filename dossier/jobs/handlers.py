"""What each kind of job does. Inputs and outputs are files in the content-addressed store, so a
retried job reads exactly what was uploaded and writes nothing twice."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dossier.archive.job import run_archive_job
from dossier.intake.case_file import case_from_dict
from dossier.jobs.worker import Handler, JobContext
from dossier.model.stage import DossierStage
from dossier.store.db import Database
from dossier.store.files import FileStore, record_file

if TYPE_CHECKING:
    from dossier.dossier_check.model import Page

ConverterFactory = Callable[[], AbstractContextManager[Any]]

REPORT_LABELS = {"report.pdf": "审查报告（PDF）", "report.html": "审查报告（网页）",
                 "catalogue.pdf": "卷内目录（PDF）", "catalogue.docx": "卷内目录（Word）"}
MEDIA_TYPES = {".pdf": "application/pdf", ".html": "text/html; charset=utf-8", ".zip": "application/zip",
               ".json": "application/json",
               ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def make_handlers(files: FileStore, db: Database, *, pdf: ConverterFactory | None = None,
                  chunk_pages: int = 0) -> dict[str, Handler]:
    """Every job kind and its handler. `pdf`: a worker's warm LibreOffice (none: each batch starts its
    own); `chunk_pages`: with a broker, a dossier of more pages is split into ranges of this many."""
    return {
        "dossier_check": lambda ctx: dossier_check(ctx, files, db, chunk_pages),
        "dossier_pages": lambda ctx: dossier_pages(ctx, files, db),
        "batch_generate": lambda ctx: batch_generate(ctx, files, db, pdf),
        "batch_chunk": lambda ctx: batch_chunk(ctx, files, db, pdf),
        "archive": lambda ctx: run_archive_job(ctx, files, db),
    }


def inputs_of(params: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """A job's stored input files as (sha256, upload name), for `FileStore.named_copies`."""
    return [(str(f["sha256"]), str(f["name"])) for f in params]


def store_output(files: FileStore, db: Database, data: bytes | Path, name: str, label: str) -> dict[str, Any]:
    """Keep an output (bytes, or a file made in the job's temp folder, streamed in) and describe it."""
    media_type = MEDIA_TYPES.get(Path(name).suffix.lower(), "application/octet-stream")
    sha, size = files.put_file(data) if isinstance(data, Path) else files.put_bytes(data, name=name)
    record_file(db, sha, size, media_type, name)
    return {"name": name, "label": label, "sha256": sha, "size": size, "media_type": media_type}


def dossier_check(ctx: JobContext, files: FileStore, db: Database, chunk_pages: int = 0) -> dict[str, Any]:
    """The dossier check in one run; or, with workers of a broker and more pages than `chunk_pages`,
    split into page ranges read side by side and joined here (`dossier_job`) into the same result."""
    from dossier.jobs import dossier_job
    from dossier.jobs.thumbnails import page_count, thumbnails
    from dossier.usecases.dossier import check_dossier  # the same use case as `dossier check-dossier`

    if "parts" in ctx.params:
        return dossier_job.join(ctx, files, db)
    case = case_from_dict(ctx.params["case"])
    stage: DossierStage = "archive" if ctx.params.get("stage") == "archive" else "closing"
    with files.named_copies(inputs_of(ctx.params["files"])) as paths:
        total = page_count(paths)
        if ctx.can_split and chunk_pages and total > chunk_pages:
            dossier_job.split(ctx, total, chunk_pages)
            return {}
        ctx.progress(0, total)
        thumbs: dict[str, str] = {}
        for number, png in thumbnails(paths):
            if png is not None:
                thumbs[str(number)] = files.put_bytes(png, name=f"page-{number}.png")[0]

        def advance(done: int, total_pages: int | None = None, *_: Any) -> None:
            ctx.progress(done, total_pages if total_pages is not None else total)

        result = check_dossier(paths, case, stage, progress=advance, engine=dossier_job.engine_name())
    return check_outcome(ctx, files, db, result, thumbs)


def check_outcome(ctx: JobContext, files: FileStore, db: Database, result: Any,
                  thumbs: dict[str, str]) -> dict[str, Any]:
    """A checked dossier's job result: the check, its pages as read, thumbnails, the reports kept."""
    from dossier.reports.writer import render_reports

    reports = render_reports(result)
    outputs = [store_output(files, db, data, name, REPORT_LABELS.get(name, name)) for name, data in reports.items()]
    ctx.progress(len(result.pages), len(result.pages))
    return {"check": result.to_json(), "pages": stored_pages(result.pages), "thumbnails": thumbs, "files": outputs}


def dossier_pages(ctx: JobContext, files: FileStore, db: Database) -> dict[str, Any]:
    from dossier.jobs.dossier_job import run_part

    return run_part(ctx, files)


def stored_pages(pages: Sequence[Page]) -> list[dict[str, Any]]:
    """The pages as read, every field the check uses (not the thumbnails): a correction by hand decides
    again from these without reading the scans a second time."""
    return [p.model_dump(mode="json", exclude={"thumbnail_png"}) for p in pages]


def batch_generate(ctx: JobContext, files: FileStore, db: Database, pdf: ConverterFactory | None = None) -> dict[str, Any]:
    from dossier.jobs.batch_job import run_batch

    return run_batch(ctx, files, db, pdf)


def batch_chunk(ctx: JobContext, files: FileStore, db: Database, pdf: ConverterFactory | None = None) -> dict[str, Any]:
    from dossier.jobs.batch_job import run_chunk

    return run_chunk(ctx, files, db, pdf)
