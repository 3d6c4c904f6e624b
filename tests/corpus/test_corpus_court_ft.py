"""court_ft (甘肃省白银市白银区人民法院): three dossiers of 白银. A refractory-brick maker enforces this court's own
judgment against a copper-smelting company — an account frozen, the company pays the whole sum in, 执行完毕 — filed
without the applicant's 收取执行款确认书. A 靖远 枸杞 grower enforces a 白银仲裁委员会 award against a produce
wholesaler with nothing left: searched, 限制消费 and 失信, the grower heard, 终本, archived as a volume. A city-bus
driver enforces a wage award of the 白银区劳动人事争议仲裁委员会; the bus company settles and pays. Every full page was
photographed in two or three overlapping shots and stitched by a phone app; small papers in one shot."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_ft_capture as cap
from dossier.corpus.families.court_ft import made_on, render
from dossier.corpus.families.court_ft_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ft_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_ft")]
    assert len(seqs) == 3 and all(24000 <= s <= 24999 for s in seqs)
    assert not set(seqs) & {24117, 24358, 24603}, "court_bc's cases"
    assert all(p.name.startswith(f"court_ft_0{i}_") for i, p in enumerate(family_plans("court_ft"), 1))
    assert MISSING == "payment_account_confirmation"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ft_01", "court_ft_02", "court_ft_03"):
        c = case_of(prefix)
        assert "甘0402执24" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    goji = case_of("court_ft_02")
    assert goji.applicant.id_number.startswith("620421"), "the grower is from 靖远县"
    assert goji.respondent.kind == "person", "the wholesaler answers in person"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    brick, goji, bus = case_of("court_ft_01"), case_of("court_ft_02"), case_of("court_ft_03")
    judgment = text_of(render("enforcement_basis", brick, random.Random(0), [])).replace(" ", "")
    assert "民事判决书" in judgment and "甘0402民初" in judgment and "耐火材料" in judgment and "判决如下" in judgment
    award = text_of(render("enforcement_basis", goji, random.Random(0), []))
    assert "白银仲裁委员会" in award and "白仲裁字" in award and "枸杞" in award and "裁决如下" in award
    labour = text_of(render("enforcement_basis", bus, random.Random(0), []))
    assert "劳动人事争议仲裁委员会" in labour and "白区劳人仲裁字〔2023〕" in labour and "公交车驾驶员" in labour
    assert "生效" in text_of(render("effectiveness_certificate", goji, random.Random(0), []))
    assert "发生法律效力" in text_of(render("effectiveness_certificate", bus, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", goji, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and goji.extra["stall"] in ttr
    ruling = text_of(render("enforcement_ruling", brick, random.Random(0), []))
    assert "执行裁定书" in ruling and brick.extra["r_acct"] in ruling and "裁定如下" in ruling
    deal = text_of(render("settlement_agreement", bus, random.Random(0), [])).replace(" ", "")
    assert "执行和解协议" in deal and bus.respondent.name in deal
    assert "公共交通" in bus.respondent.name and "冶炼" in brick.respondent.name and "耐火" in brick.applicant.name


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_ft_01", "court_ft_02", "court_ft_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ft") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on, (prefix, d.served)


def test_the_wholesaler_reported_late_and_then_was_listed() -> None:
    goji = case_of("court_ft_02")
    assert made_on(goji, "summons") < made_on(goji, "property_declaration_form") < made_on(goji, "dishonest_list_decision")
    assert "逾期报告" in text_of(render("dishonest_list_decision", goji, random.Random(0), []))


def _page(lines: int = 30, pitch: float = 8.5) -> Sheet:
    """A full page of black bars 4 mm high one text line apart: something for a seam to double or lose."""
    s = Sheet()
    for k in range(lines):
        y = mm(30) + k * mm(pitch)
        s.draw.rectangle((mm(30), y, s.width - mm(30), y + mm(4)), fill=(0, 0, 0))
    s.lines.append("x")
    return s


def _shoot(sheet: Sheet, plan: cap.Stitched, seed: int = 1) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    assert img.mode == ("L" if plan.grey else "RGB")
    return np.asarray(img.convert("L"), dtype=np.float32)


def _two_shots(seam: cap.Seam, *, gains: tuple[float, float] = (1.0, 1.0)) -> cap.Stitched:
    """Two shots of the same exposure and no perspective, flattened square at 200 dpi in grey: only the seam shows."""
    shots = [cap.Shot(gain=g, cast=(1.0, 1.0, 1.0), fall=(0.0, 0.0), keystone=0.0, blur=0.0) for g in gains]
    return cap.Stitched(dpi=200, rotation=0, photo=True, quality=90, seams=[seam], shots=shots, grey=True, noise=0.5)


def test_a_full_page_is_stitched_from_two_or_three_shots_and_a_slip_is_one() -> None:
    full = _page(22, pitch=12.0)  # room between the lines for a lost strip
    slip = Sheet()
    slip.draw.rectangle((mm(30), mm(30), mm(120), mm(80)), fill=(0, 0, 0))
    slip.lines.append("x")
    plans = [cap.plan_capture(random.Random(s), full) for s in range(60)]
    assert {len(p.shots) for p in plans} >= {2, 3}
    assert all(len(p.seams) == len(p.shots) - 1 for p in plans)
    assert all(0.005 <= abs(s.scale - 1) <= 0.02 and abs(s.turn) <= 0.35 for p in plans for s in p.seams)
    assert {s.kind for p in plans for s in p.seams} == {"ghost", "doubled", "lost"}
    assert all(150 <= p.dpi <= 250 and 35 <= p.quality <= 90 and p.photo for p in plans)
    assert 0 < sum(p.rotation != 0 for p in plans) < 20
    assert all(not cap.plan_capture(random.Random(s), slip).stitched for s in range(20)), "a slip fits one shot"


def test_a_doubled_seam_repeats_a_line_and_a_lost_one_cuts_only_white() -> None:
    sheet = _page()
    bar = mm(30) + 14 * mm(8.5)  # the top of a bar just above the seam
    a = _shoot(sheet, _two_shots(cap.Seam(at=(bar + mm(5)) / sheet.height, kind="doubled", shift=(0.0, 8.5), scale=1.0,
                                          turn=0.0, band=2.0)))
    dark = a[:, mm(60): mm(150)].mean(axis=1) < 100
    starts = np.nonzero(dark[1:] & ~dark[:-1])[0]
    assert len(starts) == 31, "one bar more than the page holds: a line shows twice"
    # a lost strip is put where the page is white
    sheet = _page(22, pitch=12.0)
    rows = cap._ink_rows(sheet)
    for s in range(40):
        p = cap.plan_capture(random.Random(s), sheet)
        for seam in p.seams:
            if seam.kind == "lost":
                y = round(seam.at * sheet.height)
                assert -3.01 <= seam.shift[1] <= -1.0
                assert rows[y - mm(seam.band / 2): y + mm(abs(seam.shift[1]) + seam.band / 2)].max() < 0.001


def test_each_shot_brings_its_own_exposure_across_the_seam() -> None:
    blank = Sheet()
    blank.draw.rectangle((mm(30), mm(30), mm(40), mm(280)), fill=(0, 0, 0))  # a long rule: the page is full
    blank.lines.append("x")
    a = _shoot(blank, _two_shots(cap.Seam(at=0.5, kind="ghost", shift=(0.0, 0.0), scale=1.0, turn=0.0, band=4.0),
                                 gains=(1.0, 0.86)))
    h = a.shape[0]
    upper, lower = np.median(a[h // 4: h // 2 - mm(5), mm(60):]), np.median(a[h // 2 + mm(5): 3 * h // 4, mm(60):])
    assert upper - lower > 20, "a brightness step at the seam"


def test_a_smaller_lower_shot_leaves_the_desk_at_the_margin() -> None:
    sheet = _page()
    a = _shoot(sheet, _two_shots(cap.Seam(at=0.5, kind="ghost", shift=(0.0, 0.0), scale=0.98, turn=0.0, band=4.0)))
    h, w = a.shape
    assert a[h // 4: h // 2 - mm(4), w - mm(2):].mean() > 200, "the upper shot reaches the edge"
    assert a[h // 2 + mm(10):, w - mm(2):].mean() < 130, "the lower one does not"
