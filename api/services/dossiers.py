"""Dossier checks as jobs, and the archive centre's decision on a checked dossier."""

from __future__ import annotations

from fastapi import UploadFile
from sqlalchemy import func, select

from api.auth import Principal
from api.deps import Services
from api.errors import ApiError
from api.schemas import DecisionOut, JobOut
from api.services import cases as svc_cases
from api.services import decisions
from api.services import jobs as svc_jobs
from api.services.checks import case_inputs
from api.services.uploads import judged_scan_pages, kept_only_if_accepted, store_uploads
from dossier.intake.case_file import case_from_dict
from dossier.store.models import Job, PageCorrection


async def submit(svc: Services, user: Principal, case_id: int, stage: str, files: list[UploadFile]) -> JobOut:
    """Queue a dossier check. The scans are judged now, by content, as the check will judge them: a
    corrupt, encrypted or unsupported file is refused at once (422 naming it), not as a failed job."""
    rec = svc_cases.get_record(svc.db, case_id)
    uploads = [f for f in files if f.filename]
    if not uploads:
        raise ApiError(422, "请上传扫描卷宗（PDF 或图片）", field="files")
    stored = await store_uploads(svc, uploads)
    with kept_only_if_accepted(svc, stored):  # a refused scan is not kept
        pages = await judged_scan_pages(svc, stored, what="卷宗扫描件")  # on a thread; bounded
    params = {"case_id": rec.id, "case": rec.data, "stage": stage, "files": [s.as_input() for s in stored],
              "purpose": "archive_review" if user.role == "archive" else "precheck"}
    return svc_jobs.submit(svc, "dossier_check", params, user, case_number=rec.case_number, total=pages)


def read(svc: Services, user: Principal, job_id: int) -> tuple[Job, JobOut]:
    job = svc_jobs.get_job(svc, job_id, user, kind="dossier_check")
    return job, svc_jobs.job_out(job)


def result_version(svc: Services, job_id: int) -> int:
    """The version of a dossier check's result: 1 as checked, one more for each page correction (each
    correction decides again). Scans checked again are a new job, with versions of its own."""
    with svc.db.session() as s:
        corrections = s.execute(select(func.count()).select_from(PageCorrection)
                                .where(PageCorrection.job_id == job_id)).scalar_one()
    return 1 + int(corrections)


def decide(svc: Services, user: Principal, job_id: int, result: str, reason: str | None,
           version: int | None = None) -> DecisionOut:
    """Decide on the current version of the check's result; `version` (what the deciding person saw)
    must be that version. One decision per version: a second is refused (409)."""
    job, _ = read(svc, user, job_id)
    if job.status != "done" or not job.result:
        raise ApiError(409, "卷宗审查尚未完成，不能作出决定", field="job_id")
    current = result_version(svc, job_id)
    if version is not None and version != current:
        raise ApiError(409, f"审查结果已更新为第{current}版（页面类型有更正），您看到的是第{version}版；请刷新页面，"
                            "核对新的审查结果后再作决定", field="version")
    check = job.result["check"]
    if result == "approved" and check.get("decision") != "approve":
        raise ApiError(409, "卷宗不齐或有错误页，不能批准；请驳回并写明理由", field="result")
    if result == "rejected" and not (reason or "").strip():
        raise ApiError(422, "驳回须写明理由", field="reason")
    from api.services.corrections import correction_inputs

    case = case_from_dict(job.params["case"])
    inputs = case_inputs(case) + [{"kind": "file", **f} for f in job.params["files"]] + [
        {"kind": "stage", "stage": job.params["stage"]}] + correction_inputs(svc, job_id)
    return decisions.record(svc.db, kind="dossier", case_number=case.case_number, result=result, actor=user,
                            inputs=[*inputs, {"kind": "version", "version": current}], check=check,
                            reason=(reason or "").strip() or None, subject=f"dossier_check:{job_id}", version=current)
