"""What 城厢法院执行局 receives, each in its sender's hand: the 莆田仲裁委员会's 裁决书 (GB song, the number centred under
the title, "— n —" folios) and its secretariat's 生效证明; the 壶山公证处's 公证书 and 执行证书 inside a ruled double
frame; the court's own civil division's 民事判决书 in GB song with a centred number; the lawyers' application in 楷体
under an underlined title, their firm's letter under a navy letterhead, the power of attorney on the firm's sans-serif
template; the window's forms filled in black ballpoint; ID, licence and 执业证 copies drawn as cards; the brown
福建省非税收入 slip; the 查控 system's printout; the parties' typed 和解协议; a bank's 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_fj_kit import COURT, LEFT, RIGHT, TOP, Flow, folio, form_title, gel, grid
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "online_inquiry_result", "settlement_agreement", "payment_voucher",
})
ARB = "莆田仲裁委员会"
NOTARY = "福建省莆田市壶山公证处"
NAVY = (26, 44, 110)
BROWN = (140, 70, 40)
BALL = (20, 20, 26)


def gb(s: str) -> str:
    """The GB song face has no 〇: its typists key ○."""
    return s.replace("〇", "○")


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fj import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return {"shoe": _award, "carving": _notarial, "gold": _judgment}[t](c, rng)
    if code == "effectiveness_certificate":
        return _arb_effect(c, rng) if t == "shoe" else _exec_cert(c, rng) if t == "carving" else _court_effect(c, rng)
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
        return _business(p, c, rng) if p.kind == "organisation" else _id_card(p, c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window(code, c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _bank(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    b = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{b.year}年{b.month}月{b.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _typeset(sheets: list[Sheet], y: float, blocks: list[tuple[str, str]], f: Font, *, lead: float,
             left: float = LEFT, right: float = RIGHT) -> Flow:
    run = Flow(sheets, y, left=left, right=right)
    for kind, text in blocks:
        if kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "t":
            run.para(text, f, lead=lead)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2)
    return run


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """莆田仲裁委员会 裁决书."""
    a, r = c.applicant, c.respondent
    f = font("song_gb", 41)
    s = Sheet()
    s.centred(TOP, ARB, font("serif_bold", 60), spacing=12)
    s.centred(TOP + 100, "裁决书", font("serif_bold", 80), spacing=90)
    s.centred(TOP + 210, c.basis_number, f)
    made = c.basis_effective
    heard = made - timedelta(days=rng.randint(20, 40))
    blocks = [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", gb(f"本会根据申请人与被申请人于2022年3月签订的《鞋材采购合同》中的仲裁条款，以及申请人的仲裁申请，受理了双方之间"
                 f"的买卖合同纠纷。本案适用《莆田仲裁委员会仲裁规则》，由独任仲裁员于{cn_date(heard)}开庭审理，被申请人经合法"
                 "通知未到庭。本案现已审理终结。")),
        ("p", f"申请人称：申请人按约向被申请人供应{c.extra['goods']}，被申请人用于其运动鞋订单生产。截至2023年5月，经对账"
              f"被申请人尚欠货款{c.amount:,.2f}元，至今未付。请求裁决被申请人支付货款及逾期付款损失，并承担仲裁费。"),
        ("p", "仲裁庭查明：申请人提交的采购合同、送货单、对账确认函及增值税发票能够相互印证，被申请人在对账确认函上加盖"
              "公章，确认欠款数额。"),
        ("p", "仲裁庭认为：双方签订的采购合同合法有效。申请人已履行供货义务，被申请人未按约付款，应承担付款责任。依照"
              "《中华人民共和国民法典》第五百七十七条、第六百二十六条及《中华人民共和国仲裁法》第四十二条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付货款{c.amount:,.2f}元；"),
        ("p", "二、本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    run = _typeset([s], TOP + 300, blocks, f, lead=74)
    run.room(330)
    last, y = run.s, run.y + 50
    x = last.width - mm(96)
    last.text(x, y, f"独任仲裁员　{person_name(rng)}", f)
    when = gb(cn_date(made))
    last.text(x, y + 90, when, f)
    seal(last, x + text_width(when, f) / 2, y + 100, ARB, rng, radius=mm(21))
    last.text(x, y + 180, f"书　记　员　{person_name(rng)}", f)
    return folio(run.sheets, f=font("song_gb", 32), style="dash")


def _arb_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The secretariat's one-page certificate: a bold title, a short text, its own seal."""
    s = Sheet()
    f = font("song_gb", 42)
    s.centred(TOP + 20, "仲裁裁决书生效证明", font("serif_bold", 66), spacing=8)
    no = f"莆仲证字〔{c.filed_on.year}〕{rng.randint(10, 99)}号"
    s.right(s.width - RIGHT, TOP + 130, no, f)
    run = _typeset([s], TOP + 230, [
        ("t", f"{COURT}："),
        ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会于{c.basis_effective.year}年"
              f"{c.basis_effective.month}月{c.basis_effective.day}日作出{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起"
              "发生法律效力，已依法送达双方当事人。"),
        ("p", "截至本证明出具之日，本会未收到人民法院撤销或者不予执行该裁决的裁定。"),
        ("p", "特此证明。"),
    ], f, lead=78)
    y = run.y + 120
    day = c.filed_on - timedelta(days=rng.randint(3, 9))
    s.right(s.width - RIGHT - mm(10), y, f"{ARB}秘书处", f)
    s.right(s.width - RIGHT - mm(10), y + 80, num_date(day), f)
    seal(s, s.width - RIGHT - mm(40), y + 40, ARB, rng, radius=mm(20))
    return [s]


