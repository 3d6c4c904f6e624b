"""court_fh (内蒙古自治区乌海市海勃湾区人民法院): three 乌海 dossiers of 2016–2018. A 千里山镇 grape growers' cooperative
enforces this court's judgment for wine grapes against a winery (account at 乌海银行 frozen, paid, 执行完毕, archived with
the civil division's 生效证明书 behind the judgment); a coal-truck owner enforces a 乌海仲裁委员会 award for haulage
against a coking plant shut in the clean-up (nothing left, 限制消费 and 失信, heard, 终本); a micro-lender enforces a
notarised loan with the 海勃湾公证处's 执行证书 against a 乌海湖 water-sports owner who settles and pays — without the
收取执行款确认书. Every page is a frame scanned back from 16 mm microfilm: grain, low contrast, vignetting, film black
at the edges, the roll's scratches at the same place on every frame, white dust."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fh_capture as cap
from dossier.corpus.families.court_fh import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_fh_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fh")]
    assert len(seqs) == 3 and all(72000 <= s <= 72999 for s in seqs)
    assert not set(seqs) & {72118, 72465, 72803}, "court_u's cases"
    assert all(p.name.startswith(f"court_fh_0{i}_") for i, p in enumerate(family_plans("court_fh"), 1))


def test_the_cases_are_of_the_filmed_years_with_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fh_01", "court_fh_02", "court_fh_03"):
        c = case_of(prefix)
        assert "蒙0302执72" in c.number and 2016 <= c.filed_on.year <= 2018
        assert c.number.startswith(f"（{c.filed_on.year}）")
        assert c.closed_on > c.filed_on and c.basis_effective < c.filed_on
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    grape, coke, lake = case_of("court_fh_01"), case_of("court_fh_02"), case_of("court_fh_03")
    judgment = text_of(render("enforcement_basis", grape, random.Random(0), []))
    assert "民事判决书" in judgment and "蒙0302民初" in judgment and "葡萄" in judgment and "判决如下" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", grape, random.Random(0), []))
    award = text_of(render("enforcement_basis", coke, random.Random(0), []))
    assert "乌海仲裁委员会" in award and "乌仲裁字" in award and "裁决如下" in award and "焦化" in award
    assert "生效" in text_of(render("effectiveness_certificate", coke, random.Random(0), []))
    deed = render("enforcement_basis", lake, random.Random(0), [])
    assert "公证书" in text_of(deed[:1]) and "借款合同" in text_of(deed[-1:]) and "乌海湖" in text_of(deed)
    certificate = text_of(render("effectiveness_certificate", lake, random.Random(0), []))
    assert "执行证书" in certificate and str(lake.extra["cert_no"]) in certificate
    ttr = text_of(render("termination_this_round_ruling", coke, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "第五百一十九条" in ttr
    ruling = text_of(render("enforcement_ruling", grape, random.Random(0), []))
    assert "执行裁定书" in ruling and grape.extra["r_acct"] in ruling and "裁定如下" in ruling
    notice = text_of(render("enforcement_notice", grape, random.Random(0), []))
    assert "第二百四十条" in notice, "2017: the article of the 2012/2017 text"
    record = text_of(render("investigation_record", coke, random.Random(0), []))
    assert "调查笔录" in record and "焦炉" in record


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_fh_01", "court_fh_02", "court_fh_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fh") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _frame(sheet: Sheet, seed: int, **change: object) -> tuple[cap.FilmFrame, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img, dtype=np.float32)


def _strip() -> Sheet:
    s = Sheet(size=(mm(180), mm(120)))
    s.lines.append("x")
    return s


STILL = {"rotation": 0, "tilt": 0.0, "blur": 0.0, "specks": 0, "hairs": 0, "neighbour": "", "blip": False, "wobble": [0.0] * 4,
         "border": (0.0, 0.0, 0.0, 0.0), "vignette": 0.0, "side": 0.0}


def test_the_rolls_scratches_run_at_the_same_place_on_every_frame() -> None:
    for seed, dpi in ((1, 200), (2, 300)):
        s = _strip()
        s.image.paste((0, 0, 0), (0, mm(50), s.width, mm(70)))  # across black the bright scratches show
        _, a = _frame(s, seed, dpi=dpi, grain=2.0, scratch_depth=(0.8, 0.8, 0.8), **STILL)
        h, w = a.shape
        assert w == round(mm(180) * dpi / 200)
        paper = a[: h // 4]
        band = a[round(mm(53) * dpi / 200): round(mm(67) * dpi / 200)]
        for pos, _width, sign in cap.SCRATCHES:
            x = round(pos * w)
            if sign > 0:
                assert band[:, max(0, x - 1): x + 3].mean(axis=0).max() > float(np.median(band)) + 80, (seed, pos)
            else:
                assert paper[:, max(0, x - 1): x + 3].mean(axis=0).min() < float(np.median(paper)) - 60, (seed, pos)
            top, bottom = a[: h // 8, x - 1: x + 3], a[-h // 8:, x - 1: x + 3]
            assert abs(top.mean() - bottom.mean()) < 25, "the whole height of the frame"


def test_film_grain_low_contrast_and_the_black_border() -> None:
    s = _strip()
    s.image.paste((0, 0, 0), (mm(20), mm(50), mm(60), mm(70)))
    _, a = _frame(s, 5, dpi=200, grain=9.0, black=40.0, white=210.0, gamma=1.0, scratch_depth=(0.0, 0.0, 0.0),
                     **STILL)
    paper = a[mm(10): mm(40), mm(80): mm(160)]
    assert 190 < float(np.median(paper)) < 225, "paper filmed grey, never white"
    assert 5 < float(paper.std()) < 16, "grain, but readable"
    ink = a[mm(53): mm(67), mm(24): mm(56)]
    assert 20 < float(np.median(ink)) < 70, "ink filmed dark grey, never black"
    framed = {**STILL, "border": (0.04, 0.03, 0.0, 0.0)}
    _, b = _frame(_strip(), 6, dpi=200, grain=3.0, scratch_depth=(0.0, 0.0, 0.0), **framed)
    assert b.shape[1] > round(mm(180) * 1.03)
    assert float(np.median(b[b.shape[0] // 2, :5])) < cap.FILM_BLACK + 20, "film black at the left of the frame"
    _, v = _frame(_strip(), 7, dpi=200, grain=2.0, scratch_depth=(0.0, 0.0, 0.0), **{**STILL, "vignette": 0.25})
    assert v[:20, :20].mean() < v[v.shape[0] // 2 - 10: v.shape[0] // 2 + 10, v.shape[1] // 2 - 10: v.shape[1] // 2 + 10].mean() - 20


def test_the_frames_stay_within_the_scanners_range() -> None:
    page = Sheet()
    plans = [cap.plan_capture(random.Random(k), page) for k in range(200)]
    assert all(p.dpi in (200, 240, 300) and 45 <= p.quality <= 82 and not p.photo for p in plans)
    assert all(abs(p.tilt) <= 1.8 and p.blur <= 1.5 and p.rotation in (0, 180) for p in plans)
    assert 0 < sum(p.rotation == 180 for p in plans) < 12, "a rare page filmed upside down"
    assert 10 < sum(p.blur > 0.8 for p in plans) < 70, "some frames out of focus"
    assert len({round(p.white) for p in plans}) > 20, "density varies frame to frame"
    wide = Sheet(size=(mm(297), mm(210)))
    assert cap.plan_capture(random.Random(1), wide).rotation == 90, "a landscape sheet filmed turned"
