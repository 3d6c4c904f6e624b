"""How court_cc's dossiers were captured. The applicant filed online: the 江苏法院诉讼服务网 portal put each uploaded
image (a phone photo — warm, soft, a little crooked, cropped by the phone — or a PDF page) centred on an A4 page,
scaled down to fit inside its own frame: a grey header band on every page (its emblem, '江苏法院网上立案材料', the
申请号, 第n页) and a footer giving the upload time and the uploaded file's name; a photo taken with the phone held
sideways lies turned 90° on the page. The court printed those pages and rescanned them at 200 dpi grey, JPEG q50–75,
a little skewed. The bureau's own later papers (and what came in on paper) are plain 300 dpi grey scans."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.draw import A4, DPI, Sheet, mm
from dossier.corpus.families.court_cc_papers import Upload, take_upload
from dossier.corpus.fonts import font


@dataclass
class CcCapture:
    dpi: int
    rotation: int         # the uploaded image's turn on the portal page (clockwise), 0 for a plain scan
    photo: bool           # the uploaded image was a phone photo
    skew: float
    quality: int
    upload: Upload | None = None
    scale: float = 1.0    # the uploaded image's size within the portal's frame (≤ 1: white around it)
    crop: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # the phone's crop, as fractions of each side
    tilt: float = 0.0     # the phone's own tilt in the photo
    warmth: int = 0
    tight: bool = False   # the phone cropped to the paper's printed part: a small image, never enlarged by the portal


def plan_capture(rng: random.Random, sheet: Sheet) -> CcCapture:
    up = take_upload(sheet)
    if up is None:
        return CcCapture(dpi=300, rotation=0, photo=False, skew=rng.uniform(-1.0, 1.0), quality=rng.randint(80, 90))
    turn = rng.choice([90, 270]) if up.photo and rng.random() < 0.3 else 0
    tight = up.photo and not turn and rng.random() < 0.3
    if tight:
        scale = rng.uniform(0.62, 0.75)
    elif not turn and rng.random() < 0.25:
        scale = rng.uniform(0.72, 0.82)
    else:
        scale = rng.uniform(0.93, 1.0)
    crop = (rng.uniform(-0.03, 0.02), rng.uniform(-0.03, 0.02), rng.uniform(-0.03, 0.02), rng.uniform(-0.03, 0.02))
    return CcCapture(dpi=200, rotation=turn, photo=up.photo, skew=rng.uniform(-1.5, 1.5), quality=rng.randint(50, 75),
                     upload=up, scale=scale, crop=crop if up.photo else (0.0, 0.0, 0.0, 0.0),
                     tilt=rng.uniform(-2.5, 2.5) if up.photo else 0.0, warmth=rng.randint(6, 20) if up.photo else 0,
                     tight=tight)


def _uploaded_image(sheet: Sheet, cap: CcCapture, rng: random.Random) -> Image.Image:
    """The file the applicant uploaded: a phone photo of the paper (desk round it, warm, soft) or a PDF page."""
    img = sheet.image.convert("RGB")
    if not cap.photo:
        return img
    if cap.tight:
        ink = np.asarray(img.convert("L")) < 200
        rows, cols = np.where(ink)
        if len(rows):
            m = mm(6)
            img = img.crop((max(0, int(cols.min()) - m), max(0, int(rows.min()) - m),
                            min(img.width, int(cols.max()) + m), min(img.height, int(rows.max()) + m)))
    w, h = img.size
    left, top, right, bottom = cap.crop
    pad = (max(0, int(-left * w)), max(0, int(-top * h)), max(0, int(-right * w)), max(0, int(-bottom * h)))
    desk = Image.new("RGB", (w + pad[0] + pad[2], h + pad[1] + pad[3]), (118, 104, 88))
    desk.paste(img, (pad[0], pad[1]))
    img = desk.rotate(cap.tilt, resample=Image.Resampling.BICUBIC, fillcolor=(118, 104, 88))
    w, h = img.size
    img = img.crop((int(max(left, 0) * w), int(max(top, 0) * h), w - int(max(right, 0) * w), h - int(max(bottom, 0) * h)))
    a = np.asarray(img, dtype=np.float32)
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]].astype(np.float32)
    cy, cx = a.shape[0] / 2, a.shape[1] / 2
    vignette = 1.0 - 0.05 * (((yy - cy) / cy) ** 2 + ((xx - cx) / cx) ** 2)
    a = a * vignette[..., None] * np.array([1.0, 0.97, 1.0 - cap.warmth / 100], np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return img.filter(ImageFilter.GaussianBlur(0.7))


def _portal_page(inner: Image.Image, up: Upload, cap: CcCapture) -> Image.Image:
    """The portal's A4 page: header band, the image centred and scaled to fit, the upload footer."""
    page = Image.new("RGB", A4, (255, 255, 255))
    d = ImageDraw.Draw(page)
    W, H = A4
    band = mm(13)
    d.rectangle((0, mm(6), W, mm(6) + band), fill=(222, 226, 232))
    lx, ly, r = mm(14), mm(6) + band // 2, mm(4.5)
    d.ellipse((lx - r, ly - r, lx + r, ly + r), outline=(150, 30, 30), width=5)
    d.ellipse((lx - r / 2.2, ly - r / 2.2, lx + r / 2.2, ly + r / 2.2), fill=(150, 30, 30))
    head = font("sans", 30)
    d.text((lx + r + 24, ly - 18), f"江苏法院网上立案材料 · 申请号 {up.app_no} · 第{up.n}页", font=head, fill=(40, 40, 40))
    d.text((W - mm(46), ly - 18), "江苏法院诉讼服务网", font=font("sans", 26), fill=(70, 70, 70))
    foot = font("sans", 26)
    d.line((mm(10), H - mm(16), W - mm(10), H - mm(16)), fill=(150, 150, 150), width=2)
    d.text((mm(12), H - mm(14)), f"上传时间：{up.at}　　文件名：{up.file}", font=foot, fill=(60, 60, 60))
    if cap.rotation:
        inner = inner.rotate(-cap.rotation, expand=True)
    box_w, box_h = W - 2 * mm(8), H - mm(6) - band - mm(4) - mm(20)
    k = min(box_w / inner.width, box_h / inner.height) * cap.scale
    if cap.tight:  # the portal shows a small photo at its own pixel size: a lot of white round it
        k = min(k, 0.95) * cap.scale
    inner = inner.resize((max(1, int(inner.width * k)), max(1, int(inner.height * k))), Image.Resampling.LANCZOS)
    x = (W - inner.width) // 2
    y = mm(6) + band + mm(4) + (box_h - inner.height) // 2
    page.paste(inner, (x, y))
    d.rectangle((x - 1, y - 1, x + inner.width, y + inner.height), outline=(200, 200, 200), width=1)
    return page


def capture(sheet: Sheet, cap: CcCapture, rng: random.Random) -> bytes:
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.upload is not None:
        page = _portal_page(_uploaded_image(sheet, cap, rng), cap.upload, cap)
        a: Any = np.asarray(page.convert("L"), dtype=np.float32)
        a = 14 + a * (236 / 255.0)  # laser print: paper a little grey, toner not quite black
        a = cv2.GaussianBlur(a, (3, 3), 0.6) + noise.normal(0, 3.0, a.shape)
        paper = 246
    else:
        a = np.asarray(sheet.image.convert("L"), dtype=np.float32)
        h, w = a.shape
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_CUBIC)
        a = a * (244 / 255.0) + noise.normal(0, 1.5, a.shape)
        paper = 244
    img: Any = np.clip(a, 0, 255).astype(np.uint8)
    hh, ww = img.shape
    m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
    img = cv2.warpAffine(img, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=paper)
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
