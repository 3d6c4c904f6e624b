"""What 桥西法院执行局 receives, each in its maker's style — nearly all of it uploaded by the applicant's lawyer to the
platform at 网上立案: the 石家庄仲裁委员会's 裁决书 (bold song heads, 文楷 body, "第 n 页" folios) and its 生效证明书, this
court's civil division's 民事调解书 and 民事判决书 (明体, a centred "－ n －" folio), the lawyer's 强制执行申请书 in 文楷
under a 黑体 title, a 律师事务所函 under a two-line letterhead, the 律师执业证's open booklet, ID cards photocopied
enlarged, a business licence with its 法定代表人身份证明书, the 国家企业信用信息公示系统's report, the court's 财政电子
票据 for the first-instance fee, the window's forms filled in ballpoint, and the bank's 电子回单 of the bureau's account."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_jg_kit import (
    BALL,
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    SHORT,
    TOP,
    Flow,
    Page,
    bold,
    folio,
    form_title,
    frame_grid,
    hei,
    ink,
    serif,
    uploaded,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "payment_voucher",
})
ARB = "石家庄仲裁委员会"
FILE_NAMES = {"enforcement_application": "强制执行申请书", "enforcement_basis": "执行依据", "effectiveness_certificate": "生效证明",
              "property_clue_form": "财产线索", "fee_receipt": "诉讼费票据", "identity_proof": "主体资格证明",
              "power_of_attorney": "授权委托书", "law_firm_letter": "所函", "lawyer_license": "律师执业证",
              "payment_account_confirmation": "收款账户确认书", "service_address_confirmation": "送达地址确认书",
              "property_declaration_form": "财产申报表"}


def wenkai(size: int = 42) -> Font:
    return font("wenkai", size)


def ming(size: int = 40) -> Font:
    return font("ming", size)


def received(code: str, c: CaseCtx, rng: random.Random, drawn_with: list[str]) -> list[Sheet]:
    tale = str(c.extra["tale"])
    respondent = "respondent" in drawn_with
    if code == "payment_voucher":
        return _bank_slips(c, rng)
    if code == "enforcement_basis":
        sheets = _award(c, rng) if tale == "cloth" else _civil(c, rng)
    elif code == "effectiveness_certificate":
        sheets = _in_force(c, rng)
    elif code == "enforcement_application":
        sheets = _application(c, rng)
    elif code == "power_of_attorney":
        sheets = _attorney(c, rng)
    elif code == "law_firm_letter":
        sheets = _firm_letter(c, rng)
    elif code == "lawyer_license":
        sheets = _licence(c, rng)
    elif code == "identity_proof":
        p = c.respondent if respondent else c.applicant
        if p.kind == "person":
            sheets = _id_card(c, p, rng)
        elif respondent:
            sheets = _credit_report(c, p, rng)
        else:
            sheets = _business_licence(c, p, rng)
    elif code == "fee_receipt":
        sheets = _e_bill(c, rng)
    elif code == "property_declaration_form":
        sheets = _declaration(c, rng)
        if tale != "cloth":
            return sheets  # filled at the bureau, or served and never returned: not uploaded
        d = c.day(13)
        return uploaded(sheets, f"{c.respondent.name}（{person_name(rng)}）", datetime(d.year, d.month, d.day, 16,
                        rng.randint(0, 59), rng.randint(0, 59)), "财产申报表.pdf", c.number)
    else:
        sheets = _window_form(code, c, rng)
    up = c.filed_on - timedelta(days=2)
    minute = {"enforcement_application": 2, "enforcement_basis": 5, "effectiveness_certificate": 7}.get(code, 11)
    at = datetime(up.year, up.month, up.day, 10, minute + rng.randint(0, 40), rng.randint(0, 59))
    what = FILE_NAMES[code] + ("（被执行人）" if respondent else "")
    return uploaded(sheets, f"{c.agent}（律师）", at, f"{what}.pdf", f"网上立案申请号{c.extra['filing_no']}")


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1975, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """石家庄仲裁委员会's 裁决书: bold song heads, 文楷 body, three arbitrators, the 秘书, "第 n 页" folios."""
    a, r = c.applicant, c.respondent
    made = c.basis_effective
    heard = made - timedelta(days=rng.randint(20, 40))
    filed = heard - timedelta(days=rng.randint(30, 50))
    goods = str(c.extra["goods"])
    s = Page()
    s.centred(TOP - 6, ARB, bold(58), spacing=14)
    s.centred(TOP + 92, "裁　决　书", bold(80))
    run = Flow([s], TOP + 220, left=mm(28), right=mm(26))
    run.flush(c.basis_number, wenkai(40), lead=92, right=True)
    f = wenkai(41)
    interest = (c.amount * Decimal("0.08")).quantize(Decimal("1"))
    principal = c.amount - interest
    for kind, text in [
        ("h", f"申请人：{_who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), ("h", f"被申请人：{_who(r)}"),
        ("p", f"{ARB}（以下简称本会）根据申请人与被申请人于2022年3月签订的《面料购销合同》中的仲裁条款和申请人的仲裁申请，"
              f"于{cn_date(filed)}受理了申请人与被申请人之间的买卖合同纠纷案。本案适用《{ARB}仲裁规则》，由首席仲裁员"
              f"{c.extra.setdefault('arb1', person_name(rng))}、仲裁员{person_name(rng)}、{person_name(rng)}组成仲裁庭，于"
              f"{cn_date(heard)}在本会开庭审理。申请人的委托代理人、被申请人的法定代表人到庭参加了庭审。本案现已审理终结。"),
        ("c", "一、案情"),
        ("p", f"申请人称：双方签订合同后，申请人按约向被申请人供应{goods}，被申请人用于加工衬衫、工装。至2022年12月，经双方"
              f"对账，被申请人尚欠货款{principal:,.2f}元，经多次催要未付。请求裁决被申请人支付货款及逾期付款违约金。"),
        ("p", "被申请人辩称：欠款属实，因外贸订单取消、资金周转困难未能付款，请求减少违约金。"),
        ("c", "二、仲裁庭意见"),
        ("p", "双方签订的合同系真实意思表示，合法有效。申请人已按约供货，被申请人在对账单上加盖公章确认欠款，应当承担付款"
              "责任。合同约定的逾期付款违约金标准过高，仲裁庭依被申请人的请求予以调整。"),
        ("c", "三、裁决"),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付货款{principal:,.2f}元；"),
        ("p", f"（二）被申请人向申请人支付逾期付款违约金{interest:,.2f}元；"),
        ("p", "（三）本案仲裁费由被申请人承担。"),
        ("p", f"以上各项合计{c.amount:,.2f}元，被申请人应于本裁决书送达之日起十日内履行完毕。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]:
        if kind == "c":
            run.flush(text, bold(40), lead=80, at=f.size * 2)
        else:
            run.para(text, f, lead=72, first=f.size * 2 if kind == "p" else 0, hang=f.size * 5 if kind == "h" else 0)
    run.room(430)
    last, y = run.s, run.y + 50
    x = last.width - mm(96)
    for role, name in (("首席仲裁员", str(c.extra["arb1"])), ("仲 裁 员", person_name(rng)), ("仲 裁 员", person_name(rng))):
        last.text(x, y, f"{role}　{name}", f)
        y += 72
    when = cn_date(made)
    last.text(x, y + 16, when, f)
    seal(last, x + text_width(when, f) / 2, y + 20, ARB, rng, radius=mm(21))
    last.text(x, y + 104, f"秘　　书　{person_name(rng)}", f)
    return folio(run.sheets, wenkai(30), style="tribunal")


def _civil(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 民事调解书 (decor) or 民事判决书 (brick) in 明体, its folio a centred "－ n －"."""
    a, r = c.applicant, c.respondent
    decor = c.extra["tale"] == "decor"
    made = c.basis_effective - timedelta(days=(1 if decor else rng.randint(17, 24)))
    filed = made - timedelta(days=rng.randint(45, 80))
    s = Page()
    s.centred(TOP, COURT, ming(54), spacing=5)
    s.centred(TOP + 96, "民事调解书" if decor else "民事判决书", bold(80), spacing=26)
    run = Flow([s], TOP + 230, left=mm(30), right=mm(27))
    run.flush(c.basis_number, ming(40), lead=90, right=True)
    f = ming(41)
    if decor:
        prepaid = (c.amount * Decimal("0.86")).quantize(Decimal("1"))
        paras = [
            ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
            ("p", f"原告{a.name}与被告{r.name}装饰装修合同纠纷一案，本院于{cn_date(filed)}立案后，依法适用简易程序进行了审理。"),
            ("p", f"原告诉称：2022年9月，原告与被告签订《家庭居室装饰装修工程施工合同》，约定被告对原告位于{c.extra['flat']}的"
                  f"住房进行全包装修，工期九十日。原告依约支付工程预付款{prepaid:,.2f}元。被告进场拆除旧装修后即停工，经多次催告"
                  "仍未复工。请求解除合同，判令被告返还预付款并赔偿损失。"),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", "一、原告与被告签订的《家庭居室装饰装修工程施工合同》于本调解书生效之日解除；"),
            ("p", f"二、被告{r.name}返还原告{a.name}装修预付款{prepaid:,.2f}元，赔偿原告损失{c.amount - prepaid:,.2f}元，"
                  f"合计{c.amount:,.2f}元，于{num_date(made + timedelta(days=30))}前一次性付清；"),
            ("p", "三、被告逾期未足额支付的，原告可就全部未付款项申请强制执行；"),
            ("p", "四、双方当事人再无其他争议。"),
            ("p", f"案件受理费{int(c.amount) // 100 + 25}元，减半收取{(int(c.amount) // 100 + 25) // 2}元，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ]
        signers = [("审 判 员", c.extra.setdefault("civil_judge", person_name(rng)))]
    else:
        paras = [
            ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(filed)}立案后，依法适用简易程序，公开开庭进行了"
                  "审理。原告及其委托诉讼代理人、被告到庭参加诉讼。本案现已审理终结。"),
            ("p", f"{a.name}向本院提出诉讼请求：判令被告支付货款{c.amount:,.2f}元。事实和理由：原告在振头建材市场经营"
                  f"“{c.extra['shop']}”。2022年4月至11月，被告承揽{c.extra['project']}部分工程，陆续从原告处赊购水泥、"
                  f"砌块、钢筋等建材，2023年1月经结算出具欠条，载明欠款{c.amount:,.2f}元，至今未付。"),
            ("p", f"{r.name}辩称，欠款属实，但总承包单位拖欠其工程款，待工程款结算后再行支付。"),
            ("p", "本院经审理认定事实如下：被告出具的欠条载明的欠款数额，与原告提交的送货单相互印证，本院予以确认。"),
            ("p", "本院认为，被告从原告处购买建材，双方形成买卖合同关系。被告以第三方拖欠工程款为由拒付货款，不能成立。依照"
                  "《中华人民共和国民法典》第五百零九条、第六百二十六条、第六百二十八条的规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条的规定，加倍"
                  "支付迟延履行期间的债务利息。"),
            ("p", f"案件受理费{int(c.amount) // 100 + 25}元，减半收取{(int(c.amount) // 100 + 25) // 2}元，由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于河北省"
                  "石家庄市中级人民法院。"),
        ]
        signers = [("审 判 员", c.extra.setdefault("civil_judge", person_name(rng)))]
    for kind, text in paras:
        run.para(text, f, lead=72, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.room(360)
    last, y = run.s, run.y + 60
    x = last.width - mm(92)
    for role, name in signers:
        last.text(x, y, f"{role}　{name}", f)
        y += 76
    when = cn_date(made)
    last.text(x, y + 20, when, f)
    seal(last, x + text_width(when, f) / 2, y + 26, COURT, rng, radius=mm(21))
    last.text(x, y + 110, f"书 记 员　{person_name(rng)}", f)
    s0 = run.sheets[0]
    s0.text(mm(20), mm(14), "本件与原本核对无异", ming(30))
    n = len(run.sheets)
    for i, sh in enumerate(run.sheets, 1):
        sh.centred(sh.height - mm(15), f"－ {i} －", ming(30))
        if i > 1:
            sh.page_of = (i, n)
    return run.sheets


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The commission's 生效证明书 on its letter paper: a short certificate, its seal."""
    s = Page()
    s.centred(TOP, ARB, bold(58), spacing=14)
    s.line(LEFT - mm(4), TOP + 84, s.width - RIGHT + mm(4), TOP + 84, width=4)
    s.centred(TOP + 130, "生效证明书", bold(72), spacing=20)
    no = f"石仲证字〔{c.filed_on.year}〕第{rng.randint(10, 260)}号"
    s.right(s.width - RIGHT, TOP + 240, no, wenkai(38))
    run = Flow([s], TOP + 340)
    f = wenkai(42)
    run.para(f"{COURT}：", f, lead=78)
    run.para(f"申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会于{cn_date(c.basis_effective)}"
             f"作出{c.basis_number}裁决书，该裁决书已依法送达双方当事人。该裁决为终局裁决，自作出之日起发生法律效力。", f,
             lead=78, first=84)
    run.para("特此证明。", f, lead=78, first=84)
    y = run.y + 120
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(12, 20)))
    x = s.right(s.width - RIGHT - mm(10), y, when, f)
    seal(s, x + text_width(when, f) / 2, y + 6, ARB, rng, radius=mm(21))
    s.text(LEFT, y + 180, f"经办人：{person_name(rng)}　　联系电话：0311-8{rng.randint(1000000, 9999999)}", wenkai(34))
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's 强制执行申请书: 黑体 title, 文楷 body, the requests numbered, the signature on the last page."""
    a, r = c.applicant, c.respondent
    s = Page()
    s.centred(TOP + 10, "强制执行申请书", hei(72), spacing=12)
    run = Flow([s], TOP + 170, left=mm(27), right=mm(25))
    f = wenkai(43)
    kind = {"cloth": "裁决书", "decor": "民事调解书", "brick": "民事判决书"}[str(c.extra["tale"])]
    if a.kind == "organisation":
        who_a = f"申请执行人：{_who(a)}联系电话：{a.phone}。"
    else:
        who_a = f"申请执行人：{_who(a)}联系电话：{a.phone}。"
    clue = {"cloth": f"被执行人在{c.extra.get('r_bank', '')}开有基本存款账户，日常经营收支均通过该账户。",
            "decor": "被执行人在中华南大街设有门店，另有展厅样板材料、办公设备等。",
            "brick": f"被执行人日常驾驶{c.extra.get('truck', '')}号皮卡车，并对{c.extra.get('project', '')}享有工程款债权。"}
    rows = [("h", who_a), ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
            ("h", f"被执行人：{_who(r)}联系电话：{r.phone}。"),
            ("t", "申请事项："),
            ("p", f"一、请求依法强制执行{c.basis_court}{c.basis_number}{kind}，责令被执行人向申请执行人支付{money(c.amount)}；"),
            ("p", "二、请求责令被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "三、请求对被执行人采取限制高消费措施；被执行人拒不履行的，请求将其纳入失信被执行人名单；"),
            ("p", "四、本案执行费用由被执行人负担。"),
            ("t", "事实与理由："),
            ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}{kind}已于"
                  f"{cn_date(c.basis_effective)}发生法律效力。被执行人至今未履行生效法律文书确定的义务。{clue[str(c.extra['tale'])]}"
                  "为维护申请执行人的合法权益，依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
            ("t", "此致"), ("t", COURT)]
    for k, text in rows:
        if k == "t":
            run.flush(text, f, lead=80, at=0 if text != "此致" else f.size * 2)
        else:
            run.para(text, f, lead=80, first=f.size * 2 if k == "p" else 0, hang=f.size * 2 if k == "h" else 0)
    run.room(300)
    last, y = run.s, run.y + 60
    last.text(last.width - mm(108), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(48), y + 24, a.name, rng, radius=mm(20))
        hand(last, last.width - mm(62), y + 80, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(last, last.width - mm(58), y - 8, a.name, rng, size=60, ink=INK)
    last.text(last.width - mm(108), y + 160, "代 理 人：", f)
    hand(last, last.width - mm(64), y + 150, c.agent, rng, size=56, ink=INK)
    d = c.filed_on - timedelta(days=rng.randint(3, 6))
    last.text(last.width - mm(100), y + 250, f"{d.year}年{d.month}月{d.day}日", f)
    return folio(run.sheets, wenkai(30), style="tribunal")


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Page()
    s.centred(TOP + 10, "授 权 委 托 书", bold(72))
    run = Flow([s], TOP + 170, left=mm(27), right=mm(25))
    f = wenkai(42)
    for kind, text in [("h", f"委托人：{_who(a)}"),
                       ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，联系电话{c.agent_phone}。"),
                       ("p", f"委托人与{c.respondent.name}{c.extra['cause']}一案，现委托上列受托人为委托人在执行程序中的代理人。"),
                       ("p", "代理权限：特别授权。包括代为申请强制执行，提供财产线索，申请查封、扣押、冻结，代为参加执行谈话，"
                             "代为承认、放弃、变更执行请求，代为进行执行和解，代为签收法律文书，代为领取执行款，同意或申请终结"
                             "本次执行程序，申请恢复执行。"),
                       ("p", "委托期限：自本委托书签署之日起至本案执行程序终结时止。")]:
        run.para(text, f, lead=78, first=f.size * 2 if kind == "p" else 0, hang=f.size * 4 if kind == "h" else 0)
    y = run.y + 90
    s.text(mm(27), y, "委托人：", f)
    s.text(s.width - mm(100), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(86), y + 80, a.name, rng, radius=mm(20))
        hand(s, mm(60), y + 130, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(s, mm(56), y - 6, a.name, rng, size=60, ink=INK)
        s.draw.ellipse((mm(92), y + 4, mm(92) + 36, y + 50), fill=(196, 36, 40))
    hand(s, s.width - mm(70), y - 6, c.agent, rng, size=58, ink=INK)
    d = c.filed_on - timedelta(days=rng.randint(4, 7))
    s.right(s.width - mm(30), y + 260, cn_date(d), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """所函 under the firm's two-line letterhead (name, then its English line), a red rule; the firm's round seal."""
    s = Page()
    red = (190, 30, 34)
    s.centred(TOP - 16, c.firm, bold(70), fill=red, spacing=6)
    s.centred(TOP + 70, "HEBEI LAW FIRM · SHIJIAZHUANG", font("serif", 28), fill=red, spacing=6)
    s.line(LEFT - mm(8), TOP + 116, s.width - RIGHT + mm(8), TOP + 116, width=5, fill=red)
    s.centred(TOP + 180, "律 师 事 务 所 函", hei(64))
    s.right(s.width - RIGHT, TOP + 280, f"冀{c.firm[2:4]}律函字〔{c.filed_on.year}〕第{rng.randint(12, 300):03d}号", serif(36))
    run = Flow([s], TOP + 380)
    f = serif(42)
    run.para(f"{COURT}：", f, lead=80)
    run.para(f"根据《中华人民共和国律师法》的规定，本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与"
             f"{c.respondent.name}{c.extra['cause']}执行一案的代理人。", f, lead=80, first=84)
    run.para("特此函告。", f, lead=80, first=84)
    run.y += 40
    for line in (f"承办律师：{c.agent}　执业证号：{c.extra['licence']}", f"联系电话：{c.agent_phone}",
                 f"本所地址：{c.extra['firm_addr']}"):
        run.flush(line, serif(36), lead=62)
    y = run.y + 120
    d = c.filed_on - timedelta(days=rng.randint(2, 5))
    x = s.right(s.width - RIGHT - mm(10), y, cn_date(d), f)
    seal(s, x + mm(30), y - 10, c.firm, rng, radius=mm(21))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 booklet copied open: holder's page with photo on the left, the licence's particulars on the right,
    and the annual check page copied under it."""
    s = Page()
    grey = (90, 90, 90)
    x0, y0 = mm(16), mm(36)
    w, h = mm(86), mm(120)
    for k in range(2):
        x = x0 + k * (w + mm(6))
        s.draw.rectangle((x, y0, x + w, y0 + h), fill=(232, 232, 230), outline=grey, width=3)
    f = font("sans", 34)
    s.draw.rectangle((x0 + mm(24), y0 + mm(12), x0 + mm(62), y0 + mm(60)), fill=(120, 120, 120))
    for k, (label, value) in enumerate((("姓　名", c.agent), ("性　别", "男" if rng.random() < 0.6 else "女"),
                                        ("执业机构", c.firm[:9]), ("", c.firm[9:]))):
        s.text(x0 + mm(6), y0 + mm(68) + k * mm(11), f"{label}　{value}" if label else f"　　　　　{value}", f)
    x = x0 + w + mm(6)
    s.centred(y0 + mm(8), "中华人民共和国", font("sans_bold", 40), x0=x, x1=x + w)
    s.centred(y0 + mm(20), "律师执业证", font("sans_bold", 58), x0=x, x1=x + w)
    rows = [("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]), ("法律职业资格", f"A2013{rng.randint(10**9, 10**10 - 1)}"),
            ("发证机关", "河北省司法厅"), ("发证日期", f"20{rng.randint(14, 21)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    for k, (label, value) in enumerate(rows):
        s.text(x + mm(5), y0 + mm(42) + k * mm(14), label, f)
        s.text(x + mm(5), y0 + mm(48.5) + k * mm(14), value, font("sans", 32))
    seal(s, x + mm(60), y0 + mm(100), "河北省司法厅", rng, radius=mm(15))
    yb = y0 + h + mm(14)
    s.draw.rectangle((x0, yb, x0 + w, yb + mm(60)), fill=(232, 232, 230), outline=grey, width=3)
    s.centred(yb + mm(5), "年度考核备案", font("sans_bold", 38), x0=x0, x1=x0 + w)
    s.text(x0 + mm(6), yb + mm(20), f"考核年度：{c.filed_on.year - 1}", f)
    s.text(x0 + mm(6), yb + mm(31), "考核结果：称职", f)
    seal(s, x0 + mm(60), yb + mm(42), "石家庄市司法局", rng, radius=mm(13), inner="考核专用章")
    hand(s, x0 + w + mm(14), yb + mm(20), "复印件与原件一致", rng, size=56, ink=INK)
    hand(s, x0 + w + mm(30), yb + mm(40), c.agent, rng, size=54, ink=INK)
    return [s]


def _id_card(c: CaseCtx, p: Party, rng: random.Random) -> list[Sheet]:
    """A resident ID card photocopied enlarged (front over back), the holder's note and signature beside it."""
    s = Page()
    scale = 1.35
    w, h = mm(85.6 * scale), mm(54 * scale)
    x = (s.width - w) / 2
    ys = [mm(30), mm(30) + h + mm(16)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(5), fill=(222, 222, 220), outline=(110, 110, 110), width=3)
    y = ys[0]
    lab, val = font("hei", 34), font("hei", 40)
    born = p.born or date(1975, 1, 1)
    rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}　年　{born.month}　月　{born.day}　日")]
    ty = y + mm(8)
    for label, value in rows:
        s.text(x + mm(7), ty, label, lab, fill=(70, 70, 70))
        s.text(x + mm(24), ty - 4, value, val)
        ty += mm(11)
    s.text(x + mm(7), ty, "住址", lab, fill=(70, 70, 70))
    addr = p.address
    for k in range(0, len(addr), 12):
        s.text(x + mm(24), ty - 4, addr[k:k + 12], val)
        ty += mm(7.5)
    s.text(x + mm(7), y + h - mm(13), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(38), y + h - mm(14), p.id_number, font("mono", 46))
    s.draw.rectangle((x + w - mm(38), y + mm(10), x + w - mm(8), y + mm(52)), fill=(130, 130, 130))
    y = ys[1]
    s.draw.ellipse((x + mm(7), y + mm(6), x + mm(28), y + mm(27)), outline=(100, 100, 100), width=4)
    s.centred(y + mm(10), "中华人民共和国", font("hei", 52), x0=x + mm(20), x1=x + w)
    s.centred(y + mm(25), "居 民 身 份 证", font("hei", 72), x0=x + mm(10), x1=x + w)
    office = "石家庄市公安局桥西分局" if p.id_number.startswith("130104") else "赞皇县公安局"
    s.text(x + mm(14), y + h - mm(24), f"签发机关　{office}", lab)
    start = rng.randint(2012, 2021)
    s.text(x + mm(14), y + h - mm(13), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-"
           f"{start + 20}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}", lab)
    yy = ys[1] + h + mm(16)
    if p is c.applicant:
        hand(s, x, yy, "此复印件仅供桥西区法院执行立案使用", rng, size=52, ink=INK)
        hand(s, x + mm(60), yy + mm(16), p.name, rng, size=60, ink=INK)
    else:
        hand(s, x, yy, "被执行人身份证复印件（一审卷内调取）", rng, size=50, ink=INK)
        hand(s, x + mm(60), yy + mm(16), f"代理人 {c.agent}", rng, size=52, ink=INK)
    return [s]


def _business_licence(c: CaseCtx, p: Party, rng: random.Random) -> list[Sheet]:
    """The 营业执照 (副本) copied in its landscape frame across the top of the page, the 法定代表人身份证明书 typed
    under it — two pages uploaded as one file."""
    s = Page()
    frame = (120, 90, 50)
    x0, y0, x1, y1 = mm(12), mm(18), s.width - mm(12), mm(160)
    s.box(x0, y0, x1, y1, width=10, outline=frame)
    s.box(x0 + 18, y0 + 18, x1 - 18, y1 - 18, width=2, outline=frame)
    s.centred(y0 + mm(10), "营 业 执 照", font("serif_bold", 96))
    s.centred(y0 + mm(30), "（副　本）", serif(38))
    s.text(x0 + mm(10), y0 + mm(42), f"统一社会信用代码　{p.id_number}", serif(36))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "纺织品、针织品、服装面料批发零售；货物进出口"), ("注册资本", f"{rng.choice([100, 200, 500])}万元整"),
            ("成立日期", f"{rng.randint(2006, 2016)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"), ("住　　所", p.address)]
    ty = y0 + mm(52)
    for label, value in rows:
        s.text(x0 + mm(12), ty, label, serif(36))
        for k in range(0, len(value), 16):
            s.text(x0 + mm(48), ty, value[k:k + 16], serif(36))
            ty += mm(7) if k + 16 < len(value) else 0
        ty += mm(9)
    s.text(x1 - mm(60), y1 - mm(40), "登记机关", serif(36))
    seal(s, x1 - mm(36), y1 - mm(34), "石家庄市桥西区行政审批局", rng, radius=mm(17))
    s.text(x1 - mm(66), y1 - mm(18), f"{c.filed_on.year - 2}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", serif(34))
    hand(s, mm(24), y1 + mm(12), "与原件一致", rng, size=56, ink=INK)
    seal(s, mm(110), y1 + mm(22), p.name, rng, radius=mm(19))
    s2 = Page()
    s2.centred(TOP + 20, "法定代表人身份证明书", bold(66), spacing=6)
    run = Flow([s2], TOP + 190, left=mm(27), right=mm(25))
    f = wenkai(42)
    run.para(f"{p.legal_rep}，在我公司任执行董事兼总经理职务，系我公司法定代表人。", f, lead=80, first=84)
    run.para(f"公司名称：{p.name}", f, lead=80)
    run.para(f"统一社会信用代码：{p.id_number}", f, lead=80)
    run.para(f"住所：{p.address}", f, lead=80)
    run.para("特此证明。", f, lead=80, first=84)
    y = run.y + 140
    d = c.filed_on - timedelta(days=rng.randint(3, 8))
    s2.right(s2.width - mm(30), y, f"{d.year}年{d.month}月{d.day}日", f)
    seal(s2, s2.width - mm(60), y - 10, p.name, rng, radius=mm(20))
    s2.text(mm(27), y + 200, "附：法定代表人身份证复印件", wenkai(36))
    s2.draw.rounded_rectangle((mm(40), y + 290, mm(40) + mm(86), y + 290 + mm(54)), radius=mm(4), fill=(222, 222, 220),
                              outline=(110, 110, 110), width=2)
    s2.text(mm(46), y + 310, f"姓名　{p.legal_rep}", font("hei", 34))
    return [s, s2]


def _credit_report(c: CaseCtx, p: Party, rng: random.Random) -> list[Sheet]:
    """The respondent company's page printed from the 国家企业信用信息公示系统 by the lawyer: a banded header, the
    registration particulars as a two-column table, the print time at the foot."""
    s = Page()
    f = font("sans", 32)
    s.draw.rectangle((mm(14), mm(14), s.width - mm(14), mm(34)), fill=(48, 86, 150))
    s.text(mm(20), mm(17.5), "国家企业信用信息公示系统", font("sans_bold", 48), fill=(255, 255, 255))
    s.centred(mm(46), "企业信用信息公示报告", font("sans_bold", 56))
    s.text(mm(16), mm(62), f"报告生成时间：{c.filed_on - timedelta(days=3):%Y年%m月%d日}", f)
    rows = [["统一社会信用代码", p.id_number], ["企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", p.legal_rep], ["注册资本", f"{rng.choice([50, 100, 300])}万元人民币"],
            ["成立日期", f"{rng.randint(2012, 2019)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记机关", "石家庄市桥西区行政审批局"], ["登记状态", "存续（在营、开业、在册）"], ["住所", p.address],
            ["经营范围", "服装、服饰加工销售；纺织品销售" if "服饰" in p.name else "住宅室内装饰装修；建筑装饰材料销售；家具销售"]]
    frame_grid(s, mm(16), mm(72), [mm(52), s.width - mm(32) - mm(52)], rows, f, heights=mm(14), labels=(0,),
               label_font=font("sans_bold", 32), outer=2, inner=1)
    s.text(mm(16), mm(72) + mm(14) * len(rows) + mm(8), "股东及出资信息", font("sans_bold", 40))
    rows2 = [["股东", "认缴出资额（万元）", "出资方式"], [p.legal_rep, "—", "货币"], [person_name(rng), "—", "货币"]]
    frame_grid(s, mm(16), mm(72) + mm(14) * len(rows) + mm(22), [mm(60), mm(70), s.width - mm(162)], rows2, f,
               heights=mm(13), labels=(), outer=2, inner=1)
    s.text(mm(16), s.height - mm(20), "https://www.gsxt.gov.cn　　　　本报告仅供参考", font("sans", 26))
    return [s]


def _e_bill(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 河北省非税收入统一票据（电子） of the first-instance fee (the arbitration fee for the award), as printed from
    the bill platform: a ruled bill with the finance bureau's oval 监制章 and the collector's 财务专用章."""
    s = Page()
    cloth = c.extra["tale"] == "cloth"
    payer = c.applicant.name
    unit = ARB if cloth else SHORT
    item = "仲裁费" if cloth else "诉讼费（案件受理费）"
    fee = (c.amount * Decimal("0.012")).quantize(Decimal("1")) if cloth else Decimal(int(c.amount) // 100 + 25)
    f = font("sans", 32)
    y = mm(22)
    s.centred(y, "河北省非税收入统一票据（电子）", font("sans_bold", 54), fill=(150, 40, 40))
    d = c.basis_effective - timedelta(days=rng.randint(60, 120))
    s.text(mm(18), y + mm(18), f"票据代码：1301{rng.randint(1000, 9999)}　　票据号码：00{rng.randint(10**7, 10**8 - 1)}", f)
    s.text(mm(18), y + mm(26), f"交款人统一社会信用代码：{c.applicant.id_number}", f)
    s.text(mm(18), y + mm(34), f"交款人：{payer}", f)
    s.right(s.width - mm(18), y + mm(18), f"校验码：{rng.randint(10**5, 10**6 - 1)}", f)
    s.right(s.width - mm(18), y + mm(26), f"开票日期：{d:%Y-%m-%d}", f)
    w = s.width - mm(36)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"], [f"10304{rng.randint(100, 999)}", item, "件", "1", "—",
                                                                    f"{fee:,.2f}"],
            ["", "", "", "", "", ""], ["金额合计（大写）", money_caps(fee), "", "（小写）", "", f"{fee:,.2f}"],
            ["备注", f"{c.basis_number}　{c.applicant.name}诉{c.respondent.name}"]]
    frame_grid(s, mm(18), y + mm(44), [mm(32), mm(52), mm(16), mm(18), mm(22), w - mm(140)], rows, f,
               heights=[mm(13), mm(14), mm(14), mm(14), mm(16)], labels=(), outer=3, inner=1)
    yb = y + mm(44) + mm(71)
    s.text(mm(18), yb + mm(6), f"收款单位（章）：{unit}", f)
    s.text(mm(110), yb + mm(6), f"复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f)
    oval = (mm(80), y - mm(2), mm(130), y + mm(16))
    s.draw.ellipse(oval, outline=(200, 40, 40), width=5)
    s.centred(y + mm(2), "河北省财政厅", font("sans", 26), fill=(200, 40, 40), x0=oval[0], x1=oval[2])
    s.centred(y + mm(9), "票据监制章", font("sans", 26), fill=(200, 40, 40), x0=oval[0], x1=oval[2])
    seal(s, s.width - mm(60), yb + mm(2), unit, rng, radius=mm(17), inner="财务专用章")
    for x in range(0, s.width, 20):
        s.line(x, yb + mm(24), x + 9, yb + mm(24), width=1, fill=(160, 160, 160))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bureau's templates the lawyer downloaded, filled by hand and uploaded: a heavy-framed table, the note in
    small serif, the signature and (for a company) its seal."""
    a, r = c.applicant, c.respondent
    s = Page()
    w = s.width - LEFT - RIGHT
    tale = str(c.extra["tale"])
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取执行款确认书")
        rows = [("申请执行人", a.name), ("收款账户户名", a.name), ("开户银行", c.extra["in_bank"]), ("银行账号", c.extra["in_acct"]),
                ("联系人及电话", f"{c.agent}　{c.agent_phone}")]
        note = ("申请执行人确认：本案执行款发放至上述账户，该账户信息真实、准确；因账户信息错误或变更未告知导致的款项延误、"
                "错付，由申请执行人自行承担。执行款只能发放至申请执行人本人（本单位）账户。")
    elif code == "service_address_confirmation":
        y = form_title(s, "当事人送达地址确认书")
        rows = [("当事人", a.name), ("送达地址", a.address), ("收件人", c.agent), ("收件人电话", c.agent_phone),
                ("是否同意电子送达", "同意。手机号码" + c.agent_phone + "，河北法院电子诉讼平台"),
                ("代收人", f"{c.agent}（委托代理人）")]
        note = ("1．本确认书载明的地址适用于执行程序；2．地址变更的，应当及时书面告知本院，未告知的，按原地址送达视为送达；"
                "3．同意电子送达的，文书到达受送达人特定系统的日期为送达日期。")
    else:
        y = form_title(s, "被执行人财产线索提供表")
        clue = {"cloth": f"银行账户：{c.extra.get('r_bank', '')}　账号{c.extra.get('r_acct', '')}（基本户）",
                "decor": "中华南大街门店内展厅材料、电脑等办公设备；公司账户情况不详",
                "brick": f"皮卡车一辆，车牌{c.extra.get('truck', '')}；{c.extra.get('project', '')}的工程款"}[tale]
        rows = [("被执行人", r.name), ("证照号码", r.id_number), ("住所地/住址", r.address), ("联系电话", r.phone),
                ("财产线索", clue), ("线索来源", "申请执行人掌握" if tale != "brick" else "申请执行人多次见其驾驶该车")]
        note = "申请执行人应当如实提供财产线索；所提供的线索不实或者故意隐瞒的，依法承担相应法律责任。"
    boxes = frame_grid(s, LEFT, y, [mm(48), w - mm(48)], [[label, ""] for label, _ in rows], hei(36),
                       heights=[mm(26) if len(v) > 20 else mm(17) for _, v in rows])
    right = [b for b in boxes if b[0] > LEFT]
    for (_label, value), b in zip(rows, right, strict=True):
        ink(s, b[0] + mm(4), b[1] + mm(4), value, rng, size=40, per_line=20, lead=mm(8.2), colour=BALL)
    run = Flow([s], boxes[-1][3] + 40)
    run.para(note, serif(32), lead=54, first=64)
    y = run.y + 70
    s.text(s.width - RIGHT - mm(116), y, "申请执行人（签名或盖章）：", serif(36))
    if a.kind == "organisation":
        seal(s, s.width - RIGHT - mm(34), y + 40, a.name, rng, radius=mm(19))
        ink(s, s.width - RIGHT - mm(70), y + 90, a.legal_rep, rng, size=50, colour=BLACK_PEN)
    else:
        ink(s, s.width - RIGHT - mm(40), y - 8, a.name, rng, size=54, colour=BLACK_PEN)
    ink(s, s.width - RIGHT - mm(72), y + 180, num_date(c.filed_on - timedelta(days=3)), rng, size=42, colour=BLACK_PEN)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """被执行人财产申报表 on the bureau's form: the garment company typed its own answers and sealed it; the contractor
    filled it by hand at the bureau; the decoration company's came back with nothing — the undertaker's note on it."""
    r = c.respondent
    tale = str(c.extra["tale"])
    s = Page()
    y = form_title(s, "被执行人财产申报表")
    s.text(LEFT, y - 20, f"案号：{c.number}", serif(34))
    y += 40
    w = s.width - LEFT - RIGHT
    if tale == "cloth":
        answers = [r.name, f"{r.legal_rep}（法定代表人）", f"{c.extra['r_bank']}基本户{c.extra['r_acct']}，余额约"
                   f"{int(c.amount * Decimal('1.2') / 10000)}万元", "无", "依维柯货车一辆（抵押给银行）",
                   "应收服装货款约三十万元（对方拖欠）", "缝纫设备四十余台（租赁厂房内）"]
    elif tale == "brick":
        answers = [r.name, "本人", "农业银行卡一张，余额几十元", "老家宅基地房一处（父母居住）", "无（皮卡车是妻子的）",
                   f"{c.extra['project']}工程款约十五万元未结", "无"]
    else:
        answers = [r.name, "", "", "", "", "", ""]
    rows = [["申报人", answers[0]], ["填报人/身份", answers[1]], ["银行存款", answers[2]], ["不动产", answers[3]],
            ["车辆", answers[4]], ["债权及收入", answers[5]], ["其他财产", answers[6]]]
    typed = tale == "cloth"
    cells = [[label, value if typed else ""] for label, value in rows]
    boxes = frame_grid(s, LEFT, y, [mm(40), w - mm(40)], cells, wenkai(38) if typed else serif(38),
                       heights=[mm(15), mm(15), mm(24), mm(20), mm(20), mm(24), mm(20)])
    right = [b for b in boxes if b[0] > LEFT]
    if tale == "brick":
        for (_label, value), b in zip(rows, right, strict=True):
            if value:
                ink(s, b[0] + mm(4), b[1] + mm(4), value, rng, size=40, per_line=20, lead=mm(8), colour=BLACK_PEN)
    run = Flow([s], boxes[-1][3] + 36)
    run.para("申报人保证以上申报内容真实、完整，如有隐瞒、虚假申报，愿承担罚款、拘留等法律责任；构成犯罪的，依法追究刑事"
             "责任。", serif(32), lead=54, first=64)
    y = run.y + 60
    s.text(s.width - RIGHT - mm(110), y, "申报人（签名或盖章）：", serif(36))
    d = made_declared(c)
    if tale == "cloth":
        seal(s, s.width - RIGHT - mm(36), y + 40, r.name, rng, radius=mm(19))
        s.text(s.width - RIGHT - mm(86), y + 170, num_date(d), wenkai(38))
    elif tale == "brick":
        ink(s, s.width - RIGHT - mm(40), y - 8, r.name, rng, size=56, colour=BLACK_PEN)
        s.draw.ellipse((s.width - RIGHT - mm(12), y + 6, s.width - RIGHT - mm(12) + 34, y + 50), fill=(190, 40, 44))
        ink(s, s.width - RIGHT - mm(86), y + 170, num_date(d), rng, size=40, colour=BLACK_PEN)
    else:
        ink(s, LEFT, y + 250, f"被执行人逾期未申报。{c.officer}　{d.month}.{d.day}", rng, size=46, colour=BALL)
    return [s]


def made_declared(c: CaseCtx) -> date:
    return c.day(13 if c.extra["tale"] == "cloth" else 33 if c.extra["tale"] == "brick" else 12)


def _bank_slips(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """河北银行's 电子回单 printed from the court's account: the deduction from the respondent and the payout to the
    applicant, two slips to the page, each with the bank's 电子回单专用章."""
    s = Page()
    f = font("sans", 30)
    paid = c.extra["paid_on"]
    slips = [(c.respondent.name, str(c.extra["r_acct"]), f"{SHORT}执行款专户", str(c.extra["court_acct"]),
              paid - timedelta(days=9), c.amount + Decimal(c.extra["fee"]), f"{c.number}扣划"),
             (f"{SHORT}执行款专户", str(c.extra["court_acct"]), c.applicant.name, str(c.extra["in_acct"]), paid, c.amount,
              f"{c.number}案款发放")]
    y = mm(16)
    for payer, pacct, payee, eacct, day, amount, use in slips:
        s.box(mm(14), y, s.width - mm(14), y + mm(122), width=2)
        s.text(mm(20), y + mm(4), "河北银行", font("sans_bold", 44))
        s.centred(y + mm(5), "电 子 回 单", font("sans_bold", 46))
        s.text(mm(20), y + mm(17), f"回单编号：HB{rng.randint(10**13, 10**14 - 1)}　　记账日期：{day:%Y年%m月%d日}", f)
        w = s.width - mm(40)
        rows = [["付款人户名", payer, "收款人户名", payee], ["付款人账号", pacct, "收款人账号", eacct],
                ["金额（小写）", f"CNY {amount:,.2f}", "金额（大写）", money_caps(amount)], ["摘　要", use],
                ["交易流水号", f"{day:%Y%m%d}{rng.randint(10**8, 10**9 - 1)}", "柜员号", f"9{rng.randint(10000, 99999)}"]]
        frame_grid(s, mm(20), y + mm(27), [mm(30), mm(58), mm(30), w - mm(118)], rows, f, heights=mm(14),
                   labels=(0, 2), label_font=font("sans", 30), outer=2, inner=1)
        seal(s, s.width - mm(52), y + mm(100), "河北银行股份有限公司石家庄桥西支行", rng, radius=mm(16), inner="电子回单专用章")
        s.text(mm(20), y + mm(108), f"打印时间：{paid + timedelta(days=1):%Y-%m-%d}　打印次数：1", f)
        y += mm(136)
    return [s]


__all__ = ["RECEIVED", "made_declared", "received"]
