"""Inside one document the archive centre looks for what court sorting machines flag — 缺页, 重张, 倒页 —
and a clerk is told which page may be the document the check calls missing."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from dossier.dossier_check.duplicates import DUPLICATE_MAX_DISTANCE, duplicate_groups, hamming
from dossier.dossier_check.grouping import group_documents, normalise_pages
from dossier.dossier_check.model import Document, Page, particulars_read
from dossier.dossier_check.possible import point_to_pages
from dossier.dossier_check.problems import blocks_decision, find_problems
from dossier.dossier_check.result import decide
from dossier.dossier_check.run import check_pages
from dossier.model import Case
from dossier.ocr.models import PageResult, ReadText
from dossier.reports.wording import problem_label
from dossier.results import MissingItem

CASE = "（2024）豫0311执1234号"
RULING = "termination_this_round_ruling"
# Two unrelated pHashes, and a rescan of the first 2 bits away from it.
HASH_A = "d1c4b2a3f0e1d2c3"
HASH_B = "2e3b4d5c0f1e2d3c"
HASH_A_RESCAN = "d1c4b2a3f0e1d2c0"
NEW_KINDS = ("missing_page_in_document", "duplicate_page", "pages_out_of_order")


def page(n: int, doc_type: str, **extra: object) -> Page:
    fields: dict[str, object] = {"page": n, "doc_type": doc_type, "case_number": CASE, "confidence": 0.95,
                                 "blank": doc_type == "blank"}
    fields.update(extra)
    return Page.model_validate(fields)


def problems_of(pages: list[Page]):
    return find_problems(normalise_pages(pages), group_documents(pages), CASE)


def kinds(problems) -> list[str]:
    return [p.kind for p in problems]


def case() -> Case:
    return Case.model_validate({
        "case_number": CASE, "court": "洛阳市老城区人民法院", "category": "enforcement", "filed_on": "2024-03-14",
        "amount": "1000.00", "basis": {"kind": "judgment", "case_number": "（2023）豫0311民初567号",
                                       "court": "洛阳市老城区人民法院"},
        "applicants": [{"name": "张三", "kind": "person"}], "respondents": [{"name": "李四", "kind": "person"}]})


def no_missing(*_: object) -> list[MissingItem]:
    return []


# 缺页 ---------------------------------------------------------------------------------------------

def test_given_a_3_page_ruling_whose_page_2_is_missing_the_archive_centre_sees_缺页_and_it_blocks():
    pages = [page(1, "enforcement_notice", page_of=(1, 1)),
             page(2, RULING, page_of=(1, 3)), page(3, "continuation", page_of=(3, 3))]
    problems = problems_of(pages)
    [gap] = [p for p in problems if p.kind == "missing_page_in_document"]
    assert gap.pages == [2, 3] and gap.severity == "error" and blocks_decision(gap)
    assert "第2-3页的终结本次执行程序裁定书缺页" in gap.message
    assert "共3页" in gap.message and "缺第2页" in gap.message
    dumped = gap.model_dump()
    assert dumped["missing_page_numbers"] == [2] and dumped["page_count"] == 3
    assert decide([], problems) == "reject"
    assert problem_label("missing_page_in_document") == "缺页"


def test_a_document_that_stops_short_of_its_last_page_is_缺页_too():
    pages = [page(1, RULING, page_of=(1, 3)), page(2, "continuation", page_of=(2, 3))]
    [gap] = [p for p in problems_of(pages) if p.kind == "missing_page_in_document"]
    assert "缺第3页" in gap.message and gap.pages == [1, 2]


def test_a_title_page_without_footer_followed_by_page_2_is_not_缺页():
    # As the reader read sample 04: the notice's title page carries no number, its second page “- 2 -”.
    pages = [page(9, "enforcement_notice"), page(10, "continuation", page_of=(2, 0))]
    assert "missing_page_in_document" not in kinds(problems_of(pages))


def test_a_footer_without_total_still_shows_a_gap_the_unnumbered_pages_cannot_fill():
    pages = [page(1, RULING, page_of=(1, 0)), page(2, "continuation", page_of=(3, 0))]
    [gap] = [p for p in problems_of(pages) if p.kind == "missing_page_in_document"]
    assert "缺第2页" in gap.message


def test_a_paper_opening_on_a_page_with_a_bare_73_lacks_no_72_pages_before_it():
    """淄博张店 (court_cw): a browser's print footer 1/3, small in the corner, read 73. The page opens the judgment: no
    page of it can come before, so the number says nothing missing; a gap after it still does."""
    judgment = [page(5, "enforcement_basis", page_of=(73, 0)), page(6, "continuation")]
    assert "missing_page_in_document" not in kinds(problems_of(judgment))
    gapped = [page(5, "enforcement_basis", page_of=(73, 0)), page(6, "continuation", page_of=(75, 0))]
    [gap] = [p for p in problems_of(gapped) if p.kind == "missing_page_in_document"]
    assert gap.missing_page_numbers == [74]


def test_a_bare_89_on_a_receipts_second_sheet_is_no_page_of_it_and_nothing_is_missing():
    """鄂尔多斯东胜 (court_ek_02): a screen photo's 第 1 页 / 共 1 页 read 89 under a receipt filed behind another; the
    archive centre was told 88 pages were missing from it, and a complete dossier was sent back. Numbers that leave
    more than a few pages missing are some other series, not this document's pages; a few still count."""
    receipt = [page(33, "service_receipt"), page(34, "continuation", page_of=(89, 0))]
    assert "missing_page_in_document" not in kinds(problems_of(receipt))
    short = [page(1, RULING, page_of=(1, 0)), page(2, "continuation", page_of=(6, 0))]
    [gap] = [p for p in problems_of(short) if p.kind == "missing_page_in_document"]
    assert gap.missing_page_numbers == [2, 3, 4, 5]


