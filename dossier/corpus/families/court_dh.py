"""court_dh (新疆维吾尔自治区乌鲁木齐市天山区人民法院, held out): the old centre of 乌鲁木齐 — 二道桥, 大湾, 解放南路. Its
own papers bilingual, Uyghur above Chinese (court_dh_kit); what it receives in the senders' styles, some bilingual too
(court_dh_papers). Every page photographed at the filing window by a 高拍仪 (court_dh_capture)."""

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
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_dh_kit import (
    COURT,
    LEAD,
    MARGIN_L,
    MARGIN_R,
    MARGIN_T,
    UG_COURT,
    body,
    case_head,
    court_paper,
    footer,
    grid_form,
    heading,
    ug_line,
)
from dossier.corpus.families.court_dh_papers import RECEIVED, paper
from dossier.corpus.fonts import font

LOAN_SEQ, GOODS_SEQ, RENT_SEQ = 13126, 13407, 13653
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 6, "enforcement_ruling": 11, "assistance_notice": 11, "property_declaration_form": 15,
        "summons": 21, "investigation_record": 27, "settlement_agreement": 31, "payment_voucher": 44,
        "consumption_restriction_order": 36, "dishonest_list_decision": 36}
LATE = {"closing_notice": 1, "interview_record": 16, "termination_this_round_ruling": 4, "closing_approval_form": 7}
"""days before closing on which the closing papers were made"""
UG_GIVEN = [("ئابدۇرېھىم", "阿不都热依木"), ("مەمەتجان", "买买提江"), ("ئەخمەت", "艾合买提"), ("تۇرسۇن", "吐尔逊"),
            ("نۇرمەمەت", "努尔买买提"), ("ئالىم", "阿里木"), ("ياسىن", "亚森"), ("قادىر", "卡德尔")]
UG_FEMALE = [("گۈلنار", "古丽娜尔"), ("مەرىيەم", "玛丽亚木"), ("زۆھرە", "祖合热"), ("پاتىگۈل", "帕提古丽")]
UG_FATHER = [("ئوسمان", "吾斯曼"), ("ھەسەن", "艾山"), ("قۇربان", "库尔班"), ("ئىمىن", "依明"), ("سېيىت", "斯依提")]
STREETS = ["解放南路", "和平南路", "新华南路", "延安路", "团结路", "胜利路", "大湾北路", "民主路"]


def uyghur(rng: random.Random, female: bool = False) -> tuple[str, str]:
    """(Uyghur script, Chinese) of a fictional Uyghur name: given name·father's name."""
    g = rng.choice(UG_FEMALE if female else UG_GIVEN)
    f = rng.choice(UG_FATHER)
    return f"{g[0]} {f[0]}", f"{g[1]}·{f[1]}"


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in LATE:
        return c.closed_on - timedelta(days=LATE[code])
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return c.closed_on + timedelta(days=3)
    if code in ("enforcement_basis", "effectiveness_certificate"):
        return c.basis_effective
    return c.day(WHEN.get(code, 0))


