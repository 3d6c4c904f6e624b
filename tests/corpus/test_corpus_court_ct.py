"""court_ct (辽宁省鞍山市铁东区人民法院): three dossiers of the old 鞍山 steel town. A 特钢 works enforces 鞍山中院's 二审
judgment on a 废钢 purchase contract against a scrap-recycling company: an account frozen and deducted, a truck seized,
the rest paid under a settlement, closed 执行完毕 and archived (cover and catalogue first, the first-instance court's
生效证明书 right behind the judgment). A property company enforces a 鞍山仲裁委员会 award for 物业费 against a closed mall's
operator: nothing found, 限制消费 and 失信, the applicant's lawyer heard, 终本. A lender enforces a notarised loan contract
(公证书 and 执行证书 of the 鞍信公证处) against a borrower who settles and pays — without the 收取执行款账户确认书.
Every page was filmed, printed back from microfilm on grey reader-printer paper and scanned."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ct_capture as cap
from dossier.corpus.families.court_ct import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_ct_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_ct")]
    assert len(seqs) == 3 and all(87000 <= s <= 87999 for s in seqs)
    assert all(p.name.startswith(f"court_ct_0{i}_") for i, p in enumerate(family_plans("court_ct"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ct_01", "court_ct_02", "court_ct_03"):
        c = case_of(prefix)
        assert "辽0302执87" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    steel, mall, loan = case_of("court_ct_01"), case_of("court_ct_02"), case_of("court_ct_03")
    basis = text_of(render("enforcement_basis", steel, random.Random(0), []))
    assert "辽宁省鞍山市中级人民法院" in basis and "驳回上诉，维持原判" in basis and "废钢" in basis
    assert "鞍山仲裁委员会" in text_of(render("enforcement_basis", mall, random.Random(0), []))
    assert "执行证书" in text_of(render("effectiveness_certificate", loan, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", mall, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    ruling = text_of(render("enforcement_ruling", steel, random.Random(0), []))
    assert steel.extra["plate"] in ruling and "扣划" in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_ct_01", "court_ct_02", "court_ct_03"):
        c = case_of(prefix)
        for p in family_plans("court_ct"):
            if not p.name.startswith(prefix):
                continue
            for d in p.docs:
                if d.code != "service_receipt":
                    continue
                lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
                got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
                assert len(got) == 1, lines
                assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _page(seed: int) -> tuple[Sheet, cap.FilmPrint, np.ndarray]:
    sheet = render("enforcement_notice", case_of("court_ct_02"), random.Random(0), [])[0]
    plan = cap.plan_capture(random.Random(seed), sheet)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(sheet.width * plan.dpi / 200)
    return sheet, plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_the_microfilm_print_is_grey_low_contrast_with_a_vignette_and_a_frame_edge() -> None:
    for seed in range(4):
        _, plan, a = _page(seed)
        assert plan.rotation == 0 and not plan.photo and abs(plan.skew) <= 3 and 200 <= plan.dpi <= 300
        h, w = a.shape
        mid = a[h // 3: 2 * h // 3, w // 3: 2 * w // 3]
        paper = np.percentile(mid, 90)
        assert 180 < paper < 240, "grey print paper, never white"
        assert np.percentile(a, 0.5) > 8, "low contrast: the print's black is not pure"
        assert paper - np.percentile(mid, 2) > 80, "text stays readable against the paper"
        edge = max(plan.frame)
        assert edge > 0
        k = 80
        corner = np.mean([a[k:2 * k, k:2 * k].mean(), a[-2 * k:-k, -2 * k:-k].mean()])
        assert corner < paper - 5, "corners darker than the middle"


def test_film_scratches_run_down_the_page_and_some_prints_are_negative_grey() -> None:
    sheet = Sheet()
    sheet.lines.append("x")
    plan = cap.plan_capture(random.Random(5), sheet)
    plan.scratches, plan.specks, plan.blur, plan.skew, plan.frame = [(0.5, 3, -1)], 0, 0.0, 0.0, (0, 0, 0, 20)
    a = np.asarray(Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(5)))).convert("L"), dtype=np.float32)
    h, w = a.shape
    col = a[h // 2 - 100: h // 2 + 100, w // 2 - 6: w // 2 + 6].mean(axis=0)
    assert col.max() - col.min() > 25, "a dark vertical scratch crosses the middle"
    negs = [cap.plan_capture(random.Random(s), sheet).negative for s in range(60)]
    assert 0 < sum(negs) < 30
