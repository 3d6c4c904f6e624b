"""court_ea (新疆维吾尔自治区喀什市人民法院): three dossiers of 喀什. A 干果 trading company enforces a 喀什仲裁委员会 award
against a cold-chain logistics company — account frozen and deducted, the money paid out, archived (cover and catalogue
first, the commission's 生效证明书 right behind the award). A 维吾尔族 bricklayers' foreman enforces the court's own
劳务费 judgment against a construction-labour company with nothing left: 限制消费, 失信, the site's equipment gone, the
foreman heard through a translator, 终本. A lender enforces a 民间借贷 judgment against an 艾德莱斯 workshop owner who
settles and pays — without the 财产线索表. The court's papers carry Uyghur above the Chinese; every sheet was
photographed with a phone scanning app that now and then takes a wrong corner (desk wedge) or crops too tight."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ea_capture as cap
from dossier.corpus.families.court_ea import made_on, render
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

ARABIC = re.compile("[\u0600-\u06ff]")


def test_court_ea_seqs_lie_in_its_range() -> None:
    ours = family_plans("court_ea")
    assert len(ours) == 3 and all(44000 <= p.seq <= 44999 for p in ours)
    assert all(p.name.startswith(f"court_ea_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ea_01", "court_ea_02", "court_ea_03"):
        c = case_of(prefix)
        assert "新3101执44" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    nuts, wages, silk = case_of("court_ea_01"), case_of("court_ea_02"), case_of("court_ea_03")
    award = text_of(render("enforcement_basis", nuts, random.Random(0), []))
    assert "喀什仲裁委员会" in award and "裁决如下" in award and "巴旦木" in award
    judgment = text_of(render("enforcement_basis", wages, random.Random(0), []))
    assert "民事判决书" in judgment and "劳务费" in judgment and "判决如下" in judgment
    ttr = text_of(render("termination_this_round_ruling", wages, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    record = text_of(render("interview_record", wages, random.Random(0), []))
    assert "翻译人员" in record and wages.applicant.name in record
    assert "艾德莱斯" in text_of(render("enforcement_basis", silk, random.Random(0), []))
    assert "执行和解协议" in text_of(render("settlement_agreement", silk, random.Random(0), []))


def test_the_courts_own_papers_are_bilingual_and_received_ones_mostly_not() -> None:
    c = case_of("court_ea_02")
    notice = render("enforcement_notice", c, random.Random(0), [])
    assert ARABIC.search(notice[0].lines[0]) and "新疆维吾尔自治区喀什市人民法院" in notice[0].lines[1]
    assert "执行通知书" in notice[0].lines
    application = text_of(render("enforcement_application", c, random.Random(0), []))
    assert not ARABIC.search(application)


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_ea_01", "court_ea_02", "court_ea_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ea") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _shot(fault: str, *, grey: bool, corner: int = 0) -> tuple[cap.AppScan, np.ndarray]:
    sheet = Sheet(size=(620, 877))  # a small sheet with a ruled frame and a line of print: the capture at its own scale
    sheet.box(30, 40, 590, 837, width=3)
    sheet.text(60, 80, "受理案件通知书", font("serif_bold", 40))
    plan = cap.plan_capture(random.Random(11), sheet)
    plan.fault, plan.grey, plan.corner, plan.wobble = fault, grey, corner, 0.0
    plan.desk, plan.reach, plan.light = (110, 80, 55), (0.06, 0.05), 0.05
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(11))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.mode == ("L" if grey else "RGB")
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_a_wrong_corner_leaves_a_wedge_of_desk_in_that_corner_only() -> None:
    for corner in range(4):
        _, a = _shot("corner", grey=False, corner=corner)
        k = 6
        boxes = [a[:k, :k], a[:k, -k:], a[-k:, -k:], a[-k:, :k]]
        means = [float(b.mean()) for b in boxes]
        assert means[corner] < 140, (corner, means)
        assert all(m > 200 for i, m in enumerate(means) if i != corner), (corner, means)
    _, right = _shot("", grey=False)
    assert min(float(b.mean()) for b in (right[:6, :6], right[-6:, -6:])) > 200


def test_a_tight_crop_loses_a_strip_and_grey_mode_flattens_the_paper() -> None:
    plan, tight = _shot("tight", grey=True)
    _, full = _shot("", grey=True)
    assert tight.shape == full.shape
    rows_t, rows_f = np.where(tight.mean(axis=1) < 245)[0], np.where(full.mean(axis=1) < 245)[0]
    cols_t, cols_f = np.where(tight.mean(axis=0) < 245)[0], np.where(full.mean(axis=0) < 245)[0]
    moved = {"top": rows_f[0] - rows_t[0], "bottom": rows_t[-1] - rows_f[-1],
             "left": cols_f[0] - cols_t[0], "right": cols_t[-1] - cols_f[-1]}[plan.edge]
    assert moved >= 2, (plan.edge, moved)
    assert np.percentile(full, 60) > 235, "the app's document mode whitens the paper"
    faults = [cap.plan_capture(random.Random(s), Sheet()).fault for s in range(80)]
    assert 40 < faults.count("") < 75 and faults.count("corner") > 3 and faults.count("tight") > 3
