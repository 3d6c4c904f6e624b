"""The two later layout families (tribunal: papers of other bodies; court_d: a fourth enforcing court):
what they draw, how receipts are proven, and that their dossiers are judged as planned."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dossier.corpus.build import LATER_FAMILIES, build_corpus, case_for, check_plan, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.families import FAMILIES, court_d_forms, handles, renderer
from dossier.corpus.paper import printable
from dossier.samples.truth import GroundTruth

NOT_CONTENT = {"blank", "unknown", "continuation"}


def _case(family: str, basis_kind: str = "", seed: int = 1) -> CaseCtx:
    plan = next(p for p in plans() if p.family == family)
    if basis_kind:
        plan.basis_kind = basis_kind
    return case_for(plan, random.Random(seed))


def test_later_families_are_registered_and_planned() -> None:
    ps = plans()
    for family in LATER_FAMILIES:
        assert family in FAMILIES
        mine = [p for p in ps if p.family == family]
        assert any(p.complete for p in mine) and any(not p.complete for p in mine), family
        drawn = {d.code for p in ps for d in p.docs if d.family == family}
        assert handles(family) <= drawn, (family, sorted(handles(family) - drawn))


def test_a_court_d_dossier_holds_papers_of_other_families() -> None:
    for p in plans():
        if p.family in LATER_FAMILIES:
            families = {d.family for d in p.docs}
            assert len(families) >= 3, (p.name, families)
    court_d = [p for p in plans() if p.family == "court_d"]
    assert all(any(d.family == "tribunal" for d in p.docs) for p in court_d)


def test_complete_later_dossiers_miss_nothing_and_defective_ones_miss_their_defect() -> None:
    expected = {"tribunal_02_notarial_missing_execution_certificate": ["effectiveness_certificate"],
                "court_d_02_archive_arbitration_missing_notice_receipt":
                    ["service_receipt:enforcement_notice", "service_receipt:property_report_order"]}
    for i, p in enumerate(plans()):
        if p.family not in LATER_FAMILIES:
            continue
        c = case_for(p, random.Random(i))
        missing = check_plan(p, c.case_json(), date(2030, 1, 1))
        assert missing == ([] if p.complete else expected[p.name]), (p.name, missing)


def test_the_basis_names_the_body_that_made_it() -> None:
    bodies = {"judgment": "中级人民法院", "mediation": "人民法院", "arbitration": "仲裁委员会", "notarial": "公证处",
              "criminal": "人民法院"}
    for kind, body in bodies.items():
        c = _case("tribunal", kind)
        assert c.basis_court.endswith(body), (kind, c.basis_court)
        sheets = renderer("tribunal")("enforcement_basis", c, random.Random(2), [])
        text = "\n".join(sheets[0].lines)
        assert c.basis_number in text or printable("song_gb", c.basis_number) in text, kind
        assert c.case_json()["basis"]["court"] == c.basis_court


def test_the_appeal_judgment_runs_over_pages_with_its_footer_and_the_first_instance_behind_it() -> None:
    c = _case("tribunal", "judgment")
    sheets = renderer("tribunal")("enforcement_basis", c, random.Random(5), [])
    appeal = [s for s in sheets if s.page_of]
    assert len(appeal) >= 3 and [s.page_of for s in appeal] == [(n, len(appeal)) for n in range(1, len(appeal) + 1)]
    assert any("共 " in line and " 页  第 " in line for line in appeal[1].lines)
    whole = "\n".join(line for s in appeal for line in s.lines)
    assert "判决如下" in whole and "本判决为终审判决" in whole and "本件与原本核对无异" in whole
    later = sheets[len(appeal):]
    assert later and later[0].starts_document and "民事判决书" in "".join(later[0].lines[:3])


def test_an_arbitral_award_reads_as_an_award() -> None:
    c = _case("tribunal", "arbitration")
    text = "\n".join(line for s in renderer("tribunal")("enforcement_basis", c, random.Random(3), []) for line in s.lines)
    assert "裁决如下" in text and "本裁决为终局裁决" in text and "仲裁庭" in text and "判决如下" not in text


def test_every_court_d_ruling_is_titled_the_same_and_says_what_it_decides() -> None:
    c = _case("court_d")
    operative = {"enforcement_ruling": "查封、冻结", "termination_this_round_ruling": "终结本次执行程序。",
                 "termination_ruling": "的执行。", "resumption_ruling": "恢复"}
    for code, words in operative.items():
        sheets = renderer("court_d")(code, c, random.Random(4), [])
        text = "\n".join(line for s in sheets for line in s.lines)
        assert "执 行 裁 定 书" in text or "执行裁定书" in text
        after = text.split("裁定如下", 1)[1]
        assert words in after, code


def test_two_receipts_on_one_sheet_name_both_documents() -> None:
    c = _case("court_d")
    sheets = court_d_forms.receipt(c, ["enforcement_notice", "property_report_order"], random.Random(0))
    text = "\n".join(sheets[0].lines)
    assert text.count("送 达 回 证") == 2 and "执行通知书" in text and "报告财产令" in text


def test_a_mailed_or_electronic_service_proof_is_a_later_page_of_its_receipt_never_a_receipt() -> None:
    c = _case("court_d")
    seen: set[str] = set()
    for seed in range(40):
        if len(seen) == 2:
            break
        sheets = court_d_forms.receipt(c, ["acceptance_notice"], random.Random(seed))
        first = "\n".join(sheets[0].lines)
        assert "送达回证" in first.replace(" ", "")
        if len(sheets) == 2:
            proof = "\n".join(sheets[1].lines)
            assert not sheets[1].starts_document and "送达回证" not in proof.replace(" ", "")
            seen.add("EMS" if "EMS" in proof else "electronic" if "电子送达凭证" in proof else "?")
    assert seen == {"EMS", "electronic"}


def test_records_are_signed_on_every_page() -> None:
    c = _case("court_d")
    sheets = renderer("court_d")("interview_record", c, random.Random(6), [])
    assert len(sheets) >= 2
    for s in sheets:
        assert c.officer in s.lines and c.clerk in s.lines and c.applicant.name in s.lines


def test_gb_faces_print_the_zero_they_have() -> None:
    assert printable("song_gb", "二〇二四年") == "二○二四年"
    assert printable("wenkai", "二〇二四年") == "二〇二四年"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("later")
    build_corpus(out, seed=11, small=True, only=["court_d_02_archive_arbitration_missing_notice_receipt"], workers=1)
    return out


def test_every_scanned_page_has_its_truth(built: Path) -> None:
    index = json.loads((built / "index.json").read_text(encoding="utf-8"))
    assert [d["family"] for d in index["dossiers"]] == ["court_d"]
    for entry in index["dossiers"]:
        truth = GroundTruth.load(built / entry["name"])
        assert len(PdfReader(built / entry["name"] / "scan.pdf").pages) == len(truth.pages)
        assert truth.expected_decision == "reject"
        for page in truth.pages:
            assert page.family in FAMILIES and page.dpi in (150, 200, 240, 300) and page.rotation in (0, 90, 180, 270)
            if page.doc_type != "blank":
                assert page.text, (entry["name"], page.page)
        assert {p.family for p in truth.pages} >= set(LATER_FAMILIES)
        assert {d.doc_type for d in truth.documents} - NOT_CONTENT
