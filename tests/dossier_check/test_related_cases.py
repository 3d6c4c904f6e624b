"""A resumed case's volume holds the ruling that added the debtor company's sole shareholder as a respondent — decided
in a case of its own, 执异, and carrying that number — with the 送达回证 for it. The archive centre must not send the
complete volume back for "another case's pages", nor keep a stranger's ruling because it is an 执异 of this court: the
ruling's own text decides (临沂兰山, court_hp_01, drawn blind)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dossier.dossier_check.model import Page
from dossier.dossier_check.related_cases import ancillary_of_this_court, pages_to_read
from dossier.dossier_check.run import check_pages, looked_again
from dossier.model import Case
from dossier.results import MissingItem

CASE = "（2024）鲁1302执恢5617号"
RELATED = "（2024）鲁1302执异355号"


def case() -> Case:
    return Case.model_validate({
        "case_number": CASE, "court": "山东省临沂市兰山区人民法院", "category": "resumption",
        "filed_on": "2024-01-19", "amount": "186000.00",
        "basis": {"kind": "judgment", "case_number": "（2022）鲁1302民初14116号", "court": "山东省临沂市兰山区人民法院"},
        "applicants": [{"name": "临沂通宇物流有限公司", "kind": "organisation"}],
        "respondents": [{"name": "临沂宏福商贸有限公司", "kind": "organisation"}]})


def page(n: int, doc_type: str, number: str | None = CASE) -> Page:
    return Page.model_validate({"page": n, "doc_type": doc_type, "case_number": number, "confidence": 0.95})


def nothing_missing(*_: object) -> list[MissingItem]:
    return []


class Look:
    def __init__(self, texts: dict[int, str]) -> None:
        self.given = texts
        self.asked: list[list[int]] = []

    def texts(self, pages: Sequence[int]) -> dict[int, str]:
        self.asked.append(list(pages))
        return {n: self.given[n] for n in pages if n in self.given}

    def dates(self, pages: Sequence[int]) -> dict[int, date]:
        return {}


def checked(pages: list[Page], look: Look):
    return check_pages(looked_again(pages, case(), look), case(), "closing", today=date(2024, 8, 1),
                       files=["scan.pdf"], missing_for=nothing_missing)


def volume(number: str = RELATED) -> list[Page]:
    return [page(25, "enforcement_ruling"), page(26, "continuation", None), page(28, "enforcement_ruling", number),
            page(29, "continuation", None), page(33, "closing_notice"), page(37, "service_receipt", number)]


ADDING_RULING = (f"山东省临沂市兰山区人民法院\n执行裁定书\n{RELATED}\n申请人（申请执行人）：临沂通宇物流有限公司…\n"
                 f"本院在执行{CASE}申请执行人临沂通宇物流有限公司与被执行人临沂宏福商贸有限公司运输合同纠纷一案中，"
                 "申请执行人申请追加被执行人的股东石德为被执行人…")


def test_the_ruling_adding_a_respondent_and_its_receipt_are_this_cases_papers_under_their_own_number():
    look = Look({28: ADDING_RULING})
    result = checked(volume(), look)
    assert look.asked == [[28]], "one page read again for the one related number"
    assert result.decision == "approve"
    assert not [p for p in result.problems if p.kind == "misfiled_page"]
    [note] = [p for p in result.problems if p.kind == "related_case_pages"]
    assert note.pages == [28, 37] and note.severity == "warning"
    assert RELATED in note.message and "关联案件" in note.message


def test_an_objection_ruling_of_this_court_in_another_case_stays_misfiled():
    look = Look({28: "山东省临沂市兰山区人民法院\n执行裁定书\n（2024）鲁1302执异355号\n案外人：王某某\n"
                     "本院在执行（2024）鲁1302执8821号申请执行人张某与被执行人李某买卖合同纠纷一案中…"})
    result = checked(volume(), look)
    assert result.decision == "reject"
    assert [p.pages for p in result.problems if p.kind == "misfiled_page"] == [[28, 29], [37]]


def test_an_objection_ruling_naming_this_cases_debtor_in_another_case_stays_misfiled():
    """The debtor is sued by several: an objection in another of its cases names the same company, not this case."""
    look = Look({28: "执行裁定书\n（2024）鲁1302执异355号\n本院在执行（2024）鲁1302执8821号申请执行人张某与被执行人"
                     "临沂宏福商贸有限公司买卖合同纠纷一案中…"})
    result = checked(volume(), look)
    assert result.decision == "reject"


def test_only_an_ancillary_case_of_this_court_is_asked_about():
    assert ancillary_of_this_court(RELATED, CASE)
    assert ancillary_of_this_court("（2024）鲁1302执复12号", CASE)
    assert not ancillary_of_this_court("（2024）鲁1311执异355号", CASE), "another court's"
    assert not ancillary_of_this_court("（2024）鲁1302执5617号", CASE), "a first enforcement is no ruling inside this one"
    assert not ancillary_of_this_court("（2024）鲁1302民初355号", CASE)
    assert pages_to_read(volume("（2024）鲁1302执8821号"), case()) == {}
    result = checked(volume("（2024）鲁1302执8821号"), Look({}))
    assert result.decision == "reject"


def test_a_page_the_reader_cannot_read_again_stays_misfiled():
    result = checked(volume(), Look({}))
    assert result.decision == "reject"
    assert [p.pages for p in result.problems if p.kind == "misfiled_page"] == [[28, 29], [37]]
