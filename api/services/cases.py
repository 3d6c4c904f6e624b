"""Cases in the database: create, import, list (ID numbers masked), read, samples on first start."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from api.auth import Principal
from api.errors import ApiError
from api.schemas import MAX_ID, CaseOut, CaseSummary, ImportOut, PartySummary, RowErrorOut
from dossier.intake.case_file import case_from_dict
from dossier.model.case import Case
from dossier.privacy import mask_id, mask_ids_in_text
from dossier.store.db import Database
from dossier.store.files import FileStore
from dossier.store.models import CaseRecord

log = logging.getLogger("dossier.api")

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "cases.json"


def _record(case: Case, user_id: int | None) -> CaseRecord:
    return CaseRecord(case_number=case.case_number, court=case.court, category=case.category,
                      filed_on=case.filed_on, data=case.model_dump(mode="json", exclude_none=True),
                      created_by=user_id)


def _parties(items: list[dict[str, Any]]) -> list[PartySummary]:
    return [PartySummary(name=str(p.get("name", "")), kind=str(p.get("kind", "")),
                         id_number=mask_id(p.get("id_number"))) for p in items]


def summary(rec: CaseRecord) -> CaseSummary:
    return CaseSummary(id=rec.id, case_number=rec.case_number, court=rec.court, category=rec.category,
                       filed_on=rec.filed_on, applicants=_parties(rec.data.get("applicants", [])),
                       respondents=_parties(rec.data.get("respondents", [])), created_at=rec.created_at)


# Roles that work with full ID numbers and credit codes: the filing window enters and checks them (a wrong
# check digit is its to find), the administrator corrects records. Everyone else sees them masked.
FULL_ID_ROLES: tuple[str, ...] = ("filing", "admin")


def sees_full_ids(user: Principal | None) -> bool:
    return user is not None and user.role in FULL_ID_ROLES


def masked_data(value: Any) -> Any:
    """Case data with every identity number masked: `id_number` fields, and any number-shaped text in
    other fields (an unknown field is kept, so it may carry one too)."""
    if isinstance(value, dict):
        return {k: (mask_id(v) if k == "id_number" and isinstance(v, str) else masked_data(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [masked_data(v) for v in value]
    if isinstance(value, str):
        return mask_ids_in_text(value)
    return value


def detail(rec: CaseRecord, user: Principal | None = None) -> CaseOut:
    """A case as `user` may see it: in full for the filing window and the administrator, masked otherwise."""
    return CaseOut(**summary(rec).model_dump(), data=rec.data if sees_full_ids(user) else masked_data(rec.data))


# What a case typed in at the window (the entry form, POST /api/cases) may not be saved with: a clerk
# re-types these on the spot rather than store a case every later check and dossier job trips over.
# A case number whose brackets are ASCII or half-width is kept, written canonically （2026）…号 — the
# case-number rule's own normalisation; one without brackets or without 号 is malformed and refused
# (guessing where the year ends would be the machine deciding the number). Imported sheets are not
# refused here: their rows are reported by the filing check.
ENTRY_REFUSED = frozenset({"malformed_case_number", "invalid_amount", "invalid_id_number", "invalid_credit_code",
                           "invalid_date"})


def checked_entry(case: Case) -> Case:
    """The case as it will be saved, or a 422 naming every refused field in Chinese."""
    from dossier.intake.tabular import field_label
    from dossier.model.case_number import normalize_case_number
    from dossier.validators.case import validate_case

    refused = [p for p in validate_case(case) if p.kind in ENTRY_REFUSED and p.severity == "error"]
    if refused:
        text = "；".join(f"{field_label(p.field or '')}：{p.message}" for p in refused)
        raise ApiError(422, f"案件未保存：{text}", code="InvalidCase", field=refused[0].field)
    canonical = normalize_case_number(case.case_number)
    if canonical != case.case_number:
        case = case.model_copy(update={"case_number": canonical})
    return case


def create_case(db: Database, data: dict[str, Any], user_id: int | None) -> CaseRecord:
    case = checked_entry(case_from_dict(data))
    try:
        with db.session() as s:
            if s.execute(select(CaseRecord.id).where(CaseRecord.case_number == case.case_number)).first():
                raise ApiError(409, f"案号“{case.case_number}”已存在", field="case_number")
            rec = _record(case, user_id)
            s.add(rec)
            s.flush()
            return rec
    except IntegrityError as exc:
        raise ApiError(409, f"案号“{case.case_number}”已存在", field="case_number") from exc


def import_batch(db: Database, path: Path, user_id: int | None) -> ImportOut:
    """Import a CSV/XLSX/JSON batch: good rows become cases, bad rows are listed, existing ones skipped."""
    from dossier.intake.tabular import read_batch

    batch = read_batch(path)
    created: list[CaseSummary] = []
    existing: list[str] = []
    with db.session() as s:
        known = set(s.execute(select(CaseRecord.case_number)).scalars())
        for case in batch.cases:
            if case.case_number in known:
                existing.append(case.case_number)
                continue
            rec = _record(case, user_id)
            s.add(rec)
            s.flush()
            known.add(case.case_number)
            created.append(summary(rec))
    errors = [RowErrorOut(row=e.row, sheet_row=e.sheet_row, field=e.field, message=e.message)
              for e in batch.errors]
    return ImportOut(created=created, existing=existing, errors=errors)


def import_stored_file(db: Database, files: FileStore, sha: str, filename: str, user_id: int | None) -> ImportOut:
    """The batch reader goes by suffix: read the stored (content-addressed) file under its upload's name."""
    with files.named_copies([(sha, filename)]) as [named]:
        return import_batch(db, named, user_id)


def list_cases(db: Database, *, q: str | None = None, category: str | None = None,
               limit: int = 100, offset: int = 0) -> tuple[int, list[CaseSummary]]:
    with db.session() as s:
        stmt = select(CaseRecord)
        if q:
            stmt = stmt.where(CaseRecord.case_number.contains(q))
        if category:
            stmt = stmt.where(CaseRecord.category == category)
        total = s.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
        rows = s.execute(stmt.order_by(CaseRecord.filed_on.desc(), CaseRecord.id.desc())
                         .limit(limit).offset(offset)).scalars().all()
        return int(total), [summary(r) for r in rows]


def get_record(db: Database, case_id: int) -> CaseRecord:
    with db.session() as s:
        rec = s.get(CaseRecord, case_id) if 1 <= case_id <= MAX_ID else None
        if rec is None:
            raise ApiError(404, f"案件 {case_id} 不存在", field="case_id")
        return rec


def get_case(db: Database, case_id: int) -> tuple[CaseRecord, Case]:
    rec = get_record(db, case_id)
    return rec, case_from_dict(rec.data)


def load_samples(db: Database, path: Path = SAMPLES) -> int:
    """Load the sample cases when the database has no case at all (first start)."""
    with db.session() as s:
        if s.execute(select(func.count()).select_from(CaseRecord)).scalar_one() > 0:
            return 0
    if not path.is_file():
        log.warning("samples not found at %s; starting without sample cases", path)
        return 0
    return len(import_batch(db, path, None).created)
