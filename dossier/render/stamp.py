"""A QR code with the page's identity on every page of a generated PDF (top-right corner).

A printed, signed and scanned page is then recognised without OCR (`dossier.qrid`). The templates
keep the top-right 30 mm × 30 mm free; the code sits inside it. The code is drawn as vector
rectangles in a content stream of its own, appended to each page after the page's content wrapped in
q/Q: no image, no font, and no re-parsing of LibreOffice's content streams, so stamping costs a few
milliseconds per document and every font of the result stays the embedded CJK fonts LibreOffice wrote.
"""

from __future__ import annotations

import io
from typing import Any

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DecodedStreamObject, IndirectObject, NameObject

from dossier.errors import ExternalToolError
from dossier.qrid import PageIdentity, qr_matrix

POINTS_PER_MM = 72 / 25.4
QR_SIZE_MM = 20.0
EDGE_MM = 6.0  # distance from the top and right edges of the page
QUIET_MODULES = 1  # white border around the code, in modules


def stamp_identity(pdf: bytes, *, case_number: str, doc_type: str, doc_id: str) -> bytes:
    """Return the PDF with a QR (case number, type, id, page i/n) in the top-right corner of each page."""
    try:
        reader = PdfReader(io.BytesIO(pdf))
        pages = len(reader.pages)
    except (PdfReadError, ValueError) as exc:
        raise ExternalToolError(f"生成的 PDF 无法读取，无法加盖二维码：{exc}") from exc
    writer = PdfWriter(clone_from=reader)
    # pypdf (7.1) has no public call that registers a new indirect stream: `replace_contents` would
    # null the page's own streams, and `merge_page` re-parses them (what this module avoids).
    save = writer._add_object(_stream(b"q\n"))
    for number, page in enumerate(writer.pages, start=1):
        identity = PageIdentity(case_number=case_number, doc_type=doc_type, doc_id=doc_id, page=number, pages=pages)
        box = page.mediabox
        x, y, size = qr_position(right=float(box.right), top=float(box.top))
        code = writer._add_object(_stream(b"Q\n" + qr_operators(qr_matrix(identity), x, y, size)))
        _append_contents(page, save, code)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def qr_position(*, right: float, top: float) -> tuple[float, float, float]:
    """(x, y, size) in points of the QR's lower-left corner for a page whose box ends at right/top."""
    size = QR_SIZE_MM * POINTS_PER_MM
    edge = EDGE_MM * POINTS_PER_MM
    return right - edge - size, top - edge - size, size


def qr_operators(matrix: list[list[bool]], x: float, y: float, size: float) -> bytes:
    """PDF operators drawing the code in the square (x, y, size): a white square, then one black
    rectangle per horizontal run of dark modules."""
    count = len(matrix) + 2 * QUIET_MODULES
    module = size / count
    ops = [f"q 1 g {x:.2f} {y:.2f} {size:.2f} {size:.2f} re f 0 g"]
    for r, row in enumerate(matrix):
        top = y + size - (r + QUIET_MODULES + 1) * module
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            left = x + (start + QUIET_MODULES) * module
            ops.append(f"{left:.3f} {top:.3f} {(c - start) * module:.3f} {module:.3f} re")
    ops.append("f Q\n")
    return "\n".join(ops).encode("ascii")


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
