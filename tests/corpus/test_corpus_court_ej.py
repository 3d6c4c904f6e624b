"""court_ej (浙江省舟山市定海区人民法院): three dossiers of the 舟山 fishing district. An ocean-fishing company enforces
the court's own judgment for frozen squid sold to a 干览 processing plant: an account deducted, cold-store stock sealed,
the rest paid under a settlement, 执行完毕, archived (cover and catalogue first, the trial division's 生效证明书 behind
the judgment). A 盐仓 ship-repair yard enforces a 舟山仲裁委员会 award against a fishing company whose boats were sold:
nothing found, 限制消费 and 失信, the harbour visited, the yard's lawyer heard, 终本. A fisherman enforces a loan
judgment against a skipper who settles and pays after the season — without the lawyer's 执业证 copy. The volumes were
flooded by a typhoon, dried and scanned: tide lines, brown wet zones, ink that ran, cockled paper, foxing."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from functools import cache

import cv2
import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_ej_capture as cap
from dossier.corpus.families.court_ej import made_on, render
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import text_of

PREFIXES = ("court_ej_01", "court_ej_02", "court_ej_03")
SMALL = (720, 1020)
"""a small sheet: the capture works on any size, and the tests stay quick"""


@cache
def _every_plan() -> tuple[Plan, ...]:
    return tuple(plans())


def family_plans(family: str) -> list[Plan]:
    return [p for p in _every_plan() if p.family == family]


def case_of(prefix: str) -> CaseCtx:
    """The case of the dossier whose name starts with `prefix`, drawn as the build draws it (its place seeds it)."""
    i, plan = next((i, p) for i, p in enumerate(_every_plan()) if p.name.startswith(prefix))
    return case_for(plan, random.Random(i))


def test_court_ej_seqs_lie_in_its_range_and_are_numbered_in_order() -> None:
    ours = family_plans("court_ej")
    assert len(ours) == 3 and all(63000 <= p.seq <= 63999 for p in ours)
    assert [p.name[:11] for p in ours] == list(PREFIXES)


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）浙0902执63\d{3}号", c.number)
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    squid, yard, loan = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", squid, random.Random(0), []))
    assert "民事判决书" in judgment and "鱿鱼" in judgment and squid.basis_number in judgment
    award = text_of(render("enforcement_basis", yard, random.Random(0), []))
    assert "舟山仲裁委员会" in award and "裁决书" in award and "终局裁决" in award
    assert "生效证明" in text_of(render("effectiveness_certificate", yard, random.Random(0), []))
    assert "民间借贷" in text_of(render("enforcement_basis", loan, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", yard, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and yard.extra["boats"][0] in ttr
    ruling = text_of(render("enforcement_ruling", squid, random.Random(0), []))
    assert "执行裁定书" in ruling and "冻结、划拨" in ruling and squid.extra["r_acct"] in ruling
    deal = text_of(render("settlement_agreement", loan, random.Random(0), []))
    assert "执行和解协议" in deal and loan.extra["vessel"] in deal and "开渔" in deal
    visit = text_of(render("investigation_record", yard, random.Random(0), []))
    assert "调查笔录" in visit and yard.extra["port"] in visit


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix, plan in zip(PREFIXES, family_plans("court_ej"), strict=True):
        c = case_of(prefix)
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(int(y), int(m), int(dd)) for line in lines
                   for y, m, dd in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _text_sheet() -> Sheet:
    """A page of even text from top to foot, to see what the water did where."""
    s = Sheet(size=SMALL)
    f = font("serif", 30)
    for k in range(24):
        s.text(mm(6), mm(6) + k * mm(5.1), "定海区人民法院执行局舟山渔港冷冻鱿鱼船舶修理", f)
    return s


def _scan(sheet: Sheet, plan: cap.FloodScan, seed: int = 0) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(sheet.width * plan.dpi / 200)
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _flooded(**over: object) -> cap.FloodScan:
    plan = cap.plan_capture(random.Random(11), Sheet())
    plan.dpi, plan.grey, plan.skew, plan.edge, plan.reach, plan.rims = 200, False, 0.0, "bottom", 0.45, []
    plan.stain, plan.run, plan.cockle, plan.spots = 0.8, 2.6, 0.0, 0
    for k, v in over.items():
        setattr(plan, k, v)
    return plan


def test_the_flood_leaves_a_brown_wet_zone_ending_in_a_darker_tide_line() -> None:
    a = _scan(Sheet(size=SMALL), _flooded())
    h = a.shape[0]
    dry, wet = a[h // 10: h // 4], a[int(h * 0.85): int(h * 0.95)]
    assert dry.mean() > 238, "above the water the paper stays light"
    warmth_dry = (dry[..., 0] - dry[..., 2]).mean()
    warmth_wet = (wet[..., 0] - wet[..., 2]).mean()
    assert warmth_wet > warmth_dry + 10, "the wet zone is tinted brown"
    rows = a.mean(axis=(1, 2))
    lo, hi = int(h * 0.25), int(h * 0.9)
    darkest = lo + int(np.argmin(rows[lo:hi]))
    assert rows[darkest] < min(rows[h // 8], rows[int(h * 0.93)]) - 3, "the tide-line rim is darker than both sides"


def test_ink_ran_where_the_page_was_wet_and_stayed_sharp_above() -> None:
    sheet = _text_sheet()
    a = _scan(sheet, _flooded(stain=0.0), seed=2)[..., 1]
    h = a.shape[0]
    sharp = cv2.Laplacian(a[int(h * 0.1): int(h * 0.35)], cv2.CV_32F).var()
    ran = cv2.Laplacian(a[int(h * 0.7): int(h * 0.92)], cv2.CV_32F).var()
    assert ran < sharp * 0.6, (sharp, ran)
    dry = cv2.Laplacian(_scan(sheet, _flooded(stain=0.0, reach=0.0, run=0.0), seed=2)[..., 1][int(h * 0.7): int(h * 0.92)],
                        cv2.CV_32F).var()
    assert dry > ran * 1.5


def test_cockled_paper_shades_unevenly_and_foxing_spots_appear() -> None:
    flat = _scan(Sheet(size=SMALL), _flooded(reach=0.0, run=0.0, stain=0.0, cockle=0.0, spots=0))[..., 1]
    wavy = _scan(Sheet(size=SMALL), _flooded(reach=0.0, run=0.0, stain=0.0, cockle=1.0, spots=0))[..., 1]
    cells = [(y, x) for y in range(60, 900, 80) for x in range(60, 620, 80)]
    assert np.std([wavy[y:y + 60, x:x + 60].mean() for y, x in cells]) > 1.0 > np.std(
        [flat[y:y + 60, x:x + 60].mean() for y, x in cells])
    spotted = _scan(Sheet(size=SMALL), _flooded(reach=0.0, run=0.0, stain=0.0, spots=120))[..., 1]
    assert (spotted < 215).sum() > (flat < 215).sum() + 30, "foxing spots darken the paper"


def test_the_plans_mix_heavy_mild_and_dry_pages_in_colour_and_grey() -> None:
    plans = [cap.plan_capture(random.Random(s), Sheet()) for s in range(200)]
    assert all(p.rotation == 0 and not p.photo and 200 <= p.dpi <= 300 and abs(p.skew) < 2 for p in plans)
    assert any(p.reach > 0.3 for p in plans) and any(0 < p.reach < 0.12 for p in plans)
    assert 5 < sum(p.reach == 0 for p in plans) < 60
    assert 20 < sum(p.grey for p in plans) < 120
    assert {p.edge for p in plans} == {"bottom", "left", "right", "corner"}
