"""Typed access to `dossier/vocab/cues.yaml`: what decides a page's type besides its title.

The words are data (written from DOMAIN.md and the SPC's document forms); this module only loads them,
validates them at load (an error names the file) and matches them tolerantly against OCR text.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from rapidfuzz import fuzz

from dossier.doctypes import doctypes
from dossier.errors import ChecklistDataError
from dossier.ocr.titles import normalise
from dossier.vocab import load_vocab

Cue = str | list[str]
"""One phrase, or phrases that must all be found."""

_FILE = "dossier/vocab/cues.yaml"


class Operative(BaseModel):
    code: str
    cues: list[Cue]


class GenericTitle(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt key (decides_nothng) is refused, not ignored

    titles: list[str]
    default: str | None = None
    by_operative: list[Operative] = Field(default_factory=list)
    fallback: str | None = None
    """Taken when neither a cue nor the model places the page among the form's subjects (`default` is taken
    before the model is asked)."""
    only_with_operative: bool = False
    """A title only on a page whose words name one of its subjects: a bare 公告 over a pasted newspaper column is
    the listing's when it says 纳入失信被执行人名单, and no title at all under a sheet's own (公告送达报样粘贴单)."""
    operative_first: bool = False
    """Its operative words decide before a certificate's (cues.yaml certificates): a 公证书 that gives a contract
    force of enforcement also names that contract as the paper before it."""
    decides_nothing: list[str] = Field(default_factory=list)
    """Stock phrases of the form's reasoning that hold a cue's words and decide nothing: an objection ruling's
    本院…进行审查，现已审查终结 ends the review, not the enforcement (惠州惠城's 执异 ruling, whose 驳回 stands on its
    second page)."""


def _compiling(patterns: list[str]) -> list[str]:
    """The patterns, each compiled once here so that a bad one is named when the data loads (re.error)."""
    for pattern in patterns:
        re.compile(pattern)
    return patterns


class FormCues(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt key (unless_wth) is refused, not ignored

    min: int = 2
    untitled: bool = False
    cues: list[str]
    never_with: list[str] = Field(default_factory=list)
    """Words this form never holds: a page holding one is not it, whatever labels it shares (a bank's 回单 names
    a 付款人, an account confirmation never does)."""
    unless_with: list[str] = Field(default_factory=list)
    """Words that say a page holding a never_with word is this form after all (a card's 签购单 pasted beside the
    court's 执行案款收款凭条: the case's money paid in, not a fee)."""


class AskedRecords(BaseModel):
    """Records named by their form (询问笔录) whose purpose the person asked says: the role written beside the label
    that names that person (被询问人：… 被执行人) picks the code, tried in order."""

    titles: list[str] = Field(default_factory=list)
    labels: list[str] = Field(default_factory=list)
    roles: dict[str, list[str]] = Field(default_factory=dict)


class Continuation(BaseModel):
    footers: list[str]
    footer_only: list[str] = Field(default_factory=list)
    bottom_only: list[str] = Field(default_factory=list)
    """Patterns that place a page in the footer or the bottom lines only, never at the top (a bare 第n页)."""
    volume_labels: list[str] = Field(default_factory=list)
    platform_prints: list[str] = Field(default_factory=list)
    """Patterns of a court platform's print line over the papers it generates (…电子诉讼平台 文书编号：… 生成时间：…)."""
    stamp_labels: list[str] = Field(default_factory=list)
    """An archive's page stamp in a corner (档案号 … / 页号 …): its lines do not count among the page's first lines."""
    closing_words: list[str] = Field(default_factory=list)
    closing_lines: list[str] = Field(default_factory=list)
    """A line that signs a document off (its date, a signer's label): patterns matched on the line."""
    signers: list[str] = Field(default_factory=list)
    """Court officers who sign a document off under its last paragraph (审判员, 书记员 …)."""
    party_signatures: list[str] = Field(default_factory=list)
    """The parties' signature lines of an agreement (甲方：何磊): a sheet holding only those and a date is its last
    sheet; at the top of an agreement's first sheet the same lines name its parties, so they are no closing line."""
    attachments: FormCues | None = None
    """Papers filed behind the document they back up (a postal tracking print behind its 送达回证)."""
    attachment_over_title: int = 4
    """Distinct attachment words that make a page such a print even where a line of it reads as a
    document's title (its 文书名称 cell: 执行裁定书（终本）)."""
    later_items: list[str] = Field(default_factory=list)
    """Patterns of a numbered heading after a text's first (三、, （二）): an untitled page opening with one continues it."""
    certificates: list[str] = Field(default_factory=list)
    """Words of another authority's certificate filed behind the document it certifies (APOSTILLE)."""

    @field_validator("footers", "footer_only", "bottom_only", "platform_prints", "closing_lines", "later_items",
                     "party_signatures")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        return _compiling(patterns)


