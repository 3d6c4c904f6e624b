"""What a page is, from the text read on it: pure, driven by data (vocab/doctypes.yaml titles,
vocab/cues.yaml operative parts, form labels and footers) and by the character n-gram model.

Evidence, strongest first:
1. a title naming a specific document (报告财产令, 送达回证 …), read where a title stands;
2. a title naming only the form (执行裁定书, 决定书 …) and the operative part that says what it decides;
3. a 送达回证 recognised by its fields even when a seal hides its title;
4. for a page without a title: its footer (第2页共3页 → it continues a document), the labels of a form,
   running text from the top of the page, and the n-gram model's reading of all its text.
A page is `unknown` and unreadable only when nothing legible was read on it; a readable page that no
evidence places is `unknown` but readable, with its most likely types as candidates.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import pairwise

from rapidfuzz import fuzz

from dossier.ocr.casenum import find_case_numbers, opens_with_case_number
from dossier.ocr.cues import (
    GenericTitle,
    Haystack,
    bare_number,
    blank_mark,
    certifies,
    closing_line,
    contract_title,
    cue_found,
    cues,
    exhibit_label,
    form_hits,
    labels_apart,
    later_item,
    leaflet_title,
    machine_readable,
    note_line,
    page_number_only,
    page_of,
    party_signature,
    phrase_in,
    signer_line,
    signs_off,
    stamp_number,
    subject_title,
)
from dossier.ocr.ngram import NgramModel, predict
from dossier.ocr.titles import (
    field_label,
    match_title,
    normalise,
    served_codes,
    served_doc_types,
    strip_court,
)
from dossier.validators.identity import check_id_number

READABLE = 0.6
"""Recogniser confidence under which a line does not count as read."""
TITLE_HEIGHT = 1.25
"""A line this much taller than the page's body lines is set as a title."""
HEAD = 0.45
"""Titles stand in the top part of a page."""
UNREADABLE = 0.55
"""Under this mean confidence a page without a clear title reads as noise: unreadable, not guessed."""
SIGNED = 0.5
"""Confidence at which a court officer's signature line (书记员 and a name: cues.yaml signers) counts, legible
or not (a date or a party's label does not: read so low, it may be a guess on an illegible page)."""
SPARSE_LINES = 6
"""A page with at most this many lines of text holds little: a signature page, a slip, a short note."""
SIGNATURES = 1
"""Garbled pieces a numbered last page (第2页共2页) may hold beside a clean line and still be that page: a signature
in hand reads as a few characters at low confidence; a smeared sheet garbles many lines."""
SEAL_ONLY = 1
"""Boxes a numbered last page (— 2 —) may hold when none of them reads as anything: its date under the court's
seal, which the recogniser reads as nothing through the ring (六安金安's 限制消费令, court_em_02). A page whose body
is many boxes read as nothing is not that page."""
EDGE = 0.02
"""A line whose top is this close to the sheet's top edge was printed by the capture (a kiosk's or a fax machine's
imprint over the scan), above any margin a paper leaves."""
MODEL_SURE = 0.6
"""The n-gram model alone places a page when it is at least this sure."""
UNDER_HEADER = 2
"""Lines under the volume's name (执行卷宗) where a form's own title (卷内目录, 备考表) may stand."""
_WORD = re.compile(r"[\u4e00-\u9fff0-9]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_END = re.compile(r"[。；，：:;,]\s*$")
_PROSE_MARKS = re.compile(r"[，。；、《》,;]")


@dataclass(frozen=True)
class TextLine:
    """One line as read: its text, the recogniser's confidence and where it stands on the page."""

    text: str
    confidence: float
    height: float = 1.0
    """box height / median line height of the page"""
    centred: bool = False
    top: float = 0.0
    """top of the box, 0 (top of the page) … 1"""
    width: float = 0.0
    """box width / page width"""
    alone: bool = True
    """no other box shares the line's row (a table row has several cells)"""
    facing: bool = False
    """a footer line of the facing page of a sheet printed two pages up (two_up.py): it numbers the page beside
    this one, not this one"""

    @property
    def legible(self) -> bool:
        return len(_WORD.findall(self.text)) >= 4 and self.confidence >= READABLE

    @property
    def title_like(self) -> bool:
        """Set as a title: alone on its row, larger than the body, or centred, short and unpunctuated."""
        if not self.alone:
            return False
        # a court name may stand before the title on the same line (某某人民法院受理案件通知书)
        words = len(_CJK.findall(strip_court(normalise(self.text))))
        short = 2 <= words <= 16 and not _CLAUSE_END.search(self.text)
        if not short and _PROSE_MARKS.search(self.text):
            return False  # a long line with a comma, an enumeration or a law's name is prose, however tall (a curled photo)
        return self.height >= TITLE_HEIGHT or (self.centred and short)


@dataclass(frozen=True)
class PageText:
    """What was read on a page so far, in reading order; `complete`: there is nothing more to read."""

    lines: Sequence[TextLine]
    footer: Sequence[TextLine] = ()
    complete: bool = False
    from_text_layer: bool = False

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in [*self.lines, *self.footer])


@dataclass(frozen=True)
class Verdict:
    doc_type: str
    confidence: float
    readable: bool
    settled: bool = True
    """False: reading more of the page may change the verdict."""
    title: str = ""
    evidence: str = "none"
    served: list[str] = field(default_factory=list)
    page_of: tuple[int, int | None] | None = None
    candidates: list[tuple[str, float]] = field(default_factory=list)
    operative_wanted: bool = False
    """a form title whose operative part was not found: lines read in part may hold it"""
    page_last: int | None = None
    """a two-page spread's second page number (page_of gives the first)"""


@dataclass(frozen=True)
class _Title:
    index: int
    score: float
    code: str | None = None
    generic: GenericTitle | None = None
    text: str = ""


def quality(lines: Sequence[TextLine]) -> float:
    """Recogniser confidence over the lines, weighted by the Chinese characters each yielded."""
    weighted = [(ln.confidence, max(1, len(_CJK.findall(ln.text)))) for ln in lines if ln.text]
    total = sum(w for _, w in weighted)
    return sum(c * w for c, w in weighted) / total if total else 0.0


def generic_title(text: str) -> GenericTitle | None:
    """The form title (执行裁定书, 决定书 …) a title line is, if it is one."""
    return _generic(strip_court(normalise(text)))


def _generic(norm: str) -> GenericTitle | None:
    for generic in cues().generic_titles:
        if any(fuzz.ratio(norm, normalise(t)) >= 90 for t in generic.titles):
            return generic
    misread = [g for g in cues().generic_titles if any(_one_misread(norm, normalise(t)) for t in g.titles)]
    if len(misread) == 1:
        return misread[0]
    return _forms_ending(norm)


@cache
def _forms_ending(norm: str) -> GenericTitle | None:
    """A letter-spaced form title whose first character the detector kept apart (决　　定　　书 read 定书): the end
    of several forms' titles (裁定书, 决定书), so the operative part decides among all their subjects; no default."""
    if len(norm) < 2:
        return None
    forms = [g for g in cues().generic_titles
             if any(len(normalise(t)) > len(norm) and normalise(t).endswith(norm) for t in g.titles)]
    if len(forms) < 2:
        return None
    return GenericTitle(titles=[t for g in forms for t in g.titles],
                        by_operative=[op for g in forms for op in g.by_operative])


def _form_of_tie(norm: str, codes: tuple[str, ...]) -> GenericTitle | None:
    """The form a line ends in when it is as near a title of one of the form's subjects as another type's (行裁定书:
    执行裁定书 lost its 执, or 行政裁定书 its 政): read as the form, its operative part decides, not the order in which
    the vocabulary lists the titles."""
    for generic in cues().generic_titles:
        subjects = {op.code for op in generic.by_operative} | ({generic.default} if generic.default else set())
        if subjects & set(codes) and any(norm.endswith(normalise(t)) for t in generic.titles):
            return generic
    return None


def _one_misread(read: str, title: str) -> bool:
    """`read` is `title` with one character misread (决寇书 for 决定书): a short title, where a ratio says
    nothing, counts only when the stray character is one no title uses — a word of its own (鉴定书, 认定书)
    is another paper, not a misreading."""
    if len(read) != len(title) or len(title) < 3:
        return False
    apart = [(a, b) for a, b in zip(read, title, strict=True) if a != b]
    return len(apart) == 1 and apart[0][0] not in _title_characters()


@cache
def _title_characters() -> frozenset[str]:
    """Every character of every title the vocabulary knows, specific or generic."""
    from dossier.doctypes import doctypes

    titles = [t for dt in doctypes().values() for t in dt.titles]
    titles += [t for g in cues().generic_titles for t in g.titles]
    return frozenset("".join(normalise(t) for t in titles))


