"""What 宛城法院's filing window receives, in the senders' styles. Much of it comes through the 移动微法院 mini-program
or WeChat as phone screenshots (status bar, the app's title bar, some in dark mode, long scrolling screenshots cut
into pages), a bank app's 转账成功 screen, a 12368 SMS; the rest are paper copies fed into the kiosk (ID card copies,
a law firm's letter, hand-filled forms, the 仲裁委's award)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature, text_width, wrap
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "settlement_agreement", "payment_voucher", "property_declaration_form",
})
PHONE = (1080, 2280)
LIGHT = {"bg": (246, 246, 246), "fg": (22, 22, 24), "dim": (130, 130, 136), "bar": (237, 237, 237), "card": (255, 255, 255)}
DARK = {"bg": (17, 17, 17), "fg": (214, 214, 214), "dim": (120, 120, 124), "bar": (25, 25, 25), "card": (30, 30, 30)}


def _screen_sheet(theme: dict[str, tuple[int, int, int]]) -> Sheet:
    s = Sheet(size=PHONE, paper=theme["bg"])
    s.screen = True  # type: ignore[attr-defined]
    return s


def _status_bar(s: Sheet, theme: dict[str, tuple[int, int, int]], clock: str, battery: int) -> None:
    f = font("sans_bold", 38)
    s.text(60, 26, clock, f, fill=theme["fg"], record=False)
    x = s.width - 70
    d = s.draw
    d.rounded_rectangle((x - 70, 36, x, 70), radius=8, outline=theme["fg"], width=3)
    d.rectangle((x - 66, 40, x - 66 + int(62 * battery / 100), 66), fill=theme["fg"])
    s.text(x - 160, 28, f"{battery}", font("sans", 32), fill=theme["fg"], record=False)
    for k in range(4):
        d.rectangle((x - 260 + k * 16, 66 - 10 - k * 9, x - 250 + k * 16, 66), fill=theme["fg"])
    s.text(x - 330, 30, "5G", font("sans_bold", 30), fill=theme["fg"], record=False)


def _title_bar(s: Sheet, theme: dict[str, tuple[int, int, int]], title: str) -> float:
    d = s.draw
    d.rectangle((0, 100, s.width, 230), fill=theme["bar"])
    d.line((58, 165, 84, 140), fill=theme["fg"], width=5)
    d.line((58, 165, 84, 190), fill=theme["fg"], width=5)
    s.centred(140, title, font("sans_bold", 46), fill=theme["fg"])
    # the mini-program's capsule: ··· and ◎
    cx = s.width - 240
    d.rounded_rectangle((cx, 132, cx + 200, 198), radius=33, outline=theme["dim"], width=2)
    for k in range(3):
        d.ellipse((cx + 34 + k * 18, 160, cx + 44 + k * 18, 170), fill=theme["fg"])
    d.line((cx + 100, 144, cx + 100, 186), fill=theme["dim"], width=2)
    d.ellipse((cx + 130, 146, cx + 170, 186), outline=theme["fg"], width=4)
    d.ellipse((cx + 143, 159, cx + 157, 173), fill=theme["fg"])
    return 260.0


def phone_doc(blocks: Sequence[tuple[str, str]], rng: random.Random, *, app: str, dark: bool, clock: str,
              size: int = 40) -> list[Sheet]:
    """A document read in an app on the phone, screenshotted as one long scrolling capture and cut into pages:
    ("h", title) bold centred, ("c", line) centred, ("p", paragraph), ("f", flush), ("r", right), ("g", grey note),
    ("k", "label|value") a key-value row, ("s", "") a red seal image in the document, ("-", "") a divider."""
    theme = DARK if dark else LIGHT
    sheets: list[Sheet] = []
    s = _screen_sheet(theme)
    _status_bar(s, theme, clock, rng.randint(18, 96))
    y = _title_bar(s, theme, app) + 30
    sheets.append(s)
    x0, x1 = 70, PHONE[0] - 70
    f = font("serif", size)
    fb = font("serif_bold", int(size * 1.3))
    lh = size * 1.75

    def room(h: float) -> None:
        nonlocal s, y
        if y + h > PHONE[1] - 40:
            s = _screen_sheet(theme)
            sheets.append(s)
            y = 30.0

    for kind, text in blocks:
        if kind == "h":
            room(lh * 1.5)
            s.centred(y, text, fb, fill=theme["fg"], spacing=6)
            y += lh * 1.5
        elif kind == "c":
            room(lh)
            s.centred(y, text, f, fill=theme["fg"])
            y += lh
        elif kind == "r":
            room(lh)
            s.right(x1, y, text, f, fill=theme["fg"])
            y += lh
        elif kind == "g":
            g = font("sans", int(size * 0.8))
            for part in wrap(text, g, x1 - x0):
                room(lh)
                s.text(x0, y, part, g, fill=theme["dim"])
                y += lh * 0.85
        elif kind == "k":
            label, value = text.split("|", 1)
            g = font("sans", size)
            room(lh * 1.3)
            s.text(x0, y, label, g, fill=theme["dim"])
            parts = wrap(value, g, x1 - x0 - 300)
            for k, part in enumerate(parts):
                if k:
                    room(lh)
                s.right(x1, y, part, g, fill=theme["fg"])
                y += lh
            y += lh * 0.3
        elif kind == "-":
            room(30)
            s.line(x0, y + 10, x1, y + 10, width=2, fill=theme["dim"])
            y += 30
        elif kind == "s":
            room(mm(44))
            seal(s, x1 - mm(30), y - mm(10), text, rng)
            y += mm(10)
        else:
            ind = size * 2 if kind == "p" else 0
            for k, part in enumerate(wrap(text, f, x1 - x0, indent=ind)):
                room(lh)
                s.text(x0 + (ind if k == 0 else 0), y, part, f, fill=theme["fg"])
                y += lh
    n = len(sheets)
    for i, sh in enumerate(sheets):
        sh.page_of = (i + 1, n) if n > 1 else None
    return sheets


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}"


# ---- kiosk-fed paper copies -------------------------------------------------------------------------------------

def id_card_copy(p: Party, rng: random.Random) -> Sheet:
    """Both sides of a 居民身份证 on one A4 copy, with the holder's 仅供…使用 line written across."""
    s = Sheet(paper=(250, 250, 247))
    w, h = mm(86), mm(54)
    x = (s.width - w) // 2
    grey = (120, 120, 120)
    for k, y in enumerate((mm(40), mm(120))):
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), outline=grey, width=3)
        s.draw.rectangle((x + 4, y + 4, x + w - 4, y + h - 4), fill=(232, 232, 228))
        if k == 0:
            f = font("hei", mm(3.4))
            born = p.born or date(1980, 1, 1)
            rows = [("姓名", p.name), ("性别", f"{p.sex}    民族  汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")]
            yy = y + mm(6)
            for label, val in rows:
                s.text(x + mm(5), yy, label, font("hei", mm(3)), fill=(70, 100, 150))
                s.text(x + mm(16), yy, val, f)
                yy += mm(7.5)
            s.text(x + mm(5), yy, "住址", font("hei", mm(3)), fill=(70, 100, 150))
            for part in wrap(p.address, f, mm(44)):
                s.text(x + mm(16), yy, part, f)
                yy += mm(5)
            s.text(x + mm(5), y + h - mm(10), "公民身份号码", font("hei", mm(3)), fill=(70, 100, 150))
            s.text(x + mm(28), y + h - mm(10.5), p.id_number, font("mono", mm(4)))
            s.draw.rectangle((x + w - mm(28), y + mm(8), x + w - mm(5), y + mm(36)), fill=(190, 190, 186))
        else:
            s.centred(y + mm(14), "中华人民共和国", font("hei", mm(5.5)), x0=x + mm(20), x1=x + w)
            s.centred(y + mm(22), "居民身份证", font("hei", mm(6.5)), spacing=mm(1), x0=x + mm(20), x1=x + w)
            s.draw.ellipse((x + mm(5), y + mm(5), x + mm(19), y + mm(19)), outline=(200, 60, 60), width=4)
            f = font("hei", mm(3.2))
            s.text(x + mm(10), y + h - mm(16), "签发机关  南阳市公安局宛城分局", f)
            s.text(x + mm(10), y + h - mm(10), f"有效期限  {2016 + rng.randint(0, 6)}.0{rng.randint(1, 9)}.12-长期", f)
    hand(s, mm(40), mm(190), "此复印件仅供执行立案使用", rng, size=mm(7), ink=BLUE_INK)
    hand(s, mm(120), mm(206), p.name, rng, size=mm(8), ink=BLUE_INK)
    return s


def licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """A 营业执照（副本）copy: the national-emblem frame, the boxes, the registry's red seal, 与原件一致 stamped."""
    s = Sheet(paper=(252, 251, 247))
    brown = (150, 90, 50)
    s.box(mm(18), mm(20), s.width - mm(18), s.height - mm(40), width=10, outline=brown)
    s.box(mm(24), mm(26), s.width - mm(24), s.height - mm(46), width=3, outline=brown)
    s.centred(mm(52), "营 业 执 照", font("serif_bold", mm(14)), fill=INK)
    s.centred(mm(72), "（副      本）", font("serif", mm(6)))
    f = font("serif", mm(4.6))
    s.text(mm(32), mm(88), f"统一社会信用代码  {p.id_number}", f)
    rows = [("名        称", p.name), ("类        型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经 营 范 围", c.extra["scope"]), ("注 册 资 本", f"{rng.choice([50, 100, 200, 500])}万元人民币"),
            ("成 立 日 期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住        所", p.address)]
    y = mm(104)
    for label, val in rows:
        s.text(mm(32), y, label, f)
        parts = wrap(val, f, mm(110))
        for part in parts:
            s.text(mm(70), y, part, f)
            y += mm(7.5)
        y += mm(3)
    s.text(mm(120), s.height - mm(92), "登记机关", f)
    seal(s, mm(165), s.height - mm(88), "南阳市市场监督管理局", rng, radius=mm(19))
    s.text(mm(130), s.height - mm(70), num_date(date(2022, rng.randint(1, 12), rng.randint(1, 28))), f)
    s.draw.rectangle((mm(30), s.height - mm(34), mm(96), s.height - mm(20)), outline=(190, 40, 40), width=4)
    s.text(mm(34), s.height - mm(32), "与原件核对一致", font("hei", mm(7)), fill=(190, 40, 40))
    seal(s, mm(150), s.height - mm(28), p.name, rng, radius=mm(17))
    return s


