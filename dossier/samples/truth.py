"""Ground truth of a sample dossier: what a correct check must say about it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from dossier.model.stage import DossierStage


class TruthPage(BaseModel):
    page: int
    doc_type: str
    case_number: str | None = None
    readable: bool = True
    has_qr: bool = False
    # optional, written by the independent corpus (dossier/corpus)
    family: str | None = None
    text: str | None = None
    page_of: tuple[int, int] | None = None
    rotation: int | None = None
    dpi: int | None = None
    photo: bool | None = None


class TruthDocument(BaseModel):
    doc_type: str
    pages: list[int]
    served: list[str] = Field(default_factory=list)


class TruthProblem(BaseModel):
    kind: str
    pages: list[int]


class GroundTruth(BaseModel):
    name: str
    description: str
    case_file: str = "case.json"
    scans: list[str]
    stage: DossierStage
    today: date
    expected_decision: Literal["approve", "reject"]
    expected_missing: list[str]
    expected_problems: list[TruthProblem]
    pages: list[TruthPage]
    documents: list[TruthDocument]

    @classmethod
    def load(cls, folder: Path) -> GroundTruth:
        return cls.model_validate_json((folder / "truth.json").read_text(encoding="utf-8"))


def sample_dossiers(root: Path) -> list[Path]:
    """Folders under `root` that hold a built sample dossier, in name order."""
    return sorted(p.parent for p in root.glob("*/truth.json"))
