"""court_cn's small typesetter: each author of a paper in a 椒江 dossier gets a Hand (fonts, margins, how its title
sits, how it numbers pages); `typed` sets blocks on as many A4 sheets as they need, with the author's own head
and foot, and leaves the seal on the last sheet's date."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.corpus.draw import INK, RED, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "浙江省台州市椒江区人民法院"
SHORT = "台州市椒江区人民法院"

Part = tuple[str, str]
"""(kind, text): p paragraph, f flush line, r right line, c centred line, k label-keyed line (hanging),
g a blank gap, s a bold sub-heading."""


@dataclass(frozen=True)
class Hand:
    """How one author sets a typed paper."""

    body: str = "ming"
    size_mm: float = 5.4
    leading: float = 1.75
    title: str = "hei"
    title_mm: float = 8.5
    title_gap: float = 2.5      # mm between title characters
    head: str = "court"         # court (name over title) | rule (title over a double rule) | box | banner | bare
    left: float = 27
    right: float = 25
    top: float = 30
    bottom: float = 30
    foot: str = "n_of_m"        # n_of_m (第n页 共m页) | dash (- n -) | none
    number_align: str = "right"


CASE_HAND = Hand()
ARB_HAND = Hand(body="serif", size_mm=5.0, leading=1.9, title="serif_bold", title_mm=9.5, title_gap=1.2,
                head="rule", left=30, right=28, top=28, foot="dash", number_align="centre")
MID_HAND = Hand(body="song_gb", size_mm=5.3, leading=1.8, title="serif_bold", title_mm=9.0, title_gap=3.0,
                head="court", left=28, right=26, top=34, foot="dash", number_align="right")
LAW_HAND = Hand(body="sans", size_mm=4.6, leading=1.95, title="sans_bold", title_mm=7.5, title_gap=0.8,
                head="bare", left=25, right=24, top=26, foot="n_of_m")
FIRM_HAND = Hand(body="serif", size_mm=4.8, leading=1.85, title="serif_bold", title_mm=8.0, title_gap=0.0,
                 head="banner", left=26, right=24, top=20, foot="none")


def f_(role: str, size_mm: float) -> Font:
    return font(role, mm(size_mm))


def typed(hand: Hand, title: str, parts: Sequence[Part], *, issuer: str = "", number: str = "",
          seal_name: str = "", rng: random.Random | None = None, banner: str = "") -> list[Sheet]:
    """Blocks set in `hand`'s style over as many sheets as they take; the seal on the last date line."""
    body = f_(hand.body, hand.size_mm)
    lh = body.size * hand.leading
    sheets: list[Sheet] = []

    def new() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        return s, mm(hand.top)

    s, y = new()
    x0, x1 = mm(hand.left), s.width - mm(hand.right)
    tf = f_(hand.title, hand.title_mm)
    if hand.head == "court":
        s.centred(y, issuer, f_(hand.title, hand.title_mm * 0.92), spacing=mm(0.6))
        y += tf.size * 1.6
        s.centred(y, title, tf, spacing=mm(hand.title_gap))
        y += tf.size * 1.7
    elif hand.head == "rule":
        s.centred(y, issuer, f_(hand.title, hand.title_mm * 1.1), spacing=mm(1.5))
        y += tf.size * 1.7
        s.centred(y, title, tf, spacing=mm(hand.title_gap))
        y += tf.size * 1.45
        s.line(x0, y, x1, y, width=4)
        s.line(x0, y + 7, x1, y + 7, width=2)
        y += mm(5)
    elif hand.head == "box":
        w = text_width(title, tf) + mm(hand.title_gap) * (len(title) - 1)
        s.box(s.width / 2 - w / 2 - mm(6), y - mm(3), s.width / 2 + w / 2 + mm(6), y + tf.size + mm(4), width=3)
        s.centred(y, title, tf, spacing=mm(hand.title_gap))
        y += tf.size * 2.0
    elif hand.head == "banner":
        s.text(x0, y, banner or issuer, f_("hei", 6.2), fill=(150, 20, 24))
        y += mm(10)
        s.line(x0, y, x1, y, width=5, fill=(150, 20, 24))
        y += mm(12)
        s.centred(y, title, tf, spacing=mm(hand.title_gap))
        y += tf.size * 1.9
    else:
        s.centred(y, title, tf, spacing=mm(hand.title_gap))
        y += tf.size * 2.0
    if number:
        if hand.number_align == "centre":
            s.centred(y, number, body)
        else:
            s.right(x1, y, number, body)
        y += lh * 1.3
    bottom = s.height - mm(hand.bottom)
    seal_at: tuple[float, float] | None = None
    for kind, raw in parts:
        text = raw.replace("〇", "○") if hand.body == "song_gb" else raw  # the GB song face has no 〇: typists used ○
        if kind == "g":
            y += lh * 0.6
            continue
        if kind in ("r", "c"):
            if y + lh > bottom:
                s, y = new()
            if kind == "r":
                left_x = s.right(x1 - mm(6), y, text, body)
                if seal_name and "年" in text and "月" in text:
                    seal_at = (left_x + text_width(text, body) / 2, y)
            else:
                s.centred(y, text, body)
            y += lh
            continue
        f = f_("hei", hand.size_mm) if kind == "s" else body
        first = 2 * body.size if kind == "p" else 0
        hang = 0.0
        if kind == "k" and "：" in text:
            hang = text_width(text[: text.index("：") + 1], body)
        lines = wrap(text, f, x1 - x0 - hang, indent=first - hang if kind == "k" else first)
        for k, part in enumerate(lines):
            if y + lh > bottom:
                s, y = new()
            s.text(x0 + (first if k == 0 else (hang if kind == "k" else 0)), y, part, f)
            y += lh
    if seal_name and rng is not None:
        sx, sy = seal_at if seal_at else (x1 - mm(40), y - lh * 2)
        seal(s, sx, sy, seal_name, rng)
    foot(sheets, hand)
    return sheets


