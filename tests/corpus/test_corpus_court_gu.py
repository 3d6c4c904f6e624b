"""court_gu (安徽省宿州市埇桥区人民法院): three road-traffic injury dossiers of 宿州 — the court's judgment splits the loss
between the truck's insurer (paid within the 交强险 limits) and the haulier who drove and owns it (a 个体工商户), who
owes the rest; the injured farmer is represented by a 基层法律服务工作者. A wheat-seed tricycle: the haulier will not
declare, is detained, pays a first sum and the rest by a settlement — 执行完毕, archived. A pedestrian hit by a gravel
truck: detained, the haulier's wife pays part, the leased truck taken back — 终本. A melon grower's motorcycle: the van
seized, settled and paid — without the farmer's 收款账户确认书. The volumes were sewn, then scanned open, face down, on an
A4 flatbed: a gutter shadow on the binding side (left on a recto, right on a verso), the text there compressed and
bent, the room round the page where the lid could not close."""

from __future__ import annotations

import dataclasses
import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gu_capture as cap
from dossier.corpus.families.court_gu import made_on, render
from dossier.corpus.families.court_gu_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_gu_01", "court_gu_02", "court_gu_03")


def test_court_gu_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    ours = family_plans("court_gu")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(32000 <= s <= 34999 for s in seqs)
    older = {32114, 32371, 32658, 33118, 33264, 33407, 34117, 34268, 34435, 32517, 32684, 32851, 33518, 33647, 33809,
             34517, 34628, 34873, 33152, 33386, 33741}
    assert not set(seqs) & older
    assert all(p.name.startswith(f"court_gu_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.complete for p in ours] == [True, True, False]
    assert [p.method for p in ours] == ["fully_performed", "terminated_this_round", "fully_performed"]
    assert ours[0].stage == "archive" and MISSING not in {d.code for d in ours[2].docs}
    assert all("detention_decision" in {d.code for d in p.docs} for p in ours[:2])


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "皖1302执3" in c.number
        assert c.applicant.kind == c.respondent.kind == "person"
        for p in (c.applicant, c.respondent):
            assert check_id_number(p.id_number) is None, (prefix, p.name)
        code = c.extra["shop_code"]
        assert code.startswith("92341302") and check_credit_code(code) is None, code


def test_the_judgment_divides_the_loss_between_the_insurer_and_the_haulier() -> None:
    c = case_of("court_gu_01")
    judgment = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "民事判决书" in judgment and "皖1302民初" in judgment and "机动车交通事故责任纠纷" in judgment
    assert c.extra["insurer"] in judgment and "交强险" in judgment
    assert f"{c.amount:,.2f}" in judgment and c.extra["plate"] in judgment and "判决如下" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", c, random.Random(0), []))


def test_the_farmer_is_represented_by_a_legal_service_worker_not_a_lawyer() -> None:
    c = case_of("court_gu_02")
    letter = text_of(render("law_firm_letter", c, random.Random(0), []))
    assert "法律服务所函" in letter and c.firm in letter and "法律服务工作者" in letter and "律师" not in letter
    licence = text_of(render("lawyer_license", c, random.Random(0), []))
    assert "法律服务工作者" in licence and "执业证" in licence and c.agent in licence and "律师" not in licence
    mandate = text_of(render("power_of_attorney", c, random.Random(0), []))
    assert "授权委托书" in mandate and c.firm in mandate and "特别授权" in mandate


def test_the_haulier_is_a_sole_trader_and_the_farmer_shows_his_card() -> None:
    c = case_of("court_gu_03")
    haulier = text_of(render("identity_proof", c, random.Random(0), ["respondent"]))
    assert "营业执照" in haulier and "个体工商户" in haulier and c.extra["shop_code"] in haulier
    assert c.respondent.id_number in haulier and c.extra["shop"] in haulier
    farmer = text_of(render("identity_proof", c, random.Random(0), []))
    assert "居民身份证" in farmer and c.applicant.id_number in farmer


def test_the_haulier_is_detained_then_pays_part() -> None:
    seed, gravel, melon = (case_of(p) for p in PREFIXES)
    detention = text_of(render("detention_decision", seed, random.Random(0), []))
    assert "拘留决定书" in detention and "司法拘留" in detention and "皖1302司惩" in detention
    assert made_on(seed, "detention_decision") < made_on(seed, "property_declaration_form")
    deal = text_of(render("settlement_agreement", seed, random.Random(0), []))
    assert f"{seed.extra['part']:,.2f}" in deal and "拘留期间" in deal
    ttr = text_of(render("termination_this_round_ruling", gravel, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and gravel.extra["wife"] in ttr
    assert f"{gravel.extra['part']:,.2f}" in text_of(render("payment_voucher", gravel, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", melon, random.Random(0), []))
    assert "查封、扣押" in ruling and melon.extra["plate"] in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gu") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
    c = case_of("court_gu_01")
    assert made_on(c, "closing_notice") > made_on(c, "payment_voucher") > made_on(c, "settlement_agreement")


def _sheet(bars: bool = False) -> Sheet:
    s = Sheet(size=(mm(160), mm(150)))
    s.lines.append("x")
    if bars:
        for k in range(0, 150, 6):  # vertical bars every 6 mm, 1 mm wide
            s.draw.rectangle((mm(k), 0, mm(k) + mm(1), s.height), fill=(0, 0, 0))
        s.draw.rectangle((0, mm(20), s.width, mm(21)), fill=(0, 0, 0))  # a line across near the head
    return s


def _shot(sheet: Sheet, seed: int, **change: object) -> tuple[cap.OpenVolumeScan, np.ndarray]:
    plan = dataclasses.replace(cap.plan_capture(random.Random(seed), sheet), **change)  # type: ignore[arg-type]
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.format == "JPEG" and round(img.info["dpi"][0]) == plan.dpi
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_the_gutter_alternates_sides_as_the_leaves_turn() -> None:
    rng = random.Random(11)
    s = _sheet()
    sides = [cap.plan_capture(rng, s).side for _ in range(6)]
    assert sides == ["left", "right"] * 3, "the first page a recto, then its verso"
    steady = dict(rotation=0, skew=0.0, noise=1.0, mode="grey", dpi=200)
    for side in ("left", "right"):
        plan, a = _shot(s, 3, side=side, **steady)
        h, w = a.shape
        mid = a[h // 3: 2 * h // 3]
        fold = mm(plan.valley_mm) + 4
        near = mid[:, fold:fold + mm(4)] if side == "left" else mid[:, w - fold - mm(4): w - fold]
        centre = mid[:, w // 2 - mm(10): w // 2 + mm(10)]
        assert near.mean() < centre.mean() - 60, (side, near.mean(), centre.mean())
        valley = mid[:, : mm(plan.valley_mm) - 2] if side == "left" else mid[:, w - mm(plan.valley_mm) + 2:]
        assert valley.mean() < 60, "the spine's valley past the fold is nearly black"


def test_the_raised_lid_leaves_the_room_round_the_page() -> None:
    _, a = _shot(_sheet(), 4, rotation=0, skew=0.0, noise=1.0, mode="grey", dpi=200, head_mm=8.0, outer_mm=10.0,
               side="left")
    h, w = a.shape
    assert a[: mm(6), w // 2 - 50: w // 2 + 50].mean() < 130, "grey to dark above the page"
    assert a[h // 2 - 50: h // 2 + 50, w - mm(8):].mean() < 130, "and past its outer edge"
    assert a[h // 2 - 50: h // 2 + 50, w // 2 - 50: w // 2 + 50].mean() > 200, "the paper itself stays white"


def _bars(row: np.ndarray) -> list[float]:
    dark = row < 110
    edges = np.flatnonzero(np.diff(dark.astype(np.int8)) == 1)
    return [float(e) for e in edges]


def test_text_by_the_fold_is_compressed_and_bent() -> None:
    plan, a = _shot(_sheet(bars=True), 5, rotation=0, skew=0.0, noise=0.5, mode="grey", dpi=200, side="left",
                    lift_mm=14.0, curl_mm=30.0, shade=0.3, pull=0.003, head_mm=4.0)
    h, w = a.shape
    row = a[h // 2]
    starts = _bars(row)
    gaps = np.diff(starts)
    assert len(gaps) > 10
    flat = float(np.median(gaps[len(gaps) // 2: -2]))
    assert abs(flat - mm(6)) <= 2, ("the flat part keeps its scale", gaps)
    assert gaps[0] < flat - 4, ("bars crowd together towards the fold", gaps[:4], flat)
    line_y = mm(plan.head_mm) + mm(20)  # the head line, as it lies where the page is flat
    col_far = w - mm(30)
    col_near = mm(plan.valley_mm) + mm(6)
    far = np.flatnonzero(a[line_y - mm(8): line_y + mm(8), col_far] < 110)
    near = np.flatnonzero(a[line_y - mm(8): line_y + mm(12), col_near] < 110)
    assert far.size and near.size
    assert near.mean() > far.mean() + 3, "near the fold the line bends towards the page's middle"


def test_the_capture_plans_keep_to_the_theme() -> None:
    s = _sheet()
    rng = random.Random(8)
    shots = [cap.plan_capture(rng, s) for _ in range(300)]
    assert {p.dpi for p in shots} <= {200, 240, 300} and {p.mode for p in shots} == {"grey", "colour"}
    assert all(50 <= p.quality <= 85 and abs(p.skew) <= 1.5 and not p.photo for p in shots)
    turned = [p.rotation for p in shots if p.rotation]
    assert 0 < len(turned) < 40 and set(turned) <= {90, 180, 270}
    plan, a = _shot(s, 9, rotation=90, mode="grey", dpi=200)
    assert a.shape[0] < a.shape[1], "a page laid sideways is stored sideways"
    assert plan.rotation == 90
