"""What 城区法院执行局 receives, each paper in its maker's look: this court's civil division's 民事判决书 (明体, a 黑体
title, "- n -" folios, the copy stamp 本件与原本核对无异) and its 生效证明书; 阳城县人民法院's judgment in a GB 宋 with
"第 n 页 共 m 页" and a 骑缝章 down the right edge; 晋城仲裁委员会's 裁决书 in 楷体 under a red committee name, and its
secretariat's 生效证明; the lawyers' typed applications and powers of attorney, the firm's red-letterhead 函, licence and
ID-card copies drawn as grey photocopied cards, a business licence copy; the window's forms filled in by the parties in
blue ballpoint; the 山西省非税收入 缴款书; the 查控 system's printout and a bank's reply letter; the parties' typed
和解协议; a bank's electronic receipt; the hospital's 居民死亡医学证明（推断）书 and a village committee's handwritten
证明 on its letterhead."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import RED, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_go_kit import (
    COURT,
    GEL,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    fingerprint,
    grid,
    label,
    number_pages,
    serif,
)
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import half_seal, printable, scrawl, stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher", "evidence",
})
ARB = "晋城仲裁委员会"
YANGCHENG = "山西省阳城县人民法院"
PARTY_PEN = (26, 48, 150)
"""the parties' blue ballpoint (the clerks write blue-black)"""
COPY_GREY = (232, 232, 228)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def hand(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
         ink: tuple[int, int, int] = PARTY_PEN, per_line: int = 0, lead: float = 0.0) -> float:
    """A party's handwriting (AR PL 楷, rounder than the clerks'); returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        scrawl(s, x, y, part, rng, role="kai", size=size, ink=ink, slant=7.0)
        y += lead or size * 1.45
    return y


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_go import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return {"loan": _own_judgment, "freight": _award, "pottery": _yangcheng_judgment}[_tale(c)](c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
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
            return _business_licence(p, c, rng)
        return [_id_copy(p, rng, c)]
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _bank_receipt(c, rng)
    if code == "evidence":
        return _death_certificate(c, rng) if "death" in served else _village_note(c, rng, d)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        rep = "经营者" if p.name.endswith("经营部") else "法定代表人"
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{rep}：{p.legal_rep}。"
    born = p.born or date(1970, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _typeset(sheets: list[Sheet], y: float, blocks: list[tuple[str, str]], f: Font, *, lead: float, role: str = "",
             left: float = LEFT, right: float = RIGHT) -> Flow:
    run = Flow(sheets[0], y, left=left, right=right)
    for kind, text in blocks:
        text = printable(role, text)
        if kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "f":
            run.para(text, f, lead=lead)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2)
    return run


def _folio(sheets: list[Sheet], style: str, f: Font) -> list[Sheet]:
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if style == "dash":
            if n > 1:
                s.centred(s.height - mm(15), f"- {i} -", f)
        else:
            s.right(s.width - mm(22), s.height - mm(15), printable("song_gb", f"第 {i} 页  共 {n} 页"), f)
            s.page_of = (i, n)
    return sheets


def _own_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil division: 明体 body, 黑体 title, 审判员 sitting alone (简易程序), folios "- n -"."""
    a, r = c.applicant, c.respondent
    p, i = c.extra["principal"], c.extra["interest"]
    lent = c.extra["lent_on"]
    heard = c.basis_effective - timedelta(days=rng.randint(40, 60))
    story = (f"{r.name}与{a.name}系朋友关系。{num_date(lent)}，{r.name}以购买运煤半挂车需要资金为由向{a.name}借款{p:,.0f}元，"
             f"{a.name}当日通过银行转账交付，{r.name}出具借条一张，约定借期一年。借期届满后，{r.name}仅支付部分利息，"
             "本金至今未还。")
    blocks = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告{r.name}到庭参加诉讼。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告偿还借款本金{p:,.0f}元及利息{i:,.0f}元；2.诉讼费用由被告负担。"
              f"事实和理由：{story}"),
        ("p", f"{r.name}辩称：借款属实，因跑运输亏损、车辆已顶账，暂无能力偿还，请求分期。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", "本院认为，合法的借贷关系受法律保护。原告提交的借条、银行转账凭证足以证明双方借贷关系成立且借款已实际交付，"
              "被告应当按约偿还借款本息。依照《中华人民共和国民法典》第六百六十七条、第六百七十四条、第六百七十六条，"
              "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{p:,.0f}元，利息{i:,.0f}元，合计{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍"
              "支付迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 30}元，减半收取{(int(c.amount) // 100 + 30) // 2}元，由被告{r.name}负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于山西省"
              "晋城市中级人民法院。"),
    ]
    s = Sheet()
    s.centred(TOP, COURT, font("ming", 54), spacing=6)
    s.centred(TOP + 92, "民事判决书", font("hei", 80), spacing=40)
    s.right(s.width - mm(28), TOP + 220, c.basis_number, font("ming", 40))
    f = font("ming", 41)
    run = _typeset([s], TOP + 310, blocks, f, lead=72, left=mm(30), right=mm(28))
    run.need(440)
    last, y = run.s, run.y + 60
    x = last.width - mm(100)
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    last.text(x, y, f"审判员　{judge}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24)))
    last.text(x, y + 110, when, f)
    seal(last, x + text_width(when, f) / 2, y + 124, COURT, rng, radius=mm(20))
    last.text(x, y + 200, f"书记员　{person_name(rng)}", f)
    stamp(last, LEFT, y + 220, ["本件与原本核对无异"], rng, size_mm=4.2, face="kai")
    return _folio(run.sheets, "dash", font("ming", 30))


def _yangcheng_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """阳城县人民法院's judgment: GB 宋 body (○ for 〇), title inside two rules, 第 n 页 共 m 页, 骑缝章 on the right edge."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(35, 55))
    goods = "黑釉陶茶具、土陶砂锅、琉璃摆件"
    story = (f"2022年4月至2023年3月，被告为装修、经营其在{c.extra['homestay_at']}开办的“{c.extra['homestay']}”，多次从原告处"
             f"购买{goods}等陶瓷制品，原告均按约送货至民宿。2023年3月双方对账，被告在对账单上签字确认尚欠货款{c.amount:,.2f}元，"
             "约定于2023年6月底前付清。到期后被告以客源不足为由未付。")
    blocks = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用简易程序"
              f"公开开庭进行了审理。原告的经营者{a.legal_rep}及委托诉讼代理人{c.agent}到庭参加诉讼，被告{r.name}经传票传唤无正当"
              "理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告支付货款{c.amount:,.2f}元。事实和理由：{story}"),
        ("p", "被告未到庭，亦未提交书面答辩意见。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", "本院认为，原、被告之间的买卖合同关系合法有效。原告已依约交付货物，被告签字确认欠款而未按期支付，应当承担"
              "付款责任。依照《中华人民共和国民法典》第五百七十九条、第六百二十六条，《中华人民共和国民事诉讼法》第一百四十七条"
              "的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍"
              "支付迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 20}元，减半收取{(int(c.amount) // 100 + 20) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状，上诉于山西省晋城市中级人民法院。"),
    ]
    s = Sheet()
    s.centred(TOP, YANGCHENG, font("serif_bold", 52), spacing=4)
    y: float = TOP + 86
    s.line(mm(40), y, s.width - mm(40), y, width=2)
    s.centred(y + 16, "民 事 判 决 书", font("song_gb", 72), spacing=8)
    s.line(mm(40), y + 110, s.width - mm(40), y + 110, width=2)
    s.centred(y + 130, c.basis_number, font("song_gb", 38))
    f = font("song_gb", 40)
    run = _typeset([s], y + 210, blocks, f, lead=70, role="song_gb", left=mm(29), right=mm(27))
    run.need(420)
    last, foot = run.s, run.y + 60
    x = last.width - mm(98)
    y = foot
    for role, name in (("审 判 员", person_name(rng)),):
        last.text(x, y, f"{role}　{name}", f)
    when = printable("song_gb", cn_date(c.basis_effective - timedelta(days=rng.randint(16, 22))))
    last.text(x, y + 100, when, f)
    seal(last, x + text_width(when, f) / 2, y + 112, YANGCHENG, rng, radius=mm(20))
    last.text(x, y + 190, f"书 记 员　{person_name(rng)}", f)
    sheets = _folio(run.sheets, "mn", font("song_gb", 28))
    if len(sheets) > 1:
        for k, sh in enumerate(sheets):
            half_seal(sh, YANGCHENG, rng, depth=0.38, at=0.42 + 0.02 * k)
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """晋城仲裁委员会's award: the committee's name in red 宋 with a red rule, 楷体 body, three arbitrators."""
    a, r = c.applicant, c.respondent
    tons, rate, paid = c.extra["tons"], c.extra["rate"], c.extra["paid"]
    owed = c.extra["freight"] - paid
    heard = c.basis_effective - timedelta(days=rng.randint(25, 45))
    s = Sheet()
    s.centred(TOP - 10, ARB, font("serif_bold", 66), spacing=14, fill=RED)
    s.line(LEFT, TOP + 82, s.width - RIGHT, TOP + 82, width=5, fill=RED)
    s.centred(TOP + 120, "裁 决 书", font("hei", 76), spacing=12)
    s.centred(TOP + 222, c.basis_number, font("kai", 40))
    f = font("kai", 42)
    blocks = [
        ("h", f"申请人：{_who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), ("h", f"被申请人：{_who(r)}"),
        ("p", f"本会根据申请人与被申请人于2022年3月签订的《煤炭运输合同》中的仲裁条款及申请人的仲裁申请，于"
              f"{cn_date(heard - timedelta(days=40))}受理本案，依照《晋城仲裁委员会仲裁规则》组成仲裁庭，于{cn_date(heard)}"
              "开庭审理。申请人的委托代理人到庭，被申请人经书面通知无正当理由未到庭，仲裁庭依法缺席审理。本案现已审理终结。"),
        ("p", f"申请人称：双方约定由申请人车队将被申请人购自{c.extra['mine']}煤矿的无烟煤运至{c.extra['plant']}，运价每吨{rate}元，"
              f"按月结算。2022年4月至2023年1月，申请人共承运{tons:,.0f}吨，运费{c.extra['freight']:,.2f}元，被申请人仅支付"
              f"{paid:,.2f}元，余款{owed:,.2f}元经催要未付。"),
        ("p", "仲裁庭查明：申请人提交的运输合同、过磅单、对账单及付款记录相互印证，可以证明上述事实。"),
        ("p", "仲裁庭认为，双方签订的运输合同合法有效。申请人已完成运输义务，被申请人应当按约支付运费。依照《中华人民共和国"
              "民法典》第八百零九条、第八百一十三条，《中华人民共和国仲裁法》第四十二条、第五十一条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付运费{owed:,.2f}元；"),
        ("p", f"二、本案仲裁费{c.extra['arb_fee']:,.2f}元，由被申请人负担（申请人已预交，被申请人随上述款项一并支付给申请人）。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    run = _typeset([s], TOP + 310, blocks, f, lead=72, left=mm(28), right=mm(26))
    run.need(430)
    last, y = run.s, run.y + 50
    x = last.width - mm(96)
    for role in ("首席仲裁员", "仲　裁　员", "仲　裁　员"):
        last.text(x - mm(8), y, f"{role}　{person_name(rng)}", f)
        y += 70
    when = cn_date(c.basis_effective)
    last.text(x, y + 30, when, f)
    seal(last, x + mm(30), y + 40, ARB, rng, radius=mm(21))
    last.text(x - mm(8), y + 116, f"秘　　书　{person_name(rng)}", f)
    return _folio(run.sheets, "dash", font("kai", 30))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    t = _tale(c)
    s = Sheet()
    if t == "freight":
        s.centred(TOP, ARB, font("serif_bold", 60), spacing=12, fill=RED)
        s.line(LEFT, TOP + 76, s.width - RIGHT, TOP + 76, width=4, fill=RED)
        s.centred(TOP + 120, "仲裁裁决书生效证明", font("hei", 62), spacing=6)
        body = [("f", f"{COURT}："),
                ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}运输合同纠纷一案，本会于{cn_date(c.basis_effective)}"
                      f"作出{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力，已于"
                      f"{cn_date(c.basis_effective + timedelta(days=3))}送达双方当事人。"),
                ("p", "截至本证明出具之日，本会未收到人民法院撤销或者不予执行该裁决的通知。"), ("p", "特此证明。")]
        f = font("kai", 42)
        run = _typeset([s], TOP + 250, body, f, lead=74)
        y = run.y + 90
        when = cn_date(c.basis_effective + timedelta(days=rng.randint(14, 30)))
        s.right(s.width - RIGHT - mm(10), y, "晋城仲裁委员会秘书处", f)
        s.right(s.width - RIGHT - mm(10), y + 80, when, f)
        seal(s, s.width - RIGHT - mm(45), y + 60, ARB, rng, radius=mm(20))
        return [s]
    issuer = COURT if t == "loan" else YANGCHENG
    role = "song_gb" if t == "pottery" else "ming"
    f = font(role, 42)
    s.centred(TOP, issuer, font("serif_bold", 52), spacing=5)
    s.centred(TOP + 100, "生效证明书", font("hei", 72), spacing=26)
    s.right(s.width - RIGHT, TOP + 210, c.basis_number.replace("号", "号之一"), f)
    cause = c.extra["cause"]
    body = [("p", f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{cause}一案的民事判决书，已于"
                  f"{cn_date(c.basis_effective)}发生法律效力。"), ("p", "特此证明。")]
    run = _typeset([s], TOP + 310, body, f, lead=74, role=role)
    y = run.y + 120
    division = "民事审判第一庭" if t == "loan" else "北留人民法庭"
    s.right(s.width - RIGHT - mm(10), y, division, f)
    when = printable(role, cn_date(c.basis_effective + timedelta(days=rng.randint(4, 12))))
    s.right(s.width - RIGHT - mm(10), y + 80, when, f)
    seal(s, s.width - RIGHT - mm(45), y + 60, issuer, rng, radius=mm(20))
    s.text(LEFT, y + 220, printable(role, f"经办人：{person_name(rng)}"), font(role, 34))
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed application: a 黑体 title, GB 宋 body in labelled sections, signed and sealed."""
    a, r = c.applicant, c.respondent
    t = _tale(c)
    asks = {"loan": f"请求强制执行{c.basis_number}民事判决书，责令被申请人偿还借款本息{money(c.amount)}及迟延履行期间的债务利息；",
            "freight": f"请求强制执行{c.basis_number}裁决书，责令被申请人支付运费及仲裁费共计{money(c.amount)}及迟延履行期间的"
                       "债务利息；",
            "pottery": f"请求强制执行{c.basis_number}民事判决书，责令被申请人支付货款{money(c.amount)}及迟延履行期间的债务利息；"}
    facts = {"loan": f"申请人与被申请人民间借贷纠纷一案，贵院作出{c.basis_number}民事判决书，该判决已于"
                     f"{num_date(c.basis_effective)}发生法律效力。被申请人至今未履行还款义务。",
             "freight": f"申请人与被申请人运输合同纠纷一案，{ARB}作出{c.basis_number}裁决书，裁决已发生法律效力。被申请人拖欠"
                        "申请人车队的运费至今分文未付，且其煤场已停止经营。",
             "pottery": f"申请人与被申请人买卖合同纠纷一案，{YANGCHENG}作出{c.basis_number}民事判决书，已于"
                        f"{num_date(c.basis_effective)}生效。被申请人居住在贵院辖区，其名下财产亦在贵院辖区，故向贵院申请执行。"}
    blocks = [
        ("h", f"申请人：{_who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被申请人：{_who(r)}"),
        ("f", "请求事项："),
        ("p", "1. " + asks[t]),
        ("p", "2. 请求对被申请人采取限制消费措施；被申请人拒不履行的，请求将其纳入失信被执行人名单；"),
        ("p", "3. 本案执行费用由被申请人负担。"),
        ("f", "事实与理由："),
        ("p", facts[t] + "为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
        ("f", "此致"), ("f", COURT),
    ]
    s = Sheet()
    s.centred(TOP + 10, "强制执行申请书", font("sans_bold", 64), spacing=12)
    f = font("song_gb", 40)
    run = _typeset([s], TOP + 140, blocks, f, lead=68, role="song_gb", left=mm(26), right=mm(24))
    run.need(340)
    last, y = run.s, run.y + 40
    x = last.width - mm(110)
    last.text(x, y, "申请人（签章）：", f)
    if a.kind == "organisation":
        seal(last, x + mm(62), y + 10, a.name, rng, radius=mm(19))
    else:
        hand(last, x + mm(60), y - 8, a.name, rng, size=50)
        fingerprint(last, x + mm(92), y - 10, rng)
    when = c.filed_on - timedelta(days=rng.randint(1, 4))
    hand(last, x + mm(22), y + 100, num_date(when), rng, size=40)
    return number_pages(run.sheets, f=font("song_gb", 28))


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(TOP + 10, "授 权 委 托 书", font("song_gb", 66), spacing=6)
    f = font("kai_gb", 42)
    blocks = [
        ("h", f"委托人：{_who(a)}"),
        ("h", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("p", f"现委托{c.agent}律师在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的委托代理人。"),
        ("f", "代理权限：特别授权。"),
        ("p", "包括：代为申请执行，提供财产线索，申请采取查封、冻结、扣划等执行措施，申请限制消费及纳入失信被执行人名单，"
              "代为签收法律文书，代为参加谈话、调查，代为进行和解，代为领取执行款，代为申请终结本次执行程序或者恢复执行。"),
        ("p", "委托期限：自本委托书签署之日起至本案执行终结之日止。"),
    ]
    run = _typeset([s], TOP + 150, blocks, f, lead=74, role="kai_gb")
    y = run.y + 80
    x = s.width - mm(120)
    s.text(x, y, "委托人（签字或盖章）：", font("kai_gb", 38))
    if a.kind == "organisation":
        seal(s, x + mm(70), y + mm(14), a.name, rng, radius=mm(19))
        hand(s, x + mm(10), y + 80, a.legal_rep, rng, size=48)
    else:
        hand(s, x + mm(20), y + 70, a.name, rng, size=52)
        fingerprint(s, x + mm(60), y + 66, rng)
    s.text(x, y + 200, "受托人（签字）：", font("kai_gb", 38))
    hand(s, x + mm(56), y + 194, c.agent, rng, size=48, ink=GEL)
    hand(s, x + mm(10), y + 300, num_date(c.filed_on - timedelta(days=rng.randint(2, 6))), rng, size=42)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP - 20, c.firm, font("serif_bold", 64), spacing=10, fill=RED)
    s.line(LEFT, TOP + 70, s.width - RIGHT, TOP + 70, width=6, fill=RED)
    s.line(LEFT, TOP + 82, s.width - RIGHT, TOP + 82, width=2, fill=RED)
    s.centred(TOP + 120, "律 师 事 务 所 函", font("hei", 62), spacing=4)
    s.right(s.width - RIGHT, TOP + 220, f"晋{c.firm[2:4]}律函〔{c.filed_on.year}〕第{rng.randint(11, 298)}号", font("song_gb", 36))
    f = font("song_gb", 42)
    body = [("f", f"{COURT}："),
            ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
                  "委托代理人。"),
            ("p", "特此函告。"),
            ("p", "附：授权委托书一份，律师执业证复印件一份。")]
    run = _typeset([s], TOP + 320, body, f, lead=78, role="song_gb")
    y = run.y + 110
    s.right(s.width - RIGHT - mm(8), y, c.firm, f)
    when = printable("song_gb", cn_date(c.filed_on - timedelta(days=rng.randint(1, 5))))
    s.right(s.width - RIGHT - mm(8), y + 80, when, f)
    seal(s, s.width - RIGHT - mm(50), y + 50, c.firm, rng, radius=mm(21))
    s.line(LEFT, s.height - mm(40), s.width - RIGHT, s.height - mm(40), width=2, fill=RED)
    s.text(LEFT, s.height - mm(36), printable("song_gb", f"地址：{c.extra['firm_addr']}　电话：0356-2{rng.randint(100000, 999999)}"),
           font("song_gb", 28))
    return [s]


def _copy_panel(s: Sheet, x: float, y: float, w: float, h: float, *, tone: tuple[int, int, int] = COPY_GREY) -> None:
    """A card photocopied onto the sheet: its grey plate with the card's edge darker."""
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=tone, outline=(150, 150, 150), width=3)


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 copy: the cover and the particulars page side by side in one grey band, the lawyer's note under them."""
    s = Sheet()
    x, y, w, h = LEFT, mm(40), mm(78), mm(108)
    _copy_panel(s, x, y, w, h, tone=(198, 198, 194))
    s.centred(y + mm(18), "中华人民共和国", font("serif_bold", 40), x0=x, x1=x + w)
    s.centred(y + mm(34), "律师执业证", font("serif_bold", 58), x0=x, x1=x + w)
    s.draw.ellipse((x + w / 2 - mm(12), y + mm(56), x + w / 2 + mm(12), y + mm(80)), outline=(110, 110, 110), width=4)
    s.centred(y + mm(90), "中华人民共和国司法部监制", font("sans", 26), x0=x, x1=x + w)
    x2 = x + w + mm(8)
    w2 = s.width - RIGHT - x2
    _copy_panel(s, x2, y, w2, h)
    s.draw.rectangle((x2 + mm(6), y + mm(8), x2 + mm(30), y + mm(40)), fill=(160, 160, 160))
    f = font("sans", 30)
    rows = [("执业证号", c.extra["licence"]), ("持证人", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"),
            ("发证机关", "山西省司法厅"), ("发证日期", f"{int(c.extra['licence'][6:8]) + 2000}年{rng.randint(1, 12)}月")]
    for k, (cap, val) in enumerate(rows):
        s.text(x2 + mm(34) if k < 2 else x2 + mm(6), y + mm(10) + k * mm(14) + (0 if k < 2 else mm(16)), f"{cap}：{val}", f)
    s.text(x2 + mm(6), y + h - mm(14), f"年度考核：{c.filed_on.year - 1}年度 称职", font("sans", 26))
    hand(s, LEFT + mm(10), y + h + mm(20), "此复印件与原件一致，仅供执行立案使用。", rng, size=44, ink=GEL)
    hand(s, LEFT + mm(100), y + h + mm(38), c.agent, rng, size=48, ink=GEL)
    return [s]


def _id_copy(p: Party, rng: random.Random, c: CaseCtx) -> Sheet:
    """A resident ID card copied front and back onto one sheet, the owner's (or the lawyer's) note beside it."""
    s = Sheet()
    x, w, h = mm(48), mm(114), mm(72)
    y1, y2 = mm(36), mm(124)
    _copy_panel(s, x, y1, w, h)
    f = font("hei", 30)
    born = p.born or date(1970, 1, 1)
    lines = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")]
    for k, (cap, val) in enumerate(lines):
        s.text(x + mm(6), y1 + mm(7) + k * mm(10), cap, font("hei", 26), fill=(90, 90, 90))
        s.text(x + mm(20), y1 + mm(6) + k * mm(10), val, f)
    s.text(x + mm(6), y1 + mm(37), "住址", font("hei", 26), fill=(90, 90, 90))
    for k, part in enumerate(wrap(p.address, f, mm(58))):
        s.text(x + mm(20), y1 + mm(36) + k * mm(8), part, f)
    s.text(x + mm(6), y1 + mm(60), "公民身份号码", font("hei", 26), fill=(90, 90, 90))
    s.text(x + mm(34), y1 + mm(59), p.id_number, font("mono", 34))
    s.draw.rounded_rectangle((x + mm(80), y1 + mm(8), x + mm(106), y1 + mm(44)), radius=10, fill=(175, 175, 172))
    s.draw.ellipse((x + mm(86), y1 + mm(12), x + mm(100), y1 + mm(28)), fill=(140, 140, 138))
    _copy_panel(s, x, y2, w, h)
    s.draw.ellipse((x + mm(6), y2 + mm(6), x + mm(24), y2 + mm(24)), outline=(120, 120, 120), width=3)
    s.centred(y2 + mm(14), "中华人民共和国", font("serif_bold", 40), x0=x + mm(20), x1=x + w)
    s.centred(y2 + mm(28), "居 民 身 份 证", font("serif_bold", 50), x0=x + mm(20), x1=x + w)
    region = {"140502": "晋城市公安局城区分局", "140525": "泽州县公安局", "140522": "阳城县公安局"}.get(p.id_number[:6],
                                                                                          "晋城市公安局")
    issued = date(rng.randint(2012, 2020), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x + mm(12), y2 + mm(48), f"签发机关　{region}", font("hei", 28))
    s.text(x + mm(12), y2 + mm(58), f"有效期限　{issued:%Y.%m.%d}-{issued.year + 20}.{issued:%m.%d}", font("hei", 28))
    note = "此复印件与原件一致" if p is c.applicant else "被执行人身份证复印件（申请人提供）"
    hand(s, mm(40), mm(214), note, rng, size=46, ink=GEL if p is not c.applicant else (26, 48, 150))
    signer = p.name if p is c.applicant else c.agent
    hand(s, mm(120), mm(236), signer, rng, size=48, ink=GEL if p is not c.applicant else (26, 48, 150))
    return s


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本）copy: the national-emblem circle, the title, the particulars, the registrar's seal; for a company,
    a typed 法定代表人身份证明书 follows on a second sheet."""
    s = Sheet()
    x0, x1 = mm(22), s.width - mm(22)
    s.draw.rectangle((x0, mm(22), x1, s.height - mm(60)), fill=(244, 242, 236), outline=(150, 130, 90), width=8)
    s.draw.ellipse((s.width / 2 - mm(11), mm(32), s.width / 2 + mm(11), mm(54)), outline=(170, 60, 50), width=5)
    s.centred(mm(60), "营 业 执 照", font("serif_bold", 92), spacing=8)
    s.centred(mm(82), "（副　　本）", font("serif", 40))
    s.text(x0 + mm(12), mm(96), f"统一社会信用代码　{p.id_number}", font("serif", 36))
    trader = p.name.endswith("经营部")
    rows = [("名　　称", p.name), ("类　　型", "个体工商户" if trader else "有限责任公司（自然人投资或控股）"),
            ("经 营 者" if trader else "法定代表人", p.legal_rep),
            ("经营范围", "陶瓷制品、工艺美术品、日用杂品零售。" if trader else
             ("普通货运；道路货物运输；装卸搬运。" if "运输" in p.name else "煤炭销售；矿产品、建材销售；货物进出口。")),
            ("注册资本" if not trader else "组成形式", f"{rng.choice([500, 800, 1000, 2000])}万元" if not trader else "个人经营"),
            ("成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住　　所" if not trader else "经营场所", p.address)]
    y: float = mm(114)
    f = font("serif", 36)
    for cap, val in rows:
        s.text(x0 + mm(12), y, cap, font("serif_bold", 36))
        parts = wrap(val, f, x1 - x0 - mm(62))
        for k, part in enumerate(parts):
            s.text(x0 + mm(50), y + k * 54, part, f)
        y += 54 * len(parts) + 26
    registrar = "阳城县市场监督管理局" if trader else "晋城市城区市场监督管理局"
    s.right(x1 - mm(14), s.height - mm(104), "登记机关", font("serif_bold", 36))
    seal(s, x1 - mm(50), s.height - mm(96), registrar, rng, radius=mm(21))
    s.right(x1 - mm(14), s.height - mm(84), f"{rng.randint(2020, 2023)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    hand(s, x0 + mm(6), s.height - mm(52), "与原件核对一致", rng, size=44, ink=GEL)
    seal(s, x0 + mm(110), s.height - mm(42), p.name, rng, radius=mm(17))
    if trader:
        return [s]
    t = Sheet()
    t.centred(TOP + 20, "法定代表人身份证明书", font("sans_bold", 60), spacing=4)
    g = font("song_gb", 42)
    body = [("p", f"{p.legal_rep}在我公司担任执行董事兼总经理职务，系我公司的法定代表人。"), ("p", "特此证明。"),
            ("f", f"附：法定代表人住址：晋城市城区{rng.choice(['凤台东街', '泽州路', '中原街'])}{rng.randint(10, 900)}号"),
            ("f", f"电话：{p.phone}")]
    run = _typeset([t], TOP + 170, body, g, lead=76, role="song_gb")
    y = run.y + 120
    t.right(t.width - RIGHT - mm(10), y, p.name, g)
    seal(t, t.width - RIGHT - mm(50), y + 20, p.name, rng, radius=mm(20))
    when = printable("song_gb", cn_date(c.filed_on - timedelta(days=rng.randint(2, 8))))
    t.right(t.width - RIGHT - mm(10), y + 80, when, g)
    return [s, t]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """山西省非税收入一般缴款书: a green-ruled slip at the top of the sheet, the bank's oval 受理 stamp across it."""
    green = (30, 110, 80)
    s = Sheet()
    y = mm(26)
    s.centred(y, "山西省非税收入一般缴款书（电子）", font("song_gb", 52), fill=green)
    s.text(LEFT, y + 84, f"票据代码：14010124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", font("song_gb", 30), fill=green)
    when = c.day(rng.randint(1, 3))
    s.right(s.width - RIGHT, y + 84, f"填制日期：{when:%Y-%m-%d}", font("song_gb", 30), fill=green)
    w = s.width - LEFT - RIGHT
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目编码", "103040101", "项目名称", "申请执行费"],
            ["案号", c.number], ["金额（大写）", money_caps(c.extra["fee"])], ["金额（小写）", f"￥{c.extra['fee']:.2f}"],
            ["收款人全称", "晋城市城区财政局非税收入汇缴结算户"], ["收款银行", "中国建设银行晋城分行营业部"]]
    grid(s, LEFT, y + 140, [mm(34), mm(54), mm(30), w - mm(118)], rows, font("song_gb", 32), heights=mm(14),
         labels=(0, 2), lf=font("song_gb", 32))
    stamp(s, s.width - RIGHT - mm(72), y + 140 + mm(70), ["中国建设银行", "晋城分行营业部", f"{when:%Y.%m.%d}", "受理"],
          rng, size_mm=3.8, oval=True, colour=(40, 60, 160))
    s.text(LEFT, y + 140 + mm(104), "第二联　收据联（交缴款人）", font("song_gb", 30), fill=green)
    return [s]


