"""court_cj: 四川省绵阳市涪城区人民法院's enforcement bureau, drawn blind. A 劳务分包 team leader's 绵阳仲裁委员会 award
against a 涪城 builder is paid out of the shop rent a tenant owed the builder and archived (cover and catalogue first,
the 仲裁委's 生效证明 behind the award, review form and remarks sheet last); an electronics parts trader's 支付令
against an assembler near the 长虹 works ends by 终结本次执行程序 after a visit to its idle plant, whose 调查笔录 the
officer kept as a still from the 执法记录仪; a steel trader's 绵阳中院 二审 judgment ends by 终本 too, but its volume
lacks the 网络查控 printout. Field papers are body-cam stills (wide lens, sun and shade, burnt-in time and device);
the rest went through a phone's document mode."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_cj, court_cj_capture
from dossier.corpus.families.court_cj_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)

F = "court_cj"


def test_court_cj_defective_dossier_lacks_what_its_plans_name() -> None:
    assert MISSING == "online_inquiry_result"


def test_court_cj_seqs_lie_in_its_range_and_numbers_are_of_the_court() -> None:
    for p in family_plans(F):
        assert 75000 <= p.seq <= 75999
        c = case_of(p.name)
        assert c.number == f"（2026）川0703执{p.seq}号"


def test_court_cj_parties_carry_valid_numbers() -> None:
    for p in family_plans(F):
        c = case_of(p.name)
        for party in (c.applicant, c.respondent):
            check = check_id_number if party.kind == "person" else check_credit_code
            assert check(party.id_number) is None, (p.name, party.name, party.id_number)


def test_court_cj_bases_are_in_their_authors_words() -> None:
    award, order, appeal = (case_of(p.name) for p in family_plans(F))
    rng = random.Random(3)
    assert "绵阳仲裁委员会" in text_of(court_cj.render("enforcement_basis", award, rng, []))
    assert "特此证明" in text_of(court_cj.render("effectiveness_certificate", award, rng, []))
    assert "支付令" in text_of(court_cj.render("enforcement_basis", order, rng, []))
    assert "驳回上诉，维持原判" in text_of(court_cj.render("enforcement_basis", appeal, rng, []))
    ruling = text_of(court_cj.render("termination_this_round_ruling", order, rng, []))
    assert ruling.count("执行裁定书") == 1 and "终结" in ruling and "本次执行程序" in ruling
    assert "租金" in text_of(court_cj.render("enforcement_ruling", award, rng, []))


def _field_sheet() -> Sheet:
    c = case_of("court_cj_02")
    sheets = court_cj.render("investigation_record", c, random.Random(5), [])
    assert all(court_cj.is_field(s) for s in sheets)
    return sheets[0]


def _decode(b: bytes) -> Image.Image:
    return Image.open(io.BytesIO(b))


def test_court_cj_field_papers_are_body_cam_stills() -> None:
    sheet = _field_sheet()
    rng = random.Random(7)
    cap = court_cj_capture.plan_capture(rng, sheet)
    assert cap.body_cam and cap.photo and cap.rotation == 0 and 45 <= cap.quality <= 75
    when, tag = court_cj.field_stamp(sheet) or (None, "")
    assert cap.stamp.startswith(f"{when:%Y-%m-%d}") and cap.stamp.endswith(tag)
    img = _decode(court_cj_capture.capture(sheet, cap, rng))
    a = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = a.shape
    assert w > sheet.width * cap.dpi / 200 * 1.2, "the surroundings show round the sheet"
    corners = [a[:h // 12, :w // 12].mean(), a[-h // 12:, -w // 12:].mean()]
    assert min(corners) < 150, "the corners are surroundings or the lens's dark rim, not paper"
    middle = a[h // 3:2 * h // 3, w // 4:3 * w // 4]
    assert middle.max() > 180 and middle.min() < 90, "the page still carries dark text on light paper"


def test_court_cj_office_papers_are_document_mode_photos() -> None:
    c = case_of("court_cj_01")
    sheet = court_cj.render("enforcement_notice", c, random.Random(2), [])[0]
    assert not court_cj.is_field(sheet)
    seen = set()
    for k in range(40):
        rng = random.Random(k)
        cap = court_cj_capture.plan_capture(rng, sheet)
        assert not cap.body_cam and 150 <= cap.dpi <= 220 and abs(cap.skew) <= 3 and 45 <= cap.quality <= 75
        seen.add(cap.rotation)
    assert seen == {0, 90}
    rng = random.Random(1)
    cap = court_cj_capture.plan_capture(rng, sheet)
    cap.rotation = 0
    img = _decode(court_cj_capture.capture(sheet, cap, rng))
    assert img.info["dpi"][0] == pytest.approx(cap.dpi, abs=1)
    assert img.size[0] == pytest.approx(sheet.width * cap.dpi / 200, abs=2)
    a = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = a.shape
    assert a[h // 2 - 50:h // 2 + 50, w // 2 - 50:w // 2 + 50].max() > a[:40, :40].mean() + 5, "a light vignette"
    cap.rotation = 90
    turned = _decode(court_cj_capture.capture(sheet, cap, random.Random(1)))
    assert turned.size[0] > turned.size[1], "a landscape shot of a portrait page"


def test_court_cj_the_payment_order_dossier_holds_a_field_visit_and_a_receipt_signed_on_site() -> None:
    p = next(p for p in family_plans(F) if p.name.startswith("court_cj_02"))
    c = case_of(p.name)
    codes = [d.code for d in p.docs]
    assert "investigation_record" in codes and p.method == "terminated_this_round"
    record = text_of(court_cj.render("investigation_record", c, random.Random(0), []))
    assert "执法记录仪" in record and c.respondent.name in record
    on_site = court_cj.render("service_receipt", c, random.Random(0), ["enforcement_notice", "property_report_order"])
    assert court_cj.is_field(on_site[0])