def test_a_second_page_whose_2_slash_2_read_212_is_the_page_the_first_one_counts():
    """沈阳沈河 (court_iz_01): the application's first sheet footed 1 / 2, its second 2 / 2 read 212, the slash taken for
    a 1. The archive centre was told the application lacked its page 2, and the complete dossier was sent back. A bare
    number past the total the document prints is no page of it: the page's number was not read, and it may be page 2."""
    application = [page(1, "enforcement_application", page_of=(1, 2)), page(2, "continuation", page_of=(212, 0))]
    assert "missing_page_in_document" not in kinds(problems_of(application))
    short = [page(1, "enforcement_application", page_of=(1, 3)), page(2, "continuation", page_of=(212, 0))]
    [gap] = [p for p in problems_of(short) if p.kind == "missing_page_in_document"]
    assert gap.missing_page_numbers == [2, 3], "one page whose number was not read cannot be two missing pages"


def test_a_generated_document_found_by_its_qr_code_with_a_gap_is_缺页():
    pages = [page(1, RULING, doc_id="d7", page_of=(1, 3), source="qr"),
             page(2, RULING, doc_id="d7", page_of=(3, 3), source="qr")]
    [gap] = [p for p in problems_of(pages) if p.kind == "missing_page_in_document"]
    assert "二维码标明共3页" in gap.message and "缺第2页" in gap.message


def test_a_qr_page_filed_away_from_its_document_is_not_missing_but_out_of_order():
    pages = [page(1, RULING, doc_id="d7", page_of=(1, 2)), page(2, "enforcement_notice", doc_id="d8",
             page_of=(1, 1)), page(3, RULING, doc_id="d7", page_of=(2, 2))]
    found = kinds(problems_of(pages))
    assert "missing_page_in_document" not in found


def test_an_unreadable_page_in_the_gap_is_named_as_possibly_the_missing_page():
    pages = [page(1, RULING, page_of=(1, 3)), page(2, "unknown", readable=False, confidence=0.0),
             page(3, "continuation", page_of=(3, 3))]
    problems = problems_of(pages)
    [gap] = [p for p in problems if p.kind == "missing_page_in_document"]
    assert "第2页未能辨认，可能就是缺失的页" in gap.message
    assert gap.model_dump()["possible_pages"] == [2]


def test_an_untyped_page_that_carries_the_missing_number_fills_the_gap_and_is_reported_as_unclassified():
    pages = [page(1, RULING, page_of=(1, 3)), page(2, "unknown", page_of=(2, 3)),
             page(3, "continuation", page_of=(3, 3))]
    found = kinds(problems_of(pages))
    assert "missing_page_in_document" not in found and "unclassified_page" in found


# 重张 ---------------------------------------------------------------------------------------------

def test_a_page_scanned_twice_is_reported_as_重张_naming_both_pages_and_does_not_block():
    read = ["15000", "0816", "王某某"]  # the same figures and name read on both sheets
    pages = [page(1, "enforcement_notice", phash=HASH_A, particulars=read),
             page(2, "blank", phash="0000000000000000"),
             page(3, "continuation", phash=HASH_A_RESCAN, particulars=read), page(4, "continuation", phash=HASH_B)]
    problems = problems_of(pages)
    [dup] = [p for p in problems if p.kind == "duplicate_page"]
    assert dup.pages == [1, 3] and dup.severity == "warning" and not blocks_decision(dup)
    assert "第1、3页内容相同（重张）" in dup.message and "请保留第1页，删除第3页" in dup.message
    assert dup.model_dump()["confirmed"] is True
    assert decide([], problems) == "approve"


