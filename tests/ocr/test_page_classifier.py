"""The page classifier on what a reader read off pages made elsewhere (pure: no images, no OCR).

Each story gives the lines as the detector and recogniser return them — text, confidence and where the
line stands — and says what the archive centre must see the page as.
"""

from __future__ import annotations

import pytest

from dossier.ocr.classify import PageText, TextLine, classify, find_title
from dossier.ocr.ngram import predict, shipped_model, train


def title(text: str, top: float = 0.1) -> TextLine:
    return TextLine(text, 0.98, height=1.6, centred=True, top=top, width=0.3)


def body(text: str, top: float, width: float = 0.75) -> TextLine:
    return TextLine(text, 0.97, height=1.0, centred=False, top=top, width=width)


def cell(text: str, top: float, left_of_row: bool = True) -> TextLine:
    return TextLine(text, 0.96, height=1.0, centred=False, top=top, width=0.15, alone=False)


def test_a_ruling_titled_only_zhixing_caidingshu_is_told_apart_by_its_operative_part() -> None:
    page = PageText([title("石家庄市长安区人民法院", 0.08), title("执 行 裁 定 书", 0.12),
                     body("（2024）冀0102执1234号", 0.17, 0.3),
                     body("申请执行人方春东与被执行人石家庄博远农业开发有限公司民间借贷纠纷", 0.22),
                     body("依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五", 0.5),
                     body("百一十七条之规定，裁定如下：", 0.53, 0.4), body("终结本次执行程序。", 0.56, 0.3)],
                    complete=True)
    verdict = classify(page)
    assert verdict.doc_type == "termination_this_round_ruling"
    assert verdict.evidence == "operative"


def test_a_ruling_whose_operative_part_is_not_read_yet_asks_for_more() -> None:
    page = PageText([title("执行裁定书", 0.12), body("（2024）冀0102执1234号", 0.17, 0.3),
                     body("申请执行人方春东与被执行人石家庄博远农业开发有限公司民间借贷纠纷", 0.22),
                     body("一案，本院作出的（2023）冀0102民初1430号民事判决书已经发生法律效力", 0.25)])
    verdict = classify(page)
    assert not verdict.settled  # the reader goes on to the paragraphs below
    assert verdict.doc_type == "enforcement_ruling"


def test_a_receipt_drawn_as_a_bordered_form_with_its_title_under_a_seal() -> None:
    rows = [("案号", "（2024）鄂06执88号"), ("送达文书名称", "执行通知书、报告财产令"), ("受送达人", "襄阳某某公司"),
            ("送达地址", "襄阳市樊城区人民路1号"), ("受送达人签名或盖章", ""), ("送达日期", "2024年3月2日")]
    lines = [body("襄阳市中级人民法院", 0.06, 0.3)]
    for i, (label, value) in enumerate(rows):
        lines.append(cell(label, 0.15 + i * 0.06))
        if value:
            lines.append(cell(value, 0.15 + i * 0.06))
    verdict = classify(PageText(lines, complete=True))
    assert verdict.doc_type == "service_receipt"
    assert verdict.served == ["enforcement_notice", "property_report_order"]


def test_a_receipt_that_names_the_enforcement_notice_is_not_the_notice() -> None:
    lines = [title("送达回证", 0.1), cell("送达文书", 0.2), cell("执行通知书", 0.2), cell("受送达人", 0.26),
             cell("张三", 0.26)]
    verdict = classify(PageText(lines, complete=True))
    assert verdict.doc_type == "service_receipt"
    assert verdict.served == ["enforcement_notice"]


def test_the_third_page_of_a_judgment_continues_it_by_its_footer() -> None:
    page = PageText([body("被告于本判决生效之日起十日内支付原告借款本金及利息。如果未按本判决指定", 0.08),
                     body("的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六", 0.11)],
                    footer=[TextLine("第3页共3页", 0.95, top=0.95, width=0.1, centred=True)], complete=True)
    verdict = classify(page)
    assert verdict.doc_type == "continuation"
    assert verdict.page_of == (3, 3)
    assert verdict.readable


def test_a_page_that_reads_as_noise_is_unreadable_not_guessed() -> None:
    page = PageText([TextLine("##A区人R", 0.49, top=0.1, width=0.3), TextLine("调金轮录", 0.62, top=0.13),
                     TextLine("#二#二###", 0.5, top=0.2, width=0.5)], complete=True)
    verdict = classify(page)
    assert verdict.doc_type == "unknown"
    assert not verdict.readable


def test_an_id_card_copy_has_no_title_but_its_fields_say_what_it_is() -> None:
    lines = [cell("姓名 方春东", 0.12), cell("性别 男 民族 汉", 0.16), cell("出生 1987年3月12日", 0.2),
             cell("住址 石家庄市和平路48号", 0.24), cell("公民身份号码 130102198703123941", 0.32),
             cell("签发机关 石家庄市公安局", 0.6), cell("有效期限 2015.03.01-2035.03.01", 0.64)]
    assert classify(PageText(lines, complete=True)).doc_type == "identity_proof"


def test_an_attachment_line_under_the_last_paragraph_is_not_a_title() -> None:
    page = PageText([body("追究刑事责任；并可以将你单位纳入失信被执行人名单。", 0.13, 0.67),
                     TextLine("附：财产申报表", 0.99, centred=True, top=0.16, width=0.2),
                     TextLine("执行员何振宇", 0.99, top=0.22, width=0.2), TextLine("书记员杨丽", 0.99, top=0.25, width=0.17)],
                    complete=True)
    assert classify(page).doc_type == "continuation"


def test_a_decision_titled_jueding_shu_is_placed_by_what_it_decides() -> None:
    page = PageText([title("决定书", 0.1), body("（2024）川0703执55号", 0.15, 0.3),
                     body("被执行人拒不履行生效法律文书确定的义务，本院决定如下：", 0.3),
                     body("将被执行人纳入失信被执行人名单。", 0.33, 0.4)], complete=True)
    assert classify(page).doc_type == "dishonest_list_decision"


def test_the_ngram_model_reads_wording_it_was_trained_on_and_its_probabilities_sum_to_one() -> None:
    model = train([("settlement_agreement", "执行和解协议 甲方 乙方 双方自愿达成如下协议 分期履行"),
                   ("payment_voucher", "案款发放凭证 收款人 付款人 转账 金额"),
                   ("settlement_agreement", "和解协议书 甲方乙方经协商一致达成和解")])
    ranked = predict(model, "双方经协商达成和解，甲方同意乙方分期履行")
    assert ranked[0][0] == "settlement_agreement"
    assert abs(sum(p for _, p in ranked) - 1.0) < 1e-9
    page = PageText([body("甲方：方春东", 0.1, 0.3), body("乙方：石家庄博远农业开发有限公司", 0.13, 0.4),
                     body("双方经协商达成和解，甲方同意乙方分期履行", 0.2)], complete=True)
    verdict = classify(page, model)
    assert verdict.candidates[0][0] == "settlement_agreement"


def test_a_receipt_naming_the_form_with_its_subject_in_brackets_serves_that_ruling() -> None:
    lines = [title("送达回证", 0.1), cell("送达文书名称及件数", 0.2), cell("执行裁定书（终结本次执行程序）各一份", 0.2),
             cell("受送达人", 0.26), cell("方春东", 0.26)]
    assert classify(PageText(lines, complete=True)).served == ["termination_this_round_ruling"]
    lines[2] = cell("限制消费令、决定书（纳入失信被执行人名单）", 0.2)
    assert classify(PageText(lines, complete=True)).served == ["consumption_restriction_order",
                                                               "dishonest_list_decision"]
    lines[2] = cell("执行教定书（终本)一份", 0.2)  # as another court abbreviates it, one character misread
    assert classify(PageText(lines, complete=True)).served == ["termination_this_round_ruling"]


def test_a_resumption_ruling_that_recalls_the_earlier_zhongben_ruling_is_a_resumption_ruling() -> None:
    page = PageText([title("执行裁定书", 0.1), body("（2024）冀0102执恢12号", 0.15, 0.3),
                     body("本院于2024年5月1日作出裁定，终结本次执行程序。现申请执行人发现被执行人", 0.3),
                     body("有可供执行的财产，申请恢复执行。依照……之规定，裁定如下：", 0.33),
                     body("恢复（2024）冀0102执1234号案件的执行。", 0.36, 0.5)], complete=True)
    assert classify(page).doc_type == "resumption_ruling"


def test_a_later_page_of_the_catalogue_lists_documents_and_is_not_any_of_them() -> None:
    rows = ["结案通知书", "结案审批表", "送达地址确认书", "受理案件通知书送达回证"]
    lines = [TextLine(text, 0.99, centred=True, top=0.12 + i * 0.04, width=0.15) for i, text in enumerate(rows)]
    verdict = classify(PageText(lines, complete=True))
    assert verdict.doc_type == "continuation"
    assert verdict.evidence == "document_list"


def test_a_last_page_holding_only_the_signatures_continues_its_document_by_its_footer() -> None:
    page = PageText([TextLine("二0月日", 0.55, top=0.1, width=0.3), TextLine("书记员周云", 0.93, top=0.17, width=0.18)],
                    footer=[TextLine("第2页共2页", 0.99, top=0.95, width=0.1, centred=True)], complete=True)
    verdict = classify(page)
    assert (verdict.doc_type, verdict.readable) == ("continuation", True)
    smeared = PageText([TextLine("##人R", 0.3, top=0.1, width=0.3)],
                       footer=[TextLine("第2页共2页", 0.99, top=0.95, width=0.1, centred=True)], complete=True)
    assert not classify(smeared).readable  # a legible footer alone does not make the page readable


