"""Case numbers (案号): parsing and normalisation, both the current and the pre-2016 form.

Current: （2024）豫0311执1234号 — year in full-width brackets, court code (province abbreviation plus
0, 2 or 4 digits), type code, sequence, 号. Pre-2016: (2015)洛执字第123号.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from dossier.vocab import load_vocab

_OPEN = "（(〔[［【"
_CLOSE = "）)〕]］】"
_O = re.escape(_OPEN)
_C = re.escape(_CLOSE)


@dataclass(frozen=True)
class CaseNumber:
    year: int
    court_code: str
    type_code: str
    sequence: int
    legacy: bool = False
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def kind(self) -> str:
        """Kind of enforcement case the type code denotes (first_enforcement, resumption, ...)."""
        return str(type_kinds()[self.type_code]["kind"])

    @property
    def ancillary(self) -> bool:
        """Its cases arise inside an enforcement case and are filed in its volume too (执异, 执复, 执监)."""
        return self.type_code in ancillary_types()

    @property
    def category(self) -> str | None:
        """Filing category (CONTRACT.md) normally filed under this type code, if any."""
        return type_kinds()[self.type_code]["category"]

    def __str__(self) -> str:
        if self.legacy:
            return f"（{self.year}）{self.court_code}{self.type_code}字第{self.sequence}号"
        return f"（{self.year}）{self.court_code}{self.type_code}{self.sequence}号"


class CaseNumberError(ValueError):
    """A string that is not a case number; the message is Chinese and says what is wrong."""


@cache
def type_kinds() -> dict[str, dict[str, str | None]]:
    data = load_vocab("case_types")
    return {t["code"]: {"kind": t["kind"], "label": t["label"], "category": t.get("category")}
            for t in data["types"]}


@cache
def ancillary_types() -> frozenset[str]:
    """The type codes whose cases arise inside an enforcement case (case_types.yaml `ancillary`)."""
    return frozenset(t["code"] for t in load_vocab("case_types")["types"] if t.get("ancillary"))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_vocab("case_types")
    types = sorted((t["code"] for t in data["types"]), key=len, reverse=True)
    provinces = sorted(data["provinces"], key=len, reverse=True)
    type_alt = "|".join(map(re.escape, types))
    prov_alt = "|".join(map(re.escape, provinces))
    modern = re.compile(
        rf"^(?P<open>[{_O}])\s*(?P<year>\d{{4}})\s*(?P<close>[{_C}])\s*"
        rf"(?P<court>(?:{prov_alt})(?:\d{{4}}|\d{{2}})?)\s*(?P<type>{type_alt})\s*(?P<seq>\d{{1,6}})\s*号$"
    )
    legacy = re.compile(
        rf"^(?P<open>[{_O}])\s*(?P<year>\d{{4}})\s*(?P<close>[{_C}])\s*"
        rf"(?P<court>[\u4e00-\u9fff]{{1,6}}?)\s*(?P<type>{type_alt})\s*字\s*第\s*(?P<seq>\d{{1,6}})\s*号$"
    )
    return modern, legacy


def parse_case_number(text: str) -> CaseNumber:
    """Parse a case number; raises CaseNumberError with a Chinese explanation when it is not one.

    ASCII or other brackets are accepted and normalised to full-width, with a warning.
    """
    if not isinstance(text, str) or not text.strip():
        raise CaseNumberError("案号为空")
    s = re.sub(r"\s+", "", text.strip())
    modern, legacy = _patterns()
    for pattern, is_legacy in ((modern, False), (legacy, True)):
        m = pattern.match(s)
        if not m:
            continue
        warnings: list[str] = []
        if m["open"] != "（" or m["close"] != "）":
            warnings.append(f"案号年份括号“{m['open']}{m['close']}”已规范为全角“（）”")
        if s != text:
            warnings.append("案号中的空格已去除")
        year = int(m["year"])
        if not 1949 <= year <= 2100:
            raise CaseNumberError(f"案号年份{year}不合理")
        seq = int(m["seq"])
        if seq == 0:
            raise CaseNumberError("案号序号不能为0")
        return CaseNumber(year=year, court_code=m["court"], type_code=m["type"], sequence=seq,
                          legacy=is_legacy, warnings=tuple(warnings))
    raise CaseNumberError(_diagnose(s))


def _diagnose(s: str) -> str:
    if not re.match(rf"^[{_O}]\s*\d{{4}}\s*[{_C}]", s):
        return f"案号“{s}”应以括号括起的四位收案年度开头，如“（2024）”"
    if not s.endswith("号"):
        return f"案号“{s}”应以“号”结尾"
    if "执" not in s:
        return f"案号“{s}”不含执行类型代字（执、执恢、执保、执异等）"
    return f"案号“{s}”的法院代字、类型代字或序号不合规范，应形如“（2024）豫0311执1234号”"


def normalize_case_number(text: str) -> str:
    """Canonical form of a case number (full-width brackets, no spaces)."""
    return str(parse_case_number(text))
