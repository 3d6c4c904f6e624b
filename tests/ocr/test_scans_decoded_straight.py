"""The reader's first cost on a scanned page is its render: a page that is nothing but its JPEG scan, drawn over
the whole page, is decoded straight from the JPEG; anything else on the page (a visible stamp of text, an
annotation, a /Rotate, a scan laid on the page with margins) is left to pdfium, which draws what is there."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pypdf
from ocr_synth import scanned_page
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from dossier.ocr.ingest import inspect_inputs, iter_pages


def _jpeg(tmp_path: Path) -> Path:
    path = tmp_path / "page.jpg"
    scanned_page("执行裁定书").convert("RGB").save(path, format="JPEG", quality=85, dpi=(200, 200))
    return path


def _pdf(tmp_path: Path, name: str, *, margin: float = 0.0, stamp: str = "", rotate: int = 0) -> Path:
    jpeg, pdf = _jpeg(tmp_path), tmp_path / name
    page = canvas.Canvas(str(pdf), pagesize=A4)
    width, height = A4
    page.drawImage(str(jpeg), margin, margin, width - 2 * margin, height - 2 * margin)
    if stamp:
        page.drawString(72, 72, stamp)
    page.save()
    if rotate:
        reader, writer = pypdf.PdfReader(pdf), pypdf.PdfWriter()
        for p in reader.pages:
            writer.add_page(p.rotate(rotate))
        buffer = io.BytesIO()
        writer.write(buffer)
        pdf.write_bytes(buffer.getvalue())
    return pdf


def _straight_and_drawn(pdf: Path) -> tuple[np.ndarray | None, np.ndarray]:
    for source in iter_pages(inspect_inputs([pdf])):
        straight = source._jpeg_scan_grey(150)
        bitmap = source._pdf_page.render(scale=150 / 72).to_numpy()
        return straight, bitmap[:, :, 2]
    raise AssertionError("no page")


def test_a_page_that_is_its_scan_is_decoded_straight_and_looks_as_pdfium_draws_it(tmp_path: Path) -> None:
    straight, drawn = _straight_and_drawn(_pdf(tmp_path, "scan.pdf"))
    assert straight is not None
    assert straight.shape == drawn.shape
    assert float(np.abs(straight.astype(int) - drawn.astype(int)).mean()) < 2.0


def test_a_page_with_a_visible_stamp_a_turn_or_margins_is_drawn_by_pdfium(tmp_path: Path) -> None:
    for pdf in (_pdf(tmp_path, "stamped.pdf", stamp="COPY 2026-12-03"),
                _pdf(tmp_path, "turned.pdf", rotate=90),
                _pdf(tmp_path, "margins.pdf", margin=36)):
        straight, _drawn = _straight_and_drawn(pdf)
        assert straight is None, pdf.name


def test_what_the_reader_sees_of_a_turned_page_is_turned(tmp_path: Path) -> None:
    """The /Rotate is honoured: the grey page of a turned scan is landscape, as pdfium draws it."""
    for source in iter_pages(inspect_inputs([_pdf(tmp_path, "turned.pdf", rotate=90)])):
        grey = source.render_grey(150)
        assert grey.shape[1] > grey.shape[0]
