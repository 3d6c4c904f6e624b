"""The family court_i (a ninth enforcing court, 杭州西湖, digitised; held out until its one measurement): it
draws every page of its dossiers itself, in its own style and capture; its dossiers are judged as planned;
it is planned after every older dossier so that their pages stay as they were."""

from __future__ import annotations

import io
import json
import random
from datetime import date
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader

from dossier.corpus import build
from dossier.corpus.build import build_corpus, case_for, check_plan, plans, selected_plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families import FAMILIES, court_i_capture, court_i_serve, handles, renderer
from dossier.corpus.families.court_i_kit import COURT, mark
from dossier.samples.truth import GroundTruth

OURS = [p for p in plans() if p.family == "court_i"]
NOT_CONTENT = {"blank", "unknown", "continuation"}


def _case(prefix: str) -> CaseCtx:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return case_for(plan, random.Random(i))


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_court_i_is_planned_after_every_older_dossier(monkeypatch: pytest.MonkeyPatch) -> None:
    assert any(p.family == "court_i" for _, p in selected_plans(plans(), None)), "built with the others now"
    monkeypatch.setattr(build, "HELD_OUT", ("court_i",))  # as it was until its held-out measurement
    ps = [p for p in plans() if p.family not in FAMILIES[FAMILIES.index("court_j"):]]  # they come after it (held out)
    assert "court_i" in FAMILIES
    assert [p.family for p in ps[-3:]] == ["court_i"] * 3, "its seeds come after the older dossiers'"
    assert [p.family for p in ps[-6:-3]] == ["court_h"] * 3
    assert not any(p.family == "court_i" for _, p in selected_plans(ps, None)), "built only when named"
    assert [(i, p.name) for i, p in selected_plans(ps, [OURS[1].name])] == [(len(ps) - 2, OURS[1].name)]
    assert sum(p.complete for p in OURS) == 2 and sum(not p.complete for p in OURS) == 1
    assert all(d.family == "court_i" for p in OURS for d in p.docs)
    assert not {p.seq for p in OURS} & {p.seq for p in ps[:-3]}, "no case number shared with another dossier"


def test_it_draws_every_code_its_dossiers_hold() -> None:
    drawn = {d.code for p in OURS for d in p.docs}
    assert drawn == set(handles("court_i")), sorted(drawn ^ set(handles("court_i")))


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_applicants_interview() -> None:
    for p in OURS:
        i = plans().index(p)
        missing = check_plan(p, case_for(p, random.Random(i)).case_json(), date(2030, 1, 1))
        assert missing == ([] if p.complete else ["interview_record"]), (p.name, missing)
    archived = next(p for p in OURS if p.stage == "archive")
    codes = [d.code for d in archived.docs]
    assert codes[:3] == ["dossier_cover", "catalogue", "case_registration_form"] and codes[-1] == "remarks_sheet"
    assert codes.index("effectiveness_certificate") == codes.index("enforcement_basis") + 1


def test_the_basis_is_an_award_of_the_hangzhou_commission_or_an_internet_court_mediation() -> None:
    award, mediated = _case("court_i_01"), _case("court_i_02")
    assert award.basis_court == "杭州仲裁委员会" and "杭仲裁字" in award.basis_number
    assert mediated.basis_court == "杭州互联网法院" and "浙0192民初" in mediated.basis_number
    sheets = renderer("court_i")("enforcement_basis", award, random.Random(1), [])
    assert sheets[0].lines[:2] == ["杭州仲裁委员会", "裁决书"] and COURT not in _text(sheets)
    assert "裁决如下" in _text(sheets)
    sheets = renderer("court_i")("enforcement_basis", mediated, random.Random(1), [])
    assert sheets[0].lines[:2] == ["杭州互联网法院", "民事调解书"] and "本院予以确认" in _text(sheets)
    for c in (award, mediated):
        assert c.number.startswith("（2024）浙0106执") and c.respondent.address.startswith("浙江省杭州市西湖区")


def test_a_ruling_is_titled_so_and_decides_in_its_operative_part() -> None:
    sheets = renderer("court_i")("termination_this_round_ruling", _case("court_i_02"), random.Random(3), [])
    assert sheets[0].lines[:3] == [COURT, "执行裁定书", _case("court_i_02").number]
    assert _text(sheets).split("裁定如下：", 1)[1].startswith("终结本次执行程序。")
    assert len(sheets) == 1 or sheets[1].lines[-1].startswith("第 2 页 / 共"), "the case system's footer"


