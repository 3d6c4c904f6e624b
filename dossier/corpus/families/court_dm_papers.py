"""What 龙华法院's enforcement bureau receives, each in its maker's style: 海口中院's 二审 judgment (a Ming face, the court
name letter-spaced, the number under a double rule), 海口海事法院's judgment (a running head with the number on every
page, sans title), the 民事庭's 支付令 (a narrow column, boxed 督促 notice), the lawyers' typed application and 授权委托书
on the firm's letterhead, a bank's 协助冻结 回执 (a tear-off slip with a dashed cut line), the 渔业船舶登记 office's
reply on its red-headed letter paper, and a 香港 resident's 港澳居民居住证 copied on both faces."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus import forms
from dossier.corpus.content import CaseCtx, Party, cn_date, money, num_date
from dossier.corpus.draw import BLUE_INK, INK, RED, Block, Sheet, flow, hand, mm, seal, signature
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
LAW = "《中华人民共和国民事诉讼法》"


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"
    if p.id_number.startswith("81"):
        return f"{p.name}，{p.sex}，{num_date(p.born) if p.born else ''}出生，香港特别行政区居民，住{p.address}。"
    return f"{p.name}，{p.sex}，{num_date(p.born) if p.born else ''}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_basis":
        return {"hotel": _appeal, "boat": _maritime, "fee": _pay_order}[_tale(c)](c, rng)
    if code == "effectiveness_certificate":
        return [_effect(c, rng)]
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return [_attorney(c, rng)]
    if code == "law_firm_letter":
        return [_firm_letter(c, rng)]
    if code == "lawyer_license":
        return [forms.lawyer_licence_copy(c, rng)]
    if code == "identity_proof":
        p = r if "respondent" in served else a
        if p.kind == "organisation":
            return [forms.licence_copy(p, c, rng)]
        if p.id_number.startswith("81"):
            return [_hk_permit(c, p, rng)]
        return [forms.id_card_copy(p, rng, authority="海口市公安局龙华分局")]
    if code == "fee_receipt":
        return [forms.fee_receipt(c, rng)]
    if code == "property_clue_form":
        clue = {"hotel": f"被执行人在{c.extra.get('r_bank', '')}开有基本户，账号{c.extra.get('r_acct', '')}",
                "boat": f"被执行人名下渔船{c.extra.get('boat', '')}，原停泊新埠岛渔港",
                "fee": "被执行人名下房产即欠费房屋，另有工资收入"}[_tale(c)]
        return [forms.form("被执行人财产线索提供表", [("案号", c.number), ("申请执行人", a.name), ("被执行人", r.name),
                                              ("财产线索", clue), ("线索来源", "申请人掌握"), ("提供日期", num_date(c.filed_on))],
                           rng, issuer=c.court.name, tall=(3,), sign=c.agent)]
    if code == "payment_account_confirmation":
        return [forms.form("申请执行人收取执行款账户确认书", [("申请执行人", a.name), ("开户名", a.name), ("开户行", c.extra["in_bank"]),
                                                     ("账号", c.extra["in_acct"]), ("联系电话", a.phone)],
                           rng, issuer=c.court.name, note="本人确认执行款汇入上述账户即视为已收到执行款。", sign=a.legal_rep or a.name)]
    if code == "service_address_confirmation":
        return [forms.form("送达地址确认书", [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address),
                                       ("代理人及电话", f"{c.agent} {c.agent_phone}"), ("是否同意电子送达", "同意，短信及电子邮件")],
                           rng, issuer=c.court.name, tall=(2,), sign=c.agent)]
    if code == "property_declaration_form":
        return [forms.form("被执行人财产申报表", [("被执行人", r.name), ("银行存款", "见法院查询" if _tale(c) != "fee" else "工资卡少量"),
                                         ("不动产", "无" if _tale(c) != "fee" else f"{c.extra.get('estate', '')}住房一套"),
                                         ("车辆船舶", "无"), ("其他财产", "无"), ("申报日期", num_date(c.day(13)))],
                           rng, issuer=c.court.name, sign=r.legal_rep or r.name)]
    if code == "online_inquiry_result":
        if "bank" in served:
            return [_bank_slip(c, rng)]
        if "boat" in served:
            return _registry_reply(c, rng)
        return [forms.inquiry_printout(c, rng, kind="national")]
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "payment_voucher":
        return [forms.payment_voucher(c, rng, bank_slip=_tale(c) == "hotel")]
    raise ValueError(code)


# ---------------------------------------------------------------- judgments and the 支付令

def _running(sheets: list[Sheet], blocks: list[Block], f: Font, *, x0: float, x1: float, y: float, lead: float,
             top: float, bottom: float, on_new: object = None) -> float:
    def more() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        if callable(on_new):
            on_new(s)
        return s, top
    return flow(sheets[-1], blocks, f, x0=x0, width=x1 - x0, y=y, line_height=lead, indent=f.size * 2,
                bottom=bottom, more=more)


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """海口中院's 二审 judgment: Ming face, the name letter-spaced, a double rule under the number"""
    a, r = c.applicant, c.respondent
    s = Sheet()
    sheets = [s]
    s.centred(mm(30), c.basis_court, font("ming", mm(8.2)), spacing=mm(1.6))
    s.centred(mm(45), "民 事 判 决 书", font("ming", mm(10.5)), spacing=mm(2))
    s.right(s.width - mm(26), mm(63), c.basis_number, font("ming", mm(5)))
    s.line(mm(26), mm(71), s.width - mm(26), mm(71), width=3)
    s.line(mm(26), mm(72.6), s.width - mm(26), mm(72.6), width=1)
    n = c.extra["nights"]
    blocks: list[Block] = [
        ("f", f"上诉人（原审被告）：{_who(r)}"), ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
        ("f", f"被上诉人（原审原告）：{_who(a)}"), ("f", f"法定代表人：{a.legal_rep}，该公司董事长。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}{c.extra['cause']}一案，不服海南省海口市龙华区人民法院{c.extra['first_no']}"
              "民事判决，向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。"),
        ("p", f"原审查明：双方签订《酒店客房及会议服务协议》，约定被上诉人为上诉人组织的旅游团队提供客房、团餐及会议室服务，"
              f"按月结算。协议履行期间，被上诉人共提供客房{n}间夜及相应餐饮服务，上诉人确认对账单后仅支付部分款项，尚欠服务费"
              f"{c.amount:,.2f}元未付。"),
        ("p", "本院认为，上诉人对双方之间的酒店服务合同关系及对账单的真实性均无异议，其以团队游客投诉为由拒付服务费，"
              "未提供证据证明，本院不予支持。原审判决认定事实清楚，适用法律正确，应予维持。依照" + LAW + "第一百七十七条第一款"
              "第一项的规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(c.amount) // 100 + 50}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    y = _running(sheets, blocks, font("ming", mm(5.2)), x0=mm(26), x1=s.width - mm(26), y=mm(82), lead=mm(9.2),
                 top=mm(28), bottom=s.height - mm(40))
    _bench(sheets, y, c, rng, c.basis_court, c.basis_effective - timedelta(days=rng.randint(12, 20)), "ming")
    return sheets


def _bench(sheets: list[Sheet], y: float, c: CaseCtx, rng: random.Random, court: str, day: date, role: str) -> None:
    s = sheets[-1]
    if y > s.height - mm(110):
        s = Sheet()
        sheets.append(s)
        y = float(mm(40))
    f = font(role, mm(5.2))
    x = s.width - mm(86)
    for k, (title, name) in enumerate([("审　判　长", c.extra.setdefault("b_judge", "符海燕")),
                                       ("审　判　员", "王琼生"), ("审　判　员", "吴晓丹")]):
        s.text(x, y + mm(12) + k * mm(10), f"{title}　{name}", f)
    y += mm(50)
    s.right(s.width - mm(30), y, cn_date(day), f)
    seal(s, s.width - mm(60), y - mm(2), court, rng, radius=mm(21))
    s.text(mm(30), y + mm(10), "本件与原本核对无异", font(role, mm(4.6)))
    s.text(x, y + mm(14), f"书　记　员　{'林诗雨'}", f)
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(18), f"第{i}页　共{len(sheets)}页", font(role, mm(4)))
        sh.page_of = (i, len(sheets))


