"""Problems of a scanned dossier that are not missing documents, each explained in Chinese:
misfiled pages (another case's), unreadable pages, blank pages, pages that fit no document, service
receipts whose served document cannot be read, and inside a document 缺页 (a page number the document
prints that no page carries), 重张 (a sheet scanned twice) and 倒页 (page numbers going backwards).

What blocks the decision (`BLOCKING`, or severity error): a misfiled page (the dossier holds another
case's material), an unreadable page (nobody can say what it is), and a missing page inside a
document (the dossier is incomplete, as surely as a missing document). Duplicates, pages out of
order, blank backs, unclassified pages and unlinked receipts are warnings: the archive centre fixes
them when it catalogues, or the clerk confirms them; they leave nothing missing.
The kinds' Chinese labels: dossier/vocab/problem_kinds.yaml."""

from __future__ import annotations

from collections.abc import Sequence

from dossier.doctypes import label
from dossier.dossier_check.duplicates import duplicate_problems
from dossier.dossier_check.footers import footer_problems
from dossier.dossier_check.grouping import misfiled_documents, misfiled_pages, same_case
from dossier.dossier_check.model import Document, Page
from dossier.dossier_check.possible import describe, likely_types
from dossier.dossier_check.text import page_span as page_span  # re-exported: messages and tests use it
from dossier.results import Problem

BLOCKING = {"misfiled_page", "unreadable_page", "missing_page_in_document"}


def _where(page: Page) -> str:
    if page.file and page.file_page:
        return f"（文件 {page.file} 第{page.file_page}页）"
    return ""


def misfiled_problems(pages: Sequence[Page], documents: Sequence[Document], case_number: str) -> list[Problem]:
    """One problem per misfiled document (or lone page), naming the other case."""
    problems: list[Problem] = []
    covered: set[int] = set()
    by_number = {p.page: p for p in pages}
    for doc in misfiled_documents(documents, case_number):
        covered.update(doc.pages)
        problems.append(Problem(
            kind="misfiled_page", pages=list(doc.pages),
            message=f"{page_span(doc.pages)}是{doc.case_number}案件的{label(doc.doc_type)}，不属于本案"
                    f"（{case_number}）{_where(by_number[doc.pages[0]])}，应从本卷宗中移出并归入所属案件。"))
    for number in misfiled_pages(pages, documents, case_number):
        if number in covered:
            continue
        page = by_number[number]
        problems.append(Problem(
            kind="misfiled_page", pages=[number],
            message=f"第{number}页所载案号为{page.case_number}，与本案案号{case_number}不符{_where(page)}，"
                    "疑为其他案件的材料误装入本卷。"))
    return problems


def misread_number_problems(pages: Sequence[Page]) -> list[Problem]:
    """Pages whose number read a digit or two off this case's but that name its party (near_numbers): kept as this
    case's, and the clerk told which number was read."""
    return [Problem(kind="case_number_misread", pages=[p.page], severity="warning",
                    message=f"第{p.page}页案号识别为{p.case_number_read}，与本案案号仅个别数字不同，且该页载有本案当事人"
                            f"“{p.party_named}”，按本案材料处理{_where(p)}；请核对该页案号。")
            for p in pages if p.case_number_read]


def related_case_problems(pages: Sequence[Page]) -> list[Problem]:
    """Pages of a case that arose inside this one and names it (related_cases): kept as this case's, and the clerk
    told which case's they are — one warning for each such case."""
    problems = []
    for number in dict.fromkeys(p.related_case for p in pages if p.related_case):
        on = [p.page for p in pages if p.related_case == number]
        problems.append(Problem(kind="related_case_pages", pages=on, severity="warning",
                                message=f"{page_span(on)}是本案执行中产生的关联案件{number}的材料（载有本案案号），"
                                        "按本案材料处理，未作误装页。"))
    return problems


def kinship_problems(pages: Sequence[Page]) -> list[Problem]:
    """A kinship proof on which the relative acting was not read (kinship.py): a warning to look, never a reason to
    send the dossier back (the name may be on it, unread)."""
    unseen = [p for p in pages if p.agent_unseen]
    if not unseen:
        return []
    span = page_span([p.page for p in unseen])
    return [Problem(kind="kinship_unconfirmed", pages=[p.page for p in unseen], severity="warning",
                    message=f"{span}的亲属关系证明上未读出代理人“{unseen[0].agent_unseen}”的姓名；请核对该证明是否载明"
                            "代理人与申请执行人的亲属关系（如户口簿中无代理人，须另附社区或村委会出具的亲属关系证明）。")]


def _maybe(page: Page) -> str:
    """（可能是送达回证或执行通知书） when the reader gave candidates, else nothing."""
    types = likely_types(page)
    return f"（可能是{'或'.join(describe(t) for t in types)}）" if types else ""


def unreadable_problems(pages: Sequence[Page]) -> list[Problem]:
    return [Problem(kind="unreadable_page", pages=[p.page],
                    message=f"第{p.page}页无法辨认{_maybe(p)}{_where(p)}（识别置信度{p.confidence:.0%}），"
                            "可能模糊、过暗或残缺，请重新扫描该页后再提交。")
            for p in pages if not p.readable and not p.blank]


def blank_problems(pages: Sequence[Page]) -> list[Problem]:
    blanks = [p.page for p in pages if p.blank]
    if not blanks:
        return []
    return [Problem(kind="blank_page", pages=blanks, severity="warning",
                    message=f"{page_span(blanks)}为空白页（多为双面扫描的背面），归档前请删除或确认无遗漏内容。")]


def unplaced_problems(pages: Sequence[Page], documents: Sequence[Document]) -> list[Problem]:
    """Readable pages that fit no document: neither a known title nor a page following one."""
    placed = {n for d in documents for n in d.pages}
    loose = [p for p in pages if p.readable and not p.blank and p.page not in placed]
    if not loose:
        return []
    notes = []
    for p in loose:
        if p.page_of and p.page_of[0] == 1:
            notes.append(f"第{p.page}页页脚标为第1页，是另一份文书的首页，不是上一文书的续页{_maybe(p)}。")
        elif likely_types(p):
            notes.append(f"第{p.page}页{_maybe(p)}。")
    return [Problem(kind="unclassified_page", pages=[p.page for p in loose], severity="warning",
                    message=f"{page_span([p.page for p in loose])}未能识别为任何文书类型，"
                            f"请人工核对其内容并确认所属文书。{''.join(notes)}")]


def receipt_problems(documents: Sequence[Document], case_number: str) -> list[Problem]:
    """Receipts that name no document we can read prove nothing: say so, so the clerk can check."""
    return [Problem(kind="unlinked_receipt", pages=list(d.pages), severity="warning",
                    message=f"{page_span(d.pages)}的送达回证未能识别所送达的文书名称，无法据此认定送达，请人工核对。")
            for d in documents
            if d.doc_type == "service_receipt" and not d.served and same_case(d.case_number, case_number)]


def find_problems(pages: Sequence[Page], documents: Sequence[Document], case_number: str) -> list[Problem]:
    """Every problem of the dossier, in the order a clerk would fix them."""
    return [*misfiled_problems(pages, documents, case_number), *misread_number_problems(pages),
            *related_case_problems(pages),
            *unreadable_problems(pages), *kinship_problems(pages),
            *footer_problems(pages, [d for d in documents if same_case(d.case_number, case_number)]),
            *receipt_problems(documents, case_number),
            *unplaced_problems(pages, documents), *duplicate_problems(pages), *blank_problems(pages)]


def blocks_decision(problem: Problem) -> bool:
    return problem.kind in BLOCKING or problem.severity == "error"
