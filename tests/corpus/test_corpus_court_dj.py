"""court_dj (吉林省吉林市船营区人民法院): three dossiers of the 松花江 district of 吉林市. A 热力 company enforces this
court's judgment for two heating seasons' 供热费 against a household; the wife writes a 情况说明 on squared paper, a
settlement follows, paid, 执行完毕. A rural commercial bank enforces 吉林中院's 二审 judgment on a guaranteed loan
against a trading company that stopped trading: the bank and the 房产交易中心 answer by fax, 丰满区法院 faxes its
生效证明, 限制消费 and 失信, 终本, archived. A building worker enforces a 劳动争议 调解书, paid — without the
财产线索登记表. Faxed papers are fax print-outs (204×98 dpi, 1-bit, lost lines); the rest went through a cheap
multifunction printer's feeder (300 dpi grey, one dust streak at the same column, lamp drift, one page fed twice)."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_dj_capture as cap
from dossier.corpus.families.court_dj import made_on, render
from dossier.corpus.families.court_dj_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_dj_01", "court_dj_02", "court_dj_03")


def test_court_dj_seqs_lie_in_its_range_and_the_archive_is_in_archive_order() -> None:
    ps = family_plans("court_dj")
    assert len(ps) == 3 and all(31100 <= p.seq <= 31480 for p in ps)
    assert all(p.name.startswith(f"court_dj_0{i}_") for i, p in enumerate(ps, 1))
    archive = next(p for p in ps if p.stage == "archive")
    codes = [d.code for d in archive.docs]
    assert codes[:2] == ["dossier_cover", "catalogue"] and codes[-2:] == ["file_review_form", "remarks_sheet"]
    assert codes[codes.index("enforcement_basis") + 1] == "effectiveness_certificate"
    assert MISSING not in [d.code for d in ps[2].docs] and not ps[2].complete


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "吉0204执31" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)
    loan = case_of("court_dj_02")
    assert check_id_number(loan.extra["guarantor_id"]) is None


def test_each_story_is_drawn_in_its_makers_words() -> None:
    heat, loan, labour = (case_of(p) for p in PREFIXES)
    basis = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "吉林省吉林市中级人民法院" in basis and "驳回上诉，维持原判" in basis and "连带" in basis
    cert = render("effectiveness_certificate", loan, random.Random(0), [])
    assert "吉林省吉林市丰满区人民法院" in text_of(cert) and getattr(cert[0], "fax", False)
    assert any(line.startswith("PAGE 01/01") or "PAGE 01/01" in line for line in cert[0].lines)
    assert "供热费" in text_of(render("enforcement_basis", heat, random.Random(0), []))
    application = render("enforcement_application", heat, random.Random(0), [])
    assert heat.applicant.name in application[0].lines[0] and "热力" in heat.applicant.name
    note = text_of(render("evidence", heat, random.Random(0), []))
    assert "情况说明" in note and heat.extra["spouse"] in note
    assert "民 事 调 解 书" in text_of(render("enforcement_basis", labour, random.Random(0), [])) and "本院予以确认" in text_of(
        render("enforcement_basis", labour, random.Random(0), []))
    freeze = render("assistance_notice", loan, random.Random(0), [])
    assert freeze[-1].starts_document and getattr(freeze[-1], "fax", False)
    assert "协助冻结存款回执" in text_of(freeze[-1:])
    house = render("assistance_notice", loan, random.Random(0), ["house"])
    assert "房地产交易中心" in text_of(house[-1:]) and getattr(house[-1], "fax", False)
    ttr = text_of(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本院" in ttr and "本次执行程序" in ttr
    letter = render("evidence", labour, random.Random(0), [])
    assert getattr(letter[0], "fax", False) and labour.respondent.name in text_of(letter)
    card = text_of(render("identity_proof", labour, random.Random(0), []))
    assert "居民身份证" in card and labour.applicant.id_number in card


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix, plan in zip(PREFIXES, family_plans("court_dj"), strict=True):
        c = case_of(prefix)
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _grey(sheet: Sheet, seed: int) -> tuple[cap.FeedScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_a_fax_prints_one_bit_at_standard_resolution_with_its_header_on_top() -> None:
    sheet = render("effectiveness_certificate", case_of("court_dj_02"), random.Random(0), [])[0]
    plan, a = _grey(sheet, 3)
    assert plan.kind == "fax" and plan.dpi == 204 and plan.lost
    h, w = a.shape
    assert w == round(sheet.width * 204 / 200) and abs(h - sheet.height * 204 / 200) < 4
    mid = (a > 40) & (a < 215)
    assert mid.mean() < 0.03, "black and white only (but for JPEG's fringes)"
    top = a[: int(h * 0.02)]
    assert (top < 100).mean() > 0.005, "the sender's header line prints across the top"


def test_the_feeder_streak_sits_at_one_column_on_every_page_and_the_lamp_drifts() -> None:
    c = case_of("court_dj_03")
    pages = [render(code, c, random.Random(0), [])[0] for code in ("acceptance_notice", "payment_notice")]
    cols, papers = [], []
    for k, sheet in enumerate(pages):
        plan, a = _grey(sheet, 11 + k)
        assert plan.kind == "feeder" and plan.dpi == 300 and abs(plan.skew) < 1
        band = a[int(a.shape[0] * 0.85): int(a.shape[0] * 0.93)]  # below the text, above the footer
        profile = band.mean(axis=0)
        cols.append(int(np.argmin(profile[50:-50])) + 50)
        papers.append(float(np.median(band)))
        assert np.median(profile) - profile.min() > 30, "a dark streak down the page"
    assert abs(cols[0] - cols[1]) <= 8 and abs(cols[0] - cap.STREAK_AT * a.shape[1]) < 12
    gains = [cap.plan_capture(random.Random(s), pages[0]).gain for s in range(20)]
    assert max(gains) - min(gains) > 0.05


def test_one_page_a_volume_is_fed_twice() -> None:
    for prefix, code in zip(PREFIXES, ("settlement_agreement", "enforcement_ruling", "enforcement_notice"), strict=True):
        sheets = render(code, case_of(prefix), random.Random(0), [])
        assert getattr(sheets[0], "scanned_twice", False)
    assert not getattr(render("acceptance_notice", case_of("court_dj_01"), random.Random(0), [])[0], "scanned_twice", False)
