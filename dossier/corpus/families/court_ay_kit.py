"""court_ay's drawing kit (长春朝阳): the houses its papers are set in, the marks a copy carries (how many copier
generations it went through, the 与原件核对无异 stamp and a clerk's initials), the A4 粘贴单 that small slips are glued
onto, and a ruled form filled partly by hand. court_ay_capture reads the marks to photocopy a page before scanning it."""

from __future__ import annotations

import random
from collections.abc import Sequence

from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, mm, seal
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import House, Paper, scrawl, stamp, typeset

COURT = "吉林省长春市朝阳区人民法院"
MID = "吉林省长春市中级人民法院"
ARB = "长春仲裁委员会"

CHAOYANG = House(body="serif", body_mm=5.3, leading=1.78, title="hei", title_mm=8.8, title_spacing_mm=3.2,
                 heading="above", number_align="right", top=30, bottom=26, left=27, right=25, footer="slash",
                 hand="kai")
"""the bureau's own papers: 宋 body, 黑体 title letter-spaced under the court's name, 第n页/共m页 bottom right"""
INTERMEDIATE = House(body="ming", body_mm=5.6, leading=1.72, title="serif_bold", title_mm=9.5, title_spacing_mm=4.0,
                     heading="above", number_align="right", top=36, bottom=30, left=30, right=27, footer="emdash",
                     hand="kai")
ARBITRATION = House(body="song_gb", body_mm=5.2, leading=1.85, title="hei", title_mm=8.0, title_spacing_mm=1.5,
                    heading="letterhead", number_align="centre", top=24, bottom=28, left=26, right=26, footer="mn",
                    seam_seal=True, hand="kai_gb")
NOTARY = House(body="serif", body_mm=4.9, leading=1.78, title="serif_bold", title_mm=9.0, title_spacing_mm=5.0,
               heading="double_rule", number_align="right", top=30, bottom=30, left=30, right=28, footer="mn",
               hand="kai")
FIRM = House(body="sans", body_mm=4.8, leading=1.95, title="sans_bold", title_mm=7.6, title_spacing_mm=0.6,
             heading="inline", number_align="right", top=26, bottom=24, left=25, right=22, footer="none",
             para_gap_mm=1.5, hand="wenkai")
RECORD = House(body="serif", body_mm=5.0, leading=1.9, title="hei", title_mm=8.2, title_spacing_mm=2.0,
               heading="above", number_align="right", top=28, bottom=26, left=25, right=22, footer="slash",
               hand="kai", signed_pages=("被询问人：{who}", "执行员：{officer}", "书记员：{clerk}"))


def mark_copy(sheets: Sequence[Sheet], generations: int) -> None:
    """Tell the capture that these pages reached the court as photocopies `generations` copiers deep."""
    for s in sheets:
        setattr(s, "copy_generations", generations)  # noqa: B010 (Sheet has no such field: a family mark)


def copy_generations(sheet: Sheet) -> int:
    return int(getattr(sheet, "copy_generations", 0))


def on_copy(s: Sheet) -> Sheet:
    """The layer of what was written or stamped on the final photocopy itself (not copied with it): the capture
    multiplies it onto the page after the copier generations. Its words are the page's words."""
    layer: Sheet | None = getattr(s, "on_copy", None)
    if layer is None:
        layer = Sheet(size=s.size)
        setattr(s, "on_copy", layer)  # noqa: B010 (a family mark the capture reads)
    return layer


def copy_layer(s: Sheet) -> Image.Image | None:
    layer: Sheet | None = getattr(s, "on_copy", None)
    return None if layer is None else layer.image


def verified(s: Sheet, rng: random.Random, clerk: str, *, x: float | None = None, y: float | None = None) -> None:
    """The window's 与原件核对无异 stamp in red and a clerk's initials, put on the copy after it was made."""
    sx = x if x is not None else s.width - mm(rng.uniform(78, 92))
    sy = y if y is not None else s.height - mm(rng.uniform(58, 75))
    layer = on_copy(s)
    before = len(layer.lines)
    stamp(layer, sx, sy, ["与原件核对无异"], rng, size_mm=4.6, face="hei")
    initials = clerk[0] + clerk[-1]
    scrawl(layer, sx + mm(rng.uniform(8, 16)), sy + mm(14), initials, rng, role="kai", size=mm(6.5), ink=BLUE_INK,
           slant=12)
    s.lines.extend(layer.lines[before:])


def note_on_copy(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size_mm: float = 5.3) -> None:
    """A line the applicant wrote by pen on the copy he hands in."""
    layer = on_copy(s)
    before = len(layer.lines)
    scrawl(layer, x, y, text, rng, role="kai", size=mm(size_mm), ink=BLUE_INK)
    s.lines.extend(layer.lines[before:])


def court_paper(c: CaseCtx, title: str, blocks: list[tuple[str, str]], rng: random.Random, *,
                number: bool = True, house: House = CHAOYANG, issuer: str = COURT, sealed: str = COURT) -> list[Sheet]:
    return typeset(Paper(title, blocks, issuer, c.number if number else "", sealed), house, rng)


