"""The one small interface every OCR engine implements: read a batch of single-line images."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import cv2
import numpy as np


@dataclass(frozen=True)
class LineText:
    """What an engine read on one line image and how sure it is (0–1)."""

    text: str
    confidence: float


class OcrEngine(Protocol):
    """A recogniser of text lines. Line finding, orientation and deskew are done before, engine-free."""

    name: str

    def read_lines(self, lines: Sequence[np.ndarray]) -> list[LineText]:
        """One LineText per grey line image (0 = ink), in the same order."""
        ...


def to_height(line: np.ndarray, height: int) -> np.ndarray:
    """A line image scaled to the height the recogniser was trained on, its aspect kept."""
    h, w = line.shape[:2]
    scale = height / max(1, h)
    width = max(1, int(w * scale))
    return cv2.resize(line, (width, height), interpolation=cv2.INTER_AREA)
