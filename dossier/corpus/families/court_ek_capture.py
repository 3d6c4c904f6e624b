"""How court_ek's dossiers were captured: 拍屏. The undertaker had no scanner at hand, so each page was opened on the
office monitor — in the case system's e-volume viewer (blue system bar, dark toolbar, grey surround) — and photographed
with a phone. So every image is a phone photo of an LCD: the page sits in the viewer's grey with some of the window chrome
and sometimes the monitor's black bezel at the edges; the phone was held straight for some pages and at an angle for
others (keystone); the camera's sensor grid beats against the screen's pixel grid (moiré), and where the phone was close
the RGB subpixel stripes and the dark matrix between pixels show; the window behind leaves a soft bright glare band across
the screen; the monitor's gamma lifts grey text and its white is a little blue; then phone blur, colour noise and JPEG."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

BEZEL = 70        # monitor bezel width in screen pixels
SYSTEM_BAR = 64   # the case system's blue title bar
TOOLBAR = 52      # the viewer's dark toolbar


@dataclass
class ScreenShot:
    dpi: int                       # the page's resolution in the photo (camera px per inch of paper)
    rotation: int
    photo: bool
    zoom: float                    # viewer zoom: screen px per rendered px
    gamma: float                   # the monitor's tone curve (<1 lifts greys)
    black: float                   # the LCD's black as the phone saw it
    white: tuple[float, float, float]  # the LCD's white, a little blue
    keystone: tuple[float, float, float, float]  # inward shift of the page's corners (fraction): tl, tr, br, bl
    tilt: float                    # degrees the phone was turned
    slant: bool                    # photographed at an angle (else straight on)
    shift: tuple[float, float]     # page centre offset in the frame (fraction)
    depth: float                   # how much the subpixel stripes show (0–1)
    glare: tuple[float, float, float, float]  # band: angle deg, offset (fraction), width (fraction), strength (0 = none)
    vignette: float
    blur: float
    noise: float
    quality: int
    sidebar: bool                  # the viewer's thumbnail pane shows at the left
    frame: float                   # photo height over the page's height: near 1.1 close up, 1.3+ with the bezel in view


def plan_capture(rng: random.Random, sheet: Sheet) -> ScreenShot:
    slant = rng.random() < 0.45
    close = rng.random() < 0.6
    k = (lambda: rng.uniform(0.0, 0.012)) if not slant else (lambda: rng.uniform(0.0, 0.02))
    corners = [k(), k(), k(), k()]
    if slant:  # one side further from the phone: its two corners drawn in
        side = rng.randrange(4)
        amount = rng.uniform(0.03, 0.085)
        for i in (side, (side + 1) % 4):
            corners[i] += amount
    return ScreenShot(
        dpi=rng.choice([150, 170, 180, 200]), rotation=0, photo=True, zoom=rng.uniform(0.62, 0.8),
        gamma=rng.uniform(0.62, 0.95), black=rng.uniform(14, 38),
        white=(rng.uniform(226, 242), rng.uniform(232, 247), rng.uniform(242, 255)),
        keystone=(corners[0], corners[1], corners[2], corners[3]), tilt=rng.uniform(-2.5, 2.5), slant=slant,
        shift=(rng.uniform(-0.02, 0.02), rng.uniform(0.005, 0.035)),
        depth=rng.uniform(0.3, 0.55) if close else rng.uniform(0.14, 0.3),
        glare=(rng.uniform(-60, 60), rng.uniform(-0.35, 0.35), rng.uniform(0.06, 0.16),
               rng.uniform(0.12, 0.32) if rng.random() < 0.8 else 0.0),
        vignette=rng.uniform(0.08, 0.22), blur=rng.uniform(0.45, 1.0), noise=rng.uniform(2.0, 4.5),
        quality=rng.randint(78, 92), sidebar=rng.random() < 0.35,
        frame=rng.uniform(1.1, 1.17) if close else rng.uniform(1.3, 1.45))


def _screen(sheet: Sheet, cap: ScreenShot, rng: random.Random) -> tuple[Image.Image, tuple[float, float, float, float]]:
    """the monitor's picture: bezel, system bar, toolbar, grey surround and the page; returns it and the page's box"""
    pw, ph = round(sheet.width * cap.zoom), round(sheet.height * cap.zoom)
    page = sheet.image.convert("RGB").resize((pw, ph), Image.Resampling.LANCZOS)
    side = 230 if cap.sidebar else 0
    margin = round(pw * 0.22)
    w = side + margin * 2 + pw
    above = round(ph * rng.uniform(0.02, 0.05))
    h = SYSTEM_BAR + TOOLBAR + above + ph + round(ph * 0.25)
    scr = Image.new("RGB", (w + 2 * BEZEL, h + 2 * BEZEL), (16, 16, 18))
    win = Image.new("RGB", (w, h), (82, 86, 89))
    d = ImageDraw.Draw(win)
    d.rectangle((0, 0, w, SYSTEM_BAR), fill=(24, 92, 168))
    d.text((24, 14), "内蒙古法院执行案件流程管理系统  ·  电子卷宗阅览", font=font("microhei", 30), fill=(255, 255, 255))
    d.text((w - 330, 18), "执行局  退出", font=font("microhei", 26), fill=(220, 232, 250))
    d.rectangle((0, SYSTEM_BAR, w, SYSTEM_BAR + TOOLBAR), fill=(50, 54, 57))
    n, total = sheet.page_of or (1, 1)
    d.text((24, SYSTEM_BAR + 12), "卷宗.pdf", font=font("microhei", 24), fill=(230, 230, 230))
    d.text((w // 2 - 120, SYSTEM_BAR + 12), f"{n} / {total}　　－  {round(cap.zoom * 100)}%  ＋", font=font("microhei", 24),
           fill=(230, 230, 230))
    for i in range(3):
        d.ellipse((w - 140 + i * 40, SYSTEM_BAR + 18, w - 124 + i * 40, SYSTEM_BAR + 34), outline=(200, 200, 200), width=2)
    if side:
        d.rectangle((0, SYSTEM_BAR + TOOLBAR, side, h), fill=(60, 63, 66))
        thumb = page.resize((side - 70, round((side - 70) * ph / pw)))
        for i in range(3):
            y = SYSTEM_BAR + TOOLBAR + 30 + i * (thumb.height + 40)
            win.paste(thumb, (35, y))
            if i == 0:
                d.rectangle((31, y - 4, 35 + thumb.width + 4, y + thumb.height + 4), outline=(110, 160, 230), width=4)
    x0, y0 = side + margin, SYSTEM_BAR + TOOLBAR + above
    d.rectangle((x0 + 4, y0 + 4, x0 + pw + 4, y0 + ph + 4), fill=(60, 62, 64))
    win.paste(page, (x0, y0))
    scr.paste(win, (BEZEL, BEZEL))
    return scr, (BEZEL + x0, BEZEL + y0, BEZEL + x0 + pw, BEZEL + y0 + ph)


def _tone(a: Any, cap: ScreenShot) -> Any:
    """the LCD's tone: gamma lifts greys, black is not black, white is bluish"""
    v = (a / 255.0) ** cap.gamma
    white = np.array(cap.white, np.float32)
    return cap.black + v * (white - cap.black)


