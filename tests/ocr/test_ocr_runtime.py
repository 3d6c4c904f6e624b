"""The networks run on OpenVINO for speed; a clerk must get the same reading as on RapidOCR's own
onnxruntime sessions — the same boxes, the same text, the same direction."""

from __future__ import annotations

import numpy as np
import pytest
from ocr_synth import scanned_page

from dossier.ocr.engines import rapid, runtime
from dossier.ocr.imaging import Line


def _read(monkeypatch: pytest.MonkeyPatch, name: str, grey: np.ndarray) -> tuple[list[Line], list[str], list[float]]:
    monkeypatch.setenv("DOSSIER_OCR_RUNTIME", name)
    rapid._rapid.cache_clear()
    try:
        engine = rapid.RapidEngine()
        lines = engine.detect(grey)
        crops = [grey[line.top:line.bottom, line.left:line.right] for line in lines]
        return lines, [t.text for t in engine.read_lines(crops)], engine.upside_down(crops[:4])
    finally:
        rapid._rapid.cache_clear()


def test_openvino_is_what_runs_the_networks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DOSSIER_OCR_RUNTIME", raising=False)
    rapid._rapid.cache_clear()
    try:
        engine = rapid._rapid()
        assert all(isinstance(getattr(getattr(engine, network), attribute), runtime.OpenVinoSession)
                   for network, (attribute, _prefix) in runtime.NETWORKS.items())
    finally:
        rapid._rapid.cache_clear()


def test_a_notice_reads_the_same_on_openvino_and_onnxruntime(monkeypatch: pytest.MonkeyPatch) -> None:
    grey = np.asarray(scanned_page("执行通知书", seed=3))
    ov_lines, ov_text, ov_turn = _read(monkeypatch, "openvino", grey)
    ort_lines, ort_text, ort_turn = _read(monkeypatch, "onnxruntime", grey)
    assert "执行通知书" in ov_text
    assert ov_lines == ort_lines and ov_text == ort_text
    assert np.allclose(ov_turn, ort_turn, atol=1e-3)
