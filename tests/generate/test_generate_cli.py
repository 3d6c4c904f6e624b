"""The clerk types `dossier generate` / `dossier templates`: exit status, Chinese messages, files.

DOCX-only runs here (no LibreOffice); test_generate_pdf.py runs the PDF path.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from generate_fakes import SAMPLES

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
    (["--types", ""], "没有指定"),
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
