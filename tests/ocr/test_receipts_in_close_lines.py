"""Proofs of service whose lines stand close, as the archive centre sees them. 长沙岳麓 prints two receipts on
a sheet, and the ruling's long name (执行裁定书（终结本次执行程序） 各 / 一份) wraps in its cell, so the detector takes
the whole row — label, cell, 送达方式 and its answer — as one line of two lines' height. 昆明五华 proves service by a
photo of the 12368 short message, whose lines stand so close that each line's box reaches into its neighbours.
"""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import numpy as np
import pytest
from ocr_synth import images_pdf
from PIL import Image

from dossier.corpus.build import case_for, plans
from dossier.corpus.families import court_m_capture, renderer
from dossier.ocr import analyse
from dossier.ocr.classify import served_codes_of
from dossier.ocr.engines.base import LineText
from dossier.ocr.imaging import Line
from dossier.ocr.stages import PageContext, reading
from dossier.ocr.titles import served_doc_types


@pytest.mark.parametrize("seed", [0, 2, 3])
def test_a_receipt_whose_served_cell_wraps_names_the_ruling_it_served(tmp_path: Path, seed: int) -> None:
    """Read as one line, the row came out 港达文书行定书(终结本决执行各进达方式: no document served, and the
    dossier's 终本 ruling had no receipt. Read as its two halves, it names the ruling."""
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith("court_d_01"))
    sheets = renderer("court_d")("service_receipt", case_for(plan, random.Random(i)), random.Random(seed),
                                 ["termination_this_round_ruling"])
    page = sheets[0].image.convert("L")  # the receipts' sheet (an e-service proof may follow it)
    page = page.resize((page.width // 2, page.height // 2))  # 100 dpi, as the bureau's scanner stores it
    [result] = analyse([images_pdf([page], tmp_path / "receipt.pdf")], engine="rapidocr", workers=1)
    assert result.doc_type == "service_receipt"
    assert result.served_doc_types == ["termination_this_round_ruling"]


def test_a_short_message_photographed_on_a_phone_names_both_papers_it_served(tmp_path: Path) -> None:
    """…案件的执行通 / 知书、报告财产令，请点击 https://…: read with its box as the detector drew it, the second line
    came out 知书、报告产请点书 and the message served only the notice; the 报告财产令 had no proof of service."""
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith("court_m_01"))
    served = ["enforcement_notice", "property_report_order"]
    sheet, = renderer("court_m")("service_receipt", case_for(plan, random.Random(i)), random.Random(6), served)
    rng = random.Random(6)
    photo = Image.open(io.BytesIO(court_m_capture.capture(sheet, court_m_capture.plan_capture(rng, sheet), rng)))
    [result] = analyse([images_pdf([photo], tmp_path / "sms.pdf")], engine="rapidocr", workers=1)
    assert result.served_doc_types == served


@pytest.mark.parametrize(("cell", "served"), [
    ("送达文书执行积定书（终错本次执行程序各送达方式", ["termination_this_round_ruling"]),
    ("送达文书限制消费令、决定书（纳入失信被执行人名单）各一份", ["consumption_restriction_order", "dishonest_list_decision"]),
    ("送达文书执行裁定书（恢夏执行）各一份", ["enforcement_ruling"]),
])
def test_the_subject_in_a_form_titles_brackets_names_the_document_though_read_imperfectly(
        cell: str, served: list[str]) -> None:
    """The subject names the ruling even with its closing bracket lost and one of its eight characters
    misread; a short subject (恢复执行) with a character wrong may be another word, so the receipt names only
    the form."""
    assert served_codes_of(cell) == served


def test_a_receipt_names_a_paper_whose_misread_name_runs_into_the_next_one() -> None:
    """执行通知B、报告财产令: the closest match for 执行通知书 may take in the 报 of the next name; both are served."""
    cell = ("横琴粤澳深度合作区人民法院\n送达回证\n（2024）粤0491执5327号\n案号\n民间借贷纠纷执行\n紫山\n"
            "执行通知B、报告财产令（附产申报长）各一份\n珠海横琴琴湾跨境电子商务有限公司（法定代表人：徐庆）\n"
            "珠海市横琴新[区宝华路25631号3栋607室\n徐庆")
    assert served_doc_types(cell) == ["enforcement_notice", "property_report_order"]


class _ScriptEngine:
    """Reads a whole head box of Tibetan script as nothing, and any part of it as confident nonsense."""

    name = "script"

    def read_lines(self, lines: Sequence[np.ndarray]) -> list[LineText]:
        return [LineText("", 0.0) if line.shape[0] > 60 else LineText("2024010201061538亚营白治区长共市城", 0.86)
                for line in lines]


def test_a_head_line_in_another_script_read_as_nothing_is_not_read_again_in_halves() -> None:
    """拉萨城关's Tibetan line over the court's name reads as nothing: so it stays, and the Chinese lines under it
    take the head's places. Its halves, read as nonsense, once took a record's title for running text."""
    grey = np.full((1754, 1240), 250, np.uint8)
    boxes = [Line(top=70 + 50 * i, bottom=116 + 50 * i, left=240, right=1000) for i in range(1, 6)]
    tibetan = Line(top=70, bottom=139, left=105, right=924)  # 1.5 lines tall
    ctx = PageContext(source=cast(Any, None), engine=_ScriptEngine(), grey=grey, boxes=[tibetan, *boxes])
    [read] = reading._read(ctx, [tibetan], None)
    assert read.text == "" and read.box == tibetan
