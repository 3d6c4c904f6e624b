"""The closing (or archive) check from the documents an undertaker ticks before scanning, in
check-dossier's output shape (CONTRACT.md) without pages."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel

from dossier.checklists.closing import closing_check, documents_of
from dossier.model import Case
from dossier.model.stage import DossierStage
from dossier.results import MissingItem, Problem, dump


class ClosingResult(BaseModel):
    decision: Literal["approve", "reject"]
    stage: DossierStage
    case_number: str
    documents: list[dict[str, Any]]
    missing: list[MissingItem]
    problems: list[Problem]

    def to_json(self) -> dict[str, Any]:
        return {"decision": self.decision, "stage": self.stage, "case_number": self.case_number, "pages": [],
                "documents": self.documents, "missing": [dump(m) for m in self.missing],
                "problems": [dump(p) for p in self.problems]}


def check_closing(case: Case, declared: list[str], stage: DossierStage = "closing", *,
                  today: date | None = None, court: str | None = None) -> ClosingResult:
    """What the dossier still lacks for closing/archiving, and the case-data errors that block it too."""
    decision, missing, problems = closing_check(case, declared, stage, today or date.today(), court)
    return ClosingResult(decision="approve" if decision == "approve" else "reject", stage=stage,
                         case_number=case.case_number, documents=documents_of(declared), missing=missing,
                         problems=problems)
