"""The dossier check end to end: stream pages from the OCR pipeline, group them, find problems, ask
the checklist engine what is missing, decide. Pages are streamed: only thumbnails of pages a report
must show are kept, so memory stays flat in dossier length."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from dossier.doctypes import doctypes
from dossier.dossier_check.checklist import missing_items
from dossier.dossier_check.duplicates import redundant_documents
from dossier.dossier_check.grouping import (
    first_page_read_as_continuation,
    group_documents,
    normalise_pages,
    same_case,
)
from dossier.dossier_check.kinship import kinship_checked
from dossier.dossier_check.model import Document, Page
from dossier.dossier_check.near_numbers import confirmed_numbers
from dossier.dossier_check.operative_again import decided_again
from dossier.dossier_check.possible import point_to_pages
from dossier.dossier_check.problems import find_problems
from dossier.dossier_check.receipts import dates_wanted, with_served_by_date
from dossier.dossier_check.related_cases import related_numbers
from dossier.dossier_check.result import DossierCheckResult, Stage, decide
from dossier.dossier_check.whose import with_owners
from dossier.model import Case
from dossier.ocr.dates import MonthOnly
from dossier.results import MissingItem

Analyse = Callable[..., Iterator[Any]]
MissingFor = Callable[[Case, Sequence[Document], Stage, date], list[MissingItem]]
ReadDates = Callable[[Sequence[int]], Mapping[int, "date | MonthOnly"]]
"""The signing date of each asked page (the reader's second look at those pages of the scans); its month alone
where a seal hid the rest."""


class SecondLook(Protocol):
    """What the check may ask the reader about a few pages once every page was read."""

    def dates(self, pages: Sequence[int]) -> Mapping[int, date | MonthOnly]: ...

    def texts(self, pages: Sequence[int]) -> dict[int, str]: ...


@dataclass(frozen=True)
class ReaderLook:
    """The reader's second look at pages of these scans, with the check's engine (`dossier.ocr.second_look`)."""

    paths: Sequence[Path]
    engine: str | None = None

    def dates(self, pages: Sequence[int]) -> Mapping[int, date | MonthOnly]:
        from dossier.ocr import get_engine, open_dossier
        from dossier.ocr.second_look import read_dates

        return read_dates(open_dossier(self.paths), pages, engine=get_engine(self.engine or "auto"))

    def texts(self, pages: Sequence[int]) -> dict[int, str]:
        from dossier.ocr import get_engine, open_dossier
        from dossier.ocr.second_look import read_texts

        return read_texts(open_dossier(self.paths), pages, engine=get_engine(self.engine or "auto"))


def keeps_thumbnail(page: Page, case_number: str) -> bool:
    """Only pages a report shows as a problem keep their thumbnail."""
    return page.blank or not page.readable or page.doc_type == "unknown" or first_page_read_as_continuation(
        page) or not same_case(
        page.case_number, case_number)


def collect_pages(results: Iterable[Any], case_number: str) -> list[Page]:
    pages = []
    for result in results:
        page = Page.of(result)
        if page.thumbnail_png is not None and not keeps_thumbnail(page, case_number):
            page = page.model_copy(update={"thumbnail_png": None})
        pages.append(page)
    return pages


def default_analyse() -> Analyse:
    from dossier.ocr import analyse

    return analyse


def default_missing() -> MissingFor:
    return missing_items


def looked_again(pages: Sequence[Page], case: Case, look: SecondLook) -> list[Page]:
    """Pages with what the check asked the reader to read on a few of them: whether a page numbered a digit or two
    off this case's names its parties (`near_numbers`), whether a ruling of a case that arose inside this one names
    it (`related_cases`), what a form-titled ruling decides on its later pages
    (`operative_again`), whether a kinship proof names the relative acting (`kinship`), then the dates of form-only
    receipts (`receipts`)."""
    confirmed = related_numbers(confirmed_numbers(pages, case, look.texts), case, look.texts)
    kin = kinship_checked(decided_again(confirmed, look.texts), case, look.texts)
    return dated_where_asked(kin, case, look.dates)


def dated_where_asked(pages: Sequence[Page], case: Case, read: ReadDates) -> list[Page]:
    """Pages with the dates the check needs read on them (`receipts.dates_wanted`); none asked, nothing read."""
    wanted = [n for n in dates_wanted(group_documents(judged_pages(pages, case)))
              if any(p.page == n and p.dated is None for p in pages)]
    if not wanted:
        return list(pages)
    dates = read(wanted)
    return [p.model_copy(update=_signed(dates[p.page])) if p.page in dates else p for p in pages]


def _signed(read: date | MonthOnly) -> dict[str, Any]:
    return {"dated_month": read.month} if isinstance(read, MonthOnly) else {"dated": read}


def judged_pages(pages: Sequence[Page], case: Case) -> list[Page]:
    """Pages with the case numbers that say nothing about misfiling set aside: a number on a party's
    document (an application is written before the enforcement case has its number, so the number it
    quotes is the basis's or an earlier case's), and the earlier case's number in a resumed case (its
    终本 ruling belongs to the resumption file)."""
    earlier = case.resumption.previous_case_number if case.resumption else None
    filed = {n for d in group_documents(pages) if _group(d.doc_type) == "filing" for n in d.pages}

    def neutral(page: Page) -> bool:
        number = page.case_number
        if number is None or same_case(number, case.case_number):
            return False
        return page.page in filed or _group(page.doc_type) == "filing" or (
            earlier is not None and same_case(number, earlier))

    return [p.model_copy(update={"case_number": None}) if neutral(p) else p for p in pages]


def _group(code: str) -> str | None:
    dt = doctypes().get(code)
    return dt.group if dt else None


def check_pages(pages: Sequence[Page], case: Case, stage: Stage, *, today: date, files: Sequence[str],
                missing_for: MissingFor | None = None) -> DossierCheckResult:
    """The decision for analysed pages (pure but for the checklist data the engine reads).
    A document made only of second scans of earlier pages (重张) is not counted as another copy;
    missing items name the doubtful pages that may be them (`possible_pages`)."""
    shown = normalise_pages(pages)
    pages = judged_pages(pages, case)
    documents = with_owners(with_served_by_date(group_documents(pages), case.filed_on, today), pages, case)
    problems = find_problems(normalise_pages(pages), documents, case.case_number)
    second_copies = {d.pages[0] for d in redundant_documents(documents, shown)}
    own = [d for d in documents if same_case(d.case_number, case.case_number) and d.pages[0] not in second_copies]
    missing = point_to_pages((missing_for or default_missing())(case, own, stage, today), shown,
                             case.case_number)
    return DossierCheckResult(decision=decide(missing, problems), stage=stage, case_number=case.case_number,
                              court=case.court, checked_on=today, files=list(files), pages=shown,
                              documents=documents, missing=missing, problems=problems)


def run_check(paths: Sequence[Path], case: Case, stage: Stage, *, today: date | None = None,
              engine: str | None = None, progress: Any = None, analyse: Analyse | None = None,
              missing_for: MissingFor | None = None, look: SecondLook | None = None) -> DossierCheckResult:
    """Check the scanned dossier made of `paths` (in order) against the case's checklist. `look`: how the few
    pages the check asks about are read again (default: the reader's second look, when the reader is ours)."""
    run = analyse or default_analyse()
    kwargs: dict[str, Any] = {"expected_case_number": case.case_number, "progress": progress}
    if engine:
        kwargs["engine"] = engine
    pages = collect_pages(run(list(paths), **kwargs), case.case_number)
    again = look or (ReaderLook(list(paths), engine) if analyse is None else None)
    if again is not None:
        pages = looked_again(pages, case, again)
    return check_pages(pages, case, stage, today=today or date.today(), files=[p.name for p in paths],
                       missing_for=missing_for)
