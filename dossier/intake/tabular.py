"""Reading case batches — CSV, XLSX or JSON — into the case model, one verdict per row.

A bad row is reported (row number, field, Chinese message) and never stops the others; a file that
cannot be read at all is an `InputError` (exit 2). Column headers are those clerks export
(`tabular_columns.yaml`, documented in samples/README.md).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from dossier.errors import CaseDataError, DossierError, InputError, os_reason
from dossier.intake.case_file import case_from_dict, read_json
from dossier.intake.tabular_columns import (
    DATE_FIELDS,
    VALUE_KINDS,
    ColumnMapping,
    column_mapping,
    normalize_header,
)
from dossier.model.case import Case

SEPARATORS = re.compile(r"[；;]")
SUFFIXES = (".csv", ".xlsx", ".json")


@dataclass(frozen=True)
class RowError:
    """Why one row of a batch was not turned into a case.

    `row` is the case's position in the batch (1 = first case); `sheet_row` is the line the clerk
    sees in Excel (the header is line 1) for CSV/XLSX input.
    """

    row: int
    field: str
    message: str
    sheet_row: int | None = None

    def where(self) -> str:
        if self.sheet_row is not None:
            return f"第{self.row}个案件（表格第{self.sheet_row}行）"
        return f"第{self.row}个案件"


@dataclass(frozen=True)
class BatchRow:
    row: int
    case: Case | None = None
    error: RowError | None = None


@dataclass
class Batch:
    source: Path
    rows: list[BatchRow] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)

    @property
    def cases(self) -> list[Case]:
        return [r.case for r in self.rows if r.case is not None]

    @property
    def errors(self) -> list[RowError]:
        return [r.error for r in self.rows if r.error is not None]


class RowValueError(ValueError):
    """A cell that cannot be mapped to the case model."""

    def __init__(self, field_path: str, message: str) -> None:
        super().__init__(message)
        self.field = field_path
        self.message = message


def read_batch(path: str | Path) -> Batch:
    """Read a batch file by its suffix; raises InputError when the file itself is unusable."""
    p = Path(path)
    suffix = p.suffix.lower()
    if not p.is_file():
        raise InputError("文件不存在或不是普通文件", file=str(p))
    if suffix == ".json":
        return _json_batch(p)
    if suffix == ".csv":
        return rows_to_batch(p, _csv_rows(p))
    if suffix == ".xlsx":
        return rows_to_batch(p, _xlsx_rows(p))
    if suffix == ".xls":
        raise InputError("不支持旧版 Excel（.xls）文件，请另存为 .xlsx 或 CSV", file=str(p))
    raise InputError(f"不支持的文件类型“{p.suffix or '无扩展名'}”（可用：CSV、XLSX、JSON）", file=str(p))


# --- JSON ---------------------------------------------------------------------------------------

def _json_batch(path: Path) -> Batch:
    data = read_json(path)
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise InputError("JSON 批量文件应为案件对象的列表", file=str(path))
    batch = Batch(source=path)
    for index, item in enumerate(data, start=1):
        try:
            batch.rows.append(BatchRow(row=index, case=case_from_dict(item)))
        except CaseDataError as exc:
            batch.rows.append(BatchRow(row=index, error=RowError(index, exc.field or "", exc.message)))
    return batch


# --- raw rows of CSV / XLSX ------------------------------------------------------------------------

SheetRows = tuple[list[str], Iterator[tuple[int, list[object]]]]


def _decode_csv(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError("CSV 文件既不是 UTF-8 也不是 GB18030（GBK）编码", file=str(path))


def _csv_rows(path: Path) -> SheetRows:
    try:
        text = _decode_csv(path)
    except OSError as exc:
        raise InputError(f"无法读取文件：{os_reason(exc)}", file=str(path)) from exc
    try:
        records = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise InputError(f"CSV 格式错误：{exc}", file=str(path)) from exc
    return _split_header(path, ((i, _as_objects(r)) for i, r in enumerate(records, start=1)))


def _as_objects(record: list[str]) -> list[object]:
    return list(record)


# What openpyxl raises on a damaged package: not a zip, a missing part, XML that does not parse
# (ElementTree's and lxml's parse errors are both SyntaxError), a value it cannot read.
_XLSX_DAMAGE: tuple[type[Exception], ...] = (zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError)


def _xlsx_rows(path: Path) -> SheetRows:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            records = [(i, list(r)) for i, r in enumerate(sheet.iter_rows(values_only=True), start=1)]
        finally:
            workbook.close()
    except _XLSX_DAMAGE as exc:
        raise InputError(f"无法读取 Excel 文件（文件损坏或不是 .xlsx）：{exc}", file=str(path)) from exc
    return _split_header(path, iter(records))


def _split_header(path: Path, records: Iterator[tuple[int, list[object]]]) -> SheetRows:
    for _line, values in records:
        if any(_cell_text(v) for v in values):
            headers = [normalize_header(v) for v in values]
            named = [h for h in headers if h]
            duplicates = sorted({h for h in named if named.count(h) > 1})
            if duplicates:
                raise InputError(f"表头重复：{'、'.join(duplicates)}", file=str(path))
            return headers, records
    raise InputError("表格为空（没有表头行）", file=str(path))


# --- rows → case dicts -------------------------------------------------------------------------------

def rows_to_batch(path: Path, sheet: SheetRows) -> Batch:
    headers, records = sheet
    mapping = column_mapping()
    case_fields = mapping.case_field_of
    pattern = mapping.party_pattern
    known = [h for h in headers if h and (h in case_fields or pattern.match(h))]
    if not any(case_fields.get(h) == "case_number" for h in known):
        raise InputError("表头中没有“案号”列，无法识别为案件表格", file=str(path))
    batch = Batch(source=path, unknown_columns=[h for h in headers if h and h not in known])
    index = 0
    for line, values in records:
        cells = {h: v for h, v in zip(headers, values, strict=False) if h and _cell_text(v)}
        if not cells:
            continue
        index += 1
        try:
            batch.rows.append(BatchRow(row=index, case=case_from_dict(cells_to_case_dict(cells, mapping))))
        except RowValueError as exc:
            batch.rows.append(BatchRow(row=index, error=RowError(index, exc.field, exc.message, line)))
        except CaseDataError as exc:
            message = _with_header(exc.message, exc.field or "", mapping)
            batch.rows.append(BatchRow(row=index, error=RowError(index, exc.field or "", message, line)))
    return batch


def cells_to_case_dict(cells: dict[str, object], mapping: ColumnMapping) -> dict[str, Any]:
    """One sheet row (normalised header → cell) as a case-file dict; raises RowValueError."""
    case_fields = mapping.case_field_of
    pattern = mapping.party_pattern
    suffix_field = mapping.party_field_of
    roles = mapping.role_of
    out: dict[str, Any] = {}
    # role → party number → party field path → (header, cell)
    party_cells: dict[str, dict[int, dict[str, tuple[str, object]]]] = {}
    for header, value in cells.items():
        if header in case_fields:
            path = case_fields[header]
            _put(out, path, _convert(path, VALUE_KINDS.get(path), header, value, mapping))
            continue
        m = pattern.match(header)
        if m is None:
            continue
        role = roles[m.group("role")]
        number = int(m.group("n") or 1)
        party_cells.setdefault(role, {}).setdefault(number, {})[suffix_field[m.group("suffix")]] = (header, value)
    for role in mapping.parties:
        out[role] = _parties(role, party_cells.get(role, {}), mapping)
    return out


def _parties(role: str, numbered: dict[int, dict[str, tuple[str, object]]],
             mapping: ColumnMapping) -> list[dict[str, Any]]:
    parties: list[dict[str, Any]] = []
    for number in sorted(numbered):
        group = numbered[number]
        split = {path: [_cell_text(part) for part in _split_cell(value)] for path, (_h, value) in group.items()}
        count = max(len(parts) for parts in split.values())
        name_header = group.get("name", (mapping.parties[role] + (str(number) if number > 1 else ""), ""))[0]
        for path, parts in split.items():
            if len(parts) == count or parts == [""] or (len(parts) == 1 and path == "kind"):
                continue
            raise RowValueError(f"{role}[{len(parties)}].{path}",
                                f"列“{group[path][0]}”有{len(parts)}项，与列“{name_header}”的{count}项不一致")
        for k in range(count):
            party: dict[str, Any] = {}
            for path, parts in split.items():
                text = parts[k] if len(parts) == count else parts[0]
                if not text:
                    continue
                position = f"{role}[{len(parties)}].{path}"
                header, raw = group[path]
                if path == "id_number":
                    _check_not_excel_number(raw, header, position)
                _put(party, path, _convert(position, VALUE_KINDS.get(path), header, text, mapping))
            if party:
                parties.append(party)
    return parties


def _split_cell(value: object) -> list[object]:
    if isinstance(value, str) and SEPARATORS.search(value):
        return [part.strip() for part in SEPARATORS.split(value)]
    return [value]


def _check_not_excel_number(value: object, header: str, position: str) -> None:
    if isinstance(value, float) or (isinstance(value, int) and len(str(value)) >= 15):
        raise RowValueError(position, f"列“{header}”被 Excel 存成了数字，18位号码已丢失精度；请把该列设为“文本”后重新录入")


def _convert(position: str, vocabulary: str | None, header: str, value: object,
             mapping: ColumnMapping) -> object:
    if vocabulary is not None:
        return _vocabulary_value(position, vocabulary, header, _cell_text(value), mapping)
    if position in DATE_FIELDS:
        return _date_text(value)
    return _cell_text(value)


def _vocabulary_value(position: str, vocabulary: str, header: str, text: str, mapping: ColumnMapping) -> object:
    table = mapping.values[vocabulary]
    if text in table:
        return table[text]
    codes = {v for v in table.values() if isinstance(v, str)}
    if text in codes:
        return text
    if vocabulary in ("boolean", "request") and text.lower() in ("true", "false"):
        return text.lower() == "true"
    allowed = "、".join(dict.fromkeys(table))
    raise RowValueError(position, f"列“{header}”的取值“{text}”无法识别（可填：{allowed}）")


_DATE_FORMS = (re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$"),)


def _date_text(value: object) -> object:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = _cell_text(value)
    for form in _DATE_FORMS:
        m = form.match(text)
        if m:
            return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return text  # the case model names the field when it is not a date


def _cell_text(value: object) -> str:
    """A cell as text; numbers never pass through float formatting surprises (123456.78 stays so)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return format(Decimal(repr(value)).normalize(), "f") if value == value else ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _put(target: dict[str, Any], path: str, value: object) -> None:
    *parents, leaf = path.split(".")
    for part in parents:
        target = target.setdefault(part, {})
    target[leaf] = value


def _with_header(message: str, field_path: str, mapping: ColumnMapping) -> str:
    """Name the column the clerk sees next to the model's field path."""
    header = header_for_field(field_path, mapping)
    return f"列“{header}”：{message}" if header else message


def field_label(field_path: str) -> str:
    """The Chinese name of a case-file field for users (filed_on → 立案日期), the column header the
    clerk's sheet uses; a path with no header is kept as it is."""
    return header_for_field(field_path, column_mapping()) or field_path


def error_text(exc: DossierError) -> str:
    """A library failure as a clerk reads it on a page or a job: file, page, then the field by its
    Chinese name (立案日期：…), never the field path `str(exc)` gives the CLI and the logs."""
    return exc.describe(field_label)


def header_for_field(field_path: str, mapping: ColumnMapping) -> str | None:
    if field_path in mapping.case:
        return mapping.case[field_path][0]
    m = re.match(r"^(applicants|respondents)\[(\d+)\]\.(.+)$", field_path)
    if m and m.group(3) in mapping.party_fields:
        number = int(m.group(2)) + 1
        return f"{mapping.parties[m.group(1)]}{number if number > 1 else ''}{mapping.party_fields[m.group(3)][0]}"
    return None
