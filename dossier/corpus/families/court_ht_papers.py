"""What 綦江法院执行局 receives, each in its maker's hand: the 綦江公证处's 公证书 booklet (cover leaf, the notarial
certificate in 文楷, the lender's printed loan contract behind it, a seam seal and a blind-embossed steel seal) and its
执行证书; the court's civil divisions' 民事判决书 (bold 宋 title, "—n—" folios, 本件与原本核对无异) and 生效证明书;
the lawyers' applications in Word 宋体 with a 黑体 title; a red-letterhead 律师事务所函; ID cards copied on a grey
copier and crossed by the holder's "仅供…使用" written diagonally; a new-style 营业执照 copy with its QR code; the
lawyer's licence page copied sideways; the window's forms filled in ballpoint; the 重庆市非税收入 electronic bill;
the 查控 system's printout; and a bank's 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_ht_kit import (
    COURT,
    GEL,
    LEFT,
    RIGHT,
    TOP,
    Press,
    folio,
    form_title,
    frame,
    hei,
    pen,
    song,
    tick_box,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import half_seal, stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
NOTARY = "重庆市綦江公证处"
COPIER = (206, 206, 204)
"""the grey a copier lays where a card or a booklet was"""


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ht import made_on

    d = made_on(c, code)
    tale = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _notarial_booklet(c, rng) if tale == "car" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _execution_certificate(c, rng) if tale == "car" else _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence_sideways(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_copy(p, c, rng)
    if code == "fee_receipt":
        return _e_bill(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng, d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _bank_slips(c, rng)
    raise KeyError(code)


def _who(p: Party, chief: str = "法定代表人") -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{chief}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _emboss(s: Sheet, cx: float, cy: float, r: float) -> None:
    """A steel seal pressed blind into the paper: a raised ring and star that only catch the light."""
    d = s.draw
    for k, tone in ((0, (236, 236, 236)), (3, (250, 250, 250))):
        d.ellipse((cx - r + k, cy - r + k, cx + r + k, cy + r + k), outline=tone, width=5)
        d.ellipse((cx - r * 0.78 + k, cy - r * 0.78 + k, cx + r * 0.78 + k, cy + r * 0.78 + k), outline=tone, width=2)
        d.regular_polygon((cx + k, cy + k, r * 0.22), 5, fill=tone)


# ------------------------------------------------------------------ the notary office

def _notarial_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """公证书: the booklet's cover leaf, the certificate, and the loan contract it certifies (two pages), held by a seam
    seal across the right edge."""
    a, r = c.applicant, c.respondent
    signed: date = c.extra["signed_on"]
    principal: Decimal = c.extra["principal"]
    body = font("wenkai", 42)
    # the cover leaf
    cover = Sheet()
    cover.box(mm(24), mm(24), cover.width - mm(24), cover.height - mm(24), width=3)
    cover.box(mm(28), mm(28), cover.width - mm(28), cover.height - mm(28), width=1)
    cover.centred(mm(70), "公　证　书", font("serif_bold", 130), spacing=10)
    cover.centred(mm(110), c.basis_number, font("wenkai", 48))
    cover.centred(cover.height - mm(90), "中华人民共和国重庆市綦江公证处", font("serif_bold", 52), spacing=4)
    cover.centred(cover.height - mm(72), cn_date(signed), font("wenkai", 44))
    # the certificate
    cert = Sheet()
    cert.centred(TOP, "公 证 书", font("serif_bold", 86))
    run = Press([cert], TOP + 150, left=mm(32), right=mm(28))
    run.line(c.basis_number, font("wenkai", 40), lead=90, flush_right=True)
    for kind, text in [
        ("h", f"申请人（债权人）：{_who(a)}"),
        ("h", f"申请人（债务人）：{_who(r)}"),
        ("h", "公证事项：赋予债权文书强制执行效力"),
        ("p", f"兹证明{a.name}的委托代理人{person_name(rng)}与{r.name}于{cn_date(signed)}来到我处，在本公证员的面前，"
              f"签订了前面的《借款合同》（合同编号{c.extra['loan_no']}），借款本金人民币{principal:,.2f}元。"),
        ("p", "经查，双方当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定，合同内容具体明确，"
              "双方当事人在合同上的签字、印章均属实。"),
        ("p", "双方当事人在合同中明确约定：债务人不履行或者不适当履行合同约定的还款义务时，债务人愿意接受人民法院的强制执行，"
              "债权人可以向我处申请出具执行证书，并凭原公证书及执行证书向有管辖权的人民法院申请强制执行。"),
        ("p", "依据《中华人民共和国公证法》第三十七条的规定，本公证书所证明的债权文书具有强制执行效力。"),
    ]:
        run.para(text, body, lead=76, first=body.size * 2 if kind == "p" else 0, hang=body.size * 4 if kind == "h" else 0)
    run.need(330)
    last = run.s
    y = run.y + 70
    x = last.width - mm(118)
    last.text(x, y, "中华人民共和国重庆市綦江公证处", body)
    last.text(x + mm(20), y + 84, "公证员", body)
    pen(last, x + mm(50), y + 72, c.extra["notary"], rng, size=56, ink=GEL, role="kai_gb")
    last.text(x + mm(14), y + 170, cn_date(signed), body)
    seal(last, x + mm(50), y + 120, NOTARY, rng, radius=mm(21))
    _emboss(last, mm(70), y + 150, mm(19))
    # the lender's printed contract
    contract = _loan_contract(c, rng)
    sheets = [cover, *run.sheets, *contract]
    depth = rng.uniform(0.3, 0.5)
    at = rng.uniform(0.4, 0.6)
    for s in sheets[1:]:
        half_seal(s, NOTARY, rng, depth=depth, at=at)
    return folio(sheets, font("wenkai", 30), style="none")


def _loan_contract(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 小额贷款 company's printed 借款合同: 黑体 clause heads, a terms table, both parties' signatures."""
    a, r = c.applicant, c.respondent
    principal: Decimal = c.extra["principal"]
    signed: date = c.extra["signed_on"]
    due = signed + timedelta(days=365)
    s = Sheet()
    s.text(mm(20), mm(14), a.name, font("sans", 30), fill=(90, 90, 90))
    s.right(s.width - mm(20), mm(14), f"合同编号：{c.extra['loan_no']}", font("sans", 30))
    s.line(mm(20), mm(20), s.width - mm(20), mm(20), width=2)
    s.centred(mm(28), "借 款 合 同", font("sans_bold", 74))
    run = Press([s], mm(52), left=mm(22), right=mm(22), top=mm(22), foot=mm(22))
    f = font("sans", 34)
    run.para(f"贷款人（甲方）：{a.name}　　法定代表人：{a.legal_rep}", f, lead=54)
    run.para(f"借款人（乙方）：{r.name}　　身份证号：{r.id_number}", f, lead=54)
    run.para(f"住址：{r.address}　　联系电话：{r.phone}", f, lead=54)
    run.y += 16
    w = run.width
    rows = [["借款金额", f"人民币{principal:,.2f}元（大写：{money_caps(principal)}）"],
            ["借款期限", f"{num_date(signed)}至{num_date(due)}，共十二个月"],
            ["借款利率", f"年利率{rng.choice(['15.4', '14.8', '13.2'])}%，按月付息，到期还本"],
            ["借款用途", rng.choice(["经营周转（农家乐装修）", "购买养殖饲料", "家庭消费"])],
            ["收款账户", f"{r.name}　6217{rng.randint(10**11, 10**12 - 1)}"]]
    run.y = frame(s, run.left, run.y, [mm(34), w - mm(34)], rows, f, heights=mm(12), labels=(0,), outer=3)[-1][3] + 30
    clauses = [
        ("第一条　借款发放", "甲方在本合同签订并办理公证后三个工作日内，将借款划入乙方指定账户，乙方出具的借据为本合同组成部分。"),
        ("第二条　还款", "乙方应按月支付利息，借款到期一次性归还本金。乙方可提前还款，但应提前十日书面通知甲方。"),
        ("第三条　违约责任", "乙方逾期还款的，就逾期部分自逾期之日起按本合同约定利率加收百分之五十计收逾期利息；甲方为实现"
                            "债权支出的公证费、律师费、保全费等费用由乙方承担。"),
        ("第四条　强制执行", "双方同意对本合同办理赋予强制执行效力的公证。乙方不履行或不完全履行本合同约定的义务时，"
                            "自愿接受人民法院的强制执行；甲方可向原公证机构申请出具执行证书，乙方放弃抗辩。"),
        ("第五条　核实方式", f"公证机构可通过电话{r.phone}或邮寄至乙方住址的方式向乙方核实履约情况，乙方应在七日内答复，"
                            "逾期未答复视为对甲方主张无异议。"),
        ("第六条　其他", "本合同自双方签字盖章并经公证之日起生效。本合同一式四份，甲乙双方各执一份，公证处存档两份。"),
    ]
    for heading, text in clauses:
        run.line(heading, font("sans_bold", 35), lead=56)
        run.para(text, f, lead=54, first=f.size * 2)
    run.need(300)
    last = run.s
    y = run.y + 50
    last.text(run.left, y, "甲方（盖章）：", f)
    seal(last, run.left + mm(62), y + 30, a.name, rng, radius=mm(19), inner="合同专用章")
    last.text(last.width / 2 + mm(6), y, "乙方（签字并按印）：", f)
    pen(last, last.width / 2 + mm(70), y - 10, r.name, rng, size=58, ink=GEL)
    last.draw.ellipse((last.width / 2 + mm(100), y + 4, last.width / 2 + mm(100) + 40, y + 52), fill=(194, 46, 46))
    last.text(run.left, y + 150, f"签订日期：{num_date(signed)}", f)
    last.text(last.width / 2 + mm(6), y + 150, "签订地点：重庆市綦江区", f)
    return run.sheets


