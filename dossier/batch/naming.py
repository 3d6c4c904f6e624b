"""Output file names: the case number as the clerk knows it, made safe for every file system."""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')


def safe_component(text: str, *, limit: int = 120) -> str:
    """One path component: no separators or characters Windows refuses; brackets and Chinese stay."""
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", text)).strip().strip(".")
    return (cleaned or "_")[:limit]


def output_name(case_number: str, doc_type: str, *, serves: str | None = None) -> str:
    """File stem, e.g. （2024）豫0311执1234号_enforcement_notice (receipts also name what they serve)."""
    suffix = f"{doc_type}_{serves}" if serves else doc_type
    return f"{safe_component(case_number)}_{suffix}"
