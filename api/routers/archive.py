"""The archive centre's archive (归档): start an archive job for an approved dossier, download the
package (PDF/A-2b dossier.pdf and manifest.json), search archived dossiers by case number, party or
any text in them. API under /api/archive, the page at /archive."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from api.auth import Principal
from api.deps import SvcDep, require, services
from api.errors import ApiError, ErrorBody
from api.pages.common import page_guard, render
from api.schemas import MAX_ID, IdPath
from api.services import archive as svc_archive
from api.services import jobs as svc_jobs
from api.services.archive import ArchiveJobOut, ArchiveOut

router = APIRouter(tags=["归档"], responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody},
                                            404: {"model": ErrorBody}})
ArchiveRole = Annotated[Principal, Depends(require("archive"))]
TITLE = "电子卷宗归档"


class ArchiveIn(BaseModel):
    check_job_id: int = Field(ge=1, le=MAX_ID, description="已批准的卷宗审查任务编号")


@router.post("/api/archive", status_code=202, response_model=ArchiveJobOut, summary="为已批准的卷宗启动归档任务",
             responses={409: {"model": ErrorBody}})
def start(svc: SvcDep, user: ArchiveRole, body: ArchiveIn) -> ArchiveJobOut:
    return svc_archive.start(svc, user, body.check_job_id)


@router.get("/api/archive/jobs/{job_id}", response_model=ArchiveJobOut, summary="归档任务的进度")
def job(svc: SvcDep, user: ArchiveRole, job_id: IdPath) -> ArchiveJobOut:
    return svc_archive.job_status(svc, user, job_id)


@router.get("/api/archive", response_model=list[ArchiveOut], summary="检索归档卷宗（案号、当事人或任意文字）")
def search(svc: SvcDep, _: ArchiveRole, q: Annotated[str | None, Query(max_length=200)] = None) -> list[ArchiveOut]:
    return svc_archive.search(svc, q)


@router.get("/api/archive/{archive_id}", response_model=ArchiveOut, summary="一份归档卷宗")
def read(svc: SvcDep, _: ArchiveRole, archive_id: IdPath) -> ArchiveOut:
    return svc_archive.get(svc, archive_id)


@router.get("/api/archive/{archive_id}/{name}", response_class=FileResponse, summary="下载 dossier.pdf 或 manifest.json",
            responses={200: {"content": {"application/pdf": {}, "application/json": {}}}})
def download(svc: SvcDep, _: ArchiveRole, archive_id: IdPath, name: str) -> FileResponse:
    path, media = svc_archive.package_file(svc, archive_id, name)
    return FileResponse(path, media_type=media, filename=name)


# --- the page ------------------------------------------------------------------------------------

ArchiveDesk = Annotated[Principal, Depends(page_guard(TITLE, "archive"))]


def _page(request: Request, user: Principal, *, status: int = 200, **ctx: object) -> HTMLResponse:
    svc = services(request)
    q = str(ctx.pop("q", "") or "")
    found = svc_archive.search(svc, q)
    ready = svc_archive.ready_to_archive(svc, user)
    return render(request, "archive.html", user, status=status, title=TITLE, q=q, archives=found, ready=ready, **ctx)


@router.get("/archive", response_class=HTMLResponse, include_in_schema=False)
def archive_page(request: Request, user: ArchiveDesk, q: str = "") -> Response:
    return _page(request, user, q=q[:200])


@router.post("/archive", response_class=HTMLResponse, include_in_schema=False)
def archive_start(request: Request, user: ArchiveDesk, check_job_id: Annotated[int, Form()]) -> Response:
    try:
        job_out = svc_archive.start(services(request), user, check_job_id)
    except ApiError as exc:
        return _page(request, user, status=exc.status, error=exc.message)
    return RedirectResponse(f"/archive/jobs/{job_out.id}", status_code=303)


@router.get("/archive/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
def archive_job_page(request: Request, user: ArchiveDesk, job_id: int) -> Response:
    svc = services(request)
    try:
        job = svc_jobs.job_out(svc_jobs.get_job(svc, job_id, user, kind=svc_archive.JOB_KIND))
    except ApiError as exc:
        return _page(request, user, status=exc.status, error=exc.message)
    archive_id = (job.result or {}).get("archive_id")
    archive = svc_archive.get(svc, int(archive_id)) if archive_id else None
    return render(request, "archive_job.html", user, title=TITLE, job=job, archive=archive)
