"""Per-person users: add, change a password, disable. Shared by `dossier users` and the password page."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth import hash_password, revoke_user_sessions, verify_password
from dossier.errors import InputError
from dossier.store.db import Database
from dossier.store.models import ROLE_LABELS, ROLES, User

MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"[A-Za-z0-9_.\-]{2,64}")


def check_password(password: str) -> None:
    """Raises InputError (exit 2) for a password too short or too long."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(f"密码至少需要 {MIN_PASSWORD_LENGTH} 个字符", field="password")
    if len(password) > 256:
        raise InputError("密码不能超过 256 个字符", field="password")


def add_user(db: Database, username: str, role: str, password: str, *, display_name: str | None = None,
             fast_hashing: bool = False) -> User:
    if not _USERNAME.fullmatch(username):
        raise InputError("用户名只能由 2–64 个英文字母、数字、下划线、点或连字符组成", field="username")
    if role not in ROLES:
        choices = "、".join(f"{r}（{ROLE_LABELS[r]}）" for r in ROLES)
        raise InputError(f"未知角色：{role}；可选：{choices}", field="role")
    name = (display_name or username).strip()
    if not name or len(name) > 64:
        raise InputError("姓名不能为空，且不超过 64 个字符", field="display_name")
    check_password(password)
    with db.session() as s:
        if s.execute(select(User).where(User.username == username)).scalar_one_or_none() is not None:
            raise InputError(f"用户已存在：{username}", field="username")
        user = User(username=username, display_name=name, role=role,
                    password_hash=hash_password(password, fast=fast_hashing))
        s.add(user)
        s.flush()
        s.expunge(user)
    return user


def _user(s: Session, username: str) -> User:
    user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None:
        raise InputError(f"没有这个用户：{username}", field="username")
    return user


def set_password(db: Database, username: str, password: str, *, keep_session: str | None = None,
                 fast_hashing: bool = False) -> None:
    """Sets a new password and ends the user's other sessions and tokens (all of them without `keep_session`)."""
    check_password(password)
    with db.session() as s:
        user = _user(s, username)
        user.password_hash = hash_password(password, fast=fast_hashing)
        user_id = user.id
    revoke_user_sessions(db, user_id, keep=keep_session)


def change_own_password(db: Database, user_id: int, current: str, new: str, *, keep_session: str | None,
                        fast_hashing: bool = False) -> None:
    """The logged-in user's password change: the current password must be right."""
    with db.session() as s:
        user = s.get(User, user_id)
        if user is None or not verify_password(user.password_hash, current):
            raise InputError("当前密码不正确", field="current_password")
        username = user.username
    if new == current:
        raise InputError("新密码不能与当前密码相同", field="new_password")
    set_password(db, username, new, keep_session=keep_session, fast_hashing=fast_hashing)


def disable_user(db: Database, username: str) -> None:
    """The user can no longer log in; its sessions and tokens end now. The row stays for the audit."""
    with db.session() as s:
        user = _user(s, username)
        user.disabled = True
        user_id = user.id
    revoke_user_sessions(db, user_id)


def list_users(db: Database) -> list[User]:
    """Every account, disabled ones included (the admin page), by user name."""
    with db.session() as s:
        rows = list(s.execute(select(User).order_by(User.username)).scalars())
        for row in rows:
            s.expunge(row)
    return rows
