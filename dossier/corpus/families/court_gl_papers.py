"""What 月湖法院执行局 receives, each in its maker's look and on ordinary white paper: the 贵溪市人民法院's 民事判决书 and
生效证明书 in AR PL 明体 with "·n·" folios and a 核对无异 box; the 鹰潭仲裁委员会's 裁决书 with its own cover sheet, body in
文楷; the 余江区人民法院's 民事调解书; lawyers' typed papers in GB 宋 under a red letterhead; the old applicant's
application typed by her daughter into a boxed template; the shareholder's 执行异议申请书 and his bundle of evidence (a
list, a photocopy of the court's 执行裁定书, a 公示系统 printout, a stock list); ID cards copied front above back, a
户口簿's two 登记卡 copied on one page, licences drawn as frames, the 江西省非税收入 slip in blue, the window's forms
and the 财产申报表 filled by hand, the 查控 system's printout with a bank's reply behind it, and a bank's 回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageOps

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_gl_kit import (
    BALLPOINT,
    BLACKPEN,
    COURT,
    STOCKS,
    head,
    ruled,
    scrawl,
    sheet_from_tray,
    stock,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "kinship_proof",
    "payment_account_confirmation", "service_address_confirmation", "property_declaration_form", "online_inquiry_result",
    "settlement_agreement", "payment_voucher", "objection_application", "evidence",
})
ARB = "鹰潭仲裁委员会"
GUIXI = "江西省贵溪市人民法院"
YUJIANG = "江西省鹰潭市余江区人民法院"
SLIP_BLUE = (36, 66, 150)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gl import made_on

    d = made_on(c, code)
    tale = str(c.extra["tale"])
    if code == "enforcement_basis":
        return {"copper": _judgment, "rent": _award, "frame": _mediation}[tale](c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _template_application(c, rng) if tale == "rent" else _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "kinship_proof":
        return _household(c, rng)
    if code == "identity_proof":
        who = served[0] if served else ""
        p = c.respondent if who == "respondent" else c.extra["objector"] if who == "objector" else c.applicant
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_copy(p, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng)
    if code == "objection_application":
        return _objection(c, rng, d)
    if code == "evidence":
        return _evidence(c, rng, d)
    raise KeyError(code)


def who_is(p: Party) -> str:
    if p.kind == "organisation":
        rep = "经营者" if p.name.endswith("加工厂") else "法定代表人"
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{rep}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


class Typed:
    """A plain white paper typed by someone outside the court: its own margins and face, no tray, no footer."""

    def __init__(self, f: Font, *, left: float, right: float, top: float, lead: float, bottom: float = mm(26)) -> None:
        self.f, self.left, self.right, self.top, self.lead, self.bottom = f, left, right, top, lead, bottom
        self.sheets = [Sheet()]
        self.y = top

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, *, first: int = 2, hang: int = 0, f: Font | None = None, lead: float = 0.0,
             even: bool = False) -> None:
        face = f or self.f
        step = lead or self.lead
        width = self.s.width - self.left - self.right
        parts = wrap(text, face, width - hang * face.size, indent=(first - hang) * face.size if first else 0.0)
        for k, part in enumerate(parts):
            self.room(step)
            x = self.left + (first if k == 0 else hang) * face.size
            spread = 0.0
            if even and k < len(parts) - 1 and len(part) > 1:
                spread = max(0.0, min((self.left + width - x - text_width(part, face)) / (len(part) - 1), face.size * .5))
            self.s.text(x, self.y, part, face, spacing=spread)
            self.y += step

    def folios(self, style: str) -> list[Sheet]:
        n = len(self.sheets)
        for i, s in enumerate(self.sheets, 1):
            if n > 1:
                label = {"dot": f"·{i}·", "page": f"第 {i} 页", "of": f"{i}/{n}"}[style]
                s.centred(s.height - mm(15), label, font("ming", 30))
                if i > 1:
                    s.page_of = (i, n)
        return self.sheets


def _checked_box(s: Sheet, x: float, y: float, rng: random.Random, text: str = "本件与原本核对无异") -> None:
    f = font("serif_bold", 30)
    w = text_width(text, f) + 36
    ink = (RED[0] - 20, RED[1] + 20, RED[2] + 20)
    dy = rng.uniform(-6, 6)
    s.box(x, y + dy, x + w, y + 60 + dy, width=4, outline=ink)
    s.text(x + 18, y + 13 + dy, text, f, fill=ink)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """贵溪市人民法院's judgment: 明体 body set even, the court and title in 明体 and Noto serif bold, folios ·n·."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    tons = c.extra["tons"]
    t = Typed(font("ming", 40), left=mm(28), right=mm(26), top=mm(30), lead=70)
    s = t.s
    s.centred(t.top, GUIXI, font("ming", 54), spacing=6)
    s.centred(t.top + 96, "民 事 判 决 书", font("serif_bold", 82), spacing=6)
    s.right(s.width - t.right, t.top + 220, c.basis_number, font("ming", 40))
    t.y = t.top + 320
    story = (f"2022年9月至2023年2月，原告按被告订单分批向被告供应φ8mm低氧光亮铜杆共计{tons}吨，被告均已签收。"
             f"经双方对账，被告尚欠货款{c.amount:,.2f}元未付，原告多次催讨无果。")
    for kind, text in [
        ("h", f"原告：{who_is(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{who_is(r)}"),
        ("h", f"委托诉讼代理人：{person_name(rng)}，该公司员工。"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用普通程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。双方当事人的委托诉讼代理人到庭参加诉讼。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告支付货款{c.amount:,.2f}元及逾期付款损失；2.本案诉讼费由被告负担。"
              f"事实与理由：{story}"),
        ("p", f"{r.name}辩称：欠款属实，因下游电网工程回款迟延，暂时无力支付，请求给予宽限期。"),
        ("p", f"本院经审理认定事实如下：{story}上述事实，有购销合同、送货单、对账单及当事人陈述在案佐证。"),
        ("p", "本院认为，原、被告之间的买卖合同合法有效。原告依约交付铜杆，被告应当按约支付价款。被告以回款迟延为由拖欠"
              "货款，不符合合同约定，本院不予支持。依照《中华人民共和国民法典》第五百七十七条、第五百七十九条、第六百二十六条"
              "的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 80 + 50}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于江西省"
              "鹰潭市中级人民法院。"),
    ]:
        t.para(text, first=0 if kind == "h" else 2, hang=2 if kind == "h" else 0, even=True)
    t.room(480)
    last, y = t.s, t.y + 70
    x = last.width - mm(96)
    f = font("ming", 40)
    judge = c.extra.setdefault("guixi_judge", person_name(rng))
    for role, name in (("审 判 长", judge), ("人民陪审员", person_name(rng)), ("人民陪审员", person_name(rng))):
        last.text(x, y, f"{role}　{name}", f)
        y += 70
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(18, 26)))
    last.text(x, y + 24, when, f)
    seal(last, x + text_width(when, f) / 2, y + 36, GUIXI, rng, radius=mm(20))
    last.text(x, y + 110, f"书 记 员　{person_name(rng)}", f)
    _checked_box(last, mm(28), y + 40, rng)
    return t.folios("dot")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """鹰潭仲裁委员会's award: a cover sheet (name, 裁决书, number, date), then the body in 文楷, 第n页 at the foot."""
    a, r = c.applicant, c.respondent
    made = c.basis_effective
    cover = Sheet()
    cover.centred(mm(70), ARB, font("serif_bold", 78), spacing=16)
    cover.centred(mm(120), "裁　决　书", font("serif_bold", 110), spacing=10)
    cover.centred(mm(160), c.basis_number, font("wenkai", 48))
    cover.centred(mm(250), cn_date(made), font("wenkai", 46))
    cover.line(mm(40), mm(100), cover.width - mm(40), mm(100), width=3, fill=(150, 30, 30))
    t = Typed(font("wenkai", 41), left=mm(27), right=mm(25), top=mm(26), lead=72)
    t.sheets = [cover, Sheet()]
    t.y = t.top
    monthly, months = c.extra["monthly"], c.extra["months"]
    rent = monthly * months
    penalty = c.amount - rent
    heard = made - timedelta(days=rng.randint(20, 40))
    for kind, text in [
        ("h", f"申请人：{who_is(a)}"), ("h", f"委托代理人：{c.agent}，系申请人之女。"), ("h", f"被申请人：{who_is(r)}"),
        ("p", f"本会根据申请人与被申请人于2021年签订的《门面租赁合同》中的仲裁条款及申请人的仲裁申请，于"
              f"{cn_date(heard - timedelta(days=45))}受理了双方之间的房屋租赁合同纠纷案。本案适用简易程序，由独任仲裁员审理，"
              f"于{cn_date(heard)}开庭。被申请人经合法通知未到庭，仲裁庭依法缺席审理。本案现已审理终结。"),
        ("p", f"申请人称：申请人将其所有的{c.extra['shopfront']}出租给被申请人经营“{c.extra['shop']}”，月租金{monthly}元，"
              f"按季支付。被申请人自2022年起拖欠租金，累计{months}个月，经催告仍未支付，且于2023年擅自停业离场。请求裁决"
              "被申请人支付拖欠的租金及违约金。"),
        ("p", "仲裁庭查明：双方签订的租赁合同、租金收据、催款短信记录等证据能够证明申请人的主张，被申请人未提交答辩及证据。"),
        ("p", "仲裁庭认为：双方之间的租赁合同合法有效。被申请人未按约支付租金，构成违约，应当承担支付租金及违约金的责任。"
              "依照《中华人民共和国民法典》第七百零三条、第七百二十二条及《中华人民共和国仲裁法》第四十二条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}向申请人{a.name}支付拖欠租金{rent:,.2f}元；"),
        ("p", f"二、被申请人{r.name}向申请人{a.name}支付违约金{penalty:,.2f}元；"),
        ("p", "三、本案仲裁费由被申请人承担。"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内付清。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]:
        t.para(text, first=0 if kind == "h" else 2, hang=2 if kind == "h" else 0)
    t.room(360)
    last, y = t.s, t.y + 60
    x = last.width - mm(100)
    f = font("wenkai", 41)
    last.text(x, y, f"独任仲裁员　{person_name(rng)}", f)
    when = cn_date(made)
    last.text(x, y + 90, when, f)
    seal(last, x + text_width(when, f) / 2, y + 100, ARB, rng, radius=mm(21))
    last.text(x, y + 180, f"书　记　员　{person_name(rng)}", f)
    n = len(t.sheets)
    for i, s in enumerate(t.sheets[1:], 1):
        s.right(s.width - mm(25), s.height - mm(15), f"第{i}页", font("wenkai", 30))
    for i, s in enumerate(t.sheets[1:], 2):
        s.page_of = (i, n)
    return t.sheets


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """余江区人民法院's 民事调解书 on the wage claim: Noto serif body, the agreement's points numbered, the bench's names left."""
    a, r = c.applicant, c.respondent
    months = int(c.extra["months"])
    t = Typed(font("serif", 40), left=mm(30), right=mm(25), top=mm(34), lead=72)
    s = t.s
    s.centred(t.top, YUJIANG, font("serif", 52), spacing=3)
    s.centred(t.top + 92, "民事调解书", font("sans_bold", 80), spacing=30)
    s.right(s.width - t.right, t.top + 212, c.basis_number, font("serif", 40))
    t.y = t.top + 310
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    for kind, text in [
        ("h", f"原告：{who_is(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师（法律援助）。"), ("h", f"被告：{who_is(r)}"),
        ("p", f"原告{a.name}与被告{r.name}劳动争议一案，本院于{cn_date(c.basis_effective - timedelta(days=50))}立案后，依法适用简易"
              "程序进行审理。"),
        ("p", f"原告诉称：原告自2021年起在被告处从事眼镜架抛光、电镀前处理工作，被告拖欠原告{months}个月工资共计"
              f"{c.amount:,.2f}元，经余江区劳动人事争议仲裁委员会仲裁后，被告仍未支付。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}支付原告{a.name}拖欠工资共计{c.amount:,.2f}元；"),
        ("p", f"二、上述款项分两期支付：{first:,.2f}元于本调解书送达之日起十日内付清，余款{c.amount - first:,.2f}元于"
              "2023年12月31日前付清；"),
        ("p", "三、被告任何一期未按时足额支付的，原告有权就全部未付款项申请强制执行；"),
        ("p", "四、双方就本案再无其他争议。案件受理费5元，减半收取计2.5元，由被告负担。"),
        ("p", "上述协议，符合有关法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]:
        t.para(text, first=0 if kind == "h" else 2, hang=2 if kind == "h" else 0)
    t.room(400)
    last, y = t.s, t.y + 60
    f = font("serif", 40)
    x = last.width - mm(95)
    last.text(x, y, f"审判员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(2, 6)))
    last.text(x, y + 90, when, f)
    seal(last, x + text_width(when, f) / 2, y + 100, YUJIANG, rng, radius=mm(20))
    last.text(x, y + 180, f"书记员　{person_name(rng)}", f)
    return t.folios("page")


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A certificate of effect: the 贵溪 court's form or the 仲裁委's 生效证明 letter."""
    s = Sheet()
    if c.extra["tale"] == "rent":
        f = font("wenkai", 42)
        s.centred(mm(30), ARB, font("serif_bold", 60), spacing=8)
        s.centred(mm(50), "裁决书生效证明", font("serif_bold", 66), spacing=10)
        t = Typed(f, left=mm(28), right=mm(26), top=mm(80), lead=76)
        t.sheets = [s]
        t.para(f"{COURT}：", first=0)
        t.para(f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}房屋租赁合同纠纷一案，已于{cn_date(c.basis_effective)}"
               f"作出{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力，并已依法送达双方当事人。")
        t.para("特此证明。")
        y = t.y + 90
        when = num_date(c.basis_effective + timedelta(days=rng.randint(15, 30)))
        s.right(s.width - mm(40), y, f"{ARB}秘书处", f)
        s.right(s.width - mm(40), y + 80, when, f)
        seal(s, s.width - mm(75), y + 50, ARB, rng, radius=mm(20))
        return [s]
    f = font("ming", 42)
    court = GUIXI
    s.centred(mm(30), court, font("ming", 56), spacing=6)
    s.centred(mm(52), "生效证明书", font("serif_bold", 72), spacing=24)
    s.right(s.width - mm(26), mm(72), c.basis_number.replace("号", "号之一"), font("ming", 38))
    t = Typed(f, left=mm(28), right=mm(26), top=mm(92), lead=78)
    t.sheets = [s]
    t.para(f"本院审理的原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院作出的{c.basis_number}民事判决书已于"
           f"{cn_date(c.basis_effective)}送达双方当事人，双方在法定上诉期内均未提起上诉，该判决书已于{cn_date(c.basis_effective)}"
           "起十五日后发生法律效力。", even=True)
    t.para("特此证明。")
    y = t.y + 100
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(18, 25)))
    s.right(s.width - mm(40), y, when, f)
    seal(s, s.width - mm(40) - text_width(when, f) / 2, y + 10, court, rng, radius=mm(20))
    s.text(mm(28), y + 160, f"经办人：{c.extra.get('guixi_judge') or person_name(rng)}（民二庭）", font("ming", 34))
    return [s]


def _letter_song() -> Font:
    return font("song_gb", 42)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A lawyer's 申请执行书 in GB 宋, the title over a double underline, requests numbered, dated in figures."""
    a, r = c.applicant, c.respondent
    t = Typed(_letter_song(), left=mm(27), right=mm(25), top=mm(28), lead=76)
    s = t.s
    tf = font("sans_bold", 68)
    w = s.centred(t.top, "申请执行书", tf, spacing=20)
    x0 = (s.width - w) / 2
    s.line(x0 - 20, t.top + 92, x0 + w + 20, t.top + 92, width=4)
    s.line(x0 - 20, t.top + 102, x0 + w + 20, t.top + 102, width=1)
    t.y = t.top + 160
    wage = c.extra["tale"] == "frame"
    basis = (f"{GUIXI}{c.basis_number}民事判决书" if not wage else f"{YUJIANG}{c.basis_number}民事调解书")
    for kind, text in [
        ("h", f"申请执行人：{who_is(a)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师{'（余江区法律援助中心指派）' if wage else ''}，电话{c.agent_phone}。"),
        ("h", f"被执行人：{who_is(r)}"),
        ("t", "执行请求："),
        ("p", f"1.责令被执行人立即支付{money(c.amount)}；"),
        ("p", "2.被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3.本案申请执行费由被执行人承担；"),
        ("p", "4.申请对被执行人采取限制消费措施；被执行人拒不履行的，申请将其纳入失信被执行人名单。"),
        ("t", "事实与理由："),
        ("p", (f"申请执行人与被执行人{c.extra['cause']}一案，经{basis}确定，被执行人应向申请执行人支付" +
               ("货款" if not wage else "拖欠工资") + f"{c.amount:,.2f}元。该法律文书已发生法律效力，被执行人至今未履行。" +
               ("被执行人住所地及主要财产均在贵院辖区，" if not wage else "被执行人已将加工厂迁至贵院辖区内，") +
               "依照《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。")),
        ("t", "此致"), ("t", COURT),
    ]:
        if kind == "t":
            t.para(text, first=0)
        else:
            t.para(text, first=2 if kind == "p" else 0, hang=5 if kind == "h" else 0)
    t.room(260)
    last, y = t.s, t.y + 40
    last.text(last.width - mm(112), y, "申请执行人：", t.f)
    if a.kind == "organisation":
        seal(last, last.width - mm(48), y + 18, a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(62), y - 6, a.name, rng, size=58, ink=INK)
        last.draw.ellipse((last.width - mm(28), y - 4, last.width - mm(20), y + 44), fill=(190, 45, 50))
    last.text(last.width - mm(100), y + 110, num_date(c.filed_on - timedelta(days=rng.randint(1, 4))), t.f)
    return t.sheets


def _template_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The old landlord's application, typed by her daughter into the court website's template: boxed fields in 微软雅黑-
    like sans, the old woman's shaky name and red fingerprint, the daughter's name as 代书人."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("microhei", 36)
    s.centred(mm(24), "强制执行申请书", font("microhei", 64), spacing=10)
    s.text(mm(20), mm(40), "（适用于自然人申请执行 · 样式）", font("microhei", 28), fill=(90, 90, 90))
    w = s.width - mm(40)
    rows = [["申请执行人", who_is(a) + f"电话：{a.phone}。"],
            ["委托代理人", f"{c.agent}，女，系申请执行人之女，公民身份号码{c.extra['agent_id']}，电话{c.agent_phone}。"],
            ["被执行人", who_is(r) + f"电话：{r.phone}。"],
            ["执行依据", f"{ARB}{c.basis_number}裁决书（已生效）"],
            ["申请事项", f"1.请求强制执行被执行人支付拖欠租金及违约金共计{money(c.amount)}；2.被执行人负担迟延履行期间的债务利息"
                      "及执行费用；3.申请对被执行人限制高消费，拒不履行的纳入失信被执行人名单。"],
            ["事实与理由", f"申请人将{c.extra['shopfront']}出租给被执行人开饭店，被执行人拖欠租金后停业离开。{ARB}裁决被执行人"
                       "支付租金和违约金，裁决生效后被执行人至今分文未付。申请人年事已高，靠这间门面的租金补贴生活，特申请"
                       "贵院强制执行。"]]
    hs = []
    for _k, v in rows:
        n = len(wrap(v, f, w - mm(36) - 24))
        hs.append(max(mm(16), n * f.size * 1.3 + 30))
    ruled(s, mm(20), mm(52), [mm(36), w - mm(36)], rows, f, heights=hs)
    y = mm(52) + sum(hs) + mm(14)
    s.text(mm(20), y, f"此致　{COURT}", f)
    s.text(s.width - mm(120), y + mm(16), "申请执行人（签名、捺印）：", f)
    hand(s, s.width - mm(60), y + mm(26), a.name, rng, size=60, ink=BLACKPEN)
    s.draw.ellipse((s.width - mm(26), y + mm(27), s.width - mm(18), y + mm(37)), fill=(200, 50, 55))
    s.text(s.width - mm(120), y + mm(44), "代书人：", f)
    hand(s, s.width - mm(94), y + mm(42), c.agent, rng, size=50, ink=BALLPOINT)
    hand(s, s.width - mm(96), y + mm(58), num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), rng, size=42,
         ink=BALLPOINT)
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    relative = bool(c.extra.get("relative"))
    t = Typed(_letter_song(), left=mm(28), right=mm(26), top=mm(34), lead=78)
    s = t.s
    s.centred(t.top, "授 权 委 托 书", font("serif_bold", 70), spacing=4)
    t.y = t.top + 150
    agent = (f"{c.agent}，女，系委托人之女，公民身份号码{c.extra['agent_id']}，住{a.address}，电话{c.agent_phone}。" if relative
             else f"{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。")
    powers = ("代为申请执行、提供财产线索、签收法律文书、参加约谈、发表意见、申请终结本次执行程序及恢复执行、代收执行款。"
              if relative else "特别授权：代为申请执行，提供财产线索，申请采取强制执行措施，代为参加执行和解并签订和解协议，"
              "代为签收法律文书，代为领取执行款，申请终结本次执行程序。")
    for kind, text in [("h", f"委托人：{who_is(a)}"), ("h", f"受托人：{agent}"),
                       ("p", f"委托人因与{c.respondent.name}{c.extra['cause']}执行一案，委托上列受托人为执行阶段的代理人。"),
                       ("p", f"代理权限：{powers}"), ("p", "委托期限：自本委托书签署之日起至本案执行程序终结时止。")]:
        t.para(text, first=2 if kind == "p" else 0, hang=4 if kind == "h" else 0)
    y = t.y + 70
    s = t.s
    s.text(mm(28), y, "委托人：", t.f)
    s.text(s.width / 2 + mm(10), y, "受托人：", t.f)
    if a.kind == "organisation":
        seal(s, mm(78), y + 60, a.name, rng, radius=mm(19))
        hand(s, mm(50), y + 100, a.legal_rep, rng, size=52, ink=INK)
    else:
        hand(s, mm(52), y - 8, a.name, rng, size=58 if not relative else 54, ink=BLACKPEN)
        s.draw.ellipse((mm(90), y - 2, mm(98), y + 48), fill=(200, 48, 52))
    hand(s, s.width / 2 + mm(34), y - 8, c.agent, rng, size=56, ink=BLACKPEN)
    s.right(s.width - mm(30), y + 180, num_date(c.filed_on - timedelta(days=rng.randint(2, 5))), t.f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (200, 26, 32)
    s.centred(mm(22), c.firm, font("serif_bold", 70), fill=red, spacing=10)
    s.line(mm(20), mm(36), s.width - mm(20), mm(36), width=5, fill=red)
    no = f"（{c.filed_on.year}）{c.firm[2:4]}律执字第{rng.randint(3, 180)}号"
    s.text(mm(28), mm(40), no, font("song_gb", 36))
    s.centred(mm(54), "律 师 事 务 所 函", font("serif_bold", 60))
    t = Typed(_letter_song(), left=mm(28), right=mm(26), top=mm(74), lead=80)
    t.sheets = [s]
    assigned = "受鹰潭市余江区法律援助中心指派，" if c.extra["tale"] == "frame" else ""
    t.para(f"{COURT}执行局：", first=0)
    t.para(f"本所{assigned}接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案"
           "的代理人，参与本案执行程序。")
    t.para("特此函告。")
    t.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", first=0, f=font("song_gb", 34), lead=60)
    t.para(f"地址：{c.extra['firm_addr']}", first=0, f=font("song_gb", 34), lead=60)
    y = t.y + 110
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 6)))
    s.right(s.width - mm(36), y, when, t.f)
    seal(s, s.width - mm(66), y - 14, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's photo page and its data page photocopied one above the other, a grey copier ground round them."""
    s = Sheet()
    grey = (205, 205, 203)
    x0, w, h = mm(40), mm(130), mm(86)
    for k in range(2):
        y0 = mm(28) + k * (h + mm(12))
        s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=grey, outline=(60, 60, 60), width=3)
    f = font("sans", 32)
    y0 = mm(28)
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("serif_bold", 46), x0=x0, x1=x0 + w)
    s.draw.rectangle((x0 + mm(10), y0 + mm(24), x0 + mm(42), y0 + mm(66)), fill=(120, 120, 120))
    for k, line in enumerate([f"持证人　{c.agent}", f"性　别　{rng.choice('男女')}",
                              f"身份证号　{c.extra.get('agent_id') or '3606' + '*' * 10 + str(rng.randint(1000, 9999))}"]):
        s.text(x0 + mm(48), y0 + mm(28) + k * mm(11), line, f)
    y0 = mm(28) + h + mm(12)
    for k, line in enumerate([f"执业机构　{c.firm}", "执业证类别　专职律师", f"执业证号　{c.extra['licence']}",
                              "发证机关　江西省司法厅", f"发证日期　{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]):
        s.text(x0 + mm(8), y0 + mm(8) + k * mm(12), line, f)
    seal(s, x0 + w - mm(30), y0 + h - mm(28), "江西省司法厅", rng, radius=mm(17))
    hand(s, x0, y0 + h + mm(16), "此件与原件一致", rng, size=56, ink=INK)
    hand(s, x0 + mm(80), y0 + h + mm(18), c.agent, rng, size=52, ink=INK)
    return [s]


def _household(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """户口簿 copy: two 常住人口登记卡 (the old woman as 户主, her daughter), copied on one page in the booklet's pale green
    print; the daughter's note that it matches the original."""
    a = c.applicant
    daughter: Party = c.extra["daughter"]
    s = Sheet()
    green = (52, 110, 86)
    f, lab = font("serif", 32), font("sans", 26)
    w, h = mm(150), mm(112)
    x0 = (s.width - w) / 2
    for k, (p, rel) in enumerate(((a, "户主"), (daughter, "女"))):
        y0 = mm(18) + k * (h + mm(10))
        s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(236, 242, 236), outline=green, width=3)
        s.centred(y0 + mm(4), "常住人口登记卡", font("serif_bold", 46), fill=green, x0=x0, x1=x0 + w)
        born = p.born or date(1950, 1, 1)
        rows = [["姓名", p.name, "户主或与户主关系", rel], ["性别", p.sex, "民族", "汉"],
                ["出生日期", f"{born.year}年{born.month}月{born.day}日", "出生地", "江西省鹰潭市"],
                ["公民身份号码", p.id_number], ["本市（县）其他住址", a.address],
                ["服务处所", "退休" if k == 0 else "个体", "职业", "无" if k == 0 else "个体经营"]]
        boxes = ruled(s, x0 + mm(4), y0 + mm(16), [mm(34), mm(42), mm(34), w - mm(118)],
                      [[r[0], "", r[2], ""] if len(r) == 4 else [r[0], ""] for r in rows], lab, heights=mm(14),
                      labels=(0, 2))
        k_box = 0
        for r in rows:
            cells = boxes[k_box:k_box + len(r)]
            for j in range(1, len(r), 2):
                s.text(cells[j][0] + 10, cells[j][1] + mm(3.5), r[j], f)
            k_box += len(r)
        seal(s, x0 + w - mm(26), y0 + h - mm(14), "鹰潭市公安局月湖分局户口专用章", rng, radius=mm(14))
    hand(s, mm(30), s.height - mm(36), "复印件与原件一致", rng, size=52, ink=BLACKPEN)
    hand(s, mm(120), s.height - mm(34), daughter.name, rng, size=52, ink=BLACKPEN)
    return [s]


def _id_copy(p: Party, rng: random.Random) -> list[Sheet]:
    """A resident ID card copied front above back, centred on the page, the holder's line under them."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2
    tops = [mm(40), mm(40) + h + mm(14)]
    for y in tops:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=(221, 221, 218), outline=(110, 110, 110),
                                 width=2)
    y = tops[0]
    lab, val = font("hei", 24), font("hei", 30)
    born = p.born or date(1980, 1, 1)
    for k, (label, value) in enumerate((("姓名", p.name), ("性别", f"{p.sex}　 民族 汉"),
                                        ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日"))):
        s.text(x + mm(4), y + mm(5) + k * mm(7.5), label, lab, fill=(90, 90, 90))
        s.text(x + mm(14), y + mm(4.6) + k * mm(7.5), value, val)
    s.text(x + mm(4), y + mm(28), "住址", lab, fill=(90, 90, 90))
    for k in range(0, min(len(p.address), 36), 12):
        s.text(x + mm(14), y + mm(27.6) + k // 12 * mm(5.2), p.address[k:k + 12], val)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(25), y + h - mm(9), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(26), y + mm(6), x + w - mm(4), y + mm(34)), fill=(150, 150, 150))
    y = tops[1]
    s.text(x + mm(28), y + mm(7), "中华人民共和国", font("hei", 36))
    s.text(x + mm(20), y + mm(17), "居民身份证", font("hei", 56), spacing=12)
    s.draw.ellipse((x + mm(4), y + mm(4), x + mm(19), y + mm(19)), outline=(120, 120, 120), width=3)
    bureau = {"360602": "鹰潭市公安局月湖分局", "360603": "鹰潭市公安局余江分局", "360681": "贵溪市公安局"}.get(
        p.id_number[:6], "上饶市公安局信州分局")
    s.text(x + mm(8), y + h - mm(16), f"签发机关　{bureau}", lab)
    start = rng.randint(2012, 2021)
    until = "长期" if p.born and p.born.year < 1960 else f"{start + 20}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"
    s.text(x + mm(8), y + h - mm(9), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{until}", lab)
    hand(s, mm(36), tops[1] + h + mm(20), "此复印件仅用于月湖法院执行案件", rng, size=46, ink=BLACKPEN)
    hand(s, mm(130), tops[1] + h + mm(36), p.name, rng, size=54, ink=BLACKPEN)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copied at the top, the 法定代表人/经营者身份证明书 typed under it."""
    s = Sheet()
    frame = (168, 120, 58)
    x0, y0, x1, y1 = mm(16), mm(16), s.width - mm(16), mm(162)
    s.box(x0, y0, x1, y1, width=10, outline=frame)
    s.centred(y0 + mm(10), "营 业 执 照", font("serif_bold", 88), spacing=10)
    s.centred(y0 + mm(28), "（副本）", font("serif", 34))
    single = p.name.endswith("加工厂")
    f = font("serif", 33)
    s.text(x0 + mm(8), y0 + mm(38), f"统一社会信用代码　{p.id_number}", f)
    scope = ("眼镜架、眼镜配件加工、销售" if single else "铜材、铜杆、铜线加工及销售；有色金属贸易" if "铜" in p.name
             else "电线电缆制造、销售；电工器材销售")
    rows = [("名　　称", p.name), ("类　　型", "个体工商户" if single else "有限责任公司（自然人投资或控股）"),
            ("经 营 者" if single else "法定代表人", p.legal_rep), ("经营范围", scope),
            ("注册资本", "" if single else f"{rng.choice([500, 1000, 2000, 3000])}万元"),
            ("成立日期", f"{rng.randint(2006, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("经营场所" if single else "住　　所", p.address)]
    for k, (label, value) in enumerate(rows):
        if value:
            s.text(x0 + mm(10), y0 + mm(50) + k * mm(11), label, f)
            s.text(x0 + mm(42), y0 + mm(50) + k * mm(11), value[:28], f)
    reg = {"360681": "贵溪市市场监督管理局", "360603": "鹰潭市余江区市场监督管理局"}.get(p.id_number[2:8],
                                                                                  "鹰潭市月湖区市场监督管理局")
    seal(s, x1 - mm(46), y1 - mm(30), reg, rng, radius=mm(17))
    s.text(x1 - mm(80), y1 - mm(14), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    t = Typed(font("song_gb", 40), left=mm(26), right=mm(24), top=y1 + mm(30), lead=72)
    t.sheets = [s]
    t.y = y1 + mm(34)
    s.centred(y1 + mm(14), "经营者身份证明" if single else "法定代表人身份证明书", font("sans_bold", 50), spacing=6)
    role = "经营者" if single else "法定代表人"
    t.para(f"{p.legal_rep}，系我{'厂' if single else '公司'}{role}，特此证明。")
    s.right(s.width - mm(30), t.y + 40, num_date(c.filed_on - timedelta(days=rng.randint(2, 9))), t.f)
    seal(s, s.width - mm(56), t.y + 30, p.name, rng, radius=mm(18))
    hand(s, mm(28), s.height - mm(30), "与原件核对无误", rng, size=46, ink=INK)
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """江西省非税收入一般缴款书, blue print, the upper half of the page; the bank's till stamp on it."""
    s = Sheet()
    f = font("serif", 30)
    s.centred(mm(20), "江西省非税收入一般缴款书", font("serif_bold", 52), fill=SLIP_BLUE, spacing=4)
    s.text(mm(18), mm(34), f"No. 36{rng.randint(10**9, 10**10 - 1)}　　执收单位编码：36060{rng.randint(1000, 9999)}", f,
           fill=SLIP_BLUE)
    s.right(s.width - mm(18), mm(34), f"填制日期：{c.filed_on:%Y年%m月%d日}", f, fill=SLIP_BLUE)
    w = s.width - mm(36)
    fee: Decimal = c.extra["fee"]
    rows = [["缴款人", c.applicant.name], ["执收单位", COURT], ["收入项目", "申请执行费", "金额", f"¥{fee:,.2f}"],
            ["案号", c.number, "", ""], ["金额（大写）", money_caps(fee)], ["收款银行", "中国银行鹰潭分行（财政专户）"]]
    ruled(s, mm(18), mm(42), [mm(34), mm(80), mm(26), w - mm(140)], rows, f, heights=mm(13), labels=(0, 2))
    s.text(mm(18), mm(124), f"经办人：{person_name(rng)}　　复核人：{person_name(rng)}　　（第二联　缴款人收据）", f,
           fill=SLIP_BLUE)
    seal(s, s.width - mm(58), mm(110), "中国银行鹰潭分行", rng, radius=mm(16), inner="收讫")
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The filing window's printed blanks (月湖法院诉讼服务中心), filled by the applicant's side in ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    relative = bool(c.extra.get("relative"))
    filler = c.agent if relative or a.kind == "organisation" else a.name
    if code == "payment_account_confirmation":
        title = "申请执行人收取案款确认书"
        rows = [("案号", c.number), ("申请执行人", a.name), ("户名", a.name), ("开户行", str(c.extra["in_bank"])),
                ("账号", str(c.extra["in_acct"])), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为接收本案执行款的账户；因账户信息有误造成案款错付、迟延的，责任自负。"
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent),
                ("手机号码", c.agent_phone), ("是否同意电子送达", "同意，短信及“赣服通”")]
        note = "受送达人提供的地址不准确或变更未及时告知，导致法律文书未能被实际接收的，文书退回之日视为送达之日。"
    else:
        title = "财产线索提供表"
        tale = str(c.extra["tale"])
        if tale == "copper":
            clue = f"1.{c.extra['r_bank']}基本户{c.extra['r_acct']}；2.厂区成品仓库库存电缆约{c.extra['drums']}盘"
        elif tale == "rent":
            clue = f"1.原经营的{c.extra['shop']}（已关门）店内设备；2.微信收款码"
        else:
            clue = f"1.{c.extra['r_bank']}账户{c.extra['r_acct']}；2.厂内抛光机、电镀线设备"
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("地址", r.address), ("财产线索", clue),
                ("线索来源", "申请人掌握")]
        note = "申请执行人应如实提供财产线索，提供虚假线索的，依法承担相应法律责任。"
    y = head(s, title, issuer="鹰潭市月湖区人民法院诉讼服务中心", size=56)
    w = s.width - mm(30) - mm(24)
    boxes = ruled(s, mm(30), y, [mm(44), w - mm(44)], [[k, ""] for k, _ in rows], font("song_gb", 34),
                  heights=[mm(26) if len(v) > 24 else mm(16) for _, v in rows])
    cells = [b for b in boxes if b[0] > mm(30)]
    for (_k, v), b in zip(rows, cells, strict=True):
        scrawl(s, b[0] + mm(3), b[1] + mm(3.5), v, rng, size=38, per_line=24, lead=mm(8))
    t = Typed(font("song_gb", 32), left=mm(30), right=mm(24), top=mm(30), lead=54)
    t.sheets = [s]
    t.y = boxes[-1][3] + 40
    t.para(note)
    y = t.y + 70
    s.text(s.width - mm(124), y, "确认人（签名/盖章）：", font("song_gb", 36))
    scrawl(s, s.width - mm(56), y - 8, filler, rng, size=52)
    scrawl(s, s.width - mm(90), y + 76, num_date(c.filed_on), rng, size=40)
    if a.kind == "organisation":
        seal(s, s.width - mm(46), y + 30, a.name, rng, radius=mm(18))
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """被执行人财产申报表: the bureau's blank, sent out with the 报告财产令 (so on its stock, maybe a reused sheet), filled in by
    the respondent's side by hand, partly in block capitals, a crossed-out word."""
    r = c.respondent
    tale = str(c.extra["tale"])
    s = sheet_from_tray(rng, stock(rng, coloured=0.35), reuse=0.6)
    y = head(s, "被执行人财产申报表", size=58)
    s.text(mm(30), y - 20, f"案号：{c.number}", font("serif", 32))
    w = s.width - mm(54)
    if tale == "copper":
        filled = [r.name, r.legal_rep, f"{c.extra['r_bank']}基本户，余额约3万元", "无", "货车2辆（已抵押）",
                  f"库存电缆约{c.extra['drums']}盘", "应收国网工程款约120万元，尚未结算"]
    elif tale == "rent":
        filled = [r.name, "本人", "农商行卡一张，余额几十元", "无", "无", "无", "饭店已关门，无其他财产"]
    else:
        filled = [r.name, r.legal_rep, f"{c.extra['r_bank']}账户，余额约八千元", "无", "无", "抛光机6台、超声波清洗机1台",
                  "欠货款未收回约5万元"]
    labels = ["申报人", "填表人", "银行存款", "房产、土地", "车辆", "机器设备、存货", "对外债权及其他"]
    boxes = ruled(s, mm(30), y + 40, [mm(46), w - mm(46)], [[k, ""] for k in labels], font("serif", 34),
                  heights=mm(20))
    cells = [b for b in boxes if b[0] > mm(30)]
    for v, b in zip(filled, cells, strict=True):
        scrawl(s, b[0] + mm(4), b[1] + mm(5), v, rng, size=40, per_line=22, lead=mm(8), ink=BLACKPEN)
    bad = cells[4]
    s.line(bad[0] + mm(60), bad[1] + mm(10), bad[0] + mm(82), bad[1] + mm(9), width=4, fill=BLACKPEN)
    y = boxes[-1][3] + 50
    s.text(mm(30), y, "本人保证以上申报内容真实、完整，如有隐瞒、虚报，愿承担法律责任。", font("serif", 32))
    s.text(s.width - mm(120), y + 90, "申报人签名：", font("serif", 36))
    who = r.legal_rep if r.kind == "organisation" else r.name
    scrawl(s, s.width - mm(76), y + 80, who, rng, size=54, ink=BLACKPEN)
    scrawl(s, s.width - mm(96), y + 170, num_date(d), rng, size=42, ink=BLACKPEN)
    if r.kind == "organisation":
        seal(s, s.width - mm(60), y + 120, r.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控 system's printout (the bureau's printer, so its stock), and behind it a bank's reply letter on its
    own white paper — a document of its own."""
    r = c.respondent
    mono = font("mono", 27)
    tale = str(c.extra["tale"])
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "邮储银行", "江西银行", "九江银行",
             "上饶银行", "鹰潭农村商业银行", "支付宝", "财付通", "公安部车辆", "自然资源部不动产", "中登公司证券", "工商股权"]
    s = sheet_from_tray(rng, STOCKS["white"], reuse=0.7)
    s.text(mm(16), mm(16), "全国法院网络执行查控系统　查询结果反馈", font("sans_bold", 42))
    s.text(mm(16), mm(28), f"案号 {c.number}　承办人 {c.officer}　被查询人 {r.name}", mono)
    s.text(mm(16), mm(34), f"证件号 {r.id_number}　发起 {d:%Y-%m-%d}　方式 总对总", mono)
    rows = [["#", "协助单位", "财产类别", "反馈", "时间"]]
    for i, unit in enumerate(units, 1):
        kind = "存款" if i <= 10 else "网络资金" if i <= 12 else {13: "车辆", 14: "不动产", 15: "证券", 16: "股权"}[i]
        if tale == "copper" and unit in str(c.extra.get("r_bank", "")):
            res = f"余额 {rng.randint(20000, 40000)}.{rng.randint(10, 99)}"
        elif tale == "copper" and kind == "车辆":
            res = "2辆（抵押）"
        elif tale == "frame" and unit in str(c.extra.get("r_bank", "")):
            res = f"余额 {rng.randint(6000, 9000)}.{rng.randint(10, 99)}"
        elif kind == "存款" and rng.random() < 0.25:
            res = f"余额 {rng.randint(0, 60)}.{rng.randint(10, 99)}"
        else:
            res = "未查到"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%m-%d}"])
    ruled(s, mm(16), mm(42), [mm(12), mm(62), mm(28), mm(44), mm(30)], rows, mono, heights=mm(10.5), labels=())
    s.text(mm(16), s.height - mm(20), f"打印 {c.clerk}　{d + timedelta(days=3):%Y-%m-%d %H}:{rng.randint(10, 59)}", mono)
    bank = c.extra.get("r_bank") or "鹰潭农村商业银行站江支行"
    reply = Sheet()
    reply.starts_document = True
    f = font("song_gb", 38)
    reply.centred(mm(24), str(bank), font("serif_bold", 50), spacing=2)
    reply.centred(mm(40), "协助查询存款回复函", font("serif_bold", 58), spacing=6)
    reply.line(mm(24), mm(54), reply.width - mm(24), mm(54), width=2)
    t = Typed(f, left=mm(26), right=mm(24), top=mm(62), lead=70)
    t.sheets = [reply]
    t.para(f"{COURT}：", first=0)
    t.para(f"你院{c.number}协助查询存款通知书已收悉。经查，{r.name}（证件号码{r.id_number}）在我行开户情况如下：")
    acct = c.extra.get("r_acct") or f"6230{rng.randint(10**14, 10**15 - 1)}"
    bal = "余额见上表" if tale != "rent" else f"余额{rng.randint(10, 80)}.{rng.randint(10, 99)}元，无冻结"
    ruled(reply, mm(26), t.y + 20, [mm(56), mm(40), reply.width - mm(146)], [["账号", "账户状态", "余额"],
                                                                             [str(acct), "正常", bal]],
          font("song_gb", 32), heights=mm(14), labels=())
    t.y += mm(40)
    t.para("特此回复。")
    y = t.y + 80
    reply.right(reply.width - mm(36), y, num_date(d + timedelta(days=rng.randint(3, 6))), f)
    seal(reply, reply.width - mm(64), y - 10, str(bank), rng, radius=mm(18), inner="业务专用章")
    reply.text(mm(26), y + 140, f"经办：{person_name(rng)}　电话：0701-62{rng.randint(10000, 99999)}", font("song_gb", 30))
    return [s, reply]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议, typed by the applicant's lawyer, both sides sign; the clerk's note of its performance by hand."""
    a, r = c.applicant, c.respondent
    t = Typed(_letter_song(), left=mm(27), right=mm(25), top=mm(30), lead=76)
    t.s.centred(t.top, "执行和解协议", font("sans_bold", 66), spacing=18)
    t.y = t.top + 140
    first = (c.amount * Decimal("0.5")).quantize(Decimal("1"))
    pay = c.extra["pay_day"]
    if c.extra["tale"] == "copper":
        term = (f"二、乙方于协议签订之日起三日内支付{first:,.2f}元，余款{c.amount - first:,.2f}元于{num_date(pay)}前付清，"
                "款项均汇入法院执行款专户；")
        extra = "三、乙方付清第一期款项后，甲方同意法院解除对乙方库存电缆的查封及银行账户的冻结；"
    else:
        term = f"二、乙方于{num_date(pay)}前一次性付清上述款项，汇入法院执行款专户；"
        extra = "三、甲方自愿放弃迟延履行期间的债务利息；"
    for kind, text in [("t", f"甲方（申请执行人）：{a.name}"), ("t", f"乙方（被执行人）：{r.name}"),
                       ("p", f"甲乙双方就{c.number}执行一案，经{COURT}执行人员主持，自愿达成和解协议如下："),
                       ("p", f"一、乙方应付甲方{'货款' if c.extra['tale'] == 'copper' else '工资'}{c.amount:,.2f}元；"),
                       ("p", term), ("p", extra),
                       ("p", "四、乙方未按期足额履行的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除；"),
                       ("p", "五、本协议一式三份，双方各执一份，交法院附卷一份。")]:
        t.para(text, first=0 if kind == "t" else 2)
    s = t.s
    y = t.y + 70
    s.text(mm(27), y, "甲方：", t.f)
    s.text(s.width / 2 + mm(6), y, "乙方：", t.f)
    if a.kind == "organisation":
        seal(s, mm(70), y + 40, a.name, rng, radius=mm(18))
    hand(s, mm(50), y - 6, c.agent if a.kind == "organisation" else a.name, rng, size=52, ink=BLACKPEN)
    seal(s, s.width / 2 + mm(50), y + 40, r.name, rng, radius=mm(18))
    hand(s, s.width / 2 + mm(28), y - 6, r.legal_rep, rng, size=52, ink=BLACKPEN)
    s.text(mm(27), y + 150, f"签订日期：{num_date(d)}", t.f)
    hand(s, mm(27), y + 250, f"已于{pay.month}月{pay.day}日全部履行完毕。{c.officer}", rng, size=42, ink=BALLPOINT)
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The paying-in and the paying-out as two 江西银行 业务回单 on one page."""
    s = Sheet()
    f = font("sans", 29)
    teal = (20, 110, 120)
    paid = c.extra["pay_day"]
    court_acct = f"7960{rng.randint(10**11, 10**12 - 1)}"
    payer_acct = str(c.extra.get("r_acct") or f"6214{rng.randint(10**11, 10**12 - 1)}")
    slips = [(c.respondent.name, payer_acct, f"{COURT}（执行款专户）", court_acct, paid, f"{c.number}执行款"),
             (f"{COURT}（执行款专户）", court_acct, c.applicant.name, str(c.extra["in_acct"]), paid + timedelta(days=2),
              f"{c.number}案款发放")]
    y = mm(16)
    for payer, pa, payee, ea, day, use in slips:
        s.box(mm(14), y, s.width - mm(14), y + mm(120), width=3, outline=teal)
        s.centred(y + mm(5), "江西银行　业务回单（付款）" if y < mm(40) else "江西银行　业务回单（收款）",
                  font("sans_bold", 40), fill=teal)
        s.text(mm(20), y + mm(17), f"日期：{day:%Y年%m月%d日}　　回单号：{rng.randint(10**13, 10**14 - 1)}", f)
        w = s.width - mm(40)
        rows = [["付款人", payer], ["付款账号", pa], ["收款人", payee], ["收款账号", ea],
                ["金额", f"¥{c.amount:,.2f}　（{money_caps(c.amount)}）"], ["摘要", use]]
        ruled(s, mm(20), y + mm(26), [mm(30), w - mm(30)], rows, f, heights=mm(11.5))
        seal(s, s.width - mm(52), y + mm(100), "江西银行鹰潭分行", rng, radius=mm(15), inner="业务专用章")
        y += mm(134)
    return [s]


def _objection(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The shareholder's 执行异议申请书, typed by himself in GB 宋, signed and fingerprinted."""
    o: Party = c.extra["objector"]
    r = c.respondent
    t = Typed(_letter_song(), left=mm(28), right=mm(25), top=mm(30), lead=76)
    t.s.centred(t.top, "执行异议申请书", font("serif_bold", 68), spacing=14)
    t.y = t.top + 150
    kept = int(c.extra["kept_drums"])
    for kind, text in [
        ("h", f"异议人（利害关系人）：{who_is(o)}电话：{o.phone}。"),
        ("h", f"申请执行人：{c.applicant.name}，住所地{c.applicant.address}。"),
        ("h", f"被执行人：{r.name}，住所地{r.address}。"),
        ("t", "异议请求："),
        ("p", f"请求撤销贵院{c.number}执行裁定书第二项中超出执行标的部分的查封，仅保留足以清偿债务的电缆{kept}盘，解除对其余"
              "库存电缆的查封。"),
        ("t", "事实与理由："),
        ("p", f"异议人系被执行人{r.name}的股东，持股{c.extra['stake']}%。贵院在执行本案过程中，以{c.number}执行裁定书查封了"
              f"被执行人成品仓库内全部铜芯电力电缆共{c.extra['drums']}盘。按当前市场价格，上述电缆价值远超本案执行标的"
              f"{c.amount:,.2f}元，且被执行人账户亦已冻结。"),
        ("p", "上述电缆系被执行人履行对外供货合同的成品，全部查封导致公司无法交货，面临违约索赔，公司经营难以为继，直接"
              "损害异议人作为股东的合法权益。依照《中华人民共和国民事诉讼法》第二百三十六条及最高人民法院关于查封、扣押、"
              "冻结财产不得明显超标的额的规定，特提出异议，请求贵院依法审查。"),
        ("t", "此致"), ("t", COURT),
    ]:
        t.para(text, first=0 if kind == "t" else 2 if kind == "p" else 0, hang=5 if kind == "h" else 0)
    t.room(260)
    s, y = t.s, t.y + 50
    s.text(s.width - mm(110), y, "异议人：", t.f)
    hand(s, s.width - mm(78), y - 6, o.name, rng, size=58, ink=BLACKPEN)
    s.draw.ellipse((s.width - mm(40), y + 2, s.width - mm(32), y + 50), fill=(198, 48, 52))
    s.text(s.width - mm(100), y + 100, num_date(d), t.f)
    s.text(mm(28), y + 200, "附：证据材料一份（目录附后）", font("song_gb", 34))
    return t.sheets


def _photocopy(sheets: list[Sheet], rng: random.Random, note: str) -> list[Sheet]:
    """Copies on the objector's office copier: grey, a little darker, the back no longer there, his note on the first."""
    out: list[Sheet] = []
    for s in sheets:
        copy = Sheet()
        grey = ImageOps.grayscale(s.image).point(lambda v: int(v * 0.93))
        copy.image = Image.merge("RGB", (grey, grey, grey))
        copy.lines = list(s.lines)
        out.append(copy)
    hand(out[0], mm(30), out[0].height - mm(48), note, rng, size=46, ink=BLACKPEN)
    return out


def _evidence(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The objector's evidence: a typed list, then the court's 执行裁定书 he objects to (a photocopy of the original served
    on the company), the 公示系统 printout naming him a shareholder, and the warehouse's stock list — one bundle."""
    from dossier.corpus.families.court_gl import render

    o: Party = c.extra["objector"]
    r = c.respondent
    listing = Sheet()
    f = font("song_gb", 36)
    listing.centred(mm(26), "证 据 目 录", font("serif_bold", 62), spacing=6)
    listing.text(mm(26), mm(44), f"提交人：{o.name}（异议人）　　案号：{c.number}", f)
    rows = [["序号", "证据名称", "证明内容", "页数"],
            ["1", f"{c.number}执行裁定书（复印件）", "贵院查封被执行人全部库存电缆的事实", "1"],
            ["2", "国家企业信用信息公示系统股东信息打印件", f"异议人系被执行人股东，持股{c.extra['stake']}%", "1"],
            ["3", "被执行人成品仓库库存清单及近期销售单价", "被查封电缆价值明显超过执行标的", "1"]]
    ruled(listing, mm(22), mm(56), [mm(16), mm(66), mm(68), listing.width - mm(194)], rows, font("song_gb", 32),
          heights=[mm(13), mm(26), mm(26), mm(26)])
    hand(listing, listing.width - mm(80), mm(168), o.name, rng, size=54, ink=BLACKPEN)
    hand(listing, listing.width - mm(90), mm(184), num_date(d), rng, size=42, ink=BLACKPEN)
    ruling = _photocopy(render("enforcement_ruling", c, random.Random(rng.randint(0, 10**6)), []), rng,
                        f"复印件与原件一致　{o.name}")
    for s in ruling:
        s.page_of = None
    gs = Sheet()
    mono = font("mono", 28)
    gs.text(mm(14), mm(12), "国家企业信用信息公示系统", font("sans_bold", 44), fill=(170, 30, 30))
    gs.text(mm(14), mm(24), f"{r.name}　统一社会信用代码：{r.id_number}　　登记状态：存续（在营、开业、在册）", mono)
    holders = [[o.name, "自然人股东", f"{c.extra['stake']}%", "货币"], [r.legal_rep, "自然人股东",
                                                                        f"{100 - c.extra['stake'] - 10}%", "货币"],
               [person_name(rng), "自然人股东", "10%", "货币"]]
    ruled(gs, mm(14), mm(34), [mm(44), mm(44), mm(40), gs.width - mm(156)], [["股东名称", "股东类型", "持股比例", "出资方式"],
                                                                            *holders], mono, heights=mm(12), labels=())
    gs.text(mm(14), mm(90), f"打印时间：{d - timedelta(days=1):%Y-%m-%d} 10:{rng.randint(10, 59)}　https://www.gsxt.gov.cn", mono)
    stock_list = Sheet()
    stock_list.centred(mm(20), f"{r.name}成品仓库库存清单", font("hei", 46))
    items = []
    total = 0
    drums = int(c.extra["drums"])
    specs = ["YJV22-8.7/15kV 3×240", "YJV-0.6/1kV 4×185+1×95", "YJV-0.6/1kV 3×120+2×70", "BV-450/750V 1×16"]
    left = drums
    for k, spec in enumerate(specs):
        n = left if k == len(specs) - 1 else rng.randint(drums // 6, drums // 3)
        left -= n
        price = rng.choice([9800, 14500, 21800, 3600])
        total += n * price
        items.append([str(k + 1), spec, "盘", str(n), f"{price:,}", f"{n * price:,}"])
    ruled(stock_list, mm(16), mm(36), [mm(12), mm(66), mm(14), mm(18), mm(26), stock_list.width - mm(168)],
          [["序", "规格型号", "单位", "数量", "单价（元）", "金额（元）"], *items, ["", "合计", "", str(drums), "", f"{total:,}"]],
          font("sans", 28), heights=mm(12), labels=())
    seal(stock_list, stock_list.width - mm(60), mm(130), r.name + "仓库专用章", rng, radius=mm(17))
    hand(stock_list, mm(20), mm(150), f"以上属实。仓管员 {person_name(rng)}", rng, size=42, ink=BLACKPEN)
    return [listing, *ruling, gs, stock_list]

