"""court_ex (河北省张家口市桥西区人民法院): three dossiers of 张家口's old city district. A wind-farm maintenance contractor
enforces this court's judgment for 运维服务费 against a 张北 wind-power company: its account frozen, a settlement, paid
in full, closed 执行完毕 and archived (cover and catalogue first, the trial division's 生效证明书 right behind the
judgment). A 马铃薯 company enforces a 张家口仲裁委员会 award against a 沽源 dealer: nothing found, 限制消费 and 失信,
the applicant's lawyer heard, 终本. A 崇礼 snow-equipment lessor enforces this court's lease judgment against a ski
resort's operator, who settles and pays — handed in without the lawyer's 执业证 copy. The bureau printed its own
papers in toner-save mode; the worn volumes were torn, taped and punched, and copied on a copier set too bright."""

from __future__ import annotations

import dataclasses
import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ex_capture as cap
from dossier.corpus.families.court_ex import made_on, render
from dossier.corpus.families.court_ex_kit import foreign_sheet, own_sheet
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ex_seqs_lie_in_its_range() -> None:
    plans = family_plans("court_ex")
    assert len(plans) == 3 and all(99700 <= p.seq <= 99999 for p in plans)
    assert all(p.name.startswith(f"court_ex_0{i}_") for i, p in enumerate(plans, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ex_01", "court_ex_02", "court_ex_03"):
        c = case_of(prefix)
        assert "冀0703执99" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)
    assert case_of("court_ex_02").respondent.id_number.startswith("130724"), "a 沽源 dealer"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    wind, tuber, ski = case_of("court_ex_01"), case_of("court_ex_02"), case_of("court_ex_03")
    basis = text_of(render("enforcement_basis", wind, random.Random(0), []))
    assert "民事判决书" in basis and "判决如下" in basis and "风电场" in basis
    award = text_of(render("enforcement_basis", tuber, random.Random(0), []))
    assert "张家口仲裁委员会" in award and "裁决如下" in award and "马铃薯" in award
    assert "终局裁决" in text_of(render("effectiveness_certificate", tuber, random.Random(0), []))
    assert "压雪车" in text_of(render("enforcement_basis", ski, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", tuber, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    ruling = text_of(render("enforcement_ruling", wind, random.Random(0), []))
    assert "执行裁定书" in ruling and wind.extra["r_acct"] in ruling and "划拨" in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_ex"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def _text_sheet(own: bool) -> Sheet:
    s = own_sheet() if own else foreign_sheet()
    from dossier.corpus.fonts import font
    for k in range(12):
        s.text(200, 500 + k * 70, "执行通知书责令被执行人立即履行义务" * 2, font("ming", 35))
    return s


def _still(plan: cap.CopierScan) -> cap.CopierScan:
    plan.tears, plan.tapes, plan.lost_corner, plan.holes, plan.skew = [], [], None, [], 0.0
    return plan


def _shot(sheet: Sheet, plan: cap.CopierScan, seed: int = 0) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(sheet.width * plan.dpi / 200)
    return np.asarray(img, dtype=np.float32)


def test_the_bureaus_own_papers_are_a_light_halftone_and_received_ones_print_solid() -> None:
    draft, solid = _text_sheet(True), _text_sheet(False)
    plan = _still(cap.plan_capture(random.Random(1), draft))
    assert plan.draft and not cap.plan_capture(random.Random(1), solid).draft
    plan.binary, plan.dpi = False, 200
    a, b = _shot(draft, plan), _shot(solid, dataclasses.replace(plan, draft=False))
    band = (slice(500, 1330), slice(200, 1450))
    ink_a, ink_b = (a[band] < 200).mean(), (b[band] < 200).mean()
    assert 0.2 * ink_b < ink_a < 0.85 * ink_b, "draft strokes break up into dots"
    assert np.percentile(a[band][a[band] < 200], 10) > np.percentile(b[band][b[band] < 200], 10), "lighter toner"
    assert np.median(a) >= 250, "the copier set too bright: the paper is pure white"


def test_the_one_bit_setting_leaves_black_and_white() -> None:
    sheet = _text_sheet(True)
    plan = _still(cap.plan_capture(random.Random(2), sheet))
    plan.binary = True
    a = _shot(sheet, plan)
    mid = ((a > 60) & (a < 195)).mean()
    assert mid < 0.03 and (a < 60).mean() > 0.005


def test_tape_tears_a_lost_corner_and_binding_holes_show() -> None:
    sheet = foreign_sheet()
    sheet.lines.append("x")
    plan = _still(cap.plan_capture(random.Random(4), sheet))
    plan.binary, plan.dpi, plan.dark_lid, plan.lift = False, 200, True, 0.1
    plan.tapes = [cap.Tape((800.0, 1200.0), 500.0, 140.0, 0.0, 0.85, [0.0])]
    plan.lost_corner = ("br", 180.0)
    plan.holes = [(90.0, 1000.0)]
    plan.tears = [cap.Tear((300.0, 0.0), (420.0, 260.0), True)]
    a = _shot(sheet, plan)
    across = a[1100:1300, 800]
    assert across.min() < 200, "the strip's edges draw thin lines"
    inside = a[1160:1240, 700:900]
    assert inside.max() - np.percentile(inside, 20) > 10, "a bright sheen streak along the strip"
    assert a[-20:, -20:].mean() < 80, "the lost corner shows the open lid black"
    assert a[995:1005, 85:95].mean() < 80, "a punched binding hole"
    assert a[5:255, 290:440].min() < 150, "the tear's shadow"
    plans = [cap.plan_capture(random.Random(s), sheet) for s in range(40)]
    assert all(len(p.holes) == 2 for p in plans) and 0 < sum(p.lost_corner is not None for p in plans) < 20
    assert 0 < sum(p.binary for p in plans) < 40 and all(200 <= p.dpi <= 300 for p in plans)
