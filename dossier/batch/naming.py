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


def chinese_entry(case_number: str, doc_type: str, fmt: str, *, serves: str | None = None) -> str:
    """Where a generated document goes in the ZIP the clerk downloads: a folder per document type and a
    file name in Chinese, e.g. 执行通知书/（2024）豫0311执1234号_执行通知书.docx; a receipt also names
    what it serves: 送达回证/（2024）豫0311执1234号_送达回证（执行通知书）.pdf."""
    from dossier.doctypes import label

    title = safe_component(label(doc_type), limit=60)
    stem = f"{safe_component(case_number)}_{title}"
    if serves:
        stem += f"（{safe_component(label(serves), limit=60)}）"
    return f"{title}/{stem}.{fmt}"


def chinese_merged_entry(doc_type: str) -> str:
    """A merged print file in the ZIP: 合并打印/执行通知书.pdf."""
    from dossier.doctypes import label

    return f"合并打印/{safe_component(label(doc_type), limit=60)}.pdf"
