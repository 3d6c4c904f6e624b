"""Limits on what one request brings. Request bodies are limited while they stream in: a too-large
upload is refused with 413 before it fills the disk, whether or not the client announced its length.
Rows of a case table and pages of scans are counted before any is read (settings
DOSSIER_MAX_IMPORT_ROWS, DOSSIER_MAX_DOSSIER_PAGES), so no request brings unbounded work."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import ApiError


class _BodyTooLarge(HTTPException):
    """An HTTPException so that FastAPI's body parsing passes it on as it is (413), not as a 400."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, _message(max_bytes))


def _message(max_bytes: int) -> str:
    return f"上传内容过大，超过上限 {max_bytes / (1 << 20):.0f} MB"


class BodySizeLimit:
    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._refuse(send)
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        payload = json.dumps({"error": "UploadTooLarge", "message": _message(self.max_bytes)},
                             ensure_ascii=False).encode("utf-8")
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json; charset=utf-8"),
                                (b"content-length", str(len(payload)).encode()), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": payload})


def _content_length(scope: Scope) -> int | None:
    headers: list[Any] = scope.get("headers", [])
    for name, value in headers:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


# --- how much work one request may bring: rows of a case table, pages of scans ----------------------

def count_rows(path: Path) -> int:
    """Data rows of a CSV/XLSX/JSON case table, counted without reading the cases (0 when the file
    cannot be read: the table reader then refuses it with its own message)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return _csv_rows(path)
        if suffix == ".xlsx":
            return _xlsx_rows(path)
        if suffix == ".json":
            data = json.loads(path.read_bytes())
            return len(data) if isinstance(data, list) else 1
    except (OSError, ValueError, KeyError, SyntaxError, zipfile.BadZipFile, csv.Error):
        return 0
    return 0


def _csv_rows(path: Path) -> int:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        return 0
    return max(sum(1 for record in csv.reader(io.StringIO(text, newline="")) if record) - 1, 0)


def _xlsx_rows(path: Path) -> int:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        rows = sheet.max_row  # from the sheet's stated dimension, when it has one
        if rows is None:
            rows = sum(1 for _ in sheet.iter_rows(values_only=True))
        return max(int(rows) - 1, 0)
    finally:
        workbook.close()


def check_rows(path: Path, limit: int, *, file: str) -> None:
    """A case table of more rows than the setting allows is refused before it is read."""
    rows = count_rows(path)
    if rows > limit:
        raise ApiError(413, f"案件表格有 {rows} 行，超过每次导入的上限 {limit} 行；请拆分为多个文件分批导入",
                       field="file", file=file)


def check_pages(pages: int, limit: int, *, what: str = "扫描件") -> None:
    """Scans of more pages than the setting allows (one dossier, one filing) are refused before OCR."""
    if pages > limit:
        raise ApiError(413, f"{what}共 {pages} 页，超过每次审查的上限 {limit} 页；请分卷上传", field="files")
