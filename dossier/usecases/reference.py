"""Reference answers both adapters give: a category's checklist, a case's deadlines."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel

from dossier.checklists.loader import load_checklist
from dossier.deadlines import DeadlineStatus, case_deadlines, load_deadlines
from dossier.model import Case
from dossier.model.stage import Stage


class ChecklistEntry(BaseModel):
    code: str
    label: str
    why: str | None = None
    alternatives: list[str] | None = None
    condition: str | None = None
    source: str | None = None
    kind: Literal["document", "deadline"] = "document"


class CaseDeadlines(BaseModel):
    """A case's deadlines on a day, and which court rules they follow."""

    case_number: str
    today: date
    court_rules: list[str]
    titles: list[str]
    deadlines: list[DeadlineStatus]


def checklist_items(category: str, stage: Stage, court: str | None = None,
                    case: Case | None = None) -> list[ChecklistEntry]:
    """Items of the checklist for a category and stage; with a case, only those that apply to it."""
    checklist = load_checklist(court=court, case=case)
    out: list[ChecklistEntry] = []
    for item in checklist.items:
        if stage not in item.stages:
            continue
        if item.when.category and category not in item.when.category:
            continue
        if case is not None and not item.when.check(case)[0]:
            continue
        clauses = [c for c in item.when.clauses() if not c.startswith("案件类别")]
        label = item.display_label
        if item.deadline and not item.label and item.deadline in checklist.deadlines:
            label = checklist.deadlines[item.deadline].label
        out.append(ChecklistEntry(code=item.code, label=label, why=item.why, alternatives=item.alternatives,
                                  condition="；".join(clauses) or None, source=item.source,
                                  kind="deadline" if item.deadline else "document"))
    return out


def deadlines_of(case: Case, today: date | None = None, court: str | None = None) -> CaseDeadlines:
    """Every deadline of the case with its status on `today` (the case's court's rules, or `court`'s)."""
    day = today or date.today()
    rules = load_deadlines(court=court, case=case)
    return CaseDeadlines(case_number=case.case_number, today=day, court_rules=rules.overlays, titles=rules.titles,
                         deadlines=case_deadlines(case, rules, day))
