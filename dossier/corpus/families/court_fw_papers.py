"""What 北湖法院执行局 receives, each paper in its maker's style (only the court's own civil division's judgment and
生效证明书 come off the same e-signature platform as the bureau's papers):

- 郴州市中级人民法院's appeal judgment: the classic form — court and title centred, GB 宋 body, a red pressed seal
  over the date, folios "— n —"; the 苏仙区法院's first-instance judgment behind it in AR PL 明体 with its title spread
  wide and "第n页 共m页", and that court's 生效证明书 as a small half-page form;
- 郴州仲裁委员会's award: a red letterhead with a double rule, 楷 body, three arbitrators, the commission's seal;
- the lawyers' Word papers in 黑体/等线-like sans (title centred, requests numbered), a 律师事务所函 under a blue
  logo bar, the 授权委托书 on the firm's printed grid;
- copies: an ID card's two faces, a 营业执照 with its 法定代表人身份证明书, the 国家企业信用信息公示系统 report the
  applicant printed for the respondent, a 律师执业证's open booklet;
- the window's blank forms filled in ballpoint by the parties; the 财政电子票据 with its QR; the 网络执行查控系统's
  printout; a bank's 电子回单 pair; a typed 执行和解协议 signed with red fingerprints."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, table, text_width, wrap
from dossier.corpus.families.court_fw_kit import COURT, paper
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "郴州仲裁委员会"
MID = "湖南省郴州市中级人民法院"
BALL = (28, 40, 120)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fw import made_on

    d = made_on(c, code)
    tale = str(c.extra["tale"])
    if code == "enforcement_basis":
        if tale == "fish":
            return _own_judgment(c, rng)
        if tale == "resort":
            return _award(c, rng)
        first = _first_instance(c, rng)
        first[0].starts_document = True
        return _appeal(c, rng) + first
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        if "respondent" in served:
            return _credit_report(c.respondent, c, rng)
        p = c.applicant
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, c, rng)
    if code == "fee_receipt":
        return _e_bill(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _bank(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        rep = "投资人" if p.name.endswith("冶炼厂") else "法定代表人"
        return f"{p.name}，住所地{p.address}。{rep}：{p.legal_rep}。"
    born = p.born or date(1975, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _typeset(s: Sheet, blocks: Sequence[tuple[str, str]], f: Font, *, y: float, left: float, right: float,
             lead: float, bottom: float, new: object = None) -> tuple[list[Sheet], float]:
    """Blocks down the sheets: p (indented), h (hanging), anything else flush; a fresh plain sheet when full."""
    sheets = [s]
    width = s.width - left - right
    for kind, text in blocks:
        first = f.size * 2 if kind == "p" else 0.0
        hang = f.size * 2 if kind == "h" else 0.0
        for k, part in enumerate(wrap(text, f, width - hang, indent=first - hang if first else 0.0)):
            if y + lead > s.height - bottom:
                s = Sheet()
                sheets.append(s)
                y = float(mm(30))
            s.text(left + (first if k == 0 else hang), y, part, f)
            y += lead
    del new
    return sheets, y


def _folio(sheets: list[Sheet], style: str, f: Font) -> list[Sheet]:
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if n > 1:
            label = f"— {i} —" if style == "dash" else f"第{i}页 共{n}页"
            if style == "dash":
                s.centred(s.height - mm(18), label, f)
            else:
                s.right(s.width - mm(26), s.height - mm(16), label, f)
            if i > 1:
                s.page_of = (i, n)
    return sheets


def _own_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """北湖法院's own civil judgment (简易程序), printed from the platform like every paper of the court."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    owed = c.amount
    story = (f"{a.name}自2022年4月起向{r.name}下属{c.extra['stores']}家门店供应{c.extra['goods']}，双方约定每月25日对账、"
             f"次月10日前付清上月货款。至2023年2月，经双方对账，{r.name}尚欠货款{owed:,.2f}元，对账单加盖其财务专用章。")
    return paper(c, "民事判决书", [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用简易程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}，被告的法定代表人{r.legal_rep}到庭参加诉讼。"
              "本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告支付货款{owed:,.2f}元及逾期付款利息；2.本案诉讼费用由被告负担。"
              f"事实和理由：{story}"),
        ("p", f"{r.name}辩称：欠款属实，因门店客流下降资金紧张，请求分期付款。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", "本院认为，原、被告之间的买卖合同关系依法成立并有效。原告按约供货，被告在对账单上确认欠款，应当支付货款。被告以"
              "经营困难为由请求分期付款，原告不同意，本院不予支持。依照《中华人民共和国民法典》第五百零九条、第六百二十六条、"
              "第六百二十八条之规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{owed:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行"
              "期间的债务利息。"),
        ("p", f"案件受理费{int(owed) // 100 + 30}元，减半收取{(int(owed) // 100 + 30) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于湖南省郴州市"
              "中级人民法院。"),
    ], day=c.basis_effective - timedelta(days=rng.randint(16, 24)), key="judgment", number=c.basis_number,
        signers=[("审判员", c.extra.setdefault("civil_judge", person_name(rng))), ("书记员", person_name(rng))])


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """郴州中院's appeal judgment: centred court and title, GB 宋 body, a red seal, — n — folios."""
    a, r = c.applicant, c.respondent
    goods, tons = c.extra["goods"], c.extra["tons"]
    s = Sheet()
    s.centred(mm(30), MID, font("serif_bold", 58), spacing=6)
    s.centred(mm(46), "民 事 判 决 书", font("serif_bold", 84))
    s.right(s.width - mm(28), mm(64), c.basis_number, font("ming", 40))
    f = font("ming", 42)
    blocks = [
        ("h", f"上诉人（原审被告）：{_who(r)}"),
        ("h", f"被上诉人（原审原告）：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服{c.extra['first_court']}{c.extra['first_number']}"
              "民事判决，向本院提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判减少货款。理由：被上诉人交付的{goods}含银量不足，应按实测品位重新结算。"),
        ("p", f"{a.name}辩称：双方按第三方检测报告结算，上诉人收货后已投炉冶炼，未在约定期限内提出质量异议，请求驳回上诉。"),
        ("p", f"本院经审理查明：双方于2022年签订《{goods}购销合同》，被上诉人分批交付{goods}{tons}吨，经第三方检测机构出具品位报告"
              f"后结算，上诉人尚欠货款{c.amount:,.2f}元。一审查明的其他事实属实，本院予以确认。"),
        ("p", "本院认为，上诉人收货后未在合同约定的十五日检验期内提出质量异议，且已将货物投入生产，其上诉理由不能成立。一审判决认定"
              "事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(c.amount) // 100 + 80}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    sheets, y = _typeset(s, blocks, f, y=mm(78), left=mm(28), right=mm(26), lead=70, bottom=mm(32))
    last = sheets[-1]
    if y + 420 > last.height - mm(30):
        last = Sheet()
        sheets.append(last)
        y = mm(40)
    x = last.width - mm(100)
    y += 50
    for role in ("审 判 长", "审 判 员", "审 判 员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 70
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(5, 12)))
    last.text(x, y + 20, when, f)
    seal(last, x + text_width(when, f) / 2, y + 30, MID, rng, radius=mm(21))
    last.text(x, y + 100, f"书 记 员　{person_name(rng)}", f)
    return _folio(sheets, "dash", font("ming", 32))


def _first_instance(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """苏仙区法院's first-instance judgment in 明体, the title's letters spread, 第n页 共m页 at the foot."""
    a, r = c.applicant, c.respondent
    goods, tons = c.extra["goods"], c.extra["tons"]
    court = str(c.extra["first_court"])
    s = Sheet()
    s.centred(mm(28), court, font("wenkai_bold", 54), spacing=4)
    s.centred(mm(42), "民事判决书", font("hei", 78), spacing=50)
    s.right(s.width - mm(26), mm(60), str(c.extra["first_number"]), font("wenkai", 40))
    f = font("wenkai", 42)
    blocks = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后依法适用普通程序，公开开庭进行了审理。本案现已审理终结。"),
        ("p", f"原告诉称：原告向被告供应{goods}{tons}吨，被告收货冶炼后仅支付部分货款，尚欠{c.amount:,.2f}元至今未付。"),
        ("p", "被告辩称：货物品位不达标，应扣减货款。"),
        ("p", "本院认为，原、被告签订的购销合同合法有效。被告未在约定检验期内提出异议，应视为货物数量和质量符合约定。依照《中华人民"
              "共和国民法典》第六百二十一条、第六百二十六条之规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，上诉于湖南省郴州市中级人民法院。"),
    ]
    sheets, y = _typeset(s, blocks, f, y=mm(74), left=mm(30), right=mm(26), lead=72, bottom=mm(30))
    last = sheets[-1]
    if y + 380 > last.height - mm(28):
        last = Sheet()
        sheets.append(last)
        y = mm(40)
    x = last.width - mm(96)
    y += 40
    for role in ("审判长", "审判员", "人民陪审员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 70
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(90, 130)))
    last.text(x, y + 20, when, f)
    seal(last, x + text_width(when, f) / 2, y + 30, court, rng, radius=mm(21))
    last.text(x, y + 100, f"书记员　{person_name(rng)}", f)
    return _folio(sheets, "nm", font("wenkai", 30))


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """郴州仲裁委员会's award under its red letterhead, 楷 body."""
    a, r = c.applicant, c.respondent
    works = c.extra["works"]
    s = Sheet()
    red = (200, 30, 36)
    s.centred(mm(24), ARB, font("serif_bold", 86), fill=red, spacing=18)
    s.line(mm(20), mm(40), s.width - mm(20), mm(40), width=7, fill=red)
    s.line(mm(20), mm(41.8), s.width - mm(20), mm(41.8), width=2, fill=red)
    s.centred(mm(50), "裁  决  书", font("serif_bold", 74))
    s.right(s.width - mm(26), mm(66), c.basis_number, font("kai", 40))
    f = font("kai", 43)
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    blocks = [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"本会根据申请人与被申请人签订的《{works}施工合同》中的仲裁条款，于{cn_date(heard - timedelta(days=45))}受理了申请人提出的"
              f"仲裁申请。本会依照《郴州仲裁委员会仲裁规则》组成仲裁庭，于{cn_date(heard)}开庭审理。被申请人经合法通知无正当理由"
              "未到庭，仲裁庭依法缺席审理。本案现已审理终结。"),
        ("p", f"申请人称：申请人承建被申请人开发的莽山度假区{works}工程，工程于2022年10月竣工验收并交付使用，经结算，被申请人尚欠"
              f"工程款{c.amount:,.2f}元，经多次催讨未付。"),
        ("p", "仲裁庭查明：申请人提交的施工合同、竣工验收记录、结算单均加盖被申请人公章，能够证明上述事实。"),
        ("p", "仲裁庭认为，双方签订的施工合同合法有效，工程已竣工验收合格，被申请人应按结算支付工程款。依照《中华人民共和国民法典》"
              "第七百九十九条、《中华人民共和国仲裁法》第四十二条之规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决送达之日起十日内向申请人{a.name}支付工程款{c.amount:,.2f}元；"),
        ("p", "二、本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets, y = _typeset(s, blocks, f, y=mm(80), left=mm(28), right=mm(26), lead=72, bottom=mm(30))
    last = sheets[-1]
    if y + 420 > last.height - mm(26):
        last = Sheet()
        sheets.append(last)
        y = mm(40)
    x = last.width - mm(100)
    y += 40
    for role in ("首席仲裁员", "仲 裁 员", "仲 裁 员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 68
    when = cn_date(c.basis_effective)
    last.text(x, y + 20, when, f)
    seal(last, x + mm(28), y + 30, ARB, rng, radius=mm(21))
    last.text(x, y + 100, f"秘　书　{person_name(rng)}", f)
    return _folio(sheets, "dash", font("kai", 32))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    tale = str(c.extra["tale"])
    if tale == "fish":
        return paper(c, "生效证明书", [
            ("p", f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案的民事判决书，已于"
                  f"{cn_date(c.basis_effective - timedelta(days=16))}送达双方当事人，在法定上诉期内双方均未提起上诉，该判决已于"
                  f"{cn_date(c.basis_effective)}发生法律效力。"),
            ("p", "特此证明。"),
            ("n", "出具部门：民事审判第一庭"),
        ], day=c.basis_effective + timedelta(days=rng.randint(3, 8)), key="effect", number=c.basis_number.replace("号", "号之一"))
    s = Sheet(size=(mm(210), mm(148)))
    if tale == "metal":
        court = str(c.extra["first_court"])
        s.centred(mm(14), court, font("wenkai_bold", 46), spacing=3)
        s.centred(mm(25), "生效证明书", font("hei", 64), spacing=30)
        text = (f"本院{c.extra['first_number']}原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院作出的民事判决经"
                f"{MID}{c.basis_number}民事判决维持，该判决已于{cn_date(c.basis_effective)}发生法律效力。特此证明。")
        f = font("wenkai", 40)
    else:
        court = ARB
        s.centred(mm(14), ARB, font("serif_bold", 50), fill=(200, 30, 36), spacing=8)
        s.centred(mm(25), "送达及生效证明", font("serif_bold", 60))
        text = (f"本会{c.basis_number}裁决书已于{cn_date(c.basis_effective + timedelta(days=3))}送达双方当事人。该裁决为终局裁决，"
                f"自{cn_date(c.basis_effective)}作出之日起发生法律效力。特此证明。")
        f = font("kai", 42)
    y = float(mm(40))
    for k, part in enumerate(wrap(text, f, s.width - mm(50), indent=f.size * 2)):
        s.text(mm(25) + (f.size * 2 if k == 0 else 0), y, part, f)
        y += 66
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(4, 10)))
    s.right(s.width - mm(30), y + 60, when, f)
    seal(s, s.width - mm(30) - text_width(when, f) / 2, y + 70, court, rng, radius=mm(20))
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's Word file: centred sans title, sans body, requests numbered, a signature block with the seal."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), "强制执行申请书", font("sans_bold", 68), spacing=8)
    f = font("sans", 40)
    basis = {"fish": f"{COURT}{c.basis_number}民事判决书", "resort": f"{ARB}{c.basis_number}裁决书",
             "metal": f"{MID}{c.basis_number}民事判决书及{c.extra.get('first_court', '')}{c.extra.get('first_number', '')}民事判决书"}
    blocks = [("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
              ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("h", f"被执行人：{_who(r)}"),
              ("f", "执行请求："),
              ("p", f"1. 强制被执行人支付{money(c.amount)}；"),
              ("p", "2. 强制被执行人加倍支付迟延履行期间的债务利息；"),
              ("p", "3. 本案执行费由被执行人承担；"),
              ("p", "4. 被执行人未按执行通知履行的，请求对其采取限制高消费措施，并纳入失信被执行人名单。"),
              ("f", "事实与理由："),
              ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis[str(c.extra['tale'])]}已经发生法律效力，被执行人至今未履行。"
                    "为此，依据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
              ("f", "此致"), ("f", COURT)]
    sheets, y = _typeset(s, blocks, f, y=mm(52), left=mm(25), right=mm(25), lead=70, bottom=mm(28))
    last = sheets[-1]
    last.text(last.width - mm(105), y + 50, "申请执行人（签章）：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(42), y + 80, a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(50), y + 40, a.name, rng, size=56, ink=INK)
        last.draw.ellipse((last.width - mm(28), y + 50, last.width - mm(28) + 36, y + 96), fill=(196, 46, 46))
    last.text(last.width - mm(80), y + 170, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), f)
    return sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's printed 授权委托书 grid, filled in by the lawyer."""
    a = c.applicant
    s = Sheet()
    s.text(mm(24), mm(18), c.firm, font("sans_bold", 36), fill=(30, 70, 140))
    s.centred(mm(30), "授 权 委 托 书", font("serif_bold", 70))
    f = font("serif", 36)
    w = s.width - mm(48)
    rows = [["委托人", ""], ["受托人", ""], ["案件", ""], ["代理权限", ""], ["委托期限", ""]]
    hs = [mm(26), mm(20), mm(18), mm(40), mm(16)]
    y = table(s, mm(24), mm(48), [mm(32), w - mm(32)], rows, f, row_h=hs, centre_first=True)
    fills = [f"{a.name}　{a.legal_rep + '（法定代表人）' if a.kind == 'organisation' else a.id_number}",
             f"{c.agent}　{c.firm}律师", f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}执行案",
             "特别授权：代为申请执行、提供财产线索、申请执行措施、参与和解、代收执行款、代签法律文书", "至本案执行终结"]
    yy = mm(48)
    for text, h in zip(fills, hs, strict=True):
        ty = yy + mm(4)
        for part in wrap(text, font("kai", 40), w - mm(42)):
            hand(s, mm(60), ty, part, rng, size=40, ink=BALL)
            ty += mm(7)
        yy += h
    s.text(mm(28), y + mm(14), "委托人（签章）：", f)
    s.text(s.width / 2 + mm(10), y + mm(14), "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(95), y + mm(24), a.name, rng, radius=mm(19))
    else:
        hand(s, mm(72), y + mm(12), a.name, rng, size=54, ink=INK)
        s.draw.ellipse((mm(100), y + mm(12), mm(100) + 34, y + mm(12) + 44), fill=(196, 46, 46))
    hand(s, s.width / 2 + mm(36), y + mm(12), c.agent, rng, size=54, ink=INK)
    hand(s, s.width - mm(82), y + mm(40), num_date(c.filed_on - timedelta(days=rng.randint(3, 7))), rng, size=42, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    blue = (30, 70, 140)
    s.draw.rectangle((mm(20), mm(16), mm(34), mm(30)), fill=blue)
    s.text(mm(23), mm(17.5), "律", font("serif_bold", 70), fill=(255, 255, 255))
    s.text(mm(38), mm(16), c.firm, font("serif_bold", 60), fill=blue)
    s.text(mm(38), mm(26), "HUNAN LAW FIRM", font("sans", 26), fill=blue)
    s.line(mm(20), mm(33), s.width - mm(20), mm(33), width=4, fill=blue)
    s.centred(mm(44), "律师事务所函", font("sans_bold", 60))
    no = f"（{c.filed_on.year}）湘郴律所函字第{rng.randint(11, 299)}号"
    s.right(s.width - mm(25), mm(58), no, font("serif", 36))
    f = font("serif", 40)
    blocks = [("f", f"{COURT}："),
              ("p", f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}执行一案，本所接受{c.applicant.name}的委托，指派"
                    f"{c.agent}律师担任其代理人，参与该案执行程序。"),
              ("p", "特此函告。"),
              ("f", f"承办律师：{c.agent}　执业证号：{c.extra['licence']}"),
              ("f", f"联系电话：{c.agent_phone}　地址：{c.extra['firm_addr']}")]
    sheets, y = _typeset(s, blocks, f, y=mm(70), left=mm(25), right=mm(25), lead=70, bottom=mm(30))
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 4)))
    s.right(s.width - mm(30), y + 120, when, f)
    seal(s, s.width - mm(30) - text_width(when, f) / 2, y + 120, c.firm, rng, radius=mm(20))
    return sheets


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, y0, lw, lh = mm(22), mm(36), mm(80), mm(112)
    for k in range(2):
        x = x0 + k * (lw + mm(6))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=(232, 232, 228), outline=(80, 80, 80), width=3)
    f = font("serif", 32)
    s.draw.rectangle((x0 + mm(20), y0 + mm(12), x0 + mm(58), y0 + mm(60)), fill=(160, 160, 160))
    s.centred(y0 + mm(68), "律师执业证", font("serif_bold", 46), x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(82), "中华人民共和国司法部监制", f, x0=x0, x1=x0 + lw)
    x = x0 + lw + mm(12)
    for k, (label, value) in enumerate([("持证人", c.agent), ("性别", "男"), ("执业机构", c.firm),
                                        ("执业证类别", "专职律师"), ("执业证号", str(c.extra["licence"])),
                                        ("发证机关", "湖南省司法厅"), ("发证日期", f"20{rng.randint(12, 21)}年{rng.randint(1, 12)}月")]):
        s.text(x, y0 + mm(10) + k * mm(13), f"{label}：", f)
        s.text(x + mm(4), y0 + mm(16) + k * mm(13), value[:15], font("serif", 30))
    seal(s, x0 + lw + mm(58), y0 + lh - mm(20), "湖南省司法厅", rng, radius=mm(15))
    hand(s, mm(30), y0 + lh + mm(22), "此复印件与原件一致", rng, size=54, ink=INK)
    hand(s, mm(130), y0 + lh + mm(24), c.agent, rng, size=50, ink=INK)
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The card's two faces one above the other, as the window's copier lays them."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2
    ys = [mm(40), mm(40) + h + mm(14)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=(220, 222, 216), outline=(110, 110, 110), width=2)
    lab, val = font("sans", 24), font("sans", 30)
    y = ys[0]
    born = p.born or date(1975, 1, 1)
    ty = y + mm(5)
    for label, value in [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")]:
        s.text(x + mm(4), ty, label, lab, fill=(90, 90, 90))
        s.text(x + mm(14), ty - 3, value, val)
        ty += mm(7)
    s.text(x + mm(4), ty, "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(14), ty - 3, p.address[k:k + 12], val)
        ty += mm(5)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(24), y + h - mm(9), p.id_number, font("mono", 32))
    s.draw.rectangle((x + w - mm(25), y + mm(7), x + w - mm(4), y + mm(34)), fill=(150, 150, 150))
    y = ys[1]
    s.text(x + mm(28), y + mm(7), "中华人民共和国", font("hei", 36))
    s.text(x + mm(20), y + mm(18), "居民身份证", font("hei", 54), spacing=12)
    s.text(x + mm(8), y + h - mm(15), "签发机关　宜章县公安局", lab)
    start = rng.randint(2013, 2019)
    s.text(x + mm(8), y + h - mm(9), f"有效期限　{start}.05.12-{start + 20}.05.12", lab)
    hand(s, mm(40), ys[1] + h + mm(18), f"仅供{c.court.name}执行立案使用", rng, size=46, ink=BALL)
    hand(s, mm(120), ys[1] + h + mm(34), p.name, rng, size=54, ink=BALL)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    frame = (176, 130, 60)
    x0, y0, x1, y1 = mm(16), mm(16), s.width - mm(16), mm(160)
    s.box(x0, y0, x1, y1, width=10, outline=frame)
    s.centred(y0 + mm(10), "营　业　执　照", font("serif_bold", 86))
    s.centred(y0 + mm(27), "（副本）", font("serif", 34))
    f = font("serif", 33)
    s.text(x0 + mm(8), y0 + mm(38), f"统一社会信用代码：{p.id_number}", f)
    trade = "水产养殖、销售；禽类产品批发" if "渔业" in p.name else "有色金属、矿产品销售" if "贸易" in p.name else "餐饮服务"
    ty = y0 + mm(50)
    for label, value in [("名称", p.name), ("类型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                         ("经营范围", trade), ("注册资本", f"{rng.choice([100, 200, 500, 1000])}万元"),
                         ("成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住所", p.address)]:
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(40), ty, value[:32], f)
        ty += mm(9.5)
    reg = "资兴市市场监督管理局" if "资兴" in p.address else "郴州市苏仙区市场监督管理局" if "苏仙" in p.address \
        else "郴州市北湖区市场监督管理局"
    s.text(x1 - mm(70), y1 - mm(28), "登记机关", f)
    seal(s, x1 - mm(40), y1 - mm(24), reg, rng, radius=mm(17))
    s.centred(y1 + mm(14), "法定代表人身份证明书", font("serif_bold", 54))
    f2 = font("serif", 40)
    text = f"{p.legal_rep}在我单位任法定代表人职务，特此证明。"
    s.text(mm(28), y1 + mm(32), text, f2)
    s.right(s.width - mm(30), y1 + mm(52), num_date(c.filed_on - timedelta(days=rng.randint(2, 8))), f2)
    seal(s, s.width - mm(55), y1 + mm(50), p.name, rng, radius=mm(18))
    hand(s, mm(30), s.height - mm(34), "与原件核对无误", rng, size=48, ink=BALL)
    return [s]


def _credit_report(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's 企业信用信息公示报告 as printed from the national public system."""
    s = Sheet()
    s.draw.rectangle((0, mm(12), s.width, mm(26)), fill=(198, 40, 40))
    s.text(mm(18), mm(14.5), "国家企业信用信息公示系统", font("sans_bold", 48), fill=(255, 255, 255))
    s.centred(mm(36), f"{p.name}", font("sans_bold", 46))
    s.centred(mm(46), "企业信用信息公示报告", font("sans", 40))
    f = font("sans", 32)
    w = s.width - mm(36)
    rep = "投资人" if p.name.endswith("冶炼厂") else "法定代表人"
    kind = "个人独资企业" if p.name.endswith("冶炼厂") else "有限责任公司（自然人投资或控股）"
    rows = [["统一社会信用代码", p.id_number], ["企业名称", p.name], ["类型", kind], [rep, p.legal_rep],
            ["成立日期", f"{rng.randint(2010, 2020)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记机关", "郴州市北湖区市场监督管理局"], ["登记状态", "存续（在营、开业、在册）"], ["住所", p.address]]
    y = table(s, mm(18), mm(58), [mm(52), w - mm(52)], rows, f, row_h=mm(13))
    s.text(mm(18), y + mm(6), "行政处罚信息：无　　经营异常信息：" + ("列入（通过登记的住所无法联系）" if "度假" in p.name else "无"), f)
    s.text(mm(18), s.height - mm(20), f"报告生成时间：{c.filed_on - timedelta(days=rng.randint(2, 6)):%Y年%m月%d日}", font("sans", 26))
    hand(s, mm(110), y + mm(30), "被执行人主体信息", rng, size=48, ink=BALL)
    return [s]


def _e_bill(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湖南省非税收入电子票据 printed from the finance platform: a red-brown frame, QR at the left."""
    s = Sheet(size=(mm(210), mm(140)))
    ink = (150, 50, 40)
    s.box(mm(10), mm(10), s.width - mm(10), s.height - mm(10), width=3, outline=ink)
    s.centred(mm(14), "湖南省非税收入电子票据", font("serif_bold", 56), fill=ink, spacing=6)
    s.draw.rectangle((mm(16), mm(14), mm(36), mm(34)), outline=INK, width=3)
    r2 = random.Random(c.number)
    for i in range(10):
        for j in range(10):
            if r2.random() < 0.5:
                s.draw.rectangle((mm(17) + j * mm(1.8), mm(15) + i * mm(1.8), mm(17) + (j + 1) * mm(1.8),
                                  mm(15) + (i + 1) * mm(1.8)), fill=INK)
    f = font("song_gb", 30)
    s.text(mm(40), mm(28), f"票据代码：43010124　票据号码：{rng.randint(10**9, 10**10 - 1)}　开票日期：{c.filed_on:%Y-%m-%d}", f,
           fill=ink)
    fee: Decimal = c.extra["fee"]
    rows = [["交款人", c.applicant.name], ["项目名称", f"申请执行费（{c.number}）"], ["金额（小写）", f"{fee:,.2f}"],
            ["金额（大写）", money_caps(fee)], ["收款单位", COURT]]
    table(s, mm(16), mm(40), [mm(38), s.width - mm(70)], rows, f, row_h=mm(12), fill=ink)
    s.text(mm(16), s.height - mm(24), f"收款人：{person_name(rng)}　　复核人：{person_name(rng)}", f, fill=ink)
    seal(s, s.width - mm(48), s.height - mm(36), "湖南省财政厅", rng, radius=mm(14), inner="票据监制章")
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 诉讼服务中心's blank forms, filled in ballpoint by the party (the respondent for the declaration)."""
    a, r = c.applicant, c.respondent
    tale = str(c.extra["tale"])
    s = Sheet()
    s.text(mm(20), mm(16), f"{COURT}诉讼服务中心", font("song_gb", 32))
    s.text(s.width - mm(70), mm(16), "（当事人填写）", font("song_gb", 32))
    heads = {"property_clue_form": "被执行人财产线索提供表", "payment_account_confirmation": "执行案款收取账户确认书",
             "service_address_confirmation": "当事人送达地址确认书", "property_declaration_form": "财产申报表"}
    s.centred(mm(26), heads[code], font("song_gb", 62), spacing=6)
    if code == "property_clue_form":
        clue = {"fish": f"{c.extra.get('r_bank', '')}基本户{c.extra.get('r_acct', '')}；各门店收银二维码",
                "resort": "莽山度假区的客房、餐厅设备；公司在郴州农商行有账户（账号不详）",
                "metal": "厂里的冶炼炉、存放的粗铅；老板开的一台皮卡车"}[tale]
        rows = [("被执行人", r.name), ("住所地", r.address), ("财产线索", clue), ("线索来源", "本方掌握"),
                ("提供人", a.name)]
        who, note = (a.legal_rep if a.kind == "organisation" else a.name), "提供人对所提供线索的真实性负责。"
    elif code == "payment_account_confirmation":
        rows = [("案号", c.number), ("收款人", a.name), ("开户行", str(c.extra["in_bank"])), ("账号", str(c.extra["in_acct"])),
                ("联系电话", a.phone)]
        who, note = (a.legal_rep if a.kind == "organisation" else a.name), "以上账户为接收本案执行款的唯一账户，信息有误由本人（单位）负责。"
    elif code == "service_address_confirmation":
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent),
                ("手机号码", c.agent_phone), ("电子送达", "同意，以短信及湖南移动微法院送达")]
        who, note = c.agent, "送达地址变更的，应及时书面告知法院，否则按原地址送达即视为送达。"
    else:
        none = tale == "resort"
        rows = [("申报人", r.name), ("银行存款", "基本户已无余额" if none else f"{c.extra.get('r_bank', '郴州农商行')}约数万元"),
                ("房产土地", "无"), ("车辆", "无" if none else "皮卡车一台"), ("对外债权", "无"),
                ("其他", "度假区已停业，房屋无产权证且已抵押" if none else "日常经营流水")]
        who, note = r.legal_rep, "申报人保证以上申报属实，如有虚假愿承担法律责任。"
    w = s.width - mm(40)
    y = mm(42)
    f = font("song_gb", 38)
    for label, value in rows:
        h = mm(24) if len(value) > 20 else mm(16)
        s.box(mm(20), y, mm(20) + w, y + h, width=2)
        s.line(mm(58), y, mm(58), y + h, width=2)
        s.text(mm(23), y + h / 2 - 20, label, f)
        ty = y + mm(3)
        for k in range(0, len(value), 22):
            hand(s, mm(62), ty, value[k:k + 22], rng, size=40, ink=BALL)
            ty += mm(8)
        y += h
    s.text(mm(22), y + mm(6), note, font("song_gb", 32))
    s.text(s.width - mm(115), y + mm(22), "填表人（签名）：", f)
    hand(s, s.width - mm(55), y + mm(20), who, rng, size=54, ink=BALL)
    hand(s, s.width - mm(80), y + mm(36), num_date(d), rng, size=42, ink=BALL)
    if code != "property_declaration_form" and a.kind == "organisation":
        seal(s, s.width - mm(45), y + mm(30), a.name, rng, radius=mm(17))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """网络执行查控系统's feedback printout: a grey bar head, a compact table, printed on one sheet."""
    r = c.respondent
    tale = str(c.extra["tale"])
    s = Sheet()
    s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(22)), fill=(210, 214, 220))
    s.text(mm(15), mm(13.5), "网络执行查控系统　查询结果反馈单", font("sans_bold", 40))
    m = font("mono", 26)
    s.text(mm(14), mm(26), f"案号：{c.number}　承办人：{c.officer}　被查询人：{r.name}", m)
    s.text(mm(14), mm(31), f"证照号码：{r.id_number}　查询时间：{d:%Y-%m-%d}　类型：总对总", m)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "湖南银行",
             "湖南省农村信用社联合社", "招商银行", "支付宝", "财付通", "公安部（车辆）", "自然资源部（不动产）",
             "中国结算（证券）", "市场监管总局（股权）", "住建部（公积金）"]
    rows = [["序号", "反馈单位", "反馈结果", "冻结/控制"]]
    for i, unit in enumerate(units, 1):
        res, ctl = "未查询到财产", "—"
        if tale == "fish" and unit == "中国工商银行":
            res, ctl = f"余额{c.amount * Decimal('1.15'):,.2f}", "已冻结"
        elif tale == "metal" and unit == "湖南省农村信用社联合社":
            res, ctl = f"余额{rng.randint(3000, 48000)}.{rng.randint(10, 99)}", "已冻结"
        elif tale == "metal" and unit == "公安部（车辆）":
            res = "湘L·" + f"{rng.randint(10000, 99999)} 轻型货车"
        elif unit in ("中国农业银行", "中国建设银行") and tale != "resort":
            res = f"余额{rng.randint(0, 900)}.{rng.randint(10, 99)}"
        elif tale == "resort" and unit == "湖南银行":
            res = "余额0.00（账户已被他案冻结）"
        rows.append([str(i), unit, res, ctl])
    table(s, mm(14), mm(38), [mm(16), mm(62), mm(70), s.width - mm(28) - mm(148)], rows, m, row_h=mm(10), width=1)
    s.text(mm(14), s.height - mm(18), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d}", m)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(28), "执行和解协议", font("song_gb", 70), spacing=18)
    f = font("song_gb", 40)
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    blocks = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
              ("p", f"{c.number}一案执行中，经{COURT}执行局组织协商，甲乙双方自愿达成如下和解协议："),
              ("p", f"一、乙方确认尚欠甲方{c.extra.get('goods', '')}货款{c.amount:,.2f}元，甲方同意免除迟延履行期间的债务利息；"),
              ("p", f"二、乙方于本协议签订之日支付{first:,.2f}元，余款{c.amount - first:,.2f}元于{num_date(c.extra['pay_day'])}前"
                    "付清，均汇入法院执行款专户；"),
              ("p", "三、乙方按约付清后，甲方申请法院解除对乙方账户和设备的查封、冻结；乙方逾期未付的，甲方可申请恢复执行原生效"
                    "法律文书；"),
              ("p", "四、本协议一式三份，双方各执一份，交法院附卷一份。")]
    sheets, y = _typeset(s, blocks, f, y=mm(46), left=mm(25), right=mm(25), lead=70, bottom=mm(30))
    y += 60
    s.text(mm(25), y, "甲方（盖章）：", f)
    seal(s, mm(85), y + 30, a.name, rng, radius=mm(18))
    hand(s, mm(40), y + 100, a.legal_rep, rng, size=52, ink=INK)
    s.text(s.width / 2 + mm(5), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(65), y + 30, r.name, rng, radius=mm(18))
    hand(s, s.width / 2 + mm(20), y + 100, r.legal_rep, rng, size=52, ink=INK)
    s.draw.ellipse((s.width / 2 + mm(45), y + 100, s.width / 2 + mm(45) + 36, y + 146), fill=(196, 46, 46))
    s.text(mm(25), y + 220, f"签订日期：{num_date(d)}", f)
    s.text(mm(25), y + 300, f"执行人员：{c.officer}", f)
    return sheets


