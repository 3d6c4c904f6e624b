"""Passwords (argon2), sessions and API tokens kept server-side (revocable), the login throttle, seed users.

A page session cookie and an API token are each a random secret; the database keeps only its sha256,
its kind, its user and its expiry. Logout, a password change or disabling the user revokes them at once.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import secrets
import sys
from dataclasses import dataclass
from datetime import datetime as datetime_t
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.profiles import CHEAPEST
from sqlalchemy import delete, func, select, update

from dossier.store.db import Database
from dossier.store.models import ROLE_LABELS, ROLES, AuthSession, LoginFailure, User, utcnow

log = logging.getLogger("dossier.api")

SESSION_COOKIE = "dossier_session"
SESSION_MAX_AGE = 12 * 3600
TOKEN_MAX_AGE = 7 * 24 * 3600
MAX_AGES = {"session": SESSION_MAX_AGE, "token": TOKEN_MAX_AGE}

THROTTLE_WINDOW = timedelta(minutes=10)
MAX_FAILURES_PER_USER = 5  # wrong passwords for one user name within the window
MAX_FAILURES_PER_CLIENT = 20  # from one address (a court office shares one address behind its NAT)

_hasher = PasswordHasher()
_cheap_hasher = PasswordHasher.from_parameters(CHEAPEST)  # tests only: Settings.fast_password_hashing

SEED_USERS: tuple[tuple[str, str, str], ...] = (
    ("admin", "管理员", "admin"),
    ("filing", "立案窗口", "filing"),
    ("documents", "文书制作组", "documents"),
    ("archive", "卷宗管理中心", "archive"),
    ("undertaker", "承办人", "undertaker"),
)


@dataclass(frozen=True)
class Principal:
    """The authenticated caller as the API sees it."""

    id: int
    username: str
    display_name: str
    role: str

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def may(self, *roles: str) -> bool:
        return self.role == "admin" or self.role in roles


def hash_password(password: str, *, fast: bool = False) -> str:
    return (_cheap_hasher if fast else _hasher).hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def principal(user: User) -> Principal:
    return Principal(id=user.id, username=user.username, display_name=user.display_name, role=user.role)


def load_principal(db: Database, user_id: int) -> Principal | None:
    with db.session() as s:
        user = s.get(User, user_id)
        return principal(user) if user is not None else None


def authenticate(db: Database, username: str, password: str) -> Principal | None:
    """The user if the password is right and the user is not disabled (same work either way)."""
    with db.session() as s:
        user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None:
            verify_password(_dummy_hash(), password)  # same work whether or not the user exists
            return None
        ok = verify_password(user.password_hash, password)
        return principal(user) if ok and not user.disabled else None


# --- sessions and tokens ---------------------------------------------------------------------------

def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def open_session(db: Database, user_id: int, kind: str) -> str:
    """A new page session (`session`) or API token (`token`) for the user; returns its secret."""
    assert kind in MAX_AGES
    secret = secrets.token_urlsafe(32)
    now = utcnow()
    with db.session() as s:
        s.add(AuthSession(secret_sha256=_digest(secret), kind=kind, user_id=user_id, created_at=now,
                          expires_at=now + timedelta(seconds=MAX_AGES[kind])))
        s.execute(delete(AuthSession).where(AuthSession.expires_at < now - timedelta(days=1)))  # long dead ones
    return secret


def session_user(db: Database, secret: str, kind: str) -> Principal | None:
    """The user of a live (not revoked, not expired) session or token of that kind, if not disabled."""
    if not secret or len(secret) > 256:
        return None
    with db.session() as s:
        row = s.execute(select(AuthSession).where(AuthSession.secret_sha256 == _digest(secret))).scalar_one_or_none()
        if row is None or row.kind != kind or row.revoked_at is not None or row.expires_at <= utcnow():
            return None
        user = s.get(User, row.user_id)
        return principal(user) if user is not None and not user.disabled else None


def revoke_session(db: Database, secret: str) -> bool:
    """Ends one session or token (logout); True if it was live."""
    with db.session() as s:
        done = s.execute(update(AuthSession)
                         .where(AuthSession.secret_sha256 == _digest(secret), AuthSession.revoked_at.is_(None))
                         .values(revoked_at=utcnow()))
        return bool(getattr(done, "rowcount", 0))


def revoke_user_sessions(db: Database, user_id: int, *, keep: str | None = None) -> int:
    """Ends every session and token of a user (password changed, user disabled), but `keep`'s."""
    query = update(AuthSession).where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
    if keep:
        query = query.where(AuthSession.secret_sha256 != _digest(keep))
    with db.session() as s:
        return int(getattr(s.execute(query.values(revoked_at=utcnow())), "rowcount", 0) or 0)


