"""Database tables. Times are naive UTC everywhere (same comparison semantics on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    event,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.expression import false

ROLES: tuple[str, ...] = ("filing", "documents", "archive", "undertaker", "admin")
ROLE_LABELS: dict[str, str] = {
    "filing": "立案审查",
    "documents": "文书制作",
    "archive": "卷宗管理",
    "undertaker": "承办人",
    "admin": "管理员（执行指挥中心）",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # a disabled user cannot log in and its sessions and tokens are revoked (the row stays: the audit names it)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class CaseRecord(Base):
    """A case as entered or imported; `data` is the CONTRACT.md case file (unknown fields kept)."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_number: Mapped[str] = mapped_column(String(64), unique=True)
    court: Mapped[str] = mapped_column(String(128))
    category: Mapped[str] = mapped_column(String(16))
    filed_on: Mapped[date] = mapped_column(Date)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class StoredFile(Base):
    """Metadata of a file kept content-addressed (by sha256) in the data directory."""

    __tablename__ = "files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    content_type: Mapped[str] = mapped_column(String(128))
    original_name: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Job(Base):
    """A durable unit of background work (batch generation, dossier check), claimed with a lease."""

    __tablename__ = "jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), index=True, default="queued")
    params: Mapped[dict[str, Any]] = mapped_column(JSON)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    progress: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=3)
    claim_token: Mapped[str | None] = mapped_column(String(36), nullable=True)
    worker_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    case_number: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Decision(Base):
    """An audit record: who decided what on which inputs. Written once, never updated or deleted."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # filing | closing | dossier
    case_number: Mapped[str] = mapped_column(String(64), index=True)
    result: Mapped[str] = mapped_column(String(16))  # accepted | returned | approved | rejected
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    actor_username: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(16))
    actor_name: Mapped[str | None] = mapped_column(String(64), nullable=True)  # the person (display name)
    decided_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    inputs: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    inputs_sha256: Mapped[str] = mapped_column(String(64))
    check: Mapped[dict[str, Any]] = mapped_column(JSON)
    # what was decided on (dossier_check:<job id>) and the version of its result (1 + corrections made):
    # one decision per version, kept by the unique index
    subject: Mapped[str | None] = mapped_column(String(64), nullable=True)
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (Index("ux_decisions_subject_version", "kind", "subject", "version", unique=True),)


class PageCorrection(Base):
    """An audit record of a page's type corrected by hand on a checked dossier: who, when, which page,
    from what to what, and the decision before and after. Written once, never updated or deleted; the
    job's current check is its reading with every correction of the job applied in id order."""

    __tablename__ = "page_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"), index=True)
    case_number: Mapped[str] = mapped_column(String(64), index=True)
    page: Mapped[int] = mapped_column(Integer)
    from_doc_type: Mapped[str] = mapped_column(String(64))
    from_served: Mapped[list[str]] = mapped_column(JSON)
    to_doc_type: Mapped[str] = mapped_column(String(64))
    to_served: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)  # None: a receipt keeps what it named
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    actor_username: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(16))
    actor_name: Mapped[str | None] = mapped_column(String(64), nullable=True)  # the person (display name)
    corrected_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    decision_before: Mapped[str] = mapped_column(String(16))  # approve | reject
    decision_after: Mapped[str] = mapped_column(String(16))


class AuditRecordImmutable(Exception):
    """Raised when code tries to change or remove a decision or a correction already recorded."""


@event.listens_for(Decision, "before_update")
@event.listens_for(PageCorrection, "before_update")
def _refuse_update(*_: object) -> None:
    raise AuditRecordImmutable("审计记录不可修改")


@event.listens_for(Decision, "before_insert")
@event.listens_for(PageCorrection, "before_insert")
def _name_the_person(_mapper: object, connection: Any, target: Decision | PageCorrection) -> None:
    """An audit record names the person who acted (the user's display name at that moment), not only the
    account: kept in the record, so a later rename or a disabled account does not change the history."""
    if target.actor_name is None and target.actor_id is not None:
        target.actor_name = connection.execute(
            select(User.display_name).where(User.id == target.actor_id)).scalar_one_or_none()


@event.listens_for(Decision, "before_delete")
@event.listens_for(PageCorrection, "before_delete")
def _refuse_delete(*_: object) -> None:
    raise AuditRecordImmutable("审计记录不可删除")


class AuthSession(Base):
    """A page session or an API token kept server-side: only the sha256 of its secret is stored, and
    revoking (logout, password change, user disabled) ends it at once, whatever the cookie says."""

    __tablename__ = "auth_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    secret_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # session | token
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class LoginFailure(Base):
    """A failed login (user name as typed, client address): the throttle counts these; never a password."""

    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    client: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
