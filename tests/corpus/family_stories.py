"""The stories every held-out family tells the same way: it was planned after every older dossier and built only
when named, it draws every code its dossiers hold, and its dossiers are complete or defective as planned.
test_family_stories.py tells them once for every family from court_y on (court_k … court_x still call them from
their own modules); a family's own test module tells what only it draws."""

from __future__ import annotations

import random
from datetime import date

import pytest

from dossier.corpus import build
from dossier.corpus.build import Plan, case_for, check_plan, plans, selected_plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import FAMILIES, handles, renderer

NOT_CONTENT = {"blank", "unknown", "continuation"}


def case_of(prefix: str) -> CaseCtx:
    """The case of the dossier whose name starts with `prefix`, drawn as the build draws it."""
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return case_for(plan, random.Random(i))


def text_of(sheets: list[Sheet]) -> str:
    """The printed text of a document's sheets, run together."""
    return "".join(line for s in sheets for line in s.lines)


def family_plans(family: str) -> list[Plan]:
    return [p for p in plans() if p.family == family]


def planned_after_every_older_dossier(family: str, before: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Built with the others now; held out as it was until its one measurement, it came after every older
    dossier (their pages keep their seeds) and was built only when named."""
    ours = family_plans(family)
    assert any(p.family == family for _, p in selected_plans(plans(), None)), "built with the others now"
    monkeypatch.setattr(build, "HELD_OUT", (family,))
    later = FAMILIES[FAMILIES.index(family) + 1:]  # families measured after it come after it
    ps = [p for p in plans() if p.family not in later]
    assert [f for f in FAMILIES if f not in later][-1] == family
    assert [p.family for p in ps[-3:]] == [family] * 3, "its seeds come after the older dossiers'"
    assert [p.family for p in ps[-6:-3]] == [before] * 3
    assert not any(p.family == family for _, p in selected_plans(ps, None)), "built only when named"
    assert [(i, p.name) for i, p in selected_plans(ps, [ours[-1].name])] == [(len(ps) - 1, ours[-1].name)]
    assert sum(p.complete for p in ours) == 2 and sum(not p.complete for p in ours) == 1
    assert all(d.family == family for p in ours for d in p.docs)
    assert not {p.seq for p in ours} & {p.seq for p in ps[:-3]}, "no case number shared with another dossier"


def draws_every_code_its_dossiers_hold(family: str) -> None:
    """Each document its dossiers hold is drawn once, with the first case that holds it (a receipt once for each
    list of papers it serves): a code the family's three cases all hold is drawn the same way for each, and drawing
    it three times made this story a fifth of CI's time."""
    ours = family_plans(family)
    drawn = {d.code for p in ours for d in p.docs}
    assert drawn == set(handles(family)), sorted(drawn ^ set(handles(family)))
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for p in ours:
        c = case_for(p, random.Random(0))
        for d in p.docs:
            served = d.drawn_with
            if (d.code, tuple(served)) in seen:
                continue
            seen.add((d.code, tuple(served)))
            sheets = renderer(family)(d.code, c, random.Random(1), served)
            assert sheets and all(s.lines for s in sheets), (p.name, d.code)


def judged_as_planned(family: str, missing: str) -> None:
    """The complete dossiers miss nothing, the defective one misses exactly `missing`; the archived one is
    filed in archive order (cover and catalogue first, review form and remarks sheet last, the basis's
    certificate of effect behind it)."""
    ours = [(i, p) for i, p in enumerate(plans()) if p.family == family]  # plans() costs 40 ms: drawn once
    for i, p in ours:
        found = check_plan(p, case_for(p, random.Random(i)).case_json(), date(2030, 1, 1))
        assert found == ([] if p.complete else [missing]), (p.name, found)
    archived = next(p for _, p in ours if p.stage == "archive")
    codes = [d.code for d in archived.docs]
    assert codes[:2] == ["dossier_cover", "catalogue"] and codes[-2:] == ["file_review_form", "remarks_sheet"]
    assert codes.index("effectiveness_certificate") == codes.index("enforcement_basis") + 1
