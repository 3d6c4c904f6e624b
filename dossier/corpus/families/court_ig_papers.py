"""What 秀英法院执行局 receives, each in its maker's hand: the court's civil divisions' 民事判决书 and 民事调解书 (Noto
serif, title alone under the court line, "n/m" folios at the lower right) and the 生效证明书 slip; the lawyers' typed
applications in 文楷 under an underlined title; the 恢复执行申请书 the buyer wrote herself, with the original
undertaker's signed note at its foot; a 律师事务所函 under a blue letterhead; ID cards and licences drawn as
photocopied cards; the filing window's printed forms filled in by hand; the 海南省非税收入一般缴款书 in violet; the
网络执行查控 printout in a monospaced face; the 执行和解协议 the developer's lawyer typed in 黑体; and the bank's
电子回单 for the money paid out."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_ig_kit import (
    COURT,
    L,
    Pages,
    R,
    T,
    body,
    cells,
    folio,
    form_title,
    gel,
    hei,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "resumption_application", "enforcement_basis", "effectiveness_certificate",
    "property_clue_form", "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
    "payment_account_confirmation", "service_address_confirmation", "property_declaration_form",
    "online_inquiry_result", "settlement_agreement", "payment_voucher",
})
VIOLET = (110, 50, 130)
LETTERHEAD = (30, 70, 150)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ig import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _mediation(c, rng) if c.extra["tale"] == "dive" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng, d)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "resumption_application":
        return _resume(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, rng) if p.kind == "organisation" else _id_card(p, rng)
    if code == "fee_receipt":
        return _fee(c, rng, d)
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


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _division_paper(c: CaseCtx, rng: random.Random, title: str, paras: list[tuple[str, str]], signers: list[str],
                    day: date) -> list[Sheet]:
    """A civil division's paper: court line in bold serif, the title alone under it, the number right, "n/m" folios."""
    s = Sheet()
    s.centred(T, COURT, font("serif_bold", 52), spacing=3)
    s.centred(T + 88, title, font("serif_bold", 76), spacing=28)
    run = Pages(T + 214, left=mm(28), right=mm(26))
    run.sheets = [s]
    run.line(c.basis_number, body(40), lead=84, flush_right=True)
    f = body(40)
    for kind, text in paras:
        run.para(text, f, lead=68, first=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    run.need(90 * len(signers) + 200)
    last, y = run.s, run.y + 50
    x = last.width - mm(96)
    for line in signers[:-1]:
        last.text(x, y, line, f)
        y += 72
    when = cn_date(day)
    last.text(x, y + 16, when, f)
    seal(last, x + text_width(when, f) / 2, y + 20, COURT, rng, radius=mm(20))
    last.text(x, y + 104, signers[-1], f)
    last.text(mm(28), y + 200, "本件与原本核对无异", font("kai", 34))
    return folio(run.sheets, body(30), style="ratio")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(35, 60))
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    if c.extra["tale"] == "mango":
        acres = c.extra["acres"]
        facts = (f"2019年3月，原告与被告签订《芒果园租赁合同》，约定原告将其承包经营的位于秀英区的芒果园{acres}亩出租给被告"
                 f"种植经营，租期十年，租金按年支付。被告自2021年起未支付租金，经原告多次催告仍未支付，截至起诉之日共欠租金"
                 f"及违约金{c.amount:,.2f}元。")
        held = "原、被告签订的租赁合同系双方真实意思表示，合法有效。被告未按约支付租金，构成违约，应当承担支付租金及违约金的责任。"
        laws = "《中华人民共和国民法典》第五百零九条、第五百七十七条、第七百二十一条、第七百二十二条"
        order = f"被告{r.name}于本判决生效之日起十日内向原告{a.name}支付租金及违约金共计{c.amount:,.2f}元。"
    else:
        facts = (f"原告于2020年购买被告开发的{c.extra['estate']}{c.extra['room']}，双方签订《商品房买卖合同（预售）》，约定被告应于"
                 "2021年6月30日前交付房屋，逾期交房的按已付房款日万分之三支付违约金。被告至2022年5月方交付房屋。")
        held = "被告未按合同约定期限交付房屋，应当按照合同约定向原告支付逾期交房违约金。"
        laws = "《中华人民共和国民法典》第五百零九条、第五百七十七条、第五百八十五条"
        order = f"被告{r.name}于本判决生效之日起十日内向原告{a.name}支付逾期交房违约金{c.amount:,.2f}元。"
    paras = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用简易程序，于{cn_date(heard)}公开开庭"
              "进行了审理。原告及其委托诉讼代理人、被告的委托诉讼代理人到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告支付{c.amount:,.2f}元；本案诉讼费由被告负担。事实和理由：{facts}"),
        ("p", "被告辩称，对合同及欠款事实无异议，因经营困难未能按时支付，请求法院酌情处理。"),
        ("p", f"本院经审理认定事实如下：{facts}"),
        ("p", f"本院认为，{held}依照{laws}，《中华人民共和国民事诉讼法》第六十七条之规定，判决如下："),
        ("p", order),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》规定，加倍支付迟延履行期间的"
              "债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 50}元，减半收取{(int(c.amount) // 100 + 50) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于海南省"
              "海口市中级人民法院。"),
    ]
    return _division_paper(c, rng, "民事判决书", paras, [f"审 判 员　{judge}", f"书 记 员　{person_name(rng)}"],
                           c.basis_effective - timedelta(days=rng.randint(18, 24)))


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The labour dispute settled before this court's judge: 民事调解书, effective on signing for."""
    a, r = c.applicant, c.respondent
    months = int(c.extra["months"])
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    paras = [
        ("h", f"原告：{_who(a)}"), ("h", f"被告：{_who(r)}"),
        ("h", f"委托诉讼代理人：{person_name(rng)}，该公司人事主管。"),
        ("p", f"原告{a.name}与被告{r.name}劳动争议一案，本院于{cn_date(c.basis_effective - timedelta(days=40))}立案后，依法适用"
              "简易程序进行了审理。"),
        ("p", f"原告诉称：原告自2021年起在被告处担任潜水教练，持有开放水域潜水教练资格证，负责带领游客进行体验潜水及"
              f"考证培训。被告自2023年起拖欠原告工资及带客提成共{months}个月，经原告多次催讨未果，原告申请劳动仲裁后"
              "不服裁决，诉至本院。"),
        ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于2023年12月31日前一次性支付原告{a.name}拖欠的工资、带客提成及经济补偿共计{c.amount:,.2f}元；"),
        ("p", "二、双方劳动关系于本调解书签收之日解除，此后双方再无其他劳动争议；"),
        ("p", "三、案件受理费5元，减半收取2.5元，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    return _division_paper(c, rng, "民事调解书", paras, [f"审 判 员　{judge}", f"书 记 员　{person_name(rng)}"],
                           c.basis_effective - timedelta(days=1))


def _in_effect(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The civil division's slip: a framed half page, court and title, one sentence, the division's seal."""
    s = Sheet()
    s.box(mm(20), mm(24), s.width - mm(20), mm(150), width=3)
    s.centred(mm(34), COURT, body(46), spacing=4)
    s.centred(mm(50), "生效证明书", font("serif_bold", 70), spacing=36)
    s.right(s.width - mm(30), mm(72), c.basis_number.replace("号", "号之一"), body(38))
    run = Pages(mm(86), left=mm(30), right=mm(30))
    run.sheets = [s]
    run.para(f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院于"
             f"{cn_date(c.basis_effective - timedelta(days=20))}作出的{c.basis_number}民事判决书，已于"
             f"{cn_date(c.basis_effective)}发生法律效力。", body(40), lead=66, first=80)
    run.para("特此证明。", body(40), lead=66, first=80)
    when = cn_date(d)
    s.right(s.width - mm(34), mm(132), when, body(40))
    seal(s, s.width - mm(34) - text_width(when, body(40)) / 2, mm(134), COURT, rng, radius=mm(19), inner="民事审判庭")
    s.text(mm(30), mm(140), f"经办人：{person_name(rng)}", body(32))
    return [s]


def _lawyer_paper(c: CaseCtx, rng: random.Random, title: str, paras: list[tuple[str, str]], signer: str,
                  day: date, *, seal_name: str = "", tail: float = 0.0) -> tuple[list[Sheet], float]:
    """A lawyer's typed paper: 文楷 body, the title underlined, the signer and date at the right."""
    s = Sheet()
    tf = font("wenkai_bold", 64)
    w = s.centred(T + 10, title, tf, spacing=10)
    s.line((s.width - w) / 2, T + 96, (s.width + w) / 2, T + 96, width=3)
    run = Pages(T + 150, left=mm(26), right=mm(24))
    run.sheets = [s]
    f = font("wenkai", 42)
    for kind, text in paras:
        if kind == "h":
            run.para(text, f, lead=72, hang=0)
        elif kind == "b":
            run.para(text, font("wenkai_bold", 42), lead=72)
        else:
            run.para(text, f, lead=72, first=84)
    run.need(220 + tail)
    last, y = run.s, run.y + 40
    x = last.width - mm(100)
    last.text(x, y, "申请人：", f)
    hand(last, x + mm(30), y - 8, signer, rng, size=56, ink=(20, 20, 30))
    if seal_name:
        seal(last, x + mm(40), y + 20, seal_name, rng, radius=mm(19))
    last.text(x, y + 100, num_date(day), f)
    return folio(run.sheets, font("wenkai", 30), style="dash"), y + 180


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    if t == "mango":
        clue = (f"被执行人每年将所产芒果整批出售给{c.extra['buyer'].name}，2023年度货款尚未结清；被执行人另有"
                f"{c.extra['car']}一辆（号牌{c.extra['plate']}）。")
    else:
        clue = f"被执行人在{c.extra['r_bank']}开有基本账户，度假村正常营业，每日有潜水、住宿收入入账。"
    basis = f"海南省海口市秀英区人民法院{c.basis_number}民事{'调解书' if t == 'dive' else '判决书'}"
    return _lawyer_paper(c, rng, "强制执行申请书", [
        ("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被执行人：{_who(r)}"),
        ("b", "申请执行事项："),
        ("p", f"一、请求强制执行被执行人支付{money(c.amount)}及迟延履行期间的加倍债务利息；"),
        ("p", "二、请求对被执行人及其法定代表人采取限制高消费措施；被执行人拒不履行的，请求将其纳入失信被执行人名单；"),
        ("p", "三、本案执行费用由被执行人负担。"),
        ("b", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{basis}确认，该文书已发生法律效力。被执行人至今未履行义务。"
              f"财产线索：{clue}为维护申请执行人的合法权益，特依据《中华人民共和国民事诉讼法》第二百四十七条之规定，向贵院"
              "申请强制执行。"),
        ("p", "此致"), ("h", "海南省海口市秀英区人民法院"),
    ], a.name, d)[0]


def _resume(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The buyer's own 恢复执行申请书 naming the parking spaces; at its foot the original undertaker's signed note."""
    a, r = c.applicant, c.respondent
    spaces = "、".join(c.extra["spaces"])
    sheets, y = _lawyer_paper(c, rng, "恢复执行申请书", [
        ("h", f"申请人（原申请执行人）：{_who(a)}联系电话：{a.phone}。"),
        ("h", f"被申请人（原被执行人）：{_who(r)}"),
        ("b", "请求事项："),
        ("p", f"请求恢复{c.previous_number}案件的执行，依法查封、处置被申请人名下的{c.extra['estate']}地下车位，"
              f"执行未履行款项{money(c.amount)}及迟延履行期间的债务利息。"),
        ("b", "事实与理由："),
        ("p", f"贵院在执行{c.previous_number}案件中，因未发现被申请人可供执行的财产，于"
              f"{cn_date(date.fromisoformat(str(c.extra['ttr_day'])))}裁定终结本次执行程序。"),
        ("p", f"近日申请人发现新的财产线索：被申请人开发的{c.extra['estate']}地下车库尚有未出售的产权车位，编号为{spaces}，"
              "登记在被申请人名下，目前仍由其售楼处对外标价出售（附售楼处车位销控表照片及不动产登记查询结果）。"),
        ("p", f"依照{'《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》'}第五百一十七条的规定，特申请恢复执行。"),
        ("p", "此致"), ("h", "海南省海口市秀英区人民法院"),
    ], a.name, d, tail=mm(46))
    s = sheets[-1]
    s.box(mm(26), y, s.width - mm(24), y + mm(40), width=2)
    s.text(mm(30), y + mm(3), "原承办人意见：", hei(34))
    gel(s, mm(64), y + mm(12), "线索属实，车位未售，同意恢复执行。", rng, size=42, ink=(20, 20, 20))
    s.text(s.width - mm(150), y + mm(28), "原承办人签名：", body(32))
    gel(s, s.width - mm(106), y + mm(25), f"{c.officer}　{num_date(d + timedelta(days=1))}", rng, size=40,
        ink=(20, 20, 20))
    return sheets


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The firm's printed 授权委托书 with blanks, filled in by hand."""
    s = Sheet()
    y = form_title(s, "授权委托书", issuer="")
    f = font("wenkai", 40)
    rows = [("委托人", c.applicant.name), ("受委托人", f"{c.agent}，{c.firm}律师"), ("联系电话", c.agent_phone),
            ("案　件", f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}执行一案")]
    for label, value in rows:
        s.text(L, y, f"{label}：", f)
        s.line(L + mm(34), y + 50, s.width - R, y + 50, width=1)
        gel(s, L + mm(38), y - 4, value, rng, size=38)
        y += mm(15)
    y += mm(4)
    s.text(L, y, "代理权限：", f)
    gel(s, L + mm(38), y - 4, "特别授权", rng, size=42)
    y += mm(14)
    run = Pages(y, left=L, right=R)
    run.sheets = [s]
    run.para("代为申请强制执行、恢复执行，提供财产线索，申请采取强制措施，代为参加执行和解、签收法律文书，代为领取执行款项。",
             f, lead=66, first=80)
    s.text(s.width - mm(100), s.height - mm(80), "委托人（签名）：", f)
    hand(s, s.width - mm(52), s.height - mm(83), c.applicant.name, rng, size=54, ink=(20, 20, 30))
    s.text(s.width - mm(100), s.height - mm(60), num_date(d), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(T - 10, c.firm, font("serif_bold", 64), spacing=8, fill=LETTERHEAD)
    s.line(L, T + 86, s.width - R, T + 86, width=6, fill=LETTERHEAD)
    s.line(L, T + 98, s.width - R, T + 98, width=2, fill=LETTERHEAD)
    s.right(s.width - R, T + 120, f"琼{c.firm[2:4]}律函〔{d.year}〕第{rng.randint(20, 380)}号", body(36))
    s.centred(T + 200, "律 师 事 务 所 函", hei(60), spacing=6)
    run = Pages(T + 310)
    run.sheets = [s]
    f = body(40)
    run.para("海南省海口市秀英区人民法院：", f, lead=70)
    run.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
             "委托代理人。特此函告。", f, lead=70, first=80)
    run.para("附：授权委托书一份，律师执业证复印件一份。", f, lead=70, first=80)
    run.para(f"本所地址：{c.extra['firm_addr']}　联系人：{c.agent}　电话：{c.agent_phone}", body(32), lead=56)
    when = cn_date(d)
    s.right(s.width - R - mm(8), run.y + 120, when, f)
    seal(s, s.width - R - mm(8) - text_width(when, f) / 2, run.y + 130, c.firm, rng, radius=mm(20))
    return [s]


def _card(s: Sheet, x: float, y: float, w: float, h: float, tone: int) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=28, fill=(tone, tone, tone), outline=(70, 70, 70), width=3)


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 copied open on A4: the holder's page with a photo box and the number."""
    s = Sheet()
    x, y, w, h = mm(30), mm(40), mm(150), mm(100)
    _card(s, x, y, w, h, 222)
    s.centred(y + mm(6), "中华人民共和国律师执业证", hei(44), x0=x, x1=x + w)
    s.draw.rectangle((x + mm(8), y + mm(22), x + mm(40), y + mm(64)), fill=(150, 150, 150))
    f = body(34)
    for k, line in enumerate([f"姓　　名　{c.agent}", f"执业机构　{c.firm}", "执业证类别　专职", f"执业证号　{c.extra['licence']}",
                              "发证机关　海南省司法厅", "发证日期　2019年3月20日"]):
        s.text(x + mm(48), y + mm(22) + k * mm(10), line, f)
    s.text(mm(30), y + h + mm(14), "本复印件与原件一致，仅供执行案件使用。", font("kai", 36))
    hand(s, mm(30), y + h + mm(26), c.agent, rng, size=48)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x, w, h = mm(40), mm(130), mm(82)
    _card(s, x, mm(30), w, h, 228)
    f = body(32)
    born = p.born or date(1980, 1, 1)
    for k, line in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{born.year}年{born.month}月{born.day}日"]):
        s.text(x + mm(8), mm(38) + k * mm(11), line, f)
    run = Pages(mm(38) + 3 * mm(11), left=x + mm(8), right=s.width - x - mm(80))
    run.sheets = [s]
    run.para(f"住址　{p.address}", f, lead=44)
    s.draw.rectangle((x + w - mm(38), mm(40), x + w - mm(8), mm(78)), fill=(160, 160, 160))
    s.text(x + mm(8), mm(30) + h - mm(14), f"公民身份号码　{p.id_number}", body(34))
    _card(s, x, mm(130), w, h, 228)
    s.centred(mm(150), "中华人民共和国", hei(48), x0=x, x1=x + w)
    s.centred(mm(166), "居民身份证", hei(58), spacing=14, x0=x, x1=x + w)
    s.text(x + mm(10), mm(190), "签发机关　海口市公安局秀英分局", f)
    s.text(x + mm(10), mm(200), f"有效期限　{2016 + rng.randint(0, 6)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", f)
    s.text(mm(40), mm(232), "此复印件仅用于秀英区人民法院执行案件", font("kai", 36))
    hand(s, mm(40), mm(246), p.name, rng, size=50, ink=(20, 20, 30))
    return [s]


def _business_licence(p: Party, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copy: a double frame with the national emblem's place, the credit code, a red seal."""
    s = Sheet()
    s.box(mm(18), mm(24), s.width - mm(18), mm(200), width=6)
    s.box(mm(24), mm(30), s.width - mm(24), mm(194), width=2)
    s.draw.ellipse((s.width / 2 - mm(12), mm(36), s.width / 2 + mm(12), mm(60)), outline=(90, 90, 90), width=4)
    s.centred(mm(64), "营 业 执 照", font("serif_bold", 86), spacing=24)
    s.centred(mm(86), "（副　本）", body(40))
    s.text(mm(32), mm(100), f"统一社会信用代码　{p.id_number}", body(36))
    f = body(36)
    rows = [f"名　　称　{p.name}", "类　　型　有限责任公司（自然人投资或控股）", f"法定代表人　{p.legal_rep}",
            f"注册资本　人民币{rng.choice([500, 1000, 2000, 3000])}万元", f"成立日期　20{rng.randint(10, 19)}年0{rng.randint(1, 9)}月1{rng.randint(0, 9)}日",
            f"住　　所　{p.address}"]
    for k, line in enumerate(rows):
        s.text(mm(32), mm(114) + k * mm(12), line, f)
    s.text(s.width - mm(110), mm(178), "登记机关　海口市市场监督管理局", body(30))
    seal(s, s.width - mm(70), mm(172), "海口市市场监督管理局", rng, radius=mm(19))
    s.text(mm(32), mm(214), "与原件核对一致", font("kai", 40))
    seal(s, mm(96), mm(230), p.name, rng, radius=mm(20))
    s.centred(mm(252), "法定代表人身份证明书", hei(48), spacing=6)
    run = Pages(mm(266))
    run.sheets = [s]
    run.para(f"{p.legal_rep}在我单位任执行董事兼总经理职务，是我单位的法定代表人。特此证明。", body(38), lead=64, first=76)
    return [s]


def _fee(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """海南省非税收入一般缴款书 printed in violet, filled by the cashier's printer."""
    s = Sheet(size=(mm(210), mm(140)))
    s.centred(mm(8), "海南省非税收入一般缴款书（电子）", hei(46), fill=VIOLET)
    s.text(mm(12), mm(22), f"票据代码：46010{rng.randint(100, 999)}　　交款日期：{num_date(d)}", body(30), fill=VIOLET)
    s.right(s.width - mm(12), mm(22), f"No {rng.randint(10**9, 10**10 - 1)}", body(30), fill=VIOLET)
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目名称", "申请执行费", "案　号", c.number],
            ["金额（大写）", money_caps(c.extra["fee"])], ["金额（小写）", f"￥{c.extra['fee']:,.2f}"],
            ["收款银行", "中国农业银行海口秀英支行"]]
    cells(s, mm(10), mm(32), [mm(30), mm(62), mm(26), mm(72)], rows, heights=mm(14), f=body(30), labels=(0, 2),
          ink=VIOLET)
    seal(s, s.width - mm(40), mm(118), "海南省财政厅票据监制章", rng, radius=mm(14))
    s.text(mm(12), mm(120), f"收款人：{person_name(rng)}　　复核人：{person_name(rng)}", body(28), fill=VIOLET)
    return [s]


WINDOW = {
    "property_clue_form": ("被执行人财产线索表", ["被执行人", "财产类型", "财产所在地／开户行", "线索来源", "其他说明"]),
    "payment_account_confirmation": ("申请执行人收款账户确认书", ["申请执行人", "开户银行", "户　名", "账　号", "承　诺"]),
    "service_address_confirmation": ("送达地址确认书", ["受送达人", "送达地址", "联系电话", "电子送达", "告知事项"]),
    "property_declaration_form": ("财产申报表", ["申报人", "银行存款", "车　辆", "不动产", "应收款项"]),
}


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed form, filled in by the party in ballpoint."""
    title, labels = WINDOW[code]
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    if t == "mango":
        where, kind = c.extra["buyer"].name, "到期债权（芒果货款）、车辆"
    elif t == "parking":
        where, kind = c.extra["estate"], "车位"
    else:
        where, kind = c.extra["r_bank"], "银行存款"
    values = {
        "property_clue_form": [r.name, kind, where, "申请人自行了解", "详见申请书"],
        "payment_account_confirmation": [a.name, c.extra["in_bank"], a.name, c.extra["in_acct"],
                                         "以上账户真实有效，款项转入即视为收到"],
        "service_address_confirmation": [a.name, a.address, a.phone, f"同意，手机{a.phone}", "已阅读并知悉"],
        "property_declaration_form": [r.name, "公司基本户余额不足一万元",
                                      f"{c.extra['car']}一辆" if t == "mango" else "无",
                                      "未售车位若干" if t == "parking" else "无", "芒果货款未结" if t == "mango" else "无"],
    }[code]
    s = Sheet()
    y = form_title(s, title)
    s.text(L, y - 6, f"案号：{c.number}", body(32))
    y += 50
    w = s.width - L - R
    rows = [[lab, ""] for lab in labels]
    boxes = cells(s, L, y, [mm(44), w - mm(44)], rows, heights=mm(26))
    for row, value in zip(boxes, values, strict=True):
        gel(s, row[1][0] + mm(5), row[1][1] + mm(6), value, rng, size=38, per_line=22, lead=mm(8), ink=(25, 40, 120))
    yy = boxes[-1][0][3] + mm(16)
    who = r if code == "property_declaration_form" else a
    s.text(s.width - mm(110), yy, "填表人（签名/盖章）：", body(34))
    hand(s, s.width - mm(50), yy - 8, who.legal_rep if who.kind == "organisation" else who.name, rng, size=50,
         ink=(25, 40, 120))
    if who.kind == "organisation":
        seal(s, s.width - mm(60), yy + 10, who.name, rng, radius=mm(18))
    s.text(s.width - mm(110), yy + mm(16), "日期：", body(34))
    gel(s, s.width - mm(90), yy + mm(14), num_date(d), rng, size=38, ink=(25, 40, 120))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's printout: monospaced, a header block, one line per feedback."""
    s = Sheet()
    f = font("mono", 30)
    s.text(L, T, "最高人民法院网络执行查控系统  查询结果反馈", font("mono", 40))
    s.text(L, T + 60, f"案号:{c.number}  被查询人:{c.respondent.name}", f)
    s.text(L, T + 100, f"证件号码:{c.respondent.id_number}  查询日期:{d:%Y-%m-%d}", f)
    s.line(L, T + 146, s.width - R, T + 146, width=2)
    t = c.extra["tale"]
    lines = [("中国工商银行", "无账户", "0.00"), ("中国农业银行", "有账户", f"{rng.randint(10, 900)}.{rng.randint(10, 99)}"),
             ("中国建设银行", "有账户" if t == "dive" else "无账户",
              f"{c.amount + Decimal(rng.randint(1000, 9000)):.2f}" if t == "dive" else "0.00"),
             ("海南农商银行", "有账户", f"{rng.randint(100, 3000)}.00"), ("交通银行", "无账户", "0.00"),
             ("公安部车辆", "有车辆" if t == "mango" else "无车辆", c.extra.get("plate", "-")),
             ("自然资源部不动产", "有不动产" if t == "parking" else "无", "车位" if t == "parking" else "-"),
             ("中国证券登记结算", "无", "0.00"), ("支付宝", "有账户", "0.00"), ("财付通", "有账户", "12.60")]
    y = T + 166
    s.text(L, y, f"{'序号':<4}{'协查单位':<12}{'反馈结果':<8}{'余额/备注':<14}", f)
    y += 50
    for k, (who, res, bal) in enumerate(lines, 1):
        s.text(L, y, f"{k:<6}{who:<12}{res:<8}{bal}", f)
        y += 46
    s.line(L, y + 10, s.width - R, y + 10, width=2)
    s.text(L, y + 30, f"打印人:{c.clerk}  打印时间:{d:%Y-%m-%d} 16:{rng.randint(10, 59)}", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed by the developer's lawyer in 黑体-titled microhei, both parties sign, the company seals."""
    a, r = c.applicant, c.respondent
    first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    s = Sheet()
    s.centred(T, "执行和解协议", font("microhei", 68), spacing=20)
    run = Pages(T + 130)
    run.sheets = [s]
    f = font("microhei", 38)
    for text in [f"甲方（申请执行人）：{a.name}，身份证号{a.id_number}。",
                 f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}。",
                 f"甲乙双方就{c.number}恢复执行一案，经海口市秀英区人民法院主持，自愿达成如下和解协议：",
                 f"一、乙方应付甲方{money(c.amount)}（含迟延履行利息，甲方放弃超出部分）。",
                 f"二、乙方于本协议签订之日起十日内支付{first:,.2f}元，余款{c.amount - first:,.2f}元于"
                 f"{num_date(d + timedelta(days=20))}前付清，均汇入海口市秀英区人民法院执行款专户。",
                 f"三、乙方付清全部款项后，甲方同意法院解除对{c.extra['estate']}地下车位的查封。",
                 "四、乙方未按期足额付款的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除。",
                 "五、本协议一式三份，甲乙双方各执一份，交法院一份附卷。"]:
        run.para(text, f, lead=68, first=76)
    y = run.y + 80
    s.text(L, y, "甲方（签名）：", f)
    hand(s, L + mm(44), y - 10, a.name, rng, size=54, ink=(20, 20, 30))
    s.text(s.width / 2 + mm(6), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(70), y + 16, r.name, rng, radius=mm(20))
    s.text(s.width / 2 + mm(6), y + 90, "法定代表人或代理人：", f)
    hand(s, s.width / 2 + mm(72), y + 80, r.legal_rep, rng, size=48, ink=(20, 20, 30))
    s.text(L, y + 200, f"签订日期：{num_date(d)}", f)
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 电子回单 for the money paid out to the applicant, two to a page with the court's 发放 note on top."""
    s = Sheet()
    s.centred(T, "执行案款发放凭证", hei(52), spacing=10)
    s.text(L, T + 80, f"案号：{c.number}　　领款人：{c.applicant.name}　　发放方式：转账", body(32))
    y = T + 140
    x0, x1 = L, s.width - R
    s.box(x0, y, x1, y + mm(92), width=2, outline=(60, 60, 60))
    s.text(x0 + 20, y + 18, "中国农业银行  网上银行电子回单", font("sans_bold", 40))
    rows = [["付款人户名", "海口市秀英区人民法院", "收款人户名", c.applicant.name],
            ["付款人账号", f"2114{rng.randint(10**11, 10**12 - 1)}", "收款人账号", c.extra["in_acct"]],
            ["金额", f"{c.amount:,.2f}", "大写", money_caps(c.amount)],
            ["用途", f"{c.number}案款"], ["交易时间", f"{c.extra['paid_out']:%Y-%m-%d} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}"]]
    cells(s, x0 + 20, y + 90, [mm(32), mm(52), mm(28), x1 - x0 - 40 - mm(112)], rows, heights=mm(12),
          f=font("sans", 28), labels=(0, 2), ink=(60, 60, 60))
    seal(s, x1 - mm(40), y + mm(78), "电子回单专用章", rng, radius=mm(14))
    s.text(L, y + mm(104), f"经办人：{c.clerk}　　审核人：{c.officer}", body(32))
    return [s]
