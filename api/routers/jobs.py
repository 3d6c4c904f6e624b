"""Jobs (batch generation, dossier checks): status and progress."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import SvcDep, UserDep
from api.errors import ErrorBody
from api.schemas import IdPath, JobOut
from api.services import jobs as svc_jobs

router = APIRouter(prefix="/api/jobs", tags=["任务"],
                   responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}})


@router.get("", response_model=list[JobOut], summary="我的任务（管理员：全部）")
def list_jobs(svc: SvcDep, user: UserDep,
              kind: Annotated[str | None, Query(pattern="^(batch_generate|dossier_check)$")] = None) -> list[JobOut]:
    return svc_jobs.list_jobs(svc, user, kind)


@router.get("/{job_id}", response_model=JobOut, summary="任务状态与进度",
            responses={404: {"model": ErrorBody}})
def read_job(svc: SvcDep, user: UserDep, job_id: IdPath) -> JobOut:
    return svc_jobs.job_out(svc_jobs.get_job(svc, job_id, user))
