"""The family court_bd (贵州遵义汇川, held out: drawn without looking at the page reader): the district court of 遵义's
new town. A rebar supplier enforces a 遵义中院 二审 judgment (驳回上诉，维持原判) on a 建设工程分包 debt, the builder's
account at 遵义农商行 debited, paid in full; a 遵义仲裁委员会 award on a restaurant's unpaid shop rent, with the
tribunal's 生效证明, settled by an 执行和解 and archived; a 民间借贷 调解书 of this court, the debtor's flat found by the
不动产登记中心 and his 户籍 read from the 公安, filed without the original trial's 诉讼费 receipt. Copies carry the
filing clerk's 与原件核对无异 stamp. The paper 卷宗 was digitised by an outsourced archive scanning crew: aged grey
paper, the back side's text showing through mirrored, the 页码章 counting pages top right, staple holes and rust top
left, a pencil or red-pen 批注, skew up to ±3°, some pages upside down, JPEG q 50–80 at 200–300 dpi."""

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
from dossier.corpus.families import court_bd_capture, renderer
from dossier.corpus.families.court_bd import (
    CHECKED,
    COURT,
    ESTATE,
    LOAN_SEQ,
    MIDDLE,
    REBAR_SEQ,
    RENT_SEQ,
    TRIBUNAL,
)
from dossier.corpus.families.court_bd_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_bd"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert len(OURS) == 3 and all(25000 <= p.seq <= 25999 for p in OURS)
    assert [p.seq for p in OURS] == [REBAR_SEQ, RENT_SEQ, LOAN_SEQ]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_bd")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_two_complete_dossiers_one_archived_and_the_loan_without_its_fee_receipt() -> None:
    assert MISSING == "fee_receipt"
    assert [p.stage for p in OURS] == ["closing", "archive", "closing"]
    assert [p.basis_kind for p in OURS] == ["judgment", "arbitration", "mediation"]
    assert [p.complete for p in OURS] == [True, True, False]


def test_the_rebar_judgment_is_the_middle_courts_second_instance() -> None:
    c = _plan("court_bd_01")[1]
    assert c.number == f"（2024）黔0303执{REBAR_SEQ}号" and c.basis_court == MIDDLE and "黔03民终" in c.basis_number
    j = _draw("court_bd_01", "enforcement_basis")
    assert MIDDLE in j[0].lines and "民 事 判 决 书" in j[0].lines and len(j) >= 2
    assert "驳回上诉，维持原判。" in text_of(j) and c.extra["first_number"] in text_of(j)
    assert j[1].page_of == (2, len(j)) and any("共" in line for line in j[-1].lines)
    assert "钢材" in c.applicant.name and "建设工程" in c.respondent.name
    assert "遵义农村商业银行" in text_of(_draw("court_bd_01", "payment_voucher"))


def test_the_award_has_its_certificate_and_a_settlement() -> None:
    c = _plan("court_bd_02")[1]
    award = _draw("court_bd_02", "enforcement_basis")
    assert TRIBUNAL in award[0].lines and "裁　决　书" in award[0].lines and "遵仲裁字" in c.basis_number
    cert = _draw("court_bd_02", "effectiveness_certificate")[0]
    assert "裁决书生效证明" in cert.lines and c.basis_number in text_of([cert])
    assert "执行和解协议" in _draw("court_bd_02", "settlement_agreement")[0].lines
    assert "执 行 案 卷" in _draw("court_bd_02", "dossier_cover")[0].lines


def test_the_loan_debtors_flat_comes_from_the_estate_registry() -> None:
    c = _plan("court_bd_03")[1]
    reply = _draw("court_bd_03", "online_inquiry_result", ["estate"])[0]
    assert ESTATE in reply.lines and c.extra["cert"] in text_of([reply]) and reply.starts_document
    card = _draw("court_bd_03", "identity_proof", ["respondent"])[0]
    assert "常住人口登记卡" in card.lines and c.respondent.id_number in text_of([card])
    assert "民 事 调 解 书" in _draw("court_bd_03", "enforcement_basis")[0].lines
    ruling = _draw("court_bd_03", "enforcement_ruling")
    assert "执行裁定书" in ruling[0].lines and "查封被执行人" in text_of(ruling) and COURT in ruling[0].lines


def test_copies_carry_the_clerks_verification_stamp() -> None:
    for prefix, code in (("court_bd_01", "identity_proof"), ("court_bd_01", "lawyer_license"),
                         ("court_bd_03", "identity_proof"), ("court_bd_02", "fee_receipt")):
        s = _draw(prefix, code)[0]
        assert CHECKED in s.lines, (prefix, code)


def test_ids_validate() -> None:
    for k in (1, 2, 3):
        c = _plan(f"court_bd_0{k}")[1]
        for p in (c.applicant, c.respondent):
            check = check_credit_code if p.kind == "organisation" else check_id_number
            assert check(p.id_number) is None, p


def _decode(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("L"))


