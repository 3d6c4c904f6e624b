"""The family court_bx (四川攀枝花东区, held out: drawn without looking at the page reader): the district court of the
steel and 钒钛 city. A 钛精矿 supplier enforces the 攀枝花中院's 二审 judgment (it upheld 东区's first-instance
judgment) against a titanium works: the works' deposit is frozen and 扣划, the bank's own 协助冻结/扣划存款回执 is filed
behind the court's notice, the money is paid over and the case closed. A 仁和区/盐边县 villager enforces 东区's own
调解书 on the 芒果园 he leased out; the lessee has nothing (the 查控 printout finds two hundred yuan, the house visit
finds a rented flat), he is restricted and listed, the villager is heard and agrees, the case ends 终本 and its volume
is archived. A haulier's 攀枝花仲裁委 award on 废钢运输 is settled and paid, but the award's 生效证明 never reached the
file. Every page went through the bureau's old ADF copier-scanner: a glass-dirt streak at a fixed x, askew feeds,
a roller-stretched band, the next sheet's shadow at the foot, 'text' mode pages, a few sheets upside down."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import case_for, plans
from dossier.corpus.draw import A4, Sheet, mm
from dossier.corpus.families import court_bx_capture as cap_mod
from dossier.corpus.families import renderer
from dossier.corpus.families.court_bx import COURT, MANGO_SEQ, ORE_SEQ, SCRAP_SEQ
from dossier.corpus.families.court_bx_papers import ARBITRATION, MID
from dossier.corpus.families.court_bx_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    text_of,
)

OURS = [p for p in plans() if p.family == "court_bx"]


def test_court_bx_defective_dossier_lacks_what_its_plans_name() -> None:
    assert MISSING == "effectiveness_certificate"
    scrap = next(p for p in OURS if not p.complete)
    assert scrap.basis_kind == "arbitration", "an award's 生效证明 is what the checklist asks for"


def test_court_bx_seqs_are_in_its_range() -> None:
    assert sorted(p.seq for p in OURS) == sorted([ORE_SEQ, MANGO_SEQ, SCRAP_SEQ])
    assert all(56000 <= p.seq <= 56999 for p in OURS)
    assert all(case_for(p, random.Random(0)).number.endswith(f"川0402执{p.seq}号") for p in OURS)


def draw(prefix: str, code: str, served: list[str] | None = None) -> str:
    c = case_of(prefix)
    return text_of(renderer("court_bx")(code, c, random.Random(3), served or []))


def test_court_bx_bases_are_its_places_papers() -> None:
    ore = draw("court_bx_01", "enforcement_basis")
    assert MID in ore and "川04民终" in ore and "钛精矿" in ore and "驳回上诉，维持原判" in ore and "判决如下" in ore
    mango = draw("court_bx_02", "enforcement_basis")
    assert COURT in mango and "民事调解书" in mango.replace(" ", "") and "芒果" in mango
    assert any(v in mango for v in ("仁和区", "盐边县"))
    award = draw("court_bx_03", "enforcement_basis")
    assert ARBITRATION in award and "废钢" in award and "攀仲字第" in award and "裁决" in award


def test_court_bx_rulings_say_what_they_do() -> None:
    ttr = draw("court_bx_02", "termination_this_round_ruling")
    assert "执行裁定书" in ttr.replace(" ", "") and "裁定如下：" in ttr
    assert "终结本次执行程序。申请执行人发现" in ttr, "the operative part says what the ruling does"
    freeze = draw("court_bx_01", "enforcement_ruling")
    assert "裁定如下" in freeze and "冻结、扣划被执行人" in freeze
    reply = draw("court_bx_01", "assistance_notice", ["reply"])
    assert "协助冻结/扣划存款回执" in reply and "扣划" in reply and "协助执行通知书" not in reply


def test_court_bx_parties_hold_valid_numbers() -> None:
    for p in OURS:
        c = case_for(p, random.Random(OURS.index(p)))
        for party in (c.applicant, c.respondent):
            check = check_id_number if party.kind == "person" else check_credit_code
            assert check(party.id_number) is None, (p.name, party.id_number)
    mango = case_of("court_bx_02")
    assert mango.applicant.kind == "person" and mango.respondent.kind == "person"
    assert mango.applicant.id_number[:6] in ("510411", "510422")


def page() -> Sheet:
    """A test page: a heading and lines of text across the top half only (so that 180° can be told)."""
    s = Sheet()
    for i in range(14):
        s.text(mm(25), mm(25) + i * 60, "执行通知书攀枝花市东区人民法院钒钛" * 2, font("ming", 40))
    return s


def decode(b: bytes) -> tuple[np.ndarray, tuple[float, float]]:
    img = Image.open(io.BytesIO(b))
    return np.asarray(img.convert("L"), dtype=np.float32), img.info.get("dpi", (0, 0))


def plan_with(**kw: object) -> cap_mod.XCapture:
    base = dict(dpi=200, rotation=0, photo=False, skew=0.0, streaks=(), streak_dark=110, band=(0.3, 0.5, 1.0),
                double_feed=0.0, text_mode=False, threshold=130, quality=70, paper=240)
    base.update(kw)
    return cap_mod.XCapture(**base)  # type: ignore[arg-type]


def test_court_bx_capture_keeps_size_dpi_and_quality_in_range() -> None:
    rng = random.Random(5)
    plans_ = [cap_mod.plan_capture(rng, page()) for _ in range(300)]
    assert all(p.dpi in (150, 200, 300) for p in plans_) and sum(p.dpi == 200 for p in plans_) > 150
    assert all(40 <= p.quality <= 75 and abs(p.skew) <= 3 for p in plans_)
    assert 3 <= sum(p.rotation == 180 for p in plans_) <= 40
    assert sum(p.text_mode for p in plans_) > 40 and sum(bool(p.double_feed) for p in plans_) > 15
    streaked = [p.streaks for p in plans_ if p.streaks]
    assert len(streaked) > 200 and all(s[0] == cap_mod.DIRT[0] for s in streaked), "the same dirt, page after page"
    for dpi in (150, 300):
        a, got = decode(cap_mod.capture(page(), plan_with(dpi=dpi), random.Random(1)))
        assert abs(a.shape[1] - round(A4[0] * dpi / 200)) <= 1 and round(got[0]) == dpi


def test_court_bx_streak_runs_down_the_page_at_the_dirt() -> None:
    a, _ = decode(cap_mod.capture(page(), plan_with(streaks=(cap_mod.DIRT[0],)), random.Random(2)))
    x = round(cap_mod.DIRT[0] * a.shape[1])
    lower = a[a.shape[0] // 2 + 100:]  # the blank lower half: only the streak is dark
    col = lower[:, x - 3:x + 4].min(axis=1)
    assert (col < 200).mean() > 0.95, "a dark line all the way down"
    assert lower[:, x + 40].mean() > 225 and lower[:, x - 40].mean() > 225, "only a thin line"


def test_court_bx_roller_stretches_a_band_and_double_feed_shades_the_foot() -> None:
    a = np.zeros((1000, 10), np.float32)
    a[::50] = 255  # lines every 50 rows
    out = cap_mod.roller(a, (0.2, 0.4, 1.05), 128.0)
    assert out.shape == a.shape
    lines = np.where(out[:, 0] > 128)[0]
    gaps = np.diff(lines[(lines > 220) & (lines < 400)])
    assert gaps.mean() == pytest.approx(52.5, abs=1.5), "the band stretched by 5 %"
    plain, _ = decode(cap_mod.capture(page(), plan_with(), random.Random(3)))
    shadow, _ = decode(cap_mod.capture(page(), plan_with(double_feed=0.03), random.Random(3)))
    foot = slice(plain.shape[0] - 20, plain.shape[0])
    assert shadow[foot].mean() < plain[foot].mean() - 40


def test_court_bx_upside_down_and_text_mode_stay_readable() -> None:
    up, _ = decode(cap_mod.capture(page(), plan_with(), random.Random(4)))
    down, _ = decode(cap_mod.capture(page(), plan_with(rotation=180), random.Random(4)))
    h = up.shape[0]
    assert up[: h // 2].mean() < up[h // 2:].mean() and down[: h // 2].mean() > down[h // 2:].mean()
    text, _ = decode(cap_mod.capture(page(), plan_with(text_mode=True), random.Random(4)))
    ink = text[: h // 2] < 100
    assert 0.03 < ink.mean() < 0.35, "black strokes on white, neither washed out nor blotted"
    mid = ((text > 60) & (text < 190)).mean()
    assert mid < 0.05, "a hard threshold: next to no grey"
