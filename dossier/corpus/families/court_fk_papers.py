"""What 浈江法院执行局 receives, each in its sender's style and on its sender's stock: the civil division's 民事判决书 on
the court's emblem 底纹 paper with "－n－" folios and its 生效证明书 on plain paper; the 韶关仲裁委员会's 裁决书 and
生效证明 and the 南华公证处's 公证书 and 执行证书 on green/blue 防伪底纹 paper with a rope border and a pale emblem in
the middle; the lawyers' typed papers in 文楷 under a boxed title, the firm's letter under a red letterhead; 营业执照副本
and 不动产权证书 with coloured rope borders and corner rosettes (sometimes a colour copy, sometimes the copier's grey);
ID cards and 执业证 photocopied, so their patterns turn to grey texture; the 广东省非税收入票据 on its pink tint with a
red serial number; the 查控 printout in a monospaced face and the banks' 对账单 and 电子回单 on pale guilloche with
their name repeated in microtext; the window's printed forms filled in by hand."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import RED, Sheet, mm, seal, text_width
from dossier.corpus.families.court_fk_kit import (
    COURT,
    PEN,
    L,
    Press,
    R,
    T,
    body,
    emblem,
    folios,
    form_title,
    grid,
    ground,
    hei,
    pen,
    photocopy,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "韶关仲裁委员会"
NOTARY = "广东省韶关市南华公证处"
GREEN = (60, 120, 80)
BLUE = (40, 80, 140)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fk import made_on

    d = made_on(c, code)
    tale = c.extra["tale"]
    if code == "enforcement_basis":
        return {"rail": _judgment, "tea": _award, "hakka": _notarial}[tale](c, rng)
    if code == "effectiveness_certificate":
        return {"rail": _in_effect, "tea": _award_effect, "hakka": _exec_certificate}[tale](c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_card(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "organisation":
            return _business_licence(p, c, rng, copy="respondent" in served)
        return _id_card(p, rng)
    if code == "fee_receipt":
        return _fiscal_bill(c, rng)
    if code == "property_clue_form":
        return _clues(c, rng, d)
    if code in ("payment_account_confirmation", "service_address_confirmation", "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _receipts_of_bank(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        rep = "负责人" if "合作社" in p.name else "法定代表人"
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{rep}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _typeset(press: Press, blocks: list[tuple[str, str]], f: Font, lead: float) -> None:
    for kind, text in blocks:
        if kind == "h":
            press.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            press.at(text, f, lead=lead, how="centre")
        elif kind == "r":
            press.at(text, f, lead=lead, how="right")
        else:
            press.para(text, f, lead=lead, indent=f.size * 2)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment, on the court's emblem paper: court and title in 黑体, body in Noto serif,
    signers and date block at the right, "－n－" folios."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(35, 60))
    boxes = c.extra["boxes"]
    story = (f"2022年6月至2023年2月，原告受被告委托，将被告从宝钢集团广东韶关钢铁有限公司采购的螺纹钢、盘螺自韶钢铁路专用线"
             f"装车，经京广线发运至长沙、株洲、广州大朗等站，共计发运集装箱{boxes}箱。双方约定运费按月结算，被告于次月十五日"
             f"前付清。经双方对账，被告尚欠运费及装卸费{c.amount:,.2f}元，原告多次催讨未果。")
    blocks = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}运输合同纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}，被告的法定代表人{r.legal_rep}到庭参加诉讼。"
              "本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.被告支付运费及装卸费{c.amount:,.2f}元及逾期付款利息；2.本案诉讼费由被告负担。"
              f"事实与理由：{story}"),
        ("p", f"{r.name}辩称：欠款属实，因下游工地回款慢暂时无力支付，请求分期。"),
        ("p", f"本院经审理认定事实如下：{story}上述事实，有运输协议、铁路货票、运费对账单及当事人陈述等证据证实。"),
        ("p", "本院认为，原、被告之间的运输合同关系合法有效。原告已完成运输义务，被告应当依约支付运费。依照《中华人民共和国"
              "民法典》第八百零九条、第八百一十三条，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决发生法律效力之日起十日内向原告{a.name}支付运费及装卸费{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条的规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 40}元，减半收取{(int(c.amount) // 100 + 40) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于广东省"
              "韶关市中级人民法院。"),
    ]

    def fresh() -> Sheet:
        s = Sheet(paper=(253, 252, 248))
        ground(s, "court", rng)
        return s

    press = Press(fresh, left=mm(28), right=mm(26))
    s = press.s
    s.centred(T, COURT, hei(54), spacing=3)
    s.centred(T + 90, "民事判决书", hei(76), spacing=28)
    press.y = T + 210
    press.at(c.basis_number, body(40), lead=92, how="right")
    f = body(40)
    _typeset(press, blocks, f, 70)
    press.room(430)
    last, y = press.s, press.y + 50
    x = last.width - mm(108)
    for role, name in (("审　判　员", c.extra.setdefault("civil_judge", person_name(rng))),):
        last.text(x, y, f"{role}　　{name}", f)
        y += 80
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(18, 24)))
    last.text(x + mm(6), y + 10, when, f)
    seal(last, x + mm(6) + text_width(when, f) / 2, y + 26, COURT, rng, radius=mm(20))
    last.text(x, y + 100, "本件与原本核对无异", body(34))
    last.text(x, y + 170, f"书　记　员　　{person_name(rng)}", f)
    return folios(press.sheets, style="dash")


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(T + 30, COURT, body(50), spacing=4)
    s.centred(T + 120, "生效证明书", hei(72), spacing=30)
    press = Press(lambda: s, sheets=[s], y=T + 260)
    f = body(42)
    _typeset(press, [
        ("h", f"当事人：原告{c.applicant.name}，被告{c.respondent.name}。"),
        ("p", f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}运输合同纠纷一案的民事判决书，已于"
              f"{cn_date(c.basis_effective - timedelta(days=16))}送达双方当事人，双方在法定上诉期间内均未提起上诉，该判决书"
              f"已于{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
    ], f, 76)
    y = press.y + 120
    s.right(s.width - R - mm(10), y, "民事审判第一庭", f)
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(3, 9)))
    s.right(s.width - R - mm(10), y + 80, when, f)
    seal(s, s.width - R - mm(10) - text_width(when, f) / 2, y + 90, COURT, rng, radius=mm(20))
    return [s]


def _body_paper(kind: str, rng: random.Random, paper: tuple[int, int, int]) -> Sheet:
    s = Sheet(paper=paper)
    ground(s, kind, rng)
    return s


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The commission's award on its green security paper: name and title in bold Noto song, the body in 文楷, the
    three arbitrators and the secretary, "n/m" at the foot."""
    a, r = c.applicant, c.respondent
    sign_day = c.basis_effective
    goods = "仁化白毛茶（红茶、白茶）、干香菇、灵芝切片"
    blocks = [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"{ARB}（以下简称本会）根据申请人与被申请人于2022年3月签订的《土特产品供货合同》中的仲裁条款和申请人的仲裁申请，"
              f"于{cn_date(sign_day - timedelta(days=80))}受理了本案。本案适用《{ARB}仲裁规则》简易程序，由独任仲裁员审理。"
              f"仲裁庭于{cn_date(sign_day - timedelta(days=30))}开庭，被申请人经书面通知无正当理由未到庭，仲裁庭依法缺席审理。"),
        ("p", f"申请人称：2022年4月至2023年5月，申请人按合同向被申请人在丹霞山景区的门店供应{goods}，被申请人按季结算。"
              f"截至2023年5月，被申请人尚欠货款{c.amount:,.2f}元，经催收未付。"),
        ("p", "仲裁庭认为，双方的供货合同合法有效。申请人提交的送货单、对账函能相互印证，被申请人未到庭也未提交证据，应承担"
              "不利后果。据此，仲裁庭裁决如下："),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付货款{c.amount:,.2f}元；"),
        ("p", "（二）本案仲裁费由被申请人承担。"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付。本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    colour_paper = (248, 252, 246)
    press = Press(lambda: _body_paper("arbitration", rng, colour_paper), left=mm(30), right=mm(28), top=mm(30))
    s = press.s
    s.centred(mm(24), ARB, font("serif_bold", 58), spacing=10, fill=GREEN)
    s.centred(mm(24) + 96, "裁　决　书", font("serif_bold", 76), spacing=10)
    press.y = mm(24) + 220
    press.at(c.basis_number, font("wenkai", 40), lead=90, how="centre")
    f = font("wenkai", 42)
    _typeset(press, blocks, f, 72)
    press.room(360)
    last, y = press.s, press.y + 40
    x = last.width - mm(100)
    last.text(x, y, f"独任仲裁员　{person_name(rng)}", f)
    when = cn_date(sign_day)
    last.text(x, y + 90, when, f)
    seal(last, x + text_width(when, f) / 2, y + 100, ARB, rng, radius=mm(21))
    last.text(x, y + 180, f"书　记　员　{person_name(rng)}", f)
    return folios(press.sheets, style="slash")


def _award_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _body_paper("arbitration", rng, (248, 252, 246))
    s.centred(mm(34), ARB, font("serif_bold", 54), spacing=8, fill=GREEN)
    s.centred(mm(34) + 100, "裁决书送达及生效证明", font("serif_bold", 62), spacing=4)
    s.right(s.width - mm(30), mm(34) + 200, f"韶仲证字〔2024〕第{rng.randint(10, 90)}号", font("wenkai", 38))
    press = Press(lambda: s, sheets=[s], y=mm(34) + 290, left=mm(32), right=mm(30))
    f = font("wenkai", 42)
    _typeset(press, [
        ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，已于{cn_date(c.basis_effective)}"
              f"作出{c.basis_number}裁决书。该裁决书已于{cn_date(c.basis_effective + timedelta(days=4))}以邮寄方式送达双方当事人"
              "（EMS回执附后）。"),
        ("p", "依照《中华人民共和国仲裁法》第五十七条的规定，该裁决书自作出之日起发生法律效力。"),
        ("p", "特此证明。"),
    ], f, 76)
    y = press.y + 120
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(12, 20)))
    s.right(s.width - mm(40), y, when, f)
    seal(s, s.width - mm(40) - text_width(when, f) / 2, y + 10, ARB, rng, radius=mm(21))
    return [s]


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The notary's 公证书 on its blue security paper, the loan contract it certifies bound behind it."""
    a, r = c.applicant, c.respondent
    signed = c.basis_effective - timedelta(days=rng.randint(200, 320))
    due = signed + timedelta(days=180)
    s = _body_paper("notary", rng, (248, 250, 253))
    s.centred(mm(30), "公　证　书", font("serif_bold", 86), spacing=12, fill=BLUE)
    s.right(s.width - mm(30), mm(30) + 130, c.basis_number, body(40))
    press = Press(lambda: _body_paper("notary", rng, (248, 250, 253)), sheets=[s], y=mm(30) + 230, left=mm(30), right=mm(28))
    f = body(40)
    _typeset(press, [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"申请人：{_who(r)}"),
        ("h", "公证事项：赋予债权文书强制执行效力"),
        ("p", f"兹证明出借人{a.name}与借款人{r.name}于{cn_date(signed)}来到本处，在本公证员面前签订了前面的《借款合同》。"
              f"借款人借款{money(c.amount)}，用于{c.extra['restaurant']}的装修及购置厨房设备，借款期限六个月，自{num_date(signed)}"
              f"至{num_date(due)}，月利率百分之一。"),
        ("p", "双方当事人在合同中约定：借款人到期不履行或不完全履行还款义务时，出借人可以向本处申请出具执行证书，并凭执行证书"
              "直接向有管辖权的人民法院申请强制执行，借款人自愿接受强制执行。"),
        ("p", "经查，双方当事人具有完全民事行为能力，意思表示真实，合同内容符合《中华人民共和国民法典》的规定。依照《中华人民"
              "共和国公证法》第三十七条的规定，本公证书所证明的债权文书具有强制执行效力。"),
    ], f, 72)
    press.room(300)
    last, y = press.s, press.y + 50
    last.right(last.width - mm(40), y, NOTARY, f)
    last.right(last.width - mm(40), y + 80, f"公证员　{person_name(rng)}", f)
    when = cn_date(signed)
    last.right(last.width - mm(40), y + 160, when, f)
    seal(last, last.width - mm(40) - text_width(when, f) / 2, y + 150, NOTARY, rng, radius=mm(21))
    return folios(press.sheets, style="dash")


