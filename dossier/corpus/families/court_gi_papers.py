"""What 运河区法院执行局 receives, each in its maker's style: this court's 支付令 (督促程序, 民督 number, served on the
debtor, no objection) with the 民事审判庭's 生效证明; the criminal division's 刑事附带民事判决书 for a 交通肇事 (the
driver convicted, the driver and his transport company ordered to compensate); a civil judgment — the divisions
print in 明体 with "— n —" folios; the lawyers' applications in 仿宋-like 文楷 with an underlined title; a law firm's letter under a
blue letterhead; card copies; the window's forms filled in ballpoint; the 河北省非税收入 slip in brown; the 查控
printout in monospace; a bank's 回单 in green."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_gi_kit import (
    COURT,
    Flow,
    L,
    R,
    T,
    ball,
    folios,
    form_title,
    frame,
    gb,
    paper,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
BROWN = (130, 80, 40)
TEAL = (20, 110, 100)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gi import made_on

    d = made_on(c, code)
    tale = c.extra["tale"]
    if code == "enforcement_basis":
        return {"bolt": _payment_order, "crash": _criminal_civil, "jujube": _judgment}[tale](c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
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
        return _licence_copy(p, c, rng) if p.kind == "organisation" else _id_copy(p, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settled(c, rng, d)
    if code == "payment_voucher":
        return _slip(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，身份证号{p.id_number}。"


def _division(c: CaseCtx, rng: random.Random, title: str, number: str, blocks: list[tuple[str, str]],
              signers: list[tuple[str, str]], day: date) -> list[Sheet]:
    """A trial division's paper: court name and body in AR PL 明体, the title in bold Noto serif, the number right,
    ragged right, "— n —" folios, the clerk under the date."""
    s = Sheet()
    s.centred(T, COURT, font("ming", 52), spacing=4)
    s.centred(T + 86, title, font("serif_bold", 74 if len(title) < 8 else 62), spacing=24 if len(title) < 8 else 4)
    run = Flow([s], T + 210, left=mm(28), right=mm(26))
    run.at(number, font("ming", 38), lead=86, flush=True)
    f = font("ming", 40)
    for kind, text in blocks:
        if kind == "h":
            run.para(text, f, lead=68, hang=f.size * 2)
        else:
            run.para(text, f, lead=68, indent=f.size * 2)
    run.room(74 * len(signers) + 320)
    last, y = run.s, run.y + 56
    x = last.width - mm(96)
    for role, name in signers:
        last.text(x, y, f"{role}　{name}", f)
        y += 72
    when = cn_date(day)
    last.text(x, y + 18, when, f)
    seal(last, x + text_width(when, f) / 2, y + 26, COURT, rng, radius=mm(20))
    last.text(x, y + 106, f"书 记 员　{person_name(rng)}", f)
    return folios(run.sheets, font("ming", 30), dash=True)


def _payment_order(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """督促程序's 支付令: the creditor's claim, the debtor told to pay within fifteen days or object in writing."""
    a, r = c.applicant, c.respondent
    issued = c.basis_effective - timedelta(days=rng.randint(17, 24))
    asked = issued - timedelta(days=rng.randint(4, 5))
    price = c.amount
    c.extra["order_day"] = issued
    return _division(c, rng, "支付令", c.basis_number, [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"申请人{a.name}于{cn_date(asked)}向本院申请支付令。申请人称：2022年6月至2023年2月，申请人陆续向被申请人"
              f"供应{c.extra['goods']}，用于被申请人法兰、弯头等管件的配套出货，双方每月对账。经2023年3月对账，被申请人"
              f"确认尚欠货款{price:,.2f}元，并在对账单上加盖公章，约定于2023年5月底前付清，到期后分文未付。申请人"
              "提交了购销合同、送货单、对账单等证据。"),
        ("p", "本院经审查认为，申请人的申请符合《中华人民共和国民事诉讼法》第二百二十一条的规定，债权债务关系明确、"
              "合法。依照《中华人民共和国民事诉讼法》第二百二十三条的规定，特发出如下支付令："),
        ("p", f"被申请人{r.name}应当自收到本支付令之日起十五日内，给付申请人{a.name}货款{price:,.2f}元，并负担"
              f"申请费{(int(price) // 100 + 25) // 3}元。"),
        ("p", "被申请人如对本支付令有异议，应当自收到本支付令之日起十五日内向本院书面提出。逾期不提出书面异议，"
              "本支付令即发生法律效力，申请人可以向人民法院申请执行。"),
    ], [("审 判 员", c.extra.setdefault("civil_judge", person_name(rng)))], issued)


def _criminal_civil(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The criminal division's 刑事附带民事判决书 for 交通肇事: the prosecution, the facts of the crash, the driver's
    sentence, then the driver and the transport company ordered to compensate the victim's family."""
    a, r = c.applicant, c.respondent
    drv, vic = c.extra["driver"], c.extra["victim"]
    born = date(rng.randint(1975, 1990), rng.randint(1, 12), rng.randint(1, 28))
    crash = c.basis_effective - timedelta(days=rng.randint(210, 300))
    decided = c.basis_effective - timedelta(days=rng.randint(11, 14))
    amount = c.amount
    burial = Decimal(rng.randint(420, 470)) * 100
    death = (amount - burial - Decimal(15000)).quantize(Decimal("0.01"))
    return _division(c, rng, "刑事附带民事判决书", c.basis_number, [
        ("h", "公诉机关沧州市运河区人民检察院。"),
        ("h", f"附带民事诉讼原告人{a.name}，{a.sex}，系被害人{vic}之妻，住{a.address}。"),
        ("h", f"被告人暨附带民事诉讼被告人{drv}，男，{born.year}年{born.month}月{born.day}日出生，汉族，驾驶员，"
              f"住沧州市运河区。因涉嫌犯交通肇事罪于{cn_date(crash + timedelta(days=2))}被取保候审，"
              f"{cn_date(decided)}被逮捕。"),
        ("h", f"附带民事诉讼被告人{r.name}，住所地{r.address}。法定代表人{r.legal_rep}。"),
        ("p", f"沧州市运河区人民检察院以沧运检刑诉〔2023〕{rng.randint(100, 480)}号起诉书指控被告人{drv}犯交通肇事罪，"
              f"附带民事诉讼原告人{a.name}提起附带民事诉讼。本院依法组成合议庭，公开开庭进行了合并审理。本案现已审理终结。"),
        ("p", f"经审理查明：{cn_date(crash)}5时许，被告人{drv}驾驶{r.name}所有的{c.extra['plate']}重型半挂牵引车，"
              f"沿运河区永济西路由东向西行驶至与解放西路交叉口时，未按交通信号灯通行，与驾驶电动三轮车外出进货的"
              f"{vic}（经营驴肉火烧店）相撞，致{vic}经抢救无效死亡。经沧州市公安交通警察支队运河大队认定，"
              f"{drv}负事故全部责任。案发后{drv}在现场等候处理，如实供述犯罪事实。"),
        ("p", f"本院认为，被告人{drv}违反交通运输管理法规，因而发生重大事故，致一人死亡，负事故全部责任，其行为已构成"
              f"交通肇事罪。{drv}系{r.name}雇佣的驾驶员，事发时执行运输任务，该公司应对其造成的损失承担赔偿责任。"
              "肇事车辆投保的交强险已赔付十八万元，超出部分由被告人与被告单位连带赔偿。依照《中华人民共和国刑法》"
              "第一百三十三条、第六十七条第一款，《中华人民共和国民法典》第一千一百九十一条、第一千一百七十九条，"
              "《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》第一百九十二条之规定，判决如下："),
        ("p", f"一、被告人{drv}犯交通肇事罪，判处有期徒刑{c.extra['years']}。"),
        ("p", f"二、被告人{drv}、附带民事诉讼被告人{r.name}于本判决生效之日起十日内连带赔偿附带民事诉讼原告人"
              f"{a.name}等死亡赔偿金{death:,.2f}元、丧葬费{burial:,.2f}元、交通费及处理丧葬事宜误工费15,000.00元，"
              f"共计{amount:,.2f}元。"),
        ("p", "如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向河北省沧州市中级人民法院提出上诉。"),
    ], [("审 判 长", person_name(rng)), ("人民陪审员", person_name(rng)), ("人民陪审员", person_name(rng))], decided)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(45, 65))
    price = c.amount
    boxes = int(c.extra["boxes"])
    story = (f"2022年12月，被告为其经营的“{c.extra['shop']}”各门店春节礼盒，向原告订购金丝小枣礼盒{boxes}盒及"
             f"枣泥馅料，原告按约送货，被告出具收货单。此后被告仅支付部分货款，尚欠{price:,.2f}元未付。")
    return _division(c, rng, "民事判决书", c.basis_number, [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用"
              f"简易程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告{r.name}到庭参加"
              "诉讼。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：1.判令被告支付货款{price:,.2f}元；2.诉讼费用由被告负担。事实和理由：{story}"),
        ("p", "被告辩称，欠款属实，因门店年后客流少，资金紧张，请求宽限。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", "本院认为，原、被告之间的买卖合同关系合法有效。原告已交付货物，被告应按约支付价款。依照《中华人民共和国"
              "民法典》第五百七十七条、第六百二十六条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{price:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
              "加倍支付迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(price) // 100 + 30}元，减半收取{(int(price) // 100 + 30) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，上诉于河北省沧州市中级人民法院。"),
    ], [("审 判 员", c.extra.setdefault("civil_judge", person_name(rng)))],
        c.basis_effective - timedelta(days=rng.randint(17, 22)))


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.extra["tale"] == "bolt":
        text = (f"本院{c.basis_number}支付令已于{cn_date(c.basis_effective - timedelta(days=16))}送达被申请人"
                f"{c.respondent.name}。被申请人在法定期间内未提出书面异议，亦未履行给付义务。该支付令已于"
                f"{cn_date(c.basis_effective)}发生法律效力。")
    else:
        text = (f"本院{c.basis_number}{'刑事附带民事判决书' if c.extra['tale'] == 'crash' else '民事判决书'}已于"
                f"{cn_date(c.basis_effective)}发生法律效力。")
    return paper(c, rng, "生效证明", [
        ("p", text),
        ("p", "特此证明。"),
        ("s", f"承办庭：{'刑事审判庭' if c.extra['tale'] == 'crash' else '民事审判一庭'}　　经办人：{person_name(rng)}"),
    ], day=c.basis_effective + timedelta(days=rng.randint(3, 8)), number=c.basis_number.replace("号", "号之一"))


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's application: an underlined 黑体 title, 文楷 body, items as a numbered list, 此致 and the date."""
    from dossier.corpus.families.court_gi import basis_name

    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("hei", 66)
    w = s.centred(T, "申 请 执 行 书", tf)
    x0 = (s.width - w) / 2
    s.line(x0 - 20, T + 84, x0 + w + 20, T + 84, width=3)
    run = Flow([s], T + 150, left=mm(25), right=mm(25))
    f = font("wenkai", 40)
    first = "一、请求强制执行被执行人支付" + money(c.amount) + "；"
    if c.extra["tale"] == "crash":
        first = f"一、请求强制执行被执行人与{c.extra['driver']}连带赔偿{money(c.amount)}；"
    rows = [("h", f"申请执行人：{_who(a)}联系电话{a.phone}。"),
            ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), ("h", f"被执行人：{_who(r)}"),
            ("t", "执行请求："), ("p", first), ("p", "二、请求被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "三、本案执行费用由被执行人承担。"), ("t", "事实与理由："),
            ("p", f"{COURT}{c.basis_number}{basis_name(c)}已经发生法律效力，被执行人至今未履行。申请执行人依照"
                  "《中华人民共和国民事诉讼法》第二百四十七条的规定，向贵院申请强制执行。"),
            ("t", "此致"), ("t", COURT)]
    for kind, text in rows:
        if kind == "t":
            run.at(text, f, lead=68)
        else:
            run.para(text, f, lead=68, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    run.room(260)
    last, y = run.s, run.y + 50
    last.text(last.width - mm(105), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(48), y + 20, a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(58), y - 6, a.name, rng, size=56, ink=INK)
    hand(last, last.width - mm(90), y + 100, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), rng, size=44,
         ink=INK)
    return run.sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(T + 10, "授 权 委 托 书", font("wenkai_bold", 72))
    run = Flow([s], T + 160, left=mm(25), right=mm(25))
    f = font("wenkai", 42)
    for kind, text in [("h", f"委托人：{_who(a)}"), ("h", f"受托人：{c.agent}，{c.firm}律师，{c.extra['firm_addr']}。"),
                       ("p", f"委托人因与{c.respondent.name}{c.extra['cause']}执行一案，委托上列受托人为执行代理人。"),
                       ("p", "代理权限：特别授权，包括申请执行、提供财产线索、申请执行措施、参加执行和解并签署和解协议、"
                             "代收执行款、签收法律文书、同意终结本次执行程序。"),
                       ("p", "委托期限至本案执行终结时止。")]:
        run.para(text, f, lead=74, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    y = run.y + 80
    run.s.text(mm(25), y, "委托人：", f)
    run.s.text(run.s.width - mm(100), y, "受托人：", f)
    if a.kind == "organisation":
        seal(run.s, mm(70), y + 100, a.name, rng, radius=mm(19))
        hand(run.s, mm(45), y + 70, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(run.s, mm(50), y + 70, a.name, rng, size=58, ink=INK)
        run.s.draw.ellipse((mm(84), y + 76, mm(84) + 32, y + 116), fill=(196, 44, 44))
    hand(run.s, run.s.width - mm(78), y + 70, c.agent, rng, size=56, ink=INK)
    hand(run.s, run.s.width - mm(98), y + 190, num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng,
         size=44, ink=INK)
    return [run.s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    blue = (28, 64, 150)
    s.text(L, T - 20, c.firm, font("serif_bold", 64), fill=blue)
    s.line(L, T + 70, s.width - R, T + 70, width=4, fill=blue)
    s.right(s.width - R, T + 86, f"冀运律函字〔{c.filed_on.year}〕{rng.randint(11, 240)}号", font("serif", 36))
    s.centred(T + 180, "律师事务所函", font("hei", 62), spacing=8)
    run = Flow([s], T + 300, left=mm(28), right=mm(24))
    f = font("serif", 41)
    run.at(f"{COURT}：", f, lead=74)
    run.para(f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}执行一案，本所接受{c.applicant.name}的委托，"
             f"指派本所{c.agent}律师担任其代理人，参与执行程序。", f, lead=74, indent=f.size * 2)
    run.para("请予接洽。", f, lead=74, indent=f.size * 2)
    run.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("serif", 35), lead=62)
    run.para(f"地址：{c.extra['firm_addr']}", font("serif", 35), lead=62)
    y = run.y + 120
    run.s.right(run.s.width - R - mm(6), y, num_date(c.filed_on - timedelta(days=rng.randint(2, 4))), f)
    seal(run.s, run.s.width - R - mm(34), y - 16, c.firm, rng, radius=mm(20))
    return [run.s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data page photocopied alone, upright, with the annual check strip under it."""
    s = Sheet()
    x0, y0, w, h = mm(40), mm(36), mm(130), mm(90)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(232, 232, 230), outline=(60, 60, 60), width=3)
    s.text(x0 + mm(18), y0 + mm(6), "中华人民共和国律师执业证", font("sans_bold", 40))
    s.draw.rectangle((x0 + mm(6), y0 + mm(20), x0 + mm(36), y0 + mm(60)), fill=(160, 160, 160))
    ty = y0 + mm(20)
    for label, value in (("姓名", c.agent), ("执业机构", c.firm), ("执业证号", c.extra["licence"]),
                         ("发证机关", "河北省司法厅"), ("发证日期", f"{rng.randint(2014, 2020)}年{rng.randint(1, 12)}月")):
        s.text(x0 + mm(42), ty, f"{label}：{value}", font("sans", 31))
        ty += mm(12)
    seal(s, x0 + w - mm(20), y0 + h - mm(18), "河北省司法厅", rng, radius=mm(13))
    s.box(x0, y0 + h + mm(8), x0 + w, y0 + h + mm(30), width=2)
    s.text(x0 + mm(4), y0 + h + mm(14), "年度考核备案：2023年度　称职　沧州市司法局", font("sans", 30))
    hand(s, x0, y0 + h + mm(44), "此复印件与原件一致", rng, size=56, ink=INK)
    hand(s, x0 + mm(90), y0 + h + mm(46), c.agent, rng, size=52, ink=INK)
    return [s]


def _id_copy(p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of an ID card copied one above the other, the holder's note beside."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = mm(30)
    ys = [mm(40), mm(40) + h + mm(14)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=(218, 218, 214), outline=(110, 110, 110),
                                 width=2)
    y = ys[0]
    lab, val = font("hei", 25), font("hei", 31)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(5)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　民族 汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(4), ty, label, lab, fill=(90, 90, 90))
        s.text(x + mm(15), ty - 2, value, val)
        ty += mm(7.5)
    s.text(x + mm(4), ty, "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(15), ty - 2, p.address[k:k + 12], val)
        ty += mm(5.4)
    s.text(x + mm(4), y + h - mm(9), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(25), y + h - mm(10), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(25), y + mm(6), x + w - mm(4), y + mm(34)), fill=(150, 150, 150))
    y = ys[1]
    s.text(x + mm(24), y + mm(8), "中华人民共和国", font("hei", 38))
    s.text(x + mm(18), y + mm(19), "居民身份证", font("hei", 54), spacing=12)
    s.text(x + mm(8), y + h - mm(16), f"签发机关　沧州市公安局{rng.choice(['运河分局', '新华分局'])}", lab)
    start = rng.randint(2013, 2021)
    s.text(x + mm(8), y + h - mm(9), f"有效期限　{start}.0{rng.randint(1, 9)}.2{rng.randint(0, 8)}-{start + 20}", lab)
    hand(s, x + w + mm(8), ys[0] + mm(20), "仅供运河法院", rng, size=44, ink=INK)
    hand(s, x + w + mm(8), ys[0] + mm(32), "执行使用", rng, size=44, ink=INK)
    hand(s, x + w + mm(10), ys[1] + mm(20), p.name, rng, size=56, ink=INK)
    return [s]


def _licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copy with a double red-brown frame, the 法定代表人身份证明 typed under it."""
    s = Sheet()
    fr = (160, 70, 50)
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(160)
    s.box(x0, y0, x1, y1, width=7, outline=fr)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=fr)
    s.centred(y0 + mm(9), "营 业 执 照", font("serif_bold", 86))
    s.centred(y0 + mm(28), "（副本）", font("serif", 36))
    f = font("serif", 33)
    s.text(x0 + mm(8), y0 + mm(40), f"统一社会信用代码 {p.id_number}", f)
    scope = ("紧固件制造、销售" if "紧固件" in p.name else "管道管件、法兰制造销售" if "管件" in p.name
             else "普通货物道路运输；装卸搬运；仓储服务" if "物流" in p.name else "红枣制品加工、销售；农产品收购")
    ty = y0 + mm(52)
    for label, value in (("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                         ("经营范围", scope), ("注册资本", f"{rng.choice([100, 200, 500, 1000])}万元"),
                         ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                         ("住　　所", p.address)):
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(44), ty, value[:30], f)
        ty += mm(9.5)
    reg = {"130981": "泊头市", "130921": "沧县", "130903": "沧州市运河区"}
    place = reg.get(p.id_number[2:8], "沧州市")
    seal(s, x1 - mm(45), y1 - mm(26), f"{place}行政审批局", rng, radius=mm(17))
    y = y1 + mm(16)
    s.centred(y, "法定代表人身份证明", font("hei", 50))
    run = Flow([s], y + mm(16), left=mm(24), right=mm(22))
    run.para(f"{p.legal_rep}系我公司法定代表人，特此证明。", font("serif", 40), lead=70, indent=80)
    run.s.right(run.s.width - mm(30), run.y + 60, num_date(c.filed_on - timedelta(days=rng.randint(2, 9))),
                font("serif", 40))
    seal(run.s, run.s.width - mm(55), run.y + 50, p.name, rng, radius=mm(18))
    hand(run.s, mm(30), run.s.height - mm(30), "与原件核对无误", rng, size=46, ink=INK)
    return [run.s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """河北省非税收入一般缴款书 printed in brown on the upper half page."""
    s = Sheet()
    f = font("song_gb", 31)
    s.centred(mm(20), "河北省非税收入一般缴款书", font("song_gb", 54), fill=BROWN, spacing=4)
    s.text(mm(18), mm(36), f"执收单位编码：130903001　　No.{rng.randint(10**9, 10**10 - 1)}", f, fill=BROWN)
    s.text(mm(18), mm(43), f"填制日期：{c.filed_on.year}年{c.filed_on.month}月{c.filed_on.day}日", f, fill=BROWN)
    w = s.width - mm(36)
    fee: Decimal = c.extra["fee"]
    rows = [["缴款人", c.applicant.name], ["执收单位", COURT], ["收入项目", "申请执行费", "案号", c.number],
            ["金额（大写）", money_caps(fee), "（小写）", f"¥{fee:,.2f}"],
            ["收款人", "沧州市运河区财政局", "代理银行", "沧州银行运河支行"]]
    frame(s, mm(18), mm(52), [mm(34), mm(70), mm(24), w - mm(128)], rows, f, heights=mm(14), labels=(0, 2), ink=BROWN)
    seal(s, s.width - mm(55), mm(132), "沧州银行运河支行", rng, radius=mm(16), inner="收讫章")
    s.text(mm(18), mm(140), "第一联　收据联（缴款人收执）", f, fill=BROWN)
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - L - R
    tale = c.extra["tale"]
    day = c.filed_on
    if code == "payment_account_confirmation":
        y = form_title(s, "执行款收款账户确认书")
        rows = [("案号", c.number), ("申请执行人", a.name), ("户名", a.name), ("开户行", c.extra["in_bank"]),
                ("账号", c.extra["in_acct"]), ("电话", a.phone)]
        note = "以上账户为本案执行款唯一收款账户，因账户信息有误造成的后果由申请执行人自行承担。"
        who = a.legal_rep if a.kind == "organisation" else a.name
    elif code == "service_address_confirmation":
        y = form_title(s, "当事人送达地址确认书")
        rows = [("案号", c.number), ("当事人", a.name), ("送达地址", a.address), ("代收人", c.agent),
                ("手机", c.agent_phone), ("电子送达", "同意短信、微信送达")]
        note = "当事人确认以上地址为有效送达地址；地址变更未及时告知的，按原地址送达即视为送达。"
        who = c.agent
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索登记表")
        clue = {"bolt": f"{c.extra.get('r_bank', '')}账户{c.extra.get('r_acct', '')}；厂内成品管件",
                "crash": f"重型半挂牵引车三辆（含{c.extra.get('plate', '')}）；码头场站", "jujube":
                f"{c.extra.get('shop', '')}三家门店营业款；微信收款码"}[tale]
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("地址", r.address),
                ("财产线索", clue), ("来源", "申请执行人掌握")]
        note = "申请执行人对所提供线索的真实性负责。"
        who = a.legal_rep if a.kind == "organisation" else a.name
    else:
        y = form_title(s, "被执行人财产申报表")
        nil = tale == "crash"
        rows = [("案号", c.number), ("申报人", r.name), ("存款", "基本户余额不足千元" if nil else "银行账户有存款"),
                ("房产", "无"), ("车辆", "三辆牵引车已抵押收回" if nil else "无" if tale == "bolt" else "小型面包车一辆"),
                ("债权", "无" if nil else "客户应收款若干"), ("其他", "已停业" if nil else "厂内管件存货" if tale == "bolt" else "门店设备、存货")]
        note = "申报人保证申报内容真实完整，如有隐瞒，愿承担法律责任。"
        who = r.legal_rep if r.kind == "organisation" else r.name
        day = d
    cells = frame(s, L, y, [mm(38), w - mm(38)], [[k, ""] for k, _ in rows], gb(37),
                  heights=[mm(24) if len(v) > 22 else mm(16) for _, v in rows])
    right = [b for b in cells if b[0] > L]
    for (_k, v), b in zip(rows, right, strict=True):
        ball(s, b[0] + mm(4), b[1] + mm(3.5), v, rng, size=40, per_line=22, lead=mm(7.5))
    run = Flow([s], cells[-1][3] + 40)
    run.para(note, gb(33), lead=56, indent=66)
    y = run.y + 60
    s.text(s.width - R - mm(104), y, "签名（盖章）：", gb(38))
    ball(s, s.width - R - mm(44), y - 8, who, rng, size=52)
    ball(s, s.width - R - mm(72), y + 80, num_date(day), rng, size=42)
    if a.kind == "organisation" and code != "property_declaration_form":
        seal(s, s.width - R - mm(40), y + 40, a.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 printout in monospace, one page, the results set as fixed-width text rows."""
    r = c.respondent
    mono = font("mono", 27)
    units = [("工商银行", "存款"), ("农业银行", "存款"), ("中国银行", "存款"), ("建设银行", "存款"), ("交通银行", "存款"),
             ("邮储银行", "存款"), ("沧州银行", "存款"), ("河北银行", "存款"), ("河北省农村信用社", "存款"),
             ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部交管局", "车辆"), ("自然资源部", "不动产"),
             ("中国结算", "证券"), ("市场监管总局", "股权")]
    tale = c.extra["tale"]
    s = Sheet()
    s.text(mm(15), mm(14), "网络执行查控系统  查询结果反馈", font("sans_bold", 42))
    y = mm(26)
    for line in (f"案号: {c.number}   承办人: {c.officer}", f"被查询人: {r.name}   证照号: {r.id_number}",
                 f"发起时间: {d:%Y-%m-%d}   类型: 总对总"):
        s.text(mm(15), y, line, mono)
        y += mm(6)
    y += mm(3)
    s.line(mm(15), y, s.width - mm(15), y, width=1)
    y += mm(3)
    cols = (mm(15), mm(30), mm(78), mm(102), mm(150))
    for x, head in zip(cols, ("序号", "协助单位", "类别", "反馈结果", "反馈日期"), strict=True):
        s.text(x, y, head, mono)
    y += mm(7)
    for i, (unit, kind) in enumerate(units, 1):
        if tale == "bolt" and unit == "沧州银行":
            res = f"余额 {c.amount * Decimal('1.21'):,.2f}"
        elif kind == "车辆" and tale == "crash":
            res = "3辆(均有抵押登记)"
        elif kind == "车辆" and tale == "jujube":
            res = "1辆"
        elif kind == "存款":
            res = f"余额 {rng.randint(0, 800)}.{rng.randint(10, 99)}"
        else:
            res = "未查询到财产"
        due = f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d}"
        for x, cell in zip(cols, (f"{i:>3}", unit, kind, res, due), strict=True):
            s.text(x, y, cell, mono)
        y += mm(7)
    s.line(mm(15), y + mm(2), s.width - mm(15), y + mm(2), width=1)
    s.text(mm(15), s.height - mm(16), f"打印: {c.clerk}  {d + timedelta(days=4):%Y-%m-%d}", mono)
    return [s]


def _settled(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """For the pipe-fitting company a 履行承诺书 on its own letterhead; for the 驴肉火烧 owner an 执行和解协议 typed
    in 宋 by the applicant's lawyer, signed by both, the officer's note of payment in ballpoint under it."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("song_gb", 41)
    if c.extra["tale"] == "bolt":
        s.centred(T - 10, r.name, font("sans_bold", 50))
        s.line(L, T + 60, s.width - R, T + 60, width=2)
        s.centred(T + 110, "履行承诺书", font("serif_bold", 68), spacing=12)
        run = Flow([s], T + 240)
        run.at(f"{COURT}执行局：", f, lead=74)
        run.para(f"贵院{c.number}案中，我公司账户已被冻结。我公司对{c.basis_number}支付令确定的债务无异议，承诺于"
                 f"{num_date(c.extra['pay_day'])}前将{money(c.amount)}一次性汇入贵院执行款专户，并请求款到后解除"
                 "对我公司账户的冻结。", f, lead=74, indent=f.size * 2)
        run.para("特此承诺。", f, lead=74, indent=f.size * 2)
        y = run.y + 90
        s.text(s.width - mm(110), y, "承诺人：", f)
        seal(s, s.width - mm(58), y + 20, r.name, rng, radius=mm(20))
        ball(s, s.width - mm(90), y + 80, r.legal_rep, rng, size=50, ink=INK)
        s.text(s.width - mm(100), y + 160, num_date(d), f)
        return [s]
    half = (c.amount / 2).quantize(Decimal("1"))
    s.centred(T, "执行和解协议", font("serif_bold", 70), spacing=10)
    run = Flow([s], T + 150, left=mm(26), right=mm(24))
    for kind, text in [("t", f"申请执行人（甲方）：{a.name}"), ("t", f"被执行人（乙方）：{r.name}"),
                       ("p", f"{c.number}案执行中，经{COURT}执行人员主持，双方自愿达成如下和解："),
                       ("p", f"一、乙方欠甲方金丝小枣礼盒货款{c.amount:,.2f}元，甲方放弃迟延履行利息；"),
                       ("p", f"二、乙方于本协议签订当日付{half:,.2f}元，余款{c.amount - half:,.2f}元于"
                             f"{num_date(c.extra['pay_day'])}前付清，均交法院执行款专户；"),
                       ("p", "三、乙方逾期不付的，甲方可申请恢复执行原判决；"),
                       ("p", "四、本协议一式三份，双方各执一份，交法院一份。")]:
        run.para(text, f, lead=76, indent=f.size * 2 if kind == "p" else 0)
    y = run.y + 80
    s.text(mm(26), y, "甲方：", f)
    seal(s, mm(66), y + 30, a.name, rng, radius=mm(18))
    ball(s, mm(46), y - 6, a.legal_rep, rng, size=52, ink=INK)
    s.text(s.width / 2 + mm(6), y, "乙方：", f)
    ball(s, s.width / 2 + mm(28), y - 6, r.name, rng, size=56, ink=INK)
    s.text(mm(26), y + 110, f"{num_date(d)}", f)
    ball(s, mm(26), y + 210, f"乙方余款已于{c.extra['pay_day'].month}月{c.extra['pay_day'].day}日交清。{c.officer}", rng,
         size=42)
    return [s]


def _slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """沧州银行's 业务回单: two green slips on one page, the respondent paying in, the court paying out."""
    s = Sheet()
    f = font("sans", 29)
    paid = c.extra["pay_day"]
    court_acct = f"1308{rng.randint(10**13, 10**14 - 1)}"
    slips = [(c.respondent.name, c.extra.get("r_acct") or f"6214{rng.randint(10**11, 10**12 - 1)}",
              f"{COURT}执行款专户", court_acct, paid, f"{c.number}执行款"),
             (f"{COURT}执行款专户", court_acct, c.applicant.name, c.extra["in_acct"], paid + timedelta(days=4),
              f"{c.number}案款")]
    y = mm(20)
    for payer, pacct, payee, eacct, day, use in slips:
        s.box(mm(15), y, s.width - mm(15), y + mm(112), width=2, outline=TEAL)
        s.centred(y + mm(5), "沧州银行　业务回单（付款）", font("sans_bold", 40), fill=TEAL)
        s.text(mm(21), y + mm(16), f"日期：{day:%Y年%m月%d日}　　回单号：{rng.randint(10**11, 10**12 - 1)}", f)
        w = s.width - mm(42)
        rows = [["付款人", payer, "收款人", payee], ["账号", pacct, "账号", eacct],
                ["金额", f"¥{c.amount:,.2f}", "大写", money_caps(c.amount)], ["摘要", use]]
        frame(s, mm(21), y + mm(26), [mm(24), mm(62), mm(24), w - mm(110)], rows, f, heights=mm(15), labels=(0, 2),
              ink=TEAL)
        seal(s, s.width - mm(52), y + mm(92), "沧州银行运河支行", rng, radius=mm(15), inner="业务专用章")
        y += mm(128)
    return [s]
