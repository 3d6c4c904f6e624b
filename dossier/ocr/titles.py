"""Tolerant matching of document titles read by OCR against the vocabulary (dossier/vocab/doctypes.yaml).

Titles are printed letter-spaced (“执 行 通 知 书”), OCR confuses look-alike characters (执/热, 裁/栽,
书/韦, 令/今) and seals cover strokes: we normalise both sides, then compare by edit distance. A 送达回证
names the documents it proves were served; those are read separately (`served_doc_types`) so that a
receipt naming 执行通知书 is never taken for the notice itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Hamming

from dossier.doctypes import doctypes

# OCR misreadings seen on court documents → the character meant. Applied to OCR text and titles alike.
CONFUSIONS: dict[str, str] = {
    "热": "执", "丸": "执", "扶": "执",
    "栽": "裁", "载": "裁", "哉": "裁",
    "韦": "书", "节": "书", "爷": "书",
    "今": "令", "会": "令",
    "讧": "证", "怔": "证", "正": "证",
    "迭": "送", "逆": "送",
    "夬": "决", "快": "决",
    "衰": "表", "袁": "表", "泰": "表",
    "亍": "行", "彳": "行",
    "淡": "谈", "活": "话", "适": "话",
    "洁": "结", "培": "结",
    "贝": "财", "材": "财",
    "栗": "票",
    "遗": "通", "涌": "通",
    "册": "书", "帛": "书",
    "投": "授", "姿": "委",  # 授权委托书 read 投权姿托书 from a 1-bit archive page, its strokes thickened (新乡红旗 court_iq_03)
}

_NOISE = re.compile(r"[\s\W_A-Za-z0-9]+", re.UNICODE)
_COURT_PREFIX = re.compile(r"^.{0,20}?(人民法院|法院)")
MIN_SCORE = 0.72
MIN_SCORE_TALL = 0.66
"""A large line (set as a title) may match more loosely, if no other document type comes close."""
MARGIN = 0.06


@dataclass(frozen=True)
class TitleMatch:
    """A title found in a line: the document type, the vocabulary title and how sure we are (0–1)."""

    code: str
    title: str
    score: float
    tied: tuple[str, ...] = ()
    """Other types whose titles the line is exactly as near (行裁定书: 执行裁定书 and 行政裁定书 each one character
    off): the line alone does not tell them apart."""


_FIELD_LABEL = re.compile(r"^([^：:，。,]{1,8})[：:]")


def field_label(text: str) -> str | None:
    """The label a line opens with as a form's field does (身份证号：…, 填发人：…, 注：…), spaces left out; else None."""
    m = _FIELD_LABEL.match(re.sub(r"\s", "", text))
    return m.group(1) if m else None


def normalise(text: str) -> str:
    """Characters that carry meaning only: no spaces, punctuation, Latin or digits; confusions undone;
    Traditional characters as Simplified (a Macau firm's 申請執行書 is an 申请执行书)."""
    cleaned = _NOISE.sub("", simplified(text))
    return "".join(CONFUSIONS.get(ch, ch) for ch in cleaned)


@cache
def _to_simplified() -> Callable[[str], str]:
    import opencc

    convert: Callable[[str], str] = opencc.OpenCC("t2s").convert
    return convert


def simplified(text: str) -> str:
    """The text in Simplified characters (OpenCC's phrase tables; Simplified text is left as it is).
    Papers from Hong Kong, Macau and Taiwan are written in Traditional characters, the vocabularies in
    Simplified; a line without a character outside ASCII is not converted (most of a page's noise)."""
    return text if text.isascii() else _to_simplified()(text)


def strip_court(norm: str) -> str:
    """A title line that starts with the court name (“某某人民法院执行通知书”) without it."""
    stripped = _COURT_PREFIX.sub("", norm, count=1)
    return stripped or norm


