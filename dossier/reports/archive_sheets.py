"""The sheets the archive generates (卷宗封面, 备考表, and the 卷内目录 through its own renderer), drawn
by reportlab. Every font is an embedded CJK TrueType font: reportlab's canvas otherwise declares
Helvetica (not embedded), which PDF/A refuses. What the sheets say is decided in dossier/archive."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator, Sequence
from xml.sax.saxutils import escape

from dossier.reports.catalogue import CatalogueEntry
from dossier.reports.fonts import register_cjk_fonts


@contextlib.contextmanager
def embedded_base_font() -> Iterator[None]:
    """reportlab's canvases start on `rl_config.canvas_basefontname`; make it our embedded CJK font."""
    from reportlab import rl_config

    fonts = register_cjk_fonts()
    before = rl_config.canvas_basefontname
    rl_config.canvas_basefontname = fonts.serif
    try:
        yield
    finally:
        rl_config.canvas_basefontname = before


def render_catalogue_sheet(entries: Sequence[CatalogueEntry], *, case_number: str, court: str) -> bytes:
    """The 卷内目录 exactly as `check-dossier --report` drafts it (one renderer for both), in embedded fonts."""
    from dossier.reports.catalogue_files import render_catalogue_pdf

    with embedded_base_font():
        return render_catalogue_pdf(entries, case_number=case_number, court=court)


def render_sheet(title: str, *, court: str, case_number: str, rows: Sequence[tuple[str, str]],
                 notes: Sequence[str]) -> bytes:
    """A one-page archive sheet (卷宗封面, 备考表): court, title, a two-column table, then notes."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts = register_cjk_fonts()
    court_style = ParagraphStyle("court", fontName=fonts.serif, fontSize=18, leading=26, alignment=TA_CENTER)
    head = ParagraphStyle("head", fontName=fonts.sans, fontSize=26, leading=36, alignment=TA_CENTER)
    cell = ParagraphStyle("cell", fontName=fonts.serif, fontSize=12, leading=17, wordWrap="CJK")
    note = ParagraphStyle("note", parent=cell, fontSize=12, leading=20, firstLineIndent=24)
    story: list[object] = [Paragraph(escape(court), court_style), Spacer(1, 4 * mm), Paragraph(title, head),
                           Spacer(1, 10 * mm)]
    if rows:
        table = Table([[Paragraph(escape(k), cell), Paragraph(escape(v), cell)] for k, v in rows],
                      colWidths=[36 * mm, 124 * mm])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        story += [table, Spacer(1, 8 * mm)]
    story += [Paragraph(escape(n), note) for n in notes]
    buf = io.BytesIO()
    with embedded_base_font():
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                                bottomMargin=25 * mm, title=f"{title} {case_number}",
                                initialFontName=fonts.serif)
        doc.build(story)
    return buf.getvalue()
