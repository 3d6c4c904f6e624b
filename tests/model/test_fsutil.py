"""Outputs are written whole or not at all, and readable by the office."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from dossier.fsutil import atomic_output, atomic_write_bytes


def test_written_file_is_whole_and_readable_by_others(tmp_path: Path) -> None:
    target = tmp_path / "out" / "notice.pdf"
    atomic_write_bytes(target, b"%PDF-1.7 whole")
    assert target.read_bytes() == b"%PDF-1.7 whole"
    assert target.stat().st_mode & stat.S_IROTH
    assert [p.name for p in target.parent.iterdir()] == ["notice.pdf"]


def test_failure_inside_atomic_output_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "catalogue.docx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("LibreOffice crashed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["catalogue.docx"]
