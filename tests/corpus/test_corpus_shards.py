"""CI runs the courts' families' own test modules in twentieths, and their two costly shared stories with them: every
such family is in exactly one twentieth, and nothing else is left out (the first families' modules — lawyer, handfilled,
tribunal … — and the stories of how the check judges each family run in all)."""

from __future__ import annotations

import pytest

from dossier.corpus.families import FAMILIES

from .shards import kept, parse


@pytest.mark.parametrize("n", [2, 3, 5, 10, 20])
def test_every_familys_own_module_runs_in_exactly_one_shard_and_every_other_module_in_all(n: int) -> None:
    shards = [(k, n) for k in range(n)]
    for family in (f for f in FAMILIES if f.startswith("court_")):
        path = f"tests/corpus/test_corpus_{family}.py"
        assert sum(kept(path, FAMILIES, shard) for shard in shards) == 1, family
        assert kept(path, FAMILIES, None)
    for path in ("tests/corpus/test_family_stories.py", "tests/corpus/test_corpus_build.py", "tests/ocr/test_dates.py"):
        assert all(kept(path, FAMILIES, shard) for shard in shards)


@pytest.mark.parametrize("n", [2, 3, 5, 10, 20])
def test_a_familys_costly_shared_stories_run_in_its_modules_shard_and_its_judgement_in_all(n: int) -> None:
    shards = [(k, n) for k in range(n)]
    stories = "tests/corpus/test_family_stories.py::"
    for family in ("court_y", "court_fk", FAMILIES[-1]):
        module = f"tests/corpus/test_corpus_{family}.py::test_anything[x]"
        for costly in ("test_a_family_draws_every_code_its_dossiers_hold",
                       "test_a_family_is_planned_after_every_older_dossier_and_built_only_when_named"):
            node = f"{stories}{costly}[{family}]"
            assert [kept(node, FAMILIES, s) for s in shards] == [kept(module, FAMILIES, s) for s in shards], node
            assert sum(kept(node, FAMILIES, s) for s in shards) == 1
        for always in ("test_a_familys_dossiers_are_judged_as_planned",
                       "test_a_familys_cases_carry_its_courts_code_and_valid_numbers"):
            assert all(kept(f"{stories}{always}[{family}]", FAMILIES, s) for s in shards)


def test_a_shard_is_written_k_of_n_and_nothing_else() -> None:
    assert parse("") is None and parse("1/2") == (1, 2)
    for bad in ("2/2", "1", "a/b"):
        with pytest.raises(ValueError):
            parse(bad)
