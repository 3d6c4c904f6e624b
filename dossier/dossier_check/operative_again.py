"""A ruling titled only by its form (执行裁定书) whose operative part was read on none of its pages.

What such a ruling decides stands after 裁定如下 (终结本次执行程序, 冻结…), often on its second or third page; the reader
reads a later page only until it knows the page goes on from the one before (its footer 第2页（共3页）), and the
pages are read apart, so a later page never knows its ruling still waits for its operative part. The ruling then
stands as its form's default (an 执行裁定书 is an enforcement ruling), and a 终本 ruling is reported missing though it
is in the file (威海环翠's, exported at 96 dpi). So the check asks the reader to read those later pages whole
(`dossier.ocr.second_look.read_texts`) — only for a ruling whose first page the model reads as one of the form's other
subjects, so that a freezing ruling of two pages costs nothing more — and the operative part read there decides.

Pure: the text is read elsewhere and handed in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dossier.dossier_check.grouping import group_documents
from dossier.dossier_check.model import Page
from dossier.ocr.classify import OPERATIVE_CONFIDENCE, generic_title, retitled_by_operative
from dossier.ocr.cues import GenericTitle

ReadTexts = Callable[[Sequence[int]], dict[int, str]]

OTHER_SUBJECT = 0.5
"""The model's reading of the first page that makes another of the form's subjects worth a look: at least this."""
MAX_ASKED = 6
"""At most this many later pages are read again whole (about half a second each)."""


def _undecided(first: Page) -> GenericTitle | None:
    """The form the first page is titled by, when its type is that form's default and the model reads the page as
    another of its subjects."""
    generic = generic_title(first.title_text) if first.title_text else None
    if generic is None or generic.default != first.doc_type or first.corrected_by:
        return None
    others = {op.code for op in generic.by_operative} - {first.doc_type}
    return generic if any(code in others and p >= OTHER_SUBJECT for code, p in first.candidates) else None


def pages_to_read(pages: Sequence[Page]) -> list[int]:
    """The later pages, not read whole, of each form-titled ruling still at its form's default."""
    by_number = {p.page: p for p in pages}
    asked: list[int] = []
    for doc in group_documents(pages):
        first = by_number[doc.pages[0]]
        if _undecided(first) is None:
            continue
        asked += [n for n in doc.pages[1:] if not by_number[n].blank and not by_number[n].text_complete]
    return asked[:MAX_ASKED]


def decided_again(pages: Sequence[Page], read: ReadTexts) -> list[Page]:
    """Pages with each such ruling's first page taking the type its later pages' operative part decides."""
    asked = pages_to_read(pages)
    if not asked:
        return list(pages)
    texts = read(asked)
    by_number = {p.page: p for p in pages}
    decided: dict[int, str] = {}
    for doc in group_documents(pages):
        first = by_number[doc.pages[0]]
        generic = _undecided(first)
        lines = [line for n in doc.pages[1:] for line in texts.get(n, "").splitlines()]
        code = retitled_by_operative(generic, lines, first.doc_type) if generic is not None and lines else None
        if code is not None:
            decided[first.page] = code
    return [p.model_copy(update={"doc_type": decided[p.page], "confidence": max(p.confidence, OPERATIVE_CONFIDENCE)})
            if p.page in decided else p for p in pages]