def test_a_notice_carries_a_real_qr_code_of_someone_elses_url() -> None:
    sheet = renderer("court_i")("acceptance_notice", _case("court_i_01"), random.Random(5), [])[0]
    grey = np.asarray(sheet.image.convert("L"))
    corner = np.ascontiguousarray(grey[: mm(45), sheet.width - mm(60):])
    text, _points, _ = cv2.QRCodeDetector().detectAndDecode(corner)
    assert text.startswith("https://www.zjcourt.cn/"), text


def test_service_is_proved_by_the_platforms_record_an_sms_screenshot_or_a_posted_receipt() -> None:
    c = _case("court_i_02")
    record = court_i_serve.render("service_receipt", c, random.Random(1),
                                  ["consumption_restriction_order", "dishonest_list_decision"])[0]
    assert "电子送达凭证" in record.lines and "限制消费令.pdf" in record.lines
    assert getattr(record, "kind", "") in ("colour", "grey")
    sms = court_i_serve.render("service_receipt", c, random.Random(1), ["termination_this_round_ruling"])[0]
    assert getattr(sms, "kind", "") == "screen" and "执行裁定书（终结本次执行程序）" in _text([sms])
    posted = court_i_serve.render("service_receipt", c, random.Random(1), ["enforcement_notice", "property_report_order"])[0]
    assert "送 达 回 证" in posted.lines and any("执行通知书、报告财产令" in line for line in posted.lines)
    assert any("EMS" in line for line in posted.lines)


def _grab(kind: str, seed: int = 0, *, landscape: bool = False, dropout: bool = False) -> tuple[court_i_capture.ICapture, np.ndarray]:
    sheet = Sheet(size=(mm(297), mm(210)) if landscape else (mm(210), mm(297)))
    sheet.draw.rectangle((400, 800, 1200, 1000), fill=(20, 20, 20))
    seal(sheet, 1200, 1500, COURT, random.Random(seed))
    rng = random.Random(seed)
    cap = court_i_capture.plan_capture(rng, mark(sheet, kind=kind, landscape=landscape))
    cap.dropout = dropout
    return cap, np.asarray(Image.open(io.BytesIO(court_i_capture.capture(sheet, cap, rng))).convert("RGB"), dtype=np.float32)


def test_the_production_scanner_shows_its_black_bed_and_thresholds_or_drops_red() -> None:
    for seed in range(5):
        cap, page = _grab("grey", seed)
        assert cap.dpi in (200, 240, 300) and 40 <= cap.quality <= 85 and abs(cap.skew) <= 2 and not cap.photo
        edges = [page[:3].mean(), page[-3:].mean(), page[:, :3].mean(), page[:, -3:].mean()]
        assert min(edges) < 90, "the black bed shows at an edge"
    cap, dropped = _grab("bitonal", dropout=True)
    scale = cap.dpi / 200
    if cap.rotation == 0:
        ring = dropped[int(1400 * scale):int(1600 * scale), int(1100 * scale):int(1300 * scale)]
        assert ring.mean() > 240, "the red seal drops out"
    cap, dotted = _grab("bitonal", dropout=False)
    values = dotted[int(200 * cap.dpi / 200):-int(200 * cap.dpi / 200), 200:-200]
    assert ((values < 60) | (values > 195)).mean() > 0.97, "bitonal: black or white"
    cap, turned = _grab("grey", landscape=True)
    assert cap.rotation in (90, 270) and turned.shape[0] > turned.shape[1], "a landscape page comes out turned"
    cap, shot = _grab("screen")
    assert cap.skew == 0 and shot[:20, :20].mean() > 250, "a screenshot printed for the file stays clean"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("court_i")
    build_corpus(out, seed=3, small=True, only=["court_i_03_missing_interview_record"], workers=1)
    return out


def test_every_scanned_page_has_its_truth(built: Path) -> None:
    index = json.loads((built / "index.json").read_text(encoding="utf-8"))
    assert [d["family"] for d in index["dossiers"]] == ["court_i"] and "court_i" in index["families"]
    truth = GroundTruth.load(built / "court_i_03_missing_interview_record")
    assert len(PdfReader(built / truth.name / "scan.pdf").pages) == len(truth.pages) >= 8
    for page in truth.pages:
        assert page.family == "court_i" and page.dpi in (200, 240, 300) and page.rotation in (0, 90, 180, 270)
        assert page.doc_type in handles("court_i") | NOT_CONTENT
        if page.doc_type != "blank":
            assert page.text, page.page
    labelled = [p for p in truth.pages if p.doc_type not in NOT_CONTENT]
    assert labelled[0].doc_type == "enforcement_application" and "强制执行申请书" in (labelled[0].text or "")
