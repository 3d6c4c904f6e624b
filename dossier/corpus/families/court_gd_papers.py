"""What 思茅法院执行局 receives, each in its maker's style: 普洱仲裁委员会's 裁决书 in AR PL 明体 with its three
arbitrators and the 秘书处's 生效证明; the court's civil division's 民事判决书 in Noto serif with "- n -" folios; the
lawyers' typed applications in 楷体 under an underlined 黑体 title (the 恢复执行申请书 with the original undertaker's
handwritten approval box at its foot); the firm's printed 授权委托书 form with blanks filled in; a 律师事务所函 under a
blue letterhead; card copies (ID card, licence booklet, business licence); the 云南省非税收入 缴款书 printed brown; the
window's forms filled by the parties in ballpoint; the 查控 system's printout in a monospaced face; the scenic area
company's typed 和解协议; the banks' 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_gd_kit import COURT, Cursor, L, R, T, form_title, gel, hei, ruled
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "resumption_application", "enforcement_basis", "effectiveness_certificate",
    "property_clue_form", "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
    "payment_account_confirmation", "service_address_confirmation", "property_declaration_form",
    "online_inquiry_result", "settlement_agreement", "payment_voucher",
})
ARB = "普洱仲裁委员会"
BROWN = (140, 70, 40)
BALL = (35, 45, 140)
"""the parties' blue ballpoint"""


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gd import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _award(c, rng) if c.extra["tale"] == "coffee" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "resumption_application":
        return _resume_application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _business(p, c, rng) if p.kind == "organisation" else _id_card(p, c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _slips(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        rep = "负责人" if "合作社" in p.name else "法定代表人"
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{rep}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _folio(sheets: list[Sheet], f_role: str) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(15), f"- {i} -", font(f_role, 30))
            if i > 1:
                s.page_of = (i, n)
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """普洱仲裁委员会's award: committee and title in bold serif, the body in AR PL 明体, three arbitrators."""
    a, r = c.applicant, c.respondent
    tons = int(c.extra["tons"])
    price = (c.amount / tons).quantize(Decimal("0.01"))
    heard = c.basis_effective - timedelta(days=rng.randint(25, 45))
    s = Sheet()
    s.centred(T - 6, ARB, font("serif_bold", 60), spacing=12)
    s.centred(T + 92, "裁　决　书", font("serif_bold", 82))
    cur = Cursor([s], T + 226, left=mm(28), right=mm(26))
    s.right(s.width - mm(26), T + 196, c.basis_number, font("ming", 38))
    f = font("ming", 41)
    lead = 72
    for kind, text in [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"本会根据申请人与被申请人于2022年9月签订的《咖啡生豆购销合同》中的仲裁条款及申请人的仲裁申请，于"
              f"{cn_date(heard - timedelta(days=40))}受理了双方之间的买卖合同纠纷案。本会依法组成仲裁庭，于{cn_date(heard)}"
              "在本会仲裁庭室开庭审理，双方均到庭参加了庭审。本案现已审理终结。"),
        ("p", f"申请人称：2022至2023产季，申请人向被申请人交付水洗咖啡生豆{tons}吨，每吨价格{price:,.2f}元，被申请人验收入库后"
              f"仅出具了对账单，货款{c.amount:,.2f}元至今未付。请求裁决被申请人支付货款并承担仲裁费用。"),
        ("p", "被申请人辩称：对收货数量和单价无异议，因国际咖啡期货价格下跌、出口订单取消，资金周转困难，请求给予宽限期。"),
        ("p", "仲裁庭认为：双方签订的购销合同系真实意思表示，合法有效。申请人已按约交付咖啡生豆，被申请人应按约支付货款。"
              "被申请人以经营困难为由拖延付款，没有法律依据，仲裁庭不予支持。依照《中华人民共和国民法典》第五百零九条、"
              "第六百二十六条及《中华人民共和国仲裁法》第五十四条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付货款{c.amount:,.2f}元；"),
        ("p", f"二、本案仲裁费{int(c.amount) // 60 + 300}元，由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]:
        cur.para(text, f, lead=lead, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    cur.room(430)
    last, y = cur.s, cur.y + 50
    x = last.width - mm(98)
    for role in ("首席仲裁员", "仲　裁　员", "仲　裁　员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 72
    when = cn_date(c.basis_effective - timedelta(days=8))
    last.text(x + mm(6), y + 24, when, f)
    seal(last, x + mm(34), y + 30, ARB, rng, radius=mm(21))
    last.text(x, y + 110, f"书　记　员　{person_name(rng)}", f)
    return _folio(cur.sheets, "ming")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment: Noto serif, name and title unspaced, number flush right, one judge."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(35, 60))
    if c.extra["tale"] == "timber":
        trips = int(c.extra["trips"])
        facts = (f"2022年3月至2022年11月，原告接受被告委托，用货车和驳船将被告生产的思茅松胶合板、板材从思茅区木材加工园区"
                 f"运往思茅港及昆明、磨憨等地，共计{trips}车次。双方按月对账，被告确认尚欠运费{c.amount:,.2f}元，经原告多次催收未付。")
        held = "原、被告之间的运输合同关系合法有效，原告已完成运输义务，被告应按约支付运费。"
        cause, kind = "运输合同纠纷", "运费"
    else:
        cakes = int(c.extra["cakes"])
        facts = (f"2021年10月至2022年5月，原告将其经营的{c.extra['workshop']}加工的古树普洱茶饼{cakes}片及晒青毛茶交付被告，"
                 f"供被告在茶马古道景区内的茶坊、驿站商铺销售。双方结算后，被告出具欠条，载明欠茶叶款{c.amount:,.2f}元。")
        held = "被告出具的欠条系其真实意思表示，原告据此主张货款，证据充分，本院予以支持。"
        cause, kind = "买卖合同纠纷", "货款"
    s = Sheet()
    s.centred(T, COURT, font("serif", 54))
    s.centred(T + 90, "民事判决书", font("serif_bold", 80), spacing=28)
    cur = Cursor([s], T + 224, left=mm(30), right=mm(27))
    cur.s.right(s.width - mm(27), T + 200, c.basis_number, font("serif", 38))
    cur.y = T + 280
    f = font("serif", 40)
    for kind_, text in [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{cause}一案，本院立案后，依法适用简易程序，于{cn_date(heard)}公开开庭进行了审理。"
              "原、被告均到庭参加诉讼。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：判令被告支付{kind}{c.amount:,.2f}元及逾期付款利息。事实与理由：{facts}"),
        ("p", f"{r.name}辩称：欠款属实，但目前经营困难，请求分期支付。"),
        ("p", f"本院经审理认定的事实与原告所述一致。本院认为，{held}依照《中华人民共和国民法典》第五百零九条、第五百七十七条"
              "的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{kind}{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 80 + 50}元，减半收取，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于云南省普洱市中级人民法院。"),
    ]:
        cur.para(text, f, lead=70, indent=f.size * 2 if kind_ == "p" else 0, hang=f.size * 2 if kind_ == "h" else 0)
    cur.room(360)
    last, y = cur.s, cur.y + 60
    x = last.width - mm(92)
    last.text(x, y, f"审　判　员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24)))
    last.text(x + mm(4), y + 100, when, f)
    seal(last, x + text_width(when, f) / 2, y + 110, COURT, rng, radius=mm(20))
    last.text(x, y + 190, f"书　记　员　{person_name(rng)}", f)
    return _folio(cur.sheets, "serif")


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 仲裁委 秘书处's certificate that the award was served and is in force (only the coffee award needs one)."""
    s = Sheet()
    s.centred(T, ARB, font("serif_bold", 56), spacing=8)
    s.centred(T + 100, "生效证明书", font("serif_bold", 72), spacing=24)
    no = f"普仲证字〔{c.filed_on.year}〕第{rng.randint(3, 60)}号"
    s.right(s.width - mm(26), T + 210, no, font("ming", 36))
    cur = Cursor([s], T + 300, left=mm(28), right=mm(26))
    f = font("ming", 42)
    served = c.basis_effective - timedelta(days=rng.randint(2, 6))
    cur.para(f"{COURT}：", f, lead=76)
    cur.para(f"申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会于"
             f"{cn_date(c.basis_effective - timedelta(days=8))}作出{c.basis_number}裁决书，并于{cn_date(served)}送达双方当事人。"
             "该裁决为终局裁决，自作出之日起发生法律效力。截至本证明出具之日，本会未收到人民法院撤销或者不予执行该裁决的"
             "裁定。", f, lead=76, indent=f.size * 2)
    cur.para("特此证明。", f, lead=76, indent=f.size * 2)
    y = cur.y + 120
    when = cn_date(c.filed_on - timedelta(days=rng.randint(6, 12)))
    x = s.right(s.width - mm(34), y, when, f)
    s.right(s.width - mm(40), y - 90, f"{ARB}秘书处", f)
    seal(s, x + mm(30), y - 20, ARB, rng, radius=mm(21))
    return [s]


def _title_underlined(s: Sheet, title: str, y: float) -> float:
    tf = hei(66)
    w = s.centred(y, title, tf, spacing=10)
    x0 = (s.width - w) / 2
    s.line(x0 - mm(4), y + 84, x0 + w + mm(4), y + 84, width=4)
    return y + 140


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    cur = Cursor([s], _title_underlined(s, "强制执行申请书", T), left=mm(27), right=mm(24))
    f = font("kai", 44)
    lead = 80
    kind = "裁决书" if c.extra["tale"] == "coffee" else "民事判决书"
    for k, text in [
        ("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}联系电话：{r.phone}。"),
        ("t", "执行请求："),
        ("p", f"一、强制被执行人支付{money(c.amount)}；"),
        ("p", "二、强制被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "三、本案执行费用由被执行人承担；"),
        ("p", "四、对被执行人及其法定代表人采取限制高消费措施，被执行人拒不履行的，纳入失信被执行人名单。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}于{num_date(c.basis_effective - timedelta(days=8))}"
              f"作出{c.basis_number}{kind}，该文书已发生法律效力。被执行人至今未履行义务。申请执行人依照《中华人民共和国"
              "民事诉讼法》第二百四十七条的规定，向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ]:
        if k == "t":
            cur.flush(text, f, lead=lead)
        else:
            cur.para(text, f, lead=lead, indent=f.size * 2 if k == "p" else 0, hang=f.size * 3 if k == "h" else 0)
    cur.room(300)
    last, y = cur.s, cur.y + 60
    last.text(last.width - mm(112), y, "申请执行人（盖章）：", f)
    seal(last, last.width - mm(48), y + 30, a.name, rng, radius=mm(19))
    hand(last, last.width - mm(60), y + 110, a.legal_rep, rng, size=56, ink=INK)
    hand(last, last.width - mm(92), y + 200, num_date(d), rng, size=46, ink=INK)
    return cur.sheets


def _resume_application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """恢复执行申请书 typed by the 初制所 owner's lawyer, naming the new clue; at its foot the box where the original
    undertaker writes his approval by hand."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    cur = Cursor([s], _title_underlined(s, "恢复执行申请书", T), left=mm(27), right=mm(24))
    f = font("kai", 43)
    lead = 78
    for k, text in [
        ("h", f"申请人（申请执行人）：{_who(a)}电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被申请人（被执行人）：{_who(r)}"),
        ("t", "请求事项："),
        ("p", f"请求恢复执行{COURT}{c.basis_number}民事判决书，强制被执行人支付茶叶款{money(c.amount)}及迟延履行期间的债务利息。"),
        ("t", "事实与理由："),
        ("p", f"申请人与被申请人买卖合同纠纷一案，贵院{c.basis_number}民事判决书已发生法律效力。申请人申请执行后，贵院以"
              f"{c.previous_number}执行裁定书于{num_date(c.extra['old_ttr'])}终结本次执行程序。"),
        ("p", f"近日申请人发现：被申请人经营的茶马古道景区已于{num_date(c.extra['reopened'])}重新开园，游客购票收入统一进入"
              f"被申请人在{c.extra['r_bank']}开立的结算账户（账号{c.extra['r_acct']}），景区内另有电瓶观光车十余辆。"
              "上述财产可供执行，特依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
              "申请恢复执行。"),
        ("t", "附：景区开园新闻截图一份、购票小票二张。"),
        ("t", "此致"), ("t", COURT),
    ]:
        if k == "t":
            cur.flush(text, f, lead=lead)
        else:
            cur.para(text, f, lead=lead, indent=f.size * 2 if k == "p" else 0, hang=f.size * 3 if k == "h" else 0)
    cur.room(560)
    last, y = cur.s, cur.y + 40
    last.text(last.width - mm(100), y, "申请人：", f)
    hand(last, last.width - mm(62), y - 6, a.name, rng, size=58, ink=INK)
    last.draw.ellipse((last.width - mm(30), y + 4, last.width - mm(30) + 34, y + 46), fill=(196, 44, 44))
    hand(last, last.width - mm(90), y + 90, num_date(d), rng, size=46, ink=INK)
    y += 190
    w = last.width - mm(27) - mm(24)
    boxes = ruled(last, mm(27), y, [mm(40), w - mm(40)], [["原承办人意见", ""]], font("serif", 34), heights=mm(36),
                  frame=3)
    x0, y0, x1, y1 = boxes[1]
    gel(last, x0 + mm(6), y0 + mm(5), "申请人提供了新的财产线索，同意恢复执行，请立案。", rng, size=40)
    gel(last, x1 - mm(70), y1 - mm(13), f"{c.officer}  {num_date(d + timedelta(days=1))}", rng, size=38)
    return cur.sheets


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The firm's printed 授权委托书 form, blanks ruled and filled in by hand."""
    a = c.applicant
    s = Sheet()
    s.text(mm(24), mm(16), c.firm, font("microhei", 30), fill=(90, 90, 90))
    s.centred(T + 20, "授 权 委 托 书", font("microhei", 72))
    f = font("microhei", 38)
    y: float = T + 170
    rows = [("委托人", a.name), ("住所/住址", a.address[:24]), ("受托人", f"{c.agent}　{c.firm}律师"),
            ("联系电话", c.agent_phone), ("案　由", f"与{c.respondent.name}{c.extra['cause']}执行一案")]
    for label, value in rows:
        s.text(mm(26), y, f"{label}：", f)
        x = mm(26) + text_width(f"{label}：", f)
        s.line(x, y + 50, s.width - mm(24), y + 50, width=1)
        hand(s, x + mm(4), y - 4, value, rng, size=40, ink=BALL)
        y += 86
    cur = Cursor([s], y + 20, left=mm(26), right=mm(24))
    for text in ["现委托上列受托人作为委托人的执行代理人。",
                 "代理权限：特别授权。代为申请执行、恢复执行，提供财产线索，申请采取查封、冻结、扣划等执行措施，代为参加"
                 "执行和解、签订和解协议，代为收取、转交执行款，代为签收法律文书。",
                 "代理期限：自本委托书签署之日起至本案执行终结止。"]:
        cur.para(text, f, lead=70, indent=f.size * 2)
    y = cur.y + 70
    s.text(mm(26), y, "委托人（签名/盖章）：", f)
    s.text(s.width - mm(104), y, "受托人（签名）：", f)
    if a.kind == "organisation":
        seal(s, mm(92), y + 120, a.name, rng, radius=mm(19))
        hand(s, mm(40), y + 76, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(s, mm(48), y + 76, a.name, rng, size=58, ink=INK)
        s.draw.ellipse((mm(84), y + 86, mm(84) + 36, y + 128), fill=(196, 44, 44))
    hand(s, s.width - mm(74), y + 76, c.agent, rng, size=56, ink=INK)
    hand(s, s.width - mm(98), y + 200, num_date(d), rng, size=44, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    blue = (24, 60, 140)
    s.text(mm(24), T - 20, c.firm, font("serif_bold", 64), fill=blue)
    s.text(mm(24), T + 62, "YUNNAN LAW FIRM · PU'ER", font("sans", 26), fill=blue)
    s.line(mm(24), T + 104, s.width - mm(22), T + 104, width=3, fill=blue)
    no = f"（{d.year}）云普律函字第{rng.randint(12, 240)}号"
    s.right(s.width - mm(22), T + 126, no, font("serif", 36))
    s.centred(T + 220, "律 师 事 务 所 函", hei(62))
    cur = Cursor([s], T + 340, left=mm(26), right=mm(24))
    f = font("serif", 42)
    cur.para(f"{COURT}执行局：", f, lead=76)
    what = "申请恢复执行" if c.category == "resumption" else "申请强制执行"
    cur.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
             f"代理人，代为{what}并参与执行程序。请贵院依法予以接洽。", f, lead=76, indent=f.size * 2)
    cur.para("此函。", f, lead=76, indent=f.size * 2)
    cur.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("serif", 34), lead=60)
    cur.para(f"地址：{c.extra['firm_addr']}", font("serif", 34), lead=60)
    y = cur.y + 120
    x = s.right(s.width - mm(32), y, num_date(d), f)
    seal(s, x + mm(22), y - 16, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 booklet photocopied open on the glass, the agent's note that it matches the original below it."""
    s = Sheet()
    x0, y0 = mm(20), mm(36)
    w, h = mm(82), mm(114)
    shade = (222, 224, 220)
    for k in range(2):
        x = x0 + k * (w + mm(4))
        s.draw.rectangle((x, y0, x + w, y0 + h), fill=shade, outline=(90, 90, 90), width=3)
    s.draw.rectangle((x0 + mm(24), y0 + mm(12), x0 + mm(58), y0 + mm(56)), fill=(130, 130, 130))
    f = font("sans", 32)
    s.centred(y0 + mm(64), "持证人照片", font("sans", 26), x0=x0, x1=x0 + w)
    s.text(x0 + mm(8), y0 + mm(78), f"姓名：{c.agent}", f)
    s.text(x0 + mm(8), y0 + mm(88), f"性别：{'男' if rng.random() < 0.6 else '女'}", f)
    s.text(x0 + mm(8), y0 + mm(98), f"身份证号：{c.extra['licence'][:6]}********", font("sans", 28))
    x = x0 + w + mm(4)
    s.centred(y0 + mm(10), "中华人民共和国", font("serif_bold", 36), x0=x, x1=x + w)
    s.centred(y0 + mm(22), "律师执业证", font("serif_bold", 52), x0=x, x1=x + w)
    for k, line in enumerate([f"执业机构：{c.firm}", "执业证类别：专职", f"执业证号：{c.extra['licence']}",
                              "发证机关：云南省司法厅", f"发证日期：{rng.randint(2015, 2021)}年{rng.randint(1, 12)}月"]):
        s.text(x + mm(6), y0 + mm(42) + k * mm(11), line, font("sans", 28))
    seal(s, x + w - mm(24), y0 + h - mm(24), "云南省司法厅", rng, radius=mm(14))
    s.text(x0, y0 + h + mm(12), "年度考核备案：2023年度　称职", font("sans", 30))
    hand(s, x0 + mm(8), y0 + h + mm(34), "复印件与原件一致", rng, size=58, ink=INK)
    hand(s, x0 + mm(100), y0 + h + mm(36), c.agent, rng, size=54, ink=INK)
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The two faces of an ID card copied one above the other, centred, the holder's note under them."""
    s = Sheet()
    w, h = mm(88), mm(56)
    x = (s.width - w) / 2
    ys = [mm(40), mm(40) + h + mm(14)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(208, 210, 206), outline=(110, 110, 110),
                                 width=2)
    y = ys[0]
    lab, val = font("hei", 26), font("hei", 32)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(6)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(5), ty, label, lab, fill=(70, 70, 70))
        s.text(x + mm(16), ty - 2, value, val)
        ty += mm(7.5)
    s.text(x + mm(5), ty, "住址", lab, fill=(70, 70, 70))
    for k in range(0, len(p.address), 10):
        s.text(x + mm(16), ty - 2, p.address[k:k + 10], val)
        ty += mm(5.4)
    s.text(x + mm(5), y + h - mm(9), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(26), y + h - mm(10), p.id_number, font("mono", 36))
    s.draw.rectangle((x + w - mm(27), y + mm(7), x + w - mm(5), y + mm(36)), fill=(120, 120, 120))
    y = ys[1]
    s.text(x + mm(28), y + mm(8), "中华人民共和国", hei(40))
    s.text(x + mm(20), y + mm(20), "居民身份证", hei(56), spacing=12)
    office = "普洱市公安局思茅分局" if p.id_number.startswith("530802") else "宁洱县公安局"
    s.text(x + mm(10), y + h - mm(17), f"签发机关　{office}", lab)
    start = rng.randint(2013, 2019)
    s.text(x + mm(10), y + h - mm(10), f"有效期限　{start}.05.21-{start + 20}.05.21", lab)
    hand(s, mm(40), ys[1] + h + mm(20), "此复印件仅供思茅区人民法院执行使用", rng, size=46, ink=INK)
    hand(s, mm(130), ys[1] + h + mm(38), p.name, rng, size=56, ink=INK)
    return [s]


def _business(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copy with its red-brown double frame, and the 法定代表人/负责人身份证明 typed below."""
    s = Sheet()
    frame = (160, 80, 60)
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(166)
    s.box(x0, y0, x1, y1, width=7, outline=frame)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=frame)
    s.centred(y0 + mm(9), "营　业　执　照", font("serif_bold", 86))
    s.centred(y0 + mm(28), "（副本）", font("serif", 34))
    s.text(x0 + mm(8), y0 + mm(40), f"统一社会信用代码　{p.id_number}", font("serif", 34))
    coop = "合作社" in p.name
    trade = ("咖啡种植、初加工、销售；农业技术推广" if coop else "咖啡豆脱壳、烘焙、销售；货物进出口" if "咖啡" in p.name
             else "普通货物道路运输；内河货物运输；仓储服务" if "物流" in p.name
             else "木材加工；胶合板、人造板制造、销售" if "木业" in p.name else "旅游景区管理；餐饮服务；茶叶销售")
    rows = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
            ("法定代表人" if not coop else "负 责 人", p.legal_rep), ("经营范围", trade),
            ("成员出资总额" if coop else "注册资本", f"{rng.choice([60, 120, 300, 800])}万元"),
            ("成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    f = font("serif", 33)
    ty = y0 + mm(52)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(44), ty, value[:30], f)
        ty += mm(9.5)
    s.text(x1 - mm(84), y1 - mm(32), "登记机关", f)
    seal(s, x1 - mm(50), y1 - mm(30), "普洱市思茅区市场监督管理局", rng, radius=mm(18))
    s.text(x1 - mm(86), y1 - mm(16), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    y = y1 + mm(14)
    title = "负责人身份证明书" if coop else "法定代表人身份证明书"
    s.centred(y, title, hei(52), spacing=6)
    cur = Cursor([s], y + mm(16), left=mm(24), right=mm(22))
    cur.para(f"{p.legal_rep}在我{'社' if coop else '公司'}任{'理事长（负责人）' if coop else '法定代表人'}，特此证明。",
             font("serif", 40), lead=72, indent=80)
    x = s.right(s.width - mm(30), cur.y + 60, num_date(c.filed_on - timedelta(days=rng.randint(3, 9))), font("serif", 40))
    seal(s, x + mm(20), cur.y + 50, p.name, rng, radius=mm(18))
    hand(s, mm(30), s.height - mm(32), "与原件核对无误", rng, size=48, ink=INK)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """云南省非税收入统一票据（电子）, printed brown on the top half of the page."""
    s = Sheet()
    f = font("sans", 30)
    s.centred(mm(20), "云南省非税收入统一缴款书", font("serif_bold", 54), fill=BROWN, spacing=4)
    s.text(mm(18), mm(36), f"缴款码：{rng.randint(10**17, 10**18 - 1)}　　　填制日期：{c.filed_on:%Y年%m月%d日}", f, fill=BROWN)
    w = s.width - mm(36)
    fee: Decimal = c.extra["fee"]
    rows = [["缴款人全称", c.applicant.name, "执收单位", COURT], ["收款人全称", "普洱市思茅区财政局", "收款银行", "富滇银行普洱分行"],
            ["项目名称", "诉讼费（申请执行费）", "案　号", c.number], ["金额（大写）", money_caps(fee), "（小写）", f"¥{fee:,.2f}"]]
    ruled(s, mm(18), mm(46), [mm(34), mm(58), mm(28), w - mm(120)], rows, f, heights=mm(15), labels=(0, 2), frame=3,
          ink=BROWN)
    s.text(mm(18), mm(114), "备注：请于开票之日起七日内缴款，逾期本缴款书作废。", f, fill=BROWN)
    seal(s, s.width - mm(58), mm(116), "富滇银行普洱分行", rng, radius=mm(16), inner="收讫")
    s.text(mm(18), mm(126), f"经办：{person_name(rng)}", f, fill=BROWN)
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's printed forms, filled by the party in blue ballpoint."""
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    s = Sheet()
    w = s.width - L - R
    who = a.legal_rep if a.kind == "organisation" else a.name
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收款账户确认书")
        rows = [("案号", c.number), ("申请执行人", a.name), ("账户名称", a.name), ("开户银行", c.extra["in_bank"]),
                ("账　　号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为接收本案执行款的账户。因账户信息填写错误造成的损失，由本人（单位）自行承担。"
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent),
                ("手机号码", c.agent_phone), ("是否同意电子送达", f"同意，短信至{c.agent_phone}")]
        note = ("告知：受送达人应如实提供送达地址；地址变更未及时告知，或提供的地址不准确导致文书未能被实际接收的，"
                "文书退回之日视为送达之日。")
        who = c.agent
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索提供表")
        clue = {"coffee": f"被执行人在{c.extra.get('r_bank')}有基本户，账号{c.extra.get('r_acct')}；厂内有脱壳机、色选机",
                "timber": "木材加工园区内有木材堆场一处，存有思茅松原木约两百立方米；叉车两台",
                "caravan": f"景区门票收入进{c.extra.get('r_bank')}账户；景区电瓶观光车"}[str(t)]
        rows = [("案号", c.number), ("被执行人", r.name), ("证照号码", r.id_number), ("地址", r.address),
                ("财产线索", clue), ("线索来源", "申请人掌握")]
        note = "申请执行人应如实提供财产线索；提供虚假线索的，依法承担相应责任。"
    else:
        y = form_title(s, "被执行人财产申报表")
        bank = {"coffee": f"{c.extra.get('r_bank', '')}基本户，余额约叁拾万元", "timber": "农业银行基本户，已被冻结，余额不足百元",
                "caravan": f"{c.extra.get('r_bank', '')}结算户，门票收入"}[str(t)]
        other = {"coffee": "脱壳机、色选机各一台（自有）", "timber": "生产线两条，已抵押给银行；工厂已停产",
                 "caravan": "电瓶观光车十二辆，景区建筑（租赁集体土地）"}[str(t)]
        rows = [("案号", c.number), ("申报人", r.name), ("银行存款", bank), ("不动产", "无"),
                ("车辆", "货车一辆（已报废）" if t == "timber" else "无"), ("其他财产", other)]
        note = "申报人保证以上申报内容真实、完整，如有隐瞒或虚假，愿承担法律责任。"
        who = r.legal_rep
    boxes = ruled(s, L, y, [mm(46), w - mm(46)], [[label, ""] for label, _ in rows], font("serif", 36),
                  heights=[mm(25) if len(v) > 22 else mm(16) for _, v in rows])
    right = [b for b in boxes if b[0] > L]
    for (_label, value), b in zip(rows, right, strict=True):
        gel(s, b[0] + mm(4), b[1] + mm(3.5), value, rng, size=40, per_line=22, lead=mm(8), ink=BALL)
    cur = Cursor([s], boxes[-1][3] + 40)
    cur.para(note, font("serif", 33), lead=56, indent=66)
    y = cur.y + 70
    s.text(s.width - R - mm(118), y, "填表人（签名/盖章）：", font("serif", 38))
    gel(s, s.width - R - mm(44), y - 8, who, rng, size=52, ink=BALL)
    gel(s, s.width - R - mm(74), y + 84, num_date(d), rng, size=42, ink=BALL)
    org = r if code == "property_declaration_form" else a
    if org.kind == "organisation" and code != "service_address_confirmation":
        seal(s, s.width - R - mm(40), y + 40, org.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控 system's printout: monospaced, a banner line, a header block and a results table on two sheets."""
    r = c.respondent
    t = c.extra["tale"]
    mono = font("mono", 27)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("富滇银行", "存款"), ("云南省农村信用社联合社", "存款"),
             ("云南红塔银行", "存款"), ("招商银行", "存款"), ("支付宝（中国）网络技术有限公司", "网络资金"),
             ("财付通支付科技有限公司", "网络资金"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"),
             ("中国证券登记结算有限责任公司", "证券"), ("国家市场监督管理总局", "股权"), ("住房和城乡建设部", "公积金")]
    rows = [["序号", "协执单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if t == "coffee" and unit == "富滇银行":
            res = f"冻结成功 余额{c.amount * Decimal('1.12'):,.2f}"
        elif t == "caravan" and unit == "云南省农村信用社联合社":
            res = f"冻结成功 余额{c.amount * Decimal('0.43'):,.2f}"
        elif t == "timber" and kind == "存款" and i == 2:
            res = "余额86.40（已被他院冻结）"
        elif kind == "存款":
            res = "未开户" if rng.random() < 0.6 else f"余额{rng.randint(0, 90)}.{rng.randint(10, 99)}"
        else:
            res = "无" if not (t == "caravan" and kind == "车辆") else "登记车辆0辆"
        rows.append([f"{i:02d}", unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    sheets: list[Sheet] = []
    for part in (rows[:10], [rows[0], *rows[10:]]):
        s = Sheet()
        s.draw.rectangle((mm(12), mm(10), s.width - mm(12), mm(22)), fill=(60, 60, 60))
        s.text(mm(16), mm(11.5), "人民法院网络执行查控系统　查询结果反馈", font("sans_bold", 38), fill=(255, 255, 255))
        s.text(mm(14), mm(28), f"案号：{c.number}　承办人：{c.officer}　被查询人：{r.name}", mono)
        s.text(mm(14), mm(34), f"证照号码：{r.id_number}　查询类型：总对总　发起时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}", mono)
        ruled(s, mm(14), mm(42), [mm(14), mm(66), mm(24), mm(52), mm(26)], part, mono, heights=mm(11), labels=(),
              thin=1, frame=2)
        s.text(mm(14), s.height - mm(16), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d}", mono)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(14), s.height - mm(16), f"第{i}页/共{len(sheets)}页", mono)
        if i > 1:
            s.page_of = (i, len(sheets))
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed by the scenic area company in 黑体 headings and Noto serif clauses, both sides sign."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(T, "执行和解协议", hei(68), spacing=16)
    cur = Cursor([s], T + 150, left=mm(26), right=mm(24))
    f = font("serif", 41)
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    for k, text in [
        ("t", f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}"),
        ("t", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
        ("p", f"{COURT}{c.number}恢复执行一案，乙方景区门票收入账户被冻结后，经执行法官主持，双方自愿达成和解如下："),
        ("p", f"一、乙方确认欠甲方茶叶款{c.amount:,.2f}元，甲方同意免除迟延履行期间的债务利息；"),
        ("p", f"二、乙方于本协议签订之日起三日内支付{first:,.2f}元，余款{c.amount - first:,.2f}元于"
              f"{num_date(c.extra['pay_day'])}前付清，均交至{COURT}执行款专户；"),
        ("p", "三、乙方按期付清后，甲方同意法院解除对乙方账户的冻结；乙方逾期不付的，甲方可申请恢复执行原判决；"),
        ("p", "四、本协议一式三份，双方各执一份，交法院入卷一份。"),
    ]:
        if k == "t":
            cur.para(text, f, lead=76)
        else:
            cur.para(text, f, lead=76, indent=f.size * 2)
    y = cur.y + 80
    s.text(mm(26), y, "甲方：", f)
    hand(s, mm(48), y - 8, a.name, rng, size=56, ink=INK)
    s.text(s.width / 2 + mm(6), y, "乙方：", f)
    seal(s, s.width / 2 + mm(46), y + 24, r.name, rng, radius=mm(19))
    hand(s, s.width / 2 + mm(30), y + 40, r.legal_rep, rng, size=52, ink=INK)
    s.text(mm(26), y + 150, f"签订日期：{num_date(d)}", f)
    s.text(mm(26), y + 230, f"见证：{COURT}执行局　{c.officer}", f)
    return [s]


def _slips(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Two bank 电子回单 on one page: the money into the court's account, then out to the applicant."""
    s = Sheet()
    f = font("sans", 29)
    paid: date = c.extra["pay_day"]
    court_acct = f"8200{rng.randint(10**13, 10**14 - 1)}"
    first = ((c.respondent.name, c.extra.get("r_acct", ""), "普洱市思茅区人民法院", court_acct, paid,
              "扣划执行款" if c.extra["tale"] == "coffee" else f"{c.number}和解款"))
    second = ("普洱市思茅区人民法院", court_acct, c.applicant.name, c.extra["in_acct"], paid + timedelta(days=3),
              f"{c.number}案款发放")
    y = mm(16)
    teal = (20, 110, 110)
    for payer, pacct, payee, eacct, day, use in (first, second):
        s.box(mm(14), y, s.width - mm(14), y + mm(120), width=2, outline=teal)
        s.centred(y + mm(4), "富滇银行　业务回单（付款）" if payer == c.respondent.name else "富滇银行　业务回单（收款）",
                  font("sans_bold", 40), fill=teal)
        s.text(mm(20), y + mm(16), f"回单号：{rng.randint(10**13, 10**14 - 1)}　　记账日期：{day:%Y-%m-%d}", f)
        w = s.width - mm(40)
        rows = [["付款人户名", payer, "收款人户名", payee], ["付款人账号", pacct, "收款人账号", eacct],
                ["金额（小写）", f"CNY {c.amount:,.2f}", "金额（大写）", money_caps(c.amount)], ["摘　要", use],
                ["交易流水号", f"FD{day:%Y%m%d}{rng.randint(10**7, 10**8 - 1)}"]]
        ruled(s, mm(20), y + mm(26), [mm(30), mm(58), mm(30), w - mm(118)], rows, f, heights=mm(14), labels=(0, 2),
              thin=1, frame=2, ink=teal)
        seal(s, s.width - mm(52), y + mm(98), "富滇银行普洱分行", rng, radius=mm(15), inner="电子回单专用章")
        y += mm(136)
    s.text(mm(20), s.height - mm(20), "本回单可通过富滇银行官网“回单验证”核验，重复打印不作为入账依据。", font("sans", 27))
    return [s]