class CardCopies(BaseModel):
    """A bank card's copy on a sheet of its own (cues.yaml card_copies)."""

    model_config = ConfigDict(extra="forbid")

    behind: list[str]
    """Codes of the papers a card's copy is filed behind as their attachment (收款账户确认书: 附：银行卡复印件)."""
    words: list[str]
    """What a card prints besides its number (借记卡, 银联, DEBIT): one of them must be read."""
    number: str
    """Pattern of the card's number as embossed, in groups of four or not (spaces kept)."""

    @field_validator("number")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        return _compiling([pattern])[0]


class Cues(BaseModel):
    version: int
    not_titles: list[str] = Field(default_factory=list)
    list_titles: list[str] = Field(default_factory=list)
    header_titles: list[str] = Field(default_factory=list)
    """Codes whose title may head other forms of the volume (某某人民法院执行卷宗 over 卷内目录)."""
    citing_words: list[str] = Field(default_factory=list)
    """Words that cite a document by its title (依报告财产令, 根据执行通知书): the line mentions it, it is not its title."""
    note_lines: list[str] = Field(default_factory=list)
    """Patterns of a note written or stuck on a page that names another paper (见生效证明, 与和解协议一致, 缺送达地址确认书？):
    never the page's title."""
    letterhead_labels: list[str] = Field(default_factory=list)
    """Labels of a letterhead's contact line (地址, 电话): a wide line over the title that is not running text."""
    issuer_suffixes: list[str] = Field(default_factory=list)
    """How a body's name ends (…有限公司, …九连): a line of such a name alone over the title is its letterhead."""
    numbered_rows: list[str] = Field(default_factory=list)
    """Documents whose rows end in page numbers: a bare number at their foot is a row's, not theirs."""
    court_departments: list[str] = Field(default_factory=list)
    """A court's divisions, named after the court on a record's head line (某某人民法院执行局)."""
    court_imprints: list[str] = Field(default_factory=list)
    """What a court prints after its name on the blank forms it hands out (…人民法院（诉讼服务中心印制）)."""
    provinces: list[str] = Field(default_factory=list)
    """The provinces, regions and municipalities a mainland court's name begins with (江西省, 广西壮族自治区)."""
    generic_titles: list[GenericTitle]
    form_cues: dict[str, FormCues]
    continuation: Continuation
    blank_marks: list[str] = Field(default_factory=list)
    blank_notes: list[str] = Field(default_factory=list)
    """Words that may stand alone on an otherwise blank sheet (复印件 stamped on every sheet, 此页无正文)."""
    translation_marks: list[str] = Field(default_factory=list)
    """Words that mark a title as a translation's (授权委托书（译文）): filed behind its original, its page."""
    notice_replies: dict[str, list[str]] = Field(default_factory=dict)
    """Vocabulary titles of a notice form's reply part, by the notice: right behind it, its page."""
    notice_slips: dict[str, list[str]] = Field(default_factory=dict)
    """Vocabulary titles of a notice's return slip sent back on a sheet of its own, by the notice: right behind it,
    filed as a notice of its own."""
    card_copies: CardCopies | None = None
    """A bank card's copy on a sheet of its own, filed behind the form naming its account: that form's page."""
    identity_numbers: str | None = None
    """The code of a copy known by a line that is nothing but a valid 18-digit 公民身份号码: a resident ID card's."""
    machine_readable: dict[str, list[str]] = Field(default_factory=dict)
    """Patterns of a line of a travel document's or ID card's machine-readable zone (ICAO 9303), by the code such a
    copy is: P<MNG…, E9945337<0MNG710818… read whatever the script of the labels above them."""
    repeated_heads: list[str] = Field(default_factory=list)
    """Types printed with their header repeated on every page (网络查控结果): a page heading as the one before does
    is its next page."""
    served_labels: list[str] = Field(default_factory=list)
    served_short_names: dict[str, list[str]] = Field(default_factory=dict)
    """The label of a receipt's cell that names the documents served (送达文书)."""
    subordinate_after: list[str] = Field(default_factory=list)
    """Characters that, right after a measure (恢复执行后), make it a clause of the reasoning."""
    whole_titles: list[str] = Field(default_factory=list)
    """Vocabulary titles a line holds only whole: words put inside them name another paper (执行款发放通知书)."""
    exhibit_labels: list[str] = Field(default_factory=list)
    """Patterns of the label over a paper of an evidence bundle (证据二：…): such a first line makes an untitled
    page that exhibit."""
    exhibit_lists: list[str] = Field(default_factory=list)
    """Patterns of the title of a list of exhibits (证据清单): the pages behind it that it names are its exhibits."""
    exhibit_list_common: list[str] = Field(default_factory=list)
    """Words left out when a page's name is matched to a list's rows: they name no exhibit of their own."""
    receipt_stamp_lines: list[str] = Field(default_factory=list)
    """Patterns of a received stamp's lines (…收文, 收到日期, 经办人): on every paper that comes in, naming none."""
    contract_titles: list[str] = Field(default_factory=list)
    """Patterns of a contract's title (借款合同): such a page is the instrument behind a document, not a settlement."""
    leaflet_titles: list[str] = Field(default_factory=list)
    """Patterns of a printed leaflet's title (当事人权利义务告知书, 填写说明): such a page belongs to the paper it came with."""
    subject_titles: dict[str, list[str]] = Field(default_factory=dict)
    """Patterns of an official letter's title that names its subject (关于协助查询…情况的复函), by the code such a
    letter is: its title is no fixed phrase to look up, its subject and its kind (复函) say what it is."""
    record_types: list[str] = Field(default_factory=list)
    """Records whose heading may stand on every sheet of 笔录纸 (pipeline.record_sheets_going_on)."""
    record_opens: list[str] = Field(default_factory=list)
    """The fields a record's first sheet opens with under its heading (时间, 地点, 被谈话人)."""
    asked_records: AskedRecords = Field(default_factory=AskedRecords)
    self_names: dict[str, list[str]] = Field(default_factory=dict)
    """How a document's own text names itself (本协议, 本判决), by the word its title ends in (协议书, 判决书): an untitled
    page so naming the titled document before it is that document's page (pipeline.pages_naming_the_paper_before)."""
    single_forms: list[str] = Field(default_factory=list)
    """Forms a volume holds one of: an untitled page of the same form right behind it is its next page
    (pipeline.untitled_pages_of_the_form_before)."""
    copy_marks: list[str] = Field(default_factory=list)
    carrier_marks: list[str] = Field(default_factory=list)
    """Words after a title that say the page is a copy of that paper (营业执照复印件): a copy is the paper it copies."""
    copy_owners: list[str] = Field(default_factory=list)
    """Words before a title that say whose paper it is (法定代表人护照复印件, 申请人身份证复印件): they qualify it."""
    head_noun_kin: list[list[str]] = Field(default_factory=list)
    """Head nouns that name the same kind of paper (表, 单): one stands for the other in a title."""
    head_nouns: list[str] = Field(default_factory=list)
    """The nouns a document's name ends in: a title followed on its line by words ending in one names
    what another document is about (执行卷宗质量评查表 is a 表, 协助执行通知书回执 the reply)."""

    @field_validator("exhibit_labels", "exhibit_lists", "contract_titles", "leaflet_titles", "note_lines", "blank_notes")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        return _compiling(patterns)

    @field_validator("subject_titles", "machine_readable")
    @classmethod
    def _each_compiles(cls, patterns: dict[str, list[str]]) -> dict[str, list[str]]:
        return {code: _compiling(each) for code, each in patterns.items()}


