"""Layout families: each module draws the documents of one kind of author in its own style."""

from __future__ import annotations

import random
from collections.abc import Callable

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet

Renderer = Callable[[str, CaseCtx, random.Random, list[str]], list[Sheet]]

FAMILIES = ("court_a", "court_b", "court_c", "lawyer", "bank_registry", "handfilled", "tribunal", "court_d", "court_e",
            "court_f", "court_g", "court_h", "court_i", "court_j", "court_k", "court_l")


def renderer(family: str) -> Renderer:
    from importlib import import_module

    module = import_module(f"dossier.corpus.families.{family}")
    render: Renderer = module.render
    return render


def handles(family: str) -> frozenset[str]:
    from importlib import import_module

    codes: frozenset[str] = import_module(f"dossier.corpus.families.{family}").CODES
    return codes
