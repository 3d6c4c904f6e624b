"""What 环翠法院执行局 receives, each in its maker's hand: the court's own civil division's 涉外 民事判决书 and its
生效证明书 (Noto 宋, "—n—" folios), the 威海中院's appeal judgment (明体, "共 m 页 第 n 页", a seam seal), the 威海仲裁委员会's
裁决书 between double rules in GB 宋 (○ for 〇, as its typists have it); the lawyers' papers in GB 楷 under a red letterhead;
a 韩国 passport's data page and business licences drawn as copies; the window's pre-printed forms filled by hand; the
山东省非税收入缴款书; the 查控 system's printout and a bank's reply table, both A3 fold-outs printed landscape; the
settlement typed on the bureau's template and a bank's 电子回单."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_fe_kit import (
    COURT,
    LEFT,
    PEN,
    RIGHT,
    body,
    cells,
    form_title,
    hand_date,
    hei,
    pen,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import House, Paper, stamp, typeset

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "威海仲裁委员会"
MID = "山东省威海市中级人民法院"
A3_LANDSCAPE = (mm(420), mm(297))
CIVIL = House(body="serif", body_mm=5.4, leading=1.8, title="serif_bold", title_mm=10.0, title_spacing_mm=4.0,
              heading="above", footer="emdash", top=32, left=28, right=26)
APPEAL = House(body="ming", body_mm=5.3, leading=1.85, title="serif_bold", title_mm=10.0, title_spacing_mm=3.0,
               heading="above", footer="mn", seam_seal=True, top=34, left=28, right=27)
AWARD = House(body="song_gb", body_mm=5.4, leading=1.8, title="serif_bold", title_mm=9.5, title_spacing_mm=6.0,
              heading="double_rule", footer="slash", top=30, left=27, right=25)
LAWYER = House(body="kai_gb", body_mm=5.6, leading=1.75, title="hei", title_mm=8.5, title_spacing_mm=3.0,
               heading="above", footer="none", top=34, left=30, right=28, hand="wenkai")
FIRM = House(body="kai_gb", body_mm=5.4, leading=1.8, title="hei", title_mm=8.0, title_spacing_mm=8.0,
             heading="letterhead", footer="none", top=26, left=28, right=26, hand="wenkai")
SETTLE = House(body="ming", body_mm=5.2, leading=1.8, title="serif_bold", title_mm=8.5, title_spacing_mm=3.0,
               heading="above", footer="mn", top=30, left=26, right=24, hand="kai_gb")


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fe import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return {"cucumber": _judgment, "cold": _award, "ferry": _appeal}[tale(c)](c, rng)
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
        p = c.respondent if "respondent" in served else c.applicant
        return _passport(p, c, rng) if p.kind == "person" else _business_licence(p, c, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng, d)
    raise KeyError(code)


def who_line(p: Party, c: CaseCtx) -> str:
    if p.kind == "organisation":
        rep = "理事长" if "合作社" in p.name else "法定代表人"
        extra = ""
        if tale(c) == "cold" and p is c.respondent:
            extra = f"（{c.extra['latin']}，大韩民国国籍）"
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{rep}：{p.legal_rep}{extra}。"
    born = p.born or date(1975, 1, 1)
    return (f"{p.name}（{c.extra['latin']}），{p.sex}，{num_date(born)}出生，大韩民国国籍，护照号码{p.id_number}，"
            f"住{c.extra['home']}，在华住所{p.address}。")


def _signed(c: CaseCtx, rng: random.Random, roles: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [("sig", f"{role}　{name}") for role, name in roles]


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment of a 涉外 sale: 淡干海参 to a 韩国 buyer, the appeal period thirty days."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(60, 80))
    paid = (c.amount * Decimal(rng.randint(20, 40)) / 100).quantize(Decimal("1"))
    kg = rng.randint(180, 520)
    c.extra.setdefault("civil_judge", person_name(rng))
    blocks = [
        ("f", f"原告：{who_line(a, c)}"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被告：{who_line(r, c)}"),
        ("p", f"原告{a.name}与被告{r.name}（{c.extra['latin']}）买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=70))}"
              f"立案后，依法适用普通程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告{r.name}"
              "及其翻译人员到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：1.判令被告支付货款{c.amount:,.2f}元；2.本案诉讼费用由被告负担。事实和理由：2022年"
              f"6月至11月，被告分六次向原告购买{c.extra['goods']}共计{kg}公斤，运往其在韩国仁川经营的“{c.extra['shop']}”门店"
              f"销售。被告仅支付货款{paid:,}元，余款经原告多次催要未付。"),
        ("p", "被告辩称，对收货数量无异议，但部分海参含水率偏高，要求降价。"),
        ("p", "本院经审理认定事实如下：原、被告之间的买卖合同关系依法成立。被告在双方确认的对账单上签字，确认欠款数额。"
              "被告主张海参质量问题，未在约定的检验期间内提出，亦未提交证据证明。"),
        ("p", "本院认为，本案系涉外买卖合同纠纷，双方约定适用中华人民共和国法律。依照《中华人民共和国涉外民事关系法律适用法》"
              "第四十一条，《中华人民共和国民法典》第五百零九条、第六百二十六条，《中华人民共和国民事诉讼法》第六十七条的"
              "规定，判决如下："),
        ("p", f"被告{r.name}（{c.extra['latin']}）于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 40}元，由被告负担。"),
        ("p", "如不服本判决，原告可以在判决书送达之日起十五日内，被告可以在判决书送达之日起三十日内，向本院递交上诉状，"
              "并按照对方当事人的人数提出副本，上诉于山东省威海市中级人民法院。"),
        ("gap", ""),
        *_signed(c, rng, [("审 判 长", c.extra["civil_judge"]), ("审 判 员", person_name(rng)),
                          ("人民陪审员", person_name(rng))]),
        ("date", cn_date(c.basis_effective - timedelta(days=rng.randint(38, 45)))),
        ("sig", f"书 记 员　{person_name(rng)}"),
    ]
    return typeset(Paper("民事判决书", blocks, issuer=COURT, number=c.basis_number, seal=COURT), CIVIL, rng)


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 威海中院's appeal judgment: the 刘公岛 ferry company's appeal dismissed."""
    a, r = c.applicant, c.respondent
    boats = "、".join(f"“{b}”" for b in c.extra["boats"])
    blocks = [
        ("f", f"上诉人（原审被告）：{who_line(r, c)}"),
        ("f", f"委托诉讼代理人：{person_name(rng)}，该公司员工。"),
        ("f", f"被上诉人（原审原告）：{who_line(a, c)}"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服山东省威海市环翠区人民法院"
              f"{c.extra['first_number']}民事判决，向本院提起上诉。本院立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人供应的系泊缆绳、护舷不符合"
              f"船检要求，致使上诉人所属{boats}号客船在刘公岛航线停航检修，上诉人有权拒付货款。"),
        ("p", f"{a.name}辩称，供应的缆绳、护舷均附有船用产品检验证书，上诉人已验收使用一年有余，请求驳回上诉，维持原判。"),
        ("p", f"一审法院判决：{r.name}于判决生效之日起十日内支付{a.name}货款{c.amount:,.2f}元。"),
        ("p", "本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。"),
        ("p", "本院认为，上诉人主张产品质量不合格，但未提交海事部门或船舶检验机构的检验结论，其停航检修与涉案产品之间的因果"
              "关系亦无证据证明，本院不予支持。一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》"
              "第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(c.amount) // 100 + 30}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
        ("gap", ""),
        *_signed(c, rng, [("审 判 长", person_name(rng)), ("审 判 员", person_name(rng)), ("审 判 员", person_name(rng))]),
        ("date", cn_date(c.basis_effective - timedelta(days=rng.randint(5, 12)))),
        ("sig", f"法官助理　{person_name(rng)}"),
        ("sig", f"书 记 员　{person_name(rng)}"),
    ]
    return typeset(Paper("民事判决书", blocks, issuer=MID, number=c.basis_number, seal=MID), APPEAL, rng)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 威海仲裁委员会's award for cold-storage charges, between double rules, three arbitrators and a secretary."""
    a, r = c.applicant, c.respondent
    made = c.basis_effective
    storage = (c.amount * Decimal("0.82")).quantize(Decimal("0.01"))
    freight = c.amount - storage
    blocks = [
        ("f", f"申请人：{who_line(a, c)}"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被申请人：{who_line(r, c)}"),
        ("p", f"{ARB}（以下简称本会）根据申请人与被申请人于2021年3月签订的《冷库仓储及运输合同》中的仲裁条款和申请人提交的"
              f"仲裁申请，于{cn_date(made - timedelta(days=120))}受理了本案。本案适用《{ARB}仲裁规则》，由首席仲裁员与两名"
              f"仲裁员组成仲裁庭，于{cn_date(made - timedelta(days=40))}开庭审理。被申请人经合法通知，无正当理由未到庭，"
              "仲裁庭依法缺席审理。本案现已审理终结。"),
        ("p", f"申请人称：被申请人将其加工的冷冻海参、盐渍海带共计{c.extra['tons']}吨存放于申请人位于荣成的冷库，并委托"
              "申请人以冷藏车运往威海港、青岛港装船出口韩国。自2022年8月起被申请人拖欠冷藏费、运输费，经对账确认后仍未支付。"),
        ("p", "仲裁庭认为，双方签订的合同合法有效。申请人提交的出入库单、运输单及对账单能够证明其主张，被申请人未到庭亦未"
              "提交答辩，视为放弃抗辩的权利。依照《中华人民共和国民法典》第九百零四条、第九百一十二条及《中华人民共和国仲裁法》"
              "第四十二条第二款的规定，裁决如下："),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付冷藏费{storage:,.2f}元、运输费{freight:,.2f}元，合计"
              f"{c.amount:,.2f}元；"),
        ("p", f"（二）本案仲裁费{int(c.amount) // 80 + 300}元，由被申请人负担。"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
        ("gap", ""),
        *_signed(c, rng, [("首席仲裁员", person_name(rng)), ("仲 裁 员", person_name(rng)), ("仲 裁 员", person_name(rng))]),
        ("date", cn_date(made)),
        ("sig", f"秘　　书　{person_name(rng)}"),
    ]
    return typeset(Paper("裁决书", blocks, issuer=ARB, number=c.basis_number, seal=ARB), AWARD, rng)


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if tale(c) == "cold":
        issuer, title = ARB, "裁决书生效证明"
        text = (f"本会{c.basis_number}裁决书已于{cn_date(c.basis_effective)}作出，并于{cn_date(c.basis_effective + timedelta(days=6))}"
                f"以邮寄方式送达申请人{c.applicant.name}、被申请人{c.respondent.name}。该裁决为终局裁决，自作出之日起发生"
                "法律效力。")
        house = AWARD
    else:
        issuer, title = COURT, "生效证明书"
        served = c.basis_effective - timedelta(days=31)
        text = (f"本院{c.basis_number}{c.applicant.name}与{c.respondent.name}（{c.extra['latin']}）买卖合同纠纷一案的民事判决书，"
                f"已于{cn_date(served)}送达双方当事人。原告在十五日内、被告在三十日内均未提起上诉，该判决已于"
                f"{cn_date(c.basis_effective)}发生法律效力。")
        house = CIVIL
    blocks = [("f", f"{c.applicant.name}："), ("p", text), ("p", "特此证明。"), ("gap", ""),
              ("sig", "民事审判第一庭" if issuer == COURT else "威海仲裁委员会秘书处"),
              ("date", cn_date(c.basis_effective + timedelta(days=rng.randint(8, 20))))]
    return typeset(Paper(title, blocks, issuer=issuer, number="", seal=issuer), house, rng)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    made = c.filed_on - timedelta(days=rng.randint(1, 4))
    what = {"cucumber": "民事判决书", "cold": "裁决书", "ferry": "民事判决书"}[tale(c)]
    extra = ("3.依法对被执行人采取限制出境措施；" if tale(c) == "cucumber" else "")
    blocks = [
        ("f", f"申请执行人：{who_line(a, c)}"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("f", f"被执行人：{who_line(r, c)}"),
        ("f", "请求事项："),
        ("f", f"1.请求依法强制执行{c.basis_court}{c.basis_number}{what}，责令被执行人支付{money(c.amount)}及迟延履行期间的"
              "加倍债务利息；"),
        ("f", "2.本案执行费用由被执行人负担；"),
        ("f", extra + f"{'4' if extra else '3'}.被执行人逾期不履行的，申请对被执行人（及其法定代表人）限制消费，并将其纳入失信"
              "被执行人名单。"),
        ("f", "事实和理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}{what}已于"
              f"{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行生效法律文书确定的义务。为维护申请执行人的合法"
              f"权益，特依据《中华人民共和国民事诉讼法》第二百四十七条的规定，向贵院申请强制执行。"),
        ("f", "此致"),
        ("f", COURT),
        ("gap", ""),
        ("hsig", f"申请执行人：{a.legal_rep}"),
        ("sig", f"{made.year}年{made.month}月{made.day}日"),
    ]
    sheets = typeset(Paper("强制执行申请书", blocks), LAWYER, rng)
    last = sheets[-1]
    seal(last, last.width - mm(75), last.height * 0.5 + rng.uniform(-mm(20), mm(60)), a.name, rng, radius=mm(19))
    return sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    made = c.filed_on - timedelta(days=rng.randint(2, 6))
    blocks = [
        ("f", f"委托人：{a.name}"),
        ("f", f"住所地：{a.address}"),
        ("f", f"{'理事长' if '合作社' in a.name else '法定代表人'}：{a.legal_rep}"),
        ("f", f"受托人：{c.agent}，{c.firm}律师"),
        ("f", f"联系地址：{c.extra['firm_addr']}　电话：{c.agent_phone}"),
        ("p", f"现委托上列受托人在我单位与{c.respondent.name}{c.extra['cause']}执行一案中，作为我单位的委托代理人。"),
        ("p", "代理权限为特别授权：代为申请执行，提供财产线索，申请采取查封、冻结、扣划、限制消费、纳入失信名单"
              + ("、限制出境" if tale(c) == "cucumber" else "") + "等执行措施，代为参加执行谈话，代为签收法律文书，"
              "代为达成、签署执行和解协议，代为收取、领取执行款，代为申请终结本次执行程序及恢复执行。"),
        ("p", "委托期限：自签署之日起至本案执行终结之日止。"),
        ("gap", ""),
        ("hsig", f"委托人：{a.legal_rep}"),
        ("hsig", f"受托人：{c.agent}"),
        ("sig", f"{made.year}年{made.month}月{made.day}日"),
    ]
    sheets = typeset(Paper("授权委托书", blocks), LAWYER, rng)
    s = sheets[-1]
    seal(s, s.width - mm(80), s.height * 0.55, a.name, rng, radius=mm(19))
    return sheets


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    made = c.filed_on - timedelta(days=rng.randint(1, 3))
    blocks = [
        ("f", f"{COURT}："),
        ("p", f"根据《中华人民共和国律师法》第二十八条的规定，本所接受{c.applicant.name}的委托，指派{c.agent}律师作为其与"
              f"{c.respondent.name}{c.extra['cause']}执行一案的委托代理人。"),
        ("p", "特此函告。"),
        ("f", "附：授权委托书一份。"),
        ("f", f"律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}"),
        ("f", f"本所地址：{c.extra['firm_addr']}"),
        ("gap", ""),
        ("sig", c.firm),
        ("date", f"{made.year}年{made.month}月{made.day}日"),
    ]
    number = f"（{made.year}）{c.firm[2:4]}律执字第{rng.randint(10, 240)}号"
    return typeset(Paper("律师事务所函", blocks, issuer=c.firm, number=number, seal=c.firm), FIRM, rng)


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The open 律师执业证 booklet copied on one page: the cover page and the data page, side by side."""
    s = Sheet()
    w, h = mm(78), mm(108)
    y = mm(42)
    xl, xr = mm(22), mm(22) + w + mm(8)
    grey = (70, 70, 70)
    for x in (xl, xr):
        s.box(x, y, x + w, y + h, width=3, outline=grey)
    s.centred(y + mm(18), "中华人民共和国", font("serif_bold", mm(6.0)), x0=xl, x1=xl + w)
    s.centred(y + mm(32), "律师执业证", font("serif_bold", mm(8.5)), x0=xl, x1=xl + w, spacing=mm(1.5))
    s.centred(y + h - mm(22), "中华人民共和国司法部监制", body(3.8), x0=xl, x1=xl + w)
    s.draw.rectangle((xr + mm(6), y + mm(8), xr + mm(30), y + mm(40)), fill=(150, 150, 150))
    f = body(4.2)
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
            ("持 证 人", c.agent), ("性　　别", rng.choice("男女")), ("发证机关", "山东省司法厅"),
            ("发证日期", f"{rng.randint(2015, 2022)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y + mm(46)
    for k, v in rows:
        s.text(xr + mm(4), ty, k, f)
        for i, part in enumerate(wrap(v, f, w - mm(30))):
            s.text(xr + mm(26), ty + i * mm(6), part, f)
        ty += mm(8.5) if len(v) < 12 else mm(14)
    seal(s, xr + w - mm(20), y + h - mm(22), "山东省司法厅", rng, radius=mm(14))
    s.text(xl, y + h + mm(12), f"律师执业证复印件（{c.agent}）", body(4.6))
    pen(s, xl + mm(10), y + h + mm(26), "与原件核对无误", rng, size_mm=6.0, ink=INK)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A 营业执照 (副本) copy: double frame, the 国徽-less title, a QR square at the top right, the registrar's seal."""
    s = Sheet()
    frame = (120, 120, 120)
    s.box(mm(16), mm(18), s.width - mm(16), s.height - mm(58), width=8, outline=frame)
    s.box(mm(22), mm(24), s.width - mm(22), s.height - mm(64), width=2, outline=frame)
    s.centred(mm(42), "营 业 执 照", font("serif_bold", mm(13)), spacing=mm(3))
    s.centred(mm(62), "（副　本）", body(5.2))
    s.text(mm(34), mm(74), f"统一社会信用代码　{p.id_number}", body(4.8))
    from dossier.corpus.families.court_fe_kit import verify_square

    verify_square(s, s.width - mm(56), mm(66), rng, side=mm(20), caption=False)
    s.text(s.width - mm(60), mm(88), "扫描二维码登录“国家企业信用信息公示系统”", font("sans", mm(2.4)))
    coop = "合作社" in p.name
    korean = tale(c) == "cold" and p is c.respondent
    kind = ("农民专业合作社" if coop else "有限责任公司（外国自然人独资）" if korean else "有限责任公司（自然人投资或控股）")
    scope = {"cucumber": "海参育苗、养殖、加工、销售；水产品收购；组织成员开展海上养殖技术培训。",
             "cold": "水产品加工（海带、海参、鱼类）；冷冻食品销售；货物进出口。",
             "ferry": "国内水路旅客运输（刘公岛航线）；旅游信息咨询；船舶修理。"}[tale(c)]
    if p is c.applicant and tale(c) == "cold":
        scope = "普通货物仓储；冷库租赁；道路货物运输（冷藏车）；水产品批发。"
    if p is c.applicant and tale(c) == "ferry":
        scope = "渔具、绳网、船用护舷制造、销售；货物进出口。"
    rows = [("名　　称", p.name), ("类　　型", kind), ("理 事 长" if coop else "法定代表人", p.legal_rep),
            ("经营范围", scope), ("注册资本" if not coop else "成员出资总额", f"{rng.choice([50, 100, 300, 500])}万元"),
            ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"),
            ("住　　所", p.address)]
    f = body(4.8)
    y = mm(100)
    for k, v in rows:
        s.text(mm(34), y, k, f)
        parts = wrap(v, f, s.width - mm(100))
        for i, part in enumerate(parts):
            s.text(mm(72), y + i * mm(8), part, f)
        y += mm(8) * len(parts) + mm(6)
    reg = "荣成市市场监督管理局" if p.address.startswith("山东省荣成市") else "威海市环翠区市场监督管理局"
    s.right(s.width - mm(36), s.height - mm(96), "登记机关", body(5.0))
    s.right(s.width - mm(36), s.height - mm(84), f"{rng.randint(2019, 2023)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            body(4.6))
    seal(s, s.width - mm(58), s.height - mm(92), reg, rng, radius=mm(19))
    pen(s, mm(30), s.height - mm(48), "此复印件与原件一致，仅供法院执行使用", rng, size_mm=5.8, ink=INK)
    seal(s, mm(150), s.height - mm(40), p.name, rng, radius=mm(17))
    return [s]


def _mrz(name: str, number: str, born: date, issued: date) -> tuple[str, str]:
    sur, given = name.split(" ", 1)
    line1 = f"PMKOR{sur}<<{given.replace(' ', '<')}".ljust(44, "<")[:44]

    def check(s: str) -> str:
        vals = [int(ch) if ch.isdigit() else (ord(ch) - 55 if ch.isalpha() else 0) for ch in s]
        return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(vals)) % 10)

    b = f"{born:%y%m%d}"
    e = f"{issued.replace(year=issued.year + 10):%y%m%d}"
    line2 = f"{number}{check(number)}KOR{b}{check(b)}M{e}{check(e)}".ljust(42, "<") + "<0"
    return line1, line2[:44]


def _passport(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A 韩国 passport's data page, copied on A4 with the Chinese visa's residence permit noted under it."""
    s = Sheet()
    x, y = mm(24), mm(40)
    w, h = mm(162), mm(112)
    grey = (95, 95, 95)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), outline=grey, width=3, fill=(236, 236, 236))
    s.text(x + mm(6), y + mm(5), "대한민국 REPUBLIC OF KOREA", font("sans_bold", mm(4.6)))
    s.text(x + mm(6), y + mm(12), "여권 PASSPORT", font("sans", mm(4.2)))
    s.draw.rectangle((x + mm(6), y + mm(22), x + mm(42), y + mm(70)), fill=(170, 170, 170))
    latin = str(c.extra["latin"])
    sur, given = latin.split(" ", 1)
    issued = date(rng.randint(2016, 2021), rng.randint(1, 12), rng.randint(1, 28))
    born = p.born or date(1975, 1, 1)
    fl, fv = font("sans", mm(3.2)), font("sans", mm(4.4))
    fields = [("종류/Type", "PM"), ("발행국/Issuing country", "KOR"), ("여권번호/Passport No.", p.id_number),
              ("성/Surname", sur), ("이름/Given names", given), ("국적/Nationality", "REPUBLIC OF KOREA"),
              ("생년월일/Date of birth", f"{born:%d %b %Y}".upper()), ("성별/Sex", "M"),
              ("발급일/Date of issue", f"{issued:%d %b %Y}".upper()),
              ("기간만료일/Date of expiry", f"{issued.replace(year=issued.year + 10):%d %b %Y}".upper())]
    col = [x + mm(48), x + mm(108)]
    for i, (label, value) in enumerate(fields):
        cx = col[i % 2] if i >= 3 else x + mm(48) + (i % 3) * mm(38)
        cy = y + mm(20) + (0 if i < 3 else ((i - 3) // 2 + 1) * mm(11.5))
        s.text(cx, cy, label, fl, fill=(60, 60, 60))
        s.text(cx, cy + mm(3.6), value, fv)
    s.text(x + mm(48), y + mm(76), f"한글성명 / 中文姓名　{p.name}", font("sans", mm(4.0)))
    l1, l2 = _mrz(latin, p.id_number, born, issued)
    mf = font("mono", mm(4.6))
    s.text(x + mm(5), y + h - mm(22), l1, mf)
    s.text(x + mm(5), y + h - mm(13), l2, mf)
    s.text(x, y + h + mm(12), f"被执行人护照资料页复印件（{p.name}，护照号码{p.id_number}）", body(4.6))
    s.text(x, y + h + mm(22), f"在华住所：{p.address}　　联系电话：{p.phone}　{c.extra['korean_phone']}", body(4.2))
    pen(s, x + mm(8), y + h + mm(36), "复印件与原件核对一致", rng, size_mm=6.0, ink=INK)
    pen(s, x + mm(100), y + h + mm(48), f"{c.officer}  {c.day(3).month}.{c.day(3).day}", rng, size_mm=5.4, ink=INK)
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """山东省非税收入缴款书: a wide green-ruled slip on the top half of the page, its number and payment code."""
    s = Sheet()
    green = (40, 110, 70)
    s.centred(mm(20), "山东省非税收入缴款书", font("serif_bold", mm(8)), spacing=mm(1.5), fill=green)
    s.text(mm(18), mm(36), f"执收单位编码：{rng.randint(100000, 999999)}　　执收单位名称：{COURT}", body(3.9))
    s.right(s.width - mm(18), mm(30), f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", mm(4.2)), fill=green)
    s.right(s.width - mm(18), mm(36), f"填制日期：{c.day(1):%Y-%m-%d}", body(3.9))
    fee = Decimal(c.extra["fee"])
    w = s.width - mm(36)
    rows = [["付款人", f"全称：{c.applicant.name}", "收款人", f"全称：{COURT}"],
            ["", f"账号：{c.extra['in_acct']}", "", f"账号：{rng.randint(10**15, 10**16 - 1)}"],
            ["项目编码", "收入项目名称", "单位", "金额（元）"],
            ["103040100", f"申请执行费（{c.number}）", "件", f"{fee:,.2f}"],
            ["金额合计（大写）", money_caps(fee), "（小写）", f"{fee:,.2f}"],
            ["缴款码", f"{rng.randint(10**19, 10**20 - 1)}", "备注", "执行费"]]
    cells(s, mm(18), mm(44), [mm(37), mm(66), mm(24), w - mm(127)], rows, heights=mm(11), label_cols=(0, 2),
          f=body(4.0), lf=hei(3.9))
    s.text(mm(18), mm(114), "执收单位（盖章）　　　　　经办人：", body(4.0))
    pen(s, mm(80), mm(111), c.clerk, rng, size_mm=5.0)
    seal(s, mm(50), mm(104), COURT, rng, radius=mm(16), inner="财务专用章")
    stamp(s, s.width - mm(76), mm(102), ["收讫", f"{c.day(2):%Y.%m.%d}"], rng, size_mm=4.0, colour=(40, 110, 70),
          face="sans")
    s.line(0, mm(140), s.width, mm(140), width=1, fill=(205, 205, 205))
    return [s]


FORMS = {
    "property_clue_form": "申请执行人提供被执行人财产线索表",
    "payment_account_confirmation": "申请执行人收取案款账户确认书",
    "service_address_confirmation": "送达地址确认书",
    "property_declaration_form": "被执行人财产申报表",
}


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The court's pre-printed forms, filled by the party in ballpoint; the note at the foot in small print."""
    a, r = c.applicant, c.respondent
    boats = "、".join(c.extra.get("boats", []))
    s = Sheet()
    y = form_title(s, FORMS[code])
    s.text(LEFT, y - mm(6), "案号：", body(4.4))
    pen(s, LEFT + mm(12), y - mm(8), c.number.replace("（", "(").replace("）", ")"), rng, size_mm=5.0)
    w = s.width - LEFT - RIGHT
    if code == "property_clue_form":
        rows = [("被执行人", r.name), ("证照号码", r.id_number), ("银行账户", f"{c.extra['r_bank']} {c.extra['r_acct']}"),
                ("不动产", "不详" if tale(c) != "cucumber" else "在华租住，房产不详"),
                ("车辆", "冷藏车一台，牌号不详" if tale(c) == "cold" else "无"),
                ("其他财产", {"cucumber": "韩国仁川门店货款收入", "cold": "桥头镇厂区设备、库存海带",
                              "ferry": f"客船{boats}号及刘公岛航线售票收入"}[tale(c)]),
                ("线索来源", "申请执行人掌握")]
        tall = (5,)
        sign, sign_label = c.agent, "申请执行人（代理人）签名："
    elif code == "payment_account_confirmation":
        rows = [("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]), ("账　　号", c.extra["in_acct"]),
                ("联系人及电话", f"{a.legal_rep} {a.phone}"), ("承诺", "以上账户真实有效，本院将案款转入该账户即视为已发放。")]
        tall = (5,)
        sign, sign_label = a.legal_rep, "申请执行人（盖章）/法定代表人签名："
    elif code == "service_address_confirmation":
        rows = [("受送达人", a.name), ("送达地址", a.address), ("邮政编码", "264200" if "环翠" in a.address else "264300"),
                ("收件人及电话", f"{c.agent} {c.agent_phone}"), ("电子送达", f"同意，手机号 {c.agent_phone}"),
                ("告知事项", "送达地址变更应及时书面告知法院；因地址不准确、拒不提供或变更未告知导致文书未能实际接收的，"
                            "文书退回之日视为送达之日。")]
        tall = (5,)
        sign, sign_label = c.agent, "受送达人（代理人）签名："
    else:
        org = r.kind == "organisation"
        rows = [("申报人", r.name if org else f"{r.name}（{c.extra['latin']}）"), ("证照号码", r.id_number),
                ("银行存款", f"{c.extra['r_bank']}，余额约{c.extra['found']:,.0f}元" if tale(c) != "cold"
                 else "账户已被冻结，余额不足一千元"),
                ("不动产", "无" if org else "无（在华租房居住）"),
                ("车辆、船舶", f"客船{boats}号（已抵押给银行）" if tale(c) == "ferry" else "无"),
                ("收入情况", {"cucumber": "韩国门店经营收入，每月约合人民币二万元",
                              "cold": "公司已停产，无收入", "ferry": "旅游淡季，每月售票收入约十万元"}[tale(c)]),
                ("一年内财产变动", "冷藏车一台2022年转让" if tale(c) == "cold" else "无")]
        tall = (5,)
        sign, sign_label = (r.legal_rep if org else r.name), "申报人签名（盖章）："
    per = max(8, int((w - mm(46)) / mm(5.6)))
    hs = [max(mm(30) if i in tall else mm(15), mm(7.2) * math.ceil(len(v) / per) + mm(6)) for i, (_k, v) in enumerate(rows)]
    boxes = cells(s, LEFT, y, [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], heights=hs, f=body(4.4), lf=hei(4.4))
    for (_label, value), row in zip(rows, boxes, strict=True):
        x0, y0, _x1, _y1 = row[1]
        pen(s, x0 + mm(3), y0 + mm(3), value, rng, size_mm=5.0, per_line=per, lead=mm(7.2))
    yb = boxes[-1][0][3] + mm(14)
    s.text(LEFT + mm(40), yb, sign_label, body(4.6))
    pen(s, LEFT + mm(40) + text_width(sign_label, body(4.6)) + mm(3), yb - mm(2), sign, rng, size_mm=6.2)
    s.text(LEFT + mm(40), yb + mm(14), "日期：", body(4.6))
    pen(s, LEFT + mm(54), yb + mm(12), hand_date(d), rng, size_mm=5.4)
    if code == "payment_account_confirmation":
        seal(s, LEFT + mm(120), yb + mm(6), a.name, rng, radius=mm(17))
    if code == "property_declaration_form" and r.kind == "organisation":
        seal(s, LEFT + mm(120), yb + mm(6), r.name, rng, radius=mm(17))
    s.text(LEFT, s.height - mm(30), "（本表由当事人如实填写，填写不实的，依法承担相应法律责任。）", body(3.8))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """Two A3 fold-outs printed landscape: the 查控 system's 总对总 result table, then the bank's own reply table."""
    r = c.respondent
    s = Sheet(size=A3_LANDSCAPE)
    f = font("mono", mm(5.4))
    s.centred(mm(16), "全国法院网络执行查控系统  查询结果反馈表（总对总）", font("sans_bold", mm(8.5)))
    kind = "护照" if r.kind == "person" else "统一社会信用代码"
    s.text(mm(16), mm(34), f"案号：{c.number}    承办人：{c.officer}    执行法院：{COURT}    查询发起：{c.day(2):%Y-%m-%d}", f)
    s.text(mm(16), mm(43), f"被查询人：{r.name}    证件类型：{kind}    证件号码：{r.id_number}", f)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("威海市商业银行", "存款"), ("山东省农村信用社联合社", "存款"),
             ("自然资源部", "不动产"), ("公安部交通管理局", "车辆"), ("中国证券登记结算有限责任公司", "证券"),
             ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"),
             ("交通运输部", "船舶"), ("市场监督管理总局", "股权")]
    rows = [["序号", "协助执行单位", "财产类型", "反馈结果", "账号/标的", "余额（元）", "反馈日期"]]
    own_bank = "中国银行" if tale(c) == "cucumber" else "威海市商业银行"
    for i, (unit, kind_) in enumerate(units, 1):
        res, acct, bal = "未查询到财产信息", "", ""
        if unit == own_bank:
            res, acct, bal = "有账户", c.extra["r_acct"], f"{c.extra['found']:,.2f}"
        elif tale(c) == "ferry" and kind_ == "船舶":
            res, acct, bal = "有登记", "、".join(c.extra["boats"]) + "（已抵押）", "—"
        elif kind_ == "存款" and rng.random() < 0.18:
            res, acct, bal = "有账户", f"62{rng.randint(10**15, 10**16 - 1)}", f"{rng.randint(0, 90)}.{rng.randint(10, 99)}"
        rows.append([str(i), unit, kind_, res, acct, bal, f"{c.day(rng.randint(3, 5)):%Y-%m-%d}"])
    widths = [mm(16), mm(98), mm(32), mm(48), mm(100), mm(42)]
    cells(s, mm(14), mm(54), [*widths, s.width - mm(28) - sum(widths)], rows, heights=mm(13), label_cols=(),
          f=f, lf=f, line_w=2)
    s.text(mm(16), s.height - mm(18), f"打印时间：{d:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}    "
                                      f"打印人：{c.clerk}    第1页/共1页", font("mono", mm(4.6)))
    s.page_of = (1, 1)
    b = Sheet(size=A3_LANDSCAPE)
    b.starts_document = True
    bank = c.extra["r_bank"]
    b.centred(mm(16), f"{bank.split('股份有限公司')[0]}协助查询存款情况回复表", font("serif_bold", mm(8.5)))
    bf = body(5.4)
    b.text(mm(18), mm(34), f"{COURT}：", bf)
    asked = f"贵院{c.number}协助查询存款通知书收悉。经查，{r.name}（{kind}{r.id_number}）在我行开立账户情况如下："
    for k, part in enumerate(wrap(asked, bf, b.width - mm(50), indent=mm(10))):
        b.text(mm(18) + (mm(10) if k == 0 else 0), mm(43) + k * mm(8), part, bf)
    rows = [["户名", "账号", "币种", "开户网点", "账户状态", "账户余额（元）", "可用余额（元）", "冻结情况"],
            [r.name, c.extra["r_acct"], "人民币", bank.split("股份有限公司")[-1] or "营业部", "正常",
             f"{c.extra['found']:,.2f}", f"{c.extra['found']:,.2f}", "无在先冻结"]]
    if tale(c) == "cucumber":
        rows.append([r.name, f"2308{rng.randint(10**9, 10**10 - 1)}", "美元", "营业部", "久悬", "0.00", "0.00", "无"])
    widths = [mm(62), mm(62), mm(24), mm(52), mm(30), mm(48), mm(48)]
    y = cells(b, mm(14), mm(60), [*widths, b.width - mm(28) - sum(widths)], rows, heights=mm(15), label_cols=(),
              f=bf, lf=hei(5.2))[-1][0][3]
    b.text(mm(18), y + mm(8), "近一年交易明细（摘要）：", hei(5.4))
    trows = [["交易日期", "摘要", "借方发生额", "贷方发生额", "余额", "对方户名"]]
    left = Decimal(c.extra["found"]) + Decimal(rng.randint(3000, 40000))
    day = c.day(-rng.randint(200, 300))
    for _ in range(6):
        spent = Decimal(rng.randint(500, 9000))
        left = max(Decimal(c.extra["found"]), left - spent)
        day += timedelta(days=rng.randint(15, 40))
        trows.append([f"{day:%Y-%m-%d}", rng.choice(["转账支出", "跨行汇款", "消费", "代发工资", "取现"]), f"{spent:,.2f}", "",
                      f"{left:,.2f}", person_name(rng) if rng.random() < 0.5 else "—"])
    tw = [mm(48), mm(60), mm(56), mm(56), mm(56)]
    cells(b, mm(14), y + mm(18), [*tw, b.width - mm(28) - sum(tw)], trows, heights=mm(12), label_cols=(), f=bf,
          lf=hei(5.2))
    b.text(mm(18), b.height - mm(40), "特此回复。", bf)
    b.right(b.width - mm(40), b.height - mm(40), f"{bank}（业务专用章）", bf)
    b.right(b.width - mm(40), b.height - mm(28), f"{d + timedelta(days=1):%Y年%m月%d日}", bf)
    seal(b, b.width - mm(90), b.height - mm(40), bank.split("股份有限公司")[0], rng, radius=mm(20), inner="业务专用章")
    b.text(mm(18), b.height - mm(18), f"经办：{person_name(rng)}　复核：{person_name(rng)}　联系电话：0631-52{rng.randint(10000, 99999)}",
           font("sans", mm(4.4)))
    return [s, b]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first = (c.amount * Decimal("0.4")).quantize(Decimal("0.01")) if tale(c) == "ferry" else Decimal(c.extra["found"])
    rest = c.amount - first
    due = c.extra["pay_day"]
    if tale(c) == "cucumber":
        terms = [
            ("p", f"一、乙方同意本院将已冻结的其在{c.extra['r_bank']}账户内存款{first:,.2f}元直接扣划，作为第一期履行款。"),
            ("p", f"二、乙方于{num_date(due)}前将剩余款项{rest:,.2f}元一次性交至{COURT}执行款专户。"),
            ("p", "三、乙方按期足额履行后，甲方放弃迟延履行期间的加倍债务利息，并同意法院解除对乙方的限制出境措施；"
                  "申请执行费由乙方负担。"),
            ("p", "四、乙方未按期履行的，甲方有权申请恢复执行原生效法律文书，已履行部分予以扣除。"),
            ("p", "五、本协议经翻译人员向乙方逐条翻译，乙方表示已经理解。"),
        ]
    else:
        terms = [
            ("p", f"一、乙方于{num_date(d + timedelta(days=5))}前支付{first:,.2f}元，于{num_date(due)}前支付余款{rest:,.2f}元，"
                  f"均交至{COURT}执行款专户。"),
            ("p", "二、乙方按期履行完毕的，甲方放弃迟延履行期间的加倍债务利息；申请执行费由乙方负担。"),
            ("p", f"三、履行期间，法院暂不扣押乙方所属{'、'.join(c.extra['boats'])}号客船，不影响刘公岛航线正常运营。"),
            ("p", "四、乙方任何一期未按期足额履行的，甲方有权申请恢复执行原生效法律文书。"),
        ]
    ob = r.name if r.kind == "organisation" else f"{r.name}（{c.extra['latin']}）"
    blocks = [
        ("f", f"甲方（申请执行人）：{a.name}"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师"),
        ("f", f"乙方（被执行人）：{ob}"),
        *([("f", f"法定代表人：{r.legal_rep}")] if r.kind == "organisation" else
          [("f", f"护照号码：{r.id_number}　翻译人员：{person_name(rng)}（朝鲜语）")]),
        ("p", f"甲乙双方{c.extra['cause']}一案，{basis_ref(c)}已经发生法律效力，甲方已向{COURT}申请执行（案号{c.number}）。"
              f"执行中，双方在执行人员{c.officer}的主持下自愿达成和解协议如下："),
        ("p", f"乙方应向甲方支付{money(c.amount)}，履行方式如下："),
        *terms,
        ("p", "本协议一式三份，甲乙双方各执一份，交法院存卷一份，自双方签字（盖章）之日起生效。"),
        ("gap", ""),
        ("hsig", f"甲方：{c.agent}"),
        ("hsig", f"乙方：{r.legal_rep if r.kind == 'organisation' else r.name}"),
        ("sig", num_date(d)),
    ]
    sheets = typeset(Paper("执行和解协议", blocks, number=""), SETTLE, rng)
    last = sheets[-1]
    seal(last, last.width - mm(70), last.height * rng.uniform(0.45, 0.7), a.name, rng, radius=mm(18))
    if r.kind == "organisation":
        seal(last, last.width - mm(120), last.height * rng.uniform(0.5, 0.72), r.name, rng, radius=mm(18))
    return sheets


def basis_ref(c: CaseCtx) -> str:
    kind = "裁决书" if tale(c) == "cold" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _bank_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bank's 电子回单 for the transfer out of the court's 执行款专户, two to a page (the second is the fee's refund
    to the court's fee account), a cut line between them."""
    s = Sheet()
    bank = "中国农业银行" if "农业" in c.extra["in_bank"] else "威海市商业银行"
    pay = c.amount
    fee = Decimal(c.extra["fee"])

    def slip(y: float, title: str, rows: list[list[str]], no: str) -> None:
        s.centred(y, f"{bank}  {title}", font("sans_bold", mm(6.2)))
        s.text(LEFT - mm(8), y + mm(11), f"回单编号：{no}", font("mono", mm(3.8)))
        s.right(s.width - RIGHT + mm(8), y + mm(11), f"记账日期：{d:%Y-%m-%d}", font("mono", mm(3.8)))
        w = s.width - LEFT - RIGHT + mm(16)
        cells(s, LEFT - mm(8), y + mm(18), [mm(26), mm(66), mm(26), w - mm(118)], rows, heights=mm(10.5),
              label_cols=(0, 2), f=font("sans", mm(3.9)), lf=font("sans", mm(3.9)), line_w=1)
        seal(s, s.width - RIGHT - mm(22), y + mm(66), f"{bank}电子回单专用章", rng, radius=mm(15))

    slip(mm(20), "网上银行电子回单（付款）", [
        ["付款人", f"{COURT}执行款专户", "收款人", c.applicant.name],
        ["付款账号", f"8170{rng.randint(10**11, 10**12 - 1)}", "收款账号", c.extra["in_acct"]],
        ["金额", f"¥{pay:,.2f}", "大写", money_caps(pay)],
        ["用途", f"{c.number}执行款", "交易流水", f"{rng.randint(10**13, 10**14 - 1)}"],
        ["附言", f"发放申请执行人案款（承办人{c.officer}）"]], f"{rng.randint(10**15, 10**16 - 1)}")
    y = mm(112)
    for x in range(0, s.width, mm(6)):
        s.line(x, y, x + mm(3), y, width=1, fill=(150, 150, 150))
    slip(mm(122), "网上银行电子回单（收款）", [
        ["付款人", c.respondent.name if c.respondent.kind == "organisation" else f"{c.respondent.name}({c.extra['latin']})",
         "收款人", f"{COURT}执行款专户"],
        ["付款账号", c.extra["r_acct"], "收款账号", f"8170{rng.randint(10**11, 10**12 - 1)}"],
        ["金额", f"¥{pay + fee:,.2f}", "大写", money_caps(pay + fee)],
        ["用途", f"{c.number}执行款及执行费", "交易流水", f"{rng.randint(10**13, 10**14 - 1)}"],
        ["附言", "履行和解协议"]], f"{rng.randint(10**15, 10**16 - 1)}")
    s.text(LEFT, mm(222), "以上回单经核对，执行款已发放完毕。", body(4.6))
    pen(s, LEFT + mm(76), mm(219), f"{c.officer}　{hand_date(d)}", rng, size_mm=5.2, ink=PEN)
    return [s]
