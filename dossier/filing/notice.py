"""The 补正材料一次性告知书: every missing item in plain Chinese — what, why, where to get it — so the
applicant never has to come back twice. Rendered through the same DOCX templates and PDF path as the
court's other documents; both files are written only when both rendered."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import date
from pathlib import Path
from typing import Any

from dossier.errors import DossierError, ExternalToolError, InputError, os_reason
from dossier.filing.check import FilingResult
from dossier.fsutil import atomic_write_bytes
from dossier.model import Case

DOC_TYPE = "supplement_notice"
TITLE = "补正材料一次性告知书"


def notice_extra(result: FilingResult) -> dict[str, Any]:
    """The template's data: per missing item what it is, why it is needed (`reason`) and where it comes
    from (`source`); per data problem its message. All Chinese, written for the applicant."""
    items = []
    for m in result.missing:
        extra = m.model_extra or {}
        why = str(extra.get("why") or m.reason)
        obtain = str(extra.get("obtain") or "")
        # `source` is where the applicant gets the document; `basis` is the rule that requires it.
        items.append({"code": m.code, "label": m.label, "reason": why, "source": obtain or (m.source or ""),
                      "basis": m.source or "", "alternatives": m.alternatives or []})
    problems = [{"message": p.message, "field": p.field or ""} for p in result.problems if p.severity == "error"]
    return {"missing_items": items, "problems": problems}


def notice_doc_id(result: FilingResult, issued_on: date) -> str:
    """Stable id of this notice: same case, same gaps, same day → same id."""
    key = "|".join([result.case_number, issued_on.isoformat(), *(m.code for m in result.missing),
                    *(p.message for p in result.problems)])
    return "SN" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:10].upper()


def notice_stem(case_number: str) -> str:
    return f"{TITLE}_" + re.sub(r'[\\/:*?"<>|\s]+', "_", case_number)


def notice_file_name(case_number: str, suffix: str = ".pdf") -> str:
    """The name the notice is saved under: 补正材料一次性告知书_（2026）豫0311执5556号.pdf."""
    return notice_stem(case_number) + suffix


def notice_docx(case: Case, result: FilingResult, issued_on: date) -> bytes:
    """The notice as DOCX, its document title (shown by PDF readers) the Chinese title, not the type code."""
    try:
        from docx import Document

        from dossier.render.docx import render_docx
    except ImportError as exc:
        raise ExternalToolError("文书生成模块尚未安装，无法制作补正材料一次性告知书") from exc
    raw = render_docx(case, DOC_TYPE, doc_id=notice_doc_id(result, issued_on), issued_on=issued_on,
                      extra=notice_extra(result))
    doc = Document(io.BytesIO(raw))
    doc.core_properties.title = TITLE
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def render_notice(case: Case, result: FilingResult, *, issued_on: date | None = None) -> tuple[bytes, bytes]:
    """(DOCX, PDF) of the notice; fails before anything is written."""
    try:
        from dossier.render.pdf import PdfConverter
    except ImportError as exc:
        raise ExternalToolError("文书生成模块尚未安装，无法制作补正材料一次性告知书") from exc
    day = issued_on or date.today()
    docx = notice_docx(case, result, day)
    with PdfConverter() as converter:
        pdf = converter.convert_bytes(docx)
    return docx, pdf


def write_notice(case: Case, result: FilingResult, out_dir: Path, *, issued_on: date | None = None) -> list[Path]:
    """Write the notice as DOCX and PDF into out_dir; returns both paths."""
    if result.decision == "accept":
        raise DossierError("材料齐全且数据无误，无需出具补正材料一次性告知书")
    docx, pdf = render_notice(case, result, issued_on=issued_on)
    stem = notice_stem(case.case_number)
    paths = [out_dir / f"{stem}.docx", out_dir / f"{stem}.pdf"]
    written: list[Path] = []
    try:
        for path, data in zip(paths, (docx, pdf), strict=True):
            atomic_write_bytes(path, data)
            written.append(path)
    except OSError as exc:
        # An unusable folder is the user's input, not our failure: say so, and leave no half pair.
        for path in written:
            path.unlink(missing_ok=True)
        raise InputError(f"无法写出补正材料一次性告知书：{os_reason(exc)}", file=str(out_dir)) from exc
    return paths
