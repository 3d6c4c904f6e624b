"""court_du (河北省秦皇岛市海港区人民法院): three dossiers of the port district. A 港口物流 company enforces 秦皇岛中院's 二审
judgment (港口作业费, 堆存费) against a freight forwarder: an account frozen, settled and paid, archived (cover and catalogue
first, 海港's own 生效证明书 right behind the judgment). A 水产冷链 wholesaler enforces a 秦皇岛仲裁委员会 award against a
seaside restaurant company closed after the season: nothing found, 限制消费 and 失信, the lawyer heard, 终本. A flat buyer
enforces 北戴河区法院's judgment for 逾期交房违约金 against a developer, settled and paid — without the 送达地址确认书.
Every page went through an old copier with a dirty drum (fog, a smudge every ≈94 mm, fat strokes) before a 200 dpi grey
scan; the long received papers were 缩印 two pages to a sheet."""

from __future__ import annotations

import io
import itertools
import random
import re
from datetime import date
from typing import Any

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_du_capture as cap
from dossier.corpus.families.court_du import made_on, render
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_du_01", "court_du_02", "court_du_03")


def test_court_du_seqs_lie_in_its_range() -> None:
    plans = family_plans("court_du")
    assert len(plans) == 3 and all(34500 <= p.seq <= 34999 for p in plans)
    assert all(p.name.startswith(f"court_du_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.stage for p in plans].count("archive") == 1 and [p.complete for p in plans] == [True, True, False]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "冀0302执345" in c.number or "冀0302执346" in c.number or "冀0302执348" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    port, seafood, flat = (case_of(p) for p in PREFIXES)
    basis = text_of(render("enforcement_basis", port, random.Random(0), []))
    assert "河北省秦皇岛市中级人民法院" in basis and "驳回上诉，维持原判" in basis and "港口作业" in basis
    award = text_of(render("enforcement_basis", seafood, random.Random(0), []))
    assert "秦皇岛仲裁委员会" in award and "裁决如下" in award and "水产品" in award
    assert "仲裁法" in text_of(render("effectiveness_certificate", seafood, random.Random(0), []))
    assert "财产所在地" in text_of(render("enforcement_application", flat, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", seafood, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    ruling = text_of(render("enforcement_ruling", port, random.Random(0), []))
    assert "执行裁定书" in ruling and port.extra["r_acct"] in ruling and "扣划" in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        for p in family_plans("court_du"):
            if not p.name.startswith(prefix):
                continue
            for d in p.docs:
                if d.code != "service_receipt":
                    continue
                lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
                got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
                assert len(got) == 1, lines
                assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_a_long_received_paper_is_reduced_two_pages_to_a_sheet_and_scanned_portrait() -> None:
    sheets = render("enforcement_basis", case_of("court_du_03"), random.Random(0), [])
    assert all(s.width > s.height for s in sheets), "缩印 originals are landscape: two pages side by side"
    text = text_of(sheets)
    assert "北戴河区人民法院" in text and "逾期交房违约金" in text
    n = int(re.search(r"共(\d+)页", text).group(1))  # type: ignore[union-attr]
    assert n >= 2 and len(sheets) == (n + 1) // 2
    assert "第1页 共" in "".join(sheets[0].lines) and "第2页 共" in "".join(sheets[0].lines)
    plan = cap.plan_capture(random.Random(1), sheets[0])
    assert plan.rotation == 90 and plan.dpi == 200 and not plan.photo
    img = Image.open(io.BytesIO(cap.capture(sheets[0], plan, random.Random(1))))
    assert img.mode == "L" and img.width < img.height and img.size == (sheets[0].height, sheets[0].width)
    a: Any = np.asarray(img, dtype=np.float32)
    h = a.shape[0]
    inked = [(a[k * h // 2: (k + 1) * h // 2] < 110).mean() for k in (0, 1)]
    assert all(v > 0.01 for v in inked), "both halves hold a page"


def _copy(sheet: Sheet, seed: int, **over: Any) -> tuple[cap.Copy, Any]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in over.items():
        setattr(plan, k, v)
    data = cap.capture(sheet, plan, random.Random(seed))
    img = Image.open(io.BytesIO(data))
    assert img.info["dpi"][0] == 200 and img.mode == "L"
    return plan, np.asarray(img, dtype=np.float32)


def test_the_copy_is_fogged_grey_and_still_readable() -> None:
    sheet = render("enforcement_notice", case_of("court_du_02"), random.Random(0), [])[0]
    for seed in range(2):
        plan, a = _copy(sheet, seed)
        assert plan.rotation == 0 and abs(plan.skew) <= 1.2
        h, w = a.shape
        mid = a[h // 3: 2 * h // 3, w // 4: 3 * w // 4]
        paper = np.percentile(mid, 75)
        assert 200 < paper < 238, "toner fog: white paper comes out grey"
        assert paper - np.percentile(mid, 1) > 120, "the text stays dark against the fog"


def test_the_drum_smudge_repeats_every_94_mm_down_the_page() -> None:
    blank = Sheet()
    blank.lines.append("x")
    plan, a = _copy(blank, 4, specks=0, skew=0.0, smudge_x=0.5, smudge_depth=60.0, fog_slope=0.0)
    assert len(plan.marks) >= 3
    h, w = a.shape
    col = a[:, w // 2 - 10: w // 2 + 10].mean(axis=1)
    dark = [int(y) for y in plan.marks if 20 < y < h - 20]
    assert all(col[y] < np.median(col) - 20 for y in dark), "a smudge at each turn of the drum"
    gaps = np.diff(dark)
    assert np.allclose(gaps, mm(94), rtol=0.02), gaps
    off = [int((p + q) / 2) for p, q in itertools.pairwise(dark)]
    assert all(col[y] > np.median(col) - 6 for y in off), "clean between the smudges"


def test_the_copier_fattens_strokes() -> None:
    sheet = Sheet()
    f = font("song_gb", int(mm(5)))
    for k in range(12):
        sheet.text(mm(25), mm(30 + 12 * k), "秦皇岛市海港区港口作业费堆存费执行", f)
    _, thin = _copy(sheet, 2, fatten=0, specks=0, skew=0.0, smudge_depth=0.0)
    _, fat = _copy(sheet, 2, fatten=2, specks=0, skew=0.0, smudge_depth=0.0)
    assert (fat < 120).sum() > (thin < 120).sum() * 1.25
