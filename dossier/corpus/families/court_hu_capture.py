"""How court_hu's pages reached the e-dossier: WeChat prints and thermal slips, then the bureau's sheet-fed scanner.

- WeChat prints (`HuSheet.route == "wechat"`). The parties (and often their lawyers) did not bring paper: they
  photographed the judgment, their ID cards, the 执业证, the forms they had filled at home, and sent the photos to the
  filing window's WeChat. The phone photo keeps the sheet in perspective on a table or desk, light falling off to one
  side, a little out of focus, saved by the phone as JPEG; WeChat (without 原图) shrinks its long side to 1280 px or so
  and compresses it again — a second JPEG on a different 8×8 grid. Now and then the party sent a screenshot instead:
  the phone's image viewer with its black surround and the status bar (clock, signal, battery) across the top, or a
  crop of the chat with the grey chat background, the picture's rounded corners and the edge of a green text bubble.
  The window clerk printed each picture fitted to A4 on the window's cheap colour inkjet: white printer margins round
  the picture, the black mixed from colour ink so text and the desk come out with a colour cast, and banding — a
  lighter line through the ink at every pass of the print head, at a fixed pitch down the page.
- Thermal slips (`route == "thermal"`): the 案款 system's 收款 and 发放 slips, the self-service terminal's 缴费凭条 and the
  bank's POS 签购单 come off 58 mm thermal rolls and are glued onto the bureau's A4 票据粘贴单. By the time the volume is
  scanned the print has faded to a brownish grey, more at one end of the slip than the other; the slip paper is a
  different, slightly yellowed white from the A4; the glue dried in wrinkles that ripple the slip (its lines wave and
  its paper shades in bands); and the slip's raised edge casts a thin shadow, so its outline shows on the sheet.
- Everything — WeChat prints, paste sheets, the bureau's own laser prints and what came on paper — went through the
  bureau's sheet-fed scanner: 150–300 dpi, colour (now and then grey for plain paper), a slight skew on a white
  backing, sensor noise, JPEG; a sheet fed upside down or sideways now and then.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import A4, DPI, Sheet
from dossier.corpus.fonts import font

BACKING = 244.0
"""the scanner's white backing plate, where a skewed sheet leaves it bare"""
PRINT_MARGIN_MM = 5.0
"""the window inkjet's unprintable border"""
CHAT_GREY = (237, 237, 237)
BUBBLE_GREEN = (149, 236, 105)


@dataclass
class HuCapture:
    dpi: int
    rotation: int
    photo: bool
    route: str                               # scan | wechat | thermal
    skew: float
    quality: int
    grey: bool
    noise: float
    # the phone photo, WeChat and the window's inkjet
    fill: float = 0.88                       # how much of the phone's frame the paper fills
    corners: tuple[float, ...] = (0.0,) * 8  # perspective: each corner's shift, fractions of the frame
    desk: tuple[int, int, int] = (150, 128, 104)
    light: tuple[float, float, float] = (0.25, 0.5, 0.5)  # fall-off strength, centre x, centre y (fractions)
    phone_q: int = 88
    wechat_long: int = 1280
    wechat_q: int = 70
    screen: str = "none"                     # none | viewer | bubble
    clock: str = "10:24"
    battery: int = 63
    cast: tuple[float, float, float] = (1.0, 1.0, 1.0)  # ink density per channel (R, G, B)
    band_mm: float = 3.4                     # the print head's pass pitch
    band_phase: float = 0.0                  # px at the drawing resolution
    band_depth: float = 0.4                  # ink lost in a band line
    # the glued thermal slips
    fade: tuple[float, float] = (0.45, 0.75)  # ink kept at the faint and at the strong end of a slip
    faint_end: str = "bottom"                # top | bottom
    slip_tone: tuple[int, int, int] = (244, 240, 226)
    wrinkles: list[tuple[float, float, float, float]] = field(default_factory=list)  # angle°, wavelength px, amp px, phase


def _is_a4(sheet: Sheet) -> bool:
    return sheet.size == A4