def form_subjects() -> dict[str, frozenset[str]]:
    """For each type a form title names when its operative part is not read (enforcement_ruling for 执行裁定书), the
    types a document of that form may be: a 送达回证 that names only the form may have served any of them."""
    return {g.default: frozenset(op.code for op in g.by_operative) for g in cues().generic_titles if g.default}


def contract_title(text: str) -> bool:
    """The line is a contract's title (cues.yaml contract_titles)."""
    return any(re.match(pattern, text.strip()) for pattern in cues().contract_titles)


def note_line(text: str) -> bool:
    """The line is a note that names another paper (cues.yaml note_lines), however spaced."""
    compact = re.sub(r"\s+", "", text)
    return any(re.search(pattern, compact) for pattern in cues().note_lines)


def leaflet_title(text: str) -> bool:
    """The line is a printed leaflet's title, however letter-spaced (cues.yaml leaflet_titles)."""
    compact = re.sub(r"\s+", "", text)
    return any(re.match(pattern, compact) for pattern in cues().leaflet_titles)


def machine_readable(text: str) -> str | None:
    """The code of a copy whose line is of a machine-readable zone (cues.yaml machine_readable), or None."""
    compact = re.sub(r"\s+", "", text).upper()
    return next((code for code, patterns in cues().machine_readable.items()
                 if any(re.search(pattern, compact) for pattern in patterns)), None)


