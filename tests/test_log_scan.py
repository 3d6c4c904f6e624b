"""The session-wide log check (tests/conftest.py, tests/log_scan.py) catches an unmasked number."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from log_scan import RunLog, masked, scan_file, scan_text, unmasked_numbers

HERE = Path(__file__).resolve().parent
ID = "410303198001011237"
CREDIT = "91410300MA44XYBQ7E"


@pytest.mark.parametrize("text", [
    f"当事人 {ID} 的数据有误",
    "证件号 410303198001011238 校验位错也算",  # a mistyped number is still somebody's
    "尾号小写 41030319800101123x",
    f"GET /api/cases/%E5%8D%B7{ID} HTTP/1.1",  # in a percent-escaped URL
    f'{{"name": "\\u5377{ID}"}}',  # after a JSON escape
    f"respondent={CREDIT}",
])
def test_the_scanner_finds_a_planted_unmasked_number(text: str) -> None:
    [finding] = scan_text(f"INFO dossier.api: ok\nWARNING dossier.api: {text}\n")
    assert finding.line_no == 2
    assert ID not in finding.line and CREDIT not in finding.line and "****" in finding.line


@pytest.mark.parametrize("text", [
    "当事人 410303********1237 的数据有误",  # masked
    "914103********BQ7E",
    "案号（2024）豫0311执1234号",
    "41030319800101123",  # 17 digits
    "410303198013451237",  # no such birth date
    "sha256 9F86D081884C7D659A2FEAE0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
    "91410300MA44XYBQ7F",  # not a credit code: wrong check character
    "job 1234567890123456789",  # 19 digits
])
def test_the_scanner_leaves_masked_numbers_and_lookalikes(text: str) -> None:
    assert unmasked_numbers(text) == [], masked(text)


def test_a_planted_record_reaches_the_file_and_is_found(tmp_path: Path) -> None:
    run_log = RunLog(tmp_path / "run.log")
    # straight to the handler, made without the masking record factory: not through the session's loggers
    run_log.handler.handle(logging.LogRecord("planted", logging.WARNING, __file__, 1, "当事人 %s 的证件",
                                             (ID,), None))
    run_log.detach()
    [finding] = scan_file(tmp_path / "run.log")
    assert "当事人 410303********1237 的证件" in finding.line and ID not in finding.line


PLANTED_TEST = f'''
import logging


def test_logs_a_number():
    logging.getLogger("planted").warning("当事人 %s", "{ID}")


def test_logs_nothing():
    pass
'''


@pytest.mark.parametrize("xdist", [False, True], ids=["one process", "xdist"])
def test_a_run_whose_log_shows_a_number_fails(tmp_path: Path, xdist: bool) -> None:
    """A whole pytest run (the same conftest) in which one test logs an unmasked number fails, the line masked."""
    for name in ("conftest.py", "log_scan.py"):
        shutil.copy(HERE / name, tmp_path / name)
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_planted.py").write_text(PLANTED_TEST, encoding="utf-8")
    args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "bt")]
    if xdist:
        args += ["-n", "2"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "DATABASE_URL"))}
    done = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, env=env, timeout=240, check=False)
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "2 passed" in out  # every test passed: the log alone fails the run
    assert "未遮蔽的身份证号" in out and "当事人 410303********1237" in out, out
    assert ID not in out, out

    (tmp_path / "test_planted.py").write_text(PLANTED_TEST.replace(ID, "410303********1237"), encoding="utf-8")
    shutil.rmtree(tmp_path / "bt")
    clean = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, env=env, timeout=240, check=False)
    assert clean.returncode == 0, clean.stdout + clean.stderr
