"""court_hs (河南省周口市川汇区人民法院): three dossiers of 周口. A farm-machinery dealer enforces this court's sale-of-goods
judgment, upheld by the 周口中院 on appeal (both judgments filed as the basis), against a 商水 machinery co-operative:
deposits frozen and deducted through 网络查控, paid out, 执行完毕. A garment worker enforces a wage award of the
周口市劳动人事争议仲裁委员会 against a clothing company with nothing left: 限制消费, 失信, 终本, archived. A lender's
private loan judgment is settled in four instalments and paid — the dossier lacks the 结案通知书.
Every page is a two-up photocopy cut in two by software: a sliver of the neighbour or a lost strip at the inner
edge, the gutter's shadow, the lid's dark beyond the outer edge, grey toner, the pair's lean, some pairs upside down."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from typing import Any

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_hs_capture as cap
from dossier.corpus.families.court_hs import ARB, made_on, receipt_day, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_hs_01", "court_hs_02", "court_hs_03")


def test_court_hs_seqs_lie_in_its_range_and_its_dossiers_are_named_in_order() -> None:
    ours = family_plans("court_hs")
    assert len(ours) == 3 and all(8000 <= p.seq <= 8099 for p in ours)
    assert all(p.name.startswith(f"court_hs_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.complete for p in ours] == [True, True, False]
    assert [p.stage for p in ours] == ["closing", "archive", "closing"]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）豫1602执80\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    coop = case_of("court_hs_01").respondent
    assert coop.name.endswith("农机专业合作社") and coop.id_number.startswith("93411623"), "a co-operative's code is 93…"


def test_the_machinery_basis_holds_both_judgments_each_in_its_courts_style() -> None:
    c = case_of("court_hs_01")
    sheets = render("enforcement_basis", c, random.Random(0), [])
    starts = [k for k, s in enumerate(sheets) if s.starts_document]
    assert len(starts) == 1 and 1 < starts[0] < len(sheets), "the 二审 judgment starts a document of its own"
    first, second = text_of(sheets[: starts[0]]), text_of(sheets[starts[0]:])
    assert "河南省周口市川汇区人民法院" in first and "豫1602民初" in first and "判决如下" in first and "拖拉机" in first
    assert "河南省周口市中级人民法院" in second and c.extra["appeal_number"] in second and "豫16民终" in second
    assert "驳回上诉，维持原判。" in second and "本判决为终审判决" in second
    assert sheets[starts[0]].page_of is None and all(s.page_of and s.page_of[0] == k
                                                     for k, s in enumerate(sheets[starts[0] + 1:], 2))
    assert c.extra["first_day"] < c.extra["appeal_day"] < c.basis_effective < c.filed_on
    ruling = text_of(render("enforcement_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ruling and "裁定如下" in ruling
    assert all(acct in ruling for _bank, acct, _amt in c.extra["deduct"])
    assert sum(amt for _b, _a, amt in c.extra["deduct"]) == c.amount
    assert c.extra["deducted_on"] < c.extra["paid_out"] < c.closed_on


def test_the_wage_award_and_the_termination_speak_their_makers_words() -> None:
    c = case_of("court_hs_02")
    award = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert ARB in award and "仲裁裁决书" in award and "周劳人仲案字〔2023〕" in award and "裁决如下" in award
    assert f"{c.extra['wages']:,.0f}" in award and c.extra["job"] in award
    cert = text_of(render("effectiveness_certificate", c, random.Random(0), []))
    assert "生效证明" in cert and "发生法律效力" in cert and c.basis_number in cert
    ttr = text_of(render("termination_this_round_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "裁定如下" in ttr
    app = text_of(render("enforcement_application", c, random.Random(0), []))
    assert "限制消费" in app and "失信被执行人名单" in app and "法律援助" in app


def test_the_loan_is_settled_in_instalments_and_its_dossier_lacks_only_the_closing_notice() -> None:
    c = case_of("court_hs_03")
    plan = c.extra["instalments"]
    assert len(plan) == 4 and sum(amt for _d, amt in plan) == c.amount
    days = [d for d, _amt in plan]
    assert days == sorted(days) and made_on(c, "settlement_agreement") == days[0]
    assert days[-1] < c.extra["paid_out"] < c.closed_on
    agreement = text_of(render("settlement_agreement", c, random.Random(0), []))
    assert "执行和解协议" in agreement and all(f"{amt:,.2f}" in agreement for _d, amt in plan)
    voucher = text_of(render("payment_voucher", c, random.Random(0), []))
    assert "执行款领取确认书" in voucher and f"{c.amount:,.2f}" in voucher
    codes = [[d.code for d in p.docs] for p in family_plans("court_hs")]
    assert "closing_notice" in codes[0] and "closing_notice" not in codes[2]
    assert "online_inquiry_result" in codes[2], "the 查控 printout stays in the volume"


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hs") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert got == [receipt_day(c, d.served, random.Random(3))], lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


# ---- the two-up copies, measured on pixels ----

def _page(**marks: tuple[int, int, int, int]) -> Sheet:
    """A small blank page (a strip of A4 is enough to measure), with black bars at the given boxes."""
    s = Sheet(size=(mm(150), mm(180)))
    s.lines.append("x")
    for box in marks.values():
        s.image.paste((0, 0, 0), box)
    return s


def _copy(sheet: Sheet, seed: int = 1, **change: Any) -> tuple[cap.TwoUp, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    base = {"dpi": 200, "rotation": 0, "skew": 0.0, "specks": 0, "spread": 0, "noise": 1.0, "quality": 92}
    for k, v in {**base, **change}.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    size = (round(sheet.width * plan.dpi / 200), round(sheet.height * plan.dpi / 200))
    assert img.size == (size[::-1] if plan.rotation in (90, 270) else size)
    return plan, np.asarray(img, dtype=np.float32)


def _dark(a: np.ndarray) -> float:
    return float((a < 110).mean())


def test_a_sliver_of_the_neighbours_text_stays_at_the_inner_edge() -> None:
    s = _page()
    for side in ("left", "right"):
        kw: dict[str, Any] = {"side": side, "split": 6.0, "nb_margin": 1.0, "gutter": 50.0, "gutter_mm": 2.0}
        _, text = _copy(s, neighbour="text", **kw)
        _, blank = _copy(s, neighbour="blank", **kw)
        h, w = text.shape
        rows = slice(mm(40), h - mm(50))
        sliver = slice(w - mm(4.5), w) if side == "left" else slice(0, mm(4.5))
        assert _dark(text[rows, sliver]) > 0.03, (side, "cut-off characters of the facing page")
        assert _dark(blank[rows, sliver]) < 0.003, (side, "a blank facing page leaves paper")
        assert _dark(text[rows, w // 3: 2 * w // 3]) < 0.003, "the page itself is blank"
        # the characters are cut by the image's edge: ink reaches the very last columns
        edge = text[rows, -3:] if side == "left" else text[rows, :3]
        assert _dark(edge) > 0.01, side


def test_a_cut_inside_the_page_loses_its_inner_edge() -> None:
    bind = 10.0
    w = mm(150)
    bar = (w - mm(bind) - mm(3), mm(60), w - mm(bind), mm(120))  # the last 3 mm the binding leaves visible
    s = _page(bar=bar)
    kw: dict[str, Any] = {"side": "left", "bind": bind, "neighbour": "blank", "gutter": 30.0, "gutter_mm": 1.5}
    _, kept = _copy(s, split=0.0, **kw)
    _, lost = _copy(s, split=-4.0, **kw)
    rows = slice(mm(70), mm(110))
    assert kept[rows, -mm(2.5):].mean() < 90, "the bar shows at the inner edge when the cut is on the seam"
    assert lost[rows, -mm(12):].mean() > 170, "4 mm of the page's own edge went with the neighbour"


def test_the_gutter_shadow_lies_at_the_seam_and_the_lid_is_dark_beyond_the_outer_edge() -> None:
    s = _page()
    for side, split in (("left", 5.0), ("right", 3.0), ("left", -2.0)):
        plan, a = _copy(s, side=side, split=split, neighbour="blank", gutter=110.0, gutter_mm=3.0, bind=9.0, beyond=70.0,
                        gamma=1.0, fog=20.0, ink=40.0)
        h, w = a.shape
        cols = a[mm(20): h - mm(20)].mean(axis=0)
        seam = cap.seam_x(plan, w)
        if 0 < seam < w:
            window = range(max(0, seam - mm(3)), min(w, seam + mm(3)))
            darkest = min(window, key=lambda x: cols[x])
            assert abs(darkest - seam) <= mm(1.2), (side, split, darkest, seam)
            assert cols[seam] < np.median(cols) - 60, "a dark line where the pages dive into the binding"
        outer = (9.0 - split) - 1.0  # mm of the lid's dark beyond the volume's edge
        band = cols[: mm(outer)] if side == "left" else cols[w - mm(outer):]
        assert band.mean() < 140 and band.mean() < np.median(cols) - 80, (side, split, band.mean())


def test_grey_toner_and_the_pairs_lean() -> None:
    s = _page(bar=(mm(60), mm(80), mm(90), mm(100)))
    _, a = _copy(s, side="left", split=0.5, neighbour="blank", fog=25.0, ink=45.0, gamma=1.3)
    paper = a[mm(120): mm(160), mm(30): mm(110)]
    assert 205 < np.median(paper) < 245, "the copy's paper is a light toner grey, never white"
    assert 30 < np.median(a[mm(85): mm(95), mm(75): mm(88)]) < 70, "solid black comes out toner grey"
    s = _page()
    plan, a = _copy(s, side="left", split=3.0, neighbour="blank", gutter=120.0, gutter_mm=2.5, skew=0.8)
    w = a.shape[1]

    def seam_at(rows: slice) -> int:
        cols = a[rows].mean(axis=0)
        return int(np.argmin(cols[w - mm(12):]) + w - mm(12))

    shift = seam_at(slice(mm(150), mm(170))) - seam_at(slice(mm(10), mm(30)))
    want = cap.lean(plan, mm(140))
    assert abs(shift) >= mm(1) and abs(abs(shift) - abs(want)) <= mm(1.2), (shift, want)


def test_a_pair_copied_upside_down_has_its_sliver_and_shadow_on_the_other_side() -> None:
    s = _page(mark=(mm(20), mm(15), mm(40), mm(30)))  # a black block in the page's top left
    kw: dict[str, Any] = {"side": "left", "split": 6.0, "nb_margin": 1.0, "neighbour": "text", "beyond": 70.0,
                          "bind": 10.0}
    _, up = _copy(s, **kw)
    _, down = _copy(s, rotation=180, **kw)
    h, w = down.shape
    # the block, shifted 4 mm outward by the binding less the sliver, turned to the foot on the right
    assert down[h - mm(27): h - mm(18), w - mm(40): w - mm(30)].mean() < 100, "the block is at the foot, on the right"
    assert up[mm(18): mm(27), mm(30): mm(40)].mean() < 100
    rows = slice(mm(50), h - mm(40))
    assert _dark(down[rows, : mm(4.5)]) > 0.03 and _dark(up[rows, -mm(4.5):]) > 0.03, "the sliver changed sides"
    assert down[rows, -mm(2):].mean() < 150 and up[rows, : mm(2)].mean() < 150, "the lid's dark moved to the right"


def test_the_plans_spread_over_sides_splits_and_turns() -> None:
    s = _page()
    plans = [cap.plan_capture(random.Random(k), s) for k in range(300)]
    assert {p.side for p in plans} == {"left", "right"}
    assert 0.4 < sum(p.split > 2 for p in plans) / 300 < 0.7, "most cuts keep a sliver of the neighbour"
    assert 0.1 < sum(p.split < -1 for p in plans) / 300 < 0.4, "some cut into the page"
    assert 0.03 < sum(p.rotation == 180 for p in plans) / 300 < 0.15, "now and then a pair upside down"
    assert all(150 <= p.dpi <= 300 and not p.photo and abs(p.skew) < 1 and 7 <= p.bind <= 13 for p in plans)
