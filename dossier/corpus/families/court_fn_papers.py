"""What 相山法院执行局 receives, each in its maker's style: 淮北仲裁委员会's 裁决书 (文楷 body, its 〔〕-free 淮仲字 number,
a presiding arbitrator and two members) and its 生效证明; the 相山公证处's 公证书 of a loan contract with its enforcement
clause and the later 执行证书 (a bordered notarial sheet in 明体 with the 公证员's name and the notary seal); the
court's own civil division's 民事判决书 (Noto serif, "— n —" folios); lawyers' typed papers in 楷体 under an
underlined title; a 律师事务所函 under a blue letterhead; ID cards, a business licence and a 执业证 copied on grey;
the 诉讼服务中心's printed forms filled in ballpoint; the 安徽省非税收入 缴款书 in pale red; the 查控 system's printout
with its shaded header rows; a 徽商银行 electronic slip in pale blue."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_fn_kit import BALL, COURT, Flow, ball, cells, folios
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "淮北仲裁委员会"
NOTARY = "安徽省淮北市相山公证处"
PINK = (214, 96, 104)
PALE_BLUE = (120, 150, 205)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fn import made_on

    d = made_on(c, code)
    kind = str(c.extra["tale"])
    if code == "enforcement_basis":
        return {"pump": _award, "liquor": _judgment, "pomegranate": _notarial_deed}[kind](c, rng)
    if code == "effectiveness_certificate":
        return _execution_certificate(c, rng) if kind == "pomegranate" else _in_force(c, rng)
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
        return _business_licence(p, rng) if p.kind == "organisation" else _id_card(p, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _performance(c, rng, d) if kind == "pump" else _settlement(c, rng, d)
    if code == "payment_voucher":
        return _e_slip(c, rng)
    raise KeyError(code)


def who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _typed(sheets_first: Sheet, y: float, blocks: list[tuple[str, str]], f_role: str, size: int, lead: float, *,
           left: float = mm(28), right: float = mm(26)) -> Flow:
    fl = Flow(sheets_first, y, left=left, right=right)
    f = font(f_role, size)
    for kind, text in blocks:
        if kind == "h":
            fl.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "t":
            fl.para(text, f, lead=lead)
        elif kind == "r":
            fl.flush(text, f, lead=lead, right=True)
        else:
            fl.para(text, f, lead=lead, indent=f.size * 2)
    return fl


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """淮北仲裁委员会's award: committee name in bold serif, 裁决书 wide-spaced, body in 文楷, three arbitrators."""
    a, r = c.applicant, c.respondent
    pumps = int(c.extra["pumps"])
    s = Sheet()
    s.centred(mm(30), ARB, font("serif_bold", 60), spacing=10)
    s.centred(mm(30) + 100, "裁　决　书", font("serif_bold", 78), spacing=8)
    s.right(s.width - mm(26), mm(30) + 220, c.basis_number, font("wenkai", 40))
    signed = c.basis_effective
    heard = signed - timedelta(days=rng.randint(20, 45))
    fl = _typed(s, mm(30) + 310, [
        ("h", f"申请人：{who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{who(r)}"),
        ("p", f"本会根据申请人与被申请人于2022年4月签订的《设备租赁合同》中的仲裁条款，以及申请人提交的仲裁申请，受理了上述"
              f"当事人之间的租赁合同纠纷一案。本会依法组成仲裁庭，于{cn_date(heard)}开庭审理，被申请人经合法通知未到庭。"),
        ("p", f"申请人称：被申请人承接南湖采煤沉陷区水域清淤及生态修复工程，向申请人租赁{pumps}台大流量泥浆泵及配套管路，"
              "约定按月支付租金。设备使用至2023年6月工程验收后退还，被申请人尚欠租金及维修费未付。"),
        ("p", f"仲裁庭查明：双方签订的租赁合同合法有效。经对账，被申请人尚欠申请人租金及维修费共计{c.amount:,.2f}元，被申请人"
              "在对账单上加盖了公章。"),
        ("p", "仲裁庭认为，被申请人应按约支付租金。依照《中华人民共和国民法典》第七百零三条、第七百二十一条及《中华人民共和国"
              "仲裁法》第四十二条、第五十一条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付租金及维修费{c.amount:,.2f}元；"),
        ("p", "二、本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ], "wenkai", 41, 72, left=mm(28), right=mm(26))
    fl.room(420)
    last, y = fl.s, fl.y + 50
    x = last.width - mm(110)
    f = font("wenkai", 41)
    for role in ("首席仲裁员", "仲 裁 员", "仲 裁 员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 70
    when = cn_date(signed)
    last.text(x, y + 24, when, f)
    seal(last, x + text_width(when, f) / 2, y + 30, ARB, rng, radius=mm(21))
    last.text(x, y + 110, f"书　记　员　{person_name(rng)}", f)
    return folios(fl.sheets, rng, style="folio")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment (民初), in Noto serif with "— n —" folios, a single judge."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(35, 60))
    n = int(c.extra["cases"])
    story = (f"原告经营{c.extra['dealer']}，系口子窖系列白酒的区域经销商。2022年7月起，被告为其经营的“{c.extra['shop']}”"
             f"向原告陆续购进口子窖五年、六年型白酒共{n}箱，约定每季度结算。2023年3月经双方对账，被告出具欠条确认尚欠货款"
             f"{c.amount:,.2f}元，此后未付。")
    s = Sheet()
    s.centred(mm(30), COURT, font("serif", 56), spacing=4)
    s.centred(mm(30) + 96, "民 事 判 决 书", font("serif_bold", 78), spacing=6)
    fl = _typed(s, mm(30) + 216, [
        ("r", c.basis_number),
        ("h", f"原告：{who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易"
              f"程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告{r.name}到庭参加诉讼。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：判令被告支付货款{c.amount:,.2f}元及逾期付款利息。事实和理由：{story}"),
        ("p", f"{r.name}辩称：欠款属实，因饭店生意受影响，请求宽限。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", "本院认为，被告出具的欠条系其真实意思表示，被告应当按约支付货款。依照《中华人民共和国民法典》第五百零九条、第六百二十六条"
              "的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行"
              "期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 30}元，减半收取{(int(c.amount) // 100 + 30) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于安徽省淮北市中级"
              "人民法院。"),
    ], "serif", 40, 70)
    fl.room(360)
    last, y = fl.s, fl.y + 60
    x = last.width - mm(100)
    f = font("serif", 40)
    last.text(x, y, f"审 判 员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24)))
    last.text(x, y + 90, when, f)
    seal(last, x + text_width(when, f) / 2, y + 96, COURT, rng, radius=mm(20))
    last.text(x, y + 180, f"书 记 员　{person_name(rng)}", f)
    return folios(fl.sheets, rng, style="folio")


def _notary_frame(s: Sheet) -> None:
    s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=5)
    s.box(mm(19), mm(19), s.width - mm(19), s.height - mm(19), width=1)


def _notarial_deed(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """公证书 of a loan contract with its enforcement clause: a double-framed sheet, 明体, the notary's seal."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    _notary_frame(s)
    s.centred(mm(32), "公　证　书", font("serif_bold", 84), spacing=10)
    s.right(s.width - mm(28), mm(32) + 130, c.basis_number, font("ming", 40))
    lent = c.basis_effective - timedelta(days=rng.randint(300, 420))
    fl = _typed(s, mm(32) + 220, [
        ("h", f"申请人：{who(a)}"),
        ("h", f"申请人：{who(r)}"),
        ("t", "公证事项：赋予债权文书强制执行效力"),
        ("p", f"兹证明{a.name}的委托代理人与{r.name}的法定代表人{r.legal_rep}于{cn_date(lent)}来到本处，在本公证员面前签订了"
              f"前面的《借款合同》，借款金额{money(c.amount)}，用途为收购烈山塔山石榴及石榴汁饮品生产流动资金，期限十二个月。"),
        ("p", "双方当事人在合同中明确约定：借款人到期不履行或不适当履行还款义务时，愿意接受依法强制执行。经查，双方当事人的签约"
              "行为符合《中华人民共和国民法典》第一百四十三条的规定，合同上当事人的签字、印章属实。"),
        ("p", "依照《中华人民共和国公证法》第三十七条的规定，该合同具有强制执行效力。"),
    ], "ming", 41, 74, left=mm(30), right=mm(28))
    fl.room(320)
    last, y = fl.s, fl.y + 70
    f = font("ming", 41)
    x = last.width - mm(112)
    last.text(x, y, NOTARY, f)
    last.text(x, y + 80, f"公证员　{c.extra.setdefault('notary', person_name(rng))}", f)
    when = cn_date(lent)
    last.text(x, y + 160, when, f)
    seal(last, x + mm(40), y + 80, NOTARY, rng, radius=mm(20))
    for sh in fl.sheets[1:]:
        _notary_frame(sh)
    return folios(fl.sheets, rng, style="folio")


def _execution_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    _notary_frame(s)
    s.centred(mm(32), "执　行　证　书", font("serif_bold", 78), spacing=8)
    s.right(s.width - mm(28), mm(32) + 126, c.extra["cert_no"], font("ming", 40))
    fl = _typed(s, mm(32) + 216, [
        ("h", f"申请执行人：{who(a)}"),
        ("h", f"被执行人：{who(r)}"),
        ("p", f"本处于前出具{c.basis_number}公证书，证明申请执行人与被执行人签订的《借款合同》具有强制执行效力。借款到期后，"
              f"被执行人未按约履行还款义务。申请执行人于{cn_date(c.basis_effective - timedelta(days=12))}向本处申请出具执行证书，"
              "本处向被执行人核实，被执行人对债务无异议但表示无力偿还。"),
        ("p", "根据《中华人民共和国公证法》第三十七条及《最高人民法院、司法部关于公证机关赋予强制执行效力的债权文书执行有关问题"
              "的联合通知》的规定，兹证明："),
        ("p", f"一、被执行人应偿还申请执行人借款本金{money(c.amount)}；"),
        ("p", "二、被执行人应支付自逾期之日起至实际清偿之日止的逾期利息（按合同约定计算）；"),
        ("p", "申请执行人可持本证书及原公证书向有管辖权的人民法院申请强制执行。"),
    ], "ming", 41, 74, left=mm(30), right=mm(28))
    last, y = fl.s, fl.y + 60
    f = font("ming", 41)
    x = last.width - mm(112)
    last.text(x, y, NOTARY, f)
    last.text(x, y + 80, f"公证员　{c.extra.get('notary') or person_name(rng)}", f)
    when = cn_date(c.basis_effective)
    last.text(x, y + 160, when, f)
    seal(last, x + mm(40), y + 90, NOTARY, rng, radius=mm(20))
    return folios(fl.sheets, rng, style="folio")


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The arbitration commission's 生效证明 (or the civil division's 生效证明书): a short letter, seal over the date."""
    s = Sheet()
    pump = c.extra["tale"] == "pump"
    maker = ARB if pump else COURT
    s.centred(mm(36), maker, font("serif_bold", 56), spacing=8)
    s.centred(mm(36) + 100, "生效证明" if pump else "生效证明书", font("serif_bold", 72), spacing=20)
    no = f"淮仲证字〔{c.filed_on.year}〕第{rng.randint(8, 99)}号" if pump else c.basis_number.replace("号", "号之一")
    s.right(s.width - mm(26), mm(36) + 210, no, font("wenkai" if pump else "serif", 38))
    text = (f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}租赁合同纠纷一案，于{cn_date(c.basis_effective)}"
            f"作出{c.basis_number}裁决书，该裁决为终局裁决，自作出之日起发生法律效力，已依法送达双方当事人。"
            if pump else
            f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案的民事判决书，已于"
            f"{cn_date(c.basis_effective)}发生法律效力。")
    fl = _typed(s, mm(36) + 310, [("t", "相山区人民法院："), ("p", text), ("p", "特此证明。")],
                "wenkai" if pump else "serif", 42, 78)
    y = fl.y + 120
    f = font("wenkai" if pump else "serif", 42)
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(6, 14)))
    s.right(s.width - mm(30), y, when, f)
    seal(s, s.width - mm(30) - text_width(when, f) / 2, y, maker, rng, radius=mm(20))
    return [s]


def _lawyer_title(s: Sheet, title: str) -> float:
    f = font("kai", 72)
    w = s.centred(mm(30), title, f, spacing=10)
    x0 = (s.width - w) / 2
    s.line(x0 - mm(4), mm(30) + 96, x0 + w + mm(4), mm(30) + 96, width=3)
    return mm(30) + 170


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    y = _lawyer_title(s, "申请执行书")
    from dossier.corpus.families.court_fn import basis_title

    fl = _typed(s, y, [
        ("h", f"申请执行人：{who(a)}联系电话{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被执行人：{who(r)}"),
        ("t", "执行请求："),
        ("p", f"1．依法强制执行被执行人给付{money(c.amount)}；"),
        ("p", "2．被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3．申请执行费由被执行人负担；"),
        ("p", "4．申请对被执行人采取限制消费措施；被执行人有能力而拒不履行的，申请将其纳入失信被执行人名单。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis_title(c)}已发生法律效力。被执行人至今未履行义务，"
              "根据《中华人民共和国民事诉讼法》第二百四十七条之规定，特申请贵院强制执行。"),
        ("t", "此致"), ("t", COURT),
    ], "kai", 43, 76, left=mm(26), right=mm(24))
    fl.room(260)
    last, y = fl.s, fl.y + 60
    last.text(last.width - mm(110), y, "申请执行人：", font("kai", 43))
    if a.kind == "organisation":
        seal(last, last.width - mm(48), y + 20, a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(62), y - 8, a.name, rng, size=56, ink=INK)
    hand(last, last.width - mm(96), y + 110, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), rng, size=44,
         ink=INK)
    return fl.sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    y = _lawyer_title(s, "授权委托书")
    w = s.width - mm(52)
    rows = [["委托人", a.name], ["受托人", f"{c.agent}　{c.firm}律师"], ["联系电话", c.agent_phone],
            ["案　件", f"{a.name}与{c.respondent.name}{c.extra['cause']}执行一案"],
            ["代理权限", "特别授权：代为申请执行、提供财产线索、申请执行措施、参加执行和解并签订和解协议、代收执行款、"
                        "签收法律文书、同意终结本次执行程序。"],
            ["委托期限", "自签订之日起至本案执行终结时止"]]
    boxes = cells(s, mm(26), y, [mm(36), w - mm(36)], rows, font("kai", 38), heights=[mm(14)] * 4 + [mm(36), mm(14)])
    y = boxes[-1][3] + mm(16)
    f = font("kai", 42)
    s.text(mm(26), y, "委托人（签章）：", f)
    s.text(s.width / 2 + mm(10), y, "受托人（签名）：", f)
    if a.kind == "organisation":
        seal(s, mm(90), y + mm(16), a.name, rng, radius=mm(18))
        hand(s, mm(40), y + mm(12), a.legal_rep, rng, size=52, ink=INK)
    else:
        hand(s, mm(50), y + mm(11), a.name, rng, size=58, ink=INK)
        s.draw.ellipse((mm(88), y + mm(12), mm(88) + 30, y + mm(12) + 38), fill=(196, 44, 44))
    hand(s, s.width / 2 + mm(40), y + mm(11), c.agent, rng, size=56, ink=INK)
    hand(s, s.width - mm(96), y + mm(32), num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng, size=42, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    blue = (28, 62, 140)
    s.text(mm(24), mm(18), c.firm, font("serif_bold", 64), fill=blue)
    s.text(mm(24), mm(18) + 82, "ANHUI LAW FIRM · 淮北", font("sans", 26), fill=blue, record=False)
    s.line(mm(24), mm(18) + 124, s.width - mm(24), mm(18) + 124, width=4, fill=blue)
    s.right(s.width - mm(24), mm(18) + 140, f"皖隋律函字〔{c.filed_on.year}〕{rng.randint(11, 190)}号", font("serif", 34))
    s.centred(mm(18) + 240, "律师事务所函", font("hei", 62), spacing=8)
    fl = _typed(s, mm(18) + 360, [
        ("t", f"{COURT}："),
        ("p", f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}执行一案，本所接受{c.applicant.name}的委托，指派"
              f"{c.agent}律师担任其代理人，代为申请强制执行并参与执行程序。"),
        ("p", "特此函告。"),
        ("t", f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}"),
        ("t", f"地址：{c.extra['firm_addr']}"),
    ], "serif", 40, 74, left=mm(24), right=mm(24))
    y = fl.y + 110
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 4)))
    s.right(s.width - mm(32), y, when, font("serif", 40))
    seal(s, s.width - mm(60), y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _grey_card(s: Sheet, x: float, y: float, w: float, h: float) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(222, 222, 220), outline=(90, 90, 90), width=3)


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.text(mm(20), mm(16), "律师执业证（复印件）", font("kai", 40), fill=(60, 60, 60))
    x, y, w, h = mm(22), mm(34), mm(170), mm(110)
    _grey_card(s, x, y, w, h)
    s.draw.rectangle((x + mm(8), y + mm(14), x + mm(42), y + mm(58)), fill=(150, 150, 150))
    f = font("sans", 32)
    rows = [f"持证人：{c.agent}", f"性　别：{rng.choice('男女')}", f"执业机构：{c.firm}", "执业证类别：专职律师",
            f"执业证号：{c.extra['licence']}", "发证机关：安徽省司法厅", f"发证日期：{2014 + rng.randint(0, 8)}年{rng.randint(1, 12)}月"]
    for k, t in enumerate(rows):
        s.text(x + mm(50), y + mm(10) + k * mm(12), t, f)
    s.centred(y + h + mm(10), "中华人民共和国律师执业证", font("serif_bold", 44))
    s.text(mm(24), y + h + mm(30), f"年度考核：{c.filed_on.year - 1}年度　称职", font("sans", 32))
    hand(s, mm(120), mm(210), f"与原件一致 {c.agent}", rng, size=44, ink=INK)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x, y, w, h = mm(40), mm(36), mm(130), mm(82)
    for k in range(2):
        yy = y + k * (h + mm(20))
        s.draw.rounded_rectangle((x, yy, x + w, yy + h), radius=mm(4), fill=(214, 226, 236), outline=(80, 90, 100), width=3)
    f = font("sans", 28)
    born = p.born or date(1980, 1, 1)
    for k, t in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{born.year}年{born.month}月{born.day}日",
                           f"住址　{p.address[:14]}", f"　　　{p.address[14:]}"]):
        if t.strip():
            s.text(x + mm(8), y + mm(8) + k * mm(10), t, f)
    s.text(x + mm(8), y + h - mm(14), f"公民身份号码　{p.id_number}", font("sans", 30))
    s.draw.rectangle((x + w - mm(38), y + mm(10), x + w - mm(8), y + mm(48)), fill=(170, 170, 176))
    yy = y + h + mm(20)
    s.centred(yy + mm(14), "中华人民共和国", font("sans_bold", 40), x0=x, x1=x + w)
    s.centred(yy + mm(30), "居民身份证", font("sans_bold", 52), x0=x, x1=x + w)
    s.text(x + mm(10), yy + mm(56), "签发机关　淮北市公安局相山分局", f)
    s.text(x + mm(10), yy + mm(66), f"有效期限　{2016 + rng.randint(0, 6)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-长期", f)
    hand(s, mm(60), yy + h + mm(24), "此复印件仅供法院执行使用", rng, size=42, ink=INK)
    return [s]


