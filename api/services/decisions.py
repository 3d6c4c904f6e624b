"""The audit trail: each decision with who, when, the inputs' sha256 and the check result. Append-only."""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from api.auth import Principal
from api.errors import ApiError
from api.schemas import MAX_ID, DecisionOut
from dossier.privacy import mask_ids_in_text
from dossier.reports.times import beijing_time
from dossier.store.db import Database
from dossier.store.models import Decision

log = logging.getLogger("dossier.audit")


def canonical_sha256(data: Any) -> str:
    """sha256 of the canonical JSON of `data` (sorted keys, no spaces, UTF-8): the same data, the same digest.
    A decision's inputs are digested so (each file by its own sha256, the case by its digest)."""
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class AlreadyDecided(ApiError):
    """A second decision on the same version of a result (409)."""


def already_decided_message(existing: Decision, version: int) -> str:
    return (f"本卷宗第{version}版审查结果已于{beijing_time(existing.decided_at)}（北京时间）由{existing.actor_name or existing.actor_username}"
            f"作出决定，不能重复决定；如需改变，请更正页面类型或重新扫描审查后对新版本作出决定")


def record(db: Database, *, kind: str, case_number: str, result: str, actor: Principal,
           inputs: list[dict[str, Any]], check: dict[str, Any], reason: str | None = None,
           subject: str | None = None, version: int | None = None) -> DecisionOut:
    """Record a decision. With `subject` and `version`, one decision per version: a second is refused (409)."""
    try:
        with db.session() as s:
            if subject is not None:
                existing = s.execute(select(Decision).where(Decision.kind == kind, Decision.subject == subject,
                                                            Decision.version == version)).scalars().first()
                if existing is not None:
                    raise AlreadyDecided(409, already_decided_message(existing, version or 0), field="version")
            d = Decision(kind=kind, case_number=case_number, result=result, reason=reason, actor_id=actor.id,
                         actor_username=actor.username, actor_role=actor.role, inputs=inputs,
                         inputs_sha256=canonical_sha256(inputs), check=check, subject=subject, version=version)
            s.add(d)
            s.flush()
            out = decision_out(d)
    except IntegrityError as exc:  # the same version decided at the same moment by someone else
        with db.session() as s:
            existing = s.execute(select(Decision).where(Decision.kind == kind, Decision.subject == subject,
                                                        Decision.version == version)).scalars().first()
        if existing is None:
            raise
        raise AlreadyDecided(409, already_decided_message(existing, version or 0), field="version") from exc
    log.info("decision %s: %s %s by %s", out.id, kind, result, actor.username)
    log.debug("decision %s inputs %s", out.id, mask_ids_in_text(json.dumps(inputs, ensure_ascii=False)))
    return out


def decision_out(d: Decision) -> DecisionOut:
    return DecisionOut(id=d.id, kind=d.kind, case_number=d.case_number, result=d.result,  # type: ignore[arg-type]
                       reason=d.reason, actor_username=d.actor_username, actor_role=d.actor_role, actor_name=d.actor_name,
                       decided_at=d.decided_at, inputs=d.inputs, inputs_sha256=d.inputs_sha256, check=d.check,
                       version=d.version)


def list_decisions(db: Database, *, case_number: str | None = None, kind: str | None = None,
                   limit: int = 100) -> list[DecisionOut]:
    with db.session() as s:
        stmt = select(Decision).order_by(Decision.id.desc()).limit(limit)
        if case_number:
            stmt = stmt.where(Decision.case_number == case_number)
        if kind:
            stmt = stmt.where(Decision.kind == kind)
        return [decision_out(d) for d in s.execute(stmt).scalars()]


def get_decision(db: Database, decision_id: int) -> DecisionOut:
    with db.session() as s:
        d = s.get(Decision, decision_id) if 1 <= decision_id <= MAX_ID else None
        if d is None:
            raise ApiError(404, f"决定记录 {decision_id} 不存在", field="decision_id")
        return decision_out(d)