@cache
def _title_index() -> tuple[list[str], list[tuple[str, str]]]:
    """Normalised titles (for rapidfuzz) and, at the same index, (code, original title)."""
    norms: list[str] = []
    owners: list[tuple[str, str]] = []
    for code, dt in doctypes().items():
        for title in dt.titles:
            norms.append(normalise(title))
            owners.append((code, title))
    return norms, owners


@cache
def _foreign_index() -> list[tuple[str, str, str]]:
    """(letters of the title, code, title) of every title in Latin letters."""
    return [(_letters(title), code, title) for code, dt in doctypes().items() for title in dt.foreign_titles]


def _letters(text: str) -> str:
    return re.sub(r"[^A-Z]", "", text.upper())


FOREIGN_TITLE = 0.9
"""A line of Latin letters is a foreign title when, letters only, it is this close to the whole title."""


def _foreign_title(text: str) -> TitleMatch | None:
    """A paper made abroad titled in Latin letters, the whole line its title (a sentence naming a power of
    attorney is longer than the title, and no match)."""
    letters = _letters(text)
    if len(letters) < 6:
        return None
    scored = [(fuzz.ratio(letters, title_letters) / 100, code, title) for title_letters, code, title in _foreign_index()]
    score, code, title = max(scored, default=(0.0, "", ""))
    return TitleMatch(code, title, round(score, 3)) if score >= FOREIGN_TITLE else None


def match_title(text: str, *, tall: bool = False) -> TitleMatch | None:
    """The document title this line is, or None. `tall`: the line is set larger than body text, so it
    may carry extra words around the title (court name, 'XX案件'); short body lines must match whole.
    A line naming whose copy of a paper it is (法定代表人护照复印件) is that paper's title."""
    norm = strip_court(normalise(text))
    if len(norm) >= 2 and _mentioned(text, norm, _title_index()[0]):
        return None  # a sentence citing a paper names none, nor with words cut from its front (详见所附|财产线索表)
    found = _match_title(text, tall=tall, cited=False)
    if found is not None:
        return found
    bare = _without_copy_words(text)
    found = _match_title(bare, tall=tall) if bare != text.strip() else None
    if found is not None:
        return found
    local = _REGION_PREFIX.sub("", text.strip(), count=1)
    found = _match_title(local, tall=tall) if local and local != text.strip() and not _COURT_PREFIX.match(local) \
        else None
    if found is not None:
        return found
    own = _OFFICE_PREFIX.sub("", text.strip(), count=1)
    return _match_title(own, tall=tall) if OFFICE_TITLE <= len(own) <= OFFICE_TITLE_MOST and own != text.strip() \
        else None


_REGION_PREFIX = re.compile(r"^(.{2,8}?(省|自治区|市)(人民政府|政府)?|(中华人民)?共和国)")
"""The government whose form a paper is, named before its title (浙江省政府非税收入统一票据（电子）, 台州 court_cn): a
fiscal bill's title is the same in every province; and the state's name before a national card's (中华人民共和国律师执业证,
its first words washed out by glare on a laminated card: 共和国律师执业证, 西宁城东 court_hl_03)."""


_OFFICE_PREFIX = re.compile(r"^.{2,24}(局|所|中心|支队|大队|银行|信用社|联社|分行|支行)")
"""The office whose reply a paper is, named in full before its title (长治市公安局交通警察支队车辆管理所查询结果告知单,
长治市行政审批服务管理局企业登记信息查询单, 潞州 court_fq), or the bank whose slip it is (湖南怀化农村商业银行现金缴款单,
怀化鹤城 court_ha): longer than a title line may run beyond its title."""
OFFICE_TITLE = 4
"""Characters a title after an office's name must hold (查询结果告知单): fewer are a word of the name itself."""
OFFICE_TITLE_MOST = 14
"""Characters at most after the office's name: more are a sentence going on (住所地… 律师事务所律师，…), not a title —
and are not matched again against every title (match_title runs on every line read)."""


