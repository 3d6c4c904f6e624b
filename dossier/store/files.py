"""Content-addressed file store: every file kept once, under its sha256, never half-written.

An incoming file is written to a temp file in the store, hashed as it streams, fsynced, then renamed
to its final name; a crash leaves at worst a stray temp file, never a truncated stored file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.exc import IntegrityError

from dossier.errors import DossierError, InputError, RefusedFileError
from dossier.store.db import Database
from dossier.store.models import StoredFile

_SHA = re.compile(r"^[0-9a-f]{64}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# A file name on Linux is at most 255 bytes: 97 Chinese characters (which Windows allows) already exceed it.
MAX_NAME_BYTES = 200
_SUFFIX = re.compile(r"^\.[0-9A-Za-z]{1,10}$")


def clean_name(name: str | None, *, fallback: str = "upload") -> str:
    """A client's file name as we keep and show it: its last part only (either slash), without NUL or
    other control characters, at most 255 characters (the files table's column)."""
    base = _CONTROL.sub("", (name or "").replace("\\", "/")).rsplit("/", 1)[-1].strip()
    return (base if base not in ("", ".", "..") else fallback)[:255]


def safe_file_name(name: str | None, *, max_bytes: int = MAX_NAME_BYTES) -> str:
    """`clean_name`, shortened to fit a file system's name (`max_bytes` UTF-8 bytes) keeping its extension,
    for the named copy a reader opens (readers go by suffix)."""
    base = clean_name(name)
    if len(base.encode("utf-8")) <= max_bytes:
        return base
    stem, dot, ext = base.rpartition(".")
    suffix = f".{ext}" if dot and stem and _SUFFIX.match(f".{ext}") else ""
    stem = stem if suffix else base
    budget = max_bytes - len(suffix.encode("utf-8")) - len("…".encode())
    short = stem.encode("utf-8")[:budget].decode("utf-8", "ignore")
    return f"{short}…{suffix}"


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
        self.new = False  # set by commit: these bytes were not in the store before
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
        os.fchmod(self._fh.fileno(), 0o444)  # stored files never change, nor through a named copy's link
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
            self.new = True
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
        """A file made on this machine (e.g. a batch ZIP), streamed in rather than read whole."""
        with path.open("rb") as fh:
            return self.put_chunks(iter(lambda: fh.read(1 << 20), b""), limit=1 << 62, name=path.name)

    def discard(self, sha: str) -> None:
        """Remove a stored file nothing refers to (an upload that was refused)."""
        with contextlib.suppress(FileNotFoundError):
            self.path_for(sha).unlink()

    def read_bytes(self, sha: str) -> bytes:
        return self.path_for(sha).read_bytes()

    @contextlib.contextmanager
    def named_copies(self, files: Sequence[tuple[str, str]]) -> Iterator[list[Path]]:
        """Stored files (sha256, upload name) under their upload names, in order, in a temp folder removed
        afterwards: readers go by suffix, and a failure naming a copy names the upload instead.

        Hard links (the folder is inside the store, so on its file system); a copy where links fail.
        Each file gets a numbered folder of its own, so two uploads with the same name never collide."""
        with tempfile.TemporaryDirectory(prefix="named.", dir=self.tmp_dir) as tmp:
            paths = []
            for i, (sha, name) in enumerate(files, start=1):
                source = self.path_for(sha)
                target = Path(tmp) / f"{i:03d}" / safe_file_name(name)  # any name a client sends fits
                target.parent.mkdir()
                try:
                    os.link(source, target)
                except OSError:
                    shutil.copyfile(source, target)
                paths.append(target)
            try:
                yield paths
            except DossierError as exc:  # name the file as the user uploaded it, not our temp path
                uploaded = {str(path): name for path, (_, name) in zip(paths, files, strict=True)}
                exc.file = uploaded.get(exc.file or "", exc.file)
                raise


def record_file(db: Database, sha: str, size: int, content_type: str, name: str) -> None:
    """The files-table row of a stored file; the same bytes stored again keep their first row."""
    try:
        with db.session() as s:
            if s.get(StoredFile, sha) is None:
                s.add(StoredFile(sha256=sha, size=size, content_type=content_type[:128], original_name=name[:255]))
    except IntegrityError:
        pass  # the same file recorded at the same moment by another request


def forget_file(db: Database, sha: str) -> None:
    """Remove the files-table row of a refused upload."""
    with db.session() as s:
        row = s.get(StoredFile, sha)
        if row is not None:
            s.delete(row)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
