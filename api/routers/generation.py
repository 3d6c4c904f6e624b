"""Document generation: one document at once; a batch as a job giving a ZIP and merged PDFs."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Form, Path, Query, UploadFile
from fastapi.responses import FileResponse, Response

from api.auth import Principal
from api.deps import SvcDep, require
from api.errors import ApiError, ErrorBody
from api.schemas import IdPath, JobOut
from api.services import batches
from api.services import cases as svc_cases
from api.services import jobs as svc_jobs
from dossier.usecases.documents import render_document, templates

router = APIRouter(prefix="/api", tags=["文书生成"],
                   responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 503: {"model": ErrorBody}})

DocumentsRole = Annotated[Principal, Depends(require("documents"))]
MEDIA = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "pdf": "application/pdf"}


@router.post("/cases/{case_id}/documents/{doc_type}", summary="生成一份文书（DOCX 或 PDF）",
             response_class=Response,
             responses={200: {"content": {MEDIA["docx"]: {}, MEDIA["pdf"]: {}}, "description": "文书文件"},
                        404: {"model": ErrorBody}, 422: {"model": ErrorBody}})
def generate_one(svc: SvcDep, _: DocumentsRole, case_id: IdPath,
                 doc_type: Annotated[str, Path(pattern="^[a-z_]{2,64}$", examples=["enforcement_notice"])],
                 format: Annotated[Literal["docx", "pdf"], Query()] = "docx") -> Response:
    _rec, case = svc_cases.get_case(svc.db, case_id)
    if doc_type not in {t.code for t in templates()}:
        raise ApiError(404, f"没有文书类型“{doc_type}”的模板", field="doc_type")
    data = render_document(case, doc_type, format, to_pdf=svc.to_pdf)
    name = batches.output_name(case.case_number, doc_type, format)
    return Response(data, media_type=MEDIA[format], headers=batches.attachment(name))


@router.post("/batches", status_code=202, response_model=JobOut, summary="提交批量生成任务",
             responses={404: {"model": ErrorBody}, 413: {"model": ErrorBody}, 422: {"model": ErrorBody}})
async def submit_batch(
    svc: SvcDep, user: DocumentsRole,
    types: Annotated[str, Form(description="文书类型代码，逗号分隔", examples=["enforcement_notice,property_report_order"])],
    formats: Annotated[str, Form(description="docx、pdf，逗号分隔", examples=["docx,pdf"])] = "docx,pdf",
    case_ids: Annotated[str, Form(description="已有案件的编号，逗号分隔（与 file 二选一）", examples=["1,2"])] = "",
    file: Annotated[UploadFile | None, File(description="案件表格 .xlsx/.csv/.json")] = None,
) -> JobOut:
    return await batches.submit(svc, user, types=types, formats=formats, case_ids=case_ids, upload=file)


@router.get("/batches/{job_id}/files/{name}", summary="下载批量生成结果（ZIP、合并 PDF、manifest）",
            response_class=FileResponse,
            responses={200: {"content": {"application/zip": {}, "application/pdf": {}}}, 404: {"model": ErrorBody}})
def batch_file(svc: SvcDep, user: DocumentsRole, job_id: IdPath,
               name: Annotated[str, Path(max_length=200)]) -> FileResponse:
    job = svc_jobs.get_job(svc, job_id, user, kind="batch_generate")
    for f in (job.result or {}).get("files", []):
        if f["name"] == name:
            return FileResponse(svc.files.path_for(f["sha256"]), media_type=f["media_type"],
                                headers=batches.attachment(name))
    raise ApiError(404, f"任务 {job_id} 没有文件“{name}”（任务未完成或文件名有误）", field="name")