def test_an_agreements_signature_sheet_signed_by_jia_and_yi_over_a_date_in_figures_continues_the_agreement() -> None:
    """丽水莲都's 执行和解协议 turned over onto a sheet of its own (court_ew_03 p28): 甲方：何磊 / 乙方：金霞平 / 2024.03.02.
    The labels are its signers', not a settlement form's fields; the company's name printed under its label is part
    of the sign-off (龙岩新罗's loader instalment settlement, court_el_01 p27)."""
    rows = ["甲方：何磊", "乙方：金霞平", "2024.03.02"]
    page = PageText([TextLine(t, 0.95, top=0.2 + 0.06 * i, width=0.2) for i, t in enumerate(rows)], complete=True)
    assert classify(page).doc_type == "continuation"
    named = ["乙方（签章)：张文", "甲方（签章）：", "龙岩新罗工程机械有限公司", "2024年2月29日", "见证人（执行员）：陆庆"]
    page = PageText([TextLine(t, 0.95, top=0.2 + 0.06 * i, width=0.3) for i, t in enumerate(named)], complete=True)
    assert classify(page).doc_type == "continuation"
    first = PageText([TextLine("甲方（申请执行人）：何磊，男，1974年4月13日出生", 0.95, top=0.1, width=0.8),
                      TextLine("乙方（被执行人）：金霞平，男，1978年出生", 0.95, top=0.15, width=0.8),
                      TextLine("甲乙双方租赁合同纠纷一案，经协商自愿达成如下和解协议：", 0.95, top=0.2, width=0.8)],
                     complete=True)
    assert classify(first).evidence != "closing"  # its parties' lines are the agreement's own, not a sign-off


def test_a_photo_viewers_count_beside_the_phones_clock_is_no_page_number() -> None:
    """An application's signature sheet filed online as a screenshot of the phone's photo viewer (court_ez_01 p6):
    19:57 and 8/14 on the bar at its top. The viewer counts photos; the paper says nothing of its page, and the
    check does not report pages 1–7 and 9–14 of the application missing. A header 2/3 alone is still a page number."""
    bar = [TextLine("19:57", 0.99, top=0.012, width=0.06), TextLine("8/14", 0.99, top=0.013, width=0.06, centred=True),
           TextLine("申请执行人（签章）", 0.95, top=0.15, width=0.2), TextLine("吕志", 0.95, top=0.2, width=0.07),
           TextLine("2024年3月1日", 0.95, top=0.25, width=0.15)]
    verdict = classify(PageText(bar, complete=True))
    assert (verdict.doc_type, verdict.page_of) == ("continuation", None)  # the application's signature sheet
    header = [TextLine("2/3", 0.99, top=0.013, width=0.05), *bar[2:]]
    assert classify(PageText(header, complete=True)).page_of == (2, 3)


def test_a_blank_back_carrying_only_an_archive_barcode_labels_number_is_blank() -> None:
    """连云港海州's volume (court_ey_02): the archive's barcode label pasted on blank backs, its number read alone."""
    for number in ("HZ202325309733", "HZ0232530973"):
        page = PageText([TextLine(number, 0.97, top=0.07, width=0.2)], complete=True)
        assert classify(page).doc_type == "blank"
    page = PageText([TextLine("（2024）苏0706执21316号", 0.97, top=0.07, width=0.3)], complete=True)
    assert classify(page).doc_type != "blank"


def test_forms_with_as_many_cues_found_are_told_apart_by_what_the_page_reads_like() -> None:
    """A lawyer's application whose title a barcode label covers, 强制 left of it (court_ey_01 p3, its lines as read):
    申请执行人, 执行请求 and 被执行人 are cues of an application, 委托代理人, 律师事务所 and 律师 of the firm's letter —
    three each; the page reads like an application (the shipped model), and that decides, not the codes' order."""
    read = [("强制", 1.81, True, 0.124, 0.305), ("申请执行人：连云港海头紫菜加工有限公司，住所地江苏省连云", 1.02, False, 0.172, 0.739),
            ("市赣榆区海头镇渔港路12号。法定代表人夏宏。", 0.98, True, 0.206, 0.529),
            ("委托代理人：叶德，江苏苍梧律师事务", 1.02, True, 0.239, 0.53),
            ("被执行人：连云港佳味食品贸易有限", 0.98, False, 0.273, 0.741),
            ("海州区浦西食品城5幢114室。法定", 0.93, True, 0.306, 0.532), ("执行请求：", 1.0, False, 0.339, 0.13)]
    lines = [TextLine(t, 0.98, height=h, centred=c, top=top, width=w) for t, h, c, top, w in read]
    verdict = classify(PageText(lines, footer=[TextLine("（第1页共2页）", 0.98, top=0.94, width=0.12)]), shipped_model())
    assert verdict.doc_type == "enforcement_application"


def test_a_numbered_last_page_whose_one_box_reads_as_nothing_is_its_seal_not_an_illegible_page() -> None:
    """The date under the court's seal reads as nothing through the ring: one such box and — 2 — is the document's
    last sheet; a body of boxes all read as nothing is no such sheet."""
    footer = [TextLine("—2—", 0.9, top=0.94, width=0.07, centred=True)]
    sealed = PageText([TextLine("", 0.0, top=0.16, width=0.2)], footer=footer, complete=True)
    assert (classify(sealed).doc_type, classify(sealed).readable) == ("continuation", True)
    nothing = PageText([TextLine("", 0.0, top=0.1 + 0.1 * i, width=0.7) for i in range(4)], footer=footer, complete=True)
    assert (classify(nothing).doc_type, classify(nothing).readable) == ("unknown", False)


def test_a_receipt_is_known_by_its_fields_but_prose_naming_the_notice_is_not_a_receipt() -> None:
    under_seal = [TextLine("■■回■", 0.5, top=0.1, width=0.2), cell("受送达人：洛阳某某商贸有限公司", 0.2),
                  cell("送达文书：执行通知书", 0.25)]
    assert classify(PageText(under_seal, complete=True)).doc_type == "service_receipt"
    prose = [title("执行通知书", 0.1), body("（2024）豫0311执1234号", 0.15, 0.3),
             body("本院依法向被执行人送达了执行通知书，责令其履行义务", 0.2)]
    assert classify(PageText(prose, complete=True)).doc_type == "enforcement_notice"


def test_a_form_with_receipt_fields_under_its_own_title_is_that_form() -> None:
    """送达地址确认书 has 受送达人 and 送达地址 lines too; its own title is not one a receipt names."""
    lines = [title("送达地址确认书", 0.1), cell("受送达人：张三", 0.2), cell("送达地址：洛阳市老城区中州东路1号", 0.25)]
    assert classify(PageText(lines, complete=True)).doc_type == "service_address_confirmation"
    served_cell_read_as_title = [title("执行通知书", 0.1), cell("受送达人：洛阳某某商贸有限公司", 0.2),
                                 cell("送达文书：执行通知书", 0.25), cell("送达地址：洛阳市", 0.3)]
    assert classify(PageText(served_cell_read_as_title, complete=True)).doc_type == "service_receipt"


def test_a_letter_whose_date_and_signature_turned_over_onto_a_page_of_their_own_continues_it() -> None:
    """An applicant's letter ends on a page holding only 此致 / 申请人： / the date, no footer: the archive
    centre must not be told it is unreadable (that would send back a complete dossier)."""
    signature = PageText([TextLine("申请人：方春东", 0.95, top=0.42, width=0.2),
                          TextLine("2024年3月5日", 0.96, top=0.46, width=0.2)], complete=True)
    verdict = classify(signature)
    assert (verdict.doc_type, verdict.readable, verdict.evidence) == ("continuation", True, "closing")
    only_a_date = PageText([TextLine("二〇二四年三月五日", 0.93, top=0.15, width=0.25)], complete=True)
    assert (classify(only_a_date).doc_type, classify(only_a_date).readable) == ("continuation", True)
    notary_end = PageText([TextLine("中华人民共和国湖南省岳阳市麓山公证处", 0.97, top=0.3, width=0.4),
                           TextLine("二二二年十一月七日", 0.9, top=0.36, width=0.2)], complete=True)  # 〇 not read
    assert classify(notary_end).doc_type == "continuation"


def test_a_smeared_page_with_one_clean_date_among_noise_stays_unreadable() -> None:
    noise = [TextLine(t, 0.45, top=0.1 + 0.05 * i, width=0.6) for i, t in enumerate(["##A区人R", "#二#二###", "调金#录"])]
    smeared = PageText([*noise, TextLine("2024年3月5日", 0.95, top=0.5, width=0.2)], complete=True)
    assert not classify(smeared).readable
    half_searched = PageText([TextLine("2024年3月5日", 0.95, top=0.15, width=0.2)], complete=False)
    assert classify(half_searched).doc_type != "continuation"  # the rest of the page is still to be read


def test_a_blank_back_numbered_by_the_archive_is_blank() -> None:
    numbered = PageText([TextLine("12", 0.99, top=0.03, width=0.04)], complete=True)
    verdict = classify(numbered)
    assert (verdict.doc_type, verdict.readable) == ("blank", True)
    assert classify(PageText([TextLine("12", 0.99, top=0.03, width=0.04)], complete=False)).doc_type != "blank"


