"""The family court_bz (湖北十堰张湾, held out: drawn without looking at the page reader): the district of the 车城,
where 东风's truck plants buy brake pads and drive shafts from the parts makers around them, freight companies lease
牵引车, and travel agencies send their groups up 武当山. A brake-pad maker's judgment of this court against a
drive-shaft assembler is paid once the assembler's three forklifts are seized (the 市场监督管理局 that registers
场(厂)内专用机动车辆 told to assist) and put up for an auction that is called off, the seizure lifted by a second
ruling; a 武当山 travel agency's 十堰中院 二审 judgment against the man whose 民宿 closed with its deposits ends 终本 after
网络查控, a home visit, 限制消费, 失信 and 约谈, and is archived; a truck-leasing company's 十堰仲裁委 award is settled in
two instalments and paid, but reaches the file without its 财产线索表. The archive room scans the bound volume on an
overhead book scanner: the page curls into the spine, a dark gutter on the binding side (alternating), three thread
holes, a blue numbering-machine page number in the top outer corner, pen notes in the margin, 与原件核对无误 on copies."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_bz_capture, renderer
from dossier.corpus.families.court_bz import INN_SEQ, PARTS_SEQ, TRUCK_SEQ
from dossier.corpus.families.court_bz_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_bz"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert [p.seq for p in OURS] == [PARTS_SEQ, INN_SEQ, TRUCK_SEQ]
    assert all(59000 <= p.seq <= 59999 for p in OURS)


@cache
def _case(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_bz")(code, _case(prefix)[1], random.Random(seed), served or [])


def test_two_complete_dossiers_and_an_award_without_its_property_clue_form() -> None:
    assert MISSING == "property_clue_form"
    assert [p.complete for p in OURS] == [True, True, False]
    assert [p.method for p in OURS] == ["fully_performed", "terminated_this_round", "fully_performed"]
    assert [p.basis_kind for p in OURS] == ["judgment", "judgment", "arbitration"]


def test_the_parties_are_of_shiyan_and_their_numbers_valid() -> None:
    for prefix in ("court_bz_01", "court_bz_02", "court_bz_03"):
        c = _case(prefix)[1]
        for p in (c.applicant, c.respondent):
            check = check_id_number if p.kind == "person" else check_credit_code
            assert check(p.id_number) is None, (prefix, p.name)
        assert c.applicant.name.startswith("十堰") and c.number.startswith(f"（{c.filed_on.year}）鄂0303执59")
    inn = _case("court_bz_02")[1]
    assert inn.respondent.kind == "person" and "武当山" in inn.respondent.address
    assert inn.basis_court == "湖北省十堰市中级人民法院" and "民终" in inn.basis_number


def test_the_forklifts_are_seized_then_released_and_the_registry_told_both_times() -> None:
    seize = text_of(_draw("court_bz_01", "enforcement_ruling"))
    release = text_of(_draw("court_bz_01", "enforcement_ruling", ["release"]))
    assert "查封被执行人" in seize and "叉车" in seize and "解除" not in seize
    assert "解除对被执行人" in release and "撤回拍卖" in release
    for served in ([], ["release"]):
        notice = text_of(_draw("court_bz_01", "assistance_notice", served))
        assert "市场监督管理局" in notice and ("解除" in notice) == bool(served)
    plan = _case("court_bz_01")[0]
    codes = [d.code for d in plan.docs]
    assert codes.count("enforcement_ruling") == 2 and codes.count("assistance_notice") == 2


def test_the_terminated_case_heard_the_applicant_and_visited_the_debtor() -> None:
    ruling = text_of(_draw("court_bz_02", "termination_this_round_ruling"))
    assert "终结本次执行程序" in ruling
    assert _draw("court_bz_02", "termination_this_round_ruling")[0].lines[1] == "执行裁定书"
    visit = text_of(_draw("court_bz_02", "investigation_record"))
    assert "调查笔录" in visit and "住所" in visit
    assert "同意终本" in text_of(_draw("court_bz_02", "interview_record"))
    assert "裁 决 书" in text_of(_draw("court_bz_03", "enforcement_basis"))
    assert "与原件核对无误" in text_of(_draw("court_bz_02", "identity_proof", ["respondent"]))


def _scan(seed: int) -> tuple[court_bz_capture.BookCapture, np.ndarray, Image.Image]:
    sheet = _draw("court_bz_01", "enforcement_notice")[0]
    rng = random.Random(seed)
    cap = court_bz_capture.plan_capture(rng, sheet)
    img = Image.open(io.BytesIO(court_bz_capture.capture(sheet, cap, rng)))
    return cap, np.asarray(img.convert("RGB"), dtype=np.float32), img


@pytest.mark.parametrize("seed", [2, 5, 11])
def test_the_book_scanner_darkens_the_gutter_on_the_binding_side_and_stamps_the_page_number(seed: int) -> None:
    cap, a, img = _scan(seed)
    assert img.format == "JPEG" and 200 <= cap.dpi <= 300 and cap.rotation == 0 and not cap.photo
    assert round(img.info["dpi"][0]) == cap.dpi
    h, w = a.shape[:2]
    assert abs(w - round(210 / 25.4 * cap.dpi)) < 4 and abs(h - round(297 / 25.4 * cap.dpi)) < 4
    grey = a.mean(axis=2)
    strip = int(w * 0.02)
    spine = grey[h // 3: 2 * h // 3, -strip:] if cap.verso else grey[h // 3: 2 * h // 3, :strip]
    outer = grey[h // 3: 2 * h // 3, :strip] if cap.verso else grey[h // 3: 2 * h // 3, -strip:]
    assert spine.mean() < outer.mean() - 40, "the gutter is in shadow on the binding side"
    corner = a[: int(h * 0.07), : int(w * 0.2)] if cap.verso else a[: int(h * 0.07), -int(w * 0.2):]
    blue = (corner[..., 2] - corner[..., 0] > 50).sum()
    assert blue > 50, "the numbering machine's blue page number is in the top outer corner"
    body = grey[int(h * 0.35): int(h * 0.6), int(w * 0.3): int(w * 0.7)]
    assert body.min() < 90 and np.median(body) > 170, "the text stays dark on light paper"


def test_a_blank_back_gets_no_page_number_and_no_pen_note() -> None:
    for seed in range(12):
        cap = court_bz_capture.plan_capture(random.Random(seed), Sheet())
        assert cap.number == 0 and cap.note == ""
    caps = [court_bz_capture.plan_capture(random.Random(s), _draw("court_bz_01", "closing_notice")[0]) for s in range(40)]
    assert all(1 <= c.number <= 68 for c in caps) and any(c.note for c in caps)
    assert {c.verso for c in caps} == {True, False}, "recto and verso pages, the gutter on either side"
