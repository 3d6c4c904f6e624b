"""Case numbers read by OCR: found in noisy text, repaired where OCR typically errs, normalised.

OCR reads the brackets of “（2024）” as (, [, 【 or drops them, the digit 0 as O or o, 1 as l or I,
and may put spaces anywhere. We search leniently and let `parse_case_number` decide.
"""

from __future__ import annotations

import re
from functools import cache

from dossier.model import CaseNumberError, parse_case_number
from dossier.model.case_number import type_kinds
from dossier.vocab import load_vocab

_DIGITLIKE = str.maketrans({"O": "0", "o": "0", "〇": "0", "Q": "0", "D": "0", "l": "1", "I": "1", "|": "1",
                            "i": "1", "Z": "2", "S": "5", "s": "5", "B": "8", "g": "9", "q": "9",
                            "０": "0", "１": "1", "２": "2", "３": "3", "４": "4", "５": "5", "６": "6",
                            "７": "7", "８": "8", "９": "9"})
_D = r"[0-9OoQDlIi|ZSsBgq０-９〇]"
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


@cache
def _pattern() -> re.Pattern[str]:
    provinces = sorted(load_vocab("case_types")["provinces"], key=len, reverse=True)
    types = sorted(type_kinds(), key=len, reverse=True)
    prov = "|".join(map(re.escape, provinces))
    typ = "|".join(map(re.escape, types))
    return re.compile(
        rf"[（(〔\[［【{{]?\s*(?P<year>(?:19|20|2O|2o)\s*{_D}\s*{_D})\s*[）)〕\]］】}}]?\s*(?:[^\d\s]\s*)??"
        rf"(?P<court>(?:{prov})\s*(?:{_D}\s*){{0,4}}|[\u4e00-\u9fff]\s*(?:{_D}\s*){{2,4}}|[\u4e00-\u9fff]{{1,4}}?)\s*"
        rf"(?P<type>{typ})\s*(?P<legacy>字\s*第)?\s*(?P<seq>(?:{_D}\s*){{1,6}})\s*[号弓兮亏]"
    )


def opens_with_case_number(text: str) -> bool:
    """The line begins with a case number and goes on past it: it names a document by the number
    ((2024)琼0106执68214号执行裁定书、协助执行通知书 in a registry form's cell), it is no title."""
    compact = re.sub(r"\s+", "", text)
    found = _pattern().match(compact)
    return found is not None and found.end() < len(compact)


def _digits(text: str) -> str:
    return re.sub(r"\s+", "", text).translate(_DIGITLIKE)


def find_case_numbers(text: str, *, expected: str | None = None) -> list[str]:
    """Every enforcement case number in the text, normalised (（2024）豫0311执1234号), in reading order.

    OCR often misreads the province character (豫 → 驳) or a digit or two of the year and the court code
    (0311 → 0811, 2024 → 2021: MISREAD_HEAD_DIGITS); such a number counts only when everything else equals the
    `expected` case number, and then it is that number: a court's own code does not change, and another case
    with the same type and sequence number in another court or year is far less likely than a misread digit."""
    found: list[str] = []
    text = text.translate(_FULLWIDTH)  # a text layer typed in Word: （２０２４）浙０２０６执１２３４号
    for m in _pattern().finditer(text):
        court = re.sub(r"\s+", "", m["court"])
        head, tail = court[:1], court[1:]
        court = head + _digits(tail) if tail and re.fullmatch(_D + "+", tail) else court
        legacy = "字第" if m["legacy"] else ""
        if tail and court[1:].isdigit() and head not in _provinces():
            if expected and _same_but_province(f"（{_digits(m['year'])}）{court}{m['type']}{_digits(m['seq'])}号", expected):
                number = str(parse_case_number(expected))
                found += [] if number in found else [number]
            continue
        if legacy and court.endswith(NOTARY_MARK):
            continue
        candidate = f"（{_digits(m['year'])}）{court}{m['type']}{legacy}{_digits(m['seq'])}号"
        if expected and _court_digit_dropped(_digits(m["year"]), court, m["type"], _digits(m["seq"]), expected):
            candidate = expected
        try:
            number = str(parse_case_number(candidate))
        except CaseNumberError:
            continue
        if expected and _misread_head(number, expected):
            number = str(parse_case_number(expected))
        if number not in found:
            found.append(number)
    return found


