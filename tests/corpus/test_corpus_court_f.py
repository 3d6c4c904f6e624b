"""The family court_f (a sixth enforcing court, 哈尔滨道里; measured held out once, now built with the
others): it draws every page of its dossiers itself, in its own style and capture, its dossiers are judged
as planned, and it is planned after every older dossier so that their pages stay as they were."""

from __future__ import annotations

import io
import json
import random
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader

from dossier.corpus import build
from dossier.corpus.build import (
    Doc,
    Plan,
    build_corpus,
    build_dossier,
    case_for,
    check_plan,
    plans,
    selected_plans,
)
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import FAMILIES, court_f_capture, court_f_forms, handles, renderer
from dossier.corpus.families.court_f_kit import mark
from dossier.samples.truth import GroundTruth

OURS = [p for p in plans() if p.family == "court_f"]
NOT_CONTENT = {"blank", "unknown", "continuation"}


def _case(prefix: str = "court_f_03") -> CaseCtx:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return case_for(plan, random.Random(i))


def _text(sheets: list[Sheet]) -> str:
    return "\n".join(line for s in sheets for line in s.lines)


def test_court_f_is_planned_after_every_older_dossier(monkeypatch: pytest.MonkeyPatch) -> None:
    assert any(p.family == "court_f" for _, p in selected_plans(plans(), None)), "built with the others now"
    monkeypatch.setattr(build, "HELD_OUT", ("court_f",))  # as it was until its held-out measurement
    ps = [p for p in plans() if p.family not in FAMILIES[FAMILIES.index("court_g"):]]  # they come after it (held out)
    assert "court_f" in FAMILIES
    assert [p.family for p in ps[-3:]] == ["court_f"] * 3, "its seeds come after the older dossiers'"
    assert [p.family for p in ps[-6:-3]] == ["court_e"] * 3
    assert sum(p.complete for p in OURS) == 2 and sum(not p.complete for p in OURS) == 1
    assert all(d.family == "court_f" for p in OURS for d in p.docs)
    assert not any(p.family == "court_f" for _, p in selected_plans(ps, None)), "built only when named"
    assert [(i, p.name) for i, p in selected_plans(ps, [OURS[1].name])] == [(len(ps) - 2, OURS[1].name)]


def test_it_draws_every_code_its_dossiers_hold() -> None:
    drawn = {d.code for p in OURS for d in p.docs}
    assert drawn <= handles("court_f"), sorted(drawn - handles("court_f"))
    assert handles("court_f") <= drawn, sorted(handles("court_f") - drawn)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_its_closing_approval_form() -> None:
    for p in OURS:
        i = plans().index(next(q for q in plans() if q.name == p.name))
        missing = check_plan(p, case_for(p, random.Random(i)).case_json(), date(2030, 1, 1))
        assert missing == ([] if p.complete else ["closing_approval_form"]), (p.name, missing)


def test_the_bases_come_from_a_jilin_court_an_arbitration_commission_and_a_notary() -> None:
    courts = {p.basis_kind: _case(p.name).basis_court for p in OURS}
    assert courts == {"judgment": "吉林省长春市朝阳区人民法院", "arbitration": "哈尔滨仲裁委员会",
                      "notarial": "黑龙江省哈尔滨市松北公证处"}
    c = _case("court_f_02")
    assert c.number.startswith("（2024）黑0102执") and c.firm.startswith("黑龙江")
    assert "执 行 证 书" in _text(renderer("court_f")("effectiveness_certificate", c, random.Random(1), []))
    judgment = renderer("court_f")("enforcement_basis", _case(), random.Random(1), [])
    assert len(judgment) == 2 and "判决如下" in _text(judgment) and judgment[1].page_of == (2, 2)