def test_a_record_page_holding_handwritten_signatures_and_the_clerk_continues_its_record() -> None:
    """Signatures read as short scraps; the clerk's printed name is read cleanly: the record's last page."""
    signed = PageText([TextLine("田红", 0.98, top=0.15, width=0.06), TextLine("#人日", 0.55, top=0.18, width=0.17),
                       TextLine("5件的限", 0.15, top=0.19, width=0.19), TextLine("书记员姜国海", 0.86, top=0.27, width=0.19),
                       TextLine("1", 0.06, top=0.77, width=0.17)], complete=True)
    assert (classify(signed).doc_type, classify(signed).readable) == ("continuation", True)


def test_a_last_page_with_only_a_handwritten_date_continues_its_document_by_its_footer() -> None:
    dated = PageText([TextLine("30", 0.96, top=0.02, width=0.05), TextLine("月日", 0.58, top=0.07, width=0.22)],
                     footer=[TextLine("第2页共2页", 0.94, top=0.93, width=0.17, centred=True)], complete=True)
    assert (classify(dated).doc_type, classify(dated).readable) == ("continuation", True)


def test_other_courts_wording_a_zhixing_bilu_a_juanzong_cover_and_a_zhongben_ruling_worded_its_own_way() -> None:
    record = PageText([title("广东省深圳市福田区人民法院", 0.05), title("执行笔录", 0.09),
                       body("时间2024年5月22日9时00分至11时00分", 0.14, 0.4), body("地点本院执行局第三谈话室", 0.17, 0.3),
                       body("事由 约谈申请执行人", 0.2, 0.3)], complete=True)
    assert classify(record).doc_type == "interview_record"
    cover = PageText([body("广东省深圳市福田区人民法院", 0.14, 0.6), title("执行卷宗", 0.22), body("(正卷)", 0.29, 0.12)])
    assert classify(cover).doc_type == "dossier_cover"
    ruling = PageText([title("执行裁定书", 0.1), body("（2024）粤0304执21687号", 0.15, 0.3),
                       body("申请执行人龚春与被执行人深圳明德餐饮管理有限公司纠纷一案", 0.2),
                       body("依照《中华人民共和国民事诉讼法》第一百五十七条的规定，裁定如下：", 0.5),
                       body("终结本院（2024）粤0304执21687号案件的本次执行程序。", 0.54)], complete=True)
    assert classify(ruling).doc_type == "termination_this_round_ruling"


def test_an_e_service_record_filed_behind_a_receipt_is_its_later_page_not_a_receipt() -> None:
    screen = PageText([TextLine("粤公正·电子送达", 0.96, height=1.2, centred=True, top=0.12, width=0.19),
                       TextLine("送达成功", 0.99, height=1.2, centred=True, top=0.24, width=0.12),
                       body("（2024）粤0304执21687号", 0.28, 0.22), body("文书名称执行案件受理通知书", 0.36, 0.27),
                       body("受送达人龚春", 0.39, 0.15), body("发送时间2024-02-01 9:24:19", 0.47, 0.27),
                       body("送达状态已签收（受送达人已查阅）", 0.54, 0.31)], complete=True)
    verdict = classify(screen)
    assert verdict.doc_type == "continuation"
    assert verdict.served == ["acceptance_notice"]  # standing alone, it is a receipt (pipeline.across_pages)


def test_the_last_page_of_a_lawyers_application_under_its_letterhead_continues_it() -> None:
    """Its last paragraph names the 财产线索提供表 it encloses: that does not make the page that form."""
    page = PageText([TextLine("深圳君安律师事务所", 1.0, height=1.24, top=0.05, width=0.33, alone=False),
                     TextLine("GUANGDONG LAW FIRM", 0.97, top=0.06, width=0.18, alone=False),
                     body("申请人提供的被申请人财产线索详见《被执行人财产线索提供表》。", 0.13, 0.8),
                     TextLine("申请人确认收取执行款的账户详见《收", 1.0, centred=True, top=0.16, width=0.59),
                     body("此致", 0.22, 0.06), body("深圳市福田区人民法院", 0.25, 0.25),
                     TextLine("申请人（签名）：毛涛静", 0.98, height=1.33, top=0.33, width=0.32)],
                    footer=[body("地址：深圳市福田区福华三路235号卓越大厦21楼电话：0755-82698288", 0.94, 0.5)],
                    complete=True)
    assert classify(page).doc_type == "continuation"


def test_a_copy_mark_stamped_above_a_receipt_is_not_the_title() -> None:
    page = PageText([TextLine("复印件", 1.0, height=0.92, centred=True, top=0.05, width=0.08),
                     title("黑龙江省哈尔滨市道里区人民法院", 0.07), title("送达回执", 0.11),
                     cell("送达文书", 0.2), cell("执行通知书", 0.2), cell("受送达人", 0.24), cell("白庆", 0.24)],
                    complete=True)
    assert classify(page).doc_type == "service_receipt"


def test_a_notarys_zhixing_zhengshu_proves_the_notarised_debt_enforceable() -> None:
    page = PageText([body("黑龙江省哈尔滨市松北公证处", 0.08, 0.4), title("执行证书", 0.12),
                     body("（2024）黑哈松证执字第12号", 0.17, 0.3),
                     body("债权人沈文于2024年1月5日向本处申请出具执行证书。", 0.22)], complete=True)
    assert classify(page).doc_type == "effectiveness_certificate"


def test_a_rulings_second_page_under_a_running_case_number_header_continues_it() -> None:
    page = PageText([body("(2024）黑0102执3581号", 0.04, 0.22),
                     body("《中华人民共和国民事诉讼法》的解释》第五百一十七条的规定，裁定", 0.1, 0.73),
                     body("如下：", 0.14, 0.07), body("终结（2024）黑0102执3581号案件本次执", 0.16, 0.52),
                     body("申请执行人发现被执行人有可供执行财产的，", 0.19, 0.69),
                     body("执行，不受申请执行时效期间的限制。", 0.23, 0.39)], complete=True)
    assert classify(page).doc_type == "continuation"


def test_a_blank_back_stamped_or_carrying_a_filing_note_is_blank_but_a_numbered_smudge_is_not() -> None:
    for marks in (["复印件"], ["A-17", "A-17"], ["T-"]):
        page = PageText([TextLine(m, 0.95, top=0.1 + 0.3 * i, width=0.06) for i, m in enumerate(marks)], complete=True)
        assert classify(page).doc_type == "blank", marks
    # a stamped page number on a sheet whose text the detector found but could not read
    smudged = PageText([TextLine("17", 0.99, top=0.03, width=0.04),
                        *[TextLine("", 0.0, top=0.2 + 0.05 * i, width=0.6) for i in range(8)]], complete=True)
    assert classify(smudged).doc_type != "blank" and not classify(smudged).readable


def test_the_applicants_withdrawal_is_the_proof_of_a_terminated_case_not_an_application() -> None:
    """A 终结执行 case is closed on the applicant's withdrawal: the clerk sees it as the proof of that ground
    (national.yaml evidence.termination_ground), not as a second 强制执行申请书."""
    titled = PageText([TextLine("撤回强制执行申请书", 0.99, height=1.4, centred=True, top=0.09, width=0.3),
                       TextLine("申请人：韩丽秀，女，住鸡川镇蔡家铺村", 0.98, top=0.15, width=0.6)], complete=True)
    assert classify(titled).doc_type == "evidence"
    generic = PageText([TextLine("申请书", 0.99, height=1.4, centred=True, top=0.09, width=0.15),
                        TextLine("申请人韩丽秀与被执行人张某民间借贷纠纷一案，", 0.98, top=0.15, width=0.7),
                        TextLine("现申请撤回对被执行人的强制执行申请。", 0.98, top=0.18, width=0.6)], complete=True)
    assert classify(generic).doc_type == "evidence"
    applying = PageText([TextLine("申请书", 0.99, height=1.4, centred=True, top=0.09, width=0.15),
                         TextLine("申请人请求对被执行人强制执行。", 0.98, top=0.15, width=0.6)], complete=True)
    assert classify(applying).doc_type == "enforcement_application"


def test_an_e_service_records_document_cell_is_what_it_served_not_its_title() -> None:
    """The platform's record names 执行裁定书（终本） on a line of its own: the page is the record of that
    service (a receipt standing alone, pipeline.across_pages), not the ruling and not a paper 送达回证."""
    screen = PageText([TextLine("粤公正·电子送达", 0.96, height=1.2, centred=True, top=0.12, width=0.19),
                       TextLine("送达成功", 0.99, height=1.2, centred=True, top=0.24, width=0.12),
                       body("（2024）粤0304执21687号", 0.28, 0.22), body("文书名称", 0.33, 0.08),
                       TextLine("执行裁定书（终本）", 0.99, height=1.3, centred=True, top=0.36, width=0.2, alone=True),
                       body("受送达人龚春", 0.39, 0.15), body("发送时间2024-06-06 9:38:14", 0.47, 0.27),
                       body("查阅时间2024-06-06 20:55:43", 0.5, 0.27),
                       body("送达状态已签收（受送达人已查阅）", 0.54, 0.31)], complete=True)
    verdict = classify(screen)
    assert (verdict.doc_type, verdict.evidence) == ("continuation", "attachment")
    assert verdict.served == ["termination_this_round_ruling"]


def test_a_ruling_s_last_sheet_holding_only_its_clerks_signature_continues_it() -> None:
    """The second sheet of a 终本 ruling holds the 书记员's name, read at 0.6, and a footer the recogniser
    could not read: it is the ruling's last page, not an unreadable one that sends the dossier back."""
    page = PageText([TextLine("书记员随涛娜", 0.599, top=0.09, width=0.21, alone=True),
                     TextLine("", 0.0, top=0.87, width=0.21, alone=True)], complete=True)
    verdict = classify(page)
    assert (verdict.doc_type, verdict.readable) == ("continuation", True)