def plan_capture(rng: random.Random, sheet: Sheet) -> HuCapture:
    route = str(getattr(sheet, "route", "scan"))
    rotation = rng.choices([0, 180, 90, 270], weights=[90, 6, 2, 2])[0]
    cap = HuCapture(dpi=rng.choice([150, 200, 200, 240, 300]), rotation=rotation, photo=route == "wechat", route=route,
                    skew=rng.uniform(-1.2, 1.2), quality=rng.randint(62, 86),
                    grey=route == "scan" and rng.random() < 0.2, noise=rng.uniform(1.5, 4.0))
    if route == "wechat":
        card = not _is_a4(sheet)
        cap.fill = rng.uniform(1.0, 1.06) if card else rng.uniform(0.86, 0.96)
        cap.corners = tuple(rng.uniform(-0.045, 0.045) for _ in range(8))
        cap.desk = rng.choice([(150, 128, 104), (92, 86, 80), (196, 190, 178), (118, 96, 72)])
        cap.light = (rng.uniform(0.12, 0.35), rng.uniform(0, 1), rng.uniform(0, 1))
        cap.phone_q = rng.randint(84, 93)
        cap.wechat_long = rng.choice([1080, 1280, 1280, 1440])
        cap.wechat_q = rng.randint(55, 78)
        cap.screen = rng.choices(["none", "viewer", "bubble"], weights=[70, 18, 12])[0]
        cap.clock = f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}"
        cap.battery = rng.randint(12, 98)
        cap.cast = rng.choice([(1.0, 0.9, 0.72), (0.8, 0.95, 1.0), (0.95, 0.78, 0.92), (0.86, 1.0, 0.84)])
        cap.band_mm = rng.uniform(2.6, 4.6)
        cap.band_phase = rng.uniform(0, 30)
        cap.band_depth = rng.uniform(0.18, 0.35)
    if route == "thermal":
        cap.fade = (rng.uniform(0.4, 0.58), rng.uniform(0.68, 0.85))
        cap.faint_end = rng.choice(["top", "bottom"])
        cap.slip_tone = (rng.randint(238, 246), rng.randint(234, 242), rng.randint(214, 228))
        cap.wrinkles = [(rng.uniform(-35, 35), rng.uniform(40, 90), rng.uniform(1.2, 2.6), rng.uniform(0, 2 * math.pi))
                        for _ in range(rng.randint(1, 3))]
    return cap


def _jpeg(a: Any, q: int) -> Any:
    buf = io.BytesIO()
    Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).save(buf, format="JPEG", quality=q)
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"), dtype=np.float32)


# ---- the phone, WeChat and the window's inkjet --------------------------------------------------------------------

