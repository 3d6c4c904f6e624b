"""What 石狮法院 receives, each in its maker's look: the civil division's 民事判决书 (Noto serif, an inked seal and a
"- n -" folio, the copy stamp), the 石狮市劳动人事争议仲裁委员会's 裁决书 and 生效证明书 (文楷 body, 〔〕 numbers), the
lawyers' Word papers (GB 宋 body, a 黑体 title, a plain centred page number), the firm's red-letterhead 函, card copies
(身份证, 律师执业证), the 国家企业信用信息公示系统 page a browser printed, the court's window forms filled in blue ballpoint,
the platform's own e-forms, the 福建省非税收入 e-bill, the 查控 printout in a monospaced face — and the phone screenshots:
电子营业执照, WeChat chats and transfers, a bank app's 转账成功 page, Alipay's 账单详情, printed one or two to a sheet, and a
bank's 电子回单 with its 电子回单专用章."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, signature, text_width
from dossier.corpus.families.court_il_kit import (
    ALIPAY_BLUE,
    COURT,
    LEFT,
    PHONE_W,
    RIGHT,
    TOP,
    WECHAT_BG,
    Flowing,
    Phone,
    body,
    bubble,
    cells,
    e_seal,
    print_shots,
    sans,
    stamp_platform,
    time_tag,
    transfer_bubble,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "石狮市劳动人事争议仲裁委员会"
PEN = (32, 48, 138)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_il import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _award(c, rng) if c.extra["tale"] == "wage" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return [_licence(c, rng)]
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "person":
            return [_id_cards(p, rng)]
        return [_gsxt(p, c, d)] if p is c.respondent else [_e_licence(p, c, rng)]
    if code == "fee_receipt":
        return [_e_bill(c, rng, d)]
    if code in ("property_clue_form", "payment_account_confirmation", "property_declaration_form"):
        return [_window_form(code, c, rng, d)]
    if code == "service_address_confirmation":
        return [_address_eform(c, rng, d)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _fabric_payments(c, rng) if c.extra["tale"] == "fabric" else _payout(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _folio(sheets: list[Sheet], style: str, f_role: str = "serif") -> list[Sheet]:
    n = len(sheets)
    if n < 2:
        return sheets
    for i, s in enumerate(sheets, 1):
        if style == "dash":
            s.centred(s.height - mm(18), f"- {i} -", font(f_role, 32))
        else:
            s.centred(s.height - mm(18), f"共{n}页　第{i}页", font(f_role, 30))
            s.page_of = (i, n)
        if style == "dash" and i > 1:
            s.page_of = (i, n)
    return sheets


# ---- the bases ---------------------------------------------------------------------------------------------------

def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 民事判决书: Noto serif, an inked court seal over the date, "- n -" folios and the copy stamp."""
    a, r = c.applicant, c.respondent
    fabric = c.extra["tale"] == "fabric"
    heard = c.basis_effective - timedelta(days=rng.randint(40, 70))
    if fabric:
        story = (f"2022年6月至2023年2月，原告陆续向被告供应涤纶、棉氨纶等服装面料，被告用于加工童装、休闲裤。经双方对账，"
                 f"被告尚欠货款{c.amount:,.2f}元，被告法定代表人{r.legal_rep}在对账单上签字并加盖公章，承诺2023年5月底前付清，"
                 "届期未付。")
        held = "原、被告之间的买卖合同关系合法有效。原告已按约交付面料，被告在对账单上确认欠款，应当依约付款。"
        cause, laws = "买卖合同纠纷", "第五百零九条、第五百七十七条、第六百二十六条"
        ask = f"判令被告支付货款{c.amount:,.2f}元及逾期付款利息"
    else:
        story = (f"2023年3月，原、被告签订《直播带货服务合同》，约定原告在其抖音“{c.extra['room']}”为被告品牌鞋服进行直播推广，"
                 "被告按场次支付坑位费并按成交额的百分之二十支付佣金。原告完成直播十二场，经后台数据核对，被告尚欠坑位费及佣金"
                 f"合计{c.amount:,.2f}元，经催告未付。")
        held = "原、被告签订的服务合同合法有效。原告已按约提供直播推广服务，被告应当支付相应服务费用。"
        cause, laws = "服务合同纠纷", "第五百零九条、第五百七十七条、第五百七十九条"
        ask = f"判令被告支付服务费{c.amount:,.2f}元"
    paras = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{cause}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}到庭参加诉讼，被告经传票传唤"
              f"{'到庭参加诉讼' if fabric else '无正当理由拒不到庭'}。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.{ask}；2.本案诉讼费用由被告负担。事实和理由：{story}"),
        ("p", f"{r.name}{'辩称，对欠款无异议，但因订单减少资金紧张，请求分期支付。' if fabric else '未作答辩。'}"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照《中华人民共和国民法典》{laws}，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
        ("p", f"被告{r.name}应于本判决生效之日起十日内支付原告{a.name}{'货款' if fabric else '服务费'}{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 30}元，减半收取{(int(c.amount) // 100 + 30) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于福建省泉州市"
              "中级人民法院。"),
    ]
    s = Sheet()
    s.centred(mm(34), COURT, font("serif", 54), spacing=3)
    s.centred(mm(34) + 92, "民事判决书", font("serif_bold", 82), spacing=36)
    run = Flowing([s], mm(34) + 230, left=mm(30), right=mm(27), top=mm(30))
    run.need(80)
    run.s.right(run.s.width - mm(27), run.y, c.basis_number, font("serif", 40))
    run.y += 90
    f = font("serif", 40)
    for kind, text in paras:
        run.para(text, f, lead=70, first=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    run.need(440)
    last, y = run.s, run.y + 60
    x = last.width - mm(100)
    last.text(x, y, f"审 判 员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(18, 26)))
    last.text(x, y + 100, when, f)
    seal(last, x + text_width(when, f) / 2, y + 110, COURT, rng, radius=mm(20))
    last.text(x, y + 190, f"书 记 员　{person_name(rng)}", f)
    _copy_stamp(last, mm(30), y + 120, rng)
    return _folio(run.sheets, "dash")


def _copy_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    f = font("serif_bold", 30)
    ink = (RED[0] - 25, RED[1] + 5, RED[2] + 20)
    w = text_width("本件与原本核对无异", f) + 36
    tilt = rng.uniform(-3, 3)
    s.box(x, y + tilt, x + w, y + 60 + tilt, width=3, outline=ink)
    s.text(x + 18, y + 13 + tilt, "本件与原本核对无异", f, fill=ink)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The committee's 裁决书: its name and the title in bold serif, the body in 文楷, three arbitrators, inked seal."""
    a, r = c.applicant, c.respondent
    n, months = int(c.extra["workers"]), int(c.extra["months"])
    s = Sheet()
    s.centred(mm(30), ARB, font("serif_bold", 56), spacing=2)
    s.centred(mm(30) + 86, "裁 决 书", font("serif_bold", 84), spacing=20)
    run = Flowing([s], mm(30) + 215, left=mm(30), right=mm(26), top=mm(28))
    run.s.right(run.s.width - mm(26), run.y, c.basis_number, font("wenkai", 40))
    run.y += 90
    f = font("wenkai", 41)
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    for kind, text in [
        ("h", f"申请人：{a.name}等{n}人（名单附后），代表人{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师（石狮市法律援助中心指派）。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"申请人{a.name}等{n}人与被申请人{r.name}劳动争议一案，本委于{cn_date(heard - timedelta(days=25))}立案受理，依法组成"
              f"仲裁庭，于{cn_date(heard)}公开开庭审理。被申请人经书面通知无正当理由未到庭，本委依法缺席审理。本案现已审理终结。"),
        ("p", f"申请人称：申请人均系被申请人处的车缝、整烫、包装工人，按件计酬。被申请人自2023年{12 - months}月起停发工资，"
              f"共拖欠{months}个月，2023年12月底被申请人停产关厂，法定代表人去向不明。请求裁决被申请人支付拖欠工资。"),
        ("p", "经审理查明：申请人提交的工资表、考勤记录、车间组长确认的计件单及微信群聊天记录相互印证，能够证明申请人在被申请人处"
              f"工作以及被申请人拖欠工资{months}个月的事实，欠薪数额以工资表为准。"),
        ("p", "本委认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。依照《中华人民共和国劳动合同法》第三十条"
              "、《中华人民共和国劳动争议调解仲裁法》第四十七条第一项的规定，裁决如下："),
        ("p", f"被申请人{r.name}于本裁决生效之日起五日内支付申请人{a.name}等{n}人拖欠工资合计{c.amount:,.2f}元（各申请人数额详见附表）。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到裁决书之日起十五日内向人民法院提起诉讼；"
              "用人单位有证据证明本裁决有法定情形之一的，可以自收到裁决书之日起三十日内向泉州市中级人民法院申请撤销。"),
        ("p", "一方当事人逾期不履行的，另一方当事人可以向人民法院申请强制执行。"),
    ]:
        run.para(text, f, lead=70, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(420)
    last, y = run.s, run.y + 50
    x = last.width - mm(96)
    for role in ("首席仲裁员", "仲 裁 员", "仲 裁 员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 70
    when = cn_date(c.basis_effective - timedelta(days=1))
    last.text(x, y + 24, when, f)
    seal(last, x + mm(32), y + 24, ARB, rng, radius=mm(21))
    last.text(x, y + 104, f"书 记 员　{person_name(rng)}", f)
    return _folio(run.sheets, "nm", "wenkai")


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(40), ARB, font("serif_bold", 54), spacing=2)
    s.centred(mm(40) + 90, "生效证明书", font("serif_bold", 78), spacing=22)
    no = f"狮劳人仲证〔{c.filed_on.year}〕第{rng.randint(3, 60)}号"
    s.right(s.width - mm(26), mm(40) + 210, no, font("wenkai", 40))
    run = Flowing([s], mm(40) + 310, left=mm(30), right=mm(26))
    f = font("wenkai", 42)
    run.para(f"{COURT}：", f, lead=74)
    run.para(f"申请人{c.applicant.name}等{c.extra['workers']}人与被申请人{c.respondent.name}劳动争议一案，本委于"
             f"{cn_date(c.basis_effective - timedelta(days=1))}作出{c.basis_number}裁决书。该裁决为终局裁决，已依法送达双方当事人，"
             f"被申请人在法定期限内未向泉州市中级人民法院申请撤销，该裁决书已于{cn_date(c.basis_effective)}发生法律效力。",
             f, lead=74, first=f.size * 2)
    run.para("特此证明。", f, lead=74, first=f.size * 2)
    y = run.y + 120
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(6, 15)))
    s.right(s.width - mm(40), y, when, f)
    seal(s, s.width - mm(40) - text_width(when, f) / 2, y + 10, ARB, rng, radius=mm(21))
    return [s]


# ---- what the lawyers type ---------------------------------------------------------------------------------------

def _word_paper(title: str, blocks: list[tuple[str, str]]) -> Flowing:
    """A lawyer's Word page: 黑体 title, GB 宋 body at 1.9 leading, wide margins."""
    s = Sheet()
    s.centred(mm(30), title, font("hei", 66), spacing=8)
    run = Flowing([s], mm(30) + 150, left=mm(31), right=mm(26), top=mm(30))
    f = font("song_gb", 42)
    for kind, text in blocks:
        text = text.replace("〇", "○")
        if kind == "t":
            run.need(80)
            run.s.text(run.left, run.y, text, f)
            run.y += 80
        else:
            run.para(text, f, lead=80, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    return run


def _word_numbers(sheets: list[Sheet]) -> list[Sheet]:
    if len(sheets) > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(16), str(i), font("song_gb", 32))
    return sheets


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    wage = c.extra["tale"] == "wage"
    basis = f"{c.basis_court}{c.basis_number}{'裁决书' if wage else '民事判决书'}"
    rows = [
        ("h", f"申请执行人：{_who(a)}" + (f"（系{c.extra['workers']}名员工推选的代表人）" if wage else "")),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}"),
        ("t", "执行请求："),
        ("p", f"1.请求强制执行{basis}，由被执行人支付{'拖欠工资' if wage else '款项'}{money(c.amount)}；"),
        ("p", "2.请求被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3.请求对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单；"),
        ("p", "4.本案执行费用由被执行人负担。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis}已于{num_date(c.basis_effective)}发生法律效力，被执行人至今未履行。"
              "根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特通过网上立案向贵院申请强制执行。"),
        ("p", "申请执行人同意贵院通过电子诉讼平台、短信等方式电子送达法律文书。"),
        ("t", "此致"), ("t", COURT),
    ]
    run = _word_paper("强制执行申请书", rows)
    run.need(280)
    last, y = run.s, run.y + 60
    f = font("song_gb", 42)
    last.text(last.width - mm(115), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(50), y + 24, a.name, rng, radius=mm(19))
        signature(last, last.width - mm(72), y + 60, a.legal_rep, rng)
    else:
        hand(last, last.width - mm(68), y - 8, a.name, rng, size=58, ink=INK)
        last.draw.ellipse((last.width - mm(30), y + 8, last.width - mm(30) + 34, y + 52), fill=(205, 45, 45))
    last.text(last.width - mm(95), y + 150, f"{d.year}年{d.month}月{d.day}日", f)
    return _word_numbers(run.sheets)


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    wage = c.extra["tale"] == "wage"
    rows = [("h", f"委托人：{_who(a)}"),
            ("h", f"受托人：{c.agent}，{c.firm}律师，地址：{c.extra['firm_addr']}，电话{c.agent_phone}。"),
            ("p", f"委托人因与{c.respondent.name}{c.extra['cause']}申请执行一案，委托上列受托人为执行代理人。"
                  + ("（本委托经石狮市法律援助中心指派，受托人不收取费用。）" if wage else "")),
            ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请采取执行措施、参加执行和解并签订和解协议、代为收取执行款、"
                  "签收法律文书、对终结本次执行程序发表意见。"),
            ("p", "委托期限：自本委托书签署之日起至本案执行终结时止。")]
    run = _word_paper("授权委托书", rows)
    s, y = run.s, run.y + 90
    f = font("song_gb", 42)
    s.text(mm(31), y, "委托人：", f)
    s.text(s.width - mm(105), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(88), y + 100, a.name, rng, radius=mm(19))
        signature(s, mm(60), y + 60, a.legal_rep, rng)
    else:
        hand(s, mm(62), y - 6, a.name, rng, size=58, ink=INK)
        s.draw.ellipse((mm(96), y + 8, mm(96) + 34, y + 52), fill=(205, 45, 45))
    hand(s, s.width - mm(75), y - 6, c.agent, rng, size=56, ink=INK)
    s.text(s.width - mm(100), y + 220, f"{d.year}年{d.month}月{d.day}日", f)
    return run.sheets


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    red = (200, 26, 32)
    s.centred(mm(24), c.firm, font("serif_bold", 78), fill=red, spacing=6)
    s.line(mm(24), mm(24) + 100, s.width - mm(24), mm(24) + 100, width=7, fill=red)
    no = f"闽狮律函〔{d.year}〕{rng.randint(12, 290)}号"
    s.right(s.width - mm(26), mm(24) + 126, no, font("song_gb", 38))
    s.centred(mm(24) + 220, "律师事务所函", font("hei", 64), spacing=12)
    run = Flowing([s], mm(24) + 340, left=mm(30), right=mm(26))
    f = font("song_gb", 42)
    wage = c.extra["tale"] == "wage"
    run.para(f"{COURT}：", f, lead=78)
    run.para(("本所受石狮市法律援助中心指派，" if wage else f"本所接受{c.applicant.name}的委托，") +
             f"指派{c.agent}律师担任{c.applicant.name}与{c.respondent.name}{c.extra['cause']}申请执行一案的代理人。", f,
             lead=78, first=f.size * 2)
    run.para("特此函告。", f, lead=78, first=f.size * 2)
    run.para(f"本所地址：{c.extra['firm_addr']}　联系人：{c.agent}　电话：{c.agent_phone}", f, lead=78)
    y = run.y + 120
    when = f"{d.year}年{d.month}月{d.day}日"
    s.right(s.width - mm(36), y, when, f)
    seal(s, s.width - mm(36) - text_width(when, f) / 2, y + 8, c.firm, rng, radius=mm(20))
    return [s]


