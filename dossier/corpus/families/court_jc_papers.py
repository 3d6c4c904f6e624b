"""What 江岸法院执行局 receives, each in its maker's style. Uploaded by the applicants through 网上立案 (route APP):
the lawyer's Word-typed 强制执行申请书 (GB 宋, 黑体 title, "第 n 页 共 m 页" centred), the 武汉仲裁委员会's 裁决书 and its
生效证明 (Noto serif, "—n—"), the civil division's 民事判决书 / 民事调解书 (Noto serif, "- n -"), the firm's letter under
its blue letterhead, the 律师执业证 page, ID cards and business licences, a 企业信用信息公示报告 printed off the
web, the 湖北省非税收入 e-bill, and the window's forms filled in ballpoint. Kept on the court's file (route DUPLEX):
the 网络执行查控 system's printout (微软雅黑-like sans, grid, "第n页/共m页"), the respondent's 财产申报表, the
执行和解协议 signed in the bureau, the 案款 system's 发放凭证 with the bank's 回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, mm, seal, text_width, wrap
from dossier.corpus.families.court_jc_kit import (
    APP,
    COURT,
    DUPLEX,
    JcSheet,
    back_to_back,
    ballpoint,
    gb,
    ruled,
)
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "武汉仲裁委员会"
FIRM_BLUE = (24, 60, 140)
L, R = mm(25), mm(25)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[JcSheet]:
    from dossier.corpus.families.court_jc import made_on, tale

    d = made_on(c, code)
    t = tale(c)
    if code == "enforcement_basis":
        return _award(c, rng) if t == "lease" else _civil(c, rng)
    if code == "effectiveness_certificate":
        return _award_in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "person":
            return _id_card(p, c, rng, lender_copy=p is c.respondent)
        return _credit_report(p, c, rng) if p is c.respondent else _business_licence(p, c, rng)
    if code == "fee_receipt":
        return _e_bill(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _payout(c, rng, d)
    raise KeyError(code)


class Typed:
    """A typed paper flowing down its sheets (left margin L, right margin R)."""

    def __init__(self, route: str, y: float, f: Font, lead: float, *, top: float = mm(28), bottom: float = mm(30)):
        self.sheets = [JcSheet(route=route)]
        self.route, self.y, self.f, self.lead, self.top, self.bottom = route, y, f, lead, top, bottom

    @property
    def s(self) -> JcSheet:
        return self.sheets[-1]

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.sheets.append(JcSheet(route=self.route))
            self.y = self.top

    def para(self, text: str, *, indent: bool = True, hang: float = 0.0, f: Font | None = None,
             lead: float = 0.0) -> None:
        ff = f or self.f
        ld = lead or self.lead
        width = self.s.width - L - R
        first = ff.size * 2 if indent else 0.0
        for k, part in enumerate(wrap(text, ff, width - hang, indent=first - hang if indent else 0.0)):
            self.need(ld)
            self.s.text(L + (first if k == 0 else hang), self.y, part, ff)
            self.y += ld

    def line(self, text: str, *, right: bool = False, centred: bool = False, f: Font | None = None) -> None:
        ff = f or self.f
        self.need(self.lead)
        if right:
            self.s.right(self.s.width - R - mm(6), self.y, text, ff)
        elif centred:
            self.s.centred(self.y, text, ff)
        else:
            self.s.text(L, self.y, text, ff)
        self.y += self.lead


def _numbered(sheets: list[JcSheet], style: str, f: Font) -> list[JcSheet]:
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if style == "word":
            s.centred(s.height - mm(15), f"第 {i} 页 共 {n} 页", f)
            s.page_of = (i, n) if n > 1 else None
        elif style == "dash" and n > 1:
            s.centred(s.height - mm(15), f"- {i} -", f)
        elif style == "emdash" and n > 1:
            s.centred(s.height - mm(15), f"—{i}—", f)
    return sheets


def _who(p: Party, *, short: bool = False) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    extra = "" if short else f"，公民身份号码{p.id_number}"
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}{extra}。"


def _award(c: CaseCtx, rng: random.Random) -> list[JcSheet]:
    """武汉仲裁委员会's 裁决书: commission name and title in bold serif, the number in 〔〕-free brackets, Noto serif body,
    the tribunal of three, the commission's seal, folios —n—."""
    a, r = c.applicant, c.respondent
    months, rent = int(c.extra["months"]), Decimal(c.extra["rent"])
    arrears = rent * months
    fee_part = c.amount - arrears
    heard = c.basis_effective - timedelta(days=rng.randint(35, 55))
    t = Typed(APP, mm(30), font("serif", mm(5.1)), mm(5.1) * 1.85)
    s = t.s
    s.centred(mm(26), ARB, font("serif_bold", mm(9)), spacing=mm(2))
    s.centred(mm(42), "裁决书", font("serif_bold", mm(11)), spacing=mm(8))
    t.y = mm(62)
    t.line(c.basis_number, right=True)
    t.y += mm(3)
    for kind, text in [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"武汉仲裁委员会（以下简称仲裁委员会）根据申请人与被申请人签订的《房屋租赁合同》中的仲裁条款和申请人的仲裁申请，"
              f"于{cn_date(heard - timedelta(days=40))}受理了本案。本案适用《武汉仲裁委员会仲裁规则》，由首席仲裁员及两名"
              f"仲裁员组成仲裁庭，于{cn_date(heard)}在仲裁委员会开庭审理。被申请人经书面通知，无正当理由未到庭，仲裁庭依法"
              "缺席审理。本案现已审理终结。"),
        ("p", f"申请人称：双方于2021年签订《房屋租赁合同》，约定被申请人承租位于{c.extra['villa']}的房屋用于经营咖啡馆，"
              f"月租金{rent:,.0f}元，按月支付。被申请人自2023年起拖欠租金，至申请仲裁时已欠{months}个月。请求裁决被申请人"
              "支付欠付租金、违约金，并承担本案仲裁费用。"),
        ("p", f"仲裁庭查明：申请人提交的租赁合同、催款函及EMS回执、对账记录能够证明被申请人欠付租金{arrears:,.2f}元的事实。"),
        ("p", "仲裁庭认为，双方签订的《房屋租赁合同》系双方真实意思表示，合法有效。被申请人未按约支付租金，构成违约，应承担"
              "支付租金及违约金的责任。依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第七百二十一条，"
              "《中华人民共和国仲裁法》第四十二条第二款的规定，裁决如下："),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付欠付租金{arrears:,.2f}元；"),
        ("p", f"（二）被申请人向申请人支付违约金及申请人预交的仲裁费用合计{fee_part:,.2f}元；"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]:
        t.para(text, indent=kind == "p", hang=t.f.size * 2 if kind == "h" else 0)
    t.need(mm(70))
    last, y = t.s, float(t.y + mm(8))
    x = last.width - R - mm(70)
    for role in ("首席仲裁员", "仲 裁 员", "仲 裁 员"):
        last.text(x, y, f"{role}　{person_name(rng)}", t.f)
        y += t.lead
    when = cn_date(c.basis_effective)
    last.text(x, y + mm(4), when, t.f)
    seal(last, x + text_width(when, t.f) / 2, y + mm(6), ARB, rng, radius=mm(21))
    last.text(x, y + mm(16), f"书　　记　{person_name(rng)}", t.f)
    return _numbered(t.sheets, "emdash", font("serif", mm(4)))


