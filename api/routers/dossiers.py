"""Scanned dossiers: upload and check as a job, page thumbnails, report and catalogue, the archive decision."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, UploadFile
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

from api.auth import Principal
from api.deps import SvcDep, require
from api.errors import ApiError, ErrorBody
from api.schemas import (
    MAX_ID,
    CorrectedCheckOut,
    CorrectionIn,
    CorrectionOut,
    DecisionOut,
    DossierStage,
    IdPath,
    JobOut,
    PagePath,
)
from api.services import corrections, dossiers

router = APIRouter(prefix="/api/dossiers", tags=["卷宗审查"],
                   responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 404: {"model": ErrorBody},
                              503: {"model": ErrorBody}})

CheckRole = Annotated[Principal, Depends(require("archive", "undertaker"))]
ArchiveRole = Annotated[Principal, Depends(require("archive"))]


class DossierDecisionIn(BaseModel):
    result: Literal["approved", "rejected"]
    reason: str | None = Field(default=None, max_length=2000, examples=["缺少终本裁定书送达回证，请补充后重新提交"])
    version: int | None = Field(default=None, ge=1, le=MAX_ID, examples=[1],
                                description="所决定的审查结果版本（读取任务时的 version）；与当前版本不符时拒绝（409）")


class DossierOut(BaseModel):
    job: JobOut
    check: dict[str, Any] | None = Field(default=None, description="check-dossier 的结果（CONTRACT.md）")
    files: list[dict[str, Any]] = Field(default_factory=list, description="报告、目录等可下载文件")
    corrections: list[CorrectionOut] = Field(default_factory=list, description="页面类型的人工更正（先后顺序）")
    version: int = Field(default=1, description="审查结果的版本：1 起，每次页面更正加 1；每个版本只能作出一次决定")


@router.post("", status_code=202, response_model=JobOut, summary="上传扫描卷宗并提交审查任务",
             responses={413: {"model": ErrorBody}, 422: {"model": ErrorBody}})
async def submit(
    svc: SvcDep, user: CheckRole, case_id: Annotated[int, Form(ge=1, le=MAX_ID)],
    files: Annotated[list[UploadFile], File(description="扫描卷宗：PDF 或图片，按顺序")],
    stage: Annotated[DossierStage, Form()] = "closing",
) -> JobOut:
    return await dossiers.submit(svc, user, case_id, stage, files)


@router.get("/{job_id}", response_model=DossierOut, summary="审查任务的进度与结果")
def read(svc: SvcDep, user: CheckRole, job_id: IdPath) -> DossierOut:
    job, out = dossiers.read(svc, user, job_id)
    result = job.result or {}
    fixes = corrections.list_corrections(svc, user, job_id)
    return DossierOut(job=out, check=result.get("check"), files=result.get("files", []),
                      corrections=fixes, version=1 + len(fixes))


@router.get("/{job_id}/pages/{page}/thumbnail.png", response_class=FileResponse, summary="页面缩略图",
            responses={200: {"content": {"image/png": {}}}})
def thumbnail(svc: SvcDep, user: CheckRole, job_id: IdPath, page: PagePath) -> FileResponse:
    job, _ = dossiers.read(svc, user, job_id)
    sha = (job.result or {}).get("thumbnails", {}).get(str(page))
    if not sha:
        raise ApiError(404, f"第{page}页没有缩略图", page=page)
    return FileResponse(svc.files.path_for(sha), media_type="image/png")


@router.get("/{job_id}/files/{name}", response_class=FileResponse, summary="下载审查报告或卷内目录",
            responses={200: {"content": {"application/pdf": {}, "text/html": {}}}})
def download(svc: SvcDep, user: CheckRole, job_id: IdPath, name: str) -> FileResponse:
    job, _ = dossiers.read(svc, user, job_id)
    for f in (job.result or {}).get("files", []):
        if f["name"] == name:
            return FileResponse(svc.files.path_for(f["sha256"]), media_type=f["media_type"], filename=name)
    raise ApiError(404, f"没有文件“{name}”（任务未完成或文件名有误）", field="name")


@router.post("/{job_id}/decision", status_code=201, response_model=DecisionOut,
             summary="卷宗管理中心：批准或驳回（驳回须写明理由），记入审计；每个审查结果版本只能决定一次",
             responses={409: {"model": ErrorBody}, 422: {"model": ErrorBody}})
def decide(svc: SvcDep, user: ArchiveRole, job_id: IdPath, body: DossierDecisionIn) -> DecisionOut:
    return dossiers.decide(svc, user, job_id, body.result, body.reason, body.version)


@router.post("/{job_id}/pages/{page}/correction", response_model=CorrectedCheckOut,
             summary="更正一页的文书类型（送达回证还可指定所送达的文书），立即重新审查，记入审计",
             responses={409: {"model": ErrorBody}, 422: {"model": ErrorBody}})
def correct_page(svc: SvcDep, user: CheckRole, job_id: IdPath, page: PagePath, body: CorrectionIn) -> CorrectedCheckOut:
    check, history = corrections.correct(svc, user, job_id, page, body.doc_type, body.served)
    return CorrectedCheckOut.model_validate({**check, "corrections": history})


@router.get("/{job_id}/pages/{page}/correction", response_model=list[CorrectionOut], summary="一页的人工更正记录")
def page_corrections(svc: SvcDep, user: CheckRole, job_id: IdPath, page: PagePath) -> list[CorrectionOut]:
    return corrections.list_corrections(svc, user, job_id, page)


@router.get("/{job_id}/corrections", response_model=list[CorrectionOut], summary="本卷宗的全部人工更正记录（谁、何时、哪一页、由何改为何）")
def all_corrections(svc: SvcDep, user: CheckRole, job_id: IdPath) -> list[CorrectionOut]:
    return corrections.list_corrections(svc, user, job_id)
