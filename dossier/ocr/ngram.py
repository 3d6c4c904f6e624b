"""A small character n-gram model of page text (multinomial naive Bayes over characters and bigrams).

Why this and not a bigger library: the arithmetic is twenty lines, the model stays a readable JSON file
of counts (`dossier/ocr/ngram_model.json`, rebuilt by `dossier corpus train`), and it predicts in about a
millisecond a page. It is trained on the text printed on corpus pages (their truth), never on the family
it is scored on: the benchmark trains one model per held-out family (leave-one-family-out).
Its posteriors are tempered (`temperature`, fitted on families held out from the training set) so that
they can be read as probabilities.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, Field, PrivateAttr

from dossier.ocr.titles import normalise

MODEL_FILE = "ngram_model.json"
MIN_COUNT = 2
"""A class keeps an n-gram seen at least this often in its training text (keeps the file small)."""


class ClassCounts(BaseModel):
    pages: int
    total: int
    grams: dict[str, int]


class NgramModel(BaseModel):
    version: int = 1
    alpha: float = 0.5
    temperature: float = 1.0
    vocabulary: int
    trained_on: list[str] = Field(default_factory=list, description="the layout families it learnt from")
    classes: dict[str, ClassCounts]
    _logs: dict[str, tuple[float, float, dict[str, float]]] | None = PrivateAttr(default=None)

    def logs(self) -> dict[str, tuple[float, float, dict[str, float]]]:
        """Per class: log prior, log likelihood of an unseen n-gram, log likelihood of each kept n-gram —
        computed once (a page used to pay ~250 000 logarithms, 15 ms)."""
        if self._logs is None:
            all_pages = sum(c.pages for c in self.classes.values()) or 1
            tables = {}
            for code, c in self.classes.items():
                denom = math.log(c.total + self.alpha * self.vocabulary)
                tables[code] = (math.log(c.pages / all_pages), math.log(self.alpha) - denom,
                                {gram: math.log(n + self.alpha) - denom for gram, n in c.grams.items()})
            self._logs = tables
        return self._logs


def grams(text: str) -> Counter[str]:
    """Characters and character bigrams of the meaningful text (OCR confusions undone)."""
    norm = normalise(text)
    out: Counter[str] = Counter(norm)
    out.update(norm[i:i + 2] for i in range(len(norm) - 1))
    return out


def train(samples: Iterable[tuple[str, str]], *, trained_on: Sequence[str] = (),
          temperature: float = 1.0) -> NgramModel:
    """`samples`: (doc_type, page text)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    pages: Counter[str] = Counter()
    for code, text in samples:
        counts[code].update(grams(text))
        pages[code] += 1
    vocabulary = len({g for c in counts.values() for g in c})
    classes = {code: ClassCounts(pages=pages[code], total=sum(c.values()),
                                 grams={g: n for g, n in c.items() if n >= MIN_COUNT})
               for code, c in sorted(counts.items())}
    return NgramModel(vocabulary=max(1, vocabulary), trained_on=list(trained_on), classes=classes,
                      temperature=temperature)


def log_scores(model: NgramModel, text: str) -> dict[str, float]:
    """Unnormalised log posterior per class."""
    g = grams(text)
    out: dict[str, float] = {}
    for code, (prior, unseen, known) in model.logs().items():
        score = prior
        for gram, n in g.items():
            score += n * known.get(gram, unseen)
        out[code] = score
    return out


def predict(model: NgramModel, text: str, *, temperature: float | None = None) -> list[tuple[str, float]]:
    """Classes with their tempered posterior probability, most likely first."""
    scores = log_scores(model, text)
    if not scores:
        return []
    t = temperature if temperature is not None else model.temperature
    top = max(scores.values())
    weights = {code: math.exp((s - top) / t) for code, s in scores.items()}
    total = sum(weights.values())
    return sorted(((code, w / total) for code, w in weights.items()), key=lambda cw: cw[1], reverse=True)


TEMPERATURES = (1.0, 2.0, 4.0, 8.0, 12.0, 16.0, 24.0, 32.0, 48.0, 64.0, 96.0, 128.0)
"""The grid a model's temperature is fitted on."""


def fit_temperature(folds: Sequence[tuple[NgramModel, Sequence[tuple[str, str]]]]) -> float:
    """The temperature that minimises log loss over (model, held-out samples) folds."""
    best, best_loss = 1.0, math.inf
    scored = [(model, [(code, log_scores(model, text)) for code, text in held]) for model, held in folds]
    for t in TEMPERATURES:
        loss, n = 0.0, 0
        for _model, rows in scored:
            for code, scores in rows:
                top = max(scores.values())
                z = sum(math.exp((s - top) / t) for s in scores.values())
                p = math.exp((scores.get(code, -math.inf) - top) / t) / z if code in scores else 0.0
                loss -= math.log(max(p, 1e-6))
                n += 1
        if n and loss / n < best_loss:
            best, best_loss = float(t), loss / n
    return best


def save(model: NgramModel, path: Path) -> None:
    from dossier.fsutil import atomic_write_text

    atomic_write_text(path, json.dumps(model.model_dump(), ensure_ascii=False, separators=(",", ":")))


@cache
def shipped_model() -> NgramModel | None:
    """The model that ships with the package (None when it has not been trained)."""
    ref = resources.files("dossier.ocr").joinpath(MODEL_FILE)
    if not ref.is_file():
        return None
    return NgramModel.model_validate_json(ref.read_text(encoding="utf-8"))
