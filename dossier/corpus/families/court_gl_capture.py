"""How court_gl's volumes were captured: sheet by sheet on the 月湖 bureau's colour flatbed (white lid), 200, 240 or 300
dpi, saved as JPEG at quality 50–85 — and what the flatbed's lamp shows of the paper.

The bureau ran out of white paper for months and printed many of its own papers on the reuse tray's sheets (单面废纸
再利用): the blank backs of old drafts, statistics printouts, training slides and duty rosters. On the glass the lamp
lights the sheet from the front, but the thin 70 g paper lets the old print on its back through: faintly, softened by
the paper's fibres, mirrored left to right — and where the old sheet had gone into the printer the other way up, also
turned 180° against the page's own text (seen through, that is flipped top to bottom). It is always clearly fainter
than the page's own print; a clerk reads the front without trouble and the old text only as a grey haze behind it.
Other papers of the bureau went out on pale coloured copy paper (light yellow, pink, blue, green), which the colour
scan keeps; everything the parties, lawyers, banks, the arbitration commission and the other courts sent is on plain
white paper with nothing behind it. Then the flatbed itself: the sheet laid a little crooked (within about ±1.2°) with
the lid's white in the corners it leaves, the lamp a shade weaker at one side, a warm or cool cast, sensor noise, a
slight softness; now and then a page laid on the glass upside down (stored turned 180°); a few pages saved grey."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps

from dossier.corpus.content import person_name
from dossier.corpus.draw import DPI, Sheet, mm, wrap
from dossier.corpus.families.court_gl_kit import Reverse, reverse_of
from dossier.corpus.fonts import font

LID = (249, 249, 246)
MAX_THROUGH = 0.2
"""the most the old reverse darkens the paper (a fraction of its own ink's darkness): well below the front's print"""


@dataclass(frozen=True)
class FlatbedScan:
    dpi: int
    rotation: int            # 0, or 180 when laid on the glass upside down
    photo: bool
    grey: bool
    skew: float              # degrees
    quality: int
    through: float           # how strongly the reverse shows (0: nothing on the back)
    soften: float            # the paper's diffusion of the reverse, px at the drawing's 200 dpi
    offset: tuple[int, int]  # where the reverse sits against the front, px
    lamp: float              # brightness lost toward the weak side
    lamp_left: bool
    cast: tuple[float, float, float]
    noise: float
    blur: float


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatbedScan:
    back = reverse_of(sheet)
    return FlatbedScan(
        dpi=rng.choice([200, 200, 240, 300]), rotation=180 if rng.random() < 0.035 else 0, photo=False,
        grey=rng.random() < 0.12, skew=rng.uniform(-1.2, 1.2) if rng.random() < 0.8 else 0.0,
        quality=rng.randint(50, 85), through=rng.uniform(0.08, MAX_THROUGH) if back else 0.0,
        soften=rng.uniform(2.0, 3.8), offset=(rng.randint(-30, 30), rng.randint(-40, 40)),
        lamp=rng.uniform(0.0, 0.05), lamp_left=rng.random() < 0.5,
        cast=(rng.uniform(0.97, 1.0), rng.uniform(0.97, 1.0), rng.uniform(0.94, 1.0)), noise=rng.uniform(1.5, 4.0),
        blur=rng.uniform(0.3, 0.8))


SUBJECTS = ["关于进一步规范执行案款管理工作的通知", "关于开展涉民生案件专项执行行动的实施方案", "执行局2022年度工作总结",
            "关于加强执行信访化解工作的意见", "执行指挥中心工作规则（修改稿）", "关于做好节假日期间值班工作的通知"]
PHRASES = ["为深入贯彻落实上级法院关于切实解决执行难的工作部署", "进一步提升执行工作规范化水平", "各执行团队要高度重视",
           "严格落实案款到账即通知制度", "对超期未发放的案款逐案清理", "确保当事人合法权益及时兑现", "加强对执行节点的监控",
           "实行周通报、月考评", "对群众反映强烈的问题及时回应", "强化执行公开", "全面推行执行事务集约化管理",
           "各部门要明确责任人", "严格执行请示报告制度", "认真做好台账登记", "按时报送统计数据", "确保各项工作落到实处"]
SLIDES = [("执行规范化建设培训", ["一、执行立案审查要点", "二、财产调查的方式和期限", "三、终本案件的实质要件", "四、卷宗归档要求"]),
          ("网络查控系统操作", ["1. 总对总查询的发起", "2. 点对点查询的范围", "3. 冻结与续冻", "4. 查询结果的打印与附卷"]),
          ("案款管理", ["· 一案一账号", "· 到账即通知", "· 发放审批流程", "· 超期预警"]),
          ("执行信访工作", ["· 首接负责", "· 限期答复", "· 疑难案件会商", "· 回访记录"])]


def draw_back(back: Reverse, size: tuple[int, int]) -> Image.Image:
    """The old printout on the reused sheet's other side, as it was printed (grey L image, paper 255)."""
    rng = random.Random(back.seed)
    img = Image.new("L", size, 255)
    d = ImageDraw.Draw(img)
    w, h = size
    left, top = mm(rng.uniform(22, 32)), mm(rng.uniform(22, 34))
    ink = rng.randint(10, 60)
    if back.kind == "draft":
        title = rng.choice(SUBJECTS) + rng.choice(["（征求意见稿）", "（草稿）", ""])
        tf = font("sans_bold", 52)
        d.text(((w - tf.getlength(title)) / 2, top), title, font=tf, fill=ink)
        f = font("serif", 40)
        y = top + 130
        while y < h - mm(40):
            text = "，".join(rng.choice(PHRASES) for _ in range(rng.randint(3, 7))) + "。"
            for k, part in enumerate(wrap(text, f, w - 2 * left, indent=80)):
                if y > h - mm(40):
                    break
                d.text((left + (80 if k == 0 else 0), y), part, font=f, fill=ink)
                if rng.random() < 0.06:  # an editor's strike-through
                    d.line((left, y + 24, left + f.getlength(part) * rng.uniform(0.3, 0.9), y + 24), fill=ink, width=3)
                y += 66
            y += 10
    elif back.kind == "table":
        title = f"{rng.choice(['2021', '2022'])}年第{rng.choice('一二三四')}季度执行案件结收案情况统计表"
        tf = font("sans_bold", 46)
        d.text(((w - tf.getlength(title)) / 2, top), title, font=tf, fill=ink)
        heads = ["团队", "旧存", "新收", "结案", "执行完毕", "终本", "到位金额（万元）", "结案率"]
        cols = [mm(26)] + [mm(17)] * 5 + [mm(30), mm(18)]
        f = font("sans", 28)
        y = top + mm(16)
        for r in range(rng.randint(14, 22)):
            x = left - mm(8)
            row = heads if r == 0 else [f"执行{'一二三四五六七八九'[r % 9]}组"] + [str(rng.randint(3, 160)) for _ in range(5)] + \
                [f"{rng.uniform(10, 900):.1f}", f"{rng.uniform(40, 99):.1f}%"]
            for cw, cell in zip(cols, row, strict=True):
                d.rectangle((x, y, x + cw, y + mm(10)), outline=ink, width=2)
                d.text((x + 8, y + 14), cell, font=f, fill=ink)
                x += cw
            y += mm(10)
    elif back.kind == "slides":
        for k in range(2):
            y0 = top + k * (h - 2 * top) / 2
            d.rectangle((left, y0, w - left, y0 + (h - 2 * top) / 2 - mm(12)), outline=ink, width=3)
            title, bullets = rng.choice(SLIDES)
            d.text((left + mm(10), y0 + mm(10)), title, font=font("sans_bold", 58), fill=ink)
            for j, b in enumerate(bullets):
                d.text((left + mm(16), y0 + mm(32) + j * mm(16)), b, font=font("sans", 44), fill=ink)
            d.text((w - left - mm(30), y0 + (h - 2 * top) / 2 - mm(24)), f"— {rng.randint(2, 40)} —", font=font("sans", 28),
                   fill=ink)
    else:
        title = f"执行局{rng.choice(['春节', '国庆', '五一', '周末'])}值班安排表"
        tf = font("hei", 50)
        d.text(((w - tf.getlength(title)) / 2, top), title, font=tf, fill=ink)
        f = font("serif", 34)
        y = top + mm(18)
        for r in range(rng.randint(10, 16)):
            row = ["日期", "带班领导", "值班干警", "联系电话"] if r == 0 else \
                [f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", person_name(rng), f"{person_name(rng)}、{person_name(rng)}",
                 f"1{rng.randint(3, 8)}{rng.randint(100000000, 999999999)}"]
            x = left - mm(6)
            for cw, cell in zip([mm(32), mm(32), mm(56), mm(40)], row, strict=True):
                d.rectangle((x, y, x + cw, y + mm(13)), outline=ink, width=2)
                d.text((x + 10, y + 20), cell, font=f, fill=ink)
                x += cw
            y += mm(13)
    return img


def _show_through(page: Any, back: Reverse, cap: FlatbedScan) -> Any:
    """The page (float RGB at 200 dpi) with its reverse showing through: mirrored, turned if it was, softened, faint."""
    h, w = page.shape[:2]
    seen = ImageOps.mirror(draw_back(back, (w, h)))
    if back.turned:
        seen = seen.rotate(180)
    seen = seen.filter(ImageFilter.GaussianBlur(cap.soften))
    dx, dy = cap.offset
    seen = seen.transform(seen.size, Image.Transform.AFFINE, (1, 0, -dx, 0, 1, -dy), fillcolor=255)
    ink = 1.0 - np.asarray(seen, dtype=np.float32) / 255.0
    return page * (1.0 - cap.through * ink)[..., None]


def capture(sheet: Sheet, cap: FlatbedScan, rng: random.Random) -> bytes:
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    back = reverse_of(sheet)
    if back is not None and cap.through > 0:
        page = _show_through(page, back, cap)
    h0, w0 = page.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(page, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else page
    ramp = np.linspace(1.0, 1.0 - cap.lamp, w, dtype=np.float32)
    img = img * (ramp if cap.lamp_left else ramp[::-1])[None, :, None]
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=LID)
    if cap.blur > 0.05:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur * cap.dpi / 200)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = img * np.array(cap.cast, np.float32) + gen.normal(0, cap.noise, img.shape[:2])[..., None]
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    if cap.rotation:
        out = out.rotate(cap.rotation, expand=True)
    if cap.grey:
        out = out.convert("L")
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