FORM_TITLES = {"property_clue_form": "被执行人财产线索提供表", "payment_account_confirmation": "申请执行人收取案款确认书",
               "service_address_confirmation": "当事人送达地址确认书"}


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The filing window's printed forms (the bureau's grid style), filled in by the applicant's side in blue ballpoint."""
    from dossier.corpus.families.court_go_kit import head

    a, r = c.applicant, c.respondent
    s = Sheet()
    y = head(s, FORM_TITLES[code], issuer=COURT, size=58)
    s.text(LEFT, y - 12, f"案号：{c.number}", serif(30))
    y += 40
    w = s.width - LEFT - RIGHT
    if code == "payment_account_confirmation":
        rows = [["申请执行人", ""], ["收款户名", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""], ["说明", ""]]
        vals = [a.name, a.name if a.kind == "person" else f"{a.name}（经营者{a.legal_rep}）", c.extra["in_bank"], c.extra["in_acct"], a.phone,
                "执行款请汇入上述账户，账户变更时书面告知法院。"]
        hs = [mm(18)] * 5 + [mm(40)]
    elif code == "service_address_confirmation":
        rows = [["当事人", ""], ["送达地址", ""], ["收件人", ""], ["联系电话", ""], ["电子送达", ""], ["确认事项", ""]]
        vals = [a.name, a.address, c.agent, c.agent_phone, f"同意，手机号{c.agent_phone}",
                "本人确认上述地址真实有效；法院按此地址送达的文书，退回之日视为送达。"]
        hs = [mm(18), mm(26), mm(18), mm(18), mm(18), mm(44)]
    else:
        t = c.extra["tale"]
        if t == "loan":
            clue = (f"被申请人在{c.extra['r_bank']}有存款账户，账号{c.extra['r_acct']}。", "原有运煤半挂车一辆，听说已顶账。",
                    "住老家，房子情况不清楚。")
        elif t == "freight":
            clue = (f"被申请人在{c.extra['r_bank']}开户，账号{c.extra['r_acct']}。", f"在{c.extra['yard']}有存煤和装载机。",
                    "其在河南电厂可能有应收煤款。")
        else:
            clue = ("", "", "")
        rows = [["被执行人", ""], ["银行存款", ""], ["车辆、设备、存货", ""], ["不动产及其他", ""], ["提供人", ""]]
        vals = [r.name, *clue, f"{c.agent}（代理人）"]
        hs = [mm(18), mm(40), mm(40), mm(40), mm(18)]
    boxes = grid(s, LEFT, y, [mm(42), w - mm(42)], rows, serif(32), heights=hs, lf=label(32))
    right = [b for b in boxes if b[0] > LEFT]
    for b, v in zip(right, vals, strict=True):
        if v:
            hand(s, b[0] + mm(4), b[1] + mm(3), v, rng, size=38, per_line=int((b[2] - b[0] - mm(8)) / 40), lead=mm(8.5))
    y = boxes[-1][3] + mm(20)
    s.text(LEFT + mm(70), y, "填表人（签名）：", serif(34))
    hand(s, LEFT + mm(120), y - 10, c.agent, rng, size=46)
    hand(s, LEFT + mm(100), y + mm(16), num_date(c.filed_on), rng, size=38)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表, the bureau's form, filled in by the respondent (or its representative) in his own hand."""
    from dossier.corpus.families.court_go_kit import head

    r = c.respondent
    t = c.extra["tale"]
    s = Sheet()
    y = head(s, "财产申报表", issuer=COURT, size=66)
    s.text(LEFT, y - 12, f"案号：{c.number}", serif(30))
    y += 40
    w = s.width - LEFT - RIGHT
    if t == "loan":
        answers = ["无工作，跑运输，现无收入", f"{c.extra['r_bank']}一张卡，里面没钱", "无。住我哥家的房子",
                   "半挂车2022年顶账给别人了", "无", "无", "无"]
    elif t == "freight":
        answers = ["公司已停业，无收入", f"{c.extra['r_bank']}基本户，余额不详", "无", "无", "煤场是租的，已不经营", "无", "无"]
    else:
        answers = ["经营民宿，淡季没有收入", f"{c.extra['r_bank']}一个账户，几千元", "住房一套（按揭，尚欠贷款）", "无",
                   f"{c.extra['homestay']}院子是租的", "民宿客房收入，每月不固定", "无"]
    caps = ["收入情况", "银行存款", "不动产", "车辆", "经营场所及设备", "应收款及其他收入", "对外投资、股权"]
    rows = [["申报人", r.name if r.kind == "person" else f"{r.name}（法定代表人{r.legal_rep}）"],
            ["身份证号/信用代码", r.id_number], *[[k, ""] for k in caps], ["财产变动情况（一年内）", ""]]
    hs = [mm(16), mm(16)] + [mm(24)] * len(caps) + [mm(28)]
    boxes = grid(s, LEFT, y, [mm(48), w - mm(48)], rows, serif(31), heights=hs, lf=label(30))
    right = [b for b in boxes if b[0] > LEFT][2:]
    change = {"loan": "半挂车顶账，别的没有变化", "freight": "无", "pottery": "无"}[t]
    ink = PARTY_PEN if t != "freight" else GEL
    for b, v in zip(right, [*answers, change], strict=True):
        hand(s, b[0] + mm(4), b[1] + mm(5), v, rng, size=38, per_line=int((b[2] - b[0] - mm(8)) / 40), lead=mm(8), ink=ink)
    y = boxes[-1][3] + mm(12)
    s.text(LEFT, y, "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", serif(32))
    s.text(LEFT + mm(70), y + mm(16), "申报人（签名）：", serif(34))
    signer = r.name if r.kind == "person" else r.legal_rep
    hand(s, LEFT + mm(120), y + mm(13), signer, rng, size=48, ink=ink)
    if r.kind == "person":
        fingerprint(s, LEFT + mm(152), y + mm(11), rng)
    else:
        seal(s, LEFT + mm(150), y + mm(20), r.name, rng, radius=mm(17))
    hand(s, LEFT + mm(100), y + mm(32), num_date(d), rng, size=38, ink=ink)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 system's printout (monospaced, a banner rule), and behind it a bank's reply letter of its own."""
    r = c.respondent
    s = Sheet()
    mono = font("mono", 30)
    s.text(LEFT, mm(18), "最高人民法院网络执行查控系统", font("sans_bold", 44))
    s.text(LEFT, mm(30), "被执行人财产查询结果（总对总）", font("sans", 36))
    s.line(LEFT, mm(40), s.width - RIGHT, mm(40), width=4)
    s.text(LEFT, mm(44), f"案号：{c.number}　承办人：{c.officer}　查询发起：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}", mono)
    s.text(LEFT, mm(52), f"被查询人：{r.name}　证照号码：{r.id_number}", mono)
    w = s.width - LEFT - RIGHT
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "晋商银行", "晋城银行",
             "山西省农村信用社联合社", "支付宝（蚂蚁集团）", "财付通（微信支付）", "自然资源部（不动产）", "公安部（机动车）",
             "中国证券登记结算有限责任公司"]
    own = c.extra["r_bank"]
    rows = [["序号", "协执单位", "反馈时间", "反馈结果"]]
    for k, b in enumerate(banks, 1):
        result = "未查询到相关信息"
        if b in own or (b == "山西省农村信用社联合社" and "农村商业银行" in own):
            bal = "0.00" if c.extra["tale"] != "pottery" else f"{rng.randint(300, 2600)}.{rng.randint(10, 99)}"
            result = f"账户1个，余额{bal}元" + ("，已被轮候冻结" if c.extra["tale"] == "freight" else "")
        elif b.startswith("财付通") and c.extra["tale"] == "pottery":
            result = f"零钱余额{rng.randint(10, 90)}.{rng.randint(10, 99)}元"
        rows.append([str(k), b, f"{(d + timedelta(days=rng.randint(0, 2))):%m-%d}", result])
    grid(s, LEFT, mm(62), [mm(16), mm(70), mm(26), w - mm(112)], rows, mono, heights=mm(10), labels=(0,), lf=mono)
    s.text(LEFT, s.height - mm(24), f"打印时间：{(d + timedelta(days=3)):%Y-%m-%d %H:%M}".replace("00:00", "16:42"), mono)
    s.right(s.width - RIGHT, s.height - mm(24), "第1页/共1页", mono)
    s.page_of = (1, 1)
    reply = Sheet()
    reply.starts_document = True
    bankname = own.replace("股份有限公司", "")
    reply.centred(TOP, bankname, font("serif_bold", 52), spacing=4)
    reply.line(LEFT, TOP + 76, reply.width - RIGHT, TOP + 76, width=3, fill=(30, 60, 130))
    reply.centred(TOP + 110, "协助查询存款情况回复函", font("sans_bold", 56))
    f = font("serif", 40)
    when = d + timedelta(days=rng.randint(1, 3))
    body = [("f", f"{COURT}："),
            ("p", f"贵院{c.number}协助查询存款通知书收悉。经查，被查询人{r.name}（证照号码{r.id_number}）在我行开立账户情况如下："),
            ("p", f"账号{c.extra['r_acct']}，账户状态：正常；查询日余额：" +
             ("0.00元。" if c.extra["tale"] != "pottery" else "见贵院冻结回执。") +
             ("该账户已被其他法院冻结，贵院冻结为轮候冻结。" if c.extra["tale"] == "freight" else "")),
            ("p", "除上述账户外，未发现被查询人在我行开立的其他存款、理财账户。"), ("p", "特此函复。")]
    run = _typeset([reply], TOP + 230, body, f, lead=72)
    y = run.y + 100
    reply.right(reply.width - RIGHT - mm(8), y, bankname, f)
    reply.right(reply.width - RIGHT - mm(8), y + 76, cn_date(when), f)
    seal(reply, reply.width - RIGHT - mm(48), y + 40, bankname, rng, radius=mm(19), inner="业务专用章")
    reply.text(LEFT, y + 220, f"经办人：{person_name(rng)}　　复核：{person_name(rng)}　　电话：0356-{rng.randint(2000000, 6999999)}",
               font("serif", 30))
    return [s, reply]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议, typed by the applicant's side in 宋 and signed by both with thumbprints."""
    a, r = c.applicant, c.respondent
    first = c.extra["first"]
    s = Sheet()
    s.centred(TOP + 10, "执行和解协议", font("song_gb", 68), spacing=10)
    f = font("song_gb", 40)
    blocks = [
        ("h", f"甲方（申请执行人）：{a.name}，经营者{a.legal_rep}。"),
        ("h", f"乙方（被执行人）：{r.name}，公民身份号码{r.id_number}。"),
        ("p", f"甲乙双方就{COURT}{c.number}执行一案（执行依据：{YANGCHENG}{c.basis_number}民事判决书），经协商自愿达成如下"
              "和解协议："),
        ("p", f"一、乙方尚欠甲方货款{money(c.amount)}，甲方放弃迟延履行期间的债务利息。"),
        ("p", f"二、乙方于{num_date(d + timedelta(days=3))}前支付{first:,.2f}元，于{num_date(c.extra['pay_day'])}前支付剩余"
              f"{c.amount - first:,.2f}元，均汇入{COURT}执行款专户。"),
        ("p", "三、乙方按期付清后，本案执行完毕；乙方任何一期逾期未付的，甲方有权申请恢复执行原生效法律文书。"),
        ("p", "四、申请执行费由乙方负担，随第一期款项一并交纳。"),
        ("p", "五、本协议一式三份，甲乙双方各执一份，交法院一份附卷。"),
    ]
    run = _typeset([s], TOP + 150, blocks, f, lead=70, role="song_gb")
    y = run.y + 70
    s.text(LEFT, y, "甲方（签章）：", f)
    seal(s, LEFT + mm(70), y + 20, a.name, rng, radius=mm(17))
    hand(s, LEFT + mm(50), y + 90, a.legal_rep, rng, size=48)
    s.text(LEFT + mm(96), y, "乙方（签字）：", f)
    hand(s, LEFT + mm(140), y - 6, r.name, rng, size=50, ink=GEL)
    fingerprint(s, LEFT + mm(162), y + 40, rng)
    s.text(LEFT, y + 200, printable("song_gb", f"签订时间：{cn_date(d)}"), f)
    s.text(LEFT, y + 270, "见证：执行员", f)
    hand(s, LEFT + mm(50), y + 262, c.officer, rng, size=44, ink=(34, 42, 98))
    return [s]


