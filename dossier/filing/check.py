"""The filing-window check (立案材料审查): required materials for the category, and the case data."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel

from dossier.checklists.engine import ItemResult, evaluate
from dossier.checklists.loader import Checklist, load_checklist
from dossier.checklists.outcome import decide, missing_items
from dossier.checklists.present import Present
from dossier.filing.problems import name_problems, to_confirm_problems
from dossier.model import Case
from dossier.results import MissingItem, Problem, dump
from dossier.validators import validate_case


class FilingResult(BaseModel):
    decision: Literal["accept", "return"]
    case_number: str
    missing: list[MissingItem]
    problems: list[Problem]
    results: list[ItemResult]
    overlays: list[str]

    def to_json(self) -> dict[str, Any]:
        """CONTRACT.md's shape: decision, missing, problems (plus the case number and court rules used)."""
        return {"decision": self.decision, "case_number": self.case_number,
                "missing": [dump(m) for m in self.missing], "problems": [dump(p) for p in self.problems],
                "court_rules": self.overlays}


def check_filing(case: Case, present: Present, checklist: Checklist | None = None) -> FilingResult:
    """Accept only when nothing is missing and the data has no error (warnings are reported only)."""
    checklist = checklist or load_checklist(case=case)
    results = evaluate(case, present, checklist, stage="filing")
    missing = missing_items(results)
    problems = [*validate_case(case), *to_confirm_problems(results), *name_problems(case, present)]
    decision: Literal["accept", "return"] = "accept" if decide("filing", missing, problems) == "accept" else "return"
    return FilingResult(decision=decision, case_number=case.case_number, missing=missing, problems=problems,
                        results=results, overlays=checklist.overlays)
