"""Inside one document: the page numbers the pages carry themselves (footer 第n页共m页 or - n -, or the
QR i/n of a generated document) against the pages scanned.

- 缺页 `missing_page_in_document` (blocks: the dossier is incomplete): a number between 1 and m that no
  page of the document carries — a gap (1/3, 3/3) or a short end (1/3, 2/3) — and more such numbers
  than the document has pages whose number could not be read (a title page without footer, then
  - 2 -, is not 缺页). A page the grouping could
  not place (unreadable, unknown type) that sits inside or right after the document and carries the
  missing number fills it: that page is then reported as what it is (unreadable / unclassified),
  not as 缺页. Unplaced pages without a number there are named as possibly the missing page.
- 倒页 `pages_out_of_order` (warning: the archive centre re-sorts): the numbers go backwards in scan order.

A footer that gives no total (`- n -`, read as m = 0) is checked for gaps up to its highest n only, and from the
number its document's first page carries: that page opens the document (the grouping starts a document only on a
page that is no later page), so a bare 73 on it is no page of 73 — the volume's number, or a browser's 1/3 read
small — and nothing before it is missing.
Pages of one generated document are found by their QR doc id wherever they lie in the dossier, so a
page filed away from its document is not 缺页 (it is out of place, and reported as 倒页).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from dossier.doctypes import short_label
from dossier.dossier_check.model import Document, Page
from dossier.results import Problem


@dataclass(frozen=True)
class NumberedRun:
    """Pages (in dossier order) that claim to be one document of `total` pages (0: total not printed)."""

    doc_type: str
    pages: tuple[Page, ...]
    total: int
    by_qr: bool
    neighbours: tuple[Page, ...] = ()  # unplaced pages inside or right after the document
    unnumbered: int = 0  # pages of the document whose number was not read: each may fill one gap
    opens_at: int = 1  # the bare number the document's first page carries (no total): the first that can be missing


def _number(page: Page) -> tuple[int, int] | None:
    """The page's (n, m), or None when it carries none or an impossible one (n < 1, n > m)."""
    if page.page_of is None or page.blank:
        return None
    n, m = page.page_of
    if n < 1 or m < 0 or (m and n > m):
        return None
    return n, m


def numbered_runs(pages: Sequence[Page], documents: Sequence[Document]) -> list[NumberedRun]:
    """Per document, its numbered pages; a document whose pages disagree on the total is split by total."""
    by_number = {p.page: p for p in pages}
    placed = {n for d in documents for n in d.pages}
    runs: list[NumberedRun] = []
    seen_ids: set[str] = set()
    for doc in documents:
        neighbours = _neighbours(doc, pages, by_number, placed)
        unnumbered = sum(1 for n in doc.pages if _number(by_number[n]) is None)
        if doc.doc_id:
            if doc.doc_id in seen_ids:
                continue
            seen_ids.add(doc.doc_id)
            members = tuple(p for p in pages if p.doc_id == doc.doc_id and _number(p))
            if members:
                total = max(_total(p) for p in members)
                runs.append(NumberedRun(doc.doc_type, members, total, True, neighbours, unnumbered))
            continue
        by_total: dict[int, list[Page]] = {}
        for n in doc.pages:
            number = _number(by_number[n])
            if number:
                by_total.setdefault(number[1], []).append(by_number[n])
        beyond = _beyond_the_total(by_total)
        if beyond:
            by_total[0] = [p for p in by_total[0] if p not in beyond]
            by_total = {total: ps for total, ps in by_total.items() if ps}
            unnumbered += len(beyond)
        through = _counts_through(doc, by_number) if len(by_total) > 1 else None
        if through is not None:
            by_total = {through: [p for ps in by_total.values() for p in ps]}
        first = _number(by_number[doc.pages[0]])
        runs.extend(NumberedRun(doc.doc_type, tuple(ps), total, False, neighbours, unnumbered,
                                opens_at=first[0] if first and not total and not first[1] else 1)
                    for total, ps in by_total.items())
    return runs


def _beyond_the_total(by_total: dict[int, list[Page]]) -> list[Page]:
    """Pages with a bare number (no total) past the total the document's other pages print: 2 / 2 read 212, its
    slash taken for a 1 (沈阳沈河's application, court_iz_01 p2, after 1 / 2): no page of this document, so a page
    whose number was not read, which may be the one the others leave missing."""
    totals = [total for total in by_total if total]
    if 0 not in by_total or not totals:
        return []
    return [p for p in by_total[0] if p.page_of is not None and p.page_of[0] > max(totals)]


