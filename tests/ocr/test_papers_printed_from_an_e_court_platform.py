"""石狮 (court_il): the court works on the 福建法院电子诉讼平台. Every paper the platform generates is printed with the
platform's line over it — 人民法院在线服务·福建法院电子诉讼平台 文书编号：FJ… 生成时间：2024-01-23 16:59:02 — wide, at
3 % of the sheet's height, over the court's name and the title. The parties pay by WeChat and bank transfer, and the
clerk files each instalment's screenshot under a caption naming the case and the instalment. The archive centre must
see the paper under the platform's line (a 送达地址确认书 is that form, not a page running on from the one before) and
each instalment's screenshot as the payment it proves."""

from __future__ import annotations

import pytest

from dossier.ocr.classify import PageText, TextLine, classify

PLATFORM_LINE = "人民法院在线服务·福建法院电子诉讼平台文书编号：FJ35058120241176914"


def _platform_page(title: str) -> list[TextLine]:
    """A court paper as the platform prints it (court_il_03 p13 and p16, as read)."""
    return [TextLine(PLATFORM_LINE, 0.982, height=0.82, top=0.032, width=0.774),
            TextLine("福建省石狮市人民法院", 0.999, height=1.16, centred=True, top=0.123, width=0.328),
            TextLine(title, 0.999, height=1.59, centred=True, top=0.162, width=0.282),
            TextLine("（2024）闽0581执11176号", 0.966, height=1.01, top=0.207, width=0.266)]


def test_a_form_under_the_platforms_print_line_is_that_form() -> None:
    """court_il_03 p13: taken for running text, the platform's line hid the title under it; the 送达地址确认书 was
    read as a page running on and the dossier said to lack it."""
    assert classify(PageText(_platform_page("送达地址确认书"))).doc_type == "service_address_confirmation"


def test_a_notice_under_the_platforms_print_line_cut_short_by_the_reader_is_that_notice() -> None:
    """court_il_03 p16: the line read without its 生成时间, or with it misread (…生成明), is still the platform's."""
    lines = _platform_page("执行通知书")
    lines[0] = TextLine("人民法院在线服务·福建法院电子诉讼平台文书编号：FJ3505812024176980生成明", 0.93, height=0.86,
                        top=0.032, width=0.78)
    assert classify(PageText(lines)).doc_type == "enforcement_notice"


def test_a_notice_that_tells_the_parties_to_use_the_platform_still_runs_on() -> None:
    """The platform's name in a sentence at the top of a notice's second sheet is its text, not the print line."""
    lines = [TextLine("情况可登录福建法院电子诉讼平台或“福建移动微法院”查询，文书编号见首页。", 0.99, top=0.08,
                      width=0.78),
             TextLine("特此通知。", 0.99, top=0.12, width=0.14),
             TextLine("二〇二四年二月二日", 0.99, top=0.30, width=0.25)]
    assert classify(PageText(lines)).doc_type == "continuation"


def _screenshot(caption: str) -> list[TextLine]:
    """A phone's WeChat transfer screenshot printed under the clerk's caption (court_il_01 p30, as read)."""
    return [TextLine(caption, 0.975, height=1.34, top=0.068, width=0.74),
            TextLine("5G 25", 0.61, height=1.14, top=0.128, width=0.116, alone=False),
            TextLine("11:57", 0.95, height=1.11, centred=True, top=0.129, width=0.049, alone=False),
            TextLine("贺敏兰（顺泰制衣）", 0.94, height=1.17, top=0.157, width=0.162, alone=False),
            TextLine("朱总，第1期84，680现在转你，按", 0.95, top=0.235, width=0.26),
            TextLine("法院和解协议的", 0.95, top=0.255, width=0.13),
            TextLine("你已收款", 0.95, top=0.29, width=0.09),
            TextLine("转账时间 2024年02月25日10:22:37", 0.95, top=0.41, width=0.4)]


def test_an_instalments_transfer_screenshot_under_its_caption_is_a_payment() -> None:
    """court_il_01 p30 and p32: the caption opens with the case number, which made it no title; the screenshots were
    read as the settlement agreement's pages (its words 和解协议 in the chat) and as a page running on."""
    for caption in ("（2024）闽0581执11137号第1期还款微信转账截图（2024年2月25日）",
                    "（2024）闽0581执11137号第3期（尾款）微信转账截图（2024年4月1日）"):
        assert classify(PageText(_screenshot(caption))).doc_type == "payment_voucher", caption


def test_a_loans_transfer_screenshot_proves_no_payment_of_the_debt() -> None:
    """The same screenshot filed as the applicant's exhibit of the loan proves the debt, not its payment."""
    for caption in ("证据三：微信转账截图", "（2023）闽0581民初9213号借款微信转账截图"):
        assert classify(PageText(_screenshot(caption))).doc_type != "payment_voucher", caption


