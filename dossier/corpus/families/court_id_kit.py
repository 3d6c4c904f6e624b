"""court_id's press (吉林省延吉市人民法院执行局, 연길시인민법원): a bilingual court. Every paper it issues carries the
court's name in 조선어 over the Chinese one and the title's Hangul over the Chinese title; notices and decisions go
out under a red head (the court's name in red over a red double rule), rulings under a black one. The body is Noto
serif set ragged-right with hanging party lines; signers stand left of the date; the bilingual round seal (Chinese
on the arc, Hangul at its foot) sits on the date. Multi-page papers carry "第n页（共m页）" centred at the foot.
Its old pre-printed forms (送达回证, 笔录, 结案审批表, 卷内目录, 备考表) are 16开 sheets whose rules were printed in red
ink; the bureau's window forms are A4 with black rules and labels in both scripts. Hand fills in kai (Chinese) or
文楷 (Hangul), blue or black ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from PIL import Image, ImageDraw

from dossier.corpus.content import cn_date
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "吉林省延吉市人民法院"
COURT_KO = "연길시인민법원"
MID = "吉林省延边朝鲜族自治州中级人民法院"
MID_KO = "연변조선족자치주중급인민법원"
A4 = (mm(210), mm(297))
K16 = (mm(184), mm(260))
"""the old 16开 court forms"""
A5 = (mm(148), mm(210))
A4L = (mm(297), mm(210))
"""a landscape A4 table"""
RULE_RED = (214, 48, 52)
"""the red ink the old forms' rules were printed in"""
PEN = (32, 44, 138)
BLACK_PEN = (30, 30, 34)
TITLES_KO = {
    "受理案件通知书": "사건수리통지서", "交纳执行费通知书": "집행비납부통지서", "执行通知书": "집행통지서",
    "报告财产令": "재산보고령", "执行裁定书": "집행재정서", "协助执行通知书": "협조집행통지서", "限制消费令": "소비제한령",
    "决定书": "결정서", "结案通知书": "사건종결통지서", "传票": "소환장", "送达回证": "송달회증", "谈话笔录": "담화기록",
    "调查笔录": "조사기록", "执行案件结案审批表": "집행사건결안심사표", "卷内目录": "권내목록", "卷内备考表": "권내비고표",
    "执行卷宗复核表": "집행권종복핵표", "财产申报表": "재산신고표", "送达地址确认书": "송달주소확인서",
    "申请执行人收取案款确认书": "집행금수령확인서", "被执行人财产线索表": "피집행인재산단서표", "生效证明书": "효력발생증명서",
    "执行案款发放凭证": "집행금발급증빙",
}


def body(size_mm: float = 5.2) -> Font:
    return font("serif", mm(size_mm))


def form_font(size_mm: float) -> Font:
    """The old forms' face: a sturdy 黑体 (wqy), which carries Hangul too."""
    return font("hei", mm(size_mm))


def ko_title(title: str) -> str:
    return TITLES_KO.get(title, "")


def court_seal(s: Sheet, x: float, y: float, rng: random.Random, *, name: str = COURT, ko: str = COURT_KO,
               radius: float = 0.0) -> None:
    """The bilingual round seal: the Chinese name on the arc, the Hangul name across its foot."""
    seal(s, x, y, name, rng, radius=radius or mm(20), inner=ko)


def heading(s: Sheet, title: str, *, y: float, red_head: bool, issuer: str = COURT, issuer_ko: str = COURT_KO,
            x0: float, x1: float) -> float:
    """The bilingual head: Hangul court name, Chinese court name (red over a red double rule on notices), then
    the Hangul title over the Chinese title spread out. Returns the y below."""
    colour = RED if red_head else INK
    s.centred(y, issuer_ko, font("sans_bold", mm(4.6)), spacing=mm(1.2), fill=colour)
    y += mm(7.5)
    big = mm(8.2) if red_head else mm(6.6)
    s.centred(y, issuer, font("serif_bold", big), spacing=mm(1.4 if red_head else 0.8), fill=colour)
    y += big * 1.45
    if red_head:
        s.line(x0, y, x1, y, width=6, fill=RED)
        s.line(x0, y + mm(1.3), x1, y + mm(1.3), width=2, fill=RED)
        y += mm(6)
    ko = ko_title(title)
    if ko:
        s.centred(y, ko, font("sans", mm(4.8)), spacing=mm(2))
        y += mm(7.5)
    tf = font("serif_bold", mm(8.8))
    s.centred(y, title, tf, spacing={2: mm(14), 3: mm(9), 4: mm(5), 5: mm(3)}.get(len(title), mm(0.6)))
    return y + tf.size * 1.7


def folio(sheets: Sequence[Sheet], f: Font | None = None) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(16), f"第{i}页（共{n}页）", f or font("serif", mm(3.8)))
            s.page_of = (i, n)
    return list(sheets)


