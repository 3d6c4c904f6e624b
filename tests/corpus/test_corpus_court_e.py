"""The family court_e (a fifth enforcing court, 深圳福田; measured held out once, now built with the
others): it draws every page of its dossiers itself, in its own style and capture, and its dossiers are
judged as planned. A family still held out is built only when named."""

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
from dossier.corpus.families import FAMILIES, court_e_capture, court_e_forms, handles, renderer
from dossier.samples.truth import GroundTruth

OURS = [p for p in plans() if p.family == "court_e"]
NOT_CONTENT = {"blank", "unknown", "continuation"}


def _case(name: str = "court_e_01_complete_terminated_this_round") -> CaseCtx:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name == name)
    return case_for(plan, random.Random(i))


def _text(sheets: list[Sheet]) -> str:
    return "\n".join(line for s in sheets for line in s.lines)


def test_court_e_is_registered_and_planned_after_every_older_dossier(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "court_e" in FAMILIES
    assert any(p.family == "court_e" for _, p in selected_plans(plans(), None)), "built with the others now"
    monkeypatch.setattr(build, "HELD_OUT", ("court_e",))  # as it was until its held-out measurement
    ps = [p for p in plans() if p.family not in FAMILIES[FAMILIES.index("court_g"):]]  # they come after it (held out)
    assert [p.family for p in ps[-6:]] == ["court_e"] * 3 + ["court_f"] * 3, "its seeds come after the older dossiers'"
    assert sum(p.complete for p in OURS) == 2 and sum(not p.complete for p in OURS) == 1
    assert all(d.family == "court_e" for p in OURS for d in p.docs)
    assert not any(p.family == "court_e" for _, p in selected_plans(ps, None)), "built only when named"
    named = selected_plans(ps, [OURS[0].name])
    assert [(i, p.name) for i, p in named] == [(len(ps) - 6, OURS[0].name)]


def test_it_draws_every_code_its_dossiers_hold() -> None:
    drawn = {d.code for p in OURS for d in p.docs}
    assert drawn <= handles("court_e"), sorted(drawn - handles("court_e"))
    assert handles("court_e") <= drawn, sorted(handles("court_e") - drawn)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_clue_check() -> None:
    for p in OURS:
        i = plans().index(next(q for q in plans() if q.name == p.name))
        missing = check_plan(p, case_for(p, random.Random(i)).case_json(), date(2030, 1, 1))
        assert missing == ([] if p.complete else ["investigation_record"]), (p.name, missing)


def test_the_basis_comes_from_another_shenzhen_court() -> None:
    c = _case()
    assert c.number.startswith("（2024）粤0304执") and c.basis_court == "深圳市南山区人民法院"
    sheets = renderer("court_e")("enforcement_basis", c, random.Random(1), [])
    text = _text(sheets)
    assert len(sheets) >= 2 and c.basis_number in text and "判决如下" in text and "本件与原本核对无异" in text
    assert c.case_json()["basis"]["court"] == "深圳市南山区人民法院"


def test_its_ruling_is_headed_and_footed_its_own_way_and_says_what_it_decides() -> None:
    c = _case()
    ours = renderer("court_e")("termination_this_round_ruling", c, random.Random(2), [])
    theirs = renderer("court_d")("termination_this_round_ruling", c, random.Random(2), [])
    text = _text(ours)
    assert ours[0].lines[:2] == ["广东省深圳市福田区人民法院", "执行裁定书"]
    assert f"终结本院{c.number}案件的本次执行程序。" in text.split("裁定如下", 1)[1].replace("\n", "")
    assert [s.page_of for s in ours] == [(n, len(ours)) for n in range(1, len(ours) + 1)]
    assert f"第 1 页／共 {len(ours)} 页" in ours[0].lines
    assert not any("／" in line for line in _text(theirs).splitlines())
    assert ours[0].lines != theirs[0].lines


def test_a_receipt_runs_its_documents_down_the_rows_and_an_electronic_service_has_its_screen_behind() -> None:
    c = _case()
    served = ["termination_this_round_ruling"]
    kinds = set()
    for seed in range(30):
        sheets = court_e_forms.receipt(c, served, random.Random(seed))
        first = sheets[0].lines
        assert "送达回证" in first and "送达方式" in first and "签收日期" in first
        assert any(line.startswith("受送达人签名") for line in first)
        rows = [line for line in first if line.startswith("执行裁定书（终本")]
        assert len(rows) == 2, "the ruling is served on both parties, one row each"
        if len(sheets) == 2:
            assert not sheets[1].starts_document and "送达回证" not in _text(sheets[1:])
            assert "粤公正 · 电子送达" in sheets[1].lines
        kinds.add(len(sheets))
    assert kinds == {1, 2}


def _jpeg(sheet: Sheet, kind: str, seed: int = 0) -> np.ndarray:
    rng = random.Random(seed)
    cap = court_e_capture.plan_capture(rng, court_e_capture.want(sheet, kind))
    cap.rotation, cap.dpi, cap.holes, cap.staple, cap.page_mark, cap.tick = 0, 200, False, False, False, False
    cap.show_through = False
    data = court_e_capture.capture(sheet, cap, rng, page=1)
    return np.asarray(Image.open(io.BytesIO(data)).convert("L"), dtype=np.float32)


def test_a_fax_is_black_and_white_a_photocopy_grey_and_a_phone_photo_has_a_desk_around_it() -> None:
    c = _case()
    sheet = renderer("court_e")("payment_account_confirmation", c, random.Random(3), [])[0]
    assert getattr(sheet, "capture_kind", "") == "fax"
    scan = _jpeg(sheet, "scan")
    tinted = Sheet()
    tinted.draw.rectangle((400, 1600, 1200, 2000), fill=(175, 175, 175))  # a grey band, as a form's shaded header
    band = lambda a: a[int(a.shape[0] * 0.7):int(a.shape[0] * 0.84), int(a.shape[1] * 0.3):int(a.shape[1] * 0.7)]  # noqa: E731
    assert float(np.mean(band(_jpeg(tinted, "scan")) < 100)) < 0.01
    assert 0.05 < float(np.mean(band(_jpeg(tinted, "fax")) < 100)) < 0.7, "grey is sent as scattered black dots"
    copy = _jpeg(sheet, "copy")
    assert np.median(copy) < np.median(scan) - 15, "the copier's grey ground"
    phone = _jpeg(sheet, "phone")
    h, w = phone.shape
    corners = [phone[: h // 20, : w // 20], phone[: h // 20, -w // 20:], phone[-h // 20:, : w // 20]]
    assert max(float(np.mean(k)) for k in corners) < 170, "the desk shows at the corners"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("court_e")
    build_corpus(out, seed=3, small=True, only=["court_e_03_missing_investigation_record"], workers=1)
    return out


def test_every_scanned_page_has_its_truth(built: Path) -> None:
    index = json.loads((built / "index.json").read_text(encoding="utf-8"))
    assert [d["family"] for d in index["dossiers"]] == ["court_e"] and "court_e" in index["families"]
    truth = GroundTruth.load(built / "court_e_03_missing_investigation_record")
    assert len(PdfReader(built / truth.name / "scan.pdf").pages) == len(truth.pages) >= 8
    for page in truth.pages:
        assert page.family == "court_e" and page.dpi in (100, 120, 150, 200, 300) and page.rotation in (0, 90, 180, 270)
        assert page.doc_type in handles("court_e") | NOT_CONTENT
        if page.doc_type != "blank":
            assert page.text, page.page
    labelled = [p for p in truth.pages if p.doc_type not in NOT_CONTENT]
    assert labelled[0].doc_type == "enforcement_application" and "强制执行申请书" in (labelled[0].text or "")
