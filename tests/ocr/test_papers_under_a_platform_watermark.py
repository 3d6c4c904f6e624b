"""Papers scanned into a court's e-dossier platform, which tiles a light diagonal watermark (西宁市城西区人民法院电子卷宗)
over every scanned insert. 西宁城西's ID copies, licences, a law firm's letter and a fee receipt (court_dn at first
sight) read as nothing: the detector took the watermark's large slanted characters for text. The reader fades the
watermark first, and leaves faint writing that is no watermark as it is."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from ocr_synth import A4_150DPI, _centred, _font
from PIL import Image, ImageDraw

from dossier.ocr import analyse
from dossier.ocr.watermark import find_watermark, without_watermark

DATA = Path(__file__).parent / "data"
PAPER = 228
MARK = "西宁市城西区人民法院电子卷宗"
LETTER = ["青海省西宁市城西区人民法院：", "    本所接受青海江河源牦牛肉食品有限公司的委托，指派邓桂律师担",
          "任其申请执行西宁湟中路餐饮供应链管理有限公司买卖合同纠纷一案的", "委托代理人。", "    特此函告。",
          "律师：邓桂    电话：13966404490"]


def firms_letter(*, ink: int = 20) -> Image.Image:
    width, height = A4_150DPI
    img = Image.new("L", (width, height), PAPER)
    draw = ImageDraw.Draw(img)
    _centred(draw, 150, "青海夏都律师事务所", 40, width)
    draw.line((120, 205, width - 120, 205), fill=ink, width=3)
    _centred(draw, 250, "律 师 事 务 所 函", 48, width)
    font = _font(28)
    draw.text((740, 330), "青法律函〔2024〕第34号", font=font, fill=ink)
    for i, line in enumerate(LETTER):
        draw.text((140, 420 + 56 * i), line, font=font, fill=ink)
    draw.text((820, 860), "2024年1月8日", font=font, fill=ink)
    return img


def watermarked(page: Image.Image, *, slant: float = 35.0, tone: int = 192, size: int = 40, rows: int = 180,
                tiles: int = 620) -> Image.Image:
    """The platform's stamp: its name in large grey characters, in rows on a slant `rows` pixels apart and
    `tiles` pixels along, over the whole sheet."""
    width, height = page.size
    layer = Image.new("L", (width * 2, height * 2), 255)
    draw = ImageDraw.Draw(layer)
    font = _font(size)
    for row, y in enumerate(range(0, height * 2, rows)):
        for x in range(-(row % 2) * tiles // 2, width * 2, tiles):
            draw.text((x, y), MARK, font=font, fill=0)
    turned = layer.rotate(slant, fillcolor=255).crop((width // 2, height // 2, width // 2 + width, height // 2 + height))
    mark = np.asarray(turned) < 128
    pixels = np.asarray(page).copy()
    pixels[mark & (pixels > tone)] = tone
    return Image.fromarray(pixels)


@pytest.mark.parametrize(("slant", "tone", "size", "rows", "tiles"), [(35, 192, 40, 180, 620), (30, 190, 56, 220, 800)])
def test_a_law_firms_letter_under_the_platforms_watermark_reads_as_the_letter(
        tmp_path: Path, slant: float, tone: int, size: int, rows: int, tiles: int) -> None:
    """Read before the watermark was faded: a power of attorney, and nothing."""
    scan = tmp_path / "letter.pdf"
    watermarked(firms_letter(), slant=slant, tone=tone, size=size, rows=rows, tiles=tiles).save(
        scan, "PDF", resolution=150, quality=70)
    (page,) = analyse([scan], engine="rapidocr")
    assert (page.doc_type, page.readable) == ("law_firm_letter", True)


def test_the_watermark_is_found_on_its_slant_whichever_way_it_leans() -> None:
    for slant in (35.0, -30.0):
        grey = np.asarray(watermarked(firms_letter(), slant=slant))
        found = find_watermark(grey)
        assert found is not None and found.slant * slant > 0
        cleaned = without_watermark(grey)
        assert cleaned is not None
        assert np.count_nonzero(np.abs(cleaned.astype(int) - np.asarray(firms_letter()).astype(int)) > 40) < grey.size * 0.002


def test_a_faint_copy_without_a_watermark_is_left_as_it_is() -> None:
    """A washed-out copy's writing is pale grey all over: it runs level, so it is writing, not a watermark."""
    faint = np.asarray(firms_letter(ink=190))
    assert find_watermark(faint) is None
    assert without_watermark(faint) is None


def test_pale_handwriting_beside_dark_print_is_no_watermark() -> None:
    """A form typed in black with its fills in a carbon copy's pale strokes keeps its fills."""
    img = firms_letter()
    draw = ImageDraw.Draw(img)
    for i in range(12):
        draw.text((160, 960 + 52 * i), "申请执行人王某某 住所地西宁市城西区五四大街", font=_font(34), fill=200)
    grey = np.asarray(img)
    assert find_watermark(grey) is None
    assert without_watermark(grey) is None


def test_a_phones_shadow_across_the_sheet_on_a_slant_is_no_watermark() -> None:
    """平襄's letter photographed under a lamp (court_h_03 p10, as the reader renders it): the phone's shadow lies
    across its lower half on a slant, its soft edge in the watermark's tone. A shadow is smooth, a watermark drawn
    in strokes: the letter is left as it is."""
    grey = np.asarray(Image.open(DATA / "letter_photographed_under_a_phones_slanting_shadow.jpg").convert("L"))
    assert find_watermark(grey) is None
    assert without_watermark(grey) is None


def test_a_sliver_a_blank_sheet_or_noise_has_no_watermark() -> None:
    """A hostile page — a few pixels, one tone all over, pure noise — is answered, not broken on."""
    noise = np.random.default_rng(0).integers(0, 256, (600, 400)).astype(np.uint8)
    for grey in (np.zeros((3, 3), np.uint8), np.full((1754, 1240), PAPER, np.uint8), noise):
        assert find_watermark(grey) is None
        assert without_watermark(grey) is None
