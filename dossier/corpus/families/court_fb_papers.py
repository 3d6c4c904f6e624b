"""What 黄州法院执行局 receives, as its senders make it — ordinary laser prints and photocopies, nothing struck on a
dot-matrix: the 蕲春县人民法院's judgment in Noto song under a bold title with "- n -" folios, the 黄冈市中级人民法院's
appeal judgment in 明体 with "第n页 共m页", the 黄冈仲裁委员会's award in a 楷-like face, the lawyers' applications in
a GB 楷 with Arabic dates, a firm's letter under its red letterhead, the 电子缴款书 with its QR code, copies of ID
cards, licences and an 执业证 (grey toner ground, a dark band where the copier's lid did not close, "与原件一致" in the
lawyer's hand), the window's pre-printed forms filled in ballpoint, and a settlement the parties typed and signed."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import numpy as np
from PIL import Image

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_fb_kit import COURT, OFFSET, grid, label_font, scrawl
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "settlement_agreement",
})
ARB = "黄冈仲裁委员会"
MID = "湖北省黄冈市中级人民法院"
BLACK = (24, 24, 26)
BALL = (28, 48, 150)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fb import made_on

    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _award(c, rng) if t == "steel" else (_appeal(c, rng) if t == "print" else _judgment(c, rng))
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_booklet(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "person":
            return _id_copy(p, c, rng)
        if p is c.respondent:
            return _registry_report(p, c, rng)
        return _business_licence(p, c, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code == "property_clue_form":
        return _clues(c, rng)
    if code == "payment_account_confirmation":
        return _account(c, rng)
    if code == "service_address_confirmation":
        return _address(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng, made_on(c, code))
    if code == "settlement_agreement":
        return _settlement(c, rng, made_on(c, code))
    raise KeyError(code)


# -- laser typesetting ---------------------------------------------------------------------------------------------


class Laser:
    """A sender's word processor: paragraphs down A4 sheets in one face, a page break when the foot is reached."""

    def __init__(self, f: Font, *, left: float = mm(28), right: float = mm(26), top: float = mm(30),
                 foot: float = mm(30), lead: float = 0.0) -> None:
        self.f, self.left, self.right, self.top, self.foot = f, left, right, top, foot
        self.lead = lead or f.size * 1.75
        self.sheets = [Sheet()]
        self.y = top

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, *, first: float = 2.0, hang: float = 0.0, f: Font | None = None) -> None:
        f = f or self.f
        em = f.size
        lines = word_wrap(text, f, self.width - hang * em, indent=(first - hang) * em if first else 0.0)
        for k, part in enumerate(lines):
            self.need(self.lead)
            x = self.left + (first * em if k == 0 else hang * em)
            self.s.text(x, self.y, part, f, fill=BLACK)
            self.y += self.lead

    def line(self, text: str, *, f: Font | None = None, at: float = 0.0, centred: bool = False, right: bool = False,
             spacing: float = 0.0) -> None:
        f = f or self.f
        self.need(self.lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing, fill=BLACK)
        elif right:
            self.s.right(self.s.width - self.right, self.y, text, f, fill=BLACK)
        else:
            self.s.text(self.left + at, self.y, text, f, fill=BLACK, spacing=spacing)
        self.y += self.lead

    def folios(self, style: str, f: Font) -> list[Sheet]:
        n = len(self.sheets)
        for i, s in enumerate(self.sheets, 1):
            if n > 1 or style == "always":
                label = f"- {i} -" if style == "dash" else f"第{i}页 共{n}页"
                s.centred(s.height - mm(18), label, f, fill=BLACK)
            if i > 1:
                s.page_of = (i, n)
        return self.sheets


def word_wrap(text: str, f: Font, width: float, *, indent: float = 0.0) -> list[str]:
    """A word processor's line breaking: Chinese breaks anywhere (no closing punctuation at a line's start), a run of
    figures and letters (an account or identity number, an amount) moves whole to the next line."""
    units: list[str] = []
    for ch in text:
        if units and ch.isascii() and ch not in " " and units[-1][-1].isascii() and units[-1][-1] not in " ":
            units[-1] += ch
        else:
            units.append(ch)
    lines: list[str] = []
    cur = ""
    limit = width - indent
    for u in units:
        if f.getlength(cur + u) > limit and cur:
            if u in "，。、；：）”》！？" and len(cur) > 1:
                lines.append(cur[:-1])
                cur = cur[-1]
            else:
                lines.append(cur)
                cur = ""
            limit = width
        cur += u
    if cur:
        lines.append(cur)
    return lines


