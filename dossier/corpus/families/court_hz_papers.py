"""What 宣州区法院执行局 receives, each in its maker's hand: the court's civil division's 民事判决书 (Noto serif, a 骑缝章
down the right edge, 共 m 页 第 n 页), the 宣城市中级人民法院's appeal judgment typed in the GB 宋 with ○ for 〇 and —n—
folios, the lawyers' applications in 文楷 between double rules, a firm's letter under a red letterhead, a worker's
application written by hand on ruled paper, ID cards photocopied and cut out, business licences photocopied grey, the
律师执业证's inner pages cut out, the 安徽省非税收入一般缴款书 slip, the window's printed forms filled in ballpoint,
the 查控 system's printout in a monospaced face, the bank's 电子回单 slip and the EMS 法院专递 waybills that come back
signed."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, mm, seal
from dossier.corpus.families.court_hz_kit import (
    BALLPOINT,
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    Leaf,
    court_paper,
    form_title,
    grid,
    pen,
    song,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import House, Paper, printable, stamp, typeset

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
MIDDLE = "安徽省宣城市中级人民法院"
CIVIL = House(body="serif", body_mm=5.3, leading=1.85, title="serif_bold", title_mm=10.0, title_spacing_mm=4.0,
              heading="above", top=34, bottom=30, left=30, right=26, footer="mn", seam_seal=True)
APPEAL = House(body="song_gb", body_mm=5.6, leading=1.7, title="song_gb", title_mm=11.0, title_spacing_mm=6.0,
               heading="above", top=38, bottom=32, left=28, right=26, footer="emdash", number_align="right")
FIRM = House(body="wenkai", body_mm=5.5, leading=1.9, title="wenkai_bold", title_mm=9.0, title_spacing_mm=3.0,
             heading="double_rule", top=30, bottom=26, left=27, right=25, footer="slash", hand="kai")
LETTER = House(body="serif", body_mm=5.4, leading=1.9, title="serif_bold", title_mm=8.0, title_spacing_mm=2.0,
               heading="letterhead", footer="none")
PARTIES = House(body="sans", body_mm=5.0, leading=1.9, title="sans_bold", title_mm=8.0, title_spacing_mm=1.0,
                heading="above", top=28, bottom=26, footer="none", hand="wenkai")


def leaves(sheets: list[Sheet]) -> list[Leaf]:
    """Sheets typeset by the shared typesetter, moved onto this family's leaves (image, text and folio kept)."""
    out = []
    for s in sheets:
        leaf = Leaf(size=s.size)
        leaf.image = s.image
        leaf.lines = s.lines
        leaf.page_of = s.page_of
        out.append(leaf)
    return out


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Leaf]:
    from dossier.corpus.families.court_hz import made_on

    d = made_on(c, code)
    tale = c.extra["tale"]
    if code == "enforcement_basis":
        return _appeal(c, rng) if tale == "guarantee" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _by_hand(c, rng) if tale == "wage" else _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return [_licence_slip(c, rng)]
    if code == "identity_proof":
        p = c.applicant
        if "respondent" in served:
            p = c.respondent
        elif "guarantor" in served:
            p = c.extra["guarantor"]
        return [_id_slip(p, rng)] if p.kind == "person" else _business_licence(p, rng)
    if code == "fee_receipt":
        return [_fee_slip(c, rng)]
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return [_bank_slip(c, rng)]
    raise KeyError(code)


def _who(p: Party, role: str) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}，该公司总经理。"
    born = p.born or date(1980, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}。"


