"""The family court_ag (西宁城中, held out: drawn without looking at the page reader): dossiers scanned on the
bureau's multifunction printer in "高压缩PDF" (MRC) mode — a crisp 1-bit text layer at 300 dpi over a 75–100 dpi
background compressed hard, so seals, screenshots and ID photos come back soft and blocky — holding 西宁中院 judgments
on 冬虫夏草 and 牦牛肉 supply contracts, applications the applicants wrote themselves, printed WeChat and Alipay transfer
screenshots beside a 青海银行 电子回单, a handwritten 撤回执行申请书 ending in 终结执行, and a 终本 archived; the
defective dossier lacks the 送达地址确认书."""

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
from dossier.corpus.families import court_ag_capture, renderer
from dossier.corpus.families.court_ag import MIDDLE
from dossier.corpus.families.court_ag_kit import BUREAU, COURT
from dossier.corpus.families.court_ag_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

OURS = [p for p in plans() if p.family == "court_ag"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_ag")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_court_ag_seqs_lie_in_its_range() -> None:
    assert all(86000 <= p.seq <= 86999 for p in OURS)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_address_confirmation() -> None:
    assert MISSING == "service_address_confirmation"
    assert [p.method for p in OURS] == ["fully_performed", "terminated_this_round", "terminated"]
    assert [p.seq for p in OURS] == [86143, 86528, 86904]


def test_the_bases_are_xining_intermediate_court_judgments_on_cordyceps_and_yak_meat() -> None:
    for prefix, goods, appeal in (("court_ag_01", "冬虫夏草", True), ("court_ag_02", "牦牛肉", False),
                                  ("court_ag_03", "牦牛肉干", True)):
        c = _plan(prefix)[1]
        judgment = _draw(prefix, "enforcement_basis")
        assert c.basis_court == MIDDLE and MIDDLE in judgment[0].lines and "民 事 判 决 书" in judgment[0].lines
        assert ("青01民终" if appeal else "青01民初") in c.basis_number and c.basis_number in judgment[0].lines
        assert goods in _text(judgment) and "判决如下" in _text(judgment)
        assert ("驳回上诉，维持原判。" in _text(judgment)) == appeal
    assert "发生法律效力" in _text(_draw("court_ag_02", "effectiveness_certificate"))


def test_the_applicants_wrote_their_own_applications_and_the_withdrawal_by_hand() -> None:
    hand_written = _draw("court_ag_01", "enforcement_application")[0]
    assert "执行申请书" in hand_written.lines and not any("律师" in line for line in hand_written.lines)
    typed = _draw("court_ag_02", "enforcement_application")[0]
    assert "强制执行申请书" in typed.lines
    c = _plan("court_ag_03")[1]
    withdrawal = _text(_draw("court_ag_03", "evidence"))
    assert "撤回执行申请书" in withdrawal and "自愿撤回" in withdrawal and c.number in withdrawal
    ruling = _text(_draw("court_ag_03", "termination_ruling"))
    assert "执行裁定书" in ruling and "撤回执行申请书" in ruling and "终结" in ruling and "第二百六十八条" in ruling
    heard = _text(_draw("court_ag_03", "interview_record"))
    assert "询 问 笔 录" in heard and "撤回执行申请书" in heard and "自愿" in heard and "终结本次" not in heard


def test_paid_by_wechat_and_alipay_screenshots_and_the_court_accounts_slip_adding_up() -> None:
    c = _plan("court_ag_01")[1]
    assert sum(p[1] for p in c.extra["payments"]) + c.extra["disbursed"] == c.amount and c.extra["disbursed"] > 0
    assert [d.note for d in OURS[0].docs if d.code == "payment_voucher"] == ["wechat", "alipay", "bank"]
    wx = _text(_draw("court_ag_01", "payment_voucher", ["wechat"]))
    assert "对方已收款" in wx and "转账成功" in wx and f"¥{c.extra['payments'][0][1]:,.2f}" in wx
    ali = _text(_draw("court_ag_01", "payment_voucher", ["alipay"]))
    assert "交易成功" in ali and "收　条" in ali
    slip = _text(_draw("court_ag_01", "payment_voucher", ["bank"]))
    assert "青海银行" in slip and "电子回单" in slip and f"¥{c.extra['disbursed']:,.2f}" in slip


def test_ids_validate_and_come_front_and_back_on_one_sheet() -> None:
    for p in OURS:
        c = _plan(p.name[:11])[1]
        assert check_id_number(c.applicant.id_number) is None and check_id_number(c.extra["rep_id"]) is None
        assert check_credit_code(c.respondent.id_number) is None
    page = _draw("court_ag_02", "identity_proof")
    assert len(page) == 1 and "居 民 身 份 证" in page[0].lines and _plan("court_ag_02")[1].applicant.id_number in page[0].lines
    licence, rep = _draw("court_ag_02", "identity_proof", ["respondent"])
    assert "营　业　执　照" in licence.lines and rep.starts_document and "法定代表人身份证明书" in rep.lines


def test_the_banks_and_the_vehicle_office_reply_on_their_own_papers() -> None:
    inquiry = _draw("court_ag_02", "online_inquiry_result")
    assert [s.starts_document for s in inquiry] == [False, True, True, True]
    assert "青海银行股份有限公司" in inquiry[1].lines and "青海西宁农村商业银行股份有限公司" in inquiry[2].lines
    assert "机动车信息查询结果" in inquiry[3].lines
    again = _draw("court_ag_02", "online_inquiry_result", ["again"])
    assert len(again) == 1 and "网络查控反馈结果汇总（终本前复查）" in again[0].lines


def test_the_house_style_heads_boxes_the_number_and_names_the_bureau_in_the_footer() -> None:
    c = _plan("court_ag_02")[1]
    ruling = _draw("court_ag_02", "termination_this_round_ruling")
    assert ruling[0].lines[:3] == [COURT, "执行裁定书", c.number]
    assert BUREAU in ruling[0].lines and f"第 1 页  共 {len(ruling)} 页" in ruling[0].lines
    assert "终结本院" in _text(ruling) and "本次执行程序" in _text(ruling)
    receipt = _draw("court_ag_02", "service_receipt", ["termination_this_round_ruling"])[0]
    assert "送达回证" in receipt.lines and "执行裁定书（终本）　各一份" in receipt.lines


def _decode(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(int)


def test_the_mrc_scan_keeps_text_crisp_at_300_dpi_and_blurs_the_seal_and_blue_ink() -> None:
    page = _draw("court_ag_01", "enforcement_notice")[0]
    cap = court_ag_capture.plan_capture(random.Random(1), page)
    cap.mrc, cap.dpi, cap.rotation, cap.skew, cap.chroma, cap.bg_dpi, cap.bg_quality = True, 300, 0, 0.0, 45, 75, 30
    img = _decode(court_ag_capture.capture(page, cap, random.Random(2)))
    assert img.shape[:2] == (3508, 2481)
    grey = img.mean(axis=2)
    text = grey < 60
    spread = img[text].max(axis=1) - img[text].min(axis=1)
    assert text.mean() > 0.01 and np.percentile(spread, 95) < 20, "neutral black text"
    assert ((grey > 60) & (grey < 200)).mean() < 0.03, "a 1-bit layer: hardly any grey edge (bar the seal)"
    red = (img[..., 0] - img[..., 1]) > 60
    assert red.sum() > 2000, "the seal survives in the background"
    blocks = np.abs(np.diff(img[..., 0][red.any(axis=1)], axis=1)).mean()
    assert blocks < 40, "and comes back soft"
    caps = [court_ag_capture.plan_capture(random.Random(k), page) for k in range(300)]
    assert any(not c.mrc and c.dpi == 200 for c in caps) and sum(c.mrc for c in caps) > 220
    assert any(c.rotation in (90, 270) for c in caps) and sum(c.rotation != 0 for c in caps) < 20
    assert all(25 <= c.bg_quality <= 40 and 75 <= c.bg_dpi <= 100 for c in caps)
    assert {c.chroma for c in caps} >= {45, 140}, "blue ink lands in either layer"


def test_grey_pages_are_200_dpi_single_channel() -> None:
    page = _draw("court_ag_03", "acceptance_notice")[0]
    cap = court_ag_capture.plan_capture(random.Random(1), page)
    cap.mrc, cap.dpi, cap.rotation = False, 200, 90
    img = np.asarray(Image.open(io.BytesIO(court_ag_capture.capture(page, cap, random.Random(2)))))
    assert img.ndim == 2 and img.shape == (1654, 2339)


@pytest.mark.parametrize("prefix", ["court_ag_01", "court_ag_02", "court_ag_03"])
def test_each_dossier_has_35_to_50_pages(prefix: str) -> None:
    plan, c = _plan(prefix)
    n = sum(len(renderer("court_ag")(d.code, c, random.Random(1), d.served or ([d.note] if d.note else [])))
            for d in plan.docs)
    assert 35 <= n <= 50
