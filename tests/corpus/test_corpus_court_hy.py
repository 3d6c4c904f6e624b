"""court_hy (福建省宁德市蕉城区人民法院): three dossiers of 蕉城. A 大黄鱼 feed maker enforces this court's judgment against
a 三都澳 fish farm — deposits frozen and deducted, paid out by wire, 执行完毕. A battery plant's subcontracted worker,
his crew's representative, enforces the 宁德市劳动人事争议仲裁委员会's wage award against a dispatch company with
nothing left — 终本, archived. A 天山绿茶 trader enforces a 民事调解书 against a tea shop's keeper, who pays at the window
— handed in without the 结案通知书. The papers are pre-printed in coloured ink (red 非税 receipt, green 电汇凭证, blue
结算票据, the court's 红头 and red-ruled forms) filled in black or blue; the flatbed's colour preset keeps them vivid."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_hy_capture as cap
from dossier.corpus.families.court_hy import made_on, render
from dossier.corpus.families.court_hy_papers import SLIP
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_hy_seqs_lie_in_its_range() -> None:
    plans = family_plans("court_hy")
    assert len(plans) == 3 and all(9100 <= p.seq <= 9199 for p in plans)
    assert all(p.name.startswith(f"court_hy_0{i}_") for i, p in enumerate(plans, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_hy_01", "court_hy_02", "court_hy_03"):
        c = case_of(prefix)
        assert "（2024）闽0902执91" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert check_credit_code(str(case_of("court_hy_03").extra["shop_code"])) is None


def test_each_story_is_drawn_in_its_makers_words() -> None:
    feed, cell, tea = case_of("court_hy_01"), case_of("court_hy_02"), case_of("court_hy_03")
    judgment = text_of(render("enforcement_basis", feed, random.Random(0), []))
    assert "民事判决书" in judgment and "闽0902民初" in judgment and "大黄鱼" in judgment and "判决如下" in judgment
    award = text_of(render("enforcement_basis", cell, random.Random(0), []))
    assert "宁德市劳动人事争议仲裁委员会" in award and "宁劳人仲案〔2023〕" in award and "裁决如下" in award
    assert "派遣" in award and "电池" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", cell, random.Random(0), []))
    mediation = text_of(render("enforcement_basis", tea, random.Random(0), []))
    assert "民事调解书" in mediation and "天山绿茶" in mediation and "经本院主持调解" in mediation
    ttr = text_of(render("termination_this_round_ruling", cell, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "工友代表" in ttr
    ruling = text_of(render("enforcement_ruling", feed, random.Random(0), []))
    assert "执行裁定书" in ruling and feed.extra["r_acct"] in ruling
    fee = text_of(render("fee_receipt", feed, random.Random(0), []))
    assert "福建省非税收入一般缴款书" in fee and f"{feed.extra['fee']:,.2f}" in fee
    paid = render("payment_voucher", tea, random.Random(0), [])
    assert len(paid) == 2 and paid[1].starts_document
    assert "资金往来结算票据" in text_of(paid[:1]) and "电汇凭证" in text_of(paid[1:])
    assert "电汇凭证" in text_of(render("payment_voucher", feed, random.Random(0), []))


def test_dates_run_in_order() -> None:
    for prefix in ("court_hy_01", "court_hy_02", "court_hy_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hy") if p.name.startswith(prefix))
        assert c.basis_effective < c.filed_on < made_on(c, "enforcement_notice") < made_on(c, "payment_voucher") <= c.closed_on
        if "paid_in" in c.extra:
            assert made_on(c, "enforcement_notice") < c.extra["paid_in"] < c.extra["paid_out"]
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _share(sheet: Sheet, colour: str) -> float:
    """The share of a sheet's pixels in saturated pre-print ink of one colour."""
    a = np.asarray(sheet.image.convert("RGB"), dtype=np.int16)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    mask = {"red": (r > 170) & (g < 90) & (b < 100), "green": (g > 100) & (r < 60) & (b < 120),
            "blue": (b > 140) & (r < 60) & (g < 120), "black": (r < 70) & (g < 70) & (b < 70)}[colour]
    return float(mask.mean())


