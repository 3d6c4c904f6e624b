"""The family court_x (郑州金水, held out: drawn without looking at the page reader): dossiers exported from the
court's 电子卷宗 system — every page framed by the system's header band (卷宗名称, 案号, 第n页) and border, scaled
down inside it, a few exported sideways — holding a 郑州中院 appeal judgment enforced by deduction, a 郑州仲裁委员会
award with its 生效证明 archived after 终本, and this court's own 民事调解书 missing the 律师事务所函."""

from __future__ import annotations

import io
import random
from functools import cache
from urllib.parse import quote

import cv2
import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_x_capture, renderer
from dossier.corpus.families.court_x import fee
from dossier.corpus.families.court_x_kit import ARB, COURT, INTER, XSheet
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    draws_every_code_its_dossiers_hold,
    judged_as_planned,
    planned_after_every_older_dossier,
)

OURS = [p for p in plans() if p.family == "court_x"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_x")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def _red(sheet: Sheet) -> int:
    a = np.asarray(sheet.image.convert("RGB")).astype(int)
    return int(((a[..., 0] > 190) & (a[..., 1] < 90) & (a[..., 2] < 100)).sum())


def test_court_x_is_planned_after_every_older_dossier_and_was_built_only_when_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    planned_after_every_older_dossier("court_x", "court_w", monkeypatch)


def test_it_draws_every_code_its_dossiers_hold() -> None:
    draws_every_code_its_dossiers_hold("court_x")


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_law_firm_letter() -> None:
    judged_as_planned("court_x", "law_firm_letter")
    codes = {d.code for d in OURS[2].docs}
    assert {"power_of_attorney", "lawyer_license"} <= codes and "law_firm_letter" not in codes


def test_cases_are_2026_cases_of_jinshui_with_valid_numbers() -> None:
    for p in OURS:
        c = _plan(p.name[:10])[1]
        assert c.number == f"（2026）豫0105执{p.seq}号" and c.court.name == COURT
        for party in (c.applicant, c.respondent):
            check = check_id_number if party.kind == "person" else check_credit_code
            assert check(party.id_number) is None, (p.name, party)
        for key in ("rep_id", "app_rep_id"):
            if key in c.extra:
                assert check_id_number(str(c.extra[key])) is None
        assert c.basis_effective < c.filed_on < c.closed_on


def test_the_bases_are_an_appeal_judgment_an_award_and_this_courts_mediation() -> None:
    c1, c2, c3 = (_plan(p.name[:10])[1] for p in OURS)
    assert (c1.basis_court, c2.basis_court, c3.basis_court) == (INTER, ARB, COURT)
    appeal = _draw("court_x_01", "enforcement_basis")
    text = _text(appeal)
    assert "豫01民终" in c1.basis_number and c1.basis_number in appeal[0].lines and INTER in appeal[0].lines
    assert "判决如下：" in text and "驳回上诉，维持原判。" in text and str(c1.extra["first_instance"]) in text
    award = _text(_draw("court_x_02", "enforcement_basis"))
    assert "裁决如下：" in award and "郑仲裁字" in award and "本裁决为终局裁决" in award
    proof = _text(_draw("court_x_02", "effectiveness_certificate"))
    assert "生 效 证 明" in proof and c2.basis_number in proof and "发生法律效力" in proof
    mediation = _draw("court_x_03", "enforcement_basis")
    assert "民 事 调 解 书" in mediation[0].lines and "双方当事人自愿达成如下协议：" in _text(mediation)
    assert all(isinstance(s, XSheet) and s.digital for s in mediation), (
        "this court's own: printed from the system"
    )


def test_other_bodies_verify_by_qr_code_and_this_court_signs_with_an_e_seal() -> None:
    c1 = _plan("court_x_01")[1]
    first = _draw("court_x_01", "enforcement_basis")[0]
    grey = cv2.cvtColor(np.asarray(first.image.convert("RGB")), cv2.COLOR_RGB2GRAY)
    data, _, _ = cv2.QRCodeDetector().detectAndDecode(grey[: grey.shape[0] // 4, grey.shape[1] // 2 :])
    assert quote(c1.basis_number) in data, "the 文书二维码 carries the case number"
    assert "扫码验证文书真伪" in first.lines
    ruling = _draw("court_x_01", "enforcement_ruling")
    assert all(isinstance(s, XSheet) and s.digital for s in ruling)
    assert _red(ruling[-1]) > 3000, "the red 电子签章"
    assert any("电子签章" in line for line in ruling[-1].lines)
    record = _draw("court_x_02", "interview_record")
    assert not any(getattr(s, "digital", True) for s in record), "笔录 are signed by hand and scanned"


def test_papers_received_hold_a_separate_legal_rep_certificate_and_copies_of_copies() -> None:
    ident = _draw("court_x_01", "identity_proof", ["respondent"])
    assert (
        len(ident) == 2
        and ident[1].starts_document
        and "法定代表人身份证明书" in ident[1].lines[0].replace(" ", "")
    )
    assert "营 业 执 照" in ident[0].lines
    idcopy = _draw("court_x_03", "identity_proof", ["respondent"])
    assert len(idcopy) == 1 and getattr(idcopy[0], "rescan", False)
    assert _plan("court_x_03")[1].respondent.id_number in _text(idcopy)
    letter = _text(_draw("court_x_02", "law_firm_letter"))
    assert "律 师 事 务 所 函" in letter and "特此函告。" in letter
    inquiry = _draw("court_x_01", "online_inquiry_result")
    assert len(inquiry) == 3 and inquiry[2].starts_document and "协助查询存款情况回复函" in _text(inquiry[2:])
    c1 = _plan("court_x_01")[1]
    fee_page = _text(_draw("court_x_01", "fee_receipt"))
    assert "河南省政府非税收入电子票据" in fee_page and f"{fee(c1.amount):,.2f}" in fee_page


def test_the_fee_follows_the_payment_measures() -> None:
    from decimal import Decimal

    assert fee(Decimal(8000)) == Decimal("50.00")
    assert fee(Decimal(110000)) == Decimal("1550.00")
    assert fee(Decimal(600000)) == Decimal("8400.00")


def test_every_page_comes_out_of_the_e_dossier_export_framed_and_numbered() -> None:
    sheets = [*_draw("court_x_01", "enforcement_application"), *_draw("court_x_01", "acceptance_notice")]
    rng = random.Random(5)
    pages = []
    for s in sheets:
        cap = court_x_capture.plan_capture(rng, s)
        cap.rotation = 0
        pages.append(
            (cap, np.asarray(Image.open(io.BytesIO(court_x_capture.capture(s, cap, rng))).convert("L")))
        )
    assert court_x_capture._state["page"] == len(sheets), "the volume's page numbers run from the first page"
    for cap, a in pages:
        assert 150 <= cap.dpi <= 200 and 55 <= cap.quality <= 80
        assert abs(a.shape[1] - 210 / 25.4 * cap.dpi) < 3 and abs(a.shape[0] - 297 / 25.4 * cap.dpi) < 3
        band = a[: int(cap.dpi / 25.4 * 4), int(a.shape[1] * 0.3) : int(a.shape[1] * 0.5)]
        assert 215 < band.mean() < 245, "the grey header band"
        page_left = a[a.shape[0] // 2, : int(cap.dpi / 25.4 * 5)]
        assert page_left.mean() > 240, "the page sits inside a margin, scaled down"
    turned = XSheet(digital=True, sideways=True)
    turned.text(100, 100, "执行裁定书", font("serif", 40))
    cap = court_x_capture.plan_capture(random.Random(1), turned)
    assert cap.rotation in (90, 270)
    img = Image.open(io.BytesIO(court_x_capture.capture(turned, cap, random.Random(1))))
    assert img.width > img.height, "exported rotated 90°, frame and all"
