"""OCR engines behind one interface (`OcrEngine.read_lines`); pick one with `get_engine(name)`.

`auto` is RapidOCR, chosen by measurement (bench/bench_ocr_engines.py: better accuracy on degraded
Chinese title lines and faster per page than Tesseract chi_sim), falling back to Tesseract when the
RapidOCR wheel is not installed. `null` reads nothing, for fast tests.
"""

from __future__ import annotations

from typing import Literal

from dossier.errors import InputError
from dossier.ocr.engines.base import LineText, OcrEngine
from dossier.ocr.engines.null import NullEngine

EngineName = Literal["auto", "tesseract", "rapidocr", "null"]
ENGINES = ("auto", "tesseract", "rapidocr", "null")


def get_engine(name: str = "auto") -> OcrEngine:
    """The engine called `name`; raises InputError (exit 2) for an unknown name."""
    if name == "null":
        return NullEngine()
    if name == "tesseract":
        from dossier.ocr.engines.tesseract import TesseractEngine

        return TesseractEngine()
    if name == "rapidocr":
        from dossier.ocr.engines.rapid import RapidEngine

        return RapidEngine()
    if name == "auto":
        try:
            import rapidocr_onnxruntime  # noqa: F401
        except ImportError:
            from dossier.ocr.engines.tesseract import TesseractEngine

            return TesseractEngine()
        from dossier.ocr.engines.rapid import RapidEngine

        return RapidEngine()
    raise InputError(f"未知的 OCR 引擎“{name}”，可选：{'、'.join(ENGINES)}", field="engine")


__all__ = ["ENGINES", "EngineName", "LineText", "OcrEngine", "get_engine"]
