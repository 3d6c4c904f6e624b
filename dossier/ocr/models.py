"""What the scan pipeline reports per page, and what it learnt about each input file up front."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Source = Literal["qr", "text", "ocr", "blank", "none"]
FileKind = Literal["pdf", "jpeg", "png", "tiff"]


class InputFile(BaseModel):
    """One validated SCAN file: its kind, its page count and where its pages start in the dossier."""

    path: str
    name: str
    kind: FileKind
    pages: int
    first_page: int = Field(description="dossier page number (1-based) of this file's first page")


class Candidate(BaseModel):
    """A document type the page may be, with the reader's calibrated probability (0–1)."""

    doc_type: str
    confidence: float = Field(ge=0.0, le=1.0)


class ReadText(BaseModel):
    """A line read on the page by OCR (or taken from its text layer) and where it stands. Kept so that
    a page can be classified again without reading it again (the benchmark's held-out models) and so
    that the archive's text layer comes from the same reading."""

    text: str
    confidence: float
    box: tuple[int, int, int, int] = Field(description="left, top, right, bottom in pixels of the page as read")
    height: float = Field(description="box height / median line height of the page")
    centred: bool
    top: float = Field(description="0 (top of the page) … 1")
    width: float = Field(description="box width / page width")
    alone: bool = True
    footer: bool = False
    facing: bool = Field(default=False, description="a footer line of the facing page of a sheet printed two up")


class PageResult(BaseModel):
    """One page as analysed, numbered from 1 across all files."""

    model_config = ConfigDict(ser_json_bytes="base64")

    page: int
    file: str
    file_page: int
    doc_type: str = Field(description="DOMAIN.md code, 'continuation', 'blank' or 'unknown'")
    case_number: str | None = Field(default=None, description="normalised case number read on the page")
    case_number_matches: bool | None = Field(
        default=None, description="case number equals the expected one; None when either is unknown")
    confidence: float = Field(ge=0.0, le=1.0)
    readable: bool
    blank: bool = False
    source: Source
    rotation: int = Field(default=0, description="clockwise degrees applied to read the page (0/90/180/270)")
    skew: float = Field(default=0.0, description="degrees of skew corrected before OCR")
    title_text: str = ""
    served_doc_types: list[str] = Field(default_factory=list)
    parties: list[str] = Field(default_factory=list)
    doc_id: str | None = None
    qr_page: tuple[int, int] | None = Field(default=None, description="i/n of the QR identity")
    page_of: tuple[int, int] | None = Field(
        default=None, description="n/m of the document read on the page: footer 第n页共m页 or the QR i/n")
    page_of_last: int | None = Field(
        default=None, description="a sheet holding consecutive pages of its document (a bound volume's two-page "
        "spread, 第1页共2页 | 第2页共2页): the last page's n; page_of gives the first's")
    phash: str | None = Field(default=None, description="perceptual hash (hex) of the page image: duplicates")
    candidates: list[Candidate] = Field(
        default_factory=list, description="the types the page may be, most likely first (for 可能是…)")
    ocr_pages_read: Literal["none", "title_band", "full_page"] = "none"
    text_lines: list[ReadText] = Field(default_factory=list, repr=False)
    text_complete: bool = Field(default=False, description="the whole page was read (no more to read)")
    read_size: tuple[int, int] | None = Field(
        default=None, description="width, height in pixels of the page as read (after turning it upright)")
    seconds: float = 0.0
    thumbnail_png: bytes | None = Field(default=None, repr=False)
