"""court_cq's drawing kit: the 麒麟区 court's van printouts (a needle printer on continuous paper), its office
laser pages, and the case facts every page of the three dossiers reads from (c.extra["qj"])."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import numpy as np
from PIL import Image

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, mm, seal
from dossier.corpus.fonts import Font, font

COAL_SEQ, LEAF_SEQ, WAGE_SEQ = 83517, 83642, 83809
"""the three dossiers' case numbers: 执83517 (coal haul), 执83642 (烤房 equipment), 执83809 (wages)"""

COURT = "云南省曲靖市麒麟区人民法院"
MID = "云南省曲靖市中级人民法院"
ARB = "曲靖仲裁委员会"
LEFT, RIGHT, TOP, BOTTOM = mm(26), mm(184), mm(30), mm(270)

STEP = {  # days after filing on which the court made each of its papers
    "acceptance_notice": 0, "payment_notice": 0, "enforcement_notice": 2, "property_report_order": 2,
    "online_inquiry_result": 4, "enforcement_ruling": 9, "assistance_notice": 10, "summons": 21,
    "investigation_record": 28, "consumption_restriction_order": 33, "dishonest_list_decision": 33,
    "auction": 38, "interview_record": 104,
}


def facts(c: CaseCtx) -> dict[str, Any]:
    """The family's own case facts (set by adopt_basis)."""
    qj: dict[str, Any] = c.extra["qj"]
    return qj


def made_on(c: CaseCtx, code: str) -> date:
    """The day the court made `code`: the closing papers at the close, the rest by STEP."""
    if code in ("closing_notice", "closing_approval_form", "termination_this_round_ruling", "payment_voucher"):
        back = {"payment_voucher": 6, "closing_approval_form": 1, "termination_this_round_ruling": 2}.get(code, 0)
        return c.closed_on - timedelta(days=back)
    return c.day(STEP.get(code, 0))


def story(c: CaseCtx) -> str:
    return str(facts(c)["story"])


def page(rng: random.Random, *, tint: int = 0) -> Sheet:
    """A fresh sheet; office paper is slightly warm, the van's continuous paper a little grey."""
    base = 252 - tint
    return Sheet(paper=(base, base - rng.randint(0, 2), base - rng.randint(2, 6)))


def song(size: int) -> Font:
    return font("song_gb", size)


def needle(sheet: Sheet, rng: random.Random, *, holes: bool = True) -> None:
    """Turn the sheet's dark print into a 9-pin needle printer's dotted strokes with a worn, banded ribbon,
    and punch the continuous paper's sprocket holes down both edges. Red seals stay as they were."""
    a = np.asarray(sheet.image).astype(np.int16)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    dark = (r < 170) & (np.abs(r - b) < 60) & (g < 170)
    h, w = dark.shape
    yy, xx = np.mgrid[0:h, 0:w]
    pitch = rng.choice([3, 4])
    dots = ((yy % pitch) < pitch - 1) & ((xx % pitch) < pitch - 1)
    band = 0.84 + 0.16 * (0.5 + 0.5 * np.sin(yy / rng.uniform(70, 140) + rng.uniform(0, 6)))
    faint = rng.uniform(0.88, 1.0)
    paper = np.array(sheet.paper, dtype=np.float32)
    ink = np.array([38, 38, 52], dtype=np.float32)
    strength = (band * faint)[..., None]
    out = a.astype(np.float32)
    mix = paper + (ink - paper) * strength
    out[dark] = paper
    on = dark & dots
    out[on] = mix[on]
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    if holes:
        from PIL import ImageDraw
        d = ImageDraw.Draw(img)
        rr = mm(2)
        for x in (mm(6), sheet.width - mm(6)):
            y = mm(6)
            while y < sheet.height - mm(4):
                d.ellipse((x - rr, y - rr, x + rr, y + rr), fill=(200, 200, 198), outline=(150, 150, 150))
                y += round(12.7 / 25.4 * 200)
        for x in (mm(13), sheet.width - mm(13)):
            for y in range(0, sheet.height, 14):
                d.line((x, y, x, y + 6), fill=(205, 205, 205), width=1)
    sheet.image = img


def court_title(s: Sheet, title: str, y: float, *, number: str = "", big: int = 66) -> float:
    """The court name and the letter-spaced title, the case number to the right under them."""
    s.centred(y, COURT, font("song_gb", 50), spacing=4)
    y += 80
    s.centred(y, title, font("hei", big), spacing=big * 0.5)
    y += big + 40
    if number:
        s.right(RIGHT, y, number, song(40))
        y += 66
    return y


def body(c: CaseCtx, s: Sheet, sheets: list[Sheet], blocks: Sequence[Block], y: float, rng: random.Random, *,
         size: int = 42, footer: bool = False) -> float:
    """Paragraphs down the page, running on to new sheets (no title on the later ones)."""
    f = song(size)

    def more() -> tuple[Sheet, float]:
        n = page(rng)
        sheets.append(n)
        return n, TOP

    return flow(sheets[-1], blocks, f, x0=LEFT, width=RIGHT - LEFT, y=y, line_height=size * 1.75,
                indent=size * 2, bottom=BOTTOM - 40, more=more)


def footers(sheets: list[Sheet], *, style: str = "dash") -> None:
    """第n页 共m页 (or — n —) under every sheet of a paper that ran on, and page_of for the truth."""
    m = len(sheets)
    if m < 2:
        return
    for i, s in enumerate(sheets, 1):
        s.page_of = (i, m)
        text = f"第{i}页 共{m}页" if style == "count" else f"— {i} —"
        s.centred(mm(282), text, song(32))


def court_sign(c: CaseCtx, s: Sheet, y: float, rng: random.Random, when: date, roles: Sequence[tuple[str, str]],
               *, sealed: bool = True) -> float:
    """The bench or officers, the date in Chinese numerals, the court's seal over the date."""
    f = song(42)
    for role, name in roles:
        s.text(mm(118), y, f"{role}　{name}", f)
        y += 70
    y += 20
    s.text(mm(124), y, cn_date(when), font("serif", 42))
    if sealed:
        seal(s, mm(150), y + 10, COURT, rng, radius=mm(20))
    y += 90
    return y


def copy_mark(s: Sheet, y: float) -> None:
    """本件与原本核对无异 in a box at the left, as the 麒麟 clerks stamp their certified copies."""
    f = font("hei", 30)
    s.box(LEFT, y, LEFT + f.getlength("本件与原本核对无异") + 28, y + 56, width=3)
    s.text(LEFT + 14, y + 12, "本件与原本核对无异", f)