def _without_copy_words(text: str) -> str:
    """The line without the words saying whose copy it is (cues.yaml copy_owners before, copy_marks after)."""
    from dossier.ocr.cues import cues  # cues.py builds on this module's normalise

    words = cues()
    bare = text.strip()
    owner = next((w for w in words.copy_owners if bare.startswith(w) and len(bare) > len(w) + 1), None)
    bare = bare[len(owner):] if owner else bare
    mark = next((w for w in words.copy_marks if bare.endswith(w) and len(bare) > len(w) + 1), None)
    if mark is None:
        carrier = next((w for w in words.carrier_marks if bare.endswith(w)), None)
        kept = bare[:-len(carrier)] if carrier else ""
        mark = carrier if len(strip_court(normalise(_BRACKETED.sub("", kept)))) >= CARRIED_TITLE else None
    return bare[:-len(mark)] if mark else bare


CARRIED_TITLE = 4
"""Characters of a title a carrier sheet's heading must hold before its 粘贴单 (送达回证): fewer (卷内) name no paper,
and a court's name before them (吉林省通化市东昌区人民法院 卷内粘贴页, 通化东昌) names none either."""


def _match_title(text: str, *, tall: bool, cited: bool | None = None) -> TitleMatch | None:
    """`cited`: whether the line mentions a paper rather than being its title, when the caller knows already (None:
    look)."""
    norm = strip_court(normalise(text))
    if len(norm) < 2:
        return _foreign_title(text)
    norms, owners = _title_index()
    if cited if cited is not None else _mentioned(text, norm, norms):
        return None
    unbracketed = normalise(_BRACKETED.sub("", text))  # bracketed words qualify a title
    if _BRACKETED.search(text) and not _COURT_PREFIX.sub("", unbracketed, count=1):
        return None  # nothing but a court's name and a bracket: 沈阳市和平区人民法院（附报告财产令） over 财产申报表
    outside = strip_court(unbracketed)
    scored: dict[str, TitleMatch] = {}

    def consider(code: str, title: str, score: float) -> None:
        if _words_inside(title, outside):
            return
        held = scored.get(code)
        if held is None or (score, len(title)) > (held.score, len(held.title)):
            scored[code] = TitleMatch(code, title, round(score, 3))

    for choice, score, index in process.extract(norm, norms, scorer=fuzz.ratio, limit=6):
        if len(choice) <= 2 and choice != norm:
            continue  # 传票: two characters leave no room for a guess
        if not _holds_noun(choice[-1], norm) and len(norm) >= len(choice):
            continue  # its head noun not read, and no character missing: a letterhead 衡正律师事务所 is no 律师事务所函
        if not _names_another(choice, outside):
            consider(*owners[index], score / 100)
    if tall and len(norm) > 3:
        for choice, score, index in process.extract(norm, norms, scorer=fuzz.partial_ratio, limit=6):
            # the title inside a longer line (包头市仲裁委员会裁决书): whole, or with one character misread
            # in five — a short title one character off is another title (执行案款发放审批表 is not 执行案卷)
            # the line holds the whole title: a shorter line inside a longer title is another document
            # (执行通知书（回执） is no 协助执行通知书回执)
            # (words in brackets after it, 律师执业证（复印件）, qualify it and do not count)
            near = (len(choice) >= 3 and len(choice) - 1 <= len(norm) and len(outside) <= len(choice) + 8
                    and score >= (100 if len(choice) <= 4 else 80))
            in_brackets = outside != norm and fuzz.partial_ratio(choice, outside) < 80  # 送达回证（执行通知书）
            if (near and not in_brackets and _head_noun_read(choice, norm) and _qualifier_read(choice, norm)
                    and not _names_another(choice, outside)):
                consider(*owners[index], score / 100 * 0.92)
    ranked = sorted(scored.values(), key=lambda m: (m.score, len(m.title)), reverse=True)
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[1].score == ranked[0].score and _stands_after(ranked[1].title, ranked[0].title, norm):
        # two titles scored alike, one after the other in the line: the later is what the paper is, the earlier
        # its subject (仲裁裁决书|生效证明书 is the award's certificate, 保定莲池)
        ranked[0], ranked[1] = ranked[1], ranked[0]
        tied: tuple[str, ...] = ()
    else:
        tied = tuple(m.code for m in ranked[1:] if (m.score, len(m.title)) == (ranked[0].score, len(ranked[0].title)))
    best = replace(ranked[0], tied=tied) if tied else ranked[0]
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    if best.score < MIN_SCORE and not (tall and best.score >= MIN_SCORE_TALL and best.score - runner_up >= MARGIN):
        return None
    if not tall and (best.score < 0.85 or len(norm) < len(normalise(best.title)) - 1):
        return None  # a body-sized fragment (“申报表。”) must be nearly the whole title to count
    whole = normalise(best.title)
    if whole.endswith(norm) and 2 * len(norm) <= len(whole):
        return None  # only the title's generic end (复印件 of 身份证复印件: a copy mark stamped on any page)
    return best


