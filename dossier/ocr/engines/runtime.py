"""Which runtime computes RapidOCR's three networks. RapidOCR builds onnxruntime sessions; where OpenVINO is
installed we replace them by OpenVINO requests on the same ONNX files. Measured on this machine's CPU
(12 corpus pages, one thread): detector 216 → 144 ms a page, recogniser 31 → 24 ms a line, every line's
text identical — because we ask for f32 (OpenVINO would otherwise use bf16 where the CPU has it, and the
text changes). `DOSSIER_OCR_RUNTIME=onnxruntime` keeps RapidOCR's own sessions.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

NETWORKS = {  # RapidOCR's attribute → (attribute holding its session, model file prefix)
    "text_det": ("infer", "ch_PP-OCRv4_det"),
    "text_rec": ("session", "ch_PP-OCRv4_rec"),
    "text_cls": ("infer", "ch_ppocr_mobile_v2.0_cls"),
}


def chosen() -> str:
    """The runtime asked for: `openvino` (the default) or `onnxruntime`."""
    return os.environ.get("DOSSIER_OCR_RUNTIME", "openvino").strip().lower() or "openvino"


class OpenVinoSession:
    """Called like RapidOCR's OrtInferSession (an input batch in, the outputs out); anything else the
    pre- and post-processing asks of a session (the recogniser's character list) goes to the original."""

    def __init__(self, original: Any, model: Path) -> None:
        import openvino

        self._original = original
        compiled = openvino.Core().compile_model(str(model), "CPU", {
            "INFERENCE_NUM_THREADS": 1,  # pages run in parallel processes, one per core
            "NUM_STREAMS": 1,
            "PERFORMANCE_HINT": "LATENCY",
            "INFERENCE_PRECISION_HINT": "f32",
        })
        self._output = compiled.output(0)
        self._request = compiled.create_infer_request()

    def __call__(self, batch: np.ndarray) -> list[np.ndarray]:
        return [self._request.infer({0: batch})[self._output]]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._original, name)


def attach(engine: Any, models: Mapping[str, Path]) -> str:
    """Put the chosen runtime under `engine`'s networks; returns the runtime in use."""
    if chosen() == "onnxruntime":
        return "onnxruntime"
    try:
        import openvino  # noqa: F401
    except ImportError:
        log.warning("openvino not installed: RapidOCR runs on onnxruntime")
        return "onnxruntime"
    parts = {network: (getattr(engine, network, None), attribute, prefix)
             for network, (attribute, prefix) in NETWORKS.items()}
    files = {network: [path for name, path in models.items() if name.startswith(prefix)]
             for network, (_part, _attribute, prefix) in parts.items()}
    if any(not hasattr(part, attribute) or not files[network] for network, (part, attribute, _p) in parts.items()):
        log.warning("RapidOCR's sessions are not where expected: it runs on onnxruntime")
        return "onnxruntime"
    for network, (part, attribute, _prefix) in parts.items():
        setattr(part, attribute, OpenVinoSession(getattr(part, attribute), files[network][0]))
    return "openvino"