def lists_documents(lines: Sequence[TextLine]) -> bool:
    """Three or more different document titles, each a line of its own, at the top of a page: a list
    of documents (a later page of the 卷内目录, a register), not a document bearing one of them."""
    named = {m.code for ln in lines[:12] if ln.top <= HEAD and (m := match_title(ln.text)) is not None}
    return len(named) >= 3


def find_title(lines: Sequence[TextLine], *, scanned: bool = True) -> _Title | None:
    """The first line in the head of the page that is a title, generic or specific. A title stands above
    the body: a line under running text (“附：财产申报表” after the last paragraph) is not one."""
    listing = lists_documents(lines)
    stamps = 0  # an archive's page stamp above: lines under it rank as if it were not there
    for i, line in enumerate(lines):
        if i - stamps >= HEAD_LINES or line.top > HEAD or _salutation(line.text):
            break  # under 此致 stand the addressee and the signature (申请人 read alone), never a title
        if _served_cell(lines, i):
            continue
        if viewer_bar(line, lines) or (scanned and _capture_imprint(i, lines)):
            stamps += 1  # a phone's bar over a screenshot, a fax's header over the sheet: none of the paper's
            continue
        joined = _rejoined(lines, i)
        if joined is line and i - stamps >= 3 and _cell_of_a_row(lines, i):
            continue
        found = _title_of(i, joined, rank=i - stamps)
        stamps += line.top < PAGE_HEAD and _stamp_line(lines, i)
        if found is not None and found.generic is not None and found.generic.only_with_operative \
                and _operative(found.generic, [ln.text for ln in lines])[0] is None:
            continue  # 公告 over a column of notices that lists nobody as 失信: the sheet's own title rules
        if found is not None and (not listing or _list_title(found, line)):
            if found.code in cues().header_titles:  # the volume's name over a form's own title (卷内目录)
                below = lines[i + 1:i + 1 + UNDER_HEADER]
                under = (_title_of(j, ln) for j, ln in enumerate(below, start=i + 1) if ln.top <= HEAD)
                return next((t for t in under if t is not None and t.code not in cues().header_titles), found)
            return found  # on a list of documents, only the title of a list (卷内目录) is a title
        rank = i - stamps
        if line.legible and line.width >= 0.55 and not line.title_like and not _court_name(line.text) \
                and not (rank < 2 and not normalise(line.text)) and not (rank < 3 and _letterhead_contact(line.text)) \
                and not (rank < 3 and _issuer_name(line.text)) and not (rank < 3 and _court_name_specked(line.text)):
            break  # running text: the title, if any, was above it (a wide court name above it is not, nor a
            # registry's name in Latin letters at the very top: REPUBLIC OF THE MARSHALL ISLANDS, nor a
            # letterhead's contact line under its name: 地址：…电话：…)
    return None


HEAD_LINES = 10
"""Lines of the paper's own head (after any stamp or imprint over it) where its title may stand."""


def _capture_imprint(i: int, lines: Sequence[TextLine]) -> bool:
    """The line was printed over the sheet by its capture, at the very top edge (EDGE), and is no title: a fax
    machine's header (JAN-23-2024 TUE 09:28 | FROM：0857… | P.01/03, 毕节七星关 court_gr_02 p2 — the arbitration
    commission's name under it, wide, was taken for the award's running text and the award was not found). It neither
    titles the paper nor pushes its head down."""
    return lines[i].top < EDGE and _title_of(i, lines[i], rank=0) is None


_SALUTATION = re.compile(r"^(此致|敬礼)")


def _salutation(text: str) -> bool:
    """The letter's closing salutation (此致, 敬礼): the text above it has ended."""
    return _SALUTATION.match(_compact(text)) is not None


def _issuer_name(text: str) -> bool:
    """The line is a body's name alone (cues.yaml issuer_suffixes): a letterhead over the title, however wide — a
    stamp's digits or a speck read into its box after it (益阳市赫山区泉交河镇黄泥湖村民委员会00], the archive's page
    stamp beside a village committee's letter paper, 益阳赫山 court_gt_01 p4) are not part of it."""
    compact = _TRAILING_SPECKS.sub("", _compact(text))
    return (4 <= len(_CJK.findall(compact)) <= 30 and not re.search(r"[，,。；;：:、！？!?]", compact)
            and compact.endswith(tuple(cues().issuer_suffixes)))


_TRAILING_SPECKS = re.compile(r"[0-9A-Za-z\[\]()|/_.\-]{1,4}$")
"""What a stamp or a speck beside a line adds to its box: digits, Latin letters, brackets — no sentence mark."""


def _letterhead_contact(text: str) -> bool:
    """The line opens with a letterhead's contact label (cues.yaml letterhead_labels: 地址：…, 电话：…), or is a
    body's name with its contact block beside it on the same row, read as one line (湖南衡州正和律师事务所 | 地址：…)."""
    compact = _compact(text)
    if any(compact.startswith(label) for label in cues().letterhead_labels):
        return True
    return any((at := compact.find(label)) > 0 and _issuer_name(compact[:at]) for label in cues().letterhead_labels)


ROW = 0.01
"""Tops (share of the page's height) this close put two boxes on one row."""


def _rows(lines: Sequence[TextLine]) -> int:
    """Rows of text the lines make: an office and its signer's name boxed apart on one row (审判长 | 胡宏) are one
    row. Lines without a place (every top 0: a text layer, a test's page) count one each."""
    if not any(ln.top for ln in lines):
        return len(lines)
    tops = sorted(ln.top for ln in lines)
    return 1 + sum(1 for a, b in pairwise(tops) if b - a >= ROW)


def _officers(lines: Sequence[TextLine]) -> int:
    """Court offices read as lines of their own (审判长, 审判员, 书记员: cues.yaml signers), their names boxed
    apart: two different ones read exactly sign a court's document off, even on a 1-bit halftone whose
    names and date read as scraps (青岛黄岛's old volume)."""
    signers = set(cues().continuation.signers)
    return len({c for ln in lines if ln.confidence >= SIGNED and (c := re.sub(r"[\s　：:]", "", ln.text)) in signers})


def _served_cell(lines: Sequence[TextLine], i: int) -> bool:
    """The line is the cell beside a 送达文书 label on its row: the name of the document served, not the page's
    title (陕西移动微法院电子送达凭证 … 送达文书 | 缴纳执行费通知书; a phone screen's cell set a pixel higher than its label
    is read before it: 浙江移动微法院's 电子送达回证 … 执行裁定书 | 送达文书)."""
    row = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines) and abs(lines[j].top - lines[i].top) < ROW]
    return any(normalise(ln.text) in cues().served_labels for ln in row)  # the label may be read after its cell


CASE_NUMBER_LABEL = 4
"""Characters beside a case number on its line that leave it the number alone (案号：, 编号)."""


_ANY_CASE_NUMBER = re.compile(r"[（(]\d{4}[）)][^，。；,;]{1,14}?\d+号(之[一二三四五六七八九十\d]+)?")
"""A case number of any kind (执, 民初, 民终, 仲裁): what a title's row carries beside it."""


def _case_number_alone(text: str) -> bool:
    """The line is a case number and at most a short label beside it."""
    compact = _compact(text)
    found = _ANY_CASE_NUMBER.search(compact)
    return found is not None and len(compact) - len(found.group()) <= CASE_NUMBER_LABEL


def _cell_of_a_row(lines: Sequence[TextLine], i: int) -> bool:
    """Below the head's first lines, a line of body size that shares its row with words read beside it is a cell
    of a form's row, however centred and short: a bank slip's 附言 | 南岗法院执行和解款 (哈尔滨南岗 court_hh_02) is no
    执行和解笔录. A title there stands alone on its row, or is set larger."""
    line = lines[i]
    return line.height < TITLE_HEIGHT and any(
        ln is not line and abs(ln.top - line.top) < ROW and len(_CJK.findall(ln.text)) >= 2 for ln in lines)


def _rejoined(lines: Sequence[TextLine], i: int) -> TextLine:
    """A centred title the detector cut in two on its row (送 达 回 | 证, letter-spaced, a watermark across it),
    joined again; any other line as it is. Only two pieces with nothing else on their row are joined: both centred, or
    the first centred and the second a character or two that completes a title with it."""
    line = lines[i]
    row = [ln for ln in lines if abs(ln.top - line.top) < ROW]
    if not line.alone and len(row) >= 2 and not _case_number_alone(line.text) \
            and all(_case_number_alone(ln.text) for ln in row if ln is not line):
        # a title set flush left with the case number on its row's right (郴州北湖's e-signed papers, court_fw): the
        # number is the title's, not a table's next cell
        return replace(line, alone=True)
    if line.alone or len(row) != 2 or row[0] is not line or not line.centred:
        return line
    joined = replace(line, text=line.text + row[1].text, confidence=min(ln.confidence for ln in row), alone=True,
                     width=line.width + row[1].width)
    # its last character cut off alone stands right of the centre (卷　内　目 | 录, 泉州丰泽's letter-spaced catalogue):
    # joined only when the two make a title
    if row[1].centred or (len(normalise(row[1].text)) <= 2 and match_title(joined.text) is not None):
        return joined
    # its first character cut off alone stands left of the centre, its box a little lower, so read after the rest
    # (卷 | 内　目　录, 哈尔滨南岗's letter-spaced catalogue): joined in front, only when the two make a title
    before = replace(joined, text=row[1].text + line.text)
    if not row[1].centred and 1 <= len(_CJK.findall(row[1].text)) == len(normalise(row[1].text)) <= 2 \
            and match_title(before.text) is not None:
        return before
    return line


