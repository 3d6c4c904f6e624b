"""The archive clerk uploads whatever the scanner produced. Good files are read page by page, numbered
across files; a bad file is refused up front, by name, before any page is analysed."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pypdf
import pytest
from ocr_synth import images_pdf, scanned_page
from PIL import Image

from dossier.errors import RefusedFileError
from dossier.ocr import analyse, inspect_inputs, open_dossier
from dossier.ocr.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedPdfError,
    MissingFileError,
    TooLargeError,
    UnsupportedFileError,
)


@pytest.fixture
def scan_pdf(tmp_path: Path) -> Path:
    return images_pdf([scanned_page("执行通知书"), scanned_page(None)], tmp_path / "scan.pdf")


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims a huge size and holds almost nothing: a decompression bomb."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def test_pdf_jpeg_and_multipage_tiff_make_one_dossier_numbered_across_files(tmp_path: Path, scan_pdf: Path) -> None:
    jpeg = tmp_path / "receipt.jpg"
    scanned_page("送达回证").save(jpeg, "JPEG", quality=70)
    tiff = tmp_path / "backs.tif"
    first, second = scanned_page("报告财产令"), scanned_page(None)
    first.save(tiff, save_all=True, append_images=[second], compression="tiff_deflate")
    files = inspect_inputs([scan_pdf, jpeg, tiff])
    assert [(f.kind, f.pages, f.first_page) for f in files] == [("pdf", 2, 1), ("jpeg", 1, 3), ("tiff", 2, 4)]
    pages = list(analyse([scan_pdf, jpeg, tiff], engine="null"))
    assert [(p.page, p.file, p.file_page) for p in pages] == [
        (1, "scan.pdf", 1), (2, "scan.pdf", 2), (3, "receipt.jpg", 1), (4, "backs.tif", 1), (5, "backs.tif", 2)]


def test_a_png_renamed_pdf_is_read_as_the_png_it_is(tmp_path: Path) -> None:
    disguised = tmp_path / "scan.pdf"
    scanned_page("执行通知书").save(disguised, "PNG")
    assert inspect_inputs([disguised])[0].kind == "png"


def test_a_text_file_renamed_pdf_is_refused_as_unsupported(tmp_path: Path) -> None:
    fake = tmp_path / "卷宗.pdf"
    fake.write_text("这不是扫描件", encoding="utf-8")
    with pytest.raises(UnsupportedFileError) as err:
        inspect_inputs([fake])
    assert err.value.file == "卷宗.pdf" and "不支持的文件类型" in err.value.message


def test_an_encrypted_pdf_is_refused(tmp_path: Path, scan_pdf: Path) -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(scan_pdf))
    writer.encrypt(user_password="secret", owner_password="owner")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(EncryptedPdfError) as err:
        inspect_inputs([locked])
    assert err.value.exit_code == 2 and "加密" in str(err.value) and "locked.pdf" in str(err.value)


def test_a_truncated_pdf_is_refused(tmp_path: Path, scan_pdf: Path) -> None:
    cut = tmp_path / "cut.pdf"
    data = scan_pdf.read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(CorruptFileError) as err:
        inspect_inputs([cut])
    assert "截断" in err.value.message


def test_a_truncated_jpeg_is_refused(tmp_path: Path) -> None:
    buf = io.BytesIO()
    scanned_page("执行通知书").save(buf, "JPEG")
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(buf.getvalue()[:5000])
    with pytest.raises(CorruptFileError):
        inspect_inputs([cut])


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFileError) as err:
        inspect_inputs([empty])
    assert "为空" in err.value.message and err.value.file == "empty.pdf"


def test_an_image_bomb_is_refused_without_decoding_it(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_header_only(30_000, 30_000))
    with pytest.raises(TooLargeError) as err:
        inspect_inputs([bomb])
    assert "像素" in err.value.message


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(MissingFileError):
        inspect_inputs([tmp_path / "nowhere.pdf"])


def test_one_bad_file_stops_the_dossier_before_any_page_is_analysed(tmp_path: Path, scan_pdf: Path) -> None:
    empty = tmp_path / "second.pdf"
    empty.write_bytes(b"")
    with pytest.raises(RefusedFileError) as err:
        analyse([scan_pdf, empty], engine="null")  # raised by the call itself, not halfway through
    assert err.value.file == "second.pdf"


def test_pages_are_streamed_one_at_a_time(scan_pdf: Path) -> None:
    dossier = open_dossier([scan_pdf])
    calls: list[tuple[int, int]] = []
    pages = analyse(dossier, engine="null", progress=lambda done, total: calls.append((done, total)))
    first = next(iter(pages))
    assert first.page == 1 and calls == [(1, 2)]
    assert first.thumbnail_png is not None
    thumb = Image.open(io.BytesIO(first.thumbnail_png))
    assert thumb.width <= 200 and len(first.thumbnail_png) < 30_000


def test_a_scanned_pdf_page_is_read_grey_with_its_red_seal_faded_as_before(tmp_path: Path) -> None:
    """The fast grey render (pdfium's bitmap, red channel) gives the pixels of the PIL route exactly."""
    import numpy as np
    from PIL import ImageDraw

    from dossier.ocr import imaging
    from dossier.ocr.ingest import iter_pages

    page = scanned_page("执行裁定书").convert("RGB")
    ImageDraw.Draw(page).ellipse((800, 1300, 1100, 1600), outline=(220, 30, 30), width=12)
    pdf = tmp_path / "sealed.pdf"
    page.save(pdf, "PDF", resolution=150)
    for source in iter_pages(inspect_inputs([pdf])):  # a page is open only while it is being read
        fast, slow = source.render_grey(150), imaging.to_grey(source.render(150))
    assert fast.shape == slow.shape and np.array_equal(fast, slow)
    assert fast[1300:1310, 940:960].min() > 150  # the seal's red ring is faded out, not read as ink


def _grey_jpeg_declared_rgb(page: Image.Image, path: Path) -> Path:
    """A PDF whose writer got the colour space wrong: a one-channel JPEG under /ColorSpace /DeviceRGB."""
    from dossier.corpus.degrade import write_pdf

    data = io.BytesIO()
    page.convert("L").save(data, format="JPEG", quality=80, dpi=(150, 150))
    write_pdf(str(path), [data.getvalue()])
    pdf = path.read_bytes()
    assert pdf.count(b"/DeviceGray") == 1
    path.write_bytes(pdf.replace(b"/DeviceGray", b"/DeviceRGB "))  # same length: the xref stays right
    return path


def test_a_grey_scan_declared_rgb_is_read_not_taken_for_a_blank_back(tmp_path: Path) -> None:
    """pdfium draws nothing of such a scan (a white page): the archive would be told a ruling was a blank
    back. The scan is decoded directly instead."""
    import numpy as np

    from dossier.ocr.ingest import iter_pages

    pdf = _grey_jpeg_declared_rgb(scanned_page("执行裁定书"), tmp_path / "scanner.pdf")
    for source in iter_pages(inspect_inputs([pdf])):
        grey, rgb = source.render_grey(150), np.asarray(source.render(150))
        assert grey.min() < 100 and rgb.min() < 100  # the text's ink is there
        assert abs(grey.shape[0] - 1754) <= 2 and abs(grey.shape[1] - 1240) <= 2  # A4 at 150 dpi
    (page,) = analyse([pdf], engine="rapidocr")
    assert not page.blank and "裁定书" in page.title_text


def test_a_white_page_without_any_scan_stays_a_white_page(tmp_path: Path) -> None:
    from dossier.ocr.ingest import iter_pages

    pdf = tmp_path / "white.pdf"
    Image.new("RGB", (1240, 1754), "white").save(pdf, "PDF", resolution=150)
    for source in iter_pages(inspect_inputs([pdf])):
        assert int(source.render_grey(150).min()) == 255


def test_a_white_drawn_scan_that_cannot_be_decoded_either_is_answered_not_crashed(tmp_path: Path) -> None:
    """The scan's data is cut short as well: neither pdfium nor PIL can draw it; the page gets an answer
    (the white page pdfium drew), and the dossier goes on."""
    pdf = _grey_jpeg_declared_rgb(scanned_page("执行裁定书"), tmp_path / "broken.pdf")
    data = pdf.read_bytes()
    start = data.index(b"\xff\xd8")  # the JPEG's first bytes; its middle is zeroed out
    pdf.write_bytes(data[:start + 2000] + bytes(20000) + data[start + 22000:])
    pages = list(analyse([pdf], engine="null"))
    assert len(pages) == 1 and pages[0].doc_type in ("blank", "unknown")
