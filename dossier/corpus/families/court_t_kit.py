"""court_t's drawing kit: pages as 西藏自治区拉萨市城关区人民法院 prints them — bilingual, Tibetan over Chinese.

House style: the court's name in Tibetan script (Noto Serif Tibetan, shaped by raqm so the letters stack) on a line
above the court's name in black bold Song, each title likewise in Tibetan over the Chinese, the 案号 flush right; the
round seal carries the court's Chinese name on its upper arc and its Tibetan name on the lower arc; the forms' field
labels have the Tibetan under the Chinese. The case system prints a barcode of the case in the top-left corner and
"第 1 页 / 共 2 页" at the foot; rulings carry the "本件与原本核对无异" stamp. Papers the window receives get a
收件 label. The Tibetan is drawn but not recorded in a sheet's lines (its truth is the Chinese text)."""

from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageChops, ImageDraw, ImageFont

from dossier.corpus.draw import INK, RED, Block, Sheet, flow, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "西藏自治区拉萨市城关区人民法院"
BUREAU = "西藏自治区拉萨市城关区人民法院执行局"
BO_REGION = "བོད་རང་སྐྱོང་ལྗོངས།"
BO_COURT = "ལྷ་ས་གྲོང་ཁྱེར་ཁྲིན་ཀོན་ཆུས་མི་དམངས་ཁྲིམས་ཁང་།"
BO_BUREAU = "ལྷ་ས་གྲོང་ཁྱེར་ཁྲིན་ཀོན་ཆུས་མི་དམངས་ཁྲིམས་ཁང་གི་ལག་བསྟར་ཅུས།"
BO_TITLES = {
    "受理通知书": "ལེན་འཛིན་བརྡ་ཐོ།",
    "交纳执行费用通知书": "ལག་བསྟར་འགྲོ་སོང་སྤྲོད་པའི་བརྡ་ཐོ།",
    "执行通知书": "ལག་བསྟར་བརྡ་ཐོ།",
    "报告财产令": "རྒྱུ་ནོར་སྙན་ཞུའི་བཀའ་རྒྱ།",
    "传票": "འབོད་ཐོ།",
    "限制消费令": "ཟད་སྤྱོད་ཚོད་འཛིན་བཀའ་རྒྱ།",
    "决定书": "ཐག་གཅོད་ཡིག་ཆ།",
    "执行裁定书": "ལག་བསྟར་ཐག་གཅོད་ཡིག་ཆ།",
    "协助执行通知书": "ལག་བསྟར་ལ་རོགས་རམ་བྱེད་པའི་བརྡ་ཐོ།",
    "协助执行通知书（回执）": "ལག་བསྟར་ལ་རོགས་རམ་བྱེད་པའི་བརྡ་ཐོ། （ལན་འཛིན）",
    "结案通知书": "གྱོད་དོན་མཇུག་སྒྲིལ་བའི་བརྡ་ཐོ།",
    "调查笔录": "ཞིབ་བཤེར་ཟིན་ཐོ།",
    "约谈笔录": "གྲོས་བསྡུར་ཟིན་ཐོ།",
    "送达回证": "ཡིག་ཆ་སྐྱེལ་འདྲེན་ལན་འཛིན།",
    "执行案件结案审批表": "ལག་བསྟར་གྱོད་དོན་མཇུག་སྒྲིལ་ཞིབ་དཔྱད་རེའུ་མིག",
    "卷内目录": "ཡིག་ཚགས་ནང་གི་དཀར་ཆག",
    "执行案件卷宗复核表": "ལག་བསྟར་ཡིག་ཚགས་བསྐྱར་ཞིབ་རེའུ་མིག",
    "卷内备考表": "ཡིག་ཚགས་ཟུར་མཆན་རེའུ་མིག",
    "执行案件卷宗": "ལག་བསྟར་གྱོད་དོན་ཡིག་ཚགས།",
    "民事判决书": "དམངས་སྲིད་ཁྲིམས་ཐག་ཡིག་ཆ།",
    "民事调解书": "དམངས་སྲིད་འདུམ་འགྲིག་ཡིག་ཆ།",
    "公证书": "དཔང་ཡིག",
    "执行证书": "ལག་བསྟར་དཔང་ཡིག",
}
BO_HEADS = {
    COURT: BO_COURT,
    BUREAU: BO_BUREAU,
    "西藏自治区拉萨市中级人民法院": "ལྷ་ས་གྲོང་ཁྱེར་བར་འབྲིང་མི་དམངས་ཁྲིམས་ཁང་།",
    "西藏自治区拉萨市公证处": "ལྷ་ས་གྲོང་ཁྱེར་དཔང་རྟགས་ཁང་།",
}
BO_LABELS = {
    "案号": "གྱོད་ཨང་།",
    "案由": "གྱོད་རྒྱུ།",
    "申请执行人": "ལག་བསྟར་རེ་ཞུ་བ།",
    "被执行人": "ལག་བསྟར་བྱ་ཡུལ།",
    "受送达人": "ཡིག་ཆ་ལེན་མཁན།",
    "送达地址": "སྐྱེལ་ས།",
    "送达方式": "སྐྱེལ་སྟངས།",
    "送达人": "སྐྱེལ་མཁན།",
    "被传唤人": "འབོད་ཡུལ་མི་སྣ།",
    "应到时间": "འབྱོར་དགོས་དུས་ཚོད།",
    "应到处所": "འབྱོར་ས།",
    "执行依据": "ལག་བསྟར་གཞི་རྩ།",
    "立案日期": "གྱོད་འཛུགས་ཚེས་གྲངས།",
    "结案日期": "མཇུག་སྒྲིལ་ཚེས་གྲངས།",
    "备注": "མཆན།",
    "签收日期": "ལེན་ཚེས།",
}
LEFT, RIGHT, TOP, BOTTOM = 28.0, 26.0, 30.0, 28.0
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, c centred bold, r right-aligned.


