"""`dossier check-dossier`: is the scanned dossier complete enough to close or archive the case?"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, get_args

import click

from dossier.cli.common import parse_date, print_json, reports_errors
from dossier.errors import InputError
from dossier.intake.case_file import load_case
from dossier.model.stage import DossierStage


def check_scan_paths(paths: tuple[Path, ...]) -> list[Path]:
    """Every SCAN must be an existing file; the OCR pipeline judges its content."""
    if not paths:
        raise InputError("至少需要一个扫描文件（PDF 或图片）", field="SCAN")
    for path in paths:
        if not path.exists():
            raise InputError("文件不存在", file=str(path))
        if not path.is_file():
            raise InputError("不是文件", file=str(path))
    return list(paths)


@contextmanager
def progress_bar(enabled: bool) -> Iterator[Any]:
    """A rich progress bar on stderr when it is a terminal; a no-op callback otherwise."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("识别页面"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("pages", total=None)

        def advance(done: int, total: int | None = None, *_: Any) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


def print_summary(data: dict[str, Any]) -> None:
    from dossier.reports.wording import decision_text, problem_label

    click.echo(f"案号：{data['case_number']}　共{len(data['pages'])}页　"
               f"结论：{decision_text(data['decision'], data['stage'])}")
    for m in data["missing"]:
        click.echo(f"  缺少：{m['label']}（{m['code']}）— {m['reason']}")
    for p in data["problems"]:
        click.echo(f"  问题：{problem_label(p['kind'])} — {p['message']}")


@click.command(name="check-dossier")
@click.argument("scans", nargs=-1, type=click.Path(path_type=Path))
@click.option("--case", "case_file", required=True, type=click.Path(path_type=Path), help="案件数据 JSON 文件")
@click.option("--stage", type=click.Choice(get_args(DossierStage)), default="closing", show_default=True,
              help="结案审查（closing）或归档审查（archive）")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON（见 CONTRACT.md）")
@click.option("--report", "report_dir", type=click.Path(path_type=Path, file_okay=False),
              help="写出报告目录：report.html、report.pdf、catalogue.pdf、catalogue.docx")
@click.option("--engine", default=None, help="文字识别引擎（默认按实测选择）")
@click.option("--today", default=None, help="检查日期 YYYY-MM-DD（默认今天，用于期限判断）")
@reports_errors
def check_dossier(scans: tuple[Path, ...], case_file: Path, stage: DossierStage, as_json: bool, report_dir: Path | None,
                  engine: str | None, today: str | None) -> None:
    """电子卷宗完整性检查：识别每页文书，列出缺少的材料和问题页，给出是否准予结案/归档的结论。"""
    from dossier.usecases.dossier import check_dossier as check

    case = load_case(case_file)
    paths = check_scan_paths(scans)
    day = parse_date(today, "--today")
    with progress_bar(sys.stderr.isatty()) as progress:
        result = check(paths, case, stage, today=day, engine=engine, progress=progress, report_dir=report_dir)
    data = result.to_json()
    if as_json:
        print_json(data)
    else:
        print_summary(data)
    sys.exit(0 if result.decision == "approve" else 1)
