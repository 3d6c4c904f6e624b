"""The family court_g (a seventh enforcing court, 重庆渝中, held out): it draws every page of its dossiers
itself, in its own style and capture, its dossiers are judged as planned, it is built only when named,
and it is planned after every older dossier so that their pages stay as they were."""

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
from dossier.corpus.build import build_corpus, case_for, check_plan, plans, selected_plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import FAMILIES, court_g_capture, court_g_forms, handles, renderer
from dossier.corpus.families.court_g_kit import COURT, mark
from dossier.samples.truth import GroundTruth

OURS = [p for p in plans() if p.family == "court_g"]
NOT_CONTENT = {"blank", "unknown", "continuation"}


def _case(prefix: str = "court_g_03") -> CaseCtx:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return case_for(plan, random.Random(i))


def _text(sheets: list[Sheet]) -> str:
    return "\n".join(line for s in sheets for line in s.lines)


def test_court_g_is_planned_after_every_older_dossier(monkeypatch: pytest.MonkeyPatch) -> None:
    assert any(p.family == "court_g" for _, p in selected_plans(plans(), None)), "built with the others now"
    monkeypatch.setattr(build, "HELD_OUT", ("court_g",))  # as it was until its held-out measurement
    ps = [p for p in plans() if p.family not in FAMILIES[FAMILIES.index("court_h"):]]  # they come after it
    assert "court_g" in FAMILIES
    assert [p.family for p in ps[-3:]] == ["court_g"] * 3, "its seeds come after the older dossiers'"
    assert [p.family for p in ps[-6:-3]] == ["court_f"] * 3
    assert sum(p.complete for p in OURS) == 2 and sum(not p.complete for p in OURS) == 1
    assert all(d.family == "court_g" for p in OURS for d in p.docs)
    assert not any(p.family == "court_g" for _, p in selected_plans(ps, None)), "built only when named"
    assert [(i, p.name) for i, p in selected_plans(ps, [OURS[2].name])] == [(len(ps) - 1, OURS[2].name)]


def test_it_draws_every_code_its_dossiers_hold() -> None:
    drawn = {d.code for p in OURS for d in p.docs}
    assert drawn <= handles("court_g"), sorted(drawn - handles("court_g"))
    assert handles("court_g") <= drawn, sorted(handles("court_g") - drawn)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_its_consumption_restriction_order() -> None:
    for p in OURS:
        i = plans().index(next(q for q in plans() if q.name == p.name))
        missing = check_plan(p, case_for(p, random.Random(i)).case_json(), date(2030, 1, 1))
        assert missing == ([] if p.complete else ["consumption_restriction_order"]), (p.name, missing)
    defective = next(p for p in OURS if not p.complete)
    receipts = [d.served for d in defective.docs if d.code == "service_receipt"]
    assert ["dishonest_list_decision"] in receipts, "the 失信 decision is still served on its own"


def test_the_bases_come_from_a_chengdu_court_a_guiyang_court_and_chongqing_arbitration() -> None:
    courts = {p.basis_kind: _case(p.name).basis_court for p in OURS}
    assert courts == {"mediation": "四川省成都市锦江区人民法院", "judgment": "贵州省贵阳市云岩区人民法院",
                      "arbitration": "重庆仲裁委员会"}
    c = _case("court_g_02")
    assert c.number.startswith("（2024）渝0103执恢") and c.firm.startswith("重庆")
    mediation = renderer("court_g")("enforcement_basis", _case("court_g_01"), random.Random(1), [])
    assert "民 事 调 解 书" in _text(mediation) and "本院予以确认" in _text(mediation).replace("\n", "")
    award = _text(renderer("court_g")("enforcement_basis", _case(), random.Random(1), [])).replace("\n", "")
    assert "裁决如下" in award and "生 效 证 明" in _text(renderer("court_g")("effectiveness_certificate", _case(), random.Random(1), []))


