"""court_dp (广东省汕头市金平区人民法院): three dossiers of 汕头's old port district. A knitted-fabric supplier enforces the
court's own judgment on a fabric sale against a 潮南 garment maker: an account deducted, the rest paid under a
settlement, closed 执行完毕 and archived (cover and catalogue first, the civil division's 生效证明书 right behind the
judgment). A 小公园 shop owner enforces a 汕头仲裁委员会 award for rent against a 澄海 toy company that left: nothing
found, 限制消费 and 失信, the lawyer heard, 终本. A neighbour enforces a 民间借贷 mediation against a seafood stallholder
who settles and pays — without the 财产线索表. Every sheet went through an old duplex sheet-feed scanner with dust on
its glass, black backing behind the binding holes, some sheets crooked and dog-eared, some earlier pale photocopies."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families import court_dp_capture as cap
from dossier.corpus.families.court_dp import made_on, render
from dossier.corpus.families.court_dp_plans import MISSING, plans
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import text_of


def family_plans(family: str) -> list[Plan]:
    """court_dp's own plans (without importing every other family's: keeps this module quick)."""
    assert family == "court_dp"
    return plans()


def case_of(prefix: str) -> CaseCtx:
    """The case of the dossier whose name starts with `prefix` (the seed need not be the build's)."""
    plan = next(p for p in plans() if p.name.startswith(prefix))
    return case_for(plan, random.Random(plan.seq))


def test_court_dp_seqs_lie_in_its_range_and_the_names_are_in_order() -> None:
    ps = family_plans("court_dp")
    assert len(ps) == 3 and all(14100 <= p.seq <= 14999 for p in ps)
    assert all(p.name.startswith(f"court_dp_0{i}_") for i, p in enumerate(ps, 1))
    assert MISSING not in {d.code for d in ps[2].docs} and all(MISSING in {d.code for d in p.docs} for p in ps[:2])


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_dp_01", "court_dp_02", "court_dp_03"):
        c = case_of(prefix)
        assert "粤0511执14" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)
            region = p.id_number[2:8] if p.kind == "organisation" else p.id_number[:6]
            assert region.startswith("4405"), ("汕头 parties", prefix, region)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    fabric, lease, loan = case_of("court_dp_01"), case_of("court_dp_02"), case_of("court_dp_03")
    judgment = text_of(render("enforcement_basis", fabric, random.Random(0), []))
    assert "民事判决书" in judgment and "面料" in judgment and "判决如下" in judgment
    award = text_of(render("enforcement_basis", lease, random.Random(0), []))
    assert "汕头仲裁委员会" in award and "裁决" in award and "玩具" in award
    assert "生效证明" in text_of(render("effectiveness_certificate", lease, random.Random(0), []))
    mediation = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "民事调解书" in mediation and "海鲜" in mediation and "自愿达成如下协议" in mediation
    ttr = text_of(render("termination_this_round_ruling", lease, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    ruling = text_of(render("enforcement_ruling", fabric, random.Random(0), []))
    assert "执行裁定书" in ruling and fabric.extra["r_acct"] in ruling and "裁定如下" in ruling
    letter = text_of(render("law_firm_letter", loan, random.Random(0), []))
    assert loan.firm in letter and "律师事务所函" in letter
    licence = text_of(render("identity_proof", lease, random.Random(0), ["respondent"]))
    assert "营 业 执 照" in licence and lease.respondent.id_number in licence


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_dp"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def _scan(plan: cap.SheetFeed, sheet: Sheet, seed: int = 3) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L", "greyscale"
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(sheet.width * plan.dpi / DPI)
    return np.asarray(img, dtype=np.float32)


def _blank() -> Sheet:
    s = Sheet()
    s.lines.append("x")
    return s


def _quiet(plan: cap.SheetFeed) -> cap.SheetFeed:
    plan.skew, plan.dog_ear, plan.toner, plan.show_through, plan.staples, plan.gamma = 0.0, "", 0.0, 0.0, 0, 1.0
    plan.dpi = 200  # the smallest of its resolutions keeps the test quick
    return plan


def test_the_dust_on_the_glass_draws_a_line_down_every_page_at_the_same_place() -> None:
    plans = [cap.plan_capture(random.Random(s), _blank()) for s in range(40)]
    assert all(p.rotation == 0 and not p.photo and 200 <= p.dpi <= 300 for p in plans)
    assert all(p.streaks[0][0] == plans[0].streaks[0][0] for p in plans), "the first speck never moves"
    assert 0 < sum(len(p.streaks) == 2 for p in plans) < 40, "the second comes and goes"
    for seed in (1, 2):
        plan = _quiet(cap.plan_capture(random.Random(seed), _blank()))
        plan.skew = 2.0  # the paper moves, the dust does not
        a = _scan(plan, _blank(), seed)
        h, w = a.shape
        x = int(cap.GLASS[0][0] * w)
        for band in (slice(h // 10, h // 10 + 200), slice(h // 2, h // 2 + 200), slice(h - 400, h - 200)):
            col = a[band, x - 8: x + 10].mean(axis=0)
            assert col.min() < np.median(col) - 40, "a dark thin line at the speck's x, top to bottom"


def test_the_binding_holes_show_the_black_backing_at_the_left_margin() -> None:
    plan = _quiet(cap.plan_capture(random.Random(4), _blank()))
    plan.staples = 2
    a = _scan(plan, _blank())
    h = a.shape[0]
    per_mm = plan.dpi / 25.4
    x = int(11 * per_mm)
    for y in (h / 2 - 40 * per_mm, h / 2 + 40 * per_mm):
        assert a[int(y) - 3: int(y) + 3, x - 3: x + 3].mean() < 60, "a punched hole, black"
    assert a[int(h / 2) - 5: int(h / 2) + 5, x - 3: x + 3].mean() > 200, "paper between the holes"
    assert a[: int(40 * per_mm), : int(30 * per_mm)].min() < 80, "staple holes at the top left"


def test_a_crooked_sheet_shows_black_wedges_and_a_dog_ear_hides_its_corner() -> None:
    plan = _quiet(cap.plan_capture(random.Random(5), _blank()))
    plan.skew, plan.dog_ear, plan.ear_mm = 2.2, "tr", 18.0
    a = _scan(plan, _blank())
    assert a[:6, :40].mean() < 80 or a[:6, -40:].mean() < 80, "the backing shows where the crooked paper is not"
    plan = _quiet(cap.plan_capture(random.Random(5), _blank()))
    plan.dog_ear, plan.ear_mm = "tr", 18.0
    a = _scan(plan, _blank())
    s = int(18 / 25.4 * plan.dpi)
    assert a[4: s // 4, -s // 4: -4].mean() < 60, "the corner itself is gone: black backing"
    flap = a[int(s * 0.7): int(s * 0.9), -int(s * 0.9): -int(s * 0.7)]
    assert 200 < flap.mean() < 250, "the folded flap lies on the page, its blank back outward"


def test_a_low_toner_copy_is_pale_on_the_right_and_every_page_stays_readable() -> None:
    sheet = render("enforcement_notice", case_of("court_dp_03"), random.Random(0), [])[0]
    plan = _quiet(cap.plan_capture(random.Random(6), sheet))
    plan.streaks = []
    good = _scan(plan, sheet)
    plan.toner = 0.6
    pale = _scan(plan, sheet)
    h, w = good.shape
    band = slice(h // 4, 3 * h // 4)
    left, right = slice(int(w * 0.12), int(w * 0.3)), slice(int(w * 0.7), int(w * 0.88))
    ink = lambda a, cols: float(np.percentile(a[band, cols], 1))  # noqa: E731  (the darkest strokes)
    assert ink(pale, right) > ink(good, right) + 40, "the right part's strokes went pale"
    assert ink(pale, left) < ink(good, left) + 25, "the left part kept its toner"
    assert np.percentile(pale[band, right], 90) - ink(pale, right) > 60, "still readable against the paper"
    share = [cap.plan_capture(random.Random(s), sheet) for s in range(100)]
    assert 3 < sum(p.toner > 0 for p in share) < 30 and 0 < sum(p.show_through > 0 for p in share) < 25
