"""Fixtures shared by every area's tests."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings
from log_scan import RunLog, scan_file

if TYPE_CHECKING:
    from dossier.store.db import Database

# Property tests check what holds, not how fast: speed is measured in bench/. On a shared 2-core machine one
# example's fsync or a scheduling stall took 1.3 s against Hypothesis's default 200 ms deadline (CI, Dec 2026).
settings.register_profile("dossier", deadline=None)
settings.load_profile("dossier")

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()

CONTRACT_CASE: dict[str, Any] = {
    "case_number": "（2024）豫0311执1234号",
    "court": "洛阳市老城区人民法院",
    "category": "enforcement",
    "filed_on": "2024-03-14",
    "amount": "123456.78",
    "basis": {"kind": "judgment", "case_number": "（2023）豫0311民初567号", "court": "洛阳市老城区人民法院"},
    "applicants": [{"name": "张三", "kind": "person", "id_number": "410303198001011237",
                    "agent": {"name": "李四", "kind": "lawyer", "firm": "河南某某律师事务所"}}],
    "respondents": [{"name": "洛阳某某商贸有限公司", "kind": "organisation", "id_number": "91410300MA44XYBQ7E"}],
    "closing": {"method": "terminated_this_round", "closed_on": "2024-07-01"},
    "facts": {"respondent_missing": False, "obstruction": False, "dishonest_list": True},
}


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared/ not found beside the repository ({SHARED})")
    return SHARED


@pytest.fixture
def contract_case_dict() -> dict[str, Any]:
    """CONTRACT.md's example case file, as a fresh dict each time."""
    return json.loads(json.dumps(CONTRACT_CASE), parse_float=Decimal)


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    """A private database: a fresh schema on PostgreSQL when DATABASE_URL is set, else a temp SQLite file."""
    from dossier.store.scratch import scratch_database

    with scratch_database(tmp_path, os.environ.get("DATABASE_URL")) as url:
        yield url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    from dossier.store.db import open_database

    database = open_database(db_url)
    yield database
    database.dispose()


# --- the whole run's log has no unmasked ID number (issue 12) ---------------------------------------------

_run_log: RunLog | None = None
_worker_findings: list[str] = []  # on the xdist controller: what the workers found in their own logs


def pytest_sessionstart(session: pytest.Session) -> None:
    global _run_log
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    base = session.config._tmp_path_factory.getbasetemp()  # type: ignore[attr-defined]
    _run_log = RunLog(Path(base) / f"run-log-{worker}.log")
    _run_log.attach()
    root = logging.getLogger()
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)  # what the service logs in production: INFO and up


def _reattach() -> None:
    if _run_log is not None:
        _run_log.attach()


def pytest_runtest_setup(item: pytest.Item) -> None:
    _reattach()


def pytest_runtest_call(item: pytest.Item) -> None:
    _reattach()


def pytest_runtest_teardown(item: pytest.Item) -> None:
    _reattach()


def pytest_testnodedown(node: Any, error: Any) -> None:
    """(xdist controller) a worker's findings, sent with its output when it finished."""
    _worker_findings.extend(getattr(node, "workeroutput", {}).get("unmasked_log_lines", []))


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook sends the worker's output to the controller
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    findings: list[str] = []
    if _run_log is not None:
        _run_log.detach()
        findings = [str(f) for f in scan_file(_run_log.path)]
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # an xdist worker: the controller reports and fails the run
        workeroutput["unmasked_log_lines"] = findings
        return
    findings += _worker_findings
    if not findings:
        return
    session.exitstatus = 1
    report_unmasked(session.config, findings)


def report_unmasked(config: pytest.Config, findings: list[str]) -> None:
    lines = [f"日志中有 {len(findings)} 行含未遮蔽的身份证号或统一社会信用代码（以下已遮蔽显示）："]
    lines += [f"  {f}" for f in findings[:50]]
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.ensure_newline()
        for line in lines:
            reporter.write_line(line, red=True)
    else:
        import sys

        sys.stderr.write("\n".join(lines) + "\n")