def _frame(s: Sheet) -> None:
    """The notary's certificate paper: a ruled double frame round the page."""
    s.box(mm(14), mm(14), s.width - mm(14), s.height - mm(14), width=6, outline=(90, 60, 40))
    s.box(mm(17), mm(17), s.width - mm(17), s.height - mm(17), width=2, outline=(90, 60, 40))


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = font("ming", 42)
    loan = c.extra["loan_day"]
    due = loan + timedelta(days=240)
    sheets = [Sheet()]
    _frame(sheets[0])
    s = sheets[0]
    s.centred(TOP + 10, "公证书", font("serif_bold", 84), spacing=100)
    s.right(s.width - mm(30), TOP + 150, c.basis_number, f)
    blocks = [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"申请人：{_who(r)}"),
        ("t", "公证事项：赋予债权文书强制执行效力"),
        ("p", f"兹证明出借人{a.name}与借款人{r.name}（法定代表人{r.legal_rep}）于{cn_date(loan)}来到本处，在本公证员面前"
              f"签订了前面的《借款合同》。借款金额{money(c.amount)}，用于购买龙眼木原料，借款期限至{cn_date(due)}止。"),
        ("p", "经查，双方当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定，合同内容具体明确。双方在"
              "合同中约定：借款人不履行或者不适当履行还款义务时，自愿接受人民法院的强制执行。"),
        ("p", "依照《中华人民共和国公证法》第三十七条的规定，本公证书具有强制执行效力。"),
    ]
    run = _typeset(sheets, TOP + 250, blocks, f, lead=76, left=mm(30), right=mm(28))
    run.room(300)
    for extra in run.sheets[1:]:
        _frame(extra)
    last, y = run.s, run.y + 70
    last.right(last.width - mm(34), y, NOTARY, f)
    last.right(last.width - mm(34), y + 80, f"公证员　{c.extra.setdefault('notary', person_name(rng))}", f)
    last.right(last.width - mm(34), y + 160, cn_date(loan), f)
    seal(last, last.width - mm(70), y + 110, NOTARY, rng, radius=mm(21))
    return folio(run.sheets, f=font("ming", 30), style="dash", bottom=26)