def _stands_after(later: str, earlier: str, line: str) -> bool:
    """The first title's best alignment in the line begins where the second's ends, or after."""
    a = fuzz.partial_ratio_alignment(normalise(earlier), line)
    b = fuzz.partial_ratio_alignment(normalise(later), line)
    return a is not None and b is not None and b.dest_start >= a.dest_end


def _head_noun_read(title: str, line: str) -> bool:
    """The title's last character — its head noun, what the document is — stands in the part of the line
    that matched it: a letterhead 某某律师事务所 is no 律师事务所函, 某某仲裁委员会 no 仲裁委员会裁决书."""
    where = fuzz.partial_ratio_alignment(title, line)
    return where is not None and _holds_noun(title[-1], line[where.dest_start:where.dest_end])


def _holds_noun(noun: str, text: str) -> bool:
    """The text holds the head noun, or a noun of its kin (cues.yaml head_noun_kin: 单 for 表)."""
    return any(n in text for n in _noun_kin(noun))


@cache
def _noun_kin(noun: str) -> frozenset[str]:
    from dossier.ocr.cues import cues  # cues.py builds on this module's normalise

    return frozenset({noun}.union(*(set(kin) for kin in cues().head_noun_kin if noun in kin)))


def _qualifier_read(title: str, line: str) -> bool:
    """A title that ends in a form's name (财产情况说明: 情况说明, cues.yaml generic_titles) is told from the others
    of that form by the words before it, which must stand in the line (one character in five misread): 车辆线索
    情况说明 shares only the form with 财产情况说明."""
    qualifier = _qualifier(title)
    return not qualifier or fuzz.partial_ratio(qualifier, line) >= (100 if len(qualifier) <= 4 else 80)


@cache
def _qualifier(title: str) -> str:
    """The words a vocabulary title puts before the form's name it ends in (财产 of 财产情况说明), or ''; once a title."""
    from dossier.ocr.cues import cues  # cues.py reads titles.normalise: imported here, not at the top

    forms = sorted((normalise(t) for g in cues().generic_titles for t in g.titles), key=len, reverse=True)
    form = next((f for f in forms if title.endswith(f) and f != title), None)
    return title[:-len(form)] if form is not None else ""


def _mentioned(text: str, norm: str, titles: list[str]) -> bool:
    """A sentence that mentions a document, not its title: a whole title after 的 (…号案件的受理案件通知书) or after a
    word that cites it (cues.yaml citing_words: 依报告财产令如实申报), or
    with a comma and more words after it (执行通知书、报告财产令，请点击 — a 12368 short message set in a
    narrow screenshot, its lines centred). No title names its document so."""
    whole = [title for title in titles if len(title) >= 4]
    if "的" in norm and any("的" + title in norm for title in whole):
        return True
    from dossier.ocr.cues import cues  # cues.py builds on this module's normalise

    citing = [word for word in cues().citing_words if word in norm]  # most lines hold none: no title loop
    if citing and any(word + title in norm for word in citing for title in whole):
        return True  # 依报告财产令如实申报: a form's cell that cites the order it answers
    clause = _CLAUSE_AFTER.search(text)
    return clause is not None and normalise(text[:clause.start()]).endswith(tuple(whole))


