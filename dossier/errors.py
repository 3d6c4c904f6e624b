"""Failures the user must be told about, each carrying the exit status the CLI returns.

Messages are Chinese (they reach clerks); the class names and attributes are for code and logs.
"""

from __future__ import annotations

import errno
from collections.abc import Callable


class DossierError(Exception):
    """Base of every failure that is reported to a user rather than shown as a traceback."""

    exit_code = 3

    def __init__(self, message: str, *, field: str | None = None, page: int | None = None,
                 file: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.page = page
        self.file = file

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"error": type(self).__name__, "message": self.message}
        if self.field is not None:
            out["field"] = self.field
        if self.page is not None:
            out["page"] = self.page
        if self.file is not None:
            out["file"] = self.file
        return out

    def __str__(self) -> str:
        return self.describe(lambda field: f"字段 {field}")

    def describe(self, field_name: Callable[[str], str]) -> str:
        """File, page and field, then the message; `field_name` says how the field is named (its path
        for the CLI and the logs, its Chinese name on the service's pages)."""
        where = []
        if self.file:
            where.append(f"文件 {self.file}")
        if self.page is not None:
            where.append(f"第{self.page}页")
        if self.field:
            where.append(field_name(self.field))
        return f"{'，'.join(where)}：{self.message}" if where else self.message


class InputError(DossierError):
    """Bad input: malformed JSON, a wrong enum, an impossible date, an unreadable file (exit 2)."""

    exit_code = 2


class CaseDataError(InputError):
    """A case file (or a batch row) that does not fit the case model."""


class RefusedFileError(InputError):
    """A file refused before any work: encrypted, corrupt, truncated, too large, unsupported type."""


class TemplateError(DossierError):
    """A template that cannot be rendered, e.g. it uses a variable the case does not provide."""

    exit_code = 2


class ChecklistDataError(DossierError):
    """A checklist, deadline or vocabulary data file that does not validate (names file and line)."""

    exit_code = 2


class ExternalToolError(DossierError):
    """LibreOffice, Tesseract or another external program failed or is missing."""

    exit_code = 3


class DatabaseUnavailableError(DossierError):
    """The database named by DATABASE_URL cannot be reached (server down, wrong host or port) (exit 3)."""

    exit_code = 3


_OS_REASONS = {
    errno.ENOENT: "文件或目录不存在",
    errno.EACCES: "没有访问权限",
    errno.EPERM: "没有访问权限",
    errno.EISDIR: "这是一个目录，不是文件",
    errno.ENOTDIR: "路径中有一项不是目录",
    errno.ENOSPC: "磁盘空间不足",
    errno.EROFS: "文件系统只读",
    errno.EEXIST: "已存在同名文件",
    errno.ENAMETOOLONG: "文件名过长",
}


def os_reason(exc: OSError) -> str:
    """The system's reason for a failed file operation, in Chinese where it is a common one."""
    return _OS_REASONS.get(exc.errno or -1) or exc.strerror or str(exc)
