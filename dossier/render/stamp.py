"""A QR code with the page's identity on every page of a generated PDF (top-right corner).

A printed, signed and scanned page is then recognised without OCR (`dossier.qrid`). The templates
keep the top-right 30 mm × 30 mm free; the code sits inside it. The overlay is a one-image PDF
(no text, hence no font), merged onto each page with pypdf, so every font of the result stays the
embedded CJK fonts LibreOffice wrote.
"""

from __future__ import annotations

import io

from PIL import Image
from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.errors import PdfReadError

from dossier.errors import ExternalToolError
from dossier.qrid import PageIdentity, qr_png

POINTS_PER_MM = 72 / 25.4
QR_SIZE_MM = 20.0
EDGE_MM = 6.0  # distance from the top and right edges of the page
MASK_PATTERN = 2  # fixed mask: any is valid; searching the best one costs most of the stamping time


def stamp_identity(pdf: bytes, *, case_number: str, doc_type: str, doc_id: str) -> bytes:
    """Return the PDF with a QR (case number, type, id, page i/n) in the top-right corner of each page."""
    try:
        reader = PdfReader(io.BytesIO(pdf))
        pages = len(reader.pages)
    except (PdfReadError, ValueError) as exc:
        raise ExternalToolError(f"生成的 PDF 无法读取，无法加盖二维码：{exc}") from exc
    writer = PdfWriter(clone_from=reader)
    for number, page in enumerate(writer.pages, start=1):
        identity = PageIdentity(case_number=case_number, doc_type=doc_type, doc_id=doc_id, page=number, pages=pages)
        box = page.mediabox
        x, y, size = qr_position(right=float(box.right), top=float(box.top))
        overlay = _qr_page(identity)
        scale = size / float(overlay.mediabox.width)
        page.merge_transformed_page(overlay, Transformation().scale(scale, scale).translate(x, y))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def qr_position(*, right: float, top: float) -> tuple[float, float, float]:
    """(x, y, size) in points of the QR's lower-left corner for a page whose box ends at right/top."""
    size = QR_SIZE_MM * POINTS_PER_MM
    edge = EDGE_MM * POINTS_PER_MM
    return right - edge - size, top - edge - size, size


def _qr_page(identity: PageIdentity) -> PageObject:
    """The QR image alone on a page of its own size (PIL writes it as a font-free PDF)."""
    image = Image.open(io.BytesIO(qr_png(identity, mask_pattern=MASK_PATTERN))).convert("L")
    buf = io.BytesIO()
    image.save(buf, format="PDF", resolution=72.0)
    return PdfReader(buf).pages[0]
