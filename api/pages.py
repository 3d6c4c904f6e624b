"""The Chinese web pages, server-rendered: each role sees its own work (admin sees all)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from api.auth import SESSION_COOKIE, Principal
from api.deps import Services, optional_user, services
from api.errors import ApiError
from api.services import batches, checks, corrections, dossiers, overview
from api.services import cases as svc_cases
from api.services import decisions as svc_decisions
from api.services import jobs as svc_jobs
from api.services import users as svc_users
from api.services.materials import kept_uploads
from api.services.uploads import import_cases, kept_only_if_accepted, store_upload, store_uploads
from dossier.doctypes import label as doc_label
from dossier.dossier_check.corrections import RECEIPT, correctable_types, servable_types
from dossier.errors import DossierError, InputError
from dossier.filing.notice import notice_file_name
from dossier.intake.case_file import case_from_dict
from dossier.intake.tabular import error_text, field_label
from dossier.reports.times import beijing_time
from dossier.store.models import ROLE_LABELS, ROLES
from dossier.usecases import documents
from dossier.usecases.reference import ChecklistEntry, checklist_items
from dossier.vocab.labels import labels

templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
templates.env.filters["beijing"] = beijing_time  # the one formatter of times on every page
templates.env.globals["beijing"] = beijing_time
templates.env.globals["field_label"] = field_label  # case fields by their Chinese names
router = APIRouter(include_in_schema=False)

CATEGORIES = labels().categories  # one table of labels: dossier/vocab/labels.yaml
BASIS_KINDS = labels().basis_kinds
CHECK_LABELS = labels().check_results
DECISION_LABELS = labels().decisions
PAGES: list[dict[str, Any]] = [
    {"href": "/filing", "label": "立案审查", "roles": ("filing",), "hint": "选择类别、录入或导入案件、勾选材料，打印一次性告知书"},
    {"href": "/generation", "label": "文书批量生成", "roles": ("documents",), "hint": "上传案件表格，批量生成通知书、裁定书"},
    {"href": "/dossiers", "label": "卷宗审查", "roles": ("archive",), "hint": "上传扫描卷宗，检查缺项，批准或驳回"},
    {"href": "/precheck", "label": "承办人预检", "roles": ("undertaker",), "hint": "提交结案、归档前自查卷宗"},
    {"href": "/overview", "label": "总览", "roles": ("archive", "undertaker"), "hint": "受阻卷宗、即将到期和已逾期的期限"},
    {"href": "/admin/users", "label": "用户管理", "roles": ("admin",), "hint": "添加用户、停用账号、重置密码"},
]


def _nav(user: Principal) -> list[dict[str, Any]]:
    return [p for p in PAGES if user.may(*p["roles"])]


def render(request: Request, name: str, user: Principal | None, *, status: int = 200, **ctx: Any) -> HTMLResponse:
    ctx.setdefault("title", "执行卷宗服务")
    context = {"user": user, "nav": _nav(user) if user else [], "active": "/" + request.url.path.split("/")[1],
               "decision_labels": DECISION_LABELS, "problem_labels": labels().problems, "categories": CATEGORIES,
               "doc_label": _doc_label, **ctx}
    return templates.TemplateResponse(request, name, context, status_code=status)


def _doc_label(code: str) -> str:
    special = labels().page_types
    if code in special:
        return special[code]
    try:
        return doc_label(code)
    except (KeyError, ValueError, DossierError):
        return code


def _row_error(row: int, field: str, message: str) -> str:
    """A refused row of an import: the field by its Chinese name (the column header), never its code."""
    if not field or message.startswith("列“"):  # rows of a sheet already name their column
        return f"第{row}个案件：{message}"
    return f"第{row}个案件 {field_label(field)}：{message}"


def guard(request: Request, page: str, *roles: str) -> Principal | Response:
    user = optional_user(request, services(request))
    if user is None:
        return RedirectResponse("/", status_code=303)
    if not user.may(*roles):
        return render(request, "forbidden.html", user, status=403, page=page, title="无权访问")
    return user


def _message(exc: Exception) -> str:
    if isinstance(exc, ApiError):
        return exc.message
    if isinstance(exc, DossierError):
        return error_text(exc)  # the field by its Chinese name
    return str(exc)


def _status(exc: Exception) -> int:
    """The page's status for a refused action: the API's own status (404, 409, 422 …), else 422."""
    return exc.status if isinstance(exc, ApiError) else 422


# --- login -------------------------------------------------------------------------------------

@router.get("/", response_class=HTMLResponse)
def front(request: Request) -> Response:
    user = optional_user(request, services(request))
    if user is None:
        return render(request, "login.html", None, title="登录")
    return render(request, "home.html", user, title="首页")


# --- 立案审查 -------------------------------------------------------------------------------------

def _filing_page(request: Request, user: Principal, *, case_id: int | None = None, category: str | None = None,
                 declared: list[str] | None = None, result: dict[str, Any] | None = None, status: int = 200,
                 **ctx: Any) -> HTMLResponse:
    svc = services(request)
    _total, listing = svc_cases.list_cases(svc.db, category=category or None, limit=500)
    case = None
    checklist: list[ChecklistEntry] = []
    decisions: list[Any] = []
    if case_id is None and listing:
        case_id = listing[0].id
    if case_id is not None:
        try:
            rec = svc_cases.get_record(svc.db, case_id)
            case = svc_cases.summary(rec)
            checklist = checklist_items(rec.category, "filing", rec.court, case_from_dict(rec.data))
            decisions = svc_decisions.list_decisions(svc.db, case_number=rec.case_number, kind="filing")
        except ApiError as exc:
            ctx.setdefault("error", exc.message)
    return render(request, "filing.html", user, status=status, title="立案审查", cases=listing, case=case,
                  category=category or "", checklist=checklist, declared=declared or [], result=result,
                  decisions=decisions, basis_kinds=BASIS_KINDS, form=ctx.pop("form", {}), **ctx)


@router.get("/filing", response_class=HTMLResponse)
def filing_page(request: Request, case_id: int | None = None, category: str | None = None,
                normalised: str | None = None) -> Response:
    user = guard(request, "立案审查", "filing")
    if isinstance(user, Response):
        return user
    if normalised and case_id:
        return _filing_page(request, user, case_id=case_id, category=category,
                            notice="案件已保存；案号中的括号已按规范写作全角“（）”，请核对")
    return _filing_page(request, user, case_id=case_id, category=category)


@router.post("/filing/case", response_class=HTMLResponse)
async def filing_new_case(request: Request) -> Response:
    user = guard(request, "立案审查", "filing")
    if isinstance(user, Response):
        return user
    form = {k: str(v).strip() for k, v in (await request.form()).items()}
    data = case_from_form(form)
    try:
        rec = svc_cases.create_case(services(request).db, data, user.id)
    except (ApiError, DossierError) as exc:
        text = _message(exc)
        return _filing_page(request, user, status=_status(exc), form=form, entry_open=True,
                            error=text if text.startswith("案件未保存") else f"案件未保存：{text}")
    changed = "&normalised=1" if rec.case_number != data.get("case_number") else ""
    return RedirectResponse(f"/filing?case_id={rec.id}{changed}", status_code=303)


def case_from_form(form: dict[str, str]) -> dict[str, Any]:
    """The case-entry form as a CONTRACT.md case file (empty fields left out, so the model names them)."""
    def opt(key: str) -> str | None:
        return form.get(key) or None

    applicant: dict[str, Any] = {"name": form.get("applicant_name", ""), "kind": form.get("applicant_kind", "person"),
                                 "id_number": opt("applicant_id")}
    if form.get("agent_name"):
        applicant["agent"] = {"name": form["agent_name"], "kind": form.get("agent_kind", "lawyer")}
    data: dict[str, Any] = {
        "case_number": form.get("case_number", ""), "court": form.get("court", ""),
        "category": form.get("category", "enforcement"), "filed_on": form.get("filed_on", ""),
        "amount": opt("amount"), "basis": {"kind": form.get("basis_kind", "judgment")},
        "applicants": [applicant],
        "respondents": [{"name": form.get("respondent_name", ""), "kind": form.get("respondent_kind", "organisation"),
                         "id_number": opt("respondent_id")}],
    }
    return {k: v for k, v in data.items() if v is not None}


@router.post("/filing/import", response_class=HTMLResponse)
async def filing_import(request: Request, file: Annotated[UploadFile, File()]) -> Response:
    user = guard(request, "立案审查", "filing")
    if isinstance(user, Response):
        return user
    svc = services(request)
    try:
        stored = await store_upload(svc, file)
        with kept_only_if_accepted(svc, [stored]):
            out = await import_cases(svc, stored, user.id)
    except (ApiError, DossierError) as exc:
        return _filing_page(request, user, status=_status(exc), error=f"导入失败：{_message(exc)}")
    text = f"导入 {len(out.created)} 个案件"
    if out.existing:
        text += f"，{len(out.existing)} 个已存在未重复导入"
    error = "；".join(_row_error(e.row, e.field, e.message) for e in out.errors) or None
    first = out.created[0].id if out.created else None
    return _filing_page(request, user, case_id=first, notice=text, error=error)


@router.post("/filing/check", response_class=HTMLResponse)
async def filing_check(request: Request, case_id: Annotated[int, Form()],
                       declared: Annotated[list[str] | None, Form()] = None,
                       files: Annotated[list[UploadFile] | None, File()] = None) -> Response:
    user = guard(request, "立案审查", "filing")
    if isinstance(user, Response):
        return user
    svc = services(request)
    try:
        stored = await store_uploads(svc, [f for f in (files or []) if f.filename])
        with kept_only_if_accepted(svc, stored):
            outcome = await checks.filing_with_files(svc, case_id, declared or [], stored)
    except (ApiError, DossierError) as exc:
        return _filing_page(request, user, case_id=case_id, declared=declared, status=_status(exc),
                            error=_message(exc))
    return _filing_page(request, user, case_id=case_id, declared=declared, result=outcome.result,
                        materials=[m.sha256 for m in stored])


@router.post("/filing/notice")
async def filing_notice(request: Request, case_id: Annotated[int, Form()],
                        declared: Annotated[list[str] | None, Form()] = None,
                        materials: Annotated[list[str] | None, Form()] = None) -> Response:
    """The notice of the check the page showed: its ticked codes and the files it read."""
    user = guard(request, "立案审查", "filing")
    if isinstance(user, Response):
        return user
    try:
        svc = services(request)
        outcome = await checks.filing_with_files(svc, case_id, declared or [], kept_uploads(svc, materials or []))
        pdf = await run_in_threadpool(checks.notice_pdf, svc, outcome)
    except (ApiError, DossierError) as exc:
        return _filing_page(request, user, case_id=case_id, declared=declared, status=_status(exc),
                            error=_message(exc))
    name = quote(notice_file_name(outcome.case.case_number))
    return Response(pdf, media_type="application/pdf", headers={"Content-Disposition": f"inline; filename*=UTF-8''{name}"})


@router.post("/filing/decision", response_class=HTMLResponse)
async def filing_decision(request: Request, case_id: Annotated[int, Form()], result: Annotated[str, Form()],
                    declared: Annotated[list[str] | None, Form()] = None,
                    materials: Annotated[list[str] | None, Form()] = None,
                    reason: Annotated[str, Form()] = "") -> Response:
    user = guard(request, "立案审查", "filing")
    if isinstance(user, Response):
        return user
    if result not in ("accepted", "returned"):
        return _filing_page(request, user, case_id=case_id, status=422, error="决定只能是受理或退回")
    try:
        svc = services(request)
        d = await run_in_threadpool(checks.decide_filing, svc, user, case_id, declared or [], result,
                                    reason.strip() or None, kept_uploads(svc, materials or []))
    except (ApiError, DossierError) as exc:
        return _filing_page(request, user, case_id=case_id, declared=declared, status=_status(exc),
                            error=_message(exc))
    return _filing_page(request, user, case_id=case_id, declared=declared,
                        notice=f"已记录：{DECISION_LABELS[d.result]}（{d.case_number}）")


# --- 文书批量生成 ----------------------------------------------------------------------------------

DEFAULT_TYPES = ("acceptance_notice", "enforcement_notice", "property_report_order", "summons", "payment_notice")


def _generation_page(request: Request, user: Principal, *, status: int = 200, **ctx: Any) -> HTMLResponse:
    svc = services(request)
    _total, listing = svc_cases.list_cases(svc.db, limit=500)
    return render(request, "generation.html", user, status=status, title="文书批量生成", cases=listing,
                  templates=documents.templates(), default_types=DEFAULT_TYPES,
                  jobs=svc_jobs.list_jobs(svc, user, "batch_generate", limit=10), **ctx)


@router.get("/generation", response_class=HTMLResponse)
def generation_page(request: Request) -> Response:
    user = guard(request, "文书批量生成", "documents")
    if isinstance(user, Response):
        return user
    return _generation_page(request, user)


@router.post("/generation", response_class=HTMLResponse)
async def generation_submit(request: Request, types: Annotated[list[str] | None, Form()] = None,
                            formats: Annotated[list[str] | None, Form()] = None,
                            case_ids: Annotated[list[str] | None, Form()] = None,
                            file: Annotated[UploadFile | None, File()] = None) -> Response:
    user = guard(request, "文书批量生成", "documents")
    if isinstance(user, Response):
        return user
    try:
        job = await batches.submit(services(request), user, types=",".join(types or []),
                                   formats=",".join(formats or []), case_ids=",".join(case_ids or []),
                                   upload=file if file is not None and file.filename else None)
    except (ApiError, DossierError) as exc:
        return _generation_page(request, user, status=_status(exc), error=_message(exc))
    return RedirectResponse(f"/generation/jobs/{job.id}", status_code=303)


@router.get("/generation/jobs/{job_id}", response_class=HTMLResponse)
def generation_job(request: Request, job_id: int) -> Response:
    user = guard(request, "文书批量生成", "documents")
    if isinstance(user, Response):
        return user
    try:
        job = svc_jobs.get_job(services(request), job_id, user, kind="batch_generate")
    except ApiError as exc:
        return _generation_page(request, user, status=exc.status, error=exc.message)
    result = job.result or {}
    documents = {(o.get("case_number"), o.get("type")) for o in result.get("outputs", [])}
    formats = sorted({str(o.get("format", "")).upper() for o in result.get("outputs", [])})
    return render(request, "generation_job.html", user, title=f"批量任务 {job_id}", job=svc_jobs.job_out(job),
                  result=result, document_count=len(documents), formats="、".join(formats))


# --- 卷宗审查 and 承办人预检 ---------------------------------------------------------------------

def _dossier_pages(base: str, title: str, role: str, can_decide: bool) -> None:
    def form_page(request: Request, user: Principal, *, status: int = 200, **ctx: Any) -> HTMLResponse:
        svc = services(request)
        _total, listing = svc_cases.list_cases(svc.db, limit=500)
        jobs = svc_jobs.list_jobs(svc, user, "dossier_check", limit=15)
        return render(request, "dossier_form.html", user, status=status, title=title, base=base, cases=listing,
                      jobs=jobs, **ctx)

    def result_page(request: Request, user: Principal, job_id: int, *, status: int = 200, **ctx: Any) -> Response:
        svc = services(request)
        try:
            job, out = dossiers.read(svc, user, job_id)
        except ApiError as exc:
            return form_page(request, user, status=exc.status, error=exc.message)
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
        return render(request, "dossier_result.html", user, status=status, title=title, base=base, job=out,
                      check=check, files=result.get("files", []), thumbnails=result.get("thumbnails", {}),
                      bad_pages=bad_pages, can_decide=can_decide and user.may("archive"), decisions=history,
                      corrections=fixes, served_of=served, type_choices=correctable_types(),
                      served_choices=servable_types(), check_labels=CHECK_LABELS, role_labels=ROLE_LABELS,
                      version=1 + len(fixes), **ctx)

    @router.get(base, response_class=HTMLResponse)
    def show_form(request: Request) -> Response:
        user = guard(request, title, role)
        if isinstance(user, Response):
            return user
        return form_page(request, user)

    @router.post(base, response_class=HTMLResponse)
    async def submit(request: Request, case_id: Annotated[int, Form()], stage: Annotated[str, Form()] = "closing",
                     files: Annotated[list[UploadFile] | None, File()] = None) -> Response:
        user = guard(request, title, role)
        if isinstance(user, Response):
            return user
        if stage not in ("closing", "archive"):
            return form_page(request, user, status=422, error="审查阶段只能是结案或归档")
        try:
            job = await dossiers.submit(services(request), user, case_id, stage, files or [])
        except (ApiError, DossierError) as exc:
            return form_page(request, user, status=_status(exc), error=_message(exc))
        return RedirectResponse(f"{base}/{job.id}", status_code=303)

    @router.get(base + "/{job_id}", response_class=HTMLResponse)
    def show_result(request: Request, job_id: int) -> Response:
        user = guard(request, title, role)
        if isinstance(user, Response):
            return user
        return result_page(request, user, job_id)

    @router.post(base + "/{job_id}/pages/{page}/correction", response_class=HTMLResponse)
    def correct(request: Request, job_id: int, page: int, doc_type: Annotated[str, Form()] = "",
                served: Annotated[list[str] | None, Form()] = None) -> Response:
        user = guard(request, title, role)
        if isinstance(user, Response):
            return user
        # the form always states what a receipt serves (its current documents preselected): none chosen is none
        given = (served or []) if doc_type == RECEIPT else None
        try:
            check, _ = corrections.correct(services(request), user, job_id, page, doc_type.strip(), given)
        except (ApiError, DossierError) as exc:
            return result_page(request, user, job_id, status=_status(exc), error=f"未更正：{_message(exc)}")
        what = _doc_label(doc_type)
        if given:
            what += f"（送达：{'、'.join(_doc_label(c) for c in given)}）"
        return result_page(request, user, job_id, notice=f"已将第{page}页更正为{what}，已重新审查："
                                                          f"卷宗{CHECK_LABELS[check['decision']]}")

    if can_decide:
        @router.post(base + "/{job_id}/decision", response_class=HTMLResponse)
        def decide(request: Request, job_id: int, result: Annotated[str, Form()],
                   reason: Annotated[str, Form()] = "", version: Annotated[int | None, Form()] = None) -> Response:
            user = guard(request, title, role)
            if isinstance(user, Response):
                return user
            if result not in ("approved", "rejected"):
                return result_page(request, user, job_id, status=422, error="决定只能是批准或驳回")
            try:
                d = dossiers.decide(services(request), user, job_id, result, reason, version)
            except (ApiError, DossierError) as exc:
                return result_page(request, user, job_id, status=_status(exc), error=_message(exc))
            # POST/redirect/GET: reloading the page after a decision does not send it again
            return RedirectResponse(f"{base}/{job_id}?decided={d.id}", status_code=303)


_dossier_pages("/dossiers", "卷宗审查", "archive", can_decide=True)
_dossier_pages("/precheck", "承办人预检", "undertaker", can_decide=False)


# --- 总览 --------------------------------------------------------------------------------------------

@router.get("/overview", response_class=HTMLResponse)
def overview_page(request: Request, today: date | None = None) -> Response:
    user = guard(request, "总览", "archive", "undertaker")
    if isinstance(user, Response):
        return user
    svc: Services = services(request)
    deadlines_error = None
    try:
        due = overview.due_deadlines(svc.db, today)
    except ApiError as exc:
        due, deadlines_error = [], exc.message
    return render(request, "overview.html", user, title="总览", blocked=overview.blocked_dossiers(svc.db),
                  deadlines=due, deadlines_error=deadlines_error)


# --- 用户管理 (admin only) -----------------------------------------------------------------------------

ADMIN_USERS = "/admin/users"
_ADMIN_NOTICES = {"added": "已添加用户 {u}", "disabled": "已停用用户 {u}；其会话和令牌已失效",
                  "password": "已重置用户 {u} 的密码；其会话和令牌已失效"}


def _users_page(request: Request, user: Principal, *, status: int = 200, **ctx: Any) -> HTMLResponse:
    return render(request, "admin_users.html", user, status=status, title="用户管理",
                  users=svc_users.list_users(services(request).db), roles=ROLES, role_labels=ROLE_LABELS,
                  form=ctx.pop("form", {}), **ctx)


def _done(what: str, username: str) -> RedirectResponse:
    """POST/redirect/GET: a reload of the page does not repeat the action."""
    return RedirectResponse(f"{ADMIN_USERS}?done={what}&user={quote(username)}", status_code=303)


@router.get(ADMIN_USERS, response_class=HTMLResponse)
def users_page(request: Request, done: str = "", user_name: Annotated[str, Query(alias="user")] = "") -> Response:
    user = guard(request, "用户管理", "admin")
    if isinstance(user, Response):
        return user
    notice = _ADMIN_NOTICES[done].format(u=user_name) if done in _ADMIN_NOTICES and user_name else None
    return _users_page(request, user, notice=notice)


@router.post(ADMIN_USERS, response_class=HTMLResponse)
def users_add(request: Request, username: Annotated[str, Form()] = "", display_name: Annotated[str, Form()] = "",
              role: Annotated[str, Form()] = "", password: Annotated[str, Form()] = "") -> Response:
    user = guard(request, "用户管理", "admin")
    if isinstance(user, Response):
        return user
    username = username.strip()
    try:
        added = svc_users.add_user(services(request).db, username, role, password,
                                   display_name=display_name.strip() or None,
                                   fast_hashing=services(request).settings.fast_password_hashing)
    except InputError as exc:
        form = {"username": username, "display_name": display_name, "role": role}
        return _users_page(request, user, status=422, form=form, error=f"未添加：{exc.message}")
    return _done("added", added.username)


@router.post(ADMIN_USERS + "/{username}/disable", response_class=HTMLResponse)
def users_disable(request: Request, username: str) -> Response:
    user = guard(request, "用户管理", "admin")
    if isinstance(user, Response):
        return user
    if username == user.username:
        return _users_page(request, user, status=422, error="不能停用自己的账号")
    try:
        svc_users.disable_user(services(request).db, username)
    except InputError as exc:
        return _users_page(request, user, status=404, error=f"未停用：{exc.message}")
    return _done("disabled", username)


@router.post(ADMIN_USERS + "/{username}/password", response_class=HTMLResponse)
def users_password(request: Request, username: str, password: Annotated[str, Form()] = "",
                   password_again: Annotated[str, Form()] = "") -> Response:
    user = guard(request, "用户管理", "admin")
    if isinstance(user, Response):
        return user
    svc = services(request)
    try:
        if password != password_again:
            raise InputError("两次输入的密码不一致", field="password_again")
        keep = request.cookies.get(SESSION_COOKIE) if username == user.username else None
        svc_users.set_password(svc.db, username, password, keep_session=keep,
                               fast_hashing=svc.settings.fast_password_hashing)
    except InputError as exc:
        status = 404 if exc.field == "username" else 422
        return _users_page(request, user, status=status, error=f"未重置 {username} 的密码：{exc.message}")
    return _done("password", username)
