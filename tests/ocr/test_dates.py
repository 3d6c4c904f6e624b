"""The date that signs a page, as courts, lawyers and receipts write it."""

from __future__ import annotations

from datetime import date

from dossier.ocr.dates import (
    MonthOnly,
    dates_in,
    month_line,
    prose,
    signing_date,
    signing_line,
    signing_month,
)


def test_a_rulings_date_in_chinese_numerals_with_its_zero_written_any_way():
    for written in ("二〇二四年六月十五日", "二○二四年六月十五日", "二0二四年六月十五日", "二O二四年六月十五日"):
        assert dates_in(written) == [date(2024, 6, 15)]
    assert dates_in("二〇二六年十二月三十一日") == [date(2026, 12, 31)]
    assert dates_in("二〇二四年 五月二十八日") == [date(2024, 5, 28)]


def test_a_year_half_lost_under_the_seal_still_reads_when_one_of_its_first_two_figures_is_there():
    for read in ("二二六年七月六日", "五〇二六年七月六日", "50二六年七月六日"):  # 二〇二六, its 〇 or its 二 misread
        assert dates_in(read) == [date(2026, 7, 6)]
    assert dates_in("5024.7.6") == []  # figures stamped by a machine are taken as they stand


def test_a_receipts_date_filled_by_hand_or_stamped():
    assert dates_in("送达日期 2024年6月17日") == [date(2024, 6, 17)]
    assert dates_in("2024.6.13") == [date(2024, 6, 13)]
    assert dates_in("签收 2026-07-06") == [date(2026, 7, 6)]
    assert dates_in("2024·5·17") == dates_in("2024・5・17") == [date(2024, 5, 17)]


def test_birth_dates_and_impossible_dates_are_not_dates_of_signing():
    assert dates_in("李四，男，1985年6月24日出生，汉族") == []
    assert dates_in("二〇二四年二月三十日") == []
    assert dates_in("1985.6.24") == []  # before any open enforcement case


def test_the_lowest_date_on_the_page_signs_it():
    lines = [("王五，女，1990年1月2日出生", 0.1), ("申请人于2023年3月1日申请执行", 0.3),
             ("二〇二四年五月二十八日", 0.85), ("第2页 共2页", 0.95)]
    assert signing_date(lines) == date(2024, 5, 28)
    assert signing_date([("本裁定送达后立即生效。", 0.8)]) is None


def test_a_forms_printed_note_under_its_rows_does_not_hide_the_date_row_above_it():
    """A 送达回证's 注：受送达人拒绝签收的，… at its foot is no body of prose: reading up from the bottom of the sheet,
    the date row above it is still reached; a ruling's last paragraph stops the search."""
    lines = [("送达日期 2024年6月17日", 0.5), ("注：受送达人拒绝签收的，送达人应在备注栏内注明情况。", 0.9)]
    assert signing_date(lines, below_prose=True) == date(2024, 6, 17)
    stamped = [("签收日期2024年7月1日（手签）", 0.59), ("填发人：邱芳振广西壮族自治区柳州市城中区人民法院执行局（印）", 0.8)]  # 柳州城中
    assert signing_date(stamped, below_prose=True) == date(2024, 7, 1)
    body = [("二〇二四年二月五日", 0.2), ("申请执行人发现被执行人有可供执行财产的，可以再次申请执行。", 0.5)]
    assert signing_date(body, below_prose=True) is None


def test_a_year_whose_first_two_figures_a_seal_took_is_read_by_its_last_two():
    """二〇二四年二月五日 under 安顺西秀's seal read 二四年二月五日, under 日照东港's 上二四年六月四日: the ring took
    二〇 (and added a stroke of its own), the last two figures say the year. Written in figures (85年6月24日) it
    may be a birth year of the last century, and is no date."""
    assert dates_in("二四年二月五日") == [date(2024, 2, 5)]
    assert dates_in("上二四年六月四日") == [date(2024, 6, 4)]
    assert dates_in("85年6月24日") == []


def test_a_receipts_signing_row_opens_with_its_label_and_the_signers_name():
    """日照东港's receipt: 受送达人签名或盖章 宋淑燕 2024年6月6日 on one row is the row that dates the service."""
    assert signing_line("受送达人签名或盖章宋淑燕2024年6月6日") == date(2024, 6, 6)
    assert signing_line("签收日期：2024年7月1日") == date(2024, 7, 1)
    assert signing_line("本院于2024年2月5日立案执行后依法向被执行人发出") is None


def test_a_footer_that_numbers_the_sheet_does_not_hide_the_date_above_it():
    """遂宁船山's tablet-signed receipt: the e-signature system's footer (本页由电子签名系统生成… 第1页/共1页) is
    under the date row; reading up from the bottom, it is no body of prose, and the date above it is reached."""
    lines = [("二〇二四年六月二十三日", 0.8), ("本页由电子签名系统生成，签名数据已加密存证设备SQ-772 第1页/共1页", 0.95)]
    assert signing_date(lines, below_prose=True) == date(2024, 6, 23)
    assert not prose("本页由电子签名系统生成，签名数据已加密存证设备SQ-772 第1页/共1页")
    assert prose("申请执行人发现被执行人有可供执行财产的，可以再次申请执行。")


def test_a_sealed_date_lines_month_is_read_though_its_year_and_day_are_not():
    """A round seal on a ruling's date line takes figures of its year and day, rarely the month between them."""
    assert month_line("二〇二四年二月步三日") == 2 and month_line("二四年六月日") == 6 and month_line("年十二月") == 12
    assert month_line("本裁定送达后立即生效。二四年六月日") is None  # a body line's end, not a date line alone
    assert month_line("于2024年6月立案执行") is None
    assert signing_month(["二07四鑫二月二十日", "二〇二四年二月二十日", "二〇十年二月二十日", "一"]) == MonthOnly(2)
    assert signing_month(["市迎江", "二〇二年六月二十日"]) is None  # one look may be the ring's ink
    assert signing_month(["二〇二四年六月二日", "二〇二四年七月三日"]) is None  # looks that disagree say nothing
