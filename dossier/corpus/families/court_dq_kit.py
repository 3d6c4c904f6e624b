"""court_dq's own stationery (湖北省襄阳市樊城区人民法院执行局): laser-printed papers with the court line in 宋 bold over a
widely spaced title and a 明体 body; the pre-printed carbonless (NCR) triplicate sets filled by ballpoint, of which the
volume keeps the pink or yellow ply with its faint, slightly spread blue-purple carbon strokes; and the lined 笔录纸."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date

import numpy as np
from PIL import Image, ImageFilter

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "湖北省襄阳市樊城区人民法院"
SHORT = "樊城区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(25), mm(32), mm(30)
PLIES = {"pink": (250, 219, 228), "yellow": (251, 241, 190), "white": (253, 253, 250)}
CARBON = (96, 78, 168)
PRINT = (58, 46, 52)


def ming(size_mm: float) -> Font:
    return font("ming", mm(size_mm))


# ---------------------------------------------------------------- laser-printed papers of the court


def laser(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
          signers: Sequence[tuple[str, str]] = (), number: str | None = None, checked: bool = False,
          to_line: str = "") -> list[Sheet]:
    """A laser print of the bureau: court line and title in 宋 bold (title spread wide), case number flush right, a
    hair rule, the 明体 body running on over pages, signers and the date stepped right, the court seal over the date,
    a 本件与原本核对无异 box-stamp on rulings and a centred page footer."""
    pages = [Sheet()]
    s = pages[0]
    s.centred(TOP, COURT, font("serif_bold", mm(7.2)), spacing=mm(0.6))
    gap = mm(3.2) if len(title) <= 5 else (mm(1.2) if len(title) <= 9 else 0)
    s.centred(TOP + mm(13), title, font("serif_bold", mm(9.6)), spacing=gap)
    y: float = TOP + mm(31)
    s.right(s.width - RIGHT, y, number if number is not None else c.number, ming(5))
    y += mm(9)
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    y += mm(6)
    f = ming(5.3)
    if to_line:
        s.text(LEFT, y, to_line, f)
        y += mm(9.5)

    def more() -> tuple[Sheet, float]:
        pages.append(Sheet())
        return pages[-1], float(TOP)

    y = flow(s, blocks, f, x0=LEFT, width=s.width - LEFT - RIGHT, y=y, line_height=mm(9.4), indent=f.size * 2,
             bottom=s.height - FOOT - mm(6), more=more)
    s = pages[-1]
    tail = [*signers, ("", cn_date(day))]
    if y + mm(10) * (len(tail) + 1) + mm(18) > s.height - FOOT:
        pages.append(Sheet())
        s, y = pages[-1], float(TOP)
    y += mm(10)
    x_lab = s.width - RIGHT - mm(72)
    for k, (role, name) in enumerate(tail):
        if role:
            s.text(x_lab, y, role, f, spacing=mm(1.5) if len(role) <= 3 else 0)
            s.right(s.width - RIGHT - mm(6), y, name, f)
        else:
            s.right(s.width - RIGHT - mm(6), y, name, f)
            seal(s, s.width - RIGHT - mm(30), y + mm(2), COURT, rng, radius=mm(20))
        y += mm(10) if k < len(tail) - 1 else 0
    if checked:
        bx, by = LEFT + mm(4), y - mm(2)
        s.box(bx, by, bx + mm(44), by + mm(11), width=3, outline=(60, 60, 70))
        s.text(bx + mm(3), by + mm(2.6), "本件与原本核对无异", font("sans", mm(4.2)), fill=(60, 60, 70))
    n = len(pages)
    for i, p in enumerate(pages, 1):
        if n > 1:
            p.centred(p.height - FOOT + mm(12), f"— {i} —", ming(4.2))
            if i > 1:
                p.page_of = (i, n)
    return pages


# ---------------------------------------------------------------- carbonless triplicate sets


def carbon(sheet: Sheet, rng: random.Random, write: Callable[[Sheet], None], *, strength: float = 0.0) -> None:
    """Ballpoint pressure through the set: `write` draws the strokes on a scratch page; they land on `sheet` as
    blue-purple carbon — a little spread, uneven, fainter where the pen pressed lightly."""
    scratch = Sheet(size=sheet.size)
    write(scratch)
    sheet.lines.extend(scratch.lines)
    mask = Image.eval(scratch.image.convert("L"), lambda v: 255 - v)
    box = mask.getbbox()
    if box is None:
        return
    pad = 12
    x0, y0 = max(0, box[0] - pad), max(0, box[1] - pad)
    x1, y1 = min(mask.width, box[2] + pad), min(mask.height, box[3] + pad)
    mask = mask.crop((x0, y0, x1, y1)).filter(ImageFilter.MaxFilter(3))
    mask = mask.filter(ImageFilter.GaussianBlur(rng.uniform(1.0, 1.7)))
    a = np.asarray(mask, dtype=np.float32) / 255.0
    H, W = sheet.height, sheet.width
    gy = (np.arange(y0, y1, dtype=np.float32) / H)[:, None]
    gx = (np.arange(x0, x1, dtype=np.float32) / W)[None, :]
    press = strength or rng.uniform(0.36, 0.52)
    uneven = press * (0.82 + 0.3 * np.sin(gy * rng.uniform(3, 7) + rng.uniform(0, 6)) * np.cos(gx * rng.uniform(2, 5)))
    a = np.clip(a * uneven * 1.25, 0, 0.7)
    full = np.asarray(sheet.image, dtype=np.uint8).copy()
    base = full[y0:y1, x0:x1].astype(np.float32)
    ink = np.array(CARBON, dtype=np.float32)
    full[y0:y1, x0:x1] = np.clip(base * (1 - a[..., None]) + ink * a[..., None], 0, 255).astype(np.uint8)
    out = full
    sheet.image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: float = 5.6) -> None:
    hand(s, x, y, text, rng, size=mm(size), ink=INK)


def hand_lines(text: str, f_mm: float, width: float) -> list[str]:
    """Break a ballpoint fill where the cell ends: a figure or Latin letter takes about half a character's room."""
    room = width / mm(f_mm * 1.02)
    out, cur, used = [], "", 0.0
    for ch in text:
        w = 0.58 if ord(ch) < 0x2E80 else 1.0
        if used + w > room and cur:
            out.append(cur)
            cur, used = "", 0.0
        cur += ch
        used += w
    return [*out, cur] if cur or not out else out


