"""What 潞州法院执行局 receives, each in its maker's hand: the 长治仲裁委员会's 裁决书 and its 生效证明 (laser, Noto
serif, the committee's name over the title), this court's civil division's 民事判决书 (laser, 明体), a 公证处's 公证书
(laser, 文楷, the repayment agreement behind it), the lawyers' typed applications and papers, a red-letterhead firm
letter, ID card, licence and 执业证 copies, the window's pre-printed forms filled by hand or struck at the window by the
impact printer, the 查控 system's fan-fold printout, and the banks' and registries' answers on multi-part (多联) sets
printed by their own impact printers — the ply kept in the file a pressure copy, violet and soft, on tinted paper."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_fq_kit import (
    COURT,
    LEFT,
    PRE,
    RIGHT,
    TOP,
    Feed,
    Leaf,
    cells,
    continuous,
    feed,
    fill_cell,
    head,
    impact,
    imprint,
    laser,
    margins,
    ply_feed,
    pre,
    tractor,
    typed,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "长治仲裁委员会"
PLY_PAPER = {1: (255, 255, 255), 2: (252, 226, 232), 3: (250, 244, 206)}
PLY_NAME = {1: "第一联　回单", 2: "第二联　收据联", 3: "第三联　收账通知"}


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fq import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return {"vinegar": _award, "colliery": _judgment, "noodle": _notarial}[t](c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence_booklet(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "person":
            return _id_card(p, c, rng)
        return _registry(p, c, rng, d) if p is c.respondent else _business_licence(p, c, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "service_address_confirmation":
        return _address(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _vouchers(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    made = c.basis_effective
    heard = made - timedelta(days=rng.randint(25, 45))
    interest = (c.amount * Decimal("0.04")).quantize(Decimal("0.01"))
    return laser(c, rng, "裁决书", [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"申请人{a.name}与被申请人{r.name}买卖合同纠纷一案，本会依据双方签订的《商品供货合同》中的仲裁条款，于"
              f"{cn_date(heard - timedelta(days=40))}受理，依法组成由首席仲裁员和两名仲裁员组成的仲裁庭，于{cn_date(heard)}"
              "开庭审理。双方均到庭参加了仲裁活动。本案现已审理终结。"),
        ("p", f"申请人称：2022年起，申请人向被申请人所属{c.extra['stores']}家门店供应{c.extra['goods']}，双方约定按月对账、"
              f"票到六十日付款。截至2023年6月，经双方对账确认，被申请人尚欠货款{c.amount:,.2f}元，经多次催要未付。"),
        ("p", "被申请人辩称：对欠款金额无异议，因门店调整经营资金紧张，请求给予分期付款的期限。"),
        ("p", "仲裁庭查明：双方签订的《商品供货合同》系真实意思表示，合法有效。申请人已按约供货，被申请人在对账函上加盖"
              "财务专用章，确认欠款数额。"),
        ("p", "仲裁庭认为，被申请人未按约定支付货款，构成违约，应当承担继续付款及赔偿逾期付款损失的责任。依照《中华人民共和国"
              "民法典》第五百零九条、第五百七十七条、第六百二十六条，《中华人民共和国仲裁法》第七条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付货款{c.amount:,.2f}元；"),
        ("p", f"二、被申请人向申请人支付逾期付款损失{interest:,.2f}元；"),
        ("p", "三、本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ], day=made, signers=[("首席仲裁员", person_name(rng)), ("仲裁员", person_name(rng)), ("仲裁员", person_name(rng))],
        number=c.basis_number, issuer=ARB, seal_name=ARB)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    crew = int(c.extra["crew"])
    heard = c.basis_effective - timedelta(days=rng.randint(40, 70))
    return laser(c, rng, "民事判决书", [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师（法律援助）。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}劳务合同纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易"
              f"程序，于{cn_date(heard)}公开开庭进行了审理。原告及其委托诉讼代理人到庭参加诉讼，被告经传票传唤无正当理由"
              "拒不到庭，本院依法缺席审理。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：判令被告支付劳务费{c.amount:,.2f}元。事实和理由：2022年8月，被告承揽"
              f"{c.extra['mine']}井下掘进、支护劳务后，将其中一个工作面的掘进劳务分包给原告带领的{crew}人班组，约定按进尺"
              "结算。原告班组完成工作后，被告出具结算单确认欠付劳务费，至今未付。"),
        ("p", "本院经审理认定事实如下：原告提交的劳务分包协议、结算单、考勤记录及工友证言相互印证，本院予以确认。"),
        ("p", "本院认为，原告班组已按约完成劳务，被告应当按结算单支付劳务费。依照《中华人民共和国民法典》第五百零九条、"
              f"第五百七十七条，{'《中华人民共和国民事诉讼法》'}第一百四十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}劳务费{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 200 + 25}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于山西省"
              "长治市中级人民法院。"),
    ], day=c.basis_effective - timedelta(days=rng.randint(18, 25)), signers=[("审判员", person_name(rng))],
        number=c.basis_number, body="ming")


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    months = int(c.extra["months"])
    rent = (c.amount / months).quantize(Decimal("1"))
    office = c.basis_court
    sheets = laser(c, rng, "公证书", [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"申请人：{_who(r)}"),
        ("t", "公证事项：具有强制执行效力的债权文书（还款协议）"),
        ("p", f"兹证明出租人{a.name}与承租人{r.name}于{cn_date(c.basis_effective - timedelta(days=3))}来到本处，在本公证员"
              f"面前签订了前面的《还款协议》。承租人{r.name}在{c.extra['premises']}经营“{c.extra['shop']}”，拖欠房屋租金"
              f"{months}个月，共计{c.amount:,.2f}元（月租金约{rent}元）。"),
        ("p", "经查，双方当事人签订协议的行为符合《中华人民共和国民法典》第一百四十三条的规定，协议内容真实、合法，协议上"
              "双方当事人的签字属实。"),
        ("p", f"双方在协议中约定：{r.name}不履行或者不适当履行还款义务时，{a.name}可以向本处申请出具执行证书，并向有管辖权的"
              f"人民法院申请强制执行，{r.name}愿意接受强制执行。依照《中华人民共和国公证法》第三十七条的规定，本公证书具有"
              "强制执行效力。"),
    ], day=c.basis_effective, signers=[("公证员", person_name(rng))], number=c.basis_number, issuer=office,
        seal_name=office, body="wenkai", title_face="serif_bold")
    return sheets


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    t = str(c.extra["tale"])
    if t == "noodle":
        return laser(c, rng, "执行证书", [
            ("h", f"申请执行人：{_who(c.applicant)}"),
            ("h", f"被执行人：{_who(c.respondent)}"),
            ("p", f"本处于{cn_date(c.basis_effective)}出具的{c.basis_number}公证书所证明的还款协议，被执行人未按约履行。经本处"
                  f"核实，被执行人尚欠租金{c.amount:,.2f}元。申请执行人可持本证书向有管辖权的人民法院申请强制执行。"),
        ], day=c.filed_on - timedelta(days=6), number=str(c.extra["cert_number"]), issuer=c.basis_court,
            seal_name=c.basis_court, body="wenkai")
    if t == "vinegar":
        return laser(c, rng, "裁决书生效证明", [
            ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会于{cn_date(c.basis_effective)}"
                  f"作出{c.basis_number}裁决书，已于{cn_date(c.basis_effective + timedelta(days=3))}送达双方当事人。"
                  "该裁决为终局裁决，自作出之日起发生法律效力。"),
            ("p", "截至本证明出具之日，本会未收到人民法院撤销该裁决的通知。"),
            ("p", "特此证明。"),
        ], day=c.filed_on - timedelta(days=rng.randint(4, 9)), number=c.basis_number.replace("裁字", "证字"), issuer=ARB,
            seal_name=ARB)
    return laser(c, rng, "生效证明书", [
        ("p", f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}劳务合同纠纷一案的民事判决书，"
              f"已于{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
    ], day=c.basis_effective + timedelta(days=5), number=c.basis_number.replace("号", "号之一"))


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    face = {"vinegar": "serif", "colliery": "wenkai", "noodle": "kai"}[t]
    what = {"vinegar": f"货款{c.amount:,.2f}元及逾期付款损失", "colliery": f"劳务费{c.amount:,.2f}元",
            "noodle": f"拖欠租金{c.amount:,.2f}元"}[t]
    story = {"vinegar": f"申请人与被申请人买卖合同纠纷一案，经{ARB}审理，作出{c.basis_number}裁决书。",
             "colliery": f"申请人与被申请人劳务合同纠纷一案，经贵院审理，作出{c.basis_number}民事判决书，申请人系代表"
                         f"本人带领的{c.extra.get('crew', '')}名井下工人主张劳务费。",
             "noodle": f"被申请人租用申请人位于{c.extra.get('premises', '')}的房屋经营“{c.extra.get('shop', '')}”，拖欠租金。双方签订还款协议并经"
                       f"{c.basis_court}公证，赋予强制执行效力（{c.basis_number}），公证处已出具执行证书。"}[t]
    sheets, y = typed(rng, "申请执行书" if t != "vinegar" else "强制执行申请书", [
        ("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}"),
        ("t", "申请事项："),
        ("p", f"1. 请求强制执行被执行人支付{what}；"),
        ("p", "2. 请求责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3. 请求对被执行人采取限制消费措施，拒不履行的，将其纳入失信被执行人名单；"),
        ("p", "4. 本案执行费用由被执行人负担。"),
        ("t", "事实与理由："),
        ("p", story + "该法律文书已经发生法律效力，被执行人至今未履行。为此，依照《中华人民共和国民事诉讼法》第二百四十七条"
                      "的规定，特向贵院申请强制执行。"),
        ("t", "此致"),
        ("t", COURT),
    ], face=face, boxed=t == "vinegar")
    s = sheets[-1]
    if y > s.height - mm(60):
        s = Leaf()
        sheets.append(s)
        y = float(TOP)
    s.text(s.width - mm(110), y + mm(8), "申请执行人：", font(face, mm(5.4)))
    if a.kind == "organisation":
        seal(s, s.width - mm(50), y + mm(12), a.name, rng, radius=mm(19))
        signature(s, s.width - mm(70), y + mm(6), a.legal_rep, rng, ink=INK)
    else:
        signature(s, s.width - mm(70), y + mm(6), a.name, rng, ink=INK)
        s.draw.ellipse((s.width - mm(40), y + mm(8), s.width - mm(33), y + mm(16)), fill=(200, 50, 50))
    hand(s, s.width - mm(90), y + mm(24), num_date(d), rng, size=mm(5.5), ink=INK)
    return sheets


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    aid = c.extra["tale"] == "colliery"
    sheets, y = typed(rng, "授权委托书", [
        ("h", f"委托人：{_who(a)}"),
        ("h", f"受托人：{c.agent}，{c.firm}律师，地址{c.extra['firm_addr']}，电话{c.agent_phone}。"),
        ("p", f"现委托上列受托人在委托人申请执行{c.respondent.name}{c.extra['cause']}一案中，作为委托人的执行代理人。"
              + ("受托人系长治市潞州区法律援助中心指派的法律援助律师。" if aid else "")),
        ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请采取执行措施、参加谈话、代为和解、代为签收法律文书、"
              "代为领取执行款。"),
        ("p", "委托期限：自签署之日起至本案执行终结之日止。"),
    ], face="serif", title_face="serif_bold")
    s = sheets[-1]
    f = font("serif", mm(5.2))
    s.text(LEFT, y + mm(12), "委托人：", f)
    s.text(s.width - mm(100), y + mm(12), "受托人：", f)
    if a.kind == "organisation":
        seal(s, LEFT + mm(45), y + mm(18), a.name, rng, radius=mm(18))
        signature(s, LEFT + mm(20), y + mm(10), a.legal_rep, rng, ink=INK)
    else:
        signature(s, LEFT + mm(22), y + mm(10), a.name, rng, ink=INK)
    signature(s, s.width - mm(78), y + mm(10), c.agent, rng, ink=INK)
    hand(s, s.width - mm(100), y + mm(34), num_date(d), rng, size=mm(5.4), ink=INK)
    return sheets


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf()
    red = (190, 30, 40)
    s.centred(mm(26), c.firm, font("serif_bold", mm(9)), fill=red, spacing=mm(0.8))
    s.line(LEFT - mm(5), mm(42), s.width - RIGHT + mm(5), mm(42), width=6, fill=red)
    s.right(s.width - RIGHT, mm(47), f"晋长律函字〔{c.filed_on.year}〕第{rng.randint(8, 180)}号", font("serif", mm(4.6)))
    s.centred(mm(62), "律师事务所函", font("hei", mm(8)), spacing=mm(1.5))
    f = font("serif", mm(5.3))
    s.text(LEFT, mm(82), f"{COURT}：", f)
    aid = c.extra["tale"] == "colliery"
    body = (f"本所接受{c.applicant.name}的委托" + ("（受长治市潞州区法律援助中心指派）" if aid else "") +
            f"，指派{c.agent}律师担任其申请执行{c.respondent.name}{c.extra['cause']}一案的代理人。特此函告，请予接洽。")
    y = float(mm(94))
    for k, part in enumerate(wrap(body, f, s.width - LEFT - RIGHT, indent=f.size * 2)):
        s.text(LEFT + (f.size * 2 if k == 0 else 0), y, part, f)
        y += f.size * 1.8
    y += mm(4)
    for line in (f"承办律师：{c.agent}　执业证号：{c.extra['licence']}", f"联系电话：{c.agent_phone}",
                 f"本所地址：{c.extra['firm_addr']}"):
        s.text(LEFT, y, line, font("serif", mm(4.6)))
        y += mm(8)
    y += mm(16)
    s.right(s.width - RIGHT - mm(10), y, cn_date(d), f)
    seal(s, s.width - RIGHT - mm(35), y - mm(2), c.firm, rng, radius=mm(20))
    return [s]


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Leaf()
    grey = (92, 92, 92)
    x, y, w, h = mm(24), mm(36), mm(162), mm(104)
    s.draw.rectangle((x, y, x + w, y + h), fill=(232, 232, 230), outline=grey, width=3)
    s.line(x + w / 2, y, x + w / 2, y + h, width=2, fill=grey)
    s.draw.rectangle((x + mm(22), y + mm(14), x + mm(58), y + mm(58)), fill=(160, 160, 160))
    s.centred(y + mm(66), "持证人", font("sans", mm(4.2)), x0=x, x1=x + w / 2)
    s.centred(y + mm(76), c.agent, font("sans_bold", mm(5.5)), x0=x, x1=x + w / 2)
    seal(s, x + mm(58), y + mm(56), "山西省司法厅", rng, radius=mm(14))
    tx = x + w / 2 + mm(6)
    s.text(tx, y + mm(8), "中华人民共和国律师执业证", font("sans_bold", mm(4.6)))
    ty = y + mm(22)
    for label, value in (("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", str(c.extra["licence"])),
                         ("发证机关", "山西省司法厅"), ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月")):
        s.text(tx, ty, f"{label}：{value}", font("sans", mm(3.9)))
        ty += mm(12)
    s.text(x, y + h + mm(10), "律师年度考核备案：2023年度　称职　长治市司法局", font("sans", mm(4)))
    hand(s, x + mm(10), y + h + mm(28), "复印件与原件一致", rng, size=mm(7), ink=INK)
    signature(s, x + mm(90), y + h + mm(30), c.agent, rng, ink=INK)
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Leaf()
    w, h = mm(86) * 1.25, mm(54) * 1.25
    x = (s.width - w) / 2
    y1 = mm(34) + rng.uniform(-mm(4), mm(4))
    shade = (224, 224, 222)
    s.draw.rounded_rectangle((x, y1, x + w, y1 + h), radius=mm(4), fill=shade, outline=(110, 110, 110), width=2)
    lab, val = font("hei", mm(3.4)), font("hei", mm(4.2))
    born = p.born or date(1980, 1, 1)
    ty = y1 + mm(7)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                         ("出生", f"{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(6), ty, label, lab, fill=(90, 90, 90))
        s.text(x + mm(20), ty - 2, value, val)
        ty += mm(8.5)
    s.text(x + mm(6), ty, "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(20), ty - 2, p.address[k:k + 12], val)
        ty += mm(6)
    s.text(x + mm(6), y1 + h - mm(10), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(30), y1 + h - mm(11), p.id_number, font("mono", mm(4.6)))
    s.draw.rectangle((x + w - mm(30), y1 + mm(8), x + w - mm(6), y1 + mm(40)), fill=(150, 150, 150))
    y2 = y1 + h + mm(18)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), fill=shade, outline=(110, 110, 110), width=2)
    s.centred(y2 + mm(10), "中华人民共和国", font("hei", mm(6)), x0=x + mm(18), x1=x + w)
    s.centred(y2 + mm(22), "居民身份证", font("hei", mm(8)), x0=x + mm(18), x1=x + w, spacing=mm(2))
    county = {"140431": "沁源县", "140423": "襄垣县", "140425": "平顺县", "140405": "屯留区"}.get(p.id_number[:6], "潞州区")
    s.text(x + mm(8), y2 + h - mm(18), f"签发机关　长治市公安局{county}分局", font("hei", mm(3.6)))
    st = rng.randint(2013, 2021)
    s.text(x + mm(8), y2 + h - mm(10), f"有效期限　{st}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{st + 20}.0"
           f"{rng.randint(1, 9)}.1{rng.randint(0, 9)}", font("hei", mm(3.6)))
    hand(s, x, y2 + h + mm(16), "此复印件仅供潞州区法院执行使用", rng, size=mm(6), ink=INK)
    signature(s, x + mm(70), y2 + h + mm(30), p.name, rng, ink=INK)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Leaf()
    frame = (160, 110, 70)
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(176)
    s.box(x0, y0, x1, y1, width=9, outline=frame)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=frame)
    s.centred(y0 + mm(12), "营业执照", font("serif_bold", mm(12)), spacing=mm(6))
    s.centred(y0 + mm(30), "（副　本）", font("serif", mm(4.6)))
    f = font("serif", mm(4.4))
    s.text(x0 + mm(8), y0 + mm(42), f"统一社会信用代码　{p.id_number}", f)
    ty = y0 + mm(56)
    for label, value in (("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                         ("经营范围", "调味品、粮油、预包装食品批发零售；农副产品收购"), ("注册资本", f"{rng.choice([100, 300, 500])}万元"),
                         ("成立日期", f"{rng.randint(2009, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                         ("住　　所", p.address)):
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(40), ty, value[:28], f)
        ty += mm(12)
    s.text(x1 - mm(80), y1 - mm(34), "登记机关", f)
    seal(s, x1 - mm(48), y1 - mm(30), "长治市潞州区行政审批服务管理局", rng, radius=mm(18))
    s.text(x1 - mm(84), y1 - mm(18), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    y = y1 + mm(14)
    s.centred(y, "法定代表人身份证明书", font("hei", mm(6.5)), spacing=mm(1))
    f2 = font("serif", mm(5))
    s.text(LEFT, y + mm(16), f"　　{p.legal_rep}在我公司任执行董事兼总经理职务，系我公司法定代表人。", f2)
    s.text(LEFT, y + mm(26), "　　特此证明。", f2)
    s.right(s.width - RIGHT - mm(6), y + mm(44), num_date(c.filed_on - timedelta(days=rng.randint(3, 8))), f2)
    seal(s, s.width - RIGHT - mm(36), y + mm(40), p.name, rng, radius=mm(18))
    return [s]


def _ply_form(s: Sheet, x: float, y: float, w: float, title: str, rows: Sequence[Sequence[str]],
              fills: Sequence[tuple[int, int, str]], fd: Feed, rng: random.Random, *, ply: int, colour: tuple[int, int, int],
              heights: float, widths: Sequence[float], side: str = "") -> float:
    """One multi-part slip: its tinted ply, the bank's or registry's printed grid in its own colour, and the fills as
    the ply received them. Returns the y below it."""
    h = mm(14) + heights * len(rows)
    s.draw.rectangle((x, y, x + w, y + h), fill=PLY_PAPER[ply])
    s.centred(y + mm(2.5), title, font("song_gb", mm(5.4)), fill=colour, x0=x, x1=x + w)
    boxes = cells(s, x + mm(3), y + mm(11), widths, rows, heights=heights, labels=tuple(range(0, len(widths) + 1, 2)),
                  f=font("song_gb", mm(3.6)), ink=colour, outer=3, total=w - mm(12))
    for r, k, text in fills:
        fill_cell(s, boxes[r][k], text, fd, rng, px=30, pad=2)
    label = side or PLY_NAME[ply]
    for i, ch in enumerate(label.replace("　", "")):
        s.text(x + w - mm(5.5), y + mm(12) + i * mm(4.2), ch, font("song_gb", mm(3.4)), fill=colour)
    return y + h


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """山西省非税收入一般缴款书, filled by the bank's impact printer; the file keeps the second ply (收据联)."""
    s = Leaf(kind="carbon")
    fd = ply_feed(rng, ply=2)
    fee: Decimal = c.extra["fee"]
    green = (40, 110, 80)
    w = s.width - mm(24)
    s.text(mm(12), mm(10), f"No.{rng.randint(10**9, 10**10 - 1)}", font("mono", mm(4)), fill=(170, 40, 40))
    rows = [["执收单位", "", "缴款码", ""], ["缴款人", "", "案号", ""], ["收入项目", "", "金额（元）", ""],
            ["金额大写", ""], ["收款银行", "", "交易流水", ""]]
    y = _ply_form(s, mm(12), mm(18), w, "山西省非税收入一般缴款书", rows,
                  [(0, 1, SHORT_COURT), (0, 3, f"14{rng.randint(10**16, 10**17 - 1)}"), (1, 1, c.applicant.name[:14]),
                   (1, 3, c.number), (2, 1, "申请执行费"), (2, 3, f"{fee:,.2f}"), (3, 1, money_caps(fee)),
                   (4, 1, c.extra["in_bank"][:12]), (4, 3, f"{c.filed_on:%Y%m%d}{rng.randint(10**6, 10**7 - 1)}")],
                  fd, rng, ply=2, colour=green, heights=mm(15), widths=[mm(28), mm(62), mm(28)])
    seal(s, s.width - mm(60), y - mm(20), c.extra["in_bank"], rng, radius=mm(16), inner="业务受理章")
    s.lines.append(c.filed_on.strftime("%Y-%m-%d"))
    impact(s, *fd.at(mm(20), y + mm(4)), f"缴款日期：{c.filed_on:%Y-%m-%d}", fd, rng, px=30)
    for x in range(0, s.width, mm(2.5)):
        s.line(x, y + mm(20), x + mm(1.3), y + mm(20), width=1, fill=(170, 170, 170))
    return [s]


