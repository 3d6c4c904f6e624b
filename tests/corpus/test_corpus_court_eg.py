"""court_eg (湖北省荆门市东宝区人民法院): a foreman's 劳务费 judgment against a 荆门 construction firm — deducted, settled,
paid, archived (cover and catalogue first, the 生效证明书 right behind the judgment); a 民间借贷 lender against a rice-mill
owner with nothing left — 限制消费, 失信, heard, 终本; a pedestrian hurt by a phosphate-ore lorry, paid after a
settlement, handed in without the 财产线索表. Pages went through an over-toned, hot-fuser copier before the scanner;
the bureau's last forms mostly escaped it."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_eg_capture as cap
from dossier.corpus.families.court_eg import made_on, render
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_eg_seqs_lie_in_its_range_and_name_their_order() -> None:
    ps = family_plans("court_eg")
    assert len(ps) == 3 and all(58000 <= p.seq <= 58999 for p in ps)
    assert all(p.name.startswith(f"court_eg_0{i}_") for i, p in enumerate(ps, 1))


def test_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_eg_01", "court_eg_02", "court_eg_03"):
        c = case_of(prefix)
        assert "鄂0802执58" in c.number and "鄂0802民初" in c.basis_number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_told_in_its_makers_words() -> None:
    wage, loan, crash = case_of("court_eg_01"), case_of("court_eg_02"), case_of("court_eg_03")
    basis = text_of(render("enforcement_basis", wage, random.Random(0), [])).replace(" ", "")
    assert "民事判决书" in basis and "判决如下" in basis and "劳务" in basis
    assert "民间借贷" in text_of(render("enforcement_application", loan, random.Random(0), []))
    assert crash.extra["plate"] in text_of(render("enforcement_basis", crash, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ttr and "裁定如下" in ttr and "终结本次执行程序。" in ttr
    assert "生效证明书" in text_of(render("effectiveness_certificate", wage, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_eg"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def _glyphs() -> Sheet:
    s = Sheet()
    s.text(200, 300, "口日目" * 8, font("serif", 28))
    s.line(200, 500, 1400, 500, width=1)
    s.box(300, 800, 1300, 1400, width=2)
    s.draw.rectangle((500, 1000, 900, 1200), fill=(25, 25, 28))
    return s


def _shot(sheet: Sheet, plan: cap.Copy) -> np.ndarray:
    data = cap.capture(sheet, plan, random.Random(1))
    img = Image.open(io.BytesIO(data))
    assert img.mode == "L" and abs(img.info["dpi"][0] - plan.dpi) < 1
    return np.asarray(img, dtype=np.float32)


def test_the_copier_swells_strokes_fills_counters_and_leaves_a_haze() -> None:
    sheet = _glyphs()
    plan = cap.plan_capture(random.Random(2), sheet)
    plan.dpi, plan.skew, plan.copied, plan.swell, plan.streak, plan.haze = 200, 0.0, True, 3, -1.0, 50
    copied = _shot(sheet, plan)
    plan.copied = False
    clean = _shot(sheet, plan)
    dark = (copied < 128).sum() / max(1, (clean < 128).sum())
    assert dark > 1.4, "strokes swell on the copy"
    rule_c = (copied[480:520, 600:1000] < 128).sum(axis=0).mean()
    rule_o = (clean[480:520, 600:1000] < 128).sum(axis=0).mean()
    assert rule_c > rule_o + 2, "a thin rule thickens"
    ring_c, ring_o = copied[960:990, 600:800].mean(), clean[960:990, 600:800].mean()
    assert ring_o - ring_c > 8, "a grey haze settles round the dark block"
    assert clean[1500:1700, 200:400].mean() > 215 and copied[1500:1700, 200:400].mean() > 200


def test_plans_stay_in_the_copiers_ranges_and_late_forms_mostly_escape() -> None:
    plain, late = Sheet(), Sheet()
    plain.lines.append("执 行 通 知 书")
    late.lines.append("卷宗复核表")
    ps = [cap.plan_capture(random.Random(s), plain) for s in range(40)]
    assert all(p.copied and 200 <= p.dpi <= 300 and 55 <= p.quality <= 80 and abs(p.skew) <= 1.6 for p in ps)
    assert sum(not cap.plan_capture(random.Random(s), late).copied for s in range(40)) > 20
