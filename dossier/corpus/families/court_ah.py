"""court_ah — 新疆生产建设兵团石河子市人民法院执行局 (兵0801): 团场 companies, 连队 farmers, a cotton gin and a farm-machinery
dealer. The bureau's own papers in its house style (黑体 court line, spaced title, double rule, 明体 body); the papers
it received are drawn by court_ah_papers. Each page remembers where the undertaker's highlighter may fall."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, id_number, money, person_name
from dossier.corpus.draw import A4, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families import court_ah_papers as papers
from dossier.corpus.families.court_ah_kit import (
    APPEAL,
    ARBITRATION,
    BANK,
    COMPANY_NO,
    COURT,
    FIRMS,
    LAW,
    REGIMENTS,
    WIDTH,
    X0,
    HSheet,
    basis_name,
    body,
    cause,
    court_head,
    head,
    mark_text,
    new,
    paged,
    party_blocks,
    sign_block,
)

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "enforcement_ruling", "assistance_notice", "consumption_restriction_order", "dishonest_list_decision", "summons",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_notice",
    "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES: frozenset[str] = OWN | papers.CODES
APPEAL_SEQ = 16458
DEALERS = ("石河子市丰禾农机销售有限公司", "石河子市军垦农机装备有限公司", "新疆绿洲沃土农业机械有限公司")
GINS = ("石河子市天棉轧花厂（普通合伙）", "石河子市北泉棉业有限责任公司", "石河子市金雪棉花加工有限公司")
FARMS = ("新疆石河子一四三团农业发展有限公司", "新疆石河子北泉农业发展有限公司", "石河子市西营农业服务有限公司")
TRACTORS = ("东方红LX1304型拖拉机", "约翰迪尔6B-1404型拖拉机", "雷沃欧豹M2204-5H型拖拉机")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    return list(_own(code, c, rng, served))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """石河子 parties: an arbitration plan becomes a 石河子仲裁委员会 award for a farm-machinery dealer against a 连队
    farmer who stopped paying a tractor's instalments; the plan numbered APPEAL_SEQ a 第八师中院 二审 judgment for a
    farmer against the cotton gin that bought his 籽棉; any other a 调解书 of the court's 北泉人民法庭 in which a 团场
    company promised a farmer his 机采棉 fee."""
    year = c.filed_on.year - 1
    firm, addr = rng.choice(FIRMS)
    c.firm = firm
    c.extra["firm_addr"] = addr
    c.extra["regiment"] = rng.choice(REGIMENTS)
    c.extra["company"] = rng.choice(COMPANY_NO)
    c.extra["bank"] = f"{BANK}{rng.choice(['北泉支行', '东城支行', '向阳支行', '老街支行'])}"
    c.extra["account"] = f"6230 9{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    c.extra["court_account"] = f"3000 0{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    rep = person_name(rng)
    rep_born = date(rng.randint(1966, 1986), rng.randint(1, 12), rng.randint(1, 28))
    c.extra["rep_id"] = id_number(rng, "659001", rep_born)

    def farmer() -> Party:
        born = date(rng.randint(1964, 1990), rng.randint(1, 12), rng.randint(1, 28))
        return Party(person_name(rng), "person", id_number(rng, "659001", born),
                     f"新疆石河子市{c.extra['regiment']}{c.extra['company']}{rng.randint(1, 40)}栋{rng.randint(1, 6)}号",
                     f"1{rng.choice(['38', '39', '58', '89'])}{rng.randint(10000000, 99999999)}", born=born,
                     sex=rng.choice("男男女"))

    def org(name: str, where: str) -> Party:
        return Party(name, "organisation", credit_code(rng, "659001"), where,
                     f"0993-{rng.randint(2000000, 6999999)}", legal_rep=rep)

    if c.basis_kind == "arbitration":
        c.applicant = org(rng.choice(DEALERS), f"新疆石河子市开发区北三东路{rng.randint(10, 99)}号")
        c.respondent = farmer()
        c.basis_court = ARBITRATION
        c.basis_number = f"（{year}）石仲裁字第{rng.randint(30, 260):04d}号"
        c.amount = Decimal(rng.randint(8600000, 26000000)) / 100
        c.extra["goods"] = rng.choice(TRACTORS)
        c.extra["kind"] = "award"
    elif int(c.number.split("执")[-1].rstrip("号")) == APPEAL_SEQ:
        c.applicant = farmer()
        c.respondent = org(rng.choice(GINS), f"新疆石河子市北泉镇{rng.choice(['工业园区', '棉麻路'])}{rng.randint(1, 60)}号")
        c.basis_court = APPEAL
        c.basis_number = f"（{year}）兵08民终{rng.randint(200, 990)}号"
        c.extra["first"] = f"（{year}）兵0801民初{rng.randint(1000, 3900)}号"
        c.amount = Decimal(rng.randint(32000000, 88000000)) / 100
        c.extra["tons"] = rng.randint(60, 190)
        c.extra["kind"] = "appeal"
    else:
        c.applicant = farmer()
        c.respondent = org(rng.choice(FARMS), f"新疆石河子市{c.extra['regiment']}团部{rng.choice(['光明路', '团结路'])}{rng.randint(1, 40)}号")
        c.basis_court = COURT
        c.basis_number = f"（{year}）兵0801民初{rng.randint(1000, 3900)}号"
        c.amount = Decimal(rng.randint(6200000, 21000000)) / 100
        c.extra["mu"] = rng.randint(900, 3200)
        c.extra["kind"] = "mediation"
    c.basis_effective = c.filed_on.replace(day=1) if c.filed_on.day > 1 else c.filed_on
    c.basis_effective = date(c.basis_effective.year - (1 if c.basis_effective.month <= 2 else 0),
                             (c.basis_effective.month - 3) % 12 + 1, 15)


def fee(c: CaseCtx) -> Decimal:
    a = c.amount
    f = Decimal(50) + max(Decimal(0), min(a, Decimal(500000)) - 10000) * Decimal("0.015")
    f += max(Decimal(0), min(a, Decimal(5000000)) - 500000) * Decimal("0.01")
    return f.quantize(Decimal("1"))


def _letter(c: CaseCtx, rng: random.Random, title: str, to: str, paras: list[str], day: date, *,
            contact: bool = True, tail: list[Block] | None = None) -> list[HSheet]:
    s = new(c)
    y = court_head(s, c, title)
    blocks: list[Block] = [("f", f"{to}：")] + [("p", t) for t in paras] + (tail or [])
    if contact:
        blocks.append(("p", f"承办人：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}"))
    sheets, y = paged(c, s, blocks, y, highlight=lambda t: "人民币" in t or "于" in t[:12])
    last = sheets[-1]
    if y > A4[1] - mm(70):
        last = new(c)
        sheets.append(last)
        y = float(mm(30))
    sign_block(last, c, y + 20, rng, [], day=day)
    return sheets


def _ruling(c: CaseCtx, rng: random.Random, reasons: list[str], orders: list[str], day: date, *,
            after: str = "本裁定送达后立即生效。", title: str = "执行裁定书") -> list[HSheet]:
    s = new(c)
    y = court_head(s, c, title)
    blocks: list[Block] = [*party_blocks(c)] + [("p", t) for t in reasons] + [("p", "裁定如下：")]
    blocks += [("p", o) for o in orders] + [("p", after)]
    ops = set(orders)
    sheets, y = paged(c, s, blocks, y + 10, highlight=lambda t: t in ops)
    last = sheets[-1]
    if y > A4[1] - mm(75):
        last = new(c)
        sheets.append(last)
        last.text(X0, mm(26), "（此页无正文）", body(36))
        y = float(mm(36))
    sign_block(last, c, y + 30, rng, [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)],
               day=day)
    return sheets


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[HSheet]:
    law = f"{LAW}第二百五十一条"
    resp, app = c.respondent.name, c.applicant.name
    name = basis_name(c)
    if code == "acceptance_notice":
        return _letter(c, rng, "受理案件通知书", app, [
            f"你（单位）申请执行{resp}{cause(c)}一案，申请执行的依据为{name}。经审查，符合法定受理条件，本院决定立案执行，"
            f"案号为{c.number}。",
            "请于收到本通知之日起十日内向本院提供被执行人可供执行的财产线索；执行中变更送达地址、收款账户的，应及时书面"
            "告知本院。本案执行期间可通过兵团法院诉讼服务平台或12368热线查询案件进度。"], c.filed_on)
    if code == "payment_notice":
        f = fee(c)
        return _letter(c, rng, "缴款通知书", resp, [
            f"本院受理的{app}申请执行你（单位）{cause(c)}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，"
            f"申请执行费{money(f)}由被执行人负担，应与执行标的一并交纳至本院账户。",
            f"收款单位：{COURT}；开户行：{BANK}营业部；账号：{c.extra['court_account']}。汇款时请注明案号。"], c.day(2))
    if code == "enforcement_notice":
        return _letter(c, rng, "执行通知书", resp, [
            f"{name}已经发生法律效力。申请执行人{app}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照{law}、"
            "第二百六十四条的规定，责令你（单位）自收到本通知之日起立即履行下列义务：",
            f"一、向申请执行人支付{money(c.amount)}及迟延履行期间的债务利息；",
            f"二、负担申请执行费{fee(c)}元。",
            "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制消费。"], c.day(2))
    if code == "property_report_order":
        return _letter(c, rng, "报告财产令", resp, [
            f"本院依法执行{app}与你（单位）{cause(c)}一案，{name}确定的义务你（单位）至今未履行。依照{LAW}第二百五十二条之"
            "规定，责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况（附财产申报表）。",
            "报告的财产包括：收入、银行存款、现金、有价证券；土地承包经营权、棉花及其他农产品、农业机械；房屋等不动产；"
            "车辆等交通运输工具；债权、股权等。",
            "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"], c.day(2))
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    if code == "enforcement_ruling":
        return _ruling(c, rng, [
            f"本院在执行{app}与{resp}{cause(c)}一案中，{name}已经发生法律效力，被执行人未按执行通知履行义务。"
            f"依照{LAW}第二百五十三条、第二百五十五条的规定。"],
            [f"冻结、划拨被执行人{resp}在{BANK}等金融机构的存款{c.amount:,.2f}元；",
             "冻结期限为一年，不足部分查封、扣押被执行人其他同等价值的财产。"], c.day(6))
    if code == "assistance_notice":
        return _letter(c, rng, "协助执行通知书", c.extra["bank"], [
            f"关于{app}与{resp}{cause(c)}一案，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的"
            "规定，请协助执行下列事项：",
            f"冻结并扣划被执行人{resp}（证照号码{c.respondent.id_number}）在你行开立账户内的存款，以{c.amount:,.2f}元为限，"
            f"划至本院执行款专户（账号{c.extra['court_account']}），冻结期限一年。",
            "附：执行裁定书一份。"], c.day(6), contact=True)
    if code == "consumption_restriction_order":
        target = resp if c.respondent.kind == "person" else f"{resp}及其法定代表人{c.respondent.legal_rep}"
        return _letter(c, rng, "限制消费令", target, [
            f"本院于{cn_date(c.filed_on)}立案执行{app}申请执行你（单位）{cause(c)}一案。因你（单位）未按执行通知书指定的期间"
            "履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的规定》第一条、第三条的规定，"
            "现对你（单位）采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为：",
            "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
            "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
            "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
            "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
            "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"],
            c.day(40), contact=False)
    if code == "dishonest_list_decision":
        s = new(c)
        y = court_head(s, c, "决定书")
        blocks = [*party_blocks(c)[1:], ("p", f"本院在执行{app}申请执行{resp}{cause(c)}一案中，被执行人具有履行能力而拒不履行"
                  "生效法律文书确定的义务，且违反财产报告制度。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条"
                  "第一项、第六项，第二条的规定，决定如下："),
                  ("p", f"将{resp}纳入失信被执行人名单，期限二年。"),
                  ("p", "如不服本决定，可以向本院申请纠正。")]
        sheets, y = paged(c, s, blocks, y, highlight=lambda t: t.startswith("将"))
        sign_block(sheets[-1], c, y + 30, rng, [], day=c.day(41))
        return sheets
    if code == "summons":
        return [_summons(c, rng)]
    if code == "investigation_record":
        return _record(c, rng, "调查笔录")
    if code == "interview_record":
        return _record(c, rng, "谈话笔录")
    if code == "termination_this_round_ruling":
        return _ruling(c, rng, [
            f"本院在执行{app}与{resp}{cause(c)}一案中，经网络查控系统查询被执行人名下银行存款、车辆、不动产、证券、网络资金"
            f"等，并向{c.extra['regiment']}、{BANK}、不动产登记中心进行现场调查，被执行人暂无可供执行的财产。本院已向被执行人"
            "发出执行通知书、报告财产令，对其采取限制消费措施并纳入失信被执行人名单。申请执行人经本院约谈，对终结本次执行程序"
            "无异议。",
            f"截至目前，本案尚有{c.amount:,.2f}元未执行到位。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
            "第五百一十七条的规定。"],
            ["终结本次执行程序。", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"],
            c.closed_on, after="本裁定送达后立即生效。")
    if code == "closing_notice":
        return _letter(c, rng, "结案通知书", app, [
            f"你（单位）申请执行{resp}{cause(c)}一案，本院于{cn_date(c.filed_on)}立案执行。执行中双方达成执行和解协议，"
            f"被执行人已按协议履行完毕，执行款{c.amount:,.2f}元已由本院发放至你（单位）指定账户。",
            "本案以“执行完毕”方式结案。特此通知。"], c.closed_on)
    if code == "closing_approval_form":
        return [_approval(c, rng)]
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        return [_catalogue(c)]
    if code == "file_review_form":
        return [_review(c, rng)]
    if code == "remarks_sheet":
        return [_remarks(c, rng)]
    raise KeyError(code)


def _form_head(s: HSheet, c: CaseCtx, title: str) -> float:
    s.centred(mm(20), COURT, head(46))
    s.centred(mm(31), title, head(60), spacing=12)
    f = body(36)
    s.text(X0, mm(45), f"案号：{c.number}", f)
    mark_text(s, X0 + f.getlength("案号："), mm(45), c.number, f)
    return float(mm(53))


def _declaration(c: CaseCtx, rng: random.Random) -> HSheet:
    s = new(c)
    y = _form_head(s, c, "财产申报表")
    f = body(34)
    p = c.respondent
    rows = [["申报人", p.name], ["证件号码", p.id_number], ["住所/联系电话", f"{p.address}　{p.phone}"],
            ["银行存款", ""], ["土地承包、棉花及农产品", ""], ["农机、车辆", ""], ["房产", ""], ["债权、股权等", ""],
            ["一年内财产变动情况", ""]]
    y2 = table(s, X0, y, [mm(50), WIDTH - mm(50)], rows, f, row_h=[92] * 3 + [150] * 6)
    fills = {
        "award": [f"{BANK}账户余额约三千元", f"{c.extra['regiment']}{c.extra['company']}承包地86亩（棉花，已交团场）",
                  "拖拉机一台（已被申请人拖回）", "无", "无", "无"],
        "appeal": ["基本户余额不足一万元，已被冻结", "无", "装载机一台（抵押）", "厂房土地已抵押给银行", "应收货款若干", "无"],
    }.get(str(c.extra.get("kind")), ["账户余额约二万元", "团场承包地（经营权属团场）", "无", "办公楼一栋（团场划拨）", "无", "无"])
    yy = y + 92 * 3
    for t in fills:
        hand(s, X0 + mm(53), yy + 50, t, rng, size=36)
        yy += 150
    s.text(X0, y2 + 30, "申报人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", f)
    s.text(X0 + WIDTH * 0.5, y2 + 110, "申报人（签名/盖章）：", f)
    signature(s, X0 + WIDTH * 0.5 + f.getlength("申报人（签名/盖章）："), y2 + 95,
              p.name if p.kind == "person" else p.legal_rep, rng)
    hand(s, X0 + WIDTH * 0.6, y2 + 190, f"{c.day(9).year}.{c.day(9).month}.{c.day(9).day}", rng, size=38)
    if p.kind != "person":
        seal(s, X0 + WIDTH * 0.72, y2 + 120, p.name, rng, radius=mm(19))
    return s


def _summons(c: CaseCtx, rng: random.Random) -> HSheet:
    s = new(c)
    y = _form_head(s, c, "传　　票")
    f = body(36)
    who = c.respondent.legal_rep if c.respondent.kind != "person" else c.respondent.name
    rows = [["案　　由", f"{cause(c)}（执行）"], ["被传唤人", f"{who}（{c.respondent.name}）"],
            ["工作单位或地址", c.respondent.address], ["传唤事由", "执行谈话，申报财产"],
            ["应到时间", f"{cn_date(c.day(30))}上午10时00分"], ["应到处所", f"本院执行局第二谈话室（{c.court.address}）"]]
    y = table(s, X0, y, [mm(48), WIDTH - mm(48)], rows, f, row_h=110)
    flow(s, [("p", "注意事项：一、被传唤人必须准时到达应到处所；二、本传票由被传唤人携带来院报到；三、被传唤人收到传票后，"
                   "应在送达回证上签名或者盖章；四、经两次传票传唤，无正当理由拒不到场的，可以拘传。")],
         f, x0=X0, width=WIDTH, y=y + 40, line_height=60, indent=72)
    sign_block(s, c, y + 330, rng, [("执行员", c.officer), ("书记员", c.clerk)], day=c.day(24))
    return s


def _record(c: CaseCtx, rng: random.Random, title: str) -> list[HSheet]:
    s = new(c)
    s.centred(mm(22), COURT, head(44))
    s.centred(mm(33), title, head(62), spacing=24)
    f = body(38)
    site = title == "调查笔录"
    start = c.day(55 if site else 100)
    where = (f"{c.respondent.address}（被执行人经营场所）" if site and c.respondent.kind != "person"
             else (f"{c.extra['regiment']}{c.extra['company']}连部" if site else "本院执行局谈话室"))
    other = c.respondent if site else c.applicant
    blocks: list[Block] = [
        ("f", f"时间：{start.year}年{start.month}月{start.day}日{rng.randint(9, 16)}时{rng.choice(['00', '10', '30', '40'])}分"),
        ("f", f"地点：{where}"), ("f", f"案号：{c.number}"),
        ("f", f"调查人：{c.officer}、{person_name(rng)}（法警）　记录人：{c.clerk}"),
        ("f", f"被调查人：{other.name if other.kind == 'person' else other.legal_rep + '（' + other.name + '法定代表人）'}"),
        ("p", f"问：我们是{COURT}执行局的工作人员，现依法向你调查了解情况，你应当如实陈述，否则承担法律责任，听清楚了吗？"),
        ("f", "答：听清楚了。")]
    if site:
        blocks += [
            ("f", f"问：{c.respondent.name}目前的经营状况如何？"),
            ("f", "答：去年棉价下跌，籽棉收购亏了，现在厂里已经停产，工人只留两个看门的，轧花设备都抵押给银行了。")
            if c.extra.get("kind") == "appeal" else
            ("f", "答：今年连队承包地的棉花款团场统一结算，扣完农资款、水费以后基本没剩下钱。"),
            ("f", "问：名下有无存款、车辆、房产或者他人欠款？"),
            ("f", "答：账户都让法院冻了，没有别的钱。车辆只有一辆旧皮卡，是租来的。"),
            *((("f", "问：厂里去年加工的皮棉现在在哪里？"), ("f", "答：都质押给银行了，在监管库里，我们动不了。"))
              if c.extra.get("kind") == "appeal" else
              (("f", f"问：{c.extra['company']}连队对你的情况怎么说？"), ("f", "答：连队可以出证明，我说的都是实话。"))),
            ("f", "（执行人员现场查看，厂区内无可供扣押的棉花及成品棉，设备已抵押，拍照附卷。）"),
        ]
    else:
        blocks += [
            ("f", f"问：本院已对被执行人{c.respondent.name}的财产进行网络查控、现场调查，未发现可供执行的财产，情况已向你告知，"
                  "你有无新的财产线索提供？"),
            ("f", "答：我知道他们厂在一四二团那边可能还有一批皮棉，但是具体放在哪个库我说不清。"
                  if c.extra.get("kind") == "appeal" else "答：听说他们公司在团部有几台采棉机，不知道还在不在。"),
            ("f", "问：经核实，该批皮棉已由银行质押监管，无法处置。本院拟对本案终结本次执行程序，你是否同意？"
                  if c.extra.get("kind") == "appeal" else
                  "问：经现场核实，该几台采棉机登记在团场名下，非被执行人财产。本院拟对本案终结本次执行程序，你是否同意？"),
            ("f", "答：同意。以后发现有财产我再申请恢复执行。"),
            ("f", "问：终本后被执行人仍受限制消费、失信名单约束，你可随时申请恢复执行，听清楚了吗？"),
            ("f", "答：清楚了。"),
        ]
    blocks.append(("f", "（以下无正文）"))
    sheets, y = paged(c, s, blocks, float(mm(48)), f=f, lh=62, footer=True)
    last = sheets[-1]
    hand(last, X0 + WIDTH * 0.45, y + 40, "以上笔录我看过，和我说的一样。", rng, size=40)
    signature(last, X0 + WIDTH * 0.6, y + 110, other.name if other.kind == "person" else other.legal_rep, rng)
    last.text(X0, y + 200, f"调查人：{c.officer}　　记录人：{c.clerk}", f)
    return sheets


def _approval(c: CaseCtx, rng: random.Random) -> HSheet:
    s = new(c)
    y = _form_head(s, c, "执行案件结案审批表")
    f = body(33)
    how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c)],
            ["立案日期", cn_date(c.filed_on), "结案日期", cn_date(c.closed_on)],
            ["执行标的", f"{c.amount:,.2f}元", "实际执结", f"{(c.amount if c.method == 'fully_performed' else 0):,.2f}元"],
            ["结案方式", how, "承办人", c.officer],
            ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    w = [mm(34), mm(52), mm(30), WIDTH - mm(116)]
    table(s, X0, y, w, rows, f, row_h=[100, 100, 90, 90, 90, 260, 220, 220])
    yy = y + 470
    notes = [("财产已穷尽调查，符合终本条件，建议以终本结案。" if c.method != "fully_performed"
              else "执行款已全部发放，建议以执行完毕结案。", c.officer),
             ("同意承办人意见。", c.judge), ("同意。", person_name(rng))]
    for text, who in notes:
        hand(s, X0 + mm(38), yy + 30, text, rng, size=36)
        signature(s, X0 + WIDTH - mm(60), yy + 110, who, rng)
        hand(s, X0 + WIDTH - mm(58), yy + 170, f"{c.closed_on.month}.{c.closed_on.day}", rng, size=32, record=False)
        yy += 260 if text == notes[0][0] else 220
    return s


SERVED_NAMES = {
    "acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
    "payment_notice": "缴款通知书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信）",
    "enforcement_ruling": "执行裁定书（冻结、划拨）", "closing_notice": "结案通知书", "summons": "传票",
}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> HSheet:
    s = new(c)
    y = _form_head(s, c, "送 达 回 证")
    f = body(34)
    to_app = any(x in ("acceptance_notice", "closing_notice") for x in served)
    who = c.applicant if to_app else c.respondent
    docs = "、".join(SERVED_NAMES.get(x, x) for x in served) + "（附财产申报表）" * ("property_report_order" in served)
    day = {"acceptance_notice": c.filed_on, "closing_notice": c.closed_on, "summons": c.day(25),
           "termination_this_round_ruling": c.closed_on, "consumption_restriction_order": c.day(42),
           "enforcement_ruling": c.day(7)}.get(served[0], c.day(3))
    rows = [["送达文书名称及件数", f"{docs}　各一份"], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签收", ""], ["代收人及代收理由", ""],
            ["送达方式", "直接送达" if not to_app else "邮寄送达（EMS）"], ["送达人", ""], ["备　　注", ""]]
    table(s, X0, y, [mm(52), WIDTH - mm(52)], rows, f, row_h=[150, 100, 110, 210, 110, 100, 120, 120])
    signer = who.name if who.kind == "person" else (c.agent if to_app else who.legal_rep)
    signature(s, X0 + mm(60), y + 380, signer, rng)
    hand(s, X0 + mm(130), y + 440, f"{day.year}年{day.month}月{day.day}日", rng, size=36)
    hand(s, X0 + mm(60), y + 830, f"{c.officer}　{c.clerk}", rng, size=38, ink=(30, 30, 30))
    s.text(X0, y + 1090, "填发人：" + c.clerk, f)
    return s


def _cover(c: CaseCtx) -> HSheet:
    s = new(c, unnumbered=True)
    s.centred(mm(30), COURT, head(58))
    s.centred(mm(50), "执 行 卷 宗", head(96), spacing=30)
    f = body(42)
    rows = [["案　　号", c.number], ["案　　由", cause(c)], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行标的", f"{c.amount:,.2f}元"], ["承 办 人", c.officer], ["书 记 员", c.clerk],
            ["收案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)], ["结案方式", "终结本次执行程序"],
            ["归档日期", cn_date(c.day(160))], ["保管期限", "长期"]]
    table(s, X0 + mm(10), mm(80), [mm(45), WIDTH - mm(65)], rows, f, row_h=118)
    s.centred(A4[1] - mm(40), "本卷共　　页　　附证物　　件", f)
    mark_text(s, X0 + mm(10) + mm(45) + 10, mm(80) + 118 / 2 - 30, c.number, f)
    return s


def _catalogue(c: CaseCtx) -> HSheet:
    s = new(c, unnumbered=True)
    s.centred(mm(22), "卷 内 目 录", head(66), spacing=16)
    f = body(32)
    s.text(X0, mm(36), f"案号：{c.number}", f)
    names = ["执行申请书", "民事判决书（二审）", "生效证明书", "财产线索表", "诉讼费票据", "当事人身份证明", "授权委托书、所函、执业证",
             "收取执行款确认书", "送达地址确认书", "连队证明", "受理案件通知书", "缴款通知书", "执行通知书、报告财产令", "财产申报表",
             "网络查控结果及回复", "执行裁定书（冻结、划拨）", "协助执行通知书", "传票", "限制消费令", "决定书（失信）",
             "调查笔录", "谈话笔录", "执行裁定书（终本）", "结案审批表", "送达回证"]
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for k, n in enumerate(names, 1):
        rows.append([str(k), n, str(page), ""])
        page += 3 if k in (1, 2, 15) else 1
    table(s, X0, mm(44), [mm(18), WIDTH - mm(58), mm(22), mm(18)], rows, f, row_h=66)
    return s


def _review(c: CaseCtx, rng: random.Random) -> HSheet:
    s = new(c)
    y = _form_head(s, c, "执行卷宗复核表")
    f = body(33)
    items = ["法律文书是否齐全", "送达回证是否齐全", "财产调查是否穷尽", "终本约谈是否附卷", "文书排列是否有序",
             "页码编写是否正确", "有无空白页、重页", "电子卷宗是否同步"]
    rows = [["复核项目", "复核结果", "复核项目", "复核结果"]]
    for a, b in zip(items[::2], items[1::2], strict=True):
        rows.append([a, "", b, ""])
    rows.append(["复核意见", ""])
    w = [mm(52), WIDTH / 2 - mm(52), mm(52), WIDTH / 2 - mm(52)]
    table(s, X0, y, w, rows, f, row_h=[80, 100, 100, 100, 100, 260])
    for r in range(4):
        for col in (1, 3):
            hand(s, X0 + sum(w[:col]) + 30, y + 80 + r * 100 + 25, "是" if r != 3 else "否", rng, size=38)
    hand(s, X0 + mm(56), y + 520, "卷宗完整，同意归档。", rng, size=40)
    s.text(X0, y + 760, "复核人（承办人）：", f)
    signature(s, X0 + f.getlength("复核人（承办人）："), y + 745, c.officer, rng)
    s.text(X0 + WIDTH / 2, y + 760, "书记员：", f)
    signature(s, X0 + WIDTH / 2 + f.getlength("书记员："), y + 745, c.clerk, rng)
    s.text(X0, y + 850, f"复核日期：{cn_date(c.day(150))}", f)
    return s


def _remarks(c: CaseCtx, rng: random.Random) -> HSheet:
    s = new(c, unnumbered=True)
    s.centred(mm(26), "备　考　表", head(66), spacing=16)
    f = body(38)
    s.text(X0, mm(44), f"案号：{c.number}", f)
    s.box(X0, mm(52), X0 + WIDTH, A4[1] - mm(60))
    flow(s, [("p", f"本卷情况说明：本卷共一册，卷内文件经承办人复核。被执行人{c.respondent.name}现无可供执行财产，"
                   "终本后恢复执行的材料另行立卷。")], f, x0=X0 + 30, width=WIDTH - 60, y=mm(60), line_height=64, indent=76)
    s.text(X0 + WIDTH * 0.5, A4[1] - mm(100), f"立卷人：{c.clerk}", f)
    s.text(X0 + WIDTH * 0.5, A4[1] - mm(90), f"检查人：{c.officer}", f)
    s.text(X0 + WIDTH * 0.5, A4[1] - mm(80), f"立卷时间：{cn_date(c.day(152))}", f)
    return s