def phone_photo(src: Any, cap: HuCapture, gen: Any) -> Any:
    """The paper as the phone saw it: in perspective in a 3:4 frame on the desk, light falling off, soft focus, JPEG."""
    h, w = src.shape[:2]
    fw, fh = (1500, 2000) if h >= w else (2000, 1500)
    s = min(cap.fill * fw / w, cap.fill * fh / h)
    small = cv2.resize(src, (max(1, round(w * s)), max(1, round(h * s))), interpolation=cv2.INTER_AREA)
    sh, sw = small.shape[:2]
    x0, y0 = (fw - sw) / 2, (fh - sh) / 2
    quad = np.array([[x0, y0], [x0 + sw, y0], [x0 + sw, y0 + sh], [x0, y0 + sh]], np.float32)
    jitter = np.array(cap.corners, np.float32).reshape(4, 2) * np.array([fw, fh], np.float32)
    m = cv2.getPerspectiveTransform(np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32), quad + jitter)
    paper = cv2.warpPerspective(small, m, (fw, fh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (fw, fh))[..., None]
    desk = np.empty((fh, fw, 3), np.float32)
    desk[:] = cap.desk
    desk += gen.normal(0, 5, (fh, fw, 1))
    img = paper * mask + desk * (1 - mask)
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    k, cx, cy = cap.light
    img *= (1.0 - k * np.sqrt(((xx / fw) - cx) ** 2 + ((yy / fh) - cy) ** 2))[..., None]
    img = cv2.GaussianBlur(img, (0, 0), 0.9)
    return _jpeg(img, cap.phone_q)


def through_wechat(photo: Any, cap: HuCapture) -> Any:
    """WeChat without 原图: the long side cut to `wechat_long`, compressed again."""
    h, w = photo.shape[:2]
    s = cap.wechat_long / max(h, w)
    small = cv2.resize(photo, (round(w * s), round(h * s)), interpolation=cv2.INTER_AREA) if s < 1 else photo
    return _jpeg(small, cap.wechat_q)


def _status_bar(draw: ImageDraw.ImageDraw, width: int, cap: HuCapture, colour: tuple[int, int, int]) -> None:
    f = font("sans_bold", 40)
    draw.text((56, 22), cap.clock, font=f, fill=colour)
    x = width - 60
    draw.rectangle((x - 70, 30, x, 62), outline=colour, width=3)
    draw.rectangle((x - 66, 34, x - 66 + int(62 * cap.battery / 100), 58), fill=colour)
    draw.rectangle((x + 2, 40, x + 7, 52), fill=colour)
    draw.text((x - 150, 24), f"{cap.battery}", font=font("sans", 34), fill=colour)
    for k in range(4):
        draw.rectangle((x - 260 + k * 16, 58 - k * 9, x - 250 + k * 16, 62), fill=colour)
    draw.text((x - 200, 24), "5G", font=font("sans_bold", 30), fill=colour)


def on_screen(img: Any, cap: HuCapture) -> Any:
    """A screenshot rather than the picture: the viewer (black, status bar) or a crop of the chat (grey, rounded
    picture, a green bubble's edge)."""
    if cap.screen == "none":
        return img
    h, w = img.shape[:2]
    if cap.screen == "viewer":
        sw, sh = 1080, 2340
        s = min(sw / w, (sh - 200) / h)
        pic = cv2.resize(img, (round(w * s), round(h * s)), interpolation=cv2.INTER_AREA)
        canvas = Image.new("RGB", (sw, sh), (0, 0, 0))
        canvas.paste(Image.fromarray(pic.astype(np.uint8)), ((sw - pic.shape[1]) // 2, (sh - pic.shape[0]) // 2))
        _status_bar(ImageDraw.Draw(canvas), sw, cap, (245, 245, 245))
        return _jpeg(np.asarray(canvas, np.float32), 90)
    pad, top = 70, 230
    canvas = Image.new("RGB", (w + 2 * pad, h + top + pad), CHAT_GREY)
    d = ImageDraw.Draw(canvas)
    d.rounded_rectangle((canvas.width - 560, -60, canvas.width - 40, top - 60), radius=28, fill=BUBBLE_GREEN)
    rounded = Image.new("L", (w, h), 0)
    ImageDraw.Draw(rounded).rounded_rectangle((0, 0, w - 1, h - 1), radius=34, fill=255)
    canvas.paste(Image.fromarray(img.astype(np.uint8)), (pad, top), rounded)
    return _jpeg(np.asarray(canvas, np.float32), 88)


def band_rows(height: int, cap: HuCapture) -> Any:
    """The inkjet's pass lines: True on the rows (drawing resolution) where the head's pass left ink out."""
    pitch = cap.band_mm / 25.4 * DPI
    rows = (np.arange(height, dtype=np.float32) - cap.band_phase) % pitch
    return rows < 3.0


def inkjet_print(img: Any, cap: HuCapture, gen: Any) -> Any:
    """The picture fitted inside the printer's margins on A4 and printed: ink spread a little, black mixed from colour
    (`cast`), a lighter band line at every pass of the head."""
    W, H = A4
    m = round(PRINT_MARGIN_MM / 25.4 * DPI)
    h, w = img.shape[:2]
    s = min((W - 2 * m) / w, (H - 2 * m) / h)
    pw, ph = round(w * s), round(h * s)
    pic = cv2.resize(img, (pw, ph), interpolation=cv2.INTER_LINEAR if s > 1 else cv2.INTER_AREA)
    ink: Any = np.zeros((H, W, 3), np.float32)
    x0, y0 = (W - pw) // 2, (H - ph) // 2
    ink[y0:y0 + ph, x0:x0 + pw] = 1.0 - pic / 255.0
    ink = cv2.GaussianBlur(ink, (0, 0), 0.8)
    ink *= np.array(cap.cast, np.float32) * 0.9
    ink[band_rows(H, cap)] *= 1.0 - cap.band_depth
    ink *= (1.0 + gen.normal(0, 0.03, (H, W)))[..., None]
    paper = 251.0
    return np.clip(paper * (1.0 - ink), 0, 255)


# ---- the glued thermal slips ----------------------------------------------------------------------------------

def glue_slips(img: Any, slips: list[tuple[int, int, int, int]], cap: HuCapture) -> Any:
    """Each slip faded, yellowed, rippled by the glue's wrinkles, its raised edge casting a thin shadow."""
    out = img.copy()
    H, W = out.shape[:2]
    tone = np.array(cap.slip_tone, np.float32)
    thermal_ink = np.array([64, 58, 58], np.float32)
    for x0, y0, x1, y1 in slips:
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(W, x1), min(H, y1)
        if x1 - x0 < 4 or y1 - y0 < 4:
            continue
        region = out[y0:y1, x0:x1]
        h, w = region.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        mx, my = xx.copy(), yy.copy()
        shade = np.zeros((h, w), np.float32)
        for angle, wave, amp, phase in cap.wrinkles:
            t = math.radians(angle)
            u = (xx * math.sin(t) + yy * math.cos(t)) * 2 * math.pi / wave + phase
            my += amp * np.sin(u)
            shade += np.cos(u) * 6.0
        region = cv2.remap(region, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        dark = np.clip(1.0 - region.min(axis=2) / 255.0, 0, 1)
        lo, hi = cap.fade
        ramp = np.linspace(hi, lo, h, dtype=np.float32) if cap.faint_end == "bottom" else np.linspace(lo, hi, h, dtype=np.float32)
        dark *= ramp[:, None]
        slip_img = tone * (1 - dark[..., None]) + thermal_ink * dark[..., None] + shade[..., None]
        out[y0:y1, x0:x1] = slip_img
        # the raised edge: a thin darker outline and a shadow to the lower right
        for k, depth in enumerate((46.0, 26.0, 14.0, 6.0)):
            if y1 + k < H:
                out[y1 + k, x0 + k:min(W, x1 + k + 1)] -= depth
            if x1 + k < W:
                out[y0 + k:min(H, y1 + k + 1), x1 + k] -= depth
        out[y0, x0:x1] -= 30.0
        out[y0:y1, x0] -= 30.0
    return np.clip(out, 0, 255)


# ---- the bureau's sheet-fed scanner ---------------------------------------------------------------------------

def feed(page: Any, cap: HuCapture, gen: Any) -> bytes:
    h0, w0 = page.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img = cv2.resize(page, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else page.copy()
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(BACKING, BACKING, BACKING))
    img = cv2.GaussianBlur(img, (0, 0), 0.5)
    img = img + gen.normal(0, cap.noise, img.shape[:2])[..., None]
    img = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    pil = Image.fromarray(img, "RGB")
    if cap.grey:
        pil = pil.convert("L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def page_image(sheet: Sheet, cap: HuCapture, rng: random.Random) -> Any:
    """The A4 page that went into the scanner (drawing resolution), before the scanner's own marks."""
    gen = np.random.default_rng(rng.randint(0, 2**31))
    src: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    if cap.route == "wechat":
        return inkjet_print(on_screen(through_wechat(phone_photo(src, cap, gen), cap), cap), cap, gen)
    if cap.route == "thermal":
        src = glue_slips(src, list(getattr(sheet, "slips", [])), cap)
    if not _is_a4(sheet):
        page = np.full((A4[1], A4[0], 3), 252.0, np.float32)  # a small paper laid on the A4 feed
        top = round(20 / 25.4 * DPI)
        h, w = min(src.shape[0], A4[1] - top), min(src.shape[1], A4[0])
        x0 = (A4[0] - w) // 2
        page[top:top + h, x0:x0 + w] = src[:h, :w]
        return page
    return src


def capture(sheet: Sheet, plan: HuCapture, rng: random.Random) -> bytes:
    page = page_image(sheet, plan, rng)
    return feed(page, plan, np.random.default_rng(rng.randint(0, 2**31)))