def subject_title(text: str) -> str | None:
    """The code of an official letter titled by its subject (cues.yaml subject_titles), or None."""
    compact = re.sub(r"\s+", "", text)
    return next((code for code, patterns in cues().subject_titles.items()
                 if any(re.match(pattern, compact) for pattern in patterns)), None)


def opens_record(text: str) -> bool:
    """The line is a field a record opens with (cues.yaml record_opens): 时间：…, 被谈话人：…"""
    compact = re.sub(r"\s+", "", text)
    return compact.startswith(tuple(cues().record_opens))


def receipt_stamp(text: str) -> bool:
    """The line is one of a received stamp's (cues.yaml receipt_stamp_lines): …执行局收文, 收到日期 2024.03.03."""
    return any(re.search(pattern, text) for pattern in cues().receipt_stamp_lines)


def later_item(text: str) -> bool:
    """The line opens with a numbered heading after a text's first (cues.yaml continuation.later_items)."""
    return any(re.match(pattern, text) for pattern in cues().continuation.later_items)


def exhibit_label(text: str) -> bool:
    """The line labels an exhibit of an evidence bundle (cues.yaml exhibit_labels)."""
    return any(re.match(pattern, text) for pattern in cues().exhibit_labels)


def exhibit_list(title: str) -> bool:
    """The title is a list of exhibits (cues.yaml exhibit_lists), however letter-spaced."""
    compact = re.sub(r"\s+", "", title)
    return bool(compact) and any(re.match(pattern, compact) for pattern in cues().exhibit_lists)


def blank_mark(text: str) -> bool:
    """The line is only a mark on a blank sheet: a page number, a filing code without words (A-17, T-),
    or one of the blank_marks of cues.yaml."""
    compact = re.sub(r"\s+", "", text)
    if not compact:
        return True
    if len(compact) <= 6 and not re.search(r"[\u4e00-\u9fff]", compact):
        return True
    return any(compact == re.sub(r"\s+", "", word) for word in cues().blank_marks) or any(
        re.match(pattern, compact) for pattern in cues().blank_notes)


@cache
def cues() -> Cues:
    """The cue data, validated: every code must be a document type of the vocabulary."""
    try:
        data = Cues.model_validate(load_vocab("cues"))
    except (ValidationError, re.error) as exc:
        raise ChecklistDataError(f"识别线索词表不合法：{exc}", file=_FILE) from exc
    known = set(doctypes())
    codes = {op.code for g in data.generic_titles for op in g.by_operative}
    codes |= {c for g in data.generic_titles for c in (g.default, g.fallback) if c}
    codes |= set(data.form_cues) | set(data.list_titles)
    codes |= set(data.subject_titles) | set(data.repeated_heads) | set(data.notice_replies) | set(data.notice_slips)
    codes |= set(data.record_types) | set(data.single_forms) | set(data.asked_records.roles)
    codes |= set(data.machine_readable)
    codes |= set(data.card_copies.behind) if data.card_copies else set()
    codes |= {data.identity_numbers} if data.identity_numbers else set()
    unknown = sorted(codes - known)
    if unknown:
        raise ChecklistDataError(f"识别线索词表引用了未知的文书类型：{'、'.join(unknown)}", file=_FILE)
    return data


