"""Two families at first sight, 太原小店 and 深圳福田 (court_bm, court_bl):

- a 调查笔录 written on ruled 笔录纸 that prints its heading on every sheet, 第2页 under it: the second sheet is the
  record's page, not a second record missing its first (court_bm_02 p27 and p29: the complete dossier rejected for
  缺页 in two documents that miss none);
- a 送达地址确认书 whose title a phone app's crop cut off, leaving its rows 受送达人 / 送达地址 / 代收人 / 手机号码 /
  是否同意电子送达: a party confirming where to be served, not a receipt (court_bl_01 p12: the complete dossier rejected
  for lacking the confirmation);
- a 财产申报表 cut the same way, whose cell 依报告财产令如实申报 cites the order it answers: the cell is no title
  (court_bl_02 p22, read as the 报告财产令)."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.models import PageResult, ReadText
from dossier.ocr.ngram import shipped_model
from dossier.ocr.pipeline import across_pages


def _result(n: int, doc_type: str, page_of: tuple[int, int] | None) -> PageResult:
    lines = ["山西省太原市小店区人民法院", "调查笔录", f"第{n - 25}页", "问：你（单位）现在有没有银行存款、车辆、房产？"]
    text = [ReadText(text=t, confidence=0.98, box=(0, 0, 1, 1), height=1.0, centred=i < 2, top=0.05 + 0.03 * i,
                     width=0.5) for i, t in enumerate(lines)]
    return PageResult(page=n, file="scan.pdf", file_page=n, doc_type=doc_type, confidence=1.0, readable=True,
                      source="ocr", title_text="调查笔录", text_lines=text, text_complete=True, page_of=page_of)


def test_the_second_sheet_of_a_handwritten_record_is_the_records_page() -> None:
    pages = list(across_pages([_result(26, "investigation_record", (1, 0)),
                               _result(27, "investigation_record", (2, 0))]))
    assert [p.doc_type for p in pages] == ["investigation_record", "continuation"]


def test_two_records_each_numbered_from_one_stay_two_records() -> None:
    pages = list(across_pages([_result(26, "investigation_record", (1, 0)),
                               _result(27, "investigation_record", (1, 0))]))
    assert [p.doc_type for p in pages] == ["investigation_record", "investigation_record"]


def _cell(text: str, top: float, *, label: bool = False) -> TextLine:
    return TextLine(text, 0.99, height=1.0, centred=not label, top=top, width=0.2 if label else 0.35,
                    alone=not label)


def test_an_address_confirmation_cut_to_its_table_is_no_receipt() -> None:
    read = [("（2024）粤0304执36118号", 0.037, 0.365, True, True), ("案号", 0.055, 0.059, False, False),
            ("深圳市某电子有限公司", 0.189, 0.385, True, True), ("受送达人", 0.193, 0.104, False, False),
            ("深圳市福田区福华三路452号某国际交易广场30楼", 0.322, 0.654, False, True),
            ("送达地址", 0.336, 0.107, False, False), ("陆某律师", 0.46, 0.161, False, False),
            ("代收人", 0.474, 0.084, False, False), ("13977938683", 0.617, 0.175, True, True),
            ("手机号码", 0.62, 0.106, False, False), ("同意1397938683", 0.744, 0.268, True, False),
            ("是否同意电子送达", 0.761, 0.197, False, False), ("陆某", 0.885, 0.145, True, True)]
    lines = [TextLine(t, 0.99, height=1.0, centred=c, top=top, width=w, alone=a) for t, top, w, c, a in read]
    footer = [TextLine("签名 (盖章)", 0.99, height=0.8, top=0.909, width=0.134, alone=False)]
    page = PageText(lines, footer=footer, complete=True)
    assert classify(page, shipped_model()).doc_type == "service_address_confirmation"


def test_a_cell_citing_the_order_it_answers_is_no_title() -> None:
    rows = [("深圳前海某金融科技有限公司", "申报人"), ("9144030012345678XY", "证照号码"),
            ("依报告财产令如实申报", "申报事由"), ("招商银行账户，余额不详", "银行存款"), ("无", "不动产")]
    lines = [line for i, (value, label) in enumerate(rows)
             for line in (_cell(value, 0.05 + 0.1 * i), _cell(label, 0.051 + 0.1 * i, label=True))]
    assert classify(PageText(lines, complete=True), shipped_model()).doc_type == "property_declaration_form"