def _list_title(found: _Title, line: TextLine) -> bool:
    """The title of a list (卷内目录, 送达回证), the whole line: a row 受理案件通知书送达回证 of a list names a
    receipt, it does not head one."""
    return found.code in cues().list_titles and match_title(line.text) is not None


def _court_name(text: str) -> bool:
    """The line is a court's name and nothing else (广东省深圳市福田区人民法院), or with one of its
    divisions (…人民法院执行局: cues.yaml court_departments); its last character may be lost where the box was cut
    short (宁夏回族自治区石嘴山市大武口区人民法 over 结案通知书, 大武口's letter-spaced name). A form's imprint after it
    (…人民法院（诉讼服务中心印制）: cues.yaml court_imprints) is the court's too."""
    norm = _without_ending(_without_ending(normalise(text), cues().court_imprints), cues().court_departments)
    return len(norm) <= 24 and (norm.endswith("法院") or norm.endswith("人民法"))


def _without_ending(norm: str, endings: list[str]) -> str:
    """The text without the first of `endings` it ends with (and is longer than)."""
    ending = next((e for e in endings if norm.endswith(e) and len(norm) > len(e)), "")
    return norm[:len(norm) - len(ending)]


@cache
def _specked_court() -> re.Pattern[str]:
    """A court's name (beginning with a province of cues.yaml, or a city's or county's name) with at most two stray
    characters before it and three after."""
    provinces = "|".join(re.escape(p) for p in cues().provinces)
    return re.compile(rf"^.{{0,2}}?(({provinces}).{{0,12}}|[^省]{{2,5}}[市州盟县]?[^省]{{0,6}}?[区县市旗])(人民法院|法院).{{0,3}}$")


_SENTENCE_MARKS = re.compile(r"[，,。；;：:、！？!?]")


def _court_name_specked(text: str) -> bool:
    """A court's name with a few stray characters read into its box — the faint words of a draft on the sheet's
    reused back (（草稿）) beside it, a speck after it: at the head of a page it is the court's name over its title
    still, not running text (（草)江西省鹰潭市月湖区人民法院 干关, 鹰潭月湖 court_gl_02 p18). A sentence naming a
    court (向江西省鹰潭市月湖区人民法院申请…) runs on past it or carries its commas."""
    return not _SENTENCE_MARKS.search(text) and _specked_court().match(normalise(text)) is not None


def _compact(text: str) -> str:
    """Without spaces, its colons full-width: 申请执行人 : as the list writes it, 申请执行人："""
    return "".join(text.split()).replace(":", "：")


_SENTENCE = re.compile(r"[，,].*[。.]$")
"""A comma inside and a full stop at the end: a sentence, never a title."""


def _not_a_title(text: str) -> bool:
    """A line that begins as a heading in a text or a party's field (cues.yaml not_titles), however spaced, names a
    document by its case number (unless the number heads a caption titled by its subject: …执11137号第1期还款微信转账截图),
    or is a sentence: a comma inside and a full stop at its end (…对方当事人可以向人民法院申请执行。 at the top of a
    judgment's last page is no 申请执行书)."""
    compact = _compact(text)
    return (compact.startswith(_not_titles()) or (opens_with_case_number(text) and subject_title(text) is None)
            or _SENTENCE.search(compact) is not None or note_line(text))



@cache
def _not_titles() -> tuple[str, ...]:
    return tuple(_compact(w) for w in cues().not_titles)


def _field(text: str) -> str | None:
    """The label of a form's field with what was filled in after it (身份证号：5203…, set large on a licence's page):
    a title names the paper, it fills in no field."""
    label = field_label(text)
    return label if label is not None and len(_compact(text)) > len(label) + 1 else None


def _field_naming_its_paper(i: int, line: TextLine, label: str) -> _Title | None:
    """A field whose label holds a title of the vocabulary whole names its paper (执业证类别：专职 on a lawyer's licence,
    营业执照注册号：… on a business licence); one that only resembles a title does not (身份证号：… is no 居民身份证)."""
    match = match_title(label, tall=True)
    if match is None or match.title not in label:
        return None
    return _Title(i, match.score * min(1.0, line.confidence + 0.1), code=match.code, text=match.title)


def _title_of(i: int, line: TextLine, *, rank: int | None = None) -> _Title | None:
    """The line as a title, if it is one: set as a title (or among the first lines, read whole: `rank`, its place
    among them when an archive's page stamp stands above them)."""
    tall = line.title_like
    if line.confidence < 0.5 or not line.alone or (not tall and (i if rank is None else rank) >= 3):
        return None
    norm = strip_court(normalise(line.text))
    if _not_a_title(line.text):
        return None
    if (label := _field(line.text)) is not None:
        return _field_naming_its_paper(i, line, label)
    if len(norm) < 2:  # no Chinese: a paper made abroad may be titled in Latin letters (POWER OF ATTORNEY)
        foreign = match_title(line.text) if not norm else None
        return _Title(i, foreign.score * min(1.0, line.confidence + 0.1), code=foreign.code, text=foreign.title) \
            if foreign is not None else None
    generic = _generic(norm) if tall or len(norm) <= 6 else None
    if generic is not None:
        return _Title(i, line.confidence, generic=generic, text=line.text)
    by_subject = subject_title(line.text)
    if by_subject is not None:
        return _Title(i, line.confidence, code=by_subject, text=line.text)
    match = match_title(line.text, tall=tall)
    form = _form_of_tie(norm, (match.code, *match.tied)) if match is not None and match.tied else None
    if form is not None:
        return _Title(i, line.confidence, generic=form, text=line.text)
    if match is not None:
        return _Title(i, match.score * min(1.0, line.confidence + 0.1), code=match.code, text=match.title)
    qualified = _qualified_form(norm) if tall else None
    if qualified is not None:
        return _Title(i, line.confidence, generic=qualified, text=line.text)
    return None


QUALIFIER = (2, 12)
"""Characters a subject may add before a form's name in a title no vocabulary title matches (车辆线索情况说明)."""


def _qualified_form(norm: str) -> GenericTitle | None:
    """A title that is a form a party or a body writes (情况说明, 证明, 确认书: those with a `fallback`) under a
    subject of its own (车辆线索情况说明, 收入证明): that form, decided by what the paper says, else its fallback.
    Forms without a fallback (裁定书, 通知书) are not guessed so: 刑事裁定书 is no 执行裁定书."""
    for generic in cues().generic_titles:
        if generic.fallback is None:
            continue
        for title in map(normalise, generic.titles):
            if len(title) >= 2 and norm.endswith(title) and QUALIFIER[0] <= len(norm) - len(title) <= QUALIFIER[1]:
                return generic
    return None


def find_page_of(page: PageText) -> tuple[int, int | None] | None:
    """The page's place in its document, from its footer (or a header line that says it). On a sheet printed two
    pages up whose own footer reads as nothing, the facing page's number says it: the page before that one."""
    numbered = [(line.facing, found) for line in page.footer if (found := page_of(line.text, in_footer=True))]
    own = next((found for facing, found in numbered if not facing), None)
    if own is not None:
        return own
    # (a facing page numbered 1 opens another document: it says nothing of this one, and the other evidence decides)
    beside = next((found for facing, found in numbered if facing and found[0] > 1), None)
    if beside is not None:
        return beside[0] - 1, beside[1]
    before = _number_under_prose(page)
    if before is not None:  # the sheet before's foot, printed on this one: this page holds its document's next page
        n, m = before
        return (n + 1, m) if n < m else None
    for line in page.lines:  # (classify has left the volume's header out)
        if _on_phone_bar(line, page.lines):
            continue
        if line.top < PAGE_HEAD or line.top > 0.85:
            found = page_of(line.text, in_footer=False, at_top=line.top < PAGE_HEAD and line.alone)
            if found is not None:
                return found
    return None


UNDER_PROSE = 0.3
"""How far down a sheet the foot of the sheet before may stand, under the last lines of its prose."""