def court_paper(rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date, number: str,
                signers: Sequence[tuple[str, str]] = (), red_head: bool = False, size: tuple[int, int] = A4,
                issuer: str = COURT, issuer_ko: str = COURT_KO, tail: Sequence[str] = ()) -> list[Sheet]:
    """A typed paper of the court. blocks: ("to", addressee), ("p", paragraph), ("h", party line hanging under its
    label), ("n", note in small type), ("c", centred line). `tail` is printed small under the seal (抄送, 附)."""
    left, right, top, foot = mm(27), mm(24), mm(22), mm(30)
    sheets = [Sheet(size=size)]
    s = sheets[0]
    x1 = s.width - right
    y = heading(s, title, y=top, red_head=red_head, issuer=issuer, issuer_ko=issuer_ko, x0=left, x1=x1)
    f = body()
    lead = f.size * 1.78
    s.right(x1, y, number, f)
    y += lead * 1.3

    def need(h: float) -> None:
        nonlocal s, y
        if y + h > s.height - foot:
            s = Sheet(size=size)
            sheets.append(s)
            y = float(mm(24))

    for kind, text in blocks:
        if kind == "c":
            need(lead)
            s.centred(y, text, f)
            y += lead
            continue
        ff = body(4.3) if kind == "n" else f
        ll = ff.size * 1.7
        first = ff.size * 2 if kind == "p" else 0.0
        hang = f.getlength(text.split("：")[0] + "：") if kind == "h" and "：" in text[:8] else 0.0
        width = x1 - left
        for k, part in enumerate(wrap(text, ff, width - hang, indent=first - hang if first else 0.0)):
            need(ll)
            s.text(left + (first if k == 0 else hang), y, part, ff)
            y += ll
    need(lead * (len(signers) + 3.2))
    y += lead * 0.6
    sx = x1 - mm(70)
    for role, name in signers:
        s.text(sx, y, role, f, spacing=mm(2.5) if len(role) == 3 else 0)
        s.text(sx + mm(32), y, name, f)
        y += lead
    y += lead * 0.4
    when = cn_date(day)
    s.right(x1 - mm(6), y, when, f)
    court_seal(s, x1 - mm(6) - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + mm(2) + rng.uniform(-mm(3), mm(3)),
               rng, name=issuer, ko=issuer_ko)
    y += lead * 1.4
    for t in tail:
        need(lead)
        s.text(left, y, t, body(4.2))
        y += body(4.2).size * 1.7
    return folio(sheets)


def rgrid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], ink: tuple[int, int, int] = RULE_RED, lw: int = 3,
          ko: Sequence[str] = (), label_cols: Sequence[int] = (0,)) -> list[list[tuple[float, float, float, float]]]:
    """A ruled form: rules in `ink` (red on the old forms), printed labels black and centred in the label columns,
    a Hangul sub-label under a label when `ko` gives one (by row). A row shorter than the widths runs its last cell to
    the right edge. Returns the cells' boxes row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    small = font("sans", max(14, int(f.size * 0.62)))
    for r, (row, h) in enumerate(zip(rows, hs, strict=True)):
        cx = x
        cells = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=lw, outline=ink)
            sub = ko[r] if k == 0 and r < len(ko) else ""
            if cell:
                parts = wrap(cell, f, w - mm(3))
                lh = f.size * 1.3
                block = lh * len(parts) + (small.size * 1.2 if sub else 0)
                ty = cy + (h - block) / 2
                for part in parts:
                    if k in label_cols:
                        s.centred(ty, part, f, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + mm(2), ty, part, f)
                    ty += lh
                if sub:
                    s.centred(ty, sub, small, x0=cx, x1=cx + w)
            cells.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(cells)
        cy += h
    return out


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, ink: tuple[int, int, int] = PEN,
        per_line: int = 0, lead: float = 0.0) -> float:
    """Ballpoint: kai for Chinese, 文楷 for a line with Hangul in it; long entries broken every `per_line` characters.
    Returns the y below."""
    role = "wenkai" if any("\uac00" <= ch <= "\ud7a3" for ch in text) else "kai"
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        _scrawl(s, x, y, part, rng, role=role, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def _scrawl(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, role: str, size: int,
            ink: tuple[int, int, int]) -> None:
    if text.strip():
        s.lines.append(text)
    cx = x
    base = 0.0
    for ch in text:
        sz = max(12, int(size * rng.uniform(0.9, 1.08)))
        f = font(role, sz)
        g = Image.new("L", (int(f.getlength(ch)) + 14, sz + 18), 0)
        ImageDraw.Draw(g).text((5, 4), ch, font=f, fill=255)
        g = g.rotate(rng.uniform(-5, 5), resample=Image.Resampling.BICUBIC, expand=True)
        base += rng.uniform(-1.2, 1.2)
        shade = rng.randint(-10, 10)  # the ballpoint's pressure: darker or lighter, never another hue
        colour = tuple(max(0, min(255, v + shade)) for v in ink)
        s.image.paste(colour, (int(cx), int(y + base)), g)
        cx += f.getlength(ch) * rng.uniform(0.9, 1.04) + rng.uniform(-1, 2)


def thumbprint(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red fingerprint (手印) beside a signature: concentric broken ellipses in red ink."""
    layer = Image.new("L", (mm(16), mm(19)), 0)
    d = ImageDraw.Draw(layer)
    cx, cy = layer.width / 2, layer.height / 2
    for k in range(2, 16):
        rx, ry = k * layer.width / 36, k * layer.height / 36
        start = rng.uniform(0, 360)
        d.arc((cx - rx, cy - ry, cx + rx, cy + ry), start, start + rng.uniform(230, 330), fill=int(rng.uniform(150, 230)),
              width=3)
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    s.image.paste((196, 40, 46), (int(x), int(y)), layer)


def blue() -> tuple[int, int, int]:
    return BLUE_INK