def _bank_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's electronic receipt of the court paying the money out: a framed slip printed from online banking."""
    s = Sheet()
    day = c.extra["pay_day"] + timedelta(days=2)
    x0, x1 = LEFT, s.width - RIGHT
    y0 = mm(30)
    s.draw.rectangle((x0, y0, x1, y0 + mm(140)), outline=(40, 90, 60), width=4)
    s.centred(y0 + mm(6), "中国农业银行 网上银行电子回单", font("sans_bold", 48), x0=x0, x1=x1, fill=(20, 100, 70))
    s.text(x0 + mm(6), y0 + mm(20), f"回单编号：{rng.randint(10**13, 10**14 - 1)}　　交易日期：{day:%Y-%m-%d}", font("sans", 30))
    w = x1 - x0 - mm(12)
    rows = [["付款人", "户名", f"{COURT}执行款专户"], ["", "账号", f"1405{rng.randint(10**15, 10**16 - 1)}"],
            ["", "开户行", "中国农业银行晋城城区支行"], ["收款人", "户名", c.applicant.legal_rep + "（" + c.applicant.name + "）"],
            ["", "账号", c.extra["in_acct"]], ["", "开户行", c.extra["in_bank"]],
            ["金额", "小写", f"￥{c.amount:,.2f}"], ["", "大写", money_caps(c.amount)],
            ["用途", f"{c.number}执行款发放"]]
    grid(s, x0 + mm(6), y0 + mm(30), [mm(24), mm(22), w - mm(46)], rows, font("sans", 30), heights=mm(10),
         labels=(0, 1), lf=font("sans", 30))
    seal(s, x1 - mm(36), y0 + mm(118), "中国农业银行晋城城区支行", rng, radius=mm(16), inner="电子回单专用章")
    s.text(x0 + mm(6), y0 + mm(132), f"打印时间：{day:%Y-%m-%d} 15:{rng.randint(10, 59)}　打印次数：1", font("sans", 26))
    s.text(LEFT, y0 + mm(152), "申请执行人确认已收到上述款项：", serif(36))
    hand(s, LEFT + mm(110), y0 + mm(149), c.applicant.legal_rep, rng, size=48)
    hand(s, LEFT + mm(100), y0 + mm(166), num_date(day + timedelta(days=1)), rng, size=38)
    return [s]