def test_capture_plans_stay_within_the_scanning_contract() -> None:
    s = _draw("court_bd_01", "acceptance_notice")[0]
    caps = [court_bd_capture.plan_capture(random.Random(k), s) for k in range(300)]
    assert {c.dpi for c in caps} <= {200, 240, 300} and {200, 300} <= {c.dpi for c in caps}
    assert max(abs(c.skew) for c in caps) <= 3.0 and max(abs(c.skew) for c in caps) > 2.0
    assert 5 < sum(c.rotation == 180 for c in caps) < 50 and {c.rotation for c in caps} == {0, 180}
    assert all(50 <= c.quality <= 80 for c in caps) and any(c.show for c in caps) and any(c.note for c in caps)


def test_the_page_number_stamp_counts_through_the_volume_from_its_first_document() -> None:
    app = _draw("court_bd_02", "enforcement_application")[0]
    court_bd_capture._VOLUME.update(page=40)
    assert court_bd_capture.plan_capture(random.Random(0), _draw("court_bd_02", "dossier_cover")[0]).page_no == 0
    assert court_bd_capture.plan_capture(random.Random(0), _draw("court_bd_02", "catalogue")[0]).page_no == 0
    assert court_bd_capture.plan_capture(random.Random(1), app).page_no == 1
    assert court_bd_capture.plan_capture(random.Random(2), Sheet()).page_no == 0, "a blank back"
    assert court_bd_capture.plan_capture(random.Random(2), _draw("court_bd_02", "enforcement_basis")[0]).page_no == 2
    notice = _draw("court_bd_02", "acceptance_notice")[0]
    assert court_bd_capture.plan_capture(random.Random(3), notice).page_no == 3, "no restart at the bureau's papers"
    assert court_bd_capture.plan_capture(random.Random(0), _draw("court_bd_02", "remarks_sheet")[0]).page_no == 0


def test_the_scan_is_aged_grey_with_show_through_staples_and_page_number() -> None:
    s = _draw("court_bd_01", "acceptance_notice")[0]
    cap = court_bd_capture.plan_capture(random.Random(5), s)
    cap.dpi, cap.skew, cap.rotation, cap.show, cap.note, cap.marks = 200, 0.0, 0, 0.0, "", []
    cap.staple, cap.stamped, cap.quality, cap.page_no = True, True, 80, 7
    plain = _decode(court_bd_capture.capture(s, cap, random.Random(1)))
    assert plain.shape == (s.height, s.width)
    assert 200 < np.median(plain) < 245, "aged paper, not white"
    assert (plain[40:120, 1300:1560] < 120).sum() > 200, "the 页码章 top right"
    assert (plain[30:100, 40:170] < 200).sum() > 100, "staple holes and rust top left"
    assert (plain < 100).mean() > 0.005, "the text stays dark and readable"
    cap.show = 0.1
    shown = _decode(court_bd_capture.capture(s, cap, random.Random(1)))
    mirrored = 255.0 - np.asarray(s.image.convert("L"), dtype=np.float32)[:, ::-1]
    mirrored = np.roll(mirrored, cap.show_dy, axis=0)
    back_only = (mirrored > 150) & (np.asarray(s.image.convert("L")) > 250)
    assert back_only.sum() > 1000
    diff = plain.astype(float)[back_only].mean() - shown.astype(float)[back_only].mean()
    assert 4 < diff < 40, ("faint mirrored 透印 of the back side", diff)


def test_an_upside_down_page_is_rotated_in_the_jpeg() -> None:
    s = _draw("court_bd_01", "acceptance_notice")[0]
    cap = court_bd_capture.plan_capture(random.Random(5), s)
    cap.dpi, cap.skew, cap.show, cap.note, cap.marks, cap.staple = 200, 0.0, 0.0, "", [], False
    cap.rotation = 0
    up = _decode(court_bd_capture.capture(s, cap, random.Random(1))).astype(float)
    cap.rotation = 180
    down = _decode(court_bd_capture.capture(s, cap, random.Random(1))).astype(float)
    assert np.abs(up - down[::-1, ::-1]).mean() < np.abs(up - down).mean() / 2
    top = (up[: up.shape[0] // 4] < 100).mean()
    assert top > (down[: down.shape[0] // 4] < 100).mean(), "the court's head is at the top only when upright"


@pytest.mark.parametrize("prefix", ["court_bd_02", "court_bd_03"])
def test_every_sheet_captures_to_a_readable_jpeg(prefix: str) -> None:
    p, c = _plan(prefix)
    rng = random.Random(4)
    for d in p.docs[:10]:
        for s in renderer("court_bd")(d.code, c, rng, d.served or ([d.note] if d.note else [])):
            cap = court_bd_capture.plan_capture(rng, s)
            img = _decode(court_bd_capture.capture(s, cap, rng))
            assert img.shape[1] == round(s.width * cap.dpi / 200)
            assert (img < 110).mean() > 0.0005, (d.code, "text survives")
