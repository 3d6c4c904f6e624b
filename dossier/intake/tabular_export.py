"""Writing cases as the sheets clerks exchange (CSV, XLSX), with the headers `tabular.py` reads.

Used to keep samples/cases.csv and .xlsx in step with samples/cases.json, and by tests that need a
sheet in a given encoding or layout.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from dossier.fsutil import atomic_output, atomic_write_bytes
from dossier.intake.tabular import SEPARATORS
from dossier.intake.tabular_columns import DATE_FIELDS, VALUE_KINDS, ColumnMapping, column_mapping
from dossier.model.case import Case

# Case fields written before the party columns; the rest of the mapping follows them.
_LEADING = ("case_number", "court", "category", "filed_on", "amount",
            "basis.kind", "basis.case_number", "basis.court", "basis.effective_on")


def sheet_headers(cases: Sequence[Case], *, numbered: bool, mapping: ColumnMapping | None = None) -> list[str]:
    """Column headers for these cases: one party column set per party number, or one set with “；”."""
    m = mapping or column_mapping()
    headers = [m.case[path][0] for path in _LEADING]
    for role, prefix in m.parties.items():
        count = max((len(getattr(c, role)) for c in cases), default=1) if numbered else 1
        for n in range(1, count + 1):
            label = prefix + (str(n) if n > 1 else "")
            headers += [label + suffixes[0] for suffixes in m.party_fields.values()]
    headers += [hs[0] for path, hs in m.case.items() if path not in _LEADING]
    return headers


def case_cells(case: Case, *, numbered: bool, mapping: ColumnMapping | None = None) -> dict[str, object]:
    """One case as header → cell value (dates as `date`, everything else text)."""
    m = mapping or column_mapping()
    data = case.model_dump(mode="python")
    cells: dict[str, object] = {}
    for path, headers in m.case.items():
        value = _get(data, path)
        if path.startswith("facts."):
            value = bool(value)
        if path.startswith("requests.") and data.get("requests") is None:
            continue
        cells[headers[0]] = _cell(path, VALUE_KINDS.get(path), value, m)
    for role, prefix in m.parties.items():
        parties: list[dict[str, Any]] = data[role]
        groups = [[p] for p in parties] if numbered else [parties]
        for n, group in enumerate(groups, start=1):
            label = prefix + (str(n) if n > 1 else "")
            for path, suffixes in m.party_fields.items():
                values = [_cell(path, VALUE_KINDS.get(path), _get(p, path), m) for p in group]
                texts = [str(v) for v in values]
                if any(SEPARATORS.search(t) for t in texts):
                    # In a sheet “；” separates parties; such a value cannot be written without changing it.
                    raise ValueError(f"{label}{suffixes[0]}含有“；”，表格中“；”用于分隔多个当事人，无法写入表格")
                cells[label + suffixes[0]] = "；".join(texts) if any(texts) else ""
    return cells


def write_csv(path: Path, cases: Sequence[Case], *, numbered: bool = False, encoding: str = "utf-8-sig") -> None:
    """CSV as Excel in China saves it (UTF-8 with BOM, or GB18030 when asked)."""
    headers = sheet_headers(cases, numbered=numbered)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(headers)
    for case in cases:
        cells = case_cells(case, numbered=numbered)
        writer.writerow([_text(cells.get(h)) for h in headers])
    atomic_write_bytes(path, buf.getvalue().encode(encoding))


def write_xlsx(path: Path, cases: Sequence[Case], *, numbered: bool = True) -> None:
    """XLSX with real date cells and text-formatted number columns (so IDs keep 18 digits)."""
    from openpyxl import Workbook

    headers = sheet_headers(cases, numbered=numbered)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "案件"
    sheet.append(headers)
    for case in cases:
        cells = case_cells(case, numbered=numbered)
        sheet.append([cells.get(h) if cells.get(h) not in ("", None) else None for h in headers])
    for column in sheet.iter_cols(min_row=2):
        for cell in column:
            cell.number_format = "yyyy-mm-dd" if isinstance(cell.value, date) else "@"
    with atomic_output(path) as tmp:
        workbook.save(tmp)


def _get(data: dict[str, Any], path: str) -> Any:
    value: Any = data
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _cell(path: str, vocabulary: str | None, value: Any, m: ColumnMapping) -> object:
    if vocabulary is not None:
        if value is None and vocabulary != "request":
            return ""
        return m.value_label(vocabulary, value)
    if path in DATE_FIELDS and isinstance(value, date):
        return value
    return "" if value is None else str(value)


def _text(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)