_CLAUSE_AFTER = re.compile(r"[，,；;](?=.*[\u4e00-\u9fff])")


_BRACKETED = re.compile(r"[（(][^）)]*[）)]?")


def _words_inside(title: str, line: str) -> bool:
    """The line holds a title of cues.yaml whole_titles split by two or more words put inside it: 执行款发放通知书 is
    another paper than 执行通知书 (one character misread inside it is still the title)."""
    pattern = _split_title(title)
    return pattern is not None and pattern.search(line) is not None


@cache
def _split_title(title: str) -> re.Pattern[str] | None:
    """For a whole title, the pattern of it split anywhere by two or more characters; None for any other title
    (once a title: match_title asks for every candidate)."""
    from dossier.ocr.cues import cues  # cues.py builds on this module's normalise

    norm = normalise(title)
    if norm not in {normalise(t) for t in cues().whole_titles}:
        return None
    return re.compile("|".join(f"{re.escape(norm[:i])}.{{2,}}{re.escape(norm[i:])}" for i in range(1, len(norm))))


def _names_another(title: str, line: str) -> bool:
    """The line (normalised, its bracketed words left out) goes on past the title into another document's
    name, head noun last: 执行卷宗|质量评查表."""
    from dossier.ocr.cues import cues  # cues.py builds on this module's normalise

    if len(line) <= len(title):
        return False
    where = fuzz.partial_ratio_alignment(title, line)
    if where is None:
        return False
    tail = line[where.dest_end:]
    nouns = [noun for noun in cues().head_nouns if tail.endswith(noun)]
    # 证据材料|清单 is the 证据清单 it looked like: the same head noun is the same kind of document
    return len(tail) >= 2 and bool(nouns) and not any(title.endswith(noun) for noun in nouns)


@cache
def _served_candidates() -> list[tuple[str, str]]:
    """(code, normalised title) of court documents a receipt can name, longest first. A form title that is no
    type's own title (执行决定书) is a candidate with no code: it holds its words, so that 执行决定书（罚款） is not
    also read, one character off, as an 执行裁定书 (what the decision is comes from its qualifier)."""
    out = [(code, normalise(t)) for code, dt in doctypes().items()
           if dt.group == "court" and code != "service_receipt" for t in dt.titles]
    titles = {title for _, title in out}
    out += [("", form) for form in sorted({normalise(dt.form_title) for dt in doctypes().values() if dt.form_title})
            if form not in titles]
    return sorted(out, key=lambda item: len(item[1]), reverse=True)


@cache
def served_codes() -> frozenset[str]:
    """Document types a 送达回证 can name as served (the court's documents)."""
    return frozenset(code for code, _ in _served_candidates() if code)


def served_doc_types(text: str) -> list[str]:
    """Codes of the documents a 送达回证 names, in the order they are written. Where two titles claim
    the same words, the closer match wins, then the longer (恢复执行通知书 is not also an 执行通知书)."""
    norm = normalise(text)
    hits: list[tuple[float, int, int, int, str]] = (_short_titles_alone(text) + _short_names(norm) + _cut_at_line_end(text)
                                                    + _listed_misread(text))
    for code, title in _served_candidates():
        if len(title) < 3:
            continue
        need = 100 if len(title) <= 4 else 80
        start = 0
        while start < len(norm):
            hit = fuzz.partial_ratio_alignment(title, norm[start:], score_cutoff=need)
            if hit is None:
                break
            lo, hi = start + hit.dest_start, start + hit.dest_end
            if hi - lo >= 0.8 * len(title):  # the text holds (nearly) the whole title, not a part of it
                hits.append((hit.score, len(title), lo, hi, code))
            start = hi
    claimed: list[tuple[int, int, str]] = []
    for score, _length, lo, hi, code in sorted(hits, key=lambda h: (h[0], h[1]), reverse=True):
        # a close match may take in one neighbouring character (执行通知B、报告财产令 → 执行通知|报)
        slack = 1 if score < 100 else 0
        if not any(min(hi, c_hi) - max(lo, c_lo) > slack for c_lo, c_hi, _ in claimed):
            claimed.append((lo, hi, code))
    codes: list[str] = []
    for _, _, code in sorted(claimed):
        if code and code not in codes:
            codes.append(code)
    return codes


