"""What 敦煌法院执行局 receives, each in its maker's hand: the 酒泉市中级人民法院's first-instance 民事判决书 (明体, "—n—"
folios) and its 生效证明书 as a small ruled form; this court's civil division's judgment in 文楷 (仿宋-like, as GB/T 9704
sets a body); the 敦煌市劳动人事争议仲裁委员会's 仲裁裁决书 under a red committee head; the lawyers' applications in
微软雅黑-like 黑体 with a left rule; a 律师事务所函 on a red letterhead; a 律师执业证 page, ID cards and business
licences drawn as copies; the window's forms filled in ballpoint; the 甘肃省非税收入 receipt in purple; the 查控
system's printout; a settlement typed by the parties; the banks' 电子回单 and the court's 案款发放凭证."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import RED, Sheet, hand, mm, seal
from dossier.corpus.families.court_ij_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    footer,
    grid,
    ink,
    spread_title,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
MID = "甘肃省酒泉市中级人民法院"
ARB = "敦煌市劳动人事争议仲裁委员会"
PURPLE = (110, 50, 130)
THUMB = (190, 30, 40)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ij import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _award(c, rng) if t == "hotel" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence_page(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_copy(p, c, rng)
    if code == "fee_receipt":
        return _fee_receipt(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        if t == "camel":
            return _bank_slip(c, rng, second="2" in served)
        return _payout(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}，执行董事。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}。"


def _typeset(paras: list[tuple[str, str]], f: Font, fl: Flow, lead: float) -> None:
    for kind, text in paras:
        if kind == "h":
            fl.para(text, f, lead=lead, indent=0, hang=f.size * 2)
        else:
            fl.para(text, f, lead=lead)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The camel company's judgment (酒泉中院, 明体) or the grape grower's (this court's civil division, 文楷)."""
    a, r = c.applicant, c.respondent
    camel = c.extra["tale"] == "camel"
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    issuer = MID if camel else COURT
    f = font("ming", 40) if camel else font("wenkai", 42)
    if camel:
        groups = c.extra["groups"]
        story = (f"2023年4月，原告与被告签订《鸣沙山骆驼骑乘及沙漠露营服务合作协议》，约定由原告为被告组织的旅游团队提供"
                 f"骆驼骑乘、沙漠越野及露营接待服务，按团结算，每月末对账、次月十日前付款。2023年5月至9月，原告共接待被告"
                 f"团队{groups}批次，经双方对账确认服务费合计{c.amount + Decimal(40000):,.2f}元，被告仅支付40,000.00元，"
                 f"尚欠{c.amount:,.2f}元。")
        held = ("原、被告签订的服务合作协议系双方真实意思表示，不违反法律、行政法规的强制性规定，合法有效。原告已按约提供服务，"
                "被告在对账单上加盖公章确认欠款数额，应当依约支付服务费。被告辩称部分团队游客投诉服务质量，但未提交证据证明，"
                "本院不予采信。")
        law = "《中华人民共和国民法典》第五百零九条、第五百七十七条"
        tail = "上诉于甘肃省高级人民法院。"
    else:
        kilos, price = c.extra["kilos"], c.extra["price"]
        story = (f"2022年8月，被告到原告位于郭家堡镇的葡萄园收购无核白葡萄，约定收购价每公斤{price}元，由被告自行采摘运往其晾房"
                 f"制干，货款于葡萄干售出后结清。原告共交付葡萄{kilos}公斤，被告出具收购单据，载明货款{c.amount:,.2f}元，"
                 "此后经原告多次催要，被告以葡萄干行情下跌为由拒不付款。")
        held = "原、被告之间的买卖合同关系依法成立。原告已交付葡萄，被告出具的收购单据能够证明欠款事实，被告应当支付货款。"
        law = "《中华人民共和国民法典》第五百九十五条、第六百二十六条"
        tail = "上诉于甘肃省酒泉市中级人民法院。"
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=60))}立案后，依法适用"
              f"{'普通程序' if camel else '简易程序'}，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}到庭参加"
              f"诉讼，被告{r.name}{'的委托诉讼代理人' + person_name(rng) if camel else ''}到庭参加诉讼。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告支付欠款{c.amount:,.2f}元；2.本案诉讼费用由被告负担。事实和理由：{story}"),
        ("p", f"{r.name}辩称，欠款属实，但因经营困难暂时无力支付。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照{law}，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{'服务费' if camel else '货款'}{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 80 + 50}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，" + tail),
    ]
    fl = Flow(left=mm(30), right=mm(26))
    s = fl.s
    s.centred(TOP, issuer, font("serif_bold", 54), spacing=6)
    s.centred(TOP + 92, "民事判决书", font("serif_bold", 80), spacing=44)
    s.right(s.width - mm(26), TOP + 210, c.basis_number, f)
    fl.y = TOP + 300
    _typeset(paras, f, fl, 72 if camel else 76)
    fl.room(440)
    last, y = fl.s, fl.y + 60
    x = last.width - mm(104)
    judges = [("审 判 长", person_name(rng)), ("审 判 员", person_name(rng)), ("人民陪审员", person_name(rng))] if camel \
        else [("审 判 员", person_name(rng))]
    for role, name in judges:
        last.text(x, y, f"{role}　{name}", f)
        y += 72
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(18, 26)))
    last.text(x + mm(6), y + 24, when, f)
    seal(last, x + mm(34), y + 30, issuer, rng, radius=mm(21))
    last.text(x, y + 110, f"书 记 员　{person_name(rng)}", f)
    return footer(fl.sheets, f=font("ming", 32), style="folio")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The committee's 仲裁裁决书: red committee head and red rule, 文楷 body, three arbitrators."""
    a, r = c.applicant, c.respondent
    months, wage, comp = c.extra["months"], c.extra["wage"], c.extra["comp"]
    fl = Flow(left=mm(30), right=mm(26))
    s = fl.s
    s.centred(TOP - 10, ARB, font("serif_bold", 58), spacing=4, fill=RED)
    s.line(mm(24), TOP + 86, s.width - mm(24), TOP + 86, width=6, fill=RED)
    s.centred(TOP + 120, "仲裁裁决书", font("serif_bold", 74), spacing=41)
    f = font("wenkai", 41)
    s.right(s.width - mm(26), TOP + 230, c.basis_number, f)
    fl.y = TOP + 310
    heard = c.basis_effective - timedelta(days=rng.randint(35, 50))
    _typeset([
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师（敦煌市法律援助中心指派）。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{cn_date(heard - timedelta(days=30))}受理后，依法组成仲裁庭，"
              f"于{cn_date(heard)}公开开庭审理。本案现已审理终结。"),
        ("p", f"申请人请求：裁决被申请人支付拖欠工资{wage * months:,.2f}元及解除劳动合同经济补偿金{comp:,.2f}元。申请人称，其于"
              f"2019年5月入职被申请人处从事客房服务员工作，月工资{wage}元。2023年旅游淡季起被申请人以客房入住率低为由停发工资，"
              f"共拖欠{months}个月，后口头通知其不必再上班。"),
        ("p", "被申请人辩称，淡季经营困难属实，同意支付拖欠工资，但申请人系自行离职，不应支付经济补偿。"),
        ("p", f"经审理查明：申请人提交的考勤记录、客房清扫登记表及工资微信转账记录，能够证明其在被申请人处工作及被拖欠工资"
              f"{months}个月的事实；被申请人主张申请人自行离职，未提交证据证明。"),
        ("p", "本委认为，用人单位应当按时足额支付劳动报酬。依照《中华人民共和国劳动合同法》第三十条、第四十六条、第四十七条，"
              "《中华人民共和国劳动争议调解仲裁法》第四十七条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}拖欠工资{wage * months:,.2f}元；"),
        ("p", f"二、被申请人于本裁决生效之日起十日内支付申请人经济补偿金{comp:,.2f}元。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到裁决书之日起十五日内向人民法院"
              "提起诉讼；用人单位有证据证明本裁决有法定情形之一的，可以自收到裁决书之日起三十日内向酒泉市中级人民法院申请撤销。"),
    ], f, fl, 72)
    fl.room(380)
    last, y = fl.s, fl.y + 50
    x = last.width - mm(100)
    for role in ("首席仲裁员", "仲 裁 员", "仲 裁 员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 70
    when = cn_date(c.basis_effective - timedelta(days=2))
    last.text(x + mm(4), y + 24, when, f)
    seal(last, x + mm(32), y + 26, ARB, rng, radius=mm(21))
    last.text(x, y + 106, f"书 记 员　{person_name(rng)}", f)
    return footer(fl.sheets, f=font("wenkai", 32), style="folio")


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """生效证明书 as the issuing body's small ruled form, the seal over its date."""
    camel = c.extra["tale"] == "camel"
    issuer = MID if camel else (ARB if c.extra["tale"] == "hotel" else COURT)
    kind = "仲裁裁决书" if c.extra["tale"] == "hotel" else "民事判决书"
    s = Sheet()
    s.centred(TOP, issuer, font("serif_bold", 52), spacing=4)
    s.centred(TOP + 90, "生效证明书", font("serif_bold", 72), spacing=40)
    f = font("ming", 38)
    w = s.width - LEFT - RIGHT
    y: float = TOP + 220
    s.right(s.width - RIGHT, y, c.basis_number.replace("号", "号之一"), f)
    y += 70
    rows = [["案号", c.basis_number], ["案由", c.extra["cause"]], ["当事人", f"原告{c.applicant.name}；被告{c.respondent.name}"],
            ["文书种类", kind], ["送达日期", num_date(c.basis_effective - timedelta(days=16))],
            ["生效日期", num_date(c.basis_effective)], ["上诉情况", "在法定期限内双方当事人均未提起上诉"]]
    boxes = grid(s, LEFT, y, [mm(40), w - mm(40)], rows, f, heights=mm(15))
    y = boxes[-1][0][3] + mm(12)
    fl = Flow(sheets=[s], y=y)
    fl.para(f"兹证明本院{c.basis_number}{kind}已于{cn_date(c.basis_effective)}发生法律效力。", font("ming", 42), lead=76)
    fl.para("特此证明。", font("ming", 42), lead=76)
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(4, 10)))
    s.right(s.width - RIGHT - mm(8), fl.y + 90, when, font("ming", 42))
    seal(s, s.width - RIGHT - mm(40), fl.y + 110, issuer, rng, radius=mm(21))
    s.text(LEFT, fl.y + 230, f"经办人：{person_name(rng)}　　　立案庭（审判管理办公室）", f)
    return [s]


