"""The filing window's fixtures: case files on disk and the `dossier` command run in-process."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from dossier.cli.main import cli


@pytest.fixture
def case_file(tmp_path: Path) -> Callable[[dict[str, Any]], Path]:
    counter = iter(range(1000))

    def write(data: dict[str, Any]) -> Path:
        path = tmp_path / f"case{next(counter)}.json"
        path.write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")
        return path

    return write


@pytest.fixture
def dossier() -> Callable[..., Result]:
    """Run `dossier ARGS...` as the clerk would; stdout and stderr kept apart."""

    def run(*args: str) -> Result:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    return run


@pytest.fixture
def sample_cases(repo: Path, contract_case_dict: dict[str, Any]) -> list[dict[str, Any]]:
    """The shipped sample cases (samples/cases.json), or CONTRACT.md's example when absent."""
    path = repo / "samples" / "cases.json"
    if not path.exists():
        return [contract_case_dict]
    loaded: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    return loaded
