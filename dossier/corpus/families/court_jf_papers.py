"""What 市南法院执行局 receives, each in its maker's style: the 青岛仲裁委员会's 裁决书 in GB 宋 with "— n —" folios and
its 生效证明 on letterhead; the civil division's 民事调解书 and 民事判决书 in 明体 with a red 本件与原本核对无异 box and
"第 n 页 共 m 页" at the lower right; the lawyers' typed application in GB 宋 under a 黑体 title, their printed 授权委托书
filled in by hand, the 所函 under a red letterhead; photocopies of ID cards, business licences and the 律师执业证; the
window's printed forms filled in ballpoint; the 山东省非税收入 e-bill; the 查控 system's printout in a monospaced face;
the parties' typed 和解协议; banks' 电子回单 in their own colours."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_jf_kit import (
    BALLPOINT,
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    form_title,
    grid,
    pen,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
AC = "青岛仲裁委员会"


def gb(s: str) -> str:
    """GB 宋 has no 〇: the typist writes ○."""
    return s.replace("〇", "○")


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_jf import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _award(c, rng) if t == "seafood" else _civil(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
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
        if p.kind == "organisation":
            return _business_licence(p, c, rng, with_rep_cert=p is c.applicant)
        return _id_card(p, c, rng)
    if code == "fee_receipt":
        return _fee_bill(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _slips(c, rng)
    raise KeyError(code)


def who_line(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1975, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _run_paras(run: Flow, paras: list[tuple[str, str]], f: Font, lead: float) -> None:
    for kind, text in paras:
        if kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "t":
            run.para(text, f, lead=lead)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """青岛仲裁委员会's 裁决书: the commission's name and title in bold serif, body in GB 宋, three arbitrators, "— n —"."""
    a, r = c.applicant, c.respondent
    made = c.basis_effective
    heard = made - timedelta(days=rng.randint(25, 45))
    months = rng.choice(["2022年6月至2022年12月", "2022年8月至2023年2月", "2022年9月至2023年3月"])
    s = Sheet()
    s.centred(TOP - mm(2), AC, font("serif_bold", 60), spacing=10)
    s.centred(TOP + mm(14), "裁 决 书", font("serif_bold", 86), spacing=20)
    run = Flow([s], TOP + mm(34), left=mm(30), right=mm(28), foot=mm(30))
    f = font("song_gb", 41)
    run.line(c.basis_number, f, lead=92, where="right")
    arbs = [person_name(rng) for _ in range(3)]
    paras = [
        ("h", f"申请人：{who_line(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{who_line(r)}"),
        ("p", gb(f"青岛仲裁委员会（以下简称本会）根据申请人与被申请人于2022年5月签订的《海产品供货合同》中的仲裁条款和申请人的"
                 f"仲裁申请，于{cn_date(heard - timedelta(days=40))}受理了双方之间因买卖合同引起的争议仲裁案。本案适用《青岛仲裁委员会"
                 f"仲裁规则》规定的简易程序，由本会主任指定{arbs[0]}担任独任仲裁员……经双方当事人共同选定，改由{arbs[0]}、{arbs[1]}、"
                 f"{arbs[2]}组成仲裁庭审理本案。仲裁庭于{cn_date(heard)}在本会开庭审理，双方当事人均到庭参加了庭审。本案现已审理终结。")),
        ("p", gb(f"申请人称：{months}期间，申请人按被申请人订单向其供应鲜活海参、鲍鱼、对虾、梭子蟹等海产品，双方每月对账。"
                 f"被申请人累计尚欠货款{c.amount:,.2f}元，经申请人多次催要未付。请求裁决被申请人支付货款及逾期付款利息，"
                 "并承担本案仲裁费用。")),
        ("p", "被申请人辩称：对欠款数额无异议，因疫情后客流减少、资金紧张未能付款，请求给予宽限期。"),
        ("p", "仲裁庭查明：双方签订的供货合同合法有效。申请人提交的送货单、对账单均有被申请人采购人员签字及财务专用章，"
              "被申请人对欠款事实予以认可，仲裁庭予以确认。"),
        ("p", "仲裁庭认为，被申请人收货后未按约付款，构成违约，应当承担支付货款的责任。依照《中华人民共和国民法典》第五百七十七条、"
              "第六百二十六条及《青岛仲裁委员会仲裁规则》的有关规定，裁决如下："),
        ("p", f"（一）被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付货款{c.amount:,.2f}元；"),
        ("p", "（二）本案仲裁费由被申请人承担，申请人已预交，被申请人在支付上述款项时一并支付给申请人。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    _run_paras(run, paras, f, 74)
    run.room(420)
    last, y = run.s, run.y + 60
    x = last.width - mm(96)
    for role, name in zip(("首席仲裁员", "仲 裁 员", "仲 裁 员"), arbs, strict=True):
        last.text(x, y, f"{role}　{name}", f)
        y += 74
    when = gb(cn_date(made))
    last.text(x + mm(8), y + 30, when, f)
    seal(last, x + mm(8) + text_width(when, f) / 2, y + 40, AC, rng, radius=mm(21))
    last.text(x, y + 120, f"仲裁秘书　{person_name(rng)}", f)
    m = len(run.sheets)
    for n, sh in enumerate(run.sheets, 1):
        if m > 1:
            sh.centred(sh.height - mm(18), f"— {n} —", font("song_gb", 32))
    return run.sheets


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The commission's 生效证明 on its letterhead: a blue name and a blue double rule, a short letter, its seal."""
    s = Sheet()
    blue = (30, 70, 150)
    s.centred(TOP - mm(4), AC, font("serif_bold", 80), fill=blue, spacing=16)
    s.text(LEFT, TOP + mm(14), "QINGDAO ARBITRATION COMMISSION", font("sans", 28), fill=blue)
    s.line(LEFT, TOP + mm(20), s.width - RIGHT, TOP + mm(20), width=5, fill=blue)
    s.line(LEFT, TOP + mm(21.5), s.width - RIGHT, TOP + mm(21.5), width=1, fill=blue)
    s.centred(TOP + mm(34), "生 效 证 明", font("hei", 72), spacing=24)
    run = Flow([s], TOP + mm(56), left=mm(30), right=mm(28))
    f = font("song_gb", 44)
    no = f"青仲证字〔{c.filed_on.year}〕第{rng.randint(20, 400)}号"
    run.line(no, font("song_gb", 38), lead=90, where="right")
    run.para(f"{COURT}：", f, lead=80)
    run.para(gb(f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，已于{cn_date(c.basis_effective)}作出"
                f"{c.basis_number}裁决书，并已送达双方当事人。依照《中华人民共和国仲裁法》第五十七条的规定，该裁决书自作出之日起"
                "发生法律效力。"), f, lead=80, indent=88)
    run.para("特此证明。", f, lead=80, indent=88)
    y = run.y + 140
    when = gb(cn_date(c.filed_on - timedelta(days=rng.randint(5, 12))))
    s.right(s.width - mm(40), y, when, f)
    seal(s, s.width - mm(40) - text_width(when, f) / 2, y - 10, AC, rng, radius=mm(21))
    s.text(LEFT, s.height - mm(34), f"地址：青岛市市南区{rng.choice(['香港中路', '延安三路'])}{rng.randint(10, 99)}号　　电话：0532-8291{rng.randint(1000, 9999)}",
           font("song_gb", 30))
    return [s]


