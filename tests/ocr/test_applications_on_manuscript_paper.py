"""A worker writes the application by hand on 方格稿纸 (court_ad, 太原迎泽): the title and the parties on the first
sheet, the second sheet opening with the last item of the claims (三、执行费用由被申请人负担。) under the archive's
stamped page number, then a few words the grid let the detector find. The archive centre must see the second sheet
as the application's page, not as a new application (its 申请人 field) nor as an unreadable page."""

from __future__ import annotations

import pytest

from dossier.ocr.classify import PageText, TextLine, classify


def line(text: str, top: float, *, width: float = 0.12, height: float = 1.0, centred: bool = False) -> TextLine:
    return TextLine(text, 0.99, height=height, centred=centred, top=top, width=width, alone=True)


def _second_sheet(first: str) -> PageText:
    """court_ad_03 p2 as read."""
    return PageText([line("00002", 0.03, width=0.09, height=1.23), line(first, 0.1, width=0.51, centred=True),
                     line("申请人的", 0.19, centred=True), line("判决", 0.31, width=0.08), line("制执行", 0.38, width=0.09),
                     line("太原市迎泽区人民法院", 0.45, width=0.38, height=1.63), line("申请人：陆洋", 0.78, width=0.15),
                     line("2024年2月20日", 0.84, width=0.17)], complete=True)


@pytest.mark.parametrize("first", ["三、执行费用由被申请人负担。", "（二）被申请人承担本案执行费用。", "十一、其他费用由被申请人负担"])
def test_a_sheet_opening_with_a_later_item_of_the_claims_continues_the_application(first: str) -> None:
    verdict = classify(_second_sheet(first))
    assert verdict.doc_type == "continuation" and verdict.evidence == "running_text"


def test_a_sheet_opening_with_the_first_item_is_not_taken_for_a_later_page_by_it() -> None:
    """一、 opens a list: it says nothing of a text begun on an earlier sheet."""
    assert classify(_second_sheet("一、执行费用由被申请人负担。")).evidence != "running_text"
