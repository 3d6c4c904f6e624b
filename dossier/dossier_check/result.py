"""The result of a dossier check and its JSON (CONTRACT.md `check-dossier`)."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel

from dossier.dossier_check.model import Document, Page
from dossier.dossier_check.problems import blocks_decision
from dossier.model.stage import DossierStage as Stage
from dossier.results import MissingItem, Problem, dump

Decision = Literal["approve", "reject"]


def decide(missing: list[MissingItem], problems: list[Problem]) -> Decision:
    """Reject whenever anything is missing or a page is misfiled or unreadable (CONTRACT.md)."""
    if missing or any(blocks_decision(p) for p in problems):
        return "reject"
    return "approve"


class DossierCheckResult(BaseModel):
    decision: Decision
    stage: Stage
    case_number: str
    court: str
    checked_on: date
    files: list[str]
    pages: list[Page]
    documents: list[Document]
    missing: list[MissingItem]
    problems: list[Problem]

    def to_json(self) -> dict[str, Any]:
        """CONTRACT.md's object; extra fields (file, source, served) only add to it."""
        pages = []
        for p in self.pages:
            entry: dict[str, Any] = {"page": p.page, "doc_type": p.doc_type, "case_number": p.case_number,
                                     "confidence": round(p.confidence, 3), "readable": p.readable}
            if p.file is not None:
                entry["file"] = p.file
                entry["file_page"] = p.file_page
            if p.source is not None:
                entry["source"] = p.source
            pages.append(entry)
        documents = []
        for d in self.documents:
            doc: dict[str, Any] = {"doc_type": d.doc_type, "pages": d.pages}
            if d.doc_type == "service_receipt":
                doc["served"] = d.served
            documents.append(doc)
        return {"decision": self.decision, "stage": self.stage, "case_number": self.case_number,
                "checked_on": self.checked_on.isoformat(), "pages": pages, "documents": documents,
                "missing": [dump(m) for m in self.missing], "problems": [dump(p) for p in self.problems]}
