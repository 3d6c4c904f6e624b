"""court_cy (河南省开封市鼓楼区人民法院): three dossiers of the old city of 开封. A buyer enforces 开封中院's 二审 judgment
against a seller who would not transfer a house: the house 查封 through the 不动产登记中心, settled, transferred, paid,
执行完毕. A 丝线 supplier enforces a 开封仲裁委员会 award against an 汴绣 workshop that closed: nothing found, 限制消费 and
失信, 终本, archived. A lender enforces a notarised loan (公证书 and 执行证书 of the 大梁公证处) against a 灌汤包 shop owner
who settles and pays — without the 送达地址确认书. Every page went through a sheet-fed CIS scanner whose chips have
drifted apart: vertical bands of differing grey with sharp seams, a strip of the backing roller beside the sheet."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_cy_capture as cap
from dossier.corpus.families.court_cy import made_on, render

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_cy_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_cy")]
    assert len(seqs) == 3 and all(93000 <= s <= 93999 for s in seqs)
    assert all(p.name.startswith(f"court_cy_0{i}_") for i, p in enumerate(family_plans("court_cy"), 1))


def test_each_story_is_drawn_in_its_makers_words() -> None:
    house, silk, loan = case_of("court_cy_01"), case_of("court_cy_02"), case_of("court_cy_03")
    basis = text_of(render("enforcement_basis", house, random.Random(0), []))
    assert "河南省开封市中级人民法院" in basis and "驳回上诉，维持原判" in basis and "房屋买卖合同" in basis
    notice = text_of(render("assistance_notice", house, random.Random(0), []))
    assert "开封市不动产登记中心" in notice and house.extra["cert"] in notice and "查封" in notice
    award = text_of(render("enforcement_basis", silk, random.Random(0), []))
    assert "开封仲裁委员会" in award and "绣线" in award
    assert "执行证书" in text_of(render("effectiveness_certificate", loan, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", silk, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    assert "终结本次执行程序" in text_of(render("dossier_cover", silk, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_cy_01", "court_cy_02", "court_cy_03"):
        c = case_of(prefix)
        for p in family_plans("court_cy"):
            if not p.name.startswith(prefix):
                continue
            for d in p.docs:
                if d.code != "service_receipt":
                    continue
                lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
                got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
                assert len(got) == 1, lines
                assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _page(seed: int) -> tuple[Sheet, cap.CisScan, np.ndarray]:
    sheet = render("enforcement_notice", case_of("court_cy_02"), random.Random(0), [])[0]
    plan = cap.plan_capture(random.Random(seed), sheet)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(sheet.width * plan.dpi / 200)
    return sheet, plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_the_cis_chips_draw_vertical_bands_with_seams_and_the_backing_shows_beside_the_sheet() -> None:
    for seed in range(3):
        _, plan, a = _page(seed)
        assert plan.rotation == 0 and not plan.photo and abs(plan.skew) <= 1.5 and plan.dpi in (200, 300)
        h, w = a.shape
        band = a[h // 40: h // 14]  # the blank top margin, below the skewed corner
        strip = round(plan.strip_mm / 25.4 * plan.dpi)
        x0, x1 = (strip + 20, w - 20) if plan.guide == "right" else (20, w - strip - 20)
        prof = np.median(band[:, x0:x1], axis=0)
        chip_px = w / cap.WINDOW_MM * cap.WINDOW_MM / plan.chips
        means = [float(np.median(prof[max(0, int(k * chip_px) - x0 + 6): int((k + 1) * chip_px) - x0 - 6]))
                 for k in range(plan.chips) if int(k * chip_px) - x0 + 6 >= 0 and int((k + 1) * chip_px) - x0 - 6 < x1 - x0]
        assert max(means) - min(means) > 6, "the chips read the same white paper at different greys"
        inside = [float(np.std(prof[int(k * chip_px) - x0 + 8: int((k + 1) * chip_px) - x0 - 8])) for k in range(1, plan.chips - 1)
                  if int(k * chip_px) - x0 + 8 >= 0 and int((k + 1) * chip_px) - x0 - 8 < x1 - x0]
        assert np.median(inside) < 3.5, "flat inside a chip: the grey changes at the seams"
        side = a[h // 3: 2 * h // 3, 4: strip - 4] if plan.guide == "right" else a[h // 3: 2 * h // 3, w - strip + 4: w - 4]
        paper = np.percentile(a[h // 3: 2 * h // 3, w // 3: 2 * w // 3], 90)
        assert side.mean() < paper - 25, "the backing roller shows grey beside the sheet"


def test_a_weak_chip_comes_out_darker_and_a_calibration_speck_leaves_a_light_column() -> None:
    sheet = Sheet()
    sheet.lines.append("x")
    plan = cap.plan_capture(random.Random(3), sheet)
    plan.skew, plan.seams = 0.0, []
    plan.gains = [0.9] * plan.chips  # a grey page, so that an over-bright column can show
    plan.offsets = [0.0] * plan.chips
    plan.gains[plan.chips // 2] = 0.75
    plan.hot = [0.2]
    plan.guide = "left"
    a = np.asarray(Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(3)))).convert("L"), dtype=np.float32)
    h, w = a.shape
    chip_px = w / plan.chips
    mid = a[h // 3: 2 * h // 3]
    weak = mid[:, int((plan.chips // 2 + 0.3) * chip_px): int((plan.chips // 2 + 0.7) * chip_px)].mean()
    good = mid[:, int((plan.chips // 2 - 1.7) * chip_px): int((plan.chips // 2 - 1.3) * chip_px)].mean()
    assert good - weak > 25
    x = int(0.2 * w)
    assert {cap.plan_capture(random.Random(s), sheet).guide for s in range(30)} == {"left", "right"}
    assert mid[:, x: x + 2].mean() > mid[:, x + 20: x + 40].mean() + 6, "the over-corrected column reads brighter"
