"""Write the report set of a dossier check: everything rendered first, then each file atomically,
so a failure leaves no half-written report."""

from __future__ import annotations

from pathlib import Path

from dossier.dossier_check.grouping import same_case
from dossier.dossier_check.result import DossierCheckResult
from dossier.fsutil import atomic_write_bytes
from dossier.reports.catalogue import catalogue_entries
from dossier.reports.catalogue_files import render_catalogue_docx, render_catalogue_pdf
from dossier.reports.html import render_html
from dossier.reports.pdf import render_report_pdf

REPORT_FILES = ("report.html", "report.pdf", "catalogue.pdf", "catalogue.docx")


def render_reports(result: DossierCheckResult) -> dict[str, bytes]:
    """File name → content of report.html, report.pdf, catalogue.pdf and catalogue.docx."""
    own = [d for d in result.documents if same_case(d.case_number, result.case_number)]
    entries = catalogue_entries(own)
    return {
        "report.html": render_html(result).encode("utf-8"),
        "report.pdf": render_report_pdf(result),
        "catalogue.pdf": render_catalogue_pdf(entries, case_number=result.case_number, court=result.court),
        "catalogue.docx": render_catalogue_docx(entries, case_number=result.case_number, court=result.court),
    }


def write_reports(result: DossierCheckResult, out_dir: Path) -> list[Path]:
    files = render_reports(result)
    written = []
    for name, data in files.items():
        atomic_write_bytes(out_dir / name, data)
        written.append(out_dir / name)
    return written
