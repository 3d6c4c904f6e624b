"""Assembling dossier.pdf from its parts, without reading anything: scans handed in as PNG or TIFF
become pages of their printed size, the result is valid PDF/A-2b, and a package replaces an older one
in DIR file by file."""

from __future__ import annotations

from pathlib import Path

import pikepdf
from pikepdf import pdfa
from PIL import Image, ImageDraw

from dossier.archive.assemble import Outline, Parts, SourceRef, assemble
from dossier.archive.build import MANIFEST_NAME, PDF_NAME, publish
from dossier.archive.metadata import ArchiveMetadata
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
