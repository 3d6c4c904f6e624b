"""court_fx (山东省枣庄市市中区人民法院): three dossiers of 枣庄. A 峄城 pomegranate-juice maker enforces an award of the
枣庄仲裁委员会 against a beverage distributor — its account frozen and the sum deducted, 执行完毕 — but the window's
财产线索表 was never filled in. A 薛城 mine-equipment repairer enforces this court's judgment against a mining-services
company with nothing left: searched, 限制消费, 失信, the applicant heard, 终本, archived as a volume. A 台儿庄 old-town
guesthouse owner enforces this court's 民事调解书 against a travel agency that settles and pays in three instalments.
Every page is a tablet photo kept as taken: the sheet turned 4–14° on a desk or the counter, the surface round it."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fx_capture as cap
from dossier.corpus.families.court_fx import INN_SEQ, MINE_SEQ, POMEGRANATE_SEQ, made_on, render
from dossier.corpus.families.court_fx_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

OLDER = {47011, 47126, 47182, 47238, 47264, 47358, 47417, 47611, 47853}
"""cases of court_bs, court_ed and court_ez in the same thousand"""


def test_court_fx_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    ours = family_plans("court_fx")
    seqs = [p.seq for p in ours]
    assert seqs == [POMEGRANATE_SEQ, MINE_SEQ, INN_SEQ]
    assert all(47000 <= s <= 47999 for s in seqs) and not set(seqs) & OLDER
    assert all(p.name.startswith(f"court_fx_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.complete for p in ours] == [False, True, True]
    assert MISSING == "property_clue_form" and MISSING not in {d.code for d in ours[0].docs}
    assert ours[1].stage == "archive" and ours[1].method == "terminated_this_round"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fx_01", "court_fx_02", "court_fx_03"):
        c = case_of(prefix)
        assert "鲁0402执47" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_fx_01").applicant.id_number[2:8] == "370404", "峄城"
    assert case_of("court_fx_03").applicant.id_number[:6] == "370405", "台儿庄"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    juice, mine, inn = case_of("court_fx_01"), case_of("court_fx_02"), case_of("court_fx_03")
    award = text_of(render("enforcement_basis", juice, random.Random(0), []))
    assert "枣庄仲裁委员会" in award and "裁决如下" in award and "枣仲裁字第" in award and "石榴" in award
    assert "枣庄仲裁委员会" in text_of(render("effectiveness_certificate", juice, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", juice, random.Random(0), []))
    assert "执行裁定书" in ruling and juice.extra["r_acct"] in ruling
    judgment = text_of(render("enforcement_basis", mine, random.Random(0), []))
    assert "民事判决书" in judgment and "鲁0402民初" in judgment and "采煤机" in judgment and "判决如下" in judgment
    ttr = text_of(render("termination_this_round_ruling", mine, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    heard = text_of(render("interview_record", mine, random.Random(0), []))
    assert "约谈笔录" in heard and "终结本次执行程序" in heard
    mediation = text_of(render("enforcement_basis", inn, random.Random(0), []))
    assert "民事调解书" in mediation and "台儿庄古城" in mediation and "调解" in mediation
    deal = text_of(render("settlement_agreement", inn, random.Random(0), []))
    assert "执行和解协议" in deal and "第3期" in deal
    paid = text_of(render("payment_voucher", inn, random.Random(0), []))
    assert f"{inn.amount:,.2f}" in paid
    slips = render("payment_voucher", juice, random.Random(0), [])
    assert len(slips) == 2 and slips[1].starts_document and all(s.height < mm(150) for s in slips)


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_fx_01", "court_fx_02", "court_fx_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fx") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(5), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on


def test_money_moves_in_order() -> None:
    juice, inn = case_of("court_fx_01"), case_of("court_fx_03")
    assert made_on(juice, "enforcement_ruling") < juice.extra["paid_on"] < made_on(juice, "closing_notice")
    days = [d for d, _ in inn.extra["instalments"]]
    assert made_on(inn, "settlement_agreement") <= days[0] < days[1] < days[2] < made_on(inn, "closing_notice")
    assert sum(a for _, a in inn.extra["instalments"]) == inn.amount


def _sheet(height_mm: float = 297) -> Sheet:
    s = Sheet(size=(mm(210), mm(height_mm)))
    s.image.paste((20, 20, 20), (mm(40), mm(40), mm(170), mm(60)))  # a dark bar to find the sheet by
    s.lines.append("x")
    return s


def _shoot(sheet: Sheet, seed: int, **change: object) -> tuple[cap.TabletShot, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi and img.format == "JPEG"
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_the_app_keeps_the_frame_as_taken() -> None:
    plans = [cap.plan_capture(random.Random(s), _sheet()) for s in range(200)]
    assert all(p.photo and 150 <= p.dpi <= 250 and 4 <= abs(p.angle) <= 14 for p in plans)
    assert {p.angle > 0 for p in plans} == {True, False}, "turned either way"
    assert 0 < sum(p.rotation != 0 for p in plans) < 30 and {p.rotation for p in plans} <= {0, 90, 180, 270}
    assert {p.surface for p in plans} == set(cap.SURFACES)
    assert any(p.keyboard for p in plans) and any(p.stray_corner >= 0 for p in plans)
    assert all(45 <= p.quality <= 82 for p in plans)
    slips = [cap.plan_capture(random.Random(s), _sheet(110)) for s in range(60)]
    assert max(abs(p.angle) for p in slips) > 14, "a small slip lies turned further"
    # the whole 3:4 camera frame, larger than the sheet: the surface shows all round it
    plan, a = _shoot(_sheet(), 3, rotation=0, dpi=200)
    h, w = a.shape
    assert abs(h / w - 4 / 3) < 0.01
    assert w > mm(210) * 1.05 and h > mm(297) * 1.05
    # not deskewed: the dark bar printed level runs across the frame at a slant
    dark = a < 90
    cols = [c for c in range(w // 4, 3 * w // 4, w // 16) if dark[:, c].any()]
    ys = [float(np.mean(np.nonzero(dark[:, c])[0])) for c in cols]
    slope = np.polyfit(cols, ys, 1)[0]
    assert abs(np.degrees(np.arctan(slope))) > 2.5, (plan.angle, slope)


def test_a_turned_page_is_stored_turned() -> None:
    _, upright = _shoot(_sheet(), 7, rotation=0, dpi=160)
    _, sideways = _shoot(_sheet(), 7, rotation=90, dpi=160)
    assert sideways.shape == upright.shape[::-1]