def test_its_termination_ruling_carries_its_full_name_in_a_box_under_the_letter_spaced_court() -> None:
    c = _case()
    ours = renderer("court_f")("termination_this_round_ruling", c, random.Random(2), [])
    assert ours[0].lines[:3] == ["黑龙江省哈尔滨市道里区人民法院", "终结本次执行程序裁定书", c.number]
    assert f"终结{c.number}案件本次执行程序。" in _text(ours).replace("\n", "").split("裁定如下", 1)[1]
    assert [s.page_of for s in ours] == [(n, len(ours)) for n in range(1, len(ours) + 1)]
    notice = renderer("court_f")("enforcement_notice", c, random.Random(2), [])[0]
    assert notice.lines[1:3] == ["执行通知书", "（附：报告财产令）"]
    assert renderer("court_f")("consumption_restriction_order", c, random.Random(2), [])[0].lines[1] == "限制高消费令"


def test_a_receipt_is_a_return_slip_or_a_certificate_naming_what_it_serves() -> None:
    c = _case()
    titles = set()
    for seed in range(12):
        s = court_f_forms.receipt(c, ["consumption_restriction_order", "dishonest_list_decision"], random.Random(seed))
        titles.add(s.lines[1])
        assert any("限制高消费令、决定书（纳入失信名单）" in line for line in s.lines)
    assert titles == {"送达回执", "送达证明"}


def _grab(sheet: Sheet, kind: str) -> np.ndarray:
    rng = random.Random(0)
    cap = court_f_capture.plan_capture(rng, mark(sheet, kind=kind))
    cap.rotation, cap.dpi, cap.skew, cap.sticky = 0, 200, 0.0, False
    return np.asarray(Image.open(io.BytesIO(court_f_capture.capture(sheet, cap, rng))).convert("RGB"), dtype=np.float32)


def test_a_carbon_copy_is_blue_and_a_tired_toner_is_faint() -> None:
    def inked() -> Sheet:
        s = Sheet()
        s.draw.rectangle((400, 800, 1200, 1000), fill=(20, 20, 20))
        return s
    band = (slice(850, 950), slice(500, 1100))
    plain, carbon, faint = _grab(inked(), "scan")[band], _grab(inked(), "carbon")[band], _grab(inked(), "faint")[band]
    assert plain[..., 0].mean() < 60 and faint[..., 0].mean() > 110, "toner running out leaves grey, not black"
    assert carbon[..., 2].mean() - carbon[..., 0].mean() > 40, "blue ink: the red channel sees it faintly"


def test_a_page_fed_twice_is_scanned_twice_and_flagged(tmp_path: Path) -> None:
    plan = Plan("court_f_twice", "court_f", "court_f", "", "enforcement", "terminated_this_round", "closing",
                [Doc("enforcement_basis", family="court_f", note="twice"), Doc("fee_receipt", family="court_f")], False,
                basis_kind="arbitration", seq=77)
    truth = build_dossier(tmp_path / "twice", plan, random.Random(5), small=False)
    assert [p.doc_type for p in truth.pages[:3]] == ["enforcement_basis", "continuation", "continuation"]
    assert [(p.kind, p.pages) for p in truth.expected_problems if p.kind == "duplicate_page"] == [("duplicate_page", [2, 3])]
    assert truth.documents[0].pages == [1, 2, 3]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("court_f")
    build_corpus(out, seed=3, small=True, only=["court_f_03_missing_closing_approval_form"], workers=1)
    return out


def test_every_scanned_page_has_its_truth(built: Path) -> None:
    index = json.loads((built / "index.json").read_text(encoding="utf-8"))
    assert [d["family"] for d in index["dossiers"]] == ["court_f"] and "court_f" in index["families"]
    truth = GroundTruth.load(built / "court_f_03_missing_closing_approval_form")
    assert len(PdfReader(built / truth.name / "scan.pdf").pages) == len(truth.pages) >= 8
    for page in truth.pages:
        assert page.family == "court_f" and page.dpi in (100, 150, 200, 240, 300) and page.rotation in (0, 90, 180, 270)
        assert page.doc_type in handles("court_f") | NOT_CONTENT
        if page.doc_type != "blank":
            assert page.text, page.page
    labelled = [p for p in truth.pages if p.doc_type not in NOT_CONTENT]
    assert labelled[0].doc_type == "enforcement_application" and "强制执行申请书" in (labelled[0].text or "")
