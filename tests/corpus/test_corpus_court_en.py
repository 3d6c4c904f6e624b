"""court_en (甘肃省酒泉市肃州区人民法院): three dossiers of 酒泉. A labour subcontractor enforces the court's own
judgment for 风机基础 work on a 戈壁 wind farm (account frozen and deducted, the rest paid, archived with a dot-matrix
cover and a continuous-form catalogue); a 总寨镇 farmer enforces a 酒泉仲裁委员会 award for 制种玉米 against a seed
company with nothing left (终本); a truck owner enforces a 民事调解书 for 河西走廊 freight, settled and paid — without
the 送达地址确认书. The fee receipt and the bank's slip come off a dot-matrix printer on pin-feed forms; every leaf went
through a sheet-fed scanner."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_en_capture as cap
from dossier.corpus.families.court_en import made_on, render
from dossier.corpus.families.court_en_kit import CONT_W, Ribbon, dots
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_en_seqs_lie_in_its_range() -> None:
    ps = family_plans("court_en")
    assert len(ps) == 3 and all(79000 <= p.seq <= 79999 for p in ps)
    assert all(p.name.startswith(f"court_en_0{i}_") for i, p in enumerate(ps, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_en_01", "court_en_02", "court_en_03"):
        c = case_of(prefix)
        assert "甘0902执79" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    wind, seed, freight = case_of("court_en_01"), case_of("court_en_02"), case_of("court_en_03")
    judgment = text_of(render("enforcement_basis", wind, random.Random(0), []))
    assert "民事判决书" in judgment and "风机基础" in judgment and "判决如下" in judgment
    award = text_of(render("enforcement_basis", seed, random.Random(0), []))
    assert "酒泉仲裁委员会" in award and "制种玉米" in award and "终局裁决" in award
    assert "民事调解书" in text_of(render("enforcement_basis", freight, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", seed, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    assert wind.extra["r_acct"] in text_of(render("enforcement_ruling", wind, random.Random(0), []))
    slip = text_of(render("payment_voucher", freight, random.Random(0), []))
    assert "业务回单" in slip and freight.number in slip


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_en_01", "court_en_02"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_en") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_the_dot_matrix_slip_sits_on_a_pin_feed_form() -> None:
    """The bank slip is a continuous leaf (9½ in wide, not A4) with round tractor holes down both edges at ½-inch
    pitch (12.7 mm = 100 px at 200 dpi)."""
    sheet = render("payment_voucher", case_of("court_en_03"), random.Random(0), [])[0]
    a = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    assert sheet.width == CONT_W and sheet.height < sheet.width
    for x in (mm(6.35), sheet.width - mm(6.35)):
        col = a[:, x] < 100
        starts = np.flatnonzero(np.diff(col.astype(int)) == 1)
        assert len(starts) >= sheet.height // 100 - 1, "a hole every 12.7 mm"
        assert 95 <= np.median(np.diff(starts)) <= 105
    assert (a[:, sheet.width // 2] < 100).mean() < 0.2, "no holes in the middle"


def test_a_dead_pin_leaves_a_white_row_through_every_glyph_and_a_carbon_is_lighter() -> None:
    def struck(dead: int | None, carbon: bool = False) -> np.ndarray:
        s = Sheet()
        rib = Ribbon(random.Random(1), carbon=carbon)
        rib.dead_pin, rib.fade_to = dead, 1.0
        dots(s, 100, 100, "国国国国国国", rib, pitch=2.0)
        return np.asarray(s.image.convert("L"), dtype=np.float32)[96:160, 100:500]

    whole, broken = struck(None), struck(12)
    row = 2 + 4 + 12 * 2  # canvas offset (y - 2), margin 4, the 13th pin at 2 px pitch
    assert broken[row].mean() - whole[row].mean() > 8, "the dead pin's row is lighter"
    assert abs(broken[row - 6].mean() - whole[row - 6].mean()) < 3
    assert struck(None, carbon=True).min() > whole.min() + 20, "the carbon copy never gets as dark"


def _scan(seed: int) -> tuple[cap.FeedScan, np.ndarray, int]:
    sheet = render("enforcement_notice", case_of("court_en_02"), random.Random(0), [])[0]
    plan = cap.plan_capture(random.Random(seed), sheet)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(sheet.width * plan.dpi / 200)
    assert (img.mode == "L") == plan.grey
    return plan, np.asarray(img.convert("L"), dtype=np.float32), sheet.width


def test_the_sheet_fed_scan_is_slightly_skewed_jpeg_with_white_paper() -> None:
    for seed in (0, 3):
        plan, a, _ = _scan(seed)
        assert plan.rotation == 0 and not plan.photo and abs(plan.skew) <= 1.5 and 200 <= plan.dpi <= 300
        h, w = a.shape
        mid = a[h // 3: 2 * h // 3, w // 4: 3 * w // 4]
        assert np.percentile(mid, 90) > 200, "white paper stays white"
        assert np.percentile(mid, 90) - np.percentile(mid, 1) > 120, "printed text is dark"
    blank = Sheet()
    plans = [cap.plan_capture(random.Random(s), blank) for s in range(40)]
    assert 0 < sum(p.grey for p in plans) < 40, "some grey scans, some colour"


def test_a_dust_line_on_the_scan_glass_runs_down_the_whole_page() -> None:
    sheet = render("acceptance_notice", case_of("court_en_01"), random.Random(0), [])[0]
    plan = cap.plan_capture(random.Random(3), sheet)
    plan.streak, plan.streak_dark, plan.skew, plan.noise = 0.5, 50.0, 0.0, 0.0
    a = np.asarray(Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(3)))).convert("L"), dtype=np.float32)
    h, w = a.shape
    x = int(0.5 * w)
    band = a[h - 200: h - 50, x - 6: x + 8].mean(axis=0)
    assert band.max() - band.min() > 25
