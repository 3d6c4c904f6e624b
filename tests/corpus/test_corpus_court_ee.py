"""court_ee (江苏省盐城市亭湖区人民法院): an auto-parts supplier of the 悦达起亚 chain enforces the court's own sales
judgment (paid, archived); a wetland-tourism worker enforces a labour-arbitration award for wages (终本); a lender
enforces a 民间借贷 mediation against a 东台 fish-pond contractor (paid, without the 财产线索表). Its A3 papers — cover,
closing approval form, 查控 table, the bank's wide statement — were scanned in two A4 passes on the bureau's flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import A4
from dossier.corpus.families import court_ee_capture as cap
from dossier.corpus.families.court_ee import BED, made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ee_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_ee")]
    assert len(seqs) == 3 and all(48000 <= s <= 48999 for s in seqs)
    assert all(p.name.startswith(f"court_ee_0{i}_") for i, p in enumerate(family_plans("court_ee"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ee_01", "court_ee_02", "court_ee_03"):
        c = case_of(prefix)
        assert "苏0902执48" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    parts, wage, loan = case_of("court_ee_01"), case_of("court_ee_02"), case_of("court_ee_03")
    basis = text_of(render("enforcement_basis", parts, random.Random(0), []))
    assert "民 事 判 决 书" in basis and "判决如下" in basis and "悦达起亚" in basis
    award = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "劳动人事争议仲裁委员会" in award and "裁决如下" in award
    assert "仲裁裁决书生效证明" in text_of(render("effectiveness_certificate", wage, random.Random(0), []))
    assert "经本院主持调解" in text_of(render("enforcement_basis", loan, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", wage, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_ee_01", "court_ee_02", "court_ee_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ee") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_an_a3_paper_comes_as_two_overlapping_halves_the_right_one_continuing() -> None:
    sheets = render("closing_approval_form", case_of("court_ee_02"), random.Random(0), [])
    assert len(sheets) == 2 and not sheets[1].starts_document
    left, right = sheets
    assert left.size == right.size == (BED, A4[1]) and 2 * A4[0] - BED < 2 * BED
    assert "执行案件结案审批表" in left.lines and "执行案件结案审批表" not in right.lines
    assert any("审 批 意 见" in t for t in right.lines)
    # the strip beyond the fold is in both passes: the last columns of the left are the first of the right
    overlap = BED - (2 * A4[0] - BED)
    a = np.asarray(left.image.convert("L"))[:, -overlap:]
    b = np.asarray(right.image.convert("L"))[:, :overlap]
    assert np.array_equal(a, b)


def _scan(sheet_code: str, seed: int) -> tuple[cap.FlatbedPass, np.ndarray, int]:
    sheets = render(sheet_code, case_of("court_ee_01"), random.Random(0), [])
    sheet = sheets[0]
    plan = cap.plan_capture(random.Random(seed), sheet)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(sheet.width * plan.dpi / 200)
    return plan, np.asarray(img.convert("L"), dtype=np.float32), len(sheets)


def test_the_flatbed_pass_darkens_the_edge_where_the_a3_sheet_leaves_the_glass() -> None:
    plan, a, n = _scan("dossier_cover", 3)
    assert n == 2 and plan.lid_gap == "right" and plan.rotation == 0 and not plan.photo
    assert 200 <= plan.dpi <= 300 and 55 <= plan.quality <= 85 and abs(plan.skew) < 1.5
    h, w = a.shape
    band = a[h // 3: 2 * h // 3, w - 12: w - 4].mean()
    inner = a[h // 3: 2 * h // 3, w // 2 - 40: w // 2 + 40]
    assert band < np.percentile(inner, 90) - 40, "stray light under the lifted lid"
    a4_plan, _, _ = _scan("enforcement_notice", 3)
    assert a4_plan.lid_gap == ""
    remarks = render("remarks_sheet", case_of("court_ee_01"), random.Random(0), [])[0]
    colours = [cap.plan_capture(random.Random(s), remarks).colour for s in range(30)]
    assert 0 < sum(colours) < 30
