"""Assembling dossier.pdf from its parts, without reading anything: scans handed in as PNG or TIFF
become pages of their printed size, CMYK scans become RGB, the result is valid PDF/A-2b, and a package
replaces an older one in DIR file by file."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from pikepdf import pdfa
from PIL import Image, ImageDraw

from dossier.archive.assemble import Outline, Parts, SourceRef, assemble
from dossier.archive.build import MANIFEST_NAME, PDF_NAME, publish
from dossier.archive.metadata import ArchiveMetadata
from dossier.errors import InputError
from dossier.reports.text_layer import OverlaySpec, TextLine, render_overlays

META = ArchiveMetadata(case_number="（2024）豫0311执1301号", court="洛阳市老城区人民法院", applicants=["周秀兰"],
                       respondents=["吴小龙"], closing_method="fully_performed", closing_method_label="执行完毕",
                       closed_on="2024-05-20", filed_on="2024-04-02", retention="长期")


def sheet(path: Path, mode: str, dpi: int) -> Path:
    """An A4 sheet at `dpi` with a title line, saved in the format of `path`'s suffix."""
    size = (int(8.27 * dpi), int(11.69 * dpi))
    image = Image.new("L", size, 255)
    ImageDraw.Draw(image).rectangle((dpi, dpi, size[0] - dpi, dpi + dpi // 3), fill=0)
    image.convert(mode).save(path, dpi=(dpi, dpi))
    return path


def test_png_and_tiff_scans_become_pages_of_their_printed_size_in_a_valid_pdfa(tmp_path):
    png = sheet(tmp_path / "a.png", "L", 150)
    tiff = sheet(tmp_path / "b.tif", "1", 200)
    parts = Parts(front=[], scans=[SourceRef(path=str(png), kind="png", file_page=1),
                                   SourceRef(path=str(tiff), kind="tiff", file_page=1)], back=[])

    def overlays(sizes: list[tuple[float, float]]) -> bytes:
        return render_overlays([OverlaySpec(width=w, height=h, number=i + 1, read_size=(1240, 1754),
                                            lines=[TextLine(text="执行通知书（2024）豫0311执1301号", box=(150, 150, 1090, 200))])
                                for i, (w, h) in enumerate(sizes)])

    out = tmp_path / "dossier.pdf"
    count = assemble(parts, overlays, [Outline(title="执行通知书", page_index=0)], [(0, None)], META, out, draft=False)
    assert count == 2
    assert pdfa.validate_written(out, "2b").passed
    with pikepdf.open(out) as pdf:
        for page in pdf.pages:
            width, height = float(page.mediabox[2]), float(page.mediabox[3])
            assert abs(width - 8.27 * 72) < 2 and abs(height - 11.69 * 72) < 2
        assert pdf.open_metadata()["dc:identifier"] == META.case_number


def test_a_new_package_replaces_the_old_one_in_an_existing_folder(tmp_path):
    out = tmp_path / "package"
    out.mkdir()
    (out / PDF_NAME).write_bytes(b"old pdf")
    (out / MANIFEST_NAME).write_text("{}", "utf-8")
    (out / "note.txt").write_text("the clerk's note stays", "utf-8")
    built = tmp_path / ".package.part"
    built.mkdir()
    (built / PDF_NAME).write_bytes(b"new pdf")
    (built / MANIFEST_NAME).write_text('{"new": true}', "utf-8")
    publish(built, out)
    assert (out / PDF_NAME).read_bytes() == b"new pdf"
    assert (out / MANIFEST_NAME).read_text("utf-8") == '{"new": true}'
    assert (out / "note.txt").exists()
    fresh = tmp_path / "fresh"
    again = tmp_path / ".fresh.part"
    again.mkdir()
    (again / PDF_NAME).write_bytes(b"pdf")
    (again / MANIFEST_NAME).write_text("{}", "utf-8")
    publish(again, fresh)
    assert sorted(p.name for p in fresh.iterdir()) == [PDF_NAME, MANIFEST_NAME] and not again.exists()


def cmyk_jpeg(path: Path, dpi: int = 150) -> Path:
    """A CMYK JPEG of `sheet`'s white A4 page with its black title bar (as some scanners save colour)."""
    grey = sheet(path.with_suffix(".png"), "L", dpi)
    with Image.open(grey) as image:
        image.convert("CMYK").save(path, "JPEG", quality=80, dpi=(dpi, dpi))
    return path


def pdf_of_cmyk_jpeg(jpeg: Path, path: Path, *, vector_cmyk: bytes = b"") -> Path:
    """A scanner's PDF whose page is that CMYK JPEG, embedded as it is (DCTDecode, DeviceCMYK)."""
    with Image.open(jpeg) as image:
        width, height = image.size
    pdf = pikepdf.new()
    image_xobject = pikepdf.Stream(pdf, jpeg.read_bytes(), Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image,
                                   Width=width, Height=height, ColorSpace=pikepdf.Name.DeviceCMYK,
                                   BitsPerComponent=8, Filter=pikepdf.Name.DCTDecode)
    page = pikepdf.Page(pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842],
                                           Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image_xobject))))
    pdf.pages.append(page)
    pdf.pages[0].Contents = pdf.make_stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q " + vector_cmyk)
    pdf.save(path)
    return path