SHORT_COURT = "长治市潞州区人民法院"


def _registry(p: Party, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The registry's 企业登记信息查询单 for the company the court pursues, the third ply of its impact-printed set."""
    s = Leaf(kind="carbon")
    fd = ply_feed(rng, ply=3)
    blue = (40, 60, 140)
    w = s.width - mm(30)
    rows = [["企业名称", ""], ["统一社会信用代码", "", "登记状态", ""], ["法定代表人", "", "注册资本", ""],
            ["住所", ""], ["经营范围", ""], ["股东", ""], ["查询单位", "", "查询日期", ""]]
    scope = "连锁超市经营；食品、日用百货零售" if "超市" in p.name else "矿山井下劳务分包；建筑劳务分包；劳务派遣（不含境外）"
    y = _ply_form(s, mm(15), mm(30), w, "长治市行政审批服务管理局　企业登记信息查询单", rows,
                  [(0, 1, p.name), (1, 1, p.id_number), (1, 3, "存续"), (2, 1, p.legal_rep),
                   (2, 3, f"{rng.choice([200, 500, 1000])}万元"), (3, 1, p.address[:30]), (4, 1, scope),
                   (5, 1, f"{p.legal_rep}（{rng.choice([60, 70, 80])}%）、{person_name(rng)}"), (6, 1, SHORT_COURT),
                   (6, 3, f"{c.filed_on - timedelta(days=1):%Y-%m-%d}")],
                  fd, rng, ply=3, colour=blue, heights=mm(16), widths=[mm(36), mm(60), mm(24)], side="第三联　查询单位留存")
    s.text(mm(18), y + mm(6), "本查询单仅供人民法院执行使用，加盖查询专用章有效。", font("song_gb", mm(3.8)), fill=blue)
    seal(s, s.width - mm(60), y + mm(6), "长治市行政审批服务管理局", rng, radius=mm(17), inner="查询专用章")
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's pre-printed forms filled by hand: clue form and account confirmation by the applicant's side, the
    property declaration by the respondent."""
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    s = Leaf(kind="hand")
    title = {"property_clue_form": "被执行人财产线索提供表", "payment_account_confirmation": "申请执行人收取执行款账户确认书",
             "property_declaration_form": "被执行人财产申报表"}[code]
    y = head(s, title, form_no={"property_clue_form": "执立-8", "payment_account_confirmation": "执立-9",
                                "property_declaration_form": "执通-3"}[code])
    s.text(LEFT, y - mm(4), "案号：", pre(4.6), fill=PRE)
    hand(s, LEFT + mm(14), y - mm(6), c.number, rng, size=mm(5.2))
    y += mm(6)
    if code == "property_clue_form":
        clue = {"vinegar": f"被执行人在{c.extra.get('r_bank', '')}开有基本户，门店收银走银联POS和微信；各门店库存商品",
                "colliery": f"被执行人在{c.extra.get('mine', '')}有未结劳务款；公司有皮卡车一辆",
                "noodle": f"被执行人经营的{c.extra.get('shop', '')}每日营业收入；微信收款码"}[t]
        rows = [("被执行人", r.name), ("证照号码", r.id_number), ("住所/住址", r.address), ("财产线索", clue),
                ("线索来源", "申请执行人掌握")]
        signer = a.legal_rep or a.name
    elif code == "payment_account_confirmation":
        rows = [("申请执行人", a.name), ("户　名", a.name), ("开户银行", str(c.extra["in_bank"])),
                ("账　号", str(c.extra["in_acct"])), ("联系电话", a.phone)]
        signer = a.legal_rep or a.name
    else:
        nil = t == "colliery"
        rows = [("申报人", r.name), ("银行存款", "无" if nil else f"{c.extra.get('r_bank', '晋商银行')}基本户，余额以银行为准"),
                ("不动产", "无"), ("车辆", "无（皮卡车已于2023年转让）" if nil else "无"),
                ("对外债权", "对煤业公司的劳务款已被另案扣划" if nil else "无"),
                ("其他", "公司已停业，办公室已退租" if nil else "门店设备、库存商品")]
        signer = r.legal_rep or r.name
    w = s.width - LEFT - RIGHT
    boxes = cells(s, LEFT, y, [mm(40), w - mm(40)], [[label, ""] for label, _ in rows],
                  heights=[mm(26) if len(v) > 24 else mm(15) for _, v in rows])
    for (_label, value), row in zip(rows, boxes, strict=True):
        bx = row[1]
        ty = bx[1] + mm(3)
        for k in range(0, len(value), 24):
            hand(s, bx[0] + mm(3), ty, value[k:k + 24], rng, size=mm(5.2))
            ty += mm(8)
    y = boxes[-1][0][3] + mm(10)
    s.text(LEFT, y, "本人保证以上内容真实、完整，如有虚假，愿承担法律责任。", pre(4.4), fill=PRE)
    s.text(s.width - RIGHT - mm(95), y + mm(16), "签名（盖章）：", pre(4.8), fill=PRE)
    signature(s, s.width - RIGHT - mm(55), y + mm(13), signer, rng, ink=BLUE_INK)
    hand(s, s.width - RIGHT - mm(70), y + mm(30), num_date(d), rng, size=mm(5.2))
    imprint(s, f"{COURT}监制")
    return [s]


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """送达地址确认书: the window's clerk strikes the party's particulars in on the impact printer; the party signs."""
    s = Leaf(kind="impact")
    fd = feed(c, rng)
    y = head(s, "送达地址确认书", form_no="执立-6")
    rows = [["案号", ""], ["受送达人", ""], ["送达地址", ""], ["收件人", "", "联系电话", ""], ["电子送达", ""],
            ["告知事项", "1.受送达人应如实提供确认的送达地址；2.送达地址变更的，应当及时书面告知人民法院；3.因送达地址不准确、"
                        "拒不提供或变更未告知，导致文书未能实际接收的，文书退回之日视为送达之日。"], ["受送达人签名", ""]]
    boxes = cells(s, LEFT, y, [mm(36), mm(58), mm(28)], rows, heights=[mm(15)] * 5 + [mm(36), mm(24)], labels=(0, 2),
                  total=s.width - LEFT - RIGHT)
    a = c.applicant
    fill_cell(s, boxes[0][1], c.number, fd, rng)
    fill_cell(s, boxes[1][1], a.name, fd, rng)
    fill_cell(s, boxes[2][1], c.extra["firm_addr"] if c.agent else a.address, fd, rng, px=32)
    fill_cell(s, boxes[3][1], c.agent, fd, rng)
    fill_cell(s, boxes[3][3], c.agent_phone, fd, rng, px=30)
    fill_cell(s, boxes[4][1], f"同意　短信：{c.agent_phone}", fd, rng, px=32)
    signature(s, boxes[6][1][0] + mm(20), boxes[6][1][1] + mm(6), c.agent, rng, ink=BLUE_INK)
    hand(s, boxes[6][1][0] + mm(80), boxes[6][1][1] + mm(8), num_date(c.filed_on), rng, size=mm(5))
    imprint(s, f"{COURT}监制　执立-6　2019年版")
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 feedback on fan-fold paper from the bureau's impact printer; behind it, as a paper of its own, the
    answer a bank or registry sent on its multi-part set."""
    r = c.respondent
    t = str(c.extra["tale"])
    strips = rng.choice(["both", "none", "right"])
    s = continuous(strips=strips)
    tractor(s, rng, left=strips == "both", right=strips in ("both", "right"))
    fd = feed(c, rng, steady=True)
    x0, x1 = margins(s, strips)
    y = float(mm(16))
    impact(s, x0 + mm(20), y, "网络执行查控系统  查询结果反馈", fd, rng, px=mm(6))
    y += mm(12)
    for line in (f"案号:{c.number}", f"被查询人:{r.name}  证照号码:{r.id_number}",
                 f"承办人:{c.officer}  查询方式:总对总  发起日期:{d:%Y-%m-%d}"):
        impact(s, x0, y, line, fd, rng, px=28)
        y += mm(6.5)
    rule = "=" * 70
    impact(s, x0, y, rule, fd, rng, px=24, record=False)
    y += mm(6)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "晋商银行",
             "长治银行", "山西省农村信用社", "兴业银行", "支付宝", "财付通", "公安部交管局(车辆)", "自然资源部(不动产)",
             "中国结算(证券)", "市场监管总局(股权)", "中国银保信(保险)"]
    for i, unit in enumerate(units, 1):
        if t == "vinegar" and unit in ("晋商银行", "中国建设银行") and unit in str(c.extra.get("r_bank", "")):
            res = f"存款 余额{c.amount * Decimal('1.12'):,.2f}"
        elif t == "noodle" and unit == "财付通":
            res = f"网络资金 余额{rng.randint(100, 2000)}.{rng.randint(10, 99)}"
        elif i <= 10:
            res = "无账户" if t == "colliery" or rng.random() < 0.5 else f"存款 余额{rng.randint(0, 90)}.{rng.randint(10, 99)}"
        else:
            res = "未查询到财产"
        line = f"{i:>2} {unit:<12} {res}"
        impact(s, x0, y, line, fd, rng, px=28)
        impact(s, x1 - mm(34), y, f"{d + timedelta(days=rng.randint(0, 3)):%m-%d}", fd, rng, px=28, record=False)
        y += mm(7)
    impact(s, x0, y, rule, fd, rng, px=24, record=False)
    y += mm(7)
    impact(s, x0, y, f"打印人:{c.clerk}  打印时间:{d + timedelta(days=4):%Y-%m-%d %H:%M}", fd, rng, px=28)
    reply = _reply(c, rng, d)
    reply.starts_document = True
    return [s, reply]


