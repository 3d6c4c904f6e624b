"""court_af's house style (银川兴庆): the bureau's own typeset look.

The court name is set letter-spaced in a black hei face over a thick-and-thin rule; the document's title stands in a
ruled box (a heavy outer frame with a hairline inside), letter-spaced; the 案号 sits under the box at the left after
a small 「案号」 label. The body is Noto Serif, a little loose; the left margin is wide (the volume is bound through
three holes on that side). Each page ends with a hairline, "兴庆法院执行局" at the left and "第n页（共m页）" at the right.
Forms are ruled in a sans face and filled by hand in blue ink; small papers are glued onto the court's 粘贴单.
Every numbered page carries the 卷宗页码 written by the archive clerk in the upper right corner (a running count per
dossier, kept in the case's extra; 封面, 卷内目录, 复核表 and 备考表 carry none)."""

from __future__ import annotations

import random
from collections.abc import Sequence

from PIL import Image

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import stamp

COURT = "宁夏回族自治区银川市兴庆区人民法院"
BUREAU = "银川市兴庆区人民法院执行局"
SEAL = COURT
LEFT, RIGHT, TOP, BOTTOM = 32.0, 22.0, 22.0, 24.0
BLUE = (28, 48, 140)
NO_FOLIO = frozenset({"dossier_cover", "catalogue", "file_review_form", "remarks_sheet"})


def body_font() -> Font:
    return font("serif", mm(4.9))


def sans(size_mm: float) -> Font:
    return font("microhei", mm(size_mm))


def head(s: Sheet, title: str, number: str, *, issuer: str = COURT) -> float:
    """Court name, rule, boxed title, 案号 line; returns the y below."""
    y = float(mm(TOP))
    if issuer:
        s.centred(y, issuer, font("hei", mm(6.2)), spacing=mm(1.6))
        y += mm(10)
        x0, x1 = mm(LEFT), s.width - mm(RIGHT)
        s.line(x0, y, x1, y, width=6)
        s.line(x0, y + mm(1.1), x1, y + mm(1.1), width=2)
        y += mm(6)
    tf = font("serif_bold", mm(8.2))
    sp = mm(3.2) if len(title) <= 6 else mm(1.4)
    w = tf.getlength(title) + sp * (len(title) - 1)
    bx0, bx1 = (s.width - w) / 2 - mm(9), (s.width + w) / 2 + mm(9)
    s.box(bx0, y, bx1, y + mm(15), width=5)
    s.box(bx0 + mm(1.3), y + mm(1.3), bx1 - mm(1.3), y + mm(15) - mm(1.3), width=1)
    s.centred(y + mm(3.0), title, tf, spacing=sp)
    y += mm(21)
    if number:
        lab = sans(3.6)
        s.text(mm(LEFT), y + mm(0.9), "案号", lab, fill=(90, 90, 90))
        s.text(mm(LEFT) + mm(11), y, number, font("serif", mm(4.9)))
        y += mm(11)
    return y


def footer(sheets: Sequence[Sheet]) -> None:
    f = sans(3.3)
    m = len(sheets)
    for n, s in enumerate(sheets, 1):
        y = s.height - mm(BOTTOM) + mm(4)
        s.line(mm(LEFT), y, s.width - mm(RIGHT), y, width=1)
        s.text(mm(LEFT), y + mm(2), "兴庆法院执行局", f)
        s.right(s.width - mm(RIGHT), y + mm(2), f"第{n}页（共{m}页）", f)
        s.page_of = (n, m)


def paper(title: str, blocks: Sequence[Block], c: CaseCtx, rng: random.Random, *, number: str | None = None,
          sign: Sequence[str] = (), day: str = "", with_seal: bool = True, copy_stamp: bool = False,
          after: Sequence[str] = ()) -> list[Sheet]:
    """A document of the court: heading, running text (draw.flow), signature lines, date with the seal, footer."""
    sheets = [Sheet()]
    f = body_font()
    lh = f.size * 1.9
    x0 = float(mm(LEFT))
    width = sheets[0].width - mm(LEFT) - mm(RIGHT)
    bottom = sheets[0].height - mm(BOTTOM) - mm(4)
    y = head(sheets[0], title, c.number if number is None else number)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(TOP + 6))

    y = flow(sheets[0], blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=2 * f.size, bottom=bottom,
             more=more)
    tail: list[Block] = [("r", line) for line in sign]
    if day:
        tail.append(("r", day))
    if tail:
        if y + lh * (len(tail) + len(after) + 2.5) > bottom:
            s, y = more()
        y += lh * 0.8
        y = flow(sheets[-1], tail, f, x0=x0, width=width - mm(8), y=y, line_height=lh, indent=0)
        if day and with_seal:
            s = sheets[-1]
            seal(s, s.width - mm(RIGHT) - mm(30) + rng.uniform(-mm(6), mm(4)), y - lh * 0.7 + rng.uniform(-mm(4), mm(3)),
                 SEAL, rng)
    if after:
        y = flow(sheets[-1], [("r", line) for line in after], f, x0=x0, width=width - mm(8), y=y + lh * 0.3,
                 line_height=lh, indent=0)
    if copy_stamp:
        s = sheets[-1]
        stamp(s, mm(LEFT) + mm(4), min(y + mm(6), s.height - mm(BOTTOM) - mm(22)), ["本件与原本核对无异"], rng,
              size_mm=4.2, colour=(190, 40, 50), face="hei")
    footer(sheets)
    return sheets


