"""`dossier check-closing`: the closing (or archive) check from the documents an undertaker ticks before
scanning — check-dossier's output shape (CONTRACT.md), without pages."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from dossier.checklists.closing import closing_check, documents_of
from dossier.checklists.present import parse_declared
from dossier.cli.common import parse_date, print_json, reports_errors, warn_unknown_court
from dossier.intake.case_file import load_case
from dossier.model import Case
from dossier.model.stage import Stage
from dossier.results import MissingItem, Problem, dump


@click.command("check-closing")
@click.option("--case", "case_path", required=True, type=click.Path(path_type=Path), help="案件文件（JSON）")
@click.option("--declared", multiple=True, required=True, help="卷宗已有的文书代码，逗号分隔；"
              "service_receipt:<代码> 表示载明该文书的送达回证")
@click.option("--stage", type=click.Choice(["closing", "archive"]), default="closing", show_default=True,
              help="结案审查或归档审查")
@click.option("--today", default=None, help="按哪一天判断期限（YYYY-MM-DD，默认今天）")
@click.option("--court", default=None, help="按指定法院规定审查（覆盖层标识、法院名称或代字）")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON（与 check-dossier 相同结构，pages 为空）")
@reports_errors
def check_closing(case_path: Path, declared: tuple[str, ...], stage: Stage, today: str | None,
                  court: str | None, as_json: bool) -> None:
    """按已勾选材料进行结案/归档审查。退出码 0 准予，1 不予，2 输入有误。"""
    case = load_case(case_path)
    codes = parse_declared(declared)
    warn_unknown_court(court)
    decision, missing, problems = closing_check(case, codes, stage, parse_date(today, "--today") or date.today(), court)
    if as_json:
        print_json({"decision": decision, "stage": stage, "case_number": case.case_number, "pages": [],
                    "documents": documents_of(codes), "missing": [dump(m) for m in missing],
                    "problems": [dump(p) for p in problems]})
    else:
        click.echo(summary(case, stage, decision, missing, problems))
    sys.exit(0 if decision == "approve" else 1)


def summary(case: Case, stage: Stage, decision: str, missing: list[MissingItem], problems: list[Problem]) -> str:
    what = "结案" if stage == "closing" else "归档"
    lines = [f"案号：{case.case_number}",
             f"{what}审查结论：" + ("准予" if decision == "approve" else f"不予{what}，须补齐以下内容")]
    for i, m in enumerate(missing, 1):
        lines.append(f"  {i}. {m.label} —— {m.reason}")
    for p in problems:
        lines.append(("  ！" if p.severity == "error" else "  提示：") + p.message)
    return "\n".join(lines)
