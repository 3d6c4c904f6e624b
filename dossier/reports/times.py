"""The one way a stored time is shown to a user: Beijing time (Asia/Shanghai).

Times are stored in UTC (naive values from the database are UTC); every page, report and message
shows them through `beijing_time`, registered as the Jinja2 filter `beijing` for the web pages."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

BEIJING = ZoneInfo("Asia/Shanghai")
TIME_FORMAT = "%Y-%m-%d %H:%M"


def beijing_time(moment: datetime | None, fmt: str = TIME_FORMAT) -> str:
    """A stored time (UTC; naive means UTC) as Beijing time, e.g. '2026-03-01 08:30'; '' for None."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(BEIJING).strftime(fmt)
