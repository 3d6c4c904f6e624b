"""Calendar arithmetic for deadlines: calendar days, months, and working days after the official
Chinese holiday calendar (holidays and make-up working days) from the maintained `chinese-calendar`."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import chinese_calendar

from dossier.errors import InputError


def is_workday(day: date) -> bool:
    """True on official working days (including make-up Saturdays/Sundays, 调休上班)."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError as exc:
        raise InputError(
            f"节假日数据不含{day.year}年，无法按工作日计算期限（{day.isoformat()}）；"
            "请升级 chinese-calendar 软件包后重试") from exc


def add_working_days(start: date, count: int) -> date:
    """The day on which `count` working days after `start` have passed (start itself not counted)."""
    day = start
    left = count
    while left > 0:
        day += timedelta(days=1)
        if is_workday(day):
            left -= 1
    return day


def add_months(start: date, months: int) -> date:
    """Same day of the month `months` later; the month's last day when it has no such day."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
