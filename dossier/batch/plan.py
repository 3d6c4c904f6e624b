"""Which documents a batch makes: each case × each type, and a 送达回证 per served document."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from dossier.batch.naming import output_name
from dossier.errors import InputError
from dossier.model.case import Case
from dossier.render.docx import template_codes

RECEIPT = "service_receipt"
FORMATS = ("docx", "pdf")


@dataclass(frozen=True)
class DocJob:
    row: int
    case: Case
    doc_type: str
    doc_id: str
    stem: str
    serves: str | None = None

    @property
    def extra(self) -> dict[str, Any] | None:
        return {"served": self.serves} if self.serves else None


def check_types(types: Sequence[str]) -> list[str]:
    """Types as given (order kept, repeats dropped); an unknown type is bad input naming it."""
    wanted = list(dict.fromkeys(t.strip() for t in types if t.strip()))
    if not wanted:
        raise InputError("请至少选择一种文书类型", field="types")
    known = template_codes()
    unknown = [t for t in wanted if t not in known]
    if unknown:
        raise InputError(f"没有文书类型“{'、'.join(unknown)}”的模板（可用：{'、'.join(known)}）", field="types")
    if wanted == [RECEIPT]:
        raise InputError("送达回证（service_receipt）须与被送达的文书一同生成，请同时指定其他文书类型",
                         field="types")
    return wanted


def check_formats(formats: Sequence[str], *, field: str = "format") -> list[str]:
    """Formats as given (order kept, repeats dropped); `field` names the option or form field."""
    wanted = list(dict.fromkeys(f.strip().lower() for f in formats if f.strip()))
    if not wanted:
        raise InputError("请至少选择一种格式（docx 或 pdf）", field=field)
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown:
        raise InputError(f"不支持的格式“{'、'.join(unknown)}”（可用：docx、pdf）", field=field)
    return wanted


def doc_id(case_number: str, doc_type: str, serves: str | None, issued_on: date) -> str:
    """Stable id: the same case, type and date give the same id (re-running a batch reproduces it)."""
    key = f"{case_number}|{doc_type}|{serves or ''}|{issued_on.isoformat()}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def jobs_for(case: Case, row: int, types: Sequence[str], issued_on: date) -> list[DocJob]:
    """The documents of one case, in the order of `types`; receipts name each other type of the batch."""
    served = [t for t in types if t != RECEIPT]
    jobs: list[DocJob] = []
    for doc_type in types:
        for serves in (served if doc_type == RECEIPT else [None]):
            jobs.append(DocJob(row=row, case=case, doc_type=doc_type, serves=serves,
                               doc_id=doc_id(case.case_number, doc_type, serves, issued_on),
                               stem=output_name(case.case_number, doc_type, serves=serves)))
    return jobs
