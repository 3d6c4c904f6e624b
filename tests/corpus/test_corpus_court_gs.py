"""court_gs (广西壮族自治区钦州市钦南区人民法院): three frozen-shrimp debts of 钦州港, each on a judgment of this court's
civil tribunal that the 钦州市中级人民法院 upheld on appeal. An importer of 南美白对虾 against a cold-chain wholesaler
— deduction, the refrigerated truck seized, a settlement, paid, archived. A seafood processor against a 保税港区
supply-chain company — a few thousand deducted, the truck never found, 限制消费 and 失信, 终本. A 黑虎虾 trader against a
frozen-food wholesaler — the same road to payment, but the power of attorney is missing. Every page photographed
under a ring-lit 高拍仪 after months in a damp port store: cockled lines, tide-lines, a hotspot, a bowing lens."""

from __future__ import annotations

import io
import random
import re
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gs_capture as cap
from dossier.corpus.families.court_gs import made_on, paid, render
from dossier.corpus.families.court_gs_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_gs_01", "court_gs_02", "court_gs_03")


def test_court_gs_seqs_lie_in_its_range_and_its_names_are_numbered() -> None:
    plans = family_plans("court_gs")
    seqs = [p.seq for p in plans]
    assert len(seqs) == 3 and all(62600 <= s <= 62899 for s in seqs)
    assert all(p.name.startswith(f"court_gs_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.stage for p in plans].count("archive") == 1
    assert [p.method for p in plans].count("terminated_this_round") == 1
    defective = [p for p in plans if not p.complete]
    assert len(defective) == 1 and MISSING not in {d.code for d in defective[0].docs}


def test_the_parties_are_port_companies_with_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "桂0702执626" in c.number or "桂0702执627" in c.number or "桂0702执628" in c.number
        for p in (c.applicant, c.respondent):
            assert p.kind == "organisation" and p.legal_rep
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
            assert "钦州" in p.address
        assert c.basis_court == "广西壮族自治区钦州市中级人民法院" and "桂07民终" in c.basis_number
        assert "桂0702民初" in c.extra["first_no"]
        assert c.extra["first_day"] < c.extra["appeal_day"] < c.basis_effective < c.filed_on


def test_both_judgments_stand_as_the_basis_each_in_its_own_courts_style() -> None:
    c = case_of("court_gs_01")
    sheets = render("enforcement_basis", c, random.Random(0), [])
    starts = [i for i, s in enumerate(sheets) if s.starts_document]
    assert len(starts) == 1 and 0 < starts[0] < len(sheets)
    appeal, first = text_of(sheets[:starts[0]]), text_of(sheets[starts[0]:])
    assert "钦州市中级人民法院" in appeal and c.basis_number in appeal and "驳回上诉，维持原判" in appeal
    assert "本判决为终审判决" in appeal and "上诉人（原审被告）" in appeal and "冻南美白对虾" in appeal
    assert c.extra["first_no"] in first and "原告" in first and "判决如下" in first and "上诉于" in first
    assert "— 1 —" in appeal and "第1页，共" in first, "the two courts number their pages differently"
    certificate = text_of(render("effectiveness_certificate", c, random.Random(0), []))
    assert "生效证明书" in certificate and c.basis_number in certificate and "发生法律效力" in certificate


def test_the_firm_and_the_company_papers_are_drawn_in_their_makers_words() -> None:
    c = case_of("court_gs_01")
    letter = text_of(render("law_firm_letter", c, random.Random(0), []))
    assert c.firm in letter and c.extra["licence"] in letter and "律 师 事 务 所 函" in letter
    attorney = text_of(render("power_of_attorney", c, random.Random(0), []))
    assert "授 权 委 托 书" in attorney and c.applicant.legal_rep in attorney and "特别授权" in attorney
    papers = render("identity_proof", c, random.Random(0), [])
    assert len(papers) == 2 and papers[1].starts_document
    assert "营 业 执 照" in text_of(papers[:1]) and c.applicant.id_number in text_of(papers[:1])
    assert "法定代表人身份证明书" in text_of(papers[1:]) and c.applicant.legal_rep in text_of(papers[1:])
    respondent = text_of(render("identity_proof", c, random.Random(0), ["respondent"]))
    assert "企业信用信息公示报告" in respondent and c.respondent.id_number in respondent
    application = text_of(render("enforcement_application", c, random.Random(0), []))
    assert "强制执行申请书" in application and c.basis_number in application and "失信被执行人名单" in application


def test_the_measures_and_the_replies_of_the_bank_and_the_registry() -> None:
    c = case_of("court_gs_01")
    freeze = text_of(render("enforcement_ruling", c, random.Random(0), []))
    assert "执行裁定书" in freeze and c.extra["r_acct"] in freeze and "扣划" in freeze
    truck = text_of(render("enforcement_ruling", c, random.Random(0), ["vehicle"]))
    assert "执行裁定书" in truck and c.extra["plate"] in truck and "扣押" in truck
    bank = render("assistance_notice", c, random.Random(0), [])
    assert bank[-1].starts_document and "协助冻结、扣划存款回执" in text_of(bank[-1:])
    assert c.extra["r_bank"] in text_of(bank[:-1]) and f"{c.extra['deducted']:,.2f}" in text_of(bank[-1:])
    registry = render("assistance_notice", c, random.Random(0), ["vehicle"])
    assert registry[-1].starts_document and "车辆管理所" in text_of(registry[-1:])
    assert c.extra["plate"] in text_of(registry[-1:])
    deal = text_of(render("settlement_agreement", c, random.Random(0), []))
    assert "执行和解协议" in deal and c.extra["plate"] in deal
    assert paid(c) == c.amount, "the deduction and the two instalments pay the whole debt"
    days = [d for d, _ in c.extra["instalments"]]
    assert days == sorted(days) and days[0] < made_on(c, "settlement_agreement") < days[1] < c.closed_on
    voucher = text_of(render("payment_voucher", c, random.Random(0), []))
    assert voucher.count("业务回单") == 3 and c.extra["in_acct"] in voucher


def test_the_cold_store_case_ends_in_a_termination_of_this_round() -> None:
    c = case_of("court_gs_02")
    assert c.method == "terminated_this_round" and (c.closed_on - c.filed_on).days >= 90
    assert paid(c) == c.extra["deducted"] < c.amount
    ruling = text_of(render("termination_this_round_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ruling and "终结本次执行程序。" in ruling and c.extra["plate"] in ruling
    heard = text_of(render("interview_record", c, random.Random(0), []))
    assert "执行谈话笔录" in heard and c.agent in heard and "同意终本" in heard


def test_a_receipt_is_signed_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gs") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _blank(w: float = 120, h: float = 90) -> Sheet:
    s = Sheet(size=(mm(w), mm(h)))  # a piece of a page is enough to measure, and quick
    s.lines.append("x")
    return s


def _shoot(sheet: Sheet, plan: cap.RingShot, seed: int = 1) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "RGB" and img.info["dpi"][0] == plan.dpi
    return np.asarray(img, dtype=np.float32)


def _flat(plan: cap.RingShot) -> cap.RingShot:
    return replace(plan, rotation=0, skew=0.0, waves=(), tide=None, blur=None, glare_ring=0.0, barrel=0.0, noise=0.5,
                   bow=0.0)


def test_the_plans_stay_in_the_theme_and_the_pages_keep_their_size() -> None:
    sheet = _blank()
    plans = [cap.plan_capture(random.Random(s), sheet) for s in range(200)]
    assert all(150 <= p.dpi <= 250 and 55 <= p.quality <= 85 and p.photo for p in plans)
    turned = sum(p.rotation != 0 for p in plans)
    assert {p.rotation for p in plans} == {0, 90, 180, 270} and 4 < turned < 40, "a few laid sideways or upside down"
    assert 30 < sum(p.tide is not None for p in plans) < 110 and 5 < sum(p.blur is not None for p in plans) < 50
    assert all(p.waves and p.barrel > 0 for p in plans), "every sheet cockled, every shot through the lens"
    plan = replace(_flat(plans[0]), dpi=200, rotation=90)
    a = _shoot(sheet, plan)
    m = 2 * round(plan.margin / 25.4 * 200)
    assert a.shape[:2] == (sheet.width + m, sheet.height + m), "turned sideways: width and height swap"


def test_the_ring_light_brightens_the_middle_and_darkens_the_corners() -> None:
    plan = replace(_flat(cap.plan_capture(random.Random(5), _blank())), dpi=200, hotspot=0.3, falloff=0.25)
    s = _blank()
    s.image.paste((200, 200, 200), (0, 0, s.width, s.height))  # a grey card shows the light best
    a = _shoot(s, plan).mean(axis=2)
    h, w = a.shape
    m = round(plan.margin / 25.4 * 200) + 8
    middle = a[h // 2 - 20: h // 2 + 20, w // 2 - 20: w // 2 + 20].mean()
    corner = np.mean([a[m:m + 30, m:m + 30].mean(), a[-m - 30:-m, -m - 30:-m].mean()])
    assert middle > 203, "the hotspot washes the middle paler than the card"
    assert middle - corner > 35


def test_the_cockled_paper_bends_a_straight_line_into_gentle_waves() -> None:
    s = _blank(160, 60)
    y0 = mm(30)
    s.line(mm(5), y0, s.width - mm(5), y0, width=3)
    base = replace(_flat(cap.plan_capture(random.Random(2), s)), dpi=200, hotspot=0.0, falloff=0.0)
    waved = replace(base, waves=((1.2, 70.0, 0.5, 0.0),))

    def trace(plan: cap.RingShot) -> np.ndarray:
        a = _shoot(s, plan).mean(axis=2)
        cols = range(mm(15), s.width - mm(15), 20)
        margin = round(plan.margin / 25.4 * 200)
        return np.array([np.argmin(a[:, margin + x]) for x in cols], dtype=np.float32)

    straight, bent = trace(base), trace(waved)
    assert np.ptp(straight) <= 2
    assert 8 <= np.ptp(bent) <= 30, "a wave of about a millimetre each way, smooth"
    assert np.abs(np.diff(bent)).max() <= 6, "no kinks: the warp is smooth"


def test_a_tide_line_browns_the_edge_the_water_came_in_from() -> None:
    s = _blank()
    plan = replace(_flat(cap.plan_capture(random.Random(3), s)), dpi=200, hotspot=0.0, falloff=0.0,
                   tide=("left", 25.0, 0.9), cast=(1.0, 1.0, 1.0))
    a = _shoot(s, plan)
    m = round(plan.margin / 25.4 * 200)
    h = a.shape[0]
    band = a[h // 3: 2 * h // 3, m + mm(4): m + mm(15)]
    far = a[h // 3: 2 * h // 3, -m - mm(15): -m - mm(4)]
    warmth = (band[..., 0] - band[..., 2]).mean() - (far[..., 0] - far[..., 2]).mean()
    assert warmth > 6, "the stained edge is browner than the dry one"
    assert far.mean() > band.mean(), "and darker"
    assert band.mean() > 180, "but soft: the text under it stays legible"


def test_the_volume_is_dated_in_order() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert made_on(c, "acceptance_notice") < made_on(c, "enforcement_ruling") <= made_on(c, "assistance_notice")
        assert made_on(c, "closing_approval_form") < c.closed_on
        if c.method == "terminated_this_round":
            assert made_on(c, "interview_record") < made_on(c, "termination_this_round_ruling") < c.closed_on
        assert c.filed_on - c.basis_effective >= timedelta(days=20)
