"""The family court_s (上海浦东, held out: drawn without looking at the page reader): a court of financial enforcement
whose banks and leasing companies file through law firms in batches, whose own papers come out of a case system with a
barcode of the case in the corner, which serves by 电子送达 and EMS 法院专递, and whose electronic dossier carries the
filing window's barcode labels, a diagonal watermark and a page stamp on every page — holding a 上海金融法院 judgment
settled and paid out, a notarised loan with its 执行证书 archived after 终本, and a leasing company's 调解书 whose
dossier lacks the lawyer's licence copy (the batch filed it in another case)."""

from __future__ import annotations

import io
import random
from datetime import timedelta
from decimal import Decimal
from functools import cache

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_s_capture, renderer
from dossier.corpus.families.court_s import FINANCIAL_COURT, NOTARY, WATERMARK
from dossier.corpus.families.court_s_kit import COURT, SSheet, case_digits
from dossier.corpus.families.court_s_papers import fee
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    draws_every_code_its_dossiers_hold,
    judged_as_planned,
    planned_after_every_older_dossier,
    text_of,
)

OURS = [p for p in plans() if p.family == "court_s"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_s")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _rgb(sheet: Sheet) -> np.ndarray:
    return np.asarray(sheet.image.convert("RGB")).astype(int)


def _red(a: np.ndarray) -> np.ndarray:
    return (a[..., 0] > 150) & (a[..., 0] - a[..., 1] > 60) & (a[..., 0] - a[..., 2] > 40)


def test_court_s_is_planned_after_every_older_dossier_and_was_built_only_when_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    planned_after_every_older_dossier("court_s", "court_r", monkeypatch)


def test_it_draws_every_code_its_dossiers_hold() -> None:
    draws_every_code_its_dossiers_hold("court_s")


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_lawyers_licence() -> None:
    judged_as_planned("court_s", "lawyer_license")
    codes = [{d.code for d in p.docs} for p in OURS]
    assert "lawyer_license" in codes[0] and "lawyer_license" in codes[1] and "lawyer_license" not in codes[2]


def test_the_bases_are_an_appeal_judgment_a_notarised_loan_and_this_courts_mediation() -> None:
    c1, c2, c3 = (_plan(p.name[:10])[1] for p in OURS)
    assert (c1.basis_court, c2.basis_court, c3.basis_court) == (FINANCIAL_COURT, NOTARY, COURT)
    judgment = _draw("court_s_01", "enforcement_basis")
    assert (
        "沪74民终" in c1.basis_number
        and FINANCIAL_COURT in judgment[0].lines
        and c1.basis_number in judgment[0].lines
    )
    text = text_of(judgment)
    assert "判决如下：" in text and "驳回上诉，维持原判。" in text and str(c1.extra["first_number"]) in text
    notarial = text_of(_draw("court_s_02", "enforcement_basis"))
    assert "赋予债权文书强制执行效力" in notarial and c2.basis_number in notarial
    certificate = _draw("court_s_02", "effectiveness_certificate")
    assert (
        "执 行 证 书" in certificate[0].lines and str(c2.extra["certificate_number"]) in certificate[0].lines
    )
    assert all(f"{v:,.2f}" in text_of(certificate) for _, v in c2.extra["amounts"]) and "公证费" in text_of(
        certificate
    )
    docs = [d.code for d in OURS[1].docs]
    assert docs.index("effectiveness_certificate") == docs.index("enforcement_basis") + 1
    mediation = text_of(_draw("court_s_03", "enforcement_basis"))
    assert (
        "民 事 调 解 书" in mediation and "融资租赁合同纠纷" in mediation and "沪0115民初" in c3.basis_number
    )
    assert "本院予以确认" in mediation


def test_the_batch_filing_names_the_batch_and_its_application_tables_the_amounts() -> None:
    _, c = _plan("court_s_01")
    batch, nth = c.extra["batch"]
    application = _draw("court_s_01", "enforcement_application")
    table = [line for s in application for line in s.lines]
    items = c.extra["amounts"]
    assert sum(v for _, v in items) == c.amount and len(items) == 5
    assert all(f"{v:,.2f}" in table for _, v in items) and f"{c.amount:,.2f}" in table and "合计" in table
    assert "限制消费" in text_of(application) and "失信被执行人名单" in text_of(application)
    for code in ("power_of_attorney", "law_firm_letter"):
        assert f"共{batch}件" in text_of(_draw("court_s_01", code)) and f"第{nth}号" in text_of(
            _draw("court_s_01", code)
        )
    licence, proof = _draw("court_s_01", "identity_proof")
    assert "营 业 执 照" in licence.lines and c.applicant.id_number in text_of([licence])
    assert "负责人身份证明书" in proof.lines and c.applicant.legal_rep in text_of([proof])


def test_the_case_systems_papers_carry_the_barcode_the_number_flush_right_and_the_checked_stamp() -> None:
    _, c = _plan("court_s_02")
    ruling = _draw("court_s_02", "termination_this_round_ruling")
    first = ruling[0]
    assert first.lines[:2] == [COURT, "执行裁定书"] and first.lines[2] == c.number
    corner, across = _rgb(first)[60:150, 100:460], _rgb(first)[60:150, 700:1300]
    assert (corner.max(axis=2) < 60).mean() > 0.3 and (across.max(axis=2) < 60).mean() < 0.01, (
        "the barcode in the top-left corner, nothing printed beside it"
    )
    assert case_digits(c.number) == "20240115" + "01" + "052603"
    text = text_of(ruling)
    assert "裁定如下：" in text and "终结本次执行程序。" in text and "附：相关法律条文" in text
    last = _rgb(ruling[-1])
    assert _red(last).sum() > 8000, "the seal and the 本件与原本核对无异 stamp"
    assert not isinstance(first, SSheet) or not first.received, "the court's own papers get no window label"


def test_the_window_sticks_a_barcode_label_on_the_first_page_of_every_received_paper() -> None:
    for code in ("enforcement_application", "power_of_attorney", "enforcement_basis", "identity_proof"):
        sheets = _draw("court_s_01", code)
        assert isinstance(sheets[0], SSheet) and sheets[0].received, code
        assert all(not getattr(s, "received", False) for s in sheets[1:]), code
    assert not any(
        "材料收转" in line for s in _draw("court_s_01", "power_of_attorney") for line in s.lines
    ), "the label is not the paper's text"
    reply = _draw("court_s_01", "online_inquiry_result")[1]
    assert isinstance(reply, SSheet) and reply.starts_document and reply.received
    assert "上海市浦东新区不动产登记事务中心" in reply.lines
    bank = _draw("court_s_01", "assistance_notice")[-1]
    assert "协助执行通知书（回执）" in bank.lines and not bank.starts_document


def test_the_applicant_is_served_electronically_and_the_respondent_by_ems_with_its_delivery_record() -> None:
    _, c = _plan("court_s_03")
    (e,) = _draw("court_s_03", "service_receipt", ["acceptance_notice"])
    assert "电 子 送 达 回 证" in e.lines and "受理通知书" in e.lines and "已送达" in e.lines
    receipt, ems = _draw("court_s_03", "service_receipt", ["enforcement_notice", "property_report_order"])
    mail = next(line for line in receipt.lines if "EMS法院专递" in line).split("邮件号")[1].rstrip("）")
    assert len(mail) == 13 and mail.startswith("11")
    assert "执行通知书、报告财产令（附财产申报表）　各一份" in receipt.lines
    assert mail in ems.lines and "法 院 专 递" in ems.lines and any("已妥投" in line for line in ems.lines)
    assert c.respondent.address in ems.lines


def test_parties_are_of_pudong_with_valid_numbers_and_the_fee_follows_the_fee_rules() -> None:
    for p in OURS:
        _, c = _plan(p.name[:10])
        assert c.number.startswith("（2024）沪0115执52") and c.applicant.kind == "organisation"
        assert check_credit_code(c.applicant.id_number) is None
        r = c.respondent
        assert (
            check_credit_code(r.id_number) if r.kind == "organisation" else check_id_number(r.id_number)
        ) is None
        assert check_id_number(str(c.extra["rep_id"])) is None
        assert c.firm.startswith("上海") and c.firm.endswith("律师事务所")
        assert c.basis_effective <= c.filed_on - timedelta(days=30)
    _, c = _plan("court_s_01")
    c.amount, before = Decimal("600000"), c.amount
    try:
        assert fee(c) == Decimal("50") + Decimal("490000") * Decimal("0.015") + Decimal("100000") * Decimal(
            "0.01"
        )
    finally:
        c.amount = before


def _scan(sheet: Sheet, seed: int = 3) -> tuple[court_s_capture.SCapture, np.ndarray]:
    rng = random.Random(seed)
    cap = court_s_capture.plan_capture(rng, sheet)
    cap.skew, cap.dpi = 0.0, 200
    return cap, np.asarray(Image.open(io.BytesIO(court_s_capture.capture(sheet, cap, rng))))


def test_the_e_dossier_stamps_a_diagonal_watermark_and_a_page_number_and_seals_are_scanned_in_colour() -> (
    None
):
    blank = SSheet()
    rng = random.Random(0)
    caps = [court_s_capture.plan_capture(rng, blank) for _ in range(3)]
    assert [c.page for c in caps] == [1, 2, 3] and not any(c.colour for c in caps), "no seal: greyscale"
    cap, page = _scan(blank)
    assert page.ndim == 2
    middle = page[600:1800, 200:1400]
    marked = (middle < 238) & (middle > 150)
    assert (middle <= 150).sum() == 0 and 0.01 < marked.mean() < 0.3, (
        "a grey watermark over the body, not a dark one"
    )
    rows = np.nonzero(marked.any(axis=1))[0]
    cols = np.nonzero(marked.any(axis=0))[0]
    assert rows.size > 800 and cols.size > 800, "tiled across the page"
    assert (page[:80, -400:] < 120).sum() > 50, "the page stamp in the top-right corner"
    assert WATERMARK.startswith("浦东法院电子卷宗")
    sealed = _draw("court_s_01", "law_firm_letter")[0]
    cap, scan = _scan(sealed)
    assert cap.colour and scan.ndim == 3 and _red(scan.astype(int)).sum() > 2000, (
        "the red seal kept in colour"
    )
