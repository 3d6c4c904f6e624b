"""Passwords (argon2), signed session cookies and bearer tokens (itsdangerous), seed users."""

from __future__ import annotations

import functools
import logging
import secrets
import sys
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.profiles import CHEAPEST
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import func, select

from dossier.store.db import Database
from dossier.store.models import ROLE_LABELS, ROLES, User

log = logging.getLogger("dossier.api")

SESSION_COOKIE = "dossier_session"
SESSION_MAX_AGE = 12 * 3600
TOKEN_MAX_AGE = 7 * 24 * 3600

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


class Signer:
    """Signs user ids into session cookies and API tokens (different salts: one cannot pass as the other)."""

    def __init__(self, secret_key: str) -> None:
        self._session = URLSafeTimedSerializer(secret_key, salt="dossier-session")
        self._token = URLSafeTimedSerializer(secret_key, salt="dossier-api-token")

    def session_cookie(self, user_id: int) -> str:
        return self._session.dumps({"uid": user_id})

    def api_token(self, user_id: int) -> str:
        return self._token.dumps({"uid": user_id})

    def user_from_cookie(self, value: str) -> int | None:
        return _load(self._session, value, SESSION_MAX_AGE)

    def user_from_token(self, value: str) -> int | None:
        return _load(self._token, value, TOKEN_MAX_AGE)


def _load(serializer: URLSafeTimedSerializer, value: str, max_age: int) -> int | None:
    try:
        data = serializer.loads(value, max_age=max_age)
    except BadSignature:
        return None
    uid = data.get("uid") if isinstance(data, dict) else None
    return uid if isinstance(uid, int) else None


def principal(user: User) -> Principal:
    return Principal(id=user.id, username=user.username, display_name=user.display_name, role=user.role)


def load_principal(db: Database, user_id: int) -> Principal | None:
    with db.session() as s:
        user = s.get(User, user_id)
        return principal(user) if user is not None else None


def authenticate(db: Database, username: str, password: str) -> Principal | None:
    with db.session() as s:
        user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None:
            verify_password(_dummy_hash(), password)  # same work whether or not the user exists
            return None
        return principal(user) if verify_password(user.password_hash, password) else None


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
