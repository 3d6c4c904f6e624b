"""A QR code with the page's identity on every page of a generated PDF (top-right corner).

A printed, signed and scanned page is then recognised without OCR (`dossier.qrid`). The templates
keep the top-right 30 mm × 30 mm free; the code sits inside it. The code is drawn as vector
path (the outlines of its dark modules, filled once) in a content stream of its own, appended to each page after the page's content wrapped in
q/Q: no image, no font, and no re-parsing of LibreOffice's content streams, so stamping costs a few
milliseconds per document and every font of the result stays the embedded CJK fonts LibreOffice wrote.
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import segno
from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DecodedStreamObject, IndirectObject, NameObject

from dossier.errors import ExternalToolError
from dossier.qrid import PageIdentity

POINTS_PER_MM = 72 / 25.4
QR_SIZE_MM = 20.0
EDGE_MM = 6.0  # distance from the top and right edges of the page
QUIET_MODULES = 2  # white border drawn around the code, in modules (OpenCV finds the code far less often with 1)


def stamp_identity(pdf: bytes, *, case_number: str, doc_type: str, doc_id: str) -> bytes:
    """Return the PDF with a QR (case number, type, id, page i/n) in the top-right corner of each page."""
    try:
        reader = PdfReader(io.BytesIO(pdf))
        len(reader.pages)
    except (PdfReadError, ValueError) as exc:
        raise ExternalToolError(f"生成的 PDF 无法读取，无法加盖二维码：{exc}") from exc
    writer = PdfWriter(clone_from=reader)
    stamp_pages(writer, case_number=case_number, doc_type=doc_type, doc_id=doc_id)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def stamp_pages(writer: PdfWriter, *, case_number: str, doc_type: str, doc_id: str) -> None:
    """Stamp every page of `writer` (all pages of ONE document: page i of n) in place."""
    pages = len(writer.pages)
    # pypdf (7.1) has no public call that registers a new indirect stream: `replace_contents` would
    # null the page's own streams, and `merge_page` re-parses them (what this module avoids).
    save = writer._add_object(_stream(b"q\n"))
    mask: int | None = None
    for number, page in enumerate(writer.pages, start=1):
        identity = PageIdentity(case_number=case_number, doc_type=doc_type, doc_id=doc_id, page=number, pages=pages)
        box = page.mediabox
        x, y, size = qr_position(right=float(box.right), top=float(box.top))
        code = _qr_code(identity, mask)
        mask = code.mask
        code_ops = qr_operators([[bool(m) for m in row] for row in code.matrix], x, y, size)
        _append_contents(page, save, writer._add_object(_stream(b"Q\n" + code_ops)))


def qr_modules(identity: PageIdentity) -> list[list[bool]]:
    """The code's modules (True = dark), without quiet zone: the payload as ONE byte-mode segment of
    UTF-8, error correction M, no ECI header — the symbol `dossier.qrid` describes."""
    return [[bool(module) for module in row] for row in _qr_code(identity).matrix]


def _qr_code(identity: PageIdentity, mask: int | None = None) -> Any:
    """segno's code for one page (~5 ms; OpenCV's encoder, `qrid.qr_matrix`, takes ~12). Choosing the
    data mask (scoring all eight) is most of it, so a document's later pages reuse the mask scored
    for its first: their payloads differ only in the page number (~1 ms each). Any mask is a valid
    code; the choice only avoids patterns that look like finder patterns or large blocks."""
    return segno.make_qr(identity.payload(), mode="byte", encoding="utf-8", error="m", boost_error=False,
                         mask=mask)


def qr_position(*, right: float, top: float) -> tuple[float, float, float]:
    """(x, y, size) in points of the QR's lower-left corner for a page whose box ends at right/top."""
    size = QR_SIZE_MM * POINTS_PER_MM
    edge = EDGE_MM * POINTS_PER_MM
    return right - edge - size, top - edge - size, size


Point = tuple[int, int]  # (column, row) of a module corner, rows counted downwards