LISTED_MISREAD = 2
"""Characters a served title of five or more may have misread and still be named, when it stands whole as an item
of the cell's list (…一份、报备时产令一份: a carbonless copy's pale pressed writing, 长沙芙蓉 court_jh_01 p29)."""
_ITEM_SEPARATORS = re.compile(r"[、丶，,；;]")


def _listed_misread(text: str) -> list[tuple[float, int, int, int, str]]:
    """A served title read with up to LISTED_MISREAD characters wrong, when it is a whole item of the cell's list (set
    off by 、 and its count, 一份): as long as the title, ending in its head noun (令, 书), and nearer to it than to
    any other title. Within a sentence or a longer item the partial match of served_doc_types decides alone."""
    hits: list[tuple[float, int, int, int, str]] = []
    at = 0
    for line in text.splitlines():
        norm = normalise(line)
        for item in _ITEM_SEPARATORS.split(line):
            words = _COPIES.sub("", normalise(item))
            code = _nearest_title(words)
            where = norm.find(words) if code is not None and words else -1
            if code is not None and where >= 0:
                hits.append((80.0, len(words), at + where, at + where + len(words), code))
        at += len(norm)
    return hits


@cache
def _nearest_title(words: str) -> str | None:
    """The code of the one served title these words misread by at most LISTED_MISREAD characters in place, its last
    character kept; None when none, or more than one, is that near, or when the words are a title read right."""
    if len(words) < 5:
        return None
    near: dict[str, int] = {}
    for code, title in _served_candidates():
        if len(title) != len(words) or title[-1] != words[-1]:
            continue
        wrong = Hamming.distance(title, words)
        if wrong == 0:
            return None
        if wrong <= LISTED_MISREAD:
            near[code] = min(wrong, near.get(code, wrong))
    best = min(near.values(), default=None)
    codes = [code for code, wrong in near.items() if wrong == best]
    return codes[0] if len(codes) == 1 and codes[0] else None


CUT_SHARE = 0.6
"""Share of a served title that must stand at a line's end for the line to name it cut by the cell's wrap."""
CUT_LEAST = 3
"""… and at least this many characters."""


def _cut_at_line_end(text: str) -> list[tuple[float, int, int, int, str]]:
    """A served title cut at the end of a line by the cell's wrap, its rest on the line under it lost (执行通知书
    （…执恢12683号）、报告财 / 产令（…）, the second strip read into the label beside it as noise: 宜宾翠屏 court_ip_03 p30):
    the cut words name that title when no other served title begins with them."""
    hits: list[tuple[float, int, int, int, str]] = []
    at = 0
    for line in text.splitlines():
        at += len(normalise(line))
        last = _LAST_NAME.search(line.strip())
        words = normalise(last.group(1)) if last is not None else ""
        code = _cut_title(words) if words else None
        if code is not None:
            hits.append((90.0, len(words), at - len(words), at, code))
    return hits


_LAST_NAME = re.compile(r"(?:^|[、，,）)；;：:\s])([^、，,）)；;：:\s]+)$")
"""The line's last name in a list of names: after a separator (、, a number's closing bracket) or alone on the line —
never the end of a sentence (…请于限期内报告财 / 产状况 is no 报告财产令)."""


@cache
def _cut_title(words: str) -> str | None:
    """The code whose served title these words begin, cut short (at least CUT_LEAST characters and CUT_SHARE of it),
    when they begin no other code's title (nor a form's without a code): 报告财 is 报告财产令's, 执行 a dozen titles'."""
    owners = {code for code, title in _served_candidates() if title.startswith(words)}
    if len(words) < CUT_LEAST or len(owners) != 1:
        return None
    code = owners.pop()
    cut = any(title.startswith(words) and CUT_SHARE * len(title) <= len(words) < len(title)
              for owner, title in _served_candidates() if owner == code)
    return code if code and cut else None


