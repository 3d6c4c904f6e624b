"""An engine that reads nothing: the pipeline's QR, text-layer and blank stages run without any OCR
(fast tests, and dossiers of born-digital or QR-stamped pages)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from dossier.ocr.engines.base import LineText


class NullEngine:
    name = "null"

    def read_lines(self, lines: Sequence[np.ndarray]) -> list[LineText]:
        return [LineText("", 0.0) for _ in lines]
