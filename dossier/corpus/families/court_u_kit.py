"""court_u's drawing kit: pages as 吉林省延吉市人民法院 prints them in a bilingual autonomous prefecture.

House style: the bureau's papers carry the court's name in Korean (길림성 연길시인민법원) on a line above the Chinese
name, and each document's title in Korean under the Chinese title (집행통지서 under 执行通知书); black heads, a Song
body, signers and date flush right, the court's round seal over the date with the Chinese name along the top of its
ring and the Korean name along the foot; the 案号 flush right; "第 1 页 / 共 2 页" at the foot. Forms (送达回证,
审批表, 传票) are bordered tables whose field labels are bilingual (受送达人 / 송달받는 사람) and are filled in by hand
in blue ballpoint. Papers the parties send (lawyers' applications, powers of attorney, ID cards, bank slips) arrive as
PDFs made with a phone scanning app: they are marked `received` and court_u_capture treats them so."""

from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageChops, ImageDraw, ImageFont

from dossier.corpus.draw import RED, Block, Sheet, flow, mm, seal, table, wrap
from dossier.corpus.fonts import NOTO, Font, font

COURT = "吉林省延吉市人民法院"
KOREAN_COURT = "길림성 연길시인민법원"
KOREAN_SEAL = "길림성연길시인민법원"
BUREAU = "吉林省延吉市人民法院执行局"
LEFT, RIGHT, TOP, BOTTOM = 28.0, 26.0, 30.0, 28.0
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, c centred bold, r right-aligned.


KOREAN = {
    "受理通知书": "수리통지서",
    "交纳执行费用通知书": "집행비용납부통지서",
    "执行通知书": "집행통지서",
    "报告财产令": "재산보고령",
    "传票": "소환장",
    "限制消费令": "소비제한령",
    "决定书": "결정서",
    "执行裁定书": "집행재정서",
    "协助执行通知书": "협조집행통지서",
    "结案通知书": "결안통지서",
    "调查笔录": "조사필록",
    "约谈笔录": "면담필록",
    "送达回证": "송달회증",
    "执行案件结案审批表": "집행사건 결안심사비준표",
    "卷内目录": "권내목록",
    "执行案件卷宗复核表": "집행사건 서류철 복핵표",
    "卷内备考表": "권내비고표",
    "执行案件卷宗": "집행사건 서류철",
    "民事判决书": "민사판결서",
    "民事调解书": "민사조해서",
}
"""the Korean titles the court prints under its Chinese ones (keyed by the Chinese title without its spaces)"""


@cache
def kr(size: float, bold: bool = False, serif: bool = False) -> Font:
    """Noto Sans/Serif CJK KR (index 1 of the collection): the Korean lines of the heads and labels."""
    name = ("NotoSerifCJK-" if serif else "NotoSansCJK-") + ("Bold" if bold else "Regular") + ".ttc"
    return ImageFont.truetype(NOTO + name, size=mm(size), index=1)


def korean(title: str) -> str:
    return KOREAN.get(title.replace(" ", "").replace("　", ""), "")


@dataclass
class USheet(Sheet):
    """A Sheet that says how it came to the scanner: `system` pages were printed from the case system or exported
    (电子送达 records, 查控 printouts), `received` ones came from the parties as a phone scanning app's PDF,
    `landscape` ones were drawn sideways and lie rotated 90° in the scan."""

    system: bool = False
    received: bool = False
    landscape: bool = False
    sign_at: tuple[float, float] | None = None
    """where typeset put its first signer's line (x, y): a record's signature goes by it"""