def capture(sheet: Sheet, cap: ScreenShot, rng: random.Random) -> bytes:
    scr, box = _screen(sheet, cap, rng)
    s: Any = np.asarray(scr, dtype=np.float32)
    lit = np.zeros(s.shape[:2], np.float32)
    lit[BEZEL:-BEZEL, BEZEL:-BEZEL] = 1.0
    s = np.where(lit[..., None] > 0, _tone(s, cap), s)
    # the frame: the page at cap.dpi, in a 3:4 phone photo
    pw_c, ph_c = sheet.width * cap.dpi / DPI, sheet.height * cap.dpi / DPI
    H = round(ph_c * cap.frame)
    W = round(H * 0.75)
    cx, cy = W / 2 + cap.shift[0] * W, H / 2 + cap.shift[1] * H
    tl, tr, br, bl = cap.keystone
    half_w, half_h = pw_c / 2, ph_c / 2
    dst = np.array([[cx - half_w + tl * pw_c, cy - half_h + tl * ph_c * 0.3],
                    [cx + half_w - tr * pw_c, cy - half_h + tr * ph_c * 0.3],
                    [cx + half_w - br * pw_c, cy + half_h - br * ph_c * 0.3],
                    [cx - half_w + bl * pw_c, cy + half_h - bl * ph_c * 0.3]], np.float32)
    turn = cv2.getRotationMatrix2D((cx, cy), cap.tilt, 1.0)
    dst = (np.hstack([dst, np.ones((4, 1), np.float32)]) @ turn.T).astype(np.float32)
    x0, y0, x1, y1 = box
    src = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    scale = pw_c / (x1 - x0)
    if scale < 1:  # the lens: a little softer than the screen's pixels before the sensor samples them
        s = cv2.GaussianBlur(s, (0, 0), 0.35 / scale)
    room = np.array([rng.uniform(70, 130), rng.uniform(66, 120), rng.uniform(60, 110)], np.float32)
    out: Any = cv2.warpPerspective(s, m, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                   borderValue=tuple(float(v) for v in room))
    inside: Any = cv2.warpPerspective(lit, m, (W, H), flags=cv2.INTER_NEAREST)
    out = out * _subpixels(m, W, H, cap.depth, inside)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if cap.glare[3]:
        ang, off, width, strength = cap.glare
        t = np.radians(ang)
        dist = ((xx / W - 0.5) * np.cos(t) + (yy / H - 0.5) * np.sin(t)) - off
        band = strength * np.exp(-(dist / width) ** 2) * inside
        out = out * (1 - band[..., None]) + 252.0 * band[..., None]
    r2 = ((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2
    out = out * (1 - cap.vignette * r2 / 2)[..., None]
    out = cv2.GaussianBlur(out, (0, 0), cap.blur)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    out = out + gen.normal(0, cap.noise, out.shape) + gen.normal(0, cap.noise, (H, W, 1))
    img = np.clip(out, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def _subpixels(m: Any, w: int, h: int, depth: float, inside: Any) -> Any:
    """each camera pixel's share of the red, green and blue stripes (and the dark matrix between screen pixels) it
    sees, 2×2 samples a pixel: where the screen pitch nears the sensor pitch the shares beat into moiré"""
    inv = np.linalg.inv(m)
    cover = np.zeros((h, w, 3), np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for dy in (0.25, 0.75):
        for dx in (0.25, 0.75):
            px, py = xx + dx, yy + dy
            q = inv[2, 0] * px + inv[2, 1] * py + inv[2, 2]
            u = (inv[0, 0] * px + inv[0, 1] * py + inv[0, 2]) / q
            v = (inv[1, 0] * px + inv[1, 1] * py + inv[1, 2]) / q
            fu = u - np.floor(u)
            row = np.where(v - np.floor(v) < 0.14, 0.35, 1.0).astype(np.float32)
            stripe = np.minimum((fu * 3).astype(np.int32), 2)
            for ch in range(3):
                cover[..., ch] += (stripe == ch) * row
    cover *= 3 / 4  # 4 samples; a white pixel lit over a third of its width in each colour → about 1
    gain = (1 - depth) + depth * cover / float(cover[inside > 0].mean() or 1.0) if np.any(inside > 0) else cover * 0 + 1
    return np.where(inside[..., None] > 0, gain, 1.0)
