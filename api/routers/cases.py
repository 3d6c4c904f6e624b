"""Cases: create, import a CSV/XLSX/JSON batch, list (ID numbers masked), read."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, File, Query, UploadFile
from pydantic import BaseModel

from api.auth import Principal
from api.deps import SvcDep, require
from api.errors import ErrorBody
from api.schemas import EXAMPLE_CASE, CaseOut, CaseSummary, IdPath, ImportOut
from api.services import cases as svc_cases
from api.services import uploads

router = APIRouter(prefix="/api/cases", tags=["案件"],
                   responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 422: {"model": ErrorBody}})

CaseWriter = Annotated[Principal, Depends(require("filing"))]
CaseImporter = Annotated[Principal, Depends(require("filing", "documents"))]
CaseReader = Annotated[Principal, Depends(require("filing", "documents", "archive", "undertaker"))]


class CaseList(BaseModel):
    total: int
    items: list[CaseSummary]


@router.post("", status_code=201, response_model=CaseOut, summary="新建案件（立案窗口录入）",
             responses={409: {"model": ErrorBody, "description": "案号已存在"}})
def create_case(
    svc: SvcDep, user: CaseWriter,
    data: Annotated[dict[str, Any], Body(description="CONTRACT.md 的案件文件格式；未知字段保留",
                                         openapi_examples={"合同示例": {"value": EXAMPLE_CASE}})],
) -> CaseOut:
    return svc_cases.detail(svc_cases.create_case(svc.db, data, user.id), user)


@router.post("/import", response_model=ImportOut, summary="导入案件表格（CSV、XLSX 或 JSON）",
             responses={413: {"model": ErrorBody}})
async def import_cases(svc: SvcDep, user: CaseImporter,
                       file: Annotated[UploadFile, File(description="案件表格：.csv、.xlsx 或 .json")]) -> ImportOut:
    stored = await uploads.store_upload(svc, file)
    with uploads.kept_only_if_accepted(svc, [stored]):
        return await uploads.import_cases(svc, stored, user.id)


@router.get("", response_model=CaseList, summary="案件列表（身份证号脱敏）")
def list_cases(
    svc: SvcDep, _: CaseReader,
    q: Annotated[str | None, Query(max_length=64, description="案号包含的文字")] = None,
    category: Annotated[str | None, Query(pattern="^(enforcement|resumption|objection|transfer)$")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> CaseList:
    total, items = svc_cases.list_cases(svc.db, q=q, category=category, limit=limit, offset=offset)
    return CaseList(total=total, items=items)


@router.get("/{case_id}", response_model=CaseOut, summary="读取一个案件（身份证号、统一社会信用代码仅对立案窗口与管理员完整显示，其他角色脱敏）",
            responses={404: {"model": ErrorBody}})
def read_case(svc: SvcDep, user: CaseReader, case_id: IdPath) -> CaseOut:
    return svc_cases.detail(svc_cases.get_record(svc.db, case_id), user)
