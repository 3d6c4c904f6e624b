"""court_dz (山东省德州市德城区人民法院): three dossiers of 德州. A lender enforces this court's 民间借贷 judgment against
a 扒鸡 shop owner (deducted, settled, paid, archived with cover, catalogue, review form and remarks sheet); a worker
enforces a 劳动人事争议仲裁 award for wages against a stopped 太阳能 water-heater maker (nothing found, 限制消费 and 失信,
终本); a traffic-accident victim enforces 德州中院's appeal judgment against a grain-trading company — without the
送达地址确认书. The papers arrived folded in three or in half, crumpled or stapled, and were fed through a greyscale
scanner."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.families import court_dz_capture as cap
from dossier.corpus.families.court_dz import made_on, render
from dossier.corpus.families.court_dz_kit import Paper
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_dz_seqs_lie_in_its_range() -> None:
    ours = family_plans("court_dz")
    assert len(ours) == 3 and all(43000 <= p.seq <= 43999 for p in ours)
    assert all(p.name.startswith(f"court_dz_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_dz_01", "court_dz_02", "court_dz_03"):
        c = case_of(prefix)
        assert "鲁1402执43" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    loan, wage, road = case_of("court_dz_01"), case_of("court_dz_02"), case_of("court_dz_03")
    assert "扒鸡" in text_of(render("enforcement_basis", loan, random.Random(0), []))
    award = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "德州市劳动人事争议仲裁委员会" in award and "太阳能" in award and "裁决如下" in award
    appeal = text_of(render("enforcement_basis", road, random.Random(0), []))
    assert "山东省德州市中级人民法院" in appeal and "驳回上诉，维持原判" in appeal and road.extra["plate"] in appeal
    ttr = text_of(render("termination_this_round_ruling", wage, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    ruling = text_of(render("enforcement_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ruling and loan.extra["r_acct"] in ruling and "划拨" in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_dz"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def _scan(kind: str, seed: int, **changes: object) -> tuple[cap.Feed, np.ndarray]:
    s = Paper(kind=kind)
    s.lines.append("x")
    plan = cap.plan_capture(random.Random(seed), s)
    for k, v in changes.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(s, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(s.width * plan.dpi / 200)
    return plan, np.asarray(img, dtype=np.float32)


def test_letters_fold_in_three_judgments_in_half_receipts_crumple() -> None:
    for seed in range(3):
        letter = cap.plan_capture(random.Random(seed), Paper(kind="letter"))
        assert len(letter.creases) == 2 and 0.3 < letter.creases[0] < 0.36
        assert len(cap.plan_capture(random.Random(seed), Paper(kind="judgment")).creases) == 1
        receipt = cap.plan_capture(random.Random(seed), Paper(kind="receipt"))
        assert receipt.crumple > 0 and not receipt.creases
        for p in (letter, receipt):
            assert abs(p.skew) <= 2 and 200 <= p.dpi <= 300 and 55 <= p.quality <= 80 and p.rotation == 0
    staples = [cap.plan_capture(random.Random(s), Paper(kind="court")).staple for s in range(60)]
    assert 0 < sum(staples) < 25


def test_a_crease_leaves_a_shadow_across_a_blank_sheet() -> None:
    plan, a = _scan("letter", 1, skew=0.0, staple=False, noise=0.5)
    h, w = a.shape
    rows = a[:, w // 4: 3 * w // 4].mean(axis=1)
    y = int(h * plan.creases[0])
    near = rows[y - 5: y + int(40 * plan.dpi / 200)].min()
    assert near < np.median(rows) - 15, "a dark trough along the crease"
    assert np.median(rows) > 200, "grey paper, not white, but light"


def test_a_crumpled_receipt_is_shaded_unevenly_and_a_staple_darkens_a_corner() -> None:
    _, flat = _scan("court", 2, skew=0.0, staple=False)
    _, crumpled = _scan("receipt", 2, skew=0.0, staple=False)
    assert crumpled.std() > flat.std() + 3
    plan, stapled = _scan("court", 3, skew=0.0, staple=True, noise=0.5)
    k = int(60 * plan.dpi / 200)
    corners = min(stapled[:k, :k].min(), stapled[:k, -k:].min())
    assert corners < 120, "the staple's dark wire in a top corner"
