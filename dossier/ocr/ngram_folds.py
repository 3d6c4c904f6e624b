"""Temperatures of leave-families-out n-gram models, fitted by count arithmetic instead of retraining.

Why: a naive Bayes model is its counts, and the counts of "every family but these" are the counts of all
families minus those of the few left out. The benchmark fits, for each held-out family H, the temperature
that minimises log loss over folds "train without H and h, score h" (`fit_temperature`); done by training
each fold, 68 families cost 68 × 67 trainings over the whole corpus (about an hour on both cores, growing
with the square of the families). Here each family's counts are taken once; a fold's model is the total
minus two families, kept as one array of log likelihoods; the pair {H, h} serves both H's fold h and h's
fold H. The result is the temperature `fit_temperature` picks on the same folds (same counts, same
smoothing, same grid; `tests/ocr/test_ngram_folds.py` holds them side by side).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np
from numpy.typing import NDArray

from dossier.ocr.ngram import MIN_COUNT, TEMPERATURES, grams

Samples = Sequence[tuple[str, str]]
"""(doc_type, page text) of one family."""


@dataclass(frozen=True)
class _Family:
    rows: NDArray[np.int64]  # its (class, gram, count) triples: one per class and gram it holds
    cols: NDArray[np.int64]
    vals: NDArray[np.int64]
    class_totals: NDArray[np.int64]  # grams counted per class
    pages: NDArray[np.int64]  # pages per class
    gram_cols: NDArray[np.int64]  # the grams its pages hold (sorted gram indices)
    page_class: NDArray[np.int64]  # per page: class index
    page_grams: NDArray[np.int64]  # all pages' grams as positions in gram_cols, page after page
    page_counts: NDArray[np.float64]  # how often each of those grams occurs on its page
    page_starts: NDArray[np.int64]  # where each page's grams begin in page_grams


@dataclass(frozen=True)
class FamilyCounts:
    """Every family's counts over one shared index of classes and grams, and their sum."""

    classes: list[str]
    families: dict[str, _Family]
    total: NDArray[np.int64]  # classes × grams
    total_pages: NDArray[np.int64]
    class_totals: NDArray[np.int64]  # total summed over grams, per class
    column_sums: NDArray[np.int64]  # total summed over classes, per gram


def count_families(texts: Mapping[str, Samples]) -> FamilyCounts:
    """Each page's grams counted once."""
    classes = sorted({code for samples in texts.values() for code, _ in samples})
    class_index = {code: i for i, code in enumerate(classes)}
    gram_index: dict[str, int] = {}
    counted = {family: [(class_index[code], grams(text)) for code, text in samples]
               for family, samples in texts.items()}
    for pages in counted.values():
        for _, g in pages:
            for gram in g:
                gram_index.setdefault(gram, len(gram_index))
    families = {family: _family(pages, gram_index, len(classes)) for family, pages in counted.items()}
    total = np.zeros((len(classes), len(gram_index)), dtype=np.int64)
    total_pages = np.zeros(len(classes), dtype=np.int64)
    for f in families.values():
        total[f.rows, f.cols] += f.vals
        total_pages += f.pages
    return FamilyCounts(classes, families, total, total_pages, total.sum(axis=1), total.sum(axis=0))


def _family(pages: Sequence[tuple[int, Counter[str]]], gram_index: Mapping[str, int], n_classes: int) -> _Family:
    triples: Counter[tuple[int, int]] = Counter()
    per_class = np.zeros(n_classes, dtype=np.int64)
    idx: list[int] = []
    n: list[float] = []
    starts: list[int] = []
    for cls, g in pages:
        per_class[cls] += 1
        starts.append(len(idx))
        for gram, k in g.items():
            triples[cls, gram_index[gram]] += k
            idx.append(gram_index[gram])
            n.append(float(k))
    keys = np.array(list(triples), dtype=np.int64).reshape(-1, 2)
    vals = np.array(list(triples.values()), dtype=np.int64)
    totals = np.bincount(keys[:, 0], weights=vals, minlength=n_classes).astype(np.int64)
    gram_cols, local = np.unique(np.array(idx, dtype=np.int64), return_inverse=True)
    return _Family(keys[:, 0], keys[:, 1], vals, totals, per_class, gram_cols,
                   np.array([c for c, _ in pages], dtype=np.int64), local.astype(np.int64),
                   np.array(n, dtype=np.float64), np.array(starts, dtype=np.int64))


