"""The printable 材料清单 (PDF) a filing window hands out, drawn with reportlab and CJK TrueType fonts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dossier.checklists.loader import Checklist
from dossier.checklists.publish import court_line, heading, shown_items
from dossier.errors import InputError, os_reason
from dossier.fsutil import atomic_output
from dossier.model.case import Category, ClosingMethod
from dossier.model.stage import Stage
from dossier.reports.fonts import register_cjk_fonts


def write_checklist_pdf(path: Path, checklist: Checklist, category: Category, stage: Stage,
                        method: ClosingMethod | None = None, *, printed_on: date | None = None) -> None:
    """Write the checklist as an A4 PDF; the file appears only when complete."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts = register_cjk_fonts()
    title = ParagraphStyle("title", fontName=fonts.sans, fontSize=16, leading=22, alignment=1,
                           wordWrap="CJK")
    note = ParagraphStyle("note", fontName=fonts.serif, fontSize=10, leading=14, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName=fonts.serif, fontSize=9, leading=12.5, wordWrap="CJK")
    head = ParagraphStyle("head", parent=cell, fontName=fonts.sans)

    items = shown_items(checklist, category, stage, method)
    rows = [[Paragraph(t, head) for t in ("序号", "材料", "何时需要", "为什么需要", "从哪里取得")]]
    for i, item in enumerate(items, 1):
        rows.append([Paragraph(str(i), cell), Paragraph(item.label, cell),
                     Paragraph(item.condition or "均需提交", cell), Paragraph(item.why, cell),
                     Paragraph(item.obtain or "", cell)])
    table = Table(rows, colWidths=[10 * mm, 38 * mm, 32 * mm, 55 * mm, 45 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    day = printed_on or date.today()
    story = [
        Paragraph(heading(category, stage, method), title), Spacer(1, 4 * mm),
        Paragraph(court_line(checklist), note),
        Paragraph(f"打印日期：{day.year}年{day.month}月{day.day}日。请按清单一次备齐材料；"
                  "“送达地址确认书或下落不明证明”等写明“或”的，提交其中一项即可。", note),
        Spacer(1, 3 * mm), table, Spacer(1, 4 * mm),
        Paragraph("依据：" + "；".join(dict.fromkeys(i.source for i in items)), note),
    ]
    try:
        with atomic_output(path) as tmp:
            doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                                    topMargin=15 * mm, bottomMargin=15 * mm, title=heading(category, stage, method),
                                    author="dossier")
            doc.build(story)
    except OSError as exc:
        # An unusable target path is the user's input, not an internal failure.
        raise InputError(f"无法写出材料清单：{os_reason(exc)}", file=str(path)) from exc
