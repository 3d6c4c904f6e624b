"""court_ab's drawing kit: pages as 贵州省贵阳市南明区人民法院执行局 prints and fills them.

House style: no 红头 on the bureau's papers — the court's name in black bold Song over the title, the 案号 right-aligned
under it, a GB Song body, the date right-aligned with the seal over it. Many of the bureau's own forms are one copy of a
multipart carbon set (复写联): printed in red or blue on pink or yellow paper, the typed or written fill a fainter,
smudged blue-purple carbon that sits a little off the printed grid, and "第二联 存卷" (or the like) printed upright along
the right edge."""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.draw import INK, Block, Sheet, flow, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "贵州省贵阳市南明区人民法院"
BUREAU = "贵州省贵阳市南明区人民法院执行局"
CARBON = (92, 64, 158)
"""the blue-purple of a carbon copy's fill"""
PAPERS = {
    "pink": (246, 212, 218),
    "yellow": (248, 236, 176),
    "white": (255, 255, 255),
    "aged": (242, 234, 212),
}
FORM_INK = {"pink": (178, 40, 52), "yellow": (40, 60, 140), "white": INK, "aged": INK}
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, r right-aligned line.


@dataclass
class ABSheet(Sheet):
    """A Sheet that says what paper it is: `carbon` names the copy's colour (pink, yellow) when it is a 复写联,
    `aged` how yellowed older paper is (0–1), `pencil` the page number a clerk pencilled in its corner (0: none),
    `thermal` a bank's narrow thermal slip. A cover, catalogue or remarks sheet carries no page number: pencil -1."""

    carbon: str = ""
    aged: float = 0.0
    pencil: int = 0
    thermal: bool = False


