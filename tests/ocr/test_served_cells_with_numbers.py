"""What a 送达回证 served, as 郑州金水 and 成都武侯 fill the cell (court_x, court_w):

- the document's name followed by its number, 传票（2026）豫0105执26137号, on a line of its own read before its label
  送达文书名称和文号 (court_x_01 p36: read as serving nothing, then taken with the next receipt — which served the
  执行裁定书 — for one sheet scanned twice, and the clerk told to delete it);
- the label read with one character wrong, 运达文书名称及件数传票各一份 (court_w_01 p37: serving nothing)."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.ngram import shipped_model
from dossier.ocr.titles import served_doc_types


def _line(text: str, top: float, *, centred: bool = False, alone: bool = True) -> TextLine:
    return TextLine(text, 0.99, height=1.0, centred=centred, top=top, width=0.4, alone=alone)


def test_a_summons_named_with_its_number_is_what_the_receipt_served() -> None:
    page = PageText([_line("河南省郑州市金水区人民法院", 0.05, centred=True), _line("送达回证", 0.08, centred=True),
                     _line("买卖合同纠纷执行", 0.12, alone=False), _line("案由", 0.121, alone=False),
                     _line("传票（2026）豫0105执26137号", 0.15, alone=False),
                     _line("送达文书名称和文号", 0.151, alone=False),
                     _line("河南某建筑劳务有限公司（法定代表人：陆某）", 0.19, alone=False),
                     _line("受送达人", 0.191, alone=False)], complete=True)
    assert classify(page, shipped_model()).served == ["summons"]


def test_a_cell_after_its_label_names_the_document_whatever_number_follows_it() -> None:
    assert served_doc_types("送达文书名称和文号传票（2026）豫0105执26137号") == ["summons"]
    assert served_doc_types("送达文书：传票（2024）京0105执恢12号 各一份") == ["summons"]


def test_a_label_read_with_one_character_wrong_still_opens_the_cell() -> None:
    assert served_doc_types("运达文书名称及件数传票各一份") == ["summons"]


def test_a_two_character_word_inside_a_sentence_is_still_no_served_summons() -> None:
    assert served_doc_types("本院于2026年1月送达的传票未能送达本人") == []