def test_two_instalment_slips_of_one_case_are_two_payments_not_one_slip_scanned_twice():
    """北京朝阳 (court_o_01): a bank's two 电子回单 for two equal instalments, 0 bits apart. Both carry the case
    number, the payer, the payee and the amount; their slip numbers differ. The case number's figures stand on
    every paper of the case and prove nothing: the slips are two payments, and the clerk is not told to delete one."""
    case_figures = ["2024", "0311", "1234"]
    first = [*case_figures, "268", "391737", "5201", "北京某文化传媒有限公司", "北京某装饰工程有限公司"]
    second = [*case_figures, "268", "394635", "6401", "北京某文化传媒有限公司", "北京某装饰工程有限公司"]
    pages = [page(27, "payment_voucher", phash=HASH_A, particulars=first),
             page(28, "payment_voucher", phash=HASH_A, particulars=second)]
    assert "duplicate_page" not in kinds(problems_of(pages))


def test_the_two_parties_business_licences_one_behind_the_other_are_two_papers_not_one_scanned_twice():
    """柳州城中 (court_bq_02): both companies' 营业执照（副本）, one behind the other, hash alike; each read to its
    credit code. The codes (masked as in a log: first six and last four kept) differ, so no 重张 is reported."""
    first = particulars_read("营业执照\n(副本)\n统一社会信用代码91450202MQ9FMM5KXW")
    second = particulars_read("营业执照\n(副本)\n统一社会信用代码91450203U1JUMF9D4E")
    assert not any("MQ9FMM" in x for x in first)  # never the number itself
    pages = [page(9, "identity_proof", phash=HASH_A, particulars=first),
             page(10, "identity_proof", phash=HASH_A_RESCAN, particulars=second)]
    assert "duplicate_page" not in kinds(problems_of(pages))
    rescan = [page(9, "identity_proof", phash=HASH_A, particulars=first),
              page(10, "identity_proof", phash=HASH_A_RESCAN, particulars=list(first))]
    assert "duplicate_page" in kinds(problems_of(rescan))


def test_two_licences_sharing_only_their_company_type_are_two_papers_not_one_scanned_twice():
    """伊宁 (court_ho_03 p8–9): the subcontractor's and the general contractor's 营业执照, one behind the other under
    a failing lamp, each read down to its 类型 row — 有限责任公司（自然人投资或控股） on both. What a company is names
    no company: their names and codes differ, so no 重张 is reported."""
    first = particulars_read("营业执照\n(副本)\n统一社会信用代码 91654002K6XMQMCDM1\n伊犁天马建筑劳务有限公司\n名称\n"
                             "有限责任公司（自然人投资或控股）")
    second = particulars_read("营业执照\n(副本)\n统一社会信用代码91650104BRRERF3604\n新疆伊昌建设工程有限公司\n名称\n"
                              "有限责任公司（自然人投资或控股）")
    assert "有限责任公司" not in first and "伊犁天马建筑劳务有限公司" in first
    pages = [page(8, "identity_proof", phash=HASH_A, particulars=first),
             page(9, "identity_proof", phash=HASH_A_RESCAN, particulars=second)]
    assert "duplicate_page" not in kinds(problems_of(pages))
    assert "中国工商银行" in particulars_read("中国工商银行股份有限公司惠州分行")
    assert "股份有限公司" not in particulars_read("中国工商银行股份有限公司惠州分行")


def test_the_two_parties_id_copies_one_behind_the_other_are_two_papers_not_one_scanned_twice():
    """郑州金水 (court_x_03): the applicant's and the respondent's ID copies on the bureau's copy sheet, 4 bits apart
    and each read in part: the names their 姓名 lines give differ — two papers, no 重张."""
    head = "第5页\n卷宗名称：文娟涛申请执行郑珍勇民间借贷纠纷案\n案号：（2026）豫0105执26815号\n"
    first = particulars_read(head + "姓名文娟涛\n性别女民族汉\n出生1968年5月16日")
    second = particulars_read(head + "姓名郑珍勇\n性别男民族汉\n出生1971年2月1日")
    pages = [page(5, "identity_proof", phash=HASH_A, particulars=first),
             page(6, "identity_proof", phash=HASH_A_RESCAN, particulars=second)]
    assert "duplicate_page" not in kinds(problems_of(pages))


