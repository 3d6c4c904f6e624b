"""court_gn (广东省肇庆市端州区人民法院): three dossiers of 肇庆. A mother enforces the child-support and property-division
parts of this court's divorce judgment against a 星湖 tour-boat operator, who pays three monthly instalments under a
settlement — the bank's dot-matrix 进账单 pasted in, the cashier's 案款收据 — 执行完毕, archived (cover and catalogue
first, the family division's 生效证明书 behind the judgment). A 端砚 gallery enforces its judgment for consigned
inkstones against a souvenir company whose scenic-area shops have closed: 限制消费, 失信, the gallery heard, 终本. A 高要
laundry enforces 肇庆仲裁委员会's award against a 星湖 hotel company, debited on the court's notice — without the account
confirmation. The bureau prints in greyscale on a laser (its tones screened), the MFP scans to e-mail (moiré, 4:2:0)."""

from __future__ import annotations

import io
import random
import re
from dataclasses import replace
from datetime import date
from typing import Any

import cv2
import numpy as np
from PIL import Image, JpegImagePlugin

from dossier.corpus.draw import Sheet, hand, mm
from dossier.corpus.families import court_gn_capture as cap
from dossier.corpus.families.court_gn import made_on, render
from dossier.corpus.families.court_gn_kit import Head, LaserSheet, Sideways, printed
from dossier.corpus.families.court_gn_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_gn_seqs_lie_in_its_range_and_name_its_dossiers_in_order() -> None:
    plans = family_plans("court_gn")
    seqs = [p.seq for p in plans]
    assert len(seqs) == 3 and all(50600 <= s <= 50999 for s in seqs)
    assert all(p.name.startswith(f"court_gn_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.stage for p in plans] == ["archive", "closing", "closing"]
    assert plans[1].method == "terminated_this_round" and not plans[2].complete
    assert MISSING not in {d.code for d in plans[2].docs}


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_gn_01", "court_gn_02", "court_gn_03"):
        c = case_of(prefix)
        assert "粤1202执50" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    support = case_of("court_gn_01")
    assert support.applicant.kind == support.respondent.kind == "person"
    assert support.applicant.id_number[:6] == "441202" and support.respondent.id_number[:6] == "441203"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    support, ink, linen = case_of("court_gn_01"), case_of("court_gn_02"), case_of("court_gn_03")
    divorce = text_of(render("enforcement_basis", support, random.Random(0), []))
    assert "民事判决书" in divorce and "粤1202民初" in divorce and "抚养费" in divorce and support.extra["boat"] in divorce
    assert "发生法律效力" in text_of(render("effectiveness_certificate", support, random.Random(0), []))
    deal = text_of(render("settlement_agreement", support, random.Random(0), []))
    assert "执行和解协议" in deal and "第3期" in deal and "游船" in deal
    inkstone = text_of(render("enforcement_basis", ink, random.Random(0), []))
    assert "行纪合同" in inkstone and "端砚" in inkstone and "七星岩" in inkstone
    ttr = text_of(render("termination_this_round_ruling", ink, random.Random(0), []))
    assert "终结本次执行程序" in ttr and "失信被执行人名单" in ttr
    assert "约谈笔录" in text_of(render("interview_record", ink, random.Random(0), []))
    award = text_of(render("enforcement_basis", linen, random.Random(0), []))
    assert "肇庆仲裁委员会" in award and "肇仲字" in award and "布草" in award and "裁决书" in award
    assert "生效" in text_of(render("effectiveness_certificate", linen, random.Random(0), []))


def test_the_money_papers_are_typed_by_dot_matrix_and_dated_in_order() -> None:
    support, linen = case_of("court_gn_01"), case_of("court_gn_03")
    deal = made_on(support, "settlement_agreement")
    days = [d for d, _ in support.extra["instalments"]]
    assert deal < days[0] < days[1] < days[2] < made_on(support, "payment_voucher") < support.closed_on
    assert sum(a for _, a in support.extra["instalments"]) == support.amount
    slips = render("payment_voucher", support, random.Random(0), [])
    assert len(slips) == 2 and slips[1].starts_document
    typed = text_of(slips[:1])
    assert typed.count("进账单（回　单）") == 3 and all(f"{d.month:02d}" in typed for d in days)
    assert "案款收据" in text_of(slips[1:]) and "进账单（收账通知）" in text_of(slips[1:])
    debit = text_of(render("payment_voucher", linen, random.Random(0), []))
    assert "特种转账借方传票" in debit and linen.extra["r_acct"] in debit
    assert linen.extra["debited"] < made_on(linen, "payment_voucher") < linen.closed_on
    fee = render("fee_receipt", linen, random.Random(0), [])[0]
    assert "广东省法院诉讼费收据" in text_of([fee]) and fee.width > fee.height  # a slip, not an A4 page


def test_a_dot_matrix_character_is_a_matrix_of_separate_dots_set_off_its_box() -> None:
    rng = random.Random(4)
    s = Sheet(size=(mm(60), mm(30)))
    head = Head.for_form(rng, 0, 0, carbon=False, pins=16)
    head.type(s, mm(10), mm(10), "肇", rng)
    grey = np.asarray(s.image.convert("L"))
    ink = (grey < 160).astype(np.uint8)
    n, _labels = cv2.connectedComponents(ink)
    assert n > 25, "the strokes are rows of dots, not solid lines"
    ys, xs = np.nonzero(ink)
    assert xs.min() > mm(10) and ys.min() < mm(10), "the pass sits right of and above where the form wants it"
    copy = Sheet(size=(mm(60), mm(30)))
    Head.for_form(rng, 0, 0, carbon=True, pins=24).type(copy, mm(10), mm(10), "庆", rng)
    rgb = np.asarray(copy.image, dtype=np.int16)
    dots = rgb[rgb.sum(axis=2) < 600]
    assert len(dots) and (dots[:, 2] - dots[:, 0]).mean() > 40, "a carbonless copy's impression is blue"


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_gn_01", "court_gn_02", "court_gn_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gn") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _grey_page() -> LaserSheet:
    s = LaserSheet(size=(mm(120), mm(90)))
    s.draw.rectangle((mm(10), mm(10), mm(110), mm(80)), fill=(196, 196, 196))
    s.lines.append("x")
    return s


def _shot(sheet: Sheet, seed: int, **change: Any) -> tuple[cap.MfpScan, Image.Image]:
    plan = replace(cap.plan_capture(random.Random(seed), sheet), **change)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    return plan, img


def test_the_laser_screens_its_tones_and_the_scan_beats_against_the_screen() -> None:
    page = _grey_page()
    dots = cap.screened(page, cap.plan_capture(random.Random(1), page))
    tone = dots[mm(20) * cap.UP: mm(70) * cap.UP, mm(20) * cap.UP: mm(100) * cap.UP]
    assert set(np.unique(np.round(tone / 50))) >= {0.0, 5.0} and tone.std() > 60, "toner dots, not a flat grey"

    def beat(dpi: int) -> float:
        _, img = _shot(page, 2, dpi=dpi, skew=0.0, noise=0.0, lpi=106.0, angle=45.0)
        a = np.asarray(img.convert("L"), dtype=np.float32)
        k = dpi / 200
        inner = a[int(mm(25) * k): int(mm(65) * k), int(mm(25) * k): int(mm(95) * k)]
        return float(cv2.GaussianBlur(inner, (0, 0), dpi / 60).std())  # what is left at a few mm: moiré

    assert beat(150) > 2.0 * beat(300), "sampled at 150 dpi the screen beats into visible bands"
    plain = Sheet(size=page.size)
    plain.image = page.image.copy()
    plain.lines.append("x")
    p, img = _shot(plain, 2, dpi=150, skew=0.0, noise=0.0)
    assert not p.laser and np.asarray(img.convert("L"))[60:300, 60:500].std() < 4, "other makers' pages are not screened"


def test_ink_on_a_printed_form_is_not_screened_and_smears_in_chroma() -> None:
    page = _grey_page()
    printed(page)
    hand(page, mm(15), mm(30), "已发放", random.Random(0), size=120, ink=(30, 50, 170))
    _, img = _shot(page, 3, dpi=200, skew=0.0)
    rgb = np.asarray(img.convert("RGB"), dtype=np.int16)
    assert ((rgb[..., 2] - rgb[..., 0]) > 60).sum() > 500, "the ballpoint stays blue over the screened grey"
    assert JpegImagePlugin.get_sampling(img) == 2, "4:2:0"


def test_capture_plans_keep_to_the_theme() -> None:
    page, wide = _grey_page(), Sideways(size=(mm(150), mm(100)))
    wide.lines.append("x")
    plans = [cap.plan_capture(random.Random(s), page) for s in range(120)]
    assert {p.dpi for p in plans} == {150, 200, 300} and sum(p.dpi == 300 for p in plans) < 30
    assert all(40 <= p.quality <= 75 and abs(p.skew) < 1.0 and p.rotation == 0 and not p.photo for p in plans)
    turned, img = _shot(wide, 5, dpi=150)
    assert turned.rotation in (90, 270) and img.height > img.width, "the landscape list comes out turned a quarter"
    assert img.info["dpi"][0] == 150 and img.width == round(wide.height * 150 / 200)
