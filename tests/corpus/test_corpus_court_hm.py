"""court_hm (吉林省松原市宁江区人民法院): three dossiers of 松原. A 前郭 corn dealer enforces the 前郭县法院's judgment
(with its 生效证明书) against a 宁江 feed mill — silo and corn sealed, a settlement paid in three instalments, 执行完毕.
A supplier of 抽油杆 and 油管 enforces a 松原仲裁委员会 award against an oil-field services contractor whose trucks are
gone — 限制消费, 失信, the applicant heard, 终本, archived. A 查干湖 fishing co-operative enforces this court's judgment
against a fish restaurant, its account frozen and the sum taken — without the co-operative's 收取案款确认书. Every bound
page was shot on a V-cradle book scanner: squeezed and bent toward the spine, shadowed there, held by fingers, framed
in black felt; loose slips lie flat."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_hm_capture as cap
from dossier.corpus.families.court_hm import INSTALMENTS, made_on, render
from dossier.corpus.families.court_hm_kit import is_loose
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_hm_01", "court_hm_02", "court_hm_03")


def test_court_hm_seqs_lie_in_its_range() -> None:
    plans = family_plans("court_hm")
    assert [p.seq for p in plans] == [4317, 4342, 4368]
    assert all(p.name.startswith(f"court_hm_0{i}_") for i, p in enumerate(plans, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）吉0702执43\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    corn, fish = case_of("court_hm_01"), case_of("court_hm_03")
    assert corn.applicant.id_number.startswith("220721"), "a 前郭 man"
    assert fish.applicant.id_number.startswith("93"), "a farmers' co-operative's code"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    corn, oil, fish = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", corn, random.Random(0), []))
    assert "前郭尔罗斯蒙古族自治县人民法院" in judgment and "吉0721民初" in judgment and "玉米" in judgment
    assert "判决如下" in judgment and "民事判决书" in judgment.replace(" ", "")
    cert = text_of(render("effectiveness_certificate", corn, random.Random(0), []))
    assert "发生法律效力" in cert and corn.basis_number.replace("〇", "○") in cert
    award = text_of(render("enforcement_basis", oil, random.Random(0), []))
    assert "松原仲裁委员会" in award and "松仲裁字第" in award and "裁决如下" in award and "抽油杆" in award
    assert "终局裁决" in text_of(render("effectiveness_certificate", oil, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", oil, random.Random(0), []))
    assert "执行裁定书" in ttr.replace(" ", "") and "终结本次执行程序。" in ttr
    assert all(plate in ttr for plate in oil.extra["trucks"])
    seal_order = text_of(render("enforcement_ruling", corn, random.Random(0), []))
    assert "筒仓" in seal_order and "玉米" in seal_order and "裁定如下" in seal_order
    take = text_of(render("enforcement_ruling", fish, random.Random(0), []))
    assert fish.extra["r_acct"] in take and "扣划" in take
    fish_judgment = text_of(render("enforcement_basis", fish, random.Random(0), []))
    assert "胖头鱼" in fish_judgment and "吉0702民初" in fish_judgment


def test_the_instalments_follow_the_settlement_and_precede_the_closing() -> None:
    corn = case_of("court_hm_01")
    deal = text_of(render("settlement_agreement", corn, random.Random(0), []))
    assert deal.count("期：") == 3
    slips = render("payment_voucher", corn, random.Random(0), [])
    assert len(slips) == 3 and all(is_loose(s) for s in slips)
    assert [s.starts_document for s in slips] == [False, True, True]
    days = [date.fromisoformat(m) for s in slips for line in s.lines for m in re.findall(r"记账日期：(\d{4}-\d\d-\d\d)", line)]
    assert days == [corn.day(k) for k in INSTALMENTS]
    assert made_on(corn, "settlement_agreement") < days[0] and days[-1] < made_on(corn, "closing_notice") <= corn.closed_on


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hm") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _ruled(lines_at: tuple[float, ...] = (0.12,), columns_every_mm: float = 0.0, loose: bool = False,
           size: tuple[int, int] = (mm(150), mm(200))) -> Sheet:
    s = Sheet(size=size)
    s.lines.append("x")
    for f in lines_at:
        y = int(s.height * f)
        s.image.paste((0, 0, 0), (0, y, s.width, y + 4))
    if columns_every_mm:
        x = 0.0
        while x < s.width:
            s.image.paste((0, 0, 0), (int(x), int(s.height * 0.45), int(x) + 3, int(s.height * 0.55)))
            x += mm(columns_every_mm)
    if loose:
        setattr(s, "loose", True)  # noqa: B010
    return s


def _shoot(sheet: Sheet, seed: int = 1, **change: object) -> tuple[cap.CradleShot, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in {"fingers": [], "tilt": 0.0, "rotation": 0, "grey": False, "noise": 1.0, **change}.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def _page_box(plan: cap.CradleShot, w: int, h: int) -> tuple[int, int]:
    """(left, top) of the page inside the felt."""
    px = [round(v / 25.4 * plan.dpi) for v in plan.margins_mm]
    left = px[0] if plan.gutter == "left" else px[1]
    return left, px[2]


def test_lines_bend_in_and_crowd_toward_the_spine() -> None:
    for gutter in ("left", "right"):
        sheet = _ruled((0.12,), columns_every_mm=5)
        plan, a = _shoot(sheet, 2, gutter=gutter, dpi=200, squeeze=2.0, reach=0.12, droop=0.05)
        grey = a.mean(axis=2)
        left, top = _page_box(plan, sheet.width, sheet.height)
        w, h = sheet.width, sheet.height
        spine_col = left + (mm(6) if gutter == "left" else w - mm(6))
        mid_col = left + w // 2
        band = slice(top + mm(10), top + int(h * 0.3))  # below the page's own top edge, which dips too
        row_spine = int(np.argmin(grey[band, spine_col]))
        row_mid = int(np.argmin(grey[band, mid_col]))
        assert row_spine > row_mid + mm(1.5), "the top line dips toward the page's middle at the spine"
        ticks = grey[top + int(h * 0.5), left: left + w] < 100
        edges = np.flatnonzero(np.diff(ticks.astype(int)) == 1)
        spine_half = edges[edges < w * 0.15] if gutter == "left" else edges[edges > w * 0.85]
        mid = edges[(edges > w * 0.4) & (edges < w * 0.6)]
        assert np.diff(spine_half).mean() < np.diff(mid).mean() * 0.8, "the ruled ticks crowd at the spine"


def test_the_felt_frames_the_page_and_the_spine_falls_into_shadow() -> None:
    sheet = _ruled(())
    plan, a = _shoot(sheet, 3, gutter="left", dpi=200, shade=0.55)
    grey = a.mean(axis=2)
    assert max(grey[:20, :20].mean(), grey[-20:, -20:].mean(), grey[:20, -20:].mean()) < 60, "black felt in the corners"
    left, top = _page_box(plan, sheet.width, sheet.height)
    row = grey[top + sheet.height // 2]
    assert row[left + 4] < row[left + sheet.width // 2] - 60, "the paper is dark at the spine"
    assert row[left + sheet.width // 2] > 200


def _skin(a: np.ndarray) -> int:
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    return int(((r - b > 45) & (r > g + 12) & (r > 120)).sum())


def test_a_finger_holds_the_outer_edge_and_may_cover_text() -> None:
    sheet = _ruled(())
    bare = _shoot(sheet, 4, gutter="left")[1]
    assert _skin(bare) == 0
    finger = cap.Finger("outer", 0.5, 24.0, 18.0, 0.0, (214, 160, 126), False, 3.0)
    plan, a = _shoot(sheet, 4, gutter="left", dpi=200, fingers=[finger])
    assert _skin(a) > mm(15) * mm(15)
    left, top = _page_box(plan, sheet.width, sheet.height)
    inside = a[top + sheet.height // 2 - mm(4): top + sheet.height // 2 + mm(4), left + sheet.width - mm(20): left + sheet.width - mm(10)]
    assert _skin(inside) > inside.shape[0] * inside.shape[1] * 0.5, "the tip lies on the page past its outer margin"
    cot = cap.Finger("outer", 0.5, 24.0, 18.0, 0.0, (214, 160, 126), True, 3.0)
    _, b = _shoot(sheet, 4, gutter="left", dpi=200, fingers=[cot])
    tip = b[top + sheet.height // 2 - mm(3): top + sheet.height // 2 + mm(3), left + sheet.width - mm(18): left + sheet.width - mm(12)]
    assert (tip[..., 2] > 120).mean() > 0.5 and _skin(tip) < _skin(inside), "a finger cot is paler than the skin"


def test_a_leaf_bound_upside_down_comes_out_turned() -> None:
    sheet = _ruled(())
    sheet.image.paste((0, 0, 0), (mm(10), mm(10), mm(40), mm(30)))
    plan, a = _shoot(sheet, 5, gutter="left", dpi=200, rotation=180, squeeze=1.2)
    grey = a.mean(axis=2)
    left, top = _page_box(plan, sheet.width, sheet.height)
    w, h = sheet.width, sheet.height
    assert grey[top + h - mm(20), left + w - mm(25)] < 80 and grey[top + mm(20), left + mm(25)] > 150


def test_loose_slips_lie_flat_and_may_be_laid_sideways() -> None:
    slip = _ruled((0.3,), loose=True, size=(mm(200), mm(95)))
    plan, a = _shoot(slip, 6, dpi=200)
    grey = a.mean(axis=2)
    left, _top = _page_box(plan, slip.width, slip.height)
    rows = [int(np.argmin(grey[:, left + x])) for x in (mm(5), slip.width // 2, slip.width - mm(5))]
    assert max(rows) - min(rows) <= 2, "no curve on a slip"
    _, side = _shoot(slip, 6, dpi=200, rotation=90)
    assert side.shape[0] > side.shape[1]
    plans = [cap.plan_capture(random.Random(s), slip) for s in range(120)]
    assert all(p.loose and not p.fingers for p in plans) and {90, 270} & {p.rotation for p in plans}


def test_the_bound_pages_plans_vary_as_the_volume_does() -> None:
    page = _ruled(())
    plans = [cap.plan_capture(random.Random(s), page) for s in range(200)]
    assert {p.rotation for p in plans} == {0, 180}
    assert 0 < sum(p.rotation == 180 for p in plans) < 30
    assert sum(bool(p.fingers) for p in plans) > 150 and any(f.cot for p in plans for f in p.fingers)
    assert {p.gutter for p in plans} == {"left", "right"}
    assert all(200 <= p.dpi <= 300 and not p.photo and not p.loose for p in plans)
