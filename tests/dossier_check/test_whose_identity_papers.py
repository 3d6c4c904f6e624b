"""A herder files for his fencing pay. His own ID copy never reached the volume; the contractor's did (behind the
户籍 reply). The archive centre must see the herder's identity proof missing — a respondent's ID card is no proof
of who applied — and be told which page was read as whose. An ID page whose name and number were not read still
counts for the applicant: unknown is never false."""

from __future__ import annotations

from datetime import date

from dossier.dossier_check.grouping import group_documents
from dossier.dossier_check.model import Page
from dossier.dossier_check.run import check_pages
from dossier.dossier_check.whose import with_owners
from dossier.model import Case
from dossier.privacy import mask_id

CASE = "（2024）甘3027执13768号"
HERDER_ID = "623027198503120518"
CONTRACTOR_ID = "620102197807224312"


def case(agent: dict[str, str] | None = None) -> Case:
    herder: dict[str, object] = {"name": "才让东智", "kind": "person", "id_number": HERDER_ID}
    if agent:
        herder["agent"] = agent
    return Case.model_validate({
        "case_number": CASE, "court": "甘肃省夏河县人民法院", "category": "enforcement",
        "filed_on": "2024-03-04", "amount": "38600.00",
        "basis": {"kind": "mediation", "case_number": "（2023）甘3027民初1102号", "court": "甘肃省夏河县人民法院"},
        "applicants": [herder],
        "respondents": [{"name": "马建国", "kind": "person", "id_number": CONTRACTOR_ID}],
        "closing": {"method": "fully_performed", "closed_on": "2024-06-20"}})


def page(n: int, doc_type: str, particulars: list[str] | None = None) -> Page:
    return Page.model_validate({"page": n, "doc_type": doc_type, "case_number": CASE, "confidence": 0.95,
                                "particulars": particulars or []})


def checked(identity: Page) -> list[str]:
    pages = [page(1, "enforcement_application"), identity, page(3, "enforcement_basis")]
    result = check_pages(pages, case(), "closing", today=date(2024, 7, 1), files=["scan.pdf"])
    return [m.code + "：" + m.reason for m in result.missing if m.code == "identity_proof"]


def test_the_respondents_id_card_alone_leaves_the_applicants_identity_proof_missing() -> None:
    contractors = page(2, "identity_proof", ["马建国", mask_id(CONTRACTOR_ID), "1978"])
    [missing] = checked(contractors)
    assert "申请执行人" in missing and "第2页是被执行人马建国的" in missing


def test_the_applicants_id_card_or_one_whose_owner_was_not_read_counts() -> None:
    for particulars in (["才让东智", mask_id(HERDER_ID)], [mask_id(HERDER_ID)], [], ["1985", "0518"]):
        assert checked(page(2, "identity_proof", particulars)) == [], particulars


def test_a_paper_naming_both_sides_is_not_the_respondents() -> None:
    both = page(2, "identity_proof", ["才让东智", "马建国"])
    [doc] = with_owners(group_documents([both]), [both], case())
    assert doc.owner is None
    agent_case = case({"name": "王丽", "kind": "relative"})
    agents = page(2, "identity_proof", ["王丽", "马建国"])
    [doc] = with_owners(group_documents([agents]), [agents], agent_case)
    assert doc.owner is None, "the applicant's agent named: the applicant's side"
