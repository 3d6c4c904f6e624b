"""What a page says only with its neighbours: a ruling titled only 执行裁定书 whose first page holds the
parties and the facts, and whose operative part (裁定如下：终结…本次执行程序) is on its second page, is the
终本 ruling the archive centre looks for — not a generic ruling that leaves the 终本 ruling missing."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.models import PageResult, ReadText
from dossier.ocr.pipeline import across_pages


def _page(n: int, doc_type: str, lines: list[str], *, title: str = "", footer: str = "",
          blank: bool = False) -> PageResult:
    text = [ReadText(text=t, confidence=0.98, box=(0, 0, 1, 1), height=1.0, centred=False, top=0.1 + 0.05 * i,
                     width=0.7) for i, t in enumerate(lines)]
    if footer:
        text.append(ReadText(text=footer, confidence=0.98, box=(0, 0, 1, 1), height=0.8, centred=True, top=0.93,
                             width=0.17, footer=True))
    return PageResult(page=n, file="scan.pdf", file_page=n, doc_type=doc_type, confidence=0.6 if title else 0.95,
                      readable=True, blank=blank, source="blank" if blank else "ocr", title_text=title,
                      text_lines=text, text_complete=True)


FIRST = _page(1, "enforcement_ruling", ["广东省深圳市福田区人民法院", "执行裁定书", "（2024）粤0304执21687号",
                                        "申请执行人龚春与被执行人深圳明德餐饮管理有限公司纠纷一案"],
              title="执行裁定书", footer="第1页/共2页")
SECOND = _page(2, "continuation", ["依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条",
                                   "之规定，裁定如下：", "终结本院（2024）粤0304执21687号案件的本次执行程序。"],
               footer="第2页/共2页")
NOTICE = _page(4, "enforcement_notice", ["执行通知书"], title="执行通知书")


def test_a_ruling_whose_operative_part_is_on_its_second_page_is_what_that_part_decides() -> None:
    back = _page(3, "blank", [], blank=True)
    pages = list(across_pages([FIRST, SECOND, back, NOTICE]))
    assert [p.doc_type for p in pages] == ["termination_this_round_ruling", "continuation", "blank",
                                           "enforcement_notice"]
    assert [p.page for p in pages] == [1, 2, 3, 4]


def test_a_ruling_whose_later_pages_decide_nothing_stays_a_ruling() -> None:
    facts = SECOND.model_copy(update={"text_lines": SECOND.text_lines[:1]})
    assert [p.doc_type for p in across_pages([FIRST, facts, NOTICE])] == [
        "enforcement_ruling", "continuation", "enforcement_notice"]
    assert [p.doc_type for p in across_pages([FIRST])] == ["enforcement_ruling"]


def test_the_operative_part_of_the_next_document_is_not_borrowed() -> None:
    other = _page(2, "termination_this_round_ruling", ["执行裁定书", "裁定如下：", "终结本次执行程序。"],
                  title="执行裁定书")
    assert [p.doc_type for p in across_pages([FIRST, other])] == ["enforcement_ruling", "termination_this_round_ruling"]


def test_a_resumed_case_terminated_again_is_the_terminating_ruling_not_the_resumption() -> None:
    """The first page recalls the history (恢复执行后，本院…); 裁定如下：终结本次执行程序 stands on the second
    page: the archive centre sees the 终本 ruling, not a resumption ruling."""
    first = _page(1, "resumption_ruling", ["执行裁定书", "（2024）渝0103执恢207号", "本院在执行蒋英海与重庆正源商贸有限公司",
                                           "恢复执行后，本院根据申请执行人提供的线索"], title="执行裁定书",
                  footer="— 1 —")
    second = _page(2, "continuation", ["本院认为，被执行人确无可供执行的财产。裁定如下：", "终结本次执行程序。"],
                   footer="— 2 —")
    assert [p.doc_type for p in across_pages([first, second, NOTICE])] == [
        "termination_this_round_ruling", "continuation", "enforcement_notice"]
    unread_marker = _page(2, "continuation", ["本院认为，本案已穷尽财产调查措施，未发现可供执", "行的财产，符合终结本次执行程序的条件。"],
                          footer="— 2 —")
    assert next(across_pages([first, unread_marker])).doc_type == "termination_this_round_ruling", \
        "恢复执行后，… is the history, not an operative sentence"
    rights = _page(2, "continuation", ["如不服本裁定，可以申请复议。申请执行人发现被执行人有可供执行财产的，可以申请恢复执行。"],
                   footer="— 2 —")
    terminating = first.model_copy(update={"doc_type": "termination_this_round_ruling", "text_lines": [
        *first.text_lines[:3], *_page(1, "", ["本院已穷尽财产调查措施，终结本次执行程序的条件已具备。"]).text_lines]})
    assert [p.doc_type for p in across_pages([terminating, rights])] == ["termination_this_round_ruling", "continuation"], \
        "without 裁定如下 read, a later page's notice of rights (可以申请恢复执行) decides nothing"
    assert [p.doc_type for p in across_pages([first])] == ["resumption_ruling"], "alone, its own reading stands"


def test_a_resumption_ruling_whose_first_sheet_ends_at_its_marker_is_the_resumption_ruling() -> None:
    """常州天宁's 恢复执行 ruling (court_iu_02 p18): its first sheet recalls the old 终本 (本院认为，终结本次执行程序后，
    …) and ends at 裁定如下：; the operative sentence (恢复…民事判决书的执行。) stands on the second sheet. The first
    sheet's reasoning made it a 终本 ruling, and the complete dossier was said to lack its resumption ruling."""
    first = _page(1, "termination_this_round_ruling", [
        "江苏省常州市天宁区人民法院", "执行裁定书", "（2024）苏0402执恢13346号", "申请执行人江苏江南农村商业银行",
        "日作出（2013）天执字第1194号执行裁定，终结本次执行程序。", "本院认为，终结本次执行程序后，申请执行人发现被执行人",
        "有可供执行财产的，可以向执行法院申请恢复执行。", "如下:"], title="执行裁定书", footer="第1页 (共2页)")
    second = _page(2, "continuation", ["恢复常州市天宁区人民法院（2013）天商初字第496号民事判", "决书的执行。",
                                       "本裁定送达后立即生效。"], footer="第2页 (共2页)")
    assert [p.doc_type for p in across_pages([first, second, NOTICE])] == [
        "resumption_ruling", "continuation", "enforcement_notice"]
    assert [p.doc_type for p in across_pages([first, NOTICE])] == ["termination_this_round_ruling",
                                                                   "enforcement_notice"], "alone, its own reading stands"


