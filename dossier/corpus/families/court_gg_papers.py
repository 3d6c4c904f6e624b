"""What 通川法院执行局 receives. From offices, laser-printed: the civil division's 民事调解书 / 民事判决书 (centred
serif, "—n—" folios) and its 生效证明书; the 通川区劳动人事争议仲裁委员会's group 裁决书 in 文楷 with its roster of
workers; the firms' applications in 明体 under a firm footer line; a 律师事务所函 with a ruled letterhead; the
四川省 non-tax e-receipt; the 查控 printout; the window's forms filled in ballpoint; the settlement typed by the
parties. From the road, printed on portable thermal A4 printers from a phone (court_gg_kit.road): the 劳动保障监察
大队's letter about the unpaid crew, and everything the legal-aid lawyer made for the nine workers — the application,
the 推选书 with nine signatures and red fingerprints, the power of attorney, the firm's letter of the legal-aid
assignment, the copies of his 执业证 and of the workers' ID cards photographed on his phone, the registry pages of
the two companies, the roster of the workers' 社保卡 accounts and the property clues."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width
from dossier.corpus.families.court_gg_kit import (
    BIC,
    COURT,
    Flowing,
    L,
    R,
    bureau_paper,
    fingerprint,
    form_title,
    frame,
    pen,
    road,
    sans,
    serif,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "evidence",
})
ARB = "达州市通川区劳动人事争议仲裁委员会"
HRSS = "达州市通川区人力资源和社会保障局"
AID = "达州市通川区法律援助中心"


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gg import made_on

    d = made_on(c, code)
    wage = _tale(c) == "wage"
    note = served[0] if served else ""
    if code == "enforcement_basis":
        return _award(c, rng) if wage else _civil(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _aid_application(c, rng, d) if wage else _firm_application(c, rng, d)
    if code == "power_of_attorney":
        if note == "election":
            return _election(c, rng, d)
        return _aid_attorney(c, rng, d) if wage else _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, note, d)
    if code == "fee_receipt":
        return _e_receipt(c, rng, d)
    if code == "evidence":
        return _labour_letter(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_account_confirmation" and wage:
        return _wage_accounts(c, rng, d)
    if code == "property_clue_form" and wage:
        return _aid_clues(c, rng, d)
    return _window_form(code, c, rng, d)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return (f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码"
            f"{p.id_number}。")


# ---------------------------------------------------------------- laser papers from offices

def _civil(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 民事调解书 (lease) or 民事判决书 (beef): centred serif, "—n—" folios."""
    a, r = c.applicant, c.respondent
    lease = _tale(c) == "lease"
    heard = c.basis_effective - timedelta(days=rng.randint(10, 40))
    s = Sheet()
    s.centred(mm(34), COURT, font("serif", mm(7.0)), spacing=mm(0.9))
    s.centred(mm(50), "民事调解书" if lease else "民事判决书", font("serif_bold", mm(10.5)), spacing=mm(5))
    run = Flowing([s], mm(74), left=mm(30), right=mm(28), top=mm(30), bottom=mm(34))
    f = font("serif", mm(5.3))
    lead = f.size * 1.85
    run.line(c.basis_number, f, lead=lead * 1.4, flush_right=True)
    paras: list[tuple[str, str]] = [("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                                    ("h", f"被告：{_who(r)}")]
    if lease:
        kit = "全自动管道焊接机两台、管道坡口机两台、电动试压泵一台及八吨随车吊一辆"
        paras += [
            ("p", f"原告{a.name}与被告{r.name}租赁合同纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用简易程序"
                  "进行了审理。"),
            ("p", f"原告诉称：2022年6月，被告因承接普光气田集输管线改造工程，向原告租赁{kit}，约定按月计租，每季度结清。"
                  f"被告自2022年10月起未付租金，至设备退场时尚欠租金{c.amount:,.2f}元。"),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}于{num_date(heard + timedelta(days=30))}前向原告{a.name}支付设备租金{c.amount:,.2f}元；"),
            ("p", "二、被告未按期足额支付的，原告可就全部未付款项申请强制执行，并按全国银行间同业拆借中心公布的一年期贷款市场"
                  "报价利率计付逾期利息；"),
            ("p", "三、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ]
    else:
        paras += [
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=50))}立案后，依法适用简易程序，"
                  "公开开庭进行了审理。本案现已审理终结。"),
            ("p", f"原告诉称：2022年8月至2023年1月，被告向原告采购灯影牛肉礼盒{c.extra['boxes']}盒及散装灯影牛肉，用于其在达州站、"
                  f"达州西站门店销售，经对账尚欠货款{c.amount:,.2f}元未付。"),
            ("p", "被告未到庭，亦未提交书面答辩意见。"),
            ("p", "本院认为，原、被告之间的买卖合同关系合法有效。原告已按约交付货物，被告在对账单上盖章确认欠款，应当支付货款。"
                  "依照《中华人民共和国民法典》第五百零九条、第六百二十六条，《中华人民共和国民事诉讼法》第一百四十七条的规定，"
                  "判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内向原告{a.name}支付货款{c.amount:,.2f}元。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条的规定，加倍支付"
                  "迟延履行期间的债务利息。"),
            ("p", f"案件受理费{int(c.amount) // 100 + 30}元，由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于四川省达州市中级人民法院。"),
        ]
    for kind, text in paras:
        run.para(text, f, lead=lead, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(lead * 4 + mm(30))
    last, y = run.s, run.y + mm(8)
    x = last.width - mm(98)
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    last.text(x, y, f"审 判 员　{judge}", f)
    when = cn_date(heard + timedelta(days=2) if lease else c.basis_effective - timedelta(days=rng.randint(16, 24)))
    last.text(x, y + lead * 1.5, when, f)
    seal(last, x + text_width(when, f) / 2, y + lead * 1.5, COURT, rng, radius=mm(20))
    last.text(x, y + lead * 3, f"书 记 员　{person_name(rng)}", f)
    n = len(run.sheets)
    for k, sh in enumerate(run.sheets, 1):
        if n > 1:
            sh.centred(sh.height - mm(20), f"—{k}—", font("serif", mm(4.4)))
    return run.sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The commission's group 裁决书: 文楷 body, the nine workers' claims in a table, three arbitrators."""
    a, r, gc = c.applicant, c.respondent, c.extra["gc"]
    workers: list[Party] = c.extra["workers"]
    s = Sheet()
    s.centred(mm(30), ARB, font("serif_bold", mm(7.0)), spacing=mm(0.6))
    s.centred(mm(46), "仲 裁 裁 决 书", font("serif_bold", mm(10)), spacing=mm(1.5))
    run = Flowing([s], mm(68), left=mm(28), right=mm(26), top=mm(28), bottom=mm(32))
    f = font("wenkai", mm(5.3))
    lead = f.size * 1.8
    run.line(c.basis_number, f, lead=lead * 1.3, flush_right=True)
    heard = c.basis_effective - timedelta(days=rng.randint(25, 40))
    paras = [
        ("h", f"申请人：{a.name}等{len(workers)}人（名单附后），推选代表人{a.name}，{a.sex}，住{a.address}，公民身份号码{a.id_number}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师（{AID}指派）。"),
        ("h", f"被申请人一：{_who(r)}"), ("h", f"被申请人二：{_who(gc)}"),
        ("p", f"申请人{a.name}等{len(workers)}人与被申请人{r.name}、{gc.name}劳动争议一案，本委于{cn_date(heard - timedelta(days=20))}"
              f"立案受理，依法组成仲裁庭，于{cn_date(heard)}公开开庭审理。本案现已审理终结。"),
        ("p", f"申请人称：2022年3月起，申请人经被申请人一招用，在被申请人二总承包的{c.extra['project']}工地从事钢筋、木工、砌筑等"
              "工作。被申请人一系该项目劳务分包单位。工程主体封顶后，被申请人一拖欠申请人工资至今未付，申请人多次讨要未果。"),
        ("p", "被申请人一辩称，对欠薪数额无异议，系总承包单位未按期支付劳务款所致。被申请人二辩称，其已向被申请人一支付部分劳务款。"),
        ("p", "经审理查明：申请人提交的考勤记录、班组工资表、被申请人一现场负责人出具的欠条，与通川区劳动保障监察大队调查"
              "笔录相互印证，本委予以确认。"),
        ("p", "本委认为，用人单位应当按时足额支付劳动者工资。依照《保障农民工工资支付条例》第三十条“分包单位拖欠农民工工资的，"
              "由施工总承包单位先行清偿”的规定，以及《中华人民共和国劳动争议调解仲裁法》第四十七条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决生效之日起五日内支付申请人工资合计{money(c.amount)}（各申请人金额见附表）；"),
        ("p", f"二、被申请人{gc.name}对上述第一项款项承担先行清偿责任。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。一方当事人逾期不履行的，另一方当事人可以向人民法院申请强制执行。"),
    ]
    for kind, text in paras:
        run.para(text, f, lead=lead, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(mm(14) * (len(workers) + 2) + mm(10))
    run.line("附表：申请人欠付工资明细", font("hei", mm(4.6)), lead=mm(9))
    rows = [["序号", "姓名", "工种", "欠付工资（元）"]]
    rows += [[str(i), w.name, t, f"{p:,.2f}"] for i, (w, t, p) in
             enumerate(zip(workers, c.extra["trades"], c.extra["wages"], strict=True), 1)]
    rows.append(["", "合计", "", f"{c.amount:,.2f}"])
    boxes = frame(run.s, mm(34), run.y, [mm(18), mm(40), mm(36), mm(50)], rows, f, heights=mm(9.5), labels=(0,), outer=3)
    run.y = boxes[-1][0][3] + mm(10)
    run.need(mm(66))
    last, y = run.s, run.y
    x = last.width - mm(100)
    for role in ("首席仲裁员", "仲 裁 员", "仲 裁 员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += lead
    when = cn_date(c.basis_effective)
    last.text(x, y + mm(3), when, f)
    seal(last, x + mm(34), y + mm(4), ARB, rng, radius=mm(21))
    last.text(x, y + lead + mm(6), f"书 记 员　{person_name(rng)}", f)
    n = len(run.sheets)
    for k, sh in enumerate(run.sheets, 1):
        sh.centred(sh.height - mm(18), f"— {k} —", font("wenkai", mm(4.0)))
        if n > 1:
            sh.page_of = (k, n)
    return run.sheets


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if _tale(c) == "wage":
        body = (f"申请人{c.applicant.name}等{len(c.extra['workers'])}人与被申请人{c.respondent.name}、{c.extra['gc'].name}"
                f"劳动争议一案，本委于{cn_date(c.basis_effective)}作出{c.basis_number}仲裁裁决书，已依法送达各方当事人。该裁决为"
                "终局裁决，自作出之日起发生法律效力；截至本证明出具之日，未收到人民法院撤销该裁决的裁定。")
        return bureau_paper(c, rng, "生效证明书", [("to", f"{COURT}："), ("p", body), ("p", "特此证明。")],
                            day=c.basis_effective + timedelta(days=rng.randint(20, 26)), issuer=ARB,
                            number=f"通劳人仲证字〔{c.filed_on.year}〕第{rng.randint(3, 60)}号", verify=False)
    kind = "民事调解书" if _tale(c) == "lease" else "民事判决书"
    return bureau_paper(c, rng, "生效证明书", [
        ("p", f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案的{kind}，已于"
              f"{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
        ("s", f"民事审判第{rng.choice(['一', '二'])}庭　审判员：{c.extra.get('civil_judge') or person_name(rng)}"),
    ], day=c.basis_effective + timedelta(days=rng.randint(4, 10)), number=c.basis_number.replace("号", "号之一"),
        verify=False)


def _firm_foot(s: Sheet, c: CaseCtx) -> None:
    y = s.height - mm(22)
    s.line(L, y, s.width - R, y, width=1)
    s.text(L, y + mm(2), f"{c.firm}　地址：{c.extra['firm_addr']}　电话：{c.agent_phone}", font("ming", mm(3.5)))


def _firm_application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """An ordinary firm's application, laser: 明体 body, the requests numbered, a footer rule with the firm's line."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), "申请执行书", font("serif_bold", mm(9.5)), spacing=mm(3))
    run = Flowing([s], mm(52), left=mm(25), right=mm(24), bottom=mm(34))
    f = font("ming", mm(5.4))
    lead = f.size * 1.85
    basis = "民事调解书" if _tale(c) == "lease" else "民事判决书"
    for kind, text in [
        ("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), ("h", f"被执行人：{_who(r)}"),
        ("t", "执行请求："),
        ("p", f"一、请求强制执行{COURT}{c.basis_number}{basis}，责令被执行人支付{money(c.amount)}；"),
        ("p", "二、请求责令被执行人加倍支付迟延履行期间的债务利息；"), ("p", "三、本案执行费用由被执行人负担；"),
        ("p", "四、被执行人不履行的，请求对其采取限制高消费措施，并纳入失信被执行人名单。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经贵院{c.basis_number}{basis}确定，被执行人应向申请执行人支付"
              f"{c.amount:,.2f}元。该{basis}已于{num_date(c.basis_effective)}发生法律效力，被执行人至今分文未付。"
              "根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特申请强制执行。"),
        ("t", "此致"), ("t", COURT)]:
        if kind == "t":
            run.line(text, f, lead=lead)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(mm(40))
    last, y = run.s, run.y + mm(8)
    last.text(last.width - mm(110), y, "申请执行人（盖章）：", f)
    seal(last, last.width - mm(50), y + mm(4), a.name, rng, radius=mm(19))
    pen(last, last.width - mm(85), y + mm(18), num_date(d), rng, size=5.6, ink=INK, face="kai")
    for sh in run.sheets:
        _firm_foot(sh, c)
    return run.sheets


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(32), "授 权 委 托 书", font("serif_bold", mm(9)), spacing=mm(1))
    run = Flowing([s], mm(56), left=mm(25), right=mm(24), bottom=mm(34))
    f = font("ming", mm(5.4))
    lead = f.size * 1.9
    for kind, text in [("h", f"委托单位：{a.name}"), ("h", f"法定代表人：{a.legal_rep}"),
                       ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。"),
                       ("p", f"兹委托上列受托人在我单位与{c.respondent.name}{c.extra['cause']}执行一案中，作为我单位的委托代理人。"),
                       ("p", "代理权限：特别授权，包括申请执行，提供财产线索，申请查封、冻结、扣划，参加执行和解并签订和解协议，"
                             "代为签收法律文书，代为领取执行款。"),
                       ("p", "委托期限：自本委托书签署之日起至本案执行终结之日止。")]:
        run.para(text, f, lead=lead, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    y = run.y + mm(16)
    s = run.s
    s.text(mm(25), y, "委托单位（盖章）：", f)
    seal(s, mm(95), y + mm(6), a.name, rng, radius=mm(19))
    s.text(s.width / 2 + mm(8), y, "受托人：", f)
    pen(s, s.width / 2 + mm(34), y - mm(2), c.agent, rng, size=7.4, ink=INK, face="kai")
    s.text(mm(25), y + mm(22), "法定代表人（签字）：", f)
    pen(s, mm(80), y + mm(20), a.legal_rep, rng, size=7.4, ink=INK, face="kai")
    pen(s, s.width - mm(88), y + mm(42), num_date(d), rng, size=5.8, ink=INK, face="kai")
    _firm_foot(s, c)
    return run.sheets


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The firm's 函: a ruled letterhead; for the workers it records the legal-aid assignment and came off the
    lawyer's thermal printer."""
    wage = _tale(c) == "wage"
    s = Sheet()
    top = mm(18) if wage else mm(26)
    head = font("sans_bold" if wage else "serif_bold", mm(7.6))
    s.centred(top, c.firm, head, spacing=mm(1.2))
    s.line(mm(20), top + mm(12), s.width - mm(20), top + mm(12), width=5)
    s.line(mm(20), top + mm(13.6), s.width - mm(20), top + mm(13.6), width=1)
    no = f"{c.firm[2:4]}律函字〔{c.filed_on.year}〕第{rng.randint(12, 320)}号"
    body = sans(4.9) if wage else font("ming", mm(5.3))
    lead = body.size * 1.8
    s.right(s.width - mm(22), top + mm(18), no, body)
    s.centred(top + mm(32), "律师事务所函", font("sans_bold" if wage else "hei", mm(8)), spacing=mm(2))
    run = Flowing([s], top + mm(50), left=mm(22) if wage else mm(26), right=mm(22))
    run.line(f"{COURT}：", body, lead=lead)
    if wage:
        text = (f"本所接受{AID}指派（{c.extra['aid_no']}），指派{c.agent}律师担任{c.applicant.name}等"
                f"{len(c.extra['workers'])}名农民工与{c.respondent.name}、{c.extra['gc'].name}追索劳动报酬执行一案的法律援助代理人，"
                "代为申请强制执行并参与执行程序。法律援助案件，不收取申请人任何费用。")
    else:
        text = (f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
                "代理人，参与执行程序。")
    run.para(text, body, lead=lead, indent=body.size * 2)
    run.para("特此函告。", body, lead=lead, indent=body.size * 2)
    run.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", body, lead=lead)
    y = run.y + mm(20)
    s.right(s.width - mm(30), y, num_date(d), body)
    seal(s, s.width - mm(58), y - mm(4), c.firm, rng, radius=mm(20))
    return road([s], "aid") if wage else [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 执业证's two inner leaves as a photo; for the legal-aid lawyer a phone photo printed on the thermal roll,
    for the firms a photocopy."""
    wage = _tale(c) == "wage"
    s = Sheet()
    x0, y0 = mm(22), mm(36)
    lw, lh = mm(80), mm(110)
    tone = (200, 200, 196) if wage else (232, 232, 230)
    for k in range(2):
        xk = x0 + k * (lw + mm(6))
        s.draw.rectangle((xk, y0, xk + lw, y0 + lh), fill=tone, outline=(90, 90, 90), width=3)
    s.draw.rectangle((x0 + mm(22), y0 + mm(14), x0 + mm(58), y0 + mm(60)), fill=(120, 120, 120))
    f = sans(3.9)
    s.centred(y0 + mm(70), "持证人", f, x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(80), c.agent, sans(5.2), x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(94), "中华人民共和国司法部监制", sans(3.4), x0=x0, x1=x0 + lw)
    x = x0 + lw + mm(6)
    s.centred(y0 + mm(8), "律师执业证", font("sans_bold", mm(6.4)), x0=x, x1=x + lw)
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]), ("法律职业资格证号",
            f"A20{rng.randint(10, 19)}51{rng.randint(10**9, 10**10 - 1)}"), ("发证机关", "四川省司法厅"),
            ("发证日期", f"{rng.randint(2013, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y0 + mm(24)
    for key, v in rows:
        s.text(x + mm(5), ty, f"{key}：", f)
        s.text(x + mm(5), ty + mm(6), v, f)
        ty += mm(14)
    seal(s, x + lw - mm(24), y0 + lh - mm(22), "四川省司法厅", rng, radius=mm(15))
    note = "与原件一致，供通川法院执行使用" if wage else "复印件与原件核对无异"
    pen(s, x0 + mm(6), y0 + lh + mm(16), note, rng, size=6.2, ink=BIC if wage else INK, face="kai")
    pen(s, x0 + mm(110), y0 + lh + mm(30), c.agent, rng, size=6.8, ink=BIC if wage else INK, face="kai")
    return road([s], "aid") if wage else [s]


def _id_card(s: Sheet, p: Party, y: float, rng: random.Random, *, tone: tuple[int, int, int]) -> float:
    """Both faces of an ID card side by side from `y`; returns the y under them."""
    w, h = mm(88), mm(56)
    xs = [mm(14), mm(14) + w + mm(8)]
    for x in xs:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=tone, outline=(100, 100, 100), width=2)
    x = xs[0]
    lab, val = font("hei", mm(3.3)), font("hei", mm(3.9))
    born = p.born or date(1980, 1, 1)
    ty = y + mm(6)
    for label, value in [("姓名", p.name), ("性别", f"{p.sex}　民族 汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")]:
        s.text(x + mm(5), ty, label, lab, fill=(70, 70, 70))
        s.text(x + mm(16), ty - 2, value, val)
        ty += mm(7.5)
    s.text(x + mm(5), ty, "住址", lab, fill=(70, 70, 70))
    for k in range(0, len(p.address), 10):
        s.text(x + mm(16), ty - 2, p.address[k:k + 10], val)
        ty += mm(5.2)
    s.text(x + mm(5), y + h - mm(9), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(26), y + h - mm(10), p.id_number, font("mono", mm(4.4)))
    s.draw.rectangle((x + w - mm(27), y + mm(7), x + w - mm(5), y + mm(36)), fill=(110, 110, 110))
    x = xs[1]
    s.text(x + mm(28), y + mm(8), "中华人民共和国", font("hei", mm(4.8)))
    s.text(x + mm(20), y + mm(19), "居民身份证", font("hei", mm(7)), spacing=mm(1.5))
    s.draw.ellipse((x + mm(5), y + mm(5), x + mm(21), y + mm(21)), outline=(90, 90, 90), width=3)
    county = {"511722": "宣汉县", "511725": "渠县", "511723": "开江县", "511781": "万源市", "511724": "大竹县"}.get(
        p.id_number[:6], "达州市")
    s.text(x + mm(8), y + h - mm(16), f"签发机关　{county}公安局", lab)
    start = rng.randint(2012, 2021)
    s.text(x + mm(8), y + h - mm(9), f"有效期限　{start}.0{rng.randint(1, 9)}.{rng.randint(10, 28)}-"
           f"{start + 20}.0{rng.randint(1, 9)}.{rng.randint(10, 28)}", lab)
    return y + h


def _identity(c: CaseCtx, rng: random.Random, note: str, d: date) -> list[Sheet]:
    wage = _tale(c) == "wage"
    if wage:
        if note in ("respondent", "contractor"):
            return _registry_page(c.respondent if note == "respondent" else c.extra["gc"], c, rng, d)
        k = int(note.split(":")[1]) if note.startswith("worker:") else 0
        return _aid_id_copy(c.extra["workers"][k], c, rng, k)
    p = c.respondent if note == "respondent" else c.applicant
    return _licence_copy(p, c, rng, d)


def _aid_id_copy(p: Party, c: CaseCtx, rng: random.Random, k: int) -> list[Sheet]:
    """A worker's ID card photographed on the lawyer's phone and printed on the thermal roll, the worker's note and
    signature and fingerprint under it."""
    s = Sheet()
    s.text(mm(14), mm(14), f"身份证复印件（{'推选代表人' if k == 0 else '申请执行人'}）", font("sans_bold", mm(5.4)))
    y = _id_card(s, p, mm(30) + rng.uniform(-mm(4), mm(4)), rng, tone=(196, 196, 192))
    pen(s, mm(24), y + mm(18), "此复印件仅用于通川法院申请执行工资", rng, size=6.2, ink=BIC, face="kai")
    pen(s, mm(120), y + mm(34), p.name, rng, size=7.2, ink=BIC, face="kai")
    fingerprint(s, mm(150), y + mm(32), rng)
    return road([s], "aid")


def _registry_page(p: Party, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The company's page of the 国家企业信用信息公示系统, screenshotted on the lawyer's phone and printed."""
    s = Sheet()
    s.text(mm(14), mm(12), "国家企业信用信息公示系统", font("sans_bold", mm(6.6)))
    s.line(mm(14), mm(22), s.width - mm(14), mm(22), width=4)
    s.text(mm(14), mm(26), f"{d:%Y-%m-%d} {rng.randint(8, 21)}:{rng.randint(10, 59)}  gsxt.gov.cn", sans(3.4))
    s.text(mm(14), mm(38), p.name, font("sans_bold", mm(6.0)))
    s.draw.rounded_rectangle((mm(14), mm(48), mm(34), mm(54)), radius=8, outline=(40, 40, 40), width=2)
    s.text(mm(16), mm(48.5), "存续", sans(3.6))
    rows = [["统一社会信用代码", p.id_number], ["企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", p.legal_rep], ["注册资本", f"{rng.choice([200, 500, 800, 2000])}万元人民币"],
            ["成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记机关", "达州市通川区市场监督管理局"], ["住所", p.address],
            ["经营范围", "劳务分包；建筑劳务作业（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
             if "劳务" in p.name else "房屋建筑工程施工总承包；市政公用工程施工；建筑装饰装修工程"]]
    frame(s, mm(14), mm(60), [mm(46), s.width - mm(74)], rows, sans(4.2), heights=mm(15), outer=2)
    s.text(mm(14), mm(200), "企业信用信息公示报告（基础信息）", sans(4.0))
    pen(s, mm(20), mm(220), "网上查询打印，与公示信息一致。", rng, size=6.0, ink=BIC, face="kai")
    pen(s, mm(120), mm(236), c.agent, rng, size=6.8, ink=BIC, face="kai")
    return road([s], "aid")


def _licence_copy(p: Party, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """营业执照（副本）copy, with the 法定代表人身份证明书 typed under it (laser)."""
    s = Sheet()
    brown = (150, 110, 60)
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(168)
    s.box(x0, y0, x1, y1, width=9, outline=brown)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=brown)
    s.centred(y0 + mm(10), "营 业 执 照", font("serif_bold", mm(12)), spacing=mm(3))
    s.centred(y0 + mm(28), "（副　本）", serif(4.6))
    f = serif(4.3)
    s.text(x0 + mm(8), y0 + mm(40), f"统一社会信用代码　{p.id_number}", f)
    scope = {"lease": "机械设备租赁；建筑工程机械与设备租赁；管道焊接设备销售",
             "beef": "肉制品（灯影牛肉）生产、销售；预包装食品销售" if "牛肉" in p.name else "预包装食品、土特产品零售、批发"}
    ty = y0 + mm(52)
    for label, value in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                         ("经营范围", scope.get(_tale(c), "") if "燃气" not in p.name else
                          "燃气管道工程施工；石油天然气集输管道安装；防腐保温工程"),
                         ("成立日期", f"{rng.randint(2008, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                         ("住　　所", p.address)]:
        s.text(x0 + mm(10), ty, label, f)
        for k in range(0, len(value), 30):
            s.text(x0 + mm(40), ty, value[k:k + 30], f)
            ty += mm(6.5)
        ty += mm(3.5)
    reg = "宣汉县市场监督管理局" if "宣汉" in p.address else "达州市通川区市场监督管理局"
    s.text(x1 - mm(78), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(46), y1 - mm(28), reg, rng, radius=mm(17))
    s.text(x1 - mm(82), y1 - mm(16), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    y = y1 + mm(16)
    s.centred(y, "法定代表人身份证明书", font("hei", mm(6.6)), spacing=mm(0.6))
    run = Flowing([s], y + mm(16), left=mm(24), right=mm(22))
    run.para(f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位法定代表人。特此证明。", serif(5.0), lead=mm(9),
             indent=mm(10))
    s.right(s.width - mm(30), run.y + mm(8), num_date(d), serif(5.0))
    seal(s, s.width - mm(56), run.y + mm(6), p.name, rng, radius=mm(18))
    pen(s, mm(28), s.height - mm(30), "复印件与原件一致", rng, size=6.2, ink=INK, face="kai")
    return [s]


def _e_receipt(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """四川省非税收入 electronic bill, printed: a red-ruled grid, the QR of the e-bill, the finance office's seal."""
    s = Sheet()
    red = (170, 48, 44)
    s.centred(mm(20), "四川省非税收入一般缴款书（电子）", font("song_gb", mm(7)), fill=red, spacing=mm(0.5))
    f = font("song_gb", mm(4.0))
    s.text(mm(18), mm(34), f"票据代码：51010123　票据号码：{rng.randint(10**7, 10**8 - 1)}　校验码：{rng.randint(10**5, 10**6 - 1)}",
           f, fill=red)
    s.text(mm(18), mm(41), f"开票日期：{d:%Y-%m-%d}", f, fill=red)
    fee: Decimal = c.extra["fee"]
    payer = c.extra["gc"].name if _tale(c) == "wage" else c.applicant.name
    w = s.width - mm(36)
    rows = [["交款人", payer, "执收单位", COURT], ["项目编码", "103040101", "项目名称", "申请执行费"],
            ["案　号", c.number, "金额（元）", f"{fee:,.2f}"], ["金额合计（大写）", money_caps(fee)],
            ["备　注", "执行款中扣收，由被执行人负担" if _tale(c) == "wage" else "申请执行人预交"]]
    frame(s, mm(18), mm(50), [mm(32), mm(60), mm(28), w - mm(120)], rows, f, heights=mm(15), labels=(0, 2), outer=3)
    seal(s, s.width - mm(60), mm(140), "达州市通川区财政局", rng, radius=mm(17), inner="票据专用章")
    s.text(mm(18), mm(142), f"收款人：{person_name(rng)}　复核人：{person_name(rng)}", f, fill=red)
    for x in range(0, s.width, 20):
        s.line(x, mm(160), x + 9, mm(160), width=1, fill=(170, 170, 170))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 查控 system's feedback list, laser-printed in a monospaced face, one page."""
    r = c.respondent
    m = font("mono", mm(3.4))
    s = Sheet()
    s.centred(mm(14), "最高人民法院网络执行查控系统　查询结果反馈", font("sans_bold", mm(5.6)))
    s.text(mm(12), mm(26), f"案号：{c.number}　执行法院：{COURT}　承办人：{c.officer}", m)
    s.text(mm(12), mm(32), f"被查询人：{r.name}　证照号码：{r.id_number}　查询日期：{d:%Y-%m-%d}", m)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("达州银行", "存款"), ("四川银行", "存款"),
             ("四川天府银行", "存款"), ("四川省农村信用社", "存款"), ("支付宝", "网络资金"), ("财付通", "网络资金"),
             ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算", "证券"), ("市场监管总局", "股权")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈日期"]]
    for i, (unit, kind) in enumerate(units, 1):
        if _tale(c) == "lease" and unit in c.extra["r_bank"][:4]:
            res = f"余额{c.amount * Decimal('0.6'):,.2f}"
        elif _tale(c) == "wage" and unit in c.extra["wage_bank"][:6]:
            res = f"专户余额{c.amount * Decimal('1.3'):,.2f}"
        elif kind == "存款":
            res = f"余额{rng.randint(0, 80)}.{rng.randint(10, 99)}"
        else:
            res = "未查询到财产"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    frame(s, mm(12), mm(40), [mm(14), mm(52), mm(26), mm(60)], rows, m, heights=mm(10.5), labels=(), outer=2)
    s.text(mm(12), s.height - mm(16), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=3):%Y-%m-%d} 16:{rng.randint(10, 59)}",
           m)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), "执行和解协议书", font("serif_bold", mm(9)), spacing=mm(1.5))
    run = Flowing([s], mm(52), left=mm(25), right=mm(25))
    f = font("ming", mm(5.3))
    lead = f.size * 1.85
    first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    for kind, text in [
        ("t", f"甲方（申请执行人）：{a.name}"), ("t", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲乙双方就{c.number}执行一案，经{COURT}执行局组织协商，达成和解协议如下："),
        ("p", f"一、乙方尚欠甲方设备租金{c.amount:,.2f}元，甲方放弃迟延履行期间的债务利息；"),
        ("p", f"二、乙方在{c.extra['r_bank']}被冻结账户内的{first:,.2f}元由法院扣划，余款{c.amount - first:,.2f}元乙方于"
              f"{num_date(c.extra['pay_day'])}前交至法院执行款专户（乙方普光项目进度款到账后支付）；"),
        ("p", "三、乙方按期付清后，甲方同意法院解除对乙方账户的冻结，本案执行完毕；乙方逾期的，甲方可申请恢复执行原调解书；"),
        ("p", "四、本协议一式三份，甲、乙双方各执一份，交法院附卷一份。")]:
        if kind == "t":
            run.para(text, f, lead=lead)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2)
    y = run.y + mm(14)
    s = run.s
    s.text(mm(25), y, "甲方（盖章）：", f)
    seal(s, mm(82), y + mm(4), a.name, rng, radius=mm(18))
    s.text(s.width / 2 + mm(6), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(62), y + mm(4), r.name, rng, radius=mm(18))
    pen(s, mm(30), y + mm(16), c.agent, rng, size=6.6, ink=INK, face="kai")
    pen(s, s.width / 2 + mm(10), y + mm(16), r.legal_rep, rng, size=6.6, ink=INK, face="kai")
    s.text(mm(25), y + mm(34), f"签订日期：{num_date(d)}", f)
    pen(s, mm(25), y + mm(52), f"乙方已于{c.extra['pay_day'].month}月{c.extra['pay_day'].day}日付清余款。 {c.officer}", rng,
        size=5.6)
    return run.sheets


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's printed forms (laser), filled in ballpoint by the party or its lawyer."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - L - R
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取案款确认书")
        rows = [("案　号", c.number), ("申请执行人", a.name), ("户　名", a.name), ("开户银行", c.extra["in_bank"]),
                ("账　号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本单位确认上述账户为接收本案执行款的账户，因账户信息错误造成的后果由本单位承担。"
        who = c.agent
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        wage = _tale(c) == "wage"
        rows = [("案　号", c.number), ("受送达人", f"{a.name}{'（推选代表人）' if wage else ''}"),
                ("送达地址", a.address if wage else c.extra["firm_addr"]), ("代收人", c.agent),
                ("联系电话", c.agent_phone), ("电子送达", f"同意，手机号码{c.agent_phone}")]
        note = ("受送达人提供的地址不准确、拒不提供或者变更后未及时告知，导致法律文书未能被实际接收的，文书退回之日视为"
                "送达之日。")
        who = c.agent
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索提供表")
        clue = (f"{c.extra['r_bank']}账户{c.extra['r_acct']}；普光气田集输管线项目应收进度款" if _tale(c) == "lease"
                else "达州站、达州西站门店两处（已关门）；荷叶街仓库一处；公司名下送货车一辆")
        rows = [("案　号", c.number), ("被执行人", r.name), ("证照号码", r.id_number), ("住所地", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人掌握")]
        note = "申请执行人应如实提供财产线索；提供虚假线索的，依法承担相应责任。"
        who = c.agent
    else:
        y = form_title(s, "被执行人财产申报表")
        lease = _tale(c) == "lease"
        rows = [("案　号", c.number), ("申报人", r.name),
                ("银行存款", f"{c.extra['r_bank']}一户（已被冻结）" if lease else "无"),
                ("不动产", "无"), ("车　辆", "工程车两辆（抵押中）" if lease else "无"),
                ("应收账款", "普光气田集输管线项目进度款约六十万元" if lease else "无"),
                ("其他财产", "施工机具若干" if lease else "公司已停业")]
        note = "申报人保证以上申报真实、完整；如有虚假，愿意承担法律责任。"
        who = r.legal_rep
    boxes = frame(s, L, y + mm(4), [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], serif(4.6),
                  heights=[mm(24) if len(v) > 21 else mm(16) for _, v in rows])
    for (_k, v), row in zip(rows, boxes, strict=True):
        cell = row[-1]
        pen(s, cell[0] + mm(3), cell[1] + mm(3.5), v, rng, size=5.6, ink=BIC, face="kai", per_line=21, lead=mm(7.4))
    run = Flowing([s], boxes[-1][0][3] + mm(8))
    run.para(note, serif(4.2), lead=mm(7.2), indent=mm(8.4))
    y = run.y + mm(10)
    s.text(s.width - R - mm(104), y, "确认人（签名）：", serif(4.8))
    pen(s, s.width - R - mm(50), y - mm(2), who, rng, size=7.0, ink=BIC, face="kai")
    pen(s, s.width - R - mm(60), y + mm(14), num_date(d), rng, size=5.6, ink=BIC, face="kai")
    return [s]


# ---------------------------------------------------------------- the road: thermal prints from phones

def _app_page(title: str, *, top: float = mm(16), face: str = "sans_bold", size: float = 7.4) -> tuple[Sheet, float]:
    s = Sheet()
    s.centred(top, title, font(face, mm(size)), spacing=mm(1))
    return s, top + mm(size) + mm(10)


def _aid_application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The legal-aid lawyer's application, typed on his phone (sans, narrow margins), printed on the thermal roll;
    the representative signs and presses his fingerprint."""
    a, r, gc = c.applicant, c.respondent, c.extra["gc"]
    workers: list[Party] = c.extra["workers"]
    s, y = _app_page("强制执行申请书")
    run = Flowing([s], y, left=mm(16), right=mm(16), top=mm(16), bottom=mm(22))
    f = sans(4.8)
    lead = f.size * 1.75
    for kind, text in [
        ("h", f"申请执行人：{a.name}等{len(workers)}人（推选代表人{a.name}，公民身份号码{a.id_number}，电话{a.phone}）。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师（法律援助），电话{c.agent_phone}。"),
        ("h", f"被执行人一：{_who(r)}"), ("h", f"被执行人二：{_who(gc)}"),
        ("t", "申请事项："),
        ("p", f"1. 请求依法强制执行{ARB}{c.basis_number}仲裁裁决书，由被执行人一支付申请执行人工资合计{money(c.amount)}，"
              "被执行人二承担先行清偿责任；"),
        ("p", "2. 请求优先冻结、扣划被执行人二在该项目开设的农民工工资专用账户及工资保证金；"),
        ("p", "3. 请求对被执行人采取限制消费措施，并纳入失信被执行人名单；执行费用由被执行人负担。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人系{c.extra['project']}的农民工。上述裁决书已于{num_date(c.basis_effective)}发生法律效力，被执行人至今"
              "未履行。申请执行人生活困难，春节前急需工资返乡，特依照《中华人民共和国民事诉讼法》第二百四十七条的规定申请强制"
              "执行。附：申请执行人名册、推选书、身份证复印件。"),
        ("t", f"此致　{COURT}")]:
        if kind == "t":
            run.para(text, font("sans_bold", mm(4.8)), lead=lead)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(mm(14) * 4)
    run.line("申请执行人名册", font("sans_bold", mm(4.6)), lead=mm(8))
    rows = [["序号", "姓名", "公民身份号码", "联系电话"]] + [[str(i), w.name, w.id_number, w.phone] for i, w in
                                                      enumerate(workers, 1)]
    run.need(mm(9) * len(rows) + mm(30))
    boxes = frame(run.s, mm(16), run.y, [mm(14), mm(28), mm(66), run.width - mm(108)], rows, sans(4.0), heights=mm(9),
                  labels=(0,), outer=2)
    run.y = boxes[-1][0][3] + mm(8)
    run.need(mm(28))
    last = run.s
    last.text(last.width - mm(112), run.y, "推选代表人（签名）：", f)
    pen(last, last.width - mm(56), run.y - mm(2), a.name, rng, size=7.2, ink=BIC, face="kai")
    fingerprint(last, last.width - mm(30), run.y - mm(2), rng)
    pen(last, last.width - mm(80), run.y + mm(14), num_date(d), rng, size=5.6, ink=BIC, face="kai")
    n = len(run.sheets)
    for k, sh in enumerate(run.sheets, 1):
        if n > 1:
            sh.right(sh.width - mm(16), sh.height - mm(12), f"{k}/{n}", sans(3.4))
            sh.page_of = (k, n)
    return road(run.sheets, "aid")


def _election(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """推选书: the nine workers elect their representative and authorise him; each signs and presses a fingerprint.
    Printed in the dormitory on the lawyer's thermal printer."""
    a = c.applicant
    workers: list[Party] = c.extra["workers"]
    s, y = _app_page("推　选　书")
    run = Flowing([s], y, left=mm(16), right=mm(16), top=mm(16), bottom=mm(20))
    f = sans(4.8)
    lead = f.size * 1.8
    run.para(f"我们{len(workers)}人均系{c.extra['project']}工地农民工，因{c.respondent.name}、{c.extra['gc'].name}拖欠工资，"
             f"经{ARB}{c.basis_number}仲裁裁决书裁决。现全体申请人一致推选{a.name}（公民身份号码{a.id_number}）为代表人，"
             f"代表全体申请人向{COURT}申请强制执行，代为提供财产线索、参加执行和解、签收法律文书；执行款按裁决附表直接发放至"
             "各人本人账户，代表人不得代领。", f, lead=lead, indent=f.size * 2)
    run.para("推选人签名、按印：", font("sans_bold", mm(4.8)), lead=lead)
    rows = [["序号", "姓名", "签名", "手印"]] + [[str(i), w.name, "", ""] for i, w in enumerate(workers, 1)]
    boxes = frame(run.s, mm(16), run.y, [mm(16), mm(36), mm(70), run.width - mm(122)], rows, sans(4.2),
                  heights=[mm(10)] + [mm(14)] * len(workers), labels=(0,), outer=2)
    for row, w in zip(boxes[1:], workers, strict=True):
        pen(run.s, row[2][0] + mm(6), row[2][1] + mm(2.5), w.name, rng, size=rng.uniform(6.2, 7.6), ink=BIC, face="kai")
        fingerprint(run.s, row[3][0] + mm(8) + rng.uniform(-mm(2), mm(2)), row[3][1] + mm(2), rng)
    run.y = boxes[-1][0][3] + mm(8)
    run.line(f"被推选人：{a.name}", f, lead=lead)
    pen(run.s, mm(60), run.y - lead - mm(1), "同意", rng, size=6.4, ink=BIC, face="kai")
    run.line(f"日期：{num_date(d)}", f, lead=lead)
    return road(run.sheets, "aid")


def _aid_attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s, y = _app_page("授权委托书")
    run = Flowing([s], y, left=mm(16), right=mm(16), top=mm(16), bottom=mm(20))
    f = sans(4.8)
    lead = f.size * 1.8
    for kind, text in [("h", f"委托人：{a.name}（推选代表人，代表{a.name}等{len(c.extra['workers'])}名申请执行人），"
                              f"公民身份号码{a.id_number}。"),
                       ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。"),
                       ("p", f"{AID}以{c.extra['aid_no']}指派受托人为委托人提供法律援助。现委托受托人在委托人与"
                             f"{c.respondent.name}、{c.extra['gc'].name}追索劳动报酬执行一案中担任代理人。"),
                       ("p", "代理权限：特别授权。代为申请执行，提供财产线索，申请冻结、扣划，参加执行和解，签收法律文书。"
                             "执行款不由受托人代领。"),
                       ("p", "期限：至本案执行终结时止。")]:
        run.para(text, f, lead=lead, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    y = run.y + mm(14)
    s = run.s
    s.text(mm(16), y, "委托人：", f)
    pen(s, mm(36), y - mm(2), a.name, rng, size=7.2, ink=BIC, face="kai")
    fingerprint(s, mm(62), y - mm(2), rng)
    s.text(s.width / 2, y, "受托人：", f)
    pen(s, s.width / 2 + mm(20), y - mm(2), c.agent, rng, size=7.2, ink=BIC, face="kai")
    pen(s, s.width - mm(80), y + mm(18), num_date(d), rng, size=5.6, ink=BIC, face="kai")
    return road(run.sheets, "aid")


def _wage_accounts(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """收取案款确认书 for the crew: each worker's own 社保卡 bank account, each signs; printed on the road."""
    workers: list[Party] = c.extra["workers"]
    s, y = _app_page("申请执行人收取案款确认书")
    f = sans(4.2)
    s.text(mm(16), y - mm(4), f"案号：{c.number}　（农民工工资，逐人发放至本人社会保障卡账户）", f)
    rows = [["序号", "姓名", "开户银行", "社保卡银行账号", "本人签名"]]
    for i, w in enumerate(workers, 1):
        rows.append([str(i), w.name, rng.choice(["农业银行", "四川农信", "邮储银行"]),
                     f"6{rng.choice(['228', '214', '217'])}{rng.randint(10**11, 10**12 - 1)}", ""])
    boxes = frame(s, mm(16), y + mm(4), [mm(13), mm(24), mm(28), mm(62), s.width - mm(159)], rows, f,
                  heights=[mm(10)] + [mm(15)] * len(workers), labels=(0,), outer=2)
    for row, w in zip(boxes[1:], workers, strict=True):
        pen(s, row[4][0] + mm(3), row[4][1] + mm(3), w.name, rng, size=6.2, ink=BIC, face="kai")
    run = Flowing([s], boxes[-1][0][3] + mm(8), left=mm(16), right=mm(16))
    run.para("以上账户均为申请执行人本人账户，确认作为接收本案执行款的账户。账户信息错误造成的后果由本人承担。", f,
             lead=mm(7.2), indent=mm(8.4))
    pen(s, s.width - mm(90), run.y + mm(6), f"代表人 {c.applicant.name}  {num_date(d)}", rng, size=5.8, ink=BIC,
        face="kai")
    return road([s], "aid")


def _aid_clues(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s, y = _app_page("被执行人财产线索")
    run = Flowing([s], y, left=mm(16), right=mm(16))
    f = sans(4.8)
    lead = f.size * 1.8
    gc = c.extra["gc"]
    for text in [f"案号：{c.number}",
                 f"一、{gc.name}在{c.extra['wage_bank']}开设的{c.extra['project']}农民工工资专用账户，账号{c.extra['wage_acct']}。",
                 f"二、该项目在{HRSS}存储的工资保证金{c.extra['bond']:,.0f}元（见劳动保障监察大队函）。",
                 f"三、{c.respondent.name}在该项目尚未结算的劳务分包款。",
                 "四、被执行人一的现场负责人称其公司名下有皮卡车一辆（车牌号待查）。",
                 "以上线索由申请执行人及代理人掌握，请法院核实。"]:
        run.para(text, f, lead=lead)
    y = run.y + mm(10)
    s.text(mm(16), y, "提供人：", f)
    pen(s, mm(36), y - mm(2), f"{c.agent}（代理人）", rng, size=6.8, ink=BIC, face="kai")
    pen(s, s.width - mm(80), y + mm(14), num_date(d), rng, size=5.6, ink=BIC, face="kai")
    return road([s], "aid")


def _labour_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 劳动保障监察大队's letter, written on the officer's phone at the site office and printed there on the
    brigade's thermal printer — a black letterhead (no red on a thermal roll), the red seal stamped afterwards."""
    gc = c.extra["gc"]
    s = Sheet()
    s.centred(mm(16), HRSS, font("hei", mm(8.2)), spacing=mm(0.4))
    s.line(mm(18), mm(29), s.width - mm(18), mm(29), width=6)
    s.centred(mm(33), f"通人社监函〔{c.filed_on.year - 1}〕{rng.randint(21, 98)}号", sans(4.4))
    s.centred(mm(44), "关于协助执行农民工工资的函", font("sans_bold", mm(6.8)))
    run = Flowing([s], mm(60), left=mm(18), right=mm(18), top=mm(18), bottom=mm(24))
    f = font("serif", mm(4.9))
    lead = f.size * 1.8
    one, two = c.extra["inspectors"]
    run.para(f"{COURT}执行局：", f, lead=lead)
    for text in [
        f"我局劳动保障监察大队于{num_date(c.basis_effective - timedelta(days=70))}接到{c.applicant.name}等"
        f"{len(c.extra['workers'])}名农民工投诉，反映{c.extra['project']}拖欠工资。经调查，该项目施工总承包单位为{gc.name}，"
        f"劳务分包单位为{c.respondent.name}，劳务分包单位拖欠上述农民工工资合计{c.amount:,.2f}元，与{ARB}"
        f"{c.basis_number}仲裁裁决认定的数额一致。",
        f"我局已依据《保障农民工工资支付条例》第三十条向{gc.name}下达《劳动保障监察限期改正指令书》，责令其先行清偿，"
        "该单位至今未履行。",
        f"经核查，该项目在{c.extra['wage_bank']}开设农民工工资专用账户（账号{c.extra['wage_acct']}），并在我局存储工资保证金"
        f"{c.extra['bond']:,.0f}元。为保障农民工及时拿到工资，特函请贵院依法优先执行上述专用账户款项；如需动用工资保证金，"
        "我局将予以配合。",
        f"联系人：{one}、{two}（劳动保障监察大队），联系电话：0818-2{rng.randint(100000, 999999)}。"]:
        run.para(text, f, lead=lead, indent=f.size * 2)
    run.need(mm(40))
    last, y = run.s, run.y + mm(12)
    last.right(last.width - mm(24), y, HRSS, f)
    last.right(last.width - mm(30), y + lead, num_date(d), f)
    seal(last, last.width - mm(62), y + mm(2), HRSS, rng, radius=mm(20))
    pen(last, mm(18), y + lead * 2.6, f"监察员：{one} {two}", rng, size=5.6, ink=(28, 34, 96), face="wenkai")
    n = len(run.sheets)
    for k, sh in enumerate(run.sheets, 1):
        if n > 1:
            sh.centred(sh.height - mm(12), f"{k}/{n}", sans(3.4))
            sh.page_of = (k, n)
    return road(run.sheets, "labour")