def test_two_replies_on_one_respondent_sharing_only_its_name_are_for_the_clerk_to_compare_not_to_delete():
    """岳阳 (tribunal_01): a 总对总 and a 点对点 reply on one company, 4 bits apart, each read to its head: the
    company's name on both is no proof that they are one sheet."""
    pages = [page(28, "online_inquiry_result", phash=HASH_A, particulars=["2024", "914306", "岳阳某科技有限公司"]),
             page(29, "online_inquiry_result", phash=HASH_A_RESCAN, particulars=["2024", "岳阳某科技有限公司"])]
    [dup] = [p for p in problems_of(pages) if p.kind == "duplicate_page"]
    assert dup.model_dump()["confirmed"] is False and "删除第29页。" in dup.message and "请核对" in dup.message


def test_two_sheets_of_one_form_read_only_to_their_title_are_a_possible_重张_for_the_clerk_to_compare():
    """呼和浩特: two summonses of one form, filled for two dates, 2 bits apart; each read down to its title
    only, so nothing read tells them apart or alike. The clerk is asked to compare, not told to delete one."""
    pages = [page(24, "summons", phash=HASH_A), page(25, "summons", phash=HASH_A_RESCAN)]
    [dup] = [p for p in problems_of(pages) if p.kind == "duplicate_page"]
    assert dup.pages == [24, 25] and dup.model_dump()["confirmed"] is False
    assert "内容相同" not in dup.message
    assert "可能是同一页重复扫描（重张），也可能是同一格式的不同文书；请核对" in dup.message


def test_look_alike_pages_far_apart_are_two_pages_of_one_form_not_a_duplicate():
    # As the reader hashed sample 04: continuation pages 8 and 31 of two different documents, 4 bits apart.
    pages = [page(8, "continuation", phash="cd56565454d65555"), page(9, "enforcement_notice", phash=HASH_B),
             page(31, "continuation", phash="cc56565554d75545")]
    assert hamming("cd56565454d65555", "cc56565554d75545") == 4
    assert duplicate_groups(pages) == []


def test_a_blank_page_is_never_a_duplicate_even_with_the_same_hash():
    pages = [page(1, "enforcement_notice", phash=HASH_A), page(2, "blank", phash=HASH_B),
             page(3, "property_report_order", phash=HASH_A.replace("d", "9")), page(4, "blank", phash=HASH_B)]
    assert "duplicate_page" not in kinds(problems_of(pages))


def test_near_empty_pages_that_the_reader_did_not_call_blank_are_not_duplicates_either():
    uniform = "8000000000000000"  # pHash of a uniform image: only the DC bit set
    pages = [page(1, "continuation", phash=uniform), page(2, "continuation", phash=uniform)]
    assert duplicate_groups(pages) == []


def test_two_receipts_that_look_alike_but_name_different_documents_are_not_duplicates():
    pages = [page(1, "service_receipt", phash=HASH_A, served_doc_types=["enforcement_notice"]),
             page(2, "service_receipt", phash=HASH_A_RESCAN, served_doc_types=["property_report_order"])]
    assert duplicate_groups(pages) == []


def test_pages_with_different_footer_numbers_are_not_duplicates():
    pages = [page(1, RULING, phash=HASH_A, page_of=(1, 2)), page(2, "continuation", phash=HASH_A,
             page_of=(2, 2))]
    assert duplicate_groups(pages) == []


def test_a_settlements_instalment_slips_alike_to_the_hash_are_four_payments_not_one_slip_four_times():
    """北京朝阳: four bank slips, one per instalment, the same bank's layout: the pHash cannot tell them
    apart, the amounts and dates read on them can. The clerk must not be told to delete three payments."""
    slips = [Page.of(PageResult(page=n, file="scan.pdf", file_page=n, doc_type="payment_voucher", confidence=0.9,
                                readable=True, source="ocr", phash=HASH_A if n % 2 else HASH_A_RESCAN,
                                text_lines=[line("网上银行电子回单"), line(f"交易日期：2024年{n}月15日"),
                                            line(f"金额：人民币{43000 + n * 17}.14元")]))
             for n in (26, 27, 28, 29)]
    assert duplicate_groups(slips) == []
    twice = [slips[0], slips[0].model_copy(update={"page": 27, "phash": HASH_A_RESCAN})]
    assert duplicate_groups(twice) == [[26, 27]]


def test_two_companies_proofs_of_their_legal_representative_are_two_sheets():
    proofs = [Page.of(PageResult(page=n, file="scan.pdf", file_page=n, doc_type="identity_proof", confidence=1.0,
                                 readable=True, source="ocr", phash=HASH_A,
                                 text_lines=[line("法定代表人身份证明书"), line(f"单位名称：{name}")]))
              for n, name in ((6, "北京三里屯建筑装饰工程有限公司"), (7, "北京来广营文化传媒有限公司"))]
    assert duplicate_groups(proofs) == []