@cache
def _provinces() -> frozenset[str]:
    return frozenset(load_vocab("case_types")["provinces"])


def _same_but_province(candidate: str, expected: str) -> bool:
    try:
        want = parse_case_number(expected)
    except CaseNumberError:
        return False
    return candidate[:-1].endswith(f"{want.type_code}{want.sequence}") and candidate[1:5] == str(want.year) \
        and candidate[7:].startswith(want.court_code[1:] + want.type_code)


NOTARY_MARK = "证"
"""A number of the old form whose maker ends in 证 is a notary office's (（2024）川乐凌证执字第42号, the 执行证书 named in
the text of 乐山市中's notices), never a court's case: courts wrote their own as （2013）朝执字第1234号."""


def _court_digit_dropped(year: str, court: str, type_code: str, seq: str, expected: str) -> bool:
    """The expected number but for one digit of its court code lost or doubled — a run of one digit read as one
    (川1102 read 川102, 乐山市中 court_fm_03, skewed on an ADF without deskew): the same year, province, type and
    sequence (of three digits or more)."""
    try:
        want = parse_case_number(expected)
    except CaseNumberError:
        return False
    read, code = court[1:], want.court_code[1:]
    if (year, court[:1], type_code, seq) != (str(want.year), want.court_code[:1], want.type_code, str(want.sequence)) \
            or len(seq) < 3 or not read.isdigit() or abs(len(read) - len(code)) != 1:
        return False
    short, long_ = sorted((read, code), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


MISREAD_HEAD_DIGITS = 2
"""Digits of the year and the court code together that may be misread in a number whose sequence (of three digits
or more) is this case's: a copier's text mode breaks the thin strokes of a 4 into a 1 (攀枝花东区, court_bx:
（2024）川0402执56118号 read （2021）川0102执56118号). A shorter sequence allows one."""


def _misread_head(number: str, expected: str) -> bool:
    """The number is the expected one but for a digit or two of its year and court code: the same province, type
    and sequence. Another case of the same court, type and sequence in another year is far less likely than a
    misread digit; a case one sequence number away (a batch filed together) still reads as another case, unless
    its one differing digit is misread the very way the year's or court code's is (_same_glyph_broken)."""
    try:
        x, y = parse_case_number(number), parse_case_number(expected)
    except CaseNumberError:
        return False
    if x.type_code != y.type_code or x.court_code[:1] != y.court_code[:1]:
        return False
    a, b = f"{x.year}{x.court_code}", f"{y.year}{y.court_code}"
    if len(a) != len(b):
        return False
    head = {(q, p) for p, q in zip(a, b, strict=True) if p != q}  # (the digit printed, the digit read)
    allowed = MISREAD_HEAD_DIGITS if len(str(y.sequence)) >= 3 else 1
    if not 0 < sum(p != q for p, q in zip(a, b, strict=True)) <= allowed:
        return False
    return x.sequence == y.sequence or _same_glyph_broken(str(x.sequence), str(y.sequence), head)


def _same_glyph_broken(read: str, printed: str, head: set[tuple[str, str]]) -> bool:
    """The sequence differs from this case's in one digit, misread the very way the year or court code was (a copier
    breaks every 4 of a line into a 1: （2024）川0402执56407号 read （2021）川0402执56107号, 攀枝花东区 and 横琴). A case one
    sequence number away in the same year (a batch filed together) still reads as another case: the year is right."""
    if len(read) != len(printed) or len(read) < 4 or len(head) != 1:
        return False
    apart = {(p, q) for p, q in zip(printed, read, strict=True) if p != q}
    return sum(p != q for p, q in zip(printed, read, strict=True)) == 1 and apart == head


def same_case(a: str, b: str) -> bool:
    """Two case numbers denote the same case (both normalised first; legacy forms compare by parts)."""
    try:
        x, y = parse_case_number(a), parse_case_number(b)
    except CaseNumberError:
        return False
    return (x.year, x.court_code, x.type_code, x.sequence) == (y.year, y.court_code, y.type_code, y.sequence)