@dataclass
class SSheet(Sheet):
    """A Sheet that says how it came to the scanner: `system` pages were printed from the case system or exported
    (电子送达 records, 查控 printouts), `received` ones got the window's barcode label, `landscape` lies sideways."""

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


def tibetan(size: float, *, bold_face: bool = False) -> Font:
    """Noto Serif Tibetan (Debian fonts-noto-extra), laid out by raqm so that the stacked letters stack."""
    name = "NotoSerifTibetan-Bold.ttf" if bold_face else "NotoSerifTibetan-Regular.ttf"
    return _tibetan(name, int(size))


@lru_cache(maxsize=32)
def _tibetan(name: str, size: int) -> Font:
    return ImageFont.truetype(
        "/usr/share/fonts/truetype/noto/" + name, size, layout_engine=ImageFont.Layout.RAQM
    )


def bo_title(title: str) -> str:
    return BO_TITLES.get(title.replace(" ", "").replace("　", ""), "ཡིག་ཆ།")


def bilingual_head(s: Sheet, head: str, title: str, y: float, *, small: bool = False) -> None:
    """The court's name in Tibetan over its Chinese name, then the title in Tibetan over the Chinese title."""
    k = 0.82 if small else 1.0
    bo = BO_HEADS.get(head, "")
    cx = s.width / 2
    if not bo:  # an office without a Tibetan name on its paper
        s.centred(y + mm(2.6), head, bold(6.4 * k), spacing=mm(0.8))
        s.centred(y + mm(22.5 * k), title, bold(7.2 * k), spacing=mm(2.2 if len(title) <= 6 else 0.6))
        return
    s.draw.text((cx, y), bo, font=tibetan(mm(4.0 * k), bold_face=True), fill=INK, anchor="ms")
    s.centred(y + mm(2.6), head, bold(6.4 * k), spacing=mm(0.8))
    s.draw.text((cx, y + mm(20 * k)), bo_title(title), font=tibetan(mm(4.4 * k)), fill=INK, anchor="ms")
    s.centred(y + mm(22.5 * k), title, bold(7.2 * k), spacing=mm(2.2 if len(title) <= 6 else 0.6))


