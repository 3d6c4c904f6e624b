"""`dossier deadlines`: each deadline of a case with its start event, due date and status, in Chinese."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from dossier.cli.common import parse_date, print_json, reports_errors, warn_unknown_court
from dossier.deadlines.compute import DeadlineStatus
from dossier.intake.case_file import load_case
from dossier.usecases.reference import deadlines_of


@click.command("deadlines")
@click.option("--case", "case_path", required=True, type=click.Path(path_type=Path), help="案件文件（JSON）")
@click.option("--today", default=None, help="按哪一天计算（YYYY-MM-DD，默认今天）")
@click.option("--court", default=None, help="按指定法院规定（覆盖层标识、法院名称或代字），默认取案件所属法院")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON")
@reports_errors
def deadlines(case_path: Path, today: str | None, court: str | None, as_json: bool) -> None:
    """列出案件各项期限、到期日与状态（正常/即将到期/已逾期/已按期完成）。

    \b
    除立案日期 filed_on 与结案日期 closing.closed_on 外，案件文件可另填：
      events：各节点日期，如 {"received_on": "2024-03-12", "online_inquiry_on": "2024-03-15"}
              （事件名见 dossier/checklists/extras.py）；
      track：繁简分流类型（full_deduction、business_environment、simple、government、
              financial、county_fast_track、simple_preservation），用于快执等期限。
    """
    case = load_case(case_path)
    warn_unknown_court(court)
    found = deadlines_of(case, parse_date(today, "--today"), court)
    if as_json:
        print_json(found.model_dump(mode="json", exclude={"titles"}))
        return
    click.echo(f"案号：{case.case_number}　计算日：{_d(found.today)}")
    click.echo("适用规定：全国通用期限" + ("，并适用" + "、".join(found.titles) + "的规定" if found.titles else ""))
    for d in found.deadlines:
        click.echo(line(d))
    if not found.deadlines:
        click.echo("（暂无已起算的期限）")


def line(d: DeadlineStatus) -> str:
    due = "最早可办理日" if d.kind == "not_before" else "到期日"
    text = (f"【{d.status_label}】{d.label}：自{d.start_event_label}（{_d(d.start_on)}）起{d.period}，"
            f"{due}{_d(d.due_on)}")
    if d.done_on:
        text += f"；{d.end_event_label}于{_d(d.done_on)}"
    elif d.days_left is not None and d.kind == "within":
        text += f"；剩余{d.days_left}日" if d.days_left >= 0 else f"；已逾期{-d.days_left}日"
    return text + f"　〔{d.source}〕"


def _d(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
