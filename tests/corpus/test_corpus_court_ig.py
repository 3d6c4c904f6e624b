"""court_ig (海南省海口市秀英区人民法院): three dossiers of 海口's west. A 石山 villager enforces this court's judgment for
his mango orchard's rent — the wholesaler's harvest money frozen and paid in, the company's pickup seized and sold,
执行完毕. An apartment buyer's 终本 case against a developer is resumed (执恢) on its unsold parking spaces, the
spaces seized, a 执行和解协议, paid, archived. A diving instructor enforces this court's 民事调解书 (劳动争议) against a
dive resort, its account frozen and deducted — handed in without the 结案审批表. Every page comes out of a damp
tropical archive onto a flatbed: cockled paper, mildew, rust round staples and clips, feathered ink and smudged
seals, a few surfaces lifted where stuck sheets were pulled apart; colour scanned to grey at 200–300 dpi."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import RED, Sheet, mm, seal
from dossier.corpus.families import court_ig_capture as cap
from dossier.corpus.families.court_ig import made_on, render
from dossier.corpus.families.court_ig_plans import MISSING, plans
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_seqs_lie_in_the_range_and_the_plans_are_named_in_order() -> None:
    ours = family_plans("court_ig")
    assert [p.name for p in ours] == [p.name for p in plans()]
    assert all(10600 <= p.seq <= 10699 for p in ours) and len({p.seq for p in ours}) == 3
    assert all(p.name.startswith(f"court_ig_0{i}_") for i, p in enumerate(ours, 1))
    assert MISSING == "closing_approval_form"
    assert not any(d.code == MISSING for d in ours[2].docs) and all(any(d.code == MISSING for d in p.docs)
                                                                     for p in ours[:2])


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix, kind in (("court_ig_01", "执"), ("court_ig_02", "执恢"), ("court_ig_03", "执")):
        c = case_of(prefix)
        assert re.fullmatch(rf"（2024）琼0105{kind}106\d\d号", c.number), c.number
        assert "琼0105民初" in c.basis_number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    mango = case_of("court_ig_01")
    assert check_credit_code(mango.extra["buyer"].id_number) is None
    assert mango.extra["frozen"] + mango.extra["car_price"] == mango.amount


def test_each_story_is_drawn_in_its_makers_words() -> None:
    mango, parking, dive = case_of("court_ig_01"), case_of("court_ig_02"), case_of("court_ig_03")
    judgment = text_of(render("enforcement_basis", mango, random.Random(0), []))
    assert "民事判决书" in judgment and "芒果园" in judgment and "判决如下" in judgment
    freeze = text_of(render("enforcement_ruling", mango, random.Random(0), []))
    assert "执行裁定书" in freeze and "芒果收购货款" in freeze and mango.extra["plate"] in freeze
    sale = text_of(render("enforcement_ruling", mango, random.Random(0), ["car"]))
    assert "执行裁定书" in sale and "变卖" in sale and "号之二" in sale
    mediation = text_of(render("enforcement_basis", dive, random.Random(0), []))
    assert "民事调解书" in mediation and "劳动争议" in mediation and "潜水教练" in mediation
    assert "经本院主持调解" in mediation
    application = text_of(render("resumption_application", parking, random.Random(0), []))
    assert "恢复执行申请书" in application and all(sp in application for sp in parking.extra["spaces"])
    assert "原承办人签名" in application and parking.officer in application and parking.previous_number in application
    ttr = text_of(render("termination_this_round_ruling", parking, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and parking.previous_number in ttr
    resumed = text_of(render("resumption_ruling", parking, random.Random(0), []))
    assert "执行裁定书" in resumed and f"恢复{parking.previous_number}案件的执行。" in resumed
    assert "执行和解协议" in text_of(render("settlement_agreement", parking, random.Random(0), []))
    request = text_of(render("enforcement_application", dive, random.Random(0), []))
    assert "限制高消费" in request and "失信被执行人名单" in request


def test_the_dates_follow_the_story() -> None:
    parking = case_of("court_ig_02")
    assert made_on(parking, "termination_this_round_ruling") < made_on(parking, "resumption_application") < \
        parking.filed_on <= made_on(parking, "resumption_ruling")
    assert made_on(parking, "effectiveness_certificate") > parking.basis_effective
    for prefix in ("court_ig_01", "court_ig_02", "court_ig_03"):
        c = case_of(prefix)
        assert made_on(c, "payment_voucher") < made_on(c, "closing_notice") < c.closed_on < made_on(c, "file_review_form")


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for plan in family_plans("court_ig"):
        c = case_of(plan.name[:11])
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (plan.name, d.served, got)


def _strip() -> Sheet:
    s = Sheet(size=(mm(170), mm(120)))
    s.lines.append("x")
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.DampScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    quiet = {"skew": 0.0, "mildew": [], "staple": False, "clip": None, "lifted": [], "rotation": 0, "noise": 1.0,
             "quality": 95}
    for k, v in {**quiet, **change}.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L", "colour scanned to grey"
    assert img.info["dpi"][0] == plan.dpi and 200 <= plan.dpi <= 300
    return plan, np.asarray(img, dtype=np.float32)


def test_the_plans_vary_as_an_archive_room_would() -> None:
    many = [cap.plan_capture(random.Random(s), _strip()) for s in range(150)]
    assert {p.dpi for p in many} <= {200, 240, 300} and len({p.dpi for p in many}) >= 2
    assert 0 < sum(p.rotation != 0 for p in many) < 30
    assert 3 < sum(bool(p.lifted) for p in many) < 45
    assert sum(bool(p.mildew) for p in many) > 80 and sum(p.staple for p in many) > 80
    assert all(not p.photo and abs(p.skew) <= 1.2 for p in many)


def test_cockled_paper_shows_soft_waves_of_light_and_shade() -> None:
    flat = [cap.Wave(0.0, 0.3, 0.0, 0.0)]
    waves = [cap.Wave(0.08, 0.35, 90.0, 0.0)]  # bands across the sheet, varying down it
    _, a = _scan(_strip(), 1, dpi=200, waves=waves, warp=0.0)
    _, b = _scan(_strip(), 1, dpi=200, waves=flat, warp=0.0)
    rows_a, rows_b = a.mean(axis=1), b.mean(axis=1)
    assert rows_a.max() - rows_a.min() > 20, "light and shade across the page"
    assert rows_b.max() - rows_b.min() < 6
    assert np.abs(np.diff(cv2.GaussianBlur(rows_a[:, None], (1, 0), 3)[:, 0])).max() < 3, "soft, not a fold"


def test_ink_feathers_on_damp_paper_and_seals_smudge() -> None:
    s = _strip()
    s.line(mm(20), mm(40), mm(150), mm(40), width=3)
    seal(s, mm(100), mm(85), "海南省海口市秀英区人民法院", random.Random(2), radius=mm(18))
    _, dry = _scan(s, 3, dpi=200, feather=0.0, bleed=0.0, waves=[cap.Wave(0.0, 0.3, 0.0, 0.0)], warp=0.0,
                   smudge=(0.0, 0.0))
    _, wet = _scan(s, 3, dpi=200, feather=0.4, bleed=0.8, waves=[cap.Wave(0.0, 0.3, 0.0, 0.0)], warp=0.0,
                   smudge=(0.0, 1.2))
    y, x = mm(40), mm(85)
    dry_dark = (dry[y - 12: y + 12, x] < 180).sum()
    wet_dark = (wet[y - 12: y + 12, x] < 180).sum()
    assert wet_dark > dry_dark + 1, ("a stroke spreads", dry_dark, wet_dark)
    assert wet[y + 4: y + 8, x].mean() < dry[y + 4: y + 8, x].mean() - 8, "a fuzzy halo beside the stroke"
    ring_d = (dry[mm(60): mm(110), mm(75): mm(125)] < 215).sum()
    ring_w = (wet[mm(60): mm(110), mm(75): mm(125)] < 215).sum()
    assert ring_w > ring_d * 1.15, "the seal's ink spreads and smears"
    assert RED[0] > RED[1]


def test_mildew_rust_and_a_lifted_surface() -> None:
    flat = [cap.Wave(0.0, 0.3, 0.0, 0.0)]
    _, clean = _scan(_strip(), 4, dpi=200, waves=flat, warp=0.0)
    paper = float(np.median(clean))
    _, spotted = _scan(_strip(), 4, dpi=200, waves=flat, warp=0.0, mildew=[(0.5, 0.5, 6.0, 14)])
    h, w = spotted.shape
    patch = spotted[h // 2 - mm(8): h // 2 + mm(8), w // 2 - mm(8): w // 2 + mm(8)]
    dots = patch < paper - 40
    assert dots.sum() > 30 and cv2.connectedComponents(dots.astype(np.uint8))[0] - 1 >= 3, "a cluster of dots"
    assert (clean[h // 2 - mm(8): h // 2 + mm(8), w // 2 - mm(8): w // 2 + mm(8)] < paper - 40).sum() == 0
    _, rusty = _scan(_strip(), 4, dpi=200, waves=flat, warp=0.0, staple=True, clip=(0.6, 0.8))
    assert rusty[mm(8): mm(20), mm(6): mm(22)].mean() < paper - 8, "a rust halo round the staple"
    assert rusty[: mm(30), int(0.6 * w) - mm(6): int(0.6 * w) + mm(6)].min() < paper - 40, "the clip's rusted loop"
    # a sheet stuck to its neighbour: where the surface lifted the text went with it
    s = _strip()
    for k in range(8):
        s.line(mm(10), mm(20 + k * 10), mm(160), mm(20 + k * 10), width=6)
    lifted = [(0.5, 0.5, 60.0, 40.0)]
    plan, torn = _scan(s, 5, dpi=200, waves=flat, warp=0.0, feather=0.0, bleed=0.0, lifted=lifted)
    _, whole = _scan(s, 5, dpi=200, waves=flat, warp=0.0, feather=0.0, bleed=0.0)
    mask = cap.lift_mask(h, w, plan, random.Random(5)) > 0
    assert mask.sum() > 0
    inner = cv2.erode(mask.astype(np.uint8), np.ones((9, 9), np.uint8)) > 0
    assert (whole[inner] < 120).mean() > 0.04 and (torn[inner] < 120).mean() < 0.03, "the text under it is gone"
    assert torn[inner].mean() > paper, "the lifted surface is paler than the paper"
