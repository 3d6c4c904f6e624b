"""Dates written on a page: when its document was signed, or when a 送达回证 says it was served.

A court writes 二〇二四年六月十五日 under its rulings (〇 often typed as ○, O or 0); a receipt's date is filled by
hand or stamped: 2024年6月17日, 2024.6.13, 2024-06-17. A page may hold other dates above the one that signs it —
a party's birth (1985年6月24日出生), the date of the judgment enforced — so the date that signs a page is the
lowest one on it that is not a birth date. Pure: the text is read elsewhere (`second_look.read_dates`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import cn2an

from dossier.ocr.cues import page_of
from dossier.ocr.titles import field_label

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "o": 0, "0": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_DIGIT = "〇○零OoＯ0一二三四五六七八九"
_NUMBER = "〇○零一二三四五六七八九十0-9"
_WRITTEN = re.compile(rf"([{_DIGIT}1-9]{{2,4}})\s*年\s*([{_NUMBER}]{{1,3}})\s*月\s*([{_NUMBER}]{{1,4}})\s*日?")
_FIGURES = re.compile(r"(?<!\d)(19\d\d|20\d\d)\s*[.\-/．·・•]\s*(\d{1,2})\s*[.\-/．·・•]\s*(\d{1,2})(?!\d)")
_BIRTH = re.compile(r"^\s*(出生|生[，,、；;）)]|生$)")
EARLIEST_YEAR = 1990
"""No enforcement paper of a case still open was signed before this: an earlier year is a misread or a birth."""
LATEST_YEAR = 2099
"""A later year is a misread (五〇二四 for 二〇二四)."""


def _cn_number(text: str) -> int | None:
    """六 → 6, 十五 → 15, 三十一 → 31, 17 → 17 (cn2an, as formatting.chinese writes them); a misread is None."""
    try:
        return int(cn2an.cn2an(text.replace("〇", "零").replace("○", "零"), "smart"))
    except (ValueError, TypeError, KeyError):
        return None


_ZEROS = "〇○零OoＯ0"


def _figure(ch: str) -> int | None:
    return int(ch) if ch.isdigit() else _CN_DIGITS.get(ch)


def _year(text: str) -> int | None:
    """二〇二四 → 2024. This century's years all begin 二〇, and a seal or a copy often takes one of the two (二二六,
    五〇二四, 50二四 under 菏泽's seal): when one of them is there, the last two characters say the year. A seal's
    ring over both leaves the last two alone (二四年二月五日 under 安顺西秀's and 日照东港's seals): they say it too
    — written in characters, not figures (a hand's 85年 may be a birth year of the last century)."""
    if len(text) == 2:
        tens, ones = _CN_DIGITS.get(text[0]), _CN_DIGITS.get(text[1])
        chars = not any(ch.isdigit() for ch in text)
        return None if tens is None or ones is None or not chars else 2000 + 10 * tens + ones
    figures = all(ch in _CN_DIGITS or ch.isdigit() for ch in text)  # 50二四: a seal's ink reads as figures too
    ours = (len(text) == 4 and (text[0] == "二" or text[1] in _ZEROS)) or (len(text) == 3 and text[0] in "二" + _ZEROS)
    if figures and ours:
        tens, ones = _figure(text[-2]), _figure(text[-1])
        return None if tens is None or ones is None else 2000 + 10 * tens + ones
    digits = [_CN_DIGITS.get(ch, int(ch) if ch.isdigit() else None) for ch in text]
    if any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


def _valid(year: int | None, month: int | None, day: int | None) -> date | None:
    if year is None or month is None or day is None or not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def dates_in(text: str) -> list[date]:
    """Every valid date written in the text, in reading order; birth dates (…日出生) left out."""
    found: list[tuple[int, date]] = []
    for m in _WRITTEN.finditer(text):
        if _BIRTH.match(text[m.end():]):
            continue
        d = _valid(_year(m.group(1)), _cn_number(m.group(2)), _cn_number(m.group(3)))
        if d is not None:
            found.append((m.start(), d))
    for m in _FIGURES.finditer(text):
        if _BIRTH.match(text[m.end():]):
            continue
        d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d is not None:
            found.append((m.start(), d))
    return [d for _, d in sorted(found, key=lambda x: x[0])]


SIGNING_LINE_REST = 10
"""A line that signs a page holds its date and little else (书记员 王伟, 送达日期, a signature): a line with more
beside its date is prose quoting a date (本院于2024年2月5日立案执行后…)."""
PROSE = 16
"""A line this long without a date is the body of a document: the date that signs it is below, not above."""


_SIGNED_LABEL = re.compile(r"^[^，。；,;]{0,8}?(签名或盖章|签字或盖章|签名或捺印|签名|签字|盖章|签收|日期)[：:]?")
"""The label a receipt's signing row opens with (受送达人签名或盖章, 签收日期): the row's name of a cell, not prose."""


def signing_line(text: str) -> date | None:
    """The date of a line that signs a page (its date and little else: a receipt's row may open with its label,
    受送达人签名或盖章 宋淑燕 2024年6月6日), else None."""
    compact = re.sub(r"\s", "", text)
    found = dates_in(compact)
    if not found:
        return None
    rest = _SIGNED_LABEL.sub("", _FIGURES.sub("", _WRITTEN.sub("", compact)))
    return found[-1] if len(rest) <= SIGNING_LINE_REST else None


def prose(text: str) -> bool:
    """A line of the body (long, no date): the signing date of a ruling is never above it. A form's labelled line
    under its rows (注：受送达人拒绝签收的，…, 填发人：… 执行局（印）) is no body: a receipt's date row stands above it;
    nor is a footer that numbers the sheet (本页由电子签名系统生成… 第1页/共1页 under 遂宁船山's e-forms)."""
    compact = re.sub(r"\s", "", text)
    return (len(compact) >= PROSE and not dates_in(text) and field_label(compact) is None
            and page_of(compact, in_footer=False) is None)


def signing_date(lines: Sequence[tuple[str, float]], *, below_prose: bool = False) -> date | None:
    """The date that signs the page: on the lowest line (by its top, 0–1 down the page) that signs it.
    `below_prose`: look no higher than the lowest line of the body (a ruling's or a letter's date is under it)."""
    for text, _top in sorted(lines, key=lambda x: -x[1]):
        if (found := signing_line(text)) is not None:
            return found
        if below_prose and prose(text):
            return None
    return None


@dataclass(frozen=True)
class MonthOnly:
    """A signing date of which only the month could be read: a court's round seal sits on its date line, and the
    year's and the day's last figures under the ring read differently in every look (二〇二四年二月二十八日 read
    二〇十年二月二十日, 二07四鑫二月二十日). The month, clear of the ring, still says which ruling a receipt served."""

    month: int


_MONTH = re.compile(rf"年\s*([一二三四五六七八九十]{{1,2}}|\d{{1,2}})\s*月\s*[{_NUMBER}]{{0,3}}")
_DATE_LINE = re.compile(rf"[{_DIGIT}1-9]{{0,4}}年([一二三四五六七八九十]{{1,2}}|\d{{1,2}})月.{{0,3}}日?")
MONTH_VOTES = 2
"""Looks that must agree on a month, with no other month read as often, before it is taken."""


def month_of(text: str) -> int | None:
    """The month of a date line whose year or day may be misread (…年二月二十日 → 2), else None."""
    return _month(_MONTH.search(re.sub(r"\s", "", text)))


def month_line(text: str) -> int | None:
    """The month of a box that holds a date line and nothing else, its year or day figures lost or misread
    (二〇二四年二月步三日, 二四年六月日): one look at such a box is as good as MONTH_VOTES looks at a crop."""
    return _month(_DATE_LINE.fullmatch(re.sub(r"\s", "", text)))


def _month(found: re.Match[str] | None) -> int | None:
    month = _cn_number(found.group(1)) if found else None
    return month if month is not None and 1 <= month <= 12 else None


def signing_month(looks: Sequence[str]) -> MonthOnly | None:
    """The month several overlapping looks at a sealed date line agree on (at least MONTH_VOTES, and more than any
    other month), else None: one look's month may be the ring's ink."""
    votes = Counter(m for text in looks if (m := month_of(text)) is not None)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < MONTH_VOTES or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return MonthOnly(ranked[0][0])
