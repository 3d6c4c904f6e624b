"""Small page images of an uploaded dossier, numbered from 1 across all files (as the check numbers them).

Pages are read by the OCR ingestion's own reader, so a file is understood here exactly as the check
understands it (by content, with the same limits) and a refused file is refused with the same message.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

THUMB_WIDTH = 300


def page_count(paths: Sequence[Path]) -> int:
    from dossier.ocr.ingest import inspect_inputs

    return sum(f.pages for f in inspect_inputs(paths))


def thumbnails(paths: Sequence[Path]) -> Iterator[tuple[int, bytes | None]]:
    """(page number, PNG) for every page; None where a page cannot be drawn (the check reports it)."""
    from dossier.ocr.ingest import inspect_inputs, iter_pages

    for page in iter_pages(inspect_inputs(paths)):
        yield page.page, thumbnail(page)


def thumbnail(page: Any) -> bytes | None:
    """One page (a `SourcePage`) as a small PNG, or None when it cannot be drawn."""
    import pypdfium2 as pdfium

    try:
        image = page.render(THUMB_WIDTH / max(page.size_inches[0], 0.1))
        image.thumbnail((THUMB_WIDTH, THUMB_WIDTH * 2))
        buf = io.BytesIO()
        image.convert("RGB").save(buf, format="PNG", optimize=True)
    except (pdfium.PdfiumError, OSError, ValueError):
        return None
    return buf.getvalue()
