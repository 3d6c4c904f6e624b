"""Check a filing submission (立案材料审查): the case, the materials as scanned files and/or ticked codes.

The result and the 一次性告知书 both come from `check_submission`, whichever adapter asked: the notice
lists what this very check found missing, uploaded files included."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from dossier.checklists.loader import load_checklist
from dossier.checklists.present import Present, merge
from dossier.filing.check import FilingResult, check_filing
from dossier.model import Case
from dossier.results import Problem

PdfOf = Callable[[bytes], bytes]


class Submission(BaseModel):
    """What the applicant handed in at the window."""

    model_config = ConfigDict(frozen=True)

    case: Case
    materials: list[Path] = Field(default_factory=list, description="scanned materials, read by OCR")
    declared: list[str] = Field(default_factory=list, description="codes the clerk ticked; twice = two copies")
    party_names: dict[str, list[str]] = Field(default_factory=dict, description="names written on a material")
    court: str | None = None
    ocr_engine: str | None = None


def check_submission(submission: Submission) -> FilingResult:
    """Materials read from the files, plus the ticked ones, judged against the court's checklist; a page
    of the files that cannot be read returns the submission (the clerk must see it)."""
    case = submission.case
    present = Present.from_codes(submission.declared)
    unreadable: list[Problem] = []
    if submission.materials:
        from dossier.filing.materials import materials_present  # the OCR pipeline: heavy

        found, unreadable = materials_present(submission.materials, case, engine=submission.ocr_engine)
        present = merge(found, present)
    if submission.party_names:
        present = present.model_copy(update={"party_names": {**present.party_names, **submission.party_names}})
    result = check_filing(case, present, load_checklist(court=submission.court, case=case))
    if unreadable:
        result = result.model_copy(update={"problems": [*result.problems, *unreadable], "decision": "return"})
    return result


def notice_pdf(case: Case, result: FilingResult, *, to_pdf: PdfOf, issued_on: date | None = None) -> bytes:
    """The 一次性告知书 of this check as PDF, converted by the caller's LibreOffice (`to_pdf`)."""
    from dossier.filing.notice import notice_docx

    return to_pdf(notice_docx(case, result, issued_on or date.today()))


def write_notice(case: Case, result: FilingResult, out_dir: Path, *, issued_on: date | None = None) -> list[Path]:
    """The 一次性告知书 of this check written as DOCX and PDF into `out_dir` (both or neither)."""
    from dossier.filing.notice import write_notice as write

    return write(case, result, out_dir, issued_on=issued_on)