def _execution_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """执行证书 of the 綦江公证处: its 〔〕-less 执字 number, the creditor and debtor, the sum to enforce in a list."""
    a, r = c.applicant, c.respondent
    cert_on: date = c.extra["cert_on"]
    s = Sheet()
    s.centred(TOP - mm(4), "重庆市綦江公证处", font("serif_bold", 54), spacing=8)
    s.centred(TOP + 88, "执 行 证 书", font("serif_bold", 86))
    run = Press([s], TOP + 240, left=mm(32), right=mm(28))
    body = font("wenkai", 42)
    run.line(c.extra["cert_no"], font("wenkai", 40), lead=90, flush_right=True)
    for kind, text in [
        ("h", f"申请执行人：{_who(a)}"),
        ("h", f"被申请执行人：{_who(r)}"),
        ("p", f"申请执行人{a.name}与被申请执行人{r.name}于{cn_date(c.extra['signed_on'])}签订的《借款合同》，经本处以"
              f"{c.basis_number}公证书赋予强制执行效力。借款到期后，被申请执行人未按约定归还借款本息。申请执行人于"
              f"{cn_date(cert_on - timedelta(days=16))}向本处申请出具执行证书。"),
        ("p", f"本处于{cn_date(cert_on - timedelta(days=12))}按合同约定的方式向被申请执行人核实履约情况，被申请执行人在"
              "规定期限内未提出异议。经审查，申请执行人的申请符合《中华人民共和国公证法》第三十七条和《公证程序规则》"
              "第五十五条的规定，本处决定出具执行证书。"),
        ("p", "执行标的："),
        ("p", f"一、借款本金人民币{c.extra['principal']:,.2f}元；"),
        ("p", f"二、截至{num_date(cert_on)}的利息及逾期利息人民币{c.extra['interest']:,.2f}元，此后的逾期利息按合同约定计算至"
              "实际清偿之日止；"),
        ("p", f"三、申请执行人为实现债权支出的公证费人民币{c.extra['cost']:,.2f}元。"),
        ("p", f"以上合计{money(c.amount)}。"),
        ("p", "申请执行人可持本执行证书及原公证书，向被申请执行人住所地或者被申请执行的财产所在地人民法院申请执行。"),
    ]:
        run.para(text, body, lead=74, first=body.size * 2 if kind == "p" else 0, hang=body.size * 3 if kind == "h" else 0)
    run.need(300)
    last = run.s
    y = run.y + 60
    x = last.width - mm(112)
    last.text(x, y, "中华人民共和国重庆市綦江公证处", body)
    last.text(x + mm(20), y + 84, "公证员", body)
    pen(last, x + mm(50), y + 72, c.extra["notary"], rng, size=56, ink=GEL, role="kai_gb")
    last.text(x + mm(14), y + 170, cn_date(cert_on), body)
    seal(last, x + mm(52), y + 120, NOTARY, rng, radius=mm(21))
    _emboss(last, mm(72), y + 140, mm(19))
    return folio(run.sheets, font("wenkai", 30), style="none")


# ------------------------------------------------------------------ the civil divisions