def record_house(who: str, c: CaseCtx) -> House:
    names = tuple(s.format(who=who, officer=c.officer, clerk=c.clerk) for s in RECORD.signed_pages)
    return House(**{**RECORD.__dict__, "signed_pages": names})


def fill(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size_mm: float = 5.2,
         ink: tuple[int, int, int] = BLUE_INK) -> float:
    """A value written into a printed form by a ball pen."""
    return scrawl(s, x, y, text, rng, role=rng.choice(["kai", "wenkai"]), size=mm(size_mm), ink=ink, slant=5)


def ruled_form(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]],
               heights: Sequence[float], f: Font, rng: random.Random, *, hand_cols: Sequence[int] = (),
               width: int = 2) -> list[float]:
    """A form's grid; cells of `hand_cols` are written by hand, others printed. Returns the rows' top y."""
    tops: list[float] = []
    cy = y
    total = sum(widths)
    for r, row in enumerate(rows):
        h = heights[r] if r < len(heights) else heights[-1]
        tops.append(cy)
        s.box(x, cy, x + total, cy + h, width=width)
        spans = [total] if len(row) == 1 else [*widths[:len(row) - 1], total - sum(widths[:len(row) - 1])]
        cx = x
        for k, (cell, w) in enumerate(zip(row, spans, strict=True)):
            if k:
                s.line(cx, cy, cx, cy + h, width=width)
            if cell:
                if k in hand_cols and len(row) > 1:
                    fill(s, cx + mm(2.5), cy + (h - f.size) / 2 - mm(0.8), cell, rng)
                else:
                    lines = _cut(cell, f, w - mm(4))
                    ty = cy + (h - f.size * 1.3 * len(lines)) / 2
                    for part in lines:
                        s.text(cx + mm(2), ty, part, f)
                        ty += f.size * 1.3
            cx += w
        cy += h
    tops.append(cy)
    return tops


def _cut(text: str, f: Font, width: float) -> list[str]:
    out, cur = [], ""
    for ch in text:
        if f.getlength(cur + ch) > width and cur:
            out.append(cur)
            cur = ""
        cur += ch
    return [*out, cur] if cur else out


def backing_sheet(title: str, c: CaseCtx, rng: random.Random) -> Sheet:
    """The bureau's A4 粘贴单: a printed head and a dotted frame the slips are glued inside."""
    s = Sheet(paper=(250, 249, 244))
    f = font("hei", mm(6.4))
    s.centred(mm(16), title, f, spacing=mm(4))
    small = font("serif", mm(3.8))
    s.text(mm(18), mm(27), f"案号：{c.number}", small)
    w = s.text(s.width - mm(62), mm(27), "经办人：", small)
    scrawl(s, s.width - mm(62) + w, mm(25.5), c.clerk, rng, role="kai", size=mm(5.5), ink=BLUE_INK)
    d = ImageDraw.Draw(s.image)
    for xx in range(mm(14), s.width - mm(14), mm(3)):
        d.line((xx, mm(34), xx + mm(1.5), mm(34)), fill=(120, 120, 120), width=2)
        d.line((xx, s.height - mm(16), xx + mm(1.5), s.height - mm(16)), fill=(120, 120, 120), width=2)
    s.text(mm(18), s.height - mm(13), "（票据粘贴处，请勿折叠；骑缝处加盖经办人名章）", small)
    return s


def paste(back: Sheet, slip: Sheet, x: float, y: float, rng: random.Random, *, chop: str = "") -> None:
    """Glue `slip` onto the backing sheet a little crooked, with a shadow under its edge and a glue line on top;
    the slip's words are the page's words. `chop`: the 经办人's square name seal pressed across the slip's edge."""
    angle = rng.uniform(-1.6, 1.6)
    img = slip.image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(255, 255, 255))
    mask = Image.new("L", slip.image.size, 255).rotate(angle, resample=Image.Resampling.BILINEAR, expand=True)
    shadow = mask.filter(ImageFilter.GaussianBlur(6)).point(lambda v: v * 100 // 255)
    back.image.paste((140, 140, 135), (int(x) + 4, int(y) + 6), shadow)
    back.image.paste(img, (int(x), int(y)), mask)
    glue = Image.new("L", (max(1, img.width - mm(8)), mm(2.5)), 45)
    back.image.paste((226, 222, 200), (int(x) + mm(4), int(y) + mm(1.5)), glue)
    back.lines.extend(slip.lines)
    if chop:
        stamp(back, x + img.width - mm(rng.uniform(14, 30)), y + img.height - mm(5), [chop + "印"], rng, size_mm=3.6,
              face="kai")


def court_seal(s: Sheet, x: float, y: float, rng: random.Random, name: str = COURT) -> None:
    seal(s, x, y, name, rng)


__all__ = ["ARB", "ARBITRATION", "CHAOYANG", "COURT", "FIRM", "INK", "INTERMEDIATE", "MID", "NOTARY", "RED",
           "backing_sheet", "copy_generations", "court_paper", "court_seal", "fill", "mark_copy", "paste",
           "record_house", "ruled_form", "verified"]
