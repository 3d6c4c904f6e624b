"""court_gz (重庆市万州区人民法院): three dossiers enforcing the civil part of the court's own 刑事附带民事判决书 against
men serving their sentences in 重庆 prisons. A diner glassed at a 烤鱼 stall files in person; the man's father
settles for most of the sum — 执行完毕, archived. A retired woman defrauded over a job for her son files through a
lawyer; the wife pays a little, nothing else is found — 终本. An old 棒棒 beaten on the 二马路 steps files through his
son; the mother pays a part and a frozen account the rest — but the son's kinship proof is missing. Prison
certificates, questioning at the prison, hand-filled window forms. Every page went through a scanner whose auto
colour detection and auto orientation misfire: 1-bit dithered, grey or yellow-cast colour pages, 15–20 % turned."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, plans
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gz_capture as cap
from dossier.corpus.families.court_gz import made_on, render
from dossier.corpus.families.court_gz_plans import MISSING
from dossier.validators.identity import check_id_number

from .family_stories import case_of, family_plans, text_of

FISH, FRAUD, PORTER = "court_gz_01", "court_gz_02", "court_gz_03"


def _plan(prefix: str) -> Plan:
    return next(p for p in family_plans("court_gz") if p.name.startswith(prefix))


def test_court_gz_seqs_lie_in_its_range_and_miss_every_other_case() -> None:
    ours = family_plans("court_gz")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(6100 <= s <= 6299 for s in seqs)
    others = {p.seq for p in plans() if p.family != "court_gz"}
    assert not set(seqs) & others
    assert all(p.name.startswith(f"court_gz_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.stage for p in ours] == ["archive", "closing", "closing"]
    assert [p.method for p in ours] == ["fully_performed", "terminated_this_round", "fully_performed"]
    assert not any(d.code == MISSING for d in _plan(PORTER).docs) and MISSING == "kinship_proof"


def test_the_parties_are_people_of_wanzhou_with_valid_numbers_and_the_court_code() -> None:
    for prefix in (FISH, FRAUD, PORTER):
        c = case_of(prefix)
        assert "渝0101执6" in c.number
        for p in (c.applicant, c.respondent):
            assert p.kind == "person" and check_id_number(p.id_number) is None, (prefix, p.name)
        assert c.basis_court == "重庆市万州区人民法院" and "渝0101刑初" in c.basis_number
        assert c.case_json()["basis"]["title"] == "刑事附带民事判决书"
    porter = case_of(PORTER)
    assert check_id_number(porter.extra["agent_id"]) is None


def test_the_victim_files_in_person_by_a_lawyer_or_by_his_son() -> None:
    fish, fraud, porter = (case_of(p).case_json()["applicants"][0] for p in (FISH, FRAUD, PORTER))
    assert "agent" not in fish
    assert fraud["agent"]["kind"] == "lawyer" and "律师事务所" in fraud["agent"]["firm"]
    assert porter["agent"]["kind"] == "relative" and porter["agent"]["relation"] == "儿子"
    fish_codes = {d.code for d in _plan(FISH).docs}
    assert not fish_codes & {"power_of_attorney", "law_firm_letter", "lawyer_license"}
    porter_codes = {d.code for d in _plan(PORTER).docs}
    assert "power_of_attorney" in porter_codes and not porter_codes & {"law_firm_letter", "lawyer_license"}


def test_each_story_is_drawn_in_its_makers_words() -> None:
    fish, fraud, porter = case_of(FISH), case_of(FRAUD), case_of(PORTER)
    judgment = text_of(render("enforcement_basis", fish, random.Random(0), []))
    assert "刑事附带民事判决书" in judgment and "附带民事诉讼原告人" in judgment and "烤鱼" in judgment
    assert "故意伤害罪" in judgment and "判决如下" in judgment and fish.basis_number in judgment
    article = "第二百六十条" if fish.extra["judged_on"] < date(2024, 1, 1) else "第二百六十四条"
    assert f"民事诉讼法》{article}" in judgment, "the article in force on the judgment's day"
    assert "诈骗罪" in text_of(render("enforcement_basis", fraud, random.Random(0), []))
    assert "刑事审判庭" in text_of(render("effectiveness_certificate", fish, random.Random(0), []))
    prisons = [text_of(render("evidence", c, random.Random(0), [])) for c in (fish, fraud, porter)]
    assert "三合监狱" in prisons[0] and "服刑证明" in prisons[0]
    assert "永川监狱" in prisons[1] and "在押罪犯情况证明" in prisons[1]
    assert "渝都监狱" in prisons[2] and "复函" in prisons[2]
    assert all(c.extra["prisoner_no"] in t for c, t in zip((fish, fraud, porter), prisons, strict=True))
    record = text_of(render("investigation_record", fraud, random.Random(0), []))
    assert "询问笔录" in record and "永川监狱会见室" in record
    settlement = text_of(render("settlement_agreement", fish, random.Random(0), []))
    assert "执行和解协议" in settlement and fish.extra["father"] in settlement
    ttr = text_of(render("termination_this_round_ruling", fraud, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本院" in ttr and fraud.extra["wife"] in ttr
    assert fraud.extra["wife"] in text_of(render("payment_voucher", fraud, random.Random(0), []))
    paid = render("payment_voucher", porter, random.Random(0), [])
    assert len(paid) == 2 and paid[1].starts_document and porter.extra["mother"] in text_of(paid)
    assert "强制执行申请书" in text_of(render("enforcement_application", fish, random.Random(0), []))
    assert fraud.firm in text_of(render("enforcement_application", fraud, random.Random(0), []))
    attorney = text_of(render("power_of_attorney", porter, random.Random(0), []))
    assert "公民代理" in attorney and porter.agent in attorney
    declaration = text_of(render("property_declaration_form", porter, random.Random(0), []))
    assert "财产申报表" in declaration and porter.extra["prison"] in declaration


def test_a_receipt_is_dated_after_what_it_served_and_a_prisoners_goes_through_the_prison() -> None:
    for prefix in (FISH, FRAUD, PORTER):
        c = case_of(prefix)
        for d in _plan(prefix).docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            if "enforcement_notice" in d.served:
                assert "委托监狱转交送达" in "".join(lines) and c.extra["prison"] in "".join(lines)


def test_money_adds_up_in_each_story() -> None:
    fish, fraud, porter = case_of(FISH), case_of(FRAUD), case_of(PORTER)
    assert 0 < fish.extra["settled"] < fish.amount
    assert 0 < fraud.extra["settled"] < fraud.amount / 5
    assert porter.extra["settled"] + porter.extra["deducted"] == porter.amount
    assert porter.extra["deducted"] <= porter.extra["balance"], "the frozen account holds what is taken from it"
    for c in (fish, fraud, porter):
        assert c.filed_on < c.extra["paid_on"] < c.closed_on
        assert c.extra["incident"] < c.extra["judged_on"] < c.basis_effective < c.filed_on


def _text_sheet(chars: int) -> Sheet:
    s = Sheet(size=(mm(120), mm(160)))
    s.lines.append("字" * chars)
    return s


def test_the_auto_orientation_turns_a_fifth_of_the_pages_and_sparse_ones_most() -> None:
    sparse, dense = _text_sheet(60), _text_sheet(900)
    rng = random.Random(5)
    turned_sparse = [cap.plan_capture(rng, sparse).rotation for _ in range(400)]
    turned_dense = [cap.plan_capture(rng, dense).rotation for _ in range(400)]
    share_sparse = sum(r != 0 for r in turned_sparse) / 400
    share_dense = sum(r != 0 for r in turned_dense) / 400
    assert share_sparse > 2.5 * share_dense > 0.1
    assert {r for r in turned_sparse if r} == {90, 180, 270}
    # a dossier's mix (about a third of its pages carry little text) comes out 15–20 % turned
    mixed = [cap.plan_capture(rng, sparse if k % 3 == 0 else dense).rotation for k in range(1500)]
    assert 0.15 <= sum(r != 0 for r in mixed) / 1500 <= 0.23


def _capture(sheet: Sheet, seed: int, **change: object) -> tuple[cap.AutoScan, Image.Image]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, img


def test_the_capture_modes_and_the_turned_page() -> None:
    s = _text_sheet(900)
    s.image.paste((120, 120, 120), (mm(10), mm(10), mm(60), mm(40)))  # a grey fill: dots when dithered
    plans_ = [cap.plan_capture(random.Random(k), s) for k in range(120)]
    assert {p.mode for p in plans_} == {"dither", "grey", "colour"}
    assert all(p.dpi in (200, 240, 300) and 50 <= p.quality <= 85 and abs(p.skew) <= 1.2 and not p.photo for p in plans_)
    _, bw = _capture(s, 1, mode="dither", rotation=0, skew=0.0, dpi=200)
    a = np.asarray(bw.convert("L"), dtype=np.float32)
    patch = a[mm(14): mm(36), mm(14): mm(56)]
    assert bw.mode == "L" and 60 < patch.mean() < 200 and patch.std() > 60, "error diffusion: a grey fill becomes dots"
    _, colour = _capture(s, 2, mode="colour", rotation=0, skew=0.0, cast=1.0, dpi=200)
    paper = np.asarray(colour.convert("RGB"), dtype=np.float32)[mm(100): mm(150), mm(70): mm(110)].reshape(-1, 3).mean(0)
    assert colour.mode == "RGB" and paper[0] - paper[2] > 25, "the colour mode's yellow cast"
    _, turned = _capture(s, 3, mode="grey", rotation=90, dpi=200)
    assert turned.size == (round(s.height), round(s.width))
    _, upright = _capture(s, 3, mode="grey", rotation=0, dpi=300)
    assert upright.size == (round(s.width * 1.5), round(s.height * 1.5))
