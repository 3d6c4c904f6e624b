"""How court_x's dossiers were captured: not scanned for this corpus but exported from the court's 电子卷宗 system.
Every page of the volume was scanned into the system at intake (the parties' papers on the window's flatbed: a hair of
skew, paper tone; papers that were already photocopies of scans come out soft, grey and speckled) or printed into it
straight from the case system (the court's own documents: clean). The export (PDF, 150–200 dpi, greyscale or colour,
JPEG quality 55–80) puts every page image inside the system's frame: a grey header band with 卷宗名称, 案号 and the
volume's own page number "第 n 页", a thin border round the page, which is scaled down to fit (its text comes out
smaller than printed), and the export line at the foot. A few pages whose image was stored sideways come out of the
export rotated 90° — frame and all."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import Sheet
from dossier.corpus.fonts import font

BAND = (232, 236, 241)
SYSTEM = "金水区人民法院电子卷宗管理系统"


@dataclass
class XCapture:
    dpi: int
    rotation: int
    photo: bool
    mode: str  # grey | colour
    quality: int
    skew: float
    source: str  # digital | scan | rescan


_state: dict[str, Any] = {"number": "", "volume": "", "page": 0, "when": ""}


def plan_capture(rng: random.Random, sheet: Sheet) -> XCapture:
    digital = bool(getattr(sheet, "digital", False))
    rescan = bool(getattr(sheet, "rescan", False))
    colour_paper = bool(getattr(sheet, "colour", False))
    if colour_paper:
        mode = "colour" if rng.random() < 0.85 else "grey"
    else:
        mode = rng.choices(["grey", "colour"], weights=[60, 40])[0]
    sideways = bool(getattr(sheet, "sideways", False)) or rng.random() < 0.04
    rotation = rng.choice([90, 270]) if sideways else 0
    source = "digital" if digital else ("rescan" if rescan else "scan")
    skew = 0.0 if digital else rng.uniform(-0.8, 0.8) * (1.6 if rescan else 1.0)
    return XCapture(
        dpi=rng.choice([150, 150, 200, 200, 200]),
        rotation=rotation,
        photo=False,
        mode=mode,
        quality=rng.randint(55, 80),
        skew=skew,
        source=source,
    )


def _frame_fields(sheet: Sheet) -> tuple[str, str, int, str]:
    number = getattr(sheet, "case_no", "") or _state["number"]
    if getattr(sheet, "first_page", False) or number != _state["number"]:
        _state["page"] = 0
    _state["number"] = number
    _state["volume"] = getattr(sheet, "volume", "") or _state["volume"]
    _state["when"] = getattr(sheet, "exported", "") or _state["when"]
    _state["page"] += 1
    return number, _state["volume"], int(_state["page"]), _state["when"]


def _scanned(a: Any, cap: XCapture, rng: random.Random) -> Any:
    """The flatbed at intake: paper tone, noise, a hair of skew; a copy of a copy is soft, grey and speckled."""
    noise = np.random.default_rng(rng.randint(0, 2**31))
    f: Any = a.astype(np.float32)
    if cap.source == "rescan":
        f = cv2.GaussianBlur(f, (0, 0), rng.uniform(1.1, 1.7))
        grey = f.mean(axis=2, keepdims=True)
        f = grey * 0.75 + f * 0.25  # colour washed out by the photocopier
        f = 235 - (235 - f) * rng.uniform(0.72, 0.85)  # toner never fully black, paper never white
        specks = noise.random(f.shape[:2]) < 0.0009
        f[specks] = rng.uniform(40, 90)
        h, w = f.shape[:2]
        edge = int(w * rng.uniform(0.006, 0.015))
        f[:, :edge] *= 0.45  # the copier lid's dark edge
        f[: h // 90, :] *= 0.6
    f = f * np.array([0.975, 0.97, 0.955], np.float32) + noise.normal(0, 2.6, f.shape[:2])[..., None]
    img = np.clip(f, 0, 255).astype(np.uint8)
    if cap.skew:
        h, w = img.shape[:2]
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), borderValue=(246, 246, 243))
    return img


def capture(sheet: Sheet, cap: XCapture, rng: random.Random) -> bytes:
    """The page as the 电子卷宗 export stored it, JPEG-encoded."""
    number, volume, page, when = _frame_fields(sheet)
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    if cap.source != "digital":
        a = _scanned(a, cap, rng)
    px = cap.dpi / 25.4
    W, H = round(210 * px), round(297 * px)
    band, margin, foot = 15 * px, 9 * px, 9 * px
    box_h = H - band - foot - 8 * px
    scale = min(box_h / a.shape[0], (W - 2 * margin) / a.shape[1])
    iw, ih = round(a.shape[1] * scale), round(a.shape[0] * scale)
    inner = cv2.resize(a, (iw, ih), interpolation=cv2.INTER_AREA)
    canvas = Image.new("RGB", (W, H), (250, 250, 250))
    d = ImageDraw.Draw(canvas)
    d.rectangle((0, 0, W, band), fill=BAND)
    d.line((0, band, W, band), fill=(160, 168, 180), width=max(1, round(px * 0.3)))
    small = font("sans", round(3.0 * px))
    mid = round(band / 2)
    d.text((margin, mid), f"卷宗名称：{volume[:26]}", font=small, fill=(40, 44, 52), anchor="lm")
    d.text((W * 0.56, mid), f"案号：{number}", font=small, fill=(40, 44, 52), anchor="lm")
    d.text(
        (W - margin, mid),
        f"第{page}页",
        font=font("sans_bold", round(3.4 * px)),
        fill=(30, 34, 40),
        anchor="rm",
    )
    x0 = round((W - iw) / 2)
    y0 = round(band + 4 * px)
    canvas.paste(Image.fromarray(inner), (x0, y0))
    bw = max(1, round(px * 0.25))
    d.rectangle((x0 - bw, y0 - bw, x0 + iw + bw, y0 + ih + bw), outline=(120, 120, 125), width=bw)
    d.text(
        (margin, H - foot / 2),
        f"{SYSTEM}　导出时间：{when}",
        font=font("sans", round(2.4 * px)),
        fill=(110, 110, 115),
        anchor="lm",
    )
    d.text(
        (W - margin, H - foot / 2),
        f"{page}",
        font=font("sans", round(2.4 * px)),
        fill=(110, 110, 115),
        anchor="rm",
    )
    img: Any = np.asarray(canvas)
    if cap.mode == "grey":
        img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
