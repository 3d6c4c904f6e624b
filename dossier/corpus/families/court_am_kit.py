"""court_am's drawing kit (满洲里市人民法院, held out): the court's own papers in a 仿宋-like face (AR PL UMing) with
bold 黑体 titles and a vertical line of traditional Mongolian script beside the court's name, and the helpers its
received papers share (typed pages that run on, footers, seals, hand fill)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "内蒙古自治区满洲里市人民法院"
COURT_SEAL = "内蒙古自治区满洲里市人民法院"
MONGOL_FONT = "/usr/share/fonts/truetype/noto/NotoSansMongolian-Regular.ttf"
COURT_MONGOL = "ᠮᠠᠨᠵᠤᠤᠷ ᠬᠣᠲᠠ ᠶᠢᠨ ᠠᠷᠠᠳ ᠤᠨ ᠱᠢᠭᠦᠬᠦ ᠶᠠᠮᠤᠨ"
"""the court's name in traditional Mongolian script, written top to bottom beside the Chinese one"""
LAW = "《中华人民共和国民事诉讼法》"


@dataclass
class Style:
    body: str = "ming"        # 仿宋-like
    title: str = "hei"        # 黑体
    size: int = mm(4.4)
    title_size: int = mm(7.6)
    lead: float = 1.78
    margin_l: int = mm(28)
    margin_r: int = mm(26)
    top: int = mm(30)
    bottom: int = mm(262)


OWN = Style()


def paper(rng: random.Random) -> Sheet:
    tone = rng.randint(246, 254)
    return Sheet(paper=(tone, tone, max(236, tone - rng.randint(0, 8))))


def mongol_column(sheet: Sheet, x: float, y: float, text: str, size: int) -> None:
    """Traditional Mongolian, shaped horizontally then turned to run top to bottom (clockwise)."""
    try:
        f = ImageFont.truetype(MONGOL_FONT, size=size)
    except OSError:
        return
    w = int(f.getlength(text)) + 10
    g = Image.new("L", (w, int(size * 1.6)), 0)
    ImageDraw.Draw(g).text((4, int(size * 0.2)), text, font=f, fill=255)
    g = g.rotate(-90, expand=True)
    sheet.image.paste((30, 30, 34), (int(x), int(y)), g)


def typed(
    rng: random.Random,
    blocks: Sequence[Block],
    *,
    title: str = "",
    heading: str = "",
    number: str = "",
    style: Style = OWN,
    tail: Sequence[Block] = (),
    seal_name: str = "",
    footer: str = "own",
    mongol: bool = False,
    spacing: float = 0.0,
) -> list[Sheet]:
    """A typed paper: heading (issuer), spaced title, number line at the right, the blocks flowed over as many
    sheets as they need, the tail (signatures, date) kept together at the end with the seal over the date;
    footer "own" = — k —, "of" = 第k页 共n页, "" = none."""
    f = font(style.body, style.size)
    lh = style.size * style.lead
    x0 = style.margin_l
    width = Sheet().width - style.margin_l - style.margin_r
    sheets = [paper(rng)]
    s = sheets[0]
    y = float(style.top)
    if heading:
        hf = font(style.title, int(style.title_size * 0.86))
        s.centred(y, heading, hf)
        if mongol:
            mongol_column(s, x0 - mm(14), y - mm(6), COURT_MONGOL, mm(4.2))
        y += style.title_size * 1.5
    if title:
        s.centred(y, title, font(style.title, style.title_size), spacing=spacing or style.title_size * 0.5)
        y += style.title_size * 1.7
    if number:
        s.right(x0 + width, y, number, f)
        y += lh * 1.4

    def more() -> tuple[Sheet, float]:
        sheets.append(paper(rng))
        return sheets[-1], float(style.top)

    y = flow(s, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=style.size * 2,
             bottom=style.bottom, more=more)
    if tail:
        need = lh * (len(tail) + 1)
        if y + need > style.bottom:
            sheets.append(paper(rng))
            y = float(style.top)
        y += lh * 0.6
        y = flow(sheets[-1], tail, f, x0=x0, width=width - mm(8), y=y, line_height=lh, indent=style.size * 2)
        if seal_name:
            seal(sheets[-1], x0 + width - mm(36), y - lh * 1.8, seal_name, rng)
    n = len(sheets)
    for k, sh in enumerate(sheets):
        if n > 1:
            sh.page_of = (k + 1, n)
        if footer == "own" and n > 1:
            sh.centred(mm(280), f"— {k + 1} —", font(style.body, mm(3.6)))
        elif footer == "of" and n > 1:
            sh.centred(mm(282), f"第{k + 1}页 共{n}页", font(style.body, mm(3.2)))
    return sheets


def signed_tail(c: CaseCtx, day: object, roles: Sequence[tuple[str, str]]) -> list[Block]:
    out: list[Block] = [("r", f"{role}　{name}") for role, name in roles]
    out.append(("r", cn_date(day) if not isinstance(day, str) else day))  # type: ignore[arg-type]
    return out


def fill(sheet: Sheet, x: float, y: float, s: str, rng: random.Random, size: float = 0.0) -> float:
    """A hand-filled entry in blue-black ballpoint."""
    return hand(sheet, x, y, s, rng, size=int(size or mm(4.6)))


def small(role: str = "ming", size: float = 3.6) -> Font:
    return font(role, mm(size))
