"""What 孝南法院执行局 receives, each in its sender's manner: the 孝感仲裁委员会's 裁决书 (黑体 heads over an AR PL 明体
body, "第n页" folios) and its certificate of effect; the 孝感中院's appeal judgment in 文楷 with centred
"- n -" folios; this court's own civil division's 民初 judgment in 明体; the lawyers' application in 黑体-like sans
with underlined title and bold labels; the firm's pre-printed 授权委托书 filled in blue; a red-headed 所函; licence,
ID-card and business-licence copies drawn as cards; the window's forms filled by the parties in blue ballpoint; the
湖北省非税收入 slip in purple; the 查控 system's monospaced printout; a typed 执行和解协议; a bank's 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_fl_kit import COURT, LEFT, RIGHT, TOP, Flow, folios, form_top, frame
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "孝感仲裁委员会"
MID_COURT = "湖北省孝感市中级人民法院"
PURPLE = (110, 40, 120)
BALL = (35, 55, 160)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fl import made_on

    d = made_on(c, code)
    tale = c.extra["tale"]
    if code == "enforcement_basis":
        return {"matang": _award, "tour": _appeal, "rice": _first_instance}[tale](c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
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
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        rep = "负责人" if "合作社" in p.name else "法定代表人"
        return f"{p.name}，住所地{p.address}。{rep}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _typeset(s: Sheet, paras: list[tuple[str, str]], f: Font, *, y: float, lead: float, left: float = mm(30),
             right: float = mm(28)) -> Flow:
    run = Flow([s], y, left=left, right=right, bound=False)
    for kind, text in paras:
        if kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "k":
            run.flush(text, f, lead=lead)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    return run


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 孝感仲裁委员会's award: committee and title in 黑体, body in 明体, three arbitrators, "第n页" folios."""
    a, r = c.applicant, c.respondent
    boxes = int(c.extra["boxes"])
    heard = c.basis_effective - timedelta(days=rng.randint(20, 40))
    s = Sheet()
    s.centred(TOP - 6, ARB, font("hei", 58), spacing=16)
    s.centred(TOP + 86, "裁　决　书", font("hei", 78))
    s.right(s.width - mm(28), TOP + 200, c.basis_number, font("ming", 40))
    f = font("ming", 41)
    paras = [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"本会根据申请人与被申请人于2022年10月签订的《仓储服务合同》中的仲裁条款，以及申请人于{cn_date(heard - timedelta(days=60))}"
              "向本会提交的书面仲裁申请，受理了上述当事人之间的仓储合同纠纷案。本案适用普通程序，由首席仲裁员与两名仲裁员"
              f"组成仲裁庭，于{cn_date(heard)}在本会开庭审理。双方均到庭参加了庭审。本案现已审理终结。"),
        ("p", f"申请人称：申请人将春节礼盒装孝感麻糖、米酒共{boxes}箱存放于被申请人物流园仓库，约定防潮防水。2023年1月仓库"
              "屋面排水管破裂，雨水倒灌，货物大面积受潮霉变，无法销售。请求裁决被申请人赔偿货物损失并承担仲裁费用。"),
        ("p", "被申请人辩称：漏水系连续降雨所致，属不可抗力，且申请人主张的损失数额过高。"),
        ("p", "仲裁庭查明：双方合同约定被申请人负有保持库房完好、防潮防水的义务。事发时段降雨量未超出当地常年水平，"
              "排水管系年久失修破裂。经双方共同清点，受损货物按出厂价计算损失如下述金额。"),
        ("p", "仲裁庭认为：保管人对仓储物负有妥善保管义务，因保管不善造成仓储物毁损的，应当承担赔偿责任。被申请人的"
              "不可抗力抗辩不能成立。依照《中华人民共和国民法典》第九百零七条、第九百一十七条，《中华人民共和国仲裁法》"
              "第七条之规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内赔偿申请人{a.name}货物损失{c.amount:,.2f}元；"),
        ("p", "二、本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    run = _typeset(s, paras, f, y=TOP + 290, lead=72)
    run.need(420)
    last, y = run.s, run.y + 50
    x = last.width - mm(100)
    for role in ("首席仲裁员", "仲　裁　员", "仲　裁　员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 70
    when = cn_date(c.basis_effective)
    last.text(x, y + 18, when, f)
    seal(last, x + mm(32), y + 24, ARB, rng, radius=mm(21))
    last.text(x, y + 96, f"秘　　书　{person_name(rng)}", f)
    n = len(run.sheets)
    for i, sh in enumerate(run.sheets, 1):
        sh.centred(sh.height - mm(18), f"第{i}页", font("ming", 30))
        if i > 1:
            sh.page_of = (i, n)
    return run.sheets


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 孝感中院's second-instance judgment, in 文楷, folios "- n -"."""
    a, r = c.applicant, c.respondent
    first = c.extra["first_number"]
    s = Sheet()
    s.centred(TOP, MID_COURT, font("wenkai_bold", 56), spacing=6)
    s.centred(TOP + 92, "民 事 判 决 书", font("wenkai_bold", 82))
    s.right(s.width - mm(28), TOP + 214, c.basis_number, font("wenkai", 40))
    f = font("wenkai", 41)
    paras = [
        ("h", f"上诉人（原审被告）：{_who(r)}"),
        ("h", f"被上诉人（原审原告）：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服{COURT}{first}民事判决，向本院提起上诉。本院立案后，"
              "依法组成合议庭审理了本案。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销原判，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人交付的演出服装面料、舞台幕布"
              "色牢度不达标，经一季演出即褪色，上诉人有权拒付货款。"),
        ("p", f"{a.name}辩称：货物经上诉人验收合格，上诉人在演出中使用一年有余，从未提出质量异议，一审判决正确。"),
        ("p", f"{a.name}向一审法院起诉请求：判令{r.name}支付“天仙配”实景演出所用七仙女服装织锦面料、舞台幕布货款"
              f"{c.amount:,.2f}元。一审法院判决支持其诉讼请求。"),
        ("p", "本院认为，上诉人收货后在合理期限内未提出质量异议，视为标的物质量符合约定，其上诉理由不能成立。依照《中华"
              "人民共和国民事诉讼法》第一百七十七条第一款第一项之规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", "二审案件受理费由上诉人负担。"),
        ("p", "本判决为终审判决。"),
    ]
    run = _typeset(s, paras, f, y=TOP + 300, lead=72)
    run.need(420)
    last, y = run.s, run.y + 50
    x = last.width - mm(98)
    for role in ("审　判　长", "审　判　员", "审　判　员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 70
    when = cn_date(c.basis_effective)
    last.text(x, y + 18, when, f)
    seal(last, x + mm(32), y + 24, MID_COURT, rng, radius=mm(21))
    last.text(x, y + 96, f"书　记　员　{person_name(rng)}", f)
    n = len(run.sheets)
    for i, sh in enumerate(run.sheets, 1):
        sh.centred(sh.height - mm(17), f"- {i} -", font("wenkai", 30))
        if i > 1:
            sh.page_of = (i, n)
    return run.sheets


def _first_instance(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil division's 民初 judgment: 明体 body, bold serif title, a judge alone (summary procedure)."""
    a, r = c.applicant, c.respondent
    jin = int(c.extra["jin"])
    heard = c.basis_effective - timedelta(days=rng.randint(35, 60))
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 54), spacing=4)
    s.centred(TOP + 90, "民事判决书", font("serif_bold", 80), spacing=30)
    s.right(s.width - mm(28), TOP + 212, c.basis_number, font("ming", 40))
    f = font("ming", 41)
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，于{cn_date(heard)}公开开庭进行了审理。"
              "原、被告均到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告诉称：被告经营{c.extra['shop']}，自2022年9月起向原告购买糯米用于酿制孝感米酒，累计{jin}斤，单价每斤2.6元，"
              f"货款{c.amount:,.2f}元，被告至今未付。请求判令被告支付货款。"),
        ("p", "被告辩称：欠款属实，因米酒销路不好，一时无力支付。"),
        ("p", "本院认为，原、被告之间的买卖合同合法有效，原告已交付货物，被告应当支付价款。依照《中华人民共和国民法典》"
              "第五百七十九条、第六百二十六条之规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
              "加倍支付迟延履行期间的债务利息。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，上诉于湖北省孝感市中级人民法院。"),
    ]
    run = _typeset(s, paras, f, y=TOP + 300, lead=72)
    run.need(340)
    last, y = run.s, run.y + 50
    x = last.width - mm(96)
    last.text(x, y, f"审判员　{c.extra['civil_judge']}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24)))
    last.text(x, y + 90, when, f)
    seal(last, x + mm(30), y + 96, COURT, rng, radius=mm(20))
    last.text(x, y + 170, f"书记员　{person_name(rng)}", f)
    return folios(run.sheets, style="received")


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A certificate of effect: the commission's for its award, or this court's civil division's for a judgment."""
    s = Sheet()
    f = font("ming", 42)
    if c.extra["tale"] == "matang":
        s.centred(TOP + 10, ARB, font("hei", 56), spacing=12)
        s.centred(TOP + 110, "裁决书生效证明", font("hei", 70), spacing=8)
        no = f"孝仲证字〔{c.filed_on.year}〕第{rng.randint(8, 120)}号"
        issuer = ARB
        text = (f"申请人{c.applicant.name}与被申请人{c.respondent.name}仓储合同纠纷一案，本会于{cn_date(c.basis_effective)}作出"
                f"{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力，已依法送达双方当事人。")
    else:
        s.centred(TOP + 10, COURT, font("serif_bold", 54), spacing=4)
        s.centred(TOP + 110, "生效证明", font("serif_bold", 70), spacing=40)
        no = c.basis_number.replace("号", "号之一")
        issuer = COURT
        text = f"本院{c.basis_number}民事判决书已于{cn_date(c.basis_effective)}发生法律效力。"
    s.right(s.width - mm(28), TOP + 220, no, f)
    run = _typeset(s, [("k", f"{COURT}：" if issuer == ARB else "特此证明如下："), ("p", text), ("p", "特此证明。")],
                   f, y=TOP + 330, lead=76)
    y = run.y + 150
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(4, 12)))
    s.right(s.width - mm(40), y, when, f)
    seal(s, s.width - mm(40) - text_width(when, f) / 2, y + 10, issuer, rng, radius=mm(21))
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed application: sans body, underlined title, labels in bold, requests numbered."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("sans_bold", 66)
    w = s.centred(TOP, "执行申请书", tf, spacing=20)
    s.line((s.width - w) / 2, TOP + 86, (s.width + w) / 2, TOP + 86, width=3)
    f = font("sans", 38)
    bold = font("sans_bold", 38)
    run = Flow([s], TOP + 150, left=mm(26), right=mm(24), bound=False)

    def block(head: str, text: str) -> None:
        run.need(64)
        run.s.text(run.left, run.y, head, bold)
        hw = text_width(head, bold)
        parts = wrap(text, f, run.width - hw)
        for k, part in enumerate(parts):
            if k:
                run.need(64)
            run.s.text(run.left + hw, run.y, part, f)
            run.y += 64

    block("申请执行人：", f"{_who(a)}联系电话：{a.phone}。")
    block("委托代理人：", f"{c.agent}，{c.firm}律师，电话{c.agent_phone}。")
    block("被执行人：", _who(r))
    run.y += 16
    run.flush("请求事项：", bold, lead=64)
    for k, t in enumerate([f"依法强制执行被执行人向申请执行人支付{money(c.amount)}；",
                           "强制执行被执行人加倍支付迟延履行期间的债务利息；",
                           "本案执行费用由被执行人负担；",
                           "请求对被执行人采取限制高消费措施；如被执行人拒不履行，请求将其纳入失信被执行人名单。"], 1):
        run.para(f"{k}. {t}", f, lead=64, hang=f.size * 1.2)
    run.y += 16
    run.flush("事实与理由：", bold, lead=64)
    basis = {"matang": f"{ARB}作出的{c.basis_number}裁决书", "tour": f"{MID_COURT}{c.basis_number}民事判决书",
             "rice": f"贵院{c.basis_number}民事判决书"}[str(c.extra["tale"])]
    run.para(f"申请执行人与被执行人{c.extra['cause']}一案，{basis}已发生法律效力，被执行人至今未履行义务。根据《中华人民共和国"
             "民事诉讼法》第二百四十七条之规定，特申请贵院强制执行。", f, lead=64, first=f.size * 2)
    run.y += 20
    run.flush("此致", f, lead=64)
    run.flush(COURT, f, lead=64)
    run.need(240)
    y = run.y + 40
    run.s.text(run.s.width - mm(110), y, "申请执行人：", f)
    seal(run.s, run.s.width - mm(50), y + 24, a.name, rng, radius=mm(18))
    hand(run.s, run.s.width - mm(96), y + 110, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), rng,
         size=42, ink=INK)
    return run.sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's pre-printed 授权委托书: printed labels and lines, the blanks filled in blue ballpoint."""
    a = c.applicant
    s = Sheet()
    s.text(mm(24), mm(14), c.firm, font("serif", 28), fill=(90, 90, 90))
    s.centred(TOP + 20, "授 权 委 托 书", font("serif_bold", 72))
    f = font("serif", 38)
    x0, x1 = mm(26), s.width - mm(24)
    y = TOP + 170
    fields = [("委托人", a.name), ("住所地", a.address), ("法定代表人/负责人", a.legal_rep), ("受委托人", c.agent),
              ("工作单位", c.firm), ("职务", "律师"), ("联系电话", c.agent_phone)]
    for lab, val in fields:
        s.text(x0, y, lab + "：", f)
        lx = x0 + text_width(lab + "：", f)
        s.line(lx, y + 48, x1, y + 48, width=1)
        hand(s, lx + mm(3), y - 6, val, rng, size=40 if len(val) < 22 else 34, ink=BALL)
        y += 76
    y += 20
    s.text(x0, y, "现委托上列受委托人在下列案件中作为我方的代理人：", f)
    y += 70
    s.text(x0, y, "案件：", f)
    s.line(x0 + mm(14), y + 48, x1, y + 48, width=1)
    hand(s, x0 + mm(17), y - 6, f"与{c.respondent.name}{c.extra['cause']}执行一案", rng, size=34, ink=BALL)
    y += 80
    s.text(x0, y, "代理权限：", f)
    y += 66
    for t in ["□一般代理", "☑特别授权：代为申请执行、提供财产线索、申请执行措施、进行和解、",
              "　代为签收法律文书、代为领取执行款、申请终结本次执行程序。"]:
        s.text(x0 + mm(8), y, t, f)
        y += 62
    y += 80
    s.text(x0, y, "委托人（盖章）：", f)
    seal(s, x0 + mm(70), y + 30, a.name, rng, radius=mm(18))
    s.text(s.width - mm(110), y, "受委托人：", f)
    hand(s, s.width - mm(70), y - 6, c.agent, rng, size=52, ink=BALL)
    hand(s, s.width - mm(105), y + 130, num_date(c.filed_on - timedelta(days=rng.randint(3, 7))), rng, size=40, ink=BALL)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (200, 30, 40)
    s.centred(TOP - 24, c.firm, font("kai", 80), fill=red, spacing=6)
    s.line(mm(20), TOP + 90, s.width - mm(20), TOP + 90, width=3, fill=red)
    s.text(mm(26), TOP + 112, f"孝律函字〔{c.filed_on.year}〕第{rng.randint(11, 240)}号", font("serif", 36))
    s.centred(TOP + 200, "律 师 事 务 所 函", font("serif_bold", 60))
    f = font("serif", 40)
    run = _typeset(s, [("k", f"{COURT}："),
                       ("p", f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}执行一案，本所接受{c.applicant.name}的委托，"
                             f"指派本所{c.agent}律师担任其委托代理人，代为申请执行。"),
                       ("p", "特此函告。"),
                       ("k", f"附：授权委托书一份。律师执业证号：{c.extra['licence']}")],
                   f, y=TOP + 320, lead=72, left=mm(26), right=mm(24))
    y = run.y + 120
    when = cn_date(c.filed_on - timedelta(days=rng.randint(2, 4)))
    s.right(s.width - mm(36), y, when, f)
    seal(s, s.width - mm(36) - text_width(when, f) / 2, y + 6, c.firm, rng, radius=mm(20))
    s.line(mm(20), s.height - mm(30), s.width - mm(20), s.height - mm(30), width=2, fill=red)
    s.centred(s.height - mm(26), f"地址：{c.extra['firm_addr']}　　电话：{c.agent_phone}", font("serif", 28), fill=red)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The licence's two inner leaves photocopied on an A4 sheet."""
    s = Sheet()
    grey = (60, 60, 60)
    x0, y0 = mm(22), mm(50)
    lw, lh = mm(80), mm(112)
    for k in range(2):
        x = x0 + k * (lw + mm(8))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=(222, 222, 220), outline=grey, width=3)
    f = font("sans", 32)
    s.draw.rectangle((x0 + mm(22), y0 + mm(10), x0 + mm(58), y0 + mm(56)), fill=(140, 140, 140))
    s.centred(y0 + mm(64), f"持证人：{c.agent}", f, x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(76), "湖北省司法厅", f, x0=x0, x1=x0 + lw)
    seal(s, x0 + lw / 2, y0 + mm(96), "湖北省司法厅", rng, radius=mm(13))
    x = x0 + lw + mm(8)
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("sans_bold", 34), x0=x, x1=x + lw)
    yy = y0 + mm(24)
    for lab, val in [("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["licence"]),
                     ("法律职业资格证号", f"A2016{rng.randint(10**9, 10**10 - 1)}"), ("发证日期", "2021年5月20日")]:
        s.text(x + mm(5), yy, f"{lab}：{val}", font("sans", 28))
        yy += mm(12)
    s.text(mm(22), y0 + lh + mm(12), "（复印件与原件一致）", font("kai", 40), fill=INK)
    hand(s, mm(110), y0 + lh + mm(10), c.agent, rng, size=48, ink=INK)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, y0, x1, y1 = mm(18), mm(30), s.width - mm(18), mm(190)
    s.box(x0, y0, x1, y1, width=8, outline=(150, 120, 60))
    s.box(x0 + 14, y0 + 14, x1 - 14, y1 - 14, width=2, outline=(150, 120, 60))
    s.centred(y0 + mm(14), "营 业 执 照", font("serif_bold", 84))
    s.text(x0 + mm(10), y0 + mm(36), f"统一社会信用代码　{p.id_number}", font("sans", 34))
    coop = "合作社" in p.name
    rows = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("经营范围", "水稻种植、销售" if coop else "食品生产、仓储服务、普通货运等"),
            ("住　　所", p.address), ("成立日期", f"20{rng.randint(10, 19)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    y = y0 + mm(52)
    f = font("serif", 36)
    for lab, val in rows:
        s.text(x0 + mm(12), y, lab, f)
        for k, part in enumerate(wrap(val, f, x1 - x0 - mm(62))):
            s.text(x0 + mm(52), y + k * 50, part, f)
            y += 50 if k else 0
        y += mm(11)
    s.text(x1 - mm(90), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(48), y1 - mm(26), "孝感市孝南区市场监督管理局", rng, radius=mm(18))
    s.text(x0, y1 + mm(12), "复印件，仅供执行立案使用", font("kai", 42), fill=INK)
    seal(s, x0 + mm(140), y1 + mm(30), p.name, rng, radius=mm(17))
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, w, h = mm(50), mm(86), mm(54)
    tint = (236, 240, 236)
    for k in range(2):
        y = mm(40) + k * (h + mm(20))
        s.draw.rounded_rectangle((x0, y, x0 + w, y + h), radius=24, fill=tint, outline=(90, 90, 90), width=2)
    y = mm(40)
    f = font("sans", 28)
    born = p.born or date(1980, 1, 1)
    for k, t in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{born.year}年{born.month}月{born.day}日"]):
        s.text(x0 + mm(5), y + mm(5) + k * mm(8), t, f)
    for k, part in enumerate(wrap(f"住址　{p.address}", f, mm(52))):
        s.text(x0 + mm(5), y + mm(29) + k * mm(6), part, f)
    s.text(x0 + mm(5), y + mm(46), f"公民身份号码　{p.id_number}", font("sans", 30))
    s.draw.rectangle((x0 + mm(60), y + mm(8), x0 + mm(82), y + mm(36)), fill=(170, 170, 170))
    y2 = mm(40) + h + mm(20)
    s.centred(y2 + mm(10), "中华人民共和国", font("sans_bold", 36), x0=x0, x1=x0 + w)
    s.centred(y2 + mm(20), "居民身份证", font("sans_bold", 46), x0=x0, x1=x0 + w)
    s.text(x0 + mm(6), y2 + mm(36), "签发机关　孝感市公安局孝南分局", f)
    s.text(x0 + mm(6), y2 + mm(44), f"有效期限　20{rng.randint(15, 22)}.03.11-20{rng.randint(35, 42)}.03.11", f)
    s.text(x0, y2 + h + mm(14), "此复印件与原件一致", font("kai", 40))
    hand(s, x0 + mm(70), y2 + h + mm(12), p.name, rng, size=48, ink=INK)
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湖北省非税收入一般缴款书 (收据联), a wide slip printed in purple, on the top half of the sheet."""
    s = Sheet()
    x0, y0 = mm(14), mm(20)
    w = s.width - 2 * x0
    s.centred(y0, "湖北省非税收入一般缴款书（电子）", font("serif_bold", 50), fill=PURPLE)
    s.text(x0, y0 + 80, f"票据代码：42060124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", font("sans", 28), fill=PURPLE)
    s.right(x0 + w, y0 + 80, f"填制日期：{num_date(c.day(2))}", font("sans", 28), fill=PURPLE)
    f = font("sans", 30)
    rows = [["付款人", c.applicant.name, "收款人", "孝感市孝南区财政局"],
            ["执收单位", COURT, "执收单位编码", "420902-068"], ["项目名称", "执行申请费", "金额（元）", f"{c.extra['fee']:.2f}"],
            ["金额合计（大写）", money_caps(Decimal(c.extra["fee"]))], ["备注", f"{c.number}　申请执行人预交"]]
    y = y0 + 130
    hs = [mm(12)] * 5
    widths = [mm(36), mm(68), mm(36), w - mm(140)]
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x0
        for k, cell in enumerate(row):
            cw = widths[k] if k < len(row) - 1 else x0 + w - cx
            s.box(cx, cy, cx + cw, cy + h, width=2, outline=PURPLE)
            ff = f if k % 2 == 0 else font("mono", 30)
            part = wrap(cell, ff, cw - 14)[0] if cell else ""
            s.text(cx + 8, cy + (h - 34) / 2, part, ff, fill=PURPLE if k % 2 == 0 else INK)
            cx += cw
        cy += h
    seal(s, x0 + w - mm(40), cy + mm(16), "湖北省非税收入票据监制章", rng, radius=mm(15))
    s.text(x0, cy + mm(8), "第二联　收据联（缴款人留存）", font("sans", 28), fill=PURPLE)
    return [s]


WINDOW_TITLES = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "执行案款收取账户确认书",
                 "service_address_confirmation": "送达地址确认书", "property_declaration_form": "被执行人财产申报表"}


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's printed forms, filled in by the parties in blue ballpoint."""
    s = Sheet()
    y = form_top(s, WINDOW_TITLES[code])
    s.text(LEFT, y - 40, f"案号：{c.number}", font("serif", 32))
    w = s.width - LEFT - RIGHT
    a, r = c.applicant, c.respondent
    tale = c.extra["tale"]
    if code == "property_clue_form":
        if tale == "matang":
            clue = f"{c.extra['r_bank']}账户{c.extra['r_acct']}（物流园仓储费收款账户）"
        elif tale == "tour":
            clue = "文化园门票收入账户；园内演出服装、舞台设备"
        else:
            clue = f"{c.extra['shop']}的米酒存货、酿造设备；微信收款"
        rows = [["被执行人", r.name], ["住所/住址", r.address], ["银行账户", clue], ["不动产", "不详"], ["车辆", "不详"],
                ["其他财产", "应收货款" if tale != "rice" else "无"], ["提供人", ""], ["日期", ""]]
        hs = [mm(15), mm(20), mm(30), mm(15), mm(15), mm(22), mm(18), mm(15)]
        signer = c.agent
    elif code == "payment_account_confirmation":
        rows = [["申请执行人", a.name], ["收款户名", a.name], ["开户银行", c.extra["in_bank"]], ["账号", c.extra["in_acct"]],
                ["确认事项", "本人/本单位确认执行案款汇入上述账户，账户信息变更时及时书面告知法院。"], ["确认人", ""], ["日期", ""]]
        hs = [mm(15), mm(15), mm(15), mm(15), mm(34), mm(20), mm(15)]
        signer = a.legal_rep or a.name
    elif code == "service_address_confirmation":
        rows = [["受送达人", a.name], ["送达地址", c.extra["firm_addr"] + f"（{c.firm}转）"], ["收件人", c.agent],
                ["联系电话", c.agent_phone], ["是否同意电子送达", "同意，手机号码同上"],
                ["告知事项", "确认的送达地址适用于执行程序；地址变更应及时告知，未告知的，邮寄送达退回之日视为送达。"],
                ["受送达人签名", ""], ["日期", ""]]
        hs = [mm(15), mm(22), mm(15), mm(15), mm(15), mm(36), mm(18), mm(15)]
        signer = c.agent
    else:
        if r.kind == "organisation":
            rows = [["被执行人", r.name], ["银行存款", "基本户余额约二百元" if tale == "tour" else "见银行冻结"],
                    ["不动产", "无（园区场地系租赁）" if tale == "tour" else "无（库房系租赁）"], ["车辆", "无"],
                    ["对外债权", "无" if tale == "tour" else "仓储费应收约三万元"], ["其他", "演出服装道具已抵租金" if tale == "tour"
                                                                      else "叉车两台"],
                    ["申报人", ""], ["日期", ""]]
        else:
            rows = [["被执行人", r.name], ["银行存款", "农商行卡内约一千元"], ["不动产", "无，租房居住"], ["车辆", "电动三轮车一辆"],
                    ["收入", "米酒作坊经营，每月约四千元"], ["其他", "酿酒缸、蒸锅若干"], ["申报人", ""], ["日期", ""]]
        hs = [mm(15), mm(22), mm(22), mm(15), mm(22), mm(22), mm(18), mm(15)]
        signer = r.legal_rep or r.name
    boxes = frame(s, LEFT, y, [mm(46), w - mm(46)], [[k, ""] for k, _ in rows], heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        if v:
            lines = wrap(v, font("kai", 36), b[2] - b[0] - mm(8))
            for j, part in enumerate(lines):
                hand(s, b[0] + mm(4), b[1] + mm(3) + j * 48, part, rng, size=36, ink=BALL)
    hand(s, right[-2][0] + mm(10), right[-2][1] + mm(3), signer, rng, size=50, ink=BALL)
    hand(s, right[-1][0] + mm(10), right[-1][1] + mm(2), num_date(d), rng, size=40, ink=BALL)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 查控 system's printout: a monospaced table, one line per institution, the print time at the foot."""
    s = Sheet()
    mono = font("mono", 30)
    s.centred(mm(18), "全国法院网络执行查控系统", font("sans_bold", 46))
    s.centred(mm(30), "被执行人财产查询反馈结果", font("sans", 40))
    r = c.respondent
    s.text(mm(18), mm(44), f"案号：{c.number}　承办人：{c.officer}", mono)
    s.text(mm(18), mm(51), f"被执行人：{r.name}　证照号码：{r.id_number}", mono)
    s.text(mm(18), mm(58), f"查询日期：{d.isoformat()}　反馈日期：{(d + timedelta(days=1)).isoformat()}", mono)
    tale = c.extra["tale"]
    if tale == "matang":
        found = [("汉口银行", f"活期存款 账号{c.extra['r_acct']} 余额{c.amount + 18204:,.2f}")]
    elif tale == "tour":
        found = [("湖北孝感农村商业银行", "活期存款 余额237.41 已冻结")]
    else:
        found = [("湖北孝感农村商业银行", "借记卡 余额1,086.30")]
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "招商银行",
             "湖北银行", "汉口银行", "湖北孝感农村商业银行", "不动产登记（孝感）", "车辆（公安部交管局）", "证券（中国结算）",
             "支付宝", "财付通"]
    rows = [["序号", "协助单位", "反馈结果"]]
    hits = dict(found)
    for k, b in enumerate(banks, 1):
        rows.append([str(k), b, hits.get(b, "未查询到相关信息")])
    frame(s, mm(18), mm(68), [mm(16), mm(62), s.width - mm(36) - mm(78)], rows, heights=mm(9.5), f=mono, labels=(0,))
    s.text(mm(18), s.height - mm(24), f"打印时间：{d.isoformat()} 15:{rng.randint(10, 59)}:{rng.randint(10, 59)}　打印人：{c.clerk}",
           mono)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("serif_bold", 70), spacing=16)
    f = font("serif", 40)
    if c.extra["tale"] == "matang":
        terms = [f"一、被执行人于{num_date(d + timedelta(days=12))}前向孝南区人民法院执行款专户支付{c.amount:,.2f}元；",
                 f"二、被执行人按期付清上述款项的，申请执行人放弃迟延履行期间的债务利息约{c.extra['waived']:,.2f}元，申请执行费"
                 "由被执行人负担；",
                 f"三、法院已冻结的被执行人{c.extra['r_bank']}账户存款，被执行人同意直接划拨用于履行本协议；",
                 "四、被执行人未按期履行的，申请执行人可申请恢复执行原生效法律文书。"]
        story = (f"{a.name}与{r.name}仓储合同纠纷一案，{ARB}{c.basis_number}裁决书已发生法律效力，现由{COURT}执行（案号"
                 f"{c.number}）。经双方协商，自愿达成和解如下：")
    else:
        half = (c.amount / 2).quantize(Decimal("0.01"))
        terms = [f"一、被执行人分两期支付货款{c.amount:,.2f}元：{num_date(d + timedelta(days=5))}前支付{half:,.2f}元，"
                 f"{num_date(d + timedelta(days=15))}前支付{c.amount - half:,.2f}元，均交至孝南区人民法院执行款专户；",
                 "二、被执行人按期付清的，申请执行人放弃迟延履行利息；",
                 "三、被执行人任何一期逾期未付的，申请执行人有权申请恢复执行原判决。"]
        story = (f"{a.name}与{r.name}买卖合同纠纷一案，{COURT}{c.basis_number}民事判决书已发生法律效力，现由该院执行（案号"
                 f"{c.number}）。被执行人经营{c.extra['shop']}，因资金周转困难，经双方协商达成和解如下：")
    run = _typeset(s, [("h", f"甲方（申请执行人）：{_who(a)}"), ("h", f"乙方（被执行人）：{_who(r)}"), ("p", story),
                       *[("p", t) for t in terms], ("p", "本协议一式三份，双方各执一份，交法院一份入卷。")],
                   f, y=TOP + 150, lead=70, left=mm(26), right=mm(24))
    run.need(300)
    y = run.y + 70
    run.s.text(mm(26), y, "甲方（盖章）：", f)
    seal(run.s, mm(90), y + 40, a.name, rng, radius=mm(18))
    hand(run.s, mm(36), y + 120, f"代理人 {c.agent}", rng, size=44, ink=INK)
    run.s.text(run.s.width - mm(100), y, "乙方：", f)
    if r.kind == "organisation":
        seal(run.s, run.s.width - mm(50), y + 40, r.name, rng, radius=mm(18))
    else:
        hand(run.s, run.s.width - mm(74), y - 6, r.name, rng, size=54, ink=INK)
        run.s.draw.ellipse((run.s.width - mm(40), y + 4, run.s.width - mm(40) + 30, y + 44), fill=(205, 45, 45))
    hand(run.s, run.s.width - mm(110), y + 160, num_date(d), rng, size=42, ink=INK)
    return folios(run.sheets, style="received")


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 电子回单 of the court's payment to the applicant: two slips on one sheet (the court's 执行款 paid in,
    then paid out), framed, a round business seal on each."""
    s = Sheet()
    bank = "汉口银行孝感分行"
    f = font("sans", 30)
    pay = c.extra["pay_day"]
    slips = [("客户回单（收款）", c.respondent.name,
              "湖北省孝感市孝南区人民法院", pay, "执行款"),
             ("客户回单（付款）", "湖北省孝感市孝南区人民法院", c.applicant.name, pay + timedelta(days=2), f"{c.number}案款发放")]
    y: float = mm(18)
    for title, payer, payee, day, use in slips:
        s.text(mm(16), y, bank, font("sans_bold", 36))
        s.right(s.width - mm(16), y, f"电子回单　{title}", font("sans_bold", 34))
        rows = [["付款人", payer], ["收款人", payee], ["金额", f"{money(c.amount)}"], ["用途", use],
                ["交易时间", f"{day.isoformat()} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"],
                ["流水号", f"HK{rng.randint(10**13, 10**14 - 1)}"]]
        bottom = frame(s, mm(16), y + mm(10), [mm(34), s.width - mm(32) - mm(34)], rows, heights=mm(11.5), f=f)[-1][3]
        seal(s, s.width - mm(50), bottom - mm(28), bank + "电子回单专用章", rng, radius=mm(16))
        s.text(mm(16), bottom + mm(3), f"打印次数：1　回单编号：{rng.randint(10**8, 10**9 - 1)}", font("sans", 26))
        y = bottom + mm(24)
    return [s]
