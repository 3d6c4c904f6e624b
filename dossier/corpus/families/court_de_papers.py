"""What 昆都仑区法院执行局 receives, each in its maker's style: 包头中院's second-instance judgment and this court's trial
divisions' judgment and 调解书 (仿宋-like Ming face, 骑缝 copy stamp), the law firm's 授权委托书 and 律师事务所函 on its
letterhead, the lawyer's 执业证 copy, an insurer's payment reply with its claims table, a worker's hand-filled 执行申请书
form, ID card and 户口簿 copies, a business licence copy, the bank's electronic 回单, the 诉讼费 receipt, a settlement."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_de_kit import COURT, basis_words, on, tale
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import half_seal, stamp

RECEIVED = frozenset({
    "enforcement_basis", "enforcement_application", "identity_proof", "power_of_attorney", "law_firm_letter",
    "lawyer_license", "fee_receipt", "settlement_agreement", "payment_voucher", "evidence",
})
MID = "内蒙古自治区包头市中级人民法院"


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "identity_proof":
        who = c.respondent if served and served[0] == "respondent" else c.applicant
        if who.kind == "organisation":
            return [licence(who, c, rng)]
        if tale(c) == "wage":
            return [hukou(who, c, rng)]
        return [id_copy(who, rng)]
    if code == "enforcement_application" and tale(c) == "wage":
        return [handfilled_application(c, rng)]
    if code == "evidence":
        return insurer_reply(c, rng) if tale(c) == "traffic" else [withdrawal(c, rng)]
    return PAPERS[code](c, rng)


class Pages:
    """A sender's typed pages: its own face, margins and line spacing."""

    def __init__(self, face: str, size: float, lead: float, left: float, right: float, top: float, bottom: float) -> None:
        self.f: Font = font(face, int(size))
        self.lead, self.left, self.right, self.top, self.bottom = lead, left, right, top, bottom
        self.sheets: list[Sheet] = [Sheet()]
        self.y = top

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def line(self, text: str, *, indent: int = 2, f: Font | None = None) -> None:
        f = f or self.f
        width = self.s.width - self.left - self.right
        ind = indent * f.size
        for k, part in enumerate(wrap(text, f, width, indent=ind)):
            if self.y + self.lead > self.s.height - self.bottom:
                self.sheets.append(Sheet())
                self.y = self.top
            self.s.text(self.left + (ind if k == 0 else 0), self.y, part, f)
            self.y += self.lead

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.sheets.append(Sheet())
            self.y = self.top


# ---------------------------------------------------------------- judgments and 调解书 of the trial courts

def basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    issuer = MID if t == "traffic" else COURT
    title = "民 事 调 解 书" if t == "loan" else "民 事 判 决 书"
    p = Pages("ming", mm(4.6), mm(8.6), mm(30), mm(24), mm(26), mm(26))
    p.s.centred(p.y, issuer, font("ming", mm(7.2)))
    p.y += mm(13)
    p.s.centred(p.y, title, font("hei", mm(9)))
    p.y += mm(16)
    p.s.right(p.s.width - p.right, p.y, c.basis_number, p.f)
    p.y += p.lead * 1.4
    born = f"{num_date(a.born)}出生" if a.born else ""
    if t == "traffic":
        p.line(f"上诉人（原审被告）：{r.name}，住所地{r.address}。")
        p.line(f"法定代表人：{r.legal_rep}，该公司经理。")
        p.line(f"被上诉人（原审原告）：{a.name}，{a.sex}，{born}，汉族，住{a.address}。")
        p.line(f"委托诉讼代理人：{c.agent}，{c.firm}律师。")
        p.line(f"原审被告：{c.extra['insurer']}，住所地包头市昆都仑区钢铁大街。")
        p.line(f"上诉人{r.name}因与被上诉人{a.name}、原审被告{c.extra['insurer']}{c.extra['cause']}一案，不服内蒙古自治区"
               f"包头市昆都仑区人民法院{c.extra['first_no']}民事判决，向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。")
        p.line(f"原审查明：{num_date(c.extra['accident'])}，{c.extra['driver']}驾驶{r.name}所有的{c.extra['plate']}号重型半挂"
               f"牵引车沿建设路由南向北行驶至阿尔丁大街路口右转时，与步行通过人行横道的{a.name}相撞，致{a.name}受伤。"
               f"经包头市公安局交通管理支队认定，{c.extra['driver']}负事故全部责任。该车在{c.extra['insurer']}投保交强险"
               "及商业三者险。")
        p.line(f"本院认为，上诉人关于护理费、误工费计算标准过高的上诉理由，与原审查明的事实不符，本院不予支持。原审判决认定"
               f"事实清楚，适用法律正确。依照{'《中华人民共和国民事诉讼法》'}第一百七十七条第一款第一项的规定，判决如下：")
        p.line("驳回上诉，维持原判。")
        p.line(f"原审判决主文：一、{c.extra['insurer']}在保险限额内赔偿{a.name}{money(c.extra['insured'])}；"
               f"二、{r.name}赔偿{a.name}{money(c.amount - c.extra['insured'])}。")
        p.line("二审案件受理费由上诉人负担。本判决为终审判决。")
        bench = [("审 判 长", person(rng)), ("审 判 员", person(rng)), ("审 判 员", person(rng))]
    elif t == "loan":
        p.line(f"原告：{a.name}，{a.sex}，{born}，汉族，住{a.address}。")
        p.line(f"被告：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，汉族，住{r.address}。")
        p.line(f"案由：{c.extra['cause']}。")
        p.line(f"原告{a.name}诉称，{num_date(c.extra['lent_on'])}被告因经营{c.extra['shop']}向原告借款，出具借条一张，约定一年内"
               "归还，到期后经多次催要未还，故诉至法院。")
        p.line("本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：")
        p.line(f"一、被告{r.name}于{cn_date(c.basis_effective + timedelta(days=30))}前偿还原告{a.name}借款{money(c.amount)}；")
        p.line("二、如被告未按期足额履行，原告可就全部未付款项申请强制执行；")
        p.line("三、案件受理费减半收取，由被告负担。")
        p.line("上述协议，符合有关法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。")
        bench = [("审 判 员", person(rng))]
    else:
        p.line(f"原告：{a.name}，{a.sex}，{born}，汉族，住{a.address}。")
        p.line(f"委托诉讼代理人：{c.agent}，{c.firm}律师（法律援助）。")
        p.line(f"被告：{r.name}，住所地{r.address}。")
        p.line(f"法定代表人：{r.legal_rep}，该公司经理。")
        p.line(f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，原告不服包头市昆都仑区劳动人事争议仲裁委员会"
               f"{c.extra['arb_no']}仲裁裁决，向本院提起诉讼。本院依法适用简易程序，公开开庭进行了审理。")
        p.line(f"本院查明：原告自2021年3月起在被告处从事钳工工作，被派往包钢厂区检修项目，被告拖欠原告{c.extra['months']}个月"
               "工资未付。")
        p.line("本院认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。依照《中华人民共和国劳动合同法》"
               "第三十条的规定，判决如下：")
        p.line(f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}拖欠工资{money(c.amount)}。")
        p.line("案件受理费10元，由被告负担。")
        bench = [("审 判 员", person(rng))]
    p.need(mm(60))
    p.y += mm(6)
    for lab, name in bench:
        p.s.text(p.s.width - p.right - mm(62), p.y, lab, p.f)
        p.s.text(p.s.width - p.right - mm(28), p.y, name, p.f)
        p.y += p.lead
    when = c.basis_effective - timedelta(days=16)
    dx = p.s.right(p.s.width - p.right - mm(4), p.y, cn_date(when), p.f)
    seal(p.s, dx + mm(24), p.y + mm(2), issuer, rng)
    p.y += p.lead
    p.s.text(p.s.width - p.right - mm(62), p.y, "书 记 员", p.f)
    p.s.text(p.s.width - p.right - mm(28), p.y, person(rng), p.f)
    stamp(p.s, p.left, p.y - mm(20), ["本件与原本核对无异"], rng, size_mm=4.6, oval=t == "traffic")
    n = len(p.sheets)
    for i, sh in enumerate(p.sheets, 1):
        sh.right(sh.width - p.right, sh.height - mm(16), f"第{cn_page(i)}页", font("ming", mm(3.6)))
        if n > 1:
            half_seal(sh, issuer, rng, at=0.45)
    return p.sheets


def cn_page(i: int) -> str:
    return "〇一二三四五六七八九"[i] if i < 10 else str(i)


def person(rng: random.Random) -> str:
    return rng.choice("王李张刘赵杨高苏郭") + rng.choice(["海", "志", "晓", "玉", "建", "丽"]) + rng.choice(["峰", "华", "梅", "军", "宏", "娜"])


# ---------------------------------------------------------------- the law firm