def _award_in_force(c: CaseCtx, rng: random.Random) -> list[JcSheet]:
    t = Typed(APP, mm(70), font("serif", mm(5.3)), mm(5.3) * 1.9)
    s = t.s
    s.centred(mm(30), ARB, font("serif_bold", mm(8.5)), spacing=mm(2))
    s.centred(mm(46), "生效证明", font("serif_bold", mm(10)), spacing=mm(5))
    t.line(f"武仲证字〔{c.filed_on.year}〕第{rng.randint(30, 400)}号", right=True)
    t.y += mm(4)
    t.para(f"{COURT}：", indent=False)
    t.para(f"申请人{c.applicant.name}与被申请人{c.respondent.name}房屋租赁合同纠纷一案，本会于{cn_date(c.basis_effective)}作出"
           f"{c.basis_number}裁决书，该裁决书已依法送达双方当事人。根据《中华人民共和国仲裁法》第五十七条的规定，"
           f"该裁决书自作出之日即{cn_date(c.basis_effective)}起发生法律效力。")
    t.para("特此证明。")
    y = t.y + mm(20)
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(8, 20)))
    s.right(s.width - R - mm(8), y, when, t.f)
    seal(s, s.width - R - mm(8) - text_width(when, t.f) / 2, y, ARB, rng, radius=mm(21))
    s.text(L, y + mm(30), f"经办人：{person_name(rng)}　　联系电话：027-8{rng.randint(1000000, 9999999)}", font("serif", mm(4.2)))
    return [s]


