"""The 卷内目录 as an editable DOCX, rendered from its template (`reports/templates/catalogue.docx`, which
clerks may edit like the document templates), and as a printable PDF drawn with reportlab (drawn rather
than converted so that archiving needs no LibreOffice)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from dossier.render.docx import render_template_bytes
from dossier.reports.catalogue import CatalogueEntry
from dossier.reports.fonts import register_cjk_fonts

HEADERS = ("序号", "文件材料名称", "页号", "备注")


def render_catalogue_pdf(entries: Sequence[CatalogueEntry], *, case_number: str, court: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts = register_cjk_fonts()
    title = ParagraphStyle("t", fontName=fonts.sans, fontSize=22, leading=30, alignment=TA_CENTER)
    sub = ParagraphStyle("s", fontName=fonts.serif, fontSize=11, leading=16, alignment=TA_CENTER)
    cell = ParagraphStyle("c", fontName=fonts.serif, fontSize=11, leading=15, wordWrap="CJK")
    centre = ParagraphStyle("cc", parent=cell, alignment=TA_CENTER)
    rows = [[Paragraph(h, centre) for h in HEADERS]]
    for e in entries:
        rows.append([Paragraph(str(e.number), centre), Paragraph(escape(e.title), cell),
                     Paragraph(e.page_range, centre), Paragraph("", cell)])
    t = Table(rows, colWidths=[16 * mm, 104 * mm, 26 * mm, 24 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=f"卷内目录 {case_number}")
    doc.build([Paragraph("卷内目录", title), Spacer(1, 2 * mm),
               Paragraph(escape(f"{court}　{case_number}"), sub), Spacer(1, 5 * mm), t])
    return buf.getvalue()


def catalogue_template_path() -> Path:
    """The 卷内目录 template a clerk may edit in Word/WPS (its only source)."""
    return Path(str(resources.files("dossier.reports").joinpath("templates/catalogue.docx")))


def catalogue_context(entries: Sequence[CatalogueEntry], *, case_number: str, court: str) -> dict[str, Any]:
    """What the template sees: the court, the case number, and one row per entry."""
    return {"court": court, "case_number": case_number,
            "entries": [{"number": str(e.number), "title": e.title, "page_range": e.page_range,
                         "doc_type": e.doc_type} for e in entries]}


def render_catalogue_docx(entries: Sequence[CatalogueEntry], *, case_number: str, court: str) -> bytes:
    """The 卷内目录 as DOCX, rendered from `reports/templates/catalogue.docx` (a row per entry)."""
    return render_template_bytes(catalogue_template_path().read_bytes(),
                                 catalogue_context(entries, case_number=case_number, court=court),
                                 name="catalogue.docx", title=f"卷内目录 {case_number}")
