"""`dossier worker` needs a broker; a mistyped broker address is refused naming the variable."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from api.settings import Settings
from dossier.cli.main import cli
from dossier.errors import InputError


def test_the_worker_command_is_listed_and_without_a_broker_says_in_chinese_what_is_missing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DOSSIER_BROKER_URL", raising=False)
    runner = CliRunner()
    assert "worker" in runner.invoke(cli, ["--help"]).output
    result = runner.invoke(cli, ["worker", "--data", str(tmp_path / "data")])
    assert result.exit_code == 2
    assert "DOSSIER_BROKER_URL" in result.output and "未设置任务代理地址" in result.output


def test_a_broker_address_that_is_not_redis_is_refused_before_the_service_starts(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        Settings.from_env(tmp_path, {"DOSSIER_BROKER_URL": "amqp://guest@localhost//"})
    assert caught.value.field == "DOSSIER_BROKER_URL"
    assert "Redis" in caught.value.message
    settings = Settings.from_env(tmp_path, {"DOSSIER_BROKER_URL": "redis://10.0.0.5:6379/0",
                                            "DOSSIER_MAX_IMPORT_ROWS": "500", "DOSSIER_CHECK_CHUNK_PAGES": "8"})
    assert (settings.broker_url, settings.max_import_rows, settings.check_chunk_pages) == (
        "redis://10.0.0.5:6379/0", 500, 8)
