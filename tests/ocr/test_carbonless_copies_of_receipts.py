"""长沙芙蓉 (court_jh_01 p29): the bureau's 送达回证 is a carbonless form, and the file keeps its second copy, the names
of the papers served a pale pressed blue. Read 执行通知书一份丶报备时产令一份, the 报告财产令 was two characters off: the
receipt was said to serve the 执行通知书 alone, and a complete dossier was said to lack the order's receipt. A title
of five characters or more standing whole as an item of the cell's list is named with two characters misread, when
no other title is as near."""

from __future__ import annotations

from dossier.ocr.titles import served_doc_types


def test_a_pale_copys_misread_order_is_still_named_as_an_item_of_the_list() -> None:
    assert served_doc_types("执行通知书一份丶报备时产令一份") == ["enforcement_notice", "property_report_order"]
    assert served_doc_types("执行裁定书、限制消赞今各一份") == ["enforcement_ruling", "consumption_restriction_order"]


def test_three_characters_wrong_name_nothing() -> None:
    assert served_doc_types("执行通知书一份、极备时产令一份") == ["enforcement_notice"]


def test_a_title_cut_short_or_a_longer_item_is_no_misread_title() -> None:
    assert served_doc_types("执行通知书一份、财产令一份") == ["enforcement_notice"]
    assert served_doc_types("执行通知书一份、报备时产令附表一份") == ["enforcement_notice"]
