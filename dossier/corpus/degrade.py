"""Capture simulation: scanner skew, turned pages, noise, blur, binding edge, JPEG loss, phone photos
with perspective and uneven light, blank backs with bleed-through, an illegible page."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI


@dataclass
class Capture:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float


def plan_capture(rng: random.Random, *, allow_photo: bool = True) -> Capture:
    rotation = rng.choices([0, 90, 180, 270], weights=[88, 4, 5, 3])[0]
    photo = allow_photo and rng.random() < 0.06
    return Capture(dpi=rng.choice([150, 200, 200, 240, 300]), rotation=rotation, photo=photo,
                   quality=rng.randint(35, 70), skew=rng.uniform(-3, 3))


def blank_back(rng: random.Random, front: Image.Image | None) -> Image.Image:
    """The back of a sheet: paper tone, and sometimes the front showing through, mirrored."""
    paper: Any = np.full((front.height if front else 2339, front.width if front else 1654, 3), 250, np.uint8)
    if front is not None and rng.random() < 0.6:
        g: Any = np.asarray(front.convert("L").transpose(Image.Transpose.FLIP_LEFT_RIGHT), dtype=np.float32)
        g = cv2.GaussianBlur(g, (0, 0), 4)
        ink = (255 - g) * rng.uniform(0.03, 0.07)
        paper = np.clip(paper.astype(np.float32) - ink[..., None], 0, 255).astype(np.uint8)
    return Image.fromarray(paper)


def capture(page: Image.Image, cap: Capture, rng: random.Random, *, illegible: bool = False) -> bytes:
    """The page as a scanner or phone would deliver it, JPEG-encoded."""
    a: Any = np.asarray(page.convert("RGB"), dtype=np.uint8)
    scale = cap.dpi / DPI
    if scale != 1:
        a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    if cap.photo:
        a = _photo(a, rng)
    else:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), borderValue=(250, 250, 250))
        if rng.random() < 0.35:  # dark binding edge
            edge = int(w * rng.uniform(0.015, 0.04))
            ramp = np.linspace(rng.uniform(0.15, 0.5), 1.0, edge)[None, :, None]
            side = a[:, :edge].astype(np.float32) * ramp
            a[:, :edge] = side.astype(np.uint8)
        tint = np.array([rng.uniform(0.93, 1.0) for _ in range(3)], dtype=np.float32)
        a = (a.astype(np.float32) * tint).astype(np.uint8)
    f: Any = a.astype(np.float32)
    f += np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(2, 9), f.shape[:2])[..., None]
    a = np.clip(f, 0, 255).astype(np.uint8)
    if rng.random() < 0.4:
        a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.5, 1.2))
    if illegible:
        a = cv2.GaussianBlur(a, (0, 0), 9 * scale + 4)
        a = cv2.addWeighted(a, 0.25, np.full_like(a, 200), 0.75, 0)
        g = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 25, a.shape[:2])[..., None]
        a = np.clip(a.astype(np.float32) + g, 0, 255).astype(np.uint8)
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


def _photo(a: Any, rng: random.Random) -> Any:
    """A phone photo: the sheet in perspective on a desk, light falling off to one side."""
    h, w = a.shape[:2]
    H, W = int(h * 1.12), int(w * 1.15)
    bg: Any = np.zeros((H, W, 3), np.float32)
    bg[:] = [rng.uniform(60, 140), rng.uniform(50, 120), rng.uniform(40, 100)]
    bg += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 6, (H, W, 1))
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    j = lambda v: rng.uniform(0.01, 0.07) * v  # noqa: E731
    dst = np.array([[j(W), j(H)], [W - j(W), j(H)], [W - j(W), H - j(H)], [j(W), H - j(H)]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    sheet: Any = cv2.warpPerspective(a, m, (W, H)).astype(np.float32)
    mask: Any = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H))[..., None]
    out: Any = sheet * mask + bg * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.0 - rng.uniform(0.2, 0.4) * np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    out *= light[..., None]
    return np.clip(out, 0, 255).astype(np.uint8)


def write_pdf(path: str, jpegs: list[bytes]) -> None:
    """A PDF of JPEG pages, the JPEG data embedded as it is (DCTDecode), img2pdf-like: its colour space is
    the JPEG's own (a grey scan declared RGB is drawn as nothing by pdfium)."""
    objs: list[bytes] = []
    kids: list[int] = []
    for data in jpegs:
        im = Image.open(io.BytesIO(data))
        w, h = im.size
        dpi = im.info.get("dpi", (200, 200))[0] or 200
        pw, ph = w / dpi * 72, h / dpi * 72
        img_id = len(objs) + 3
        space = {"L": b"/DeviceGray", "CMYK": b"/DeviceCMYK"}.get(im.mode, b"/DeviceRGB")
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                    b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, space, len(data))
                    + data + b"\nendstream")
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >>"
                    b" /Contents %d 0 R >>" % (pw, ph, img_id, img_id + 1))
        kids.append(img_id + 2)
    catalog = b"<< /Type /Catalog /Pages 2 0 R >>"
    pages = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    allobjs = [catalog, pages, *objs]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(allobjs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(allobjs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(allobjs) + 1, xref)
    with open(path, "wb") as fh:
        fh.write(bytes(out))
