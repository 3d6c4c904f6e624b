"""Hostile PDFs from OCRmyPDF's test suite (../shared/corpus/pdf-oddities): each one gets a result or a
clear refusal — exit status 0, 1 or 2, no traceback — within 60 s and 3 GiB, through the same runner
the check-dossier command uses (`python -m dossier.ocr.probe`)."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ODDITIES = (REPO / ".." / "shared" / "corpus" / "pdf-oddities").resolve()
LIMIT_BYTES = 3 * 1024**3
TIMEOUT_S = 60

_files = sorted(ODDITIES.glob("*.pdf")) if ODDITIES.is_dir() else []
_params = [pytest.param(p, id=p.name) for p in _files] or [
    pytest.param(None, marks=pytest.mark.skip(reason=f"corpus not found at {ODDITIES} (shared/ beside the repo)"))]


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))


def _probe(pdf: Path, engine: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    return subprocess.run([sys.executable, "-m", "dossier.ocr.probe", str(pdf), "--engine", engine],
                          capture_output=True, text=True, timeout=TIMEOUT_S, preexec_fn=_limit_memory,
                          cwd=REPO, env=env, check=False)


def _assert_answered(pdf: Path, run: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    assert run.returncode in (0, 1, 2), (run.returncode, run.stderr[-2000:])
    answer = json.loads(run.stdout)
    if run.returncode == 2:
        assert answer["file"] == pdf.name and answer["message"]  # a Chinese refusal naming the file
    else:
        assert answer["pages"] and all(p["doc_type"] for p in answer["pages"])


@pytest.mark.parametrize("pdf", _params)
def test_every_hostile_pdf_is_answered_in_bounded_time_and_memory(pdf: Path) -> None:
    """The real path: up-front validation, rasterising, every page stage and the default OCR engine."""
    _assert_answered(pdf, _probe(pdf, "auto"))
