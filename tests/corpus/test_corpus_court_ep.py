"""court_ep (贵州省铜仁市碧江区人民法院): three dossiers of 铜仁 at the foot of 梵净山. A hotel enforces this court's
judgment for a travel agency's unpaid 团队房费: an account frozen, a settlement paid, closed 执行完毕 and archived (cover
and catalogue first, the 生效证明书 right behind the judgment). A haulier enforces a 铜仁仲裁委员会 award for 锰矿石 freight
against a mining company whose pits stand idle: nothing found, 限制消费 and 失信, the lawyer heard, 终本. A lender enforces a
民间借贷 judgment against a 食用菌 co-operative, which settles and pays — without the lawyer's 执业证 copy.
Every page went through the bureau's scratched copier before it was scanned."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families import court_ep_capture as cap
from dossier.corpus.families.court_ep import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ep_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_ep")]
    assert len(seqs) == 3 and all(88000 <= s <= 88999 for s in seqs)
    assert all(p.name.startswith(f"court_ep_0{i}_") for i, p in enumerate(family_plans("court_ep"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ep_01", "court_ep_02", "court_ep_03"):
        c = case_of(prefix)
        assert "黔0602执88" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)
    assert case_of("court_ep_03").respondent.id_number.startswith("93")  # a farmers' co-operative


def test_each_story_is_drawn_in_its_makers_words() -> None:
    mine, coop = case_of("court_ep_02"), case_of("court_ep_03")
    award = text_of(render("enforcement_basis", mine, random.Random(0), []))
    assert "铜仁仲裁委员会" in award and "裁决书" in award and "锰矿石" in award and "终局裁决" in award
    ttr = text_of(render("termination_this_round_ruling", mine, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and "停产" in ttr
    judgment = text_of(render("enforcement_basis", coop, random.Random(0), []))
    assert "民事判决书" in judgment and "菌棒" in judgment and "判决如下" in judgment


def test_a_receipt_is_dated_after_what_it_served() -> None:
    c = case_of("court_ep_02")
    for served in (["enforcement_notice", "property_report_order"], ["termination_this_round_ruling"]):
        lines = render("service_receipt", c, random.Random(7), served)[0].lines
        got = [date(*map(int, m.groups())) for ln in lines if (m := re.fullmatch(r"(\d{4})年(\d+)月(\d+)日", ln))]
        assert got and all(got[0] > made_on(c, s) for s in served), (served, got)


def test_the_copiers_drum_marks_repeat_at_its_circumference_on_every_copy() -> None:
    """On a blank original the drum's marks come round every ~94 mm down the page, at the same places across it on
    every copy; only where the first turn falls moves from copy to copy."""
    rng = random.Random(3)
    turn = round(cap.DRUM_MM / 25.4 * 200)
    pits_x = round(cap.drum().pits[0][0] * DPI / 25.4)
    tops = []
    for phase in (0.1, 0.6):
        plan = cap.plan_capture(rng, Sheet())
        plan.dpi, plan.skew, plan.phase, plan.smudges, plan.colour, plan.shadow = 200, 0.0, phase, [], False, (0, 1)
        img = np.asarray(Image.open(io.BytesIO(cap.capture(Sheet(), plan, rng))).convert("L"), dtype=np.float32)
        assert img.shape == (Sheet().height, Sheet().width)
        dark = 255 - img[:, pits_x - 40:pits_x + 40].min(axis=1)
        same = np.corrcoef(dark[:-turn], dark[turn:])[0, 1]
        half = np.corrcoef(dark[:-turn // 2], dark[turn // 2:])[0, 1]
        assert same > 0.8 and same > half + 0.3, (same, half)
        tops.append(int(np.argmax(dark[:turn])))
        # the fuser streak: a faint grey band down the whole page at one fixed place
        fx = round(cap.drum().fuser_x * DPI / 25.4)
        assert img[100:-100, fx].mean() < img[100:-100, fx + 60].mean() - 8
    assert abs(tops[0] - tops[1]) > turn // 4  # the phase moves from copy to copy


def test_the_copy_loses_the_seals_colour_and_scans_at_its_dpi() -> None:
    s = Sheet()
    s.image.paste((205, 30, 35), (400, 400, 700, 700))
    rng = random.Random(5)
    plan = cap.plan_capture(rng, s)
    plan.colour, plan.dpi, plan.skew = True, 300, 0.0
    img = Image.open(io.BytesIO(cap.capture(s, plan, rng)))
    assert img.info["dpi"][0] == 300 and img.width == round(s.width * 300 / DPI)
    red = np.asarray(img.convert("RGB"), dtype=np.float32)[650:1000, 650:1000].reshape(-1, 3).mean(axis=0)
    assert abs(red[0] - red[1]) < 20  # the copier's toner is black: the red square comes back grey
    assert red.mean() < 200
