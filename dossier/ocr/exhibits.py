"""A party's list of exhibits and the papers it names behind it: one document, the evidence (an across-pages pass of
pipeline.across_pages, kept apart because it needs the list's rows, read whole by stages.read_exhibit_list)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher

from dossier.ocr.classify import EDGE
from dossier.ocr.cues import cues, exhibit_list, receipt_stamp
from dossier.ocr.models import PageResult
from dossier.ocr.titles import normalise

log = logging.getLogger(__name__)
_CJK = re.compile(r"[\u4e00-\u9fff]")

HEAD_BAND = 0.3
"""Where an untitled exhibit's naming lines are looked for: the top of the page."""
EXHIBIT_MATCH = 4
"""Characters in a row a page's name must share with a list of exhibits's rows to be one it names (执行裁定书 in
“（2024）赣0602执28617号执行裁定书（复印件）”); a title shorter than that must stand whole in a row (收据)."""
EXHIBIT_NAME_LINES = 2
"""Lines at the top of an untitled exhibit that name it (国家企业信用信息公示系统, a bank's name over a 存折 page)."""


def exhibits_behind_their_list(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """A party's list of exhibits (证据清单, read whole: stages.read_exhibit_list) and the papers filed behind it that
    it names are one document, the evidence: a copy of the court's own 执行裁定书 behind an objector's list is an
    exhibit, not the ruling (DOMAIN.md: an objection's evidence includes the original ruling). Each row names one
    exhibit (a row matched is used up); the bundle ends at the first page the list does not name — blank backs, a
    page going on and a page that reads as nothing do not end it."""
    listed = ""  # the rows of the list now running not yet matched, normalised, common words left out
    for result in pages:
        if result.doc_type == "evidence" and exhibit_list(result.title_text):
            listed = _list_rows(result)
        elif listed and _another_paper(result) and not result.blank and result.readable:
            span = _named_in(result, listed)
            if span is None:
                listed = ""
            else:
                log.info("page %s: an exhibit its list names", result.page)
                listed = listed[:span[0]] + "|" + listed[span[1]:]
                # its own page number (第1页共2页) numbers the exhibit, not the bundle
                result = result.model_copy(update={"doc_type": "continuation", "page_of": None, "page_of_last": None,
                                                   "confidence": min(result.confidence, 0.8)})
        yield result


def _another_paper(result: PageResult) -> bool:
    """A page that begins a paper: one read as such, or one taken to go on from the page before though its own
    number says it is its paper's first (an untitled 融资租赁合同, 第1页共2页, behind the ruling's copy it follows in an
    objector's bundle, 惠州惠城 court_hn_02)."""
    if result.doc_type == "continuation":
        return result.page_of is not None and result.page_of[0] == 1
    return result.doc_type != "blank"


def _without_common(text: str) -> str:
    out = normalise(text)
    for word in cues().exhibit_list_common:
        out = out.replace(word, "|")
    return out


def _list_rows(result: PageResult) -> str:
    rows = sorted((ln for ln in result.text_lines if not ln.footer and normalise(ln.text) != normalise(result.title_text)
                   and not receipt_stamp(ln.text)), key=lambda ln: (ln.top, ln.box[0]))
    return "".join(_without_common(ln.text) for ln in rows)


def _named_in(result: PageResult, listed: str) -> tuple[int, int] | None:
    """Where in the list's rows the page's name stands (start, end), or None: its title, or an untitled page's first
    lines (a received stamp's aside: it stands on the list too)."""
    if result.title_text:
        names = [result.title_text]
    else:
        top = sorted((ln for ln in result.text_lines if not ln.footer and EDGE <= ln.top < HEAD_BAND
                      and len(_CJK.findall(ln.text)) >= 2 and not receipt_stamp(ln.text)), key=lambda ln: ln.top)
        names = [ln.text for ln in top[:EXHIBIT_NAME_LINES]]
    for name in names:
        for part in (p for p in _without_common(name).split("|") if p):
            if len(part) < EXHIBIT_MATCH:  # a short title (收据) counts standing whole in a row; an untitled
                # page's short line names nothing
                start = listed.find(part) if result.title_text and len(part) >= 2 else -1
                if start >= 0:
                    return start, start + len(part)
                continue
            match = SequenceMatcher(None, part, listed, autojunk=False).find_longest_match(0, len(part), 0, len(listed))
            if match.size >= EXHIBIT_MATCH:
                return match.b, match.b + match.size
    return None
