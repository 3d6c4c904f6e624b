"""Pages → documents. A titled page starts a document, `continuation` pages extend it, pages of one
generated document (same QR doc id) stay together, blank backs and unreadable pages stand apart.
A `continuation` page whose footer says it is page 1 is not glued to the document before: it is the
start of a document whose type could not be read (`unknown`, reported as `unclassified_page`) — unless the page
before is the unnumbered cover sheet of a paper that has one (doctypes.yaml cover_sheet: an award's cover, its body
numbered from 1 after it)."""

from __future__ import annotations

from collections.abc import Sequence

from dossier.doctypes import doctypes
from dossier.dossier_check.model import Document, Page
from dossier.model import CaseNumberError, normalize_case_number

NOT_DOCUMENTS = {"blank", "unknown", "continuation"}


def same_case(a: str | None, b: str | None) -> bool:
    """Whether two case numbers denote the same case (bracket style and spaces do not matter)."""
    if a is None or b is None:
        return True
    return _canonical(a) == _canonical(b)


def _canonical(text: str) -> str:
    try:
        return normalize_case_number(text)
    except CaseNumberError:
        return "".join(text.split()).replace("(", "（").replace(")", "）")


def starts_document(page: Page) -> bool:
    return page.readable and not page.blank and page.doc_type not in NOT_DOCUMENTS


def first_page_read_as_continuation(page: Page) -> bool:
    """A page read as `continuation` whose own page number says it is page 1 of its document
    (第1页共m页, - 1 -): it starts a document we could not type, it does not extend the one before."""
    return page.doc_type == "continuation" and page.page_of is not None and page.page_of[0] == 1


def after_cover_sheet(page: Page, before: Page | None) -> bool:
    """The page numbered 1 (of more than one) right behind an unnumbered page that opened a paper which may have a
    cover sheet (doctypes.yaml cover_sheet): the cover's body, not another paper."""
    return (before is not None and page.page_of is not None and page.page_of[1] != 1 and before.page_of is None
            and before.doc_type in doctypes() and doctypes()[before.doc_type].cover_sheet)


def normalise_pages(pages: Sequence[Page]) -> list[Page]:
    """Later pages of a generated document (same doc id as the page before) read as `continuation`;
    a `continuation` whose page number is 1 reads as `unknown` (a document start of unknown type), unless it
    follows a cover sheet."""
    out: list[Page] = []
    current_id: str | None = None
    before: Page | None = None  # the last page read, not blank
    for page in pages:
        if page.blank or not page.readable:
            out.append(page)
            continue
        if first_page_read_as_continuation(page) and not after_cover_sheet(page, before):
            out.append(page.model_copy(update={"doc_type": "unknown"}))
            current_id = None
            before = page
            continue
        before = page
        if page.doc_id and page.doc_id == current_id and page.doc_type not in NOT_DOCUMENTS:
            out.append(page.model_copy(update={"doc_type": "continuation"}))
            continue
        if starts_document(page):
            current_id = page.doc_id
        elif page.doc_type != "continuation":
            current_id = None
        out.append(page)
    return out


def group_documents(pages: Sequence[Page]) -> list[Document]:
    """Documents in dossier order; a 送达回证 carries the codes of the documents it names."""
    documents: list[Document] = []
    current: Document | None = None
    for page in normalise_pages(pages):
        if page.blank or not page.readable:
            continue  # a blank back or an unreadable sheet neither starts nor ends a document
        if page.doc_type == "continuation":
            if current is not None:
                current.pages.append(page.page)
                _add_served(current, page)
                current.dated = page.dated or current.dated  # a ruling is signed on its last page
                current.dated_month = page.dated_month or current.dated_month
            continue
        if page.doc_type == "unknown":
            current = None  # a page we cannot place breaks the run: what follows is not glued to it
            continue
        current = Document(doc_type=page.doc_type, pages=[page.page], case_number=page.case_number,
                           doc_id=page.doc_id, confidence=page.confidence, dated=page.dated,
                           dated_month=page.dated_month)
        _add_served(current, page)
        documents.append(current)
    return documents


def _add_served(doc: Document, page: Page) -> None:
    if doc.doc_type != "service_receipt":
        return
    for code in page.served_doc_types:
        if code not in doc.served:
            doc.served.append(code)


def misfiled_documents(documents: Sequence[Document], case_number: str) -> list[Document]:
    """Documents whose own case number is another case's."""
    return [d for d in documents if not same_case(d.case_number, case_number)]


def misfiled_pages(pages: Sequence[Page], documents: Sequence[Document], case_number: str) -> list[int]:
    """Pages that belong to another case: pages that say so, and the later pages of such a document."""
    found = {p.page for p in pages if p.readable and not p.blank and not same_case(p.case_number, case_number)}
    for doc in misfiled_documents(documents, case_number):
        found.update(doc.pages)
    return sorted(found)