class Haystack:
    """OCR text prepared once for many cue look-ups: compact (no spaces, full-width colon) and
    normalised (meaningful characters only, OCR confusions undone)."""

    def __init__(self, text: str) -> None:
        self.compact = re.sub(r"\s+", "", text).replace(":", "：")
        self.norm = normalise(text)


@cache
def _norm(phrase: str) -> str:
    return normalise(phrase)


def phrase_in(phrase: str, hay: Haystack) -> bool:
    """A phrase found in the text: exactly, or (for 4+ characters) with about one character wrong.
    A phrase that is mostly punctuation (问：) is looked up in the compact text as written."""
    p = _norm(phrase)
    if len(p) < 2:
        return phrase.replace(":", "：") in hay.compact
    if p in hay.norm:
        return True
    return len(p) >= 4 and fuzz.partial_ratio(p, hay.norm, score_cutoff=80) > 0


def cue_found(cue: Cue, hay: Haystack) -> bool:
    parts = [cue] if isinstance(cue, str) else cue
    return all(phrase_in(part, hay) for part in parts)


def _only_inside(word: Cue, openings: dict[str, tuple[str, ...]], hay: Haystack) -> bool:
    """The cue stands in the text only as the opening of a longer cue of the same form: 律师 in a firm's name
    律师事务所 (执业机构：河南豫南茶都律师事务所 on a lawyer's licence) is one cue of a firm's letter, not two. A label
    that ends another (送达人 in 受送达人) still counts: a receipt's labels share their tails, and a 公告 pasted on a
    sheet that names only its 受送达人 is known so (合肥蜀山's 公告送达报样粘贴单)."""
    if not isinstance(word, str):
        return False
    p = _norm(word)
    longer = openings.get(p, ())
    return bool(longer) and hay.norm.count(p) <= sum(hay.norm.count(w) for w in longer)


