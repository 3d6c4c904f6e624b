"""Request dependencies: the service container, the caller (bearer token or session cookie), roles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.auth import SESSION_COOKIE, Principal, session_user
from api.errors import ApiError
from api.settings import Settings
from dossier.jobs.warm_pdf import WarmConverter
from dossier.jobs.worker import Worker
from dossier.store.db import Database
from dossier.store.files import FileStore


@dataclass
class Services:
    settings: Settings
    db: Database
    files: FileStore
    worker: Worker | None = None
    pdf: WarmConverter = field(default_factory=WarmConverter)  # the service's single-document PDFs

    def to_pdf(self, docx: bytes) -> bytes:
        """A DOCX as PDF through the service's one LibreOffice, started on first use and kept warm."""
        data: bytes = self.pdf.get().convert_bytes(docx)
        return data


def services(request: Request) -> Services:
    svc: Services = request.app.state.services
    return svc


bearer = HTTPBearer(auto_error=False, description="POST /api/auth/token 取得的令牌")


def optional_user(request: Request, svc: Services) -> Principal | None:
    """The caller from an `Authorization: Bearer` token, else from the page session cookie; both are
    looked up server-side (a revoked or expired one, or a disabled user's, counts as no caller)."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return session_user(svc.db, header[7:].strip(), "token")
    if SESSION_COOKIE in request.cookies:
        return session_user(svc.db, request.cookies[SESSION_COOKIE], "session")
    return None


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def current_user(request: Request,
                 _credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None) -> Principal:
    user = optional_user(request, services(request))
    if user is None:
        raise ApiError(401, "未登录或令牌无效，请先登录（POST /api/auth/token）")
    return user


def require(*roles: str) -> Callable[..., Principal]:
    """A dependency admitting the given roles (and admin); anyone else gets 403."""
    allowed = "、".join(roles) or "admin"

    def _dep(user: Annotated[Principal, Depends(current_user)]) -> Principal:
        if not user.may(*roles):
            raise ApiError(403, f"当前角色（{user.role_label}）无权进行此操作（需要：{allowed}）")
        return user

    return _dep


SvcDep = Annotated[Services, Depends(services)]
UserDep = Annotated[Principal, Depends(current_user)]
