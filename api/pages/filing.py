"""立案审查 (the filing window): the case, its materials ticked or scanned, the notice, the decision."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from api.auth import Principal
from api.deps import services
from api.errors import ApiError
from api.pages.common import BASIS_KINDS, DECISION_LABELS, FilingPage, _message, _row_error, _status, render
from api.services import cases as svc_cases
from api.services import checks
from api.services import decisions as svc_decisions
from api.services.materials import kept_uploads
from api.services.uploads import import_cases, kept_only_if_accepted, store_upload, store_uploads
from dossier.errors import DossierError
from dossier.filing.notice import notice_file_name
from dossier.intake.case_file import case_from_dict
from dossier.usecases.reference import ChecklistEntry, checklist_items

router = APIRouter(include_in_schema=False)


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
def filing_page(request: Request, user: FilingPage, case_id: int | None = None, category: str | None = None,
                normalised: str | None = None) -> Response:
    if normalised and case_id:
        return _filing_page(request, user, case_id=case_id, category=category,
                            notice="案件已保存；案号中的括号已按规范写作全角“（）”，请核对")
    return _filing_page(request, user, case_id=case_id, category=category)


@router.post("/filing/case", response_class=HTMLResponse)
async def filing_new_case(request: Request, user: FilingPage) -> Response:
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
async def filing_import(request: Request, user: FilingPage, file: Annotated[UploadFile, File()]) -> Response:
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
async def filing_check(request: Request, user: FilingPage, case_id: Annotated[int, Form()],
                       declared: Annotated[list[str] | None, Form()] = None,
                       files: Annotated[list[UploadFile] | None, File()] = None) -> Response:
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
async def filing_notice(request: Request, user: FilingPage, case_id: Annotated[int, Form()],
                        declared: Annotated[list[str] | None, Form()] = None,
                        materials: Annotated[list[str] | None, Form()] = None) -> Response:
    """The notice of the check the page showed: its ticked codes and the files it read."""
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
async def filing_decision(request: Request, user: FilingPage, case_id: Annotated[int, Form()], result: Annotated[str, Form()],
                    declared: Annotated[list[str] | None, Form()] = None,
                    materials: Annotated[list[str] | None, Form()] = None,
                    reason: Annotated[str, Form()] = "") -> Response:
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
