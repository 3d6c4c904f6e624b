"""court_bl (广东省深圳市福田区人民法院, held out): 深圳's CBD court. A 华强北 component distributor enforces a
深圳中院 二审 judgment on unpaid 货款 and is paid after a settlement; a 香港 payments company enforces a 深圳国际仲裁院
award for service fees against a 前海 fintech, paid and archived, its 商業登記證 copy and its 委托书 attested by a
中国委托公证人 among the papers; a 民间借贷 调解书 of this court ends in 终本 without its 限制消费令. The parties'
papers were scanned by their lawyers with a phone app (auto-crop snapping to a form's box or leaving the desk, auto-
rotate 90° off, "magic colour" paling seals); the court's own went through its ADF."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.families import court_bl, court_bl_capture
from dossier.corpus.families.court_bl_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_seqs_are_in_the_family_range() -> None:
    assert all(36000 <= p.seq <= 36999 for p in family_plans("court_bl"))
    assert MISSING == "consumption_restriction_order"


def test_the_stories_are_of_futian() -> None:
    parts = case_of("court_bl_01")
    assert parts.basis_court == "广东省深圳市中级人民法院" and "粤03民终" in parts.basis_number
    assert "华强北" in parts.applicant.address
    fees = case_of("court_bl_02")
    assert fees.basis_court == "深圳国际仲裁院" and "香港" in fees.applicant.name
    loan = case_of("court_bl_03")
    assert loan.extra["cause"] == "民间借贷纠纷" and loan.respondent.kind == "person"
    assert all(c.number.startswith("（2024）粤0304执") for c in (parts, fees, loan))


def test_ids_are_valid() -> None:
    parts, fees, loan = case_of("court_bl_01"), case_of("court_bl_02"), case_of("court_bl_03")
    assert check_credit_code(parts.applicant.id_number) is None and check_credit_code(fees.respondent.id_number) is None
    assert check_id_number(loan.respondent.id_number) is None and check_id_number(loan.applicant.id_number) is None
    assert fees.applicant.id_number == "" and len(fees.extra["br_no"]) == 8, "a 香港 company has no mainland code"


def test_the_applicants_receipts_are_electronic_the_respondents_signed() -> None:
    parts = case_of("court_bl_01")
    e = text_of(court_bl.render("service_receipt", parts, random.Random(1), ["acceptance_notice"]))
    assert "电子送达凭证" in e and "受理执行案件通知书" in e
    paper = text_of(court_bl.render("service_receipt", parts, random.Random(1), ["enforcement_notice", "property_report_order"]))
    assert "送达回证" in paper and "报告财产令" in paper and parts.respondent.name in paper


def test_the_hong_kong_papers_are_in_traditional_script() -> None:
    fees = case_of("court_bl_02")
    licence = text_of(court_bl.render("identity_proof", fees, random.Random(3), []))
    assert "商業登記證" in licence and "登記" in licence
    poa = court_bl.render("power_of_attorney", fees, random.Random(3), [])
    assert len(poa) == 2 and "中國委託公證人" in text_of(poa[1:]) and poa[1].page_of == (2, 2)


def test_rulings_are_titled_and_say_what_they_do() -> None:
    loan = case_of("court_bl_03")
    t = text_of(court_bl.render("termination_this_round_ruling", loan, random.Random(1), []))
    assert "执行裁定书" in t and "终结本次执行程序" in t


def _grey(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("L"), dtype=np.float32)


def test_phone_app_crop_cuts_the_title_but_keeps_the_form() -> None:
    c = case_of("court_bl_01")
    sheet = court_bl.render("payment_account_confirmation", c, random.Random(2), [])[0]
    cap = court_bl_capture.BLCapture(dpi=200, rotation=0, photo=True, skew=0.0, quality=75, crop=True)
    im = Image.open(io.BytesIO(court_bl_capture.capture(sheet, cap, random.Random(0))))
    assert im.size[1] < sheet.height * 0.75, "the title above the box is cut off"
    g = _grey(court_bl_capture.capture(sheet, cap, random.Random(0)))
    assert (g < 110).mean() > 0.01, "the form's lines and fills stay dark"


def test_desk_strip_rotation_and_magic_colour_are_measurable() -> None:
    c = case_of("court_bl_02")
    sheet = court_bl.render("enforcement_application", c, random.Random(2), [])[0]
    desk = court_bl_capture.BLCapture(dpi=200, rotation=90, photo=True, skew=0.0, quality=70, desk=0.15,
                                      desk_side="left")
    im = Image.open(io.BytesIO(court_bl_capture.capture(sheet, desk, random.Random(0))))
    assert im.size[0] > im.size[1], "auto-rotate left it on its side"
    assert im.info["dpi"][0] == pytest.approx(200, abs=1)
    rgb = np.asarray(im.convert("RGB"), dtype=np.float32)
    top = rgb[: int(rgb.shape[0] * 0.1)]   # rotated 90° clockwise: the left strip is now at the top
    assert top[..., 0].mean() - top[..., 2].mean() > 30, "a brown desk strip"
    seal_sheet = court_bl.render("law_firm_letter", c, random.Random(2), [])[0]
    plain = court_bl_capture.BLCapture(dpi=200, rotation=0, photo=True, skew=0.0, quality=80)
    magic = court_bl_capture.BLCapture(dpi=200, rotation=0, photo=True, skew=0.0, quality=80, magic=True)

    def red(cap: court_bl_capture.BLCapture) -> float:
        a = np.asarray(Image.open(io.BytesIO(court_bl_capture.capture(seal_sheet, cap, random.Random(0)))).convert("RGB"),
                       dtype=np.float32)
        return float(((a[..., 0] - a[..., 1]) > 90).mean())

    assert red(magic) < red(plain) * 0.5, "magic colour pales the seal"


def test_court_pages_come_off_the_adf_and_party_pages_off_the_phone() -> None:
    c = case_of("court_bl_03")
    rng = random.Random(5)
    own = [court_bl_capture.plan_capture(rng, court_bl.render("enforcement_notice", c, rng, [])[0]) for _ in range(30)]
    party = [court_bl_capture.plan_capture(rng, court_bl.render("service_address_confirmation", c, rng, [])[0])
             for _ in range(60)]
    assert all(200 <= k.dpi <= 300 and not k.photo and k.rotation in (0, 180) for k in own)
    assert all(k.photo and abs(k.skew) <= 3 and 50 <= k.quality <= 80 for k in party)
    assert not any(k.mark for k in own) and any(k.mark for k in party)
    assert any(k.crop for k in party) and any(k.rotation in (90, 270) for k in party) and any(k.magic for k in party)
