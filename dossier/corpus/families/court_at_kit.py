"""court_at's drawing kit (洛阳涧西): a sheet that remembers how it reached the scanner (printed on the bureau's
tired laser printer, photocopied by a party, or an original from another body), the houses of the bodies whose
papers reach the 涧西 bureau, a small typesetter of its own, 二合一 (two pages reduced onto one landscape sheet)
and a form grid with handwritten fills."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image

from dossier.corpus.draw import A4, INK, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.fonts import Font, font

COURT = "河南省洛阳市涧西区人民法院"
BUREAU = "洛阳市涧西区人民法院执行局"
MIDDLE = "河南省洛阳市中级人民法院"
ARB = "洛阳仲裁委员会"
STREETS = ("建设路", "中州西路", "西苑路", "南昌路", "长春路", "青岛路", "天津路", "武汉路", "长安路", "华山路",
           "衡山路", "凯旋西路", "辽宁路", "太原路", "丽春西路")
SUBDISTRICTS = ("重庆路街道", "湖北路街道", "天津路街道", "长春路街道", "南昌路街道", "长安路街道", "周山路街道",
                "瀛洲街道", "徐家营街道", "工农街道", "郑州路街道", "武汉路街道")
FIRMS = ("河南伊洛律师事务所", "河南周南律师事务所", "河南涧水律师事务所", "河南洛浦明理律师事务所")
BANKS = ("中国建设银行股份有限公司洛阳涧西支行", "中国工商银行股份有限公司洛阳涧西支行", "洛阳农村商业银行股份有限公司涧西支行",
         "中原银行股份有限公司洛阳分行", "交通银行股份有限公司洛阳分行")
GREY_BLUE = (40, 48, 110)


@dataclass
class AtSheet(Sheet):
    """A sheet and how it came to the copier: `source` bureau (printed on the bureau's printer: faded toner,
    white streaks), copy (a party's photocopy) or original (another body's print, clean); `recycled` yellowish
    recycled paper; `two_up` two reduced pages side by side."""

    source: str = "bureau"
    recycled: bool = False
    two_up: bool = False


@dataclass(frozen=True)
class House:
    """How one body sets its papers."""

    body: str = "serif"
    body_mm: float = 5.4
    title: str = "serif_bold"
    title_mm: float = 9.5
    spacing_mm: float = 2.5
    issuer_mm: float = 7.5
    leading: float = 1.85
    left: float = 27
    right: float = 25
    top: float = 32
    bottom: float = 30
    footer: str = "paren"   # paren (第n页（共m页）) | dash (－n－) | plain (第 n 页 共 m 页) | none
    number: str = "right"   # right | centre
    rule: bool = False      # a rule under the issuer (the award's head)


JUDGE_HOUSE = House(body="ming", body_mm=5.3, title="serif_bold", title_mm=10, spacing_mm=3, issuer_mm=8,
                    footer="plain", number="right", top=34)
LOCAL_HOUSE = House(body="serif", body_mm=5.2, title="serif_bold", title_mm=9.5, spacing_mm=2.0, footer="dash")
ARB_HOUSE = House(body="song_gb", body_mm=5.4, title="hei", title_mm=9, spacing_mm=5, issuer_mm=8.5, footer="plain",
                  number="centre", rule=True, left=30, right=28)
BUREAU_HOUSE = House(body="serif", body_mm=5.3, title="serif_bold", title_mm=9.5, spacing_mm=2.8, issuer_mm=7.5,
                     footer="paren", leading=1.7, top=28, bottom=24)
LAWYER_HOUSE = House(body="wenkai", body_mm=5.6, title="sans_bold", title_mm=8, spacing_mm=1.5, issuer_mm=6,
                     footer="none", left=30, right=28, top=30, leading=1.9)

Block = tuple[str, str]
"""p paragraph, f flush, c centred, r right, sig right signed line, hsig a label with the name signed by hand,
date (seal goes on it), gap."""


def gb(face: str, s: str) -> str:
    """The GB 2312 faces have no 〇: typists there write ○."""
    return s.replace("〇", "○") if face in ("song_gb", "kai_gb") else s


def typeset(title: str, blocks: Sequence[Block], house: House, rng: random.Random, *, issuer: str = "",
            number: str = "", seal_name: str = "", source: str = "bureau", recycled: bool = False,
            seal_inner: str = "") -> list[AtSheet]:
    """Lay the blocks out on A4 sheets of `house`; the seal on the date line; footers by the house."""
    body = font(house.body, mm(house.body_mm))
    lh = body.size * house.leading
    x0, x1 = mm(house.left), A4[0] - mm(house.right)
    bottom = A4[1] - mm(house.bottom)
    sheets = [AtSheet(source=source, recycled=recycled)]
    s = sheets[0]
    y = float(mm(house.top))
    if issuer:
        s.centred(y, gb(house.title, issuer), font(house.title, mm(house.issuer_mm)), spacing=mm(house.spacing_mm) * 0.4)
        y += mm(house.issuer_mm) * 1.7
        if house.rule:
            s.line(x0, y - mm(2), x1, y - mm(2), width=3)
            y += mm(5)
    tf = font(house.title, mm(house.title_mm))
    s.centred(y, title, tf, spacing=mm(house.spacing_mm))
    y += tf.size * 1.9
    if number:
        if house.number == "right":
            s.right(x1, y, gb(house.body, number), body)
        else:
            s.centred(y, gb(house.body, number), body)
        y += lh * 1.3

    def need(h: float) -> None:
        nonlocal s, y
        if y + h > bottom:
            s = AtSheet(source=source, recycled=recycled)
            sheets.append(s)
            y = float(mm(house.top - 6))

    for kind, raw in blocks:
        text = gb(house.body, raw)
        if kind == "gap":
            y += lh * 0.6
        elif kind in ("p", "f"):
            ind = 2 * body.size if kind == "p" else 0.0
            for i, part in enumerate(wrap(text, body, x1 - x0, indent=ind)):
                need(lh)
                s.text(x0 + (ind if i == 0 else 0), y, part, body)
                y += lh
        elif kind == "c":
            need(lh)
            s.centred(y, text, body)
            y += lh
        else:  # r, sig, date
            need(lh * (2.2 if kind == "date" else 1.0))
            w = body.getlength(text)
            tx = x1 - w - (body.size * 2 if kind != "r" else 0)
            if kind == "hsig" and "：" in text:
                label, name = text.split("：", 1)
                tx = x1 - body.getlength(label + "：") - body.size * 5
                s.text(tx, y, label + "：", body)
                signature(s, tx + body.getlength(label + "："), y - body.size * 0.3, name, rng)
            else:
                s.text(tx, y, text, body)
            if kind == "date" and seal_name:
                seal(s, tx + w / 2 + rng.uniform(-mm(5), mm(5)), y + rng.uniform(-mm(4), mm(4)), seal_name, rng,
                     inner=seal_inner)
            y += lh
    _footers(sheets, house)
    return sheets


def _footers(sheets: list[AtSheet], house: House) -> None:
    m = len(sheets)
    f = font(house.body, mm(4.1))
    for n, sh in enumerate(sheets, 1):
        fy = sh.height - mm(house.bottom) + mm(11)
        if house.footer == "paren":
            sh.centred(fy, f"第{n}页（共{m}页）", f)
            sh.page_of = (n, m)
        elif house.footer == "plain":
            sh.centred(fy, f"第 {n} 页 共 {m} 页", f)
            sh.page_of = (n, m)
        elif house.footer == "dash" and m > 1:
            sh.centred(fy, f"－{n}－", f)


def two_up(pages: list[AtSheet]) -> list[AtSheet]:
    """二合一: pages n and n+1 reduced side by side on one landscape A4 sheet (an odd last page alone on the left),
    as the bureau's printer prints a long judgment to save paper; the sheet keeps both pages' text."""
    out: list[AtSheet] = []
    w, h = A4[1], A4[0]
    half = w // 2
    scale = min((half - mm(4)) / A4[0], (h - mm(4)) / A4[1])
    size = (round(A4[0] * scale), round(A4[1] * scale))
    for i in range(0, len(pages), 2):
        pair = pages[i:i + 2]
        sh = AtSheet(size=(w, h), source=pair[0].source, recycled=pair[0].recycled, two_up=True)
        for k, p in enumerate(pair):
            im = p.image.resize(size, Image.Resampling.LANCZOS)
            sh.image.paste(im, (k * half + (half - size[0]) // 2, (h - size[1]) // 2))
            sh.lines.extend(p.lines)
        sh.page_of = pair[0].page_of
        out.append(sh)
    return out


def grid(s: Sheet, x: float, y: float, cols: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: Sequence[float], width: int = 2) -> list[float]:
    """A ruled grid whose label cells are printed; returns each row's top (the fills go in by hand)."""
    tops: list[float] = []
    total = sum(cols)
    cy = y
    for row, h in zip(rows, heights, strict=True):
        tops.append(cy)
        s.box(x, cy, x + total, cy + h, width=width)
        spans = [total] if len(row) == 1 else [*cols[:len(row) - 1], total - sum(cols[:len(row) - 1])]
        cx = x
        for k, (cell, cw) in enumerate(zip(row, spans, strict=True)):
            if k:
                s.line(cx, cy, cx, cy + h, width=width)
            if cell:
                parts = wrap(cell, f, cw - mm(3))
                ty = cy + (h - f.size * 1.3 * len(parts)) / 2
                for part in parts:
                    s.centred(ty, part, f, x0=cx, x1=cx + cw)
                    ty += f.size * 1.3
            cx += cw
        cy += h
    tops.append(cy)
    return tops


def fill(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, per_line: int = 22, size_mm: float = 5.6,
         ink: tuple[int, int, int] = GREY_BLUE, step_mm: float = 7.5) -> float:
    """A handwritten fill, broken every `per_line` characters; returns the y below it."""
    for i in range(0, len(text), per_line):
        hand(s, x, y, text[i:i + per_line], rng, size=mm(size_mm), ink=ink)
        y += mm(step_mm)
    return y


def inked(s: Sheet, x: float, y: float, text: str, size_mm: float = 5.0) -> float:
    """Printed text in black; returns its width (a short helper for forms)."""
    return s.text(x, y, text, font("serif", mm(size_mm)), fill=INK)
