"""court_co: 甘肃省天水市秦州区人民法院 (甘0502), drawn blind as a held-out family.

Three files of the 秦州 bureau: a 天水仲裁委员会 award on a 花牛苹果园 流转 contract against a 果品专业合作社, its
account frozen and the money paid out (执行完毕); the court's own traffic-accident judgment against a driver with
nothing (入户调查, 车管所 and 不动产 replies, 限制消费), archived after 终本; and a 天水中院 二审 judgment for
unpaid building materials against a construction company, closed by 终本 without its 网络查控 printout. Its papers
go through the county court's old copier: dog-eared corners, staple creases, low toner, the lid left open,
a short slip lying on the next sheet."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import case_for, plans
from dossier.corpus.draw import A4, Sheet
from dossier.corpus.families import court_co, court_co_capture
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_co_seqs_lie_in_its_range():
    assert all(81000 <= p.seq <= 81999 for p in family_plans("court_co"))
    assert [p.name[:12] for p in family_plans("court_co")] == ["court_co_01_", "court_co_02_", "court_co_03_"]


def test_court_co_stories_are_told_in_their_papers():
    orchard, traffic, materials = (case_of(f"court_co_0{i}_") for i in (1, 2, 3))
    award = text_of(court_co.render("enforcement_basis", orchard, random.Random(2), []))
    assert "天水仲裁委员会" in award and "裁决如下" in award and "苹果园" in award
    assert orchard.respondent.name.endswith("果品专业合作社")
    assert traffic.respondent.kind == "person" and traffic.basis_court == "甘肃省天水市秦州区人民法院"
    judgment = text_of(court_co.render("enforcement_basis", materials, random.Random(2), []))
    assert "甘05民终" in judgment and "驳回上诉，维持原判" in judgment
    ruling = text_of(court_co.render("termination_this_round_ruling", traffic, random.Random(3), []))
    assert "执行裁定书" in ruling and "终结" in ruling and "本次执行程序" in ruling
    replies = {w: text_of(court_co.render("online_inquiry_result", traffic, random.Random(4), [w])) for w in ("车管所", "不动产")}
    assert "车辆管理所" in replies["车管所"] or "机动车" in replies["车管所"]
    assert "不动产登记中心" in replies["不动产"]
    for c in (orchard, traffic, materials):
        assert c.number.startswith("（2024）甘0502执81")
        assert check_id_number(c.applicant.id_number) is None
        bad = (check_id_number(c.respondent.id_number) if c.respondent.kind == "person"
               else check_credit_code(c.respondent.id_number))
        assert bad is None, bad


def test_court_co_receipts_come_after_what_they_serve():
    traffic = case_of("court_co_02_")
    for served in (["enforcement_notice", "property_report_order"], ["termination_this_round_ruling"],
                   ["consumption_restriction_order", "dishonest_list_decision"], ["acceptance_notice"]):
        for seed in range(4):
            sheets = court_co.render("service_receipt", traffic, random.Random(seed), served)
            assert "送达回证" in text_of(sheets)
            got = next(date(*map(int, line.split("."))) for line in sheets[0].lines
                       if re.fullmatch(r"\d{4}\.\d{1,2}\.\d{1,2}", line))
            assert got >= max(court_co._made(x, traffic) for x in served), (served, got)
            assert got <= traffic.closed_on


def test_court_co_records_are_handwritten_on_grid_paper():
    c = case_of("court_co_02_")
    sheets = court_co.render("investigation_record", c, random.Random(6), [])
    a = np.asarray(sheets[0].image, dtype=np.int16)
    reddish = (a[..., 0] - a[..., 2] > 60) & (a[..., 1] < 140)
    assert reddish.mean() > 0.005, "the 稿纸 grid is printed in red-brown"
    assert "调查笔录" in text_of(sheets)


def _captured(sheet: Sheet, **over: object) -> tuple[Image.Image, court_co_capture.CoCapture]:
    cap = court_co_capture.plan_capture(random.Random(7), sheet)
    base = dict(rotation=0, skew=0.0, lid_open=False, staple=False, corner="", toner="", blur=0.0, dpi=200)
    for k, v in {**base, **over}.items():
        setattr(cap, k, v)
    return Image.open(io.BytesIO(court_co_capture.capture(sheet, cap, random.Random(8)))), cap


@pytest.fixture(scope="module")
def ruling_sheet() -> Sheet:
    return court_co.render("enforcement_notice", case_of("court_co_01_"), random.Random(9), [])[0]


def test_court_co_capture_size_dpi_and_plan(ruling_sheet):
    img, _ = _captured(ruling_sheet, dpi=150)
    assert img.size == (round(A4[0] * 0.75), round(A4[1] * 0.75))
    assert round(img.info["dpi"][0]) == 150
    caps = [court_co_capture.plan_capture(random.Random(i), ruling_sheet) for i in range(200)]
    assert all(-3 <= c.skew <= 3 and 150 <= c.dpi <= 300 and not c.photo for c in caps)
    assert {c.rotation for c in caps} <= {0, 180}
    assert any(c.corner for c in caps) and any(c.toner for c in caps) and any(c.lid_open for c in caps)


def test_court_co_capture_defects_show_and_text_stays(ruling_sheet):
    plain = np.asarray(_captured(ruling_sheet)[0].convert("L"), dtype=np.float32)
    eared = np.asarray(_captured(ruling_sheet, corner="tr", fold=0.06)[0].convert("L"), dtype=np.float32)
    h, w = plain.shape
    leg = int(w * 0.06)
    assert eared[:leg, w - leg:].mean() < plain[:leg, w - leg:].mean() - 15, "the corner is folded"
    assert eared[:leg, w - leg:].mean() > 150, "folded over the white lid, not a black hole"
    lid = np.asarray(_captured(ruling_sheet, lid_open=True)[0].convert("L"), dtype=np.float32)
    assert lid[:, :5].mean() < 90 and lid[h // 2, w // 2 - 200:w // 2 + 200].max() > 200, "dark surround, light page"
    faded = np.asarray(_captured(ruling_sheet, toner="right", fade=0.5)[0].convert("L"), dtype=np.float32)
    right = slice(int(w * 0.7), int(w * 0.9))
    assert faded[:, right].min() > plain[:, right].min() + 20, "the right half is lighter"
    assert faded[:, right].min() < 170, "but the text stays readable"
    ink = (plain < 128).mean()
    assert 0.005 < ink < 0.2


def test_court_co_short_slip_lies_on_the_next_sheet():
    c = case_of("court_co_01_")
    slip = court_co.render("law_firm_letter", c, random.Random(10), [])[0]
    assert slip.height < A4[1] * 0.6
    img, cap = _captured(slip)
    assert cap.under and img.size == A4
    a = np.asarray(img.convert("L"), dtype=np.float32)
    edge_row = a[slip.height - 8:slip.height + 8, A4[0] // 2]
    assert edge_row.min() < 190, "the next sheet's edge shows under the slip"


def test_court_co_cases_are_the_builds():
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith("court_co_03_"))
    c = case_for(plan, random.Random(i))
    assert c.basis_court == "甘肃省天水市中级人民法院" and c.method == "terminated_this_round"
