"""Page types corrected by hand on a checked dossier: the check decided again at once from the stored
reading (no OCR again), the reports made again, each correction kept in an append-only audit table.

A job's `result["check"]` is always its current check (what the page shows, what the decision route
and the overview read); `result["ocr_check"]` keeps the check as first read once a page was corrected."""

from __future__ import annotations

import contextlib
import logging
from datetime import date
from typing import Any

from sqlalchemy import func, select

from api.auth import Principal
from api.deps import Services
from api.errors import ApiError
from api.schemas import CorrectionOut
from api.services import dossiers
from dossier.doctypes import label as doc_label
from dossier.dossier_check.corrections import RECEIPT, Correction, apply_corrections, validate_correction
from dossier.dossier_check.model import Page
from dossier.dossier_check.result import DossierCheckResult, Stage
from dossier.intake.case_file import case_from_dict
from dossier.jobs.handlers import REPORT_LABELS, store_output
from dossier.store.models import Job, PageCorrection
from dossier.vocab.labels import labels

log = logging.getLogger("dossier.audit")

def type_label(code: str) -> str:
    return labels().page_types.get(code) or doc_label(code)


def stored_pages(result: dict[str, Any]) -> list[Page]:
    """The pages as the reader gave them: stored whole by the job, or (a job checked before pages were
    stored) rebuilt from the check's pages and the documents a receipt names."""
    if result.get("pages"):
        return [Page.model_validate(p) for p in result["pages"]]
    check = result.get("ocr_check") or result.get("check") or {}
    served = {d["pages"][0]: list(d.get("served") or []) for d in check.get("documents", [])
              if d.get("doc_type") == RECEIPT and d.get("pages")}
    return [Page(page=p["page"], doc_type=p.get("doc_type") or "unknown", case_number=p.get("case_number"),
                 confidence=float(p.get("confidence") or 0.0), readable=bool(p.get("readable", True)),
                 blank=p.get("doc_type") == "blank", file=p.get("file"), file_page=p.get("file_page"),
                 source=p.get("source"), served_doc_types=served.get(p["page"], []))
            for p in check.get("pages", [])]


def _as_correction(row: PageCorrection) -> Correction:
    return Correction(page=row.page, doc_type=row.to_doc_type, served=row.to_served, corrected_by=row.actor_username)


def correction_out(row: PageCorrection) -> CorrectionOut:
    return CorrectionOut(
        id=row.id, job_id=row.job_id, case_number=row.case_number, page=row.page,
        from_doc_type=row.from_doc_type, from_label=type_label(row.from_doc_type), from_served=row.from_served,
        to_doc_type=row.to_doc_type, to_label=type_label(row.to_doc_type), served=row.to_served,
        served_labels=[type_label(c) for c in row.to_served or []],
        actor_username=row.actor_username, actor_role=row.actor_role, actor_name=row.actor_name,
        corrected_at=row.corrected_at,
        decision_before=row.decision_before, decision_after=row.decision_after)  # type: ignore[arg-type]


def list_corrections(svc: Services, user: Principal, job_id: int, page: int | None = None) -> list[CorrectionOut]:
    """The corrections of a dossier check (of one page when given), oldest first."""
    dossiers.read(svc, user, job_id)
    with svc.db.session() as s:
        stmt = select(PageCorrection).where(PageCorrection.job_id == job_id).order_by(PageCorrection.id)
        if page is not None:
            stmt = stmt.where(PageCorrection.page == page)
        return [correction_out(r) for r in s.execute(stmt).scalars()]


def correction_inputs(svc: Services, job_id: int) -> list[dict[str, Any]]:
    """The corrections a decision rests on, as decision inputs (part of their digest)."""
    with svc.db.session() as s:
        rows = s.execute(select(PageCorrection).where(PageCorrection.job_id == job_id)
                         .order_by(PageCorrection.id)).scalars().all()
        return [{"kind": "correction", "id": r.id, "page": r.page, "doc_type": r.to_doc_type, "served": r.to_served,
                 "by": r.actor_username} for r in rows]


def current_check(check: dict[str, Any], pages: list[Page]) -> dict[str, Any]:
    """The check JSON with who corrected each corrected page (CONTRACT.md's fields only grow)."""
    by = {p.page: p.corrected_by for p in pages if p.corrected_by}
    for entry in check["pages"]:
        if entry["page"] in by:
            entry["corrected_by"] = by[entry["page"]]
    return check