def _business_licence(p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    border = (176, 132, 70)
    s.box(mm(18), mm(22), s.width - mm(18), mm(200), width=10, outline=border)
    s.centred(mm(34), "营　业　执　照", font("serif_bold", 80), fill=(150, 40, 36))
    s.centred(mm(56), "（副　本）", font("serif", 36))
    f = font("serif", 34)
    s.text(mm(30), mm(72), f"统一社会信用代码　{p.id_number}", f)
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "矿山机电设备租赁、维修；水域清淤" if "机电" in p.name or "修复" in p.name else
             ("小额贷款" if "贷款" in p.name else "果蔬汁饮料生产、销售；农产品收购")),
            ("注册资本", f"{rng.choice([500, 1000, 2000, 3000])}万圆整"), ("住　　所", p.address)]
    for k, (lab, val) in enumerate(rows):
        s.text(mm(30), mm(88) + k * mm(14), lab, font("hei", 34))
        s.text(mm(70), mm(88) + k * mm(14), val, f)
    seal(s, s.width - mm(60), mm(170), "淮北市市场监督管理局", rng, radius=mm(19))
    s.text(s.width - mm(92), mm(186), "登记机关", font("hei", 30), record=False)
    y = mm(216)
    s.centred(y, "法定代表人身份证明书", font("hei", 46), spacing=6)
    s.text(mm(26), y + mm(16), f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位法定代表人。", font("serif", 38))
    s.text(mm(26), y + mm(28), "特此证明。", font("serif", 38))
    seal(s, s.width - mm(62), y + mm(42), p.name, rng, radius=mm(18))
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """安徽省非税收入一般缴款书: pale red rules and labels, the amounts in the collecting bank's dot-matrix face."""
    s = Sheet()
    f = font("sans", 30)
    mono = font("mono", 32)
    s.centred(mm(24), "安徽省非税收入一般缴款书（电子）", font("serif_bold", 50), fill=PINK)
    s.text(mm(20), mm(40), f"票据代码：34060124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", f, fill=PINK)
    s.text(mm(20), mm(48), f"交款人统一社会信用代码/身份证号：{c.applicant.id_number}", f, fill=PINK)
    w = s.width - mm(40)
    rows = [["交款人", "", "收款单位", ""], ["项目编码", "", "项目名称", ""], ["金额（大写）", ""], ["金额（小写）", ""],
            ["执收单位", ""], ["备注", ""]]
    boxes = cells(s, mm(20), mm(58), [mm(34), w / 2 - mm(34), mm(34), w / 2 - mm(34)], rows, f, heights=mm(15),
                  labels=(0, 2), ink=PINK)
    vals = {1: c.applicant.name, 3: "安徽省淮北市相山区人民法院", 5: "103040101", 7: "申请执行费", 9: money_caps(c.extra["fee"]),
            11: f"¥{c.extra['fee']:.2f}", 13: "淮北市相山区人民法院（诉讼费专户）", 15: f"{c.number}"}
    for k, v in vals.items():
        if k < len(boxes):
            s.text(boxes[k][0] + 12, boxes[k][1] + mm(4), v, mono)
    seal(s, s.width - mm(60), mm(160), "淮北市相山区非税收入征收管理局", rng, radius=mm(17), inner="票据专用章")
    s.text(mm(20), mm(180), f"开票日期：{c.filed_on:%Y-%m-%d}　　收款人：{person_name(rng)}", f, fill=PINK)
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 诉讼服务中心's printed forms, filled at the window in ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    title = {"property_clue_form": "被执行人财产线索提供表", "payment_account_confirmation": "申请执行人收款账户确认书",
             "service_address_confirmation": "当事人送达地址确认书", "property_declaration_form": "被执行人财产申报表"}[code]
    s.text(mm(22), mm(16), "相山区人民法院诉讼服务中心", font("sans", 30), fill=(90, 90, 90))
    s.centred(mm(28), title, font("hei", 58), spacing=4)
    s.text(mm(22), mm(46), f"案号：{c.number}", font("sans", 32))
    w = s.width - mm(44)
    f = font("sans", 32)
    if code == "property_clue_form":
        rows = [["被执行人", ""], ["财产类别", "线索内容（开户行及账号、房产坐落、车牌号等）"], ["银行存款", ""], ["不动产", ""],
                ["车辆", ""], ["应收款/其他", ""], ["提供人", ""]]
        fill = {2: f"{c.extra.get('r_bank', '不详')} {c.extra.get('r_acct', '')}".strip(),
                3: "不详", 4: "不详", 5: "工程款（南湖治理项目）" if c.extra["tale"] == "pump" else "饭店营业收入" if
                c.extra["tale"] == "liquor" else "石榴汁灌装设备（已抵押）", 0: r.name, 6: f"{c.agent}　{num_date(c.filed_on)}"}
        hs = [mm(14), mm(14), mm(22), mm(18), mm(18), mm(22), mm(16)]
    elif code == "payment_account_confirmation":
        rows = [["申请执行人", ""], ["收款户名", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""], ["确认人", ""]]
        fill = {0: a.name, 1: a.name, 2: c.extra["in_bank"], 3: c.extra["in_acct"], 4: a.phone,
                5: f"{c.agent}　{num_date(c.filed_on)}"}
        hs = [mm(16)] * 6
    elif code == "service_address_confirmation":
        rows = [["受送达人", ""], ["送达地址", ""], ["收件人", ""], ["联系电话", ""], ["是否同意电子送达", ""], ["电子送达号码", ""],
                ["确认人", ""]]
        fill = {0: a.name, 1: c.extra["firm_addr"], 2: c.agent, 3: c.agent_phone, 4: "同意", 5: c.agent_phone,
                6: f"{c.agent}　{num_date(c.filed_on)}"}
        hs = [mm(16), mm(22), mm(16), mm(16), mm(16), mm(16), mm(16)]
    else:
        rows = [["被执行人", ""], ["收入情况", ""], ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["其他财产", ""],
                ["申报人", ""]]
        kind = c.extra["tale"]
        fill = {0: r.name, 1: "停产，无收入" if kind == "pomegranate" else "工程款尚未结算" if kind == "pump" else "饭店营业",
                2: c.extra.get("r_bank", "农商行卡一张，余额少") , 3: "无", 4: "无" if kind != "liquor" else "面包车一辆（旧）",
                5: "灌装线设备已抵押给银行" if kind == "pomegranate" else "无",
                6: f"{r.legal_rep if r.kind == 'organisation' else r.name}　{num_date(d)}"}
        hs = [mm(16), mm(22), mm(22), mm(18), mm(18), mm(22), mm(16)]
    boxes = cells(s, mm(22), mm(58), [mm(44), w - mm(44)], rows, f, heights=hs)
    right = [b for b in boxes if b[0] > mm(23)]
    for k, val in fill.items():
        if val and k < len(right) and rows[k][1] == "":
            ball(s, right[k][0] + mm(4), right[k][1] + mm(3), val, rng, size=38, per=26, ink=BALL)
    s.text(mm(22), boxes[-1][3] + mm(8), "填表人保证所填内容真实、准确；如有变更，应及时书面告知法院。", font("sans", 28))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控系统 printout: shaded header band, monospaced rows, two pages."""
    r = c.respondent
    mono = font("mono", 28)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "徽商银行", "淮北农村商业银行",
             "中国邮政储蓄银行", "招商银行", "兴业银行", "自然资源部（不动产）", "公安部（车辆）", "中国证券登记结算",
             "支付宝（网络资金）", "财付通（网络资金）", "人民银行（账户信息）"]
    rows = [["序号", "反馈单位", "结果", "明细", "反馈时间"]]
    for i, b in enumerate(banks, 1):
        hit = c.extra["tale"] == "pump" and b == "淮北农村商业银行"
        detail = f"账户{c.extra['r_acct'][-6:]} 余额{c.amount + 1234:,.2f}" if hit else (
            "余额0.00" if i % 4 == 0 else "无")
        rows.append([str(i), b, "有" if hit or i % 4 == 0 else "无", detail,
                     f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    sheets = []
    for part in (rows[:10], [rows[0], *rows[10:]]):
        s = Sheet()
        s.draw.rectangle((mm(14), mm(12), s.width - mm(14), mm(24)), fill=(200, 200, 204))
        s.text(mm(18), mm(14), "全国法院网络执行查控系统　查询结果反馈", font("sans_bold", 40))
        s.text(mm(14), mm(30), f"案号:{c.number}  被查询人:{r.name}", mono)
        s.text(mm(14), mm(36), f"证照号码:{r.id_number}  查询类型:总对总  承办人:{c.officer}", mono)
        boxes = cells(s, mm(14), mm(46), [mm(14), mm(56), mm(16), mm(62), mm(34)], part, mono, heights=mm(11), labels=())
        s.draw.rectangle((boxes[0][0] + 2, boxes[0][1] + 2, boxes[4][2] - 2, boxes[0][3] - 2), outline=(120, 120, 120))
        s.text(mm(14), s.height - mm(18), f"打印人:{c.clerk}  打印时间:{d + timedelta(days=5):%Y-%m-%d} 09:{rng.randint(10, 59)}",
               mono)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(14), s.height - mm(18), f"第{i}页/共{len(sheets)}页", mono)
        if i > 1:
            s.page_of = (i, len(sheets))
    return sheets


def _performance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The reclamation company's 履行情况说明 after its account was frozen, on its letterhead."""
    r, a = c.respondent, c.applicant
    s = Sheet()
    s.text(mm(24), mm(20), r.name, font("hei", 46), fill=(20, 90, 60))
    s.line(mm(24), mm(20) + 64, s.width - mm(24), mm(20) + 64, width=2, fill=(20, 90, 60))
    s.centred(mm(20) + 130, "履行情况说明", font("serif_bold", 64), spacing=12)
    fl = _typed(s, mm(20) + 250, [
        ("t", f"{COURT}执行局："),
        ("p", f"贵院{c.number}案件，我公司在南湖沉陷区治理工程款到账后，经与申请执行人{a.name}沟通，同意一次性履行裁决确定的"
              f"全部义务，已于{num_date(c.extra['pay_day'])}将{money(c.amount)}汇入贵院执行款专户。"),
        ("p", "请贵院依法解除对我公司银行账户的冻结措施。"),
        ("p", "特此说明。"),
    ], "song_gb", 42, 78, left=mm(24), right=mm(24))
    y = fl.y + 90
    s.right(s.width - mm(30), y, r.name, font("song_gb", 42))
    seal(s, s.width - mm(70), y + 20, r.name, rng, radius=mm(20))
    s.right(s.width - mm(30), y + 90, num_date(c.extra["pay_day"]), font("song_gb", 42))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    s.centred(mm(28), "执行和解协议", font("kai", 70), spacing=12)
    fl = _typed(s, mm(28) + 150, [
        ("t", f"甲方（申请执行人）：{a.name}，身份证号{a.id_number}"),
        ("t", f"乙方（被执行人）：{r.name}，身份证号{r.id_number}"),
        ("p", f"甲乙双方就{COURT}{c.number}执行案件，经执行法官主持，自愿达成如下和解协议："),
        ("p", f"一、乙方尚欠甲方口子窖酒款{c.amount:,.2f}元，甲方同意放弃迟延履行期间的债务利息；"),
        ("p", f"二、乙方于本协议签订当日支付{first:,.2f}元，余款{c.amount - first:,.2f}元于{num_date(c.extra['pay_day'])}前"
              "一次付清，均汇入法院执行款专户；"),
        ("p", "三、乙方按期付清后，本案执行完毕；乙方逾期未付的，甲方可申请恢复执行原生效判决；"),
        ("p", "四、本协议一式三份，双方各执一份，交法院存卷一份。"),
    ], "kai", 42, 76, left=mm(24), right=mm(24))
    y = fl.y + 80
    f = font("kai", 42)
    s.text(mm(24), y, "甲方：", f)
    hand(s, mm(46), y - 8, a.name, rng, size=54, ink=INK)
    s.text(s.width / 2, y, "乙方：", f)
    hand(s, s.width / 2 + mm(22), y - 8, r.name, rng, size=54, ink=INK)
    s.draw.ellipse((s.width / 2 + mm(56), y + 4, s.width / 2 + mm(56) + 30, y + 42), fill=(190, 40, 40))
    s.text(mm(24), y + 100, f"签订日期：{num_date(d)}", f)
    hand(s, mm(24), y + 210, f"乙方已按期付清。{c.officer} {c.extra['pay_day'].month}.{c.extra['pay_day'].day}", rng, size=40,
         ink=BALL)
    return [s]