def _eprint(n: int, served: list[str], lines: list[str]) -> PageResult:
    """An e-service print as the page classifier leaves it: a continuation naming what it served."""
    return _page(n, "continuation", lines).model_copy(update={"served_doc_types": served, "confidence": 0.8})


E_CERT = ["浙江法院电子送达平台", "电子送达凭证", "送达状态 已送达（已读）", "文书名称 受理案件通知书.pdf"]
SMS = ["【杭州市西湖区人民法院】韩杰您好，", "有1份法律文书《执行裁定书（终结本次执行程序）》，已通过电子送达方式向您送达"]


def test_an_e_service_certificate_standing_alone_is_the_proof_of_service() -> None:
    """浙江: the platform's 电子送达凭证 is the only proof that the acceptance notice was served; the clerk
    must not be told its receipt is missing."""
    pages = list(across_pages([NOTICE, _eprint(5, ["acceptance_notice"], E_CERT)]))
    assert [p.doc_type for p in pages] == ["enforcement_notice", "service_receipt"]
    assert pages[1].served_doc_types == ["acceptance_notice"]


def test_an_e_service_print_filed_behind_the_receipt_naming_the_same_is_that_receipts_page() -> None:
    receipt = _page(4, "service_receipt", ["送达回证", "执行案件受理通知书 一份", "电子送达 见附页"],
                    title="送达回证").model_copy(update={"served_doc_types": ["acceptance_notice"]})
    pages = list(across_pages([NOTICE, receipt, _eprint(6, ["acceptance_notice"], E_CERT)]))
    assert [p.doc_type for p in pages] == ["enforcement_notice", "service_receipt", "continuation"]


def test_a_short_message_serving_another_document_after_a_certificate_is_a_receipt_of_its_own() -> None:
    pages = list(across_pages([NOTICE, _eprint(5, ["acceptance_notice"], E_CERT),
                               _eprint(6, ["termination_this_round_ruling"], SMS)]))
    assert [p.doc_type for p in pages] == ["enforcement_notice", "service_receipt", "service_receipt"]
    assert pages[2].served_doc_types == ["termination_this_round_ruling"]


def test_a_qr_identified_later_page_of_a_receipt_stays_that_page() -> None:
    first = _page(4, "service_receipt", ["送达回证"], title="送达回证").model_copy(
        update={"served_doc_types": ["enforcement_notice"], "source": "qr"})
    second = _eprint(5, ["property_report_order"], ["报告财产令 一份"]).model_copy(update={"source": "qr"})
    assert [p.doc_type for p in across_pages([NOTICE, first, second])] == [
        "enforcement_notice", "service_receipt", "continuation"]


