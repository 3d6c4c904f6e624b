"""The administrator gives each person an account: `dossier users add|passwd|disable`, password from a
prompt (typed twice) or from stdin, messages in Chinese, exit 2 on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select

from api.auth import authenticate, open_session, session_user
from dossier.cli.main import cli
from dossier.store.db import open_database
from dossier.store.models import User


@pytest.fixture
def run(tmp_path: Path, db_url: str):  # type: ignore[no-untyped-def]
    env = {"DATABASE_URL": db_url, "DOSSIER_FAST_PASSWORD_HASHING": "1"}

    def invoke(*args: str, input: str | None = None) -> Result:
        return CliRunner().invoke(cli, ["users", *args, "--data", str(tmp_path / "data")], input=input, env=env,
                                  prog_name="dossier")

    return invoke


def test_a_person_is_added_with_a_role_and_a_name_and_can_log_in(run, db_url: str) -> None:  # type: ignore[no-untyped-def]
    res = run("add", "zhangsan", "--role", "archive", "--display-name", "张三", input="长长的口令-2026\n长长的口令-2026\n")
    assert res.exit_code == 0, res.output
    assert "已添加用户 zhangsan（张三，角色 archive）" in res.stderr
    assert "长长的口令-2026" not in res.output
    db = open_database(db_url)
    try:
        user = authenticate(db, "zhangsan", "长长的口令-2026")
        assert user is not None and user.display_name == "张三" and user.role == "archive"
    finally:
        db.dispose()


def test_a_new_password_from_stdin_ends_the_person_s_sessions(run, db_url: str) -> None:  # type: ignore[no-untyped-def]
    assert run("add", "lisi", "--role", "filing", "--password-stdin", input="第一个口令-abc\n").exit_code == 0
    db = open_database(db_url)
    try:
        lisi = authenticate(db, "lisi", "第一个口令-abc")
        assert lisi is not None
        token = open_session(db, lisi.id, "token")
        res = run("passwd", "lisi", "--password-stdin", input="第二个口令-xyz\n")
        assert res.exit_code == 0, res.output
        assert "已修改用户 lisi 的密码" in res.stderr
        assert session_user(db, token, "token") is None
        assert authenticate(db, "lisi", "第一个口令-abc") is None
        assert authenticate(db, "lisi", "第二个口令-xyz") is not None
    finally:
        db.dispose()


def test_a_disabled_person_cannot_log_in_and_the_tokens_end_but_the_account_stays(run, db_url: str) -> None:  # type: ignore[no-untyped-def]
    assert run("add", "wangwu", "--role", "undertaker", "--password-stdin", input="王五的口令-123\n").exit_code == 0
    db = open_database(db_url)
    try:
        wangwu = authenticate(db, "wangwu", "王五的口令-123")
        assert wangwu is not None
        token = open_session(db, wangwu.id, "session")
        res = run("disable", "wangwu")
        assert res.exit_code == 0 and "已停用用户 wangwu" in res.stderr
        assert session_user(db, token, "session") is None
        assert authenticate(db, "wangwu", "王五的口令-123") is None
        with db.session() as s:
            assert s.execute(select(User.disabled).where(User.username == "wangwu")).scalar_one() is True
    finally:
        db.dispose()


@pytest.mark.parametrize(("args", "input", "words"), [
    (("add", "zhao", "--role", "boss", "--password-stdin"), "足够长的口令-1\n", ["未知角色：boss", "archive（卷宗管理）"]),
    (("add", "zhao", "--role", "filing", "--password-stdin"), "短\n", ["密码至少需要 8 个字符"]),
    (("add", "zhao", "--role", "filing", "--password-stdin"), "", ["标准输入中没有密码"]),
    (("add", "zhao", "--role", "filing"), "口令一二三四五\n口令一二三四六\n", ["两次输入的密码不一致"]),
    (("add", "赵 六", "--role", "filing", "--password-stdin"), "足够长的口令-1\n", ["用户名只能由"]),
    (("add", "zhao"), None, ["缺少选项", "--role"]),
    (("passwd", "nobody", "--password-stdin"), "足够长的口令-1\n", ["没有这个用户：nobody"]),
    (("disable", "nobody"), None, ["没有这个用户：nobody"]),
])
def test_bad_input_is_told_in_chinese_with_exit_2(run, args: tuple[str, ...], input: str | None,  # type: ignore[no-untyped-def]
                                                  words: list[str]) -> None:
    res = run(*args, input=input)
    assert res.exit_code == 2, res.output
    for word in words:
        assert word in res.stderr, res.stderr
    assert "Traceback" not in res.output


def test_a_user_name_taken_is_refused(run) -> None:  # type: ignore[no-untyped-def]
    assert run("add", "admin2", "--role", "admin", "--password-stdin", input="管理员口令-1234\n").exit_code == 0
    res = run("add", "admin2", "--role", "admin", "--password-stdin", input="管理员口令-1234\n")
    assert res.exit_code == 2 and "用户已存在：admin2" in res.stderr


def test_help_is_chinese() -> None:
    res = CliRunner().invoke(cli, ["users", "add", "--help"], prog_name="dossier")
    assert res.exit_code == 0 and "角色" in res.output and "--display-name" in res.output
