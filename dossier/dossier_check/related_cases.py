"""A ruling of a case that arose inside this one, filed in this case's volume under its own number.

Adding a respondent (追加被执行人), an objection to a measure, a review: each is a case of its own (执异, 执复, 执监:
vocab/case_types.yaml `ancillary`), decided by a ruling that carries its own number, and the ruling and its 送达回证
are filed in the enforcement case's volume as well (临沂兰山's 执异 ruling adding a company's sole shareholder, in the
resumed case's volume: court_hp_01). Another case's page in the dossier blocks it (CONTRACT.md), so such a page must
not pass for one unless it shows it belongs: the check asks the reader to read one page of each such number whole
(`dossier.ocr.second_look.read_texts`) and looks for this case's number there (本院在执行…一案中). A number so shown
is this case's related case on every page that carries it (the receipt for the ruling names only the person served);
the clerk is told which pages and which case. A number of another court, of another kind, or whose page does not name
this case stays another case's.

Pure: the text is read elsewhere and handed in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dossier.dossier_check.grouping import same_case
from dossier.dossier_check.model import Page
from dossier.model import Case, CaseNumberError, parse_case_number
from dossier.ocr.casenum import find_case_numbers

MAX_ASKED = 4
"""At most this many pages are read again whole (about half a second each): one for each related number."""

ReadTexts = Callable[[Sequence[int]], dict[int, str]]


def ancillary_of_this_court(read: str, own: str) -> bool:
    """The number read is of a case of the kind that arises inside an enforcement case, at this case's court."""
    try:
        a, b = parse_case_number(read), parse_case_number(own)
    except CaseNumberError:
        return False
    return a.ancillary and a.court_code == b.court_code and not same_case(read, own)


def pages_to_read(pages: Sequence[Page], case: Case) -> dict[str, int]:
    """For each ancillary number of this court read on a page, the first page carrying it (none when more than
    MAX_ASKED numbers are: a volume of another court's cases is no set of related rulings)."""
    first: dict[str, int] = {}
    for p in pages:
        if p.readable and not p.blank and p.case_number and ancillary_of_this_court(p.case_number, case.case_number):
            first.setdefault(p.case_number, p.page)
    return first if len(first) <= MAX_ASKED else {}


def shows_this_case(text: str, case: Case) -> bool:
    """The text names this case's number, as a ruling of a case arising inside it does (本院在执行（2024）鲁1302执恢5617号
    …一案中): its parties' names alone are not enough — a debtor sued by several has an objection in each case."""
    own = case.case_number
    return any(same_case(n, own) for n in find_case_numbers(text, expected=own))


def related_numbers(pages: Sequence[Page], case: Case, read: ReadTexts) -> list[Page]:
    """Pages with a related case's number carry it as `related_case`, their own number set aside."""
    asked = pages_to_read(pages, case)
    if not asked:
        return list(pages)
    texts = read(list(asked.values()))
    related = {number for number, page in asked.items() if shows_this_case(texts.get(page, ""), case)}
    return [p.model_copy(update={"case_number": None, "related_case": p.case_number}) if p.case_number in related
            else p for p in pages]
