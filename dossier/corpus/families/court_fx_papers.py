"""What 市中区法院执行局 receives, each in its maker's hand: the 枣庄仲裁委员会's 裁决书 in 明体 with its own 生效证明
(the commission's name in red over a red rule), the civil division's 民事判决书 and 民事调解书 in Noto serif with centred
"- n -" folios, the lawyers' typed applications (title over a double rule, 宋-like serif body, bold section heads), the
firm's letter on its letterhead (name in blue sans, a blue bar), card and licence copies, a printout of the 国家企业信用
信息公示系统 for the company respondents, the window's forms filled in ballpoint, the 山东省非税收入 slip and the banks'
电子回单 on small slips, the 查控 system's printout in 等宽文楷, the parties' 执行和解协议 with its instalment schedule."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal, text_width
from dossier.corpus.families.court_fx_kit import (
    COURT,
    DARK,
    Flowing,
    L,
    R,
    T,
    folio,
    form_title,
    label,
    ledger,
    right_cells,
    write,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "枣庄仲裁委员会"
RED = (200, 30, 36)
SLIP = (mm(196), mm(112))
"""a bank's or the tax office's slip: a third of A4, photographed on its own"""


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fx import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return {"pomegranate": _award, "mine": _judgment, "inn": _mediation}[t](c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng, d)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        if "respondent" in served:
            return _gsxt(c.respondent, c, rng)
        return _business_licence(c.applicant, c, rng) if c.applicant.kind == "organisation" else _id_card(c.applicant, rng)
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
        return _bank_slips(c, rng) if t == "pomegranate" else _instalments(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1975, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _typed(paras: list[tuple[str, str]], f: Font, run: Flowing, lead: float) -> None:
    for kind, text in paras:
        if kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "f":
            run.para(text, f, lead=lead)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2)


def _division(c: CaseCtx, rng: random.Random, title: str, paras: list[tuple[str, str]], when: date,
              signers: list[tuple[str, str]]) -> list[Sheet]:
    """The civil division's paper: court and title in Noto serif, number right, body serif, "- n -" folios."""
    s = Sheet()
    s.centred(T, COURT, font("serif", 56), spacing=3)
    s.centred(T + 96, title, font("serif_bold", 82), spacing=36)
    s.right(s.width - mm(27), T + 236, c.basis_number, font("serif", 40))
    run = Flowing([s], T + 326, left=mm(30), right=mm(27))
    f = font("serif", 40)
    _typed(paras, f, run, 70)
    run.room(440)
    last, y = run.s, run.y + 60
    x = last.width - mm(98)
    for role, name in signers:
        last.text(x, y, f"{role}　{name}", f)
        y += 72
    stamp_at = cn_date(when)
    last.text(x, y + 24, stamp_at, f)
    seal(last, x + text_width(stamp_at, f) / 2, y + 34, COURT, rng, radius=mm(20))
    last.text(x, y + 116, f"书 记 员　{person_name(rng)}", f)
    sheets = run.sheets
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        if n > 1:
            sh.centred(sh.height - mm(15), f"- {i} -", font("serif", 32))
    return sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    story = (f"2022年4月至2022年10月，被告将其承接的税郭、齐村等矿井的{c.extra['machines']}交原告维修，双方约定维修完毕验收合格"
             f"后三十日内付款。原告按约完成维修并交付使用，经双方对账，被告尚欠维修费{c.amount:,.2f}元，经多次催要未付。")
    c.extra.setdefault("civil_judge", person_name(rng))
    return _division(c, rng, "民事判决书", [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}承揽合同纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用简易"
              f"程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}到庭参加诉讼，被告经传票传唤无正当"
              "理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告支付维修费{c.amount:,.2f}元；2.本案诉讼费用由被告负担。事实和理由：{story}"),
        ("p", f"{r.name}未到庭，亦未提交书面答辩意见。"),
        ("p", f"本院经审理认定事实如下：{story}上述事实，有维修合同、设备交接单、验收单、对账单在卷佐证。"),
        ("p", "本院认为，原、被告之间的承揽合同关系合法有效。原告已完成维修工作并交付，被告应当按约支付报酬。依照《中华人民"
              "共和国民法典》第七百七十条、第七百八十二条，《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}维修费{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 30}元，减半收取{(int(c.amount) // 100 + 30) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于山东省"
              "枣庄市中级人民法院。"),
    ], c.basis_effective - timedelta(days=rng.randint(18, 26)), [("审 判 员", c.extra["civil_judge"])])


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    inn = c.extra["inn"]
    filed = c.basis_effective - timedelta(days=rng.randint(40, 60))
    return _division(c, rng, "民事调解书", [
        ("h", f"原告：{_who(a)}系{inn}经营者。"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}住宿服务合同纠纷一案，本院于{cn_date(filed)}立案后，依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：2022年7月至2023年5月，被告组织旅游团到台儿庄古城游览，陆续安排团队游客入住原告经营的{inn}，"
              f"双方约定房费按月结算。截至起诉之日，被告尚欠房费{c.amount:,.2f}元，经催要未付。请求判令被告支付房费及利息。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于{num_date(c.basis_effective + timedelta(days=15))}前一次性支付原告{a.name}房费"
              f"{c.amount:,.2f}元；"),
        ("p", "二、被告未按期足额支付的，原告可就全部未付款项申请强制执行，并按全国银行间同业拆借中心公布的一年期贷款市场"
              "报价利率计付逾期利息；"),
        ("p", "三、原告放弃其他诉讼请求。"),
        ("p", f"案件受理费{int(c.amount) // 200 + 25}元，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ], c.basis_effective, [("审 判 员", person_name(rng))])


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """枣庄仲裁委员会's 裁决书: the commission in red over a red rule, 明体 body, three arbitrators, "- n -" folios."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(T - 6, ARB, font("serif_bold", 70), spacing=22, fill=RED)
    s.line(L - mm(4), T + 100, s.width - R + mm(4), T + 100, width=6, fill=RED)
    s.centred(T + 140, "裁　决　书", font("serif_bold", 78), spacing=4)
    s.right(s.width - R, T + 250, c.basis_number, font("ming", 40))
    run = Flowing([s], T + 340)
    f = font("ming", 41)
    formed = c.basis_effective - timedelta(days=rng.randint(40, 60))
    owed = c.amount
    _typed([
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"本会根据申请人与被申请人于2022年3月签订的《产品经销合同》中的仲裁条款及申请人的仲裁申请，于{cn_date(formed)}"
              f"受理了双方之间的买卖合同纠纷一案。本案适用《枣庄仲裁委员会仲裁规则》的普通程序，由首席仲裁员和两名仲裁员"
              "组成仲裁庭，于" + cn_date(formed + timedelta(days=28)) + "开庭审理。被申请人经书面通知，无正当理由未到庭。"),
        ("p", f"申请人称：双方约定被申请人经销申请人生产的{c.extra['goods']}，货到后六十日内付款。2022年4月至12月，申请人"
              f"陆续供货，被申请人累计尚欠货款{owed:,.2f}元。请求裁决被申请人支付货款及逾期付款损失，并承担仲裁费用。"),
        ("p", "仲裁庭查明：申请人提交的经销合同、送货单、增值税发票及对账函能够相互印证，证明申请人已按约供货、被申请人"
              f"欠付货款{owed:,.2f}元的事实。"),
        ("p", "仲裁庭认为，双方的经销合同合法有效，被申请人未按约付款，构成违约。依照《中华人民共和国民法典》第五百零九条、"
              "第六百二十六条、第六百二十八条，《中华人民共和国仲裁法》第四十二条第二款的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}自本裁决书送达之日起十日内向申请人{a.name}支付货款{owed:,.2f}元；"),
        ("p", "二、本案仲裁费由被申请人承担，申请人已预交的，被申请人在支付上述款项时一并径付申请人。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ], f, run, 72)
    run.room(400)
    last, y = run.s, run.y + 50
    x = last.width - mm(96)
    for role in ("首席仲裁员", "仲 裁 员", "仲 裁 员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 70
    when = cn_date(c.basis_effective)
    last.text(x, y + 20, when, f)
    seal(last, x + mm(32), y + 28, ARB, rng, radius=mm(21))
    last.text(x, y + 100, f"秘　　书　{person_name(rng)}", f)
    n = len(run.sheets)
    for i, sh in enumerate(run.sheets, 1):
        if n > 1:
            sh.centred(sh.height - mm(15), f"- {i} -", font("ming", 32))
    return run.sheets


def _in_force(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    if c.extra["tale"] == "pomegranate":
        s.centred(T, ARB, font("serif_bold", 64), spacing=18, fill=RED)
        s.line(L - mm(4), T + 92, s.width - R + mm(4), T + 92, width=5, fill=RED)
        s.centred(T + 140, "裁决书生效证明", font("serif_bold", 66), spacing=8)
        run = Flowing([s], T + 290)
        f = font("ming", 42)
        _typed([("f", f"{c.court.name}："),
                ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会于{cn_date(c.basis_effective)}"
                      f"作出{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力，已于"
                      f"{cn_date(c.basis_effective + timedelta(days=3))}依法送达双方当事人。"),
                ("p", "特此证明。")], f, run, 76)
        issuer = ARB
    else:
        s.centred(T, COURT, font("serif", 56), spacing=3)
        s.centred(T + 96, "生效证明书", font("serif_bold", 80), spacing=20)
        s.right(s.width - mm(27), T + 230, c.basis_number.replace("号", "号之一"), font("serif", 38))
        run = Flowing([s], T + 320, left=mm(30), right=mm(27))
        f = font("serif", 40)
        _typed([("p", f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}承揽合同纠纷一案，本院作出的{c.basis_number}"
                      f"民事判决书已送达双方当事人，双方在法定期限内均未提起上诉，该判决书已于{cn_date(c.basis_effective)}"
                      "发生法律效力。"),
                ("p", "特此证明。"),
                ("f", f"审判员：{c.extra.get('civil_judge') or person_name(rng)}　　（民事审判第一庭）")], f, run, 74)
        issuer = COURT
    y = run.y + 120
    when = cn_date(d)
    x = s.width - mm(100)
    s.text(x, y, when, f)
    seal(s, x + text_width(when, f) / 2, y + 16, issuer, rng, radius=mm(20))
    return [s]


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's application: the title over a double rule, serif body, bold section heads, seal and signature."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("serif_bold", 72)
    s.centred(T, "强制执行申请书", tf, spacing=10)
    w = text_width("强制执行申请书", tf) + 60 + 60
    x0 = (s.width - w) / 2
    s.line(x0, T + 104, x0 + w, T + 104, width=4)
    s.line(x0, T + 112, x0 + w, T + 112, width=1)
    run = Flowing([s], T + 170, left=mm(27), right=mm(25))
    f = font("serif", 40)
    head = font("sans_bold", 40)
    t = str(c.extra["tale"])
    why = {"pomegranate": f"申请人与被执行人买卖合同纠纷一案，经{ARB}审理，作出{c.basis_number}裁决书，裁决被执行人向申请人"
                          f"支付货款{c.amount:,.2f}元。该裁决已发生法律效力，被执行人至今分文未付。",
           "mine": f"申请人与被执行人承揽合同纠纷一案，贵院作出{c.basis_number}民事判决书，判令被执行人支付维修费"
                   f"{c.amount:,.2f}元。判决已发生法律效力，被执行人拒不履行。",
           "inn": f"申请人与被执行人住宿服务合同纠纷一案，经贵院主持调解，双方达成协议，贵院出具{c.basis_number}民事调解书，"
                  f"被执行人应支付房费{c.amount:,.2f}元。期限届满，被执行人未付款。"}[t]
    clue = (f"被执行人在{c.extra['r_bank']}开立有基本存款账户，账号{c.extra['r_acct']}。" if t == "pomegranate" else "")
    _typed([("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
            ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
            ("h", f"被执行人：{_who(r)}")], f, run, 70)
    run.y += 16
    for sect, paras in (("执行请求", [f"一、强制被执行人支付{money(c.amount)}；", "二、强制被执行人加倍支付迟延履行期间的债务利息；",
                                      "三、本案执行费用由被执行人承担；",
                                      "四、被执行人逾期不履行的，请求对其采取限制消费措施，并纳入失信被执行人名单。"]),
                        ("事实与理由", [why + clue + "为此，依据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请"
                                               "强制执行，望判如所请。"])):
        run.one(sect, head, lead=72)
        _typed([("p", p) for p in paras], f, run, 70)
    run.one("此致", f, lead=70, at=f.size * 2)
    run.one(COURT, f, lead=70)
    run.room(250)
    last, y = run.s, run.y + 40
    last.text(last.width - mm(110), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(48), y + 30, a.name, rng, radius=mm(19))
    else:
        write(last, last.width - mm(62), y - 8, a.name, rng, size=58, ink=DARK)
    last.text(last.width - mm(110), y + 100, num_date(d), f)
    return folio(run.sheets, f=font("serif", 30))


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(T + 6, "授 权 委 托 书", font("sans_bold", 70), spacing=8)
    run = Flowing([s], T + 160, left=mm(27), right=mm(25))
    f = font("serif", 41)
    _typed([("h", f"委托人：{_who(a)}"),
            ("h", f"受托人：{c.agent}，{c.firm}律师，地址{c.extra['firm_addr']}，电话{c.agent_phone}。"),
            ("p", f"现委托上列受托人在委托人申请执行{c.respondent.name}{c.extra['cause']}一案中，作为委托人的代理人。"),
            ("p", "代理权限：特别授权。代为申请强制执行，提供财产线索，申请采取查封、冻结、扣划等执行措施，代为申请限制消费、"
                  "纳入失信名单，代为参加执行和解并签订和解协议，代为领取执行款，代为签收法律文书，代为申请终结本次执行程序。"),
            ("p", "委托期限：自本委托书签署之日起至本案执行终结时止。")], f, run, 72)
    y = run.y + 70
    s.text(mm(27), y, "委托人：", f)
    s.text(s.width - mm(105), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(85), y + 90, a.name, rng, radius=mm(19))
        write(s, mm(60), y + 50, a.legal_rep, rng, size=52, ink=DARK)
    else:
        write(s, mm(52), y - 6, a.name, rng, size=56, ink=DARK)
        s.draw.ellipse((mm(92), y + 6, mm(92) + 36, y + 50), fill=(205, 45, 45))
    write(s, s.width - mm(70), y - 6, c.agent, rng, size=54, ink=DARK)
    s.text(s.width - mm(105), y + 210, num_date(d), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    blue = (28, 70, 150)
    s.text(L, T - 10, c.firm, font("sans_bold", 60), fill=blue)
    s.text(L, T + 70, "SHANDONG LAW FIRM · ZAOZHUANG", font("sans", 26), fill=blue)
    s.draw.rectangle((L, T + 112, s.width - R, T + 122), fill=blue)
    no = f"（{c.filed_on.year}）鲁君律执函字第{rng.randint(10, 240)}号"
    s.right(s.width - R, T + 150, no, font("serif", 36))
    s.centred(T + 240, "律 师 事 务 所 函", font("serif_bold", 62))
    run = Flowing([s], T + 370)
    f = font("serif", 41)
    _typed([("f", f"{COURT}执行局："),
            ("p", f"我所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}{c.extra['cause']}"
                  "一案的委托代理人，代为办理申请执行及执行程序中的相关事务。"),
            ("p", "特此函告，请予接洽。"),
            ("f", f"附：授权委托书一份。承办律师：{c.agent}（执业证号{c.extra['licence']}），电话{c.agent_phone}。")],
           f, run, 74)
    y = run.y + 110
    s.right(s.width - R - mm(6), y, num_date(d), f)
    seal(s, s.width - R - mm(36), y - 10, c.firm, rng, radius=mm(20))
    s.text(L, s.height - mm(26), f"地址：{c.extra['firm_addr']}", font("sans", 28), fill=blue)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 执业证's data page photocopied, on a sheet with the lawyer's note; the copy is grey and a little off-square."""
    s = Sheet()
    grey = (105, 105, 105)
    x0, y0, w, h = mm(30), mm(42), mm(148), mm(104)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(222, 222, 220), outline=grey, width=3)
    s.draw.rectangle((x0 + mm(8), y0 + mm(16), x0 + mm(40), y0 + mm(56)), fill=(145, 145, 145))
    s.text(x0 + mm(50), y0 + mm(6), "律师执业证", font("sans_bold", 52))
    f = font("sans", 32)
    ty = y0 + mm(20)
    for lab, value in [("姓　　名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                       ("发证机关", "山东省司法厅"), ("发证日期", f"{rng.randint(2013, 2021)}年{rng.randint(1, 12)}月")]:
        s.text(x0 + mm(50), ty, f"{lab}：{value}", f)
        ty += mm(12)
    seal(s, x0 + mm(26), y0 + mm(78), "山东省司法厅", rng, radius=mm(15))
    s.text(x0, y0 + h + mm(10), "注册信息：2023年度考核 称职　枣庄市司法局", font("sans", 30), fill=grey)
    write(s, x0 + mm(10), y0 + h + mm(34), "复印件与原件一致", rng, size=56, ink=DARK)
    write(s, x0 + mm(100), y0 + h + mm(36), c.agent, rng, size=54, ink=DARK)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card copied one above the other, the holder's note beside them."""
    s = Sheet()
    w, h = mm(100), mm(63)
    x = mm(40) + rng.uniform(-mm(6), mm(6))
    ys = [mm(36), mm(36) + h + mm(16)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(5), fill=(226, 226, 224), outline=(110, 110, 110), width=2)
    y = ys[0]
    lab, val = font("hei", 28), font("hei", 34)
    born = p.born or date(1975, 1, 1)
    ty = y + mm(6)
    for k, v in (("姓名", p.name), ("性别", f"{p.sex}　 民族 汉"), ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日")):
        s.text(x + mm(5), ty, k, lab, fill=(90, 90, 90))
        s.text(x + mm(17), ty - 2, v, val)
        ty += mm(8.5)
    s.text(x + mm(5), ty, "住址", lab, fill=(90, 90, 90))
    for i in range(0, len(p.address), 12):
        s.text(x + mm(17), ty - 2, p.address[i:i + 12], val)
        ty += mm(6)
    s.text(x + mm(5), y + h - mm(10), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(30), y + h - mm(11), p.id_number, font("mono", 38))
    s.draw.rectangle((x + w - mm(30), y + mm(8), x + w - mm(5), y + mm(40)), fill=(150, 150, 150))
    y = ys[1]
    s.text(x + mm(34), y + mm(8), "中华人民共和国", font("hei", 42))
    s.text(x + mm(26), y + mm(20), "居民身份证", font("hei", 62), spacing=16)
    s.draw.ellipse((x + mm(6), y + mm(6), x + mm(24), y + mm(24)), outline=(120, 120, 120), width=3)
    s.text(x + mm(10), y + h - mm(17), "签发机关　枣庄市公安局台儿庄分局", lab)
    start = rng.randint(2012, 2019)
    s.text(x + mm(10), y + h - mm(10), f"有效期限　{start}.0{rng.randint(1, 9)}.2{rng.randint(0, 8)}-{start + 20}.0"
           f"{rng.randint(1, 9)}.2{rng.randint(0, 8)}", lab)
    write(s, mm(40), ys[1] + h + mm(20), "此复印件仅供市中区法院执行案件使用", rng, size=50, ink=DARK)
    write(s, mm(130), ys[1] + h + mm(40), p.name, rng, size=58, ink=DARK)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copy, its QR box at the top left, with the 法定代表人身份证明书 typed under it."""
    s = Sheet()
    frame = (170, 120, 70)
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(168)
    s.box(x0, y0, x1, y1, width=9, outline=frame)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=frame)
    s.draw.rectangle((x0 + mm(8), y0 + mm(8), x0 + mm(30), y0 + mm(30)), fill=(60, 60, 60))
    for k in range(6):
        s.draw.rectangle((x0 + mm(10 + 3 * k), y0 + mm(11 + (k * 7) % 15), x0 + mm(12 + 3 * k), y0 + mm(13 + (k * 7) % 15)),
                         fill=(240, 240, 240))
    s.centred(y0 + mm(12), "营 业 执 照", font("serif_bold", 90), spacing=8)
    s.centred(y0 + mm(31), "（副　本）", font("serif", 34))
    s.right(x1 - mm(10), y0 + mm(40), f"统一社会信用代码 {p.id_number}", font("serif", 32))
    scope = "饮料（果蔬汁类）生产、销售；农副产品收购" if "饮品" in p.name else "矿山机电设备维修、安装；机械配件销售"
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", scope), ("注册资本", f"{rng.choice([100, 300, 500, 800])}万元整"),
            ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(52)
    f = font("serif", 34)
    for name, v in rows:
        s.text(x0 + mm(12), ty, name, f)
        s.text(x0 + mm(46), ty, v[:28], f)
        ty += mm(10.5)
    district = "峄城区" if "峄城" in p.address else "薛城区" if "薛城" in p.address else "市中区"
    reg = f"枣庄市{district}行政审批服务局"
    s.text(x1 - mm(82), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(48), y1 - mm(28), reg, rng, radius=mm(18))
    s.text(x1 - mm(86), y1 - mm(16), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    y = y1 + mm(14)
    s.centred(y, "法定代表人身份证明书", font("sans_bold", 52), spacing=4)
    run = Flowing([s], y + mm(18), left=mm(24), right=mm(22))
    run.para(f"{p.legal_rep}，现任我公司执行董事兼总经理，系我公司法定代表人。特此证明。", font("serif", 40), lead=70, indent=80)
    run.s.right(run.s.width - mm(30), run.y + 50, num_date(c.filed_on - timedelta(days=rng.randint(3, 9))), font("serif", 40))
    seal(run.s, run.s.width - mm(56), run.y + 44, p.name, rng, radius=mm(18))
    write(run.s, mm(30), run.s.height - mm(30), "与原件核对无误", rng, size=48, ink=DARK)
    return [run.s]


def _gsxt(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's record printed off the 国家企业信用信息公示系统 (browser header and footer included)."""
    s = Sheet()
    small = font("sans", 24)
    s.text(mm(12), mm(8), f"{c.filed_on - timedelta(days=3):%Y/%m/%d} 10:{rng.randint(10, 59)}", small)
    s.centred(mm(8), "国家企业信用信息公示系统", small)
    s.text(mm(16), mm(20), "国家企业信用信息公示系统", font("sans_bold", 48), fill=(30, 90, 170))
    s.text(mm(16), mm(34), "National Enterprise Credit Information Publicity System", font("sans", 26), fill=(30, 90, 170))
    s.draw.rectangle((mm(12), mm(44), s.width - mm(12), mm(46)), fill=(30, 90, 170))
    s.text(mm(16), mm(54), p.name, font("sans_bold", 46))
    s.text(mm(16), mm(68), "存续（在营、开业、在册）", font("sans", 30), fill=(40, 140, 60))
    s.text(mm(16), mm(82), "营业执照信息", font("sans_bold", 38))
    rows = [["统一社会信用代码", p.id_number, "企业名称", p.name], ["类型", "有限责任公司(自然人投资或控股)", "法定代表人", p.legal_rep],
            ["注册资本", f"{rng.choice([200, 500, 1000])}万元人民币", "成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月"
             f"{rng.randint(1, 28)}日"], ["营业期限自", "长期", "登记机关", "枣庄市市中区行政审批服务局"],
            ["住所", p.address], ["经营范围", "矿山工程技术服务；煤矿机电设备租赁、安装；劳务服务（不含劳务派遣）"
                                  if "矿业" in p.name else "预包装食品销售；饮料批发；国内贸易代理；旅游业务"
                                  if "饮品" in p.name else "国内旅游业务；入境旅游业务；旅游咨询；会议及展览服务"]]
    ledger(s, mm(14), mm(96), [mm(36), mm(56), mm(30), s.width - mm(28) - mm(122)], rows, font("sans", 28), heights=[mm(14)] * 5 + [mm(22)],
           labels=(0, 2), frame=2, ink=(90, 90, 90))
    s.text(mm(16), mm(196), "行政处罚信息　　暂无", font("sans", 30))
    s.text(mm(16), mm(206), "列入经营异常名录信息　　" + ("列入（通过登记的住所或者经营场所无法联系）" if "矿业" in p.name else "暂无"),
           font("sans", 30))
    s.text(mm(12), s.height - mm(10), "https://www.gsxt.gov.cn/corp-query-entprise-info-xxx.html", small)
    s.right(s.width - mm(12), s.height - mm(10), "1/1", small)
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """山东省非税收入缴款书 (a third of A4): red print, a grid, the bank's till stamp."""
    s = Sheet(size=SLIP)
    red = (180, 40, 50)
    f = font("song_gb", 30)
    s.centred(mm(8), "山东省非税收入通用缴款书", font("song_gb", 50), fill=red, spacing=4)
    s.text(mm(8), mm(22), f"执收单位编码：370402{rng.randint(100, 999)}　　缴款码：{rng.randint(10**17, 10**18 - 1)}", f, fill=red)
    s.right(s.width - mm(8), mm(22), f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", 32), fill=red)
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(16)
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目名称", "申请执行费", "案号", c.number],
            ["金额（大写）", money_caps(fee), "（小写）", f"¥{fee:,.2f}"],
            ["开票日期", f"{c.filed_on:%Y年%m月%d日}", "收款银行", "枣庄农村商业银行营业部"]]
    ledger(s, mm(8), mm(30), [mm(28), mm(62), mm(24), w - mm(114)], rows, f, heights=mm(13), labels=(0, 2), ink=red, frame=3)
    s.text(mm(10), mm(88), f"经办人：{person_name(rng)}　　复核：{person_name(rng)}", f, fill=red)
    seal(s, s.width - mm(40), mm(86), "枣庄农村商业银行营业部", rng, radius=mm(14), inner="收讫")
    s.text(mm(10), mm(100), "第二联　收据联（交缴款人）", font("song_gb", 26), fill=red)
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms, filled in ballpoint at the counter."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - L - R
    t = str(c.extra["tale"])
    who = a.legal_rep if a.kind == "organisation" else a.name
    day = c.filed_on
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取案款确认书")
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为收取本案执行款的账户，因账户信息有误造成的损失由本人（单位）承担。"
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent),
                ("手机号码", c.agent_phone), ("是否同意电子送达", f"同意，{c.agent_phone}")]
        note = ("告知：受送达人提供的地址不准确、拒不提供或者变更后未及时告知，导致法律文书未能被实际接收的，"
                "文书退回之日视为送达之日。")
        who = c.agent
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索表")
        clue = {"pomegranate": f"{c.extra['r_bank']}账户{c.extra['r_acct']}",
                "mine": "税郭镇维修车间设备（电焊机、行车）；皮卡车一辆；对各矿井的应收维修款",
                "inn": f"{c.extra['r_bank']}基本账户；门店营业收入；旅游团款"}[t]
        rows = [("案号", c.number), ("被执行人", r.name), ("统一社会信用代码", r.id_number), ("住所地", r.address),
                ("财产线索", clue), ("线索来源及证明材料", "申请执行人掌握，附对账单复印件")]
        note = "申请执行人应如实提供财产线索；提供虚假线索的，依法承担相应责任。"
    else:
        y = form_title(s, "被执行人财产申报表")
        none = t == "mine"
        rows = [("案号", c.number), ("申报人", r.name), ("银行存款", "基本户余额不足一千元" if none else
                                                          f"{c.extra['r_bank']}基本户"),
                ("不动产", "无"), ("车辆", "皮卡一辆已于2023年转让" if none else "无"),
                ("对外债权", "矿上欠款收不回来" if none else "应收团款若干"),
                ("其他财产", "车间设备已抵房租" if none else "办公设备")]
        note = "申报人保证以上内容真实、完整，如有隐瞒、虚假，愿承担法律责任。"
        who = r.legal_rep
        day = d
    boxes = ledger(s, L, y, [mm(46), w - mm(46)], [[k, ""] for k, _ in rows], label(34),
                   heights=[mm(25) if len(v) > 20 else mm(16) for _, v in rows])
    cells = right_cells(boxes, L)
    for (_k, value), b in zip(rows, cells, strict=True):
        write(s, b[0] + mm(4), b[1] + mm(3.5), value, rng, size=40, per_line=21, lead=mm(8))
    run = Flowing([s], boxes[-1][3] + 40)
    run.para(note, font("song_gb", 32), lead=54, indent=64)
    y = run.y + 60
    s.text(s.width - R - mm(118), y, "签名（盖章）：", font("song_gb", 38))
    write(s, s.width - R - mm(60), y - 8, who, rng, size=52)
    write(s, s.width - R - mm(80), y + 84, num_date(day), rng, size=42)
    if code != "property_declaration_form" and a.kind == "organisation":
        seal(s, s.width - R - mm(42), y + 36, a.name, rng, radius=mm(18))
    if code == "property_declaration_form":
        seal(s, s.width - R - mm(42), y + 36, r.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 查控 system's printout: 等宽文楷, a header block, the results table over two pages."""
    r = c.respondent
    mono = font("wenkai_mono", 28)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("齐商银行", "存款"), ("枣庄银行", "存款"),
             ("枣庄农村商业银行", "存款"), ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"),
             ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算有限责任公司", "证券"),
             ("市场监督管理总局", "股权"), ("中国银保信", "保险"), ("住建部（公积金）", "公积金")]
    t = str(c.extra["tale"])
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈日期"]]
    for i, (unit, kind) in enumerate(units, 1):
        if kind == "存款" and ((t == "pomegranate" and unit in c.extra["r_bank"]) or (t == "inn" and unit in c.extra["r_bank"])):
            res = f"账户1个，余额{(c.amount * Decimal('1.06') if t == 'pomegranate' else c.amount * Decimal('0.2')):,.2f}"
        elif kind == "存款" and rng.random() < 0.3:
            res = f"账户1个，余额{rng.randint(0, 900)}.{rng.randint(10, 99)}"
        else:
            res = "未查询到财产信息"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    sheets: list[Sheet] = []
    for part in (rows[:11], [rows[0], *rows[11:]]):
        s = Sheet()
        s.centred(mm(14), "执行查控 · 总对总查询结果", font("sans_bold", 46))
        s.text(mm(16), mm(28), f"案号：{c.number}　承办人：{c.officer}", mono)
        s.text(mm(16), mm(35), f"被查询人：{r.name}　证照号：{r.id_number}", mono)
        s.text(mm(16), mm(42), f"发起时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}　查询类型：全部", mono)
        ledger(s, mm(14), mm(52), [mm(14), mm(66), mm(24), mm(52), mm(26)], part, mono, heights=mm(12), labels=(0,),
               frame=2)
        s.text(mm(16), s.height - mm(14), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=3):%Y-%m-%d}", mono)
        sheets.append(s)
    return folio(sheets, f=mono, style="print")


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 drawn up by the applicant's lawyer: the instalment schedule as a small table, both sides sign."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(T, "执行和解协议", font("serif_bold", 72), spacing=16)
    run = Flowing([s], T + 150, left=mm(26), right=mm(26))
    f = font("serif", 41)
    plan: list[tuple[date, Decimal]] = c.extra["instalments"]
    _typed([("h", f"甲方（申请执行人）：{a.name}，{c.extra['inn']}经营者，公民身份号码{a.id_number}。"),
            ("h", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}。"),
            ("p", f"甲乙双方就{COURT}{c.number}执行一案，经协商一致，自愿达成和解如下："),
            ("p", f"一、乙方确认欠付甲方房费{c.amount:,.2f}元，分三期支付至{COURT}执行款专户："),
            ], f, run, 72)
    rows = [["期次", "付款期限", "金额（元）"]] + [[f"第{k}期", num_date(day), f"{amt:,.2f}"]
                                                 for k, (day, amt) in enumerate(plan, 1)]
    boxes = ledger(s, mm(46), run.y + 10, [mm(30), mm(60), mm(50)], rows, f, heights=mm(12), labels=(0, 1, 2), frame=3)
    run.y = boxes[-1][3] + 40
    _typed([("p", "二、乙方按期足额付款的，甲方放弃迟延履行期间的债务利息，并申请解除对乙方账户的冻结；"),
            ("p", "三、乙方任何一期逾期超过十日的，甲方有权申请恢复执行原调解书，已付款项予以扣除；"),
            ("p", "四、本协议一式三份，双方各执一份，交执行法院一份附卷。")], f, run, 72)
    y = run.y + 60
    s.text(mm(26), y, "甲方：", f)
    write(s, mm(48), y - 8, a.name, rng, size=56, ink=DARK)
    s.draw.ellipse((mm(80), y + 10, mm(80) + 34, y + 52), fill=(205, 45, 45))
    s.text(s.width / 2, y, "乙方：", f)
    seal(s, s.width / 2 + mm(40), y + 24, r.name, rng, radius=mm(19))
    write(s, s.width / 2 + mm(22), y + 70, r.legal_rep, rng, size=50, ink=DARK)
    s.text(mm(26), y + 170, f"签订日期：{num_date(d)}　　见证：{c.officer}（执行员）", f)
    return [s]


def _bank_slips(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Two 电子回单 slips printed for the file: the deduction into the court's account, then the payment out."""
    paid: date = c.extra["paid_on"]
    court_acct = f"37050{rng.randint(10**12, 10**13 - 1)}"
    sheets = []
    for k, (payer, pacct, payee, eacct, day, use) in enumerate((
            (c.respondent.name, c.extra["r_acct"], f"{COURT}（执行款专户）", court_acct, paid, f"{c.number}扣划"),
            (f"{COURT}（执行款专户）", court_acct, c.applicant.name, c.extra["in_acct"], paid + timedelta(days=2),
             f"{c.number}案款发放"))):
        s = Sheet(size=SLIP)
        teal = (20, 100, 110)
        s.text(mm(8), mm(6), "中国建设银行　单位客户专用回单", font("sans_bold", 44), fill=teal)
        s.right(s.width - mm(8), mm(8), f"币别：人民币　{day:%Y年%m月%d日}", font("sans", 28))
        w = s.width - mm(16)
        rows = [["付款人", payer, "收款人", payee], ["账号", pacct, "账号", eacct],
                ["金额", f"¥{c.amount:,.2f}", "大写", money_caps(c.amount)], ["摘要", use],
                ["流水号", f"{day:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}"]]
        ledger(s, mm(8), mm(20), [mm(22), mm(66), mm(22), w - mm(110)], rows, font("sans", 27), heights=mm(12.5),
               labels=(0, 2), frame=2, ink=teal)
        seal(s, s.width - mm(34), mm(90), "中国建设银行枣庄市中支行", rng, radius=mm(13), inner="电子回单专用章")
        s.text(mm(10), mm(100), f"打印次数：{k + 1}　验证码：{rng.randint(10**7, 10**8 - 1)}", font("sans", 24))
        if k:
            s.starts_document = True
        sheets.append(s)
    return sheets


def _instalments(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bureau's 执行款收付凭证: three instalments in, paid out to the applicant, who signs each line."""
    s = Sheet()
    y = form_title(s, "执行案款收付凭证")
    s.text(L, y, f"案号：{c.number}", font("sans", 32))
    s.right(s.width - R, y, f"领款人：{c.applicant.name}", font("sans", 32))
    y += 64
    w = s.width - L - R
    plan: list[tuple[date, Decimal]] = c.extra["instalments"]
    rows = [["期次", "到账日期", "到账金额（元）", "发放日期", "领款人签名"]]
    for k, (day, amt) in enumerate(plan, 1):
        rows.append([f"第{k}期", f"{day:%Y.%m.%d}", f"{amt:,.2f}", f"{day + timedelta(days=2):%Y.%m.%d}", ""])
    rows.append(["合计", "", f"{c.amount:,.2f}", "", ""])
    boxes = ledger(s, L, y, [mm(20), mm(34), mm(40), mm(34), w - mm(128)], rows, font("sans", 32), heights=mm(16),
                   labels=(0,))
    sign_cells = [b for b in boxes if abs(b[0] - (L + mm(128))) < 2][1:4]
    for b in sign_cells:
        write(s, b[0] + mm(8), b[1] + mm(2.5), c.applicant.name, rng, size=46, ink=DARK)
    run = Flowing([s], boxes[-1][3] + 50)
    run.para(f"收款账户：{c.extra['in_bank']}　{c.extra['in_acct']}", font("sans", 32), lead=56)
    run.para(f"以上款项系被执行人{c.respondent.name}按执行和解协议分期交付，已全部发放申请执行人。", font("sans", 32), lead=56)
    y = run.y + 60
    for lab, name in (("承办人", c.officer), ("财务复核", person_name(rng))):
        s.text(L, y, f"{lab}：", font("sans", 34))
        write(s, L + mm(30), y - 6, name, rng, size=44, ink=DARK)
        y += 80
    end = plan[-1][0] + timedelta(days=2)
    s.right(s.width - R - mm(10), y, num_date(end), font("sans", 34))
    seal(s, s.width - R - mm(40), y - 10, COURT, rng, radius=mm(19), inner="执行款专用章")
    return [s]

