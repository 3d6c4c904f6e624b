"""A clerk who mistypes a command is told in Chinese what is wrong and which option (exit 2); a service
started on a database it cannot reach says so, naming DATABASE_URL, without a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dossier.cli.main import cli


@pytest.mark.parametrize(("args", "words"), [
    (["checklist", "show", "--category", "foo"], ["--category", "的值无效", "'foo' 不是可选值之一", "enforcement"]),
    (["generate", "--cases", "cases.json"], ["缺少选项", "--types"]),
    (["check-filing", "--nope"], ["没有选项 --nope"]),
    (["serve", "--port", "abc"], ["--port", "的值无效", "不是有效的数字"]),
    (["serve", "--port", "99999"], ["--port", "超出允许范围"]),
    (["generate", "--cases"], ["选项 --cases 后须给出一个值"]),
    (["no-such-command"], ["没有子命令 'no-such-command'"]),
    (["samples", "build", "--seed", "x"], ["--seed", "不是有效的数字"]),
])
def test_usage_errors_are_chinese_name_the_option_and_exit_2(args: list[str], words: list[str]) -> None:
    result = CliRunner().invoke(cli, args, prog_name="dossier")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    for word in words:
        assert word in result.stderr, result.stderr
    for english in ("Error:", "Usage:", "Invalid value", "Missing option", "No such option", "Try '"):
        assert english not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("错误：")


def test_the_usage_line_and_help_hint_are_chinese_too() -> None:
    result = CliRunner().invoke(cli, ["checklist", "show", "--category", "foo"], prog_name="dossier")
    assert result.stderr.startswith("用法：dossier checklist show [OPTIONS]")
    assert "运行“dossier checklist show -h”查看帮助。" in result.stderr


def test_help_is_still_help() -> None:
    result = CliRunner().invoke(cli, ["check-filing", "-h"], prog_name="dossier")
    assert result.exit_code == 0 and "--case" in result.stdout


def test_serve_on_an_unreachable_postgresql_says_so_without_a_traceback(tmp_path: Path) -> None:
    command = Path(sys.executable).with_name("dossier")
    env = {**os.environ, "DATABASE_URL": "postgresql+psycopg://u:geheim@127.0.0.1:1/db"}
    done = subprocess.run([str(command), "serve", "--data", str(tmp_path / "data"), "--port", "0"], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    assert "无法连接数据库" in done.stderr and "DATABASE_URL" in done.stderr
    assert "127.0.0.1:1/db" in done.stderr and "geheim" not in done.stderr  # the password is never shown


INTERRUPTED_WHILE_BUILDING = '''
from dossier.cli.common import reports_errors


class HalfBuilt:
    """What Ctrl-C leaves when it lands inside a constructor (zipfile.ZipFile before its _writing is set)."""

    def __del__(self):
        raise AttributeError("_writing")


@reports_errors
def batch():
    half = HalfBuilt()
    raise KeyboardInterrupt


batch()
'''


def test_ctrl_c_inside_a_half_built_object_shows_the_interruption_and_no_traceback() -> None:
    """The clerk presses Ctrl-C while a batch writes a DOCX: the ZipFile being opened is left half-built and its
    finaliser fails at exit. The clerk sees 已中断 and exit status 130, not that finaliser's traceback."""
    done = subprocess.run([sys.executable, "-c", INTERRUPTED_WHILE_BUILDING], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 130 and "已中断" in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr


INTERRUPTED_WHILE_CLOSING = '''
import io
import zipfile

from dossier.cli.common import reports_errors


@reports_errors
def compose():
    with zipfile.ZipFile(io.BytesIO(), "w") as merged:
        entry = merged.open("word/document.xml", mode="w")
        entry.write(b"<w:document/>")
        raise KeyboardInterrupt  # Ctrl-C lands inside the entry's close: the entry stays open


compose()
'''


def test_ctrl_c_inside_a_zip_entry_being_written_shows_the_interruption_not_an_internal_error() -> None:
    """Ctrl-C lands while the batch composes a load of documents into one DOCX: the entry being written stays open,
    and closing the archive raises ValueError over the interrupt. The clerk sees 已中断 and exit 130 — not 内部错误
    and exit 3 (a CI run of test_ctrl_c_leaves_nothing_half_written_and_no_libreoffice failed so, Dec 7)."""
    done = subprocess.run([sys.executable, "-c", INTERRUPTED_WHILE_CLOSING], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 130 and "已中断" in done.stderr, done.stderr
    assert "内部错误" not in done.stderr and "Traceback" not in done.stderr, done.stderr