def _civil(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil division: 民事调解书 (yacht) or 民事判决书 (decor), body in 明体, "第 n 页 共 m 页" at the lower right,
    the red 本件与原本核对无异 box on the last page."""
    a, r = c.applicant, c.respondent
    yacht = c.extra["tale"] == "yacht"
    title = "民 事 调 解 书" if yacht else "民 事 判 决 书"
    filed = c.basis_effective - timedelta(days=rng.randint(60, 110))
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    if yacht:
        fee = (c.amount * Decimal("0.62")).quantize(Decimal("1"))
        paras = [
            ("h", f"原告：{who_line(a)}"),
            ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("h", f"被告：{who_line(r)}"),
            ("p", f"原告{a.name}与被告{r.name}船舶停泊合同纠纷一案，本院于{cn_date(filed)}立案后，依法适用简易程序进行了审理。"),
            ("p", f"原告诉称：被告所有的“{c.extra['boat']}”游艇自2020年起停泊于原告经营的奥帆中心游艇码头，双方签订《游艇泊位租赁及"
                  f"管理服务合同》，约定泊位费、岸电及管理服务费按年度预付。2021年至2023年，被告拖欠泊位费{fee:,.2f}元及管理服务费、"
                  "岸电费，经催告未付。请求判令被告支付上述费用。"),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}于2023年12月31日前向原告{a.name}支付泊位费、管理服务费、岸电费共计{c.amount:,.2f}元；"),
            ("p", "二、被告逾期未足额支付的，原告可就全部未付款项申请强制执行；"),
            ("p", "三、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ]
        signers = [("审 判 员", judge)]
    else:
        paras = [
            ("h", f"原告：{who_line(a)}"),
            ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("h", f"被告：{who_line(r)}"),
            ("p", f"原告{a.name}与被告{r.name}装饰装修合同纠纷一案，本院于{cn_date(filed)}立案后，依法适用简易程序，公开开庭进行了"
                  "审理。原告及其委托诉讼代理人到庭参加诉讼，被告经本院传票传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：1.解除双方签订的《家庭居室装饰装修工程施工合同》；2.被告返还已付工程款并支付违约金共计"
                  f"{c.amount:,.2f}元；3.本案诉讼费用由被告负担。事实和理由：2022年10月原告将其位于{a.address.replace('山东省青岛市', '')}"
                  "的住房交由被告装修，合同约定工期九十日，原告依约支付工程款百分之七十。被告仅完成拆除及水电改造后即停工，"
                  "经原告多次催促不予复工，其公司办公地亦人去楼空。"),
            ("p", "被告未作答辩，亦未提交证据。"),
            ("p", "本院经审理认定事实如下：原告所述签约、付款及停工事实，有施工合同、银行转账记录、微信聊天记录及现场照片为证，"
                  "本院予以确认。"),
            ("p", "本院认为，被告收取工程款后擅自停工，经催告在合理期限内仍未履行，致使合同目的不能实现，原告主张解除合同、返还"
                  "工程款并支付违约金，本院予以支持。依照《中华人民共和国民法典》第五百六十三条、第五百六十六条、第五百七十七条，"
                  "《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下："),
            ("p", "一、解除原告与被告签订的《家庭居室装饰装修工程施工合同》；"),
            ("p", f"二、被告{r.name}于本判决生效之日起十日内返还原告{a.name}工程款并支付违约金共计{c.amount:,.2f}元。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
                  "履行期间的债务利息。"),
            ("p", "案件受理费减半收取，由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于山东省"
                  "青岛市中级人民法院。"),
        ]
        signers = [("审 判 员", judge)]
    s = Sheet()
    s.centred(TOP, COURT, font("ming", 58), spacing=6)
    s.centred(TOP + mm(15), title, font("ming", 84), spacing=8)
    run = Flow([s], TOP + mm(33), left=mm(28), right=mm(26), foot=mm(30))
    f = font("ming", 42)
    run.line(c.basis_number, f, lead=90, where="right")
    _run_paras(run, paras, f, 74)
    run.room(400)
    last, y = run.s, run.y + 50
    x = last.width - mm(92)
    for role, name in signers:
        last.text(x, y, f"{role}　{name}", f)
        y += 78
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(12, 20)) if not yacht else c.basis_effective)
    last.text(x, y + 30, when, f)
    seal(last, x + text_width(when, f) / 2, y + 40, COURT, rng, radius=mm(21))
    last.text(x, y + 120, f"书 记 员　{person_name(rng)}", f)
    bx, by = LEFT, y + 60
    ink = (200, 40, 48)
    bf = font("ming", 34)
    last.box(bx, by, bx + text_width("本件与原本核对无异", bf) + 36, by + 60, width=3, outline=ink)
    last.text(bx + 18, by + 12, "本件与原本核对无异", bf, fill=ink)
    m = len(run.sheets)
    for n, sh in enumerate(run.sheets, 1):
        if m > 1:
            sh.right(sh.width - mm(26), sh.height - mm(18), f"第 {n} 页 共 {m} 页", font("ming", 30))
            sh.page_of = (n, m)
    return run.sheets


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed application: 黑体 title, GB 宋 body, the requests numbered, the applicant's seal or signature."""
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    s.centred(TOP, "强制执行申请书", font("hei", 68), spacing=10)
    run = Flow([s], TOP + mm(20), left=mm(27), right=mm(25), foot=mm(28))
    f = font("song_gb", 42)
    basis = {"seafood": f"{AC}作出的{c.basis_number}裁决书", "yacht": f"贵院作出的{c.basis_number}民事调解书",
             "decor": f"贵院作出的{c.basis_number}民事判决书"}[t]
    clue = {"seafood": f"被执行人在{c.extra.get('r_bank', '')}开立有基本存款账户，日常营业收入较多",
            "yacht": f"被执行人名下有“{c.extra.get('boat', '')}”游艇一艘，现停泊于奥帆中心游艇码头",
            "decor": "被执行人曾使用的对公账户及其法定代表人名下可能存在的财产"}[t]
    paras = [
        ("h", f"申请执行人：{who_line(a)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被执行人：{who_line(r)}"),
        ("t", "执行请求："),
        ("p", f"1.请求依法强制执行被执行人支付{money(c.amount)}；"),
        ("p", "2.请求执行被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3.请求对被执行人采取限制高消费措施；被执行人拒不履行的，请求将其纳入失信被执行人名单；"),
        ("p", "4.本案执行费用由被执行人承担。"),
        ("t", "事实和理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis}已经发生法律效力。被执行人未在规定期限内履行义务。{clue}。"
              "为维护申请执行人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ]
    _run_paras(run, paras, f, 78)
    run.room(300)
    last, y = run.s, run.y + 40
    last.text(last.width - mm(110), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(50), y + 30, a.name, rng, radius=mm(20))
        hand(last, last.width - mm(72), y + 90, a.legal_rep, rng, size=52, ink=BLACK_PEN)
    else:
        hand(last, last.width - mm(64), y - 8, a.name, rng, size=58, ink=BLACK_PEN)
    day = c.filed_on - timedelta(days=rng.randint(1, 3))
    last.text(last.width - mm(100), y + 190, f"{day.year}年{day.month}月{day.day}日", f)
    return run.sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's printed 授权委托书 with the blanks filled in by hand."""
    a = c.applicant
    s = Sheet()
    s.centred(TOP, "授 权 委 托 书", font("serif_bold", 72), spacing=6)
    f = font("song_gb", 42)
    y = TOP + mm(24)
    rows = [("委托人：", a.name), ("住所/住址：", a.address.replace("山东省", "")),
            ("法定代表人/负责人：" if a.kind == "organisation" else "公民身份号码：", a.legal_rep or a.id_number),
            ("受托人：", f"{c.agent}　{c.firm}律师"), ("联系电话：", c.agent_phone)]
    for label, value in rows:
        s.text(LEFT, y, label, f)
        x = LEFT + text_width(label, f)
        s.line(x, y + 50, s.width - RIGHT, y + 50, width=1)
        pen(s, x + mm(3), y - 6, value, rng, size=40)
        y += mm(14)
    run = Flow([s], y + mm(4))
    lines = [f"现委托上列受托人在{gb(str(c.extra['cause']))}执行一案（被执行人：{c.respondent.name}）中，作为我方的委托代理人。",
             "代理权限：特别授权。代为申请强制执行，提供财产线索，申请采取查封、扣押、冻结、拍卖等执行措施，代为参加执行和解、"
             "签订和解协议，代为签收法律文书，代为领取执行款，代为申请终结本次执行程序、恢复执行。",
             "代理期限：自本委托书签署之日起至本案执行终结时止。"]
    for line in lines:
        run.para(line, f, lead=78, indent=84)
    y = int(run.y) + mm(16)
    s.text(LEFT, y, "委托人（签名或盖章）：", f)
    if a.kind == "organisation":
        seal(s, LEFT + mm(110), y + 20, a.name, rng, radius=mm(19))
    else:
        hand(s, LEFT + mm(92), y - 8, a.name, rng, size=58, ink=BLACK_PEN)
        s.draw.ellipse((LEFT + mm(125), y - 4, LEFT + mm(125) + 40, y + 48), fill=(196, 44, 52))
    s.text(LEFT, y + mm(22), "受托人（签名）：", f)
    hand(s, LEFT + mm(68), y + mm(22) - 8, c.agent, rng, size=56, ink=BLACK_PEN)
    day = c.filed_on - timedelta(days=rng.randint(3, 8))
    s.text(s.width - RIGHT - mm(80), y + mm(42), "年　　月　　日", f)
    pen(s, s.width - RIGHT - mm(98), y + mm(41), f"{day.year}　　{day.month}　 {day.day}", rng, size=40)
    s.lines.append(num_date(day))
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (190, 30, 40)
    s.centred(TOP - mm(6), c.firm, font("serif_bold", 78), fill=red, spacing=8)
    s.line(LEFT, TOP + mm(9), s.width - RIGHT, TOP + mm(9), width=6, fill=red)
    no = f"（{c.filed_on.year}）鲁{rng.choice(['汇', '栈', '太'])}律执字第{rng.randint(8, 199)}号"
    s.right(s.width - RIGHT, TOP + mm(13), no, font("song_gb", 36))
    s.centred(TOP + mm(28), "律师事务所函", font("hei", 66), spacing=12)
    run = Flow([s], TOP + mm(46), left=mm(28), right=mm(26))
    f = font("song_gb", 43)
    run.para(f"{COURT}执行局：", f, lead=80)
    run.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的委托代理人。"
             "特此函告，请予接洽。", f, lead=80, indent=86)
    run.para("附：授权委托书一份。", f, lead=80, indent=86)
    run.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("song_gb", 36), lead=64)
    run.para(f"地址：{c.extra['firm_addr']}", font("song_gb", 36), lead=64)
    y = run.y + mm(22)
    day = c.filed_on - timedelta(days=rng.randint(2, 6))
    when = gb(cn_date(day))
    s.right(s.width - RIGHT - mm(10), y, when, f)
    seal(s, s.width - RIGHT - mm(10) - text_width(when, f) / 2, y - 6, c.firm, rng, radius=mm(20))
    return [s]


def _card_frame(s: Sheet, x: float, y: float, w: float, h: float, shade: int = 214) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=(shade, shade, shade - 4), outline=(90, 90, 90),
                             width=3)


