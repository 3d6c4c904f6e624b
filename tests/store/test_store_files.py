"""An upload is stored once under its sha256, completely or not at all."""

from __future__ import annotations

import hashlib
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from dossier.errors import InputError
from dossier.store.db import Database
from dossier.store.files import FileStore, UploadTooLarge, record_file
from dossier.store.models import StoredFile


def stored_files(store: FileStore) -> list[Path]:
    return [p for p in store.root.rglob("*") if p.is_file() and p.parent != store.tmp_dir]


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=5000), chunk=st.integers(min_value=1, max_value=700))
def test_any_file_reads_back_identical_under_its_sha256(tmp_path: Path, data: bytes, chunk: int) -> None:
    store = FileStore(tmp_path / "files")
    chunks = [data[i:i + chunk] for i in range(0, len(data), chunk)]
    sha, size = store.put_chunks(chunks, limit=10_000)
    assert sha == hashlib.sha256(data).hexdigest()
    assert size == len(data)
    assert store.path_for(sha).name == sha
    assert store.read_bytes(sha) == data
    assert list(store.tmp_dir.iterdir()) == []


def test_the_same_scan_uploaded_twice_is_kept_once(tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    first = store.put_bytes(b"%PDF-1.4 scan")
    second = store.put_bytes(b"%PDF-1.4 scan")
    assert first == second
    assert len(stored_files(store)) == 1


def test_a_too_large_upload_is_refused_in_chinese_and_leaves_nothing(tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    with pytest.raises(UploadTooLarge) as refused:
        store.put_chunks([b"x" * 600_000, b"x" * 600_000], limit=1 << 20, name="卷宗.pdf")
    assert "文件过大" in refused.value.message
    assert refused.value.file == "卷宗.pdf"
    assert stored_files(store) == []
    assert list(store.tmp_dir.iterdir()) == []


def test_an_upload_broken_off_midway_is_not_half_stored(tmp_path: Path) -> None:
    store = FileStore(tmp_path)

    def connection_drops() -> Iterator[bytes]:
        yield b"first half of the scan"
        raise ConnectionResetError("client went away")

    with pytest.raises(ConnectionResetError):
        store.put_chunks(connection_drops(), limit=1 << 20)
    assert stored_files(store) == []
    assert list(store.tmp_dir.iterdir()) == []


def test_a_made_up_file_id_is_refused(tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    with pytest.raises(Exception, match="sha256"):
        store.path_for("../../etc/passwd")


def test_stored_files_are_read_only(tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    sha, _ = store.put_bytes(b"%PDF-1.4 scan")
    assert stat.S_IMODE(store.path_for(sha).stat().st_mode) == 0o444


def test_two_scans_uploaded_under_the_same_name_are_both_read_under_that_name(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    first, _ = store.put_bytes(b"first volume")
    second, _ = store.put_bytes(b"second volume")
    uploads = [(first, "卷宗.pdf"), (second, "卷宗.pdf"), (first, "../../etc/passwd"), (second, "..")]
    with store.named_copies(uploads) as paths:
        assert [p.name for p in paths] == ["卷宗.pdf", "卷宗.pdf", "passwd", "upload"]
        assert [p.read_bytes() for p in paths] == [b"first volume", b"second volume", b"first volume",
                                                   b"second volume"]
        assert all(store.tmp_dir in p.parents for p in paths)
    assert list(store.tmp_dir.iterdir()) == []
    assert store.read_bytes(first) == b"first volume"


def test_a_reader_failing_on_a_named_copy_names_the_upload_not_the_server_path(tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    sha, _ = store.put_bytes(b"not a spreadsheet")
    with pytest.raises(InputError) as refused, store.named_copies([(sha, "立案&登记.xlsx")]) as [path]:
        raise InputError("无法读取 Excel 文件", file=str(path))
    assert refused.value.file == "立案&登记.xlsx"
    assert list(store.tmp_dir.iterdir()) == []


def test_a_file_is_recorded_once_under_its_first_name(db: Database, tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    sha, size = store.put_bytes(b"%PDF-1.4 scan", name="卷宗.pdf")
    record_file(db, sha, size, "application/pdf", "卷宗.pdf")
    record_file(db, sha, size, "application/octet-stream", "又一次.pdf")
    with db.session() as s:
        rows = s.execute(select(StoredFile)).scalars().all()
    assert [(r.sha256, r.size, r.original_name, r.content_type) for r in rows] == [
        (sha, size, "卷宗.pdf", "application/pdf")]
