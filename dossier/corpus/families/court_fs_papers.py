"""What 站前法院执行局 receives, in its senders' own prose and forms (none of them element sheets): the 鲅鱼圈区法院's
and this court's civil divisions' 民事判决书 (Noto serif, "- n -" folios) and the 鲅鱼圈 court's 生效证明书, the
辽河公证处's 公证书 and 执行证书 (明体, the notary's spaced title and a "（YYYY）营辽证…字" number), lawyers' applications in
楷体 under a ruled head, the firm's letter under its letterhead, a licence booklet, ID card and business-licence copies,
the window's printed forms filled in by pen, the 辽宁省 non-tax payment slip, the 查控 system's printout, a settlement
typed by the parties and a bank's 业务回单."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_fs_kit import COURT, pen, rows_grid
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
BAYU = "辽宁省营口市鲅鱼圈区人民法院"
NOTARY = "辽宁省营口市辽河公证处"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fs import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _notarial(c, rng) if t == "loan" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _exec_certificate(c, rng) if t == "loan" else _in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, c, rng)
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
        return _bank_slip(c, rng)
    raise KeyError(code)


class Prose:
    """A typed paper flowing down its sheets: paragraphs first-line indented, party lines hanging."""

    def __init__(self, y: float, *, left: float = mm(28), right: float = mm(26), top: float = mm(30),
                 bottom: float = mm(28), sheet: Sheet | None = None) -> None:
        self.sheets = [sheet or Sheet()]
        self.y, self.left, self.right, self.top, self.bottom = y, left, right, top, bottom

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, lead: float, *, indent: int = 2, hang: int = 0) -> None:
        first = f.size * indent
        for k, part in enumerate(wrap(text, f, self.width - f.size * hang, indent=first - f.size * hang if indent else 0)):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else f.size * hang), self.y, part, f)
            self.y += lead

    def flush(self, text: str, f: Font, lead: float) -> None:
        self.need(lead)
        self.s.text(self.left, self.y, text, f)
        self.y += lead


def folios(sheets: Sequence[Sheet], f: Font) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(15), f"- {i} -", f)
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。\n法定代表人：{p.legal_rep}。"
    b = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{b.year}年{b.month}月{b.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A civil division's 民事判决书: the court and title centred in serif, the body in serif, "- n -" folios."""
    a, r = c.applicant, c.respondent
    sea = c.extra["tale"] == "sea"
    court = BAYU if sea else COURT
    heard = c.basis_effective - timedelta(days=rng.randint(35, 60))
    if sea:
        tons = c.extra["tons"]
        story = (f"2022年11月，原告将{c.extra['goods']}{tons}吨存入被告冷库，双方签订《冷藏仓储合同》，约定库温保持零下十八摄氏度"
                 f"以下。2023年2月，被告冷库制冷机组故障停机三日，库温升至零上，原告货物解冻变质。经营口市价格认证中心评估，"
                 f"货物损失{c.amount:,.2f}元。")
        held = ("被告作为保管人，未按约定的储存条件保管仓储物，致仓储物变质损坏，应承担赔偿责任。被告辩称停机系电网停电所致，"
                "但未提交证据证明，本院不予采信。")
        law = "《中华人民共和国民法典》第九百零四条、第九百一十七条"
        roles = ("原告", "被告")
        ask = f"判令被告赔偿货物损失{c.amount:,.2f}元"
        ruled = f"被告{r.name}于本判决生效之日起十日内赔偿原告{a.name}货物损失{c.amount:,.2f}元。"
        up = "辽宁省营口市中级人民法院"
    else:
        story = (f"2023年3月至7月，原告带领瓦工班组为被告承揽的{c.extra['site']}住宅装修工程铺贴瓷砖，双方口头约定按平方米计价。"
                 f"完工后经结算，被告项目经理出具结算单，确认尚欠原告劳务费{c.amount:,.2f}元，经原告多次催要，被告至今未付。")
        held = "原告为被告提供劳务，被告应按约定支付劳务报酬。结算单经被告项目经理签字确认，本院予以采信。"
        law = "《中华人民共和国民法典》第五百零九条、第五百七十九条"
        roles = ("原告", "被告")
        ask = f"判令被告支付劳务费{c.amount:,.2f}元"
        ruled = f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}劳务费{c.amount:,.2f}元。"
        up = "辽宁省营口市中级人民法院"
    fee = int(c.amount) // 100 + 25
    pr = Prose(mm(30) + 250)
    s = pr.s
    s.centred(mm(30), court, font("serif", 52), spacing=4)
    s.centred(mm(30) + 86, "民事判决书", font("serif_bold", 76), spacing=30)
    f = font("serif", 40)
    pr.s.right(pr.s.width - pr.right, pr.y - 70, c.basis_number, f)
    for line in _who(a).split("\n"):
        pr.para(f"{roles[0]}：{line}" if line.startswith(a.name) else line, f, 68, indent=0, hang=2)
    pr.para(f"委托诉讼代理人：{c.agent}，{c.firm}律师。", f, 68, indent=0, hang=2)
    for line in _who(r).split("\n"):
        pr.para(f"{roles[1]}：{line}" if line.startswith(r.name) else line, f, 68, indent=0, hang=2)
    for text in [
        f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易程序，"
        f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告的法定代表人{r.legal_rep}到庭参加诉讼。"
        "本案现已审理终结。",
        f"原告向本院提出诉讼请求：1.{ask}；2.本案诉讼费用由被告负担。事实和理由：{story}",
        "被告辩称，对欠款（损失）数额有异议，请求法院依法判决。",
        f"本院经审理认定事实如下：{story}",
        f"本院认为，{held}依照{law}，《中华人民共和国民事诉讼法》第六十七条之规定，判决如下：",
        ruled,
        "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行"
        "期间的债务利息。",
        f"案件受理费{fee}元，减半收取{fee // 2}元，由被告负担。",
        f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于{up}。",
    ]:
        pr.para(text, f, 68)
    pr.need(420)
    last, y = pr.s, pr.y + 50
    x = last.width - mm(92)
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    last.text(x, y, f"审判员　{judge}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(18, 24)))
    last.text(x, y + 100, when, f)
    seal(last, x + text_width(when, f) / 2, y + 110, court, rng, radius=mm(20))
    last.text(x, y + 190, "本件与原本核对无异", font("serif", 30))
    last.text(x, y + 250, f"书记员　{person_name(rng)}", f)
    return folios(pr.sheets, font("serif", 30))


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 鲅鱼圈 (or this court's) civil division's 生效证明书: a short certificate in serif with the division's seal."""
    court = BAYU if c.extra["tale"] == "sea" else COURT
    pr = Prose(mm(30) + 270)
    s = pr.s
    s.centred(mm(30), court, font("serif", 50), spacing=4)
    s.centred(mm(30) + 86, "生效证明书", font("serif_bold", 76), spacing=24)
    f = font("serif", 42)
    s.right(s.width - pr.right, mm(30) + 196, c.basis_number.replace("号", "号之一"), font("serif", 38))
    pr.flush(f"{COURT}：", f, 74)
    pr.para(f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院于"
            f"{cn_date(c.basis_effective - timedelta(days=rng.randint(18, 24)))}作出{c.basis_number}民事判决书，已依法送达双方"
            f"当事人。双方当事人在法定上诉期内均未提起上诉，该判决书已于{cn_date(c.basis_effective)}发生法律效力。", f, 74)
    pr.para("特此证明。", f, 74)
    y = pr.y + 120
    day = c.basis_effective + timedelta(days=rng.randint(4, 10))
    s.right(s.width - mm(40), y, cn_date(day), f)
    seal(s, s.width - mm(70), y + 10, court, rng, radius=mm(20))
    s.text(pr.left, y + 200, f"经办人：{person_name(rng)}　　联系电话：0417-62{rng.randint(10000, 99999)}", font("serif", 34))
    return [s]


def _notary_head(title: str, number: str) -> tuple[Prose, Font]:
    pr = Prose(mm(34) + 260, left=mm(30), right=mm(28))
    s = pr.s
    s.centred(mm(30), title, font("ming", 92), spacing=70)
    s.right(s.width - pr.right, mm(30) + 170, number, font("ming", 40))
    return pr, font("ming", 42)


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 辽河公证处's 公证书 making the loan contract enforceable: spaced title, 明体 body, the notary's seal and signature."""
    a, r = c.applicant, c.respondent
    pr, f = _notary_head("公证书", c.basis_number)
    signed = c.basis_effective - timedelta(days=rng.randint(280, 360))
    for text, hang in [
        (f"申请人：{a.name}，住所地{a.address}。", 4), (f"法定代表人：{a.legal_rep}。", 6),
        (f"申请人：{_who(r)}", 4),
        ("公证事项：赋予债权文书强制执行效力（借款合同）", 5),
    ]:
        pr.para(text, f, 72, indent=0, hang=hang)
    pr.y += 20
    for text in [
        f"申请人{a.name}与申请人{r.name}于{cn_date(signed)}向本处申请办理赋予《借款合同》（合同编号：{c.extra['loan_no']}）强制执行"
        "效力公证。",
        f"经查，双方当事人签订的《借款合同》约定：{a.name}向{r.name}出借人民币{c.extra['principal']:,.0f}元，借款期限十二个月，"
        "月利率百分之一点二，按月付息、到期还本；借款人不履行或不完全履行合同义务时，愿意接受依法强制执行。",
        "经审查，双方当事人具有完全民事行为能力，签订合同的意思表示真实，合同内容不违反法律、行政法规的强制性规定。",
        "兹证明上述《借款合同》具有强制执行效力。债务人不履行或者不适当履行合同义务时，债权人可以向本处申请出具执行证书，"
        "凭原公证书及执行证书向有管辖权的人民法院申请强制执行。",
    ]:
        pr.para(text, f, 72)
    pr.need(360)
    s, y = pr.s, pr.y + 70
    s.right(s.width - mm(36), y, NOTARY, f)
    s.right(s.width - mm(36), y + 80, f"公证员　{c.extra.setdefault('notary', person_name(rng))}", f)
    s.right(s.width - mm(36), y + 160, cn_date(signed), f)
    seal(s, s.width - mm(70), y + 100, NOTARY, rng, radius=mm(20))
    return folios(pr.sheets, font("ming", 30))


def _exec_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    pr, f = _notary_head("执行证书", c.extra["cert_no"])
    pr.para(f"申请执行人：{a.name}，住所地{a.address}。", f, 72, indent=0, hang=6)
    pr.para(f"被执行人：{_who(r)}", f, 72, indent=0, hang=5)
    for text in [
        f"本处于2022年出具的{c.basis_number}公证书，赋予申请执行人与被执行人签订的《借款合同》强制执行效力。借款到期后，被执行人"
        f"未按约归还借款本息。经本处向被执行人核实，被执行人对债务无异议。",
        f"被执行人应向申请执行人履行的债务为：借款本金{c.extra['principal']:,.2f}元，利息及罚息{c.amount - c.extra['principal']:,.2f}元，"
        f"合计{money(c.amount)}。",
        "申请执行人可持原公证书及本执行证书，向有管辖权的人民法院申请强制执行。",
    ]:
        pr.para(text, f, 72)
    s, y = pr.s, pr.y + 80
    s.right(s.width - mm(36), y, f"公证员　{c.extra.setdefault('notary', person_name(rng))}", f)
    s.right(s.width - mm(36), y + 80, cn_date(c.basis_effective), f)
    seal(s, s.width - mm(70), y + 40, NOTARY, rng, radius=mm(20))
    return folios(pr.sheets, font("ming", 30))


def _basis_line(c: CaseCtx) -> str:
    if c.extra["tale"] == "loan":
        return f"{NOTARY}{c.basis_number}公证书已赋予双方借款合同强制执行效力，该处又出具{c.extra['cert_no']}执行证书"
    court = BAYU if c.extra["tale"] == "sea" else COURT
    return f"{court}{c.basis_number}民事判决书已经发生法律效力"


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's application: title in 黑体 between two rules, a 楷体 body, requests numbered, 此致 and a seal."""
    a, r = c.applicant, c.respondent
    pr = Prose(mm(26) + 190, left=mm(25), right=mm(24))
    s = pr.s
    s.line(mm(25), mm(24), s.width - mm(24), mm(24), width=2)
    s.centred(mm(27), "申请执行书", font("hei", 72), spacing=20)
    s.line(mm(25), mm(27) + 100, s.width - mm(24), mm(27) + 100, width=2)
    f = font("kai", 44)
    for line in _who(a).split("\n"):
        pr.para(("申请执行人：" + line) if line.startswith(a.name) else line, f, 76, indent=0, hang=3)
    pr.para(f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。", f, 76, indent=0, hang=3)
    for line in _who(r).split("\n"):
        pr.para(("被执行人：" + line) if line.startswith(r.name) else line, f, 76, indent=0, hang=3)
    pr.flush("请求事项：", font("hei", 44), 76)
    for text in [f"一、请求强制执行被执行人给付{money(c.amount)}；", "二、被执行人加倍支付迟延履行期间的债务利息；",
                 "三、申请执行费由被执行人负担；",
                 "四、请求对被执行人采取限制消费措施；被执行人拒不履行的，将其纳入失信被执行人名单。"]:
        pr.para(text, f, 76)
    pr.flush("事实和理由：", font("hei", 44), 76)
    pr.para(f"申请执行人与被执行人{c.extra['cause']}一案，{_basis_line(c)}。被执行人至今未履行义务，依照《中华人民共和国民事诉讼法》"
            "第二百四十七条、第二百四十九条的规定，特向贵院申请强制执行。", f, 76)
    pr.flush("　　此致", f, 76)
    pr.flush(COURT, f, 76)
    pr.need(240)
    last, y = pr.s, pr.y + 40
    last.text(last.width - mm(104), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(48), y + 24, a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(60), y - 6, a.name, rng, size=58, ink=INK)
        last.draw.ellipse((last.width - mm(30), y, last.width - mm(30) + 34, y + 44), fill=(190, 40, 40))
    hand(last, last.width - mm(90), y + 100, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), rng, size=44, ink=INK)
    return pr.sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    pr = Prose(mm(28) + 170, left=mm(26), right=mm(24))
    s = pr.s
    s.centred(mm(28), "授 权 委 托 书", font("wenkai_bold", 72))
    f = font("wenkai", 42)
    for line in _who(a).split("\n"):
        pr.para(("委托人：" + line) if line.startswith(a.name) else line, f, 74, indent=0, hang=4)
    pr.para(f"受托人：{c.agent}，{c.firm}律师，地址{c.extra['firm_addr']}，电话{c.agent_phone}。", f, 74, indent=0, hang=4)
    aid = "（法律援助）" if c.extra["tale"] == "deco" else ""
    for text in [f"委托人因与{c.respondent.name}{c.extra['cause']}执行一案{aid}，特委托上列受托人为执行阶段的代理人。",
                 "代理权限：特别授权，包括代为申请执行、提供财产线索、申请采取执行措施、参与执行和解并签订和解协议、代为领取"
                 "执行款、代为签收法律文书、同意或申请终结本次执行程序。",
                 "委托期限：自本委托书签署之日起至本案执行终结止。"]:
        pr.para(text, f, 74)
    y = pr.y + 70
    s.text(mm(26), y, "委托人：", f)
    s.text(s.width - mm(104), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(74), y + 100, a.name, rng, radius=mm(19))
        hand(s, mm(44), y + 70, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(s, mm(48), y + 70, a.name, rng, size=58, ink=INK)
        s.draw.ellipse((mm(86), y + 76, mm(86) + 34, y + 120), fill=(190, 40, 40))
    hand(s, s.width - mm(84), y + 70, c.agent, rng, size=56, ink=INK)
    hand(s, s.width - mm(104), y + 190, num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng, size=44, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (190, 30, 40)
    s.centred(mm(20), c.firm, font("sans_bold", 70), fill=red, spacing=10)
    s.line(mm(18), mm(36), s.width - mm(18), mm(36), width=5, fill=red)
    no = f"辽辽律函字〔{c.filed_on.year}〕第{rng.randint(11, 240)}号"
    s.right(s.width - mm(24), mm(40), no, font("sans", 34))
    s.centred(mm(56), "律 师 事 务 所 函" if c.extra["tale"] != "deco" else "法律援助公函", font("sans_bold", 60))
    pr = Prose(mm(78), left=mm(26), right=mm(24), sheet=s)
    f = font("sans", 40)
    pr.flush(f"{COURT}：", f, 72)
    extra = "（营口市站前区法律援助中心指派）" if c.extra["tale"] == "deco" else ""
    pr.para(f"根据{c.applicant.name}的委托{extra}，本所指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的代理人，"
            "代为申请强制执行并参加执行程序。请予接洽。", f, 72)
    pr.para("特此函告。", f, 72)
    pr.y += 20
    for t in (f"承办律师：{c.agent}　执业证号：{c.extra['licence']}", f"联系电话：{c.agent_phone}",
              f"地　　址：{c.extra['firm_addr']}"):
        pr.flush(t, font("sans", 34), 58)
    y = pr.y + 100
    s.right(s.width - mm(30), y, num_date(c.filed_on - timedelta(days=rng.randint(2, 4))), f)
    seal(s, s.width - mm(56), y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The licence booklet's two inside leaves, copied one above the other, the lawyer's note beside them."""
    s = Sheet()
    x0, w, h = mm(40), mm(120), mm(80)
    grey = (205, 205, 203)
    for k in range(2):
        y = mm(24) + k * (h + mm(10))
        s.draw.rectangle((x0, y, x0 + w, y + h), fill=grey, outline=(90, 90, 90), width=3)
    y = mm(24)
    s.centred(y + mm(8), "律 师 执 业 证", font("serif_bold", 54), x0=x0, x1=x0 + w)
    s.draw.rectangle((x0 + mm(8), y + mm(24), x0 + mm(38), y + mm(64)), fill=(120, 120, 120))
    f = font("serif", 32)
    for k, (lab, val) in enumerate([("姓名", c.agent), ("执业机构", c.firm), ("执业证号", c.extra["licence"])]):
        s.text(x0 + mm(44), y + mm(26) + k * mm(12), f"{lab}：{val}", f)
    seal(s, x0 + w - mm(22), y + h - mm(18), "辽宁省司法厅", rng, radius=mm(14))
    y = mm(24) + h + mm(10)
    for k, (lab, val) in enumerate([("执业证类别", "专职律师"), ("发证机关", "辽宁省司法厅"),
                                    ("发证日期", f"{rng.randint(2014, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                                    ("年度考核", f"{c.filed_on.year - 1}年度　称职")]):
        s.text(x0 + mm(10), y + mm(10) + k * mm(14), f"{lab}：{val}", f)
    hand(s, x0, y + h + mm(16), "复印件与原件一致", rng, size=56, ink=INK)
    hand(s, x0 + mm(80), y + h + mm(18), c.agent, rng, size=52, ink=INK)
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card copied one above the other on A4, centred, with the holder's note."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2
    shade = (210, 210, 208)
    b = p.born or date(1980, 1, 1)
    for k in range(2):
        y = mm(36) + k * (h + mm(14))
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=shade, outline=(110, 110, 110), width=2)
    y = mm(36)
    lab, val = font("hei", 24), font("hei", 30)
    for k, (l1, v1) in enumerate([("姓名", p.name), ("性别", f"{p.sex}　　民族 汉"), ("出生", f"{b.year} 年 {b.month} 月 {b.day} 日")]):
        s.text(x + mm(4), y + mm(5) + k * mm(7), l1, lab, fill=(90, 90, 90))
        s.text(x + mm(14), y + mm(4.5) + k * mm(7), v1, val)
    s.text(x + mm(4), y + mm(27), "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(14), y + mm(26.5) + k // 12 * mm(5), p.address[k:k + 12], val)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(24), y + h - mm(8.5), p.id_number, font("mono", 32))
    s.draw.rectangle((x + w - mm(26), y + mm(6), x + w - mm(4), y + mm(34)), fill=(135, 135, 135))
    y = mm(36) + h + mm(14)
    s.text(x + mm(26), y + mm(8), "中华人民共和国", font("hei", 38))
    s.text(x + mm(20), y + mm(19), "居民身份证", font("hei", 56), spacing=12)
    office = "营口市公安局站前分局" if p.id_number.startswith("210802") else (
        "盖州市公安局" if p.id_number.startswith("210881") else "营口市公安局西市分局")
    s.text(x + mm(8), y + h - mm(16), f"签发机关　{office}", lab)
    start = rng.randint(2013, 2020)
    s.text(x + mm(8), y + h - mm(9), f"有效期限　{start}.0{rng.randint(1, 9)}.2{rng.randint(0, 8)}-{start + 20}.0"
           f"{rng.randint(1, 9)}.2{rng.randint(0, 8)}", lab)
    hand(s, mm(36), y + h + mm(20), "此复印件仅供站前区法院执行使用", rng, size=48, ink=INK)
    hand(s, mm(120), y + h + mm(38), p.name, rng, size=56, ink=INK)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copied on the upper half, the company's 法定代表人身份证明书 typed on the lower half."""
    s = Sheet()
    x0, y0, x1, y1 = mm(16), mm(16), s.width - mm(16), mm(160)
    s.box(x0, y0, x1, y1, width=7, outline=(110, 90, 60))
    s.centred(y0 + mm(8), "营 业 执 照", font("serif_bold", 90))
    s.centred(y0 + mm(26), "（副本）", font("serif", 34))
    f = font("serif", 32)
    s.text(x0 + mm(8), y0 + mm(38), f"统一社会信用代码　{p.id_number}", f)
    scope = ("水产品加工、冷冻、销售；货物进出口" if "海产" in p.name else "冷藏仓储服务；普通货物道路运输" if "冷链" in p.name
             else "建筑装饰装修工程施工；室内装饰设计" if "装饰" in p.name else "在营口市范围内办理各项小额贷款")
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", scope), ("注册资本", f"{rng.choice([100, 300, 500, 1000, 5000])}万元"),
            ("成立日期", f"{rng.randint(2006, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    for k, (lab, val) in enumerate(rows):
        s.text(x0 + mm(10), y0 + mm(50) + k * mm(12), lab, f)
        for j, part in enumerate(wrap(val, f, x1 - x0 - mm(56))[:2]):
            s.text(x0 + mm(44), y0 + mm(50) + k * mm(12) + j * 40, part, f)
    reg = ("营口市站前区市场监督管理局" if "站前区" in p.address else "营口市鲅鱼圈区市场监督管理局")
    s.text(x1 - mm(72), y1 - mm(26), "登记机关", f)
    seal(s, x1 - mm(42), y1 - mm(24), reg, rng, radius=mm(17))
    pr = Prose(y1 + mm(34), left=mm(24), right=mm(22), sheet=s)
    s.centred(y1 + mm(14), "法定代表人身份证明书", font("hei", 52), spacing=6)
    pr.para(f"{p.legal_rep}在我公司任执行董事兼总经理职务，系我公司法定代表人。", font("serif", 40), 70)
    pr.para("特此证明。", font("serif", 40), 70)
    y = pr.y + 50
    s.right(s.width - mm(30), y, num_date(c.filed_on - timedelta(days=rng.randint(2, 9))), font("serif", 40))
    seal(s, s.width - mm(58), y, p.name, rng, radius=mm(18))
    hand(s, mm(26), s.height - mm(32), "与原件核对无误", rng, size=46, ink=INK)
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """辽宁省政府非税收入一般缴款书 (电子), a landscape-ish slip on the upper half, the bank's stamp on it."""
    s = Sheet()
    brown = (150, 60, 40)
    f = font("sans", 30)
    s.centred(mm(18), "辽宁省政府非税收入一般缴款书（电子）", font("sans_bold", 48), fill=brown)
    s.text(mm(16), mm(32), f"票据号码：{rng.randint(10**9, 10**10 - 1)}　　校验码：{rng.randint(100000, 999999)}　　"
           f"开票日期：{c.filed_on:%Y年%m月%d日}", f, fill=brown)
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(32)
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目名称", "诉讼费（申请执行费）", "案　号", c.number],
            ["金额（小写）", f"¥{fee:,.2f}", "金额（大写）", money_caps(fee)],
            ["收款人", "营口市站前区财政局", "收款银行", "营口银行站前支行"]]
    rows_grid(s, mm(16), mm(40), [mm(30), mm(62), mm(30), w - mm(122)], rows, heights=mm(16), f=font("sans", 30),
              shaded=())
    s.text(mm(16), mm(110), f"收款单位（章）　　　　　复核人：{person_name(rng)}　　　收款人：{person_name(rng)}", f, fill=brown)
    seal(s, s.width - mm(60), mm(104), "营口银行站前支行", rng, radius=mm(16), inner="转讫")
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms (thin rules, no shading), filled in by ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("song_gb", 36)
    t = str(c.extra["tale"])
    day = c.filed_on
    who = a.legal_rep if a.kind == "organisation" else a.name
    if code == "payment_account_confirmation":
        title = "申请执行人收取案款确认书"
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("账　号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为收取本案执行款的账户。因账户信息有误造成的损失，由本人（单位）承担。"
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", c.extra["firm_addr"] + "（代理人处）"),
                ("收件人", c.agent), ("联系电话", c.agent_phone), ("电子送达", f"同意，手机{c.agent_phone}")]
        note = "受送达人提供的地址不准确或变更后未及时告知，致使文书未能被实际接收的，文书退回之日视为送达之日。"
        who = c.agent
    elif code == "property_clue_form":
        title = "被执行人财产线索表"
        clue = {"sea": f"{c.extra.get('r_bank', '')}账号{c.extra.get('r_acct', '')}；冷库设备、叉车",
                "deco": "公司账户（营口银行）；在开发区有装修工地，具体不详",
                "loan": f"本人经营的{c.extra.get('shop', '')}营业收入；微信、支付宝收款"}[t]
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("住所/住址", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人了解")]
        note = "以上线索由申请执行人提供，申请执行人对线索的真实性负责。"
    else:
        title = "财产申报表"
        rows = [("案号", c.number), ("申报人", r.name),
                ("银行存款", {"sea": f"{c.extra.get('r_bank', '')}基本户，余额约五十万元", "deco": "营口银行账户，余额很少",
                          "loan": "工商银行卡一张，余额两千余元"}[t]),
                ("不动产", "无" if t != "loan" else "与配偶共有住房一套（有贷款）"),
                ("车辆", "无" if t != "sea" else "叉车两台"), ("其他", "无" if t == "deco" else "经营收入")]
        note = "本人（单位）保证申报内容真实、完整，如有虚假，愿承担法律责任。"
        who = r.legal_rep if r.kind == "organisation" else r.name
        day = d
    y: float = mm(28)
    s.centred(y, title, font("song_gb", 56), spacing=8)
    y += mm(18)
    x0 = mm(24)
    w = s.width - 2 * x0
    boxes = rows_grid(s, x0, y, [mm(38), w - mm(38)], [[k, ""] for k, _ in rows],
                      heights=[mm(24) if len(v) > 20 else mm(15) for _, v in rows], f=f, shaded=())
    for (_k, v), row in zip(rows, boxes, strict=True):
        b = row[1]
        pen(s, b[0] + mm(4), b[1] + mm(3), v, rng, size=38, per_line=21, ink=(30, 40, 110))
    pr = Prose(boxes[-1][0][3] + mm(8), left=x0, right=x0, sheet=s)
    pr.para(note, font("song_gb", 32), 52)
    y = pr.y + mm(12)
    s.text(s.width - mm(120), y, "签名（盖章）：", f)
    pen(s, s.width - mm(64), y - 8, who, rng, size=50, ink=(30, 40, 110))
    pen(s, s.width - mm(80), y + mm(14), num_date(day), rng, size=40, ink=(30, 40, 110))
    owner = r if code == "property_declaration_form" else a
    if owner.kind == "organisation":
        seal(s, s.width - mm(50), y + mm(6), owner.name, rng, radius=mm(17))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控 system's feedback printout: a monospaced header and a thin-ruled results table."""
    r = c.respondent
    mono = font("mono", 28)
    t = str(c.extra["tale"])
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("营口银行", "存款"), ("营口沿海银行", "存款"),
             ("辽宁农村商业银行", "存款"), ("招商银行", "存款"), ("支付宝", "网络资金"), ("财付通", "网络资金"),
             ("公安部", "车辆"), ("自然资源部", "不动产"), ("中国结算", "证券"), ("市场监管总局", "股权")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if t == "sea" and unit == "中国建设银行":
            res = f"存款余额{c.amount * Decimal('1.3'):,.2f}"
        elif t == "deco" and unit == "营口银行":
            res = f"存款余额{rng.randint(100, 300)}.{rng.randint(10, 99)}"
        elif t == "loan" and kind == "网络资金":
            res = f"余额{rng.randint(200, 3000)}.{rng.randint(10, 99)}"
        elif t == "loan" and kind == "不动产":
            res = "房屋1处（共有，已抵押）"
        else:
            res = "未查询到财产"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    s = Sheet()
    s.text(mm(14), mm(14), "网络执行查控系统　查询结果反馈", font("sans_bold", 44))
    s.text(mm(14), mm(26), f"案号：{c.number}　承办人：{c.officer}", mono)
    s.text(mm(14), mm(32), f"被查询人：{r.name}　证照号码：{r.id_number}　查询日期：{d:%Y-%m-%d}", mono)
    rows_grid(s, mm(14), mm(40), [mm(14), mm(52), mm(26), mm(64), mm(26)], rows, heights=mm(10), f=mono, shaded=())
    s.text(mm(14), s.height - mm(18), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=3):%Y-%m-%d} 09:{rng.randint(10, 59)}",
           mono)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed by the parties (song), both sign, the undertaker notes the payments by hand."""
    a, r = c.applicant, c.respondent
    pr = Prose(mm(30) + 160, left=mm(26), right=mm(26))
    s = pr.s
    s.centred(mm(30), "执行和解协议", font("song_gb", 70), spacing=16)
    f = font("serif", 40)
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    pay = c.extra.get("pay_day", d + timedelta(days=20))
    pr.flush(f"甲方（申请执行人）：{a.name}", f, 70)
    pr.flush(f"乙方（被执行人）：{r.name}", f, 70)
    for text in [f"甲乙双方就{COURT}{c.number}执行一案，经协商一致，自愿达成如下和解协议：",
                 f"一、乙方确认尚欠甲方借款本息{c.amount:,.2f}元，甲方同意免除乙方的迟延履行利息及逾期罚息。",
                 f"二、乙方于本协议签订当日支付{first:,.2f}元，余款{c.amount - first:,.2f}元于{num_date(pay)}前付清，"
                 "均汇入法院执行款专户。",
                 "三、乙方按期足额履行后，本案执行完毕；乙方任何一期逾期未付，甲方有权申请恢复执行原执行依据。",
                 "四、本协议一式三份，双方各执一份，交法院附卷一份。"]:
        pr.para(text, f, 70)
    y = pr.y + 60
    s.text(mm(26), y, "甲方（盖章）：", f)
    if a.kind == "organisation":
        seal(s, mm(90), y + 30, a.name, rng, radius=mm(18))
    hand(s, mm(40), y + 80, f"代理人 {c.agent}", rng, size=46, ink=INK)
    s.text(s.width / 2 + mm(6), y, "乙方（签名）：", f)
    hand(s, s.width / 2 + mm(56), y - 8, r.name, rng, size=56, ink=INK)
    s.text(mm(26), y + 170, f"签订日期：{num_date(d)}", f)
    hand(s, mm(26), y + 270, f"{pay.month}月{pay.day}日余款已交清。{c.officer}", rng, size=44, ink=(24, 30, 90))
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营口银行's 业务回单 for the payment in and the payment out, two slips on one page."""
    s = Sheet()
    f = font("sans", 28)
    paid = c.extra["pay_day"]
    slips = [(c.respondent.name, c.extra.get("r_acct") or f"6214{rng.randint(10**11, 10**12 - 1)}", f"{COURT}执行款专户",
              c.extra["court_acct"], paid, f"{c.number}执行款"),
             (f"{COURT}执行款专户", c.extra["court_acct"], c.applicant.name, c.extra["in_acct"],
              paid + timedelta(days=3), f"{c.number}案款发放")]
    y = mm(20)
    for payer, pacct, payee, eacct, day, use in slips:
        s.box(mm(14), y, s.width - mm(14), y + mm(112), width=2)
        s.centred(y + mm(5), "营口银行　业务回单（付款）" if payer != c.respondent.name else "营口银行　业务回单（收款）",
                  font("sans_bold", 40))
        s.text(mm(20), y + mm(16), f"日期：{day:%Y年%m月%d日}　　回单号：{rng.randint(10**13, 10**14 - 1)}", f)
        w = s.width - mm(40)
        rows = [["付款人", payer, "收款人", payee], ["账　号", pacct, "账　号", eacct],
                ["金　额", f"¥{c.amount:,.2f}", "大　写", money_caps(c.amount)], ["摘　要", use],
                ["流水号", f"{day:%Y%m%d}{rng.randint(10**8, 10**9 - 1)}"]]
        rows_grid(s, mm(20), y + mm(24), [mm(24), mm(62), mm(24), w - mm(110)], rows, heights=mm(13), f=f, shaded=())
        seal(s, s.width - mm(48), y + mm(96), "营口银行站前支行", rng, radius=mm(14), inner="业务专用章")
        y += mm(126)
    return [s]
