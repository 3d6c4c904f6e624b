"""Reference data: templates and their fields, checklists, a case's deadlines, the overview."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, Field

from api.auth import Principal
from api.deps import SvcDep, require
from api.errors import ApiError, ErrorBody
from api.schemas import IdPath, Stage
from api.services import cases as svc_cases
from api.services import overview
from dossier.usecases import documents, reference

router = APIRouter(prefix="/api", tags=["模板、清单与期限"],
                   responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 503: {"model": ErrorBody}})

AnyRole = Annotated[Principal, Depends(require("filing", "documents", "archive", "undertaker"))]
DocumentsRole = Annotated[Principal, Depends(require("documents"))]
OverviewRole = Annotated[Principal, Depends(require("archive", "undertaker"))]
CODE = Path(pattern="^[a-z_]{2,64}$", examples=["enforcement_notice"])


class TemplateOut(BaseModel):
    code: str = Field(examples=["enforcement_notice"])
    label: str = Field(examples=["执行通知书"])
    fields: list[str] = Field(description="模板用到的案件字段", examples=[["case_number", "court"]])


class ChecklistItemOut(BaseModel):
    code: str = Field(examples=["enforcement_application"])
    label: str = Field(examples=["执行申请书"])
    why: str | None = None
    alternatives: list[str] | None = None
    condition: str | None = Field(default=None, description="何时需要（白话）")
    source: str | None = None


class ChecklistOut(BaseModel):
    category: str
    stage: str
    court: str | None
    items: list[ChecklistItemOut]


class DeadlineOut(BaseModel):
    name: str
    label: str
    due_on: date
    status: str = Field(examples=["overdue"])
    status_label: str = Field(examples=["已逾期"])
    days_left: int | None = None
    source: str | None = None
    detail: dict[str, Any] = Field(default_factory=dict)


class OverviewOut(BaseModel):
    blocked: list[overview.BlockedDossier]
    deadlines: list[overview.DueDeadline]


@router.get("/templates", response_model=list[TemplateOut], summary="文书模板列表")
def templates(_: DocumentsRole) -> list[TemplateOut]:
    return [TemplateOut(**t.model_dump()) for t in documents.templates()]


@router.get("/templates/{code}", response_model=TemplateOut, summary="一个模板及其所需字段",
            responses={404: {"model": ErrorBody}})
def template(_: DocumentsRole, code: Annotated[str, CODE]) -> TemplateOut:
    for t in documents.templates():
        if t.code == code:
            return TemplateOut(**t.model_dump())
    raise ApiError(404, f"没有文书类型“{code}”的模板", field="code")


@router.get("/checklists/{category}", response_model=ChecklistOut, summary="材料清单（全国基准加本院规定）")
def checklist(
    _: AnyRole,
    category: Annotated[str, Path(pattern="^(enforcement|resumption|objection|transfer)$")],
    stage: Annotated[Stage, Query()] = "filing",
    court: Annotated[str | None, Query(max_length=128, examples=["洛阳市老城区人民法院"])] = None,
) -> ChecklistOut:
    items = reference.checklist_items(category, stage, court)
    return ChecklistOut(category=category, stage=stage, court=court,
                        items=[ChecklistItemOut(**i.model_dump()) for i in items])


@router.get("/cases/{case_id}/deadlines", response_model=list[DeadlineOut], summary="案件各项期限及状态",
            responses={404: {"model": ErrorBody}})
def deadlines(svc: SvcDep, _: AnyRole, case_id: IdPath,
              today: Annotated[date | None, Query(description="按哪一天计算（默认今天）")] = None) -> list[DeadlineOut]:
    _rec, case = svc_cases.get_case(svc.db, case_id)
    return [DeadlineOut(name=d.name, label=d.label, due_on=d.due_on, status=d.status, status_label=d.status_label,
                        days_left=d.days_left, source=d.source, detail=d.model_dump(mode="json"))
            for d in reference.deadlines_of(case, today).deadlines]


@router.get("/overview", response_model=OverviewOut, summary="总览：受阻卷宗与到期、逾期期限（卷宗管理、承办人、管理员）")
def overview_(svc: SvcDep, _: OverviewRole,
              today: Annotated[date | None, Query()] = None) -> OverviewOut:
    return OverviewOut(blocked=overview.blocked_dossiers(svc.db), deadlines=overview.due_deadlines(svc.db, today))