def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 民事判决书: centred number, Noto 宋 body, "—n—" folios, 本件与原本核对无异 on the last page."""
    a, r = c.applicant, c.respondent
    van = c.extra["tale"] == "van"
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    if van:
        ins: Party = c.extra["insurer"]
        items: list[tuple[str, int]] = c.extra["items"]
        total = sum(v for _, v in items)
        listing = "、".join(f"{k}{v:,}元" for k, v in items)
        paras = [
            ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("h", f"被告：{_who(r)}"), ("h", f"被告：{_who(ins, '负责人')}"),
            ("p", f"原告{a.name}与被告{r.name}、{ins.name}机动车交通事故责任纠纷一案，本院于{cn_date(heard - timedelta(days=40))}"
                  f"立案后，依法适用简易程序，于{cn_date(heard)}公开开庭进行了审理。原告{a.name}及其委托诉讼代理人{c.agent}、"
                  f"被告{r.name}、被告{ins.name}的委托诉讼代理人{person_name(rng)}到庭参加诉讼。本案现已审理终结。"),
            ("p", f"{a.name}向本院提出诉讼请求：判令二被告赔偿原告各项损失共计{total:,}元；本案诉讼费用由被告负担。事实和理由："
                  f"{num_date(c.extra['crash_on'])}，被告{r.name}驾驶号牌为{c.extra['plate']}的{c.extra['van']}行驶至"
                  f"{c.extra['crash_at']}时，与步行通过人行横道的原告相撞，致原告受伤。经重庆市公安局交通管理局綦江区支队认定，"
                  f"{r.name}负事故全部责任，原告无责任。该车在被告{ins.name}投保了交强险及商业三者险（保险金额一百万元）。"),
            ("p", f"{r.name}辩称，对事故经过和责任认定无异议，事故发生后已垫付医疗费{c.extra['advanced']:,.0f}元，请求在本案中"
                  "一并处理；车辆已投保，应由保险公司赔偿。"),
            ("p", f"{ins.name}辩称，对事故责任无异议，同意在交强险和商业三者险限额内依法赔偿，但对残疾赔偿金的计算标准有异议。"),
            ("p", f"本院经审理认定事实如下：原告受伤后在重庆市綦江区人民医院住院治疗，经重庆{rng.choice(['法正', '西南', '渝南'])}"
                  "司法鉴定所鉴定，原告的伤情构成十级伤残。原告的各项损失经本院核定为：" + listing + "。"),
            ("p", "本院认为，机动车发生交通事故造成人身伤亡的，由保险公司在机动车交通事故责任强制保险责任限额范围内予以赔偿；"
                  "不足部分，由承保商业三者险的保险公司根据保险合同予以赔偿。被告" + r.name + "已垫付的费用应予扣除。依照"
                  "《中华人民共和国民法典》第一千一百七十九条、第一千一百八十三条、第一千二百一十三条，《中华人民共和国道路交通"
                  "安全法》第七十六条的规定，判决如下："),
            ("p", f"一、被告{ins.name}于本判决生效之日起十日内在机动车交通事故责任强制保险和商业第三者责任保险限额内赔偿原告"
                  f"{a.name}各项损失共计{c.amount:,.2f}元（已扣除被告{r.name}垫付的{c.extra['advanced']:,.2f}元）；"),
            ("p", f"二、被告{r.name}对上述款项中保险公司依法不予赔付的部分承担赔偿责任；"),
            ("p", "三、驳回原告的其他诉讼请求。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
                  "迟延履行期间的债务利息。"),
            ("p", f"案件受理费{int(total) // 100 + 30}元，减半收取{(int(total) // 100 + 30) // 2}元，由被告{r.name}负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于重庆市"
                  "第五中级人民法院。"),
        ]
    else:
        area, rate, months = c.extra["area"], c.extra["rate"], c.extra["months"]
        fee = c.amount - c.extra["late"]
        paras = [
            ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
            ("p", f"原告{a.name}与被告{r.name}物业服务合同纠纷一案，本院于{cn_date(heard - timedelta(days=35))}立案后，依法适用"
                  f"简易程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}到庭参加诉讼，被告{r.name}经本院"
                  "传票传唤，无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"{a.name}向本院提出诉讼请求：1.判令被告支付物业服务费{fee:,.2f}元；2.判令被告支付违约金；3.本案诉讼费用由被告"
                  f"负担。事实和理由：原告系{c.extra['estate']}小区的物业服务企业，被告系该小区{r.address.split(c.extra['estate'])[-1]}"
                  f"房屋的业主，建筑面积{area}平方米，物业服务费标准为每月每平方米{rate}元。被告自"
                  f"{c.basis_effective.year - 3}年起拖欠物业服务费{months}个月，经原告多次催收未果。"),
            ("p", "被告未到庭，亦未提交书面答辩意见。"),
            ("p", "本院经审理认定事实如下：原告提交的前期物业服务合同、业主临时管理规约、房屋交付确认书、催收函及物业费明细，"
                  "能够证明原告已按约提供物业服务、被告欠付物业服务费的事实，本院予以确认。"),
            ("p", "本院认为，业主应当按照约定向物业服务人支付物业费。物业服务人已经按照约定和有关规定提供服务的，业主不得以未接受"
                  "或者无需接受相关物业服务为由拒绝支付物业费。原告主张的违约金过高，本院酌情调整。依照《中华人民共和国民法典》"
                  "第九百三十七条、第九百四十四条，《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
            ("p", f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}物业服务费{fee:,.2f}元；"),
            ("p", f"二、被告{r.name}于本判决生效之日起十日内支付原告{a.name}违约金{c.extra['late']:,.2f}元；"),
            ("p", "三、驳回原告的其他诉讼请求。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
                  "迟延履行期间的债务利息。"),
            ("p", f"案件受理费{int(c.amount) // 100 + 25}元，减半收取{(int(c.amount) // 100 + 25) // 2}元，由被告{r.name}负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于重庆市"
                  "第五中级人民法院。"),
        ]
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 58), spacing=6)
    s.centred(TOP + 96, "民事判决书", font("serif_bold", 84), spacing=28)
    s.centred(TOP + 222, c.basis_number, song(40))
    run = Press([s], TOP + 320, left=mm(30), right=mm(27))
    f = song(40)
    for kind, text in paras:
        run.para(text, f, lead=72, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(470)
    last = run.s
    y = run.y + 60
    x = last.width - mm(96)
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    last.text(x, y, f"审　判　员　{judge}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24)))
    last.text(x, y + 120, when, f)
    seal(last, x + text_width(when, f) / 2, y + 130, COURT, rng, radius=mm(21))
    stamp(last, mm(30), y + 150, ["本件与原本核对无异"], rng, size_mm=4.2, face="serif")
    last.text(x, y + 230, f"法官助理　{person_name(rng)}", f)
    last.text(x, y + 300, f"书　记　员　{person_name(rng)}", f)
    return folio(run.sheets, song(32), style="dash")


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 生效证明书: a small bordered certificate in the top half of the page."""
    s = Sheet()
    s.box(mm(22), mm(22), s.width - mm(22), mm(160), width=3)
    s.centred(mm(30), COURT, font("serif_bold", 52), spacing=6)
    s.centred(mm(46), "生效证明书", font("serif_bold", 78), spacing=24)
    s.right(s.width - mm(32), mm(66), c.basis_number.replace("号", "号之一"), song(38))
    run = Press([s], mm(80), left=mm(32), right=mm(32))
    f = song(40)
    parties = f"{c.applicant.name}与{c.respondent.name}" + (f"、{c.extra['insurer'].name}" if c.extra["tale"] == "van" else "")
    run.para(f"{c.applicant.name}：", f, lead=72)
    run.para(f"本院受理的{parties}{c.extra['cause']}一案，本院作出的{c.basis_number}民事判决书已送达各方当事人，在法定上诉期内"
             f"各方当事人均未提出上诉，该判决书已于{cn_date(c.basis_effective)}发生法律效力。", f, lead=72, first=f.size * 2)
    run.para("特此证明。", f, lead=72, first=f.size * 2)
    cert_on: date = c.extra["cert_on"]
    s.right(s.width - mm(40), mm(140), cn_date(cert_on), f)
    seal(s, s.width - mm(72), mm(140), COURT, rng, radius=mm(20))
    s.text(mm(32), mm(148), f"经办人：{c.extra.get('civil_judge') or person_name(rng)}（民事审判庭）", song(32))
    return [s]