def build(parts: Parts, out: Path) -> int:
    def overlays(sizes: list[tuple[float, float]]) -> bytes:
        return render_overlays([OverlaySpec(width=w, height=h, number=i + 1) for i, (w, h) in enumerate(sizes)])

    return assemble(parts, overlays, [Outline(title="执行通知书", page_index=0)], [(0, None)], META, out, draft=False)


def test_cmyk_jpeg_scans_are_converted_to_rgb_in_a_valid_pdfa_of_about_their_size(tmp_path):
    jpeg = cmyk_jpeg(tmp_path / "photo.jpg")
    scanned = pdf_of_cmyk_jpeg(jpeg, tmp_path / "scanner.pdf", vector_cmyk=b"0 0 0 1 k 0 0 10 10 re f")
    out = tmp_path / "dossier.pdf"
    assert build(Parts(front=[], scans=[SourceRef(path=str(jpeg), kind="jpeg", file_page=1),
                                        SourceRef(path=str(scanned), kind="pdf", file_page=1)], back=[]), out) == 2
    assert pdfa.validate_written(out, "2b").passed
    assert out.stat().st_size <= 1.2 * (jpeg.stat().st_size + scanned.stat().st_size)
    with pikepdf.open(out) as pdf:
        for page in pdf.pages:
            [image] = [pikepdf.PdfImage(x) for x in page.get_images().values()]
            assert image.colorspace == "/DeviceRGB"
            pixels = image.as_pil_image().convert("L")
            assert pixels.getpixel((5, 5)) > 240 and pixels.getpixel((pixels.width // 2, 150 + 25)) < 40
    with pikepdf.open(scanned) as source:  # the clerk's scan is not touched
        assert next(iter(source.pages[0].get_images().values())).ColorSpace == pikepdf.Name.DeviceCMYK


def test_a_page_drawing_in_cmyk_beyond_its_images_is_refused_naming_file_and_page(tmp_path):
    jpeg = cmyk_jpeg(tmp_path / "photo.jpg")
    scanned = pdf_of_cmyk_jpeg(jpeg, tmp_path / "scanner.pdf", vector_cmyk=b"/DeviceCMYK cs 0 0 0 1 sc 0 0 10 10 re f")
    out = tmp_path / "dossier.pdf"
    with pytest.raises(InputError) as refused:
        build(Parts(front=[], scans=[SourceRef(path=str(scanned), kind="pdf", file_page=1)], back=[]), out)
    assert refused.value.file == "scanner.pdf" and refused.value.page == 1
    assert "CMYK" in refused.value.message and refused.value.exit_code == 2
    assert not out.exists()
