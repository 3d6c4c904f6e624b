"""court_ev (陕西省咸阳市秦都区人民法院): three dossiers of 咸阳's orchards and mills. A carton works enforces this court's
judgment for 苹果冷库 boxes against a 礼泉 fruit cold store (deposit deducted, the rest paid under a settlement,
archived with cover, catalogue, review form and remarks sheet, the court's 生效证明书 behind the judgment). A mill hand
enforces the 秦都区劳动人事争议仲裁委员会's award for wages and severance against a shut knitting works: nothing found,
限制消费 and 失信, the applicant heard, 终本. A cotton-yarn mill enforces this court's mediation statement against a
garment maker who settles and pays — without the 结案通知书. Pages came off inkjets running dry (banding, colour
cast, faint pages, wet smears) or, for some senders, laser printers and copiers, and were scanned in colour."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import RED, Sheet, seal
from dossier.corpus.families import court_ev_capture as cap
from dossier.corpus.families.court_ev import made_on, render
from dossier.corpus.families.court_ev_kit import printed
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ev_seqs_lie_in_its_range() -> None:
    plans = family_plans("court_ev")
    assert len(plans) == 3 and all(99100 <= p.seq <= 99399 for p in plans)
    assert 99137 not in {p.seq for p in plans}, "court_de's traffic case holds that number"
    assert all(p.name.startswith(f"court_ev_0{i}_") for i, p in enumerate(plans, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ev_01", "court_ev_02", "court_ev_03"):
        c = case_of(prefix)
        assert "陕0402执99" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)
    assert case_of("court_ev_02").applicant.kind == "person", "the award is a worker's"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    apple, wage, yarn = case_of("court_ev_01"), case_of("court_ev_02"), case_of("court_ev_03")
    basis = text_of(render("enforcement_basis", apple, random.Random(0), []))
    assert "民事判决书" in basis and "判决如下" in basis and "苹果" in basis and "本件与原本核对无异" in basis
    award = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "咸阳市秦都区劳动人事争议仲裁委员会" in award and "裁决如下" in award and "终局裁决" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", wage, random.Random(0), []))
    mediation = text_of(render("enforcement_basis", yarn, random.Random(0), []))
    assert "民事调解书" in mediation and "棉纱" in mediation
    ttr = text_of(render("termination_this_round_ruling", wage, random.Random(0), []))
    assert "执行裁定书" in ttr and "裁定如下" in ttr and "终结本次执行程序。" in ttr
    ruling = text_of(render("enforcement_ruling", apple, random.Random(0), []))
    assert "执行裁定书" in ruling and apple.extra["r_acct"] in ruling and "划拨" in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_ev_01", "court_ev_02", "court_ev_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ev") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _solid(how: str) -> Sheet:
    """A sheet with a black block (ink everywhere in it) and a red seal beside it."""
    s = Sheet(size=(1000, 1500))
    s.draw.rectangle((100, 200, 900, 1000), fill=(20, 20, 22))
    s.lines.append("x")
    seal(s, 500, 1250, "陕西省咸阳市秦都区人民法院", random.Random(0))
    return printed([s], how)[0]


def _scan(sheet: Sheet, plan: cap.InkjetScan, seed: int = 1) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "RGB", "scanned in colour"
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(sheet.width * plan.dpi / 200)
    return np.asarray(img, dtype=np.float32)


def _still(plan: cap.InkjetScan) -> cap.InkjetScan:
    plan.dpi, plan.skew, plan.blur, plan.smears, plan.density, plan.tint = 200, 0.0, 0.0, [], 1.0, (1.0, 1.0, 1.0)
    return plan


def test_dead_nozzles_leave_white_gaps_at_the_swath_pitch() -> None:
    sheet = _solid("bureau")
    plan = _still(cap.plan_capture(random.Random(2), sheet))
    plan.pitch, plan.phase, plan.gaps, plan.weak, plan.cast = 64, 0, [(10, 2)], (0, 0), ""
    a = _scan(sheet, plan).mean(axis=2)
    rows = a[220:980, 150:850].mean(axis=1)
    light = np.flatnonzero(rows > 150) + 220
    assert len(light) >= 16, "thin white gaps across the inked block"
    starts = light[np.r_[True, np.diff(light) > 1]]
    assert set(np.diff(starts)) <= {63, 64, 65}, "one gap per swath, at the head's pitch"
    assert np.median(rows) < 60, "the rest of the block is inked"


def test_a_weak_head_section_drops_part_of_every_swath() -> None:
    sheet = _solid("bureau")
    plan = _still(cap.plan_capture(random.Random(3), sheet))
    plan.pitch, plan.phase, plan.gaps, plan.weak, plan.weak_left, plan.cast = 80, 0, [], (40, 40), 0.15, ""
    rows = _scan(sheet, plan).mean(axis=2)[200:1000, 150:850].mean(axis=1)
    pale = rows > 150
    assert 0.4 < pale.mean() < 0.6, "the bottom half of each swath is missing"


def test_a_dry_black_cartridge_prints_colour_and_seals_stay_red() -> None:
    sheet = _solid("bureau")
    for cast, (hi, lo) in {"brown": (0, 2), "green": (1, 0), "purple": (2, 1)}.items():
        plan = _still(cap.plan_capture(random.Random(4), sheet))
        plan.pitch, plan.gaps, plan.weak, plan.cast = 0, [], (0, 0), cast
        a = _scan(sheet, plan)
        block = a[300:900, 200:800].reshape(-1, 3).mean(axis=0)
        assert block[hi] - block[lo] > 25, (cast, block)
    seal_px = a[1100:1400, 350:650].reshape(-1, 3)
    red = seal_px[(seal_px[:, 0] - seal_px[:, 1] > 60)]
    assert len(red) > 500 and abs(red[:, 0].mean() - RED[0]) < 60, "the seal went on after printing"


def test_faint_pages_and_wet_smears() -> None:
    sheet = _solid("bureau")
    plan = _still(cap.plan_capture(random.Random(5), sheet))
    plan.pitch, plan.gaps, plan.weak, plan.cast = 0, [], (0, 0), ""
    dark = _scan(sheet, plan)[300:900, 200:800].mean()
    plan.density = 0.5
    faint = _scan(sheet, plan)[300:900, 200:800].mean()
    assert faint - dark > 70, "the run's last page came out faint"
    plan.density = 1.0
    clean = _scan(sheet, plan)[1010:1100, 200:800].mean()
    plan.smears = [(1005 / sheet.height, 0.07, 0.0, 0, 100, 0.3)]
    smeared = _scan(sheet, plan)[1010:1100, 200:800].mean()
    assert clean - smeared > 8, "the wet block offset onto the blank paper under it"


def test_senders_printers_differ() -> None:
    bureau = [cap.plan_capture(random.Random(s), _solid("bureau")) for s in range(30)]
    assert all(p.pitch and p.gaps for p in bureau), "the bureau's inkjets band on every page"
    assert sum(bool(p.cast) for p in bureau) >= 5 and sum(p.density < 1 for p in bureau) >= 1
    assert all(p.rotation == 0 and not p.photo and 200 <= p.dpi <= 300 for p in bureau)
    laser = cap.plan_capture(random.Random(0), _solid("laser"))
    assert not laser.pitch and not laser.cast and not laser.smears
    a = _scan(_solid("laser"), _still(laser))
    rows = a.mean(axis=2)[220:980, 150:850].mean(axis=1)
    assert rows.max() < 60, "a laser print has no gaps"
    block = a[300:900, 200:800].reshape(-1, 3).mean(axis=0)
    assert block.max() - block.min() < 12, "and its black is black"
    received = render("identity_proof", case_of("court_ev_02"), random.Random(0), [])[0]
    assert getattr(received, "ev_printer", "") == "copier"
    copy = printed([Sheet(size=(600, 800), paper=(236, 236, 234))], "copier")[0]
    copy.draw.rectangle((100, 100, 500, 300), fill=(90, 90, 90))
    grey = _scan(copy, _still(cap.plan_capture(random.Random(0), copy))).mean(axis=2)
    assert np.percentile(grey, 50) < 240 and grey[150:250, 150:450].mean() < 100, "a photocopy: grey ground, heavy toner"
