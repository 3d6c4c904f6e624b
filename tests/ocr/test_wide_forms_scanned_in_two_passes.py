"""盐城亭湖 (court_ee): the bureau's glass takes A4, and its A3 papers — the 卷宗封面, the 结案审批表, a landscape 查控
table, a bank's wide statement — were scanned in two passes, each half a page of the volume."""

from __future__ import annotations

from dossier.ocr.models import PageResult, ReadText
from dossier.ocr.pipeline import across_pages


def _result(n: int, doc_type: str, lines: list[str], title: str) -> PageResult:
    text = [ReadText(text=t, confidence=0.98, box=(0, 0, 1, 1), height=1.0, centred=i < 2, top=0.09 + 0.04 * i,
                     width=0.5) for i, t in enumerate(lines)]
    return PageResult(page=n, file="scan.pdf", file_page=n, doc_type=doc_type, confidence=0.99, readable=True,
                      blank=False, source="ocr", title_text=title, text_lines=text, text_complete=True)


def test_the_right_half_of_an_a3_form_scanned_in_a_second_pass_is_the_forms_next_page() -> None:
    """盐城亭湖 (court_ee_01 p35): the 结案审批表 is printed on A3 and the bureau's glass takes A4, so it was scanned in
    two passes, each half a page of the volume. The right half — 执行局领导意见, 院领导意见, no title — read as a
    second 结案审批表 by its cells. A volume holds one such form: its untitled page right behind it is its next page.
    Bank replies are not such forms: an untitled one behind a 查控 printout stays a reply of its own."""
    left = _result(1, "closing_approval_form", ["江苏省盐城市亭湖区人民法院", "结案审批表", "案号（2024）苏0902执48116号"],
                   "结案审批表")
    right = _result(2, "closing_approval_form", ["执行局领导意见：同意结案。", "院领导意见：同意。"], "")
    reply = _result(3, "online_inquiry_result", ["查询结果：被执行人在我行开立账户一个，余额0.00元。"], "")
    printout = _result(4, "online_inquiry_result", ["网络查控结果", "被查询人：盐城某旅游开发有限公司"], "网络查控结果")
    assert [p.doc_type for p in across_pages([left, right, printout, reply])] == [
        "closing_approval_form", "continuation", "online_inquiry_result", "online_inquiry_result"]
