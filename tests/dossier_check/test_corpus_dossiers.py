"""Dossiers made elsewhere, judged by the whole check with the real reader: three dossiers of the
independent corpus (`dossier corpus build`; layout families drawn from scratch, not from our templates),
from the families whose pages were never looked at while the reader's rules were written.

Given a complete archive dossier of hand-filled forms and other courts' papers, the archive centre sees
approve; given one without its interview record, it sees reject naming 谈话笔录; given one with an
illegible page, it sees reject with that page unreadable — and never an approval of an incomplete one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.corpus.build import DEFAULT_SEED, build_corpus
from dossier.dossier_check.run import run_check
from dossier.intake.case_file import load_case
from dossier.samples.truth import GroundTruth

pytestmark = pytest.mark.slow

DOSSIERS = ["handfilled_01_complete_archive", "court_c_02_missing_interview_record",
            "lawyer_02_objection_illegible_page"]


@pytest.mark.parametrize("name", DOSSIERS)
def test_a_dossier_made_elsewhere_is_judged_as_its_truth_says(tmp_path: Path, name: str) -> None:
    corpus = tmp_path  # each dossier built alone (its pages are the same as in the whole corpus's build)
    build_corpus(corpus, seed=DEFAULT_SEED, only=[name])
    truth = GroundTruth.load(corpus / name)
    case = load_case(corpus / name / truth.case_file)
    result = run_check([corpus / name / s for s in truth.scans], case, truth.stage, today=truth.today)
    assert result.decision == truth.expected_decision
    codes = {m.code for m in result.missing}
    assert set(truth.expected_missing) <= codes
    if truth.expected_decision == "approve":
        assert codes == set()
    for expected in truth.expected_problems:
        if expected.kind == "unreadable_page":
            found = {n for p in result.problems if p.kind == "unreadable_page" for n in p.pages or []}
            assert set(expected.pages) <= found
    right = sum(t.doc_type == p.doc_type for t, p in zip(truth.pages, result.pages, strict=True))
    assert right / len(truth.pages) >= 0.95, f"{right}/{len(truth.pages)} pages read right"