_COPIES = re.compile(r"各?[一二三四五六七八九十两壹贰叁\d]{0,2}份$")
"""How many copies a receipt's 送达文书 cell says were served (各一份, 1份: normalise has dropped the 1), after the
documents' names."""


_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]?执[\u4e00-\u9fff]{0,2}号$")
"""What normalise leaves of the document's number written after its name in the cell (传票（2026）豫0105执26137号 →
传票豫执号; 执恢, 执保 …): the number, not more words of the cell."""

_LABEL_TAIL = re.compile(r"^([及和与]?件数)?丨?")
"""What may stand between a served-cell label and its text: the label's 件数 (文书名称与件数), a table rule read 丨."""


def _short_names(norm: str) -> list[tuple[float, int, int, int, str]]:
    """The clerks' short names of the papers served (cues.yaml served_short_names: 执通、报告令), found whole."""
    return [(100.0, len(short), m.start(), m.end(), code) for code, short in _short_name_list()
            for m in re.finditer(re.escape(short), norm)]


@cache
def _short_name_list() -> tuple[tuple[str, str], ...]:
    """(code, normalised short name), built once: served_doc_types runs on every line a receipt's rows are read in."""
    from dossier.ocr.cues import cues  # cues.py builds on this module's normalise

    return tuple((code, normalise(name)) for code, names in cues().served_short_names.items() for name in names)


def _short_titles_alone(text: str) -> list[tuple[float, int, int, int, str]]:
    """A two-character title (传票) names a served document only as the whole of its cell — a line of its
    own, or after the cell's label on the same line (内件传票, 送达文书：传票) — or as a short message names
    it (…号案件的传票，请点击). Anywhere else two characters are as likely a word of a sentence."""
    from dossier.ocr.cues import cues  # cues.py builds on this module's normalise

    labels = sorted(cues().served_labels, key=len, reverse=True)
    short = [(code, title) for code, title in _served_candidates() if len(title) < 3]
    hits: list[tuple[float, int, int, int, str]] = []
    at = 0
    for line in text.splitlines():
        norm = normalise(line)
        label = _label_at_start(norm, labels)
        # 传票　各一份: the count written after it is the cell's too; a table's rule between label and cell read 丨
        rest = _COPIES.sub("", _DOC_NUMBER.sub("", _COPIES.sub("", _LABEL_TAIL.sub("", norm[len(label):]))))
        for code, title in short:
            if rest == title:
                hits.append((100.0, len(title), at + len(label), at + len(norm), code))
            elif re.search(f"的{title}[，、。,；;]", line):  # …号案件的传票，请点击
                where = norm.find("的" + title) + 1
                hits.append((100.0, len(title), at + where, at + where + len(title), code))
        at += len(norm)
    return hits


LABEL_MISREAD = 5
"""A served-cell label this long read with one character wrong (运达文书名称及件数) is still that label."""


def _label_at_start(norm: str, labels: list[str]) -> str:
    """The served-cell label the line opens with, exactly or, for a long one, with one character misread."""
    exact = next((word for word in labels if norm.startswith(word)), None)
    if exact is not None:
        return exact
    return next((word for word in labels if len(word) >= LABEL_MISREAD and len(norm) > len(word)
                 and sum(x != y for x, y in zip(norm, word, strict=False)) == 1), "")


_PARTY = re.compile(r"(申请执行人|被执行人|受送达人|申请人)\s*[:：]\s*([\u4e00-\u9fff（）()]{2,30}?)(?=[，。,;；\s]|$)")


def party_names(text: str) -> list[str]:
    """Names written after 申请执行人：/被执行人：/受送达人： (cheap, for cross-checking parties)."""
    names: list[str] = []
    for _, name in _PARTY.findall(text):
        if name not in names:
            names.append(name)
    return names
