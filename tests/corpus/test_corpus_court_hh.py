"""court_hh (黑龙江省哈尔滨市南岗区人民法院): three dossiers of 南岗, mostly other bodies' papers. A 平房 insulation supplier
enforces this court's 支付令 against a small heating contractor — three banks' replies each on its own coloured stock, the
不动产登记中心's, 车管所's and 公积金中心's replies, the contractor's 哈尔滨银行 account frozen and deducted, paid out,
执行完毕, archived. A 果戈里大街 landlord enforces 哈尔滨中院's second-instance judgment (with this court's first-instance
one behind it) against a Russian-style restaurant, which settles and pays. A lender's judgment against a 冷面 cook ends in
终本 — without the record of the visit the ruling relies on. Thin paper through a sheet-fed scanner in a dry winter:
show-through, static skew and creases, some 150 dpi grey pages, now and then a page upside down."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_hh_capture as cap
from dossier.corpus.families.court_hh import made_on, render
from dossier.corpus.families.court_hh_papers import PALE_BLUE, PALE_PINK
from dossier.corpus.families.court_hh_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_hh_01", "court_hh_02", "court_hh_03")


def test_court_hh_seqs_lie_in_its_range_and_miss_every_other_dossier() -> None:
    ours = family_plans("court_hh")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(5200 <= s <= 5299 for s in seqs)
    assert not set(seqs) & {p.seq for p in plans() if p.family != "court_hh"}
    assert all(p.name.startswith(f"court_hh_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.stage for p in ours] == ["archive", "closing", "closing"]
    assert [p.method for p in ours] == ["fully_performed", "fully_performed", "terminated_this_round"]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert c.number.startswith("（2024）黑0103执52"), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_hh_01").respondent.kind == "organisation"


def test_the_payment_order_story_is_told_by_its_makers() -> None:
    c = case_of("court_hh_01")
    order = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "支付令" in order and "黑0103民督" in order and "第二百二十三条" in order and "书面提出" in order
    certificate = text_of(render("effectiveness_certificate", c, random.Random(0), []))
    assert "生效证明书" in certificate and c.basis_number in certificate and "发生法律效力" in certificate
    application = text_of(render("enforcement_application", c, random.Random(0), []))
    assert "强制执行申请书" in application and c.firm in application and "限制高消费" in application
    assert "失信被执行人名单" in application
    assert "律师事务所函" in text_of(render("law_firm_letter", c, random.Random(0), []))
    harbin = render("online_inquiry_result", c, random.Random(0), ["q:harbin"])
    assert harbin[0].paper == PALE_BLUE and "哈尔滨银行" in text_of(harbin) and "协助查询存款回执" in text_of(harbin)
    ccb = render("online_inquiry_result", c, random.Random(0), ["q:ccb"])
    assert ccb[0].paper == PALE_PINK and "中国建设银行" in text_of(ccb)
    freeze = text_of(render("online_inquiry_result", c, random.Random(0), ["f:harbin"]))
    assert "扣划" in freeze and str(c.extra["r_acct"]) in freeze
    assert "不动产登记中心" in text_of(render("online_inquiry_result", c, random.Random(0), ["estate"]))
    assert str(c.extra["plate"]) in text_of(render("online_inquiry_result", c, random.Random(0), ["vehicle"]))
    assert "住房公积金管理中心" in text_of(render("online_inquiry_result", c, random.Random(0), ["fund"]))
    ruling = text_of(render("enforcement_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ruling and "裁定如下" in ruling and str(c.extra["r_acct"]) in ruling
    paid = text_of(render("payment_voucher", c, random.Random(0), []))
    assert "电子回单" in paid and f"{c.amount:,.2f}" in paid
    for code, words in (("dossier_cover", "执行案卷"), ("catalogue", "卷内目录"), ("file_review_form", "归档复核表"),
                        ("remarks_sheet", "备考表")):
        assert words in text_of(render(code, c, random.Random(0), [])).replace(" ", "")


def test_the_appeal_story_carries_both_judgments_and_the_settlement() -> None:
    c = case_of("court_hh_02")
    sheets = render("enforcement_basis", c, random.Random(0), [])
    starts = [i for i, s in enumerate(sheets) if s.starts_document]
    assert len(starts) == 1, "the first-instance judgment is a document of its own behind the second-instance one"
    second, first = text_of(sheets[:starts[0]]), text_of(sheets[starts[0]:])
    assert "哈尔滨市中级人民法院" in second and "黑01民终" in second and "驳回上诉，维持原判" in second
    assert "本判决为终审判决" in second and c.basis_number in second
    assert "黑0103民初" in first and "判决如下" in first and "上诉于" in first
    deal = text_of(render("settlement_agreement", c, random.Random(0), []))
    assert "执行和解协议" in deal and c.number in deal
    assert "收条" in text_of(render("payment_voucher", c, random.Random(0), [])).replace("　", "")
    assert c.basis_effective.year == 2023 and "第二百六十条" in first, "a 2023 judgment cites the 2021 text"


def test_the_barren_story_lacks_the_record_its_ruling_relies_on() -> None:
    c = case_of("court_hh_03")
    plan = family_plans("court_hh")[2]
    assert MISSING == "investigation_record" and MISSING not in {d.code for d in plan.docs}
    ruling = text_of(render("termination_this_round_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ruling and "终结本次执行程序。" in ruling and "实地调查" in ruling
    assert "第二百五十一条" in text_of(render("enforcement_notice", c, random.Random(0), []))
    assert "限制消费令" in text_of(render("consumption_restriction_order", c, random.Random(0), []))
    assert "笔录纸" in text_of(render("interview_record", c, random.Random(0), [])).replace("　", "")
    assert (c.closed_on - c.filed_on).days > 90


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix, plan in zip(PREFIXES, family_plans("court_hh"), strict=True):
        c = case_of(prefix)
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on


def _strip(paper: tuple[int, int, int] = (255, 255, 255)) -> Sheet:
    s = Sheet(size=(mm(120), mm(90)), paper=paper)
    s.lines.append("x")
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.WinterScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi and img.width == round(sheet.width * plan.dpi / 200)
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return plan, np.asarray(img, dtype=np.float32)


QUIET = {"skew": 0.0, "shift": (0.0, 0.0), "crease": None, "specks": [], "noise": 0.5, "blur": 0.0, "rotation": 0,
         "quality": 90}


def test_the_back_shows_through_mirrored_and_faint() -> None:
    s = _strip()
    s.image.paste((0, 0, 0), (mm(8), mm(20), mm(40), mm(60)))  # ink at the left: its ghost falls at the right
    _, clear = _scan(s, 1, show=0.0, mode="grey", dpi=200, back_offset=(0.0, 0.0), **QUIET)
    _, ghost = _scan(s, 1, show=0.09, mode="grey", dpi=200, back_offset=(0.0, 0.0), **QUIET)
    w = clear.shape[1]
    right = (slice(mm(25), mm(55)), slice(w - mm(36), w - mm(12)))
    assert 6 < clear[right].mean() - ghost[right].mean() < 40, "a faint grey where the mirrored ink lies"
    assert abs(ghost[right[0], mm(50):mm(70)].mean() - clear[right[0], mm(50):mm(70)].mean()) < 3, "nothing elsewhere"


def test_bank_stock_stays_coloured_and_draft_pages_are_grey_150() -> None:
    blue = _strip(PALE_BLUE)
    modes = {cap.plan_capture(random.Random(k), blue).mode for k in range(40)
             if cap.plan_capture(random.Random(k), blue).dpi > 150}
    assert modes == {"colour"}
    _, a = _scan(blue, 2, mode="colour", dpi=200, show=0.0, **QUIET)
    mid = a[a.shape[0] // 3: 2 * a.shape[0] // 3, a.shape[1] // 3: 2 * a.shape[1] // 3]
    assert mid[..., 2].mean() > mid[..., 0].mean() + 15, "pale blue stays blue"
    plans_ = [cap.plan_capture(random.Random(k), _strip()) for k in range(300)]
    assert all(p.mode == "grey" for p in plans_ if p.dpi == 150)
    low = sum(p.dpi == 150 for p in plans_)
    assert 10 < low < 80 and sum(p.dpi >= 200 for p in plans_) > 200
    assert {p.rotation for p in plans_} == {0, 180} and sum(p.rotation == 180 for p in plans_) < 20
    assert all(abs(p.skew) <= cap.MAX_SKEW and not p.photo and 35 <= p.quality <= 90 for p in plans_)
    assert any(abs(p.skew) > 1.2 for p in plans_) and any(p.crease for p in plans_)


def test_a_static_crease_throws_a_shadow_line_and_a_flown_sheet_bares_the_backing() -> None:
    s = _strip()
    quiet = {**QUIET, "crease": (0.5, 0.0, 60.0)}
    _, a = _scan(s, 3, mode="grey", dpi=200, show=0.0, **quiet)
    rows = a[:, a.shape[1] // 4: 3 * a.shape[1] // 4].mean(axis=1)
    assert rows.min() < 215 and abs(int(np.argmin(rows)) - a.shape[0] // 2) < mm(3)
    flown = {**QUIET, "skew": 3.0, "shift": (5.0, 6.0)}
    _, b = _scan(s, 4, mode="grey", dpi=200, show=0.0, **flown)
    assert abs(b[:mm(3), :mm(3)].mean() - cap.BACKING) < 10, "the backing's grey in the corner the sheet left bare"
