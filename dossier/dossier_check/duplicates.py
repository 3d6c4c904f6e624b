"""重张: the same sheet scanned twice — found by the QR identity, or by the pages' perceptual hashes.

Certain: two pages carrying the same QR doc id and the same page number i/n are one page of one
generated document, twice.

Likely: the reader gives each page a 64-bit pHash (`imagehash.phash`, hex; compared by Hamming
distance). Measured on the 259 pages of the sample dossiers (pHash re-computed from the page images):
simulated rescans of a page (±1° skew, ±8 px shift, exposure ±10 %, noise, blur, JPEG 40–85) land
0–6 bits from the original in 91 % of cases and 0–4 bits in 80 %; but pHash keeps only the 8×8 lowest
DCT frequencies of a 32×32 grey image, which on text pages is mostly the layout — different pages of
one form come just as close: three 送达回证 of one dossier 0 bits apart, two parties' ID copies 6 bits,
two continuation pages of different documents 4–6 bits, different notices of one template 6 bits.
The reader's own hashes of the sample pages confirm it: two continuation pages of different documents
4 bits apart, two 送达回证 naming different documents 0 bits apart. Hence:
- `DUPLICATE_MAX_DISTANCE` = 4 bits of 64 (not 6: at 6 two different parties' ID copies match);
- a pHash match counts only between neighbouring pages (consecutive in the scan, blank backs between
  them ignored): a double feed or a rescan put next to its original, which is how 重张 happens; the
  same layout far apart in the dossier is another page of the same form far more often than not;
- a veto whenever what was read on the pages tells them apart: different QR doc ids, different
  page numbers n/m, different case numbers, different titled types, different served documents
  of two 送达回证, different figures or names read (`particulars_apart`: a settlement's four instalment
  slips of one bank 0–2 bits apart, two companies' 法定代表人身份证明书 0 bits apart — court_o);
- a page with little content is never a duplicate: a blank page (`blank`, flagged by the reader), and
  a hash with fewer than `MIN_BITS` or more than 64 − `MIN_BITS` bits set (pHash splits 64
  coefficients at their median, so a page with content has 32 bits set; a near-uniform page has ties
  and hashes alike with every other near-uniform page).

Duplicates are warnings: the archive centre removes the extra copy; nothing is missing. Because the
pHash match alone can be two different sheets of one form, only a certain (QR) duplicate stops a
document from counting as a further copy of its type (`redundant_documents`); a likely one is
reported for the clerk to look at and changes nothing else. The warning tells the clerk to delete the
copy only where what was read confirms it (the same QR page, or the same figures read on both, the case
number's aside: `particulars_alike`); where the pages were read too little to tell (two summonses of one form filled for
two dates, read down to their title: 呼和浩特), it says the pages look alike and asks the clerk to compare.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from dossier.dossier_check.model import Document, Page, particulars_read
from dossier.dossier_check.text import page_span
from dossier.results import Problem

DUPLICATE_MAX_DISTANCE = 4
HASH_BITS = 64
MIN_BITS = 8
_GENERIC = {"continuation", "unknown", "blank"}


def hamming(a: str, b: str) -> int | None:
    """Bits in which two hex hashes differ; None when they cannot be compared."""
    x, y = _parse(a), _parse(b)
    if x is None or y is None or len(a.strip()) != len(b.strip()):
        return None
    return (x ^ y).bit_count()


def _parse(text: str) -> int | None:
    try:
        return int(text.strip(), 16)
    except ValueError:
        return None


def comparable_hash(page: Page) -> int | None:
    """The page's hash when it may show a duplicate: not blank, and not a near-uniform image."""
    if page.blank or page.doc_type == "blank" or not page.phash:
        return None
    value = _parse(page.phash)
    if value is None:
        return None
    bits = len(page.phash.strip()) * 4
    ones = value.bit_count()
    if ones < MIN_BITS or ones > bits - MIN_BITS:
        return None
    return value


def contradicts(a: Page, b: Page) -> bool:
    """What was read on the two pages says they are different sheets."""
    if a.doc_id and b.doc_id and a.doc_id != b.doc_id:
        return True
    if a.page_of and b.page_of and tuple(a.page_of) != tuple(b.page_of):
        return True
    if a.case_number and b.case_number and a.case_number != b.case_number:
        return True
    if (a.readable and b.readable and a.doc_type not in _GENERIC and b.doc_type not in _GENERIC
            and a.doc_type != b.doc_type):
        return True
    if bool(a.served_doc_types and b.served_doc_types and set(a.served_doc_types) != set(b.served_doc_types)):
        return True
    return particulars_apart(a.particulars, b.particulars, ignore=case_digits(a, b))


def case_digits(*pages: Page) -> frozenset[str]:
    """The digit runs of the pages' case numbers (2024, 0105, 13872): every paper of the case carries them, so
    they tell no two sheets apart and prove no two alike — two instalment slips of one case shared them and little
    else, and were called one sheet twice (court_o_01, court_p_03)."""
    return frozenset(x for p in pages if p.case_number for x in particulars_read(p.case_number) if x.isdigit())


PARTICULARS_ALIKE = 0.5
"""Share of the particulars two readings of one sheet have in common at least (a misread digit changes one)."""