def _exec_cert(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = font("ming", 42)
    s = Sheet()
    _frame(s)
    s.centred(TOP + 10, "执行证书", font("serif_bold", 80), spacing=50)
    s.right(s.width - mm(30), TOP + 140, c.extra["cert_number"], f)
    interest = (c.amount * Decimal("0.06")).quantize(Decimal("0.01"))
    run = _typeset([s], TOP + 240, [
        ("h", f"申请执行人：{_who(a)}"),
        ("h", f"被执行人：{_who(r)}"),
        ("p", f"本处于{cn_date(c.extra['loan_day'])}出具的{c.basis_number}公证书，赋予{a.name}与{r.name}签订的《借款合同》"
              "强制执行效力。借款期限届满后，被执行人未按约偿还借款。本处经向被执行人核实，被执行人对欠款事实无异议，"
              "但表示无力偿还。"),
        ("p", "现根据申请执行人的申请，依照《中华人民共和国民事诉讼法》第二百四十九条、《公证程序规则》第五十五条的规定，"
              "出具本执行证书。"),
        ("t", f"执行标的：借款本金{money(c.amount)}；利息人民币{interest:,.2f}元（暂计至本证书出具之日）；实现债权的费用。"),
        ("p", "申请执行人可持本证书及原公证书向有管辖权的人民法院申请强制执行。"),
    ], f, lead=76, left=mm(30), right=mm(28))
    y = run.y + 80
    day = c.basis_effective
    s.right(s.width - mm(34), y, NOTARY, f)
    s.right(s.width - mm(34), y + 80, f"公证员　{c.extra.setdefault('notary', person_name(rng))}", f)
    s.right(s.width - mm(34), y + 160, cn_date(day), f)
    seal(s, s.width - mm(70), y + 110, NOTARY, rng, radius=mm(21))
    return [s]


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's civil division's 民事判决书: GB song, number centred, a two-judge bench and a people's assessor."""
    a, r = c.applicant, c.respondent
    f = font("song_gb", 40)
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 54), spacing=4)
    s.centred(TOP + 90, "民事判决书", font("serif_bold", 76), spacing=40)
    s.centred(TOP + 200, c.basis_number, f)
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    shop = c.extra["shop"]
    blocks = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", gb(f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用"
                 f"简易程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告{r.name}到庭参加诉讼。"
                 "本案现已审理终结。")),
        ("p", f"原告向本院提出诉讼请求：判令被告支付黄金饰品货款{c.amount:,.2f}元。事实和理由：被告经营“{shop}”，自2022年"
              "起向原告提取足金项链、手镯、戒指等饰品在店内销售，按月按克重结算。2023年上半年金价上涨后，被告拖欠货款未结。"),
        ("p", "被告辩称：欠款属实，但店铺经营困难，请求分期支付。"),
        ("p", f"本院经审理认定：被告出具的结算确认单载明尚欠货款{c.amount:,.2f}元，双方对此均无异议。"),
        ("p", "本院认为，原、被告之间的买卖合同关系合法有效，被告应按约支付货款。依照《中华人民共和国民法典》第六百二十六条"
              "及《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
        ("p", f"被告{r.name}应于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条的规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", "案件受理费减半收取，由被告负担。如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状，上诉于福建省莆田市"
              "中级人民法院。"),
    ]
    run = _typeset([s], TOP + 290, blocks, f, lead=72)
    run.room(340)
    last, y = run.s, run.y + 50
    x = last.width - mm(96)
    last.text(x, y, f"审　判　员　{person_name(rng)}", f)
    when = gb(cn_date(c.basis_effective - timedelta(days=rng.randint(18, 26))))
    last.text(x, y + 90, when, f)
    seal(last, x + text_width(when, f) / 2, y + 100, COURT, rng, radius=mm(20))
    last.text(x, y + 180, f"书　记　员　{person_name(rng)}", f)
    return folio(run.sheets, f=font("song_gb", 32), style="dash")


