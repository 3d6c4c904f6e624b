"""`dossier check-closing`: the closing (or archive) check from the documents an undertaker ticks before
scanning — check-dossier's output shape (CONTRACT.md), without pages."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import get_args

import click

from dossier.checklists.present import parse_declared
from dossier.cli.common import parse_date, print_json, reports_errors, warn_unknown_court
from dossier.intake.case_file import load_case
from dossier.model import Case
from dossier.model.stage import DossierStage
from dossier.usecases import closing as usecase
from dossier.usecases.closing import ClosingResult


@click.command("check-closing")
@click.option("--case", "case_path", required=True, type=click.Path(path_type=Path), help="案件文件（JSON）")
@click.option("--declared", multiple=True, required=True, help="卷宗已有的文书代码，逗号分隔；"
              "service_receipt:<代码> 表示载明该文书的送达回证")
@click.option("--stage", type=click.Choice(get_args(DossierStage)), default="closing", show_default=True,
              help="结案审查或归档审查")
@click.option("--today", default=None, help="按哪一天判断期限（YYYY-MM-DD，默认今天）")
@click.option("--court", default=None, help="按指定法院规定审查（覆盖层标识、法院名称或代字）")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON（与 check-dossier 相同结构，pages 为空）")
@reports_errors
def check_closing(case_path: Path, declared: tuple[str, ...], stage: DossierStage, today: str | None,
                  court: str | None, as_json: bool) -> None:
    """按已勾选材料进行结案/归档审查。退出码 0 准予，1 不予，2 输入有误。"""
    case = load_case(case_path)
    codes = parse_declared(declared)
    warn_unknown_court(court)
    result = usecase.check_closing(case, codes, stage, today=parse_date(today, "--today"), court=court)
    if as_json:
        print_json(result.to_json())
    else:
        click.echo(summary(case, result))
    sys.exit(0 if result.decision == "approve" else 1)


def summary(case: Case, result: ClosingResult) -> str:
    what = "结案" if result.stage == "closing" else "归档"
    lines = [f"案号：{case.case_number}",
             f"{what}审查结论：" + ("准予" if result.decision == "approve" else f"不予{what}，须补齐以下内容")]
    for i, m in enumerate(result.missing, 1):
        lines.append(f"  {i}. {m.label} —— {m.reason}")
    for p in result.problems:
        lines.append(("  ！" if p.severity == "error" else "  提示：") + p.message)
    return "\n".join(lines)
