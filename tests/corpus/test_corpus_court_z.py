"""The family court_z (陕西西安雁塔, drawn without looking at the page reader; held out until its one measurement, 96.2 %): dossiers photographed under a
高拍仪 at the filing window and in the undertaker's office — colour photos of pages on a desk, curled, lit by a lamp,
many cropped by the camera software — holding a 雁塔 first-instance judgment upheld by 西安中院 and enforced by wage
deduction through the employer, a 公证债权文书 with its 执行证书 settled and archived, and a handwritten application's
终本 dossier missing the 调查笔录."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_z_capture, renderer
from dossier.corpus.families.court_z_papers import APPEAL, NOTARY, REGISTRY
from dossier.validators.identity import check_credit_code, check_id_number

OURS = [p for p in plans() if p.family == "court_z"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_z")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_the_wages_case_rests_on_two_judgments_and_the_employer_withholds_the_wages() -> None:
    """The basis is the 雁塔 first-instance judgment and 西安中院's 二审 judgment (a document of its own); the ruling
    orders 扣留、提取 of the respondent's wages and the employer's receipt adds up to the amount."""
    plan, c = _plan("court_z_01")
    basis = _draw("court_z_01", "enforcement_basis")
    starts = [k for k, s in enumerate(basis) if s.starts_document]
    assert len(starts) == 1 and starts[0] > 0
    first, second = _text(basis[: starts[0]]), _text(basis[starts[0] :])
    assert "陕0113民初" in first and "判决如下" in first and "上诉于陕西省西安市中级人民法院" in first
    assert (
        APPEAL in second
        and "陕01民终" in second
        and "驳回上诉，维持原判" in second
        and "本判决为终审判决" in second
    )
    ruling = _text(_draw("court_z_01", "enforcement_ruling"))
    assert "扣留、提取" in ruling and str(c.extra["employer"]) in ruling and "裁定如下" in ruling
    assert "第二百五十四条" in ruling, "the 2023 text's article on income"
    receipt = _text(_draw("court_z_01", "payment_voucher"))
    assert str(c.extra["employer"]) in receipt and f"{c.amount:,.2f}" in receipt
    assert "settlement_agreement" not in {d.code for d in plan.docs}, (
        "the payroll receipt is the proof, no settlement"
    )


def test_the_notarial_basis_comes_with_its_execution_certificate_and_a_settlement() -> None:
    _, c = _plan("court_z_02")
    deed = _text(_draw("court_z_02", "enforcement_basis"))
    assert "公证书" in deed and "强制执行效力" in deed and c.basis_number in deed
    cert = _text(_draw("court_z_02", "effectiveness_certificate"))
    assert "执　行　证　书" in cert and str(c.extra["certificate_number"]) in cert and NOTARY in cert
    assert check_credit_code(c.applicant.id_number) is None and "小额贷款" in c.applicant.name
    settle = _text(_draw("court_z_02", "settlement_agreement"))
    assert "执行和解协议" in settle and "执行款专户" in settle


def test_applications_come_on_a_firms_letterhead_or_by_hand() -> None:
    typed = _draw("court_z_01", "enforcement_application")
    text = _text(typed)
    assert "所函〔" in text and "律师事务所" in text and "限制高消费" in text and "失信被执行人名单" in text
    by_hand = _draw("court_z_03", "enforcement_application")
    assert "所函" not in _text(by_hand) and "执行申请书" in _text(by_hand)
    paper = np.asarray(by_hand[0].image.convert("RGB"), dtype=np.int32)
    assert (paper[:, :, 2] - paper[:, :, 0] > 30).mean() > 0.005, "blue ruled lines and blue ink"


def test_ids_are_valid_and_the_registry_replies_on_its_letterhead() -> None:
    _, c = _plan("court_z_03")
    assert check_id_number(c.applicant.id_number) is None and check_id_number(c.respondent.id_number) is None
    reply = _text(_draw("court_z_03", "online_inquiry_result", ["registry"]))
    assert REGISTRY in reply and c.respondent.id_number in reply and c.number in reply
    table = _draw("court_z_03", "online_inquiry_result")[0]
    assert getattr(table, "landscape", False) and table.size[0] > table.size[1]
    shots = _text(_draw("court_z_03", "evidence"))
    assert "微信" in shots and "转账" in shots


def test_applicant_side_is_served_electronically_the_respondent_by_a_bordered_receipt() -> None:
    e = _text(_draw("court_z_01", "service_receipt", ["acceptance_notice"]))
    assert "电子送达凭证" in e and "受理案件通知书" in e
    paper = _text(_draw("court_z_01", "service_receipt", ["enforcement_notice", "property_report_order"]))
    assert "送 达 回 证" in paper and "执行通知书" in paper and "报告财产令" in paper and "雁执表" in paper


def test_the_high_camera_photographs_pages_on_a_desk_or_crops_them_soft() -> None:
    sheet = _draw("court_z_02", "acceptance_notice")[0]
    rng = random.Random(5)
    caps = [court_z_capture.plan_capture(rng, sheet) for _ in range(200)]
    assert all(c.photo for c in caps)
    assert {c.shot for c in caps} == {"raw", "cropped"}
    assert any(c.rotation == 180 for c in caps) and sum(c.rotation == 180 for c in caps) < 30
    assert all(150 <= c.dpi <= 200 for c in caps if c.shot == "cropped")
    raw = next(c for c in caps if c.shot == "raw" and c.desk == "wood" and c.rotation == 0)
    img = np.asarray(
        Image.open(io.BytesIO(court_z_capture.capture(sheet, raw, random.Random(1)))).convert("RGB")
    )
    assert (img.shape[1], img.shape[0]) == raw.frame, "the whole camera frame"
    corner = img[:40, :40].astype(int)
    assert corner[..., 0].mean() > corner[..., 2].mean() + 25, "the brown desk shows around the page"
    crop = next(c for c in caps if c.shot == "cropped" and c.rotation == 0)
    img2 = np.asarray(
        Image.open(io.BytesIO(court_z_capture.capture(sheet, crop, random.Random(1)))).convert("RGB")
    )
    assert abs(img2.shape[1] - 210 / 25.4 * crop.dpi) < 6, "the page alone at 150–200 dpi"
    table = _draw("court_z_03", "online_inquiry_result")[0]
    side = court_z_capture.plan_capture(random.Random(2), table)
    assert side.rotation == 90
