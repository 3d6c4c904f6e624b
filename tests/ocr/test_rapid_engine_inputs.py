"""The reader calls RapidOCR's networks itself, to pay only for what a page needs; what the networks see must stay
what RapidOCR would show them, or its readings would drift from the engine's own."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from ocr_synth import scanned_page

from dossier.ocr import imaging
from dossier.ocr.engines import rapid


@pytest.mark.parametrize("title", ["执行裁定书", "送达回证"])
def test_the_detector_finds_the_boxes_rapidocr_itself_finds(title: str) -> None:
    grey = imaging.to_grey(scanned_page(title).convert("RGB"))
    for band in (grey, grey[:700]):  # a whole sheet, then the head band searched first
        small = cv2.resize(band, (band.shape[1] // 2, band.shape[0] // 2), interpolation=cv2.INTER_AREA)
        ours = rapid._detected(small)
        theirs, _elapsed = rapid._rapid().text_det(cv2.cvtColor(small, cv2.COLOR_GRAY2BGR))
        assert ours is not None and len(ours) > 0
        assert np.array_equal(ours, np.asarray(theirs))


def test_the_detector_keeps_its_memory_arena_and_reads_as_before() -> None:
    session = rapid._rapid().text_det.infer.session
    assert session.get_session_options().enable_cpu_mem_arena
    assert rapid.RapidEngine().detect(np.full((200, 300), 255, dtype=np.uint8)) == []