# ------------------------------------------------------------------ the lawyers

def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's Word document: a 黑体 title, Word 宋体 (no 〇 in it) body, requests numbered, 此致 and the seal."""
    a = c.applicant
    s = Sheet()
    s.centred(mm(28), "强制执行申请书", hei(70), spacing=10)
    run = Press([s], mm(56), left=mm(28), right=mm(26), top=mm(26), foot=mm(26))
    f = font("song_gb", 41)
    van = c.extra["tale"] == "van"
    them = [("h", f"被申请人：{_who(c.respondent)}")]
    if van:
        them.append(("h", f"被申请人：{_who(c.extra['insurer'], '负责人')}"))
    tale = str(c.extra["tale"])
    if tale == "car":
        basis = f"{NOTARY}{c.basis_number}公证书及{c.extra['cert_no']}执行证书"
        reason = (f"申请人与被申请人签订《借款合同》，并于{num_date(c.extra['signed_on'])}在{NOTARY}办理了赋予强制执行效力的"
                  f"债权文书公证。借款到期后被申请人未按约还款，{NOTARY}已出具执行证书。被申请人名下有车辆一台（号牌"
                  f"{c.extra['plate']}），申请人请求依法查封、扣押并拍卖。")
    else:
        basis = f"重庆市綦江区人民法院{c.basis_number}民事判决书"
        reason = (f"申请人与被申请人{c.extra['cause']}一案，贵院作出的{c.basis_number}民事判决书已于"
                  f"{num_date(c.basis_effective)}发生法律效力，被申请人至今" + ("未履行赔偿义务。" if van else "拒不履行。"))
    rows = [("h", f"申请人：{_who(a)}联系电话：{a.phone}。"),
            ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), *them,
            ("t", "执行依据："), ("p", basis + "。"),
            ("t", "申请事项："),
            ("p", f"一、请求依法强制执行被申请人向申请人支付{money(c.amount)}；"),
            ("p", "二、请求执行被申请人加倍支付迟延履行期间的债务利息（或逾期利息）；"),
            ("p", "三、请求对被申请人采取限制高消费措施，并将其纳入失信被执行人名单；"),
            ("p", "四、本案执行费用由被申请人承担。"),
            ("t", "事实与理由："), ("p", reason),
            ("p", "为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
            ("t", "此致"), ("t", COURT)]
    for kind, text in rows:
        if kind == "t":
            run.line(text.replace("〇", "○"), f, lead=76)
        else:
            run.para(text.replace("〇", "○"), f, lead=76, first=f.size * 2 if kind == "p" else 0,
                     hang=f.size * 2 if kind == "h" else 0)
    run.need(280)
    last = run.s
    y = run.y + 50
    last.text(last.width - mm(108), y, "申请人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(54), y + 24, a.name, rng, radius=mm(20))
        last.text(last.width - mm(108), y + 90, "法定代表人：", f)
        pen(last, last.width - mm(60), y + 80, a.legal_rep, rng, size=54, ink=GEL)
    else:
        pen(last, last.width - mm(74), y - 8, a.name, rng, size=60, ink=GEL)
        last.draw.ellipse((last.width - mm(36), y + 2, last.width - mm(36) + 40, y + 50), fill=(196, 48, 48))
    last.text(last.width - mm(108), y + 180, num_date(d - timedelta(days=rng.randint(1, 3))), f)
    for i, sh in enumerate(run.sheets, 1):
        if len(run.sheets) > 1:
            sh.right(sh.width - mm(26), sh.height - mm(16), f"第 {i} 页 / 共 {len(run.sheets)} 页", font("song_gb", 28))
        if i > 1:
            sh.page_of = (i, len(run.sheets))
    return run.sheets


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The firm's printed 授权委托书 form with the authority ticked."""
    a = c.applicant
    s = Sheet()
    s.text(mm(24), mm(16), c.firm, font("serif", 32), fill=(120, 30, 30))
    s.centred(mm(30), "授 权 委 托 书", font("serif_bold", 76))
    run = Press([s], mm(56), left=mm(26), right=mm(24))
    f = song(40)
    run.para(f"委托人：{_who(a)}", f, lead=74, hang=f.size * 3)
    run.para(f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。", f, lead=74, hang=f.size * 3)
    run.para(f"委托人因与{c.respondent.name}{c.extra['cause']}执行一案，特委托上列受托人为执行代理人。", f, lead=74,
             first=f.size * 2)
    run.para("代理权限：", f, lead=74)
    x = run.left + mm(6)
    y = run.y
    x += tick_box(s, x, y, "一般代理", f, rng, ticked=False)
    tick_box(s, x, y, "特别授权代理", f, rng, ticked=True)
    run.y += 80
    run.para("特别授权的范围：代为申请执行，提供财产线索，申请查封、扣押、冻结、拍卖，参加约谈，代为承认、放弃、变更执行请求，"
             "代为和解，代为签收法律文书，代为领取执行款。", f, lead=74, first=f.size * 2)
    run.para("委托期限：自签订之日起至本案执行终结之日止。", f, lead=74, first=f.size * 2)
    y = run.y + 90
    s.text(mm(26), y, "委托人：", f)
    if a.kind == "organisation":
        seal(s, mm(76), y + 30, a.name, rng, radius=mm(19))
    else:
        pen(s, mm(58), y - 10, a.name, rng, size=58, ink=GEL)
    s.text(s.width / 2 + mm(10), y, "受托人：", f)
    pen(s, s.width / 2 + mm(42), y - 10, c.agent, rng, size=58, ink=GEL)
    s.right(s.width - mm(30), y + 160, num_date(d - timedelta(days=rng.randint(2, 5))), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    red = (200, 32, 38)
    s.centred(mm(22), c.firm, font("sans_bold", 70), fill=red, spacing=6)
    s.centred(mm(36), "CHONGQING QIJIANG LAW FIRM", font("sans", 28), fill=red, spacing=6)
    s.line(LEFT - mm(6), mm(44), s.width - RIGHT + mm(6), mm(44), width=3, fill=red)
    no = f"渝綦律函〔{d.year}〕{rng.randint(20, 260)}号"
    s.centred(mm(52), no, song(38))
    s.centred(mm(66), "律师事务所函", font("serif_bold", 64), spacing=12)
    run = Press([s], mm(88), left=mm(28), right=mm(26))
    f = song(41)
    run.para(f"{COURT}：", f, lead=76)
    run.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案申请执行人"
             "的代理人。", f, lead=76, first=f.size * 2)
    run.para("特此函告。", f, lead=76, first=f.size * 2)
    run.para("附：授权委托书一份、律师执业证复印件一份。", f, lead=76, first=f.size * 2)
    y = run.y + 110
    when = num_date(d - timedelta(days=rng.randint(1, 4)))
    s.right(s.width - RIGHT - mm(8), y + 70, when, f)
    seal(s, s.width - RIGHT - mm(36), y + 50, c.firm, rng, radius=mm(20))
    s.line(LEFT - mm(6), s.height - mm(34), s.width - RIGHT + mm(6), s.height - mm(34), width=1, fill=red)
    s.text(LEFT - mm(6), s.height - mm(30), f"地址：{c.extra['firm_addr']}　　律师：{c.agent}　{c.agent_phone}", song(28))
    return [s]


def _licence_sideways(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data page copied sideways: the booklet laid landscape on the glass, so the page reads turned."""
    s = Sheet()
    w, h = mm(170), mm(118)
    card = Image.new("RGB", (w, h), (226, 226, 224))
    probe = Sheet(size=(w, h), paper=(226, 226, 224))
    probe.box(0, 0, w - 1, h - 1, width=4, outline=(90, 90, 90))
    probe.centred(mm(8), "中华人民共和国律师执业证", font("sans_bold", 46))
    probe.draw.rectangle((mm(10), mm(24), mm(44), mm(68)), fill=(150, 150, 150))
    seal(probe, mm(40), mm(70), "重庆市司法局", rng, radius=mm(13))
    ty = mm(24)
    for label, value in [("持证人", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                         ("发证机关", "重庆市司法局"), ("发证日期", f"{rng.randint(2013, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]:
        probe.text(mm(56), ty, f"{label}：{value}", font("sans", 34))
        ty += mm(13)
    card = probe.image
    turned = card.rotate(90, expand=True)
    x, y = mm(40), mm(30)
    s.image.paste(COPIER, (x - mm(6), y - mm(6), x + turned.width + mm(6), y + turned.height + mm(6)))
    s.image.paste(turned, (x, y))
    s.lines.extend(probe.lines)
    s.text(mm(24), y + turned.height + mm(16), "律师执业证复印件", font("song_gb", 40))
    pen(s, mm(24), y + turned.height + mm(30), "复印件与原件一致", rng, size=52, ink=GEL)
    pen(s, mm(120), y + turned.height + mm(34), c.agent, rng, size=56, ink=GEL)
    return [s]


# ------------------------------------------------------------------ copies of cards and licences

def _diagonal(s: Sheet, text: str, cx: float, cy: float, rng: random.Random, *, size: int = 64) -> None:
    """What a careful holder writes across a copy: "仅供…使用", slanted across the card."""
    f = font("kai", size)
    w = int(text_width(text, f)) + 40
    layer = Image.new("L", (w, size + 40), 0)
    d = ImageDraw.Draw(layer)
    x = 20.0
    for ch in text:
        d.text((x, 14 + rng.uniform(-4, 4)), ch, font=f, fill=255)
        x += f.getlength(ch) * rng.uniform(0.95, 1.05)
    layer = layer.rotate(rng.uniform(18, 28), resample=Image.Resampling.BICUBIC, expand=True)
    ink = Image.new("RGB", layer.size, GEL)
    s.image.paste(ink, (int(cx - layer.width / 2), int(cy - layer.height / 2)), layer)
    s.lines.append(text)


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card on one A4 copy, one above the other, crossed diagonally by the holder's hand."""
    s = Sheet()
    w, h = mm(86) * 1.3, mm(54) * 1.3
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    y1 = mm(34)
    y2 = y1 + h + mm(24)
    for y in (y1, y2):
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=COPIER, outline=(110, 110, 110), width=2)
    born = p.born or date(1980, 1, 1)
    lab, val = font("hei", 28), font("hei", 36)
    ty = y1 + mm(7)
    for label, value in [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")]:
        s.text(x + mm(6), ty, label, lab, fill=(80, 80, 80))
        s.text(x + mm(20), ty - 3, value, val)
        ty += mm(10)
    s.text(x + mm(6), ty, "住址", lab, fill=(80, 80, 80))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(20), ty - 3, p.address[k:k + 12], val)
        ty += mm(6.5)
    s.text(x + mm(6), y1 + h - mm(11), "公民身份号码", lab, fill=(80, 80, 80))
    s.text(x + mm(34), y1 + h - mm(12), p.id_number, font("mono", 42))
    s.draw.rectangle((x + w - mm(34), y1 + mm(9), x + w - mm(7), y1 + mm(46)), fill=(128, 128, 128))
    s.centred(y2 + mm(12), "中华人民共和国", font("hei", 50), x0=x + mm(22), x1=x + w)
    s.centred(y2 + mm(26), "居民身份证", font("hei", 70), x0=x + mm(22), x1=x + w)
    s.draw.ellipse((x + mm(6), y2 + mm(6), x + mm(26), y2 + mm(26)), outline=(100, 100, 100), width=3)
    office = "重庆市公安局綦江区分局" if p.id_number.startswith("500110") or rng.random() < 0.5 else "重庆市綦江县公安局"
    s.text(x + mm(10), y2 + h - mm(20), f"签发机关　{office}", lab)
    start = rng.randint(2012, 2021)
    s.text(x + mm(10), y2 + h - mm(11), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{start + 20}.{rng.randint(1, 12):02d}."
           f"{rng.randint(1, 28):02d}", lab)
    _diagonal(s, "仅供綦江法院执行案件使用", x + w / 2, y1 + h / 2 + mm(6), rng)
    pen(s, mm(40), y2 + h + mm(24), "与原件核对无误", rng, size=52, ink=GEL)
    pen(s, mm(120), y2 + h + mm(24), p.name, rng, size=58, ink=GEL)
    return [s]


def _qr(s: Sheet, x: float, y: float, size: int, rng: random.Random) -> None:
    """A QR-like block (finder squares and a random module field)."""
    n = 25
    cell = size / n
    d = s.draw
    for i in range(n):
        for j in range(n):
            if rng.random() < 0.5:
                d.rectangle((x + i * cell, y + j * cell, x + (i + 1) * cell, y + (j + 1) * cell), fill=INK)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        d.rectangle((x + fx * cell, y + fy * cell, x + (fx + 7) * cell, y + (fy + 7) * cell), fill=(255, 255, 255))
        d.rectangle((x + fx * cell, y + fy * cell, x + (fx + 7) * cell - 1, y + (fy + 7) * cell - 1), outline=INK,
                    width=int(cell))
        d.rectangle((x + (fx + 2) * cell, y + (fy + 2) * cell, x + (fx + 5) * cell, y + (fy + 5) * cell), fill=INK)


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """New-style 营业执照 (副本) copied in grey, QR code at the top right; the 法定代表人身份证明书 on a page of its own."""
    s = Sheet()
    x0, y0, x1, y1 = mm(16), mm(20), s.width - mm(16), mm(180)
    s.draw.rectangle((x0, y0, x1, y1), fill=(236, 234, 230))
    for k, wd in ((0, 9), (20, 2)):
        s.box(x0 + k, y0 + k, x1 - k, y1 - k, width=wd, outline=(120, 110, 96))
    s.centred(y0 + mm(14), "营 业 执 照", font("serif_bold", 100), spacing=12)
    s.centred(y0 + mm(34), "（副　本）", song(38))
    _qr(s, x1 - mm(46), y0 + mm(10), mm(30), rng)
    s.text(x0 + mm(10), y0 + mm(30), "统一社会信用代码", song(32))
    s.text(x0 + mm(10), y0 + mm(36), p.id_number, font("mono", 40))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "在重庆市綦江区范围内办理各项小额贷款；办理小企业发展、管理、财务等咨询业务" if "贷款" in p.name
             else "物业管理；停车场服务；家政服务；园林绿化工程施工"),
            ("注册资本", f"{rng.choice([1000, 3000, 5000]) if '贷款' in p.name else rng.choice([100, 200, 500])}万元整"),
            ("成立日期", f"{rng.randint(2009, 2018)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"), ("住　　所", p.address)]
    ty = y0 + mm(50)
    f = song(34)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        for k, part in enumerate(wrap(value, f, x1 - x0 - mm(60))):
            s.text(x0 + mm(46), ty + k * mm(7), part, f)
            ty += mm(7) if k else 0
        ty += mm(11)
    s.text(x1 - mm(84), y1 - mm(36), "登记机关", f)
    seal(s, x1 - mm(50), y1 - mm(32), "重庆市綦江区市场监督管理局", rng, radius=mm(19))
    s.text(x1 - mm(92), y1 - mm(18), f"{c.filed_on.year - 1}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日", f)
    s.text(x0 + mm(4), y1 + mm(6), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", song(28))
    pen(s, mm(30), y1 + mm(30), "此复印件与原件一致", rng, size=54, ink=GEL)
    seal(s, mm(140), y1 + mm(40), p.name, rng, radius=mm(19))
    proof = Sheet()
    proof.centred(mm(34), "法定代表人身份证明书", font("serif_bold", 70), spacing=6)
    run = Press([proof], mm(64), left=mm(28), right=mm(26))
    g = song(42)
    born = date(rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28))
    run.para(f"{p.legal_rep}，{rng.choice('男女')}，{born.year}年{born.month}月{born.day}日出生，在我单位任执行董事兼总经理职务，"
             f"系我单位的法定代表人。", g, lead=80, first=g.size * 2)
    run.para("特此证明。", g, lead=80, first=g.size * 2)
    run.para(f"单位全称：{p.name}", g, lead=80)
    run.para(f"统一社会信用代码：{p.id_number}", g, lead=80)
    proof.right(proof.width - mm(32), run.y + 140, num_date(c.filed_on - timedelta(days=rng.randint(2, 8))), g)
    seal(proof, proof.width - mm(62), run.y + 130, p.name, rng, radius=mm(20))
    proof.box(mm(40), run.y + 260, proof.width - mm(40), run.y + 260 + mm(60), width=2, outline=(110, 110, 110))
    proof.centred(run.y + 260 + mm(25), "（法定代表人身份证复印件粘贴处）", song(34))
    proof.page_of = (2, 2)
    return [s, proof]


