"""The `dossier` command. Subcommands live in their own modules and are imported only when used,
so `dossier --help` is fast and one broken subsystem never hides the others."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from dossier.cli.usage import chinese_usage_errors

# name → "module:attribute" of a click command or group
COMMANDS: dict[str, str] = {
    "generate": "dossier.cli.generate:generate",
    "templates": "dossier.cli.templates:templates",
    "check-filing": "dossier.cli.filing:check_filing",
    "check-closing": "dossier.cli.closing:check_closing",
    "checklist": "dossier.cli.checklist:checklist",
    "deadlines": "dossier.cli.deadlines:deadlines",
    "check-dossier": "dossier.cli.dossier_check:check_dossier",
    "archive": "dossier.cli.archive:archive",
    "samples": "dossier.cli.samples:samples",
    "corpus": "dossier.cli.corpus:corpus",
    "serve": "dossier.cli.serve:serve",
    "users": "dossier.cli.users:users",
    "worker": "dossier.cli.worker:worker",
}

HELP: dict[str, str] = {
    "generate": "批量生成文书（DOCX/PDF）及 manifest.json",
    "templates": "列出文书模板及其所需字段",
    "check-filing": "立案材料审查（缺少材料与案件数据问题）",
    "check-closing": "按已勾选材料进行结案审查",
    "checklist": "显示/打印适用的材料清单",
    "deadlines": "列出案件各项期限及状态",
    "check-dossier": "电子卷宗完整性检查（OCR、分类、缺项、目录、报告）",
    "archive": "生成归档电子卷宗（PDF/A、卷内目录、页号、书签、全文文字层）",
    "samples": "重新生成示例案件与示例卷宗",
    "corpus": "生成独立测试语料（非本项目模板排版的扫描卷宗及标准答案）",
    "serve": "启动网页服务与 API（默认 SQLite 与本地文件）",
    "users": "管理服务用户：添加、修改密码、停用",
    "worker": "从任务代理（DOSSIER_BROKER_URL）领取并处理任务，可在多台机器上运行",
}


class LazyGroup(click.Group):
    """Subcommands imported when used; every usage error below this group is told in Chinese."""

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        with chinese_usage_errors():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        with chinese_usage_errors():
            return super().invoke(ctx)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                return _unavailable(cmd_name)
            raise
        command: click.Command = getattr(module, attr)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Help text without importing every subsystem.
        rows = [(name, HELP.get(name, "")) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _unavailable(name: str) -> click.Command:
    @click.command(name=name, help=HELP.get(name, ""))
    def _cmd() -> None:
        click.echo(f"命令 {name} 尚未提供", err=True)
        sys.exit(3)

    return _cmd


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dossier")
def cli() -> None:
    """dossier：执行局文书生成、立案审查与电子卷宗检查。"""


def main() -> None:
    cli(prog_name="dossier")


if __name__ == "__main__":
    main()