def _counts_through(doc: Document, by_number: dict[int, Page]) -> int | None:
    """The document's pages count on by one in scan order from its first page (a first page whose number was not
    read counts as 1) to a last page that is the last, though their totals disagree: nothing is missing, and the
    document has as many pages as the count. The last says it is the last (1/2, 2/2, 3/3: a signature page printed
    after the others were numbered), or the others all say it is (1/3, 2/3 and 3/30: its 共3页 read 共30 on a 96 dpi
    export, 威海环翠's 终本 ruling). None when the pages do not count through."""
    numbered = [(i, number) for i, n in enumerate(doc.pages) if (number := _number(by_number[n]))]
    if not numbered:
        return None
    start = numbered[0][0] + 1  # the number the first numbered page must carry: its place in the document
    counted = ([number[0] for _, number in numbered] == list(range(start, start + len(numbered)))
               and [i for i, _ in numbered] == list(range(numbered[0][0], numbered[0][0] + len(numbered))))
    last_n, last_m = numbered[-1][1]
    others = {number[1] for _, number in numbered[:-1]}
    if counted and last_n == last_m:
        return max(number[1] for _, number in numbered)
    if counted and others == {last_n}:
        return last_n
    return None


def _neighbours(doc: Document, pages: Sequence[Page], by_number: dict[int, Page],
                placed: set[int]) -> tuple[Page, ...]:
    """Unplaced non-blank pages between the document's first and last page, and those right after it
    up to the next placed page (a page the grouping could not read breaks the document there)."""
    first, last = doc.pages[0], doc.pages[-1]
    inside = [p for p in pages if first < p.page < last and p.page not in placed and not p.blank]
    after: list[Page] = []
    n = last + 1
    while n in by_number and n not in placed:
        if not by_number[n].blank:
            after.append(by_number[n])
        n += 1
    return tuple(inside + after)


def _total(page: Page) -> int:
    number = _number(page)
    return number[1] if number else 0


def _seen_numbers(run: NumberedRun) -> list[int]:
    """The page numbers the run's pages carry, both of a two-page spread's."""
    return [n for page in run.pages if (number := _number(page))
            for n in range(number[0], max(number[0], page.page_of_last or 0) + 1)]


def missing_numbers(run: NumberedRun) -> list[int]:
    """Page numbers of the document no page carries (neighbours carrying one of them fill it)."""
    seen = set(_seen_numbers(run))
    for p in run.neighbours:
        number = _number(p)
        if number and number[1] == run.total:
            seen.add(number[0])
    expected = run.total or max(seen)
    gaps = [n for n in range(run.opens_at, expected + 1) if n not in seen]
    if not run.total and len(gaps) > BARE_GAPS_MOST:
        return []
    # A page of the document whose footer was not read (often the title page: many documents print no
    # number on page 1) may be any missing number: 缺页 only when there are more gaps than such pages.
    return gaps if len(gaps) > run.unnumbered else []


BARE_GAPS_MOST = 5
"""More pages than this missing by bare numbers alone (no 共m页 printed) say the number is no page of the document:
the volume's 档案页码, or a footer misread (第 1 页 / 共 1 页 on a screen photo read 89 at 0.58 under a receipt whose
first page carries none, 鄂尔多斯东胜 court_ek_02) — not 88 pages lost from a two-page receipt."""


def _names(numbers: Sequence[int]) -> str:
    return "、".join(f"第{n}页" for n in numbers)


def _what(run: NumberedRun) -> str:
    spans = sorted(p.page for p in run.pages)
    where = f"第{spans[0]}页" if len(spans) == 1 else f"第{spans[0]}-{spans[-1]}页"
    return f"{where}的{short_label(run.doc_type)}"


def missing_page_problems(runs: Sequence[NumberedRun]) -> list[Problem]:
    problems: list[Problem] = []
    for run in runs:
        gaps = missing_numbers(run)
        if not gaps:
            continue
        mark = "二维码" if run.by_qr else "页脚"
        shown = sorted(set(_seen_numbers(run)))
        total = f"标明共{run.total}页" if run.total else "标有页码（未标总页数）"
        message = (f"{_what(run)}缺页：{mark}{total}，卷中只有其{_names(shown)}，缺{_names(gaps)}。"
                   "请找到缺失的页补扫后再提交。")
        possible = [p.page for p in run.neighbours if _number(p) is None]
        if possible:
            message += f"卷中第{'、'.join(map(str, possible))}页未能辨认，可能就是缺失的页，请人工核对。"
        fields: dict[str, object] = {
            "kind": "missing_page_in_document", "pages": sorted(p.page for p in run.pages), "message": message,
            "severity": "error", "doc_type": run.doc_type, "page_count": run.total or None,
            "missing_page_numbers": gaps, "possible_pages": possible or None}
        problems.append(Problem.model_validate({k: v for k, v in fields.items() if v is not None}))
    return problems


def out_of_order_problems(runs: Sequence[NumberedRun]) -> list[Problem]:
    problems: list[Problem] = []
    for run in runs:
        numbers = _seen_numbers(run)
        if all(a <= b for a, b in pairwise(numbers)):
            continue
        order = "、".join(str(n) for n in numbers)
        problems.append(Problem(
            kind="pages_out_of_order", pages=[p.page for p in run.pages], severity="warning",
            message=f"{_what(run)}页序颠倒：按扫描顺序，各页页码依次为{order}，请按页码顺序重新排列后归档。"))
    return problems


def footer_problems(pages: Sequence[Page], documents: Sequence[Document]) -> list[Problem]:
    """缺页 and 倒页 of every document whose pages carry their own page numbers."""
    runs = numbered_runs(pages, documents)
    return [*missing_page_problems(runs), *out_of_order_problems(runs)]