def _number_under_prose(page: PageText) -> tuple[int, int] | None:
    """A page number with its total (第1页共2页) near the top of the sheet, under prose (…视为放弃抗辩权利。): the foot of
    the page before, printed on this sheet when a long screenshot was cut at fixed heights (徐州云龙). A running header
    over a page's own number is a title or a case number, never a sentence."""
    above: list[TextLine] = []
    for line in page.lines:
        if line.top > UNDER_PROSE:
            break
        found = page_of(line.text, in_footer=False) if line.alone else None
        if found is not None and found[1] and any(_prose(ln) for ln in above):
            return found[0], found[1]
        above.append(line)
    return None


def _prose(line: TextLine) -> bool:
    return line.legible and not _case_number_only(line.text) and re.search(r"[，,。；;、]", line.text) is not None


def find_last_page(page: PageText, where: tuple[int, int | None] | None) -> int | None:
    """The last of the consecutive page numbers of one total that the footer holds beside the first (a bound
    volume scanned open, two pages to a sheet: 第1页共2页 | 第2页共2页), if it holds more than one."""
    if where is None or where[1] is None:
        return None
    numbers = {found[0] for line in page.footer if (found := page_of(line.text, in_footer=True)) and found[1] == where[1]}
    last = where[0]
    while last + 1 in numbers:
        last += 1
    return last if last > where[0] else None


PAGE_HEAD = 0.12
"""The band at the top of a sheet where a running header, or the e-dossier system's volume header, stands."""
VOLUME_ROW = 0.015
"""Lines this close (share of the page's height) to a volume label stand in the volume header's band."""


def _frame(text: str) -> bool:
    """A footer line of the frame round an exported page (…电子卷宗管理系统导出时间：…), or a mark a blank back carries."""
    return blank_mark(text) or _volume_label(text)


def _volume_label(text: str) -> bool:
    """The line carries a label of the e-dossier system's frame (卷宗名称, 电子卷宗: cues.yaml volume_labels), or is a
    court platform's print line over a paper it generated (cues.yaml platform_prints)."""
    return any(label in text for label in cues().continuation.volume_labels) or _platform_print().search(text) is not None


@cache
def _platform_print() -> re.Pattern[str]:
    return re.compile("|".join(cues().continuation.platform_prints) or r"(?!)")


def _without_volume_header(lines: Sequence[TextLine]) -> list[TextLine]:
    """The page's lines without the header the e-dossier system prints over every page it exports (卷宗名称：…
    案号：… 第7页): it tells the volume and the page's number in the volume, nothing of the paper under it — whose
    own head, title and sign-off come after it."""
    labels = [ln.top for ln in lines if ln.top < PAGE_HEAD and _volume_label(ln.text)]
    return [ln for ln in lines if not any(abs(ln.top - top) <= VOLUME_ROW for top in labels)]


_CLOCK = re.compile(r"^\s*([01]?\d|2[0-3])\s*[:：]\s*[0-5]\d\s*$")
"""A time of day alone on a line, as a phone's status bar shows it."""
PHONE_BAR_TEXT = 6
"""Characters a line on the phone's bar holds at most (19:57, 8/14, 5G, 87%): a title or a name beside a time on the
sheet's top row is the paper's."""


def _on_phone_bar(line: TextLine, lines: Sequence[TextLine]) -> bool:
    """The line is the bar a phone shows over a screenshot: a time of day (19:57) at the sheet's top, or a short line
    on its row — the photo viewer's count of photos (8/14) over a paper filed online (漳州芗城, court_ez), which says
    nothing of the paper's pages, nor signs it."""
    if line.top >= PAGE_HEAD or len(_compact(line.text)) > PHONE_BAR_TEXT:
        return False
    return any(abs(other.top - line.top) <= ROW and _CLOCK.match(other.text) for other in lines)


_FILE_NAME = re.compile(r"\.\s*(pdf|ofd|jpe?g|png|docx?|wps|tiff?|heic)\s*$"
                        r"|^\s*(pdf|ofd|jpe?g|png|docx?)?\s*[·・.]?\s*\d+(\.\d+)?\s*[KkMm]B\s*$", re.IGNORECASE)
"""A file's name as a viewer shows it over the page (强制执行申请书.pdf), or its size under it (PDF·151KB): it names
the file, every page of it alike."""


def file_name(text: str) -> bool:
    """The line is a file's name or size as a viewer shows it (_FILE_NAME)."""
    return _FILE_NAME.search(text) is not None


def viewer_bar(line: TextLine, lines: Sequence[TextLine]) -> bool:
    """The line is a phone's status bar or its file viewer's title bar over a screenshot of a paper: the file's name
    over every page of it (金华婺城 court_gb: 强制执行申请书.pdf over the application's second page too), the time of
    day and the battery. Such a line says which file the page is in, not that the page opens the paper."""
    return line.top < PAGE_HEAD and (file_name(line.text) or _on_phone_bar(line, lines))


STAMP_CHARACTERS = 24
"""An archive stamp's line is short: its label and a number (档案号2024-执-12071)."""


def _page_stamp(text: str) -> bool:
    """A line of the archive's page stamp (cues.yaml stamp_labels): its label first, a number after it. It does not
    push the paper's own head out of the first lines (where a title need not be set large to count)."""
    return _stamp_label(text) and any(ch.isdigit() for ch in text)


def _stamp_line(lines: Sequence[TextLine], i: int) -> bool:
    """A line of the archive's page stamp, whether it holds label and number (档案号2024-执-12071) or one of the
    two rows of a boxed stamp (档案页码 over 0023)."""
    if _page_stamp(lines[i].text) or (_stamp_label(lines[i].text) and i + 1 < len(lines)
                                      and stamp_number(lines[i + 1].text)):
        return True
    return i > 0 and stamp_number(lines[i].text) and _compact(lines[i - 1].text) in cues().continuation.stamp_labels


def _stamp_label(text: str) -> bool:
    """The line opens with an archive stamp's label (cues.yaml stamp_labels) and is short enough to be the stamp's."""
    compact = _compact(text)
    return len(compact) <= STAMP_CHARACTERS and compact.startswith(tuple(cues().continuation.stamp_labels))


def _running_text(lines: Sequence[TextLine], *, scanned: bool = True) -> bool:
    """The page starts in the middle of prose (its first legible lines are full-width body lines), or
    with the end of a document (特此通知, the signatures, the seal)."""
    # a later page may repeat the case number as a running header above its text; what the capture printed on the
    # sheet's very edge (a kiosk's 收转编号 and time, a fax's header) is not the paper's (a text layer has no edge: its
    # lines are placed by their order)
    edge = EDGE if scanned else 0.0
    if _opens_letter(lines, scanned=scanned):
        return False
    head = [ln for ln in lines if ln.legible and not _case_number_only(ln.text) and ln.top >= edge][:3]
    body = [ln for ln in head if ln.width >= 0.55 and not ln.title_like and ln.top < 0.3]
    # a heading of its own over them (往来款项对账单 over its 供货单位：… line) opens a paper, however wide its lines
    heading = bool(head) and head[0].title_like and head[0].centred and head[0] not in body
    if len(head) >= 2 and (_court_name(head[0].text) or _issuer_name(head[0].text)) \
            and head[1].title_like and head[1].centred:
        return False  # a body's name over its own heading opens a paper (某鉴定评估有限公司 / 机动车鉴定评估报告书)
    if (len(body) >= 2 and not heading) or (len(body) == 1 and head[0] is body[0]):
        return True
    # a later numbered heading first (三、…, over the page's stamped number 000002): the text goes on from before
    # (a page number written in the sheet's corner, 第2页, is passed over)
    first = next((ln for ln in head if not page_number_only(ln.text)), None)
    if first is not None and first.top < 0.3 and later_item(first.text):
        return True
    # the last words of item 一, then 二、…: the numbered items began on the sheet before (a 调解书's second sheet
    # opening 元（大写：壹拾万…元整）； over 二、被告逾期未付清…, 泉州丰泽)
    second = next((ln for ln in head if ln is not first and first is not None and ln.top > first.top), None)
    if first is not None and second is not None and first.top < 0.3 and not first.title_like and not first.centred \
            and re.search(r"[。；;]$", _compact(first.text)) and not _FIRST_ITEM.match(_compact(first.text)) \
            and later_item(second.text):
        return True
    if first is not None and first.top < 0.3 and _paragraph_tail(first) and (
            body or any(ln is not first and ln.width >= 0.55 and not ln.title_like for ln in head)
            or signs_off(Haystack("\n".join(ln.text for ln in lines)))
            or has_operative_marker([ln.text for ln in lines])):
        # a paragraph's last words, then more prose (a judgment's middle sheet, however low on the sheet its text
        # begins under the cut-off foot of the page before), the sign-off, or the operative part (裁定如下：)
        return True
    if first is not None and first.top < 0.3 and _ANNEX.match(_compact(first.text)) and not first.title_like \
            and not first.centred:
        return True  # the document's annex table, labelled at the margin (附表：申请人欠付工资明细, an award's last sheet)
    if first is not None and first.top < 0.3 and _sentence_end(first) and any(
            ln.legible and closing_line(ln.text) for ln in lines if first.top < ln.top < 0.5):
        return True  # an answer's last words, then the record's signatures (后发现了财产我再来申请。 / 被谈话人：梁庆)
    top = [ln for ln in lines if ln.top < 0.3 and ln.text]
    if top and signs_off(Haystack("\n".join(ln.text for ln in top[:3]))):
        return True
    # a party's signature and its date under the last words of a text (申请执行人：某某银行（盖章） / 2024年2月7日)
    if sum(1 for ln in top[:4] if ln.legible and closing_line(ln.text)) >= 2:
        return True
    # under a letterhead (律师事务所, a company's name), the last paragraph of a letter and its sign-off
    # (此致 … 申请人（签名）) in the top half
    upper = [ln for ln in lines if ln.top < 0.5 and ln.text]
    prose = any(ln.legible and ln.width >= 0.4 and _CLAUSE_END.search(ln.text) for ln in upper)
    return prose and signs_off(Haystack("\n".join(ln.text for ln in upper)))


