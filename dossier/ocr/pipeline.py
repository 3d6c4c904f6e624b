"""The scan pipeline: validate every input, then stream pages through the stages, one page at a time."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import fuzz

from dossier.doctypes import catch_all, doctypes
from dossier.errors import DossierError, InputError
from dossier.model import CaseNumberError, normalize_case_number
from dossier.ocr import stages
from dossier.ocr.classify import (
    EDGE,
    OPERATIVE_CONFIDENCE,
    TITLE_SEARCH,
    classify,
    generic_title,
    operative_code,
    read_after_operative_marker,
    retitled_by_operative,
)
from dossier.ocr.cues import GenericTitle, closing_line, cues, later_item, opens_record, page_number_only
from dossier.ocr.engines import OcrEngine, get_engine
from dossier.ocr.exhibits import exhibits_behind_their_list
from dossier.ocr.ingest import SourcePage, inspect_inputs, iter_pages
from dossier.ocr.models import Candidate, InputFile, PageResult
from dossier.ocr.ngram import NgramModel, shipped_model
from dossier.ocr.parallel import analyse_in_workers, workers_wanted
from dossier.ocr.titles import normalise

log = logging.getLogger(__name__)
_CJK = re.compile(r"[\u4e00-\u9fff]")

Progress = Callable[[int, int], None]
"""Called after each page with (pages done, pages in the dossier)."""


@dataclass(frozen=True)
class Dossier:
    """Validated SCAN files, in order; pages are numbered from 1 across them."""

    files: list[InputFile]

    @property
    def page_count(self) -> int:
        return sum(f.pages for f in self.files)


def open_dossier(paths: Sequence[str | Path]) -> Dossier:
    """Validate every file up front (RefusedFileError naming the file, exit 2) — nothing is analysed or
    written before all inputs pass."""
    return Dossier(files=inspect_inputs(paths))


def analyse(paths: Sequence[str | Path] | Dossier, *, expected_case_number: str | None = None,
            engine: str | OcrEngine = "auto", progress: Progress | None = None,
            model: NgramModel | None = None, workers: int | None = None) -> Iterator[PageResult]:
    """Validate now, then return a generator of PageResult, one per page in dossier order.
    `model`: the n-gram model (default: the one shipped); `workers`: processes reading pages (default
    `workers_wanted`: one per core for a named engine, the calling process for an engine instance)."""
    dossier = paths if isinstance(paths, Dossier) else open_dossier(paths)
    expected = normalise_expected(expected_case_number)
    n = workers if workers is not None else workers_wanted(dossier.page_count)
    if isinstance(engine, str) and engine != "null" and n > 1:
        get_engine(engine)  # an unknown name is refused here, before any worker starts
        pages = analyse_in_workers(dossier.files, engine=engine, model=model, expected=expected, workers=n)
    else:
        ocr = get_engine(engine) if isinstance(engine, str) else engine
        pages = (analyse_page(source, engine=ocr, expected_case_number=expected, model=model)
                 for source in iter_pages(dossier.files))
    return _run(pages, dossier.page_count, progress, model)


def normalise_expected(value: str | None) -> str | None:
    """The expected case number as the reader compares it (a malformed one is bad input, exit 2)."""
    if value is None:
        return None
    try:
        return normalize_case_number(value)
    except CaseNumberError as exc:
        raise InputError(str(exc), field="case_number") from exc


def _run(pages: Iterator[PageResult], total: int, progress: Progress | None,
         model: NgramModel | None) -> Iterator[PageResult]:
    for done, result in enumerate(across_pages(pages, model), start=1):
        if progress is not None:
            progress(done, total)
        yield result


def across_pages(pages: Iterable[PageResult], model: NgramModel | None = None) -> Iterator[PageResult]:
    """What a page says only with its neighbours, in order: a bare footer number running on through the volume is
    the archive's, not the page's (`model` reads again a page it made a later page); a legible paper nothing names
    is evidence, unsurely;
    a foreign paper no one could read, filed before its translation, is the original of what the translation is;
    a continuation before any content continues nothing; a ruling titled only 执行裁定书 is decided by the operative
    part on its later pages; an e-service print standing alone is a receipt; a bank card's copy filed behind the form
    naming its account is that form's page, and so is a translation filed behind its original and a notice's reply
    part filed behind its notice (a return slip on a sheet of its own is a notice of its own), a printout's page that
    repeats the header of the page before, a record's sheet that repeats its heading over the questions and answers
    going on, a web page's sheet printed under the same browser header as the sheet before, a page read unsurely whose
    number runs on from the page before, and an untitled page read as the type of the page numbered 1 before it; the
    papers a list of exhibits names behind it are its exhibits."""
    pages = pages_naming_the_paper_before(volume_page_numbers(pages, model))
    pages = operative_on_later_pages(originals_of_their_translations(nothing_continued_first(unplaced_papers(pages))))
    pages = slips_behind_their_notices(replies_behind_their_notices(translations_behind_originals(
        cards_behind_their_forms(standing_service_proofs(pages)))))
    pages = untitled_pages_after_a_first_page(untitled_pages_of_the_form_before(record_sheets_going_on(
        numbered_later_pages(pages_numbered_on(repeated_heads(print_headers_repeated(pages)))))))
    return exhibits_behind_their_list(pages)


VOLUME_WINDOW = 12
"""How far (in pages) before and after a page another page's number is looked for to see the volume's numbering."""


def volume_page_numbers(pages: Iterable[PageResult], model: NgramModel | None = None) -> Iterator[PageResult]:
    """An archive numbers every sheet of a volume (in pencil or with a numbering machine, blank backs left out): a
    bare number in the footer that runs on by one a page across the start of another document (23 under a 失信
    decision, 24 under the 调查笔录 after it) is the volume's, not the paper's own — it says nothing of the page's
    place in its document (no later page, no 缺页). Pages are held VOLUME_WINDOW pages back to see the run."""
    window: list[PageResult] = []  # pages seen, the oldest yielded once VOLUME_WINDOW newer ones are seen
    history: list[PageResult] = []  # pages yielded, the newest VOLUME_WINDOW of them
    for result in pages:
        window.append(result)
        if len(window) > VOLUME_WINDOW:
            yield _volume_checked(window[0], history, window[1:], model)
            history = [*history, window.pop(0)][-VOLUME_WINDOW:]
    while window:
        yield _volume_checked(window[0], history, window[1:], model)
        history = [*history, window.pop(0)][-VOLUME_WINDOW:]


def _volume_checked(result: PageResult, before: list[PageResult], after: list[PageResult],
                    model: NgramModel | None) -> PageResult:
    own = _bare_number(result)
    if own is None:
        return result
    runs_on = any(_volume_run([*before[k:], result]) for k in range(len(before))) or \
        any(_volume_run([result, *after[:k + 1]]) for k in range(len(after)))
    if not runs_on:
        return result
    log.info("page %s: its footer number %s is the volume's page number", result.page, own)
    if result.doc_type == "continuation" and result.source in ("ocr", "text"):
        # taken for a later page by that number alone: the rest of its text may name a document (a bank's 电子回单
        # whose title is no title of the vocabulary's); if it names none, it is a later page still (如不服本判决 …
        # over a date: the last page of a judgment, read no further once its number was seen)
        text = stages.page_text_of(result)
        verdict = classify(replace(text, footer=[line for line in text.footer if not page_number_only(line.text)]),
                           model or shipped_model())
        if verdict.doc_type != "unknown":
            result = stages.with_verdict(result, verdict)
    return result.model_copy(update={"page_of": None, "page_of_last": None})


def _volume_run(pages: list[PageResult]) -> bool:
    """The first and last pages' bare numbers differ by the pages from one to the other (blank backs counted or
    not), and a document starts after the first: the volume's numbering, not a paper's. A sheet under the same
    heading as the first (谈话笔录 printed on every sheet of 笔录纸, 第1页 then 第2页: 日照东港) starts none."""
    first, last = _bare_number(pages[0]), _bare_number(pages[-1])
    if first is None or last is None:
        return False
    later = pages[1:]
    steps = {len(later), sum(1 for p in later if not p.blank)}
    starts = any(p.doc_type not in ("continuation", "blank", "unknown") and not p.blank and not _same_heading(p, pages[0])
                 for p in later)
    return last - first in steps and starts


def _same_heading(page: PageResult, first: PageResult) -> bool:
    """The page is a sheet of the record the first opens, under the heading printed on every sheet (cues.yaml
    record_types); a row of 送达回证 are each a paper of their own."""
    return page.doc_type == first.doc_type and page.doc_type in cues().record_types and bool(page.title_text) and \
        normalise(page.title_text) == normalise(first.title_text)


def _bare_number(result: PageResult) -> int | None:
    """The page's number when its footer says it alone, with no total: a bare 23, or 第23页 as an e-dossier system
    stamps it in a corner of every page it stores (绍兴越城, court_dw) — not - n - (a paper's own style)."""
    if result.page_of is None or result.page_of[1] != 0:
        return None
    n = result.page_of[0]
    return n if any(line.footer and page_number_only(line.text) and int(re.sub(r"\D", "", line.text)) == n
                    for line in result.text_lines) else None


UNPLACED = 0.4
"""Confidence in a legible paper that nothing names as the vocabulary's catch-all type: under the check's
LOW_CONFIDENCE (dossier_check/possible.py), so the paper is filed under that type without proving anything."""
UNPLACED_LEGIBLE = 20
"""Chinese characters on legible lines a page must hold to be a paper someone filed: a photo's caption, a stamp
or a stray mark that read as a few characters is not."""


SELF_NAMED_DOUBT = 0.7
"""A page read as its own paper less surely than this may be the paper before's next sheet."""


def pages_naming_the_paper_before(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """An untitled page read unsurely, or read as the titled paper before it, whose text names that paper as a paper
    names itself (本协议 behind a 协议书, 本判决 behind a 判决书: cues.yaml self_names; its other pages and blank backs
    between; not past a page numbered its paper's last) is that paper's next sheet: a 人民调解协议书's second sheet
    with its 履行方式 and 本协议经双方签字后生效 was read as a certificate or a settlement (绥化北林 court_gv); a
    judgment's third sheet, opening mid-sentence on its operative part's 本判决生效后十日内, as a judgment of its own
    (重庆万州 court_gz_02 p5)."""
    names: list[str] = []  # how the titled paper now running names itself
    running = ""  # its type
    for result in pages:
        if result.blank:
            yield result
            continue
        if (names and result.source == "ocr" and not result.title_text and result.doc_type != "continuation"
                and (result.confidence < SELF_NAMED_DOUBT or result.doc_type == running)
                and _names_itself(result, names)):
            log.info("page %s: names the paper before it as that paper names itself", result.page)
            result = result.model_copy(update={"doc_type": "continuation", "confidence": min(result.confidence, 0.8)})
        elif result.title_text:
            names, running = _self_names(result.title_text), result.doc_type
        elif result.doc_type != "continuation":
            names, running = [], ""
        if _numbered_last(result):
            names, running = [], ""  # the paper ended there
        yield result


def _self_names(title: str) -> list[str]:
    """The words a paper titled `title` names itself by (its title's last noun's entry in cues.yaml self_names)."""
    compact = normalise(title)
    ends = sorted((end for end in cues().self_names if compact.endswith(normalise(end))), key=len, reverse=True)
    return cues().self_names[ends[0]] if ends else []


def _names_itself(result: PageResult, names: list[str]) -> bool:
    text = "".join(normalise(line.text) for line in result.text_lines if not line.footer)
    return any(normalise(name) in text for name in names)


def unplaced_papers(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """A page read legibly that nothing named — no title, labels, page number or running text — is a paper a
    party filed to prove its case (a 借款借据, a 租金逾期明细表, a newspaper's 公告, a 铁路货票): the vocabulary's
    catch-all type (证据材料), read unsurely. A page whose title is a form's (执行裁定书) stays unknown: a court's
    document, undecided."""
    code = catch_all()
    for result in pages:
        if _unplaced(result):
            log.info("page %s: a legible paper nothing names, filed as %s", result.page, code)
            others = [c for c in result.candidates if c.doc_type != code]
            result = result.model_copy(update={"doc_type": code, "confidence": UNPLACED,
                                               "candidates": [Candidate(doc_type=code, confidence=UNPLACED), *others]})
        yield result


def _unplaced(result: PageResult) -> bool:
    if result.doc_type != "unknown" or not result.readable or result.blank or result.title_text:
        return False
    legible = [line for line in stages.page_text_of(result).lines if line.legible]
    return sum(len(_CJK.findall(line.text)) for line in legible) >= UNPLACED_LEGIBLE


REPEATED_HEAD = 95
"""How alike (rapidfuzz ratio, 0–100) the heads of two pages must read to be one printout's header printed twice.
Two banks' replies to the same 协助查询 read 80–91 alike (their names differ), a printout's second page 97–100."""
HEAD_LINES = 3
"""The lines of a page's head compared: title, 案号 and 被查询人, the table's header."""
HEAD_BAND = 0.3
"""Where those lines are looked for: the top of the page."""


def repeated_heads(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """A printout that repeats its header on every page (cues.yaml repeated_heads): a page whose head reads as the
    page before's (blank backs between) is that printout's next page, not a second printout — unless the page before
    is numbered as its printout's last (第1页共1页) or this one as a first page: then it is a printout run again."""
    kinds = set(cues().repeated_heads)
    before: str | None = None  # the head of the printout now running, while it may run on
    for result in pages:
        if result.blank:
            yield result
            continue
        head = _head_text(result) if result.doc_type in kinds and result.source == "ocr" else None
        first = result.page_of is not None and result.page_of[0] == 1
        if head and before and not first and fuzz.ratio(head, before) >= REPEATED_HEAD:
            log.info("page %s: the header of the printout before it, printed again", result.page)
            result = result.model_copy(update={"doc_type": "continuation", "confidence": min(result.confidence, 0.8)})
        elif result.doc_type != "continuation":
            before = head
        if _numbered_last(result):
            before = None  # its last page, by its own number (第1页共1页): a second printout follows, not a page
        yield result


PRINT_HEADER_BAND = 0.03
"""Where a browser prints its header over every page of a web page it prints (the time of printing, the page's
title): the sheet's top edge."""
_PRINTED_AT = re.compile(r"\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\D{0,2}\d{1,2}:\d{2}")
PRINT_HEADER_WORDS = 4
"""Chinese characters the header must hold besides the time (the page's title): a time alone says no more than a
date stamp."""


def print_headers_repeated(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """A web page printed by a browser heads every sheet with the time it was printed and the page's title (2024/2/2
    15:39 | 文书详情－人民法院在线服务). An untitled sheet under the same header, to the minute, as the sheet before it
    (blank backs between) is that print's next sheet: a judgment printed from 人民法院在线服务, its second sheet
    opening mid-sentence, was read as a paper nothing names (张掖甘州 court_hb_03 p4). Two prints made at different
    minutes are two papers."""
    before = ""  # the print header of the sheet before
    for result in pages:
        if result.blank:
            yield result
            continue
        header = _print_header(result)
        if (header and header == before and result.source == "ocr" and not result.title_text
                and result.doc_type not in ("continuation", "blank")):
            log.info("page %s: under the print header of the sheet before it", result.page)
            result = result.model_copy(update={"doc_type": "continuation", "confidence": min(result.confidence, 0.8)})
        before = header
        yield result


def _print_header(result: PageResult) -> str:
    """The browser's header on the sheet's top edge, compact, when it holds the time of printing; else ''."""
    top = sorted((ln for ln in result.text_lines if ln.top <= PRINT_HEADER_BAND and ln.text.strip()),
                 key=lambda ln: ln.box[0])
    header = re.sub(r"[\s\-－—_]", "", "".join(ln.text for ln in top))
    return header if _PRINTED_AT.search(header) and len(_CJK.findall(header)) >= PRINT_HEADER_WORDS else ""



def record_sheets_going_on(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """A record on 笔录纸 that prints its heading on every sheet (吉林省四平市铁西区人民法院执行局 / 约谈笔录 over
    答：清楚。, 四平铁西 court_dt): a sheet titled as the record before it (blank backs between) whose text opens with
    a question, an answer or the sign-off goes on with that record — a record opens with its time, place and persons
    (cues.yaml record_types)."""
    kinds = set(cues().record_types)

    def going_on(result: PageResult, running: str) -> bool:
        first = result.page_of is not None and result.page_of[0] == 1  # numbered 第1页: it opens a record of its own
        return result.doc_type == running and running in kinds and not first and _opens_mid_record(result)

    return _part_of_the_document_before(pages, going_on, "the record before it, going on under its heading")


def untitled_pages_of_the_form_before(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """A volume holds one 结案审批表, one 卷宗封面: a page without a title that reads as the same form as the one before
    it (blank backs between) is that form's next page — an A3 form's right half scanned in a second pass on an A4
    glass (盐城亭湖, court_ee), a form run on to a second sheet (cues.yaml single_forms)."""
    kinds = set(cues().single_forms)

    def next_page(result: PageResult, running: str) -> bool:
        return result.doc_type == running and running in kinds and not result.title_text

    return _part_of_the_document_before(pages, next_page, "the next page of the form before it")


def untitled_pages_after_a_first_page(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """A page without a title or a number of its own that reads as the type of the page before it, when that page
    is numbered the first of several (-1-, 第1页共3页; blank backs between), is its document's second page: a
    judgment's page that opens mid-sentence with 判决如下 read as a judgment of its own (营口站前, court_fs_02). So is
    such a page right behind its document's titled first page, where the type is one whose every paper carries its
    title (not a card, a slip or a bill: cues.yaml form_cues `untitled`): a handwritten application's second sheet, its
    请求 and 事实与理由 read as an application's (绥化北林 court_gv_02 p2)."""
    running: str | None = None  # the type of the document the pages so far belong to
    opened = False  # the page before (blank backs aside) is numbered the first of several
    titled = False  # the page before (blank backs aside) carried its document's title
    for result in pages:
        if result.blank:
            yield result
            continue
        if ((opened or (titled and _always_titled(result.doc_type))) and result.source == "ocr"
                and result.doc_type == running and not result.title_text and result.page_of is None):
            log.info("page %s: the second page of the %s before it", result.page, running)
            result = result.model_copy(update={"doc_type": "continuation", "confidence": min(result.confidence, 0.8)})
        elif result.doc_type != "continuation":
            running = result.doc_type
        opened = result.page_of is not None and result.page_of[0] == 1 and result.page_of[1] != 1
        titled = bool(result.title_text) and result.doc_type == running and not _numbered_last(result)
        yield result


def _numbered_last(result: PageResult) -> bool:
    """The page is numbered its paper's last (第1页共1页, 第3页共3页): the paper ends there."""
    return result.page_of is not None and result.page_of[0] == result.page_of[1]


def _always_titled(code: str) -> bool:
    """Every paper of this type carries its title, and one does not follow another untitled: not a card, a slip or a
    bill (form_cues `untitled`), not a list's sheet (a row of 送达回证, each its own: cues.yaml list_titles), not what a
    party files to prove its case (the catch-all, whose papers carry any title or none)."""
    form = cues().form_cues.get(code)
    return (code in doctypes() and code != catch_all() and code not in cues().list_titles
            and not (form is not None and form.untitled))


def _opens_mid_record(result: PageResult) -> bool:
    """The first line under the page's title asks, answers or signs off (问：… 答：… 以上笔录…) — past the sheet's own
    number printed under the heading (第2页, 榆林榆阳 court_eb)."""
    title = normalise(result.title_text)
    lines = sorted((ln for ln in result.text_lines if not ln.footer and ln.text.strip()), key=lambda ln: ln.top)
    at = next((i for i, ln in enumerate(lines) if title and title in normalise(ln.text)), None)
    after = [ln for ln in lines[at + 1:] if not page_number_only(ln.text)][:1] if at is not None else []
    return any(later_item(ln.text) or closing_line(ln.text) or _prose_running_on(ln.text) for ln in after)


RUNNING_ON_WORDS = 6
"""Characters a line must hold to be prose running on from the sheet before, not a scrap or a subtitle."""
LABEL_WITHIN = 8
"""Characters from a line's start within which a colon makes its start a label (时间：, 被谈话人：, 问：)."""


def _prose_running_on(text: str) -> bool:
    """The line is prose, no field of a form: no label in its first words (时间：, 问：) and none of the fields a record
    opens with — the rest of a sentence from the sheet before."""
    compact = re.sub(r"\s+", "", text)
    return (len(_CJK.findall(compact)) >= RUNNING_ON_WORDS and not re.search(r"[：:]", compact[:LABEL_WITHIN])
            and not opens_record(compact))


def numbered_later_pages(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """A page titled as the document running before it whose own number says it is a later page (第2页 under the
    调查笔录 printed on every sheet of 笔录纸) is that document's next page, not a second document missing its first."""
    running: str | None = None  # the type of the document the pages so far belong to
    for result in pages:
        if result.blank:
            yield result
            continue
        later = result.page_of is not None and result.page_of[0] >= 2
        if later and result.doc_type == running and result.doc_type not in ("continuation", "unknown"):
            log.info("page %s: page %s of the %s before it", result.page, result.page_of[0] if result.page_of else 0,
                     result.doc_type)
            result = result.model_copy(update={"doc_type": "continuation", "confidence": min(result.confidence, 0.9)})
        elif result.doc_type != "continuation":
            running = result.doc_type
        yield result


NUMBERED_ON_DOUBT = 0.9
"""Confidence under which a page's own type gives way to its number running on from the page before."""


def pages_numbered_on(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """A page numbered n of m right behind the page numbered n−1 of the same m (blank backs between) is that paper's
    next page when what it reads as is unsure: 被执行人的财产线索见附表。 at the top of a lawyer's application's second
    page (第2页共2页) is no 财产线索表 (哈尔滨南岗 court_hh_02). A sure title stands: two papers printed as one job may
    number on across both."""
    before: PageResult | None = None  # the last page read, not blank
    for result in pages:
        if result.blank:
            yield result
            continue
        total = _numbered_on(before, result) if before is not None else None
        if (total is not None and result.doc_type not in ("continuation", "blank")
                and result.confidence < NUMBERED_ON_DOUBT and result.page_of is not None):
            log.info("page %s: numbered on from the page before", result.page)
            # its number read and running on places it: a last page holding a date and its footer is no unreadable one
            result = result.model_copy(update={"doc_type": "continuation", "confidence": min(result.confidence, 0.8),
                                               "page_of": (result.page_of[0], total), "readable": True})
        before = result
        yield result


def _numbered_on(before: PageResult, result: PageResult) -> int | None:
    """The total of the paper the page numbers on, or None when its number does not follow the page before's."""
    if result.page_of is None or before.page_of is None:
        return None
    n, m = result.page_of
    last = before.page_of_last or before.page_of[0]
    total = before.page_of[1]
    return total if total >= n >= 2 and _same_total(m, total) and last == n - 1 else None


def _same_total(read: int, total: int) -> bool:
    """The total read is the page before's, or it with one figure more or less: 第2页（共21） for 第2页（共2页）, its 页
    read as a 1 on a nearly empty last page filmed grey (大庆萨尔图 court_hq_02)."""
    if read == total:
        return True
    longer, shorter = sorted((str(read), str(total)), key=len, reverse=True)
    return len(longer) == len(shorter) + 1 and any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


def _head_text(result: PageResult) -> str:
    """The first HEAD_LINES lines read in the top of the page (not what a capture printed on its very edge), as one
    normalised string."""
    lines = sorted((ln for ln in result.text_lines if not ln.footer and EDGE <= ln.top < HEAD_BAND and ln.text.strip()),
                   key=lambda ln: ln.top)
    return normalise("".join(ln.text for ln in lines[:HEAD_LINES]))


def replies_behind_their_notices(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """A bank's 协助执行通知书（回执） filed right behind the 协助执行通知书 it answers is that notice's page (the
    form's reply part), not a 网络查控结果 of its own (cues.yaml notice_replies); blank backs between do not
    part them."""
    replies = cues().notice_replies

    def reply(result: PageResult, running: str) -> bool:
        return result.doc_type != running and result.title_text in replies.get(running, [])

    return _part_of_the_document_before(pages, reply, "the reply part of the notice before it")


def slips_behind_their_notices(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """A notice's return slip sent back on a sheet of its own (协助执行回执, cues.yaml notice_slips) and filed right
    behind the notice it answers is filed as a notice of its own, not as a 网络查控结果; blank backs between do not
    part them."""
    slips = cues().notice_slips

    def slip(result: PageResult, running: str) -> bool:
        return result.doc_type != running and result.title_text in slips.get(running, [])

    return _part_of_the_document_before(pages, slip, "the return slip of the notice before it", own=True)


def cards_behind_their_forms(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """A bank card's copy on a sheet of its own (its number, 借记卡 or 银联, little else) filed right behind the form
    that names the account (收款账户确认书, cues.yaml card_copies) is that form's page, not a paper no one could
    place; blank backs between do not part them."""
    copies = cues().card_copies
    if copies is None:
        yield from pages
        return

    def card(result: PageResult, running: str) -> bool:
        return running in copies.behind and _card_copy(result)

    yield from _part_of_the_document_before(pages, card, "a bank card's copy behind the form naming its account")


def _card_copy(result: PageResult) -> bool:
    """The page reads as a bank card and nothing more: undecided or a paper nothing named, a few lines, the card's
    number and one of its printed words."""
    copies = cues().card_copies
    if copies is None or result.doc_type not in ("unknown", catch_all()) or result.title_text:
        return False
    lines = [t.text for t in result.text_lines if not t.footer]
    text = re.sub(r"\s+", "", "".join(lines)).upper()
    return len(lines) <= CARD_LINES and any(re.search(copies.number, line) for line in lines) \
        and any(re.sub(r"\s+", "", word).upper() in text for word in copies.words)


CARD_LINES = 10
"""Lines a card's copy holds at most: bank, number, 借记卡 and 银联, a name, a date, a few more misread."""


def translations_behind_originals(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """A foreign document comes with its Chinese translation (民诉法解释第五百二十七条), filed right behind it
    and titled as it is, marked 译文 (授权委托书（译文） behind a 委任状): one document, not a second one."""
    def translation(result: PageResult, running: str) -> bool:
        return result.doc_type == running and _titled_as_translation(result)

    return _part_of_the_document_before(pages, translation, "a translation behind its original")


def originals_of_their_translations(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """A foreign paper the reader cannot read (an old mother's 집행신청서 in Korean, 延吉 court_id_03), filed right before
    its Chinese translation marked 译文, is the original the translation renders: it is of the translation's type,
    and the translation its page (translations_behind_originals), not a page no one could place."""
    held: PageResult | None = None  # an unknown page, waiting for the page behind it
    for result in pages:
        if held is not None:
            if _titled_as_translation(result) and result.doc_type not in ("unknown", "continuation", "blank"):
                log.info("page %s: the original of the translation behind it", held.page)
                held = held.model_copy(update={"doc_type": result.doc_type, "readable": True,
                                               "confidence": min(result.confidence, 0.8)})
            yield held
            held = None
        if result.doc_type == "unknown" and not result.blank and result.source == "ocr":
            held = result
        else:
            yield result
    if held is not None:
        yield held


def _part_of_the_document_before(pages: Iterable[PageResult], belongs: Callable[[PageResult, str], bool],
                                 why: str, *, own: bool = False) -> Iterator[PageResult]:
    """Pages read by OCR that `belongs` to the document now running (blank backs between) become its pages, or
    (`own`) documents of its type."""
    running: str | None = None  # the type of the document now running
    for result in pages:
        if running is not None and result.source == "ocr" and belongs(result, running):
            log.info("page %s: %s", result.page, why)
            result = result.model_copy(update={"doc_type": running if own else "continuation",
                                               "confidence": min(result.confidence, 0.8)})
        elif result.doc_type not in ("continuation", "blank") and not result.blank:
            running = result.doc_type
        yield result


def _titled_as_translation(result: PageResult) -> bool:
    """The title is marked 译文, in its line or in a bracketed line right under it (执行申请书 / （译文，原件为朝鲜文））."""
    title = normalise(result.title_text)
    lines = [line.text for line in result.text_lines[:TITLE_SEARCH + 1] if not line.footer]

    def marked(i: int) -> bool:
        under = lines[i + 1] if i + 1 < len(lines) and lines[i + 1].lstrip().startswith(("(", "（")) else ""
        return any(mark in lines[i] or mark in under for mark in cues().translation_marks)

    return bool(title) and any(title in normalise(lines[i]) and marked(i) for i in range(min(TITLE_SEARCH, len(lines))))


def standing_service_proofs(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """An e-service print (the platform's 电子送达凭证, a 12368 短信 screenshot) names what it served. Filed
    behind a 送达回证 that names the same documents, it is that receipt's attached page; standing alone, or
    naming a document the receipt before it does not, it is itself the proof of that service (民事诉讼法
    第九十条: the day the document reached the addressee's system is the day of service)."""
    receipt: set[str] | None = None  # what the receipt now running serves, its attached pages included
    for result in pages:
        if result.doc_type == "continuation" and result.served_doc_types and result.source == "ocr":
            if receipt is None or not set(result.served_doc_types) <= receipt:
                log.info("page %s: an e-service print standing alone is the proof of its service", result.page)
                result = result.model_copy(update={"doc_type": "service_receipt",
                                                   "confidence": min(result.confidence, 0.8)})
                receipt = set(result.served_doc_types)
            else:
                receipt |= set(result.served_doc_types)
        elif result.doc_type == "service_receipt":
            receipt = set(result.served_doc_types)
        elif result.doc_type != "continuation" and not result.blank:
            receipt = None
        yield result


def operative_on_later_pages(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """A document titled only by its form (执行裁定书, 决定书) whose operative part (裁定如下：终结…) is not
    on its first page takes the type its later pages decide. Pages are held back only while such a
    document lasts (its first page and its continuations)."""
    held: list[PageResult] = []
    for result in pages:
        if held and (result.doc_type == "continuation" or result.blank):
            held.append(result)
            continue
        yield from _decided_by_operative(held)
        held = [result] if _operative_elsewhere(result) else []
        if not held:
            yield result
    yield from _decided_by_operative(held)


def _generic_of(result: PageResult) -> GenericTitle | None:
    return generic_title(result.title_text) if result.title_text and result.source == "ocr" else None


def _operative_elsewhere(result: PageResult) -> bool:
    """A form-titled first page without its operative part: none found, or only in the reasoning (no
    裁定如下 on the page, or nothing read after it: 恢复执行后… recalls the history, the operative part is on a
    later page)."""
    generic = _generic_of(result)
    if generic is None:
        return False
    lines = [t.text for t in result.text_lines if not t.footer]
    return operative_code(generic, lines) is None or not read_after_operative_marker(lines)


def _decided_by_operative(held: list[PageResult]) -> list[PageResult]:
    if not held:
        return []
    first = held[0]
    generic = _generic_of(first)
    assert generic is not None
    # after 裁定如下 when it was read on any page; else the pages in order (a later page's notice of
    # rights, 可以申请恢复执行, is no operative part either)
    lines = [t.text for page in held if not page.blank for t in page.text_lines if not t.footer]
    code = retitled_by_operative(generic, lines, first.doc_type)
    if code is None:
        return held
    log.info("page %s: the operative part on a later page makes it %s", first.page, code)
    return [first.model_copy(update={"doc_type": code, "confidence": max(first.confidence, OPERATIVE_CONFIDENCE)}),
            *held[1:]]


def nothing_continued_first(pages: Iterable[PageResult]) -> Iterator[PageResult]:
    """Pages in order; a `continuation` before any content continues nothing: it is unknown."""
    seen_content = False
    for result in pages:
        if result.doc_type == "continuation" and not seen_content:
            result = result.model_copy(update={"doc_type": "unknown", "confidence": result.confidence * 0.5})
        seen_content = seen_content or not result.blank
        yield result


def analyse_page(source: SourcePage, *, engine: OcrEngine, expected_case_number: str | None = None,
                 model: NgramModel | None = None) -> PageResult:
    """One page through the stages, cheapest first. A page that breaks a stage is reported unreadable
    (a hostile PDF page never stops the dossier); a missing OCR program still stops the run."""
    started = time.perf_counter()
    ctx = staged_context(source, engine=engine, expected_case_number=expected_case_number, model=model)
    return ctx.result(time.perf_counter() - started)


def staged_context(source: SourcePage, *, engine: OcrEngine, expected_case_number: str | None = None,
                   model: NgramModel | None = None) -> stages.PageContext:
    """The page's context after the stages (for callers that read on from it, as the archive does); a
    page that breaks a stage is unknown and unreadable."""
    ctx = stages.PageContext(source=source, engine=engine, expected_case_number=expected_case_number,
                             model=model)
    try:
        _run_stages(ctx)
    except DossierError:
        raise
    except Exception as exc:
        log.warning("page %s of %s could not be analysed: %s", source.file_page, source.file.name,
                    type(exc).__name__)
        ctx.doc_type, ctx.readable, ctx.confidence, ctx.source_kind = "unknown", False, 0.0, "none"
    return ctx


def _run_stages(ctx: stages.PageContext) -> None:
    stages.prepare_sheet(ctx)
    stages.is_blank(ctx)
    if ctx.settled:
        return
    stages.within_photographed_sheet(ctx)
    stages.read_identity_qr(ctx)
    if ctx.settled and ctx.doc_type != "service_receipt":
        return
    qr = ctx.settled
    identity = (ctx.doc_type, ctx.doc_id, ctx.qr_page, ctx.case_number)
    ctx.settled = False
    stages.extract_text_layer(ctx)
    if not ctx.settled:
        stages.drop_grid(ctx)
        stages.detect_orientation(ctx)
        stages.find_text(ctx)
        stages.upright(ctx)
        stages.left_page_of_two_up(ctx)
        stages.read_head(ctx)
        stages.classify_page(ctx)
        stages.read_head_body(ctx)
        stages.read_cut_rows(ctx)
        if stages.needs_rest(ctx):
            stages.read_rest(ctx)
            stages.read_operative(ctx)
        stages.read_operative_continued(ctx)
        stages.read_served_column(ctx)
        stages.read_exhibit_list(ctx)
        stages.read_small_footer(ctx)
        stages.confirm_case_number(ctx)
        stages.blank_when_textless(ctx)
        stages.blank_when_nothing_reads(ctx)
        stages.blank_when_showing_through(ctx)
        stages.blank_under_a_note(ctx)
    if qr:  # a QR-identified receipt: the QR says what it is, the text says what it proves
        ctx.doc_type, ctx.doc_id, ctx.qr_page, qr_number = identity
        ctx.case_number = qr_number or ctx.case_number
        ctx.source_kind, ctx.confidence, ctx.readable = "qr", 1.0, True
