"""Every error answered as JSON with a Chinese message and, where known, the field, page or file."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from dossier.errors import DossierError, InputError
from dossier.rules.translate import error_text, field_path
from dossier.store.files import UploadTooLarge

log = logging.getLogger("dossier.api")

_STATUS_TEXT = {
    400: "请求不正确",
    401: "未登录或登录已过期，请先登录",
    403: "当前角色无权进行此操作",
    404: "未找到",
    405: "不支持该请求方法",
    409: "与当前状态冲突",
    413: "上传内容过大",
    415: "不支持的内容类型",
    422: "输入不正确",
    503: "功能尚未提供",
}


class ErrorBody(BaseModel):
    error: str = Field(examples=["InputError"])
    message: str = Field(examples=["字段 filed_on：“2024-02-30”不是有效日期（应为 YYYY-MM-DD）"])
    field: str | None = Field(default=None, examples=["filed_on"])
    page: int | None = None
    file: str | None = None


class ApiError(Exception):
    def __init__(self, status: int, message: str, *, code: str | None = None, field: str | None = None,
                 page: int | None = None, file: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or {401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 409: "Conflict",
                             503: "Unavailable"}.get(status, "Error")
        self.field = field
        self.page = page
        self.file = file


def body(code: str, message: str, **where: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"error": code, "message": message}
    out.update({k: v for k, v in where.items() if v is not None})
    return out


def _headers(status: int) -> dict[str, str] | None:
    return {"WWW-Authenticate": "Bearer"} if status == 401 else None


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(body(exc.code, exc.message, field=exc.field, page=exc.page, file=exc.file),
                            status_code=exc.status, headers=_headers(exc.status))

    @app.exception_handler(UploadTooLarge)
    async def _too_large(_: Request, exc: UploadTooLarge) -> JSONResponse:
        return JSONResponse(exc.to_dict(), status_code=413)

    @app.exception_handler(DossierError)
    async def _dossier_error(_: Request, exc: DossierError) -> JSONResponse:
        status = 422 if isinstance(exc, InputError) or exc.exit_code == 2 else 500
        if status == 500:
            log.error("service error: %s", exc)
        return JSONResponse(exc.to_dict(), status_code=status)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        loc = tuple(p for p in first.get("loc", ()) if p not in ("body", "query", "path", "form"))
        where = field_path(loc) or None
        text = error_text(first) if first else "输入不正确"
        message = f"字段 {where}：{text}" if where else text
        return JSONResponse(body("ValidationError", message, field=where), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        text = _STATUS_TEXT.get(exc.status_code, "请求失败")
        detail = exc.detail if isinstance(exc.detail, str) and not exc.detail.isascii() else None
        return JSONResponse(body("HTTPError", detail or text), status_code=exc.status_code,
                            headers=_headers(exc.status_code))

    @app.exception_handler(Exception)
    async def _internal(_: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error")
        return JSONResponse(body("InternalError", "服务器内部错误，请稍后重试或联系管理员"), status_code=500)
