"""The three stories every family from court_y on tells the same way, told once for all of them: it was planned
after every older dossier and built only when named, it draws every code its dossiers hold, and its dossiers are
complete or defective as planned (the defective one lacks exactly its plans module's MISSING). A family's own test
module tells only what it alone draws."""

from __future__ import annotations

from importlib import import_module

import pytest

from dossier.corpus.families import FAMILIES

from .family_stories import (
    draws_every_code_its_dossiers_hold,
    judged_as_planned,
    planned_after_every_older_dossier,
)

TOLD_HERE = FAMILIES[FAMILIES.index("court_y"):]


def _missing(family: str) -> str:
    missing: str = import_module(f"dossier.corpus.families.{family}_plans").MISSING
    return missing


@pytest.mark.parametrize("family", TOLD_HERE)
def test_a_family_is_planned_after_every_older_dossier_and_built_only_when_named(
        family: str, monkeypatch: pytest.MonkeyPatch) -> None:
    planned_after_every_older_dossier(family, FAMILIES[FAMILIES.index(family) - 1], monkeypatch)


@pytest.mark.parametrize("family", TOLD_HERE)
def test_a_family_draws_every_code_its_dossiers_hold(family: str) -> None:
    draws_every_code_its_dossiers_hold(family)


@pytest.mark.parametrize("family", TOLD_HERE)
def test_a_familys_dossiers_are_judged_as_planned(family: str) -> None:
    judged_as_planned(family, _missing(family))