def test_a_translation_filed_behind_its_foreign_original_is_that_documents_page() -> None:
    """A Japanese parent's 委任状, then its Chinese translation titled 授权委托书（译文）: one power of attorney."""
    mandate = _page(11, "power_of_attorney", ["委任状", "株式会社才力精密（以下「当社」）"], title="委任状")
    translation = _page(12, "power_of_attorney", ["授权委托书 (译文)", "委托人：苏州富岳精密电子有限公司"], title="授权委托书")
    pages = list(across_pages([mandate, translation]))
    assert [p.doc_type for p in pages] == ["power_of_attorney", "continuation"]


def test_a_translation_of_another_document_and_a_second_original_stay_documents() -> None:
    mandate = _page(11, "power_of_attorney", ["委任状"], title="委任状")
    licence = _page(12, "identity_proof", ["营业执照（译文）"], title="营业执照")
    second = _page(13, "power_of_attorney", ["授权委托书", "委托人：苏州富岳精密电子有限公司"], title="授权委托书")
    pages = list(across_pages([mandate, licence, second]))
    assert [p.doc_type for p in pages] == ["power_of_attorney", "identity_proof", "power_of_attorney"]


def test_a_banks_reply_filed_behind_the_assistance_notice_it_answers_is_that_notices_page() -> None:
    """横琴, 厦门: the bank fills in the 回执 of the 协助执行通知书 and it is filed behind the notice (after its
    blank back): the notice's page, not a 网络查控结果 that could stand for the 查控 the checklist asks for."""
    notice = _page(30, "assistance_notice", ["协助执行通知书", "冻结被执行人的存款"], title="协助执行通知书")
    back = _page(31, "blank", [], blank=True)
    reply = _page(32, "online_inquiry_result", ["协助执行通知书 (回执)", "已冻结"], title="协助执行通知书回执")
    pages = list(across_pages([notice, back, reply]))
    assert [p.doc_type for p in pages] == ["assistance_notice", "blank", "continuation"]


def test_a_reply_among_the_inquiry_results_and_an_inquiry_reply_behind_a_notice_stay_inquiry_results() -> None:
    printout = _page(20, "online_inquiry_result", ["网络查控结果"], title="网络查控结果")
    reply = _page(21, "online_inquiry_result", ["协助执行通知书 (回执)"], title="协助执行通知书回执")
    notice = _page(22, "assistance_notice", ["协助执行通知书"], title="协助执行通知书")
    inquiry = _page(23, "online_inquiry_result", ["协助查询存款回执"], title="协助查询存款回执")
    pages = list(across_pages([printout, reply, notice, inquiry]))
    assert [p.doc_type for p in pages] == ["online_inquiry_result", "online_inquiry_result", "assistance_notice",
                                           "online_inquiry_result"]


def test_a_banks_reply_to_a_freezing_notice_filed_behind_it_is_that_notices_page() -> None:
    """苏州工业园区: 中国银行 fills in the 回执 of the 协助冻结存款通知书 and the court files it behind its 协助执行通知书.
    Its title is the notice's with （回执） after it: the reply, not a second notice to the bank."""
    lines = [TextLine("中国银行股份有限公司苏州工业园区分行", 1.0, height=1.2, centred=True, top=0.08, width=0.5),
             TextLine("协助冻结存款通知书（回执）", 0.97, height=1.1, centred=True, top=0.13, width=0.38),
             TextLine("法院案号", 1.0, top=0.19, width=0.08, alone=False),
             TextLine("（2024）苏0591执4207号", 0.98, centred=True, top=0.19, width=0.21, alone=False)]
    verdict = classify(PageText(lines))
    assert (verdict.doc_type, verdict.title) == ("online_inquiry_result", "协助冻结存款通知书回执")
    notice = _page(20, "assistance_notice", ["协助执行通知书", "冻结被执行人的存款"], title="协助执行通知书")
    reply = _page(21, verdict.doc_type, [ln.text for ln in lines], title=verdict.title)
    assert [p.doc_type for p in across_pages([notice, reply])] == ["assistance_notice", "continuation"]


