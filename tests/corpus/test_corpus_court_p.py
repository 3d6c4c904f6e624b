"""The family court_p (珠海横琴粤澳深度合作区, held out: drawn without looking at the page reader): dossiers whose
applicants are a Macau company, a Hong Kong resident and a Hong Kong company — their papers written in Macau and
Hong Kong in Traditional characters, bilingual heads, a 中国委托公证人's 证明书 stapled behind them — put through the
office copier's black-and-white scan-to-PDF: every page 1-bit, seals black blobs or dither, photos dithered."""

from __future__ import annotations

import io
import itertools
import random
from decimal import Decimal
from functools import cache

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_p_capture, renderer
from dossier.corpus.families.court_p import COURT, KINDS
from dossier.corpus.families.court_p_kit import PSheet
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    draws_every_code_its_dossiers_hold,
    judged_as_planned,
    planned_after_every_older_dossier,
    text_of,
)

OURS = [p for p in plans() if p.family == "court_p"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_p")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_court_p_is_planned_after_every_older_dossier_and_was_built_only_when_named(monkeypatch: pytest.MonkeyPatch) -> None:
    planned_after_every_older_dossier("court_p", "court_o", monkeypatch)


def test_it_draws_every_code_its_dossiers_hold() -> None:
    draws_every_code_its_dossiers_hold("court_p")


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_payment_account_confirmation() -> (
    None
):
    judged_as_planned("court_p", "payment_account_confirmation")


def test_applicants_come_from_macau_and_hong_kong_and_their_numbers_are_valid() -> None:
    kinds = [_plan(p.name[:10])[1].extra["kind"] for p in OURS]
    assert kinds == ["macau_company", "hk_person", "hk_company"] == [KINDS[p.seq] for p in OURS]
    for p in OURS:
        c = _plan(p.name[:10])[1]
        assert c.number.startswith("（2024）粤0491执") and c.basis_number.startswith("（2023）粤0491民初")
        assert c.basis_court == COURT and "珠海市横琴" in c.respondent.address
        assert (
            check_credit_code(c.respondent.id_number) is None
            and check_id_number(str(c.extra["rep_id"])) is None
        )
    person = _plan("court_p_02")[1].applicant
    assert person.kind == "person" and person.id_number.startswith("810000") and len(person.id_number) == 18
    assert check_id_number(person.id_number) is None, "港澳居民居住证 number with a valid check digit"
    for prefix in ("court_p_01", "court_p_03"):
        company = _plan(prefix)[1].applicant
        assert company.kind == "organisation" and company.id_number == "", "no mainland credit code"
    hk = _plan("court_p_02")[1].extra["hkid"]
    values = [36, ord(hk[0]) - 55, *[int(d) for d in hk[1:7]]]
    check = hk[8]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True)) + (
        10 if check == "A" else int(check)
    )
    assert total % 11 == 0, f"HKID {hk} check digit"


def test_the_macau_firms_application_is_in_traditional_characters_and_the_courts_papers_in_simplified() -> (
    None
):
    application = text_of(_draw("court_p_01", "enforcement_application"))
    for word in (
        "申請人",
        "被申請人",
        "執行請求",
        "事實與理由",
        "此致",
        "廣東省珠海市橫琴粵澳深度合作區人民法院",
        "衡正律師事務所",
    ):
        assert word in application, word
    assert "申请人" not in application and "执行请求" not in application
    assert "Escritório de Advogados" in application, "the firm's Portuguese name in its letterhead"
    notice = text_of(_draw("court_p_01", "acceptance_notice"))
    assert "受理执行案件通知书" in notice and COURT in notice and "執" not in notice
    hk_application = text_of(_draw("court_p_02", "enforcement_application"))
    assert "强制执行申请书" in hk_application and "港澳居民居住证号码810000" in hk_application


def test_papers_from_macau_and_hong_kong_have_the_notarys_attestation_stapled_behind() -> None:
    macau = _draw("court_p_01", "identity_proof")
    assert "商業登記證明" in macau[0].lines and "CERTIDÃO DE REGISTO COMERCIAL" in macau[0].lines
    assert "REGIÃO ADMINISTRATIVA ESPECIAL DE MACAU" in text_of(macau[:1]) and macau[0].page_of == (1, 2)
    attest = text_of(macau[2:3])
    assert (
        "证　明　书" in macau[2].lines and "中国法律服务（澳门）有限公司" in attest and "转递专用章" in attest
    )
    assert "商业登记证明" in attest and not any(s.starts_document for s in macau), (
        "stapled behind: continuation pages"
    )
    assert "永久性居民身份證" in text_of(macau[3:])
    hk = text_of(_draw("court_p_03", "identity_proof"))
    for word in (
        "公司註冊證明書",
        "CERTIFICATE OF INCORPORATION",
        "商業登記證",
        "BUSINESS REGISTRATION CERTIFICATE",
        "中国法律服务（香港）有限公司",
    ):
        assert word in hk, word
    power = _draw("court_p_01", "power_of_attorney")
    assert "授 權 委 託 書" in power[0].lines and "粵港澳大灣區律師執業證號" in text_of(power[:1])
    assert "签名并加盖该公司印章" in text_of(power[1:]).replace("上签名", "签名")
    resident = text_of(_draw("court_p_02", "identity_proof"))
    assert "港澳居民来往内地通行证" in resident and "中华人民共和国港澳居民居住证" in resident
    assert _plan("court_p_02")[1].applicant.id_number in resident