def _civil(c: CaseCtx, rng: random.Random) -> list[JcSheet]:
    """The civil division's 民事判决书 (loan) or 民事调解书 (haul): the court and title in bold serif, folios "- n -"."""
    from dossier.corpus.families.court_jc import tale

    a, r = c.applicant, c.respondent
    loan = tale(c) == "loan"
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    t = Typed(APP, mm(66), font("serif", mm(5.2)), mm(5.2) * 1.8)
    s = t.s
    s.centred(mm(26), COURT, font("serif_bold", mm(8)), spacing=mm(1))
    s.centred(mm(42), "民事判决书" if loan else "民事调解书", font("serif_bold", mm(10.5)), spacing=mm(4.5))
    t.line(c.basis_number, right=True)
    t.y += mm(2)
    role_a, role_r = "原告", "被告"
    blocks: list[tuple[str, str]] = [("h", f"{role_a}：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                                     ("h", f"{role_r}：{_who(r)}")]
    if loan:
        lent: Decimal = c.extra["lent"]
        interest = c.amount - lent
        blocks += [
            ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易"
                  f"程序，于{cn_date(heard)}公开开庭进行了审理。原告{a.name}及其委托诉讼代理人{c.agent}到庭参加诉讼，被告"
                  f"{r.name}经本院传票传唤无正当理由未到庭参加诉讼，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"{a.name}向本院提出诉讼请求：1.判令被告偿还借款本金{lent:,.0f}元及利息；2.本案诉讼费用由被告负担。事实和理由："
                  f"被告系原告邻居之子。2022年3月，被告称要在后湖夜市开设“{c.extra['stall']}”摊位，向原告借款{lent:,.0f}元，"
                  "约定一年内归还，年利率6%，并出具借条一张。原告通过银行转账交付借款。到期后被告未还款，原告多次催要无果。"),
            ("p", f"{r.name}未作答辩，亦未提交证据。"),
            ("p", "本院经审理认定事实如下：原告提交的借条、银行转账凭证、微信聊天记录能够相互印证，本院对原告主张的借款事实予以"
                  "确认。"),
            ("p", "本院认为，合法的借贷关系受法律保护。原、被告之间的借贷关系事实清楚，被告未按约还款，应承担还本付息的民事"
                  "责任。依照《中华人民共和国民法典》第六百六十七条、第六百七十五条、第六百七十六条，《中华人民共和国民事"
                  "诉讼法》第一百四十七条的规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{lent:,.2f}元及利息{interest:,.2f}元，"
                  f"合计{c.amount:,.2f}元。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
                  "迟延履行期间的债务利息。"),
            ("p", f"案件受理费{int(c.amount) // 100 * 2 // 2 + 50}元，减半收取，由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于湖北省"
                  "武汉市中级人民法院。"),
        ]
        signers = [("审判员", c.extra.setdefault("civil_judge", person_name(rng)))]
    else:
        first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        blocks += [
            ("p", f"原告{a.name}与被告{r.name}运输合同纠纷一案，本院于{cn_date(heard - timedelta(days=30))}立案后，依法适用"
                  "简易程序进行审理。"),
            ("p", f"原告诉称：2022年6月至2023年2月，原告驾驶自有货车（车牌号{c.extra['plate']}）为被告从阳逻港、青山钢材市场"
                  f"向其堤角仓库运送钢材、水泥共{c.extra['trips']}车次，经双方对账，被告尚欠运费{c.amount:,.2f}元未付。"),
            ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}欠原告{a.name}运费{c.amount:,.2f}元，于2023年10月31日前支付{first:,.2f}元，余款"
                  f"{c.amount - first:,.2f}元于2023年12月31日前付清；"),
            ("p", "二、被告如未按期足额履行上述任何一期付款义务，原告可就全部未付款项申请强制执行；"),
            ("p", "三、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ]
        signers = [("审判员", c.extra.setdefault("civil_judge", person_name(rng)))]
    for kind, text in blocks:
        t.para(text, indent=kind == "p", hang=t.f.size * 2 if kind == "h" else 0)
    t.need(mm(64))
    last, y = t.s, t.y + mm(10)
    x = last.width - R - mm(64)
    for role, name in signers:
        last.text(x, y, f"{role}　{name}", t.f)
        y += t.lead
    when = cn_date(c.basis_effective - timedelta(days=16 if loan else 2))
    last.text(x, y + mm(4), when, t.f)
    seal(last, x + text_width(when, t.f) / 2, y + mm(6), COURT, rng, radius=mm(21))
    stamp(last, mm(30), y + mm(2), ["本件与原本核对无异"], rng, size_mm=4.2, face="song_gb")
    last.text(x, y + mm(16), f"书 记 员　{person_name(rng)}", t.f)
    if loan:  # the civil division's 生效 stamp on the judgment's last page (its certificate of effect)
        stamp(last, mm(30), y + mm(24), ["本判决已于" + num_date(c.basis_effective), "发生法律效力"], rng, size_mm=3.8,
              face="song_gb")
    return _numbered(t.sheets, "dash", font("serif", mm(4)))


def _application(c: CaseCtx, rng: random.Random) -> list[JcSheet]:
    """The lawyer's Word paper: 黑体 title, GB 宋 body, requests numbered, 此致, the applicant's seal or signature."""
    from dossier.corpus.families.court_jc import basis_name

    a, r = c.applicant, c.respondent
    t = Typed(APP, mm(50), font("song_gb", mm(5.4)), mm(5.4) * 1.75, bottom=mm(32))
    t.s.centred(mm(28), "强制执行申请书", font("hei", mm(8.5)), spacing=mm(1.5))
    rows = [("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
            ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), ("h", f"被执行人：{_who(r)}"),
            ("t", "执行请求："),
            ("p", f"一、请求依法强制执行被执行人向申请执行人支付{money(c.amount)}；"),
            ("p", "二、请求判令被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "三、本案执行费用由被执行人承担；"),
            ("p", "四、申请对被执行人采取限制高消费措施；被执行人拒不履行的，申请将其纳入失信被执行人名单。"),
            ("t", "事实与理由："),
            ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis_name(c)}已发生法律效力。被执行人至今未履行生效法律文书"
                  "确定的义务，申请执行人多次催要无果。为维护申请执行人的合法权益，依据《中华人民共和国民事诉讼法》第二百四十七条"
                  "之规定，特向贵院申请强制执行，望判准。"),
            ("t", "此致"), ("t", COURT)]
    for kind, text in rows:
        if kind == "t":
            t.line(gb(text))
        else:
            t.para(gb(text), indent=kind == "p", hang=t.f.size * 5 if kind == "h" else 0)
    t.need(mm(46))
    last, y = t.s, t.y + mm(10)
    x = last.width - R - mm(85)
    last.text(x, y, "申请执行人：", t.f)
    if a.kind == "organisation":
        seal(last, x + mm(50), y + mm(4), a.name, rng, radius=mm(20))
    else:
        ballpoint(last, x + mm(32), y - mm(2), a.name, rng, size=7.4, ink=INK, face="wenkai")
    ballpoint(last, x + mm(8), y + mm(18), num_date(c.filed_on - timedelta(days=rng.randint(2, 5))), rng, size=5.4,
              ink=INK, face="wenkai")
    return _numbered(t.sheets, "word", font("song_gb", mm(3.8)))