def test_a_date_read_faintly_on_an_otherwise_illegible_sheet_does_not_make_it_a_last_page() -> None:
    page = PageText([TextLine("2024年3月5日", 0.52, top=0.6, width=0.2, alone=True),
                     TextLine("", 0.0, top=0.3, width=0.6), TextLine("", 0.0, top=0.4, width=0.6)], complete=True)
    assert not classify(page).readable


def test_the_last_rows_page_number_at_the_foot_of_a_catalogue_is_not_the_catalogues_own() -> None:
    """卷内目录 rows end in the page each document starts on; the last, 35, stands in the footer band. Read as
    the catalogue's own number it made pages 1–34 of the catalogue "missing" and sent the dossier back."""
    rows = [body(f"{i}  执行申请书等  {p}", 0.2 + 0.05 * i, 0.7) for i, p in enumerate((1, 3, 7, 12), start=1)]
    page = PageText([title("卷内目录", 0.08), *rows], footer=[body("35", 0.93, 0.03)], complete=True)
    verdict = classify(page)
    assert verdict.doc_type == "catalogue" and verdict.page_of is None
    notice = PageText([title("执行通知书", 0.08), body("（2024）川0703执55号", 0.15, 0.3),
                       body("被执行人应当履行义务", 0.2)], footer=[body("- 2 -", 0.93, 0.05)], complete=True)
    assert classify(notice).page_of == (2, None)


def test_a_landscape_inquiry_printout_titled_at_body_size_is_the_inquiry_result_not_running_text() -> None:
    """court_f_03 p21: the 总对总 system's printout names itself in a body-sized line over its columns; its
    full-width rows look like running text, but its first line and its labels say the same document."""
    page = PageText([body("全国法院网络执行查控系统存款查询反馈结果", 0.09, 0.45),
                     body("○案号：（2024）黑0102执4702号被查询人：哈尔滨明德装饰工程有限公司", 0.11, 0.77),
                     body("○证件号：91230102MA1B2C3D4E查询日期：2024-02-08", 0.15, 0.59),
                     cell("序号反馈单位", 0.2), cell("账户数余额（元）状态", 0.2), cell("159.00已反馈", 0.24)], complete=True)
    assert classify(page).doc_type == "online_inquiry_result"


def test_a_judgments_next_page_that_mentions_a_judgment_in_its_first_sentence_stays_its_continuation() -> None:
    """The guard: only a line about as long as a title names the page; a sentence that mentions a 判决书 on a
    page of running text with a judgment's words does not make it a new judgment."""
    page = PageText([body("一案，本院作出的（2023）冀0102民初1430号民事判决书已经发生法律效力，原告", 0.06, 0.8),
                     body("与被告之间的借贷关系合法有效，被告应当按照约定期限返还借款本金及利息。", 0.1, 0.8),
                     body("综上，依照《中华人民共和国民法典》第六百七十五条之规定，判决如下：", 0.14, 0.8),
                     body("一、被告于本判决生效之日起十日内偿还原告借款本金。", 0.18, 0.7),
                     body("案件受理费减半收取，由被告负担。", 0.22, 0.5)], complete=True)
    assert classify(page).doc_type == "continuation"


def _ems_slip(contents: list[TextLine]) -> PageText:
    return PageText([body("苏州工业园区人民法院送达中心", 0.04, 0.29),
                     TextLine("EMS 法院专递邮件详情单", 0.99, height=1.31, centred=True, top=0.09, width=0.38),
                     body("业务种类法院专递", 0.15, 0.2), body("邮件号129135400272", 0.15, 0.25),
                     body("寄件人江苏省苏州工业园区人民法院", 0.21, 0.49), body("收件人苏州唯亭智能装备有限公司", 0.26, 0.34),
                     *contents, body("收寄日期2024年3月22日", 0.37, 0.25), body("邮件跟踪信息", 0.43, 0.13),
                     body("处理机构", 0.47, 0.08), body("处理信息", 0.47, 0.08),
                     body("苏州工业园区法院专递揽投部已收寄", 0.51, 0.28)], complete=True)


def test_a_court_post_slip_names_the_summons_in_its_contents_cell() -> None:
    """The 法院专递 slip is the only proof the summons was served: its 内件 cell says 传票, two characters
    that count as a served document only as the whole of that cell."""
    glued = classify(_ems_slip([body("内件传票", 0.31, 0.17), body("（2024）苏0591执4207号", 0.32, 0.21)]))
    assert (glued.doc_type, glued.evidence, glued.served) == ("continuation", "attachment", ["summons"])
    apart = classify(_ems_slip([cell("内件", 0.31), cell("传票", 0.31)]))
    assert apart.served == ["summons"]
    sentence = classify(_ems_slip([body("备注：传票另行寄送", 0.31, 0.3)]))
    assert sentence.served == []


def test_a_court_post_slip_names_the_fee_notice_as_the_court_wrote_it() -> None:
    """交纳执行申请费通知书: the fee is 申请执行费 in 诉讼费用交纳办法, 执行申请费 as many courts write it."""
    slip = classify(_ems_slip([cell("内件", 0.31), cell("案号", 0.32), body("交纳执行申请费通知书", 0.32, 0.19)]))
    assert slip.served == ["payment_notice"]


def test_an_apostille_behind_a_foreign_power_of_attorney_is_that_documents_page() -> None:
    """A Japanese parent's 委任状, then the Apostille its foreign ministry put on it: one document."""
    mandate = PageText([title("委任状", 0.09), body("株式会社才力精密（以下「当社」）、当社の中国子会社", 0.16),
                        body("一切の権限（執行申立、和解、文書の受領）を委任する。", 0.28), body("令和6年1月26日", 0.31, 0.15)],
                       complete=True)
    assert classify(mandate).doc_type == "power_of_attorney"
    apostille = PageText([TextLine("APOSTILLE", 1.0, height=1.29, centred=True, top=0.09, width=0.23),
                          TextLine("(ConventiondeLaHayed5octobre961", 0.89, centred=True, top=0.13, width=0.4),
                          body("1. Country:JAPAN 国名：日本国", 0.18, 0.31),
                          body("2.has been signed by 署名者:NAKAMURA", 0.22, 0.49),
                          body("3.actinginthecapacity of 资格: Notary", 0.27, 0.46),
                          body("7.bytheMinistry ofForeignAffairs外省", 0.40, 0.41)], complete=True)
    verdict = classify(apostille)
    assert (verdict.doc_type, verdict.evidence, verdict.readable) == ("continuation", "certificate", True)


def _sms(lines: list[str]) -> PageText:
    """A 12368 short message as a phone screenshot centred on the page: narrow lines, each centred."""
    head = [TextLine("5G 92%", 0.74, top=0.1, width=0.13, centred=True), TextLine("12368", 0.99, top=0.13, width=0.06),
            TextLine("短信/彩信 2月24日 16:14", 0.93, top=0.17, width=0.14, centred=True)]
    return PageText([*head, *(TextLine(t, 0.97, top=0.2 + 0.015 * i, width=0.25, centred=True)
                              for i, t in enumerate(lines))], complete=True)


def test_a_12368_short_message_is_the_proof_of_what_it_served_not_the_documents_it_names() -> None:
    """昆明五华: the notices were served by 12368 short message; the screenshot in the file is that proof."""
    message = _sms(["【云南省昆明市五华区人民法院】昆明金", "马茶业有限公司：本院依法向您送达（20",
                    "24）云0102执1864号案件的执行通知", "书、报告财产令，请点击https://sd.yn", "查看文书，查阅码y997。文书自到达",
                    "之日起视为送达。承办人侯红涛。【12368诉讼服务】", "发送至185****064 已送达"])
    verdict = classify(message)
    assert (verdict.doc_type, verdict.evidence) == ("continuation", "attachment")
    assert verdict.served == ["enforcement_notice", "property_report_order"]


def test_a_short_message_naming_a_notice_after_de_is_not_that_notice() -> None:
    """Only its first lines read: 案件的受理案件通知书，请点击 is a sentence about the notice, not its title."""
    top = _sms(["【云南省昆明市五华区人民法院】丁洋", "春：本院依法向您送达（2024）云0102", "执1864号案件的受理案件通知书，请点击"])
    top.lines[-1] = TextLine("执1864号案件的受理案件通知书，请点击", 0.99, height=1.0, top=0.19, width=0.25, centred=True,
                             alone=True)
    assert classify(top).doc_type != "acceptance_notice"
    listed = _sms(["【云南省昆明市五华区人民法院】昆明滇", "池房地产经纪有限公司：本院依法向您送", "达（2024）云0102执2655号案件的执行"])
    listed.lines.append(TextLine("通知书、报告财产令，请点击htps/sd", 0.9, height=1.12, top=0.22, width=0.27, centred=True,
                                 alone=True))
    assert classify(listed).doc_type != "property_report_order"


def test_a_short_message_serving_the_summons_names_it_in_its_sentence() -> None:
    message = _sms(["【云南省昆明市五华区人民法院】昆明翠", "湖建筑劳务有限公司：本院依法向您送达", "（2024）云0102执2317号案件的传票，",
                    "请点击http://dgov/查看文书，查阅码MPW42W。文书自到达", "之日起视为送达。【12368诉讼服务】"])
    assert classify(message).served == ["summons"]


