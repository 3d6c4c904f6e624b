"""Straightening a scan: the skew is read from the lines of text, not from the dark binding edge or the
scanner lid around a sheet that went in askew (court_k_02 p18: a notice with little on it, turned 2.25°
and edged dark, was turned 5.75° the wrong way and read as nothing)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from ocr_synth import bound_askew, sparse_notice

from dossier.ocr import imaging


@pytest.mark.parametrize("degrees", [2.5, 1.5, -2.0, -3.0])
@pytest.mark.parametrize("lid", [True, False])
def test_the_skew_of_a_bound_sheet_is_its_lines_not_its_edge(degrees: float, lid: bool) -> None:
    mask = imaging.binarise(np.asarray(bound_askew(sparse_notice(), degrees, lid=lid)))
    assert imaging.estimate_skew(mask) == pytest.approx(-degrees, abs=0.25)


def test_a_page_holding_little_is_straightened_by_its_running_head_not_by_a_stamp_set_askew() -> None:
    """court_g_01 p23 (its ink mask kept as test data): the last page of a ruling, a running head over a
    dashed rule at 1.5°, a seal, a copy stamp set askew and the clerk's signature. Turned 5° the stamp's
    box and the signature lined up about as sharply as the head at 1.5°; read turned 5°, the running head
    was taken for a new ruling's title and the dossier sent back for a missing first page."""
    mask = cv2.imread(str(Path(__file__).parent / "data" / "signature_page_mask.png"), cv2.IMREAD_GRAYSCALE)
    assert imaging.estimate_skew(mask) == pytest.approx(1.5, abs=0.25)


def test_the_marks_that_are_no_text_are_left_out() -> None:
    mask = np.zeros((300, 200), np.uint8)
    mask[:, :12] = 255            # the binding's shadow down the left edge
    mask[40:160, 120:125] = 255   # a long stroke (a seal's ring, a grid's rule)
    mask[100:110, 40:90] = 255    # a line of text
    kept = imaging.text_marks(mask)
    assert kept[:, :12].max() == 0 and kept[40:160, 120:125].max() == 0
    assert kept[100:110, 40:90].min() == 255
