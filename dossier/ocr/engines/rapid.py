"""RapidOCR (PP-OCRv4 detector and recogniser, PP-OCR direction classifier, on onnxruntime). Its models
ship inside the PyPI wheel: nothing is downloaded at run time.

We call its three networks separately, so that a page pays only for what settles it: the detector on
the part of the page we look at (scaled to ~75 dpi, where it costs ~50 ms for the top of a page and
~200 ms for a whole page), the direction classifier on a few lines (is the sheet upside down?), the
recogniser on the lines that decide the type.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from dossier.errors import ExternalToolError
from dossier.ocr.engines.base import LineText, to_height
from dossier.ocr.imaging import Line

TARGET_HEIGHT = 48
DETECT_SCALE = 0.5
"""Pages are analysed at 150 dpi; the detector sees them at 75 dpi (body text ~14 px high is still
found; the network's cost is its input's area)."""
DETECT_MAX_SIDE = 959
"""Under 960 px RapidOCR's preprocessing keeps our scale instead of enlarging the image."""


def model_files() -> list[Path]:
    """The model files the wheel ships (checked by tests: no download)."""
    import rapidocr_onnxruntime

    return sorted((Path(rapidocr_onnxruntime.__file__).parent / "models").glob("*.onnx"))


# one thread per network: pages run in parallel processes (dossier/ocr/parallel.py), one per core
@cache
def _rapid() -> Any:
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as exc:
        raise ExternalToolError("未安装 rapidocr-onnxruntime：请运行 scripts/setup.sh") from exc
    if not any(p.name.startswith("ch_PP-OCR") and "rec" in p.name for p in model_files()):
        raise ExternalToolError("RapidOCR 安装包中缺少识别模型文件（不会在运行时下载）")
    engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
    engine.text_det.limit_type = "max"
    engine.text_det.infer.session = _session_with_arena(next(p for p in model_files() if "_det_" in p.name))
    return engine


def _session_with_arena(model: Path) -> Any:
    """The detector's session again, with onnxruntime's memory arena that RapidOCR turns off: without it each
    call maps and unmaps its feature maps afresh, and a call costs a quarter more (measured on one core: 101
    against 138 ms for a 640 × 640 input, 58 against 79 for a head band). The arena keeps the largest call's
    buffers, so a worker's memory is as flat as before, at the detector's peak. Same network, same outputs."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 4
    options.enable_cpu_mem_arena = True
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])


def _unpadded(line: np.ndarray) -> np.ndarray:
    """The recogniser's input for one grey line, as wide as the line itself. RapidOCR pads every line to at
    least 320 px, and the network's cost is its input's width (5 ms at 64 px, 26 at 320): most lines that
    decide a page (titles, labels, short cells) are far narrower. Unpadded, 7 % of lines read differently
    (as often surer as not), every page of 14 dossiers (551) read right still read right and one more did
    (court_d_01 p4), and a page cost 11 % less CPU. One line is one call: a batch is padded to its widest line."""
    return np.repeat((line.astype(np.float32) / 127.5 - 1.0)[None, None], 3, axis=1)


def _detected(grey: np.ndarray) -> np.ndarray | None:
    """RapidOCR's text_det on a grey image, its steps taken one by one so that the input is prepared on the one
    channel (the same sizing to multiples of 32, the same arithmetic, then copied to three channels): RapidOCR
    normalises a three-channel copy in float64, ~10 ms a page of the ~25 its detections cost besides the network.
    The network sees the same numbers, so the boxes are the same."""
    det = _rapid().text_det
    prepare = det.get_preprocess(max(grey.shape))
    resized = prepare.resize(grey)
    if resized is None:
        return None
    one = (resized.astype("float32") * prepare.scale - prepare.mean[0]) / prepare.std[0]
    tensor = np.ascontiguousarray(np.broadcast_to(one.astype(np.float32), (1, 3, *one.shape)))
    preds = det.infer(tensor)[0]
    boxes, _scores = det.postprocess_op(preds, grey.shape[:2])
    return np.asarray(det.filter_tag_det_res(boxes, grey.shape[:2]))


def _bgr(grey: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR)


class RapidEngine:
    name = "rapidocr"

    def read_lines(self, lines: Sequence[np.ndarray]) -> list[LineText]:
        if not lines:
            return []
        recognise = _rapid().text_rec
        out: list[LineText] = []
        for line in lines:
            preds = recognise.session(_unpadded(to_height(line, TARGET_HEIGHT)))[0]
            ((text, score, *_),) = recognise.postprocess_op(preds)
            out.append(LineText(str(text), float(score)))
        return out

    def detect(self, grey: np.ndarray) -> list[Line]:
        """Text boxes of a grey image (the engine's own detector), axis-aligned, top to bottom."""
        h, w = grey.shape
        quads = self.detect_quads(grey)
        return [Line(top=max(0, int(q[:, 1].min())), bottom=min(h, int(q[:, 1].max()) + 1),
                     left=max(0, int(q[:, 0].min())), right=min(w, int(q[:, 0].max()) + 1))
                for q in sorted(quads, key=lambda q: (q[:, 1].min(), q[:, 0].min()))]

    def detect_quads(self, grey: np.ndarray, scale: float = DETECT_SCALE) -> np.ndarray:
        """The detector's quadrilaterals (N × 4 × 2, in pixels of `grey`), found on a copy scaled by
        `scale` (at most DETECT_MAX_SIDE pixels)."""
        h, w = grey.shape
        if h < 8 or w < 8:
            return np.zeros((0, 4, 2))
        scale = min(scale, DETECT_MAX_SIDE / max(h, w))
        small = cv2.resize(grey, (max(8, int(w * scale)), max(8, int(h * scale))), interpolation=cv2.INTER_AREA)
        boxes = _detected(small)
        if boxes is None or len(boxes) == 0:
            return np.zeros((0, 4, 2))
        return np.asarray(boxes, dtype=np.float64) / scale

    def upside_down(self, lines: Sequence[np.ndarray]) -> list[float]:
        """For each line image, the direction classifier's probability that it is turned 180°."""
        if not lines:
            return []
        _imgs, results, _elapsed = _rapid().text_cls([_bgr(line) for line in lines])
        return [float(score) if str(label) == "180" else 1.0 - float(score) for label, score in results]
