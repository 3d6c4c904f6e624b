"""总览 (archive centre and undertakers): blocked dossiers, deadlines due or overdue."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from api.deps import Services, services
from api.errors import ApiError
from api.pages.common import OverviewPage, render
from api.services import overview

router = APIRouter(include_in_schema=False)


@router.get("/overview", response_class=HTMLResponse)
def overview_page(request: Request, user: OverviewPage, today: date | None = None) -> Response:
    svc: Services = services(request)
    deadlines_error = None
    try:
        due = overview.due_deadlines(svc.db, today)
    except ApiError as exc:
        due, deadlines_error = [], exc.message
    return render(request, "overview.html", user, title="总览", blocked=overview.blocked_dossiers(svc.db),
                  deadlines=due, deadlines_error=deadlines_error)
