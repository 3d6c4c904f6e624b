"""Which ruling a 送达回证 served when it names only the form (执行裁定书) and the dossier holds two of that form.

Every ruling is titled 执行裁定书 (DOMAIN.md): the freezing ruling early in a case and the 终本 ruling at its end
alike. A receipt that writes only 执行裁定书 may have served either. The dates tell them apart the way a clerk
does: a ruling is served within days of being made, so a receipt dated two days after the 终本 ruling and four
months after the freezing ruling served the 终本 ruling. The rule infers only when it is sure:
- the receipt's date was read;
- of the rulings of that form in the dossier, exactly one may have been served on it: every other was read to be
  made after the receipt's date or more than SERVED_WITHIN days before it, or in a month of which no day lies in
  those SERVED_WITHIN days when a seal left only its month readable (a ruling whose date was not read at all may
  have been made on any day, and is never ruled out).
Otherwise nothing is inferred: the receipt counts as serving the plain 执行裁定书, and the check names it and asks
where another ruling's receipt is missing (possible.py).

Pure: the dates are read by the reader's second look (`dossier.ocr.second_look`), asked for by `dates_wanted`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from dossier.dossier_check.model import Document

SERVED_WITHIN = timedelta(days=30)
"""A ruling's 送达回证 is dated within this many days of the ruling. The freezing ruling of a case is made months
before its 终本 ruling; one made within a month of the other leaves a receipt between them undecided."""


def _forms() -> dict[str, frozenset[str]]:
    from dossier.ocr.cues import form_subjects

    return form_subjects()


def form_only(receipt: Document) -> str | None:
    """The form a receipt names without naming which document of that form (enforcement_ruling for 执行裁定书)."""
    if receipt.doc_type != "service_receipt":
        return None
    return next((form for form, subjects in _forms().items()
                 if form in receipt.served and not (subjects - {form}) & set(receipt.served)), None)


def of_form(documents: Sequence[Document], form: str) -> list[Document]:
    """The documents a receipt naming only `form` may have served: those of the form, and of its subjects."""
    kinds = {form, *_forms().get(form, frozenset())}
    return [d for d in documents if d.doc_type in kinds]


def dates_wanted(documents: Sequence[Document]) -> list[int]:
    """Pages whose date decides what a form-only receipt served: the receipt's page and each candidate ruling's
    last page, when the dossier holds two or more candidates and a date is not known yet."""
    pages: set[int] = set()
    for receipt in documents:
        form = form_only(receipt)
        if form is None or len(candidates := of_form(documents, form)) < 2:
            continue
        for doc in [receipt, *candidates]:
            if doc.dated is None:
                pages.add(doc.pages[-1])
    return sorted(pages)


def served_by_date(receipt: Document, candidates: Sequence[Document]) -> Document | None:
    """The one candidate the receipt's date leaves, or None when the dates do not decide. A candidate whose date
    was not read may have been made at any time: it is left, never ruled out (a receipt dated in May did not serve
    a ruling of February; it served the other ruling, whose date under the seal was not read)."""
    if receipt.dated is None or len(candidates) < 2:
        return None
    served_on = receipt.dated
    left = [c for c in candidates if (c.dated <= served_on <= c.dated + SERVED_WITHIN if c.dated is not None
                                      else c.dated_month is None or month_may_have_served(c.dated_month, served_on))]
    return left[0] if len(left) == 1 else None


def month_may_have_served(month: int, served_on: date) -> bool:
    """Whether a ruling signed in `month` of a year a seal hid may be the one served on `served_on`: some day of
    that month, this year or last, lies within SERVED_WITHIN days before it (a ruling of February is not served
    in June of any year; one of December may be served in January)."""
    earliest = served_on - SERVED_WITHIN
    return any(start <= served_on and end >= earliest
               for start, end in (_month_days(year, month) for year in (served_on.year - 1, served_on.year)))


def within(documents: Sequence[Document], first: date, last: date) -> list[Document]:
    """The documents, a date read outside [first, last] unknown: a ruling or receipt of this case is dated after
    the case was filed and not after the check — unless it is a decade the seal made (year_under_a_seal). Its
    month stays known when the span holds that month: a seal's ring takes a figure of the year or the day
    (二月二十八日 read 二月二日, before the case was filed on 20 February), rarely the month beside it."""
    out = []
    for d in documents:
        if d.dated is None or first <= d.dated <= last:
            out.append(d)
        elif (meant := year_under_a_seal(d.dated, first, last)) is not None:
            out.append(d.model_copy(update={"dated": meant}))
        else:
            month = d.dated.month if _month_within(d.dated.month, first, last) else d.dated_month
            out.append(d.model_copy(update={"dated": None, "dated_month": month}))
    return out


def _month_within(month: int, first: date, last: date) -> bool:
    """Whether some day of `month` lies within [first, last]."""
    return any(start <= last and end >= first
               for start, end in (_month_days(year, month) for year in range(first.year, last.year + 1)))


def _month_days(year: int, month: int) -> tuple[date, date]:
    """The first and the last day of a month."""
    after = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return date(year, month, 1), after - timedelta(days=1)


def year_under_a_seal(read: date, first: date, last: date) -> date | None:
    """The date a year read in the 2030s stood for: a seal's ring over 二〇二四 adds a stroke to its second 二, and
    it reads 二〇三四 (唐山, 鹤壁, 信州 … court_cb_02, court_cg_02). No case is dated in a decade still to come, so
    the 三 was a 二 — if that date falls within [first, last]; otherwise the date is unknown."""
    if read.year // 10 % 10 != 3:
        return None
    try:
        meant = read.replace(year=read.year - 10)
    except ValueError:  # 29 February of a year that was not a leap year
        return None
    return meant if first <= meant <= last else None


def with_served_by_date(documents: Sequence[Document], first: date | None = None,
                        last: date | None = None) -> list[Document]:
    """The documents, each form-only receipt that the dates decide naming the ruling it served (dates outside
    [first, last] unknown)."""
    if first is not None and last is not None:
        documents = within(documents, first, last)
    out: list[Document] = []
    for doc in documents:
        form = form_only(doc)
        served = served_by_date(doc, of_form(documents, form)) if form is not None else None
        if form is None or served is None or served.doc_type == form:
            out.append(doc)
            continue
        names = [served.doc_type if code == form else code for code in doc.served]
        out.append(doc.model_copy(update={"served": list(dict.fromkeys(names))}))
    return out