def _exec_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The notary's 执行证书 on the same blue paper."""
    a, r = c.applicant, c.respondent
    s = _body_paper("notary", rng, (248, 250, 253))
    s.centred(mm(30), "执　行　证　书", font("serif_bold", 80), spacing=8, fill=BLUE)
    s.right(s.width - mm(30), mm(30) + 130, c.extra["cert_number"], body(40))
    press = Press(lambda: s, sheets=[s], y=mm(30) + 230, left=mm(30), right=mm(28))
    f = body(40)
    _typeset(press, [
        ("h", f"申请执行人：{_who(a)}"),
        ("h", f"被执行人：{_who(r)}"),
        ("p", f"本处于2023年出具的{c.basis_number}公证书证明的《借款合同》，已赋予强制执行效力。借款期限届满后，被执行人"
              f"{r.name}未按约归还借款。申请执行人于{cn_date(c.basis_effective - timedelta(days=9))}向本处申请出具执行证书。"),
        ("p", "本处经向被执行人核实，被执行人对借款事实及欠款数额无异议。依照《中华人民共和国公证法》第三十七条和"
              "《最高人民法院 司法部关于公证机关赋予强制执行效力的债权文书执行有关问题的联合通知》的规定，证明如下："),
        ("p", f"被执行人{r.name}应向申请执行人{a.name}偿还借款本金{money(c.amount)}及相应利息。"),
        ("p", "申请执行人可持本执行证书及原公证书向有管辖权的人民法院申请强制执行。"),
    ], f, 72)
    y = press.y + 60
    s.right(s.width - mm(40), y, NOTARY, f)
    s.right(s.width - mm(40), y + 80, f"公证员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective)
    s.right(s.width - mm(40), y + 160, when, f)
    seal(s, s.width - mm(40) - text_width(when, f) / 2, y + 150, NOTARY, rng, radius=mm(21))
    return [s]


def _lawyer_head(s: Sheet, title: str) -> float:
    f = font("hei", 70)
    w = text_width(title, f) + 18 * (len(title) - 1)
    x0 = (s.width - w) / 2
    s.box(x0 - mm(8), T - mm(4), x0 + w + mm(8), T + 70 + mm(4), width=3)
    s.centred(T, title, f, spacing=18)
    return T + 70 + mm(16)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed 强制执行申请书 in 文楷 under a boxed title."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    y = _lawyer_head(s, "强制执行申请书")
    press = Press(Sheet, sheets=[s], y=y, left=mm(26), right=mm(24))
    f = font("wenkai", 42)
    basis = {"rail": f"{COURT}{c.basis_number}民事判决书", "tea": f"{ARB}{c.basis_number}裁决书",
             "hakka": f"{c.basis_court}{c.basis_number}公证书及{c.extra.get('cert_number', '')}执行证书"}[c.extra["tale"]]
    _typeset(press, [
        ("h", f"申请执行人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}"),
        ("f", "申请事项："),
        ("p", f"1.请求强制执行被执行人向申请执行人支付{money(c.amount)}；"),
        ("p", "2.被执行人加倍支付迟延履行期间的债务利息；3.本案执行费用由被执行人负担；"),
        ("p", "4.请求对被执行人采取限制消费措施；被执行人有履行能力而拒不履行的，将其纳入失信被执行人名单。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{basis}确定被执行人应支付上述款项。该文书已发生法律效力，"
              "被执行人至今未履行。为维护申请执行人的合法权益，特依法向贵院申请强制执行。"),
        ("f", "此致"),
        ("f", COURT),
    ], f, 72)
    press.room(240)
    last, y = press.s, press.y + 40
    last.right(last.width - mm(30), y, f"申请执行人：{a.name}", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(60), y + 10, a.name, rng, radius=mm(19))
    else:
        pen(last, last.width - mm(60), y + 60, a.name, rng, size=48, ink=(20, 20, 20))
    last.right(last.width - mm(30), y + 140, num_date(c.filed_on - timedelta(days=2)), f)
    return folios(press.sheets, style="slash")


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    y = _lawyer_head(s, "授权委托书")
    press = Press(Sheet, sheets=[s], y=y, left=mm(26), right=mm(24))
    f = font("wenkai", 42)
    _typeset(press, [
        ("h", f"委托人：{_who(a)}"),
        ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，联系电话{c.agent_phone}。"),
        ("p", f"现委托上列受托人在申请执行人{a.name}与被执行人{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的"
              "代理人。"),
        ("p", "代理权限：特别授权，代为申请执行，代为提供财产线索，代为参加执行询问，代为签收法律文书，代为承认、放弃、变更"
              "执行请求，代为进行和解，代为签署和解协议，代为领取执行款项。"),
    ], f, 72)
    y = press.y + 80
    s.text(mm(26), y, "委托人：", f)
    if a.kind == "organisation":
        seal(s, mm(26) + mm(60), y + 20, a.name, rng, radius=mm(19))
        pen(s, mm(26) + mm(36), y + 110, a.legal_rep, rng, size=50, ink=(20, 20, 20))
    else:
        pen(s, mm(26) + mm(36), y - 6, a.name, rng, size=50, ink=(20, 20, 20))
    s.text(mm(110), y, "受托人：", f)
    pen(s, mm(140), y - 6, c.agent, rng, size=50, ink=(20, 20, 20))
    s.right(s.width - mm(30), y + 200, num_date(c.filed_on - timedelta(days=3)), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), c.firm, font("serif_bold", 70), spacing=6, fill=RED)
    s.line(mm(22), mm(22) + 100, s.width - mm(22), mm(22) + 100, width=5, fill=RED)
    s.line(mm(22), mm(22) + 112, s.width - mm(22), mm(22) + 112, width=2, fill=RED)
    s.right(s.width - mm(26), mm(22) + 140, f"粤韶律函〔2024〕第{rng.randint(11, 260)}号", body(38))
    s.centred(mm(22) + 220, "律 师 事 务 所 函", hei(62))
    press = Press(Sheet, sheets=[s], y=mm(22) + 340, left=mm(26), right=mm(24))
    f = body(42)
    _typeset(press, [
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
              "委托代理人。请予接洽。"),
        ("p", "附：授权委托书一份，律师执业证复印件一份。"),
        ("p", f"律师联系电话：{c.agent_phone}。本所地址：{c.extra['firm_addr']}。"),
    ], f, 76)
    y = press.y + 90
    s.right(s.width - mm(40), y, c.firm, f)
    when = num_date(c.filed_on - timedelta(days=3))
    s.right(s.width - mm(40), y + 80, when, f)
    seal(s, s.width - mm(70), y + 60, c.firm, rng, radius=mm(20))
    return [s]


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the two inside pages of the 律师执业证, each with its rope ground, on one A4 sheet."""
    s = Sheet()
    cw, ch = mm(150), mm(100)
    x0 = (s.width - cw) // 2
    for k in range(2):
        y0 = mm(30) + k * (ch + mm(20))
        card = Sheet(size=(cw, ch), paper=(250, 246, 236))
        ground(card, "title", rng)
        f = body(32)
        if k == 0:
            card.centred(mm(12), "中华人民共和国律师执业证", font("serif_bold", 44))
            rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                    ("法律职业资格证号", f"A2015{rng.randint(10**9, 10**10 - 1)}"), ("发证机关", "广东省司法厅")]
            for j, (lab, v) in enumerate(rows):
                card.text(mm(18), mm(28) + j * mm(12), f"{lab}：{v}", f)
        else:
            card.box(mm(12), mm(14), mm(42), mm(54), width=2)
            card.text(mm(16), mm(30), "照片", f)
            for j, line in enumerate((f"姓名：{c.agent}", f"性别：{rng.choice('男女')}",
                                      f"身份证号：{c.extra['licence'][:6]}********", "年度考核：2023年度 称职")):
                card.text(mm(52), mm(18) + j * mm(12), line, f)
            seal(card, mm(120), mm(70), "广东省韶关市司法局", rng, radius=mm(15))
        s.image.paste(card.image, (x0, y0))
        s.box(x0, y0, x0 + cw, y0 + ch, width=2)
        s.lines.extend(card.lines)
    pen(s, mm(40), mm(30) + 2 * (ch + mm(20)), f"与原件核对一致　{c.agent}", rng, size=44, ink=(20, 20, 20))
    photocopy(s, rng)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """Both sides of a resident ID card photocopied on one A4: the card's fine ground turns to grey texture."""
    s = Sheet()
    cw, ch = mm(86), mm(54)
    x0 = (s.width - cw * 1.4) // 2
    for k in range(2):
        card = Sheet(size=(int(cw * 1.4), int(ch * 1.4)), paper=(240, 244, 246))
        ground(card, "bank", rng, issuer="居民身份证")
        f = body(30)
        if k == 0:
            born = p.born or date(1980, 1, 1)
            for j, line in enumerate((f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉",
                                      f"出生　{born.year}年{born.month}月{born.day}日", f"住址　{p.address}")):
                card.text(mm(8), mm(8) + j * mm(12), line[:22], f)
            card.text(mm(8), card.height - mm(14), f"公民身份号码　{p.id_number}", body(32))
            card.box(card.width - mm(36), mm(10), card.width - mm(8), mm(48), width=2)
        else:
            emblem(card, mm(20), mm(20), mm(13), (150, 60, 50), "court", alpha=0.6)
            card.centred(mm(16), "中华人民共和国", font("serif_bold", 38), x0=mm(30))
            card.centred(mm(30), "居民身份证", font("serif_bold", 50), x0=mm(30))
            card.text(mm(12), card.height - mm(28), f"签发机关　韶关市公安局{rng.choice(['浈江', '武江', '曲江'])}分局", f)
            card.text(mm(12), card.height - mm(16), "有效期限　2016.05.12-2036.05.12", f)
        y0 = mm(36) + k * int(ch * 1.4 + mm(24))
        s.image.paste(card.image, (int(x0), y0))
        s.draw.rounded_rectangle((int(x0), y0, int(x0) + card.width, y0 + card.height), radius=mm(4), outline=(60, 60, 60),
                                 width=3)
        s.lines.extend(card.lines)
    pen(s, mm(50), mm(36) + 2 * int(ch * 1.4 + mm(24)), f"此复印件与原件一致　{p.name}", rng, size=44, ink=(20, 20, 20))
    photocopy(s, rng)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random, *, copy: bool) -> list[Sheet]:
    """营业执照（副本） on its coloured rope border with corner rosettes; the respondent's one a grey photocopy."""
    s = Sheet(paper=(252, 250, 244))
    ground(s, "licence", rng)
    emblem(s, s.width / 2, mm(44), mm(15), (200, 50, 40), "court", alpha=0.75)
    s.centred(mm(64), "营 业 执 照", font("serif_bold", 100), spacing=10)
    s.centred(mm(64) + 126, "（副　本）", body(44))
    s.text(mm(30), mm(104), f"统一社会信用代码　{p.id_number}", body(38))
    s.right(s.width - mm(30), mm(104), "副本编号：1-1", body(34))
    coop = "合作社" in p.name
    rows = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
            ("法定代表人" if not coop else "负 责 人", p.legal_rep),
            ("经营范围", {"rail": "铁路货运代理；道路货物运输；装卸搬运；仓储服务。" if "物流" in p.name
                          else "钢材、建筑材料销售；金属制品销售。",
                          "tea": "茶叶种植、加工、销售；食用菌种植；农产品收购。" if coop
                          else "旅游商品、预包装食品、茶叶、土特产品零售；工艺品销售。"}.get(c.extra["tale"], "")),
            ("注册资本", f"人民币{rng.choice([50, 100, 200, 500])}万元"), ("成立日期", f"{rng.randint(2008, 2019)}年"
                                                                         f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住　　所", p.address)]
    y: float = mm(124)
    f = body(38)
    for lab, v in rows:
        s.text(mm(34), y, lab, hei(38))
        press = Press(lambda: s, sheets=[s], y=y, left=mm(74), right=mm(30))
        press.para(v, f, lead=58)
        y = press.y + 26
    s.right(s.width - mm(34), s.height - mm(72), "登记机关", hei(40))
    when = f"{rng.randint(2020, 2023)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    s.right(s.width - mm(34), s.height - mm(58), when, body(38))
    reg = f"韶关市{'仁化县' if c.extra['tale'] == 'tea' else '浈江区' if '物流' in p.name else '曲江区'}市场监督管理局"
    seal(s, s.width - mm(56), s.height - mm(64), reg, rng, radius=mm(20))
    s.text(mm(30), s.height - mm(34), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", body(28))
    if copy:
        pen(s, mm(30), s.height - mm(90), "复印件与工商档案一致", rng, size=40, ink=(20, 20, 20))
        photocopy(s, rng, latent="复印无效" if rng.random() < 0.5 else "")
    else:
        pen(s, mm(30), s.height - mm(90), "与原件一致", rng, size=44, ink=(20, 20, 20))
    return [s]


def _fiscal_bill(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """广东省非税收入票据 on its pink tint, the serial number in red; the lower third of the sheet left blank paper."""
    s = Sheet()
    bill = Sheet(size=(s.width - mm(20), mm(140)), paper=(250, 244, 244))
    ground(bill, "fiscal", rng)
    bill.centred(mm(8), "广东省非税收入票据", font("serif_bold", 60), spacing=8, fill=(150, 40, 40))
    bill.text(mm(10), mm(26), "票据代码：44060124", body(30))
    bill.right(bill.width - mm(10), mm(24), f"No {c.extra['fee_serial']}", font("serif_bold", 44), fill=(210, 30, 30))
    paid = c.filed_on + timedelta(days=rng.randint(3, 6))
    bill.text(mm(10), mm(36), f"交款人：{c.applicant.name}　　执收单位：{COURT}　　开票日期：{paid:%Y-%m-%d}", body(30))
    w = bill.width - mm(20)
    grid(bill, mm(10), mm(46), [mm(60), mm(40), mm(30), w - mm(130)], [
        ["项目名称", "项目编码", "数量", "金额（元）"], ["申请执行费", "103040101", "1", f"{c.extra['fee']:,.2f}"],
        [f"案号：{c.number}", "", "", ""], ["金额合计（大写）", money_caps(Decimal(c.extra["fee"]))]],
        body(30), heights=[mm(11), mm(13), mm(13), mm(13)], labels=(0,), ink=(150, 40, 40))
    bill.text(mm(10), mm(102), f"校验码：{rng.randint(10**9, 10**10 - 1)}　　收款人：{person_name(rng)}　　复核人：{person_name(rng)}",
              body(28))
    seal(bill, bill.width - mm(40), mm(110), "广东省韶关市财政局", rng, radius=mm(17), inner="票据监制章")
    seal(bill, mm(50), mm(112), COURT, rng, radius=mm(17), inner="财务专用章")
    s.image.paste(bill.image, (mm(10), mm(18)))
    s.lines.extend(bill.lines)
    pen(s, mm(20), mm(175), f"{c.number}　预交执行费", rng, size=40)
    return [s]


def _clues(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    sheets = _window_form("property_clue_form", c, rng, d)
    if c.extra["tale"] != "tea":
        return sheets
    # the cooperative's clue: a colour copy of the 不动产权证书 page for the shop at the 丹霞山 south gate
    s = Sheet(paper=(250, 252, 248))
    ground(s, "title", rng)
    s.centred(mm(28), "不动产权证书", font("serif_bold", 80), spacing=10, fill=(40, 100, 70))
    s.right(s.width - mm(30), mm(52), c.extra["shop_cert"], body(36))
    w = s.width - mm(60)
    owner = person_name(rng)
    rows = [["权利人", owner], ["共有情况", "单独所有"], ["坐落", c.extra["shop_addr"]],
            ["不动产单元号", f"440224{rng.randint(100000, 999999)}GB{rng.randint(10000, 99999)}F00010001"],
            ["权利类型", "国有建设用地使用权/房屋所有权"], ["用途", "商业服务/商业"], ["面积", f"房屋建筑面积{rng.randint(28, 86)}.{rng.randint(10, 99)}㎡"],
            ["使用期限", "2011年08月01日起2051年07月31日止"], ["权利其他状况", "抵押：广东仁化农村商业银行"]]
    grid(s, mm(30), mm(66), [mm(44), w - mm(44)], rows, body(36), heights=mm(16), labels=(0,), ink=(40, 80, 60))
    pen(s, mm(34), mm(230), "线索：被执行人在此铺经营，铺内有存货。（申请人提供）", rng, size=40)
    s.page_of = (2, 2)
    sheets[0].page_of = None
    return [*sheets, s]


FORMS = {
    "property_clue_form": ("被执行人财产线索表", [("被执行人", ""), ("财产类型", ""), ("财产所在地/开户行", ""),
                                                ("财产状况说明", ""), ("线索来源", ""), ("提供人（签名）", ""), ("日期", "")]),
    "payment_account_confirmation": ("申请执行人收取执行款账户确认书", [("申请执行人", ""), ("户名", ""), ("开户银行", ""),
                                                                ("账号", ""), ("联系电话", ""), ("确认人（签名）", ""),
                                                                ("日期", "")]),
    "service_address_confirmation": ("送达地址确认书", [("受送达人", ""), ("送达地址", ""), ("邮政编码", ""),
                                                   ("联系电话", ""), ("是否同意电子送达", ""), ("电子送达地址", ""),
                                                   ("受送达人（签名）", ""), ("日期", "")]),
    "property_declaration_form": ("被执行人财产申报表", [("被执行人", ""), ("银行存款", ""), ("不动产", ""), ("车辆", ""),
                                                    ("应收账款", ""), ("其他财产", ""), ("申报人（签名）", ""), ("日期", "")]),
}


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's printed forms, filled in by hand at the window (or by the respondent, the declaration)."""
    title, rows = FORMS[code]
    a, r = c.applicant, c.respondent
    tale = c.extra["tale"]
    s = Sheet()
    y = form_title(s, title)
    s.text(L, y - 22, f"案号：{c.number}", body(32))
    y += 34
    w = s.width - L - R
    heights = [mm(19)] * len(rows)
    if code == "property_declaration_form":
        heights = [mm(17), mm(26), mm(26), mm(20), mm(26), mm(26), mm(18), mm(16)]
    cells = grid(s, L, y, [mm(52), w - mm(52)], [[lab, ""] for lab, _ in rows], body(34), heights=heights)
    right = [b for b in cells if b[0] > L]
    signer = (a.legal_rep if a.kind == "organisation" else a.name) if code != "property_declaration_form" else \
        (r.legal_rep if r.kind == "organisation" else r.name)
    addr_person = c.agent
    values = {
        "property_clue_form": [r.name, {"rail": "银行存款", "tea": "商铺及存货", "hakka": "经营收入、微信收款"}[tale],
                               {"rail": f"{c.extra.get('r_bank', '')}，账号{c.extra.get('r_acct', '')}",
                                "tea": c.extra.get("shop_addr", ""), "hakka": c.extra.get("restaurant", "")}[tale],
                               {"rail": "该账户为被执行人日常收付货款账户", "tea": "被执行人曾在该铺经营，见所附权证",
                                "hakka": "菜馆每日营业，收款码为被执行人本人"}[tale], "申请执行人掌握", signer, num_date(d)],
        "payment_account_confirmation": [a.name, a.name, c.extra["in_bank"], c.extra["in_acct"], a.phone, signer, num_date(d)],
        "service_address_confirmation": [a.name, c.extra["firm_addr"] + f"（代理人{addr_person}收）", "512000", c.agent_phone,
                                         "同意", c.agent_phone + "（短信）", signer, num_date(d)],
        "property_declaration_form": [r.name, {"rail": f"{c.extra.get('r_bank', '')}基本户，余额不详", "tea": "无",
                                               "hakka": "农商行卡一张，余额约三千元"}[tale],
                                      {"rail": "无", "tea": "无（丹霞山商铺系租赁）", "hakka": "无，菜馆铺面系租赁"}[tale],
                                      {"rail": "粤F货车二辆（已抵押）", "tea": "无", "hakka": "无"}[tale],
                                      {"rail": "工地钢材款约六十万元未收回", "tea": "无", "hakka": "无"}[tale],
                                      {"rail": "无", "tea": "库存茶叶已过期", "hakka": "厨房设备一批"}[tale], signer, num_date(d)],
    }[code]
    for v, b in zip(values, right, strict=True):
        pen(s, b[0] + mm(5), b[1] + mm(4), v, rng, size=36 if len(v) < 26 else 30, per_line=30, lead=mm(7))
    s.text(L, cells[-1][3] + 30, "填表说明：请如实填写；所填内容如有变更，应及时书面告知本院。", body(30))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统 printout in a monospaced face; for the companies, the bank's 对账单 on its guilloche."""
    s = Sheet()
    f = font("mono", 30)
    s.text(mm(16), mm(14), "网络执行查控系统　查询反馈结果（总对总）", font("sans_bold", 44))
    s.text(mm(16), mm(26), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", f)
    s.text(mm(16), mm(32), f"查询日期：{d:%Y-%m-%d}　承办人：{c.officer}", f)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "招商银行",
             "广东韶关农村商业银行", "广发银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司", "公安部车辆登记",
             "自然资源部不动产登记"]
    rows = [["序号", "反馈单位", "财产类型", "反馈结果", "余额/数量"]]
    for i, b in enumerate(banks, 1):
        hit = (c.extra["tale"] == "rail" and b == "中国建设银行") or (c.extra["tale"] == "hakka" and b == "财付通支付科技有限公司")
        amt = f"{rng.randint(50000, 600000)}.{rng.randint(10, 99)}" if hit else "0.00"
        kind = "车辆" if "车辆" in b else "不动产" if "不动产" in b else "网络资金" if ("付" in b) else "存款"
        rows.append([str(i), b, kind, "有账户" if hit else "无", amt])
    w = s.width - mm(32)
    grid(s, mm(16), mm(40), [mm(14), mm(74), mm(26), mm(30), w - mm(144)], rows, f, heights=mm(9), labels=(), frame=2)
    s.text(mm(16), s.height - mm(20), f"打印时间：{d:%Y-%m-%d} {rng.randint(9, 16)}:{rng.randint(10, 59)}　共1页", f)
    if c.extra["tale"] == "hakka":
        return [s]
    bank = "中国建设银行" if c.extra["tale"] == "rail" else "广东仁化农村商业银行"
    t = Sheet(paper=(248, 251, 252))
    ground(t, "bank", rng, issuer=bank)
    t.centred(mm(18), f"{bank}　客户账户交易明细（对账单）", font("sans_bold", 46), fill=(20, 70, 100))
    acct = c.extra.get("r_acct") or f"4400{rng.randint(10**13, 10**14 - 1)}"
    t.text(mm(16), mm(34), f"户名：{c.respondent.name}　账号：{acct}　币种：人民币", font("sans", 30))
    t.text(mm(16), mm(41), f"查询期间：{(d - timedelta(days=180)):%Y-%m-%d} 至 {d:%Y-%m-%d}　应{COURT}协查", font("sans", 30))
    bal = Decimal(rng.randint(40000, 120000)) if c.extra["tale"] == "rail" else Decimal(rng.randint(0, 80)) / 10
    rows = [["交易日期", "摘要", "借方发生额", "贷方发生额", "余额"]]
    day = d - timedelta(days=170)
    for _ in range(14):
        day += timedelta(days=rng.randint(5, 14))
        if day > d:
            break
        inc = rng.random() < 0.5
        move = Decimal(rng.randint(500, 90000) if c.extra["tale"] == "rail" else rng.randint(1, 300))
        bal = bal + move if inc else max(Decimal(0), bal - move)
        rows.append([f"{day:%Y-%m-%d}", rng.choice(["货款", "转账", "代发", "手续费", "结息"]), "" if inc else f"{move:,.2f}",
                     f"{move:,.2f}" if inc else "", f"{bal:,.2f}"])
    w = t.width - mm(32)
    grid(t, mm(16), mm(50), [mm(36), mm(30), mm(38), mm(38), w - mm(142)], rows, font("mono", 30), heights=mm(10),
         labels=(), frame=2, ink=(30, 60, 90))
    seal(t, t.width - mm(50), t.height - mm(50), f"{bank}韶关分行", rng, radius=mm(18), inner="业务专用章")
    t.starts_document = True
    return [s, t]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(T, "执行和解协议", font("serif_bold", 70), spacing=16)
    press = Press(Sheet, sheets=[s], y=T + 130, left=mm(26), right=mm(24))
    f = font("wenkai", 42)
    if c.extra["tale"] == "rail":
        terms = [f"一、乙方于{num_date(d + timedelta(days=5))}前将{money(c.amount)}一次性交至{COURT}执行款专户；",
                 "二、甲方放弃迟延履行期间的债务利息，执行费由乙方负担；",
                 "三、乙方付清后，甲方同意法院解除对乙方账户的冻结。"]
    else:
        half = (c.amount / 2).quantize(Decimal("0.01"))
        terms = [f"一、乙方于{num_date(d + timedelta(days=3))}前支付{money(half)}；",
                 f"二、余款{money(c.amount - half)}于{num_date(d + timedelta(days=15))}前付清，均交至{COURT}执行款专户；",
                 "三、乙方按期付清的，甲方放弃利息；任何一期逾期，甲方有权申请恢复执行原公证债权文书。"]
    _typeset(press, [
        ("h", f"甲方（申请执行人）：{a.name}"),
        ("h", f"乙方（被执行人）：{r.name}"),
        ("p", f"{COURT}{c.number}执行一案，经执行法官主持，双方自愿达成和解协议如下："),
        *[("p", t) for t in terms],
        ("p", "本协议一式三份，双方各执一份，交法院一份附卷。"),
    ], f, 72)
    y = press.y + 60
    s.text(mm(30), y, "甲方：", f)
    s.text(mm(115), y, "乙方：", f)
    if a.kind == "organisation":
        seal(s, mm(70), y + 20, a.name, rng, radius=mm(18))
    pen(s, mm(48), y + 60, a.legal_rep if a.kind == "organisation" else a.name, rng, size=48, ink=(20, 20, 20))
    if r.kind == "organisation":
        seal(s, mm(155), y + 20, r.name, rng, radius=mm(18))
    pen(s, mm(133), y + 60, r.legal_rep if r.kind == "organisation" else r.name, rng, size=48, ink=(20, 20, 20))
    s.right(s.width - mm(30), y + 200, num_date(d), f)
    pen(s, mm(30), y + 290, f"已履行完毕，{c.extra['pay_day'].month}月{c.extra['pay_day'].day}日款到专户。{c.officer}", rng,
        size=40, ink=PEN)
    return [s]


def _receipts_of_bank(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The banks' 电子回单 on guilloche with the bank's name in microtext: the respondent paying in, the court paying out."""
    s = Sheet(paper=(250, 252, 253))
    ground(s, "bank", rng, issuer="中国建设银行韶关分行")
    paid = c.extra["pay_day"]
    payer_acct = c.extra.get("r_acct") or f"6230{rng.randint(10**11, 10**12 - 1)}"
    slips = [(c.respondent.name, payer_acct, f"{COURT}", c.extra["court_acct"], paid, f"{c.number}执行款"),
             (f"{COURT}", c.extra["court_acct"], c.applicant.name, c.extra["in_acct"], paid + timedelta(days=2),
              f"{c.number}案款发放")]
    f = font("sans", 30)
    y = mm(16)
    for payer, pacct, payee, eacct, day, use in slips:
        s.box(mm(14), y, s.width - mm(14), y + mm(118), width=3, outline=(30, 90, 130))
        s.centred(y + mm(5), "中国建设银行　单位客户专用回单", font("sans_bold", 44), fill=(20, 60, 120))
        s.text(mm(20), y + mm(17), f"币别：人民币　　日期：{day:%Y年%m月%d日}　　凭证号：{rng.randint(10**11, 10**12 - 1)}", f)
        w = s.width - mm(40)
        grid(s, mm(20), y + mm(26), [mm(22), mm(66), mm(22), w - mm(110)], [
            ["付款人", payer, "收款人", payee], ["账号", pacct, "账号", eacct],
            ["金额", f"{money_caps(c.amount)}　¥{c.amount:,.2f}"], ["用途", use],
            ["流水号", f"{day:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}"]],
            f, heights=mm(14), labels=(0, 2), frame=2, ink=(30, 90, 130))
        seal(s, s.width - mm(48), y + mm(98), "中国建设银行韶关分行", rng, radius=mm(15), inner="电子回单专用章")
        y += mm(134)
    s.text(mm(20), s.height - mm(18), "本回单可通过建行网站验证真伪，重复打印无效。", f)
    return [s]