def _maritime(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """海口海事法院: sans title, a running head (court and number) on every page, numbered paragraphs"""
    a, r = c.applicant, c.respondent
    sheets = [Sheet()]
    head_f = font("sans", mm(3.8))

    def run_head(s: Sheet) -> None:
        s.text(mm(24), mm(14), c.basis_court, head_f, fill=(80, 80, 80))
        s.right(s.width - mm(24), mm(14), c.basis_number, head_f, fill=(80, 80, 80))
        s.line(mm(24), mm(21), s.width - mm(24), mm(21), width=1, fill=(80, 80, 80))

    s = sheets[0]
    s.centred(mm(30), "海 口 海 事 法 院", font("sans_bold", mm(9)), spacing=mm(2))
    s.centred(mm(48), "民事判决书", font("sans_bold", mm(8.5)), spacing=mm(3))
    s.right(s.width - mm(28), mm(64), c.basis_number, font("serif", mm(5)))
    price, boat = c.extra["price"], c.extra["boat"]
    blocks: list[Block] = [
        ("f", f"原告：{_who(a)}"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用普通程序，公开开庭进行了审理。被告经本院"
              "合法传唤无正当理由未到庭参加诉讼，本院依法缺席审理。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：1．判令被告支付购船余款{c.amount:,.2f}元及逾期付款利息；2．本案诉讼费用由被告负担。"),
        ("p", f"本院经审理查明：原告系渔船“{boat}”（木质，主机功率{c.extra['kw']}千瓦）的所有人。原、被告签订《渔船买卖合同》，"
              f"约定原告将该船连同捕捞许可证转让给被告，总价款{price:,.2f}元，被告已支付定金及首期款"
              f"{price - c.amount:,.2f}元。原告依约交付渔船后，被告未支付剩余价款。"),
        ("p", "本院认为，本案系涉港船舶买卖合同纠纷，双方约定适用中华人民共和国内地法律，本院予以确认。原告已履行交船义务，被告"
              "应按约支付价款。依照《中华人民共和国民法典》第五百七十七条、第六百二十六条，" + LAW + "第一百四十七条的规定，"
              "判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内向原告{a.name}支付购船余款{money(c.amount)}及逾期付款利息。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照" + LAW + "第二百六十四条的规定，加倍支付迟延履行期间的债务利息。"),
        ("p", "如不服本判决，原告可在判决书送达之日起十五日内，被告可在判决书送达之日起三十日内，向本院递交上诉状，上诉于"
              "海南省高级人民法院。"),
    ]
    y = _running(sheets, blocks, font("serif", mm(5.0)), x0=mm(28), x1=s.width - mm(28), y=mm(78), lead=mm(8.8),
                 top=mm(30), bottom=s.height - mm(36), on_new=run_head)
    _bench(sheets, y, c, rng, c.basis_court, c.basis_effective - timedelta(days=35), "serif")
    return sheets


def _pay_order(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """the 民事庭's 支付令: a narrow centred column, the fifteen-day warning in a box"""
    a, r = c.applicant, c.respondent
    s = Sheet()
    x0, x1 = mm(34), s.width - mm(34)
    s.centred(mm(32), c.court.name, font("serif_bold", mm(7.8)))
    s.centred(mm(47), "支　付　令", font("serif_bold", mm(11)))
    s.right(x1, mm(66), c.basis_number, font("serif", mm(4.8)))
    f = font("serif", mm(4.9))
    blocks: list[Block] = [
        ("f", f"申请人：{_who(a)}"), ("f", f"法定代表人：{a.legal_rep}。"),
        ("f", f"被申请人：{_who(r)}"),
        ("p", f"申请人{a.name}于{num_date(c.basis_effective - timedelta(days=40))}向本院申请支付令，称：被申请人系"
              f"{c.extra['estate']}业主，房屋建筑面积{c.extra['area']}平方米，自{c.extra['months']}个月前起拖欠物业服务费，"
              f"经催缴未付，共计{c.amount:,.2f}元。申请人请求本院向被申请人发出支付令，督促被申请人给付上述款项。"),
        ("p", f"本院经审查认为，申请人的申请符合{LAW}第二百二十五条规定的条件。依照{LAW}第二百二十七条的规定，特发出如下支付令："),
        ("p", f"被申请人{r.name}应当自收到本支付令之日起十五日内，给付申请人{a.name}物业服务费{money(c.amount)}。"),
        ("p", "申请费" + str(int(c.amount) // 300 + 20) + "元，由被申请人负担。"),
    ]
    y = flow(s, blocks, f, x0=x0, width=x1 - x0, y=mm(76), line_height=mm(8.6), indent=f.size * 2)
    y += mm(4)
    warn = ("被申请人自收到本支付令之日起十五日内既不清偿债务又不提出书面异议的，申请人可以向人民法院申请强制执行。")
    lines = flow(s, [("f", warn)], font("serif", mm(4.5)), x0=x0 + mm(5), width=x1 - x0 - mm(10), y=y + mm(4), line_height=mm(7.5),
                 indent=0)
    s.box(x0, y, x1, lines + mm(3), width=2)
    y = lines + mm(18)
    sf = font("serif", mm(5))
    s.text(x1 - mm(56), y, f"审　判　员　{c.extra.setdefault('d_judge', '邢春梅')}", sf)
    day = c.basis_effective - timedelta(days=28)
    s.right(x1 - mm(4), y + mm(22), cn_date(day), sf)
    seal(s, x1 - mm(30), y + mm(20), c.court.name, rng, radius=mm(20))
    s.text(x1 - mm(56), y + mm(36), "书　记　员　陈　蕾", sf)
    return [s]


def _effect(c: CaseCtx, rng: random.Random) -> Sheet:
    """the first-instance court's 生效证明书 (龙华法院's 民事审判庭 form for its appealed cases)"""
    s = Sheet()
    s.centred(mm(40), c.court.name, font("serif_bold", mm(8)))
    s.centred(mm(58), "生 效 证 明 书", font("serif_bold", mm(10)))
    f = font("serif", mm(5.3))
    text = (f"本院审理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院{c.extra['first_no']}民事判决书"
            f"已经海南省海口市中级人民法院{c.basis_number}民事判决驳回上诉，维持原判，该判决已于{cn_date(c.basis_effective)}"
            "发生法律效力。")
    y = flow(s, [("f", f"{c.applicant.name}："), ("p", text), ("p", "特此证明。")], f, x0=mm(30), width=s.width - mm(60),
             y=mm(84), line_height=mm(10), indent=f.size * 2)
    day = c.basis_effective + timedelta(days=rng.randint(6, 14))
    s.right(s.width - mm(36), y + mm(34), cn_date(day), f)
    s.text(s.width - mm(100), y + mm(18), "民事审判第二庭", f)
    seal(s, s.width - mm(66), y + mm(30), c.court.name, rng, radius=mm(20))
    return s


# ---------------------------------------------------------------- lawyers' papers

def _letterhead(s: Sheet, c: CaseCtx) -> float:
    s.centred(mm(18), c.firm, font("wenkai_bold", mm(7.5)), fill=(150, 20, 20), spacing=mm(1))
    s.centred(mm(30), "HAINAN LAW FIRM", font("sans", mm(3.4)), fill=(150, 20, 20), spacing=mm(1.5), )
    s.line(mm(20), mm(37), s.width - mm(20), mm(37), width=4, fill=(170, 30, 30))
    s.text(mm(20), s.height - mm(20), f"地址：{c.extra['firm_addr']}　电话：0898-6{c.extra['licence'][-7:]}",
           font("sans", mm(3.4)), fill=(150, 20, 20))
    return float(mm(50))


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    sheets = [s]
    s.centred(mm(30), "强制执行申请书", font("sans_bold", mm(8.5)), spacing=mm(1.5))
    kind = "判决书" if _tale(c) != "fee" else "支付令"
    blocks: list[Block] = [
        ("f", f"申请执行人：{_who(a)}"),
        *([("f", f"法定代表人：{a.legal_rep}")] if a.legal_rep else []),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("f", f"被执行人：{_who(r)}"),
        ("f", "执行请求："),
        ("p", f"1．请求强制被执行人向申请执行人支付{money(c.amount)}；"),
        ("p", "2．请求强制被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3．本案执行费用由被执行人承担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}{kind}，该法律文书已于"
              f"{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行，为维护申请执行人的合法权益，特依据{LAW}"
              "第二百四十七条的规定，向贵院申请强制执行。"),
        ("f", "此致"),
        ("f", c.court.name),
    ]
    f = font("serif", mm(5.1))
    y = _running(sheets, blocks, f, x0=mm(27), x1=s.width - mm(25), y=mm(48), lead=mm(9.3), top=mm(28),
                 bottom=s.height - mm(30))
    last = sheets[-1]
    if y > last.height - mm(70):
        last = Sheet()
        sheets.append(last)
        y = float(mm(40))
    last.text(last.width - mm(110), y + mm(12), "申请执行人（签章）：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(55), y + mm(16), a.name, rng, radius=mm(19))
    else:
        signature(last, last.width - mm(60), y + mm(9), a.name, rng)
    last.text(last.width - mm(110), y + mm(28), "委托代理人：", f)
    signature(last, last.width - mm(80), y + mm(25), c.agent, rng)
    hand(last, last.width - mm(80), y + mm(42), num_date(c.filed_on - timedelta(days=rng.randint(1, 4))), rng,
         size=mm(5.6), ink=INK)
    return sheets


def _attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    a = c.applicant
    s = Sheet()
    s.centred(mm(30), "授 权 委 托 书", font("serif_bold", mm(9)), spacing=mm(2))
    f = font("serif", mm(5.1))
    blocks: list[Block] = [
        ("f", f"委托人：{a.name}"), *([("f", f"法定代表人：{a.legal_rep}")] if a.legal_rep else []),
        ("f", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，联系电话{c.agent_phone}。"),
        ("p", f"现委托上列受托人在我方与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方的代理人。"),
        ("f", "代理权限为特别授权：代为申请强制执行，提供财产线索，代为参加执行和解、代为签收法律文书，代为申请终结本次执行"
              "程序或者恢复执行，代为领取执行款。"),
        ("f", "代理期限：自签署之日起至本案执行终结时止。"),
    ]
    y = flow(s, blocks, f, x0=mm(28), width=s.width - mm(56), y=mm(52), line_height=mm(9.6), indent=f.size * 2)
    s.text(mm(110), y + mm(20), "委托人：", f)
    if a.kind == "organisation":
        seal(s, mm(150), y + mm(22), a.name, rng, radius=mm(19))
    signature(s, mm(132), y + mm(16), a.legal_rep or a.name, rng)
    s.text(mm(110), y + mm(40), "受托人：", f)
    signature(s, mm(132), y + mm(36), c.agent, rng)
    hand(s, mm(118), y + mm(56), num_date(c.filed_on - timedelta(days=rng.randint(3, 8))), rng, size=mm(5.6), ink=BLUE_INK)
    return s


def _firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _letterhead(s, c)
    s.centred(y, "律 师 事 务 所 函", font("sans_bold", mm(8)))
    s.right(s.width - mm(25), y + mm(15), f"琼{c.firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(10, 199)}号",
            font("serif", mm(4.6)))
    f = font("serif", mm(5.1))
    y = flow(s, [("f", f"{c.court.name}："),
                 ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
                       "代理人，参与执行程序。"),
                 ("p", "特此函告。")], f, x0=mm(28), width=s.width - mm(56), y=y + mm(30), line_height=mm(9.6),
             indent=f.size * 2)
    s.right(s.width - mm(30), y + mm(30), num_date(c.filed_on - timedelta(days=2)), f)
    seal(s, s.width - mm(58), y + mm(26), c.firm, rng, radius=mm(20))
    return s


# ---------------------------------------------------------------- replies and the 香港 resident's permit

def _bank_slip(c: CaseCtx, rng: random.Random) -> Sheet:
    """the bank's 协助冻结存款回执: the lower half of its two-part form, torn at a dashed line"""
    s = Sheet()
    bank = c.extra.get("r_bank", "中国工商银行海口海甸支行")
    dash = mm(3)
    for x in range(mm(10), s.width - mm(10), dash * 2):
        s.line(x, mm(18), x + dash, mm(18), width=2, fill=(110, 110, 110))
    s.text(mm(14), mm(20), "（此联由协助单位填写后退回法院）", font("sans", mm(3.6)))
    s.centred(mm(34), "协助冻结存款回执", font("sans_bold", mm(8)))
    f = font("sans", mm(4.7))
    s.text(mm(22), mm(52), f"{c.court.name}：", f)
    frozen = c.extra.get("frozen", c.amount)
    y = float(mm(64))
    rows = [("协助执行通知书文号", c.number), ("被冻结单位（个人）", c.respondent.name), ("账号", c.extra.get("r_acct", "")),
            ("应冻结金额", f"{c.amount:,.2f}元"), ("实际冻结金额", f"{frozen:,.2f}元"),
            ("冻结期限", f"自{num_date(c.day(9))}起至{num_date(c.day(9) + timedelta(days=364))}止")]
    for label, value in rows:
        s.box(mm(20), y, s.width - mm(20), y + mm(13), width=1)
        s.line(mm(72), y, mm(72), y + mm(13), width=1)
        s.text(mm(23), y + mm(3.8), label, font("sans", mm(4.2)))
        if label in ("实际冻结金额", "冻结期限"):
            hand(s, mm(76), y + mm(2), value, rng, size=mm(5.2), ink=BLUE_INK)
        else:
            s.text(mm(76), y + mm(3.8), value, f)
        y += mm(13)
    s.text(mm(22), y + mm(10), "我行已按贵院要求办理上述冻结手续，特此回复。", f)
    s.text(mm(22), y + mm(24), "经办人：", f)
    signature(s, mm(44), y + mm(21), "符小敏", rng, ink=BLUE_INK)
    s.text(mm(22), y + mm(36), f"联系电话：0898-6{rng.randint(1000000, 9999999)}", f)
    s.right(s.width - mm(28), y + mm(44), num_date(c.day(9)), f)
    seal(s, s.width - mm(60), y + mm(34), f"{bank}业务专用章", rng, radius=mm(19))
    return s


def _registry_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """海口市渔业船舶登记 office's reply on red-headed paper, with the register extract as a small table"""
    s = Sheet()
    office = "海口市海洋和渔业监察支队"
    s.centred(mm(22), office, font("serif_bold", mm(10.5)), fill=RED, spacing=mm(1.5))
    s.line(mm(22), mm(40), s.width - mm(22), mm(40), width=5, fill=RED)
    s.right(s.width - mm(26), mm(45), f"海渔监函〔{c.filed_on.year}〕{rng.randint(20, 90)}号", font("serif", mm(4.6)))
    s.centred(mm(58), f"关于协助查询“{c.extra['boat']}”渔船登记情况的复函", font("hei", mm(6.2)))
    f = font("serif", mm(5.1))
    y = flow(s, [("f", f"{c.court.name}："),
                 ("p", f"你院{c.number.replace('号', '号之三')}协助执行通知书收悉。经查询渔业船舶登记档案，现将有关情况函复如下："),
                 ], f, x0=mm(28), width=s.width - mm(56), y=mm(74), line_height=mm(9.4), indent=f.size * 2)
    rows = [("船名号", c.extra["boat"]), ("船舶所有人", c.respondent.name), ("船籍港", "海口"),
            ("主机功率", f"{c.extra['kw']}千瓦"), ("登记状态", "已注销"),
            ("注销原因", "拆解（渔船更新改造）"), ("抵押登记", "无")]
    ty = y + mm(4)
    for label, value in rows:
        s.box(mm(34), ty, s.width - mm(34), ty + mm(11), width=1)
        s.line(mm(80), ty, mm(80), ty + mm(11), width=1)
        s.text(mm(37), ty + mm(3), label, font("serif", mm(4.4)))
        s.text(mm(84), ty + mm(3), value, font("serif", mm(4.4)))
        ty += mm(11)
    y = flow(s, [("p", f"该船已于{num_date(c.basis_effective - timedelta(days=rng.randint(20, 60)))}办理注销登记，船体已拆解，"
                       "我支队无法协助办理查封登记。"),
                 ("p", "特此函复。")], f, x0=mm(28), width=s.width - mm(56), y=ty + mm(8), line_height=mm(9.4),
             indent=f.size * 2)
    s.right(s.width - mm(30), y + mm(24), cn_date(c.day(15)), f)
    seal(s, s.width - mm(60), y + mm(20), office, rng, radius=mm(21))
    s.text(mm(28), s.height - mm(30), f"（联系人：云海波　电话：0898-6{rng.randint(1000000, 9999999)}）", font("ming", mm(4.2)))
    return [s]


def _hk_permit(c: CaseCtx, p: Party, rng: random.Random) -> Sheet:
    """港澳居民居住证, both faces photocopied on one sheet, with the holder's 与原件一致 note"""
    s = Sheet()
    w, h = int(mm(86) * 1.3), int(mm(54) * 1.3)
    x = (s.width - w) // 2
    grey = (105, 105, 110)
    for top in (mm(34), mm(34) + h + mm(18)):
        s.draw.rounded_rectangle((x, top, x + w, top + h), radius=mm(4), outline=grey, width=3)
    y0 = mm(34)
    f = font("hei", mm(3.9))
    born = p.born or date(1975, 1, 1)
    s.text(x + mm(6), y0 + mm(8), f"姓名　{p.name}", f, fill=grey)
    s.text(x + mm(6), y0 + mm(17), f"性别　{p.sex}　　出生　{born.year}年{born.month}月{born.day}日", f, fill=grey)
    s.text(x + mm(6), y0 + mm(26), "住址　海南省海口市龙华区", f, fill=grey)
    s.text(x + mm(6), y0 + mm(33), "　　　滨海大道（临时居住）", f, fill=grey)
    s.text(x + mm(6), y0 + mm(52), f"公民身份号码　{p.id_number}", font("hei", mm(4.2)), fill=grey)
    s.draw.rectangle((x + w - mm(36), y0 + mm(8), x + w - mm(8), y0 + mm(44)), fill=(150, 150, 155))
    y1 = y0 + h + mm(18)
    s.centred(y1 + mm(10), "中华人民共和国", font("hei", mm(5)), fill=grey, x0=x, x1=x + w)
    s.centred(y1 + mm(20), "港澳居民居住证", font("hei", mm(7.5)), fill=grey, x0=x, x1=x + w)
    s.text(x + mm(8), y1 + mm(40), "签发机关　海口市公安局", f, fill=grey)
    s.text(x + mm(8), y1 + mm(48), f"通行证号码　{c.extra['permit']}", f, fill=grey)
    s.text(x + mm(8), y1 + mm(56), f"有效期限　{num_date(born.replace(year=2021))}-{num_date(born.replace(year=2026))}", f, fill=grey)
    y = y1 + h + mm(14)
    s.text(mm(32), y, f"香港身份证号码：{c.extra['hk_card']}", font("hei", mm(4.4)), fill=grey)
    hand(s, mm(32), y + mm(14), "此复印件与原件一致，仅供龙华法院执行使用", rng, size=mm(5.6), ink=BLUE_INK)
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), "执行和解协议", font("serif_bold", mm(8.5)), spacing=mm(2))
    frozen = c.extra.get("frozen", c.amount / 2)
    rest = c.amount - frozen
    f = font("serif", mm(5))
    y = flow(s, [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
                 ("p", f"甲乙双方就{c.number}执行一案，经龙华区人民法院主持协商，自愿达成和解协议如下："),
                 ("p", f"一、乙方被冻结的存款{frozen:,.2f}元由法院扣划后支付甲方；"),
                 ("p", f"二、余款{rest:,.2f}元，乙方于{num_date(c.extra['pay_day'])}前一次性支付至法院执行款专户；"),
                 ("p", "三、乙方按期履行完毕后，甲方放弃迟延履行期间的债务利息；乙方未按期履行的，甲方可申请恢复执行原生效法律文书。"),
                 ("p", "四、本协议一式三份，双方各执一份，交法院一份附卷。")], f, x0=mm(28), width=s.width - mm(56), y=mm(50),
             line_height=mm(9.4), indent=f.size * 2)
    for k, p in enumerate((a, r)):
        yy = y + mm(20) + k * mm(30)
        s.text(mm(30), yy, "甲方（盖章）：" if k == 0 else "乙方（盖章）：", f)
        if p.kind == "organisation":
            seal(s, mm(100), yy + mm(4), p.name, rng, radius=mm(18))
        signature(s, mm(72), yy - mm(3), p.legal_rep or p.name, rng)
    hand(s, s.width - mm(80), y + mm(82), num_date(c.day(31)), rng, size=mm(5.6), ink=INK)
    return [s]
