"""The job queue in the database.

A job is claimed by one atomic UPDATE that sets a fresh claim token and a lease; every later write by
the worker is conditional on that token, so a worker whose lease expired (and whose job was taken by
another) can no longer change it. A job whose lease expired — its worker crashed or was killed — is
claimable again until `max_attempts` is used up, then it fails with a message; never silently lost.

A worker that starts does not wait out the leases of a process that is known to be gone: leases held
by an earlier process of this same host whose process id is no longer alive are expired at once
(`expire_leases_of`), so they are claimable by that same rule without the ~lease-long freeze after a
kill -9 and restart. Leases of other hosts, and of live processes, are left to run out.

With a broker, a message names one job (`claim_job`): the same claim, so a message delivered twice runs
the job once; `orphaned` finds what a broker may have lost, for a worker's sweeper to send again. A job
can be `split` into parts: it waits (claimable by no one) until the last part is finished, then is
queued again to join them (`resume_if_parts_finished`).
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from dossier.store.db import Database
from dossier.store.models import Job, utcnow


@dataclass(frozen=True)
class ClaimedJob:
    id: int
    kind: str
    params: dict[str, Any]
    attempts: int
    token: str


def enqueue(session: Session, kind: str, params: dict[str, Any], *, user_id: int | None = None,
            case_number: str | None = None, total: int = 0, max_attempts: int = 3) -> Job:
    now = utcnow()
    job = Job(kind=kind, status="queued", params=params, progress=0, total=total, attempts=0,
              max_attempts=max_attempts, case_number=case_number, created_by=user_id,
              created_at=now, updated_at=now)
    session.add(job)
    session.flush()
    return job


def _claimable(now: datetime) -> Any:
    return or_(Job.status == "queued", and_(Job.status == "running", Job.lease_until < now))


def claim(db: Database, worker_id: str, *, lease_seconds: float, kinds: list[str] | None = None) -> ClaimedJob | None:
    """Take the oldest claimable job for this worker, or None. Safe against concurrent workers."""
    fail_exhausted(db)
    candidate = select(Job.id).where(_claimable(utcnow()), Job.attempts < Job.max_attempts)
    if kinds:
        candidate = candidate.where(Job.kind.in_(kinds))
    candidate = candidate.order_by(Job.id).limit(1).with_for_update(skip_locked=True)
    return _take(db, Job.id == candidate.scalar_subquery(), worker_id, lease_seconds)


def claim_job(db: Database, job_id: int, worker_id: str, *, lease_seconds: float,
              kinds: list[str] | None = None) -> ClaimedJob | None:
    """Take this one job (a broker's message names it), or None when it is done, failed, held by a
    live lease or of a kind this worker does not run (an older version: the job waits for another):
    the same atomic claim, so a message delivered twice runs the job once."""
    fail_exhausted(db)
    which = and_(Job.id == job_id, Job.attempts < Job.max_attempts)
    if kinds:
        which = and_(which, Job.kind.in_(kinds))
    return _take(db, which, worker_id, lease_seconds)


def _take(db: Database, which: Any, worker_id: str, lease_seconds: float) -> ClaimedJob | None:
    now = utcnow()
    token = str(uuid.uuid4())
    stmt = (
        update(Job)
        .where(which, _claimable(now))
        .values(status="running", claim_token=token, worker_id=worker_id, attempts=Job.attempts + 1,
                lease_until=now + timedelta(seconds=lease_seconds), heartbeat_at=now, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    with db.session() as s:
        if s.execute(stmt).rowcount != 1:  # type: ignore[attr-defined]
            return None
        job = s.execute(select(Job).where(Job.claim_token == token)).scalar_one()
        return ClaimedJob(id=job.id, kind=job.kind, params=dict(job.params), attempts=job.attempts, token=token)


def status_of(db: Database, job_id: int) -> str | None:
    with db.session() as s:
        return s.execute(select(Job.status).where(Job.id == job_id)).scalar_one_or_none()


def orphaned(db: Database, *, queued_for: float, silent_for: float, limit: int = 100) -> list[int]:
    """Jobs a broker may have lost: running with an expired lease and silent for `silent_for` seconds
    (their worker died), or queued for `queued_for` seconds (a message never delivered). Each is
    marked (updated_at) by a conditional UPDATE as it is returned, so of several workers sweeping at
    once only one sends it again, and not again before that time has passed once more."""
    now = utcnow()
    stale = or_(and_(Job.status == "queued", Job.updated_at < now - timedelta(seconds=queued_for)),
                and_(Job.status == "running", Job.lease_until < now,
                     Job.updated_at < now - timedelta(seconds=silent_for)))
    taken = []
    with db.session() as s:
        rows = s.execute(select(Job.id, Job.updated_at).where(stale, Job.attempts < Job.max_attempts)
                         .order_by(Job.id).limit(limit)).all()
        for job_id, seen in rows:
            res = s.execute(update(Job).where(Job.id == job_id, Job.updated_at == seen).values(updated_at=now)
                            .execution_options(synchronize_session=False))
            if res.rowcount == 1:  # type: ignore[attr-defined]
                taken.append(int(job_id))
    return taken


def fail_exhausted(db: Database) -> int:
    """Jobs interrupted on their last allowed attempt fail with a message instead of vanishing."""
    now = utcnow()
    stmt = (
        update(Job)
        .where(_claimable(now), Job.attempts >= Job.max_attempts)
        .values(status="failed", error="任务多次中断（服务重启或崩溃），已停止重试，请重新提交",
                finished_at=now, updated_at=now, claim_token=None)
        .execution_options(synchronize_session=False)
    )
    with db.session() as s:
        return int(s.execute(stmt).rowcount)  # type: ignore[attr-defined]


def _owned(job_id: int, token: str) -> Any:
    return and_(Job.id == job_id, Job.claim_token == token, Job.status == "running")


def heartbeat(db: Database, job_id: int, token: str, *, lease_seconds: float, progress: int | None = None,
              total: int | None = None) -> bool:
    """Extend the lease (and record progress); False when the job is no longer this worker's."""
    now = utcnow()
    values: dict[str, Any] = {"lease_until": now + timedelta(seconds=lease_seconds), "heartbeat_at": now,
                              "updated_at": now}
    if progress is not None:
        values["progress"] = progress
    if total is not None:
        values["total"] = total
    with db.session() as s:
        res = s.execute(update(Job).where(_owned(job_id, token)).values(**values)
                        .execution_options(synchronize_session=False))
        return bool(res.rowcount == 1)  # type: ignore[attr-defined]


def complete(db: Database, job_id: int, token: str, result: dict[str, Any]) -> bool:
    now = utcnow()
    with db.session() as s:
        res = s.execute(update(Job).where(_owned(job_id, token)).values(
            status="done", result=result, error=None, finished_at=now, updated_at=now, lease_until=None)
            .execution_options(synchronize_session=False))
        return bool(res.rowcount == 1)  # type: ignore[attr-defined]


def fail(db: Database, job_id: int, token: str, message: str) -> bool:
    now = utcnow()
    with db.session() as s:
        res = s.execute(update(Job).where(_owned(job_id, token)).values(
            status="failed", error=message, finished_at=now, updated_at=now, lease_until=None)
            .execution_options(synchronize_session=False))
        return bool(res.rowcount == 1)  # type: ignore[attr-defined]


def release(db: Database, job_id: int, token: str) -> bool:
    """Give a job back (service stopping): queued again, the interrupted attempt not counted."""
    now = utcnow()
    with db.session() as s:
        res = s.execute(update(Job).where(_owned(job_id, token)).values(
            status="queued", claim_token=None, worker_id=None, lease_until=None, updated_at=now,
            attempts=Job.attempts - 1).execution_options(synchronize_session=False))
        return bool(res.rowcount == 1)  # type: ignore[attr-defined]


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by another user
        return True
    return True


def dead_holders(db: Database, host: str) -> list[str]:
    """Worker ids (`host:pid:thread`) of this host holding running jobs whose process is gone."""
    with db.session() as s:
        holders = s.execute(select(Job.worker_id).where(Job.status == "running", Job.worker_id.like(f"{host}:%"))
                            .distinct()).scalars().all()
    dead = []
    for holder in holders:
        parts = (holder or "").split(":")
        if len(parts) < 2 or not parts[1].isdigit():
            continue
        pid = int(parts[1])
        if pid != os.getpid() and not _process_alive(pid):
            dead.append(str(holder))
    return dead


def expire_leases_of(db: Database, worker_ids: list[str]) -> int:
    """End now the leases of running jobs held by these (gone) workers: they become claimable again."""
    if not worker_ids:
        return 0
    now = utcnow()
    with db.session() as s:
        res = s.execute(update(Job).where(Job.status == "running", Job.worker_id.in_(worker_ids),
                                          Job.lease_until > now)
                        .values(lease_until=now, updated_at=now).execution_options(synchronize_session=False))
        return int(res.rowcount)  # type: ignore[attr-defined]


# --- a job split into parts (a big batch into chunks), joined by the same job when all are finished ---

def split(db: Database, job_id: int, token: str, parts: list[tuple[str, dict[str, Any]]],
          params: dict[str, Any]) -> list[int] | None:
    """Queue the parts of this job and let it wait for them (status "waiting": claimable by no one, its
    attempt not counted), with `params` — which must name the parts' ids under "parts" once known —
    as its new parameters. One transaction: None, and no part queued, when the job is no longer ours."""
    now = utcnow()
    with db.session() as s:
        ids = []
        for kind, part in parts:
            ids.append(enqueue(s, kind, {**part, "parent": job_id}).id)
        res = s.execute(update(Job).where(_owned(job_id, token)).values(
            status="waiting", params={**params, "parts": ids}, progress=0, total=len(ids), claim_token=None,
            worker_id=None, lease_until=None, attempts=Job.attempts - 1, updated_at=now)
            .execution_options(synchronize_session=False))
        if res.rowcount != 1:  # type: ignore[attr-defined]
            s.rollback()
            return None
        return ids


def resume_if_parts_finished(db: Database, parent_id: int) -> bool:
    """A part finished: record the parent's progress and, when none is left, queue the parent again to
    join them. True for the one caller whose UPDATE queued it (it sends the parent to a worker)."""
    now = utcnow()
    with db.session() as s:
        parent = s.get(Job, parent_id)
        if parent is None or parent.status != "waiting":
            return False
        parts = [int(i) for i in parent.params.get("parts", [])]
        finished = s.execute(select(func.count()).select_from(Job).where(
            Job.id.in_(parts), Job.status.in_(("done", "failed")))).scalar_one()
        values: dict[str, Any] = {"progress": finished, "updated_at": now}
        if finished >= len(parts):
            values["status"] = "queued"
        res = s.execute(update(Job).where(Job.id == parent_id, Job.status == "waiting").values(**values)
                        .execution_options(synchronize_session=False))
        return bool(res.rowcount == 1 and finished >= len(parts))  # type: ignore[attr-defined]


def stalled_parents(db: Database) -> list[int]:
    """Waiting jobs whose parts are all finished (the worker of the last part stopped before it queued
    the parent): queued again here, for a sweeper to send."""
    with db.session() as s:
        waiting = s.execute(select(Job.id).where(Job.status == "waiting")).scalars().all()
    return [job_id for job_id in waiting if resume_if_parts_finished(db, job_id)]


def parts_of(db: Database, job_id: int) -> list[Job]:
    """The parts of a split job, in the order they were made."""
    with db.session() as s:
        parent = s.get(Job, job_id)
        ids = [int(i) for i in (parent.params.get("parts", []) if parent else [])]
        rows = {j.id: j for j in s.execute(select(Job).where(Job.id.in_(ids))).scalars()}
        s.expunge_all()
        return [rows[i] for i in ids if i in rows]