def test_the_money_went_to_macau_and_the_hong_kong_company_was_paid_in_two_instalments() -> None:
    c1 = _plan("court_p_01")[1]
    trail = _draw("court_p_01", "payment_voucher")
    assert "跨境人民币汇款回单（汇出）" in trail[0].lines and f"CNY {c1.amount:,.2f}" in trail[0].lines
    assert trail[1].starts_document and "收 款 確 認 書" in trail[1].lines
    assert "扣划" in text_of(_draw("court_p_01", "assistance_notice")) and "回执" in text_of(
        _draw("court_p_01", "assistance_notice")
    )
    plan3, c3 = _plan("court_p_03")
    paid = c3.extra["paid"]
    assert len(paid) == 2 and sum(amount for _, amount in paid) == c3.amount
    slips = _draw("court_p_03", "payment_voucher")
    for k, (_, amount) in enumerate(paid, 1):
        assert f"和解款第{k}期" in text_of(slips) and f"{Decimal(amount):,.2f}" in text_of(slips)
    assert "settlement_agreement" in [d.code for d in plan3.docs]
    assert "payment_account_confirmation" not in [d.code for d in plan3.docs]


def _scan(sheet: Sheet, mode: str, threshold: int = 150) -> np.ndarray:
    cap = court_p_capture.plan_capture(random.Random(3), sheet)
    cap.mode, cap.threshold, cap.skew, cap.crooked, cap.dpi = mode, threshold, 0.0, False, 200
    return np.asarray(Image.open(io.BytesIO(court_p_capture.capture(sheet, cap, random.Random(3)))))


def test_the_copier_stores_every_page_in_one_bit_and_a_red_seal_turns_black() -> None:
    sheet = _draw("court_p_01", "enforcement_notice")[0]
    page = np.asarray(sheet.image.convert("RGB")).astype(int)
    red = (page[..., 0] > 150) & (page[..., 1] < 110) & (page[..., 2] < 130)
    assert red.sum() > 3000, "a red seal to scan"
    for mode in ("text", "text_photo"):
        scan = _scan(sheet, mode)
        assert scan.ndim == 2, "black and white, not colour"
        assert np.mean((scan > 60) & (scan < 195)) < 0.03, "only black and white (and the JPEG's ringing)"
    text = _scan(sheet, "text")
    assert np.mean(text[red] < 128) > 0.8, "the seal a black blob"
    assert text.shape[1] == round(sheet.width * 200 / 200)


def test_photos_on_id_copies_are_dithered_not_grey() -> None:
    card = _draw("court_p_01", "identity_proof")[3]
    assert isinstance(card, PSheet) and card.photo and card.copied
    x0, y0, x1, y1 = card.pictures[0]
    box = (slice(y0 + 4, y1 - 4), slice(x0 + 4, x1 - 4))
    assert np.mean(np.asarray(card.image.convert("L"))[box] < 200) > 0.3, "a grey photograph"
    scan = _scan(card, "text_photo")[box]
    assert np.mean((scan > 60) & (scan < 195)) < 0.05
    dark = np.mean(scan < 128)
    assert 0.1 < dark < 0.9, "dots, neither all black nor all white"
    flips = np.mean(np.abs(np.diff((scan < 128).astype(int), axis=1)))
    assert flips > 0.08, "error diffusion: black and white alternate along a row"


def test_the_operator_keeps_the_stack_settings_and_some_pages_feed_crooked() -> None:
    rng = random.Random(5)
    sheet = _draw("court_p_02", "acceptance_notice")[0]
    caps = [court_p_capture.plan_capture(rng, sheet) for _ in range(200)]
    assert {c.dpi for c in caps} == {200, 300} and {c.mode for c in caps} == {"text", "text_photo"}
    changes = sum(a.dpi != b.dpi for a, b in itertools.pairwise(caps))
    assert changes < 40, "a stack keeps its resolution"
    crooked = [c for c in caps if c.crooked]
    assert crooked and all(1.8 <= abs(c.skew) <= 4.5 for c in crooked)
    assert all(c.rotation == 0 and not c.photo for c in caps)
    copy = _draw("court_p_02", "identity_proof")[0]
    assert court_p_capture.plan_capture(random.Random(1), copy).screen > 0, (
        "a copy carries its halftone screen"
    )
    assert court_p_capture.plan_capture(random.Random(1), sheet).screen == 0
