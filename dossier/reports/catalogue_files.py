"""The 卷内目录 as a printable PDF (reportlab) and an editable DOCX (python-docx)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

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


def render_catalogue_docx(entries: Sequence[CatalogueEntry], *, case_number: str, court: str) -> bytes:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    from docx.text.run import Run

    def cjk(run: Run, font: str, size: float) -> None:
        run.font.name = font
        run.font.size = Pt(size)
        rpr = run._element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), font)

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cjk(heading.add_run("卷内目录"), "黑体", 22)
    sub = document.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cjk(sub.add_run(f"{court}　{case_number}"), "宋体", 11)
    table = document.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(16), Mm(104), Mm(26), Mm(24)]
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid LibreOffice and WPS lay out by
    for cell, text, width in zip(table.rows[0].cells, HEADERS, widths, strict=True):
        cell.width = width
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cjk(p.add_run(text), "黑体", 11)
    for e in entries:
        cells = table.add_row().cells
        for i, (text, width) in enumerate(zip((str(e.number), e.title, e.page_range, ""), widths, strict=True)):
            cells[i].width = width
            p = cells[i].paragraphs[0]
            if i != 1:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(3)
            p.paragraph_format.space_after = Pt(3)
            cjk(p.add_run(text), "宋体", 11)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
