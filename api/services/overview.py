"""The command centre's overview: dossiers blocked by their latest check, deadlines due soon or overdue."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel
from sqlalchemy import select

from dossier.intake.case_file import case_from_dict
from dossier.reports.times import beijing_time
from dossier.store.db import Database
from dossier.store.models import CaseRecord, Decision, Job
from dossier.usecases.reference import deadlines_of


class BlockedDossier(BaseModel):
    case_number: str
    job_id: int
    stage: str
    checked_at: str
    missing: list[str]
    problems: list[str]
    archive_decision: str | None = None


class DueDeadline(BaseModel):
    case_id: int
    case_number: str
    name: str
    label: str
    due_on: date
    status: str
    status_label: str
    days_left: int | None = None


def blocked_dossiers(db: Database) -> list[BlockedDossier]:
    """Cases whose latest dossier check says reject and that were not approved since."""
    with db.session() as s:
        jobs = s.execute(select(Job).where(Job.kind == "dossier_check", Job.status == "done")
                         .order_by(Job.id)).scalars().all()
        decisions = s.execute(select(Decision).where(Decision.kind == "dossier").order_by(Decision.id)).scalars().all()
    latest: dict[str, Job] = {}
    for job in jobs:
        if job.case_number:
            latest[job.case_number] = job
    last_decision = {d.case_number: d for d in decisions}
    out: list[BlockedDossier] = []
    for case_number, job in sorted(latest.items()):
        check = (job.result or {}).get("check", {})
        decided = last_decision.get(case_number)
        if check.get("decision") != "reject" or (decided is not None and decided.result == "approved"):
            continue
        out.append(BlockedDossier(
            case_number=case_number, job_id=job.id, stage=str(check.get("stage", "")),
            checked_at=beijing_time(job.updated_at),
            missing=[str(m.get("label", m.get("code"))) for m in check.get("missing", [])],
            problems=[str(p.get("message", "")) for p in check.get("problems", [])],
            archive_decision=decided.result if decided is not None else None))
    return out


def due_deadlines(db: Database, today: date | None) -> list[DueDeadline]:
    with db.session() as s:
        records = s.execute(select(CaseRecord).order_by(CaseRecord.filed_on)).scalars().all()
    out: list[DueDeadline] = []
    for rec in records:
        case = case_from_dict(rec.data)
        for d in deadlines_of(case, today).deadlines:
            if d.status in ("due_soon", "overdue"):
                out.append(DueDeadline(case_id=rec.id, case_number=rec.case_number, name=d.name,
                                       label=d.label, due_on=d.due_on, status=d.status,
                                       status_label=d.status_label, days_left=d.days_left))
    out.sort(key=lambda d: (d.status != "overdue", d.due_on))
    return out
