"""How court_gg's pages were captured: two presses, two ways to the window.

Everything made on the road came off a portable thermal A4 printer driven from a phone — the 通川区劳动保障监察大队's
printer at the site office, the legal-aid lawyer's in the workers' dormitory, the bureau's field kit at a warehouse.
The phone app rasterises the page to the head's 8 dots/mm in one bit (an ordered dither for anything grey: a photo
of an ID card, a tinted card, a grey fill comes out as a fine dot screen), and the head burns it onto thermal paper
off a roll:
- the print is grey, not black, and low in contrast — the dye never develops fully at a portable printer's energy;
- the dot rows band: the stepper and the head's heat leave regularly spaced lighter and darker bands across the sheet,
  and now and then a faint row where the paper slipped; the print grows paler down the sheet as the battery sags;
- the platen presses weakest at the ends of the head, so strokes fade toward the sheet's left and right edges;
- each printer has its dead heating elements: a thin white line down the whole page at the same place on every page
  it prints (the brigade's at one spot, the lawyer's at two, the field kit's at another);
- what went on afterwards — the red seals, the workers' blue ballpoint signatures and red fingerprints — is ink, not
  thermal print, and stays in colour;
- the roll's set: the sheet curls along its length, its ends lifting, and the tear bar leaves a serrated bottom edge.
At the window the clerk either laid such a sheet on the flatbed — the curled ends lift off the glass, so the top and
bottom bands come out foreshortened, darker and soft, with the lid's grey and a shadow beyond the lifted edge — or,
when it would not lie flat, photographed it on the counter with the phone: the sheet arched (lines bowing toward the
ends), in perspective, on the counter's laminate, lit unevenly; some of those photos lie sideways (90°/270°).

The bureau's own papers and everything from an office (judgments, awards, firms' papers, receipts, forms) came off
laser printers and went over the flatbed: crisp black, white paper, a little skew, the lid's edge at a margin, now
and then a sheet laid upside down (180°). 150–300 dpi, JPEG 50–85. Every page stays legible to a clerk."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_gg_kit import route_of

DEAD: dict[str, tuple[float, ...]] = {"labour": (61.2,), "aid": (47.5, 148.0), "bureau": (102.3,)}
"""each thermal printer's dead heating elements, mm from the sheet's left edge: the same white line on every page"""
HEAT: dict[str, float] = {"labour": 0.58, "aid": 0.64, "bureau": 0.70}
"""how dark a fully burnt dot comes out on each printer (0..1 of the way from paper to black)"""
PAPER = (244.0, 245.0, 239.0)
DYE = (36.0, 38.0, 46.0)
LID = 226.0
BAYER = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]], dtype=np.float32)


@dataclass
class CapturePlan:
    dpi: int
    rotation: int
    photo: bool
    route: str                 # laser | labour | aid | bureau
    quality: int
    skew: float
    grey: bool
    heat: float = 0.0          # darkness of a fully burnt dot
    band_pitch: float = 0.0    # mm between the dot-row bands
    band_depth: float = 0.0
    fade: float = 0.0          # print lost toward the left and right edges
    tail: float = 0.0          # paler down the sheet
    curl_top: float = 0.0      # mm the top end shows foreshortened (scan) — or the bow, in a photo
    curl_bottom: float = 0.0
    torn: bool = False
    noise: float = 3.0

    @property
    def thermal(self) -> bool:
        return self.route != "laser"


def plan_capture(rng: random.Random, sheet: Sheet) -> CapturePlan:
    route = route_of(sheet)
    if route == "laser":
        return CapturePlan(dpi=rng.choice([200, 200, 240, 300]), rotation=180 if rng.random() < 0.04 else 0,
                           photo=False, route=route, quality=rng.randint(68, 85),
                           skew=rng.uniform(-0.8, 0.8), grey=rng.random() < 0.45, noise=rng.uniform(1.5, 3.5))
    photo = rng.random() < 0.4
    if photo:
        rotation = rng.choices([0, 90, 270, 180], weights=[80, 9, 8, 3])[0]
        dpi = rng.choice([150, 170, 200])
    else:
        rotation = 180 if rng.random() < 0.05 else 0
        dpi = rng.choice([150, 200, 240, 300])
    return CapturePlan(
        dpi=dpi, rotation=rotation, photo=photo, route=route,
        quality=rng.randint(50, 78) if photo else rng.randint(58, 85),
        skew=rng.uniform(-1.4, 1.4), grey=rng.random() < 0.35,
        heat=HEAT[route] * rng.uniform(0.9, 1.05), band_pitch=rng.uniform(2.5, 6.0), band_depth=rng.uniform(0.2, 0.38),
        fade=rng.uniform(0.3, 0.5), tail=rng.uniform(0.05, 0.18),
        curl_top=rng.uniform(1.5, 4.0), curl_bottom=rng.uniform(1.0, 3.5), torn=rng.random() < 0.7,
        noise=rng.uniform(2.5, 5.0))


def _px(mm_: float, dpi: int) -> int:
    return round(mm_ / 25.4 * dpi)


def thermal_print(rgb: Any, plan: CapturePlan, gen: Any) -> Any:
    """The sheet as the thermal printer put it on paper (at the render's 200 dpi, close to the head's 203): the
    neutral print dithered to dots and burnt grey with banding, edge fade and dead elements; the coloured ink (seals,
    pens, fingerprints) laid over it afterwards."""
    a = rgb.astype(np.float32)
    h, w = a.shape[:2]
    lum = a @ np.array([0.299, 0.587, 0.114], np.float32)
    chroma = a.max(axis=2) - a.min(axis=2)
    ink_mask = np.clip((chroma - 30.0) / 35.0, 0.0, 1.0)
    printed = np.clip((250.0 - lum) / 225.0, 0.0, 1.0) * (1.0 - ink_mask)
    thr = (np.tile(BAYER, (h // 4 + 1, w // 4 + 1))[:h, :w] + 0.5) / 16.0
    dots = (printed > thr).astype(np.float32)
    y = np.arange(h, dtype=np.float32)
    x = np.arange(w, dtype=np.float32)
    pitch = max(4.0, plan.band_pitch / 25.4 * DPI)
    phase = float(gen.uniform(0, 2 * math.pi))
    rows = 1.0 - plan.band_depth * (0.5 + 0.5 * np.sin(2 * math.pi * y / pitch + phase))
    rows *= 1.0 - plan.tail * (y / h)
    rows[gen.random(h) < 0.004] *= 0.5
    u = np.abs(x - w / 2) / (w / 2)
    cols = 1.0 - plan.fade * u ** 2.6
    ink = dots * plan.heat * rows[:, None] * cols[None, :]
    for at in DEAD.get(plan.route, ()):
        c = round(at / 25.4 * DPI)
        ink[:, c:c + 2] *= 0.08
    ink = cv2.GaussianBlur(ink, (0, 0), 0.6)
    paper = np.array(PAPER, np.float32) + gen.normal(0, 1.0, (h, w, 1)).astype(np.float32)
    dye = np.array(DYE, np.float32)
    base = paper * (1.0 - ink[..., None]) + dye * ink[..., None]
    over = base * (a / 255.0)
    return base * (1.0 - ink_mask[..., None]) + over * ink_mask[..., None]


def _torn(mask: Any, dpi: int, gen: Any) -> None:
    """The tear bar's serrated edge along the bottom of a roll sheet."""
    h, w = mask.shape
    tooth = max(3, _px(2.2, dpi))
    depth = _px(1.4, dpi)
    cut = h - _px(float(gen.uniform(0.5, 2.5)), dpi)
    for x0 in range(0, w, tooth):
        for k in range(tooth):
            if x0 + k >= w:
                break
            tri = depth * (1.0 - abs(2.0 * k / tooth - 1.0)) + float(gen.uniform(-1.0, 1.0))
            mask[int(cut - tri):, x0 + k] = 0.0