def test_a_notice_stands_under_the_red_head_and_every_ruling_is_titled_execution_ruling() -> None:
    c = _case("court_g_02")
    notice = renderer("court_g")("enforcement_notice", c, random.Random(2), [])[0]
    assert notice.lines[:3] == [COURT, c.number, "执行通知书"], "number under the red rule, then the title"
    top = np.asarray(notice.image.convert("RGB"), dtype=np.int16)[:400]
    assert ((top[..., 0] > 150) & (top[..., 1] < 80)).sum() > 5000, "the court's name and rule are red"
    final = renderer("court_g")("termination_this_round_ruling", c, random.Random(2), [])
    earlier = renderer("court_g")("termination_this_round_ruling", c, random.Random(2), ["previous"])
    resumed = renderer("court_g")("resumption_ruling", c, random.Random(2), [])
    for sheets, number, decided in ((final, c.number, "终结本次执行程序。"), (earlier, c.previous_number, "终结本次执行程序。"),
                                    (resumed, c.number, f"恢复{c.previous_number}案件的执行。")):
        assert sheets[0].lines[:3] == [COURT, "执行裁定书", number]
        assert decided in _text(sheets).replace("\n", "").split("裁定如下：", 1)[1]
        assert "本件与原本核对无异" in _text(sheets)
    assert [s.page_of for s in final] == [(n, len(final)) for n in range(1, len(final) + 1)] and len(final) > 1


def test_a_receipt_lists_each_document_served_with_how_it_was_served() -> None:
    c = _case()
    ways = set()
    for seed in range(10):
        s = court_g_forms.receipt(c, ["enforcement_notice", "property_report_order"], random.Random(seed))
        assert s.lines[:2] == [COURT, "送 达 回 证"]
        assert "执行通知书　1份" in s.lines and "报告财产令　1份" in s.lines and "送达方式" in s.lines
        ways |= {w for w in ("直接送达", "邮寄送达", "电子送达", "留置送达") if w in s.lines}
    assert len(ways) >= 3


def _grab(sheet: Sheet, kind: str) -> np.ndarray:
    rng = random.Random(0)
    cap = court_g_capture.plan_capture(rng, mark(sheet, kind=kind))
    cap.rotation, cap.dpi, cap.skew = 0, 200, 0.0
    return np.asarray(Image.open(io.BytesIO(court_g_capture.capture(sheet, cap, rng))).convert("RGB"), dtype=np.float32)


def test_a_colour_scan_keeps_the_seal_red_a_grey_one_does_not_and_a_threshold_scan_has_two_tones() -> None:
    def sealed() -> Sheet:
        s = Sheet()
        s.draw.rectangle((400, 800, 1200, 1000), fill=(205, 30, 35))
        s.draw.rectangle((400, 1200, 1200, 1300), fill=(20, 20, 20))
        return s
    red = (slice(850, 950), slice(500, 1100))
    colour, grey, binary = _grab(sealed(), "colour"), _grab(sealed(), "grey"), _grab(sealed(), "binary")
    assert colour[red][..., 0].mean() - colour[red][..., 1].mean() > 100, "red stays red"
    assert abs(grey[red][..., 0].mean() - grey[red][..., 1].mean()) < 10, "the grey scan loses the colour"
    mid = ((binary > 60) & (binary < 195)).mean()
    assert mid < 0.03, f"a threshold scan is black or white ({mid:.3f} in between)"


def test_the_app_whitens_the_paper_and_a_landscape_printout_is_mostly_fed_sideways() -> None:
    paper = Sheet(paper=(225, 222, 210))
    paper.draw.rectangle((300, 300, 1300, 500), fill=(30, 30, 30))
    app = _grab(paper, "app")
    assert app[900:1500, 300:1300].mean() > 240, "the app pushes the grey paper to white"
    rng = random.Random(3)
    turns = [court_g_capture.plan_capture(rng, Sheet(size=(2339, 1654))).rotation for _ in range(200)]
    assert 0.6 < sum(t in (90, 270) for t in turns) / len(turns) < 0.9


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("court_g")
    build_corpus(out, seed=3, small=True, only=["court_g_03_missing_consumption_restriction_order"], workers=1)
    return out


def test_every_scanned_page_has_its_truth(built: Path) -> None:
    index = json.loads((built / "index.json").read_text(encoding="utf-8"))
    assert [d["family"] for d in index["dossiers"]] == ["court_g"] and "court_g" in index["families"]
    truth = GroundTruth.load(built / "court_g_03_missing_consumption_restriction_order")
    assert len(PdfReader(built / truth.name / "scan.pdf").pages) == len(truth.pages) >= 8
    for page in truth.pages:
        assert page.family == "court_g" and page.dpi in (120, 150, 200, 240, 300) and page.rotation in (0, 90, 180, 270)
        assert page.doc_type in handles("court_g") | NOT_CONTENT
        if page.doc_type != "blank":
            assert page.text, page.page
    labelled = [p for p in truth.pages if p.doc_type not in NOT_CONTENT]
    assert labelled[0].doc_type == "enforcement_application" and "强制执行申请书" in (labelled[0].text or "")
