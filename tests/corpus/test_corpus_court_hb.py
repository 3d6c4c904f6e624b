"""court_hb (甘肃省张掖市甘州区人民法院): three dossiers of 甘州. A maize-seed company enforces 张掖中院's appeal
judgment against a 制种 cooperative that delivered short — printed from 中国裁判文书网 (natural persons as 某某), this
court's 生效证明书 behind it; the cooperative's account frozen, it pays, 执行完毕, archived. A car-hire firm enforces a
张掖仲裁委员会 award against a customer who kept the car: nothing found, 限制消费 and 失信 (the 中国执行信息公开网 record
behind the decision), 终本. A bricklaying team leader's lawyer enforces this court's 劳务费 judgment (printed from
人民法院在线服务); the builder settles and pays him directly — no 收取案款确认书 in the file. Parties' web printouts
carry the browser's head and foot; everything went through a grey/mono document scanner."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families import court_hb_capture as cap
from dossier.corpus.families.court_hb import made_on, render
from dossier.corpus.families.court_hb_kit import code_check, printer_wear
from dossier.corpus.families.court_hb_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_hb_01", "court_hb_02", "court_hb_03")


def test_court_hb_seqs_lie_in_its_range_and_miss_every_other_dossier() -> None:
    ours = family_plans("court_hb")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(4500 <= s <= 4699 for s in seqs)
    others = {p.seq for p in plans() if p.family != "court_hb"}
    assert not set(seqs) & others
    assert all(p.name.startswith(f"court_hb_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.complete for p in ours] == [True, True, False]
    assert [p.stage for p in ours] == ["archive", "closing", "closing"]
    assert [p.method for p in ours] == ["fully_performed", "terminated_this_round", "fully_performed"]
    assert MISSING not in {d.code for d in ours[2].docs} and MISSING in {d.code for d in ours[0].docs}


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）甘0702执4[56]\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    coop = case_of("court_hb_01").respondent
    assert coop.id_number.startswith("93620702") and "玉米制种农民专业合作社" in coop.name
    assert code_check(coop.id_number[:17]) == coop.id_number[-1]
    assert case_of("court_hb_02").respondent.kind == "person"
    assert case_of("court_hb_03").applicant.kind == "person"


def _printed_at(sheets: list[Sheet]) -> list[date]:
    """The browser's print stamps (2024/2/3 15:17) at the head of each printed sheet."""
    return [date(int(y), int(m), int(d)) for s in sheets for line in s.lines
            for y, m, d in re.findall(r"^(\d{4})/(\d{1,2})/(\d{1,2}) \d{2}:\d{2}$", line)]