def ruled_form(title: str, rows: list[tuple[str, str]], rng: random.Random, *, head: str = "", foot: str = "",
               sign: str = "", when: date | None = None, tall: Sequence[int] = ()) -> Sheet:
    """A window form (printed by the court for the public, filled by hand in ballpoint): a two-column grid with a
    thick outer border, the labels in hei, the answers in blue handwriting wrapped inside their cells."""
    s = Sheet()
    y = float(mm(22))
    if head:
        s.centred(y, head, font("hei", mm(5)))
        y += mm(10)
    s.centred(y, title, font("hei", mm(8)), spacing=mm(1.5))
    y += mm(17)
    x0, x1 = mm(20), s.width - mm(20)
    lab = mm(42)
    f = font("hei", mm(4.3))
    top = y
    for i, (label, val) in enumerate(rows):
        per = int((x1 - x0 - lab - mm(8)) / mm(5.6))
        parts = [val[k:k + per] for k in range(0, len(val), per)] or [""]
        h = max(mm(14), mm(8) * len(parts) + mm(6), mm(32) if i in tall else 0)
        s.line(x0, y, x1, y, width=2)
        s.line(x0 + lab, y, x0 + lab, y + h, width=2)
        for k, part in enumerate(wrap(label, f, lab - mm(6))):
            s.text(x0 + mm(3), y + mm(4) + k * mm(6), part, f)
        for k, part in enumerate(parts):
            if part:
                hand(s, x0 + lab + mm(4), y + mm(3) + k * mm(8), part, rng, size=mm(5.2), ink=BLUE_INK)
        y += h
    s.box(x0, top, x1, y, width=5)
    y += mm(8)
    if foot:
        for part in wrap(foot, font("hei", mm(3.6)), x1 - x0):
            s.text(x0, y, part, font("hei", mm(3.6)))
            y += mm(6)
    if sign:
        y += mm(8)
        s.text(x0 + mm(80), y, "填表人（签名/盖章）：", f)
        signature(s, x0 + mm(125), y - mm(3), sign, rng, ink=BLUE_INK)
        y += mm(14)
    if when:
        s.text(x0 + mm(80), y, "日期：", f)
        hand(s, x0 + mm(100), y - mm(1), num_date(when), rng, size=mm(5.2), ink=BLUE_INK)
    return s


def typed_letter(head: str, title: str, blocks: Sequence[tuple[str, str]], rng: random.Random, *, face: str = "ming",
                 seal_name: str = "", footer: str = "") -> Sheet:
    """A law firm's or an arbitration commission's own letter: its letterhead, a red double rule, the text."""
    s = Sheet()
    red = (190, 30, 30)
    s.centred(mm(20), head, font("serif_bold", mm(8)), fill=red, spacing=mm(1))
    s.line(mm(22), mm(34), s.width - mm(22), mm(34), width=6, fill=red)
    s.line(mm(22), mm(36), s.width - mm(22), mm(36), width=2, fill=red)
    y = float(mm(46))
    if title:
        s.centred(y, title, font("hei", mm(7.5)), spacing=mm(1))
        y += mm(16)
    f = font(face, mm(5))
    for kind, text in blocks:
        if kind == "r":
            s.right(s.width - mm(26), y, text, f)
            y += mm(9)
            continue
        ind = mm(10) if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, s.width - mm(52), indent=ind)):
            s.text(mm(26) + (ind if k == 0 else 0), y, part, f)
            y += mm(9)
    if seal_name:
        seal(s, s.width - mm(55), y - mm(20), seal_name, rng)
    if footer:
        s.line(mm(22), s.height - mm(24), s.width - mm(22), mm(273), width=1, fill=red)
        s.centred(s.height - mm(20), footer, font("sans", mm(3.2)), fill=(90, 90, 90))
    return s


# ---- what each sender wrote -------------------------------------------------------------------------------------

