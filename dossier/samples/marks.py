"""Marks added after printing: a red round seal (院印) and a handwritten-looking signature."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw, ImageFont

_KAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"
_SANS = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def _star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    pts = []
    for i in range(10):
        rad = r if i % 2 == 0 else r * 0.4
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    return pts


def seal_image(text: str, diameter: int, *, rng: random.Random) -> Image.Image:
    """A round red seal with a star and the court name on the arc, as an RGBA image."""
    img = Image.new("RGBA", (diameter, diameter), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    red = (205, 35, 40, 200 + rng.randint(0, 40))
    w = max(3, diameter // 40)
    draw.ellipse((w, w, diameter - w, diameter - w), outline=red, width=w)
    c = diameter / 2
    draw.polygon(_star(c, c, diameter * 0.16), fill=red)
    size = max(10, diameter // 9)
    font = ImageFont.truetype(_SANS, size)
    chars = list(text)[:16]
    span = math.radians(220)
    start = -math.pi / 2 - span / 2
    for i, ch in enumerate(chars):
        a = start + span * (i / max(1, len(chars) - 1))
        r = c - w - size * 0.9
        glyph = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((size / 2, size / 2), ch, font=font, fill=red)
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        x, y = c + r * math.cos(a) - size, c + r * math.sin(a) - size
        img.alpha_composite(glyph, (int(x), int(y)))
    # ink is never even: fade random speckles
    px = img.load()
    assert px is not None
    for _ in range(diameter * 6):
        x, y = rng.randrange(diameter), rng.randrange(diameter)
        r_, g, b, a_ = img.getpixel((x, y))  # type: ignore[misc]
        if a_:
            px[x, y] = (r_, g, b, a_ // 3)
    return img


def stamp_seal(page: Image.Image, text: str, *, rng: random.Random, at: tuple[float, float]) -> None:
    """Press a seal on an RGB page at a relative position (it overlaps the text, as real seals do)."""
    d = int(page.width * 0.26)
    seal = seal_image(text, d, rng=rng).rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    x = int(page.width * at[0] - d / 2)
    y = int(page.height * at[1] - d / 2)
    base = page.convert("RGBA")
    base.alpha_composite(seal, (max(0, x), max(0, y)))
    page.paste(base.convert("RGB"))


def sign(page: Image.Image, name: str, *, rng: random.Random, at: tuple[float, float]) -> None:
    """Write a name in a brush-like hand (Kai font, jitter, slant) with blue-black ink."""
    size = int(page.width * 0.045)
    font = ImageFont.truetype(_KAI, size)
    layer = Image.new("RGBA", (size * (len(name) + 2), size * 2), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    x = size * 0.3
    for ch in name:
        dy = rng.uniform(-size * 0.15, size * 0.15)
        draw.text((x, size * 0.4 + dy), ch, font=font, fill=(25, 30, 70, 235), stroke_width=1,
                  stroke_fill=(25, 30, 70, 200))
        x += size * rng.uniform(0.8, 1.0)
    layer = layer.rotate(rng.uniform(-8, 8), resample=Image.Resampling.BICUBIC, expand=True)
    base = page.convert("RGBA")
    base.alpha_composite(layer, (int(page.width * at[0]), int(page.height * at[1])))
    page.paste(base.convert("RGB"))
