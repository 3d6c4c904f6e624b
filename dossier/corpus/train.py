"""The n-gram model that ships with the reader (dossier/ocr/ngram_model.json), trained on the text
printed on every titled page of the corpus — read from a built corpus's truth files, or drawn straight from the
plans (the same papers' words, without building every page's image). The benchmark never scores a family with this
model: it trains its own, one per held-out family (bench/bench_heldout.py)."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Collection
from pathlib import Path

from dossier.corpus.build import DEFAULT_SEED, case_for, plans, selected_plans
from dossier.corpus.families import renderer
from dossier.ocr.ngram import NgramModel, train
from dossier.ocr.ngram_folds import count_families, fitted_temperature_of_all
from dossier.samples.truth import GroundTruth, sample_dossiers

NOT_TYPES = {"continuation", "blank", "unknown"}


def corpus_texts(root: Path) -> dict[str, list[tuple[str, str]]]:
    """(doc_type, printed text) of every titled page of the corpus under `root`, by layout family."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for folder in sample_dossiers(root):
        for page in GroundTruth.load(folder).pages:
            if page.family and page.text and page.doc_type not in NOT_TYPES:
                out[page.family].append((page.doc_type, page.text))
    return dict(out)


def drawn_texts(*, seed: int = DEFAULT_SEED, families: Collection[str] | None = None) -> dict[str, list[tuple[str, str]]]:
    """(doc_type, printed text) of the first sheet of every document the corpus's dossiers hold, by layout family,
    drawn as the build draws them (each dossier's generator seeded by its place) but never captured: a build of every
    family's pages takes hours, their words minutes. The build's captures draw from the same generators, so a built
    dossier's later papers differ in their particulars (names, sums, dates), not in their kind. Held-out families are
    left out, as the build leaves them out; `families` keeps only the dossiers of those courts."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for i, plan in selected_plans(plans(), None):
        if families is not None and plan.family not in families:
            continue
        rng = random.Random(seed * 1000 + i)
        case = case_for(plan, rng)
        for doc in plan.docs:
            if doc.code in NOT_TYPES:
                continue
            sheets = renderer(doc.family)(doc.code, case, rng, doc.drawn_with)
            for j, sheet in enumerate(sheets):
                text = "\n".join(sheet.lines)
                if (j == 0 or sheet.starts_document) and text:
                    out[doc.family].append((doc.code, text))
    return dict(out)


def train_shipped(root: Path | None) -> NgramModel:
    """A model on all families (of the corpus built under `root`, or drawn from the plans when None); its
    temperature fitted leave-one-family-out."""
    texts = corpus_texts(root) if root is not None else drawn_texts()
    families = sorted(texts)
    return train([s for f in families for s in texts[f]], trained_on=families,
                 temperature=fitted_temperature_of_all(count_families(texts)) if len(families) > 1 else 1.0)
