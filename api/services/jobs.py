"""Jobs as the API shows them."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import select

from api.auth import Principal
from api.deps import Services
from api.errors import ApiError
from api.schemas import MAX_ID, JobOut
from dossier.jobs.queue import enqueue
from dossier.store.models import Job
from dossier.vocab.labels import labels

PARTS = ("batch_chunk", "dossier_pages")  # parts of a split job: shown through their parent, not listed


def job_out(job: Job) -> JobOut:
    status = "running" if job.status == "waiting" else job.status  # its parts are running
    return JobOut(id=job.id, kind=job.kind, status=status,  # type: ignore[arg-type]
                  status_label=labels().job_statuses.get(job.status, job.status), progress=job.progress,
                  total=job.total, attempts=job.attempts, case_number=job.case_number, error=job.error,
                  result=job.result, created_at=job.created_at, updated_at=job.updated_at,
                  finished_at=job.finished_at)


def submit(svc: Services, kind: str, params: dict[str, Any], user: Principal, *, case_number: str | None = None,
           total: int = 0) -> JobOut:
    with svc.db.session() as s:
        job = enqueue(s, kind, params, user_id=user.id, case_number=case_number, total=total)
        s.flush()
        out = job_out(job)
    dispatch(svc, out.id)
    return out


def dispatch(svc: Services, job_id: int) -> None:
    """A job was queued (committed): tell the broker's workers, or wake the service's own worker.
    The message is sent from a thread of its own: a broker slow to answer never holds up the page (and
    a message that could not be sent is sent again by a worker's sweeper)."""
    if svc.settings.broker_url:
        from dossier.jobs.broker import publish

        _senders.submit(publish, svc.settings.broker_url, job_id,
                        visibility_timeout=svc.settings.broker_visibility_timeout)
    if svc.worker is not None:
        svc.worker.wake()


_senders = ThreadPoolExecutor(max_workers=2, thread_name_prefix="dossier-broker-send")


def get_job(svc: Services, job_id: int, user: Principal, kind: str | None = None) -> Job:
    """A job its creator (or an admin, or the archive centre for dossier checks) may see."""
    with svc.db.session() as s:
        job = s.get(Job, job_id) if 1 <= job_id <= MAX_ID else None
        if job is None or job.kind in PARTS or (kind is not None and job.kind != kind):
            raise ApiError(404, f"任务 {job_id} 不存在", field="job_id")
        shared = job.kind == "dossier_check" and user.role == "archive"
        if job.created_by != user.id and user.role != "admin" and not shared:
            raise ApiError(403, "只能查看自己提交的任务")
        return job


def list_jobs(svc: Services, user: Principal, kind: str | None = None, limit: int = 50) -> list[JobOut]:
    with svc.db.session() as s:
        stmt = select(Job).where(Job.kind.not_in(PARTS)).order_by(Job.id.desc()).limit(limit)
        if kind:
            stmt = stmt.where(Job.kind == kind)
        if user.role == "archive":
            stmt = stmt.where((Job.created_by == user.id) | (Job.kind == "dossier_check"))
        elif user.role != "admin":
            stmt = stmt.where(Job.created_by == user.id)
        return [job_out(j) for j in s.execute(stmt).scalars()]
