"""The dossier check (电子卷宗完整性检查): scanned pages → documents → checklist → decision, and the
report set when asked for."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from dossier.dossier_check.result import DossierCheckResult
from dossier.dossier_check.run import run_check
from dossier.model import Case
from dossier.model.stage import DossierStage


def check_dossier(scans: Sequence[Path], case: Case, stage: DossierStage = "closing", *, today: date | None = None,
                  engine: str | None = None, progress: Any = None,
                  report_dir: Path | None = None) -> DossierCheckResult:
    """Check the dossier made of `scans` (in order); with `report_dir`, write report.html, report.pdf,
    catalogue.pdf and catalogue.docx there (all rendered before any is written)."""
    result = run_check(list(scans), case, stage, today=today, engine=engine, progress=progress)
    if report_dir is not None:
        from dossier.reports.writer import write_reports

        write_reports(result, report_dir)
    return result
