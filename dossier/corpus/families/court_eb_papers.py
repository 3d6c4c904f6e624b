"""What 榆阳 bureau receives, each in its maker's style: the 榆林仲裁委员会's award and its 生效证明, the court's civil
judgment or 调解书 as the 民庭 printed it, the lawyers' typed papers from 榆林 firms, ID-card and licence copies, the
window's forms filled in by hand — and the thermal papers: a POS slip from the fee window, a bank counter's 业务回单,
the 查控 platform's receipt-printer strips, and a respondent's 财产申报表 and a bank's 回执 that came by an old roll fax.
A thermal paper is a `Roll`: narrower than A4, cut from the roll at its own length, and the capture knows it."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, flow, hand, mm, seal, signature, table, wrap
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
PEN = (28, 36, 120)


@dataclass
class Roll(Sheet):
    """A sheet of thermal paper: `medium` is pos (58/80 mm till roll), counter (a bank's receipt printer, 110 mm),
    printer (the 查控 terminal's 80 mm strip) or fax (a 216 mm fax roll, cut by hand)."""

    medium: str = "fax"


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _basis_title(c: CaseCtx) -> str:
    return {"haul": "裁决书", "loan": "民事判决书", "mutton": "民事调解书"}[_tale(c)]


def _day(c: CaseCtx, code: str) -> date:
    from dossier.corpus.families.court_eb import made_on

    return made_on(c, code)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return _award(c, rng) if _tale(c) == "haul" else _civil(c, rng)
    if code == "effectiveness_certificate":
        return _award_certificate(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code in ("power_of_attorney", "law_firm_letter"):
        return _lawyer_paper(code, c, rng)
    if code == "lawyer_license":
        return _licence_copy(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _id_copy(c, rng, p.name) if p.kind == "person" else _licence_and_rep(c, rng, p.name)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng)
    if code == "fee_receipt":
        return _fee_slips(c, rng)
    if code == "payment_voucher":
        return [_counter_slip(c, rng)]
    if code == "online_inquiry_result":
        return _inquiry_strips(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    return _settlement(c, rng)


# ------------------------------------------------------------------ typed papers of other bodies

def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """榆林仲裁委员会's 裁决书: 楷体 title, small 宋体 body at narrow margins, the arbitrators' names and the 仲裁委 seal."""
    a, r = c.applicant, c.respondent
    f = font("ming", 38)
    sheets: list[Sheet] = [Sheet()]
    x0, top = mm(30), mm(32)
    s = sheets[0]
    s.centred(top, "榆林仲裁委员会", font("kai", 66), spacing=10)
    s.centred(top + 100, "裁 决 书", font("kai", 80), spacing=24)
    s.right(s.width - mm(26), top + 215, c.basis_number, f)
    tons = c.extra["tons"]
    blocks = [
        ("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，总经理。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
        ("p", f"榆林仲裁委员会（以下简称本会）根据申请人与被申请人签订的《煤炭运输合同》中的仲裁条款及申请人的仲裁申请，"
              f"于{num_date(c.basis_effective - timedelta(days=95))}受理了双方之间的运输合同纠纷案。本案适用《榆林仲裁委员会仲裁规则》，"
              "由独任仲裁员审理，已审理终结。"),
        ("p", f"申请人称：双方约定由申请人为被申请人自煤矿坑口向其兰炭厂运输原煤，运费按吨计付，月结。申请人累计运输原煤"
              f"{tons}吨，被申请人仅支付部分运费，尚欠{money(c.amount)}未付。"),
        ("p", "被申请人辩称：欠款属实，因兰炭市场行情下行，厂区限产，暂无力支付。"),
        ("p", "本会认为，双方签订的运输合同合法有效，申请人已履行运输义务，被申请人应按约支付运费。据此，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付运费{money(c.amount)}；"),
        ("p", "二、本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], top

    y = flow(s, blocks, f, x0=x0, width=s.width - x0 - mm(26), y=top + 300, line_height=66, indent=76,
             bottom=s.height - mm(40), more=more)
    last = sheets[-1]
    if y > last.height - mm(90):
        last, y = more()
    last.right(last.width - mm(40), y + 40, f"仲 裁 员　{person_name(rng)}", f)
    last.right(last.width - mm(40), y + 200, cn_date(c.basis_effective - timedelta(days=10)), f)
    last.right(last.width - mm(40), y + 270, f"书　　记　{person_name(rng)}", f)
    seal(last, last.width - mm(70), y + 200, "榆林仲裁委员会", rng, radius=mm(20))
    for k, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(18), f"- {k} -", font("ming", 28))
        if k > 1:
            sh.page_of = (k, len(sheets))
    return sheets


def _award_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(40), "榆林仲裁委员会", font("kai", 60), spacing=8)
    s.centred(mm(62), "裁决书生效证明", font("kai", 72), spacing=12)
    f = font("ming", 42)
    y = flow(s, [
        ("f", "榆林市榆阳区人民法院："),
        ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}运输合同纠纷一案，已于"
              f"{cn_date(c.basis_effective - timedelta(days=10))}作出{c.basis_number}裁决书，该裁决书已于"
              f"{cn_date(c.basis_effective)}送达双方当事人。依照《中华人民共和国仲裁法》第五十七条的规定，裁决书自作出之日起"
              "发生法律效力。"),
        ("p", "特此证明。"),
    ], f, x0=mm(30), width=s.width - mm(60), y=mm(100), line_height=76, indent=84)
    s.right(s.width - mm(40), y + 160, cn_date(c.filed_on - timedelta(days=rng.randint(3, 9))), f)
    seal(s, s.width - mm(70), y + 170, "榆林仲裁委员会", rng, radius=mm(20))
    s.text(mm(30), s.height - mm(50), "（联系电话：0912-3869××× 地址：榆林市高新区榆横一路政务中心东楼）", font("ming", 30))
    return [s]


def _civil(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 民一庭's judgment or 调解书 as the trial side prints it: 标宋 court name, 仿宋 body, page numbers at the foot."""
    a, r = c.applicant, c.respondent
    f = font("serif", 40)
    head = font("serif_bold", 58)
    sheets: list[Sheet] = [Sheet()]
    s = sheets[0]
    s.centred(mm(30), "陕西省榆林市榆阳区人民法院", head, spacing=2)
    s.centred(mm(48), _basis_title(c), font("serif_bold", 76), spacing=18)
    s.right(s.width - mm(26), mm(70), c.basis_number, f)

    def who(role: str, p: object) -> str:
        from dossier.corpus.content import Party

        assert isinstance(p, Party)
        if p.kind == "organisation":
            return f"{role}：{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
        b = p.born or c.filed_on
        return f"{role}：{p.name}，{p.sex}，{b.year}年{b.month}月{b.day}日出生，汉族，住{p.address}。"

    if _tale(c) == "loan":
        body = [
            ("f", who("原告", a)), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", who("被告", r)),
            ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院立案后，依法适用简易程序公开开庭进行了审理。被告经传票传唤"
                  "无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"原告诉称：{num_date(c.extra['lent'])}，被告因承包{c.extra['mine']}井下掘进工程急需资金，向原告借款，约定月息"
                  "一分五，原告以银行转账方式交付。后被告仅支付部分利息，本金至今未还。"),
            ("p", "本院认为，原、被告之间的借贷关系事实清楚、证据充分，合法有效，被告应当按约归还借款本金并支付利息。"
                  "依照《中华人民共和国民法典》第六百七十五条、第六百七十六条，《中华人民共和国民事诉讼法》第一百四十七条"
                  "之规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金及利息共计{money(c.amount)}。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                  "加倍支付迟延履行期间的债务利息。"),
            ("p", "案件受理费减半收取，由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于陕西省榆林市中级人民法院。"),
        ]
        signers = [("审 判 员", c.judge)]
    else:
        body = [
            ("f", who("原告", a)), ("f", who("被告", r)),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于立案后依法适用简易程序进行审理。"),
            ("p", f"原告诉称：原告系横山羊肉个体批发户，自前年冬季起陆续向被告供应横山羊肉（白条羊）共计{c.extra['sheep']}只，"
                  "被告分店收货后出具收条，货款至今未结清。"),
            ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}于{num_date(c.basis_effective + timedelta(days=20))}前一次性支付原告{a.name}"
                  f"羊肉货款{money(c.amount)}；"),
            ("p", "二、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ]
        signers = [("审 判 员", c.judge)]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], mm(30)

    y = flow(s, body, f, x0=mm(28), width=s.width - mm(54), y=mm(84), line_height=72, indent=80,
             bottom=s.height - mm(38), more=more)
    last = sheets[-1]
    if y > last.height - mm(110):
        last, y = more()
    for role, name in signers:
        last.right(last.width - mm(40), y + 50, f"{role}　{name}", f)
    made = c.basis_effective - timedelta(days=16 if _tale(c) == "loan" else 0)
    last.right(last.width - mm(40), y + 180, cn_date(made), f)
    seal(last, last.width - mm(72), y + 180, "陕西省榆林市榆阳区人民法院", rng, radius=mm(20))
    last.text(mm(40), y + 260, "本件与原本核对无异", font("serif", 32))
    last.right(last.width - mm(40), y + 330, f"书 记 员　{person_name(rng)}", f)
    if _tale(c) == "loan":  # the 民庭 stamps the date of effect on the copy sent for enforcement
        last.box(mm(36), y + 380, mm(36) + mm(80), y + 380 + mm(20), width=3, outline=(190, 40, 40))
        last.text(mm(42), y + 400, f"本判决已于{num_date(c.basis_effective)}生效", font("sans", 30), fill=(190, 40, 40))
    for k, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(16), f"第{k}页 共{len(sheets)}页", font("serif", 26))
        if k > 1:
            sh.page_of = (k, len(sheets))
    return sheets


# ------------------------------------------------------------------ the lawyers' typed papers

def _law_font(size: int) -> Font:
    return font("song_gb", size)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = _law_font(40)
    s = Sheet()
    s.centred(mm(28), "强制执行申请书", font("hei", 70), spacing=6)
    who_a = (f"申请执行人：{a.name}，统一社会信用代码{a.id_number}，住所地{a.address}。法定代表人：{a.legal_rep}，联系电话{a.phone}。"
             if a.kind == "organisation" else
             f"申请执行人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}，电话{a.phone}。")
    who_r = (f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。法定代表人：{r.legal_rep}。"
             if r.kind == "organisation" else
             f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}，电话{r.phone}。")
    blocks = [
        ("f", who_a), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), ("f", who_r),
        ("f", "执行请求："),
        ("p", f"1. 请求依法强制执行{c.basis_court}{c.basis_number}{_basis_title(c)}，责令被执行人支付{money(c.amount)}，"
              "并加倍支付迟延履行期间的债务利息；"),
        ("p", "2. 请求对被执行人采取限制高消费措施；被执行人拒不履行的，请求将其纳入失信被执行人名单；"),
        ("p", "3. 本案执行费用由被执行人承担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}{_basis_title(c)}已于"
              f"{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行义务。为维护申请执行人的合法权益，特依照"
              "《中华人民共和国民事诉讼法》第二百四十七条之规定，向贵院申请强制执行。"),
        ("f", "此致"), ("f", "榆林市榆阳区人民法院"),
    ]
    y = flow(s, blocks, f, x0=mm(25), width=s.width - mm(50), y=mm(50), line_height=70, indent=80)
    s.text(s.width - mm(110), y + 40, "申请执行人：", f)
    if a.kind == "organisation":
        seal(s, s.width - mm(50), y + 60, a.name, rng, radius=mm(19))
        signature(s, s.width - mm(70), y + 130, a.legal_rep, rng)
    else:
        signature(s, s.width - mm(60), y + 30, a.name, rng)
    hand(s, s.width - mm(100), y + 200, num_date(c.filed_on - timedelta(days=1)), rng, size=40, ink=INK)
    return [s]


def _lawyer_paper(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    f = _law_font(40)
    if code == "law_firm_letter":
        s.centred(mm(22), c.firm, font("hei", 56), spacing=4)
        s.line(mm(22), mm(36), s.width - mm(22), mm(36), width=4, fill=(170, 30, 30))
        s.line(mm(22), mm(37.5), s.width - mm(22), mm(37.5), width=1, fill=(170, 30, 30))
        s.centred(mm(48), "律 师 事 务 所 函", font("hei", 64), spacing=4)
        s.right(s.width - mm(25), mm(64), f"陕驼律执字〔{c.filed_on.year}〕第{rng.randint(10, 380)}号", f)
        y = flow(s, [("f", "榆林市榆阳区人民法院："),
                     ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案"
                           "申请执行人的委托代理人。"),
                     ("p", "特此函告。"),
                     ("f", "附：授权委托书一份"),
                     ("f", f"律师联系电话：{c.agent_phone}"),
                     ("f", f"本所地址：{c.extra['firm_addr']}")], f,
                 x0=mm(25), width=s.width - mm(50), y=mm(82), line_height=74, indent=80)
        s.right(s.width - mm(35), y + 120, cn_date(c.filed_on - timedelta(days=2)), f)
        seal(s, s.width - mm(65), y + 120, c.firm, rng, radius=mm(20))
        return [s]
    s.centred(mm(30), "授 权 委 托 书", font("hei", 70), spacing=6)
    y = flow(s, [("f", f"委托人：{a.name}"),
                 ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                 ("p", f"现委托{c.agent}在我方申请执行{c.respondent.name}{c.extra['cause']}一案中，作为我方的代理人。"),
                 ("f", "代理权限为：特别授权。代为申请执行，提供财产线索，申请采取查封、扣押、冻结等措施，代为参加执行听证、"
                       "和解，代为签收法律文书，代为领取执行款。"),
                 ("f", "代理期限：自签字之日起至本案执行终结时止。")], f,
             x0=mm(25), width=s.width - mm(50), y=mm(60), line_height=74, indent=80)
    s.text(mm(25), y + 80, "委托人：", f)
    if a.kind == "organisation":
        seal(s, mm(80), y + 100, a.name, rng, radius=mm(19))
    else:
        signature(s, mm(60), y + 70, a.name, rng)
        hand(s, mm(110), y + 76, "（按印）", rng, size=30, ink=(180, 40, 40))
    s.text(mm(115), y + 80, "受托人：", f)
    signature(s, mm(145), y + 70, c.agent, rng)
    hand(s, s.width - mm(90), y + 220, num_date(c.filed_on - timedelta(days=2)), rng, size=40, ink=INK)
    return [s]


def _licence_copy(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the 律师执业证's inner pages, grey, off-square, with the firm's 与原件一致 stamp."""
    s = Sheet()
    x, y = mm(30), mm(40)
    w, h = mm(150), mm(100)
    s.draw.rectangle((x - 6, y - 6, x + w + 6, y + 2 * h + 26), fill=(214, 214, 214))
    s.draw.rectangle((x, y, x + w, y + h), fill=(236, 236, 236), outline=(80, 80, 80), width=2)
    s.draw.rectangle((x, y + h + 20, x + w, y + 2 * h + 20), fill=(236, 236, 236), outline=(80, 80, 80), width=2)
    s.centred(y + 30, "中华人民共和国律师执业证", font("hei", 46), x0=x, x1=x + w, fill=(50, 50, 50))
    s.draw.rectangle((x + 40, y + 140, x + 40 + mm(30), y + 140 + mm(40)), fill=(160, 160, 160))
    g = font("sans", 34)
    rows = [f"执业机构：{c.firm}", "执业证类别：专职律师", f"执业证号：{c.extra['licence']}",
            f"法律职业资格证号：A{c.filed_on.year - rng.randint(6, 14)}6108{rng.randint(100000, 999999)}",
            "发证机关：陕西省司法厅", f"发证日期：{c.filed_on.year - rng.randint(3, 9)}年{rng.randint(1, 12)}月"]
    s.text(x + 40 + mm(36), y + 150, f"姓名：{c.agent}", g, fill=(40, 40, 40))
    for k, line in enumerate(rows):
        s.text(x + 40 + mm(36), y + 210 + 58 * k, line, g, fill=(40, 40, 40))
    s.centred(y + h + 70, "律师年度考核备案", font("hei", 40), x0=x, x1=x + w, fill=(50, 50, 50))
    rows2 = [["考核年度", "考核结果", "备案机关", "备案日期"],
             [str(c.filed_on.year - 1), "称职", "榆林市司法局", f"{c.filed_on.year}.0{rng.randint(3, 5)}"]]
    table(s, x + 40, y + h + 150, [mm(32), mm(30), mm(44), mm(32)], rows2, font("sans", 30), row_h=80, fill=(60, 60, 60))
    seal(s, x + w - mm(35), y + h + 200, "榆林市司法局", rng, radius=mm(16))
    hand(s, x + mm(10), y + 2 * h + 80, "与原件核对一致", rng, size=42, ink=INK)
    signature(s, x + mm(90), y + 2 * h + 74, c.agent, rng)
    return [s]


# ------------------------------------------------------------------ copies of identity papers

def _id_copy(c: CaseCtx, rng: random.Random, name: str) -> list[Sheet]:
    p = c.applicant if c.applicant.name == name else c.respondent
    s = Sheet()
    grey = (70, 70, 70)
    x, y = mm(45), mm(45)
    w, h = mm(85.6 * 1.4), mm(54 * 1.4)
    for k in range(2):
        yy = y + k * (h + mm(20))
        s.draw.rounded_rectangle((x, yy, x + w, yy + h), radius=30, fill=(222, 222, 222), outline=grey, width=2)
    g = font("hei", 34)
    b = p.born or c.filed_on
    lines = [f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{b.year}年{b.month}月{b.day}日",
             f"住址　{p.address}"]
    ty = y + 50
    for line in lines:
        for part in wrap(line, g, w * 0.6):
            s.text(x + 40, ty, part, g, fill=grey)
            ty += 54
    s.draw.rectangle((x + w * 0.68, y + 50, x + w - 40, y + h - 110), fill=(150, 150, 150))
    s.text(x + 40, y + h - 80, f"公民身份号码　{p.id_number}", font("hei", 38), fill=(40, 40, 40))
    y2 = y + h + mm(20)
    s.centred(y2 + 60, "中华人民共和国", font("hei", 52), x0=x, x1=x + w, fill=grey)
    s.centred(y2 + 130, "居民身份证", font("hei", 64), x0=x, x1=x + w, fill=grey, spacing=10)
    issued = c.filed_on.year - rng.randint(2, 9)
    office = "榆林市公安局榆阳分局" if p.id_number.startswith("610802") else "横山区公安局" if p.id_number.startswith(
        "610823") else "靖边县公安局"
    s.text(x + 60, y2 + h - 130, f"签发机关　{office}", font("hei", 32), fill=grey)
    s.text(x + 60, y2 + h - 80, f"有效期限　{issued}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{issued + 20}.0{rng.randint(1, 9)}.1"
           f"{rng.randint(0, 9)}", font("hei", 32), fill=grey)
    hand(s, x, y2 + h + mm(18), "本复印件与原件一致，仅供法院执行使用", rng, size=40, ink=INK)
    signature(s, x + mm(50), y2 + h + mm(34), p.name, rng)
    return [s]


def _licence_and_rep(c: CaseCtx, rng: random.Random, name: str) -> list[Sheet]:
    """营业执照（副本）复印件 and the company's 法定代表人身份证明书 on a second sheet."""
    p = c.applicant if c.applicant.name == name else c.respondent
    s = Sheet()
    frame = (110, 110, 110)
    s.box(mm(20), mm(20), s.width - mm(20), mm(190), width=10, outline=frame)
    s.centred(mm(34), "营 业 执 照", font("serif_bold", 86), spacing=12, fill=(60, 60, 60))
    s.centred(mm(52), "（副　本）", font("serif", 40), fill=(70, 70, 70))
    g = font("serif", 34)
    est = c.filed_on.year - rng.randint(5, 14)
    rows = [f"统一社会信用代码　{p.id_number}", f"名　　称　{p.name}", "类　　型　有限责任公司（自然人投资或控股）",
            f"法定代表人　{p.legal_rep}",
            "经营范围　" + ("普通货物道路运输；煤炭销售；装卸搬运" if "物流" in p.name else
                        "兰炭、焦油、煤气生产销售；煤炭洗选" if "兰炭" in p.name else "餐饮服务；食品销售；预包装食品零售"),
            f"注册资本　人民币{rng.choice(['伍佰', '壹仟', '贰仟'])}万元整", f"成立日期　{est}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            f"住　　所　{p.address}"]
    y: float = mm(70)
    for line in rows:
        for part in wrap(line, g, s.width - mm(60)):
            s.text(mm(30), y, part, g, fill=(50, 50, 50))
            y += 58
    s.text(s.width - mm(90), mm(160), "登记机关", g, fill=(60, 60, 60))
    seal(s, s.width - mm(60), mm(160), "榆林市榆阳区市场监督管理局", rng, radius=mm(18))
    seal(s, mm(60), mm(215), p.name, rng, radius=mm(18))
    hand(s, mm(90), mm(212), "与原件一致", rng, size=44, ink=INK)
    s2 = Sheet()
    s2.starts_document = False
    s2.centred(mm(35), "法定代表人身份证明书", font("song_gb", 66), spacing=4)
    f = font("song_gb", 40)
    y = flow(s2, [("p", f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位的法定代表人。"), ("p", "特此证明。"),
                  ("f", "附：法定代表人身份证复印件")], f, x0=mm(28), width=s2.width - mm(56), y=mm(62), line_height=74,
             indent=80)
    s2.right(s2.width - mm(30), y + 100, f"单位：{p.name}（盖章）", f)
    seal(s2, s2.width - mm(70), y + 130, p.name, rng, radius=mm(19))
    s2.right(s2.width - mm(30), y + 180, num_date(c.filed_on - timedelta(days=3)), f)
    s2.page_of = (2, 2)
    return [s, s2]


# ------------------------------------------------------------------ the window's printed forms, filled by hand

def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("sans", 32)
    x0, w = mm(18), s.width - mm(36)
    title = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取执行款确认书",
             "service_address_confirmation": "送达地址确认书"}[code]
    s.centred(mm(18), "榆阳区人民法院诉讼服务中心", font("sans", 34))
    s.centred(mm(28), title, font("sans_bold", 60), spacing=4)
    s.text(x0, mm(44), f"案号：{c.number}", f)
    y = mm(52)
    if code == "property_clue_form":
        rows = [["被执行人", ""], ["财产类别", "财产线索（名称、所在地、账号、车牌号等）"], ["银行存款", ""], ["不动产", ""],
                ["车辆", ""], ["股权、债权", ""], ["其他", ""], ["申请人声明", "以上线索由本人提供，如实填写。"]]
        hs = [110, 100, 170, 170, 170, 170, 170, 110]
        fills = [r.name, "", c.extra.get("r_bank", "不清楚") + " " + str(c.extra.get("r_acct", ""))[:10] + "…",
                 {"haul": "麻黄梁工业园厂区及兰炭炉", "loan": "金鸡滩老家窑洞（父亲名下）",
                  "mutton": "二街门店（租赁）"}[_tale(c)],
                 {"haul": "厂内装载机两台", "loan": "原有陕K重型自卸车一辆，现下落不明", "mutton": "无"}[_tale(c)],
                 "不清楚", "无", ""]
    elif code == "payment_account_confirmation":
        rows = [["申请执行人", ""], ["收款户名", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""],
                ["承诺", "以上账户为本人（本单位）确认的收取执行款账户，因账户信息错误造成的损失由本人（本单位）承担。"]]
        hs = [120, 120, 120, 120, 120, 200]
        fills = [a.name, a.name, c.extra["in_bank"], c.extra["in_acct"], a.phone, ""]
    else:
        rows = [["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["联系电话", ""], ["是否同意电子送达", ""],
                ["电子送达号码", ""], ["告知事项", "送达地址变更应及时告知法院；因提供地址不准确、变更未告知导致文书未能被实际接收的，"
                                        "文书退回之日视为送达之日。"]]
        hs = [120, 170, 110, 110, 110, 110, 230]
        fills = [a.name, a.address, "719000", a.phone, "同意（短信、微信）", c.agent_phone, ""]
    table(s, x0, y, [mm(42), w - mm(42)], rows, f, row_h=hs, centre_first=True)
    cy = y
    for v, h in zip(fills, hs, strict=True):
        if v:
            for k, part in enumerate(wrap(v, font("kai", 38), w - mm(52))[:2]):
                hand(s, x0 + mm(46), cy + 22 + k * 56, part, rng, size=38, ink=PEN)
        cy += h
    y = cy + 70
    s.text(x0, y, "申请执行人（签名或盖章）：", f)
    if a.kind == "organisation":
        seal(s, x0 + mm(110), y + 20, a.name, rng, radius=mm(18))
    else:
        signature(s, x0 + mm(90), y - 14, a.name, rng, ink=PEN)
    hand(s, s.width - mm(80), y + 80, num_date(c.filed_on - timedelta(days=rng.randint(0, 1))), rng, size=38, ink=PEN)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """财产申报表. The 兰炭 plant faxed its filled form back on the plant office's roll fax; the others filled it at the
    window."""
    r = c.respondent
    day = _day(c, "property_declaration_form")
    fax = _tale(c) == "haul"
    if fax:
        s: Sheet = Roll(size=(mm(rng.choice([198, 202, 206])), mm(rng.randint(255, 290))), medium="fax")
        s.text(mm(6), mm(4), f"{day.year}-{day.month:02d}-{day.day:02d} 16:{rng.randint(10, 59)}  FROM:0912-38{rng.randint(10000, 99999)}"
               f"  TO:0912-3321234  P.001/001", font("mono", 24))
    else:
        s = Sheet()
    x0 = mm(14)
    w = s.width - 2 * x0
    y0 = mm(14)
    s.centred(y0, "被执行人财产申报表", font("sans_bold", 56), spacing=6)
    s.text(x0, y0 + 80, f"案号：{c.number}　　　申报人：{r.name}", font("sans", 30))
    rows = [["项目", "申报内容"], ["银行存款（开户行、账号、余额）", ""], ["房产、土地", ""], ["车辆", ""], ["机器设备、存货", ""],
            ["对外债权、股权投资", ""], ["收入情况", ""], ["申报前一年财产变动", ""]]
    hs = [70, 150, 130, 110, 150, 130, 110, 130]
    y = y0 + 140
    table(s, x0, y, [mm(64), w - mm(64)], rows, font("sans", 28), row_h=hs)
    if r.kind == "organisation":
        vals = [f"{c.extra['r_bank']} {c.extra['r_acct']}（已被贵院冻结扣划），现余额约{rng.randint(2000, 9000):,}元",
                "厂区土地为租赁集体土地，无产权", "无（运输车辆均为挂靠）", "直立炭化炉两座（已停产）、兰炭库存约600吨",
                "应收某化工公司货款约80万元（未结）", "停产限产，无收入", "无"]
    else:
        vals = ["无存款", "无", "无", "无", "无", "打零工，收入不固定", "无"]
    cy = y + hs[0]
    for v, h in zip(vals, hs[1:], strict=True):
        for k, part in enumerate(wrap(v, font("kai", 34), w - mm(72))[:2]):
            hand(s, x0 + mm(68), cy + 18 + k * 50, part, rng, size=34, ink=(25, 25, 25))
        cy += h
    cy += 40
    s.text(x0, cy, "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", font("sans", 28))
    s.text(x0, cy + 70, "申报人（签章）：", font("sans", 30))
    if r.kind == "organisation":
        seal(s, x0 + mm(70), cy + 100, r.name, rng, radius=mm(17))
        signature(s, x0 + mm(100), cy + 70, r.legal_rep, rng)
    else:
        signature(s, x0 + mm(60), cy + 60, r.name, rng)
    hand(s, s.width - mm(75), cy + 150, num_date(day), rng, size=34, ink=(25, 25, 25))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """执行和解协议, typed by the applicant's lawyer in a plain numbered style, both sides sign and seal."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = _law_font(38)
    s.centred(mm(26), "执行和解协议", font("hei", 66), spacing=10)
    paid = c.extra["frozen"]
    d = _day(c, "settlement_agreement")
    if paid < c.amount:
        first = (f"一、乙方尚欠甲方运费{money(c.amount)}，法院已冻结扣划{money(paid)}；剩余{money(c.amount - paid)}，乙方于"
                 f"{num_date(c.extra['pay_day'])}前汇入榆阳区人民法院执行款专户。")
    else:
        first = (f"一、乙方同意以法院冻结的乙方账户内存款{money(paid)}一次性清偿全部羊肉货款，由法院于"
                 f"{num_date(c.extra['pay_day'])}前扣划后发放甲方。")
    y = flow(s, [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲乙双方{c.extra['cause']}一案，榆林市榆阳区人民法院{c.number}执行过程中，经协商，自愿达成如下和解协议："),
        ("p", first),
        ("p", "二、乙方按期履行完毕的，甲方放弃迟延履行期间的加倍部分利息；乙方逾期的，甲方可申请恢复执行原生效法律文书。"),
        ("p", "三、执行费由乙方承担。"),
        ("p", "四、本协议一式三份，甲乙双方各执一份，交法院一份附卷。"),
    ], f, x0=mm(25), width=s.width - mm(50), y=mm(48), line_height=70, indent=76)
    s.text(mm(25), y + 80, "甲方：", f)
    s.text(mm(110), y + 80, "乙方：", f)
    if a.kind == "organisation":
        seal(s, mm(65), y + 110, a.name, rng, radius=mm(18))
    signature(s, mm(45), y + 170, c.agent, rng)
    seal(s, mm(150), y + 110, r.name, rng, radius=mm(18))
    signature(s, mm(130), y + 170, r.legal_rep or r.name, rng)
    s.right(s.width - mm(30), y + 320, num_date(d), f)
    return [s]


# ------------------------------------------------------------------ thermal papers

def _thermal_font(size: int) -> Font:
    return font("microhei", size)


def _cut(s: Roll, y: float) -> None:
    """Tear the strip off where the printer stopped feeding."""
    h = min(s.height, int(y))
    s.image = s.image.crop((0, 0, s.width, h))
    s.size = (s.width, h)


def _dashes(s: Sheet, y: float, x0: float, x1: float) -> None:
    f = _thermal_font(26)
    n = int((x1 - x0) / f.getlength("-"))
    s.text(x0, y, "-" * n, f, record=False)


def _fee_slips(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court fee window takes the 申请执行费 by card: the POS terminal's 签购单 (80 mm strip), stapled above the
    陕西省非税收入 receipt printed on the window's dot-matrix printer. Both are one fee_receipt."""
    fee = c.extra["fee"]
    paid = c.filed_on + timedelta(days=rng.randint(1, 3))
    pos = Roll(size=(mm(80), mm(260)), medium="pos")
    f = _thermal_font(28)
    big = _thermal_font(34)
    y = mm(5)
    pos.centred(y, "银联POS签购单", big)
    y += 52
    pos.centred(y, "持卡人存根 CARDHOLDER COPY", _thermal_font(22))
    y += 40
    _dashes(pos, y, mm(3), pos.width - mm(3))
    y += 30
    ref = rng.randint(100000, 999999)
    for line in ["商户名称:榆林市榆阳区人民法院", f"商户编号:1026108{rng.randint(10000000, 99999999)}",
                 f"终端编号:{rng.randint(10000000, 99999999)}  操作员:01", "发卡行:" + c.extra["in_bank"][:6],
                 f"卡号:6217****{rng.randint(1000, 9999)} (C)", "交易类型:消费/SALE", f"批次号:000{rng.randint(100, 999)}",
                 f"凭证号:{rng.randint(100000, 999999)}  授权码:{rng.randint(100000, 999999)}", f"参考号:{paid:%y%m%d}{ref}",
                 f"日期/时间:{paid:%Y/%m/%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"]:
        for part in wrap(line, f, pos.width - mm(6)):
            pos.text(mm(3), y, part, f)
            y += 40
    y += 8
    pos.text(mm(3), y, f"金额:RMB {fee:,.2f}", big)
    y += 60
    _dashes(pos, y, mm(3), pos.width - mm(3))
    y += 30
    pos.text(mm(3), y, "备注:执行费 " + c.number, _thermal_font(22))
    y += 40
    pos.text(mm(3), y, "持卡人签名:", f)
    signature(pos, mm(30), y + 10, c.applicant.legal_rep or c.applicant.name, rng, ink=PEN)
    y += 110
    pos.text(mm(3), y, "本人确认以上交易,同意将其记入本卡账户", _thermal_font(20))
    _cut(pos, y + 90)
    receipt = Sheet(size=(mm(210), mm(140)))
    receipt.starts_document = False
    g = font("mono", 30)
    receipt.centred(mm(8), "陕西省非税收入统一票据（电子）", font("sans_bold", 44))
    receipt.text(mm(14), mm(22), f"票据代码：61010{rng.randint(100, 999)}  票据号码：00{rng.randint(1000000, 9999999)}", g)
    receipt.text(mm(14), mm(30), f"交款人：{c.applicant.name}", g)
    receipt.text(mm(120), mm(30), f"开票日期：{paid:%Y-%m-%d}", g)
    rows = [["项目编码", "项目名称", "单位", "数量", "金额（元）"],
            ["103040101", "申请执行费", "件", "1", f"{fee:,.2f}"],
            ["金额合计（大写）", money_caps(Decimal(fee)), "", "", f"{fee:,.2f}"]]
    table(receipt, mm(14), mm(40), [mm(36), mm(50), mm(18), mm(18), mm(60)], rows, font("sans", 28), row_h=78)
    receipt.text(mm(14), mm(100), f"备注：{c.number}  执行费  POS刷卡", g)
    receipt.text(mm(14), mm(110), "收款单位（章）：榆林市榆阳区人民法院　　复核人：　　收款人：" + person_name(rng), g)
    seal(receipt, mm(170), mm(104), "陕西省榆林市榆阳区人民法院", rng, radius=mm(15), inner="财务专用章")
    receipt.page_of = (2, 2)
    return [pos, receipt]


def _counter_slip(c: CaseCtx, rng: random.Random) -> Roll:
    """The bank counter's 业务回单 on its 110 mm thermal receipt printer: the court's transfer of the case money to the
    applicant's account, the teller's 业务专用章 pressed over the foot."""
    s = Roll(size=(mm(110), mm(260)), medium="counter")
    f = _thermal_font(28)
    bank = "中国建设银行"
    day = c.extra["pay_day"] + timedelta(days=5)
    y = mm(5)
    s.centred(y, f"{bank}", _thermal_font(38))
    y += 56
    s.centred(y, "单位客户专用回单（转账）", _thermal_font(32))
    y += 56
    _dashes(s, y, mm(4), s.width - mm(4))
    y += 30
    amount = c.amount
    lines = [f"交易日期:{day:%Y%m%d}  流水号:{rng.randint(10**11, 10**12 - 1)}",
             "付款人户名:陕西省榆林市榆阳区人民法院", f"付款人账号:610501{rng.randint(10**12, 10**13 - 1)}",
             "付款人开户行:中国建设银行榆林榆阳支行", f"收款人户名:{c.applicant.name}", f"收款人账号:{c.extra['in_acct']}",
             f"收款人开户行:{c.extra['in_bank']}", f"金额(小写):CNY{amount:,.2f}", f"金额(大写):{money_caps(amount)}",
             f"用途:{c.number}执行款", "摘要:案款发放", f"柜员:{rng.randint(100000, 999999)}  授权:{rng.randint(100000, 999999)}",
             f"打印时间:{day:%Y-%m-%d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}"]
    for line in lines:
        for part in wrap(line, f, s.width - mm(8)):
            s.text(mm(4), y, part, f)
            y += 42
    _dashes(s, y + 8, mm(4), s.width - mm(4))
    s.centred(y + 44, "回单验证码:" + "".join(rng.choice("0123456789ABCDEF") for _ in range(12)), _thermal_font(22))
    seal(s, s.width - mm(30), y - 40, "中国建设银行榆林榆阳支行", rng, radius=mm(15), inner="业务专用章")
    _cut(s, y + 130)
    return s


def _inquiry_strips(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 总对总 查控 results printed on the bureau's 80 mm receipt printer at the 查控 terminal: one strip per batch,
    each its own printout (the bank batch and the 不动产/车辆 batch)."""
    r = c.respondent
    day = _day(c, "online_inquiry_result")
    batches = [("金融机构", [("中国工商银行", "无"), ("中国农业银行", "有"), ("中国建设银行", "无"), ("陕西农信", "有"),
                            ("中国邮政储蓄银行", "无"), ("支付宝", "有"), ("财付通", "有")]),
               ("其他财产", [("自然资源部(不动产)", "无"), ("公安部(车辆)", "无" if _tale(c) != "haul" else "有"),
                           ("证监会(证券)", "无"), ("银保监(理财)", "无"), ("市场监管(股权)", "有" if r.kind == "organisation" else "无")])]
    sheets: list[Sheet] = []
    for n, (title, rows) in enumerate(batches):
        s = Roll(size=(mm(80), mm(260)), medium="printer")
        s.starts_document = n > 0
        f = _thermal_font(24)
        y = mm(4)
        s.centred(y, "网络执行查控系统", _thermal_font(32))
        y += 48
        s.centred(y, f"查询结果回执（{title}）", _thermal_font(28))
        y += 46
        _dashes(s, y, mm(2), s.width - mm(2))
        y += 26
        for line in [f"案号:{c.number}", f"被查询人:{r.name}", f"证件号:{r.id_number}",
                     f"批次:{day:%Y%m%d}{rng.randint(1000, 9999)}", f"发起:{day:%Y-%m-%d}  操作人:{c.officer}"]:
            for part in wrap(line, f, s.width - mm(4)):
                s.text(mm(2), y, part, f)
                y += 36
        _dashes(s, y, mm(2), s.width - mm(2))
        y += 26
        s.text(mm(2), y, "协助单位        结果   余额/数量", f)
        y += 38
        for who, has in rows:
            detail = ""
            if has == "有":
                top = 99 if _tale(c) == "loan" else 9999
                detail = f"{rng.randint(0, top)}.{rng.randint(0, 99):02d}" if title == "金融机构" else "1"
            s.text(mm(2), y, who[:9], f)
            s.text(mm(42), y, "有财产" if has == "有" else "无", f)
            s.text(mm(56), y, detail, f)
            y += 36
        _dashes(s, y, mm(2), s.width - mm(2))
        y += 26
        fed = day + timedelta(days=rng.randint(1, 3))
        s.text(mm(2), y, f"反馈:{fed:%Y-%m-%d} 打印:{fed + timedelta(days=1):%m-%d}", f)
        _cut(s, y + 110)
        sheets.append(s)
    return sheets


def bank_fax_reply(c: CaseCtx, rng: random.Random, bank: str, sent: date) -> Sheet:
    """The bank's 协助执行回执, typed in the branch's Word template and faxed back on the bureau's roll fax: a header line
    stamped by the sending machine, the roll's width, cut where the page ended."""
    s = Roll(size=(mm(rng.choice([198, 202, 206])), mm(rng.randint(200, 240))), medium="fax")
    s.starts_document = True
    back = sent + timedelta(days=1)
    s.text(mm(5), mm(4), f"{back:%m/%d/%Y} 10:{rng.randint(10, 59)}  0912{rng.randint(3200000, 3999999)}  "
           f"{bank[:6]}  #{rng.randint(100, 999)} P.001", font("mono", 24))
    f = font("song_gb", 36)
    s.centred(mm(16), "协助执行回执", font("song_gb", 56), spacing=8)
    r = c.respondent
    done = {"haul": f"已于{num_date(back)}扣划被执行人{r.name}账户（{c.extra.get('r_acct', '')}）存款{money(c.extra.get('frozen', c.amount))}"
                    "至贵院执行款专户。",
            "mutton": f"已于{num_date(back)}冻结并扣划被执行人{r.name}账户存款{money(c.amount)}至贵院执行款专户。",
            "loan": f"经查，被执行人{r.name}在我行开立借记卡账户一户，余额{rng.randint(3, 90)}.{rng.randint(10, 99)}元，"
                    f"已于{num_date(back)}冻结，冻结期限一年。"}[_tale(c)]
    y = flow(s, [("f", "榆林市榆阳区人民法院："),
                 ("p", f"贵院{c.number.replace('号', '号之二')}协助执行通知书及执行裁定书已收悉。{done}"),
                 ("p", "特此回复。"),
                 ("f", f"经办人：{person_name(rng)}　联系电话：0912-{rng.randint(3200000, 3999999)}")],
             f, x0=mm(16), width=s.width - mm(32), y=mm(30), line_height=62, indent=72)
    s.right(s.width - mm(24), y + 60, f"{bank}（业务章）", f)
    s.right(s.width - mm(24), y + 120, num_date(back), f)
    seal(s, s.width - mm(50), y + 90, bank, rng, radius=mm(16), inner="业务专用章")
    return s

