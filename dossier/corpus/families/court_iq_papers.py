"""What 红旗区法院执行局 receives, each in its maker's hand: the court's civil divisions' 民事判决书 and 民事调解书 (AR PL
明体, centred "- n -" folios, a 校对 stamp), their 生效证明书; the law firms' typed applications (楷体 body, 黑体 title,
a ruled line under it), a 授权委托书 printed with blanks and tick boxes, the 律师事务所函 torn from its stub book (half
the 骑缝 number on the left edge), the 律师执业证 pages photocopied one above the other; ID cards copied front above
back, a 营业执照 copy with its QR code; the filing window's forms filled in blue ballpoint; the 河南省非税收入一般缴款书
printed in dark red; the 网络执行查控 system's printout; a bank's 电子回单 over the bureau's 案款发放凭证."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_iq_kit import (
    BALL,
    COURT,
    L,
    R,
    form_title,
    qr,
    right_cells,
    ruled,
    song,
    write,
    write_lines,
)
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
DARK_RED = (150, 40, 40)
ABC = "中国农业银行股份有限公司新乡红旗支行"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_iq import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _mediation(c, rng) if c.extra["tale"] == "loan" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _licence_copy(p, c, rng) if p.kind == "organisation" else _id_copy(p, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng)
    return _window_form(code, c, rng, d)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        head = "负责人" if p.name.endswith("分行") else "法定代表人"
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{head}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


class _Civil:
    """The civil division's press: 明体 body justified, no running head, "- n -" centred at the foot."""

    def __init__(self, title: str, number: str) -> None:
        self.sheets = [Sheet()]
        s = self.s
        s.centred(mm(28), COURT, font("serif_bold", mm(7.6)), spacing=mm(0.5))
        s.centred(mm(42), title, font("serif_bold", mm(11.5)), spacing=mm(5))
        s.right(s.width - mm(27), mm(62), number, font("ming", mm(5.2)))
        self.y = float(mm(76))
        self.f = font("ming", mm(5.4))
        self.lead = self.f.size * 1.75

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - mm(32):
            self.sheets.append(Sheet())
            self.y = float(mm(28))

    def para(self, text: str, *, hang: bool = False) -> None:
        f = self.f
        x0, width = mm(30), self.s.width - mm(57)
        first = 0.0 if hang else 2 * f.size
        parts = wrap(text, f, width - (2 * f.size if hang else 0), indent=first)
        for k, part in enumerate(parts):
            self.need(self.lead)
            x = x0 + (first if k == 0 else (2 * f.size if hang else 0))
            room = x0 + width - x
            if k < len(parts) - 1 and len(part) > 1:
                gap = max(0.0, min((room - text_width(part, f)) / (len(part) - 1), f.size * 0.5))
                self.s.text(x, self.y, part, f, spacing=gap)
            else:
                self.s.text(x, self.y, part, f)
            self.y += self.lead

    def sign(self, rng: random.Random, signers: list[tuple[str, str]], when: date, clerk: str) -> list[Sheet]:
        self.need(self.lead * (len(signers) + 4))
        s, y = self.s, self.y + mm(10)
        x = s.width - mm(98)
        for role, name in signers:
            s.text(x, y, role, self.f, spacing=mm(1.6) if len(role) == 3 else 0)
            s.text(x + mm(38), y, name, self.f)
            y += self.lead
        text = cn_date(when)
        s.text(x + mm(4), y + mm(4), text, self.f)
        seal(s, x + mm(4) + text_width(text, self.f) / 2, y + mm(6), COURT, rng, radius=mm(21))
        s.text(x, y + self.lead + mm(8), "书记员", self.f, spacing=mm(1.6))
        s.text(x + mm(38), y + self.lead + mm(8), clerk, self.f)
        stamp(s, mm(30), y + self.lead + mm(22), [f"校对：{person_name(rng)}"], rng, size_mm=3.8, oval=True, face="ming")
        m = len(self.sheets)
        if m > 1:
            for n, sh in enumerate(self.sheets, 1):
                sh.centred(sh.height - mm(20), f"- {n} -", font("ming", mm(4.2)))
        return self.sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    filed = c.basis_effective - timedelta(days=rng.randint(90, 130))
    heard = filed + timedelta(days=rng.randint(35, 55))
    doc = _Civil("民事判决书", c.basis_number)
    if c.extra["tale"] == "card":
        p, i, pen = c.extra["principal"], c.extra["interest"], c.extra["penalty"]
        claim = (f"1.判令被告偿还信用卡透支本金{p:,.2f}元、利息{i:,.2f}元、违约金{pen:,.2f}元，合计{c.amount:,.2f}元；"
                 "2.本案诉讼费用由被告负担。")
        facts = (f"被告于2019年向原告申领信用卡一张（卡号{c.extra['card']}），签订了《信用卡领用合约》，约定了透支还款、"
                 "利息及违约金的计算方式。被告领卡后持卡消费、取现，自2022年5月起未按期足额还款，经原告多次催收，至今未还。"
                 f"截至2023年6月，被告尚欠透支本金{p:,.2f}元、利息{i:,.2f}元、违约金{pen:,.2f}元。")
        held = ("原、被告签订的《信用卡领用合约》系双方真实意思表示，合法有效。被告透支消费后未按约定还款，构成违约，"
                "应当承担偿还透支本金、利息及违约金的责任。原告主张的利息、违约金未超过法定标准，本院予以支持。")
        law = "《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百七十五条，《中华人民共和国民事诉讼法》第一百四十七条"
        order = f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}信用卡透支本金、利息及违约金共计{c.amount:,.2f}元。"
        defend = f"被告{r.name}经本院传票传唤，无正当理由拒不到庭参加诉讼，亦未提交答辩意见，本院依法缺席审理。"
        present = f"原告{a.name}的委托诉讼代理人{c.agent}到庭参加诉讼，被告{r.name}经传票传唤无正当理由未到庭"
    else:
        area, months, price = c.extra["area"], c.extra["months"], c.extra["price"]
        claim = (f"1.判令被告支付{months}个月物业服务费{c.extra['fee_owed']:,.2f}元及违约金{c.extra['penalty']:,.2f}元；"
                 "2.本案诉讼费用由被告负担。")
        facts = (f"原告系{c.extra['estate']}小区的物业服务企业，与业主委员会签订《物业服务合同》，约定住宅物业费按建筑面积每月每平方米"
                 f"{price}元收取。被告系该小区{c.extra['flat']}房屋的业主，建筑面积{area}平方米。原告依约提供了物业服务，"
                 f"被告自2020年起未交纳物业费，共计{months}个月，经原告多次书面催交，被告仍未交纳。")
        held = ("原告与业主委员会签订的物业服务合同对全体业主具有约束力。原告已按约提供物业服务，被告以小区停车管理不善为由"
                "拒交物业费，理由不能成立。违约金过高部分，本院依法予以调整。")
        law = "《中华人民共和国民法典》第九百三十七条、第九百三十九条、第九百四十四条"
        order = (f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}物业服务费{c.extra['fee_owed']:,.2f}元及违约金"
                 f"{c.extra['penalty']:,.2f}元，共计{c.amount:,.2f}元。")
        defend = f"被告{r.name}辩称，小区地下车库长期积水、门禁损坏，物业服务不到位，故拒交物业费。"
        present = f"原告{a.name}的委托诉讼代理人{c.agent}、被告{r.name}到庭参加诉讼"
    fee = int(c.amount) // 100 + 25
    for text, hang in [
        (f"原告：{_who(a)}", True),
        (f"委托诉讼代理人：{c.agent}，{c.firm}律师。", True),
        (f"被告：{_who(r)}", True),
        (f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(filed)}立案后，依法适用简易程序，于{cn_date(heard)}"
         f"公开开庭进行了审理。{present}。本案现已审理终结。", False),
        (f"{a.name}向本院提出诉讼请求：{claim}事实和理由：{facts}", False),
        (defend, False),
        (f"本院经审理认定事实如下：{facts}", False),
        (f"本院认为，{held}依照{law}之规定，判决如下：", False),
        (order, False),
        ("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行"
         "期间的债务利息。", False),
        (f"案件受理费{fee}元，减半收取{fee // 2}元，由被告{r.name}负担。", False),
        ("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于河南省新乡市"
         "中级人民法院。", False),
    ]:
        doc.para(text, hang=hang)
    when = c.basis_effective - timedelta(days=rng.randint(17, 28))
    return doc.sign(rng, [("审判员", c.extra["civil_judge"])], when, person_name(rng))


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    filed = c.basis_effective - timedelta(days=rng.randint(40, 70))
    first = c.extra["first"]
    doc = _Civil("民事调解书", c.basis_number)
    for text, hang in [
        (f"原告：{_who(a)}", True),
        (f"委托诉讼代理人：{c.agent}，{c.firm}律师。", True),
        (f"被告：{_who(r)}", True),
        (f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于{cn_date(filed)}立案后，依法适用简易程序进行了审理。", False),
        (f"原告{a.name}向本院提出诉讼请求：判令被告偿还借款本金{c.amount:,.2f}元及利息。事实和理由：被告因资金周转向原告借款，"
         "先后出具借条两张，约定三个月内归还，到期后经原告催要，被告未还。", False),
        ("本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：", False),
        (f"一、被告{r.name}欠原告{a.name}借款本金{c.amount:,.2f}元，原告自愿放弃利息；", False),
        (f"二、被告于{num_date(c.basis_effective + timedelta(days=15))}前支付原告{first:,.2f}元，余款{c.amount - first:,.2f}元于"
         f"{num_date(c.basis_effective + timedelta(days=75))}前付清；", False),
        ("三、被告未按上述期限足额支付任何一期款项的，原告有权就全部未付款项申请强制执行；", False),
        ("四、双方再无其他争议。", False),
        (f"案件受理费{int(c.amount) // 100 + 25}元，减半收取{(int(c.amount) // 100 + 25) // 2}元，由被告负担。", False),
        ("上述协议，不违反法律规定，本院予以确认。", False),
        ("本调解书经双方当事人签收后，即具有法律效力。", False),
    ]:
        doc.para(text, hang=hang)
    return doc.sign(rng, [("审判员", c.extra["civil_judge"])], c.basis_effective, person_name(rng))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """生效证明书 of the civil division: a short letter, the judgment named, the division's seal on the date."""
    s = Sheet()
    s.centred(mm(36), COURT, font("serif_bold", mm(7.6)), spacing=mm(0.5))
    s.centred(mm(52), "生效证明书", font("serif_bold", mm(11)), spacing=mm(4))
    s.right(s.width - mm(27), mm(72), c.basis_number.replace("号", "号之一"), font("ming", mm(5.2)))
    f = font("ming", mm(5.6))
    y = float(mm(90))
    for k, text in enumerate([f"{c.applicant.name}：",
                              f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院于"
                              f"{cn_date(c.basis_effective - timedelta(days=rng.randint(17, 28)))}作出的{c.basis_number}民事判决书，"
                              "已依法送达双方当事人。在法定上诉期间内，双方当事人均未提起上诉，该判决已于"
                              f"{cn_date(c.basis_effective)}发生法律效力。", "特此证明。"]):
        for j, part in enumerate(wrap(text, f, s.width - mm(60), indent=0 if k == 0 else 2 * f.size)):
            s.text(mm(30) + (2 * f.size if j == 0 and k else 0), y, part, f)
            y += f.size * 1.8
    y += mm(22)
    when = c.basis_effective + timedelta(days=rng.randint(3, 12))
    s.right(s.width - mm(40), y, cn_date(when), f)
    seal(s, s.width - mm(70), y + mm(2), COURT, rng, radius=mm(21))
    s.text(mm(30), y + mm(40), f"经办人：{person_name(rng)}　　（民事审判第{rng.choice(['一', '二'])}庭）", font("ming", mm(4.4)))
    return [s]


def _lawyer_run(title: str) -> tuple[list[Sheet], float, Font]:
    s = Sheet()
    tf = font("hei", mm(9.5))
    s.centred(mm(26), title, tf, spacing=mm(2.5))
    y = mm(26) + tf.size * 1.35
    s.line(mm(25), y, s.width - mm(25), y, width=3)
    return [s], y + mm(9), font("kai", mm(5.6))


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The law firm's typed 强制执行申请书: 黑体 title over a rule, 楷体 body, requests numbered, the applicant's seal or
    signature; page numbers "- n -" when it runs on."""
    a, r = c.applicant, c.respondent
    sheets, y, f = _lawyer_run("强制执行申请书")
    lead = f.size * 1.7
    x0, width = mm(25), sheets[0].width - mm(50)
    kind = "民事调解书" if c.extra["tale"] == "loan" else "民事判决书"
    blocks: list[tuple[str, str]] = [
        ("h", f"申请执行人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}"),
        ("t", "执行请求："),
        ("p", f"1.请求依法强制执行{COURT}{c.basis_number}{kind}，责令被执行人向申请执行人支付{money(c.amount)}；"),
        ("p", "2.请求责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3.请求对被执行人采取限制消费措施，对拒不履行的，依法将其纳入失信被执行人名单；"),
        ("p", "4.本案执行费用由被执行人负担。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{COURT}{'主持调解，双方达成调解协议' if kind == '民事调解书' else '审理'}，"
              f"作出{c.basis_number}{kind}，该{kind}已于{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行生效法律文书"
              "确定的义务。为维护申请执行人的合法权益，依据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行，"
              "请依法支持。"),
        ("t", "此致"), ("t", COURT)]
    for kind_, text in blocks:
        first = 2 * f.size if kind_ == "p" else 0.0
        hang = 3 * f.size if kind_ == "h" else 0.0
        for k, part in enumerate(wrap(text, f, width - hang, indent=first - hang if first else 0.0)):
            if y + lead > sheets[-1].height - mm(30):
                sheets.append(Sheet())
                y = float(mm(25))
            sheets[-1].text(x0 + (first if k == 0 else hang), y, part, f)
            y += lead
    if y + mm(45) > sheets[-1].height - mm(30):
        sheets.append(Sheet())
        y = float(mm(25))
    s = sheets[-1]
    y += mm(8)
    s.text(s.width - mm(115), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(s, s.width - mm(52), y + mm(6), a.name, rng, radius=mm(20))
        write(s, s.width - mm(72), y + mm(12), a.legal_rep, rng, size_mm=7.0, ink=INK, role="kai_gb")
    else:
        write(s, s.width - mm(70), y - mm(1), a.name, rng, size_mm=7.6, ink=INK, role="kai_gb")
    s.text(s.width - mm(100), y + mm(28), num_date(d), f)
    if len(sheets) > 1:
        for n, sh in enumerate(sheets, 1):
            sh.centred(sh.height - mm(18), f"- {n} -", font("kai", mm(4.2)))
    return sheets


def _box(s: Sheet, x: float, y: float, ticked: bool) -> None:
    k = mm(3.6)
    s.box(x, y, x + k, y + k, width=2)
    if ticked:
        s.line(x + 4, y + k * 0.5, x + k * 0.42, y + k - 4, width=4, fill=BALL)
        s.line(x + k * 0.42, y + k - 4, x + k + 6, y - 8, width=4, fill=BALL)


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """授权委托书 printed with blanks: the names typed in, the scope ticked by hand, signed and sealed."""
    a = c.applicant
    s = Sheet()
    s.centred(mm(30), "授权委托书", font("serif_bold", mm(10)), spacing=mm(3))
    f = font("serif", mm(5.2))
    x0 = mm(26)
    y = float(mm(52))
    lines = [f"委托人：{a.name}", f"住所地（住址）：{a.address}"]
    if a.kind == "organisation":
        lines.append(f"{'负责人' if a.name.endswith('分行') else '法定代表人'}：{a.legal_rep}")
    lines += [f"受托人：{c.agent}　　工作单位：{c.firm}　　职务：律师", f"联系地址：{c.extra['firm_addr']}　　电话：{c.agent_phone}"]
    for text in lines:
        for part in wrap(text, f, s.width - 2 * x0):
            s.text(x0, y, part, f)
            y += f.size * 1.8
    y += mm(4)
    for part in wrap(f"现委托上列受托人在{a.name}与{c.respondent.name}{c.extra['cause']}执行一案（{COURT}）中，作为我方的委托代理人。",
                     f, s.width - 2 * x0, indent=2 * f.size):
        s.text(x0 + (2 * f.size if y < mm(100) and part.startswith("现") else 0), y, part, f)
        y += f.size * 1.8
    y += mm(2)
    s.text(x0, y, "代理权限：", font("serif_bold", f.size))
    y += f.size * 1.8
    _box(s, x0 + mm(6), y + mm(1), False)
    s.text(x0 + mm(12), y, "一般代理", f)
    _box(s, x0 + mm(52), y + mm(1), True)
    s.text(x0 + mm(58), y, "特别授权：", f)
    y += f.size * 1.8
    for part in wrap("代为申请执行、提交和签收法律文书，提供财产线索，申请查封、扣押、冻结、扣划，代为参加谈话，代为执行和解，"
                     "代为领取执行款，代为申请终结本次执行程序及恢复执行。", f, s.width - 2 * x0 - mm(12)):
        s.text(x0 + mm(12), y, part, f)
        y += f.size * 1.8
    s.text(x0, y + mm(2), "委托期限：自签署之日起至本案执行终结之日止。", f)
    y += mm(26)
    s.text(x0, y, "委托人（签章）：", f)
    s.text(s.width - mm(100), y, "受托人（签名）：", f)
    if a.kind == "organisation":
        seal(s, x0 + mm(60), y + mm(6), a.name, rng, radius=mm(20))
        write(s, x0 + mm(44), y + mm(14), a.legal_rep, rng, size_mm=7.0, ink=INK, role="kai_gb")
    else:
        write(s, x0 + mm(44), y - mm(1), a.name, rng, size_mm=7.6, ink=INK, role="kai_gb")
        s.draw.ellipse((x0 + mm(70), y + mm(2), x0 + mm(78), y + mm(12)), fill=(196, 50, 50))  # a red thumbprint
    write(s, s.width - mm(62), y - mm(1), c.agent, rng, size_mm=7.4, ink=INK, role="kai_gb")
    s.text(s.width - mm(90), y + mm(34), num_date(d), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """律师事务所函 from the firm's stub book: torn along the perforation, the right half of the 骑缝 number standing
    vertically at the left edge; the form's blanks filled by the lawyer in ballpoint, the firm's seal on the date."""
    s = Sheet()
    no = rng.randint(30, 420)
    year = c.filed_on.year
    short = c.firm.removeprefix("河南").removesuffix("律师事务所")[:2]
    # the perforation and the half number: draw the whole number vertically, then cover its left half with the tear
    ftxt = font("serif", mm(6))
    g = Image.new("L", (mm(150), mm(14)), 0)
    ImageDraw.Draw(g).text((mm(4), mm(3)), f"（{year}）{short}律执字第{no:04d}号", font=ftxt, fill=255)
    g = g.rotate(-90, expand=True)
    x_tear = mm(14)
    s.image.paste(DARK_RED, (x_tear - g.width // 2, mm(70)), g)
    s.image.paste((255, 255, 255), (0, 0, x_tear, s.height))
    for yy in range(0, s.height, mm(3)):
        s.draw.ellipse((x_tear - 3, yy, x_tear + 3, yy + 6), fill=(90, 90, 90))
    s.lines.append(f"律执字第{no:04d}号")
    x0 = mm(30)
    s.centred(mm(30), c.firm, font("serif_bold", mm(8)), fill=DARK_RED, spacing=mm(0.6), x0=x_tear)
    s.centred(mm(46), "律师事务所函", font("hei", mm(10)), fill=DARK_RED, x0=x_tear, spacing=mm(2.5))
    f = font("serif", mm(5.4))
    s.right(s.width - mm(25), mm(64), f"（{year}）{short}律执字第{no:04d}号", f, fill=DARK_RED)
    y = float(mm(82))
    s.text(x0, y, f"{COURT}：", f)
    y += f.size * 2
    segs = [("本所接受", ""), ("", c.applicant.name), ("的委托，指派", ""), ("", c.agent), ("律师担任其与", ""),
            ("", c.respondent.name), (f"{c.extra['cause']}执行一案的代理人。", "")]
    x = x0 + 2 * f.size
    for printed, filled in segs:
        if printed:
            for ch in printed:
                if x + f.size > s.width - mm(25):
                    x, y = float(x0), y + f.size * 2.1
                s.text(x, y, ch, f, record=False)
                x += f.size
        if filled:
            w = mm(6.2) * len(filled) * 0.95 + mm(4)
            if x + w > s.width - mm(25):
                x, y = float(x0), y + f.size * 2.1
            s.line(x, y + f.size * 1.25, x + w, y + f.size * 1.25, width=1)
            write(s, x + mm(2), y - mm(1.2), filled, rng, size_mm=6.2, ink=BALL, role="kai_gb")
            x += w
    s.lines.append("".join(p or v for p, v in segs))
    y += f.size * 2.4
    s.text(x0 + 2 * f.size, y, "特此函告。", f)
    y += f.size * 2.4
    s.text(x0, y, "附：授权委托书一份", f)
    y += mm(30)
    s.right(s.width - mm(35), y, f"{year}年{d.month}月{d.day}日", f)
    seal(s, s.width - mm(62), y, c.firm, rng, radius=mm(20))
    y += mm(34)
    small = font("serif", mm(4.2))
    s.line(x0, y, s.width - mm(25), y, width=1)
    s.text(x0, y + mm(3), f"律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", small)
    s.text(x0, y + mm(10), f"本所地址：{c.extra['firm_addr']}", small)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 copied page by page, one above the other: the holder's page with the photo, the annual check page."""
    s = Sheet()
    x0, w, h = mm(45), mm(120), mm(82)
    y0 = mm(22)
    edge = (90, 90, 90)
    for k in range(2):
        s.draw.rectangle((x0, y0 + k * (h + mm(10)), x0 + w, y0 + k * (h + mm(10)) + h), fill=(215, 215, 211),
                         outline=edge, width=3)
    lab, val = font("sans", mm(3.6)), font("sans", mm(4.1))
    s.draw.rectangle((x0 + mm(6), y0 + mm(8), x0 + mm(32), y0 + mm(42)), fill=(128, 128, 128))
    seal(s, x0 + mm(30), y0 + mm(40), "河南省司法厅", rng, radius=mm(12))
    s.text(x0 + mm(6), y0 + mm(50), "持证人", lab, fill=edge)
    s.text(x0 + mm(6), y0 + mm(56), c.agent, font("sans_bold", mm(5)))
    ty = y0 + mm(7)
    for label, value in [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                         ("法律职业资格证号", c.extra["cert_no"]), ("发证机关", "河南省司法厅"),
                         ("发证日期", f"{rng.randint(2013, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]:
        s.text(x0 + mm(42), ty, label, lab, fill=edge)
        s.text(x0 + mm(42), ty + mm(4.6), value, val)
        ty += mm(11.5)
    y1 = y0 + h + mm(10)
    s.centred(y1 + mm(6), "律师年度考核备案", font("sans_bold", mm(5)), x0=x0, x1=x0 + w)
    for k, yr in enumerate((2022, 2023)):
        yy = y1 + mm(20) + k * mm(28)
        s.text(x0 + mm(10), yy, f"考核年度：{yr}年度", val)
        s.text(x0 + mm(10), yy + mm(8), "考核结果：称职", val)
        seal(s, x0 + mm(88), yy + mm(6), "新乡市司法局", rng, radius=mm(11), inner="年度考核专用章")
    write(s, x0, y1 + h + mm(16), "复印件与原件一致", rng, size_mm=8.0, ink=INK, role="kai_gb")
    write(s, x0 + mm(80), y1 + h + mm(18), c.agent, rng, size_mm=7.6, ink=INK, role="kai_gb")
    return [s]


def _id_copy(p: Party, rng: random.Random) -> list[Sheet]:
    """A second-generation ID card copied front above back at the middle of the page; the holder's note by hand."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    ys = [mm(44), mm(44) + h + mm(18)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=(208, 208, 204), outline=(110, 110, 110),
                                 width=2)
    y = ys[0]
    lab, val = font("hei", mm(3.2)), font("hei", mm(3.9))
    born = p.born or date(1980, 1, 1)
    ty = y + mm(5)
    for label, value in [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日")]:
        s.text(x + mm(4), ty, label, lab, fill=(70, 70, 70))
        s.text(x + mm(14), ty - 2, value, val)
        ty += mm(7.5)
    s.text(x + mm(4), ty, "住址", lab, fill=(70, 70, 70))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(14), ty - 2, p.address[k:k + 12], val)
        ty += mm(5)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(24), y + h - mm(9), p.id_number, font("mono", mm(4.4)))
    s.draw.ellipse((x + w - mm(30), y + mm(8), x + w - mm(6), y + mm(38)), fill=(120, 120, 120))
    y = ys[1]
    s.draw.ellipse((x + mm(5), y + mm(5), x + mm(20), y + mm(20)), outline=(90, 90, 90), width=3)
    s.text(x + mm(28), y + mm(7), "中华人民共和国", font("hei", mm(5)))
    s.text(x + mm(20), y + mm(18), "居民身份证", font("hei", mm(7.5)), spacing=mm(1.5))
    office = {"410702": "红旗分局", "410703": "卫滨分局", "410711": "牧野分局", "410721": "新乡县公安局",
              "410782": "辉县市公安局", "410781": "卫辉市公安局", "410726": "延津县公安局"}.get(p.id_number[:6], "红旗分局")
    s.text(x + mm(8), y + h - mm(16), f"签发机关　新乡市公安局{office}" if "分局" in office else f"签发机关　{office}", lab)
    start = rng.randint(2012, 2020)
    s.text(x + mm(8), y + h - mm(9), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{start + 20}.{rng.randint(1, 12):02d}."
           f"{rng.randint(1, 28):02d}", lab)
    write(s, mm(40), ys[1] + h + mm(20), "此复印件仅供红旗区法院执行案件使用", rng, size_mm=7.0, ink=INK, role="kai_gb")
    write(s, mm(110), ys[1] + h + mm(36), p.name, rng, size_mm=8.0, ink=INK, role="kai_gb")
    return [s]


def _licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照 (副本) copy with its QR code, and on a second sheet the typed 法定代表人（负责人）身份证明书."""
    s = Sheet()
    frame = (120, 90, 50)
    x0, y0, x1, y1 = mm(16), mm(24), s.width - mm(16), mm(196)
    s.box(x0, y0, x1, y1, width=7, outline=frame)
    s.box(x0 + mm(3), y0 + mm(3), x1 - mm(3), y1 - mm(3), width=2, outline=frame)
    s.draw.ellipse(((x0 + x1) / 2 - mm(9), y0 + mm(8), (x0 + x1) / 2 + mm(9), y0 + mm(26)), fill=(200, 60, 50))
    s.centred(y0 + mm(30), "营业执照", font("serif_bold", mm(13)), spacing=mm(6))
    s.centred(y0 + mm(48), "（副　本）", font("serif", mm(5)))
    s.text(x0 + mm(8), y0 + mm(58), f"统一社会信用代码  {p.id_number}", font("serif", mm(4.6)))
    qr(s, x1 - mm(34), y0 + mm(8), rng, side_mm=22)
    branch = p.name.endswith("分行")
    rows = [("名　　称", p.name),
            ("类　　型", "股份有限公司分公司（上市、国有控股）" if branch else "有限责任公司（自然人投资或控股）"),
            ("负 责 人" if branch else "法定代表人", p.legal_rep),
            ("经营范围", "经批准的商业银行业务（分支机构）" if branch else
             "物业管理；停车场服务；家政服务" if "物业" in p.name else "建筑材料、装饰材料、五金交电销售"),
            ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"),
            ("营业场所" if branch else "住　　所", p.address)]
    f = font("serif", mm(4.6))
    ty = y0 + mm(70)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        for k, part in enumerate(wrap(value, f, x1 - x0 - mm(52))):
            s.text(x0 + mm(40), ty + k * mm(7), part, f)
        ty += mm(7) * max(1, len(wrap(value, f, x1 - x0 - mm(52)))) + mm(4)
    s.text(x1 - mm(80), y1 - mm(34), "登记机关", f)
    reg = "新乡市市场监督管理局" if branch else "新乡市红旗区市场监督管理局"
    seal(s, x1 - mm(48), y1 - mm(30), reg, rng, radius=mm(17))
    s.text(x1 - mm(86), y1 - mm(18), f"{c.filed_on.year - 1} 年 {rng.randint(1, 12)} 月 {rng.randint(1, 28)} 日", f)
    s.text(x0, y1 + mm(6), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", font("serif", mm(3.6)))
    write(s, mm(40), y1 + mm(24), "与原件核对一致", rng, size_mm=7.4, ink=INK, role="kai_gb")
    seal(s, mm(120), y1 + mm(30), p.name, rng, radius=mm(19))
    t = Sheet()
    head = "负责人身份证明书" if branch else "法定代表人身份证明书"
    t.centred(mm(40), head, font("serif_bold", mm(9)), spacing=mm(1.5))
    f2 = font("serif", mm(5.4))
    y = float(mm(70))
    for k, text in enumerate([f"{p.legal_rep}，在我{'行' if branch else '公司'}任{'行长' if branch else '执行董事兼总经理'}职务，"
                              f"系我{'行' if branch else '公司'}{'负责人' if branch else '法定代表人'}。", "特此证明。"]):
        for j, part in enumerate(wrap(text, f2, t.width - mm(56), indent=2 * f2.size)):
            t.text(mm(28) + (2 * f2.size if j == 0 else 0), y, part, f2)
            y += f2.size * 1.9
        del k
    y += mm(8)
    t.text(mm(28), y, f"附：{'负责人' if branch else '法定代表人'}身份证复印件", f2)
    t.draw.rounded_rectangle((mm(60), y + mm(16), mm(146), y + mm(70)), radius=mm(3), fill=(210, 210, 206),
                             outline=(110, 110, 110), width=2)
    t.text(mm(66), y + mm(24), f"姓名 {p.legal_rep}", font("hei", mm(4)))
    t.draw.ellipse((mm(118), y + mm(24), mm(140), y + mm(52)), fill=(120, 120, 120))
    y += mm(96)
    t.right(t.width - mm(36), y, num_date(c.filed_on - timedelta(days=rng.randint(5, 12))), f2)
    seal(t, t.width - mm(66), y, p.name, rng, radius=mm(20))
    return [s, t]


def _fee_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """河南省非税收入一般缴款书 in dark red, the 第二联 收据联 marked vertically at the right, the bank's till stamp."""
    s = Sheet()
    ink = DARK_RED
    f = font("song_gb", mm(4.2))
    s.centred(mm(20), "河南省非税收入一般缴款书", font("song_gb", mm(7.5)), fill=ink, spacing=mm(0.8))
    s.line(mm(68), mm(31), s.width - mm(68), mm(31), width=2, fill=ink)
    s.line(mm(68), mm(32.4), s.width - mm(68), mm(32.4), width=1, fill=ink)
    s.text(mm(18), mm(38), f"执收单位编码：410702107　　缴款码：{rng.randint(10**19, 10**20 - 1)}", f, fill=ink)
    s.right(s.width - mm(22), mm(38), f"填制日期：{d.year}年{d.month:02d}月{d.day:02d}日", f, fill=ink)
    fee: Decimal = c.extra["exec_fee"]
    w = s.width - mm(40)
    rows = [["付款人", "全称", c.applicant.name, "收款人", "全称", "新乡市红旗区财政局"],
            ["", "账号", c.extra["in_acct"], "", "账号", f"4107{rng.randint(10**12, 10**13 - 1)}"],
            ["", "开户行", c.extra["in_bank"], "", "开户行", ABC],
            ["项目编码", "收入项目名称", "", "单位", "数量", "金额"],
            ["103040101", "申请执行费", "", "件", "1", f"{fee:,.2f}"],
            ["金额合计（大写）", money_caps(fee), "", "", "（小写）", f"¥{fee:,.2f}"],
            ["执收单位", COURT, "", "", "备注", c.number]]
    ruled(s, mm(18), mm(46), [mm(18), mm(16), mm(52), mm(18), mm(16), w - mm(120)], rows, font("song_gb", mm(3.7)),
          heights=mm(12), centre=(0, 1, 3, 4), ink=ink, outer=3)
    for k, ch in enumerate("第二联收据联交缴款人"):
        s.text(s.width - mm(16), mm(50) + k * mm(6.2), ch, font("song_gb", mm(4)), fill=ink)
    seal(s, s.width - mm(60), mm(150), ABC, rng, radius=mm(16), inner="业务受理章")
    s.text(mm(18), mm(140), f"执收单位（盖章）　　　　经办人：{person_name(rng)}　　　复核：{person_name(rng)}", f, fill=ink)
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's printed forms, the party's entries in blue ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - L - R
    tale = str(c.extra["tale"])
    if code == "payment_account_confirmation":
        title = "申请执行人收取案款确认书"
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("收款账号", c.extra["in_acct"]), ("联系电话", c.agent_phone if a.kind == "organisation" else a.phone)]
        note = ("本人（单位）确认：执行案款汇入上述账户即视为本人（单位）已领取；账户信息有误或变更未及时告知造成的损失，由本人"
                "（单位）自行承担。")
        who = c.agent
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案号", c.number), ("受送达人", a.name), ("指定代收人", f"{c.agent}（律师）"), ("送达地址", c.extra["firm_addr"]),
                ("手机号码", c.agent_phone), ("是否同意电子送达", f"同意　接收号码{c.agent_phone}")]
        note = ("告知：受送达人提供的送达地址适用于执行程序；地址变更未及时告知的，法律文书按原地址送达，退回之日视为送达之日。")
        who = c.agent
    elif code == "property_clue_form":
        title = "被执行人财产线索表"
        clue = {"card": f"被执行人工资卡在{c.extra.get('r_bank', '')}，账号{c.extra.get('r_acct', '')}",
                "estate": f"被执行人名下住房一套（{c.extra.get('flat', '')}），在新乡某单位上班",
                "loan": f"被执行人在{c.extra.get('r_bank', '')}有基本户；门面在红旗区建材市场"}[tale]
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("住所/住址", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人掌握" if tale != "card" else "还款记录")]
        note = "申请执行人应当如实提供财产线索；提供虚假线索的，依法承担相应法律责任。"
        who = c.agent
    else:
        return _declaration(c, rng, d)
    y = form_title(s, title)
    hs = [mm(24) if len(v) > 24 else mm(15) for _, v in rows]
    boxes = ruled(s, L, y, [mm(42), w - mm(42)], [[label, ""] for label, _ in rows], song(4.6), heights=hs)
    for (_label, value), b in zip(rows, right_cells(boxes, L), strict=True):
        write_lines(s, b[0] + mm(3), b[1] + mm(3.5), value, rng, per_line=23, lead_mm=8.0, size_mm=5.6, ink=BALL,
                    role="kai_gb")
    y = boxes[-1][3] + mm(7)
    f = song(4.3)
    for k, part in enumerate(wrap(note, f, w, indent=2 * f.size)):
        s.text(L + (2 * f.size if k == 0 else 0), y, part, f)
        y += f.size * 1.7
    y += mm(12)
    s.text(s.width - R - mm(105), y, "确认人（签名或盖章）：", song(4.8))
    write(s, s.width - R - mm(40), y - mm(1.5), who, rng, size_mm=7.2, ink=BALL, role="kai_gb")
    write(s, s.width - R - mm(70), y + mm(14), num_date(d), rng, size_mm=5.8, ink=BALL, role="kai_gb")
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """被执行人财产申报表: a grid of property kinds with 有/无 and particulars, filled by the respondent."""
    r = c.respondent
    s = Sheet()
    y = form_title(s, "被执行人财产申报表")
    s.text(L, y - mm(4), f"案号：{c.number}", song(4.4))
    y += mm(4)
    w = s.width - L - R
    tale = str(c.extra["tale"])
    entries = {
        "card": [("银行存款", "有", f"{c.extra.get('r_bank', '')[:8]}工资卡"), ("现金", "无", ""), ("房屋", "无", "租房住"),
                 ("车辆", "无", ""), ("股权、证券", "无", ""), ("工资收入", "有", "每月约三千元"), ("到期债权", "无", "")],
        "estate": [("银行存款", "有", "少量"), ("现金", "无", ""), ("房屋", "有", f"{c.extra.get('flat', '')}（贷款未还清）"),
                   ("车辆", "有", "小轿车一辆"), ("股权、证券", "无", ""), ("工资收入", "有", "在职"), ("到期债权", "无", "")],
        "loan": [("银行存款", "有", "基本户，余额不多"), ("现金", "无", ""), ("房屋", "无", ""), ("车辆", "无", "货车已转让"),
                 ("股权、证券", "无", ""), ("存货、设备", "无", "已抵房租"), ("应收账款", "有", "工地欠款，难收回")],
    }[tale]
    rows = [["财产种类", "有/无", "具体情况（名称、数量、价值、所在地）"], *[[k, "", ""] for k, _, _ in entries]]
    boxes = ruled(s, L, y, [mm(36), mm(20), w - mm(56)], rows, song(4.5), heights=mm(15), centre=(0, 1))
    for i, (_k, has, what) in enumerate(entries, 1):
        row = boxes[i * 3:(i + 1) * 3]
        write(s, row[1][0] + mm(5), row[1][1] + mm(3.5), has, rng, size_mm=6.0, ink=BALL, role="kai_gb")
        if what:
            write(s, row[2][0] + mm(3), row[2][1] + mm(3.5), what, rng, size_mm=5.4, ink=BALL, role="kai_gb")
    y = boxes[-1][3] + mm(8)
    s.text(L, y, "申报人保证：以上申报内容真实、完整，如有隐瞒或虚假，愿承担法律责任。", song(4.4))
    y += mm(16)
    s.text(s.width - R - mm(100), y, "申报人（签名或盖章）：", song(4.8))
    signer = r.legal_rep if r.kind == "organisation" else r.name
    write(s, s.width - R - mm(40), y - mm(1.5), signer, rng, size_mm=7.2, ink=BALL, role="kai_gb")
    if r.kind == "organisation":
        seal(s, s.width - R - mm(40), y + mm(4), r.name, rng, radius=mm(18))
    write(s, s.width - R - mm(70), y + mm(15), num_date(d), rng, size_mm=5.8, ink=BALL, role="kai_gb")
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控 system's printout: a 黑体 title, a boxed header of the query, a hairline results table in the
    monospaced face, two pages."""
    r = c.respondent
    tale = str(c.extra["tale"])
    mono = font("mono", mm(3.5))
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "招商银行",
             "中原银行", "河南省农村信用社联合社", "浦发银行", "中信银行", "支付宝", "财付通", "自然资源部（不动产）",
             "公安部（车辆）", "中国证券登记结算", "市场监管总局（股权）", "住房公积金"]
    rows = [["序号", "查询单位", "账户/财产", "余额/状态", "反馈时间"]]
    for i, unit in enumerate(units, 1):
        bank = str(c.extra.get("r_bank", ""))
        if tale != "estate" and (("农村" in unit) if "农村" in bank else unit in bank):
            bal = c.amount * Decimal("1.05") if tale == "card" else c.extra["deducted_sum"]
            res = [c.extra["r_acct"][-8:], f"{bal:,.2f}"]
        elif tale == "estate" and unit == "自然资源部（不动产）":
            res = ["不动产1处", "已抵押"]
        elif tale == "estate" and unit == "公安部（车辆）":
            res = ["小型轿车1辆", "正常"]
        elif i <= 11:
            res = ["—", f"{rng.randint(0, 90)}.{rng.randint(10, 99)}" if rng.random() < 0.3 else "无开户"]
        else:
            res = ["—", "未查询到信息"]
        rows.append([str(i), unit, *res, f"{d + timedelta(days=rng.randint(0, 2)):%m-%d} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"])
    sheets: list[Sheet] = []
    for part in (rows[:11], [rows[0], *rows[11:]]):
        s = Sheet()
        s.centred(mm(16), "网络执行查控系统查询结果", font("sans_bold", mm(6.2)))
        ruled(s, mm(16), mm(28), [mm(60), s.width - mm(92)], [[f"案号：{c.number}", f"被查询人：{r.name}"],
                                                              [f"证件号：{r.id_number}", f"提交日期：{d:%Y-%m-%d}　承办人：{c.officer}"]],
              mono, heights=mm(9), centre=(), outer=2)
        ruled(s, mm(16), mm(52), [mm(14), mm(58), mm(36), mm(36), mm(34)], part, mono, heights=mm(11), centre=(0,), outer=2)
        s.text(mm(16), s.height - mm(14), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d}", mono)
        sheets.append(s)
    for n, s in enumerate(sheets, 1):
        s.right(s.width - mm(16), s.height - mm(14), f"第{n}页/共{len(sheets)}页", mono)
        s.page_of = (n, len(sheets))
    return sheets


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 电子回单 of the money coming in, over the bureau's 执行案款发放凭证 signed for the applicant."""
    s = Sheet()
    f = font("sans", mm(3.8))
    tale = str(c.extra["tale"])
    came = c.extra["deducted"] if tale == "card" else c.extra["paid_in"]
    payer = c.extra["r_bank"] if tale == "card" else c.respondent.name
    use = "法院扣划" if tale == "card" else "交执行款"
    court_acct = f"1620{rng.randint(10**11, 10**12 - 1)}"
    y = mm(16)
    s.box(mm(16), y, s.width - mm(16), y + mm(96), width=2, outline=(40, 70, 120))
    s.centred(y + mm(4), "中国农业银行 网上银行电子回单", font("sans_bold", mm(5.6)), fill=(20, 90, 70))
    s.text(mm(22), y + mm(15), f"回单编号：{rng.randint(10**15, 10**16 - 1)}　　交易日期：{came:%Y-%m-%d}", f)
    w = s.width - mm(44)
    rows = [["付款方", payer, "收款方", f"{COURT}执行款专户"], ["账号", c.extra.get("r_acct", "—") if tale == "card" else
                                                            f"6228{rng.randint(10**11, 10**12 - 1)}", "账号", court_acct],
            ["金额", f"¥{c.amount:,.2f}", "大写", money_caps(c.amount)], ["摘要", f"{use} {c.number}"]]
    ruled(s, mm(22), y + mm(24), [mm(22), mm(64), mm(22), w - mm(108)], rows, f, heights=mm(13), centre=(0, 2),
          ink=(40, 70, 120), outer=2)
    seal(s, s.width - mm(48), y + mm(80), ABC, rng, radius=mm(14), inner="电子回单专用章")
    paid = c.extra["paid_out"]
    fee: Decimal = c.extra["exec_fee"]
    net = c.amount - (fee if tale == "card" else Decimal(0))
    y2 = y + mm(112)
    s.centred(y2, "执行案款发放凭证", font("serif_bold", mm(8)), spacing=mm(2))
    w2 = s.width - L - R
    rows2 = [["案号", c.number, "承办人", c.officer], ["领款人", c.applicant.name, "发放方式", "转账"],
             ["收款账户", f"{c.extra['in_bank']} {c.extra['in_acct']}"],
             ["发放金额", f"{net:,.2f}元（{money_caps(net)}）"],
             ["扣收执行费", f"{fee:,.2f}元" if tale == "card" else "被执行人另行交纳"],
             ["领款人签名", "", "发放日期", ""]]
    boxes = ruled(s, L, y2 + mm(16), [mm(30), mm(62), mm(28), w2 - mm(120)], rows2, song(4.4), heights=mm(14), centre=(0, 2))
    last = boxes[-4:]
    write(s, last[1][0] + mm(8), last[1][1] + mm(2.5), c.agent, rng, size_mm=6.8, ink=BALL, role="kai_gb")
    write(s, last[3][0] + mm(4), last[3][1] + mm(3.5), num_date(paid), rng, size_mm=5.4)
    seal(s, s.width - R - mm(40), boxes[-1][3] + mm(10), COURT, rng, radius=mm(19), inner="财务专用章")
    s.text(L, boxes[-1][3] + mm(28), f"会计：{person_name(rng)}　　出纳：{person_name(rng)}　　执行局审核：{c.judge}", song(4.2))
    return [s]
