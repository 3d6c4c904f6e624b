"""`manifest.json` of a batch, exactly as CONTRACT.md shows it (fields may grow, none renamed)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, Field

from dossier.fsutil import atomic_write_bytes


class ManifestOutput(BaseModel):
    case_number: str
    type: str
    format: str
    path: str = Field(description="relative to the output folder, with /")
    sha256: str
    serves: str | None = Field(default=None, description="for a service_receipt: the document it proves served")


class ManifestError(BaseModel):
    row: int = Field(description="position of the case in the batch, from 1")
    field: str
    message: str
    sheet_row: int | None = Field(default=None, description="line in the CSV/XLSX as Excel numbers it")
    case_number: str | None = None
    type: str | None = None


class ManifestMerged(BaseModel):
    """One print-ready PDF per document type (all cases in row order), for mailing."""

    type: str
    path: str
    sha256: str
    pages: int
    case_numbers: list[str]


class Manifest(BaseModel):
    outputs: list[ManifestOutput] = Field(default_factory=list)
    errors: list[ManifestError] = Field(default_factory=list)
    merged: list[ManifestMerged] = Field(default_factory=list)

    def to_json(self) -> str:
        data = self.model_dump(mode="json", exclude_none=True)
        if not data.get("merged"):
            data.pop("merged", None)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def write(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_json().encode("utf-8"))
