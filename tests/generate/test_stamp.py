"""Every page the court prints carries its identity as a QR code in the free top-right corner."""

from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.pdfgen.canvas import Canvas

from dossier.errors import ExternalToolError
from dossier.qrid import PageIdentity, decode_identities
from dossier.render.stamp import stamp_identity

MM = 72 / 25.4
CASE = "（2024）豫0311执1234号"


def _pdf(sizes: list[tuple[float, float]], *, text: bool = True) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf)
    for n, size in enumerate(sizes, start=1):
        canvas.setPageSize(size)
        if text:
            canvas.drawString(72, size[1] / 2, f"page {n} body text")
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _identities(pdf: bytes, scale: float = 2.0) -> list[list[PageIdentity]]:
    document = pdfium.PdfDocument(pdf)
    return [decode_identities(document[i].render(scale=scale).to_pil()) for i in range(len(document))]


def test_every_page_of_a_three_page_document_says_which_page_it_is() -> None:
    stamped = stamp_identity(_pdf([A4, A4, A4]), case_number=CASE, doc_type="enforcement_ruling", doc_id="0a1b2c3d4e5f")
    assert _identities(stamped) == [[PageIdentity(CASE, "enforcement_ruling", "0a1b2c3d4e5f", n, 3)] for n in (1, 2, 3)]


def test_the_document_text_is_kept() -> None:
    stamped = stamp_identity(_pdf([A4, A4]), case_number=CASE, doc_type="summons", doc_id="x")
    assert [p.extract_text().strip() for p in PdfReader(io.BytesIO(stamped)).pages] == [
        "page 1 body text", "page 2 body text"]


@pytest.mark.parametrize("size", [A4, letter, landscape(A4)])
def test_the_code_stays_inside_the_30mm_corner_the_templates_leave_free(size: tuple[float, float]) -> None:
    stamped = stamp_identity(_pdf([size], text=False), case_number=CASE, doc_type="summons", doc_id="x")
    scale = 4.0
    pixels = np.asarray(pdfium.PdfDocument(stamped)[0].render(scale=scale, grayscale=True).to_pil())
    rows, cols = np.nonzero(pixels < 128)
    assert rows.size > 0
    width_px = size[0] * scale
    corner_px = 30 * MM * scale
    assert cols.min() >= width_px - corner_px and rows.max() <= corner_px
    # and it is printed large enough to survive a 200 dpi scan: at least 15 mm wide
    assert (cols.max() - cols.min()) >= 15 * MM * scale


def test_a_page_whose_box_does_not_start_at_zero_is_stamped_in_its_own_corner() -> None:
    from pypdf import PdfWriter
    from pypdf.generic import RectangleObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf([A4]))))
    writer.pages[0].mediabox = RectangleObject([50, 50, 50 + A4[0], 50 + A4[1]])
    buf = io.BytesIO()
    writer.write(buf)
    stamped = stamp_identity(buf.getvalue(), case_number=CASE, doc_type="summons", doc_id="x")
    assert _identities(stamped) == [[PageIdentity(CASE, "summons", "x", 1, 1)]]


