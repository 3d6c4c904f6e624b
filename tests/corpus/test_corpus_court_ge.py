"""court_ge (黑龙江省七台河市桃山区人民法院, 2017–2019): three dossiers of 七台河. A 煤矿机械 repair shop enforces this
court's judgment for overhauling a coal mine's 刮板输送机 — the mine's account frozen, a settlement, paid, archived
(cover and catalogue first, the civil division's 生效证明 behind the judgment). A coking plant enforces this court's
民事调解书 against a coal trucker who will not report his property (罚款决定书) and hides his seized truck at a
relative's in 勃利县 (拘留决定书): 限制高消费令, 失信, the plant heard, 终本 under the 2016 rules. The heating company
enforces its judgment for two winters' heating fees against a landlord of flats let to young skaters' families — paid,
but without the company's 收取执行款账户确认书. Every page came in damp from the snow and went onto a cold flatbed with
a cracked glass."""

from __future__ import annotations

import io
import random
import re
from dataclasses import replace
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_ge_capture as cap
from dossier.corpus.families.court_ge import made_on, render
from dossier.corpus.families.court_ge_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ge_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    plans = family_plans("court_ge")
    seqs = [p.seq for p in plans]
    assert len(seqs) == 3 and all(27000 <= s <= 27999 for s in seqs)
    assert not set(seqs) & {27114, 27362, 27685}, "court_be's cases"
    assert all(p.name.startswith(f"court_ge_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.method for p in plans] == ["fully_performed", "terminated_this_round", "fully_performed"]
    assert plans[0].stage == "archive" and plans[1].obstruction and MISSING == "payment_account_confirmation"


def test_the_cases_are_of_2017_to_2019_with_valid_numbers_and_the_court_code() -> None:
    for prefix, year in (("court_ge_01", 2017), ("court_ge_02", 2018), ("court_ge_03", 2019)):
        c = case_of(prefix)
        assert c.number.startswith(f"（{year}）黑0903执27"), c.number
        assert c.filed_on.year == year and c.basis_effective < c.filed_on < c.closed_on
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    ttr = case_of("court_ge_02")
    assert (ttr.closed_on - ttr.filed_on).days >= 90, "终本 no sooner than three months after filing"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    repair, truck, heat = case_of("court_ge_01"), case_of("court_ge_02"), case_of("court_ge_03")
    judgment = text_of(render("enforcement_basis", repair, random.Random(0), []))
    assert "民事判决书" in judgment and "黑0903民初" in judgment and "刮板输送机" in judgment
    proof = text_of(render("effectiveness_certificate", repair, random.Random(0), []))
    assert "生 效 证 明" in proof and "民事审判庭" in proof and "发生法律效力" in proof
    mediation = text_of(render("enforcement_basis", truck, random.Random(0), []))
    assert "民事调解书" in mediation and "预付运费" in mediation and "本院予以确认" in mediation
    assert "短道速滑" in text_of(render("enforcement_basis", heat, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", truck, random.Random(0), []))
    assert "执行裁定书" in ruling and truck.extra["plate"] in ruling and "查封" in ruling
    frozen = text_of(render("enforcement_ruling", repair, random.Random(0), []))
    assert repair.extra["r_acct"] in frozen and "冻结" in frozen


def test_the_obstructing_trucker_is_fined_then_detained() -> None:
    truck = case_of("court_ge_02")
    fine = text_of(render("fine_decision", truck, random.Random(0), []))
    assert "罚款决定书" in fine and "拒绝报告财产" in fine and "第一百一十一条" in fine and "申请复议一次" in fine
    jail = text_of(render("detention_decision", truck, random.Random(0), []))
    assert "拘留决定书" in jail and "拘留十五日" in jail and truck.extra["hideout"] in jail
    assert made_on(truck, "fine_decision") < made_on(truck, "property_declaration_form") < \
        made_on(truck, "detention_decision"), "fined for not reporting, then he declared no truck, then hid it"
    declared = render("property_declaration_form", truck, random.Random(0), [])[0].lines
    assert "车辆" in declared and "无" in declared


def test_the_papers_speak_as_papers_of_2017_to_2019() -> None:
    truck = case_of("court_ge_02")
    order = text_of(render("consumption_restriction_order", truck, random.Random(0), []))
    assert "限制高消费令" in order and "限制被执行人高消费及有关消费的若干规定" in order
    report = text_of(render("property_report_order", truck, random.Random(0), []))
    assert "报告财产令" in report and "第二百四十一条" in report and "（三）交通运输工具" in report
    ttr = text_of(render("termination_this_round_ruling", truck, random.Random(0), []))
    assert "终结本次执行程序" in ttr and "第五百一十九条" in ttr and "严格规范终结本次执行程序的规定（试行）" in ttr
    assert "二○一八年" in ttr and "〇" not in ttr, "the GB template's white circle in the dates"
    assert "谈 话 笔 录" in text_of(render("interview_record", truck, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_ge_01", "court_ge_02", "court_ge_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ge") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _strip() -> Sheet:
    s = Sheet(size=(mm(210), mm(297)))
    s.lines.append("x")
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.ColdScan, np.ndarray]:
    plan = replace(cap.plan_capture(random.Random(seed), sheet), **change)  # type: ignore[arg-type]
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    assert img.mode == ("RGB" if plan.colour else "L")
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


QUIET = {"skew": 0.0, "rotation": 0, "cockle": [], "creases": [], "drops": [], "blur": 0.0, "noise": 0.5}


def _along_crack(g: np.ndarray, dpi: int, offset: int = 0) -> float:
    """The darkest grey within a pixel or two of the crack's first stretch, averaged along it (`offset` px to the
    right: the paper beside it)."""
    h, w = g.shape
    (x0, y0), (x1, y1) = cap.crack_points(w, h, dpi)[:2]
    lows = []
    for t in np.linspace(0.2, 0.8, 25):
        x, y = round(x0 + (x1 - x0) * t) + offset, round(y0 + (y1 - y0) * t)
        lows.append(g[y, x - 2: x + 3].min())
    return float(np.mean(lows))


def test_the_cracked_glass_draws_the_same_line_on_every_page() -> None:
    for seed, dpi in ((1, 150), (2, 300)):
        _, a = _scan(_strip(), seed, dpi=dpi, crack=True, crack_depth=50.0, cold=0.0, ramp=0.0, colour=False, **QUIET)
        g = a[..., 0]
        paper = float(np.median(g))
        assert _along_crack(g, dpi) < paper - 15, "a faint dark hairline where the crack is"
        assert _along_crack(g, dpi, offset=40) > paper - 6, "and the paper beside it clean"
    # a page laid upside down still shows the crack where the glass has it
    _, a = _scan(_strip(), 3, dpi=200, crack=True, crack_depth=50.0, cold=0.0, ramp=0.0, colour=False,
                 **{**QUIET, "rotation": 180})
    assert _along_crack(a[..., 0], 200) < float(np.median(a[..., 0])) - 15


def test_the_cold_lamp_is_dim_blue_grey_and_darker_at_the_top() -> None:
    kw = {**QUIET, "crack": False, "dpi": 150, "colour": True}
    _, warm = _scan(_strip(), 4, cold=0.0, ramp=0.02, **kw)
    _, cold = _scan(_strip(), 4, cold=1.0, ramp=0.18, **kw)
    assert cold.mean() < warm.mean() - 15, "the first page of a batch is dim"
    assert cold[..., 2].mean() - cold[..., 0].mean() > 10, "and blue-grey"
    h = cold.shape[0]
    assert cold[h // 10: h // 5].mean() < cold[-h // 5: -h // 10].mean() - 15, "brighter as the carriage travels down"


def test_damp_ink_feathers_into_the_fibres_and_stays_legible() -> None:
    s = Sheet(size=(mm(120), mm(60)))
    s.text(mm(10), mm(20), "执行通知书七台河", font("song_gb", 60))
    kw = {**QUIET, "crack": False, "cold": 0.0, "ramp": 0.0, "colour": False, "dpi": 200}
    _, dry = _scan(s, 5, feather=0.6, bleed=0.2, **kw)
    _, damp = _scan(s, 5, feather=3.0, bleed=0.7, **kw)
    grey_dry = ((dry[..., 0] < 235) & (dry[..., 0] > 120)).sum()
    grey_damp = ((damp[..., 0] < 235) & (damp[..., 0] > 120)).sum()
    assert grey_damp > grey_dry * 1.5, "a halo grows round every stroke"
    assert (damp[..., 0] < 90).sum() > 0.6 * (dry[..., 0] < 90).sum(), "the strokes themselves stay dark"


def test_the_capture_plans_stay_in_the_theme() -> None:
    sheet = _strip()
    plans = [cap.plan_capture(random.Random(k), sheet) for k in range(200)]
    assert {p.dpi for p in plans} <= {150, 200, 240, 300} and {150, 300} <= {p.dpi for p in plans}
    assert all(50 <= p.quality <= 85 and abs(p.skew) <= 1.3 and not p.photo for p in plans)
    assert 0 < sum(p.rotation != 0 for p in plans) < 25 and {p.rotation for p in plans} <= {0, 90, 180, 270}
    assert 15 < sum(p.cold > 0.6 for p in plans) < 60, "the first page of each batch comes out cold"
    assert sum(p.crack for p in plans) > 140, "the crack shows on most pages"
    assert {p.colour for p in plans} == {True, False}
    assert any(p.creases for p in plans) and any(p.drops for p in plans)
