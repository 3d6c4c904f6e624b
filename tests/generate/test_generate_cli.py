"""The clerk types `dossier generate` / `dossier templates`: exit status, Chinese messages, files.

DOCX-only runs here (no LibreOffice); test_generate_pdf.py runs the PDF path.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from docx import Document
from generate_fakes import SAMPLES

import dossier.render.docx as docx_render
from dossier.cli.main import cli


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def test_a_clean_docx_batch_exits_0_and_can_print_its_manifest(tmp_path: Path) -> None:
    out = tmp_path / "OUT"
    result = _invoke("generate", "--cases", str(SAMPLES / "cases.json"), "--types", "acceptance_notice",
                     "--out", str(out), "--json")
    assert result.exit_code == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed == json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert len(printed["outputs"]) == 20 and printed["errors"] == []


def test_a_batch_with_one_bad_row_exits_1_naming_row_and_field(tmp_path: Path) -> None:
    out = tmp_path / "OUT"
    result = _invoke("generate", "--cases", str(SAMPLES / "cases_with_bad_row.csv"), "--types",
                     "enforcement_notice,property_report_order", "--out", str(out))
    assert result.exit_code == 1
    assert "第2个案件（表格第3行）" in result.stderr and "filed_on" in result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [(e["row"], e["field"]) for e in manifest["errors"]] == [(2, "filed_on")]
    assert len(manifest["outputs"]) == 6


@pytest.mark.parametrize(("args", "words"), [
    (["--types", "enforcement_notice,divorce_decree"], "divorce_decree"),
    (["--types", ""], "请至少选择一种文书类型"),
    (["--types", "service_receipt"], "送达回证"),
    (["--types", "enforcement_notice", "--format", "docx,odt"], "odt"),
    (["--types", "enforcement_notice", "--issued-on", "2025-02-30"], "落款日期"),
])
def test_bad_options_exit_2_and_write_nothing(tmp_path: Path, args: list[str], words: str) -> None:
    out = tmp_path / "OUT"
    result = _invoke("generate", "--cases", str(SAMPLES / "cases.json"), "--out", str(out), *args)
    assert result.exit_code == 2
    assert words in result.stderr and result.stderr.startswith("错误：")
    assert not out.exists()


@pytest.mark.parametrize(("name", "content", "words"), [
    ("missing.csv", None, "不存在"),
    ("empty.json", "[]", "没有案件"),
    ("broken.json", "[{", "JSON 格式错误"),
    ("cases.xls", "x", ".xlsx"),
    ("header_only.csv", "案号,执行法院,案件类别\n", "没有案件"),
])
def test_an_unusable_cases_file_exits_2_naming_it(tmp_path: Path, name: str, content: str | None, words: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    out = tmp_path / "OUT"
    result = _invoke("generate", "--cases", str(path), "--types", "enforcement_notice", "--out", str(out))
    assert result.exit_code == 2
    assert words in result.stderr and name in result.stderr
    assert not out.exists()


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return re.sub(r"\s+", "", "".join([*(p.text for p in document.paragraphs), *cells]))


def test_a_damaged_xlsx_exits_2_with_a_message_not_a_traceback(tmp_path: Path) -> None:
    """Given an .xlsx whose sheet was cut off (a broken download), the clerk reads one Chinese line."""
    damaged = io.BytesIO()
    with zipfile.ZipFile(SAMPLES / "cases.xlsx") as src, zipfile.ZipFile(damaged, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, data[: len(data) // 2] if name == "xl/worksheets/sheet1.xml" else data)
    path = tmp_path / "cases.xlsx"
    path.write_bytes(damaged.getvalue())
    out = tmp_path / "OUT"
    result = _invoke("generate", "--cases", str(path), "--types", "enforcement_notice", "--out", str(out))
    assert result.exit_code == 2
    assert result.stderr.startswith("错误：") and "无法读取 Excel 文件" in result.stderr
    assert "cases.xlsx" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_a_csv_excel_saved_in_gbk_generates_the_same_documents(tmp_path: Path) -> None:
    """Given the sample sheet saved by Excel as GBK CSV, every case is generated and names with & and <
    read exactly as written in the DOCX."""
    path = tmp_path / "cases_gbk.csv"
    path.write_bytes((SAMPLES / "cases.csv").read_text(encoding="utf-8-sig").encode("gbk"))
    out = tmp_path / "OUT"
    result = _invoke("generate", "--cases", str(path), "--types", "enforcement_notice", "--out", str(out), "--json")
    assert result.exit_code == 0, result.stderr
    manifest = json.loads(result.stdout)
    expected = [c["case_number"] for c in json.loads((SAMPLES / "cases.json").read_text(encoding="utf-8"))]
    assert [o["case_number"] for o in manifest["outputs"]] == expected
    texts = "".join(_docx_text(out / o["path"]) for o in manifest["outputs"])
    for name in ("洛阳张记&李记餐饮管理有限公司", "洛阳<华夏>建材有限公司"):
        assert name in texts


def test_a_row_with_an_invalid_id_number_is_generated_as_written_without_invented_birth_data(
        tmp_path: Path) -> None:
    """The model keeps a wrong ID number for the filing check to report; a ruling for that case prints
    the number as given and never derives a sex or a birth date from it."""
    cases: list[dict[str, Any]] = json.loads((SAMPLES / "cases.json").read_text(encoding="utf-8"))[:2]
    applicant = cases[0]["applicants"][0]
    assert applicant["id_number"] == "410303198001011237"
    applicant["id_number"] = "410303198001011238"  # wrong check digit
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "OUT"
    result = _invoke("generate", "--cases", str(path), "--types", "enforcement_ruling", "--out", str(out), "--json")
    assert result.exit_code == 0, result.stderr
    first, second = (out / o["path"] for o in json.loads(result.stdout)["outputs"])
    text = _docx_text(first)
    assert f"申请执行人：{applicant['name']}，住" in text and "公民身份号码410303198001011238" in text
    assert "1980年1月1日出生" not in text
    assert "出生" in _docx_text(second)  # the other case's valid numbers still give sex and birth date


@pytest.fixture
def edited_enforcement_notice(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clerk added “{{ respondent_nickname }}” to the 执行通知书 in Word: no case provides it."""
    document = Document(str(docx_render.template_path("enforcement_notice")))
    document.add_paragraph("绰号：{{ respondent_nickname }}")
    buf = io.BytesIO()
    document.save(buf)
    original = docx_render._template_bytes
    monkeypatch.setattr(docx_render, "_template_bytes",
                        lambda code: buf.getvalue() if code == "enforcement_notice" else original(code))