def foot(sheets: list[Sheet], hand: Hand) -> None:
    """Page numbers as the author prints them; page_of where the foot states the count."""
    m = len(sheets)
    f = f_(hand.body, 3.6)
    for n, s in enumerate(sheets, 1):
        y = s.height - mm(hand.bottom) + mm(12)
        if hand.foot == "n_of_m":
            s.centred(y, f"第{n}页  共{m}页", f)
            s.page_of = (n, m)
        elif hand.foot == "dash" and m > 1:
            s.centred(y, f"- {n} -", f)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font,
         h: float, *, heads: int = 0, line: int = 2) -> float:
    """A ruled form; cells of the first `heads` columns centred, others left; returns the y below it."""
    total = sum(widths)
    for row in rows:
        s.box(x, y, x + total, y + h, width=line)
        spans = list(widths) if len(row) == len(widths) else [total] if len(row) == 1 else \
            [*widths[: len(row) - 1], total - sum(widths[: len(row) - 1])]
        cx = x
        for k, (cell, w) in enumerate(zip(row, spans, strict=True)):
            if k:
                s.line(cx, y, cx, y + h, width=line)
            if cell:
                parts = wrap(cell, f, w - mm(3))
                ty = y + (h - len(parts) * f.size * 1.3) / 2
                for part in parts:
                    if k < heads:
                        s.centred(ty, part, f, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + mm(1.5), ty, part, f)
                    ty += f.size * 1.3
            cx += w
        y += h
    return y


def red_rule_head(s: Sheet, y: float, name: str) -> float:
    """The court's own notices: its name in red over a red rule (文头)."""
    s.centred(y, name, f_("serif_bold", 9.0), spacing=mm(1.0), fill=RED)
    y += mm(14)
    s.line(mm(22), y, s.width - mm(22), y, width=5, fill=RED)
    return y + mm(8)


__all__ = ["ARB_HAND", "CASE_HAND", "COURT", "FIRM_HAND", "INK", "LAW_HAND", "MID_HAND", "SHORT", "Hand", "f_",
           "grid", "red_rule_head", "typed"]
