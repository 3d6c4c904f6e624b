"""court_eo (广西壮族自治区梧州市万秀区人民法院): three dossiers of the river town of 梧州. A 人工宝石 cutting works enforces
a 梧州仲裁委员会 award for unpaid 加工费 against a jewellery trader: an account frozen, the rest paid under a settlement,
closed 执行完毕 and archived (cover and catalogue first, the award's 生效证明 right behind it). A barge owner enforces the
court's own judgment for 西江 river-sand freight against a dredging company with nothing left: 限制消费, 失信, the
applicant heard, 终本. A 六堡茶 dealer enforces a 民间借贷 judgment against a 龟苓膏 food company that settles and pays —
without the 诉讼费 receipt. Every page went through a production scanner whose auto crop-and-deskew misbehaves."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from functools import cache

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_eo_capture as cap
from dossier.corpus.families.court_eo import made_on, render
from dossier.corpus.families.court_eo_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import text_of


@cache
def _ours() -> tuple[tuple[Plan, CaseCtx], ...]:
    """court_eo's plans and their cases, drawn as the build draws them (plans() listed once: it is slow)."""
    every = plans()
    return tuple((p, case_for(p, random.Random(i))) for i, p in enumerate(every) if p.family == "court_eo")


def family_plans(family: str) -> list[Plan]:
    return [p for p, _ in _ours() if p.family == family]


def case_of(prefix: str) -> CaseCtx:
    return next(c for p, c in _ours() if p.name.startswith(prefix))


def test_court_eo_seqs_lie_in_its_range_and_one_dossier_lacks_its_fee_receipt() -> None:
    ps = family_plans("court_eo")
    assert len(ps) == 3 and all(86000 <= p.seq <= 86999 for p in ps)
    assert all(p.name.startswith(f"court_eo_0{i}_") for i, p in enumerate(ps, 1))
    short = [p for p in ps if not p.complete]
    assert len(short) == 1 and MISSING not in {d.code for d in short[0].docs}
    assert [p.stage for p in ps].count("archive") == 1


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_eo_01", "court_eo_02", "court_eo_03"):
        c = case_of(prefix)
        assert "桂0403执86" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    gem, sand, loan = case_of("court_eo_01"), case_of("court_eo_02"), case_of("court_eo_03")
    award = text_of(render("enforcement_basis", gem, random.Random(0), []))
    assert "梧州仲裁委员会" in award and "人工宝石" in award and "裁决如下" in award
    assert "生 效 证 明" in text_of(render("effectiveness_certificate", gem, random.Random(0), []))
    judgment = text_of(render("enforcement_basis", sand, random.Random(0), []))
    assert "民 事 判 决 书" in judgment and "西江" in judgment and sand.basis_number in judgment
    assert "龟苓膏" in loan.respondent.name and "六堡茶" in text_of(render("enforcement_basis", loan, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", sand, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本院" in ttr and "本次执行程序" in ttr
    ruling = text_of(render("enforcement_ruling", gem, random.Random(0), []))
    assert "执行裁定书" in ruling and "划拨" in ruling and gem.extra["out_acct"] in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_eo_01", "court_eo_02", "court_eo_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_eo") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _sheet() -> Sheet:
    s = Sheet()
    s.lines.append("x")
    s.draw.rectangle((300, 300, 1300, 2000), fill=(30, 30, 30))  # a dark block in the middle, for the skew
    return s


def _scan(plan: cap.AutoScan, seed: int = 3) -> np.ndarray:
    data = cap.capture(_sheet(), plan, random.Random(seed))
    img = Image.open(io.BytesIO(data))
    assert img.format == "JPEG" and img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.mode == ("L" if plan.grey else "RGB")
    return np.asarray(img.convert("L"), dtype=np.float32)


def _clean(**kw: object) -> cap.AutoScan:
    base = cap.AutoScan(dpi=200, rotation=0, photo=False, grey=True, quality=85, skew=0.0, overcorrected=False,
                        cut_mm=(1.0, 1.0, 1.0, 1.0), wide=False, feed="", feed_mm=0.0, noise=2.0, blur=0.0)
    for k, v in kw.items():
        setattr(base, k, v)
    return base


def _block_tilt(a: np.ndarray) -> float:
    """The tilt of the dark block's left edge, in degrees (+ when its bottom lies further right)."""
    rows = [int(a.shape[0] * f) for f in (0.35, 0.65)]
    xs = [float(np.argmax(a[r] < 100)) for r in rows]
    return float(np.degrees(np.arctan2(xs[1] - xs[0], rows[1] - rows[0])))


def test_most_pages_come_through_clean_and_the_faults_are_a_scanners() -> None:
    sheet = _sheet()
    plans = [cap.plan_capture(random.Random(s), sheet) for s in range(200)]
    assert all(p.rotation == 0 and not p.photo and 200 <= p.dpi <= 300 for p in plans)
    over = [p for p in plans if p.overcorrected]
    assert 20 < len(over) < 90 and all(2.0 <= abs(p.skew) <= 4.0 for p in over)
    clean = [p for p in plans if not p.overcorrected and not p.wide and not p.feed and max(p.cut_mm) < 2]
    assert len(clean) > 40 and all(abs(p.skew) < 0.4 for p in clean)
    assert any(p.wide for p in plans) and any(p.feed for p in plans) and any(max(p.cut_mm) > 5 for p in plans)
    assert 40 < sum(p.grey for p in plans) < 160


def test_an_overcorrected_page_leans_the_other_way_by_degrees() -> None:
    flat = _block_tilt(_scan(_clean()))
    assert abs(flat) < 0.5
    for skew in (3.0, -3.0):
        tilt = _block_tilt(_scan(_clean(skew=skew)))
        assert 2.0 < abs(tilt) < 4.0 and np.sign(tilt) == np.sign(skew)


def test_a_tight_crop_loses_a_margin_and_a_wide_one_shows_black_corners() -> None:
    full = _scan(_clean())
    tight = _scan(_clean(cut_mm=(1.0, 1.0, 1.0, 14.0)))
    assert full.shape[0] - tight.shape[0] > 13 * 200 / 25.4 * 0.9 and full.shape[1] == tight.shape[1]
    assert np.percentile(full[:20, 20:-20], 50) > 200, "a clean crop shows paper at the edge"
    wide = _scan(_clean(skew=3.0, cut_mm=(-3.0, -3.0, 1.0, 1.0), wide=True))
    assert wide[:12, :12].mean() < 60, "the backing plate shows black in the corner"
    assert wide[wide.shape[0] // 2, wide.shape[1] - 120] > 200


def test_a_double_feed_merges_the_next_sheets_edge_with_a_shadowed_seam() -> None:
    one = _scan(_clean())
    two = _scan(_clean(feed="bottom", feed_mm=20.0))
    extra = two.shape[0] - one.shape[0]
    assert abs(extra - 20 * 200 / 25.4) < 3
    seam_row = two[one.shape[0] + 12, 40:-40].mean()
    assert seam_row < two[one.shape[0] - 40, 40:200].mean() - 40, "the seam is shadowed"
    tail = two[one.shape[0]:, :]
    assert (tail < 100).mean() > 0.02, "the next sheet's first lines show through in strokes"
