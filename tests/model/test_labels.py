"""Every code the case model, the rule data and the checks use has one Chinese label, in one table
(dossier/vocab/labels.yaml): a report, a printed checklist and a web page cannot word it differently."""

from __future__ import annotations

from typing import Any, get_args

import pytest

from dossier.model.case import AgentKind, BasisKind, Category, ClosingMethod, PartyKind, Signer
from dossier.model.stage import DossierStage, Stage
from dossier.rules.case_extras import EventName, Track
from dossier.rules.conditions import Fact
from dossier.vocab.labels import labels


def _codes(literal: Any) -> set[str]:
    return set(get_args(literal))


@pytest.mark.parametrize(("table", "literal"), [
    ("categories", Category), ("closing_methods", ClosingMethod), ("basis_kinds", BasisKind),
    ("agent_kinds", AgentKind), ("party_kinds", PartyKind), ("signers", Signer), ("facts", Fact),
    ("stages", Stage), ("reviews", DossierStage), ("tracks", Track),
])
def test_each_code_of_the_model_has_exactly_one_label(table: str, literal: Any) -> None:
    assert set(getattr(labels(), table)) == _codes(literal)


def test_events_a_case_file_may_give_and_those_read_from_the_case_are_all_named() -> None:
    assert set(labels().events) == _codes(EventName) | {"filed_on", "closed_on"}


def test_stage_is_defined_once_and_the_dossier_check_takes_its_last_two() -> None:
    assert get_args(Stage) == ("filing", "closing", "archive")
    assert _codes(DossierStage) < _codes(Stage)


def test_the_web_page_and_the_report_name_a_misfiled_page_alike() -> None:
    from api.pages import _doc_label
    from dossier.reports.wording import page_type_label, problem_label

    assert problem_label("misfiled_page") == labels().problems["misfiled_page"] == "误装页（他案材料）"
    assert _doc_label("blank") == page_type_label("blank") == "空白页"
    assert page_type_label("continuation") == "（续页）"


def test_a_broken_label_table_is_an_error_naming_the_vocabulary_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from dossier import vocab
    from dossier.errors import ChecklistDataError
    from dossier.vocab import labels as labels_module

    real = vocab.load_vocab

    def without_stages(name: str) -> dict[str, Any]:
        data = dict(real(name))
        if name == "labels":
            data.pop("stages")
        return data

    monkeypatch.setattr(labels_module, "load_vocab", without_stages)
    labels_module.labels.cache_clear()
    try:
        with pytest.raises(ChecklistDataError) as caught:
            labels_module.labels()
        assert "labels.yaml" in str(caught.value.to_dict()) and "stages" in str(caught.value)
    finally:
        labels_module.labels.cache_clear()


def test_the_legal_lists_documents_draw_on_are_data_and_cite_real_provisions() -> None:
    from datetime import date

    from dossier.statutes import cite

    words = labels()
    assert sorted(words.dishonest_grounds) == [1, 2, 3, 4, 5, 6]
    assert set(words.basis_documents) == _codes(BasisKind)
    for name, measure in words.measures.items():
        assert cite(measure.provision, date(2024, 1, 1)).text, name
    assert words.measures["查封"] == words.measures["seal"]  # a case file may name a measure either way


def test_the_pages_name_decisions_and_findings_from_the_vocabulary() -> None:
    from api.pages import CHECK_LABELS, DECISION_LABELS
    from api.schemas import DecisionOut
    from dossier.dossier_check.result import Decision

    assert set(CHECK_LABELS) == _codes(Decision)
    assert set(DECISION_LABELS) == _codes(DecisionOut.model_fields["result"].annotation)
    assert DECISION_LABELS["returned"] == "退回"
