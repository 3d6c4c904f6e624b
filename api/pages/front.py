"""The front page: the login form, or each role's start page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from api.deps import optional_user, services
from api.pages.common import render

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def front(request: Request) -> Response:
    user = optional_user(request, services(request))
    if user is None:
        return render(request, "login.html", None, title="登录")
    return render(request, "home.html", user, title="首页")
