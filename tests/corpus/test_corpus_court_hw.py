"""court_hw (辽宁省盘锦市双台子区人民法院): three dossiers of 盘锦. A 盘锦大米 wholesaler enforces this court's sale judgment
against a supermarket chain's operator — its car seized, appraised, sold by 网络司法拍卖, the proceeds paid out, archived
(cover and catalogue first, the 生效证明书 behind the judgment). A 辽河油田 subcontractor enforces a 盘锦市中级人民法院
first-instance judgment assigned to this court — settled, paid in three instalments, a bank receipt for each. A downstairs
neighbour enforces a water-leak judgment against a flat owner with nothing to seize — 限制消费令, inquiries, 终本, and
the applicant never heard. Every page went through the bureau's ADF: tape mends with glare and yellowed edges, yellow
sticky notes over a corner, dog-ears, the same thin coloured streaks at the same x, a skew of its own per sheet."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from decimal import Decimal

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_hw_capture as cap
from dossier.corpus.families.court_hw import made_on, render, ruling_day
from dossier.corpus.families.court_hw_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_hw_01", "court_hw_02", "court_hw_03")


def test_court_hw_seqs_lie_in_its_range_and_its_names_count_up() -> None:
    plans = family_plans("court_hw")
    assert len(plans) == 3 and all(8900 <= p.seq <= 8999 for p in plans)
    assert all(p.name.startswith(f"court_hw_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.complete for p in plans] == [True, True, False]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）辽1102执89\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    leak = case_of("court_hw_03")
    assert leak.applicant.kind == leak.respondent.kind == "person"
    assert leak.applicant.address[:-5] == leak.respondent.address[:-5], "neighbours in the same stairwell"


def test_the_rice_case_goes_from_seizure_to_auction_to_payout() -> None:
    c = case_of("court_hw_01")
    judgment = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "民事判决书" in judgment and "辽1102民初" in judgment and "盘锦大米" in judgment
    seize, auction, confirm = (re.sub(r"第\d+页（共\d+页）", "", text_of(render("enforcement_ruling", c, random.Random(0), n)))
                               for n in ([], ["auction"], ["confirm"]))
    for ruling in (seize, auction, confirm):
        assert "执行裁定书" in ruling and c.extra["car"]["plate"] in ruling and "裁定如下" in ruling
    assert "网络司法拍卖" in auction and "评估" in auction
    assert "所有权" in confirm and c.extra["buyer"] in confirm
    assert ruling_day(c, "") < ruling_day(c, "auction") < ruling_day(c, "confirm") < made_on(c, "payment_voucher")
    assert made_on(c, "payment_voucher") < made_on(c, "closing_notice") < c.closed_on
    payout = text_of(render("payment_voucher", c, random.Random(0), []))
    assert "案款发放凭证" in payout and f"{c.amount:,.2f}" in payout
    assert c.extra["sold"] > c.amount + c.extra["fee"], "the sale covers the debt and the fee"
    assert "辽宁省政府非税收入" in text_of(render("fee_receipt", c, random.Random(0), []))


def test_the_oil_case_is_an_intermediate_courts_judgment_paid_in_three_instalments() -> None:
    c = case_of("court_hw_02")
    judgment = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "盘锦市中级人民法院" in judgment and "辽11民初" in judgment and "民事判决书" in judgment
    assert "指定" in text_of(render("acceptance_notice", c, random.Random(0), []))
    deal = text_of(render("settlement_agreement", c, random.Random(0), []))
    assert "执行和解协议" in deal
    parts = c.extra["instalments"]
    assert len(parts) == 3 and sum((amt for _, amt in parts), Decimal(0)) == c.amount
    signed = made_on(c, "settlement_agreement")
    days = [d for d, _ in parts]
    assert signed <= days[0] < days[1] < days[2] < made_on(c, "closing_notice")
    for k, (day, amt) in enumerate(parts, 1):
        assert f"{amt:,.2f}" in deal
        slip = text_of(render("payment_voucher", c, random.Random(k), [str(k)]))
        assert "中国建设银行" in slip and f"{amt:,.2f}" in slip and f"{day:%Y年%m月%d日}" in slip
        assert f"第{'一二三'[k - 1]}期" in slip


def test_the_leak_case_ends_in_termination_without_hearing_the_applicant() -> None:
    c = case_of("court_hw_03")
    plan = family_plans("court_hw")[2]
    codes = [d.code for d in plan.docs]
    assert MISSING == "interview_record" and MISSING not in codes
    assert "consumption_restriction_order" in codes and "online_inquiry_result" in codes
    ruling = text_of(render("termination_this_round_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ruling and "终结本次执行程序。" in ruling and "约谈" not in ruling
    assert (c.closed_on - c.filed_on).days >= 90
    order = text_of(render("consumption_restriction_order", c, random.Random(0), []))
    assert "限制消费令" in order and c.respondent.id_number in order
    # the report came late: the declaration is signed after the five days the order gave, hence the 失信 decision
    assert (made_on(c, "property_declaration_form") - made_on(c, "property_report_order")).days > 10
    assert "逾期报告" in text_of(render("dishonest_list_decision", c, random.Random(0), []))
    assert "已抵押" in text_of(render("online_inquiry_result", c, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hw") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _strip() -> Sheet:
    s = Sheet(size=(mm(180), mm(140)))  # a strip of a page is enough to measure, and quick
    s.lines.append("x")
    return s


def _quiet(seed: int, **change: object) -> cap.AdfScan:
    plan = cap.plan_capture(random.Random(seed), _strip())
    plan.tapes, plan.note, plan.dog_ear, plan.skew, plan.rotation, plan.blur = [], None, None, 0.0, 0, 0.0
    plan.mode, plan.noise = "colour", 1.0
    for k, v in change.items():
        setattr(plan, k, v)
    return plan


def _scan(sheet: Sheet, plan: cap.AdfScan, seed: int = 0) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def test_the_dirty_glass_draws_the_same_thin_coloured_streaks_on_every_page() -> None:
    for seed, dpi in ((1, 200), (2, 300), (3, 150)):
        a = _scan(_strip(), _quiet(seed, dpi=dpi, streaks=[1.0, 1.0, 1.0]))
        grey = a.mean(axis=2)
        paper = float(np.median(grey))
        for x_mm, keep in cap.STREAKS:
            x = cap.px(x_mm, dpi)
            col = a[:, x]
            assert grey[:, x].mean() < paper - 25, (dpi, x_mm, "a line the whole height")
            assert grey[: a.shape[0] // 8, x].mean() < paper - 20 and grey[-a.shape[0] // 8:, x].mean() < paper - 20
            assert abs(grey[:, x + cap.px(3, dpi)].mean() - paper) < 6, "thin: paper three mm beside it"
            dropped = int(np.argmin(keep))
            if max(keep) - min(keep) > 0.1:
                assert col[:, dropped].mean() < col[:, int(np.argmax(keep))].mean() - 15, "coloured, not grey"
    clean = _scan(_strip(), _quiet(4, dpi=200, streaks=[0.0, 0.0, 0.0])).mean(axis=2)
    assert clean[:, cap.px(cap.STREAKS[0][0], 200)].mean() > np.median(clean) - 6


def test_a_tape_mend_glares_and_its_edges_are_yellowed() -> None:
    s = _strip()
    for y in range(mm(40), mm(100), mm(6)):  # lines of "text" under the tape, the right of the strip left bare
        s.image.paste((20, 20, 20), (mm(10), y, mm(120), y + mm(2.5)))
    tape = cap.Tape(y=0.5, angle=0.0, width_mm=20.0, x0=0.0, x1=1.0, glare=[0.0])
    a = _scan(s, _quiet(5, dpi=200, tapes=[tape], streaks=[0.0, 0.0, 0.0]))
    h = a.shape[0]
    half = cap.px(20.0, 200) / 2
    mid, bare = a[int(h / 2) - 3: int(h / 2) + 3], a[mm(40): mm(60)]
    ink_bare = np.percentile(bare.mean(axis=2), 5)
    ink_glare = np.percentile(mid.mean(axis=2), 5)
    assert ink_glare > ink_bare + 80, "the glare washes out the text under it"
    edge = a[int(h / 2 - half) - 2: int(h / 2 - half) + 3, mm(130): mm(170)]
    r, b = edge[..., 0].mean(), edge[..., 2].mean()
    assert r - b > 18, "the tape's edges yellowed"
    away = a[mm(112): mm(125), mm(20): mm(160)]
    assert abs(away[..., 0].mean() - away[..., 2].mean()) < 15, "paper off the tape keeps its colour"


def test_a_sticky_note_covers_a_corner_in_yellow_with_a_handwritten_reminder() -> None:
    note = cap.Note(corner="tr", size_mm=51.0, angle=0.0, text="周五前送达", ink=(25, 25, 30), inset_mm=(4.0, 4.0))
    a = _scan(_strip(), _quiet(6, dpi=200, note=note, streaks=[0.0, 0.0, 0.0]))
    w = a.shape[1]
    corner = a[mm(8): mm(50), w - mm(50): w - mm(8)]
    yellow = (corner[..., 0] > 200) & (corner[..., 1] > 180) & (corner[..., 2] < 150)
    assert yellow.mean() > 0.6, "the note's yellow over the corner"
    assert (corner.mean(axis=2) < 90).mean() > 0.01, "a reminder written on it"
    other = a[mm(8): mm(50), mm(8): mm(50)]
    assert (other[..., 2] < 150).mean() < 0.01, "the other corner is bare paper"


def test_a_dog_ear_folds_the_corner_over_onto_the_page() -> None:
    s = _strip()
    s.image.paste((20, 20, 20), (0, 0, s.width, s.height))  # a page printed black, so the flap's paper back shows
    a = _scan(s, _quiet(7, dpi=200, dog_ear=("br", 30.0), streaks=[0.0, 0.0, 0.0])).mean(axis=2)
    h, w = a.shape
    leg = cap.px(30.0, 200)
    tip = a[h - leg // 4: h - 2, w - leg // 4: w - 2]
    assert abs(np.median(tip) - cap.BACKING) < 15, "the corner folded away: the backing shows"
    flap = a[h - leg + leg // 8: h - leg + leg // 4, w - leg + leg // 8: w - leg + leg // 4]
    assert np.median(flap) > 200, "the blank back of the paper lies over the print"
    assert np.median(a[h // 3: h // 2, w // 3: w // 2]) < 60, "the rest of the page as printed"


def test_each_sheet_goes_in_at_its_own_slight_skew_at_150_to_300_dpi() -> None:
    blank = _strip()
    planned = [cap.plan_capture(random.Random(s), blank) for s in range(120)]
    skews = [p.skew for p in planned]
    assert all(abs(x) <= 1.3 for x in skews) and np.std(skews) > 0.4
    assert {p.dpi for p in planned} <= {150, 200, 240, 300} and {150, 300} <= {p.dpi for p in planned}
    assert 5 < sum(p.note is not None for p in planned) < 35
    assert 5 < sum(p.dog_ear is not None for p in planned) < 40
    assert 5 < sum(bool(p.tapes) for p in planned) < 45
    assert 90 < sum(p.rotation == 0 for p in planned) < 120 and not any(p.photo for p in planned)
    a = _scan(blank, _quiet(8, dpi=200, skew=1.2, streaks=[0.0, 0.0, 0.0])).mean(axis=2)
    w = a.shape[1]
    assert a.shape == (round(blank.height), round(blank.width))
    corners = [a[:4, 2: mm(20)], a[:4, w - mm(20): w - 2], a[-4:, 2: mm(20)], a[-4:, w - mm(20): w - 2]]
    assert sum(np.median(k) < cap.BACKING + 20 for k in corners) == 2, "the black backing in the skewed sheet's corners"
    turned = cap.plan_capture(random.Random(8), blank)
    turned.rotation = 90
    img = Image.open(io.BytesIO(cap.capture(blank, turned, random.Random(0))))
    assert img.width == round(blank.height * turned.dpi / 200) and img.height == round(blank.width * turned.dpi / 200)
