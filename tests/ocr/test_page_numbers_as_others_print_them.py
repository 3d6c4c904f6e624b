"""A paper's own page number is the evidence that a page continues a document and that none is missing (缺页).
Papers made elsewhere print it their own way: a Hong Kong or Taiwan paper 第 2 頁 共 3 頁, a foreign one Page 2 of 3
(PAGE 2 OF 3), a lawyer's Word file （第2页） under its text. Each is read as the place it gives."""

from __future__ import annotations

import pytest

from dossier.ocr.cues import page_of


@pytest.mark.parametrize(("footer", "place"), [
    ("第 2 頁 共 3 頁", (2, 3)),
    ("共3頁 第2頁", (2, 3)),
    ("Page 2 of 3", (2, 3)),
    ("PAGE 2 OF 3", (2, 3)),
    ("（第2页）", (2, None)),
])
def test_a_footer_printed_the_way_its_author_prints_it_gives_the_pages_place(footer: str, place: tuple[int, int | None]) -> None:
    assert page_of(footer) == place


def test_a_place_past_the_total_is_no_place() -> None:
    assert page_of("Page 4 of 3") is None


def test_a_bare_page_number_in_brackets_at_the_top_is_the_volumes_not_the_papers() -> None:
    assert page_of("（第2页）", at_top=True) is None


def test_a_two_page_spread_carries_both_page_numbers() -> None:
    """潍坊奎文 (court_cr): a bound volume scanned open, its two footers side by side on one sheet."""
    from dossier.ocr.classify import PageText, TextLine, classify

    sheet = PageText([TextLine("执行和解协议", 0.99, height=1.6, top=0.08, width=0.2, centred=True)],
                     [TextLine("第1页共2页", 0.98, top=0.95, width=0.1), TextLine("第2页共2页", 0.98, top=0.95, width=0.1)],
                     complete=True)
    verdict = classify(sheet)
    assert (verdict.page_of, verdict.page_last) == ((1, 2), 2)
