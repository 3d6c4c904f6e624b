"""The family court_br (河北保定莲池, held out: drawn without looking at the page reader): a district court in the old
city of 保定. A 白沟 luggage maker enforces the 保定中院's 二审 judgment (驳回上诉，维持原判) against a 莲池 wholesaler
for unpaid 拉杆箱 and backpacks, and is paid once the wholesaler's bank account is frozen and 扣划'd; a building-materials
yard enforces a 保定仲裁委员会 award against a decoration contractor, the two settle (执行和解) and the contractor pays in
three instalments, and the volume is archived; a cook enforces the district labour tribunal's wage award against a
驴肉火烧 shop, which pays, but the worker's 执行案款收取账户确认书 never reached the file. The archive's outsourced
digitiser scanned every volume at 300 dpi to pure black-and-white saved as JPEG: seals turn into black speckled rings,
pencil breaks up, the binding holes and staples show on the left margin, the archivist's page number is stamped in the
top-right corner of every sheet, and a few sheets went in crooked."""

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
from dossier.corpus.families import court_br_capture, renderer
from dossier.corpus.families.court_br import ARB, BAG_SEQ, DONKEY_SEQ, LABOUR, MID, STONE_SEQ
from dossier.corpus.families.court_br_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_br"]


def test_court_br_defective_dossier_lacks_what_its_plans_name() -> None:
    assert MISSING == "payment_account_confirmation"


def test_court_br_seqs_stay_in_its_range() -> None:
    assert {p.seq for p in OURS} == {BAG_SEQ, STONE_SEQ, DONKEY_SEQ}
    assert all(45000 <= p.seq <= 45999 for p in OURS)


@cache
def _case(seq: int) -> tuple[Plan, CaseCtx]:
    plan = next(p for p in OURS if p.seq == seq)
    return plan, case_for(plan, random.Random(plans().index(plan)))


def _text(seq: int, code: str, note: str = "") -> str:
    _, c = _case(seq)
    return text_of(renderer("court_br")(code, c, random.Random(3), [note] if note else []))


def test_the_luggage_judgment_is_the_baoding_intermediate_courts_appeal_and_the_money_came_by_deduction() -> None:
    _, c = _case(BAG_SEQ)
    assert c.basis_court == MID and "冀06民终" in c.basis_number and "白沟" in c.applicant.name
    judgment = _text(BAG_SEQ, "enforcement_basis")
    assert "民事判决书" in judgment.replace(" ", "") and "驳回上诉，维持原判" in judgment and "拉杆箱" in judgment
    assert "冀0606民初" in judgment, "the first-instance judgment of 莲池 it upholds"
    ruling = _text(BAG_SEQ, "enforcement_ruling")
    assert ruling.count("执行裁定书") >= 1 and "扣划" in ruling
    assert "扣划" in _text(BAG_SEQ, "payment_voucher", "deduct")
    plan, _ = _case(BAG_SEQ)
    assert "settlement_agreement" not in {d.code for d in plan.docs}


def test_the_building_materials_award_was_settled_and_paid_in_three_instalments() -> None:
    plan, c = _case(STONE_SEQ)
    assert c.basis_court == ARB and c.basis_kind == "arbitration" and "建材" in c.applicant.name
    award = _text(STONE_SEQ, "enforcement_basis")
    assert "保定仲裁委员会" in award and "石膏板" in award and "终局裁决" in award
    assert "第二期" in _text(STONE_SEQ, "settlement_agreement")
    notes = [d.note for d in plan.docs if d.code == "payment_voucher"]
    assert notes == ["inst1", "inst2", "inst3", "release"]
    assert "和解第3期" in _text(STONE_SEQ, "payment_voucher", "inst3")


def test_the_wage_award_is_the_labour_tribunals_against_a_donkey_meat_shop() -> None:
    _, c = _case(DONKEY_SEQ)
    assert c.basis_court == LABOUR and "驴肉火烧" in c.respondent.name
    award = _text(DONKEY_SEQ, "enforcement_basis")
    assert "仲裁裁决书" in award.replace(" ", "") and "拖欠工资" in award
    assert "生效证明" in _text(DONKEY_SEQ, "effectiveness_certificate")


