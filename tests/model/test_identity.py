"""Identity checks done at the filing window (GB 11643 ID numbers, GB 32100 credit codes)."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.intake.case_file import case_from_dict
from dossier.privacy import MaskingFilter, mask_id, mask_ids_in_text
from dossier.validators import check_credit_code, check_id_number, validate_case

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def id_check(first17: str) -> str:
    """DOMAIN.md's rule, written independently of the code under test."""
    return "10X98765432"[sum(int(a) * w for a, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def uscc_check(first17: str) -> str:
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_CHARS[(31 - s % 31) % 31]


birth_dates = st.dates(min_value=date(1920, 1, 1), max_value=date(2020, 12, 31))
regions = st.integers(110000, 659999).map(str)
sequences = st.integers(0, 999).map(lambda n: f"{n:03d}")


@given(region=regions, born=birth_dates, seq=sequences)
def test_every_well_formed_id_number_is_accepted(region: str, born: date, seq: str) -> None:
    first17 = region + born.strftime("%Y%m%d") + seq
    assert check_id_number(first17 + id_check(first17)) is None


@given(region=regions, born=birth_dates, seq=sequences, wrong=st.sampled_from("0123456789X"))
def test_a_wrong_check_character_is_named(region: str, born: date, seq: str, wrong: str) -> None:
    first17 = region + born.strftime("%Y%m%d") + seq
    right = id_check(first17)
    if wrong == right:
        return
    msg = check_id_number(first17 + wrong)
    assert msg is not None and "校验码错误" in msg and f"应为“{right}”" in msg


def test_impossible_birth_date_is_refused() -> None:
    first17 = "41030319800230123"
    assert "出生日期" in (check_id_number(first17 + id_check(first17)) or "")


def test_wrong_length_is_refused() -> None:
    assert "18位" in (check_id_number("41030319800101123") or "")


def test_contract_sample_id_is_valid_although_its_region_code_is_not_in_stdnums_table() -> None:
    assert check_id_number("410303198001011237") is None


@given(body=st.text(alphabet=USCC_CHARS, min_size=17, max_size=17))
def test_credit_codes_round_trip(body: str) -> None:
    good = body + uscc_check(body)
    assert check_credit_code(good) is None
    bad = body + USCC_CHARS[(USCC_CHARS.index(uscc_check(body)) + 1) % 31]
    assert "校验码错误" in (check_credit_code(bad) or "")


def test_credit_code_with_forbidden_letter_is_explained() -> None:
    assert "不允许的字符" in (check_credit_code("91410300MA44XYBQ7I") or "")


@given(st.text(alphabet="0123456789X", min_size=11, max_size=18))
def test_masking_keeps_first_six_and_last_four(number: str) -> None:
    masked = mask_id(number)
    assert len(masked) == len(number)
    assert masked[:6] == number[:6] and masked[-4:] == number[-4:]
    assert set(masked[6:-4]) <= {"*"}


def test_logs_never_carry_an_unmasked_id(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("dossier.test.privacy")
    logger.addFilter(MaskingFilter())
    with caplog.at_level(logging.INFO, logger="dossier.test.privacy"):
        logger.info("party %s with id %s", "张三", "410303198001011237")
    assert "410303198001011237" not in caplog.text
    assert "410303********1237" in caplog.text
    assert mask_ids_in_text("案号（2024）豫0311执1234号") == "案号（2024）豫0311执1234号"


def test_filing_problems_name_the_field(contract_case_dict: dict[str, Any]) -> None:
    contract_case_dict["applicants"][0]["id_number"] = "410303198001011238"
    contract_case_dict["respondents"][0]["id_number"] = "91410300MA44XYBQ7F"
    contract_case_dict["amount"] = "一百元"
    contract_case_dict["case_number"] = "(2024)豫0311执1234"
    problems = {p.field: p for p in validate_case(case_from_dict(contract_case_dict))}
    assert problems["applicants[0].id_number"].kind == "invalid_id_number"
    assert "410303198001011238" not in problems["applicants[0].id_number"].message  # masked
    assert problems["respondents[0].id_number"].kind == "invalid_credit_code"
    assert problems["amount"].kind == "invalid_amount"
    assert problems["case_number"].kind == "malformed_case_number"


def test_contract_example_has_no_blocking_problem(contract_case_dict: dict[str, Any]) -> None:
    assert [p for p in validate_case(case_from_dict(contract_case_dict)) if p.severity == "error"] == []


def test_closing_before_filing_is_a_problem(contract_case_dict: dict[str, Any]) -> None:
    contract_case_dict["closing"]["closed_on"] = (date(2024, 3, 14) - timedelta(days=1)).isoformat()
    kinds = [p.kind for p in validate_case(case_from_dict(contract_case_dict))]
    assert "invalid_date" in kinds
