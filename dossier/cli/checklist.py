"""`dossier checklist show`: the applicable checklist in Chinese, or the printable 材料清单 as PDF."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import click

from dossier.checklists.loader import load_checklist
from dossier.checklists.publish import as_text
from dossier.cli.common import reports_errors, warn_unknown_court
from dossier.model.case import CATEGORIES, CLOSING_METHODS, Category, ClosingMethod
from dossier.model.stage import Stage
from dossier.reports.checklist_pdf import write_checklist_pdf


@click.group("checklist")
def checklist() -> None:
    """材料清单：显示或打印适用的清单。"""


@checklist.command("show")
@click.option("--category", required=True, type=click.Choice(CATEGORIES), help="案件类别")
@click.option("--court", default=None, help="法院名称、法院代字（如 蒙2221）或覆盖层标识（如 seed004）")
@click.option("--method", type=click.Choice(CLOSING_METHODS), default=None, help="结案方式（结案、归档阶段）")
@click.option("--stage", type=click.Choice(get_args(Stage)), default="filing",
              show_default=True, help="立案、结案或归档阶段")
@click.option("--pdf", "pdf_path", type=click.Path(path_type=Path), default=None, help="写出可打印的材料清单 PDF")
@reports_errors
def show(category: Category, court: str | None, method: ClosingMethod | None, stage: Stage,
         pdf_path: Path | None) -> None:
    """显示适用的材料清单（中文）。"""
    chosen = load_checklist(court=court)
    warn_unknown_court(court)
    if pdf_path is not None:
        write_checklist_pdf(pdf_path, chosen, category, stage, method)
        click.echo(f"已写出材料清单：{pdf_path}")
    else:
        click.echo(as_text(chosen, category, stage, method))
