"""襄阳樊城's flatbed (court_dq) stretches every page's contrast on its own: a blank back comes out dark grey and
grainy, and its front showing through comes out as a dark mirrored copy of the front. Nine blank backs read as
unreadable pages at first sight and sent both complete dossiers back. The archive centre sees them as blank backs;
a page that is its own paper, photographed mirrored, is not taken for one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from ocr_synth import images_pdf, scanned_page
from PIL import Image, ImageOps

from dossier.ocr import analyse

DATA = Path(__file__).parent / "data"


def test_a_blank_back_stretched_to_dark_grey_is_a_blank_page(tmp_path: Path) -> None:
    """court_dq_02 p29: paper at 70, nothing but the grain the stretch made of the paper's fibres."""
    rng = np.random.default_rng(7)
    back = np.clip(70 + rng.normal(0, 12, (2339, 1654)), 0, 255).astype(np.uint8)
    scan = tmp_path / "back.pdf"
    Image.fromarray(back).save(scan, "PDF", resolution=200, quality=70)
    (page,) = analyse([scan], engine="rapidocr")
    assert (page.doc_type, page.blank) == ("blank", True)


def test_a_back_showing_its_front_mirrored_and_darkened_is_a_blank_page() -> None:
    """court_dq_02 p22: the back of a 财产申报表, its front's title and grid showing through."""
    (page,) = analyse([DATA / "back_showing_its_front_through_stretched_by_auto_contrast.jpg"], engine="rapidocr")
    assert (page.doc_type, page.blank) == ("blank", True)


def test_a_paper_photographed_mirrored_is_no_blank_back(tmp_path: Path) -> None:
    """A phone's front camera mirrors the paper it photographs: its writing is its own, as dark as writing is."""
    mirrored = ImageOps.mirror(scanned_page("授权委托书", body=["委托人：襄阳樊城汽配有限公司", "受托人：王某某律师"] * 6))
    scan = tmp_path / "selfie.pdf"
    mirrored.save(scan, "PDF", resolution=150)
    (page,) = analyse([scan], engine="rapidocr")
    assert not page.blank


def test_a_rulings_last_sheet_holding_its_dated_seal_and_a_dashed_page_number_goes_on_from_the_ruling(
        tmp_path: Path) -> None:
    """court_dq_02 p31: the date under the court's seal, and — 2 — alone in the footer, which the detector passes
    over; found by its ink, it says the sheet is the ruling's second page."""
    first = images_pdf([scanned_page("执行裁定书", court="湖北省襄阳市樊城区人民法院")], tmp_path / "first.pdf")
    _, last = analyse([first, DATA / "ruling_last_sheet_only_its_dated_seal_and_a_dashed_page_number.pdf"],
                      engine="rapidocr")
    assert (last.doc_type, last.page_of) == ("continuation", (2, 0))


def test_an_orders_last_sheet_holding_only_its_seal_and_a_thin_page_number_goes_on_from_the_order(
        tmp_path: Path) -> None:
    """court_em_02 p26 (六安金安, JBIG2): a 限制消费令's last sheet holds its date under the court's seal — the one
    box found, read as nothing through the ring — and — 2 — in a face whose strokes are 1–2 px, too thin a line for
    the footer's ink profile until its ink is spread. Found and read, the number says the sheet is the order's
    second page, not an unreadable one."""
    first = images_pdf([scanned_page("限制消费令", court="安徽省六安市金安区人民法院")], tmp_path / "first.pdf")
    _, last = analyse([first, DATA / "order_last_sheet_its_seal_over_the_date_and_a_thin_page_number.pdf"],
                      engine="rapidocr")
    assert (last.doc_type, last.readable) == ("continuation", True)
    assert last.page_of is not None and last.page_of[0] == 2
