"""The family court_am (内蒙古自治区满洲里市人民法院, held out: drawn without looking at the page reader): a border-port
court's dossiers captured on the bureau's portable sheet-fed scanner at a 口岸 office — uneven roller feed stretching
and squeezing strips of the page, roller streaks, faintly wavy lines, greyscale JPEG at 200–300 dpi, pages upside
down or sideways, cold low-contrast pages — holding this court's judgment on a Russian 木材 import contract (Russian
papers with a sealed 翻译件, a 报关单), a 呼伦贝尔仲裁委员会 award against a 蒙古国 trader whose passport copy stands
for his ID, archived after 终本, and a freight judgment's 终本 file missing the lawyer's 律师事务所函."""

from __future__ import annotations

import io
import random
import re

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_am_capture, renderer
from dossier.corpus.families.court_am import ARBITRATION, COURT
from dossier.corpus.families.court_am_papers import TRANSLATOR
from dossier.corpus.families.court_am_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    text_of,
)

OURS = [p for p in plans() if p.family == "court_am"]


def _draw(prefix: str, code: str, served: list[str] | None = None) -> list[Sheet]:
    return renderer("court_am")(code, case_of(prefix), random.Random(3), served or [])


def test_court_am_seqs_lie_in_its_range() -> None:
    assert all(57000 <= p.seq <= 57999 for p in OURS)


def test_the_two_complete_dossiers_miss_nothing_and_the_third_lacks_the_firm_letter() -> None:
    third = next(p for p in OURS if not p.complete)
    assert MISSING not in {d.code for d in third.docs}
    assert {"power_of_attorney", "lawyer_license"} <= {d.code for d in third.docs}


def test_the_timber_judgment_is_this_courts_and_its_clue_form_carries_russian_papers_and_their_translation() -> None:
    judgment = text_of(_draw("court_am_01", "enforcement_basis"))
    assert "民事判决书" in judgment and "判决如下" in judgment and COURT in judgment and "满洲里分公司" in judgment
    clue = _draw("court_am_01", "property_clue_form")
    assert len(clue) == 4
    assert re.search("[А-Яа-я]{5,}", "".join(clue[1].lines)), "the seller's specification is in Russian"
    assert "翻 译 件" in clue[2].lines and any(TRANSLATOR in line for line in clue[2].lines)
    assert "报关单" in "".join(clue[3].lines)


def test_the_award_is_hulunbuirs_with_its_certificate_and_the_mongolian_traders_passport_stands_for_his_id() -> None:
    c = case_of("court_am_02")
    assert c.basis_court == ARBITRATION and "裁　决　书" in text_of(_draw("court_am_02", "enforcement_basis"))
    assert "生效证明" in text_of(_draw("court_am_02", "effectiveness_certificate"))
    passport = text_of(_draw("court_am_02", "identity_proof", ["respondent"]))
    assert "MONGOLIA" in passport and c.respondent.id_number in passport and "身份证" not in passport
    assert re.fullmatch(r"E\d{7}", c.respondent.id_number)


def test_the_identity_numbers_validate() -> None:
    for prefix in ("court_am_01", "court_am_02", "court_am_03"):
        c = case_of(prefix)
        for p in (c.applicant, c.respondent):
            if p.kind == "organisation":
                assert check_credit_code(p.id_number) is None, (prefix, p.id_number)
            elif not re.fullmatch(r"E\d{7}", p.id_number):
                assert check_id_number(p.id_number) is None, (prefix, p.id_number)


def test_the_portable_scanner_stretches_strips_streaks_and_turns_pages_and_records_it() -> None:
    sheet = _draw("court_am_03", "enforcement_notice")[0]
    rng = random.Random(5)
    caps = [court_am_capture.plan_capture(rng, sheet) for _ in range(300)]
    assert {cap.rotation for cap in caps} >= {0, 180} and {90, 270} & {cap.rotation for cap in caps}
    assert {cap.dpi for cap in caps} <= {200, 240, 300} and not any(cap.photo for cap in caps)
    assert any(cap.cold for cap in caps) and all(cap.bands for cap in caps)
    cap = caps[0]
    cap.rotation, cap.dpi, cap.colour, cap.cold = 90, 300, False, 0.0
    img = Image.open(io.BytesIO(court_am_capture.capture(sheet, cap, random.Random(1))))
    assert img.mode == "L" and img.width > img.height and img.info["dpi"][0] == pytest.approx(300, abs=1)
    assert np.asarray(img).min() < 100
