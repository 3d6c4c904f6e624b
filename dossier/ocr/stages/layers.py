"""What a page carries besides its pixels: the identity QR code our own documents print, a PDF's text layer; and
how a verdict from them settles the page."""

from __future__ import annotations

import re

from dossier.ocr.casenum import find_case_numbers, same_case
from dossier.ocr.classify import (
    PageText,
    TextLine,
    Verdict,
    classify,
)
from dossier.ocr.ngram import NgramModel, shipped_model
from dossier.ocr.stages.context import _CJK, FOOT, PageContext
from dossier.ocr.titles import party_names


def read_identity_qr(ctx: PageContext) -> None:
    """The DSR1 identity QR of generated documents: top-right corner first (bottom-left when the sheet
    was fed upside down), then the whole page. Read from the grey array (views, no copies: a third of
    the time of decoding PIL crops; red seals over the code are already faded out)."""
    from dossier.qrid import decode_identities

    assert ctx.grey is not None
    grey = ctx.grey
    h, w = grey.shape
    crops = [grey[:int(h * 0.3), int(w * 0.55):], grey[int(h * 0.7):, :int(w * 0.45)], grey]
    for crop in crops:
        found = decode_identities(crop)
        if found:
            ident = found[0]
            ctx.doc_type = ident.doc_type if ident.page == 1 else "continuation"
            ctx.doc_id, ctx.qr_page = ident.doc_id, (ident.page, ident.pages)
            numbers = find_case_numbers(ident.case_number)
            ctx.case_number = numbers[0] if numbers else None
            ctx.confidence, ctx.source_kind, ctx.settled = 1.0, "qr", True
            return


def _real_text(text: str) -> bool:
    """A text layer worth trusting: enough CJK characters, not font-garbage without Unicode mapping."""
    cjk = len(_CJK.findall(text))
    visible = len(re.sub(r"\s", "", text))
    return cjk >= 8 and cjk >= 0.3 * visible


def extract_text_layer(ctx: PageContext) -> None:
    """Born-digital pages: classify from the PDF's own text, no OCR. A scanned page's text layer is some
    scanning program's OCR (look-alikes swapped, lines dropped, cells run together): the page is read
    by ours instead."""
    try:
        if ctx.source.is_scan():
            return
        text = ctx.source.text()
    except Exception:  # a broken text layer is simply not used; OCR follows
        return
    if not _real_text(text):
        return
    ctx.text_layer = text
    rows = [ln.strip() for ln in text.splitlines() if ln.strip()]
    n = max(1, len(rows))
    lines = [TextLine(row, 0.99, centred=len(re.sub(r"\s", "", row)) <= 20, top=i / n,
                      width=min(1.0, len(row) / 30)) for i, row in enumerate(rows)]
    ctx.text = PageText([ln for ln in lines if ln.top < FOOT], [ln for ln in lines if ln.top >= FOOT],
                        complete=True, from_text_layer=True)
    _settle(ctx, classify(ctx.text, _model(ctx)), text)
    ctx.source_kind, ctx.settled = "text", True


def _model(ctx: PageContext) -> NgramModel | None:
    return ctx.model if ctx.model is not None else shipped_model()


def _settle(ctx: PageContext, verdict: Verdict, text: str) -> None:
    """Record a verdict: type, confidence, served documents, the page's place, case number, parties."""
    ctx.verdict = verdict
    ctx.doc_type, ctx.confidence, ctx.readable = verdict.doc_type, verdict.confidence, verdict.readable
    ctx.blank = ctx.blank or verdict.doc_type == "blank"
    ctx.title_text, ctx.served = verdict.title, list(verdict.served)
    ctx.candidates = list(verdict.candidates)
    if verdict.page_of is not None:
        n, m = verdict.page_of
        ctx.page_of = (n, m if m is not None else 0)
        ctx.page_last = verdict.page_last
    numbers = find_case_numbers(text, expected=ctx.expected_case_number)
    # a page that shows the expected number anywhere is this case's (a digit lost in one line is not
    # another case)
    own = [n for n in numbers if ctx.expected_case_number and same_case(n, ctx.expected_case_number)]
    found = own or numbers
    ctx.case_number = found[0] if found else None
    ctx.parties = party_names(text) if verdict.readable else []