def correct(svc: Services, user: Principal, job_id: int, page: int, doc_type: str,
            served: list[str] | None) -> tuple[dict[str, Any], list[CorrectionOut]]:
    """Correct one page and decide again. Returns the current check and every correction of the job.

    The new check is worked out from a snapshot of the corrections, the reports rendered outside any
    transaction, then kept only if no other correction of the job came in meanwhile (else again)."""
    job, _ = dossiers.read(svc, user, job_id)
    if job.status != "done" or not job.result or not job.result.get("check"):
        raise ApiError(409, "卷宗审查尚未完成，不能更正页面类型", field="job_id")
    for _attempt in range(5):
        job, _ = dossiers.read(svc, user, job_id)
        result: dict[str, Any] = dict(job.result or {})
        pages = stored_pages(result)
        numbers = {p.page for p in pages}
        if page not in numbers:
            raise ApiError(404, f"卷宗共{len(pages)}页，没有第{page}页", field="page", page=page)
        new = validate_correction(Correction(page=page, doc_type=doc_type, served=served,
                                             corrected_by=user.username), numbers)
        with svc.db.session() as s:
            earlier = s.execute(select(PageCorrection).where(PageCorrection.job_id == job_id)
                                .order_by(PageCorrection.id)).scalars().all()
            snapshot = len(earlier)
            before_pages = apply_corrections(pages, [_as_correction(r) for r in earlier])
            corrections = [_as_correction(r) for r in earlier] + [new]
        corrected = apply_corrections(pages, corrections)
        checked = _decide(job, result, corrected)
        files = _reports(svc, checked, result)
        check = current_check(checked.to_json(), corrected)
        previous = next(p for p in before_pages if p.page == page)
        with svc.db.session() as s:
            locked = s.execute(select(Job).where(Job.id == job_id).with_for_update()).scalar_one()
            count = s.execute(select(func.count()).select_from(PageCorrection)
                              .where(PageCorrection.job_id == job_id)).scalar_one()
            if count != snapshot:
                continue  # another correction of this dossier came in: decide again with it
            current = dict(locked.result or {})
            row = PageCorrection(
                job_id=job_id, case_number=job.case_number or checked.case_number, page=page,
                from_doc_type=previous.doc_type, from_served=list(previous.served_doc_types),
                to_doc_type=new.doc_type, to_served=new.served if new.doc_type == RECEIPT else None,
                actor_id=user.id, actor_username=user.username, actor_role=user.role,
                decision_before=str(current.get("check", {}).get("decision", "")), decision_after=checked.decision)
            s.add(row)
            current.setdefault("ocr_check", current.get("check"))
            current["pages"] = result.get("pages") or [p.model_dump(mode="json", exclude={"thumbnail_png"})
                                                       for p in pages]
            current["check"] = check
            if files:
                current["files"] = files
            locked.result = current
            s.flush()
            log.info("correction %s: job %s page %s %s→%s by %s (%s→%s)", row.id, job_id, page, row.from_doc_type,
                     row.to_doc_type, user.username, row.decision_before, row.decision_after)
        return check, list_corrections(svc, user, job_id)
    raise ApiError(409, "同时有其他人在更正本卷宗，请刷新后重试", field="page", page=page)


def _decide(job: Job, result: dict[str, Any], pages: list[Page]) -> DossierCheckResult:
    from dossier.dossier_check.run import check_pages

    check = result.get("ocr_check") or result["check"]
    case = case_from_dict(job.params["case"])
    stage: Stage = "archive" if job.params.get("stage") == "archive" else "closing"
    checked_on = date.fromisoformat(check["checked_on"]) if check.get("checked_on") else date.today()
    return check_pages(pages, case, stage, today=checked_on, files=[str(f["name"]) for f in job.params["files"]])


def _reports(svc: Services, checked: DossierCheckResult, result: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The report and catalogue made again for the corrected check (problem pages keep their thumbnails);
    None when they cannot be made here (the old files stay)."""
    from dossier.dossier_check.run import keeps_thumbnail

    try:
        from dossier.reports.writer import render_reports
    except ImportError:
        return None
    thumbs: dict[str, str] = result.get("thumbnails", {})
    shown = []
    for p in checked.pages:
        sha = thumbs.get(str(p.page))
        if sha and keeps_thumbnail(p, checked.case_number):
            with contextlib.suppress(OSError):
                p = p.model_copy(update={"thumbnail_png": svc.files.read_bytes(sha)})
        shown.append(p)
    reports = render_reports(checked.model_copy(update={"pages": shown}))
    return [store_output(svc.files, svc.db, data, name, REPORT_LABELS.get(name, name)) for name, data in reports.items()]
