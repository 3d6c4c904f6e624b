"""What the three sheets the archive generates say: 卷宗封面, 卷内目录 and 备考表 (drawn by
dossier.reports.archive_sheets)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dossier.archive.metadata import ArchiveMetadata
from dossier.archive.plan import ArchivePlan
from dossier.reports.archive_sheets import render_catalogue_sheet, render_sheet
from dossier.reports.catalogue import CatalogueEntry


def render_catalogue(entries: Sequence[CatalogueEntry], meta: ArchiveMetadata) -> bytes:
    """The 卷内目录 exactly as `check-dossier --report` drafts it (one renderer for both)."""
    return render_catalogue_sheet(entries, case_number=meta.case_number, court=meta.court)


def render_cover(meta: ArchiveMetadata, plan: ArchivePlan, *, archived_on: date, officer: str | None) -> bytes:
    rows = [("案号", meta.case_number), ("申请执行人", "、".join(meta.applicants)),
            ("被执行人", "、".join(meta.respondents)), ("立案日期", meta.filed_on),
            ("结案方式", meta.closing_method_label or "未结案"), ("结案日期", meta.closed_on or ""),
            ("承办人", officer or ""), ("本卷页数", f"本卷共{plan.numbered_pages}页"),
            ("保管期限", meta.retention), ("归档日期", archived_on.isoformat())]
    return _draw("执行案件卷宗", meta, rows, [])


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
    return _draw("备考表", meta, [("案号", meta.case_number)], remarks_notes(plan, files, draft=draft))


def _draw(title: str, meta: ArchiveMetadata, rows: list[tuple[str, str]], notes: list[str]) -> bytes:
    return render_sheet(title, court=meta.court, case_number=meta.case_number, rows=rows, notes=notes)