def test_a_banking_apps_transaction_details_are_a_payment_record_not_an_account_confirmation() -> None:
    screen = PageText([TextLine("交易详情", 0.99, top=0.13, width=0.07, centred=True), body("收入", 0.18, 0.04),
                       TextLine("+710,467.36", 1.0, height=1.34, top=0.2, width=0.2, centred=True),
                       body("交易成功", 0.23, 0.07), cell("收款账户", 0.27), cell("收款人", 0.29), cell("丁洋春", 0.29),
                       cell("付款户名", 0.31), cell("昆明金马茶业有限公司", 0.31), cell("付款账号", 0.34),
                       cell("200043250656702", 0.34), cell("付款银行", 0.36), cell("富滇银行昆明五华支行", 0.36),
                       cell("交易时间", 0.38), cell("2024-04-03 13:59:21", 0.38), cell("交易类型", 0.4),
                       cell("跨行转入", 0.4)], complete=True)
    assert classify(screen).doc_type == "payment_voucher"


def test_the_courts_payout_on_a_banks_electronic_receipt_is_the_payment_not_an_account_confirmation() -> None:
    """沈阳和平: 建设银行's 单位客户专用回单 of the court's 执行款专户 paying the applicant names a payer; the applicant's
    收款账户确认书 never does."""
    slip = PageText([body("中国建设银行", 0.08, 0.16), title("单位客户专用回单 (电子回单)", 0.12),
                     body("付款人户名沈阳市和平区人民法院（执行款专收人户名夏静福", 0.17, 0.61),
                     cell("收款人账号622848******3552", 0.22), cell("付款人账号2101416003057291965", 0.23),
                     body("付款人开户行中国建设银行沈阳南湖支行收", 0.27, 0.76),
                     cell("金额（大写）壹拾壹万肆仟肆佰叁拾叁元壹角柒分", 0.32)])
    assert classify(slip).doc_type == "payment_voucher"


def test_papers_of_a_criminal_transfer_ended_by_death_are_named() -> None:
    """济南历下: the 刑庭's 财产状况表, the prison's 罪犯死亡通知书 and the hospital's 居民死亡医学证明（推断）书
    (the ground of 终结执行), and the archive's 归档审查表."""
    for heading, code in [("被执行人财产状况表", "property_status_statement"), ("罪犯死亡通知书", "evidence"),
                          ("居民死亡医学证明（推断）书", "evidence"), ("执行案件归档审查表", "file_review_form")]:
        page = PageText([title("山东省济南市历下区人民法院", 0.07), title(heading, 0.1),
                         body("（2019）鲁0102刑初880号", 0.15, 0.2)], complete=True)
        assert classify(page).doc_type == code, heading


def test_a_macau_firms_application_in_traditional_characters_under_its_letterhead_is_the_application() -> None:
    """横琴: a Macau firm writes 申請執行書 under its own name; the letterhead 衡正律師事務所 is no 律师事务所函."""
    page = PageText([title("衡正律師事務所", 0.04), body("澳門南灣大馬路619號時代商業中心", 0.08, 0.6),
                     title("申請執行書", 0.13), body("申請人：萬利投資有限公司（Companhia de Investimento）", 0.18),
                     body("住所：澳門特別行政區高士德大馬路191號", 0.21), body("被申請人：珠海橫琴長隆灣文化創意有限公司", 0.27),
                     body("執行請求：", 0.31, 0.12), body("一、請求強制被申請人向申請人支付貨款", 0.34)])
    assert classify(page).doc_type == "enforcement_application"


def test_a_macau_commercial_registration_and_a_powers_of_attorney_in_traditional_characters() -> None:
    register = PageText([title("澳門特別行政區", 0.05), body("REGIÃO ADMINISTRATIVA ESPECIAL DE MACAU", 0.08, 0.5),
                         title("商業登記證明", 0.13), body("CERTIDÃO DE REGISTO COMERCIAL", 0.16, 0.4),
                         body("商業名稱 Firma 萬利投資有限公司", 0.22), body("住所 Sede 澳門高士德大馬路491號", 0.25)])
    assert classify(register).doc_type == "identity_proof"
    mandate = PageText([title("授權委託書", 0.1), body("委託人：寶昇貿易有限公司（PO SING TRADING LIMITED）", 0.17),
                        body("受託人：黃麗芝，衡正律師事務所律師", 0.21), body("茲委託上述受託人為委託人與珠海橫琴", 0.25)])
    assert classify(mandate).doc_type == "power_of_attorney"


def test_a_china_appointed_attesting_officers_certificate_is_the_page_of_the_paper_before_it() -> None:
    """The 中国委托公证人's 证明书 stapled behind a Macau company's register extract attests that paper: no
    生效证明书, no document of its own."""
    page = PageText([title("证明书", 0.08), body("（2024）澳委公证字第06366号", 0.13, 0.3),
                     body("兹证明前面的《商业登记证明》复印件与萬利投资有限公司向本公证人出", 0.2),
                     body("示的原件相符。", 0.23, 0.2), body("本证明书仅供在中华人民共和国内地使用。", 0.27),
                     body("中国委托公证人：李浩", 0.4, 0.3), body("中国法律服务（澳门）有限公司转递专用章", 0.5, 0.4)])
    verdict = classify(page)
    assert (verdict.doc_type, verdict.evidence) == ("continuation", "certificate")


def test_a_banks_reply_letter_to_an_inquiry_and_its_cash_deposit_slip_into_the_courts_account() -> None:
    reply = PageText([body("珠海华润银行股份有限公司横琴分行", 0.06, 0.4), title("协助查询存款情况回复函", 0.11),
                      body("横琴粤澳深度合作区人民法院：", 0.16, 0.3), body("贵院（2024）粤0491执4861号协助查询存款通知书收悉。", 0.2),
                      body("账号256514600380，账户性质：基本存款账户", 0.24), body("特此函复。", 0.3, 0.1)])
    assert classify(reply).doc_type == "online_inquiry_result"
    slip = PageText([TextLine("乌鲁木齐银行 现金缴款单（回单）", 0.93, height=1.2, centred=True, top=0.08, width=0.5),
                     body("流水号：4356127504014 日期：2024年2月1日", 0.13, 0.5), cell("缴款人", 0.18),
                     cell("艾合买提·吐尔逊", 0.18), cell("收款人", 0.22), cell("乌鲁木齐市天山区人民法院执行款专户", 0.22),
                     cell("收款账号", 0.26), cell("开户行", 0.3), cell("金额", 0.34), cell("人民币84,771.00元", 0.34)])
    assert classify(slip).doc_type == "payment_voucher"


def test_a_banks_reply_that_it_took_the_deposit_is_the_proof_of_payment_its_freezing_reply_a_query_result() -> None:
    """贵阳南明, 合肥蜀山, 天津和平 alike: the bank's 协助扣划存款回执 says the deposit was taken into the court's account —
    for a case closed 执行完毕 the proof of performance (DOMAIN.md: payment_voucher); its 协助冻结存款回执 only says
    the account is held, a 查控 result."""
    def reply(name: str, says: str) -> PageText:
        return PageText([title(name, 0.08), body("贵州省贵阳市南明区人民法院：", 0.14, 0.3),
                         body("贵院（2024）黔0102执26381号协助执行通知书及执行裁定书收悉。", 0.18), body(says, 0.22)])

    taken = reply("协助扣划存款回执", "我行已于2024年3月5日从被执行人账户扣划存款人民币186,400.00元，划至贵院执行款专户。")
    held = reply("协助冻结存款回执", "我行已于2024年3月1日冻结被执行人账户存款人民币186,400.00元，冻结期限一年。")
    assert classify(taken).doc_type == "payment_voucher"
    assert classify(held).doc_type == "online_inquiry_result"


@pytest.mark.parametrize("name", ["收条", "执行款领取收条"])
def test_the_applicants_handwritten_receipt_for_the_execution_money_is_the_confirmation_of_payment(name: str) -> None:
    """合肥蜀山: the applicant writes 收条 — 今收到…案件执行款… — when the money is paid out (DOMAIN.md: 收款确认); 太原迎泽's
    workers sign an 执行款领取收条 (今领到…) under their red fingerprint."""
    page = PageText([title(name, 0.1), body("今收到合肥市蜀山区人民法院（2024）皖0104执77214号案件执行款", 0.14, 0.8),
                     body("人民币240,625.40元（大写：贰拾肆万零陆佰贰拾伍元肆角），", 0.17, 0.7),
                     body("收款人：沈华梅", 0.3, 0.2), body("2024年2月7日", 0.33, 0.15)])
    assert classify(page).doc_type == "payment_voucher"


@pytest.mark.parametrize("name", ["借款合同", "个人借款合同（节选）"])
def test_the_loan_contract_behind_a_notarial_deed_is_its_page_not_a_settlement(name: str) -> None:
    """A 公证债权文书 attests the loan contract, filed behind it (合肥蜀山, 西安雁塔): its 甲方 and 乙方 do not make a
    和解协议 of it; a settlement titled as one still is."""
    def page(heading: str) -> PageText:
        return PageText([title(heading, 0.1), body("贷款人（甲方）：合肥市蜀山区汇通小额贷款有限公司", 0.15, 0.45),
                         body("借款人（乙方）：合肥佳联商贸有限公司", 0.18, 0.4),
                         body("第一条借款金额：人民币303,430.62元", 0.2, 0.7), body("甲方（盖章）", 0.4, 0.2),
                         body("乙方（盖章）：", 0.43, 0.2)])

    contract = classify(page(name))
    assert (contract.doc_type, contract.evidence) == ("continuation", "contract")
    assert classify(page("执行和解协议")).doc_type == "settlement_agreement"


