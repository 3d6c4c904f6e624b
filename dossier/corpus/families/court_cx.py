"""court_cx (广东省湛江市赤坎区人民法院, held out): the old port district of 湛江 — 对虾 traders and cold stores round the
渔港, boatyards on the 麻斜 shore, shop-house lenders on 中山路. Its own papers in the bureau's heavy-宋体 style
(court_cx_kit); what it receives in the senders' styles (court_cx_papers). The volumes were scanned years ago into
the archive system as multi-page TIFFs and later converted to PDF by a tool that ignored their x/y resolutions
(court_cx_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, signature, table, wrap
from dossier.corpus.families.court_cx_kit import COURT, MARGIN_L, MARGIN_R, MARGIN_T, body, court_doc, fill
from dossier.corpus.families.court_cx_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
SHRIMP_SEQ, BOAT_SEQ, LOAN_SEQ = 92118, 92263, 92407
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 11,
        "summons": 16, "investigation_record": 27, "consumption_restriction_order": 35, "dishonest_list_decision": 35,
        "settlement_agreement": 26, "interview_record": 110, "termination_this_round_ruling": 122, "closing_notice": 66}
"""days after filing on which the bureau made each paper (the closing ones move with the case's closing date)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    return c.day(WHEN.get(code, 0))


def _person(rng: random.Random, region: str, address: str, phone: str) -> Party:
    born = date(rng.randint(1962, 1990), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address, phone, born=born,
                 sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """湛江 parties. SHRIMP_SEQ: a cold-chain company's 湛江仲裁委员会 award for 对虾 cold-storage fees against a seafood
    trader (account frozen and deducted, settlement, paid); BOAT_SEQ: a boatyard wins on appeal (湛江中院) for the repair
    of a fishing boat against its owner (the boat seized, nothing else, 终本, archived); LOAN_SEQ: a lender's 赤坎法院
    judgment on a 民间借贷 against a shop-keeper (account frozen, deducted in full, paid)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {SHRIMP_SEQ: "shrimp", BOAT_SEQ: "boat", LOAN_SEQ: "loan"}[seq]
    c.firm = rng.choice(["广东海湾律师事务所", "广东南粤湛江律师事务所", "广东赤坎明法律师事务所"])
    c.extra["firm_addr"] = f"湛江市赤坎区{rng.choice(['海滨大道北', '康宁路', '北桥路'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"1440820{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.004 + 120))
    c.extra["in_bank"] = rng.choice(["中国工商银行湛江赤坎支行", "湛江农村商业银行赤坎支行", "中国建设银行湛江分行营业部"])
    c.extra["in_acct"] = f"6222{rng.randint(10**11, 10**12 - 1)}"
    c.extra["officer_no"] = f"44080{rng.randint(100, 999)}"
    street = rng.choice(["中华街道", "寸金街道", "民主街道", "沙湾街道", "调顺街道"])
    if tale(c) == "shrimp":
        c.applicant = Party(f"湛江{rng.choice(['海之源', '港湾', '宝冷'])}冷链物流有限公司", "organisation",
                            credit_code(rng, "440811"), f"广东省湛江市麻章区{rng.choice(['湖光快线', '金园路'])}{rng.randint(1, 300)}号",
                            f"0759-22{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"湛江{rng.choice(['鸿海', '金虾', '南三'])}水产贸易有限公司", "organisation",
                             credit_code(rng, "440802"), f"广东省湛江市赤坎区{street}{rng.choice(['渔港路', '海滨大道北'])}"
                             f"{rng.randint(1, 99)}号", f"0759-33{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "湛江仲裁委员会"
        c.basis_number = f"（2023）湛仲字第{rng.randint(200, 999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 110))
        c.extra["cause"] = "仓储合同纠纷"
        c.extra["tons"] = rng.randint(180, 620)
        c.extra["r_bank"] = rng.choice(["中国农业银行湛江赤坎支行", "广东南粤银行湛江分行"])
        c.extra["r_acct"] = f"4460{rng.randint(10**11, 10**12 - 1)}"
        c.extra["frozen"] = (c.amount * Decimal("0.55")).quantize(Decimal("0.01"))
    elif tale(c) == "boat":
        c.applicant = Party(f"湛江{rng.choice(['麻斜', '海兴', '东海岛'])}船舶修造有限公司", "organisation",
                            credit_code(rng, "440811"), f"广东省湛江市麻章区{rng.choice(['麻斜', '太平镇'])}"
                            f"{rng.choice(['船厂路', '海堤路'])}{rng.randint(1, 60)}号", f"0759-28{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = _person(rng, rng.choice(["440803", "440881"]),
                               f"广东省湛江市霞山区{rng.choice(['渔港', '海头'])}{rng.choice(['东', '西'])}路{rng.randint(1, 120)}号",
                               f"137{rng.randint(10000000, 99999999)}")
        c.basis_court = "广东省湛江市中级人民法院"
        c.extra["first_no"] = f"（2023）粤0802民初{rng.randint(1000, 7999)}号"
        c.basis_number = f"（2023）粤08民终{rng.randint(1000, 4999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "承揽合同纠纷"
        c.extra["boat"] = f"粤湛江渔{rng.randint(10000, 99999)}"
        c.extra["kw"] = rng.choice([176, 220, 294, 330])
        c.extra["mortgagee"] = "湛江农村商业银行霞山支行"
        c.amount = Decimal(rng.randint(180000, 620000)) + Decimal(rng.randint(0, 99)) / 100
        c.extra["fee"] = Decimal(int(float(c.amount) * 0.004 + 120))
    else:
        c.applicant = _person(rng, "440802", f"广东省湛江市赤坎区{street}{rng.choice(['中山一路', '民主路', '和平路'])}"
                                             f"{rng.randint(1, 200)}号", f"138{rng.randint(10000000, 99999999)}")
        c.respondent = _person(rng, rng.choice(["440802", "440804"]),
                               f"广东省湛江市赤坎区{rng.choice(['南桥', '北桥', '椹川'])}{rng.choice(['街', '路'])}{rng.randint(1, 90)}号",
                               f"159{rng.randint(10000000, 99999999)}")
        c.basis_court = COURT
        c.basis_number = f"（2023）粤0802民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(800, 3600)) * 100
        c.extra["fee"] = Decimal(int(float(c.amount) * 0.004 + 120))
        c.extra["lent_on"] = c.basis_effective - timedelta(days=rng.randint(500, 700))
        c.extra["r_bank"] = rng.choice(["中国邮政储蓄银行湛江赤坎支行", "湛江农村商业银行椹川支行"])
        c.extra["r_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
        c.extra["frozen"] = c.amount
        c.extra["shop"] = f"{rng.choice(['鸿发', '兴隆', '顺景'])}{rng.choice(['海味干货店', '五金店', '士多店'])}"
    c.extra["pay_day"] = c.day(rng.randint(42, 52))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def _basis(c: CaseCtx) -> str:
    kind = {"shrimp": "裁决书", "boat": "民事判决书", "loan": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _addr(p: Party) -> str:
    return f"住所地{p.address}" if p.kind == "organisation" else f"住{p.address}"


def _party_lines(label: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("f", f"{label}：{p.name}，{_addr(p)}。"), ("f", f"法定代表人：{p.legal_rep}，该公司总经理。")]
    return [("f", f"{label}：{p.name}，{p.sex}，{p.born.year if p.born else 1980}年"
                  f"{p.born.month if p.born else 1}月{p.born.day if p.born else 1}日出生，汉族，{_addr(p)}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"{a.name}与{r.name}{c.extra['cause']}一案"
    you = "你单位" if r.kind == "organisation" else "你"
    d = made_on(c, code)
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{_basis(c)}一案，本院经审查，符合法定受理条件，已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案由执行员{c.officer}、书记员{c.clerk}承办，联系电话{c.court.phone}。你方如掌握被执行人财产线索，请及时书面"
                  "提供；可通过“粤公正”小程序或广东法院诉讼服务网查询案件流程节点。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_doc(c, rng, "交纳申请执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行的{case}，本院已立案。依照《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费"
                  f"人民币{c.extra['fee']}元（执行完毕后由被执行人负担，从执行款中优先扣还）。"),
            ("p", "请于收到本通知次日起七日内通过广东省非税收入缴款码缴纳，逾期不缴纳又未申请缓交的，本院将依法处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{_basis(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十条"
                  f"的规定，责令{you}自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{you}逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=_staff(c), day=d)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{case}，{you}未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条和《最高人民法院关于"
                  f"民事执行中财产调查若干问题的规定》第三条的规定，责令{you}在收到本令之日起五日内，如实向本院报告当前以及收到"
                  "执行通知之日前一年的财产情况，并填写财产申报表。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将依法予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，"
                  "依法追究刑事责任。"),
        ], signers=_staff(c), day=d)
    if code == "enforcement_ruling":
        what = {"shrimp": f"冻结、扣划被执行人{r.name}在{c.extra.get('r_bank', '')}账户{c.extra.get('r_acct', '')}内的存款，"
                          f"以{money(c.amount)}为限。",
                "boat": f"查封、扣押被执行人{r.name}所有的渔船{c.extra.get('boat', '')}（主机功率{c.extra.get('kw', '')}千瓦）"
                        "一艘，扣押期间不得转让、抵押、出租或驶离指定锚地。",
                "loan": f"冻结、划拨被执行人{r.name}在{c.extra.get('r_bank', '')}账户内的存款{money(c.amount)}。"}[tale(c)]
        return court_doc(c, rng, "执行裁定书", [
            *_party_lines("申请执行人", a), *_party_lines("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人未按执行通知书履行生效法律文书确定的义务。依照{LAW}第二百四十九条、第二百五十三条、"
                  "第二百五十四条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            ("p", what),
            ("p", "本裁定立即执行。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)], day=d)
    if code == "assistance_notice":
        if tale(c) == "boat":
            return court_doc(c, rng, "协助执行通知书", [
                ("f", "湛江市农业农村局（渔船登记机关）："),
                ("p", f"本院执行的{case}，已作出{c.number}执行裁定，扣押被执行人{r.name}所有的渔船{c.extra['boat']}"
                      f"（船籍港湛江，主机功率{c.extra['kw']}千瓦），该船现停泊于霞山渔港指定锚位。依照{LAW}第二百五十四条的规定，"
                      "请协助执行以下事项："),
                ("p", "一、对上述渔船办理查封登记，查封期间不予办理所有权转移、抵押、光船租赁登记及渔业捕捞许可证转让手续；"),
                ("p", "二、通知湛江渔港监督站，查封期间不予签发该船出港签证；"),
                ("p", "三、查封期限为二年，自本通知送达之日起算。"),
                ("f", f"附：{c.number}执行裁定书一份"),
                ("f", f"经办人：{c.officer}（执行公务证号{c.extra['officer_no']}）、{c.clerk}　电话：{c.court.phone}"),
            ], number=f"{c.number}之一", day=d)
        bank = c.extra["r_bank"]
        what = (f"扣划被执行人{r.name}在你行账户{c.extra['r_acct']}内存款{money(c.extra['frozen'])}至本院执行款专户"
                if tale(c) == "shrimp" else f"冻结并扣划被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的账户内存款"
                f"{money(c.amount)}至本院执行款专户")
        return court_doc(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"本院执行的{case}，依照{LAW}第二百四十九条的规定，请协助执行下列事项："),
            ("p", what + "。"),
            ("f", f"附：{c.number}执行裁定书一份"),
            ("f", f"经办人：{c.officer}（执行公务证号{c.extra['officer_no']}）、{c.clerk}"),
        ], number=f"{c.number}之一", day=d)
    if code == "closing_notice":
        how = ("本院扣划被执行人银行存款后，余款由被执行人按执行和解协议付清" if tale(c) == "shrimp"
               else "本院冻结并扣划被执行人银行存款，足额到位")
        return court_doc(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{_basis(c)}一案，{how}，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=4))}发放至你方"
                  f"确认的{c.extra['in_bank']}账户。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_doc(c, rng, "执行裁定书", [
            *_party_lines("申请执行人", a), *_party_lines("被执行人", r),
            ("p", f"本院在执行{a.name}申请执行{_basis(c)}一案中，依法向被执行人发出执行通知书、报告财产令，被执行人未履行义务，"
                  "亦未如实报告财产。本院通过网络执行查控系统查询被执行人名下存款、车辆、不动产、证券、网络资金等，除小额存款外"
                  f"无其他财产；本院已扣押被执行人所有的渔船{c.extra['boat']}一艘，该船已设定抵押，抵押权人为{c.extra['mortgagee']}，"
                  "经询价，船舶价值不足以清偿抵押债权，拍卖无益。"),
            ("p", f"本院已于{cn_date(made_on(c, 'consumption_restriction_order'))}对被执行人限制消费并纳入失信被执行人名单。"
                  f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人，告知执行情况，申请执行人未能提供其他财产线索。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
                  "规定，裁定如下："),
            ("p", f"终结本次执行程序。本案未执行到位金额{money(c.amount)}；对渔船{c.extra['boat']}的扣押继续有效。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)], day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            ("f", f"被限制人：{r.name}，{r.sex}，公民身份号码{r.id_number}。" if r.kind == "person"
             else f"被限制人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("p", f"本院执行的{case}，被限制人未按执行通知书指定的期间履行生效法律文书确定的给付义务。依照《最高人民法院关于"
                  "限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，被限制人不得实施下列高消费及非生活和工作必需"
                  "的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被限制人违反本令的，经查证属实，本院将依照民事诉讼法第一百一十四条的规定予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            *_party_lines("被执行人", r),
            ("p", f"{a.name}申请执行{_basis(c)}一案，本院于{cn_date(made_on(c, 'enforcement_notice'))}向被执行人送达执行通知书、"
                  "报告财产令。被执行人有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不报告财产情况。依照"
                  f"{LAW}第二百六十二条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为本决定有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "investigation_record":
        return _record(c, rng, "现场调查笔录", d, [
            ("问", f"我们是赤坎区人民法院执行局执行人员，现出示执行公务证。今天来霞山渔港查看渔船{c.extra['boat']}，你是什么人？"),
            ("答", f"我是这条船的轮机员，{r.name}请的，船停在这里快半年了。"),
            ("问", "船现在能出海吗？"),
            ("答", "主机上次修了以后又坏了，伏季休渔过后一直没出海，船员都散了，就我隔几天来看一下。"),
            ("问", "船上有渔获、网具或其他值钱的设备吗？"),
            ("答", "网具旧了，值不了几个钱；雷达和对讲机去年就拆下来卖了。"),
            ("问", f"{r.name}还有别的船或者其他产业吗？"),
            ("答", "没有了，原来合伙的那条船也卖了。听说他在外面欠了不少钱，这条船也押给银行了。"),
            ("问", "以上所说是否属实？"),
            ("答", "属实。"),
        ], who=person_name(rng), place=f"霞山渔港渔船{c.extra['boat']}泊位")
    if code == "interview_record":
        return _record(c, rng, "约谈笔录", d, [
            ("问", f"今天约你来，是告知{c.number}案件的执行情况并听取意见。请说明你的身份。"),
            ("答", f"我叫{c.agent}，{c.firm}律师，受{a.name}委托，有特别授权。"),
            ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券、网络资金，仅有小额存款已扣划；已扣押渔船"
                   f"{c.extra['boat']}，该船已抵押给{c.extra['mortgagee']}，询价结果不足以清偿抵押债权；已限制消费、纳入失信名单，"
                   "并到渔港现场调查。你方是否清楚？"),
            ("答", "清楚，查询结果我们看过了。"),
            ("问", "你方能否提供被执行人其他财产线索？"),
            ("答", "暂时没有。听说他在徐闻那边跟人合伙搞养殖，但没有具体信息。"),
            ("问", "本院拟终结本次执行程序，渔船的扣押继续保留，终本后发现财产可以申请恢复执行。你方有何意见？"),
            ("答", "同意终本，保留扣押，以后有线索再申请恢复。"),
        ], who=c.agent, place="本院执行局第二谈话室")
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: the printed form with a counterfoil line, filled by hand."""
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("serif_bold", 58))
    s.centred(MARGIN_T + 100, "传　　票", font("serif_bold", 80), spacing=24)
    s.right(s.width - MARGIN_R, MARGIN_T + 225, c.number, body(40))
    w = s.width - MARGIN_L - MARGIN_R
    due = d + timedelta(days=6)
    r = c.respondent
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "报告财产、接受调查询问"], ["应到时间", f"{due.year}年{due.month}月{due.day}日下午3时"],
            ["应到处所", "本院执行局（南桥南路）一楼执行接待室"]]
    y = MARGIN_T + 300
    table(s, MARGIN_L, y, [mm(44), w - mm(44)], [[k, ""] for k, _ in rows], body(40), row_h=124, centre_first=True)
    for i, (_, v) in enumerate(rows):
        fill(s, MARGIN_L + mm(48), y + 124 * i + 40, v[:22], rng, size=38)
    y += 124 * len(rows) + 50
    for line in ["注意：1. 被传唤人必须准时到达应到处所；", "　　　2. 本传票由被传唤人携带来院报到；",
                 "　　　3. 被传唤人收到传票后，应在送达回证上签名或盖章；", "　　　4. 无正当理由拒不到场的，可以依法拘传。"]:
        s.text(MARGIN_L, y, line, body(36))
        y += 62
    s.text(MARGIN_L, y + 60, f"执行员　{c.officer}", body(40))
    s.right(s.width - MARGIN_R - mm(8), y + 150, cn_date(d), body(40))
    seal(s, s.width - MARGIN_R - mm(36), y + 160, COURT, rng, radius=mm(20))
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, d: date, qa: list[tuple[str, str]], *, who: str,
            place: str) -> list[Sheet]:
    """A 笔录 on the bureau's plain record paper: head in a small table, Q and A typed, signed at the foot of each page."""
    sheets: list[Sheet] = []
    f = body(40)
    lh = 74

    def page(first: bool) -> tuple[Sheet, float]:
        s = Sheet()
        s.centred(MARGIN_T - 10, title, font("serif_bold", 66), spacing=20)
        sheets.append(s)
        return s, MARGIN_T + 120

    s, y = page(True)
    w = s.width - MARGIN_L - MARGIN_R
    head = [["时间", f"{num_date(d)}10时05分至10时50分", "地点", place],
            ["执行人员", c.officer, "记录人", c.clerk], ["被询问人", who, "案号", c.number]]
    table(s, MARGIN_L, y, [mm(30), w / 2 - mm(30), mm(24), w / 2 - mm(24)], head, body(32), row_h=92, centre_first=True)
    y += 92 * 3 + 40
    for q, text in qa:
        for k, part in enumerate(wrap(f"{q}：{text}", f, w - f.size * 2)):
            if y > s.height - mm(48):
                s, y = page(False)
            s.text(MARGIN_L + (0 if k == 0 else f.size * 2), y, part, f)
            y += lh
    for i, sh in enumerate(sheets, 1):
        sh.text(MARGIN_L, sh.height - mm(36), "被询问人签名：", body(34))
        signature(sh, MARGIN_L + mm(52), sh.height - mm(40), who, rng)
        sh.right(sh.width - MARGIN_R, sh.height - mm(36), f"第{i}页（共{len(sheets)}页）", body(30))
        if i > 1:
            sh.page_of = (i, len(sheets))
    fill(sheets[-1], MARGIN_L + mm(8), y + 16, "以上笔录已看过，记录无误。", rng, size=42, ink=(30, 30, 30))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(MARGIN_T, f"{COURT}执行局", font("serif_bold", 50))
    s.centred(MARGIN_T + 82, "执行结案审批表", font("serif_bold", 66), spacing=12)
    w = s.width - MARGIN_L - MARGIN_R
    how = {"shrimp": "执行完毕（和解履行）", "loan": "执行完毕", "boat": "终结本次执行程序"}[tale(c)]
    paid = Decimal(0) if tale(c) == "boat" else c.amount
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", _basis(c)], ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{paid:,.2f}元"],
            ["结案方式", how, "承办人", c.officer], ["承办人意见", ""], ["合议庭意见", ""], ["局领导审批", ""]]
    y = MARGIN_T + 200
    heights = [100, 110, 130, 100, 100, 300, 240, 240]
    table(s, MARGIN_L, y, [mm(32), w / 2 - mm(32), mm(30), w / 2 - mm(30)], rows, body(34), row_h=heights, centre_first=True)
    yy = y + sum(heights[:5])
    fill(s, MARGIN_L + mm(38), yy + 40, f"本案已{how}，卷内材料齐全，建议结案。", rng)
    fill(s, s.width - MARGIN_R - mm(80), yy + 210, f"{c.officer} {d:%Y.%m.%d}", rng, size=34)
    fill(s, MARGIN_L + mm(38), yy + 340, "经合议，同意结案。", rng)
    fill(s, s.width - MARGIN_R - mm(80), yy + 450, c.judge, rng, size=36)
    fill(s, MARGIN_L + mm(38), yy + 580, "同意", rng, ink=(40, 40, 40), size=46)
    fill(s, s.width - MARGIN_R - mm(80), yy + 690, f"{person_name(rng)} {(d + timedelta(days=1)):%m.%d}", rng, size=36,
         ink=(40, 40, 40))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "失信决定书", "enforcement_ruling": "执行裁定书", "summons": "传票",
         "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: a four-column table, the served papers one a line, signed and dated by hand."""
    to_applicant = served[0] in ("acceptance_notice", "termination_this_round_ruling", "closing_notice")
    who = c.applicant if to_applicant else c.respondent
    signer = c.agent if to_applicant else (who.legal_rep or who.name)
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 5))
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("serif_bold", 56))
    s.centred(MARGIN_T + 96, "送 达 回 证", font("serif_bold", 76), spacing=10)
    w = s.width - MARGIN_L - MARGIN_R
    cols = [mm(34), w / 2 - mm(34), mm(30), w / 2 - mm(30)]
    rows = [["案号", c.number, "案由", c.extra["cause"]], ["受送达人", who.name, "送达地址", who.address[:16]],
            ["送达文书", ""], ["送达人", f"{c.officer}、{c.clerk}", "送达方式", "直接送达"], ["受送达人签收", ""],
            ["代收人", ""], ["备注", ""]]
    heights = [110, 130, 120 + 66 * len(served), 100, 260, 110, 140]
    y = MARGIN_T + 230
    table(s, MARGIN_L, y, cols, rows, body(34), row_h=heights, centre_first=True)
    yy = y + sum(heights[:2]) + 40
    for n in served:
        s.text(MARGIN_L + mm(40), yy, f"{c.number}{NAMES[n]}　一份", body(34))
        yy += 66
    yy = y + sum(heights[:4])
    signature(s, MARGIN_L + mm(50), yy + 50, signer, rng)
    fill(s, MARGIN_L + mm(100), yy + 170, f"{got.year}年{got.month}月{got.day}日", rng, size=38, ink=(30, 30, 30))
    end = y + sum(heights)
    s.right(s.width - MARGIN_R - mm(8), end + 110, cn_date(last), body(38))
    seal(s, s.width - MARGIN_R - mm(36), end + 120, COURT, rng, radius=mm(19))
    s.text(MARGIN_L, end + 260, "说明：受送达人拒绝签收的，送达人应在备注栏注明情况。", body(30))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    done = c.closed_on + timedelta(days=rng.randint(15, 30))
    w = s.width - MARGIN_L - MARGIN_R
    how = {"shrimp": "执行完毕", "loan": "执行完毕", "boat": "终结本次执行程序"}[tale(c)]
    if code == "dossier_cover":
        s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=4)
        s.box(mm(20), mm(20), s.width - mm(20), s.height - mm(20), width=2)
        s.centred(mm(50), COURT, font("serif_bold", 70))
        s.centred(mm(80), "执 行 卷 宗", font("serif_bold", 116), spacing=20)
        s.centred(mm(112), "（正　卷）", font("serif", 44))
        rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行依据", _basis(c)], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["结案方式", how], ["执 行 员", c.officer], ["书 记 员", c.clerk], ["归档日期", num_date(done)]]
        table(s, mm(32), mm(122), [mm(44), s.width - mm(64) - mm(44)], rows, body(36), row_h=92, centre_first=True)
        s.text(mm(32), s.height - mm(40), f"全宗号 158　年度 {c.filed_on.year}　卷号 执{c.number[-6:-1]}　保管期限 永久",
               body(36))
        return [s]
    if code == "catalogue":
        s.centred(MARGIN_T, "卷 内 目 录", font("serif_bold", 70), spacing=10)
        s.text(MARGIN_L, MARGIN_T + 110, f"案号：{c.number}", body(36))
        items = ["执行卷宗封面", "卷内目录", "强制执行申请书", "民事判决书（二审）", "生效证明书", "财产线索表", "诉讼费票据",
                 "身份证明材料", "授权委托书、律师事务所函、执业证", "执行款收取账户确认书", "送达地址确认书",
                 "受理、缴费、执行通知书、报告财产令", "网络查控反馈", "执行裁定书、协助执行通知书", "财产申报表", "传票",
                 "现场调查笔录", "限制消费令、失信决定书", "约谈笔录", "终结本次执行程序裁定书", "结案审批表", "送达回证",
                 "卷宗复核表", "备考表"]
        rows = [["序号", "文件材料题名", "页号", "备注"]]
        p = 1
        for i, it in enumerate(items, 1):
            n = 1 if i <= 2 else rng.randint(1, 3)
            rows.append([str(i), it, f"{p}-{p + n - 1}" if n > 1 else str(p), ""])
            p += n
        table(s, MARGIN_L, MARGIN_T + 170, [mm(16), w - mm(16) - mm(26) - mm(22), mm(26), mm(22)], rows, body(30),
              row_h=76, centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(MARGIN_T, COURT, font("serif_bold", 50))
        s.centred(MARGIN_T + 82, "执行案件归档卷宗复核表", font("serif_bold", 60), spacing=4)
        checks = ["结案文书齐全，送达回证完备", "终本约谈、财产调查材料齐全", "查封扣押措施登记情况已注明", "卷内文件排列有序、页码连续",
                  "卷内目录填写准确"]
        rows = [["案号", c.number], *[[k, ""] for k in checks], ["复核意见", ""], ["复核人签名", ""]]
        y = MARGIN_T + 200
        table(s, MARGIN_L, y, [w * 0.64, w * 0.36], rows, body(34), row_h=[100, *[110] * 5, 260, 120])
        for k in range(5):
            fill(s, MARGIN_L + w * 0.64 + mm(18), y + 100 + 110 * k + 30, "符合" if k != 2 else "已注明", rng, size=40)
        fill(s, MARGIN_L + w * 0.64 + mm(8), y + 100 + 550 + 90, "同意归档", rng)
        signature(s, MARGIN_L + w * 0.64 + mm(18), y + 100 + 550 + 260 + 30, person_name(rng), rng)
        s.right(s.width - MARGIN_R, y + 1260, f"复核日期：{num_date(done)}", body(36))
        return [s]
    s.centred(MARGIN_T, "卷内备考表", font("serif_bold", 70), spacing=14)
    s.box(MARGIN_L, MARGIN_T + 140, s.width - MARGIN_R, s.height - mm(40), width=2)
    s.text(MARGIN_L + 30, MARGIN_T + 170, f"本卷共有文件材料{rng.randint(52, 74)}页，照片　张。", body(40))
    s.text(MARGIN_L + 30, MARGIN_T + 250, "说明：本案终结本次执行程序，渔船扣押继续有效；", body(40))
    s.text(MARGIN_L + 30, MARGIN_T + 320, "　　　查封期限届满前应及时续封。", body(40))
    s.text(MARGIN_L + 30, s.height - mm(112), "立卷人：", body(40))
    signature(s, MARGIN_L + 220, s.height - mm(114), c.clerk, rng)
    s.text(MARGIN_L + 30, s.height - mm(86), "检查人：", body(40))
    signature(s, MARGIN_L + 220, s.height - mm(88), person_name(rng), rng)
    s.text(MARGIN_L + 30, s.height - mm(60), f"立卷日期：{num_date(done)}", body(40))
    return [s]
