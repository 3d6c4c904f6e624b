"""A paper nothing names is filed as 证据材料, unsurely — and so proves nothing the checklist asks for: given a
终结执行 case whose only paper beyond the court's own is a lessor's 租金逾期明细表, the clerk sees the proof of the
termination ground missing, with that page named as possibly it; a 死亡证明 read by its title proves it."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.dossier_check.model import Page
from dossier.dossier_check.run import check_pages
from dossier.model import Case

CASE = "（2024）沪74执55408号"


def terminated_case() -> Case:
    return Case.model_validate({
        "case_number": CASE, "court": "上海金融法院", "category": "enforcement", "filed_on": "2024-03-14",
        "amount": "331887.21", "basis": {"kind": "judgment", "case_number": "（2023）沪0101民初567号",
                                         "court": "上海市黄浦区人民法院"},
        "closing": {"method": "terminated", "closed_on": "2024-09-01"},
        "applicants": [{"name": "浦江金融租赁股份有限公司", "kind": "organisation"}],
        "respondents": [{"name": "上海嘉禾供应链管理有限公司", "kind": "organisation"}]})


def ground(paper: Page):
    pages = [Page(page=1, doc_type="termination_ruling", case_number=CASE, confidence=0.95), paper]
    result = check_pages(pages, terminated_case(), "closing", today=date(2024, 10, 1), files=["scan.pdf"])
    return next((m for m in result.missing if m.code == "evidence"), None), result


def test_a_paper_nothing_names_is_filed_but_proves_no_termination_ground() -> None:
    missing, result = ground(Page(page=2, doc_type="evidence", confidence=0.4, candidates=[("evidence", 0.4)]))
    assert missing is not None and missing.model_extra["possible_pages"] == [2]
    assert missing.reason.startswith("缺少终结执行事由的证明材料。")
    assert "第2页是一份未写明文书名称的材料，暂列为证据材料，可能是终结执行事由的证明材料，请人工核对该页。" in missing.reason
    assert [d.doc_type for d in result.documents] == ["termination_ruling", "evidence"]


def test_a_death_certificate_read_by_its_title_proves_the_ground() -> None:
    missing, _ = ground(Page(page=2, doc_type="evidence", confidence=0.95, case_number=None))
    assert missing is None


def test_a_paper_a_clerk_filed_as_evidence_by_hand_proves_it() -> None:
    missing, _ = ground(Page(page=2, doc_type="evidence", confidence=1.0, corrected_by="档案中心 王敏"))
    assert missing is None


@pytest.mark.parametrize("marked", [(), ("evidence", "kinship_proof")])
def test_a_vocabulary_without_exactly_one_catch_all_type_is_refused_naming_its_file(
    monkeypatch: pytest.MonkeyPatch, marked: tuple[str, ...],
) -> None:
    """A clerk editing doctypes.yaml drops the catch_all mark, or sets it on a second type: the check refuses the
    vocabulary, naming the file, rather than filing unnamed papers under a type chosen by the order of the file."""
    from dossier import doctypes as vocab
    from dossier.errors import ChecklistDataError

    types = {code: t.model_copy(update={"catch_all": code in marked}) for code, t in vocab.doctypes().items()}
    monkeypatch.setattr(vocab, "doctypes", lambda: types)
    vocab.catch_all.cache_clear()
    try:
        with pytest.raises(ChecklistDataError, match="兜底类型") as caught:
            vocab.catch_all()
        assert caught.value.file == "dossier/vocab/doctypes.yaml"
    finally:
        monkeypatch.undo()
        vocab.catch_all.cache_clear()
    assert vocab.catch_all() == "evidence"
