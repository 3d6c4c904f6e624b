"""court_dl (山西省大同市平城区人民法院): three dossiers of the old 大同 coal town. A 煤炭运销 company enforces 大同中院's
二审 judgment on a coal-haulage contract against a logistics firm: a tractor-trailer 查封, appraised (the firm's 评估报告
cover) and auctioned (the auction house's 拍卖成交确认书), paid, archived in archive order. A boiler works enforces this
court's 调解书 against a heating company with nothing left: 终本. A cook enforces a labour arbitration award against a
vinegar shop that pays — without a 送达地址确认书. Every sheet was scanned on an old A3 flatbed set to auto-size: a wide
canvas, the A4 sheet at the left, the grey lid to the right; the 中院 judgment came printed 2-up on A3."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import A4, Sheet
from dossier.corpus.families import court_dl_capture as cap
from dossier.corpus.families.court_dl import made_on, render
from dossier.corpus.families.court_dl_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_dl_seqs_lie_in_its_range_and_the_archive_is_in_archive_order() -> None:
    ours = family_plans("court_dl")
    assert len(ours) == 3 and all(6500 <= p.seq <= 6900 for p in ours)
    assert all(p.name.startswith(f"court_dl_0{i}_") for i, p in enumerate(ours, 1))
    codes = [d.code for d in ours[0].docs]
    assert codes[:2] == ["dossier_cover", "catalogue"] and codes[-2:] == ["file_review_form", "remarks_sheet"]
    assert codes[codes.index("enforcement_basis") + 1] == "effectiveness_certificate"
    assert MISSING not in [d.code for d in ours[2].docs]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_dl_01", "court_dl_02", "court_dl_03"):
        c = case_of(prefix)
        assert "晋0213执" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    coal, heat, wage = case_of("court_dl_01"), case_of("court_dl_02"), case_of("court_dl_03")
    judgment = render("enforcement_basis", coal, random.Random(0), [])
    assert len(judgment) == 1 and judgment[0].size == (2 * A4[0], A4[1]), "the 中院 judgment printed 2-up on A3"
    words = text_of(judgment)
    assert "山西省大同市中级人民法院" in words and "驳回上诉，维持原判" in words and "煤炭" in words
    assert "民事调解书" in "".join(text_of(render("enforcement_basis", heat, random.Random(0), [])).split())
    assert "劳动人事争议仲裁委员会" in text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "评估报告" in text_of(render("evidence", coal, random.Random(0), ["appraisal"]))
    assert "拍卖成交确认书" in text_of(render("evidence", coal, random.Random(0), ["auction"]))
    ruling = text_of(render("enforcement_ruling", coal, random.Random(0), []))
    assert coal.extra["plate"] in ruling and "查封" in ruling
    ttr = text_of(render("termination_this_round_ruling", heat, random.Random(0), []))
    assert "执行裁定书" in "".join(ttr.split()) and "终结本次执行程序" in ttr
    form = render("enforcement_application", wage, random.Random(0), [])[0]
    assert wage.applicant.id_number in form.lines, "the worker wrote his ID number into the form"


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for k, prefix in enumerate(("court_dl_01", "court_dl_02", "court_dl_03")):
        c = case_of(prefix)
        for d in family_plans("court_dl")[k].docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _scan(sheet: Sheet, seed: int) -> tuple[cap.AutoSizeScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == pytest.approx(200, abs=1)
    return plan, np.asarray(img, dtype=np.float32)


def test_an_a4_sheet_lands_left_on_a_wide_canvas_with_the_grey_lid_right() -> None:
    sheet = render("enforcement_notice", case_of("court_dl_02"), random.Random(0), [])[0]
    for seed in (4,):
        plan, a = _scan(sheet, seed)
        h, w = a.shape
        assert w > h * 1.35, "A3 landscape canvas"
        assert plan.rotation == 0 and not plan.photo and abs(plan.tilt) <= 1.5
        paper = np.percentile(a[h // 3: 2 * h // 3, w // 10: w // 3], 90)
        lid = a[h // 4: 3 * h // 4, int(w * 0.62): int(w * 0.95)]
        assert paper > 215, "white A4 paper at the left"
        assert 100 < lid.mean() < 175 and lid.std() < 12, "even grey lid at the right, no text"
    tilts = [cap.plan_capture(random.Random(s), sheet).tilt for s in range(40)]
    assert max(abs(t) for t in tilts) > 0.8 and all(abs(t) <= 1.5 for t in tilts)


def test_a_two_up_sheet_fills_the_whole_canvas() -> None:
    wide = render("enforcement_basis", case_of("court_dl_01"), random.Random(0), [])[0]
    _, a = _scan(wide, 1)
    h, w = a.shape
    right_half = a[h // 3: 2 * h // 3, int(w * 0.6): int(w * 0.9)]
    assert np.percentile(right_half, 90) > 215, "the second page is paper, not the lid"
    assert right_half.min() < 90, "and carries text"
