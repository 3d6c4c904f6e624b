"""Synthetic scanned pages for the scan-pipeline tests: drawn with PIL and a CJK TrueType font, or
typeset with reportlab to a born-digital PDF, so that every test states exactly what is on the page."""

from __future__ import annotations

import io
import random
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
A4_150DPI = (1240, 1754)
COURT = "洛阳市老城区人民法院"
CASE = "（2024）豫0311执1234号"
BODY = [
    "申请执行人张三与被执行人洛阳某某商贸有限公司纠纷一案，本院依法立案执行。",
    "经查，被执行人未按生效法律文书确定的期限履行给付义务。",
    "本院通过网络执行查控系统对被执行人名下的财产进行了查询。",
    "执行人员告知了当事人的权利义务及拒不履行的法律后果。",
]


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT, size)


def _centred(draw: ImageDraw.ImageDraw, y: int, text: str, size: int, width: int) -> None:
    font = _font(size)
    w = draw.textlength(text, font=font)
    draw.text(((width - w) / 2, y), text, font=font, fill=0)


def scanned_page(title: str | None, *, case_number: str | None = CASE, body: list[str] | None = None,
                 letter_spaced: bool = False, court: str | None = COURT, noise: float = 5.0,
                 seed: int = 0) -> Image.Image:
    """A grey A4 page at 150 dpi as a scanner returns it: court, title, case number, body text."""
    width, height = A4_150DPI
    img = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(img)
    y = 180
    if court and title:
        _centred(draw, y, court, 34, width)
        y += 60
    if title:
        _centred(draw, y, " ".join(title) if letter_spaced else title, 52, width)
        y += 90
    if case_number:
        font = _font(28)
        draw.text((width - 160 - draw.textlength(case_number, font=font), y), case_number, font=font, fill=0)
        y += 70
    for line in body if body is not None else BODY * 3:
        draw.text((160, y), line[:33], font=_font(28), fill=0)
        y += 52
    return degrade(img, noise=noise, seed=seed)


def sparse_notice(title: str = "缴纳执行申请费通知书") -> Image.Image:
    """A one-page court notice with little on it: court and title, the case number, five lines of body in
    wide spacing, the seal's ring and a footer."""
    width, height = A4_150DPI
    img = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(img)
    _centred(draw, 180, COURT, 40, width)
    _centred(draw, 240, title, 56, width)
    draw.text((200, 330), CASE, font=_font(28), fill=0)
    for i, line in enumerate(BODY[:5]):
        draw.text((180, 400 + 64 * i), line[:30], font=_font(30), fill=0)
    draw.ellipse((760, 680, 1000, 920), outline=0, width=6)
    draw.text((520, 1600), "第 1 页（共 1 页）", font=_font(22), fill=0)
    return degrade(img, noise=4.0, seed=1)


def bound_askew(sheet: Image.Image, degrees: float, *, edge: int = 90, lid: bool = True) -> Image.Image:
    """The sheet scanned turned by `degrees` (counter-clockwise), the scanner's dark lid in the corners it
    leaves bare (or white paper) and the binding's dark shadow along its left edge."""
    turned = sheet.convert("L").rotate(degrees, fillcolor=40 if lid else 250, resample=Image.Resampling.BICUBIC)
    arr = np.asarray(turned, dtype=np.float32).copy()
    arr[:, :edge] *= np.linspace(0.1, 1.0, edge, dtype=np.float32)[None, :]
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8), "L")


