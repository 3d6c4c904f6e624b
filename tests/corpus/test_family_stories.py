"""The stories every family from court_y on tells the same way, told once for all of them: it was planned after
every older dossier and built only when named, it draws every code its dossiers hold, its dossiers are complete or
defective as planned (the defective one lacks exactly its plans module's MISSING), and its cases carry its court's
code and valid numbers. A family's own test module tells only what it alone draws."""

from __future__ import annotations

import random
from importlib import import_module

import pytest

from dossier.corpus.build import COURTS, case_for, plans
from dossier.corpus.families import FAMILIES
from dossier.validators.identity import check_credit_code, check_id_number

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


@pytest.mark.parametrize("family", TOLD_HERE)
def test_a_familys_cases_carry_its_courts_code_and_valid_numbers(family: str) -> None:
    """Each case is numbered as its court numbers enforcement cases (豫0204执…), and a party who carries an identity
    number or credit code carries a valid one (a 蒙古国 trader's passport number, or a Hong Kong
    company's none, is not one of ours)."""
    for i, plan in enumerate(plans()):
        if plan.family != family:
            continue
        case = case_for(plan, random.Random(i))
        assert COURTS[plan.court_family].code + "执" in case.number, (plan.name, case.number)
        for party in (case.applicant, case.respondent):
            if len(party.id_number) != 18:
                continue  # a passport's number, or none: not one of ours
            check = check_credit_code if party.kind == "organisation" else check_id_number
            assert check(party.id_number) is None, (plan.name, party.name)
