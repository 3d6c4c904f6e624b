"""Statute citations: a document cites the article in force on the day it is issued."""

from __future__ import annotations

from datetime import date, timedelta

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.errors import TemplateError
from dossier.statutes import chinese_number, cite, document_provisions, join_citations, statute_table

CPL = "中华人民共和国民事诉讼法"


@pytest.mark.parametrize(("key", "before", "after"), [
    ("report_property", "第二百四十八条", "第二百五十二条"),
    ("deposits", "第二百四十九条", "第二百五十三条"),
    ("income", "第二百五十条", "第二百五十四条"),
    ("seal_property", "第二百五十一条", "第二百五十五条"),
    ("execution_notice", "第二百四十七条", "第二百五十一条"),
])
def test_an_order_issued_on_new_years_day_2024_cites_the_2023_amendment(key: str, before: str,
                                                                         after: str) -> None:
    assert cite(key, date(2023, 12, 31)).article_cn == before
    assert cite(key, date(2024, 1, 1)).article_cn == after
    assert cite(key, date(2024, 1, 1)).law == CPL


def test_the_2021_amendment_took_effect_on_1_january_2022() -> None:
    assert cite("report_property", date(2021, 12, 31)).article_cn == "第二百四十一条"
    assert cite("report_property", date(2022, 1, 1)).article_cn == "第二百四十八条"


def test_the_2022_interpretation_renumbered_termination_of_this_round() -> None:
    assert cite("termination_this_round", date(2022, 4, 9)).article_cn == "第五百一十九条"
    assert cite("termination_this_round", date(2022, 4, 10)).article_cn == "第五百一十七条"
    assert "〈中华人民共和国民事诉讼法〉的解释" in cite("termination_this_round", date(2024, 5, 1)).law


def test_paragraph_and_item_are_part_of_the_citation() -> None:
    assert cite("ruling_scope", date(2024, 3, 1)).article_cn == "第一百五十七条第一款第十一项"
    assert cite("dishonest_grounds", date(2024, 3, 1), item=4).text == \
        "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第四项"


def test_a_date_before_any_version_is_an_error_not_a_guess() -> None:
    with pytest.raises(TemplateError, match="没有施行中的版本"):
        cite("termination_conditions", date(2016, 11, 30))


def test_an_unknown_provision_is_named() -> None:
    with pytest.raises(TemplateError, match="no_such_rule"):
        cite("no_such_rule", date(2024, 1, 1))


def test_every_entry_records_its_source_and_whether_it_was_verified() -> None:
    table = statute_table()
    for key, provision in table.provisions.items():
        for v in provision.versions:
            assert v.source.strip(), key
            if not v.verified:
                assert "推定" in v.source, f"{key}: an unverified number must say how it was derived"


@given(st.dates(min_value=date(2015, 2, 4), max_value=date(2035, 12, 31)))
def test_every_provision_has_exactly_one_version_on_any_day_it_exists(day: date) -> None:
    for key, provision in statute_table().provisions.items():
        starts = min(v.effective_from for v in provision.versions)
        if day < starts:
            continue
        in_force = [v for v in provision.versions if v.in_force(day)]
        assert len(in_force) == 1, (key, day)


def test_documents_cite_only_known_provisions() -> None:
    for doc in ("enforcement_notice", "property_report_order", "termination_this_round_ruling"):
        for key in document_provisions(doc):
            cite(key, date(2024, 6, 1))


def test_articles_of_one_law_share_its_name_when_cited_together() -> None:
    on = date(2024, 6, 1)
    text = join_citations([cite("deposits", on), cite("income", on), cite("consumption_restriction", on),
                           cite("consumption_items", on)])
    assert text == ("《中华人民共和国民事诉讼法》第二百五十三条、第二百五十四条，"
                    "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条")


@given(st.integers(min_value=1, max_value=999))
def test_article_numbers_in_chinese_read_back_as_the_number(n: int) -> None:
    assert cn2an.cn2an(chinese_number(n), "smart") == n


def test_citation_changes_exactly_once_across_the_2024_boundary() -> None:
    day = date(2023, 12, 25)
    seen = []
    while day <= date(2024, 1, 7):
        seen.append(cite("report_property", day).article)
        day += timedelta(days=1)
    assert seen.count(248) == 7 and seen.count(252) == 7


# DOMAIN.md, "Statute article numbers, checked against the text" (LawRefBook/Laws, 民事诉讼法 2021 and 2023).
CHECKED_2021_2023 = {"application": (243, 247), "execution_notice": (247, 251), "report_property": (248, 252),
                     "deposits": (249, 253), "income": (250, 254), "seal_property": (251, 255),
                     "delay_interest": (260, 264), "credit_measures": (262, 266), "ruling_scope": (157, 157)}


@pytest.mark.parametrize(("key", "articles"), CHECKED_2021_2023.items())
def test_the_2021_and_2023_numbers_checked_against_the_text_are_verified(key: str, articles: tuple[int, int]) -> None:
    for day, article in zip((date(2022, 1, 1), date(2024, 1, 1)), articles, strict=True):
        version = next(v for v in statute_table().provisions[key].versions if v.in_force(day))
        assert (version.law, version.article, version.verified) == ("cpl", article, True), (key, day)
        if "LawRefBook" in version.source:
            assert "民事诉讼法(2021-12-24).md" in version.source or "民事诉讼法(2023-09-01).md" in version.source


def test_no_number_of_the_2021_or_2023_civil_procedure_law_is_left_unverified() -> None:
    for key, provision in statute_table().provisions.items():
        for v in provision.versions:
            if v.law == "cpl" and (v.in_force(date(2022, 1, 1)) or v.in_force(date(2024, 1, 1))):
                assert v.verified, key
