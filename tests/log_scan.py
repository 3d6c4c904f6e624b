"""The whole test run's log, scanned for unmasked identity numbers (issue 12: "masking as a property").

Every formatted log record of the run (root logger and uvicorn's own loggers) is written to a file under the
pytest basetemp, one file per process (each xdist worker its own); at the end of the session each process
scans its file, and the run fails when an 18-character GB 11643 resident ID number (17 digits and a digit or
X, with a real birth date) or a unified social credit code (GB 32100) appears unmasked. The test data holds
such numbers: only what reached a log record counts. Deliberately independent of `dossier.privacy`, whose
masking it checks.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

# A token stands alone, or right after a percent-escape (%E5%8D%B7410303…) or a JSON \u escape.
_START = r"(?:(?<![0-9A-Za-z])|(?<=%[0-9A-Fa-f]{2})|(?<=\\u[0-9A-Fa-f]{4}))"
_ID = re.compile(_START + r"([1-9][0-9]{5})([0-9]{4})([0-9]{2})([0-9]{2})[0-9]{3}[0-9Xx](?![0-9A-Za-z])")
_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100: no I, O, S, V, Z
_CREDIT = re.compile(_START + r"[1-9ANY][1-9][0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])")
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

LOGGERS = ("", "uvicorn", "uvicorn.error", "uvicorn.access")  # uvicorn's own do not propagate once configured
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def _real_birth_date(m: re.Match[str]) -> bool:
    year, month, day = int(m.group(2)), int(m.group(3)), int(m.group(4))
    if not 1800 <= year <= 2100:
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _credit_check_digit_ok(code: str) -> bool:
    total = sum(_CODE_CHARS.index(c) * w for c, w in zip(code[:17], _CREDIT_WEIGHTS, strict=True))
    return _CODE_CHARS[(31 - total % 31) % 31] == code[17]


def unmasked_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of the unmasked ID numbers and credit codes in `text`. A credit code must have its check
    digit right (so that a random 18-character upper-case token is not taken for one); an ID number need
    only have a real birth date (a wrong check digit is still somebody's number, mistyped)."""
    spans = [m.span() for m in _ID.finditer(text) if _real_birth_date(m)]
    spans += [m.span() for m in _CREDIT.finditer(text)
              if _credit_check_digit_ok(m.group(0)) and not any(s <= m.start() < e for s, e in spans)]
    return sorted(spans)


def masked(text: str) -> str:
    """`text` with each number found shown as its first 6 and last 4 characters (for the report)."""
    out, last = [], 0
    for start, end in unmasked_numbers(text):
        out += [text[last:start], text[start:start + 6], "*" * (end - start - 10), text[end - 4:end]]
        last = end
    return "".join(out) + text[last:]


@dataclass
class Finding:
    file: str
    line_no: int
    line: str  # already masked

    def __str__(self) -> str:
        return f"{self.file}:{self.line_no}: {self.line}"


def scan_text(text: str, name: str = "<log>") -> list[Finding]:
    return [Finding(name, i, masked(line)[:400]) for i, line in enumerate(text.splitlines(), 1)
            if unmasked_numbers(line)]


def scan_file(path: Path) -> list[Finding]:
    if not path.is_file():
        return []
    return scan_text(path.read_text(encoding="utf-8", errors="replace"), path.name)


class RunLog:
    """A file handler on the root logger and uvicorn's loggers for the whole session."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handler = logging.FileHandler(path, encoding="utf-8")
        self.handler.setFormatter(logging.Formatter(FORMAT))
        self.handler.setLevel(logging.NOTSET)

    def attach(self) -> None:
        """(Again:) a test or uvicorn's dictConfig may have cleared a logger's handlers."""
        for name in LOGGERS:
            logger = logging.getLogger(name)
            if self.handler not in logger.handlers:
                logger.addHandler(self.handler)

    def detach(self) -> None:
        for name in LOGGERS:
            logging.getLogger(name).removeHandler(self.handler)
        self.handler.close()
