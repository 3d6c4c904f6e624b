"""Uploads streamed chunk by chunk into the content-addressed store, recorded in the files table.

An upload is kept only if it is accepted: when the request refuses it (too large, not a readable scan or
table, …) the bytes it brought into the store and their files row are removed again."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from fastapi import UploadFile
from starlette.concurrency import run_in_threadpool

from api.deps import Services
from api.limits import check_pages, check_rows
from api.schemas import ImportOut
from dossier.store.files import clean_name, forget_file, record_file

CHUNK = 1 << 20
log = logging.getLogger("dossier.api")


@dataclass(frozen=True)
class StoredUpload:
    sha256: str
    size: int
    name: str
    content_type: str
    new: bool = False  # the bytes came into the store with this upload

    def as_input(self) -> dict[str, object]:
        return {"name": self.name, "sha256": self.sha256, "size": self.size}


def upload_name(upload: UploadFile) -> str:
    """The file's own name, without any folder the client sent or control characters (NUL)."""
    return clean_name(upload.filename)


async def store_upload(svc: Services, upload: UploadFile) -> StoredUpload:
    name = upload_name(upload)
    incoming = svc.files.incoming(limit=svc.settings.max_upload_bytes, name=name)
    try:  # disk writes, hashing, fsync and the database on worker threads: other pages keep answering
        while chunk := await upload.read(CHUNK):
            await run_in_threadpool(incoming.write, chunk)
        sha = await run_in_threadpool(incoming.commit)
    except BaseException:
        incoming.abort()
        raise
    content_type = (upload.content_type or "application/octet-stream")[:128]
    stored = StoredUpload(sha256=sha, size=incoming.size, name=name, content_type=content_type, new=incoming.new)
    try:
        await run_in_threadpool(record_file, svc.db, sha, incoming.size, content_type, name)
    except BaseException:
        discard_uploads(svc, [stored])
        raise
    return stored


async def store_uploads(svc: Services, uploads: Iterable[UploadFile]) -> list[StoredUpload]:
    """Several uploads of one request: all stored, or (one refused) none kept."""
    stored: list[StoredUpload] = []
    with kept_only_if_accepted(svc, stored):
        for upload in uploads:
            stored.append(await store_upload(svc, upload))
    return stored


@contextlib.contextmanager
def kept_only_if_accepted(svc: Services, stored: list[StoredUpload]) -> Iterator[None]:
    """Whatever the block raises (a refusal, a failure), the uploads it judged are not kept."""
    try:
        yield
    except BaseException:
        discard_uploads(svc, stored)
        raise


def discard_uploads(svc: Services, stored: Iterable[StoredUpload]) -> None:
    for s in stored:
        if not s.new:
            continue  # the same bytes were stored before this request: they belong to someone else
        try:
            forget_file(svc.db, s.sha256)
            svc.files.discard(s.sha256)
        except Exception:
            log.exception("could not remove the refused upload %s", s.sha256)


async def import_cases(svc: Services, stored: StoredUpload, user_id: int | None) -> ImportOut:
    """Import a stored case table in the import process (`import_process`), so every other page keeps
    answering meanwhile; a table of more rows than `max_import_rows` is refused (413, in Chinese)
    before any row is read."""
    from api.services.import_process import import_in_process

    with svc.files.named_copies([(stored.sha256, stored.name)]) as [path]:
        await run_in_threadpool(lambda: check_rows(path, svc.settings.max_import_rows, file=stored.name))
        return await import_in_process(svc.settings.database_url, path, user_id)


def scan_pages(svc: Services, stored: list[StoredUpload], *, what: str) -> int:
    """Pages of uploaded scans, judged by content as the OCR reads them (a corrupt, encrypted or
    unsupported file refused naming it); more pages than `max_dossier_pages` refused before any is read."""
    from dossier.ocr.ingest import inspect_inputs  # the scan reader's imports: only when a scan comes

    with svc.files.named_copies([(s.sha256, s.name) for s in stored]) as paths:
        pages = sum(f.pages for f in inspect_inputs(paths))
    check_pages(pages, svc.settings.max_dossier_pages, what=what)
    return pages


async def judged_scan_pages(svc: Services, stored: list[StoredUpload], *, what: str) -> int:
    """`scan_pages` on a worker thread: reading a big PDF's structure does not hold up other pages."""
    return await run_in_threadpool(lambda: scan_pages(svc, stored, what=what))
