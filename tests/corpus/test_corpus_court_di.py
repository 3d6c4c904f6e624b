"""court_di (江西省九江市浔阳区人民法院): a steel-structure subcontractor enforces 九江中院's 二审 judgment against a general
contractor with nothing left — the 住建局 answers that it has no project in town, 限制消费 and 失信, 终本, and the volume
is archived (cover and catalogue first, the first-instance court's 生效证明书 behind the judgment, the 审查表 and 备考表
last). A car-hire company enforces a 九江仲裁委员会 award; the logistics firm settles and pays. A householder enforces
this court's 相邻关系 judgment: the neighbour pulls down the wall across the lane (photographs filed), but no 财产线索表
was ever handed in. Every volume was scanned by an archive-digitisation vendor: 400 dpi colour delivered at 300 dpi,
a numbering machine's page number top right, staple holes and rust top left, a calibration strip on the first sheet,
a few yellow sticky notes."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.families import court_di_capture as cap
from dossier.corpus.families.court_di import made_on, render
from dossier.corpus.families.court_di_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_di_seqs_lie_in_its_range_and_the_wall_dossier_lacks_the_clue_form() -> None:
    plans = family_plans("court_di")
    assert [p.name[:11] for p in plans] == ["court_di_01", "court_di_02", "court_di_03"]
    assert all(20100 <= p.seq <= 20380 for p in plans)
    assert [p.complete for p in plans] == [True, True, False]
    assert MISSING not in [d.code for d in plans[2].docs] and MISSING in [d.code for d in plans[1].docs]
    codes = [d.code for d in plans[0].docs]
    assert codes[:2] == ["dossier_cover", "catalogue"] and codes[-2:] == ["file_review_form", "remarks_sheet"]
    assert codes[codes.index("enforcement_basis") + 1] == "effectiveness_certificate"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_di_01", "court_di_02", "court_di_03"):
        c = case_of(prefix)
        assert "赣0403执20" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    build, hire, wall = case_of("court_di_01"), case_of("court_di_02"), case_of("court_di_03")
    basis = text_of(render("enforcement_basis", build, random.Random(0), []))
    assert "江西省九江市中级人民法院" in basis and "驳回上诉，维持原判" in basis and "赣04民终" in basis
    award = text_of(render("enforcement_basis", hire, random.Random(0), []))
    assert "九江仲裁委员会" in award and "裁决如下" in award
    assert "九江仲裁委员会" in text_of(render("effectiveness_certificate", hire, random.Random(0), []))
    reply = render("assistance_notice", build, random.Random(0), [])
    assert reply[-1].starts_document and "九江市住房和城乡建设局" in text_of(reply[-1:])
    ttr = text_of(render("termination_this_round_ruling", build, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    ruling = text_of(render("enforcement_ruling", wall, random.Random(0), []))
    assert "执行裁定书" in ruling and "拆除" in ruling and wall.extra["lane"] in ruling
    assert "拆除后" in text_of(render("evidence", wall, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_di"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def _scan(code: str, seed: int, volume: str) -> tuple[cap.VendorScan, np.ndarray, int]:
    sheet = render(code, case_of("court_di_02"), random.Random(0), [])[0]
    sheet.di_volume = volume  # type: ignore[attr-defined]
    plan = cap.plan_capture(random.Random(seed), sheet)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == 300 and img.mode == "RGB"
    return plan, np.asarray(img, dtype=np.float32), sheet.width


def test_the_vendor_numbers_every_page_and_lays_a_strip_by_the_first_sheet() -> None:
    volume = f"test-volume-{random.random()}"
    first, a, w = _scan("dossier_cover", 1, volume)
    assert first.page_no is None and first.strip, "the cover is not numbered but carries the strip"
    assert a.shape[1] == round(w * 300 / 200)
    sat = a.max(axis=2) - a.min(axis=2)
    edge = sat[-120:, :] if first.strip == "bottom" else sat[:, :120]
    assert np.percentile(edge, 99) > 120, "the strip's colour patches are saturated"
    second, b, _ = _scan("enforcement_notice", 2, volume)
    later = render("enforcement_notice", case_of("court_di_02"), random.Random(0), [])[0]
    later.di_volume = volume  # type: ignore[attr-defined]
    third = cap.plan_capture(random.Random(3), later)
    assert (second.page_no, third.page_no) == (1, 2) and not second.strip and not third.strip
    h, w2 = b.shape[:2]
    corner = b[: h // 14, w2 - w2 // 7:].mean(axis=2)
    assert corner.min() < 110, "a stamped number darkens the top right corner"
    top_left = b[: h // 12, : w2 // 6].mean(axis=2)
    assert top_left.min() < 80, "the staple holes show at the top left"


def test_a_few_pages_carry_a_yellow_sticky_note() -> None:
    from dossier.corpus.draw import Sheet

    notes = [cap.plan_capture(random.Random(s), Sheet()).note for s in range(200)]
    assert 3 <= sum(bool(n) for n in notes) <= 30
    sheet = Sheet()
    plan = cap.plan_capture(random.Random(9), sheet)
    plan.note, plan.note_at, plan.rust = "核对页码", (0.8, 0.4), 0.0
    a = np.asarray(Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(9)))), dtype=np.float32)
    h, w = a.shape[:2]
    patch = a[int(h * 0.42): int(h * 0.46), int(w * 0.84): int(w * 0.88)]
    r, g, bl = (patch[..., k].mean() for k in range(3))
    assert r > 220 and g > 200 and bl < 170, "yellow paper"
