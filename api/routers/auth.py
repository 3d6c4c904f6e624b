"""Login and logout (API token and page session, both kept server-side), the login throttle, password change.

The page routes `/login`, `/logout` and `/password` live here too (outside the API schema): this router is
included before the pages router, so these are the ones served.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from api.auth import (
    SESSION_COOKIE,
    SESSION_MAX_AGE,
    LoginThrottled,
    Principal,
    login,
    open_session,
    revoke_session,
)
from api.deps import SvcDep, UserDep, client_address, optional_user, services
from api.errors import ApiError, ErrorBody
from api.pages.common import render
from api.schemas import LoginIn, MeOut, TokenOut
from api.services.users import change_own_password
from dossier.errors import InputError

router = APIRouter()


class PasswordIn(BaseModel):
    current_password: str = Field(default="", max_length=256)
    new_password: str = Field(default="", max_length=256)


class DoneOut(BaseModel):
    message: str


def _presented_secret(request: Request) -> tuple[str, str] | None:
    """The (kind, secret) the caller authenticated with: a bearer token, else the session cookie."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return "token", header[7:].strip()
    if SESSION_COOKIE in request.cookies:
        return "session", request.cookies[SESSION_COOKIE]
    return None


def _login(request: Request, username: str, password: str) -> Principal | None:
    svc = services(request)
    return login(svc.db, username, password, client_address(request))


@router.post("/api/auth/token", response_model=TokenOut, summary="用户名和密码换取 API 令牌（7 天有效，可撤销）",
             tags=["登录"],
             responses={401: {"model": ErrorBody, "description": "用户名或密码错误"},
                        429: {"model": ErrorBody, "description": "登录失败次数过多，稍后再试"}})
def token(request: Request, svc: SvcDep, body: LoginIn | None = None) -> TokenOut:
    try:
        user = _login(request, body.username, body.password) if body else None
    except LoginThrottled as exc:
        raise ApiError(429, str(exc), code="TooManyRequests") from None
    if user is None:
        raise ApiError(401, "用户名或密码错误", field="password")
    return TokenOut(access_token=open_session(svc.db, user.id, "token"), username=user.username, role=user.role)


@router.post("/api/auth/logout", response_model=DoneOut, summary="退出：撤销当前令牌（或会话）", tags=["登录"],
             responses={401: {"model": ErrorBody}})
def api_logout(request: Request, svc: SvcDep, _user: UserDep) -> DoneOut:
    presented = _presented_secret(request)
    if presented is not None:
        revoke_session(svc.db, presented[1])
    return DoneOut(message="已退出，令牌已撤销")


@router.get("/api/auth/me", response_model=MeOut, summary="当前用户及其角色", tags=["登录"],
            responses={401: {"model": ErrorBody}})
def me(user: UserDep) -> MeOut:
    return MeOut(username=user.username, display_name=user.display_name, role=user.role,
                 role_label=user.role_label)


@router.post("/api/auth/password", response_model=DoneOut, summary="修改当前用户的密码（其他会话和令牌随之失效）",
             tags=["登录"], responses={401: {"model": ErrorBody}, 422: {"model": ErrorBody}})
def change_password(request: Request, svc: SvcDep, user: UserDep, body: PasswordIn) -> DoneOut:
    presented = _presented_secret(request)
    try:
        change_own_password(svc.db, user.id, body.current_password, body.new_password,
                            keep_session=presented[1] if presented else None,
                            fast_hashing=svc.settings.fast_password_hashing)
    except InputError as exc:
        raise ApiError(422, exc.message, field=exc.field) from None
    return DoneOut(message="密码已修改；其他已登录的会话和令牌已失效")


# --- the pages' login, logout and password change ---------------------------------------------------

@router.post("/login", include_in_schema=False)
def page_login(request: Request, username: Annotated[str, Form()] = "",
               password: Annotated[str, Form()] = "") -> Response:
    try:
        user = _login(request, username, password)
    except LoginThrottled as exc:
        return render(request, "login.html", None, status=429, title="登录", error=str(exc), username=username)
    if user is None:
        return render(request, "login.html", None, status=401, title="登录", error="用户名或密码错误",
                      username=username)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(SESSION_COOKIE, open_session(services(request).db, user.id, "session"),
                        max_age=SESSION_MAX_AGE, httponly=True, samesite="strict")
    return response


@router.post("/logout", include_in_schema=False)
def page_logout(request: Request) -> Response:
    if SESSION_COOKIE in request.cookies:
        revoke_session(services(request).db, request.cookies[SESSION_COOKIE])
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/password", include_in_schema=False)
def password_page(request: Request) -> Response:
    user = optional_user(request, services(request))
    if user is None:
        return RedirectResponse("/", status_code=303)
    return render(request, "password.html", user, title="修改密码")


@router.post("/password", include_in_schema=False)
def password_submit(request: Request, current_password: Annotated[str, Form()] = "",
                    new_password: Annotated[str, Form()] = "", new_password_again: Annotated[str, Form()] = "") -> Response:
    svc = services(request)
    user = optional_user(request, svc)
    if user is None:
        return RedirectResponse("/", status_code=303)
    try:
        if new_password != new_password_again:
            raise InputError("两次输入的新密码不一致", field="new_password_again")
        change_own_password(svc.db, user.id, current_password, new_password,
                            keep_session=request.cookies.get(SESSION_COOKIE),
                            fast_hashing=svc.settings.fast_password_hashing)
    except InputError as exc:
        return render(request, "password.html", user, status=422, title="修改密码", error=exc.message)
    return render(request, "password.html", user, title="修改密码", done="密码已修改；其他已登录的会话和令牌已失效")
