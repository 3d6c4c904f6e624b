"""court_jb (山西省太原市杏花岭区人民法院): three dossiers of 太原. A coal trading company enforces an award of the
太原仲裁委员会 against a 清徐 coking plant — the coke in its yard seized and auctioned, paid out, 执行完毕. A grocery
wholesaler enforces this court's 民事调解书 against a supermarket chain, which pays three instalments straight to it — the
执行和解协议 is not in the file. A lender enforces this court's judgment against a borrower and his guarantor — the
guarantor's deposit deducted, paid out, archived. The bureau's pages come off laser printers with a failing drum (ghost
one circumference lower, periodic specks, haze, a pale band); the parties' copies are on recycled grey paper."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_jb_capture as cap
from dossier.corpus.families.court_jb import made_on, render
from dossier.corpus.families.court_jb_kit import JbSheet
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_jb_seqs_lie_in_its_range_and_its_names_are_numbered() -> None:
    ps = family_plans("court_jb")
    assert len(ps) == 3 and all(14700 <= p.seq <= 14799 for p in ps)
    assert all(p.name.startswith(f"court_jb_0{i}_") for i, p in enumerate(ps, 1))
    assert [p.complete for p in ps] == [True, False, True]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_jb_01", "court_jb_02", "court_jb_03"):
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）晋0107执147\d\d号", c.number), c.number
        people = [c.applicant, c.respondent, *([c.extra["guarantor"]] if "guarantor" in c.extra else [])]
        for p in people:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_jb_03").extra["guarantor"].id_number[:6] == "140107"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    coke, shelf, loan = case_of("court_jb_01"), case_of("court_jb_02"), case_of("court_jb_03")
    award = text_of(render("enforcement_basis", coke, random.Random(0), []))
    assert "太原仲裁委员会" in award and "并仲裁字第" in award and "裁决如下" in award and "洗精煤" in award
    assert "终局裁决" in text_of(render("effectiveness_certificate", coke, random.Random(0), []))
    auction = text_of(render("enforcement_ruling", coke, random.Random(0), ["auction"]))
    assert "执行裁定书" in auction and "拍卖被执行人" in auction and f"{coke.extra['coke_tons']}吨" in auction
    seizure = text_of(render("enforcement_ruling", coke, random.Random(0), []))
    assert "查封、扣押" in seizure and "拍卖被执行人" not in seizure
    mediation = text_of(render("enforcement_basis", shelf, random.Random(0), []))
    assert "民 事 调 解 书" in mediation and "晋0107民初" in mediation and "自愿达成如下协议" in mediation
    heard = text_of(render("interview_record", shelf, random.Random(0), []))
    assert "谈 话 笔 录" in heard and "分三期" in heard and "执行和解协议" in heard
    judgment = text_of(render("enforcement_basis", loan, random.Random(0), []))
    g = loan.extra["guarantor"]
    assert "民 事 判 决 书" in judgment and "连带清偿责任" in judgment and g.name in judgment
    deduct = text_of(render("enforcement_ruling", loan, random.Random(0), []))
    assert "扣划" in deduct and loan.extra["g_acct"] in deduct
    notice = text_of(render("acceptance_notice", loan, random.Random(0), []))
    assert "○" in notice and "〇" not in notice, "the bureau's GB 宋 prints ○ for 〇"


def test_a_receipt_is_dated_after_what_it_served_and_long_papers_are_numbered() -> None:
    for prefix in ("court_jb_01", "court_jb_02", "court_jb_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_jb") if p.name.startswith(prefix))
        for d in plan.docs:
            sheets = render(d.code, c, random.Random(3), d.drawn_with)
            if len(sheets) > 1:
                assert [s.page_of for s in sheets] == [(n, len(sheets)) for n in range(1, len(sheets) + 1)], d.code
            if d.code != "service_receipt":
                continue
            got = [date(*map(int, m)) for line in sheets[0].lines
                   for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, sheets[0].lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
        assert c.extra["paid"] < made_on(c, "closing_notice") <= c.closed_on, "paid before the case was closed"


def _scan(sheet: Sheet, seed: int = 1, **change: object) -> tuple[cap.DrumScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    settle: dict[str, object] = {"rotation": 0, "skew": 0.0, "noise": 1.0, "quality": 90, "dpi": 200}
    settle.update(change)
    for k, v in settle.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    assert img.width == round(sheet.width * plan.dpi / 200)
    return plan, np.asarray(img, dtype=np.float32)


def _page(stock: str) -> JbSheet:
    s = JbSheet(size=(mm(150), mm(240)), stock=stock)
    s.lines.append("x")
    return s


def test_the_drum_repeats_the_upper_lines_one_circumference_lower() -> None:
    for printer, dpi in (("A", 200), ("B", 150)):
        s = _page("laser")
        s.image.paste((20, 20, 20), (mm(20), mm(15), mm(70), mm(35)))        # toner: a black block
        s.image.paste((210, 30, 35), (mm(90), mm(15), mm(140), mm(35)))      # a red seal's ink, stamped later
        plan, a = _scan(s, 2, printer=printer, dpi=dpi, band=None, ghost=0.12, haze=10.0)
        c = plan.circumference_mm
        def px(v: float, dpi: int = dpi) -> int:
            return round(v / 25.4 * dpi)

        rows = slice(px(18 + c), px(32 + c))
        under_block = np.median(a[rows, px(25): px(65)])
        beside = np.median(a[rows, px(72): px(88)])
        under_seal = np.median(a[rows, px(95): px(135)])
        assert beside - under_block > 12, (printer, beside, under_block)
        assert abs(beside - under_seal) < 5, "only toner comes round again, not the seal stamped afterwards"
        off = slice(px(18 + c + 25), px(32 + c + 25))
        assert abs(np.median(a[off, px(25): px(65)]) - beside) < 5, "the ghost sits one circumference down, not anywhere"


def test_drum_pits_print_specks_at_the_drums_interval() -> None:
    for printer in ("A", "B"):
        plan, a = _scan(_page("laser"), 5, printer=printer, band=None, ghost=0.0, haze=0.0, phase_mm=12.0)
        x_mm = cap.PRINTERS[printer][1][0]
        x = round(x_mm / 25.4 * 200)
        col = a[:, x - 3: x + 4].min(axis=1)
        dark = np.flatnonzero(col < 120)
        assert dark.size, printer
        starts = dark[np.insert(np.diff(dark) > 3, 0, True)] / 200 * 25.4
        gaps = np.diff(starts)
        assert len(starts) >= 2 and np.allclose(gaps, plan.circumference_mm, atol=1.0), (printer, starts)
        assert abs(starts[0] - 12.0) < 1.0
        away = a[:, x + mm(8): x + mm(9)]
        assert away.min() > 150, "no specks beside the pit's column"


def test_haze_greys_the_laser_pages_and_recycled_copies_are_grey() -> None:
    _, laser = _scan(_page("laser"), 7, band=None, ghost=0.0, haze=22.0)
    _, clean = _scan(_page("clean"), 7)
    _, copy = _scan(_page("copy"), 7)
    assert np.median(clean) > 245
    assert np.median(clean) - np.median(laser) > 12, "toner fog over the printed pages"
    assert 180 < np.median(copy) < 225, "recycled grey paper"
    assert copy.std() > 1.5 * clean.std() and np.percentile(copy, 0.05) < np.median(copy) - 25, "mottle, fibres, flecks"


def test_a_pale_band_where_the_toner_ran_short() -> None:
    s = _page("laser")
    for y in range(mm(10), mm(230), mm(8)):
        s.image.paste((15, 15, 15), (mm(5), y, mm(145), y + mm(3)))
    _, a = _scan(s, 9, band=(60.0, 30.0, 0.55), ghost=0.0, haze=0.0)
    px = lambda v: round(v / 25.4 * 200)  # noqa: E731
    rows = np.concatenate([np.arange(px(y + 0.8), px(y + 2.2)) for y in np.arange(10, 226, 8)])
    inside = a[rows][:, px(68): px(82)].mean()
    outside = a[rows][:, px(15): px(40)].mean()
    assert inside - outside > 60, (inside, outside)


def test_capture_plans_scan_grey_at_150_or_200_dpi_and_turn_a_few_pages() -> None:
    plans = [cap.plan_capture(random.Random(k), _page(stock)) for k in range(240) for stock in ("laser",)]
    assert {p.dpi for p in plans} <= {150, 200} and {p.dpi for p in plans} == {150, 200}
    turns = [p.rotation for p in plans]
    assert turns.count(0) > 0.75 * len(turns) and 90 in turns and 180 in turns
    assert all(0.05 < p.ghost < 0.2 and p.haze > 10 and not p.photo for p in plans)
    assert 0.4 < sum(p.band is not None for p in plans) / len(plans) < 0.9
    clean = cap.plan_capture(random.Random(1), Sheet(size=(100, 100)))
    assert clean.stock == "clean" and clean.ghost == 0.0 and clean.haze == 0.0
