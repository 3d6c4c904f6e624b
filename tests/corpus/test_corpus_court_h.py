"""The family court_h (an eighth enforcing court, 甘肃通渭, rural, held out): it draws every page of its
dossiers itself, in its own style and capture, its dossiers are judged as planned, it is built only when
named, and it is planned after every older dossier so that their pages stay as they were."""

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
from dossier.corpus.families import FAMILIES, court_h, court_h_capture, handles, renderer
from dossier.corpus.families.court_h_kit import COURT, mark
from dossier.samples.truth import GroundTruth

OURS = [p for p in plans() if p.family == "court_h"]
NOT_CONTENT = {"blank", "unknown", "continuation"}


def _case(prefix: str = "court_h_03") -> CaseCtx:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return case_for(plan, random.Random(i))


def _text(sheets: list[Sheet]) -> str:
    return "\n".join(line for s in sheets for line in s.lines)


def test_court_h_is_planned_after_every_older_dossier(monkeypatch: pytest.MonkeyPatch) -> None:
    assert any(p.family == "court_h" for _, p in selected_plans(plans(), None)), "built with the others now"
    monkeypatch.setattr(build, "HELD_OUT", ("court_h",))  # as it was until its held-out measurement
    ps = [p for p in plans() if p.family not in FAMILIES[FAMILIES.index("court_i"):]]  # they come after it (held out)
    assert "court_h" in FAMILIES
    assert [p.family for p in ps[-3:]] == ["court_h"] * 3, "its seeds come after the older dossiers'"
    assert [p.family for p in ps[-6:-3]] == ["court_g"] * 3
    assert sum(p.complete for p in OURS) == 2 and sum(not p.complete for p in OURS) == 1
    assert all(d.family == "court_h" for p in OURS for d in p.docs)
    assert not any(p.family == "court_h" for _, p in selected_plans(ps, None)), "built only when named"
    assert [(i, p.name) for i, p in selected_plans(ps, [OURS[0].name])] == [(len(ps) - 3, OURS[0].name)]


def test_it_draws_every_code_its_dossiers_hold() -> None:
    drawn = {d.code for p in OURS for d in p.docs}
    assert drawn <= handles("court_h"), sorted(drawn - handles("court_h"))
    assert handles("court_h") <= drawn, sorted(handles("court_h") - drawn)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_its_account_confirmation() -> None:
    for p in OURS:
        i = plans().index(next(q for q in plans() if q.name == p.name))
        missing = check_plan(p, case_for(p, random.Random(i)).case_json(), date(2030, 1, 1))
        assert missing == ([] if p.complete else ["payment_account_confirmation"]), (p.name, missing)
    defective = next(p for p in OURS if not p.complete)
    codes = [d.code for d in defective.docs]
    assert "whereabouts_unknown_proof" in codes and "service_address_confirmation" not in codes, "the village's 证明 instead"
    withdrawn = next(p for p in OURS if p.method == "terminated")
    assert [d.served for d in withdrawn.docs if d.code == "service_receipt"].count(["termination_ruling"]) == 1


def test_the_basis_is_the_courts_own_a_confirmed_village_mediation_or_its_tribunals_judgment() -> None:
    confirmed, judged = _case("court_h_01"), _case("court_h_02")
    assert confirmed.basis_court == judged.basis_court == COURT
    assert "民特" in confirmed.basis_number and "民初" in judged.basis_number
    ruling = _text(renderer("court_h")("enforcement_basis", confirmed, random.Random(1), [])).replace("\n", "")
    assert "民事裁定书" in ruling and "人民调解委员会" in ruling and "调解协议有效" in ruling.split("裁定如下：", 1)[1]
    judgment = _text(renderer("court_h")("enforcement_basis", judged, random.Random(1), [])).replace("\n", "")
    assert "民事判决书" in judgment and "判决如下" in judgment and "马营人民法庭" in judgment
    for c in (confirmed, judged):
        assert c.respondent.kind == "person" and c.respondent.address.startswith("甘肃省通渭县"), "villagers both"
        assert c.number.startswith("（2024）甘1121执")


def test_a_short_notice_is_a_filled_in_form_below_its_counterfoil() -> None:
    c = _case("court_h_01")
    sheet = renderer("court_h")("acceptance_notice", c, random.Random(4), [])[0]
    assert sheet.lines[:2] == [COURT, "受理案件通知书（存根）"], "the 存根 is printed above"
    after = sheet.lines[sheet.lines.index("受理案件通知书（存根）") + 1:]
    assert "受理案件通知书" in after, "the notice itself below the cut line"
    assert any(c.officer in line and "负责执行" in line for line in after), "the officer's name written into the blank"


