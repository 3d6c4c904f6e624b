"""The family court_aa (天津和平, drawn without looking at the page reader; held out until its one measurement, 97.5 %): the archive clerk's office
copier-scanner — bitonal text mode that dithers seals and ID photos into dots, copies of copies, a landscape printout
turned 90° — over a worker's labour award paid by a bank deduction, this court's 调解书 ended by 终本 and archived, and
this court's 判决书 ended by 终本 without the 调查笔录."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_aa_capture, renderer
from dossier.corpus.families.court_aa import COURT, LABOUR
from dossier.corpus.families.court_aa_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

OURS = [p for p in plans() if p.family == "court_aa"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_aa")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_investigation_record() -> None:
    assert not any(d.code == MISSING for d in OURS[2].docs)


def test_the_bases_are_a_labour_award_with_its_certificate_a_mediation_and_a_judgment_of_this_court() -> None:
    courts = {p.basis_kind: _plan(p.name[:11])[1].basis_court for p in OURS}
    assert courts == {"arbitration": LABOUR, "mediation": COURT, "judgment": COURT}
    c1 = _plan("court_aa_01")[1]
    award = _draw("court_aa_01", "enforcement_basis")
    assert (
        "津和劳人仲案字〔" in c1.basis_number
        and c1.basis_number in award[0].lines
        and LABOUR in award[0].lines
    )
    assert "裁决如下：" in _text(award) and "终局裁决" in _text(award)
    proof = _text(_draw("court_aa_01", "effectiveness_certificate"))
    assert "生 效 证 明" in proof and c1.basis_number in proof and "发生法律效力" in proof
    mediation = _text(_draw("court_aa_02", "enforcement_basis"))
    assert "民 事 调 解 书" in mediation and "自愿达成如下协议" in mediation and "津0101民初" in mediation
    judgment = _text(_draw("court_aa_03", "enforcement_basis"))
    assert "民 事 判 决 书" in judgment and "判决如下：" in judgment


def test_the_bank_deduction_pays_the_whole_award_and_the_clerk_notes_its_receipt() -> None:
    plan, c = _plan("court_aa_01")
    amount = f"{c.amount:,.2f}"
    slip = _text(_draw("court_aa_01", "payment_voucher", ["bank"]))
    assert "协助扣划存款回执" in slip and amount in slip and c.respondent.name in slip
    voucher = _text(_draw("court_aa_01", "payment_voucher"))
    assert "执行案款发放凭证" in voucher and amount in voucher and c.applicant.name in voucher
    talk = _text(_draw("court_aa_01", "interview_record"))
    assert "谈 话 笔 录" in talk and amount in talk
    assert "执行完毕" in _text(_draw("court_aa_01", "closing_notice"))
    assert not any(d.code == "settlement_agreement" for d in plan.docs), (
        "paid by deduction, not by a settlement"
    )


def test_rulings_are_all_titled_alike_and_the_courts_copies_carry_its_stamp_and_form_codes() -> None:
    ruling = _text(_draw("court_aa_02", "termination_this_round_ruling"))
    freeze = _text(_draw("court_aa_02", "enforcement_ruling"))
    for text in (ruling, freeze):
        assert "执行裁定书" in text
        assert "裁定如下：" in text and "本件与原本核对无异" in text
    assert "终结本院" in ruling and "本次执行程序" in ruling and "第五百一十七条" in ruling
    assert "本次执行程序" not in freeze
    order = _text(_draw("court_aa_02", "consumption_restriction_order"))
    c = _plan("court_aa_02")[1]
    assert f"法定代表人{c.respondent.legal_rep}" in order and str(c.extra["rep_id"]) in order
    for code in ("closing_approval_form", "catalogue", "file_review_form"):
        assert "津和法执（表）第" in _text(_draw("court_aa_02", code)), code
    receipt = _draw(
        "court_aa_02", "service_receipt", ["consumption_restriction_order", "dishonest_list_decision"]
    )[0]
    assert "限制消费令、决定书　各壹份" in receipt.lines and c.respondent.legal_rep in receipt.lines


def test_parties_are_from_heping_with_valid_numbers_and_the_licence_copy_is_certified() -> None:
    for p in OURS:
        c = _plan(p.name[:11])[1]
        assert c.number.startswith("（2024）津0101执48") and "天津市和平区" in c.respondent.address
        assert (
            check_credit_code(c.respondent.id_number) is None
            and check_id_number(str(c.extra["rep_id"])) is None
        )
        if c.applicant.kind == "person":
            assert check_id_number(c.applicant.id_number) is None
        assert c.firm.startswith("天津") and c.firm.endswith("律师事务所")
    licence, proof = _draw("court_aa_03", "identity_proof", ["respondent"])
    assert "与原件核对无异" in licence.lines and "营 业 执 照" in licence.lines
    assert proof.starts_document and "法定代表人身份证明书" in _text([proof])


def _scan(sheet: Sheet, mode: str, **kw: object) -> np.ndarray:
    cap = court_aa_capture.plan_capture(random.Random(3), sheet)
    cap.mode, cap.skew, cap.dpi = mode, 0.0, 300 if mode == "bitonal" else 200
    for k, v in kw.items():
        setattr(cap, k, v)
    return np.asarray(Image.open(io.BytesIO(court_aa_capture.capture(sheet, cap, random.Random(3)))))


def test_text_mode_dithers_the_seal_into_dots_while_the_text_stays_solid() -> None:
    sheet = _draw("court_aa_02", "enforcement_notice")[0]
    page = np.asarray(sheet.image.convert("RGB")).astype(int)
    red = (
        (page[..., 0] > 150)
        & (page[..., 1] < 110)
        & (page[..., 2] < 130)
        & (page[..., 0] - page[..., 1] > 80)
    )
    black = page.max(axis=2) < 60
    assert red.sum() > 5000 and black.sum() > 5000
    scan = _scan(sheet, "bitonal", copies=0, lid_open=False, rotation=0)
    assert scan.shape[1] == round(page.shape[1] * 1.5), "300 dpi"
    up = cv2_resize(red, scan.shape)
    seal = scan[up]
    dark = np.mean(seal < 128)
    assert 0.15 < dark < 0.85, "the red seal is a dot pattern, neither white nor solid"
    assert set(np.unique(np.round(scan / 255.0))) <= {0.0, 1.0}
    assert np.mean(scan[cv2_resize(black, scan.shape)] < 128) > 0.85, "black text stays black"
    grey = _scan(sheet, "grey", copies=0, lid_open=False, rotation=0)
    assert grey.shape[1] == page.shape[1] and 60 < np.median(grey[red]) < 200, (
        "greyscale keeps the seal a grey"
    )


def cv2_resize(mask: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    import cv2

    return cv2.resize(mask.astype(np.uint8), (shape[1], shape[0]), interpolation=cv2.INTER_NEAREST).astype(
        bool
    )


def test_the_landscape_printout_comes_out_turned_and_a_copy_of_a_copy_is_darker_with_a_lid_band() -> None:
    land, reply = _draw("court_aa_01", "online_inquiry_result")
    assert land.width > land.height and reply.starts_document and "协助查询存款回复函" in reply.lines
    cap = court_aa_capture.plan_capture(random.Random(5), land)
    assert cap.rotation in (90, 270)
    out = np.asarray(Image.open(io.BytesIO(court_aa_capture.capture(land, cap, random.Random(5)))))
    assert out.shape[0] > out.shape[1], "a landscape page turned upright on the glass"
    award = _draw("court_aa_01", "enforcement_basis")[0]
    assert getattr(award, "copies", 0) >= 2, "the worker's award is a copy of a copy"
    clean = _scan(award, "grey", copies=0, lid_open=False, rotation=0).astype(float)
    copied = _scan(award, "grey", copies=2, lid_open=True, rotation=0).astype(float)
    assert copied.mean() < clean.mean() - 2, "generation loss darkens the page"
    edges = min(copied[:, :20].mean(), copied[:, -20:].mean(), copied[-20:, :].mean())
    assert edges < 150, "a dark band where the lid was open"


def test_the_mediation_is_proved_effective_by_this_courts_civil_division_not_by_a_commission() -> None:
    c = _plan("court_aa_02")[1]
    proof = _text(_draw("court_aa_02", "effectiveness_certificate"))
    assert "生 效 证 明 书" in proof and c.basis_number in proof and "民事调解书" in proof
    assert COURT in proof and "本委" not in proof and "劳动争议" not in proof


def test_the_application_fee_follows_the_fee_rules_on_the_notice_and_the_receipt() -> None:
    from decimal import Decimal

    from dossier.corpus.families.court_aa_papers import application_fee

    c = _plan("court_aa_03")[1]
    expected = Decimal(50) + (min(c.amount, Decimal(500000)) - 10000) * Decimal("0.015")
    expected += max(Decimal(0), c.amount - 500000) * Decimal("0.01")
    assert application_fee(c) == expected.quantize(Decimal("0.01"))
    fee = f"{application_fee(c):,.2f}"
    assert fee in _text(_draw("court_aa_03", "payment_notice")) and fee in _text(
        _draw("court_aa_03", "fee_receipt")
    )