def _party_line(p: Party, role: str) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}，法定代表人{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return (f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，"
            f"公民身份号码{p.id_number}。")


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's 强制执行申请书 as uploaded through 移动微法院 (网上立案 → 申请执行 → 材料预览), long screenshot."""
    c.extra["tale"]
    blocks: list[tuple[str, str]] = [
        ("g", f"网上立案 · 材料预览  {c.extra['upload_no']}"), ("-", ""), ("h", "强制执行申请书"),
        ("f", _party_line(c.applicant, "申请执行人")),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("f", _party_line(c.respondent, "被执行人")),
        ("f", "执行请求："),
        ("f", f"1．请求依法强制被执行人{c.respondent.name}履行{c.basis_court}{c.basis_number}{c.extra['basis_title']}"
              f"确定的给付义务，支付{c.extra['claim_what']}{money(c.amount)}；"),
        ("f", "2．请求被执行人加倍支付迟延履行期间的债务利息；"),
        ("f", "3．本案执行费用由被执行人负担。"),
        ("f", "事实与理由："),
        ("p", c.extra["story"]),
        ("p", f"上述法律文书已于{num_date(c.basis_effective)}发生法律效力，被执行人至今未履行。为维护申请执行人合法权益，"
              "特依据《中华人民共和国民事诉讼法》第二百四十七条之规定，向贵院申请强制执行。"),
        ("f", "此致"), ("f", c.court.name),
        ("r", f"申请执行人：{c.applicant.name}"), ("r", num_date(c.day(-1))),
        ("-", ""), ("g", f"提交人：{c.agent}（律师）  提交时间：{c.day(-1):%Y-%m-%d} {rng.randint(9, 21)}:{rng.randint(0, 59):02d}"),
    ]
    return phone_doc(blocks, rng, app="移动微法院", dark=c.extra["dark_app"], clock=_clock(rng), size=38)


def basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    t = c.extra["tale"]
    if t == "herb":
        return award(c, rng)
    a, r = c.applicant, c.respondent
    if t == "jade":
        blocks: list[tuple[str, str]] = [
            ("g", "电子送达 · 文书查看"), ("c", "河南省南阳市中级人民法院"), ("h", "民 事 判 决 书"), ("r", c.basis_number),
            ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司经理。"),
            ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司执行董事。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服河南省南阳市宛城区人民法院{c.extra['first_no']}"
                  "民事判决，向本院提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
            ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人交付的独山玉摆件"
                  "部分存在绺裂，货款应予扣减。"),
            ("p", f"{a.name}辩称：双方签订的《玉雕工艺品购销合同》约定货到验收，上诉人签收时未提出异议，其所称质量问题没有证据证明。"),
            ("p", f"本院经审理查明，{c.extra['contract_on'].year}年{c.extra['contract_on'].month}月，双方签订购销合同，约定{a.name}"
                  f"向{r.name}供应独山玉山子、摆件、手把件共计{c.extra['pieces']}件，用于其在南阳玉雕节期间的展销。"
                  f"{a.name}按约交付，{r.name}出具收货确认单，此后仅支付部分货款。"),
            ("p", "本院认为，上诉人签收货物时未就质量提出异议，二审中亦未提交证据证明货物存在质量瑕疵，其上诉理由不能成立。"
                  "一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，"
                  "判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"一审判决主文：{r.name}于判决生效之日起十日内支付{a.name}货款{money(c.amount)}。"),
            ("p", "二审案件受理费由上诉人负担。本判决为终审判决。"),
            ("r", f"审判长  {c.extra['judges'][0]}"), ("r", f"审判员  {c.extra['judges'][1]}"),
            ("r", f"审判员  {c.extra['judges'][2]}"), ("r", cn_date(c.basis_effective)), ("s", "河南省南阳市中级人民法院"),
            ("r", f"书记员  {c.extra['judges'][3]}"),
        ]
    else:
        blocks = [
            ("g", "电子送达 · 文书查看"), ("c", "河南省南阳市宛城区人民法院"), ("h", "民 事 判 决 书"), ("r", c.basis_number),
            ("f", f"原告：{a.name}，{a.sex}，住{a.address}。"), ("f", f"被告：{r.name}，{r.sex}，住{r.address}。"),
            ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"
                  "被告经本院传票传唤无正当理由拒不到庭参加诉讼，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"本院经审理认定事实如下：{c.extra['lent_on'].year}年{c.extra['lent_on'].month}月{c.extra['lent_on'].day}日，"
                  f"被告以其经营的{c.extra['garage']}周转为由向原告借款，原告通过银行转账交付借款，被告出具借条一张，"
                  "约定三个月内归还。借款到期后，经原告多次催要，被告未归还。"),
            ("p", "本院认为，合法的借贷关系受法律保护。原告提交的借条、转账记录能够相互印证，本院予以确认。依照《中华人民共和国"
                  "民法典》第六百七十五条、第六百七十六条之规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{money(c.amount)}，并支付自起诉之日起按"
                  "一年期贷款市场报价利率计算的利息。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                  "加倍支付迟延履行期间的债务利息。"),
            ("r", f"审判员  {c.extra['judges'][0]}"), ("r", cn_date(c.basis_effective - timedelta(days=20))),
            ("s", "河南省南阳市宛城区人民法院"), ("r", f"书记员  {c.extra['judges'][3]}"),
        ]
    return phone_doc(blocks, rng, app="移动微法院", dark=False, clock=_clock(rng), size=36)


def award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """南阳仲裁委员会's 裁决书, a paper copy the co-operative brought to the kiosk: two A4 pages, 仿宋-like ming text."""
    a, r = c.applicant, c.respondent
    blocks: list[tuple[str, str]] = [
        ("r", c.basis_number),
        ("f", f"申请人：{a.name}，住所地{a.address}。负责人：{a.legal_rep}，理事长。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。法定代表人：{r.legal_rep}。"),
        ("p", f"南阳仲裁委员会（以下简称本会）根据申请人与被申请人签订的《中药材收购合同》中的仲裁条款，于"
              f"{num_date(c.basis_effective - timedelta(days=75))}受理了申请人提出的仲裁申请。本会依法组成仲裁庭，"
              "于开庭审理后作出本裁决。"),
        ("p", f"申请人称：{c.extra['story']}"),
        ("p", "被申请人答辩称：艾叶含水率超标，部分山茱萸品相不符合约定等级，应扣减价款。但被申请人未能提交检验报告。"),
        ("p", "仲裁庭认为，双方之间的收购合同系真实意思表示，合法有效。被申请人收货后未在约定的七日内提出书面质量异议，"
              "应视为货物符合约定。被申请人应支付欠付货款及违约金。"),
        ("p", "根据《中华人民共和国民法典》第五百零九条、第六百二十六条和《南阳仲裁委员会仲裁规则》的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付货款及违约金共计{money(c.amount)}；"),
        ("p", "二、本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
        ("r", f"首席仲裁员  {c.extra['judges'][0]}"), ("r", f"仲 裁 员  {c.extra['judges'][1]}"),
        ("r", f"仲 裁 员  {c.extra['judges'][2]}"), ("r", cn_date(c.basis_effective)),
    ]
    one = typed_letter("南 阳 仲 裁 委 员 会", "裁  决  书", blocks[:6], rng, face="serif",
                       footer="地址：南阳市卧龙区人民路与中州路交叉口  电话：0377-63163xxx")
    two = typed_letter("南 阳 仲 裁 委 员 会", "", blocks[6:], rng, face="serif", seal_name="南阳仲裁委员会",
                       footer="地址：南阳市卧龙区人民路与中州路交叉口  电话：0377-63163xxx")
    one.page_of, two.page_of = (1, 2), (2, 2)
    return [one, two]


def effect_proof(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.extra["tale"] == "herb":
        blocks: list[tuple[str, str]] = [
            ("f", f"{c.applicant.name}："),
            ("p", f"你（单位）与{c.respondent.name}中药材收购合同纠纷一案，本会{c.basis_number}裁决书已于"
                  f"{num_date(c.basis_effective)}作出，并于{num_date(c.basis_effective + timedelta(days=4))}送达双方当事人。"
                  "该裁决为终局裁决，自作出之日起发生法律效力。"),
            ("p", "特此证明。"), ("r", "南阳仲裁委员会秘书处"), ("r", cn_date(c.day(-6))),
        ]
        return [typed_letter("南 阳 仲 裁 委 员 会", "裁决书送达及生效证明", blocks, rng, face="serif", seal_name="南阳仲裁委员会")]
    return []


def lawyer_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    blocks: list[tuple[str, str]] = [
        ("f", f"{c.extra['letter_no']}"), ("f", f"{c.court.name}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
              "委托代理人。"),
        ("p", "特此函告。"),
        ("f", "附：授权委托书一份    律师执业证复印件一份"),
        ("r", c.firm), ("r", cn_date(c.day(-2))),
        ("f", f"联系人：{c.agent}   电话：{c.agent_phone}"), ("f", f"地址：{c.extra['firm_addr']}"),
    ]
    return typed_letter(c.firm, "律 师 事 务 所 函", blocks, rng, seal_name=c.firm,
                        footer=f"{c.firm}  {c.extra['firm_addr']}")


def licence_screen(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 shown in the lawyer's WeChat: a photo of the booklet's information page sent in a chat."""
    theme = LIGHT
    s = _screen_sheet(theme)
    _status_bar(s, theme, _clock(rng), rng.randint(30, 90))
    s.draw.rectangle((0, 100, s.width, 230), fill=theme["bar"])
    s.centred(140, f"{c.agent}律师", font("sans_bold", 46), fill=theme["fg"])
    s.draw.rectangle((0, 230, s.width, s.height), fill=(237, 237, 237))
    s.text(60, 270, f"{c.day(-1):%m月%d日} {_clock(rng)}", font("sans", 30), fill=theme["dim"], record=False)
    x0, y0, x1, y1 = 170, 340, 960, 1460
    s.draw.rectangle((x0, y0, x1, y1), fill=(150, 35, 35))
    s.draw.rectangle((x0 + 40, y0 + 40, x1 - 40, y1 - 40), fill=(246, 240, 226))
    s.centred(y0 + 80, "律 师 执 业 证", font("serif_bold", 54), fill=(120, 30, 30), x0=x0, x1=x1)
    f = font("serif", 34)
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
            ("持证人", c.agent), ("性别", rng.choice("男女")), ("身份证号", c.extra["agent_id"]),
            ("发证机关", "河南省司法厅"), ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    y = y0 + 190
    for label, val in rows:
        s.text(x0 + 70, y, label, f)
        s.text(x0 + 280, y, val, f)
        y += 72
    s.draw.rectangle((x1 - 260, y0 + 180, x1 - 80, y0 + 420), fill=(200, 200, 205))
    seal(s, x1 - 200, y1 - 200, "河南省司法厅", rng, radius=110)
    s.draw.rounded_rectangle((700, 1540, 1020, 1640), radius=14, fill=(149, 236, 105))
    s.text(730, 1565, "执业证照片", font("sans", 36), fill=theme["fg"])
    s.text(730, 1660, "年度考核：称职（2023）", font("sans", 30), fill=theme["dim"])
    return [s]


def bank_success(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The payer's bank app after the transfer to the court's 执行款专户: a green tick, 转账成功, the details."""
    theme = LIGHT
    s = _screen_sheet(theme)
    _status_bar(s, theme, _clock(rng), rng.randint(12, 88))
    bank = c.extra["pay_bank"]
    s.centred(140, bank, font("sans_bold", 44), fill=theme["fg"])
    s.text(60, 140, "‹", font("sans", 60), fill=theme["fg"], record=False)
    green = (32, 170, 90)
    s.draw.ellipse((440, 330, 640, 530), fill=green)
    s.draw.line((490, 430, 530, 475), fill=(255, 255, 255), width=16)
    s.draw.line((528, 475, 600, 385), fill=(255, 255, 255), width=16)
    s.centred(580, "转账成功", font("sans_bold", 56), fill=theme["fg"])
    paid = c.extra["paid"]
    s.centred(680, f"¥{paid:,.2f}", font("sans_bold", 84), fill=theme["fg"])
    s.centred(800, money_caps(paid), font("sans", 34), fill=theme["dim"])
    s.draw.rounded_rectangle((40, 890, s.width - 40, 1790), radius=24, fill=theme["card"])
    when = c.extra["pay_day"]
    rows = [("收款人", "南阳市宛城区人民法院"), ("收款账号", c.extra["court_acct"]), ("收款银行", "中国农业银行南阳宛城支行"),
            ("付款人", c.extra["payer"]), ("付款账号", c.extra["payer_acct"]), ("转账附言", f"{c.number}执行款"),
            ("交易时间", f"{when:%Y-%m-%d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"),
            ("交易流水号", f"{when:%Y%m%d}{rng.randint(10**11, 10**12 - 1)}")]
    y = 940
    g = font("sans", 38)
    for label, val in rows:
        s.text(90, y, label, g, fill=theme["dim"])
        for k, part in enumerate(wrap(val, g, 560)):
            s.right(s.width - 90, y + k * 54, part, g, fill=theme["fg"])
        y += 54 * len(wrap(val, g, 560)) + 46
    s.draw.rounded_rectangle((90, 1880, 510, 1990), radius=55, outline=green, width=3)
    s.centred(1905, "查看电子回单", font("sans", 40), fill=green, x0=90, x1=510)
    s.draw.rounded_rectangle((570, 1880, 990, 1990), radius=55, fill=green)
    s.centred(1905, "完成", font("sans", 40), fill=(255, 255, 255), x0=570, x1=990)
    return [s]


def fee_ticket(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """河南省 非税收入 电子票据 as opened in WeChat after paying the 申请执行费 by 扫码: the e-ticket image in the viewer."""
    theme = DARK if c.extra["dark_app"] else LIGHT
    s = _screen_sheet(theme)
    _status_bar(s, theme, _clock(rng), rng.randint(20, 80))
    _title_bar(s, theme, "电子票据")
    x0, y0, x1 = 40, 320, s.width - 40
    s.draw.rectangle((x0, y0, x1, y0 + 1300), fill=(255, 255, 255))
    red = (170, 40, 40)
    s.centred(y0 + 40, "河南省政府非税收入电子票据", font("serif_bold", 44), fill=red)
    s.line(x0 + 200, y0 + 110, x1 - 200, y0 + 110, width=3, fill=red)
    s.line(x0 + 200, y0 + 118, x1 - 200, y0 + 118, width=3, fill=red)
    f = font("sans", 30)
    s.text(x0 + 30, y0 + 150, f"票据代码：41060{rng.randint(100, 999)}", f, fill=red)
    s.text(x0 + 520, y0 + 150, f"票据号码：{rng.randint(10**9, 10**10 - 1)}", f, fill=red)
    s.text(x0 + 30, y0 + 200, f"交款人：{c.applicant.name}", f, fill=red)
    s.text(x0 + 30, y0 + 250, f"开票日期：{c.filed_on:%Y-%m-%d}", f, fill=red)
    fee = c.extra["fee"]
    top = y0 + 310
    cols = [x0 + 20, x0 + 120, x0 + 520, x0 + 700, x1 - 20]
    heads = ["序号", "项目名称", "数量", "金额（元）"]
    vals = ["1", "申请执行费", "1", f"{fee:.2f}"]
    for k in range(5):
        s.line(cols[k], top, cols[k], top + 360, width=2, fill=red)
    for yy in (top, top + 70, top + 290, top + 360):
        s.line(cols[0], yy, cols[-1], yy, width=2, fill=red)
    for k in range(4):
        s.text(cols[k] + 14, top + 18, heads[k], f, fill=red)
        s.text(cols[k] + 14, top + 95, vals[k], f, fill=INK)
    s.text(cols[0] + 14, top + 308, f"金额合计（大写）{money_caps(fee)}      （小写）{fee:.2f}", f, fill=INK)
    s.text(x0 + 30, top + 400, f"备注：{c.number}  案号预编", font("sans", 28), fill=INK)
    s.text(x0 + 30, top + 460, "收款单位：南阳市宛城区人民法院", f, fill=red)
    s.text(x0 + 30, top + 510, "复核人：自动    收款人：自助缴费", f, fill=red)
    seal(s, x1 - 230, top + 520, "河南省财政厅票据监制章", rng, radius=120)
    s.centred(y0 + 1380, "长按可保存图片", font("sans", 30), fill=theme["dim"])
    return [s]


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        return application(c, rng)
    if code == "enforcement_basis":
        return basis(c, rng)
    if code == "effectiveness_certificate":
        return effect_proof(c, rng)
    if code == "identity_proof":
        p = r if "respondent" in served else a
        return [id_card_copy(p, rng) if p.kind == "person" else licence_copy(p, c, rng)]
    if code == "law_firm_letter":
        return [lawyer_letter(c, rng)]
    if code == "lawyer_license":
        return licence_screen(c, rng)
    if code == "payment_voucher":
        return bank_success(c, rng)
    if code == "fee_receipt":
        return fee_ticket(c, rng)
    if code == "power_of_attorney":
        return [ruled_form("授权委托书", [
            ("委托人", a.name), ("法定代表人/身份证号", a.legal_rep or a.id_number), ("受托人", f"{c.agent}  {c.firm}律师"),
            ("联系电话", c.agent_phone), ("委托事项", f"{a.name}申请执行{r.name}{c.extra['cause']}一案"),
            ("代理权限", "特别授权：代为申请执行、提供财产线索、参加询问、代为和解、代收法律文书、代为领取执行款"),
            ("委托期限", "自签字之日起至本案执行终结之日止"),
        ], rng, head=f"{c.court.name}（诉讼服务中心制）", sign=a.legal_rep or a.name, when=c.day(-3), tall=(5,))]
    if code == "property_clue_form":
        return [ruled_form("被执行人财产线索登记表", [
            ("案号", c.number), ("申请执行人", a.name), ("被执行人", r.name), ("银行账户", c.extra["clue_bank"]),
            ("不动产", c.extra["clue_house"]), ("车辆", c.extra["clue_car"]), ("其他财产（存货、到期债权等）", c.extra["clue_other"]),
        ], rng, head=c.court.name, foot="申请执行人应如实提供被执行人财产线索，提供虚假线索的，依法承担相应责任。",
            sign=c.agent, when=c.filed_on, tall=(6,))]
    if code == "payment_account_confirmation":
        return [ruled_form("收取执行款账户确认书", [
            ("案号", c.number), ("申请执行人", a.name), ("开户名", a.name), ("开户银行", c.extra["in_bank"]),
            ("账号", c.extra["in_acct"]), ("联系电话", a.phone),
        ], rng, head=c.court.name, foot="本人（单位）确认以上账户为收取本案执行款的账户；因账户信息错误导致款项无法到账或错付的，"
                                          "由本人（单位）自行承担。执行款通过“一案一账号”系统发放。",
            sign=a.legal_rep or a.name, when=c.filed_on)]
    if code == "service_address_confirmation":
        return [ruled_form("送达地址确认书", [
            ("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("邮政编码", "473000"),
            ("手机号码（接收12368短信）", a.phone), ("微信/电子邮箱", c.extra["wechat"]),
            ("是否同意电子送达", "同意，通过移动微法院、12368短信送达"), ("代收人", f"{c.agent}，{c.agent_phone}"),
        ], rng, head=c.court.name, foot="受送达人确认的送达地址适用于执行程序；地址变更未及时告知的，按原地址送达即视为送达。",
            sign=a.legal_rep or a.name, when=c.filed_on)]
    if code == "property_declaration_form":
        return [ruled_form("财产申报表", [
            ("案号", c.number), ("申报人（被执行人）", r.name), ("身份证号/信用代码", r.id_number),
            ("收入情况", c.extra["declared_income"]), ("银行存款", c.extra["declared_bank"]),
            ("房产、土地", c.extra["declared_house"]), ("车辆", c.extra["declared_car"]),
            ("其他财产、到期债权", c.extra["declared_other"]),
        ], rng, head=c.court.name, foot="申报人保证以上申报内容真实、完整，如有虚假申报，愿承担法律责任。",
            sign=r.legal_rep or r.name, when=c.day(11), tall=(7,))]
    if code == "settlement_agreement":
        return settlement(c, rng)
    raise KeyError(code)


def settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The parties' 执行和解协议, typed in the lawyer's office on plain paper in 宋体-like serif, signed and
    fingerprinted."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(26), "执 行 和 解 协 议", font("serif_bold", mm(8)))
    f = font("serif", mm(4.8))
    y = float(mm(46))
    lines: list[tuple[str, str]] = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲乙双方就{c.basis_court}{c.basis_number}{c.extra['basis_title']}的执行（{c.number}），"
              "经平等协商，自愿达成如下和解协议："),
        ("p", f"一、乙方应付甲方款项共计{money(c.amount)}，甲方同意免除迟延履行期间的债务利息。"),
        ("p", f"二、乙方于{num_date(c.extra['pay_day'])}前将{money(c.extra['paid'])}一次性汇入{c.court.name}执行款专户"
              f"（已被扣划的{c.extra['taken']:.2f}元冲抵相应数额）。"),
        ("p", "三、乙方按期足额履行后，本案执行完毕；乙方逾期不履行的，甲方可申请恢复执行原生效法律文书。"),
        ("p", "四、本协议一式三份，甲乙双方各执一份，交执行法院一份，自双方签字之日起生效。"),
    ]
    for kind, text in lines:
        ind = mm(9.6) if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, s.width - mm(50), indent=ind)):
            s.text(mm(25) + (ind if k == 0 else 0), y, part, f)
            y += mm(8.5)
    y += mm(10)
    s.text(mm(25), y, "甲方（签字）：", f)
    signature(s, mm(62), y - mm(3), a.legal_rep or a.name, rng)
    s.text(mm(110), y, "乙方（签字）：", f)
    signature(s, mm(147), y - mm(3), r.legal_rep or r.name, rng)
    s.draw.ellipse((mm(170), y - mm(4), mm(183), y + mm(10)), fill=(200, 60, 60))
    if r.kind == "organisation":
        seal(s, mm(155), y + mm(4), r.name, rng, radius=mm(18))
    y += mm(16)
    hand(s, mm(62), y, num_date(c.day(28)), rng, size=mm(5), ink=INK)
    hand(s, mm(147), y, num_date(c.day(28)), rng, size=mm(5), ink=INK)
    return [s]


def sms(c: CaseCtx, served: list[str], rng: random.Random, when: date, text: str) -> list[Sheet]:
    """A 12368 短信 in the phone's Messages app, screenshotted by the applicant's lawyer as proof of 电子送达."""
    theme = DARK if c.extra["dark_app"] else LIGHT
    s = _screen_sheet(theme)
    _status_bar(s, theme, _clock(rng), rng.randint(15, 99))
    s.draw.rectangle((0, 100, s.width, 300), fill=theme["bar"])
    s.centred(140, "12368", font("sans_bold", 50), fill=theme["fg"])
    s.centred(210, "短信/彩信", font("sans", 30), fill=theme["dim"])
    stamp = f"{when.year}年{when.month}月{when.day}日 {rng.randint(9, 17)}:{rng.randint(10, 59)}"
    sf = font("sans", 30)
    s.text((s.width - text_width(stamp, sf)) / 2, 340, stamp, sf, fill=theme["dim"], record=False)
    s.lines.append(f"{when.year}年{when.month}月{when.day}日")
    g = font("sans", 40)
    parts = wrap(text, g, 780)
    top = 410
    bubble = (44, 44, 46) if theme is DARK else (255, 255, 255)
    s.draw.rounded_rectangle((50, top, 900, top + 60 + 58 * len(parts)), radius=30, fill=bubble)
    for k, part in enumerate(parts):
        s.text(86, top + 30 + 58 * k, part, g, fill=theme["fg"])
    s.draw.rounded_rectangle((40, s.height - 150, s.width - 40, s.height - 60), radius=45, outline=theme["dim"], width=2)
    s.text(90, s.height - 128, "短信", font("sans", 36), fill=theme["dim"], record=False)
    return [s]

