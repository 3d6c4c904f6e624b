"""Fixtures of the archive tests: the small dossier of `archive_support`, archived once per session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from archive_support import SAMPLE, cut_sample, run


@pytest.fixture(scope="session")
def small_scans(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return cut_sample(tmp_path_factory.mktemp("small") / "scans")


@pytest.fixture(scope="session")
def draft_package(tmp_path_factory: pytest.TempPathFactory, small_scans: list[Path]) -> dict[str, Any]:
    """`dossier archive --draft --json` on the small dossier with the real reader."""
    out = tmp_path_factory.mktemp("draft") / "package"
    code, stdout, stderr = run(*map(str, small_scans), "--case", str(SAMPLE / "case.json"), "--out", str(out),
                               "--today", "2024-06-01", "--draft", "--json")
    return {"code": code, "printed": json.loads(stdout), "stderr": stderr, "out": out,
            "manifest": json.loads((out / "manifest.json").read_text("utf-8"))}