# --- the login throttle ----------------------------------------------------------------------------

class LoginThrottled(Exception):
    """Too many failed logins for this user name or from this address."""

    def __init__(self, minutes: int) -> None:
        self.minutes = minutes
        super().__init__(f"登录失败次数过多，请于{minutes}分钟后再试")


def _wait_minutes(oldest: datetime_t, now: datetime_t) -> int:
    return max(1, math.ceil((oldest + THROTTLE_WINDOW - now).total_seconds() / 60))


def check_throttle(db: Database, username: str, client: str) -> None:
    """Raises LoginThrottled while the user name or the address has too many recent failures."""
    now = utcnow()
    since = now - THROTTLE_WINDOW
    with db.session() as s:
        for column, value, limit in ((LoginFailure.username, username[:64], MAX_FAILURES_PER_USER),
                                     (LoginFailure.client, client[:64], MAX_FAILURES_PER_CLIENT)):
            times = s.execute(select(LoginFailure.at).where(column == value, LoginFailure.at > since)
                              .order_by(LoginFailure.at.desc()).limit(limit)).scalars().all()
            if len(times) >= limit:
                raise LoginThrottled(_wait_minutes(times[-1], now))


def record_failure(db: Database, username: str, client: str) -> None:
    log.warning("登录失败：用户名 %s，来自 %s", username[:64], client[:64])  # never the password
    now = utcnow()
    with db.session() as s:
        s.add(LoginFailure(username=username[:64], client=client[:64], at=now))
        s.execute(delete(LoginFailure).where(LoginFailure.at < now - 2 * THROTTLE_WINDOW))  # old ones


def clear_failures(db: Database, username: str) -> None:
    """A successful login resets the user's counter (the address keeps its own)."""
    with db.session() as s:
        s.execute(delete(LoginFailure).where(LoginFailure.username == username[:64]))


def login(db: Database, username: str, password: str, client: str) -> Principal | None:
    """Throttle, then authenticate; a failure is counted and logged, a success resets the user's counter.

    Raises LoginThrottled (the caller answers 429) before looking at the password."""
    check_throttle(db, username, client)
    user = authenticate(db, username, password) if username and password else None
    if user is None:
        record_failure(db, username, client)
        return None
    clear_failures(db, username)
    return user


@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_hex(8))


def seed_users(db: Database, password: str | None, *, fast_hashing: bool = False) -> dict[str, str]:
    """On first start (no users at all) create one user per role.

    With `password` (DOSSIER_SEED_PASSWORD) every seed user gets it; otherwise each gets a random
    password printed once to the console. Returns {username: password} of the users created.
    """
    created: dict[str, str] = {}
    with db.session() as s:
        if s.execute(select(func.count()).select_from(User)).scalar_one() > 0:
            return created
        for username, display, role in SEED_USERS:
            assert role in ROLES
            pw = password or secrets.token_urlsafe(9)
            s.add(User(username=username, display_name=display, role=role, password_hash=hash_password(pw, fast=fast_hashing)))
            created[username] = pw
    if created and not password:
        lines = "\n".join(f"  {u:<11} {pw}" for u, pw in created.items())
        sys.stderr.write(f"首次启动：已创建以下用户（密码只显示这一次，请妥善保存）：\n{lines}\n")
        sys.stderr.flush()
    return created
