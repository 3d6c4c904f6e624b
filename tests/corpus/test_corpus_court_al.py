"""The family court_al (杭州互联网法院, held out: drawn without looking at the page reader): an internet court's
enforcement files printed from its 电子诉讼平台 with 电子签章 — its own online-trial 判决 for a 淘宝 shop owner
(with a 区块链存证证书 and an order-page screenshot), its 在线调解 民事调解书 for a 网络小额贷款 company archived after
终本, and its 网络服务合同 判决 whose file misses the 送达地址确认书 — served by SMS/APP and proven by printed
电子送达凭证; scanned on a production scanner: 1-bit text pages with the seals dithered, greyscale photo pages, the
endorser's running imprint, now and then a double-feed shadow or a trapezoid sheet."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_al_capture, renderer
from dossier.corpus.families.court_al_kit import COURT, LSheet
from dossier.corpus.families.court_al_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

OURS = [p for p in plans() if p.family == "court_al"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_al")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_court_al_seqs_lie_in_its_range() -> None:
    assert all(49000 <= p.seq <= 49999 for p in OURS)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_address_confirmation() -> None:
    assert MISSING == "service_address_confirmation"


def test_the_bases_are_this_courts_online_judgments_and_its_online_mediation() -> None:
    assert all(_plan(p.name[:11])[1].basis_court == COURT for p in OURS)
    shop = _text(_draw("court_al_01", "enforcement_basis"))
    assert "民事判决书" in shop and "淘宝" in shop and "在线公开开庭" in shop and "浙0192民初" in shop
    loan = _text(_draw("court_al_02", "enforcement_basis"))
    assert "民事调解书" in loan and "在线调解" in loan and "网络小额贷款" in loan
    assert "生效证明书" in _text(_draw("court_al_02", "effectiveness_certificate"))
    assert "网络服务合同" in _text(_draw("court_al_03", "enforcement_basis"))
    sheets = _draw("court_al_01", "enforcement_basis")
    assert all(any("电子诉讼平台" in line for line in s.lines) for s in sheets), "the platform's footer"
    assert any("验证码" not in line for line in sheets[-1].lines)


def test_evidence_is_a_blockchain_certificate_and_an_order_screenshot() -> None:
    cert, shot, chat = _draw("court_al_01", "evidence")
    assert "区块链存证证书" in cert.lines and isinstance(shot, LSheet) and shot.photo
    assert isinstance(chat, LSheet) and chat.photo and any("阿里旺旺" in line for line in chat.lines)
    assert any(_plan("court_al_01")[1].extra["order"] in line for line in shot.lines)


def test_the_lender_authorises_a_lawyer_and_its_in_house_legal_staff_and_ids_validate() -> None:
    c = _plan("court_al_02")[1]
    attorney = _text(_draw("court_al_02", "power_of_attorney"))
    assert c.extra["legal_staff"] in attorney and "法务" in attorney and c.agent in attorney
    assert c.respondent.kind == "person" and check_id_number(c.respondent.id_number) is None
    idcopy = _draw("court_al_02", "identity_proof", ["respondent"])[0]
    assert isinstance(idcopy, LSheet) and idcopy.photo and c.respondent.id_number in _text([idcopy])
    for p in OURS:
        case = _plan(p.name[:11])[1]
        assert check_id_number(case.extra["rep_id"]) is None
        for party in (case.applicant, case.respondent):
            ok = check_id_number if party.kind == "person" else check_credit_code
            assert ok(party.id_number) is None


def test_documents_are_served_electronically_and_proven_by_printed_records() -> None:
    e = _draw("court_al_01", "service_receipt", ["enforcement_notice", "property_report_order"])[0]
    text = _text([e])
    assert "电子送达凭证" in e.lines and "执行通知书、报告财产令" in text and "已送达" in text
    assert _plan("court_al_01")[1].respondent.name in text
    to_agent = _text(_draw("court_al_01", "service_receipt", ["acceptance_notice"]))
    assert _plan("court_al_01")[1].extra["email"] in to_agent
    assert not any(d.code == MISSING for d in OURS[2].docs)


def _decode(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)))


def test_the_scanner_makes_text_pages_one_bit_and_photo_pages_grey_with_a_running_imprint() -> None:
    notice = _draw("court_al_01", "enforcement_notice")[0]
    cap = court_al_capture.plan_capture(random.Random(3), notice)
    assert not cap.grey and cap.dpi in (200, 300) and cap.imprint.startswith("ZJHL ")
    cap.trapezoid, cap.shadow, cap.skew, cap.dpi = 0.0, 0.0, 0.0, 200
    mono = _decode(court_al_capture.capture(notice, cap, random.Random(3)))
    assert mono.ndim == 2 and ((mono > 40) & (mono < 215)).mean() < 0.02
    red = np.asarray(notice.image.convert("RGB")).astype(int)
    seal_px = mono[(red[..., 0] - red[..., 1]) > 100]
    assert 0.05 < (seal_px < 128).mean() < 0.9, "the 电子签章 is dithered to dots"
    shot = _draw("court_al_01", "evidence")[1]
    cap2 = court_al_capture.plan_capture(random.Random(4), shot)
    assert cap2.grey and cap2.photo
    grey = _decode(court_al_capture.capture(shot, cap2, random.Random(4)))
    assert grey.ndim == 2 and ((grey > 60) & (grey < 200)).mean() > 0.01
    caps = [court_al_capture.plan_capture(random.Random(k), notice) for k in range(300)]
    assert any(c.shadow for c in caps) and any(c.trapezoid for c in caps)
    assert {c.dpi for c in caps} == {200, 300} and all(c.rotation == 0 for c in caps)
    # the same sheet in the same dossier bears the same number build after build, whatever was built before it
    again = court_al_capture.plan_capture(random.Random(3), notice)
    assert again.imprint == cap.imprint and len({c.imprint for c in caps}) > 250
