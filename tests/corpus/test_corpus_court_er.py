"""court_er (安徽省黄山市屯溪区人民法院): three dossiers of 黄山's old town. A 祁门 tea company enforces the court's own judgment
for 祁门红茶 and 黄山毛峰 delivered to a 老街 shop company: an account frozen, the debt settled and paid, closed 执行完毕 and
archived (cover and catalogue first, the 生效证明书 behind the judgment). A lender enforces a 民间借贷 judgment against a
民宿 keeper whose inn has closed: nothing found, 限制消费 and 失信, the applicant heard, 终本. A 徽墨 craftsman enforces
a wage award of the 黄山市劳动人事争议仲裁委员会 — handed in without the 送达地址确认书. Every page went through a
production scanner's high-compression (MRC) mode: a sharp 1-bit text mask in flat colours over a coarse, posterised
background."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import RED, Sheet
from dossier.corpus.families import court_er_capture as cap
from dossier.corpus.families.court_er import made_on, render
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_er_seqs_lie_in_its_range_and_are_named_in_order() -> None:
    ours = family_plans("court_er")
    assert len(ours) == 3 and all(94000 <= p.seq <= 94999 for p in ours)
    assert all(p.name.startswith(f"court_er_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_er_01", "court_er_02", "court_er_03"):
        c = case_of(prefix)
        assert "皖1002执94" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    tea, inn, ink = case_of("court_er_01"), case_of("court_er_02"), case_of("court_er_03")
    judgment = text_of(render("enforcement_basis", tea, random.Random(0), []))
    assert "民事判决书" in judgment.replace(" ", "") and "祁门红茶" in judgment and "皖1002民初" in judgment
    award = text_of(render("enforcement_basis", ink, random.Random(0), []))
    assert "黄山市劳动人事争议仲裁委员会" in award and "徽墨" in award and "终局裁决" in award
    ttr = text_of(render("termination_this_round_ruling", inn, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and inn.extra["inn"] in ttr
    ruling = text_of(render("enforcement_ruling", tea, random.Random(0), []))
    assert "执行裁定书" in ruling and tea.extra["r_acct"] in ruling and "划拨" in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_er_01", "court_er_02", "court_er_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_er") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _sample() -> Sheet:
    """A small page: black print, a light-grey line (lighter than the segmenter takes), a red seal-like disc, a photo
    block and a few lines of black body text."""
    s = Sheet(size=(900, 1300))
    s.text(60, 80, "屯溪区人民法院执行局", font("serif", 60))
    s.text(60, 200, "浅灰色的附注文字", font("serif", 50), fill=(200, 200, 200))
    s.draw.ellipse((500, 300, 800, 600), fill=RED)
    gen = np.random.default_rng(0)
    s.image.paste(Image.fromarray(gen.integers(60, 200, (260, 380, 3), dtype=np.uint8)), (60, 660))
    for k in range(5):
        s.text(60, 960 + 60 * k, "黄山毛峰祁门红茶徽墨歙砚老街民宿借款工资", font("ming", 40))
    return s


def _plain(seed: int) -> cap.MrcScan:
    plan = cap.plan_capture(random.Random(seed), _sample())
    plan.skew, plan.wrong_colour, plan.fringe_band, plan.dpi = 0.0, 0.0, (0.0, 0.0), 200
    return plan


def _shot(sheet: Sheet, plan: cap.MrcScan, seed: int = 0) -> np.ndarray:
    raw = cap.capture(sheet, plan, random.Random(seed))
    img = Image.open(io.BytesIO(raw))
    assert img.format == "JPEG" and img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(sheet.width * plan.dpi / 200)
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def test_the_plan_is_a_flat_scan_at_archive_resolution() -> None:
    for seed in range(6):
        plan = cap.plan_capture(random.Random(seed), Sheet())
        assert plan.rotation == 0 and not plan.photo and 200 <= plan.dpi <= 300 and abs(plan.skew) < 1.5
        assert plan.bg_factor >= 3 and plan.levels <= 16
    sheet = _sample()
    plan = _plain(4)
    plan.dpi = 300
    out = _shot(sheet, plan)
    assert out.shape[0] == round(1300 * 1.5)


def test_text_goes_to_a_flat_mask_and_light_print_stays_smeared_in_the_background() -> None:
    sheet = _sample()
    plan = _plain(1)
    rgb = cap._scan(sheet, plan, random.Random(0))
    mask, _, _ = cap.segment(rgb, plan)
    dark = mask[80:160, 60:700]
    light = mask[200:270, 60:500]
    assert dark.sum() > 500, "black print is taken into the text mask"
    assert light.sum() < 0.05 * dark.sum(), "the light-grey line is missed by the segmenter"
    assert mask[680:900, 80:420].mean() < 0.5, "the photo block is not all text"
    out = _shot(sheet, plan)
    ink = out[80:160, 60:700][dark.astype(bool)].mean(axis=1)
    assert np.percentile(ink, 50) < 80, "text pixels carry the flat dark foreground colour"
    smear = out[200:270, 60:500].mean(axis=2)
    assert 150 < smear.min() < 235, "the missed light line is still faintly there, smeared, not sharp"


def test_the_background_is_blocky_and_posterised() -> None:
    sheet = _sample()
    plan = _plain(2)
    rgb = cap._scan(sheet, plan, random.Random(0))
    mask, _, _ = cap.segment(rgb, plan)
    bg = cap._background(rgb, mask, plan)
    f = plan.bg_factor
    row = bg[780, 80:420, 0]  # nearest-neighbour upsampling: runs of equal pixels as long as the factor
    assert (np.diff(row) == 0).mean() > 0.6 * (f - 1) / f
    assert len(np.unique(bg.reshape(-1, 3)[:, 0])) <= plan.levels + 2, "a few flat tones, not a gradient"
    disc = bg[420:480, 620:680]
    assert disc[..., 0].mean() > disc[..., 1].mean() + 60, "the seal stays red in the background layer"


def test_some_strokes_get_the_wrong_colour_and_a_band_gets_fringes() -> None:
    sheet = _sample()
    plan = _plain(3)
    plan.wrong_colour = 0.3
    rgb = cap._scan(sheet, plan, random.Random(3))
    mask, _, _ = cap.segment(rgb, plan)
    body = mask[940:1280].astype(bool)
    px = _shot(sheet, plan, 3)[940:1280][body]
    reddish = (px[:, 0] > px[:, 2] + 60) & (px[:, 0] > 120)
    bluish = px[:, 2] > px[:, 0] + 50
    assert reddish.mean() > 0.01 and bluish.mean() > 0.01, "black print recoloured in whole strokes"
    plan.wrong_colour, plan.fringe_band, plan.fringe_shift = 0.0, (0.72, 1.0), 2
    out = _shot(sheet, plan, 3)
    clean = _shot(sheet, _plain(3), 3)

    def chroma(a: np.ndarray) -> float:
        part = a[940:1280]
        return float(((part.max(axis=2) - part.min(axis=2)) > 30).mean())

    assert chroma(out) > chroma(clean) + 0.002, "the misregistered band shows colour fringes round the strokes"