def _attorney(c: CaseCtx, rng: random.Random) -> list[JcSheet]:
    a = c.applicant
    t = Typed(APP, mm(52), font("song_gb", mm(5.4)), mm(5.4) * 1.9)
    s = t.s
    s.centred(mm(28), "授权委托书", font("hei", mm(8.5)), spacing=mm(3.5))
    for kind, text in [
        ("h", f"委托人：{_who(a, short=a.kind == 'person')}"),
        ("h", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("p", f"现委托上列受托人在委托人申请执行{c.respondent.name}{c.extra['cause']}一案中，作为委托人的执行代理人。"),
        ("p", "代理权限为：特别授权。代为申请执行，提供财产线索，申请采取查封、冻结、扣划等执行措施，参加执行谈话，代为"
              "签订执行和解协议，代为接收执行款，代为签收法律文书，对终结本次执行程序发表意见。"),
        ("p", "委托期限：自本委托书签订之日起至本案执行终结止。"),
    ]:
        t.para(gb(text), indent=kind == "p", hang=t.f.size * 4 if kind == "h" else 0)
    y = t.y + mm(16)
    s.text(L, y, "委托人：", t.f)
    s.text(s.width / 2 + mm(10), y, "受托人：", t.f)
    if a.kind == "organisation":
        seal(s, L + mm(50), y + mm(6), a.name, rng, radius=mm(20))
    else:
        ballpoint(s, L + mm(24), y - mm(2), a.name, rng, size=7.2, ink=INK, face="wenkai")
        s.draw.ellipse((L + mm(46), y - mm(1), L + mm(53), y + mm(7)), fill=(196, 44, 50))
    ballpoint(s, s.width / 2 + mm(32), y - mm(2), c.agent, rng, size=7.2, ink=INK, face="wenkai")
    ballpoint(s, s.width - R - mm(70), y + mm(28), num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng,
              size=5.4, ink=INK, face="wenkai")
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[JcSheet]:
    s = JcSheet(route=APP)
    s.centred(mm(22), c.firm, font("serif_bold", mm(10)), fill=FIRM_BLUE, spacing=mm(1))
    s.centred(mm(37), "HUBEI LAW FIRM", font("sans", mm(3.6)), fill=FIRM_BLUE, spacing=mm(2))
    s.line(L - mm(4), mm(45), s.width - R + mm(4), mm(45), width=4, fill=FIRM_BLUE)
    no = f"鄂{c.firm[2:4]}律函〔{c.filed_on.year}〕第{rng.randint(10, 190)}号"
    f = font("song_gb", mm(5.4))
    s.right(s.width - R, mm(52), gb(no), f)
    s.centred(mm(70), "律师事务所函", font("hei", mm(8)), spacing=mm(3))
    t = Typed(APP, mm(92), f, mm(5.4) * 1.9)
    t.sheets = [s]
    t.line(f"{COURT}：")
    t.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}{c.extra['cause']}一案的"
           "代理人，参加执行程序。")
    t.para("特此函告。")
    t.y += mm(4)
    t.para(f"承办律师：{c.agent}　　执业证号：{c.extra['licence']}", indent=False, f=font("song_gb", mm(4.6)))
    t.para(f"联系电话：{c.agent_phone}　　地址：{c.extra['firm_addr']}", indent=False, f=font("song_gb", mm(4.6)))
    y = t.y + mm(22)
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 4)))
    s.right(s.width - R - mm(6), y, when, f)
    seal(s, s.width - R - mm(30), y - mm(4), c.firm, rng, radius=mm(21))
    s.line(L - mm(4), s.height - mm(26), s.width - R + mm(4), s.height - mm(26), width=2, fill=FIRM_BLUE)
    s.centred(s.height - mm(22), gb(f"地址：{c.extra['firm_addr']}　电话：027-8{rng.randint(1000000, 9999999)}"),
              font("song_gb", mm(3.4)), fill=FIRM_BLUE)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[JcSheet]:
    """The 律师执业证's data page laid on a sheet and photographed, with the lawyer's 与原件核对一致 by hand."""
    s = JcSheet(route=APP)
    x0, y0, w, h = mm(30), mm(36), mm(150), mm(100)
    s.draw.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=mm(3), fill=(244, 236, 222), outline=(120, 100, 80), width=3)
    s.draw.rectangle((x0 + mm(8), y0 + mm(16), x0 + mm(40), y0 + mm(58)), fill=(150, 150, 156))
    s.centred(y0 + mm(5), "中华人民共和国律师执业证", font("serif_bold", mm(6)), x0=x0, x1=x0 + w)
    f = font("serif", mm(4.2))
    rows = [("持证人", c.agent), ("性　别", "男" if rng.random() < 0.6 else "女"), ("执业机构", c.firm),
            ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]), ("法律职业资格证号", f"A2016{rng.randint(10**10, 10**11 - 1)}"),
            ("发证机关", "湖北省司法厅"), ("发证日期", f"{rng.randint(2016, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y0 + mm(16)
    for label, value in rows:
        s.text(x0 + mm(46), ty, label, f, fill=(90, 80, 70))
        s.text(x0 + mm(84), ty, value, f)
        ty += mm(9)
    seal(s, x0 + w - mm(26), y0 + h - mm(22), "湖北省司法厅", rng, radius=mm(16))
    s.text(x0, y0 + h + mm(8), "律师年度考核备案：", f)
    stamp(s, x0 + mm(42), y0 + h + mm(4), [f"{c.filed_on.year - 1}年度", "考核称职"], rng, size_mm=3.6, face="song_gb")
    ballpoint(s, x0, y0 + h + mm(40), "此复印件与原件核对一致", rng, size=7.0, ink=INK, face="wenkai")
    ballpoint(s, x0 + mm(100), y0 + h + mm(52), c.agent, rng, size=7.0, ink=INK, face="wenkai")
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random, *, lender_copy: bool) -> list[JcSheet]:
    """Both faces of the ID card copied one above the other; the applicant's own with 仅供执行立案使用 written across,
    the borrower's the copy he signed when he took the loan."""
    s = JcSheet(route=APP)
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    ys = [mm(34), mm(34) + h + mm(16)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=(222, 226, 222), outline=(110, 110, 110), width=2)
    y = ys[0]
    lab, val = font("hei", mm(3.2)), font("hei", mm(3.9))
    born = p.born or date(1980, 1, 1)
    rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")]
    ty = y + mm(6)
    for label, value in rows:
        s.text(x + mm(4), ty, label, lab, fill=(70, 90, 110))
        s.text(x + mm(14), ty - 3, value, val)
        ty += mm(7.5)
    s.text(x + mm(4), ty, "住址", lab, fill=(70, 90, 110))
    addr = p.address.removeprefix("湖北省")
    for k in range(0, len(addr), 11):
        s.text(x + mm(14), ty - 3, addr[k:k + 11], val)
        ty += mm(5.2)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(70, 90, 110))
    s.text(x + mm(26), y + h - mm(9), p.id_number, font("mono", mm(4.3)))
    s.draw.rectangle((x + w - mm(27), y + mm(7), x + w - mm(5), y + mm(36)), fill=(135, 138, 142))
    y = ys[1]
    s.centred(y + mm(10), "中华人民共和国", font("hei", mm(5.2)), x0=x + mm(18), x1=x + w)
    s.centred(y + mm(20), "居民身份证", font("hei", mm(7)), x0=x + mm(18), x1=x + w, spacing=mm(1.5))
    s.draw.ellipse((x + mm(4), y + mm(4), x + mm(20), y + mm(20)), outline=(150, 60, 60), width=3)
    office = "武汉市公安局江岸分局" if p.id_number.startswith("420102") else (
        "武汉市公安局黄陂分局" if p.id_number.startswith("420116") else "武汉市公安局新洲分局")
    start = rng.randint(2013, 2021)
    s.text(x + mm(10), y + h - mm(16), f"签发机关　{office}", lab)
    s.text(x + mm(10), y + h - mm(9), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-"
                                      f"{start + 20}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}", lab)
    note_y = ys[1] + h + mm(20)
    if lender_copy:
        ballpoint(s, x - mm(10), note_y, f"本人身份证复印件，仅用于向{c.applicant.name}借款", rng, size=6.4, ink=INK,
                  face="wenkai")
        ballpoint(s, x + mm(40), note_y + mm(14), f"{p.name}　2022.3.{rng.randint(2, 28)}", rng, size=6.6, ink=INK,
                  face="wenkai")
        s.draw.ellipse((x + mm(94), note_y + mm(13), x + mm(101), note_y + mm(21)), fill=(190, 40, 46))
    else:
        ballpoint(s, x - mm(6), note_y, "仅供江岸区人民法院执行立案使用", rng, size=6.4, ink=INK, face="wenkai")
        ballpoint(s, x + mm(60), note_y + mm(14), p.name, rng, size=7.0, ink=INK, face="wenkai")
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[JcSheet]:
    """营业执照（副本）copy, and the 法定代表人身份证明书 on a sheet of its own."""
    s = JcSheet(route=APP)
    frame = (170, 120, 60)
    x0, y0, x1, y1 = mm(16), mm(24), s.width - mm(16), mm(196)
    s.box(x0, y0, x1, y1, width=10, outline=frame)
    s.centred(y0 + mm(12), "营业执照", font("serif_bold", mm(13)), spacing=mm(8))
    s.centred(y0 + mm(30), "（副　本）", font("serif", mm(4.6)))
    s.text(x0 + mm(8), y0 + mm(42), f"统一社会信用代码　{p.id_number}", font("serif", mm(4.2)))
    f = font("serif", mm(4.4))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "房屋租赁；物业管理；文化旅游项目策划；停车场服务" if "街区" in p.name else "建材、钢材、水泥批发零售"),
            ("注册资本", f"{rng.choice([500, 1000, 2000])}万元"),
            ("成立日期", f"{rng.randint(2010, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住　　所", p.address)]
    ty = y0 + mm(56)
    for label, value in rows:
        s.text(x0 + mm(12), ty, label, f)
        for k, part in enumerate(wrap(value, f, x1 - x0 - mm(60))):
            s.text(x0 + mm(46), ty + k * mm(6.5), part, f)
        ty += mm(13)
    s.text(x1 - mm(76), y1 - mm(34), "登记机关", f)
    seal(s, x1 - mm(40), y1 - mm(30), "武汉市江岸区市场监督管理局", rng, radius=mm(19))
    s.text(x1 - mm(80), y1 - mm(16), f"{c.filed_on.year - 2}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    seal(s, x0 + mm(40), y1 - mm(26), p.name, rng, radius=mm(19))
    ballpoint(s, x0 + mm(6), y1 + mm(10), "与原件一致", rng, size=7, ink=INK, face="wenkai")
    s2 = JcSheet(route=APP)
    s2.starts_document = False
    s2.centred(mm(40), "法定代表人身份证明书", font("hei", mm(8)))
    t = Typed(APP, mm(66), font("song_gb", mm(5.4)), mm(5.4) * 2.0)
    t.sheets = [s2]
    t.para(f"{p.legal_rep}，在我单位任董事长职务，系{p.name}的法定代表人。")
    t.para("特此证明。")
    t.para(f"附：法定代表人住址、电话：武汉市江岸区，{p.phone}。", f=font("song_gb", mm(4.6)))
    y = t.y + mm(20)
    s2.text(s2.width - R - mm(90), y, gb(p.name), t.f)
    seal(s2, s2.width - R - mm(50), y + mm(2), p.name, rng, radius=mm(20))
    s2.right(s2.width - R - mm(10), y + mm(18), num_date(c.filed_on - timedelta(days=rng.randint(3, 8))), t.f)
    return [s, s2]


def _credit_report(p: Party, c: CaseCtx, rng: random.Random) -> list[JcSheet]:
    """国家企业信用信息公示系统's 企业信用信息公示报告, printed off the site by the applicant's lawyer."""
    s = JcSheet(route=APP)
    f = font("sans", mm(3.9))
    s.text(mm(14), mm(10), f"{c.filed_on - timedelta(days=6):%Y/%m/%d} 10:{rng.randint(10, 59)}", font("sans", mm(2.8)))
    s.right(s.width - mm(14), mm(10), "国家企业信用信息公示系统", font("sans", mm(2.8)))
    s.centred(mm(26), "企业信用信息公示报告", font("sans_bold", mm(7.5)))
    s.centred(mm(40), p.name, font("sans", mm(4.6)))
    s.text(mm(20), mm(54), "一、营业执照信息", font("sans_bold", mm(4.6)))
    rows = [["统一社会信用代码", p.id_number, "企业名称", p.name], ["类型", "有限责任公司", "法定代表人", p.legal_rep],
            ["注册资本", f"{rng.choice([50, 100, 200])}万元", "成立日期", f"{rng.randint(2012, 2019)}年{rng.randint(1, 12):02d}月"],
            ["登记机关", "武汉市江岸区市场监督管理局", "登记状态", "存续（在营、开业、在册）"], ["住所", p.address]]
    w = s.width - mm(40)
    ruled(s, mm(20), mm(62), [mm(34), mm(56), mm(30), w - mm(120)], rows, heights=mm(13), label_cols=(0, 2), f=f, frame=2)
    s.text(mm(20), mm(136), "二、股东及出资信息", font("sans_bold", mm(4.6)))
    holders = [[person_name(rng) if k else p.legal_rep, "自然人股东", f"{v}%"] for k, v in enumerate((70, 30))]
    ruled(s, mm(20), mm(144), [mm(60), mm(60), w - mm(120)], [["股东", "股东类型", "出资比例"], *holders], heights=mm(11),
          label_cols=(), f=f, frame=2)
    s.text(mm(20), mm(190), "三、行政处罚信息　　无", font("sans", mm(4.2)))
    s.text(mm(20), mm(202), "四、经营异常信息　　" + ("未按规定报送年度报告" if rng.random() < 0.5 else "无"), font("sans", mm(4.2)))
    s.centred(s.height - mm(12), "1/1", font("sans", mm(2.8)))
    return [s]


def _e_bill(c: CaseCtx, rng: random.Random) -> list[JcSheet]:
    """湖北省非税收入一般缴款书（电子）as the payer prints it: red frame, the finance department's 监制章, a QR."""
    s = JcSheet(route=APP)
    red = (176, 46, 40)
    f = font("song_gb", mm(4.0))
    s.centred(mm(22), "湖北省非税收入一般缴款书（电子）", font("song_gb", mm(7.2)), fill=red)
    seal(s, s.width / 2, mm(22), "湖北省财政厅", rng, radius=mm(11), inner="票据监制章")
    d = c.filed_on + timedelta(days=rng.randint(2, 5))
    s.text(mm(18), mm(40), f"票据代码：42060124　　票据号码：{rng.randint(10**9, 10**10 - 1)}　　交款识别码："
                           f"{rng.randint(10**19, 10**20 - 1)}", f, fill=red)
    s.text(mm(18), mm(47), f"开票日期：{d:%Y-%m-%d}　　校验码：{rng.randint(100000, 999999)}", f, fill=red)
    w = s.width - mm(36)
    fee: Decimal = c.extra["fee"]
    rows = [["交款人", c.applicant.name, "执收单位", COURT], ["项目编码", "103040101", "项目名称", "申请执行费"],
            ["案号", c.number, "金额（元）", f"{fee:,.2f}"], ["金额合计（大写）", money_caps(fee)],
            ["收款人全称", "武汉市江岸区财政局非税收入汇缴结算户"], ["备注", "网上立案在线缴费"]]
    ruled(s, mm(18), mm(54), [mm(34), mm(60), mm(30), w - mm(124)], rows, heights=mm(14), label_cols=(0, 2), f=f, frame=3)
    for k in range(15):  # the QR printed beside the bill's foot
        for j in range(15):
            if rng.random() < 0.5 or (k < 4 and j < 4):
                x, y = s.width - mm(50) + j * 13, mm(150) + k * 13
                s.draw.rectangle((x, y, x + 12, y + 12), fill=INK)
    s.text(mm(18), mm(156), "收款单位（章）：", f, fill=red)
    seal(s, mm(78), mm(160), "武汉市江岸区财政局", rng, radius=mm(16), inner="非税收入专用章")
    s.text(mm(18), mm(186), "复核人：系统　　收款人：系统", f, fill=red)
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[JcSheet]:
    """The forms the court's 网上立案 page gives to download, printed at home and filled in ballpoint."""
    from dossier.corpus.families.court_jc import tale

    a, r = c.applicant, c.respondent
    s = JcSheet(route=APP)
    w = s.width - L - R
    signer = a.legal_rep if a.kind == "organisation" else a.name
    if code == "payment_account_confirmation":
        title = "申请执行人收取执行款确认书"
        rows = [("案号", c.number), ("申请执行人", a.name), ("户名", a.name), ("开户行", c.extra["in_bank"]),
                ("账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（本单位）确认以上账户为收取本案执行款的账户。因账户信息填写错误造成的损失，由本人（本单位）承担。"
    elif code == "service_address_confirmation":
        title = "当事人送达地址确认书"
        rows = [("案号", c.number), ("当事人", a.name), ("送达地址", a.address), ("代收人", f"{c.agent}（代理律师）"),
                ("手机号码", c.agent_phone), ("是否同意电子送达", f"同意，手机{c.agent_phone}（短信、湖北移动微法院）")]
        note = ("告知：当事人提供或确认的送达地址不准确、送达地址变更未及时告知人民法院，或者拒不提供送达地址的，导致法律"
                "文书未能被实际接收的，邮寄送达的，文书被退回之日视为送达之日。")
    else:
        title = "被执行人财产线索提供表"
        clue = {"lease": f"该公司在{c.extra.get('r_bank', '')}开户，账号{c.extra.get('r_acct', '')}；咖啡馆内有咖啡机、"
                         "家具等设备",
                "loan": f"其在后湖夜市经营“{c.extra.get('stall', '')}”，微信收款；其父母在黄陂滠口有房屋一处",
                "haul": "该公司在堤角建材市场有门面两间、仓库一处，存有钢材水泥；法定代表人有车一辆"}[tale(c)]
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("住所地/住址", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人掌握")]
        note = "申请执行人应如实提供财产线索，提供虚假线索的，依法承担法律责任。"
    s.centred(mm(26), title, font("hei", mm(7.6)))
    s.text(L, mm(40), gb(COURT), font("song_gb", mm(4.2)))
    boxes = ruled(s, L, mm(48), [mm(40), w - mm(40)], [[k, ""] for k, _ in rows],
                  heights=[mm(26) if len(v) > 22 else mm(15) for _, v in rows])
    right = [b for b in boxes if b[0] > L]
    for (_k, v), b in zip(rows, right, strict=True):
        ballpoint(s, b[0] + mm(3), b[1] + mm(3), v, rng, size=5.0, per_line=22, ink=(30, 30, 40), face="wenkai")
    y = boxes[-1][3] + mm(8)
    for part in wrap(gb(note), font("song_gb", mm(4.0)), w):
        s.text(L, y, part, font("song_gb", mm(4.0)))
        y += mm(6.5)
    y += mm(14)
    s.text(s.width - R - mm(96), y, gb("申请执行人（签名或盖章）："), font("song_gb", mm(4.6)))
    if a.kind == "organisation":
        seal(s, s.width - R - mm(24), y + mm(2), a.name, rng, radius=mm(18))
    ballpoint(s, s.width - R - mm(40), y - mm(2), signer, rng, size=6.4, ink=(30, 30, 40), face="wenkai")
    ballpoint(s, s.width - R - mm(62), y + mm(16), num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), rng,
              size=5.2, ink=(30, 30, 40), face="wenkai")
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[JcSheet]:
    """财产申报表 (the court's form sent with the report order), as it came back — or, for the 堤角 trader, as the
    officer noted its manager's refusal on it."""
    from dossier.corpus.families.court_jc import tale

    r = c.respondent
    t = tale(c)
    s = JcSheet(route=DUPLEX)
    s.centred(mm(24), gb(COURT), font("song_gb", mm(6)))
    s.centred(mm(36), "被执行人财产申报表", font("serif_bold", mm(8.5)), spacing=mm(1.5))
    s.right(s.width - R, mm(52), c.number, font("serif", mm(4.4)))
    w = s.width - L - R
    vals = {"lease": ["招商银行账户（已被冻结）", "无", "无", "咖啡机2台、桌椅（旧）", "欠房租，门店仍在经营", "无"],
            "loan": ["工商银行卡一张，余额几十元", "无", "无（电动车一台）", "无", "跑外卖，月收入四千左右，要交房租",
                     "无"],
            "haul": ["", "", "", "", "", ""]}[t]
    labels = ["银行存款", "不动产", "车辆", "其他动产", "收入情况", "对外债权、股权"]
    rows = [["申报人", r.name], ["证件号码", r.id_number], *[[k, ""] for k in labels], ["申报人签名", ""]]
    boxes = ruled(s, L, mm(60), [mm(38), w - mm(38)], rows, heights=[mm(14), mm(14)] + [mm(18)] * 6 + [mm(26)])
    right = [b for b in boxes if b[0] > L]
    if t == "haul":
        mid = right[4]
        ballpoint(s, mid[0] + mm(8), mid[1] + mm(4), f"被执行人法定代表人{r.legal_rep}于{d.month}月{d.day}日到庭，", rng,
                  size=5.6, ink=(150, 24, 30))
        ballpoint(s, mid[0] + mm(8), mid[1] + mm(14), "拒绝填写申报表，拒绝签字。", rng, size=5.6, ink=(150, 24, 30))
        ballpoint(s, mid[0] + mm(60), mid[1] + mm(28), f"执行员 {c.officer}", rng, size=5.6, ink=(150, 24, 30))
    else:
        for v, b in zip(vals, right[2:8], strict=True):
            ballpoint(s, b[0] + mm(4), b[1] + mm(4), v, rng, size=5.6, ink=INK, face="wenkai")
        who = r.legal_rep if r.kind == "organisation" else r.name
        ballpoint(s, right[8][0] + mm(6), right[8][1] + mm(6), f"{who}　{num_date(d)}", rng, size=6.0, ink=INK,
                  face="wenkai")
        if r.kind == "organisation":
            seal(s, right[8][2] - mm(34), right[8][1] + mm(13), r.name, rng, radius=mm(17))
    s.text(L, boxes[-1][3] + mm(6), gb("申报人保证以上申报内容真实、完整；虚假申报的，依法承担法律责任。"),
           font("song_gb", mm(4.0)))
    return [s]


UNITS = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
         ("交通银行", "存款"), ("招商银行", "存款"), ("中国邮政储蓄银行", "存款"), ("汉口银行", "存款"),
         ("湖北银行", "存款"), ("武汉农村商业银行", "存款"), ("中信银行", "存款"), ("浦发银行", "存款"),
         ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"), ("公安部", "车辆"),
         ("自然资源部", "不动产"), ("中国证券登记结算有限责任公司", "证券"), ("国家市场监督管理总局", "工商登记"),
         ("住房和城乡建设部", "公积金"), ("人力资源和社会保障部", "社保")]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[JcSheet]:
    """The 网络执行查控系统's 反馈结果 printout: header block, a table of every body asked, "第n页/共m页"; for the
    loan a second round five weeks later, a document of its own."""
    from dossier.corpus.families.court_jc import tale

    t = tale(c)
    rounds = [d] + ([d + timedelta(days=rng.randint(60, 75))] if t == "loan" else [])
    out: list[JcSheet] = []
    for k, day in enumerate(rounds):
        rows = [["序号", "协助单位", "查询内容", "反馈结果", "反馈时间"]]
        for i, (unit, kind) in enumerate(UNITS, 1):
            if t == "lease" and unit == "招商银行":
                res = f"账户1个，余额{c.extra['taken']:,.2f}元，已冻结"
            elif kind == "存款" and rng.random() < 0.35:
                res = f"账户{rng.randint(1, 2)}个，余额{rng.randint(0, 80)}.{rng.randint(10, 99)}元" + ("，已冻结" if k == 0 else "")
            elif kind == "网络资金" and rng.random() < 0.5:
                res = f"余额{rng.randint(0, 40)}.{rng.randint(10, 99)}元"
            elif kind == "工商登记" and c.respondent.kind == "organisation":
                res = "登记信息1条，无对外投资"
            else:
                res = "未查询到财产信息"
            rows.append([str(i), unit, kind, res, f"{day + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
        sheets: list[JcSheet] = []
        for part in (rows[:12], [rows[0], *rows[12:]]):
            s = JcSheet(route=DUPLEX)
            s.text(mm(16), mm(14), "全国法院网络执行查控系统", font("sans_bold", mm(5.4)))
            s.right(s.width - mm(16), mm(16), "总对总查询反馈结果", font("sans", mm(4)))
            s.line(mm(16), mm(24), s.width - mm(16), mm(24), width=3)
            small = font("sans", mm(3.4))
            s.text(mm(16), mm(28), f"案号：{c.number}　承办人：{c.officer}　执行法院：{COURT}", small)
            s.text(mm(16), mm(34), f"被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}　"
                                   f"查询发起时间：{day:%Y-%m-%d} 09:{rng.randint(10, 59)}", small)
            w = s.width - mm(32)
            ruled(s, mm(16), mm(42), [mm(14), mm(66), mm(22), mm(50), w - mm(152)], part, heights=mm(11.5), label_cols=(),
                  f=small, frame=2)
            s.text(mm(16), s.height - mm(18), f"打印人：{c.clerk}　打印时间：{day + timedelta(days=3):%Y-%m-%d}", small)
            sheets.append(s)
        for i, s in enumerate(sheets, 1):
            s.right(s.width - mm(16), s.height - mm(18), f"第{i}页/共{len(sheets)}页", font("sans", mm(3.4)))
            s.page_of = (i, len(sheets))
        sheets[0].starts_document = k > 0
        out += back_to_back(sheets)
    return out


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[JcSheet]:
    """执行和解协议 typed on the bureau's form in the 谈话室, signed and sealed by both sides, the officer's note of
    performance written on it later."""
    a, r = c.applicant, c.respondent
    taken: Decimal = c.extra["taken"]
    rest = c.amount - taken
    half = (rest / 2).quantize(Decimal("0.01"))
    t = Typed(DUPLEX, mm(50), font("serif", mm(5.2)), mm(5.2) * 1.9)
    s = t.s
    s.centred(mm(26), "执行和解协议", font("serif_bold", mm(9)), spacing=mm(2))
    t.line(c.number, right=True, f=font("serif", mm(4.4)))
    for kind, text in [
        ("h", f"甲方（申请执行人）：{a.name}，法定代表人{a.legal_rep}，委托代理人{c.agent}。"),
        ("h", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}。"),
        ("p", f"甲乙双方就{ARB}{c.basis_number}裁决书的执行事宜，经{COURT}执行人员主持，自愿达成如下和解协议："),
        ("p", f"一、法院已从乙方账户划拨{taken:,.2f}元，乙方尚欠{rest:,.2f}元。"),
        ("p", f"二、乙方于{num_date(d + timedelta(days=7))}前支付{half:,.2f}元，于{num_date(c.extra['pay_day'])}前支付"
              f"{rest - half:,.2f}元，均汇入{COURT}执行款专户。"),
        ("p", "三、甲方同意免除乙方迟延履行期间的债务利息。乙方按期付清后，本案执行完毕。"),
        ("p", "四、乙方任何一期逾期未付的，甲方可申请恢复执行原生效法律文书，已付款项予以扣除。"),
        ("p", "五、本协议一式三份，双方各执一份，附卷一份，自双方签字盖章之日起生效。"),
    ]:
        t.para(text, indent=kind == "p", hang=t.f.size * 2 if kind == "h" else 0)
    y = t.y + mm(12)
    s.text(L, y, "甲方：", t.f)
    seal(s, L + mm(40), y + mm(4), a.name, rng, radius=mm(19))
    ballpoint(s, L + mm(16), y + mm(18), c.agent, rng, size=6.6, ink=INK)
    s.text(s.width / 2 + mm(6), y, "乙方：", t.f)
    seal(s, s.width / 2 + mm(46), y + mm(4), r.name, rng, radius=mm(19))
    ballpoint(s, s.width / 2 + mm(22), y + mm(18), r.legal_rep, rng, size=6.6, ink=INK)
    s.text(L, y + mm(36), f"执行员：{c.officer}　　书记员：{c.clerk}　　签订日期：{num_date(d)}", font("serif", mm(4.6)))
    paid = c.extra["pay_day"]
    noted = paid + timedelta(days=1)
    ballpoint(s, L, y + mm(54), f"乙方两期款项已于{paid.month}月{paid.day}日前全部到账。{c.officer} {noted.month}.{noted.day}",
              rng, size=5.6, per_line=30)
    return [s]


def _payout(c: CaseCtx, rng: random.Random, d: date) -> list[JcSheet]:
    """The 案款管理系统's 执行案款发放凭证 with the applicant's receipt signed, and the bank's 回单 pasted beneath."""
    a = c.applicant
    s = JcSheet(route=DUPLEX)
    s.centred(mm(20), gb(COURT), font("song_gb", mm(5.4)))
    s.centred(mm(30), "执行案款发放凭证", font("serif_bold", mm(8)), spacing=mm(2))
    f = font("song_gb", mm(4.2))
    s.text(L, mm(46), gb(f"凭证号：JA{d:%Y%m%d}{rng.randint(100, 999)}　　案号：{c.number}"), f)
    w = s.width - L - R
    rows = [["收款人", a.name, "发放方式", "银行转账"], ["开户行", c.extra["in_bank"], "账号", c.extra["in_acct"]],
            ["发放金额", f"{c.amount:,.2f}元", "大写", money_caps(c.amount)],
            ["款项来源", f"划拨{c.extra['taken']:,.2f}元；被执行人交款{c.amount - c.extra['taken']:,.2f}元"],
            ["承办人", c.officer, "审批人", person_name(rng)], ["收款确认", ""]]
    boxes = ruled(s, L, mm(54), [mm(28), mm(60), mm(26), w - mm(114)], rows, heights=[mm(14)] * 5 + [mm(24)],
                  label_cols=(0, 2), f=f)
    last = boxes[-1]
    ballpoint(s, last[0] + mm(4), last[1] + mm(3), "已收到上述执行款。", rng, size=5.4, ink=INK)
    ballpoint(s, last[0] + mm(4), last[1] + mm(12), f"{c.agent}（代理人）{num_date(d + timedelta(days=1))}", rng, size=5.4,
              ink=INK)
    seal(s, s.width - R - mm(36), mm(132), f"{COURT}", rng, radius=mm(17), inner="执行款专用章")
    y = mm(176)
    for x in range(L, s.width - R, 20):
        s.line(x, y - mm(4), x + 10, y - mm(4), width=1, fill=(150, 150, 150))
    s.box(L, y, s.width - R, y + mm(86), width=2, outline=(40, 80, 150))
    sf = font("sans", mm(3.6))
    s.centred(y + mm(4), "汉口银行　业务回单（付款）", font("sans_bold", mm(5)), fill=(20, 60, 140))
    lines = [f"交易日期：{d:%Y-%m-%d}　　回单编号：{rng.randint(10**13, 10**14 - 1)}",
             f"付款人：{COURT}执行款专户　　账号：0510{rng.randint(10**11, 10**12 - 1)}",
             f"收款人：{a.name}　　账号：{c.extra['in_acct']}", f"收款人开户行：{c.extra['in_bank']}",
             f"金额：CNY {c.amount:,.2f}　　大写：{money_caps(c.amount)}",
             f"用途：{c.number}执行款发放", f"交易流水：{d:%Y%m%d}{rng.randint(10**7, 10**8 - 1)}　　状态：交易成功"]
    for k, line in enumerate(lines):
        s.text(L + mm(6), y + mm(14) + k * mm(8.5), line, sf)
    seal(s, s.width - R - mm(34), y + mm(64), "汉口银行江岸支行", rng, radius=mm(14), inner="电子回单专用章")
    return [s]
