"""OCR engines behind one interface (`OcrEngine.read_lines`); pick one with `get_engine(name)`.

`auto` is RapidOCR, chosen by measurement (bench/bench_ocr_engines.py on the 2-core machine):
on 26 degraded pages with seals over a quarter of the titles, RapidOCR 100 % page types at
0.31 s/page, Tesseract chi_sim 96 % at 1.18 s/page (naive full-page Tesseract at 300 dpi: 2.25 s/page);
on the 259 pages of samples/dossiers, RapidOCR 100 % at 0.16 s/page, Tesseract 99.6 % at 0.59 s/page.
Tesseract is the fallback when the RapidOCR wheel is not installed. `null` reads nothing (fast tests).
"""

from __future__ import annotations

from dossier.errors import InputError
from dossier.ocr.engines.base import LineText, OcrEngine
from dossier.ocr.engines.null import NullEngine

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


__all__ = ["ENGINES", "LineText", "OcrEngine", "get_engine"]