def test_a_platform_print_pattern_that_is_no_pattern_is_refused_when_the_cue_data_loads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A clerk adds another court's platform to cues.yaml with a bracket left open (…(文书编号|生成时间): the data
    is refused with the pattern's error, not loaded to fail on the first page read."""
    from dossier.errors import ChecklistDataError
    from dossier.ocr import cues as cue_data
    from dossier.vocab import load_vocab

    data = load_vocab("cues")
    broken = {**data, "continuation": {**data["continuation"], "platform_prints": ["诉讼平台[^。]{0,30}(文书编号|生成时间"]}}
    monkeypatch.setattr(cue_data, "load_vocab", lambda name: broken)
    cue_data.cues.cache_clear()
    try:
        with pytest.raises(ChecklistDataError, match="missing \\)"):
            cue_data.cues()
    finally:
        monkeypatch.undo()
        cue_data.cues.cache_clear()


def _served_by_platform(title: str, service_line: str) -> list[TextLine]:
    """A court paper served through the platform and printed back out, its record of electronic service over the
    head in small grey print (石家庄桥西 court_jg_01 p20, as read: the line's first half not read)."""
    return [TextLine(service_line, 0.873, height=0.667, top=0.02, width=0.32),
            TextLine("河北省石家庄市桥西区人民法院", 0.999, height=1.14, centred=True, top=0.113, width=0.467),
            TextLine(title, 0.999, height=1.62, centred=True, top=0.154, width=0.339),
            TextLine("（2024）冀0104执15917号", 0.971, height=1.07, top=0.196, width=0.257)]


def test_a_notice_under_the_platforms_record_of_electronic_service_is_that_notice() -> None:
    """court_jg_01 p20 and p23: the platform's line (…电子送达 送达人：…执行局 受送达人：…公司 2024-02-08 10:29:05 …)
    was read for a 送达回证's cells, and the 受理案件通知书 and the 报告财产令 it served were taken for receipts: a
    complete dossier said to lack both. Stamped to the second, the line is the platform's record, not the paper."""
    line = "受送达人：石家庄搞纶纺织品有限公司202402-0810:2905"
    assert classify(PageText(_served_by_platform("受理案件通知书", line))).doc_type == "acceptance_notice"
    assert classify(PageText(_served_by_platform("报告财产令", line))).doc_type == "property_report_order"


def test_a_receipts_cells_with_their_written_date_are_still_a_receipt() -> None:
    lines = [TextLine("湖南省长沙市芙蓉区人民法院", 0.999, height=1.0, centred=True, top=0.08, width=0.41),
             TextLine("送达回证", 0.999, height=1.39, centred=True, top=0.135, width=0.29),
             TextLine("送达文书名称执行通知书一份", 0.95, height=1.0, top=0.3, width=0.35),
             TextLine("受送达人签名或盖章间秀", 0.89, height=1.0, top=0.55, width=0.32),
             TextLine("送达人丁华 2024年1月14日", 0.93, height=1.0, top=0.69, width=0.3)]
    assert classify(PageText(lines)).doc_type == "service_receipt"


def test_a_paper_under_the_service_record_cut_short_is_still_that_paper() -> None:
    """court_jg_02 p26 and court_jg_03 p16: the record read cut before its time — the platform's name on one line and
    受送达人：… on the next, or the platform, the case's number and 电子送达 送达人：… on the first — was still taken for a
    receipt's two labels (送达人 counted again inside 受送达人) over a 限制消费令 and a 受理案件通知书."""
    cut = _served_by_platform("限制消费令", "受送达人：石家庄居然")
    cut.insert(0, TextLine("河北法院电子诉讼平台", 0.937, height=0.674, top=0.009, width=0.114))
    assert classify(PageText(cut)).doc_type == "consumption_restriction_order"
    first = _served_by_platform("受理案件通知书", "受送达人：葬晓华")
    first.insert(0, TextLine("河北法院电子诉讼平台（2024）冀0104执15983号电子送达送达人：石家庄市桥西区人民法院执行局", 0.9,
                             height=0.67, top=0.009, width=0.6))
    assert classify(PageText(first)).doc_type == "acceptance_notice"


def test_a_receipt_whose_seal_hides_its_title_is_still_a_receipt() -> None:
    """Its 送达文书 cell read as a title, its labels round it: a receipt serving the 执行通知书."""
    lines = [TextLine("湖南省长沙市芙蓉区人民法院", 0.999, height=1.0, centred=True, top=0.08, width=0.41),
             TextLine("受送达人长沙某某餐饮管理有限公司", 0.95, height=1.0, top=0.25, width=0.4),
             TextLine("执行通知书", 0.99, height=1.0, centred=True, top=0.3, width=0.2),
             TextLine("送达地址长沙市芙蓉区五一大道723号", 0.93, height=1.0, top=0.4, width=0.4),
             TextLine("送达人丁华", 0.93, height=1.0, top=0.69, width=0.2)]
    verdict = classify(PageText(lines))
    assert verdict.doc_type == "service_receipt" and verdict.served == ["enforcement_notice"]


def test_a_receipts_label_read_one_character_off_still_counts_over_a_cell_read_as_a_title() -> None:
    """A label found only nearly (受送达人签名或盖草 for …盖章) is a label of its own, and 受送达人 inside it another."""
    lines = [TextLine("湖南省长沙市芙蓉区人民法院", 0.999, height=1.0, centred=True, top=0.08, width=0.41),
             TextLine("执行通知书", 0.99, height=1.0, centred=True, top=0.3, width=0.2),
             TextLine("受送达人签名或盖草", 0.93, height=1.0, top=0.55, width=0.3)]
    assert classify(PageText(lines)).doc_type == "service_receipt"
