"""court_fu (浙江省衢州市柯城区人民法院): three dossiers of 衢州. A 椪柑 cooperative enforces this court's judgment, upheld
on appeal by 衢州市中级人民法院, against a juice factory — account frozen, van sealed, settled and paid, 执行完毕,
archived (cover and catalogue first, the 生效证明书 behind the two judgments). A 鸭头 supplier enforces this court's
民事调解书 against a 烤饼·鸭头 shop's owner, who pays in three instalments — without the 收款账户确认书. A builder
enforces a 衢州仲裁委员会 award against a chemical-park paint company: nothing found, 限制消费 and 失信, heard, 终本.
Every paper the bureau received carries the desk's red 收文登记章 on its first page; its own papers carry none. All
pages went through a colour sheet-fed scanner: red kept, the colour channels a pixel or two apart along the feed."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import RED, Sheet, mm
from dossier.corpus.families import court_fu_capture as cap
from dossier.corpus.families.court_fu import OWN, made_on, render
from dossier.corpus.families.court_fu_papers import RECEIVED
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

OLDER = {57134, 57218, 57496, 57562, 57843, 57906}
"""court_am's and court_fg's cases in the same thousand"""


def test_court_fu_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fu")]
    assert len(seqs) == 3 and all(57000 <= s <= 57999 for s in seqs)
    assert not set(seqs) & OLDER, "older dossiers' cases"
    assert all(p.name.startswith(f"court_fu_0{i}_") for i, p in enumerate(family_plans("court_fu"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fu_01", "court_fu_02", "court_fu_03"):
        c = case_of(prefix)
        assert "浙0802执57" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    coop = case_of("court_fu_01").applicant
    assert coop.name.endswith("专业合作社") and coop.id_number.startswith("93330802")


def test_each_story_is_drawn_in_its_makers_words() -> None:
    citrus, duck, paint = case_of("court_fu_01"), case_of("court_fu_02"), case_of("court_fu_03")
    basis = render("enforcement_basis", citrus, random.Random(0), [])
    appeal = text_of(basis)
    assert "浙江省衢州市中级人民法院" in appeal and "浙08民终" in appeal and "驳回上诉，维持原判" in appeal
    assert "椪柑" in appeal and citrus.extra["first_number"] in appeal
    first = next(i for i, s in enumerate(basis) if s.starts_document)
    assert "浙0802民初" in text_of(basis[first:]) and "判决如下" in text_of(basis[first:]), "the 一审 judgment behind"
    assert "维持原判" in text_of(render("effectiveness_certificate", citrus, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", citrus, random.Random(0), []))
    assert "执行裁定书" in ruling and citrus.extra["r_acct"] in ruling and citrus.extra["plate"] in ruling
    assert "车辆管理所" in text_of(render("assistance_notice", citrus, random.Random(0), []))
    mediation = text_of(render("enforcement_basis", duck, random.Random(0), []))
    assert "民事调解书" in mediation and "鸭头" in mediation and "浙0802民初" in mediation
    deal = text_of(render("settlement_agreement", duck, random.Random(0), []))
    assert "分三期" in deal and all(f"{amt:,.2f}" in deal for _, amt in duck.extra["instalments"])
    award = text_of(render("enforcement_basis", paint, random.Random(0), []))
    assert "衢州仲裁委员会" in award and "衢仲裁字" in award and "裁决如下" in award and "涂料" in award
    ttr = text_of(render("termination_this_round_ruling", paint, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "限制消费" in ttr
    assert "终结本次执行程序" in text_of(render("interview_record", paint, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_fu_01", "court_fu_02", "court_fu_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fu") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] < c.closed_on


def _reddish(sheet: Sheet) -> float:
    a = np.asarray(sheet.image.convert("RGB"), dtype=np.int16)
    return float(((a[..., 0] - a[..., 1] > 70) & (a[..., 0] > 150)).mean())


def test_what_the_bureau_received_is_stamped_on_arrival_and_its_own_papers_are_not() -> None:
    c = case_of("court_fu_03")
    for code in ("enforcement_application", "law_firm_letter", "property_declaration_form", "power_of_attorney"):
        sheets = render(code, c, random.Random(5), [])
        lines = sheets[0].lines
        assert "衢州市柯城区人民法院" in lines and "收文日期" in lines and "收文编号" in lines, code
        desk = "执行局收文登记" if code == "property_declaration_form" else "立案庭收文登记"
        assert desk in lines, (code, desk)
        assert all("收文日期" not in s.lines for s in sheets[1:]), "only the first page is stamped"
    for code in ("enforcement_notice", "termination_this_round_ruling", "service_receipt", "closing_approval_form"):
        served = ["enforcement_notice"] if code == "service_receipt" else []
        assert not any("收文日期" in s.lines for s in render(code, c, random.Random(5), served)), code
    # the 查控 printout is the bureau's own; the registry's reply behind it came by post and is stamped
    inquiry = render("online_inquiry_result", c, random.Random(2), [])
    assert "收文日期" not in inquiry[0].lines and inquiry[1].starts_document and "收文日期" in inquiry[1].lines
    assert RECEIVED.isdisjoint(OWN)


def test_the_stamp_lands_in_red_where_the_hand_falls_and_its_date_follows_the_paper() -> None:
    c = case_of("court_fu_01")
    tops, reds = [], []
    for seed in range(12):
        s = render("power_of_attorney", c, random.Random(seed), [])[0]
        a = np.asarray(s.image.convert("RGB"), dtype=np.int16)
        red = (a[..., 0] - a[..., 1] > 60) & (a[..., 0] > 150) & (a[..., 2] < 170)
        ys, xs = np.nonzero(red[: mm(110)])
        reds.append(len(ys))
        tops.append((float(np.median(xs)) / s.width, float(np.median(ys))))
        stamped = [ln for ln in s.lines if re.fullmatch(r"\d{4}(\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日)", ln)]
        assert stamped, s.lines
    assert all(n > 2000 for n in reds), "a red stamp in the top part of the form"
    assert len({round(x, 1) for x, _ in tops}) >= 3, "not always in the same spot"
    assert sum(x > 0.55 for x, _ in tops) >= 5, "mostly toward the right"
    duck = case_of("court_fu_02")
    slips = render("payment_voucher", duck, random.Random(1), [])[0]
    got = [ln for ln in slips.lines if re.fullmatch(r"\d{4}\.\d{1,2}\.\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日", ln)]
    last = duck.extra["instalments"][-1][0]
    for ln in got:
        y, m, d = map(int, re.findall(r"\d+", ln))
        assert date(y, m, d) > last, "stamped after the last instalment came in"


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.ColourFeed, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "RGB" and img.info["dpi"][0] == plan.dpi
    if plan.rotation in (0, 180):
        assert img.width == round(sheet.width * plan.dpi / 200)
    return plan, np.asarray(img, dtype=np.float32)


def _strip() -> Sheet:
    s = Sheet(size=(mm(150), mm(110)))
    s.lines.append("x")
    return s


def test_the_colour_scanner_keeps_the_red_and_fringes_black_along_the_feed() -> None:
    s = _strip()
    s.image.paste(RED, (mm(20), mm(20), mm(60), mm(50)))
    s.image.paste((0, 0, 0), (mm(80), mm(40), mm(140), mm(44)))
    _, a = _scan(s, 3, dpi=200, skew=0.0, rotation=0, fringe=2, edge="", noise=1.0, sharpen=0.0, quality=85)
    patch = a[mm(25):mm(45), mm(25):mm(55)].mean(axis=(0, 1))
    assert patch[0] - patch[1] > 100 and patch[0] - patch[2] > 80, "the red stays red"
    edge = slice(mm(39), mm(41))  # the bar's top edge, where the sheet met the sensor's lines
    split = np.abs(a[edge, mm(90):mm(130), 0] - a[edge, mm(90):mm(130), 2]).mean(axis=1).max()
    assert split > 60, "the red and blue lines do not meet at the bar's edge"
    _, flat = _scan(s, 3, dpi=200, skew=0.0, rotation=0, fringe=0, edge="", noise=1.0, sharpen=0.0, quality=85)
    assert np.abs(flat[edge, mm(90):mm(130), 0] - flat[edge, mm(90):mm(130), 2]).mean(axis=1).max() < split / 2
    _, turned = _scan(s, 3, dpi=200, skew=0.0, rotation=180, fringe=0, edge="", noise=1.0, sharpen=0.0, quality=85)
    assert turned[-mm(40):-mm(25), -mm(55):-mm(25), 0].mean() - turned[-mm(40):-mm(25), -mm(55):-mm(25), 1].mean() > 80


def test_capture_plans_stay_in_the_bureau_scanners_range() -> None:
    s = _strip()
    plans = [cap.plan_capture(random.Random(k), s) for k in range(200)]
    assert {p.dpi for p in plans} == {200, 240, 300}
    assert all(not p.photo and abs(p.skew) <= 1.1 and 48 <= p.quality <= 88 for p in plans)
    turned = sum(p.rotation != 0 for p in plans)
    assert 2 <= turned <= 30, "a few pages upside down or sideways, not many"
    assert any(p.edge for p in plans) and any(not p.edge for p in plans)
    assert any(p.sharpen < 0 for p in plans) and sum(p.sharpen > 0 for p in plans) > 120
