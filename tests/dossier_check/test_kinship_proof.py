"""A son files for his widowed mother. The kinship proof must show him: a 户口簿 that holds only the mother and her
daughter (清远清城 court_hc_03) proves her identity, not his kinship. The archive centre is told to look when his
name is not read on the pages read as that proof; a name not read (a register's inkjet fields read as nothing,
绥化北林 court_gv_01) never sends the dossier back by itself."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from pypdf import PdfReader

from dossier.dossier_check.kinship import kinship_checked, named
from dossier.dossier_check.model import Page
from dossier.dossier_check.result import DossierCheckResult
from dossier.dossier_check.run import check_pages, looked_again
from dossier.model import Case
from dossier.results import MissingItem

CASE = "（2024）粤1802执5063号"


def case(agent_kind: str = "relative") -> Case:
    return Case.model_validate({
        "case_number": CASE, "court": "广东省清远市清城区人民法院", "category": "enforcement",
        "filed_on": "2024-01-29", "amount": "44000.00",
        "basis": {"kind": "judgment", "case_number": "（2023）粤1802民初12368号", "court": "广东省清远市清城区人民法院"},
        "applicants": [{"name": "邓秀娟", "kind": "person",
                        "agent": {"name": "何伟业", "kind": agent_kind, "firm": "广东某某律师事务所"}}],
        "respondents": [{"name": "清远市清城区罗记宏达建材商行", "kind": "organisation"}]})


def page(n: int, doc_type: str) -> Page:
    return Page.model_validate({"page": n, "doc_type": doc_type, "case_number": CASE, "confidence": 0.9})


class Look:
    def __init__(self, texts: dict[int, str]) -> None:
        self.given = texts
        self.asked: list[list[int]] = []

    def texts(self, pages: Sequence[int]) -> dict[int, str]:
        self.asked.append(list(pages))
        return {n: self.given[n] for n in pages if n in self.given}

    def dates(self, pages: Sequence[int]) -> dict[int, date]:
        return {}


def nothing_missing(*_: object) -> list[MissingItem]:
    return []


def checked(look: Look, kind: str = "relative") -> DossierCheckResult:
    pages = [page(5, "power_of_attorney"), page(6, "kinship_proof"), page(7, "continuation"), page(8, "evidence")]
    pages = looked_again(pages, case(kind), look)
    return check_pages(pages, case(kind), "closing", today=date(2024, 8, 1), files=["scan.pdf"],
                       missing_for=nothing_missing)


MOTHERS = ("户口簿 常住人口登记卡 户主姓名邓秀娟 户别居民家庭户 住址广东省清远市清城区洲心街道大里村委会高田村39号 "
           "登记日期2016年9月20日")
DAUGHTERS = "常住人口登记卡 姓名何嘉欣 户主或与户主关系 女 出生日期2009年11月20日 民族汉 宗教信仰 文化程度"


def test_a_register_that_does_not_show_the_son_acting_is_flagged_for_the_clerk_to_look() -> None:
    look = Look({6: MOTHERS, 7: DAUGHTERS})
    result = checked(look)
    assert look.asked[-1] == [6, 7], "the proof's pages, its later page too"
    [warning] = [p for p in result.problems if p.kind == "kinship_unconfirmed"]
    assert warning.pages == [6, 7] and warning.severity == "warning"
    assert "第6-7页" in warning.message and "何伟业" in warning.message
    assert result.decision == "approve", "a name not read is unknown: no reason to send the dossier back"


def test_a_register_that_shows_the_son_or_a_page_read_too_little_says_nothing() -> None:
    for texts in ({6: MOTHERS, 7: DAUGHTERS.replace("何嘉欣", "何伟业")}, {6: MOTHERS, 7: DAUGHTERS.replace("何嘉欣", "何伟叶")},
                  {6: "户口簿", 7: "常住人口"}, {}):
        result = checked(Look(texts))
        assert not [p for p in result.problems if p.kind == "kinship_unconfirmed"], texts


def test_a_lawyer_acting_needs_no_kinship_proof_and_nothing_is_read_again() -> None:
    look = Look({6: MOTHERS, 7: DAUGHTERS})
    result = checked(look, "lawyer")
    assert [6, 7] not in look.asked
    assert not [p for p in result.problems if p.kind == "kinship_unconfirmed"]


def test_a_name_is_found_whole_or_three_characters_with_one_misread() -> None:
    assert named("何伟业", "姓名何伟业") and named("何伟业", "姓名何伟叶") and named("何 伟业", "何伟业之母")
    assert not named("刘浩", "姓名刘告") and not named("何伟业", "姓名何嘉欣")
    assert kinship_checked([page(6, "kinship_proof")], case(), lambda pages: {6: MOTHERS})[0].agent_unseen == "何伟业"


def test_a_relatives_name_with_markup_characters_is_shown_as_written_in_the_warning_and_the_reports() -> None:
    """A case file may name the agent with & or < (typed by hand at the window): the warning names him as written, and
    the HTML and PDF reports show it as text, never as markup."""
    from dossier.reports.html import render_html
    from dossier.reports.pdf import render_report_pdf

    odd = case().model_copy(deep=True)
    assert odd.applicants[0].agent is not None
    odd.applicants[0].agent.name = "何<伟>&业"
    pages = looked_again([page(5, "power_of_attorney"), page(6, "kinship_proof")], odd, Look({6: MOTHERS}))
    result = check_pages(pages, odd, "closing", today=date(2024, 8, 1), files=["scan.pdf"],
                         missing_for=nothing_missing)
    [warning] = [p for p in result.problems if p.kind == "kinship_unconfirmed"]
    assert "“何<伟>&业”" in warning.message
    html = render_html(result)
    assert "何&lt;伟&gt;&amp;业" in html and "何<伟>" not in html
    pdf = PdfReader(io.BytesIO(render_report_pdf(result)))
    assert "何<伟>&业" in "".join(p.extract_text() for p in pdf.pages)
