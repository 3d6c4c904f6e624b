"""`dossier archive`: the electronic dossier the archive centre keeps (PDF/A-2b + manifest.json)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from dossier.cli.common import parse_date, print_json, reports_errors
from dossier.cli.dossier_check import check_scan_paths, print_summary, progress_bar
from dossier.intake.case_file import load_case


@click.command(name="archive")
@click.argument("scans", nargs=-1, type=click.Path(path_type=Path))
@click.option("--case", "case_file", required=True, type=click.Path(path_type=Path), help="案件数据 JSON 文件")
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="输出目录：dossier.pdf（PDF/A-2）与 manifest.json")
@click.option("--json", "as_json", is_flag=True, help="同时输出 manifest.json 的内容")
@click.option("--draft", is_flag=True, help="归档审查未通过时仍生成卷宗，每页标注“草稿”")
@click.option("--engine", default=None, help="文字识别引擎（默认按实测选择）")
@click.option("--today", default=None, help="归档日期 YYYY-MM-DD（默认今天，用于期限判断）")
@reports_errors
def archive(scans: tuple[Path, ...], case_file: Path, out_dir: Path, as_json: bool, draft: bool,
            engine: str | None, today: str | None) -> None:
    """生成归档电子卷宗：按归档顺序排列、生成卷宗封面、卷内目录和备考表、剔除空白页、编页号、加书签和全文文字层（PDF/A-2）。"""
    from dossier.archive import build_package

    case = load_case(case_file)
    paths = check_scan_paths(scans)
    day = parse_date(today, "--today")
    with progress_bar(sys.stderr.isatty()) as progress:
        outcome = build_package(paths, case, out_dir, draft=draft, today=day, engine=engine, progress=progress)
    if outcome.manifest is None:
        data = outcome.check.to_json()
        if as_json:
            print_json(data)
        else:
            print_summary(data)
        click.echo("归档审查未通过，未生成归档卷宗（可加 --draft 生成草稿）。", err=True)
        sys.exit(1)
    manifest = outcome.manifest
    if as_json:
        print_json(manifest.model_dump(mode="json"))
    else:
        click.echo(f"案号：{manifest.case_number}　共{manifest.page_count}页　"
                   f"{'草稿（归档审查未通过）' if manifest.draft else '已生成归档卷宗'}：{out_dir / 'dossier.pdf'}")
        click.echo(f"  剔除：{len(manifest.left_out)}页　sha256：{manifest.sha256}")
        if manifest.draft:
            print_summary(outcome.check.to_json())
    sys.exit(1 if manifest.draft else 0)