def _judgment(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    if c.extra["tale"] == "xuan":
        story = (f"2022年3月至2023年2月，原告陆续向被告供应四尺、六尺生宣、熟宣及书画用纸，双方每季度对账，被告于2023年3月在"
                 f"对账单上盖章确认尚欠货款{c.amount:,.2f}元，此后经原告多次催要未付。")
        claim = f"判令被告支付货款{c.amount:,.2f}元及逾期付款利息"
        held = "原、被告之间的买卖合同关系合法有效。原告已按约供货，被告盖章确认欠款，应当承担付款责任。"
        law = "《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百二十六条"
        order = f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"
        cause = "买卖合同纠纷"
    else:
        months = int(c.extra["months"])
        story = (f"原告于2021年6月入职被告处，在物流园仓库从事分拣、装卸工作。2023年起被告拖欠原告工资共{months}个月，原告离职后"
                 f"向宣城市宣州区劳动人事争议仲裁委员会申请仲裁，该委作出{c.extra['arb_number']}裁决，被告不服，诉至本院。")
        claim = f"判令被告支付拖欠工资及经济补偿金共计{c.amount:,.2f}元"
        held = "用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被告未能举证证明已足额支付工资，应承担不利后果。"
        law = "《中华人民共和国劳动合同法》第三十条、第四十六条、第四十七条"
        order = f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}拖欠工资及经济补偿金共计{c.amount:,.2f}元。"
        cause = "劳动争议"
    blocks = [
        ("f", _who(a, "原告")), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", _who(r, "被告")),
        ("p", f"原告{a.name}与被告{r.name}{cause}一案，本院于{cn_date(heard - timedelta(days=60))}立案后，依法适用简易程序，于"
              f"{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}到庭参加诉讼，被告经本院合法传唤未到庭。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.{claim}；2.本案诉讼费用由被告负担。事实和理由：{story}"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照{law}，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下："),
        ("p", order),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的"
              "债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 200 + 25}元（已减半收取），由被告负担。" if cause != "劳动争议"
              else "案件受理费10元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于安徽省宣城市中级人民法院。"),
        ("gap", ""), ("sig", f"审判员　{judge}"), ("gap", ""),
        ("date", cn_date(c.basis_effective - timedelta(days=rng.randint(17, 24)))),
        ("gap", ""), ("sig", "本件与原本核对无异"), ("sig", f"书记员　{person_name(rng)}"),
    ]
    return leaves(typeset(Paper("民事判决书", blocks, issuer=COURT, number=c.basis_number, seal=COURT), CIVIL, rng))