# ---- cards and pages of other systems ----------------------------------------------------------------------------

def _card(s: Sheet, x: int, y: int, w: int, h: int, fill: tuple[int, int, int]) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=28, fill=fill, outline=(120, 120, 120), width=2)


def _id_cards(p: Party, rng: random.Random) -> Sheet:
    """Both sides of the resident ID card, photographed and printed on one sheet, the applicant's note in ink."""
    s = Sheet()
    w, h = mm(128), mm(81)
    x = (s.width - w) // 2
    y = mm(30)
    _card(s, x, y, w, h, (226, 234, 238))
    f = font("hei", 34)
    born = p.born or date(1980, 1, 1)
    for k, (label, value) in enumerate((("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                                        ("出生", f"{born.year}　年　{born.month}　月　{born.day}　日"))):
        s.text(x + mm(8), y + mm(9) + k * mm(11), label, font("hei", 28), fill=(60, 90, 130))
        s.text(x + mm(24), y + mm(8) + k * mm(11), value, f)
    s.text(x + mm(8), y + mm(42), "住址", font("hei", 28), fill=(60, 90, 130))
    addr = p.address
    for k in range(0, len(addr), 11):
        s.text(x + mm(24), y + mm(41) + (k // 11) * mm(7), addr[k:k + 11], font("hei", 30))
    s.text(x + mm(8), y + mm(68), "公民身份号码", font("hei", 28), fill=(60, 90, 130))
    s.text(x + mm(40), y + mm(67), p.id_number, font("sans_bold", 40))
    s.draw.rectangle((x + w - mm(36), y + mm(10), x + w - mm(8), y + mm(48)), fill=(190, 196, 204))
    s.draw.ellipse((x + w - mm(28), y + mm(16), x + w - mm(16), y + mm(30)), fill=(120, 110, 105))
    y2 = y + h + mm(16)
    _card(s, x, y2, w, h, (232, 236, 226))
    s.centred(y2 + mm(16), "中华人民共和国", font("serif_bold", 48), x0=x + mm(20), x1=x + w)
    s.centred(y2 + mm(30), "居 民 身 份 证", font("serif_bold", 58), x0=x + mm(20), x1=x + w)
    s.draw.ellipse((x + mm(8), y2 + mm(8), x + mm(30), y2 + mm(30)), outline=(180, 40, 40), width=5)
    s.text(x + mm(20), y2 + mm(54), f"签发机关　{p.address.split('县')[0]}县公安局", font("hei", 28))
    s.text(x + mm(20), y2 + mm(64), f"有效期限　{born.year + 30}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期",
           font("hei", 28))
    hand(s, mm(40), y2 + h + mm(20), "此复印件与原件一致，仅供石狮法院执行立案使用", rng, size=46, ink=PEN)
    hand(s, mm(120), y2 + h + mm(36), p.name, rng, size=52, ink=PEN)
    return s


def _licence(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 律师执业证's photo page and its record page, copied side by side on an A4 sheet."""
    s = Sheet()
    w, h = mm(84), mm(118)
    y = mm(40)
    for k in range(2):
        x = mm(18) + k * (w + mm(6))
        s.box(x, y, x + w, y + h, width=2, outline=(90, 90, 90))
    x = mm(18)
    s.centred(y + mm(10), "中华人民共和国", font("serif_bold", 40), x0=x, x1=x + w)
    s.centred(y + mm(20), "律师执业证", font("serif_bold", 56), x0=x, x1=x + w)
    s.draw.rectangle((x + mm(28), y + mm(36), x + mm(56), y + mm(72)), fill=(180, 180, 184))
    f = font("song_gb", 32)
    for k, line in enumerate((f"执业机构　{c.firm}", "执业证类别　专职律师", f"执业证号　{c.extra['licence']}",
                              "发证机关　福建省司法厅", f"发证日期　{rng.randint(2016, 2022)}年{rng.randint(1, 12)}月")):
        s.text(x + mm(5), y + mm(78) + k * mm(8), line, f)
    x2 = mm(18) + w + mm(6)
    s.centred(y + mm(10), "持证人", font("serif_bold", 40), x0=x2, x1=x2 + w)
    for k, line in enumerate((f"姓名　{c.agent}", f"性别　{rng.choice('男女')}",
                              f"身份证号　350581{rng.randint(1975, 1995)}{rng.randint(1000, 1228)}****",
                              "年度考核　称职", f"备案日期　{c.filed_on.year - 1}年5月")):
        s.text(x2 + mm(6), y + mm(26) + k * mm(10), line, f)
    seal(s, x2 + w - mm(24), y + mm(90), "福建省司法厅", rng, radius=mm(15))
    hand(s, mm(30), y + h + mm(18), f"与原件核对一致　{c.agent}", rng, size=44, ink=PEN)
    return s


def _e_licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """The applicant's 电子营业执照 as its WeChat mini-program shows it: a screenshot, printed on its own."""
    ph = Phone(bg=(246, 240, 230))
    ph.status_bar(f"{rng.randint(9, 17)}:{rng.randint(10, 59)}", rng.randint(30, 95))
    ph.nav("电子营业执照", bg=(246, 240, 230))
    ph.draw.rectangle((30, 180, PHONE_W - 30, 1380), outline=(190, 150, 80), width=6)
    ph.text(PHONE_W / 2, 250, "营 业 执 照", 54, bold=True, anchor="ma", fill=(150, 30, 30))
    ph.text(PHONE_W / 2, 330, "（电子）", 28, anchor="ma")
    y = 420
    for label, value in (("统一社会信用代码", p.id_number), ("名称", p.name), ("类型", "有限责任公司（自然人投资或控股）"),
                         ("法定代表人", p.legal_rep), ("经营范围", "服装面料、纺织品批发零售；服装设计；互联网销售" if
                                                        "纺织" in p.name else "互联网直播技术服务；网络销售服装鞋帽；广告发布"),
                         ("成立日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                         ("住所", p.address)):
        ph.text(60, y, label, 24, fill=(120, 90, 40))
        ph.text(60, y + 34, value[:22], 27)
        if len(value) > 22:
            ph.text(60, y + 70, value[22:], 27)
            y += 36
        y += 104
    ph.text(PHONE_W / 2, 1300, "登记机关：石狮市市场监督管理局", 24, anchor="ma")
    ph.draw.rounded_rectangle((120, 1420, PHONE_W - 120, 1490), radius=35, fill=(200, 40, 40))
    ph.text(PHONE_W / 2, 1436, "亮照 · 出示", 30, fill=(255, 255, 255), anchor="ma")
    ph.home_bar()
    return print_shots([ph], rng, caption="申请执行人营业执照（电子营业执照截图）")


def _gsxt(p: Party, c: CaseCtx, d: date) -> Sheet:
    """The respondent's page of the 国家企业信用信息公示系统 as the lawyer's browser printed it: the browser's date and
    title in the top margin, the address and 1/1 in the bottom margin."""
    s = Sheet()
    small = sans(22)
    s.text(mm(10), mm(6), f"{d.year}/{d.month}/{d.day} 15:{len(p.name) * 3:02d}", small)
    s.centred(mm(6), "国家企业信用信息公示系统", small)
    s.draw.rectangle((mm(14), mm(16), s.width - mm(14), mm(40)), fill=(26, 92, 170))
    s.text(mm(22), mm(22), "国家企业信用信息公示系统", font("sans_bold", 46), fill=(255, 255, 255))
    s.text(mm(18), mm(52), p.name, font("sans_bold", 48))
    s.draw.rounded_rectangle((mm(18), mm(68), mm(48), mm(76)), radius=8, fill=(230, 120, 40))
    s.text(mm(20), mm(68) + 4, "存续（在营、开业、在册）" if c.extra["tale"] != "wage" else "吊销，未注销", sans(22),
           fill=(255, 255, 255))
    w = s.width - mm(36)
    rows = [["统一社会信用代码", p.id_number, "企业名称", p.name], ["类型", "有限责任公司", "法定代表人", p.legal_rep],
            ["注册资本", f"{(len(p.name) * 37) % 900 + 100}万元人民币", "成立日期", f"20{10 + len(p.address) % 12}年03月1{len(p.name) % 10}日"],
            ["登记机关", "石狮市市场监督管理局" if "石狮" in p.name else "晋江市市场监督管理局", "核准日期", f"{d.year - 1}年11月02日"],
            ["住所", p.address]]
    cells(s, mm(18), mm(86), [mm(40), mm(56), mm(30), w - mm(126)], rows, sans(26), heights=mm(16), shade=(0, 2),
          ink=(170, 170, 170), line_w=1)
    s.text(mm(10), s.height - mm(10), "https://www.gsxt.gov.cn/corp-query-entprise-info-xxx.html", small)
    s.right(s.width - mm(10), s.height - mm(10), "1/1", small)
    return s


def _e_bill(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """福建省非税收入 e-bill (财政电子票据) printed from its PDF: a red-brown frame and title, the 监制章 oval, the table,
    the check code, and the court's 财务专用章 as an electronic seal."""
    s = Sheet(size=(mm(210), mm(140)))
    brown = (160, 60, 40)
    s.centred(mm(10), "福建省非税收入统一票据（电子）", font("serif_bold", 52), fill=brown)
    s.draw.ellipse((s.width / 2 - mm(16), mm(22), s.width / 2 + mm(16), mm(38)), outline=RED, width=3)
    s.text(s.width / 2 - mm(11), mm(26), "福建省财政厅监制", font("serif", 22), fill=RED)
    f = sans(26)
    s.text(mm(12), mm(42), f"票据代码：35010124　票据号码：{rng.randint(10**9, 10**10 - 1)}", f, fill=brown)
    s.text(mm(12), mm(49), f"交款人：{c.applicant.name}", f, fill=brown)
    s.right(s.width - mm(12), mm(42), f"校验码：{rng.randint(100000, 999999)}", f, fill=brown)
    s.right(s.width - mm(12), mm(49), f"开票日期：{d:%Y-%m-%d}", f, fill=brown)
    w = s.width - mm(24)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040101", "申请执行费", "件", "1", "", f"{c.extra['fee']:,.2f}"],
            ["", "", "", "", "", ""],
            [f"金额合计（大写）　{money_caps(c.extra['fee'])}", f"（小写）{c.extra['fee']:,.2f}"],
            [f"备注：案号{c.number}"]]
    cells(s, mm(12), mm(56), [mm(30), mm(50), mm(16), mm(16), mm(20), w - mm(132)], rows, sans(24),
          heights=[mm(9), mm(10), mm(8), mm(10), mm(10)], shade=(), ink=brown, line_w=2)
    s.text(mm(12), mm(112), f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", sans(24),
           fill=brown)
    e_seal(s, mm(60), mm(118), COURT, "财务专用章", radius=mm(14))
    return s


# ---- forms ---------------------------------------------------------------------------------------------------------

def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The court's printed form (downloaded from the platform's template page) filled in blue ballpoint."""
    a, r = c.applicant, c.respondent
    wage = c.extra["tale"] == "wage"
    if code == "property_clue_form":
        title = "被执行人财产线索表"
        rows = [("案号", ""), ("申请执行人", a.name), ("被执行人", r.name),
                ("银行账户", "不清楚" if wage else f"{c.extra.get('r_bank', '兴业银行石狮分行')}基本户"),
                ("不动产", "无"), ("车辆", "不清楚" if wage else "闽C货车一辆（送货用）"),
                ("其他财产", "厂里还有一批成品服装" if wage else "应收货款、网店平台余额"),
                ("线索来源", "员工了解" if wage else "业务往来")]
        signer = a.name if a.kind == "person" else a.legal_rep
    elif code == "payment_account_confirmation":
        title = "申请执行人收取案款确认书"
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("账号", c.extra["in_acct"]), ("联系电话", a.phone),
                ("承诺", "以上账户真实有效，执行款汇入该账户即视为本人已收到")]
        signer = a.name if a.kind == "person" else a.legal_rep
    else:
        title = "财产申报表"
        rows = [("被执行人", r.name), ("法定代表人", r.legal_rep), ("银行存款", "基本户余额约三千元" if not wage else "无"),
                ("房产、土地", "无"), ("车辆", "无" if wage else "闽C货车一辆"),
                ("债权、股权", "无" if wage else "客户欠货款约五万元"), ("收入情况", "已停产，无收入" if wage else "订单减少"),
                ("申报承诺", "以上申报属实")]
        signer = r.legal_rep
    s = Sheet()
    s.centred(mm(22), COURT, font("song_gb", 44), spacing=3)
    s.centred(mm(22) + 70, title, font("hei", 62), spacing=10)
    x = mm(20)
    w = s.width - 2 * x
    heights = [mm(16)] * len(rows)
    boxes = cells(s, x, mm(22) + 170, [mm(46), w - mm(46)], [[label, ""] for label, _ in rows], font("song_gb", 36),
                  heights=heights, shade=(0,), fill=(246, 246, 246))
    right = [b for b in boxes if b[0] > x]
    for (_label, value), b in zip(rows, right, strict=True):
        if value:
            hand(s, b[0] + mm(5), b[1] + mm(4), value[:24], rng, size=42, ink=PEN)
    y = right[-1][3] + mm(16)
    s.text(s.width - mm(120), y, "签名（盖章）：", font("song_gb", 38))
    hand(s, s.width - mm(70), y - 8, signer, rng, size=54, ink=PEN)
    hand(s, s.width - mm(100), y + mm(16), num_date(d), rng, size=42, ink=PEN)
    s.text(x, s.height - mm(22), "（本表可在福建法院电子诉讼平台“文书样式”下载填写）", font("song_gb", 28))
    return s


def _address_eform(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """送达地址确认书 filled in on the platform at online filing and printed from it: ticked boxes, the agent's signature
    written on the phone screen."""
    s = Sheet()
    s.centred(TOP, COURT, font("sans_bold", 46), spacing=4)
    s.centred(TOP + 80, "送达地址确认书", font("serif_bold", 70), spacing=16)
    a = c.applicant
    w = s.width - LEFT - RIGHT
    rows = [["案号", "立案后自动生成"], ["受送达人", a.name], ["委托代理人", f"{c.agent}（{c.firm}）"],
            ["是否同意电子送达", "☑ 同意　☐ 不同意"], ["电子送达方式", "☑ 短信　☑ 福建移动微法院　☐ 电子邮箱"],
            ["接收手机号码", c.agent_phone], ["送达地址", c.extra["firm_addr"]], ["收件人", c.agent],
            ["告知事项", "1.受送达人应确保上述地址、号码真实有效；2.地址变更应及时书面告知法院，未告知的，按上述地址送达即视为送达；"
                     "3.电子送达以信息到达受送达人特定系统的日期为送达日期。"]]
    boxes = cells(s, LEFT, TOP + 190, [mm(46), w - mm(46)], rows, body(33), heights=[mm(13)] * 8 + [mm(34)], shade=(0,))
    y = boxes[-1][3] + mm(14)
    s.text(LEFT, y + 30, "受送达人（电子签名）：", body(38))
    signature(s, LEFT + mm(80), y + 16, c.agent, rng)
    s.text(LEFT + mm(80), y + mm(16), f"签署时间：{d:%Y-%m-%d} 16:{rng.randint(10, 59)}:{rng.randint(10, 59)}", sans(24))
    stamp_platform([s], c, "service_address_confirmation", datetime(d.year, d.month, d.day, 16, 59, 2))
    return s


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's feedback list printed in a monospaced face: banks, then 不动产/车辆/证券/网络资金."""
    r = c.respondent
    rich = c.extra["tale"] == "live"
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "兴业银行", "泉州银行", "福建石狮农村商业银行",
             "中国邮政储蓄银行", "招商银行"]
    mono = font("mono", 28)
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(20), "网络执行查控系统　查询结果反馈表（总对总）", font("sans_bold", 46))
    s.text(mm(16), mm(34), f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", mono)
    s.text(mm(16), mm(41), f"查询发起：{d:%Y-%m-%d} 09:12　承办人：{c.officer}", mono)
    w = s.width - mm(32)
    rows = [["序号", "协助单位", "反馈结果", "账户/财产", "余额（元）", "反馈时间"]]
    for i, b in enumerate(banks, 1):
        hit = rich and b in c.extra.get("r_bank", "")
        if c.extra["tale"] == "fabric" and i == 6:
            rows.append([str(i), b, "有账户", f"{rng.randint(10**11, 10**12 - 1)}", f"{rng.randint(300, 4000)}.{rng.randint(10, 99)}",
                         f"{d + timedelta(days=1):%m-%d}"])
        elif hit:
            rows.append([str(i), b, "有账户", c.extra["r_acct"], f"{c.amount + rng.randint(2000, 90000):,.2f}",
                         f"{d + timedelta(days=1):%m-%d}"])
        else:
            rows.append([str(i), b, "无账户" if rng.random() < 0.6 else "有账户", "—", "0.00", f"{d + timedelta(days=1):%m-%d}"])
    cells(s, mm(16), mm(50), [mm(12), mm(44), mm(22), mm(48), mm(28), w - mm(154)], rows, mono, heights=mm(10), shade=())
    s2 = Sheet()
    sheets.append(s2)
    s2.text(mm(16), mm(20), "（续）不动产、车辆、证券、网络资金查询结果", font("sans_bold", 40))
    rows2 = [["序号", "协助单位", "反馈结果", "反馈时间"],
             ["1", "自然资源部（不动产登记）", "未查询到不动产", f"{d + timedelta(days=2):%m-%d}"],
             ["2", "公安部交通管理局（车辆）", "未查询到车辆" if c.extra["tale"] != "fabric" else
              f"机动车1辆（闽C·D{rng.randint(1000, 9999)}，抵押）", f"{d + timedelta(days=2):%m-%d}"],
             ["3", "中国证券登记结算有限公司", "无证券账户", f"{d + timedelta(days=3):%m-%d}"],
             ["4", "支付宝（中国）网络技术有限公司", "有账户，余额0.00元", f"{d + timedelta(days=1):%m-%d}"],
             ["5", "财付通支付科技有限公司", "有账户，余额0.00元", f"{d + timedelta(days=1):%m-%d}"],
             ["6", "京东、拼多多等网络平台", "无资金", f"{d + timedelta(days=4):%m-%d}"]]
    cells(s2, mm(16), mm(34), [mm(14), mm(76), mm(66), w - mm(156)], rows2, mono, heights=mm(12), shade=())
    s2.text(mm(16), mm(34) + mm(12) * 7 + mm(10), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=5):%Y-%m-%d} 14:20", mono)
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(12), f"第{i}页 共{len(sheets)}页", mono)
        sh.page_of = (i, len(sheets))
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The parties' typed 执行和解协议: three instalments, WeChat or bank transfer, signatures, fingerprints and seals."""
    a, r = c.applicant, c.respondent
    inst = c.extra["instalments"]
    how = {"wechat": "微信转账至甲方法定代表人微信", "bank": "银行转账至甲方对公账户"}
    rows = [("h", f"甲方（申请执行人）：{a.name}，法定代表人：{a.legal_rep}。"),
            ("h", f"乙方（被执行人）：{r.name}，法定代表人：{r.legal_rep}。"),
            ("h", f"丙方（担保人）：{r.legal_rep}，公民身份号码{c.extra['owner_id']}。"),
            ("p", f"甲、乙双方就{COURT}{c.number}执行一案，在执行法官主持下自愿达成和解协议如下："),
            ("p", f"一、乙方确认尚欠甲方货款{money(c.amount)}，甲方放弃迟延履行期间的债务利息。")]
    for k, (when, amount, way) in enumerate(inst, 1):
        rows.append(("p", f"{'二三四'[k - 1]}、第{k}期：乙方于{num_date(when)}前支付{amount:,.2f}元，以{how[way]}方式支付。"))
    rows += [("p", "五、丙方自愿对乙方上述债务承担连带保证责任。乙方任一期未按时足额支付的，甲方有权申请恢复执行原生效法律文书。"),
             ("p", "六、各方同意付款后由付款方将转账截图、银行电子回单上传至福建法院电子诉讼平台本案卷宗。"),
             ("p", "七、本协议一式四份，三方各执一份，交执行法院一份附卷。")]
    run = _word_paper("执行和解协议", rows)
    run.need(380)
    s, y = run.s, run.y + 60
    f = font("song_gb", 40)
    s.text(mm(31), y, "甲方（盖章）：", f)
    seal(s, mm(95), y + 40, a.name, rng, radius=mm(18))
    signature(s, mm(70), y + 90, a.legal_rep, rng)
    s.text(s.width / 2 + mm(5), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(70), y + 40, r.name, rng, radius=mm(18))
    s.text(mm(31), y + 210, "丙方（签名、捺印）：", f)
    hand(s, mm(102), y + 200, r.legal_rep, rng, size=56, ink=INK)
    s.draw.ellipse((mm(140), y + 205, mm(140) + 36, y + 250), fill=(205, 45, 45))
    s.text(s.width - mm(100), y + 300, f"{d.year}年{d.month}月{d.day}日", f)
    return _word_numbers(run.sheets)


# ---- proof of payment: screenshots and receipts --------------------------------------------------------------------

def _chat(c: CaseCtx, rng: random.Random, when: date, amount: Decimal, k: int) -> Phone:
    """The WeChat chat between the factory owner and the supplier's boss: the transfer card and a line or two."""
    ph = Phone(bg=WECHAT_BG)
    ph.status_bar(f"{rng.randint(10, 21)}:{rng.randint(10, 59)}", rng.randint(20, 90))
    y = ph.nav(c.extra["wechat_of"], bg=WECHAT_BG) + 30
    me, them = (120, 160, 200), (200, 150, 110)
    y = time_tag(ph, y, f"{when.month}月{when.day}日 上午{rng.randint(9, 11)}:{rng.randint(10, 59)}")
    y = bubble(ph, y, f"{c.applicant.legal_rep[0]}总，第{k}期{amount:,.0f}现在转你，按法院和解协议的", mine=False, avatar=them)
    y = transfer_bubble(ph, y, f"{amount:,.2f}", f"第{k}期还款", mine=False, received=True, avatar=them)
    y = bubble(ph, y, "收到了，转账截图我传到法院平台上", mine=True, avatar=me)
    y = bubble(ph, y, "好的，下期按时", mine=False, avatar=them)
    ph.draw.rectangle((0, ph.height - 120, PHONE_W, ph.height), fill=(247, 247, 247))
    ph.draw.rounded_rectangle((90, ph.height - 100, PHONE_W - 150, ph.height - 40), radius=8, fill=(255, 255, 255))
    ph.home_bar()
    return ph


def _wechat_detail(c: CaseCtx, rng: random.Random, when: date, amount: Decimal) -> Phone:
    ph = Phone()
    ph.status_bar(f"{rng.randint(10, 21)}:{rng.randint(10, 59)}", rng.randint(20, 90))
    ph.nav("", bg=(255, 255, 255), more=False)
    ph.draw.ellipse((PHONE_W / 2 - 60, 230, PHONE_W / 2 + 60, 350), fill=(7, 193, 96))
    ph.draw.line((PHONE_W / 2 - 30, 292, PHONE_W / 2 - 6, 316), fill=(255, 255, 255), width=8)
    ph.draw.line((PHONE_W / 2 - 6, 316, PHONE_W / 2 + 34, 268), fill=(255, 255, 255), width=8)
    ph.text(PHONE_W / 2, 390, "你已收款", 32, anchor="ma")
    ph.text(PHONE_W / 2, 450, f"¥{amount:,.2f}", 64, bold=True, anchor="ma")
    ph.text(PHONE_W / 2, 560, "已存入零钱　零钱余额", 24, fill=(87, 107, 149), anchor="ma")
    ph.draw.line((40, 640, PHONE_W - 40, 640), fill=(230, 230, 230), width=2)
    y = 680
    t = datetime(when.year, when.month, when.day, rng.randint(9, 11), rng.randint(0, 59), rng.randint(0, 59))
    y = ph.row(y, "转账时间", f"{t:%Y年%m月%d日 %H:%M:%S}")
    y = ph.row(y, "收款时间", f"{t + timedelta(minutes=rng.randint(1, 40)):%Y年%m月%d日 %H:%M:%S}")
    y = ph.row(y, "转账说明", "第1期还款")
    ph.row(y, "转账单号", f"1000050{rng.randint(10**14, 10**15 - 1)}{when:%m%d}")
    ph.home_bar()
    return ph


def _bank_receipt(c: CaseCtx, rng: random.Random, when: date, amount: Decimal) -> Sheet:
    """A bank's 网上银行电子回单 printed from its PDF: a ruled slip, the 电子回单专用章 and the verification line."""
    s = Sheet(size=(mm(210), mm(148)))
    bank = "兴业银行"
    s.text(mm(12), mm(8), bank, font("sans_bold", 44), fill=(0, 60, 140))
    s.centred(mm(10), "网上银行电子回单", font("serif_bold", 52))
    s.right(s.width - mm(12), mm(12), f"电子回单号码：{rng.randint(10**15, 10**16 - 1)}", sans(24))
    a, r = c.applicant, c.respondent
    w = s.width - mm(24)
    t = datetime(when.year, when.month, when.day, rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59))
    rows = [["付款人", "户名", r.name, "收款人", "户名", a.name],
            ["", "账号", f"{rng.randint(10**17, 10**18 - 1)}", "", "账号", c.extra["in_acct"]],
            ["", "开户行", "兴业银行石狮支行", "", "开户行", c.extra["in_bank"]],
            ["金额", f"{money(amount)}"],
            ["摘要", "货款（第2期，执行和解）", "业务种类", "跨行转账"],
            ["交易流水号", f"{rng.randint(10**11, 10**12 - 1)}", "交易时间", f"{t:%Y-%m-%d %H:%M:%S}"]]
    cells(s, mm(12), mm(24), [mm(18), mm(16), mm(60), mm(18), mm(16), w - mm(128)], rows, sans(24),
          heights=mm(11), shade=(0, 3), line_w=1)
    s.text(mm(12), mm(24) + mm(66) + mm(4), "本回单可通过兴业银行网站“电子回单验证”功能验证，重复打印无效。", sans(22))
    s.text(mm(12), mm(24) + mm(66) + mm(11), f"验证码：{rng.randint(10**7, 10**8 - 1)}　打印次数：1　打印日期："
                                             f"{when + timedelta(days=1):%Y-%m-%d}", sans(22))
    e_seal(s, s.width - mm(40), mm(118), "兴业银行股份有限公司石狮支行", "电子回单专用章", radius=mm(17))
    return s


def _fabric_payments(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Three proofs filed by the parties: the first instalment's WeChat chat and 收款 page two to a sheet; the second's
    bank 电子回单 with the lawyer's note; the third's chat alone."""
    inst = c.extra["instalments"]
    (d1, m1, _), (d2, m2, _), (d3, m3, _) = inst
    one = print_shots([_chat(c, rng, d1, m1, 1), _wechat_detail(c, rng, d1, m1)], rng,
                      caption=f"{c.number}　第1期还款微信转账截图（{num_date(d1)}）")
    two = Sheet()
    slip = _bank_receipt(c, rng, d2, m2)
    two.image.paste(slip.image, (0, mm(24)))
    two.lines.append(f"{c.number}　第2期还款银行电子回单")
    two.text(mm(18), mm(10), f"{c.number}　第2期还款银行电子回单", font("song_gb", 40))
    two.lines.extend(slip.lines)
    hand(two, mm(30), mm(190), f"第2期{m2:,.0f}元已收到。{c.applicant.legal_rep}", rng, size=48, ink=PEN)
    two.starts_document = True
    three = print_shots([_chat(c, rng, d3, m3, 3)], rng, caption=f"{c.number}　第3期（尾款）微信转账截图（{num_date(d3)}）")
    three.starts_document = True
    return [one, two, three]


def _payout(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's 执行款发放凭证 printed from the platform (一案一账号), and the applicant's business-banking app showing
    it arrived."""
    paid = c.extra["paid_out"]
    s = Sheet()
    s.centred(TOP, COURT, font("sans_bold", 46), spacing=4)
    s.centred(TOP + 80, "执行款发放凭证", font("serif_bold", 70), spacing=14)
    w = s.width - LEFT - RIGHT
    fee = c.extra["fee"]
    rows = [["案号", c.number], ["到账情况", f"{num_date(c.extra['deducted'])}自被执行人{c.respondent.name}"
                                       f"{c.extra['r_bank']}账户划拨{c.amount:,.2f}元"],
            ["领款人", c.applicant.name], ["收款账户", f"{c.extra['in_bank']}　{c.extra['in_acct']}"],
            ["发放金额", money(c.amount)], ["其中", f"申请执行费{fee:,.2f}元另行向被执行人收取后退还申请执行人"],
            ["审批", f"承办人{c.officer}　庭长{c.judge}　财务{person_name(rng)}"],
            ["支付状态", f"支付成功（{paid:%Y-%m-%d} 15:{rng.randint(10, 59)}，银行流水{rng.randint(10**13, 10**14 - 1)}）"]]
    cells(s, LEFT, TOP + 200, [mm(34), w - mm(34)], rows, body(34), heights=[mm(14), mm(20), mm(14), mm(14), mm(14),
                                                                              mm(20), mm(14), mm(20)], shade=(0,))
    e_seal(s, s.width - RIGHT - mm(50), TOP + 200 + mm(150) + mm(30), COURT, "执行款专用")
    s.right(s.width - RIGHT - mm(10), TOP + 200 + mm(150) + mm(22), cn_date(paid), body(40))
    stamp_platform([s], c, "payment_voucher", datetime(paid.year, paid.month, paid.day, 16, 30, 0))
    ph = Phone(bg=(245, 245, 245))
    ph.status_bar(f"{rng.randint(15, 20)}:{rng.randint(10, 59)}", rng.randint(20, 90), dark=True, bar=ALIPAY_BLUE)
    ph.nav("交易详情", bg=ALIPAY_BLUE, ink=(255, 255, 255))
    ph.draw.rectangle((0, 150, PHONE_W, 560), fill=(255, 255, 255))
    ph.draw.ellipse((PHONE_W / 2 - 44, 190, PHONE_W / 2 + 44, 278), fill=(230, 60, 50))
    ph.text(PHONE_W / 2, 210, "法", 40, fill=(255, 255, 255), bold=True, anchor="ma")
    ph.text(PHONE_W / 2, 300, COURT, 28, anchor="ma")
    ph.text(PHONE_W / 2, 360, f"+{c.amount:,.2f}", 64, bold=True, anchor="ma")
    ph.text(PHONE_W / 2, 460, "交易成功", 26, fill=(120, 120, 120), anchor="ma")
    ph.draw.rectangle((0, 580, PHONE_W, 1200), fill=(255, 255, 255))
    y = 610
    y = ph.row(y, "付款方", f"{COURT}（执行款专户）")
    y = ph.row(y, "收款账户", f"{c.applicant.name}（尾号{c.extra['in_acct'][-4:]}）")
    y = ph.row(y, "转账备注", f"{c.number}执行款")
    y = ph.row(y, "到账时间", f"{paid:%Y-%m-%d} 15:{rng.randint(10, 59)}")
    ph.row(y, "交易类型", "跨行汇入")
    ph.home_bar()
    shot = print_shots([ph], rng, caption="申请执行人收款截图（企业手机银行）")
    shot.starts_document = True
    return [s, shot]
