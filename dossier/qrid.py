"""Machine-readable identity of generated pages: a small QR code per page.

Payload (ASCII-safe, versioned): ``DSR1|<case number>|<doc type>|<doc id>|<page>/<pages>``.
A printed, signed and scanned page is identified from it without OCR.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

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


def qr_png(identity: PageIdentity, *, box_size: int = 4, border: int = 1, mask_pattern: int | None = None) -> bytes:
    """PNG of the QR code for one page (error correction M survives a stamp or a fold).

    A fixed `mask_pattern` (0-7, all valid per ISO 18004) skips the costly best-mask search, for
    stamping every page of a batch.
    """
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box_size, border=border,
                       mask_pattern=mask_pattern)
    qr.add_data(identity.payload().encode("utf-8"))
    qr.make(fit=True)
    img = qr.make_image(fill_color="black", back_color="white")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
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