def _lawyer_head(s: Sheet, title: str, y: float) -> float:
    """The lawyers' typed papers: 黑体 title, a thick rule at the left of the body."""
    s.centred(y, title, font("microhei", 66), spacing=14)
    return y + 150


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    fl = Flow(left=mm(28), right=mm(24))
    fl.y = _lawyer_head(fl.s, "强制执行申请书", TOP)
    f = font("microhei", 39)
    basis = f"{c.basis_court}{c.basis_number}{'仲裁裁决书' if c.extra['tale'] == 'hotel' else '民事判决书'}"
    me = (f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。法定代表人：{a.legal_rep}，电话{a.phone}。"
          if a.kind == "organisation" else
          f"申请执行人：{a.name}，{a.sex}，{num_date(a.born or date(1980, 1, 1))}出生，汉族，住{a.address}，公民身份号码{a.id_number}，"
          f"电话{a.phone}。")
    them = (f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。法定代表人：{r.legal_rep}。"
            if r.kind == "organisation" else
            f"被执行人：{r.name}，{r.sex}，住{r.address}，公民身份号码{r.id_number}。")
    why = {"camel": f"申请执行人为被执行人组织的旅游团队提供鸣沙山骆驼骑乘及沙漠露营服务，被执行人拖欠服务费。经酒泉市中级人民法院"
                    f"审理，作出{c.basis_number}民事判决。",
           "raisin": f"被执行人收购申请执行人的无核白葡萄后拖欠货款。经敦煌市人民法院审理，作出{c.basis_number}民事判决。",
           "hotel": f"申请执行人系被执行人的客房服务员，被执行人拖欠其工资并违法解除劳动合同。经敦煌市劳动人事争议仲裁委员会"
                    f"审理，作出{c.basis_number}仲裁裁决。"}[str(c.extra["tale"])]
    _typeset([
        ("h", me), ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), ("h", them),
        ("p", "执行请求："),
        ("p", f"一、请求依法强制执行{basis}，责令被执行人支付{money(c.amount)}；"),
        ("p", "二、请求责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "三、请求对被执行人采取限制消费措施，被执行人拒不履行的，将其纳入失信被执行人名单；"),
        ("p", "四、本案执行费用由被执行人负担。"),
        ("p", "事实与理由："),
        ("p", why + f"该法律文书已于{cn_date(c.basis_effective)}发生法律效力，被执行人至今未履行。为此，依照《中华人民共和国民事"
                    "诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
        ("p", "此致"),
    ], f, fl, 70)
    fl.flush(COURT, f, lead=110)
    fl.room(260)
    s = fl.s
    first = fl.sheets[0]
    bottom = fl.y - 110 if len(fl.sheets) == 1 else first.height - fl.foot
    first.line(fl.left - mm(6), TOP + 150, fl.left - mm(6), bottom, width=5)  # the firm's rule beside the body
    x = s.width - mm(100)
    s.text(x, fl.y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(s, x + mm(50), fl.y + 10, a.name, rng, radius=mm(19))
    else:
        hand(s, x + mm(44), fl.y - 6, a.name, rng, size=54)
        _thumb(s, x + mm(70), fl.y + 20, rng)
    s.text(x, fl.y + 90, num_date(d), f)
    return footer(fl.sheets, f=font("microhei", 28), style="folio")


def _thumb(s: Sheet, cx: float, cy: float, rng: random.Random) -> None:
    """A red 指印 (a thumb pressed on ink pad): concentric ridges in an oval."""
    d = s.draw
    rx, ry = mm(7) * rng.uniform(0.9, 1.1), mm(9) * rng.uniform(0.9, 1.1)
    colour = (THUMB[0] + rng.randint(-15, 15), THUMB[1], THUMB[2] + rng.randint(0, 20))
    for k in range(9):
        f = 1 - k / 9
        d.ellipse((cx - rx * f, cy - ry * f, cx + rx * f, cy + ry * f), outline=colour, width=3)


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The firm's printed 授权委托书 form, its blanks filled in ballpoint."""
    a = c.applicant
    s = Sheet()
    s.centred(TOP - 20, c.firm, font("microhei", 36), spacing=4)
    s.centred(TOP + 50, "授权委托书", font("microhei", 72), spacing=40)
    f = font("microhei", 38)
    y: float = TOP + 190
    rows = [["委托人", "", "联系电话", ""], ["住所地（住址）", ""], ["受托人", "", "工作单位", ""],
            ["案件名称", ""], ["代理权限", ""], ["代理期限", ""]]
    w = s.width - LEFT - RIGHT
    boxes = grid(s, LEFT, y, [mm(36), mm(56), mm(30), w - mm(122)], rows, f,
                 heights=[mm(16), mm(18), mm(16), mm(22), mm(58), mm(16)], centre_cols=(0, 2))
    ink(s, boxes[0][1][0] + mm(3), boxes[0][1][1] + mm(3), a.name, rng, size=36)
    ink(s, boxes[0][3][0] + mm(3), boxes[0][3][1] + mm(4), a.phone, rng, size=32)
    ink(s, boxes[1][1][0] + mm(3), boxes[1][1][1] + mm(4), a.address, rng, size=32)
    ink(s, boxes[2][1][0] + mm(3), boxes[2][1][1] + mm(3), f"{c.agent} 律师", rng, size=36)
    ink(s, boxes[2][3][0] + mm(3), boxes[2][3][1] + mm(2), c.firm, rng, size=28, per_line=10, lead=mm(6))
    ink(s, boxes[3][1][0] + mm(3), boxes[3][1][1] + mm(5), f"{a.name}申请执行{c.respondent.name}{c.extra['cause']}一案", rng,
        size=34)
    ink(s, boxes[4][1][0] + mm(3), boxes[4][1][1] + mm(5),
        "特别授权：代为申请执行、提供财产线索、参加听证和谈话、代为和解、代收执行款、代签法律文书。", rng, size=34,
        per_line=19, lead=mm(10))
    ink(s, boxes[5][1][0] + mm(3), boxes[5][1][1] + mm(3), "自签字之日起至本案执行终结止", rng, size=34)
    y = boxes[-1][0][3] + mm(26)
    s.text(LEFT + mm(80), y, "委托人（签名或盖章）：", f)
    if a.kind == "organisation":
        seal(s, LEFT + mm(150), y + mm(6), a.name, rng, radius=mm(19))
    else:
        hand(s, LEFT + mm(150), y - 8, a.name, rng, size=52)
        _thumb(s, LEFT + mm(172), y + mm(5), rng)
    s.text(LEFT + mm(80), y + mm(22), "受托人（签名）：", f)
    hand(s, LEFT + mm(136), y + mm(20), c.agent, rng, size=50)
    ink(s, LEFT + mm(100), y + mm(40), num_date(d), rng, size=40)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP - 20, c.firm, font("serif_bold", 64), spacing=10, fill=RED)
    s.line(mm(22), TOP + 80, s.width - mm(22), TOP + 80, width=5, fill=RED)
    s.line(mm(22), TOP + 92, s.width - mm(22), TOP + 92, width=2, fill=RED)
    s.centred(TOP + 140, "律师事务所函", font("serif_bold", 62), spacing=34)
    f = font("ming", 42)
    fl = Flow(sheets=[s], y=TOP + 250)
    fl.to_right(f"敦丝律执字〔{c.filed_on.year}〕第{rng.randint(8, 96)}号", f, lead=90)
    for kind, text in [("to", f"{COURT}："),
                       ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}"
                             f"{c.extra['cause']}一案的委托代理人。" + ("本案系敦煌市法律援助中心指派的法律援助案件。"
                                                                     if c.extra["tale"] == "hotel" else "")),
                       ("p", "特此函告。"), ("p", "附：授权委托书一份，律师执业证复印件一份。")]:
        fl.para(text, f, lead=80, indent=0 if kind == "to" else None)
    y = fl.y + 80
    s.text(s.width - mm(108), y, c.firm, f)
    s.text(s.width - mm(96), y + 80, num_date(d), f)
    seal(s, s.width - mm(70), y + 40, c.firm, rng, radius=mm(20))
    s.text(LEFT, s.height - mm(40), f"地址：{c.extra['firm_addr']}　电话：0937-88{rng.randint(10000, 99999)}", font("ming", 30))
    return [s]


