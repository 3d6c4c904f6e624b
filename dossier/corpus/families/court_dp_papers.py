"""What 金平法院执行局 receives, each in its maker's hand: the civil division's judgment and mediation and its 生效证明书;
汕头仲裁委员会's award and its certificate of effect; the 汕头 law firms' typed applications, letters and powers;
ID card and business-licence copies; the lawyer's 执业证 copy; the court's own window forms filled in ballpoint by the
parties; the 财产申报表; the 总对总 inquiry printout; a 广东省 non-tax e-receipt; the parties' own settlement; a bank's
electronic 回单."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal, signature, wrap
from dossier.corpus.families.court_dp_kit import COURT, grid_rows, pen
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "汕头仲裁委员会"


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _set(s: Sheet, x: float, y: float, width: float, text: str, f: Font, lead: float, *, indent: bool = True) -> float:
    """A paragraph on one sheet (these papers are short enough to lay out by hand); returns the y below it."""
    for k, part in enumerate(wrap(text, f, width, indent=f.size * 2 if indent else 0)):
        s.text(x + (f.size * 2 if indent and k == 0 else 0), y, part, f)
        y += lead
    return y


class Pages:
    """A multi-page typed paper of one sender: its margins, font and leading; a new sheet when one is full."""

    def __init__(self, f: Font, lead: float, left: float, right: float, top: float, bottom: float) -> None:
        self.f, self.lead, self.left, self.top = f, lead, left, top
        self.width = Sheet().width - left - right
        self.bottom = Sheet().height - bottom
        self.sheets = [Sheet()]
        self.y = top

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def para(self, text: str, *, indent: bool = True, f: Font | None = None) -> None:
        use = f or self.f
        for k, part in enumerate(wrap(text, use, self.width, indent=use.size * 2 if indent else 0)):
            if self.y + self.lead > self.bottom:
                self.sheets.append(Sheet())
                self.y = self.top
            self.s.text(self.left + (use.size * 2 if indent and k == 0 else 0), self.y, part, use)
            self.y += self.lead

    def room(self, need: float) -> None:
        if self.y + need > self.bottom:
            self.sheets.append(Sheet())
            self.y = self.top

    def number(self, fmt: str) -> list[Sheet]:
        n = len(self.sheets)
        if n > 1:
            for k, s in enumerate(self.sheets, 1):
                s.centred(s.height - mm(18), fmt.format(k=k, n=n), font("serif", 28))
                if k > 1:
                    s.page_of = (k, n)
        return self.sheets


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str], day: date) -> list[Sheet]:
    if code == "enforcement_basis":
        return {"fabric": _judgment, "lease": _award, "loan": _mediation}[_tale(c)](c, rng)
    if code == "effectiveness_certificate":
        return _arb_certificate(c, rng) if _tale(c) == "lease" else _civil_certificate(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, day)
    if code == "power_of_attorney":
        return _power(c, rng, day)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, day)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _id_card(p, rng) if p.kind == "person" else _business_licence(p, c, rng)
    if code == "fee_receipt":
        return _fee_receipt(c, rng, day)
    if code in ("payment_account_confirmation", "service_address_confirmation", "property_clue_form"):
        return _window_form(code, c, rng, day)
    if code == "property_declaration_form":
        return _declaration(c, rng, day)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, day)
    if code == "settlement_agreement":
        return _settlement(c, rng, day)
    if code == "payment_voucher":
        return _voucher(c, rng)
    raise KeyError(code)


# ---- the civil division of 金平法院 and 汕头仲裁委员会 -------------------------------------------------------------

def _party_line(p: Party, role: str) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地：{p.address}。\n法定代表人：{p.legal_rep}，该公司总经理。"
    born = p.born or date(1980, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _civil(c: CaseCtx, rng: random.Random, title: str, body: Sequence[str], closing: Sequence[str],
           signers: Sequence[tuple[str, str]], on: date) -> list[Sheet]:
    """The civil division's 裁判文书: court line and title in FangSong-like kai heavy, number flush right, body in a
    3号-size Song at 28 lines a page; numbered 「- n -」 at the foot."""
    p = Pages(font("song_gb", 44), 74, mm(30), mm(26), mm(34), mm(30))
    s = p.s
    s.centred(mm(34), COURT, font("serif_bold", 54), spacing=4)
    s.centred(mm(34) + 96, title, font("serif_bold", 66), spacing=24)
    s.right(s.width - mm(26), mm(34) + 200, c.basis_number, font("song_gb", 42))
    p.y = mm(34) + 290
    for part in [*_party_line(c.applicant, "原告").split("\n"), *_party_line(c.respondent, "被告").split("\n")]:
        p.para(part, indent=False)
    if c.agent and _tale(c) == "fabric":
        p.para(f"委托诉讼代理人：{c.agent}，{c.firm}律师。", indent=False)
    for text in body:
        p.para(text)
    for text in closing:
        p.para(text)
    p.room(90 * len(signers) + 240)
    p.y += 50
    for role, name in signers:
        p.s.text(p.s.width - mm(26) - mm(64), p.y, f"{role}　　{name}", font("song_gb", 44))
        p.y += 84
    p.s.right(p.s.width - mm(36), p.y + 20, cn_date(on), font("song_gb", 44))
    seal(p.s, p.s.width - mm(60), p.y + 30, COURT, rng, radius=mm(20))
    p.s.text(mm(30), p.y + 150, "本件与原本核对无异", font("song_gb", 38))
    return p.number("- {k} -")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    signed_on = c.basis_effective - timedelta(days=rng.randint(20, 30))
    filed = signed_on - timedelta(days=rng.randint(70, 110))
    metres = c.extra["metres"]
    body = [
        f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{num_date(filed)}立案后，依法适用简易程序，公开开庭进行了"
        f"审理。原告的委托诉讼代理人{c.agent}到庭参加诉讼，被告经本院传票传唤无正当理由拒不到庭参加诉讼。本案现已审理终结。",
        f"原告向本院提出诉讼请求：1.判令被告支付货款{c.amount:,.2f}元及逾期付款利息；2.本案诉讼费用由被告负担。事实与理由："
        f"被告自2022年起向原告采购汗布、罗纹布等针织面料，双方按月对账结算。截至2023年3月，被告共收取原告面料{metres}米，"
        f"经对账尚欠货款{c.amount:,.2f}元，原告多次催讨，被告均以服装订单回款慢为由拖延。",
        "被告未作答辩，亦未提交证据。",
        "本院经审理认定事实如下：原告提交的送货单、对账单载有被告仓管人员签名及被告公司印章，与原告陈述相互印证，本院予以确认。",
        f"本院认为，原、被告之间的买卖合同关系合法有效。原告已依约交付面料，被告应当支付相应货款。被告尚欠货款{c.amount:,.2f}元"
        "事实清楚，证据充分，本院予以支持。依照《中华人民共和国民法典》第五百九条、第六百二十六条，《中华人民共和国民事诉讼法》"
        "第一百四十七条的规定，判决如下：",
        f"被告{r.name}于本判决发生法律效力之日起十日内向原告{a.name}支付货款{c.amount:,.2f}元及逾期付款利息"
        "（以欠款为基数，按全国银行间同业拆借中心公布的一年期贷款市场报价利率，自2023年4月1日起计至实际清偿之日止）。",
        "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行"
        "期间的债务利息。",
        f"案件受理费{int(c.amount) // 100 + 50}元，减半收取{(int(c.amount) // 100 + 50) // 2}元，由被告负担。",
        "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于广东省汕头市中级"
        "人民法院。",
    ]
    return _civil(c, rng, "民事判决书", body, [], [("审判员", person_name(rng)), ("书记员", person_name(rng))], signed_on)


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    signed_on = c.basis_effective
    lent = signed_on - timedelta(days=rng.randint(380, 640))
    due = c.basis_effective + timedelta(days=rng.randint(10, 20))
    body = [
        f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{num_date(signed_on - timedelta(days=rng.randint(40, 70)))}"
        "立案后，依法适用简易程序进行审理。",
        f"原告诉称：被告在{c.extra['stall']}经营海鲜档口，于{num_date(lent)}以进货周转为由向原告借款，原告通过银行转账"
        f"交付借款{c.amount:,.0f}元，被告出具借条，约定半年内归还。借款到期后，被告未予归还。",
        "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：",
        f"一、被告{r.name}确认尚欠原告{a.name}借款本金{c.amount:,.0f}元，于{num_date(due)}前一次性付清；",
        "二、被告如未按期足额履行上述款项，原告有权就全部未付款项申请强制执行，并由被告按年利率百分之三点八五另行支付逾期利息；",
        "三、双方就本案再无其他纠纷。",
        f"案件受理费{int(c.amount) // 200}元（已减半收取），由被告负担。",
        "上述协议，不违反法律规定，本院予以确认。",
        "本调解书经双方当事人签收后，即具有法律效力。",
    ]
    return _civil(c, rng, "民事调解书", body, [], [("审判员", person_name(rng)), ("书记员", person_name(rng))], signed_on)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """汕头仲裁委员会's 裁决书: the commission's name in kai over a heavy rule, the number left, 申请人/被申请人 blocks, the
    tribunal's findings in numbered parts, the arbitrator's signature, the commission's seal."""
    a, r = c.applicant, c.respondent
    p = Pages(font("ming", 42), 72, mm(26), mm(24), mm(28), mm(26))
    s = p.s
    s.centred(mm(26), ARB, font("kai", 70), spacing=14)
    s.line(mm(26), mm(26) + 100, s.width - mm(24), mm(26) + 100, width=6)
    s.centred(mm(26) + 140, "裁  决  书", font("hei", 64))
    s.text(mm(26), mm(26) + 240, c.basis_number, font("ming", 40))
    p.y = mm(26) + 330
    made = c.basis_effective - timedelta(days=rng.randint(1, 5))
    rent = c.extra["rent"]
    months = int(c.amount // rent)
    p.para(f"申请人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}。", indent=False)
    p.para(f"委托代理人：{c.agent}，{c.firm}律师。", indent=False)
    p.para(f"被申请人：{r.name}，统一社会信用代码{r.id_number}，住所{r.address}。", indent=False)
    p.para(f"法定代表人：{r.legal_rep}。", indent=False)
    p.para("汕头仲裁委员会（以下简称本会）根据申请人与被申请人签订的《商铺租赁合同》中的仲裁条款及申请人的仲裁申请，受理了"
           "双方之间的房屋租赁合同纠纷案。本案适用《汕头仲裁委员会仲裁规则》简易程序，由独任仲裁员审理。被申请人经本会书面通知，"
           "无正当理由未到庭，仲裁庭依法缺席审理。本案现已审理终结。")
    p.para("一、案情", indent=False, f=font("hei", 42))
    p.para(f"申请人将其所有的{c.extra['shop']}出租给被申请人作玩具展销厅使用，月租金{rent}元，按季度预付。被申请人自2022年"
           f"第四季度起拖欠租金，并于2023年春节后撤场，未办理退租交接，累计拖欠租金{months}个月。")
    p.para("二、仲裁庭意见", indent=False, f=font("hei", 42))
    p.para("双方租赁合同合法有效。被申请人未按约支付租金，构成违约，应支付所欠租金及违约金。仲裁庭对申请人的请求予以支持。")
    p.para("三、裁决", indent=False, f=font("hei", 42))
    p.para(f"（一）被申请人{r.name}向申请人{a.name}支付拖欠租金及违约金合计{money(c.amount)}；")
    p.para(f"（二）本案仲裁费{int(c.amount) // 60}元，由被申请人承担。")
    p.para("上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。本裁决为终局裁决，自作出之日起发生法律效力。")
    p.room(380)
    p.y += 40
    p.s.text(p.s.width - mm(24) - mm(80), p.y, "独任仲裁员：", font("ming", 42))
    signature(p.s, p.s.width - mm(24) - mm(36), p.y - 10, person_name(rng), rng)
    p.y += 120
    p.s.right(p.s.width - mm(30), p.y, cn_date(made), font("ming", 42))
    seal(p.s, p.s.width - mm(60), p.y, ARB, rng, radius=mm(21))
    p.s.text(mm(26), p.y + 130, f"书　记：{person_name(rng)}", font("ming", 38))
    return p.number("{k}/{n}")


def _civil_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """金平法院's 生效证明书: a half page in the civil division's printed form, the blanks typed in."""
    s = Sheet()
    top = mm(40)
    s.centred(top, COURT, font("serif_bold", 52))
    s.centred(top + 90, "生 效 证 明 书", font("serif_bold", 66))
    f = font("song_gb", 44)
    kind = "民事判决书" if _tale(c) == "fabric" else "民事调解书"
    y: float = top + 230
    y = _set(s, mm(30), y, s.width - mm(56), f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，本院于"
             f"{cn_date(c.basis_effective - timedelta(days=20 if kind == '民事判决书' else 0))}作出的{c.basis_number}{kind}，"
             f"已于{cn_date(c.basis_effective)}发生法律效力。", f, 80)
    y = _set(s, mm(30), y, s.width - mm(56), "特此证明。", f, 80)
    s.right(s.width - mm(40), y + 120, cn_date(c.basis_effective + timedelta(days=rng.randint(8, 20))), f)
    seal(s, s.width - mm(70), y + 130, COURT, rng, radius=mm(20))
    s.text(mm(30), y + 300, "（此证明仅用于申请强制执行）", font("song_gb", 36))
    return [s]


def _arb_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    top = mm(36)
    s.centred(top, ARB, font("kai", 62), spacing=10)
    s.line(mm(26), top + 92, s.width - mm(24), top + 92, width=6)
    s.centred(top + 130, "裁决书送达及生效证明", font("hei", 58))
    f = font("ming", 42)
    s.right(s.width - mm(24), top + 230, f"汕仲证字〔{c.basis_effective.year}〕{rng.randint(40, 400)}号", f)
    y: float = top + 320
    y = _set(s, mm(26), y, s.width - mm(50), f"{c.court.name}：", f, 76, indent=False)
    y = _set(s, mm(26), y, s.width - mm(50),
             f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}房屋租赁合同纠纷一案，已于"
             f"{num_date(c.basis_effective - timedelta(days=3))}作出{c.basis_number}裁决书。该裁决书已于"
             f"{num_date(c.basis_effective - timedelta(days=2))}邮寄送达申请人，于{num_date(c.basis_effective)}以公告方式"
             "送达被申请人。根据《中华人民共和国仲裁法》第五十七条，裁决书自作出之日起发生法律效力。", f, 76)
    y = _set(s, mm(26), y, s.width - mm(50), "特此证明。", f, 76)
    s.right(s.width - mm(30), y + 120, num_date(c.basis_effective + timedelta(days=rng.randint(5, 15))), f)
    seal(s, s.width - mm(60), y + 130, ARB, rng, radius=mm(21))
    return [s]