def test_the_seed_story_is_a_wenshu_printout_with_the_trial_courts_certificate() -> None:
    c = case_of("court_hb_01")
    basis = render("enforcement_basis", c, random.Random(0), [])
    text = text_of(basis)
    assert "中国裁判文书网" in text and "wenshu.court.gov.cn" in text and "民事判决书" in text
    assert "甘07民终" in text and "判决如下" in text and "制种" in text and re.search("[^某]某某?，", text)
    assert c.respondent.legal_rep not in text, "the site shows natural persons anonymised"
    assert [s.page_of for s in basis] == [(n, len(basis)) for n in range(1, len(basis) + 1)]
    assert any(line.endswith(f"1/{len(basis)}") or line == f"1/{len(basis)}" for line in basis[0].lines)
    assert all(d < c.filed_on for d in _printed_at(basis)), "printed before the filing"
    cert = text_of(render("effectiveness_certificate", c, random.Random(0), []))
    assert "生效证明书" in cert and c.extra["first_no"] in cert and c.basis_number in cert and "发生法律效力" in cert
    gsxt = render("identity_proof", c, random.Random(0), ["respondent"])
    assert "国家企业信用信息公示系统" in text_of(gsxt) and c.respondent.id_number in text_of(gsxt)
    assert "农民专业合作社" in text_of(gsxt) and all(d < c.filed_on for d in _printed_at(gsxt))
    ruling = text_of(render("enforcement_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ruling and c.extra["r_acct"] in ruling and "裁定如下" in ruling
    paid = render("payment_voucher", c, random.Random(0), [])
    assert "执行案款发放凭证" in text_of(paid[:1]) and paid[1].starts_document and "电子回单" in text_of(paid[1:])
    assert "卷" in text_of(render("dossier_cover", c, random.Random(0), []))


def test_the_car_story_ends_with_the_published_dishonest_record() -> None:
    c = case_of("court_hb_02")
    award = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "张掖仲裁委员会" in award and "裁决如下" in award and c.extra["plate"] in award and "终局裁决" in award
    cert = text_of(render("effectiveness_certificate", c, random.Random(0), []))
    assert "生效" in cert and c.basis_number in cert
    decision = render("dishonest_list_decision", c, random.Random(0), [])
    assert "决定书" in decision[0].lines[:4] and "纳入失信被执行人名单" in text_of(decision[:1])
    web = [s for s in decision if s.starts_document]
    assert len(web) == 1 and "中国执行信息公开网" in text_of(web) and "zxgk.court.gov.cn" in text_of(web)
    assert c.number in text_of(web) and "限制消费人员" in text_of(web)
    ttr = text_of(render("termination_this_round_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and c.extra["plate"] in ttr
    record = text_of(render("investigation_record", c, random.Random(0), []))
    assert "调查笔录" in record.replace(" ", "") and "修理厂" in record
    sms = text_of(render("service_receipt", c, random.Random(0), ["consumption_restriction_order", "dishonest_list_decision"]))
    assert "短信送达凭证" in sms and "限制消费令" in sms and c.respondent.phone in sms


def test_the_labour_story_is_paid_straight_to_the_team_leader() -> None:
    c = case_of("court_hb_03")
    basis = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "人民法院在线服务" in basis and "zxfw.court.gov.cn" in basis and "劳务费" in basis
    assert c.applicant.name in basis, "a served document names the parties"
    assert "电子执业证" in text_of(render("lawyer_license", c, random.Random(0), []))
    paid = text_of(render("payment_voucher", c, random.Random(0), []))
    assert "收款确认书" in paid and "转入人民币" in paid and f"{c.extra['rest']:,.2f}" in paid
    assert "执行和解协议" in text_of(render("settlement_agreement", c, random.Random(0), [])).replace(" ", "")
    bill = text_of(render("fee_receipt", c, random.Random(0), []))
    assert "全国财政电子票据查验平台" in bill and f"{c.extra['fee']:,.2f}" in bill


DATES = (r"(\d{4})年(\d{1,2})月(\d{1,2})日", r"(\d{4})-(\d{2})-(\d{2})", r"^(\d{4})/(\d{1,2})/(\d{1,2}) ")


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hb") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            sheets = render("service_receipt", c, random.Random(3), d.served)
            found = [date(int(y), int(m), int(dd)) for s in sheets for line in s.lines for pattern in DATES
                     for y, m, dd in re.findall(pattern, line)]
            assert found, (prefix, d.served)
            made = max(made_on(c, s) for s in d.served)
            assert all(x >= made for x in found) and max(found) > made, (prefix, d.served, found, made)


def _sheet(colour: tuple[int, int, int] | None = None) -> Sheet:
    s = Sheet(size=(mm(120), mm(90)))
    s.lines.append("x")
    if colour:
        s.image.paste(colour, (mm(20), mm(20), mm(100), mm(70)))
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.DeskScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.format == "JPEG" and img.info["dpi"][0] == plan.dpi
    w, h = round(sheet.width * plan.dpi / 200), round(sheet.height * plan.dpi / 200)
    assert img.size == ((h, w) if plan.rotation in (90, 270) else (w, h))
    return plan, np.asarray(img, dtype=np.float32)


def test_the_document_scanner_plans_grey_or_mono_pages_as_the_theme_says() -> None:
    blank = _sheet()
    plans_ = [cap.plan_capture(random.Random(s), blank) for s in range(200)]
    assert {p.mode for p in plans_} == {"grey", "mono"}
    assert {p.dpi for p in plans_} <= {200, 240, 300} and len({p.dpi for p in plans_}) == 3
    assert all(45 <= p.quality <= 85 and abs(p.skew) <= 1.4 and not p.photo for p in plans_)
    turned = [p for p in plans_ if p.rotation]
    assert 0 < len(turned) < 30 and {p.rotation for p in turned} <= {90, 180, 270}
    banner = _sheet((90, 90, 90))
    assert all(cap.plan_capture(random.Random(s), banner).mode == "grey" for s in range(30)), "half-tone stays grey"


def test_mono_drops_the_red_seal_and_keeps_the_blue_ink() -> None:
    s = _sheet()
    seal(s, mm(60), mm(45), "甘肃省张掖市甘州区人民法院", random.Random(1), radius=mm(20))
    _, a = _scan(s, 2, mode="mono", rotation=0, skew=0.0, specks=0, overrun_mm=0.0, dpi=200)
    assert (a[mm(25):mm(65), mm(40):mm(80)] < 128).mean() < 0.02, "the red seal drops out"
    ink = _sheet((34, 42, 96))
    _, b = _scan(ink, 2, mode="mono", rotation=0, skew=0.0, specks=0, overrun_mm=0.0, dpi=200)
    assert (b[mm(30):mm(60), mm(30):mm(90)] < 128).mean() > 0.95, "ballpoint stays black"
    assert set(np.unique(np.round(b / 255))) <= {0.0, 1.0}
    _, g = _scan(_sheet((120, 120, 120)), 3, mode="grey", rotation=0, skew=0.0, specks=0, overrun_mm=0.0, dpi=200)
    mid = g[mm(30):mm(60), mm(30):mm(90)].mean()
    assert 80 < mid < 170 and g[mm(5):mm(15), mm(5):mm(15)].mean() > 215, "grey keeps half-tone, paper a shade off white"


def test_the_feed_can_run_past_the_tail_onto_the_backing() -> None:
    _, a = _scan(_sheet(), 4, mode="grey", rotation=0, skew=0.0, specks=0, overrun_mm=5.0, dpi=200, noise=1.0, paper=245.0)
    assert abs(a[-mm(3):].mean() - cap.BACKING) < 12 and a[mm(10):mm(40)].mean() > 238


def test_worn_printers_lighten_print_but_leave_it_readable() -> None:
    for kind in ("bands", "toner", "toner+bands"):
        s = Sheet()
        s.image.paste((0, 0, 0), (0, 0, s.width, s.height))
        printer_wear(s, random.Random(5), kind)
        a = np.asarray(s.image.convert("L"), dtype=np.float32)
        assert a.max() > 40, f"{kind}: the print is lightened somewhere"
        assert np.percentile(a, 99) < 175, f"{kind}: and stays dark enough to read"
