"""How fast this host is right now, on the work the reader spends its time on (not a test: it prints one figure).

    .venv/bin/python bench/yardstick.py

The same reader read the same dossier at 0.18 s/page one afternoon and 0.23 three hours later: the host, which
reports no steal time, had slowed. A reading speed means little without the host's speed at the time, so the
held-out benchmark prints this figure before and after it reads. The workload is fixed and owes nothing to the
reader's code: RapidOCR's two networks (as the wheel ships them, loaded here with fixed options, one thread) run
on fixed seeded inputs shaped like the reader's (a head band for the detector, lines 48 px high and 60–900 px
wide for the recogniser). Compare figures across runs: a reader change shows as s/page moving while this stays.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

ROUNDS = 3
"""Timed rounds; the best is kept (a round slowed by another process says nothing of the host)."""


def _session(model: Path):  # type: ignore[no-untyped-def]
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 4
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])


def _models() -> tuple[Path, Path]:
    # where the wheel keeps them; nothing of how the reader runs them
    from dossier.ocr.engines.rapid import model_files

    models = model_files()
    return (next(p for p in models if "_det_" in p.name),
            next(p for p in models if "_rec_" in p.name and p.name.startswith("ch_PP-OCR")))


def yardstick_ms() -> float:
    """Milliseconds for one fixed round: the detector on two 480 × 640 bands and the recogniser on twelve lines,
    one thread, best of ROUNDS."""
    det_path, rec_path = _models()
    det, rec = _session(det_path), _session(rec_path)
    rng = np.random.default_rng(2026)
    bands = [rng.standard_normal((1, 3, 480, 640)).astype(np.float32) for _ in range(2)]
    lines = [rng.standard_normal((1, 3, 48, int(w))).astype(np.float32) for w in rng.integers(60, 900, 12)]
    det_in, rec_in = det.get_inputs()[0].name, rec.get_inputs()[0].name

    def one_round() -> float:
        start = time.perf_counter()
        for band in bands:
            det.run(None, {det_in: band})
        for line in lines:
            rec.run(None, {rec_in: line})
        return (time.perf_counter() - start) * 1000

    one_round()  # warm-up: the first call allocates
    return min(one_round() for _ in range(ROUNDS))


if __name__ == "__main__":
    print(f"host yardstick: {yardstick_ms():.0f} ms (fixed OCR-network work on one thread; lower is faster)")
