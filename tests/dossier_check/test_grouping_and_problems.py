"""Given pages as the scan pipeline reports them, the clerk sees documents, linked receipts and problems."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dossier.dossier_check.grouping import group_documents, misfiled_pages, normalise_pages, same_case
from dossier.dossier_check.model import Page
from dossier.dossier_check.problems import find_problems, page_span
from dossier.dossier_check.result import decide
from dossier.results import MissingItem

CASE = "（2024）豫0311执1234号"
OTHER = "（2024）豫0311执987号"


def pages(*specs: tuple) -> list[Page]:
    """(doc_type, case_number?, extra dict?) per page, numbered from 1."""
    out = []
    for i, spec in enumerate(specs, 1):
        doc_type, *rest = spec
        number = rest[0] if rest else None
        extra = rest[1] if len(rest) > 1 else {}
        out.append(Page(page=i, doc_type=doc_type, case_number=number, confidence=0.95,
                        blank=doc_type == "blank", **extra))
    return out


def test_a_document_runs_over_its_continuation_pages_and_a_blank_back_stands_apart():
    ps = pages(("enforcement_basis", CASE), ("continuation",), ("blank",), ("enforcement_notice", CASE))
    docs = group_documents(ps)
    assert [(d.doc_type, d.pages) for d in docs] == [("enforcement_basis", [1, 2]), ("enforcement_notice", [4])]


def test_a_continuation_after_a_blank_back_still_belongs_to_the_document_before():
    ps = pages(("interview_record", CASE), ("blank",), ("continuation",))
    assert [d.pages for d in group_documents(ps)] == [[1, 3]]


def test_pages_of_one_generated_document_share_the_qr_doc_id_and_read_as_continuation():
    ps = pages(("termination_this_round_ruling", CASE, {"doc_id": "d7"}),
               ("termination_this_round_ruling", CASE, {"doc_id": "d7"}),
               ("termination_this_round_ruling", CASE, {"doc_id": "d8"}))
    docs = group_documents(ps)
    assert [d.pages for d in docs] == [[1, 2], [3]]
    assert [p.doc_type for p in normalise_pages(ps)] == [
        "termination_this_round_ruling", "continuation", "termination_this_round_ruling"]


def test_two_receipts_in_a_row_are_two_documents_each_proving_its_own_service():
    ps = pages(("service_receipt", CASE, {"served_doc_types": ["enforcement_notice"]}),
               ("service_receipt", CASE, {"served_doc_types": ["property_report_order"]}))
    docs = group_documents(ps)
    assert [d.served for d in docs] == [["enforcement_notice"], ["property_report_order"]]


def test_a_page_of_another_case_is_misfiled_with_its_continuation_and_the_message_names_that_case():
    ps = pages(("enforcement_notice", CASE), ("enforcement_notice", OTHER), ("continuation",),
               ("closing_approval_form", CASE))
    docs = group_documents(ps)
    assert misfiled_pages(ps, docs, CASE) == [2, 3]
    problems = find_problems(ps, docs, CASE)
    misfiled = [p for p in problems if p.kind == "misfiled_page"]
    assert len(misfiled) == 1 and misfiled[0].pages == [2, 3]
    assert OTHER in misfiled[0].message and "不属于本案" in misfiled[0].message


def test_an_unreadable_page_is_reported_with_its_file_and_blocks_approval():
    ps = pages(("enforcement_notice", CASE),
               ("unknown", None, {"readable": False, "file": "scan-2.pdf", "file_page": 4}))
    problems = find_problems(ps, group_documents(ps), CASE)
    assert [(p.kind, p.pages) for p in problems] == [("unreadable_page", [2])]
    assert "scan-2.pdf" in problems[0].message and "重新扫描" in problems[0].message
    assert decide([], problems) == "reject"


def test_blank_pages_are_reported_together_but_do_not_block_approval():
    ps = pages(("enforcement_notice", CASE), ("blank",), ("property_report_order", CASE), ("blank",))
    problems = find_problems(ps, group_documents(ps), CASE)
    assert [(p.kind, p.pages, p.severity) for p in problems] == [("blank_page", [2, 4], "warning")]
    assert "第2、4页" in problems[0].message
    assert decide([], problems) == "approve"


def test_a_receipt_whose_served_document_cannot_be_read_is_pointed_out():
    ps = pages(("service_receipt", CASE))
    problems = find_problems(ps, group_documents(ps), CASE)
    assert [p.kind for p in problems] == ["unlinked_receipt"]


def test_anything_missing_means_reject():
    item = MissingItem(code="interview_record", label="谈话笔录", reason="终本前应听取申请执行人意见")
    assert decide([item], []) == "reject"


def test_case_numbers_match_whatever_the_bracket_style():
    assert same_case("(2024)豫0311执1234号", CASE)
    assert not same_case(OTHER, CASE)
    assert same_case(None, CASE)


@given(st.lists(st.integers(min_value=1, max_value=60), min_size=1, max_size=20))
def test_page_span_names_every_page_once(numbers):
    text = page_span(numbers)
    listed: set[int] = set()
    for part in text.removeprefix("第").removesuffix("页").split("、"):
        a, _, b = part.partition("-")
        listed.update(range(int(a), int(b or a) + 1))
    assert listed == set(numbers)


@given(st.lists(st.sampled_from(["enforcement_notice", "continuation", "blank", "unknown", "service_receipt",
                                 "interview_record"]), max_size=40))
def test_every_readable_titled_page_starts_exactly_one_document_and_no_page_is_in_two(types):
    ps = pages(*[(t, CASE) for t in types])
    docs = group_documents(ps)
    grouped = [n for d in docs for n in d.pages]
    assert len(grouped) == len(set(grouped))
    titled = [p.page for p in ps if p.doc_type not in {"continuation", "blank", "unknown"}]
    assert [d.pages[0] for d in docs] == titled


def test_the_scan_pipelines_page_result_is_read_as_a_page():
    from dossier.ocr import PageResult

    result = PageResult(page=3, file="scan.pdf", file_page=3, doc_type="service_receipt", case_number=CASE,
                        confidence=0.93, readable=True, source="qr", served_doc_types=["enforcement_notice"],
                        doc_id="d3")
    page = Page.of(result)
    assert (page.page, page.doc_type, page.served_doc_types, page.file, page.source) == (
        3, "service_receipt", ["enforcement_notice"], "scan.pdf", "qr")