def _copy_note(s: Sheet, rng: random.Random, who: str, y: float) -> None:
    pen(s, LEFT + mm(10), y, "此复印件与原件一致", rng, size=50, ink=BLACK_PEN)
    pen(s, LEFT + mm(100), y + mm(1), who, rng, size=52, ink=BLACK_PEN)


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """An ID card's two faces photocopied onto A4 side by side-over-side, grey as a copier leaves them."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x, y = (s.width - w) / 2, mm(40)
    _card_frame(s, x, y, w, h)
    f = font("hei", 28)
    v = font("sans", 30)
    born = p.born or date(1975, 1, 1)
    for k, (label, value) in enumerate((("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                                         ("出生", f"{born.year}年{born.month}月{born.day}日"))):
        s.text(x + mm(5), y + mm(6) + k * mm(8), label, f, fill=(70, 70, 70))
        s.text(x + mm(17), y + mm(6) + k * mm(8), value, v)
    s.text(x + mm(5), y + mm(30), "住址", f, fill=(70, 70, 70))
    addr = p.address.replace("山东省", "")
    for k, part in enumerate(wrap(addr, v, mm(48))):
        s.text(x + mm(17), y + mm(30) + k * mm(6), part, v)
    s.draw.rectangle((x + mm(62), y + mm(8), x + mm(82), y + mm(34)), fill=(150, 150, 150))
    s.text(x + mm(5), y + mm(46), "公民身份号码", f, fill=(70, 70, 70))
    s.text(x + mm(27), y + mm(45.5), p.id_number, font("sans_bold", 34))
    y2 = y + h + mm(22)
    _card_frame(s, x, y2, w, h, shade=222)
    s.draw.ellipse((x + mm(5), y2 + mm(5), x + mm(19), y2 + mm(19)), outline=(110, 110, 110), width=3)
    s.text(x + mm(24), y2 + mm(8), "中华人民共和国", font("hei", 40))
    s.text(x + mm(24), y2 + mm(17), "居民身份证", font("hei", 50))
    issued = date(rng.randint(2015, 2021), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x + mm(12), y2 + mm(35), f"签发机关　青岛市公安局{rng.choice(['市南', '市北', '崂山'])}分局", v)
    s.text(x + mm(12), y2 + mm(43), f"有效期限　{issued:%Y.%m.%d}-{issued.year + 20}.{issued:%m.%d}", v)
    _copy_note(s, rng, p.name, y2 + h + mm(24))
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random, *, with_rep_cert: bool) -> list[Sheet]:
    """A business licence (副本) photocopied, with the company's seal and 与原件一致; for the applicant, the 法定代表人
    身份证明书 on the next sheet."""
    s = Sheet()
    x0, y0, x1, y1 = mm(20), mm(28), s.width - mm(20), mm(210)
    s.box(x0, y0, x1, y1, width=8, outline=(120, 120, 120))
    s.box(x0 + mm(3), y0 + mm(3), x1 - mm(3), y1 - mm(3), width=2, outline=(120, 120, 120))
    s.centred(y0 + mm(14), "营 业 执 照", font("serif_bold", 92), spacing=10)
    s.centred(y0 + mm(30), "（副　本）", font("song_gb", 38))
    s.text(x0 + mm(10), y0 + mm(40), f"统一社会信用代码　{p.id_number}", font("song_gb", 36))
    founded = date(rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28))
    scope = {"水产": "水产品养殖、捕捞、收购、冷藏及销售；食品经营。", "海鲜": "餐饮服务；食品销售；酒类经营。",
             "游艇": "游艇泊位租赁及管理服务；游艇驾驶培训；体育赛事组织。", "装饰": "住宅室内装饰装修；建筑装饰材料销售。"}
    biz = next((v for k, v in scope.items() if k in p.name), "一般项目：企业管理咨询。")
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", biz), ("注册资本", f"{rng.choice([50, 100, 200, 300, 500])}万元整"),
            ("成立日期", f"{founded.year}年{founded.month:02d}月{founded.day:02d}日"), ("住　　所", p.address.replace("山东省", ""))]
    f = font("song_gb", 36)
    y = y0 + mm(54)
    for label, value in rows:
        s.text(x0 + mm(12), y, label, font("hei", 36))
        parts = wrap(value, f, x1 - x0 - mm(60))
        for k, part in enumerate(parts):
            s.text(x0 + mm(46), y + k * 52, part, f)
        y += max(1, len(parts)) * 52 + 24
    office = "青岛市崂山区市场监督管理局" if "崂山" in p.address else "青岛市市南区市场监督管理局"
    s.text(x1 - mm(78), y1 - mm(32), "登记机关", font("hei", 36))
    seal(s, x1 - mm(40), y1 - mm(26), office, rng, radius=mm(18))
    s.draw.rectangle((x0 + mm(10), y1 - mm(34), x0 + mm(34), y1 - mm(10)), fill=(60, 60, 60))
    s.text(x0 + mm(36), y1 - mm(18), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", font("song_gb", 24))
    pen(s, LEFT + mm(10), y1 + mm(18), "与原件一致", rng, size=54, ink=BLACK_PEN)
    seal(s, LEFT + mm(110), y1 + mm(26), p.name, rng, radius=mm(20))
    sheets = [s]
    if with_rep_cert:
        r = Sheet()
        r.centred(TOP, "法定代表人身份证明书", font("hei", 64), spacing=6)
        run = Flow([r], TOP + mm(24), left=mm(28), right=mm(26))
        ff = font("song_gb", 42)
        run.para(f"{p.legal_rep}，在我单位任执行董事兼总经理职务，是我单位的法定代表人。", ff, lead=84, indent=84)
        run.para("特此证明。", ff, lead=84, indent=84)
        run.para(f"单位名称：{p.name}", ff, lead=84)
        run.para(f"统一社会信用代码：{p.id_number}", ff, lead=84)
        run.para(f"地址：{p.address}", ff, lead=84)
        y = int(run.y) + mm(20)
        day = c.filed_on - timedelta(days=rng.randint(3, 9))
        r.right(r.width - RIGHT - mm(10), y, f"{day.year}年{day.month}月{day.day}日", ff)
        seal(r, r.width - RIGHT - mm(40), y, p.name, rng, radius=mm(20))
        sheets.append(r)
    return sheets


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's photo page and annual-check page photocopied, the lawyer's 与原件一致 and signature under."""
    s = Sheet()
    w, h = mm(76), mm(106)
    x0, y0 = mm(24), mm(34)
    for k in range(2):
        x = x0 + k * (w + mm(8))
        s.draw.rectangle((x, y0, x + w, y0 + h), fill=(226, 226, 222), outline=(80, 80, 80), width=3)
    f = font("song_gb", 30)
    s.draw.rectangle((x0 + mm(24), y0 + mm(8), x0 + mm(52), y0 + mm(44)), fill=(140, 140, 140))
    born = date(rng.randint(1978, 1992), rng.randint(1, 12), rng.randint(1, 28))
    left = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]), ("法律职业资格证号", f"A{born.year + 25}37{rng.randint(100000, 999999)}"),
            ("发证机关", "山东省司法厅"), ("发证日期", f"{born.year + 27}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    y = y0 + mm(50)
    for label, value in left:
        s.text(x0 + mm(5), y, f"{label}：{value}", f)
        y += mm(8)
    x = x0 + w + mm(8)
    s.centred(y0 + mm(8), "中华人民共和国", font("hei", 40), x0=x, x1=x + w)
    s.centred(y0 + mm(18), "律师执业证", font("hei", 54), x0=x, x1=x + w)
    s.text(x + mm(6), y0 + mm(36), f"持证人：{c.agent}", font("song_gb", 34))
    s.text(x + mm(6), y0 + mm(46), "性别：" + rng.choice("男女"), font("song_gb", 34))
    s.text(x + mm(6), y0 + mm(56), "年度考核备案", font("hei", 32))
    s.box(x + mm(6), y0 + mm(64), x + w - mm(6), y0 + mm(96), width=2)
    s.text(x + mm(10), y0 + mm(70), f"考核年度：{c.filed_on.year - 1}", f)
    s.text(x + mm(10), y0 + mm(79), "考核结果：称职", f)
    seal(s, x + w - mm(22), y0 + mm(86), "青岛市司法局", rng, radius=mm(12))
    _copy_note(s, rng, c.agent, y0 + h + mm(26))
    return [s]


def _fee_bill(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 山东省非税收入 e-bill as printed on A4: a red-ruled grid, the finance bureau's oval mark, the court's finance seal."""
    s = Sheet()
    red = (178, 48, 44)
    s.centred(mm(22), "山东省非税收入通用票据（电子）", font("serif_bold", 58), fill=red)
    s.draw.ellipse((s.width / 2 - mm(22), mm(36), s.width / 2 + mm(22), mm(56)), outline=red, width=4)
    s.centred(mm(41), "山东省财政厅", font("song_gb", 26), fill=red)
    s.centred(mm(47), "票据监制章", font("song_gb", 26), fill=red)
    f = font("song_gb", 32)
    paid = c.filed_on + timedelta(days=rng.randint(1, 4))
    payer = c.applicant
    s.text(LEFT - mm(10), mm(62), f"票据代码：37010124　　票据号码：{rng.randint(10**9, 10**10 - 1):010d}　　校验码：{rng.randint(100000, 999999)}", f, fill=red)
    s.text(LEFT - mm(10), mm(70), f"交款人统一社会信用代码：{payer.id_number}　　开票日期：{paid:%Y-%m-%d}", f, fill=red)
    s.text(LEFT - mm(10), mm(78), f"交款人：{payer.name}", f, fill=red)
    w = s.width - 2 * (LEFT - mm(10))
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）", "备注"],
            ["103040301", "申请执行费", "元", "1", str(c.extra["fee"]), f"{c.extra['fee']:.2f}", c.number],
            ["", "", "", "", "", "", ""], ["", "", "", "", "", "", ""],
            [f"金额合计（大写）　{money_caps(Decimal(c.extra['fee']))}", "", "", "", "", f"（小写）{c.extra['fee']:.2f}", ""]]
    cols = [mm(30), mm(38), mm(14), mm(14), mm(20), mm(32), w - mm(148)]
    y = mm(86)
    hs = [mm(11), mm(16), mm(11), mm(11), mm(12)]
    for k, row in enumerate(rows):
        x = LEFT - mm(10)
        if k == len(rows) - 1:
            s.box(x, y, x + w, y + hs[k], width=2, outline=red)
            s.text(x + mm(3), y + mm(3), row[0], f)
            s.text(x + mm(124), y + mm(3), row[5], f)
        else:
            for cell, cw in zip(row, cols, strict=True):
                s.box(x, y, x + cw, y + hs[k], width=2, outline=red)
                if cell:
                    ff = font("song_gb", 28 if len(cell) > 8 else 32)
                    for j, part in enumerate(wrap(cell, ff, cw - 12)):
                        s.text(x + 6, y + mm(2.5) + j * 32, part, ff, fill=red if k == 0 else (20, 20, 20))
                x += cw
        y += hs[k]
    s.text(LEFT - mm(10), y + mm(4), f"其他信息：{c.applicant.name}申请执行{c.respondent.name}{c.extra['cause']}案", f)
    s.text(LEFT - mm(10), y + mm(14), f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f, fill=red)
    seal(s, s.width - mm(60), y + mm(14), COURT, rng, radius=mm(18), inner="财务专用章")
    return [s]


FORMS = {
    "property_clue_form": "申请执行人提供财产线索表",
    "payment_account_confirmation": "执行款收款账户确认书",
    "service_address_confirmation": "送达地址确认书",
    "property_declaration_form": "财产申报表",
}


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's printed forms, the particulars filled in ballpoint by whoever came."""
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    y = form_title(s, FORMS[code])
    s.text(LEFT, y - mm(1), f"案号：{c.number}", font("song_gb", 34))
    y += mm(8)
    w = s.width - LEFT - RIGHT
    if code == "payment_account_confirmation":
        rows = [("申请执行人", a.name), ("收款户名", a.name), ("开户银行", str(c.extra["in_bank"])),
                ("银行账号", str(c.extra["in_acct"])), ("联系人及电话", f"{c.agent} {c.agent_phone}")]
        note = ("本人（单位）确认以上账户为接收本案执行款的账户。因账户信息错误导致执行款未能到账或错误支付的，由本人（单位）承担责任。"
                "账户变更的，应书面告知法院。")
        signer, day = a, c.filed_on
    elif code == "service_address_confirmation":
        rows = [("受送达人", a.name), ("送达地址", c.extra["firm_addr"] if a.kind == "organisation" else a.address),
                ("收件人", c.agent), ("联系电话", c.agent_phone), ("是否同意电子送达", f"同意　手机 {c.agent_phone}"),
                ("电子邮箱", f"{rng.choice(['lawyer', 'qd', 'zx'])}{rng.randint(100, 999)}@163.com")]
        note = ("1.受送达人应当如实提供送达地址，地址变更的应及时书面告知本院；2.因送达地址不准确、变更未告知，导致法律文书未能被"
                "实际接收的，文书退回之日视为送达之日；3.本确认书的效力适用于本案执行程序。")
        signer, day = a, c.filed_on
    elif code == "property_clue_form":
        clue = {"seafood": f"{c.extra.get('r_bank', '')}基本户 {c.extra.get('r_acct', '')}；店内收银（微信、支付宝）",
                "yacht": f"“{c.extra.get('boat', '')}”游艇，登记号{c.extra.get('boat_reg', '')}，停奥帆中心码头",
                "decor": "公司对公账户（青岛农商行）；老板名下车辆（不详）"}[t]
        rows = [("被执行人", r.name), ("证件号码", r.id_number), ("住所/住址", r.address.replace("山东省", "")),
                ("财产线索", clue), ("线索来源", "申请执行人掌握"), ("是否申请调查", "是")]
        note = "申请执行人应当提供其所了解的被执行人财产状况或线索；提供虚假线索的，依法承担相应责任。"
        signer, day = a, c.filed_on
    else:
        bank = {"seafood": f"{c.extra.get('r_bank', '')} 基本户，余额约数十万元（已被冻结）",
                "yacht": "招商银行 工资卡 余额约二千元", "decor": "青岛农商行 对公户 余额几百元"}[t]
        rows = [("申报人", r.name), ("银行存款", bank), ("不动产", "无" if t != "yacht" else "家庭住房一套（与配偶共有，有按揭）"),
                ("车辆、船舶", "游艇一艘（已被查封）" if t == "yacht" else "无"), ("股权、债权", "无" if t == "decor" else "店内应收款若干"),
                ("其他财产", "公司已停业，办公桌椅留在原址" if t == "decor" else "无"), ("一年内变动情况", "无")]
        note = "申报人保证以上申报内容真实、完整。如有隐瞒或虚假申报，愿承担法律责任。"
        signer, day = r, d
    hs = [mm(26) if len(v) > 22 else mm(17) for _, v in rows]
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], [[label, ""] for label, _ in rows], font("song_gb", 36), heights=hs)
    for (_label, value), row in zip(rows, boxes, strict=True):
        b = row[1]
        per = int((b[2] - b[0] - mm(10)) / 40)
        pen(s, b[0] + mm(4), b[1] + mm(4), value, rng, size=40, per_line=per if len(value) > per else 0, lead=mm(8),
            ink=BALLPOINT)
    run = Flow([s], boxes[-1][0][3] + mm(6))
    run.para(note, font("song_gb", 32), lead=54, indent=64)
    y = run.y + mm(12)
    s.text(s.width - RIGHT - mm(118), y, "确认人（签名/盖章）：", font("song_gb", 38))
    name = signer.legal_rep if signer.kind == "organisation" else signer.name
    if signer is a and a.kind == "organisation":
        name = c.agent
    pen(s, s.width - RIGHT - mm(42), y - 8, name, rng, size=52, ink=BLACK_PEN)
    pen(s, s.width - RIGHT - mm(72), y + mm(14), f"{day.year}年{day.month}月{day.day}日", rng, size=42, ink=BLACK_PEN)
    if signer.kind == "organisation" and not (code == "property_declaration_form" and t == "decor"):
        seal(s, s.width - RIGHT - mm(40), y + mm(8), signer.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控系统's result list: monospaced, 总对总 units then 山东 点对点 units, "共2页 第n页" at the top right."""
    r = c.respondent
    t = str(c.extra["tale"])
    mono = font("mono", 27)
    head = font("sans_bold", 42)
    national = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"), ("交通银行", "存款"),
                ("中国邮政储蓄银行", "存款"), ("招商银行", "存款"), ("兴业银行", "存款"), ("中信银行", "存款"),
                ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"), ("公安部交通管理局", "车辆"),
                ("自然资源部", "不动产"), ("中国证券登记结算有限责任公司", "证券"), ("市场监管总局", "股权"), ("交通运输部海事局", "船舶")]
    local = [("青岛银行", "存款"), ("青岛农村商业银行", "存款"), ("齐鲁银行", "存款"), ("青岛市不动产登记中心", "不动产"),
             ("青岛市公安局交通警察支队车辆管理所", "车辆"), ("青岛市住房公积金管理中心", "公积金")]

    def result(unit: str, kind: str) -> str:
        if t == "seafood" and unit == "青岛银行":
            return f"冻结成功 余额{c.amount * Decimal('1.21'):,.2f}"
        if t == "yacht" and kind == "船舶":
            return f"游艇1艘 {c.extra.get('boat_reg', '')}"
        if t == "yacht" and unit == "青岛市不动产登记中心":
            return "房产1处(共有,已抵押)"
        if t == "decor" and unit == "青岛农村商业银行":
            return f"余额{c.extra.get('crumbs', '0')} 已冻结"
        if kind in ("存款", "网络资金") and rng.random() < 0.25:
            return f"余额{rng.randint(0, 90)}.{rng.randint(10, 99)}"
        return "未查询到财产信息"

    parts = [("总对总查询结果", national), ("点对点查询结果（山东省）", local)]
    sheets: list[Sheet] = []
    for n, (name, units) in enumerate(parts, 1):
        s = Sheet()
        s.text(mm(15), mm(14), "执行查控系统 — " + name, head)
        s.right(s.width - mm(15), mm(16), f"共2页 第{n}页", mono)
        s.text(mm(15), mm(27), f"案号:{c.number}   承办人:{c.officer}   执行法院:{COURT}", mono)
        s.text(mm(15), mm(33), f"被查询人:{r.name}   证件号码:{r.id_number}   发起时间:{d:%Y-%m-%d} 09:{rng.randint(10, 59)}", mono)
        rows = [["序号", "协助执行单位", "财产类型", "反馈结果", "反馈时间"]]
        for i, (unit, kind) in enumerate(units, 1):
            rows.append([str(i), unit, kind, result(unit, kind), f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d}"])
        grid(s, mm(15), mm(42), [mm(14), mm(66), mm(22), mm(52), mm(26)], rows, mono, heights=mm(10.5), labels=(),
             line_w=1)
        s.text(mm(15), s.height - mm(16), f"打印人:{c.clerk}   打印时间:{d + timedelta(days=5):%Y-%m-%d} 16:{rng.randint(10, 59)}", mono)
        s.page_of = (n, 2)
        sheets.append(s)
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The yacht club's typed 执行和解协议 with two instalments; both sign; the clerk notes the performance in ink."""
    a, r = c.applicant, c.respondent
    paid = date.fromisoformat(str(c.extra["paid_in"]))
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("song_gb", 70), spacing=14)
    run = Flow([s], TOP + mm(22), left=mm(26), right=mm(26))
    f = font("song_gb", 42)
    paras = [("t", f"甲方（申请执行人）：{a.name}"), ("t", f"法定代表人：{a.legal_rep}"),
             ("t", f"乙方（被执行人）：{r.name}，公民身份号码{r.id_number}"),
             ("p", f"甲乙双方就{COURT}{c.number}执行一案，经执行法官主持，本着互谅互让的原则，自愿达成如下和解协议："),
             ("p", f"一、乙方确认尚欠甲方泊位费、管理服务费、岸电费共计{c.amount:,.2f}元，甲方同意免除迟延履行期间的债务利息；"),
             ("p", f"二、乙方于本协议签订之日支付{first:,.2f}元，于{num_date(paid)}前支付剩余{c.amount - first:,.2f}元，均汇入"
                   f"{COURT}执行款专户；"),
             ("p", "三、乙方付清全部款项后，甲方同意申请法院解除对“" + str(c.extra["boat"]) + "”游艇的查封；"),
             ("p", "四、乙方任何一期未按时足额付款的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除；"),
             ("p", "五、本协议一式三份，甲乙双方各执一份，交法院附卷一份，自双方签字（盖章）之日起生效。")]
    _run_paras(run, paras, f, 78)
    y = run.y + mm(14)
    s.text(mm(26), y, "甲方（盖章）：", f)
    seal(s, mm(90), y + 24, a.name, rng, radius=mm(19))
    s.text(mm(26), y + mm(24), "代理人：", f)
    hand(s, mm(60), y + mm(24) - 8, c.agent, rng, size=54, ink=BLACK_PEN)
    s.text(s.width / 2 + mm(6), y, "乙方（签名）：", f)
    hand(s, s.width / 2 + mm(62), y - 8, r.name, rng, size=58, ink=BLACK_PEN)
    s.draw.ellipse((s.width / 2 + mm(100), y + 4, s.width / 2 + mm(100) + 42, y + 58), fill=(196, 44, 52))
    s.text(mm(26), y + mm(44), f"签订日期：{num_date(d)}", f)
    pen(s, mm(26), y + mm(60), f"乙方已于{paid.month}月{paid.day}日付清。{c.clerk} {paid.month}.{paid.day + 1 if paid.day < 28 else paid.day}",
        rng, size=42, ink=BALLPOINT)
    return [s]


