"""Case numbers as the window sees them: current and pre-2016 forms, brackets from the wild."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.model import CaseNumberError, normalize_case_number, parse_case_number
from dossier.model.case_number import type_kinds


@pytest.mark.parametrize(
    ("text", "kind", "category", "court"),
    [
        ("（2024）豫0311执1234号", "first_enforcement", "enforcement", "豫0311"),
        ("（2024）豫0311执恢12号", "resumption", "resumption", "豫0311"),
        ("（2023）豫03执异7号", "objection", "objection", "豫03"),
        ("（2025）蒙2221执保88号", "preservation", None, "蒙2221"),
        ("（2024）内0203执47011号", "first_enforcement", "enforcement", "内0203"),  # Inner Mongolia's courts write 内
        ("（2022）豫执监3号", "supervision", None, "豫"),
    ],
)
def test_current_form_is_read(text: str, kind: str, category: str | None, court: str) -> None:
    cn = parse_case_number(text)
    assert (cn.kind, cn.category, cn.court_code) == (kind, category, court)
    assert cn.warnings == ()
    assert str(cn) == text


def test_ascii_brackets_are_normalised_with_a_warning() -> None:
    cn = parse_case_number("(2024)豫0311执1234号")
    assert str(cn) == "（2024）豫0311执1234号"
    assert any("全角" in w for w in cn.warnings)


def test_pre_2016_form_is_read() -> None:
    cn = parse_case_number("(2015)洛执字第123号")
    assert (cn.year, cn.court_code, cn.type_code, cn.sequence, cn.legacy) == (2015, "洛", "执", 123, True)
    assert normalize_case_number("(2015)洛执字第123号") == "（2015）洛执字第123号"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2024豫0311执1234号", "年度"),
        ("（2024）豫0311执1234", "号"),
        ("（2023）豫0311民初567号", "执行类型代字"),
        ("（2024）X0311执12号", "法院代字"),
        ("", "为空"),
    ],
)
def test_malformed_numbers_are_explained(text: str, words: str) -> None:
    with pytest.raises(CaseNumberError) as info:
        parse_case_number(text)
    assert words in str(info.value)


provinces = st.sampled_from(["豫", "京", "蒙", "沪", "粤", "新"])
court_digits = st.one_of(st.just(""), st.integers(10, 99).map(str), st.integers(1000, 9999).map(str))
type_codes = st.sampled_from(sorted(type_kinds()))


@given(year=st.integers(1990, 2099), prov=provinces, digits=court_digits, code=type_codes,
       seq=st.integers(1, 999999), ascii_brackets=st.booleans())
def test_round_trip(year: int, prov: str, digits: str, code: str, seq: int, ascii_brackets: bool) -> None:
    o, c = ("(", ")") if ascii_brackets else ("（", "）")
    text = f"{o}{year}{c}{prov}{digits}{code}{seq}号"
    cn = parse_case_number(text)
    assert (cn.year, cn.court_code, cn.type_code, cn.sequence) == (year, prov + digits, code, seq)
    assert bool(cn.warnings) == ascii_brackets
    again = parse_case_number(str(cn))
    assert again == cn and again.warnings == ()
