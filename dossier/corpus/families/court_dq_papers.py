"""What 樊城法院执行局 receives, each in its maker's hand: banks' and the vehicle registry's replies on 24-pin dot-matrix
printers (continuous tractor-feed paper, sprocket strips, perforations, a tired ribbon); judgments of 襄阳 courts and
awards of 襄阳仲裁委员会 in their own typesetting; the lawyers' typed applications, letters and authorisations;
photocopies of identity cards, business licences and practising certificates; the parties' settlement."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, num_date
from dossier.corpus.draw import RED, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_dq_kit import fingerprint
from dossier.corpus.fonts import Font, font

# ---------------------------------------------------------------- 24-pin dot-matrix on continuous paper

FEED = (mm(241), mm(280))  # 9.5 in wide continuous stationery, 11 in form length


def _dots(text: str, cell: int, pitch: int, rng: random.Random) -> np.ndarray:
    """A line of text as a 24-pin head prints it: the glyphs sampled on a coarse dot grid, each dot a soft
    round mark `pitch` px apart. Returns an alpha array (0 paper … 1 ink)."""
    f = font("wenkai_mono" if cell < 18 else "sans", cell)
    w = int(f.getlength(text)) + 4
    g = Image.new("L", (max(w, 4), cell + 6), 0)
    ImageDraw.Draw(g).text((1, 1), text, font=f, fill=255)
    grid = (np.asarray(g, dtype=np.float32) > 110).astype(np.float32)
    yy, xx = np.mgrid[0:pitch, 0:pitch].astype(np.float32)
    r = pitch * 0.5
    dot = np.clip(1.25 - np.hypot(yy - r + 0.5, xx - r + 0.5) / r, 0, 1)
    return np.kron(grid, dot)


class Feed:
    """One form length of tractor-feed paper being printed line by line."""

    def __init__(self, rng: random.Random, *, ribbon: float | None = None) -> None:
        self.rng = rng
        self.sheet = Sheet(size=FEED, paper=(250, 250, 246))
        self.alpha = np.zeros((FEED[1], FEED[0]), dtype=np.float32)
        self.ribbon = ribbon if ribbon is not None else rng.uniform(0.55, 0.85)
        self.x0 = mm(22)
        self.y = float(mm(16))
        self.pitch = 2

    def put(self, x: float, y: float, text: str, *, big: bool = False) -> None:
        if not text.strip():
            return
        self.sheet.lines.append(text.strip())
        cell = 22 if big else 18
        a = _dots(text, cell, self.pitch, self.rng)
        x, y = int(x), int(y)
        h, w = a.shape
        h, w = min(h, FEED[1] - y), min(w, FEED[0] - x - mm(16))
        if h <= 0 or w <= 0:
            return
        self.alpha[y:y + h, x:x + w] = np.maximum(self.alpha[y:y + h, x:x + w], a[:h, :w])

    def line(self, text: str = "", *, big: bool = False, col: int = 0) -> None:
        self.put(self.x0 + col * mm(2.54), self.y, text, big=big)
        self.y += mm(7.2) if not big else mm(9.5)

    def rule(self, ch: str = "-") -> None:
        self.put(self.x0, self.y, ch * 84)
        self.y += mm(5)

    def finish(self) -> Sheet:
        s = self.sheet
        h, w = self.alpha.shape
        rng = self.rng
        rows = np.flatnonzero(self.alpha.max(axis=1) > 0)
        if len(rows):
            y0, y1 = int(rows[0]), int(rows[-1]) + 1
            cols = np.flatnonzero(self.alpha[y0:y1].max(axis=0) > 0)
            x0, x1 = int(cols[0]), int(cols[-1]) + 1
            # the ribbon: faded overall, lighter bands where it was worn, a streak where the pins missed a row
            t = np.linspace(0, rng.uniform(5, 11), h, dtype=np.float32)[y0:y1, None]
            bands = self.ribbon * (0.82 + 0.18 * np.sin(t))
            miss = np.ones((y1 - y0, 1), dtype=np.float32)
            for _ in range(rng.randint(1, 3)):
                r = rng.randint(0, max(0, y1 - y0 - 3))
                miss[r:r + 2] = rng.uniform(0.35, 0.6)
            a = self.alpha[y0:y1, x0:x1] * bands * miss
            full = np.asarray(s.image, dtype=np.uint8).copy()
            base = full[y0:y1, x0:x1].astype(np.float32)
            ink = np.array((38, 36, 48), dtype=np.float32)
            full[y0:y1, x0:x1] = np.clip(base * (1 - a[..., None]) + ink * a[..., None], 0, 255).astype(np.uint8)
            s.image = Image.fromarray(full)
        d = s.draw
        for side in (mm(6.3), w - mm(6.3)):  # sprocket holes every half inch; the scanner lid shows through
            for k in range(int(h / mm(12.7)) + 1):
                cy = mm(6.3) + k * mm(12.7)
                d.ellipse((side - mm(2), cy - mm(2), side + mm(2), cy + mm(2)), fill=(236, 236, 236), outline=(170, 170, 170))
        for px in (mm(13), w - mm(13)):  # the micro-perforations that tear off the strips
            for yy in range(0, h, 9):
                d.line((px, yy, px, yy + 4), fill=(190, 190, 190), width=1)
        for xx in range(0, w, 9):
            d.line((xx, 3, xx + 4, 3), fill=(185, 185, 185), width=1)
            d.line((xx, h - 4, xx + 4, h - 4), fill=(185, 185, 185), width=1)
        return s


def bank_reply(c: CaseCtx, rng: random.Random, rows: Sequence[tuple[str, str, str, str]], *, bank: str, day: date,
               title: str) -> Sheet:
    p = Feed(rng)
    p.line(f"{bank}", big=True, col=18)
    p.line(title, big=True, col=20)
    p.line(f"打印日期:{day:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
           f"   柜员号:{rng.randint(100000, 999999)}   页号:0001")
    p.rule("=")
    p.line(f"协查单位:{c.court.name}   文书号:{c.number}")
    p.line(f"被查询人:{c.respondent.name}")
    p.line(f"证件号码:{c.respondent.id_number}")
    p.rule()
    p.line("序号 账号                    账户性质   币种      余额(元)   状态")
    p.rule()
    for k, (acct, kind, bal, state) in enumerate(rows, 1):
        p.line(f"{k:>3}  {acct:<22}  {kind:<6}  人民币  {bal:>12}   {state}")
    p.rule()
    p.line(f"合计记录数:{len(rows)}")
    p.line("备注:以上信息依据本行业务系统截至查询时点的记录打印,仅供法院执行使用。")
    p.y += mm(6)
    p.line(f"经办:{person_short(rng)}     复核:{person_short(rng)}")
    s = p.finish()
    seal(s, s.width - mm(70), p.y - mm(8), f"{bank}业务专用章", rng, radius=mm(17))
    return s


def person_short(rng: random.Random) -> str:
    return rng.choice("王李张刘陈杨黄赵吴周徐孙胡朱") + rng.choice(["红", "军", "丽", "平", "琳", "涛", "敏", "勇"])


def vehicle_reply(c: CaseCtx, rng: random.Random, day: date, vehicles: Sequence[tuple[str, str, str, str]]) -> Sheet:
    p = Feed(rng)
    p.line("襄阳市公安局交通警察支队车辆管理所", big=True, col=14)
    p.line("机动车信息查询结果单", big=True, col=22)
    p.line(f"查询时间:{day:%Y-%m-%d}  操作员:{rng.randint(4206, 4206)}{rng.randint(10000, 99999)}  查询依据:{c.number}")
    p.rule("=")
    p.line(f"机动车所有人:{c.respondent.name}")
    p.line(f"身份证明号码:{c.respondent.id_number}")
    p.rule()
    if not vehicles:
        p.line("查询结果:未查询到以上述所有人登记的机动车。")
    for k, (plate, model, state, note) in enumerate(vehicles, 1):
        p.line(f"[{k}] 号牌号码:{plate}    号牌种类:大型汽车")
        p.line(f"    车辆型号:{model}")
        p.line(f"    机动车状态:{state}")
        p.line(f"    抵押/查封:{note}")
        p.rule()
    p.line("本结果单仅反映查询时点登记信息。")
    s = p.finish()
    seal(s, s.width - mm(78), p.y + mm(4), "襄阳市公安局交通警察支队车辆管理所", rng, radius=mm(18))
    return s


def transfer_slip(c: CaseCtx, rng: random.Random, *, bank: str, day: date, payer: str, payer_acct: str,
                  payee: Party, payee_acct: str, payee_bank: str, purpose: str) -> Sheet:
    """A bank's 客户回单 out of the counter's dot-matrix printer, on half a form length of continuous paper."""
    p = Feed(rng)
    p.line(f"{bank}  客户回单（转账）", big=True, col=14)
    p.line(f"交易日期:{day:%Y%m%d}   交易流水号:{rng.randint(10**11, 10**12 - 1)}   回单编号:{rng.randint(10**7, 10**8 - 1)}")
    p.rule("=")
    p.line(f"付款人户名:{payer}")
    p.line(f"付款人账号:{payer_acct}")
    p.line(f"收款人户名:{payee.name}")
    p.line(f"收款人账号:{payee_acct}")
    p.line(f"收款人开户行:{payee_bank}")
    p.rule()
    p.line(f"金额(小写):CNY{c.amount:,.2f}")
    p.line(f"金额(大写):{money(c.amount).split('大写：')[1].rstrip('）')}")
    p.line(f"用途:{purpose}")
    p.line(f"附言:{c.number}案款")
    p.rule()
    p.line(f"记账柜员:{rng.randint(100000, 999999)}   授权柜员:{rng.randint(100000, 999999)}   打印次数:1")
    s = p.finish()
    seal(s, s.width - mm(64), p.y - mm(14), f"{bank}转讫", rng, radius=mm(15))
    return s


# ---------------------------------------------------------------- typeset papers of other bodies


def typeset(blocks: Sequence[tuple[str, str]], f: Font, *, lh: float, left: float, right: float, top: float,
            head: Sheet, bottom: float = mm(30), footer: str = "") -> tuple[list[Sheet], float]:
    """Blocks set down sheets of another body's paper: p paragraph (two-character indent), c centred, r right,
    t flush. Footers ("第 n 页") are set afterwards."""
    pages = [head]
    s, y = head, top
    for kind, text in blocks:
        width = s.width - left - right
        parts = wrap(text, f, width, indent=f.size * 2 if kind == "p" else 0) if kind in "pt" else [text]
        for k, part in enumerate(parts):
            if y + lh > s.height - bottom:
                s = Sheet()
                pages.append(s)
                y = mm(28)
            if kind == "c":
                s.centred(y, part, f)
            elif kind == "r":
                s.right(s.width - right, y, part, f)
            else:
                s.text(left + (f.size * 2 if kind == "p" and k == 0 else 0), y, part, f)
            y += lh
    if footer and len(pages) > 1:
        for i, p in enumerate(pages, 1):
            p.centred(p.height - mm(18), footer.format(i=i, n=len(pages)), f)
            if i > 1:
                p.page_of = (i, len(pages))
    return pages, y


def judgment(c: CaseCtx, rng: random.Random, *, court: str, title: str, blocks: Sequence[tuple[str, str]],
             judges: Sequence[tuple[str, str]], day: date) -> list[Sheet]:
    """A 襄阳 court's judgment: the court line in 宋 bold, title letter-spaced, number right; the body in Noto Serif,
    the bench's names right and the date in figures of Chinese numerals under the seal."""
    head = Sheet()
    head.centred(mm(30), court, font("serif_bold", mm(8)))
    head.centred(mm(44), title, font("serif_bold", mm(10)), spacing=mm(4))
    head.right(head.width - mm(26), mm(62), c.basis_number, font("serif", mm(5)))
    f = font("serif", mm(5))
    pages, y = typeset(blocks, f, lh=mm(8.6), left=mm(26), right=mm(26), top=mm(74), head=head)
    s = pages[-1]
    if y > s.height - mm(95):
        s = Sheet()
        pages.append(s)
        y = mm(30)
    y += mm(8)
    for role, name in judges:
        s.text(s.width - mm(92), y, role, f, spacing=mm(2))
        s.text(s.width - mm(52), y, name, f)
        y += mm(9)
    s.right(s.width - mm(30), y + mm(2), cn_date(day), f)
    seal(s, s.width - mm(58), y - mm(6), court, rng, radius=mm(20))
    s.text(mm(28), y + mm(4), "本件与原本核对无异", font("serif", mm(4.4)))
    y += mm(14)
    s.text(s.width - mm(92), y, "书  记  员", f)
    s.text(s.width - mm(52), y, c.extra["trial_clerk"], f)
    n = len(pages)
    for i, p in enumerate(pages, 1):
        if n > 1:
            p.centred(p.height - mm(18), f"第{i}页 共{n}页", f)
        if i > 1:
            p.page_of = (i, n)
    return pages


