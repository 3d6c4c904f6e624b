"""court_j's dossier PDF as its scanning software and case system write it: each scanned page an image with an
invisible text layer (text render mode 3, the lines placed roughly where they stand, each stretched to its width),
each born-digital page vector text and lines with the seal as an image. Written with reportlab: the scan's JPEG is
embedded as it is (DCTDecode, its own colour space); the invisible layer uses the non-embedded STSong-Light."""

from __future__ import annotations

import io
import re
from functools import cache
from pathlib import Path

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from dossier.corpus.draw import DPI
from dossier.corpus.families.court_j_capture import PT, JPage

LAYER_FONT = "STSong-Light"
STAND_IN = {"NotoSerifCJK-Bold": "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "NotoSansCJK": "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "NotoSerifCJK-Regular": "/usr/share/fonts/truetype/arphic/uming.ttc"}
"""reportlab embeds TrueType only: the case system's export uses these faces where the drawing used Noto (CFF)"""


@cache
def _font(path: str) -> str:
    for key, stand_in in STAND_IN.items():
        if key in path:
            path = stand_in
    name = "J" + re.sub(r"\W", "", Path(path).stem)
    pdfmetrics.registerFont(TTFont(name, path, subfontIndex=0) if path.endswith(".ttc") else TTFont(name, path))
    return name


def write_pdf(path: str, pages: list[JPage]) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(LAYER_FONT))
    canvas = Canvas(path, pageCompression=1, invariant=1)
    canvas.setCreator("DocuCentre Capture 6.2 / 电子卷宗随案同步生成系统")
    for p in pages:
        if p.jpeg:
            _scan(canvas, p)
        else:
            _digital(canvas, p)
        canvas.showPage()
    canvas.save()


def _scan(canvas: Canvas, p: JPage) -> None:
    im = Image.open(io.BytesIO(p.jpeg))
    w, h = im.size[0] / p.dpi * 72, im.size[1] / p.dpi * 72
    canvas.setPageSize((w, h))
    canvas.drawImage(ImageReader(io.BytesIO(p.jpeg)), 0, 0, w, h)
    for x, y, size, width, text in p.layer:
        font = "Helvetica" if text.isascii() else LAYER_FONT
        natural = pdfmetrics.stringWidth(text, font, size) or 1.0
        t = canvas.beginText()
        t.setTextRenderMode(3)
        t.setFont(font, size)
        t.setHorizScale(max(20.0, min(300.0, 100 * width / natural)))
        t.setTextOrigin(x, h - y - size * 0.88)
        t.textOut(text)
        canvas.drawText(t)


def _digital(canvas: Canvas, p: JPage) -> None:
    w, h = p.size[0] * PT, p.size[1] * PT
    canvas.setPageSize((w, h))
    for op in p.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, path, size, ascent, fill, spacing = op
            canvas.setFillColorRGB(*(v / 255 for v in fill))  # type: ignore[attr-defined]
            t = canvas.beginText()
            t.setFont(_font(str(path)), float(size) * PT)  # type: ignore[arg-type]
            t.setCharSpace(float(spacing) * PT)  # type: ignore[arg-type]
            t.setTextOrigin(float(x) * PT, h - (float(y) + float(ascent)) * PT)  # type: ignore[arg-type]
            t.textOut(str(s))
            canvas.drawText(t)
        elif kind in ("box", "line"):
            _, x0, y0, x1, y1, width, colour = op
            canvas.setStrokeColorRGB(*(v / 255 for v in colour))  # type: ignore[attr-defined]
            canvas.setLineWidth(float(width) * PT)  # type: ignore[arg-type]
            if kind == "box":
                canvas.rect(float(x0) * PT, h - float(y1) * PT, (float(x1) - float(x0)) * PT,  # type: ignore[arg-type]
                            (float(y1) - float(y0)) * PT)  # type: ignore[arg-type]
            else:
                canvas.line(float(x0) * PT, h - float(y0) * PT, float(x1) * PT, h - float(y1) * PT)  # type: ignore[arg-type]
        elif kind == "image":
            _, x, y, crop, mask = op
            rgba = crop.copy()  # type: ignore[attr-defined]
            rgba.putalpha(mask)
            canvas.drawImage(ImageReader(rgba), float(x) * PT, h - (float(y) + rgba.height) * PT,  # type: ignore[arg-type]
                             rgba.width * PT, rgba.height * PT, mask="auto")


__all__ = ["DPI", "write_pdf"]
