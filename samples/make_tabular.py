"""Write samples/cases.csv, cases.xlsx and cases_with_bad_row.csv from samples/cases.json.

Run: .venv/bin/python samples/make_tabular.py
The CSV lists several parties of one role in one cell separated by “；”; the XLSX uses numbered
columns (被执行人2, 被执行人2证件号码 …). Both are layouts clerks' exports use. The bad-row CSV holds
the first four cases with an impossible filing date (2024-02-30) in the second one.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from dossier.fsutil import atomic_write_bytes
from dossier.intake.case_file import case_from_dict, read_json
from dossier.intake.tabular_export import case_cells, sheet_headers, write_csv, write_xlsx
from dossier.model.case import Case

HERE = Path(__file__).resolve().parent
BAD_ROW = 2  # position of the broken case in cases_with_bad_row.csv (sheet line 3)


def main() -> None:
    cases = [case_from_dict(item) for item in read_json(HERE / "cases.json")]
    write_csv(HERE / "cases.csv", cases, numbered=False)
    write_xlsx(HERE / "cases.xlsx", cases, numbered=True)
    write_bad_row_csv(HERE / "cases_with_bad_row.csv", cases[:4])
    print(f"wrote {len(cases)} cases to cases.csv and cases.xlsx, 4 to cases_with_bad_row.csv")


def write_bad_row_csv(path: Path, cases: list[Case]) -> None:
    headers = sheet_headers(cases, numbered=False)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(headers)
    for position, case in enumerate(cases, start=1):
        cells = case_cells(case, numbered=False)
        if position == BAD_ROW:
            cells["立案日期"] = "2024-02-30"
        writer.writerow([str(cells.get(h) or "") for h in headers])
    atomic_write_bytes(path, buf.getvalue().encode("utf-8-sig"))


if __name__ == "__main__":
    main()
