"""包头昆都仑 (court_bs): the undertaker photographs the file with a phone in a cold office. The bureau's own papers
carry the court's name in Mongolian, a column down the margin beside the Chinese head; the backs of single sheets
come out blank but for the front showing through and the shadow of the phone and the hand over one edge. The
archive centre must see the ruling as a ruling and the blank back as blank — not as an unreadable page."""

from __future__ import annotations

import io
import random
from dataclasses import replace
from pathlib import Path

import pytest
from ocr_synth import images_pdf
from PIL import Image

from dossier.corpus import degrade
from dossier.corpus.build import case_for, plans
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_bs_capture, renderer
from dossier.ocr import analyse
from dossier.ocr.imaging import Line
from dossier.ocr.stages.boxes import merge_rows


def _photographed(sheet: Sheet, seed: int, **plan: object) -> Image.Image:
    rng = random.Random(seed)
    cap = replace(court_bs_capture.plan_capture(rng, sheet), **plan)
    return Image.open(io.BytesIO(court_bs_capture.capture(sheet, cap, rng)))


def _paper(code: str, seed: int) -> Sheet:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith("court_bs_01"))
    return renderer("court_bs")(code, case_for(plan, random.Random(i)), random.Random(seed), [])[0]


def test_a_column_of_mongolian_down_the_margin_is_not_merged_with_the_title_beside_it() -> None:
    column = Line(top=90, bottom=700, left=40, right=110)  # many lines tall, narrow
    court = Line(top=100, bottom=160, left=260, right=1100)
    heading = Line(top=190, bottom=270, left=420, right=940)
    assert merge_rows([column, court, heading]) == [column, court, heading]


def test_a_split_line_beside_a_single_character_is_still_one_line() -> None:
    left, right = Line(top=100, bottom=160, left=200, right=600), Line(top=102, bottom=158, left=650, right=1000)
    assert merge_rows([left, right]) == [Line(top=100, bottom=160, left=200, right=1000)]


@pytest.mark.parametrize("rotation", [0, 180])
def test_the_bureaus_ruling_under_its_bilingual_head_reads_as_a_ruling(tmp_path: Path, rotation: int) -> None:
    image = _photographed(_paper("enforcement_ruling", 5), 11, rotation=rotation, shadow="", blur=0)
    (page,) = analyse([images_pdf([image], tmp_path / "ruling.pdf")], engine="rapidocr")
    assert page.doc_type == "enforcement_ruling" and page.title_text == "执行裁定书"


@pytest.mark.parametrize("edge", ["left", "right", "bottom"])
def test_a_blank_back_under_the_phones_shadow_is_blank(tmp_path: Path, edge: str) -> None:
    front = _paper("enforcement_notice", 3)
    back = Sheet()
    back.image = degrade.blank_back(random.Random(2), front.image)
    image = _photographed(back, 4, rotation=0, shadow=edge, blur=0)
    (page,) = analyse([images_pdf([image], tmp_path / "back.pdf")], engine="rapidocr")
    assert page.blank and page.doc_type == "blank"