def firm_head(s: Sheet, firm: str, *, y: float = mm(20)) -> float:
    s.centred(y, firm, font("hei", mm(8.4)), fill=RED, spacing=mm(0.8))
    s.line(mm(20), y + mm(14), s.width - mm(20), y + mm(14), width=5, fill=RED)
    s.line(mm(20), y + mm(15.6), s.width - mm(20), y + mm(15.6), width=2, fill=RED)
    return y + mm(26)


def lawyer_typed(title: str, blocks: Sequence[tuple[str, str]], *, head: Sheet | None = None,
                 top: float = mm(30)) -> tuple[list[Sheet], float]:
    """A lawyer's Word document: 微软雅黑-like sans body, bold title, generous line height."""
    s = head or Sheet()
    s.centred(top, title, font("sans_bold", mm(8)), spacing=mm(1))
    f = font("microhei", mm(4.9))
    return typeset(blocks, f, lh=mm(9), left=mm(25), right=mm(22), top=top + mm(18), head=s, footer="{i}/{n}")


# ---------------------------------------------------------------- photocopies of cards and certificates


def _copy_grey(s: Sheet, box: tuple[float, float, float, float], tone: int) -> None:
    d = s.draw
    x0, y0, x1, y1 = box
    d.rounded_rectangle(box, radius=mm(3.5), fill=(tone, tone, tone), outline=(90, 90, 90), width=3)
    for k in range(30):  # the copier's halftone of the card's guilloche
        yy = y0 + (y1 - y0) * k / 30
        d.line((x0 + mm(2), yy, x1 - mm(2), yy + mm(3)), fill=(tone - 14, tone - 14, tone - 14), width=1)


