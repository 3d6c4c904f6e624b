"""court_cx (广东省湛江市赤坎区人民法院): three dossiers of the 湛江 port district. A cold-chain company enforces a
湛江仲裁委员会 award for 对虾 cold-storage fees against a seafood trader: an account frozen and deducted, the rest paid
under a 执行和解协议, closed 执行完毕 (the commission's 生效证明 behind the award). A boatyard enforces 湛江中院's 二审
judgment for repairing a fishing boat: the boat seized and the 渔船 registry told to register the seizure, nothing
else, 限制消费 and 失信, the applicant heard, 终本, archived (cover and catalogue first, the 生效证明书 behind the
judgment). A lender enforces 赤坎法院's own 民间借贷 judgment: the borrower's account frozen and deducted in full —
handed in without the lawyer's 律师执业证 copy. Every page went through the archive system's multi-page TIFFs and a
PDF converter that ignored their differing x and y resolutions."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_cx_capture as cap
from dossier.corpus.families.court_cx import made_on, render
from dossier.corpus.families.court_cx_plans import MISSING

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)

A4 = 297 / 210


def test_court_cx_seqs_lie_in_its_range() -> None:
    plans = family_plans("court_cx")
    assert len(plans) == 3 and all(92000 <= p.seq <= 92999 for p in plans)
    assert all(p.name.startswith(f"court_cx_0{i}_") for i, p in enumerate(plans, 1))
    broken = [p for p in plans if not p.complete]
    assert len(broken) == 1 and MISSING not in [d.code for d in broken[0].docs]


def test_each_story_is_drawn_in_its_makers_words() -> None:
    shrimp, boat, loan = case_of("court_cx_01"), case_of("court_cx_02"), case_of("court_cx_03")
    award = text_of(render("enforcement_basis", shrimp, random.Random(0), []))
    assert "湛江仲裁委员会" in award and "对虾" in award and "终局裁决" in award
    assert "生效证明" in text_of(render("effectiveness_certificate", shrimp, random.Random(0), [])).replace(" ", "")
    appeal = text_of(render("enforcement_basis", boat, random.Random(0), []))
    assert "广东省湛江市中级人民法院" in appeal and "驳回上诉，维持原判" in appeal and boat.extra["boat"] in appeal
    notice = text_of(render("assistance_notice", boat, random.Random(0), []))
    assert "渔船登记" in notice and boat.extra["boat"] in notice
    ttr = text_of(render("termination_this_round_ruling", boat, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    own = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "广东省湛江市赤坎区人民法院" in own and "民间借贷" in own
    assert "执行和解协议" in text_of(render("settlement_agreement", shrimp, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_cx_01", "court_cx_02", "court_cx_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_cx") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _sheet() -> Sheet:
    return render("enforcement_notice", case_of("court_cx_02"), random.Random(0), [])[0]


def _grey(sheet: Sheet, plan: cap.TiffPage, seed: int) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    return np.asarray(img.convert("L"), dtype=np.float32)


def test_pages_of_one_tiff_share_their_stretch_and_runs_differ() -> None:
    sheet = Sheet()
    rng = random.Random(11)
    plans = [cap.plan_capture(rng, sheet) for _ in range(60)]
    runs: dict[int, set[tuple[int, int, bool]]] = {}
    for p in plans:
        runs.setdefault(p.run, set()).add((p.dpi, p.yres, p.bitonal))
    assert len(runs) >= 5 and all(len(v) == 1 for v in runs.values()), "one stretch and mode per TIFF file"
    assert len({next(iter(v)) for v in runs.values()}) >= 4, "the runs differ"
    assert [p.page_no for p in plans] == list(range(1, 61)) and len({p.volume for p in plans}) == 1
    assert any(p.bitonal for p in plans) and not all(p.bitonal for p in plans)
    for p in plans:
        assert 100 <= min(p.dpi, p.yres) <= (150 if p.bitonal else 200)
        assert p.dpi == p.yres or 1.04 <= max(p.dpi, p.yres) / min(p.dpi, p.yres) <= 1.16


def test_a_mismatched_file_comes_out_stretched_with_a_square_label_in_its_corner() -> None:
    sheet = _sheet()
    seen = set()
    for seed in range(40):
        plan = cap.plan_capture(random.Random(seed), sheet)
        if plan.dpi == plan.yres or plan.bitonal or plan.corner != "tr" or (plan.yres > plan.dpi) in seen:
            continue
        seen.add(plan.yres > plan.dpi)
        a = _grey(sheet, plan, seed)
        h, w = a.shape
        assert (w, h) == (round(sheet.width * plan.dpi / 200), round(sheet.height * plan.yres / 200))
        aspect = (h / w) / A4
        assert 0.84 <= aspect <= 0.96 or 1.04 <= aspect <= 1.16, "no longer A4"
        corner = a[: h // 12, w - w // 4:]
        assert (corner < 80).mean() > 0.004, "the black index label sits in the corner"
        rows = np.where((corner < 80).any(axis=1))[0]
        assert rows.size and rows.max() - rows.min() < h // 20, "a small label"
        if len(seen) == 2:
            break
    assert seen == {True, False}, "pages stretched both ways"


def test_g4_pages_are_black_and_white_and_grey_pages_are_grey() -> None:
    sheet = _sheet()
    kinds = set()
    for seed in range(30):
        plan = cap.plan_capture(random.Random(seed), sheet)
        a = _grey(sheet, plan, seed)
        mid = (a > 60) & (a < 195)
        if plan.bitonal:
            assert mid.mean() < 0.03, "1-bit: almost nothing between black and white"
            assert (a < 60).mean() > 0.01
        else:
            assert np.percentile(a, 95) < 252 and mid.mean() > 0.01, "grey paper and grey edges"
        kinds.add(plan.bitonal)
        if len(kinds) == 2:
            break
    assert kinds == {True, False}
