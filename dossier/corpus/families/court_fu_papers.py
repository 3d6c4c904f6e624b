"""What 柯城法院 receives, each in its maker's style, and what happens to it on arrival. The 立案庭's window (filing
papers) or the 执行局's 内勤 (bank and registry replies, the respondent's returned forms, settlement papers, payment
slips) presses a red rectangular 收文登记章 on the first page of every paper it takes in — court name, desk, and the
收文日期 / 收文编号 (and sometimes 承办人) boxes filled by hand — wherever the hand falls: mostly top right, often over
the letterhead or the title or the first lines, turned a few degrees, sometimes struck twice or half-inked. Many also
get the desk's oval 签收 dater, and some a 拟办 note in the margin ("请×××阅处", initials, date). The senders: the
中院's and the civil division's judgments in Noto serif and 明体, the 衢州仲裁委员会's award in 文楷, lawyers' typed
papers in GB 宋体, a firm's red letterhead, the window's forms filled in ballpoint, an 浙江 非税 e-bill, licence and
ID copies, the 查控 printout and the 不动产登记中心's reply, bank 回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import numpy as np
from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import RED, Sheet, hand, mm, seal, wrap
from dossier.corpus.families.court_fu_kit import COURT, LEFT, RIGHT, SHORT, TOP, Column, grid, hei, serif
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import printable, scrawl

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
BUREAU_DESK = frozenset({"property_declaration_form", "online_inquiry_result", "settlement_agreement", "payment_voucher"})
"""papers the 执行局's 内勤 takes in; everything else arrives at the 立案庭's window with the application"""
MINUTED = frozenset({"enforcement_application", "law_firm_letter", "settlement_agreement", "payment_voucher",
                     "online_inquiry_result", "effectiveness_certificate", "property_declaration_form"})
"""papers the desk passes on with a 拟办 note now and then"""
PEN = (22, 22, 26)
BALL = (30, 52, 148)
ARB = "衢州仲裁委员会"
MID = "浙江省衢州市中级人民法院"
REGISTRY = "衢州市不动产登记服务中心"


# ---------------------------------------------------------------- the desk's stamps

def _ink_mask(mask: Image.Image, rng: random.Random, strength: float, *, half: bool) -> Image.Image:
    """The rubber's uneven ink: blotchy everywhere, and on a half-inked stroke fading out toward one side."""
    a: Any = np.asarray(mask, dtype=np.float32) / 255.0
    h, w = a.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    blot: Any = gen.random((max(2, h // 14), max(2, w // 14))).astype(np.float32)
    blot = np.asarray(Image.fromarray((blot * 255).astype(np.uint8)).resize((w, h), Image.Resampling.BICUBIC),
                      dtype=np.float32) / 255.0
    a = a * (0.62 + 0.38 * blot)
    if half:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        ang = rng.uniform(0, 2 * np.pi)
        t = (xx / w - 0.5) * np.cos(ang) + (yy / h - 0.5) * np.sin(ang)
        a = a * np.clip(0.5 + t * rng.uniform(1.4, 2.2), rng.uniform(0.08, 0.3), 1.0)
    return Image.fromarray(np.clip(a * strength * 255, 0, 255).astype(np.uint8))


def _press(s: Sheet, canvas: Image.Image, x: float, y: float) -> None:
    """Multiply a white-ground canvas onto the sheet at (x, y): ink darkens, the page's print shows through."""
    x0, y0 = int(max(0, min(x, s.width - canvas.width))), int(max(0, min(y, s.height - canvas.height)))
    box = (x0, y0, x0 + canvas.width, y0 + canvas.height)
    under = s.image.crop(box)
    s.image.paste(ImageChops.multiply(under, canvas), box)


def _where(s: Sheet, rng: random.Random, w: float, h: float) -> tuple[float, float]:
    """Where the clerk's hand falls: top right mostly, else over the letterhead, the title or the first lines."""
    spot = rng.choices(["corner", "letterhead", "title", "lines"], weights=[50, 20, 15, 15])[0]
    if spot == "corner":
        return s.width - w - rng.uniform(mm(6), mm(24)), rng.uniform(mm(5), mm(22))
    if spot == "letterhead":
        return rng.uniform(s.width * 0.35, s.width - w - mm(8)), rng.uniform(mm(14), mm(30))
    if spot == "title":
        return rng.uniform(s.width * 0.3, s.width * 0.55), rng.uniform(mm(28), mm(44))
    return rng.uniform(LEFT, s.width - w - mm(10)), rng.uniform(mm(48), mm(78))


def arrive(s: Sheet, c: CaseCtx, rng: random.Random, got: date, *, desk: str, serial: int, code: str = "") -> None:
    """The desk's red 收文登记章 on the first page, its boxes filled by hand; often the oval 签收 dater, now and then a
    拟办 note in pen. Every word pressed or written is recorded as text on the page."""
    label = hei(3.1)
    head = font("song_gb", mm(3.5))
    rows = ["收文日期", "收文编号"] + (["承 办 人"] if rng.random() < 0.4 else [])
    rh, w = mm(6.6), mm(50)
    h = rh * (2 + len(rows))
    pad = mm(3)
    size = (int(w + 2 * pad), int(h + 2 * pad))
    mask = Image.new("L", size, 0)
    d = ImageDraw.Draw(mask)
    d.rectangle((pad, pad, pad + w, pad + h), outline=255, width=6)
    d.text((pad + w / 2, pad + rh * 0.55), SHORT, font=head, fill=255, anchor="mm")
    desk_line = f"{desk}收文登记"
    d.text((pad + w / 2, pad + rh * 1.5), desk_line, font=head, fill=255, anchor="mm")
    for k in range(len(rows) + 1):
        yl = pad + rh * (2 + k) if k else pad + rh * 2
        d.line((pad, yl, pad + w, yl), fill=255, width=3)
    d.line((pad + mm(17), pad + rh * 2, pad + mm(17), pad + h), fill=255, width=3)
    for k, r in enumerate(rows):
        d.text((pad + mm(8.5), pad + rh * (2.5 + k)), r, font=label, fill=255, anchor="mm")
    strength = rng.uniform(0.6, 0.92)
    colour = (RED[0] + rng.randint(-25, 15), RED[1] + rng.randint(0, 25), RED[2] + rng.randint(0, 30))
    angle = rng.uniform(-8, 8)
    ink = _ink_mask(mask, rng, strength, half=rng.random() < 0.2)
    red = Image.new("RGB", size, (255, 255, 255))
    red.paste(colour, (0, 0), ink)
    red = red.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(255, 255, 255))
    x, y = _where(s, rng, red.width, red.height)
    _press(s, red, x, y)
    if rng.random() < 0.15:  # struck twice: a fainter ghost a little off
        ghost = _ink_mask(mask, rng, strength * 0.45, half=False)
        again = Image.new("RGB", size, (255, 255, 255))
        again.paste(colour, (0, 0), ghost)
        again = again.rotate(angle + rng.uniform(-2, 2), resample=Image.Resampling.BICUBIC, expand=True,
                             fillcolor=(255, 255, 255))
        _press(s, again, x + rng.choice([-1, 1]) * rng.uniform(mm(0.8), mm(2.5)), y + rng.uniform(mm(0.6), mm(2.2)))
    s.lines += [SHORT, desk_line, *[r.replace(" ", "") for r in rows]]
    # the boxes filled by the desk's pen, turned with the stamp
    pen = Sheet(size=size)
    ink_pen = rng.choice([BALL, PEN])
    filled = [f"{got.year}.{got.month}.{got.day}" if rng.random() < 0.6 else num_date(got),
              f"{'执' if desk == '执行局' else '立'}{serial:04d}", c.officer]
    for k in range(len(rows)):
        hand(pen, pad + mm(19), pad + rh * (2 + k) + mm(0.6), filled[k], rng, size=mm(4.4), ink=ink_pen)
    rotated = pen.image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(255, 255, 255))
    _press(s, rotated, x, y)
    s.lines += pen.lines
    if rng.random() < (0.45 if desk == "执行局" else 0.25):
        _dater(s, rng, got, x, y, red.width, red.height)
    if code in MINUTED and rng.random() < 0.45:
        note = rng.choice([f"请{c.officer}阅处", f"拟交{c.officer}承办", f"请{c.officer}同志阅办", f"转{c.officer}入卷"])
        who = c.extra.get("chief", "局")[0]
        when = got + timedelta(days=rng.choice([0, 0, 1]))
        ny = min(s.height - mm(40), y + red.height + mm(2))
        nx = max(mm(8), min(x - mm(4), s.width - mm(72)))
        colour_pen = rng.choice([(170, 30, 36), BALL, PEN])
        hand(s, nx, ny, note, rng, size=mm(5.2), ink=colour_pen)
        hand(s, nx + mm(20), ny + mm(7.5), f"{who} {when.month}.{when.day}", rng, size=mm(4.6), ink=colour_pen)


def _dater(s: Sheet, rng: random.Random, got: date, x: float, y: float, w: float, h: float) -> None:
    """The desk's oval 签收 dater: desk name round the top, 签收 across, the day's date in the band."""
    ow, oh = mm(36), mm(21)
    pad = mm(2)
    size = (int(ow + 2 * pad), int(oh + 2 * pad))
    mask = Image.new("L", size, 0)
    d = ImageDraw.Draw(mask)
    d.ellipse((pad, pad, pad + ow, pad + oh), outline=255, width=5)
    d.ellipse((pad + mm(1.6), pad + mm(1.6), pad + ow - mm(1.6), pad + oh - mm(1.6)), outline=255, width=2)
    d.text((pad + ow / 2, pad + oh * 0.27), "柯城法院执行局", font=font("song_gb", mm(2.8)), fill=255, anchor="mm")
    d.text((pad + ow / 2, pad + oh * 0.52), "签　收", font=font("hei", mm(4.2)), fill=255, anchor="mm")
    stamp_date = f"{got.year}.{got.month:02d}.{got.day:02d}"
    d.text((pad + ow / 2, pad + oh * 0.78), stamp_date, font=font("sans_bold", mm(3.0)), fill=255, anchor="mm")
    ink = _ink_mask(mask, rng, rng.uniform(0.55, 0.88), half=rng.random() < 0.25)
    canvas = Image.new("RGB", size, (255, 255, 255))
    canvas.paste((RED[0] - rng.randint(0, 40), RED[1] + rng.randint(0, 20), RED[2] + rng.randint(10, 50)), (0, 0), ink)
    canvas = canvas.rotate(rng.uniform(-14, 14), resample=Image.Resampling.BICUBIC, expand=True,
                           fillcolor=(255, 255, 255))
    if x > s.width / 2:
        ox = x - canvas.width - rng.uniform(mm(2), mm(10))
    else:
        ox = x + w + rng.uniform(mm(2), mm(10))
    _press(s, canvas, ox, y + rng.uniform(-mm(4), h * 0.5))
    s.lines += ["柯城法院执行局", "签收", stamp_date]


def _serial(c: CaseCtx, code: str, rng: random.Random) -> int:
    base = int(c.extra.setdefault("serial0", 200 + (int(c.number.split("执")[1].rstrip("号")) % 700)))
    return base + sorted(RECEIVED).index(code) * rng.randint(1, 3)


def _got(c: CaseCtx, code: str, rng: random.Random) -> date:
    from dossier.corpus.families.court_fu import made_on

    if code in BUREAU_DESK:
        return made_on(c, code) + timedelta(days=rng.randint(1, 3))
    return c.filed_on


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """A received paper in its maker's style, then the desk's stamps on the first page of each paper in it."""
    sheets = _draw(code, c, rng, served)
    desk = "执行局" if code in BUREAU_DESK else "立案庭"
    if code == "fee_receipt" and rng.random() < 0.5:
        return sheets  # the e-bill printed at the window itself: nobody stamped it
    for k, s in enumerate(sheets):
        if (k == 0 and code != "online_inquiry_result") or s.starts_document:
            arrive(s, c, rng, _got(c, code, rng), desk=desk, serial=_serial(c, code, rng) + k, code=code)
    return sheets


def _draw(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fu import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return {"citrus": _appeal, "duck": _mediation, "paint": _award}[t](c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_card(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "person":
            return _id_card(p, rng)
        return _credit_report(p, c, rng) if p is c.respondent else _licence(p, c, rng)
    if code == "fee_receipt":
        return _e_bill(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _slips(c, rng)
    raise KeyError(code)


# ---------------------------------------------------------------- the senders' papers

def _who(p: Party) -> str:
    if p.kind == "organisation":
        head = "理事长" if p.name.endswith("合作社") else "法定代表人"
        return f"{p.name}，住所地{p.address}。{head}：{p.legal_rep}。"
    born = p.born or date(1985, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _typed(blocks: list[tuple[str, str]], f: Font, lead: float, col: Column, *, tag: Font | None = None) -> None:
    for kind, text in blocks:
        if kind == "p":
            col.para(text, f, lead, indent=f.size * 2)
        elif kind == "h":
            col.para(text, f, lead, hang=f.size * 2)
        elif kind == "t":
            col.flush(text, tag or f, lead)
        elif kind == "r":
            col.flush(text, f, lead, rightward=True)
        elif kind == "c":
            col.flush(text, f, lead, centre=True)
        else:
            col.para(text, f, lead)


def _dashes(sheets: list[Sheet], f: Font) -> list[Sheet]:
    """— n — folios at the foot centre, as the courts' trial divisions print them."""
    if len(sheets) > 1:
        for n, s in enumerate(sheets, 1):
            s.centred(s.height - mm(15), f"— {n} —", f)
    return sheets


def _judgment(c: CaseCtx, rng: random.Random, *, court: str, title: str, number: str, blocks: list[tuple[str, str]],
              signers: list[tuple[str, str]], day: date, face: str, head: str) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(28), court, font(head, mm(7.4)), spacing=mm(0.5))
    s.centred(mm(42), title, font(head, mm(10.8)), spacing=mm(5))
    col = Column([s], mm(62), left=mm(29), right=mm(27), top=mm(26), bottom=mm(28))
    f = font(face, mm(5.2))
    lead = f.size * 1.72
    col.flush(number, f, lead * 1.4, rightward=True)
    _typed(blocks, f, lead, col)
    col.room(lead * (len(signers) + 4))
    last = col.s
    y = col.y + lead
    x = last.width - mm(27) - mm(66)
    for role, name in signers:
        last.text(x, y, role, f)
        last.text(x + mm(32), y, name, f)
        y += lead
    when = printable(face, cn_date(day))
    last.text(x + mm(4), y + lead * 0.3, when, f)
    seal(last, x + mm(4) + f.getlength(when) / 2, y + lead * 0.5, court, rng, radius=mm(20))
    last.text(x, y + lead * 1.6, "书 记 员", f)
    last.text(x + mm(32), y + lead * 1.6, person_name(rng), f)
    return _dashes(col.sheets, font(face, mm(4)))


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """衢州中院's 二审 judgment (驳回上诉，维持原判) and behind it this court's 一审 judgment, as the applicant filed them."""
    a, r = c.applicant, c.respondent
    first_no = str(c.extra["first_number"])
    tons = int(c.extra["tons"])
    price = c.amount
    facts = (f"2022年11月至12月，{a.name}按约向{r.name}供应榨汁用椪柑共计{tons}吨，双方按过磅单结算，确认货款"
             f"{price:,.2f}元。{r.name}收货后以果品糖度不足、烂果率高为由拒付货款，但未在约定的三日验收期内提出书面异议。")
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    second = _judgment(c, rng, court=MID, title="民事判决书", number=c.basis_number, face="serif", head="serif_bold", blocks=[
        ("h", f"上诉人（原审被告）：{_who(r)}"),
        ("h", f"委托诉讼代理人：{person_name(rng)}，浙江{rng.choice(['衢盛', '信安'])}律师事务所律师。"),
        ("h", f"被上诉人（原审原告）：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服浙江省衢州市柯城区人民法院{first_no}民事判决，"
              f"向本院提起上诉。本院于{cn_date(heard - timedelta(days=30))}立案后，依法组成合议庭，于{cn_date(heard)}"
              "进行了询问。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回{a.name}的诉讼请求或者发回重审。事实和理由：涉案椪柑糖度、烂果率"
              "不符合约定标准，一审未予查明。"),
        ("p", f"{a.name}辩称：货物经双方过磅验收，上诉人未在约定期限内提出质量异议，一审判决正确，请求驳回上诉。"),
        ("p", f"本院经审理查明，一审认定事实清楚。{facts}"),
        ("p", "本院认为，上诉人主张货物质量不符合约定，但未在约定的检验期间内提出异议，亦未提交证据证明，依照《中华人民"
              "共和国民法典》第六百二十一条的规定，视为标的物质量符合约定。一审判决认定事实清楚，适用法律正确，应予维持。"
              "依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(price) // 100 + 30}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ], signers=[("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))],
        day=c.basis_effective)
    first = _judgment(c, rng, court=COURT, title="民事判决书", number=first_no, face="ming", head="serif", blocks=[
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告支付货款{price:,.2f}元及逾期付款利息；2.诉讼费由被告负担。"),
        ("p", f"本院认定事实如下：{facts}"),
        ("p", "本院认为，原、被告之间的买卖合同合法有效。原告已按约交付货物，被告应当支付价款。依照《中华人民共和国民法典》"
              "第五百七十九条、第六百二十六条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{price:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，上诉于浙江省衢州市中级人民法院。"),
    ], signers=[("审判员", person_name(rng))], day=heard - timedelta(days=rng.randint(60, 90)))
    first[0].starts_document = True
    return second + first


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 民事调解书 for the 鸭头 supplier's unpaid invoices, in 明体."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(1, 6))
    return _judgment(c, rng, court=COURT, title="民事调解书", number=c.basis_number, face="ming", head="serif_bold", blocks=[
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{r.name}，{r.sex}，{(r.born or date(1985, 1, 1)).year}年出生，汉族，住{r.address}，系“{c.extra['shop']}”"
              "经营者。"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用"
              "简易程序进行审理。"),
        ("p", f"原告诉称：2022年起原告向被告经营的“{c.extra['shop']}”供应冷冻鸭头、鸭掌及卤料，每月对账结算。截至2023年"
              f"6月，被告累计拖欠货款{c.amount:,.2f}元，经催讨未付。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于{cn_date(heard + timedelta(days=30))}前支付原告{a.name}货款{c.amount:,.2f}元；"),
        ("p", "二、被告如未按期足额付款，原告可就全部未付款项申请强制执行；"),
        ("p", f"三、案件受理费减半收取{int(c.amount) // 200 + 25}元，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ], signers=[("审判员", person_name(rng))], day=heard)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """衢州仲裁委员会's 裁决书 for the builder's unpaid account on the paint works, in 文楷."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(20, 40))
    work = str(c.extra["workshop"])
    return _judgment(c, rng, court=ARB, title="裁决书", number=c.basis_number, face="wenkai", head="wenkai_bold", blocks=[
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"衢州仲裁委员会（以下简称本会）根据申请人与被申请人签订的《{work}施工合同》中的仲裁条款，于"
              f"{cn_date(heard - timedelta(days=60))}受理了申请人提出的仲裁申请。本会依法组成仲裁庭，于{cn_date(heard)}"
              "开庭审理，被申请人经合法通知无正当理由未到庭，仲裁庭依法缺席审理。本案现已审理终结。"),
        ("p", f"申请人称：2022年3月，双方签订合同，由申请人承建被申请人位于高新园区的{work}。工程于2022年12月竣工验收并"
              f"交付使用，经双方结算确认工程款，被申请人尚欠{c.amount:,.2f}元至今未付。"),
        ("p", "仲裁庭查明：工程竣工验收记录、结算书及被申请人盖章的对账函相互印证，可以认定被申请人欠付工程款的事实。"),
        ("p", "仲裁庭认为，双方签订的施工合同合法有效。申请人已完成施工义务，被申请人应按约支付工程款。依照《中华人民共和国"
              "民法典》第五百七十七条、第七百九十九条，《中华人民共和国仲裁法》第四十二条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内支付申请人{a.name}工程款{c.amount:,.2f}元；"),
        ("p", "二、本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ], signers=[("首席仲裁员", person_name(rng)), ("仲 裁 员", person_name(rng)), ("仲 裁 员", person_name(rng))],
        day=c.basis_effective)


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    t = str(c.extra["tale"])
    s = Sheet()
    if t == "paint":
        issuer, title, number = ARB, "生效证明", f"衢仲证字〔{c.filed_on.year}〕第{rng.randint(3, 60)}号"
        body = (f"申请人{c.applicant.name}与被申请人{c.respondent.name}建设工程施工合同纠纷一案，本会于{cn_date(c.basis_effective)}"
                f"作出{c.basis_number}裁决书，已依法送达双方当事人。该裁决为终局裁决，自作出之日起发生法律效力。")
        face = "wenkai"
    elif t == "citrus":
        issuer, title, number = COURT, "生效证明书", str(c.extra["first_number"]).replace("号", "号之一")
        body = (f"本院{c.extra['first_number']}原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案的民事判决书，"
                f"经浙江省衢州市中级人民法院{c.basis_number}民事判决驳回上诉、维持原判，已于{cn_date(c.basis_effective)}"
                "发生法律效力。")
        face = "ming"
    else:
        issuer, title, number = COURT, "生效证明书", c.basis_number.replace("号", "号之一")
        body = f"本院{c.basis_number}民事调解书已于{cn_date(c.basis_effective)}经双方当事人签收，发生法律效力。"
        face = "ming"
    s.centred(mm(34), issuer, font("serif_bold", mm(7)), spacing=mm(0.8))
    s.centred(mm(50), title, font("hei", mm(10)), spacing=mm(4))
    col = Column([s], mm(72), left=mm(30), right=mm(28))
    f = font(face, mm(5.4))
    col.flush(number, f, f.size * 2.4, rightward=True)
    col.para(printable(face, body), f, f.size * 1.9, indent=f.size * 2)
    col.para("特此证明。", f, f.size * 1.9, indent=f.size * 2)
    day = c.basis_effective + timedelta(days=rng.randint(4, 12))
    y = col.y + mm(22)
    when = cn_date(day)
    x = s.right(s.width - mm(40), y, when, f)
    seal(s, x + f.getlength(when) / 2, y + mm(2), issuer, rng, radius=mm(20))
    if t != "paint":
        s.text(mm(30), y + mm(26), f"经办人：{person_name(rng)}　　　（民事审判庭）", font(face, mm(4.4)))
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed application in GB 宋体: a plain bold title, labels in 黑体, requests numbered, 此致."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), "申 请 执 行 书", font("serif_bold", mm(9.6)), spacing=mm(1))
    col = Column([s], mm(52), left=mm(27), right=mm(25), top=mm(24), bottom=mm(26))
    f = font("song_gb", mm(5.3))
    lead = f.size * 1.8
    basis = {"citrus": f"浙江省衢州市柯城区人民法院{c.extra.get('first_number', '')}民事判决书及浙江省衢州市中级人民法院"
                       f"{c.basis_number}民事判决书",
             "duck": f"贵院{c.basis_number}民事调解书", "paint": f"衢州仲裁委员会{c.basis_number}裁决书"}[str(c.extra["tale"])]
    head = "理事长" if a.name.endswith("合作社") else "法定代表人"
    _typed([("t", "申请执行人："), ("h", f"{a.name}，统一社会信用代码{a.id_number}，住所地{a.address}。"),
            ("h", f"{head}：{a.legal_rep}，联系电话{a.phone}。"),
            ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
            ("t", "被执行人："),
            ("h", f"{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}，法定代表人{r.legal_rep}。" if r.kind == "organisation"
             else f"{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}（“{c.extra.get('shop', '')}”经营者）。"),
            ("t", "执行请求："),
            ("p", f"1．依法强制执行{basis}，责令被执行人支付{money(c.amount)}；"),
            ("p", "2．责令被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "3．申请对被执行人采取限制高消费措施，被执行人拒不履行的，将其纳入失信被执行人名单；"),
            ("p", "4．本案执行费用由被执行人承担。"),
            ("t", "事实与理由："),
            ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis}已经发生法律效力，被执行人至今未履行。根据《中华人民共和国"
                  "民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
            ("p", "申请执行人同意通过浙江移动微法院及上述手机号码接收执行文书。"),
            ("t", "此致"), ("t", COURT)], f, lead, col, tag=hei(5.0))
    col.room(mm(40))
    last, y = col.s, col.y + mm(8)
    last.text(last.width - mm(105), y, "申请执行人（盖章）：", f)
    seal(last, last.width - mm(48), y + mm(4), a.name, rng, radius=mm(18))
    last.text(last.width - mm(105), y + mm(14), "委托代理人：", f)
    scrawl(last, last.width - mm(72), y + mm(12), c.agent, rng, role="kai_gb", size=mm(7), ink=PEN)
    last.text(last.width - mm(80), y + mm(26), num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), f)
    return _dashes(col.sheets, font("song_gb", mm(4)))


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A printed 授权委托书 form from the firm, the blanks filled in the lawyer's ballpoint."""
    a = c.applicant
    s = Sheet()
    s.centred(mm(32), "授 权 委 托 书", font("song_gb", mm(9)), spacing=mm(1.5))
    f = font("song_gb", mm(5))
    y: float = mm(56)
    head = "理事长" if a.name.endswith("合作社") else "法定代表人"
    fields = [("委托人：", a.name), ("住所地：", a.address), (f"{head}：", a.legal_rep), ("受托人：", c.agent),
              ("工作单位：", f"{c.firm}（律师）"), ("联系电话：", c.agent_phone)]
    for label, value in fields:
        s.text(mm(28), y, label, f)
        x = mm(28) + f.getlength(label)
        s.line(x, y + f.size * 1.15, s.width - mm(26), y + f.size * 1.15, width=1)
        scrawl(s, x + mm(3), y - mm(1.5), value, rng, role="kai_gb", size=mm(5.8), ink=BALL)
        y += mm(12)
    col = Column([s], y + mm(4), left=mm(28), right=mm(26))
    for text in (f"现委托上列受托人在{a.name}与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。",
                 "代理权限：特别授权，包括代为申请执行、提供财产线索、申请采取执行措施、参加谈话与和解、签订和解协议、"
                 "代为收取执行款项、签收法律文书、申请终结本次执行程序及恢复执行。",
                 "委托期限：自本委托书签署之日起至本案执行终结之日止。"):
        col.para(text, f, f.size * 1.85, indent=f.size * 2)
    y = col.y + mm(16)
    s.text(mm(28), y, "委托人（盖章）：", f)
    seal(s, mm(92), y + mm(6), a.name, rng, radius=mm(18))
    s.text(s.width - mm(100), y, "受托人（签名）：", f)
    scrawl(s, s.width - mm(60), y - mm(2), c.agent, rng, role="kai_gb", size=mm(7), ink=BALL)
    scrawl(s, s.width - mm(92), y + mm(26), num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng, role="kai_gb",
           size=mm(5.4), ink=BALL)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (190, 26, 32)
    s.centred(mm(22), c.firm, font("serif_bold", mm(10)), fill=red, spacing=mm(0.6))
    s.line(mm(20), mm(38), s.width - mm(20), mm(38), width=7, fill=red)
    f = font("song_gb", mm(5.2))
    number = f"浙衢律函〔{c.filed_on.year}〕第{rng.randint(12, 330)}号"
    s.centred(mm(44), number, f)
    s.centred(mm(60), "律师事务所函", font("serif_bold", mm(8.5)), spacing=mm(2))
    col = Column([s], mm(80), left=mm(27), right=mm(25))
    lead = f.size * 1.9
    col.flush(f"{COURT}：", f, lead)
    col.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}{c.extra['cause']}一案的"
             "委托代理人，代为申请强制执行并参与执行程序，请予接洽。", f, lead, indent=f.size * 2)
    col.para("特此函告。", f, lead, indent=f.size * 2)
    col.para(f"承办律师：{c.agent}　　执业证号：{c.extra['licence']}", f, lead, indent=f.size * 2)
    col.para(f"联系电话：{c.agent_phone}　　地址：{c.extra['firm_addr']}", f, lead, indent=f.size * 2)
    y = col.y + mm(20)
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 4)))
    x = s.right(s.width - mm(34), y, when, f)
    seal(s, x + f.getlength(when) / 2, y - mm(2), c.firm, rng, radius=mm(20))
    s.line(mm(20), s.height - mm(30), s.width - mm(20), s.height - mm(30), width=2, fill=red)
    s.centred(s.height - mm(27), f"地址：{c.extra['firm_addr']}　邮编：324000", font("song_gb", mm(3.6)), fill=red)
    return [s]


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data page photocopied near the top of a sheet, the lawyer's note and signature under it."""
    s = Sheet()
    x0, y0 = mm(30), mm(84)
    w, h = mm(150), mm(100)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(226, 226, 222), outline=(90, 90, 90), width=3)
    s.draw.rectangle((x0 + mm(8), y0 + mm(14), x0 + mm(40), y0 + mm(56)), fill=(132, 132, 132))
    f = font("microhei", mm(4))
    s.centred(y0 + mm(4), "中华人民共和国律师执业证", font("microhei", mm(5.4)), x0=x0, x1=x0 + w)
    rows = [("持证人", c.agent), ("性　别", rng.choice("男女")), ("执业机构", c.firm), ("执业证类别", "专职"),
            ("执业证号", str(c.extra["licence"])), ("发证机关", "浙江省司法厅"),
            ("发证日期", f"{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y0 + mm(14)
    for label, value in rows:
        s.text(x0 + mm(46), ty, label, f, fill=(70, 70, 70))
        s.text(x0 + mm(72), ty, value, f)
        ty += mm(11)
    seal(s, x0 + w - mm(26), y0 + h - mm(22), "浙江省司法厅", rng, radius=mm(15))
    s.centred(y0 + h + mm(4), "（执业证信息页复印件）", font("microhei", mm(3.6)))
    scrawl(s, mm(40), y0 + h + mm(22), "与原件核对一致", rng, role="kai_gb", size=mm(7), ink=PEN)
    scrawl(s, mm(120), y0 + h + mm(24), c.agent, rng, role="kai_gb", size=mm(7), ink=PEN)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """The respondent's ID card, both faces copied one above the other in the page's top half."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    grey = (216, 216, 212)
    born = p.born or date(1985, 1, 1)
    for k, y in enumerate((mm(40), mm(40) + h + mm(12))):
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=grey, outline=(110, 110, 110), width=2)
        if k == 0:
            lab, val = font("hei", mm(2.8)), font("hei", mm(3.6))
            ty = y + mm(6)
            for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                                 ("出生", f"{born.year}年{born.month}月{born.day}日")):
                s.text(x + mm(5), ty, label, lab, fill=(90, 90, 90))
                s.text(x + mm(15), ty - 2, value, val)
                ty += mm(7)
            s.text(x + mm(5), ty, "住址", lab, fill=(90, 90, 90))
            for j in range(0, len(p.address), 12):
                s.text(x + mm(15), ty - 2, p.address[j:j + 12], val)
                ty += mm(5)
            s.text(x + mm(5), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
            s.text(x + mm(25), y + h - mm(9), p.id_number, font("sans_bold", mm(3.9)))
            s.draw.rectangle((x + w - mm(26), y + mm(7), x + w - mm(5), y + mm(36)), fill=(150, 150, 150))
        else:
            s.text(x + mm(26), y + mm(9), "中华人民共和国", font("hei", mm(4.8)))
            s.text(x + mm(20), y + mm(20), "居民身份证", font("hei", mm(7.4)), spacing=mm(1.5))
            lab = font("hei", mm(2.9))
            s.text(x + mm(10), y + h - mm(15), "签发机关　衢州市公安局柯城分局", lab)
            start = rng.randint(2014, 2021)
            s.text(x + mm(10), y + h - mm(9), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-"
                   f"{start + 20}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}", lab)
    scrawl(s, mm(34), mm(40) + 2 * h + mm(26), "此复印件由申请执行人提供，来源于原审卷宗", rng, role="kai_gb",
           size=mm(5.8), ink=PEN)
    return [s]


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The applicant's 营业执照 (副本) copied with its ornamental frame, the 法定代表人 / 理事长 certificate under it."""
    s = Sheet()
    frame = (160, 104, 48)
    x0, y0, x1, y1 = mm(16), mm(16), s.width - mm(16), mm(160)
    s.box(x0, y0, x1, y1, width=10, outline=frame)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=frame)
    s.centred(y0 + mm(10), "营 业 执 照", font("serif_bold", mm(13)), spacing=mm(4))
    s.centred(y0 + mm(28), "（副　本）", font("serif", mm(4.8)))
    f = font("serif", mm(4.3))
    s.text(x0 + mm(8), y0 + mm(38), f"统一社会信用代码　{p.id_number}", f)
    coop = p.name.endswith("合作社")
    rows = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep),
            ("经营范围", "椪柑、柑橘种植、收购、销售；农业技术服务" if coop else
             "建设工程施工；房屋建筑和市政基础设施工程；钢结构工程" if "建设" in p.name else "食品生产；食品经营（销售预包装食品）"),
            ("成员出资总额" if coop else "注册资本", f"{rng.choice([50, 120, 300, 1000, 2000])}万元"),
            ("成立日期", f"{rng.randint(2006, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(50)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        for j, part in enumerate(wrap(value, f, x1 - x0 - mm(62))):
            s.text(x0 + mm(44), ty + j * mm(6), part, f)
        ty += mm(11)
    region = "衢江区" if "衢江区" in p.address else "柯城区"
    seal(s, x1 - mm(44), y1 - mm(26), f"衢州市{region}市场监督管理局", rng, radius=mm(17))
    s.text(x1 - mm(84), y1 - mm(14), f"登记机关　{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
           font("serif", mm(3.6)))
    y = y1 + mm(14)
    head = "理事长" if coop else "法定代表人"
    s.centred(y, f"{head}身份证明书", font("song_gb", mm(7)), spacing=mm(1))
    col = Column([s], y + mm(16), left=mm(28), right=mm(26))
    g = font("song_gb", mm(5))
    col.para(f"{p.legal_rep}在我{'社' if coop else '单位'}任{head}职务，特此证明。", g, g.size * 1.9, indent=g.size * 2)
    yy = col.y + mm(10)
    s.right(s.width - mm(36), yy, num_date(c.filed_on - timedelta(days=rng.randint(2, 8))), g)
    seal(s, s.width - mm(60), yy - mm(2), p.name, rng, radius=mm(18))
    scrawl(s, mm(30), s.height - mm(32), "复印件与原件一致", rng, role="kai_gb", size=mm(6.4), ink=PEN)
    return [s]


def _credit_report(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent company's 企业信用信息公示报告, printed by the applicant's lawyer from the public system."""
    s = Sheet()
    sans, bold = font("sans", mm(3.7)), font("sans_bold", mm(4.2))
    s.text(mm(18), mm(14), "国家企业信用信息公示系统", font("sans", mm(3.4)), fill=(40, 90, 160))
    s.centred(mm(28), "企业信用信息公示报告", font("sans_bold", mm(7.4)))
    s.centred(mm(40), f"{p.name}", font("sans", mm(4.6)))
    s.text(mm(18), mm(52), "一、基础信息", bold)
    rows = [["统一社会信用代码", p.id_number, "企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）", "法定代表人", p.legal_rep],
            ["注册资本", f"{rng.choice([500, 800, 1200, 2000])}万元人民币", "成立日期",
             f"{rng.randint(2009, 2018)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记机关", "衢州市柯城区市场监督管理局", "登记状态", "存续（在营、开业、在册）"], ["住所", p.address]]
    w = s.width - mm(36)
    grid(s, mm(18), mm(60), [mm(34), mm(56), mm(28), w - mm(118)], rows, heights=mm(13), labels=(0, 2), f=sans,
         lf=font("sans_bold", mm(3.5)), frame=2)
    s.text(mm(18), mm(136), "二、行政许可信息", bold)
    s.text(mm(22), mm(146), "危险化学品经营许可证（衢危化经字〔2021〕…号）　有效期至：2024年", sans)
    s.text(mm(18), mm(160), "三、经营异常名录信息", bold)
    s.text(mm(22), mm(170), "暂无", sans)
    s.text(mm(18), s.height - mm(22), f"报告生成时间：{c.filed_on - timedelta(days=rng.randint(1, 6)):%Y年%m月%d日}", sans)
    s.right(s.width - mm(18), s.height - mm(22), "第1页/共1页", sans)
    return [s]


def _e_bill(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """浙江省政府非税收入统一票据（电子）printed in its brick-red frame, the finance bureau's oval 监制章."""
    s = Sheet()
    brick = (168, 58, 44)
    f = font("song_gb", mm(3.8))
    s.centred(mm(20), "浙江省政府非税收入统一票据（电子）", font("song_gb", mm(6.6)), fill=brick)
    s.text(mm(18), mm(34), f"票据代码：33060124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", f, fill=brick)
    s.text(mm(18), mm(40), f"交款人统一社会信用代码：{c.applicant.id_number}", f, fill=brick)
    s.right(s.width - mm(18), mm(34), f"开票日期：{c.filed_on:%Y-%m-%d}", f, fill=brick)
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(36)
    rows = [["交款人", c.applicant.name, "校验码", f"{rng.randint(10**5, 10**6 - 1)}"],
            ["项目编码", "103040101", "项目名称", "诉讼费（申请执行费）"], ["案号", c.number, "金额（元）", f"{fee:,.2f}"],
            ["金额合计（大写）", money_caps(fee)], ["执收单位", COURT], ["备注", "浙江省统一公共支付平台缴款"]]
    cells = grid(s, mm(18), mm(48), [mm(36), mm(68), mm(28), w - mm(132)], rows, heights=mm(12), labels=(0, 2), f=f,
                 lf=f, frame=3)
    y = cells[-1][3] + mm(6)
    s.text(mm(18), y, f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f, fill=brick)
    seal(s, s.width - mm(48), mm(22), "浙江省财政厅", rng, radius=mm(13), inner="票据监制章")
    seal(s, mm(80), y + mm(18), COURT, rng, radius=mm(16), inner="财务专用章")
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's printed forms (and the declaration form sent with the report order), filled in ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    t = str(c.extra["tale"])
    w = s.width - LEFT - RIGHT
    s.centred(TOP - mm(4), COURT, font("serif_bold", mm(5)), spacing=mm(0.6))
    if code == "payment_account_confirmation":
        title = "执行案款收取账户确认书"
        rows = [("案　　号", c.number), ("申请执行人", a.name), ("账户名称", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为接收本案执行款的账户。因账户信息有误导致执行款发放迟延或错误的，责任自负。"
        signer, day = a.legal_rep, c.filed_on
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案　　号", c.number), ("受送达人", a.name), ("送达地址", c.extra["firm_addr"]), ("收件人", c.agent),
                ("手机号码", c.agent_phone), ("电子送达", "同意通过浙江移动微法院、短信方式送达")]
        note = "受送达人提供的地址不准确、变更未及时告知或拒不提供的，法律文书退回之日视为送达之日。"
        signer, day = c.agent, c.filed_on
    elif code == "property_clue_form":
        title = "被执行人财产线索登记表"
        clue = {"citrus": f"银行账户：{c.extra.get('r_bank', '')} {c.extra.get('r_acct', '')}；厢式货车一辆 {c.extra.get('plate', '')}",
                "duck": f"“{c.extra.get('shop', '')}”店面的营业收入，收款码；本人微信、支付宝",
                "paint": "高新园区厂房内反应釜、分散机、灌装线等生产设备；公司基本户（开户行不详）"}[t]
        rows = [("案　　号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("住所地", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人掌握、现场所见")]
        note = "申请执行人应如实提供财产线索，并对线索的真实性负责。"
        signer, day = c.agent, c.filed_on
    else:
        title = "被执行人财产申报表"
        bank = {"citrus": f"{c.extra.get('r_bank', '')}基本户，余额约{int(c.amount * Decimal('1.05')):,}元", "duck": "农业银行卡一张，余额几百元",
                "paint": "基本户已无余额"}[t]
        rows = [("案　　号", c.number), ("申报人", r.name), ("银行存款", bank),
                ("车　　辆", f"{c.extra.get('car', '')} {c.extra.get('plate', '')}" if t == "citrus" else "无"),
                ("不 动 产", "无"), ("应收账款", "各饮品经销商欠款若干" if t == "citrus" else "无"),
                ("其他情况", "设备为融资租赁，已被收回" if t == "paint" else "无")]
        note = "申报人保证以上申报内容真实、完整，如有隐瞒、虚假，愿承担法律责任。"
        signer, day = (r.legal_rep if r.kind == "organisation" else r.name), d
    s.centred(TOP + mm(6), title, hei(7.4), spacing=mm(1.4))
    y: float = TOP + mm(22)
    cells = grid(s, LEFT, y, [mm(36), w - mm(36)], [[label, ""] for label, _ in rows],
                 heights=[mm(22) if len(v) > 24 else mm(14) for _, v in rows])
    for (_label, value), b in zip(rows, cells[1::2], strict=True):
        per = 23
        yy = b[1] + mm(3)
        for j in range(0, len(value), per):
            scrawl(s, b[0] + mm(3), yy, value[j:j + per], rng, role="kai_gb", size=mm(5), ink=BALL)
            yy += mm(7)
    col = Column([s], cells[-1][3] + mm(6))
    col.para(note, serif(4.0), serif(4.0).size * 1.7, indent=serif(4.0).size * 2)
    y = col.y + mm(10)
    s.text(s.width - RIGHT - mm(96), y, "签名（盖章）：", serif(4.6))
    scrawl(s, s.width - RIGHT - mm(54), y - mm(2), signer, rng, role="kai_gb", size=mm(7), ink=BALL)
    scrawl(s, s.width - RIGHT - mm(64), y + mm(14), num_date(day), rng, role="kai_gb", size=mm(5.2), ink=BALL)
    owner = r if code == "property_declaration_form" else a
    if owner.kind == "organisation":
        seal(s, s.width - RIGHT - mm(36), y + mm(6), owner.name, rng, radius=mm(17))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 printout (the bureau's own, unstamped) and behind it the 不动产登记服务中心's written reply."""
    r = c.respondent
    mono = font("mono", mm(3.2))
    t = str(c.extra["tale"])
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"), ("交通银行", "存款"),
             ("中国邮政储蓄银行", "存款"), ("浙江省农村信用社联合社", "存款"), ("衢州银行", "存款"), ("浙商银行", "存款"),
             ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"), ("公安部交通管理局", "车辆"),
             ("中国证券登记结算有限责任公司", "证券"), ("国家市场监督管理总局", "股权"), ("国家税务总局（发票）", "税务")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果"]]
    for i, (unit, kind) in enumerate(units, 1):
        if t == "citrus" and unit == "浙江省农村信用社联合社":
            res = f"冻结 {c.amount * Decimal('1.05'):,.2f}"
        elif t == "citrus" and kind == "车辆":
            res = f"{c.extra['plate']} 正常"
        elif kind == "存款":
            res = f"余额 {rng.randint(0, 60)}.{rng.randint(10, 99)}" if rng.random() < 0.4 else "未开户"
        else:
            res = "无财产信息"
        rows.append([str(i), unit, kind, res])
    s = Sheet()
    s.text(mm(16), mm(14), "网络执行查控系统·查询结果（总对总）", font("sans_bold", mm(5.6)))
    s.text(mm(16), mm(26), f"案号:{c.number}  被查询人:{r.name}", mono)
    s.text(mm(16), mm(32), f"证照号码:{r.id_number}  发起:{d:%Y-%m-%d}  承办人:{c.officer}", mono)
    w = s.width - mm(32)
    grid(s, mm(16), mm(40), [mm(14), mm(80), mm(26), w - mm(120)], rows, heights=mm(10), labels=(), f=mono, lf=mono, frame=2)
    s.text(mm(16), s.height - mm(16), f"打印:{c.clerk} {d + timedelta(days=3):%Y-%m-%d} 10:{rng.randint(10, 59)}", mono)
    reply = Sheet()
    reply.starts_document = True
    reply.centred(mm(30), "衢州市自然资源和规划局", font("serif_bold", mm(7)), fill=(30, 30, 30))
    reply.centred(mm(42), f"（{REGISTRY}）", font("serif", mm(5)))
    reply.centred(mm(60), "不动产登记信息查询结果告知书", font("hei", mm(7.6)), spacing=mm(0.8))
    col = Column([reply], mm(82), left=mm(28), right=mm(26))
    f = font("serif", mm(5))
    col.flush(f"{COURT}：", f, f.size * 1.9)
    col.para(f"你院{c.number}协助查询通知书收悉。经查询本市不动产登记信息系统，截至{cn_date(d + timedelta(days=2))}，"
             f"{r.name}（证照号码{r.id_number}）名下" + ("无不动产登记记录。" if t != "citrus" else
                                                   "无国有建设用地使用权及房屋所有权登记记录；其经营场所系租赁。"),
             f, f.size * 1.9, indent=f.size * 2)
    col.para("特此告知。", f, f.size * 1.9, indent=f.size * 2)
    y = col.y + mm(20)
    when = cn_date(d + timedelta(days=rng.randint(3, 5)))
    x = reply.right(reply.width - mm(36), y, when, f)
    seal(reply, x + f.getlength(when) / 2, y, REGISTRY, rng, radius=mm(19), inner="查询专用章")
    reply.text(mm(28), y + mm(24), f"经办人：{person_name(rng)}　　电话：0570-30{rng.randint(10000, 99999)}", font("serif", mm(4)))
    return [s, reply]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed by the applicant's side in GB 宋体; for the 鸭头 shop the three instalments, the clerk's notes of
    each payment by hand at the foot."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), "执行和解协议", font("song_gb", mm(9)), spacing=mm(1.8))
    col = Column([s], mm(52), left=mm(27), right=mm(25))
    f = font("song_gb", mm(5.1))
    lead = f.size * 1.85
    if c.extra["tale"] == "duck":
        parts: list[tuple[date, Decimal]] = c.extra["instalments"]
        terms = [f"{k}．乙方于{num_date(day)}前支付{amt:,.2f}元；" for k, (day, amt) in enumerate(parts, 2)]
        blocks = [("t", f"甲方（申请执行人）：{a.name}"), ("t", f"乙方（被执行人）：{r.name}（“{c.extra['shop']}”经营者）"),
                  ("p", f"甲乙双方就{COURT}{c.number}执行一案，经自愿协商，达成和解如下："),
                  ("p", f"1．乙方尚欠甲方货款{c.amount:,.2f}元，甲方同意乙方分三期支付，并放弃迟延履行期间的债务利息；"),
                  *[("p", t) for t in terms],
                  ("p", "5．款项均汇入法院执行款专户；乙方任何一期逾期未付的，甲方可申请恢复执行原生效法律文书，已付款项予以扣除；"),
                  ("p", "6．本协议一式三份，甲乙双方各执一份，交法院附卷一份。")]
    else:
        blocks = [("t", f"甲方（申请执行人）：{a.name}"), ("t", f"乙方（被执行人）：{r.name}"),
                  ("p", f"{COURT}执行的{c.number}一案，乙方银行账户被冻结、车辆被查封后，甲乙双方自愿协商，达成和解如下："),
                  ("p", f"1．乙方于{num_date(c.extra['pay_day'])}前将{money(c.amount)}一次性汇入法院执行款专户；"),
                  ("p", "2．乙方按期付清的，甲方放弃迟延履行期间的债务利息，并同意法院解除对乙方账户的冻结和车辆的查封；"),
                  ("p", "3．乙方未按期付清的，甲方可申请法院继续执行原生效法律文书；"),
                  ("p", "4．本协议一式三份，甲乙双方各执一份，交法院附卷一份。")]
    _typed(blocks, f, lead, col)
    col.room(mm(60))
    y = col.y + mm(10)
    s = col.s
    s.text(mm(27), y, "甲方（盖章）：", f)
    seal(s, mm(80), y + mm(4), a.name, rng, radius=mm(17))
    s.text(s.width / 2 + mm(6), y, "乙方（签名/盖章）：", f)
    if r.kind == "organisation":
        seal(s, s.width - mm(50), y + mm(4), r.name, rng, radius=mm(17))
    else:
        scrawl(s, s.width / 2 + mm(20), y + mm(9), r.name, rng, role="kai_gb", size=mm(7), ink=PEN)
        s.draw.ellipse((s.width / 2 + mm(48), y + mm(10), s.width / 2 + mm(48) + 30, y + mm(10) + 40),
                       fill=(200, 50, 50))  # the owner's red thumbprint beside the name
    s.text(mm(27), y + mm(20), f"签订日期：{num_date(d)}", f)
    if c.extra["tale"] == "duck":
        yy = y + mm(36)
        for day, amt in c.extra["instalments"]:
            scrawl(s, mm(30), yy, f"{day.month}月{day.day}日 收到 {amt:,.2f}元", rng, role="wenkai", size=mm(5), ink=BALL)
            yy += mm(8)
    return [s]


def _slips(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Bank 回单 on one page: the juice factory's single payment into the court's account and the court's payment out; for
    the 鸭头 shop the three instalments."""
    s = Sheet()
    f = font("sans", mm(3.4))
    blue = (40, 86, 150)
    court_acct = f"2010{rng.randint(10**13, 10**14 - 1)}"
    if c.extra["tale"] == "duck":
        slips = [(c.respondent.name, f"6217{rng.randint(10**14, 10**15 - 1)}", f"{COURT}执行款专户", court_acct, day, amt,
                  f"{c.number}和解款第{k}期") for k, (day, amt) in enumerate(c.extra["instalments"], 1)]
    else:
        paid = c.extra["pay_day"]
        slips = [(c.respondent.name, c.extra["r_acct"], f"{COURT}执行款专户", court_acct, paid, c.amount, f"{c.number}执行款"),
                 (f"{COURT}执行款专户", court_acct, c.applicant.name, c.extra["in_acct"], paid + timedelta(days=4), c.amount,
                  f"{c.number}案款发放")]
    y = mm(14)
    hgt = mm(80)
    for payer, pacct, payee, eacct, day, amt, use in slips:
        s.box(mm(14), y, s.width - mm(14), y + hgt, width=2, outline=blue)
        s.centred(y + mm(4), "浙江农商银行　客户回单", font("sans_bold", mm(5.4)), fill=blue)
        s.text(mm(20), y + mm(14), f"交易日期：{day:%Y-%m-%d}　　回单编号：{rng.randint(10**13, 10**14 - 1)}", f)
        w = s.width - mm(40)
        rows = [["付款人", payer, "收款人", payee], ["账号", pacct, "账号", eacct],
                ["金额", f"CNY {amt:,.2f}", "大写", money_caps(amt)], ["摘要", use]]
        grid(s, mm(20), y + mm(22), [mm(20), mm(66), mm(20), w - mm(106)], rows, heights=mm(11), labels=(0, 2), f=f,
             lf=f, frame=2)
        seal(s, s.width - mm(46), y + hgt - mm(16), "浙江衢州柯城农村商业银行", rng, radius=mm(13), inner="业务专用章")
        y += hgt + mm(8)
    return [s]
