"""Login for API clients: a bearer token for the user's role."""

from __future__ import annotations

from fastapi import APIRouter

from api.auth import authenticate
from api.deps import SvcDep, UserDep
from api.errors import ApiError, ErrorBody
from api.schemas import LoginIn, MeOut, TokenOut

router = APIRouter(prefix="/api/auth", tags=["登录"])


@router.post("/token", response_model=TokenOut, summary="用户名和密码换取 API 令牌",
             responses={401: {"model": ErrorBody, "description": "用户名或密码错误"}})
def token(svc: SvcDep, body: LoginIn | None = None) -> TokenOut:
    user = authenticate(svc.db, body.username, body.password) if body and body.username and body.password else None
    if user is None:
        raise ApiError(401, "用户名或密码错误", field="password")
    return TokenOut(access_token=svc.signer.api_token(user.id), username=user.username, role=user.role)


@router.get("/me", response_model=MeOut, summary="当前用户及其角色",
            responses={401: {"model": ErrorBody}})
def me(user: UserDep) -> MeOut:
    return MeOut(username=user.username, display_name=user.display_name, role=user.role,
                 role_label=user.role_label)
