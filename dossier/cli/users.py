"""`dossier users add|passwd|disable`: one account per person, on the service's database."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from dossier.cli.common import reports_errors
from dossier.errors import InputError

if TYPE_CHECKING:
    from api.settings import Settings
    from dossier.store.db import Database

ROLE_HELP = "角色：filing（立案审查）、documents（文书制作）、archive（卷宗管理）、undertaker（承办人）、admin（管理员）"

data_option = click.option("--data", "data_dir", default="./data", show_default=True,
                           type=click.Path(path_type=Path, file_okay=False),
                           help="数据目录（与 dossier serve 相同；设置 DATABASE_URL 时使用该数据库）")
stdin_option = click.option("--password-stdin", is_flag=True,
                            help="从标准输入读取密码（第一行），不提示")


@click.group(name="users")
def users() -> None:
    """管理服务的用户（每人一个账号）：添加、改密码、停用。

    密码从提示输入（输入两次，不回显），或加 --password-stdin 从标准输入读取；密码不会写入日志。
    """


@contextmanager
def _database(data_dir: Path) -> Iterator[tuple[Database, Settings]]:
    """The service's database (as `dossier serve --data DIR` finds it), closed afterwards."""
    from api.settings import Settings
    from dossier.store.db import check_reachable, open_database

    settings = Settings.from_env(data_dir)
    check_reachable(settings.database_url)
    db = open_database(settings.database_url)
    try:
        yield db, settings
    finally:
        db.dispose()


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise InputError("标准输入中没有密码", field="password")
        return line.rstrip("\r\n")
    first = click.prompt("密码", hide_input=True, default="", show_default=False, err=True)
    again = click.prompt("再次输入密码", hide_input=True, default="", show_default=False, err=True)
    if first != again:
        raise InputError("两次输入的密码不一致", field="password")
    return str(first)


@users.command(name="add")
@click.argument("username")
@click.option("--role", required=True, help=ROLE_HELP)
@click.option("--display-name", default=None, help="姓名（审批记录中显示），例：张三；默认为用户名")
@stdin_option
@data_option
@reports_errors
def add(username: str, role: str, display_name: str | None, password_stdin: bool, data_dir: Path) -> None:
    """添加用户 USERNAME（登录名：英文字母、数字、下划线、点、连字符）。"""
    from api.services.users import add_user, check_password

    password = _read_password(password_stdin)
    check_password(password)
    with _database(data_dir) as (db, settings):
        user = add_user(db, username, role, password, display_name=display_name,
                        fast_hashing=settings.fast_password_hashing)
    click.echo(f"已添加用户 {user.username}（{user.display_name}，角色 {user.role}）", err=True)


@users.command(name="passwd")
@click.argument("username")
@stdin_option
@data_option
@reports_errors
def passwd(username: str, password_stdin: bool, data_dir: Path) -> None:
    """为用户 USERNAME 设置新密码；其已登录的会话和令牌随即失效。"""
    from api.services.users import check_password, set_password

    password = _read_password(password_stdin)
    check_password(password)
    with _database(data_dir) as (db, settings):
        set_password(db, username, password, fast_hashing=settings.fast_password_hashing)
    click.echo(f"已修改用户 {username} 的密码；其已登录的会话和令牌已失效", err=True)


@users.command(name="disable")
@click.argument("username")
@data_option
@reports_errors
def disable(username: str, data_dir: Path) -> None:
    """停用用户 USERNAME：不能再登录，已登录的会话和令牌立即失效（审批记录保留其姓名）。"""
    from api.services.users import disable_user

    with _database(data_dir) as (db, _settings):
        disable_user(db, username)
    click.echo(f"已停用用户 {username}", err=True)
