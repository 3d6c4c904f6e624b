"""The last page of a document often holds nothing but its signers and its date under a seal. An arbitral award
is signed by its tribunal (首席仲裁员, 仲裁员) as a judgment by its judges; a notarial deed by its 公证员. The archive
centre is not told such a page is unreadable: it continues the document before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ocr.classify import PageText, TextLine, classify

DATA = Path(__file__).parent / "data"


def line(text: str, top: float, *, width: float = 0.1, confidence: float = 0.99) -> TextLine:
    return TextLine(text, confidence, height=1.0, centred=False, top=top, width=width, alone=True)


@pytest.mark.parametrize("signer", ["首席仲裁员邹静", "仲裁员 高明远", "公证员 刘雅琴"])
def test_a_page_of_signatures_and_a_date_under_a_seal_continues_its_document(signer: str) -> None:
    """court_v_02 p5 as read when its JPEG was decoded straight: the seal over the date reads as three odd
    characters, the signer and the place cleanly."""
    page = PageText([line(signer, 0.11, width=0.17, confidence=1.0), line("仲", 0.14, width=0.02),
                     line("汪", 0.16, width=0.08, confidence=0.74), line("仲", 0.16, width=0.02, confidence=0.85),
                     line("一最归", 0.18, width=0.22, confidence=0.56), line("于北京", 0.25, width=0.05, confidence=1.0)],
                    complete=True)
    verdict = classify(page)
    assert verdict.doc_type == "continuation" and verdict.readable


def test_a_page_of_garbled_lines_under_a_signer_is_still_unreadable() -> None:
    """A signer's label does not make an illegible page readable: many lines read badly stay unreadable."""
    page = PageText([line("首席仲裁员邹静", 0.11, width=0.17, confidence=1.0),
                     *[line("彐乂丬亍冂", 0.2 + 0.05 * i, width=0.5, confidence=0.4) for i in range(5)]], complete=True)
    verdict = classify(page)
    assert not verdict.readable


def halftoned_signature_page(*, officers: list[str]) -> PageText:
    """court_as_01 p8 as read: a 2017 judgment's last page exported as a 1-bit halftone — each office boxed apart
    from its signer's name (审判长 | 胡宏), the seal over the date leaving scraps, the clerk's box found twice."""
    rows = [(0.11, officers[0], "胡宏"), (0.13, officers[1], "杜芳"), (0.18, officers[2], "郭建秀"),
            (0.18, officers[2], "郭建秀")]
    lines = []
    for top, office, name in rows:
        lines += [line(name, top, width=0.06, confidence=0.95), line(office, top + 0.002, width=0.07, confidence=0.9)]
    lines += [line("色", 0.14, width=0.02, confidence=0.07), line("七年八月", 0.155, width=0.1, confidence=1.0),
              line("", 0.156, width=0.02, confidence=0.0)]
    return PageText(sorted(lines, key=lambda ln: ln.top), complete=True)


def test_a_halftoned_judgments_signature_page_continues_the_judgment() -> None:
    """Two court offices read as lines of their own sign a court's document off, though the names beside them and
    the date under the seal read as scraps: the archive centre is not told the page is unreadable."""
    verdict = classify(halftoned_signature_page(officers=["审判长", "审判员", "书记员"]))
    assert (verdict.doc_type, verdict.readable) == ("continuation", True)


def test_scraps_that_name_no_court_office_stay_unreadable() -> None:
    verdict = classify(halftoned_signature_page(officers=["审刈长", "串判贝", "书讫"]))
    assert not verdict.readable


def test_a_page_that_says_it_holds_no_text_under_its_seal_and_date_continues_its_document() -> None:
    """A notice's second sheet: （此页无正文）, the date under the court's seal read crooked (〇二四年二期十日), scraps of
    the seal, its footer - 2 -. The archive centre sees the notice's last page, not a paper nobody can place
    (court_au_02 p25, after its first sight)."""
    page = PageText([line("(此页无正文)", 0.1, width=0.15, confidence=0.97), line("", 0.3, confidence=0.0),
                     line("〇二四年二期十日", 0.33, width=0.2, confidence=0.83), line("0", 0.55, confidence=0.78),
                     line("C", 0.6, confidence=0.62)],
                    [line("2-", 0.95, width=0.03)], complete=True)
    assert classify(page).doc_type == "continuation"


def test_a_last_page_alone_on_a_copy_turned_a_quarter_continues_its_judgment() -> None:
    """秦皇岛海港 (court_du_01 p7): a judgment copied 缩印 two pages to a sheet; its third page stood alone on the last
    sheet, turned a quarter — only 审判长, 审判员, the date under the seal and 第3页 共3页 in the margin. The detector
    broke those short vertical lines into squares and stubs, too few either way to say how the sheet lay, so it
    was read upright as scraps and reported unreadable. Turned a quarter, its lines are found running across."""
    from dossier.ocr import analyse

    (page,) = analyse([DATA / "judgment_last_page_alone_on_a_two_up_copy_turned_a_quarter.pdf"], engine="rapidocr")
    assert (page.readable, page.page_of, page.rotation in (90, 270)) == (True, (3, 3), True)
    assert any(line.text.startswith("审判长") for line in page.text_lines)  # behind its judgment's pages: their last
