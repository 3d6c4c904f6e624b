"""From grouped documents to the checklist engine's evidence, and its verdict to CONTRACT.md items."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dossier.checklists.engine import evaluate
from dossier.checklists.loader import load_checklist
from dossier.checklists.outcome import missing_items as missing_from_results
from dossier.checklists.present import Present
from dossier.dossier_check.model import Document
from dossier.dossier_check.possible import unsure_catch_all
from dossier.model import Case
from dossier.results import MissingItem


def present_from(documents: Sequence[Document]) -> Present:
    """Documents found (with their pages and copies), what the 送达回证 name as served and which copies are another
    party's than the applicant's (`Document.owner`). A paper filed under the catch-all type only because nothing
    named it proves nothing (possible.py names it as what may be missing)."""
    pages: dict[str, list[int]] = {}
    counts: dict[str, int] = {}
    served: set[str] = set()
    others: dict[str, list[tuple[int, str]]] = {}
    for doc in documents:
        if unsure_catch_all(doc.doc_type, doc.confidence):
            continue
        if doc.owner is not None:
            others.setdefault(doc.doc_type, []).append((doc.pages[0], doc.owner))
        pages.setdefault(doc.doc_type, []).extend(doc.pages)
        counts[doc.doc_type] = counts.get(doc.doc_type, 0) + 1
        if doc.doc_type == "service_receipt":
            served.update(doc.served)
    return Present(documents=pages, counts=counts, served=served | _generic_served(served, set(pages)), others=others)


def _generic_served(served: set[str], present: set[str]) -> set[str]:
    """A 送达回证 that names only the form (执行裁定书) serves the one ruling of that form the dossier
    holds when it holds no plain one: every ruling is titled 执行裁定书 (DOMAIN.md). With two candidate
    rulings it stays unknown which was served, and nothing is inferred."""
    from dossier.ocr.cues import form_subjects

    out: set[str] = set()
    for form, subjects in form_subjects().items():
        if form in served and form not in present and len(held := subjects & present) == 1:
            out |= held
    return out


def missing_items(case: Case, documents: Sequence[Document], stage: str, today: date) -> list[MissingItem]:
    """Every checklist item of the case's court not satisfied by these documents at this stage."""
    checklist = load_checklist(case=case)
    results = evaluate(case, present_from(documents), checklist,
                       stage="archive" if stage == "archive" else "closing", today=today)
    return missing_from_results(results)