def _court_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("song_gb", 42)
    s.centred(TOP, COURT, font("serif_bold", 54), spacing=4)
    s.centred(TOP + 90, "生效证明书", font("serif_bold", 72), spacing=14)
    run = _typeset([s], TOP + 230, [
        ("p", f"本院{c.basis_number}民事判决书已于{c.basis_effective.year}年{c.basis_effective.month}月"
              f"{c.basis_effective.day}日发生法律效力。"),
        ("p", "特此证明。"),
    ], f, lead=78)
    y = run.y + 100
    s.right(s.width - RIGHT - mm(8), y, "民事审判第一庭", f)
    s.right(s.width - RIGHT - mm(8), y + 80, num_date(c.basis_effective + timedelta(days=rng.randint(2, 8))), f)
    seal(s, s.width - RIGHT - mm(36), y + 40, COURT, rng, radius=mm(20))
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("kai", 72)
    w = s.centred(TOP, "申请执行书", tf, spacing=20)
    s.line((s.width - w) / 2, TOP + 92, (s.width + w) / 2, TOP + 92, width=3)
    f = font("kai", 44)
    t = str(c.extra["tale"])
    origin = {"shoe": f"{ARB}作出的{c.basis_number}裁决书", "carving":
              f"{NOTARY}出具的{c.basis_number}公证书及{c.extra.get('cert_number', '')}执行证书",
              "gold": f"贵院作出的{c.basis_number}民事判决书"}[t]
    blocks = [
        ("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}"),
        ("t", "执行请求："),
        ("p", f"1. 强制被执行人支付{money(c.amount)}；"),
        ("p", "2. 强制被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3. 本案执行费用由被执行人承担；"),
        ("p", "4. 申请对被执行人采取限制高消费措施；被执行人拒不履行的，申请将其纳入失信被执行人名单。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{origin}已发生法律效力，被执行人至今未履行义务。为此，依据"
              "《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ]
    run = _typeset([s], TOP + 160, blocks, f, lead=80, left=mm(26), right=mm(24))
    run.room(260)
    last, y = run.s, run.y + 40
    last.text(last.width - mm(104), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(44), y + 20, a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(56), y - 6, a.name, rng, size=56, ink=BALL)
        last.draw.ellipse((last.width - mm(26), y + 6, last.width - mm(26) + 34, y + 48), fill=(196, 40, 44))
    hand(last, last.width - mm(90), y + 100, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), rng, size=44,
         ink=BALL)
    return folio(run.sheets, f=font("kai", 30), style="dash")


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(TOP + 10, "授权委托书", font("sans_bold", 68), spacing=40)
    f = font("sans", 40)
    run = _typeset([s], TOP + 160, [
        ("h", f"委托人：{_who(a)}"),
        ("h", f"受委托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。"),
        ("p", f"现委托上列受委托人在委托人申请执行{c.respondent.name}{c.extra['cause']}一案中，作为委托人的代理人。"),
        ("p", "代理权限：特别授权。代为申请强制执行、提供财产线索、申请查封冻结、参加执行和解并签订和解协议、代收执行款、"
              "签收法律文书、申请终结本次执行程序及申请恢复执行。"),
        ("p", "委托期限：自本委托书签署之日起至本案执行终结时止。"),
    ], f, lead=72, left=mm(26), right=mm(24))
    y = run.y + 80
    s.text(mm(26), y, "委托人：", f)
    s.text(s.width / 2 + mm(10), y, "受委托人：", f)
    if a.kind == "organisation":
        hand(s, mm(50), y + 70, a.legal_rep, rng, size=54, ink=BALL)
        seal(s, mm(90), y + 110, a.name, rng, radius=mm(19))
    else:
        hand(s, mm(50), y + 70, a.name, rng, size=56, ink=BALL)
        s.draw.ellipse((mm(90), y + 82, mm(90) + 34, y + 124), fill=(196, 40, 44))
    hand(s, s.width / 2 + mm(44), y + 70, c.agent, rng, size=54, ink=BALL)
    hand(s, s.width - mm(96), y + 220, num_date(c.filed_on - timedelta(days=rng.randint(2, 5))), rng, size=44, ink=BALL)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP - 10, c.firm, font("serif_bold", 70), fill=NAVY, spacing=6)
    s.centred(TOP + 80, "FUJIAN LAW FIRM", font("sans", 28), fill=NAVY, spacing=8)
    s.line(mm(20), TOP + 124, s.width - mm(20), TOP + 124, width=3, fill=NAVY)
    s.line(mm(20), TOP + 132, s.width - mm(20), TOP + 132, width=3, fill=NAVY)
    no = f"莆律函字〔{c.filed_on.year}〕第{rng.randint(11, 320)}号"
    s.text(LEFT, TOP + 160, no, font("serif", 36))
    s.centred(TOP + 240, "律师事务所函", font("serif_bold", 60), spacing=30)
    f = font("serif", 41)
    run = _typeset([s], TOP + 360, [
        ("t", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
              "委托代理人，代为申请强制执行并参加执行程序。"),
        ("p", "特此函告。"),
        ("t", f"附：授权委托书一份　承办律师：{c.agent}（执业证号{c.extra['licence']}）"),
    ], f, lead=76)
    y = run.y + 120
    s.right(s.width - RIGHT - mm(10), y, num_date(c.filed_on - timedelta(days=rng.randint(2, 4))), f)
    seal(s, s.width - RIGHT - mm(40), y - 20, c.firm, rng, radius=mm(20))
    s.text(LEFT, s.height - mm(30), f"地址：{c.extra['firm_addr']}　电话：0594-26{rng.randint(10000, 99999)}",
           font("serif", 30), fill=NAVY)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 copy: the booklet's two inner leaves, photo on the left, particulars on the right."""
    s = Sheet()
    grey = (205, 205, 200)
    x0, y0, w, h = mm(20), mm(36), mm(82), mm(112)
    for k in range(2):
        x = x0 + k * (w + mm(4))
        s.draw.rectangle((x, y0, x + w, y0 + h), fill=grey, outline=(90, 90, 90), width=3)
    s.draw.rectangle((x0 + mm(22), y0 + mm(14), x0 + mm(60), y0 + mm(62)), fill=(140, 140, 140))
    f = font("sans", 32)
    s.centred(y0 + mm(74), "中华人民共和国", f, x0=x0, x1=x0 + w)
    s.centred(y0 + mm(84), "律师执业证", font("sans_bold", 50), x0=x0, x1=x0 + w)
    seal(s, x0 + w - mm(14), y0 + mm(56), "福建省司法厅", rng, radius=mm(14))
    x = x0 + w + mm(4) + mm(6)
    rows = [("持证人", c.agent), ("性别", "男"), ("执业机构", c.firm), ("执业证类别", "专职律师"),
            ("执业证号", c.extra["licence"]), ("法律职业资格证号", f"A2013{rng.randint(10**10, 10**11 - 1)}"),
            ("发证机关", "福建省司法厅"), ("发证日期", f"{rng.randint(2014, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    y = y0 + mm(8)
    for label, value in rows:
        s.text(x, y, f"{label}：", font("sans", 28))
        y += mm(5.4)
        s.text(x + mm(4), y, value, font("sans", 30))
        y += mm(7.6)
    hand(s, x0, y0 + h + mm(20), "此复印件与原件一致", rng, size=56, ink=BALL)
    hand(s, x0 + mm(110), y0 + h + mm(22), c.agent, rng, size=54, ink=BALL)
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card copied one above the other, the holder's line under them."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    ys = [mm(36), mm(36) + h + mm(14)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=(218, 218, 214), outline=(110, 110, 110), width=2)
    b = p.born or date(1980, 1, 1)
    lab, val = font("hei", 26), font("hei", 32)
    y = ys[0] + mm(5)
    for label, value in [("姓名", p.name), ("性别", f"{p.sex}　民族 汉"), ("出生", f"{b.year}年{b.month}月{b.day}日")]:
        s.text(x + mm(4), y, label, lab, fill=(70, 70, 70))
        s.text(x + mm(15), y - 2, value, val)
        y += mm(7.5)
    s.text(x + mm(4), y, "住址", lab, fill=(70, 70, 70))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(15), y - 2, p.address[k:k + 12], val)
        y += mm(5.2)
    s.text(x + mm(4), ys[0] + h - mm(8), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(26), ys[0] + h - mm(9), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(26), ys[0] + mm(7), x + w - mm(5), ys[0] + mm(35)), fill=(150, 150, 150))
    s.text(x + mm(24), ys[1] + mm(8), "中华人民共和国", font("hei", 38))
    s.text(x + mm(18), ys[1] + mm(20), "居民身份证", font("hei", 54), spacing=12)
    s.text(x + mm(8), ys[1] + h - mm(16), "签发机关　莆田市公安局城厢分局", lab)
    start = rng.randint(2013, 2021)
    s.text(x + mm(8), ys[1] + h - mm(9), f"有效期限　{start}.03.1{rng.randint(0, 9)}-{start + 20}.03.1{rng.randint(0, 9)}", lab)
    hand(s, mm(34), ys[1] + h + mm(20), "本复印件仅供城厢区法院执行立案使用", rng, size=46, ink=BALL)
    hand(s, mm(130), ys[1] + h + mm(38), p.name, rng, size=54, ink=BALL)
    return [s]