def court_seal(s: Sheet, cx: float, cy: float, rng: random.Random, *, radius: float) -> None:
    """The court's seal: the Chinese name on the upper arc (draw.seal), the Tibetan name along the lower arc, one
    syllable at a time so that each stays shaped."""
    seal(s, cx, cy, COURT, rng, radius=radius)
    r = radius
    size = int(r * 2 + 20)
    layer = Image.new("L", (size, size), 0)
    c = size / 2
    sylls = [x for x in BO_COURT.rstrip("།").split("་") if x]
    f = tibetan(r * 0.15)
    span = 130.0
    for i, syl in enumerate(sylls):
        ang = 90 + span / 2 - span * (i + 0.5) / len(sylls)
        g = Image.new("L", (int(r * 0.5), int(r * 0.5)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), syl, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang - 90), resample=Image.Resampling.BICUBIC)
        px = c + r * 0.72 * math.cos(math.radians(ang)) - g.width / 2
        py = c + r * 0.72 * math.sin(math.radians(ang)) - g.height / 2
        layer.paste(255, (int(px), int(py)), g)
    mask = layer.point(lambda v: int(v * rng.uniform(0.6, 0.85)))
    region = (int(cx - size / 2), int(cy - size / 2))
    under = s.image.crop((region[0], region[1], region[0] + size, region[1] + size))
    mixed = ImageChops.multiply(under, Image.new("RGB", layer.size, (RED[0], RED[1], RED[2] + 10)))
    under.paste(mixed, (0, 0), mask)
    s.image.paste(under, region)


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


def case_digits(number: str) -> str:
    """The case system's barcode number: year, court, type and seq as digits (藏0102执61203 → 2024 0102 01 61203)."""
    year = number[1:5]
    seq = "".join(ch for ch in number.split("执")[-1] if ch.isdigit())
    return f"{year}0102{'01' if '执' in number else '00'}{int(seq or 0):06d}"


def case_barcode(s: Sheet, number: str, *, right: bool = False) -> None:
    """The case system's barcode in the top corner, the digits under it."""
    digits = case_digits(number)
    x = s.width - mm(18) - mm(44) if right else mm(14)
    bars(s, x, mm(9), digits, w=mm(44), h=mm(9))
    s.text(x + mm(4), mm(18.6), digits, font("mono", mm(2.6)), record=False)


