"""Tesseract chi_sim through pytesseract: the line images of one page are stacked into a single image
so that a page costs one Tesseract process, not one per line."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from dossier.ocr._exec import tesseract
from dossier.ocr.engines.base import LineText, to_height

LINE_HEIGHT = 40
GAP = 24


class TesseractEngine:
    name = "tesseract"

    def __init__(self, lang: str = "chi_sim") -> None:
        self.lang = lang

    def read_lines(self, lines: Sequence[np.ndarray]) -> list[LineText]:
        if not lines:
            return []
        scaled = [to_height(line, LINE_HEIGHT) for line in lines]
        width = max(s.shape[1] for s in scaled) + 2 * GAP
        sheet = np.full((len(scaled) * (LINE_HEIGHT + GAP) + GAP, width), 255, dtype=np.uint8)
        for i, s in enumerate(scaled):
            y = GAP + i * (LINE_HEIGHT + GAP)
            sheet[y:y + LINE_HEIGHT, GAP:GAP + s.shape[1]] = s
        data = tesseract.image_to_data(sheet, lang=self.lang, psm=6)
        words: list[list[str]] = [[] for _ in scaled]
        confs: list[list[float]] = [[] for _ in scaled]
        for text, conf, top, height in zip(data["text"], data["conf"], data["top"], data["height"], strict=False):
            if not str(text).strip() or float(conf) < 0:
                continue
            middle = int(top) + int(height) / 2
            index = int((middle - GAP / 2) // (LINE_HEIGHT + GAP))
            if 0 <= index < len(scaled):
                words[index].append(str(text))
                confs[index].append(float(conf) / 100)
        return [LineText("".join(w), float(np.mean(c)) if c else 0.0) for w, c in zip(words, confs, strict=True)]
