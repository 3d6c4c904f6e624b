"""CI keeps a fifth of the families' own test modules, and of two costly shared stories, in each run
(tests/corpus/shards.py)."""

from __future__ import annotations

import os

import pytest

from .shards import kept, parse


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    shard = parse(os.environ.get("DOSSIER_CORPUS_SHARD", ""))
    if shard is None:
        return
    from dossier.corpus.families import FAMILIES

    keep = [item for item in items if kept(item.nodeid, FAMILIES, shard)]
    dropped = [item for item in items if item not in keep]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep
