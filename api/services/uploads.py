"""Uploads streamed chunk by chunk into the content-addressed store, recorded in the files table."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import UploadFile

from api.deps import Services
from dossier.store.models import StoredFile

CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredUpload:
    sha256: str
    size: int
    name: str
    content_type: str
    path: Path

    def as_input(self) -> dict[str, object]:
        return {"name": self.name, "sha256": self.sha256, "size": self.size}


async def store_upload(svc: Services, upload: UploadFile) -> StoredUpload:
    name = Path(upload.filename or "upload").name[:255]
    incoming = svc.files.incoming(limit=svc.settings.max_upload_bytes, name=name)
    try:
        while chunk := await upload.read(CHUNK):
            incoming.write(chunk)
        sha = incoming.commit()
    except BaseException:
        incoming.abort()
        raise
    content_type = (upload.content_type or "application/octet-stream")[:128]
    with svc.db.session() as s:
        if s.get(StoredFile, sha) is None:
            s.add(StoredFile(sha256=sha, size=incoming.size, content_type=content_type, original_name=name))
    return StoredUpload(sha256=sha, size=incoming.size, name=name, content_type=content_type,
                        path=svc.files.path_for(sha))


def store_bytes(svc: Services, data: bytes, name: str, content_type: str) -> StoredUpload:
    sha, size = svc.files.put_bytes(data, name=name)
    with svc.db.session() as s:
        if s.get(StoredFile, sha) is None:
            s.add(StoredFile(sha256=sha, size=size, content_type=content_type, original_name=name))
    return StoredUpload(sha256=sha, size=size, name=name, content_type=content_type, path=svc.files.path_for(sha))