def song(size: float = 4.2) -> Font:
    """The body face: AR PL UMing (the GB Song face lacks 〇, which every Chinese date needs)."""
    return font("ming", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def hei(size: float) -> Font:
    return font("hei", mm(size))


def bars(s: Sheet, x: float, y: float, code: str, *, w: float, h: float) -> None:
    """A Code-128-looking barcode of `code` (bars drawn from the digits' hash: no scanner is to read it back)."""
    digest = hashlib.sha256(code.encode()).digest() * 3
    widths = [1 + (b % 3) for b in digest]
    units = sum(widths[:72])
    unit = w / units
    cx = x
    for k, u in enumerate(widths[:72]):
        if k % 2 == 0:
            s.draw.rectangle((int(cx), int(y), int(cx + u * unit) - 1, int(y + h)), fill=(15, 15, 15))
        cx += u * unit


def mark_received(s: Sheet, rng: random.Random, day: str) -> None:
    """A paper the parties sent (by the online filing platform, as a phone scanning app's PDF): only marked, the
    app's look is court_u_capture's."""
    if isinstance(s, USheet):
        s.received = True


def bilingual_seal(
    s: Sheet,
    cx: float,
    cy: float,
    rng: random.Random,
    *,
    name: str = COURT,
    korean_name: str = KOREAN_SEAL,
    radius: float = 0.0,
) -> None:
    """The court's round seal: a star, the Chinese name along the top of the ring, the Korean name along its foot
    (read left to right, upright), multiplied onto the page in red."""
    r = radius or mm(20)
    size = int(r * 2 + 20)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=max(4, int(r / 22)))
    star = [
        (
            c + r * 0.22 * math.cos(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4),
            c + r * 0.22 * math.sin(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4),
        )
        for i in range(10)
    ]
    d.polygon(star, fill=255)

    def arc(text: str, f: Font, span: float, centre: float, radial: float, flip: bool) -> None:
        n = len(text)
        for i, ch in enumerate(text):
            if ch == " ":
                continue
            k = (i + 0.5) / n
            ang = centre - span / 2 + span * k if not flip else centre + span / 2 - span * k
            g = Image.new("L", (int(r * 0.4), int(r * 0.4)), 0)
            ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
            g = g.rotate(-(ang + 90) if not flip else -(ang - 90), resample=Image.Resampling.BICUBIC)
            px = c + r * radial * math.cos(math.radians(ang)) - g.width / 2
            py = c + r * radial * math.sin(math.radians(ang)) - g.height / 2
            layer.paste(255, (int(px), int(py)), g)

    arc(name, font("sans_bold", int(r * 0.25)), min(230.0, 21.0 * len(name)), -90, 0.74, False)
    arc(korean_name, kr(r * 0.15 / mm(1), bold=True), min(110.0, 9.0 * len(korean_name)), 90, 0.78, True)
    layer = layer.rotate(rng.uniform(-12, 12), resample=Image.Resampling.BICUBIC)
    strength = rng.uniform(0.6, 0.9)
    mask = layer.point(lambda v: int(v * strength))
    colour = Image.new(
        "RGB", layer.size, (RED[0] + rng.randint(-20, 20), RED[1], RED[2] + rng.randint(0, 30))
    )
    region = (int(cx - size / 2), int(cy - size / 2))
    under = s.image.crop((region[0], region[1], region[0] + size, region[1] + size))
    under.paste(ImageChops.multiply(under, colour), (0, 0), mask)
    s.image.paste(under, region)


def bihead(s: Sheet, y: float, name: str, title: str, *, size: float = 6.6, tsize: float = 7.4) -> float:
    """The bilingual head: the court's Korean name over its Chinese name, the Chinese title with its Korean under
    it; returns the y below."""
    kname = {COURT: KOREAN_COURT, BUREAU: KOREAN_COURT + " 집행국"}.get(name, "")
    if kname:
        s.centred(y, kname, kr(size * 0.62, bold=True, serif=True), spacing=mm(0.6))
        y += mm(size * 0.62 + 2.2)
    s.centred(y, name, bold(size), spacing=mm(0.8))
    y += mm(size + 5.5)
    s.centred(y, title, bold(tsize), spacing=mm(2.2 if len(title) <= 6 else 0.6))
    y += mm(tsize + 2.5)
    k = korean(title)
    if k:
        s.centred(y, k, kr(tsize * 0.6, bold=True), spacing=mm(1.2))
        y += mm(tsize * 0.6 + 3)
    return y + mm(3)


def footer(s: Sheet, page: int, total: int) -> None:
    s.centred(s.height - mm(15), f"第 {page} 页 / 共 {total} 页", song(3.2))