def photocopy(s: Sheet, rng: random.Random) -> None:
    """A copier's look laid over a drawn original: a faint grey toner ground with specks, a dark band along one edge
    where the lid stood open, the whole slightly darker."""
    a: Any = np.asarray(s.image, dtype=np.float32)
    h, w = a.shape[:2]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ground = rng.uniform(8, 20)
    grain = gen.normal(0, 3.0, (h // 2 + 1, w // 2 + 1)).astype(np.float32)
    a = a - ground - np.repeat(np.repeat(grain, 2, axis=0), 2, axis=1)[:h, :w, None]
    for _ in range(int(rng.uniform(40, 160))):
        x, y = rng.randrange(w - 6), rng.randrange(h - 6)
        r = rng.choice([1, 2, 2, 3])
        a[y:y + r, x:x + r] -= 120
    edge = rng.choice(["left", "bottom", "right"])
    band = int(mm(rng.uniform(4, 10)))
    ramp = np.linspace(150, 20, band, dtype=np.float32)
    if edge == "left":
        a[:, :band] -= ramp[None, :, None]
    elif edge == "right":
        a[:, w - band:] -= ramp[::-1][None, :, None]
    else:
        a[h - band:] -= ramp[::-1][:, None, None]
    grey = a.mean(axis=2, keepdims=True)
    a = grey * 0.85 + a * 0.15  # a monochrome copier: the red seals come out grey
    s.image = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def hand(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 46,
         ink: tuple[int, int, int] = BALL, face: str = "wenkai") -> float:
    if text.strip():
        s.lines.append(text)
    return scrawl(s, x, y, text, rng, size=size, ink=ink, face=face)


def checked(s: Sheet, x: float, y: float, rng: random.Random, who: str) -> None:
    """The lawyer's note on a copy: 与原件核对一致 and a signature."""
    hand(s, x, y, "此复印件与原件核对一致", rng, size=50, ink=BLACK, face="kai")
    hand(s, x + mm(30), y + mm(14), who, rng, size=56, ink=BLACK, face="kai")


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _sign_court(run: Laser, rng: random.Random, roles: Sequence[tuple[str, str]], day: date, court: str, *,
                f: Font) -> None:
    run.need(len(roles) * run.lead + mm(60))
    s, y = run.s, run.y + 40
    x = s.width - run.right - mm(78)
    for role, name in roles:
        s.text(x, y, role, f, fill=BLACK)
        s.text(x + mm(36), y, name, f, fill=BLACK)
        y += run.lead
    when = cn_date(day)
    s.text(x, y + 24, when, f, fill=BLACK)
    seal(s, x + text_width(when, f) / 2, y + 34, court, rng, radius=mm(21))
    run.y = y + run.lead + 40


def _copy_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    red = (192, 40, 46)
    f = font("serif", 30)
    w = text_width("本件与原本核对无异", f) + 34
    s.box(x, y, x + w, y + 58, width=3, outline=red)
    s.text(x + 17, y + 12, "本件与原本核对无异", f, fill=red)


# -- the bases ------------------------------------------------------------------------------------------------------


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 蕲春县人民法院's first-instance judgment: Noto song, bold title, "- n -" folios."""
    a, r = c.applicant, c.respondent
    court = c.basis_court
    f = font("serif", 40)
    run = Laser(f, left=mm(30), right=mm(27), top=mm(28), foot=mm(28))
    run.line(court, f=font("serif_bold", 54), centred=True, spacing=3)
    run.y += 10
    run.line("民事判决书", f=font("serif_bold", 78), centred=True, spacing=34)
    run.y += 30
    run.line(c.basis_number, right=True)
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    price = c.amount
    n_orders = rng.randint(5, 9)
    run.para(f"原告：{_who(a)}", first=0, hang=2)
    run.para(f"委托诉讼代理人：{c.agent}，{c.firm}律师。", first=0, hang=2)
    run.para(f"被告：{_who(r)}", first=0, hang=2)
    for text in [
        f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=48))}立案后，依法适用简易程序，"
        f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}到庭参加诉讼，被告经本院合法传唤，无正当理由"
        "拒不到庭，本院依法缺席审理。本案现已审理终结。",
        f"{a.name}向本院提出诉讼请求：1.判令被告支付货款{price:,.2f}元及逾期付款利息；2.本案诉讼费用由被告负担。事实和"
        f"理由：2022年3月起，被告为其在黄州城区开设的艾灸养生门店向原告订购{c.extra['goods']}，双方约定每月对账、"
        f"次月十日前付清。原告先后{n_orders}次供货，经对账，被告尚欠货款{price:,.2f}元，原告多次催要未果。",
        "被告未作答辩，亦未提交证据。",
        f"本院经审理认定事实如下：原、被告之间存在买卖合同关系，原告已按约交付货物，被告在2023年1月的对账单上加盖公章，"
        f"确认尚欠货款{price:,.2f}元。",
        "本院认为，原、被告之间的买卖合同关系合法有效。原告依约供货，被告应当及时支付价款。被告经对账确认欠款后未付，应"
        "承担继续履行及赔偿损失的违约责任。依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百二十六条，《中华"
        "人民共和国民事诉讼法》第一百四十七条的规定，判决如下：",
        f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{price:,.2f}元；",
        "二、被告于本判决生效之日起十日内支付原告逾期付款利息（以欠款为基数，自2023年2月11日起按全国银行间同业拆借中心"
        "公布的一年期贷款市场报价利率计算至付清之日止）。",
        "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延"
        "履行期间的债务利息。",
        f"案件受理费{int(price) // 100 * 2 + 50}元，减半收取{int(price) // 100 + 25}元，由被告负担。",
        "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于湖北省黄冈市"
        "中级人民法院。",
    ]:
        run.para(text)
    _sign_court(run, rng, [("审判员", c.extra.setdefault("civil_judge", person_name(rng)))],
                c.basis_effective - timedelta(days=rng.randint(20, 26)), court, f=f)
    run.line(f"书记员　{person_name(rng)}", at=run.width - mm(78))
    _copy_stamp(run.s, run.left, run.y + 30, rng)
    return run.folios("dash", font("serif", 32))


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 黄冈市中级人民法院's appeal judgment: 明体 body, a 黑体 title, "第n页 共m页" folios."""
    a, r = c.applicant, c.respondent
    f = font("ming", 41)
    run = Laser(f, left=mm(28), right=mm(26), top=mm(30), foot=mm(30), lead=70)
    run.line(MID, f=font("hei", 54), centred=True, spacing=4)
    run.y += 6
    run.line("民事判决书", f=font("hei", 80), centred=True, spacing=36)
    run.y += 26
    run.line(c.basis_number, right=True)
    price = c.amount
    first = str(c.extra["first_number"])
    for kind, text in [
        ("h", f"上诉人（原审被告）：{_who(r)}"), ("h", f"被上诉人（原审原告）：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}承揽合同纠纷一案，不服湖北省黄冈市黄州区人民法院{first}民事判决，向本院提起"
              "上诉。本院于2023年立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人交付的部分试卷存在错印、"
              "漏印，给上诉人造成退货损失，应当抵扣印刷费。"),
        ("p", f"{a.name}辩称，印刷品系按上诉人确认的样稿印制，上诉人收货时未提出异议，一审判决正确，请求驳回上诉。"),
        ("p", f"{a.name}向一审法院起诉请求：判令{r.name}支付印刷费{price:,.2f}元。一审法院认定事实：{r.name}经营"
              f"{c.extra['shop']}，2022年7月至11月委托{a.name}印制{c.extra['goods']}，双方按份数结算，经对账尚欠印刷费"
              f"{price:,.2f}元。一审法院判决：{r.name}于判决生效之日起十日内支付{a.name}印刷费{price:,.2f}元。"),
        ("p", "本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。"),
        ("p", "本院认为，上诉人主张印刷品存在质量问题，但未在合理期限内提出异议，亦未提交证据证明其损失，本院不予支持。"
              "一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，"
              "判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(price) // 100 * 2 + 50}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]:
        run.para(text, first=0 if kind == "h" else 2, hang=2 if kind == "h" else 0)
    roles = [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))]
    _sign_court(run, rng, roles, c.basis_effective, MID, f=f)
    run.line(f"法官助理　{person_name(rng)}", at=run.width - mm(78))
    run.line(f"书 记 员　{person_name(rng)}", at=run.width - mm(78))
    return run.folios("count", font("ming", 32))


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 黄冈仲裁委员会's award: the commission's name over 裁决书, a 楷-like body, the 〔〕-less 黄仲裁字 number."""
    a, r = c.applicant, c.respondent
    f = font("wenkai", 42)
    run = Laser(f, left=mm(30), right=mm(26), top=mm(28), foot=mm(30), lead=72)
    run.line(ARB, f=font("serif_bold", 58), centred=True, spacing=10)
    run.y += 8
    run.line("裁决书", f=font("serif_bold", 82), centred=True, spacing=84)
    run.y += 24
    run.line(c.basis_number, right=True)
    price = c.amount
    paid = (price * Decimal(rng.choice(["0.55", "0.6", "0.65"]))).quantize(Decimal("1"))
    contract = price + paid
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    for kind, text in [
        ("h", f"申请人：{_who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), ("h", f"被申请人：{_who(r)}"),
        ("p", f"黄冈仲裁委员会（以下简称本会）根据申请人与被申请人签订的《钢结构工程专业分包合同》中的仲裁条款及申请人的"
              f"仲裁申请，于{cn_date(heard - timedelta(days=60))}受理了双方之间的建设工程分包合同纠纷案。本会依法组成仲裁庭，"
              f"于{cn_date(heard)}开庭审理。被申请人经本会合法通知，无正当理由未到庭。本案现已审理终结。"),
        ("p", f"申请人称：2022年4月，被申请人将其承包的{c.extra['project']}钢结构制作、安装工程分包给申请人，合同价款"
              f"{contract:,.2f}元。申请人于2022年10月完工，工程经验收合格并交付使用，被申请人仅支付{paid:,.2f}元，尚欠"
              f"{price:,.2f}元。请求裁决被申请人支付欠付工程款及利息，并承担本案仲裁费用。"),
        ("p", "被申请人未提交答辩意见。"),
        ("p", "仲裁庭查明：申请人提交的分包合同、竣工验收记录、工程结算单及付款凭证能够相互印证，本会予以确认。"),
        ("p", "仲裁庭认为，双方签订的分包合同系真实意思表示，合法有效。申请人已完成工程并经验收合格，被申请人应当按约支付"
              "工程款。依照《中华人民共和国民法典》第五百零九条、第七百九十九条，《中华人民共和国仲裁法》第七条、第四十二条"
              "的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付工程款{price:,.2f}元；"),
        ("p", "二、本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]:
        run.para(text, first=0 if kind == "h" else 2, hang=2 if kind == "h" else 0)
    roles = [("首席仲裁员", person_name(rng)), ("仲 裁 员", person_name(rng)), ("仲 裁 员", person_name(rng))]
    _sign_court(run, rng, roles, c.basis_effective, ARB, f=f)
    run.line(f"秘　　书　{person_name(rng)}", at=run.width - mm(78))
    return run.folios("dash", font("wenkai", 32))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    t = str(c.extra["tale"])
    f = font("serif", 42)
    run = Laser(f, top=mm(40))
    issuer = ARB if t == "steel" else c.basis_court
    run.line(issuer, f=font("serif_bold", 56), centred=True, spacing=4)
    run.y += 20
    run.line("生效证明书", f=font("serif_bold", 76), centred=True, spacing=30)
    run.y += 30
    if t == "steel":
        run.line(f"黄仲证字〔{c.filed_on.year}〕第{rng.randint(8, 120)}号", right=True)
        run.line(f"{COURT}：", at=0)
        run.para(f"申请人{c.applicant.name}与被申请人{c.respondent.name}建设工程分包合同纠纷一案，本会于{cn_date(c.basis_effective)}"
                 f"作出{c.basis_number}裁决书，并已依法送达双方当事人。根据《中华人民共和国仲裁法》第五十七条的规定，该裁决书"
                 "自作出之日起发生法律效力。")
    else:
        run.line(c.basis_number.replace("号", "号之一"), right=True)
        run.para(f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案的民事判决书，已于"
                 f"{cn_date(c.basis_effective)}发生法律效力。")
    run.para("特此证明。")
    run.y += 60
    day = c.basis_effective + timedelta(days=rng.randint(4, 12))
    when = cn_date(day)
    x = run.s.width - run.right - text_width(when, f) - mm(8)
    run.s.text(x, run.y, when, f, fill=BLACK)
    seal(run.s, x + text_width(when, f) / 2, run.y + 10, issuer, rng, radius=mm(21))
    run.y += 140
    if t != "steel":
        run.line(f"经办人：{person_name(rng)}　　　（民事审判庭）", f=font("serif", 34))
    return run.sheets


# -- the lawyer's papers --------------------------------------------------------------------------------------------


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = font("kai_gb", 44)
    run = Laser(f, left=mm(26), right=mm(24), top=mm(30), lead=80)
    run.line("强制执行申请书", f=font("sans_bold", 70), centred=True, spacing=10)
    run.y += 30
    what = {"moxa": f"{c.basis_court}{c.basis_number}民事判决", "steel": f"{ARB}{c.basis_number}裁决",
            "print": f"{MID}{c.basis_number}民事判决（维持湖北省黄冈市黄州区人民法院{c.extra.get('first_number', '')}民事判决）"}
    for kind, text in [
        ("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}"),
        ("t", "执行请求："),
        ("p", f"1.依法强制执行被执行人向申请执行人支付{money(c.amount)}；"),
        ("p", "2.被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3.申请对被执行人采取限制高消费措施；被执行人拒不履行的，申请将其纳入失信被执行人名单；"),
        ("p", "4.本案执行费用由被执行人承担。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{what[str(c.extra['tale'])]}已经发生法律效力。被执行人至今未履行"
              "生效法律文书确定的义务。被执行人住所地及主要财产所在地均在贵院辖区，根据《中华人民共和国民事诉讼法》第二百三十五"
              "条、第二百四十七条之规定，特向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ]:
        if kind == "t":
            run.line(text, at=0 if text != "此致" else f.size * 2)
        else:
            run.para(text, first=2 if kind == "p" else 0, hang=3 if kind == "h" else 0)
    run.need(mm(50))
    s, y = run.s, run.y + 40
    s.text(s.width - mm(110), y, "申请执行人：", f, fill=BLACK)
    seal(s, s.width - mm(48), y + 20, a.name, rng, radius=mm(19))
    s.text(s.width - mm(110), y + 110, f"{(c.filed_on - timedelta(days=2)):%Y年%m月%d日}".replace("年0", "年").replace("月0", "月"),
           f, fill=BLACK)
    return run.folios("count", font("kai_gb", 32))


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    f = font("serif", 42)
    run = Laser(f, top=mm(34), lead=78)
    run.line("授权委托书", f=font("serif_bold", 74), centred=True, spacing=30)
    run.y += 30
    for kind, text in [
        ("h", f"委托人：{a.name}"), ("h", f"住所地：{a.address}"), ("h", f"法定代表人：{a.legal_rep}"),
        ("h", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("p", f"现委托上列受托人在我单位与{c.respondent.name}{c.extra['cause']}执行一案中，作为我单位的委托代理人。"),
        ("p", "代理权限为特别授权：代为申请执行、提供财产线索、申请采取查封冻结等执行措施，代为参加执行和解并签订和解协议，"
              "代为领取执行款，代为签收法律文书，代为申请终结本次执行程序及恢复执行。"),
        ("p", "委托期限：自本委托书签署之日起至本案执行终结之日止。"),
    ]:
        run.para(text, first=2 if kind == "p" else 0, hang=5 if kind == "h" else 0)
    s, y = run.s, run.y + 90
    s.text(mm(28), y, "委托人（盖章）：", f, fill=BLACK)
    seal(s, mm(110), y + 20, a.name, rng, radius=mm(19))
    s.text(mm(28), y + 140, "法定代表人（签名）：", f, fill=BLACK)
    hand(s, mm(112), y + 136, a.legal_rep, rng, size=56, ink=BLACK, face="kai")
    s.text(s.width - mm(96), y + 140, "受托人：", f, fill=BLACK)
    hand(s, s.width - mm(60), y + 136, c.agent, rng, size=56, ink=BLACK, face="kai")
    s.text(s.width - mm(96), y + 260, f"{c.filed_on.year}年{(c.filed_on - timedelta(days=5)).month}月"
           f"{(c.filed_on - timedelta(days=5)).day}日", f, fill=BLACK)
    return run.sheets


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    red = (200, 26, 34)
    f = font("serif", 42)
    run = Laser(f, top=mm(62), lead=78)
    s = run.s
    s.centred(mm(18), c.firm, font("sans_bold", 70), fill=red, spacing=6)
    s.line(mm(20), mm(36), s.width - mm(20), mm(36), width=7, fill=red)
    s.right(s.width - mm(26), mm(41), f"鄂黄律函〔{c.filed_on.year}〕{rng.randint(11, 240)}号", font("serif", 36), fill=BLACK)
    run.line("律师事务所函", f=font("sans_bold", 62), centred=True, spacing=10)
    run.y += 20
    run.line(f"{COURT}：", at=0)
    run.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的代理人，"
             "代为申请强制执行并参与执行程序。")
    run.para("特此函告。")
    run.y += 20
    run.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}", first=0, f=font("serif", 36))
    run.para(f"联系电话：{c.agent_phone}　所址：{c.extra['firm_addr']}", first=0, f=font("serif", 36))
    run.y += 90
    when = num_date(c.filed_on - timedelta(days=rng.randint(3, 5)))
    run.s.right(run.s.width - mm(34), run.y, when, f, fill=BLACK)
    seal(run.s, run.s.width - mm(34) - text_width(when, f) / 2, run.y + 10, c.firm, rng, radius=mm(20))
    return run.sheets


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's inside pages photocopied onto A4."""
    s = Sheet()
    x0, y0 = mm(22), mm(36)
    w, h = mm(80), mm(112)
    for k in range(2):
        x = x0 + k * (w + mm(6))
        s.draw.rectangle((x, y0, x + w, y0 + h), fill=(236, 236, 234), outline=(60, 60, 60), width=3)
    s.draw.rectangle((x0 + mm(22), y0 + mm(14), x0 + mm(58), y0 + mm(60)), fill=(128, 128, 128))
    s.centred(y0 + mm(68), "持证人", font("sans", 34), x0=x0, x1=x0 + w, fill=BLACK)
    s.centred(y0 + mm(78), c.agent, font("sans_bold", 44), x0=x0, x1=x0 + w, fill=BLACK)
    seal(s, x0 + mm(58), y0 + mm(56), "湖北省司法厅", rng, radius=mm(14))
    x = x0 + w + mm(12)
    ty = y0 + mm(8)
    s.text(x, ty, "中华人民共和国律师执业证", font("sans_bold", 34), fill=BLACK)
    ty += mm(13)
    for label, value in [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                         ("法律职业资格\n或律师资格证号", f"A{rng.randint(2009, 2018)}{rng.randint(10**9, 10**10 - 1)}"),
                         ("发证机关", "湖北省司法厅"), ("发证日期", f"{rng.randint(2013, 2020)}年{rng.randint(1, 12)}月")]:
        s.text(x, ty, label.replace("\n", ""), font("sans", 28), fill=(70, 70, 70))
        s.text(x, ty + 36, value, font("sans", 32), fill=BLACK)
        ty += mm(14)
    s.text(x0, y0 + h + mm(8), "执业证年度考核备案：2023年度　考核结果：称职　备案机关：黄冈市司法局", font("sans", 30), fill=BLACK)
    photocopy(s, rng)
    checked(s, x0, y0 + h + mm(26), rng, c.agent)
    return [s]


