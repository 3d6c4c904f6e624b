"""Loading the checklist for a court: the national base plus the overlays matching the court or case."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel

from dossier.checklists.schema import ChecklistFile, Item, Overlay
from dossier.deadlines.rules import DeadlineRule, load_deadlines
from dossier.errors import ChecklistDataError
from dossier.model import Case
from dossier.rules.court_match import court_keys
from dossier.rules.overlays import LoadedOverlay, for_court, load_national, load_overlays

PACKAGE = "dossier.checklists"


class Checklist(BaseModel):
    """The items in force for one court, the overlays applied, and that court's deadline rules."""

    items: list[Item]
    overlays: list[str]
    titles: list[str]
    deadlines: dict[str, DeadlineRule]


@cache
def _national() -> dict[str, Item]:
    return load_national(PACKAGE, ChecklistFile, "items", lambda i: i.key)


@cache
def _overlays() -> list[LoadedOverlay[Item]]:
    return load_overlays(PACKAGE, Overlay)


def load_checklist(court: str | None = None, case: Case | None = None) -> Checklist:
    """The checklist for a court (overlay id such as `seed002`, court name or court code like `蒙2221`)
    and/or the court of a case (its `court` name and the code in its case number)."""
    items, chosen = for_court(_national(), _overlays(), court_keys(court, case), Item, lambda i: i.key)
    deadlines = load_deadlines(court, case).rules
    for item in items.values():
        if item.deadline and item.deadline not in deadlines:
            where = next((o.label for o in chosen if item in o.model.add), "dossier/checklists/national.yaml")
            raise ChecklistDataError(f"条目引用的期限“{item.deadline}”在期限数据中不存在", file=where)
    return Checklist(items=list(items.values()), overlays=[o.model.id for o in chosen],
                     titles=[o.model.title for o in chosen], deadlines=deadlines)


def overlay_ids() -> list[str]:
    """Every shipped overlay id (for `--court` help and for validating all data files)."""
    return [o.model.id for o in _overlays()]
