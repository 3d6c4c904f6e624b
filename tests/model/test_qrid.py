"""A printed page is identified by its QR code, even scanned upside down."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from dossier.qrid import PageIdentity, decode_identities, parse_payload, qr_png


def test_identity_survives_print_and_upside_down_scan() -> None:
    ident = PageIdentity("（2024）豫0311执1234号", "enforcement_notice", "a1b2c3d4", 2, 3)
    code = Image.open(io.BytesIO(qr_png(ident)))
    page = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
    page.paste(code, (1240 - 200, 60))
    assert decode_identities(page) == [ident]
    assert decode_identities(page.rotate(180)) == [ident]


@settings(max_examples=50)
@given(page=st.integers(1, 500), extra=st.integers(0, 500),
       doc_id=st.text(alphabet="0123456789abcdef", min_size=1, max_size=16))
def test_payload_round_trip(page: int, extra: int, doc_id: str) -> None:
    ident = PageIdentity("（2015）洛执字第123号", "service_receipt", doc_id, page, page + extra)
    assert parse_payload(ident.payload()) == ident


def test_foreign_codes_are_ignored() -> None:
    assert parse_payload("https://example.org") is None
    assert parse_payload("DSR1|a|b|c|3/2") is None