def id_card_copy(p: Party, rng: random.Random, *, authority: str, valid: str, note: str = "") -> Sheet:
    """Both faces of a resident identity card copied onto one A4 sheet, the holder's 此复印件仅供… note in pen."""
    s = Sheet()
    w, h = mm(85.6) * 1.25, mm(54) * 1.25
    x0 = (s.width - w) / 2
    fy, by = mm(40), mm(40) + h + mm(24)
    _copy_grey(s, (x0, fy, x0 + w, fy + h), 214)
    _copy_grey(s, (x0, by, x0 + w, by + h), 218)
    lab = font("hei", mm(3.6))
    val = font("hei", mm(4.4))
    born = p.born or date(1980, 1, 1)
    rows = [("姓名", p.name), ("性别", f"{p.sex}    民族  汉"), ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日")]
    y = fy + mm(8)
    for k, v in rows:
        s.text(x0 + mm(7), y, k, lab, fill=(70, 70, 70))
        s.text(x0 + mm(21), y - mm(0.6), v, val)
        y += mm(10)
    s.text(x0 + mm(7), y, "住址", lab, fill=(70, 70, 70))
    for part in wrap(p.address, val, w * 0.55):
        s.text(x0 + mm(21), y - mm(0.6), part, val)
        y += mm(6.5)
    s.text(x0 + mm(7), fy + h - mm(12), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x0 + mm(33), fy + h - mm(12.6), p.id_number, font("sans", mm(5.2)))
    s.draw.rectangle((x0 + w - mm(33), fy + mm(9), x0 + w - mm(7), fy + mm(44)), fill=(150, 150, 150))
    s.centred(by + mm(14), "中华人民共和国", font("hei", mm(6)), x0=x0 + mm(18), x1=x0 + w)
    s.centred(by + mm(26), "居 民 身 份 证", font("hei", mm(7.5)), x0=x0 + mm(18), x1=x0 + w)
    s.draw.ellipse((x0 + mm(7), by + mm(8), x0 + mm(25), by + mm(26)), outline=(100, 100, 100), width=3)
    s.text(x0 + mm(16), by + h - mm(20), f"签发机关  {authority}", font("hei", mm(3.8)))
    s.text(x0 + mm(16), by + h - mm(12), f"有效期限  {valid}", font("hei", mm(3.8)))
    if note:
        hand(s, x0 - mm(4), by + h + mm(14), note, rng, size=mm(6), ink=(30, 40, 120))
        signature(s, x0 + w - mm(40), by + h + mm(26), p.name, rng, ink=(30, 40, 120))
        fingerprint(s, x0 + w - mm(6), by + h + mm(30), rng)
    return s


def licence_copy(p: Party, rng: random.Random, *, registered: date, capital: int, scope: str, authority: str) -> Sheet:
    """营业执照（副本）photocopied: the ornamental frame in grey, emblem, QR square, the fields in 宋 and the
    registration authority's seal; stamped 与原件一致 in the company's red."""
    s = Sheet()
    d = s.draw
    x0, y0, x1, y1 = mm(18), mm(22), s.width - mm(18), mm(250)
    d.rectangle((x0, y0, x1, y1), outline=(110, 110, 110), width=mm(3))
    d.rectangle((x0 + mm(6), y0 + mm(6), x1 - mm(6), y1 - mm(6)), outline=(140, 140, 140), width=2)
    cx = s.width / 2
    d.ellipse((cx - mm(11), y0 + mm(12), cx + mm(11), y0 + mm(34)), outline=(90, 90, 90), width=4)
    s.centred(y0 + mm(40), "营 业 执 照", font("serif_bold", mm(12)))
    s.centred(y0 + mm(58), "（副  本）", font("serif", mm(5.4)))
    s.text(x0 + mm(12), y0 + mm(12), "统一社会信用代码", font("serif", mm(4.2)))
    s.text(x0 + mm(12), y0 + mm(19), p.id_number, font("serif", mm(4.2)))
    qr = Image.new("L", (25, 25), 255)
    qd = ImageDraw.Draw(qr)
    for i in range(25):
        for j in range(25):
            if rng.random() < 0.5 or (i < 7 and j < 7) or (i < 7 and j > 17) or (i > 17 and j < 7):
                qd.point((i, j), 60)
    s.image.paste(qr.resize((mm(26), mm(26)), Image.Resampling.NEAREST).convert("RGB"), (int(x1 - mm(40)), int(y0 + mm(38))))
    f = font("serif", mm(4.6))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("注册资本", f"{capital}万元人民币"), ("成立日期", num_date(registered)), ("营业期限", f"{num_date(registered)}至长期"),
            ("住　　所", p.address), ("经营范围", scope)]
    y = y0 + mm(80)
    for k, v in rows:
        s.text(x0 + mm(16), y, k, f)
        parts = wrap(v, f, x1 - x0 - mm(70))
        for part in parts:
            s.text(x0 + mm(50), y, part, f)
            y += mm(8)
        y += mm(3)
    s.text(x1 - mm(78), y1 - mm(40), "登记机关", f)
    s.text(x1 - mm(78), y1 - mm(28), cn_date(registered), f)
    seal(s, x1 - mm(50), y1 - mm(40), authority, rng, radius=mm(17))
    s.text(x0, y1 + mm(8), "此件与原件一致，仅供执行立案使用", font("kai", mm(5.4)), fill=(60, 60, 140))
    seal(s, x0 + mm(100), y1 + mm(14), p.name, rng, radius=mm(16))
    return s


