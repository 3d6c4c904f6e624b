"""The n-gram model that ships with the reader (dossier/ocr/ngram_model.json), trained on the text
printed on every titled page of the corpus. The benchmark never scores a family with this model: it
trains its own, one per held-out family (bench/bench_heldout.py)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

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


def train_shipped(root: Path) -> NgramModel:
    """A model on all families; its temperature fitted leave-one-family-out."""
    texts = corpus_texts(root)
    families = sorted(texts)
    return train([s for f in families for s in texts[f]], trained_on=families,
                 temperature=fitted_temperature_of_all(count_families(texts)) if len(families) > 1 else 1.0)