@cache
def _openings(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """For each cue of a form (normalised), its form's longer cues that open with it; built once per vocabulary."""
    norms = [_norm(w) for w in words]
    return {p: tuple(w for w in norms if len(w) > len(p) and w.startswith(p)) for p in norms}


def form_hits(hay: Haystack) -> dict[str, int]:
    """For each form type, how many of its distinct cue words the text holds."""
    out: dict[str, int] = {}
    for code, form in cues().form_cues.items():
        if any(phrase_in(word, hay) for word in form.never_with) and not any(phrase_in(w, hay) for w in form.unless_with):
            continue
        openings = _openings(tuple(w for w in form.cues if isinstance(w, str)))
        found = [word for word in form.cues if phrase_in(word, hay) and not _only_inside(word, openings, hay)]
        hits = len(found) - _fuzzy_twins([w for w in found if isinstance(w, str)], hay)
        if hits:
            out[code] = hits
    return out


def labels_apart(hay: Haystack, code: str) -> int:
    """How many of a form's cue words the text holds, a word whose every occurrence stands inside a longer cue found
    (送达人 in 受送达人) not counted: what form_hits counts, without a label's tail counting as a second label. A word
    found only nearly (one character misread) stands apart."""
    found = [_norm(w) for w in cues().form_cues[code].cues if isinstance(w, str) and phrase_in(w, hay)]
    return sum(1 for w in found if not 0 < hay.norm.count(w) <= sum(
        hay.norm.count(longer) for longer in found if len(longer) > len(w) and w in longer))


def _fuzzy_twins(words: list[str], hay: Haystack) -> int:
    """Cues found only nearly, where another cue of the form was found: one fragment is one cue. A line cut at
    送达地 (…联系方式、送达地 on a 受理案件通知书, 乐山市中) is near both 送达地址 and 送达地点 — not two labels of a receipt."""
    spans: list[tuple[int, int]] = []
    exact = [w for w in words if _norm(w) in hay.norm]
    for w in exact:
        p = _norm(w)
        spans += [(m.start(), m.start() + len(p)) for m in re.finditer(re.escape(p), hay.norm)]
    twins = 0
    for w in words:
        if w in exact or len(_norm(w)) < 4:
            continue
        where = fuzz.partial_ratio_alignment(_norm(w), hay.norm, score_cutoff=80)
        if where is None:
            continue
        span = (where.dest_start, where.dest_end)
        if any(span[0] < end and start < span[1] for start, end in spans):
            twins += 1
        else:
            spans.append(span)
    return twins


@cache
def footer_patterns(*, in_footer: bool, at_top: bool = False) -> list[re.Pattern[str]]:
    data = cues().continuation
    return [re.compile(p) for p in [*data.footers, *([] if at_top else data.bottom_only),
                                    *(data.footer_only if in_footer else [])]]


SPECKS = ".。,，、·'‘’`"
"""Marks a speck of dust or toner beside a short line reads as."""


def page_of(text: str, *, in_footer: bool = True, at_top: bool = False) -> tuple[int, int | None] | None:
    """n (and m when printed) of a footer or header such as 第2页共3页, - 2 -, 2/3 (a bare 2 only when
    it stands in the footer, a bare 第2页 not at the top of the sheet). A speck read as a stop or a comma
    before or after it is no part of it (2/2. under 重庆渝中's 查控 printout)."""
    line = re.sub(r"\s+", "", text).strip(SPECKS)
    for pattern in footer_patterns(in_footer=in_footer, at_top=at_top):
        m = pattern.search(line)
        if m is None:
            continue
        n = int(m["n"])
        total = int(m["m"]) if "m" in m.groupdict() and m["m"] else None
        if n < 1 or (total is not None and (total < n or total > 500)):
            continue
        return n, total
    return None


def bare_number(text: str) -> bool:
    """The line is a number and nothing else (23): a paper's own page number, or the one an archivist wrote on every
    sheet of the volume."""
    return re.fullmatch(r"\d{1,3}", re.sub(r"\s+", "", text).strip(SPECKS)) is not None


def page_number_only(text: str) -> bool:
    """The line is a page number alone, bare or worded (12, 第2页, （3）): no part of the text."""
    return re.fullmatch(r"[（(]?第?\d+[页頁]?[）)]?", re.sub(r"\s+", "", text)) is not None


def stamp_number(text: str) -> bool:
    """The line is an archive stamp's number row alone (0023, 2024-执-12071 read without its characters)."""
    return re.fullmatch(r"[\d\-－]{1,12}", re.sub(r"\s+", "", text)) is not None


def signer_line(text: str) -> bool:
    """A court officer's signature line: the office and a name after it (书记员 王某某; cues.yaml signers)."""
    compact = re.sub(r"[\s　：:]", "", text)
    return any(compact.startswith(word) and len(re.findall(r"[\u4e00-\u9fff]", compact[len(word):])) >= 2
               for word in cues().continuation.signers)


def party_signature(text: str) -> bool:
    """An agreement's party signs it: 甲方：何磊, 乙方（盖章）： (cues.yaml party_signatures)."""
    return any(re.search(pattern, text) for pattern in cues().continuation.party_signatures)


def closing_line(text: str) -> bool:
    """The line signs a document off: a date on its own, 此致, 申请人：… (cues.yaml closing_lines)."""
    return any(re.search(pattern, text) for pattern in cues().continuation.closing_lines)


def certifies(hay: Haystack) -> bool:
    """Another authority's certificate of the document before it (cues.yaml certificates): Latin words
    are looked up in the compact text whatever their case, Chinese ones as any phrase."""
    latin = hay.compact.casefold()
    return any(re.sub(r"\s+", "", word).casefold() in latin if word.isascii() else phrase_in(word, hay)
               for word in cues().continuation.certificates)


def signs_off(hay: Haystack) -> bool:
    """Words that end a document (特此通知, 书记员, 院印 …)."""
    return any(phrase_in(word, hay) for word in cues().continuation.closing_words)
