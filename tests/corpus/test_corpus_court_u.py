"""The family court_u (吉林延吉, held out: drawn without looking at the page reader): a court of the 延边朝鲜族自治州
whose own papers carry the court's name and each title in Korean beside the Chinese, whose seal has Korean in its ring
and whose forms (送达回证, 财产申报表) have bilingual labels filled in by hand in blue ballpoint; the parties' papers
arrive as a phone scanning app's PDFs (bleached, over-sharpened, the app's line at the foot), its own papers come from
a colour MFP at low JPEG quality, the landscape 查控 printout rotated — holding a 延边州中院 judgment settled and paid
out, a notarised loan to 金哲洙 with its 执行证书 archived after 终本, and this court's 调解书 against a Korean
restaurant whose dossier lacks the 约谈笔录."""

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
from dossier.corpus.families import court_u_capture, renderer
from dossier.corpus.families.court_u import KOREAN_NAMES, NOTARY, STATE_COURT
from dossier.corpus.families.court_u_kit import COURT, KOREAN_COURT, USheet
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    draws_every_code_its_dossiers_hold,
    judged_as_planned,
    planned_after_every_older_dossier,
    text_of,
)

OURS = [p for p in plans() if p.family == "court_u"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_u")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _rgb(a: np.ndarray) -> np.ndarray:
    return a.astype(int)


def _red(a: np.ndarray) -> np.ndarray:
    return (a[..., 0] > 150) & (a[..., 0] - a[..., 1] > 60) & (a[..., 0] - a[..., 2] > 40)


def _blue(a: np.ndarray) -> np.ndarray:
    return (a[..., 2] > 110) & (a[..., 2] - a[..., 0] > 60)


def test_court_u_is_planned_after_every_older_dossier_and_was_built_only_when_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    planned_after_every_older_dossier("court_u", "court_t", monkeypatch)


def test_it_draws_every_code_its_dossiers_hold() -> None:
    draws_every_code_its_dossiers_hold("court_u")


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_interview_record() -> None:
    judged_as_planned("court_u", "interview_record")
    codes = [{d.code for d in p.docs} for p in OURS]
    assert "interview_record" in codes[1] and "interview_record" not in codes[2]
    assert OURS[2].method == "terminated_this_round", "a 终本 without the applicant's 约谈 on record"


def test_the_bases_are_the_prefecture_courts_appeal_a_notarised_loan_and_this_courts_mediation() -> None:
    c1, c2, c3 = (_plan(p.name[:10])[1] for p in OURS)
    assert (c1.basis_court, c2.basis_court, c3.basis_court) == (STATE_COURT, NOTARY, COURT)
    judgment = _draw("court_u_01", "enforcement_basis")
    assert "吉24民终" in c1.basis_number and STATE_COURT in judgment[0].lines
    text = text_of(judgment)
    assert "驳回上诉，维持原判。" in text and str(c1.extra["first_number"]).startswith(
        f"（{c1.filed_on.year - 2}）吉2401民初"
    )
    assert "민사판결서" in judgment[0].lines, "the prefecture court's head is bilingual too"
    certificate = text_of(_draw("court_u_02", "effectiveness_certificate"))
    assert str(c2.extra["certificate_number"]) in certificate and "吉延证执字" in certificate
    assert c2.respondent.name == "金哲洙" and "赋予债权文书强制执行效力" in text_of(
        _draw("court_u_02", "enforcement_basis")
    )
    mediation = text_of(_draw("court_u_03", "enforcement_basis"))
    assert "买卖合同纠纷" in mediation and "大韩民国" in mediation and "本院予以确认" in mediation
    assert "餐饮有限公司" in c3.respondent.name and c3.respondent.legal_rep == "朴英姬"


def test_the_bureaus_heads_print_the_court_and_the_title_in_korean_beside_the_chinese() -> None:
    _, c = _plan("court_u_01")
    (notice,) = _draw("court_u_01", "enforcement_notice")[:1]
    assert (
        notice.lines[:4] == [KOREAN_COURT, COURT, "执行通知书", "집행통지서"] and notice.lines[4] == c.number
    )
    ruling = _draw("court_u_02", "termination_this_round_ruling")
    assert ruling[0].lines[2:4] == ["执行裁定书", "집행재정서"] and "终结本次执行程序。" in text_of(ruling)
    a = np.asarray(ruling[-1].image.convert("RGB")).astype(int)
    assert _red(a).sum() > 5000, "the court's round seal"
    cover = _draw("court_u_02", "dossier_cover")[0]
    assert KOREAN_COURT in cover.lines and "집행사건 서류철" in cover.lines


def test_the_service_receipt_has_bilingual_labels_and_is_filled_in_blue_ballpoint() -> None:
    _, c = _plan("court_u_03")
    (receipt,) = _draw("court_u_03", "service_receipt", ["enforcement_notice", "property_report_order"])
    assert "送　达　回　证" in receipt.lines and "송달회증" in receipt.lines
    assert "受送达人" in receipt.lines and "송달받는 사람" in receipt.lines
    assert c.respondent.legal_rep in receipt.lines and c.number in receipt.lines
    a = np.asarray(receipt.image.convert("RGB")).astype(int)
    assert _blue(a).sum() > 3000, "filled in with a blue ballpoint"
    (form,) = _draw("court_u_03", "property_declaration_form")
    assert "신고인" in form.lines and _blue(np.asarray(form.image.convert("RGB")).astype(int)).sum() > 3000


def test_parties_are_of_yanji_many_of_korean_ethnicity_with_valid_numbers() -> None:
    for p in OURS:
        _, c = _plan(p.name[:10])
        assert c.number.startswith(f"（{c.filed_on.year}）吉2401执72")
        assert check_credit_code(c.applicant.id_number) is None
        r = c.respondent
        assert (
            check_credit_code(r.id_number) if r.kind == "organisation" else check_id_number(r.id_number)
        ) is None
        assert check_id_number(str(c.extra["rep_id"])) is None
        assert c.firm.startswith("吉林") and c.firm.endswith("律师事务所")
    _, c = _plan("court_u_02")
    assert c.respondent.name in KOREAN_NAMES and c.respondent.id_number.startswith("222401")
    card = text_of(_draw("court_u_02", "identity_proof", ["respondent"]))
    assert "朝鲜" in card and c.respondent.id_number in card


def _scan(sheet: Sheet, seed: int = 3, **override: object) -> tuple[court_u_capture.UCapture, np.ndarray]:
    rng = random.Random(seed)
    cap = court_u_capture.plan_capture(rng, sheet)
    for k, v in override.items():
        setattr(cap, k, v)
    return cap, np.asarray(Image.open(io.BytesIO(court_u_capture.capture(sheet, cap, rng))).convert("RGB"))


def test_the_parties_papers_come_through_a_phone_scanning_app_and_the_bureaus_through_its_mfp() -> None:
    letter = _draw("court_u_01", "power_of_attorney")[0]
    assert isinstance(letter, USheet) and letter.received
    cap, page = _scan(letter, edge="", keystone=0.0, skew=0.0)
    assert cap.phone and cap.photo and 150 <= cap.dpi <= 180
    grey = page.mean(axis=2)
    assert np.median(grey) > 250, "the app bleaches the background to white"
    assert ((grey > 70) & (grey < 180)).mean() < 0.02, "the greys crushed"
    h, w = grey.shape
    assert (grey[int(h * 0.95) :, int(w * 0.6) :] < 200).sum() > 40, "the app's line at the foot, right"
    assert (grey[int(h * 0.95) :, : int(w * 0.3)] < 200).sum() == 0
    assert _red(_rgb(page)).sum() > 1000, "the firm's red seal kept by the app's colour filter"
    _, thumb = _scan(letter, edge="thumb", side="left", keystone=0.0, skew=0.0)
    assert ((thumb[..., 0].astype(int) - thumb[..., 2]) > 25).sum() > 500, "a thumb at the border"
    own = _draw("court_u_01", "acceptance_notice")[0]
    assert not getattr(own, "received", False)
    cap, scan = _scan(own)
    assert not cap.phone and cap.dpi in (200, 300) and 45 <= cap.quality <= 70 and scan.ndim == 3
    printout = _draw("court_u_01", "online_inquiry_result")[0]
    assert isinstance(printout, USheet) and printout.landscape and printout.width > printout.height
    cap, scan = _scan(printout, skew=0.0)
    assert cap.rotation in (90, 270) and scan.shape[0] > scan.shape[1], "the landscape printout stored turned"
    reply = _draw("court_u_01", "online_inquiry_result")[1]
    assert not getattr(reply, "received", False), "the registry's reply came by post: the MFP"
