"""Case numbers read off scans: OCR bends brackets and digits; the page still names its case."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.ocr.casenum import find_case_numbers, opens_with_case_number, same_case


@pytest.mark.parametrize(("text", "expected"), [
    ("（2024）豫0311执1234号", "（2024）豫0311执1234号"),
    ("(2024) 了豫0311执1234号", "（2024）豫0311执1234号"),      # ASCII brackets, a stray stroke
    ("【2O24】豫O311执l234号", "（2024）豫0311执1234号"),        # O for 0, l for 1
    ("（2024）豫03执恢12号", "（2024）豫03执恢12号"),
    ("(2015)洛执字第123号", "（2015）洛执字第123号"),            # the pre-2016 form
    ("案号：（ 2024 ）豫 0311 执 1234 号", "（2024）豫0311执1234号"),
    ("（２０２４）浙０２０６执１２３４号", "（2024）浙0206执1234号"),  # a text layer typed in Word, full-width digits
    ("〔2024〕浙0206执恢12号", "（2024）浙0206执恢12号"),          # a government office's brackets
])
def test_noisy_case_numbers_are_normalised(text: str, expected: str) -> None:
    assert find_case_numbers(text) == [expected]


def test_a_civil_case_number_is_not_an_enforcement_case() -> None:
    assert find_case_numbers("（2023）豫0311民初567号") == []


_OCR_DIGITS = {"0": "O", "1": "l", "5": "S"}


@given(year=st.integers(2000, 2030), court=st.sampled_from(["豫0311", "豫03", "京0105", "蒙"]),
       kind=st.sampled_from(["执", "执恢", "执保", "执异"]), seq=st.integers(1, 99999),
       ascii_brackets=st.booleans(), misread=st.booleans())
def test_any_case_number_survives_ocr_noise(year: int, court: str, kind: str, seq: int,
                                            ascii_brackets: bool, misread: bool) -> None:
    canonical = f"（{year}）{court}{kind}{seq}号"
    digits = str(seq)
    if misread:
        digits = "".join(_OCR_DIGITS.get(d, d) for d in digits)
    o, c = ("(", ")") if ascii_brackets else ("（", "）")
    noisy = f"文书 {o}{year}{c} {court}{kind} {digits}号 送达"
    found = find_case_numbers(noisy)
    assert found == [canonical]
    assert same_case(found[0], canonical)


def test_one_misread_digit_of_the_court_code_is_this_case_but_another_sequence_is_another_case() -> None:
    from dossier.ocr.casenum import find_case_numbers

    expected = "（2024）豫0311执1234号"
    assert find_case_numbers("（2024）豫0811执1234号", expected=expected) == [expected]
    assert find_case_numbers("（2024）豫0311执987号", expected=expected) == ["（2024）豫0311执987号"]
    assert find_case_numbers("（2024）豫0811执1234号") == ["（2024）豫0811执1234号"]


def test_a_copiers_broken_fours_in_the_year_and_court_code_still_read_as_this_case() -> None:
    """攀枝花东区 (court_bx): the old copier's text mode breaks the thin strokes of a 4, and the head of every notice's
    number read （2021）川0102执56118号 for （2024）川0402执56118号 — three of its papers called another case's, the
    dossier rejected. The sequence is this case's to the digit: a digit or two of the year and the court code are
    misread. A case one sequence number away, or a short sequence with two digits off, is still another case."""
    expected = "（2024）川0402执56118号"
    assert find_case_numbers("（2021）川0102执56118号", expected=expected) == [expected]
    assert find_case_numbers("(2021）川0402执56118号", expected=expected) == [expected]
    assert find_case_numbers("（2021）川0102执56117号", expected=expected) == ["（2021）川0102执56117号"]
    assert find_case_numbers("（2021）川0101执56118号", expected=expected) == ["（2021）川0101执56118号"]
    assert find_case_numbers("（2021）川0102执18号", expected="（2024）川0402执18号") == ["（2021）川0102执18号"]
    assert find_case_numbers("（2021）川0102执56118号") == ["（2021）川0102执56118号"]


def test_a_four_broken_in_the_sequence_as_in_the_year_is_still_this_case_but_not_in_the_right_year() -> None:
    """攀枝花东区 (court_bx_02 p25) and 横琴 (court_p_01 p34): the copier broke every 4 of the line, the sequence's too —
    （2024）川0402执56407号 read （2021）川0402执56107号 — and the complete dossier was sent back with a misfiled page. The
    year misread the same way is the evidence; read in the right year, 执56107 is a case filed beside this one."""
    expected = "（2024）川0402执56407号"
    assert find_case_numbers("（2021）川0402执56107号", expected=expected) == [expected]
    assert find_case_numbers("2021：粤0491执1861号", expected="（2024）粤0491执4861号") == ["（2024）粤0491执4861号"]
    assert find_case_numbers("（2024）川0402执56107号", expected=expected) == ["（2024）川0402执56107号"]
    assert find_case_numbers("（2021）川0402执56417号", expected=expected) == ["（2021）川0402执56417号"]  # another glyph
    assert find_case_numbers("（2021）川0402执56108号", expected=expected) == ["（2021）川0402执56108号"]
    assert find_case_numbers("（2021）川0402执107号", expected="（2024）川0402执407号") == ["（2021）川0402执107号"]


@pytest.mark.parametrize(("line", "names"), [
    ("（2024）琼0106执68214号执行裁定书、协助执行通", True),  # a registry form's 嘱托文书 cell (court_ae_02 p29)
    ("(2O24) 琼0106执 68214号 协助执行通知书", True),  # read with OCR's usual slips
    ("（2024）琼0106执68214号", False),  # the number alone, under a title
    ("执行裁定书", False),
    ("海口市龙华区人民法院（2024）琼0106执68214号", False),  # the number after other words
])
def test_a_line_that_opens_with_a_case_number_names_a_document_by_it(line: str, names: bool) -> None:
    """The case-number reader the rest of the reader uses decides it, OCR slips and all: no title begins with one."""
    assert opens_with_case_number(line) is names


def test_a_court_code_read_with_one_of_its_repeated_digits_lost_is_this_cases() -> None:
    """乐山市中 (court_fm_03, skewed through an ADF without deskew): （2024）川1102执68736号 read （2024）川102执68736号 under
    the notices' titles — with the year, type and sequence this case's, a 1 of 11 read once."""
    expected = "（2024）川1102执68736号"
    assert find_case_numbers("（2024）川102执68736号", expected=expected) == [expected]
    assert find_case_numbers("（2024）川102执68737号", expected=expected) == []  # another sequence: no repair
    assert find_case_numbers("（2024）川102执68736号") == []  # no expected number: nothing to repair to


def test_a_notarys_certificate_number_is_no_case_number() -> None:
    """The 受理案件通知书 names the basis: …凌云公证处（2023）川乐凌证字第1231号公证书及（2024）川乐凌证执字第42号执行证书 —
    the 执行证书's number has the old form of a court's (执字第) and was taken for another case's: the notice was
    reported misfiled."""
    text = "你方依据四川省乐山市凌云公证处（2023）川乐凌证字第1231号公证书及（2024）川乐凌证执字第42号执行证书申请执行"
    assert find_case_numbers(text, expected="（2024）川1102执68736号") == []
    assert find_case_numbers("（2013）朝执字第1234号") == ["（2013）朝执字第1234号"]