def licence_card(name: str, firm: str, number: str, rng: random.Random) -> Sheet:
    """律师执业证 photocopied open: the left page with photo and particulars, the right with the annual check."""
    s = Sheet()
    x0, y0 = mm(20), mm(36)
    pw, ph = (s.width - mm(40)) / 2, mm(120)
    for k in range(2):
        s.box(x0 + k * pw, y0, x0 + (k + 1) * pw, y0 + ph, width=3, outline=(80, 80, 80))
    f = font("song_gb", mm(4.3))
    s.draw.rectangle((x0 + mm(8), y0 + mm(10), x0 + mm(36), y0 + mm(46)), fill=(170, 170, 170))
    rows = [("执业机构", firm), ("执业证类别", "专职"), ("执业证号", number), ("法律职业资格", "或律师资格证号  A2010"
            f"{rng.randint(10**7, 10**8 - 1)}"), ("发证机关", "湖北省司法厅"), ("发证日期", f"{rng.randint(2011, 2019)}年"
            f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    s.text(x0 + mm(42), y0 + mm(14), "姓名", f)
    s.text(x0 + mm(56), y0 + mm(14), name, font("song_gb", mm(5)))
    y = y0 + mm(52)
    for lab, v in rows:
        s.text(x0 + mm(6), y, lab, f)
        for part in wrap(v, f, pw - mm(38)):
            s.text(x0 + mm(32), y, part, f)
            y += mm(7)
        y += mm(2)
    seal(s, x0 + pw - mm(24), y0 + ph - mm(22), "湖北省司法厅", rng, radius=mm(14))
    s.centred(y0 + mm(10), "律师年度考核备案", font("song_gb", mm(5)), x0=x0 + pw, x1=x0 + 2 * pw)
    ty = y0 + mm(24)
    for yr in (2021, 2022, 2023):
        s.text(x0 + pw + mm(8), ty, f"{yr}年度  考核结果：称职", f)
        seal(s, x0 + pw + mm(60), ty + mm(3), "襄阳市司法局", rng, radius=mm(9))
        ty += mm(26)
    s.centred(y0 - mm(14), "中华人民共和国律师执业证（复印件）", font("song_gb", mm(5.6)))
    hand(s, x0, y0 + ph + mm(16), "与原件核对一致", rng, size=mm(6), ink=(30, 40, 120))
    signature(s, x0 + mm(70), y0 + ph + mm(16), name, rng, ink=(30, 40, 120))
    return s
