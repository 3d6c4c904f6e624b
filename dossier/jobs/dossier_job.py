"""A big dossier check shared by the workers of a broker: its pages split into ranges, each range read by
whichever worker takes it, then joined in page order and judged once, exactly as one run would judge it.

Each page is read on its own (`analyse_page`, as the OCR pipeline's page workers read it); the only
judgement across pages in the reading — a continuation before any content continues nothing — is made
at the join, over all pages in order, and the decision is the dossier check's own (`check_pages`).
A range's pages and thumbnails are kept in the file store (every worker reaches it), named in its result.
"""

from __future__ import annotations

import base64
import json
import os
from datetime import date
from typing import Any

from dossier.errors import InputError
from dossier.jobs.worker import JobContext
from dossier.model.stage import DossierStage
from dossier.store.db import Database
from dossier.store.files import FileStore

PART_KIND = "dossier_pages"


def page_ranges(total: int, size: int) -> list[tuple[int, int]]:
    """Pages 1..total in ranges of `size` (first, last), the last range taking the remainder."""
    return [(first, min(first + size - 1, total)) for first in range(1, total + 1, size)]


def split(ctx: JobContext, total: int, size: int) -> None:
    parts = [(PART_KIND, {"files": ctx.params["files"], "case_number": ctx.params["case"].get("case_number"),
                          "first": first, "last": last}) for first, last in page_ranges(total, size)]
    ctx.split(parts, dict(ctx.params))


def engine_name() -> str:
    return os.environ.get("DOSSIER_OCR_ENGINE") or "auto"


def run_part(ctx: JobContext, files: FileStore) -> dict[str, Any]:
    """Read pages first..last (numbered across the files as the check numbers them) and draw their
    thumbnails; run again after a crash it reads them again, and only the completing run is referred to."""
    from dossier.jobs.handlers import inputs_of
    from dossier.jobs.thumbnails import thumbnail
    from dossier.model import CaseNumberError, normalize_case_number
    from dossier.ocr import get_engine
    from dossier.ocr.ingest import inspect_inputs, iter_pages
    from dossier.ocr.pipeline import analyse_page

    first, last = int(ctx.params["first"]), int(ctx.params["last"])
    try:
        expected = normalize_case_number(ctx.params["case_number"]) if ctx.params.get("case_number") else None
    except CaseNumberError:
        expected = None
    engine = get_engine(engine_name())
    pages: list[dict[str, Any]] = []
    thumbs: dict[str, str] = {}
    with files.named_copies(inputs_of(ctx.params["files"])) as paths:
        ctx.progress(0, last - first + 1)
        for source in iter_pages(inspect_inputs(paths)):
            if source.page < first:
                continue
            if source.page > last:
                break
            png = thumbnail(source)
            if png is not None:
                thumbs[str(source.page)] = files.put_bytes(png, name=f"page-{source.page}.png")[0]
            pages.append(_dump(analyse_page(source, engine=engine, expected_case_number=expected)))
            ctx.progress(len(pages), last - first + 1)
    if len(pages) != last - first + 1:
        raise InputError(f"扫描件第{first}–{last}页只读到{len(pages)}页（文件在提交后被改动？）")
    sha, _ = files.put_bytes(json.dumps(pages, ensure_ascii=False).encode("utf-8"), name=f"pages-{first}-{last}.json")
    return {"first": first, "last": last, "pages": sha, "thumbnails": thumbs}


def _dump(result: Any) -> dict[str, Any]:
    """A page as read, as JSON: its image bytes (the report shows problem pages) in base64."""
    data: dict[str, Any] = result.model_dump(mode="json", exclude={"thumbnail_png"})
    data["thumbnail_png"] = base64.b64encode(result.thumbnail_png).decode("ascii") if result.thumbnail_png else None
    return data


def _load(model: Any, data: dict[str, Any]) -> Any:
    png = data.get("thumbnail_png")
    return model.model_validate({**data, "thumbnail_png": base64.b64decode(png) if png else None})


def join(ctx: JobContext, files: FileStore, db: Database) -> dict[str, Any]:
    """The ranges' pages in order, judged once; the same result, reports and thumbnails as one run."""
    from dossier.dossier_check.run import ReaderLook, check_pages, collect_pages, looked_again
    from dossier.intake.case_file import case_from_dict
    from dossier.jobs.handlers import check_outcome, inputs_of
    from dossier.jobs.queue import parts_of
    from dossier.ocr.models import PageResult
    from dossier.ocr.pipeline import across_pages

    parts = parts_of(db, ctx.job_id)
    for number, part in enumerate(parts, start=1):
        if part.status != "done" or not part.result:
            raise InputError(f"卷宗审查的第{number}部分（共{len(parts)}部分）失败：{part.error or '未完成'}")
    results = [_load(PageResult, page) for part in parts
               for page in json.loads(files.read_bytes(str((part.result or {})["pages"])))]
    if [r.page for r in results] != list(range(1, len(results) + 1)):
        raise InputError("卷宗审查各部分的页码不连续，请重新提交")
    thumbs = {n: sha for part in parts for n, sha in (part.result or {}).get("thumbnails", {}).items()}
    case = case_from_dict(ctx.params["case"])
    stage: DossierStage = "archive" if ctx.params.get("stage") == "archive" else "closing"
    pages = collect_pages(across_pages(results), case.case_number)
    with files.named_copies(inputs_of(ctx.params["files"])) as paths:
        names = [p.name for p in paths]
        pages = looked_again(pages, case, ReaderLook(paths, engine_name()))  # a few pages, read here once
    result = check_pages(pages, case, stage, today=date.today(), files=names)
    return check_outcome(ctx, files, db, result, thumbs)
