"""Content-addressed file store: every file kept once, under its sha256, never half-written.

An incoming file is written to a temp file in the store, hashed as it streams, fsynced, then renamed
to its final name; a crash leaves at worst a stray temp file, never a truncated stored file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from dossier.errors import InputError, RefusedFileError

_SHA = re.compile(r"^[0-9a-f]{64}$")


class UploadTooLarge(RefusedFileError):
    """An upload larger than the configured limit (answered 413)."""


class IncomingFile:
    """A file being received: write chunks, then `commit()` (or `abort()`)."""

    def __init__(self, store: FileStore, *, limit: int, name: str = "") -> None:
        self._store = store
        self._limit = limit
        self._name = name
        self._hash = hashlib.sha256()
        self.size = 0
        fd, tmp = tempfile.mkstemp(prefix="incoming.", suffix=".part", dir=store.tmp_dir)
        self._tmp = Path(tmp)
        self._fh: BinaryIO | None = os.fdopen(fd, "wb")

    def write(self, chunk: bytes) -> None:
        assert self._fh is not None, "file already committed or aborted"
        self.size += len(chunk)
        if self.size > self._limit:
            self.abort()
            mib = self._limit / (1 << 20)
            raise UploadTooLarge(f"文件过大，超过上限 {mib:.0f} MB", file=self._name or None)
        self._hash.update(chunk)
        self._fh.write(chunk)

    def commit(self) -> str:
        """Make the file durable under its sha256 and return the digest."""
        assert self._fh is not None, "file already committed or aborted"
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        self._fh = None
        sha = self._hash.hexdigest()
        final = self._store.path_for(sha)
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            self._tmp.unlink()
        else:
            os.replace(self._tmp, final)
            _fsync_dir(final.parent)
        return sha

    def abort(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        with contextlib.suppress(FileNotFoundError):
            self._tmp.unlink()


class FileStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.tmp_dir = root / "tmp"
        self.tmp_dir.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha: str) -> Path:
        if not _SHA.match(sha):
            raise InputError("文件标识不是有效的 sha256", field="sha256")
        return self.root / sha[:2] / sha

    def incoming(self, *, limit: int, name: str = "") -> IncomingFile:
        return IncomingFile(self, limit=limit, name=name)

    def put_chunks(self, chunks: Iterable[bytes], *, limit: int, name: str = "") -> tuple[str, int]:
        incoming = self.incoming(limit=limit, name=name)
        try:
            for chunk in chunks:
                incoming.write(chunk)
            return incoming.commit(), incoming.size
        except BaseException:
            incoming.abort()
            raise

    def put_bytes(self, data: bytes, *, name: str = "") -> tuple[str, int]:
        return self.put_chunks([data], limit=max(len(data), 1), name=name)

    def put_file(self, path: Path) -> tuple[str, int]:
        with path.open("rb") as fh:
            return self.put_chunks(iter(lambda: fh.read(1 << 20), b""), limit=1 << 62, name=path.name)

    def exists(self, sha: str) -> bool:
        return self.path_for(sha).is_file()

    def read_bytes(self, sha: str) -> bytes:
        return self.path_for(sha).read_bytes()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
