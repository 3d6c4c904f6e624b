"""Pydantic shapes of the API (request and response bodies), with examples for the OpenAPI schema."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import Path
from pydantic import BaseModel, ConfigDict, Field

from dossier.model.stage import DossierStage as DossierStage  # the stages are defined once, re-exported
from dossier.model.stage import Stage as Stage

EXAMPLE_CASE: dict[str, Any] = {
    "case_number": "（2024）豫0311执1234号",
    "court": "洛阳市老城区人民法院",
    "category": "enforcement",
    "filed_on": "2024-03-14",
    "amount": "123456.78",
    "basis": {"kind": "judgment", "case_number": "（2023）豫0311民初567号", "court": "洛阳市老城区人民法院"},
    "applicants": [{"name": "张三", "kind": "person", "id_number": "410303198001011237",
                    "agent": {"name": "李四", "kind": "lawyer", "firm": "河南某某律师事务所"}}],
    "respondents": [{"name": "洛阳某某商贸有限公司", "kind": "organisation", "id_number": "91410300MA44XYBQ7E"}],
    "closing": {"method": "terminated_this_round", "closed_on": "2024-07-01"},
    "facts": {"respondent_missing": False, "obstruction": False, "dishonest_list": True},
}



class LoginIn(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"username": "filing", "password": "口令"}]})

    username: str = Field(default="", max_length=64)
    password: str = Field(default="", max_length=256)


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    username: str
    role: str


class MeOut(BaseModel):
    username: str
    display_name: str
    role: str
    role_label: str


class PartySummary(BaseModel):
    name: str
    kind: str
    id_number: str = Field(description="脱敏后的身份证号/统一社会信用代码（保留前6位和后4位）",
                           examples=["410303********1237"])


class CaseSummary(BaseModel):
    id: int
    case_number: str = Field(examples=["（2024）豫0311执1234号"])
    court: str
    category: str
    filed_on: date
    applicants: list[PartySummary]
    respondents: list[PartySummary]
    created_at: datetime


class CaseOut(CaseSummary):
    data: dict[str, Any] = Field(description="案件数据（CONTRACT.md 的案件文件格式）", examples=[EXAMPLE_CASE])


class RowErrorOut(BaseModel):
    row: int
    sheet_row: int | None = None
    field: str
    message: str


class ImportOut(BaseModel):
    created: list[CaseSummary]
    existing: list[str] = Field(description="已存在而未重复导入的案号")
    errors: list[RowErrorOut]


class JobOut(BaseModel):
    id: int
    kind: Literal["batch_generate", "dossier_check", "archive"]
    status: Literal["queued", "running", "done", "failed"]
    status_label: str = Field(examples=["排队中"])
    progress: int
    total: int
    attempts: int
    case_number: str | None = None
    error: str | None = None
    result: dict[str, Any] | None = None
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None = None


class DecisionOut(BaseModel):
    id: int
    kind: Literal["filing", "closing", "dossier"]
    case_number: str
    result: Literal["accepted", "returned", "approved", "rejected"]
    reason: str | None = None
    actor_username: str
    actor_role: str
    actor_name: str | None = Field(default=None, description="作出决定的人（姓名）")
    decided_at: datetime
    inputs: list[dict[str, Any]]
    inputs_sha256: str
    check: dict[str, Any]
    version: int | None = Field(default=None, description="所决定的审查结果版本（卷宗审查：1 起，每次页面更正加 1）")


class CorrectionIn(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"doc_type": "service_receipt", "served": ["termination_this_round_ruling"]}]})

    doc_type: str = Field(max_length=64, description="文书类型代码（文书类型词表，或 continuation 续页、blank 空白页）")
    served: list[str] | None = Field(
        default=None, max_length=50,
        description="仅送达回证：所送达的文书类型代码；不填则保留原来识别出的")


class CorrectionOut(BaseModel):
    id: int
    job_id: int
    case_number: str
    page: int
    from_doc_type: str
    from_label: str = Field(examples=["未识别"])
    from_served: list[str]
    to_doc_type: str
    to_label: str = Field(examples=["送达回证"])
    served: list[str] | None = None
    served_labels: list[str] = Field(default_factory=list)
    actor_username: str
    actor_role: str
    actor_name: str | None = Field(default=None, description="更正的人（姓名）")
    corrected_at: datetime = Field(description="更正时间（UTC）")
    decision_before: Literal["approve", "reject"]
    decision_after: Literal["approve", "reject"]


class CorrectedCheckOut(BaseModel):
    """The check decided again on the corrected pages (CONTRACT.md `check-dossier`), with every correction."""

    model_config = ConfigDict(extra="allow")

    decision: Literal["approve", "reject"]
    stage: str
    case_number: str
    pages: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    missing: list[dict[str, Any]]
    problems: list[dict[str, Any]]
    corrections: list[CorrectionOut] = Field(default_factory=list, description="本卷宗的全部人工更正（先后顺序）")


class HealthOut(BaseModel):
    status: Literal["ok"] = "ok"


MAX_ID = 2_147_483_647  # ids are 32-bit in every database the service runs on
IdPath = Annotated[int, Path(ge=1, le=MAX_ID, description="编号")]
PagePath = Annotated[int, Path(ge=1, le=100_000, description="页码（从 1 起）")]
