"""manifest.json of an archive package (CONTRACT.md `dossier archive`); extra fields only add to it."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from dossier.archive.metadata import ArchiveMetadata

LeftOutReason = Literal["blank", "replaced"]


class ManifestPage(BaseModel):
    """A scanned page and where it went: `archive_page` is its place in dossier.pdf (1-based)."""

    archive_page: int
    file: str
    file_page: int
    doc_type: str
    page_number: int | None = Field(default=None, description="页号 stamped on it (None: not numbered)")
    text_source: str = Field(description="where its text layer came from: check, reread, own (born-digital), none")


class ManifestDocument(BaseModel):
    doc_type: str
    label: str
    first_page: int
    last_page: int
    generated: bool = False


class LeftOut(BaseModel):
    file: str
    file_page: int
    reason: LeftOutReason
    doc_type: str | None = None


class Manifest(BaseModel):
    case_number: str
    sha256: str
    draft: bool
    decision: str = Field(description="the archive-stage check's decision")
    page_count: int
    metadata: ArchiveMetadata
    pages: list[ManifestPage]
    documents: list[ManifestDocument]
    left_out: list[LeftOut]
    check: dict[str, Any] | None = Field(default=None, description="a draft's check (why it is a draft)")
