"""The Tesseract program (through pytesseract): the only place that runs it.

Each call is a subprocess with a timeout; a missing program or language pack, or a crash, becomes an
ExternalToolError with a Chinese message instead of a traceback.
"""

from __future__ import annotations

import shutil
from functools import cache
from typing import Any

import numpy as np

from dossier.errors import ExternalToolError

TIMEOUT_S = 30


@cache
def available(lang: str = "chi_sim") -> bool:
    """Tesseract is installed and has the language pack."""
    if shutil.which("tesseract") is None:
        return False
    import pytesseract

    try:
        return lang in pytesseract.get_languages(config="")
    except Exception:
        return False


def _require(lang: str) -> None:
    if not available(lang):
        raise ExternalToolError(f"未找到 Tesseract 或其语言包 {lang}：请运行 scripts/setup.sh 安装 tesseract-ocr-chi-sim")


def image_to_data(image: np.ndarray, *, lang: str = "chi_sim", psm: int = 6) -> dict[str, list[Any]]:
    """Words with boxes and confidences (pytesseract's DICT output) for a grey image."""
    import pytesseract

    _require(lang)
    try:
        data: dict[str, list[Any]] = pytesseract.image_to_data(
            image, lang=lang, config=f"--psm {psm}", timeout=TIMEOUT_S, output_type=pytesseract.Output.DICT)
    except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
        raise ExternalToolError(f"Tesseract 超时（{TIMEOUT_S} 秒）") from exc
    except pytesseract.TesseractError as exc:
        raise ExternalToolError(f"Tesseract 运行失败：{exc.message}") from exc
    return data


def image_to_string(image: np.ndarray, *, lang: str = "chi_sim", psm: int = 3) -> str:
    """Plain text of a whole image (the naive full-page way, used by benchmarks)."""
    import pytesseract

    _require(lang)
    try:
        return str(pytesseract.image_to_string(image, lang=lang, config=f"--psm {psm}", timeout=TIMEOUT_S))
    except RuntimeError as exc:
        raise ExternalToolError(f"Tesseract 超时（{TIMEOUT_S} 秒）") from exc
    except pytesseract.TesseractError as exc:
        raise ExternalToolError(f"Tesseract 运行失败：{exc.message}") from exc