def fill(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size_mm: float = 5.6,
         width: float | None = None) -> float:
    """Hand-written fill in blue ink, wrapped to `width` when given; returns the y below."""
    size = mm(size_mm)
    if width is None:
        hand(s, x, y, text, rng, size=size, ink=BLUE)
        return y + size * 1.4
    for part in wrap(text, font("kai", size), width):
        hand(s, x, y, part, rng, size=size, ink=BLUE)
        y += size * 1.45
    return y


def form(title: str, rows: Sequence[tuple[str, str, float]], c: CaseCtx, rng: random.Random, *,
         intro: str = "", note: str = "", number: str | None = None, signer: str = "", day: str = "",
         with_seal: bool = False) -> list[Sheet]:
    """A ruled form of the court: label cells printed, values filled by hand (rows: label, value, height mm)."""
    s = Sheet()
    y = head(s, title, c.number if number is None else number)
    lab = sans(4.0)
    x0 = float(mm(LEFT))
    width = s.width - mm(LEFT) - mm(RIGHT)
    if intro:
        y = flow(s, [("p", intro)], font("serif", mm(4.4)), x0=x0, width=width, y=y, line_height=mm(7.6),
                 indent=mm(8.8)) + mm(2)
    cols = [mm(38), width - mm(38)]
    heights = [mm(h) for _, _, h in rows]
    table(s, x0, y, cols, [(label, "") for label, _, _ in rows], lab, row_h=heights, width=2, centre_first=True)
    cy = y
    for (_, value, _h), h in zip(rows, heights, strict=True):
        if value:
            fill(s, x0 + cols[0] + mm(3), cy + mm(2.2), value, rng, size_mm=5.0, width=cols[1] - mm(6))
        cy += h
    y = cy + mm(5)
    if note:
        y = flow(s, [("f", note)], font("serif", mm(3.8)), x0=x0, width=width, y=y, line_height=mm(6), indent=0)
        y += mm(3)
    if signer:
        s.text(s.width - mm(RIGHT) - mm(92), y + mm(3), "签名（盖章）：", font("serif", mm(4.6)))
        hand(s, s.width - mm(RIGHT) - mm(58), y + mm(1), signer, rng, size=mm(7), ink=INK)
        y += mm(12)
    if day:
        s.text(s.width - mm(RIGHT) - mm(92), y + mm(2), "日期：", font("serif", mm(4.6)))
        hand(s, s.width - mm(RIGHT) - mm(75), y + mm(1), day, rng, size=mm(5.4), ink=BLUE)
        if with_seal:
            seal(s, s.width - mm(RIGHT) - mm(45), y, SEAL, rng)
    footer([s])
    return [s]


def paste_sheet(title: str, items: Sequence[Sheet], rng: random.Random, *, note: str = "") -> Sheet:
    """The court's 粘贴单: a printed frame with a 粘贴处 label, the small papers glued on it a little crooked."""
    s = Sheet(paper=(250, 249, 244))
    f = sans(4.4)
    s.centred(mm(16), "银川市兴庆区人民法院　粘　贴　单", font("hei", mm(5.6)))
    s.text(mm(LEFT), mm(27), f"粘贴内容：{title}", f)
    x0, y0, x1, y1 = mm(LEFT), mm(35), s.width - mm(RIGHT), s.height - mm(BOTTOM) - mm(8)
    s.box(x0, y0, x1, y1, width=4)
    s.box(x0 + mm(1.5), y0 + mm(1.5), x1 - mm(1.5), y1 - mm(1.5), width=1)
    lab = sans(3.6)
    s.text(x0 + mm(4), y0 + mm(3), "粘 贴 处", lab, fill=(120, 120, 120))
    s.text(x0 + mm(4), y1 + mm(2.5), note or "注：票据、证件复印件等粘贴于框内，不得超出框线。", sans(3.2))
    y = y0 + mm(12)
    for item in items:
        img = item.image.convert("RGB")
        angle = rng.uniform(-2.5, 2.5)
        rot = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(0, 0, 0))
        mask = Image.new("L", img.size, 255).rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        room = x1 - x0 - mm(8)
        if rot.width > room:
            k = room / rot.width
            rot = rot.resize((int(rot.width * k), int(rot.height * k)))
            mask = mask.resize(rot.size)
        x = int(x0 + (x1 - x0 - rot.width) / 2 + rng.uniform(-mm(6), mm(6)))
        # a faint shadow where the glued slip lifts at its edge
        shadow = Image.new("RGB", rot.size, (200, 198, 190))
        s.image.paste(shadow, (x + 4, int(y) + 5), mask)
        s.image.paste(rot, (x, int(y)), mask)
        s.lines.extend(item.lines)
        y += rot.height + mm(rng.uniform(6, 12))
    return s


def folio(sheets: Sequence[Sheet], code: str, c: CaseCtx, rng: random.Random) -> None:
    """The archive clerk's 卷宗页码, written by hand in the upper right corner of each numbered page."""
    if code in NO_FOLIO:
        return
    for s in sheets:
        n = int(c.extra.get("af_folio", 0)) + 1
        c.extra["af_folio"] = n
        x = s.width - mm(RIGHT) - mm(rng.uniform(2, 8))
        hand(s, x, mm(rng.uniform(6, 10)), str(n), rng, size=mm(6.2), ink=(20, 20, 24))
