"""court_hr (广西壮族自治区贵港市港北区人民法院, held out): 荷城 贵港 on the 郁江 — cane fields and sugar mills around
大圩 and 庆丰, boatyards and river-freight companies along the 港北 shore of the inland port, the lotus ponds and the
electric-bike trade of the town. Its own papers in the bureau's GB 宋 style (court_hr_kit); what it receives in the
senders' styles (court_hr_papers). The working volumes went through a sheet-fed scanner with the division head's pen
still all over them (court_hr_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families import court_hr_kit as kit
from dossier.corpus.families.court_hr_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flowing,
    court_paper,
    folio,
    form_title,
    gb,
    grid,
    put,
    scrawl,
    song,
    tag,
)
from dossier.corpus.families.court_hr_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "investigation_record", "interview_record",
    "fine_decision", "detention_decision", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | RECEIVED
SUGAR_SEQ, BOAT_SEQ, LOTUS_SEQ = 7917, 7943, 7968
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"enforcement_application": -3, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2,
        "property_report_order": 2, "online_inquiry_result": 3, "enforcement_ruling": 9, "assistance_notice": 9,
        "property_declaration_form": 12, "summons": 18, "fine_decision": 24, "detention_decision": 24,
        "investigation_record": 27, "consumption_restriction_order": 33, "dishonest_list_decision": 33,
        "settlement_agreement": 36, "payment_voucher": 47}
CLOSING = {"interview_record": 20, "termination_this_round_ruling": 6, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -6, "catalogue": -8, "remarks_sheet": -8, "dossier_cover": -9}
"""days before the closing date (negative: after it — the archive's papers)"""
TOWNS = ["大圩镇", "庆丰镇", "根竹镇", "武乐镇", "奇石乡", "中里乡", "港城街道"]


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """贵港 parties. SUGAR_SEQ: a cane grower of 港北, helped by a legal-aid lawyer, enforces the 贵港中院's appeal
    judgment for the 2022/23 crushing season's cane money against a sugar mill, which settles and pays; BOAT_SEQ: a
    港北 boatyard enforces this court's judgment for slipway rent against a river-freight company — its cargo ship
    seized, moved away by the company's 法定代表人 under seal, who is detained and the company fined, then pays in
    full; LOTUS_SEQ: an electric-vehicle dealer enforces this court's 调解书 for sightseeing carts against a lotus-park
    tourism company that closed after the summer floods (nothing found, 终本)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {SUGAR_SEQ: "sugar", BOAT_SEQ: "boat", LOTUS_SEQ: "lotus"}[seq]
    c.extra["head"] = person_name(rng)
    c.extra["badge"] = f"45080{rng.randint(100, 999)}"
    c.extra["firm_addr"] = f"贵港市港北区{rng.choice(['中山北路', '金港大道', '建设中路', '荷城路'])}{rng.randint(10, 399)}号"
    c.extra["licence"] = f"14508{rng.randint(2010, 2021)}1{rng.randint(1000000, 9999999)}"
    town = rng.choice(TOWNS)
    if tale(c) == "sugar":
        born = date(rng.randint(1960, 1978), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "450802", born),
                            f"广西贵港市港北区{town}{rng.choice(['六八', '龙岭', '甘村', '新塘', '大岭'])}村"
                            f"{rng.choice(['上屯', '下屯', '新屯', '岭脚屯'])}{rng.randint(1, 60)}号",
                            f"138{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"广西贵港{rng.choice(['甘泉', '桂丰', '郁南', '荷香'])}制糖有限公司", "organisation",
                             credit_code(rng, "450800"), f"广西贵港市港北区{rng.choice(['贵城街道', '港城街道'])}"
                             f"{rng.choice(['糖厂路', '工业大道', '江北大道'])}{rng.randint(1, 99)}号",
                             f"0775-42{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "广西壮族自治区贵港市中级人民法院"
        c.basis_number = f"（2023）桂08民终{rng.randint(1200, 3800)}号"
        c.extra["first_number"] = f"（2023）桂0802民初{rng.randint(1000, 4999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "买卖合同纠纷"
        tons = Decimal(rng.randint(120, 260)) + Decimal(rng.randint(0, 99)) / 100
        c.extra["tons"] = tons
        c.extra["price"] = Decimal(500 + rng.randint(0, 4) * 10)
        c.amount = (tons * c.extra["price"]).quantize(Decimal("0.01"))
        c.firm = "广西荷城律师事务所"
        c.extra["aid_no"] = f"港北法援指〔2024〕{rng.randint(10, 99)}号"
        c.extra["in_bank"] = "广西贵港农村商业银行股份有限公司" + town.removesuffix("镇").removesuffix("乡") + "支行"
        c.extra["in_acct"] = f"6229{rng.randint(10**14, 10**15 - 1)}"
    elif tale(c) == "boat":
        c.applicant = Party(f"贵港市{rng.choice(['郁江', '港北', '西江', '罗泊湾'])}船舶修造有限公司", "organisation",
                            credit_code(rng, "450802"), f"广西贵港市港北区{rng.choice(['港城街道', '贵城街道'])}"
                            f"{rng.choice(['江北', '罗泊湾', '猫儿山'])}船厂码头", f"0775-45{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"贵港市{rng.choice(['顺航', '鸿运', '桂通', '江华'])}航运有限公司", "organisation",
                             credit_code(rng, "450802"), f"广西贵港市港北区{rng.choice(['金港大道', '江北大道'])}"
                             f"{rng.randint(100, 999)}号{rng.randint(2, 12)}楼", f"0775-43{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）桂0802民初{rng.randint(5000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "租赁合同纠纷"
        c.amount = Decimal(rng.randint(1800, 3900)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["ship"] = f"桂贵港货{rng.randint(1100, 6999)}"
        c.extra["ship_id"] = f"CN20{rng.randint(10, 19)}{rng.randint(1000000, 9999999)}"
        c.extra["tonnage"] = rng.randint(980, 2600)
        c.extra["moved_to"] = rng.choice(["广东省肇庆市高要区", "广西桂平市江口镇", "广东省佛山市三水区"])
        c.extra["fine"] = Decimal(rng.choice([30000, 50000, 80000]))
        c.extra["in_bank"] = "中国农业银行股份有限公司贵港港北支行"
        c.extra["in_acct"] = f"2052{rng.randint(10**10, 10**11 - 1)}"
    else:
        c.applicant = Party(f"贵港市{rng.choice(['速腾', '骏驰', '绿途', '电驹'])}电动车销售有限公司", "organisation",
                            credit_code(rng, "450802"), f"广西贵港市港北区{rng.choice(['港城街道', '贵城街道'])}"
                            f"{rng.choice(['西江', '荷城', '民主'])}路{rng.randint(10, 299)}号", f"0775-42{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"贵港市港北区{rng.choice(['荷美', '莲乡', '千亩荷塘', '荷韵'])}生态旅游开发有限公司",
                             "organisation", credit_code(rng, "450802"), f"广西贵港市港北区{town}"
                             f"{rng.choice(['莲塘', '荷塘', '东湖'])}村委{rng.choice(['旁', '对面'])}",
                             f"0775-46{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）桂0802民初{rng.randint(9000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 120))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["carts"] = rng.randint(6, 12)
        c.amount = Decimal(rng.randint(1300, 3200)) * 100
        c.extra["in_bank"] = "中国建设银行股份有限公司贵港分行"
        c.extra["in_acct"] = f"4505{rng.randint(10**15, 10**16 - 1)}"
        c.extra["r_bank"] = "广西贵港农村商业银行股份有限公司港北支行"
        c.extra["r_acct"] = f"8101{rng.randint(10**13, 10**14 - 1)}"
    if tale(c) != "sugar":
        c.firm = rng.choice(["广西港城律师事务所", "广西贵港金港律师事务所", "广西郁江律师事务所"])
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(44, 50))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000, 1.5% up to 500,000."""
    return (Decimal(50) + max(Decimal(0), amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    kind = "民事调解书" if tale(c) == "lotus" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    kit.NAMES[:] = [c.applicant.name, c.respondent.name, c.respondent.legal_rep]
    sheets = received(code, c, rng, served) if code in RECEIVED else _own(code, c, rng, served)
    return tag(sheets, code, made_on(c, code), c.extra["head"], c.officer)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司总经理。")]
    born = p.born or date(1970, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，"
                  f"公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.number))),
             ("书记员", c.clerk)]
    n = c.number
    if code == "acceptance_notice":
        return court_paper(rng, "受理案件通知书", n, [
            ("to", f"{a.name}："),
            ("p", f"你（单位）与{r.name}{c.extra['cause']}一案，申请执行{basis_title(c)}，本院经审查，符合立案条件，"
                  f"已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案由执行员{c.officer}负责办理，书记员{c.clerk}协助，联系电话{c.court.phone}。请你（单位）如实提供"
                  "被执行人的财产线索；送达地址或收款账户如有变更，应在三日内书面告知本院。"),
            ("p", "案件流程信息可登录“广西法院诉讼服务网”或关注“广西移动微法院”查询。"),
        ], day=d, tail=["本院地址：" + c.court.address + "　　执行局接待窗口：诉讼服务中心一楼6号"])
    if code == "payment_notice":
        return court_paper(rng, "预交执行费通知书", n, [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，申请执行标的额{c.amount:,.2f}元。根据《诉讼费用交纳办法》第十条第（一）项、第十四条"
                  f"第（一）项的规定，应交申请执行费{c.extra['fee']}元。"),
            ("p", "该费用由申请执行人预交，执行结案时由被执行人负担。请于收到本通知之日起七日内，持本通知书到本院诉讼服务中心"
                  "收费窗口或通过广西非税收入缴款码缴纳。" + ("你（单位）已获法律援助，可依法申请缓交。" if tale(c) == "sugar" else "")),
        ], day=d, seal_it=True)
    if code == "enforcement_notice":
        return court_paper(rng, "执行通知书", n, [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条"
                  f"的规定，责令{_you(r)}自本通知送达之日起履行下列义务："),
            ("p", f"1.向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "2.加倍支付迟延履行期间的债务利息；"),
            ("p", f"3.负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并依法采取限制消费、纳入失信被执行人名单、罚款、拘留等措施；"
                  "构成拒不执行判决、裁定罪的，依法追究刑事责任。"),
        ], day=d, signers=staff)
    if code == "property_report_order":
        return court_paper(rng, "报告财产令", n, [
            ("to", f"{r.name}："),
            ("p", f"本院执行{case}，依照{LAW}第二百五十二条以及《最高人民法院关于民事执行中财产调查若干问题的规定》第三条、"
                  f"第五条的规定，责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，"
                  "并填写所附财产申报表。"),
            ("p", "报告期间，财产情况发生变动的，应当自变动之日起十日内向本院补充报告。拒绝报告或者虚假报告的，本院将根据情节轻重"
                  "予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
            ("n", "附：财产申报表一份"),
        ], day=d, signers=staff)
    if code == "enforcement_ruling":
        if tale(c) == "boat":
            order = [("p", f"查封被执行人{r.name}所有的“{c.extra['ship']}”号船舶（船舶识别号{c.extra['ship_id']}，总吨"
                           f"{c.extra['tonnage']}），查封期限二年。"),
                     ("p", "查封期间，被执行人不得转让、抵押、出租或者驶离停泊地；未经本院许可，任何单位和个人不得擅自启封、"
                           "移动被查封船舶。")]
        elif tale(c) == "lotus":
            order = [("p", f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款，"
                           f"以{money(c.amount)}及迟延履行期间的债务利息为限。")]
        else:
            order = [("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}；或者查封、扣押、拍卖、变卖其相应价值的财产。")]
        return court_paper(rng, "执行裁定书", n, [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院在执行{basis_title(c)}过程中，被执行人{r.name}未履行生效法律文书确定的义务。依照{LAW}第二百五十三条、"
                  "第二百五十五条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            *order,
            ("p", "本裁定立即执行。"),
        ], day=d, signers=bench[:1] + bench[1:])
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = {"sugar": f"经本院主持，双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议分两期付清",
               "boat": f"本院依法查封被执行人船舶并对其妨害执行行为予以惩戒后，双方于{cn_date(made_on(c, 'settlement_agreement'))}"
                       "达成和解，被执行人已将款项全部交至本院"}.get(tale(c), "")
        return court_paper(rng, "结案通知书", n, [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}发放至你（单位）指定的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款"
                  "第（一）项的规定，本案以执行完毕方式结案。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(rng, "执行裁定书", n, [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院在执行{basis_title(c)}过程中，于{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
            ("p", f"执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统对被执行人的存款、车辆、不动产、"
                  f"证券、网络资金、船舶等财产进行了查询，冻结了其在{c.extra['r_bank']}的账户，余额仅为数十元；"
                  f"于{cn_date(made_on(c, 'investigation_record'))}到被执行人经营的荷花观光园实地调查，观光园已于2023年汛期后"
                  "停业，园区土地系向村集体租赁，电动观光车已被他人拉走抵债，未发现可供执行的财产。本院已对被执行人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知其财产调查情况，申请执行人表示暂不能提供"
                  "其他财产线索，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
                  "规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(rng, "限制消费令", n, [
            ("h", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}受理{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，限制被执行人及其法定代表人"
                  f"{r.legal_rep}不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "fine_decision":
        return court_paper(rng, "罚款决定书", f"（2024）桂0802司惩{rng.randint(20, 90)}号", [
            ("h", f"被罚款单位：{r.name}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}，该公司总经理。"),
            *_obstruction(c),
            ("p", f"依照{LAW}第一百一十四条第一款第（三）项、第一百一十七条、第一百一十八条第一款的规定，决定如下："),
            ("p", f"对{r.name}罚款人民币{c.extra['fine']:,.0f}元，限于收到本决定书之日起三日内交纳。"),
            ("p", "如不服本决定，可以在收到决定书之日起三日内，口头或者书面向广西壮族自治区贵港市中级人民法院申请复议一次。"
                  "复议期间，不停止本决定的执行。"),
        ], day=d, signers=[("院长", person_name(random.Random(c.number + "院长")))])
    if code == "detention_decision":
        return court_paper(rng, "拘留决定书", f"（2024）桂0802司惩{rng.randint(91, 160)}号", [
            ("h", f"被拘留人：{r.legal_rep}，男，{r.name}法定代表人，住广西贵港市港北区。"),
            *_obstruction(c),
            ("p", f"依照{LAW}第一百一十四条第一款第（三）项、第二款，第一百一十七条、第一百一十八条第一款的规定，决定如下："),
            ("p", f"对{r.legal_rep}拘留十五日。"),
            ("p", "如不服本决定，可以在收到决定书之日起三日内，口头或者书面向广西壮族自治区贵港市中级人民法院申请复议一次。"
                  "复议期间，不停止本决定的执行。"),
        ], day=d, signers=[("院长", person_name(random.Random(c.number + "院长")))],
            tail=["被拘留人交贵港市看守所执行。"])
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _obstruction(c: CaseCtx) -> list[tuple[str, str]]:
    r = c.respondent
    seized = made_on(c, "enforcement_ruling")
    return [("p", f"本院在执行申请执行人{c.applicant.name}与被执行人{r.name}租赁合同纠纷一案中，于{cn_date(seized)}作出{c.number}"
                  f"执行裁定，查封被执行人所有的“{c.extra['ship']}”号船舶，并在船舶停泊的港北区江北码头张贴封条、公告，"
                  f"责令船舶不得驶离。经查，被执行人法定代表人{r.legal_rep}明知船舶已被查封，仍于查封后指使船员擅自启航，将船舶"
                  f"驶往{c.extra['moved_to']}藏匿，并拒不向本院说明船舶去向，妨害了本院的执行工作。")]


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 with its 回执 cut off below a scissors line."""
    r = c.respondent
    if tale(c) == "boat":
        to = "中华人民共和国贵港海事局"
        ask = (f"协助办理被执行人{r.name}所有的“{c.extra['ship']}”号船舶（船舶识别号{c.extra['ship_id']}）的查封登记，查封期限"
               "二年；查封期间不得办理该船舶的所有权转移、抵押、光船租赁等登记手续，并协助限制该船舶离港。")
    elif tale(c) == "lotus":
        to = c.extra["r_bank"]
        ask = f"冻结被执行人{r.name}在你行开立的账户（账号{c.extra['r_acct']}）内的存款，以{money(c.amount)}为限，冻结期限一年。"
    else:
        to = "中国工商银行股份有限公司贵港分行"
        ask = f"冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(c.amount)}为限，冻结期限一年。"
    sheets = court_paper(rng, "协助执行通知书", c.number.replace("号", "号之一"), [
        ("to", f"{to}："),
        ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{LAW}第二百五十三条、第二百五十五条的规定，"
              "请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。经办人：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}"),
    ], day=d)
    s = sheets[-1]
    y = s.height - mm(66)
    for x in range(LEFT, s.width - RIGHT, 30):
        s.line(x, y, x + 16, y, width=2)
    s.centred(y + 24, "协助执行回执", song(44), spacing=12)
    put(s, LEFT, y + 96, f"{COURT}：", song(34))
    put(s, LEFT + mm(8), y + 146, f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，办理结果：", song(34))
    put(s, s.width - RIGHT - mm(88), y + 216, "协助执行单位（盖章）　　年　　月　　日", song(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票 laid out as a two-column form under the court's heading, 注意 set below."""
    s = Sheet()
    y = form_title(s, "传　票", size=80)
    put(s, s.width - RIGHT - kit.text_width(c.number, song(36)), y - 20, c.number, song(36))
    y += 40
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案由", c.extra["cause"] + "（执行）"], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
            ["工作单位或住址", r.address], ["传唤事由", "到庭说明履行情况，接受财产调查"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午8时30分"],
            ["应到处所", "本院执行局第二谈话室（港北区中山北路院区三楼）"]]
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, song(36), heights=mm(18))
    y = boxes[-1][3] + 50
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、被传唤人收到传票后，应在送达回证上签名或者盖章。"]):
        put(s, LEFT + (0 if k == 0 else mm(6)), y, t, song(33))
        y += 54
    y += 50
    when = gb(cn_date(d))
    put(s, s.width * 0.58, y, f"执行员　{c.officer}", song(38))
    put(s, s.width * 0.58, y + 80, when, song(38))
    seal(s, s.width * 0.58 + mm(30), y + 96, COURT, rng, radius=mm(21))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是港北区人民法院执行局的工作人员（出示执行公务证），今天就被执行人在你村承租土地经营荷花观光园的情况向你"
               "了解，请如实回答，清楚吗？"),
        ("答", "清楚。"),
        ("问", "你的身份？"),
        ("答", "我是村委的副主任，管集体土地发包这一块。"),
        ("问", "被执行人现在还在经营吗？"),
        ("答", "去年六月发大水，荷塘全淹了，栈道也冲坏了，七月以后就没开门，工人都散了。"),
        ("问", "园区里的电动观光车、游船、售票亭等设施现在在哪里？"),
        ("答", "观光车八月份被一个外地老板拉走了，说是抵他的工程款；游船是租的，也还回去了；售票亭是活动板房，还在，不值钱。"),
        ("问", "被执行人租地的租金交了吗？"),
        ("答", "欠村里两年的租金，村里也在找他们，合同已经解除了。"),
        ("问", "被执行人的法定代表人现在在哪里？"),
        ("答", "听说去广东打工了，电话有时候能打通，一说钱就挂。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是告知本案的执行情况，听取你的意见。你是申请执行人的什么人？"),
        ("答", "我是公司的委托代理人。"),
        ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券、网络资金、船舶，只有一个农商行账户余额几十元，"
               "已经冻结；到荷花观光园实地调查，园区已停业，观光车已被他人拉走，土地是租村里的。你对查控结果有无异议？"),
        ("答", "没有异议，我们自己也去看过，确实关门了。"),
        ("问", "你方能否提供被执行人其他的财产线索？"),
        ("答", "暂时提供不了。那几台观光车是我们卖的，被谁拉走了我们也在打听。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并纳入失信被执行人名单。鉴于目前未发现可供执行的财产，本院拟终结"
               "本次执行程序，你方是否同意？"),
        ("答", "同意。以后找到车或者发现他们有钱，我们再申请恢复执行。"),
        ("问", "终结本次执行程序后，被执行人仍负有履行义务，你方发现财产可随时申请恢复执行，不受申请执行时效的限制。还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: the title, then the head as printed lines with underlined fills (time, place, who), 问/答 in GB 宋,
    the heard person signing by hand at the foot of every page and once more under the last answer."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.agent if interview else person_name(rng)
    place = "本院执行局第二谈话室" if interview else f"{c.respondent.name}荷花观光园门口（{c.respondent.address}）"
    s = Sheet()
    y = form_title(s, title, issuer="", size=72)
    f = song(38)
    head = [f"时间：{num_date(d)}上午9时40分至10时25分", f"地点：{place}",
            f"执行人员：{c.officer}　　记录人：{c.clerk}",
            f"被{'谈话' if interview else '调查'}人：{who}，{'申请执行人委托代理人' if interview else '村民委员会副主任'}",
            f"案号：{c.number}"]
    for line in head:
        put(s, LEFT, y, line, f)
        s.line(LEFT + f.size * 3, y + f.size + 6, s.width - RIGHT, y + f.size + 6, width=1)
        y += 64
    run = Flowing([s], y + 24)

    def foot(sh: Sheet) -> None:
        put(sh, sh.width - RIGHT - mm(80), sh.height - mm(28), "被询问人：", song(32))
        scrawl(sh, sh.width - RIGHT - mm(42), sh.height - mm(30), who, rng, size=44)

    body = song(40)
    for tag_, text in QA[code]:
        parts = kit.wrap(f"{tag_}：{text}", body, run.width - body.size * 2)
        for k, part in enumerate(parts):
            if run.y + 70 > run.s.height - mm(40):
                foot(run.s)
                run.sheets.append(Sheet())
                run.y = TOP
            put(run.s, LEFT + (0 if k == 0 else body.size * 2), run.y, part, body)
            run.y += 70
    run.y += 20
    put(run.s, LEFT, run.y, "（以上笔录已交被询问人阅读，与所说一致。）", song(34))
    scrawl(run.s, LEFT + mm(10), run.y + 70, "以上笔录我已看过，记录属实。", rng, size=44)
    scrawl(run.s, LEFT + mm(100), run.y + 140, who + "  " + f"{d.month}.{d.day}", rng, size=44)
    foot(run.s)
    return folio(run.sheets, song(30))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    put(s, LEFT, y - 16, f"案号：{c.number}", song(34))
    put(s, s.width - RIGHT - mm(60), y - 16, f"填表日期：{num_date(d)}", song(30))
    y += 40
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{done:,.2f}元", "结案方式", how],
            ["承办人意见", ""], ["合议庭意见", ""], ["执行局长意见", ""], ["备注", ""]]
    hs = [mm(15)] * 5 + [mm(50), mm(34), mm(36), mm(16)]
    boxes = grid(s, LEFT, y, [mm(36), mm(52), mm(30), w - mm(118)], rows, song(33), heights=hs, labels=(0, 2))
    rows_x = [b for b in boxes if b[0] == LEFT]
    x = rows_x[5][2] + mm(5)
    view = ("经网络查控、实地调查，被执行人无可供执行财产，已限消、纳失，约谈申请人同意，符合终本条件，建议终结本次执行程序。"
            if ttr else "被执行人已履行全部义务，案款已发放申请人，无遗留事项，建议以执行完毕结案。")
    scrawl(s, x, rows_x[5][1] + mm(4), view, rng, size=36, per_line=22, lead=mm(8))
    scrawl(s, s.width - RIGHT - mm(62), rows_x[5][3] - mm(10), f"{c.officer}　{d.month}.{d.day}", rng, size=36)
    scrawl(s, x, rows_x[6][1] + mm(6), "经合议，同意承办人意见。", rng, size=38)
    scrawl(s, s.width - RIGHT - mm(48), rows_x[6][3] - mm(11), c.judge, rng, size=38)
    red = (178, 30, 36)
    scrawl(s, x, rows_x[7][1] + mm(6), f"同意{how}。", rng, size=44, ink=red, role="kai")
    scrawl(s, s.width - RIGHT - mm(56), rows_x[7][3] - mm(12), f"{c.extra['head']} {d.month}/{d.day}", rng, size=40,
           ink=red, role="kai")
    return [s]


NAMES_OF = {"acceptance_notice": "受理案件通知书", "payment_notice": "预交执行费通知书", "enforcement_notice": "执行通知书",
            "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
            "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
            "dishonest_list_decision": "决定书（失信）", "closing_notice": "结案通知书", "summons": "传票",
            "fine_decision": "罚款决定书", "detention_decision": "拘留决定书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the SPC form under the court's name, the signature cell filled in by the person served."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    detained = "detention_decision" in served
    s = Sheet()
    y = form_title(s, "送 达 回 证", size=70)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "；".join(f"{c.number if x != 'fine_decision' and x != 'detention_decision' else ''}{NAMES_OF.get(x, x)}"
                      for x in served)
    addr = "贵港市看守所" if detained else who.address
    rows = [["送达文书名称和文号", papers], ["受送达人", who.name + ("（" + who.legal_rep + "）" if detained else "")],
            ["送达地址", addr], ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""],
            ["送达方式", "直接送达" if not to_applicant else "直接送达（委托代理人签收）"], ["送达人", ""], ["备考", ""]]
    hs = [mm(30), mm(16), mm(18), mm(34), mm(15), mm(18), mm(15), mm(16), mm(28)]
    boxes = grid(s, LEFT, y, [mm(50), w - mm(50)], rows, song(34), heights=hs, spread=False)
    right = [b for b in boxes if b[0] > LEFT]
    if detained:
        sign = who.legal_rep
    elif to_applicant:
        sign = c.agent
    else:
        sign = who.legal_rep if rng.random() < 0.5 else person_name(rng)
    scrawl(s, right[3][0] + mm(18), right[3][1] + mm(10), sign, rng, size=54, role="kai")
    if who.kind == "organisation" and not detained and not to_applicant:
        seal(s, right[3][0] + mm(90), right[3][1] + mm(17), who.name, rng, radius=mm(17))
    scrawl(s, right[4][0] + mm(10), right[4][1] + mm(3), f"{when.year}.{when.month}.{when.day}", rng, size=40)
    scrawl(s, right[7][0] + mm(10), right[7][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40)
    put(s, LEFT, boxes[-1][3] + 24, "注：受送达人拒绝签收的，送达人应在备考栏内注明情况。", song(28))
    put(s, s.width - RIGHT - mm(62), boxes[-1][3] + 76, COURT[-8:] + "（印）", song(28))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover on buff card: the court in serif over a huge title, particulars on ruled lines (not a grid),
    the archive's numbers stamped in a strip at the foot."""
    s = Sheet(paper=(242, 232, 208))
    put(s, (s.width - kit.text_width(COURT, font("serif_bold", 56)) - 4 * 16) / 2, mm(40), COURT,
        font("serif_bold", 56), spacing=4)
    tf = song(120)
    put(s, (s.width - kit.text_width("执行案卷", tf) - 3 * 70) / 2, mm(62), "执行案卷", tf, spacing=70, stroke=2)
    put(s, s.width / 2 - mm(34), mm(108), "（正　卷）", song(46))
    f = song(40)
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被 执 行 人", c.respondent.name), ("执 行 依 据", basis_title(c).replace(c.basis_court, "")),
            ("执行标的", f"{c.amount:,.2f}元"), ("结案方式", "终结本次执行程序" if ttr else "执行完毕"),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("承 办 人", c.officer),
            ("书 记 员", c.clerk), ("归档日期", num_date(d)), ("保管期限", "长期")]
    y = mm(126)
    for label, value in rows:
        put(s, LEFT + mm(12), y, label, f)
        s.line(LEFT + mm(52), y + 48, s.width - RIGHT - mm(12), y + 48, width=2)
        scrawl(s, LEFT + mm(56), y - 4, value, rng, size=38, ink=(30, 30, 34))
        y += mm(10.4)
    yb = s.height - mm(30)
    grid(s, LEFT + mm(12), yb, [mm(38)] * 4, [["全宗号", "目录号", "案卷号", "共　页"]], song(30), heights=mm(14),
         labels=(), spread=False)
    for k, v in enumerate(["118", "2024", str(rng.randint(400, 980)), str(rng.randint(52, 78))]):
        scrawl(s, LEFT + mm(12) + mm(38) * k + mm(22), yb + mm(3), v, rng, size=34, ink=(30, 30, 34))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["立案审批表", "执行申请书", "民事判决书", "生效证明书", "财产线索表", "执行费缴款书", "身份证明材料",
             "授权委托书、所函、执业证", "收款账户确认书", "送达地址确认书", "受理案件通知书、预交执行费通知书", "执行通知书",
             "报告财产令", "财产申报表", "网络查控结果", "执行裁定书（查封船舶）", "协助执行通知书（海事局）",
             "罚款决定书", "拘留决定书", "执行和解协议", "案款收付凭证", "结案通知书", "结案审批表", "送达回证"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="", size=70)
    put(s, LEFT, y - 10, f"{c.number}", song(34))
    y += 46
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文　件　题　名", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += {"民事判决书": 4, "执行申请书": 2, "身份证明材料": 3, "授权委托书、所函、执业证": 3, "网络查控结果": 2,
                 "送达回证": 4, "执行和解协议": 2}.get(name, 1)
    boxes = grid(s, LEFT, y, [mm(22), w - mm(66), mm(22), mm(22)], rows, song(30), heights=mm(8.2), labels=(),
                 spread=False)
    scrawl(s, LEFT, boxes[-1][3] + mm(10), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["案件信息与系统录入一致", "法律文书齐全、签章完整", "送达回证齐全、填写规范", "执行款收付手续完备",
              "强制措施（罚款、拘留）手续齐全", "卷内文件排列有序、无空白项", "页号连续、目录准确", "电子卷宗同步上传"]
    rows = [["案号", c.number], ["承办人", f"{c.officer}（书记员{c.clerk}）"], ["序号", "复核项目", "结果"],
            *[[str(i), p, ""] for i, p in enumerate(points, 1)], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(15), mm(15), mm(13)] + [mm(13)] * len(points) + [mm(40), mm(18)]
    boxes = grid(s, LEFT, y, [mm(30), w - mm(70), mm(40)], rows, song(32), heights=hs, labels=(0,), spread=False)
    by_row: dict[float, list[tuple[float, float, float, float]]] = {}
    for b in boxes:
        by_row.setdefault(b[1], []).append(b)
    rowlist = [by_row[k] for k in sorted(by_row)]
    for row in rowlist[3:3 + len(points)]:
        x0, y0 = row[2][0] + mm(15) + rng.uniform(-8, 8), row[2][1] + mm(7)
        s.line(x0, y0, x0 + 12, y0 + 16, width=4, fill=kit.GEL)
        s.line(x0 + 12, y0 + 16, x0 + 40, y0 - 22, width=4, fill=kit.GEL)
    scrawl(s, rowlist[-2][1][0] + mm(6), rowlist[-2][1][1] + mm(8), "材料齐全，排列规范，同意归档。", rng, size=42)
    scrawl(s, rowlist[-1][1][0] + mm(8), rowlist[-1][1][1] + mm(4), f"{person_name(rng)}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备 考 表", issuer="", size=72)
    put(s, LEFT, y - 10, f"案号：{c.number}", song(34))
    y += 50
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=4)
    put(s, LEFT + mm(6), y + mm(6), "卷内情况说明：", song(38))
    pages = rng.randint(52, 78)
    yy = scrawl(s, LEFT + mm(16), y + mm(22), f"本卷共有文件材料{pages - 4}件，计{pages}页（含封面、目录、备考表）。", rng,
                size=42, per_line=20, lead=mm(12))
    yy = scrawl(s, LEFT + mm(16), yy, "被执行人履行后，船舶已解除查封。", rng, size=42, per_line=20, lead=mm(12))
    scrawl(s, LEFT + mm(16), yy, "罚款已缴入国库，拘留已执行完毕。", rng, size=42, per_line=20, lead=mm(12))
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷日期", num_date(d))]):
        put(s, LEFT + mm(92), base + mm(18) * k, f"{label}：", song(38))
        scrawl(s, LEFT + mm(126), base + mm(18) * k - 6, value, rng, size=42)
    return [s]