def _curl_scan(img: Any, mask: Any, plan: CapturePlan, dpi: int) -> tuple[Any, Any]:
    """The roll's curl on the flatbed: the ends lift off the glass — foreshortened, darker and soft."""
    h, w = mask.shape
    yy = np.arange(h, dtype=np.float32)
    src = yy.copy()
    weight = np.zeros(h, np.float32)
    for end, lift in (("top", plan.curl_top), ("bottom", plan.curl_bottom)):
        zone = float(_px(lift * 8.0, dpi))
        shift = float(_px(lift, dpi))
        if end == "top":
            t = np.clip((zone - yy) / zone, 0, 1)
            src -= shift * t ** 2
        else:
            t = np.clip((yy - (h - zone)) / zone, 0, 1)
            src += shift * t ** 2
        weight = np.maximum(weight, t ** 2)
    map_y = np.repeat(src[:, None], w, axis=1).astype(np.float32)
    map_x = np.repeat(np.arange(w, dtype=np.float32)[None, :], h, axis=0)
    img = cv2.remap(img, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(LID, LID, LID))
    mask = cv2.remap(mask, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    soft = cv2.GaussianBlur(img, (0, 0), 1.0 + dpi / 150)
    wgt = weight[:, None, None]
    img = img * (1 - wgt) + soft * wgt
    img *= (1.0 - 0.3 * weight)[:, None, None]
    return img, mask


def _flatbed(img: Any, mask: Any, plan: CapturePlan, rng: random.Random, gen: Any) -> Any:
    h, w = mask.shape
    if abs(plan.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(LID, LID, LID))
        mask = cv2.warpAffine(mask, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    bg = np.full((h, w, 3), LID, np.float32)
    shade = cv2.GaussianBlur(mask, (0, 0), max(2.0, plan.dpi / 40))
    bg *= (1.0 - 0.35 * shade * (1 - mask))[..., None]
    out = img * mask[..., None] + bg * (1 - mask[..., None])
    if rng.random() < 0.5:  # the lid's edge along one margin
        side = rng.choice(["left", "right"])
        band = _px(rng.uniform(1.5, 4.0), plan.dpi)
        if side == "left":
            out[:, :band] *= 0.86
        else:
            out[:, -band:] *= 0.86
    return out


def _photo(img: Any, mask: Any, plan: CapturePlan, rng: random.Random, gen: Any) -> Any:
    """A phone photo on the counter: the sheet arched (lines bowing toward its lifted ends), in perspective, on a
    grey laminate counter, lit unevenly."""
    h, w = mask.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    bow = float(_px(plan.curl_top + plan.curl_bottom, plan.dpi)) * 0.9
    ux = (xx - w / 2) / (w / 2)
    uy = (yy - h / 2) / (h / 2)
    map_y = yy + bow * (ux ** 2) * uy * np.abs(uy)
    img = cv2.remap(img, xx, map_y.astype(np.float32), cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.remap(mask, xx, map_y.astype(np.float32), cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    H, W = int(h * 1.1), int(w * 1.14)
    j = lambda v: rng.uniform(0.015, 0.06) * v  # noqa: E731
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = np.array([[j(W), j(H)], [W - j(W), j(H)], [W - j(W), H - j(H)], [j(W), H - j(H)]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    sheet = cv2.warpPerspective(img, m, (W, H))
    cover = cv2.warpPerspective(mask, m, (W, H))
    tone = rng.uniform(150, 190)
    bg = np.empty((H, W, 3), np.float32)
    bg[:] = (tone, tone * rng.uniform(0.97, 1.0), tone * rng.uniform(0.9, 0.97))
    bg += cv2.GaussianBlur(gen.normal(0, 10, (H, W)).astype(np.float32), (0, 0), 3)[..., None]
    shadow = cv2.GaussianBlur(cover, (0, 0), plan.dpi / 25)
    shadow = np.roll(shadow, (int(plan.dpi * 0.04), int(plan.dpi * 0.03)), axis=(0, 1))
    bg *= (1.0 - 0.4 * shadow)[..., None]
    out = sheet * cover[..., None] + bg * (1 - cover[..., None])
    py, px = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.05 - rng.uniform(0.15, 0.32) * np.sqrt(((px - cx) / W) ** 2 + ((py - cy) / H) ** 2)
    out *= light[..., None]
    return cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 0.9))


def capture(sheet: Sheet, plan: CapturePlan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    if plan.thermal:
        page = thermal_print(rgb, plan, gen)
    else:  # a laser print: toner a touch darker than the render's ink, white paper
        page = rgb.astype(np.float32)
        page = np.where(page < 120, page * 0.85, page)
    h0, w0 = page.shape[:2]
    w, h = round(w0 * plan.dpi / DPI), round(h0 * plan.dpi / DPI)
    img = cv2.resize(page, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else page
    mask = np.ones((h, w), np.float32)
    if plan.thermal and plan.torn:
        _torn(mask, plan.dpi, gen)
    if plan.photo:
        out = _photo(img, mask, plan, rng, gen)
    else:
        if plan.thermal:
            img, mask = _curl_scan(img, mask, plan, plan.dpi)
        out = _flatbed(img, mask, plan, rng, gen)
    out = out + gen.normal(0, plan.noise, out.shape[:2]).astype(np.float32)[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    if plan.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-plan.rotation // 90))
    pil = Image.fromarray(out, "RGB")
    if plan.grey:
        pil = pil.convert("L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()
