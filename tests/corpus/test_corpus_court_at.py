"""The family court_at (河南洛阳涧西, held out: drawn without looking at the page reader): the enforcement bureau of
Luoyang's heavy-industry district, among tractor, bearing and mining-machinery plants. A bearing maker enforces the
洛阳中院 二审 judgment (驳回上诉，维持原判) against a tractor plant, the 涧西 一审 judgment filed behind it; the plant's
account at a 洛阳 bank is frozen and debited (the 协助执行通知书 comes back with the bank's stamped 回执) and the money
paid out. A steel trader's 洛阳仲裁委员会 award, with the commission's 生效证明, is paid into the court account by a
mining-machinery parts maker and the volume archived. A foundry worker's 劳务费 judgment is settled and paid in two
instalments, but the volume holds no identity papers of either party.

Capture: the bureau's old laser printer is low on toner (faded ink, vertical white streaks, uneven density; seals and
pen fills keep their strength), some sheets are recycled yellowish paper, long judgments were printed 二合一 (two
pages side by side on one landscape sheet); parties' papers are photocopies; everything went through a multifunction
copier at 200 dpi grey, JPEG."""

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
from dossier.corpus.families import court_at_capture, renderer
from dossier.corpus.families.court_at import BEARING_SEQ, LABOUR_SEQ, STEEL_SEQ
from dossier.corpus.families.court_at_kit import AtSheet
from dossier.corpus.families.court_at_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_at"]