# -- identity -------------------------------------------------------------------------------------------------------


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card copied one over the other."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    ys = [mm(40), mm(40) + h + mm(16)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=(226, 226, 222), outline=(96, 96, 96), width=2)
    lab, val = font("hei", 24), font("hei", 30)
    born = p.born or date(1980, 1, 1)
    y = ys[0]
    ty = y + mm(5)
    for label, value in [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")]:
        s.text(x + mm(4), ty, label, lab, fill=(90, 90, 90))
        s.text(x + mm(14), ty - 3, value, val, fill=BLACK)
        ty += mm(7.5)
    s.text(x + mm(4), ty, "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(14), ty - 3, p.address[k:k + 12], val, fill=BLACK)
        ty += mm(5.2)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(25), y + h - mm(9), p.id_number, font("mono", 34), fill=BLACK)
    s.draw.rectangle((x + w - mm(27), y + mm(7), x + w - mm(5), y + mm(36)), fill=(132, 132, 132))
    y = ys[1]
    s.text(x + mm(28), y + mm(7), "中华人民共和国", font("hei", 38), fill=BLACK)
    s.text(x + mm(20), y + mm(18), "居民身份证", font("hei", 56), spacing=12, fill=BLACK)
    s.draw.ellipse((x + mm(4), y + mm(4), x + mm(20), y + mm(20)), outline=(100, 100, 100), width=3)
    office = {"421125": "浠水县公安局", "421181": "麻城市公安局"}.get(p.id_number[:6], "黄冈市公安局黄州分局")
    s.text(x + mm(10), y + h - mm(16), f"签发机关　{office}", lab, fill=BLACK)
    start = rng.randint(2014, 2021)
    s.text(x + mm(10), y + h - mm(9), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-长期"
           if born.year < 1978 else f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{start + 20}.06.30",
           lab, fill=BLACK)
    photocopy(s, rng)
    hand(s, mm(34), ys[1] + h + mm(20), "复印件，来源于一审卷宗，与原件核对一致", rng, size=46, ink=BLACK, face="kai")
    hand(s, mm(120), ys[1] + h + mm(36), c.agent, rng, size=54, ink=BLACK, face="kai")
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） photocopied, then the company's 法定代表人身份证明书 as a sheet of its own."""
    s = Sheet()
    frame = (110, 110, 110)
    x0, y0, x1, y1 = mm(16), mm(24), s.width - mm(16), mm(196)
    s.box(x0, y0, x1, y1, width=10, outline=frame)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=frame)
    s.centred(y0 + mm(12), "营 业 执 照", font("serif_bold", 96), fill=BLACK)
    s.centred(y0 + mm(31), "（副　本）", font("serif", 38), fill=BLACK)
    s.text(x0 + mm(8), y0 + mm(44), "统一社会信用代码", font("serif", 32), fill=BLACK)
    s.text(x0 + mm(8), y0 + mm(51), p.id_number, font("serif_bold", 40), fill=BLACK)
    s.draw.rectangle((x1 - mm(42), y0 + mm(40), x1 - mm(14), y0 + mm(68)), outline=BLACK, width=2)
    for k in range(0, 28, 4):
        for j in range(0, 28, 4):
            if (k * 7 + j * 3 + len(p.name)) % 3:
                s.draw.rectangle((x1 - mm(42) + mm(j), y0 + mm(40) + mm(k), x1 - mm(42) + mm(j + 3), y0 + mm(40) + mm(k + 3)),
                                 fill=BLACK)
    scope = {"421126": "艾制品加工、销售；中药材种植；保健用品销售", "421121": "钢结构工程施工；金属结构制造、安装；建筑劳务分包"}
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", scope.get(p.id_number[2:8], "包装装潢印刷品、其他印刷品印刷；出版物零售")),
            ("注册资本", f"{rng.choice([100, 200, 500, 800])}万元人民币"),
            ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"), ("住　　所", p.address)]
    f = font("serif", 34)
    ty = y0 + mm(76)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f, fill=BLACK)
        parts = wrap(value, f, x1 - x0 - mm(60))
        for k, part in enumerate(parts):
            s.text(x0 + mm(46), ty + k * 46, part, f, fill=BLACK)
        ty += mm(10) + (len(parts) - 1) * 46
    reg = {"421126": "蕲春县市场监督管理局", "421121": "团风县市场监督管理局"}.get(p.id_number[2:8], "黄冈市黄州区市场监督管理局")
    s.text(x1 - mm(84), y1 - mm(30), "登记机关", f, fill=BLACK)
    seal(s, x1 - mm(48), y1 - mm(28), reg, rng, radius=mm(18))
    s.text(x1 - mm(84), y1 - mm(16), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f, fill=BLACK)
    photocopy(s, rng)
    checked(s, mm(30), y1 + mm(20), rng, c.agent)
    second = Sheet()
    second.starts_document = True
    run = Laser(font("serif", 42), top=mm(50), lead=80)
    run.sheets = [second]
    run.line("法定代表人身份证明书", f=font("serif_bold", 66), centred=True, spacing=6)
    run.y += 40
    run.para(f"{p.legal_rep}，在我单位任执行董事兼总经理职务，系我单位的法定代表人。")
    run.para("特此证明。")
    run.y += 30
    run.para(f"附：法定代表人住址：{p.address}，电话：{p.phone}", first=0, f=font("serif", 36))
    run.y += 100
    second.right(second.width - mm(34), run.y, p.name, font("serif", 42), fill=BLACK)
    second.right(second.width - mm(34), run.y + 80, num_date(c.filed_on - timedelta(days=rng.randint(3, 8))), font("serif", 42),
                 fill=BLACK)
    seal(second, second.width - mm(70), run.y + 50, p.name, rng, radius=mm(19))
    return [s, second]


