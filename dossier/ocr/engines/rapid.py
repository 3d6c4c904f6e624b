"""RapidOCR (PP-OCRv4 recogniser on onnxruntime). Its models ship inside the PyPI wheel: nothing is
downloaded at run time. We use the recogniser only; our own line finder replaces its detector."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from dossier.errors import ExternalToolError
from dossier.ocr.engines.base import LineText, to_height

TARGET_HEIGHT = 48


def model_files() -> list[Path]:
    """The model files the wheel ships (checked by tests: no download)."""
    import rapidocr_onnxruntime

    return sorted((Path(rapidocr_onnxruntime.__file__).parent / "models").glob("*.onnx"))


# one thread: measured as fast as two on this 2-core machine once anything else runs, and it leaves
# the other core to rendering and to other jobs
@cache
def _recogniser() -> Any:
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as exc:
        raise ExternalToolError("未安装 rapidocr-onnxruntime：请运行 scripts/setup.sh") from exc
    if not any(p.name.startswith("ch_PP-OCR") and "rec" in p.name for p in model_files()):
        raise ExternalToolError("RapidOCR 安装包中缺少识别模型文件（不会在运行时下载）")
    return RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1).text_rec


class RapidEngine:
    name = "rapidocr"

    def read_lines(self, lines: Sequence[np.ndarray]) -> list[LineText]:
        if not lines:
            return []
        batch = [cv2.cvtColor(to_height(line, TARGET_HEIGHT), cv2.COLOR_GRAY2BGR) for line in lines]
        # one line per call: a batch is padded to its widest line, and the pixels are the cost
        recognise = _recogniser()
        out: list[LineText] = []
        for image in batch:
            ((text, score, *_),), _elapsed = recognise([image])
            out.append(LineText(str(text), float(score)))
        return out
