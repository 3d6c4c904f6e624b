"""The family court_ab (贵阳南明, drawn without looking at the page reader, held out until its one measurement): the
bureau's colour sheet-fed scanner at 200 dpi in auto colour — pink and yellow carbon copies kept in colour, staple
holes at the top left, yellowed older paper — over a 贵阳仲裁委员会 award paid by a bank deduction, this court's 民间借贷
judgment ended by 终本 and archived, and this court's 调解书 ended by 终本 without the applicant's 询问笔录."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ab_capture, renderer
from dossier.corpus.families.court_ab import COURT
from dossier.corpus.families.court_ab_papers import ARBITRATION, application_fee
from dossier.corpus.families.court_ab_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

OURS = [p for p in plans() if p.family == "court_ab"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_ab")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_court_ab_seqs_lie_in_its_range() -> None:
    assert all(26000 <= p.seq <= 26999 for p in OURS)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_applicants_hearing() -> None:
    assert not any(d.code == MISSING for d in OURS[2].docs)
    assert any(d.code == "investigation_record" for d in OURS[2].docs), "the respondent's 调查笔录 is there"


def test_the_bases_are_a_guiyang_award_with_its_certificate_and_this_courts_judgment_and_mediation() -> None:
    courts = {p.basis_kind: _plan(p.name[:11])[1].basis_court for p in OURS}
    assert courts == {"arbitration": ARBITRATION, "judgment": COURT, "mediation": COURT}
    c1 = _plan("court_ab_01")[1]
    award = _text(_draw("court_ab_01", "enforcement_basis"))
    assert "筑仲裁字第" in c1.basis_number and c1.basis_number in award
    assert "仲裁庭裁决如下：" in award and "终局裁决" in award
    proof = _text(_draw("court_ab_01", "effectiveness_certificate"))
    assert "生 效 证 明" in proof and c1.basis_number in proof and ARBITRATION in proof
    judgment = _text(_draw("court_ab_02", "enforcement_basis"))
    assert "民 事 判 决 书" in judgment and "判决如下：" in judgment and "黔0102民初" in judgment
    assert "自愿达成如下协议" in _text(_draw("court_ab_03", "enforcement_basis"))


def test_the_applicant_writes_her_own_application_and_the_company_has_a_lawyer_on_letterhead() -> None:
    hand = _draw("court_ab_02", "enforcement_application")
    c2 = _plan("court_ab_02")[1]
    assert hand[0].lines[0] == "申请执行书" and c2.applicant.id_number in _text(hand)
    lawyer = _text(_draw("court_ab_01", "enforcement_application"))
    c1 = _plan("court_ab_01")[1]
    assert (
        lawyer.startswith(c1.firm)
        and "强制执行申请书" in lawyer
        and "限制高消费" in lawyer
        and "失信" in lawyer
    )


def _colour(sheet: Sheet) -> tuple[float, float, float]:
    a = np.asarray(sheet.image.convert("RGB")).astype(float)
    m = np.median(a.reshape(-1, 3), axis=0)
    return float(m[0]), float(m[1]), float(m[2])


def test_service_receipts_and_the_money_receipt_are_pink_carbon_copies_with_their_copy_label() -> None:
    c = _plan("court_ab_01")[1]
    receipt = _draw("court_ab_01", "service_receipt", ["enforcement_notice", "property_report_order"])[0]
    r, g, _b = _colour(receipt)
    assert r > 235 and g < 225, "pink paper"
    assert "第二联　存卷" in receipt.lines and "执行通知书、报告财产令　各壹份" in receipt.lines
    a = np.asarray(receipt.image.convert("RGB")).astype(int)
    purple = (a[..., 2] - a[..., 1] > 40) & (a[..., 0] < 200)
    assert purple.sum() > 3000, "the fill is a blue-purple carbon"
    money = _draw("court_ab_01", "payment_voucher")[0]
    assert getattr(money, "carbon", "") == "pink" and f"{c.amount:,.2f}" in money.lines
    slip = _text(_draw("court_ab_01", "payment_voucher", ["bank"]))
    assert "协助扣划存款回执" in slip and f"{c.amount:,.2f}元" in slip and c.respondent.name in slip
    record = _draw("court_ab_02", "interview_record")
    assert all(getattr(s, "carbon", "") == "yellow" for s in record) and "询 问 笔 录" in _text(record)


def test_guizhou_bodies_reply_each_on_their_own_paper_behind_the_summary() -> None:
    pages = _draw("court_ab_02", "online_inquiry_result")
    assert not pages[0].starts_document and all(p.starts_document for p in pages[1:])
    heads = _text(pages)
    for body in (
        "贵阳市住房公积金管理中心",
        "贵阳市不动产登记中心",
        "车辆管理所",
        "支付宝（中国）网络技术有限公司",
        "财付通支付科技有限公司",
        "协助冻结存款回执",
    ):
        assert body in heads, body


def test_parties_are_from_nanming_with_valid_numbers() -> None:
    for p in OURS:
        c = _plan(p.name[:11])[1]
        assert c.number.startswith("（2024）黔0102执26") and "贵阳市南明区" in c.respondent.address
        assert (
            check_credit_code(c.respondent.id_number) is None
            and check_id_number(str(c.extra["rep_id"])) is None
        )
        if c.applicant.kind == "person":
            assert check_id_number(c.applicant.id_number) is None
        else:
            assert check_credit_code(c.applicant.id_number) is None
    licence, proof = _draw("court_ab_03", "identity_proof", ["respondent"])
    assert (
        "营 业 执 照" in licence.lines and proof.starts_document and "法定代表人身份证明书" in _text([proof])
    )
    fee = f"{application_fee(_plan('court_ab_03')[1]):,.2f}"
    assert fee in _text(_draw("court_ab_03", "fee_receipt")) and fee in _text(
        _draw("court_ab_03", "payment_notice")
    )


def _scan(sheet: Sheet, **kw: object) -> np.ndarray:
    cap = court_ab_capture.plan_capture(random.Random(3), sheet)
    for k, v in kw.items():
        setattr(cap, k, v)
    return np.asarray(Image.open(io.BytesIO(court_ab_capture.capture(sheet, cap, random.Random(3)))))


def test_the_scanner_keeps_carbon_copies_in_colour_at_200_dpi_with_the_staple_holes() -> None:
    receipt = _draw("court_ab_03", "service_receipt", ["summons"])[0]
    cap = court_ab_capture.plan_capture(random.Random(3), receipt)
    assert cap.colour and cap.dpi == 200 and not cap.photo and cap.rotation == 0
    scan = _scan(receipt, skew=0.0, staple=True, pencil=0)
    assert scan.ndim == 3 and scan.shape[:2] == (receipt.height, receipt.width)
    assert np.median(scan[..., 0]) - np.median(scan[..., 2]) > 10, "pink stays pink"
    corner = scan[: receipt.height // 12, : receipt.width // 10].min(axis=2)
    assert corner.min() < 90, "a staple hole at the top left"
    clean = _scan(receipt, skew=0.0, staple=False, pencil=0)
    assert clean[: receipt.height // 12, : receipt.width // 10].min() > 150
    grey = Sheet()
    grey.text(
        100, 100, "只有黑字的一页", __import__("dossier.corpus.fonts", fromlist=["font"]).font("sans", 40)
    )
    assert _scan(grey, skew=0.0, staple=False, pencil=0).ndim == 2, (
        "auto colour stores a page without colour grey"
    )


def test_the_older_judgment_is_yellowed_towards_its_edges() -> None:
    judgment = _draw("court_ab_02", "enforcement_basis")[0]
    assert getattr(judgment, "aged", 0.0) > 0.2
    scan = _scan(judgment, skew=0.0, staple=False, pencil=0).astype(float)
    edge, centre = scan[5:40, 400:1200], scan[1000:1040, 400:1200]
    assert edge[..., 0].mean() - edge[..., 2].mean() > centre[..., 0].mean() - centre[..., 2].mean() > 5


def test_the_bureaus_own_registers_are_typed_in_black_not_carbon_and_each_company_has_its_own_representative() -> (
    None
):
    cover = _draw("court_ab_02", "dossier_cover")[0]
    assert not getattr(cover, "carbon", "") and "执 行 卷 宗" in cover.lines
    a = np.asarray(cover.image.convert("RGB")).astype(int)
    assert ((a[..., 2] - a[..., 1] > 40) & (a[..., 0] < 200)).sum() < 200, (
        "no blue-purple carbon on the cover"
    )
    c = _plan("court_ab_01")[1]
    app = _text(_draw("court_ab_01", "identity_proof"))
    resp = _text(_draw("court_ab_01", "identity_proof", ["respondent"]))
    assert str(c.extra["app_rep_id"]) in app and str(c.extra["rep_id"]) in resp
    assert c.extra["app_rep_id"] != c.extra["rep_id"] and check_id_number(str(c.extra["app_rep_id"])) is None


def test_a_clerk_pencils_page_numbers_on_some_pages_but_never_on_the_cover_catalogue_or_remarks_sheet() -> (
    None
):
    for code in ("dossier_cover", "catalogue", "remarks_sheet"):
        sheet = _draw("court_ab_02", code)[0]
        assert all(court_ab_capture.plan_capture(random.Random(k), sheet).pencil == 0 for k in range(40)), (
            code
        )
    notice = _draw("court_ab_02", "enforcement_notice")[0]
    marked = [court_ab_capture.plan_capture(random.Random(k), notice).pencil for k in range(25)]
    assert 0 < sum(m > 0 for m in marked) < 20, "a few pages, not all"
    plain = _scan(notice, skew=0.0, staple=False, pencil=0).astype(int)
    pencilled = _scan(notice, skew=0.0, staple=False, pencil=17).astype(int)
    corner = (slice(0, 120), slice(notice.width - 260, notice.width))
    assert pencilled[corner].min() < plain[corner].min() - 60, "the number in the top right corner"
