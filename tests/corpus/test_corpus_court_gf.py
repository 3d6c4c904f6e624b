"""court_gf (吉林省白山市浑江区人民法院): three dossiers of 白山. The 浑江 rural commercial bank enforces this court's
judgment on a loan against a ginseng-products company and its three guarantors (the legal representative, his wife
and a partner, jointly liable) — frozen, seized, settled after the 鲜参 sale, paid, archived. A ginseng grower
enforces his judgment against a trader who has vanished: a 下落不明证明 stands where the service address
confirmation would, papers go out by public notice, 终本. A retired 林场 worker enforces a mediation paper for his
spring plot's rent against a mineral-water plant, his son acting for him on a 户口簿 copy — without the 案款收取确认书.
Every page was photocopied on a copier out of toner (a pale band down the middle, the drum's ghost 94 mm lower, fuser
smudges, a grey haze) and then scanned grey or bilevel."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gf_capture as cap
from dossier.corpus.families.court_gf import made_on, render
from dossier.corpus.families.court_gf_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_gf_01", "court_gf_02", "court_gf_03")


def test_court_gf_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_gf")]
    assert len(seqs) == 3 and all(36000 <= s <= 36999 for s in seqs)
    assert not set(seqs) & {36118, 36263, 36431, 36518, 36643, 36771}, "court_bl's and court_dw's cases"
    assert all(p.name.startswith(f"court_gf_0{i}_") for i, p in enumerate(family_plans("court_gf"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "吉0602执36" in c.number
        people = [c.applicant, c.respondent, *c.extra.get("guarantors", [])]
        if "son" in c.extra:
            people.append(c.extra["son"])
        for p in people:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_the_bank_loan_binds_the_company_and_its_three_guarantors() -> None:
    loan = case_of("court_gf_01")
    boss, wife, partner = loan.extra["guarantors"]
    assert loan.respondent.legal_rep == boss.name and boss.address == wife.address and {boss.sex, wife.sex} == {"男", "女"}
    judgment = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "民事判决书" in judgment and "吉0602民初" in judgment and "连带清偿责任" in judgment and "保证合同" in judgment
    assert all(g.name in judgment for g in (boss, wife, partner))
    assert "农村商业银行" in loan.applicant.name and "人参" in loan.respondent.name
    record = loan.case_json()
    assert [r["name"] for r in record["respondents"]] == [loan.respondent.name, boss.name, wife.name, partner.name]
    ids = render("identity_proof", loan, random.Random(0), ["respondent"])
    assert len(ids) == 4 and all(s.starts_document for s in ids[1:]), "each guarantor's ID copy is a document of its own"
    ruling = text_of(render("enforcement_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ruling and "查封" in ruling and loan.extra["r_acct"] in ruling
    assert "执行和解协议" in text_of(render("settlement_agreement", loan, random.Random(0), []))


def test_the_vanished_trader_is_certified_missing_and_served_by_public_notice() -> None:
    ginseng = case_of("court_gf_02")
    plan = next(p for p in family_plans("court_gf") if p.name.startswith("court_gf_02"))
    codes = [d.code for d in plan.docs]
    assert "whereabouts_unknown_proof" in codes and "service_address_confirmation" not in codes
    assert ginseng.case_json()["facts"]["respondent_missing"] is True
    proof = text_of(render("whereabouts_unknown_proof", ginseng, random.Random(0), []))
    assert "下落不明" in proof and ginseng.respondent.name in proof and ginseng.respondent.id_number in proof
    assert ("派出所" in proof) or ("村民委员会" in proof)
    receipt = text_of(render("service_receipt", ginseng, random.Random(0), ["enforcement_notice", "property_report_order"]))
    assert "公告送达" in receipt
    ttr = text_of(render("termination_this_round_ruling", ginseng, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "下落不明" in ttr
    assert "鲜参" in text_of(render("enforcement_basis", ginseng, random.Random(0), []))


def test_the_son_acts_for_his_father_on_the_household_register() -> None:
    spring = case_of("court_gf_03")
    son = spring.extra["son"]
    plan = next(p for p in family_plans("court_gf") if p.name.startswith("court_gf_03"))
    codes = [d.code for d in plan.docs]
    assert "kinship_proof" in codes and codes.index("kinship_proof") == codes.index("power_of_attorney") + 1
    assert "law_firm_letter" not in codes and "lawyer_license" not in codes and MISSING not in codes
    assert spring.agent == son.name and son.name[0] == spring.applicant.name[0]
    assert spring.case_json()["applicants"][0]["agent"]["kind"] == "relative"
    register = text_of(render("kinship_proof", spring, random.Random(0), []))
    assert "常住人口登记卡" in register and spring.applicant.name in register and son.name in register and "户主" in register
    attorney = text_of(render("power_of_attorney", spring, random.Random(0), []))
    assert "父子" in attorney and "律师" not in attorney
    basis = text_of(render("enforcement_basis", spring, random.Random(0), []))
    assert "民事调解书" in basis and "矿泉水" in basis and "林场" in basis
    application = text_of(render("enforcement_application", spring, random.Random(0), []))
    assert "强制执行申请书" in application and son.name in application


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gf") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.CopyScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img, dtype=np.float32)


def _striped() -> Sheet:
    """A page of solid black bars across its whole width, in its lower part."""
    s = Sheet(size=(mm(180), mm(200)))
    s.lines.append("x")
    for k in range(8):
        y = mm(110) + k * mm(10)
        s.image.paste((0, 0, 0), (0, y, s.width, y + mm(4)))
    return s


CLEAN = {"skew": 0.0, "rotation": 0, "smudges": [], "dpi": 200, "mode": "grey", "noise": 1.0, "haze": 8.0}


def test_the_starved_band_pales_the_middle_of_the_page() -> None:
    _, a = _scan(_striped(), 1, **CLEAN, starve=0.55, band_x=0.5, band_w=0.12, ghost=0.0)
    bar = a[mm(111): mm(113)]
    w = bar.shape[1]
    middle, edge = bar[:, int(w * 0.47): int(w * 0.53)].mean(), bar[:, : int(w * 0.15)].mean()
    assert middle - edge > 60, (middle, edge)
    assert middle < a[mm(20): mm(40)].mean() - 40, "the strokes stay darker than the paper: readable"
    _, b = _scan(_striped(), 1, **CLEAN, starve=0.0, ghost=0.0)
    row = b[mm(111): mm(113)]
    assert abs(row[:, int(w * 0.47): int(w * 0.53)].mean() - row[:, : int(w * 0.15)].mean()) < 10, "no band: even"


def test_the_drum_ghost_repeats_the_top_part_one_turn_lower() -> None:
    s = Sheet(size=(mm(120), mm(200)))
    s.lines.append("x")
    s.image.paste((0, 0, 0), (mm(30), mm(10), mm(90), mm(30)))
    _, a = _scan(s, 2, **CLEAN, starve=0.0, ghost=0.14, ghost_mm=94.0)
    paper = np.median(a)
    echo = a[mm(94 + 12): mm(94 + 28), mm(40): mm(80)].mean()
    beside = a[mm(94 + 12): mm(94 + 28), mm(95): mm(115)].mean()
    assert 15 < beside - echo < 80 and a[mm(12): mm(28), mm(40): mm(80)].mean() < 60, (paper, echo, beside)
    _, b = _scan(s, 2, **CLEAN, starve=0.0, ghost=0.0)
    assert abs(b[mm(106): mm(122), mm(40): mm(80)].mean() - b[mm(106): mm(122), mm(95): mm(115)].mean()) < 5


def test_a_fuser_smudge_and_the_haze_grey_the_paper() -> None:
    s = Sheet(size=(mm(120), mm(160)))
    s.lines.append("x")
    _, a = _scan(s, 3, **{**CLEAN, "haze": 20.0, "smudges": [(0.5, 0.5, 30.0, 60.0)]}, starve=0.0, ghost=0.0)
    h, w = a.shape
    assert a[: h // 5, : w // 5].mean() < 245, "the stray-toner haze"
    assert a[h // 2 - 10: h // 2 + 10, w // 2 - 5: w // 2 + 5].mean() < a[: h // 5, : w // 5].mean() - 25


def test_the_scans_are_grey_or_bilevel_turned_now_and_then() -> None:
    s = _striped()
    _, bw = _scan(s, 4, **{**CLEAN, "mode": "bw"}, starve=0.0, ghost=0.0)
    assert set(np.unique(np.round(bw / 64))) <= {0.0, 1.0, 3.0, 4.0}, "bilevel: black and white (and JPEG ringing)"
    _, turned = _scan(s, 5, **{**CLEAN, "rotation": 90})
    assert turned.shape == (s.width, s.height)
    plans = [cap.plan_capture(random.Random(k), s) for k in range(300)]
    assert {p.mode for p in plans} == {"grey", "bw"} and not any(p.photo for p in plans)
    assert all(150 <= p.dpi <= 300 and 50 <= p.quality <= 85 and abs(p.skew) <= 1.3 for p in plans)
    turned_n = sum(p.rotation != 0 for p in plans)
    assert 5 <= turned_n <= 45 and {p.rotation for p in plans} <= {0, 90, 180, 270}
    assert sum(p.starve > 0 for p in plans) > 180, "the band on most pages"
    assert all(80 <= p.ghost_mm <= 100 for p in plans) and 100 < sum(p.ghost > 0 for p in plans) < 260
