"""Pages settled by the cheap stages, before any OCR: blank backs, QR-stamped generated documents and
born-digital PDFs. The null engine proves that no OCR was needed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import cv2
import numpy as np
import pytest
from ocr_synth import (
    CASE,
    blank_back,
    born_digital_pdf,
    images_pdf,
    phone_photo,
    scan_with_text_layer,
    scanned_page,
    with_qr,
)
from PIL import Image

from dossier.ocr import analyse, stages
from dossier.ocr.casenum import same_case
from dossier.ocr.engines.base import LineText
from dossier.ocr.imaging import Line
from dossier.ocr.stages import blank, boxes, footer
from dossier.qrid import PageIdentity, qr_png

OTHER_CASE = "（2023）豫0311执987号"


def test_blank_backs_are_blank_even_with_the_front_showing_through(tmp_path: Path) -> None:
    front = scanned_page("执行通知书")
    pdf = images_pdf([front, blank_back(bleed=front), blank_back(seed=3)], tmp_path / "scan.pdf")
    pages = list(analyse([pdf], engine="null"))
    assert [p.doc_type for p in pages][1:] == ["blank", "blank"]
    assert all(p.blank and p.source == "blank" for p in pages[1:])
    assert not pages[0].blank


def test_an_aged_stained_blank_back_is_blank_but_a_smeared_page_is_not(tmp_path: Path) -> None:
    """Given a yellowed back with a cup ring and the front showing through, the archive centre is not told
    that a page is unreadable; a washed-out page of text still goes on to be read (and found unreadable)."""
    from PIL import ImageFilter

    front = scanned_page("执行通知书")
    smeared = front.resize((front.width // 9, front.height // 9)).resize(front.size).filter(ImageFilter.GaussianBlur(4))
    smeared = Image.eval(smeared, lambda v: 150 + v * 90 // 255)
    aged, washed = analyse([images_pdf([blank_back(seed=4, bleed=front, aged=True), smeared], tmp_path / "aged.pdf")],
                           engine="null")
    assert aged.blank and aged.doc_type == "blank"
    assert not washed.blank and washed.source != "blank"


def test_a_dark_sheet_is_not_a_blank_back(tmp_path: Path) -> None:
    """An inverted colour scan (black paper, the text lighter) has no dark ink on it, yet it is no blank."""
    inverted = Image.eval(scanned_page("执行通知书"), lambda v: (255 - v) // 4)
    (page,) = analyse([images_pdf([inverted], tmp_path / "dark.pdf")], engine="null")
    assert not page.blank and page.source != "blank"


def test_a_page_with_one_short_line_is_not_blank(tmp_path: Path) -> None:
    pdf = images_pdf([scanned_page(None, case_number=None, body=["以下无正文。"])], tmp_path / "short.pdf")
    (page,) = analyse([pdf], engine="null")
    assert not page.blank


def test_a_phone_photo_of_a_blank_back_is_blank_not_the_desk_around_it(tmp_path: Path) -> None:
    photos = [phone_photo(blank_back(seed=5), seed=1),
              phone_photo(scanned_page(None, case_number=None, body=["以下无正文。"]), seed=2)]
    blank, short = analyse([images_pdf(photos, tmp_path / "photos.pdf")], engine="null")
    assert blank.blank and blank.doc_type == "blank"
    assert not short.blank


def test_the_light_over_a_photographed_sheet_is_found_on_a_shrunk_copy_as_on_the_sheet_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The lamp's light over a phone photo, evened out before ink is counted, is a blur a twelfth of the sheet
    wide: found on a copy shrunk four times (17 ms less a photographed page), the evened-out sheet is the same
    within one grey level, and the blank test counts the same ink on it."""
    from dossier.ocr import imaging

    for photo in (phone_photo(blank_back(seed=5), seed=1),
                  phone_photo(scanned_page(None, case_number=None, body=["以下无正文。"]), seed=2)):
        grey = np.asarray(photo, dtype=np.uint8)
        small = cv2.resize(grey, (grey.shape[1] // 3, grey.shape[0] // 3), interpolation=cv2.INTER_AREA)
        shrunk = imaging.sheet_only(small)
        with monkeypatch.context() as m:
            m.setattr(imaging, "_light_field", lambda g: cv2.GaussianBlur(g, (0, 0), max(g.shape) / 12))
            exact = imaging.sheet_only(small)
        assert shrunk.shape == exact.shape and shrunk.shape != small.shape  # the sheet without the desk
        assert int(np.abs(shrunk.astype(int) - exact).max()) <= 1
        assert imaging.ink_ratio(shrunk) == imaging.ink_ratio(exact)
        faint = imaging.ink_ratio(exact, contrast=blank.FAINT_CONTRAST)
        assert abs(imaging.ink_ratio(shrunk, contrast=blank.FAINT_CONTRAST) - faint) <= 0.05 * faint

def test_generated_documents_are_identified_by_their_qr_code(tmp_path: Path) -> None:
    ident = [PageIdentity(CASE, "enforcement_notice", "D-17", i, 2) for i in (1, 2)]
    pages = [with_qr(scanned_page("执行通知书"), qr_png(ident[0])), with_qr(scanned_page(None), qr_png(ident[1]))]
    result = list(analyse([images_pdf(pages, tmp_path / "qr.pdf")], engine="null", expected_case_number=CASE))
    assert [(p.doc_type, p.source, p.doc_id, p.qr_page) for p in result] == [
        ("enforcement_notice", "qr", "D-17", (1, 2)), ("continuation", "qr", "D-17", (2, 2))]
    assert result[0].case_number == CASE and result[0].case_number_matches is True
    assert result[0].confidence == 1.0


def test_a_qr_code_on_an_upside_down_sheet_is_still_read(tmp_path: Path) -> None:
    page = with_qr(scanned_page("报告财产令"), qr_png(PageIdentity(CASE, "property_report_order", "D-3", 1, 1)))
    (result,) = analyse([images_pdf([page.rotate(180)], tmp_path / "flipped.pdf")], engine="null")
    assert result.doc_type == "property_report_order" and result.source == "qr"


def test_born_digital_pages_are_classified_from_their_text_layer(tmp_path: Path) -> None:
    pdf = born_digital_pdf(tmp_path / "printed.pdf", [
        ("执行裁定书", CASE, ["申请执行人：张三，被执行人：洛阳某某商贸有限公司。", "裁定如下："]),
        (None, None, ["冻结、划拨被执行人的存款人民币十万元。", "本裁定送达后立即生效。"]),
        ("送达回证", CASE, ["送达文书：执行通知书、报告财产令", "受送达人：洛阳某某商贸有限公司"]),
    ])
    pages = list(analyse([pdf], engine="null", expected_case_number=CASE))
    assert [(p.doc_type, p.source) for p in pages] == [
        ("enforcement_ruling", "text"), ("continuation", "text"), ("service_receipt", "text")]
    assert pages[0].parties == ["张三", "洛阳某某商贸有限公司"]
    assert pages[2].served_doc_types == ["enforcement_notice", "property_report_order"]
    assert all(p.readable for p in pages)


def test_a_service_address_confirmation_is_not_taken_for_a_receipt(tmp_path: Path) -> None:
    """Given a printed 送达地址确认书 with a 受送达人 line, the clerk sees that form, not a 送达回证."""
    pdf = born_digital_pdf(tmp_path / "address.pdf", [
        ("送达地址确认书", None, ["受送达人：张三", "送达地址：洛阳市老城区中州东路1号", "联系电话：13800000000"])])
    (page,) = analyse([pdf], engine="null")
    assert (page.doc_type, page.title_text, page.served_doc_types) == (
        "service_address_confirmation", "送达地址确认书", [])


def test_a_page_of_another_case_is_flagged_by_its_case_number(tmp_path: Path) -> None:
    pdf = born_digital_pdf(tmp_path / "mixed.pdf", [("执行通知书", CASE, ["正文"] * 3),
                                                    ("执行通知书", OTHER_CASE, ["正文"] * 3)])
    pages = list(analyse([pdf], engine="null", expected_case_number="(2024)豫0311执1234号"))
    assert [(p.case_number, p.case_number_matches) for p in pages] == [(CASE, True), (OTHER_CASE, False)]


def test_without_ocr_a_scanned_page_is_reported_unreadable_not_guessed(tmp_path: Path) -> None:
    (page,) = analyse([images_pdf([scanned_page("执行通知书")], tmp_path / "scan.pdf")], engine="null")
    assert page.doc_type == "unknown" and page.readable is False and page.source == "ocr"


def test_a_scans_hidden_text_layer_is_another_programs_ocr_and_the_page_is_read_again(tmp_path: Path) -> None:
    """An electronic dossier's double-layer PDF: the scanning software's text layer calls the page a
    报告财产令 with look-alikes swapped; the sheet itself is an 执行通知书, and that is what the clerk sees."""
    pdf = scan_with_text_layer(tmp_path / "layered.pdf", scanned_page("执行通知书"),
                               ["洛阳市老城区人民法院", "报告财产今", "被执行人应当如实报告财产情况，逾期末报告的"] * 2)
    (page,) = analyse([pdf], engine="rapidocr", expected_case_number=CASE)
    assert (page.doc_type, page.source) == ("enforcement_notice", "ocr")


def test_an_assistance_notice_numbered_in_its_own_series_is_this_cases_when_its_text_names_it(tmp_path: Path) -> None:
    """北京朝阳: the 协助执行通知书 carries a 执协 number of its own; its second sentence names this case's
    ruling. The page is this case's, not another case's page that would block the dossier."""
    body = ["招商银行股份有限公司北京朝阳门支行：", "关于申请执行人张三与被执行人李四纠纷一案，",
            f"本院{CASE}执行裁定书已经发生", "法律效力。请协助执行下列事项：", "冻结被执行人李四的存款。"]
    notice = scanned_page("协助执行通知书", case_number="（2024）豫0311执协1234号", body=body)
    (page,) = analyse([images_pdf([notice], tmp_path / "notice.pdf")], engine="rapidocr", expected_case_number=CASE)
    assert (page.doc_type, page.case_number, page.case_number_matches) == ("assistance_notice", CASE, True)
    other = scanned_page("协助执行通知书", case_number="（2024）豫0311执协1234号",
                         body=[*body[:2], "本院（2024）豫0311执999号执行裁定书已经发生", *body[3:]])
    (page,) = analyse([images_pdf([other], tmp_path / "other.pdf")], engine="rapidocr", expected_case_number=CASE)
    assert page.case_number_matches is False


class _CurledLineEngine:
    """A recogniser that drops digits from a long line when its crop reaches into the lines around it (a
    curled page under a 高拍仪), and reads it right from the line's own box."""

    name = "curled"

    def read_lines(self, lines: Sequence[np.ndarray]) -> list[LineText]:
        return [LineText("本院（28）1072917号执行定书已经发生法律效力", 0.73) if line.shape[0] > 50
                else LineText(f"本院{CASE}执行裁定书已经发生法律效力", 0.95) for line in lines]


def test_a_notice_numbered_in_a_series_is_this_cases_though_its_paragraph_first_read_unsure() -> None:
    """成都武侯's 协助执行通知书 carries 执协 and this case's serial under its title; its paragraph names this case's
    ruling, but read with its box as drawn the number lost digits. Read again from the trimmed box, it names
    this case: the page is not another case's."""
    grey = np.full((1754, 1240), 250, np.uint8)
    head = [Line(top=120 + 60 * i, bottom=160 + 60 * i, left=400, right=840) for i in range(3)]
    paragraph = Line(top=500, bottom=540, left=200, right=1100)
    ctx = stages.PageContext(source=cast(Any, None), engine=_CurledLineEngine(), grey=grey,
                             expected_case_number=CASE, boxes=[*head, paragraph])
    ctx.read = [stages.ReadLine(box, text, 1.0) for box, text in
                zip(head, ["某某市某某区人民法院", "协助执行通知书", "（2024）豫0311执协1234号"], strict=True)]
    stages.classify_page(ctx)
    assert ctx.case_number == "（2024）豫0311执协1234号"
    footer._look_for_own_number(ctx)
    assert ctx.case_number is not None and same_case(ctx.case_number, CASE)


class _BarsEngine:
    """A detector that finds each dark bar of a drawn page, and a recogniser that reads nothing: a head in
    a script the recogniser does not know (a Uyghur court name above the Chinese)."""

    name = "bars"

    def detect_quads(self, grey: np.ndarray, scale: float = 0.5) -> np.ndarray:
        n, _labels, stats, _centroids = cv2.connectedComponentsWithStats((grey < 128).astype(np.uint8))
        quads = [[[x, y], [x + w, y], [x + w, y + h], [x, y + h]] for x, y, w, h, _area in stats[1:n]]
        return np.asarray(quads, dtype=np.float64).reshape(-1, 4, 2)

    def read_lines(self, lines: list[np.ndarray]) -> list[LineText]:
        return [LineText("", 0.0) for _ in lines]

    def upside_down(self, lines: list[np.ndarray]) -> list[float]:
        return [0.0 for _ in lines]


def test_a_sheet_read_turned_over_for_nothing_keeps_its_own_boxes() -> None:
    """乌鲁木齐: nothing at the top of a bilingual ruling reads as Chinese, so the sheet is read turned over
    too; that reading is no better and the sheet stays as it lay — and so must the detector's boxes and the
    bands searched, or the rest of the page (its operative part) is read through boxes of the sheet upside
    down."""
    grey = np.full((1000, 700), 255, np.uint8)
    for top, left, right in [(60, 100, 600), (110, 200, 500), (300, 80, 640), (520, 80, 300), (700, 400, 650)]:
        grey[top:top + 20, left:right] = 0
    ctx = stages.PageContext(source=None, engine=_BarsEngine(), grey=grey, page_boxes=[])  # type: ignore[arg-type]
    stages.find_text(ctx)
    stages.read_head(ctx)
    assert ctx.rotation == 0 and ctx.grey is grey
    boxes._search(ctx, 0, 1000)
    assert [(b.top, b.left) for b in ctx.page_boxes or []] == [(60, 100), (110, 200), (300, 80), (520, 80), (700, 400)]



def test_a_signature_page_scanned_landscape_is_turned_by_the_one_line_found_on_it() -> None:
    """乌鲁木齐: the last page of a judgment fed sideways, its seal over the judges' names: only 书记员 邓宏
    is found, one line running down a sheet wider than tall. That is enough to turn it."""
    grey = np.full((700, 1000), 255, np.uint8)
    grey[500:620, 200:224] = 0  # 书记员 邓宏, running down the sheet
    grey[100:112, 150:162] = 0  # a character of the date, alone
    ctx = stages.PageContext(source=None, engine=_BarsEngine(), grey=grey)  # type: ignore[arg-type]
    stages.detect_orientation(ctx)
    assert ctx.rotation == 90 and ctx.grey is not None and ctx.grey.shape == (1000, 700)
    landscape = np.full((700, 1000), 255, np.uint8)
    landscape[200:230, 100:700] = 0  # a landscape print's one line, across the sheet: no turn
    ctx = stages.PageContext(source=None, engine=_BarsEngine(), grey=landscape)  # type: ignore[arg-type]
    stages.detect_orientation(ctx)
    assert ctx.rotation == 0


class _SmallFooterEngine:
    """A recogniser that drops a digit of the small print footer as it lies, and reads it whole stretched."""

    name = "small-footer"

    def read_lines(self, lines: Sequence[np.ndarray]) -> list[LineText]:
        return [LineText(f"{CASE}缴纳执行费通知书", 0.95) if line.shape[1] > 600
                else LineText("（2024）豫0311执123号缴纳执行费通知书", 0.91) for line in lines]


def test_a_notice_whose_only_number_read_is_its_print_footers_is_not_another_cases_on_a_dropped_digit() -> None:
    """岳阳楼 (court_bu): the 审判执行系统 prints the case number and the title in a small footer; read as it lies, the
    footer lost a digit (执123号 for 执1234号) and the notice was called another case's — a page that blocks the
    dossier. Before that is believed the footer is read again, stretched, like any line holding the number."""
    grey = np.full((1754, 1240), 250, np.uint8)
    head = [Line(top=120 + 60 * i, bottom=160 + 60 * i, left=400, right=840) for i in range(2)]
    footer = Line(top=1650, bottom=1672, left=300, right=760)
    ctx = stages.PageContext(source=cast(Any, None), engine=_SmallFooterEngine(), grey=grey,
                             expected_case_number=CASE, boxes=head)
    ctx.read = [stages.ReadLine(box, text, 1.0) for box, text in zip(head, ["某某市某某区人民法院", "缴纳执行费通知书"],
                                                                      strict=True)]
    ctx.footer = [stages.ReadLine(footer, "（2024）豫0311执123号缴纳执行费通知书", 0.91)]
    stages.classify_page(ctx)
    assert ctx.case_number == "（2024）豫0311执123号"
    stages.confirm_case_number(ctx)
    assert ctx.case_number is not None and same_case(ctx.case_number, CASE)