def dusty_back(*, seed: int = 0) -> Image.Image:
    """The back of a sheet on an old flatbed: light falling off to one side, dust, a streak down the bed."""
    rng = np.random.default_rng(seed)
    w, h = A4_150DPI
    arr = np.full((h, w), 244.0, np.float32) - np.linspace(0, 30, w, dtype=np.float32)[None, :]
    arr[:, int(w * 0.62):int(w * 0.62) + 2] -= 45
    for _ in range(900):
        y, x = int(rng.integers(0, h - 3)), int(rng.integers(0, w - 3))
        arr[y:y + int(rng.integers(1, 4)), x:x + int(rng.integers(1, 4))] = rng.uniform(20, 120)
    arr += rng.normal(0, 3, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def signature_page(lines: list[str], *, footer: str = "2/2", top: float = 0.55) -> Image.Image:
    """The last sheet of a document: only its date and signatures, low on the page, and a page number."""
    width, height = A4_150DPI
    img = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(img)
    y = int(height * top)
    for line in lines:
        font = _font(30)
        draw.text((width - 200 - draw.textlength(line, font=font), y), line, font=font, fill=0)
        y += 70
    _centred(draw, int(height * 0.94), footer, 24, width)
    return degrade(img)


def degrade(img: Image.Image, *, noise: float = 5.0, seed: int = 0, blur: float = 0.5) -> Image.Image:
    """Blur and noise of an office scanner."""
    img = img.filter(ImageFilter.GaussianBlur(blur))
    rng = np.random.default_rng(seed)
    arr = np.asarray(img, dtype=np.float32) + rng.normal(0, noise, (img.height, img.width))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def blank_back(*, seed: int = 0, bleed: Image.Image | None = None, aged: bool = False) -> Image.Image:
    """The back of a sheet: paper tone, noise specks, and the front faintly showing through. `aged`:
    paper yellowed towards its edges, with the ring a cup left on it."""
    rnd = random.Random(seed)
    page = Image.new("L", A4_150DPI, rnd.randint(238, 248))
    if bleed is not None:
        ghost = bleed.transpose(Image.Transpose.FLIP_LEFT_RIGHT).filter(ImageFilter.GaussianBlur(3))
        page = Image.blend(page, Image.eval(ghost, lambda v: 255 - (255 - v) // 18), 0.5)
    if aged:
        tone = np.asarray(page, dtype=np.float32)
        w, h = A4_150DPI
        yy, xx = np.mgrid[0:h, 0:w]
        tone = tone - 20 * np.clip(np.hypot((xx - w / 2) / (w / 2), (yy - h / 2) / (h / 2)) - 0.4, 0, None)
        tone[np.abs(np.hypot(xx - w * 0.55, yy - h * 0.3) - 150) < 8] -= 12
        page = Image.fromarray(np.clip(tone, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(1))
    page = degrade(page, noise=6.0, seed=seed)
    arr = np.asarray(page).copy()
    rng = np.random.default_rng(seed)
    specks = rng.random(arr.shape) < 0.0004
    arr[specks] = rng.integers(0, 90, int(specks.sum()))
    return Image.fromarray(arr, "L")


def phone_photo(sheet: Image.Image, *, seed: int = 0) -> Image.Image:
    """A sheet photographed on a dark green desk: tilted a little, lit by a lamp from the left (the paper
    goes from white to grey across the page)."""
    rng = np.random.default_rng(seed)
    w, h = A4_150DPI
    small = sheet.resize((int(w * 0.86), int(h * 0.86))).rotate(1.5, expand=True, fillcolor=70)
    photo = Image.new("L", A4_150DPI, 70)
    photo.paste(small, ((w - small.width) // 2, (h - small.height) // 2))
    arr = np.asarray(photo, dtype=np.float32)
    light = np.linspace(1.0, 0.72, w, dtype=np.float32)[None, :] * np.linspace(1.0, 0.9, h, dtype=np.float32)[:, None]
    arr = arr * light + rng.normal(0, 3, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def cast_shadow(sheet: Image.Image, *, depth: float = 0.7) -> Image.Image:
    """A hard-edged shadow (the photographer's arm) falling across the lower right of the sheet."""
    arr = np.asarray(sheet.convert("L"), dtype=np.float32)
    h, w = arr.shape
    y, x = np.mgrid[0:h, 0:w]
    inside = (x / w - 0.55) + (y / h - 0.35) * 0.6 > 0.25  # a diagonal edge from the right side to the bottom
    shade = cv2.GaussianBlur(np.where(inside, depth, 1.0).astype(np.float32), (0, 0), 4)
    return Image.fromarray(np.clip(arr * shade, 0, 255).astype(np.uint8), "L")


def with_qr(page: Image.Image, png: bytes) -> Image.Image:
    """The page with a QR code printed in its top-right margin (as the generator stamps it)."""
    qr = Image.open(io.BytesIO(png)).convert("L")
    out = page.copy()
    out.paste(qr, (page.width - qr.width - 60, 50))
    return out


def images_pdf(images: list[Image.Image], path: Path) -> Path:
    """An image-only PDF, one JPEG page per image, as a scanner writes it."""
    first, *rest = images
    first.save(path, "PDF", save_all=True, append_images=rest, resolution=150.0, quality=75)
    return path


def born_digital_pdf(path: Path, pages: list[tuple[str | None, str | None, list[str]]]) -> Path:
    """A PDF with a real text layer (reportlab): per page an optional title, case number and lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from dossier.reports.fonts import register_cjk_fonts

    fonts = register_cjk_fonts()
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for title, number, lines in pages:
        y = height - 90
        if title:
            c.setFont(fonts.sans, 16)
            c.drawCentredString(width / 2, y, COURT)
            y -= 36
            c.setFont(fonts.sans, 24)
            c.drawCentredString(width / 2, y, title)
            y -= 34
        if number:
            c.setFont(fonts.serif, 13)
            c.drawRightString(width - 70, y, number)
            y -= 30
        c.setFont(fonts.serif, 13)
        for line in lines:
            c.drawString(80, y, line)
            y -= 24
        c.showPage()
    c.save()
    return path


def scan_with_text_layer(path: Path, image: Image.Image, hidden: list[str]) -> Path:
    """A double-layer PDF as scanning software writes it: the scan over the page, its own OCR of it as
    invisible text (render mode 3) — here saying whatever `hidden` says."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from dossier.reports.fonts import register_cjk_fonts

    fonts = register_cjk_fonts()
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    data = io.BytesIO()
    image.convert("L").save(data, format="JPEG", quality=80)
    c.drawImage(ImageReader(io.BytesIO(data.getvalue())), 0, 0, width, height)
    text = c.beginText(70, height - 90)
    text.setTextRenderMode(3)
    text.setFont(fonts.serif, 13)
    for line in hidden:
        text.textLine(line)
    c.drawText(text)
    c.showPage()
    c.save()
    return path
