"""A clerk prints a ruling or a decision and it is titled as the SPC's model forms title it: every ruling
执行裁定书, a 失信 decision 决定书, other decisions 执行决定书; what it decides stands after “裁定如下：”."""

from __future__ import annotations

import io
import random
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from dossier.doctypes import printed_title
from dossier.intake.case_file import load_case
from dossier.model import Case
from dossier.render.docx import render_docx
from dossier.samples.compose import content_for

ON = date(2024, 7, 1)
OLD_TITLES = ("终结本次执行程序裁定书", "终结执行裁定书", "恢复执行裁定书", "纳入失信被执行人名单决定书",
              "罚款决定书", "拘留决定书")


def paragraphs(case: Case, code: str) -> list[str]:
    data = render_docx(case, code, doc_id=f"DOC-{code}", issued_on=ON)
    return [p.text for p in Document(io.BytesIO(data)).paragraphs if p.text.strip()]


def after(lines: list[str], marker: str) -> str:
    """The paragraph that follows the one ending with `marker`."""
    index = next(i for i, line in enumerate(lines) if line.endswith(marker))
    return lines[index + 1]


def test_the_termination_this_round_ruling_is_titled_as_a_ruling_and_says_what_it_decides(
        complex_case: Case) -> None:
    lines = paragraphs(complex_case, "termination_this_round_ruling")
    assert lines[0] == complex_case.court
    assert lines[1] == "执行裁定书"
    assert after(lines, "裁定如下：") == "终结本次执行程序。"
    assert not any(old in line for line in lines for old in OLD_TITLES)


def test_the_dishonest_list_decision_is_titled_decision_and_names_the_list(complex_case: Case) -> None:
    lines = paragraphs(complex_case, "dishonest_list_decision")
    titles = [lines[i + 1] for i, line in enumerate(lines) if line == complex_case.court]
    assert titles == ["决定书"] * len(complex_case.respondents)
    for respondent in complex_case.respondents:
        assert f"将被执行人{respondent.name}纳入失信被执行人名单。" in lines
    assert after(lines, "决定如下：") == f"将被执行人{complex_case.respondents[0].name}纳入失信被执行人名单。"
    assert not any(line in OLD_TITLES for line in lines)


def test_the_general_enforcement_ruling_keeps_its_title(complex_case: Case) -> None:
    lines = paragraphs(complex_case, "enforcement_ruling")
    assert lines[1] == "执行裁定书"


@pytest.mark.parametrize(("code", "title", "operative"), [
    ("termination_this_round_ruling", "执行裁定书", "终结本次执行程序。"),
    ("termination_ruling", "执行裁定书", "终结洛阳市老城区人民法院（2023）豫0311民初567号民事判决书的执行。"),
    ("resumption_ruling", "执行裁定书", "恢复洛阳市老城区人民法院（2023）豫0311民初567号民事判决书的执行。"),
    ("dishonest_list_decision", "决定书", "将被执行人洛阳某某商贸有限公司纳入失信被执行人名单。"),
    ("fine_decision", "执行决定书", "对被执行人洛阳某某商贸有限公司罚款人民币一万元。"),
    ("detention_decision", "执行决定书", "对被执行人洛阳某某商贸有限公司司法拘留十五日。"),
])
def test_sample_rulings_without_a_template_are_titled_by_their_form(
        sample_case: Case, code: str, title: str, operative: str) -> None:
    content = content_for(sample_case, code, rng=random.Random(7))
    assert printed_title(code) == title
    assert content.title == title
    first_page = content.paragraphs[0]
    lead = next(i for i, p in enumerate(first_page) if p.endswith(("裁定如下：", "决定如下：")))
    assert first_page[lead + 1] == operative


@pytest.fixture
def sample_case() -> Case:
    return load_case(Path(__file__).resolve().parents[2] / "samples" / "case.json")
