"""The benchmark's second page figure: a page counts right when it belongs to a document of the right type. Two
truths that differ only in where one paper ends — a 法定代表人身份证明书 filed as the business licence's second page,
or as an identity proof of its own — then agree, and a page of another type still counts wrong."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from bench_heldout import document_types


def test_a_certificate_filed_as_the_licence_page_and_as_its_own_proof_agree_by_document() -> None:
    as_page = document_types(["identity_proof", "continuation", "power_of_attorney"])
    as_own = document_types(["identity_proof", "identity_proof", "power_of_attorney"])
    assert as_page == as_own == ["identity_proof", "identity_proof", "power_of_attorney"]


def test_a_blank_back_does_not_end_the_document_and_a_wrong_type_stays_wrong() -> None:
    truth = document_types(["enforcement_basis", "blank", "continuation", "fee_receipt"])
    read = document_types(["enforcement_basis", "blank", "continuation", "continuation"])
    assert truth == ["enforcement_basis", "blank", "enforcement_basis", "fee_receipt"]
    assert read[3] == "enforcement_basis" != truth[3]


def test_a_continuation_nothing_precedes_stays_a_continuation() -> None:
    assert document_types(["continuation", "unknown", "continuation"]) == ["continuation", "unknown", "unknown"]
