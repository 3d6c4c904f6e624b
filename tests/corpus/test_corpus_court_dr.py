"""court_dr (云南省昆明市盘龙区人民法院): three dossiers of 昆明's north side. A 康乐茶城 tea company enforces this court's
judgment for 普洱 cakes a tour company took for its shopping stops: the deposit frozen and deducted, the rest paid under a
settlement, closed 执行完毕 and archived (cover and catalogue first, the civil division's 生效证明书 right behind the
judgment). A car-finance company enforces a 昆明仲裁委员会 award against a lessee who pawned the car away: nothing found,
限制消费 and 失信, its lawyer heard, 终本. A landlady enforces a mediation paper for a 北京路 shop's rent against a
restaurant company that settles and pays — without the 被执行人财产线索表. Every page was photographed with a phone
scanning app's document-enhance filter: paper white, seals dark, a bow left in the lines, glare holes, crops."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_dr_capture as cap
from dossier.corpus.families.court_dr import made_on, render
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_dr_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_dr")]
    assert len(seqs) == 3 and all(31500 <= s <= 31999 for s in seqs)
    assert all(p.name.startswith(f"court_dr_0{i}_") for i, p in enumerate(family_plans("court_dr"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_dr_01", "court_dr_02", "court_dr_03"):
        c = case_of(prefix)
        assert "云0103执315" in c.number or "云0103执316" in c.number or "云0103执318" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    tea, car, rent = case_of("court_dr_01"), case_of("court_dr_02"), case_of("court_dr_03")
    basis = text_of(render("enforcement_basis", tea, random.Random(0), []))
    assert "民事判决书" in basis and "普洱茶" in basis and "判决如下" in basis
    award = text_of(render("enforcement_basis", car, random.Random(0), []))
    assert "昆明仲裁委员会" in award and "裁决如下" in award and car.extra["plate"] in award
    assert "生效证明" in text_of(render("effectiveness_certificate", car, random.Random(0), []))
    assert "经本院主持调解" in text_of(render("enforcement_basis", rent, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", car, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr.replace("的本次执行程序", "本次执行程序")
    ruling = text_of(render("enforcement_ruling", tea, random.Random(0), []))
    assert "执行裁定书" in ruling and "扣划" in ruling and tea.extra["r_acct"] in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_dr_01", "court_dr_02", "court_dr_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_dr") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _page(plan: cap.AppScan, sheet: Sheet, seed: int) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(sheet.width * plan.dpi / 200)
    return np.asarray(img, dtype=np.float32)


def _notice() -> Sheet:
    return render("enforcement_notice", case_of("court_dr_02"), random.Random(0), [])[0]


def test_the_enhance_filter_whitens_the_paper_and_darkens_the_seal() -> None:
    sheet = _notice()
    plan = cap.plan_capture(random.Random(3), sheet)
    plan.mode, plan.glare, plan.shave, plan.sliver, plan.dpi = "whiten", None, None, None, 150
    a = _page(plan, sheet, 3)
    h, w = a.shape
    assert np.percentile(a[h // 3: 2 * h // 3, w // 5: 4 * w // 5], 60) > 245, "the paper turns pure white"
    assert np.percentile(a, 0.5) < 60, "the text stays black"
    rgb = np.asarray(sheet.image.convert("RGB"), dtype=np.int32)
    red = (rgb[..., 0] - rgb[..., 1] > 80)
    ys, xs = np.nonzero(red)
    assert len(ys) > 500
    k = plan.dpi / 200
    ys, xs = (ys * k).astype(int).clip(0, h - 1), (xs * k).astype(int).clip(0, w - 1)
    assert a[ys, xs].mean() < 170, "the red seal turns a dark grey blot"


def test_black_and_white_mode_leaves_two_tones_and_a_glare_hole_leaves_nothing() -> None:
    sheet = _notice()
    plan = cap.plan_capture(random.Random(5), sheet)
    plan.mode, plan.shave, plan.sliver, plan.dpi, plan.quality = "bw", None, None, 200, 95
    plan.glare = (0.5, 0.22, 0.05)
    a = _page(plan, sheet, 5)
    mid = ((a > 60) & (a < 190)).mean()
    assert mid < 0.05, "nearly every pixel black or white"
    h, w = a.shape
    cy, cx = int(0.22 * h), int(0.5 * w)
    assert a[cy - 20: cy + 20, cx - 40: cx + 40].min() > 200, "nothing inside the hot spot"


def _small() -> Sheet:
    """A small sheet with a few printed lines (the crop does not depend on the size)."""
    sheet = Sheet(size=(700, 990))
    for i in range(6):
        sheet.text(80, 60 + 140 * i, "执行通知书第一行文字", font("song_gb", 40))
    return sheet


def test_auto_crop_keeps_a_dark_sliver_or_shaves_an_edge() -> None:
    sheet = _small()
    plan = cap.plan_capture(random.Random(1), sheet)
    plan.mode, plan.glare, plan.shave, plan.dpi = "whiten", None, None, 150
    plan.sliver = ("right", 3.0)
    a = _page(plan, sheet, 1)
    assert a[:, -4:].mean() < 100 and a[:, -40:-20].mean() > 200
    plan.sliver, plan.shave = None, ("top", 8.0)
    b = _page(plan, sheet, 1)
    plan.shave = None
    c = _page(plan, sheet, 1)
    rows_b = np.nonzero((b < 128).sum(axis=1) > 5)[0]
    rows_c = np.nonzero((c < 128).sum(axis=1) > 5)[0]
    assert rows_b[0] < rows_c[0], "the header sits higher once the top is shaved"
    kinds = [cap.plan_capture(random.Random(s), sheet) for s in range(60)]
    assert 0 < sum(k.mode == "bw" for k in kinds) < 40 and all(k.photo for k in kinds)
