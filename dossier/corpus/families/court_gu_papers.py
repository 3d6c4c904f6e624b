"""What 埇桥法院执行局 receives, each in its maker's style: the court's civil division's 民事判决书 (Noto serif, "—n—"
folios, the case number right) and its 生效证明书; the 法律服务所's papers typed in 明体 under a red letterhead (its 函
with a 法服函字 number, its printed 授权委托书 filled by hand, the application its worker drafted) and the photocopy of
the worker's 法律服务工作者执业证; the farmer's ID card copy with his note, and the window's forms he filled in a heavy,
uneven hand (文楷), pressing his red fingerprint beside his name; the haulier's 个体工商户 营业执照 copy over a 户籍
printout, his declaration written in the detention centre; the 安徽 非税 receipt; the 查控 system's printout; a
settlement his agent typed."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import USCC, CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal, text_width
from dossier.corpus.families.court_gu_kit import (
    BALLPOINT,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    body,
    folio,
    frame,
    heading,
    label,
    scrawl,
    thumbprint,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
})
OFFICE_RED = (190, 30, 38)
FARMER_INK = (28, 28, 40)
HAULIER_INK = (20, 20, 20)
RECEIPT_INK = (150, 70, 45)


def sole_trader_code(rng: random.Random) -> str:
    """A 个体工商户's unified social credit code (92, 宿州市埇桥区) with its check character."""
    body_ = "92341302" + "MA" + "".join(rng.choice(USCC) for _ in range(7))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body_, weights, strict=True)) % 31
    return body_ + USCC[0 if check == 31 else check]


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gu import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng, d)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _mandate(c, rng, d)
    if code == "law_firm_letter":
        return _office_letter(c, rng, d)
    if code == "lawyer_license":
        return _worker_licence(c, rng)
    if code == "identity_proof":
        return _sole_trader(c, rng) if "respondent" in served else _id_copy(c.applicant, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _farmer_form(code, c, rng, d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    raise KeyError(code)


def _born(p: Party) -> date:
    return p.born or date(1980, 1, 1)


def _items(c: CaseCtx) -> list[tuple[str, Decimal]]:
    return list(c.extra["items"])


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 埇桥 court's civil judgment (民初, simple procedure, one judge): the farmer against the haulier and the
    truck's insurer. The insurer pays within the 交强险 limits; the haulier pays the rest (the truck carried no
    commercial third-party cover)."""
    a, r = c.applicant, c.respondent
    ins = c.extra["insurer"]
    acc: date = c.extra["accident"]
    heard = c.extra["judged_on"] - timedelta(days=rng.randint(20, 40))
    filed = heard - timedelta(days=rng.randint(40, 70))
    t = c.extra["tale"]
    share = c.extra["share"]
    items = _items(c)
    total = sum((v for _, v in items), Decimal(0)) + c.extra["property"]
    ins_pay: Decimal = c.extra["insured"]
    rest: Decimal = c.extra["loss_over"]
    victim = (f"驾驶{c.extra['victim_vehicle']}" if c.extra["victim_vehicle"] else "步行") + \
        ("载运麦种" if t == "seed" else "载运西瓜" if t == "melon" else "")
    fault = "全部责任" if share == 1 else "主要责任"
    story = (f"{acc.year}年{acc.month}月{acc.day}日{rng.randint(6, 18)}时许，被告{r.name}驾驶其所有的{c.extra['truck']}"
             f"（号牌{c.extra['plate']}）沿{c.extra['road']}由北向南行驶至{rng.choice(['埇桥区', '宿州市'])}"
             f"{rng.choice(['符离', '夹沟', '栏杆', '大店'])}路口处时，与原告{a.name}{victim}相撞，致原告受伤"
             f"{'、车辆损坏' if c.extra['victim_vehicle'] else ''}。宿州市公安局交通警察支队埇桥大队作出道路交通事故认定书，"
             f"认定被告{r.name}负事故的{fault}，原告{'负次要责任' if share != 1 else '无责任'}。")
    medical = (f"原告受伤后被送往宿州市立医院住院治疗{rng.randint(18, 46)}天，诊断为右胫腓骨骨折、多发软组织挫伤。经宿州"
               f"{rng.choice(['正源', '皖北', '明镜'])}司法鉴定所鉴定，原告的伤残等级为{c.extra['grade']}。")
    cover = (f"{c.extra['truck']}登记车主为被告{r.name}，挂靠于其经营的{c.extra['shop']}从事{c.extra['trade']}，"
             f"在被告{ins}处仅投保了机动车交通事故责任强制保险，未投保商业第三者责任保险，事故发生在保险期间内。")
    listed = "、".join(f"{k}{v:,.2f}元" for k, v in items)
    if c.extra["property"]:
        listed += f"、车辆损失{c.extra['property']:,.2f}元"
    paras: list[tuple[str, str]] = [
        ("h", f"原告：{a.name}，{a.sex}，{_born(a):%Y年%m月%d日}出生，汉族，农民，住{a.address}。"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}法律服务工作者。"),
        ("h", f"被告：{r.name}，{r.sex}，{_born(r):%Y年%m月%d日}出生，汉族，个体工商户（{c.extra['shop']}经营者），住{r.address}。"),
        ("h", f"被告：{ins}，住所地宿州市埇桥区{rng.choice(['银河三路', '淮海中路', '汴河中路'])}{rng.randint(50, 500)}号。"),
        ("h", f"负责人：{person_name(rng)}，该公司总经理。"),
        ("h", f"委托诉讼代理人：{person_name(rng)}，该公司员工。"),
        ("p", f"原告{a.name}与被告{r.name}、{ins}（以下简称保险公司）机动车交通事故责任纠纷一案，本院于{cn_date(filed)}立案后，"
              f"依法适用简易程序，于{cn_date(heard)}公开开庭进行了审理。原告{a.name}及其委托诉讼代理人{c.agent}、被告保险公司的"
              f"委托诉讼代理人到庭参加诉讼；被告{r.name}经本院传票传唤，无正当理由拒不到庭参加诉讼，本院依法缺席审理。"
              "本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令二被告赔偿原告各项损失{total:,.2f}元；2.本案诉讼费用由被告负担。事实和理由："
              + story),
        ("p", "保险公司辩称，对事故发生及责任认定无异议，肇事车辆在我公司仅投保交强险，我公司同意在交强险责任限额内依法赔偿，"
              "超出部分及鉴定费、诉讼费不属于保险责任范围。"),
        ("p", f"{r.name}未到庭，亦未提交书面答辩意见。"),
        ("p", "本院经审理认定事实如下：" + story + medical + cover),
        ("p", f"本院认为，机动车发生交通事故造成人身伤亡、财产损失的，由保险公司在机动车强制保险责任限额范围内予以赔偿；不足"
              f"部分，由有过错的一方承担赔偿责任。本案中，被告{r.name}负事故的{fault}，应承担"
              f"{'全部' if share == 1 else '百分之七十的'}赔偿责任。经本院审核，原告的合理损失为：{listed}，合计{total:,.2f}元。"
              f"其中，保险公司应在交强险医疗费用赔偿限额内赔偿18,000.00元，在死亡伤残赔偿限额内赔偿180,000.00元"
              + (f"，在财产损失赔偿限额内赔偿{c.extra['property']:,.2f}元" if c.extra["property"] else "")
              + f"，共计{ins_pay:,.2f}元；超出交强险限额的损失{rest:,.2f}元，由被告{r.name}按责任比例赔偿{c.amount:,.2f}元。"
              "依照《中华人民共和国民法典》第一千一百七十九条、第一千二百零八条，《中华人民共和国道路交通安全法》第七十六条，"
              "《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
        ("o", f"一、被告{ins}于本判决生效之日起十日内在机动车交通事故责任强制保险责任限额内赔偿原告{a.name}{ins_pay:,.2f}元；"),
        ("o", f"二、被告{r.name}于本判决生效之日起十日内赔偿原告{a.name}{c.amount:,.2f}元；"),
        ("o", f"三、驳回原告{a.name}的其他诉讼请求。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条的规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(total) // 100 + 40}元，减半收取{(int(total) // 100 + 40) // 2}元，由被告{r.name}负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于安徽省宿州市"
              "中级人民法院。"),
    ]
    s = Sheet()
    s.centred(TOP + 6, COURT, font("serif", 58), spacing=4)
    s.centred(TOP + 100, "民事判决书", font("serif_bold", 86), spacing=34)
    flow = Flow([s], TOP + 240, left=mm(30), right=mm(26), foot=mm(30))
    flow.flush(c.basis_number, font("serif", 40), lead=92, right=True)
    f = font("serif", 40)
    for kind, text in paras:
        if kind == "h":
            flow.para(text, f, lead=71, hang=f.size * 2)
        elif kind == "o":
            flow.para(text, f, lead=71, first=f.size * 2)
        else:
            flow.para(text, f, lead=71, first=f.size * 2)
    flow.room(430)
    last, y = flow.s, flow.y + 70
    x = last.width - mm(96)
    last.text(x, y, f"审　判　员　{c.extra['civil_judge']}", f)
    when = cn_date(c.extra["judged_on"])
    last.text(x, y + 130, when, f)
    seal(last, x + text_width(when, f) / 2, y + 140, COURT, rng, radius=mm(21))
    last.text(mm(30), y + 200, "本件与原本核对无异", font("serif", 30))
    last.text(x, y + 240, f"书　记　员　{person_name(rng)}", f)
    return folio(flow.sheets, style="dash", f=font("serif", 32))


def _in_force(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + 6, COURT, font("serif", 56), spacing=4)
    s.centred(TOP + 100, "生效证明书", font("serif_bold", 80), spacing=30)
    flow = Flow([s], TOP + 240, left=mm(30), right=mm(26))
    f = font("serif", 42)
    flow.flush(c.basis_number, font("serif", 40), lead=110, right=True)
    flow.para(f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}、{c.extra['insurer']}机动车交通事故责任纠纷一案，"
              f"本院于{cn_date(c.extra['judged_on'])}作出的{c.basis_number}民事判决书已送达各方当事人。各方当事人在法定上诉"
              f"期限内均未提起上诉，该判决书已于{cn_date(c.basis_effective)}发生法律效力。", f, lead=76, first=f.size * 2)
    flow.para("特此证明。", f, lead=76, first=f.size * 2)
    y = flow.y + 120
    s.text(s.width - mm(110), y, "民事审判第二庭", f)
    when = cn_date(d)
    s.text(s.width - mm(110), y + 90, when, f)
    seal(s, s.width - mm(110) + text_width(when, f) / 2, y + 80, COURT, rng, radius=mm(21))
    s.text(mm(30), y + 260, f"承办法官：{c.extra['civil_judge']}　　经办人：{person_name(rng)}", font("serif", 34))
    return [s]


def _letterhead(s: Sheet, c: CaseCtx) -> float:
    """The 法律服务所's red letterhead: its name spread in bold serif, a heavy red rule with a thin one under it."""
    s.centred(mm(22), c.firm, font("serif_bold", 68), fill=OFFICE_RED, spacing=10)
    y = mm(22) + 100
    s.line(mm(20), y, s.width - mm(20), y, width=7, fill=OFFICE_RED)
    s.line(mm(20), y + 14, s.width - mm(20), y + 14, width=2, fill=OFFICE_RED)
    return y + 50


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 申请执行书 the worker drafted: 明体, the title spread and underlined twice, the requests numbered; the farmer
    signs in his own hand and presses his fingerprint; the worker's name under it."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    title = "申请执行书"
    tf = font("ming", 72)
    w = s.centred(TOP, title, tf, spacing=40)
    x0 = (s.width - w) / 2
    s.line(x0, TOP + 92, x0 + w, TOP + 92, width=2)
    s.line(x0, TOP + 100, x0 + w, TOP + 100, width=2)
    flow = Flow([s], TOP + 170, left=mm(28), right=mm(24))
    f = font("ming", 42)
    lead = 76
    born = _born(a)
    rows = [
        ("h", f"申请执行人：{a.name}，{a.sex}，{born.year}年{born.month}月{born.day}日生，汉族，农民，住{a.address}，"
              f"公民身份号码{a.id_number}，电话{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}法律服务工作者，电话{c.agent_phone}。"),
        ("h", f"被执行人：{r.name}，{r.sex}，{_born(r).year}年{_born(r).month}月{_born(r).day}日生，汉族，{c.extra['shop']}"
              f"经营者，住{r.address}，公民身份号码{r.id_number}。"),
        ("t", "执行请求："),
        ("p", f"1.依法强制执行{COURT}{c.basis_number}民事判决书第二项，责令被执行人{r.name}支付赔偿款{c.amount:,.2f}元；"),
        ("p", "2.责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3.对被执行人采取限制高消费措施，拒不履行的，纳入失信被执行人名单；"),
        ("p", "4.执行费用由被执行人承担。"),
        ("t", "事实和理由："),
        ("p", f"申请执行人与被执行人{r.name}、{c.extra['insurer']}机动车交通事故责任纠纷一案，经{COURT}审理，作出"
              f"{c.basis_number}民事判决书，该判决已于{num_date(c.basis_effective)}发生法律效力。保险公司已按判决第一项在交强险"
              f"限额内赔付{c.extra['insured']:,.2f}元，被执行人{r.name}至今分文未付。申请执行人因伤致残，无力劳动，生活困难。"
              "为维护申请执行人的合法权益，依据《中华人民共和国民事诉讼法》第二百四十七条的规定，特申请强制执行。"),
        ("t", "财产线索：被执行人经营货运，名下有" + c.extra["truck"] + "（号牌" + c.extra["plate"] + "），运费多通过微信收取。"),
        ("t", "此致"), ("t", COURT)]
    for kind, text in rows:
        if kind == "t":
            flow.para(text, f, lead=lead)
        elif kind == "h":
            flow.para(text, f, lead=lead, hang=f.size * 2)
        else:
            flow.para(text, f, lead=lead, first=f.size * 2)
    flow.room(300)
    last, y = flow.s, flow.y + 50
    last.text(last.width - mm(112), y, "申请执行人：", f)
    scrawl(last, last.width - mm(68), y - 10, a.name, rng, size=60, face="wenkai", ink=FARMER_INK, slant=8)
    thumbprint(last, last.width - mm(38), y - 16, rng)
    last.text(last.width - mm(112), y + 90, f"委托代理人：{c.agent}", f)
    last.text(last.width - mm(112), y + 180, f"{d.year}年{d.month}月{d.day}日", f)
    return folio(flow.sheets, style="slash", f=font("ming", 30))


def _tick(s: Sheet, x: float, y: float, size: float, *, ticked: bool) -> None:
    s.box(x, y, x + size, y + size, width=2)
    if ticked:
        s.line(x + size * 0.15, y + size * 0.5, x + size * 0.42, y + size * 0.85, width=5, fill=BALLPOINT)
        s.line(x + size * 0.42, y + size * 0.85, x + size * 1.1, y - size * 0.1, width=5, fill=BALLPOINT)


def _mandate(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 法律服务所's printed 授权委托书: lines to fill, ticked boxes for the powers, the farmer's signature and
    fingerprint; the worker filled the blanks in ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(20), c.firm, font("ming", 40), fill=OFFICE_RED, spacing=4)
    s.centred(mm(32), "授权委托书", font("ming", 76), spacing=50)
    f = font("ming", 40)
    x = mm(24)
    y: float = mm(62)
    blanks = [("委托人：", a.name, f"　性别：{a.sex}"), ("身份证号：", a.id_number, ""), ("住址：", a.address, ""),
              ("受委托人：", c.agent, "　职务：基层法律服务工作者"), ("工作单位：", c.firm, ""),
              ("联系电话：", c.agent_phone, "")]
    for lab, value, tail in blanks:
        s.text(x, y, lab, f)
        lx = x + text_width(lab, f)
        end = s.width - mm(24) - (text_width(tail, f) if tail else 0)
        s.line(lx, y + 50, end, y + 50, width=1)
        scrawl(s, lx + 16, y - 6, value, rng, size=42)
        if tail:
            s.text(end + 6, y, tail, f)
        y += 82
    flow = Flow([s], y + 20, left=mm(24), right=mm(24))
    flow.para(f"现委托上列受委托人在我与{r.name}机动车交通事故责任纠纷执行一案中，作为我的委托代理人。", f, lead=74,
              first=f.size * 2)
    flow.para("代理权限：", f, lead=74)
    y = flow.y
    _tick(s, x + mm(6), y + 6, 36, ticked=False)
    s.text(x + mm(14), y, "一般代理", f)
    _tick(s, x + mm(52), y + 6, 36, ticked=True)
    s.text(x + mm(60), y, "特别授权", f)
    flow.y = y + 80
    flow.para("特别授权的内容：代为申请强制执行，代为提供财产线索，代为申请采取限制消费、纳入失信名单等措施，代为参加约谈、"
              "和解，代为签收法律文书，代为领取、转交执行款。", f, lead=74, first=f.size * 2)
    flow.para("委托期限：自签订之日起至本案执行终结止。", f, lead=74, first=f.size * 2)
    y = flow.y + 70
    s.text(x, y, "委托人（签名、捺印）：", f)
    scrawl(s, x + mm(72), y - 12, a.name, rng, size=60, face="wenkai", ink=FARMER_INK, slant=8)
    thumbprint(s, x + mm(100), y - 18, rng)
    s.text(x, y + 110, "受委托人（签名）：", f)
    scrawl(s, x + mm(62), y + 98, c.agent, rng, size=54, ink=BALLPOINT)
    scrawl(s, s.width - mm(96), y + 210, f"{d.year}年{d.month}月{d.day}日", rng, size=42)
    s.text(x, s.height - mm(24), "（本委托书一式三份，委托人、受委托人、人民法院各执一份）", font("ming", 30))
    return [s]


def _office_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = _letterhead(s, c)
    no = f"埇{c.firm[6:8]}法服函字〔{d.year}〕第{rng.randint(8, 140)}号"
    s.right(s.width - mm(24), y, no, font("ming", 38))
    s.centred(y + 100, "法律服务所函", font("hei", 66), spacing=16)
    flow = Flow([s], y + 230, left=mm(26), right=mm(24))
    f = font("ming", 42)
    flow.para(f"{COURT}执行局：", f, lead=78)
    flow.para(f"本所接受{c.applicant.name}的委托，指派本所基层法律服务工作者{c.agent}担任其与{c.respondent.name}机动车交通事故"
              f"责任纠纷一案申请执行阶段的代理人。依照《基层法律服务工作者管理办法》的规定，该工作者在贵院辖区内依法执业。", f,
              lead=78, first=f.size * 2)
    flow.para("请予接洽为荷。", f, lead=78, first=f.size * 2)
    flow.para("附：授权委托书一份；法律服务工作者执业证复印件一份。", f, lead=78, first=f.size * 2)
    flow.y += 40
    small = font("ming", 36)
    for t in (f"法律服务工作者：{c.agent}　执业证号：{c.extra['licence']}", f"联系电话：{c.agent_phone}",
              f"所址：{c.extra['office_addr']}"):
        flow.para(t, small, lead=60)
    y = flow.y + 110
    when = cn_date(d)
    s.right(s.width - mm(30), y, when, f)
    seal(s, s.width - mm(30) - text_width(when, f) / 2, y, c.firm, rng, radius=mm(21))
    s.line(mm(20), s.height - mm(30), s.width - mm(20), s.height - mm(30), width=2, fill=OFFICE_RED)
    return [s]


def _photocopy_ground(s: Sheet, rng: random.Random) -> None:
    """A copier's grey cast over the whole sheet and a darker band where its lid left a gap."""
    s.draw.rectangle((0, 0, s.width, s.height), fill=(236, 236, 233))
    band = rng.randint(20, 60)
    s.draw.rectangle((0, s.height - band, s.width, s.height), fill=(170, 170, 168))


def _worker_licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the 法律服务工作者执业证: the booklet's cover leaf and its data leaf side by side, the annual
    registration leaf under them with the 司法局's stamp; the worker's note 与原件一致 and his signature."""
    s = Sheet()
    _photocopy_ground(s, rng)
    x0, y0 = mm(16), mm(30)
    lw, lh = mm(86), mm(122)
    for k in range(2):
        x = x0 + k * (lw + mm(5))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=(205, 205, 200), outline=(60, 60, 60), width=3)
    s.draw.ellipse((x0 + mm(28), y0 + mm(18), x0 + mm(58), y0 + mm(48)), outline=(60, 60, 60), width=4)
    s.centred(y0 + mm(58), "中华人民共和国", font("serif_bold", 40), x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(74), "法律服务工作者", font("serif_bold", 52), x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(90), "执　业　证", font("serif_bold", 60), x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(108), "中华人民共和国司法部监制", font("serif", 28), x0=x0, x1=x0 + lw)
    x = x0 + lw + mm(5)
    s.draw.rectangle((x + mm(52), y0 + mm(8), x + mm(80), y0 + mm(44)), fill=(120, 120, 118))
    f = font("sans", 32)
    born = date(rng.randint(1968, 1988), rng.randint(1, 12), rng.randint(1, 28))
    rows = [("姓　　名", c.agent), ("性　　别", rng.choice("男女")), ("出生年月", f"{born.year}年{born.month}月"),
            ("执业机构", c.firm), ("执业证号", c.extra["licence"]), ("发证机关", "安徽省司法厅"),
            ("发证日期", f"{c.extra['licence'][7:11]}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y0 + mm(10)
    for k, (lab, val) in enumerate(rows):
        s.text(x + mm(5), ty, lab, f)
        if k < 3:
            s.text(x + mm(26), ty, val, f)
        else:
            if len(val) > 13:
                s.text(x + mm(26), ty, val[:13], f)
                ty += mm(6)
                s.text(x + mm(26), ty, val[13:], f)
            else:
                s.text(x + mm(26), ty, val, f)
        ty += mm(12) if k < 3 else mm(11)
    seal(s, x + mm(60), y0 + mm(100), "安徽省司法厅", rng, radius=mm(15))
    y1 = y0 + lh + mm(10)
    s.draw.rectangle((x0, y1, x0 + lw, y1 + mm(62)), fill=(205, 205, 200), outline=(60, 60, 60), width=3)
    s.centred(y1 + mm(5), "年度考核备案", font("serif_bold", 40), x0=x0, x1=x0 + lw)
    s.text(x0 + mm(6), y1 + mm(20), "2023年度　考核结果：称职", font("sans", 32))
    s.box(x0 + mm(14), y1 + mm(32), x0 + mm(72), y1 + mm(52), width=3, outline=(90, 90, 90))
    s.centred(y1 + mm(36), "宿州市司法局", font("serif_bold", 34), x0=x0 + mm(14), x1=x0 + mm(72))
    s.centred(y1 + mm(44), "考核备案专用", font("serif", 28), x0=x0 + mm(14), x1=x0 + mm(72))
    scrawl(s, x0 + lw + mm(12), y1 + mm(12), "复印件与原件一致", rng, size=56, ink=BALLPOINT)
    scrawl(s, x0 + lw + mm(30), y1 + mm(34), c.agent, rng, size=58, ink=BALLPOINT)
    return [s]


def _card(s: Sheet, x: float, y: float, w: float, h: float) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=(200, 200, 196), outline=(80, 80, 80), width=2)


def _id_copy(p: Party, rng: random.Random) -> list[Sheet]:
    """The farmer's ID card copied front above back in the middle of the page; his note and fingerprint under them."""
    s = Sheet()
    _photocopy_ground(s, rng)
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    y = mm(36)
    _card(s, x, y, w, h)
    lab, val = font("hei", 24), font("hei", 31)
    born = _born(p)
    s.text(x + mm(4), y + mm(5), "姓名", lab, fill=(70, 70, 70))
    s.text(x + mm(14), y + mm(4), p.name, val)
    s.text(x + mm(4), y + mm(13), "性别", lab, fill=(70, 70, 70))
    s.text(x + mm(14), y + mm(12), p.sex, val)
    s.text(x + mm(26), y + mm(13), "民族", lab, fill=(70, 70, 70))
    s.text(x + mm(36), y + mm(12), "汉", val)
    s.text(x + mm(4), y + mm(21), "出生", lab, fill=(70, 70, 70))
    s.text(x + mm(14), y + mm(20), f"{born.year} 年 {born.month} 月 {born.day} 日", val)
    s.text(x + mm(4), y + mm(29), "住址", lab, fill=(70, 70, 70))
    addr = p.address
    small = font("hei", 27)
    for k in range(0, len(addr), 11):
        s.text(x + mm(14), y + mm(28) + (k // 11) * mm(4.6), addr[k:k + 11], small)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(26), y + h - mm(9), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(26), y + mm(6), x + w - mm(4), y + mm(34)), fill=(130, 130, 128))
    y2 = y + h + mm(14)
    _card(s, x, y2, w, h)
    s.draw.ellipse((x + mm(5), y2 + mm(5), x + mm(20), y2 + mm(20)), outline=(90, 90, 90), width=3)
    s.text(x + mm(28), y2 + mm(7), "中华人民共和国", font("hei", 38))
    s.text(x + mm(22), y2 + mm(18), "居民身份证", font("hei", 56), spacing=10)
    s.text(x + mm(10), y2 + h - mm(16), "签发机关　宿州市公安局埇桥分局", lab)
    start = rng.randint(2012, 2019)
    s.text(x + mm(10), y2 + h - mm(9), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-长期"
           if born.year < 1970 else f"有效期限　{start}.03.11-{start + 20}.03.11", lab)
    y3 = y2 + h + mm(22)
    scrawl(s, mm(40), y3, "此复印件仅供埇桥区人民法院执行使用", rng, size=54, face="wenkai", ink=FARMER_INK, slant=8)
    scrawl(s, mm(110), y3 + mm(20), p.name, rng, size=64, face="wenkai", ink=FARMER_INK, slant=8)
    thumbprint(s, mm(148), y3 + mm(14), rng)
    return [s]


def _sole_trader(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The haulier's 个体工商户 营业执照 (副本) copied on the upper part of the page, under it the 户籍 printout the
    bureau pulled for the sole trader's operator."""
    r = c.respondent
    s = Sheet()
    brown = (140, 95, 50)
    x0, y0, x1, y1 = mm(14), mm(16), s.width - mm(14), mm(168)
    s.box(x0, y0, x1, y1, width=10, outline=brown)
    s.box(x0 + 18, y0 + 18, x1 - 18, y1 - 18, width=2, outline=brown)
    s.draw.ellipse((s.width / 2 - mm(9), y0 + mm(6), s.width / 2 + mm(9), y0 + mm(24)), outline=(180, 40, 40), width=4)
    s.centred(y0 + mm(27), "营业执照", font("serif_bold", 96), spacing=70)
    s.centred(y0 + mm(44), "（副　本）", font("serif", 34))
    s.draw.rectangle((x1 - mm(38), y0 + mm(10), x1 - mm(14), y0 + mm(34)), outline=(40, 40, 40), width=3)
    for i in range(8):
        for j in range(8):
            if rng.random() < 0.5:
                s.draw.rectangle((x1 - mm(37) + i * mm(2.8), y0 + mm(11) + j * mm(2.8), x1 - mm(37) + (i + 1) * mm(2.8),
                                  y0 + mm(11) + (j + 1) * mm(2.8)), fill=(40, 40, 40))
    s.text(x0 + mm(8), y0 + mm(52), f"统一社会信用代码　{c.extra['shop_code']}", font("serif", 34))
    f = font("serif", 34)
    left = [("名　　称", c.extra["shop"]), ("类　　型", "个体工商户"), ("经 营 者", r.name), ("组成形式", "个人经营"),
            ("注册日期", f"{rng.randint(2015, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("经营场所", c.extra["shop_addr"]),
            ("经营范围", f"道路普通货物运输（{c.extra['trade']}）；装卸搬运")]
    ty = y0 + mm(64)
    for lab, val in left:
        s.text(x0 + mm(10), ty, lab, f)
        per = 14 if lab == "经营范围" else 24
        for k in range(0, len(val), per):
            s.text(x0 + mm(40), ty, val[k:k + per], f)
            ty += mm(7)
        ty += mm(2.5)
    s.text(x1 - mm(88), y1 - mm(22), "登记机关", f)
    seal(s, x1 - mm(48), y1 - mm(20), "宿州市埇桥区市场监督管理局", rng, radius=mm(15))
    s.text(x1 - mm(90), y1 - mm(12), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    s.text(x0 + mm(6), y1 - mm(10), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", font("serif", 24))
    y = y1 + mm(14)
    s.centred(y, "常住人口基本信息", font("sans_bold", 46))
    born = _born(r)
    rows = [["姓名", r.name, "性别", r.sex], ["民族", "汉", "出生日期", f"{born:%Y-%m-%d}"],
            ["公民身份号码", r.id_number], ["户籍地址", r.address], ["服务处所", c.extra["shop"]],
            ["配偶", c.extra["wife"], "婚姻状况", "已婚"]]
    w = s.width - 2 * mm(20)
    frame(s, mm(20), y + mm(12), [mm(34), mm(58), mm(30), w - mm(122)], rows, font("sans", 30), heights=mm(11),
          labels=(0, 2))
    s.text(mm(20), s.height - mm(22), f"查询单位：{COURT}执行局　查询人：{c.clerk}　查询时间：{c.day(3):%Y-%m-%d} 10:{rng.randint(10, 59)}",
           font("sans", 26))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """安徽省非税收入一般缴款书 (电子), printed in its brown-red ink with a QR square and a vertical 联 label."""
    s = Sheet()
    ink = RECEIPT_INK
    s.centred(mm(24), "安徽省非税收入一般缴款书（电子）", font("serif_bold", 52), fill=ink)
    s.draw.rectangle((mm(16), mm(16), mm(40), mm(40)), outline=ink, width=3)
    for i in range(7):
        for j in range(7):
            if rng.random() < 0.5:
                s.draw.rectangle((mm(17) + i * mm(3.2), mm(17) + j * mm(3.2), mm(17) + (i + 1) * mm(3.2),
                                  mm(17) + (j + 1) * mm(3.2)), fill=ink)
    f = font("serif", 30)
    s.text(mm(46), mm(40), f"票据代码：34010224　票据号码：{rng.randint(10**7, 10**8 - 1)}　校验码：{rng.randint(10**5, 10**6 - 1)}",
           f, fill=ink)
    s.text(mm(46), mm(47), f"开票日期：{c.filed_on:%Y-%m-%d}　执收单位编码：341302{rng.randint(100, 999)}", f, fill=ink)
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(30) - mm(16)
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目编码", "103040102", "项目名称", "申请执行费"],
            ["案号", c.number, "金额", f"{fee:,.2f}"], ["金额合计（大写）", money_caps(fee)],
            ["收款人全称", "宿州市埇桥区财政局非税收入汇缴专户"], ["备注", "执行中向被执行人收取后退还"]]
    frame(s, mm(16), mm(56), [mm(34), mm(62), mm(26), w - mm(122)], rows, f, heights=mm(14), labels=(0, 2), ink=ink)
    x = s.width - mm(26)
    for k, ch in enumerate("第二联收据联"):
        s.text(x, mm(60) + k * mm(9), ch, font("serif", 32), fill=ink)
    seal(s, s.width - mm(64), mm(150), "安徽省财政厅", rng, radius=mm(16), inner="票据监制章")
    s.text(mm(16), mm(168), f"收款单位（章）　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f, fill=ink)
    for xx in range(0, s.width, 22):
        s.line(xx, mm(182), xx + 10, mm(182), width=1, fill=(160, 160, 160))
    return [s]


def _farmer_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's printed forms, filled by the farmer himself in a heavy, uneven hand."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    if code == "payment_account_confirmation":
        y = heading(s, "执行案款收款账户确认书")
        rows = [("案　　号", c.number), ("申请执行人", a.name), ("户　　名", a.name), ("开户银行", c.extra["in_bank"]),
                ("账　　号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人确认上述账户为接收本案执行款的账户。因账户信息错误造成案款发放延误或错误的，由本人自行承担。"
    elif code == "service_address_confirmation":
        y = heading(s, "送达地址确认书")
        rows = [("案　　号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", f"{c.agent}（代理人）"),
                ("联系电话", f"{a.phone}　{c.agent_phone}"), ("电子送达", f"同意，手机{a.phone}")]
        note = ("受送达人确认的送达地址适用于执行程序。地址变更未及时告知的，法院按原地址邮寄，文书退回之日视为送达之日。")
    else:
        y = heading(s, "申请执行人提供财产线索表")
        clue = {"seed": f"他开自卸车拉土方，车牌{c.extra['plate']}，运费都用微信收，在{c.extra['r_bank'][:6]}有卡",
                "gravel": f"他有一台半挂车{c.extra['plate']}拉石子，平时停在家门口",
                "melon": f"他有一台厢式货车{c.extra['plate']}，天天在城里送菜"}[str(c.extra["tale"])]
        rows = [("案　　号", c.number), ("被执行人", r.name), ("身份证号", r.id_number), ("住　　址", r.address),
                ("财产线索", clue), ("线索来源", "本人知道，村里人都知道")]
        note = "申请执行人应当如实提供被执行人的财产线索，提供虚假线索的，依法承担相应责任。"
    hs = [mm(30) if len(v) > 20 else mm(17) for _, v in rows]
    cells = frame(s, LEFT, y, [mm(38), w - mm(38)], [[k, ""] for k, _ in rows], label(34), heights=hs)
    right = [b for b in cells if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        scrawl(s, b[0] + mm(4), b[1] + mm(3.5), v, rng, size=44, face="wenkai", ink=FARMER_INK, slant=9, per_line=19,
               lead=mm(9))
    flow = Flow([s], cells[-1][3] + 44)
    flow.para(note, body(32), lead=54, first=64)
    y = flow.y + 70
    s.text(s.width - RIGHT - mm(118), y, "申请执行人（签名、捺印）：", body(36))
    scrawl(s, s.width - RIGHT - mm(40), y - 12, a.name, rng, size=58, face="wenkai", ink=FARMER_INK, slant=9)
    thumbprint(s, s.width - RIGHT - mm(14), y - 20, rng)
    scrawl(s, s.width - RIGHT - mm(70), y + 90, f"{d.year}年{d.month}月{d.day}日", rng, size=44, face="wenkai",
           ink=FARMER_INK, slant=9)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 财产申报表 the haulier filled in the detention centre, in black gel pen, signed and fingerprinted."""
    r = c.respondent
    t = c.extra["tale"]
    s = Sheet()
    y = heading(s, "被执行人财产申报表")
    s.text(LEFT, y - 24, f"案号：{c.number}", body(34))
    y += 30
    w = s.width - LEFT - RIGHT
    truck = {"seed": f"{c.extra['truck']}一辆{c.extra['plate']}，在跑活", "gravel":
             f"半挂车{c.extra['plate']}是融资租赁买的，欠租金被租赁公司拉走了", "melon": f"厢式货车{c.extra['plate']}一辆"}[t]
    rows = [("申报人", f"{r.name}（{c.extra['shop']}经营者）"), ("银行存款", f"{c.extra['r_bank'][:6]}卡一张，余额几百元"),
            ("微信、支付宝", "微信收运费，钱都给司机发工资、加油了"), ("车　辆", truck), ("房　产", "农村老宅一处，无房产证"),
            ("对外债权", "工地欠运费约两万元，要不回来" if t != "melon" else "无"), ("其他财产", "无"),
            ("收入情况", "每月不固定")]
    cells = frame(s, LEFT, y, [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], label(34),
                  heights=[mm(24) if len(v) > 22 else mm(16) for _, v in rows])
    right = [b for b in cells if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        scrawl(s, b[0] + mm(4), b[1] + mm(3), v, rng, size=40, ink=HAULIER_INK, per_line=22, lead=mm(8))
    flow = Flow([s], cells[-1][3] + 40)
    flow.para("申报人保证以上申报内容真实、完整，如有隐瞒、虚假，愿承担罚款、拘留等法律责任。", body(32), lead=54, first=64)
    y = flow.y + 70
    s.text(s.width - RIGHT - mm(100), y, "申报人：", body(38))
    scrawl(s, s.width - RIGHT - mm(70), y - 10, r.name, rng, size=56, ink=HAULIER_INK)
    thumbprint(s, s.width - RIGHT - mm(32), y - 18, rng)
    scrawl(s, s.width - RIGHT - mm(80), y + 90, num_date(d), rng, size=42, ink=HAULIER_INK)
    if t != "melon":  # the two who were detained filled it in the detention centre
        scrawl(s, LEFT, y + 180, f"（于宿州市拘留所填写） {c.clerk}", rng, size=36, ink=BALLPOINT)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 查控 system's printout: a grey header band, a zebra-striped result table in 微米黑, two pages "n/m"."""
    r = c.respondent
    t = c.extra["tale"]
    f = font("microhei", 26)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("徽商银行", "存款"), ("安徽省农村信用社联合社", "存款"),
             ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部交管局", "车辆"), ("自然资源部", "不动产"),
             ("中国证券登记结算", "证券"), ("市场监管总局", "股权/个体户"), ("住建部公积金", "公积金"), ("银保监", "理财")]
    rows = [["序号", "协助单位", "财产类型", "查询结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if kind == "车辆":
            res = f"{c.extra['plate']} {c.extra['truck']}" + (" 抵押(融资租赁)" if t == "gravel" else " 正常")
        elif kind == "存款" and unit == "中国农业银行":
            res = f"余额{rng.randint(200, 1900)}.{rng.randint(10, 99)}" + (" 已冻结" if t == "seed" else "")
        elif kind == "网络资金" and unit == "财付通":
            res = f"余额{rng.randint(20, 600)}.{rng.randint(10, 99)}"
        elif kind == "股权/个体户":
            res = f"{c.extra['shop']} 存续"
        else:
            res = "未查到财产"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    sheets: list[Sheet] = []
    for part in (rows[:10], [rows[0], *rows[10:]]):
        s = Sheet()
        s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(34)), fill=(214, 218, 224))
        s.text(mm(16), mm(15), "网络执行查控系统　查询结果反馈表", font("microhei", 44))
        s.text(mm(16), mm(38), f"案号：{c.number}　承办人：{c.officer}　被查询人：{r.name}（{r.id_number}）", f)
        s.text(mm(16), mm(44), f"查询类型：总对总　发起时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}", f)
        y = mm(52)
        widths = [mm(14), mm(52), mm(30), mm(62), s.width - mm(24) - mm(158)]
        for k, row in enumerate(part):
            if k % 2 == 0:
                s.draw.rectangle((mm(12), y, s.width - mm(12), y + mm(10)), fill=(238, 238, 238))
            cx = mm(14)
            for cell, cw in zip(row, widths, strict=True):
                s.text(cx, y + mm(2), cell, font("microhei", 28) if k == 0 else f)
                cx += cw
            y += mm(10)
        s.line(mm(12), y + mm(2), s.width - mm(12), y + mm(2), width=2)
        s.text(mm(16), s.height - mm(20), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d}", f)
        sheets.append(s)
    return folio(sheets, style="slash", f=f)


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 the farmer's worker typed in 明体 in the bureau's 约谈室; both sign by hand before the 执行员."""
    a, r = c.applicant, c.respondent
    seed = c.extra["tale"] == "seed"
    first: Decimal = c.extra["part"] if seed else (c.amount * Decimal("0.5")).quantize(Decimal("1"))
    rest = c.amount - first
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("ming", 74), spacing=20)
    flow = Flow([s], TOP + 150, left=mm(26), right=mm(24))
    f = font("ming", 42)
    lead = 76
    lines: list[tuple[str, str]] = [
        ("t", f"甲方（申请执行人）：{a.name}，住{a.address}。"), ("t", f"委托代理人：{c.agent}，{c.firm}法律服务工作者。"),
        ("t", f"乙方（被执行人）：{r.name}，{c.extra['shop']}经营者，住{r.address}。"),
        ("p", f"甲乙双方就{COURT}{c.number}机动车交通事故责任纠纷执行一案，在执行员{c.officer}主持下，经自愿协商，达成和解"
              "如下："),
        ("p", f"一、乙方应付甲方赔偿款{money(c.amount)}，甲方自愿放弃迟延履行期间的债务利息，申请执行费由乙方负担；"),
        ("p", (f"二、乙方已于拘留期间交纳{first:,.2f}元至法院执行款专户；余款{rest:,.2f}元，乙方于{num_date(c.extra['pay_day'])}"
               "前一次性交至法院执行款专户；") if seed else
              (f"二、乙方于本协议签订之日交纳{first:,.2f}元，余款{rest:,.2f}元于{num_date(c.extra['pay_day'])}前交清，款项均交至"
               "法院执行款专户；乙方交清全部款项后，法院解除对乙方车辆的查封、扣押；")),
        ("p", "三、乙方按期交清后，本案执行完毕；乙方逾期不交的，甲方可以申请恢复执行原生效判决，已交纳的款项予以扣除；"),
        ("p", "四、本协议一式三份，甲乙双方各执一份，交法院附卷一份。"),
    ]
    for kind, text in lines:
        if kind == "t":
            flow.para(text, f, lead=lead, hang=f.size * 2)
        else:
            flow.para(text, f, lead=lead, first=f.size * 2)
    flow.room(360)
    s = flow.s
    y = flow.y + 60
    s.text(mm(26), y, "甲方：", f)
    scrawl(s, mm(50), y - 12, a.name, rng, size=60, face="wenkai", ink=FARMER_INK, slant=8)
    thumbprint(s, mm(82), y - 18, rng)
    s.text(s.width / 2 + mm(6), y, "乙方：", f)
    scrawl(s, s.width / 2 + mm(30), y - 12, r.name, rng, size=58, ink=HAULIER_INK)
    s.text(mm(26), y + 100, "代理人：", f)
    scrawl(s, mm(58), y + 88, c.agent, rng, size=52, ink=BALLPOINT)
    s.text(s.width / 2 + mm(6), y + 100, "执行员：", f)
    scrawl(s, s.width / 2 + mm(38), y + 88, c.officer, rng, size=52, ink=BALLPOINT)
    s.text(mm(26), y + 200, f"签订地点：{COURT}执行局　　签订日期：{d.year}年{d.month}月{d.day}日", font("ming", 36))
    return folio(flow.sheets, style="slash", f=font("ming", 30))

