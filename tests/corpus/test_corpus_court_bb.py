"""The family court_bb (湖南株洲芦淞, held out: drawn without looking at the page reader): the district of the 芦淞服装城
garment wholesale market, its textile workshops and the rail-equipment suppliers around 中车株洲. A 服装城 fabric trader's
货款 judgment, upheld on appeal by the 株洲中院, is paid partly by a bank deduction and the rest under a 执行和解协议; a
shop owner's 株洲仲裁委 award on her 服装城 shop's rent (with the 仲裁委's 生效证明) is settled, paid and archived; a
lender's 民间借贷 民事调解书 of this court against a rail-parts supplier is paid from the receivable a 中车 company owed
it, the 中车 company holding back the money on the court's 协助执行通知书 — but the applicant never filled the window's
被执行人财产线索提供表, and the dossier lacks it. Every page went through the undertaker's cheap USB CIS desk scanner:
colour at 200 dpi, JPEG q60–80, R/G/B planes a pixel or two apart along the feed, a lighter and a darker stripe down
the page, now and then a band stretched or squeezed where the sheet was pulled, the legal-size 财产申报表 cut at the foot
of the A4 bed, crooked by up to 3°."""

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
from dossier.corpus.families import court_bb_capture, renderer
from dossier.corpus.families.court_bb import APPEAL_SEQ, ARB, LOAN_SEQ, MID, SHOP_SEQ
from dossier.corpus.families.court_bb_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_bb"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert len(OURS) == 3 and all(23000 <= p.seq <= 23999 for p in OURS)
    assert [p.seq for p in OURS] == [APPEAL_SEQ, SHOP_SEQ, LOAN_SEQ]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_bb")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_two_paid_cases_and_an_archived_award_the_loan_one_without_its_clue_form() -> None:
    assert MISSING == "property_clue_form"
    assert [p.stage for p in OURS] == ["closing", "archive", "closing"]
    assert [p.complete for p in OURS] == [True, True, False]
    assert [p.basis_kind for p in OURS] == ["judgment", "arbitration", "mediation"]
    loan = OURS[2]
    assert MISSING not in [d.code for d in loan.docs]
    assert all(MISSING in [d.code for d in p.docs] for p in OURS[:2])


def test_the_bases_come_from_the_intermediate_court_the_arbitration_commission_and_this_court() -> None:
    appeal, shop, loan = (_plan(f"court_bb_0{k}")[1] for k in (1, 2, 3))
    assert appeal.basis_court == MID and "湘02民终" in appeal.basis_number
    judgment = text_of(_draw("court_bb_01", "enforcement_basis"))
    assert "驳回上诉，维持原判" in judgment and "芦淞服装城" in judgment and appeal.extra["first_no"] in judgment
    assert shop.basis_court == ARB and "株仲裁字" in shop.basis_number
    award = text_of(_draw("court_bb_02", "enforcement_basis"))
    assert "终局裁决" in award and shop.extra["shop"] in award
    assert "生效" in text_of(_draw("court_bb_02", "effectiveness_certificate"))
    assert loan.basis_court == "湖南省株洲市芦淞区人民法院" and "民初" in loan.basis_number
    assert "调解" in text_of(_draw("court_bb_03", "enforcement_basis"))
    assert loan.extra["debtor3"] in text_of(_draw("court_bb_03", "assistance_notice"))


def test_every_ruling_is_titled_as_one_and_says_what_it_freezes() -> None:
    for k in (1, 2, 3):
        sheets = _draw(f"court_bb_0{k}", "enforcement_ruling")
        text = text_of(sheets)
        assert "执行裁定书" in sheets[0].lines[:3] and "裁定如下" in text and "冻结" in text


def test_ids_validate() -> None:
    for k in (1, 2, 3):
        c = _plan(f"court_bb_0{k}")[1]
        assert check_id_number(c.applicant.id_number) is None
        assert check_credit_code(c.respondent.id_number) is None
        assert c.respondent.id_number in text_of(_draw(f"court_bb_0{k}", "identity_proof", ["respondent"]))
        assert c.applicant.id_number in text_of(_draw(f"court_bb_0{k}", "identity_proof"))


def test_the_declaration_form_is_legal_size_and_cut_by_the_a4_bed() -> None:
    sheet = _draw("court_bb_01", "property_declaration_form")[0]
    assert sheet.height > court_bb_capture.A4_H
    text = text_of([sheet])
    assert "财 产 申 报 表" in sheet.lines[:3] and "五、收到执行通知前一年内的财产变动" in text
    assert "申报日期" not in text and "以下由法院填写" not in text, "what the bed cuts off is never scanned"
    cap = court_bb_capture.plan_capture(random.Random(3), sheet)
    assert cap.cut
    img = _decode(court_bb_capture.capture(sheet, cap, random.Random(3)))
    assert img.shape[0] == court_bb_capture.A4_H and img.shape[1] == sheet.width