def line(text: str) -> ReadText:
    return ReadText(text=text, confidence=0.98, box=(0, 0, 1, 1), height=1.0, centred=False, top=0.1, width=0.5)


def test_hamming_distance_of_hex_hashes():
    assert hamming(HASH_A, HASH_A_RESCAN) == 2
    assert hamming(HASH_A, HASH_B) is not None and hamming(HASH_A, HASH_B) > DUPLICATE_MAX_DISTANCE
    assert hamming(HASH_A, "zz") is None


def documents_counted(pages: list[Page]) -> list[list[int]]:
    seen: list[list[Document]] = []

    def record(_case: Case, documents, _stage, _today) -> list[MissingItem]:
        seen.append(list(documents))
        return []

    check_pages(pages, case(), "closing", today=date(2024, 8, 1), files=[], missing_for=record)
    return [d.pages for d in seen[0]]


def test_a_generated_page_scanned_twice_is_重张_by_its_qr_code_and_the_copy_is_not_counted_again():
    pages = [page(1, "enforcement_notice", doc_id="d1", page_of=(1, 1)),
             page(2, "property_report_order", doc_id="d2", page_of=(1, 1)),
             page(3, "enforcement_notice", doc_id="d1", page_of=(1, 1))]
    [dup] = [p for p in problems_of(pages) if p.kind == "duplicate_page"]
    assert dup.pages == [1, 3]
    assert documents_counted(pages) == [[1], [2]]


def test_two_id_copies_that_only_look_alike_are_both_counted_for_their_two_parties():
    # Measured on the sample dossiers: two parties' ID copies 6 bits apart; the threshold is 4.
    six_bits_away = "d1c4b2a3f0e1d23f"
    assert hamming(HASH_A, six_bits_away) == 6 > DUPLICATE_MAX_DISTANCE
    pages = [page(1, "identity_proof", phash=HASH_A), page(2, "identity_proof", phash=six_bits_away)]
    assert "duplicate_page" not in kinds(problems_of(pages))
    assert documents_counted(pages) == [[1], [2]]


def test_a_likely_duplicate_by_hash_alone_is_reported_but_still_counted():
    pages = [page(1, "identity_proof", phash=HASH_A), page(2, "identity_proof", phash=HASH_A_RESCAN)]
    assert "duplicate_page" in kinds(problems_of(pages))
    assert documents_counted(pages) == [[1], [2]]


# 倒页 ---------------------------------------------------------------------------------------------

def test_pages_whose_footers_go_backwards_are_out_of_order_and_do_not_block():
    pages = [page(1, RULING, page_of=(1, 3)), page(2, "continuation", page_of=(3, 3)),
             page(3, "continuation", page_of=(2, 3))]
    problems = problems_of(pages)
    assert kinds(problems) == ["pages_out_of_order"]
    assert "依次为1、3、2" in problems[0].message and problems[0].severity == "warning"
    assert decide([], problems) == "approve"


# 续页 sanity --------------------------------------------------------------------------------------

def test_a_continuation_page_numbered_1_starts_an_unknown_document_instead_of_being_glued():
    pages = [page(1, "enforcement_notice", page_of=(1, 1)), page(2, "continuation", page_of=(1, 2)),
             page(3, "continuation", page_of=(2, 2))]
    docs = group_documents(pages)
    assert [d.pages for d in docs] == [[1]]
    assert [p.doc_type for p in normalise_pages(pages)][1] == "unknown"
    [loose] = [p for p in problems_of(pages) if p.kind == "unclassified_page"]
    assert loose.pages == [2, 3] and "另一份文书的首页" in loose.message


def test_a_complete_dossier_with_good_footers_has_no_page_problems():
    pages = [page(1, "enforcement_notice", page_of=(1, 2), phash=HASH_A),
             page(2, "continuation", page_of=(2, 2), phash=HASH_B),
             page(3, "blank", phash="0000000000000000"),
             page(4, RULING, page_of=(1, 3), phash="a5a5a5a5a5a5a5a5"),
             page(5, "continuation", page_of=(2, 3), phash="5a5a5a5a5a5a5a5a"),
             page(6, "continuation", page_of=(3, 3), phash="0f0f0f0f0f0f0f0f"),
             page(7, "service_receipt", page_of=(1, 1), phash="f0f0f0f0f0f0f0f0", served_doc_types=[RULING])]
    found = kinds(problems_of(pages))
    assert not set(found) & set(NEW_KINDS)
    assert found == ["blank_page"]


# 可能是 ------------------------------------------------------------------------------------------