# ------------------------------------------------------------------ the window's forms

def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    tale = str(c.extra["tale"])
    if code == "property_clue_form":
        y = form_title(s, "被执行人财产线索表")
        s.text(LEFT, y - 20, f"案号：{c.number}", song(32))
        y += 40
        car = f"{c.extra['car']}，号牌{c.extra['plate']}，平时停在{r.address[6:]}家门口" if tale == "car" else "不清楚"
        house = {"car": "农村自建房，无产权证", "van": "不清楚", "estate": f"{r.address[6:]}（按揭，已抵押）"}[tale]
        bank = {"car": "放款账户6217开头（见借款合同）", "van": "不清楚（保险公司有账户）", "estate": "不清楚"}[tale]
        rows = [("被执行人", r.name), ("身份证号/信用代码", r.id_number), ("住所地", r.address), ("联系电话", r.phone),
                ("银行账户", bank), ("不动产", house), ("车辆", car), ("股权、债权及其他", "无" if tale != "van" else
                                                                  f"{c.extra['insurer'].name}应付保险赔偿款")]
        boxes = frame(s, LEFT, y, [mm(52), w - mm(52)], [[k, ""] for k, _ in rows], song(35),
                      heights=[mm(16)] * 4 + [mm(24)] * 4)
        right = [b for b in boxes if b[0] > LEFT]
        for (_, value), b in zip(rows, right, strict=True):
            pen(s, b[0] + mm(4), b[1] + mm(3), value, rng, size=38, per_line=22, lead=mm(7))
        y = boxes[-1][3] + mm(10)
        s.text(LEFT, y, "提供人承诺：以上线索系本人了解的真实情况。", song(34))
        s.text(s.width - RIGHT - mm(110), y + mm(16), "提供人：", song(36))
        pen(s, s.width - RIGHT - mm(80), y + mm(13), c.agent, rng, size=54, ink=GEL)
        pen(s, s.width - RIGHT - mm(80), y + mm(30), num_date(d), rng, size=42)
        return [s]
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取案款确认书")
        s.text(LEFT, y - 20, f"案号：{c.number}", song(32))
        y += 40
        rows = [("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]), ("银行账号", c.extra["in_acct"]),
                ("联系人及电话", f"{c.agent}　{c.agent_phone}")]
        boxes = frame(s, LEFT, y, [mm(50), w - mm(50)], [[k, ""] for k, _ in rows], song(36), heights=mm(18))
        right = [b for b in boxes if b[0] > LEFT]
        for (_, value), b in zip(rows, right, strict=True):
            pen(s, b[0] + mm(5), b[1] + mm(3.5), value, rng, size=44)
        run = Press([s], boxes[-1][3] + mm(10))
        for t in ["一、本人（单位）确认上述账户为本案执行款的收款账户，执行法院将执行款转入该账户即视为已向本人（单位）发放。",
                  "二、上述账户信息发生变更的，本人（单位）将及时书面告知执行法院，因未及时告知造成的后果由本人（单位）承担。",
                  "三、执行法院不向上述账户以外的其他账户发放执行款。"]:
            run.para(t, song(35), lead=60)
        y = run.y + mm(14)
        s.text(s.width - RIGHT - mm(116), y, "申请执行人（签章）：", song(36))
        if a.kind == "organisation":
            seal(s, s.width - RIGHT - mm(30), y + 20, a.name, rng, radius=mm(18))
        else:
            pen(s, s.width - RIGHT - mm(44), y - 6, a.name, rng, size=54, ink=GEL)
        pen(s, s.width - RIGHT - mm(80), y + mm(18), num_date(d), rng, size=42)
        return [s]
    y = form_title(s, "送达地址确认书")
    s.text(LEFT, y - 20, f"案号：{c.number}", song(32))
    y += 40
    run = Press([s], y)
    run.para("告知事项：一、为便于当事人及时收到人民法院诉讼文书，保证执行程序顺利进行，当事人应当如实提供确切的送达地址。"
             "二、确认的送达地址适用于执行程序。三、因当事人提供的送达地址不准确、送达地址变更未及时告知人民法院，或者当事人拒不"
             "提供送达地址而导致法律文书未能被实际接收的，文书退回之日视为送达之日。", song(32), lead=52)
    y = run.y + mm(6)
    rows = [("当事人", a.name), ("诉讼地位", "申请执行人"), ("送达地址", a.address), ("收件人", c.agent),
            ("联系电话", c.agent_phone), ("电子送达", ""), ("电子邮箱/手机号", c.agent_phone)]
    boxes = frame(s, LEFT, y, [mm(52), w - mm(52)], [[k, ""] for k, _ in rows], song(35), heights=mm(17))
    right = [b for b in boxes if b[0] > LEFT]
    for (label, value), b in zip(rows, right, strict=True):
        if label == "电子送达":
            x = b[0] + mm(4)
            x += tick_box(s, x, b[1] + mm(3.5), "同意", song(34), rng, ticked=True)
            tick_box(s, x, b[1] + mm(3.5), "不同意", song(34), rng, ticked=False)
        elif value:
            pen(s, b[0] + mm(5), b[1] + mm(3), value, rng, size=40, per_line=24, lead=mm(6))
    y = boxes[-1][3] + mm(12)
    s.text(LEFT, y, "当事人确认：我已阅读告知事项，保证以上送达地址准确、有效。", song(34))
    s.text(s.width - RIGHT - mm(110), y + mm(16), "确认人：", song(36))
    pen(s, s.width - RIGHT - mm(80), y + mm(13), c.agent, rng, size=54, ink=GEL)
    pen(s, s.width - RIGHT - mm(80), y + mm(30), num_date(d), rng, size=42)
    s.text(LEFT, s.height - mm(38), f"法院经办人：{c.clerk}", song(32))
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表 the court sent with the report order, filled in and signed by the person reporting."""
    r = c.respondent
    tale = str(c.extra["tale"])
    s = Sheet()
    y = form_title(s, "财 产 申 报 表")
    s.text(LEFT, y - 20, f"案号：{c.number}", song(32))
    y += 40
    w = s.width - LEFT - RIGHT
    if tale == "car":
        vals = ["工资收入：无固定收入，开农家乐", "农商行卡一张，余额约二百元", "老家自建房一处，无产权证",
                f"{c.extra['car']}一辆（{c.extra['plate']}）", "无", "无", "无"]
    elif tale == "van":
        vals = ["跑货运，月收入约四千元", "农商行卡一张，余额几十元", "无", "面包车已投保，事故后已卖", "无", "无", "无"]
    else:
        vals = ["在外务工，收入不固定", "无", f"{r.address[6:]}住房一套（按揭中）", "无", "无", "无", "无"]
    labels = ["收入情况", "银行存款", "不动产", "车辆", "股权及投资", "债权", "其他财产"]
    rows = [["申报人", r.name, "身份证号", r.id_number], ["住址", r.address], *[[k, ""] for k in labels],
            ["申报前一年财产变动", ""]]
    boxes = frame(s, LEFT, y, [mm(40), mm(44), mm(28), w - mm(112)], rows, song(33),
                  heights=[mm(15), mm(15)] + [mm(19)] * 7 + [mm(26)], labels=(0, 2))
    firsts = [b for b in boxes if b[0] == LEFT][2:]
    for v, b in zip([*vals, "无变动" if tale != "van" else "事故后面包车卖了，得款二万余元用于还债"], firsts, strict=True):
        pen(s, b[2] + mm(4), b[1] + mm(3.5), v, rng, size=38, per_line=24, lead=mm(7))
    y = boxes[-1][3] + mm(10)
    s.text(LEFT, y, "申报人保证：以上申报内容真实、完整，如有虚假，愿承担法律责任。", song(33))
    s.text(s.width - RIGHT - mm(110), y + mm(16), "申报人签名：", song(36))
    pen(s, s.width - RIGHT - mm(66), y + mm(13), r.name, rng, size=54, ink=GEL)
    s.draw.ellipse((s.width - RIGHT - mm(22), y + mm(15), s.width - RIGHT - mm(22) + 38, y + mm(15) + 46), fill=(196, 50, 50))
    pen(s, s.width - RIGHT - mm(80), y + mm(30), num_date(d), rng, size=42)
    return [s]


# ------------------------------------------------------------------ system printouts and bills

def _e_bill(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """重庆市非税收入电子票据 printed on A4: a brown-red frame, QR code at the top left, the finance bureau's oval seal."""
    s = Sheet()
    brown = (150, 60, 40)
    x0, x1 = mm(16), s.width - mm(16)
    s.centred(mm(20), "重庆市非税收入电子票据", font("serif_bold", 62), fill=brown, spacing=4)
    _qr(s, x0 + mm(2), mm(14), mm(24), rng)
    f = song(31)
    s.text(x0 + mm(32), mm(34), f"票据代码：50060124　　交款人统一社会信用代码：{c.applicant.id_number}", f, fill=brown)
    s.text(x0 + mm(32), mm(41), f"交款人：{c.applicant.name}", f, fill=brown)
    s.right(x1, mm(34), f"票据号码：{rng.randint(10**9, 10**10 - 1)}", f)
    s.right(x1, mm(41), f"开票日期：{d:%Y-%m-%d}", f)
    fee: Decimal = c.extra["fee"]
    w = x1 - x0
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）", "备注"],
            ["103040101", "诉讼费（申请执行费）", "件", "1", f"{fee:,.2f}", f"{fee:,.2f}", c.number],
            ["", "", "", "", "", "", ""], ["金额合计（大写）", money_caps(fee), "", "", "（小写）", f"{fee:,.2f}", ""]]
    frame(s, x0, mm(50), [mm(30), mm(50), mm(14), mm(14), mm(26), mm(30), w - mm(164)], rows, song(28),
          heights=[mm(11), mm(14), mm(9), mm(12)], labels=(), ink=brown, outer=3)
    s.text(x0, mm(102), f"其他信息：执收单位编码 500110-{rng.randint(100, 999)}；校验码 {rng.randint(10**5, 10**6 - 1)}", song(28),
           fill=brown)
    s.text(x0, mm(112), "收款单位（章）：", song(30), fill=brown)
    seal(s, x0 + mm(62), mm(112), COURT, rng, radius=mm(17), inner="财务专用章")
    s.text(x0 + mm(110), mm(112), f"复核人：{person_name(rng)}　　收款人：{person_name(rng)}", song(30), fill=brown)
    s.draw.ellipse((x1 - mm(60), mm(8), x1 - mm(10), mm(30)), outline=(200, 40, 40), width=4)
    s.centred(mm(12), "重庆市财政局", song(24), x0=x1 - mm(60), x1=x1 - mm(10), fill=(200, 40, 40))
    s.centred(mm(19), "票据监制章", song(24), x0=x1 - mm(60), x1=x1 - mm(10), fill=(200, 40, 40))
    for x in range(0, s.width, 24):
        s.line(x, mm(128), x + 12, mm(128), width=1, fill=(160, 160, 160))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控系统 printout: a grey header band, results table in a monospaced face, two pages, "第n页/共m页"."""
    r = c.respondent
    tale = str(c.extra["tale"])
    mono = font("mono", 28)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "重庆农村商业银行",
             "重庆银行", "招商银行", "自然资源部（不动产）", "公安部（机动车）", "中国证券登记结算有限公司", "住房公积金",
             "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司", "京东网银在线", "人民银行（理财产品）",
             "市场监管总局（工商登记）", "中国人民银行征信中心", "民航局（乘机记录）"]
    rows = [["序号", "协助执行单位", "财产类型", "反馈结果", "反馈日期"]]
    for i, unit in enumerate(units, 1):
        kind = "存款" if i <= 9 else ("不动产" if "自然" in unit else "车辆" if "机动车" in unit else "其他")
        res = "无"
        if kind == "存款" and rng.random() < 0.3:
            res = f"账户1个，余额{rng.randint(0, 400)}.{rng.randint(10, 99)}元"
        if tale == "car" and "机动车" in unit:
            res = f"{c.extra['plate']} 小型轿车 正常"
        if tale == "estate" and "自然" in unit:
            res = f"{c.extra['estate']}住宅1套 已抵押"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d}"])
    sheets: list[Sheet] = []
    parts = [rows[:12], [rows[0], *rows[12:]]]
    for part in parts:
        s = Sheet()
        s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(26)), fill=(210, 210, 210))
        s.text(mm(16), mm(14.5), "全国法院网络执行查控系统  查询结果反馈（总对总）", font("sans_bold", 40))
        s.text(mm(14), mm(32), f"案号：{c.number}   承办人：{c.officer}   查询对象：{r.name}", mono)
        s.text(mm(14), mm(38), f"证件号码：{r.id_number}   发起时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}", mono)
        frame(s, mm(14), mm(46), [mm(14), mm(66), mm(22), mm(58), mm(22)], part, mono, heights=mm(10), labels=(),
              outer=2)
        s.text(mm(14), s.height - mm(16), f"打印人：{c.clerk}   打印时间：{d + timedelta(days=4):%Y-%m-%d %H:%M}".replace("00:00",
               f"16:{rng.randint(10, 59)}"), mono)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(14), s.height - mm(16), f"第{i}页/共{len(sheets)}页", mono)
        if i > 1:
            s.page_of = (i, len(sheets))
    return sheets


def _bank_slips(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A bank's 电子回单 pair on one page: the money into the court's account (the buyer's price or the insurer's
    transfer) and the court paying the applicant."""
    s = Sheet()
    f = font("sans", 29)
    paid: date = c.extra["paid_on"]
    tale = str(c.extra["tale"])
    if tale == "car":
        payer = (c.extra["buyer"], f"6228{rng.randint(10**11, 10**12 - 1)}", c.extra["price"], f"{c.number}车辆拍卖款")
        came = paid - timedelta(days=rng.randint(8, 12))
    else:
        ins: Party = c.extra["insurer"]
        payer = (ins.name, f"3100{rng.randint(10**11, 10**12 - 1)}", c.amount, f"{c.basis_number}赔款（{c.number}）")
        came = paid - timedelta(days=2)
    slips = [(payer[0], payer[1], f"{COURT}执行款专户", c.extra["court_acct"], payer[2], came, payer[3]),
             (f"{COURT}执行款专户", c.extra["court_acct"], c.applicant.name, c.extra["in_acct"], c.amount, paid,
              f"{c.number}执行款发放")]
    y = mm(16)
    blue = (40, 70, 140)
    for payer_name, pacct, payee, eacct, amount, day, use in slips:
        s.box(mm(14), y, s.width - mm(14), y + mm(116), width=2, outline=blue)
        s.centred(y + mm(5), "重庆农村商业银行　电子回单", font("sans_bold", 44), fill=blue)
        s.text(mm(20), y + mm(17), f"回单号：{rng.randint(10**15, 10**16 - 1)}　　记账日期：{day:%Y-%m-%d}", f)
        w = s.width - mm(40)
        rows = [["付款人户名", payer_name, "收款人户名", payee], ["付款人账号", pacct, "收款人账号", eacct],
                ["金额（小写）", f"CNY {amount:,.2f}", "金额（大写）", money_caps(amount)], ["摘　要", use],
                ["交易流水号", f"{day:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}"]]
        frame(s, mm(20), y + mm(26), [mm(32), mm(56), mm(32), w - mm(120)], rows, f, heights=mm(14), labels=(0, 2),
              ink=blue, outer=2, label_font=font("sans", 29))
        seal(s, s.width - mm(52), y + mm(96), "重庆农村商业银行綦江支行", rng, radius=mm(15), inner="电子回单专用章")
        s.text(mm(20), y + mm(104), f"打印次数：1　　打印日期：{paid + timedelta(days=1):%Y-%m-%d}", f)
        y += mm(132)
    return [s]

