"""The family court_k (福建厦门思明, held out: drawn without looking at the page reader): a dossier an outsourced
scanning company put through its scanner, with pages that came in by fax, copies stamped 与原件核对无异,
carbon receipts — built only when named, planned after every older dossier, its dossiers judged as planned."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import build_corpus, plans
from dossier.corpus.families import court_k_capture, handles, renderer
from dossier.corpus.families.court_k_kit import COURT, PINK, YELLOW
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

OURS = [p for p in plans() if p.family == "court_k"]


def test_court_k_is_planned_after_every_older_dossier_and_was_built_only_when_named(monkeypatch: pytest.MonkeyPatch) -> None:
    planned_after_every_older_dossier("court_k", "court_j", monkeypatch)


def test_it_draws_every_code_its_dossiers_hold() -> None:
    draws_every_code_its_dossiers_hold("court_k")


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_account_confirmation() -> None:
    judged_as_planned("court_k", "payment_account_confirmation")


def test_a_taiwan_resident_a_hong_kong_resident_and_a_local_enforce_in_siming() -> None:
    taiwan, award, local = case_of("court_k_01"), case_of("court_k_02"), case_of("court_k_03")
    assert taiwan.applicant.id_number.startswith("830000") and "闽02民终" in taiwan.basis_number
    assert award.applicant.id_number.startswith("810000") and award.basis_court == "厦门仲裁委员会"
    assert local.basis_number.startswith("（2023）闽0203民初")
    for c in (taiwan, award, local):
        assert c.number.startswith("（2024）闽0203执") and c.respondent.address.startswith("厦门市思明区")
        assert check_id_number(c.applicant.id_number) is None
    card = renderer("court_k")("identity_proof", taiwan, random.Random(1), [])[0]
    assert "台湾居民居住证" in text_of([card]) and "与原件核对无异" in card.lines
    licence = renderer("court_k")("identity_proof", taiwan, random.Random(1), ["respondent"])[0]
    assert "营业执照（副本）复印件" in licence.lines and "法定代表人身份证明书" in licence.lines


def test_faxed_pages_carry_the_fax_header_at_the_very_top_and_are_captured_as_faxes() -> None:
    c = case_of("court_k_01")
    for code in ("law_firm_letter", "payment_account_confirmation"):
        sheet = renderer("court_k")(code, c, random.Random(2), [])[0]
        assert getattr(sheet, "fax", False) and "FROM:" in sheet.lines[0] and sheet.lines[1].startswith("P."), code
    reply = renderer("court_k")("assistance_notice", c, random.Random(2), [])[-1]
    assert getattr(reply, "fax", False) and "协助执行通知书（回执）" in reply.lines and not reply.starts_document
    cap = court_k_capture.plan_capture(random.Random(3), reply)
    assert cap.kind == "fax" and cap.dpi in (100, 150)
    image = Image.open(io.BytesIO(court_k_capture.capture(reply, cap, random.Random(3))))
    grey = np.asarray(image.convert("L"))
    assert image.mode == "L" and ((grey > 40) & (grey < 215)).mean() < 0.08, "black and white, as a fax prints"
    notice = renderer("court_k")("enforcement_notice", c, random.Random(2), [])[0]
    assert not getattr(notice, "fax", False) and court_k_capture.plan_capture(random.Random(3), notice).dpi >= 200


def test_court_papers_are_headed_in_the_house_style_and_footed_page_of_pages() -> None:
    c = case_of("court_k_01")
    ruling = renderer("court_k")("termination_this_round_ruling", c, random.Random(3), [])
    assert ruling[0].lines[:2] == [COURT, "执行裁定书"] and c.number in ruling[0].lines[2:4]
    assert "本次执行程序终结" in text_of(ruling) and ("裁定如下：" in text_of(ruling) or "裁定：" in text_of(ruling))
    n = len(ruling)
    assert [s.lines[-1] for s in ruling] == [f"第 {i} 页（共 {n} 页）" for i in range(1, n + 1)]
    judgment = renderer("court_k")("enforcement_basis", c, random.Random(3), [])
    assert judgment[0].lines[:2] == ["福建省厦门市中级人民法院", "民事判决书"] and "驳回上诉，维持原判。" in text_of(judgment)
    if len(judgment) > 1 and "（此页无正文）" in judgment[-1].lines:
        assert judgment[-1].lines[0] == "（此页无正文）"


def test_a_signature_block_that_does_not_fit_goes_on_a_page_of_its_own() -> None:
    c = case_of("court_k_01")
    lonely = [s for seed in range(12) for code in ("enforcement_basis", "termination_this_round_ruling",
                                                   "consumption_restriction_order")
              for s in renderer("court_k")(code, c, random.Random(seed), [])[1:] if "（此页无正文）" in s.lines]
    assert lonely, "some signature pages stand alone"
    assert all(s.lines[0] == "（此页无正文）" and any("员" in line for line in s.lines) for s in lonely)


def test_receipts_are_carbon_forms_naming_what_was_served() -> None:
    c = case_of("court_k_01")
    sheet = renderer("court_k")("service_receipt", c, random.Random(4),
                                ["consumption_restriction_order", "dishonest_list_decision"])[0]
    assert sheet.paper in (PINK, YELLOW) and getattr(sheet, "carbon", False)
    assert "限制消费令、决定书（失信）各一份" in sheet.lines and c.number in sheet.lines


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("court_k")
    build_corpus(out, seed=3, small=True, only=[OURS[2].name], workers=1)
    return out


def test_a_small_build_gives_every_page_its_truth(built: Path) -> None:
    index = json.loads((built / "index.json").read_text(encoding="utf-8"))
    assert [d["family"] for d in index["dossiers"]] == ["court_k"] and "court_k" in index["families"]
    truth = GroundTruth.load(built / OURS[2].name)
    assert len(truth.pages) >= 8
    for page in truth.pages:
        assert page.family == "court_k" and page.doc_type in handles("court_k") | NOT_CONTENT
        assert page.dpi in (100, 150, 200, 300) and page.rotation in (0, 90, 180, 270)
    labelled = [p for p in truth.pages if p.doc_type not in NOT_CONTENT]
    assert labelled[0].doc_type == "enforcement_application" and "强制执行申请书" in (labelled[0].text or "")


def test_a_mailed_copys_ems_slip_is_stapled_onto_some_receipts_and_names_who_got_it() -> None:
    c = case_of("court_k_03")
    receipts = [renderer("court_k")("service_receipt", c, random.Random(seed), ["enforcement_notice"])[0]
                for seed in range(8)]
    slipped = [s for s in receipts if "中国邮政 EMS　法院专递" in s.lines]
    assert 0 < len(slipped) < len(receipts)
    assert all(f"收件人：{c.respondent.name}" in s.lines for s in slipped)
