"""How court_cu's dossiers were captured. The 蚌山 archive did not unbind its volumes: each lay open, face up, under an
overhead scanner that shot the whole two-page spread at once, and the scanner's software then split every spread in
two at the gutter it detected. Unlike court_bz's and court_l's book scans (one page framed by the cradle, its own
binding side curling into shadow), what marks these pages is the split: the detected line wanders from the real spine
by a few millimetres either way and leans a little, so most pages carry, at their binding edge, a strip of the FACING
page — the last characters of its lines on a right-hand page, the first ones on a left-hand page, cut through the
middle of a character, now and then a piece of a red seal or a blue signature — beyond it the dark valley of the
gutter, then the page's own inner margin, foreshortened and a little bowed where the paper rises out of the spine.
Right- and left-hand pages alternate through the volume (the cover a right-hand page on its own), so the strip sits
at the left edge of one page and the right edge of the next. The facing page is the real neighbouring sheet of the
same volume when the capture can find it (the family files every drawn sheet into its case's volume), else a
plausible page of the court's. The outer edge shows the dark copy-stand bed and the edges of the leaves beneath.
Colour (yellowed archive paper) or grey, 200–300 dpi, JPEG q68–88, the whole spread a fraction of a degree askew."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet, mm, seal
from dossier.corpus.families.court_cu_kit import COURT, MARGIN_L, MARGIN_T, body

FILLER = ("本院在执行申请执行人与被执行人一案中，被执行人未按执行通知履行法律文书确定的义务。依照《中华人民共和国民事诉讼法》"
          "第二百五十三条、第二百五十四条的规定，裁定如下：冻结、划拨被执行人在金融机构的存款，或查封、扣押其同等价值的其他财产。"
          "本裁定立即执行。如不服本裁定，可以自本裁定送达之日起十日内向本院提出书面异议。逾期不履行的，本院将依法强制执行。")


@dataclass
class SpreadCapture:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    colour: bool
    right_hand: bool
    """a right-hand page (recto): the spine at its left, the facing page's line ends at its left edge"""
    facing: Sheet | None
    """the page opposite in the spread (None: the inside of the cover on the first page, else a stand-in page of the
    court's drawn at capture)"""
    facing_real: bool
    """the facing page is the real neighbouring sheet of the volume, not a stand-in"""
    cover: bool
    """the volume's first page: it faces the inside of the front board"""
    overshoot: float
    """how far (px at 200 dpi), at mid-height, the split line lies beyond the spine into the facing page; < 0: into
    this page. The spread's skew makes the line lean against the spine, so the strip narrows up or down the page."""
    bind: int      # px of this page's inner margin swallowed by the binding
    bind_facing: int
    curl: float    # foreshortening near the spine, 0.2–0.6
    bow: float     # vertical squeeze of lines near the spine, 0.005–0.03
    zone: int      # px width of the curled strip beside the spine
    shadow: float  # depth of the gutter shadow, 0.45–0.8
    sigma: float   # width of the gutter shadow, px
    bed: tuple[int, int, int]  # px of dark copy-stand bed at the outer edge, top and bottom
    leaves: int    # edges of the leaves beneath shown at the outer edge
    skew: float
    light: float   # the lamp's fall-off across the spread
    tint: tuple[float, float, float]
    blur: float


class _Volume:
    """Where the scanner is in the current volume: pages shot so far and the last sheet captured. The build shoots
    a dossier's pages in order, so the page before this one is the real facing page of a right-hand page, and the
    sheet filed after it in the volume the facing page of a left-hand one."""

    book: list[Sheet] | None = None
    count = 0
    last: Sheet | None = None
    last_in_book = -1


STATE = _Volume()


def _index(book: list[Sheet], sheet: Sheet) -> int:
    return next((i for i, s in enumerate(book) if s is sheet), -1)


