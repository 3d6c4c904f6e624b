"""court_es (四川省遂宁市船山区人民法院): three dossiers of 遂宁. A 碳酸锂 supplier enforces this court's judgment against a
battery maker (deducted, settled, paid, archived: cover and catalogue first, the 生效证明书 behind the judgment); a pig
farm cooperative enforces a 遂宁仲裁委员会 award against a closed meat processor (终本 after 限制消费, 失信 and a talk
with the applicant's lawyer); a lender enforces a mediation statement against a 观音文化 goods company — without the
送达地址确认书. The window's forms are e-signed on a tablet and exported at 96 dpi; paper is scanned grey at 200–300 dpi."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.families import court_es_capture as cap
from dossier.corpus.families.court_es import made_on, render
from dossier.corpus.families.court_es_kit import ESheet
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_es_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_es")]
    assert len(seqs) == 3 and all(92000 <= s <= 92999 for s in seqs)
    assert all(p.name.startswith(f"court_es_0{i}_") for i, p in enumerate(family_plans("court_es"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_es_01", "court_es_02", "court_es_03"):
        c = case_of(prefix)
        assert "川0903执92" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    lithium, pork, loan = case_of("court_es_01"), case_of("court_es_02"), case_of("court_es_03")
    basis = text_of(render("enforcement_basis", lithium, random.Random(0), []))
    assert "碳酸锂" in basis and "民事判决书" in basis and "四川省遂宁市船山区人民法院" in basis
    award = text_of(render("enforcement_basis", pork, random.Random(0), []))
    assert "遂宁仲裁委员会" in award and "裁决书" in award and "商品猪" in award
    assert "民事调解书" in text_of(render("enforcement_basis", loan, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", pork, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结" in ttr and "生猪买卖合同纠纷" in ttr


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_es_01", "court_es_02", "court_es_03"):
        c = case_of(prefix)
        for p in family_plans("court_es"):
            if not p.name.startswith(prefix):
                continue
            for d in p.docs:
                if d.code != "service_receipt":
                    continue
                sheet = render("service_receipt", c, random.Random(7), d.served)[0]
                assert isinstance(sheet, ESheet)
                got = [date(*map(int, m)) for line in sheet.lines
                       for m in re.findall(r"^(\d{4})-(\d{2})-(\d{2}) \d{2}:\d{2}:\d{2}$", line)]
                assert len(got) == 1, sheet.lines
                assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_tablet_forms_are_exported_at_96_dpi_with_a_flat_red_e_seal_and_pressure_strokes() -> None:
    c = case_of("court_es_02")
    sheet = render("payment_account_confirmation", c, random.Random(3), [])[0]
    plan = cap.plan_capture(random.Random(1), sheet)
    assert plan.exported and plan.dpi == 96 and plan.rotation == 0 and not plan.photo
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(1))))
    assert img.info["dpi"][0] == 96 and img.size == (794, 1123) and img.mode == "RGB"
    a = np.asarray(img, dtype=np.int32)
    assert np.percentile(a[..., 1], 50) > 250, "born digital: flat white, no paper tone"
    red = (a[..., 0] > 180) & (a[..., 1] < 80) & (a[..., 2] < 90)
    assert red.sum() > 1500, "the electronic seal is a saturated red image"
    _ys, xs = np.nonzero(red)
    assert xs.mean() > 794 * 0.6, "pasted at the system's fixed place, right of the page"
    grey = a.mean(axis=2)
    mid_tone = ((grey > 60) & (grey < 200)).sum()
    dark = (grey <= 60).sum()
    assert mid_tone > 0.3 * dark, "anti-aliased system font and ink edges"


def test_paper_is_scanned_grey_at_200_to_300_dpi() -> None:
    c = case_of("court_es_01")
    sheet = render("enforcement_notice", c, random.Random(0), [])[0]
    for seed in range(3):
        plan = cap.plan_capture(random.Random(seed), sheet)
        assert not plan.exported and 200 <= plan.dpi <= 300 and abs(plan.skew) < 1.5
        img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
        assert img.mode == "L" and img.width == round(sheet.width * plan.dpi / 200)
        a = np.asarray(img, dtype=np.float32)
        paper = np.percentile(a, 90)
        assert 215 < paper < 250, "grey scan, never pure white"
        assert paper - np.percentile(a, 1) > 120, "text stays dark"
