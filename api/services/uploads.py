"""Uploads streamed chunk by chunk into the content-addressed store, recorded in the files table."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import UploadFile

from api.deps import Services
from dossier.store.files import record_file

CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredUpload:
    sha256: str
    size: int
    name: str
    content_type: str

    def as_input(self) -> dict[str, object]:
        return {"name": self.name, "sha256": self.sha256, "size": self.size}


def upload_name(upload: UploadFile) -> str:
    """The file's own name, without any folder the client sent."""
    return Path(upload.filename or "upload").name[:255]


async def store_upload(svc: Services, upload: UploadFile) -> StoredUpload:
    name = upload_name(upload)
    incoming = svc.files.incoming(limit=svc.settings.max_upload_bytes, name=name)
    try:
        while chunk := await upload.read(CHUNK):
            incoming.write(chunk)
        sha = incoming.commit()
    except BaseException:
        incoming.abort()
        raise
    content_type = (upload.content_type or "application/octet-stream")[:128]
    record_file(svc.db, sha, incoming.size, content_type, name)
    return StoredUpload(sha256=sha, size=incoming.size, name=name, content_type=content_type)
