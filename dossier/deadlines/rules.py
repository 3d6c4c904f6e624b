"""Deadline data: the national base (`national.yaml`) and court overlays (`courts/*.yaml`).

A rule counts `period` from the first start event the case has; `within` rules are due by then and
met by the `end` event; `not_before` rules forbid the `end` event until the period has passed (终本).
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dossier.model import Case
from dossier.rules.conditions import Condition
from dossier.rules.court_match import court_keys
from dossier.rules.overlays import CourtOverlay, LoadedOverlay, for_court, load_national, load_overlays
from dossier.vocab.labels import labels

PACKAGE = "dossier.deadlines"


class Period(BaseModel):
    model_config = ConfigDict(extra="forbid")

    days: int | None = Field(default=None, ge=0)
    working_days: int | None = Field(default=None, ge=0)
    months: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _exactly_one(self) -> Period:
        if sum(v is not None for v in (self.days, self.working_days, self.months)) != 1:
            raise ValueError("period 必须且只能有 days、working_days、months 之一")
        return self

    def describe(self) -> str:
        if self.days == 0 or self.working_days == 0:
            return "当日"
        if self.days is not None:
            return f"{self.days}日"
        if self.working_days is not None:
            return f"{self.working_days}个工作日"
        return f"{self.months}个月"


class DeadlineRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[a-z0-9_]+$")
    label: str = Field(min_length=1)
    kind: Literal["within", "not_before"] = "within"
    start: list[str] = Field(min_length=1)
    end: str | None = None
    period: Period
    when: Condition = Field(default_factory=Condition)
    warn_days: int = Field(default=3, ge=0)
    source: str = Field(min_length=1)

    @model_validator(mode="after")
    def _known_events(self) -> DeadlineRule:
        for event in [*self.start, *([self.end] if self.end else [])]:
            if event not in labels().events:
                raise ValueError(f"未知的事件名“{event}”")
        if self.kind == "not_before" and not self.end:
            raise ValueError("not_before 规则必须给出 end 事件")
        return self


class DeadlineFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1]
    deadlines: list[DeadlineRule]


DeadlineOverlay = CourtOverlay[DeadlineRule]


class DeadlineSet(BaseModel):
    rules: dict[str, DeadlineRule]
    overlays: list[str]
    titles: list[str] = []


@cache
def _national() -> dict[str, DeadlineRule]:
    return load_national(PACKAGE, DeadlineFile, "deadlines", lambda r: r.name)


@cache
def _overlays() -> list[LoadedOverlay[DeadlineRule]]:
    return load_overlays(PACKAGE, DeadlineOverlay)


def load_deadlines(court: str | None = None, case: Case | None = None) -> DeadlineSet:
    """The deadline rules for a court (overlay id, court name or code) and/or a case's court."""
    rules, chosen = for_court(_national(), _overlays(), court_keys(court, case), DeadlineRule, lambda r: r.name)
    return DeadlineSet(rules=rules, overlays=[o.model.id for o in chosen], titles=[o.model.title for o in chosen])