def song(size: float = 4.2) -> Font:
    return font("song_gb", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def hei(size: float) -> Font:
    return font("hei", mm(size))


def mono(size: float) -> Font:
    return font("mono", mm(size))


def typeset(
    title: str,
    blocks: list[Block],
    number: str,
    when: str,
    rng: random.Random,
    *,
    signers: list[str] | None = None,
    head: str = COURT,
    seal_name: str = COURT,
    tail: list[str] | None = None,
    copy: bool = False,
) -> list[ABSheet]:
    """A paper of the bureau broken over as many pages as it needs: court name, title, 案号, body, signers, date
    with the seal over it; `copy` adds the stamp 本件与原本核对无异 as the bureau's copies carry it."""
    f = song(4.3)
    lh = mm(4.3) * 1.85
    x0, x1 = mm(27), mm(210 - 25)
    sheets = [ABSheet()]
    s = sheets[0]
    s.centred(mm(26), head, bold(6.6), spacing=mm(0.5))
    s.centred(mm(40), title, bold(8.4), spacing=mm(2.0 if len(title) <= 6 else 0.6))
    y: float = mm(56)
    if number:
        s.right(x1, y, number, song(4.3))
        y += lh * 1.5
    bottom = mm(297 - 28)

    def more() -> tuple[ABSheet, float]:
        sheets.append(ABSheet())
        return sheets[-1], mm(28)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s, y = more()

    y = flow(s, blocks, f, x0=x0, width=x1 - x0, y=y, line_height=lh, indent=mm(8.6), bottom=bottom,
             more=more)
    s = sheets[-1]
    names = signers or []
    room(lh * (len(names) + 4.5))
    y += lh * 0.8
    for name in names:
        s.right(x1 - mm(10), y, name, f)
        y += lh
    y += lh * 0.5
    s.right(x1 - mm(6), y, when, f)
    seal(s, x1 - mm(32), y - mm(2), seal_name, rng, radius=mm(20))
    y += lh * 1.4
    if copy:
        stamp(s, x0 + mm(4), y - lh * 2.6, "本件与原本核对无异", rng)
    for line in tail or []:
        room(lh)
        if line.startswith("书记员"):  # the clerk signs under the date, as the signers above it
            s.right(x1 - mm(10), y, line, f)
        else:
            s.text(x0, y, line, song(3.7))
        y += lh
    if len(sheets) > 1:
        for i, sh in enumerate(sheets, 1):
            sh.page_of = (i, len(sheets))
            sh.centred(sh.height - mm(14), f"—{i}—", song(3.4))
    return sheets


def stamp(s: Sheet, x: float, y: float, text: str, rng: random.Random) -> None:
    """A rectangular red rubber stamp."""
    f = song(3.9)
    w = f.getlength(text) + mm(5)
    red = (196 + rng.randint(-15, 15), 40, 52)
    s.box(x, y, x + w, y + mm(8), width=4, outline=red)
    s.text(x + mm(2.5), y + mm(1.6), text, f, fill=red)


def edge_label(s: Sheet, text: str, colour: tuple[int, int, int]) -> None:
    """The copy's label printed upright along the right edge (read top to bottom)."""
    f = hei(3.8)
    w = int(f.getlength(text)) + 8
    g = Image.new("L", (w, mm(5)), 0)
    ImageDraw.Draw(g).text((2, 0), text, font=f, fill=255)
    g = g.rotate(-90, expand=True)
    s.image.paste(colour, (s.width - mm(11), mm(90)), g)
    s.lines.append(text)


def carbon_fill(
    s: Sheet,
    items: list[tuple[float, float, str]],
    rng: random.Random,
    *,
    size: float = 4.0,
    written: bool = False,
    carbon: bool = True,
) -> None:
    """The fill of a carbon copy: typed (or written) on the top copy, come through as a blurred, fainter blue-purple
    offset a little from the printed grid; recorded as the sheet's text. Not `carbon`: the top copy, filled by the
    office printer in black — sharp, but still a little off the preprinted grid."""
    layer = Sheet()
    dx, dy = mm(rng.uniform(-1.6, 1.6)), mm(rng.uniform(0.6, 2.2))
    if not carbon:
        dx, dy = dx // 2, dy // 2
    for x, y, text in items:
        if written:
            from dossier.corpus.draw import hand

            hand(layer, x + dx, y + dy, text, rng, size=mm(size * 1.05), ink=(0, 0, 0))
        else:
            layer.text(x + dx, y + dy, text, song(size) if rng.random() < 0.5 else mono(size * 0.95))
    mask = layer.image.convert("L").point(lambda v: 255 - v)
    if carbon:
        mask = mask.filter(ImageFilter.GaussianBlur(rng.uniform(1.0, 1.8)))
        strength = rng.uniform(0.55, 0.8)
        mask = mask.point(lambda v: int(min(255, v * 1.3) * strength))
    s.image.paste(CARBON if carbon else INK, (0, 0), mask)
    s.lines.extend(layer.lines)


def carbon_form(
    title: str,
    rows: list[list[str]],
    labels: list[str],
    rng: random.Random,
    *,
    colour: str,
    label: str,
    number: str = "",
    cols: tuple[float, float] = (44, 112),
    row_h: float = 14.0,
    caption: str = COURT,
    written: bool = False,
    serial: str = "",
) -> ABSheet:
    """A printed form of a multipart set on coloured paper: the grid and row labels in the form's ink, the values
    (rows' second cells) filled in carbon; `labels` are printed under the grid (notes, 注意)."""
    s = ABSheet(paper=PAPERS[colour], carbon=colour if colour in ("pink", "yellow") else "")
    ink = FORM_INK[colour]
    s.centred(mm(20), caption, bold(5.6), fill=ink, spacing=mm(0.4))
    s.centred(mm(31), title, bold(8.0), fill=ink, spacing=mm(1.6))
    if serial:
        s.text(mm(150), mm(44), serial, song(3.4), fill=ink)
    x, y = mm(22), mm(52)
    widths = [mm(cols[0]), mm(cols[1])]
    printed = [[r[0], ""] if len(r) > 1 else r for r in rows]
    table(s, x, y, widths, printed, song(4.0), row_h=mm(row_h), width=3, fill=ink)
    items: list[tuple[float, float, str]] = []
    for k, r in enumerate(rows):
        if len(r) > 1 and r[1]:
            parts = wrap(r[1], song(4.0), widths[1] - mm(6))
            for j, part in enumerate(parts[:3]):
                items.append((x + widths[0] + mm(3), y + mm(row_h) * k + mm(2.2) + j * mm(5.2), part))
    if number:
        items.insert(0, (mm(40), mm(44), number))
    carbon_fill(s, items, rng, written=written, carbon=bool(s.carbon))
    ly = y + mm(row_h) * len(rows) + mm(4)
    for note in labels:
        for part in wrap(note, song(3.4), mm(165)):
            s.text(x, ly, part, song(3.4), fill=ink)
            ly += mm(5.2)
    if label:
        edge_label(s, label, ink)
    return s
