"""重张: the same sheet scanned twice, found by the pages' perceptual hashes.

The reader gives each page a 64-bit pHash (`imagehash.phash`, hex). Two scans of one sheet differ by
scanner noise, a few pixels of shift, slight skew and exposure; pHash keeps only the 8×8 lowest DCT
frequencies of a 32×32 grey image against their median, so such scans land within a few bits of each
other (imagehash's own examples and the usual near-duplicate practice: 0–5 bits), while unrelated
images sit near 32 bits apart. Text pages share a layout (margins, title band, a form's grid), so
different pages of one form can come closer than unrelated photographs; hence a tight threshold,
`DUPLICATE_MAX_DISTANCE` = 6 bits of 64 (≈ 9 %), and two vetoes:

- a page with little content (blank, a near-empty back) is never a duplicate: a blank page is flagged
  `blank` by the reader, and a hash with fewer than `MIN_BITS` or more than 64 − `MIN_BITS` bits set
  is one of a near-uniform image (pHash of a uniform page is all zeros but the DC bit) — such pages all
  hash alike, which says nothing;
- what was read on the pages contradicts it: different QR doc ids, different footer numbers n/m,
  different case numbers, different titled types, different served documents of two 送达回证.

Duplicates are a warning: the archive centre removes the extra copy; nothing is missing. A document
made only of second copies is not counted as another copy of its type (see `redundant_documents`),
so a rescanned ID card does not pass for the second party's identity proof.
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier.dossier_check.model import Document, Page
from dossier.dossier_check.text import page_span
from dossier.results import Problem

DUPLICATE_MAX_DISTANCE = 6
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
    return bool(a.served_doc_types and b.served_doc_types and set(a.served_doc_types) != set(b.served_doc_types))


def duplicate_groups(pages: Sequence[Page], max_distance: int = DUPLICATE_MAX_DISTANCE) -> list[list[int]]:
    """Groups (≥ 2 pages, in dossier order) of pages that are one sheet scanned more than once."""
    hashed = [(p, h, len((p.phash or "").strip())) for p in pages if (h := comparable_hash(p)) is not None]
    parent = {p.page: p.page for p, _, _ in hashed}

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for i, (a, ha, la) in enumerate(hashed):
        for b, hb, lb in hashed[i + 1:]:
            if la == lb and (ha ^ hb).bit_count() <= max_distance and not contradicts(a, b):
                parent[root(b.page)] = root(a.page)
    groups: dict[int, list[int]] = {}
    for p, _, _ in hashed:
        groups.setdefault(root(p.page), []).append(p.page)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def duplicate_problems(pages: Sequence[Page]) -> list[Problem]:
    problems = []
    for group in duplicate_groups(pages):
        first, copies = group[0], group[1:]
        problems.append(Problem.model_validate({
            "kind": "duplicate_page", "pages": group, "severity": "warning", "first_copy": first,
            "copies": copies,
            "message": f"{page_span(group)}内容相同（重张），疑为同一页重复扫描；"
                       f"请保留第{first}页，删除{page_span(copies)}。"}))
    return problems


def redundant_documents(documents: Sequence[Document], pages: Sequence[Page]) -> list[Document]:
    """Documents made only of second (third …) copies of pages that stand earlier in the dossier."""
    later_copies = {n for group in duplicate_groups(pages) for n in group[1:]}
    return [d for d in documents if d.pages and all(n in later_copies for n in d.pages)]
