"""The benchmark's problem figures: 缺页, 重张 and the rest, scored against what the build put in each dossier — a
重张 reported on two different sheets counts as reported but not right, and one the clerk is told to delete is
counted apart, since deleting a real page is the harm."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from bench_heldout import tally_problems

from dossier.results import Problem
from dossier.samples.truth import TruthProblem


def _dup(pages: list[int], *, confirmed: bool) -> Problem:
    return Problem.model_validate({"kind": "duplicate_page", "message": "", "pages": pages, "severity": "warning",
                                   "confirmed": confirmed})


def test_a_real_重张_found_and_a_false_one_told_to_delete_are_told_apart() -> None:
    counts = Counter[str]()
    expected = [TruthProblem(kind="duplicate_page", pages=[6, 7]), TruthProblem(kind="blank_page", pages=[9])]
    tally_problems(expected, [_dup([6, 7], confirmed=True), _dup([27, 28], confirmed=True)], counts)
    assert counts["duplicate_page:reported"] == 2 and counts["duplicate_page:reported_right"] == 1
    assert counts["duplicate_page:expected"] == 1 and counts["duplicate_page:found"] == 1
    assert counts["duplicate_page:told_to_delete"] == 2 and counts["duplicate_page:told_to_delete_right"] == 1


def test_a_misfiled_page_missed_counts_as_put_there_and_not_found() -> None:
    counts = Counter[str]()
    tally_problems([TruthProblem(kind="misfiled_page", pages=[19])], [], counts)
    assert counts["misfiled_page:expected"] == 1 and counts["misfiled_page:found"] == 0
    assert counts["misfiled_page:reported"] == 0
