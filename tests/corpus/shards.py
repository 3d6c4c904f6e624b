"""Which families' own test modules (and costly shared stories) a run keeps: CI runs them in twentieths
(scripts/test.sh), each commit one twentieth by its hash (tenths until Dec 7, 14:30 UTC: with 243 families a slow
hour's CI took 1219 s, its SQLite run 785 s against 567 s for the same suite at a faster hour; fifths until Dec 7,
07:00 UTC: with 230 families CI's run took 1190 s, and a fifth of the modules with their two costly stories took 760 s
of CPU beside a reading; thirds until Dec 7, 03:00).

Each family's own module (test_corpus_court_*.py) tests how the corpus draws that family — its papers, its capture
on real pixels — not the reader. 153 of them took 663 s of CPU, a third of CI's SQLite run, and nothing in the product
changes what they see. The stories every family tells (test_family_stories.py: planned after the older dossiers,
draws every code, judged as planned, valid numbers) still run for every family in every run; a family's own module runs
in the CI of the commits whose hash's last two hex digits leave its twentieth's remainder by 20 (about one in twenty,
not in turn), and in full wherever DOSSIER_CORPUS_SHARD is unset (a developer's run outside scripts/test.sh) or set empty.
Halves until Dec 6: with 176 families CI's full run reached 1042 s of the 20 minutes it may take.

Two of the shared stories go by twentieths too, each family's in its module's twentieth: drawing every code a family's dossiers
hold, and planning it after every older dossier (288 and 87 s of CPU over 186 families, Dec 6; a third of CI's
SQLite run with the rest of the stories). They too test the corpus's drawing and seeds, which no product change
moves; the stories of how the check judges a family's dossiers and of its numbers run for every family."""

from __future__ import annotations

import re

MODULE = re.compile(r"test_corpus_(court_[a-z]+)\.py$")
SHARED_BY_THIRDS = re.compile(
    r"test_family_stories\.py::(?:test_a_family_draws_every_code_its_dossiers_hold"
    r"|test_a_family_is_planned_after_every_older_dossier_and_built_only_when_named)\[(court_[a-z]+)\]$")


def parse(value: str) -> tuple[int, int] | None:
    """`k/n` (keep the families whose place among FAMILIES is k modulo n), or None for all."""
    if not value.strip():
        return None
    k, n = (int(part) for part in value.split("/"))
    if not 0 <= k < n:
        raise ValueError(f"DOSSIER_CORPUS_SHARD {value!r}: want k/n with 0 <= k < n")
    return k, n


def kept(path: str, families: tuple[str, ...] | list[str], shard: tuple[int, int] | None) -> bool:
    """Whether the test at `path` (a module's path or a test's node id) runs in this shard: any test but a family's
    own module's and its two costly shared stories always does."""
    m = MODULE.search(path.split("::")[0]) or SHARED_BY_THIRDS.search(path)
    if shard is None or m is None or m.group(1) not in families:
        return True
    k, n = shard
    return list(families).index(m.group(1)) % n == k