def _bank(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Two 电子回单 of 郴州农商行 on one page: the respondent paying in, the court paying out."""
    s = Sheet()
    f = font("sans", 28)
    green = (20, 110, 90)
    paid = c.extra["pay_day"]
    acct = f"8201{rng.randint(10**14, 10**15 - 1)}"
    slips = [(c.respondent.name, str(c.extra.get("r_acct") or f"8201{rng.randint(10**14, 10**15 - 1)}"),
              f"{COURT}（执行款专户）", acct, paid, f"{c.number}执行款"),
             (f"{COURT}（执行款专户）", acct, c.applicant.name, str(c.extra["in_acct"]), paid + timedelta(days=2),
              f"{c.number}案款发放")]
    y = mm(16)
    for payer, pa, payee, pe, day, use in slips:
        s.draw.rectangle((mm(14), y, s.width - mm(14), y + mm(10)), fill=green)
        s.text(mm(18), y + mm(1.5), "湖南郴州农村商业银行　电子回单", font("sans_bold", 38), fill=(255, 255, 255))
        s.text(mm(18), y + mm(13), f"回单号：{rng.randint(10**13, 10**14 - 1)}　记账日期：{day:%Y年%m月%d日}", f)
        rows = [["付款人", payer], ["付款账号", pa], ["收款人", payee], ["收款账号", pe],
                ["金额", f"¥{c.amount:,.2f}　人民币{money_caps(c.amount)}"], ["摘要", use]]
        table(s, mm(18), y + mm(20), [mm(30), s.width - mm(66)], rows, f, row_h=mm(10), width=1, fill=green)
        seal(s, s.width - mm(45), y + mm(70), "湖南郴州农村商业银行", rng, radius=mm(14), inner="电子回单专用章")
        y += mm(128)
    return [s]

