"""The closing (or archive) check from documents declared rather than scanned: the rules part of
`dossier check-closing` and of the service's closing check, so both judge a case alike."""

from __future__ import annotations

from datetime import date
from typing import Any

from dossier.checklists.engine import evaluate
from dossier.checklists.loader import load_checklist
from dossier.checklists.outcome import decide, missing_items
from dossier.checklists.present import Present
from dossier.errors import CaseDataError
from dossier.model import Case
from dossier.model.stage import Stage
from dossier.results import MissingItem, Problem
from dossier.validators import validate_case


def documents_of(codes: list[str]) -> list[dict[str, Any]]:
    """Declared documents in check-dossier's `documents` shape (no pages: nothing was scanned)."""
    out: list[dict[str, Any]] = []
    for code in codes:
        if code.startswith("service_receipt:"):
            out.append({"doc_type": "service_receipt", "pages": [], "served": [code.split(":", 1)[1]]})
        else:
            out.append({"doc_type": code, "pages": []})
    return out


def closing_check(case: Case, codes: list[str], stage: Stage, today: date,
                  court: str | None = None) -> tuple[str, list[MissingItem], list[Problem]]:
    """Decision, missing items and data problems for a case closing (or archived) with these documents."""
    if case.closing is None:
        raise CaseDataError("结案审查需要案件的结案方式（closing.method）", field="closing.method")
    checklist = load_checklist(court=court, case=case)
    results = evaluate(case, Present.from_codes(codes), checklist, stage=stage, today=today)
    missing = missing_items(results)
    problems = validate_case(case)
    return decide(stage, missing, problems), missing, problems
