"""The check asks the reader for the date that signs a few pages (which ruling a receipt naming only 执行裁定书
served): the reader opens those pages again and reads them from the bottom up, a ruling's date under its body,
a receipt's in its date row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ocr_synth import images_pdf, scanned_page, signature_page

from dossier.ocr import get_engine, open_dossier
from dossier.ocr.dates import MonthOnly
from dossier.ocr.second_look import read_dates, read_texts

BODY = ["本院在执行申请执行人张三与被执行人李四借款合同纠纷一案中，", "本院于2024年2月5日立案执行，现已查明被执行人",
        "暂无可供执行的财产。依照法律规定，裁定如下：", "终结本次执行程序。", "本裁定送达后立即生效。"]


@pytest.mark.slow
def test_a_rulings_date_under_its_body_and_a_receipts_date_are_read_and_a_quoted_date_is_not(tmp_path: Path) -> None:
    ruling = scanned_page("执行裁定书", body=BODY)
    last = signature_page(["审判长 王五", "审判员 赵六", "二〇二四年六月十五日", "书记员 孙七"])
    no_date = signature_page(["审判长 王五", "审判员 赵六"])
    receipt = scanned_page("送达回证", body=["送达文书 执行裁定书", "受送达人 李四", "送达方式 直接送达",
                                              "送达日期 2024年6月17日", "注：受送达人拒绝签收的，送达人应在备注栏内注明情况。"])
    pdf = images_pdf([ruling, last, no_date, receipt], tmp_path / "scan.pdf")
    dates = read_dates(open_dossier([pdf]), [1, 2, 3, 4], engine=get_engine("rapidocr"))
    assert dates == {2: date(2024, 6, 15), 4: date(2024, 6, 17)}  # page 1's 2024年2月5日 is quoted in its body


@pytest.mark.slow
def test_a_pages_whole_text_is_read_top_to_bottom_parties_and_all(tmp_path: Path) -> None:
    """What the check reads to see whether a page numbered a digit off this case's names this case's parties."""
    pdf = images_pdf([scanned_page("报告财产令", body=BODY)], tmp_path / "scan.pdf")
    [text] = read_texts(open_dossier([pdf]), [1], engine=get_engine("rapidocr")).values()
    rows = text.splitlines()
    assert "报告财产令" in rows[1] and any("张三" in r and "李四" in r for r in rows)
    assert rows.index(next(r for r in rows if "张三" in r)) < rows.index(next(r for r in rows if "立即生效" in r))


def test_a_page_that_breaks_the_second_look_has_no_date_and_never_stops_the_check(tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A hostile page (a stage that raises) and a page number past the dossier's end give nothing; the others are
    still read."""
    from dossier.ocr import second_look

    pdf = images_pdf([signature_page(["二〇二四年六月十五日"]), signature_page(["二〇二四年六月十七日"])],
                     tmp_path / "scan.pdf")
    real = second_look._upright
    calls: list[int] = []

    def breaks_on_first(source, engine):  # type: ignore[no-untyped-def]
        calls.append(source.file_page)
        if source.file_page == 1:
            raise RuntimeError("hostile page")
        return real(source, engine)

    monkeypatch.setattr(second_look, "_upright", breaks_on_first)
    dates = read_dates(open_dossier([pdf]), [1, 2, 9], engine=get_engine("rapidocr"))
    assert dates == {2: date(2024, 6, 17)} and calls == [1, 2]


DATA = Path(__file__).parent / "data"


@pytest.mark.slow
@pytest.mark.parametrize(("scan", "month"), [
    ("freezing_ruling_its_date_line_lost_under_a_grey_seal.pdf", 2),
    ("closing_ruling_last_sheet_its_date_line_lost_under_a_grey_seal.pdf", 6),
    ("freezing_ruling_its_day_misread_under_a_red_seal.pdf", 2),
    ("closing_ruling_its_year_and_day_lost_under_a_red_seal.pdf", 6),
])
def test_a_date_line_under_the_courts_seal_gives_its_month_when_nothing_else(scan: str, month: int) -> None:
    """迎江 and 秦州 (court_dy_01, court_co_02): each ruling's date line under the round seal — the detector finds
    no box on it (迎江's grey seal) or reads its day 步三 and its year 二四 (秦州's red one). The month is what a
    clerk reads there too, and it is enough to tell the February freezing ruling from the June 终本 ruling."""
    assert read_dates(open_dossier([DATA / scan]), [1], engine=get_engine("rapidocr")) == {1: MonthOnly(month)}


@pytest.mark.slow
def test_a_receipts_remarks_row_under_its_date_is_a_row_of_the_form_not_the_body_above_the_date() -> None:
    """秦州's 送达回证 (court_co_03 p34): the date 2024.5.17 in the signing cell, and under it the remarks row 备考 |
    邮寄送达，EMS9570505086822，妥投 — one long line read as prose, so the look stopped below the date, and the 终本
    ruling's receipt was reported missing from a dossier that held it."""
    scan = DATA / "receipt_its_date_row_above_a_remarks_row_of_a_postal_note.pdf"
    assert read_dates(open_dossier([scan]), [1], engine=get_engine("rapidocr")) == {1: date(2024, 5, 17)}
