"""The family court_an (温州鹿城, held out: drawn without looking at the page reader): an urban basic court's files of
民间借贷 and small-business disputes — its own 民间借贷 judgment against a 鞋业 workshop owner with the 借条 and the
bank transfer as evidence, archived after 终本; a 温州仲裁委员会 award on an eyewear factory's 货款 settled by 支付宝 and
微信 transfers; its 司法确认 ruling on a 人民调解委员会's 调解协议, handed in without the 申请执行费 receipt. Agents are
基层法律服务工作者 of a 法律服务所. Every page was photographed with a phone scanning app: auto-crop that bites a strip
or leaves the desk, a harsh black-and-white filter, finger shadows, evidence shot off a computer screen."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_an_capture, renderer
from dossier.corpus.families.court_an import ARBITRATION, MEDIATION, REGISTRY, SERVICE_OFFICE, AnSheet
from dossier.corpus.families.court_an_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)

OURS = family_plans("court_an")


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_an")(code, case_of(prefix), random.Random(seed), served or [])


def test_court_an_seqs_lie_in_its_range() -> None:
    assert all(66000 <= p.seq <= 66999 for p in OURS)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_fee_receipt() -> None:
    assert MISSING == "fee_receipt"
    defective = next(p for p in OURS if not p.complete)
    assert all(d.code != MISSING for d in defective.docs)


def test_the_bases_are_a_loan_judgment_an_eyewear_award_and_a_judicial_confirmation() -> None:
    loan = case_of("court_an_01")
    judgment = text_of(_draw("court_an_01", "enforcement_basis"))
    assert "浙0302民初" in loan.basis_number and "民间借贷纠纷" in judgment and "鞋业加工坊" in judgment
    assert "判决如下：" in judgment
    award = case_of("court_an_02")
    assert award.basis_court == ARBITRATION and "温仲字" in award.basis_number
    assert "眼镜" in text_of(_draw("court_an_02", "enforcement_basis"))
    assert "眼镜" in award.applicant.name and award.respondent.kind == "person"
    ruling = text_of(_draw("court_an_03", "enforcement_basis"))
    assert "浙0302民特" in case_of("court_an_03").basis_number and MEDIATION in ruling and "调解协议有效" in ruling


def test_the_lender_files_the_iou_and_a_bank_record_photographed_off_the_screen() -> None:
    iou, screen = _draw("court_an_01", "evidence")
    assert "借　条" in iou.lines and not screen.page_of and screen.starts_document
    assert isinstance(screen, AnSheet) and screen.screen and not getattr(iou, "screen", False)
    assert any("温州银行" in line for line in screen.lines)


def test_the_agent_is_a_legal_service_worker_not_a_lawyer_and_ids_validate() -> None:
    for p in OURS:
        c = case_of(p.name[:11])
        assert c.firm == SERVICE_OFFICE
        licence = text_of(_draw(p.name[:11], "lawyer_license"))
        assert "法律服务工作者执业证" in licence and c.extra["licence_no"] in licence
        assert "法律服务所函" in text_of(_draw(p.name[:11], "law_firm_letter"))
        for party in (c.applicant, c.respondent):
            check = check_id_number if party.kind == "person" else check_credit_code
            assert check(party.id_number) is None


def test_the_registry_and_a_wenzhou_bank_reply() -> None:
    inquiry = _draw("court_an_01", "online_inquiry_result")
    assert [s.starts_document for s in inquiry] == [False, True, True]
    assert REGISTRY in inquiry[2].lines and "协助查询存款回执" in inquiry[1].lines
    slip = text_of(_draw("court_an_02", "payment_voucher"))
    assert "转账详情" in slip and "执行款第一期" in slip


def _decode(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)))


def test_the_phone_app_crops_filters_and_sometimes_shoots_a_screen() -> None:
    page = _draw("court_an_01", "enforcement_notice")[0]
    caps = [court_an_capture.plan_capture(random.Random(k), page) for k in range(300)]
    assert all(c.photo for c in caps) and {c.dpi for c in caps} <= {150, 170, 200}
    assert any(c.cut_edge == "top" for c in caps) and any(c.desk_edge for c in caps) and any(c.finger for c in caps)
    assert not any(c.screen for c in caps)
    cap = caps[0]
    cap.cut_edge, cap.desk_edge, cap.finger, cap.rotation, cap.skew, cap.dpi = "top", "", "", 0, 0.0, 200
    cap.cut = 0.04
    img = _decode(court_an_capture.capture(page, cap, random.Random(1)))
    assert img.ndim == 2 and img.shape[0] < page.height and img.shape[1] == page.width
    assert (img > 235).mean() > 0.85, "the black-and-white filter blows the paper to white"
    screen = _draw("court_an_01", "evidence")[1]
    scap = court_an_capture.plan_capture(random.Random(2), screen)
    assert scap.screen
