"""`dossier templates list|show TYPE`: which documents can be generated and what each one needs."""

from __future__ import annotations

import click

from dossier.cli.common import print_json, reports_errors
from dossier.errors import TemplateError
from dossier.render.docx import TemplateInfo, list_templates


@click.group(name="templates", help="列出文书模板及其所需字段")
def templates() -> None:
    """Template listing."""


@templates.command(name="list", help="列出全部文书模板")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出")
@reports_errors
def list_command(as_json: bool) -> None:
    infos = list_templates()
    if as_json:
        print_json([info.model_dump(exclude={"fields", "path"}) | {"fields": len(info.fields)} for info in infos])
        return
    width = max(len(i.code) for i in infos)
    for info in infos:
        text = info.description if info.description.startswith(info.label) else f"{info.label}：{info.description}"
        click.echo(f"{info.code.ljust(width)}  {text}（{len(info.fields)} 个字段）")


@templates.command(name="show", help="显示一个模板的说明与所需字段")
@click.argument("doc_type")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出")
@reports_errors
def show_command(doc_type: str, as_json: bool) -> None:
    info = find_template(doc_type)
    if as_json:
        print_json(info.model_dump())
        return
    click.echo(f"{info.code}  {info.label}")
    click.echo(info.description)
    click.echo(f"模板文件：{info.path}")
    click.echo("所需字段：")
    for name in info.fields:
        click.echo(f"  {name}")


def find_template(doc_type: str) -> TemplateInfo:
    infos = list_templates()
    for info in infos:
        if info.code == doc_type:
            return info
    known = "、".join(i.code for i in infos)
    raise TemplateError(f"没有文书类型“{doc_type}”的模板（可用：{known}）", field="TYPE")
