"""The archive centre archives an approved dossier (a job), downloads the package, searches the archive."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select, text

from api.auth import Principal
from api.deps import Services
from api.errors import ApiError
from api.schemas import MAX_ID
from api.services import jobs as svc_jobs
from api.services.corrections import stored_pages
from dossier.archive.search import fts_query, runs
from dossier.dossier_check.corrections import Correction, apply_corrections
from dossier.jobs.queue import enqueue
from dossier.store.models import Decision, Job, PageCorrection
from dossier.vocab.labels import labels

JOB_KIND = "archive"
PACKAGE = ("dossier.pdf", "manifest.json")


class ArchiveJobOut(BaseModel):
    id: int
    status: str
    status_label: str
    progress: int
    total: int
    case_number: str | None = None
    error: str | None = None
    archive_id: int | None = Field(default=None, description="完成后：归档卷宗编号")


class ArchiveOut(BaseModel):
    id: int
    case_number: str
    court: str
    parties: str
    page_count: int
    sha256: str = Field(description="dossier.pdf 的 sha256")
    manifest_sha256: str
    archived_at: datetime
    job_id: int
    check_job_id: int
    files: list[str] = Field(default_factory=lambda: list(PACKAGE))


def _job_out(job: Job) -> ArchiveJobOut:
    return ArchiveJobOut(id=job.id, status="running" if job.status == "waiting" else job.status,
                         status_label=labels().job_statuses.get(job.status, job.status), progress=job.progress,
                         total=job.total, case_number=job.case_number, error=job.error,
                         archive_id=(job.result or {}).get("archive_id"))


def corrected_pages(svc: Services, job: Job) -> list[dict[str, Any]]:
    """The check job's pages with every page correction applied: the dossier as it was approved."""
    with svc.db.session() as s:
        rows = s.execute(select(PageCorrection).where(PageCorrection.job_id == job.id)
                         .order_by(PageCorrection.id)).scalars().all()
        fixes = [Correction(page=r.page, doc_type=r.to_doc_type, served=r.to_served, corrected_by=r.actor_username)
                 for r in rows]
    pages = apply_corrections(stored_pages(job.result or {}), fixes)
    return [p.model_dump(mode="json", exclude={"thumbnail_png"}) for p in pages]


def approved(svc: Services, check_job_id: int) -> bool:
    """The archive centre's latest decision on this check is an approval."""
    with svc.db.session() as s:
        last = s.execute(select(Decision.result).where(Decision.kind == "dossier",
                                                       Decision.subject == f"dossier_check:{check_job_id}")
                         .order_by(Decision.id.desc()).limit(1)).scalar_one_or_none()
    return last == "approved"


def start(svc: Services, user: Principal, check_job_id: int) -> ArchiveJobOut:
    job = svc_jobs.get_job(svc, check_job_id, user, kind="dossier_check")
    if job.status != "done" or not job.result:
        raise ApiError(409, "卷宗审查尚未完成，不能归档", field="check_job_id")
    if not approved(svc, check_job_id):
        raise ApiError(409, "卷宗尚未经卷宗管理中心批准，不能归档；请先审查并批准", field="check_job_id")
    pages = corrected_pages(svc, job)
    checked_on = ((job.result or {}).get("check") or {}).get("checked_on")
    params = {"check_job_id": job.id, "case": job.params["case"], "files": job.params["files"], "pages": pages,
              "checked_on": checked_on,
              "actor": {"id": user.id, "username": user.username, "role": user.role}}
    with svc.db.session() as s:
        queued = enqueue(s, JOB_KIND, params, user_id=user.id, case_number=job.case_number, total=len(pages))
        s.flush()
        out = _job_out(queued)
    svc_jobs.dispatch(svc, out.id)
    return out