def particulars_apart(a: Sequence[str], b: Sequence[str], *, ignore: frozenset[str] = frozenset()) -> bool:
    """The amounts, dates, numbers or names read on two pages differ: two sheets of one form (a
    settlement's instalment slips, two companies' 法定代表人身份证明书), not one sheet scanned twice. Figures
    differ when fewer than half are common to both; names when none is. Where either page was read too
    little to tell, nothing is vetoed. Figures in `ignore` (the case number's) do not count."""
    (figures_a, names_a), (figures_b, names_b) = _figures_and_names(a, ignore), _figures_and_names(b, ignore)
    if len(figures_a) >= 2 and len(figures_b) >= 2 and not _figures_alike(figures_a, figures_b):
        return True
    return bool(names_a and names_b and not names_a & names_b)


def _figures_and_names(particulars: Sequence[str], ignore: frozenset[str] = frozenset()) -> tuple[set[str], set[str]]:
    figures = {x for x in particulars if x.isdigit()}
    return figures - ignore, set(particulars) - figures


def _figures_alike(a: set[str], b: set[str]) -> bool:
    return len(a & b) >= PARTICULARS_ALIKE * len(a | b)


def particulars_alike(a: Sequence[str], b: Sequence[str], *, ignore: frozenset[str] = frozenset()) -> bool:
    """What was read on two pages says one sheet: at least two figures each, half of them common to both (the
    case number's left out). A name in common says nothing: the parties' names stand on most papers of the case
    (a 总对总 and a 点对点 reply on one respondent, tribunal_01)."""
    (figures_a, _), (figures_b, _) = _figures_and_names(a, ignore), _figures_and_names(b, ignore)
    return len(figures_a) >= 2 and len(figures_b) >= 2 and _figures_alike(figures_a, figures_b)


def same_qr_page(a: Page, b: Page) -> bool:
    """Two non-blank pages with the same QR doc id and page number: one generated page, twice."""
    return bool(a.doc_id and a.doc_id == b.doc_id and a.page_of and b.page_of
                and tuple(a.page_of) == tuple(b.page_of) and not a.blank and not b.blank)


def _groups(pages: Sequence[Page], linked: list[tuple[int, int]]) -> list[list[int]]:
    parent = {p.page: p.page for p in pages}

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b in linked:
        parent[root(b)] = root(a)
    groups: dict[int, list[int]] = {}
    for p in pages:
        groups.setdefault(root(p.page), []).append(p.page)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def certain_duplicate_groups(pages: Sequence[Page]) -> list[list[int]]:
    """Groups of pages that are one QR-identified page scanned more than once."""
    return _groups(pages, [(a.page, b.page) for i, a in enumerate(pages) for b in pages[i + 1:]
                           if same_qr_page(a, b)])


def duplicate_groups(pages: Sequence[Page], max_distance: int = DUPLICATE_MAX_DISTANCE) -> list[list[int]]:
    """Groups (≥ 2 pages, in dossier order) of pages that are one sheet scanned more than once."""
    return _groups(pages, [(a, b) for a, b, _ in _duplicate_links(pages, max_distance)])


def _duplicate_links(pages: Sequence[Page], max_distance: int) -> list[tuple[int, int, bool]]:
    """(page, later page, confirmed by what was read on both) for each pair that is one sheet twice."""
    linked = [(a.page, b.page, True) for i, a in enumerate(pages) for b in pages[i + 1:] if same_qr_page(a, b)]
    sheets = [p for p in pages if not p.blank]  # neighbours: consecutive once blank backs are left out
    for a, b in pairwise(sheets):
        ha, hb = comparable_hash(a), comparable_hash(b)
        if (ha is not None and hb is not None and len((a.phash or "").strip()) == len((b.phash or "").strip())
                and (ha ^ hb).bit_count() <= max_distance and not contradicts(a, b)):
            linked.append((a.page, b.page, same_qr_page(a, b)
                           or particulars_alike(a.particulars, b.particulars, ignore=case_digits(a, b))))
    return linked


def duplicate_problems(pages: Sequence[Page]) -> list[Problem]:
    links = _duplicate_links(pages, DUPLICATE_MAX_DISTANCE)
    problems = []
    for group in _groups(pages, [(a, b) for a, b, _ in links]):
        first, copies = group[0], group[1:]
        confirmed = all(sure for a, b, sure in links if a in group)
        message = (f"{page_span(group)}内容相同（重张），疑为同一页重复扫描；请保留第{first}页，删除{page_span(copies)}。"
                   if confirmed else
                   f"{page_span(group)}版面几乎相同，可能是同一页重复扫描（重张），也可能是同一格式的不同文书；"
                   f"请核对：如为重张，保留第{first}页，删除{page_span(copies)}。")
        problems.append(Problem.model_validate({
            "kind": "duplicate_page", "pages": group, "severity": "warning", "first_copy": first,
            "copies": copies, "confirmed": confirmed, "message": message}))
    return problems


def redundant_documents(documents: Sequence[Document], pages: Sequence[Page]) -> list[Document]:
    """Documents made only of second (third …) copies of QR-identified pages earlier in the dossier."""
    later_copies = {n for group in certain_duplicate_groups(pages) for n in group[1:]}
    return [d for d in documents if d.pages and all(n in later_copies for n in d.pages)]
