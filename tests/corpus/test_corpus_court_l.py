"""The family court_l (江苏苏州工业园区, held out: drawn without looking at the page reader): bound volumes put under an
overhead book scanner, loose papers on a flatbed, service proven by EMS 邮件详情单 and 电子送达凭证 as well as paper
回证, a Japanese-invested applicant's notarised and apostilled 委任状 — built only when named, planned after every
older dossier, its dossiers judged as planned."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import build_corpus, plans
from dossier.corpus.families import court_l_capture, handles, renderer
from dossier.corpus.families.court_l_kit import CENTRE, COURT, LSheet
from dossier.samples.truth import GroundTruth
from dossier.validators.identity import check_id_number

from .family_stories import (
    NOT_CONTENT,
    case_of,
    draws_every_code_its_dossiers_hold,
    judged_as_planned,
    planned_after_every_older_dossier,
    text_of,
)

OURS = [p for p in plans() if p.family == "court_l"]


def test_court_l_is_planned_after_every_older_dossier_and_was_built_only_when_named(monkeypatch: pytest.MonkeyPatch) -> None:
    planned_after_every_older_dossier("court_l", "court_k", monkeypatch)


def test_it_draws_every_code_its_dossiers_hold() -> None:
    draws_every_code_its_dossiers_hold("court_l")


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_service_address_confirmation() -> None:
    judged_as_planned("court_l", "service_address_confirmation")


def test_a_japanese_invested_company_a_suzhou_appeal_and_a_local_judgment_are_enforced_in_the_park() -> None:
    appeal, award, local = case_of("court_l_01"), case_of("court_l_02"), case_of("court_l_03")
    assert "苏05民终" in appeal.basis_number and appeal.basis_court == "江苏省苏州市中级人民法院"
    assert award.basis_court == "苏州仲裁委员会" and award.applicant.kind == "organisation"
    assert local.basis_number.startswith("（2023）苏0591民初")
    for c in (appeal, award, local):
        assert c.number.startswith("（2024）苏0591执") and "苏州工业园区" in c.respondent.address
        assert check_id_number(c.applicant.id_number) is None or c.applicant.kind == "organisation"
    attorney = renderer("court_l")("power_of_attorney", award, random.Random(1), [])
    assert [s.lines[0] for s in attorney] == ["委　任　状", "APOSTILLE", "授权委托书（译文）"]
    assert not any(s.starts_document for s in attorney), "the notarised original, Apostille and translation are one item"
    assert award.applicant.legal_rep in text_of(attorney[:1]) and "公証人" in text_of(attorney[:1])
    licence = renderer("court_l")("identity_proof", award, random.Random(1), [])[0]
    assert "有限责任公司（外国法人独资）" in licence.lines and "法定代表人身份证明书" in licence.lines
    domestic = renderer("court_l")("identity_proof", award, random.Random(1), ["respondent"])[0]
    assert "有限责任公司（外国法人独资）" not in domestic.lines and award.respondent.name in domestic.lines


def test_court_papers_carry_the_house_heading_a_verification_square_and_dash_footers() -> None:
    c = case_of("court_l_01")
    ruling = renderer("court_l")("termination_this_round_ruling", c, random.Random(3), [])
    assert ruling[0].lines[:3] == [COURT, "执行裁定书", c.number] and "扫码验真" in ruling[0].lines
    assert "终结本次执行程序。" in text_of(ruling) and "裁定如下：" in text_of(ruling)
    assert [s.lines[-1] for s in ruling] == [f"- {i} -" for i in range(1, len(ruling) + 1)]
    approval = renderer("court_l")("closing_approval_form", c, random.Random(3), [])[0]
    assert approval.lines[0] == CENTRE and approval.lines[-1] == "共1页　第1页"
    band = np.asarray(approval.image.convert("L"))[approval.height // 19:approval.height // 16, approval.width // 2]
    assert band.mean() < 140, "the 执行事务中心's forms carry a dark header band"


def test_service_is_proven_by_ems_slips_e_service_records_and_paper_receipts_naming_what_was_served() -> None:
    c = case_of("court_l_03")
    served = ["enforcement_notice", "property_report_order"]
    receipts = [renderer("court_l")("service_receipt", c, random.Random(seed), served)[0] for seed in range(16)]
    kinds = {next(k for k, mark in (("ems", "EMS 法院专递　邮件详情单"), ("e", "电 子 送 达 凭 证"), ("paper", "送达回证")) if mark in s.lines) for s in receipts}
    assert kinds == {"ems", "e", "paper"}
    for s in receipts:
        assert c.number in text_of([s]) and "执行通知书、报告财产令" in text_of([s])
    ems = next(s for s in receipts if "EMS 法院专递　邮件详情单" in s.lines)
    assert any(line.startswith("已妥投") for line in ems.lines) and c.respondent.name in ems.lines


def test_bound_pages_curve_into_a_dark_gutter_and_loose_papers_go_through_the_flatbed() -> None:
    c = case_of("court_l_01")
    notice = renderer("court_l")("enforcement_notice", c, random.Random(5), [])[0]
    cap = court_l_capture.plan_capture(random.Random(7), notice)
    assert cap.kind == "book" and cap.rotation == 0 and not cap.grey and cap.dpi in (200, 300)
    image = np.asarray(Image.open(io.BytesIO(court_l_capture.capture(notice, cap, random.Random(7)))).convert("L"))
    h, w = image.shape
    gutter, outer = (slice(0, w // 40), slice(w - w // 8, w - w // 12)) if cap.gutter == "left" else \
        (slice(w - w // 40, w), slice(w // 12, w // 8))
    assert image[h // 3:2 * h // 3, gutter].mean() < 90, "the cradle and the spine's shadow"
    assert image[h // 3:2 * h // 3, outer].mean() > 180, "the outer margin lies in full light"
    assert image[:, w // 3:2 * w // 3].min() < 60, "the print stays dark: legible"
    slip = renderer("court_l")("enforcement_basis", c, random.Random(5), [])[0]
    assert isinstance(slip, LSheet) and slip.loose
    assert court_l_capture.plan_capture(random.Random(7), slip).kind == "flat"
    fee = renderer("court_l")("fee_receipt", c, random.Random(5), [])[0]
    assert court_l_capture.plan_capture(random.Random(7), fee).rotation in (90, 270)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("court_l")
    build_corpus(out, seed=3, small=True, only=[OURS[2].name], workers=1)
    return out


def test_a_small_build_gives_every_page_its_truth(built: Path) -> None:
    index = json.loads((built / "index.json").read_text(encoding="utf-8"))
    assert [d["family"] for d in index["dossiers"]] == ["court_l"] and "court_l" in index["families"]
    truth = GroundTruth.load(built / OURS[2].name)
    assert len(truth.pages) >= 8
    for page in truth.pages:
        assert page.family == "court_l" and page.doc_type in handles("court_l") | NOT_CONTENT
        assert page.dpi in (200, 300) and page.rotation in (0, 90, 180, 270) and not page.photo
    labelled = [p for p in truth.pages if p.doc_type not in NOT_CONTENT]
    assert labelled[0].doc_type == "enforcement_application" and "强制执行申请书" in (labelled[0].text or "")
