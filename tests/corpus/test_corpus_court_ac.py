"""The family court_ac (合肥蜀山, drawn without looking at the page reader, held out until its one measurement): an
outsourced scanning service's high-speed sheet feeder — greyscale 300 dpi stored at 200, a dirty-glass streak down
many pages, moiré on copies of screened prints, a few sheets askew or clipped, the landscape 查控 printout stored
turned — over a 合肥仲裁委员会 award paid by a bank deduction, a 公证债权文书 with its 执行证书 ended by 终本 and archived (the ruling
served by 公告 in the 人民法院报), and the 合肥中院's 二审判决 ended by 终本 without the applicant's 约谈笔录. The bureau's 执行事务中心 makes
and serves the routine papers: its head line and form numbers, 法院专递 面单 with their 妥投 records."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ac_capture, renderer
from dossier.corpus.families.court_ac import APPEAL, ARBITRATION, CENTRE_HEAD, EMS, NEWSPAPER, NOTARY
from dossier.corpus.families.court_ac_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

OURS = [p for p in plans() if p.family == "court_ac"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_ac")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_court_ac_seqs_lie_in_its_range() -> None:
    assert all(77000 <= p.seq <= 77999 for p in OURS)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_interview_record() -> None:
    assert not any(d.code == MISSING for d in OURS[2].docs)
    c = _plan("court_ac_03")[1]
    for d in OURS[2].docs:
        text = _text(
            renderer("court_ac")(d.code, c, random.Random(1), d.served or ([d.note] if d.note else []))
        )
        assert "约　谈　笔　录" not in text and "谈　话　笔　录" not in text, d.code
    assert "约　谈　笔　录" in _text(_draw("court_ac_02", MISSING)), "the complete 终本 dossier files it"


def test_the_bases_are_an_award_a_notarised_loan_with_its_certificate_and_an_appeal_judgment() -> None:
    courts = {p.basis_kind: _plan(p.name[:11])[1].basis_court for p in OURS}
    assert courts == {"arbitration": ARBITRATION, "notarial": NOTARY, "judgment": APPEAL}
    c1 = _plan("court_ac_01")[1]
    award = _text(_draw("court_ac_01", "enforcement_basis"))
    assert "合仲字第" in c1.basis_number and c1.basis_number in award and "裁决如下：" in award
    assert "终局裁决" in award
    proof = _text(_draw("court_ac_01", "effectiveness_certificate"))
    assert "生 效 证 明" in proof and c1.basis_number in proof
    c2 = _plan("court_ac_02")[1]
    notarial = _draw("court_ac_02", "enforcement_basis")
    assert "公　证　书" in _text(notarial) and "借 款 合 同" in notarial[-1].lines
    cert = _text(_draw("court_ac_02", "effectiveness_certificate"))
    assert "执 行 证 书" in cert and str(c2.extra["exec_cert"]) in cert and c2.basis_number in cert
    appeal = _text(_draw("court_ac_03", "enforcement_basis"))
    c3 = _plan("court_ac_03")[1]
    assert (
        "皖01民终" in c3.basis_number and "驳回上诉，维持原判。" in appeal and "本判决为终审判决。" in appeal
    )
    assert str(c3.extra["first_instance"]) in appeal


def test_the_deduction_is_paid_out_and_the_applicant_signs_a_receipt_and_a_record_of_it() -> None:
    c = _plan("court_ac_01")[1]
    amount = f"{c.amount:,.2f}"
    assert amount in _text(_draw("court_ac_01", "payment_voucher", ["bank"]))
    assert "执行案款发放审批表" in _text(_draw("court_ac_01", "payment_voucher"))
    note = _draw("court_ac_01", "payment_voucher", ["receipt"])[0]
    assert "收　条" in note.lines and amount in _text([note]) and f"收款人：{c.applicant.name}" in note.lines
    talk = _text(_draw("court_ac_01", "interview_record"))
    assert (
        "谈　话　笔　录" in talk
        and amount in talk
        and "执行完毕" in _text(_draw("court_ac_01", "closing_notice"))
    )


def test_the_centre_heads_its_forms_and_serves_by_court_post_with_a_delivery_record() -> None:
    for code in (
        "acceptance_notice",
        "enforcement_notice",
        "closing_approval_form",
        "property_declaration_form",
    ):
        text = _text(_draw("court_ac_03", code))
        assert CENTRE_HEAD in text and "蜀法执事〔集约〕" in text, code
    c = _plan("court_ac_01")[1]
    slip, track = _draw("court_ac_01", "service_receipt", ["enforcement_notice", "property_report_order"])
    assert getattr(slip, "slip", False) and not track.starts_document
    assert "送达凭证粘贴单" in slip.lines and EMS in _text([slip]) and c.respondent.name in _text([slip])
    assert "执行通知书、报告财产令（附财产申报表）" in _text([slip])
    assert "EMS邮件全程跟踪查询结果" in track.lines and "已妥投" in _text([track])
    receipt = _draw("court_ac_01", "service_receipt", ["acceptance_notice"])
    assert len(receipt) == 1 and "送　达　回　证" in receipt[0].lines and c.agent in receipt[0].lines


def test_the_termination_ruling_is_served_by_an_announcement_in_the_court_newspaper() -> None:
    c = _plan("court_ac_02")[1]
    (page,) = _draw("court_ac_02", "service_receipt", ["termination_this_round_ruling"])
    text = _text([page])
    assert NEWSPAPER in page.lines and "公告送达报样粘贴单" in page.lines and getattr(page, "halftone", False)
    assert c.respondent.name in text and "自公告之日起经过30日即视为送达" in text
    ruling = _text(_draw("court_ac_02", "termination_this_round_ruling"))
    assert "执行裁定书" in ruling and "裁定如下：" in ruling and "本次执行程序。" in ruling
    approval = _text(_draw("court_ac_02", "closing_approval_form"))
    assert "终结本次执行程序案件审批表" in approval and "自执行案件立案之日起已超过三个月" in approval


def test_parties_are_from_shushan_with_valid_numbers_and_a_company_files_its_licence_and_rep_proof() -> None:
    for p in OURS:
        c = _plan(p.name[:11])[1]
        assert c.number.startswith("（2024）皖0104执77") and "合肥市蜀山区" in c.respondent.address
        assert (
            check_credit_code(c.respondent.id_number) is None
            and check_id_number(str(c.extra["rep_id"])) is None
        )
        if c.applicant.kind == "person":
            assert check_id_number(c.applicant.id_number) is None
    c2 = _plan("court_ac_02")[1]
    assert (
        check_credit_code(c2.applicant.id_number) is None
        and check_id_number(str(c2.extra["app_rep_id"])) is None
    )
    licence, proof = _draw("court_ac_02", "identity_proof")
    assert "营　业　执　照" in licence.lines and c2.applicant.id_number in _text([licence])
    assert proof.starts_document and "法定代表人身份证明书" in proof.lines
    assert str(c2.extra["app_rep_id"]) in _text([proof])


def test_the_command_centre_printout_is_wide_and_the_feeder_stores_it_turned() -> None:
    deposits, other = _draw("court_ac_01", "online_inquiry_result")
    assert deposits.width > deposits.height and other.starts_document
    assert "网络执行查控系统　存款类查询反馈结果" in deposits.lines
    cap = court_ac_capture.plan_capture(random.Random(5), deposits)
    assert cap.rotation in (90, 270)
    out = np.asarray(Image.open(io.BytesIO(court_ac_capture.capture(deposits, cap, random.Random(5)))))
    assert out.shape[0] > out.shape[1] and out.ndim == 2, "greyscale, turned upright"


def _scan(sheet: Sheet, **kw: object) -> np.ndarray:
    cap = court_ac_capture.plan_capture(random.Random(3), sheet)
    cap.skew, cap.clip_mm, cap.streak = 0.0, 0.0, False
    for k, v in kw.items():
        setattr(cap, k, v)
    return np.asarray(Image.open(io.BytesIO(court_ac_capture.capture(sheet, cap, random.Random(3))))).astype(
        float
    )


def test_the_feeder_scans_grey_stores_at_200_dpi_and_the_dirty_glass_leaves_one_streak() -> None:
    sheet = _draw("court_ac_01", "enforcement_notice")[0]
    clean = _scan(sheet)
    assert clean.shape[1] == round(sheet.width * 200 / 200) and len(np.unique(clean)) > 20, (
        "grey, not bitonal"
    )
    streaked = _scan(sheet, streak=True)
    x = round(court_ac_capture.STREAK_AT * clean.shape[1])
    margin = slice(clean.shape[0] - 120, clean.shape[0] - 60)  # the foot margin holds no text there
    assert (
        streaked[margin, x - 3 : x + 4].min(axis=1).mean()
        < clean[margin, x - 3 : x + 4].min(axis=1).mean() - 15
    )
    assert abs(streaked[margin, 40:80].mean() - clean[margin, 40:80].mean()) < 2, "only that column"
    askew = _scan(sheet, skew=1.8)
    assert askew[:12, :12].mean() < 120, "the scanner's dark backing in the corner of an askew sheet"


def test_a_copy_of_a_screened_print_beats_into_moire() -> None:
    licence = _draw("court_ac_01", "lawyer_license")[0]
    assert getattr(licence, "halftone", False)
    plain = _scan(licence, halftone=False)
    screened = _scan(licence, halftone=True)
    card = (slice(570, 710), slice(400, 900))  # inside the grey card, between its lines of print
    assert screened[card].std() > plain[card].std() + 8, "the dot screen aliased into a pattern"
