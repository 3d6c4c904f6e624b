"""What 隆阳法院执行局 receives, each in its maker's hand. From other bodies, originals (route "laser"): the civil
division's 民事判决书 (Noto serif, "— n —" folios) and the 永昌公证处's 公证书 and 执行证书 (a boxed number, 仿宋-like
kai body, the notary's signature line). From the parties, phone photos of a screen (route "screen"): the lawyer's
application, 授权委托书 and 所函 as Word pages on a monitor, the son's own application typed in WPS, the ID cards and
the 执业证 on a phone, the co-op's licence and the roastery's 公示系统 page on a monitor, the 非税 e-receipt, the
村委会's 证明 and the co-op's bank-app transfer records on a phone."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, hand, mm, seal, text_width
from dossier.corpus.families.court_ia_kit import COURT, IaSheet, Pages, foot_numbers, grid
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "whereabouts_unknown_proof", "payment_voucher",
})
NOTARY = "云南省保山市永昌公证处"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[IaSheet]:
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _deed(c, rng) if t == "jade" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _exec_certificate(c, rng)
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
            return _id_card(p, rng)
        return _public_record(p, c, rng) if p is c.respondent else _coop_licence(p, c, rng)
    if code == "fee_receipt":
        return _e_receipt(c, rng)
    if code == "whereabouts_unknown_proof":
        return _village_letter(c, rng)
    if code == "payment_voucher":
        return _transfers(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        rep = "理事长" if "合作社" in p.name else "法定代表人"
        return f"{p.name}，住所地：{p.address}。{rep}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码：{p.id_number}。"


def _flow(pg: Pages, items: list[tuple[str, str]], f: Font, lead: float) -> None:
    for kind, text in items:
        if kind == "h":
            pg.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "t":
            pg.line(text, f, lead=lead)
        else:
            pg.para(text, f, lead=lead, indent=f.size * 2)


def _judgment(c: CaseCtx, rng: random.Random) -> list[IaSheet]:
    """The civil division's judgment: Noto serif, title with wide gaps, the number right, "— n —" folios."""
    a, r = c.applicant, c.respondent
    coffee = c.extra["tale"] == "coffee"
    heard = c.extra["basis_day"] - timedelta(days=rng.randint(20, 40))
    if coffee:
        story = (f"2022年11月至2023年1月，原告分三批向被告供应潞江坝小粒咖啡生豆（水洗，AA级）共{c.extra['tons']}吨，"
                 f"被告验收入库后仅支付部分货款，经双方对账确认，尚欠货款{c.amount:,.2f}元。原告多次催要未果。")
        held = "原、被告之间的买卖合同合法有效，原告已依约交货，被告应按对账确认的金额支付货款。"
        laws = "《中华人民共和国民法典》第五百零九条、第五百七十九条、第六百二十六条"
        order = f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"
        title_pair = "原告", "被告"
    else:
        story = (f"{num_date(c.extra['crash_day'])}，被告驾驶无号牌二轮摩托车行至{c.extra['road']}时，与横过道路的原告相撞，"
                 "致原告受伤。保山市公安局交通警察支队隆阳大队认定被告负事故主要责任。原告住院治疗二十三天，"
                 "经鉴定构成十级伤残。被告所驾摩托车未投保交强险。")
        held = "被告驾驶未投保交强险的机动车发生事故致原告受伤，应在交强险责任限额内先行赔偿，超出部分按责任比例承担。"
        laws = "《中华人民共和国民法典》第一千一百七十九条、第一千二百零八条，《中华人民共和国道路交通安全法》第七十六条"
        order = (f"被告{r.name}于本判决生效之日起十日内赔偿原告{a.name}医疗费、误工费、护理费、残疾赔偿金等各项损失合计"
                 f"{c.amount:,.2f}元。")
        title_pair = "原告", "被告"
    items = [
        ("h", f"{title_pair[0]}：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{'云南永昌律师事务所律师' if coffee else '系原告之子'}。"),
        ("h", f"{title_pair[1]}：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用"
              f"简易程序，于{cn_date(heard)}公开开庭进行了审理。原、被告均到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告支付{c.amount:,.2f}元；诉讼费由被告负担。事实与理由：{story}"),
        ("p", "被告辩称，对事实无异议，但目前经济困难，请求分期履行。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照{laws}，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
        ("p", order),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，"
              "加倍支付迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 30}元，减半收取{(int(c.amount) // 100 + 30) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，并按对方当事人的人数提出副本，上诉于云南省"
              "保山市中级人民法院。"),
    ]
    pg = Pages(left=mm(31), right=mm(27))
    s = pg.s
    s.centred(mm(30), COURT, font("serif", 52), spacing=3)
    s.centred(mm(30) + 88, "民事判决书", font("serif_bold", 78), spacing=40)
    pg.y = mm(30) + 210
    pg.line(c.basis_number, font("serif", 40), lead=96, right=True)
    f = font("serif", 41)
    _flow(pg, items, f, 72)
    pg.need(420)
    last, y = pg.s, pg.y + 60
    x = last.width - mm(96)
    for role in ("审 判 员", "人民陪审员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 76
    when = cn_date(c.extra["basis_day"])
    last.text(x, y + 24, when, f)
    seal(last, x + text_width(when, f) / 2, y + 36, COURT, rng, radius=mm(20))
    last.text(x, y + 110, f"书 记 员　{person_name(rng)}", f)
    return foot_numbers(pg.sheets, font("serif", 32), style="dash")


def _notary_head(pg: Pages, title: str, number: str) -> None:
    s = pg.s
    s.centred(mm(34), title, font("serif_bold", 96), spacing=70 if len(title) <= 3 else 30)
    f = font("kai_gb", 40)
    w = text_width(number, f) + 40
    x0 = s.width - mm(27) - w
    s.box(x0, mm(34) + 150, x0 + w, mm(34) + 214, width=2)
    s.text(x0 + 20, mm(34) + 160, number, f)
    pg.y = mm(34) + 270


def _deed(c: CaseCtx, rng: random.Random) -> list[IaSheet]:
    """The 公证处's 赋予强制执行效力的债权文书公证书: big spaced title, the number in a box, 仿宋-like kai body, and the
    loan contract it covers summarised clause by clause; notary's signature and the office's seal."""
    a, r = c.applicant, c.respondent
    pg = Pages(left=mm(30), right=mm(27))
    _notary_head(pg, "公证书", c.basis_number)
    f = font("kai_gb", 44)
    _flow(pg, [
        ("h", f"申请人（出借人）：{_who(a)}"),
        ("h", f"申请人（借款人）：{_who(r)}"),
        ("t", "公证事项：赋予债权文书强制执行效力"),
        ("p", f"申请人{a.name}与申请人{r.name}于{cn_date(c.extra['loan_day'])}来到本处，申请对双方签订的《借款合同》"
              "办理赋予强制执行效力的公证。"),
        ("p", f"经查，双方签订的《借款合同》约定：{a.name}向{r.name}出借人民币{c.extra['principal']:,.0f}元，借款期限自"
              f"{num_date(c.extra['loan_day'])}至{num_date(c.extra['due_day'])}，月利率百分之一，到期一次还本付息；借款人"
              "不履行或不完全履行还款义务时，出借人可以向公证处申请出具执行证书，并持公证书及执行证书向有管辖权的人民法院"
              "申请强制执行，借款人愿意接受强制执行。"),
        ("p", f"双方当事人具有完全民事行为能力，意思表示真实，合同内容不违反法律规定。出借人已于{num_date(c.extra['loan_day'])}"
              "通过银行转账交付全部借款。"),
        ("p", "兹证明前面的《借款合同》系双方当事人在本公证员面前签署，合同内容具有给付货币的内容，债权债务关系明确，"
              "双方对给付内容无疑义，借款人在合同中载明不履行义务时愿意接受强制执行的承诺。依照《中华人民共和国公证法》"
              "第三十七条的规定，该《借款合同》具有强制执行效力。"),
    ], f, 80)
    pg.need(330)
    last, y = pg.s, pg.y + 70
    last.right(last.width - mm(30), y, NOTARY, f)
    last.right(last.width - mm(30), y + 84, f"公证员　{c.extra.setdefault('notary', person_name(rng))}", f)
    last.right(last.width - mm(30), y + 168, cn_date(c.extra["loan_day"]), f)
    seal(last, last.width - mm(64), y + 90, NOTARY, rng, radius=mm(21))
    return foot_numbers(pg.sheets, font("kai_gb", 32), style="slash")


def _exec_certificate(c: CaseCtx, rng: random.Random) -> list[IaSheet]:
    a, r = c.applicant, c.respondent
    pg = Pages(left=mm(30), right=mm(27))
    _notary_head(pg, "执行证书", c.extra["cert_number"])
    f = font("kai_gb", 44)
    interest = c.extra["interest"]
    _flow(pg, [
        ("h", f"申请执行人：{_who(a)}"),
        ("h", f"被执行人：{_who(r)}"),
        ("p", f"本处于{cn_date(c.extra['loan_day'])}出具的{c.basis_number}公证书，赋予{a.name}与{r.name}签订的《借款合同》"
              f"强制执行效力。借款到期后，被执行人未按约还款。{cn_date(c.extra['cert_day'] - timedelta(days=12))}，申请执行人向本处"
              "申请出具执行证书。本处向被执行人户籍地址邮寄核实函，邮件被退回；电话无法接通。"),
        ("p", "经核实，被执行人未履行上述公证书所载债务。现根据《中华人民共和国公证法》第三十七条、《公证程序规则》"
              "第五十五条的规定，出具本执行证书。"),
        ("t", "执行标的："),
        ("p", f"一、借款本金人民币{c.extra['principal']:,.2f}元；"),
        ("p", f"二、截至{num_date(c.extra['cert_day'])}的利息人民币{interest:,.2f}元；"),
        ("p", f"以上合计{money(c.amount)}，此后利息按合同约定计算至实际清偿之日止。"),
        ("p", "申请执行人可持本执行证书及前述公证书向有管辖权的人民法院申请强制执行。"),
    ], f, 80)
    pg.need(260)
    last, y = pg.s, pg.y + 60
    last.right(last.width - mm(30), y, NOTARY, f)
    last.right(last.width - mm(30), y + 84, f"公证员　{c.extra.setdefault('notary', person_name(rng))}", f)
    last.right(last.width - mm(30), y + 168, cn_date(c.extra["cert_day"]), f)
    seal(last, last.width - mm(64), y + 90, NOTARY, rng, radius=mm(21))
    return foot_numbers(pg.sheets, font("kai_gb", 32), style="slash")


def _screen_pages(device: str) -> Pages:
    return Pages("screen", device, left=mm(25), right=mm(24))


def _application(c: CaseCtx, rng: random.Random) -> list[IaSheet]:
    """The application as a Word page on a monitor: the lawyer's in 楷体 under a bold sans title; the son's own in
    微软雅黑-like sans, plainer and longer-winded."""
    a, r = c.applicant, c.respondent
    bike = c.extra["tale"] == "bike"
    pg = _screen_pages("monitor")
    s = pg.s
    s.centred(mm(26), "强制执行申请书" if not bike else "申请执行书", font("sans_bold", 70), spacing=12)
    pg.y = mm(26) + 150
    f = font("microhei" if bike else "kai_gb", 44)
    agent = (f"委托代理人：{c.agent}，男，系申请执行人之子，住同上，联系电话{c.agent_phone}。" if bike else
             f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。")
    if c.extra["tale"] == "jade":
        ground = f"{NOTARY}{c.basis_number}公证书及{c.extra['cert_number']}执行证书"
    else:
        ground = f"{COURT}{c.basis_number}民事判决书"
    _flow(pg, [
        ("h", f"申请执行人：{_who(a)}"), ("h", agent), ("h", f"被执行人：{_who(r)}"),
        ("t", "执行请求："),
        ("p", f"1.依法强制被执行人履行{ground}确定的给付义务，支付{money(c.amount)}；"),
        ("p", "2.被执行人加倍支付迟延履行期间的债务利息；执行费用由被执行人承担；"),
        ("p", "3.请求对被执行人采取限制高消费措施，并将其纳入失信被执行人名单。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{ground}已发生法律效力。"
              + ("我父亲被撞伤后至今还在做康复，被执行人只在住院时垫付过两千元，判决生效后再没有付过一分钱，"
                 "打电话也不接。" if bike else "被执行人至今未履行义务。")
              + "依照《中华人民共和国民事诉讼法》第二百四十七条" + ("、第二百四十九条" if c.extra["tale"] == "jade" else "")
              + "的规定，特向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ], f, 80)
    pg.need(240)
    last, y = pg.s, pg.y + 50
    last.text(last.width - mm(110), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(50), y + 24, a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(60), y - 4, a.name, rng, size=58, ink=INK)
    last.text(last.width - mm(96), y + 110, num_date(c.filed_on - timedelta(days=2)), f)
    return foot_numbers(pg.sheets, font("sans", 30), style="slash")


def _attorney(c: CaseCtx, rng: random.Random) -> list[IaSheet]:
    a = c.applicant
    bike = c.extra["tale"] == "bike"
    pg = _screen_pages("monitor")
    pg.s.centred(mm(28), "授权委托书", font("serif_bold", 72), spacing=24)
    pg.y = mm(28) + 160
    f = font("microhei" if bike else "serif", 42)
    agent = (f"受托人：{c.agent}，男，{c.extra.get('agent_born', date(1985, 1, 1)).year}年生，汉族，住{a.address}，"
             f"公民身份号码：{c.extra.get('agent_id', '')}，系委托人之子。" if bike else
             f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，地址：{c.extra['firm_addr']}。")
    power = ("代为申请执行，代为提供财产线索，代为签收法律文书，代为领取执行款。" if bike else
             "特别授权：代为申请执行、提供财产线索、申请采取执行措施，代为参加执行和解并签订和解协议，代为收取执行款，"
             "代为签收法律文书，代为申请终结本次执行程序及恢复执行。")
    _flow(pg, [("h", f"委托人：{_who(a)}"), ("h", agent),
               ("p", f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
               ("p", f"代理权限：{power}"), ("p", "委托期限：自本委托书签署之日起至本案执行终结时止。")], f, 76)
    y = pg.y + 80
    s = pg.s
    s.text(mm(25), y, "委托人：", f)
    s.text(s.width - mm(100), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(78), y + 90, a.name, rng, radius=mm(19))
        hand(s, mm(52), y + 60, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(s, mm(52), y - 2, a.name, rng, size=58, ink=INK)
        s.draw.ellipse((mm(82), y + 6, mm(82) + 36, y + 52), fill=(200, 50, 55))
    hand(s, s.width - mm(70), y - 2, c.agent, rng, size=58, ink=INK)
    s.text(s.width - mm(100), y + 130, num_date(c.filed_on - timedelta(days=4)), f)
    return pg.sheets


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[IaSheet]:
    s = IaSheet(route="screen", device="monitor")
    blue = (20, 60, 140)
    s.text(mm(25), mm(22), c.firm, font("serif_bold", 64), fill=blue, spacing=6)
    s.text(mm(25), mm(22) + 80, "YUNNAN LAW FIRM", font("sans", 28), fill=blue, spacing=8)
    s.line(mm(25), mm(22) + 120, s.width - mm(25), mm(22) + 120, width=4, fill=blue)
    s.centred(mm(22) + 190, "律 师 事 务 所 函", font("hei", 62))
    pg = Pages("screen", "monitor", y=mm(22) + 310, left=mm(25), right=mm(25))
    pg.sheets = [s]
    f = font("serif", 42)
    pg.line(f"（{c.filed_on.year}）永律执字第{rng.randint(8, 190)}号", f, lead=76, right=True)
    pg.line(f"{COURT}：", f, lead=76)
    pg.para(f"我所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案"
            "申请执行人的委托代理人。", f, lead=76, indent=84)
    pg.para("特此函告。", f, lead=76, indent=84)
    pg.para(f"附：授权委托书一份　　律师：{c.agent}（执业证号{c.extra['licence']}）　电话：{c.agent_phone}", font("serif", 36),
            lead=62)
    y = pg.y + 120
    s.right(s.width - mm(32), y, num_date(c.filed_on - timedelta(days=4)), f)
    seal(s, s.width - mm(60), y - 10, c.firm, rng, radius=mm(20))
    s.text(mm(25), s.height - mm(24), f"地址：{c.extra['firm_addr']}", font("sans", 28), fill=blue)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[IaSheet]:
    """The 律师执业证's data page photographed flat (a phone photo shown on the phone again)."""
    s = IaSheet(route="screen", device="phone")
    x0, y0, x1, y1 = mm(20), mm(40), s.width - mm(20), mm(190)
    s.draw.rectangle((x0, y0, x1, y1), fill=(244, 238, 222), outline=(120, 90, 60), width=4)
    s.draw.rectangle((x0 + mm(8), y0 + mm(12), x0 + mm(48), y0 + mm(62)), fill=(150, 160, 175))
    s.centred(y0 + mm(4), "中华人民共和国律师执业证", font("serif_bold", 52), x0=x0, x1=x1)
    f = font("sans", 36)
    ty = y0 + mm(16)
    for label, value in (("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                         ("法律职业资格证号", f"A{rng.randint(2010, 2020)}53{rng.randint(10**8, 10**9 - 1)}"),
                         ("发证机关", "云南省司法厅"), ("持证人", c.agent)):
        s.text(x0 + mm(56), ty, f"{label}：{value}", f)
        ty += mm(12)
    seal(s, x1 - mm(40), y1 - mm(40), "云南省司法厅", rng, radius=mm(20))
    s.text(x0, y1 + mm(10), "律师年度考核备案：2023年度 称职", font("sans", 34))
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[IaSheet]:
    """Both faces of an ID card, photographed and shown on a phone (the party's album)."""
    s = IaSheet(route="screen", device="phone")
    w, h = mm(150), mm(95)
    x = (s.width - w) / 2
    born = p.born or date(1980, 1, 1)
    for k, y in enumerate((mm(30), mm(150))):
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(6), fill=(226, 234, 236) if k == 0 else (232, 230, 220),
                                 outline=(140, 150, 150), width=3)
        if k == 0:
            lab, val = font("hei", 34), font("hei", 44)
            ty = y + mm(9)
            for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                                 ("出生", f"{born.year}年{born.month}月{born.day}日")):
                s.text(x + mm(8), ty, label, lab, fill=(60, 90, 120))
                s.text(x + mm(26), ty - 4, value, val)
                ty += mm(13)
            s.text(x + mm(8), ty, "住址", lab, fill=(60, 90, 120))
            for j in range(0, len(p.address), 12):
                s.text(x + mm(26), ty - 4, p.address[j:j + 12], font("hei", 38))
                ty += mm(8)
            s.text(x + mm(8), y + h - mm(14), "公民身份号码", lab, fill=(60, 90, 120))
            s.text(x + mm(44), y + h - mm(15), p.id_number, font("mono", 48))
            s.draw.rectangle((x + w - mm(44), y + mm(10), x + w - mm(8), y + mm(58)), fill=(170, 172, 176))
        else:
            s.text(x + mm(48), y + mm(12), "中华人民共和国", font("hei", 54))
            s.text(x + mm(40), y + mm(30), "居民身份证", font("hei", 80), spacing=16)
            s.draw.ellipse((x + mm(8), y + mm(8), x + mm(34), y + mm(34)), outline=(180, 60, 60), width=4)
            police = "保山市公安局隆阳分局" if p.id_number.startswith("530502") else (
                "腾冲市公安局" if p.id_number.startswith("530581") else "施甸县公安局")
            s.text(x + mm(18), y + h - mm(24), f"签发机关　{police}", font("hei", 34))
            start = rng.randint(2015, 2021)
            s.text(x + mm(18), y + h - mm(13), f"有效期限　{start}.0{rng.randint(1, 9)}.{rng.randint(10, 28)}-"
                   f"{start + 20}.0{rng.randint(1, 9)}.{rng.randint(10, 28)}", font("hei", 34))
    return [s]


def _coop_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[IaSheet]:
    """The co-op's 营业执照 (农民专业合作社) as a scan opened on a monitor, with the 理事长's 身份证明 under it."""
    s = IaSheet(route="screen", device="monitor")
    frame = (170, 120, 50)
    s.box(mm(14), mm(16), s.width - mm(14), mm(178), width=10, outline=frame)
    s.centred(mm(26), "营 业 执 照", font("serif_bold", 96), spacing=10)
    f = font("serif", 34)
    s.text(mm(26), mm(54), f"统一社会信用代码　{p.id_number}", f)
    ty = mm(68)
    for label, value in (("名　　称", p.name), ("类　　型", "农民专业合作社"), ("法定代表人", p.legal_rep),
                         ("成员出资总额", f"{rng.randint(30, 260)}万元"), ("成立日期", f"{rng.randint(2012, 2019)}年"
                                                                               f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                         ("住　　所", p.address), ("业务范围", "组织采购、供应成员所需的生产资料；收购、销售成员种植的咖啡")):
        s.text(mm(26), ty, label, f)
        s.text(mm(64), ty, value[:34], f)
        ty += mm(11)
    seal(s, s.width - mm(56), mm(150), "保山市隆阳区市场监督管理局", rng, radius=mm(18))
    pg = Pages("screen", "monitor", y=mm(196), left=mm(24), right=mm(24))
    pg.sheets = [s]
    pg.line("法定代表人身份证明书", font("hei", 54), lead=100, centred=True)
    pg.para(f"{p.legal_rep}在我社任理事长职务，系我社法定代表人。特此证明。", font("serif", 40), lead=72, indent=80)
    seal(s, s.width - mm(60), pg.y + 70, p.name, rng, radius=mm(19))
    s.right(s.width - mm(30), pg.y + 80, num_date(c.filed_on - timedelta(days=5)), font("serif", 40))
    return [s]


def _public_record(p: Party, c: CaseCtx, rng: random.Random) -> list[IaSheet]:
    """The roastery's page on 国家企业信用信息公示系统, printed from the lawyer's screen."""
    s = IaSheet(route="screen", device="monitor")
    s.draw.rectangle((0, 0, s.width, mm(24)), fill=(196, 40, 40))
    s.text(mm(12), mm(6), "国家企业信用信息公示系统", font("sans_bold", 50), fill=(255, 255, 255))
    s.text(mm(12), mm(32), p.name, font("sans_bold", 54))
    s.draw.rounded_rectangle((mm(12), mm(46), mm(40), mm(54)), radius=10, fill=(60, 160, 90))
    s.text(mm(15), mm(47), "存续（在营）", font("sans", 26), fill=(255, 255, 255))
    rows = [["统一社会信用代码", p.id_number], ["企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", p.legal_rep], ["注册资本", f"{rng.choice([100, 200, 500])}万元人民币"],
            ["成立日期", f"{rng.randint(2014, 2020)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记机关", "保山市隆阳区市场监督管理局"], ["住所", p.address],
            ["经营范围", "咖啡豆烘焙、加工、销售；预包装食品销售；农副产品收购"]]
    grid(s, mm(12), mm(62), [mm(50), s.width - mm(24) - mm(50)], rows, font("sans", 32), heights=mm(14),
         ink=(120, 120, 120))
    s.text(mm(12), s.height - mm(20), f"打印时间：{c.filed_on - timedelta(days=3):%Y-%m-%d}　　www.gsxt.gov.cn",
           font("sans", 28), fill=(110, 110, 110))
    return [s]


def _e_receipt(c: CaseCtx, rng: random.Random) -> list[IaSheet]:
    """云南省非税收入电子票据 on the phone (the 缴费 app's PDF view)."""
    s = IaSheet(route="screen", device="phone")
    red = (180, 40, 40)
    s.centred(mm(22), "云南省非税收入统一票据（电子）", font("serif_bold", 58), fill=red)
    s.line(mm(40), mm(22) + 80, s.width - mm(40), mm(22) + 80, width=3, fill=red)
    f = font("sans", 32)
    s.text(mm(16), mm(40), f"票据代码：53010124　票据号码：{rng.randint(10**9, 10**10 - 1)}　交款人统一社会信用代码：", f)
    s.text(mm(16), mm(47), f"{c.applicant.id_number}　开票日期：{c.filed_on:%Y-%m-%d}", f)
    fee: Decimal = c.extra["fee"]
    rows = [["项目编码", "项目名称", "单位", "数量", "金额（元）"],
            ["103040101", "诉讼费（申请执行费）", "件", "1", f"{fee:,.2f}"],
            ["金额合计（大写）", money_caps(fee), "", "", f"{fee:,.2f}"],
            ["备注", f"{c.number}　交款人：{c.applicant.name}"]]
    grid(s, mm(16), mm(58), [mm(36), mm(68), mm(18), mm(18), s.width - mm(32) - mm(140)], rows, f, heights=mm(16),
         ink=red)
    s.text(mm(16), mm(130), f"执收单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f)
    seal(s, s.width - mm(60), mm(128), "云南省财政厅", rng, radius=mm(17), inner="票据监制章")
    s.draw.rectangle((mm(16), mm(12), mm(34), mm(30)), outline=INK, width=3)
    for k in range(6):
        s.draw.rectangle((mm(18) + k * 18, mm(14) + (k * 37) % 60, mm(18) + k * 18 + 12, mm(14) + (k * 37) % 60 + 12),
                         fill=INK)
    return [s]


def _village_letter(c: CaseCtx, rng: random.Random) -> list[IaSheet]:
    """The 村民委员会's 证明, typed on the village computer, sealed, and sent to the applicant as a photo."""
    r = c.respondent
    s = IaSheet(route="screen", device="phone")
    s.centred(mm(40), "证　　明", font("song_gb", 84))
    pg = Pages("screen", "phone", y=mm(70), left=mm(28), right=mm(28))
    pg.sheets = [s]
    f = font("song_gb", 46)
    pg.line(f"{COURT}：", f, lead=88)
    pg.para(f"兹有我村村民{r.name}，{r.sex}，公民身份号码{r.id_number}，户籍地址{r.address}。该人于2023年离家外出，"
            "至今未归，其家属及本村村民均无法与其取得联系，下落不明。", f, lead=88, indent=92)
    pg.para("特此证明。", f, lead=88, indent=92)
    y = pg.y + 140
    village = str(c.extra["village"])
    s.right(s.width - mm(32), y, village, f)
    s.right(s.width - mm(32), y + 90, num_date(c.filed_on + timedelta(days=(-6))), f)
    seal(s, s.width - mm(62), y + 30, village, rng, radius=mm(21))
    s.text(mm(28), y + 220, f"经办人：{person_name(rng)}　　联系电话：{rng.randint(13800000000, 13899999999)}", font("song_gb", 38))
    return [s]


def _transfers(c: CaseCtx, rng: random.Random) -> list[IaSheet]:
    """The co-op's bank app, 交易详情 of each instalment received, one phone screen each."""
    sheets: list[IaSheet] = []
    green = (0, 120, 100)
    for k, (amount, day) in enumerate(zip(c.extra["instalments"], c.extra["paid"], strict=True)):
        s = IaSheet(route="screen", device="phone")
        s.draw.rectangle((0, 0, s.width, mm(26)), fill=green)
        s.centred(mm(8), "交易详情", font("sans_bold", 50), fill=(255, 255, 255))
        s.centred(mm(40), "转入", font("sans", 40), fill=(100, 100, 100))
        s.centred(mm(52), f"+{amount:,.2f}", font("sans_bold", 110), fill=(200, 60, 40))
        s.centred(mm(80), "交易成功", font("sans", 38), fill=green)
        f = font("sans", 40)
        rows = [("交易时间", f"{day:%Y-%m-%d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"),
                ("收款账户", f"{c.applicant.name}"), ("收款账号", f"{c.extra['in_acct'][:4]} **** **** {c.extra['in_acct'][-4:]}"),
                ("付款户名", c.respondent.name), ("付款账号", f"{c.extra['r_acct'][:4]} **** {c.extra['r_acct'][-4:]}"),
                ("付款银行", c.extra["r_bank"]), ("附言", f"和解款第{'一二'[k]}期"),
                ("交易流水号", f"{day:%Y%m%d}{rng.randint(10**11, 10**12 - 1)}")]
        y = mm(100)
        for label, value in rows:
            s.text(mm(18), y, label, f, fill=(120, 120, 120))
            s.right(s.width - mm(18), y, value, f)
            s.line(mm(18), y + 72, s.width - mm(18), y + 72, width=1, fill=(220, 220, 220))
            y += mm(14)
        s.centred(y + mm(12), "电子回单　|　分享", font("sans", 38), fill=green)
        if k:
            s.page_of = (k + 1, len(c.extra["instalments"]))
        sheets.append(s)
    return sheets