def plan_capture(rng: random.Random, sheet: Sheet) -> SpreadCapture:
    book: list[Sheet] | None = getattr(sheet, "cu_volume", None)
    if book is not None and book is not STATE.book:
        STATE.book, STATE.count, STATE.last, STATE.last_in_book = book, 0, None, -1
    STATE.count += 1
    right_hand = STATE.count % 2 == 1
    at = _index(book, sheet) if book is not None else -1
    facing: Sheet | None
    real = False
    if right_hand:
        facing = STATE.last
        real = facing is not None
    else:
        nxt = (at if at >= 0 else STATE.last_in_book) + 1
        if STATE.book is not None and 0 < nxt < len(STATE.book):
            facing, real = STATE.book[nxt], True
        else:
            facing = None
    STATE.last = sheet
    if at >= 0:
        STATE.last_in_book = at
    strip = rng.random() < 0.78
    return SpreadCapture(
        dpi=rng.choice([200, 240, 300]), rotation=0, photo=False, quality=rng.randint(68, 88), colour=rng.random() < 0.6,
        right_hand=right_hand, facing=facing, facing_real=real, cover=STATE.count == 1,
        overshoot=rng.uniform(mm(11), mm(30)) if strip else rng.uniform(-mm(3), mm(5)),
        bind=rng.randint(mm(10), mm(17)), bind_facing=rng.randint(mm(10), mm(17)),
        curl=rng.uniform(0.2, 0.6), bow=rng.uniform(0.005, 0.03), zone=rng.randint(mm(16), mm(30)),
        shadow=rng.uniform(0.45, 0.8), sigma=rng.uniform(mm(2.2), mm(4.5)),
        bed=(rng.randint(mm(1), mm(6)), rng.randint(mm(1), mm(6)), rng.randint(mm(1), mm(6))), leaves=rng.randint(2, 6),
        skew=rng.uniform(-1.1, 1.1), light=rng.uniform(0.04, 0.12),
        tint=(rng.uniform(0.97, 1.0), rng.uniform(0.93, 0.97), rng.uniform(0.84, 0.92)), blur=rng.choice([0.0, 0.5, 0.8]))


def _stand_in(rng: random.Random) -> Sheet:
    """A plausible page of the court's when the real neighbour is not at hand: a ruling's body, its seal at the foot."""
    from dossier.corpus.draw import flow

    s = Sheet()
    f = body(44)
    start = rng.randint(0, 60)
    text = (FILLER * 3)[start:start + rng.randint(260, 420)]
    y = flow(s, [("p", text)], f, x0=MARGIN_L, width=s.width - MARGIN_L - mm(25), y=MARGIN_T + rng.randint(0, 600),
             line_height=82, indent=f.size * 2)
    if rng.random() < 0.5:
        seal(s, s.width - mm(60), y + 120, COURT, rng, radius=mm(21))
    return s