def letterhead(s: Sheet, c: CaseCtx) -> float:
    s.centred(mm(18), c.firm, font("sans_bold", mm(7.5)), fill=RED, spacing=mm(0.8))
    s.centred(mm(30), "INNER MONGOLIA LAW FIRM", font("sans", mm(3)), fill=RED)
    s.line(mm(20), mm(37), s.width - mm(20), mm(37), width=5, fill=RED)
    s.line(mm(20), mm(38.6), s.width - mm(20), mm(38.6), width=2, fill=RED)
    s.text(mm(20), s.height - mm(16), f"地址：{c.extra['firm_addr']}    电话：0472-{5100000 + len(c.firm) * 731}", font("sans", mm(2.8)))
    return float(mm(50))


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    p = Pages("serif", mm(4.2), mm(7.8), mm(25), mm(22), mm(28), mm(24))
    p.s.centred(p.y, "强制执行申请书", font("serif_bold", mm(7.6)))
    p.y += mm(16)
    p.line(f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，公民身份号码{a.id_number}，住{a.address}，"
           f"电话{a.phone}。", indent=0)
    p.line(f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。", indent=0)
    if r.kind == "organisation":
        p.line(f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。", indent=0)
        p.line(f"法定代表人：{r.legal_rep}。", indent=0)
    else:
        p.line(f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。", indent=0)
    p.line("执行依据：" + basis_words(c).replace("本院", COURT), indent=0)
    p.line("申请执行事项：", indent=0, f=font("serif_bold", mm(4.2)))
    p.line(f"1.请求强制被执行人支付{money(c.amount)}及迟延履行期间加倍债务利息；")
    p.line("2.请求对被执行人采取限制消费措施，并将其纳入失信被执行人名单；")
    p.line("3.执行费用由被执行人负担。")
    p.line("事实与理由：", indent=0, f=font("serif_bold", mm(4.2)))
    p.line(f"申请执行人与被执行人{c.extra['cause']}一案，{basis_words(c).replace('本院', COURT)}已发生法律效力，被执行人至今未履行"
           "义务。为维护申请执行人合法权益，特依法申请强制执行。")
    p.line("此致", indent=2)
    p.line(COURT, indent=0)
    p.need(mm(40))
    p.y += mm(8)
    p.s.text(p.s.width - mm(100), p.y, "申请执行人：", p.f)
    signature(p.s, p.s.width - mm(64), p.y - mm(3), a.name, rng)
    p.y += mm(14)
    d = on(c, "enforcement_application")
    p.s.text(p.s.width - mm(100), p.y, num_date(d), p.f)
    return p.sheets


def power(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's printed 授权委托书 form: letterhead, blanks ruled under, the grant ticked and signed."""
    s = Sheet()
    y = letterhead(s, c)
    s.centred(y, "授 权 委 托 书", font("sans_bold", mm(8)))
    y += mm(18)
    f = font("serif", mm(4.3))
    x = mm(24)
    a = c.applicant
    fields = [("委托人", a.name), ("身份证号", a.id_number), ("住址", a.address), ("受托人", c.agent),
              ("工作单位", f"{c.firm}（律师）"), ("联系电话", c.agent_phone)]
    for lab, val in fields:
        s.text(x, y, f"{lab}：", f)
        s.line(x + mm(26), y + mm(6.2), s.width - mm(24), y + mm(6.2), width=1)
        hand(s, x + mm(30), y - mm(1.2), val, rng, size=mm(4.8), ink=BLUE_INK)
        y += mm(11)
    y += mm(4)
    for part in wrap(f"现委托上列受托人在我（单位）申请执行{c.respondent.name}{c.extra['cause']}一案中，作为我方执行阶段的代理人。",
                     f, s.width - mm(48), indent=f.size * 2):
        s.text(x + (f.size * 2 if y < 0 else 0), y, part, f)
        y += mm(8)
    s.text(x, y, "代理权限：", font("serif_bold", mm(4.3)))
    y += mm(9)
    grants = ["□一般代理", "☑特别授权：代为申请执行、提供财产线索、参加执行和解、代为签收法律文书、代为领取执行款"]
    for g in grants:
        for part in wrap(g, f, s.width - mm(56)):
            s.text(x + mm(8), y, part, f)
            y += mm(8)
    y += mm(4)
    s.text(x, y, "委托期限：自签署之日起至本案执行终结止。", f)
    y += mm(24)
    s.text(s.width - mm(110), y, "委托人（签名）：", f)
    signature(s, s.width - mm(70), y - mm(3), a.name, rng)
    y += mm(14)
    s.text(s.width - mm(110), y, "受托人（签名）：", f)
    signature(s, s.width - mm(70), y - mm(3), c.agent, rng)
    y += mm(14)
    d = on(c, "power_of_attorney")
    hand(s, s.width - mm(90), y, f"{d.year}年{d.month}月{d.day}日", rng, size=mm(4.8), ink=BLUE_INK)
    return [s]


def firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = letterhead(s, c)
    d = on(c, "law_firm_letter")
    s.right(s.width - mm(24), y, f"（{d.year}）蒙钢律执字第{rng.randint(11, 260)}号", font("serif", mm(4)))
    y += mm(14)
    s.centred(y, "律 师 事 务 所 函", font("sans_bold", mm(8)))
    y += mm(20)
    f = font("serif", mm(4.4))
    s.text(mm(24), y, f"{COURT}：", f)
    y += mm(11)
    body = [f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的代理人。",
            f"律师执业证号：{c.extra['licence']}。", "特此函告。"]
    for para in body:
        for k, part in enumerate(wrap(para, f, s.width - mm(48), indent=f.size * 2)):
            s.text(mm(24) + (f.size * 2 if k == 0 else 0), y, part, f)
            y += mm(9.5)
    y += mm(6)
    s.text(mm(24), y, "附：授权委托书一份", f)
    y += mm(30)
    dx = s.right(s.width - mm(30), y, cn_date(d), f)
    s.right(s.width - mm(30), y - mm(12), c.firm, f)
    seal(s, dx + mm(20), y - mm(6), c.firm, rng)
    return [s]


def licence_copy(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the lawyer's red-covered 执业证 open at its data pages, grey toner."""
    s = Sheet()
    grey = (70, 70, 70)
    x0, y0 = mm(28), mm(40)
    w, h = mm(150), mm(105)
    s.draw.rectangle((x0 - mm(6), y0 - mm(6), x0 + w + mm(6), y0 + h + mm(6)), fill=(205, 205, 205))
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(238, 238, 238), outline=grey, width=3)
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=3, fill=(150, 150, 150))
    f = font("sans", mm(3.6))
    s.box(x0 + mm(10), y0 + mm(14), x0 + mm(40), y0 + mm(54), width=2, outline=grey)
    s.text(x0 + mm(17), y0 + mm(30), "照片", f, fill=grey)
    s.text(x0 + mm(46), y0 + mm(16), f"持证人：{c.agent}", f, fill=grey)
    s.text(x0 + mm(46), y0 + mm(26), "性别：男", f, fill=grey)
    s.text(x0 + mm(8), y0 + mm(64), "身份证号：", f, fill=grey)
    s.text(x0 + mm(8), y0 + mm(74), f"执业机构：{c.firm}"[:22], f, fill=grey)
    seal(s, x0 + mm(50), y0 + mm(80), "内蒙古自治区司法厅", rng, radius=mm(14))
    xr = x0 + w / 2 + mm(8)
    s.text(xr, y0 + mm(12), "中华人民共和国", font("sans_bold", mm(4)), fill=grey)
    s.text(xr, y0 + mm(22), "律 师 执 业 证", font("sans_bold", mm(6)), fill=grey)
    s.text(xr, y0 + mm(40), f"执业证号：{c.extra['licence']}", f, fill=grey)
    s.text(xr, y0 + mm(50), "执业证类别：专职律师", f, fill=grey)
    s.text(xr, y0 + mm(60), "发证机关：内蒙古自治区司法厅", f, fill=grey)
    s.text(xr, y0 + mm(70), "年度考核：2023年度称职", f, fill=grey)
    s.text(mm(28), y0 + h + mm(20), "（复印件）", font("sans", mm(4)))
    hand(s, mm(110), y0 + h + mm(34), "与原件核对一致", rng, size=mm(5), ink=BLUE_INK)
    signature(s, mm(150), y0 + h + mm(48), c.agent, rng, ink=BLUE_INK)
    return [s]


# ---------------------------------------------------------------- the insurer

def insurer_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    ins = c.extra["insurer"]
    green = (0, 110, 70) if "平安" not in ins else (210, 90, 20)
    s.draw.rectangle((mm(18), mm(14), mm(34), mm(30)), fill=green)
    s.text(mm(38), mm(16), ins, font("sans_bold", mm(5.4)), fill=green)
    s.line(mm(18), mm(34), s.width - mm(18), mm(34), width=3, fill=green)
    f = font("sans", mm(3.9))
    y = float(mm(46))
    d = on(c, "evidence")
    s.text(mm(22), y, f"包{'人保' if '人民' in ins else '平安'}理赔函〔{d.year}〕{rng.randint(20, 120)}号", f)
    y += mm(12)
    s.centred(y, f"关于协助执行{c.number}案理赔款支付情况的复函", font("sans_bold", mm(5.6)))
    y += mm(16)
    s.text(mm(22), y, f"{COURT}执行局：", f)
    y += mm(9)
    for para in [f"贵院{c.number}协助执行通知书收悉。经核查，被保险人{c.respondent.name}所有的{c.extra['plate']}号车辆"
                 f"于{num_date(c.extra['accident'])}发生交通事故，该车在我司投保交强险及商业第三者责任险，保单号{c.extra['policy']}。",
                 "我司已按贵院要求，将生效判决确定由我司承担的赔偿款支付至贵院执行款专户，明细如下："]:
        for k, part in enumerate(wrap(para, f, s.width - mm(44), indent=f.size * 2)):
            s.text(mm(22) + (f.size * 2 if k == 0 else 0), y, part, f)
            y += mm(7.6)
    y += mm(4)
    ins_amt: Decimal = c.extra["insured"]
    split = min((ins_amt * Decimal("0.6")).quantize(Decimal("0.01")), Decimal("198000.00"))
    rows = [("险种", "赔付项目", "金额（元）", "支付日期"),
            ("交强险", "医疗费用、死亡伤残", f"{split:,.2f}", f"{d:%Y-%m-%d}"),
            ("商业三者险", "超出交强险部分", f"{ins_amt - split:,.2f}", f"{d:%Y-%m-%d}"),
            ("合计", "", f"{ins_amt:,.2f}", "")]
    cols = [0.2, 0.36, 0.24, 0.2]
    w = s.width - mm(44)
    for i, row in enumerate(rows):
        x = float(mm(22))
        if i == 0:
            s.draw.rectangle((mm(22), y, mm(22) + w, y + mm(9)), fill=(225, 238, 230))
        for v, frac in zip(row, cols, strict=True):
            s.text(x + mm(2), y + mm(2), v, f)
            x += w * frac
        s.line(mm(22), y + mm(9), mm(22) + w, y + mm(9), width=1, fill=green)
        y += mm(9)
    y += mm(8)
    s.text(mm(22), y, f"收款账户：{COURT}执行款专户", f)
    y += mm(8)
    s.text(mm(22), y, f"经办人：{person(rng)}    联系电话：0472-{rng.randint(5100000, 5199999)}", f)
    y += mm(28)
    dx = s.right(s.width - mm(30), y, num_date(d), f)
    s.right(s.width - mm(30), y - mm(10), ins.replace("股份有限公司", ""), f)
    seal(s, dx + mm(16), y - mm(6), ins, rng, inner="理赔专用章")
    return [s]


# ---------------------------------------------------------------- the worker's own papers

def handfilled_application(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 立案窗口's printed 执行申请书 form, filled by the worker with a ballpoint pen."""
    s = Sheet()
    a, r = c.applicant, c.respondent
    f = font("song_gb", mm(4))
    s.centred(mm(22), "执 行 申 请 书", font("hei", mm(8)))
    s.text(mm(22), mm(36), "（供当事人填写  昆都仑区法院立案庭印制）", font("song_gb", mm(3.2)))
    pen = (20, 30, 90)
    x0, x1 = mm(20), s.width - mm(20)
    y = float(mm(44))
    rows: Sequence[tuple[str, str, float]] = [
        ("申请执行人", f"{a.name}  {a.sex}  {num_date(a.born) if a.born else ''}生", 14),
        ("身份证号码", a.id_number, 12), ("住址/电话", f"{a.address[9:]}  {a.phone}", 14),
        ("被执行人", r.name, 12), ("法定代表人", f"{r.legal_rep}  {r.phone}", 12), ("住所地", r.address[9:], 14),
        ("执行依据", f"{c.basis_number}民事判决书", 14),
        ("申请事项", f"要求被执行人支付拖欠工资{c.amount:,.0f}元及迟延利息，请求限高、纳入失信名单", 30),
        ("财产线索", "公司在包钢厂区有劳务工程款，农商行有账户", 22),
        ("代理人", f"{c.agent}（法律援助律师）{c.agent_phone}", 12),
    ]
    for lab, val, h in rows:
        hh = mm(h)
        s.box(x0, y, x1, y + hh, width=2)
        s.line(x0 + mm(34), y, x0 + mm(34), y + hh, width=2)
        s.text(x0 + mm(2), y + (hh - f.size) / 2, lab, f)
        parts = wrap(val, font("kai", mm(5)), x1 - x0 - mm(40))
        ty = y + (hh - len(parts) * mm(6.4)) / 2
        for part in parts:
            hand(s, x0 + mm(37), ty, part, rng, size=mm(5), ink=pen)
            ty += mm(6.4)
        y += hh
    y += mm(10)
    s.text(x0, y, "此致", f)
    y += mm(9)
    s.text(x0 + mm(8), y, COURT, f)
    y += mm(18)
    s.text(x1 - mm(95), y, "申请人（签名并按指印）：", f)
    signature(s, x1 - mm(40), y - mm(4), a.name, rng, ink=pen)
    s.draw.ellipse((x1 - mm(18), y - mm(5), x1 - mm(8), y + mm(8)), fill=(215, 60, 60))
    y += mm(16)
    d = on(c, "enforcement_application")
    hand(s, x1 - mm(70), y, f"{d.year}年{d.month}月{d.day}日", rng, size=mm(5), ink=pen)
    return s


def withdrawal(c: CaseCtx, rng: random.Random) -> Sheet:
    """撤回执行申请书 written out by hand on squared letter paper."""
    s = Sheet(paper=(252, 251, 244))
    pen = (25, 25, 80)
    for yy in range(mm(40), s.height - mm(20), mm(11)):
        s.line(mm(15), yy, s.width - mm(15), yy, width=1, fill=(190, 200, 225))
    d = on(c, "evidence")
    lines = ["撤回执行申请书", f"申请人：{c.applicant.name}，身份证号{c.applicant.id_number}",
             f"被申请人：{c.respondent.name}",
             f"申请人与被申请人劳动争议一案（{c.number}），",
             f"经双方协商，被申请人已支付{c.extra['settled']}元，", "申请人自愿放弃其余部分，现申请撤回",
             "执行申请，请法院准许。", "此致", COURT, f"申请人：{c.applicant.name}",
             f"{d.year}年{d.month}月{d.day}日"]
    y = mm(30)
    for i, ln in enumerate(lines):
        x = mm(80) if i == 0 else (mm(120) if i >= 9 else mm(22) if i != 8 else mm(30))
        hand(s, x, y, ln, rng, size=mm(6.2 if i == 0 else 5.2), ink=pen)
        y += mm(11) * (2 if i in (0, 6, 8) else 1)
    s.draw.ellipse((mm(170), y - mm(30), mm(182), y - mm(16)), fill=(210, 55, 55))
    return s


# ---------------------------------------------------------------- ID papers

def id_copy(p: Party, rng: random.Random) -> Sheet:
    """Both faces of the resident ID card photocopied at the top of a sheet, the copy signed across."""
    s = Sheet()
    grey = (60, 60, 60)
    f = font("hei", mm(3.4))
    cw, ch = mm(86), mm(54)
    x0 = (s.width - cw) / 2
    for k, y0 in enumerate((mm(30), mm(100))):
        s.draw.rounded_rectangle((x0, y0, x0 + cw, y0 + ch), radius=mm(4), fill=(226, 226, 226), outline=grey, width=2)
        if k == 0:
            s.text(x0 + mm(5), y0 + mm(6), f"姓名  {p.name}", f, fill=grey)
            s.text(x0 + mm(5), y0 + mm(13), f"性别  {p.sex}    民族  汉", f, fill=grey)
            b = p.born
            if b:
                s.text(x0 + mm(5), y0 + mm(20), f"出生  {b.year}年{b.month}月{b.day}日", f, fill=grey)
            for i, part in enumerate(wrap(f"住址  {p.address}", f, mm(52))):
                s.text(x0 + mm(5), y0 + mm(27) + i * mm(5), part, f, fill=grey)
            s.text(x0 + mm(5), y0 + mm(46), f"公民身份号码  {p.id_number}", font("hei", mm(3.6)), fill=grey)
            s.draw.rectangle((x0 + mm(60), y0 + mm(6), x0 + mm(82), y0 + mm(34)), fill=(150, 150, 150))
        else:
            s.text(x0 + mm(20), y0 + mm(12), "中华人民共和国", font("hei", mm(5)), fill=grey)
            s.text(x0 + mm(22), y0 + mm(21), "居民身份证", font("hei", mm(6)), fill=grey)
            s.text(x0 + mm(8), y0 + mm(38), "签发机关  包头市公安局昆都仑区分局", f, fill=grey)
            s.text(x0 + mm(8), y0 + mm(45), "有效期限  2016.05.12-2036.05.12", f, fill=grey)
    hand(s, mm(60), mm(170), "此复印件与原件一致", rng, size=mm(6), ink=BLUE_INK)
    signature(s, mm(120), mm(184), p.name, rng, ink=BLUE_INK)
    return s


def hukou(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """A copy of the 户口簿's 常住人口登记卡 page: the booklet's guilloche grid, the entries typed by the 派出所."""
    s = Sheet()
    grey = (55, 55, 65)
    x0, y0 = mm(25), mm(30)
    w, h = s.width - mm(50), mm(150)
    s.draw.rectangle((x0 - mm(4), y0 - mm(4), x0 + w + mm(4), y0 + h + mm(4)), fill=(214, 214, 214))
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(240, 240, 240), outline=grey, width=3)
    for k in range(0, int(w), mm(4)):
        s.line(x0 + k, y0, x0 + k + mm(10), y0 + h, width=1, fill=(225, 225, 225))
    s.centred(y0 + mm(5), "常住人口登记卡", font("song_gb", mm(6)), fill=grey)
    f = font("song_gb", mm(3.6))
    mono = font("mono", mm(3.6))
    b = p.born
    cells = [[("姓名", p.name), ("户主或与户主关系", "户主")], [("曾用名", ""), ("性别", p.sex)],
             [("出生地", "内蒙古包头市"), ("民族", "汉")],
             [("籍贯", rng.choice(["山西省忻州市", "河北省张家口市", "内蒙古包头市"])), ("出生日期", f"{b:%Y年%m月%d日}" if b else "")],
             [("本市（县）其他住址", ""), ("宗教信仰", "")],
             [("公民身份证件编号", p.id_number), ("身高", f"{rng.randint(160, 182)}cm")],
             [("文化程度", "初中"), ("婚姻状况", "已婚")],
             [("服务处所", "包头市某劳务公司"), ("职业", "钳工")],
             [("何时由何地迁来本市（县）", "1998年由固阳县迁来"), ("", "")],
             [("何时由何地迁来本址", "2009年由东河区迁来"), ("", "")]]
    y: float = y0 + mm(16)
    rh = (h - mm(40)) / len(cells)
    for row in cells:
        s.line(x0, y, x0 + w, y, width=1, fill=grey)
        for k, (lab, val) in enumerate(row):
            xl = x0 + k * w / 2
            if k:
                s.line(xl, y, xl, y + rh, width=1, fill=grey)
            if lab:
                s.text(xl + mm(2), y + mm(2.5), lab, f, fill=grey)
                s.text(xl + mm(2) + f.getlength(lab) + mm(4), y + mm(2.5), val, mono, fill=(30, 30, 30))
        y += rh
    s.line(x0, y, x0 + w, y, width=1, fill=grey)
    s.text(x0 + mm(4), y + mm(6), f"住址：{p.address}", f, fill=grey)
    s.text(x0 + w - mm(62), y + mm(15), "登记事项变更和更正记载", f, fill=grey)
    seal(s, x0 + w - mm(30), y + mm(10), "包头市公安局昆都仑区分局户口专用章", rng, radius=mm(16))
    hand(s, mm(40), y0 + h + mm(16), "此复印件与原件相符", rng, size=mm(5.6), ink=BLUE_INK)
    signature(s, mm(125), y0 + h + mm(28), p.name, rng, ink=BLUE_INK)
    s.photographed = True  # type: ignore[attr-defined]
    return s


def licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """The 营业执照 (副本) copy: its guilloche frame, the national emblem's place, a QR block, the registry's seal."""
    s = Sheet()
    x0, y0 = mm(18), mm(22)
    w, h = s.width - mm(36), mm(160)
    s.box(x0, y0, x0 + w, y0 + h, width=9, outline=(180, 60, 50))
    s.box(x0 + mm(3), y0 + mm(3), x0 + w - mm(3), y0 + h - mm(3), width=2, outline=(180, 60, 50))
    s.draw.ellipse((s.width / 2 - mm(10), y0 + mm(8), s.width / 2 + mm(10), y0 + mm(28)), outline=(190, 60, 50), width=4)
    s.centred(y0 + mm(32), "营 业 执 照", font("serif_bold", mm(11)))
    s.centred(y0 + mm(48), "（副  本）", font("serif", mm(4.4)))
    s.text(x0 + mm(10), y0 + mm(58), f"统一社会信用代码  {p.id_number}", font("sans", mm(3.8)))
    s.draw.rectangle((x0 + w - mm(34), y0 + mm(10), x0 + w - mm(12), y0 + mm(32)), fill=(40, 40, 40))
    f = font("serif", mm(4))
    fields = [("名　　称", p.name), ("类　　型", "有限责任公司(自然人投资或控股)"), ("法定代表人", p.legal_rep),
              ("经营范围", "道路普通货物运输；仓储服务" if "物流" in p.name else "劳务分包；机械设备维修；建筑劳务"),
              ("注册资本", f"{rng.choice([100, 200, 500])}万(元)"), ("成立日期", f"{rng.randint(2008, 2018)}年0{rng.randint(1, 9)}月1{rng.randint(0, 9)}日"),
              ("住　　所", p.address)]
    y = y0 + mm(70)
    for lab, val in fields:
        s.text(x0 + mm(12), y, lab, f)
        for part in wrap(val, f, w - mm(60)):
            s.text(x0 + mm(45), y, part, f)
            y += mm(7)
        y += mm(2)
    s.text(x0 + w - mm(60), y0 + h - mm(24), "登记机关", f)
    seal(s, x0 + w - mm(36), y0 + h - mm(26), "包头市市场监督管理局", rng, radius=mm(17))
    seal(s, mm(70), y0 + h + mm(30), p.name, rng)
    hand(s, mm(40), y0 + h + mm(50), "与原件一致", rng, size=mm(5.4), ink=INK)
    return s


# ---------------------------------------------------------------- money papers

def fee_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """内蒙古自治区非税收入一般缴款书 (the trial's 诉讼费), a wide pale-green form on the top half of the sheet."""
    s = Sheet()
    green = (40, 120, 80)
    x0, y0, w = mm(14), mm(24), s.width - mm(28)
    s.centred(y0, "内蒙古自治区非税收入一般缴款书（收据）", font("song_gb", mm(6)), fill=green)
    y0 += mm(12)
    mono = font("mono", mm(3.4))
    d = on(c, "fee_receipt")
    s.text(x0, y0, f"No 1502{rng.randint(10**7, 10**8 - 1)}", mono, fill=(190, 40, 40))
    s.right(x0 + w, y0, f"填制日期：{d:%Y年%m月%d日}", font("song_gb", mm(3.4)))
    y0 += mm(8)
    who = c.applicant.name if tale(c) != "traffic" else c.respondent.name
    fee: Decimal = c.extra["fee"]
    rows = [[("付款人", 0.12), (who, 0.38), ("收款人", 0.12), (COURT, 0.0)],
            [("项目编码", 0.12), ("103040201", 0.38), ("项目名称", 0.12), ("案件受理费", 0.0)],
            [("案号", 0.12), (c.basis_number.replace("民终", "民初") if tale(c) != "traffic" else c.extra["first_no"], 0.38),
             ("金额", 0.12), (f"{fee:,.2f}", 0.0)],
            [("金额（大写）", 0.12), (money_caps(fee), 0.0)]]
    f = font("song_gb", mm(3.6))
    for row in rows:
        x = float(x0)
        for k, (v, frac) in enumerate(row):
            cw = w * frac if k < len(row) - 1 else x0 + w - x
            s.box(x, y0, x + cw, y0 + mm(11), width=2, outline=green)
            s.text(x + mm(2), y0 + mm(3.2), v, mono if k % 2 else f, fill=INK if k % 2 else green)
            x += cw
        y0 += mm(11)
    s.text(x0, y0 + mm(4), "第二联 收据联（交缴款人）", f, fill=green)
    seal(s, x0 + w - mm(40), y0 - mm(10), "内蒙古自治区财政厅非税收入票据监制章", rng, radius=mm(15))
    return [s]


def voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's electronic 回单 of the court paying the money out, printed two to a sheet (the lower one blank)."""
    s = Sheet()
    blue = (30, 70, 140)
    x0, y0, w = mm(16), mm(20), s.width - mm(32)
    bank = "中国工商银行"
    s.text(x0, y0, bank, font("sans_bold", mm(5.2)), fill=(200, 20, 30))
    s.centred(y0, "网上银行电子回单", font("sans_bold", mm(5.6)))
    y0 += mm(12)
    mono = font("mono", mm(3.3))
    d = c.extra["pay_day"]
    s.text(x0, y0, f"电子回单号码：{rng.randint(10**15, 10**16 - 1)}", mono)
    y0 += mm(7)
    paid: Decimal = c.amount
    f = font("sans", mm(3.4))
    rows = [("付款人户名", COURT, "收款人户名", c.applicant.name),
            ("付款人账号", c.extra["court_acct"], "收款人账号", c.extra["in_acct"]),
            ("付款人开户行", "中国工商银行包头昆都仑支行", "收款人开户行", c.extra["in_bank"]),
            ("金额", f"¥{paid:,.2f}", "金额（大写）", money_caps(paid)),
            ("用途", f"{c.number}案款发放", "交易时间", f"{d:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")]
    cols = [0.15, 0.35, 0.15, 0.35]
    for row in rows:
        x = float(x0)
        for k, v in enumerate(row):
            cw = w * cols[k]
            s.box(x, y0, x + cw, y0 + mm(10), width=1, outline=blue)
            parts = wrap(v, mono if k % 2 else f, cw - mm(3))
            for i, part in enumerate(parts[:2]):
                s.text(x + mm(1.5), y0 + mm(1.2) + i * mm(4.4), part, mono if k % 2 else f, fill=INK if k % 2 else blue)
            x += cw
        y0 += mm(10)
    s.text(x0, y0 + mm(3), f"记账柜员：EB{rng.randint(1000, 9999)}  打印次数：1  验证码：{rng.randint(10**9, 10**10 - 1):X}", mono)
    seal(s, x0 + w - mm(30), y0 - mm(6), "中国工商银行包头昆都仑支行电子回单专用章", rng, radius=mm(15))
    s.line(x0, s.height / 2, x0 + w, s.height / 2, width=1, fill=(170, 170, 170))
    return [s]


def settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The parties' own typed 和解协议: plain A4, Word's default 宋体 with single spacing, signed and thumb-printed."""
    a, r = c.applicant, c.respondent
    p = Pages("serif", mm(4.0), mm(6.8), mm(31), mm(31), mm(25), mm(25))
    p.s.centred(p.y, "执行和解协议", font("serif_bold", mm(6.6)))
    p.y += mm(14)
    p.line(f"甲方（申请执行人）：{a.name}，身份证号{a.id_number}", indent=0)
    p.line(f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}", indent=0)
    rest = c.amount - c.extra.get("insured", Decimal(0))
    p.line(f"甲乙双方就{c.number}执行一案，经协商自愿达成如下和解协议：")
    p.line(f"一、{c.extra['insurer']}已赔付部分以该公司实际支付为准；乙方承担的剩余赔偿款{money(rest)}，于"
           f"{num_date(c.extra['pay_day'] - timedelta(days=3))}前一次性支付至{COURT}执行款专户。")
    p.line("二、乙方按期足额支付后，甲方放弃迟延履行期间的加倍债务利息，并同意法院解除对乙方车辆的扣押。")
    p.line("三、乙方逾期未付的，甲方有权申请恢复执行原生效判决。")
    p.line("四、本协议一式三份，甲乙双方各执一份，交法院附卷一份。")
    p.y += mm(12)
    p.s.text(mm(31), p.y, "甲方：", p.f)
    signature(p.s, mm(48), p.y - mm(3), a.name, rng)
    p.s.text(mm(115), p.y, "乙方：", p.f)
    seal(p.s, mm(140), p.y + mm(3), r.name, rng)
    signature(p.s, mm(130), p.y + mm(12), r.legal_rep, rng)
    p.y += mm(30)
    d = on(c, "settlement_agreement")
    p.s.right(p.s.width - mm(31), p.y, num_date(d), p.f)
    return p.sheets


PAPERS = {"enforcement_basis": basis, "enforcement_application": application, "power_of_attorney": power,
          "law_firm_letter": firm_letter, "lawyer_license": licence_copy, "fee_receipt": fee_receipt,
          "payment_voucher": voucher, "settlement_agreement": settlement}
