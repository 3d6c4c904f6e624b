"""court_eb (陕西省榆林市榆阳区人民法院): three dossiers of 榆林's coal country. A haulage company enforces a 榆林仲裁委员会
award for coal freight against a 兰炭 plant: the plant's account deducted (the bank's 回执 came back by roll fax), the
rest paid under a settlement, the money paid out over the bank counter, archived (cover and catalogue first, the
award's 生效证明 right behind it). A lender enforces the court's own 民间借贷 judgment against a former coal-mine
contractor: nothing found on the 查控 printer's strips, 限制消费 and 失信, the village visited, the applicant heard,
终本. A 横山 mutton wholesaler enforces a 调解书 against a 羊肉馆 chain that pays once frozen — without the applicant's
财产线索表. Everything goes on the bureau's grey-lidded flatbed; the thermal slips, strips and faxes have faded,
yellowed and curled first."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import A4, Sheet, mm
from dossier.corpus.families import court_eb_capture as cap
from dossier.corpus.families.court_eb import made_on, render
from dossier.corpus.families.court_eb_papers import Roll
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_eb_01", "court_eb_02", "court_eb_03")


def test_court_eb_seqs_lie_in_its_range_and_its_dossiers_are_named_in_order() -> None:
    ours = family_plans("court_eb")
    assert len(ours) == 3 and all(45000 <= p.seq <= 45999 for p in ours)
    assert all(p.name.startswith(f"court_eb_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "陕0802执45" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    haul, loan, mutton = (case_of(p) for p in PREFIXES)
    award = text_of(render("enforcement_basis", haul, random.Random(0), []))
    assert "榆林仲裁委员会" in award and "裁决如下" in award and "运费" in award
    assert "生效证明" in text_of(render("effectiveness_certificate", haul, random.Random(0), []))
    judgment = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "民事判决书" in judgment and "判决如下" in judgment and "煤矿" in judgment
    mediation = text_of(render("enforcement_basis", mutton, random.Random(0), []))
    assert "民事调解书" in mediation and "羊肉" in mediation
    ttr = render("termination_this_round_ruling", loan, random.Random(0), [])
    assert "执行裁定书" in ttr[0].lines and "终结本次执行程序。" in text_of(ttr)
    assert "决定书" in render("dishonest_list_decision", loan, random.Random(0), [])[0].lines


def test_the_thermal_papers_are_rolls_narrower_than_a4() -> None:
    haul = case_of("court_eb_01")
    pos, bill = render("fee_receipt", haul, random.Random(2), [])
    assert isinstance(pos, Roll) and pos.medium == "pos" and pos.width < mm(90)
    assert f"{haul.extra['fee']:,.2f}" in text_of([pos]) and not isinstance(bill, Roll)
    slip = render("payment_voucher", haul, random.Random(2), [])[0]
    assert isinstance(slip, Roll) and slip.medium == "counter" and haul.number in text_of([slip])
    notice, reply = render("assistance_notice", haul, random.Random(2), [])
    assert not isinstance(notice, Roll) and isinstance(reply, Roll) and reply.medium == "fax"
    assert reply.starts_document and reply.width < A4[0] and "协助执行回执" in reply.lines
    strips = render("online_inquiry_result", case_of("court_eb_02"), random.Random(2), [])
    assert all(isinstance(s, Roll) and s.medium == "printer" for s in strips) and strips[1].starts_document


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_eb") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
        assert made_on(c, "payment_voucher") > made_on(c, "enforcement_ruling")


def _scan(sheet: Sheet, seed: int) -> tuple[cap.Scan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(A4[0] * plan.dpi / 200), "every sheet comes off the A4 glass"
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def test_an_ordinary_page_is_scanned_white_and_dark_with_a_slight_skew() -> None:
    sheet = Sheet()
    sheet.draw.rectangle((mm(40), mm(100), mm(170), mm(140)), fill=(0, 0, 0))
    sheet.lines.append("x")
    plan, a = _scan(sheet, 1)
    assert not plan.thermal and 200 <= plan.dpi <= 300 and 55 <= plan.quality <= 80 and abs(plan.skew) < 1.5
    assert plan.rotation == 0 and not plan.photo
    k = plan.dpi / 200
    paper = a[int(mm(200) * k): int(mm(230) * k), int(mm(60) * k): int(mm(150) * k)]
    ink = a[int(mm(112) * k): int(mm(128) * k), int(mm(70) * k): int(mm(140) * k)]
    assert paper.mean() > 225 and ink.mean() < 50


def test_a_thermal_strip_fades_unevenly_yellows_and_lies_on_the_grey_lid() -> None:
    strip = Roll(size=(mm(80), mm(150)), medium="printer")
    strip.draw.rectangle((mm(10), 0, mm(70), mm(150)), fill=(0, 0, 0))  # a black band down the strip's length
    strip.lines.append("x")
    plan, a = _scan(strip, 5)
    assert plan.thermal and plan.curl > 0 and plan.fade_axis == 0
    h, w = a.shape[:2]
    lid = a[int(h * 0.85):, int(w * 0.7):]
    assert lid.std() < 12 and 110 < lid.mean() < 170, "the grey lid shows where the strip does not cover the glass"
    strip = Roll(size=(mm(80), mm(150)), medium="printer")
    strip.draw.rectangle((mm(10), 0, mm(70), mm(150)), fill=(0, 0, 0))
    strip.lines.append("x")
    plan = cap.plan_capture(random.Random(4), strip)
    plan.skew, plan.at, plan.blur, plan.fade_flip, plan.dpi = 0.0, (0.0, 0.0), 0.0, False, 200
    a = np.asarray(Image.open(io.BytesIO(cap.capture(strip, plan, random.Random(4)))).convert("RGB"), dtype=np.float32)
    band = a[:, mm(20): mm(60)]
    near, far = band[mm(30): mm(40)].mean(axis=(0, 1)), band[mm(110): mm(120)].mean(axis=(0, 1))
    assert near.mean() > 60, "even the best part of the print is no longer black"
    assert far.mean() > near.mean() + 25, "the far end of the strip has faded more"
    assert near[0] > near[2] + 8, "brown-grey, not neutral black"
    margin = a[mm(60): mm(90), mm(2): mm(7)].mean(axis=(0, 1))
    assert margin[0] > margin[2] + 15, "the paper has yellowed"


def test_a_fax_fades_along_its_lines_and_pen_on_a_slip_does_not_fade() -> None:
    fax = Roll(size=(mm(200), mm(120)), medium="fax")
    fax.draw.rectangle((0, mm(50), mm(200), mm(70)), fill=(0, 0, 0))
    fax.lines.append("x")
    plan = cap.plan_capture(random.Random(9), fax)
    assert plan.fade_axis == 1
    plan.skew, plan.at, plan.blur, plan.fade_flip, plan.dpi = 0.0, (0.0, 0.0), 0.0, False, 200
    a = np.asarray(Image.open(io.BytesIO(cap.capture(fax, plan, random.Random(9)))).convert("L"), dtype=np.float32)
    row = a[mm(55): mm(65)]
    assert row[:, mm(180): mm(195)].mean() > row[:, mm(5): mm(20)].mean() + 40, "one end of the lines nearly gone"
    pos = Roll(size=(mm(80), mm(120)), medium="pos")
    pos.draw.rectangle((mm(10), mm(50), mm(70), mm(70)), fill=(30, 50, 150))
    pos.lines.append("x")
    plan = cap.plan_capture(random.Random(9), pos)
    plan.skew, plan.at, plan.blur, plan.dpi = 0.0, (0.0, 0.0), 0.0, 200
    b = np.asarray(Image.open(io.BytesIO(cap.capture(pos, plan, random.Random(9)))).convert("RGB"), dtype=np.float32)
    pen = b[mm(55): mm(65), mm(20): mm(60)].mean(axis=(0, 1))
    assert pen[2] > pen[0] + 60, "the blue pen keeps its colour on faded thermal paper"
