"""The dossier-check job's page images: numbered across files as the check numbers pages, small."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter

from dossier.errors import RefusedFileError
from dossier.jobs.thumbnails import THUMB_WIDTH, page_count, thumbnails


def scans(tmp_path: Path) -> list[Path]:
    writer = PdfWriter()
    for _ in range(2):
        writer.add_blank_page(width=595, height=842)
    pdf = tmp_path / "卷宗（上）.pdf"
    with pdf.open("wb") as fh:
        writer.write(fh)
    png = tmp_path / "卷宗（下）.png"
    Image.new("L", (2480, 3508), 255).save(png, dpi=(300, 300))  # an A4 page scanned at 300 dpi
    return [pdf, png]


def test_a_dossier_in_two_files_gives_one_small_image_per_page_numbered_throughout(tmp_path: Path) -> None:
    paths = scans(tmp_path)
    assert page_count(paths) == 3
    images = list(thumbnails(paths))
    assert [number for number, _ in images] == [1, 2, 3]
    for _, png in images:
        assert png is not None
        with Image.open(io.BytesIO(png)) as image:
            assert image.format == "PNG"
            assert 0.9 * THUMB_WIDTH <= image.width <= THUMB_WIDTH
            assert image.height > image.width  # portrait, as scanned


def test_a_truncated_scan_is_refused_naming_it(tmp_path: Path) -> None:
    broken = tmp_path / "卷宗.pdf"
    broken.write_bytes(b"%PDF-1.4 half a file")
    with pytest.raises(RefusedFileError) as refused:
        list(thumbnails([broken]))
    assert refused.value.file == "卷宗.pdf"
