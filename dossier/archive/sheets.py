"""The three sheets the archive generates: 卷宗封面, 卷内目录 (the reports' own renderer) and 备考表.

Every font the sheets use is an embedded CJK TrueType font: reportlab's canvas otherwise declares
Helvetica (not embedded), which PDF/A refuses."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator, Sequence
from datetime import date
from xml.sax.saxutils import escape

from dossier.archive.metadata import ArchiveMetadata
from dossier.archive.plan import ArchivePlan
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


def render_catalogue(entries: Sequence[CatalogueEntry], meta: ArchiveMetadata) -> bytes:
    """The 卷内目录 exactly as `check-dossier --report` drafts it (one renderer for both)."""
    from dossier.reports.catalogue_files import render_catalogue_pdf

    with embedded_base_font():
        return render_catalogue_pdf(entries, case_number=meta.case_number, court=meta.court)


def _sheet(title: str, meta: ArchiveMetadata, rows: list[tuple[str, str]], notes: list[str]) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts = register_cjk_fonts()
    court = ParagraphStyle("court", fontName=fonts.serif, fontSize=18, leading=26, alignment=TA_CENTER)
    head = ParagraphStyle("head", fontName=fonts.sans, fontSize=26, leading=36, alignment=TA_CENTER)
    cell = ParagraphStyle("cell", fontName=fonts.serif, fontSize=12, leading=17, wordWrap="CJK")
    note = ParagraphStyle("note", parent=cell, fontSize=12, leading=20, firstLineIndent=24)
    story: list[object] = [Paragraph(escape(meta.court), court), Spacer(1, 4 * mm), Paragraph(title, head),
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
                                bottomMargin=25 * mm, title=f"{title} {meta.case_number}",
                                initialFontName=fonts.serif)
        doc.build(story)
    return buf.getvalue()


def render_cover(meta: ArchiveMetadata, plan: ArchivePlan, *, archived_on: date, officer: str | None) -> bytes:
    rows = [("案号", meta.case_number), ("申请执行人", "、".join(meta.applicants)),
            ("被执行人", "、".join(meta.respondents)), ("立案日期", meta.filed_on),
            ("结案方式", meta.closing_method_label or "未结案"), ("结案日期", meta.closed_on or ""),
            ("承办人", officer or ""), ("本卷页数", f"本卷共{plan.numbered_pages}页"),
            ("保管期限", meta.retention), ("归档日期", archived_on.isoformat())]
    return _sheet("执行案件卷宗", meta, rows, [])


def remarks_notes(plan: ArchivePlan, files: dict[int, tuple[str, int]], *, draft: bool) -> list[str]:
    """What the 备考表 says about this file: counts, pages left out (file and page), draft status."""
    docs = plan.documents
    notes = [f"本卷情况说明：本卷共有文件材料{len(docs)}件，共{plan.numbered_pages}页"
             "（卷宗封面、卷内目录、备考表不编页号）。"]
    blank = [o for o in plan.left_out if o.reason == "blank"]
    if blank:
        where = "、".join(f"{files[o.page][0]}第{files[o.page][1]}页" for o in blank)
        notes.append(f"扫描件中的空白页{len(blank)}页未编入本卷：{where}。")
    replaced = [o for o in plan.left_out if o.reason == "replaced"]
    if replaced:
        where = "、".join(f"{files[o.page][0]}第{files[o.page][1]}页" for o in replaced)
        notes.append(f"扫描件中原有的卷宗封面、卷内目录或备考表由本卷生成的替代：{where}。")
    if draft:
        notes.append("本卷为草稿：归档审查未通过，不得作为归档卷宗保存。")
    notes.append("立卷人：＿＿＿＿＿＿　　检查人：＿＿＿＿＿＿　　立卷时间：＿＿＿＿年＿＿月＿＿日")
    return notes


def render_remarks(meta: ArchiveMetadata, plan: ArchivePlan, files: dict[int, tuple[str, int]], *,
                   draft: bool) -> bytes:
    return _sheet("备考表", meta, [("案号", meta.case_number)], remarks_notes(plan, files, draft=draft))
