"""Cheap image measurements on a page: ink, skew, sideways text, text lines, thumbnails.

Pure functions over numpy arrays (uint8 grey, 0 = ink) so that they are testable without files.
They run before any OCR and decide how little OCR a page needs.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

INK_CONTRAST = 40
"""Grey levels below the paper (the median) from which a pixel counts as ink for the blank test:
bleed-through and scanner noise stay above it, text at 50 dpi falls below."""


@dataclass(frozen=True)
class Line:
    """A horizontal text line: its box in pixels of the image it was found in."""

    top: int
    bottom: int
    left: int
    right: int

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @property
    def width(self) -> int:
        return self.right - self.left


def to_grey(image: Image.Image) -> np.ndarray:
    """Grey page with red seals and red ink faded out (their red channel is light, black text stays dark)."""
    if image.mode == "L":
        return np.asarray(image, dtype=np.uint8)
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    return np.asarray(rgb.getchannel(0), dtype=np.uint8)  # 1.7 ms for an A4 page at 200 dpi, 4.8 through numpy


def ink_ratio(grey: np.ndarray, *, margin: float = 0.05, contrast: int = INK_CONTRAST) -> float:
    """Fraction of ink pixels inside the page, ignoring a margin where scanner edges cast shadows.

    Meant for a small (about 50 dpi, area-averaged) copy: averaging wipes out isolated noise specks."""
    h, w = grey.shape
    my, mx = int(h * margin), int(w * margin)
    inner = grey[my:h - my, mx:w - mx]
    if inner.size == 0:
        return 0.0
    paper = float(np.median(inner))
    return float(np.count_nonzero(inner < paper - contrast)) / inner.size


def structure(grey: np.ndarray, *, margin: float = 0.06) -> float:
    """Spread of grey levels inside the margins after a wide blur: noise averages out, while blocks of
    faint text (a washed-out copy) remain. Meant for the small copy of the blank test."""
    h, w = grey.shape
    my, mx = int(h * margin), int(w * margin)
    inner = cv2.GaussianBlur(grey, (0, 0), 3)[my:h - my, mx:w - mx]
    return float(np.std(inner)) if inner.size else 0.0


SHEET_CONTRAST = 60
"""Grey levels by which the background around a photographed sheet (a desk, a table cloth) is darker
than the paper; a scanner's lid or a binding shadow is a narrow band, not a surround."""
SHEET_INSET = 0.04
"""Share of the sheet's box left out on each side: its edges, curled corners and the shadow they cast."""
SHEET_PART = 0.05
"""Share of the image a bright region must cover to be part of the sheet: a window frame's shadow across a
photographed sheet (格尔木, court_bv) cuts its paper in two, and both halves are the sheet."""


def photographed_sheet(small: np.ndarray) -> tuple[int, int, int, int] | None:
    """The box (x, y, width, height) of a sheet of paper photographed on a darker surface (its bright parts
    together, SHEET_PART), or None for a scan (the paper fills the image). Meant for the small copy of the
    blank test."""
    h, w = small.shape
    _, bright = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(bright, connectivity=4)
    if count < 2:
        return None
    parts = 1 + np.flatnonzero(stats[1:, cv2.CC_STAT_AREA] >= SHEET_PART * w * h)
    if parts.size == 0:
        return None
    x, y = int(stats[parts, cv2.CC_STAT_LEFT].min()), int(stats[parts, cv2.CC_STAT_TOP].min())
    bw = int((stats[parts, cv2.CC_STAT_LEFT] + stats[parts, cv2.CC_STAT_WIDTH]).max()) - x
    bh = int((stats[parts, cv2.CC_STAT_TOP] + stats[parts, cv2.CC_STAT_HEIGHT]).max()) - y
    if bw * bh > 0.97 * w * h or int(stats[parts, cv2.CC_STAT_AREA].sum()) < 0.3 * w * h:
        return None
    on_sheet = np.isin(labels, parts)
    if float(np.median(small[~on_sheet])) > float(np.median(small[on_sheet])) - SHEET_CONTRAST:
        return None
    x, y, bw, bh = _beyond_shadows(small, (x, y, bw, bh))
    return None if bw * bh > 0.97 * w * h else (x, y, bw, bh)


SCREEN_PART = 0.08
"""Share of the image a light area enclosed by a dark frame must cover to be a screen in its bezel (a phone's screen
photographed and printed small on a sheet, 保山隆阳 court_ia_02: 0.18); a form's ruled cells are framed by thin lines,
not by a dark band."""
BEZEL_DARK = 0.9
"""Share of the band round such an area (BEZEL_BAND wide) that is dark: a bezel is dark all round."""
BEZEL_BAND = 4
"""Width (pixels of the 50 dpi copy, 2 mm) of the band round a screen that must be dark: a ruled line is 1–2 px, a
phone's bezel printed small 10 or more."""


