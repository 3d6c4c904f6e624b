"""The family court_ad (太原迎泽, held out: drawn without looking at the page reader): volumes bound before they were
digitised and captured on the archive room's overhead book scanner — pages curving into a shadowed spine that
alternates left and right, the 打码机's number in the top right corner, greyscale JPEG — holding workers' wage cases
against a coal-trading / construction company: a labour-arbitration award paid out against a fingerprinted receipt,
this court's 调解书 archived after 终本, and a judgment handed in for closing without the 收取案款确认书."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ad_capture, renderer
from dossier.corpus.families.court_ad import COURT
from dossier.corpus.families.court_ad_kit import ADSheet
from dossier.corpus.families.court_ad_papers import AID, AID_FIRMS, ARBITRATION
from dossier.corpus.families.court_ad_plans import MISSING
from dossier.validators.identity import check_id_number

OURS = [p for p in plans() if p.family == "court_ad"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_ad")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_court_ad_seqs_lie_in_its_range() -> None:
    assert all(59000 <= p.seq <= 59999 for p in OURS)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_account_confirmation() -> None:
    assert MISSING == "payment_account_confirmation"


def test_the_bases_are_a_labour_award_this_courts_mediation_and_its_judgment() -> None:
    courts = {p.basis_kind: _plan(p.name[:11])[1].basis_court for p in OURS}
    assert courts == {"arbitration": ARBITRATION, "mediation": COURT, "judgment": COURT}
    c1 = _plan("court_ad_01")[1]
    award = _draw("court_ad_01", "enforcement_basis")
    assert c1.basis_number.startswith("并劳人仲案字〔") and c1.basis_number in award[0].lines
    assert ARBITRATION in award[0].lines and "仲 裁 裁 决 书" in award[0].lines
    assert "裁决如下：" in _text(award) and "拖欠的工资" in _text(award) and "终局裁决" in _text(award)
    proof = _text(_draw("court_ad_01", "effectiveness_certificate"))
    assert "生 效 证 明" in proof and c1.basis_number in proof and "发生法律效力" in proof
    mediation = _text(_draw("court_ad_02", "enforcement_basis"))
    assert "民 事 调 解 书" in mediation and "自愿达成如下协议" in mediation and "晋0106民初" in mediation
    judgment = _text(_draw("court_ad_03", "enforcement_basis"))
    assert "民 事 判 决 书" in judgment and "判决如下：" in judgment and "劳务费" in judgment


def test_the_worker_writes_his_application_by_hand_on_squared_paper() -> None:
    c = _plan("court_ad_02")[1]
    sheets = _draw("court_ad_02", "enforcement_application")
    text = _text(sheets)
    assert text.startswith("执行申请书") and c.applicant.id_number in text
    assert "限制高消费" in text and "失信被执行人名单" in text and f"申请人：{c.applicant.name}" in text
    assert getattr(sheets[0], "leaf", "") == "first", "the volume's numbering starts with it"
    page = np.asarray(sheets[0].image.convert("RGB")).astype(int)
    green = (page[..., 1] - page[..., 0] > 30) & (page[..., 1] - page[..., 2] > 20)
    assert green.mean() > 0.005, "the green squares of the 稿纸"
    red = (page[..., 0] > 150) & (page[..., 1] < 110)
    assert (
        not red.any()
        and (
            (np.asarray(sheets[-1].image.convert("RGB")).astype(int)[..., 0] > 150)
            & (np.asarray(sheets[-1].image.convert("RGB")).astype(int)[..., 1] < 110)
        ).sum()
        > 500
    ), "his red fingerprint beside his name on the last sheet"


def test_the_legal_aid_centre_names_the_lawyer_and_parties_carry_valid_numbers() -> None:
    for p in OURS:
        _, c = _plan(p.name[:11])
        assert c.number.startswith("（2024）晋0106执") and "太原市迎泽区" in c.respondent.address
        assert (
            check_id_number(c.applicant.id_number) is None and check_id_number(str(c.extra["rep_id"])) is None
        )
        assert c.firm in AID_FIRMS
    c = _plan("court_ad_01")[1]
    letter = _draw("court_ad_01", "law_firm_letter")
    assert AID in letter[0].lines and "法律援助公函" in letter[0].lines
    assert c.agent in _text(letter) and str(c.extra["license"]) in _text(letter)
    company = _draw("court_ad_01", "identity_proof", ["respondent"])
    assert "国家企业信用信息公示系统" in _text(company[:1]) and c.respondent.id_number in company[0].lines
    assert company[1].starts_document and "法定代表人身份证明书" in company[1].lines


def test_the_money_is_deducted_and_paid_against_a_fingerprinted_receipt() -> None:
    plan, c = _plan("court_ad_01")
    assert plan.method == "fully_performed" and "settlement_agreement" not in {d.code for d in plan.docs}
    inquiry = _draw("court_ad_01", "online_inquiry_result")
    assert [s.starts_document for s in inquiry] == [False, True, True]
    assert "晋商银行股份有限公司" in inquiry[1].lines and "已冻结" in _text(inquiry[1:2])
    assert "农民工工资保证金" in _text(inquiry[2:])
    paid = _draw("court_ad_01", "payment_voucher", ["bank"])
    assert len(paid) == 2 and paid[1].starts_document and "执行款领取收条" in paid[1].lines
    assert f"人民币{c.amount:,.2f}元" in _text(paid[1:]) and c.number in _text(paid[1:])
    assert f"领款人：{c.applicant.name}" in paid[1].lines
    img = np.asarray(paid[1].image.convert("RGB")).astype(int)
    assert ((img[..., 0] > 150) & (img[..., 1] < 110)).sum() > 500, "the red fingerprint over his name"


def _scan(sheet: Sheet, **kw: object) -> tuple[court_ad_capture.ADCapture, np.ndarray]:
    cap = court_ad_capture.plan_capture(random.Random(5), sheet)
    for k, v in kw.items():
        setattr(cap, k, v)
    pic = Image.open(io.BytesIO(court_ad_capture.capture(sheet, cap, random.Random(5))))
    return cap, np.asarray(pic)


def test_the_book_scanner_shades_the_spine_that_alternates_and_stamps_each_numbered_sheet() -> None:
    notice = _draw("court_ad_01", "enforcement_notice")[0]
    start = ADSheet(leaf="first")
    caps = [
        court_ad_capture.plan_capture(random.Random(k), s)
        for k, s in enumerate([start, notice, notice, notice])
    ]
    assert [c.stamp for c in caps] == [1, 2, 3, 4], "the 打码机 counts the volume's sheets"
    assert [c.gutter for c in caps] == ["left", "right", "left", "right"], "recto and verso"
    cover = _draw("court_ad_02", "dossier_cover")[0]
    assert court_ad_capture.plan_capture(random.Random(0), cover).stamp == 0, "the cover carries no number"
    _, grey = _scan(notice, gutter="left", turn=0.0, finger=False, dpi=200, stamp=7)
    assert grey.ndim == 2, "stored greyscale"
    h, w = grey.shape
    assert grey[h // 3 : 2 * h // 3, : w // 40].mean() < grey[h // 3 : 2 * h // 3, -w // 40 :].mean() - 60
    _, right = _scan(notice, gutter="right", turn=0.0, finger=False, dpi=200, stamp=7)
    assert right[h // 3 : 2 * h // 3, -w // 40 :].mean() < right[h // 3 : 2 * h // 3, : w // 40].mean() - 60
    corner = grey[: h // 20, -w // 4 :]
    assert (corner < 120).sum() > 200, "the stamped number in the top right corner"
    _, big = _scan(notice, dpi=300, turn=0.0, finger=False)
    assert big.shape[0] == round(h * 1.5)
    many = [court_ad_capture.plan_capture(random.Random(k), notice) for k in range(300)]
    assert {c.dpi for c in many} == {200, 300} and all(50 <= c.quality <= 70 for c in many)
    assert all(abs(c.turn) <= 2.0 for c in many) and any(abs(c.turn) > 1.0 for c in many)
    assert 0 < sum(c.finger for c in many) < 80, "now and then the operator's fingertip"


def test_a_ruled_line_bends_toward_the_spine_and_not_on_the_outer_side() -> None:
    sheet = ADSheet()
    y = sheet.height // 4
    sheet.line(0, y, sheet.width, y, width=5)
    _, grey = _scan(sheet, gutter="left", turn=0.0, finger=False, dpi=200, stamp=0, curve=30.0)
    w = grey.shape[1]

    def row_at(x: int) -> int:
        band = grey[y - 80 : y + 80, x].astype(int)
        return int(np.argmin(band)) + y - 80

    assert abs(row_at(w // 2) - y) <= 3 and abs(row_at(w - w // 10) - y) <= 3, "flat away from the spine"
    assert abs(row_at(w // 30) - y) >= 12, "bent near the spine"
