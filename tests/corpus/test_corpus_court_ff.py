"""court_ff (宁夏回族自治区石嘴山市大武口区人民法院): three dossiers of the coal town under 贺兰山. A 太西煤 trading
company enforces the 石嘴山中院's appeal judgment against a calcium-carbide plant — an account frozen at 石嘴山银行, a
settlement paid in two instalments, 执行完毕, archived (cover and catalogue first, this court's 生效证明书 behind the
judgment). A Hui dump-truck driver enforces this court's 民事调解书 for hauling stone against a 贺兰山 quarry shut in the
clean-up: nothing found, 限制消费 and 失信, the driver heard, 终本. A 枸杞 seller enforces her loan judgment against a
清真 手抓羊肉 house's owner, who settles and pays — without her 收取案款确认书. The pages were handled with coal-dusty
hands (smudges, grey thumbs, a tea ring, a fold's grime, pencil, a torn corner), thumbed in red over the signatures,
and scanned on a flatbed at 150–300 dpi, the lid sometimes left open."""

from __future__ import annotations

import io
import random
import re
from datetime import date, timedelta

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_ff_capture as cap
from dossier.corpus.families.court_ff import fee, made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_ff_01", "court_ff_02", "court_ff_03")


def test_court_ff_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_ff")]
    assert len(seqs) == 3 and all(43000 <= s <= 43999 for s in seqs)
    assert not set(seqs) & {43106, 43118, 43217, 43257, 43358, 43409}, "older dossiers' cases"
    assert all(p.name.startswith(f"court_ff_0{i}_") for i, p in enumerate(family_plans("court_ff"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）宁0202执43\d{3}号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    haul, goji = case_of("court_ff_02"), case_of("court_ff_03")
    assert haul.applicant.id_number[:6] == "640202" and haul.extra["nation"][haul.applicant.name] == "回族"
    assert goji.respondent.kind == "person" and goji.extra["nation"][goji.respondent.name] == "回族"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    coal, haul, goji = (case_of(p) for p in PREFIXES)
    appeal = text_of(render("enforcement_basis", coal, random.Random(0), []))
    assert "石嘴山市中级人民法院" in appeal and "宁02民终" in appeal and "驳回上诉，维持原判" in appeal and "太西" in appeal
    proof = text_of(render("effectiveness_certificate", coal, random.Random(0), []))
    assert "生效证明书" in proof and coal.extra["first"] in proof and "发生法律效力" in proof
    ruling = text_of(render("enforcement_ruling", coal, random.Random(0), []))
    assert "执行裁定书" in ruling and "裁定如下" in ruling and coal.extra["r_acct"] in ruling
    mediation = text_of(render("enforcement_basis", haul, random.Random(0), []))
    assert "民事调解书" in mediation and haul.extra["plate"] in mediation and "石料" in mediation
    ttr = text_of(render("termination_this_round_ruling", haul, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "贺兰山" in ttr
    judgment = text_of(render("enforcement_basis", goji, random.Random(0), []))
    assert "民事判决书" in judgment and "枸杞" in judgment and goji.extra["shop"] in judgment and "清真" in judgment
    application = text_of(render("enforcement_application", goji, random.Random(0), []))
    assert "限制消费" in application and "失信被执行人名单" in application
    assert f"{fee(coal.amount):,.2f}" in text_of(render("payment_notice", coal, random.Random(0), []))


def test_the_application_fee_follows_the_scale() -> None:
    from decimal import Decimal

    assert fee(Decimal(8000)) == Decimal("50.00")
    assert fee(Decimal(110000)) == Decimal("1550.00")
    assert fee(Decimal(600000)) == Decimal("8400.00")


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ff") if p.name.startswith(prefix))
        receipts = [d for d in plan.docs if d.code == "service_receipt"]
        assert receipts
        for d in receipts:
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_the_dates_run_in_order() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ff") if p.name.startswith(prefix))
        codes = {d.code for d in plan.docs}
        assert c.basis_effective < c.filed_on
        assert made_on(c, "enforcement_application") < c.filed_on <= made_on(c, "acceptance_notice")
        assert made_on(c, "enforcement_notice") <= made_on(c, "enforcement_ruling") <= c.closed_on
        if "termination_this_round_ruling" in codes:
            assert made_on(c, "investigation_record") < made_on(c, "interview_record") < made_on(c, "termination_this_round_ruling")
            assert made_on(c, "termination_this_round_ruling") - c.filed_on >= timedelta(days=90)
        if "settlement_agreement" in codes:
            assert made_on(c, "settlement_agreement") < c.extra["pay_day"] <= made_on(c, "closing_notice")
        if plan.stage == "archive":
            assert all(made_on(c, x) > c.closed_on for x in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"))


def test_signatures_are_thumbed_in_red() -> None:
    haul = case_of("court_ff_02")
    sheets = render("interview_record", haul, random.Random(4), [])
    for s in sheets:
        a = np.asarray(s.image, dtype=np.int16)
        foot = a[s.height - mm(50):]
        red = (foot[..., 0] > 150) & (foot[..., 0] - foot[..., 1] > 70) & (foot[..., 0] - foot[..., 2] > 60)
        assert red.sum() > 200, "the person heard pressed a red thumb over the name at the foot of each page"


def _blank(h_mm: float = 297) -> Sheet:
    s = Sheet(size=(mm(210), mm(h_mm)))
    s.lines.append("x")
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.CoalScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    clean: dict[str, object] = {"smudges": [], "prints": [], "ring": None, "fold": None, "pencil": [], "torn": None,
                                "skew": 0.0, "rotation": 0, "offset": (0.0, 0.0), "noise": 1.0, "lamp": 0.0}
    clean.update(change)
    for k, v in clean.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_the_flatbed_plans_vary_page_to_page() -> None:
    page = _blank()
    plans = [cap.plan_capture(random.Random(s), page) for s in range(150)]
    assert {p.dpi for p in plans} == {150, 200, 240, 300}
    assert {p.mode for p in plans} == {"grey", "colour"}
    assert {p.rotation for p in plans} == {0, 90, 180, 270} and sum(p.rotation == 0 for p in plans) > 100
    assert 10 < sum(p.lid_open for p in plans) < 60
    assert sum(bool(p.smudges) for p in plans) > 60 and sum(p.ring is not None for p in plans) > 5
    assert 0 < sum(p.torn is not None for p in plans) < 35
    assert all(abs(p.skew) <= 2.2 and not p.photo for p in plans)
    for p in plans:
        for sm in p.smudges:
            inner = 0.15 < sm.xf < 0.85 and 0.15 < sm.yf < 0.85
            assert not inner or sm.alpha <= cap.OVER_TEXT_MAX, "over the text a smudge stays thin enough to read through"


@pytest.mark.parametrize("dpi", [150, 300])
def test_the_glass_is_larger_than_the_page_and_turned_pages_are_turned(dpi: int) -> None:
    _, a = _scan(_blank(), 1, dpi=dpi, mode="grey", lid_open=False)
    gw, gh = round(cap.GLASS_MM[0] / 25.4 * dpi), round(cap.GLASS_MM[1] / 25.4 * dpi)
    assert a.shape == (gh, gw)
    _, b = _scan(_blank(), 1, dpi=dpi, mode="grey", lid_open=False, rotation=90)
    assert b.shape == (gw, gh)


def test_an_open_lid_shows_black_round_the_paper_a_closed_one_off_white() -> None:
    small = _blank(120)  # a bank slip on the glass
    _, shut = _scan(small, 2, dpi=150, mode="grey", lid_open=False)
    _, open_ = _scan(small, 2, dpi=150, mode="grey", lid_open=True)
    below = slice(round(150 / 25.4 * 150), None)
    assert np.median(open_[below]) < 40 and np.median(shut[below]) > 200
    assert np.median(open_[: round(100 / 25.4 * 150)]) > 220, "the paper itself stays white"


def test_coal_dirt_darkens_where_it_lies_and_a_torn_corner_shows_the_ground() -> None:
    dpi = 200
    smear = cap.Smudge(0.06, 0.5, 40, 16, 80, 0.55)
    _, a = _scan(_blank(), 3, dpi=dpi, mode="grey", lid_open=False, smudges=[smear])
    h, w = round(297 / 25.4 * dpi), round(210 / 25.4 * dpi)
    spot = a[int(0.5 * h) - 20: int(0.5 * h) + 20, int(0.06 * w) - 20: int(0.06 * w) + 20]
    clean = a[int(0.5 * h) - 20: int(0.5 * h) + 20, int(0.5 * w) - 20: int(0.5 * w) + 20]
    assert clean.mean() - spot.mean() > 30
    _, t = _scan(_blank(), 4, dpi=dpi, mode="grey", lid_open=True, torn=("tl", 16.0))
    assert t[5:20, 5:20].mean() < 60, "the corner torn off lets the black room show"
    assert t[h // 2, w // 2] > 200
    _, r = _scan(_blank(), 5, dpi=dpi, mode="colour", lid_open=False, ring=(0.5, 0.5, 38.0, 0.35, 0.0, 340.0))
    ring = r[int(0.5 * h), int(0.5 * w) - round(38 / 25.4 * dpi) - 8: int(0.5 * w) - round(38 / 25.4 * dpi) + 8]
    assert ring.min() < r[int(0.5 * h), int(0.5 * w)] - 20, "the tea glass's rim"
