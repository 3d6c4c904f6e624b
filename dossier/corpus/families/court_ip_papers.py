"""What 翠屏法院执行局 receives, each in its maker's hand. The parties' papers (judgment or 支付令 copies, the
certificate of effect, the lawyers' applications, the firm's letter and form of attorney, ID and licence copies,
the 非税收入 receipt, a settlement typed by the lawyer) came in clear sheet protectors and are tagged `sleeve`;
the window's printed forms the parties filled are the court's recycled stock; an employer's reply and the bank's
回单 came bare on white paper (`plain`).

Looks: the civil division's judgment in Noto serif with a "·n·" folio and a red ruled 核对 stamp; the 督促 team's
支付令 one page with a boxed number; the lawyers of 宜宾 type in 微米黑 under a title with a thick rule; the firm's
letter under a red letterhead; licences and IDs as cards; the 四川省非税收入 receipt in maroon; the employer's reply
under a blue letterhead; the bank's slips in a teal frame."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_ip_kit import (
    COURT,
    LAW,
    form_head,
    grey_sheet,
    grid,
    pen,
    song,
    stock,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "settlement_agreement", "payment_voucher",
    "resumption_application",
})
MAROON = (150, 40, 50)
TEAL = (20, 110, 120)
BALL = (25, 30, 40)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ip import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return stock(_payment_order(c, rng) if c.extra["tale"] == "bamboo" else _judgment(c, rng), "sleeve")
    if code == "effectiveness_certificate":
        return stock(_in_effect(c, rng), "sleeve")
    if code in ("enforcement_application", "resumption_application"):
        return stock(_application(code, c, rng, d), "sleeve")
    if code == "power_of_attorney":
        return stock(_attorney(c, rng), "sleeve")
    if code == "law_firm_letter":
        return stock(_firm_letter(c, rng), "sleeve")
    if code == "lawyer_license":
        return stock(_licence_card(c, rng), "sleeve")
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        sheets = _business_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, c, rng)
        return stock(sheets, "sleeve")
    if code == "fee_receipt":
        return stock(_fee_slip(c, rng), "sleeve")
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "settlement_agreement":
        return stock(_settlement(c, rng, d), "sleeve")
    if code == "payment_voucher":
        return stock(_bank_slips(c, rng), "plain")
    raise KeyError(code)


def who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


class Typer:
    """A typed paper on white sheets: paragraphs in one face, a folio of the maker's kind."""

    def __init__(self, f: Font, *, left: float, right: float, top: float, bottom: float, lead: float) -> None:
        self.f, self.left, self.right, self.top, self.bottom, self.lead = f, left, right, top, bottom, lead
        self.sheets = [Sheet()]
        self.y = top

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, *, first: float = 0.0, hang: float = 0.0, f: Font | None = None) -> None:
        f = f or self.f
        width = self.s.width - self.left - self.right
        for k, part in enumerate(wrap(text, f, width - hang, indent=first - hang if first else 0.0)):
            self.need(self.lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += self.lead

    def folio(self, style: str, f: Font) -> list[Sheet]:
        n = len(self.sheets)
        if n > 1:
            for i, s in enumerate(self.sheets, 1):
                label = f"·{i}·" if style == "dot" else f"第 {i} 页 / 共 {n} 页"
                if style == "dot":
                    s.centred(s.height - mm(15), label, f)
                else:
                    s.right(s.width - self.right, s.height - mm(14), label, f)
                if i > 1:
                    s.page_of = (i, n)
        return self.sheets


def _check_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The civil division's ruled stamp on the party's copy."""
    f = font("serif_bold", 30)
    ink = (RED[0] - 20, RED[1], RED[2] + 20)
    t = rng.uniform(-3, 3)
    w = text_width("本件与原本核对无异", f) + 40
    s.box(x, y + t, x + w, y + 64 + t, width=4, outline=ink)
    s.box(x + 6, y + 6 + t, x + w - 6, y + 58 + t, width=1, outline=ink)
    s.text(x + 20, y + 14 + t, "本件与原本核对无异", f, fill=ink)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    liquor = c.extra["tale"] == "liquor"
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    signed = c.basis_effective - timedelta(days=rng.randint(17, 24))
    fee = int(c.amount) // 100 + 25
    if liquor:
        facts = (f"2022年至2023年间，原告陆续向被告供应{c.extra['goods']}，供其各门店销售。2023年5月双方对账，被告确认"
                 f"尚欠货款{c.amount:,.2f}元，并在对账单上加盖公章。此后原告多次催收，被告未付。")
        held = "原、被告之间的买卖合同关系依法成立并有效。原告已履行供货义务，被告对欠款金额予以确认，应当支付货款。"
        claims = f"1.判令被告支付货款{c.amount:,.2f}元；2.本案诉讼费由被告负担。"
        order = [f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"]
        laws = "《中华人民共和国民法典》第五百零九条、第五百七十九条、第六百二十六条"
        defend = f"被告{r.name}辩称，欠款属实，因餐饮经营受影响资金紧张，请求分期支付。"
    else:
        crash = c.extra["crash"]
        facts = (f"{num_date(crash)}19时许，被告{r.name}驾驶{c.extra['plate']}号小型普通客车沿宜宾市翠屏区长江大道由东向西"
                 f"行驶，在南岸人行横道处与步行横过道路的原告{a.name}相撞，致原告受伤。经宜宾市公安局交通警察支队认定，被告负"
                 "事故全部责任。原告伤后在宜宾市第二人民医院住院治疗，经鉴定构成十级伤残。保险公司已在交强险及商业三者险限额内"
                 "赔付，超出部分应由被告承担。")
        held = "被告驾驶机动车未礼让行人，负事故全部责任，对保险赔付不足部分应承担赔偿责任。"
        claims = f"1.判令被告赔偿医疗费、误工费、护理费、残疾赔偿金等超出保险限额部分共计{c.amount:,.2f}元；2.诉讼费由被告负担。"
        order = [f"被告{r.name}于本判决生效之日起十日内赔偿原告{a.name}各项损失共计{c.amount:,.2f}元；",
                 "驳回原告的其他诉讼请求。"]
        laws = "《中华人民共和国民法典》第一千一百七十九条、第一千二百零八条，《中华人民共和国道路交通安全法》第七十六条"
        defend = f"被告{r.name}辩称，对事故责任无异议，但认为原告主张的误工费、护理费过高。"
    t = Typer(font("serif", 41), left=mm(30), right=mm(27), top=mm(30), bottom=mm(28), lead=72)
    s = t.s
    s.centred(mm(26), COURT, font("serif", 54), spacing=3)
    s.centred(mm(40), "民 事 判 决 书", font("serif_bold", 84), spacing=10)
    s.right(s.width - mm(27), mm(62), c.basis_number, font("serif", 40))
    t.y = mm(74)
    ind = t.f.size * 2
    for line in (f"原告：{who(a)}", f"委托诉讼代理人：{c.agent}，{c.firm}律师。", f"被告：{who(r)}"):
        t.para(line, hang=ind)
    t.para(f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用"
           f"简易程序，于{cn_date(heard)}公开开庭进行了审理。原、被告均到庭参加诉讼。本案现已审理终结。", first=ind)
    t.para(f"{a.name}向本院提出诉讼请求：{claims}事实与理由：{facts}", first=ind)
    t.para(defend, first=ind)
    t.para(f"本院经审理认定事实如下：{facts}", first=ind)
    t.para(f"本院认为，{held}依照{laws}，{LAW}第六十七条之规定，判决如下：", first=ind)
    for k, o in enumerate(order, 1):
        t.para(f"{'一二'[k - 1]}、{o}" if len(order) > 1 else o, first=ind)
    t.para(f"如果未按本判决指定的期间履行给付金钱义务，应当依照{LAW}第二百六十条之规定，加倍支付迟延履行期间的债务利息。",
           first=ind)
    t.para(f"案件受理费{fee}元，减半收取{fee // 2}元，由被告{r.name}负担。", first=ind)
    t.para("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于四川省宜宾市"
           "中级人民法院。", first=ind)
    t.need(480)
    last, y = t.s, t.y + 60
    x = last.width - mm(98)
    f = t.f
    last.text(x, y, f"审 判 员　{c.extra.setdefault('civil_judge', person_name(rng))}", f)
    last.text(x, y + 76, f"人民陪审员　{person_name(rng)}", f)
    when = cn_date(signed)
    last.text(x, y + 180, when, f)
    seal(last, x + text_width(when, f) / 2, y + 190, COURT, rng, radius=mm(20))
    last.text(x, y + 270, f"书 记 员　{person_name(rng)}", f)
    _check_stamp(last, mm(30), y + 190, rng)
    return t.folio("dot", font("serif", 34))


def _payment_order(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 督促程序 支付令: one page, the number in a ruled box, the debtor's fifteen days spelled out."""
    a, r = c.applicant, c.respondent
    issued: date = c.extra["issued"]
    t = Typer(font("serif", 41), left=mm(28), right=mm(26), top=mm(30), bottom=mm(26), lead=70)
    s = t.s
    s.centred(mm(26), COURT, font("serif_bold", 52), spacing=4)
    s.centred(mm(42), "支　付　令", font("serif_bold", 88), spacing=20)
    nf = font("serif", 38)
    nw = text_width(c.basis_number, nf)
    s.box(s.width - mm(26) - nw - 30, mm(64) - 10, s.width - mm(26), mm(64) + 52, width=2)
    s.text(s.width - mm(26) - nw - 15, mm(64), c.basis_number, nf)
    t.y = mm(80)
    ind = t.f.size * 2
    t.para(f"申请人：{who(a)}", hang=ind)
    t.para(f"被申请人：{who(r)}", hang=ind)
    t.para(f"申请人{a.name}于{cn_date(issued - timedelta(days=rng.randint(6, 10)))}向本院申请支付令。申请人称：2022年3月，"
           f"申请人向被申请人订购竹地板（碳化竹集成材），并预付货款。被申请人未能按约交货，经双方结算，被申请人应退还申请人"
           f"预付货款{c.amount:,.2f}元，被申请人出具还款承诺书后至今未还。", first=ind)
    t.para(f"本院经审查认为，申请人的申请符合{LAW}第二百二十一条的规定。依照{LAW}第二百二十三条之规定，特发出如下支付令：",
           first=ind)
    t.para(f"被申请人{r.name}应当自收到本支付令之日起十五日内，给付申请人{a.name}货款{money(c.amount)}，"
           f"并负担督促程序费用{int(c.amount) // 300 + 8}元。", first=ind)
    t.para("被申请人如对本支付令有异议，应当自收到本支付令之日起十五日内向本院书面提出。被申请人在上述期间内既不提出书面异议，"
           "又不履行支付令的，申请人可以向人民法院申请执行。", first=ind)
    y = t.y + 60
    x = s.width - mm(96)
    t.s.text(x, y, f"审 判 员　{person_name(rng)}", t.f)
    when = cn_date(issued)
    t.s.text(x, y + 110, when, t.f)
    seal(t.s, x + text_width(when, t.f) / 2, y + 120, COURT, rng, radius=mm(20))
    t.s.text(x, y + 200, f"书 记 员　{person_name(rng)}", t.f)
    _check_stamp(t.s, mm(28), y + 130, rng)
    return t.sheets


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The certificate of effect: a boxed slip on half a page, the division's seal over its date."""
    s = Sheet()
    x0, y0, x1 = mm(22), mm(28), s.width - mm(22)
    s.box(x0, y0, x1, mm(150), width=3)
    s.centred(y0 + mm(8), COURT, font("serif", 46), spacing=3)
    s.centred(y0 + mm(22), "生效证明书", font("serif_bold", 70), spacing=16)
    f = font("serif", 40)
    order = c.extra["tale"] == "bamboo"
    what = (f"申请人{c.applicant.name}与被申请人{c.respondent.name}申请支付令一案，本院于{cn_date(c.extra['issued'])}作出的"
            f"{c.basis_number}支付令，已依法送达被申请人。被申请人在法定期间内未提出书面异议，该支付令已于"
            f"{cn_date(c.basis_effective)}发生法律效力。" if order else
            f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院{c.basis_number}民事判决书"
            f"已送达双方当事人，双方在法定期间内均未提起上诉，该判决已于{cn_date(c.basis_effective)}发生法律效力。")
    y = y0 + mm(42)
    for k, part in enumerate(wrap(what, f, x1 - x0 - mm(16), indent=80)):
        s.text(x0 + mm(8) + (80 if k == 0 else 0), y, part, f)
        y += 70
    s.text(x0 + mm(8) + 80, y, "特此证明。", f)
    day = c.basis_effective + timedelta(days=rng.randint(4, 12))
    when = cn_date(day)
    s.right(x1 - mm(12), mm(130), when, f)
    seal(s, x1 - mm(12) - text_width(when, f) / 2, mm(128), COURT, rng, radius=mm(19))
    s.text(x0 + mm(8), mm(140), f"（{'立案庭' if order else '民事审判第一庭'}　经办人：{person_name(rng)}）", font("serif", 32))
    return [s]


def _lawyer_head(s: Sheet, title: str) -> float:
    tf = font("sans_bold", 66)
    w = s.centred(mm(28), title, tf, spacing=8)
    y = mm(28) + 66 + 18
    s.line((s.width - w) / 2 - mm(8), y, (s.width + w) / 2 + mm(8), y, width=6)
    return y + mm(10)


def _application(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's application in 微米黑: a title over a thick rule, 申请事项 and 事实与理由 as run-in heads."""
    a, r = c.applicant, c.respondent
    resume = code == "resumption_application"
    t = Typer(font("microhei", 40), left=mm(25), right=mm(24), top=mm(26), bottom=mm(26), lead=70)
    t.y = _lawyer_head(t.s, "恢复执行申请书" if resume else "强制执行申请书")
    hang = t.f.size * 3
    t.para(f"申请执行人：{who(a)}联系电话：{a.phone}。", hang=hang)
    t.para(f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。", hang=hang)
    t.para(f"被执行人：{who(r)}", hang=hang)
    bold = font("sans_bold", 40)
    t.para("申请事项：", f=bold)
    ind = t.f.size * 2
    if resume:
        reqs = [f"一、请求恢复{c.previous_number}案的执行，强制被执行人支付{money(c.amount)}；",
                f"二、请求依法查封、扣押并处置被执行人名下{c.extra['truck']}号货车；",
                "三、请求被执行人加倍支付迟延履行期间的债务利息，负担执行费用。"]
        why = (f"申请执行人与被执行人买卖合同纠纷一案，贵院{c.basis_number}支付令已经发生法律效力。因被执行人暂无财产可供执行，"
               f"贵院于{cn_date(c.extra['ttr_day'])}裁定终结本次执行程序。近日申请执行人发现，被执行人名下登记的"
               f"{c.extra['truck']}号{c.extra['truck_model']}仍在使用，常停放于{c.extra['seen_at']}（附照片及车辆信息）。"
               "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，特申请恢复执行。")
    else:
        reqs = [f"一、强制被执行人支付{money(c.amount)}；", "二、强制被执行人加倍支付迟延履行期间的债务利息；",
                "三、本案执行费用由被执行人承担；",
                "四、被执行人逾期不履行的，请求对其采取限制消费措施，并将其纳入失信被执行人名单。"]
        why = (f"申请执行人与被执行人{c.extra['cause']}一案，贵院作出的{c.basis_number}民事判决书已于"
               f"{cn_date(c.basis_effective)}发生法律效力，被执行人至今未履行。根据{LAW}第二百四十七条的规定，"
               "特向贵院申请强制执行。")
    for q in reqs:
        t.para(q, first=ind)
    t.para("事实与理由：", f=bold)
    t.para(why, first=ind)
    t.para("此致", first=ind)
    t.para(COURT)
    t.need(300)
    y = t.y + 40
    t.s.text(t.s.width - mm(110), y, "申请执行人：", t.f)
    if a.kind == "organisation":
        seal(t.s, t.s.width - mm(50), y + 20, a.name, rng, radius=mm(19))
        hand(t.s, t.s.width - mm(72), y + 90, a.legal_rep, rng, size=52, ink=BALL)
    else:
        hand(t.s, t.s.width - mm(68), y - 6, a.name, rng, size=58, ink=BALL)
        t.s.draw.ellipse((t.s.width - mm(30), y + 6, t.s.width - mm(30) + 36, y + 52), fill=(196, 44, 48))
    hand(t.s, t.s.width - mm(100), y + 170, num_date(d if resume else c.filed_on - timedelta(days=2)), rng, size=44,
         ink=BALL)
    return t.folio("slash", font("microhei", 28))


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's printed form of attorney: labels printed, blanks underlined and filled by hand."""
    a = c.applicant
    s = Sheet()
    s.centred(mm(26), "授 权 委 托 书", font("serif_bold", 74), spacing=12)
    f = font("serif", 40)
    y = mm(52)
    rows = [("委托人", a.name), ("住所/住址", a.address[:24]), ("受托人", f"{c.agent}　{c.firm}律师"),
            ("联系电话", c.agent_phone)]
    for label, value in rows:
        s.text(mm(26), y, f"{label}：", f)
        s.line(mm(64), y + 50, s.width - mm(24), y + 50, width=1)
        hand(s, mm(68), y - 2, value, rng, size=42, ink=BALL)
        y += mm(15)
    y += mm(4)
    text = (f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。代理权限为：特别授权，"
            "包括代为申请执行、申请恢复执行、提供财产线索、申请查封扣押冻结及拍卖变卖，代为参与执行和解并签订和解协议，"
            "代为领取执行款，代为签收法律文书。")
    for k, part in enumerate(wrap(text, f, s.width - mm(50), indent=80)):
        s.text(mm(26) + (80 if k == 0 else 0), y, part, f)
        y += 72
    y += mm(12)
    s.text(mm(26), y, "委托人（签章）：", f)
    if a.kind == "organisation":
        seal(s, mm(90), y + 30, a.name, rng, radius=mm(19))
    else:
        hand(s, mm(78), y - 6, a.name, rng, size=56, ink=BALL)
    s.text(s.width / 2 + mm(10), y, "受托人：", f)
    hand(s, s.width / 2 + mm(42), y - 6, c.agent, rng, size=54, ink=BALL)
    hand(s, s.width - mm(92), y + mm(26), num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng, size=44, ink=BALL)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (200, 30, 40)
    s.centred(mm(18), c.firm, font("serif_bold", 78), fill=red, spacing=6)
    s.line(mm(20), mm(34), s.width - mm(20), mm(34), width=8, fill=red)
    no = f"川酒律函〔{c.filed_on.year}〕{rng.randint(10, 160)}号"
    s.centred(mm(40), no, font("serif", 36))
    s.centred(mm(54), "律师事务所函", font("serif_bold", 64), spacing=12)
    f = font("serif", 41)
    y = mm(74)
    s.text(mm(26), y, f"{COURT}：", f)
    y += 76
    text = (f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
            f"{'恢复执行' if c.category == 'resumption' else '执行'}一案的代理人。请予接洽。")
    for k, part in enumerate(wrap(text, f, s.width - mm(52), indent=82)):
        s.text(mm(26) + (82 if k == 0 else 0), y, part, f)
        y += 74
    y += 30
    small = font("serif", 34)
    for line in (f"承办律师：{c.agent}　执业证号：{c.extra['licence']}", f"联系电话：{c.agent_phone}",
                 f"本所地址：{c.extra['firm_addr']}"):
        s.text(mm(26), y, line, small)
        y += 58
    when = cn_date(c.filed_on - timedelta(days=rng.randint(2, 5)))
    s.right(s.width - mm(30), y + 100, when, f)
    seal(s, s.width - mm(30) - text_width(when, f) / 2, y + 100, c.firm, rng, radius=mm(20))
    return [s]


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data page photocopied, the lawyer's note under it."""
    s = Sheet()
    x0, y0, w, h = mm(30), mm(36), mm(150), mm(100)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(232, 230, 228), outline=(90, 90, 90), width=3)
    s.draw.rectangle((x0 + mm(8), y0 + mm(12), x0 + mm(40), y0 + mm(54)), fill=(160, 160, 160))
    f = font("sans", 32)
    s.text(x0 + mm(50), y0 + mm(6), "律 师 执 业 证", font("sans_bold", 48))
    rows = [("持证人", c.agent), ("性别", "男" if rng.random() < 0.6 else "女"), ("执业机构", c.firm),
            ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]), ("发证机关", "四川省司法厅"),
            ("发证日期", f"{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    y = y0 + mm(20)
    for label, value in rows:
        s.text(x0 + mm(50), y, f"{label}：{value}", f)
        y += mm(10)
    seal(s, x0 + w - mm(26), y0 + h - mm(22), "四川省司法厅", rng, radius=mm(16))
    s.text(x0, y0 + h + mm(6), "年度考核：2023年度　称职　四川省宜宾市司法局", font("sans", 30))
    hand(s, x0 + mm(10), y0 + h + mm(26), "此复印件与原件一致", rng, size=52, ink=BALL)
    hand(s, x0 + mm(100), y0 + h + mm(28), c.agent, rng, size=52, ink=BALL)
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of an ID card copied one above the other, the holder's note beside."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = mm(56)
    ys = [mm(34), mm(34) + h + mm(12)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=(222, 222, 218), outline=(110, 110, 110),
                                 width=2)
    y = ys[0]
    lab, val = font("sans", 24), font("sans", 30)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(5)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　 民族 汉"), ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日")):
        s.text(x + mm(4), ty, label, lab, fill=(90, 90, 90))
        s.text(x + mm(14), ty - 3, value, val)
        ty += mm(7.5)
    s.text(x + mm(4), ty, "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(14), ty - 3, p.address[k:k + 12], val)
        ty += mm(5)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(24), y + h - mm(9), p.id_number, font("sans_bold", 32))
    s.draw.rectangle((x + w - mm(26), y + mm(7), x + w - mm(5), y + mm(34)), fill=(150, 150, 150))
    y = ys[1]
    s.text(x + mm(28), y + mm(8), "中华人民共和国", font("sans_bold", 36))
    s.text(x + mm(22), y + mm(18), "居民身份证", font("sans_bold", 56), spacing=10)
    office = {"511502": "宜宾市公安局翠屏区分局", "511521": "宜宾市公安局叙州区分局", "511523": "江安县公安局"}
    s.text(x + mm(8), y + h - mm(15), f"签发机关　{office.get(p.id_number[:6], '宜宾市公安局')}", lab)
    start = rng.randint(2013, 2021)
    s.text(x + mm(8), y + h - mm(8), f"有效期限　{start}.0{rng.randint(1, 9)}.{rng.randint(10, 28)}-{start + 20}.0"
           f"{rng.randint(1, 9)}.{rng.randint(10, 28)}", lab)
    hand(s, mm(40), ys[1] + h + mm(20), "此复印件仅供翠屏法院执行使用", rng, size=48, ink=BALL)
    hand(s, mm(120), ys[1] + h + mm(36), p.name, rng, size=56, ink=BALL)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copy: the national-emblem frame, the QR code's square, the fields in two columns."""
    s = Sheet()
    frame = (140, 100, 50)
    x0, y0, x1, y1 = mm(16), mm(22), s.width - mm(16), mm(180)
    s.box(x0, y0, x1, y1, width=6, outline=frame)
    s.draw.ellipse((s.width / 2 - mm(9), y0 + mm(4), s.width / 2 + mm(9), y0 + mm(22)), outline=(150, 120, 40), width=4)
    s.centred(y0 + mm(26), "营 业 执 照", font("serif_bold", 96), spacing=20)
    s.centred(y0 + mm(44), "（副本）", font("serif", 38))
    s.draw.rectangle((x1 - mm(36), y0 + mm(10), x1 - mm(12), y0 + mm(34)), fill=(60, 60, 60))
    f = font("serif", 34)
    s.text(x0 + mm(8), y0 + mm(54), f"统一社会信用代码　{p.id_number}", f)
    kind = "有限责任公司（自然人投资或控股）"
    scope = ("竹制品、竹地板生产销售" if "竹地板" in p.name else "竹制家居用品销售" if "竹" in p.name else
             "酒类批发、零售" if "酒" in p.name else "餐饮服务" if "餐饮" in p.name else "道路货物运输")
    rows = [("名　　称", p.name), ("类　　型", kind), ("法定代表人", p.legal_rep), ("经营范围", scope),
            ("注册资本", f"{rng.choice([100, 200, 500, 800])}万元整"),
            ("成立日期", f"{rng.randint(2006, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y = y0 + mm(66)
    for label, value in rows:
        s.text(x0 + mm(10), y, label, f)
        s.text(x0 + mm(44), y, value[:28], f)
        y += mm(11)
    reg = "宜宾市翠屏区市场监督管理局" if "宜宾" in p.address else "成都市锦江区市场监督管理局"
    s.text(x1 - mm(84), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(44), y1 - mm(26), reg, rng, radius=mm(18))
    s.text(x1 - mm(86), y1 - mm(14), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    y = y1 + mm(14)
    s.centred(y, "法定代表人身份证明书", font("serif_bold", 50), spacing=4)
    f2 = font("serif", 38)
    text = f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位法定代表人。特此证明。"
    yy = y + mm(16)
    for k, part in enumerate(wrap(text, f2, s.width - mm(48), indent=76)):
        s.text(mm(24) + (76 if k == 0 else 0), yy, part, f2)
        yy += 66
    s.right(s.width - mm(30), yy + 50, num_date(c.filed_on - timedelta(days=rng.randint(3, 9))), f2)
    seal(s, s.width - mm(58), yy + 40, p.name, rng, radius=mm(18))
    hand(s, mm(26), s.height - mm(34), "与原件核对一致", rng, size=48, ink=BALL)
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """四川省非税收入一般缴款书（电子） printed in maroon, the bank's till stamp on it."""
    s = Sheet()
    f = font("song_gb", 30)
    s.centred(mm(20), "四川省非税收入一般缴款书（电子）", font("serif_bold", 50), fill=MAROON, spacing=2)
    s.text(mm(18), mm(34), f"票据代码：51010124　　票据号码：{rng.randint(10**9, 10**10 - 1)}　　校验码：{rng.randint(100000, 999999)}",
           f, fill=MAROON)
    s.text(mm(18), mm(40), f"开票日期：{c.filed_on:%Y年%m月%d日}", f, fill=MAROON)
    w = s.width - mm(36)
    fee: Decimal = c.extra["fee"]
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目编码", "103040101001", "项目名称", "申请执行费"],
            ["案　号", c.number, "金额（元）", f"{fee:,.2f}"], ["金额合计（大写）", money_caps(fee)],
            ["收款人全称", "宜宾市翠屏区财政局", "收款银行", "宜宾市商业银行翠屏支行"]]
    grid(s, mm(18), mm(48), [mm(34), mm(58), mm(30), w - mm(122)], rows, heights=mm(14), labels=(0, 2), size=30,
         ink=MAROON)
    s.text(mm(18), mm(126), f"收款单位（章）　　　　复核人：{person_name(rng)}　　　收款人：{person_name(rng)}", f, fill=MAROON)
    seal(s, s.width - mm(56), mm(118), "宜宾市商业银行翠屏支行", rng, radius=mm(16), inner="现金收讫")
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's forms, printed on the court's recycled stock and filled by the party in ballpoint."""
    a, r = c.applicant, c.respondent
    s = grey_sheet()
    t = c.extra["tale"]
    if code == "payment_account_confirmation":
        y = form_head(s, "申请执行人收取执行款确认书")
        rows = [("案　号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认上列账户为收取本案执行款的账户。因账户信息有误造成的损失由本人（单位）承担。"
        signer, day = (a.legal_rep if a.kind == "organisation" else a.name), c.filed_on
    elif code == "service_address_confirmation":
        y = form_head(s, "送达地址确认书")
        rows = [("案　号", c.number), ("受送达人", a.name), ("送达地址", c.extra["firm_addr"]), ("代收人", f"{c.agent}（代理律师）"),
                ("手机号码", c.agent_phone), ("是否同意电子送达", f"同意，手机号{c.agent_phone}")]
        note = ("受送达人保证所填地址真实有效；地址变更未及时书面告知本院，导致法律文书未能被实际接收的，文书退回之日视为"
                "送达之日。")
        signer, day = c.agent, c.filed_on
    elif code == "property_clue_form":
        y = form_head(s, "被执行人财产线索表")
        clue = {"liquor": f"{c.extra.get('r_bank', '')}基本户；各门店收银流水", "accident": f"在{c.extra.get('employer', a).name}"
                f"当驾驶员，月工资约{c.extra.get('wage', 0)}元",
                "bamboo": f"{c.extra.get('truck', '')}号货车一辆，在{c.extra.get('seen_at', '')}看到过"}[t]
        rows = [("案　号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("住址/住所", r.address),
                ("财产线索", clue), ("提供人", a.name)]
        note = "申请执行人对所提供的财产线索的真实性负责。"
        signer, day = (a.legal_rep if a.kind == "organisation" else a.name), c.filed_on
    else:
        y = form_head(s, "被执行人财产申报表")
        bank = {"liquor": f"{c.extra.get('r_bank', '')}，余额已被冻结", "accident": "工资卡一张，余额一千余元",
                "bamboo": "无"}[t]
        car = {"liquor": "无", "accident": "无（肇事车辆已卖）", "bamboo": f"{c.extra.get('truck', '')}厢式货车一辆"}[t]
        rows = [("案　号", c.number), ("申报人", r.name), ("存款", bank), ("车辆", car), ("不动产", "无"),
                ("收入情况", f"每月工资约{c.extra.get('wage', 0)}元" if t == "accident" else "经营困难，无收入"),
                ("其他财产", "无")]
        note = "申报人保证以上内容真实完整，如有隐瞒，愿承担法律责任。"
        signer, day = (r.legal_rep if r.kind == "organisation" else r.name), d
    w = s.width - mm(30) - mm(26)
    boxes = grid(s, mm(30), y, [mm(46), w - mm(46)], [[label, ""] for label, _ in rows],
                 heights=[mm(24) if len(v) > 20 else mm(15) for _, v in rows])
    right = [b for b in boxes if b[0] > mm(30)]
    for (_label, value), b in zip(rows, right, strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(3), value, rng, size=40, per_line=20, lead=mm(8), ink=BALL)
    y = boxes[-1][3] + mm(8)
    for k, part in enumerate(wrap(note, song(32), w, indent=64)):
        s.text(mm(30) + (64 if k == 0 else 0), y, part, song(32))
        y += 52
    y += mm(10)
    s.text(s.width - mm(120), y, "填表人签名：", song(38))
    pen(s, s.width - mm(70), y - 8, signer, rng, size=54, ink=BALL)
    pen(s, s.width - mm(90), y + mm(14), num_date(day), rng, size=40, ink=BALL)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The settlement the applicant's lawyer typed (微米黑, numbered clauses); both sides sign, the undertaker notes the
    performance by hand at its foot."""
    a, r = c.applicant, c.respondent
    first, second = c.extra["pays"][1], c.extra["pays"][2]
    t = Typer(font("microhei", 40), left=mm(25), right=mm(25), top=mm(26), bottom=mm(26), lead=70)
    t.y = _lawyer_head(t.s, "执行和解协议")
    t.para(f"甲方（申请执行人）：{a.name}，法定代表人{a.legal_rep}。")
    t.para(f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}。")
    ind = t.f.size * 2
    t.para(f"{COURT}在执行{c.number}甲方与乙方买卖合同纠纷一案中，已扣划乙方存款{c.extra['deducted']:,.2f}元。就剩余款项，"
           "双方经自愿协商，达成如下和解协议：", first=ind)
    for q in (f"一、乙方尚欠甲方货款{first[1] + second[1]:,.2f}元，甲方同意放弃迟延履行期间的债务利息；",
              f"二、乙方于{num_date(first[0])}前支付{first[1]:,.2f}元，于{num_date(second[0])}前支付{second[1]:,.2f}元，"
              "均汇入法院执行款专户；",
              "三、乙方任何一期未按时足额付款的，甲方有权申请恢复执行原生效判决，已付款项予以扣除；",
              "四、乙方履行完毕后，甲方申请法院以执行完毕结案，并申请解除对乙方的限制措施；",
              "五、本协议一式三份，甲乙双方各执一份，交法院存卷一份，自双方签字盖章之日起生效。"):
        t.para(q, first=ind)
    t.need(420)
    y = t.y + 60
    s = t.s
    s.text(mm(25), y, "甲方（盖章）：", t.f)
    seal(s, mm(95), y + 30, a.name, rng, radius=mm(18))
    s.text(mm(25), y + 110, "代理人：", t.f)
    hand(s, mm(60), y + 100, c.agent, rng, size=54, ink=BALL)
    s.text(s.width / 2 + mm(6), y, "乙方（盖章）：", t.f)
    seal(s, s.width / 2 + mm(76), y + 30, r.name, rng, radius=mm(18))
    s.text(s.width / 2 + mm(6), y + 110, "法定代表人：", t.f)
    hand(s, s.width / 2 + mm(56), y + 100, r.legal_rep, rng, size=54, ink=BALL)
    s.text(mm(25), y + 200, f"签订日期：{num_date(d)}", t.f)
    hand(s, mm(25), y + 300, f"乙方已按协议分两期付清，{second[0].month}月{second[0].day}日。{c.officer}", rng, size=42,
         ink=(34, 42, 92))
    return t.folio("slash", font("microhei", 28))


def _bank_slips(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 客户回单 for the court's account: each sum paid in, then the sum paid out to the applicant; three slips
    to a page."""
    pays: list[tuple[date, Decimal, str]] = c.extra["pays"]
    court_acct = c.extra["court_acct"]
    slips = [(payer, f"51{rng.randint(10**13, 10**14 - 1)}", f"{COURT}", court_acct, amt, day, f"{c.number}执行款")
             for day, amt, payer in pays]
    slips.append((COURT, court_acct, c.applicant.name, c.extra["in_acct"], c.amount, pays[-1][0] + timedelta(days=2),
                  f"{c.number}案款发放"))
    sheets: list[Sheet] = []
    f = font("sans", 28)
    for k in range(0, len(slips), 3):
        s = Sheet()
        y = mm(14)
        for payer, pacct, payee, eacct, amt, day, use in slips[k:k + 3]:
            s.box(mm(14), y, s.width - mm(14), y + mm(82), width=2, outline=TEAL)
            s.centred(y + mm(3), "宜宾市商业银行　客户回单", font("sans_bold", 40), fill=TEAL)
            s.text(mm(20), y + mm(13), f"回单号：{rng.randint(10**11, 10**12 - 1)}　　日期：{day:%Y-%m-%d}　　业务类型：转账", f)
            w = s.width - mm(40)
            rows = [["付款人", payer, "收款人", payee], ["付款账号", pacct, "收款账号", eacct],
                    ["金额", f"¥{amt:,.2f}", "大写", money_caps(amt)], ["摘要", use]]
            grid(s, mm(20), y + mm(20), [mm(24), mm(64), mm(24), w - mm(112)], rows, heights=mm(11), labels=(0, 2),
                 size=26, ink=TEAL)
            seal(s, s.width - mm(44), y + mm(68), "宜宾市商业银行翠屏支行", rng, radius=mm(12), inner="回单专用章")
            y += mm(90)
        sheets.append(s)
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if n > 1:
            s.right(s.width - mm(14), s.height - mm(12), f"{i}/{n}", f)
        if i > 1:
            s.page_of = (i, n)
    return sheets


def employer_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The employer's reply to the 协助执行通知书, under its blue letterhead, typed in 宋 and sealed: a document of its
    own behind the notice, on white paper."""
    emp: Party = c.extra["employer"]
    r = c.respondent
    s = Sheet()
    s.starts_document = True
    blue = (30, 70, 150)
    s.text(mm(24), mm(18), emp.name, font("sans_bold", 58), fill=blue)
    s.text(mm(24), mm(32), f"地址：{emp.address}　电话：{emp.phone}", font("sans", 28), fill=blue)
    s.line(mm(20), mm(40), s.width - mm(20), mm(40), width=4, fill=blue)
    s.centred(mm(52), "关于协助执行的回复函", font("song_gb", 60), spacing=4)
    f = font("song_gb", 40)
    y = mm(72)
    s.text(mm(26), y, f"{COURT}执行局：", f)
    y += 74
    wage: Decimal = c.extra["wage"]
    keep = Decimal(2200)
    text = (f"贵院{c.number.replace('号', '号之二')}协助执行通知书已于{num_date(c.day(7))}收悉。经核实，{r.name}"
            f"（公民身份号码{r.id_number}）系我公司货运驾驶员，{num_date(c.day(-900))}入职，现月均应发工资约{wage:,.0f}元。"
            f"我公司将按贵院要求，自次月工资发放日起，每月扣留其工资收入（保留其生活必需费用{keep:,.0f}元），连同应发绩效，"
            f"按月转入贵院执行款专户，直至扣足{c.amount:,.2f}元为止。如该职工离职或工资发生变动，我公司将及时书面告知贵院。")
    for k, part in enumerate(wrap(text, f, s.width - mm(52), indent=80)):
        s.text(mm(26) + (80 if k == 0 else 0), y, part, f)
        y += 72
    s.text(mm(26) + 80, y, "特此回复。", f)
    y += 72
    s.text(mm(26), y + 20, f"联系人：{person_name(rng)}（人力资源部）　电话：{emp.phone}", font("song_gb", 34))
    day: date = c.extra["reply_day"]
    when = num_date(day)
    s.right(s.width - mm(32), y + 200, when, f)
    seal(s, s.width - mm(32) - text_width(when, f) / 2, y + 190, emp.name, rng, radius=mm(20))
    return stock([s], "plain")

