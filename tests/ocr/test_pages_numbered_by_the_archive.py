"""上饶信州 (court_ck): the archive numbered every sheet of the volume — a red 档案页码 stamp top right, the same number
in pencil bottom right, blank backs left out. A bare number in the footer had been taken for each paper's own page
number: receipts numbered 30 and 31 behind a receipt became its "later pages", a bank's 电子回单 numbered 52 a later
page of the 和解协议 before it, and the 失信 decision's title — read fourth, after the stamp's two lines, at the
body's width — lost its last characters. The archive centre saw 缺页 and missing documents in complete dossiers.

Now a bare number that runs on by one a page across the start of another document is the volume's, and says nothing
of the page's place in its document; a paper's own numbers (2, 3 under one judgment) still do."""

from __future__ import annotations

from pathlib import Path

from dossier.ocr import analyse
from dossier.ocr.models import PageResult, ReadText
from dossier.ocr.pipeline import across_pages

DATA = Path(__file__).parent / "data"
TEA = "（2026）赣1102执76031号"
GLASS = "（2026）赣1102执76278号"
SEAFOOD = "（2026）辽0211执78231号"


def test_receipts_numbered_by_the_archive_are_three_receipts_not_one_with_later_pages() -> None:
    pages = list(analyse([DATA / "archive_numbered_receipts.pdf"], engine="rapidocr", expected_case_number=TEA))
    assert [p.doc_type for p in pages] == ["service_receipt"] * 3
    assert [p.page_of for p in pages][1:] == [None, None]  # 30 and 31 are the volume's numbers


def test_a_bank_slip_numbered_by_the_archive_between_two_papers_is_the_payment_voucher() -> None:
    pages = list(analyse([DATA / "archive_numbered_bank_slip.pdf"], engine="rapidocr", expected_case_number=GLASS))
    assert [p.doc_type for p in pages] == ["settlement_agreement", "payment_voucher", "closing_notice"]


def test_a_decision_under_the_archive_stamp_is_read_by_its_whole_title() -> None:
    decision, = analyse([DATA / "archive_numbered_dishonest_list_decision.pdf"], engine="rapidocr",
                        expected_case_number=TEA)
    assert decision.doc_type == "dishonest_list_decision"
    assert decision.title_text == "纳入失信被执行人名单决定书"


def test_a_sheet_holding_only_the_date_under_the_seal_is_the_last_page_of_the_ruling() -> None:
    """大连甘井子 (court_cl): the e-dossier platform's export of a ruling's last sheet — the date under the court's
    seal (二〇二六年三月十六日 read 六年三月十第日), the platform's stamp and a diagonal watermark: the ruling's page,
    not an unreadable one that sends a complete dossier back."""
    ruling, last = analyse([DATA / "e_dossier_ruling_dated_under_the_seal.pdf"], engine="rapidocr",
                           expected_case_number=SEAFOOD)
    assert (ruling.doc_type, last.doc_type, last.readable) == ("enforcement_ruling", "continuation", True)


def _page(n: int, doc_type: str, lines: list[str], footer: str, *, title: str = "") -> PageResult:
    text = [ReadText(text=t, confidence=0.98, box=(0, 0, 1, 1), height=1.0, centred=False, top=0.1 + 0.05 * i,
                     width=0.7) for i, t in enumerate(lines)]
    text.append(ReadText(text=footer, confidence=0.98, box=(0, 0, 1, 1), height=0.8, centred=False, top=0.95,
                         width=0.03, footer=True))
    n_of = int(footer) if footer.isdigit() else None
    return PageResult(page=n, file="scan.pdf", file_page=n, doc_type=doc_type, confidence=0.95, readable=True,
                      source="ocr", title_text=title, text_lines=text, text_complete=True,
                      page_of=(n_of, 0) if n_of else None)


JUDGMENT = [_page(1, "enforcement_basis", ["江西省上饶市中级人民法院", "民事判决书", "（2025）赣11民终1208号"], "",
                  title="民事判决书"),
            _page(2, "continuation", ["上诉人上饶银行股份有限公司信州支行因与被上诉人借款合同纠纷一案"], "2"),
            _page(3, "continuation", ["本判决为终审判决。", "审判长程丽"], "3")]


def test_a_papers_own_bare_numbers_still_place_its_later_pages() -> None:
    pages = list(across_pages(JUDGMENT))
    assert [p.page_of for p in pages] == [None, (2, 0), (3, 0)]


def test_a_number_running_on_across_documents_is_the_volumes() -> None:
    notice = _page(1, "enforcement_notice", ["执行通知书", TEA], "16", title="执行通知书")
    order = _page(2, "property_report_order", ["报告财产令", TEA], "17", title="报告财产令")
    again = _page(3, "property_report_order", ["报告财产令", TEA], "18", title="报告财产令")
    pages = list(across_pages([notice, order, again]))
    assert [p.doc_type for p in pages] == ["enforcement_notice", "property_report_order", "property_report_order"]
    assert [p.page_of for p in pages] == [None, None, None]


def _stamped(n: int, doc_type: str, lines: list[str], stamp: int, *, title: str = "") -> PageResult:
    """A page as 绍兴越城's e-dossier system stores it (court_dw): 第n页 stamped in a corner, n its place in the volume."""
    page = _page(n, doc_type, lines, f"第{stamp}页", title=title)
    return page.model_copy(update={"page_of": (stamp, 0)})


def test_a_system_stamped_page_number_running_across_documents_is_the_volumes() -> None:
    """A 结案通知书 stamped 第33页, then three 送达回证 stamped 第34页 to 第36页: at first sight the second and third
    receipts were taken for later pages of the first (a receipt's page 35), and the dossier reported 缺页."""
    notice = _stamped(1, "closing_notice", ["绍兴市越城区人民法院", "结案通知书", "（2024）浙0602执36518号"], 33,
                      title="结案通知书")
    receipts = [_stamped(1 + i, "service_receipt" if i == 1 else "continuation",
                         ["绍兴市越城区人民法院", "送达回证", "（2024）浙0602执36518号"], 33 + i, title="送达回证")
                for i in (1, 2, 3)]
    pages = list(across_pages([notice, *receipts]))
    assert [p.doc_type for p in pages] == ["closing_notice", "service_receipt", "service_receipt", "service_receipt"]
    assert [p.page_of for p in pages] == [None, None, None, None]


def test_a_papers_own_page_numbers_without_a_total_still_place_its_later_pages() -> None:
    judgment = [_stamped(1, "enforcement_basis", ["民事判决书", "（2025）浙06民终1208号"], 1, title="民事判决书"),
                _stamped(2, "continuation", ["上诉人绍兴某黄酒有限公司因与被上诉人买卖合同纠纷一案"], 2),
                _stamped(3, "continuation", ["本判决为终审判决。", "审判长沈丽"], 3)]
    assert [p.page_of for p in across_pages(judgment)] == [(1, 0), (2, 0), (3, 0)]
