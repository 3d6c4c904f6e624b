"""What the archive draws over each page, in one reportlab document (the font subsets are shared by
all pages, so the text layer costs a few KB per page): the invisible text (render mode 3, placed on
the boxes the reader found), the 页号 and, for a draft, 草稿."""

from __future__ import annotations

import io
from collections.abc import Sequence

from pydantic import BaseModel

from dossier.reports.fonts import register_cjk_fonts

Box = tuple[int, int, int, int]


class TextLine(BaseModel):
    text: str
    box: Box


class OverlaySpec(BaseModel):
    """One page as it is displayed (upright): its size in points and what to draw on it."""

    width: float
    height: float
    lines: list[TextLine] = []
    read_size: tuple[int, int] | None = None
    number: int | None = None
    draft: bool = False


def render_overlays(pages: Sequence[OverlaySpec]) -> bytes:
    """A PDF with one overlay page per spec, each of the spec's size."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    fonts = register_cjk_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, initialFontName=fonts.sans, initialFontSize=10, invariant=True)
    for spec in pages:
        c.setPageSize((spec.width, spec.height))
        if spec.lines and spec.read_size:
            sx, sy = spec.width / spec.read_size[0], spec.height / spec.read_size[1]
            c.saveState()  # the render mode is graphics state: it must not make the 页号 invisible too
            text = c.beginText()
            text.setTextRenderMode(3)
            for line in spec.lines:
                left, top, right, bottom = line.box
                size = max(1.0, (bottom - top) * sy * 0.9)
                natural = stringWidth(line.text, fonts.sans, size)
                if natural <= 0:
                    continue
                text.setFont(fonts.sans, size)
                text.setHorizScale(min(500.0, max(10.0, 100.0 * (right - left) * sx / natural)))
                text.setTextOrigin(left * sx, spec.height - bottom * sy + size * 0.12)
                text.textOut(line.text)
                text.textLine("")
            c.drawText(text)
            c.restoreState()
        if spec.number is not None:
            c.setFillColorRGB(0, 0, 0)
            c.setFont(fonts.sans, 14)
            c.drawRightString(spec.width - 28, spec.height - 34, str(spec.number))
        if spec.draft:
            c.setFillColorRGB(0.8, 0, 0)
            c.setFont(fonts.sans, 28)
            c.drawString(28, spec.height - 48, "草稿")
        c.showPage()
    c.save()
    return buf.getvalue()