Row = tuple[str, ...]


def ncr(title: str, rows: Sequence[Row], rng: random.Random, *, ply: str = "", tint: str = "", serial: str = "",
        head: str = COURT, number: str = "", heights: dict[int, float] | None = None, foot: str = "",
        signed: Sequence[tuple[str, str]] = (), stamp: bool = False, label_w: float = 38, thumb: bool = False) -> Sheet:
    """One ply of a pre-printed triplicate form: printed head, red serial number, a grid of printed labels whose
    cells were filled in by ballpoint on the top ply (carbon here), the ply's name printed up the right margin.
    A row is (label, value) or (label, value, label, value); a value may be several lines joined by "\n"."""
    tint = tint or rng.choice(["pink", "yellow"])
    s = Sheet(paper=PLIES[tint])
    pf = font("song_gb", mm(4.4))
    s.centred(mm(20), head, font("song_gb", mm(6)), fill=PRINT)
    s.centred(mm(30), title, font("serif_bold", mm(8)), spacing=mm(1.6) if len(title) < 8 else 0, fill=PRINT)
    if serial:
        s.text(s.width - mm(62), mm(22), f"№ {serial}", font("sans_bold", mm(4.6)), fill=(185, 40, 45))
    top = mm(46)
    if number:
        s.text(mm(18), top, "案号：", pf, fill=PRINT)
    fills: list[tuple[float, float, float, str]] = []
    if number:
        fills.append((mm(30), top - mm(1.5), s.width, number))
        top += mm(10)
    x0, x1 = mm(16), s.width - mm(22)
    y = float(top)
    hs = heights or {}
    lw = mm(label_w)
    for i, row in enumerate(rows):
        h = hs.get(i, mm(13))
        s.box(x0, y, x1, y + h, width=2, outline=PRINT)
        cells = [(row[0], row[1])] if len(row) == 2 else [(row[0], row[1]), (row[2], row[3])]
        span = (x1 - x0) / len(cells)
        for k, (label, value) in enumerate(cells):
            cx = x0 + k * span
            if k:
                s.line(cx, y, cx, y + h, width=2, fill=PRINT)
            s.line(cx + lw, y, cx + lw, y + h, width=1, fill=PRINT)
            lab = wrap(label, pf, lw - mm(3))
            ly = y + (h - len(lab) * mm(5.6)) / 2
            for part in lab:
                s.centred(ly, part, pf, x0=cx, x1=cx + lw, fill=PRINT)
                ly += mm(5.6)
            if value:
                fills.append((cx + lw + mm(3), y + mm(3), cx + span - mm(2), value))
        y += h
    if foot:
        for k, part in enumerate(wrap(foot, font("song_gb", mm(3.6)), x1 - x0)):
            s.text(x0, y + mm(3) + k * mm(5), part, font("song_gb", mm(3.6)), fill=PRINT)
    if ply:
        vf = font("song_gb", mm(4))
        for k, ch in enumerate(ply):
            s.text(s.width - mm(12), mm(90) + k * mm(5.5), ch, vf, fill=PRINT, record=False)
        s.lines.append(ply)

    def write(p: Sheet) -> None:
        for fx, fy, fx1, value in fills:
            ty = fy
            for part in value.split("\n"):
                for piece in hand_lines(part, 5.4, fx1 - fx):
                    hand(p, fx, ty, piece, rng, size=mm(5.4), ink=INK)
                    ty += mm(7)
        sy = y + mm(16)
        for label, name in signed:
            lx = s.width - mm(122) + width_of(label, font("song_gb", mm(4.4))) + mm(2)
            hand(p, lx, sy - mm(1), name, rng, size=mm(6.4), ink=INK)
            sy += mm(11)
    for k, (label, _name) in enumerate(signed):
        s.text(s.width - mm(122), y + mm(16) + k * mm(11), label, font("song_gb", mm(4.4)), fill=PRINT)
    carbon(s, rng, write)
    if thumb and signed:
        fingerprint(s, s.width - mm(24), y + mm(18), rng)
    if stamp:
        seal(s, s.width - mm(62), y + mm(22), COURT, rng, radius=mm(19))
    return s


