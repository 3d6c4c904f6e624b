"""No request brings unbounded work: a case table of more rows, or scans of more pages, than the settings
allow are refused at once in Chinese (413), before any row or page is read, and nothing is kept."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from api_support import blank_pdf, case_id

from api.limits import count_rows

pytestmark = pytest.mark.postgres

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def stored_files(root: Path) -> list[Path]:
    return [p for p in (root / "files").rglob("*") if p.is_file() and p.parent.name != "tmp"]


def test_rows_are_counted_in_csv_xlsx_and_json_tables_alike(tmp_path: Path) -> None:
    assert count_rows(SAMPLES / "cases.csv") == 20
    assert count_rows(SAMPLES / "cases.xlsx") == 20
    assert count_rows(SAMPLES / "cases.json") == 20
    quoted = tmp_path / "quoted.csv"  # a cell with line breaks is still one row
    with quoted.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["案号", "被执行人地址"], ["（2024）豫0303执1号", "洛阳市\n老城区\n某路"]])
    assert count_rows(quoted) == 1
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"not a workbook")
    assert count_rows(damaged) == 0  # left to the table reader, which names the damage


def test_a_table_over_the_row_limit_is_refused_in_chinese_and_nothing_is_imported(
        fresh_service: Callable[..., Any]) -> None:
    with fresh_service(load_samples=False, max_import_rows=5) as (client, headers):
        res = client.post("/api/cases/import", headers=headers("filing"),
                          files={"file": ("cases.csv", (SAMPLES / "cases.csv").read_bytes(), "text/csv")})
        assert res.status_code == 413, res.text
        body = res.json()
        assert body["message"] == "案件表格有 20 行，超过每次导入的上限 5 行；请拆分为多个文件分批导入"
        assert (body["field"], body["file"]) == ("file", "cases.csv")
        assert client.get("/api/cases", headers=headers("filing")).json()["total"] == 0
        data_dir = Path(client.app.state.services.settings.data_dir)  # type: ignore[attr-defined]
        assert stored_files(data_dir) == []

        # the batch generation's table is held to the same limit
        res = client.post("/api/batches", headers=headers("documents"), data={"types": "enforcement_notice"},
                          files={"file": ("cases.json", (SAMPLES / "cases.json").read_bytes(), "application/json")})
        assert res.status_code == 413, res.text
        assert "超过每次导入的上限 5 行" in res.json()["message"]


def test_a_table_within_the_limit_is_imported(fresh_service: Callable[..., Any]) -> None:
    with fresh_service(load_samples=False, max_import_rows=20) as (client, headers):
        res = client.post("/api/cases/import", headers=headers("filing"),
                          files={"file": ("cases.json", (SAMPLES / "cases.json").read_bytes(), "application/json")})
        assert res.status_code == 200, res.text
        assert len(res.json()["created"]) == 20


def test_scans_over_the_page_limit_are_refused_before_any_page_is_read(fresh_service: Callable[..., Any]) -> None:
    with fresh_service(max_dossier_pages=2) as (client, headers):
        undertaker = headers("undertaker")
        cid = case_id(client, undertaker, json.loads((SAMPLES / "case.json").read_text(encoding="utf-8"))["case_number"])
        res = client.post("/api/dossiers", headers=undertaker, data={"case_id": str(cid), "stage": "closing"},
                          files={"files": ("卷宗.pdf", blank_pdf(3), "application/pdf")})
        assert res.status_code == 413, res.text
        assert res.json()["message"] == "卷宗扫描件共 3 页，超过每次审查的上限 2 页；请分卷上传"
        assert client.get("/api/jobs", headers=undertaker).json() == []

        res = client.post("/api/filing/check-files", headers=headers("filing"), data={"case_id": str(cid)},
                          files={"files": ("材料.pdf", io.BytesIO(blank_pdf(3)), "application/pdf")})
        assert res.status_code == 413, res.text
        assert res.json()["message"] == "材料扫描件共 3 页，超过每次审查的上限 2 页；请分卷上传"
