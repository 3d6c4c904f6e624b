"""court_hl (青海省西宁市城东区人民法院): three dossiers of 西宁's east town. A 石渠 yak-meat trader's judgment of the
四川省石渠县人民法院 arrives with that court's 委托执行函 and papers; the jerky maker settles under a guarantor's
执行担保书 (his flat, its 不动产权证书 copied behind) and pays — 执行完毕. A 祁连 herder's 民事调解书 of this court, his
son acting (the village committee's 亲属关系证明, no lawyer's papers), the haulier's trucks gone: 终本, archived. A 藏毯
weaver withdraws after an out-of-court settlement with a hotel: 终结执行, filed without the 财产线索表. The filing window
photographed cards and slips on its sunny counter (sun and shade, the window frame's shadow, glare on laminate); the
rest went on the flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_hl_capture as cap
from dossier.corpus.families.court_hl import made_on, render
from dossier.corpus.families.court_hl_kit import HlSheet
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_hl_01", "court_hl_02", "court_hl_03")


def test_court_hl_seqs_lie_in_its_range() -> None:
    ours = family_plans("court_hl")
    assert len(ours) == 3 and all(3400 <= p.seq <= 3499 for p in ours)
    assert all(p.name.startswith(f"court_hl_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_guarantor_and_son_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "青0102执34" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    yak, herd, rug = (case_of(p) for p in PREFIXES)
    assert check_id_number(yak.extra["guarantor"].id_number) is None
    assert check_id_number(herd.extra["agent_id"]) is None
    agent = herd.case_json()["applicants"][0]["agent"]
    assert agent["kind"] == "relative" and agent["name"] == herd.agent and agent["id_number"] == herd.extra["agent_id"]
    assert yak.case_json()["applicants"][0]["agent"]["kind"] == "lawyer"
    assert rug.case_json()["applicants"][0]["agent"]["kind"] == "lawyer"
    assert herd.case_json()["basis"]["kind"] == "mediation" and yak.case_json()["basis"]["court"] == "四川省石渠县人民法院"


def test_the_entrusted_case_speaks_in_the_entrusting_courts_words() -> None:
    yak = case_of("court_hl_01")
    letter = text_of(render("transfer_statement", yak, random.Random(0), []))
    assert "委托执行函" in letter and "四川省石渠县人民法院" in letter and yak.extra["entrust_no"] in letter
    assert "委托执行若干问题的规定" in letter and "青海省西宁市城东区人民法院：" in letter
    judgment = text_of(render("enforcement_basis", yak, random.Random(0), []))
    assert "民事判决书" in judgment and "川3332民初" in judgment and "牦牛肉" in judgment and "判决如下" in judgment
    guarantee = render("settlement_agreement", yak, random.Random(0), ["guarantee"])
    words = text_of(guarantee)
    g = yak.extra["guarantor"]
    assert "执行担保书" in words and g.name in words and g.id_number in words and yak.extra["flat_cert"] in words
    assert len(guarantee) == 2 and guarantee[1].page_of == (2, 2) and "不动产权证书" in "".join(guarantee[1].lines)
    settlement = text_of(render("settlement_agreement", yak, random.Random(0), []))
    assert "执行和解协议" in settlement and "丙方（担保人）" in settlement
    assert "执行完毕" in text_of(render("closing_notice", yak, random.Random(0), []))


def test_the_herders_son_acts_with_the_village_committees_certificate() -> None:
    herd = case_of("court_hl_02")
    basis = text_of(render("enforcement_basis", herd, random.Random(0), []))
    assert "民事调解书" in basis and "青0102民初" in basis and "本调解书经双方当事人签收后" in basis
    kin = text_of(render("kinship_proof", herd, random.Random(0), []))
    assert "亲属关系证明" in kin and "父子关系" in kin and herd.agent in kin and herd.applicant.name in kin
    assert "村民委员会" in kin
    attorney = text_of(render("power_of_attorney", herd, random.Random(0), []))
    assert herd.agent in attorney and "律师" not in attorney
    ttr = text_of(render("termination_this_round_ruling", herd, random.Random(0), []))
    assert "执行裁定书" in ttr and "裁定如下：" in ttr and "终结本次执行程序。" in ttr and "之子" in ttr


def test_the_weaver_withdraws_and_the_execution_is_terminated() -> None:
    rug = case_of("court_hl_03")
    withdrawal = text_of(render("evidence", rug, random.Random(0), []))
    assert "撤回强制执行申请书" in withdrawal and rug.number in withdrawal
    ruling = text_of(render("termination_ruling", rug, random.Random(0), []))
    assert "执行裁定书" in ruling and "终结" in ruling and "的执行。" in ruling and "第二百六十八条第一项" in ruling
    assert made_on(rug, "evidence") < made_on(rug, "termination_ruling") < rug.closed_on


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hl") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on, (prefix, got)


def test_cards_are_photographed_at_the_window_and_the_rest_scanned() -> None:
    yak, herd = case_of("court_hl_01"), case_of("court_hl_02")
    card = render("identity_proof", yak, random.Random(0), [])[0]
    kin = render("kinship_proof", herd, random.Random(0), [])[0]
    notice = render("enforcement_notice", herd, random.Random(0), [])[0]
    assert isinstance(card, HlSheet) and isinstance(kin, HlSheet) and isinstance(notice, HlSheet)
    assert card.way == "card" and len(card.laminate) == 2 and kin.way == "window" and notice.way == "flatbed"
    assert card.glare_zones[0][1] > 0.1 and card.glare_zones[0][3] <= 0.6, "the glare keeps off the front's number line"
    plans = [cap.plan_capture(random.Random(s), card) for s in range(40)]
    assert all(p.photo and 150 <= p.dpi <= 200 and p.glare and p.rotation in (0, 90, 270) for p in plans)
    assert all(zx0 <= fx <= zx1 and zy0 <= fy <= zy1 for p in plans for k, fx, fy, _r, _s in p.glare
               for zx0, zy0, zx1, zy1 in [card.glare_zones[k]])
    flat = HlSheet(size=(mm(150), mm(100)))
    flats = [cap.plan_capture(random.Random(s), flat) for s in range(60)]
    assert all(not p.photo and 200 <= p.dpi <= 300 and abs(p.skew) < 1 for p in flats)
    assert {p.rotation for p in flats} <= {0, 90}


def _shot(sheet: Sheet, seed: int, **change: object) -> tuple[cap.CapturePlan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_the_sun_lies_on_one_side_and_the_window_frame_casts_its_shadow() -> None:
    s = HlSheet(size=(mm(120), mm(160)), way="window")
    s.lines.append("x")
    plan, a = _shot(s, 3, corners=[(0.0, 0.0)] * 4, sun_side=1, edge=(0.5, 0.0), sun=1.1, shade=0.65, glare=[],
                    bars=[("v", 0.78, 0.04)], blur=0.0, noise=1.0, rotation=0)
    h, w = a.shape
    mid = a[h // 3: 2 * h // 3]
    shade_x, sun_x, bar_x = int(w * 0.3), int(w * 0.62), int(w * 0.78)
    assert mid[:, sun_x].mean() - mid[:, shade_x].mean() > 60, "the sunlit half is far brighter than the shaded one"
    assert mid[:, bar_x].mean() < mid[:, sun_x].mean() - 60, "the frame's shadow crosses the sunlit half"
    assert a.shape[1] > round(s.width * plan.dpi / 200), "the counter shows round the photographed sheet"


def test_glare_on_laminate_blows_out_a_spot_in_the_sun() -> None:
    s = HlSheet(size=(mm(120), mm(90)), way="card", paper=(120, 120, 120))
    s.lines.append("x")
    s.laminate.append((mm(10), mm(10), mm(110), mm(80)))
    s.glare_zones.append((0.4, 0.4, 0.6, 0.6))
    plan, a = _shot(s, 5, corners=[(0.0, 0.0)] * 4, sun_side=1, edge=(-1.0, 0.0), bars=[], sun=1.05, shade=0.7,
                    glare=[(0, 0.5, 0.5, 7.0, 1.0)], blur=0.0, noise=1.0, rotation=0)
    mx, my = round(s.width * 0.07 * plan.dpi / 200), round(s.height * 0.07 * plan.dpi / 200)
    cx, cy = mx + round(mm(60) * plan.dpi / 200), my + round(mm(45) * plan.dpi / 200)
    assert a[cy - 3: cy + 3, cx - 3: cx + 3].mean() > 245, "the core is blown white"
    far = a[my + round(mm(15) * plan.dpi / 200), mx + round(mm(15) * plan.dpi / 200)]
    assert far < 170, "away from the spot the card keeps its tone"