_ANNEX = re.compile(r"^附表[：:一二三四五六七八九\d]")
"""An annex table's label at the margin (附表：…, 附表一): the table of the document before, which it ends (达州通川
court_gg_02: a labour award's 附表 of each worker's wages over its arbitrators' signatures), not a paper of its own."""
_FIRST_ITEM = re.compile(r"^[（(]?一[、，,．.）)]")
"""Item 一 itself (一、甲方于…；): a paper's first item, under which the second one follows on the same sheet."""


def _opens_letter(lines: Sequence[TextLine], *, scanned: bool = True) -> bool:
    """A heading set as a title over the addressee's line (催款函 / 青岛中远船务代理有限公司：): a letter begins on the
    page, whatever its title; its body below is no text running on from the page before, nor its sign-off the
    end of that paper."""
    first = [ln for ln in lines if ln.text.strip() and ln.top >= (EDGE if scanned else 0.0)][:3]
    if first and (_court_name(first[0].text) or _issuer_name(first[0].text)):
        first = first[1:]  # the court's (or a body's) name over its heading: 北仑区人民法院 / 告知书 / 某公司：
    first = first[:2]
    if len(first) < 2 or not (first[0].title_like and first[0].centred and first[0].top < 0.3):
        return False
    addressee = _compact(first[1].text)
    return addressee.endswith(("：", ":")) and len(_CJK.findall(addressee)) >= 4


def _sentence_end(line: TextLine) -> bool:
    """A line, narrower than the body's, that ends a sentence: no paper opens so."""
    return line.legible and not line.centred and not line.title_like and line.width < 0.55 \
        and _compact(line.text).endswith("。")


def _paragraph_tail(line: TextLine) -> bool:
    """The last words of a paragraph begun on the page before (…日起发生法律效力。 over an award's signatures): a
    short line, not centred, no title, ending a sentence; or a line that opens with a sentence's last word or two
    (据。被申请人未提交答辩意见… on an award's second sheet) — however it is set: no title opens with a sentence's
    tail (项、《最高人民法院关于适用…》, set alone on its row, 四平铁西). No paper opens so; a first sentence fills its line."""
    compact = _compact(line.text)
    if not line.legible or line.centred:
        return False
    tail = _SENTENCE_TAIL.match(compact)
    if tail is not None and len(compact) > tail.end():
        return True
    return not line.title_like and line.width < 0.4 and len(compact) >= 4 and compact.endswith("。")


_SENTENCE_TAIL = re.compile(r"[\u4e00-\u9fff]{1,3}[。；]|[\u4e00-\u9fff]{1,2}，|(?![一二三四五六七八九十]、)[\u4e00-\u9fff]{1,2}、")
"""A sentence's last characters (据。, 效力。) or a clause's (定，判决如下：, a 二审 judgment's second sheet under the
cut 依照…第一百七十七条第一款第一项之规 / 定，; 项、《最高人民法院关于适用…》 on a 终本 ruling's second sheet, 四平铁西) at the
head of a line — not an item's number (一、): the sentence began on the sheet before."""


OPENING = 6
"""The lines of a page's opening in which a document's head (its issuer's name over its case number) is looked for,
past an archive stamp's lines above it."""


def _volume_number(page: PageText, where: tuple[int, int | None]) -> bool:
    """A bare number in the footer (23) of a page that opens as a document does — its court's or a body's name alone
    over its case number — is the number an archivist wrote on every sheet of the volume, not the paper's own: a
    later page of a paper does not repeat its issuer's name over its case number."""
    if where[1] is not None or not any(bare_number(ln.text) for ln in page.footer):
        return False
    head = [ln for ln in page.lines if ln.text.strip()][:OPENING]
    names = [i for i, ln in enumerate(head) if _court_name(ln.text) or _issuer_name(ln.text)]
    return bool(names) and any(_case_number_only(ln.text) for ln in head[names[0] + 1:])


def _case_number_only(text: str) -> bool:
    compact = re.sub(r"\s+", "", text)
    return len(compact) <= 24 and bool(find_case_numbers(compact)) and compact.endswith("号")


def _merge(first: list[tuple[str, float]], model: list[tuple[str, float]], limit: int = 3) -> list[tuple[str, float]]:
    out: dict[str, float] = {}
    for code, p in [*first, *model]:
        if code not in out and p >= 0.05:
            out[code] = round(p, 3)
    return list(out.items())[:limit]


def classify(page: PageText, model: NgramModel | None = None) -> Verdict:
    """The verdict on a page from what was read on it (see the module docstring for the order)."""
    verdict = _verdict(page, model)
    last = find_last_page(page, verdict.page_of)
    return replace(verdict, page_last=last) if last is not None else verdict


def _verdict(page: PageText, model: NgramModel | None) -> Verdict:
    page = replace(page, lines=_without_volume_header(page.lines))
    read = [ln for ln in page.lines if ln.text]
    q = quality(read)
    where = find_page_of(page)
    title = find_title(read, scanned=not page.from_text_layer)
    if where is not None and where[1] is None and title is not None and title.code in cues().numbered_rows:
        where = None  # a bare number at the foot of a 卷内目录 is its last row's page (…, 35), not its own
    legible = sum(1 for ln in read if ln.legible)
    # readable means the page's text can be read, not only its large title: a smeared scan may still
    # show 执行通知书 while its case number and body are gone
    others = sum(1 for i, ln in enumerate(read) if ln.legible and (title is None or i != title.index))
    strong_title = title is not None and title.score >= 0.8 and others >= 1
    if page.complete and not page.lines and page.footer and all(_frame(ln.text) for ln in page.footer):
        # nothing on the sheet inside the frame the e-dossier system prints round every page it exports (its
        # header taken out above, its 导出时间 stamp below): a blank back
        return Verdict("blank", 0.8, readable=True, settled=True, evidence="page_number")
    if page.complete and read and len(page.lines) <= 3 and all(blank_mark(ln.text) for ln in [*read, *page.footer]):
        # nothing on the sheet but a number or a mark (and no other box of text, legible or not): a blank
        # back numbered (页号), stamped 复印件, or carrying a filing note
        return Verdict("blank", 0.8, readable=True, settled=True, evidence="page_number")
    # print read badly (smeared, washed out) is garbled: lines of several characters under READABLE.
    # Handwriting (signatures, a date filled in by hand) mostly reads as a few short, scattered pieces.
    garbled = sum(1 for ln in read if len(ln.text.replace(" ", "")) >= 3 and ln.confidence < READABLE)
    # the last page of a document may hold only its signatures: with a footer that says so (第2页共2页)
    # and what little it holds legible or at least not garbled, it is that page, not an unreadable one; one
    # garbled piece beside a clean one is a signature in hand (运魔霞 for a signer's scrawl), not a smeared sheet
    sparse_end = where is not None and where[0] >= 2 and (
        (legible >= 1 and q >= 0.5) or (garbled <= SIGNATURES and any(ln.confidence >= 0.8 for ln in read))
        or (not read and len(page.lines) <= SEAL_ONLY))
    # without a footer, such a page is still the document's end when the little it holds signs off,
    # cleanly read (a date, 此致, 申请人：, 书记员…), beside no more garbled lines than a signature makes:
    # an illegible page is many boxes read badly, not a few read well
    # a signer's label read exactly (书记员…, 审判员…) is evidence enough even a little under READABLE: a
    # misreading does not spell it by chance
    signed = any(ln.confidence >= SIGNED and signer_line(ln.text) for ln in read) or _officers(read) >= 2
    closing = (page.complete and title is None and garbled <= legible + 1
               and _rows([ln for ln in read if not viewer_bar(ln, read)]) <= SPARSE_LINES
               and (signed or (legible >= 1 and any(ln.legible and closing_line(ln.text) for ln in read))))
    if (others == 0 and not sparse_end and not closing) or (not strong_title and not sparse_end and not closing
                                            and (q < UNREADABLE or legible < 2) and not page.from_text_layer):
        return Verdict("unknown", q, readable=False, settled=page.complete, evidence="none", page_of=where)
    text = page.text
    hay = Haystack(text)
    probs = predict(model, text) if model is not None else []
    title_code = title.code if title is not None else None
    if (title is None or title_code in served_codes()) and _e_service_print(hay, over_title=title is not None):
        # a postal or e-service print (before its footer: it may number its own pages); where a line of it
        # read as a title, that is its 文书名称 cell (执行裁定书（终本）): what it served
        return _attachment(page, where, probs)
    if title_code == "service_receipt" or (title_code in served_codes() and _receipt_fields(read)):
        # a 送达回证, or a receipt whose title a seal hides and whose 送达文书 cell (执行通知书) read as one
        score = title.score if title is not None and title_code == "service_receipt" else 0.85
        return _receipt(page, text, score, title, where, probs)
    if title is not None and title.generic is not None and certifies(hay) and not _decided_first(title.generic, page):
        # a 证明书 by which a notary attests the paper before it (中国委托公证人): that paper's page
        return _certificate(where, probs, title.text)
    if title is not None and title.generic is not None:
        return _by_operative(page, title, title.generic, probs, where)
    if title is not None and title.code is not None:
        # the volume's name settles the page as its cover only once the lines under it are read
        settled = page.complete or title.code not in cues().header_titles or title.index + UNDER_HEADER < len(read)
        code = _by_person_asked(title, read) or title.code
        return Verdict(code, title.score, readable=True, title=title.text, evidence="title", settled=settled,
                       page_of=where, candidates=_merge([(code, title.score)], probs))
    return _untitled(page, hay, probs, where, closing=closing)


