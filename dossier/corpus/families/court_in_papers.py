"""What 黄岛法院执行局 receives, each in its maker's hand: this court's civil division's 民事判决书 and 生效证明书
(laser-printed Noto serif, "第n页 共m页"), 青岛中院's 二审 judgment (GB 宋, "— n —" folios), the 黄岛区劳动人事争议
仲裁委员会's 裁决书 (明体, a 〔〕 number), the port lawyers' applications (文楷, a ruled title) and red-letterhead
letters, the 执业证 booklet and ID or licence copies, a 非税收入 hand-written receipt and the window's two-part forms
filled through carbon, the clue list typed by the lawyer in 黑体 tables, the respondent's declaration on the bureau's
dot-printed form, and the bureau's 执行款 payment slip (复写联)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import USCC, CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_in_kit import (
    BALLPOINT,
    COURT,
    PAGE_W,
    SHORT,
    InSheet,
    carbon_hand,
    dot_face,
    impact,
    layer_like,
    pen,
    rule_grid,
    stock,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "payment_voucher",
})
ARB = "青岛市黄岛区劳动人事争议仲裁委员会"
MID = "山东省青岛市中级人民法院"


def uscc(rng: random.Random, region: str, prefix: str) -> str:
    """A unified social credit code (91 a company, 93 a farmers' cooperative) with its GB 32100 check character."""
    body = prefix + region + "".join(rng.choice(USCC) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + USCC[0 if check == 31 else check]


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_in import made_on

    d = made_on(c, code)
    tale = str(c.extra["tale"])
    if code == "enforcement_basis":
        if tale == "dock":
            return _award(c, rng)
        if tale == "gear":
            appeal = _appeal(c, rng)
            first = _first(c, rng)
            first[0].starts_document = True
            return appeal + first
        return _first(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _booklet(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _licence(p, c, rng) if p.kind == "organisation" else _id_card(p, c, rng)
    if code == "fee_receipt":
        return _fee(c, rng, d)
    if code == "payment_account_confirmation":
        return _account(c, rng, d)
    if code == "service_address_confirmation":
        return _address(c, rng, d)
    if code == "property_clue_form":
        return _clues(c, rng, d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "payment_voucher":
        return _payout(c, rng, d)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        head = "理事长" if "合作社" in p.name else "法定代表人"
        return f"{p.name}，住所地{p.address}。{head}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


class Laser:
    """A laser-printed paper of another body: flowing text over A4 pages, its own face, margins and folio."""

    def __init__(self, face: str, size: int, *, left: float = mm(28), right: float = mm(26), top: float = mm(32),
                 foot: float = mm(30), lead: float = 1.7, paper: tuple[int, int, int] = (255, 255, 255)) -> None:
        self.f = font(face, size)
        self.face = face
        self.left, self.right, self.top, self.foot = left, right, top, foot
        self.lead = size * lead
        self.paper = paper
        self.sheets: list[Sheet] = [Sheet(paper=paper)]
        self.y = top

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(paper=self.paper))
            self.y = self.top

    def para(self, text: str, *, indent: bool = True, hang: float = 0.0, f: Font | None = None) -> None:
        f = f or self.f
        width = self.s.width - self.left - self.right
        first = f.size * 2 if indent else 0.0
        for k, part in enumerate(wrap(text, f, width - hang, indent=first - hang if indent else 0.0)):
            self.need(self.lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += self.lead

    def folio(self, style: str) -> list[Sheet]:
        m = len(self.sheets)
        for n, s in enumerate(self.sheets, 1):
            fy = s.height - mm(18)
            if style == "nm":
                s.centred(fy, f"第{n}页 共{m}页", font(self.face, 30))
                s.page_of = (n, m)
            elif style == "dash" and m > 1:
                s.centred(fy, f"— {n} —", font(self.face, 32))
        return self.sheets


def _sign_block(p: Laser, rows: list[str], when: str, seal_name: str, rng: random.Random, clerk: str) -> None:
    p.need(p.lead * (len(rows) + 4))
    x = p.s.width - p.right - mm(82)
    p.y += p.lead * 0.6
    for row in rows:
        p.s.text(x, p.y, row, p.f)
        p.y += p.lead
    p.y += p.lead * 0.4
    p.s.text(x, p.y, when, p.f)
    seal(p.s, x + text_width(when, p.f) / 2, p.y + 10, seal_name, rng, radius=mm(21))
    p.y += p.lead * 1.3
    p.s.text(x, p.y, clerk, p.f)
    p.y += p.lead


def _first(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil division's first-instance judgment: Noto serif, "第n页 共m页"."""
    a, r = c.applicant, c.respondent
    gear = c.extra["tale"] == "gear"
    number = c.extra["first"] if gear else c.basis_number
    day = c.extra["first_day"] if gear else c.basis_effective - timedelta(days=rng.randint(18, 30))
    heard = day - timedelta(days=rng.randint(25, 45))
    p = Laser("serif", 40)
    p.s.centred(p.y, COURT, font("serif", 54), spacing=6)
    p.y += 90
    p.s.centred(p.y, "民事判决书", font("serif_bold", 78), spacing=26)
    p.y += 130
    p.s.right(p.s.width - p.right, p.y, number, p.f)
    p.y += 90
    hang = p.f.size * 2
    if gear:
        story = (f"2021年至2022年，原告陆续向被告供应定置网、流刺网网片、浮球、聚乙烯缆绳等渔具，双方约定每季度对账结算。"
                 f"2022年12月双方对账，被告确认尚欠货款{c.amount:,.2f}元，此后经原告多次催要未付。")
        cause = "买卖合同纠纷"
        order = f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"
        held = "原、被告之间的买卖合同关系合法有效。原告已按约供货，被告在对账单上签章确认欠款，应承担付款责任。"
    else:
        story = (f"2022年3月起，原告接受被告委托，为其代理的进出口集装箱提供前湾港区至各堆场、工厂之间的拖车运输服务，"
                 f"运费按月结算。至2022年11月，原告共完成拖运{c.extra['boxes']}个标准箱，经双方对账，被告尚欠运费"
                 f"{c.amount:,.2f}元未付。")
        cause = "公路货物运输合同纠纷"
        order = f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}运费{c.amount:,.2f}元。"
        held = "原、被告之间成立公路货物运输合同关系，原告已完成运输义务，被告应按约支付运费。被告称部分集装箱延误提箱，未提交证据，本院不予采信。"
    for kind, text in [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{cause}一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用简易程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：判令被告支付{'货款' if gear else '运费'}{c.amount:,.2f}元及逾期付款利息，诉讼费由被告"
              f"负担。事实和理由：{story}"),
        ("p", f"{r.name}辩称，对欠款数额有异议，且目前经营困难，请求驳回原告的诉讼请求。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第八百一十三条，《中华人民共和国"
              "民事诉讼法》第六十七条的规定，判决如下："),
        ("p", order),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 50}元，减半收取{(int(c.amount) // 100 + 50) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于山东省"
              "青岛市中级人民法院。"),
    ]:
        p.para(text, indent=kind == "p", hang=hang if kind == "h" else 0.0)
    _sign_block(p, [f"审 判 员　{person_name(rng)}"], cn_date(day), COURT, rng, f"书 记 员　{person_name(rng)}")
    return p.folio("nm")


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """青岛中院's appeal judgment: GB 宋 (○ for 〇), three judges, "— n —" folios."""
    a, r = c.applicant, c.respondent
    p = Laser("song_gb", 42, left=mm(30), right=mm(28), lead=1.75)
    p.s.centred(p.y, MID, font("song_gb", 58), spacing=4)
    p.y += 96
    p.s.centred(p.y, "民事判决书", font("song_gb", 84), spacing=30)
    p.y += 140
    p.s.right(p.s.width - p.right, p.y, c.basis_number, p.f)
    p.y += 96
    first = c.extra["first"]
    hang = p.f.size * 2
    for kind, text in [
        ("h", f"上诉人（原审被告）：{_who(r)}"), ("h", f"被上诉人（原审原告）：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服{COURT}{first}民事判决，向本院提起上诉。本院立案后，"
              "依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：部分网片、浮球存在质量问题，对账单系"
              "原会计所签，上诉人不予认可。"),
        ("p", f"{a.name}辩称，一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。"),
        ("p", "本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。"),
        ("p", "本院认为，对账单加盖上诉人印章，上诉人未提交证据证明货物存在质量问题，其上诉理由不能成立。一审判决认定事实清楚，"
              "适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(c.amount) // 100 + 50}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]:
        p.para(text, indent=kind == "p", hang=hang if kind == "h" else 0.0)
    day = c.basis_effective - timedelta(days=rng.randint(6, 12))
    _sign_block(p, [f"审 判 长　{person_name(rng)}", f"审 判 员　{person_name(rng)}", f"审 判 员　{person_name(rng)}"],
                cn_date(day).replace("〇", "○"), MID, rng, f"书 记 员　{person_name(rng)}")
    return p.folio("dash")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    months = int(c.extra["months"])
    wage = (c.amount * Decimal("0.7") / months).quantize(Decimal("1"))
    comp = c.amount - wage * months
    p = Laser("ming", 42, left=mm(30), right=mm(27), lead=1.8)
    p.s.centred(p.y, ARB, font("ming", 56), spacing=3)
    p.y += 96
    p.s.centred(p.y, "仲 裁 裁 决 书", font("hei", 74), spacing=6)
    p.y += 130
    p.s.right(p.s.width - p.right, p.y, c.basis_number, p.f)
    p.y += 96
    heard = c.basis_effective - timedelta(days=rng.randint(40, 55))
    hang = p.f.size * 3
    for kind, text in [
        ("h", f"申请人：{_who(a)}"), ("h", f"被申请人：{_who(r)}"),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{cn_date(heard - timedelta(days=35))}受理，依法组成仲裁庭，"
              f"于{cn_date(heard)}开庭审理。本案现已审理终结。"),
        ("p", f"申请人称：其自2020年4月起在被申请人承包的前湾港区散货码头从事装卸作业，月工资约{wage}元。被申请人自"
              f"2022年起拖欠工资{months}个月，2023年5月被申请人以码头作业量减少为由将其辞退，未支付经济补偿。"),
        ("p", "被申请人辩称：申请人系劳务派遣人员，工资已部分支付。被申请人未提交支付凭证。"),
        ("p", "经审理查明：申请人提交的考勤记录、班组长证言及工友微信聊天记录相互印证，能够证明双方存在劳动关系及欠薪事实。"),
        ("p", "本委认为，用人单位应当及时足额支付劳动报酬。依照《中华人民共和国劳动合同法》第三十条、第四十六条、第四十七条"
              "的规定，裁决如下："),
        ("p", f"一、被申请人于本裁决生效之日起十日内支付申请人{a.name}拖欠工资{wage * months:,.2f}元；"),
        ("p", f"二、被申请人于本裁决生效之日起十日内支付申请人经济补偿{comp:,.2f}元。"),
        ("p", f"以上合计{c.amount:,.2f}元。"),
        ("p", "当事人不服本裁决的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；期满不起诉的，本裁决书发生法律效力。"
              "一方当事人逾期不履行的，另一方当事人可以向有管辖权的人民法院申请强制执行。"),
    ]:
        p.para(text, indent=kind == "p", hang=hang if kind == "h" else 0.0)
    _sign_block(p, [f"首席仲裁员　{person_name(rng)}", f"仲　裁　员　{person_name(rng)}", f"仲　裁　员　{person_name(rng)}"],
                cn_date(c.basis_effective - timedelta(days=20)), ARB, rng, f"书　记　员　{person_name(rng)}")
    return p.folio("dash")


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A half-page certificate: the civil division's (serif) or the arbitration committee's (明体)."""
    dock = c.extra["tale"] == "dock"
    p = Laser("ming" if dock else "serif", 42)
    issuer = ARB if dock else COURT
    p.s.centred(p.y, issuer, font(p.face, 52), spacing=3)
    p.y += 90
    p.s.centred(p.y, "生效证明书" if not dock else "仲裁裁决书生效证明", font("hei" if dock else "serif_bold", 70), spacing=14)
    p.y += 130
    number = (f"青黄劳人仲证字〔{c.filed_on.year}〕第{rng.randint(20, 300)}号" if dock
              else c.basis_number.replace("号", "号之一"))
    p.s.right(p.s.width - p.right, p.y, number, p.f)
    p.y += 96
    if dock:
        p.para(f"{c.court.name}：", indent=False)
        p.para(f"申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委{c.basis_number}仲裁裁决书已依法送达"
               "双方当事人。双方当事人在法定期限内均未向人民法院提起诉讼，该裁决书已于"
               f"{cn_date(c.basis_effective)}发生法律效力。")
    else:
        p.para(f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}公路货物运输合同纠纷一案的民事判决书，"
               f"已于{cn_date(c.basis_effective)}发生法律效力。")
    p.para("特此证明。")
    p.y += p.lead
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(4, 10)))
    x = p.s.width - p.right - text_width(when, p.f) - mm(10)
    p.s.text(x, p.y, when, p.f)
    seal(p.s, x + text_width(when, p.f) / 2, p.y + 10, issuer, rng, radius=mm(21))
    if not dock:
        p.s.text(p.left, p.y + mm(30), "（民事审判第一庭　经办人：" + person_name(rng) + "）", font("serif", 32))
    return p.sheets


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's application in 文楷, the title between two rules, the requests numbered (1) (2)."""
    a, r = c.applicant, c.respondent
    p = Laser("wenkai", 44, left=mm(26), right=mm(24), lead=1.75)
    w = p.s.width
    p.s.line(p.left, p.y - 10, w - p.right, p.y - 10, width=2)
    p.s.centred(p.y + 6, "强制执行申请书", font("wenkai_bold", 72), spacing=18)
    p.s.line(p.left, p.y + 104, w - p.right, p.y + 104, width=2)
    p.y += 150
    hang = p.f.size * 3
    who_a = _who(a) + (f"联系电话：{a.phone}。" if a.kind == "person" else "")
    rows = [("h", f"申请执行人：{who_a}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
            ("h", f"被执行人：{_who(r)}"), ("t", "执行请求："),
            ("p", f"（1）依法强制执行{_basis(c)}，责令被执行人支付{money(c.amount)}；"),
            ("p", "（2）责令被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "（3）对被执行人采取限制消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；"),
            ("p", "（4）本案执行费用由被执行人负担。"), ("t", "事实与理由："),
            ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{_basis(c)}已经发生法律效力，被执行人至今未履行。为维护申请执行人"
                  "的合法权益，依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
            ("p", f"被执行人的财产线索：{_clue_text(c)}"), ("t", "此致"), ("t", COURT)]
    for kind, text in rows:
        if kind == "t":
            p.need(p.lead)
            p.s.text(p.left, p.y, text, p.f)
            p.y += p.lead
        else:
            p.para(text, indent=kind == "p", hang=hang if kind == "h" else 0.0)
    p.need(p.lead * 4)
    s = p.s
    y = p.y + 40
    s.text(s.width - mm(108), y, "申请执行人：", p.f)
    if a.kind == "organisation":
        seal(s, s.width - mm(48), y + 20, a.name, rng, radius=mm(19))
    else:
        hand(s, s.width - mm(62), y - 8, a.name, rng, size=58, ink=INK)
        s.draw.ellipse((s.width - mm(30), y + 10, s.width - mm(30) + 32, y + 52), fill=(196, 40, 40))
    s.text(s.width - mm(100), y + 110, num_date(d), p.f)
    return p.sheets


def _basis(c: CaseCtx) -> str:
    t = c.extra["tale"]
    if t == "dock":
        return f"{ARB}{c.basis_number}仲裁裁决书"
    if t == "gear":
        return f"{MID}{c.basis_number}民事判决书（维持{COURT}{c.extra['first']}民事判决）"
    return f"{COURT}{c.basis_number}民事判决书"


def _clue_text(c: CaseCtx) -> str:
    t = c.extra["tale"]
    if t == "haul":
        return f"被执行人在{c.extra['r_bank']}开立基本账户，账号{c.extra['r_acct']}，日常收取船公司代理费。"
    if t == "dock":
        return "被执行人承包前湾港区散货码头装卸业务，对港口公司享有装卸费债权；其办公场所有装载机两台。"
    return "被执行人原有钢质渔船两艘，停泊于积米崖渔港；合作社在村内租有网具仓库。"


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The firm's printed 授权委托书 form in 黑体, the blanks filled by typing, the principal's seal or thumbprint."""
    a = c.applicant
    p = Laser("sans", 40, left=mm(25), right=mm(25), lead=1.9)
    p.s.centred(p.y, "授 权 委 托 书", font("sans_bold", 72), spacing=10)
    p.y += 150
    for text in [f"委托人：{_who(a)}", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，"
                 f"地址{c.extra['firm_addr']}，电话{c.agent_phone}。",
                 f"委托人因与{c.respondent.name}{c.extra['cause']}申请执行一案，委托上列受托人为执行代理人。",
                 "代理权限：特别授权，包括申请执行、提供财产线索、申请采取强制措施、参与执行和解、代为签收法律文书、"
                 "代为领取执行款、申请终结本次执行程序。",
                 "委托期限：自本委托书签署之日起至本案执行完毕之日止。"]:
        p.para(text, indent=False, hang=0.0)
    y = p.y + 80
    s = p.s
    s.text(p.left, y, "委托人（签章）：", p.f)
    s.text(s.width - mm(105), y, "受托人（签名）：", p.f)
    if a.kind == "organisation":
        seal(s, p.left + mm(75), y + 40, a.name, rng, radius=mm(19))
        hand(s, p.left + mm(30), y + 80, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(s, p.left + mm(55), y - 6, a.name, rng, size=58, ink=INK)
        s.draw.ellipse((p.left + mm(90), y + 4, p.left + mm(90) + 34, y + 48), fill=(196, 40, 40))
    hand(s, s.width - mm(55), y - 6, c.agent, rng, size=56, ink=INK)
    s.text(s.width - mm(95), y + 200, num_date(d), p.f)
    return p.sheets


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    red = (200, 30, 40)
    p = Laser("song_gb", 42, left=mm(28), right=mm(26))
    s = p.s
    s.centred(p.y - 10, c.firm, font("serif_bold", 74), fill=red, spacing=6)
    s.line(p.left, p.y + 100, s.width - p.right, p.y + 100, width=7, fill=red)
    p.y += 130
    s.right(s.width - p.right, p.y, f"鲁港律函〔{c.filed_on.year}〕第{rng.randint(10, 260)}号", p.f)
    p.y += 100
    s.centred(p.y, "律师事务所函", font("serif_bold", 62), spacing=12)
    p.y += 120
    p.para(f"{COURT}：", indent=False)
    p.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}申请执行一案的"
           "代理人。")
    p.para("特此函告。")
    p.para(f"附：授权委托书一份；律师执业证复印件一份。承办律师联系电话：{c.agent_phone}。")
    p.y += p.lead * 2
    s.right(s.width - p.right - mm(6), p.y, c.firm, p.f)
    s.right(s.width - p.right - mm(6), p.y + p.lead, cn_date(d).replace("〇", "○"), p.f)
    seal(s, s.width - p.right - mm(40), p.y + 30, c.firm, rng, radius=mm(20))
    s.text(p.left, s.height - mm(40), f"地址：{c.extra['firm_addr']}", font("song_gb", 30), fill=red)
    return p.sheets


def _booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    grey = (75, 75, 75)
    x0, y0, lw, lh = mm(20), mm(50), mm(82), mm(112)
    for k in range(2):
        x = x0 + k * (lw + mm(4))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=(222, 222, 218), outline=grey, width=3)
    f = font("sans", 32)
    s.draw.rectangle((x0 + mm(22), y0 + mm(14), x0 + mm(60), y0 + mm(62)), fill=(140, 140, 140))
    s.centred(y0 + mm(72), f"持证人：{c.agent}", f, x0=x0, x1=x0 + lw)
    seal(s, x0 + mm(58), y0 + mm(56), "山东省司法厅", rng, radius=mm(13))
    xr = x0 + lw + mm(4)
    s.centred(y0 + mm(8), "律师执业证", font("sans_bold", 46), x0=xr, x1=xr + lw)
    ty = y0 + mm(24)
    for label, v in [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                 ("发证机关", "山东省司法厅"), ("发证日期", f"{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]:
        s.text(xr + mm(6), ty, f"{label}：", f)
        s.text(xr + mm(32), ty, v[:11], f)
        if len(v) > 11:
            ty += mm(7)
            s.text(xr + mm(32), ty, v[11:], f)
        ty += mm(12)
    s.centred(y0 + lh + mm(14), "律师执业证（复印件）", font("sans", 36))
    hand(s, x0 + mm(24), y0 + lh + mm(30), "与原件核对一致", rng, size=54, ink=INK)
    hand(s, x0 + mm(110), y0 + lh + mm(32), c.agent, rng, size=52, ink=INK)
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The two faces of the ID card copied one above the other, slightly apart, the holder's note below."""
    s = Sheet()
    w, h = mm(94), mm(60)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    ys = [mm(42), mm(42) + h + mm(22)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(206, 206, 204), outline=(110, 110, 110), width=2)
    y = ys[0]
    lab, val = font("hei", 26), font("hei", 32)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(6)
    for label, value in [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}　{born.month}　{born.day}")]:
        s.text(x + mm(5), ty, label, lab, fill=(80, 80, 80))
        s.text(x + mm(17), ty - 2, value, val)
        ty += mm(8)
    s.text(x + mm(5), ty, "住址", lab, fill=(80, 80, 80))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(17), ty - 2, p.address[k:k + 12], val)
        ty += mm(5.6)
    s.text(x + mm(5), y + h - mm(9), "公民身份号码", lab, fill=(80, 80, 80))
    s.text(x + mm(28), y + h - mm(10), p.id_number, font("mono", 36))
    s.draw.rectangle((x + w - mm(28), y + mm(8), x + w - mm(5), y + mm(40)), fill=(130, 130, 130))
    y = ys[1]
    s.text(x + mm(32), y + mm(8), "中华人民共和国", font("hei", 40))
    s.text(x + mm(24), y + mm(20), "居民身份证", font("hei", 58), spacing=14)
    s.text(x + mm(10), y + h - mm(17), f"签发机关　青岛市公安局{rng.choice(['黄岛分局', '西海岸新区分局'])}", lab)
    start = rng.randint(2014, 2021)
    s.text(x + mm(10), y + h - mm(10), f"有效期限　{start}.07.1{rng.randint(0, 9)}-{start + 20}.07.1{rng.randint(0, 9)}", lab)
    hand(s, mm(34), ys[1] + h + mm(20), "本复印件仅用于黄岛法院申请执行", rng, size=50, ink=BALLPOINT)
    hand(s, mm(130), ys[1] + h + mm(38), p.name, rng, size=58, ink=BALLPOINT)
    return [s]


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照 (副本) copy — for a cooperative the 农民专业合作社法人营业执照 — with the legal representative's certificate."""
    s = Sheet()
    coop = "合作社" in p.name
    frame = (140, 100, 60)
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(168)
    s.box(x0, y0, x1, y1, width=9, outline=frame)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=frame)
    s.centred(y0 + mm(10), "营业执照", font("serif_bold", 90), spacing=46)
    s.centred(y0 + mm(30), "（农民专业合作社法人）（副本）" if coop else "（副　本）", font("serif", 34))
    f = font("serif", 34)
    s.text(x0 + mm(8), y0 + mm(42), f"统一社会信用代码　{p.id_number}", f)
    rows = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
            ("理 事 长" if coop else "法定代表人", p.legal_rep),
            ("业务范围" if coop else "经营范围",
             "组织成员捕捞、养殖水产品；收购、销售成员产品" if coop else
             "道路货物运输；集装箱运输；货物仓储" if "运输" in p.name else
             "国际船舶代理；货物运输代理；报关服务" if "船舶代理" in p.name else
             "港口货物装卸搬运；劳务服务" if "装卸" in p.name else "渔具、网具、绳索制造、销售"),
            ("成员出资总额" if coop else "注册资本", f"{rng.choice([50, 100, 200, 500, 1000])}万元"),
            ("成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(54)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        for k in range(0, len(value), 24):
            s.text(x0 + mm(50), ty, value[k:k + 24], f)
            ty += mm(6)
        ty += mm(4)
    s.text(x1 - mm(80), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(48), y1 - mm(28), "青岛市黄岛区市场监督管理局", rng, radius=mm(18))
    s.text(x1 - mm(88), y1 - mm(15), f"{c.filed_on.year - 2}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    y = y1 + mm(18)
    title = "理事长身份证明书" if coop else "法定代表人身份证明书"
    s.centred(y, title, font("hei", 54), spacing=4)
    body = font("serif", 40)
    text = f"{p.legal_rep}在我{'社' if coop else '公司'}任{'理事长' if coop else '法定代表人'}职务，特此证明。"
    s.text(mm(30), y + mm(20), text, body)
    s.right(s.width - mm(30), y + mm(40), num_date(c.filed_on - timedelta(days=rng.randint(3, 12))), body)
    seal(s, s.width - mm(58), y + mm(36), p.name, rng, radius=mm(18))
    hand(s, mm(30), s.height - mm(36), "复印件与原件一致", rng, size=50, ink=INK)
    return [s]


def _fee(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """山东省非税收入通用票据 (hand-written booklet), 第二联 kept for the file: brown-red print, the cashier's writing
    reached it through the carbon."""
    s = InSheet(size=(mm(200), mm(120)), paper=(248, 243, 236))
    brown = (160, 60, 50)
    s.centred(mm(8), "山东省非税收入通用票据", font("song_gb", 52), spacing=6, fill=brown)
    s.text(mm(10), mm(20), f"票据代码：37010{rng.randint(100, 999)}", font("song_gb", 28), fill=brown)
    s.right(s.width - mm(10), mm(19), f"No {rng.randint(10**7, 10**8 - 1):08d}", font("mono", 40), fill=(170, 40, 40))
    s.text(mm(10), mm(27), "执收单位（盖章）：" + COURT, font("song_gb", 28), fill=brown)
    s.right(s.width - mm(10), mm(27), "第二联　执收单位记账联", font("song_gb", 28), fill=brown)
    labels = [["交款人", "", "开票日期", ""], ["项目名称", "", "金额（元）", ""], ["案　号", ""], ["金额合计（大写）", ""]]
    grid = rule_grid(s, mm(10), mm(35), [mm(34), mm(70), mm(30), mm(46)], labels, font("song_gb", 28), heights=mm(13), ink=brown,
                     centre=(0, 2))
    s.text(mm(10), mm(92), "收款人：　　　　　　复核：", font("song_gb", 28), fill=brown)
    fee: Decimal = c.extra["fee"]
    w = layer_like(s)
    pen(w, grid[0][1][0] + mm(3), grid[0][1][1] + mm(2), c.applicant.name[:12], rng, size=36, ink=INK)
    pen(w, grid[0][3][0] + mm(2), grid[0][3][1] + mm(2), f"{d:%Y.%m.%d}", rng, size=36, ink=INK)
    pen(w, grid[1][1][0] + mm(3), grid[1][1][1] + mm(2), "申请执行费", rng, size=38, ink=INK)
    pen(w, grid[1][3][0] + mm(2), grid[1][3][1] + mm(2), f"{fee:,.2f}", rng, size=38, ink=INK)
    pen(w, grid[2][1][0] + mm(3), grid[2][1][1] + mm(2), c.number, rng, size=36, ink=INK)
    pen(w, grid[3][1][0] + mm(3), grid[3][1][1] + mm(2), money_caps(fee), rng, size=36, ink=INK)
    pen(w, mm(30), mm(89), person_name(rng), rng, size=38, ink=INK)
    carbon_hand(s, w, rng)
    seal(s, s.width - mm(40), mm(100), COURT, rng, radius=mm(16), inner="财务专用章")
    return [s]


def _window_form(s: InSheet, title: str, rows: list[tuple[str, str]], note: str, rng: random.Random, *,
                 signer: str, day: date, carbon: bool) -> None:
    """The window's pre-printed form (GB 宋, ruled), filled by the party: in ballpoint, or on the top ply so that this
    copy carries it in carbon."""
    s.centred(mm(20), SHORT, font("song_gb", 42), spacing=4)
    s.centred(mm(31), title, font("song_gb", 64), spacing=8)
    if carbon:
        s.right(s.width - mm(20), mm(44), "（第二联　附卷）", font("song_gb", 30))
    x0 = mm(20)
    w = s.width - 2 * x0
    grid = rule_grid(s, x0, mm(52), [mm(42), w - mm(42)], [[lab, ""] for lab, _ in rows], font("song_gb", 36),
                     heights=[mm(24) if len(v) > 24 else mm(16) for _, v in rows])
    y = grid[-1][0][3] + mm(5)
    for part in wrap(note, font("song_gb", 30), w):
        s.text(x0, y, part, font("song_gb", 30))
        y += 48
    target = layer_like(s) if carbon else s
    ink = INK if carbon else BALLPOINT
    for (_label, value), row in zip(rows, grid, strict=True):
        if value:
            pen(target, row[1][0] + mm(4), row[1][1] + mm(3), value, rng, size=40, ink=ink, per_line=24, lead=mm(8))
    s.text(s.width - mm(118), y + mm(12), "签名（盖章）：", font("song_gb", 36))
    pen(target, s.width - mm(62), y + mm(10), signer, rng, size=54, ink=ink)
    pen(target, s.width - mm(90), y + mm(30), num_date(day), rng, size=42, ink=ink)
    if carbon:
        carbon_hand(s, target, rng)


def _account(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = stock(rng, "a4")
    _window_form(s, "执行案款收款账户确认书", [("案　　号", c.number), ("申请执行人", a.name), ("开户名称", a.name),
                                             ("开户银行", c.extra["in_bank"]), ("账　　号", c.extra["in_acct"]),
                                             ("联系电话", a.phone)],
                 "本人（单位）确认以上账户为接收本案执行款的账户。因账户信息错误导致执行款发放错误或迟延的，由本人（单位）承担。",
                 rng, signer=a.legal_rep or a.name, day=d, carbon=True)
    return [s]


def _address(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = stock(rng, "a4")
    _window_form(s, "送达地址确认书", [("案　　号", c.number), ("受送达人", a.name), ("代收人", f"{c.agent}（委托代理人）"),
                                     ("送达地址", c.extra["firm_addr"]), ("手机号码", c.agent_phone),
                                     ("电子送达", "同意，以短信方式送达至上述手机号码")],
                 "告知：受送达人应如实提供送达地址；地址变更的应及时书面告知本院。因提供的地址不准确或变更未及时告知，导致"
                 "法律文书未能被实际接收的，文书退回之日视为送达之日。",
                 rng, signer=c.agent, day=d, carbon=False)
    return [s]


def _clues(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's own typed list of clues: 黑体 heading, a sans table, the firm's seal."""
    r = c.respondent
    s = Sheet()
    s.text(mm(24), mm(26), "被执行人财产线索清单", font("sans_bold", 60))
    s.line(mm(24), mm(38), s.width - mm(24), mm(38), width=4)
    f = font("sans", 32)
    s.text(mm(24), mm(44), f"案号：{c.number}　　被执行人：{r.name}", f)
    t = str(c.extra["tale"])
    if t == "haul":
        clue = [("银行账户", f"{c.extra['r_bank']}　{c.extra['r_acct']}", "基本户，收取代理费"),
                ("应收款", "各船公司代理费", "船期表可查"), ("车辆", "无", "—")]
    elif t == "dock":
        clue = [("应收款", "对港口公司的装卸费", "承包合同"), ("设备", "装载机两台（前湾港区）", "现场可见"),
                ("银行账户", "不详", "请法院网络查询")]
    else:
        clue = [("船舶", "钢质渔船两艘（鲁黄渔号）", "积米崖渔港"), ("仓库", "村内网具仓库（租赁）", "村委会"),
                ("银行账户", "不详", "请法院网络查询")]
    rows = [["序号", "财产类型", "财产情况", "线索来源/备注"]] + [[str(i), k, v, n] for i, (k, v, n) in enumerate(clue, 1)]
    w = s.width - mm(48)
    rule_grid(s, mm(24), mm(56), [mm(16), mm(30), mm(80), w - mm(126)], rows, f, heights=mm(18), centre=(0, 1))
    y = mm(56) + mm(18) * len(rows) + mm(14)
    s.text(mm(24), y, "以上线索由申请执行人提供，申请执行人保证其真实性。", f)
    s.text(s.width - mm(100), y + mm(22), f"提供人：{c.firm}", f)
    s.text(s.width - mm(100), y + mm(32), num_date(d), f)
    seal(s, s.width - mm(50), y + mm(24), c.firm, rng, radius=mm(18))
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 财产申报表 the bureau sends with its order, printed by the impact printer, filled in ballpoint by the respondent."""
    r = c.respondent
    s = stock(rng, "cont")
    lay = layer_like(s)
    x0, x1 = s.ox + mm(22), s.ox + PAGE_W - mm(18)
    lay.centred(mm(20), COURT, dot_face(44), spacing=8, x0=s.ox, x1=s.ox + PAGE_W)
    lay.centred(mm(32), "被执行人财产申报表", dot_face(62), spacing=10, x0=s.ox, x1=s.ox + PAGE_W)
    lay.text(x0, mm(46), f"案号：{c.number}", dot_face(34))
    labels = ["申报人", "统一社会信用代码", "银行存款", "不动产", "车辆、船舶", "对外债权", "股权、证券", "其他财产", "收入情况"]
    grid = rule_grid(lay, x0, mm(54), [mm(50), x1 - x0 - mm(50)], [[lab, ""] for lab in labels], dot_face(34),
                     heights=mm(17))
    lay.text(x0, grid[-1][0][3] + mm(5), "申报人保证以上内容真实、完整。如有隐瞒或虚假申报，愿承担法律责任。", dot_face(30))
    impact(s, lay, rng)
    t = str(c.extra["tale"])
    values = [r.name, r.id_number,
              {"haul": f"{c.extra.get('r_bank', '')}基本户，余额以银行为准", "dock": "农商行账户一个，余额约几千元",
               "gear": "无"}[t], "无", {"haul": "无", "dock": "装载机两台（旧）", "gear": "渔船两艘已于2022年转卖"}[t],
              {"haul": "船公司代理费若干", "dock": "港口公司欠装卸费，正在对账", "gear": "无"}[t], "无", "无",
              {"haul": "代理费收入", "dock": "装卸费收入", "gear": "已停止经营，无收入"}[t]]
    for v, row in zip(values, grid, strict=True):
        pen(s, row[1][0] + mm(4), row[1][1] + mm(3), v, rng, size=40, per_line=24)
    y = grid[-1][0][3] + mm(16)
    s.text(x1 - mm(110), y, "申报人（签章）：", font("song_gb", 34))
    pen(s, x1 - mm(48), y - 6, r.legal_rep, rng, size=54)
    if t != "gear":
        seal(s, x1 - mm(40), y + mm(6), r.name, rng, radius=mm(18))
    pen(s, x1 - mm(80), y + mm(16), num_date(d), rng, size=42)
    return [s]


def _payout(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行款发放凭证, the finance office's three-part slip; the file keeps the third ply, everything on it in carbon."""
    s = stock(rng, "cont", rng.choice(["off", "torn"]))
    blue = (40, 60, 120)
    cx0, cx1 = s.ox, s.ox + PAGE_W
    s.centred(mm(16), f"{SHORT}执行款发放凭证", font("song_gb", 56), spacing=4, fill=blue, x0=cx0, x1=cx1)
    s.centred(mm(28), "（第三联　承办人附卷）", font("song_gb", 32), fill=blue, x0=cx0, x1=cx1)
    x0 = s.ox + mm(16)
    w = PAGE_W - mm(32)
    labels = [["案　号", "", "发放日期", ""], ["领款人", "", "证件号码", ""], ["开户银行", "", "账　号", ""],
              ["发放金额（小写）", ""], ["发放金额（大写）", ""], ["款项来源", ""], ["领款人签名", "", "承办人", ""]]
    grid = rule_grid(s, x0, mm(38), [mm(36), mm(62), mm(26), w - mm(124)], labels, font("song_gb", 30), heights=mm(15), ink=blue,
                     centre=(0, 2))
    s.text(x0, grid[-1][0][3] + mm(4), "财务负责人：　　　　　　　　复核：　　　　　　　　经办：", font("song_gb", 30), fill=blue)
    fill = layer_like(s)
    f = dot_face(32)
    a = c.applicant
    src = (f"划拨被执行人{c.respondent.name}存款" if c.extra["tale"] == "haul"
           else f"被执行人{c.respondent.name}交纳执行款")
    values = {(0, 1): c.number, (0, 3): f"{d:%Y-%m-%d}", (1, 1): a.name, (1, 3): a.id_number,
              (2, 1): c.extra["in_bank"], (2, 3): c.extra["in_acct"], (3, 1): f"¥{c.amount:,.2f}",
              (4, 1): money_caps(c.amount), (5, 1): src}
    for (i, j), v in values.items():
        b = grid[i][j]
        fill.text(b[0] + mm(3), b[1] + mm(4), v[:26], f)
    impact(s, fill, rng, through_carbon=True)
    w2 = layer_like(s)
    pen(w2, grid[6][1][0] + mm(4), grid[6][1][1] + mm(2), c.agent if a.kind == "organisation" else a.name, rng,
        size=50, ink=INK)
    pen(w2, grid[6][3][0] + mm(4), grid[6][3][1] + mm(2), c.officer, rng, size=46, ink=INK)
    carbon_hand(s, w2, rng)
    seal(s, cx1 - mm(50), grid[-1][0][3] + mm(18), COURT, rng, radius=mm(17), inner="财务专用章")
    return [s]
