"""court_gx (河北省邢台市信都区人民法院): three enforcement cases of a financing guarantee company's right of recourse
(追偿权纠纷) — it paid a bank for a borrower company and won this court's judgment against the borrower and its two
counter-guarantors. In each the bureau freezes accounts (the bank's reply), the borrower's stake in a subsidiary (the
协助执行通知书 to the county 市场监督管理局 and its 协助执行回执) and a counter-guarantor's flat (the 不动产登记中心's
查封登记回执). A bearing maker settles and pays (archived); a pram maker has nothing worth taking (终本); a cashmere
company's guarantor sells the flat and pays, the dossier without the 收款账户确认书. The volumes were scanned to TIFF
and converted to JPEG by a script that misread some headers: negatives, purple or green casts, turned pages."""

from __future__ import annotations

import io
import random
import re
from dataclasses import replace
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gx_capture as cap
from dossier.corpus.families.court_gx import guarantors, made_on, render, respondents
from dossier.corpus.families.court_gx_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_gx_01", "court_gx_02", "court_gx_03")


def test_court_gx_seqs_lie_in_its_range_and_miss_every_other_dossiers() -> None:
    ours = family_plans("court_gx")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(2400 <= s <= 2599 for s in seqs)
    assert not set(seqs) & {p.seq for p in plans() if p.family != "court_gx"}
    assert all(p.name.startswith(f"court_gx_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.stage for p in ours] == ["archive", "closing", "closing"]
    assert [p.method for p in ours] == ["fully_performed", "terminated_this_round", "fully_performed"]
    assert MISSING == "payment_account_confirmation"
    assert MISSING not in {d.code for d in ours[2].docs} and MISSING in {d.code for d in ours[0].docs}


def test_every_party_carries_a_valid_number_and_the_case_the_courts_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）冀0502执2[45]\d\d号", c.number), c.number
        assert re.fullmatch(r"（202[34]）冀0502民初\d{4}号", c.basis_number), c.basis_number
        assert c.applicant.name.endswith("融资担保有限公司")
        people = respondents(c)
        assert len(people) == 3 and people[0].kind == "organisation"
        assert guarantors(c)[0].name == c.respondent.legal_rep, "the owner guaranteed his company's debt"
        for p in (c.applicant, *people):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
        assert check_credit_code(c.extra["sub_code"]) is None


def test_the_judgment_names_all_three_and_the_recourse() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        text = text_of(render("enforcement_basis", c, random.Random(0), []))
        assert "民 事 判 决 书" in text and "追偿权纠纷" in text and c.basis_number in text
        assert "反担保" in text and "连带清偿责任" in text and "判决如下" in text
        assert all(p.name in text for p in respondents(c))
        assert f"{c.extra['paid']:,.2f}" in text and c.extra["bank"] in text
        law = "第二百六十四条" if c.extra["judged"] >= date(2024, 1, 1) else "第二百六十条"
        assert law in text, "the late-interest article in force on the judgment's date"


def test_the_measures_each_answered_in_its_makers_words() -> None:
    c = case_of("court_gx_01")
    ruling = text_of(render("enforcement_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ruling and "裁定如下" in ruling and c.extra["sub"] in ruling and c.extra["flat"] in ruling
    equity = text_of(render("assistance_notice", c, random.Random(0), ["equity"]))
    assert "协助执行通知书" in equity and equity.count(c.extra["sub_reg"]) >= 1 and "股权" in equity
    reply = text_of(render("online_inquiry_result", c, random.Random(0), ["equity_reply"]))
    assert c.extra["sub_reg"] in reply and "协助执行回执" in reply and c.extra["sub_code"] in reply
    assert "国家企业信用信息公示系统" in reply
    flat = text_of(render("online_inquiry_result", c, random.Random(0), ["flat_reply"]))
    assert "查封登记回执" in flat and c.extra["flat_cert"] in flat and guarantors(c)[0].id_number in flat
    bank = text_of(render("online_inquiry_result", c, random.Random(0), ["bank_reply"]))
    assert "协助冻结存款回执" in bank and c.extra["r_acct"] in bank
    for note, day in (("bank_reply", "bank"), ("equity_reply", "equity"), ("flat_reply", "flat")):
        assert made_on(c, "online_inquiry_result", note) >= made_on(c, "assistance_notice", day)


def test_the_guarantee_companys_papers_and_its_lawyers() -> None:
    firm, pram, own = case_of("court_gx_01"), case_of("court_gx_02"), case_of("court_gx_03")
    sheets = render("identity_proof", firm, random.Random(0), [])
    assert len(sheets) == 2 and sheets[1].starts_document and "营 业 执 照" in text_of(sheets[:1])
    assert "法定代表人身份证明书" in text_of(sheets[1:]) and firm.applicant.legal_rep in text_of(sheets[1:])
    assert "XINGTAI SHUNDE" in text_of(sheets[1:]) and "XINGTAI RONGXIN" in text_of(
        render("power_of_attorney", pram, random.Random(0), []))
    assert "律 师 事 务 所 函" in text_of(render("law_firm_letter", firm, random.Random(0), []))
    assert "公司律师指派函" in text_of(render("law_firm_letter", own, random.Random(0), []))
    assert "公司律师证" in text_of(render("lawyer_license", own, random.Random(0), []))
    assert "律师执业证" in text_of(render("lawyer_license", pram, random.Random(0), []))
    them = render("identity_proof", firm, random.Random(0), ["respondent"])
    assert len(them) == 3 and [s.starts_document for s in them] == [False, True, True]
    assert all(g.id_number in text_of(them) for g in guarantors(firm))


def test_the_closings() -> None:
    pram, firm = case_of("court_gx_02"), case_of("court_gx_01")
    ttr = text_of(render("termination_this_round_ruling", pram, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本院" in ttr and "本次执行程序" in ttr and "继续有效" in ttr
    assert (pram.closed_on - pram.filed_on).days >= 90
    restrict = render("consumption_restriction_order", pram, random.Random(0), [])
    assert sum(s.starts_document for s in restrict) == 2, "one order for each of the three"
    assert "执行完毕" in text_of(render("closing_notice", firm, random.Random(0), []))
    assert "和解" in text_of(render("settlement_agreement", firm, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served_and_goes_to_whom_it_should() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gx") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            sheets = render("service_receipt", c, random.Random(3), d.served)
            for s in sheets:
                got = [date(*map(int, m)) for line in s.lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
                assert len(got) == 1, s.lines
                assert all(got[0] > made_on(c, x) for x in d.served), (prefix, d.served, got)
            if "enforcement_notice" in d.served:
                assert len(sheets) == 3 and all(p.name in text_of(sheets) for p in respondents(c))


def _page() -> Sheet:
    """A strip of printed page: black text on white, enough to measure."""
    s = Sheet(size=(mm(150), mm(90)))
    for k in range(6):
        s.text(mm(10), mm(8 + 12 * k), "河北省邢台市信都区人民法院执行局送达回证", font("serif", 44))
    return s


def _capture(sheet: Sheet, seed: int, **change: object) -> tuple[cap.Converted, Image.Image]:
    plan = replace(cap.plan_capture(random.Random(seed), sheet), **change)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.format == "JPEG" and img.info["dpi"][0] == plan.dpi
    return plan, img


def test_a_negative_is_a_clean_page_turned_inside_out() -> None:
    sheet = _page()
    _, neg = _capture(sheet, 1, fault="negative", mode="grey", rotation=0, dpi=200, skew=0.0)
    _, pos = _capture(sheet, 1, fault="none", mode="grey", rotation=0, dpi=200, skew=0.0)
    a = np.asarray(neg, dtype=np.float32)
    b = np.asarray(pos, dtype=np.float32)
    assert neg.mode == "L" and np.median(a) < 20, "black paper"
    assert (a > 180).mean() > 0.01, "white print"
    assert np.abs((255 - a) - b).mean() < 6, "inverted in a viewer it reads as the clean page"


def test_a_wrong_profile_tints_paper_and_print_alike() -> None:
    sheet = _page()
    for fault, check in (("purple", lambda r, g, b: g < r - 40 and g < b - 40),
                         ("green", lambda r, g, b: g > r + 40 and g > b + 30)):
        _, img = _capture(sheet, 2, fault=fault, mode="colour", strength=1.0, rotation=0, skew=0.0)
        a = np.asarray(img, dtype=np.float32)
        paper = a[a.sum(axis=2) > np.percentile(a.sum(axis=2), 60)].mean(axis=0)
        assert img.mode == "RGB" and check(*paper), (fault, paper)
        ink = a[a.sum(axis=2) < np.percentile(a.sum(axis=2), 2)].mean(axis=0)
        assert ink.mean() < paper.mean() - 120, "the print still stands out"


def test_turned_pages_and_the_mix_of_the_volume() -> None:
    sheet = _page()
    _, img = _capture(sheet, 3, rotation=90, dpi=300, fault="none")
    assert img.size == (round(sheet.height * 1.5), round(sheet.width * 1.5))
    faults, turns = [], []
    for seed in range(300):
        p = cap.plan_capture(random.Random(seed), sheet)
        faults.append(p.fault)
        turns.append(p.rotation)
        assert 200 <= p.dpi <= 300 and 55 <= p.quality <= 85 and abs(p.skew) < 1 and not p.photo
        assert (p.mode == "grey") if p.fault == "negative" else True
        assert (p.mode == "colour") if p.fault in ("purple", "green") else True
    assert faults.count("none") > 200 and min(faults.count(f) for f in ("negative", "purple", "green")) >= 8
    assert 250 < turns.count(0) < 300 and turns.count(180) > 5 and turns.count(90) > 2
