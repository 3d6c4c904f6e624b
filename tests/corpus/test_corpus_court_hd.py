"""court_hd (江西省抚州市临川区人民法院): three dossiers of 临川. A feed mill of the 抚北 park enforces this court's judgment
against a pig farmer — his account debited, the rest settled in instalments as the hogs were sold, 执行完毕, archived
(cover and catalogue first, the 生效证明书 behind the judgment). A 油茶 cooperative's member, with a legal-aid lawyer,
enforces a 民事调解书 against the cooperative's former treasurer: nothing found, 限制消费, 失信 for his late report, the
member heard, 终本. A lender's lawyer enforces a 民间借贷 judgment against a borrower and his guarantor, who pay — without
the firm's letter. The bureau's flatbed had the wrong page size set for many sheets: Letter and B5 cut the foot (and
B5 the left strip) off an A4 sheet, A3 leaves it small in the top right corner of a field of the lid."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_hd_capture as cap
from dossier.corpus.families.court_hd import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_hd_seqs_lie_in_its_range() -> None:
    plans = family_plans("court_hd")
    assert len(plans) == 3 and all(2800 <= p.seq <= 2999 for p in plans)
    assert all(p.name.startswith(f"court_hd_0{i}_") for i, p in enumerate(plans, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_hd_01", "court_hd_02", "court_hd_03"):
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）赣1002执2[89]\d\d号", c.number), c.number
        people = [c.applicant, c.respondent, *([c.extra["guarantor"]] if "guarantor" in c.extra else [])]
        for p in people:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
            if p.kind == "person":
                assert p.id_number.startswith("361002"), "born and registered in 临川"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    feed, oil, loan = case_of("court_hd_01"), case_of("court_hd_02"), case_of("court_hd_03")
    judgment = text_of(render("enforcement_basis", feed, random.Random(0), []))
    assert "民事判决书" in judgment and "赣1002民初" in judgment and "饲料" in judgment and "生猪" in judgment
    assert "判决如下" in judgment
    mediation = text_of(render("enforcement_basis", oil, random.Random(0), []))
    assert "民事调解书" in mediation and "油茶专业合作社" in mediation and "出纳" in mediation
    assert "发生法律效力" in text_of(render("effectiveness_certificate", feed, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", oil, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    loan_basis = text_of(render("enforcement_basis", loan, random.Random(0), []))
    g = loan.extra["guarantor"]
    assert "民间借贷纠纷" in loan_basis and "连带清偿责任" in loan_basis and g.name in loan_basis
    assert g.id_number in text_of(render("identity_proof", loan, random.Random(0), ["guarantor"]))
    ruling = text_of(render("enforcement_ruling", loan, random.Random(0), []))
    assert "裁定如下" in ruling and loan.extra["g_acct"] in ruling
    deal = text_of(render("settlement_agreement", feed, random.Random(0), []))
    assert "执行和解协议" in deal and "生猪" in deal
    letter = text_of(render("law_firm_letter", oil, random.Random(0), []))
    assert "法律援助中心指派" in letter
    application = text_of(render("enforcement_application", loan, random.Random(0), []))
    assert "限制高消费" in application and "失信被执行人名单" in application


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_hd_01", "court_hd_02", "court_hd_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hd") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on


def test_the_story_runs_in_order() -> None:
    feed, oil, loan = case_of("court_hd_01"), case_of("court_hd_02"), case_of("court_hd_03")
    for c in (feed, oil, loan):
        assert c.basis_effective < c.filed_on
        assert made_on(c, "enforcement_notice") < made_on(c, "enforcement_ruling") < made_on(c, "closing_approval_form")
    assert made_on(oil, "property_report_order") < made_on(oil, "summons") < made_on(oil, "property_declaration_form")
    assert made_on(oil, "property_declaration_form") < made_on(oil, "dishonest_list_decision")
    assert (oil.closed_on - oil.filed_on).days >= 90
    assert feed.extra["debit_day"] < made_on(feed, "settlement_agreement") < feed.extra["pay_day"]
    assert made_on(feed, "payment_voucher") < made_on(feed, "closing_notice") < feed.closed_on
    assert made_on(feed, "dossier_cover") > feed.closed_on
    assert made_on(loan, "assistance_notice") < loan.extra["pay_day"] < made_on(loan, "payment_voucher")


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.SizeScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    assert img.mode == ("RGB" if plan.colour else "L")
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def _marked() -> Sheet:
    """An A4 sheet with black bands at its foot (last 15 mm) and its left edge (first 20 mm) and a block in the middle."""
    s = Sheet()
    s.lines.append("x")
    s.image.paste((0, 0, 0), (0, s.height - mm(15), s.width, s.height))
    s.image.paste((0, 0, 0), (0, 0, mm(20), s.height))
    s.image.paste((0, 0, 0), (mm(90), mm(120), mm(130), mm(160)))
    return s


def _px(v: float, dpi: int) -> int:
    return round(v / 25.4 * dpi)


def test_each_page_size_makes_its_window_and_cuts_what_lies_outside() -> None:
    quiet = {"skew": 0.0, "rotation": 0, "offset": (0.0, 0.0), "noise": 1.0, "blur": 0.0, "lid": 245.0, "colour": False}
    for setting, (w_mm, h_mm) in cap.WINDOWS.items():
        _, a = _scan(_marked(), 3, setting=setting, dpi=200, **quiet)
        assert a.shape == (_px(h_mm, 200), _px(w_mm, 200)), setting
        h, w = a.shape
        foot = a[-_px(5, 200):, w // 2].mean()
        if setting in ("Letter", "B5"):
            assert foot > 200, (setting, "the sheet's black foot lies beyond the window")
        elif setting == "A4":
            assert foot < 60
        else:  # A3: the sheet in the top-right corner, the lid's pad everywhere else
            assert a[-_px(60, 200):, :].mean() > 235 and a[:, : _px(60, 200)].mean() > 235
            x0 = w - _px(210, 200)
            assert a[_px(130, 200):_px(150, 200), x0 + _px(95, 200): x0 + _px(125, 200)].mean() < 60
        left = a[h // 4: h // 3, : _px(4, 200)].mean()
        if setting == "B5":
            assert left > 200, "B5 cut the sheet's left strip (the black band) away"
        elif setting == "Letter":
            assert left > 200, "a strip of the lid at the left of the narrower A4 sheet"
        elif setting == "A4":
            assert left < 60
    # the middle of the sheet survives every wrong setting
    for setting in ("Letter", "B5"):
        _, a = _scan(_marked(), 4, setting=setting, dpi=240, **quiet)
        cut = _px(28, 240) if setting == "B5" else 0
        assert a[_px(135, 240):_px(145, 240), _px(100, 240) - cut:_px(120, 240) - cut].mean() < 60


def test_a_sheet_turned_on_the_a3_glass_lies_sideways_in_the_corner() -> None:
    _, a = _scan(_marked(), 5, setting="A3", rotation=90, dpi=200, skew=0.0, offset=(0.0, 0.0), noise=1.0, blur=0.0,
                    lid=180.0, colour=False)
    h, w = a.shape
    assert (h, w) == (_px(420, 200), _px(297, 200))
    # turned clockwise, the sheet's left band (black) now runs along its top edge, across the A3 field's width
    assert a[_px(3, 200):_px(15, 200), w // 4: 3 * w // 4].mean() < 60
    assert abs(np.median(a[-_px(100, 200):, :]) - 180) < 12, "the grey lid below the sideways sheet"


def test_the_capture_plans_keep_to_the_theme() -> None:
    blank = Sheet()
    blank.lines.append("x")
    many = [cap.plan_capture(random.Random(s), blank) for s in range(300)]
    settings = {p.setting for p in many}
    assert settings == {"A4", "Letter", "B5", "A3"}
    wrong = sum(p.setting != "A4" for p in many)
    assert 120 < wrong < 220, "many sheets went through at the wrong size, the rest at A4"
    assert all(200 <= p.dpi <= 300 and not p.photo and 50 <= p.quality <= 85 and abs(p.skew) <= 1.1 for p in many)
    assert {p.rotation for p in many} == {0, 90, 180, 270}
    assert all(p.setting == "A3" for p in many if p.rotation in (90, 270)), "only the A3 window holds a sideways sheet"
    assert sum(p.rotation != 0 for p in many) < 40
