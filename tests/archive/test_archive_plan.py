"""The archive order, decided from the check's pages (pure): the clerk's dossier as the reader grouped it."""

from __future__ import annotations

from dossier.archive.plan import UNPLACED_LABEL, plan_archive
from dossier.dossier_check.grouping import group_documents
from dossier.dossier_check.model import Page


def pages(*types: str) -> list[Page]:
    return [Page(page=n, doc_type=t, blank=t == "blank", readable=t != "illegible")
            for n, t in enumerate(types, start=1)]


def test_documents_follow_the_archive_order_whatever_the_scanning_order():
    scanned = pages("closing_notice", "enforcement_notice", "continuation", "enforcement_application")
    plan = plan_archive(scanned, group_documents(scanned))
    assert [s.doc_type for s in plan.sections] == [
        "dossier_cover", "catalogue", "enforcement_application", "enforcement_notice", "closing_notice",
        "remarks_sheet"]
    assert [s.source_pages for s in plan.sections[2:5]] == [[4], [2, 3], [1]]
    assert [s.first_number for s in plan.sections] == [None, None, 1, 2, 4, None]
    assert plan.numbered_pages == 4


def test_blank_backs_and_scanned_generated_sheets_are_left_out_with_their_reason():
    scanned = pages("dossier_cover", "catalogue", "continuation", "enforcement_notice", "blank", "remarks_sheet")
    plan = plan_archive(scanned, group_documents(scanned))
    assert [(o.page, o.reason) for o in plan.left_out] == [(1, "replaced"), (2, "replaced"), (3, "replaced"),
                                                          (5, "blank"), (6, "replaced")]
    assert [s.source_pages for s in plan.sections if not s.generated] == [[4]]


def test_a_page_the_reader_could_not_place_is_kept_after_the_documents_and_numbered():
    scanned = pages("enforcement_notice", "unknown", "illegible", "closing_notice")
    plan = plan_archive(scanned, group_documents(scanned))
    kept = [s for s in plan.sections if not s.generated]
    assert [(s.doc_type, s.source_pages, s.first_number) for s in kept] == [
        ("enforcement_notice", [1], 1), ("closing_notice", [4], 2), ("unknown", [2, 3], 3)]
    assert kept[-1].label == UNPLACED_LABEL
    assert {n for s in plan.sections for n in s.source_pages} == {1, 2, 3, 4}