def received_label(s: Sheet, rng: random.Random, day: str) -> None:
    """The filing window's 材料收转 label: a white sticker with a barcode and its number, stuck on the first page of
    a received paper — in the upper right, or lower, sometimes over a line of text."""
    w, h = mm(rng.uniform(48, 54)), mm(rng.uniform(22, 25))
    spot = rng.choice(["top", "top", "top", "mid", "bottom"])
    x = s.width - w - mm(rng.uniform(8, 30))
    y = {
        "top": mm(rng.uniform(6, 22)),
        "mid": mm(rng.uniform(70, 150)),
        "bottom": s.height - h - mm(rng.uniform(12, 40)),
    }[spot]
    layer = Image.new("RGB", (int(w), int(h)), (252, 252, 250))
    label = Sheet(size=(int(w), int(h)))
    label.image = layer
    number = f"CG{''.join(ch for ch in day if ch.isdigit())[2:]}{rng.randint(10000, 99999)}"
    label.text(mm(2.5), mm(1.5), "城关法院 立案收件", font("hei", mm(2.6)), record=False)
    bars(label, mm(2.5), mm(5.5), number, w=w - mm(5), h=mm(9))
    label.text(mm(6), mm(15.5), number, font("mono", mm(3.0)), record=False)
    label.text(mm(2.5), mm(19.6), f"收件：{day}", font("hei", mm(2.2)), record=False)
    d = ImageDraw.Draw(layer)
    d.rectangle((0, 0, layer.width - 1, layer.height - 1), outline=(205, 205, 200), width=2)
    s.image.paste(
        layer.rotate(rng.uniform(-2.5, 2.5), expand=False, fillcolor=(252, 252, 250)), (int(x), int(y))
    )
    if isinstance(s, SSheet):
        s.received = True


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
) -> list[SSheet]:
    """A paper of the case system broken over as many pages as it needs: barcode, court name, title, 案号 flush
    right, body, signers, date under the seal, then the tail (contact lines) and an appendix of statutes."""
    f = song(4.2)
    lh = mm(4.2) * 1.85
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    width = x1 - x0
    sheets = [SSheet()]
    s = sheets[0]
    if barcode and number:
        case_barcode(s, number)
    bilingual_head(s, head, title, mm(18))
    y: float = mm(60)
    if number:
        s.right(x1, y, number, f)
        y += lh * 1.4
    bottom = mm(297 - BOTTOM)

    def more() -> tuple[SSheet, float]:
        sheets.append(SSheet())
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
        court_seal(s, x1 - mm(28), y + mm(1), rng, radius=mm(20))
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
) -> SSheet:
    """A case-system form: the barcode, the court's name, the title, the 案号 flush right and a bordered table."""
    s = SSheet()
    if barcode and number:
        case_barcode(s, number)
    bilingual_head(s, caption, title, mm(16), small=True)
    y: float = mm(56)
    if number:
        s.right(mm(210 - RIGHT + 6), y, number, song(4.0))
        y += mm(8)
    heights = [mm(h) for h in row_h] if isinstance(row_h, list) else [mm(row_h)] * len(rows)
    top = y
    y = table(s, mm(LEFT - 6), y, [mm(w) for w in cols], rows, song(3.9), row_h=heights, width=2)
    if len(cols) == 2:  # the labels bilingual: the Tibetan under the Chinese label
        for row, h in zip(rows, heights, strict=False):
            bo = BO_LABELS.get(row[0])
            if bo and h >= mm(12):
                s.draw.text(
                    (mm(LEFT - 6) + 10, top + h - mm(1.0)),
                    bo,
                    font=tibetan(mm(2.4)),
                    fill=(40, 40, 40),
                    anchor="ld",
                )
            top += h
    y += mm(5)
    for line in notes or []:
        for part in wrap(line, song(3.5), mm(160)):
            s.text(mm(LEFT - 5), y, part, song(3.5))
            y += mm(6)
    if when:
        s.right(s.width - mm(RIGHT), y + mm(8), when, song(4.1))
        if seal_it:
            court_seal(s, s.width - mm(RIGHT + 22), y + mm(9), rng, radius=mm(19))
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
) -> list[SSheet]:
    """A paper typed in an office (a law firm, a bank, a company): no court head; an optional table after block
    `table_after`; breaks over pages as needed."""
    f = font(face, mm(size))
    lh = mm(size) * 1.8
    x0, width = mm(26), mm(158)
    sheets = [SSheet()]
    s = sheets[0]
    s.centred(mm(top), title, font("sans_bold", mm(6.6)), spacing=mm(0.8))
    y: float = mm(top + 16)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > mm(270):
            s = SSheet()
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
    "BO_COURT",
    "BO_TITLES",
    "BUREAU",
    "COURT",
    "Block",
    "SSheet",
    "bars",
    "bold",
    "case_barcode",
    "case_digits",
    "checked_stamp",
    "court_seal",
    "footer",
    "form",
    "hei",
    "paper",
    "received_label",
    "song",
    "tibetan",
    "typeset",
]
