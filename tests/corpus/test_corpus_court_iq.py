"""court_iq (河南省新乡市红旗区人民法院): three dossiers of 新乡. A bank's branch enforces this court's credit-card
judgment against a cardholder — deposits frozen and deducted, paid out, 执行完毕, archived (cover and catalogue first,
the 生效证明书 behind the judgment). A property-management company enforces its 物业费 judgment against a flat owner, who
pays in full after the 限制消费令. A steel trader's lawyer enforces a loan 民事调解书 against a building-materials company:
one account deducted in part, nothing else, 终本 — without the firm's 所函. The e-dossier system stored every page as
an enhanced 1-bit image: thick strokes, filled counters, dashed hairlines, dithered greys, tight crops, over-deskew."""

from __future__ import annotations

import io
import math
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_iq_capture as cap
from dossier.corpus.families.court_iq import made_on, render
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_iq_seqs_lie_in_its_range_and_the_names_are_in_order() -> None:
    ours = family_plans("court_iq")
    assert len(ours) == 3 and all(12800 <= p.seq <= 12899 for p in ours)
    assert all(p.name.startswith(f"court_iq_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.complete for p in ours] == [True, True, False]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_iq_01", "court_iq_02", "court_iq_03"):
        c = case_of(prefix)
        assert "豫0702执128" in c.number and c.basis_number.startswith("（2023）豫0702民初")
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    card, estate, loan = case_of("court_iq_01"), case_of("court_iq_02"), case_of("court_iq_03")
    assert card.applicant.kind == "organisation" and "银行" in card.applicant.name and card.respondent.kind == "person"
    assert "物业" in estate.applicant.name and estate.respondent.kind == "person"
    assert loan.applicant.kind == "person" and "建材" in loan.respondent.name and loan.basis_kind == "mediation"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    card, estate, loan = case_of("court_iq_01"), case_of("court_iq_02"), case_of("court_iq_03")
    judgment = text_of(render("enforcement_basis", card, random.Random(0), []))
    assert "民事判决书" in judgment and "信用卡" in judgment and card.extra["card"] in judgment and "判决如下" in judgment
    assert "物业服务" in text_of(render("enforcement_basis", estate, random.Random(0), []))
    mediation = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "民事调解书" in mediation and "经本院主持调解" in mediation and "判决如下" not in mediation
    assert "发生法律效力" in text_of(render("effectiveness_certificate", card, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", card, random.Random(0), []))
    assert "执行裁定书" in ruling and card.extra["r_acct"] in ruling and "裁定如下" in ruling
    ttr = text_of(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "民事调解书" in ttr
    assert "限制消费令" in text_of(render("closing_notice", estate, random.Random(0), []))
    letter = text_of(render("law_firm_letter", card, random.Random(0), []))
    assert "律师事务所函" in letter and card.agent in letter and "律执字第" in letter
    licence = text_of(render("lawyer_license", loan, random.Random(0), []))
    assert loan.extra["licence"] in licence and "河南省司法厅" in licence


def test_dates_run_in_order() -> None:
    for prefix in ("court_iq_01", "court_iq_02", "court_iq_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_iq") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
        assert c.basis_effective < c.filed_on < made_on(c, "enforcement_notice") < c.closed_on
    card, estate = case_of("court_iq_01"), case_of("court_iq_02")
    assert made_on(card, "enforcement_ruling") < card.extra["deducted"] < card.extra["paid_out"] < made_on(card, "closing_notice")
    assert made_on(estate, "consumption_restriction_order") < estate.extra["paid_in"] < estate.extra["paid_out"]
    assert made_on(estate, "payment_voucher") < made_on(estate, "closing_notice") <= estate.closed_on
    assert made_on(card, "dossier_cover") > card.closed_on


def _sheet(w_mm: float = 150, h_mm: float = 110) -> Sheet:
    s = Sheet(size=(mm(w_mm), mm(h_mm)))
    s.lines.append("x")
    return s


def _plan(sheet: Sheet, **change: object) -> cap.Stored:
    plan = cap.plan_capture(random.Random(5), sheet)
    base = {"skew": 0.0, "rotation": 0, "crop": "margin", "grow": 1, "fill": 0.0, "margin_mm": 6.0}
    for k, v in {**base, **change}.items():
        setattr(plan, k, v)
    return plan


def _store(sheet: Sheet, plan: cap.Stored) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(2))))
    assert img.mode == "L" and img.info["dpi"][0] == 300
    return np.asarray(img, dtype=np.float32)


def test_pages_are_stored_1_bit_with_thickened_strokes() -> None:
    s = _sheet()
    for k in range(5):
        s.text(mm(10), mm(12 + k * 16), "执行通知书被执行人应当履行义务", font("serif", mm(5)))
    a = _store(s, _plan(s, grow=1))
    assert ((a > 50) & (a < 205)).mean() < 0.02, "black and white only (and a little JPEG ringing)"
    g = np.asarray(s.image.convert("L").resize((round(s.width * 1.5), round(s.height * 1.5))), dtype=np.float32)
    plain = (g < 150).sum()
    assert (a < 128).sum() > 1.3 * plain, "text enhancement: strokes thicker than a plain threshold"


def test_hairlines_break_into_dashes_and_heavy_rules_stay_whole() -> None:
    s = _sheet()
    s.line(mm(10), mm(30), mm(140), mm(30), width=1)
    s.line(mm(10), mm(70), mm(140), mm(70), width=6)
    s.line(mm(75), mm(80), mm(75), mm(105), width=1)
    ink = cap.enhance(s, _plan(s), random.Random(1))
    x0, x1 = round(mm(12) * 1.5), round(mm(138) * 1.5)

    def cover(y_mm: float) -> np.ndarray:
        y = round(mm(y_mm) * 1.5)
        cols: np.ndarray = ink[y - 6: y + 7, x0:x1].any(axis=0)
        return cols

    thin, heavy = cover(30), cover(70)
    assert 0.4 < thin.mean() < 0.85 and np.count_nonzero(np.diff(thin.astype(int)) == 1) >= 15, "dashed"
    assert heavy.mean() > 0.99, "a heavy frame stays whole"
    xv = round(mm(75) * 1.5)
    column = ink[round(mm(82) * 1.5): round(mm(103) * 1.5), xv - 6: xv + 7].any(axis=1)
    assert 0.4 < column.mean() < 0.85, "vertical hairlines too"


def test_grey_areas_turn_into_a_coarse_dither_and_counters_fill() -> None:
    s = _sheet()
    s.draw.rectangle((mm(10), mm(10), mm(60), mm(50)), fill=(150, 150, 150))
    s.draw.rectangle((mm(80), mm(10), mm(130), mm(50)), fill=(210, 210, 206))
    f = font("serif", mm(9))
    for k in range(6):
        s.text(mm(10 + k * 20), mm(70), "口", f)
    plan = _plan(s, cell=3)
    ink = cap.enhance(s, plan, random.Random(1))
    z = 1.5
    mid = ink[round(mm(15) * z): round(mm(45) * z), round(mm(15) * z): round(mm(55) * z)]
    light = ink[round(mm(15) * z): round(mm(45) * z), round(mm(85) * z): round(mm(125) * z)]
    assert 0.3 < mid.mean() < 0.7 and 0.04 < light.mean() < 0.3, "tints become dot patterns, darker for darker greys"
    assert np.count_nonzero(np.diff(mid[10].astype(int)) != 0) > 20, "a pattern, not a solid block"
    same = (mid[:, 1:] == mid[:, :-1]).mean()
    assert same > 0.6, "coarse: the dots are cells of several pixels"
    full = cap.enhance(s, _plan(s, fill=1.0, counter_px=100000), random.Random(1))
    none = cap.enhance(s, _plan(s, fill=0.0), random.Random(1))
    centres = [(round(mm(74.5) * z), round(mm(10 + j * 20 + 4.5) * z)) for j in range(6)]
    assert all(full[y, x] for y, x in centres), "the counters of 口 filled solid"
    assert not any(none[y, x] for y, x in centres)


def test_a_tight_crop_cuts_a_few_millimetres_into_the_outermost_line_only() -> None:
    s = _sheet(150, 150)
    s.text(mm(20), mm(15), "（2024）豫0702执12817号　　执行裁定书", font("serif", mm(4)))
    for k in range(4):
        s.text(mm(20), mm(40 + k * 14), "被执行人未按执行通知履行法律文书确定的义务", font("serif", mm(5)))
    s.text(mm(60), mm(130), "第 1 页（共 2 页）", font("serif", mm(4)))
    normal = _store(s, _plan(s, crop="margin"))
    m = round(6 / 25.4 * 300)
    assert (normal[: m - 4] < 128).sum() == 0 and (normal[-(m - 4):] < 128).sum() == 0, "a clean margin all round"
    for side in ("top", "bottom"):
        tight = _store(s, _plan(s, crop=side, bite=0.9))
        edge = tight[:3] if side == "top" else tight[-3:]
        assert (edge < 128).sum() > 20, "the crop runs through the outermost line"
        cut = normal.shape[0] - tight.shape[0] - m
        assert 2 <= cut <= round(cap.BITE_MM / 25.4 * 300) + 2, (side, cut)
        inner = tight[m:] if side == "bottom" else tight[:-m]
        assert (inner < 128).sum() > 0.9 * (normal < 128).sum(), "the rest of the page is all there"


def test_the_deskew_over_corrects_by_one_to_two_degrees_and_a_few_pages_turn() -> None:
    s = _sheet(160, 60)
    s.line(mm(10), mm(30), mm(150), mm(30), width=6)
    a = _store(s, _plan(s, skew=1.5, margin_mm=5.0))
    black = a < 128
    cols = np.flatnonzero(black.any(axis=0))
    left, right = cols[0] + 30, cols[-1] - 30
    yl, yr = np.flatnonzero(black[:, left]).mean(), np.flatnonzero(black[:, right]).mean()
    angle = math.degrees(math.atan2(yl - yr, right - left))
    assert 1.3 < angle < 1.7, angle
    turned = _store(s, _plan(s, rotation=90))
    assert turned.shape[0] > turned.shape[1], "saved 90° turned"
    plans = [cap.plan_capture(random.Random(k), s) for k in range(300)]
    over = [abs(p.skew) for p in plans if abs(p.skew) > 0.5]
    assert over and all(1.0 <= x <= 2.0 for x in over) and 40 < len(over) < 140
    assert 0 < sum(p.rotation in (90, 270) for p in plans) < 40
    assert {p.crop for p in plans} == {"margin", "top", "bottom"} and all(p.dpi == 300 and not p.photo for p in plans)