def test_a_neighbourhood_committees_certificate_of_who_lives_with_her_is_the_kinship_proof() -> None:
    """乌鲁木齐: her son signs for her papers; the 居委会 certifies he lives with her."""
    page = PageText([title("证明", 0.1), body("乌鲁木齐市天山区人民法院：", 0.16, 0.3),
                     body("兹证明古丽娜尔·阿不都热依木（女，维吾尔族）系我社区居民，住天山区新华南路258号，", 0.2),
                     body("其子努尔艾力·肉孜与其共同居住。", 0.23, 0.4), body("特此证明。", 0.3, 0.12),
                     body("乌鲁木齐市天山区和平社区居民委员会", 0.4, 0.4)])
    assert classify(page).doc_type == "kinship_proof"


def test_a_neighbourhood_committees_certificate_that_two_men_are_cousins_is_the_kinship_proof() -> None:
    """汕头龙湖 (court_ca): a Hong Kong landlord's cousin acts for him as a 公民代理人; the 社区居委会 certifies that they
    are cousins (系表兄弟关系). Read as a party's evidence, the kinship proof the checklist asks for was missing and the
    complete dossier sent back."""
    page = PageText([body("汕头市龙湖区金霞街道华景社区居民委员会", 0.06, 0.4), title("证明", 0.1),
                     body("兹证明蔡泽鸿（身份证号码440507198009274615）系我社区居", 0.16),
                     body("民，与香港居民蔡耀光（港澳居民来往内地通行证号码H99275744)", 0.19),
                     body("系表兄弟关系。蔡耀光之母与蔡泽鸿之母为同胞姐妹，祖籍潮阳。", 0.22),
                     body("情况属实，特此证明。", 0.25, 0.2), body("华景社区居民委员会", 0.4, 0.2)])
    assert classify(page).doc_type == "kinship_proof"


def test_the_newspaper_notice_of_a_listing_clipped_behind_the_decision_is_the_listings_page() -> None:
    """菏泽牡丹 (court_cd): behind the 失信 决定书 the clerk pastes the 人民法院报's 公告 that lists the company; read as a
    party's evidence it left the archived dossier with an unknown paper. A sheet of pasted notices serving papers
    (公告送达报样粘贴单, 合肥蜀山) keeps its own title: its 公告 lists nobody as 失信."""
    clipping = PageText([body("（2024）鲁1702执63452号失信公告见报剪报", 0.05, 0.5), body("人民法院报 2024年4月30日公告", 0.08, 0.4),
                         title("公告", 0.11), body("本院在执行傅庆杰与菏泽丹凤牡丹生物科技有限公司", 0.14, 0.5),
                         body("书确定的义务，本院已依法将其纳入失信被执", 0.17, 0.5),
                         body("案号：（2024）鲁1702执63452号", 0.2, 0.4), body("山东省菏泽市牡丹区人民法院", 0.5, 0.3)])
    assert classify(clipping).doc_type == "dishonest_list_decision"
    sheet = PageText([body("安徽省合肥市蜀山区人民法院执行事务中心", 0.05, 0.45), title("公告送达报样粘贴单", 0.08),
                      body("案号：（2024）皖0104执77583号受送达人：合肥佳联商贸有限公司", 0.11, 0.5),
                      body("人民法院报", 0.14, 0.2), title("公告", 0.17),
                      body("合肥佳联商贸有限公司：本院在执行申请执行人合肥市蜀山区汇通小额贷款有限公司与你公司借款合", 0.2, 0.9),
                      body("现依法向你公司公告送达本院（2024）皖0104执77583号执行裁定书（终本）。", 0.23, 0.9)])
    pasted = classify(sheet)
    assert (pasted.doc_type, pasted.served) == ("service_receipt", ["termination_this_round_ruling"])


def test_the_second_page_of_a_macau_register_is_known_by_its_footer_though_the_copier_broke_its_page_marks() -> None:
    """横琴: a copier's 1-bit scan; the register's Portuguese and Chinese read badly, and its footer
    第2页/共2页 reads 第2瓦/共2冀 — still the footer of the register's second page."""
    page = PageText([TextLine("梁嘉线 LDONG KA CiCN（行政管理核期成量Adefnistrader）", 0.68, top=0.09, width=0.45, centred=True),
                     TextLine("行政管增裁期AdminstraGso", 0.68, top=0.09, width=0.2, alone=False),
                     TextLine("公司的的束方式Fonma d oigar由征一行政管理模解成具做署", 0.79, top=0.13, width=0.71),
                     TextLine("qualquer adninistrador", 0.94, top=0.16, width=0.2, centred=True),
                     TextLine("14/04/2018", 0.96, top=0.2, width=0.1, centred=True, alone=False),
                     TextLine("兹明本避明所载内容本局檔案配相符", 0.79, top=0.3, width=0.36),
                     TextLine("澳門，2024年1月9日Hacan.aos 09/01/2", 0.83, top=0.37, width=0.35)],
                    [TextLine("第2 瓦/共2冀Pzgina2 dc2", 0.74, height=0.77, centred=True, top=0.94, width=0.19)],
                    complete=True)
    verdict = classify(page)
    assert (verdict.doc_type, verdict.page_of) == ("continuation", (2, 2))


def test_the_second_sheet_of_a_query_printout_with_a_speck_after_its_page_number_continues_it() -> None:
    """重庆渝中's 查控 printout repeats its heading on every sheet; its footer 2/2 read with a speck after it (2/2.)
    still says the sheet is the printout's second, so the dossier is not told a first page is missing."""
    page = PageText([title("最高人民法院执行查控系统查询结果反馈", 0.06), body("案号：（2024）渝0103执恢207号承办人：熊华", 0.12, 0.5),
                     cell("序号协助执行单位", 0.18), cell("财产类型反馈结果账号/证号", 0.18), cell("反馈时间", 0.19)],
                    [body("打印时间：2024-02-29 16:28 打印人：钱刚梅", 0.93, 0.4), body("2/2.", 0.92, 0.04)], complete=True)
    verdict = classify(page)
    assert (verdict.doc_type, verdict.page_of) == ("continuation", (2, 2))


@pytest.mark.parametrize("footer", ["第2页（共2页）", "第2页(共2页)", "第 2 页 （共 2 页）", "第2页(共2页）"])
def test_a_ruling_s_last_page_under_its_copy_stamp_continues_it_by_a_footer_in_brackets(footer: str) -> None:
    """银川兴庆's rulings end 第2页（共2页）; the 本件与原本核对无异 stamp over the signatures leaves them unread."""
    page = PageText([TextLine("限房治", 0.6, top=0.1, width=0.2), TextLine("判员", 0.7, top=0.14, width=0.1),
                     TextLine("二年六十", 0.6, top=0.2, width=0.2), TextLine("第记员潘刚菜", 0.6, top=0.25, width=0.25)],
                    footer=[TextLine(footer, 0.97, top=0.95, width=0.12, centred=True)], complete=True)
    verdict = classify(page)
    assert (verdict.doc_type, verdict.page_of) == ("continuation", (2, 2))


def test_a_company_s_certificate_of_a_worker_s_plight_is_evidence_the_applicant_files() -> None:
    """石河子's 连队 certifies that its worker farms cotton and has nothing left: no type of its own, evidence."""
    lines = [title("新疆生产建设兵团第八师一四三团一连", 0.07), title("证明", 0.13),
             body("兹证明潘军勇（身份证号659011196403091940）系我连职工承包棉田112亩。该", 0.18),
             body("职工今年棉花款已由团场统一结算，扣除农资、水费后无余款，家庭困难。特此证明。", 0.22),
             body("一四三团一连（盖章）", 0.38, 0.25), body("2024年1月11日", 0.42, 0.18)]
    assert classify(PageText(lines, complete=True)).doc_type == "evidence"
    police = [title("证明", 0.1), body("经查，被执行人潘军勇自2023年5月起下落不明，特此证明。", 0.18)]
    assert classify(PageText(police, complete=True)).doc_type == "whereabouts_unknown_proof"


def test_a_judgment_s_last_page_under_its_seal_ends_with_the_copy_stamp_and_continues_it() -> None:
    """东莞中院's judgment: its seal over the signatures leaves single characters, the clerk's name cut, the date
    without its year, and the court's 本件与原本核对无异 under them — no footer. The judgment's page, not unreadable."""
    lines = [TextLine("电", 0.61, top=0.05, width=0.02), TextLine("省", 0.93, top=0.06, width=0.03),
             TextLine("东", 0.36, top=0.08, width=0.1, alone=False), TextLine("员李秀娜", 0.997, top=0.08, width=0.14),
             TextLine("十月二十二日", 0.968, top=0.1, width=0.14), TextLine("本件与原本核对无异", 1.0, top=0.16, width=0.18)]
    assert classify(PageText(lines, complete=True)).doc_type == "continuation"


def test_a_blank_back_of_the_working_copy_with_the_undertaker_s_note_is_blank() -> None:
    """The numbering machine's 0008 and a pencilled 已送达 are all there is on the back of the fee receipt."""
    lines = [TextLine("0008", 0.9, top=0.03, width=0.08), TextLine("已送达", 0.98, top=0.58, width=0.12)]
    verdict = classify(PageText(lines, complete=True))
    assert (verdict.doc_type, verdict.readable) == ("blank", True)


def test_a_blank_back_with_a_clerks_sticky_note_of_what_was_done_is_blank() -> None:
    """九江浔阳's volume (court_di_01 p17): on the back of a sheet only a yellow note, 回证已补 in pencil. A few words
    ending in 已 and the deed are a working note, not a paper; a sentence that says more is not."""
    for note in ("回证已补", "材料已补齐", "已归档"):
        verdict = classify(PageText([TextLine(note, 0.99, top=0.4, width=0.1)], complete=True))
        assert (verdict.doc_type, verdict.readable) == ("blank", True), note
    verdict = classify(PageText([TextLine("执行裁定书已送达被执行人", 0.99, top=0.4, width=0.3)], complete=True))
    assert verdict.doc_type != "blank"


