"""The dossier-check report as PDF (reportlab, CJK TrueType fonts embedded) for the archive centre."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from dossier.dossier_check.result import DossierCheckResult
from dossier.reports.catalogue import document_title
from dossier.reports.fonts import register_cjk_fonts
from dossier.reports.wording import (
    STAGE_LABELS,
    alternatives_text,
    decision_text,
    document_span,
    item_label,
    page_type_label,
    problem_label,
    source_label,
)

THUMBNAILS_PER_PROBLEM = 2
RUNS_PER_ROW = 12


def page_runs(pages: list[int]) -> list[str]:
    """Page numbers as runs of consecutive pages: [1, 2, 3, 7] → ["1-3", "7"]."""
    runs: list[list[int]] = []
    for n in sorted(set(pages)):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return [str(a) if a == b else f"{a}-{b}" for a, b in runs]


def page_runs_in_rows(pages: list[int]) -> list[str]:
    """The page cell of a problem, a few runs per table row (a table splits between rows, never inside one)."""
    runs = page_runs(pages)
    return ["、".join(runs[i:i + RUNS_PER_ROW]) for i in range(0, len(runs), RUNS_PER_ROW)]


def render_report_pdf(result: DossierCheckResult) -> bytes:
    """Decision, missing items with reasons, problems with page thumbnails, documents, page list."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fonts = register_cjk_fonts()
    h1 = ParagraphStyle("h1", fontName=fonts.sans, fontSize=18, leading=26, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName=fonts.sans, fontSize=13, leading=20, spaceBefore=8, spaceAfter=4)
    text = ParagraphStyle("text", fontName=fonts.serif, fontSize=10, leading=15, wordWrap="CJK")
    small = ParagraphStyle("small", parent=text, fontSize=8.5, leading=12)
    ok = result.decision == "approve"
    verdict = ParagraphStyle("verdict", fontName=fonts.sans, fontSize=14, leading=22, borderPadding=6,
                             backColor=colors.HexColor("#e6f4ea" if ok else "#fce8e6"),
                             borderColor=colors.HexColor("#34a853" if ok else "#d93025"), borderWidth=0.8)

    def para(value: object, style: ParagraphStyle = text) -> Paragraph:
        return Paragraph(escape(str(value)), style)

    def table(rows: list[list[object]], widths: list[float]) -> Table:
        t = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    story: list[object] = [
        para("电子卷宗完整性检查报告", h1),
        para(f"案号：{result.case_number}　法院：{result.court}", text),
        para(f"检查类型：{STAGE_LABELS[result.stage]}　检查日期：{result.checked_on.isoformat()}　"
             f"共{len(result.pages)}页　扫描文件：{'、'.join(result.files)}", text),
        Spacer(1, 5 * mm), para(f"结论：{decision_text(result.decision, result.stage)}", verdict), Spacer(1, 3 * mm),
        para(f"缺少的材料（{len(result.missing)}项）", h2),
    ]
    if result.missing:
        rows: list[list[object]] = [[para("序号"), para("材料"), para("缺少原因"), para("可替代材料")]]
        for i, m in enumerate(result.missing, 1):
            alt = alternatives_text(m.alternatives) if m.alternatives else ""
            rows.append([para(i), Paragraph(escape(item_label(m)), text),
                         para(m.reason), para(alt)])
        story.append(table(rows, [12, 45, 85, 28]))
    else:
        story.append(para("清单所列材料均已具备。"))

    thumbs = {p.page: p.thumbnail_png for p in result.pages if p.thumbnail_png}
    story.append(para(f"发现的问题（{len(result.problems)}项）", h2))
    if result.problems:
        rows = [[para("类型"), para("页码"), para("说明"), para("页面")]]
        for prob in result.problems:
            pages = prob.pages or []
            images: list[object] = [Image(io.BytesIO(thumbs[n]), width=22 * mm, height=31 * mm, kind="proportional")
                                    for n in pages[:THUMBNAILS_PER_PROBLEM] if n in thumbs]
            # a long run of problem pages (150 blank backs) goes on several rows: one row never outgrows a page
            chunks = page_runs_in_rows(pages) or [""]
            for i, chunk in enumerate(chunks):
                rows.append([para(problem_label(prob.kind) if i == 0 else "（续）"), para(chunk, small),
                             para(prob.message if i == 0 else ""), (images or "") if i == 0 else ""])
        story.append(table(rows, [28, 18, 94, 30]))
    else:
        story.append(para("未发现误装、无法辨认或空白页面。"))

    story.append(para(f"卷内文书（{len(result.documents)}件）", h2))
    rows = [[para("序号"), para("文书"), para("页码")]]
    for i, d in enumerate(result.documents, 1):
        rows.append([para(i), para(document_title(d)), para(document_span(d.pages))])
    story.append(table(rows, [15, 125, 30]))

    story.append(para("逐页识别结果", h2))
    rows = [[para(h, small) for h in ("页", "文件/页", "识别类型", "案号", "置信度", "可辨认", "方式")]]
    for p in result.pages:
        where = f"{p.file or ''} / {p.file_page}" if p.file_page else (p.file or "")
        rows.append([para(p.page, small), para(where, small), para(page_type_label(p.doc_type), small),
                     para(p.case_number or "", small), para(f"{p.confidence:.0%}", small),
                     para("是" if p.readable else "否", small), para(source_label(p.source), small)])
    story.append(table(rows, [10, 32, 42, 44, 15, 12, 15]))

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=f"电子卷宗完整性检查报告 {result.case_number}")
    doc.build(story)
    return buf.getvalue()
