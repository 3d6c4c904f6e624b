"""The reader misread a page; the archive centre says what it really is, and the check decides again on
the corrected pages (no second reading): a receipt misread as 未识别 turns a rejection into approval."""

from __future__ import annotations

from datetime import date

import pytest
from dossier_samples import SAMPLES

from dossier.dossier_check.corrections import (
    Correction,
    apply_corrections,
    correctable_types,
    servable_types,
    validate_correction,
)
from dossier.dossier_check.model import Page
from dossier.dossier_check.run import check_pages
from dossier.errors import InputError
from dossier.intake.case_file import load_case
from dossier.samples.truth import GroundTruth

SAMPLE = "03_missing_termination_receipt"


def read_with_a_misread_receipt() -> tuple[list[Page], GroundTruth]:
    """Sample 03 read perfectly, plus a last page: the 终本裁定书 receipt, which the reader called 未识别."""
    truth = GroundTruth.load(SAMPLES / SAMPLE)
    served = {n: d.served for d in truth.documents for n in d.pages}
    pages = [Page(page=p.page, doc_type=p.doc_type, case_number=p.case_number, readable=p.readable,
                  blank=p.doc_type == "blank", confidence=0.99, served_doc_types=served.get(p.page, []))
             for p in truth.pages]
    pages.append(Page(page=len(pages) + 1, doc_type="unknown", case_number=truth.pages[0].case_number,
                      confidence=0.31, candidates=[("service_receipt", 0.31)]))
    return pages, truth


def check(pages: list[Page], truth: GroundTruth) -> tuple[str, list[str]]:
    case = load_case(SAMPLES / SAMPLE / truth.case_file)
    result = check_pages(pages, case, truth.stage, today=date(2024, 10, 28), files=truth.scans)
    return result.decision, [m.code for m in result.missing]


def test_a_receipt_misread_as_unknown_and_corrected_by_hand_turns_reject_into_approve() -> None:
    pages, truth = read_with_a_misread_receipt()
    assert check(pages, truth) == ("reject", ["service_receipt:termination_this_round_ruling"])
    last = len(pages)
    corrected = apply_corrections(pages, [{"page": last, "doc_type": "service_receipt",
                                           "served": ["termination_this_round_ruling"]}], corrected_by="archive")
    assert check(corrected, truth) == ("approve", [])
    page = corrected[-1]
    assert (page.doc_type, page.confidence, page.readable, page.corrected_by, page.served_doc_types) == (
        "service_receipt", 1.0, True, "archive", ["termination_this_round_ruling"])
    assert pages[-1].doc_type == "unknown"  # the stored pages are left as they were
    assert [p.corrected_by for p in corrected[:-1]] == [None] * (last - 1)


def test_a_later_correction_of_the_same_page_wins_and_each_names_who_made_it() -> None:
    pages, _ = read_with_a_misread_receipt()
    corrected = apply_corrections(pages, [
        Correction(page=41, doc_type="fine_decision", corrected_by="undertaker"),
        Correction(page=41, doc_type="service_receipt", served=["fine_decision", "fine_decision"],
                   corrected_by="archive")])
    assert (corrected[40].doc_type, corrected[40].served_doc_types, corrected[40].corrected_by) == (
        "service_receipt", ["fine_decision"], "archive")


def test_a_receipt_corrected_without_naming_what_it_serves_keeps_what_it_named() -> None:
    pages, _ = read_with_a_misread_receipt()
    [receipt] = [p for p in pages if p.served_doc_types == ["acceptance_notice"]]
    corrected = apply_corrections(pages, [{"page": receipt.page, "doc_type": "service_receipt"}])
    assert corrected[receipt.page - 1].served_doc_types == ["acceptance_notice"]
    assert corrected[receipt.page - 1].corrected_by == "人工更正"
    # corrected to another type, a page names nothing served
    other = apply_corrections(pages, [{"page": receipt.page, "doc_type": "fine_decision"}])
    assert other[receipt.page - 1].served_doc_types == []


def test_a_blank_back_misread_as_a_document_is_set_blank_and_a_blank_page_can_become_a_document() -> None:
    pages, _ = read_with_a_misread_receipt()
    corrected = apply_corrections(pages, [{"page": 1, "doc_type": "blank"}, {"page": 4, "doc_type": "continuation"}])
    assert (corrected[0].blank, corrected[0].doc_type) == (True, "blank")
    assert (corrected[3].blank, corrected[3].doc_type) == (False, "continuation")


def test_a_corrected_page_is_no_longer_glued_to_the_page_before_by_its_qr_document_id() -> None:
    pages = [Page(page=1, doc_type="enforcement_notice", doc_id="D1"),
             Page(page=2, doc_type="enforcement_notice", doc_id="D1")]
    [fixed] = apply_corrections(pages, [{"page": 2, "doc_type": "service_receipt", "served": []}])[1:]
    assert fixed.doc_id is None


@pytest.mark.parametrize(("correction", "field", "words"), [
    ({"page": 99, "doc_type": "fine_decision"}, "page", "卷宗共41页，没有第99页"),
    ({"page": 3, "doc_type": "no_such_type"}, "doc_type", "第3页的文书类型代码“no_such_type”不在文书类型词表中"),
    ({"page": 3, "doc_type": "unknown"}, "doc_type", "“unknown”不在文书类型词表中"),
    ({"page": 3, "doc_type": ""}, "doc_type", "第3页缺少文书类型代码"),
    ({"page": 3, "doc_type": "service_receipt", "served": ["fine_decision", "bogus"]}, "served",
     "文书代码“bogus”不在文书类型词表中"),
    ({"page": 3, "doc_type": "service_receipt", "served": ["blank"]}, "served", "“blank”"),
    ({"page": 3, "doc_type": "service_receipt", "served": "fine_decision"}, "served", "应为代码列表"),
    ({"page": 3, "doc_type": "fine_decision", "served": ["fine_decision"]}, "served", "不是送达回证"),
    ({"page": "三", "doc_type": "fine_decision"}, "page", "页码应为整数"),
])
def test_a_bad_correction_is_refused_in_chinese_naming_the_field_and_the_page(
        correction: dict[str, object], field: str, words: str) -> None:
    pages, _ = read_with_a_misread_receipt()
    with pytest.raises(InputError) as caught:
        apply_corrections(pages, [correction])
    assert caught.value.field == field
    assert words in caught.value.message and f"字段 {field}" in caught.value.message
    if isinstance(correction["page"], int):
        assert caught.value.page == correction["page"]


def test_the_choices_offered_are_the_vocabulary_with_chinese_labels_plus_continuation_and_blank() -> None:
    types = correctable_types()
    assert types["service_receipt"] == "送达回证" or "送达回证" in types["service_receipt"]
    assert types["continuation"].startswith("续页") and types["blank"] == "空白页"
    assert "unknown" not in types
    assert "service_receipt" not in servable_types() and "termination_this_round_ruling" in servable_types()
    assert validate_correction({"page": 1, "doc_type": "blank"}, [1]).served is None