def _appeal(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """The 中院's appeal judgment: 上诉人 (the borrower and guarantor) lose to 被上诉人 (the guarantee company)."""
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    first = c.extra["first_number"]
    paid = c.amount - Decimal(rng.randint(3000, 9000))
    blocks = [
        ("f", _who(r, "上诉人（原审被告）")), ("f", _who(g, "上诉人（原审被告）")),
        ("f", _who(a, "被上诉人（原审原告）")), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}、{g.name}因与被上诉人{a.name}追偿权纠纷一案，不服安徽省宣城市宣州区人民法院{first}民事判决，向本院提起上诉。"
              "本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}、{g.name}上诉请求：撤销一审判决，依法改判驳回被上诉人的诉讼请求。事实和理由：一审认定的代偿金额有误，"
              "担保费、违约金计算标准过高。"),
        ("p", f"{a.name}辩称，一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。"),
        ("p", f"{a.name}向一审法院起诉请求：判令{r.name}偿还代偿款{paid:,.2f}元及资金占用利息，{g.name}承担连带保证责任。"),
        ("p", f"一审法院认定事实：{r.name}向{c.extra['bank']}借款，由{a.name}提供连带责任保证，{g.name}向{a.name}提供反担保。借款到期后"
              f"{r.name}未还款，{a.name}于2022年代偿本息{paid:,.2f}元。一审法院判决支持了{a.name}的诉讼请求。"),
        ("p", "本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。"),
        ("p", "本院认为，担保人承担保证责任后，有权向债务人追偿。上诉人提交的证据不足以推翻代偿凭证，其上诉理由不能成立。依照《中华人民共和国"
              "民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(c.amount) // 100 - 300}元，由上诉人{r.name}、{g.name}负担。"),
        ("p", "本判决为终审判决。"),
        ("gap", ""), ("sig", f"审判长　{person_name(rng)}"), ("sig", f"审判员　{person_name(rng)}"),
        ("sig", f"审判员　{person_name(rng)}"), ("gap", ""),
        ("date", cn_date(c.basis_effective - timedelta(days=rng.randint(6, 12)))), ("gap", ""),
        ("sig", f"法官助理　{person_name(rng)}"), ("sig", f"书记员　{person_name(rng)}"),
    ]
    return leaves(typeset(Paper("民事判决书", blocks, issuer=MIDDLE, number=c.basis_number, seal=MIDDLE), APPEAL, rng))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    return court_paper(c.basis_number.replace("号", "号之一"), rng, "生效证明书", [
        ("to", f"{c.applicant.name}："),
        ("p", f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院于"
              f"{cn_date(c.basis_effective - timedelta(days=20))}作出的{c.basis_number}民事判决书已送达各方当事人。在法定上诉期内，"
              f"双方当事人均未提起上诉，该判决书已于{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
        ("n", f"承办法官：{c.extra.get('civil_judge') or person_name(rng)}　　　　民事审判第二庭"),
    ], day=c.basis_effective + timedelta(days=rng.randint(4, 15)))


def _application(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    a, r = c.applicant, c.respondent
    gt = c.extra["tale"] == "guarantee"
    res = [("f", _who(r, "被申请人"))] + ([("f", _who(c.extra["guarantor"], "被申请人"))] if gt else [])
    them = f"{r.name}、{c.extra['guarantor'].name}" if gt else r.name
    kind = "民事判决书"
    blocks = [
        ("f", _who(a, "申请人")), ("f", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"), *res,
        ("h", "申请事项："),
        ("f", f"一、请求依法强制执行{c.basis_court}{c.basis_number}{kind}，责令被申请人{them}支付{money(c.amount)}；"),
        ("f", "二、请求责令被申请人加倍支付迟延履行期间的债务利息；"),
        ("f", "三、请求对被申请人采取限制高消费措施；被申请人有履行能力而拒不履行的，将其纳入失信被执行人名单；"),
        ("f", "四、本案执行费用由被申请人负担。"),
        ("h", "事实与理由："),
        ("p", f"申请人与被申请人{c.extra['cause']}一案，经{c.basis_court}审理，作出{c.basis_number}{kind}，该判决已于"
              f"{num_date(c.basis_effective)}发生法律效力。被申请人至今未履行判决确定的义务。"),
        ("p", "为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。申请人确认本申请书所载"
              "送达地址及联系方式真实有效，同意贵院以电子方式送达。"),
        ("gap", ""), ("h", "此致"), ("h", COURT), ("gap", ""),
        ("hsig", f"申请人：{a.legal_rep}"), ("sig", f"（{a.name}盖章）"), ("date", num_date(c.day(-2))),
    ]
    return leaves(typeset(Paper("强制执行申请书", blocks, seal=a.name), FIRM, rng))


def _by_hand(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """The warehouse worker's application, written by hand on ruled letter paper (稿纸 lines, a red margin rule)."""
    a, r = c.applicant, c.respondent
    born = a.born or date(1980, 1, 1)
    lines = [
        f"申请人：{a.name}，{a.sex}，{born.year}年{born.month}月{born.day}日生，",
        f"身份证号{a.id_number}，",
        f"住{a.address}，电话{a.phone}。",
        f"被申请人：{r.name}，",
        f"住所地{r.address}，",
        f"法定代表人{r.legal_rep}。",
        "申请事项：",
        f"1.请求强制执行宣州区人民法院{c.basis_number}",
        f"民事判决书，要求被申请人支付我工资和经济补偿金共{c.amount:,.0f}元；",
        "2.请求对被申请人限制高消费，不履行的纳入失信名单；",
        "3.执行费用由被申请人承担。",
        "事实与理由：",
        f"我在被申请人仓库干分拣、装卸，公司欠我{c.extra['months']}个月工资。法院判决",
        f"已于{num_date(c.basis_effective)}生效，公司到现在一分钱没给。",
        "特申请强制执行。",
        "此致",
        "宣州区人民法院",
    ]
    s = Leaf(paper=(250, 249, 244))
    lead = mm(10.5)
    y0 = mm(40)
    s.centred(mm(20), "执行申请书", font("wenkai_bold", 70), spacing=30, fill=BALLPOINT)
    for k in range(24):
        y = y0 + k * lead
        s.line(mm(18), y + lead * 0.82, s.width - mm(14), y + lead * 0.82, width=2, fill=(150, 170, 200))
    s.line(mm(24), y0 - mm(4), mm(24), y0 + 24 * lead, width=2, fill=(210, 110, 110))
    for k, t in enumerate(lines):
        x = mm(30) if not t.startswith(("1.", "2.", "3.", "我在", "特申请", "已于")) else mm(34)
        if t.startswith(("此致",)):
            x = mm(40)
        pen(s, x, y0 + k * lead + mm(1), t, rng, size=43)
    y = y0 + (len(lines) + 1) * lead
    pen(s, s.width - mm(90), y, f"申请人：{a.name}", rng, size=46, ink=BLACK_PEN)
    pen(s, s.width - mm(90), y + lead, num_date(c.day(-1)), rng, size=43)
    from dossier.corpus.families.court_hz import _thumb

    _thumb(s, s.width - mm(30), y + mm(4), rng)
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    a, r = c.applicant, c.respondent
    grant = "特别授权：代为申请执行，代为提供财产线索，代为参加执行听证、和解，代为签收法律文书，代为领取执行款。"
    blocks = [
        ("f", f"委托人：{a.name}" + (f"（法定代表人{a.legal_rep}）" if a.kind == "organisation" else f"，身份证号{a.id_number}")),
        ("f", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。"),
        ("p", f"委托人因与{r.name}{c.extra['cause']}申请执行一案，委托上列受托人为执行代理人。"),
        ("f", f"代理权限：{grant}"),
        ("f", "委托期限：自签署之日起至本案执行终结止。"),
        ("gap", ""), ("hsig", f"委托人：{a.legal_rep if a.kind == 'organisation' else a.name}"),
        ("hsig", f"受托人：{c.agent}"), ("date", num_date(c.day(-4))),
    ]
    return leaves(typeset(Paper("授权委托书", blocks, seal=a.name if a.kind == "organisation" else ""), PARTIES, rng))


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    legal_aid = c.extra["tale"] == "wage"
    blocks = [
        ("c", f"皖{c.firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(12, 480)}号"),
        ("h", f"{COURT}："),
        ("p", (f"根据宣城市宣州区法律援助中心指派（宣区法援〔{c.filed_on.year}〕{rng.randint(10, 200)}号），" if legal_aid else "")
              + f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}申请执行一案的代理人。"),
        ("p", "特此函告。"),
        ("f", "附：授权委托书一份，律师执业证复印件一份。"),
        ("f", f"本所地址：{c.extra['firm_addr']}　联系人：{c.agent}　电话：{c.agent_phone}"),
        ("gap", ""), ("sig", c.firm), ("date", num_date(c.day(-4))),
    ]
    return leaves(typeset(Paper("律师事务所函", blocks, issuer=c.firm, seal=c.firm), LETTER, rng))


def _licence_slip(c: CaseCtx, rng: random.Random) -> Leaf:
    """The 律师执业证's two inner pages, photocopied and cut out: photo and particulars left, the bureau's stamp and the
    annual inspection right."""
    s = Leaf(size=(mm(150), mm(104)), paper=(238, 238, 236))
    half = s.width // 2
    s.box(4, 4, s.width - 5, s.height - 5, width=2, outline=(90, 90, 90))
    s.line(half, 4, half, s.height - 5, width=2, fill=(150, 150, 150))
    s.draw.rectangle((mm(8), mm(10), mm(32), mm(42)), fill=(130, 130, 130))
    f = font("sans", 28)
    y = mm(48)
    for t in (f"姓　　名 {c.agent}", f"执业机构 {c.firm}", "执业证类别 专职", f"执业证号 {c.extra['licence']}",
              f"发证日期 {rng.randint(2013, 2021)}年{rng.randint(1, 12)}月"):
        s.text(mm(6), y, t, f, fill=(40, 40, 40))
        y += mm(8.5)
    s.centred(mm(10), "律师执业证", font("sans_bold", 40), x0=half, x1=s.width, fill=(40, 40, 40))
    s.text(half + mm(6), mm(30), "年度考核备案", font("sans", 30), fill=(40, 40, 40))
    s.text(half + mm(6), mm(42), f"考核年度 {c.filed_on.year - 1}　考核结果 称职", font("sans", 26), fill=(40, 40, 40))
    seal(s, half + mm(48), mm(66), "安徽省司法厅", rng, radius=mm(15))
    s.text(half + mm(6), mm(88), "安徽省司法厅监制", font("sans", 24), fill=(60, 60, 60))
    return s


def _id_slip(p: Party, rng: random.Random) -> Leaf:
    """A resident ID card, both sides photocopied on one page, the copy cut out round the two cards with scissors."""
    s = Leaf(size=(mm(98), mm(142)), paper=(242, 242, 240))
    grey = (55, 55, 55)
    born = p.born or date(1980, 1, 1)
    fx, fy = mm(6), mm(6)
    cw, ch = mm(86), mm(54)
    s.draw.rounded_rectangle((fx, fy, fx + cw, fy + ch), radius=mm(3), outline=(120, 120, 120), width=2)
    f = font("hei", 26)
    s.text(fx + mm(4), fy + mm(5), "姓名", f, fill=(110, 110, 110), record=False)
    s.text(fx + mm(14), fy + mm(4), p.name, font("hei", 34), fill=grey)
    s.text(fx + mm(4), fy + mm(13), f"性别 {p.sex}　民族 汉", f, fill=grey)
    s.text(fx + mm(4), fy + mm(20), f"出生 {born.year} 年 {born.month} 月 {born.day} 日", f, fill=grey)
    addr = f"住址 {p.address}"
    for k in range(0, len(addr), 13):
        s.text(fx + mm(4), fy + mm(27) + k // 13 * mm(5), addr[k:k + 13], f, fill=grey)
    s.text(fx + mm(4), fy + mm(46), f"公民身份号码 {p.id_number}", font("hei", 27), fill=grey)
    s.draw.rectangle((fx + mm(60), fy + mm(8), fx + mm(82), fy + mm(36)), fill=(105, 105, 105))
    by = fy + ch + mm(10)
    s.draw.rounded_rectangle((fx, by, fx + cw, by + ch), radius=mm(3), outline=(120, 120, 120), width=2)
    s.draw.ellipse((fx + mm(5), by + mm(5), fx + mm(19), by + mm(19)), outline=(110, 110, 110), width=3)
    s.text(fx + mm(24), by + mm(7), "中华人民共和国", font("hei", 38), fill=grey)
    s.text(fx + mm(24), by + mm(17), "居 民 身 份 证", font("hei", 44), fill=grey)
    county = {"341802": "宣州区", "341821": "郎溪县", "341881": "宁国市", "341824": "绩溪县", "341823": "泾县"}.get(
        p.id_number[:6], "宣州区")
    start = rng.randint(2014, 2021)
    s.text(fx + mm(6), by + mm(36), f"签发机关 宣城市公安局{county}分局" if county == "宣州区" else f"签发机关 {county}公安局", f, fill=grey)
    s.text(fx + mm(6), by + mm(44), f"有效期限 {start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{start + 20}.xx.xx"
           .replace("xx.xx", f"{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"), f, fill=grey)
    pen(s, fx + mm(10), by + ch + mm(4), "与原件一致", rng, size=36, ink=BLACK_PEN)
    pen(s, fx + mm(48), by + ch + mm(4), p.name, rng, size=38, ink=BLACK_PEN)
    return s


def _business_licence(p: Party, rng: random.Random) -> list[Leaf]:
    """A 营业执照 (副本) photocopied grey on A4, with 与原件一致 and the company's seal over the copy."""
    s = Leaf(paper=(236, 236, 234))
    grey = (50, 50, 50)
    x0, y0, x1, y1 = mm(18), mm(40), s.width - mm(18), mm(220)
    s.box(x0, y0, x1, y1, width=8, outline=(110, 110, 110))
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=(130, 130, 130))
    s.draw.ellipse((s.width / 2 - mm(9), y0 + mm(6), s.width / 2 + mm(9), y0 + mm(24)), outline=(100, 100, 100), width=4)
    s.centred(y0 + mm(28), "营 业 执 照", font("serif_bold", 96), fill=grey)
    s.centred(y0 + mm(44), "（副　本）", font("serif", 40), fill=grey)
    s.text(x0 + mm(10), y0 + mm(56), f"统一社会信用代码　{p.id_number}", font("serif", 34), fill=grey)
    s.draw.rectangle((x1 - mm(40), y0 + mm(50), x1 - mm(12), y0 + mm(78)), outline=(80, 80, 80), width=3)
    f = font("serif", 34)
    y = y0 + mm(84)
    found = date(rng.randint(2009, 2019), rng.randint(1, 12), rng.randint(1, 28))
    for label, value in (("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                         ("经营范围", "文房四宝、书画用品、工艺品销售" if "文房" in p.name else
                          ("融资担保业务；诉讼保全担保；履约担保" if "担保" in p.name else
                           ("宣纸、书画纸生产、销售" if "宣纸" in p.name else "普通货物仓储；道路货物运输；装卸搬运"))),
                         ("注册资本", f"{rng.choice([100, 200, 500, 1000, 3000])}万圆整"), ("成立日期", num_date(found)),
                         ("住　　所", p.address)):
        s.text(x0 + mm(12), y, label, f, fill=grey)
        s.text(x0 + mm(48), y, value, f, fill=grey)
        y += mm(11)
    s.text(x1 - mm(70), y1 - mm(30), "登记机关", f, fill=grey)
    s.text(x1 - mm(70), y1 - mm(20), num_date(found + timedelta(days=rng.randint(30, 900))), f, fill=grey)
    pen(s, mm(40), mm(236), "此复印件与原件一致，仅供法院执行使用", rng, size=46, ink=BLACK_PEN)
    seal(s, mm(150), mm(246), p.name, rng, radius=mm(20))
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> Leaf:
    """The 安徽省非税收入一般缴款书: a landscape slip printed in reddish brown, the amount in figures and capitals, the
    bank's 收讫 stamp."""
    s = Leaf(size=(mm(192), mm(112)), paper=(250, 247, 240))
    ink = (150, 60, 50)
    s.centred(mm(6), "安徽省非税收入一般缴款书（电子）", font("serif_bold", 44), fill=ink)
    f = font("song_gb", 26)
    s.text(mm(6), mm(17), printable("song_gb", f"票据代码：34060124　　票据号码：{rng.randint(10**9, 10**10 - 1)}"), f, fill=ink)
    s.text(mm(118), mm(17), printable("song_gb", f"开票日期：{c.day(2):%Y-%m-%d}"), f, fill=ink)
    payer = c.applicant
    rows = [["缴款人", payer.name, "收款人", "宣城市宣州区财政局"],
            ["项目名称", "申请执行费", "执收单位", COURT],
            ["金额（小写）", f"{c.extra['fee']:.2f}", "金额（大写）", money_caps(Decimal(c.extra["fee"]))],
            ["备注", f"案号：{c.number}"]]
    grid(s, mm(6), mm(24), [mm(26), mm(52), mm(26), mm(76)], rows, font("song_gb", 26), heights=mm(14),
         labels=(0, 2), ink=ink)
    s.text(mm(6), mm(92), printable("song_gb", f"校验码：{rng.randint(10**5, 10**6 - 1)}　　执收单位（盖章）　　　复核人：　　经办人：{person_name(rng)}"),
           f, fill=ink)
    seal(s, mm(150), mm(86), COURT, rng, radius=mm(14), inner="财务专用章")
    return s


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    """The window's printed forms, filled in ballpoint by the party."""
    a, r = c.applicant, c.respondent
    s = Leaf()
    w = s.width - LEFT - RIGHT
    if code == "property_clue_form":
        title = "被执行人财产线索表"
        if c.extra["tale"] == "xuan":
            clue = [f"银行存款：{c.extra['r_bank']}，账号{c.extra['r_acct']}（对账单上有）",
                    f"车辆：{c.extra['car']}一辆，车牌{c.extra['plate']}，常停鳌峰路店门口", "店内库存宣纸、毛笔等货物"]
        elif c.extra["tale"] == "wage":
            clue = [f"公司基本户：{c.extra['r_bank']}，账号{c.extra['r_acct']}", "物流园内叉车两台、货车若干（不清楚登记在谁名下）",
                    "公司还在正常营业"]
        else:
            clue = [f"{r.name}原住澄江街道出租房，名下原有一辆轿车", f"担保人{c.extra['guarantor'].name}在水阳镇有自建房（未登记）",
                    "其他不详"]
        rows = [["申请执行人", a.name], ["被执行人", f"{r.name}" + ("、" + c.extra["guarantor"].name if "guarantor" in c.extra else "")],
                ["案号", c.number], ["财产线索一", ""], ["财产线索二", ""], ["财产线索三", ""], ["提供人签名", ""], ["日期", ""]]
        hs = [mm(16)] * 3 + [mm(30)] * 3 + [mm(20), mm(16)]
        fills = {3: clue[0], 4: clue[1], 5: clue[2]}
    elif code == "payment_account_confirmation":
        title = "申请执行人收取案款确认书"
        holder = a.name
        rows = [["案号", c.number], ["申请执行人", a.name], ["收款户名", ""], ["开户银行", ""], ["账号", ""],
                ["承诺", "以上账户信息由本人（单位）提供，真实有效；执行款汇入上述账户即视为本院已发放。账户变更的，及时书面告知法院。"],
                ["签名（盖章）", ""], ["日期", ""]]
        hs = [mm(16)] * 5 + [mm(30), mm(24), mm(16)]
        fills = {2: holder, 3: c.extra["in_bank"], 4: c.extra["in_acct"]}
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [["案号", c.number], ["受送达人", a.name], ["送达地址", ""], ["收件人及电话", ""], ["电子送达", ""],
                ["告知事项", "确认的送达地址适用于执行程序；地址不准确或变更未告知，导致文书未能实际接收的，文书退回之日视为送达。"],
                ["受送达人签名", ""], ["日期", ""]]
        hs = [mm(16)] * 5 + [mm(32), mm(24), mm(16)]
        fills = {2: a.address if a.kind == "person" else c.extra["firm_addr"] + "（律师事务所）",
                 3: f"{c.agent}　{c.agent_phone}", 4: "同意　手机短信、电子邮件"}
    else:
        title = "财产申报表"
        who = r
        rows = [["申报人", who.name], ["案号", c.number], ["银行存款", ""], ["不动产", ""], ["车辆", ""],
                ["股权、有价证券", ""], ["收入情况", ""], ["其他财产", ""], ["申报人签名", ""], ["日期", ""]]
        hs = [mm(16)] * 2 + [mm(24)] * 6 + [mm(22), mm(16)]
        if c.extra["tale"] == "xuan":
            fills = {2: f"{c.extra['r_bank']}基本户，余额不详", 3: "无，店面是租的", 4: f"{c.extra['car']}一辆 {c.extra['plate']}",
                     5: "无", 6: "生意不好，月营业额几万元", 7: "店内存货"}
        elif c.extra["tale"] == "wage":
            fills = {2: f"{c.extra['r_bank']}基本户", 3: "无", 4: "货车3辆（融资租赁）", 5: "无", 6: "运费收入", 7: "无"}
        else:
            fills = {2: "无", 3: "无", 4: "无", 5: "无", 6: "打零工，收入不稳定", 7: "无"}
    y = form_title(s, title)
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, song(34), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for k, text in fills.items():
        pen(s, right[k][0] + mm(4), right[k][1] + mm(3), text, rng, size=38, per_line=22, lead=mm(8))
    signer = a.legal_rep if code != "property_declaration_form" and a.kind == "organisation" else (
        r.legal_rep if code == "property_declaration_form" and r.kind == "organisation" else
        (r.name if code == "property_declaration_form" else a.name))
    if code != "property_declaration_form" and c.agent and a.kind == "organisation":
        signer = c.agent
    pen(s, right[-2][0] + mm(10), right[-2][1] + mm(5), signer, rng, size=50, ink=BLACK_PEN)
    pen(s, right[-1][0] + mm(10), right[-1][1] + mm(3), num_date(d), rng, size=38)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    """The 网络执行查控系统's 总对总 feedback printout: a monospaced table, a print stamp line at the foot."""
    s = Leaf()
    mono = font("mono", 26)
    s.centred(mm(18), "最高人民法院网络执行查控系统", font("sans_bold", 40))
    s.centred(mm(28), "总对总查询反馈结果", font("sans_bold", 46))
    s.text(mm(16), mm(42), f"案号：{c.number}　　承办人：{c.officer}　　查询日期：{d:%Y-%m-%d}", font("sans", 28))
    people = [c.respondent] + ([c.extra["guarantor"]] if "guarantor" in c.extra else [])
    rows = [["被查询人", "证件号码", "协助单位", "查询类型", "反馈结果"]]
    banks = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "徽商银行", "安徽省农村信用社联合社", "支付宝（中国）",
             "财付通", "公安部（车辆）", "自然资源部（不动产）"]
    for p in people:
        for b in banks:
            if c.extra["tale"] == "xuan" and b == "中国建设银行":
                res = f"存款余额{c.extra['deducted']:,.2f}元"
            elif c.extra["tale"] == "xuan" and b.startswith("公安部"):
                res = f"{c.extra['plate']} {c.extra['car'][:4]}"
            elif c.extra["tale"] == "wage" and b == "中国工商银行":
                res = f"存款余额{c.amount + Decimal(rng.randint(1000, 90000)):,.2f}元"
            elif c.extra["tale"] == "guarantee" and b in ("财付通", "支付宝（中国）") and p is c.respondent:
                res = f"余额{rng.randint(3, 180)}.{rng.randint(10, 99)}元"
            else:
                res = "未查到相关信息"
            rows.append([p.name, p.id_number, b, "存款" if "银行" in b or "信用" in b else
                         ("车辆" if "车辆" in b else ("不动产" if "不动产" in b else "网络资金")), res])
    w = s.width - mm(32)
    cols = [mm(22), mm(50), mm(44), mm(18)]
    rh = mm(8.4) if len(rows) < 14 else mm(7.2)
    grid(s, mm(16), mm(52), [*cols, w - sum(cols)], rows, mono, heights=rh, labels=(), framed=False)
    s.text(mm(16), s.height - mm(22), f"打印人：{c.clerk}　　打印时间：{d:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
           font("sans", 26))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    a, r = c.applicant, c.respondent
    rest = c.amount - Decimal(c.extra["deducted"])
    first = (rest / 2).quantize(Decimal("1"))
    blocks = [
        ("f", f"甲方（申请执行人）：{a.name}，法定代表人{a.legal_rep}。"),
        ("f", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}。"),
        ("p", f"{COURT}在执行{c.number}甲方与乙方买卖合同纠纷一案中，已扣划乙方存款{c.extra['deducted']:,.2f}元，扣押乙方"
              f"{c.extra['car']}一辆（{c.extra['plate']}）。经双方协商，自愿达成和解协议如下："),
        ("f", f"一、乙方尚欠甲方货款{rest:,.2f}元，于{num_date(d + timedelta(days=3))}前支付{first:,.2f}元，余款"
              f"{rest - first:,.2f}元于{num_date(d + timedelta(days=15))}前付清，均汇入法院执行款专户；"),
        ("f", "二、乙方按期付清后，甲方放弃迟延履行期间的债务利息，并同意法院解除对上述车辆的扣押；"),
        ("f", "三、乙方任何一期未按时足额付款的，甲方有权申请恢复执行原判决，已付款项予以扣除；"),
        ("f", "四、本协议一式三份，甲乙双方各执一份，交法院一份附卷。"),
        ("gap", ""), ("hsig", f"甲方：{a.legal_rep}"), ("hsig", f"乙方：{r.legal_rep}"), ("date", num_date(d)),
    ]
    sheets = leaves(typeset(Paper("执行和解协议", blocks, seal=a.name), PARTIES, rng))
    seal(sheets[-1], sheets[-1].width - mm(70), sheets[-1].height - mm(70) if len(sheets[-1].lines) > 30 else mm(200), r.name,
         rng, radius=mm(19))
    return sheets


def _bank_slip(c: CaseCtx, rng: random.Random) -> Leaf:
    """The bank's 电子回单 for the court paying the case money out to the applicant: a slip, printed and stamped."""
    s = Leaf(size=(mm(190), mm(96)), paper=(252, 252, 250))
    ink = (40, 40, 60)
    s.centred(mm(5), "安徽宣州农村商业银行　电子回单", font("sans_bold", 40), fill=ink)
    f = font("sans", 26)
    s.text(mm(6), mm(15), f"回单编号：{rng.randint(10**11, 10**12 - 1)}　　　交易日期：{c.extra['pay_day'] + timedelta(days=2):%Y-%m-%d}", f,
           fill=ink)
    rows = [["付款人", f"{COURT}（执行款专户）", "收款人", c.applicant.name],
            ["付款账号", c.extra["court_acct"], "收款账号", c.extra["in_acct"]],
            ["付款行", "安徽宣州农村商业银行营业部", "收款行", c.extra["in_bank"]],
            ["金额", f"￥{c.amount:,.2f}　人民币{money_caps(c.amount)}"],
            ["用途", f"{c.number}案款发放"]]
    grid(s, mm(6), mm(22), [mm(22), mm(64), mm(22), mm(70)], rows, font("sans", 24), heights=mm(11.5), labels=(0, 2),
         ink=ink)
    s.text(mm(6), mm(84), f"打印次数：{rng.randint(1, 2)}　　柜员：{rng.randint(10000, 99999)}", f, fill=ink)
    stamp(s, mm(128), mm(72), ["安徽宣州农村商业银行", "电子回单专用章"], rng, size_mm=3.2, colour=RED, oval=True,
          face="sans")
    return s


def ems_waybill(c: CaseCtx, rng: random.Random, papers: list[str], when: date) -> list[Leaf]:
    """The EMS 法院专递 邮件详情单 that came back: sender the court, 内件 the papers served, the addressee's signature and
    date in the 收件人签收 box."""
    s = Leaf(size=(mm(196), mm(118)), paper=(248, 250, 246))
    green = (20, 110, 70)
    s.draw.rectangle((0, 0, s.width, mm(14)), fill=(225, 240, 230))
    s.text(mm(5), mm(2), "EMS", font("sans_bold", 64), fill=green)
    s.text(mm(34), mm(3), "中国邮政速递物流　法院专递", font("sans_bold", 42), fill=green)
    num = f"EK{rng.randint(10**8, 10**9 - 1)}CN"
    s.text(mm(140), mm(4), num, font("mono", 32), fill=INK)
    for k in range(44):
        if rng.random() < 0.7:
            s.line(mm(140) + k * 6, mm(10), mm(140) + k * 6, mm(13.5), width=3 if rng.random() < 0.4 else 1)
    f = font("sans", 24)
    who = c.respondent
    rows = [["寄件人", f"{COURT}执行局　{c.clerk}", "收件人", who.name if who.kind == "person" else f"{who.name}（{who.legal_rep}）"],
            ["地址", c.court.address, "地址", who.address], ["电话", c.court.phone, "电话", who.phone],
            ["案号", c.number, "内件品名", "、".join(papers)],
            ["收寄日期", f"{when - timedelta(days=1):%Y.%m.%d}", "收件人签收", ""]]
    boxes = grid(s, mm(4), mm(17), [mm(18), mm(74), mm(22), mm(74)], rows, f, heights=[mm(12), mm(16), mm(10), mm(20), mm(22)],
                 labels=(0, 2), ink=green)
    box = boxes[-1]
    pen(s, box[0] + mm(4), box[1] + mm(2), who.name if who.kind == "person" else who.legal_rep, rng, size=44, ink=BLACK_PEN)
    pen(s, box[0] + mm(36), box[1] + mm(11), f"{when:%Y.%m.%d}", rng, size=34, ink=BLACK_PEN)
    s.text(mm(4), mm(104), "法院专递　回执联（退回寄件人）　　本邮件按挂号信函规定处理", f, fill=green)
    return [s]