def _decode(data: bytes) -> np.ndarray:
    im = Image.open(io.BytesIO(data))
    assert im.mode == "RGB" and im.info.get("dpi", (0, 0))[0] == pytest.approx(200, abs=1)
    return np.asarray(im, dtype=np.float32)


def _plain(cap: court_bb_capture.BBCapture) -> court_bb_capture.BBCapture:
    cap.skew, cap.pull = 0.0, None
    return cap


def test_the_cis_scanner_splits_the_colour_planes_along_the_feed() -> None:
    sheet = Sheet()
    sheet.draw.rectangle((300, 1000, 1300, 1010), fill=(0, 0, 0))  # a black rule across the page
    cap = _plain(court_bb_capture.plan_capture(random.Random(5), sheet))
    cap.shift_r, cap.shift_b, cap.quality = 2, -2, 95
    img = _decode(court_bb_capture.capture(sheet, cap, random.Random(5)))
    col = img[990:1022, 800]
    # above the rule the blue plane is already dark, below it the red plane still is: fringes, not grey
    assert col[:, 2].argmin() < col[:, 0].argmin()
    assert abs(float(img[1009, 800, 0]) - float(img[1009, 800, 2])) > 60


def test_a_lighter_and_a_darker_stripe_run_down_the_page() -> None:
    cap = _plain(court_bb_capture.plan_capture(random.Random(8), Sheet()))
    img = _decode(court_bb_capture.capture(Sheet(), cap, random.Random(8))).mean(axis=2)
    w = img.shape[1]
    light = img[:, round(cap.band_light[0] * w)].mean()
    dark = img[:, round(cap.band_dark[0] * w)].mean()
    assert light - dark > 15 and dark > 180, (light, dark)


def test_a_pulled_sheet_is_stretched_along_the_feed() -> None:
    sheet = Sheet()
    for y in range(200, 2300, 100):
        sheet.draw.rectangle((200, y, 1400, y + 4), fill=(0, 0, 0))
    cap = _plain(court_bb_capture.plan_capture(random.Random(2), sheet))
    cap.pull = (0.3, 0.5, 1.15)
    img = _decode(court_bb_capture.capture(sheet, cap, random.Random(2))).mean(axis=2)
    rows = np.where(img[:, 800] < 100)[0]
    starts = rows[np.insert(np.diff(rows) > 2, 0, True)]
    gaps = np.diff(starts)
    assert gaps.max() >= 112 and gaps.min() <= 102, gaps


def test_captures_are_skewed_within_three_degrees_with_jpeg_60_to_80() -> None:
    caps = [court_bb_capture.plan_capture(random.Random(k), Sheet()) for k in range(300)]
    assert all(abs(c.skew) <= 3 and 60 <= c.quality <= 80 and c.dpi == 200 for c in caps)
    assert any(c.pull for c in caps) and not all(c.pull for c in caps)
    assert all({c.shift_r, c.shift_b} <= {-2, -1, 1, 2} for c in caps)


@pytest.mark.parametrize("prefix", ["court_bb_01", "court_bb_03"])
def test_every_sheet_captures_to_a_readable_jpeg(prefix: str) -> None:
    plan, c = _plan(prefix)
    rng = random.Random(4)
    for d in plan.docs[:14]:
        for sheet in renderer("court_bb")(d.code, c, rng, d.served or ([d.note] if d.note else [])):
            cap = court_bb_capture.plan_capture(rng, sheet)
            img = _decode(court_bb_capture.capture(sheet, cap, rng))
            grey = img.mean(axis=2)
            assert 900 <= img.shape[0] <= court_bb_capture.A4_H + 2, d.code
            assert (grey < 110).mean() > 0.001, d.code    # ink is there (a blank sheet has none)
            assert np.median(grey) > 200, d.code            # the paper stays light


def test_receipts_come_back_signed_by_hand_or_as_a_posted_court_mail_card() -> None:
    served = ["enforcement_notice", "property_report_order"]
    drawn = [_draw("court_bb_01", "service_receipt", served, seed=k)[0] for k in range(12)]
    posted = [s for s in drawn if s.lines[0] == "法院专递"]
    assert posted and len(posted) < len(drawn)
    for s in drawn:
        text = text_of([s])
        assert "送 达 回 证" in text or "送达回证（邮寄）" in text
        assert "执行通知书、报告财产令" in text
