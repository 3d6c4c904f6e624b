"""court_gm (河南省漯河市源汇区人民法院): three dossiers of 漯河. A rural commercial bank enforces this court's loan
judgment against a meat-processing company and its guarantor — the factory's land and buildings sealed up (the
不动产登记中心's and a bank's replies behind the assistance notices), a fine for tearing the seal notices down, the
factory auctioned and the guarantor settling the rest, 执行完毕, archived. A 辣条 wholesaler enforces a mediated goods
debt against a market shop owner with nothing left: 限制消费, 失信, the wholesaler heard, 终本. A van dealer enforces its
judgment for a delivery van's price against a logistics sole trader — without the dealer's 收取案款确认书. Every page
was scanned off the undertaker's desk with sticky notes, sign-here flags, clips and routing slips on it."""

from __future__ import annotations

import io
import random
import re
from datetime import date, timedelta

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gm_capture as cap
from dossier.corpus.families.court_gm import made_on, render
from dossier.corpus.families.court_gm_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_gm_seqs_lie_in_its_range_and_its_names_are_numbered() -> None:
    plans = family_plans("court_gm")
    seqs = [p.seq for p in plans]
    assert len(seqs) == 3 and all(40700 <= s <= 40999 for s in seqs)
    assert all(p.name.startswith(f"court_gm_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.complete for p in plans] == [True, True, False]
    assert plans[0].stage == "archive" and plans[1].method == "terminated_this_round"
    assert not any(d.code == MISSING for d in plans[2].docs)


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_gm_01", "court_gm_02", "court_gm_03"):
        c = case_of(prefix)
        assert "豫1102执40" in c.number
        people = [c.applicant, c.respondent, *([c.extra["guarantor"]] if "guarantor" in c.extra else [])]
        for p in people:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
        if "trade_code" in c.extra:
            assert check_credit_code(c.extra["trade_code"]) is None


def test_each_story_is_drawn_in_its_makers_words() -> None:
    pork, spicy, van = case_of("court_gm_01"), case_of("court_gm_02"), case_of("court_gm_03")
    judgment = text_of(render("enforcement_basis", pork, random.Random(0), []))
    assert "民事判决书" in judgment and "豫1102民初" in judgment and "连带清偿" in judgment
    assert pork.extra["guarantor"].name in judgment and "农村商业银行" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", pork, random.Random(0), []))
    seized = render("assistance_notice", pork, random.Random(0), [])
    assert "不动产登记中心" in text_of(seized) and pork.extra["deed"] in text_of(seized)
    assert seized[-1].starts_document and "协助执行回执" in seized[-1].lines
    frozen = render("assistance_notice", pork, random.Random(0), ["bank"])
    assert "协助冻结存款回执" in text_of(frozen)
    fine = text_of(render("fine_decision", pork, random.Random(0), []))
    assert "罚款决定书" in fine and "封条" in fine
    auction = text_of(render("enforcement_ruling", pork, random.Random(0), ["auction"]))
    assert "执行裁定书" in auction and "拍卖" in auction
    clue = text_of(render("property_clue_form", pork, random.Random(0), []))
    assert "资产保全部" in clue and "财产线索" in clue
    found = render("online_inquiry_result", pork, random.Random(0), [])
    assert len(found) == 2 and "不动产登记信息查询结果" in found[1].lines
    mediation = text_of(render("enforcement_basis", spicy, random.Random(0), []))
    assert "民事调解书" in mediation and "辣条" in mediation
    ttr = text_of(render("termination_this_round_ruling", spicy, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    assert spicy.applicant.name in text_of(render("interview_record", spicy, random.Random(0), [])) or \
        spicy.agent in text_of(render("interview_record", spicy, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", van, random.Random(0), []))
    assert van.extra["plate"] in ruling and "扣押" in ruling
    ids = text_of(render("identity_proof", van, random.Random(0), ["respondent"]))
    assert van.respondent.id_number in ids and van.extra["trade_code"] in ids


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_gm_01", "court_gm_02", "court_gm_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gm") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on + timedelta(days=6)


def test_the_story_runs_in_order() -> None:
    pork = case_of("court_gm_01")
    order = ["acceptance_notice", "enforcement_notice", "online_inquiry_result", "enforcement_ruling", "assistance_notice",
             "fine_decision", "settlement_agreement", "payment_voucher", "closing_notice", "closing_approval_form",
             "file_review_form", "catalogue"]
    days = [made_on(pork, code) for code in order]
    assert days == sorted(days)
    assert pork.filed_on < made_on(pork, "closing_notice") < pork.closed_on
    spicy = case_of("court_gm_02")
    assert (spicy.closed_on - spicy.filed_on).days >= 90
    assert made_on(spicy, "investigation_record") < made_on(spicy, "interview_record") < \
        made_on(spicy, "termination_this_round_ruling")


def _page() -> Sheet:
    """A court paper of this family (title line, body, signature): what the capture plans over."""
    return render("fine_decision", case_of("court_gm_01"), random.Random(5), [])[0]


def test_the_title_line_is_found_and_never_hidden_by_more_than_a_third() -> None:
    page = _page()
    title = cap.title_box(page)
    assert title is not None
    assert 25 < title[1] < 70 and title[2] - title[0] > 40, title
    for seed in range(60):
        plan = cap.plan_capture(random.Random(seed), page)
        for n in plan.notes:
            assert cap._title_share(cap._reach(n.x, n.y, n.w, n.h, n.angle), title) <= 0.33
        if plan.slip is not None:
            s = plan.slip
            assert cap._title_share(cap._reach(s.x, s.y, s.w, s.h, s.angle), title) <= 0.33


def test_a_note_leaves_most_of_a_seal_in_sight_and_a_blank_back_comes_bare() -> None:
    page = render("acceptance_notice", case_of("court_gm_01"), random.Random(5), [])[-1]
    red = cap._seal_mask(page)
    assert red.any()
    for seed in range(60):
        plan = cap.plan_capture(random.Random(seed), page)
        for n in plan.notes:
            assert cap._covered(red, cap._reach(n.x, n.y, n.w, n.h, n.angle)) <= 0.15
    back = Sheet()
    assert not any(cap.plan_capture(random.Random(s), back).notes or cap.plan_capture(random.Random(s), back).clips
                   for s in range(30))


def test_the_desk_clutter_comes_in_the_planned_measure() -> None:
    page = _page()
    plans = [cap.plan_capture(random.Random(seed), page) for seed in range(120)]
    assert 0.3 < np.mean([bool(p.notes) for p in plans]) < 0.75
    assert 0.1 < np.mean([bool(p.flags) for p in plans]) < 0.8
    assert 0.15 < np.mean([bool(p.clips) for p in plans]) < 0.7
    assert all((p.lid_lift > 0) == bool(p.clips) for p in plans)
    assert all(200 <= p.dpi <= 300 and 55 <= p.quality <= 85 and abs(p.skew) <= 1.5 and not p.photo for p in plans)
    assert {p.rotation for p in plans} <= {0, 90, 180, 270} and sum(p.rotation == 0 for p in plans) > 100
    words = {n.words for p in plans for n in p.notes}
    assert len(words) > 5 and words <= set(cap.NOTE_WORDS)


def _scan(sheet: Sheet, plan: cap.DeskScan) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(1))))
    assert img.mode == "RGB" and img.info["dpi"][0] == plan.dpi
    assert img.width == round(mm(cap.GLASS_MM[0]) * plan.dpi / 200)
    return np.asarray(img, dtype=np.float32)


def test_clips_hold_the_lid_up_and_a_dark_band_runs_along_the_top() -> None:
    page = _page()
    base = cap.DeskScan(dpi=200, rotation=0, photo=False, quality=85, skew=0.0, offset=(3.0, 6.0), noise=1.0)
    shut = _scan(page, base)
    lifted = cap.DeskScan(dpi=200, rotation=0, photo=False, quality=85, skew=0.0, offset=(3.0, 6.0), noise=1.0,
                          clips=[cap.Clip("binder", 40.0, 28.0)], lid_lift=0.8)
    held = _scan(page, lifted)
    band = slice(mm(1), mm(4))           # above the sheet: lid white when shut, dark when held up
    assert shut[band, mm(120):mm(200)].mean() > 200
    assert held[band, mm(120):mm(200)].mean() < shut[band, mm(120):mm(200)].mean() - 60
    inside = slice(mm(9), mm(14))        # the sheet's own top margin darkens towards the clip
    near, far = held[inside, mm(30):mm(60)].mean(), held[inside, mm(150):mm(190)].mean()
    assert near < far - 10 and far < shut[inside, mm(150):mm(190)].mean()


def test_a_sticky_note_and_a_flag_show_in_their_colours() -> None:
    page = _page()
    note = cap.Note(x=150.0, y=200.0, w=45.0, h=40.0, angle=0.0, colour="yellow", words="已核", curl=0.0, ink=(25, 25, 30))
    flag = cap.Flag(y=250.0, length=20.0, out=8.0, colour="blue", words="请签字")
    plan = cap.DeskScan(dpi=200, rotation=0, photo=False, quality=85, skew=0.0, offset=(3.0, 6.0), noise=1.0,
                        notes=[note], flags=[flag])
    a = _scan(page, plan)
    patch = a[mm(6 + 205):mm(6 + 215), mm(3 + 152):mm(3 + 160)]
    r, g, b = patch.reshape(-1, 3).mean(axis=0)
    assert r > 200 and g > 190 and b < 150, "a yellow note"
    out = a[mm(6 + 252):mm(6 + 258), mm(3 + 211):mm(3 + 216)]
    r, g, b = out.reshape(-1, 3).mean(axis=0)
    assert b > r + 60, "the blue flag past the sheet's right edge"
