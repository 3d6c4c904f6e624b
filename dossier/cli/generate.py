"""`dossier generate`: the document group's batch (CONTRACT.md).

Exit status: 0 every row succeeded; 1 some rows failed (listed, the rest written); 2 bad input (an
unreadable FILE, an unknown type or format, an empty batch) with nothing written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

import click

from dossier import interrupts
from dossier.batch import BatchOptions, Manifest
from dossier.batch.plan import check_formats, check_types
from dossier.cli.common import parse_date, reports_errors
from dossier.intake.tabular import Batch, RowError
from dossier.usecases.batch import generate_batch


class TerminalProgress:
    """A rich progress bar on stderr; used only when stderr is a terminal."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                  TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self._task = self._progress.add_task("生成文书", total=None)

    def __enter__(self) -> TerminalProgress:
        self._progress.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._progress.stop()

    def start(self, total: int) -> None:
        self._progress.update(self._task, total=total)

    def advance(self, label: str) -> None:
        self._progress.update(self._task, advance=1, description=f"生成文书 {label[:40]}")


@click.command(name="generate", help="批量生成文书（DOCX/PDF）及 manifest.json")
@click.option("--cases", "cases_file", required=True, type=click.Path(path_type=Path),
              help="案件文件：CSV、XLSX 或 JSON（案件列表）")
@click.option("--types", required=True, help="文书类型代码，逗号分隔，如 enforcement_notice,property_report_order")
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path, file_okay=False), help="输出目录")
@click.option("--format", "formats", default="docx", show_default=True, help="输出格式：docx、pdf 或 docx,pdf")
@click.option("--merge", is_flag=True, help="另按文书类型合并为一份可直接打印邮寄的 PDF（merged/<类型>.pdf）")
@click.option("--issued-on", default=None, help="文书落款日期 YYYY-MM-DD（默认今天）")
@click.option("--json", "as_json", is_flag=True, help="在标准输出打印 manifest")
@reports_errors
def generate(cases_file: Path, types: str, out_dir: Path, formats: str, merge: bool, issued_on: str | None,
             as_json: bool) -> None:
    interrupts.install()  # SIGTERM unwinds like Ctrl-C: staging removed, LibreOffice stopped, nothing half-written
    options = BatchOptions(types=check_types(types.split(",")), formats=check_formats(formats.split(",")),
                           merge=merge, issued_on=parse_date(issued_on or None, "--issued-on", "落款日期"))
    if sys.stderr.isatty():
        with TerminalProgress() as progress:
            run = generate_batch(cases_file, options, out_dir, progress=progress)
    else:
        run = generate_batch(cases_file, options, out_dir)
    batch, manifest = run.batch, run.manifest
    if as_json:
        sys.stdout.write(manifest.to_json())
    _report(batch, manifest, out_dir)
    sys.exit(1 if manifest.errors else 0)


def _report(batch: Batch, manifest: Manifest, out_dir: Path) -> None:
    cases = len({o.case_number for o in manifest.outputs})
    lines = [f"已生成 {len(manifest.outputs)} 个文件（{cases} 个案件），写入 {out_dir}（清单：manifest.json）"]
    lines += [f"已合并：{m.path}（{m.pages} 页）" for m in manifest.merged]
    if batch.unknown_columns:
        lines.append(f"提示：以下列未识别，已忽略：{'、'.join(batch.unknown_columns)}")
    if manifest.errors:
        lines.append(f"以下 {len({e.row for e in manifest.errors})} 个案件未生成：")
        for e in manifest.errors:
            where = RowError(e.row, e.field, e.message, e.sheet_row).where()
            field = f"字段 {e.field}：" if e.field else ""
            lines.append(f"  {where}{'（' + e.case_number + '）' if e.case_number else ''} {field}{e.message}")
    sys.stderr.write("\n".join(lines) + "\n")