def _by_person_asked(title: _Title, lines: Sequence[TextLine]) -> str | None:
    """A 询问笔录's code by the role of the person asked (cues.yaml asked_records), read on the label's row: after the
    label on its own line, or in a box beside it (汤文杰，男，1986年生，被执行人 | 被询问人), or on the line the field
    wraps onto (…出生，罪犯编号508 / 5245445，第五监区). None when the title is no such record's or no role was read
    there."""
    asked = cues().asked_records
    if normalise(title.text) not in {normalise(t) for t in asked.titles}:
        return None
    for line in lines:
        compact = _compact(line.text)
        at = min((compact.find(label) for label in asked.labels if label in compact), default=-1)
        if at < 0:
            continue
        row = [compact[at:], *(_compact(o.text) for o in lines if o is not line and abs(o.top - line.top) <= ROW)]
        row += [_compact(o.text) for o in _wrapped_onto(line, lines)]
        return next((code for code, roles in asked.roles.items() if any(r in part for part in row for r in roles)),
                    None)
    return None


WRAP_GAP = 1.6
"""The page's line pitches (its median step between lines) down to the next line's top within which a field's
text wrapped onto it."""
FIELD_LABEL = re.compile(r"^.{1,6}[:：]")


def _wrapped_onto(line: TextLine, lines: Sequence[TextLine]) -> list[TextLine]:
    """The line right under `line` that carries on its field: no label of its own (案号：…, 问：…)."""
    tops = sorted({round(o.top, 3) for o in lines})
    steps = [b - a for a, b in itertools.pairwise(tops) if b - a > ROW]
    nearest = min((o for o in lines if o.top > line.top + ROW), key=lambda o: o.top, default=None)
    if nearest is None or not steps or FIELD_LABEL.match(_compact(nearest.text)):
        return []
    return [nearest] if nearest.top - line.top <= WRAP_GAP * statistics.median(steps) else []


def _decided_first(generic: GenericTitle, page: PageText) -> bool:
    """The form's operative words name what it is before any certificate's words are weighed (operative_first)."""
    return generic.operative_first and _operative(generic, [ln.text for ln in page.lines])[0] is not None


def _certificate(where: tuple[int, int | None] | None, probs: list[tuple[str, float]], title: str = "") -> Verdict:
    """Another authority's certificate of the paper before it (cues.yaml certificates): that paper's page."""
    return Verdict("continuation", 0.75, readable=True, title=title, evidence="certificate", page_of=where,
                   candidates=_merge([("continuation", 0.75)], probs))


def _receipt_fields(lines: Sequence[TextLine]) -> bool:
    """The first lines hold a 送达回证's labels, as many as its form asks, counting a label found only inside a longer
    one (送达人 in 受送达人) once: over a court paper's title, one line 受送达人：… is the e-service record a platform
    prints over each paper it served, cut short by the reader (石家庄桥西 court_jg_02 p26), not a receipt whose seal
    hides its title."""
    hay = Haystack("\n".join(ln.text for ln in lines[:10]))
    least = cues().form_cues["service_receipt"].min
    return form_hits(hay).get("service_receipt", 0) >= least and labels_apart(hay, "service_receipt") >= least


def _receipt(page: PageText, text: str, score: float, title: _Title | None,
             where: tuple[int, int | None] | None, probs: list[tuple[str, float]]) -> Verdict:
    """A 送达回证 and the documents it names as served (its own title left out of that search)."""
    body = text.replace(title.text, "", 1) if title is not None and title.code == "service_receipt" else text
    kept = [ln for ln in body.splitlines() if not _served_label_alone(ln)]
    served = served_codes_of("\n".join(_without_repeated_label(kept)))
    return Verdict("service_receipt", score, readable=True, settled=bool(served) or page.complete,
                   title="送达回证", evidence="title" if title is not None else "form", served=served,
                   page_of=where, candidates=_merge([("service_receipt", score)], probs))


def _without_repeated_label(lines: Sequence[str]) -> list[str]:
    """The served cell's label, centred beside a cell of two lines, read into each strip of it (送达文书名称和文号执行通知书
    （…）、报告 / 送达文书名称和文号「财产令（…）各一份, 平潭 court_ii_02): dropped from the later strip, so that the title
    the cell breaks is whole again."""
    out: list[str] = []
    before = ""
    for line in lines:
        norm = normalise(line)
        label = max((word for word in cues().served_labels if norm.startswith(word)), key=len, default="")
        out.append(_after_label(line, label) if label and label == before else line)
        before = label
    return out


def _after_label(line: str, label: str) -> str:
    """The line from where its opening label (normalised) ends."""
    end = next(i for i in range(len(line) + 1) if normalise(line[:i]) == label)
    return line[end:]


def _served_label_alone(line: str) -> bool:
    """The served cell's label on a line of its own: centred beside a cell of two lines, it is read between them
    (报告财 / 送达文书名称及件数 / 产令), and the title the cell breaks is whole again without it."""
    return normalise(line) in cues().served_labels


def operative_code(generic: GenericTitle, lines: Sequence[str]) -> str | None:
    """What a document titled only by its form decides. The operative part follows 裁定如下：/决定如下：
    and begins a paragraph (“终结本次执行程序。”); the reasoning above it may name other measures (a
    resumption ruling recalls the earlier 终本 ruling). So: paragraph starts after 如下 first, then any
    text after 如下, then paragraph starts anywhere, then anywhere."""
    return _operative(generic, lines)[0]


OPERATIVE_CONFIDENCE = 0.8
"""How sure a form-titled first page is of the type its later pages' operative part gives it."""


def retitled_by_operative(generic: GenericTitle, lines: Sequence[str], current: str) -> str | None:
    """The type a form-titled document's operative part, read on its later pages, gives its first page when that
    differs from the type it has; None when it keeps it. One rule for the pipeline (pages read in order) and the
    check's second look (pages read again)."""
    code = operative_code(generic, lines)
    return code if code is not None and code != current else None


def _operative(generic: GenericTitle, lines: Sequence[str]) -> tuple[str | None, bool]:
    """operative_code, and whether it is sure: found after the 如下 marker, or opening a paragraph where no
    marker was read — not only somewhere in the reasoning (…查封机动车一辆…), which a 终本 ruling whose
    marker and operative sentence were read in part (…依照《中华人民共和国民事诉讼法》 / 终结本院（2024）青0103执865)
    recites as well."""
    lines = _deciding(generic, lines)
    after = _after_operative_marker(lines)
    for scope in (after, lines):
        if scope is None:
            continue
        for i, line in enumerate(scope):
            following = scope[i + 1] if i + 1 < len(scope) else ""
            for op in generic.by_operative:
                if any(_starts_with(cue, line, following) for cue in op.cues):
                    return op.code, scope is after or after is None
        hay = Haystack("\n".join(scope))
        for op in generic.by_operative:
            if any(cue_found(cue, hay) for cue in op.cues):
                return op.code, scope is after
        begun = _begun_by_one(generic, scope[0]) if scope is after and scope else None
        if begun is not None:
            return begun, False
    return None, False


