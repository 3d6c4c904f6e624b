"""The family court_m (云南昆明五华, held out: drawn without looking at the page reader): much of the dossier came in
online — the parties' papers as phone photos on a desk or a bed cover, payments and e-service as phone screenshots —
and the court's own printouts were photographed under a 高拍仪 on its dark pad. Built only when named, planned after
every older dossier, its dossiers judged as planned."""

from __future__ import annotations

import io
import json
import random
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import build_corpus, plans
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_m_capture, handles, renderer
from dossier.corpus.families.court_m_kit import COURT, MSheet
from dossier.samples.truth import GroundTruth
from dossier.validators.identity import check_id_number

from .family_stories import (
    NOT_CONTENT,
    case_of,
    draws_every_code_its_dossiers_hold,
    judged_as_planned,
    planned_after_every_older_dossier,
    text_of,
)

OURS = [p for p in plans() if p.family == "court_m"]


def _grey(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("L"), dtype=np.float32)


def test_court_m_is_planned_after_every_older_dossier_and_was_built_only_when_named(monkeypatch: pytest.MonkeyPatch) -> None:
    planned_after_every_older_dossier("court_m", "court_l", monkeypatch)


def test_it_draws_every_code_its_dossiers_hold() -> None:
    draws_every_code_its_dossiers_hold("court_m")


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_lawyers_licence() -> None:
    judged_as_planned("court_m", "lawyer_license")
    assert {p.method for p in OURS} == {"terminated_this_round", "fully_performed"}


def test_kunming_parties_on_a_kunming_appeal_an_award_and_a_local_judgment() -> None:
    appeal, award, local = case_of("court_m_01"), case_of("court_m_02"), case_of("court_m_03")
    assert "云01民终" in appeal.basis_number and appeal.basis_court == "云南省昆明市中级人民法院"
    assert award.basis_court == "昆明仲裁委员会" and "昆仲字" in award.basis_number
    assert local.basis_number.startswith("（2023）云0102民初") and local.basis_court == COURT
    for c in (appeal, award, local):
        assert c.number.startswith("（2024）云0102执") and "昆明市五华区" in c.respondent.address
        assert c.applicant.address.startswith("云南省昆明市") and check_id_number(c.applicant.id_number) is None
        assert c.applicant.id_number.startswith("5301")


def test_court_papers_carry_the_house_heading_the_teams_name_and_the_copy_stamp() -> None:
    c = case_of("court_m_01")
    ruling = renderer("court_m")("termination_this_round_ruling", c, random.Random(3), [])
    assert ruling[0].lines[:4] == [COURT, "执行裁定书", c.number, c.extra["team"]]
    assert "本院裁定如下：" in text_of(ruling) and "终结本次执行程序。" in ruling_lines(ruling)
    assert "本件与原本核对无异" in ruling[-1].lines
    assert [s.lines[-1] for s in ruling] == [f"第{i}页（共{len(ruling)}页）" for i in range(1, len(ruling) + 1)]
    notice = renderer("court_m")("enforcement_notice", c, random.Random(3), [])
    assert "本件与原本核对无异" not in text_of(notice), "only served rulings are stamped as copies"


def ruling_lines(sheets: list[Sheet]) -> list[str]:
    return [line for s in sheets for line in s.lines]


def test_a_payment_is_proven_by_a_phone_screenshot_with_its_status_bar() -> None:
    c = case_of("court_m_02")
    shot = renderer("court_m")("payment_voucher", c, random.Random(2), [])[0]
    assert isinstance(shot, MSheet) and shot.kind == "screen" and shot.digital
    assert re.fullmatch(r"\d{1,2}:\d{2}", shot.lines[0]) and shot.lines[1].endswith("%"), "the status bar: time, battery"
    assert f"+{c.amount:,.2f}" in shot.lines and c.respondent.name in text_of([shot])
    ink = np.asarray(shot.image.convert("L")) < 235
    cols = np.flatnonzero(ink.any(axis=0))
    rows = np.flatnonzero(ink.any(axis=1))
    width, height = cols[-1] - cols[0], rows[-1] - rows[0]
    assert width < shot.width * 0.45 and height > 2 * width, "a tall narrow phone screen in the middle of the page"