def receipt_missing() -> MissingItem:
    return MissingItem(code=f"service_receipt:{RULING}", label="终结本次执行程序裁定书送达回证",
                       reason="终本裁定应送达当事人，卷中未见其送达回证。")


def test_an_unreadable_page_that_may_be_the_missing_receipt_is_pointed_to():
    pages = [page(1, RULING), page(12, "unknown", readable=False, confidence=0.1,
                                   candidates=[("service_receipt", 0.7), ("enforcement_notice", 0.2)])]
    [item] = point_to_pages([receipt_missing()], pages, CASE)
    assert "第12页无法辨认，可能是终结本次执行程序裁定书的送达回证，请人工核对或重新扫描该页。" in item.reason
    assert item.model_dump()["possible_pages"] == [12]


def test_a_page_on_which_nothing_could_be_read_may_be_any_missing_document_and_the_reason_says_so():
    pages = [page(1, RULING), page(12, "unknown", readable=False, confidence=0.0)]
    [item] = point_to_pages([receipt_missing()], pages, CASE)
    assert "第12页无法辨认，可能是终结本次执行程序裁定书的送达回证" in item.reason
    assert item.model_dump()["possible_pages"] == [12]


def test_the_unreadable_page_problem_names_its_most_likely_types():
    pages = [page(12, "unknown", readable=False, confidence=0.1,
                  candidates=[("service_receipt", 0.7), ("blank", 0.2), ("summons", 0.05)])]
    [problem] = problems_of(pages)
    assert problem.kind == "unreadable_page"
    assert problem.message.startswith("第12页无法辨认（可能是送达回证）")


def test_the_whole_check_still_rejects_but_the_missing_receipt_points_to_the_page():
    pages = [page(1, RULING), page(2, "unknown", readable=False, confidence=0.1,
                                   candidates=[("service_receipt", 0.8)])]
    result = check_pages(pages, case(), "closing", today=date(2024, 8, 1), files=[],
                         missing_for=lambda *_: [receipt_missing()])
    out = result.to_json()
    assert out["decision"] == "reject"
    assert out["missing"][0]["possible_pages"] == [2] and "第2页无法辨认" in out["missing"][0]["reason"]


def test_a_receipt_that_names_another_document_is_not_offered_for_the_missing_one():
    pages = [page(5, "unknown", confidence=0.3, candidates=[("service_receipt", 0.9)],
                  served_doc_types=["enforcement_notice"])]
    [item] = point_to_pages([receipt_missing()], pages, CASE)
    assert "possible_pages" not in item.model_dump()


def test_alternatives_of_a_missing_item_are_considered_and_named():
    item = MissingItem(code="service_address_confirmation", label="送达地址确认书", reason="缺少送达地址确认书。",
                       alternatives=["service_address_confirmation", "whereabouts_unknown_proof"])
    pages = [page(8, "unknown", confidence=0.2, candidates=[("whereabouts_unknown_proof", 0.5)])]
    [out] = point_to_pages([item], pages, CASE)
    assert "第8页未能识别文书类型，可能是下落不明证明" in out.reason


def test_a_page_a_person_typed_by_hand_or_a_confident_page_is_not_offered():
    pages = [page(3, "unknown", confidence=0.2, candidates=[("service_receipt", 0.9)], corrected_by="王书记员"),
             page(4, "enforcement_notice", confidence=0.95, candidates=[("service_receipt", 0.3)]),
             page(5, "unknown", readable=False, candidates=[("service_receipt", 0.05)])]
    [item] = point_to_pages([receipt_missing()], pages, CASE)
    assert "possible_pages" not in item.model_dump()


def test_a_low_confidence_page_read_as_another_type_may_still_be_the_missing_one():
    pages = [page(6, "enforcement_ruling", confidence=0.45,
                  candidates=[("enforcement_ruling", 0.45), (RULING, 0.4)])]
    item = MissingItem(code=RULING, label="终结本次执行程序裁定书", reason="缺少终结本次执行程序裁定书。")
    [out] = point_to_pages([item], pages, CASE)
    assert "第6页识别为执行裁定书，但把握不大（置信度45%），也可能是终结本次执行程序裁定书" in out.reason


# properties ---------------------------------------------------------------------------------------

@given(st.integers(min_value=1, max_value=12), st.data())
def test_a_document_with_every_footer_number_in_order_has_no_gap_and_no_disorder(total, data):
    pages = [page(1, RULING, page_of=(1, total))]
    pages += [page(n, "continuation", page_of=(n, total)) for n in range(2, total + 1)]
    drop = data.draw(st.sets(st.integers(min_value=2, max_value=max(total, 2))))
    kept = [p for p in pages if p.page not in drop]
    found = kinds(problems_of(kept))
    assert ("missing_page_in_document" in found) == bool(drop & set(range(2, total + 1)))
    assert "pages_out_of_order" not in found


