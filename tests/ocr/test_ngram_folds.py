"""The benchmark's leave-families-out temperatures, fitted by count arithmetic, are the ones retraining fits."""

from __future__ import annotations

import math
import random

import numpy as np

from dossier.ocr.ngram import TEMPERATURES, fit_temperature, log_scores, train
from dossier.ocr.ngram_folds import (
    _losses_without,
    count_families,
    fitted_temperature_of_all,
    fitted_temperatures,
)

WORDS = {
    "enforcement_notice": "执行通知书 责令被执行人履行 生效法律文书确定的义务 迟延履行期间的债务利息",
    "service_receipt": "送达回证 受送达人 送达地址 送达方式 签收日期 送达人",
    "fee_receipt": "诉讼费用 缴费 收据 金额 人民币 元 缴款人 收款单位",
    "closing_notice": "结案通知书 本院执行完毕 执行结案 申请执行人",
}


def _family(rng: random.Random, codes: list[str], pages: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(pages):
        code = rng.choice(codes)
        words = WORDS[code].split()
        noise = "".join(rng.choice("的了在是有和年月日第号元") for _ in range(rng.randint(0, 12)))
        out.append((code, "".join(rng.sample(words, rng.randint(1, len(words)))) + noise))
    return out


def _texts() -> dict[str, list[tuple[str, str]]]:
    rng = random.Random(7)
    every = list(WORDS)
    return {"court_x": _family(rng, every, 14), "court_y": _family(rng, every, 9),
            "court_z": _family(rng, every[:3], 11),  # the only family without closing notices…
            "lawyer": _family(rng, ["closing_notice", "fee_receipt"], 6), "empty": [("fee_receipt", "")]}


def _retrained_losses(texts: dict[str, list[tuple[str, str]]], left_out: tuple[str, ...],
                      scored: str) -> list[float]:
    model = train([s for f, samples in texts.items() if f not in left_out for s in samples])
    out = []
    for t in TEMPERATURES:
        loss = 0.0
        for code, text in texts[scored]:
            scores = log_scores(model, text)
            top = max(scores.values())
            z = sum(math.exp((s - top) / t) for s in scores.values())
            p = math.exp((scores[code] - top) / t) / z if code in scores else 0.0
            loss -= math.log(max(p, 1e-6))
        out.append(loss)
    return out


def test_a_folds_loss_from_subtracted_counts_is_the_loss_of_the_model_trained_without_those_families() -> None:
    texts = _texts()
    fc = count_families(texts)
    for left_out, scored in [(("court_x", "court_y"), "court_y"), (("court_x", "lawyer"), "court_x"),
                             (("court_y", "court_z"), "lawyer"), (("lawyer",), "lawyer"), (("empty",), "empty")]:
        fast = _losses_without(fc, left_out, fc.families[scored], 0.5, TEMPERATURES)
        assert np.allclose(fast, _retrained_losses(texts, left_out, scored), rtol=1e-9), (left_out, scored)


def test_each_held_out_familys_temperature_is_the_one_fit_temperature_picks_on_retrained_folds() -> None:
    texts = _texts()
    names = sorted(texts)
    fc = count_families(texts)
    fast = fitted_temperatures(fc, names)
    for held in names:
        training = [f for f in names if f != held]
        folds = [(train([s for f in training if f not in (h, held) for s in texts[f]]), texts[h]) for h in training]
        assert fast[held] == fit_temperature(folds), held
    everyone = [(train([s for f in names if f != h for s in texts[f]]), texts[h]) for h in names]
    assert fitted_temperature_of_all(fc) == fit_temperature(everyone)
