"""court_is (贵州省雷山县人民法院, enforced by its township 人民法庭): a tea cooperative's judgment against a tea shop
(account deducted, 执行完毕, archived); a villager's accident judgment against a motorcycle rider (和解, three
instalments against 收据); an old mother's 赡养费 judgment against her son, her daughter acting for her (wages withheld
through his employer) — without the daughter's 授权委托书. Forms filled by hand, records written on ruled paper,
notices from a pale cartridge, scanned grey on a flatbed at 150–200 dpi: measured here on pixels."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from decimal import Decimal

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_is_capture as cap
from dossier.corpus.families.court_is import made_on, paid_days, render
from dossier.corpus.families.court_is_kit import BALL, PENCIL, RULE, pale, write
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def flat(text: str) -> str:
    """Printed text without the letter-spacing blanks of spread titles."""
    return text.replace(" ", "").replace("\u3000", "")


def test_court_is_seqs_lie_in_its_range_and_name_its_dossiers() -> None:
    ours = family_plans("court_is")
    assert len(ours) == 3 and all(13000 <= p.seq <= 13099 for p in ours)
    assert all(p.name.startswith(f"court_is_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_of_their_kind_and_the_court_code() -> None:
    tea, moto, elder = case_of("court_is_01"), case_of("court_is_02"), case_of("court_is_03")
    for c in (tea, moto, elder):
        assert "黔2634执130" in c.number and "黔2634民初" in c.basis_number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (p.name, bad)
    assert tea.applicant.id_number.startswith("93") and "合作社" in tea.applicant.name, "a farmers' cooperative"
    assert tea.respondent.id_number.startswith("92") and "茶叶店" in tea.respondent.name, "an individual business"
    assert check_id_number(elder.extra["daughter_id"]) is None
    agent = elder.case_json()["applicants"][0]["agent"]
    assert agent == {"name": elder.agent, "kind": "relative", "phone": elder.agent_phone}, "a citizen agent, no firm"
    assert tea.case_json()["applicants"][0]["agent"]["kind"] == "lawyer"
    assert elder.agent[0] == elder.respondent.name[0] != elder.applicant.name[0], "the son's sister, the mother's daughter"


def test_each_paper_is_drawn_in_its_makers_words() -> None:
    tea, moto, elder = case_of("court_is_01"), case_of("court_is_02"), case_of("court_is_03")
    r0 = random.Random(0)
    judgment = text_of(render("enforcement_basis", tea, r0, []))
    assert "民事判决书" in flat(judgment) and "判决如下" in judgment and "银球茶" in judgment
    assert "摩托车" in text_of(render("enforcement_basis", moto, r0, []))
    assert "赡养费" in text_of(render("enforcement_basis", elder, r0, []))
    ruling = text_of(render("enforcement_ruling", elder, r0, []))
    assert "执行裁定书" in flat(ruling) and "裁定如下" in ruling and "扣留、提取" in ruling
    assert tea.extra["r_acct"] in text_of(render("enforcement_ruling", tea, r0, []))
    assist = text_of(render("assistance_notice", elder, r0, []))
    assert "协助执行通知书" in flat(assist) and elder.extra["employer"] in assist and "回执" in flat(assist)
    kin = text_of(render("kinship_proof", elder, r0, []))
    assert "村民委员会" in kin and elder.agent in kin and "女儿" in kin and elder.applicant.id_number in kin
    deal = text_of(render("settlement_agreement", moto, r0, []))
    assert "执行和解协议" in flat(deal) and "分三期" in deal
    letter = text_of(render("law_firm_letter", moto, r0, []))
    assert "法律援助" in letter and moto.agent in letter
    assert "稿纸" not in text_of(render("enforcement_application", moto, r0, []))


def test_three_receipts_add_up_to_the_judgment_and_follow_the_settlement() -> None:
    moto = case_of("court_is_02")
    sums, days = [], []
    for k in (1, 2, 3):
        lines = render("payment_voucher", moto, random.Random(k), [str(k)])[0].lines
        sums += [Decimal(x.replace(",", "")) for x in lines if re.fullmatch(r"[\d,]+\.\d\d", x)]
        days += [date(*map(int, m)) for x in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", x)]
    assert sum(sums) == moto.amount and len(sums) == 3
    assert days == paid_days(moto) and days == sorted(days) and days[0] >= made_on(moto, "settlement_agreement")
    assert made_on(moto, "closing_notice") > days[-1]


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_is_01", "court_is_02", "court_is_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_is") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for x in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", x)]
            assert len(got) == 1 and all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.Flatbed, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and round(img.info["dpi"][0]) == plan.dpi
    return plan, np.asarray(img, dtype=np.float32)


def _strip() -> Sheet:
    return Sheet(size=(mm(210), mm(120)))


def test_the_flatbed_shows_the_lid_beside_the_sheet_and_scans_grey_at_150_to_200_dpi() -> None:
    for dpi in (150, 200):
        _, a = _scan(_strip(), 1, dpi=dpi, rotation=0, skew=0.0, shift=(1.0, 0.0), noise=0.5)
        w, tall = a.shape[1], round(110 / 25.4 * dpi)
        assert w == round(216 / 25.4 * dpi) and a.shape[0] == round(297 / 25.4 * dpi), "the glass is wider than A4"
        paper_edge = round(211 / 25.4 * dpi)
        lid = a[:tall, paper_edge + 3:]
        assert lid.shape[1] >= 3 and np.median(a[:tall, : w // 2]) - np.median(lid) > 12, "lid grey beside paper white"
        assert abs(np.median(a[-tall // 2:]) - np.median(lid)) < 4, "the lid below a short leaf too"
        cols = a[:tall].mean(axis=0)
        seam = int(np.argmin(cols[paper_edge - 4: paper_edge + 4])) + paper_edge - 4
        assert cols[seam] < np.median(lid) - 15, "the sheet's shadow along its edge"
    plans = [cap.plan_capture(random.Random(s), _strip()) for s in range(300)]
    assert {p.dpi for p in plans} <= set(range(150, 201)) and not any(p.photo for p in plans)
    turned = [p.rotation for p in plans if p.rotation]
    assert 5 < len(turned) < 45 and turned.count(180) > len(turned) // 2, "a few upside down, rarely sideways"


def test_an_upside_down_page_has_its_head_at_the_foot() -> None:
    s = _strip()
    s.image.paste((0, 0, 0), (mm(20), mm(5), mm(120), mm(20)))
    _, a = _scan(s, 2, rotation=180, dpi=150, skew=0.0, noise=0.5)
    h = a.shape[0]
    rows = a.mean(axis=1)
    assert int(np.argmin(rows)) > 0.9 * h and rows.min() < np.median(rows) - 40, "the black band now at the foot"


def test_pencil_comes_out_far_fainter_than_ballpoint_and_the_cartridge_pales_the_type() -> None:
    s = _strip()
    rng = random.Random(5)
    write(s, mm(20), mm(20), "二〇二四年三月五日收到", rng, size=60, ink=BALL)
    write(s, mm(20), mm(70), "二〇二四年三月五日收到", rng, size=60, ink=PENCIL, faint=0.55)
    _, a = _scan(s, 6, rotation=0, dpi=200, skew=0.0, noise=0.5, lift=14.0, gain=0.86)
    paper = float(np.median(a))
    ball = paper - np.percentile(a[mm(18): mm(36), mm(18): mm(200)], 2)
    pencil = paper - np.percentile(a[mm(68): mm(86), mm(18): mm(200)], 2)
    assert ball > 100 and pencil < 0.6 * ball, (ball, pencil)
    typed = Sheet(size=(mm(200), mm(40)))
    typed.image.paste((0, 0, 0), (0, mm(10), typed.width, mm(20)))
    pale(typed, random.Random(7))
    row = np.asarray(typed.image.convert("L"), dtype=np.float32)[mm(15)]
    assert row.min() > 255 * 0.2 and row.max() - row.min() > 25, "grey type, paler in bands"


def test_the_records_are_handwritten_on_ruled_paper() -> None:
    elder = case_of("court_is_03")
    sheets = render("interview_record", elder, random.Random(1), [])
    assert len(sheets) >= 2 and [s.page_of for s in sheets] == [(i, len(sheets)) for i in range(1, len(sheets) + 1)]
    img = np.asarray(sheets[0].image, dtype=np.int16)
    margin = img[:, mm(25): mm(36)]  # between the page's edge rule and the margin line: only the rules cross it
    red = (np.abs(margin - np.array(RULE)).sum(axis=2) < 60).mean(axis=1)
    rows = np.flatnonzero(red > 0.5)
    gaps = np.diff(rows)
    ruled = gaps[gaps > 10][1:]  # the head's double rule, then the writing lines
    assert len(ruled) > 18 and np.ptp(ruled) <= 2, "evenly ruled lines down the page"
    text = text_of(sheets)
    assert "谈话笔录" in flat(text) and "问：" in text and elder.respondent.name in text
