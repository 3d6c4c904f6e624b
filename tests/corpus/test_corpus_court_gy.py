"""court_gy (山东省泰安市泰山区人民法院): three dossiers of the 岱宗嘉园 estate's property company against its owners,
on the 上高 tribunal's small-claims judgments, the company acting through its own employee. An owner's 泰安银行
account frozen and debited (执行完毕, archived: cover, catalogue, review form, remarks sheet, the 生效证明书 behind
the judgment); an owner with nothing but a flat another court sealed first (限制消费, 失信, the employee heard, 终本);
a retired owner's handwritten objection to the freezing of his pension account, rejected by ruling — without that
ruling's 送达回证. Every page was scanned two sheets to an A3 flatbed scan and split down the middle by software: a
sliver of the neighbouring sheet and a dark seam along the inner side, or a few millimetres of the page's own inner
margin cut off."""

from __future__ import annotations

import io
import random
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gy_capture as cap
from dossier.corpus.families.court_gy import made_on, render
from dossier.corpus.families.court_gy_kit import COMPANY, STAFF, STAFF_ID
from dossier.corpus.families.court_gy_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_gy_01", "court_gy_02", "court_gy_03")


def test_court_gy_seqs_lie_in_its_range_and_miss_every_other_dossiers() -> None:
    ours = family_plans("court_gy")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(800 <= s <= 1099 for s in seqs)
    assert not set(seqs) & {p.seq for p in plans() if p.family != "court_gy"}
    assert all(p.name.startswith(f"court_gy_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.stage for p in ours].count("archive") == 1
    assert [p.method for p in ours].count("terminated_this_round") == 1
    assert MISSING == "service_receipt:enforcement_ruling"


def test_the_parties_carry_valid_numbers_the_court_code_and_an_employee_as_agent() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "鲁0902执" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
        data = c.case_json()
        applicant = data["applicants"][0]
        if prefix == "court_gy_03":
            assert "执异" in c.number and "agent" not in applicant and applicant["kind"] == "person"
            assert data["respondents"][0]["name"] == COMPANY
        else:
            assert applicant["name"] == COMPANY
            assert applicant["agent"]["kind"] == "other" and applicant["agent"]["name"] == STAFF
    assert check_id_number(STAFF_ID) is None


def test_each_story_is_drawn_in_its_makers_words() -> None:
    debit, bare, objection = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", debit, random.Random(0), []))
    assert "民事判决书" in judgment and "小额诉讼" in judgment and "本判决为终审判决" in judgment
    assert "鲁0902民初" in judgment and "物业服务费" in judgment and "上高人民法庭" in judgment
    application = render("enforcement_application", debit, random.Random(0), [])
    assert len(application) == 2 and "强制执行申请书" in text_of(application[:1])
    assert "物业服务费欠费明细" in text_of(application[1:])
    assert f"{debit.extra['arrears']:,.2f}" in "".join(application[1].lines), "the statement adds up to the judgment"
    mandate = render("power_of_attorney", bare, random.Random(0), [])
    assert "授权委托书" in text_of(mandate[:1]) and "本公司员工" in text_of(mandate[:1])
    assert "参保证明" in text_of(mandate[1:]) and STAFF_ID in text_of(mandate[1:])
    freeze = text_of(render("enforcement_ruling", debit, random.Random(0), []))
    assert "执行裁定书" in freeze and debit.extra["r_acct"] in freeze and "扣划" in freeze
    assert "扣划" in text_of(render("payment_voucher", debit, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", bare, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "首先查封" in ttr
    plea = text_of(render("objection_application", objection, random.Random(0), []))
    assert "执行异议申请书" in plea and "退休金" in plea and objection.extra["o_acct"] in plea
    rejected = text_of(render("enforcement_ruling", objection, random.Random(0), []))
    assert "执行裁定书" in rejected and f"驳回异议人{objection.applicant.name}的异议" in rejected
    assert "执异" in rejected and "复议" in rejected
    evidence = render("evidence", objection, random.Random(0), [])
    assert "证据清单" in text_of(evidence[:1]) and "冻结" in text_of(evidence[1:])
    assert not any(s.starts_document for s in evidence)


def test_the_amounts_hold_together() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert c.amount == c.extra["arrears"] + c.extra["lawsuit_fee"]
        assert c.extra["arrears"] == (c.extra["area"] * c.extra["rate"] * c.extra["months"]).quantize(Decimal("0.01"))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gy") if p.name.startswith(prefix))
        receipts = [d for d in plan.docs if d.code == "service_receipt"]
        assert receipts
        for d in receipts:
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on, (prefix, d.served)


def _plain(**change: object) -> cap.SplitScan:
    base = cap.plan_capture(random.Random(0), Sheet())
    fixed = dict(dpi=200, rotation=0, mode="grey", quality=85, half="right", strip_mm=15.0, lost_mm=0.0, seam_mm=1.0,
                 outer_mm=2.0, drop_mm=0.0, skew=0.0, neighbour="text", neighbour_margin_mm=3.0, noise=1.0, lamp=0.0)
    fixed.update(change)
    return replace(base, **fixed)  # type: ignore[arg-type]


def _scan(sheet: Sheet, plan: cap.SplitScan, seed: int = 1) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.format == "JPEG" and img.info["dpi"][0] == plan.dpi
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return np.asarray(img.convert("L"), dtype=np.float32)


def _marked() -> Sheet:
    """A blank page with a black bar 10 mm in from each side edge, to find the page in the split image."""
    s = Sheet()
    s.image.paste((0, 0, 0), (mm(10), mm(100), mm(12), mm(200)))
    s.image.paste((0, 0, 0), (s.width - mm(12), mm(100), s.width - mm(10), mm(200)))
    return s


def test_the_neighbours_sliver_and_the_seam_run_down_the_inner_side() -> None:
    sheet = _marked()
    for half in ("right", "left"):
        plan = _plain(half=half)
        a = _scan(sheet, plan)
        strip, seam, outer = mm(15), max(2, mm(1.0)), max(3, mm(2.0))
        assert a.shape == (sheet.height, sheet.width + strip + seam + outer)
        sliver = a[mm(40): -mm(40), :strip] if half == "right" else a[mm(40): -mm(40), -strip:]
        assert (sliver < 110).mean() > 0.02, "the neighbour's cut-off text shows in its sliver"
        seam_cols = a[mm(40): -mm(40), strip: strip + seam] if half == "right" else a[mm(40): -mm(40), -strip - seam: -strip]
        assert seam_cols.min(axis=1).mean() < 150, "a dark seam where the two sheets met"
        page = a[:, strip + seam: strip + seam + sheet.width] if half == "right" else a[:, outer: outer + sheet.width]
        assert page[mm(120): mm(180), mm(10): mm(12)].mean() < 80 and page[mm(120): mm(180), -mm(12): -mm(10)].mean() < 80
        assert np.median(page[mm(30): mm(90), mm(30): -mm(30)]) > 225, "the page's own paper stays clean"
    blank = _scan(Sheet(), _plain(neighbour="blank", neighbour_margin_mm=30.0))
    assert (blank[mm(40): -mm(40), : mm(15)] < 110).mean() < 0.002, "a neighbour whose margin is wider than the sliver"


def test_a_page_that_crossed_the_cut_loses_a_few_millimetres_of_its_inner_margin() -> None:
    sheet = _marked()
    a = _scan(sheet, _plain(half="left", strip_mm=0.0, lost_mm=6.0, seam_mm=0.0))
    outer = max(3, mm(2.0))
    assert a.shape[1] == outer + sheet.width - mm(6)
    assert a[mm(120): mm(180), -mm(6): -mm(4)].mean() < 80, "the bar 10–12 mm in now stands 4–6 mm from the cut"
    assert a[mm(120): mm(180), outer + mm(10): outer + mm(12)].mean() < 80


def test_turned_pages_resolution_and_the_spread_of_plans() -> None:
    sheet = Sheet()
    a = _scan(sheet, _plain(rotation=90, dpi=300))
    assert a.shape[0] == round((sheet.width + mm(15) + max(2, mm(1.0)) + max(3, mm(2.0))) * 300 / 200)
    assert a.shape[1] == round(sheet.height * 300 / 200)
    many = [cap.plan_capture(random.Random(s), sheet) for s in range(300)]
    with_strip = [p for p in many if p.strip_mm]
    assert 0.55 < len(with_strip) / len(many) < 0.85
    assert all(5 <= p.strip_mm <= 25 and p.seam_mm > 0 and p.lost_mm == 0 for p in with_strip)
    assert 0.1 < sum(p.lost_mm > 0 for p in many) / len(many) < 0.35
    assert all(p.lost_mm <= 6 for p in many)
    assert {p.half for p in many} == {"left", "right"} and {p.mode for p in many} == {"grey", "colour"}
    assert {p.dpi for p in many} == {200, 240, 300} and all(55 <= p.quality <= 85 for p in many)
    assert all(abs(p.skew) <= 0.8 and not p.photo for p in many)
    turned = [p.rotation for p in many if p.rotation]
    assert 0 < len(turned) < 40 and set(turned) <= {90, 180, 270}
    assert {p.neighbour for p in with_strip} == {"text", "table", "seal", "blank"}
