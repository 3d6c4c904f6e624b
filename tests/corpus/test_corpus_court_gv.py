"""court_gv (黑龙江省绥化市北林区人民法院): three elder-support dossiers under a 人民调解协议 the court confirmed (司法确认),
the old mother acting through her grandson. The second son's wages are withheld through the rice mill that employs him
(the mill's reply filed behind the 协助执行通知书), he settles and pays, archived; the third son hides his grain-hauling
income, is fined, and nothing is found — 终本; the youngest, a taxi driver, has his account debited and pays the rest,
but his mother's dossier holds no proof that the grandson is her grandson. Most of the grandson's papers are copy-shop
inkjet prints of his phone's photos, scanned on the bureau's MFP."""

from __future__ import annotations

import io
import random
import re
from dataclasses import replace
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gv_capture as cap
from dossier.corpus.families.court_gv import made_on, render
from dossier.corpus.families.court_gv_kit import Printout, snapshot
from dossier.corpus.families.court_gv_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_gv_01", "court_gv_02", "court_gv_03")
OTHER_FAMILIES_SEQS = {1864, 1906, 1920, 2013, 2016, 2017, 2018, 2019, 2041, 2210}


def test_court_gv_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    ours = family_plans("court_gv")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(1900 <= s <= 2199 for s in seqs)
    assert not set(seqs) & OTHER_FAMILIES_SEQS
    assert all(p.name.startswith(f"court_gv_0{i}_") for i, p in enumerate(ours, 1))
    assert MISSING == "kinship_proof"


def test_the_parties_carry_valid_numbers_the_court_code_and_the_grandson_as_a_relative() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "黑1202执" in c.number and "黑1202民特" in c.basis_number
        for number in (c.applicant.id_number, c.respondent.id_number, c.extra["agent_id"]):
            assert check_id_number(number) is None, (prefix, number)
            assert number.startswith("231202")
        assert c.applicant.sex == "女" and c.applicant.born and c.applicant.born.year < 1946
        agent = c.case_json()["applicants"][0]["agent"]
        assert agent["kind"] == "relative" and agent["name"] == c.agent and "firm" not in agent
        assert c.case_json()["basis"]["kind"] == "mediation"
        if c.extra["tale"] == "mill":
            assert check_credit_code(c.extra["employer_code"]) is None


