"""Laying a flowing document (see wording.Flow) onto A4 sheets in a family's style, page breaks,
running headers and footers included."""

from __future__ import annotations

import random
from dataclasses import dataclass

from dossier.corpus.draw import INK, Sheet, mm, seal, signature, wrap
from dossier.corpus.fonts import font
from dossier.corpus.wording import Flow


@dataclass(frozen=True)
class Style:
    body: str = "serif"
    body_mm: float = 5.6
    title: str = "serif_bold"
    title_mm: float = 8.5
    title_spacing_mm: float = 0.0
    top: float = 37
    bottom: float = 30
    left: float = 28
    right: float = 26
    leading: float = 1.75
    issuer: str = "above"      # above | inline | boxed | left | none
    number_align: str = "right"  # right | centre | left
    footer: str = "nm"         # nm (第n页 共m页) | nm_tight (第n页共m页) | dash (- n -) | none
    header_number: bool = False
    sign_by_hand: bool = False
    para_gap: float = 0.0
    numbered_title_left: bool = False


def lay_out(flow: Flow, style: Style, rng: random.Random, *, case_number: str = "") -> list[Sheet]:
    body = font(style.body, mm(style.body_mm))
    lh = body.size * style.leading
    x0, x1 = mm(style.left), Sheet().width - mm(style.right)
    bottom = Sheet().height - mm(style.bottom)
    sheets: list[Sheet] = [Sheet()]
    s = sheets[0]
    y = float(mm(style.top))
    y = _heading(s, flow, style, y, x0, x1)

    def need(h: float) -> None:
        nonlocal s, y
        if y + h > bottom:
            s = Sheet()
            sheets.append(s)
            y = float(mm(style.top - 8))
            if style.header_number and case_number:
                s.right(x1, mm(14), case_number, font(style.body, mm(4)))

    for kind, text in flow.blocks:
        if kind == "gap":
            y += lh * 0.5
            continue
        if kind == "p":
            for i, part in enumerate(wrap(text, body, x1 - x0, indent=2 * body.size)):
                need(lh)
                s.text(x0 + (2 * body.size if i == 0 else 0), y, part, body)
                y += lh
            y += mm(style.para_gap)
        elif kind in ("h", "c"):
            need(lh)
            if kind == "h":
                s.text(x0, y, text, body)
            else:
                s.centred(y, text, body)
            y += lh
        elif kind in ("sig", "r", "date"):
            need(lh * (2.2 if kind == "date" else 1))
            w = body.getlength(text)
            tx = x1 - w - body.size * (1 if kind == "date" else 2)
            if kind == "sig" and style.sign_by_hand and "：" in text:
                label, name = text.split("：", 1)
                s.text(tx, y, label + "：", body)
                signature(s, tx + body.getlength(label + "："), y - body.size * 0.2, name, rng, ink=INK)
            else:
                s.text(tx, y, text, body)
            if kind == "date" and flow.seal:
                seal(s, tx + w / 2 + rng.uniform(-mm(6), mm(6)), y + body.size / 2 + rng.uniform(-mm(4), mm(4)),
                     flow.seal, rng)
            y += lh
    m = len(sheets)
    for n, sh in enumerate(sheets, 1):
        f = font(style.body, mm(4.2))
        fy = sh.height - mm(style.bottom) + mm(12)
        if style.footer == "nm":
            sh.centred(fy, f"第 {n} 页  共 {m} 页", f)
            sh.page_of = (n, m)
        elif style.footer == "nm_tight":
            sh.right(x1, fy, f"第{n}页共{m}页", f)
            sh.page_of = (n, m)
        elif style.footer == "dash" and m > 1:
            sh.centred(fy, f"- {n} -", f)
    return sheets


def _heading(s: Sheet, flow: Flow, style: Style, y: float, x0: float, x1: float) -> float:
    tf = font(style.title, mm(style.title_mm))
    sp = mm(style.title_spacing_mm)
    body = font(style.body, mm(style.body_mm))
    if style.issuer == "inline" and flow.issuer:
        s.centred(y, flow.issuer + flow.title, tf, spacing=sp * 0.3)
        y += tf.size * 1.9
    elif style.issuer == "boxed":
        if flow.issuer:
            s.centred(y, flow.issuer, font(style.title, mm(style.title_mm * 0.8)), spacing=sp * 0.4)
            y += tf.size * 1.5
        w = tf.getlength(flow.title) + sp * (len(flow.title) - 1)
        bx0 = (s.width - w) / 2 - mm(6)
        s.box(bx0, y - mm(3), bx0 + w + mm(12), y + tf.size * 1.3 + mm(2), width=3)
        s.centred(y, flow.title, tf, spacing=sp)
        y += tf.size * 2.0
    elif style.issuer == "left":
        s.text(x0, y, flow.title, tf, spacing=sp)
        y += tf.size * 1.9
    else:
        if flow.issuer and style.issuer == "above":
            s.centred(y, flow.issuer, font(style.title, mm(style.title_mm * 0.85)), spacing=sp * 0.3)
            y += tf.size * 1.6
        s.centred(y, flow.title, tf, spacing=sp)
        y += tf.size * 1.9
    if flow.number:
        if style.number_align == "right":
            s.right(x1, y, flow.number, body)
        elif style.number_align == "left":
            s.text(x0, y, flow.number, body)
        else:
            s.centred(y, flow.number, body)
        y += body.size * 2.3
    return y
