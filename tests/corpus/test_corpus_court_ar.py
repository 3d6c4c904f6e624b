"""The family court_ar (南京中院执行局, held out: drawn without looking at the page reader): an intermediate court
enforcing large commercial cases. An investment company enforces this court's own 股权转让 judgment (several pages,
合议庭 signatures) against a 南京 developer and its guarantor through a big 南京 firm (所函, 执业证, 委托书, the
company's 营业执照 copy and 法定代表人身份证明书); 网络查控 on an A3 list, the bank's freezing reply, the 不动产登记中心's
reply; 终本. A 南京仲裁委员会 award (with its 送达及生效证明) settled by 和解协议 and paid in two transfers, archived.
A 钟山公证处 公证债权文书 (loan contract and 执行证书) against a borrower and his guarantor, 终本, handed in without the
查控 printout. The court's production scanner ran with "auto page size": the A3 list reduced to A4 landscape, B5/A5
forms laid on A4 with wide margins or cropped to their own size, slips glued on A4 票据粘贴单 (one document page per
scanned page), staple marks and punched holes, grey JPEG for text and colour where there is colour."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import A4, DPI, Sheet
from dossier.corpus.families import court_ar_capture, renderer
from dossier.corpus.families.court_ar import AWARD_SEQ, EQUITY_SEQ, LOAN_SEQ
from dossier.corpus.families.court_ar_kit import COURT
from dossier.corpus.families.court_ar_papers import A3, ARBITRATION, BANK, NOTARY, REGISTRY
from dossier.corpus.families.court_ar_plans import MISSING
from dossier.corpus.fonts import Font, font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_ar"]


def test_court_ar_seqs_lie_in_its_range() -> None:
    assert all(7000 <= p.seq <= 7999 for p in OURS)


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_ar")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_complete_dossiers_miss_nothing_and_the_notarial_dossier_misses_its_inquiry_printout() -> None:
    assert MISSING == "online_inquiry_result"
    loan, c = _plan("court_ar_03")
    assert not any(d.code == MISSING for d in loan.docs)
    ruling = text_of(_draw("court_ar_03", "termination_this_round_ruling"))
    assert "网络执行查控系统" in ruling, "the inquiry was run; only its printout never reached the file"
    assert any(d.code == "assistance_notice" for d in loan.docs)
    del c


def test_the_dossiers_are_35_to_50_pages_two_complete_one_archived() -> None:
    for p in OURS:
        c = _plan(p.name[:11])[1]
        rng = random.Random(3)
        pages = sum(len(renderer("court_ar")(d.code, c, rng, d.served or ([d.note] if d.note else [])))
                    for d in p.docs)
        assert 35 <= pages <= 50, (p.name, pages)
    assert [p.complete for p in OURS] == [True, True, False]
    assert [p.stage for p in OURS] == ["closing", "archive", "closing"]
    assert [p.basis_kind for p in OURS] == ["judgment", "arbitration", "notarial"]
    assert [p.seq for p in OURS] == [EQUITY_SEQ, AWARD_SEQ, LOAN_SEQ]


def test_the_bases_are_this_courts_equity_judgment_a_nanjing_award_and_a_notarised_loan() -> None:
    c1, c2, c3 = (_plan(f"court_ar_0{k}")[1] for k in (1, 2, 3))
    assert c1.number == f"（2024）苏01执{EQUITY_SEQ}号" and c2.number.endswith(f"执{AWARD_SEQ}号")
    assert c1.basis_court == COURT and "苏01民初" in c1.basis_number
    judgment = _draw("court_ar_01", "enforcement_basis")
    assert len(judgment) >= 3 and "民　事　判　决　书" in judgment[0].lines and c1.basis_number in judgment[0].lines
    body = text_of(judgment)
    assert "股权转让" in body and "判决如下：" in body and c1.extra["guarantor"] in body
    assert all(f"{role}　" in body for role in ("审　判　长", "审　判　员", "书　记　员"))
    assert [s.page_of for s in judgment] == [(k, len(judgment)) for k in range(1, len(judgment) + 1)]
    assert c2.basis_court == ARBITRATION and "宁仲裁字" in c2.basis_number
    award = _draw("court_ar_02", "enforcement_basis")
    assert ARBITRATION in award[0].lines and "终局裁决" in text_of(award) and "首席仲裁员" in text_of(award)
    assert "裁决书送达及生效证明" in _draw("court_ar_02", "effectiveness_certificate")[0].lines
    assert c3.basis_court == NOTARY and "宁钟证" in c3.basis_number
    deed = _draw("court_ar_03", "enforcement_basis")
    assert "公　证　书" in deed[0].lines and "借款及保证合同" in deed[1].lines
    assert not deed[1].starts_document, "the contract is bound behind the 公证书"
    cert = _draw("court_ar_03", "effectiveness_certificate")[0]
    assert "执　行　证　书" in cert.lines and c3.basis_number in text_of([cert])


def test_ids_validate_and_the_applicants_are_companies() -> None:
    for k in (1, 2, 3):
        c = _plan(f"court_ar_0{k}")[1]
        assert c.applicant.kind == "organisation" and check_credit_code(c.applicant.id_number) is None
        assert check_id_number(c.extra["rep_id"]) is None
        assert float(c.amount) >= 3_000_000, "an intermediate court's stakes"
    for k in (1, 2):
        r = _plan(f"court_ar_0{k}")[1].respondent
        assert r.kind == "organisation" and ("房地产开发" in r.name or "置业" in r.name)
        assert check_credit_code(r.id_number) is None
    borrower = _plan("court_ar_03")[1].respondent
    assert borrower.kind == "person" and check_id_number(borrower.id_number) is None


def test_the_lawyers_and_companys_papers_are_in_their_authors_styles() -> None:
    c = _plan("court_ar_01")[1]
    lic, rep = _draw("court_ar_01", "identity_proof")
    assert "营　业　执　照" in lic.lines and c.applicant.id_number in text_of([lic])
    assert "法定代表人身份证明书" in rep.lines and not rep.starts_document and rep.size != A4
    assert "营　业　执　照" in _draw("court_ar_01", "identity_proof", ["respondent"])[0].lines
    letter = _draw("court_ar_01", "law_firm_letter")[0]
    assert c.firm in letter.lines and "律 师 事 务 所 函" in letter.lines and "南京" in c.extra["firm_addr"]
    assert "律师执业证（复印件）" in _draw("court_ar_01", "lawyer_license")[0].lines
    assert "授权委托书" in _draw("court_ar_01", "power_of_attorney")[0].lines
    inquiry = _draw("court_ar_01", "online_inquiry_result")
    assert inquiry[0].size == A3 and [s.starts_document for s in inquiry] == [False, True, True]
    assert any("网络执行查控系统" in line for line in inquiry[0].lines)
    assert BANK in inquiry[1].lines and "协助冻结存款回执" in inquiry[1].lines
    assert REGISTRY in inquiry[2].lines and "不动产登记信息查询结果" in inquiry[2].lines
    clue = _draw("court_ar_01", "property_clue_form")[0]
    assert clue.size[0] < A4[0] and "申请执行人提供财产线索表" in clue.lines


def test_slips_are_glued_onto_backing_sheets_one_page_each() -> None:
    fee = _draw("court_ar_01", "fee_receipt")
    assert len(fee) == 1 and "票 据 粘 贴 单" in fee[0].lines
    assert "江苏省非税收入统一票据（电子）" in fee[0].lines and "中国银联 POS 签购单" in fee[0].lines
    c2 = _plan("court_ar_02")[1]
    paid = _draw("court_ar_02", "payment_voucher")
    assert len(paid) == 1 and sum(line == "网上银行电子回单" for line in paid[0].lines) == 2, "two slips, one sheet"
    assert f"¥{c2.extra['first']:,.2f}" in paid[0].lines and f"¥{c2.extra['second']:,.2f}" in paid[0].lines
    assert c2.extra["first"] + c2.extra["second"] == c2.extra["settled"]
    assert "执行和解协议" in _draw("court_ar_02", "settlement_agreement")[0].lines


def test_the_house_style_and_every_ruling_titled_as_a_ruling() -> None:
    c = _plan("court_ar_01")[1]
    ruling = _draw("court_ar_01", "termination_this_round_ruling")
    first = ruling[0]
    assert first.lines[:3] == [COURT, "执行裁定书", c.number]
    assert "— 1 —" in first.lines and first.page_of == (1, len(ruling))
    assert f"终结本院{c.number}案件的本次执行程序。" in text_of(ruling)
    assert "执行裁定书" in _draw("court_ar_01", "enforcement_ruling")[0].lines
    receipt = _draw("court_ar_01", "service_receipt", ["enforcement_notice", "property_report_order"])[0]
    assert "送　达　回　证" in receipt.lines and "执行通知书、报告财产令　各一份" in receipt.lines
    cover = _draw("court_ar_02", "dossier_cover")[0]
    assert "执　行　卷　宗" in cover.lines and "卷　内　目　录" in _draw("court_ar_02", "catalogue")[0].lines


def _decode(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)))


def test_auto_page_size_reduces_a3_and_lays_or_crops_small_papers() -> None:
    big = _draw("court_ar_01", "online_inquiry_result")[0]
    cap = court_ar_capture.plan_capture(random.Random(1), big)
    assert cap.paper == "a3" and cap.dpi == 300
    img = _decode(court_ar_capture.capture(big, cap, random.Random(1)))
    assert img.shape[:2] == (round(A4[0] * 1.5), round(A4[1] * 1.5)), "A3 reduced to A4 landscape"
    small = _draw("court_ar_01", "property_clue_form")[0]
    papers = {court_ar_capture.plan_capture(random.Random(k), small).paper for k in range(40)}
    assert papers == {"small_on_a4", "small_cropped"}
    for paper in ("small_on_a4", "small_cropped"):
        cap = court_ar_capture.plan_capture(random.Random(2), small)
        cap.paper, cap.dpi, cap.skew, cap.staple = paper, 200, 0.0, ""
        out = _decode(court_ar_capture.capture(small, cap, random.Random(2)))
        h, w = out.shape[:2]
        if paper == "small_on_a4":
            assert (w, h) == A4 and out[h - 100:, :].min() > 200, "wide empty margins below the form"
        else:
            assert (w, h) == small.size


def test_grey_for_text_colour_where_colour_and_staple_marks() -> None:
    notice = _draw("court_ar_01", "summons")[0]
    slips = _draw("court_ar_02", "payment_voucher")[0]
    text_only = Sheet()
    text_only.text(300, 300, "纯文字页面", court_ar_capture_font())
    assert not court_ar_capture.plan_capture(random.Random(1), text_only).colour
    assert court_ar_capture.plan_capture(random.Random(1), slips).colour
    assert court_ar_capture.plan_capture(random.Random(1), notice).colour, "the red seal keeps colour"
    caps = [court_ar_capture.plan_capture(random.Random(k), notice) for k in range(200)]
    assert {c.dpi for c in caps} == {200, 300} and all(c.rotation == 0 and not c.photo for c in caps)
    assert 20 < sum(bool(c.staple) for c in caps) < 120 and any(c.punched for c in caps)
    assert max(abs(c.skew) for c in caps) <= 0.7
    cap = caps[0]
    cap.staple, cap.skew, cap.dpi, cap.punched, cap.colour = "holes", 0.0, 200, False, False
    img = _decode(court_ar_capture.capture(text_only, cap, random.Random(5)))
    assert img.ndim == 2 and (img[:mm_px(20), :mm_px(30)] < 120).sum() > 10, "a pulled staple's holes"


def court_ar_capture_font() -> Font:
    return font("serif", 40)


def mm_px(v: float) -> int:
    return round(v / 25.4 * 200)


@pytest.mark.parametrize("prefix", ["court_ar_01", "court_ar_02", "court_ar_03"])
def test_every_sheet_captures_to_a_readable_jpeg(prefix: str) -> None:
    p, c = _plan(prefix)
    rng = random.Random(4)
    for d in p.docs[:9]:
        for s in renderer("court_ar")(d.code, c, rng, d.served or ([d.note] if d.note else [])):
            cap = court_ar_capture.plan_capture(rng, s)
            img = _decode(court_ar_capture.capture(s, cap, rng))
            assert img.shape[1] == court_ar_capture.out_size(s, cap)[0]
            assert cap.dpi in (200, 300) and (img < 110).mean() > 0.002, (d.code, "text survives")
    assert DPI == 200