def _addr(rng: random.Random) -> str:
    return f"新疆乌鲁木齐市天山区{rng.choice(STREETS)}{rng.randint(8, 420)}号"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """LOAN_SEQ: a 民间借贷 judgment of this court (two guarantors jointly liable) against a Uyghur trader of 二道桥, who
    settles and pays; GOODS_SEQ: a 兵团 court's 买卖合同 judgment (乌鲁木齐垦区法院) for a 农资 company against a 天山区
    trading company with nothing left — 终本, archived; RENT_SEQ: this court's 民事调解书 on shop rent arrears, paid."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {LOAN_SEQ: "loan", GOODS_SEQ: "goods", RENT_SEQ: "rent"}[seq]
    c.firm = rng.choice(["新疆天阳律师事务所", "新疆元正盛业律师事务所", "新疆柏坤律师事务所", "新疆丝路天山律师事务所"])
    c.extra["firm_addr"] = f"乌鲁木齐市天山区{rng.choice(['中山路', '光明路', '新华北路'])}{rng.randint(10, 300)}号"
    c.extra["licence"] = f"1650120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["officer_no"] = f"65{rng.randint(100, 999)}{rng.randint(10, 99)}"
    c.extra["in_bank"] = rng.choice(["乌鲁木齐银行天山支行", "新疆农村信用社天山区联社", "中国工商银行乌鲁木齐解放南路支行"])
    c.extra["in_acct"] = f"6231{rng.randint(10**11, 10**12 - 1)}"
    c.extra["ug"] = {}
    if tale(c) == "loan":
        born = date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "650102", born), _addr(rng),
                            f"138{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        ug, cn = uyghur(rng)
        born = date(rng.randint(1970, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(cn, "person", id_number(rng, "650102", born),
                             f"新疆乌鲁木齐市天山区{rng.choice(['二道桥', '大湾', '团结路'])}片区{rng.randint(2, 90)}号",
                             f"199{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["ug"][cn] = ug
        g1 = uyghur(rng, female=True)
        c.extra["ug"][g1[1]] = g1[0]
        c.extra["guarantors"] = [g1[1], person_name(rng)]
        c.basis_court = COURT
        c.basis_number = f"（2023）新0102民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(800, 3600)) * 100
        c.extra["lent_on"] = c.basis_effective - timedelta(days=rng.randint(500, 700))
        c.extra["rate"] = rng.choice(["年利率6%", "月利率1%", "年利率12%"])
    elif tale(c) == "goods":
        c.applicant = Party(f"新疆{rng.choice(['天鹰', '垦源', '绿洲丰'])}农资有限责任公司", "organisation",
                            credit_code(rng, "659001"), f"新疆生产建设兵团第十二师{rng.choice(['头屯河农场', '五一农场', '西山农场'])}"
                            f"{rng.choice(['工业园', '场部'])}{rng.randint(1, 60)}号",
                            f"0991-38{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        rep_ug, rep_cn = uyghur(rng)
        c.respondent = Party(f"乌鲁木齐{rng.choice(['天和丝路', '博格达', '红山'])}商贸有限公司", "organisation",
                             credit_code(rng, "650102"), _addr(rng), f"0991-28{rng.randint(10000, 99999)}", legal_rep=rep_cn)
        c.extra["ug"][rep_cn] = rep_ug
        c.basis_court = "新疆生产建设兵团乌鲁木齐垦区人民法院"
        c.basis_number = f"（2023）兵1201民初{rng.randint(200, 1999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 100))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = rng.choice(["滴灌带", "复合肥", "棉花专用肥"])
        c.extra["tons"] = rng.randint(80, 600)
        c.amount = Decimal(rng.randint(180000, 1600000)) + Decimal(rng.randint(0, 99)) / 100
        c.extra["plate"] = f"新A{rng.choice('BCDFH')}{rng.randint(1000, 9999)}"
    else:
        ug, cn = uyghur(rng, female=rng.random() < 0.5)
        born = date(rng.randint(1960, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(cn, "person", id_number(rng, "650102", born), _addr(rng),
                            f"135{rng.randint(10000000, 99999999)}", born=born, sex="女" if "古丽" in cn or "玛丽" in cn
                            or "祖合" in cn else "男")
        c.extra["ug"][cn] = ug
        c.respondent = Party(f"乌鲁木齐{rng.choice(['丝路香', '天山味道', '大巴扎'])}餐饮管理有限公司", "organisation",
                             credit_code(rng, "650102"), _addr(rng), f"0991-23{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）新0102民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.extra["shop"] = f"天山区{rng.choice(STREETS)}{rng.randint(10, 300)}号一层{rng.randint(1, 12)}号商铺"
        c.amount = Decimal(rng.randint(600, 2400)) * 100
        c.extra["months"] = rng.randint(6, 14)
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.004 + 50))
    c.extra["pay_day"] = c.day(rng.randint(40, 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_text(c: CaseCtx) -> str:
    kind = "民事调解书" if tale(c) == "rent" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _signers(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判长", c.judge), ("执行员", c.officer), ("书记员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    head = case_head(c)
    if code == "acceptance_notice":
        blocks = [("f", f"{a.name}："),
                  ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，本院经审查，符合受理条件，决定立案执行。"),
                  ("p", f"本案案号为{c.number}，承办人{c.officer}，联系电话{c.court.phone}。请你（单位）在收到本通知之日起"
                        "七日内向本院提供被执行人的财产线索，财产线索发生变化或被执行人下落变动的，应当及时告知本院。"),
                  ("p", "申请执行人收取执行款的账户如有变更，应当书面告知本院，否则由此产生的后果由你（单位）自行承担。"),
                  ("p", "执行中可通过“天山法院”微信公众号或12368诉讼服务热线查询案件进展。")]
        return court_paper("受理案件通知书", c.number, blocks, rng, when=d)
    if code == "payment_notice":
        blocks = [("f", f"{a.name}："),
                  ("p", f"本院受理的{head}一案，根据《诉讼费用交纳办法》第十条、第十四条的规定，你（单位）应当交纳申请执行费"
                        f"{money(c.extra['fee'])}。该费用由被执行人负担，本院在执行中向被执行人一并收取，执行到位后退还你（单位）。"),
                  ("p", "交费方式：新疆维吾尔自治区非税收入缴款，缴款码见本通知所附缴款单；也可至本院诉讼服务中心窗口刷卡缴纳。")]
        return court_paper("缴纳执行费通知书", c.number, blocks, rng, when=d)
    if code == "enforcement_notice":
        blocks = [("f", f"{r.name}："),
                  ("p", f"{a.name}与你（单位）{c.extra['cause']}一案，{basis_text(c)}已经发生法律效力。因你（单位）未履行"
                        f"该法律文书确定的义务，申请执行人向本院申请强制执行，本院已于{num_date(c.filed_on)}立案。依照{LAW}"
                        "第二百四十七条、第二百五十二条的规定，责令你（单位）自收到本通知之日起立即履行下列义务："),
                  ("f", f"一、向申请执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
                  ("f", f"二、负担申请执行费{c.extra['fee']}元。"),
                  ("p", "逾期不履行的，本院将依法强制执行，并可依法将你（单位）纳入失信被执行人名单、采取限制消费措施。")]
        return court_paper("执行通知书", c.number, blocks, rng, when=d)
    if code == "property_report_order":
        blocks = [("f", f"{r.name}："),
                  ("p", f"本院受理{head}一案，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                        "第三条的规定，责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
                  ("p", "应当报告的财产包括：收入、银行存款、现金、理财产品；土地使用权、房屋等不动产；交通运输工具、机器设备等动产；"
                        "债权、股权、投资权益；其他应当报告的财产。"),
                  ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")]
        return court_paper("报告财产令", c.number, blocks, rng, when=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        blocks = [("f", f"{a.name}："),
                  ("p", f"本院执行的{head}一案，{basis_text(c)}确定的给付义务，被执行人已于{num_date(c.extra['pay_day'])}履行完毕，"
                        f"执行款已发放至你（单位）确认的账户（{c.extra['in_bank']}）。依照《最高人民法院关于执行案件立案、结案若干问题的"
                        "意见》第十五条的规定，本案以执行完毕方式结案。"),
                  ("p", "特此通知。")]
        return court_paper("结案通知书", c.number, blocks, rng, when=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        blocks = [("f", f"{r.name}、法定代表人{r.legal_rep}："),
                  ("p", f"本院于{num_date(c.filed_on)}立案执行{head}一案。因你单位未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                        "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你单位及你单位的"
                        "法定代表人采取限制消费措施，限制其实施以下高消费及非生活和工作必需的消费行为："),
                  ("f", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
                  ("f", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
                  ("f", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
                  ("f", "（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
                  ("f", "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"),
                  ("f", "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位。"),
                  ("p", "如违反本限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。")]
        return court_paper("限制消费令", c.number, blocks, rng, when=d)
    if code == "dishonest_list_decision":
        blocks = [("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
                  ("f", f"法定代表人：{r.legal_rep}。"),
                  ("p", f"本院在执行{head}一案中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照{LAW}"
                        "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项之规定，决定如下："),
                  ("p", f"将{r.name}纳入失信被执行人名单，期限二年。"),
                  ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。本决定一经作出即生效。")]
        return court_paper("决定书", c.number, blocks, rng, when=d, signers=[("执行员", c.officer)])
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng, d)
    if code == "closing_approval_form":
        return [_approval(c, rng, d)]
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    return _archive(code, c, rng)


def _ruling(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    if t == "goods":
        what = (f"冻结、划拨被执行人{r.name}在银行的存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其相应价值的财产；"
                f"查封被执行人名下车牌号为{c.extra['plate']}的车辆一辆，查封期限二年。")
    elif t == "loan":
        what = (f"冻结、划拨被执行人{r.name}（身份证号{r.id_number}）名下银行存款{c.amount}元，或者查封、扣押其相应价值的财产；"
                f"对担保人{'、'.join(c.extra['guarantors'])}的财产在同等范围内采取控制措施。")
    else:
        what = f"冻结、划拨被执行人{r.name}在银行的存款{money(c.amount)}，或查封、扣押其经营场所内相应价值的动产。"
    blocks = [("f", f"申请执行人：{_who(a)}"), ("f", f"被执行人：{_who(r)}"),
              ("p", f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，{basis_text(c)}已经发生法律效力。被执行人未按执行通知履行"
                    f"法律文书确定的义务。依照{LAW}第二百四十九条、第二百五十条、第二百五十一条的规定，裁定如下："),
              ("p", what), ("p", "本裁定立即执行。")]
    return court_paper("执行裁定书", c.number, blocks, rng, when=d, signers=_signers(c), copy_stamp=True)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，住{p.address}，公民身份号码{p.id_number}。"


def _ttr(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    blocks = [("f", f"申请执行人：{_who(a)}"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", f"被执行人：{_who(r)}"),
              ("p", f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，{basis_text(c)}已经发生法律效力。因被执行人未履行"
                    f"生效法律文书确定的义务，申请执行人向本院申请强制执行，本院于{num_date(c.filed_on)}立案。"),
              ("p", "执行中，本院向被执行人发出执行通知书、报告财产令，通过网络执行查控系统查询被执行人的银行存款、车辆、不动产、"
                    f"证券、网络资金等财产，向乌鲁木齐市公安局交通管理局车辆管理所查询车辆登记情况，查封了车牌号为{c.extra['plate']}"
                    "的车辆，但该车辆下落不明，未能实际扣押。本院赴被执行人住所地调查，该公司已停止经营。"),
              ("p", f"本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。本案尚有{money(c.amount)}未执行到位。"),
              ("p", "申请执行人在约谈中表示暂无其他财产线索可供执行，同意终结本次执行程序。本院认为，被执行人确无可供执行的财产，"
                    f"依照{LAW}第二百六十四条第（六）项及《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，"
                    "裁定如下："),
              ("p", f"终结本院{c.number}案件的本次执行程序。"),
              ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
              ("p", "本裁定送达后立即生效。")]
    return court_paper("执行裁定书", c.number, blocks, rng, when=d, signers=_signers(c), copy_stamp=True)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    t = tale(c)
    if t == "goods":
        to = "乌鲁木齐市公安局交通管理局车辆管理所"
        ask = [("p", f"关于{c.applicant.name}与{r.name}{c.extra['cause']}一案，本院{c.number}执行裁定书已发生法律效力。依照{LAW}"
                     "第二百五十一条的规定，请协助执行下列事项："),
               ("f", f"查封被执行人{r.name}名下车牌号为{c.extra['plate']}的车辆，查封期间不得办理过户、抵押登记手续。"),
               ("f", f"查封期限：自{num_date(d)}起至{num_date(d + timedelta(days=730))}止。")]
    else:
        to = rng.choice(["中国农业银行乌鲁木齐天山区支行", "乌鲁木齐银行二道桥支行", "中国建设银行乌鲁木齐新华南路支行"])
        ask = [("p", f"关于{c.applicant.name}与{r.name}{c.extra['cause']}一案，本院{c.number}执行裁定书已发生法律效力。依照{LAW}"
                     "第二百四十九条的规定，请协助执行下列事项："),
               ("f", f"冻结被执行人{r.name}在你行开立的账户内存款，冻结金额以{c.amount}元为限，冻结期限一年。")]
    blocks = [("f", f"{to}："), *ask, ("p", "附：执行裁定书一份。")]
    pages = court_paper("协助执行通知书", c.number, blocks, rng, when=d,
                        signers=[("执行员", c.officer), ("联系电话", c.court.phone)])
    return pages


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 传票 as the bureau prints it: a bilingual heading over a ruled table, the time handwritten."""
    s = Sheet()
    y = heading(s, "传 票", c.number)
    at = d + timedelta(days=5)
    rows = [["案由", c.extra["cause"] + "（执行）"], ["被传唤人", f"{c.respondent.name}（法定代表人{c.respondent.legal_rep}）"],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "接受执行询问，报告财产情况"],
            ["应到时间", ""], ["应到处所", "本院执行局第三执行团队（解放南路院区四楼412室）"]]
    w = s.width - MARGIN_L - MARGIN_R
    boxes = grid_form(s, MARGIN_L, y, [mm(42), w - mm(42)], [[k, ""] for k, _ in rows], [mm(17)] * len(rows),
                      font("hei", 34))
    for (_, v), box in zip(rows, boxes[1::2], strict=True):
        if v:
            s.text(box[0] + 16, box[1] + mm(5), v, body())
    tb = boxes[9]
    hand(s, tb[0] + 20, tb[1] + mm(4), f"{at.year}年{at.month}月{at.day}日上午10时30分", rng, size=40, ink=INK)
    y = boxes[-1][3] + mm(10)
    for line in ["注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
                 "三、被传唤人收到传票后，应在送达回证上签名或盖章。",
                 "四、经两次传票传唤，无正当理由拒不到场的，可以拘传。"]:
        s.text(MARGIN_L, y, line, font("ming", 32))
        y += 52
    s.text(s.width - MARGIN_R - mm(70), y + mm(10), f"执行员：{c.officer}", body())
    day = cn_date(d)
    s.text(s.width - MARGIN_R - mm(70), y + mm(24), day, body())
    seal(s, s.width - MARGIN_R - mm(40), y + mm(26), COURT, rng)
    footer(s, 1, 1)
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's 笔录 paper: the bilingual title, a fixed head of time, place, people, then the questions typed
    and the answers written in by the clerk; each page signed at the foot by the one heard."""
    a, r = c.applicant, c.respondent
    if code == "investigation_record":
        title = "调 查 笔 录"
        place = f"{r.address}（被执行人住所地）"
        who = f"{r.legal_rep}（被执行人法定代表人）"
        qa = [("我们是天山区人民法院执行局的工作人员，现依法向你调查，你应如实回答，听清楚了吗？", "听清楚了。"),
              ("公司目前的经营状况？", "去年下半年就停业了，门面退租，员工都走了。"),
              (f"欠{a.name}的{c.extra['goods']}货款为什么不付？", "货卖不出去，下游欠我们钱也要不回来，现在没有钱。"),
              (f"车牌号{c.extra['plate']}的车辆在哪里？", "车早就抵给别人了，人找不到，车也不知道在哪。"),
              ("公司有无其他银行账户、应收账款？", "只有基本户，里面没有钱。应收款有一些，对方也是停业的。"),
              ("以上所说是否属实？", "属实。")]
        signer = r.legal_rep
    else:
        title = "谈 话 笔 录"
        place = "本院执行局第三执行团队办公室"
        who = f"{c.agent}（申请执行人委托诉讼代理人，{c.firm}律师）"
        qa = [("本院对被执行人采取的执行措施你是否知悉？", "知道，法官之前电话告诉过，查询结果也看了。"),
              ("经网络查控，被执行人名下无存款可供扣划，查封的车辆下落不明，已限制消费、纳入失信，你方有无新的财产线索？",
               "暂时没有了，我们也去被执行人原来的库房看过，已经空了。"),
              ("本院拟终结本次执行程序，你方意见？", "同意终本，以后发现财产再申请恢复执行。"),
              ("终本后被执行人仍负有继续履行的义务，限制消费措施继续有效，你方清楚吗？", "清楚。")]
        signer = c.agent
    pages: list[Sheet] = []

    def page() -> tuple[Sheet, float]:
        s = Sheet()
        pages.append(s)
        yy = MARGIN_T
        if len(pages) == 1:
            ug_line(s, yy, "تەكشۈرۈش خاتىرىسى" if code == "investigation_record" else "سۆھبەت خاتىرىسى", 36, bold=True)
            yy += 64
            s.centred(yy, title, font("serif_bold", 60), spacing=8)
            yy += 96
            meta = [f"时间：{d.year}年{d.month}月{d.day}日{rng.randint(9, 11)}时{rng.choice(['05', '20', '40'])}分",
                    f"地点：{place}", f"调查人：{c.officer}、{person_name(rng)}    记录人：{c.clerk}",
                    f"被调查人：{who}" if code == "investigation_record" else f"谈话对象：{who}",
                    f"案号：{c.number}"]
            for m in meta:
                s.text(MARGIN_L, yy, m, font("ming", 34))
                yy += 56
            s.line(MARGIN_L, yy + 4, s.width - MARGIN_R, yy + 4, width=1)
            yy += 24
        return s, yy

    s, y = page()
    per = 27
    bottom = s.height - mm(40)
    for q, ans in qa:
        for k in range(0, len(q), per):
            if y + LEAD > bottom:
                s, y = page()
            s.text(MARGIN_L, y, ("问：" if k == 0 else "    ") + q[k:k + per], body())
            y += LEAD
        for k in range(0, len(ans), per):
            if y + LEAD > bottom:
                s, y = page()
            if k == 0:
                s.text(MARGIN_L, y, "答：", body())
            hand(s, MARGIN_L + 2 * 37 + 4, y - 4, ans[k:k + per], rng, size=38, ink=BLUE_INK)
            y += LEAD
    for k, sh in enumerate(pages, 1):
        sh.text(sh.width - MARGIN_R - mm(80), sh.height - mm(32), "被调查人签名：" if code == "investigation_record"
                else "谈话对象签名：", font("ming", 30))
        signature(sh, sh.width - MARGIN_R - mm(30), sh.height - mm(35), signer, rng)
        footer(sh, k, len(pages))
    return pages


def _approval(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    y = heading(s, "结案审批表", c.number)
    fp = c.method == "fully_performed"
    how = "执行完毕" if fp else "终结本次执行程序"
    done = c.amount if fp else Decimal("0.00")
    rows = [["案由", c.extra["cause"], "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_text(c)],
            ["申请标的", f"{c.amount}元", "实际到位", f"{done}元"],
            ["结案方式", how, "结案日期", num_date(c.closed_on)],
            ["承办人意见", ""], ["团队负责人意见", ""], ["局长意见", ""]]
    w = s.width - MARGIN_L - MARGIN_R
    heights = [mm(15)] * 5 + [mm(42), mm(28), mm(28)]
    cols = [mm(36), w / 2 - mm(36), mm(30), w / 2 - mm(30)]
    boxes = grid_form(s, MARGIN_L, y, cols, [[row[0], *[""] * (len(row) - 1)] for row in rows], heights, font("hei", 30))
    k = 0
    f = font("ming", 30)
    for row in rows:
        for j, v in enumerate(row):
            bx = boxes[k]
            k += 1
            if j == 0:
                continue
            if j == 2:
                s.centred(bx[1] + (bx[3] - bx[1]) / 2 - 20, v, font("hei", 30), x0=bx[0], x1=bx[2])
            elif v:
                parts = wrap(v, f, bx[2] - bx[0] - 24)
                ty = bx[1] + (bx[3] - bx[1]) / 2 - 20 * len(parts)
                for part in parts:
                    s.text(bx[0] + 12, ty, part, f)
                    ty += 40
    notes = [("fp" if fp else "ttr", f"被执行人已全部履行，执行款已发放，拟以{how}方式结案。" if fp else
              "经网络查控及实地调查，被执行人无可供执行财产，已限高、失信，申请执行人同意，拟终本。", c.officer),
             ("", "同意。", person_name(rng)), ("", "同意结案。", person_name(rng))]
    for (_, text, name), bx in zip(notes, [boxes[k - 5], boxes[k - 3], boxes[k - 1]], strict=True):
        for k in range(0, len(text), 22):
            hand(s, bx[0] + 16, bx[1] + 14 + k // 22 * 52, text[k:k + 22], rng, size=36)
        signature(s, bx[2] - mm(55), bx[3] - mm(14), name, rng)
        hand(s, bx[2] - mm(30), bx[3] - mm(12), f"{d.month}.{d.day}", rng, size=30, record=False)
    footer(s, 1, 1)
    return s


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "失信决定书", "summons": "传票",
         "closing_notice": "结案通知书", "payment_notice": "缴纳执行费通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    """送达回证: the court's bilingual form; the serving date the recipient writes in, after every paper served."""
    s = Sheet()
    y = heading(s, "送达回证", c.number)
    last = max(made_on(c, x) for x in served)
    when = last + timedelta(days=rng.randint(1, 4))
    to_app = served == ["acceptance_notice"] or any(x in ("closing_notice",) for x in served)
    who = c.applicant if to_app else c.respondent
    w = s.width - MARGIN_L - MARGIN_R
    labels = ["案由", "送达文书名称及件数", "受送达人", "送达地点", "受送达人签名或盖章", "代收人及代收理由", "送达人", "备注"]
    heights = [mm(16), mm(30), mm(16), mm(16), mm(40), mm(20), mm(16), mm(22)]
    boxes = grid_form(s, MARGIN_L, y, [mm(55), w - mm(55)], [[lab, ""] for lab in labels], heights, font("hei", 31))
    vals = [boxes[i * 2 + 1] for i in range(len(labels))]
    f = font("ming", 32)
    s.text(vals[0][0] + 14, vals[0][1] + mm(4), c.extra["cause"], f)
    yy = vals[1][1] + mm(3)
    for x in served:
        s.text(vals[1][0] + 14, yy, f"{NAMES.get(x, x)}    一份", f)
        yy += 46
    s.text(vals[2][0] + 14, vals[2][1] + mm(4), who.name, f)
    s.text(vals[3][0] + 14, vals[3][1] + mm(4), who.address if rng.random() < 0.6 else "本院执行局", f)
    sb = vals[4]
    signature(s, sb[0] + mm(18), sb[1] + mm(6), who.legal_rep or who.name, rng)
    hand(s, sb[0] + mm(60), sb[3] - mm(14), f"{when.year}年{when.month}月{when.day}日", rng, size=38, ink=INK, record=False)
    s.lines.append(f"{when.year}年{when.month}月{when.day}日")
    s.text(vals[6][0] + 14, vals[6][1] + mm(4), f"{c.officer}  {c.clerk}", f)
    s.text(vals[7][0] + 14, vals[7][1] + mm(6), "直接送达" if rng.random() < 0.7 else "留置送达，拍照存卷", f)
    footer(s, 1, 1)
    return s