def _business(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copy turned to fit the page, the 法定代表人身份证明书 typed under it."""
    s = Sheet()
    frame = (120, 90, 50)
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(166)
    s.box(x0, y0, x1, y1, width=7, outline=frame)
    s.centred(y0 + mm(9), "营业执照", font("serif_bold", 88), spacing=60)
    s.centred(y0 + mm(29), "（副本）", font("serif", 34))
    s.text(x0 + mm(8), y0 + mm(42), f"统一社会信用代码　{p.id_number}", font("serif", 34))
    scope = ("鞋材、鞋底、鞋面料生产销售" if "鞋材" in p.name else "体育用品、鞋服批发零售；货物进出口" if "体育" in p.name
             else "木雕工艺品设计、制作、销售" if "木雕" in p.name else "黄金饰品、珠宝玉器批发零售")
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", scope), ("注册资本", f"{rng.choice([100, 200, 500, 1000])}万元"),
            ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y = y0 + mm(54)
    f = font("serif", 33)
    for label, value in rows:
        s.text(x0 + mm(10), y, label, f)
        s.text(x0 + mm(42), y, value[:30], f)
        y += mm(10)
    seal(s, x1 - mm(42), y1 - mm(26), "莆田市城厢区市场监督管理局", rng, radius=mm(18))
    s.text(x1 - mm(80), y1 - mm(14), f"登记机关　{c.filed_on.year - 1}年{rng.randint(1, 12)}月", f)
    s.centred(y1 + mm(14), "法定代表人身份证明书", font("hei", 52), spacing=6)
    run = _typeset([s], y1 + mm(32), [
        ("p", f"{p.legal_rep}，在我公司任执行董事兼总经理职务，系我公司法定代表人。"), ("p", "特此证明。")],
        font("serif", 40), lead=72, left=mm(24), right=mm(22))
    s.right(s.width - mm(30), run.y + 50, num_date(c.filed_on - timedelta(days=rng.randint(2, 9))), font("serif", 40))
    seal(s, s.width - mm(56), run.y + 40, p.name, rng, radius=mm(18))
    hand(s, mm(28), s.height - mm(30), "与原件核对无误", rng, size=46, ink=BALL)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """福建省非税收入统一缴款书 (brown print), the bank's till stamp, a tear-off line at the half page."""
    s = Sheet()
    f = font("song_gb", 32)
    s.centred(mm(20), "福建省非税收入统一缴款书", font("song_gb", 54), fill=BROWN, spacing=4)
    s.text(mm(18), mm(36), f"缴款码：{rng.randint(10**17, 10**18 - 1)}　　填制日期：{c.filed_on:%Y年%m月%d日}", f, fill=BROWN)
    w = s.width - mm(36)
    fee: Decimal = c.extra["fee"]
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目名称", "申请执行费", "标　准", "按标的额计收"],
            ["案　号", c.number, "金　额", f"￥{fee:,.2f}"], ["金额（大写）", money_caps(fee)],
            ["收款人", "莆田市城厢区财政局", "收款银行", "莆田农村商业银行城厢支行"]]
    grid(s, mm(18), mm(46), [mm(30), mm(62), mm(28), w - mm(120)], rows, heights=mm(14), f=f, labels=(0, 2))
    s.text(mm(18), mm(122), "第一联　收据　（缴款人收执）", f, fill=BROWN)
    seal(s, s.width - mm(56), mm(120), "莆田农村商业银行城厢支行", rng, radius=mm(17), inner="收讫")
    for x in range(0, s.width, 20):
        s.line(x, mm(146), x + 10, mm(146), width=1, fill=(160, 160, 160))
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The filing window's printed forms, filled by the party in black ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    t = str(c.extra["tale"])
    signer = a.legal_rep if a.kind == "organisation" else a.name
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取案款确认书")
        rows = [("案号", c.number), ("申请执行人", a.name), ("账户名称", a.name), ("开户银行", c.extra["in_bank"]),
                ("账号", c.extra["in_acct"]), ("联系人及电话", f"{signer} {a.phone}")]
        note = "本人（单位）确认以上账户为收取本案执行款的账户。因账户信息有误造成的损失，由本人（单位）自行承担。"
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        rows = [("案号", c.number), ("受送达人", a.name), ("确认送达地址", a.address), ("代收人", c.agent),
                ("手机号码", c.agent_phone), ("是否同意电子送达", f"同意，手机号{c.agent_phone}")]
        note = ("受送达人确认的送达地址适用于执行程序各阶段。地址变更未及时书面告知的，法律文书按原地址送达即视为送达。")
        signer = c.agent
    else:
        y = form_title(s, "被执行人财产线索提供表")
        clue = {"shoe": f"{c.extra.get('r_bank', '')}基本户{c.extra.get('r_acct', '')}；电商店铺货款",
                "carving": "木兰溪边工艺美术园厂房内木料、雕刻机；公司名下面包车一辆",
                "gold": f"{c.extra.get('shop', '')}柜台金饰；本人住房一套"}[t]
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("地址", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人了解")]
        note = "申请执行人对所提供线索的真实性负责。"
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], [[k, ""] for k, _ in rows],
                 heights=[mm(24) if len(v) > 24 else mm(16) for _, v in rows])
    for (_k, v), b in zip(rows, [b for b in boxes if b[0] > LEFT], strict=True):
        gel(s, b[0] + mm(4), b[1] + mm(3.5), v, rng, size=40, per_line=24, lead=mm(7.5), ink=BALL)
    run = Flow([s], boxes[-1][3] + 40)
    run.para(note, font("serif", 34), lead=56, indent=68)
    y = run.y + 70
    s.text(s.width - RIGHT - mm(106), y, "确认人（签名）：", font("serif", 38))
    gel(s, s.width - RIGHT - mm(44), y - 8, signer, rng, size=52, ink=BALL)
    gel(s, s.width - RIGHT - mm(72), y + 80, num_date(c.filed_on), rng, size=42, ink=BALL)
    if a.kind == "organisation" and code != "service_address_confirmation":
        seal(s, s.width - RIGHT - mm(36), y + 40, a.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's printout: sans, one line of header per page, the results on two pages."""
    r = c.respondent
    f = font("sans", 27)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("兴业银行", "存款"), ("莆田农村商业银行", "存款"), ("中国邮政储蓄银行", "存款"), ("招商银行", "存款"),
             ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"),
             ("中国证券登记结算公司", "证券"), ("市场监督管理总局", "股权"), ("国家税务总局", "纳税信息"),
             ("莆田市住房公积金中心", "公积金")]
    t = str(c.extra["tale"])
    rows = [["序号", "反馈单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if t == "shoe" and unit == "兴业银行":
            res = f"账户余额{c.amount * Decimal('1.12'):,.2f}元"
        elif t == "gold" and unit == "莆田农村商业银行":
            res = f"账户余额{rng.randint(1000, 5000)}.{rng.randint(10, 99)}元"
        elif kind == "存款":
            res = "无账户" if rng.random() < 0.5 else f"余额{rng.randint(0, 80)}.{rng.randint(10, 99)}元"
        else:
            res = "未查询到财产"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    sheets: list[Sheet] = []
    for part in (rows[:10], [rows[0], *rows[10:]]):
        s = Sheet()
        s.text(mm(16), mm(16), "网络执行查控系统　财产查询结果反馈", font("sans_bold", 42))
        s.text(mm(16), mm(28), f"案号：{c.number}　被查询人：{r.name}　证件号：{r.id_number}", f)
        s.text(mm(16), mm(34), f"查询类型：总对总　　提交人：{c.officer}　　提交日期：{d:%Y-%m-%d}", f)
        grid(s, mm(16), mm(42), [mm(14), mm(58), mm(24), mm(58), mm(24)], part, heights=mm(11), f=f, labels=())
        s.text(mm(16), s.height - mm(16), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d %H:%M}".replace("00:00", "10:24"), f)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(16), s.height - mm(16), f"第{i}页/共{len(sheets)}页", f)
        if i > 1:
            s.page_of = (i, len(sheets))
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("song_gb", 70), spacing=12)
    f = font("song_gb", 42)
    t = str(c.extra["tale"])
    half = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    if t == "shoe":
        terms = [f"一、乙方于{num_date(c.extra['pay_day'])}前一次性向法院执行款账户支付{c.amount:,.2f}元；",
                 "二、甲方放弃迟延履行期间的加倍利息；乙方付清后，甲方同意申请法院解除对乙方银行账户的冻结；",
                 "三、乙方逾期未付的，甲方有权申请法院继续强制执行原裁决书确定的全部义务。"]
    else:
        terms = [f"一、乙方确认尚欠甲方货款{c.amount:,.2f}元；",
                 f"二、乙方于协议签订当日支付{half:,.2f}元，余款{c.amount - half:,.2f}元于{num_date(c.extra['pay_day'])}前付清，"
                 "款项均交至法院执行款账户；",
                 "三、甲方放弃迟延履行期间的债务利息；乙方逾期未付的，甲方可申请恢复执行原判决。"]
    run = _typeset([s], TOP + 150, [
        ("t", f"甲方（申请执行人）：{a.name}"), ("t", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲乙双方就{c.number}执行一案，经{COURT}执行局组织协商，自愿达成如下和解协议："),
        *[("p", x) for x in terms],
        ("p", "四、本协议一式三份，双方各执一份，交法院存卷一份，自双方签字（盖章）之日起生效。"),
    ], f, lead=78, left=mm(26), right=mm(24))
    y = run.y + 80
    s.text(mm(26), y, "甲方：", f)
    hand(s, mm(50), y - 6, a.legal_rep if a.kind == "organisation" else a.name, rng, size=52, ink=BALL)
    if a.kind == "organisation":
        seal(s, mm(74), y + 30, a.name, rng, radius=mm(18))
    s.text(s.width / 2 + mm(8), y, "乙方：", f)
    hand(s, s.width / 2 + mm(32), y - 6, r.legal_rep if r.kind == "organisation" else r.name, rng, size=52, ink=BALL)
    if r.kind == "organisation":
        seal(s, s.width / 2 + mm(56), y + 30, r.name, rng, radius=mm(18))
    s.text(mm(26), y + 130, f"签订日期：{num_date(d)}", f)
    hand(s, mm(26), y + 240, f"已履行完毕。{c.officer} {c.extra['pay_day'].month}.{c.extra['pay_day'].day}", rng,
         size=42, ink=(30, 50, 150))
    return [s]


def _bank(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """兴业银行/农商行 电子回单: the respondent paying into the court's account, the court paying the applicant."""
    s = Sheet()
    f = font("sans", 29)
    paid = c.extra["pay_day"]
    acct = f"1351{rng.randint(10**14, 10**15 - 1)}"
    slips = [(c.respondent.name, c.extra.get("r_acct") or f"6230{rng.randint(10**14, 10**15 - 1)}",
              f"{COURT}（执行款专户）", acct, paid, f"{c.number}执行款"),
             (f"{COURT}（执行款专户）", acct, c.applicant.name, c.extra["in_acct"], paid + timedelta(days=4),
              f"{c.number}案款发放")]
    y = mm(16)
    teal = (20, 100, 110)
    for payer, pa, payee, pe, day, use in slips:
        s.box(mm(14), y, s.width - mm(14), y + mm(120), width=2, outline=teal)
        s.centred(y + mm(5), "兴业银行　电子回单（付款）", font("sans_bold", 40), fill=teal)
        s.text(mm(20), y + mm(16), f"回单号：{rng.randint(10**13, 10**14 - 1)}　　记账日期：{day:%Y-%m-%d}", f)
        w = s.width - mm(40)
        rows = [["付款户名", payer, "收款户名", payee], ["付款账号", pa, "收款账号", pe],
                ["金额", f"CNY {c.amount:,.2f}", "大写", money_caps(c.amount)], ["摘要", use],
                ["流水号", f"{day:%Y%m%d}{rng.randint(10**8, 10**9 - 1)}"]]
        grid(s, mm(20), y + mm(26), [mm(26), mm(62), mm(26), w - mm(114)], rows, heights=mm(14), f=f, labels=(0, 2))
        seal(s, s.width - mm(48), y + mm(98), "兴业银行莆田分行", rng, radius=mm(14), inner="电子回单专用章")
        y += mm(136)
    s.text(mm(20), s.height - mm(20), "本回单不作为收款方发货依据，请勿重复记账。", font("sans", 26))
    return [s]


def ink() -> tuple[int, int, int]:
    return INK