def test_stamping_adds_no_font_so_every_font_stays_embedded() -> None:
    original = _pdf([A4])
    stamped = stamp_identity(original, case_number=CASE, doc_type="summons", doc_id="x")

    def fonts(pdf: bytes) -> set[str]:
        return set(PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"].keys())

    assert fonts(stamped) == fonts(original)


def test_bytes_that_are_not_a_pdf_are_an_error_not_a_crash() -> None:
    with pytest.raises(ExternalToolError, match="PDF"):
        stamp_identity(b"not a pdf", case_number=CASE, doc_type="summons", doc_id="x")


_text = st.text(alphabet=st.sampled_from("（）()〔〕豫蒙京0123456789执恢异号&<>-_ "), min_size=1, max_size=30)


@settings(max_examples=15, deadline=None)
@given(case_number=_text, doc_id=st.text(alphabet="0123456789abcdef", min_size=1, max_size=16),
       pages=st.integers(min_value=1, max_value=3))
def test_any_case_number_reads_back_from_every_page(case_number: str, doc_id: str, pages: int) -> None:
    stamped = stamp_identity(_pdf([A4] * pages, text=False), case_number=case_number, doc_type="payment_notice",
                             doc_id=doc_id)
    assert _identities(stamped) == [[PageIdentity(case_number, "payment_notice", doc_id, n, pages)]
                                    for n in range(1, pages + 1)]


FIRST_PAGES = [("（2024）豫0311执1234号", "enforcement_notice"), ("（2024）豫0311执1301号", "acceptance_notice"),
               ("（2024）豫0303执2031号", "property_report_order"), ("（2024）蒙2221执402号", "enforcement_ruling"),
               ("（2025）豫0305执433号", "termination_this_round_ruling"), ("（2024）豫03执恢12号", "resumption_notice"),
               ("(2024)豫0311执保7号", "summons"), ("（2023）京0105执异88号", "payment_notice"),
               ("（2024）豫0311执987号", "service_receipt")]


def _opencv_text(gray: np.ndarray) -> str:
    import cv2

    try:
        text, _, _ = cv2.QRCodeDetector().detectAndDecode(gray)
    except cv2.error:  # OpenCV raises on segments it cannot parse instead of reporting no code
        return ""
    return str(text)


def test_first_pages_read_back_with_zxing_and_opencv_from_an_anti_aliased_200_dpi_render() -> None:
    """What a clerk's Chrome (pdfium) shows, or a page rasterised at 200 dpi, is read by either decoder."""
    for n, (case_number, doc_type) in enumerate(FIRST_PAGES):
        doc_id = f"{n:02d}5f3a9c0d1e7b"
        stamped = stamp_identity(_pdf([A4, A4]), case_number=case_number, doc_type=doc_type, doc_id=doc_id)
        page = pdfium.PdfDocument(stamped)[0].render(scale=200 / 72, grayscale=True)  # anti-aliased
        gray = np.asarray(page.to_pil())
        expected = PageIdentity(case_number, doc_type, doc_id, 1, 2)
        assert decode_identities(gray) == [expected], case_number
        assert _opencv_text(gray) == expected.payload(), case_number


def test_the_code_is_one_path_of_outlines_not_abutting_rectangles() -> None:
    from dossier.render.stamp import dark_outlines, qr_operators

    matrix = [[True, True, False], [True, False, True], [True, True, True]]
    ops = qr_operators(matrix, 0, 0, 50).decode()
    assert ops.count(" re") == 1 and ops.count("f") == 2  # the white square, then one fill of the code
    loops = dark_outlines(matrix)

    def area(loop: list[tuple[int, int]]) -> int:
        return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(loop, loop[1:] + loop[:1], strict=True)) // 2

    assert sum(area(loop) for loop in loops) == sum(map(sum, matrix))  # a hole counts negative
    assert len(loops) == 2  # the outer outline and the hole around the light module in the middle


@settings(max_examples=30, deadline=None)
@given(st.lists(st.lists(st.booleans(), min_size=6, max_size=6), min_size=6, max_size=6))
def test_the_outlines_enclose_exactly_the_dark_modules(matrix: list[list[bool]]) -> None:
    from dossier.render.stamp import dark_outlines

    def winding(loops: list[list[tuple[int, int]]], px: float, py: float) -> int:
        total = 0
        for loop in loops:
            for (x0, y0), (x1, y1) in zip(loop, loop[1:] + loop[:1], strict=True):
                if x0 == x1 and min(y0, y1) < py < max(y0, y1) and x0 > px:
                    total += 1 if y1 > y0 else -1
        return total

    loops = dark_outlines(matrix)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            assert (winding(loops, c + 0.5, r + 0.5) != 0) == dark
