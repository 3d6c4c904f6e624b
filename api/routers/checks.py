"""The filing-window check (ticked or uploaded materials), the one-time notice, the closing check."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from api.auth import Principal
from api.deps import SvcDep, require
from api.errors import ErrorBody
from api.schemas import MAX_ID, DecisionOut, DossierStage
from api.services import checks
from api.services.batches import attachment, parse_codes
from api.services.uploads import kept_only_if_accepted, store_uploads
from dossier.filing.notice import notice_file_name

router = APIRouter(prefix="/api", tags=["立案与结案审查"],
                   responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 404: {"model": ErrorBody},
                              422: {"model": ErrorBody}, 503: {"model": ErrorBody}})

FilingRole = Annotated[Principal, Depends(require("filing"))]
ClosingRole = Annotated[Principal, Depends(require("undertaker", "archive"))]


class FilingCheckIn(BaseModel):
    case_id: int = Field(ge=1, le=MAX_ID, examples=[1])
    declared: list[str] = Field(default_factory=list, max_length=200, description="窗口勾选的材料代码",
                                examples=[["enforcement_application", "enforcement_basis"]])


class FilingDecisionIn(FilingCheckIn):
    result: Literal["accepted", "returned"]
    reason: str | None = Field(default=None, max_length=2000, examples=["材料不全，一次性告知补正"])


class ClosingCheckIn(BaseModel):
    case_id: int = Field(ge=1, le=MAX_ID, examples=[1])
    declared: list[str] = Field(default_factory=list, max_length=200, examples=[["acceptance_notice"]])
    stage: DossierStage = "closing"


class CheckOut(BaseModel):
    decision: str = Field(examples=["return"])
    case_number: str
    missing: list[dict[str, Any]]
    problems: list[dict[str, Any]]


@router.post("/filing/check", response_model=CheckOut, summary="立案审查（按勾选的材料）")
def filing_check(svc: SvcDep, _: FilingRole, body: FilingCheckIn) -> CheckOut:
    return CheckOut(**checks.filing(svc, body.case_id, body.declared, []).result)


@router.post("/filing/check-files", response_model=CheckOut, summary="立案审查（上传材料文件，自动识别）",
             responses={413: {"model": ErrorBody}})
async def filing_check_files(
    svc: SvcDep, _: FilingRole, case_id: Annotated[int, Form(ge=1, le=MAX_ID)],
    files: Annotated[list[UploadFile], File(description="材料扫描件（PDF 或图片）")],
    declared: Annotated[str, Form(description="另外勾选的材料代码，逗号分隔")] = "",
) -> CheckOut:
    stored = await store_uploads(svc, files)
    with kept_only_if_accepted(svc, stored):
        return CheckOut(**(await checks.filing_with_files(svc, case_id, parse_codes(declared), stored)).result)


@router.post("/filing/notice", summary="一次性告知书（PDF）", response_class=Response,
             responses={200: {"content": {"application/pdf": {}}, "description": "一次性告知书"}})
def filing_notice(svc: SvcDep, _: FilingRole, body: FilingCheckIn) -> Response:
    outcome = checks.filing(svc, body.case_id, body.declared, [])
    pdf = checks.notice_pdf(svc, outcome)
    return Response(pdf, media_type="application/pdf", headers=attachment(notice_file_name(outcome.case.case_number)))


@router.post("/filing/notice-files", summary="一次性告知书（PDF，上传材料文件，自动识别）", response_class=Response,
             responses={200: {"content": {"application/pdf": {}}, "description": "一次性告知书"},
                        413: {"model": ErrorBody}})
async def filing_notice_files(
    svc: SvcDep, _: FilingRole, case_id: Annotated[int, Form(ge=1, le=MAX_ID)],
    files: Annotated[list[UploadFile], File(description="材料扫描件（PDF 或图片）")],
    declared: Annotated[str, Form(description="另外勾选的材料代码，逗号分隔")] = "",
) -> Response:
    """The notice of the check of these files and ticks: what `dossier check-filing --materials … --notice`
    writes, not a check of the ticked codes alone."""
    stored = await store_uploads(svc, files)
    with kept_only_if_accepted(svc, stored):
        outcome = await checks.filing_with_files(svc, case_id, parse_codes(declared), stored)
    pdf = await run_in_threadpool(checks.notice_pdf, svc, outcome)
    return Response(pdf, media_type="application/pdf", headers=attachment(notice_file_name(outcome.case.case_number)))


@router.post("/filing/decisions", status_code=201, response_model=DecisionOut,
             summary="立案决定（受理或退回），记入审计",
             responses={409: {"model": ErrorBody, "description": "材料不全时不能受理"}})
def filing_decision(svc: SvcDep, user: FilingRole, body: FilingDecisionIn) -> DecisionOut:
    return checks.decide_filing(svc, user, body.case_id, body.declared, body.result, body.reason)


@router.post("/closing/check", response_model=CheckOut, summary="结案/归档审查（按勾选的材料）")
def closing_check(svc: SvcDep, _: ClosingRole, body: ClosingCheckIn) -> CheckOut:
    return CheckOut(**checks.closing(svc, body.case_id, body.declared, body.stage))
