"""Small page images of an uploaded dossier, numbered from 1 across all files (as the check numbers them)."""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from PIL import Image, ImageSequence

THUMB_WIDTH = 300


def page_count(paths: Sequence[Path]) -> int:
    return sum(1 for _ in _pages(paths, render=False))


def thumbnails(paths: Sequence[Path]) -> Iterator[tuple[int, bytes | None]]:
    """(page number, PNG) for every page; None where a page cannot be drawn (the check reports it)."""
    for number, image in enumerate(_pages(paths, render=True), start=1):
        if image is None:
            yield number, None
            continue
        image.thumbnail((THUMB_WIDTH, THUMB_WIDTH * 2))
        buf = io.BytesIO()
        image.convert("RGB").save(buf, format="PNG", optimize=True)
        yield number, buf.getvalue()


def _pages(paths: Sequence[Path], *, render: bool) -> Iterator[Image.Image | None]:
    for path in paths:
        if path.suffix.lower() == ".pdf":
            yield from _pdf_pages(path, render)
        else:
            yield from _image_pages(path, render)


def _pdf_pages(path: Path, render: bool) -> Iterator[Image.Image | None]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        yield None
        return
    try:
        for i in range(len(pdf)):
            if not render:
                yield None
                continue
            page = pdf[i]
            try:
                width = page.get_width() or 1
                yield page.render(scale=THUMB_WIDTH / width).to_pil()
            except pdfium.PdfiumError:
                yield None
            finally:
                page.close()
    finally:
        pdf.close()


def _image_pages(path: Path, render: bool) -> Iterator[Image.Image | None]:
    try:
        with Image.open(path) as img:
            for frame in ImageSequence.Iterator(img):
                yield frame.copy() if render else None
    except OSError:
        yield None
