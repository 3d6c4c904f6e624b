"""From item results to CONTRACT.md's `missing` items and the decision of a check."""

from __future__ import annotations

from collections.abc import Iterable

from dossier.checklists.engine import ItemResult
from dossier.model.stage import Stage
from dossier.results import MissingItem, Problem


def missing_items(results: Iterable[ItemResult]) -> list[MissingItem]:
    """One MissingItem per code (items sharing a code are merged, their reasons joined)."""
    by_code: dict[str, MissingItem] = {}
    for r in results:
        if r.status != "missing":
            continue
        if r.code in by_code:
            merged = by_code[r.code]
            merged.reason = f"{merged.reason}；{r.reason}"
            merged.label = merged.label if r.label in merged.label else f"{merged.label}；{r.label}"
            continue
        by_code[r.code] = MissingItem.model_validate({
            "code": r.code, "label": r.label, "reason": r.reason, "alternatives": r.alternatives,
            "source": r.source, "why": r.why, "obtain": r.obtain})
    return list(by_code.values())


def blocks(problem: Problem) -> bool:
    return problem.severity == "error"


def decide(stage: Stage, missing: list[MissingItem], problems: list[Problem]) -> str:
    """Filing: accept / return; closing and archive: approve / reject. Warnings never block."""
    ok = not missing and not any(blocks(p) for p in problems)
    if stage == "filing":
        return "accept" if ok else "return"
    return "approve" if ok else "reject"
