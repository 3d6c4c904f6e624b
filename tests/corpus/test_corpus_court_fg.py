"""court_fg (河南省信阳市浉河区人民法院): three dossiers of 信阳, all filed through the online filing platform. A 毛尖
growers' cooperative of 浉河港 enforces an award of 信阳仲裁委员会 against a 羊山 tea company — frozen, settled, paid,
archived (cover and catalogue first, the award's 生效证明 behind it). A 光山/罗山/商城 worker enforces 信阳中院's
appeal judgment against a labour-export agency that moved out: 终本. A 南湾湖 fishery enforces this court's mediation
against a 信阳菜 restaurant's owner, who settles and pays — without its 收款账户确认书. The parties' Word files went
through the platform's converter (fallback faces, a missing-glyph box for 浉 and 〇, lines re-wrapped), their photos
were stored without their EXIF turn, the court's own papers were printed and scanned."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fg_capture as cap
from dossier.corpus.families.court_fg import CLOSING, OWN, made_on, render
from dossier.corpus.families.court_fg_convert import MISSING, Setter
from dossier.corpus.families.court_fg_kit import Page
from dossier.corpus.families.court_fg_papers import RECEIVED
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_fg_01", "court_fg_02", "court_fg_03")


def test_court_fg_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fg")]
    assert len(seqs) == 3 and all(57000 <= s <= 57999 for s in seqs)
    assert not set(seqs) & {57134, 57496, 57843}, "older dossiers' cases"
    assert all(p.name.startswith(f"court_fg_0{i}_") for i, p in enumerate(family_plans("court_fg"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    tea, _labour, fish = (case_of(p) for p in PREFIXES)
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "豫1502执57" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert tea.applicant.id_number.startswith("93"), "a farmers' cooperative's code"
    assert str(fish.extra["shop_code"]).startswith("92") and check_credit_code(str(fish.extra["shop_code"])) is None


def test_each_story_is_drawn_in_its_makers_words() -> None:
    tea, labour, fish = (case_of(p) for p in PREFIXES)
    award = text_of(render("enforcement_basis", tea, random.Random(0), []))
    assert "信阳仲裁委员会" in award and "信仲裁字" in award and "毛尖" in award and "裁决如下" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", tea, random.Random(0), []))
    appeal = text_of(render("enforcement_basis", labour, random.Random(0), []))
    assert "信阳市中级人民法院" in appeal and "豫15民终" in appeal and "驳回上诉，维持原判" in appeal
    mediation = text_of(render("enforcement_basis", fish, random.Random(0), []))
    assert "民事调解书" in mediation and "豫1502民初" in mediation and "南湾湖" in mediation
    ttr = text_of(render("termination_this_round_ruling", labour, random.Random(0), []))
    assert "执行裁定书" in ttr and "裁定如下" in ttr and "终结本次执行程序。" in ttr
    ruling = text_of(render("enforcement_ruling", tea, random.Random(0), []))
    assert "执行裁定书" in ruling and str(tea.extra["r_acct"]) in ruling
    assert "建材" in text_of(render("investigation_record", labour, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served_and_the_story_runs_in_order() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fg") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on
    labour = case_of("court_fg_02")
    assert made_on(labour, "interview_record") < made_on(labour, "termination_this_round_ruling") < labour.closed_on
    assert (labour.closed_on - labour.filed_on).days >= 90
    tea = case_of("court_fg_01")
    assert all(made_on(tea, k) > tea.closed_on for k, v in CLOSING.items() if v < 0)
    assert made_on(tea, "enforcement_basis") < made_on(tea, "effectiveness_certificate") < tea.filed_on


def test_each_paper_came_its_own_way() -> None:
    """The court's papers were scanned; the lawyers' Word files converted; the cards and signed papers photographed."""
    tea, labour, _fish = (case_of(p) for p in PREFIXES)
    for code in ("enforcement_notice", "service_receipt", "termination_this_round_ruling"):
        served = ["enforcement_notice"] if code == "service_receipt" else []
        assert {getattr(s, "origin", "") for s in render(code, labour, random.Random(1), served)} == {"scan"}
    for code in ("enforcement_application", "law_firm_letter", "property_clue_form", "fee_receipt"):
        assert {getattr(s, "origin", "") for s in render(code, tea, random.Random(1), [])} == {"converted"}, code
    for code in ("power_of_attorney", "lawyer_license", "settlement_agreement"):
        assert {getattr(s, "origin", "") for s in render(code, tea, random.Random(1), [])} == {"photo"}, code
    cards = render("identity_proof", labour, random.Random(1), [])
    assert len(cards) == 2 and all(getattr(s, "card", False) for s in cards)
    assert OWN.isdisjoint(RECEIVED)


def test_the_converter_boxes_what_its_fallback_lacks_and_records_it() -> None:
    gb, wide = Setter("song_gb", "sans", mm(5.5)), Setter("ming", "serif", mm(5.5))
    assert gb.shown("信阳市浉河区人民法院") == f"信阳市{MISSING}河区人民法院"
    assert gb.shown("二〇二四年") == f"二{MISSING}二四年"
    assert wide.shown("信阳市浉河区人民法院") == "信阳市浉河区人民法院"
    s = Sheet(size=(mm(60), mm(20)))
    gb.draw(s, mm(2), mm(4), "浉")
    a = np.asarray(s.image.convert("L"), dtype=np.float32)
    dark = a < 128
    cols = np.where(dark.any(axis=0))[0]
    rows = np.where(dark.any(axis=1))[0]
    assert s.lines == [MISSING]
    assert 0.55 * mm(5.5) < cols[-1] - cols[0] < mm(5.5) and 0.6 * mm(5.5) < rows[-1] - rows[0] < mm(5.5)
    inside = dark[rows[0] + 6: rows[-1] - 6, cols[0] + 6: cols[-1] - 6]
    assert inside.mean() < 0.02, "a hollow box"
    assert dark[rows[0]: rows[-1], cols[0]].mean() > 0.9, "its left side drawn the whole height"


def test_a_converted_file_is_legible_with_a_box_here_and_there_and_lines_rewrapped() -> None:
    seen_box = seen_stub = False
    for seed in range(8):
        for prefix in PREFIXES:
            sheets = render("enforcement_application", case_of(prefix), random.Random(seed), [])
            text = text_of(sheets)
            boxes = text.count(MISSING)
            assert boxes <= 0.02 * len(text), (prefix, seed, boxes)
            assert MISSING not in sheets[0].lines[0], "the title is whole"
            seen_box |= boxes > 0
            seen_stub |= any(0 < len(line) <= 2 for s in sheets for line in s.lines)
    assert seen_box and seen_stub


def _capture(sheet: Sheet, seed: int, **change: object) -> tuple[cap.Upload, Image.Image]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, img


def test_converted_pages_are_square_and_clean_and_scans_are_the_courts() -> None:
    page = Page(size=(mm(100), mm(140)), origin="converted")
    page.lines.append("x")
    for seed in range(6):
        plan, img = _capture(page, seed)
        assert plan.rotation == 0 and not plan.photo and plan.dpi in (150, 200)
        assert img.size == (round(page.width * plan.dpi / 200), round(page.height * plan.dpi / 200))
        a = np.asarray(img.convert("L"), dtype=np.float32)
        assert a.std() < 3 and a.mean() > 250, "no noise, white"
    scan = Page(size=(mm(100), mm(140)))
    plans = [cap.plan_capture(random.Random(s), scan) for s in range(120)]
    assert all(200 <= p.dpi <= 300 and p.rotation in (0, 180) and not p.photo and abs(p.skew) <= 0.7 for p in plans)
    assert sum(p.rotation == 180 for p in plans) < 12


def test_photos_keep_the_sensors_turn_the_platform_ignored() -> None:
    paper = Page(size=(mm(100), mm(141)), origin="photo")
    paper.lines.append("x")
    card = Page(size=(mm(86), mm(54)), origin="photo", card=True)
    turns = [cap.plan_capture(random.Random(s), paper).rotation for s in range(300)]
    assert set(turns) == {0, 90, 180, 270} and max(set(turns), key=turns.count) == 270
    card_turns = [cap.plan_capture(random.Random(s), card).rotation for s in range(300)]
    assert max(set(card_turns), key=card_turns.count) == 0
    plan, img = _capture(paper, 1, rotation=270)
    assert plan.photo and 150 <= plan.dpi <= 300
    assert img.width > img.height, "a portrait sheet lying on its side"
    a = np.asarray(img.convert("L"), dtype=np.float32)
    # the backdrop shows round the paper; the paper's top (left edge once turned a quarter to the left) is inside
    assert a[:, : img.width // 40].mean() < a[img.height // 3: 2 * img.height // 3, img.width // 3: 2 * img.width // 3].mean()
    _, upright = _capture(paper, 1, rotation=0)
    assert upright.height > upright.width