def _deciding(generic: GenericTitle, lines: Sequence[str]) -> Sequence[str]:
    """The lines with the form's stock phrases that decide nothing (现已审查终结) left out."""
    if not generic.decides_nothing:
        return lines
    stock = _stock_phrases(tuple(generic.decides_nothing))
    return [stock.sub("，", line) for line in lines]


@lru_cache(maxsize=16)
def _stock_phrases(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(p) for p in phrases))


def _begun_by_one(generic: GenericTitle, line: str) -> str | None:
    """The one operative sentence the line after the marker begins as, its deciding words on a line not read
    (恢复云南省昆明市五华区人民法院（2021）滇0102民初16… over …号民事判决的执行。, 昆明五华 court_hj_01): the reasoning above
    it (本院认为，终结本次执行程序后，…) decides nothing. 终结… begins two sentences and decides none."""
    codes = {op.code for op in generic.by_operative for cue in op.cues
             if isinstance(cue, list) and _starts_with(cue[0], line)}
    return codes.pop() if len(codes) == 1 else None


def begins_operative(generic: GenericTitle, line: str) -> bool:
    """The line begins as one of the form's operative sentences whose deciding words stand further on: read
    only in part (终结本院（2024）苏01执7735号 / …案件的本次执行程序, 南京中院's 终本 ruling), its end decides
    between the codes that begin alike (终结…的本次执行程序, 终结…的执行)."""
    norm = normalise(line)
    return any(isinstance(cue, list) and norm.startswith(normalise(cue[0]))
               for op in generic.by_operative for cue in op.cues)


def has_operative_marker(lines: Sequence[str]) -> bool:
    """The lines hold 裁定如下/决定如下: what follows is the operative part."""
    return _after_operative_marker(lines) is not None


def read_after_operative_marker(lines: Sequence[str]) -> bool:
    """Something was read after 裁定如下/决定如下: a marker at the sheet's foot leaves the operative part to the
    next sheet, and the reasoning above it (本院认为，终结本次执行程序后，…) decides nothing."""
    return bool(_after_operative_marker(lines))


def is_operative_marker(line: str) -> bool:
    """裁定如下：/决定如下：, or its 下： alone where the line broke inside it (天津和平's 终本 ruling: …第五百一十七条的
    规定，裁定如 / 下：) and the line before was not read."""
    return "如下" in normalise(line) or _WRAPPED_MARKER.match(line) is not None


_WRAPPED_MARKER = re.compile(r"\s*下\s*[：:]")


def _after_operative_marker(lines: Sequence[str]) -> list[str] | None:
    marks = [i for i, line in enumerate(lines) if is_operative_marker(line)]
    if not marks:
        return None
    i = marks[-1]
    tail = lines[i].split("如下", 1)[1] if "如下" in lines[i] else _WRAPPED_MARKER.sub("", lines[i], count=1)
    return [t for t in [tail.lstrip("：: "), *lines[i + 1:]] if t.strip()]


_CASE_HEAD = re.compile(r"^(本院)?[（(〔\[【]?(19|20)\d\d[）)〕\]】]?[^，。；,;]{1,14}?号(案件|一案|案)?(的)?")
"""A case named first in an operative sentence (（2022）皖0202执735号案件恢复执行。): the sentence begins after it."""


@lru_cache(maxsize=4096)
def _sentence_start(line: str) -> str:
    """The line normalised from where its sentence begins (after a case named first): once a line, not once a cue."""
    return normalise(_CASE_HEAD.sub("", re.sub(r"\s+", "", line), count=1))


def _starts_with(cue: str | list[str], line: str, following: str = "") -> bool:
    """The line begins with the cue, or with a case's number and then the cue; the cue's other words may stand on
    the next line (“恢复……作出的（2023）……民事判” / “决书的执行。”)."""
    parts = [cue] if isinstance(cue, str) else cue
    norm = _sentence_start(line)
    head = normalise(parts[0])
    after = norm[len(head):len(head) + 1]
    if not norm.startswith(head) or (after and after in cues().subordinate_after):
        return False  # 恢复执行后，本院… tells the history: no operative sentence begins so
    return all(cue_found(part, Haystack(line + following)) for part in parts[1:])


def served_codes_of(text: str) -> list[str]:
    """The documents a 送达回证 names. A form title with its subject in brackets (执行裁定书（终结本次
    执行程序）, 决定书（纳入失信被执行人名单）) names the specific document."""
    codes = served_doc_types(text)
    compact = re.sub(r"\s+", "", text)
    specific: list[str] = []
    replaced: set[str] = set()
    for generic in cues().generic_titles:
        for title in sorted(generic.titles, key=len, reverse=True):
            plain = 0
            for m in _one_char_off(title).finditer(compact):
                qualifier = re.match(r"[（(]([^（(）)]{2,30})", compact[m.end():m.end() + 34])  # its ）may be lost
                code = _qualifier_code(generic, qualifier.group(1)) if qualifier else None
                if code is None:
                    plain += 1
                elif code not in specific:
                    specific.append(code)
            if specific and generic.default and not plain:
                replaced.add(generic.default)
            if plain or specific:
                break
    return [c for c in codes if c not in replaced or c in specific] + [c for c in specific if c not in codes]


def _qualifier_code(generic: GenericTitle, qualifier: str) -> str | None:
    """What the subject in a form title's brackets names: as the operative part would, or, for a subject
    of six characters or more, with one of them misread (执行裁定书（终错本次执行程序）)."""
    code = operative_code(generic, [qualifier])
    if code is not None:
        return code
    return next((op.code for op in generic.by_operative for cue in op.cues
                 if isinstance(cue, str) and len(cue) >= QUALIFIER_MISREAD and _one_char_off(cue).search(qualifier)),
                None)


QUALIFIER_MISREAD = 6
"""A bracketed subject this long read with one character wrong is still that subject; a shorter one (恢复执行)
may be another word."""


@cache
def _one_char_off(title: str) -> re.Pattern[str]:
    """A pattern for `title` as OCR may return it: exactly, or (from 4 characters) with one character
    misread (执行教定书)."""
    if len(title) < 4:
        return re.compile(re.escape(title))
    return re.compile("|".join(re.escape(title[:i]) + "[^（(）)]" + re.escape(title[i + 1:]) for i in range(len(title))))


def _by_operative(page: PageText, title: _Title, generic: GenericTitle, probs: list[tuple[str, float]],
                  where: tuple[int, int | None] | None) -> Verdict:
    """A form title (执行裁定书): the operative part decides; until it is read the page is not settled."""
    lines = [ln.text for ln in page.lines]
    code, sure = _operative(generic, lines)
    if code is not None:
        conf = title.score * 0.97
        # a measure named only in the reasoning (…冻结基本户存款…) while the lines after 裁定如下, or the marker
        # itself, were read in part: reading them whole may name what the ruling decides
        return Verdict(code, conf, readable=True, title=title.text, evidence="operative",
                       page_of=where, candidates=_merge([(code, conf)], probs), operative_wanted=not sure)
    allowed = [op.code for op in generic.by_operative]
    ranked = [(code, p) for code, p in probs if code in allowed]
    total = sum(p for _, p in ranked)
    ranked = [(code, p / total) for code, p in ranked] if total > 0 else []
    if generic.default is not None:
        conf = 0.6 * title.score
        return Verdict(generic.default, conf, readable=True, settled=page.complete, title=title.text,
                       evidence="title", page_of=where, candidates=_merge([(generic.default, conf)], ranked),
                       operative_wanted=True)
    # the model decides among the form's subjects only where it is sure of one on its own, and is as sure as
    # that: shares renormalised among them would make a sure 生效证明 of a 证明 the model knows nothing of (a
    # 嘎查's certificate of livestock). The candidates keep the shares among the subjects: which one it may be.
    own = dict(probs)[ranked[0][0]] if ranked else 0.0
    if own >= MODEL_SURE:
        code = ranked[0][0]
        return Verdict(code, own * 0.8 * title.score, readable=True, settled=page.complete, title=title.text,
                       evidence="model", page_of=where, candidates=_merge([], ranked), operative_wanted=True)
    if generic.fallback is not None:
        conf = 0.6 * title.score
        return Verdict(generic.fallback, conf, readable=True, settled=page.complete, title=title.text,
                       evidence="title", page_of=where, candidates=_merge([(generic.fallback, conf)], ranked),
                       operative_wanted=True)
    return Verdict("unknown", 0.3, readable=True, settled=page.complete, title=title.text, evidence="title",
                   page_of=where, candidates=_merge([], ranked), operative_wanted=True)