def _slip(s: Sheet, y: float, bank: str, colour: tuple[int, int, int], title: str, rows: list[list[str]],
          rng: random.Random, seal_name: str) -> float:
    f = font("sans", 29)
    x0, x1 = mm(14), s.width - mm(14)
    h = mm(84)
    s.box(x0, y, x1, y + h, width=2, outline=colour)
    s.text(x0 + mm(4), y + mm(3), bank, font("sans_bold", 40), fill=colour)
    s.right(x1 - mm(4), y + mm(5), title, font("sans_bold", 36), fill=(40, 40, 40))
    w = x1 - x0 - mm(8)
    grid(s, x0 + mm(4), y + mm(16), [mm(26), mm(62), mm(26), w - mm(114)], rows, f, heights=mm(11), labels=(0, 2),
         ink=colour, line_w=1)
    seal(s, x1 - mm(34), y + h - mm(20), seal_name, rng, radius=mm(14), inner="电子回单专用章")
    return y + h + mm(8)


def _slips(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Banks' e-slips printed on one sheet: the money coming into the court's account, and the court paying it out."""
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    paid = date.fromisoformat(str(c.extra["paid_in"]))
    out_day = paid + timedelta(days=3)
    court_acct = str(c.extra["court_acct"])
    s = Sheet()
    s.text(mm(14), mm(8), f"{c.number}　执行款收付凭证（打印件）", font("sans", 30))
    y = float(mm(16))
    cb = (30, 90, 160)

    def serial(day: date) -> str:
        return f"{day:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}"

    if t == "seafood":
        y = _slip(s, y, "青岛银行", (200, 60, 40), "业务回单（扣划）", [
            ["付款户名", r.name, "收款户名", f"{COURT}"], ["付款账号", str(c.extra["r_acct"]), "收款账号", court_acct],
            ["金额", f"¥{c.amount:,.2f}", "大写", money_caps(c.amount)], ["摘要", f"协助扣划 {c.number}"],
            ["交易日期", f"{paid:%Y-%m-%d}", "流水号", serial(paid)]], rng, "青岛银行市南支行")
    else:
        first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        for k, (amt, day) in enumerate(((first, made_day(c)), (c.amount - first, paid))):
            y = _slip(s, y, "招商银行", (170, 30, 40), "转账汇款回单", [
                ["付款人", r.name, "收款人", COURT], ["付款账号", f"6214{rng.randint(10**11, 10**12 - 1)}", "收款账号", court_acct],
                ["金额", f"¥{amt:,.2f}", "大写", money_caps(amt)], ["附言", f"{c.number}执行款第{k + 1}期"],
                ["交易日期", f"{day:%Y-%m-%d}", "流水号", serial(day)]], rng, "招商银行青岛分行")
    _slip(s, y, "中国建设银行", cb, "单位客户专用回单", [
        ["付款人", f"{COURT}", "收款人", a.name], ["付款账号", court_acct, "收款账号", str(c.extra["in_acct"])],
        ["金额", f"¥{c.amount:,.2f}", "大写", money_caps(c.amount)], ["用途", f"{c.number}案款发放"],
        ["交易日期", f"{out_day:%Y-%m-%d}", "收款行", str(c.extra["in_bank"])]], rng, "中国建设银行青岛市南支行")
    return [s]


def made_day(c: CaseCtx) -> date:
    from dossier.corpus.families.court_jf import made_on

    return made_on(c, "settlement_agreement")

