"""Proofs of service whose lines stand close, as the archive centre sees them. 长沙岳麓 prints two receipts on
a sheet, and the ruling's long name (执行裁定书（终结本次执行程序） 各 / 一份) wraps in its cell, so the detector takes
the whole row — label, cell, 送达方式 and its answer — as one line of two lines' height. 昆明五华 proves service by a
photo of the 12368 short message, whose lines stand so close that each line's box reaches into its neighbours.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from ocr_synth import images_pdf
from PIL import Image

from dossier.corpus.build import case_for, plans
from dossier.corpus.families import court_m_capture, renderer
from dossier.ocr import analyse
from dossier.ocr.classify import served_codes_of


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
