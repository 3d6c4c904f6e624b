"""The document group hands in a batch as the clerks export it — CSV, XLSX or JSON — and gets cases.

Each story is a sheet a clerk could really produce: Excel's GB18030 CSV, numbered party columns,
several parties in one cell, an ID number Excel turned into a number, a row with an impossible date.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from dossier.errors import InputError
from dossier.intake.case_file import case_from_dict, read_json
from dossier.intake.tabular import read_batch
from dossier.intake.tabular_export import write_csv, write_xlsx
from dossier.model.case import Case

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"


def _sample_cases() -> list[Case]:
    return [case_from_dict(item) for item in read_json(SAMPLES / "cases.json")]


def _dumps(cases: list[Case]) -> list[dict[str, object]]:
    return [c.model_dump(mode="json") for c in cases]


def _write_sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_the_three_sample_files_hold_the_same_twenty_cases() -> None:
    from_json = read_batch(SAMPLES / "cases.json")
    from_csv = read_batch(SAMPLES / "cases.csv")
    from_xlsx = read_batch(SAMPLES / "cases.xlsx")
    assert from_json.errors == from_csv.errors == from_xlsx.errors == []
    assert len(from_json.cases) == 20
    assert _dumps(from_csv.cases) == _dumps(from_json.cases)
    assert _dumps(from_xlsx.cases) == _dumps(from_json.cases)
    assert from_csv.unknown_columns == from_xlsx.unknown_columns == []


def test_samples_cover_what_the_document_group_meets() -> None:
    cases = _sample_cases()
    assert {c.category for c in cases} == {"enforcement", "resumption", "objection", "transfer"}
    assert {c.basis.kind for c in cases if c.basis} == {"judgment", "mediation", "arbitration", "notarial", "criminal"}
    assert {c.closing_method for c in cases} == {None, "fully_performed", "terminated_this_round", "terminated",
                                                  "not_enforced", "rejected"}
    names = [p.name for c in cases for p in c.parties]
    assert any("&" in n for n in names) and any("<" in n for n in names) and any(len(n) >= 40 for n in names)
    agents = {p.agent.kind for c in cases for p in c.parties if p.agent}
    assert agents == {"lawyer", "relative", "other"}
    assert any(len(c.respondents) > 1 for c in cases)
    assert any(c.requests is not None and c.requests.consumption_restriction is None for c in cases)
    assert all(c.resumption and c.resumption.previous_case_number for c in cases if c.category == "resumption")


def test_sample_identity_numbers_pass_the_filing_window_checks() -> None:
    from dossier.validators import validate_case

    for case in _sample_cases():
        assert validate_case(case) == [], case.case_number


def test_excel_gb18030_csv_is_read_like_utf8(tmp_path: Path) -> None:
    cases = _sample_cases()
    path = tmp_path / "导出.csv"
    write_csv(path, cases, encoding="gb18030")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    batch = read_batch(path)
    assert batch.errors == []
    assert _dumps(batch.cases) == _dumps(cases)


def test_csv_without_bom_and_numbered_columns_is_read(tmp_path: Path) -> None:
    cases = _sample_cases()
    path = tmp_path / "cases.csv"
    write_csv(path, cases, numbered=True, encoding="utf-8")
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "被执行人3证件号码" in path.read_text(encoding="utf-8")
    assert _dumps(read_batch(path).cases) == _dumps(cases)


def test_several_respondents_in_one_cell_are_split_in_step(tmp_path: Path) -> None:
    path = _write_sheet(tmp_path / "b.xlsx", [
        ["案号", "执行法院", "案件类别", "立案日期", "申请执行人", "申请执行人类型",
         "被执行人", "被执行人类型", "被执行人证件号码"],
        ["（2025）豫0311执9号", "洛阳市老城区人民法院", "首次执行", date(2025, 3, 1), "张三", "自然人",
         "王五；赵六", "自然人", "410303198001011237；410302195607120422"],
    ])
    (case,) = read_batch(path).cases
    assert [(p.name, p.kind, p.id_number) for p in case.respondents] == [
        ("王五", "person", "410303198001011237"), ("赵六", "person", "410302195607120422")]
    assert case.filed_on == date(2025, 3, 1)


def test_party_cells_that_do_not_line_up_name_the_column(tmp_path: Path) -> None:
    path = _write_sheet(tmp_path / "b.xlsx", [
        ["案号", "执行法院", "案件类别", "立案日期", "申请执行人", "申请执行人类型", "被执行人", "被执行人类型",
         "被执行人证件号码"],
        ["（2025）豫0311执9号", "洛阳市老城区人民法院", "首次执行", "2025-03-01", "张三", "自然人",
         "王五；赵六；孙七", "自然人", "410303198001011237；410302195607120422"],
    ])
    (error,) = read_batch(path).errors
    assert error.field == "respondents[0].id_number"
    assert "被执行人证件号码" in error.message and "3项" in error.message


def test_an_id_number_excel_stored_as_a_number_is_refused_for_that_row(tmp_path: Path) -> None:
    path = _write_sheet(tmp_path / "b.xlsx", [
        ["案号", "执行法院", "案件类别", "立案日期", "申请执行人", "申请执行人类型", "申请执行人证件号码",
         "被执行人", "被执行人类型"],
        ["（2025）豫0311执9号", "洛阳市老城区人民法院", "首次执行", "2025-03-01", "张三", "自然人",
         410303198001011200, "王五", "自然人"],
        ["（2025）豫0311执10号", "洛阳市老城区人民法院", "首次执行", "2025-03-02", "李四", "自然人",
         "410303198001011237", "王五", "自然人"],
    ])
    batch = read_batch(path)
    assert [c.case_number for c in batch.cases] == ["（2025）豫0311执10号"]
    (error,) = batch.errors
    assert (error.row, error.sheet_row, error.field) == (1, 2, "applicants[0].id_number")
    assert "文本" in error.message


def test_a_bad_row_is_reported_with_row_and_field_and_the_others_are_read() -> None:
    batch = read_batch(SAMPLES / "cases_with_bad_row.csv")
    assert len(batch.cases) == 3
    (error,) = batch.errors
    assert (error.row, error.sheet_row, error.field) == (2, 3, "filed_on")
    assert "立案日期" in error.message and "2024-02-30" in error.message
    assert error.where() == "第2个案件（表格第3行）"


def test_an_unknown_category_lists_what_may_be_written(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text("案号,执行法院,案件类别,立案日期,申请执行人,申请执行人类型,被执行人,被执行人类型\n"
                    "（2025）豫0311执9号,洛阳市老城区人民法院,离婚,2025-03-01,张三,自然人,王五,自然人\n",
                    encoding="utf-8")
    (error,) = read_batch(path).errors
    assert error.field == "category"
    assert "离婚" in error.message and "恢复执行" in error.message


def test_headers_with_spaces_and_required_marks_blank_lines_and_chinese_dates(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text("\n 案号* ,执行法院,案件类别,立案日期 ,申请执行人,申请执行人类型,被执行人,被执行人类型,备注\n"
                    ",,,,,,,,\n"
                    "（2025）豫0311执9号,洛阳市老城区人民法院,enforcement,2025年3月1日,张三,person,王五,个人,加急\n",
                    encoding="utf-8")
    batch = read_batch(path)
    (case,) = batch.cases
    assert case.filed_on == date(2025, 3, 1)
    assert case.respondents[0].kind == "person"
    assert batch.unknown_columns == ["备注"]


@pytest.mark.parametrize(("name", "content", "words"), [
    ("cases.xls", b"\xd0\xcf\x11\xe0", ".xlsx"),
    ("cases.txt", b"x", "不支持的文件类型"),
    ("cases.xlsx", b"not a zip", "无法读取 Excel"),
    ("cases.csv", "姓名,电话\n张三,1\n".encode(), "案号"),
    ("cases.csv", b"", "表格为空"),
    ("cases.json", b"{\"a\": ", "JSON 格式错误"),
    ("cases.json", b"\"text\"", "列表"),
])
def test_an_unusable_file_is_bad_input_naming_the_problem(tmp_path: Path, name: str, content: bytes,
                                                          words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_batch(path)
    assert words in str(info.value)
    assert info.value.exit_code == 2


def _damaged(part: str, change: Callable[[bytes], bytes | None]) -> bytes:
    """samples/cases.xlsx with one part of its package changed (left out when `change` gives None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(SAMPLES / "cases.xlsx") as src, zipfile.ZipFile(out, "w") as dst:
        assert part in src.namelist()
        for name in src.namelist():
            data = src.read(name) if name != part else change(src.read(name))
            if data is not None:
                dst.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(("part", "change"), [
    ("[Content_Types].xml", lambda _: None),  # a zip, but no Office package
    ("xl/workbook.xml", lambda _: b"<not xml"),  # the workbook part does not parse
    ("xl/worksheets/sheet1.xml", lambda data: data[: len(data) // 2]),  # cut off half-way
])
def test_a_damaged_xlsx_is_bad_input_not_a_crash(tmp_path: Path, part: str,
                                                 change: Callable[[bytes], bytes | None]) -> None:
    """Given an .xlsx that Excel would call damaged, the clerk is told the file cannot be read (exit 2)."""
    path = tmp_path / "cases.xlsx"
    path.write_bytes(_damaged(part, change))
    with pytest.raises(InputError) as info:
        read_batch(path)
    assert "无法读取 Excel 文件" in str(info.value) and "cases.xlsx" in str(info.value)
    assert info.value.exit_code == 2


def test_a_missing_file_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="不存在"):
        read_batch(tmp_path / "nope.csv")


def test_json_rows_are_numbered_from_one_and_fields_named(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text('[{"case_number": "（2025）豫0311执9号"}, 5]', encoding="utf-8")
    errors = read_batch(path).errors
    assert [(e.row, e.field) for e in errors] == [(1, "court"), (2, "")]
    assert all(e.sheet_row is None for e in errors)


_names = st.text(alphabet=st.sampled_from("张王李赵洛阳&<>()（）有限公司 ,\"'"), min_size=1, max_size=45).map(str.strip) \
    .filter(lambda s: bool(s) and "；" not in s and ";" not in s)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(_names, min_size=1, max_size=3), amount=st.decimals(min_value=0, max_value=10**9, places=2),
       numbered=st.booleans(), xlsx=st.booleans())
def test_any_party_names_and_amounts_survive_a_sheet_round_trip(tmp_path: Path, names: list[str], amount: object,
                                                                 numbered: bool, xlsx: bool) -> None:
    base = _sample_cases()[10].model_dump(mode="json")
    base["amount"] = str(amount)
    base["respondents"] = [{"name": n, "kind": "organisation"} for n in names]
    case = case_from_dict(base)
    path = tmp_path / ("rt.xlsx" if xlsx else "rt.csv")
    (write_xlsx if xlsx else write_csv)(path, [case], numbered=numbered)
    batch = read_batch(path)
    assert batch.errors == []
    assert _dumps(batch.cases) == _dumps([case])


def test_sample_csv_is_what_make_tabular_writes(tmp_path: Path) -> None:
    """Guards against editing cases.json without regenerating the sheets."""
    cases = _sample_cases()
    path = tmp_path / "cases.csv"
    write_csv(path, cases)
    assert path.read_bytes() == (SAMPLES / "cases.csv").read_bytes()
    rows = list(csv.reader(io.StringIO((SAMPLES / "cases.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 21


def test_a_name_with_a_semicolon_is_refused_rather_than_split_into_two_parties(tmp_path: Path) -> None:
    base = _sample_cases()[0].model_dump(mode="json")
    base["respondents"][0]["name"] = "洛阳甲；乙商贸有限公司"
    case = case_from_dict(base)
    for numbered in (False, True):
        with pytest.raises(ValueError, match="分隔多个当事人"):
            write_csv(tmp_path / "b.csv", [case], numbered=numbered)
    assert not (tmp_path / "b.csv").exists()
