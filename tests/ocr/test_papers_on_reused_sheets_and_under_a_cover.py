"""Pages read wrong at first sight by 鹰潭月湖 (court_gl, drawn blind: the bureau prints its notices on the backs of old
drafts, whose words show through, and an arbitration commission's award opens with a cover sheet); each real page is as
it was captured."""

from __future__ import annotations

from pathlib import Path

from dossier.dossier_check.grouping import group_documents
from dossier.dossier_check.model import Page
from dossier.ocr import analyse

DATA = Path(__file__).parent / "data"


def test_a_notice_printed_on_a_reused_drafts_back_keeps_its_court_name_and_its_title() -> None:
    """江西省鹰潭市月湖区人民法院 over 执行通知书, with （草稿） of the draft on the back showing through beside the court's
    name: read into one box, （草)江西省鹰潭市月湖区人民法院 干关 was taken for running text above the title, and the notice
    for the text of the page before — the check then missed it, and the receipt that served it (court_gl_02 p18)."""
    (page,) = analyse([DATA / "enforcement_notice_printed_on_a_reused_drafts_back.pdf"], engine="rapidocr")
    assert (page.doc_type, page.title_text) == ("enforcement_notice", "执行通知书")


def test_an_awards_body_numbered_from_one_after_its_cover_sheet_goes_on_from_the_cover() -> None:
    """鹰潭仲裁委员会 / 裁决书 / its number and date alone on a cover, then the award's text from 第1页: that page 1 opens no
    paper of its own — it was filed as a paper nobody could name (court_gl_02 p3)."""
    cover, body = analyse([DATA / "arbitration_award_with_its_cover_sheet_then_pages_numbered_from_one.pdf"],
                          engine="rapidocr")
    assert (cover.doc_type, body.doc_type) == ("enforcement_basis", "continuation") and body.page_of is not None
    assert body.page_of[0] == 1
    (award,) = group_documents([Page.of(cover), Page.of(body)])
    assert (award.doc_type, award.pages) == ("enforcement_basis", [1, 2])
