"""Sheets fed into the scanner sideways and known by their QR code alone (the reader never needed to
read them) are archived upright, their invisible text where the print is: the archive turns them as
the reader turns any page it reads."""

from __future__ import annotations

import json
from pathlib import Path

from archive_support import SAMPLE, run
from pypdf import PdfReader, PdfWriter

SIDEWAYS = {14: (90, "报告财产令"), 10: (270, "受理")}
"""scan-1.pdf pages of sample 02 (QR-identified), the turn the scanner gave each, a word of its title."""


def test_sheets_fed_sideways_and_known_by_their_qr_code_are_archived_upright(tmp_path: Path):
    reader = PdfReader(SAMPLE / "scan-1.pdf")
    writer = PdfWriter()
    for n, (turn, _) in SIDEWAYS.items():
        writer.add_page(reader.pages[n - 1]).rotate(turn)
    scan = tmp_path / "scan.pdf"
    with scan.open("wb") as fh:
        writer.write(fh)
    out = tmp_path / "package"
    code, stdout, stderr = run(str(scan), "--case", str(SAMPLE / "case.json"), "--out", str(out),
                               "--today", "2024-06-01", "--draft", "--json")
    assert code == 1, stderr  # two sheets are not a complete dossier: a draft
    manifest = json.loads(stdout)
    pdf = PdfReader(out / "dossier.pdf")
    assert len(manifest["pages"]) == len(SIDEWAYS)
    for p in manifest["pages"]:
        _, title = SIDEWAYS[list(SIDEWAYS)[p["file_page"] - 1]]
        page = pdf.pages[p["archive_page"] - 1]
        assert (page.rotation or 0) % 360 == 0, f"page {p['file_page']} still lies sideways"
        assert p["text_source"] == "reread"
        found: list[float] = []
        page.extract_text(visitor_text=lambda t, cm, tm, font, size, title=title, found=found:
                          found.append(tm[5]) if title in t else None)
        assert found and max(found) > 0.7 * float(page.mediabox.height), f"{title} not near the top"
