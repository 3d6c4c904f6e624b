"""The shapes the dossier check works on: a page as analysed, a document as grouped."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from dossier.privacy import mask_ids_in_text


class Page(BaseModel):
    """One input page as the check sees it (numbered from 1 across all SCAN files)."""

    page: int
    doc_type: str
    case_number: str | None = None
    confidence: float = 0.0
    readable: bool = True
    blank: bool = False
    file: str | None = None
    file_page: int | None = None
    source: str | None = None
    doc_id: str | None = None
    served_doc_types: list[str] = Field(default_factory=list)
    page_of: tuple[int, int] | None = None
    page_of_last: int | None = Field(default=None, description="a two-page spread's second page number")
    phash: str | None = None
    candidates: list[tuple[str, float]] = Field(
        default_factory=list, description="(doc_type, confidence) the page may be, most likely first")
    corrected_by: str | None = Field(default=None, description="who corrected this page's type by hand")
    dated: date | None = Field(default=None, description="the date that signs the page, when it was read (a ruling's "
                               "last page, a receipt's date of service: dossier_check.receipts)")
    dated_month: int | None = Field(default=None, description="the month of that date, when a seal left only the "
                                    "month readable (dossier.ocr.dates.MonthOnly)")
    case_number_read: str | None = Field(default=None, description="the number read on the page when the check took it "
                                         "for a misread of this case's (dossier_check.near_numbers)")
    party_named: str | None = Field(default=None, description="this case's party the page names (why its number "
                                    "was taken for a misread)")
    related_case: str | None = Field(default=None, description="the number the page carries, of a case that arose "
                                     "inside this one and names it (dossier_check.related_cases)")
    agent_unseen: str | None = Field(default=None, description="the relatives acting whose names were not read on "
                                     "this page of their kinship proof (dossier_check.kinship)")
    title_text: str = Field(default="", description="the title read on the page (its vocabulary title when one matched)")
    text_complete: bool = Field(default=False, description="the whole page was read (nothing more to read on it)")
    thumbnail_png: bytes | None = Field(default=None, repr=False)
    particulars: list[str] = Field(
        default_factory=list, description="the figures (runs of three or more digits), identity numbers masked, "
        "the names of bodies and the names 姓名 lines give, read on the page: what tells two sheets of one form apart")

    @classmethod
    def of(cls, result: Any) -> Page:
        """Copy the fields we use from any PageResult-like object."""
        def get(name: str, default: Any = None) -> Any:
            return getattr(result, name, default)

        served = get("served_doc_types") or []
        candidates = [(str(getattr(c, "doc_type", c[0] if isinstance(c, (tuple, list)) else "")),
                       float(getattr(c, "confidence", c[1] if isinstance(c, (tuple, list)) else 0.0)))
                      for c in (get("candidates") or [])]
        page_of = get("page_of")
        blank = bool(get("blank", False)) or get("doc_type") == "blank"
        return cls(page=int(get("page", 0)), doc_type=str(get("doc_type") or "unknown"),
                   case_number=get("case_number"), confidence=float(get("confidence", 0.0) or 0.0),
                   readable=bool(get("readable", True)), blank=blank, file=_str(get("file")),
                   file_page=get("file_page"), source=_str(get("source")), doc_id=get("doc_id"),
                   served_doc_types=list(served), page_of=tuple(page_of) if page_of else None,
                   page_of_last=get("page_of_last"),
                   phash=get("phash"), candidates=candidates, corrected_by=get("corrected_by"),
                   thumbnail_png=get("thumbnail_png"), title_text=str(get("title_text") or ""),
                   text_complete=bool(get("text_complete", False)),
                   particulars=particulars_read("\n".join(str(getattr(t, "text", "")) for t in get("text_lines") or [])))


_BODY = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:有限责任公司|有限公司|公司|分行|支行|银行|律师事务所|委员会|公证处)")
COMPANY_FORMS = frozenset({"有限责任公司", "股份有限公司", "有限公司", "分公司", "子公司", "总公司"})
"""What a company is, not which: a licence's 类型 row (有限责任公司（自然人投资或控股）) names no body — two companies'
licences share it, and were called one sheet scanned twice (伊宁 court_ho_03)."""


_MASKED_ID = re.compile(r"[0-9A-Z]{6}\*{4,}[0-9A-Za-z]{4}")
_PERSON = re.compile(r"^\s*姓\s*名\s*[:：]?\s*([\u4e00-\u9fff·]{2,12}?)(?=性\s*别|民\s*族|\s|$)", re.MULTILINE)
"""the name a line labelled 姓名 gives (an ID card, a form): two parties' ID copies differ in it"""


def particulars_read(text: str) -> list[str]:
    """Figures (runs of three or more digits), identity numbers and credit codes as a log shows them (first six
    and last four kept: two parties' 营业执照 share their region's six, not their last four), names of bodies
    (北京三里屯建筑装饰工程有限公司) and the names lines labelled 姓名 give, in what was read."""
    masked = mask_ids_in_text(text)
    bodies = set(_BODY.findall(text)) - COMPANY_FORMS
    return sorted(set(re.findall(r"\d{3,}", masked)) | set(_MASKED_ID.findall(masked)) | bodies
                  | set(_PERSON.findall(text)))


def _str(value: object) -> str | None:
    return None if value is None else str(value)


class Document(BaseModel):
    """Consecutive pages forming one document; a 送达回证 also records what it proves was served."""

    doc_type: str
    pages: list[int]
    case_number: str | None = None
    doc_id: str | None = None
    served: list[str] = Field(default_factory=list)
    dated: date | None = Field(default=None, description="the date that signs it (its last dated page), when read")
    dated_month: int | None = Field(default=None, description="its month, when a seal left only the month readable")
    confidence: float = Field(default=1.0, description="the reader's confidence in the type of its first page")
    owner: str | None = Field(default=None, description="the other side's party its pages name, and no one of the "
                              "applicant's side (被执行人龚刚: a respondent's ID card): dossier_check.whose")