def qr_operators(matrix: list[list[bool]], x: float, y: float, size: float) -> bytes:
    """PDF operators drawing the code in the square (x, y, size): a white square, then the dark modules
    as ONE path of their outlines, filled once (nonzero).

    Abutting rectangles show hairline seams in anti-aliased renderers (pdfium, Chrome), and OpenCV's
    decoder then misses the code; outlines share no inner edge, so there is nothing to seam."""
    count = len(matrix) + 2 * QUIET_MODULES
    module = size / count
    # Coordinates of the module grid lines, formatted once per line rather than once per corner.
    xs = [f"{x + (col + QUIET_MODULES) * module:.3f}" for col in range(len(matrix[0]) + 1 if matrix else 1)]
    ys = [f"{y + size - (row + QUIET_MODULES) * module:.3f}" for row in range(len(matrix) + 1)]
    ops = [f"q 1 g {x:.2f} {y:.2f} {size:.2f} {size:.2f} re f 0 g"]
    for loop in dark_outlines(matrix):
        (col, row), rest = loop[0], loop[1:]
        ops.append(f"{xs[col]} {ys[row]} m " + " ".join(f"{xs[c]} {ys[r]} l" for c, r in rest) + " h")
    ops.append("f Q\n")
    return "\n".join(ops).encode("ascii")


def dark_outlines(matrix: list[list[bool]]) -> list[list[Point]]:
    """Closed outlines of the dark modules (corners only). Every outline runs clockwise on the page
    around dark and anticlockwise around a light hole, so a nonzero fill paints exactly the dark modules.

    The boundary between dark and light is found for the whole matrix at once (numpy) as maximal
    straight segments, so tracing the loops walks corners, not module edges (a page's code in ~1 ms)."""
    edges = _boundary_segments(matrix)
    loops: list[list[Point]] = []
    while edges:
        start = next(iter(edges))
        loop = [start]
        came_from, point = start, start
        while True:
            ends = edges[point]
            if len(ends) == 1:
                following = ends[0]
                del edges[point]
            else:
                following = _left_turn(ends, came_from, point)
            if following == start:
                break
            loop.append(following)
            came_from, point = point, following
        loops.append(loop)
    return loops


def _boundary_segments(matrix: list[list[bool]]) -> dict[Point, list[Point]]:
    """Directed maximal straight segments between dark modules and light ones (or the border), keyed
    by their start: along the top of dark runs rightwards, down their right side, leftwards along
    their bottom, up their left side."""
    if not matrix:
        return {}
    dark = np.asarray(matrix, dtype=bool).reshape(len(matrix), -1)
    padded = np.pad(dark, 1)
    light_above, light_below = ~padded[:-2, 1:-1], ~padded[2:, 1:-1]
    light_left, light_right = ~padded[1:-1, :-2], ~padded[1:-1, 2:]
    edges: dict[Point, list[Point]] = {}
    for row, first, stop in _runs(dark & light_above):
        edges.setdefault((first, row), []).append((stop, row))
    for row, first, stop in _runs(dark & light_below):
        edges.setdefault((stop, row + 1), []).append((first, row + 1))
    for col, first, stop in _runs((dark & light_right).T):
        edges.setdefault((col + 1, first), []).append((col + 1, stop))
    for col, first, stop in _runs((dark & light_left).T):
        edges.setdefault((col, stop), []).append((col, first))
    return edges


def _runs(mask: np.ndarray) -> list[tuple[int, int, int]]:
    """(line, first, stop) of every maximal run of True along each line (row) of a 2-D mask."""
    steps = np.diff(np.pad(mask, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    lines, firsts = np.nonzero(steps == 1)
    _lines, stops = np.nonzero(steps == -1)  # row-major order: the n-th stop ends the n-th run
    return list(zip(lines.tolist(), firsts.tolist(), stops.tolist(), strict=True))


def _left_turn(ends: list[Point], came_from: Point, point: Point) -> Point:
    """Where two codes' corners touch diagonally, two segments leave one point: take the left turn,
    which keeps a light hole's outline apart from the outline around it."""
    dx, dy = _sign(point[0] - came_from[0]), _sign(point[1] - came_from[1])
    want = (dy, -dx)  # rows count downwards: heading (dx, dy), left is (dy, -dx)
    chosen = next((e for e in ends if (_sign(e[0] - point[0]), _sign(e[1] - point[1])) == want), ends[-1])
    ends.remove(chosen)
    return chosen


def _sign(value: int) -> int:
    return (value > 0) - (value < 0)


def _stream(data: bytes) -> DecodedStreamObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    return stream


def _append_contents(page: PageObject, before: IndirectObject, after: IndirectObject) -> None:
    """Contents become [before, *the page's own, after]: the page's graphics state cannot leak into
    the code, whatever LibreOffice left on the stack."""
    own = page.get(NameObject("/Contents"))
    resolved = own.get_object() if isinstance(own, IndirectObject) else own
    existing: list[Any] = []
    if isinstance(resolved, ArrayObject):
        existing = [*resolved]
    elif own is not None:
        existing = [own]
    page[NameObject("/Contents")] = ArrayObject([before, *existing, after])