# ---------------------------------------------------------------- 笔录纸


def record_paper(c: CaseCtx, rng: random.Random, title: str, head: Sequence[str], qa: Sequence[str], *,
                 signer: str) -> list[Sheet]:
    """笔录 written by the clerk in ballpoint on the court's ruled record paper (red rules, red margin band)."""
    red = (200, 85, 80)
    per = 17
    lines: list[str] = []
    for item in [*head, *qa]:
        lines += hand_lines(item, 5.8, Sheet().width - mm(48))
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    pages: list[Sheet] = []
    for n, chunk in enumerate(chunks, 1):
        s = Sheet()
        s.text(mm(20), mm(14), f"{SHORT}笔录纸", font("song_gb", mm(4)), fill=red)
        s.right(s.width - mm(20), mm(14), f"第 {n} 页", font("song_gb", mm(4)), fill=red)
        s.line(mm(18), mm(21), s.width - mm(18), mm(21), width=3, fill=red)
        y0 = mm(30)
        if n == 1:
            s.centred(mm(28), title, font("serif_bold", mm(8)), spacing=mm(3))
            s.right(s.width - mm(22), mm(42), c.number, ming(4.6))
            y0 = mm(52)
        for k in range(per + 1):
            yy = y0 + mm(11) * (k + 1)
            if yy < s.height - mm(40):
                s.line(mm(18), yy, s.width - mm(18), yy, width=1, fill=red)
        y = y0 + mm(3)
        for part in chunk:
            hand(s, mm(24), y, part, rng, size=mm(5.8), ink=(28, 34, 90))
            y += mm(11)
        s.text(s.width - mm(110), s.height - mm(32), "被询问人签名：", font("song_gb", mm(4.4)), fill=red)
        hand(s, s.width - mm(64), s.height - mm(34), signer, rng, size=mm(7), ink=INK)
        pages.append(s)
    for p in pages[1:]:
        p.page_of = (pages.index(p) + 1, len(pages))
    return pages


def fingerprint(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint: concentric broken ellipses in 印泥."""
    d = s.draw
    for k in range(9):
        rx, ry = mm(3.2) + k * 3.2, mm(4.2) + k * 3.6
        start = rng.randint(0, 360)
        d.arc((x - rx, y - ry, x + rx, y + ry), start, start + rng.randint(230, 330), fill=(200, 50, 60), width=2)


def width_of(s: str, f: Font) -> float:
    return text_width(s, f)
