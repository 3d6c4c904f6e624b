"""The per-page stages, cheapest first, each a small function over a PageContext (as in OCRmyPDF).

render → is_blank → read_identity_qr → extract_text_layer → drop_grid (a 稿纸's cells) → detect_orientation → find_text (the OCR
engine's own detector on the top of the page and its footer) → upright (the engine's direction
classifier) → read_head → classify_page → read_rest, only when what was read does not settle the page
(a ruling whose operative part is further down, a receipt whose served documents are not yet read, a
court document without its case number, a page with nothing legible at the top), and a list of exhibits whole.
A stage that settles the page sets `ctx.settled`; later stages are skipped.

One module per family of stages, in the order a page meets them: prepare, blank, layers, orient, find, head,
rest, footer, operative; `context` holds the page's context, `boxes` and `reading` what they share (the
detector's boxes, the engine's reading of them).
"""

from dossier.ocr.stages.blank import (
    blank_under_a_note,
    blank_when_nothing_reads,
    blank_when_showing_through,
    blank_when_textless,
    is_blank,
)
from dossier.ocr.stages.boxes import detect_between
from dossier.ocr.stages.context import PageContext, ReadLine, page_text_of, with_verdict
from dossier.ocr.stages.find import find_text, left_page_of_two_up, upright
from dossier.ocr.stages.footer import confirm_case_number, read_small_footer
from dossier.ocr.stages.head import classify_page, page_text, read_head, read_head_body
from dossier.ocr.stages.layers import extract_text_layer, read_identity_qr
from dossier.ocr.stages.operative import read_operative, read_operative_continued
from dossier.ocr.stages.orient import detect_orientation
from dossier.ocr.stages.prepare import (
    descreen,
    drop_grid,
    fade_watermark,
    invert_negative,
    prepare_sheet,
    render,
    within_photographed_sheet,
    without_facing_page,
)
from dossier.ocr.stages.rest import (
    needs_rest,
    read_cut_rows,
    read_exhibit_list,
    read_rest,
    read_served_column,
)

__all__ = [
    "PageContext",
    "ReadLine",
    "blank_under_a_note",
    "blank_when_nothing_reads",
    "blank_when_showing_through",
    "blank_when_textless",
    "classify_page",
    "confirm_case_number",
    "descreen",
    "detect_between",
    "detect_orientation",
    "drop_grid",
    "extract_text_layer",
    "fade_watermark",
    "find_text",
    "invert_negative",
    "is_blank",
    "left_page_of_two_up",
    "needs_rest",
    "page_text",
    "page_text_of",
    "prepare_sheet",
    "read_cut_rows",
    "read_exhibit_list",
    "read_head",
    "read_head_body",
    "read_identity_qr",
    "read_operative",
    "read_operative_continued",
    "read_rest",
    "read_served_column",
    "read_small_footer",
    "render",
    "upright",
    "with_verdict",
    "within_photographed_sheet",
    "without_facing_page",
]