def test_a_banks_own_freezing_receipt_behind_the_freezing_notice_is_that_notices_slip() -> None:
    """招商银行 answers on its own 协助冻结存款回执 (not the reply part of the court's form): filed right behind the
    notice, it is the notice's returned slip, a notice of its own — so 攀枝花东区 (court_bx), 牡丹江东安, 宜宾翠屏 and
    four more authors file it (广州海事法院 and one other file it as a 查控 result). Read as a 查控 result, it could
    stand in for a 网络查控结果 the dossier lacks. Filed among the 查控 results, it stays one."""
    lines = [TextLine("招商银行", 1.0, height=1.2, top=0.06, width=0.13),
             TextLine("协助冻结存款回执", 1.0, height=1.2, centred=True, top=0.13, width=0.24),
             TextLine("广州海事法院：", 0.99, top=0.18, width=0.13),
             TextLine("贵院（2026）粤72执83457号协助执行通知书及执行裁定书收悉，", 0.98, top=0.21, width=0.73)]
    verdict = classify(PageText(lines))
    assert verdict.doc_type == "online_inquiry_result" and verdict.title == "协助冻结存款回执"
    notice = _page(27, "assistance_notice", ["协助执行通知书", "冻结被执行人的存款"], title="协助执行通知书")
    reply = _page(29, verdict.doc_type, [ln.text for ln in lines], title=verdict.title)
    assert [p.doc_type for p in across_pages([notice, reply])] == ["assistance_notice", "assistance_notice"]
    result = _page(26, "online_inquiry_result", ["执行查控系统－总对总网络查控反馈结果"])
    assert [p.doc_type for p in across_pages([result, reply])] == ["online_inquiry_result", "online_inquiry_result"]


def test_a_banks_deduction_receipt_behind_the_notice_that_took_the_money_is_that_notices_slip() -> None:
    """中国农业银行 and 泉州银行 answer the notice that had the deposit taken on their own 协助扣划存款回执, filed right
    behind it (保定竞秀 court_df, 泉州丰泽 court_dg at first sight): the bank's answer to the notice, not the court's
    payment of the money to the applicant. Alone, it stays the proof of a 扣划."""
    lines = [TextLine("中国农业银行", 1.0, height=1.2, top=0.06, width=0.2),
             TextLine("协助扣划存款回执", 1.0, height=1.2, centred=True, top=0.13, width=0.26),
             TextLine("法院名称河北省保定市竞秀区人民法院", 0.99, top=0.18, width=0.5)]
    verdict = classify(PageText(lines))
    assert verdict.doc_type == "payment_voucher"
    notice = _page(23, "assistance_notice", ["协助执行通知书", "扣划被执行人的存款"], title="协助执行通知书")
    slip = _page(24, verdict.doc_type, [ln.text for ln in lines], title=verdict.title)
    assert [p.doc_type for p in across_pages([notice, slip])] == ["assistance_notice", "assistance_notice"]
    receipt = _page(22, "fee_receipt", ["非税收入统一票据"], title="非税收入统一票据")
    assert [p.doc_type for p in across_pages([receipt, slip])] == ["fee_receipt", "payment_voucher"]


def test_a_printout_that_repeats_its_header_on_its_second_page_is_one_printout() -> None:
    """石家庄铁路运输法院's 总对总 printout runs to a second page that prints its title, 案号 and 被查询人 again, its
    table going on at row 10 and no page number; a second bank's reply under the same title is a reply of its own."""
    head = ["执行查控系统·网络查控结果（总对总）", "案号：（2024）冀7101执64518号被查询人：河北路达铁路工程劳务有限公司证照号码",
            "序号协助单位反馈时间账号/财产余额（元）"]
    first = _page(24, "online_inquiry_result", [*head, "1中国工商银行2024年3月1日"])
    second = _page(25, "online_inquiry_result", [*head, "10中信银行2024年3月1日"])
    pages = list(across_pages([NOTICE, first, second]))
    assert [p.doc_type for p in pages] == ["enforcement_notice", "online_inquiry_result", "continuation"]
    one_bank = _page(26, "online_inquiry_result", ["宁夏银行协助查询存款回复函", "宁夏回族自治区银川市兴庆区人民法院：",
                                                   "你院（2024）宁0104执26137号协助查询存款通知书收悉"])
    other_bank = _page(27, "online_inquiry_result", ["宁夏黄河农村商业银行协助查询存款回复函",
                                                     "宁夏回族自治区银川市兴庆区人民法院：",
                                                     "你院（2024）宁0104执26137号协助查询存款通知书收悉"])
    assert [p.doc_type for p in across_pages([one_bank, other_bank])] == ["online_inquiry_result"] * 2