@cache
def _case(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_at")(code, _case(prefix)[1], random.Random(seed), served or [])


def test_its_case_numbers_are_in_its_range_and_of_jianxi() -> None:
    assert [p.seq for p in OURS] == [BEARING_SEQ, STEEL_SEQ, LABOUR_SEQ]
    assert all(8000 <= p.seq <= 8999 for p in OURS)
    for p in OURS:
        c = _case(p.name[:11])[1]
        assert c.number == f"（2026）豫0305执{p.seq}号"
        assert c.court.name == "河南省洛阳市涧西区人民法院"


def test_two_complete_one_archived_and_the_labour_case_without_identity_papers() -> None:
    assert MISSING == "identity_proof"
    assert [p.complete for p in OURS] == [True, True, False]
    assert [p.stage for p in OURS] == ["closing", "archive", "closing"]
    assert [p.basis_kind for p in OURS] == ["judgment", "arbitration", "judgment"]
    assert not any(d.code == "identity_proof" for d in OURS[2].docs), "neither party's papers were handed in"
    assert sum(d.code == "enforcement_basis" for d in OURS[0].docs) == 2, "the 二审 judgment and the 一审 behind it"


def test_the_bases_are_the_appeal_judgment_the_first_instance_one_and_the_award() -> None:
    appeal = text_of(_draw("court_at_01", "enforcement_basis"))
    first = text_of(_draw("court_at_01", "enforcement_basis", ["first_instance"]))
    award = text_of(_draw("court_at_02", "enforcement_basis"))
    c1, c2 = _case("court_at_01")[1], _case("court_at_02")[1]
    assert "河南省洛阳市中级人民法院" in appeal and "豫03民终" in appeal and "驳回上诉，维持原判。" in appeal
    assert "判决如下" in first and c1.extra["first_no"] in first and "豫0305民初" in first
    assert c1.extra["first_no"] in appeal, "the appeal names the judgment it upholds"
    assert "洛阳仲裁委员会" in award and "裁决如下" in award and "终局裁决" in award and c2.basis_number in award
    cert = text_of(_draw("court_at_02", "effectiveness_certificate"))
    assert "生效证明" in cert and c2.basis_number in cert


def test_every_ruling_is_titled_by_its_form_and_says_what_it_does() -> None:
    for prefix, word in (("court_at_01", "划拨"), ("court_at_02", "冻结"), ("court_at_03", "查封")):
        sheets = _draw(prefix, "enforcement_ruling")
        assert sheets[0].lines[1] == "执行裁定书"
        body = text_of(sheets)
        assert "裁定如下：" in body and word in body.split("裁定如下：")[1]


def test_the_bank_returns_the_assistance_notice_with_its_receipt() -> None:
    text = text_of(_draw("court_at_01", "assistance_notice"))
    c = _case("court_at_01")[1]
    assert "协助执行通知书" in text and "回　　执" in text and c.extra["resp_bank"] in text and "扣划" in text


def test_party_numbers_are_valid_and_the_same_on_every_paper() -> None:
    for p in OURS:
        c = _case(p.name[:11])[1]
        for party in (c.applicant, c.respondent):
            check = check_credit_code if party.kind == "organisation" else check_id_number
            assert check(party.id_number) is None, (p.name, party.name)
    c = _case("court_at_02")[1]
    assert c.applicant.id_number in text_of(_draw("court_at_02", "identity_proof"))
    assert c.applicant.id_number in text_of(_draw("court_at_02", "enforcement_basis"))
    assert c.respondent.id_number in text_of(_draw("court_at_02", "identity_proof", ["respondent"]))
    licence = _draw("court_at_01", "identity_proof")
    assert len(licence) == 2 and licence[1].starts_document, "licence copy, then the 法定代表人身份证明书"


def test_long_judgments_are_printed_two_up_and_keep_both_pages_text() -> None:
    sheets = _draw("court_at_01", "enforcement_basis", ["first_instance"])
    assert all(isinstance(s, AtSheet) and s.two_up for s in sheets)
    assert all(s.width > s.height for s in sheets), "landscape A4"
    text = text_of(sheets)
    assert text.index("民 事 判 决 书") < text.index("判决如下") < text.index("审　判　员")
    appeal = _draw("court_at_01", "enforcement_basis")
    assert not any(isinstance(s, AtSheet) and s.two_up for s in appeal), "the 中院's original came as it was"


def _jpeg(sheet: Sheet, seed: int = 5) -> tuple[Image.Image, court_at_capture.ACapture]:
    rng = random.Random(seed)
    cap = court_at_capture.plan_capture(rng, sheet)
    return Image.open(io.BytesIO(court_at_capture.capture(sheet, cap, rng))), cap


def test_the_copier_scans_grey_jpeg_at_200_dpi_within_a_small_skew() -> None:
    for code in ("acceptance_notice", "identity_proof", "enforcement_basis"):
        im, cap = _jpeg(_draw("court_at_01", code)[0])
        assert im.format == "JPEG" and im.mode == "L" and im.info["dpi"][0] == pytest.approx(200, abs=1)
        assert abs(cap.skew) <= 3 and not cap.photo


def test_bureau_prints_are_faded_and_streaked_but_seals_are_not() -> None:
    sheet = _draw("court_at_01", "enforcement_notice")[0]
    assert isinstance(sheet, AtSheet) and sheet.source == "bureau"
    rng = random.Random(3)
    cap = court_at_capture.plan_capture(rng, sheet)
    lum, pen = court_at_capture.grey(sheet)
    out = court_at_capture.toner(lum, pen, cap, rng)
    text = (lum < 100) & ~pen
    assert text.sum() > 5000
    assert out[text].mean() > lum[text].mean() + 50, "the toner is low: black text comes out grey"
    assert np.allclose(out[pen], lum[pen]), "the seal was stamped after printing"
    ratio = (255.0 - out) / np.maximum(255.0 - lum, 1.0)
    xs = np.arange(sheet.width)[None, :]
    checked = 0
    for fx, width, loss in cap.streaks:
        band = (np.abs(xs - fx * sheet.width) < width / 4) & text
        near = (np.abs(xs - fx * sheet.width) > width * 2) & (np.abs(xs - fx * sheet.width) < width * 2 + 60) & text
        if band.sum() > 20 and near.sum() > 20:
            checked += 1
            assert ratio[band].mean() < ratio[near].mean() * (1 - loss * 0.6), "a white streak runs down the page"
    assert checked, "some streak crosses the text"


def test_the_streaks_and_the_faded_print_reach_the_jpeg() -> None:
    sheet = _draw("court_at_02", "enforcement_ruling")[0]
    im, cap = _jpeg(sheet, seed=11)
    a = np.asarray(im, dtype=np.float32)
    assert cap.rotation in (0, 180) and a.shape == (sheet.height, sheet.width)
    if cap.rotation:
        a = a[::-1, ::-1]
    dark = a < 200
    assert dark.sum() > 3000, "the text is still there for a clerk to read"
    assert np.percentile(a[dark], 5) > 50, "faded: the darkest print is no longer black"


def test_recycled_paper_is_darker_and_party_papers_are_photocopies() -> None:
    white = AtSheet(source="bureau")
    yellow = AtSheet(source="bureau", recycled=True)
    a_white = np.asarray(_jpeg(white)[0], dtype=np.float32)
    a_yellow = np.asarray(_jpeg(yellow)[0], dtype=np.float32)
    assert np.median(a_yellow) < np.median(a_white) - 8
    copy = _draw("court_at_02", "identity_proof")[0]
    assert isinstance(copy, AtSheet) and copy.source == "copy"
    a_copy = np.asarray(_jpeg(copy)[0], dtype=np.float32)
    assert np.median(a_copy) < 246, "a photocopy's grey ground"


def test_a_blank_back_stays_blank() -> None:
    im, cap = _jpeg(Sheet())
    a = np.asarray(im, dtype=np.float32)
    assert cap.source == "original" and a.min() > 200


def test_the_money_reaches_the_court_account_by_a_bank_slip_behind_the_payout_form() -> None:
    debit = _draw("court_at_01", "payment_voucher")
    transfer = _draw("court_at_02", "payment_voucher")
    c = _case("court_at_01")[1]
    assert len(debit) == 2 and debit[1].starts_document and "执行案款发放审批表" in debit[0].lines
    assert "有权机关扣划" in text_of(debit[1:]) and c.extra["court_acct"] in text_of(debit[1:])
    assert isinstance(transfer[1], AtSheet) and transfer[1].source == "copy", "the parts maker's own receipt, photocopied"
    assert len(_draw("court_at_03", "payment_voucher")) == 1, "the instalments were paid at the window"
