"""The independent corpus: plan coverage, complete dossiers truly complete, small build consistent."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dossier.corpus.build import build_corpus, case_for, check_plan, plans, plans_to_build
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


OUTSIDE_THE_MAINLAND = ("香港", "澳门", "台湾", "越南")
"""Addresses of parties whose numbers are their own registry's (a 通行证's, a 商业登记证's, a Vietnamese trader's
passport: court_ih_01), not a mainland one."""


def test_complete_plans_miss_nothing() -> None:
    import random

    for i, p in enumerate(plans()):
        c = case_for(p, random.Random(i))
        missing = check_plan(p, c.case_json(), date(2030, 1, 1))
        if p.complete:
            assert missing == [], (p.name, missing)
        if c.applicant.kind == "person" and c.applicant.address.startswith(OUTSIDE_THE_MAINLAND):
            # a Macau resident (court_fz_03) is known by her 港澳居民来往内地通行证's M and eight figures, a Vietnamese
            # trader by his passport's C and seven
            assert c.applicant.id_number.isalnum(), (p.name, c.applicant.id_number)
        elif c.applicant.kind == "person":
            assert check_id_number(c.applicant.id_number) is None
        elif c.applicant.id_number:  # a foreign company (court_j's Vietnamese applicant) has no Chinese number
            assert check_credit_code(c.applicant.id_number) is None
        if c.respondent.kind == "organisation" and c.respondent.address.startswith(OUTSIDE_THE_MAINLAND):
            # a Hong Kong company (court_fz_01) carries its 商业登记证's eight figures, not a 统一社会信用代码
            assert c.respondent.id_number.isdigit(), (p.name, c.respondent.id_number)
        elif c.respondent.kind == "organisation":
            assert check_credit_code(c.respondent.id_number) is None



def test_a_small_build_makes_each_familys_first_defective_dossier_and_held_out_ones_only_by_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dossier.corpus.build.HELD_OUT", ())
    chosen = plans_to_build(small=True, only=None)
    assert [p.family for _, p in chosen] == list(FAMILIES)
    assert all(not p.complete for _, p in chosen)
    assert [i for i, _ in chosen] == list(range(len(FAMILIES))), "each dossier seeded by its place"
    monkeypatch.setattr("dossier.corpus.build.HELD_OUT", ("court_s",))
    assert "court_s" not in [p.family for _, p in plans_to_build(small=True, only=None)]
    named = next(p.name for _, p in chosen if p.family == "court_s")
    assert [p.name for _, p in plans_to_build(small=True, only=[named])] == [named]


def test_a_small_build_is_consistent_and_the_same_seed_builds_it_again(tmp_path: Path) -> None:
    """Two families' small dossiers (every family's own test builds its small one); built twice."""
    names = [p.name for _, p in plans_to_build(small=True, only=None) if p.family in ("court_a", "court_s")]
    small = tmp_path / "first"
    build_corpus(small, seed=7, small=True, only=names)
    index = json.loads((small / "index.json").read_text(encoding="utf-8"))
    assert [d["name"] for d in index["dossiers"]] == names
    for entry in index["dossiers"]:
        folder = small / entry["name"]
        truth = GroundTruth.load(folder)
        assert len(truth.pages) <= 15
        assert len(PdfReader(folder / "scan.pdf").pages) == len(truth.pages)
        assert truth.expected_decision == "reject"
        assert all(p.family in FAMILIES for p in truth.pages)
        assert any(p.text for p in truth.pages)
        json.loads((folder / "case.json").read_text(encoding="utf-8"))
    again = build_corpus(tmp_path / "again", seed=7, small=True, only=names[:1], workers=1)
    assert [t.name for t in again] == names[:1]
    first = (small / names[0] / "truth.json").read_text(encoding="utf-8")
    assert (tmp_path / "again" / names[0] / "truth.json").read_text(encoding="utf-8") == first


def test_a_typed_papers_blocks_flow_down_the_sheet_its_paragraphs_indented_once() -> None:
    """draw.flow, shared by the families' plain typed papers: a right-set line, a paragraph wrapped with only its
    first line indented, and the y below the last line."""
    from dossier.corpus.draw import Sheet, flow, mm, wrap
    from dossier.corpus.fonts import font

    f = font("song_gb", mm(4.0))
    sheet = Sheet()
    text = "申请执行人因与被执行人借款合同纠纷一案，依据已经发生法律效力的民事判决书，向贵院申请强制执行。" * 2
    y = flow(sheet, [("r", "（2024）皖0104执77214号"), ("p", text), ("t", "此致")], f, x0=mm(25), width=mm(160),
             y=mm(40), line_height=mm(7.6), indent=mm(8))
    parts = wrap(text, f, mm(160), indent=mm(8))
    assert len(parts) >= 2
    assert sheet.lines == ["（2024）皖0104执77214号", *parts, "此致"]
    assert y == mm(40) + mm(7.6) * (len(parts) + 2)


def test_a_typed_paper_that_runs_on_turns_onto_the_sheet_more_gives() -> None:
    """draw.flow's keywords for the kits' papers: `centre` centres ("c", text), `right` is where ("r", text) ends,
    and with `bottom` and `more` a line that would pass the bottom goes to the next sheet, at the y `more` gives."""
    from PIL import ImageOps

    from dossier.corpus.draw import Sheet, flow, mm, wrap
    from dossier.corpus.fonts import font

    f, bold = font("song_gb", mm(4.0)), font("song_gb", mm(5.0))
    sheets = [Sheet()]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], mm(30)

    text = "申请执行人因与被执行人借款合同纠纷一案，依据已经发生法律效力的民事判决书，向贵院申请强制执行。" * 12
    parts = wrap(text, f, mm(160), indent=mm(8))
    lh, top = mm(7.6), mm(240)
    y = flow(sheets[0], [("c", "执行申请书"), ("r", "（2024）皖0104执77214号"), ("p", text)], f, x0=mm(25),
             width=mm(160), y=top, line_height=lh, indent=mm(8), right=mm(170), centre=bold,
             bottom=mm(270), more=more)
    fit = int((mm(270) - top) / lh)  # lines the first sheet holds
    assert fit > 2 and len(sheets) == 2
    assert sheets[0].lines == ["执行申请书", "（2024）皖0104执77214号", *parts[:fit - 2]]
    assert sheets[1].lines == parts[fit - 2:]
    assert y == mm(30) + lh * len(parts[fit - 2:])
    page = ImageOps.invert(sheets[0].image.convert("L"))
    heading = page.crop((0, top, page.width, top + lh)).getbbox()
    number = page.crop((0, top + lh, page.width, top + 2 * lh)).getbbox()
    assert heading and abs((heading[0] + heading[2]) / 2 - page.width / 2) < mm(2)
    assert number and abs(number[2] - mm(170)) < mm(1.5)


def test_a_certificate_is_filed_right_behind_the_judgment_it_certifies() -> None:
    from dossier.corpus.build import Doc, behind

    docs = [Doc("enforcement_application"), Doc("enforcement_basis"), Doc("fee_receipt"), Doc("enforcement_basis")]
    placed = behind(docs, "enforcement_basis", Doc("effectiveness_certificate"))
    assert [d.code for d in placed] == ["enforcement_application", "enforcement_basis", "effectiveness_certificate",
                                         "fee_receipt", "enforcement_basis"]
    assert [d.code for d in docs][2] == "fee_receipt"  # the plan it was given is left as it was


def test_a_plan_holding_only_the_respondents_id_card_lacks_the_applicants_identity_proof() -> None:
    """check_plan judges as the reader's check does (dossier_check.whose): the respondent's ID card drawn for it
    (note="respondent") is no proof of who applied, so a helper can draw that defect without dropping both."""
    import dataclasses
    import random

    index, plan = next((i, p) for i, p in enumerate(plans()) if p.complete and p.category == "enforcement"
                       and any(d.code == "identity_proof" and d.note == "respondent" for d in p.docs)
                       and any(d.code == "identity_proof" and not d.note for d in p.docs))
    case_json = case_for(plan, random.Random(index)).case_json()
    assert check_plan(plan, case_json, date(2030, 1, 1)) == []
    theirs_only = dataclasses.replace(plan, docs=[d for d in plan.docs if d.code != "identity_proof" or d.note])
    assert check_plan(theirs_only, case_json, date(2030, 1, 1)) == ["identity_proof"]
