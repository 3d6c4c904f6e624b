"""用户管理 (admin only): add users, disable them, reset passwords."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.auth import SESSION_COOKIE, Principal
from api.deps import services
from api.pages.common import AdminPage, render
from api.services import users as svc_users
from dossier.errors import InputError
from dossier.store.models import ROLE_LABELS, ROLES

router = APIRouter(include_in_schema=False)


ADMIN_USERS = "/admin/users"
_ADMIN_NOTICES = {"added": "已添加用户 {u}", "disabled": "已停用用户 {u}；其会话和令牌已失效",
                  "password": "已重置用户 {u} 的密码；其会话和令牌已失效"}


def _users_page(request: Request, user: Principal, *, status: int = 200, **ctx: Any) -> HTMLResponse:
    return render(request, "admin_users.html", user, status=status, title="用户管理",
                  users=svc_users.list_users(services(request).db), roles=ROLES, role_labels=ROLE_LABELS,
                  form=ctx.pop("form", {}), **ctx)


def _done(what: str, username: str) -> RedirectResponse:
    """POST/redirect/GET: a reload of the page does not repeat the action."""
    return RedirectResponse(f"{ADMIN_USERS}?done={what}&user={quote(username)}", status_code=303)


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(request: Request, user: AdminPage, done: str = "", user_name: Annotated[str, Query(alias="user")] = "") -> Response:
    notice = _ADMIN_NOTICES[done].format(u=user_name) if done in _ADMIN_NOTICES and user_name else None
    return _users_page(request, user, notice=notice)


@router.post("/admin/users", response_class=HTMLResponse)
def users_add(request: Request, user: AdminPage, username: Annotated[str, Form()] = "", display_name: Annotated[str, Form()] = "",
              role: Annotated[str, Form()] = "", password: Annotated[str, Form()] = "") -> Response:
    username = username.strip()
    try:
        added = svc_users.add_user(services(request).db, username, role, password,
                                   display_name=display_name.strip() or None,
                                   fast_hashing=services(request).settings.fast_password_hashing)
    except InputError as exc:
        form = {"username": username, "display_name": display_name, "role": role}
        return _users_page(request, user, status=422, form=form, error=f"未添加：{exc.message}")
    return _done("added", added.username)


@router.post("/admin/users/{username}/disable", response_class=HTMLResponse)
def users_disable(request: Request, user: AdminPage, username: str) -> Response:
    if username == user.username:
        return _users_page(request, user, status=422, error="不能停用自己的账号")
    try:
        svc_users.disable_user(services(request).db, username)
    except InputError as exc:
        return _users_page(request, user, status=404, error=f"未停用：{exc.message}")
    return _done("disabled", username)


@router.post("/admin/users/{username}/password", response_class=HTMLResponse)
def users_password(request: Request, user: AdminPage, username: str, password: Annotated[str, Form()] = "",
                   password_again: Annotated[str, Form()] = "") -> Response:
    svc = services(request)
    try:
        if password != password_again:
            raise InputError("两次输入的密码不一致", field="password_again")
        keep = request.cookies.get(SESSION_COOKIE) if username == user.username else None
        svc_users.set_password(svc.db, username, password, keep_session=keep,
                               fast_hashing=svc.settings.fast_password_hashing)
    except InputError as exc:
        status = 404 if exc.field == "username" else 422
        return _users_page(request, user, status=status, error=f"未重置 {username} 的密码：{exc.message}")
    return _done("password", username)
