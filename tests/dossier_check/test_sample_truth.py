"""Given the sample dossiers read perfectly (their ground truth), the checklist decides as the ground
truth says: complete dossiers are approved, each defective one is rejected with its defect named."""

from __future__ import annotations

from pathlib import Path

import pytest
from dossier_samples import SAMPLES, sample_names

from dossier.dossier_check.model import Page
from dossier.dossier_check.run import check_pages
from dossier.intake.case_file import load_case
from dossier.samples.truth import GroundTruth


def perfectly_read(truth: GroundTruth) -> list[Page]:
    served = {n: d.served for d in truth.documents for n in d.pages}
    return [Page(page=p.page, doc_type=p.doc_type, case_number=p.case_number, readable=p.readable,
                 blank=p.doc_type == "blank", confidence=0.99 if p.readable else 0.1,
                 served_doc_types=served.get(p.page, []))
            for p in truth.pages]


def test_the_sample_set_holds_complete_and_defective_dossiers_within_the_size_budget(samples_root: Path):
    truths = [GroundTruth.load(samples_root / n) for n in sample_names()]
    assert 5 <= len(truths) <= 8
    assert {t.expected_decision for t in truths} == {"approve", "reject"}
    assert all(20 <= len(t.pages) <= 45 for t in truths)
    assert any(not p.has_qr for t in truths for p in t.pages) and any(p.has_qr for t in truths for p in t.pages)
    size = sum(f.stat().st_size for f in samples_root.rglob("*") if f.is_file())
    assert size <= 25 * 1024 * 1024


@pytest.mark.parametrize("name", sample_names())
def test_a_perfect_reading_of_each_sample_gets_its_expected_decision_missing_items_and_problems(name: str):
    truth = GroundTruth.load(SAMPLES / name)
    case = load_case(SAMPLES / name / truth.case_file)
    result = check_pages(perfectly_read(truth), case, truth.stage, today=truth.today, files=truth.scans)
    assert result.decision == truth.expected_decision
    assert sorted(m.code for m in result.missing) == sorted(truth.expected_missing)
    assert {(p.kind, tuple(p.pages or [])) for p in result.problems} == {
        (p.kind, tuple(p.pages)) for p in truth.expected_problems}
    assert [(d.doc_type, d.pages) for d in result.documents] == [(d.doc_type, d.pages) for d in truth.documents]
