"""The independent corpus: plan coverage, complete dossiers truly complete, small build consistent."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dossier.corpus.build import build_corpus, case_for, check_plan, plans
from dossier.corpus.families import FAMILIES
from dossier.doctypes import doctypes
from dossier.samples.truth import GroundTruth
from dossier.validators.identity import check_credit_code, check_id_number


def test_plan_covers_every_code_and_family() -> None:
    ps = plans()
    assert len({p.family for p in ps}) >= 6 and len(FAMILIES) >= 6
    codes = {d.code for p in ps for d in p.docs}
    assert set(doctypes()) <= codes, set(doctypes()) - codes
    for f in FAMILIES:
        assert any(p.family == f and p.complete for p in ps) and any(p.family == f and not p.complete for p in ps)


def test_complete_plans_miss_nothing() -> None:
    import random

    for i, p in enumerate(plans()):
        c = case_for(p, random.Random(i))
        missing = check_plan(p, c.case_json(), date(2030, 1, 1))
        if p.complete:
            assert missing == [], (p.name, missing)
        if c.applicant.kind == "person":
            assert check_id_number(c.applicant.id_number) is None
        elif c.applicant.id_number:  # a foreign company (court_j's Vietnamese applicant) has no Chinese number
            assert check_credit_code(c.applicant.id_number) is None
        if c.respondent.kind == "organisation":
            assert check_credit_code(c.respondent.id_number) is None


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    build_corpus(out, seed=7, small=True)
    return out


def test_small_build(small: Path) -> None:
    index = json.loads((small / "index.json").read_text(encoding="utf-8"))
    assert len(index["families"]) >= 6 and len(index["dossiers"]) >= 6
    for entry in index["dossiers"]:
        folder = small / entry["name"]
        truth = GroundTruth.load(folder)
        assert len(truth.pages) <= 15
        assert len(PdfReader(folder / "scan.pdf").pages) == len(truth.pages)
        assert truth.expected_decision == "reject"
        assert all(p.family in FAMILIES for p in truth.pages)
        assert any(p.text for p in truth.pages)
        json.loads((folder / "case.json").read_text(encoding="utf-8"))


def test_reproducible(small: Path, tmp_path: Path) -> None:
    names = sorted(p.name for p in small.iterdir() if p.is_dir())[:1]
    again = build_corpus(tmp_path, seed=7, small=True, only=names)
    assert [t.name for t in again] == names
    for t in again:
        first = (small / t.name / "truth.json").read_text(encoding="utf-8")
        assert (tmp_path / t.name / "truth.json").read_text(encoding="utf-8") == first
