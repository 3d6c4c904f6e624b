"""Helpers of the archive tests: a small scanned dossier cut from sample 02 (an archive-stage dossier).

Eight sheets of the sample — its scanned cover and catalogue, the application, the two-page basis, a
blank back, the two-page enforcement notice (its first sheet upside down) — as a PDF, and one more
sheet (the 卷宗复核表) as a JPEG photo, as clerks hand them in. Too little for the archive stage, so
`--draft` builds it (exit 1)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from click.testing import CliRunner
from pypdf import PdfReader, PdfWriter

from dossier.cli.archive import archive

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "dossiers"
SAMPLE = SAMPLES / "02_complete_fully_performed_archive"
SHEETS = [1, 2, 4, 5, 6, 7, 12, 13]
"""scan-1.pdf pages: cover, catalogue, application, basis ×2, blank back, enforcement notice ×2."""
UPSIDE_DOWN = 12
"""The enforcement notice's first sheet was fed in upside down (its page says /Rotate 180)."""
PHOTO = ("scan-2.pdf", 6)
"""The 卷宗复核表, handed in as a JPEG."""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(archive, list(args))
    return result.exit_code, result.stdout, result.stderr


def cut_sample(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    writer = PdfWriter()
    reader = PdfReader(SAMPLE / "scan-1.pdf")
    for n in SHEETS:
        page = writer.add_page(reader.pages[n - 1])
        if n == UPSIDE_DOWN:
            page.rotate(180)
    pdf = folder / "scan.pdf"
    with pdf.open("wb") as fh:
        writer.write(fh)
    doc = pypdfium2.PdfDocument(SAMPLE / PHOTO[0])
    photo = folder / "review.jpg"
    doc[PHOTO[1] - 1].render(scale=150 / 72).to_pil().convert("RGB").save(photo, quality=80, dpi=(150, 150))
    doc.close()
    return [pdf, photo]