def _death_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """居民死亡医学证明（推断）书, the family's 第三联, photocopied: a dense printed grid filled in by the doctor."""
    r = c.respondent
    died = c.extra["died"]
    s = Sheet(paper=(246, 246, 243))
    s.centred(mm(20), "居民死亡医学证明（推断）书", font("serif_bold", 56))
    s.text(LEFT, mm(34), f"行政区划代码 140525　　编号 14052{rng.randint(10**7, 10**8 - 1)}", font("serif", 28))
    s.right(s.width - RIGHT, mm(34), "第三联（家属保存）", font("serif", 28))
    w = s.width - LEFT - RIGHT
    age = died.year - (r.born or date(1968, 1, 1)).year
    immediate, underlying = c.extra["disease"]
    dr = person_name(rng)
    rows = [["死者姓名", r.name, "性别", r.sex, "民族", "汉"],
            ["有效身份证件类别", "居民身份证", "证件号码", r.id_number],
            ["年龄", f"{age}岁", "婚姻状况", "离婚", "出生日期", num_date(r.born or date(1968, 1, 1))],
            ["文化程度", "初中", "个人身份", "农民", "生前工作单位", "无"],
            ["死亡日期", f"{num_date(died)}{rng.randint(1, 23)}时{rng.randint(0, 59)}分", "死亡地点", "医疗卫生机构"],
            ["生前常住地址", r.address], ["户籍地址", r.address],
            ["可联系的家属姓名", c.extra["son"], "联系电话", f"13{rng.randint(100000000, 999999999)}"],
            ["致死的主要疾病诊断", f"Ⅰ.(a)直接死亡原因：{immediate}　(b)引起(a)的疾病：{underlying}"],
            ["生前主要疾病最高诊断单位", c.extra["hospital"], "最高诊断依据", "临床+理化"],
            ["医师签名", "", "医疗卫生机构盖章", ""], ["填表日期", num_date(died + timedelta(days=1))]]
    boxes = grid(s, LEFT, mm(42), [mm(34), mm(36), mm(22), mm(26), mm(22), w - mm(140)], rows, serif(26),
                 heights=[mm(13)] * 8 + [mm(22), mm(13), mm(26), mm(12)], labels=(0, 2, 4), lf=label(24))
    sign_row = [b for b in boxes if abs(b[1] - boxes[-3][1]) < 2]
    scrawl(s, sign_row[1][0] + mm(4), sign_row[1][1] + mm(8), dr, rng, role="kai", size=44, ink=GEL)
    seal(s, sign_row[-1][0] + mm(30), sign_row[-1][1] + mm(13), c.extra["hospital"], rng, radius=mm(16),
         inner="死亡证明专用章")
    y = boxes[-1][3] + mm(8)
    for k, t in enumerate(["注：1. 此证明由负责救治或正常死亡调查的医疗卫生机构签发；",
                           "2. 第三联由死者家属保存，凭此联办理户籍注销及殡葬手续；",
                           "3. 本证明涂改无效。"]):
        s.text(LEFT, y + k * 46, t, serif(26))
    stamp(s, LEFT + mm(20), y + mm(30), ["复印件与原件核对一致"], rng, size_mm=4.4, face="kai")
    scrawl(s, LEFT + mm(96), y + mm(34), c.agent, rng, role="kai", size=44, ink=GEL)
    return [s]


