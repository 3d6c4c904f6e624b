"""court_gr (贵州省毕节市七星关区人民法院): three wage dossiers of 毕节's building sites. Migrant workers enforce awards of
the 七星关区劳动人事争议仲裁委员会 against construction labour subcontractors, each represented by a lawyer the
七星关区法律援助中心 assigned (the centre's own 公函 instead of a firm's letter, its lawyer's 公职律师证). A 钢筋工's
subcontractor pays the whole sum into the court's account once its account is frozen (archived); a 模板工's has left
its office and reported a receivable already paid out (限制消费, 失信, the worker heard, 终本); a 砌筑工's settles and pays
in two instalments, but the commission's 生效证明 never came. Most received papers came by fax: a transmit header on
every faxed page, 204 × 98 dpi one-bit rows, lost lines, a few thermal printouts; the bureau's own on a grey flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gr_capture as cap
from dossier.corpus.families.court_gr import CODES, made_on, render
from dossier.corpus.families.court_gr_kit import fax_of
from dossier.corpus.families.court_gr_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

FAXED = ("enforcement_basis", "effectiveness_certificate", "law_firm_letter", "lawyer_license",
         "property_declaration_form", "settlement_agreement")
AT_THE_WINDOW = ("enforcement_application", "property_clue_form", "payment_account_confirmation",
                 "service_address_confirmation", "power_of_attorney", "fee_receipt")


def test_court_gr_seqs_lie_in_its_range_and_miss_every_other_dossier() -> None:
    ours = family_plans("court_gr")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(54000 <= s <= 56999 for s in seqs)
    others = {p.seq for p in plans() if p.family != "court_gr"}
    assert not set(seqs) & others
    assert not set(seqs) & {54117, 54386, 54702, 55127, 55236, 55408, 55573, 55794, 55861, 56118, 56407, 56733}
    assert all(p.name.startswith(f"court_gr_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.basis_kind for p in ours] == ["arbitration"] * 3
    assert MISSING == "effectiveness_certificate"
    assert not any(d.code == MISSING for d in ours[2].docs) and all(any(d.code == MISSING for d in p.docs)
                                                                     for p in ours[:2])


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_gr_01", "court_gr_02", "court_gr_03"):
        c = case_of(prefix)
        assert "（2024）黔0502执5" in c.number
        assert c.applicant.kind == "person" and c.respondent.kind == "organisation"
        assert check_id_number(c.applicant.id_number) is None, (prefix, c.applicant.id_number)
        assert check_credit_code(c.respondent.id_number) is None, (prefix, c.respondent.id_number)
        assert c.applicant.id_number[:4] == "5205" and c.respondent.id_number[2:8] == "520502"
        assert "劳务" in c.respondent.name and c.firm == "毕节市七星关区法律援助中心"
        assert c.basis_court == "毕节市七星关区劳动人事争议仲裁委员会" and "七劳人仲案字〔" in c.basis_number
        assert c.basis_effective < c.filed_on and c.extra["worked"][1] < c.basis_effective


def test_each_story_is_drawn_in_its_makers_words() -> None:
    paid, gone, split = case_of("court_gr_01"), case_of("court_gr_02"), case_of("court_gr_03")
    award = text_of(render("enforcement_basis", paid, random.Random(0), []))
    assert "劳动人事争议仲裁委员会" in award and "裁决如下" in award and "首席仲裁员" in award
    assert paid.basis_number in award and paid.extra["project"] in award and "钢筋工" in award
    assert "二倍工资" in text_of(render("enforcement_basis", gone, random.Random(0), []))
    assert "发生法律效力" in text_of(render("effectiveness_certificate", paid, random.Random(0), []))
    letter = text_of(render("law_firm_letter", split, random.Random(0), []))
    assert "法律援助中心" in letter and "指派" in letter and "律师事务所" not in letter
    assert "公职律师证" in text_of(render("lawyer_license", paid, random.Random(0), []))
    application = text_of(render("enforcement_application", gone, random.Random(0), []))
    assert "申 请 执 行 书" in application and gone.applicant.id_number in application and "限制高消费" in application
    ttr = text_of(render("termination_this_round_ruling", gone, random.Random(0), []))
    assert "执行裁定书" in ttr and "裁定如下" in ttr and "终结本次执行程序。" in ttr
    assert "限制消费令" in text_of(render("consumption_restriction_order", gone, random.Random(0), []))
    dishonest = text_of(render("dishonest_list_decision", gone, random.Random(0), []))
    assert "虚假报告" in dishonest and "第一条第（四）项" in dishonest
    vouchers = render("payment_voucher", paid, random.Random(0), [])
    assert len(vouchers) == 2 and vouchers[1].starts_document
    assert paid.extra["court_acct"] in text_of(vouchers[:1]) and "执行案款收据" in text_of(vouchers[1:])
    assert text_of(vouchers[:1]).count("回单编号") == 1
    assert text_of(render("payment_voucher", split, random.Random(0), [])[:1]).count("回单编号") == 2
    settlement = text_of(render("settlement_agreement", split, random.Random(0), []))
    assert "执行和解协议" in settlement and "执行款专户" in settlement
    inquiry = render("online_inquiry_result", gone, random.Random(0), [])
    assert len(inquiry) == 2 and inquiry[1].starts_document and "回复函" in text_of(inquiry[1:])


def test_received_papers_came_by_fax_and_the_courts_own_did_not() -> None:
    c = case_of("court_gr_01")
    for code in FAXED:
        sheets = render(code, case_of("court_gr_03") if code == "settlement_agreement" else c, random.Random(2), [])
        marks = [fax_of(s) for s in sheets]
        assert all(marks), code
        assert [m.page for m in marks if m] == list(range(1, len(sheets) + 1))
        head = sheets[0].lines[:4]
        assert any(re.search(r"P\.0*1/0*\d|第1/\d+页", line) for line in head), (code, head)
    assert fax_of(render("identity_proof", c, random.Random(2), ["respondent"])[0])
    assert not fax_of(render("identity_proof", c, random.Random(2), [])[0]), "the worker's ID copy, handed in"
    for code in (*AT_THE_WINDOW, "enforcement_notice", "closing_approval_form", "dossier_cover"):
        assert not any(fax_of(s) for s in render(code, c, random.Random(2), [])), code
    inquiry = render("online_inquiry_result", c, random.Random(2), [])
    assert not fax_of(inquiry[0]) and fax_of(inquiry[1]), "the system's printout, then the bank's faxed reply"


def test_every_code_is_dated_in_order() -> None:
    for prefix in ("court_gr_01", "court_gr_02", "court_gr_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gr") if p.name.startswith(prefix))
        for d in plan.docs:
            assert d.code in CODES
            when = made_on(c, d.code)
            if d.code in ("enforcement_basis", "effectiveness_certificate", "power_of_attorney", "law_firm_letter"):
                assert when < c.filed_on, (prefix, d.code)
            elif d.code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
                assert when > c.closed_on
            else:
                assert when <= c.closed_on, (prefix, d.code)
        if c.method == "fully_performed":
            assert c.filed_on < c.extra["paid_on"] < c.closed_on


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_gr_01", "court_gr_02", "court_gr_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gr") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(5), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on


def _strip(faxed: bool = True) -> Sheet:
    s = Sheet(size=(mm(170), mm(120)))
    s.image.paste((0, 0, 0), (mm(20), mm(40), mm(150), mm(44)))  # a black bar, like a rule
    s.image.paste((225, 95, 100), (mm(20), mm(70), mm(60), mm(100)))  # a seal's red as it lies on the paper
    s.image.paste((200, 200, 200), (mm(90), mm(70), mm(150), mm(100)))  # a grey card copy
    s.lines.append("x")
    if faxed:
        from datetime import datetime

        from dossier.corpus.families.court_gr_kit import faxed as mark

        mark([s], sender="TEST", number="0857-8000000", sent=datetime(2024, 3, 1, 9, 0), rng=random.Random(0),
             footer=False)
    return s


def test_a_fax_is_one_bit_at_standard_resolution_and_dithers_the_greys() -> None:
    s = _strip()
    plan = cap.plan_capture(random.Random(1), s)
    plan.dropouts, plan.stretch = [], 1.0
    bits = cap.fax_rows(s, plan, random.Random(1))
    assert set(np.unique(bits)) <= {0, 255}
    assert bits.shape == (round(s.height * 98 / 200), round(s.width * 204 / 200))
    seal = bits[round(mm(75) * 98 / 200): round(mm(95) * 98 / 200), round(mm(25) * 204 / 200): round(mm(55) * 204 / 200)]
    assert 0.15 < (seal == 0).mean() < 0.85, "the red seal goes to dots, neither solid nor gone"
    bar = bits[round(mm(41) * 98 / 200), round(mm(30) * 204 / 200): round(mm(140) * 204 / 200)]
    assert (bar == 0).mean() > 0.95
    plan.dropouts = [(0.5, 1, 1, 0.0, 1.0)]
    dropped = cap.fax_rows(s, plan, random.Random(1))
    assert (dropped[bits.shape[0] // 2] == 255).all(), "a lost line comes out white across the page"


def test_the_fax_server_doubles_rows_or_resamples_and_the_thermal_printout_fades() -> None:
    s = _strip()
    base = cap.plan_capture(random.Random(3), s)
    for route, doubled in (("fax", True), ("fax", False), ("thermal", True)):
        plan = cap.LineCapture(**{**base.__dict__, "route": route, "doubled": doubled, "stretch": 1.04,
                                  "dpi": 204 if doubled and route == "fax" else 200, "skew": 0.0, "rotation": 0,
                                  "fade": 0.45, "dropouts": []})
        img = Image.open(io.BytesIO(cap.capture(s, plan, random.Random(3))))
        assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
        a = np.asarray(img, dtype=np.float32)
        rows = round(s.height * 98 / 200 * 1.04)
        if route == "fax" and doubled:
            assert img.height == 2 * rows and img.width == round(s.width * 204 / 200)
        elif route == "fax":
            assert img.width == s.width and abs(img.height - rows * 200 / 98) <= 1
        else:
            bar = a[round(img.height * 41 / 120), img.width // 3: 2 * img.width // 3]
            assert 50 < np.median(bar) < 200, "the thermal black has faded to grey"
            assert 200 < np.median(a[: img.height // 5]) < 245, "a yellowed ground, not white"


def test_the_courts_own_pages_go_through_a_grey_flatbed() -> None:
    s = _strip(faxed=False)
    scans = [cap.plan_capture(random.Random(k), s) for k in range(120)]
    assert {p.route for p in scans} == {"flatbed"}
    assert all(200 <= p.dpi <= 300 and abs(p.skew) <= 1.2 and 50 <= p.quality <= 85 and not p.photo for p in scans)
    turned = [p.rotation for p in scans if p.rotation]
    assert 0 < len(turned) < 25 and set(turned) <= {90, 180, 270}
    faxes = [cap.plan_capture(random.Random(k), _strip()) for k in range(60)]
    assert {p.route for p in faxes} == {"fax", "thermal"}
    assert sum(p.route == "thermal" for p in faxes) < 30
    plan = scans[0]
    plan.rotation = 90
    img = Image.open(io.BytesIO(cap.capture(s, plan, random.Random(0))))
    assert img.mode == "L" and img.width == round(s.height * plan.dpi / 200)
