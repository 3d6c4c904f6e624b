"""A page whose case number reads one or two digits off this case's, on a page that names this case's party.

Another case's page in the dossier blocks it (CONTRACT.md), so a misread number must not pass for one. A
number that differs from this case's only in one or two digits of its serial (执99113 read for 执99418 on a
fax-grade scan, 执96438 for 执96433 under motion blur), or by one digit left out (执1858 for 执18581), is what a
misread looks like — and also what a
neighbouring case's page looks like. What tells them apart is the page's own text: the check asks the reader to
read the whole page (`dossier.ocr.second_look.read_texts`) and looks for the names of this case's parties. A page
that names one is this case's page with its number misread: it is kept, and a warning says which number was
read so the clerk can look. A page that names none stays another case's page.

Pure: the text is read elsewhere and handed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rapidfuzz.distance import Levenshtein

from dossier.dossier_check.grouping import same_case
from dossier.dossier_check.model import Page
from dossier.model import Case, CaseNumberError, parse_case_number

NEAR_DIGITS = 2
"""At most this many digits of the serial may differ for a number to be a misread of this case's."""
MIN_NAME = 2
"""A party's name shorter than this (a one-character scrap) proves nothing."""
MAX_ASKED = 12
"""At most this many pages are read again whole (about half a second each): a dossier whose every page reads a
digit off is a scan to redo, not a set of misreads to confirm one by one."""

ReadTexts = Callable[[Sequence[int]], dict[int, str]]


def near_number(read: str, own: str) -> bool:
    """The read number is this case's with one or two digits of its serial different, or one left out (same year,
    court, kind)."""
    try:
        a, b = parse_case_number(read), parse_case_number(own)
    except CaseNumberError:
        return False
    x, y = str(a.sequence), str(b.sequence)
    if (a.year, a.court_code, a.type_code, a.legacy) != (b.year, b.court_code, b.type_code, b.legacy) or x == y:
        return False
    if len(x) != len(y):
        return _one_digit_lost(x, y)
    return sum(p != q for p, q in zip(x, y, strict=True)) <= NEAR_DIGITS


def _one_digit_lost(x: str, y: str) -> bool:
    """One serial is the other with one digit left out: a figure the ribbon of a dot-matrix fill did not print, or
    one of two alike the recogniser read once (执18581 read 执1858, 潞州 court_fq_03)."""
    longer, shorter = (x, y) if len(x) > len(y) else (y, x)
    return len(longer) == len(shorter) + 1 and any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


MISREAD_EVERY = 8
"""One character in this many of a party's name may be read wrong on the page read again whole (钦州冠海冷健食品有限公司
for …冷链…, a cover's cell read in one box with its label, 钦州钦南 court_gs_01 p1); a shorter name (a person's) must
be read exactly."""


def party_named(text: str, case: Case) -> str | None:
    """The first of this case's parties the text names (the whole name, as the case file gives it, a long one with a
    character or so misread)."""
    names = [p.name for p in [*case.applicants, *case.respondents]]
    return next((n for n in names if len(re.sub(r"\s", "", n)) >= MIN_NAME
                 and name_in(n, text, misread=len(re.sub(r"\s", "", n)) // MISREAD_EVERY)), None)


def name_in(name: str, text: str, *, misread: int = 0) -> bool:
    """The name stands in the text, spaces aside, with at most `misread` characters read wrong, left out or put in."""
    name, compact = re.sub(r"\s", "", name), re.sub(r"\s", "", text)
    if name in compact:
        return True
    if not misread:
        return False
    return any(Levenshtein.distance(name, compact[i:i + width], score_cutoff=misread) <= misread
               for width in range(len(name) - misread, len(name) + misread + 1)
               for i in range(len(compact) - width + 1))


def pages_to_confirm(pages: Sequence[Page], case: Case) -> list[int]:
    """Pages read as another case's whose number is near this case's (none when more than MAX_ASKED are)."""
    near = [p.page for p in pages if p.readable and not p.blank and p.case_number is not None
            and not same_case(p.case_number, case.case_number) and near_number(p.case_number, case.case_number)]
    return near if len(near) <= MAX_ASKED else []


def confirmed_numbers(pages: Sequence[Page], case: Case, read: ReadTexts) -> list[Page]:
    """Pages with a near number that name this case's party carry this case's number; the number read is kept
    (`case_number_read`) for the warning."""
    asked = pages_to_confirm(pages, case)
    if not asked:
        return list(pages)
    texts = read(asked)
    out: list[Page] = []
    for page in pages:
        named = party_named(_both_readings(page, texts), case) if page.page in asked else None
        if named is None:
            out.append(page)
            continue
        out.append(page.model_copy(update={"case_number": case.case_number, "case_number_read": page.case_number,
                                           "party_named": named}))
    return out


def _both_readings(page: Page, texts: dict[int, str]) -> str:
    """The page's text read again whole, and the names its first reading found on it (`particulars`): a name in a
    dot-matrix print reads right one time and two characters off the other (青岛顺港装卸服务有限公司 read again as
    青岛顺潜装御服务有限公司, 黄岛 court_in_02 p31) — either reading that gives the name shows the page names it."""
    return "\n".join([texts.get(page.page, ""), *page.particulars])
