"""The family court_ae (海口龙华, held out: drawn without looking at the page reader): dossiers sent from the bureau's
office copier by "scan to e-mail" in auto-colour mode — colourless pages 1-bit with the seals dithered to dots,
colour pages heavily compressed, show-through, humidity waves, crooked and upside-down sheets — holding a
海口仲裁委员会 award for a foreign-invested hotel supplier paid in three instalments, a 海口中院 二审 商品房 judgment
archived after 终本, and this court's 调解书 with the applicant's 收取执行款确认书 missing; lawyers are served through
the 电子送达 platform and its printed records stand for 送达回证."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ae_capture, renderer
from dossier.corpus.families.court_ae import APPEAL, ARBITRATION, INSTALMENTS, REGISTRY
from dossier.corpus.families.court_ae_kit import COURT, ESheet
from dossier.corpus.families.court_ae_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

OURS = [p for p in plans() if p.family == "court_ae"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_ae")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_court_ae_seqs_lie_in_its_range() -> None:
    assert all(68000 <= p.seq <= 68999 for p in OURS)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_account_confirmation() -> None:
    assert MISSING == "payment_account_confirmation"


def test_the_bases_are_a_haikou_award_an_appeal_judgment_on_a_flat_and_this_courts_mediation() -> None:
    courts = {p.name[:11]: _plan(p.name[:11])[1].basis_court for p in OURS}
    assert courts == {"court_ae_01": ARBITRATION, "court_ae_02": APPEAL, "court_ae_03": COURT}
    award = _draw("court_ae_01", "enforcement_basis")
    c1 = _plan("court_ae_01")[1]
    assert ARBITRATION in award[0].lines and "海仲字" in c1.basis_number and c1.basis_number in award[0].lines
    assert "裁决如下：" in _text(award) and "酒店客房用品供货合同" in _text(award)
    assert "终局裁决" in _text(_draw("court_ae_01", "effectiveness_certificate"))
    c2 = _plan("court_ae_02")[1]
    appeal = _text(_draw("court_ae_02", "enforcement_basis"))
    assert "琼01民终" in c2.basis_number and "驳回上诉，维持原判。" in appeal and "商品房" in appeal
    assert "生效证明书" in _text(_draw("court_ae_02", "effectiveness_certificate"))
    mediation = _draw("court_ae_03", "enforcement_basis")
    assert "民 事 调 解 书" in mediation[0].lines and "琼0106民初" in _plan("court_ae_03")[1].basis_number
    assert all(p.basis_kind == "judgment" for p in OURS[1:]) and OURS[0].basis_kind == "arbitration"


def test_the_foreign_invested_supplier_files_its_licence_and_a_bilingual_proof_of_its_representative() -> (
    None
):
    c = _plan("court_ae_01")[1]
    licence, proof = _draw("court_ae_01", "identity_proof")
    assert "外商投资企业　（海南自由贸易港）" in licence.lines and c.applicant.id_number in licence.lines
    assert isinstance(licence, ESheet) and licence.colour
    assert proof.starts_document and "法定代表人身份证明书" in proof.lines
    assert any("Co., Ltd." in line for line in proof.lines)
    attorney = _draw("court_ae_01", "power_of_attorney")[0]
    assert isinstance(attorney, ESheet) and attorney.colour and c.applicant.name in attorney.lines
    assert any(c.extra["english"] in line for line in attorney.lines)
    person = _draw("court_ae_02", "power_of_attorney")[0]
    assert isinstance(person, ESheet) and not person.colour, "a person's 委托书 has no letterhead"
    assert (
        check_credit_code(c.applicant.id_number) is None and check_credit_code(c.respondent.id_number) is None
    )
    for p in OURS:
        case = _plan(p.name[:11])[1]
        assert check_id_number(case.extra["rep_id"]) is None
        if case.applicant.kind == "person":
            assert check_id_number(case.applicant.id_number) is None


def test_settled_in_three_hainan_bank_transfers_that_add_up() -> None:
    c = _plan("court_ae_01")[1]
    assert (
        sum(x for _, x in c.extra["instalments"]) == c.amount and len(c.extra["instalments"]) == INSTALMENTS
    )
    slips = [d for d in OURS[0].docs if d.code == "payment_voucher"]
    assert [d.note for d in slips] == ["1", "2", "3"]
    slip = _draw("court_ae_01", "payment_voucher", ["3"])[0]
    assert "海南银行" in slip.lines and any("第3期" in line for line in slip.lines)


def test_lawyers_are_served_electronically_and_respondents_on_paper() -> None:
    e = _draw("court_ae_01", "service_receipt", ["acceptance_notice"])[0]
    c = _plan("court_ae_01")[1]
    text = _text([e])
    assert "电子送达凭证" in e.lines and "海南法院电子送达平台" in e.lines and "已送达" in text
    assert c.extra["email"] in text and c.agent_phone in text and "受理案件通知书" in text
    paper = _draw("court_ae_01", "service_receipt", ["enforcement_notice", "property_report_order"])[0]
    assert "送 达 回 证" in paper.lines and "执行通知书、报告财产令　各一份" in paper.lines
    confirmation = _text(_draw("court_ae_01", "service_address_confirmation"))
    assert "同意　☑" in confirmation and c.extra["email"] in confirmation


def test_the_flat_is_seized_through_the_registry_and_the_banks_reply() -> None:
    notice = _draw("court_ae_02", "assistance_notice")
    assert REGISTRY + "：" in notice[0].lines and "不动产查封（预查封）登记申请表" in notice[-1].lines
    inquiry = _draw("court_ae_02", "online_inquiry_result")
    assert "海南法院执行指挥中心　网络执行查控系统" in inquiry[0].lines
    assert [s.starts_document for s in inquiry] == [False, True, True, True]
    assert any("海南银行" in line for line in inquiry[1].lines) and any(
        "信用社" in line for line in inquiry[2].lines
    )
    assert "不动产登记信息查询结果告知书" in inquiry[3].lines
    again = _draw("court_ae_02", "online_inquiry_result", ["again"])
    assert len(again) == 1 and any("终本前复查" in line for line in again[0].lines)


def test_the_house_style_has_no_red_head_and_numbers_pages_the_official_way() -> None:
    ruling = _draw("court_ae_02", "termination_this_round_ruling")
    first = ruling[0]
    assert (
        first.lines[0] == COURT
        and "执行裁定书" in first.lines
        and _plan("court_ae_02")[1].number in first.lines
    )
    assert "— 1 —" in first.lines and (len(ruling) == 1 or "— 2 —" in ruling[1].lines)
    assert "本件与原本核对无异" in _text(ruling) and "终结本院" in _text(ruling)
    top = np.asarray(first.image.convert("RGB"))[:300].astype(int)
    assert not ((top[..., 0] - top[..., 1]) > 80).any(), "the court name is printed black, not red"


def _decode(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)))


def test_the_copier_stores_colourless_pages_one_bit_with_the_seal_dithered_and_colour_pages_compressed() -> (
    None
):
    notice = _draw("court_ae_01", "enforcement_notice")[0]
    rng = random.Random(3)
    cap = court_ae_capture.plan_capture(rng, notice)
    assert not cap.colour and cap.dpi == 200
    cap.skew, cap.rotation, cap.bleed, cap.cockle, cap.seal_tone = 0.0, 0, 0.0, 0.0, 170
    mono = _decode(court_ae_capture.capture(notice, cap, rng))
    assert mono.ndim == 2 and mono.shape == (2339, 1654)
    assert ((mono > 40) & (mono < 215)).mean() < 0.02, "1-bit: black or white (bar JPEG ringing)"
    red = np.asarray(notice.image.convert("RGB")).astype(int)
    seal = red[..., 0] - red[..., 1] > 100
    seal_px = mono[seal]
    assert 0.1 < (seal_px < 128).mean() < 0.8, "the red seal comes out as dots, neither solid nor gone"
    slip = _draw("court_ae_01", "payment_voucher", ["1"])[0]
    cap2 = court_ae_capture.plan_capture(random.Random(4), slip)
    assert cap2.colour and cap2.dpi in (150, 200) and cap2.quality <= 52
    assert _decode(court_ae_capture.capture(slip, cap2, random.Random(4))).ndim == 3


def test_the_copier_skews_turns_some_sheets_and_thin_paper_shows_the_back() -> None:
    page = _draw("court_ae_03", "acceptance_notice")[0]
    caps = [court_ae_capture.plan_capture(random.Random(k), page) for k in range(200)]
    assert any(c.rotation == 180 for c in caps) and sum(c.rotation == 180 for c in caps) < 20
    assert max(abs(c.skew) for c in caps) <= 3.0 and any(abs(c.skew) > 1.2 for c in caps)
    assert any(c.bleed for c in caps) and any(c.cockle for c in caps)
    cap = caps[0]
    cap.skew, cap.rotation, cap.cockle, cap.bleed = 0.0, 0, 0.0, 0.0
    clean = _decode(court_ae_capture.capture(page, cap, random.Random(5)))
    cap.bleed = 0.12
    through = _decode(court_ae_capture.capture(page, cap, random.Random(5)))
    assert (through < 128).sum() > (clean < 128).sum() * 1.02, "the back's text adds dots"
