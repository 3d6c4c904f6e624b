"""A court's seal stamped across a receipt's title and its case number joins them, for the detector, into
one box three lines tall, which the recogniser (it reads one line) reads as nothing: the clerk would see
an unknown page and a missing receipt. The box is read again as the lines it holds."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from ocr_synth import CASE, images_pdf, scanned_page

from dossier.ocr import analyse
from dossier.ocr.engines.base import LineText
from dossier.ocr.engines.rapid import RapidEngine

RECEIPT_BODY = ["送达文书：执行裁定书（终结执行）一份", "受送达人：张三", "送达地址：洛阳市老城区中州东路1号",
                "送达方式：邮寄送达", "受送达人签名或盖章：", "送达人：李四"]


class SealedEngine(RapidEngine):
    """The real engine, as it meets a seal over the title: the title's box and the case number's under it
    come back joined, and a box more than two lines tall reads as nothing."""

    def detect_quads(self, grey: np.ndarray, scale: float = 0.5) -> np.ndarray:
        quads = super().detect_quads(grey, scale)
        if len(quads) < 3 or grey.shape[0] > 0.6 * 1754:  # the head band only
            return quads
        order = sorted(range(len(quads)), key=lambda i: float(quads[i][:, 1].min()))
        title = max(order[:3], key=lambda i: float(np.ptp(quads[i][:, 1])))
        below = order[order.index(title) + 1]
        joined = np.concatenate([quads[title], quads[below]])
        x0, y0 = joined.min(axis=0)
        x1, y1 = joined.max(axis=0)
        box = np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]])
        rest = np.delete(quads, [title, below], axis=0)
        return np.concatenate([rest, box]) if len(rest) else box

    def read_lines(self, lines: Sequence[np.ndarray]) -> list[LineText]:
        read = super().read_lines(lines)
        return [LineText("", 0.0) if line.shape[0] > 100 else r for line, r in zip(lines, read, strict=True)]


def test_a_receipt_whose_seal_joins_title_and_number_is_still_a_receipt_of_what_it_names(tmp_path: Path) -> None:
    page = scanned_page("送达回证", body=RECEIPT_BODY)
    (result,) = analyse([images_pdf([page], tmp_path / "receipt.pdf")], engine=SealedEngine(),
                        expected_case_number=CASE)
    assert result.doc_type == "service_receipt"
    assert result.served_doc_types == ["termination_ruling"]
    assert result.case_number is not None and result.case_number_matches
    titles = [t.text for t in result.text_lines if "送达回证" in t.text.replace(" ", "")]
    assert len(titles) == 1  # read once, not once per reading of its box