def _registry_report(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 国家企业信用信息公示系统's report on the respondent, printed by the applicant's lawyer."""
    f = font("sans", 34)
    run = Laser(f, left=mm(22), right=mm(22), top=mm(24), lead=58)
    s = run.s
    s.text(mm(22), mm(12), "国家企业信用信息公示系统", font("sans_bold", 36), fill=(30, 70, 140))
    s.right(s.width - mm(22), mm(13), f"打印时间：{c.filed_on - timedelta(days=4):%Y-%m-%d} 10:{rng.randint(10, 59)}", font("sans", 28),
            fill=BLACK)
    run.y = mm(30)
    run.line("企业信用信息公示报告", f=font("sans_bold", 56), centred=True)
    run.y += 10
    run.line(p.name, f=font("sans_bold", 42), centred=True)
    run.y += 10
    w = s.width - mm(44)
    rows = [["统一社会信用代码", p.id_number], ["企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", p.legal_rep], ["注册资本", f"{rng.choice([800, 1000, 2000])}万元人民币"],
            ["成立日期", f"{rng.randint(2010, 2017)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记机关", "黄冈市黄州区市场监督管理局"], ["登记状态", "存续（在营、开业、在册）"], ["住所", p.address],
            ["经营范围", "房屋建筑工程、市政公用工程、钢结构工程施工；建筑劳务分包" if c.extra["tale"] == "steel"
             else "健康咨询服务；养生保健服务（非医疗）；艾制品、保健用品销售"]]
    top = run.y
    hs = [mm(11)] * len(rows)
    hs[-1] = mm(18)
    for k, row in enumerate(rows):
        y = top + sum(hs[:k])
        s.box(mm(22), y, mm(22) + w, y + hs[k], width=1, outline=(120, 120, 120))
        s.line(mm(72), y, mm(72), y + hs[k], width=1, fill=(120, 120, 120))
        s.text(mm(25), y + 16, row[0], f, fill=(60, 60, 60))
        for j, part in enumerate(wrap(row[1], f, w - mm(56))):
            s.text(mm(76), y + 16 + j * 46, part, f, fill=BLACK)
    run.y = top + sum(hs) + mm(8)
    run.line("行政处罚信息：暂无　　经营异常信息：被列入经营异常名录（未按规定报送年度报告）" if c.extra["tale"] == "steel"
             else "行政处罚信息：暂无　　经营异常信息：暂无", f=font("sans", 30))
    run.line("第1页 共1页", f=font("sans", 28), centred=True)
    hand(s, mm(30), run.y + mm(10), "网络打印件，与公示系统一致", rng, size=46, ink=BLACK, face="kai")
    hand(s, mm(120), run.y + mm(24), c.agent, rng, size=52, ink=BLACK, face="kai")
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湖北省非税收入一般缴款书（电子）, laser-printed from the payment platform: green rules, a QR code."""
    s = Sheet()
    green = (38, 118, 78)
    f = font("sans", 30)
    s.centred(mm(18), "湖北省非税收入一般缴款书（电子）", font("sans_bold", 50), fill=green)
    s.text(mm(18), mm(32), f"票据代码：42010122　　票据号码：{rng.randint(10**9, 10**10 - 1)}", f, fill=green)
    s.text(mm(18), mm(38), f"交款人统一社会信用代码：{c.applicant.id_number}", f, fill=green)
    s.right(s.width - mm(18), mm(32), f"开票日期：{c.filed_on:%Y-%m-%d}", f, fill=green)
    qx, qy = s.width - mm(46), mm(42)
    gen = np.random.default_rng(len(c.number) * 7 + c.filed_on.day)
    cells = gen.random((25, 25)) < 0.5
    for k in range(25):
        for j in range(25):
            corner = (k < 7 and j < 7) or (k < 7 and j > 17) or (k > 17 and j < 7)
            on = (k in (0, 6, 18, 24) or j in (0, 6, 18, 24) or (2 <= k % 18 <= 4 and 2 <= j % 18 <= 4)) if corner else cells[k, j]
            if on:
                s.draw.rectangle((qx + j * 11, qy + k * 11, qx + j * 11 + 10, qy + k * 11 + 10), fill=BLACK)
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(36)
    rows = [["交款人", c.applicant.name], ["执收单位", COURT], ["项目编码", "103040102"], ["项目名称", "申请执行费"],
            ["案号", c.number], ["金额（小写）", f"¥{fee:,.2f}"], ["金额（大写）", money_caps(fee)],
            ["收款人", "黄冈市黄州区财政局非税收入汇缴结算户"], ["校验码", f"{rng.randint(10**5, 10**6 - 1)}"]]
    y = mm(76)
    for label, value in rows:
        s.box(mm(18), y, mm(18) + w, y + mm(12), width=2, outline=green)
        s.line(mm(62), y, mm(62), y + mm(12), width=2, fill=green)
        s.text(mm(21), y + 22, label, f, fill=green)
        s.text(mm(66), y + 20, value, font("sans", 34), fill=BLACK)
        y += mm(12)
    s.text(mm(18), y + mm(6), "本缴款书可通过“湖北省非税收入缴款平台”扫码查验真伪。", f, fill=green)
    seal(s, s.width - mm(62), y + mm(22), "湖北省财政厅", rng, radius=mm(17), inner="票据监制章")
    return [s]


# -- the window's forms, filled in by hand ----------------------------------------------------------------------------


def _form_sheet(title: str) -> tuple[Sheet, float]:
    s = Sheet(paper=(251, 251, 248))
    s.centred(mm(16), COURT, label_font(42), fill=OFFSET, spacing=4)
    s.centred(mm(26), title, font("serif_bold", 62), fill=OFFSET, spacing=8)
    return s, mm(44)


def _fill(s: Sheet, box: tuple[float, float, float, float], text: str, rng: random.Random, *, size: int = 40,
          per: int = 0, face: str = "wenkai", ink: tuple[int, int, int] = BALL) -> None:
    per = per or max(6, int((box[2] - box[0] - mm(8)) / (size * 1.02)))
    chunks = [text[i:i + per] for i in range(0, len(text), per)]
    lead = size * 1.3
    y = box[1] + (box[3] - box[1] - lead * len(chunks)) / 2 + 6
    for part in chunks:
        hand(s, box[0] + mm(4), y, part, rng, size=size, ink=ink, face=face)
        y += lead


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form_sheet("被执行人财产线索表")
    w = s.width - mm(44)
    s.text(mm(22), y, "案号：", label_font(32), fill=OFFSET)
    hand(s, mm(38), y - 6, c.number, rng, size=38)
    y += mm(10)
    t = str(c.extra["tale"])
    clues = {"moxa": [("银行存款", f"{c.extra.get('r_bank', '')}，账号{c.extra.get('r_acct', '')}（基本户）"),
                      ("经营收入", "黄州城区门店三家，微信、支付宝收款"), ("车辆", "不详"), ("不动产", "门店为租赁")],
             "steel": [("应收工程款", f"{c.extra.get('project', '')}发包方尚欠被执行人工程款"),
                       ("银行存款", "黄冈农村商业银行基本户"), ("车辆", "皮卡车一台，车牌不详"), ("其他", "无")],
             "print": [("银行存款", f"{c.extra.get('r_bank', '')}，账号{c.extra.get('r_acct', '')}"),
                       ("经营收入", f"{c.extra.get('shop', '')}门面，位于黄州区中学附近"), ("车辆", "小型轿车一台"),
                       ("不动产", "黄州区住宅一套")]}[t]
    rows = grid(s, mm(22), y, [mm(40), w - mm(40)], [["被执行人", ""], ["证照号码", ""], *[[k, ""] for k, _ in clues],
                                                     ["提供人", ""], ["联系电话", ""]],
                heights=[mm(16), mm(14)] + [mm(30)] * len(clues) + [mm(16), mm(14)])
    _fill(s, rows[0][1], c.respondent.name, rng)
    _fill(s, rows[1][1], c.respondent.id_number, rng, size=38, per=30)
    for row, (_k, v) in zip(rows[2:], clues, strict=False):
        _fill(s, row[1], v, rng, size=38)
    _fill(s, rows[-2][1], f"{c.agent}（申请执行人委托代理人）", rng)
    _fill(s, rows[-1][1], c.agent_phone, rng)
    s.text(mm(22), rows[-1][1][3] + mm(8), "说明：申请执行人应如实提供财产线索，并对线索的真实性负责。", label_font(30), fill=OFFSET)
    hand(s, s.width - mm(90), rows[-1][1][3] + mm(22), num_date(c.filed_on - timedelta(days=1)), rng, size=40)
    return [s]


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form_sheet("申请执行人收取案款确认书")
    w = s.width - mm(44)
    f = label_font(34)
    for line in [f"{COURT}：", "　　本人（单位）在贵院申请执行的案件，执行款请汇入以下账户。因账户信息错误造成",
                 "款项无法到账或错汇的，由本人（单位）自行承担责任。"]:
        s.text(mm(22), y, line, f, fill=OFFSET)
        y += 54
    y += mm(6)
    rows = grid(s, mm(22), y, [mm(44), w - mm(44)], [["案　　号", ""], ["申请执行人", ""], ["收款户名", ""], ["开户银行", ""],
                                                     ["银行账号", ""], ["联系电话", ""]], heights=mm(17))
    vals = [c.number, c.applicant.name, c.applicant.name, c.extra["in_bank"], c.extra["in_acct"], c.applicant.phone]
    for row, v in zip(rows, vals, strict=True):
        _fill(s, row[1], v, rng, size=40, per=28)
    y = rows[-1][1][3] + mm(16)
    s.text(mm(22), y, "申请执行人（签名或盖章）：", f, fill=OFFSET)
    seal(s, mm(130), y + 20, c.applicant.name, rng, radius=mm(18))
    hand(s, mm(100), y + mm(18), c.agent + "（代）", rng, size=48)
    s.text(mm(22), y + mm(34), "日期：", f, fill=OFFSET)
    hand(s, mm(42), y + mm(32), num_date(c.filed_on), rng, size=42)
    return [s]


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form_sheet("送达地址确认书")
    w = s.width - mm(44)
    rows = grid(s, mm(22), y, [mm(44), w - mm(44)], [
        ["案　　号", ""], ["告知事项", ""], ["受送达人", ""], ["送达地址", ""], ["收件人", ""], ["联系电话", ""],
        ["是否同意\n电子送达", ""], ["手机号码", ""], ["受送达人\n确　　认", ""]],
        heights=[mm(14), mm(58), mm(14), mm(22), mm(14), mm(14), mm(18), mm(14), mm(40)])
    notice = ["1.当事人应当如实提供确切的送达地址；", "2.确认的送达地址适用于执行程序；",
              "3.送达地址变更的，应及时书面告知法院，未告知的，按原地址送达即视为送达；",
              "4.因提供的地址不准确、拒不签收等原因导致法律文书未能被实际接收的，文书退回之日视为送达之日。"]
    ty = rows[1][1][1] + mm(3)
    for line in notice:
        for part in wrap(line, label_font(28), rows[1][1][2] - rows[1][1][0] - mm(8)):
            s.text(rows[1][1][0] + mm(4), ty, part, label_font(28), fill=OFFSET)
            ty += 40
    vals = {0: c.number, 2: c.applicant.name, 3: c.extra["firm_addr"], 4: f"{c.agent}律师", 5: c.agent_phone,
            6: "同意（短信）", 7: c.agent_phone}
    for k, v in vals.items():
        _fill(s, rows[k][1], v, rng, size=40, per=26)
    hand(s, rows[8][1][0] + mm(6), rows[8][1][1] + mm(4), "以上内容已阅知，确认无误。", rng, size=42)
    hand(s, rows[8][1][0] + mm(60), rows[8][1][1] + mm(20), f"{c.agent}　{num_date(c.filed_on)}", rng, size=44)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表, filled by the respondent (or its legal representative) in their own hand."""
    r = c.respondent
    t = str(c.extra["tale"])
    s, y = _form_sheet("财产申报表")
    s.text(mm(22), y, "案号：", label_font(32), fill=OFFSET)
    hand(s, mm(38), y - 6, c.number, rng, size=38, face="kai")
    y += mm(10)
    w = s.width - mm(44)
    items = {"moxa": ["湖北银行黄冈黄州支行基本户，余额约30万元（已被法院冻结）", "无", "无（门店三处均为租赁）",
                      "艾灸器具、库存艾条若干", "门店营业收入，每月约5万元"],
             "steel": ["基本户余额几十元，已被冻结", "无", "无", "无，工地设备已被材料商拉走", "无收入，公司已停业"],
             "print": [f"{c.extra.get('r_bank', '')}存款约3万元（已冻结）", "小型轿车一台（按揭未还清）",
                       "黄州区住宅一套（已抵押给银行）", "书社库存图书", "书社经营收入，每月约8000元"]}[t]
    labels = ["银行存款", "车辆", "不动产", "其他动产", "收入情况"]
    rows = grid(s, mm(22), y, [mm(40), w - mm(40)], [["申报人", ""], ["证照号码", ""], *[[lab, ""] for lab in labels],
                                                     ["申报人承诺", ""]],
                heights=[mm(15), mm(14)] + [mm(27)] * len(labels) + [mm(44)])
    who = r.legal_rep if r.kind == "organisation" else r.name
    _fill(s, rows[0][1], r.name + (f"（法定代表人{r.legal_rep}）" if r.kind == "organisation" else ""), rng, face="kai",
          ink=(20, 20, 24))
    _fill(s, rows[1][1], r.id_number, rng, size=38, per=30, face="kai", ink=(20, 20, 24))
    for row, v in zip(rows[2:], items, strict=False):
        _fill(s, row[1], v, rng, size=38, face="kai", ink=(20, 20, 24))
    box = rows[-1][1]
    s.text(box[0] + mm(4), box[1] + mm(4), "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", label_font(30), fill=OFFSET)
    hand(s, box[0] + mm(10), box[1] + mm(18), who, rng, size=54, ink=(20, 20, 24), face="kai")
    hand(s, box[0] + mm(70), box[1] + mm(22), num_date(d), rng, size=42, ink=(20, 20, 24), face="kai")
    if r.kind == "organisation":
        seal(s, box[0] + mm(120), box[1] + mm(24), r.name, rng, radius=mm(17))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The parties' 执行和解协议, typed by the printer's lawyer, signed, thumb-printed; the officer's note of
    performance written under it."""
    a, r = c.applicant, c.respondent
    f = font("song_gb", 42)
    run = Laser(f, left=mm(26), right=mm(24), top=mm(30), lead=76)
    run.line("执行和解协议", f=font("hei", 68), centred=True, spacing=14)
    run.y += 20
    first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    rest = c.amount - first
    paid = c.extra["pay_day"]
    for kind, text in [
        ("h", f"甲方（申请执行人）：{a.name}，法定代表人{a.legal_rep}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"乙方（被执行人）：{r.name}，公民身份号码{r.id_number}，{c.extra['shop']}经营者。"),
        ("p", f"甲乙双方{c.extra['cause']}一案，{MID}{c.basis_number}民事判决已发生法律效力，{COURT}以{c.number}立案执行。"
              "经执行法官主持，双方自愿达成和解协议如下："),
        ("p", f"一、乙方应付甲方印刷费{c.amount:,.2f}元，甲方自愿放弃迟延履行期间的债务利息；"),
        ("p", f"二、乙方于本协议签订当日支付{first:,.2f}元，于{paid.year}年{paid.month}月{paid.day}日前支付剩余{rest:,.2f}元，"
              f"均交至{COURT}执行款专户；"),
        ("p", "三、乙方按期足额履行后，本案执行完毕，法院解除对乙方银行账户的冻结；"),
        ("p", "四、乙方任何一期未按时足额支付的，甲方有权申请恢复执行原生效法律文书。"),
        ("p", "五、本协议一式三份，甲乙双方各执一份，交执行法院存卷一份。"),
    ]:
        run.para(text, first=2 if kind == "p" else 0, hang=2 if kind == "h" else 0)
    s, y = run.s, run.y + 50
    s.text(mm(26), y, "甲方（盖章）：", f, fill=BLACK)
    seal(s, mm(92), y + 20, a.name, rng, radius=mm(18))
    s.text(mm(26), y + 110, "代理人：", f, fill=BLACK)
    hand(s, mm(64), y + 104, c.agent, rng, size=54, ink=BLACK, face="kai")
    s.text(s.width - mm(100), y, "乙方（签名）：", f, fill=BLACK)
    hand(s, s.width - mm(46), y - 6, r.name, rng, size=56, ink=BLACK, face="kai")
    s.draw.ellipse((s.width - mm(28), y + 4, s.width - mm(28) + 40, y + 52), fill=(196, 40, 48))
    s.text(mm(26), y + 200, f"签订日期：{d.year}年{d.month}月{d.day}日　　签订地点：{COURT}执行局", f, fill=BLACK)
    hand(s, mm(30), y + 300, f"乙方已于{paid.month}月{paid.day}日付清全部款项，履行完毕。", rng, size=46, ink=BALL)
    hand(s, mm(140), y + 370, f"{c.officer}　{paid.year}.{paid.month}.{paid.day}", rng, size=44, ink=BALL)
    return [s]

