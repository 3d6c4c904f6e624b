"""court_fv (福建省南平市延平区人民法院): three dossiers of 南平 on 联单. A 武夷山 tea-packaging works enforces a
南平仲裁委员会 award against a 延平 tea company with nothing left — 限制消费, 失信, the applicant heard, 终本 — and the
volume lacks the 限制消费令 (only its 送达回证 is there). A 竹地板 mill enforces this court's judgment against a
building-materials dealer: an account frozen, the dealer pays, archived. A 闽江 river-sand carrier enforces a
建阳区人民法院 judgment against a construction company that settles and pays. The court's notices sit on multi-part
forms: a 存根 with its 正本 torn off, an 附卷联 whose 回执 is torn away, folded behind or hanging, a 回执联 that came
back alone. The flatbed's lid gapes: a dark grey border at one side, and glass wherever paper is missing."""

from __future__ import annotations

import io
import random
import re
from datetime import date, timedelta

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_fv_capture as cap
from dossier.corpus.families.court_fv import made_on, render
from dossier.corpus.families.court_fv_kit import FormSheet
from dossier.corpus.families.court_fv_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

OTHERS = {92118, 92263, 92407, 92536, 92671, 92814}
"""court_cx's and court_es's cases in the same thousand"""


def test_court_fv_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    plans = family_plans("court_fv")
    seqs = [p.seq for p in plans]
    assert len(seqs) == 3 and all(92000 <= s <= 92999 for s in seqs)
    assert not set(seqs) & OTHERS
    assert all(p.name.startswith(f"court_fv_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.complete for p in plans] == [False, True, True]
    assert [p.method for p in plans] == ["terminated_this_round", "fully_performed", "fully_performed"]
    assert plans[1].stage == "archive" and MISSING not in {d.code for d in plans[0].docs}
    served = [d.served for d in plans[0].docs if d.code == "service_receipt"]
    assert ["consumption_restriction_order", "dishonest_list_decision"] in served, "its 送达回证 is still there"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fv_01", "court_fv_02", "court_fv_03"):
        c = case_of(prefix)
        assert "闽0702执92" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_fv_01").applicant.id_number[2:8] == "350782", "the packaging works is in 武夷山"
    assert case_of("court_fv_03").respondent.id_number[2:8] == "350703", "the builder is registered in 建阳"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    tea, bamboo, sand = case_of("court_fv_01"), case_of("court_fv_02"), case_of("court_fv_03")
    award = text_of(render("enforcement_basis", tea, random.Random(0), []))
    assert "南平仲裁委员会" in award and "裁决书" in award and "南仲裁字" in award and "裁决如下" in award and "岩茶" in award
    assert "生效" in text_of(render("effectiveness_certificate", tea, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", tea, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "约谈申请执行人" in ttr
    assert "问：" in text_of(render("interview_record", tea, random.Random(0), []))
    own = text_of(render("enforcement_basis", bamboo, random.Random(0), []))
    assert "民事判决书" in own and "闽0702民初" in own and "竹地板" in own and "判决如下" in own
    closing = text_of(render("closing_notice", bamboo, random.Random(0), []))
    assert "结案通知书（存根）" in closing and "执行完毕" in closing, "the 存根 stays, the 正本 went to the applicant"
    other = text_of(render("enforcement_basis", sand, random.Random(0), []))
    assert "建阳区人民法院" in other and "闽0703民初" in other and "河砂" in other
    assert "执行和解协议" in text_of(render("settlement_agreement", sand, random.Random(0), []))
    assert "限制消费令" in text_of(render("consumption_restriction_order", sand, random.Random(0), []))
    application = text_of(render("enforcement_application", sand, random.Random(0), []))
    assert "财产所在地" in application and "失信被执行人名单" in application and "限制高消费" in application


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_fv_01", "court_fv_02", "court_fv_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fv") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            sheet = render("service_receipt", c, random.Random(3), d.served)[0]
            got = [date(*map(int, m)) for line in sheet.lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, sheet.lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on + timedelta(days=3)


def _paper_rows(sheet: FormSheet) -> np.ndarray:
    assert sheet.mask is not None
    m = np.asarray(sheet.mask, dtype=np.float32) / 255
    return m.mean(axis=1)


def test_the_sets_keep_what_the_archive_kept_of_them() -> None:
    tea = case_of("court_fv_01")
    stub = render("acceptance_notice", tea, random.Random(2), [])[0]
    assert isinstance(stub, FormSheet) and stub.state == "torn"
    rows = _paper_rows(stub)
    h = len(rows)
    assert rows[: h // 5].mean() > 0.95 and rows[h // 2:].max() < 0.05, "only the 存根 at the top is paper"
    lines = "".join(stub.lines)
    assert "存根" in lines and "受理案件通知书" in lines and tea.number in lines and "立案执行。" not in lines
    assert not any(line.startswith("骑缝") for line in stub.lines), "a torn seam keeps half of its serial"

    notice = render("enforcement_notice", tea, random.Random(2), [])[0]
    assert isinstance(notice, FormSheet) and notice.state == "torn"
    text = "".join(notice.lines)
    assert "执行通知书" in text and "附卷" in text and "回　　执" not in text and "已收到" not in text
    assert _paper_rows(notice)[-len(_paper_rows(notice)) // 6:].max() < 0.05

    order = render("property_report_order", tea, random.Random(2), [])[0]
    assert isinstance(order, FormSheet) and order.state == "folded" and "已收到" not in "".join(order.lines)

    pay = render("payment_notice", tea, random.Random(2), [])[0]
    assert isinstance(pay, FormSheet) and pay.state == "hanging"
    assert "交纳执行费通知书" in "".join(pay.lines) and "已交纳" in "".join(pay.lines), "the loose 回执 still shows"

    summons = render("summons", tea, random.Random(2), [])[0]
    assert isinstance(summons, FormSheet) and summons.state == "whole"
    assert any(line.startswith("骑缝 延法执") for line in summons.lines) and "存根" in "".join(summons.lines)

    bank = render("assistance_notice", tea, random.Random(2), [])[0]
    assert "协助执行通知书" in "".join(bank.lines) and "已冻结" in "".join(bank.lines)

    states = set()
    for seed in range(12):
        slip = render("service_receipt", tea, random.Random(seed), ["enforcement_notice", "property_report_order"])[0]
        assert isinstance(slip, FormSheet)
        states.add(slip.state)
        text = "".join(slip.lines)
        assert "送达回证" in text and "执行通知书、报告财产令各一份" in text and tea.number in text
        if slip.state == "slip":
            rows = _paper_rows(slip)
            assert rows[len(rows) * 3 // 4:].max() < 0.05, "a 回执联 alone on the glass"
    assert states == {"slip", "pasted"}


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.LidScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.format == "JPEG" and img.mode == "RGB" and img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_the_gaping_lid_leaves_a_dark_border_at_one_side() -> None:
    s = Sheet()
    s.lines.append("x")
    for side in cap.SIDES:
        _plan, a = _scan(s, 3, gap_side=side, rotation=0, skew=0.0, dpi=200, border_mm=10.0, gap_dark=50.0,
                        hinge_grey=190.0, blur=0.0)
        h, w = a.shape
        assert (w > s.width) == (side in ("left", "right")) and (h > s.height) == (side in ("top", "bottom"))
        edge = {"left": a[:, :20], "right": a[:, -20:], "top": a[:20], "bottom": a[-20:]}[side]
        middle = a[h // 3: 2 * h // 3, w // 3: 2 * w // 3]
        assert edge.mean() < 110 and middle.mean() > 215, (side, edge.mean(), middle.mean())


def test_glass_shows_where_a_part_is_missing_and_captures_stay_in_bounds() -> None:
    stub = render("acceptance_notice", case_of("court_fv_01"), random.Random(2), [])[0]
    _, a = _scan(stub, 5, gap_side="right", rotation=0, skew=0.0, dpi=200, gap_dark=45.0, hinge_grey=180.0)
    h, w = a.shape
    assert a[: h // 8, w // 3: w // 2].mean() > 200, "the 存根's paper"
    assert a[h * 2 // 3:, w // 3: w // 2].mean() < 185, "the glass under the open lid where the 正本 was"
    blank = Sheet()
    blank.lines.append("x")
    plans = [cap.plan_capture(random.Random(k), blank) for k in range(200)]
    turns = {p.rotation for p in plans}
    assert {0, 180} <= turns <= {0, 90, 180, 270} and turns & {90, 270}, "a few sideways or upside down"
    assert sum(p.rotation == 0 for p in plans) > 170
    assert all(200 <= p.dpi <= 300 and not p.photo and abs(p.skew) <= 1.6 and 40 <= p.quality <= 88 for p in plans)
    assert {p.gap_side for p in plans} == set(cap.SIDES)
    _plan, turned = _scan(blank, 9, rotation=90, dpi=200, gap_side="top")
    assert turned.shape[1] > turned.shape[0], "saved turned a quarter"
