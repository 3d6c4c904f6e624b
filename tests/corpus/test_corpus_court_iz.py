"""court_iz (辽宁省沈阳市沈河区人民法院): three dossiers of 沈阳. A heating-pipe maker enforces the 沈阳中院's 二审
judgment (upholding this court's 一审, stapled behind it) against a developer — the flat buyer's unpaid price garnished
by a 协助执行通知书, paid, 执行完毕. A ride-hailing driver enforces the 沈河区劳动人事争议仲裁委员会's wage award
against a car-rental company, which pays after its legal representative is detained — archived. A parent enforces a
tuition refund against a closed training school: 终本, without the 强制执行申请书. The bureau's papers are inkjet on
grey recycled stock (feathered strokes, filled counters); each set's first page was scanned with its binder clip on."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_iz_capture as cap
from dossier.corpus.families.court_iz import made_on, render
from dossier.corpus.families.court_iz_kit import IzSheet
from dossier.corpus.families.court_iz_plans import MISSING, plans
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_seqs_lie_in_the_given_range_and_the_names_are_numbered() -> None:
    ours = family_plans("court_iz")
    assert [p.seq for p in ours] == [p.seq for p in plans()]
    assert all(14200 <= p.seq <= 14299 for p in ours)
    assert all(p.name.startswith(f"court_iz_0{i}_") for i, p in enumerate(ours, 1))
    assert MISSING == "enforcement_application"
    assert not any(d.code == MISSING for d in ours[2].docs) and all(any(d.code == MISSING for d in p.docs)
                                                                     for p in ours[:2])


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_iz_01", "court_iz_02", "court_iz_03"):
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）辽0103执142\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    school = case_of("court_iz_03").respondent
    assert school.id_number.startswith("52210103"), "a 民办非企业单位's code"
    buyer = case_of("court_iz_01").extra["buyer"]
    assert check_id_number(buyer.id_number) is None


def test_each_basis_is_drawn_in_its_makers_words() -> None:
    heat, ride, school = case_of("court_iz_01"), case_of("court_iz_02"), case_of("court_iz_03")
    sheets = render("enforcement_basis", heat, random.Random(0), [])
    appeal = text_of([s for s in sheets[: next(i for i, s in enumerate(sheets) if s.starts_document)]])
    assert "辽宁省沈阳市中级人民法院" in appeal and "辽01民终" in appeal and "驳回上诉，维持原判" in appeal
    first = text_of([s for s in sheets if s.starts_document])
    assert heat.extra["first_number"] in appeal
    assert sum(s.starts_document for s in sheets) == 1 and "辽0103民初" in text_of(sheets) and first
    award = text_of(render("enforcement_basis", ride, random.Random(0), []))
    assert "仲裁裁决书" in award and "沈河劳人仲案字〔2023〕" in award and "网约车" in award and "裁决如下" in award
    proof = text_of(render("effectiveness_certificate", ride, random.Random(0), []))
    assert "生效证明书" in proof and ride.basis_number in proof
    judgment = text_of(render("enforcement_basis", school, random.Random(0), []))
    assert "培训费" in judgment and "判决如下" in judgment and "辽0103民初" in judgment


def test_the_bureaus_papers_say_what_each_story_did() -> None:
    heat, ride, school = case_of("court_iz_01"), case_of("court_iz_02"), case_of("court_iz_03")
    assist = text_of(render("assistance_notice", heat, random.Random(0), []))
    assert "协助执行通知书" in assist and heat.extra["buyer"].name in assist and "购房尾款" in assist
    ruling = text_of(render("enforcement_ruling", heat, random.Random(0), []))
    assert "执行裁定书" in ruling and "裁定如下" in ruling and "购房款债权" in ruling
    jail = text_of(render("detention_decision", ride, random.Random(0), []))
    assert "拘留决定书" in jail and "拘留十五日" in jail and "司惩" in jail and ride.respondent.legal_rep in jail
    assert check_id_number(ride.extra["rep_id"]) is None
    ttr = text_of(render("termination_this_round_ruling", school, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    assert "执行完毕" in text_of(render("closing_notice", ride, random.Random(0), []))
    assert "学校" in text_of(render("investigation_record", school, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_iz_01", "court_iz_02", "court_iz_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_iz") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on


def test_dates_run_in_order() -> None:
    for prefix in ("court_iz_01", "court_iz_02", "court_iz_03"):
        c = case_of(prefix)
        assert c.basis_effective < made_on(c, "enforcement_application") < c.filed_on
        assert made_on(c, "enforcement_notice") < made_on(c, "enforcement_ruling") < made_on(c, "closing_approval_form")
        assert made_on(c, "closing_approval_form") <= c.closed_on < made_on(c, "dossier_cover")
    ride = case_of("court_iz_02")
    assert made_on(ride, "summons") < made_on(ride, "detention_decision") < ride.extra["pay_day"]
    assert ride.extra["pay_day"] < made_on(ride, "payment_voucher") < made_on(ride, "closing_notice")
    school = case_of("court_iz_03")
    assert (school.closed_on - school.filed_on).days >= 90


def test_the_first_page_of_each_set_is_marked_for_the_clip() -> None:
    heat = case_of("court_iz_01")
    sheets = render("enforcement_basis", heat, random.Random(0), [])
    assert all(isinstance(s, IzSheet) for s in sheets)
    heads = [s.head for s in sheets]  # type: ignore[attr-defined]
    assert heads[0] and heads.count(True) == 2, heads
    assert all(getattr(s, "stock", "") == "white" for s in sheets)
    assert render("acceptance_notice", heat, random.Random(0), [])[0].stock == "recycled"  # type: ignore[attr-defined]


def _strip(stock: str = "recycled", head: bool = False, *, text: bool = True) -> IzSheet:
    """A short strip of a page (enough to measure, and quick): small print, a ring with a small hole, a blank band."""
    s = IzSheet(size=(mm(180), mm(110)), stock=stock, head=head)
    if text:
        f = font("serif", mm(3.4))
        for k in range(4):
            s.text(mm(10), mm(40) + k * mm(7), "执行裁定书送达回证协助执行通知书", f)
        s.draw.ellipse((mm(120), mm(45), mm(120) + 19, mm(45) + 19), outline=(20, 20, 20), width=8)
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.ClipScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "RGB" and img.format == "JPEG" and round(img.info["dpi"][0]) == 200
    return plan, np.asarray(img, dtype=np.float32)


def test_the_recycled_stock_is_grey_beige_and_senders_paper_white() -> None:
    _, grey = _scan(_strip(), 1, rotation=0, clip=None, skew=0.0)
    _, white = _scan(_strip("white"), 1, rotation=0, clip=None, skew=0.0)
    band = grey[mm(88): mm(105), mm(10): mm(170)].reshape(-1, 3)
    r, g, b = np.median(band, axis=0)
    assert 180 < g < 215 and r - b > 8, (r, g, b)
    assert np.median(white[mm(88): mm(105), mm(10): mm(170)]) > 228
    # the recycled stock shows dark fibres and specks; white office paper does not
    grey_l, white_l = band.mean(axis=1), white[mm(88): mm(105), mm(10): mm(170)].mean(axis=2).ravel()
    assert (grey_l < np.median(grey_l) - 18).mean() > 5 * max((white_l < np.median(white_l) - 18).mean(), 2e-4)


def test_the_inkjet_feathers_strokes_and_fills_small_counters() -> None:
    sheet = _strip()
    _, inked = _scan(sheet, 2, rotation=0, clip=None, skew=0.0, feather=1.8)
    _, clean = _scan(sheet, 2, rotation=0, clip=None, skew=0.0, feather=0.0)
    rows = slice(mm(38), mm(68))
    ink_l, clean_l = inked[rows, : mm(110)].mean(axis=2), clean[rows, : mm(110)].mean(axis=2)
    paper_i, paper_c = np.median(ink_l), np.median(clean_l)
    dark_i, dark_c = (ink_l < paper_i - 80).mean(), (clean_l < paper_c - 80).mean()
    assert dark_i > dark_c * 1.25, (dark_i, dark_c)
    # the fringe: just outside the clean strokes (2–3 px off) the feathered print is still ink-dark
    stroke = (clean_l < paper_c - 80).astype(np.uint8)
    grow = lambda m, k: cv2.dilate(m, np.ones((2 * k + 1, 2 * k + 1), np.uint8))  # noqa: E731
    ring = (grow(stroke, 3) > 0) & (grow(stroke, 1) == 0)
    fringe_i, fringe_c = (paper_i - ink_l)[ring].mean(), (paper_c - clean_l)[ring].mean()
    assert fringe_i > fringe_c + 12, (fringe_i, fringe_c)
    centre = (mm(45) + 9, mm(120) + 9)
    hole = lambda a: a[centre[0] - 1: centre[0] + 2, centre[1] - 1: centre[1] + 2].mean()  # noqa: E731
    assert hole(clean) > 150, "the ring's small hole is open on clean print"
    assert hole(inked) < hole(clean) - 70, "and fills in when the ink feathers"
    # a red seal or a blue pen is not the printer's ink: it keeps its edge
    seal_sheet = _strip(text=False)
    seal_sheet.draw.rectangle((mm(20), mm(40), mm(60), mm(60)), fill=(200, 40, 40))
    _, red = _scan(seal_sheet, 3, rotation=0, clip=None, skew=0.0, feather=1.8)
    outside = red[mm(40): mm(60), mm(62): mm(66)].mean(axis=(0, 1))
    assert outside[1] > 150, "no red fringe outside the seal's edge"


def test_the_binder_clip_darkens_the_top_of_a_sets_first_page_only() -> None:
    head = _strip(head=True, text=False)
    plans_ = [cap.plan_capture(random.Random(s), head) for s in range(60)]
    assert 0.75 < sum(p.clip is not None for p in plans_) / 60 < 1.0
    assert any(p.clip and p.clip[2] > 18 for p in plans_), "now and then pushed over the court's name or title"
    body = _strip(head=False, text=False)
    assert all(cap.plan_capture(random.Random(s), body).clip is None for s in range(30))
    _, a = _scan(head, 4, rotation=0, clip=(0.5, 32.0, 14.0), skew=0.0)
    L = a.mean(axis=2)
    w = L.shape[1]
    jaw = L[mm(2): mm(10), w // 2 - mm(10): w // 2 + mm(10)]
    paper = np.median(L[mm(60): mm(100)])
    assert jaw.mean() < 60, "the black steel jaw"
    below = L[mm(15): mm(17), w // 2 - mm(6): w // 2 + mm(6)].mean()
    assert below < paper - 10, "its shadow on the page under it"
    far = L[mm(2): mm(10), mm(5): mm(25)].mean()
    assert abs(far - paper) < 12, "the rest of the top margin is paper"
    _, plain = _scan(body, 4, rotation=0, skew=0.0)
    assert plain.mean(axis=2)[mm(2): mm(10)].min(axis=1).mean() > 100, "no clip on a later page"


def test_colour_200_dpi_and_a_few_pages_turned() -> None:
    sheet = _strip(text=False)
    ps = [cap.plan_capture(random.Random(s), sheet) for s in range(300)]
    assert {p.dpi for p in ps} == {200} and not any(p.photo for p in ps)
    turned = [p.rotation for p in ps if p.rotation]
    assert 3 <= len(turned) <= 45 and {90, 180} <= set(turned)
    plan, a = _scan(sheet, 5, rotation=90, clip=None)
    assert a.shape[:2] == (sheet.width, sheet.height), "turned a quarter: the image lies on its side"
    assert plan.rotation == 90