def _losses_without(fc: FamilyCounts, left_out: Sequence[str], scored: _Family, alpha: float,
                    temperatures: Sequence[float]) -> NDArray[np.float64]:
    """Summed log loss of `scored`'s pages under the model `train` makes from every family but `left_out`,
    one per temperature (as `fit_temperature` sums it)."""
    prior, likelihood = _fold_model(fc, [fc.families[f] for f in left_out], scored, alpha)
    known = np.isfinite(prior)
    scores = _page_scores(likelihood, scored)[known] + prior[known][:, None]
    truth = np.cumsum(known)[scored.page_class] - 1  # each page's class among the known ones
    return _log_losses(scores, truth, known[scored.page_class], temperatures)


def _fold_model(fc: FamilyCounts, out: Sequence[_Family], scored: _Family,
                alpha: float) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """(log prior per class, −inf for a class with no page left; class × gram log likelihood) of the model trained
    without the families `out`, built only on the columns of the grams `scored`'s pages hold."""
    pages = fc.total_pages - sum((f.pages for f in out), np.zeros_like(fc.total_pages))
    class_totals = fc.class_totals - sum((f.class_totals for f in out), np.zeros_like(fc.total_pages))
    column_sums = fc.column_sums.copy()
    for f in out:
        np.subtract.at(column_sums, f.cols, f.vals)
    vocabulary = max(1, int(np.count_nonzero(column_sums)))
    counts = fc.total[:, scored.gram_cols]
    position = np.full(fc.total.shape[1], -1, dtype=np.int64)
    position[scored.gram_cols] = np.arange(len(scored.gram_cols))
    for f in out:
        inside = position[f.cols] >= 0
        counts[f.rows[inside], position[f.cols[inside]]] -= f.vals[inside]
    denom = np.log(class_totals + alpha * vocabulary)
    likelihood = np.where(counts >= MIN_COUNT, np.log(np.maximum(counts, 1) + alpha), np.log(alpha)) - denom[:, None]
    prior = np.where(pages > 0, np.log(np.maximum(pages, 1) / max(1, int(pages.sum()))), -np.inf)
    return prior, likelihood


def _page_scores(likelihood: NDArray[np.float64], scored: _Family) -> NDArray[np.float64]:
    """Class × page sums of each page's grams' log likelihoods (a page without grams scores 0)."""
    scores = np.zeros((likelihood.shape[0], len(scored.page_class)))
    if len(scored.page_grams):
        weighted = likelihood[:, scored.page_grams] * scored.page_counts
        nonempty = np.diff(np.append(scored.page_starts, len(scored.page_grams))) > 0
        scores[:, nonempty] = np.add.reduceat(weighted, scored.page_starts[nonempty], axis=1)
    return scores


def _log_losses(scores: NDArray[np.float64], truth: NDArray[np.int64], has_class: NDArray[np.bool_],
                temperatures: Sequence[float]) -> NDArray[np.float64]:
    """Per temperature, −Σ log p(true class) of tempered posteriors; a page whose class the model does not know,
    or whose probability is below 1e-6, costs log 1e-6 (as `fit_temperature`)."""
    n_pages = scores.shape[1]
    top = scores.max(axis=0)
    losses = np.empty(len(temperatures))
    for i, t in enumerate(temperatures):
        weights = np.exp((scores - top) / t)
        p = np.where(has_class, weights[np.maximum(truth, 0), np.arange(n_pages)] / weights.sum(axis=0), 0.0)
        losses[i] = -np.log(np.maximum(p, 1e-6)).sum()
    return losses


def fitted_temperatures(fc: FamilyCounts, held: Sequence[str], *, alpha: float = 0.5,
                        temperatures: Sequence[float] = TEMPERATURES) -> dict[str, float]:
    """For each family in `held`: the temperature `fit_temperature` fits for a model trained on every family
    but that one, over the folds 'also without h, scored on h' for each other family h."""
    loss = {h: np.zeros(len(temperatures)) for h in held}
    pages = dict.fromkeys(held, 0)
    wanted = set(held)
    for a, b in combinations(sorted(fc.families), 2):
        for h, other in ((a, b), (b, a)):
            if h in wanted:
                loss[h] += _losses_without(fc, (a, b), fc.families[other], alpha, temperatures)
                pages[h] += len(fc.families[other].page_class)
    return {h: _best(loss[h], pages[h], temperatures) for h in held}


def fitted_temperature_of_all(fc: FamilyCounts, *, alpha: float = 0.5,
                              temperatures: Sequence[float] = TEMPERATURES) -> float:
    """The temperature `fit_temperature` fits for a model trained on every family: folds 'without h, scored on h'."""
    loss = np.zeros(len(temperatures))
    for h, family in fc.families.items():
        loss += _losses_without(fc, (h,), family, alpha, temperatures)
    return _best(loss, sum(len(f.page_class) for f in fc.families.values()), temperatures)


def _best(loss: NDArray[np.float64], pages: int, temperatures: Sequence[float]) -> float:
    if not pages:
        return 1.0
    return float(temperatures[int(np.argmin(loss / pages))])
