"""court_cv (黑龙江省齐齐哈尔市龙沙区人民法院): three dossiers of old 齐齐哈尔. A pedestrian knocked down on an icy crossing
enforces this court's own judgment against the driver and his insurer: the insurer pays after the 执行通知书, the
driver's share is kept from his wages by the heating company he works for (协助执行通知书 and its 回执), 执行完毕. A
lender enforces the 湖滨人民法庭's 民事调解书: the borrower's car is seized, appraised and auctioned online, the rest
stays unpaid, 终本, archived (cover and catalogue first, the 法律文书生效证明书 right behind the 调解书). A landlord
enforces a 齐齐哈尔仲裁委员会 award for rent: account deducted, settled, paid — but the 报告财产令's receipt is not in
the volume. Every page is the undertaker's marked-up working copy, scanned in colour on a flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.families import court_cv_capture as cap
from dossier.corpus.families.court_cv import made_on, render
from dossier.corpus.families.court_cv_kit import Page
from dossier.corpus.families.court_cv_plans import DROPPED, MISSING
from dossier.validators.identity import check_credit_code

from .family_stories import case_of, family_plans, text_of


def test_court_cv_seqs_lie_in_its_range_and_the_defect_is_one_receipt() -> None:
    plans = family_plans("court_cv")
    assert len(plans) == 3 and all(89000 <= p.seq <= 89999 for p in plans)
    assert all(p.name.startswith(f"court_cv_0{i}_") for i, p in enumerate(plans, 1))
    assert MISSING == "service_receipt:property_report_order"
    award = plans[2]
    served = [s for d in award.docs if d.code == "service_receipt" for s in d.served]
    assert DROPPED not in served and "enforcement_notice" in served, "the notice's receipt names the notice only"
    assert any(d.code == DROPPED for d in award.docs), "the 报告财产令 itself is filed"


def test_the_insurer_carries_a_valid_credit_code() -> None:
    insurer = case_of("court_cv_01").extra["insurer"]
    assert check_credit_code(insurer.id_number) is None, insurer.name


def test_each_story_is_drawn_in_its_makers_words() -> None:
    traffic, loan, award = case_of("court_cv_01"), case_of("court_cv_02"), case_of("court_cv_03")
    judgment = text_of(render("enforcement_basis", traffic, random.Random(0), []))
    assert "民事判决书" in judgment and "交通事故责任强制保险" in judgment and "判决如下" in judgment
    order = text_of(render("assistance_notice", traffic, random.Random(0), []))
    assert traffic.extra["employer"] in order and "扣留、提取" in order and "工资" in order
    reply = text_of(render("assistance_notice", traffic, random.Random(0), ["reply"]))
    assert "协助执行回执" in reply and f"{traffic.extra['drv_share']:,.2f}" in reply
    assert traffic.extra["ins_share"] + traffic.extra["drv_share"] == traffic.amount
    mediation = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "民事调解书" in mediation and "湖滨人民法庭" in mediation and "自愿达成如下协议" in mediation
    assert "生效证明书" in text_of(render("effectiveness_certificate", loan, random.Random(0), []))
    auction = text_of(render("enforcement_ruling", loan, random.Random(0), ["auction"]))
    assert auction.startswith(("黑龙江省", "扫码")) and "执行裁定书" in auction and "拍卖被执行人" in auction
    assert loan.extra["plate"] in auction
    ttr = text_of(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and f"{loan.extra['left']:,.2f}" in ttr
    assert "成交确认书" in text_of(render("evidence", loan, random.Random(0), []))
    assert "齐齐哈尔仲裁委员会" in text_of(render("enforcement_basis", award, random.Random(0), []))
    assert "生效证明" in text_of(render("effectiveness_certificate", award, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_cv_01", "court_cv_02", "court_cv_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_cv") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
    traffic = case_of("court_cv_01")
    assert all(made_on(traffic, "assistance_notice") < when < made_on(traffic, "closing_notice")
               for when, _ in traffic.extra["wage_cuts"])


def _page(code: str) -> Page:
    sheet = render(code, case_of("court_cv_01"), random.Random(0), [])[0]
    assert isinstance(sheet, Page)
    return sheet


def test_the_pen_goes_to_amounts_parties_and_the_top_margin() -> None:
    sheet = _page("enforcement_notice")
    amounts = [s for s in sheet.spots if cap.AMOUNT.search(s[4])]
    assert amounts
    kinds: set[str] = set()
    for seed in range(16):
        plan = cap.plan_capture(random.Random(seed), sheet)
        assert plan.rotation == 0 and not plan.photo and abs(plan.skew) <= 1.5 and 200 <= plan.dpi <= 300
        for m in plan.marks:
            kinds.add(m.kind)
            if m.kind in ("circle", "underline") and m.ink != cap.MARKER:
                x = (m.box[0] + m.box[2]) / 2
                y = (m.box[1] + m.box[3]) / 2
                assert any(s[0] - 2 <= x <= s[2] + 2 and s[1] - 2 <= y <= s[3] + 2 for s in sheet.spots), m
    assert {"circle", "underline", "tick", "note"} <= kinds
    one_page = _page("payment_notice")
    notes = [m for seed in range(16) for m in cap.plan_capture(random.Random(seed), one_page).marks
             if m.kind == "note" and re.search(r"\d+\.\d+$", m.text)]
    assert notes, "a 批示 signed and dated"
    made = made_on(case_of("court_cv_01"), "payment_notice")
    for m in notes:
        mo, d = map(int, m.text.split()[-1].split("."))
        assert (mo, d) >= (made.month, made.day), "dated after the paper it approves"
    cover = render("dossier_cover", case_of("court_cv_02"), random.Random(0), [])[0]
    assert all(not cap.plan_capture(random.Random(seed), cover).marks for seed in range(8)), "filed later, never marked"


def test_ink_and_marker_show_in_colour_on_the_scanned_page() -> None:
    sheet = _page("enforcement_notice")
    amount = next(s for s in sheet.spots if cap.AMOUNT.search(s[4]))
    m = cap.AMOUNT.search(amount[4])
    assert m is not None
    box = cap._span(amount, m.start(), m.end())
    party = next(s for s in sheet.spots if s[4].endswith("："))
    plan = cap.plan_capture(random.Random(1), sheet)
    plan.skew, plan.blur, plan.lid, plan.dpi, plan.marks = 0.0, 0.0, ("", 0), 200, []
    clean = np.asarray(Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(1)))).convert("RGB"), dtype=np.int32)
    plan.marks = [cap.Mark("circle", box, cap.RED_PEN), cap.Mark("highlight", party[:4], cap.MARKER)]
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(1))))
    assert img.mode == "RGB" and img.info["dpi"][0] == pytest.approx(200, abs=1)
    a = np.asarray(img, dtype=np.int32)
    x0, y0, x1, y1 = (int(v) for v in box)
    ring = a[y0 - 40:y1 + 40, x0 - 40:x1 + 40]
    red = (ring[..., 0] > 140) & (ring[..., 1] < 110) & (ring[..., 2] < 120)
    before = clean[y0 - 40:y1 + 40, x0 - 40:x1 + 40]
    assert red.sum() > 150 and ((before[..., 0] > 140) & (before[..., 1] < 110) & (before[..., 2] < 120)).sum() < 20
    hx0, hy0, hx1, hy1 = (int(v) for v in party[:4])
    band = a[hy0 + 4:hy1, hx0:hx1].reshape(-1, 3)
    paper = band[band.sum(axis=1) > 450]
    assert len(paper) and paper[:, 2].mean() < paper[:, 1].mean() - 60, "yellow marker over the line"
    assert abs(clean.mean() - a.mean()) < 10, "the page itself is unchanged"