def _curl(a: Any, cap: SpreadCapture, bind: int) -> tuple[Any, Any]:
    """One page as it lies in the open volume, spine at x = 0: the binding has swallowed `bind` px of its inner
    margin; in the zone beside the spine the paper rises steeply, so distances there are foreshortened (squeezed
    towards the spine) and lines bow a little towards the page's middle. Output is narrower than the input. Returns
    the page and, per column, how much less light the rising paper catches."""
    h, w = a.shape[:2]
    z = float(cap.zone)
    shift = cap.curl * z
    wo = int(w - bind - shift)
    xo = np.arange(wo, dtype=np.float32)
    u = np.clip(xo / z, 0, 1)
    xs = bind + xo + shift * (1 - (1 - u) ** 2)
    near = (1 - u) ** 2
    yo = np.arange(h, dtype=np.float32)
    cy = h / 2
    map_x = np.broadcast_to(xs[None, :], (h, wo)).astype(np.float32)
    map_y = (cy + (yo[:, None] - cy) * (1 + cap.bow * near[None, :])).astype(np.float32)
    out = cv2.remap(a, map_x, map_y, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return out, 1 - 0.35 * near


def _margin(a: Any) -> int:
    """Blank paper (px) between the left edge and the first ink of a page."""
    cols = np.flatnonzero((a[::4, :, :].min(axis=2) < 150).any(axis=0))
    return int(cols[0]) if cols.size else a.shape[1] // 2


def capture(sheet: Sheet, cap: SpreadCapture, rng: random.Random) -> bytes:
    page = np.asarray(sheet.image.convert("RGB"))
    h, w = page.shape[:2]
    facing = cap.facing if cap.facing is not None or cap.cover else _stand_in(rng)
    if facing is not None:
        other = np.asarray(facing.image.convert("RGB").resize((w, h)))
    else:  # the inside of the front board: plain grey-brown card
        other = np.empty((h, w, 3), dtype=np.uint8)
        other[:] = (168, 150, 120)
    # canonical frame: this page on the right, the spine at its left edge
    if not cap.right_hand:
        page, other = page[:, ::-1], other[:, ::-1]
    page = np.ascontiguousarray(page)
    flipped = np.ascontiguousarray(other[:, ::-1])
    # the binding hides only paper: a sheet printed close to its inner edge was filed with room to spare
    mine, shade_mine = _curl(page, cap, min(cap.bind, max(0, _margin(page) - mm(8))))
    theirs, shade_theirs = _curl(flipped, cap, min(cap.bind_facing, max(0, _margin(flipped) - mm(4))))
    theirs, shade_theirs = theirs[:, ::-1], shade_theirs[::-1]
    spine = theirs.shape[1]
    width = spine + mine.shape[1]
    # only what the split keeps is lit and turned: from a little short of the cut (the skew moves it) to the outer edge
    x0 = max(0, min(spine, round(spine - cap.overshoot)) - mm(10))
    theirs, shade_theirs = theirs[:, x0:], shade_theirs[x0:]
    # the outer edge: the leaves beneath, then the dark copy-stand bed; bed above and below too
    right, top, bottom = cap.bed
    bed_col = (38, 36, 34)
    sp = spine - x0
    sw = sp + mine.shape[1] + cap.leaves * 3 + right
    full = np.empty((h + top + bottom, sw, 3), dtype=np.uint8)
    full[:] = bed_col
    full[top:top + h, :sp] = theirs
    full[top:top + h, sp:sp + mine.shape[1]] = mine
    for k in range(cap.leaves):
        full[top:top + h, sp + mine.shape[1] + k * 3] = 200 - 18 * k
    hh = full.shape[0]
    # light per column: the gutter's valley, the rising paper, the lamp falling off to the outer edges
    xs = np.arange(sw, dtype=np.float32)
    factor = 1 - cap.shadow * np.exp(-(((xs - sp) / cap.sigma) ** 2))
    factor *= 1 - 0.25 * np.exp(-(((xs - sp) / (cap.sigma * 4)) ** 2))
    factor *= 1 - cap.light * (xs - sp) ** 2 / max(spine, width - spine) ** 2
    factor[:sp] *= shade_theirs
    factor[sp:sp + mine.shape[1]] *= shade_mine
    factor[max(0, sp - 2):sp + 2] *= 0.55
    tint = np.array(cap.tint if cap.colour else (1.0, 1.0, 1.0), dtype=np.float32)
    lut = (factor[:, None] * tint[None, :] * 256).astype(np.uint32)  # per column and channel, fixed point
    band = full[top:top + h].astype(np.uint32)
    band *= lut[None, :, :]
    full[top:top + h] = np.minimum(band >> 8, 255).astype(np.uint8)
    spread = full
    # the spread lies a fraction of a degree askew; the software splits it with a rectangle at the gutter it found
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((sp, hh / 2), cap.skew, 1.0)
        spread = cv2.warpAffine(spread, m, (sw, hh), flags=cv2.INTER_LINEAR, borderValue=bed_col)
    cut = round(sp - cap.overshoot)
    cut = max(0, min(cut, sp + mm(3)))
    out = spread[:, cut:]
    if not cap.right_hand:
        out = out[:, ::-1]
    out = np.ascontiguousarray(out)
    if cap.dpi != DPI:
        oh, ow = out.shape[:2]
        out = cv2.resize(out, (round(ow * cap.dpi / DPI), round(oh * cap.dpi / DPI)), interpolation=cv2.INTER_LINEAR)
    if cap.blur:
        out = cv2.GaussianBlur(out, (0, 0), cap.blur)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    noise = gen.normal(0, 2.5, out.shape[:2]).astype(np.int16)
    noisy = np.clip(out.astype(np.int16) + noise[:, :, None], 0, 255).astype(np.uint8)
    img = Image.fromarray(noisy, "RGB")
    if not cap.colour:
        img = img.convert("L")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