@pytest.mark.parametrize("seq", [BAG_SEQ, STONE_SEQ, DONKEY_SEQ])
def test_court_br_identity_numbers_are_valid(seq: int) -> None:
    _, c = _case(seq)
    for p in (c.applicant, c.respondent):
        check = check_id_number if p.kind == "person" else check_credit_code
        assert check(p.id_number) is None, (p.name, p.id_number)


def _scan(sheet: Sheet, seed: int) -> tuple[court_br_capture.BrCapture, Image.Image, bytes]:
    rng = random.Random(seed)
    cap = court_br_capture.plan_capture(rng, sheet)
    data = court_br_capture.capture(sheet, cap, rng)
    return cap, Image.open(io.BytesIO(data)), data


@cache
def _ruling_sheet() -> Sheet:
    _, c = _case(BAG_SEQ)
    return renderer("court_br")("enforcement_ruling", c, random.Random(5), [])[0]


def test_court_br_pages_are_300_dpi_jpegs_thresholded_to_black_and_white() -> None:
    cap, img, data = _scan(_ruling_sheet(), 1)
    assert data[:2] == b"\xff\xd8" and cap.dpi == 300 and img.info.get("dpi", (0, 0))[0] == 300
    assert abs(img.width - 2480) < 5 and abs(img.height - 3508) < 5
    a = np.asarray(img.convert("L"))
    mid = ((a > 60) & (a < 195)).mean()
    assert mid < 0.03, "a 1-bit page: only JPEG ringing lies between black and white"
    assert 0.01 < (a < 128).mean() < 0.25, "text is there and the page is not swamped"


def test_court_br_seals_become_speckled_black_shapes() -> None:
    sheet = _ruling_sheet()
    rgb = np.asarray(sheet.image.convert("RGB")).astype(int)
    red = (rgb[..., 0] - rgb[..., 1] > 60)
    ys, xs = np.nonzero(red)
    assert len(ys), "the ruling carries the court seal"
    _, img, _ = _scan(sheet, 2)
    a = np.asarray(img.convert("L"))
    scale = 300 / 200
    box = a[int(ys.min() * scale):int(ys.max() * scale), int(xs.min() * scale):int(xs.max() * scale)]
    dark = (box < 128).mean()
    assert 0.05 < dark < 0.7, dark
    assert a[int(ys.mean() * scale), :].size


def test_court_br_left_margin_holds_binding_holes_and_the_top_right_its_page_number() -> None:
    sheet = _ruling_sheet()
    seen_holes = seen_oval = False
    for seed in range(12):
        cap, img, _ = _scan(sheet, 10 + seed)
        a = np.asarray(img.convert("L"))
        h, w = a.shape
        corner = a[: int(h * 0.07), int(w * 0.75):]
        assert (corner < 128).mean() > 0.001, "the archivist's number stamp"
        assert cap.number >= 1
        if cap.holes and abs(cap.skew) < 0.5:
            y = int(h * (0.36 if cap.holes == 2 else 0.5))
            strip = a[y - 60:y + 60, : int(w * 0.06)]
            assert (strip < 80).mean() > 0.08, "a punched hole shows black on the left"
            seen_holes = True
        seen_oval |= cap.oval
    assert seen_holes and seen_oval


def test_court_br_numbers_the_sheets_of_a_dossier_in_turn_and_leaves_blank_backs_unnumbered() -> None:
    _, c = _case(DONKEY_SEQ)
    sheets = [renderer("court_br")(code, c, random.Random(0), [])[0] for code in ("acceptance_notice", "payment_notice")]
    rng = random.Random(7)
    first, second = (court_br_capture.plan_capture(rng, s) for s in sheets)
    assert second.number == first.number + 1
    back = Sheet()
    cap = court_br_capture.plan_capture(rng, back)
    assert cap.number == 0 and cap.staples == 0
    a = np.asarray(Image.open(io.BytesIO(court_br_capture.capture(back, cap, rng))).convert("L"))
    h, w = a.shape
    inner = a[int(h * 0.05):int(h * 0.95), int(w * 0.08):int(w * 0.92)]
    assert (inner < 128).mean() < 0.0005, "a blank back stays blank"


def test_court_br_skews_a_few_sheets_within_three_degrees() -> None:
    sheet = Sheet()
    caps = [court_br_capture.plan_capture(random.Random(s), sheet) for s in range(200)]
    crooked = [c for c in caps if abs(c.skew) > 0.9]
    assert 0.08 < len(crooked) / len(caps) < 0.35
    assert all(abs(c.skew) <= 3 for c in caps)
