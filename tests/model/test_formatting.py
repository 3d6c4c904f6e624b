"""Dates and money as court documents write them, checked by converting back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.formatting import chinese_date, money_figures, rmb_capital, rmb_full
from dossier.model.case import parse_amount

DIGITS = "〇一二三四五六七八九"


def read_small(text: str) -> int:
    if "十" not in text:
        return DIGITS.index(text)
    tens, _, units = text.partition("十")
    return (DIGITS.index(tens) if tens else 1) * 10 + (DIGITS.index(units) if units else 0)


def read_chinese_date(text: str) -> date:
    year, rest = text.split("年")
    month, rest = rest.split("月")
    day = rest.removesuffix("日")
    return date(int("".join(str(DIGITS.index(c)) for c in year)), read_small(month), read_small(day))


CAP = "零壹贰叁肆伍陆柒捌玖"


def read_rmb_capital(text: str) -> Decimal:
    if text.endswith("整"):
        text = text[:-1]
    yuan_text, sep, frac = text.partition("元")
    if not sep:
        yuan_text, frac = "", text
    yuan = int(cn2an.cn2an(yuan_text, "strict")) if yuan_text else 0
    jiao = fen = 0
    frac = frac.removeprefix("零")
    if "角" in frac:
        j, _, frac = frac.partition("角")
        jiao = CAP.index(j)
    if "分" in frac:
        fen = CAP.index(frac.removesuffix("分"))
    return Decimal(yuan) + Decimal(jiao) / 10 + Decimal(fen) / 100


def test_examples_from_the_domain_digest() -> None:
    assert chinese_date(date(2024, 3, 14)) == "二〇二四年三月十四日"
    assert rmb_full(Decimal("123456.78")) == "人民币123,456.78元（大写：壹拾贰万叁仟肆佰伍拾陆元柒角捌分）"
    assert rmb_capital(Decimal("1000000")) == "壹佰万元整"
    assert rmb_capital(Decimal("100.05")) == "壹佰元零伍分"
    assert rmb_capital(Decimal("0")) == "零元整"


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)))
def test_chinese_dates_round_trip(d: date) -> None:
    assert read_chinese_date(chinese_date(d)) == d


money = st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2, allow_nan=False,
                    allow_infinity=False)


@given(money)
def test_rmb_capitals_round_trip(amount: Decimal) -> None:
    text = rmb_capital(amount)
    assert read_rmb_capital(text) == amount
    assert text.endswith("整") == (amount == amount.to_integral_value())


@given(money)
def test_figures_round_trip_through_the_amount_parser(amount: Decimal) -> None:
    assert parse_amount(money_figures(amount)) == amount
    assert parse_amount(f"￥{money_figures(amount)}元") == amount


@pytest.mark.parametrize("bad", ["abc", "1e999999", "-5", "1.234", "NaN"])
def test_amounts_that_are_not_money_are_explained(bad: str) -> None:
    with pytest.raises(ValueError, match="金额"):
        parse_amount(bad)