def test_each_story_is_drawn_in_its_makers_words() -> None:
    mill, hauler, taxi = (case_of(p) for p in PREFIXES)
    basis = text_of(render("enforcement_basis", hauler, random.Random(0), []))
    assert "民事裁定书" in basis and hauler.basis_number in basis and "人民调解协议书" in basis
    assert hauler.extra["committee"] in basis and "司法确认" in basis and "赡养费" in basis
    notice = text_of(render("assistance_notice", mill, random.Random(0), []))
    assert "协助执行通知书" in notice and mill.extra["employer"] in notice and "扣留" in notice
    assert "关于协助扣留职工工资收入的回复" in notice, "the mill's reply is filed behind the notice"
    assert "扣划" in text_of(render("assistance_notice", taxi, random.Random(0), [])), "the bank's 回执"
    fine = text_of(render("fine_decision", hauler, random.Random(0), []))
    assert "罚款决定书" in fine and "虚假报告财产" in fine and "罚款人民币二千元" in fine
    ttr = text_of(render("termination_this_round_ruling", hauler, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    assert "孙子" in text_of(render("kinship_proof", mill, random.Random(0), [])), "the 户口簿's 与户主关系"
    assert "祖孙关系" in text_of(render("kinship_proof", hauler, random.Random(0), [])), "the village's proof"
    attorney = text_of(render("power_of_attorney", taxi, random.Random(0), []))
    assert "按手印" in attorney and taxi.agent in attorney
    application = text_of(render("enforcement_application", mill, random.Random(0), []))
    assert "强制执行申请书" in application and "失信被执行人名单" in application and "限制高消费" in application


def test_the_grandsons_photos_reach_the_court_as_inkjet_printouts() -> None:
    mill, hauler, taxi = (case_of(p) for p in PREFIXES)
    for c in (mill, hauler, taxi):
        for served in ([], ["respondent"]):
            sheets = render("identity_proof", c, random.Random(2), served)
            assert len(sheets) == 1 and isinstance(sheets[0], Printout) and sheets[0].source == "photo"
            assert (c.respondent if served else c.applicant).id_number in text_of(sheets)
    basis = render("enforcement_basis", mill, random.Random(2), [])
    assert [isinstance(s, Printout) for s in basis] == [False] * (len(basis) - 2) + [True, True], \
        "the mill case's ruling printed by the window, the agreement a photo"
    assert basis[-2].starts_document and not basis[-1].starts_document
    assert all(isinstance(s, Printout) for s in render("enforcement_basis", taxi, random.Random(2), []))
    screen = render("fee_receipt", taxi, random.Random(2), [])
    assert isinstance(screen[0], Printout) and screen[0].source == "screen" and "缴款成功" in text_of(screen)
    assert not isinstance(render("fee_receipt", mill, random.Random(2), [])[0], Printout)


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gv") if p.name.startswith(prefix))
        receipts = [d for d in plan.docs if d.code == "service_receipt"]
        assert receipts
        for d in receipts:
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] < c.closed_on


def test_the_papers_follow_each_other_in_time() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert c.extra["agree_day"] < c.extra["ruling_day"] < c.basis_effective < c.filed_on
        assert made_on(c, "enforcement_notice") < made_on(c, "enforcement_ruling") < made_on(c, "closing_approval_form")
        assert c.extra["arrears_to"] < c.filed_on
    hauler = case_of("court_gv_02")
    assert made_on(hauler, "property_declaration_form") < made_on(hauler, "fine_decision") < \
        made_on(hauler, "interview_record") < made_on(hauler, "termination_this_round_ruling") < hauler.closed_on
    assert (hauler.closed_on - hauler.filed_on).days >= 90


def _paper() -> Sheet:
    s = Sheet(size=(mm(120), mm(90)))
    s.text(mm(10), mm(10), "赡养费", font("serif", 60))
    s.draw.rectangle((0, mm(40), s.width, mm(70)), fill=(20, 20, 20))
    return s


def test_a_printout_carries_the_inkjets_faults_and_a_court_page_does_not() -> None:
    printout = snapshot([_paper()], random.Random(5), backdrop="table")
    plan = cap.plan_capture(random.Random(5), printout)
    assert plan.printout and plan.photo and plan.dpi == 200 and 50 <= plan.quality <= 80
    plan = replace(plan, rotation=0, skew=0.0, nozzles=(), band_depth=0.12, noise=0.5)
    img = np.asarray(Image.open(io.BytesIO(cap.capture(printout, plan, random.Random(5)))).convert("RGB"), np.float32)
    w = img.shape[1]
    border = img[: mm(4), w // 4: 3 * w // 4]
    assert border.mean() > 225 and np.ptp(border.mean(axis=(0, 1))) < 8, "the white border stays white: no ink, no cast"
    dark = img[:, w // 2 - 40: w // 2 + 40].mean(axis=(1, 2))
    inked = dark[(dark > 40) & (dark < 200)]
    assert inked.size > 100 and inked.std() > 3, "the head's passes leave bands in the inked photo"
    court = Sheet(size=(mm(120), mm(90)))
    court.lines.append("x")
    plans = [cap.plan_capture(random.Random(k), court) for k in range(200)]
    assert all(not p.printout and not p.photo and p.dpi in (200, 240, 300) and 62 <= p.quality <= 88 for p in plans)
    assert all(abs(p.skew) <= 0.8 for p in plans)
    turned = sum(p.rotation != 0 for p in plans)
    assert 0 < turned < 30 and {p.rotation for p in plans} <= {0, 90, 180, 270}


def test_the_scan_keeps_its_resolution_and_turns_the_page() -> None:
    s = _paper()
    plan = replace(cap.plan_capture(random.Random(1), s), dpi=300, rotation=90)
    img = Image.open(io.BytesIO(cap.capture(s, plan, random.Random(1))))
    assert img.info["dpi"][0] == 300
    assert (img.width, img.height) == (round(s.height * 300 / 200), round(s.width * 300 / 200))
