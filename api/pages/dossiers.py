"""卷宗审查 (archive centre: checks and decides) and 承办人预检 (undertakers: check their own dossier
before handing it in): the same pages at two addresses, each for its own role."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, get_args

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.auth import Principal
from api.deps import services
from api.errors import ApiError
from api.pages.common import (
    CHECK_LABELS,
    DECISION_LABELS,
    ArchivePage,
    UndertakerPage,
    _doc_label,
    _message,
    _status,
    render,
)
from api.services import cases as svc_cases
from api.services import corrections, dossiers
from api.services import decisions as svc_decisions
from api.services import jobs as svc_jobs
from dossier.dossier_check.corrections import RECEIPT, correctable_types, servable_types
from dossier.errors import DossierError
from dossier.model.stage import DossierStage
from dossier.store.models import ROLE_LABELS

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Desk:
    base: str
    title: str
    can_decide: bool


ARCHIVE = Desk("/dossiers", "卷宗审查", can_decide=True)
PRECHECK = Desk("/precheck", "承办人预检", can_decide=False)
STAGES: tuple[DossierStage, ...] = get_args(DossierStage)


def form_page(request: Request, user: Principal, desk: Desk, *, status: int = 200, **ctx: Any) -> HTMLResponse:
    svc = services(request)
    _total, listing = svc_cases.list_cases(svc.db, limit=500)
    jobs = svc_jobs.list_jobs(svc, user, "dossier_check", limit=15)
    return render(request, "dossier_form.html", user, status=status, title=desk.title, base=desk.base,
                  cases=listing, jobs=jobs, **ctx)


def result_page(request: Request, user: Principal, desk: Desk, job_id: int, *, status: int = 200,
                **ctx: Any) -> Response:
    svc = services(request)
    try:
        job, out = dossiers.read(svc, user, job_id)
    except ApiError as exc:
        return form_page(request, user, desk, status=exc.status, error=exc.message)
    result = job.result or {}
    check = result.get("check")
    bad_pages = {n for p in (check or {}).get("problems", []) for n in (p.get("pages") or [])}
    history = svc_decisions.list_decisions(svc.db, case_number=job.case_number, kind="dossier") \
        if job.case_number else []
    fixes = corrections.list_corrections(svc, user, job_id) if check else []
    decided = request.query_params.get("decided", "")
    if decided.isdigit() and "notice" not in ctx:
        for d in history:
            if d.id == int(decided):
                ctx["notice"] = f"已记录：{DECISION_LABELS[d.result]}（第{d.version or 1}版审查结果）"
    served = {d["pages"][0]: d.get("served") or [] for d in (check or {}).get("documents", [])
              if d.get("doc_type") == RECEIPT and d.get("pages")}
    return render(request, "dossier_result.html", user, status=status, title=desk.title, base=desk.base, job=out,
                  check=check, files=result.get("files", []), thumbnails=result.get("thumbnails", {}),
                  bad_pages=bad_pages, can_decide=desk.can_decide and user.may("archive"), decisions=history,
                  corrections=fixes, served_of=served, type_choices=correctable_types(),
                  served_choices=servable_types(), check_labels=CHECK_LABELS, role_labels=ROLE_LABELS,
                  version=1 + len(fixes), **ctx)


async def submit(request: Request, user: Principal, desk: Desk, case_id: int, stage: str,
                 files: list[UploadFile]) -> Response:
    if stage not in STAGES:
        return form_page(request, user, desk, status=422, error="审查阶段只能是结案或归档")
    try:
        job = await dossiers.submit(services(request), user, case_id, stage, files)
    except (ApiError, DossierError) as exc:
        return form_page(request, user, desk, status=_status(exc), error=_message(exc))
    return RedirectResponse(f"{desk.base}/{job.id}", status_code=303)


def correct(request: Request, user: Principal, desk: Desk, job_id: int, page: int, doc_type: str,
            served: list[str] | None) -> Response:
    # the form always states what a receipt serves (its current documents preselected): none chosen is none
    given = (served or []) if doc_type == RECEIPT else None
    try:
        check, _ = corrections.correct(services(request), user, job_id, page, doc_type.strip(), given)
    except (ApiError, DossierError) as exc:
        return result_page(request, user, desk, job_id, status=_status(exc), error=f"未更正：{_message(exc)}")
    what = _doc_label(doc_type)
    if given:
        what += f"（送达：{'、'.join(_doc_label(c) for c in given)}）"
    return result_page(request, user, desk, job_id, notice=f"已将第{page}页更正为{what}，已重新审查："
                                                            f"卷宗{CHECK_LABELS[check['decision']]}")


CaseId = Annotated[int, Form()]
Stage = Annotated[str, Form()]
Scans = Annotated[list[UploadFile] | None, File()]
DocType = Annotated[str, Form()]
Served = Annotated[list[str] | None, Form()]


# --- 卷宗审查 (archive) ---------------------------------------------------------------------------

@router.get("/dossiers", response_class=HTMLResponse)
def dossiers_form(request: Request, user: ArchivePage) -> Response:
    return form_page(request, user, ARCHIVE)


@router.post("/dossiers", response_class=HTMLResponse)
async def dossiers_submit(request: Request, user: ArchivePage, case_id: CaseId, stage: Stage = "closing",
                          files: Scans = None) -> Response:
    return await submit(request, user, ARCHIVE, case_id, stage, files or [])


@router.get("/dossiers/{job_id}", response_class=HTMLResponse)
def dossiers_result(request: Request, user: ArchivePage, job_id: int) -> Response:
    return result_page(request, user, ARCHIVE, job_id)


@router.post("/dossiers/{job_id}/pages/{page}/correction", response_class=HTMLResponse)
def dossiers_correct(request: Request, user: ArchivePage, job_id: int, page: int, doc_type: DocType = "",
                     served: Served = None) -> Response:
    return correct(request, user, ARCHIVE, job_id, page, doc_type, served)


@router.post("/dossiers/{job_id}/decision", response_class=HTMLResponse)
def dossiers_decide(request: Request, user: ArchivePage, job_id: int, result: Annotated[str, Form()],
                    reason: Annotated[str, Form()] = "", version: Annotated[int | None, Form()] = None) -> Response:
    if result not in ("approved", "rejected"):
        return result_page(request, user, ARCHIVE, job_id, status=422, error="决定只能是批准或驳回")
    try:
        d = dossiers.decide(services(request), user, job_id, result, reason, version)
    except (ApiError, DossierError) as exc:
        return result_page(request, user, ARCHIVE, job_id, status=_status(exc), error=_message(exc))
    # POST/redirect/GET: reloading the page after a decision does not send it again
    return RedirectResponse(f"/dossiers/{job_id}?decided={d.id}", status_code=303)


# --- 承办人预检 (undertaker) ------------------------------------------------------------------------

@router.get("/precheck", response_class=HTMLResponse)
def precheck_form(request: Request, user: UndertakerPage) -> Response:
    return form_page(request, user, PRECHECK)


@router.post("/precheck", response_class=HTMLResponse)
async def precheck_submit(request: Request, user: UndertakerPage, case_id: CaseId, stage: Stage = "closing",
                          files: Scans = None) -> Response:
    return await submit(request, user, PRECHECK, case_id, stage, files or [])


@router.get("/precheck/{job_id}", response_class=HTMLResponse)
def precheck_result(request: Request, user: UndertakerPage, job_id: int) -> Response:
    return result_page(request, user, PRECHECK, job_id)


@router.post("/precheck/{job_id}/pages/{page}/correction", response_class=HTMLResponse)
def precheck_correct(request: Request, user: UndertakerPage, job_id: int, page: int, doc_type: DocType = "",
                     served: Served = None) -> Response:
    return correct(request, user, PRECHECK, job_id, page, doc_type, served)
