"""court_gq's press (内蒙古自治区赤峰市红山区人民法院执行局): bilingual papers as the autonomous region's courts print
them. Every paper of the bureau carries its masthead: the court's name in traditional Mongolian script — vertical
word columns read left to right, drawn here as stylised strokes (a stem with teeth, loops and tails: no font the corpus
ships covers the script) — set beside the Chinese name in bold 宋体, the pair centred over a dark red rule with a thin
one under it. The title follows in 黑体 with its letters spaced, the case number flush left after 案号 (not set right),
the body in Noto serif with a two-character indent, the signers in a right-hand block whose roles are spread to four
characters, the date in Chinese numerals under the court's seal, and "第n页（共m页）" centred at the foot of a paper
that runs on. The bureau's forms carry a smaller masthead — the Mongolian columns above the Chinese name — and grids
with a double outer frame, label text in 微米黑, filled in by ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "内蒙古自治区赤峰市红山区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(29), mm(24), mm(20), mm(27)
RULE = (160, 30, 36)
PEN = (32, 44, 128)
BLACKPEN = (30, 30, 34)
MONGOL_WORDS = 7
"""the court's name in Mongolian as the bureau prints it: seven words (赤峰 · 市 · 红山 · 区 · 的 · 人民 · 法院)"""


def serif(size: int = 40) -> Font:
    return font("serif", size)


def bold(size: int = 52) -> Font:
    return font("serif_bold", size)


def hei(size: int = 60) -> Font:
    return font("hei", size)


def label(size: int = 32) -> Font:
    return font("microhei", size)


def _word_recipe(k: int) -> list[tuple[str, float]]:
    """One Mongolian word as a list of (feature, position along the stem 0..1): the same on every page."""
    r = random.Random(7919 * (k + 3))
    feats: list[tuple[str, float]] = [("crown", 0.0)]
    pos = 0.12
    while pos < 0.86:
        feats.append((r.choice(["tooth", "tooth", "tooth", "loop", "bow", "dot", "hook"]), pos))
        pos += r.uniform(0.1, 0.19)
    feats.append((r.choice(["tail", "tail", "swash"]), 1.0))
    return feats


WORD_LENGTHS = (0.94, 0.56, 0.98, 0.5, 0.7, 0.9, 0.96)


def mongol(s: Sheet, x: float, y: float, height: float, *, ink: tuple[int, int, int] = INK) -> float:
    """The court's name in traditional Mongolian script, columns left to right from (x, y), the longest word
    `height` tall; returns the block's width. Not recorded as text: no reader of this corpus reads the script."""
    d = s.draw
    pitch = height * 0.17
    stroke = max(3, round(height * 0.026))
    tooth = height * 0.06
    for k in range(MONGOL_WORDS):
        cx = x + pitch * 0.5 + k * pitch
        length = height * WORD_LENGTHS[k % len(WORD_LENGTHS)]
        y0 = y + height * 0.02
        d.line((cx, y0, cx, y0 + length), fill=ink, width=stroke)
        for feat, at in _word_recipe(k):
            py = y0 + at * length
            if feat == "crown":
                d.line((cx - tooth * 0.9, py - tooth * 0.15, cx, py), fill=ink, width=stroke)
            elif feat == "tooth":
                d.polygon([(cx, py - tooth * 0.35), (cx - tooth, py + tooth * 0.1), (cx, py + tooth * 0.3)], fill=ink)
            elif feat == "loop":
                d.ellipse((cx - tooth * 1.1, py - tooth * 0.55, cx + stroke * 0.3, py + tooth * 0.55), outline=ink,
                          width=stroke)
            elif feat == "bow":
                d.arc((cx - stroke, py - tooth * 0.7, cx + tooth * 1.1, py + tooth * 0.7), 270, 90, fill=ink,
                      width=stroke)
            elif feat == "dot":
                d.ellipse((cx - tooth * 1.3, py - stroke, cx - tooth * 1.3 + stroke * 2.2, py + stroke * 1.2), fill=ink)
            elif feat == "hook":
                d.line((cx, py, cx + tooth * 0.8, py + tooth * 0.6), fill=ink, width=stroke)
            elif feat == "tail":
                d.arc((cx - tooth * 1.6, py - tooth * 1.2, cx, py + tooth * 0.4), 0, 150, fill=ink, width=stroke)
            else:  # swash: a long stroke to the left and up
                d.line((cx, py, cx - tooth * 1.4, py + tooth * 0.3), fill=ink, width=stroke)
                d.line((cx - tooth * 1.4, py + tooth * 0.3, cx - tooth * 1.8, py - tooth * 0.5), fill=ink, width=stroke)
    return pitch * MONGOL_WORDS


def masthead(s: Sheet, *, y: float = TOP, court: str = COURT) -> float:
    """The court's bilingual masthead, Mongolian beside Chinese, over a dark red double rule; returns the y below."""
    f = bold(52)
    tall = mm(30)
    name_w = text_width(court, f) + 4 * (len(court) - 1)
    block = tall * 0.17 * MONGOL_WORDS
    gap = mm(7)
    x = (s.width - block - gap - name_w) / 2
    mongol(s, x, y, tall)
    s.text(x + block + gap, y + tall / 2 - f.size * 0.62, court, f, spacing=4)
    ry = y + tall + mm(3.5)
    s.line(LEFT - mm(4), ry, s.width - RIGHT + mm(4), ry, width=7, fill=RULE)
    s.line(LEFT - mm(4), ry + 13, s.width - RIGHT + mm(4), ry + 13, width=2, fill=RULE)
    return ry + mm(9)