def test_the_slips_are_preprinted_in_coloured_ink_and_filled_in_black() -> None:
    feed, tea = case_of("court_hy_01"), case_of("court_hy_03")
    fee = render("fee_receipt", feed, random.Random(0), [])[0]
    wire = render("payment_voucher", feed, random.Random(0), [])[0]
    bill = render("payment_voucher", tea, random.Random(0), [])[0]
    assert fee.size == wire.size == bill.size == SLIP
    assert _share(fee, "red") > 0.01 and _share(fee, "green") < 0.001
    assert _share(wire, "green") > 0.01 and _share(wire, "red") < _share(wire, "green")
    assert _share(bill, "blue") > 0.01
    for slip in (fee, wire, bill):
        assert _share(slip, "black") > 0.003, "the entries printed in black"


def test_the_courts_papers_carry_a_red_head_and_red_ruled_forms() -> None:
    feed = case_of("court_hy_01")
    notice = render("enforcement_notice", feed, random.Random(0), [])[0]
    a = np.asarray(notice.image.convert("RGB"), dtype=np.int16)
    red = (a[..., 0] > 170) & (a[..., 1] < 90) & (a[..., 2] < 100)
    head = red[: mm(60)].mean()
    body = red[mm(70): mm(200)].mean()
    assert head > 0.01 and body < head / 20, "the red is the pre-printed head, not the typed body"
    receipt = render("service_receipt", feed, random.Random(0), ["enforcement_notice", "property_report_order"])[0]
    assert _share(receipt, "red") > 0.004 and "送达回证" in "".join(receipt.lines)


def _patches() -> Sheet:
    s = Sheet(size=(mm(120), mm(80)))
    s.image.paste((214, 30, 42), (mm(10), mm(10), mm(40), mm(30)))
    s.image.paste((0, 134, 80), (mm(50), mm(10), mm(80), mm(30)))
    s.image.paste((22, 22, 26), (mm(10), mm(45), mm(40), mm(65)))
    s.lines.append("x")
    return s


def _sat(px: np.ndarray) -> float:
    mx, mn = px.max(axis=-1), px.min(axis=-1)
    return float(((mx - mn) / np.maximum(mx, 1)).mean())


def test_the_flatbed_keeps_the_preprint_vivid_and_the_paper_white() -> None:
    s = _patches()
    for seed in range(4):
        plan = cap.plan_capture(random.Random(seed), s)
        plan.rotation, plan.skew, plan.dpi = 0, 0.0, 200
        img = Image.open(io.BytesIO(cap.capture(s, plan, random.Random(seed))))
        assert img.mode == "RGB" and img.info["dpi"][0] == 200 and img.format == "JPEG"
        a = np.asarray(img, dtype=np.float32)
        red = a[mm(14): mm(26), mm(14): mm(36)]
        green = a[mm(14): mm(26), mm(54): mm(76)]
        black = a[mm(49): mm(61), mm(14): mm(36)]
        paper = a[mm(70): mm(78), mm(90): mm(118)]
        src = np.asarray(s.image, dtype=np.float32)
        assert _sat(red) >= _sat(src[mm(14): mm(26), mm(14): mm(36)]) * 0.97, "red stays as saturated"
        assert red[..., 0].mean() > 170 and red[..., 1].mean() < 60
        assert green[..., 1].mean() > 110 and green[..., 0].mean() < 50 and green[..., 1].mean() > green[..., 2].mean() + 30
        assert black.mean() < 40 and (black.max(axis=-1) - black.min(axis=-1)).mean() < 20, "black stays neutral"
        assert paper.mean() > 248, "the preset's white point cleans the paper"


def test_sheets_turn_now_and_then_and_slips_often() -> None:
    portrait, slip = Sheet(size=(mm(60), mm(80))), Sheet(size=(mm(80), mm(45)))
    pplans = [cap.plan_capture(random.Random(k), portrait) for k in range(300)]
    splans = [cap.plan_capture(random.Random(k), slip) for k in range(300)]
    assert {p.rotation for p in pplans} == {0, 90, 180, 270}
    turned_p = sum(p.rotation != 0 for p in pplans) / 300
    turned_s = sum(p.rotation != 0 for p in splans) / 300
    assert 0.02 < turned_p < 0.2 and turned_s > 0.3
    assert all(p.dpi in (200, 240, 300) and abs(p.skew) <= 1.4 and not p.photo for p in pplans + splans)
    slip.lines.append("x")
    plan = cap.plan_capture(random.Random(0), slip)
    plan.rotation, plan.dpi = 90, 240
    img = Image.open(io.BytesIO(cap.capture(slip, plan, random.Random(0))))
    assert img.height == round(slip.width * 240 / 200) and img.width == round(slip.height * 240 / 200)