def test_the_rulings_decide_what_the_case_closed_by() -> None:
    for prefix, code, decided in (("court_h_01", "termination_ruling", "终结本院"), ("court_h_02", "termination_this_round_ruling",
                                                                                "终结本次执行程序。")):
        sheets = renderer("court_h")(code, _case(prefix), random.Random(2), [])
        assert sheets[0].lines[:2] == [COURT, "马营人民法庭"] or sheets[0].lines[:2] == [COURT, "执行裁定书"]
        assert "执行裁定书" in sheets[0].lines[:3]
        assert decided in _text(sheets).replace("\n", "").split("裁定如下：", 1)[1]
    gone = _text(renderer("court_h")("termination_this_round_ruling", _case(), random.Random(2), [])).replace("\n", "")
    assert "下落不明" in gone, "the respondent who went away to work is searched for"


def test_a_receipt_names_each_document_served_and_a_refusal_is_noted() -> None:
    c = _case("court_h_02")
    ways = set()
    for seed in range(12):
        s = court_h.receipt(c, ["fine_decision", "detention_decision"], random.Random(seed))
        assert s.lines[:2] == [COURT, "送达回证"]
        assert "罚款决定书一份" in s.lines and "拘留决定书一份" in s.lines
        ways |= {w for w in ("直接送达", "留置送达", "邮寄送达") if w in s.lines}
    assert ways == {"直接送达", "留置送达", "邮寄送达"}


def _grab(kind: str, seed: int = 0) -> tuple[court_h_capture.HCapture, np.ndarray]:
    sheet = Sheet()
    sheet.draw.rectangle((400, 800, 1200, 1000), fill=(20, 20, 20))
    rng = random.Random(seed)
    cap = court_h_capture.plan_capture(rng, mark(sheet, kind=kind))
    cap.rotation = 0
    return cap, np.asarray(Image.open(io.BytesIO(court_h_capture.capture(sheet, cap, rng))).convert("RGB"), dtype=np.float32)


def test_a_phone_photo_is_small_coarse_and_lies_on_a_table_and_a_carbon_copy_is_blue_violet() -> None:
    for seed in range(6):
        cap, photo = _grab("phone", seed)
        assert cap.photo and 100 <= cap.dpi <= 130 and 30 <= cap.quality <= 50
        assert photo.shape[0] == round(2339 * cap.dpi / 200)
        corners = [photo[:4, :4], photo[:4, -4:], photo[-4:, :4], photo[-4:, -4:]]
        assert min(float(c.mean()) for c in corners) < 200, "the table shows at a corner"
    cap, carbon = _grab("carbon")
    scale = cap.dpi / 200
    stroke = carbon[int(850 * scale):int(950 * scale), int(500 * scale):int(1100 * scale)].mean(axis=(0, 1))
    assert stroke[2] > stroke[0] + 30 and stroke[2] > stroke[1] + 30, f"carbon strokes are blue-violet ({stroke})"
    _, clean = _grab("clean")
    assert clean[:50, :50].mean() > 250, "a clean scan keeps white paper"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("court_h")
    build_corpus(out, seed=3, small=True, only=["court_h_03_missing_payment_account_confirmation"], workers=1)
    return out


def test_every_scanned_page_has_its_truth(built: Path) -> None:
    index = json.loads((built / "index.json").read_text(encoding="utf-8"))
    assert [d["family"] for d in index["dossiers"]] == ["court_h"] and "court_h" in index["families"]
    truth = GroundTruth.load(built / "court_h_03_missing_payment_account_confirmation")
    assert len(PdfReader(built / truth.name / "scan.pdf").pages) == len(truth.pages) >= 8
    for page in truth.pages:
        assert page.family == "court_h" and page.dpi in (100, 110, 120, 130, 150, 200, 300)
        assert page.rotation in (0, 90, 180, 270)
        assert page.doc_type in handles("court_h") | NOT_CONTENT
        if page.doc_type != "blank":
            assert page.text, page.page
    labelled = [p for p in truth.pages if p.doc_type not in NOT_CONTENT]
    assert labelled[0].doc_type == "enforcement_application" and "强制执行申请书" in (labelled[0].text or "")