def small_masthead(s: Sheet, *, y: float = TOP, court: str = COURT) -> float:
    """The forms' masthead: the Mongolian columns centred above the Chinese name; returns the y below."""
    tall = mm(17)
    block = tall * 0.17 * MONGOL_WORDS
    mongol(s, (s.width - block) / 2, y, tall)
    y += tall + mm(2.5)
    s.centred(y, court, bold(40), spacing=3)
    return y + 62


def form_title(s: Sheet, title: str, y: float, *, size: int = 60) -> float:
    spacing = {2: 70, 3: 44, 4: 30, 5: 18}.get(len(title), 6)
    w = s.centred(y, title, hei(size), spacing=spacing)
    x0 = (s.width - w) / 2 - mm(4)
    s.line(x0, y + size + 16, x0 + w + mm(8), y + size + 16, width=4)
    return y + size + 50


class Flow:
    """A paper running down its sheets: the cursor, and a fresh sheet when the foot is reached."""

    def __init__(self, sheets: list[Sheet], y: float, *, left: float = LEFT, right: float = RIGHT,
                 foot: float = FOOT, top: float = TOP + mm(6), paper: tuple[int, int, int] = (255, 255, 255)) -> None:
        self.sheets, self.y, self.left, self.right, self.foot, self.top, self.paper = sheets, y, left, right, foot, top, paper

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(paper=self.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0) -> None:
        self.need(lead)
        self.s.text(self.left + at, self.y, text, f)
        self.y += lead


def folios(sheets: Sequence[Sheet], *, style: str = "court") -> list[Sheet]:
    """第n页（共m页） centred at the foot (the bureau), or "- n -" (a trial division's judgment)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        text = f"第{i}页（共{n}页）" if style == "court" else f"- {i} -"
        s.centred(s.height - mm(15), text, serif(28))
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def spread(role: str) -> str:
    """A signer's role spread to the width of four characters: 执 行 员, 书 记 员, 审 判 长."""
    return "　".join(role) if len(role) == 2 else (" ".join(role) if len(role) == 3 else role)


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "") -> list[Sheet]:
    """A paper of the bureau. blocks: ("to", addressee), ("p", paragraph), ("h", party line, hanging indent),
    ("n", a note in smaller type)."""
    s = Sheet()
    y = masthead(s)
    spacing = {2: 110, 3: 64, 4: 40, 5: 26}.get(len(title), 10)
    s.centred(y, title, hei(72), spacing=spacing)
    y += 72 + mm(9)
    s.text(LEFT, y, f"案号：{number or c.number}", serif(38))
    run = Flow([s], y + 92)
    f = serif(40)
    for kind, text in blocks:
        if kind == "to":
            run.para(text, f, lead=70)
        elif kind == "h":
            run.para(text, f, lead=70, hang=f.size * 2)
        elif kind == "n":
            run.para(text, serif(32), lead=54)
        else:
            run.para(text, f, lead=70, first=f.size * 2)
    run.need(76 * len(signers) + 230)
    last = run.s
    y = run.y + 56
    x = last.width - RIGHT - mm(78)
    for role, name in signers:
        last.text(x, y, spread(role), f)
        last.text(x + mm(36), y, name, f)
        y += 76
    y += 36
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 12, COURT, rng, radius=mm(20.5))
    return folios(run.sheets)


def cells(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), ink: tuple[int, int, int] = INK,
          frame: bool = True) -> list[tuple[float, float, float, float]]:
    """A ruled grid inside a double outer frame; a short row's last cell runs to the right edge; the columns named in
    `labels` carry their text centred in 微米黑. Returns each cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    lf = label(max(24, int(f.size) - 4))
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2, outline=ink)
            if cell:
                is_label = k in labels
                face = lf if is_label else f
                parts = wrap(cell, face, w - 20)
                lh = face.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if is_label:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, face, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    if frame:
        s.box(x - 8, y - 8, x + total + 8, cy + 8, width=4, outline=ink)
    return boxes


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = PEN) -> float:
    """Ballpoint on a form, broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.35
    return y


def glossy(s: Sheet, box: tuple[float, float, float, float], *, title_below: float) -> None:
    """Mark a laminated or glossy part of the sheet (a licence copy, an ID card copy, a photo print): the document
    camera's LED reflects there (court_gq_capture). `title_below`: the y under the paper's title, which the
    reflection never reaches."""
    boxes = [*getattr(s, "gloss", []), box]
    s.gloss = boxes  # type: ignore[attr-defined]
    s.title_below = title_below  # type: ignore[attr-defined]


def sideways(s: Sheet) -> Sheet:
    """The sheet the clerk laid across the camera's stage: stored turned 90°."""
    s.sideways = True  # type: ignore[attr-defined]
    return s


def red_fingerprint(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint beside a signature: an oval of whorl-like arcs in 印泥 red."""
    w, h = mm(7) + rng.randint(-6, 6), mm(9) + rng.randint(-6, 6)
    ink = (RED[0] - rng.randint(0, 30), RED[1] + rng.randint(0, 20), RED[2] + rng.randint(0, 20))
    for k in range(7):
        dx, dy = k * w / 16, k * h / 16
        s.draw.ellipse((x + dx, y + dy, x + w - dx, y + h - dy), outline=ink, width=3)
