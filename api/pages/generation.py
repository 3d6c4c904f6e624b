"""文书批量生成 (the document group): a batch of documents as a job."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.auth import Principal
from api.deps import services
from api.errors import ApiError
from api.pages.common import DocumentsPage, _message, _status, render
from api.services import batches
from api.services import cases as svc_cases
from api.services import jobs as svc_jobs
from dossier.errors import DossierError
from dossier.usecases import documents

router = APIRouter(include_in_schema=False)


DEFAULT_TYPES = ("acceptance_notice", "enforcement_notice", "property_report_order", "summons", "payment_notice")


def _generation_page(request: Request, user: Principal, *, status: int = 200, **ctx: Any) -> HTMLResponse:
    svc = services(request)
    _total, listing = svc_cases.list_cases(svc.db, limit=500)
    return render(request, "generation.html", user, status=status, title="文书批量生成", cases=listing,
                  templates=documents.templates(), default_types=DEFAULT_TYPES,
                  jobs=svc_jobs.list_jobs(svc, user, "batch_generate", limit=10), **ctx)


@router.get("/generation", response_class=HTMLResponse)
def generation_page(request: Request, user: DocumentsPage) -> Response:
    return _generation_page(request, user)


@router.post("/generation", response_class=HTMLResponse)
async def generation_submit(request: Request, user: DocumentsPage, types: Annotated[list[str] | None, Form()] = None,
                            formats: Annotated[list[str] | None, Form()] = None,
                            case_ids: Annotated[list[str] | None, Form()] = None,
                            file: Annotated[UploadFile | None, File()] = None) -> Response:
    try:
        job = await batches.submit(services(request), user, types=",".join(types or []),
                                   formats=",".join(formats or []), case_ids=",".join(case_ids or []),
                                   upload=file if file is not None and file.filename else None)
    except (ApiError, DossierError) as exc:
        return _generation_page(request, user, status=_status(exc), error=_message(exc))
    return RedirectResponse(f"/generation/jobs/{job.id}", status_code=303)


@router.get("/generation/jobs/{job_id}", response_class=HTMLResponse)
def generation_job(request: Request, user: DocumentsPage, job_id: int) -> Response:
    try:
        job = svc_jobs.get_job(services(request), job_id, user, kind="batch_generate")
    except ApiError as exc:
        return _generation_page(request, user, status=exc.status, error=exc.message)
    result = job.result or {}
    documents = {(o.get("case_number"), o.get("type")) for o in result.get("outputs", [])}
    formats = sorted({str(o.get("format", "")).upper() for o in result.get("outputs", [])})
    return render(request, "generation_job.html", user, title=f"批量任务 {job_id}", job=svc_jobs.job_out(job),
                  result=result, document_count=len(documents), formats="、".join(formats))
