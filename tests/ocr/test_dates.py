"""The date that signs a page, as courts, lawyers and receipts write it."""

from __future__ import annotations

from datetime import date

from dossier.ocr.dates import dates_in, signing_date


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
