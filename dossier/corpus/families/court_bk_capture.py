"""How court_bk's dossiers were captured: the undertaker's working copy, put on the bureau's A4 flatbed as it lay on the
desk. Yellow 便利贴 with a pencil or ballpoint reminder that names another paper ("缺送达地址确认书?", "报告财产令已送达 3/12")
sit over a margin or partly over the text, some near the head; coloured 索引标签 stick out of the right edge of a
document's first page with a word (申请, 判决, 回证…); the judge's red-ink 签批 ("同意", signature, date) runs across the
结案审批表 and some notices. Then the flatbed: 200–300 dpi colour, skew within ±3°, a sheet laid upside down now and then,
the lid's shadow along one edge, sensor noise, JPEG q 50–80. A note or tab never changes what a page is."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.draw import DPI, Sheet, mm
from dossier.corpus.fonts import font

NOTES: dict[str, list[str]] = {
    "enforcement_application": ["缺送达地址确认书?", "补充身份证复印件", "核对申请标的"],
    "enforcement_basis": ["见生效证明", "利息算至{d}", "判项二 已核"],
    "property_report_order": ["报告财产令已送达 {d}", "逾期未报告→罚款?"],
    "enforcement_notice": ["回证在后面", "已电话通知 {d}"],
    "service_receipt": ["见第{p}页判决书", "邮寄退回? 再送"],
    "payment_account_confirmation": ["账号核对 √", "与和解协议一致"],
    "closing_approval_form": ["附和解协议+回单", "结案前查控一次"],
    "identity_proof": ["补充身份证复印件", "执照年检?"],
    "settlement_agreement": ["分两期? 问申请人", "履行完毕 {d}"],
    "online_inquiry_result": ["不动产中心回函未到", "车管所 无车"],
    "": ["问执行费", "复印两份", "催回证", "见第{p}页"],
}
TABS = {"enforcement_application": "申请", "enforcement_basis": "判决", "service_receipt": "回证",
        "enforcement_ruling": "裁定", "termination_this_round_ruling": "裁定", "closing_approval_form": "结案",
        "enforcement_notice": "通知", "settlement_agreement": "和解", "payment_voucher": "回单",
        "investigation_record": "笔录", "effectiveness_certificate": "生效", "power_of_attorney": "委托"}
TAB_COLOURS = [(250, 120, 140), (120, 190, 250), (140, 220, 120), (250, 190, 80), (200, 150, 240)]
SIGNED = ("enforcement_notice", "property_report_order", "assistance_notice", "enforcement_ruling",
          "termination_this_round_ruling", "closing_notice")
TAB_W = mm(13)  # how far a tab sticks out beyond the sheet's right edge


@dataclass
class Note:
    text: str
    x: float            # fraction of the page width
    y: float            # fraction of the page height
    angle: float
    ink: tuple[int, int, int]


@dataclass
class KCapture:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    notes: list[Note] = field(default_factory=list)
    tab: str = ""               # the index tab's word ("" = none)
    tab_y: float = 0.0          # its place down the right edge (fraction)
    tab_colour: tuple[int, int, int] = (250, 190, 80)
    signoff: bool = False       # the judge's red 签批
    shadow: str = ""            # the lid's shadow: "left" | "top" | ""
    blur: float = 0.0
    noise: float = 2.0


def _note_text(code: str, sheet: Sheet, rng: random.Random) -> str:
    day: date = getattr(sheet, "bk_day", date(2024, 3, 12))
    text = rng.choice(NOTES.get(code) or NOTES[""])
    return text.format(d=f"{day.month}/{day.day}", p=getattr(sheet, "bk_page", 5))


def plan_capture(rng: random.Random, sheet: Sheet) -> KCapture:
    """What the desk and the flatbed do to one sheet."""
    code = str(getattr(sheet, "bk_code", ""))
    first = bool(getattr(sheet, "bk_first", True))
    notes = []
    ours = hasattr(sheet, "bk_code")  # a scanned blank back (the build's) stays blank: nothing stuck on it
    if not ours:
        pass
    elif rng.random() < 0.35 or (code in NOTES and rng.random() < 0.5):
        for _ in range(1 if rng.random() < 0.8 else 2):
            spot = rng.choice(["margin", "margin", "over", "top"])
            x = rng.uniform(0.72, 0.8) if spot != "top" else rng.choice([rng.uniform(0.02, 0.1), rng.uniform(0.74, 0.8)])
            y = rng.uniform(0.0, 0.03) if spot == "top" else rng.uniform(0.25, 0.8)  # the title stays in sight
            if spot == "over":
                x = rng.uniform(0.55, 0.7)
            notes.append(Note(_note_text(code, sheet, rng), x, y, rng.uniform(-6, 6),
                              rng.choice([(60, 60, 65), (30, 50, 150), (20, 20, 25)])))
    tab = TABS.get(code, "") if ours and first and rng.random() < 0.6 else ""
    signoff = first and (code == "closing_approval_form" or (code in SIGNED and rng.random() < 0.45))
    return KCapture(dpi=rng.choice([200, 240, 300]), rotation=180 if rng.random() < 0.08 else 0, photo=False,
                    skew=rng.uniform(-3, 3) if rng.random() < 0.3 else rng.uniform(-1.2, 1.2),
                    quality=rng.randint(50, 80), notes=notes, tab=tab, tab_y=rng.uniform(0.12, 0.7),
                    tab_colour=rng.choice(TAB_COLOURS), signoff=signoff,
                    shadow=rng.choice(["", "", "left", "top"]), blur=rng.choice([0.0, 0.0, 0.6, 0.9]),
                    noise=rng.uniform(1.5, 4.0))


def _hand_layer(text: str, size: int, ink: tuple[int, int, int], rng: random.Random,
                bg: tuple[int, int, int, int] = (0, 0, 0, 0), pad: int = 10) -> Image.Image:
    """A short handwritten line on a transparent (or coloured) ground, not recorded as page text."""
    f = font("kai", size)
    w = int(sum(f.getlength(ch) for ch in text) * 1.1) + 2 * pad
    im = Image.new("RGBA", (w, size + 2 * pad + 10), bg)
    d = ImageDraw.Draw(im)
    x = pad
    for ch in text:
        d.text((x, pad + rng.uniform(-3, 3)), ch, font=f, fill=(*ink, 235))
        x += int(f.getlength(ch) * rng.uniform(0.95, 1.08))
    return im


def _sticky(page: Image.Image, note: Note, rng: random.Random) -> None:
    w, h = page.size
    nw, nh = mm(50), mm(38)
    pad = Image.new("RGBA", (nw, nh), (252, 236, 120, 255))
    ImageDraw.Draw(pad).rectangle((0, 0, nw - 1, mm(6)), fill=(246, 226, 100, 255))  # the glued strip
    words = note.text
    lines = [words[i:i + 7] for i in range(0, len(words), 7)][:3]
    for k, part in enumerate(lines):
        layer = _hand_layer(part, mm(6.5), note.ink, rng)
        pad.alpha_composite(layer, (mm(3), mm(8) + k * mm(9)))
    pad = pad.rotate(note.angle, resample=Image.Resampling.BICUBIC, expand=True)
    x, y = int(note.x * w), int(note.y * h)
    x = min(x, w - pad.width)
    shadow = Image.new("RGBA", pad.size, (0, 0, 0, 0))
    shadow.putalpha(pad.getchannel("A").point(lambda v: v // 5))
    page.alpha_composite(shadow, (x + 6, y + 8))
    page.alpha_composite(pad, (x, y))


def _signoff(page: Image.Image, sheet: Sheet, rng: random.Random) -> None:
    """The judge's red-ink 签批 across the lower half: 同意, his name, the date."""
    w, h = page.size
    day: date = getattr(sheet, "bk_day", date(2024, 3, 12))
    judge = str(getattr(sheet, "bk_judge", "王伟"))
    red = (200 + rng.randint(-20, 20), 25, 35)
    for k, text in enumerate(["同意", judge, f"{day.year}.{day.month}.{day.day}"]):
        layer = _hand_layer(text, mm(13 if k == 0 else 8), red, rng)
        layer = layer.rotate(rng.uniform(8, 18), resample=Image.Resampling.BICUBIC, expand=True)
        page.alpha_composite(layer, (int(w * rng.uniform(0.3, 0.45)) + k * mm(12), int(h * 0.55) + k * mm(16)))