def test_a_legible_paper_that_no_title_names_is_filed_as_evidence_unsurely() -> None:
    """上海金融法院's lessor files its 租金逾期明细表, a table under a company's name that no vocabulary holds: the
    archive centre sees a party's paper (证据材料), read unsurely, not an unclassified page. A court's form whose
    operative part was not found stays undecided, and a page holding a few legible characters is no paper."""
    table = _page(6, "unknown", ["浦江金融租赁股份有限公司 租金逾期明细表",
                                 "承租人：上海嘉禾供应链管理有限公司合同编号：PJZL-2021-2181",
                                 "期次应付日应付租金逾期天数", "第11期2022-09-04 110,629.07", "第12期2022-10-04 110,629.07"])
    table = table.model_copy(update={"confidence": 0.2})
    ruling = _page(7, "unknown", ["执行裁定书", "（2024）沪74执55408号", "本院在执行申请执行人与被执行人纠纷一案中"],
                   title="执行裁定书").model_copy(update={"confidence": 0.3})
    caption = _page(8, "unknown", ["照片一", "现场"]).model_copy(update={"confidence": 0.2})
    pages = list(across_pages([NOTICE, table, ruling, caption]))
    assert [p.doc_type for p in pages] == ["enforcement_notice", "evidence", "unknown", "unknown"]
    assert pages[1].confidence < 0.6 and pages[1].candidates[0].doc_type == "evidence"


def test_a_return_slip_on_a_sheet_of_its_own_behind_its_notice_is_a_notice_of_its_own() -> None:
    """杭州互联网法院 files the bank's 协助执行回执 right behind the 协助执行通知书 it answers: the archive centre sees
    the notice and its returned slip, not a 查控 result. The same slip filed among the 查控 results stays one."""
    slip = _page(28, "online_inquiry_result", ["协助执行回执", "杭州互联网法院：", "你院（2024）浙0192执49462号协助执行通知书收悉"],
                 title="协助执行回执")
    notice = _page(27, "assistance_notice", ["协助执行通知书", "冻结被执行人的存款"], title="协助执行通知书")
    back = _page(29, "blank", [], blank=True)
    assert [p.doc_type for p in across_pages([notice, back, slip])] == ["assistance_notice", "blank", "assistance_notice"]
    result = _page(26, "online_inquiry_result", ["执行查控系统－总对总网络查控反馈结果"])
    assert [p.doc_type for p in across_pages([result, slip])] == ["online_inquiry_result", "online_inquiry_result"]


def test_a_printout_numbered_as_complete_and_run_again_later_are_two_printouts() -> None:
    """The 总对总 printout is run again before the 终本 (终本前复查) under the same head: the first is numbered 第1页共1页,
    so the second is a printout of its own, not its next page."""
    head = ["执行查控系统－总对总网络查控反馈结果", "案号：（2024）浙0192执49815号被查询人：杭州余杭丰禾电子商务有限公司",
            "序号协助单位财产类型账号/标识余额（元）"]
    first = _page(24, "online_inquiry_result", [*head, "1中国工商银行存款"], footer="第1页共1页")
    first = first.model_copy(update={"page_of": (1, 1)})
    again = _page(25, "online_inquiry_result", [*head, "1中国工商银行存款未查询到财产"])
    assert [p.doc_type for p in across_pages([first, again])] == ["online_inquiry_result"] * 2


def test_an_untitled_page_read_as_the_judgment_numbered_1_before_it_is_that_judgments_second_page() -> None:
    """营口站前 (court_fs_02): the judgment's first page is numbered -1-; the next opens mid-sentence with 判决如下,
    no title, no number read, and its operative part made it a judgment of its own. Behind a page numbered 1 of 1,
    or with a title of its own, a page stays what it reads as."""
    first = _page(3, "enforcement_basis", ["民事判决书", "（2023）辽0802民初5887号"], title="民事判决书", footer="-1-")
    first = first.model_copy(update={"page_of": (1, 0)})
    second = _page(4, "enforcement_basis", ["事诉讼法》第六十七条之规定，判决如下：", "被告于本判决生效之日起十日内"])
    back = _page(5, "blank", [], blank=True)
    assert [p.doc_type for p in across_pages([first, second])] == ["enforcement_basis", "continuation"]
    assert [p.doc_type for p in across_pages([first, back, second])] == ["enforcement_basis", "blank", "continuation"]
    alone = first.model_copy(update={"page_of": (1, 1)})
    assert [p.doc_type for p in across_pages([alone, second])] == ["enforcement_basis", "enforcement_basis"]
    titled = second.model_copy(update={"title_text": "民事判决书"})
    assert [p.doc_type for p in across_pages([first, titled])] == ["enforcement_basis", "enforcement_basis"]
