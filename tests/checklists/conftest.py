"""Builders for the checklist stories: a case like CONTRACT.md's, changed the way a story needs."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import pytest
from checklist_stories import Check

from dossier.checklists import Present, evaluate, load_checklist, missing_items
from dossier.intake.case_file import case_from_dict
from dossier.model import Case
from dossier.model.stage import Stage
from dossier.results import MissingItem


@pytest.fixture
def make_case(contract_case_dict: dict[str, Any]) -> Callable[..., Case]:
    """CONTRACT.md's case with top-level fields replaced (None removes a field)."""

    def build(**fields: Any) -> Case:
        data = copy.deepcopy(contract_case_dict)
        for key, value in fields.items():
            if value is None:
                data.pop(key, None)
            else:
                data[key] = value
        return case_from_dict(data)

    return build


@pytest.fixture
def check() -> Check:
    """What the clerk sees missing: code → MissingItem, for a case and the documents at hand."""

    def run(case: Case, codes: Iterable[str] = (), *, stage: Stage = "filing", court: str | None = None,
            today: date | None = None, present: Present | None = None) -> dict[str, MissingItem]:
        checklist = load_checklist(court=court, case=case)
        results = evaluate(case, present or Present.from_codes(codes), checklist, stage=stage, today=today)
        return {m.code: m for m in missing_items(results)}

    return run