def ready_to_archive(svc: Services, user: Principal, limit: int = 30) -> list[dict[str, Any]]:
    """Dossier checks the archive centre approved and that are not archived yet (newest first)."""
    with svc.db.session() as s:
        approved_ids = {int(str(subject).split(":", 1)[1]) for subject, result in s.execute(
            select(Decision.subject, Decision.result).where(Decision.kind == "dossier",
                                                            Decision.subject.like("dossier_check:%"))
            .order_by(Decision.id)).all() if result == "approved"}
        done = {row[0] for row in s.execute(text("SELECT check_job_id FROM archives"))}
        jobs = s.execute(select(Job.id, Job.case_number).where(Job.id.in_(approved_ids - done))
                         .order_by(Job.id.desc()).limit(limit)).all()
    return [{"job_id": j[0], "case_number": j[1]} for j in jobs if approved(svc, j[0])]


def job_status(svc: Services, user: Principal, job_id: int) -> ArchiveJobOut:
    return _job_out(svc_jobs.get_job(svc, job_id, user, kind=JOB_KIND))


_COLUMNS = ("a.id, a.case_number, a.court, a.parties, a.page_count, a.pdf_sha256, a.manifest_sha256, "
            "a.archived_at, a.job_id, a.check_job_id")


def _archive_out(row: Any) -> ArchiveOut:
    archived_at = row[7] if isinstance(row[7], datetime) else datetime.fromisoformat(str(row[7]))
    return ArchiveOut(id=row[0], case_number=row[1], court=row[2], parties=row[3], page_count=row[4], sha256=row[5],
                      manifest_sha256=row[6], archived_at=archived_at, job_id=row[8], check_job_id=row[9])


def search(svc: Services, query: str | None, limit: int = 50) -> list[ArchiveOut]:
    """Archived dossiers whose case number, parties or any text contain `query` (all when empty),
    newest first."""
    q = (query or "").strip()
    with svc.db.session() as s:
        if not q:
            rows = s.execute(text(f"SELECT {_COLUMNS} FROM archives a ORDER BY a.id DESC LIMIT :n"), {"n": limit})
            return [_archive_out(r) for r in rows]
        if s.get_bind().dialect.name == "sqlite":
            match = fts_query(q)
            if match is None:
                return []
            rows = s.execute(text(f"SELECT {_COLUMNS} FROM archives a JOIN archive_search f ON f.rowid = a.id "
                                  "WHERE archive_search MATCH :q ORDER BY a.id DESC LIMIT :n"), {"q": match, "n": limit})
        else:
            parts = runs(q)
            if not parts:
                return []
            where = " AND ".join(f"f.text LIKE :p{i}" for i in range(len(parts)))
            values: dict[str, Any] = {f"p{i}": f"%{_escape(p)}%" for i, p in enumerate(parts)}
            rows = s.execute(text(f"SELECT {_COLUMNS} FROM archives a JOIN archive_search f ON f.archive_id = a.id "
                                  f"WHERE {where} ORDER BY a.id DESC LIMIT :n"), {**values, "n": limit})
        return [_archive_out(r) for r in rows]


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def get(svc: Services, archive_id: int) -> ArchiveOut:
    with svc.db.session() as s:
        row = s.execute(text(f"SELECT {_COLUMNS} FROM archives a WHERE a.id = :id"),
                        {"id": archive_id}).first() if 1 <= archive_id <= MAX_ID else None
    if row is None:
        raise ApiError(404, f"归档卷宗 {archive_id} 不存在", field="archive_id")
    return _archive_out(row)


def package_file(svc: Services, archive_id: int, name: str) -> tuple[Path, str]:
    """The stored file of a package (dossier.pdf or manifest.json) and its media type."""
    archive = get(svc, archive_id)
    if name not in PACKAGE:
        raise ApiError(404, f"归档卷宗中没有文件“{name}”", field="name")
    sha = archive.sha256 if name == "dossier.pdf" else archive.manifest_sha256
    return svc.files.path_for(sha), "application/pdf" if name == "dossier.pdf" else "application/json"
