"""Machine-readable identity of generated pages: a small QR code per page.

Payload (ASCII-safe, versioned): ``DSR1|<case number>|<doc type>|<doc id>|<page>/<pages>``.
A printed, signed and scanned page is identified from it without OCR.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

PREFIX = "DSR1"


@dataclass(frozen=True)
class PageIdentity:
    case_number: str
    doc_type: str
    doc_id: str
    page: int
    pages: int

    def payload(self) -> str:
        for part in (self.case_number, self.doc_type, self.doc_id):
            if "|" in part:
                raise ValueError("identity fields may not contain '|'")
        return f"{PREFIX}|{self.case_number}|{self.doc_type}|{self.doc_id}|{self.page}/{self.pages}"


def parse_payload(text: str) -> PageIdentity | None:
    """The identity in a decoded QR text, or None when it is not one of ours."""
    parts = text.strip().split("|")
    if len(parts) != 5 or parts[0] != PREFIX:
        return None
    try:
        page_s, pages_s = parts[4].split("/")
        page, pages = int(page_s), int(pages_s)
    except ValueError:
        return None
    if not (1 <= page <= pages):
        return None
    return PageIdentity(case_number=parts[1], doc_type=parts[2], doc_id=parts[3], page=page, pages=pages)


def _modules(identity: PageIdentity) -> np.ndarray:
    """The QR code's modules as a boolean array (True = dark), without quiet zone, error correction M
    (survives a stamp or a fold).

    The payload is ONE byte-mode segment of UTF-8, the encoding every common decoder reads. zxing-cpp's
    writer splits it into mixed segments (numeric, alphanumeric, Shift_JIS Kanji for （）…) that OpenCV's
    QRCodeDetector misreads or fails on; OpenCV's encoder in byte mode gives the plain form."""
    import cv2
    import numpy as np

    params = cv2.QRCodeEncoder.Params()
    params.mode = cv2.QRCodeEncoder_MODE_BYTE
    params.correction_level = cv2.QRCodeEncoder_CORRECT_LEVEL_M
    image = cv2.QRCodeEncoder.create(params).encode(identity.payload())
    dark: np.ndarray = np.asarray(image) < 128
    rows, cols = np.nonzero(dark)  # the finder patterns mark three corners of the symbol
    modules: np.ndarray = dark[rows.min():rows.max() + 1, cols.min():cols.max() + 1]
    return modules


def qr_matrix(identity: PageIdentity) -> list[list[bool]]:
    """The QR code's modules (True = dark), row by row, without quiet zone."""
    matrix: list[list[bool]] = _modules(identity).tolist()
    return matrix


def qr_png(identity: PageIdentity, *, box_size: int = 4, border: int = 1) -> bytes:
    """PNG of the QR code for one page (`box_size` pixels per module, `border` modules of white)."""
    import numpy as np
    from PIL import Image

    light = ~np.pad(_modules(identity), border)  # a bilevel image is white where True
    n = light.shape[0]
    image = Image.fromarray(light).resize((n * box_size, n * box_size), Image.Resampling.NEAREST)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def decode_identities(image: object) -> list[PageIdentity]:
    """All our identities found in a PIL image or numpy array (zxing-cpp reads rotated codes too)."""
    import zxingcpp

    found: list[PageIdentity] = []
    for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)):
        ident = parse_payload(result.text)
        if ident is not None:
            found.append(ident)
    return found
