"""court_ek (内蒙古自治区鄂尔多斯市东胜区人民法院): a 运煤车 owner's freight judgment against a coal-sales company (deducted,
settled, paid, archived); a 民间借贷 judgment against a former 洗煤厂 boss with nothing left (终本); a labour-arbitration
award for migrant workers' wages on a stalled housing project, paid — without the 结案通知书. Every page was photographed
off the monitor (拍屏): moiré and subpixel stripes, viewer chrome and bezel, keystone, a glare band."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from functools import cache

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ek_capture as cap
from dossier.corpus.families.court_ek import made_on, render
from dossier.corpus.families.court_ek_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import text_of


@cache
def _ours() -> tuple[list[Plan], dict[str, CaseCtx]]:
    """court_ek's plans and their cases as the build draws them (plans() listed once: it imports every family)"""
    every = plans()
    ours = [p for p in every if p.family == "court_ek"]
    return ours, {p.name[:11]: case_for(p, random.Random(every.index(p))) for p in ours}


def family_plans(family: str) -> list[Plan]:
    return _ours()[0]


def case_of(prefix: str) -> CaseCtx:
    return _ours()[1][prefix]


def test_court_ek_seqs_lie_in_its_range_and_the_defect_is_the_closing_notice() -> None:
    ps = family_plans("court_ek")
    assert len(ps) == 3 and all(67000 <= p.seq <= 67999 for p in ps)
    assert all(p.name.startswith(f"court_ek_0{i}_") for i, p in enumerate(ps, 1))
    assert MISSING == "closing_notice" and not any(d.code == MISSING for d in ps[2].docs)


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ek_01", "court_ek_02", "court_ek_03"):
        c = case_of(prefix)
        assert "蒙0602执67" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    freight, loan, wage = case_of("court_ek_01"), case_of("court_ek_02"), case_of("court_ek_03")
    basis = text_of(render("enforcement_basis", freight, random.Random(0), []))
    assert "民事判决书" in basis and "运费" in basis and "判决如下" in basis
    award = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "劳动人事争议仲裁委员会" in award and "裁决如下" in award and "工资" in award
    ttr = text_of(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and "洗煤厂" in ttr
    ruling = text_of(render("enforcement_ruling", freight, random.Random(0), []))
    assert "执行裁定书" in ruling and freight.extra["plate"] in ruling and "扣划" in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_ek"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def _shot(seed: int, **change: object) -> tuple[cap.ScreenShot, np.ndarray]:
    sheet = Sheet(size=(560, 792))  # a small page: the same optics, a quicker test
    sheet.text(70, 90, "执行通知书" * 2, font("ming", 32))
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.format == "JPEG" and img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def test_the_screen_photo_shows_subpixel_texture_and_a_darker_surround() -> None:
    flat = {"glare": (0.0, 0.0, 0.1, 0.0), "blur": 0.4, "frame": 1.12, "keystone": (0, 0, 0, 0), "tilt": 0.0}
    plan, a = _shot(5, depth=0.5, **flat)
    _, bare = _shot(5, depth=0.0, **flat)
    assert plan.photo and plan.rotation == 0
    h, w, _ = a.shape
    assert abs(h / w - 4 / 3) < 0.01, "a 3:4 phone photo"

    def texture(img: np.ndarray) -> tuple[float, float]:
        patch = img[int(h * 0.6): int(h * 0.6) + 100, w // 2 - 50: w // 2 + 50]  # blank paper on the screen
        lum = patch.mean(axis=2)
        chroma = patch - lum[..., None]
        return float((lum - cv2.GaussianBlur(lum, (0, 0), 3)).std()), float(
            (chroma - cv2.GaussianBlur(chroma, (0, 0), 3)).std())

    (lum_s, chroma_s), (lum_b, chroma_b) = texture(a), texture(bare)
    assert lum_s > 2 * lum_b and chroma_s > 2 * chroma_b, "pixel matrix and RGB stripes beat against the sensor"
    paper = a[int(h * 0.6): int(h * 0.6) + 120, w // 2 - 60: w // 2 + 60]
    assert paper.mean() > 150
    assert paper[..., 2].mean() > paper[..., 0].mean(), "the LCD's white is bluish"
    top = a[: int(h * 0.02), w // 3: 2 * w // 3].mean()
    assert top < paper.mean() - 40, "chrome, bezel or room above the page"


def test_glare_brightens_a_band_and_an_angled_shot_keystones_the_page() -> None:
    _, plain = _shot(4, glare=(90.0, 0.0, 0.08, 0.0), keystone=(0, 0, 0, 0), tilt=0.0, vignette=0.0)
    _, lit = _shot(4, glare=(90.0, 0.0, 0.08, 0.35), keystone=(0, 0, 0, 0), tilt=0.0, vignette=0.0)
    h, w, _ = plain.shape
    band = slice(int(h * 0.47), int(h * 0.53))
    assert lit[band, w // 4: 3 * w // 4].mean() > plain[band, w // 4: 3 * w // 4].mean() + 10
    plans = [cap.plan_capture(random.Random(s), Sheet()) for s in range(40)]
    assert 5 < sum(p.slant for p in plans) < 35
    assert all(max(p.keystone) > 0.03 for p in plans if p.slant)
    assert all(max(p.keystone) < 0.02 for p in plans if not p.slant)
    assert {p.frame > 1.25 for p in plans} == {True, False}, "some close up, some with the bezel in view"