def screen_within_bezel(small: np.ndarray) -> tuple[int, int, int, int] | None:
    """The box (x, y, width, height) of a light area framed all round by a dark band, off the image's edges: a
    screen in its bezel, photographed and printed on a sheet whose own paper (a desk round the phone) is lighter than
    the bezel, so that photographed_sheet finds no sheet on a darker surface. The frame lies within the photo: a slip
    on a dark counter (枣庄市中, court_fx_01) has the counter round it to the photo's edges, and is read as the photo.
    None when there is none."""
    h, w = small.shape
    _, dark = cv2.threshold(small, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(1 - dark, connectivity=4)
    enclosed = [i for i in range(1, count)
                if stats[i, cv2.CC_STAT_AREA] >= SCREEN_PART * w * h and not _at_edge(stats[i], w, h)]
    if not enclosed:  # a scan: its paper runs to the edges (the only cost most pages pay, ~2 ms)
        return None
    _, frames, frame_stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    band = np.ones((2 * BEZEL_BAND + 1, 2 * BEZEL_BAND + 1), np.uint8)
    found = None
    for i in enclosed:
        x, y, bw, bh = (int(v) for v in stats[i, :4])
        part = (labels == i).astype(np.uint8)
        ring = cv2.dilate(part, band) > part
        if float(dark[ring].mean()) < BEZEL_DARK:
            continue
        frame = int(np.bincount(frames[ring & (dark > 0)]).argmax())
        if not _at_edge(frame_stats[frame], w, h) and (found is None or bw * bh > found[2] * found[3]):
            found = (x, y, bw, bh)  # a frame within the sheet: a counter or a desk runs off the photo's edge
    return found


def _at_edge(stats: np.ndarray, w: int, h: int) -> bool:
    x, y, bw, bh = (int(v) for v in stats[:4])
    return x == 0 or y == 0 or x + bw == w or y + bh == h


SHADOW_INK = 0.5
"""Share of the ink found on the bright sheet that the strip beyond one of its sides must hold for that side to be a
shadow's edge, not the sheet's: paper in shade goes on carrying writing, a desk does not (a window frame's shadow across
a photographed 送达地址确认书 cut its title to 送达地址, 西宁城东 court_hl; desks beyond a sheet hold 0–0.1 % against the
sheet's 3–8 %)."""
INK_STROKE = 25
"""Grey levels a thin stroke stands below its surround by (a 5 × 5 black-hat at the small copy's 50 dpi): writing, in
sun or in shade alike."""
SHEET_INK = (0.01, 0.15)
"""The share of a sheet's small copy its writing covers when the shadow test applies (3–8 % on a page of text): a
nearly blank sheet's few specks say nothing of what lies beyond it, and more is a screen's moiré or a halftone, not
writing (a page photographed off a monitor, its viewer's bars round it, 鄂尔多斯东胜 court_ek_01)."""


def _beyond_shadows(small: np.ndarray, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """The sheet's box run on to the frame's edge on each side where the strip beyond it (a quarter of the box deep)
    carries writing as the sheet does: that side was a shadow's edge across the paper."""
    x, y, bw, bh = box
    h, w = small.shape
    ink = cv2.morphologyEx(small, cv2.MORPH_BLACKHAT, np.ones((5, 5), np.uint8)) > INK_STROKE
    inside = float(ink[y:y + bh, x:x + bw].mean()) if bw and bh else 0.0
    least, most = SHEET_INK
    if not least <= inside <= most:
        return box
    x0, y0, x1, y1 = x, y, x + bw, y + bh
    qw, qh = max(1, bw // 4), max(1, bh // 4)

    def inked(strip: np.ndarray) -> bool:
        return strip.size > 0 and float(strip.mean()) >= max(SHADOW_INK * inside, least)

    left, right = inked(ink[y0:y1, max(0, x0 - qw):x0]), inked(ink[y0:y1, x1:min(w, x1 + qw)])
    top, bottom = inked(ink[max(0, y0 - qh):y0, x0:x1]), inked(ink[y1:min(h, y1 + qh), x0:x1])
    x0, x1 = (0 if left else x0), (w if right else x1)
    y0, y1 = (0 if top else y0), (h if bottom else y1)
    return x0, y0, x1 - x0, y1 - y0


def textless_faint(small: np.ndarray, *, margin: float = 0.06, contrast: float = 8.0) -> float:
    """Share of the page (inside its margins) still darker than the paper once its light is evened out
    and specks are blurred away: grey blocks of washed-out text stay, dust, scanner streaks, yellowing
    and a lamp's gradient go. Meant for the small (~50 dpi) copy of the blank test."""
    grey = small.astype(np.float32)
    light = _light_field(grey)
    even = grey / np.maximum(light, 1.0) * 235.0
    flat = cv2.GaussianBlur(even, (0, 0), 1.5)
    h, w = flat.shape
    inside = (slice(int(h * margin), h - int(h * margin)), slice(int(w * margin), w - int(w * margin)))
    inner = flat[inside]
    if inner.size == 0:
        return 0.0
    faint = (inner < np.median(inner) - contrast).astype(np.uint8)
    texture = np.abs(cv2.Laplacian(even[inside], cv2.CV_32F, ksize=3))
    return float(np.count_nonzero(faint) - _not_text_area(faint, texture, inner)) / faint.size


CAST_SHADOW_SPAN = 0.4
"""A shadow cast over a photographed sheet (a hand, a phone, a lamp's hood) comes in from the sheet's edge
and runs across it; washed-out text lies in blocks of lines inside the margins."""


BAND_SPAN = 0.3
"""A faint band running from one side of the sheet to the other is the wave of a cockled sheet (a humid office's
copier scan, 海口) or a fold's shadow, as long as it is at most this share of the sheet across: washed-out text
lies inside the margins, and a grey blanket over the whole sheet is no band."""


THIN_FILL = 0.15
"""A faint mark that fills less than this share of its bounding box, itself at least THIN_SPAN of the sheet's width
both ways, is a line drawn across the sheet — a water stain's tide line, the rim of a stain, a crease — not text:
washed-out text, blurred at ~50 dpi, lies in bars and blocks that fill most of their boxes (0.5–0.9), a tide line
0.03–0.14 (court_ao's flood-soaked blank backs)."""
THIN_SPAN = 0.08


INKED_DEPTH = 50.0
"""Grey levels under the paper from which a faint region's darkest point is as dark as ink: a mark the detector, which
found no text on the sheet, did not take for writing — mildew's clusters and a rust stain on a blank back (海口秀英
court_ig: 47–82 levels) — is no washed-out text, which reaches 13–24 (handfilled_02 p14, the tests' smeared notice)."""
BLOTCH_SPAN = 0.08
BLOTCH_NEAR = 0.04
"""A faint region at least BLOTCH_SPAN of the sheet's width both ways with no other faint region within BLOTCH_NEAR
of its box is a blotch of a cockled sheet's shading (a humid archive room's paper, court_ig: 39–93 px across at
~50 dpi, each alone on the paper): washed-out text lies in rows of marks, a block (an ID copy's photo) beside its
lines."""


def _not_text_area(faint: np.ndarray, texture: np.ndarray, flat: np.ndarray) -> int:
    """Pixels of the faint regions no text leaves: a cast shadow's edge, which reaches the edge of the sheet and
    spans CAST_SHADOW_SPAN of it both ways (evening out the light by a wide blur leaves it as faint grey), or
    which reaches it and is smooth (SMOOTH_SHADOW: a phone's shadow over a blank back, 包头), a band from one side
    of the sheet to the other (BAND_SPAN), and a thin line drawn far across it (THIN_FILL). `texture`: the
    sheet's |Laplacian| before the blur, where strokes of washed-out text stand out and a shadow does not. Nor does
    a mark as dark as ink (INKED_DEPTH) or a lone blotch of a cockled sheet (BLOTCH_SPAN); `flat`: the evened-out
    sheet the faint regions were taken from."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(faint, connectivity=8)
    h, w = faint.shape
    x, y = stats[:, cv2.CC_STAT_LEFT], stats[:, cv2.CC_STAT_TOP]
    bw, bh = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    shadow = _touching_edge(stats, faint.shape) & (bw >= CAST_SHADOW_SPAN * w) & (bh >= CAST_SHADOW_SPAN * h)
    across = (x == 0) & (x + bw >= w) & (bh <= BAND_SPAN * h)
    down = (y == 0) & (y + bh >= h) & (bw <= BAND_SPAN * w)
    span = THIN_SPAN * w
    thin = (bw >= span) & (bh >= span) & (stats[:, cv2.CC_STAT_AREA] < THIN_FILL * bw * bh)
    gone = shadow | across | down | thin | (_touching_edge(stats, faint.shape) & _smooth(labels, count, faint, texture))
    inked = _darkest_per_label(labels, count, flat) <= float(np.median(flat)) - INKED_DEPTH
    gone |= inked | _lone_blotches(labels, stats, ~inked)
    gone[0] = False  # the background
    return int(stats[gone, cv2.CC_STAT_AREA].sum())


def _darkest_per_label(labels: np.ndarray, count: int, values: np.ndarray) -> np.ndarray:
    darkest = np.full(count, np.inf)
    np.minimum.at(darkest, labels.ravel(), values.ravel())
    return darkest


def _lone_blotches(labels: np.ndarray, stats: np.ndarray, faint_only: np.ndarray) -> np.ndarray:
    """Per faint region, whether it is a broad blotch with no other faint region (`faint_only`: not a mark as dark as
    ink) within BLOTCH_NEAR of its box."""
    w = labels.shape[1]
    span, pad = BLOTCH_SPAN * w, int(BLOTCH_NEAR * w)
    lone = np.zeros(len(stats), bool)
    broad = (stats[:, cv2.CC_STAT_WIDTH] >= span) & (stats[:, cv2.CC_STAT_HEIGHT] >= span) & faint_only
    for i in np.flatnonzero(broad[1:]) + 1:
        x, y, bw, bh = (int(v) for v in stats[i, :4])
        near = np.unique(labels[max(0, y - pad):y + bh + pad, max(0, x - pad):x + bw + pad])
        lone[i] = not any(faint_only[j] for j in near if j not in (0, i))
    return lone


SMOOTH_SHADOW = 6.0
"""A faint region whose texture (mean |Laplacian|) is at most this many times the bare paper's is a shadow, not
text: measured on phone photos of blank backs (包头, court_bs) a phone's or hand's shadow 1.4–2.4, the strokes of a
page of text 140–180."""


SHADOW_RIM = 2
"""Pixels (at ~50 dpi) of a faint region's rim left out when its inside is measured: a hard-edged shadow (格尔木's
window frame over a blank back, court_bv) is smooth inside, but its edge alone lifts its mean texture to 7.7 times
the paper's; inside the rim it is 3.2. Washed-out text is rough inside too."""


def _smooth(labels: np.ndarray, count: int, faint: np.ndarray, texture: np.ndarray) -> np.ndarray:
    """Per connected faint region (OpenCV's labels), whether it is as smooth as a shadow (SMOOTH_SHADOW), as a
    whole or inside its rim (SHADOW_RIM)."""
    paper = float(np.median(texture[faint == 0])) if (faint == 0).any() else 0.0
    limit = SMOOTH_SHADOW * max(paper, 1.0)
    inside = labels * (cv2.erode(faint, np.ones((2 * SHADOW_RIM + 1,) * 2, np.uint8)) > 0)
    return np.asarray((_mean_per_label(labels, count, texture) <= limit)
                      | (_mean_per_label(inside, count, texture) <= limit))


def _mean_per_label(labels: np.ndarray, count: int, values: np.ndarray) -> np.ndarray:
    """Mean of `values` over each label's pixels; infinite for a label with none (it proves nothing smooth)."""
    sums = np.bincount(labels.ravel(), weights=values.ravel(), minlength=count)
    sizes = np.bincount(labels.ravel(), minlength=count)
    return np.where(sizes > 0, sums / np.maximum(sizes, 1), np.inf)


def _touching_edge(stats: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Per connected mark (OpenCV's stats rows), whether its bounding box reaches the image's edge."""
    h, w = shape[:2]
    x, y = stats[:, cv2.CC_STAT_LEFT], stats[:, cv2.CC_STAT_TOP]
    return (x == 0) | (y == 0) | (x + stats[:, cv2.CC_STAT_WIDTH] >= w) | (y + stats[:, cv2.CC_STAT_HEIGHT] >= h)


def sheet_only(small: np.ndarray) -> np.ndarray:
    """A photographed page as if scanned: the sheet without its surround, its uneven light divided out
    (a lamp's gradient across blank paper would otherwise read as faint ink). A scan is returned as is."""
    return sheet_within(small, photographed_sheet(small))


def sheet_within(small: np.ndarray, box: tuple[int, int, int, int] | None) -> np.ndarray:
    """sheet_only for a sheet whose box (photographed_sheet's, None for a scan) is known already. A scan keeps its
    paper as it is, but for the scan bed showing dark at its edges (a sheet fed skewed, a small paper), made paper."""
    if box is None:
        return _surround_filled(small)
    x, y, bw, bh = box
    mx, my = int(bw * SHEET_INSET), int(bh * SHEET_INSET)
    crop = _surround_filled(small[y + my:y + bh - my, x + mx:x + bw - mx]).astype(np.float32)
    if crop.size == 0:
        return small
    light = _light_field(crop)
    return np.clip(crop / np.maximum(light, 1.0) * 235.0, 0, 255).astype(np.uint8)


SURROUND_PART = 0.005
"""Share of a sheet's box a dark region reaching the box's edge must cover to be the surround, not ink: the wedges
of a dark scan bed beside a sheet fed skewed 2–6° (乐山市中's ADF without deskew, court_fm) lie inside the box of
the sheet; a line of text cut at the edge covers far less."""


SURROUND_THICK = 5
"""Pixels (at ~50 dpi, 2.5 mm) a dark region must be thick everywhere to be surround: no stroke of text is."""
SURROUND_MOST = 0.4
"""At most this share of the box is surround: the sheet is the most of it."""


def _surround_filled(crop: np.ndarray) -> np.ndarray:
    """The sheet's box with the surround that still shows in it (dark wedges at its corners) made paper."""
    if crop.size == 0:
        return crop
    _, dark = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    # only what is thick: strokes of text, a scratch down a film frame or a table's rules are no surround, even where
    # they touch the edge (a microfilm frame's scratch running through a signature block, 乌海海勃湾 court_fh)
    dark = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((SURROUND_THICK, SURROUND_THICK), np.uint8))
    _, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    surround = _touching_edge(stats, crop.shape) & (stats[:, cv2.CC_STAT_AREA] >= SURROUND_PART * crop.size)
    surround[0] = False  # the background (the paper, under the threshold's dark side)
    if not surround.any() or int(stats[surround, cv2.CC_STAT_AREA].sum()) > SURROUND_MOST * crop.size:
        return crop  # (a dark sheet — an inverted scan — is all "surround": it is the paper)
    filled = crop.copy()
    filled[np.isin(labels, np.flatnonzero(surround))] = np.uint8(np.median(crop[dark == 0]))
    return filled


LIGHT_SHRINK = 4
"""The light across a sheet is estimated on a copy shrunk this many times: a blur a twelfth of the sheet wide
costs 17 ms at 50 dpi and under 1 ms on the copy, and the light it finds varies over tens of pixels, not one."""


def _light_field(grey: np.ndarray) -> np.ndarray:
    """The sheet's light (float32, the size of `grey`): a Gaussian blur a twelfth of the sheet wide, taken on a
    shrunk copy and enlarged back."""
    h, w = grey.shape
    sw, sh = max(1, w // LIGHT_SHRINK), max(1, h // LIGHT_SHRINK)
    if min(sw, sh) < 8:
        return cv2.GaussianBlur(grey, (0, 0), max(grey.shape) / 12)
    tiny = cv2.resize(grey, (sw, sh), interpolation=cv2.INTER_AREA)
    blurred = cv2.GaussianBlur(tiny, (0, 0), max(tiny.shape) / 12)
    return cv2.resize(blurred, (w, h), interpolation=cv2.INTER_LINEAR)


def binarise(grey: np.ndarray) -> np.ndarray:
    """Ink mask (uint8 0/255, 255 = ink) by Otsu's threshold, with specks removed."""
    _, mask = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return cv2.medianBlur(mask, 3)


def remove_rules(mask: np.ndarray) -> np.ndarray:
    """The ink mask without long horizontal and vertical rules (table grids, underlines)."""
    h, w = mask.shape
    horiz = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(20, w // 12), 1)))
    vert = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(20, h // 25))))
    return cv2.subtract(mask, cv2.bitwise_or(horiz, vert))


def rotate(grey: np.ndarray, degrees: float) -> np.ndarray:
    """The image turned counter-clockwise by `degrees` about its centre, corners filled with paper white."""
    if abs(degrees) < 1e-3:
        return grey
    h, w = grey.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(grey, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def boxes_after_rotation(quads: np.ndarray, shape: tuple[int, ...], degrees: float) -> list[Line]:
    """Text boxes (quadrilaterals found on the image before `rotate(grey, degrees)`) as upright boxes of
    the rotated image: the detector's own quadrilaterals follow a tilted line, so the box stays tight."""
    h, w = shape[:2]
    if len(quads) == 0:
        return []
    points = np.asarray(quads, dtype=np.float64).reshape(-1, 2)
    if abs(degrees) >= 1e-3:
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
        points = points @ matrix[:, :2].T + matrix[:, 2]
    corners = points.reshape(-1, 4, 2)
    out = []
    for quad in corners:
        x0, y0 = quad.min(axis=0)
        x1, y1 = quad.max(axis=0)
        top, bottom = max(0, int(y0)), min(h, int(y1) + 1)
        left, right = max(0, int(x0)), min(w, int(x1) + 1)
        if bottom - top > 2 and right - left > 2:
            out.append(Line(top=top, bottom=bottom, left=left, right=right))
    return sorted(out, key=lambda ln: (ln.top, ln.left))


def turned_over(boxes: list[Line], shape: tuple[int, ...]) -> list[Line]:
    """Boxes of an image as they stand once it is turned 180°."""
    h, w = shape[:2]
    flipped = [Line(top=h - b.bottom, bottom=h - b.top, left=w - b.right, right=w - b.left) for b in boxes]
    return sorted(flipped, key=lambda ln: (ln.top, ln.left))


def quarter_turns(grey: np.ndarray, rotation: int) -> np.ndarray:
    """Turn by a multiple of 90° clockwise (the rotation that makes the page upright)."""
    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return grey if rotation % 360 == 0 else cv2.rotate(grey, codes[rotation % 360])


def _profile_sharpness(mask: np.ndarray, axis: int) -> float:
    profile = mask.sum(axis=axis, dtype=np.float64)
    mean = profile.mean()
    return float(profile.var() / (mean * mean)) if mean > 0 else 0.0


def estimate_skew(mask: np.ndarray, *, limit: float = 5.0) -> float:
    """Skew in degrees (counter-clockwise positive) that makes text rows sharpest: projection profile of
    the text marks, searched coarse (0.5°) then fine (0.25°) on a small copy; a few milliseconds per page."""
    h, w = mask.shape
    scale = min(1.0, 600 / max(h, w))
    small = text_marks(cv2.resize(mask, (max(1, int(w * scale)), max(1, int(h * scale))), interpolation=cv2.INTER_AREA))
    if not small.any():
        return 0.0
    sh, sw = small.shape

    def sharpness(angle: float) -> float:
        matrix = cv2.getRotationMatrix2D((sw / 2, sh / 2), angle, 1.0)
        turned = cv2.warpAffine(small, matrix, (sw, sh), flags=cv2.INTER_NEAREST, borderValue=0)
        return _profile_sharpness(turned, axis=1) * (1.0 - SKEW_LEAN * abs(angle))

    coarse = max(np.arange(-limit, limit + 0.25, 0.5), key=lambda a: sharpness(float(a)))
    fine = max(np.arange(coarse - 0.5, coarse + 0.55, 0.25), key=lambda a: sharpness(float(a)))
    return round(float(fine), 2)


def quad_skew(quads: np.ndarray) -> float | None:
    """Skew in degrees (as estimate_skew's: counter-clockwise positive) that levels the detector's own boxes: the
    median slope of the upper edges of its line-shaped quadrilaterals (at least QUAD_SKEW_LINES, each at least
    three times as long as tall). None when too few lines say. The profile search stops at its limit; a sheet
    photographed askew on a desk lies turned 4–20° (枣庄市中's tablet app, court_fx), and the detector follows it."""
    if len(quads) == 0:
        return None
    corners = np.asarray(quads, dtype=np.float64).reshape(-1, 4, 2)
    top = corners[:, 1] - corners[:, 0]
    side = corners[:, 3] - corners[:, 0]
    long = np.hypot(top[:, 0], top[:, 1])
    tall = np.hypot(side[:, 0], side[:, 1])
    lines = (long >= 3 * np.maximum(tall, 1.0)) & (top[:, 0] > 0)
    if int(lines.sum()) < QUAD_SKEW_LINES:
        return None
    angles = np.degrees(np.arctan2(top[lines, 1], top[lines, 0]))
    return round(float(np.median(angles)), 2)


QUAD_SKEW_LINES = 3


SKEW_LEAN = 0.02
"""A scan is more often nearly straight than turned 5°: each degree from level costs 2 % of an angle's
sharpness, so that on a page holding little (a signature page: a running head over a rule, a stamp set
askew, a signature) the head's angle wins over the stamp's when both are as sharp (court_g_01 p23). The
coarse search steps 0.5°: a long rule's peak is narrower than 1°."""


def is_sideways(mask: np.ndarray) -> bool:
    """True when text lines run vertically (a page scanned at 90° or 270°)."""
    h, w = mask.shape
    scale = min(1.0, 500 / max(h, w))
    small = cv2.resize(mask, (max(1, int(w * scale)), max(1, int(h * scale))), interpolation=cv2.INTER_AREA)
    rows, cols = _profile_sharpness(small, axis=1), _profile_sharpness(small, axis=0)
    return cols > 1.6 * rows and cols > 0.3


def drop_large_marks(mask: np.ndarray) -> np.ndarray:
    """The ink mask without connected marks taller than a large title character: seal rings, table
    grids, signatures' long strokes. A grey-scanned seal would otherwise fuse the court, title and case
    number lines into one block."""
    h, _ = mask.shape
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    drop = stats[:, cv2.CC_STAT_HEIGHT] > max(40, int(h * 0.05))
    return _without(mask, labels, drop) if drop[1:count].any() else mask


def text_marks(mask: np.ndarray) -> np.ndarray:
    """The ink mask without what is not a line of text: marks taller than a large title character (seals,
    table grids, signatures) and marks touching the image's edge (a dark binding edge, a scanner's black bed
    or lid around a turned sheet). Turned with the page, such a mark leaves the frame on one side and no
    longer on the other, and the rows' profile sharpens at an angle no line of text lies at. A mask holding
    nothing else is kept whole."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    drop = (stats[:, cv2.CC_STAT_HEIGHT] > max(8, int(mask.shape[0] * 0.05))) | _touching_edge(stats, mask.shape)
    return mask if drop[1:count].all() else _without(mask, labels, drop)


def _without(mask: np.ndarray, labels: np.ndarray, drop: np.ndarray) -> np.ndarray:
    """The mask with the connected marks flagged in `drop` (by label) cleared; the background stays clear."""
    drop = drop.copy()
    drop[0] = True
    return np.where(drop[labels], 0, mask).astype(np.uint8)


def row_runs(on: np.ndarray, start: int, end: int, max_gap: int = 2) -> list[tuple[int, int]]:
    """The spans [top, bottom) where `on` holds within [start, end), gaps of up to `max_gap` rows bridged."""
    runs: list[tuple[int, int]] = []
    y = start
    while y < end:
        if not on[y]:
            y += 1
            continue
        top, gap = y, 0
        while y < end and (on[y] or gap < max_gap):
            gap = 0 if on[y] else gap + 1
            y += 1
        runs.append((top, y - gap))
    return runs


def _merge_slivers(runs: list[tuple[int, int]], typical: float) -> list[tuple[int, int]]:
    """Join a thin run to the run just below it (the top strokes of a character cut off by a split)."""
    out: list[tuple[int, int]] = []
    for top, bottom in runs:
        if out and (out[-1][1] - out[-1][0] < 0.5 * typical) and top - out[-1][1] <= 6:
            out[-1] = (out[-1][0], bottom)
        else:
            out.append((top, bottom))
    return out


def text_lines(mask: np.ndarray, *, min_height: int = 6) -> list[Line]:
    """Text lines top to bottom, from the horizontal projection of the ink (rules and seals removed
    first). A block much taller than a line (lines fused by a seal's remains) is split again at a
    higher threshold: the seal's sparse ink falls below it, the text rows do not.

    A page-sized mask is searched at half size (a quarter of the pixels); boxes are in full size."""
    h, w = mask.shape
    if h > 1200 and w > 600:
        half = cv2.resize(mask, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
        half = np.where(half > 64, 255, 0).astype(np.uint8)
        return [Line(top=ln.top * 2, bottom=min(h, ln.bottom * 2), left=ln.left * 2, right=min(w, ln.right * 2))
                for ln in _find_lines(half, min_height=max(3, min_height // 2))]
    return _find_lines(mask, min_height=min_height)


def _find_lines(mask: np.ndarray, *, min_height: int) -> list[Line]:
    clean = drop_large_marks(remove_rules(mask))
    h, w = clean.shape
    counts = np.count_nonzero(clean, axis=1)
    base = max(2, int(w * 0.004))
    runs = row_runs(counts > base, 0, h)
    heights = [b - t for t, b in runs if b - t >= min_height]
    typical = float(np.median(heights)) if heights else 0.0
    spans: list[tuple[int, int]] = []
    for top, bottom in runs:
        if typical and bottom - top > 2.5 * typical:
            peak = int(counts[top:bottom].max())
            spans += _merge_slivers(row_runs(counts > max(base, int(peak * 0.12)), top, bottom, max_gap=1), typical)
        else:
            spans.append((top, bottom))
    lines: list[Line] = []
    for top, bottom in spans:
        if bottom - top < min_height:
            continue
        cols = np.flatnonzero(np.count_nonzero(clean[top:bottom], axis=0))
        if cols.size:
            lines.append(Line(top=top, bottom=bottom, left=int(cols[0]), right=int(cols[-1]) + 1))
    return [ln for ln in lines if ln.width >= ln.height * 0.6]


def crop_line(grey: np.ndarray, line: Line, *, pad: float = 0.25, max_ratio: float | None = None,
              tight: bool = False) -> np.ndarray:
    """The line's pixels with a little paper around it (recognisers want a margin); `max_ratio` keeps
    only the start of a long line (width at most that many line heights: about as many characters).
    `tight` trims the box itself above and below instead (TIGHT_TRIM of its height each side): where lines
    stand close (a phone's message, a crowded form), the detector's box reaches into its neighbours' ink."""
    h, w = grey.shape
    p = max(2, int(line.height * pad))
    right = line.right if max_ratio is None else min(line.right, line.left + int(max_ratio * line.height))
    rows = (line.top + int(line.height * TIGHT_TRIM), line.bottom - int(line.height * TIGHT_TRIM)) if tight \
        else (max(0, line.top - p), min(h, line.bottom + p))
    return grey[rows[0]:rows[1], max(0, line.left - p):min(w, right + p)]


TIGHT_TRIM = 0.15


LIFT_CLIP = 3.0
"""Contrast limit of the local equalisation that lifts faint print: enough to bring a washed-out cell's strokes
(grey 200–240 on paper 245) up to a recogniser's reach, not so much that paper grain becomes strokes."""


def lifted(crop: np.ndarray) -> np.ndarray:
    """A line's pixels with faint print lifted by local contrast equalisation along the line (CLAHE in tiles of the
    line's height): where a phone's flash washed a cell out, the few grey levels between its strokes and the paper
    are spread (paper grain with them — only for a row read again, never for the page)."""
    tiles = max(1, crop.shape[1] // max(1, crop.shape[0]))
    return cv2.createCLAHE(clipLimit=LIFT_CLIP, tileGridSize=(1, tiles)).apply(crop)


STRETCH_PERCENTILES = (0.2, 99.5)
"""The grey levels stretched to black and white by `stretched`: the darkest and the lightest few pixels left out."""


def stretched(grey: np.ndarray) -> np.ndarray:
    """The page's grey levels stretched to the full range: a reverse showing through too faintly for the detector (a
    few grey levels under the paper) stands out — only for a sheet that read as nothing, never for reading text."""
    low, high = np.percentile(grey, STRETCH_PERCENTILES)
    if high - low < 1:
        return grey
    out = (grey.astype(np.float32) - float(low)) * (255.0 / float(high - low))
    return np.clip(out, 0, 255).astype(np.uint8)


def even_paper(crop: np.ndarray) -> np.ndarray:
    """A line's pixels with the paper under them made even: a shadow's band or a fold's grey across a digit
    (格尔木's window frame over 执53406号) is divided out, the strokes kept. The paper is what is left when
    the ink is closed over (a square a quarter of the crop's height: wider than any stroke)."""
    side = max(9, crop.shape[0] // 4) | 1
    paper = cv2.morphologyEx(crop, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (side, side)))
    evened = crop.astype(np.float32) / np.maximum(paper.astype(np.float32), 1.0) * 255.0
    return np.clip(evened, 0, 255).astype(np.uint8)


def perceptual_hash(grey: np.ndarray) -> str:
    """64-bit perceptual hash (imagehash's pHash) of the page: the same sheet scanned twice differs in a
    few bits, two different pages in about half of them."""
    import imagehash

    small = cv2.resize(reduced(grey, HASH_SIDE), (128, 128), interpolation=cv2.INTER_AREA)
    return str(imagehash.phash(Image.fromarray(small, "L")))


HASH_SIDE = 256
"""The shorter side the page is shrunk to (by a whole factor) before it is hashed; a copy of that size serves the
thumbnail too."""


def reduced(grey: np.ndarray, least: int) -> np.ndarray:
    """The image shrunk by a whole factor, its shorter side still at least `least` pixels: a whole
    factor is averaged in one pass (~2 ms a page), where shrinking straight to an odd size took ~6."""
    h, w = grey.shape
    k = max(1, min(h, w) // least)
    if k == 1:
        return grey
    return cv2.resize(grey, (w // k, h // k), interpolation=cv2.INTER_AREA)


def thumbnail_png(grey: np.ndarray, *, width: int = 160) -> bytes:
    """A small PNG of the page as read (for reports); about 5–10 KB."""
    h, w = grey.shape
    height = max(1, round(h * width / max(1, w)))
    small = cv2.resize(reduced(grey, 2 * width), (width, height), interpolation=cv2.INTER_AREA)
    buf = io.BytesIO()
    Image.fromarray(small, "L").save(buf, "PNG")
    return buf.getvalue()


GUTTER_DARK = 0.6
"""A book's gutter, photographed: its columns are darker than this share of the paper even where they hold no ink
(their 80th percentile, GUTTER_PERCENTILE). A table's ruled line, a text column or a lamp's fall-off is not."""
GUTTER_PERCENTILE = 80
GUTTER_REACH = 0.4
"""How far in from a side of the image a gutter is looked for: the software that cut the spread missed the spine by
a strip of the facing page, never by half of it."""
FACING_PAPER = 0.7
FACING_LEAST = 0.015
"""Beyond the gutter, paper again (columns at least FACING_PAPER of the page's paper) at least this share of the
image wide: the facing page's strip. Dark surround alone beyond a dark band (a lid left open, the desk under a
document camera, a copier's binding edge) is no facing page, and nothing is cut."""


def _column_profile(small: np.ndarray) -> np.ndarray:
    """Each column's GUTTER_PERCENTILE grey level, lightly blurred: a line running down the page stays dark in it,
    text, which leaves paper between its lines, does not."""
    rows = small[::2]  # every other row: the gutter runs the page's height, and half the rows sort twice as fast
    k = (rows.shape[0] - 1) * GUTTER_PERCENTILE // 100
    profile = np.partition(rows, k, axis=0)[k].astype(np.float32)
    return cv2.GaussianBlur(profile.reshape(1, -1), (0, 0), 1.5).ravel()


def facing_page_cut(small: np.ndarray) -> tuple[int, int] | None:
    """The columns (x0, x1 in `small`'s pixels) that are the page itself when a book scanner's split left, beyond the
    dark gutter along its left or right side, a strip of the facing page (its line ends, a seal's rim): None when there
    is no such strip. Meant for the small copy of the blank test. A gutter runs down the page, along the spine; a dark
    band across it is something else (a portal's frame round a photo, a copier's lid)."""
    return _gutter(_column_profile(small))


SEAM_DARK = 0.85
"""A seam where two sheets laid side by side on one scan met, and the software that split the scan cut beside it
(泰安泰山, court_gy): the papers' edges cast a thin shadow, its columns lighter than a book's gutter (0.6–0.8 of the
paper) but darker than this share of it."""
SEAM_REACH = 0.15
"""How far in from a side of the image a seam is looked for: the neighbouring sheet's strip is 5–25 mm of 210."""


def seam_cut(small: np.ndarray) -> tuple[int, int] | None:
    """The columns (x0, x1 in `small`'s pixels) inside the innermost seam along the left or the right side beyond which
    paper shows again (a neighbouring sheet's strip), or None when there is none. Lighter than a gutter, a seam is
    also a table's ruled line or a frame's: only a sheet found blank inside it (stages.blank) is cut there."""
    profile = _column_profile(small)
    n = profile.size
    paper = float(np.median(profile))
    reach = int(n * SEAM_REACH)
    span = [0, n]
    for side in (0, 1):
        part = profile[:reach] if side == 0 else profile[::-1][:reach]
        dark = np.flatnonzero(part < SEAM_DARK * paper)
        if dark.size == 0 or (part[:dark[-1]] >= FACING_PAPER * paper).sum() < FACING_LEAST * n:
            continue
        if side == 0:
            span[0] = int(dark[-1]) + 1
        else:
            span[1] = n - int(dark[-1]) - 1
    return (span[0], span[1]) if span != [0, n] and span[1] - span[0] > n // 2 else None


def _gutter(profile: np.ndarray) -> tuple[int, int] | None:
    """The span of `profile` on the page's side of a gutter with the facing page's strip beyond it, or None."""
    n = profile.size
    paper = float(np.median(profile))
    reach = int(n * GUTTER_REACH)
    for side in (1, -1):
        part = profile[:reach] if side == 1 else profile[::-1][:reach]
        at = int(np.argmin(part))
        if part[at] >= GUTTER_DARK * paper:
            continue
        beyond, inside = part[:at], part[at:]
        if (beyond >= FACING_PAPER * paper).sum() < FACING_LEAST * n or inside.max() < FACING_PAPER * paper:
            continue
        return (at, n) if side == 1 else (0, n - at)
    return None