def test_service_is_proven_by_sms_the_platforms_receipt_or_paper_naming_what_was_served() -> None:
    c = case_of("court_m_01")
    served = ["enforcement_notice", "property_report_order"]
    receipts = [renderer("court_m")("service_receipt", c, random.Random(seed), served)[0] for seed in range(12)]
    marks = {"sms": "【12368诉讼服务】", "platform": "送 达 回 执", "paper": "送 达 回 证"}
    kinds = {k for s in receipts for k, mark in marks.items() if mark in text_of([s])}
    assert kinds == set(marks)
    for s in receipts:
        assert c.number in text_of([s]) and "执行通知书、报告财产令" in text_of([s])
    sms = next(s for s in receipts if marks["sms"] in text_of([s]))
    assert isinstance(sms, MSheet) and sms.kind == "screen" and c.respondent.name in text_of([sms])
    to_applicant = [renderer("court_m")("service_receipt", c, random.Random(seed), ["acceptance_notice"])[0] for seed in range(8)]
    assert all(marks["paper"] not in text_of([s]) and c.applicant.name in text_of([s]) for s in to_applicant)


def test_the_court_s_printouts_lie_on_the_document_camera_s_dark_pad() -> None:
    c = case_of("court_m_01")
    notice = renderer("court_m")("enforcement_notice", c, random.Random(5), [])[0]
    seeds = [s for s in range(40) if (cap := court_m_capture.plan_capture(random.Random(s), notice)).cut == "" and not cap.rotation]
    cap = court_m_capture.plan_capture(random.Random(seeds[0]), notice)
    assert cap.kind == "camera" and not cap.photo and 110 <= cap.dpi <= 200
    image = _grey(court_m_capture.capture(notice, cap, random.Random(1)))
    h, w = image.shape
    edges = [image[h // 3:2 * h // 3, :4], image[h // 3:2 * h // 3, -4:], image[:4, w // 3:2 * w // 3], image[-4:, w // 3:2 * w // 3]]
    assert all(e.mean() < 90 for e in edges), "the pad shows all round the sheet"
    assert image[h // 2 - 20:h // 2 + 20, w // 10:w // 5].mean() > 170, "the sheet itself is light"
    assert image[:, w // 4:3 * w // 4].min() < 70, "the print stays dark: legible"
    inquiry = renderer("court_m")("online_inquiry_result", c, random.Random(5), [])[0]
    assert court_m_capture.plan_capture(random.Random(2), inquiry).rotation in (90, 270), "the landscape printout lay sideways"


def test_the_parties_papers_are_phone_photos_with_the_desk_or_bed_around_them() -> None:
    c = case_of("court_m_01")
    attorney = renderer("court_m")("power_of_attorney", c, random.Random(5), [])[0]
    assert isinstance(attorney, MSheet) and attorney.kind == "photo" and c.agent in text_of([attorney])
    cap = court_m_capture.plan_capture(random.Random(4), attorney)
    cap.rotation, cap.long_px = 0, 1600
    assert cap.kind == "phone" and cap.photo
    rgb = np.asarray(Image.open(io.BytesIO(court_m_capture.capture(attorney, cap, random.Random(4)))).convert("RGB"), np.float32)
    h, w = rgb.shape[:2]
    border = np.concatenate([rgb[:h // 30].reshape(-1, 3), rgb[-h // 30:].reshape(-1, 3)])
    assert border.mean() < 200, "the ground shows round the sheet"
    assert rgb[h // 2, w // 4:3 * w // 4].max() > 150 and rgb[h // 3:2 * h // 3, w // 4:3 * w // 4].min() < 90


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("court_m")
    build_corpus(out, seed=3, small=True, only=[OURS[2].name], workers=1)
    return out


def test_a_small_build_gives_every_page_its_truth(built: Path) -> None:
    index = json.loads((built / "index.json").read_text(encoding="utf-8"))
    assert [d["family"] for d in index["dossiers"]] == ["court_m"] and "court_m" in index["families"]
    truth = GroundTruth.load(built / OURS[2].name)
    assert len(truth.pages) >= 8
    for page in truth.pages:
        assert page.family == "court_m" and page.doc_type in handles("court_m") | NOT_CONTENT
        assert page.dpi is not None and 100 <= page.dpi <= 200 and page.rotation in (0, 90, 180, 270)
    labelled = [p for p in truth.pages if p.doc_type not in NOT_CONTENT]
    assert labelled[0].doc_type == "enforcement_application" and labelled[0].photo
    assert "强制执行申请书" in (labelled[0].text or "")
