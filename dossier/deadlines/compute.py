"""Due dates and statuses of a case's deadlines: pure, given the rules, the case and today."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from pydantic import BaseModel

from dossier.deadlines.rules import DeadlineRule, DeadlineSet, Period
from dossier.deadlines.workdays import add_months, add_working_days
from dossier.model import Case
from dossier.rules.case_extras import case_events
from dossier.vocab.labels import labels

Status = Literal["ok", "due_soon", "overdue", "met", "late", "not_yet", "too_early", "unrecorded"]


class DeadlineStatus(BaseModel):
    name: str
    label: str
    kind: str
    period: str
    start_event: str
    start_event_label: str
    start_on: date
    due_on: date
    end_event: str | None
    end_event_label: str | None
    done_on: date | None
    status: Status
    status_label: str
    days_left: int | None
    source: str


def period_end(start: date, period: Period) -> date:
    if period.days is not None:
        return start + timedelta(days=period.days)
    if period.working_days is not None:
        return add_working_days(start, period.working_days)
    assert period.months is not None
    return add_months(start, period.months)


def evaluate_rule(rule: DeadlineRule, events: dict[str, date], today: date | None) -> DeadlineStatus | None:
    """The status of one rule; None when the case has none of its start events (it has not begun)."""
    start_event = next((e for e in rule.start if e in events), None)
    if start_event is None:
        return None
    start_on = events[start_event]
    boundary = period_end(start_on, rule.period)
    done_on = events.get(rule.end) if rule.end else None
    if rule.kind == "not_before":
        due_on = boundary + timedelta(days=1)  # 超过期限: the first allowed day is the day after
        if done_on is not None:
            status: Status = "met" if done_on >= due_on else "too_early"
        elif today is not None and today < due_on:
            status = "not_yet"
        else:
            status = "ok"
    else:
        due_on = boundary
        closed_on = events.get("closed_on")
        if done_on is not None:
            status = "met" if done_on <= due_on else "late"
        elif closed_on is not None and start_on < closed_on and rule.end != "closed_on":
            status = "unrecorded"  # a closed case whose record lacks the date: not knowable as overdue
        elif today is None or (due_on - today).days > rule.warn_days:
            status = "ok"
        elif today > due_on:
            status = "overdue"
        else:
            status = "due_soon"
    words = labels()
    open_ = done_on is None and status != "unrecorded"
    days_left = (due_on - today).days if today is not None and open_ else None
    return DeadlineStatus(
        name=rule.name, label=rule.label, kind=rule.kind, period=rule.period.describe(),
        start_event=start_event, start_event_label=words.events[start_event], start_on=start_on, due_on=due_on,
        end_event=rule.end, end_event_label=words.events[rule.end] if rule.end else None, done_on=done_on,
        status=status, status_label=words.deadline_statuses[status], days_left=days_left, source=rule.source)


def case_deadlines(case: Case, rules: DeadlineSet, today: date | None) -> list[DeadlineStatus]:
    """Every applicable deadline that has begun, in the order of the data (national, then overlays)."""
    events = case_events(case)
    out: list[DeadlineStatus] = []
    for rule in rules.rules.values():
        applies, _ = rule.when.check(case)
        if not applies:
            continue
        status = evaluate_rule(rule, events, today)
        if status is not None:
            out.append(status)
    return out
