"""The Chinese web pages, server-rendered, one module per desk: each role sees its own work (admin sees
all). A page's role is checked by its guard dependency (`common.page_guard`) before any form is read."""

from __future__ import annotations

from fastapi import APIRouter

from api.pages import admin, dossiers, filing, front, generation, overview
from api.pages.common import (
    CHECK_LABELS,
    DECISION_LABELS,
    PageRefused,
    _doc_label,
    _message,
    _row_error,
    refused,
    render,
    templates,
)

__all__ = ["CHECK_LABELS", "DECISION_LABELS", "PageRefused", "_doc_label", "_message", "_row_error", "refused",
           "render", "router", "templates"]

router = APIRouter(include_in_schema=False)
for desk in (front, filing, generation, dossiers, overview, admin):
    router.include_router(desk.router)
