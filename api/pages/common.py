"""What every page shares: the templates, the layout's navigation, labels, and the page guard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from api.auth import Principal
from api.deps import optional_user, services
from api.errors import ApiError
from dossier.doctypes import label as doc_label
from dossier.errors import DossierError
from dossier.intake.tabular import error_text, field_label
from dossier.reports.times import beijing_time
from dossier.vocab.labels import labels

templates = Jinja2Templates(directory=Path(__file__).resolve().parent.parent / "templates")
templates.env.filters["beijing"] = beijing_time  # the one formatter of times on every page
templates.env.globals["beijing"] = beijing_time
templates.env.globals["field_label"] = field_label  # case fields by their Chinese names

CATEGORIES = labels().categories  # one table of labels: dossier/vocab/labels.yaml
BASIS_KINDS = labels().basis_kinds
CHECK_LABELS = labels().check_results
DECISION_LABELS = labels().decisions
PAGES: list[dict[str, Any]] = [
    {"href": "/filing", "label": "立案审查", "roles": ("filing",), "hint": "选择类别、录入或导入案件、勾选材料，打印一次性告知书"},
    {"href": "/generation", "label": "文书批量生成", "roles": ("documents",), "hint": "上传案件表格，批量生成通知书、裁定书"},
    {"href": "/dossiers", "label": "卷宗审查", "roles": ("archive",), "hint": "上传扫描卷宗，检查缺项，批准或驳回"},
    {"href": "/precheck", "label": "承办人预检", "roles": ("undertaker",), "hint": "提交结案、归档前自查卷宗"},
    {"href": "/overview", "label": "总览", "roles": ("archive", "undertaker"), "hint": "受阻卷宗、即将到期和已逾期的期限"},
    {"href": "/admin/users", "label": "用户管理", "roles": ("admin",), "hint": "添加用户、停用账号、重置密码"},
]


def _nav(user: Principal) -> list[dict[str, Any]]:
    return [p for p in PAGES if user.may(*p["roles"])]


def render(request: Request, name: str, user: Principal | None, *, status: int = 200, **ctx: Any) -> HTMLResponse:
    ctx.setdefault("title", "执行卷宗服务")
    context = {"user": user, "nav": _nav(user) if user else [], "active": "/" + request.url.path.split("/")[1],
               "decision_labels": DECISION_LABELS, "problem_labels": labels().problems, "categories": CATEGORIES,
               "doc_label": _doc_label, **ctx}
    return templates.TemplateResponse(request, name, context, status_code=status)


def _doc_label(code: str) -> str:
    special = labels().page_types
    if code in special:
        return special[code]
    try:
        return doc_label(code)
    except (KeyError, ValueError, DossierError):
        return code


def _row_error(row: int, field: str, message: str) -> str:
    """A refused row of an import: the field by its Chinese name (the column header), never its code."""
    if not field or message.startswith("列“"):  # rows of a sheet already name their column
        return f"第{row}个案件：{message}"
    return f"第{row}个案件 {field_label(field)}：{message}"


def guard(request: Request, page: str, *roles: str) -> Principal | Response:
    """The caller if they may see the page; else the login page (no caller) or a 403 page naming it."""
    user = optional_user(request, services(request))
    if user is None:
        return RedirectResponse("/", status_code=303)
    if not user.may(*roles):
        return render(request, "forbidden.html", user, status=403, page=page, title="无权访问")
    return user


class PageRefused(Exception):
    """A page the caller may not see: answered with `response` (see `refused`)."""

    def __init__(self, response: Response) -> None:
        super().__init__("page refused")
        self.response = response


async def refused(_: Request, exc: Exception) -> Response:
    """The app's handler of `PageRefused`: the login redirect or the 403 page the guard made."""
    assert isinstance(exc, PageRefused)
    return exc.response


def page_guard(page: str, *roles: str) -> Callable[[Request], Principal]:
    """A dependency admitting the given roles (and admin) to a page, before any form is read."""

    def caller(request: Request) -> Principal:
        user = guard(request, page, *roles)
        if isinstance(user, Response):
            raise PageRefused(user)
        return user

    return caller


FilingPage = Annotated[Principal, Depends(page_guard("立案审查", "filing"))]
DocumentsPage = Annotated[Principal, Depends(page_guard("文书批量生成", "documents"))]
ArchivePage = Annotated[Principal, Depends(page_guard("卷宗审查", "archive"))]
UndertakerPage = Annotated[Principal, Depends(page_guard("承办人预检", "undertaker"))]
OverviewPage = Annotated[Principal, Depends(page_guard("总览", "archive", "undertaker"))]
AdminPage = Annotated[Principal, Depends(page_guard("用户管理", "admin"))]


def _message(exc: Exception) -> str:
    if isinstance(exc, ApiError):
        return exc.message
    if isinstance(exc, DossierError):
        return error_text(exc)  # the field by its Chinese name
    return str(exc)


def _status(exc: Exception) -> int:
    """The page's status for a refused action: the API's own status (404, 409, 422 …), else 422."""
    return exc.status if isinstance(exc, ApiError) else 422
