"""court_bh (吉林省延吉市人民法院, held out): the court of the 延边朝鲜族自治州's seat. Its own papers are bilingual, the
court's name and each title printed in 朝鲜文 (연길시인민법원, 집행통지서…) over the Chinese; parties are 朝鲜族 people
and a Korean-invested 泡菜 company. Three dossiers: a cabbage grower's 货款 on a 延边中院 二审 judgment, paid and
archived; a 民间借贷 调解书 of this court against an 安图 人参 trader, paid; a 装修 dispute on a 二审 judgment, paid but
handed in without its 受理案件通知书. The parties' papers came through e-filing, saved at 150 dpi as low-quality JPEG
and upscaled by the court's system to 200 dpi (soft, ringing glyphs, some greyscale with a hard contrast stretch, some
pages turned); the court's own papers went through a clean ADF at 200–300 dpi."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_bh, court_bh_capture
from dossier.corpus.families.court_bh_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_bh_defective_dossier_lacks_what_its_plans_name() -> None:
    assert MISSING == "acceptance_notice"


def test_court_bh_seqs_are_in_its_range() -> None:
    assert all(32000 <= p.seq <= 32999 for p in family_plans("court_bh"))


def test_the_courts_own_papers_are_bilingual_and_the_hangul_really_renders() -> None:
    c = case_of("court_bh_01")
    for code, (zh, ko) in court_bh.OWN.items():
        text = text_of(court_bh.render(code, c, random.Random(2), ["enforcement_notice"]))
        assert court_bh.HANGUL_COURT in text and ko in text and zh in text, code
    for role in ("serif_bold", "sans", "wenkai", "hei"):  # every role this family writes Hangul in
        f = font(role, 40)
        masks = [bytes(f.getmask(ch)) for ch in "법원집"]  # tofu boxes would all be the same
        assert all(any(m) for m in masks) and len(set(masks)) == 3, role


def test_parties_are_of_yanbian_with_valid_ids_and_the_bases_are_the_stories() -> None:
    kimchi, ginseng, repair = case_of("court_bh_01"), case_of("court_bh_02"), case_of("court_bh_03")
    assert "食品有限公司" in kimchi.respondent.name and "民终" in kimchi.basis_number
    assert ginseng.basis_court == "吉林省延吉市人民法院" and ginseng.respondent.kind == "person"
    assert "装饰" in repair.respondent.name
    for c in (kimchi, ginseng, repair):
        assert c.applicant.name in court_bh.NAMES and c.number.startswith(f"（{c.filed_on.year}）吉2401执")
        for p in (c.applicant, c.respondent):
            check = check_id_number if p.kind == "person" else check_credit_code
            assert check(p.id_number) is None, p
    basis = text_of(court_bh.render("enforcement_basis", ginseng, random.Random(0), []))
    assert "民事调解书" in basis.replace(" ", "") and "园参" in basis


def _jpeg(sheet: Sheet, cap: court_bh_capture.BhCapture) -> Image.Image:
    return Image.open(io.BytesIO(court_bh_capture.capture(sheet, cap, random.Random(3))))


def test_uploads_are_soft_200dpi_and_the_courts_own_pages_are_clean() -> None:
    c = case_of("court_bh_01")
    upload = court_bh.render("enforcement_application", c, random.Random(1), [])[0]
    own = court_bh.render("enforcement_notice", c, random.Random(1), [])[0]
    caps = [court_bh_capture.plan_capture(random.Random(k), upload) for k in range(300)]
    assert all(k.upload and k.dpi == 200 and 40 <= k.first_q <= 60 and abs(k.skew) <= 3 for k in caps)
    assert {k.rotation for k in caps} == {0, 90, 180} and any(k.stretch for k in caps)
    mine = [court_bh_capture.plan_capture(random.Random(k), own) for k in range(100)]
    assert not any(k.upload for k in mine) and {k.dpi for k in mine} == {200, 300}
    flat = court_bh_capture.BhCapture(200, 0, False, True, 45, False, 0.0, 85)
    clean = court_bh_capture.BhCapture(200, 0, False, False, 0, False, 0.0, 90)
    soft, sharp = np.asarray(_jpeg(upload, flat).convert("L"), np.float32), np.asarray(_jpeg(upload, clean).convert("L"), np.float32)
    assert _jpeg(upload, flat).info["dpi"][0] == pytest.approx(200)

    def edge(a: np.ndarray) -> float:
        return float(np.percentile(np.abs(np.diff(a, axis=1)), 99.9))

    assert edge(soft) < edge(sharp), "the 150-dpi round trip softens glyph edges"
    assert (soft < 128).mean() > 0.005, "the strokes stay dark enough to read"
    turned = _jpeg(upload, court_bh_capture.BhCapture(200, 90, False, True, 50, True, 0.0, 85))
    assert turned.width > turned.height and turned.mode == "L"
