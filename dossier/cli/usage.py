"""Click's usage errors in Chinese, in one place: the `dossier` group wraps parsing and dispatch in
`chinese_usage_errors()`, so every subcommand's wrong option, missing option or bad value is told to the
clerk in Chinese, naming the option, with exit status 2 (CONTRACT.md: bad input)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

import click

_CJK = re.compile(r"[\u4e00-\u9fff]")

# Click's messages about a value (click/types.py), English → Chinese; the quoted value is kept.
_VALUE_MESSAGES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?P<v>.+?) is not one of (?P<c>.+)\.$", re.S), "{v} 不是可选值之一（可选：{c}）"),
    (re.compile(r"^(?P<v>.+?) is not a valid (?:integer|float)(?: range)?\.$"), "{v} 不是有效的数字"),
    (re.compile(r"^(?P<v>.+?) is not in the range (?P<r>.+)\.$"), "{v} 超出允许范围 {r}"),
    (re.compile(r"^(?P<v>.+?) is not a valid boolean\.$"), "{v} 不是有效的是/否值"),
    (re.compile(r"^(?P<v>.+?) does not match the formats? (?P<f>.+)\.$"), "{v} 不符合格式 {f}"),
    (re.compile(r"^\w+ (?P<v>'.*') does not exist\.$"), "{v} 不存在"),
    (re.compile(r"^\w+ (?P<v>'.*') is a directory\.$"), "{v} 是目录，不是文件"),
    (re.compile(r"^\w+ (?P<v>'.*') is a file\.$"), "{v} 是文件，不是目录"),
    (re.compile(r"^\w+ (?P<v>'.*') is not (?:readable|writable)\.$"), "{v} 没有访问权限"),
]


class ChineseUsageError(click.UsageError):
    """A usage error already worded in Chinese; shown with a Chinese usage line and help hint."""

    def show(self, file: IO[Any] | None = None) -> None:
        ctx = self.ctx
        if ctx is not None:
            usage = ctx.get_usage().replace("Usage: ", "用法：", 1)
            click.echo(usage, file=file, err=True)
            click.echo(f"运行“{ctx.command_path} -h”查看帮助。\n", file=file, err=True)
        click.echo(f"错误：{self.format_message()}", file=file, err=True)


@contextmanager
def chinese_usage_errors() -> Iterator[None]:
    """Re-raise any click.UsageError raised inside as a ChineseUsageError (exit status 2)."""
    try:
        yield
    except ChineseUsageError:
        raise
    except click.UsageError as exc:
        raise ChineseUsageError(translate(exc), ctx=exc.ctx) from None


def translate(exc: click.UsageError) -> str:
    """The Chinese message of one of click's usage errors, naming the option or argument."""
    if isinstance(exc, click.MissingParameter):
        return _missing(exc)
    if isinstance(exc, click.BadParameter):
        return f"{_hint(exc)} 的值无效：{_value_message(exc.message)}"
    if isinstance(exc, click.NoSuchOption):
        near = f"。您是否要用 {'、'.join(exc.possibilities)}？" if exc.possibilities else ""
        return f"没有选项 {exc.option_name}{near}"
    if isinstance(exc, click.BadOptionUsage):
        if exc.message.endswith("requires an argument."):
            return f"选项 {exc.option_name} 后须给出一个值"
        return f"选项 {exc.option_name} 用法不正确：{_value_message(exc.message)}"
    return _general(exc.message)


def _missing(exc: click.MissingParameter) -> str:
    param = exc.param
    kind_name = param.param_type_name if param is not None else exc.param_type
    kind = {"option": "选项", "argument": "参数"}.get(kind_name or "", "参数")
    if param is not None and exc.ctx is not None:
        hint = param.get_error_hint(exc.ctx)
    else:
        hint = exc.param_hint if isinstance(exc.param_hint, str) else "、".join(exc.param_hint or [])
    return f"缺少{kind} {hint}"


def _hint(exc: click.BadParameter) -> str:
    if exc.param is not None and exc.ctx is not None:
        return exc.param.get_error_hint(exc.ctx)
    if exc.param_hint:
        return exc.param_hint if isinstance(exc.param_hint, str) else "、".join(exc.param_hint)
    return "参数"


def _value_message(message: str) -> str:
    if _CJK.search(message):
        return message
    for pattern, chinese in _VALUE_MESSAGES:
        match = pattern.match(message)
        if match:
            return chinese.format(**match.groupdict())
    return message


def _general(message: str) -> str:
    if _CJK.search(message):
        return message
    match = re.match(r"^No such command (?P<c>'.*')\.$", message)
    if match:
        return f"没有子命令 {match['c']}"
    match = re.match(r"^Got unexpected extra arguments? \((?P<a>.*)\)$", message)
    if match:
        return f"多余的参数：{match['a']}"
    if message == "Missing command.":
        return "缺少子命令"
    return message