def _licence_page(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A copy of the 律师执业证's data page on A4: the booklet page with a photo, the copy's grey around it."""
    s = Sheet()
    x0, y0 = mm(36), mm(50)
    x1, y1 = s.width - mm(36), mm(175)
    s.draw.rectangle((x0, y0, x1, y1), fill=(238, 236, 228), outline=(70, 70, 70), width=3)
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("serif_bold", 50), x0=x0, x1=x1)
    s.draw.rectangle((x0 + mm(10), y0 + mm(28), x0 + mm(44), y0 + mm(72)), fill=(150, 160, 175))
    s.draw.ellipse((x0 + mm(18), y0 + mm(34), x0 + mm(36), y0 + mm(54)), fill=(90, 90, 95))
    f = font("sans", 34)
    yy = y0 + mm(28)
    for label, val in (("姓　　名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"),
                       ("执业证号", str(c.extra["licence"])), ("发证机关", "甘肃省司法厅"),
                       ("发证日期", f"{2016 + rng.randint(0, 6)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")):
        s.text(x0 + mm(52), yy, f"{label}：{val}", f)
        yy += mm(11)
    seal(s, x1 - mm(36), y1 - mm(30), "甘肃省司法厅", rng, radius=mm(17))
    s.text(LEFT, y1 + mm(14), "（复印件，与原件核对一致）", font("kai", 38))
    hand(s, LEFT + mm(90), y1 + mm(12), c.agent, rng, size=44)
    return [s]


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of an ID card copied on one A4, with the holder's note under them."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2
    for k, y in enumerate((mm(40), mm(112))):
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=24, fill=(226, 230, 232), outline=(80, 80, 80), width=3)
        f = font("hei", 26)
        if k == 0:
            born = p.born or date(1980, 1, 1)
            for j, line in enumerate((f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉",
                                      f"出生　{born.year}年{born.month}月{born.day}日", f"住址　{p.address[:13]}",
                                      f"　　　{p.address[13:]}")):
                s.text(x + mm(5), y + mm(5 + 7.5 * j), line, f)
            s.draw.rectangle((x + w - mm(28), y + mm(8), x + w - mm(5), y + mm(38)), fill=(160, 165, 175))
            s.text(x + mm(5), y + h - mm(9), f"公民身份号码　{p.id_number}", font("hei", 28))
        else:
            s.centred(y + mm(8), "中华人民共和国", font("hei", 40), x0=x, x1=x + w)
            s.centred(y + mm(18), "居民身份证", font("hei", 48), x0=x, x1=x + w)
            s.text(x + mm(8), y + mm(34), "签发机关　敦煌市公安局", f)
            s.text(x + mm(8), y + mm(42), f"有效期限　2016.0{rng.randint(1, 9)}.{rng.randint(10, 28)}-2036.0{rng.randint(1, 9)}."
                                          f"{rng.randint(10, 28)}", f)
    hand(s, mm(50), mm(186), "此复印件与原件一致，仅供法院执行使用。", rng, size=44)
    hand(s, mm(120), mm(204), p.name, rng, size=48)
    _thumb(s, mm(160), mm(208), rng)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A copy of a 营业执照 (副本): the patterned border, the national emblem's place, fields, the issuing seal, a stamp
    "与原件一致" by the company."""
    s = Sheet()
    x0, y0, x1, y1 = mm(18), mm(30), s.width - mm(18), mm(228)
    for k in range(3):
        s.box(x0 + k * 8, y0 + k * 8, x1 - k * 8, y1 - k * 8, width=3 if k != 1 else 1, outline=(150, 70, 50))
    s.draw.ellipse((s.width / 2 - mm(11), y0 + mm(8), s.width / 2 + mm(11), y0 + mm(30)), outline=(150, 70, 50), width=4)
    s.centred(y0 + mm(36), "营业执照", font("serif_bold", 84), spacing=46)
    s.centred(y0 + mm(54), "（副　本）", font("serif", 36))
    f = font("serif", 34)
    s.text(x0 + mm(14), y0 + mm(66), f"统一社会信用代码　{p.id_number}", f)
    s.draw.rectangle((x1 - mm(44), y0 + mm(14), x1 - mm(16), y0 + mm(42)), outline=(30, 30, 30), width=3)
    kind = "有限责任公司（自然人投资或控股）"
    trade = {"camel": "旅游" if "旅游" in p.name else "旅行社", "raisin": "", "hotel": "住宿"}.get(str(c.extra["tale"]), "")
    scope = {"旅游": "骆驼骑乘服务；沙漠露营地服务；旅游开发项目策划咨询；体育赛事策划", "旅行社": "国内旅游业务；入境旅游业务；"
             "旅游咨询服务", "住宿": "住宿服务；餐饮服务；会议及展览服务；洗染服务"}.get(trade, "一般项目")
    yy = y0 + mm(80)
    for label, val in (("名　　称", p.name), ("类　　型", kind), ("法定代表人", p.legal_rep),
                       ("注册资本", f"人民币{rng.choice([100, 200, 300, 500])}万元"),
                       ("成立日期", f"{rng.randint(2008, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                       ("住　　所", p.address), ("经营范围", scope)):
        s.text(x0 + mm(14), yy, label, f)
        lines = [val[i:i + 22] for i in range(0, len(val), 22)]
        for j, part in enumerate(lines):
            s.text(x0 + mm(52), yy + j * 48, part, f)
        yy += mm(12) + (len(lines) - 1) * 48
    reg = "敦煌市市场监督管理局" if "敦煌" in p.name else "酒泉市市场监督管理局"
    s.text(x1 - mm(86), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(44), y1 - mm(28), reg, rng, radius=mm(18))
    s.text(x1 - mm(90), y1 - mm(16), f"{rng.randint(2019, 2023)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    s.text(LEFT, y1 + mm(14), "与原件核对一致", font("kai", 44))
    seal(s, LEFT + mm(72), y1 + mm(18), p.name, rng, radius=mm(17))
    return [s]


def _fee_receipt(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """甘肃省非税收入统一缴款票据 (a purple-ruled receipt, the lower half of the A4 blank)."""
    s = Sheet()
    x0, y0 = mm(16), mm(26)
    w = s.width - mm(32)
    s.centred(y0, "甘肃省非税收入统一票据", font("serif_bold", 52), fill=PURPLE)
    s.text(x0, y0 + mm(16), f"票据代码：62010{rng.randint(100, 999)}　　交款日期：{d:%Y-%m-%d}", font("sans", 30), fill=PURPLE)
    s.right(s.width - mm(16), y0 + mm(16), f"No.{rng.randint(10**7, 10**8 - 1)}", font("sans", 34), fill=(170, 30, 40))
    amt = Decimal(c.extra["fee"])
    rows = [["交款人", c.applicant.name], ["执收单位", COURT], ["项目名称", "执行申请费", "金额", f"{amt:,.2f}"],
            ["金额合计（大写）", money_caps(amt), "（小写）", f"￥{amt:,.2f}"], ["备注", c.number]]
    boxes = grid(s, x0, y0 + mm(26), [mm(44), mm(72), mm(30), w - mm(146)], rows, font("sans", 30), heights=mm(13),
                 centre_cols=(0, 2), ink=PURPLE)
    y = boxes[-1][0][3] + mm(8)
    s.text(x0, y, "执收单位（盖章）", font("sans", 30), fill=PURPLE)
    seal(s, x0 + mm(60), y + mm(6), "甘肃省敦煌市人民法院财务专用章", rng, radius=mm(16))
    s.text(x0 + mm(110), y, f"复核人：{person_name(rng)}　　收款人：{person_name(rng)}", font("sans", 30), fill=PURPLE)
    s.text(x0, y + mm(16), "第二联　收据联（交款人收执）", font("sans", 26), fill=PURPLE)
    return [s]


FORM_TITLES = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取案款确认书",
               "service_address_confirmation": "送达地址确认书", "property_declaration_form": "财产申报表"}


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms (a plain 宋 grid with its header in 黑体), filled in ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP - 14, COURT, font("hei", 40), spacing=2)
    title = FORM_TITLES[code]
    spread_title(s, TOP + 56, title, font("hei", 64), measure=mm(120))
    s.text(LEFT, TOP + 170, f"案号：{c.number}", font("serif", 32))
    f = font("serif", 34)
    w = s.width - LEFT - RIGHT
    y = TOP + 230
    t = str(c.extra["tale"])
    if code == "property_clue_form":
        clue = {"camel": [("银行存款", f"{c.extra.get('r_bank', '')}，账号{c.extra.get('r_acct', '')}"), ("车辆", "旅游大巴两辆，号牌不详"),
                          ("应收款", "各地组团社应付团费")],
                "raisin": [("车辆", f"重型厢式货车一辆，{c.extra.get('plate', '')}"), ("房产/晾房", "郭家堡镇晾房两座（租用）"),
                           ("存货", "晾房内葡萄干若干")],
                "hotel": [("银行存款", f"{c.extra.get('r_bank', '')}，基本户"), ("营业收入", "酒店前台POS收款"), ("其他", "")]}[t]
        rows = [["被执行人", r.name], ["住所/住址", r.address], ["财产类别", "财产线索（名称、所在地、权属、数量）"],
                *[[k, ""] for k, _ in clue], ["提供人", ""]]
        boxes = grid(s, LEFT, y, [mm(40), w - mm(40)], rows, f, heights=[mm(14), mm(18), mm(14)] + [mm(24)] * len(clue) + [mm(18)])
        for (_, v), row in zip(clue, boxes[3:], strict=False):
            ink(s, row[1][0] + mm(3), row[1][1] + mm(5), v, rng, size=34, per_line=20, lead=mm(8))
        ink(s, boxes[-1][1][0] + mm(4), boxes[-1][1][1] + mm(4), f"{c.agent}（代理人）　{num_date(d)}", rng, size=36)
    elif code == "payment_account_confirmation":
        rows = [["申请执行人", a.name], ["收款户名", a.name], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""],
                ["确认事项", "本人（单位）确认以上账户为收取本案执行款的唯一账户。执行款汇入该账户即视为本人（单位）已收到。"
                            "如账户变更，将及时书面告知法院。"], ["申请执行人签章", ""], ["日期", ""]]
        boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, f, heights=[mm(16)] * 5 + [mm(34), mm(30), mm(16)])
        ink(s, boxes[2][1][0] + mm(4), boxes[2][1][1] + mm(3), str(c.extra["in_bank"]), rng, size=38)
        ink(s, boxes[3][1][0] + mm(4), boxes[3][1][1] + mm(3), str(c.extra["in_acct"]), rng, size=38)
        ink(s, boxes[4][1][0] + mm(4), boxes[4][1][1] + mm(3), a.phone, rng, size=38)
        if a.kind == "organisation":
            seal(s, boxes[6][1][0] + mm(60), boxes[6][1][1] + mm(15), a.name, rng, radius=mm(17))
        else:
            ink(s, boxes[6][1][0] + mm(10), boxes[6][1][1] + mm(8), a.name, rng, size=52)
            _thumb(s, boxes[6][1][0] + mm(60), boxes[6][1][1] + mm(15), rng)
        ink(s, boxes[7][1][0] + mm(4), boxes[7][1][1] + mm(3), num_date(d), rng, size=38)
    elif code == "service_address_confirmation":
        rows = [["受送达人", a.name], ["送达地址", ""], ["收件人", "", "电话", ""], ["电子送达", ""],
                ["告知事项", "1.受送达人提供的送达地址适用于执行程序；2.地址变更应及时书面告知法院，未告知的，按原地址送达"
                            "即视为送达；3.同意电子送达的，以短信、电子邮件等到达受送达人特定系统的日期为送达日期。"],
                ["受送达人签名", ""]]
        boxes = grid(s, LEFT, y, [mm(40), mm(62), mm(24), w - mm(126)], rows, f,
                     heights=[mm(16), mm(22), mm(16), mm(16), mm(50), mm(28)], centre_cols=(0, 2))
        addr = c.extra["firm_addr"] if t != "raisin" else a.address
        ink(s, boxes[1][1][0] + mm(4), boxes[1][1][1] + mm(5), str(addr), rng, size=36)
        ink(s, boxes[2][1][0] + mm(4), boxes[2][1][1] + mm(3), c.agent if t != "raisin" else a.name, rng, size=38)
        ink(s, boxes[2][3][0] + mm(2), boxes[2][3][1] + mm(4), c.agent_phone if t != "raisin" else a.phone, rng, size=32)
        ink(s, boxes[3][1][0] + mm(4), boxes[3][1][1] + mm(3), "同意。短信：" + (c.agent_phone if t != "raisin" else a.phone),
            rng, size=36)
        ink(s, boxes[5][1][0] + mm(10), boxes[5][1][1] + mm(8), f"{c.agent if t != 'raisin' else a.name}　{num_date(d)}",
            rng, size=44)
    else:
        items = {"camel": [("银行存款", "甘肃银行酒泉分行基本户，余额约三万元"), ("车辆", "无（大巴为租用）"), ("不动产", "无"),
                           ("应收账款", "各组团社欠团费约二十万元"), ("其他", "无")],
                 "raisin": [("银行存款", "农商行存折一本，余额几百元"), ("车辆", f"厢式货车一辆 {c.extra.get('plate', '')}"),
                            ("不动产", "无，晾房是租的"), ("存货", "葡萄干约两吨，已抵给收购商"), ("其他", "无")],
                 "hotel": [("银行存款", f"{c.extra.get('r_bank', '')}基本户"), ("车辆", "无"), ("不动产", "无（酒店楼房系租赁）"),
                           ("收入", "淡季每月营业收入约四五万元"), ("其他", "无")]}[t]
        rows = [["申报人", r.name], ["身份证号/信用代码", r.id_number], ["财产种类", "财产情况（名称、数量、价值、所在地）"],
                *[[k, ""] for k, _ in items], ["申报人承诺", "以上申报内容真实、完整，如有虚假，愿承担法律责任。"],
                ["申报人签章", ""]]
        boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, f,
                     heights=[mm(14), mm(14), mm(14)] + [mm(20)] * len(items) + [mm(24), mm(28)])
        for (_, v), row in zip(items, boxes[3:], strict=False):
            ink(s, row[1][0] + mm(4), row[1][1] + mm(4), v, rng, size=36)
        sign = boxes[-1][1]
        if r.kind == "organisation":
            seal(s, sign[0] + mm(50), sign[1] + mm(14), r.name, rng, radius=mm(17))
            ink(s, sign[0] + mm(90), sign[1] + mm(8), f"{r.legal_rep}　{num_date(d)}", rng, size=40)
        else:
            ink(s, sign[0] + mm(10), sign[1] + mm(8), f"{r.name}　{num_date(d)}", rng, size=44)
            _thumb(s, sign[0] + mm(40), sign[1] + mm(16), rng)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's printout: a plain sans table of the 总对总 replies, a print stamp at the foot."""
    r = c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    f = font("sans", 28)
    s.text(LEFT - mm(10), mm(14), f"打印时间：{d:%Y-%m-%d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", f)
    s.centred(mm(26), "网络执行查控系统反馈结果", font("sans_bold", 52))
    s.text(LEFT - mm(10), mm(44), f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", f)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "甘肃银行", "甘肃省农村信用社", "中国邮政储蓄银行",
             "兰州银行", "交通银行"]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "账号/明细", "余额（元）"]]
    for i, b in enumerate(banks, 1):
        hit = (t == "hotel" and b in str(c.extra.get("r_bank", ""))) or (t == "camel" and b in str(c.extra.get("r_bank", "")))
        if hit:
            bal = c.amount + Decimal(rng.randint(2000, 90000)) if t == "hotel" else Decimal(rng.randint(3000, 40000))
            rows.append([str(i), b, "存款", "已查询到", str(c.extra["r_acct"])[-8:], f"{bal:,.2f}"])
        else:
            rows.append([str(i), b, "存款", "未查询到", "—", "—"])
    rows.append([str(len(banks) + 1), "公安部交通管理局", "车辆", "已查询到" if t == "raisin" else "未查询到",
                 f"{c.extra.get('plate', '')} 重型厢式货车" if t == "raisin" else "—", "—"])
    rows.append([str(len(banks) + 2), "自然资源部", "不动产", "未查询到", "—", "—"])
    rows.append([str(len(banks) + 3), "中国证券登记结算", "证券", "未查询到", "—", "—"])
    rows.append([str(len(banks) + 4), "支付宝（中国）", "网络资金", "已查询到", "余额账户", f"{rng.randint(0, 900)}.{rng.randint(10, 99)}"])
    w = s.width - 2 * (LEFT - mm(10))
    grid(s, LEFT - mm(10), mm(54), [mm(14), mm(44), mm(22), mm(26), w - mm(140), mm(34)], rows, font("sans", 27),
         heights=mm(10.5), centre_cols=(0, 2, 3, 5), line=1)
    s.text(LEFT - mm(10), s.height - mm(22), f"操作人：{c.clerk}　　　第1页/共1页", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The camel company and the agency's own 执行和解协议, typed in 宋 with numbered clauses, two company seals."""
    a, r = c.applicant, c.respondent
    first, second = c.extra.get("instalments", (c.amount, Decimal(0)))
    from dossier.corpus.families.court_ij import made_on

    due1 = made_on(c, "payment_voucher") + timedelta(days=2)
    due2 = made_on(c, "second_instalment") + timedelta(days=3)
    fl = Flow(left=mm(28), right=mm(26))
    fl.s.centred(TOP, "执行和解协议", font("serif_bold", 66), spacing=10)
    fl.y = TOP + 140
    f = font("serif", 40)
    for kind, text in [
        ("h", f"甲方（申请执行人）：{a.name}　法定代表人：{a.legal_rep}"),
        ("h", f"乙方（被执行人）：{r.name}　法定代表人：{r.legal_rep}"),
        ("p", f"甲方申请执行乙方{c.extra['cause']}一案（{c.number}），执行依据为{c.basis_court}{c.basis_number}民事判决书。"
              "在敦煌市人民法院主持下，双方本着互谅互让的原则，自愿达成如下和解协议："),
        ("p", f"一、乙方应付甲方服务费{money(c.amount)}，分两期支付：第一期{first:,.2f}元于{num_date(due1)}前支付；"
              f"第二期{second:,.2f}元于{num_date(due2)}前支付。"),
        ("p", f"二、上述款项由乙方汇入敦煌市人民法院执行款专户（账号{c.extra['court_acct']}），由法院发放甲方。"),
        ("p", "三、乙方按期足额履行的，甲方放弃迟延履行期间的债务利息；乙方任何一期逾期未付的，甲方有权申请恢复执行原生效"
              "判决，已付款项予以扣除。"),
        ("p", "四、本协议经双方签章后生效，一式三份，甲乙双方各执一份，交敦煌市人民法院附卷一份。"),
    ]:
        if kind == "h":
            fl.para(text, f, lead=74, indent=0, hang=f.size * 2)
        else:
            fl.para(text, f, lead=74)
    fl.room(360)
    s, y = fl.s, fl.y + 70
    s.text(LEFT, y, "甲方（盖章）：", f)
    seal(s, LEFT + mm(58), y + 14, a.name, rng, radius=mm(19))
    s.text(s.width / 2 + mm(8), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(66), y + 14, r.name, rng, radius=mm(19))
    s.text(LEFT, y + 150, "法定代表人：", f)
    hand(s, LEFT + mm(44), y + 142, a.legal_rep, rng, size=50)
    s.text(s.width / 2 + mm(8), y + 150, "法定代表人：", f)
    hand(s, s.width / 2 + mm(52), y + 142, r.legal_rep, rng, size=50)
    s.text(LEFT, y + 250, f"签订日期：{cn_date(d)}　　签订地点：敦煌市人民法院执行局", f)
    return footer(fl.sheets, f=font("serif", 30), style="folio")


def _bank_slip(c: CaseCtx, rng: random.Random, *, second: bool) -> list[Sheet]:
    """The agency's bank's 电子回单 for one instalment: a small landscape slip in the top third of the A4, a round
    回单专用章."""
    from dossier.corpus.families.court_ij import made_on

    first, rest = c.extra["instalments"]
    amt = rest if second else first
    day = made_on(c, "second_instalment" if second else "payment_voucher")
    s = Sheet()
    x0, y0 = mm(14), mm(18)
    x1 = s.width - mm(14)
    bank = str(c.extra["r_bank"]).split("酒泉")[0]
    s.text(x0, y0, bank, font("sans_bold", 40), fill=(20, 90, 150))
    s.centred(y0 + mm(4), "网上银行电子回单", font("sans_bold", 46))
    s.right(x1, y0 + mm(14), f"回单编号：{day:%Y%m%d}{rng.randint(10**7, 10**8 - 1)}", font("sans", 26))
    rows = [["付款人", "户名", c.respondent.name, "收款人", "户名", f"{COURT}执行款专户"],
            ["", "账号", str(c.extra["r_acct"]), "", "账号", str(c.extra["court_acct"])],
            ["", "开户行", str(c.extra["r_bank"]), "", "开户行", "敦煌农村商业银行营业部"],
            ["金额", f"{money_caps(amt)}　　￥{amt:,.2f}"],
            ["用途", f"{c.number}和解款（第{'二' if second else '一'}期）"],
            ["交易时间", f"{day:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"]]
    w = x1 - x0
    grid(s, x0, y0 + mm(22), [mm(20), mm(18), mm(52), mm(20), mm(18), w - mm(128)], rows, font("sans", 26),
         heights=mm(10), centre_cols=(0, 1, 3, 4), line=1)
    seal(s, x1 - mm(34), y0 + mm(72), bank + "电子回单专用章", rng, radius=mm(15))
    s.text(x0, y0 + mm(92), f"打印次数：{rng.randint(1, 2)}　　验证码：{rng.randint(10**9, 10**10 - 1)}", font("sans", 24))
    for y in range(int(y0 + mm(100)), int(y0 + mm(104)), 6):
        s.line(x0, y, x1, y, width=1, fill=(200, 200, 200))
    return [s]


def _payout(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's 执行案款发放凭证 (finance office's form), the payee's signature and 指印."""
    from dossier.corpus.families.court_ij import made_on

    day = made_on(c, "payout" if c.extra["tale"] == "raisin" else "payment_voucher")
    paid = c.amount
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 46), spacing=3)
    s.centred(TOP + 80, "执行案款发放凭证", font("serif_bold", 66), spacing=8)
    f = font("serif", 34)
    w = s.width - LEFT - RIGHT
    y = TOP + 200
    s.text(LEFT, y, f"案号：{c.number}", f)
    s.right(s.width - RIGHT, y, f"发放日期：{num_date(day)}", f)
    source = ("变卖被执行人车辆价款" if c.extra["tale"] == "raisin" else "扣划被执行人银行存款")
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["案款来源", source],
            ["发放金额", money(paid)], ["收款账户", f"{c.extra['in_bank']}　{c.extra['in_acct']}"],
            ["承办人", ""], ["执行局负责人", ""], ["财务审核", ""], ["收款人签名", ""]]
    boxes = grid(s, LEFT, y + mm(12), [mm(40), w - mm(40)], rows, f,
                 heights=[mm(14)] * 3 + [mm(22), mm(14), mm(16), mm(16), mm(16), mm(30)])
    ink(s, boxes[5][1][0] + mm(6), boxes[5][1][1] + mm(3), c.officer, rng, size=40)
    ink(s, boxes[6][1][0] + mm(6), boxes[6][1][1] + mm(3), f"同意　{person_name(rng)}", rng, size=40)
    ink(s, boxes[7][1][0] + mm(6), boxes[7][1][1] + mm(3), person_name(rng), rng, size=40)
    recv = boxes[8][1]
    ink(s, recv[0] + mm(8), recv[1] + mm(8), c.applicant.name, rng, size=54)
    _thumb(s, recv[0] + mm(56), recv[1] + mm(15), rng)
    ink(s, recv[0] + mm(80), recv[1] + mm(10), num_date(day), rng, size=40)
    seal(s, s.width - RIGHT - mm(40), boxes[4][1][1], "甘肃省敦煌市人民法院财务专用章", rng, radius=mm(17))
    if c.extra["tale"] == "raisin":
        note = (f"说明：变卖价款{c.extra['sold']:,.2f}元，扣除评估费、停车费后，发放申请执行人{paid:,.2f}元，余款退还被执行人。")
        s.text(LEFT, boxes[-1][0][3] + mm(8), note[:34], font("serif", 30))
        s.text(LEFT, boxes[-1][0][3] + mm(16), note[34:], font("serif", 30))
    return [s]

