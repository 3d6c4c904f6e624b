"""A filing window publishes its checklist: on screen in Chinese, or as a printable 材料清单 PDF the
applicant takes home."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from pypdf import PdfReader

from dossier.cli.main import cli


def show(*args: str) -> Result:
    return CliRunner().invoke(cli, ["checklist", "show", *args], catch_exceptions=False)


@pytest.mark.parametrize(
    ("category", "labels"),
    [
        ("enforcement", ["执行申请书", "生效证明书（执行依据为仲裁裁决或公证债权文书时需要）", "律师事务所函（委托律师代理时需要）",
                         "亲属关系证明（户口本或社区证明）（委托近亲属代理时需要）", "送达地址确认书或下落不明证明"]),
        ("resumption", ["恢复执行申请书（须经原承办人或执行局局长签字确认）", "原终结本次执行程序裁定书或终结执行裁定书"]),
        ("objection", ["执行异议申请书", "证据材料（含原执行裁定书）"]),
        ("transfer", ["移送执行说明（移送执行表）", "生效裁判文书及其附件", "财产状况说明"]),
    ],
)
def test_the_filing_checklist_of_each_category_reads_in_chinese(category: str, labels: list[str]) -> None:
    out = show("--category", category)
    assert out.exit_code == 0
    for label in labels:
        assert label in out.stdout
    assert "为什么需要：" in out.stdout and "从哪里取得：" in out.stdout and "依据：种子002" in out.stdout
    assert "结案审批表" not in out.stdout


def test_the_closing_list_follows_the_method_and_the_court() -> None:
    national = show("--category", "enforcement", "--stage", "closing", "--method", "terminated_this_round")
    assert "限制消费令" in national.stdout and "结案通知书" not in national.stdout
    assert "终本距立案已超过三个月" in national.stdout and "90天" not in national.stdout
    kyqq = show("--category", "enforcement", "--stage", "closing", "--method", "terminated_this_round",
                "--court", "科尔沁右翼前旗人民法院")
    assert "终本距立案已超过90天" in kyqq.stdout
    assert "并适用科尔沁右翼前旗人民法院的规定" in kyqq.stdout


def test_an_unknown_court_gets_the_national_list_with_a_hint() -> None:
    out = CliRunner().invoke(cli, ["checklist", "show", "--category", "enforcement", "--court", "火星法院"])
    assert out.exit_code == 0
    assert "未找到“火星法院”的本院规定" in out.stderr
    assert "适用规定：全国通用基础清单" in out.stdout


def test_the_printable_checklist_is_a_complete_chinese_pdf(tmp_path: Path) -> None:
    target = tmp_path / "清单" / "enforcement.pdf"
    out = show("--category", "enforcement", "--court", "seed002", "--pdf", str(target))
    assert out.exit_code == 0, out.output
    assert list(target.parent.iterdir()) == [target]
    text = "".join(page.extract_text() for page in PdfReader(target).pages).replace("\n", "")
    for words in ["执行案件材料清单（申请执行·立案）", "执行申请书", "诉讼费收据", "律师执业证", "申请执行人收取案款确认书",
                  "下落不明证明", "科尔沁右翼前旗人民法院"]:
        assert words in text, words


def test_a_wrong_category_is_refused() -> None:
    out = CliRunner().invoke(cli, ["checklist", "show", "--category", "divorce"])
    assert out.exit_code == 2
    assert "--category" in out.stderr and out.stdout == ""


def test_a_pdf_path_that_cannot_be_written_is_bad_input(tmp_path: Path) -> None:
    """Given --pdf inside a file instead of a folder, the clerk is told the path cannot be written."""
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "清单.pdf"
    out = show("--category", "enforcement", "--pdf", str(target))
    assert out.exit_code == 2
    assert f"文件 {target}：无法写出材料清单" in out.stderr
    assert "内部错误" not in out.stderr and out.stdout == ""
    assert blocker.read_text(encoding="utf-8") == "x"


def test_a_court_name_with_ampersand_and_angle_brackets_is_echoed_as_typed() -> None:
    out = show("--category", "enforcement", "--court", "A&B<法院>")
    assert out.exit_code == 0
    assert "未找到“A&B<法院>”的本院规定" in out.stderr
