"""court_ij (甘肃省敦煌市人民法院): three dossiers of 敦煌. A 鸣沙山 camel-tour company enforces a first-instance judgment
of the 酒泉市中级人民法院 against a travel agency — settled, paid in two instalments with two bank slips, 执行完毕,
archived. A grape grower enforces this court's judgment against a 葡萄干 trader — his truck seized, appraised and sold.
A hotel housekeeper enforces a wage award of the 敦煌市劳动人事争议仲裁委员会 — the hotel's account deducted — without
the award's 生效证明书. Every page went through an outside company's overhead book scanner: the gutter alternating
left/right page by page, curled lines, the gutter's shadow, binding holes, fingertips at the outer edge."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from decimal import Decimal

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_ij_capture as cap
from dossier.corpus.families.court_ij import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ij_seqs_lie_in_its_range_and_its_dossiers_are_named_in_order() -> None:
    plans = family_plans("court_ij")
    assert len(plans) == 3 and all(10900 <= p.seq <= 10999 for p in plans)
    assert all(p.name.startswith(f"court_ij_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.complete for p in plans] == [True, True, False]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ij_01", "court_ij_02", "court_ij_03"):
        c = case_of(prefix)
        assert "甘0982执109" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_basis_is_drawn_by_its_maker() -> None:
    camel, raisin, hotel = case_of("court_ij_01"), case_of("court_ij_02"), case_of("court_ij_03")
    judgment = text_of(render("enforcement_basis", camel, random.Random(0), []))
    assert "酒泉市中级人民法院" in judgment and "甘09民初" in judgment and "骆驼" in judgment and "判决如下" in judgment
    cert = text_of(render("effectiveness_certificate", camel, random.Random(0), []))
    assert "生效证明书" in cert and "发生法律效力" in cert and camel.basis_number in cert
    own = text_of(render("enforcement_basis", raisin, random.Random(0), []))
    assert "甘0982民初" in own and "无核白" in own
    award = text_of(render("enforcement_basis", hotel, random.Random(0), []))
    assert "敦煌市劳动人事争议仲裁委员会" in award and "敦劳人仲案字〔2023〕" in award and "裁决如下" in award
    assert "客房" in award


def test_the_truck_is_seized_then_sold_and_the_hotel_account_deducted() -> None:
    raisin, hotel = case_of("court_ij_02"), case_of("court_ij_03")
    seize = text_of(render("enforcement_ruling", raisin, random.Random(0), []))
    sale = text_of(render("enforcement_ruling", raisin, random.Random(0), ["sale"]))
    for ruling in (seize, sale):
        assert "执行裁定书" in ruling and raisin.extra["plate"] in ruling and "裁定如下" in ruling
    assert "扣押被执行人" in seize and "变卖被执行人" in sale and "评估" in sale
    assert made_on(raisin, "sale_ruling") > made_on(raisin, "investigation_record") > made_on(raisin, "enforcement_ruling")
    assert raisin.extra["appraised"] > raisin.amount, "the truck covers the debt"
    deduct = text_of(render("enforcement_ruling", hotel, random.Random(0), []))
    assert "冻结、扣划" in deduct and hotel.extra["r_acct"] in deduct
    record = text_of(render("investigation_record", raisin, random.Random(0), []))
    assert "晾房" in record and raisin.extra["plate"] in record


def test_two_instalments_two_bank_slips_in_order_summing_to_the_debt() -> None:
    camel = case_of("court_ij_01")
    plan = family_plans("court_ij")[0]
    vouchers = [d for d in plan.docs if d.code == "payment_voucher"]
    assert len(vouchers) == 2
    first, second = (text_of(render("payment_voucher", camel, random.Random(0), d.drawn_with)) for d in vouchers)
    assert "第一期" in first and "第二期" in second
    amounts = [Decimal(re.search(r"￥([\d,]+\.\d\d)", t).group(1).replace(",", "")) for t in (first, second)]  # type: ignore[union-attr]
    assert sum(amounts) == camel.amount
    days = [date.fromisoformat(re.search(r"(\d{4}-\d\d-\d\d) \d\d:", t).group(1)) for t in (first, second)]  # type: ignore[union-attr]
    agreed = made_on(camel, "settlement_agreement")
    assert agreed < days[0] < days[1] < camel.closed_on
    assert "分两期" in text_of(render("settlement_agreement", camel, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_ij_01", "court_ij_02", "court_ij_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ij") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            made = [made_on(c, "sale_ruling" if s == "sale" else s) for s in d.served]
            assert all(got[0] > m for m in made), (prefix, d.served, got)


def _sheet(line_at: float | None = None) -> Sheet:
    s = Sheet()
    s.lines.append("x")
    if line_at is not None:
        y = int(s.height * line_at)
        s.draw.rectangle((0, y, s.width, y + 4), fill=(0, 0, 0))
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.BookScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    defaults: dict[str, object] = {"rotation": 0, "skew": 0.0, "fingers": [], "noise": 1.0, "dpi": 200}
    for k, v in {**defaults, **change}.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi and img.width == round(sheet.width * plan.dpi / 200)
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def test_the_gutter_alternates_page_by_page_and_lies_in_shadow() -> None:
    rng = random.Random(5)
    blank = _sheet()
    sides = [cap.plan_capture(rng, blank).side for _ in range(6)]
    assert sides == ["left", "right"] * 3, "odd pages bound on the left, even on the right"
    other = random.Random(6)
    assert cap.plan_capture(other, blank).page == 1, "each volume counts its own pages"
    for side in ("left", "right"):
        _, a = _scan(blank, 2, side=side, mode="grey", gutter_depth=0.6, gutter_mm=20.0, falloff=0.0)
        grey = a.mean(axis=2)
        h, w = grey.shape
        mid = grey[int(h * 0.35): int(h * 0.45)]  # between the holes
        strip = mm(4)
        left, right = mid[:, mm(2): strip].mean(), mid[:, w - strip: w - mm(2)].mean()
        gutter, outer = (left, right) if side == "left" else (right, left)
        assert gutter < outer - 60, (side, gutter, outer)
        centre = mid[:, w // 2 - 20: w // 2 + 20].mean()
        assert abs(centre - outer) < 15, "the shadow stays at the binding"


def test_lines_curl_toward_the_middle_near_the_gutter() -> None:
    sheet = _sheet(line_at=0.15)
    _, a = _scan(sheet, 3, side="left", mode="grey", squeeze=0.3, curl_mm=40.0, gutter_depth=0.2, falloff=0.0,
                 thread=False)
    grey = a.mean(axis=2)
    h, w = grey.shape

    def row_of(x: int) -> int:
        return int(np.argmin(grey[: h // 2, x]))

    flat, near = row_of(w // 2), row_of(mm(6))
    assert abs(flat - int(h * 0.15)) <= 3
    assert near - flat > mm(3), (flat, near)  # the line dips toward the page's middle at the fold
    assert grey[:mm(1), mm(1)].mean() < 90, "the top corner at the fold shows the cradle"


def test_binding_holes_show_in_the_gutter_band() -> None:
    for side in ("left", "right"):
        _, a = _scan(_sheet(), 4, side=side, mode="grey", thread=False, hole_mm=9.0, squeeze=0.12, falloff=0.0,
                        gutter_depth=0.45)
        grey = a.mean(axis=2)
        h, w = grey.shape
        # find the darkest spots along the gutter band near each hole's row
        band = grey[:, mm(4): mm(14)] if side == "left" else grey[:, w - mm(14): w - mm(4)]
        profile = band.min(axis=1)
        for f in cap.HOLES:
            y = int(h * f)
            near_hole = profile[y - mm(4): y + mm(4)].min()
            between = profile[y + mm(12): y + mm(20)].min()
            assert near_hole < between - 50, (side, f, near_hole, between)


def test_a_fingertip_holds_the_outer_edge_in_skin_colour() -> None:
    _, a = _scan(_sheet(), 8, side="left", mode="colour", fingers=[(0.5, 16.0)], falloff=0.0)
    h, w = a.shape[:2]
    y = int(h * 0.5)
    tip = a[y - mm(2): y + mm(2), w - mm(6): w - mm(1)].reshape(-1, 3).mean(axis=0)
    assert tip[0] - tip[2] > 40, tip  # red over blue: skin, not paper
    free = a[int(h * 0.2): int(h * 0.2) + mm(4), w - mm(6): w - mm(1)].reshape(-1, 3).mean(axis=0)
    assert abs(free[0] - free[2]) < 12, free
    inner = a[y - mm(2): y + mm(2), w - mm(40): w - mm(30)].reshape(-1, 3).mean(axis=0)
    assert abs(inner[0] - inner[2]) < 12, "the finger covers only the margin"


def test_the_lamp_lights_one_side_more_and_the_profile_is_as_told() -> None:
    _, a = _scan(_sheet(), 9, side="right", mode="grey", lamp_left=True, falloff=0.15, gutter_depth=0.3)
    grey = a.mean(axis=2)
    h, w = grey.shape
    rows = grey[int(h * 0.3): int(h * 0.4)]
    lit, far = rows[:, mm(40): mm(60)].mean(), rows[:, w - mm(90): w - mm(70)].mean()
    assert lit - far > 10, (lit, far)
    blank = _sheet()
    many = [cap.plan_capture(random.Random(s), blank) for s in range(120)]
    assert {p.mode for p in many} == {"colour", "grey"}
    assert {p.dpi for p in many} <= {200, 240, 300} and not any(p.photo for p in many)
    assert 5 < sum(bool(p.fingers) for p in many) < 60
    assert sum(p.rotation != 0 for p in many) < 20
