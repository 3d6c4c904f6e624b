"""court_gw (广东省梅州市梅江区人民法院): three building-materials suppliers enforce awards of 梅州仲裁委员会 for construction
subcontract payments against construction companies held from Hong Kong. A window and curtain-wall supplier: the
debtor's office unit seized, valued, sold at the first online auction, the sale confirmed, the proceeds distributed and
the rest returned — 执行完毕, archived. A concrete supplier: the same, but the unit was mortgaged, the bank is paid
first, the supplier only in part, nothing else found — 终本. A waterproofing supplier: the shareholder remits the whole
sum from Hong Kong after the valuation, the seizure is lifted — filed without the award's 送达及生效证明. Every sheet
was unstapled and fed through a colour sheet-fed scanner: staple holes and rust, creases, dog-ears, curled edges,
a coffee ring."""

from __future__ import annotations

import io
import random
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gw_capture as cap
from dossier.corpus.families.court_gw import DAYS, fee_of, hk_id, hk_id_valid, made_on, on, render
from dossier.corpus.families.court_gw_kit import TOP
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_gw_01", "court_gw_02", "court_gw_03")


def test_court_gw_seqs_lie_in_its_range() -> None:
    plans = family_plans("court_gw")
    assert len(plans) == 3 and all(6400 <= p.seq <= 6599 for p in plans)
    assert all(p.name.startswith(f"court_gw_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.stage for p in plans] == ["archive", "closing", "closing"]
    assert [p.method for p in plans] == ["fully_performed", "terminated_this_round", "fully_performed"]
    assert all(p.basis_kind == "arbitration" for p in plans)


def test_the_parties_carry_valid_numbers_the_court_code_and_a_hong_kong_card() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）粤1402执6[45]\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
        assert c.respondent.legal_rep == c.extra["hk"][0]
        assert hk_id_valid(c.extra["hk_id"]), c.extra["hk_id"]
    assert hk_id_valid("A123456(3)") and not hk_id_valid("A123456(4)")
    assert all(hk_id_valid(hk_id(random.Random(s))) for s in range(200))


def test_the_fee_follows_the_scale_and_the_money_adds_up() -> None:
    assert fee_of(Decimal(8000)) == 50 and fee_of(Decimal(500000)) == 7400
    assert fee_of(Decimal("634780.60")) == Decimal("8747.81")
    window, concrete = case_of("court_gw_01"), case_of("court_gw_02")
    x = window.extra
    rest = x["sold"] - x["value_fee"] - x["fee"] - window.amount - x["late_interest"]
    assert rest > 0, "the window case's unit fetched more than the debt: the rest goes back to the debtor"
    assert x["sold"] >= x["start"] >= x["value"] * Decimal("0.7") - 1000
    y = concrete.extra
    assert y["value_fee"] + y["fee"] + y["to_bank"] + y["to_applicant"] == y["sold"]
    assert 0 < y["to_applicant"] < concrete.amount and y["to_bank"] > 0


def test_each_story_is_drawn_in_its_makers_words() -> None:
    window, concrete, roof = (case_of(p) for p in PREFIXES)
    award = text_of(render("enforcement_basis", window, random.Random(0), []))
    assert "梅州仲裁委员会" in award and "裁决如下" in award and window.basis_number in award and "分包" in award
    assert "梅仲裁字〔2023〕" in window.basis_number
    proof = text_of(render("effectiveness_certificate", window, random.Random(0), []))
    assert "送达及生效证明" in proof and "发生法律效力" in proof
    application = text_of(render("enforcement_application", window, random.Random(0), []))
    assert "强制执行申请书" in application and window.firm in application and "LAW FIRM" in application
    hk = text_of(render("identity_proof", window, random.Random(0), ["respondent"])).replace(" ", "")
    assert "公司註冊證明書" in hk and "香港永久性居民身份證" in hk and window.extra["hk"][1] in hk
    assert "港澳台法人独资" in hk and "档案查询专用章" in hk
    assert "香港永久性居民身份證" in text_of(render("identity_proof", concrete, random.Random(0), ["respondent"]))
    seized = text_of(render("enforcement_ruling", window, random.Random(0), []))
    assert "执行裁定书" in seized and "查封被执行人" in seized and window.extra["cert"] in seized
    valued = text_of(render("enforcement_ruling", window, random.Random(0), ["value"]))
    assert "委托" in valued and window.extra["valuer"] in valued
    cover = text_of(render("evidence", window, random.Random(0), ["valuation_report"]))
    assert "房 地 产 估 价 报 告" in cover and window.extra["report_no"] in cover
    sale = text_of(render("evidence", window, random.Random(0), ["sale"]))
    assert "网络竞价成交确认书" in sale and f"¥{window.extra['sold']:,.0f}" in sale
    confirmed = text_of(render("enforcement_ruling", window, random.Random(0), ["confirm"]))
    assert "拍卖" in confirmed and window.extra["buyer"].name in confirmed and "所有权" in confirmed
    assert "过户" in text_of(render("assistance_notice", window, random.Random(0), ["transfer"]))
    payout = text_of(render("payment_voucher", concrete, random.Random(0), []))
    assert "执行案款分配及发放审批表" in payout and concrete.extra["mortgagee"] in payout and "电子回单" in payout
    ttr = text_of(render("termination_this_round_ruling", concrete, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "抵押" in ttr
    remitted = text_of(render("payment_voucher", roof, random.Random(0), []))
    assert roof.extra["hk_bank"] in remitted and "境外汇入汇款" in remitted
    assert "解除对被执行人" in text_of(render("enforcement_ruling", roof, random.Random(0), ["release"]))


def test_the_story_runs_in_order_and_the_terminated_case_waited_three_months() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        days = list(DAYS[c.extra["tale"]].values())
        assert days[-1] == (c.closed_on - c.filed_on).days
        assert made_on(c, "enforcement_notice") < made_on(c, "enforcement_ruling") <= on(c, "value_ruling") < on(c, "report")
        assert made_on(c, "closing_approval_form") < c.closed_on < made_on(c, "dossier_cover")
    window = case_of("court_gw_01")
    assert on(window, "auction_ruling") < on(window, "sold") < on(window, "confirm") < on(window, "paid_out")
    concrete = case_of("court_gw_02")
    assert (concrete.closed_on - concrete.filed_on).days > 90
    assert on(concrete, "paid_out") < made_on(concrete, "interview_record") < made_on(concrete, "termination_this_round_ruling")


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gw") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            latest = max(on(c, "confirm") if s == "enforcement_ruling" else made_on(c, s) for s in d.served)
            assert got[0] > latest, (prefix, d.served, got)


def _strip(height_mm: float = 130) -> Sheet:
    s = Sheet(size=(mm(180), mm(height_mm)))  # a strip of a page is enough to measure, and quick
    s.lines.append("x")
    return s


def _quiet(sheet: Sheet, **change: object) -> cap.HandledScan:
    plan = cap.plan_capture(random.Random(0), sheet)
    base = dict(dpi=200, rotation=0, skew=0.0, staple=None, restapled=False, rust=0.0, creases=[], dog_ear=None,
                curl=None, coffee=None, noise=1.0, blur=0.0, tint=(1.0, 1.0, 1.0), quality=85)
    return replace(plan, **{**base, **change})


def _scan(sheet: Sheet, plan: cap.HandledScan, seed: int = 5) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "RGB" and img.info["dpi"][0] == plan.dpi
    return np.asarray(img, dtype=np.float32)


def test_the_plans_stay_within_the_scanner_and_the_theme() -> None:
    s = _strip()
    ps = [cap.plan_capture(random.Random(k), s) for k in range(300)]
    assert all(200 <= p.dpi <= 300 and 50 <= p.quality <= 85 and abs(p.skew) <= 2.0 and not p.photo for p in ps)
    assert {p.rotation for p in ps} <= {0, 90, 180, 270} and 0 < sum(p.rotation != 0 for p in ps) < 40
    stapled = [p for p in ps if p.staple]
    assert len(stapled) > 200 and all(p.staple[0] < 15 and p.staple[1] < 13 for p in stapled), "top left"
    ears = [p.dog_ear for p in ps if p.dog_ear]
    assert 40 < len(ears) < 140 and {e[0] for e in ears} == set(cap.CORNERS) and "tl" not in cap.CORNERS
    assert all(e[1] <= 34 for e in ears)
    assert 0 < sum(p.coffee is not None for p in ps) < 35 and sum(p.rust > 0 for p in ps) > 40


def test_staple_holes_and_rust_sit_at_the_top_left() -> None:
    s = _strip()
    a = _scan(s, _quiet(s, staple=(10.0, 8.0, 0.0), rust=0.8))
    x0, y0 = mm(10), mm(8)
    x1 = x0 + round(12.5 / 25.4 * 200)
    for x in (x0, x1):
        assert a[y0 - 1: y0 + 2, x - 1: x + 2].mean() < 120, "a puncture shows the dark backing"
    halo = a[y0 - mm(2): y0 + mm(2), x0 + mm(3): x1 - mm(3)]
    assert halo[..., 0].mean() - halo[..., 2].mean() > 15, "rust: brown, more red than blue"
    far = a[mm(60): mm(90), mm(60): mm(120)]
    assert far.mean() > 245 and abs(far[..., 0].mean() - far[..., 2].mean()) < 3


def test_a_dog_ear_shows_the_backing_and_the_sheets_back_but_never_the_title() -> None:
    s = _strip()
    a = _scan(s, _quiet(s, dog_ear=("br", 20.0, 20.0)))
    h, w = a.shape[:2]
    assert a[h - mm(3):, w - mm(3):].mean() < 100, "the folded-away corner: the backing plate"
    flap = a[h - mm(16): h - mm(12), w - mm(16): w - mm(12)]
    assert 200 < flap.mean() < 245 and flap[..., 0].mean() - flap[..., 2].mean() > 12, "the back: yellower paper"
    assert a[:mm(20), :mm(20)].mean() > 245 and a[h - mm(20):, :mm(20)].mean() > 245, "the other corners are as they were"
    # the largest dog-ear at the top right leaves a court paper's heading as it was
    case = case_of("court_gw_01")
    paper = render("acceptance_notice", case, random.Random(0), [])[0]
    plain = _scan(paper, _quiet(paper))
    eared = _scan(paper, _quiet(paper, dog_ear=("tr", 34.0, 34.0 * 1.3)))
    heading = (slice(TOP - 10, TOP + 240), slice(mm(30), mm(160)))
    assert np.abs(plain[heading] - eared[heading]).mean() < 0.5
    assert np.abs(plain[:mm(20), -mm(20):] - eared[:mm(20), -mm(20):]).mean() > 40


def test_curl_coffee_and_turned_pages() -> None:
    s = _strip()
    a = _scan(s, _quiet(s, curl=("right", 10.0)))
    assert a[mm(30): mm(100), -mm(2):].mean() < a[mm(30): mm(100), -mm(30): -mm(20)].mean() - 60, "a dark lip"
    b = _scan(s, _quiet(s, coffee=(0.5, 0.5, 30.0)))
    h, w = b.shape[:2]
    ring = b[h // 2 - mm(32): h // 2 + mm(32), w // 2 - mm(32): w // 2 + mm(32)]
    assert ring.min() < 215 and ring[..., 0].mean() > ring[..., 2].mean() + 1, "a brown ring"
    turned = _scan(s, _quiet(s, rotation=90, dpi=300))
    assert turned.shape[:2] == (round(s.width * 1.5), round(s.height * 1.5))
    skewed = _scan(s, _quiet(s, skew=2.0))
    assert skewed[:mm(1), :mm(1)].mean() < 100 or skewed[:mm(1), -mm(1):].mean() < 100, "the backing in a corner"


def test_a_dog_ear_is_planned_far_from_the_stapled_corner() -> None:
    s = _strip()
    for k in range(60):
        p = cap.plan_capture(random.Random(1000 + k), s)
        if p.dog_ear:
            assert p.dog_ear[0] != "tl" and 10 <= p.dog_ear[1] <= 34 and p.dog_ear[2] <= 34 * 1.3