def test_a_blank_back_with_a_sticky_note_of_what_is_still_to_do_is_blank() -> None:
    """丹东振兴's working volume (court_ec_01 p19, court_ec_03 p8 and p11): the backs of ID-card copies carry only a
    yellow note — 待补回证, 问申请人 — or 页码？ beside nothing. A note of what is still to do, to ask or to check is
    no paper either; a line that says more, or a title with a question, is not a note."""
    for note in ("待补回证", "问申请人", "页码？", "待核"):
        verdict = classify(PageText([TextLine(note, 0.99, top=0.15, width=0.16)], complete=True))
        assert (verdict.doc_type, verdict.readable) == ("blank", True), note
    for line in ("待执行的财产线索如下：", "问：你是否收到执行通知书？"):
        verdict = classify(PageText([TextLine(line, 0.99, top=0.4, width=0.5)], complete=True))
        assert verdict.doc_type != "blank", line


def test_a_settlement_recorded_before_the_officer_is_the_settlement() -> None:
    """九江浔阳's 执行和解笔录 (court_di_02 p26): one character from 执行谈话笔录, but a title of its own."""
    lines = [TextLine("执行和解笔录", 1.0, height=1.4, centred=True, top=0.08, width=0.3),
             TextLine("时间：2024年3月16日上午", 0.99, top=0.14, width=0.3), TextLine("地点：浔阳区法院执行局调解室", 0.95, top=0.17, width=0.3)]
    assert classify(PageText(lines)).doc_type == "settlement_agreement"


def test_a_certificate_under_a_wide_letterhead_of_its_issuer_is_still_titled() -> None:
    """The 总场九连's name runs wider than a line of text over its 证明, turned upside down on the glass: a
    letterhead, not running text, so the title under it is found and the page is the evidence it is."""
    lines = [TextLine("0018", 1.0, top=0.03, width=0.08),
             TextLine("新疆生产建设兵团第八师石河子总场九连", 0.997, height=0.96, centred=True, top=0.07, width=0.55),
             TextLine("证明", 1.0, height=1.13, centred=True, top=0.128, width=0.12),
             body("兹证明董立（身份证号659001005227818）系我连职工，承包棉田93亩。其所产", 0.18, 0.56),
             body("籽棉于上年十月交售给石河子市天棉轧花厂，至今未收到棉款，情况属实。特此证明。", 0.22, 0.69)]
    assert classify(PageText(lines, complete=True)).doc_type == "evidence"
    running = [body("有限公司买卖合同纠纷一案已经审理终结现依照法律规定判决如下", 0.05, 0.7), title("证明", 0.12)]
    assert find_title(running) is None  # under a line of running text ending in 有限公司…如下, 证明 is no title


def test_a_signature_page_numbered_last_with_one_scrawl_read_as_nonsense_continues_its_document() -> None:
    """石家庄铁路运输法院's 协议's second page: two signatures in hand (one read 运魔霞 at 0.28) and 第2页共2页."""
    lines = [TextLine("马艳静", 0.997, top=0.12, width=0.08), TextLine("运魔霞", 0.279, top=0.14, width=0.16)]
    page = PageText(lines, footer=[TextLine("第2页共2页", 0.999, top=0.93, width=0.12, centred=True)], complete=True)
    verdict = classify(page)
    assert (verdict.doc_type, verdict.readable, verdict.page_of) == ("continuation", True, (2, 2))
    smudged = [TextLine("马艳静", 0.997, top=0.12, width=0.08), TextLine("运魔霞", 0.279, top=0.14, width=0.16),
               TextLine("##人R", 0.3, top=0.3, width=0.3)]
    assert not classify(PageText(smudged, footer=page.footer, complete=True)).readable  # more noise: unreadable


def test_a_footer_whose_last_character_was_misread_still_numbers_the_page() -> None:
    """上海金融法院's 审判系统 prints 第 2 页 / 共 2 页 in grey over its 文书编号 line; the last 页 read as 秀."""
    lines = [TextLine("海金融法", 0.82, top=0.08, width=0.1), TextLine("二〇二四年二月二九日", 0.99, top=0.14, width=0.21),
             TextLine("第2页/共2秀", 0.87, top=0.87, width=0.09),
             TextLine("上海金融法院审判系统文书编号SHJR20241121204", 0.9, top=0.89, width=0.29)]
    verdict = classify(PageText(lines, complete=True))
    assert (verdict.doc_type, verdict.page_of) == ("continuation", (2, 2))


def test_a_ruling_s_second_page_under_a_kiosk_s_imprint_continues_the_ruling() -> None:
    """The 智能收转 kiosk prints its number and time on the sheet's very edge; under it the ruling's text goes on."""
    lines = [TextLine("SHJR-ZXLA-03收转编号SZ2024051315422024-05-1315:49:09", 0.99, top=0.003, width=0.37),
             body("一项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条", 0.12, 0.66),
             body("之规定，裁定如下：", 0.14, 0.38), body("终结本院（2024）沪74执55861号案件本次执行程序。", 0.17, 0.52),
             body("申请执行人发现被执行人有可供执行财产的，可以再次申请执行。", 0.19, 0.6)]
    assert classify(PageText(lines, complete=True)).doc_type == "continuation"


def test_a_certificate_that_an_award_is_in_force_is_the_certificate_not_the_award() -> None:
    """桥西区劳动人事争议仲裁委's 仲裁裁决书生效证明: the award's name and then what the paper is."""
    lines = [title("石家庄市桥西区劳动人事争议仲裁委员会", 0.14), title("仲裁裁决书生效证明", 0.19),
             body("本委石桥劳人仲案字〔2023〕第548号裁决书已于二〇二三年十二月十日送达双方当事人", 0.24)]
    assert classify(PageText(lines, complete=True)).doc_type == "effectiveness_certificate"


def test_a_securities_firm_s_slip_named_for_the_search_and_the_freeze_is_a_search_result() -> None:
    """国泰申银证券's 证券账户查询、冻结回执 answers the court's 协助查询 and 协助冻结: a 查控 result."""
    lines = [title("国泰申银证券股份有限公司上海分公司", 0.09), title("证券账户查询、冻结回执", 0.14),
             body("协查文书：（2024）沪74执55127号协查日期：2024-02-07", 0.18, 0.4),
             cell("账户名称", 0.22), cell("资金账号", 0.22), cell("资金余额", 0.22), cell("冻结情况", 0.22)]
    assert classify(PageText(lines, complete=True)).doc_type == "online_inquiry_result"


def test_a_judgment_s_second_page_photographed_curled_continues_the_judgment_though_its_lines_read_tall() -> None:
    """The kiosk's camera sees the sheet curl: the judgment's operative lines come out taller than a body line,
    yet a long line with a colon or a comma in it is prose, not a title."""
    lines = [TextLine("SHJR-ZNSZ-01收转编号SZ2024080714052024-08-0712:49:27", 0.985, height=0.83, top=0.004, width=0.36),
             TextLine("付原告截至起诉日的利息、罚息、复利人民币750,733.17元（大写：柒", 0.92, height=1.36, top=0.117, width=0.69),
             TextLine("拾伍万零柒佰叁拾叁元壹角柒分），并以未还本金为基数按合同约定支", 0.97, height=1.26, top=0.146, width=0.69),
             TextLine("付此后的罚息至实际清偿之日止；", 0.98, height=1.12, top=0.174, width=0.32),
             TextLine("三、被告余军对上述第一、二项债务承担连带清偿责任，其承担保证责任后，", 0.96, height=1.21, top=0.2,
                      width=0.64),
             TextLine("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》", 0.99, top=0.26,
                      width=0.64)]
    assert classify(PageText(lines, complete=True)).doc_type == "continuation"


def test_a_search_result_whose_label_lines_read_tall_is_no_running_text() -> None:
    """哈尔滨道里's 存款查询反馈结果: 案号：… 被查询人：… and 证件号：… 查询日期：… are labels, not prose, however tall."""
    lines = [TextLine("全国法院网络执行查控系统存款查询反馈结果", 0.98, height=1.31, top=0.08, width=0.46),
             TextLine("案号：（2024）黑0102执3581号被查询人：哈尔滨弘毅餐饮管理有限公司", 0.91, height=1.36, top=0.11,
                      width=0.77),
             TextLine("证件号：912301028FWL87A7TB查询日期：2024-01-26", 0.96, height=1.36, top=0.14, width=0.59),
             TextLine("序号反馈单位", 0.99, height=1.2, top=0.2, width=0.16, alone=False),
             TextLine("账户数余额（元）状态", 0.95, height=1.5, top=0.2, width=0.28, alone=False),
             TextLine("中国工商银行", 0.99, top=0.23, width=0.14, alone=False)]
    assert classify(PageText(lines, complete=True)).doc_type == "online_inquiry_result"