def _tab(page: Image.Image, cap: KCapture, rng: random.Random) -> Image.Image:
    """Widen the scan to the right and stick a coloured tab out of the sheet's edge."""
    w, h = page.size
    out = Image.new("RGBA", (w + TAB_W, h), (236, 236, 232, 255))
    out.alpha_composite(page, (0, 0))
    y0 = int(cap.tab_y * h)
    th = mm(34)
    tab = Image.new("RGBA", (mm(22), th), (*cap.tab_colour, 235))
    d = ImageDraw.Draw(tab)
    f = font("kai", mm(6.5))
    for i, ch in enumerate(cap.tab[:3]):
        d.text((mm(10), mm(4) + i * mm(8.5)), ch, font=f, fill=(20, 20, 30, 255))
    out.alpha_composite(tab, (w + TAB_W - mm(22), y0))
    return out


def capture(sheet: Sheet, cap: KCapture, rng: random.Random) -> bytes:
    """The working copy as the flatbed saw it."""
    page = sheet.image.convert("RGBA")
    for note in cap.notes:
        _sticky(page, note, rng)
    if cap.signoff:
        base = page.convert("RGB")
        ink = Image.new("RGBA", page.size, (255, 255, 255, 0))
        _signoff(ink, sheet, rng)
        white = Image.new("RGB", page.size, (255, 255, 255))
        white.paste(ink.convert("RGB"), (0, 0), ink.getchannel("A"))
        page = ImageChops.multiply(base, white).convert("RGBA")  # red ink over black text: both stay
    if cap.tab:
        page = _tab(page, cap, rng)
    a: Any = np.asarray(page.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    if cap.shadow:
        n = w if cap.shadow == "left" else h
        ramp = np.clip(1.0 - np.arange(n, dtype=np.float32) / (n * 0.035), 0, 1) ** 2 * 90
        a = a - (ramp[None, :, None] if cap.shadow == "left" else ramp[:, None, None])
    if cap.blur:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    a = a * 0.97 + 4 + np.random.default_rng(rng.randint(0, 2**31)).normal(0, cap.noise, a.shape)
    img = np.clip(a, 0, 255).astype(np.uint8)
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(238, 238, 234))
    if cap.rotation == 180:
        img = img[::-1, ::-1]
    out = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(img)).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