def _e_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """徽商银行's 电子回单: two slips on one sheet in pale blue rules."""
    s = Sheet()
    f = font("sans", 29)
    paid = c.extra["pay_day"]
    payer = c.respondent.name
    slips = [(payer, c.extra.get("r_acct") or f"6236{rng.randint(10**12, 10**13 - 1)}", f"{COURT}执行款专户",
              c.extra["court_acct"], paid, f"{c.number}案款"),
             (f"{COURT}执行款专户", c.extra["court_acct"], c.applicant.name, c.extra["in_acct"], paid + timedelta(days=2),
              f"{c.number}执行款发放")]
    y = mm(20)
    for pr, pa, pe, ea, day, use in slips:
        s.box(mm(14), y, s.width - mm(14), y + mm(112), width=2, outline=PALE_BLUE)
        s.centred(y + mm(5), "徽商银行　客户回单", font("sans_bold", 42), fill=(40, 70, 140))
        s.text(mm(20), y + mm(16), f"回单编号：{rng.randint(10**13, 10**14 - 1)}　　日期：{day:%Y年%m月%d日}", f)
        w = s.width - mm(40)
        rows = [["付款人", pr, "收款人", pe], ["账号", pa, "账号", ea], ["金额", f"CNY {c.amount:,.2f}", "大写", money_caps(c.amount)],
                ["摘要", use], ["流水号", f"{day:%Y%m%d}{rng.randint(10**8, 10**9 - 1)}"]]
        cells(s, mm(20), y + mm(26), [mm(24), mm(62), mm(24), w - mm(110)], rows, f, heights=mm(13), labels=(0, 2),
              ink=PALE_BLUE)
        seal(s, s.width - mm(48), y + mm(92), "徽商银行淮北分行", rng, radius=mm(14), inner="业务专用章")
        y += mm(128)
    s.text(mm(20), s.height - mm(22), "本回单可在徽商银行网点或网上银行验证，重复打印有效性以系统记录为准。", font("sans", 26))
    return [s]