def test_a_letter_spaced_decision_whose_first_character_the_detector_left_out_is_decided_by_what_it_decides() -> None:
    """石家庄铁路运输法院 sets 决　　定　　书 far apart; the detector keeps 决 apart and 定书 is read. 定书 ends both
    裁定书 and 决定书: the operative part says which document it is."""
    head = [title("石家庄铁路运输法院", 0.08), TextLine("执行局", 0.998, height=1.07, centred=True, top=0.11, width=0.17),
            TextLine("定书", 1.0, height=1.16, centred=True, top=0.16, width=0.18),
            body("（2024）冀7101执64518号", 0.2, 0.25), body("被执行人：河北路达铁路工程劳务有限公司，住所地河北省石家庄", 0.23)]
    operative = [body("本院认为，被执行人有履行能力而拒不履行生效法律文书确定的义务。依照《最高人民法院关于公布失信", 0.3),
                 body("被执行人名单信息的若干规定》第一条之规定，决定如下：", 0.33, 0.5),
                 body("将河北路达铁路工程劳务有限公司纳入失信被执行人名单。", 0.36, 0.55)]
    assert classify(PageText([*head, *operative], complete=True)).doc_type == "dishonest_list_decision"
    ruling = [body("依照《中华人民共和国民事诉讼法》第二百五十三条之规定，裁定如下：", 0.3),
              body("终结本院（2024）冀7101执64518号案件的本次执行程序。", 0.33, 0.55)]
    assert classify(PageText([*head, *ruling], complete=True)).doc_type == "termination_this_round_ruling"


def test_a_mongolian_traders_passport_copy_is_his_identity_proof_whatever_script_its_labels_are_in() -> None:
    """满洲里's respondent is a 蒙古国 citizen: his passport copy stands where an ID copy would. Its labels are Cyrillic
    and English (read as Latin lookalikes), its only Chinese the clerk's 与护照原件一致; the machine-readable zone at
    its foot (P<MNG…, E9945337<0MNG710818…) says what it is."""
    lines = [body("MOHrOn ynC MONGOLA", 0.14, 0.21), body("ACHOPT PASPORT", 0.14, 0.18),
             body("OBor/Sumame OPAT", 0.2, 0.18), body("Wpr3HWwn/Nationality MOHrOn/MONGOLIAN", 0.24, 0.32),
             body("TepceH orHoo/Date of birth 18Aug1971", 0.26, 0.28), body("P<MNG<", 0.36, 0.05),
             body("E9945337<0MNG710818<<<<", 0.39, 0.19), body("经核对，与护照原件一致。", 0.5, 0.31),
             body("核对人：郝海", 0.54, 0.14)]
    assert classify(PageText(lines, complete=True)).doc_type == "identity_proof"
    # a company's credit code or a postal item's number is no machine-readable zone
    slip = PageText([body("EMS法院专递 邮件详情单", 0.06, 0.43), body("EL715067871CN", 0.06, 0.16),
                     body("统一社会信用代码 913100003710BYGEAO", 0.2, 0.4)], complete=True)
    assert classify(slip).doc_type != "identity_proof"


def test_a_judgments_last_page_opening_on_the_sentence_that_ends_in_申请执行_continues_it() -> None:
    """温州鹿城's 司法确认 ruling runs onto a second page whose first line ends the notice of rights — …对方当事人可以向
    人民法院申请执行。 — above the judge's name and 第2页共2页: the archive centre sees the ruling's last page, not an
    application (court_an_03 p4 made the ruling and the application each look a page short at its first sight)."""
    page = PageText([body("行或者未全部履行的，对方当事人可以向人民法院申请执行。", 0.08, 0.61),
                     TextLine("审判员于云", 0.93, top=0.13, width=0.21, alone=True),
                     TextLine("二〇二六年十一月十日", 0.82, top=0.16, width=0.21, alone=True)],
                    [TextLine("第2页共2页", 0.99, top=0.94, width=0.12, centred=True, alone=True)], complete=True)
    verdict = classify(page)
    assert (verdict.doc_type, verdict.page_of) == ("continuation", (2, 2))


def test_a_letter_spaced_catalogue_title_whose_last_character_the_detector_cut_off_is_the_catalogue() -> None:
    """泉州丰泽 (court_ch_02 p2): 卷　内　目　录 read as 卷内目 (centred) and 录 beside it (right of the centre); the
    list of documents under it was taken for the page of the cover before, and the archive dossier was sent back
    without its catalogue. Joined, the two pieces are its title; a piece that makes no title stays apart."""
    def head(first: str, second: str) -> list[TextLine]:  # as the page was read
        return [TextLine(first, 0.978, height=1.383, centred=True, top=0.073, width=0.32, alone=False),
                TextLine(second, 1.0, height=1.255, centred=False, top=0.0741, width=0.0567, alone=False)]

    rows = [TextLine("案号：（2026）闽0503执73214号", 0.949, height=0.872, top=0.1277, width=0.2993),
            TextLine("页号备注", 0.913, top=0.1653, width=0.154, alone=False),
            TextLine("序号文件名称", 0.991, height=0.872, top=0.1676, width=0.1445, alone=False),
            TextLine("1案件登记表", 0.892, height=1.128, top=0.1938, width=0.1748, alone=False),
            TextLine("2强制执行申请书", 0.927, height=0.957, top=0.2281, width=0.2083, alone=False)]
    # its last row (24 备考表 51) stands in the footer band: the 51 read as a page number made it a later page
    foot = (TextLine("51", 0.991, height=1.128, top=0.9014, width=0.0327),
            TextLine("24备考表", 0.945, top=0.9036, width=0.1365))
    assert classify(PageText([*head("卷内目", "录"), *rows], footer=foot, complete=False)).doc_type == "catalogue"
    assert classify(PageText([*head("卷内目", "表"), *rows], footer=foot, complete=False)).evidence != "title"


def test_a_lawyers_licence_photographed_is_no_letter_of_his_firm_for_naming_it() -> None:
    """A lawyer's licence uploaded as a phone photo (信阳浉河, court_fg_03 p12), its first rows as read: 执业机构 and the
    firm's name. 律师 stands there only inside 律师事务所: one cue of a firm's letter, not two, and the licence's
    fields (执业机构, 执业证类别) tell the page."""
    rows = [TextLine("姓名：邹华", 0.9, top=0.18, width=0.25), TextLine("执业机构：", 0.98, top=0.27, width=0.11),
            TextLine("河南豫南茶", 1.0, top=0.27, width=0.15, alone=False),
            TextLine("都律师事务", 0.99, top=0.32, width=0.15), TextLine("所", 0.99, top=0.37, width=0.04)]
    assert classify(PageText(rows)).doc_type != "law_firm_letter"
    more = [*rows, TextLine("执业证类别：专职律师", 1.0, top=0.38, width=0.31)]
    assert classify(PageText(more, complete=True)).doc_type == "lawyer_license"
    letter = [title("河南豫南茶都律师事务所", 0.06), body("致：信阳市浉河区人民法院", 0.2, 0.4),
              body("兹指派本所邹华律师担任申请执行人的委托代理人。", 0.25)]
    assert classify(PageText(letter, complete=True)).doc_type == "law_firm_letter"


def test_a_court_name_cut_at_its_last_character_stands_over_the_title() -> None:
    """大武口's 结案通知书 (court_ff_01 p33): the letter-spaced court name's box cut before 院, read
    宁夏回族自治区石嘴山市大武口区人民法 — a court's name, not the body running from the page before."""
    page = PageText([body("宁夏回族自治区石嘴山市大武口区人民法", 0.11, 0.6), title("结案通知书", 0.15),
                     body("（2024）宁0202执43562号", 0.21, 0.27), body("石嘴山市金沟煤炭运销有限公司：", 0.26, 0.36),
                     body("本院执行的申请执行人石嘴山市金沟煤炭运销有限公司与被执行人", 0.29)])
    assert classify(page).doc_type == "closing_notice"


def test_a_notice_whose_line_was_cut_at_a_word_near_two_receipt_labels_is_that_notice() -> None:
    """乐山市中's 受理案件通知书 (court_fm_02 p17), an A5 sheet skewed 4° on an ADF: its lines cut at their boxes' ends,
    one at …联系方式、送达地. That fragment is near both 送达地址 and 送达地点; counted as two labels of a receipt, with
    the notice's own title read as the document served, the notice became its own 送达回证 and went missing."""
    page = PageText([body("存卷", 0.06, 0.07), body("四川省乐山市市中区人民法院", 0.13, 0.34), title("受理案件通知书", 0.18),
                     body("（2024）川1102执68469号", 0.21, 0.22), body("于斌柱：", 0.25, 0.08),
                     body("你方依据乐山仲裁委员会（2023）乐仲裁字第353号裁", 0.27, 0.6),
                     body("行乐山岷通砂石开采有限公司一案，本院经审查符合", 0.30, 0.6), body("024年3月4日立案。", 0.32, 0.17),
                     body("本案承办人邹云红，书记员江艳福，联系电话：0833-21", 0.35, 0.6),
                     body("你方积极提供被执行人的财产线索；联系方式、送达地", 0.37, 0.6),
                     body("变化的，请及时书面告知本院。", 0.40, 0.28), body("特此通知。", 0.48, 0.1)])
    assert classify(page).doc_type == "acceptance_notice"


def test_a_judgments_signature_sheet_under_the_last_words_of_its_appeal_notice_continues_it() -> None:
    """孝感孝南's 民事判决书 (court_fl_03 p4, drawn blind): its second sheet holds 上诉状，上诉于湖北省孝感市中级人民法院。,
    then 审判员, the date and 书记员 — its footer —2— not read. 上诉 and 审判员 are two of a judgment's form cues, and the
    sheet was taken for a second 执行依据."""
    page = PageText([TextLine("上诉状，上诉于湖北省孝感市中级人民法院。", 0.99, height=0.78, centred=True, top=0.09, width=0.49),
                     TextLine("审判员宋英", 0.94, height=1.0, centred=True, top=0.14, width=0.16),
                     TextLine("二〇二四年一月一日", 0.9, height=1.0, centred=False, top=0.18, width=0.23),
                     TextLine("书记员宋云斌", 0.97, height=1.0, centred=False, top=0.21, width=0.19)], complete=True)
    assert classify(page).doc_type == "continuation"