def _reply(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    t = str(c.extra["tale"])
    ply = 2 if t == "vinegar" else 3
    s = Leaf(kind="carbon")
    fd = ply_feed(rng, ply=ply)
    w = s.width - mm(30)
    r = c.respondent
    if t == "vinegar":
        bank = str(c.extra["r_bank"])
        rows = [["来文单位", "", "文号", ""], ["被查询人", ""], ["账号", "", "账户状态", ""], ["余额（元）", "", "查询日", ""],
                ["备注", ""]]
        fills = [(0, 1, SHORT_COURT), (0, 3, c.number), (1, 1, r.name), (2, 1, str(c.extra["r_acct"])), (2, 3, "正常"),
                 (3, 1, f"{c.amount * Decimal('1.12'):,.2f}"), (3, 3, f"{d + timedelta(days=2):%Y-%m-%d}"),
                 (4, 1, "基本存款账户，无其他冻结")]
        title, colour, issuer = f"{bank}　协助查询存款回执", (150, 40, 50), bank
    else:
        issuer = "长治市不动产登记中心" if t == "colliery" else "长治市公安局交通警察支队车辆管理所"
        what = "不动产登记信息" if t == "colliery" else "机动车登记信息"
        rows = [["查询单位", "", "文号", ""], ["被查询人", ""], ["证件号码", ""], ["查询内容", ""], ["查询结果", ""],
                ["经办人", "", "日期", ""]]
        fills = [(0, 1, SHORT_COURT), (0, 3, c.number), (1, 1, r.name), (2, 1, r.id_number), (3, 1, what),
                 (4, 1, "经查，未发现被查询人名下有登记记录"), (5, 1, person_name(rng)),
                 (5, 3, f"{d + timedelta(days=3):%Y-%m-%d}")]
        title, colour = f"{issuer}　查询结果告知单", (40, 60, 140)
    y = _ply_form(s, mm(15), mm(30), w, title, rows, fills, fd, rng, ply=ply, colour=colour, heights=mm(16),
                  widths=[mm(30), mm(66), mm(24)], side="" if t == "vinegar" else "第三联　法院留存")
    seal(s, s.width - mm(62), y + mm(12), issuer, rng, radius=mm(17), inner="业务专用章")
    return s


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if c.extra["tale"] == "vinegar":
        paras = [("h", f"甲方（申请执行人）：{a.name}"), ("h", f"乙方（被执行人）：{r.name}"),
                 ("p", f"甲乙双方就{c.number}执行一案，在{COURT}执行人员主持下，经协商自愿达成和解协议如下："),
                 ("p", f"一、乙方于{num_date(c.extra['pay_day'])}前一次性向法院执行款专户交付{money(c.amount)}；"),
                 ("p", "二、乙方按期交清后，甲方放弃逾期付款损失及迟延履行期间的债务利息，申请法院解除对乙方账户的冻结；"),
                 ("p", "三、乙方逾期不交付的，甲方可申请恢复执行原裁决；"),
                 ("p", "四、本协议一式三份，双方各执一份，交法院附卷一份。")]
    else:
        plan = "；".join(f"{num_date(day)}前支付{amt:,.2f}元" for day, amt in c.extra["instalments"])
        paras = [("h", f"甲方（申请执行人）：{a.name}"), ("h", f"乙方（被执行人）：{r.name}（{c.extra['shop']}经营者）"),
                 ("p", f"甲乙双方就{c.number}执行一案，经协商自愿达成分期履行的和解协议如下："),
                 ("p", f"一、乙方拖欠甲方房租共计{c.amount:,.2f}元，分三期付清：{plan}，均交至法院执行款专户；"),
                 ("p", "二、乙方按期付清的，甲方放弃迟延履行期间的债务利息；任何一期逾期的，甲方可申请恢复执行；"),
                 ("p", "三、乙方继续租用门面的，自本协议签订之月起按月预付租金，另行结算。")]
    sheets, y = typed(rng, "执行和解协议", paras, face="serif", title_face="serif_bold", size_mm=5.2)
    s = sheets[-1]
    f = font("serif", mm(5))
    s.text(LEFT, y + mm(10), "甲方：", f)
    s.text(s.width / 2 + mm(5), y + mm(10), "乙方：", f)
    if a.kind == "organisation":
        seal(s, LEFT + mm(40), y + mm(16), a.name, rng, radius=mm(18))
    signature(s, LEFT + mm(16), y + mm(8), a.legal_rep or a.name, rng, ink=BLUE_INK)
    if r.kind == "organisation":
        seal(s, s.width / 2 + mm(45), y + mm(16), r.name, rng, radius=mm(18))
    signature(s, s.width / 2 + mm(22), y + mm(8), r.legal_rep or r.name, rng, ink=BLUE_INK)
    s.text(LEFT, y + mm(36), f"签订日期：{num_date(d)}", f)
    s.text(LEFT, y + mm(48), f"见证人（执行员）：{c.officer}", f)
    return sheets


def _vouchers(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The money's slips pasted on a 票据粘贴单: the bank's 进账单 for each payment into the court's account (third ply,
    收账通知) and the court's 案款发放 slip (the case system's fills struck onto its form)."""
    s = Leaf(kind="carbon")
    s.centred(mm(8), "票 据 粘 贴 单", font("song_gb", mm(5.5)), spacing=mm(2))
    s.text(mm(12), mm(16), f"案号：{c.number}", font("song_gb", mm(4)))
    payments: list[tuple[date, Decimal]] = (list(c.extra["instalments"]) if c.extra["tale"] == "noodle"
                                            else [(c.extra["pay_day"], c.amount)])
    y = float(mm(24))
    w = s.width - mm(24)
    gap = mm(5) if len(payments) > 2 else mm(10)
    payer_acct = f"62{rng.randint(10**15, 10**16 - 1)}"
    for day, amount in payments:
        fd = ply_feed(rng, ply=3)
        rows = [["出票人", "", "收款人", ""], ["账号", "", "账号", ""], ["金额", "", "大写", ""], ["用途", "", "日期", ""]]
        payer = c.respondent
        y = _ply_form(s, mm(12), y, w, "中国工商银行　进账单（收账通知）", rows,
                      [(0, 1, payer.name[:16]), (0, 3, f"{SHORT_COURT}执行款专户"),
                       (1, 1, payer_acct), (1, 3, str(c.extra["court_acct"])),
                       (2, 1, f"¥{amount:,.2f}"), (2, 3, money_caps(amount)[:14]), (3, 1, f"{c.number}执行款"),
                       (3, 3, f"{day:%Y-%m-%d}")], fd, rng, ply=3, colour=(150, 40, 50), heights=mm(11),
                      widths=[mm(20), mm(68), mm(20)])
        seal(s, s.width - mm(40), y - mm(14), "中国工商银行长治英雄路支行", rng, radius=mm(12), inner="转讫")
        y += gap
    last = payments[-1][0] + timedelta(days=3)
    fd = ply_feed(rng, ply=1)
    rows = [["领款人", "", "账户", ""], ["发放金额", "", "发放日期", ""], ["承办人", "", "审批", ""]]
    y = _ply_form(s, mm(12), y, w, f"{SHORT_COURT}　执行案款发放凭证", rows,
                  [(0, 1, c.applicant.name[:16]), (0, 3, str(c.extra["in_acct"])), (1, 1, f"{c.amount:,.2f}元"),
                   (1, 3, f"{last:%Y-%m-%d}"), (2, 1, c.officer), (2, 3, "已审批")], fd, rng, ply=1, colour=PRE,
                  heights=mm(11), widths=[mm(24), mm(64), mm(22)], side="存根联")
    seal(s, s.width - mm(55), y - mm(16), COURT, rng, radius=mm(15))
    s.page_of = None
    if y < s.height - mm(20):
        s.text(mm(12), y + mm(4), "（以上票据粘贴于此，骑缝处加盖经办人名章）", font("song_gb", mm(3.6)))
    return [s]