CATALOGUE = [("立案审批表、执行申请书", 3), ("执行依据及生效证明", 6), ("当事人身份证明、委托手续", 6),
             ("受理、缴费通知书", 2), ("执行通知书、报告财产令", 2), ("网络查控结果、银行、车管所反馈", 4),
             ("执行裁定书、协助执行通知书", 3), ("财产申报表", 2), ("传票、调查笔录", 3), ("限制消费令、失信决定书", 2),
             ("谈话笔录", 2), ("终结本次执行程序裁定书", 2), ("结案审批表", 1), ("送达回证", 4), ("卷宗复核表、备考表", 2)]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(244, 238, 222) if code == "dossier_cover" else (255, 255, 255))
    d = made_on(c, code)
    x0, x1 = MARGIN_L, s.width - MARGIN_R
    if code == "dossier_cover":
        ug_line(s, mm(26), UG_COURT, 34)
        s.centred(mm(36), COURT, font("hei", 54), spacing=4)
        ug_line(s, mm(58), "ئىجرا دېلو ئارخىپى", 48, bold=True)
        s.centred(mm(74), "执 行 案 卷", font("serif_bold", 96), spacing=30)
        s.box(mm(30), mm(108), s.width - mm(30), mm(232), width=4)
        rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
                ("被 执 行 人", c.respondent.name), ("执行依据", basis_text(c).replace(c.basis_court, "")), ("立案日期", num_date(c.filed_on)),
                ("结案日期", num_date(c.closed_on)), ("结案方式", "终结本次执行程序"), ("执 行 员", c.officer),
                ("归档日期", num_date(d))]
        y = float(mm(116))
        for k, v in rows:
            s.text(mm(40), y, k, font("hei", 38))
            s.line(mm(86), y + 52, s.width - mm(38), y + 52, width=1)
            parts = wrap(v, font("ming", 30), s.width - mm(38) - mm(92))
            if len(parts) > 1:
                for k_, part in enumerate(parts[:2]):
                    s.text(mm(90), y - 8 + k_ * 36, part, font("ming", 30))
            else:
                hand(s, mm(90), y - 4, v, rng, size=40, ink=INK) if k in ("归档日期", "执 行 员") else s.text(mm(90), y, v, body())
            y += mm(11.5)
        s.text(mm(40), mm(244), "本卷共　　页　　附证物　　件　　保管期限：长期", font("hei", 34))
        hand(s, mm(66), mm(242), str(sum(n for _, n in CATALOGUE)), rng, size=40)
        return [s]
    if code == "catalogue":
        ug_line(s, MARGIN_T, "دېلو ئىچىدىكى ھۆججەتلەر مۇندەرىجىسى", 36, bold=True)
        s.centred(MARGIN_T + 64, "卷 内 文 书 目 录", font("serif_bold", 60), spacing=10)
        s.right(x1, MARGIN_T + 150, c.number, font("ming", 32))
        listed = [["序号", "文书名称", "页号", "备注"]]
        at = 1
        for i, (name, n) in enumerate(CATALOGUE, 1):
            listed.append([str(i), name, f"{at}-{at + n - 1}" if n > 1 else str(at), ""])
            at += n
        w = x1 - x0
        grid_form(s, x0, MARGIN_T + 200, [mm(18), w - mm(68), mm(30), mm(20)], listed, [mm(12.5)] * len(listed), font("ming", 30))
        footer(s, 1, 1)
        return [s]
    if code == "file_review_form":
        y = heading(s, "卷宗复核表", c.number)
        items = ["法律文书是否齐全、规范", "送达回证是否齐全", "执行措施是否到位（查控、限高、失信）",
                 "终本约谈是否有笔录", "卷内文书是否按顺序排列、编页", "案款是否清零"]
        w = x1 - x0
        checks = [["复核项目", "复核意见"], *[[it, ""] for it in items], ["复核结论", ""]]
        boxes = grid_form(s, x0, y, [w * 0.62, w * 0.38], checks, [mm(14)] + [mm(16)] * len(items) + [mm(30)], font("ming", 31))
        for j in range(len(items)):
            b = boxes[3 + 2 * j]
            hand(s, b[0] + mm(10), b[1] + mm(3), rng.choice(["是", "齐全", "已核"]), rng, size=40)
        b = boxes[-1]
        hand(s, b[0] + 14, b[1] + 16, "材料齐全，", rng, size=36)
        hand(s, b[0] + 14, b[1] + 70, "同意归档。", rng, size=36)
        s.text(x1 - mm(90), boxes[-1][3] + mm(12), "复核人：", body())
        signature(s, x1 - mm(60), boxes[-1][3] + mm(9), person_name(rng), rng)
        s.text(x1 - mm(90), boxes[-1][3] + mm(28), num_date(d), body())
        footer(s, 1, 1)
        return [s]
    s.centred(MARGIN_T + 40, "备 考 表", font("serif_bold", 64), spacing=20)
    s.box(x0, MARGIN_T + 160, x1, s.height - mm(50), width=4)
    s.text(x0 + 30, MARGIN_T + 190, f"本卷情况说明：{c.number}", body())
    hand(s, x0 + 30, MARGIN_T + 270, f"本卷共计{sum(n for _, n in CATALOGUE)}页，其中文字材料完整，无缺页、无损坏。", rng,
         size=40, ink=INK)
    hand(s, x0 + 30, MARGIN_T + 340, "终本后恢复执行的，另立新卷。", rng, size=40, ink=INK)
    y = s.height - mm(95)
    for k, v in (("立卷人：", c.clerk), ("检查人：", c.officer)):
        s.text(x0 + mm(90), y, k, body())
        signature(s, x0 + mm(122), y - 6, v, rng)
        y += mm(14)
    s.text(x0 + mm(90), y, f"立卷日期：{num_date(d)}", body())
    return [s]