def _village_note(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The village committee's 证明: red letterhead on lined paper, written by hand, the committee's seal over the date."""
    r = c.respondent
    s = Sheet(paper=(250, 248, 240))
    s.centred(mm(22), c.extra["committee"], font("serif_bold", 56), fill=RED, spacing=4)
    s.line(LEFT, mm(36), s.width - RIGHT, mm(36), width=4, fill=RED)
    for k in range(1, 21):
        s.line(LEFT, mm(40) + k * mm(11.5), s.width - RIGHT, mm(40) + k * mm(11.5), width=1, fill=(200, 150, 150))
    ink = (24, 30, 40)
    text = (f"兹证明我村村民{r.name}（身份证号{r.id_number}），于{num_date(c.extra['died'])}因病在{c.extra['hospital']}"
            f"去世。该人生前一直住在其兄{c.extra['brother']}家中，名下无房屋，原有的运煤半挂车已于2022年抵债，无存款，无其他"
            f"财产。其去世后没有留下遗产，其子{c.extra['son']}未继承任何财产。")
    per = 19
    lines = ["证　明", ""] + ["　　" + text[:per - 2]] + [text[i:i + per] for i in range(per - 2, len(text), per)] + \
        ["　　特此证明。"]
    y = mm(40) + mm(11.5) - mm(9.5)
    for k, line in enumerate(lines):
        if not line:
            continue
        x = s.width / 2 - mm(14) if k == 0 else LEFT + mm(4)
        scrawl(s, x, y + k * mm(11.5), line, rng, role="kai", size=50 if k == 0 else 44, ink=ink, slant=5.0)
    end = y + len(lines) * mm(11.5) + mm(20)
    scrawl(s, s.width - RIGHT - mm(100), end, c.extra["committee"], rng, role="kai", size=40, ink=ink)
    scrawl(s, s.width - RIGHT - mm(80), end + mm(14), num_date(d), rng, role="kai", size=42, ink=ink)
    seal(s, s.width - RIGHT - mm(50), end + mm(8), c.extra["committee"], rng, radius=mm(20))
    scrawl(s, LEFT + mm(4), end + mm(40), f"经办人：{person_name(rng)}　电话：{rng.randint(130, 189)}{rng.randint(10**7, 10**8 - 1)}",
           rng, role="kai", size=36, ink=ink)
    return [s]