# CONTRACT.md -------------------------------------------------------------------------------------

def test_the_check_dossier_json_keeps_the_contract_shape_with_the_new_kinds_and_fields():
    import json

    pages = [page(1, RULING, page_of=(1, 3), phash=HASH_A), page(2, "continuation", page_of=(3, 3), phash=HASH_B),
             page(3, "continuation", page_of=(3, 3), phash=HASH_B),
             page(4, "unknown", readable=False, confidence=0.0, candidates=[("service_receipt", 0.9)])]
    result = check_pages(pages, case(), "archive", today=date(2024, 8, 1), files=["scan.pdf"],
                         missing_for=lambda *_: [receipt_missing()])
    out = json.loads(json.dumps(result.to_json(), ensure_ascii=False))
    assert {"decision", "stage", "case_number", "pages", "documents", "missing", "problems"} <= set(out)
    assert [p["page"] for p in out["pages"]] == [1, 2, 3, 4]
    assert all({"page", "doc_type", "case_number", "confidence", "readable"} <= set(p) for p in out["pages"])
    assert all({"code", "label", "reason"} <= set(m) for m in out["missing"])
    assert all({"kind", "pages", "message"} <= set(p) for p in out["problems"])
    assert {p["kind"] for p in out["problems"]} >= {"missing_page_in_document", "duplicate_page",
                                                    "unreadable_page"}
    assert out["decision"] == "reject"


def test_a_missing_page_of_another_cases_document_is_left_to_the_misfiled_problem():
    other = "（2024）豫0311执987号"
    pages = [page(1, RULING, case_number=other, page_of=(1, 3)), page(2, "continuation", page_of=(3, 3))]
    found = kinds(problems_of(pages))
    assert "misfiled_page" in found and "missing_page_in_document" not in found


def test_a_receipt_naming_only_zhixing_caidingshu_serves_the_one_ruling_of_the_dossier():
    from dossier.dossier_check.checklist import present_from

    docs = [Document(doc_type=RULING, pages=[3]),
            Document(doc_type="service_receipt", pages=[4], served=["enforcement_ruling"])]
    assert RULING in present_from(docs).served
    two = [*docs, Document(doc_type="termination_ruling", pages=[5])]
    assert RULING not in present_from(two).served  # which of the two was served is unknown


# 误装 ---------------------------------------------------------------------------------------------

OTHER = "（2023）豫0311执88号"


def misfiled(pages: list[Page], the_case: Case) -> list[int]:
    result = check_pages(pages, the_case, "closing", today=date(2024, 8, 1), files=["scan.pdf"],
                         missing_for=no_missing)
    return sorted(n for p in result.problems if p.kind == "misfiled_page" for n in p.pages or [])


def test_an_application_quoting_an_earlier_case_number_is_not_a_misfiled_page():
    pages = [page(1, "enforcement_application", case_number=OTHER), page(2, "continuation", case_number=OTHER),
             page(3, "enforcement_notice")]
    assert misfiled(pages, case()) == []


def test_the_earlier_zhongben_ruling_in_a_resumed_case_is_not_misfiled_but_another_cases_notice_is():
    resumed = case().model_copy(update={"category": "resumption"})
    resumed = Case.model_validate({**resumed.model_dump(mode="json"),
                                   "resumption": {"previous_case_number": OTHER}})
    pages = [page(1, RULING, case_number=OTHER), page(2, "enforcement_notice"),
             page(3, "enforcement_notice", case_number="（2024）豫0311执987号")]
    assert misfiled(pages, resumed) == [3]


def test_a_receipt_naming_only_the_form_is_pointed_to_when_the_zhongben_rulings_receipt_is_missing():
    """上海金融法院's 集约送达 receipts write 执行裁定书 各一份: the freeze ruling and the 终本 ruling are both that form, so
    the check cannot say which one a receipt served — the clerk, told which receipts to look at, can."""
    pages = [page(1, "enforcement_ruling"), page(9, RULING),
             page(12, "service_receipt", served_doc_types=["enforcement_ruling"]),
             page(13, "service_receipt", served_doc_types=["enforcement_notice"])]
    [item] = point_to_pages([receipt_missing()], pages, CASE)
    assert item.model_dump()["possible_pages"] == [12]
    assert ("第12页的送达回证只写明“执行裁定书”，未写明是哪一份执行裁定书，可能是终结本次执行程序裁定书的送达回证，请人工核对该页。"
            in item.reason)
    notice_missing = MissingItem(code="service_receipt:enforcement_notice", label="执行通知书送达回证",
                                 reason="卷中未见执行通知书的送达回证。")
    assert point_to_pages([notice_missing], pages, CASE)[0].model_dump().get("possible_pages") in (None, [])