@pytest.mark.usefixtures("edited_enforcement_notice")
def test_a_template_asking_for_a_variable_no_case_has_is_shown_and_fails_each_row_by_name(tmp_path: Path) -> None:
    shown = json.loads(_invoke("templates", "show", "enforcement_notice", "--json").stdout)
    assert "respondent_nickname" in shown["fields"]
    out = tmp_path / "OUT"
    result = _invoke("generate", "--cases", str(SAMPLES / "cases.json"), "--types",
                     "enforcement_notice,payment_notice", "--out", str(out))
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["outputs"] == [] and len(manifest["errors"]) == 20
    for error in manifest["errors"]:
        assert error["field"] == "respondent_nickname" and error["type"] == "enforcement_notice"
        assert "respondent_nickname" in error["message"] and "enforcement_notice.docx" in error["message"]
    assert "respondent_nickname" in result.stderr


def test_templates_list_names_every_batch_document() -> None:
    result = _invoke("templates", "list")
    assert result.exit_code == 0
    for code in ("enforcement_notice", "property_report_order", "summons", "payment_notice", "enforcement_ruling",
                 "consumption_restriction_order", "service_receipt"):
        assert code in result.stdout
    listed = json.loads(_invoke("templates", "list", "--json").stdout)
    assert all(item["fields"] > 0 for item in listed)


def test_templates_show_lists_the_fields_a_template_needs() -> None:
    result = _invoke("templates", "show", "enforcement_notice")
    assert result.exit_code == 0
    assert "执行通知书" in result.stdout and "case_number" in result.stdout
    shown = json.loads(_invoke("templates", "show", "enforcement_notice", "--json").stdout)
    assert "case_number" in shown["fields"]


def test_templates_show_of_an_unknown_type_exits_2() -> None:
    result = _invoke("templates", "show", "divorce_decree")
    assert result.exit_code == 2
    assert "divorce_decree" in result.stderr