def checked_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The rectangular red "本件与原本核对无异" stamp the clerk puts by the date of a served ruling."""
    layer = Image.new("RGBA", (mm(34), mm(12)), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    col = (RED[0], RED[1] + 10, RED[2] + 20, int(255 * rng.uniform(0.6, 0.85)))
    d.rectangle((2, 2, layer.width - 3, layer.height - 3), outline=col, width=4)
    d.text(
        (layer.width / 2, layer.height / 2),
        "本件与原本核对无异",
        font=font("sans_bold", mm(3.4)),
        fill=col,
        anchor="mm",
    )
    layer = layer.rotate(rng.uniform(-6, 6), expand=True)
    s.image.paste(layer, (int(x), int(y)), layer)


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
    barcode: bool = True,
    tail: list[str] | None = None,
    checked: bool = False,
    appendix: list[str] | None = None,
) -> list[USheet]:
    """A paper of the bureau broken over as many pages as it needs: the bilingual head (court name, title), 案号 flush
    right, body, signers, date under the seal, then the tail (contact lines) and an appendix of statutes."""
    f = song(4.2)
    lh = mm(4.2) * 1.85
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    width = x1 - x0
    sheets = [USheet()]
    s = sheets[0]
    y: float = bihead(s, mm(20), head, title)
    if number:
        s.right(x1, y, number, f)
        y += lh * 1.4
    bottom = mm(297 - BOTTOM)

    def more() -> tuple[USheet, float]:
        sheets.append(USheet())
        return sheets[-1], mm(TOP - 6)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s, y = more()

    def put(blocks: list[Block], face: Font = f) -> None:
        nonlocal s, y
        y = flow(s, blocks, face, x0=x0, width=width, y=y, line_height=lh, indent=mm(8.4), centre=bold(4.6),
                 bottom=bottom, more=more)
        s = sheets[-1]

    put(blocks)
    names = signers or []
    room(lh * (len(names) + 3))
    y += lh * 0.8
    sx = x1 - mm(56)
    s.sign_at = (sx, y)
    for name in names:
        s.text(sx, y, name, f)
        y += lh
    s.right(x1 - mm(2), y + lh * 0.3, when, f)
    if seal_name == COURT:
        bilingual_seal(s, x1 - mm(28), y + mm(1), rng)
    elif seal_name:
        seal(s, x1 - mm(28), y + mm(1), seal_name, rng, radius=mm(20))
    if checked:
        checked_stamp(s, x0 + mm(6), y - mm(2), rng)
    y += lh * 2
    for line in tail or []:
        room(lh)
        s.text(x0, y, line, song(3.7))
        y += lh
    if appendix:
        room(lh * 3)
        y += lh * 0.5
        s.text(x0, y, "附：相关法律条文", bold(4.0))
        y += lh
        put([("f", line) for line in appendix], song(3.6))
    for i, sh in enumerate(sheets, 1):
        footer(sh, i, len(sheets))
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def form(
    title: str,
    rows: list[list[str]],
    number: str,
    rng: random.Random,
    *,
    cols: tuple[float, ...] = (44, 112),
    row_h: float | list[float] = 14,
    when: str = "",
    seal_it: bool = False,
    caption: str = COURT,
    notes: list[str] | None = None,
    barcode: bool = True,
) -> USheet:
    """A bureau form: the bilingual head, the 案号 flush right and a bordered table."""
    s = USheet()
    y: float = bihead(s, mm(16), caption, title, size=5.4, tsize=7.0)
    if number:
        s.right(mm(210 - RIGHT + 6), y, number, song(4.0))
        y += mm(8)
    y = table(
        s,
        mm(LEFT - 6),
        y,
        [mm(w) for w in cols],
        rows,
        song(3.9),
        row_h=[mm(h) for h in row_h] if isinstance(row_h, list) else mm(row_h),
        width=2,
    )
    y += mm(5)
    for line in notes or []:
        for part in wrap(line, song(3.5), mm(160)):
            s.text(mm(LEFT - 5), y, part, song(3.5))
            y += mm(6)
    if when:
        s.right(s.width - mm(RIGHT), y + mm(8), when, song(4.1))
        if seal_it:
            bilingual_seal(s, s.width - mm(RIGHT + 22), y + mm(9), rng, radius=mm(19))
    footer(s, 1, 1)
    return s


def paper(
    title: str,
    blocks: list[Block],
    rng: random.Random,
    *,
    face: str = "song_gb",
    size: float = 4.0,
    top: float = 28,
    seal_name: str = "",
    when: str = "",
    signer: str = "",
    table_rows: list[list[str]] | None = None,
    table_after: int = -1,
    cols: tuple[float, ...] = (60, 50, 50),
) -> list[USheet]:
    """A paper typed in an office (a law firm, a bank, a company): no court head; an optional table after block
    `table_after`; breaks over pages as needed."""
    f = font(face, mm(size))
    lh = mm(size) * 1.8
    x0, width = mm(26), mm(158)
    sheets = [USheet()]
    s = sheets[0]
    s.centred(mm(top), title, font("sans_bold", mm(6.6)), spacing=mm(0.8))
    y: float = mm(top + 16)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > mm(270):
            s = USheet()
            sheets.append(s)
            y = mm(24)

    for k, (kind, text) in enumerate(blocks):
        if kind == "r":
            room(lh)
            s.right(x0 + width, y, text, f)
            y += lh
        else:
            indent = mm(8) if kind == "p" else 0
            for j, part in enumerate(wrap(text, f, width, indent=indent)):
                room(lh)
                s.text(x0 + (indent if j == 0 else 0), y, part, f)
                y += lh
        if k == table_after and table_rows:
            need = mm(9) * len(table_rows) + mm(4)
            room(need)
            y = table(
                s,
                x0,
                y + mm(2),
                [mm(c) for c in cols],
                table_rows,
                font(face, mm(size - 0.4)),
                row_h=mm(9),
                width=2,
                centre_first=False,
            ) + mm(4)
    room(lh * 3)
    y += lh
    if signer:
        s.right(x0 + width, y, signer, f)
        y += lh
    if when:
        s.right(x0 + width, y, when, f)
    if seal_name:
        seal(s, x0 + width - mm(28), y - mm(2), seal_name, rng, radius=mm(19))
    if len(sheets) > 1:
        for i, sh in enumerate(sheets, 1):
            sh.page_of = (i, len(sheets))
    return sheets


__all__ = [
    "BUREAU",
    "COURT",
    "Block",
    "USheet",
    "bars",
    "bihead",
    "bilingual_seal",
    "bold",
    "checked_stamp",
    "footer",
    "form",
    "hei",
    "korean",
    "kr",
    "mark_received",
    "paper",
    "song",
    "typeset",
]
