"""court_fq (山西省长治市潞州区人民法院): three dossiers of 长治. A vinegar and millet wholesaler enforces an award of the
长治仲裁委员会 against a supermarket chain — its account frozen, it settles and pays, 执行完毕, archived (cover and
catalogue first, the committee's 生效证明 behind the award). A coal mine's subcontracted crew's leader enforces this
court's judgment for 劳务费 against a labour-service company with nothing left: searched, 限制消费, 失信, heard, 终本.
A landlord enforces a notarised rent repayment agreement against a 砂锅刀削面 shop's owner, who pays in three
instalments — filed without the notary's 执行证书. The bureau's forms are filled by an impact printer (套打): dot-matrix
fills off the printed grid, a fading ribbon; banks and registries answer on multi-part sets; a greyscale flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from itertools import pairwise

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fq_capture as cap
from dossier.corpus.families import court_fq_kit as kit
from dossier.corpus.families.court_fq import made_on, render
from dossier.corpus.families.court_fq_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_fq_01", "court_fq_02", "court_fq_03")


def test_court_fq_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fq")]
    assert len(seqs) == 3 and all(18000 <= s <= 18999 for s in seqs)
    assert not set(seqs) & {18217, 18406, 18733}, "court_az's cases"
    assert all(p.name.startswith(f"court_fq_0{i}_") for i, p in enumerate(family_plans("court_fq"), 1))
    assert MISSING == "effectiveness_certificate"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "晋0403执18" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    vinegar, colliery, noodle = (case_of(p) for p in PREFIXES)
    award = text_of(render("enforcement_basis", vinegar, random.Random(0), []))
    assert "长治仲裁委员会" in award and "裁决书" in award and "长仲裁字" in award and "老陈醋" in award
    assert "裁决如下" in award and "连锁超市" in vinegar.respondent.name
    assert "生效" in text_of(render("effectiveness_certificate", vinegar, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", vinegar, random.Random(0), []))
    assert "执行裁定书" in ruling and vinegar.extra["r_acct"] in ruling
    judgment = text_of(render("enforcement_basis", colliery, random.Random(0), []))
    assert "民事判决书" in judgment and "晋0403民初" in judgment and "煤业" in judgment and "劳务费" in judgment
    ttr = text_of(render("termination_this_round_ruling", colliery, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    assert "纳入失信被执行人名单" in text_of(render("dishonest_list_decision", colliery, random.Random(0), []))
    notarial = text_of(render("enforcement_basis", noodle, random.Random(0), []))
    assert "公证书" in notarial and "强制执行效力" in notarial and "砂锅刀削面" in notarial
    deal = text_of(render("settlement_agreement", noodle, random.Random(0), []))
    assert "分三期" in deal and all(f"{amt:,.2f}" in deal for _, amt in noodle.extra["instalments"])


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fq") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_the_case_number_is_recorded_whole_on_a_form_whose_number_line_is_struck_in() -> None:
    c = case_of("court_fq_01")
    sheet = render("enforcement_notice", c, random.Random(5), [])[0]
    assert c.number in sheet.lines
    assert isinstance(sheet, kit.Leaf) and sheet.kind == "impact" and sheet.press is not None


def _ink_rows(a: np.ndarray) -> np.ndarray:
    return np.nonzero((a < 200).any(axis=1))[0]


def test_impact_fills_are_made_of_separate_dots() -> None:
    fd = kit.Feed(0, 0, 0.0, 0.95, -1, 16, 0.0)
    s = Sheet(size=(mm(120), mm(20)))
    kit.impact(s, 10, 20, "潞州区人民法院执行局", fd, random.Random(1), px=40)
    solid = Sheet(size=s.size)
    solid.text(10, 20, "潞州区人民法院执行局", font("hei", 40))

    def edges_per_ink(sheet: Sheet) -> float:
        """how often a dark core pixel borders paper: each round dot is nearly all edge, a stroke mostly inside"""
        core = np.asarray(sheet.image.convert("L")) < 100
        edges = (core[:-1] & ~core[1:]).sum() + (core[:, :-1] & ~core[:, 1:]).sum()
        return float(edges / max(1, core.sum()))

    assert (np.asarray(s.image.convert("L")) < 160).sum() > 400
    assert edges_per_ink(s) > 1.5 * edges_per_ink(solid)
    assert "潞州区人民法院执行局" in s.lines


def test_the_fills_land_where_the_feed_puts_them() -> None:
    base = kit.Feed(0, 0, 0.0, 0.95, -1, 16, 0.0)
    moved = kit.Feed(mm(3), mm(2), 0.0, 0.95, -1, 16, 0.0)

    def first_ink(fd: kit.Feed) -> tuple[int, int]:
        s = Sheet(size=(mm(100), mm(30)))
        kit.impact(s, *fd.at(mm(10), mm(8)), "执行", fd, random.Random(2), px=38)
        a = np.asarray(s.image.convert("L")) < 160
        ys, xs = np.nonzero(a)
        return int(xs.min()), int(ys.min())

    (x0, y0), (x1, y1) = first_ink(base), first_ink(moved)
    assert abs((x1 - x0) - mm(3)) <= 2 and abs((y1 - y0) - mm(2)) <= 2


def test_the_ribbon_fades_from_form_to_form_until_it_is_changed() -> None:
    c = case_of("court_fq_02")
    c.extra.pop("ribbon", None)
    rng = random.Random(4)
    seen = [kit.ribbon(c, rng) for _ in range(30)]
    falls = sum(b < a for a, b in pairwise(seen))
    changes = sum(b > a for a, b in pairwise(seen))
    assert falls >= 20 and 1 <= changes <= 6
    assert all(0.4 <= r <= 1.0 for r in seen)


def test_a_lower_ply_is_a_softer_violet_copy() -> None:
    rng = random.Random(6)
    top, third = kit.ply_feed(rng, ply=1), kit.ply_feed(rng, ply=3)
    assert top.ink == kit.RIBBON and third.ink == kit.CARBON and third.blur > top.blur


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.Flatbed, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img, dtype=np.float32)


def test_the_flatbed_scans_grey_at_200_to_300_dpi_and_mostly_upright() -> None:
    blank = Sheet(size=(mm(60), mm(40)))
    plans = [cap.plan_capture(random.Random(s), blank) for s in range(200)]
    assert all(200 <= p.dpi <= 300 and not p.photo and abs(p.skew) <= 1.5 and 55 <= p.quality <= 88 for p in plans)
    assert 150 < sum(p.rotation == 0 for p in plans) < 200 and any(p.rotation == 180 for p in plans)
    _, a = _scan(blank, 3, rotation=0, skew=0.0, dpi=300)
    assert a.shape == (round(blank.height * 300 / 200), round(blank.width * 300 / 200))


def test_the_lamp_shades_the_pins_dents() -> None:
    s = kit.Leaf(size=(mm(80), mm(30)), kind="impact")
    fd = kit.Feed(0, 0, 0.0, 0.95, -1, 16, 0.0)
    kit.impact(s, mm(5), mm(8), "潞州法院", fd, random.Random(1), px=60)
    assert s.press is not None and np.asarray(s.press).max() > 200
    _, dented = _scan(s, 1, rotation=0, skew=0.0, dpi=200, noise=0.0, soft=0.0, falloff=0.0, dent=18.0, quality=95)
    flat = kit.Leaf(size=s.size, kind="laser")
    flat.image = s.image.copy()
    _, plain = _scan(flat, 1, rotation=0, skew=0.0, dpi=200, noise=0.0, soft=0.0, falloff=0.0, dent=18.0, quality=95)
    assert np.abs(dented - plain).max() > 6, "the dents show beside the dots"


def test_a_fanfold_page_keeps_its_tractor_holes() -> None:
    c = case_of("court_fq_01")
    sheets = render("catalogue", c, random.Random(0), [])
    s = sheets[0]
    assert s.height == mm(kit.CONT_H) and s.width in (mm(kit.CONT_W), mm(kit.CONT_W - kit.STRIP),
                                                      mm(kit.CONT_W - 2 * kit.STRIP))
    assert any("卷内目录" in line or "卷 内 目 录" in line for line in s.lines)
