"""court_ey (江苏省连云港市海州区人民法院): three dossiers of 连云港. A 赣榆 紫菜 processor enforces the court's own judgment
for dried laver against a 海州 food trader: an account frozen and deducted, the rest paid under a settlement, closed
执行完毕 and archived (cover and catalogue first, the court's 生效证明书 right behind the judgment). A cold-chain company
enforces a 连云港仲裁委员会 award for cold-store rent against a seafood trader who left the market: nothing found,
限制消费 and 失信, the lawyer heard, 终本. A 东海 crystal carver enforces 连云港中院's 二审 judgment against a live-stream
company, settled and paid — without the lawyer's 执业证. The much-handled volumes were scanned on a flatbed: dog-ears,
creases, the next page's edge, barcode labels and 页码 stickers, pulled staples; some pages clean."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ey_capture as cap
from dossier.corpus.families.court_ey import made_on, render
from dossier.corpus.families.court_ey_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ey_seqs_lie_in_its_range_and_are_its_own() -> None:
    ours = family_plans("court_ey")
    assert len(ours) == 3 and all(21000 <= p.seq <= 21999 for p in ours)
    assert all(p.name.startswith(f"court_ey_0{i}_") for i, p in enumerate(ours, 1))
    assert {p.seq for p in ours}.isdisjoint({21000, 21060, 21138, 21274, 21452, 21687}), "older families' seqs"
    archive = next(p for p in ours if p.stage == "archive")
    codes = [d.code for d in archive.docs]
    assert codes[:2] == ["dossier_cover", "catalogue"] and codes[-2:] == ["file_review_form", "remarks_sheet"]
    assert codes[codes.index("enforcement_basis") + 1] == "effectiveness_certificate"
    assert MISSING not in {d.code for p in ours if not p.complete for d in p.docs}


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ey_01", "court_ey_02", "court_ey_03"):
        c = case_of(prefix)
        assert "苏0706执21" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)
    assert case_of("court_ey_03").applicant.id_number.startswith("320722"), "the carver is of 东海县"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    laver, store, crystal = case_of("court_ey_01"), case_of("court_ey_02"), case_of("court_ey_03")
    own = text_of(render("enforcement_basis", laver, random.Random(0), []))
    assert "江苏省连云港市海州区人民法院" in own and "苏0706民初" in own and "紫菜" in own
    award = text_of(render("enforcement_basis", store, random.Random(0), []))
    assert "连云港仲裁委员会" in award and "裁　决　书" in award and "冷库" in award
    assert "生效证明" in text_of(render("effectiveness_certificate", store, random.Random(0), []))
    appeal = text_of(render("enforcement_basis", crystal, random.Random(0), []))
    assert "江苏省连云港市中级人民法院" in appeal and "苏07民终" in appeal and "驳回上诉，维持原判" in appeal
    assert "水晶" in appeal
    ttr = text_of(render("termination_this_round_ruling", store, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    ruling = text_of(render("enforcement_ruling", laver, random.Random(0), []))
    assert "执行裁定书" in ruling and laver.extra["acct"] in ruling and "扣划" in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_ey_01", "court_ey_02", "court_ey_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ey") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
        assert made_on(c, "payment_voucher") > made_on(c, "settlement_agreement") or prefix == "court_ey_02"


def _grey(sheet: Sheet, plan: cap.Handled, seed: int) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(sheet.width * plan.dpi / 200)
    return np.asarray(img.convert("L"), dtype=np.float32)


def _bare(seed: int) -> tuple[Sheet, cap.Handled]:
    sheet = render("acceptance_notice", case_of("court_ey_01"), random.Random(0), [])[0]
    plan = cap.plan_capture(random.Random(seed), sheet)
    plan.ears, plan.creases, plan.overlap, plan.label, plan.staple = [], [], None, None, False
    plan.dpi, plan.skew = 200, 0.0
    return sheet, plan


def test_handling_varies_page_by_page_and_some_pages_are_clean() -> None:
    plans = [cap.plan_capture(random.Random(s), Sheet()) for s in range(120)]
    assert all(p.rotation == 0 and not p.photo and 200 <= p.dpi <= 300 and abs(p.skew) <= 1.5 for p in plans)
    clean = [p for p in plans if not (p.ears or p.creases or p.overlap or p.label or p.staple)]
    assert 15 < len(clean) < 60
    assert sum(bool(p.ears) for p in plans) > 20 and sum(bool(p.creases) for p in plans) > 15
    assert sum(p.overlap is not None for p in plans) > 5 and sum(p.staple for p in plans) > 5
    assert {p.label.kind for p in plans if p.label} == {"barcode", "page"}


def test_a_dog_ear_folds_the_corner_away_and_lays_its_back_over_the_number() -> None:
    sheet, plan = _bare(1)
    a0 = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    plan.ears = [cap.DogEar("tr", 0.4, 0.22)]
    a = _grey(sheet, plan, 1)
    h, w = a.shape
    corner = a[4:30, w - 30:w - 4]
    assert abs(corner.mean() - plan.lid) < 8, "the scanner's lid shows where the corner was"
    # the flap lies over the case number (set right under the title): the print there is gone
    band = (slice(int(h * 0.13), int(h * 0.16)), slice(int(w * 0.72), int(w * 0.86)))
    assert a0[band].min() < 90 and a[band].min() > 150
    flap = a[int(h * 0.02):int(h * 0.05), int(w * 0.66):int(w * 0.7)]
    page = a[int(h * 0.02):int(h * 0.05), int(w * 0.2):int(w * 0.24)]
    assert page.mean() - flap.mean() > 5, "the paper's back is darker than its face"


def test_a_crease_a_label_the_next_page_and_a_pulled_staple_show_on_the_pixels() -> None:
    sheet, plan = _bare(2)
    plan.creases = [cap.Crease(True, 0.5, 2, 1.0)]
    plan.label = cap.Label("barcode", 0.5, 0.07, "HZ202412345678", 0.0)
    plan.overlap = cap.Overlap("bottom", 0.06, 0.0, 7)
    plan.staple = True
    a = _grey(sheet, plan, 2)
    h, w = a.shape
    rows = a[:, int(w * 0.03):int(w * 0.1)].mean(axis=1)
    y = h // 2
    assert rows[y:y + 2].mean() < rows[y - 40:y - 20].mean() - 15, "the crease's shadow line"
    tag = a[int(h * 0.07) - 20:int(h * 0.07) + 10, int(w * 0.4):int(w * 0.6)]
    assert (tag < 60).mean() > 0.2, "the barcode's bars over the header"
    edge = a[int(h * 0.94) - 12:int(h * 0.94) - 2, int(w * 0.3):int(w * 0.7)].mean()
    assert edge < a[int(h * 0.9):int(h * 0.92), int(w * 0.3):int(w * 0.7)].mean() - 8, "the next page's edge shadow"
    assert abs(a[3:10, 3:10].mean() - plan.lid) < 10, "the staple tore the corner away"
