"""The library parts the service calls, each imported lazily.

A part that has not been installed yet answers a Chinese 503 “功能尚未提供” instead of fake data.
Everything the routes need from the generation, checklist, filing, deadline and dossier-check parts
goes through here, so their interfaces are adapted in one place.
"""

from __future__ import annotations

import importlib
import threading
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

from api.errors import ApiError, not_available
from dossier.model.case import Case
from dossier.results import dump


def module(name: str, feature: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and (name == exc.name or name.startswith(exc.name + ".")):
            raise not_available(feature) from exc
        raise


# --- templates and rendering ----------------------------------------------------------------------

def list_templates() -> list[dict[str, Any]]:
    docx = module("dossier.render.docx", "文书模板")
    out = []
    for t in docx.list_templates():
        out.append({"code": str(t.code), "label": str(t.label), "fields": [str(f) for f in getattr(t, "fields", [])]})
    return out


class WarmPdf:
    """One LibreOffice kept running for the single-document PDFs of the service, started on first use
    (the first PDF waits for LibreOffice to start; later ones do not), closed when the service stops."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._converter: Any = None

    def convert(self, docx: bytes) -> bytes:
        with self._lock:
            if self._converter is None:
                pdf_mod = module("dossier.render.pdf", "PDF 转换")
                self._converter = pdf_mod.PdfConverter(instances=1)
            converter = self._converter
        data: bytes = converter.convert_bytes(docx)
        return data

    def close(self) -> None:
        with self._lock:
            converter, self._converter = self._converter, None
        if converter is not None:
            converter.close()


def render_document(case: Case, doc_type: str, fmt: str, *, pdf: WarmPdf) -> bytes:
    """One document as DOCX or PDF (PDF via the warm LibreOffice converter, QR identity stamped), issued
    today, with the same document id the batch would give it."""
    if doc_type not in {t["code"] for t in list_templates()}:
        raise ApiError(404, f"没有文书类型“{doc_type}”的模板", field="doc_type")
    docx = module("dossier.render.docx", "文书生成")
    plan = module("dossier.batch.plan", "文书编号")
    today = date.today()
    doc_id: str = plan.doc_id(case.case_number, doc_type, None, today)
    data: bytes = docx.render_docx(case, doc_type, doc_id=doc_id, issued_on=today)
    if fmt == "docx":
        return data
    stamp = module("dossier.render.stamp", "二维码页码标识")
    stamped: bytes = stamp.stamp_identity(pdf.convert(data), case_number=case.case_number, doc_type=doc_type,
                                          doc_id=doc_id)
    return stamped


# --- checklists, filing and closing checks ---------------------------------------------------------

def checklist_items(category: str, stage: str, court: str | None, case: Case | None = None) -> list[dict[str, Any]]:
    """Items of the checklist for a category and stage; with a case, only those that apply to it."""
    module("dossier.checklists.loader", "材料清单")
    from dossier.checklists.loader import load_checklist

    checklist = load_checklist(court=court, case=case)
    out: list[dict[str, Any]] = []
    for item in checklist.items:
        if stage not in item.stages:
            continue
        if item.when.category and category not in item.when.category:
            continue
        if case is not None and not item.when.check(case)[0]:
            continue
        clauses = [c for c in item.when.clauses() if not c.startswith("案件类别")]
        label = item.display_label
        if item.deadline and not item.label and item.deadline in checklist.deadlines:
            label = checklist.deadlines[item.deadline].label
        out.append({"code": item.code, "label": label, "why": item.why, "alternatives": item.alternatives,
                    "condition": "；".join(clauses) or None, "source": item.source,
                    "kind": "deadline" if item.deadline else "document"})
    return out


def filing_check(case: Case, declared: list[str], materials: list[Path]) -> dict[str, Any]:
    """The filing-window check from ticked codes and/or material files (classified by OCR; each file
    under its upload name, as `FileStore.named_copies` gives them)."""
    filing = module("dossier.filing", "立案审查")
    from dossier.checklists.present import Present

    present = Present.from_codes(declared)
    unreadable: list[Any] = []
    if materials:
        mats = module("dossier.filing.materials", "材料识别")
        from dossier.checklists.present import merge

        found, unreadable = mats.materials_present(materials, case)
        present = merge(found, present)  # as `dossier check-filing --materials … --declared …` does
    result = filing.check_filing(case, present)
    data: dict[str, Any] = result.to_json()
    data["problems"] = data["problems"] + [dump(p) for p in unreadable]
    if unreadable and data["decision"] == "accept":
        data["decision"] = "return"
    return data


def filing_notice_pdf(case: Case, declared: list[str], pdf: WarmPdf) -> bytes:
    """The 一次性告知书 as PDF: the filing part's notice data and template, the service's warm converter."""
    notice = module("dossier.filing.notice", "一次性告知书")
    filing = module("dossier.filing", "立案审查")
    module("dossier.render.docx", "文书生成")
    from dossier.checklists.present import Present

    result = filing.check_filing(case, Present.from_codes(declared))
    docx: bytes = notice.notice_docx(case, result, date.today())
    return pdf.convert(docx)


def closing_check(case: Case, declared: list[str], stage: Literal["closing", "archive"]) -> dict[str, Any]:
    """The closing/archive check from ticked codes (no scans), judged exactly as `dossier check-closing`
    judges it: what the dossier still lacks, and the case-data errors that block it too."""
    module("dossier.checklists.engine", "结案审查")
    from dossier.checklists.closing import closing_check as judge

    decision, missing, problems = judge(case, declared, stage, date.today())
    return {"decision": decision, "stage": stage, "missing": [dump(m) for m in missing],
            "problems": [dump(p) for p in problems]}


# --- deadlines ---------------------------------------------------------------------------------------

def case_deadlines(case: Case, today: date | None) -> list[dict[str, Any]]:
    deadlines = module("dossier.deadlines", "期限计算")
    rules = deadlines.load_deadlines(case=case)
    out = []
    for d in deadlines.case_deadlines(case, rules, today or date.today()):
        detail = d.model_dump(mode="json")
        out.append({"name": d.name, "label": d.label, "due_on": d.due_on, "status": d.status,
                    "status_label": d.status_label, "days_left": d.days_left, "source": d.source,
                    "detail": detail})
    return out
