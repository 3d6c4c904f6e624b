"""court_dn (青海省西宁市城西区人民法院): three dossiers of the 西宁 district. A 牦牛肉 processor enforces 西宁中院's 二审
judgment against a restaurant-supply company: a small deposit deducted (the bank's 协助扣划回执), nothing else, 失信 and
限消, 终本, archived (cover and catalogue first, 城北法院's 生效证明书 right behind the judgment). A lender enforces this
court's 民事调解书 for a private loan; the borrower pays her directly (a handwritten 收条, photographed). A car rental
company enforces this court's judgment against a renter (the 车管所's reply), paid in full — without the 财产线索表.
Own papers are born-digital exports with a Tibetan–Chinese head; inserts are watermarked grey scans; phone photos lie sideways."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.families import court_dn_capture as cap
from dossier.corpus.families.court_dn import made_on, render
from dossier.corpus.families.court_dn_kit import COURT_BO
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_dn_seqs_lie_in_its_range() -> None:
    ps = family_plans("court_dn")
    assert len(ps) == 3 and all(52300 <= p.seq <= 52550 for p in ps)
    assert all(p.name.startswith(f"court_dn_0{i}_") for i, p in enumerate(ps, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_dn_01", "court_dn_02", "court_dn_03"):
        c = case_of(prefix)
        assert "青0104执52" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    yak, loan, car = case_of("court_dn_01"), case_of("court_dn_02"), case_of("court_dn_03")
    basis = text_of(render("enforcement_basis", yak, random.Random(0), []))
    assert "青海省西宁市中级人民法院" in basis and "驳回上诉，维持原判" in basis and "牦牛肉" in basis
    assert "青海省西宁市城北区人民法院" in text_of(render("effectiveness_certificate", yak, random.Random(0), []))
    bank = render("assistance_notice", yak, random.Random(0), [])
    assert bank[-1].starts_document and "协助扣划存款回执" in text_of(bank[-1:])
    assert "民事调解书" in text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "收　条" in text_of(render("payment_voucher", loan, random.Random(0), []))
    inquiry = render("online_inquiry_result", car, random.Random(0), [])
    assert "车辆管理所" in text_of(inquiry[-1:]) and car.extra["plate"] in text_of(inquiry)
    ttr = text_of(render("termination_this_round_ruling", yak, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    head = render("enforcement_notice", car, random.Random(0), [])[0]
    assert COURT_BO in head.lines and "青海省西宁市城西区人民法院" in head.lines
    card = text_of(render("identity_proof", loan, random.Random(0), []))
    assert loan.applicant.id_number in card and "居民身份证" in card


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_dn_01", "court_dn_02", "court_dn_03"):
        c = case_of(prefix)
        p = next(p for p in family_plans("court_dn") if p.name.startswith(prefix))
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _shot(code: str, prefix: str, seed: int) -> tuple[cap.Export, np.ndarray]:
    sheet = render(code, case_of(prefix), random.Random(0), [])[0]
    plan = cap.plan_capture(random.Random(seed), sheet)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img)


def test_own_papers_are_clean_exports_and_inserts_grey_watermarked_scans() -> None:
    plan, a = _shot("acceptance_notice", "court_dn_02", 1)
    assert plan.kind == "born" and plan.rotation == 0 and a.ndim == 3
    assert np.percentile(a, 50) >= 250, "born digital: white paper"
    plan, g = _shot("law_firm_letter", "court_dn_02", 1)
    assert plan.kind == "scan" and plan.dpi == 150 and g.ndim == 2
    paper = np.percentile(g, 60)
    assert 205 < paper < 240, "light grey background"
    h, w = g.shape
    band = g[h - 600:h - 300, 100:w - 100]
    assert (band < paper - 8).mean() > 0.01, "the diagonal watermark darkens the empty lower part"


def test_phone_photos_are_stored_sideways() -> None:
    plan, a = _shot("payment_voucher", "court_dn_02", 2)
    assert plan.photo and plan.rotation == 90
    assert a.shape[1] > a.shape[0], "portrait paper stored landscape"


def test_the_lender_photographed_her_bilingual_card_copy() -> None:
    loan = case_of("court_dn_02")
    sheet = render("identity_proof", loan, random.Random(0), [])[0]
    assert cap.plan_capture(random.Random(0), sheet).photo
    assert "藏" in sheet.lines and loan.applicant.id_number in sheet.lines