def test_a_two_page_spread_holds_both_pages_of_its_document() -> None:
    """潍坊奎文 (court_cr): the contractor saved a bound 执行和解协议 as one sheet, open, 第1页共2页 | 第2页共2页 under its
    two halves: the agreement is whole, no 缺页."""
    spread = page(1, "settlement_agreement", page_of=(1, 2), page_of_last=2)
    assert kinds(problems_of([spread, page(2, "closing_notice")])) == []


def test_a_spread_then_a_gap_is_still_missing_a_page() -> None:
    spread = page(1, "enforcement_basis", page_of=(1, 4), page_of_last=2)
    third = page(2, "continuation", page_of=(3, 4))
    found = [p for p in problems_of([spread, third, page(3, "closing_notice")])
             if p.kind == "missing_page_in_document"]
    assert [p.missing_page_numbers for p in found] == [[4]]


def test_a_judgment_whose_signature_page_was_numbered_after_the_others_is_not_缺页():
    """保定中院's judgment (court_df_01): 第1页共2页, 第2页共2页, then the signatures on a sheet printed 第3页共3页. The
    pages count on by one and the last says it is the last: nothing is missing, though the totals disagree."""
    for first in ((1, 2), None):  # its first footer read, or not (第1项共2页)
        pages = [page(4, "enforcement_basis", page_of=first), page(5, "continuation", page_of=(2, 2)),
                 page(6, "continuation", page_of=(3, 3))]
        assert [p for p in problems_of(pages) if p.kind == "missing_page_in_document"] == []


def test_a_ruling_whose_last_footer_misread_its_total_is_not_缺页():
    """威海环翠's 终本 ruling exported at 96 dpi (court_fe_02): 第1页（共3页）, 第2页（共3页）, then 第3页（共30）, its 页
    read as 0. The pages count 1, 2, 3 and the others say the ruling has 3: nothing is missing — not 缺第3页 of a
    three-page ruling, nor pages 1–2 and 4–30 of another."""
    pages = [page(35, "enforcement_ruling", page_of=(1, 3)), page(36, "continuation", page_of=(2, 3)),
             page(37, "continuation", page_of=(3, 30))]
    assert [p for p in problems_of(pages) if p.kind == "missing_page_in_document"] == []
    short = [page(35, "enforcement_ruling", page_of=(1, 4)), page(36, "continuation", page_of=(2, 4)),
             page(37, "continuation", page_of=(3, 30))]  # the others say 4: the fourth is missing
    assert [p.kind for p in problems_of(short) if p.kind == "missing_page_in_document"]


def test_pages_that_skip_a_number_are_still_缺页_whatever_their_totals():
    pages = [page(4, "enforcement_basis", page_of=(1, 2)), page(5, "continuation", page_of=(3, 3))]
    assert [p.kind for p in problems_of(pages) if p.kind == "missing_page_in_document"]
    pages = [page(4, "enforcement_basis", page_of=(1, 3)), page(5, "continuation", page_of=(2, 2))]
    assert [p.kind for p in problems_of(pages) if p.kind == "missing_page_in_document"]


def test_a_page_one_goes_on_from_a_cover_sheet_only_behind_a_paper_that_has_one() -> None:
    """An award's cover (its commission, 裁决书, number and date, unnumbered), then its text from 第1页: one award. The same
    page 1 behind an identity card opens a paper of its own, and so does a page 1 of 1 behind a cover (鹰潭月湖
    court_gl_02)."""
    covered = [page(1, "enforcement_basis"), page(2, "continuation", page_of=(1, 0)),
               page(3, "continuation", page_of=(2, 0))]
    assert [d.pages for d in group_documents(covered)] == [[1, 2, 3]]
    assert [p.doc_type for p in normalise_pages([page(1, "identity_proof"), page(2, "continuation", page_of=(1, 2))])] \
        == ["identity_proof", "unknown"]
    assert [p.doc_type for p in normalise_pages([page(1, "enforcement_basis"), page(2, "continuation",
                                                                                  page_of=(1, 1))])] \
        == ["enforcement_basis", "unknown"]
    numbered = [page(1, "enforcement_basis", page_of=(3, 3)), page(2, "continuation", page_of=(1, 2))]
    assert [p.doc_type for p in normalise_pages(numbered)] == ["enforcement_basis", "unknown"]