def _e_service_print(hay: Haystack, *, over_title: bool = False) -> bool:
    """The postal service's tracking print or the e-service platform's record (cues.yaml attachments);
    `over_title`: as sure as it must be to overrule a line that reads as a title."""
    attached = cues().continuation.attachments
    if attached is None:
        return False
    least = cues().continuation.attachment_over_title if over_title else attached.min
    return sum(1 for w in attached.cues if phrase_in(w, hay)) >= least


def _attachment(page: PageText, where: tuple[int, int | None] | None, probs: list[tuple[str, float]]) -> Verdict:
    """A print filed behind a 送达回证, with what it served read too: standing alone it is the proof of that
    service (pipeline.standing_service_proofs), behind a receipt naming the same it is that one's page."""
    served = served_codes_of(page.text)
    return Verdict("continuation", 0.8, readable=True, settled=bool(served) or page.complete,
                   evidence="attachment", page_of=where, served=served,
                   candidates=_merge([("continuation", 0.8)], probs))


def _named_on_top(lines: Sequence[TextLine], code: str) -> bool:
    """One of the page's first lines names the document its labels point to, in words set at body size
    (a system printout: 全国法院网络执行查控系统存款查询反馈结果 over its columns): its full-width rows are then
    that document's, not running text. Only a line about as long as a title can name one, and no sentence does
    (请强制执行。, an application's last words over its 此致, is no 强制执行申请书)."""
    for line in [ln for ln in lines if not viewer_bar(ln, lines)][:TITLE_SEARCH]:
        if line.legible and line.alone and not _CLAUSE_END.search(line.text):
            found = match_title(line.text, tall=True)
            if found is not None and found.code == code:
                return True
    return False


TITLE_SEARCH = 3
"""How many of a page's first lines may name it when none is set as a title."""


CONTRACT = 0.75
"""Confidence in a contract's page (借款合同) as the page of the document before it (the deed that attests it)."""
LEAFLET = 0.8
"""A leaflet's title (当事人权利义务告知书, 填写说明) over a page that nothing else names: the page of the paper before."""
EXHIBIT = 0.85
"""Confidence in a page labelled as an exhibit (证据二：…): a party's own label, read legibly."""
MACHINE_READABLE = 0.9
"""Confidence in a copy of a passport or ID card known by a line of its machine-readable zone (P<MNG…)."""


IDENTITY_NUMBER = 0.75
"""Confidence in an untitled page as an ID card's copy known by its number alone on a line (cues.yaml
identity_numbers)."""


def _identity_number(text: str) -> bool:
    """The line is nothing but a valid resident identity number (check digit right)."""
    compact = re.sub(r"\s+", "", text)
    return len(compact) == 18 and check_id_number(compact) is None


def _contract_page(page: PageText) -> bool:
    """A contract's first sheet: its title set as one (借款合同) among the first lines, under a lender's letterhead and
    its 合同编号 at most (綦江's notarial booklet, court_ht_01: the lender's name and the contract's number above)."""
    first = [ln for ln in page.lines if ln.text.strip()][:TITLE_SEARCH]
    return any(ln.top <= HEAD and ln.title_like and ln.legible and contract_title(ln.text) for ln in first)


def _untitled(page: PageText, hay: Haystack, probs: list[tuple[str, float]],
              where: tuple[int, int | None] | None, *, closing: bool = False) -> Verdict:
    """No title: a later page (footer, running text), a form known by its labels, or the model's reading."""
    hits = form_hits(hay)
    forms = cues().form_cues
    # forms with as many cues found: the one the model reads the page as more likely first, not the one whose code
    # sorts later (a lawyer's application naming his firm: 申请执行人, 执行请求, 此致 against 委托代理人, 律师事务所, 律师)
    likely = dict(probs)
    fitting = sorted(((n, likely.get(code, 0.0), code) for code, n in hits.items() if n >= forms[code].min),
                     reverse=True)
    # a footer that says 第1页/共1页 (or 1 of any total) says the page opens its paper: its prose runs on from nothing
    opens = where is not None and where[0] == 1 and bool(where[1])
    running = not opens and _running_text(page.lines, scanned=not page.from_text_layer)
    model_top = probs[0] if probs else None
    if where is not None and where[0] >= 2 and not _volume_number(page, where):
        return Verdict("continuation", 0.95, readable=True, evidence="footer", page_of=where,
                       candidates=_merge([("continuation", 0.95)], probs))
    first = next((ln for ln in page.lines if ln.text.strip()), None)
    if first is not None and first.top <= HEAD and first.legible and exhibit_label(first.text):
        return Verdict("evidence", EXHIBIT, readable=True, evidence="exhibit_label", page_of=where,
                       candidates=_merge([("evidence", EXHIBIT)], probs))
    travel = next((code for ln in page.lines if ln.confidence >= READABLE and (code := machine_readable(ln.text))), None)
    if travel is not None:  # a passport's machine-readable zone: its copy, whatever script its labels are in
        return Verdict(travel, MACHINE_READABLE, readable=True, evidence="machine_readable", page_of=where,
                       candidates=_merge([(travel, MACHINE_READABLE)], probs))
    if _contract_page(page):
        return Verdict("continuation", CONTRACT, readable=True, evidence="contract", page_of=where,
                       candidates=_merge([("continuation", CONTRACT)], probs))
    if first is not None and first.top <= HEAD and first.title_like and first.legible and leaflet_title(first.text):
        return Verdict("continuation", LEAFLET, readable=True, evidence="leaflet", page_of=where,
                       candidates=_merge([("continuation", LEAFLET)], probs))
    # a sheet holding only a sign-off (申请执行人： over its date): the labels are its signers', not a form's fields;
    # the signers' names printed under their labels (丽水处州鲜鑫品贸易有限公司 under 乙方：) are part of it
    # — under the last words of the text's last sentence, if they ran on to the sheet (上诉状，上诉于湖北省孝感市中级人民
    # 法院。 over a judgment's 审判员 and 书记员: 孝感孝南 court_fl_03, whose 上诉 and 审判员 are a judgment's form cues)
    legible = [ln for ln in page.lines if ln.legible and not viewer_bar(ln, page.lines)]
    signers = legible[1:] if legible and _compact(legible[0].text).endswith(("。", "；")) else legible
    # — and the court it is addressed to under its 此致 (浙江省金华市婺城区人民法院 over 申请执行人：, an application's last
    # sheet in a phone's file viewer: 金华婺城 court_gb_01)
    addressed = any(_SALUTATION.match(_compact(ln.text)) for ln in page.lines)
    signed_off = any(closing_line(ln.text) for ln in signers) and all(
        closing_line(ln.text) or party_signature(ln.text) or _issuer_name(ln.text)
        or (addressed and _court_name(ln.text)) for ln in signers)
    if fitting and not signed_off:
        n, _, code = fitting[0]
        runner = fitting[1][0] if len(fitting) > 1 else 0
        if not running or (forms[code].untitled and n >= forms[code].min + 2) or _named_on_top(page.lines, code):
            conf = min(0.9, 0.55 + 0.1 * (n - forms[code].min) + 0.1 * (n - runner))
            if model_top is not None and model_top[0] == code:
                conf = min(0.95, conf + 0.2 * model_top[1])
            if code == "service_receipt":
                return _receipt(page, page.text, conf, None, where, probs)
            return Verdict(code, conf, readable=True, evidence="form", page_of=where,
                           candidates=_merge([(code, conf)], probs))
    # a card's number alone on a line, no form's labels read round it: the card's copy
    card = cues().identity_numbers
    if card is not None and not running and any(ln.confidence >= READABLE and _identity_number(ln.text)
                                                for ln in page.lines):
        return Verdict(card, IDENTITY_NUMBER, readable=True, evidence="identity_number", page_of=where,
                       candidates=_merge([(card, IDENTITY_NUMBER)], probs))
    if lists_documents(page.lines):
        return Verdict("continuation", 0.7, readable=True, evidence="document_list", page_of=where,
                       candidates=_merge([("continuation", 0.7), ("catalogue", 0.2)], probs))
    if running:
        return Verdict("continuation", 0.8, readable=True, evidence="running_text", page_of=where,
                       candidates=_merge([("continuation", 0.8)], probs))
    if closing and not opens and not _opens_letter(page.lines, scanned=not page.from_text_layer):
        return Verdict("continuation", 0.7, readable=True, evidence="closing", page_of=where,
                       candidates=_merge([("continuation", 0.7)], probs))
    if certifies(hay):  # an Apostille on the 委任状 before it: that document's page
        return _certificate(where, probs)
    if model_top is not None and model_top[1] >= MODEL_SURE:
        code, p = model_top
        return Verdict(code, p * 0.85, readable=True, settled=page.complete, evidence="model",
                       page_of=where, candidates=_merge([], probs))
    return Verdict("unknown", 0.2, readable=True, settled=page.complete, evidence="none", page_of=where,
                   candidates=_merge([], probs))