# ---- the applicant's law firm ----------------------------------------------------------------------------------

def _firm_head(s: Sheet, c: CaseCtx, top: float) -> float:
    """The firm's letterhead: name in bold sans, English line in small caps, address and phone, a double red-brown rule."""
    s.text(mm(24), top, c.firm, font("sans_bold", 56))
    eng = {"广东鮀城律师事务所": "GUANGDONG TUOCHENG LAW FIRM", "广东金砂律师事务所": "GUANGDONG JINSHA LAW FIRM",
           "广东汕樟律师事务所": "GUANGDONG SHANZHANG LAW FIRM"}.get(c.firm, "LAW FIRM")
    s.text(mm(24), top + 78, eng, font("sans", 28), record=False)
    s.right(s.width - mm(22), top + 14, f"地址：{c.extra['firm_addr']}", font("sans", 26))
    s.right(s.width - mm(22), top + 52, f"电话：0754-8{sum(map(ord, c.firm)) % 9000000 + 1000000}", font("sans", 26))
    brown = (140, 40, 30)
    s.line(mm(22), top + 124, s.width - mm(22), top + 124, width=6, fill=brown)
    s.line(mm(22), top + 136, s.width - mm(22), top + 136, width=2, fill=brown)
    return top + 190


def _application(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """强制执行申请书, typed by the firm in sans on plain paper: bold title, parties as 「申请人」 paragraphs, 执行请求 and
    事实与理由 under bold subheads, 此致 to the court, the applicant's signature or seal."""
    a, r = c.applicant, c.respondent
    p = Pages(font("sans", 40), 70, mm(25), mm(22), mm(28), mm(24))
    s = p.s
    s.centred(mm(28), "强制执行申请书", font("sans_bold", 66), spacing=6)
    p.y = mm(28) + 140
    who = (f"申请人：{a.name}\n统一社会信用代码：{a.id_number}\n住所：{a.address}\n法定代表人：{a.legal_rep}　职务：执行董事"
           if a.kind == "organisation" else
           f"申请人：{a.name}，{a.sex}，{a.born.year if a.born else 1980}年生，汉族\n身份证号码：{a.id_number}\n住址：{a.address}\n"
           f"联系电话：{a.phone}")
    for line in who.split("\n"):
        p.para(line, indent=False)
    p.para(f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}", indent=False)
    them = (f"被申请人：{r.name}\n统一社会信用代码：{r.id_number}\n住所：{r.address}\n法定代表人：{r.legal_rep}"
            if r.kind == "organisation" else
            f"被申请人：{r.name}，{r.sex}，{r.born.year if r.born else 1980}年生\n身份证号码：{r.id_number}\n住址：{r.address}")
    p.y += 16
    for line in them.split("\n"):
        p.para(line, indent=False)
    p.y += 20
    p.para("执行请求：", indent=False, f=font("sans_bold", 42))
    p.para(f"1、强制被申请人支付{money(c.amount)}及迟延履行期间的债务利息；")
    p.para("2、本案执行费由被申请人承担。")
    p.para("事实与理由：", indent=False, f=font("sans_bold", 42))
    kind = {"fabric": "民事判决书", "lease": "裁决书", "loan": "民事调解书"}[_tale(c)]
    p.para(f"申请人与被申请人{c.extra['cause']}一案，经{c.basis_court}审理，作出{c.basis_number}{kind}，该法律文书已于"
           f"{num_date(c.basis_effective)}发生法律效力。被申请人至今未履行上述法律文书确定的义务，申请人多次催讨无果。"
           f"为维护申请人的合法权益，现依据《中华人民共和国民事诉讼法》第二百四十七条的规定，向贵院申请强制执行。")
    p.y += 20
    p.para("此致", indent=True)
    p.para(COURT, indent=False)
    p.room(360)
    p.y += 40
    p.s.text(p.s.width - mm(100), p.y, "申请人：", font("sans", 40))
    if a.kind == "organisation":
        p.s.text(p.s.width - mm(100) + 160, p.y, a.name, font("sans", 36))
        seal(p.s, p.s.width - mm(50), p.y + 20, a.name, rng, radius=mm(19))
    else:
        signature(p.s, p.s.width - mm(100) + 170, p.y - 14, a.name, rng)
    p.y += 110
    p.s.text(p.s.width - mm(100), p.y, num_date(day), font("sans", 40))
    p.y += 100
    p.s.text(mm(25), p.y, f"附：1.{kind}及生效证明；2.申请人身份证明；3.授权委托书、律师事务所函。", font("sans", 32))
    return p.number("第{k}页")


def _power(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(30), "授 权 委 托 书", font("serif_bold", 68))
    f = font("serif", 40)
    x, w = mm(26), s.width - mm(50)
    y: float = mm(30) + 150
    y = _set(s, x, y, w, f"委托人：{a.name}" + (f"（法定代表人：{a.legal_rep}）" if a.kind == "organisation" else f"（身份证号：{a.id_number}）"),
             f, 72, indent=False)
    y = _set(s, x, y, w, f"受托人：{c.agent}，{c.firm}律师，联系电话：{c.agent_phone}。", f, 72, indent=False)
    y = _set(s, x, y + 20, w, f"现委托上列受托人在申请执行人{a.name}与被执行人{c.respondent.name}{c.extra['cause']}执行一案中，作为"
             "我方的委托代理人。", f, 72)
    y = _set(s, x, y, w, "代理权限为：特别授权，即代为申请强制执行，提供财产线索，代为签收法律文书，代为参与执行和解、签订和解协议，"
             "代为变更、放弃执行请求，代为领取执行款项，代为申请终结本次执行程序。", f, 72)
    y = _set(s, x, y, w, "委托期限：自签署之日起至本案执行终结之日止。", f, 72)
    y += 100
    s.text(s.width - mm(110), y, "委托人（签章）：", f)
    if a.kind == "organisation":
        seal(s, s.width - mm(40), y + 10, a.name, rng, radius=mm(19))
        signature(s, s.width - mm(60), y + 90, a.legal_rep, rng)
    else:
        signature(s, s.width - mm(50), y - 12, a.name, rng)
        s.draw.ellipse((s.width - mm(22), y - 4, s.width - mm(14), y + mm(10)), fill=(190, 40, 40))  # red thumbprint
    s.text(s.width - mm(110), y + 190, "受托人（签名）：", f)
    signature(s, s.width - mm(50), y + 176, c.agent, rng)
    s.right(s.width - mm(30), y + 300, num_date(day), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    s = Sheet()
    y = _firm_head(s, c, mm(20))
    s.centred(y + 10, "律师事务所函", font("sans_bold", 60), spacing=10)
    f = font("serif", 40)
    s.right(s.width - mm(24), y + 110, f"（{day.year}）汕律执字第{c.extra['letter_no']}号", f)
    x, w = mm(26), s.width - mm(50)
    y += 200
    y = _set(s, x, y, w, f"{COURT}：", f, 72, indent=False)
    y = _set(s, x, y, w, f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
             "执行一案的委托代理人。", f, 72)
    y = _set(s, x, y, w, "特此函告。", f, 72)
    y = _set(s, x, y + 30, w, "附：授权委托书一份；律师执业证复印件一份。", f, 72, indent=False)
    y += 100
    s.right(s.width - mm(30), y, c.firm, f)
    s.right(s.width - mm(30), y + 80, cn_date(day), f)
    seal(s, s.width - mm(70), y + 40, c.firm, rng, radius=mm(20))
    s.line(mm(22), s.height - mm(40), s.width - mm(22), s.height - mm(40), width=2, fill=(140, 40, 30))
    s.text(mm(24), s.height - mm(36), f"律师：{c.agent}　联系电话：{c.agent_phone}　（本函须与授权委托书同时使用）", font("sans", 28))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 photocopied open: the two inner pages side by side in a dark copy frame, at the top of an A4."""
    s = Sheet()
    x0, y0 = mm(22), mm(30)
    w, h = mm(166), mm(112)
    s.draw.rectangle((x0 - 10, y0 - 10, x0 + w + 10, y0 + h + 10), fill=(120, 120, 120))
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(246, 246, 244))
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=3, fill=(150, 150, 150))
    s.draw.rectangle((x0 + mm(12), y0 + mm(14), x0 + mm(42), y0 + mm(54)), fill=(170, 170, 170))
    f = font("serif", 32)
    s.text(x0 + mm(48), y0 + mm(12), "律师执业证", font("serif_bold", 44))
    lines = [f"执业机构　{c.firm}", "执业证类别　专职律师", f"执业证号　{c.extra['licence']}",
             f"法律职业资格或律师资格证号　A20{rng.randint(10, 18)}44{rng.randint(100000, 999999)}",
             "发证机关　广东省司法厅", f"发证日期　20{rng.randint(12, 20)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]
    y: float = y0 + mm(26)
    for line in lines:
        _ = _set(s, x0 + mm(48), y, w / 2 - mm(50), line, f, 44, indent=False)
        y = _
    xr = x0 + w / 2 + mm(10)
    s.text(xr, y0 + mm(12), "持证人", font("serif_bold", 38))
    s.text(xr, y0 + mm(26), f"姓名　{c.agent}", f)
    s.text(xr, y0 + mm(36), f"性别　{rng.choice('男女')}", f)
    s.text(xr, y0 + mm(46), f"身份证号　{c.extra['licence'][5:9]}****", f, record=False)
    s.text(xr, y0 + mm(60), "年度考核备案", font("serif_bold", 34))
    s.text(xr, y0 + mm(72), f"{c.filed_on.year - 1}年度　称职", f)
    seal(s, xr + mm(54), y0 + mm(76), "汕头市司法局", rng, radius=mm(13))
    s.text(x0, y0 + h + mm(10), "与原件核对一致", font("kai", 40))
    signature(s, x0 + mm(60), y0 + h + mm(6), c.agent, rng)
    return [s]


# ---- ID and licence copies ------------------------------------------------------------------------------------

def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """A 居民身份证 photocopied front and back on one A4, the copy's grey card ground, 「仅供法院执行使用」 across it."""
    s = Sheet()
    cw, ch = mm(86), mm(54)
    x0 = (s.width - cw) / 2
    ys = (mm(40), mm(40) + ch + mm(26))
    grey = (205, 205, 205)
    for y0 in ys:
        s.draw.rounded_rectangle((x0, y0, x0 + cw, y0 + ch), radius=24, fill=grey, outline=(90, 90, 90), width=3)
    y0 = ys[0]
    f, lab = font("hei", 26), font("hei", 22)
    born = p.born or date(1980, 1, 1)
    rows = [("姓名", p.name), ("性别", p.sex + "　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")]
    y = y0 + mm(6)
    for label, value in rows:
        s.text(x0 + mm(5), y + 4, label, lab, record=False)
        s.text(x0 + mm(17), y, value, f)
        y += mm(8)
    s.text(x0 + mm(5), y + 4, "住址", lab, record=False)
    for part in wrap(p.address, f, mm(46)):
        s.text(x0 + mm(17), y, part, f)
        y += mm(5)
    s.text(x0 + mm(5), y0 + ch - mm(10), "公民身份号码", lab, record=False)
    s.text(x0 + mm(30), y0 + ch - mm(11), p.id_number, font("sans_bold", 30))
    s.draw.rectangle((x0 + cw - mm(30), y0 + mm(8), x0 + cw - mm(6), y0 + mm(38)), fill=(150, 150, 150))
    y1 = ys[1]
    s.centred(y1 + mm(8), "中华人民共和国", font("serif_bold", 38), x0=x0 + mm(20), x1=x0 + cw)
    s.centred(y1 + mm(18), "居 民 身 份 证", font("serif_bold", 44), x0=x0 + mm(20), x1=x0 + cw)
    s.draw.ellipse((x0 + mm(5), y1 + mm(5), x0 + mm(19), y1 + mm(19)), outline=(80, 80, 80), width=3)
    issued = date(rng.randint(2015, 2021), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x0 + mm(8), y1 + ch - mm(18), f"签发机关　汕头市公安局{rng.choice(['金平', '龙湖', '澄海'])}分局", font("hei", 24))
    s.text(x0 + mm(8), y1 + ch - mm(10), f"有效期限　{issued:%Y.%m.%d}-{issued.year + 20}.{issued:%m.%d}", font("hei", 24))
    s.text(x0 - mm(10), ys[1] + ch + mm(16), "本复印件仅供金平区法院执行案件使用，再复印无效", font("kai", 40))
    pen(s, x0 + mm(40), ys[1] + ch + mm(32), p.name, rng, size=50)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copy: the ornamental double frame, the national emblem's circle, the QR block, the fields in two
    columns, the 市场监督管理局 seal, and the firm's own seal with 「与原件一致」."""
    s = Sheet()
    x0, y0, x1, y1 = mm(18), mm(26), s.width - mm(18), mm(200)
    s.box(x0, y0, x1, y1, width=10, outline=(110, 110, 110))
    s.box(x0 + 22, y0 + 22, x1 - 22, y1 - 22, width=3, outline=(110, 110, 110))
    s.draw.ellipse((s.width / 2 - mm(10), y0 + mm(8), s.width / 2 + mm(10), y0 + mm(28)), outline=(90, 90, 90), width=4)
    s.centred(y0 + mm(34), "营 业 执 照", font("serif_bold", 88))
    s.centred(y0 + mm(52), "（副　　本）", font("serif", 40))
    s.text(x0 + mm(10), y0 + mm(64), f"统一社会信用代码　{p.id_number}", font("hei", 32))
    s.draw.rectangle((x1 - mm(40), y0 + mm(58), x1 - mm(14), y0 + mm(84)), outline=(60, 60, 60), width=4)
    for k in range(6):
        s.draw.rectangle((x1 - mm(38) + k * mm(4), y0 + mm(60) + (k * 7) % 50, x1 - mm(36) + k * mm(4), y0 + mm(66) + (k * 7) % 50),
                         fill=(60, 60, 60))
    founded = date(rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28))
    scope = {"fabric": "服装、针织品制造、销售", "lease": "玩具、动漫及游艺用品制造、销售；货物进出口"}.get(_tale(c), "商品批发零售")
    left = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", scope)]
    right = [("注册资本", f"人民币{rng.choice([100, 200, 300, 500])}万元"), ("成立日期", num_date(founded)),
             ("住　　所", p.address)]
    f = font("serif", 30)
    y = y0 + mm(92)
    for label, value in left:
        s.text(x0 + mm(10), y, label, font("hei", 30))
        for part in wrap(value, f, mm(56)):
            s.text(x0 + mm(40), y, part, f)
            y += 46
        y += 20
    y = y0 + mm(92)
    for label, value in right:
        s.text(x0 + mm(100), y, label, font("hei", 30))
        for part in wrap(value, f, mm(44)):
            s.text(x0 + mm(128), y, part, f)
            y += 46
        y += 20
    district = {"440514": "汕头市潮南区", "440515": "汕头市澄海区"}.get(p.id_number[2:8], "汕头市")
    s.right(x1 - mm(12), y1 - mm(24), "登记机关", font("hei", 30))
    seal(s, x1 - mm(36), y1 - mm(28), f"{district}市场监督管理局", rng, radius=mm(17))
    s.right(x1 - mm(12), y1 - mm(14), num_date(founded + timedelta(days=rng.randint(300, 1500))), f)
    s.text(x0, y1 + mm(14), "与原件核对一致", font("kai", 44))
    seal(s, x0 + mm(80), y1 + mm(20), p.name, rng, radius=mm(19))
    return [s]


# ---- the court's window forms, filled by hand ------------------------------------------------------------------

def _window_form(code: str, c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """The forms handed out at 金平法院's 诉讼服务中心 window, a photocopied master (sans, thin grid), filled in blue
    ballpoint by the applicant's lawyer."""
    a, r = c.applicant, c.respondent
    title = {"payment_account_confirmation": "收取执行款账户确认书", "service_address_confirmation": "送达地址确认书",
             "property_clue_form": "被执行人财产线索表"}[code]
    s = Sheet()
    s.centred(mm(22), COURT, font("sans", 40))
    s.centred(mm(22) + 66, title, font("sans_bold", 58))
    s.text(mm(20), mm(22) + 160, "案号：", font("sans", 34))
    pen(s, mm(20) + 110, mm(22) + 150, c.number, rng, size=40)
    f = font("sans", 32)
    x0 = mm(20)
    w = s.width - mm(40)
    if code == "payment_account_confirmation":
        rows = [("申请执行人", a.name), ("收款账户名", a.name), ("开户银行", c.extra["in_bank"]), ("银行账号", c.extra["in_acct"]),
                ("联系电话", a.phone)]
        note = ("本人（单位）确认：本案执行款请划入上述账户。因账户信息填写错误导致款项无法到账或错付的，由本人（单位）自行承担"
                "责任。")
    elif code == "service_address_confirmation":
        rows = [("受送达人", a.name), ("送达地址", f"{c.extra['firm_addr']}（{c.firm}）"), ("收件人", c.agent),
                ("联系电话", c.agent_phone), ("是否同意电子送达", "同意"), ("电子送达号码", c.agent_phone)]
        note = ("1.本人已阅读本确认书的告知事项，保证以上送达地址准确有效；2.人民法院按上述地址送达的，文书退回之日视为送达；"
                "3.送达地址变更的，应及时书面告知人民法院。")
    else:
        rows = [("被执行人", r.name), ("住所/住址", r.address), ("银行账户", c.extra.get("r_bank", "不详") + " " +
                                                            str(c.extra.get("r_acct", ""))),
                ("不动产", "未发现"), ("车辆", "不详"), ("其他财产", "原经营场所" + c.extra.get("shop", "") if _tale(c) == "lease" else
                                              "应收服装货款（下游客户不详）")]
        note = "申请执行人应如实提供被执行人财产线索，提供虚假线索的，依法承担相应责任。"
    label_w = mm(46)
    y = mm(22) + 240
    top = y
    for label, value in rows:
        h = 130 if len(value) > 22 else 96
        s.line(x0, y, x0 + w, y, width=2)
        s.text(x0 + 20, y + h / 2 - 20, label, f)
        parts = [value[i:i + 22] for i in range(0, len(value), 22)]
        yy = y + (h - 58 * len(parts)) / 2
        for part in parts:
            pen(s, x0 + label_w + 24, yy, part, rng, size=40)
            yy += 58
        y += h
    s.line(x0 + label_w, top, x0 + label_w, y, width=2)
    s.box(x0, top, x0 + w, y, width=3)
    y += 40
    for part in wrap(note, font("sans", 30), w):
        s.text(x0, y, part, font("sans", 30))
        y += 48
    y += 80
    s.text(s.width - mm(110), y, "确认人（签名/盖章）：", f)
    signer = c.agent if code != "payment_account_confirmation" or a.kind == "organisation" else a.name
    pen(s, s.width - mm(50), y - 10, signer, rng, size=52)
    if a.kind == "organisation" and code == "payment_account_confirmation":
        seal(s, s.width - mm(45), y + 40, a.name, rng, radius=mm(18))
    pen(s, s.width - mm(95), y + 100, f"{day.year}年{day.month}月{day.day}日", rng, size=40)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """被执行人财产申报表: the court's printed grid, filled by the respondent in black ballpoint, crossed-out words and all."""
    r = c.respondent
    s = Sheet()
    s.centred(mm(22), "被执行人财产申报表", font("serif_bold", 62), spacing=4)
    s.text(mm(20), mm(22) + 110, f"案号：{c.number}", font("serif", 34))
    w = s.width - mm(40)
    cols = [mm(40), w - mm(40)]
    fill_ink = (30, 30, 34)
    items = [("被执行人", r.name), ("证件号码", r.id_number), ("住址/住所", r.address), ("联系电话", r.phone),
             ("银行存款", ""), ("不动产", ""), ("车辆", ""), ("股权、投资", ""), ("收入情况", ""), ("其他财产", "")]
    rows: list[tuple[Sequence[str], float]] = [([label, ""], 104.0) for label, _ in items]
    y0 = mm(22) + 170
    grid_rows(s, mm(20), y0, cols, rows, font("serif", 34))
    answers = {
        "fabric": ["农行峡山支行基本户，余额不多", "无", "无（厂房租的）", "无", "无，公司停产", "存布料一批约二百余件成衣"],
        "lease": ["公司账户已无余额", "无", "无", "无", "无", "样品玩具若干，不值钱"],
        "loan": ["农商行卡一张，几百元", "无，住的房子是租的", "无", "无", f"在{c.extra.get('stall', '市场')}卖海鲜，每月二三千元", "无"],
    }[_tale(c)]
    for k, (_label, value) in enumerate(items):
        text = value or answers[k - 4]
        from dossier.corpus.draw import hand
        hand(s, mm(20) + cols[0] + 24, y0 + 104 * k + 28, text[:24], rng, size=38, ink=fill_ink)
    y = y0 + 104 * len(items) + 60
    s.text(mm(20), y, "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", font("serif", 34))
    s.text(s.width - mm(110), y + 120, "申报人：", font("serif", 36))
    signer = r.legal_rep if r.kind == "organisation" else r.name
    signature(s, s.width - mm(80), y + 100, signer, rng, ink=fill_ink)
    s.draw.ellipse((s.width - mm(36), y + 100, s.width - mm(28), y + 100 + mm(10)), fill=(190, 40, 40))
    if r.kind == "organisation":
        seal(s, s.width - mm(50), y + 140, r.name, rng, radius=mm(18))
    hand(s, s.width - mm(100), y + 220, f"{day.year}.{day.month}.{day.day}", rng, size=40, ink=fill_ink)
    return [s]


# ---- printouts, receipts, bank slips, the parties' settlement ------------------------------------------------

def _inquiry(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """The 执行查控 system's printout: a fixed-pitch header, a long ruled table of each body asked and what it said."""
    r = c.respondent
    s = Sheet()
    mono = font("mono", 28)
    s.text(mm(14), mm(12), f"打印时间：{day:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
           mono)
    s.right(s.width - mm(14), mm(12), "第1页/共1页", mono)
    s.centred(mm(22), "网络执行查控结果汇总", font("sans_bold", 50))
    s.text(mm(14), mm(36), f"案号：{c.number}　　承办人：{c.officer}", font("sans", 30))
    s.text(mm(14), mm(36) + 50, f"被查询人：{r.name}　证照号码：{r.id_number}", font("sans", 30))
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "招商银行", "广发银行", "汕头农村商业银行",
             "中国邮政储蓄银行", "兴业银行"]
    rows: list[list[str]] = [["序号", "协助单位", "查询类别", "反馈结果", "反馈时间"]]
    stamp = f"{day + timedelta(days=1):%Y-%m-%d}"
    for k, bank in enumerate(banks, 1):
        result = "无账户"
        if _tale(c) == "fabric" and bank == "中国农业银行":
            result = f"账户{c.extra['r_acct'][-6:]}余额{c.extra['deducted']:,.2f}"
        elif _tale(c) == "loan" and bank == "汕头农村商业银行":
            result = f"余额{rng.randint(100, 900)}.{rng.randint(10, 99)}"
        elif rng.random() < 0.3:
            result = "余额0.00"
        rows.append([str(k), bank, "存款", result, stamp])
    for k, (who, what) in enumerate([("自然资源部", "不动产"), ("公安部交通管理局", "车辆"), ("市场监管总局", "股权"),
                                      ("中国证券登记结算", "证券"), ("支付宝（中国）", "网络资金"), ("财付通", "网络资金")],
                                     len(banks) + 1):
        rows.append([str(k), who, what, "未查询到相关信息", stamp])
    widths = [mm(14), mm(56), mm(24), mm(62), s.width - mm(28) - mm(156)]
    y = mm(36) + 120
    small = font("sans", 26)
    for row in rows:
        x = mm(14)
        s.line(mm(14), y, s.width - mm(14), y, width=1)
        for k, cell in enumerate(row):
            s.text(x + 8, y + 12, cell, small)
            x += widths[k]
        y += 56
    s.line(mm(14), y, s.width - mm(14), y, width=1)
    x = mm(14)
    for wdt in widths:
        s.line(x, mm(36) + 120, x, y, width=1)
        x += wdt
    s.line(x, mm(36) + 120, x, y, width=1)
    s.text(mm(14), y + 30, "说明：本结果由最高人民法院网络执行查控系统反馈，仅供执行参考。", small)
    return [s]


def _fee_receipt(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """广东省非税收入（电子）票据, printed on A4 from the e-bill platform: a landscape-ish box in the upper half."""
    s = Sheet()
    x0, y0, x1 = mm(14), mm(24), s.width - mm(14)
    s.centred(y0, "广东省非税收入（电子）票据", font("serif_bold", 52))
    f = font("sans", 28)
    s.text(x0, y0 + 100, f"票据代码：44060124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", f)
    s.text(x0, y0 + 146, f"交款人统一社会信用代码：{c.applicant.id_number}", f)
    s.right(x1, y0 + 100, f"校验码：{rng.randint(100000, 999999)}", f)
    s.right(x1, y0 + 146, f"开票日期：{day:%Y-%m-%d}", f)
    s.text(x0, y0 + 192, f"交款人：{c.applicant.name}", f)
    top = y0 + 250
    w = x1 - x0
    rows = [(["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"], 70.0),
            (["103040101", "申请执行费", "元", "1", f"{c.extra['fee']}", f"{c.extra['fee']}"], 80.0),
            ([f"金额合计（大写）{money_caps(Decimal(c.extra['fee']))}", f"（小写）{c.extra['fee']}"], 80.0),
            ([f"备注：{c.number}　申请执行人{c.applicant.name}"], 120.0)]
    y = grid_rows(s, x0, top, [mm(30), mm(50), mm(18), mm(18), mm(30), w - mm(146)], rows[:2], f)
    y = grid_rows(s, x0, y, [w * 0.62, w * 0.38], rows[2:3], f)
    y = grid_rows(s, x0, y, [w], rows[3:], f)
    s.text(x0, y + 30, "收款单位（章）：汕头市金平区人民法院", f)
    s.text(x0 + mm(100), y + 30, "复核人：系统　　收款人：" + person_name(rng), f)
    seal(s, x0 + mm(60), y + 30, "汕头市金平区人民法院", rng, radius=mm(16), inner="财务专用章")
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """执行和解协议 typed by the applicant's lawyer in FangSong-like kai, the parties' hands and seals at the foot."""
    a, r = c.applicant, c.respondent
    p = Pages(font("wenkai", 40), 72, mm(26), mm(24), mm(28), mm(26))
    p.s.centred(mm(28), "执行和解协议", font("wenkai_bold", 64), spacing=10)
    p.y = mm(28) + 130
    p.para(f"甲方（申请执行人）：{a.name}", indent=False)
    p.para(f"乙方（被执行人）：{r.name}" + (f"，法定代表人{r.legal_rep}" if r.kind == "organisation" else f"，身份证号{r.id_number}"),
           indent=False)
    p.para(f"甲、乙双方因{c.extra['cause']}一案，甲方依据{c.basis_court}{c.basis_number}法律文书向汕头市金平区人民法院"
           f"申请强制执行，案号{c.number}。现经双方平等协商，在执行法官主持下自愿达成如下和解协议：")
    paid = c.extra.get("deducted", Decimal(0))
    rest = c.amount - paid
    if paid:
        p.para(f"一、乙方确认尚欠甲方款项{money(c.amount)}，其中{paid:,.2f}元已由法院从乙方银行账户扣划；")
    else:
        p.para(f"一、乙方确认尚欠甲方款项{money(c.amount)}；")
    p.para(f"二、余款{rest:,.2f}元，乙方于{num_date(c.extra['paid_day'])}前一次性转入法院执行款专户（或甲方指定账户："
           f"{c.extra['in_bank']}，账号{c.extra['in_acct']}）；")
    p.para("三、乙方按期足额付清上述款项的，甲方放弃迟延履行期间的加倍债务利息，执行费由乙方负担；")
    p.para("四、乙方未按期履行的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除；")
    p.para("五、本协议一式三份，甲、乙双方各执一份，交法院一份附卷，自双方签字（盖章）之日起生效。")
    p.room(360)
    p.y += 60
    f = font("wenkai", 40)
    p.s.text(mm(26), p.y, "甲方（签章）：", f)
    p.s.text(p.s.width / 2 + mm(6), p.y, "乙方（签章）：", f)
    signature(p.s, mm(26) + 260, p.y - 14, c.agent if a.kind == "organisation" else a.name, rng)
    if a.kind == "organisation":
        seal(p.s, mm(26) + 300, p.y + 40, a.name, rng, radius=mm(18))
    signature(p.s, p.s.width / 2 + mm(6) + 260, p.y - 14, r.legal_rep if r.kind == "organisation" else r.name, rng)
    if r.kind == "organisation":
        seal(p.s, p.s.width / 2 + mm(56), p.y + 40, r.name, rng, radius=mm(18))
    p.y += 160
    p.s.text(mm(26), p.y, f"日期：{num_date(day)}", f)
    p.s.text(p.s.width / 2 + mm(6), p.y, f"日期：{num_date(day)}", f)
    return p.number("第{k}页 共{n}页")


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A bank's 网上银行电子回单 printed by the payer: narrow sans table, the bank's round 电子回单专用章."""
    r = c.respondent
    paid = c.amount - c.extra.get("deducted", Decimal(0))
    bank = {"fabric": "中国农业银行", "lease": "中国工商银行", "loan": "汕头农村商业银行"}[_tale(c)]
    s = Sheet()
    x0, y0, x1 = mm(16), mm(30), s.width - mm(16)
    s.text(x0, y0, bank, font("sans_bold", 46))
    s.centred(y0 + 6, "网上银行电子回单", font("sans_bold", 44))
    f = font("sans", 30)
    s.text(x0, y0 + 84, f"电子回单号码：{rng.randint(10**15, 10**16 - 1)}", f)
    when = c.extra["paid_day"]
    w = x1 - x0
    payer_acct = c.extra.get("r_acct") or f"62{rng.randint(10**16, 10**17 - 1)}"
    rows = [
        (["付款人", "户名", r.name], 80.0),
        (["", "账号", payer_acct], 80.0),
        (["收款人", "户名", "汕头市金平区人民法院"], 80.0),
        (["", "账号", f"4450 0101 0400 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"], 80.0),
        (["", "开户行", "中国农业银行汕头金平支行"], 80.0),
        (["金额", f"{paid:,.2f}元　（大写）{money_caps(paid)}"], 80.0),
        (["用途", f"{c.number}执行款"], 80.0),
        (["交易时间", f"{when:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"], 80.0),
    ]
    y: float = y0 + 140
    for cells, h in rows:
        widths = [mm(28), mm(24), w - mm(52)] if len(cells) == 3 else [mm(28), w - mm(28)]
        y = grid_rows(s, x0, y, widths, [(cells[:len(widths)], h)], f)
    s.text(x0, y + 30, "重要提示：本回单不作为收款方发货依据，请勿重复记账。", font("sans", 26))
    seal(s, x1 - mm(40), y - 60, f"{bank}电子回单专用章", rng, radius=mm(17))
    return [s]
