"""court_aq (福建省晋江市人民法院, held out): shoes and garments. The bureau's own papers in its framed house style
(court_aq_kit), the papers it receives in their authors' styles (court_aq_papers)."""

from __future__ import annotations

import random
from datetime import timedelta
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
from dossier.corpus.draw import Sheet, hand, mm, signature, table
from dossier.corpus.families.court_aq_kit import (
    BUREAU,
    COURT,
    FRAME,
    body,
    court_doc,
    framed,
    hei,
    number_pages,
)
from dossier.corpus.families.court_aq_papers import ARBITRATION, RECEIVED, render_paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "enforcement_ruling", "assistance_notice",
    "termination_this_round_ruling", "closing_notice", "investigation_record", "interview_record",
    "closing_approval_form", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "service_receipt",
})
CODES = OWN | RECEIVED
LAW = "《中华人民共和国民事诉讼法》"
TAIWAN_SEQ, GARMENT_SEQ = 67118, 67405
SHOE_FIRMS = ("晋江市鸿盛鞋业有限公司", "晋江市金步达鞋业有限公司", "晋江市陈埭锦程鞋业有限公司")
GARMENT_FIRMS = ("晋江市英林嘉禾服饰有限公司", "晋江市深沪浪潮服饰有限公司")
LAW_FIRMS = (("福建晋成律师事务所", "成", "晋江市世纪大道888号晋成大厦9楼"),
             ("福建紫帽山律师事务所", "紫", "晋江市青阳街道迎宾路166号"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """晋江 parties: seq TAIWAN_SEQ a 台湾 鞋材 trader against a 鞋业 company on this court's judgment; the arbitration
    plan a garment workshop owner against a 服饰 company on a 泉州仲裁委员会 award; the third a 民间借贷 judgment
    between two 晋江 residents."""
    year = c.filed_on.year - 1
    firm = rng.choice(LAW_FIRMS)
    c.firm, c.extra["firm_short"], c.extra["firm_addr"] = firm
    c.extra["letter_no"] = rng.randint(20, 480)
    c.extra["rep_title"] = rng.choice(["执行董事兼总经理", "执行董事", "总经理"])
    c.extra["trial_judge"], c.extra["trial_clerk"] = person_name(rng), person_name(rng)
    c.extra["fee"] = f"{float(c.amount) * 0.01 + 50:,.2f}"
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.005 + 50))
    c.extra["contract_day"] = num_date(c.filed_on - timedelta(days=rng.randint(500, 800)))
    c.extra["own_account"] = f"6230 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    c.extra["own_bank"] = rng.choice(["中国银行晋江分行", "兴业银行晋江支行", "泉州银行晋江支行"])
    c.extra["resp_account"] = f"2201 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    c.extra["resp_bank"] = f"泉州银行晋江支行 {c.extra['resp_account']}"
    c.extra["plate"] = f"{rng.choice('ABDEF')}{rng.randint(10000, 99999)}"
    c.extra["license_no"] = f"1350520{rng.randint(1000000000, 1999999999)}"
    c.extra["qual_no"] = f"A2014350582{rng.randint(100000, 999999)}"
    c.extra["license_day"] = f"{rng.randint(2015, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    c.extra["agent_sex"] = rng.choice("男女")
    c.extra["bill_code"] = f"350{rng.randint(10000, 99999)}"
    c.extra["bill_no"] = f"{rng.randint(10000000, 99999999)}"
    c.extra["cashier"] = person_name(rng)
    c.extra["id_valid"] = f"{rng.randint(2016, 2022)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期"
    c.extra["service_addr"] = f"{c.firm}（{c.extra['firm_addr']}）"
    c.extra["frozen"] = f"{rng.randint(200, 9000)}.{rng.randint(10, 99)}"
    c.extra["serial"] = f"{c.filed_on:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}"
    c.extra["cert_no"] = f"泉仲证字〔{c.filed_on.year}〕{rng.randint(10, 99)}号"
    street = rng.choice(["陈埭镇", "青阳街道", "池店镇", "内坑镇", "安海镇"])
    if c.number.endswith(f"{TAIWAN_SEQ}号"):
        c.extra["story"] = "taiwan"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["soles"] = rng.choice(["TPR运动鞋底、EVA发泡底", "RB橡胶大底、MD中底", "PU休闲鞋底、TPU后跟"])
        tw_given = rng.choice(["志宏", "俊傑", "建銘", "冠廷", "家豪"])
        c.applicant = Party(rng.choice("林陳黃張").replace("陳", "陈").replace("黃", "黄").replace("張", "张") + tw_given,
                            "person", id_number(rng, "830000", c.applicant.born),
                            f"台湾省台中市西屯区福科路{rng.randint(10, 400)}号", f"0988{rng.randint(100000, 999999)}",
                            born=c.applicant.born, sex="男")
        c.extra["mtp"] = f"{rng.randint(0, 9)}{rng.randint(1000000, 9999999)}"
        c.extra["jj_addr"] = f"晋江市陈埭镇{rng.choice(['岸兜', '涵口', '湖中'])}村{rng.randint(1, 200)}号"
        c.extra["tw_id"] = f"{rng.choice('BLN')}1{rng.randint(10000000, 99999999)}"
        c.extra["permit_from"] = f"{c.filed_on.year - 3}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}"
        c.extra["permit_to"] = f"{c.filed_on.year + 2}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}"
        roc = c.filed_on.year - 1911
        c.extra["roc_date"] = f"{roc}年{max(1, c.filed_on.month - 1)}月{rng.randint(2, 20)}日"
        c.extra["sef_date"] = f"{roc}年{max(1, c.filed_on.month - 1)}月{rng.randint(21, 28)}日"
        c.extra["sef_year"] = f"{roc}"
        c.extra["sef_no"] = f"{rng.randint(100000, 999999)}"
        n = rng.randint(100, 9999)
        c.extra["notary_no_int"] = n
        c.extra["notary_no"] = f"{roc}年度中院民公瑞字第{n:06d}號"
        c.extra["notary"] = person_name(rng)
        name = rng.choice(SHOE_FIRMS)
        c.respondent = Party(name, "organisation", credit_code(rng, "350582"),
                             f"福建省晋江市{street}工业区{rng.randint(1, 88)}号", f"0595-8{rng.randint(1000000, 9999999)}",
                             legal_rep=person_name(rng))
        c.extra["english"] = "JINJIANG " + rng.choice(["HONGSHENG", "JINBUDA", "JINCHENG"]) + " SHOES CO., LTD."
        c.extra["scope"] = "鞋、鞋材、服装的生产、加工、销售；货物及技术进出口。"
        c.extra["capital"] = f"{rng.choice([500, 1000, 2000])}万元人民币"
        c.extra["founded"] = f"{rng.randint(2003, 2015)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        c.basis_court = COURT
        c.basis_number = f"（{year}）闽0582民初{rng.randint(1000, 9999)}号"
    elif c.basis_kind == "arbitration":
        c.extra["story"] = "garment"
        c.extra["cause"] = "加工合同纠纷"
        c.extra["garments"] = rng.choice(["针织运动套装", "休闲夹克、卫衣", "童装连帽衫"])
        c.extra["arbitrator"] = person_name(rng)
        name = rng.choice(GARMENT_FIRMS)
        c.respondent = Party(name, "organisation", credit_code(rng, "350582"),
                             f"福建省晋江市{street}{rng.choice(['英塘', '华洲', '沙塘'])}路{rng.randint(1, 99)}号",
                             f"0595-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.extra["english"] = "JINJIANG FASHION GARMENTS CO., LTD."
        c.extra["scope"] = "服装、服饰的生产、加工、销售。"
        c.extra["capital"] = f"{rng.choice([300, 600, 1000])}万元人民币"
        c.extra["founded"] = f"{rng.randint(2005, 2016)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        c.applicant.address = f"福建省晋江市{street}{rng.choice(['湖中', '洋埭', '梧林'])}村{rng.randint(1, 300)}号"
        c.basis_court = ARBITRATION
        c.basis_number = f"（{year}）泉仲裁字第{rng.randint(100, 1999)}号"
        c.extra["settled"] = (c.amount * Decimal("0.9")).quantize(Decimal("0.01"))
    else:
        c.extra["story"] = "loan"
        c.extra["cause"] = "民间借贷纠纷"
        born = c.filed_on.replace(year=rng.randint(1968, 1990), day=min(c.filed_on.day, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "350582", born),
                             f"福建省晋江市{street}{rng.choice(['曾井', '紫帽', '苏垵'])}村{rng.randint(1, 300)}号",
                             f"13{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))
        c.applicant.address = f"福建省晋江市{street}{rng.choice(['湖中', '洋埭', '梧林'])}村{rng.randint(1, 300)}号"
        c.basis_court = COURT
        c.basis_number = f"（{year}）闽0582民初{rng.randint(1000, 9999)}号"
    c.extra["clue_estate"] = "晋江" + street + "厂房一处（听说已抵押）"
    c.extra["clue_other"] = "仓库内库存成品鞋" if c.extra["story"] == "taiwan" else "不清楚"
    org = c.respondent.kind == "organisation"
    c.extra["declared"] = [
        c.respondent.legal_rep + "（法定代表人）" if org else c.respondent.name,
        f"泉州银行 {c.extra['resp_account'][-7:]} 余额约{c.extra['frozen']}元", "其他账户已冻结无余额",
        "厂房为租赁，无自有不动产" if org else "无", "无", "有应收款但对方未付" if org else "无",
        "停产，员工已遣散" if org else "打零工，每月约三千元", "旧设备若干（已抵押）" if org else "无", "无",
    ]
    c.extra["inquiry"] = [
        ("中国工商银行", "有账户，余额0.00元"), ("中国建设银行", "无账户"), ("泉州银行", f"冻结{c.extra['frozen']}元"),
        ("福建晋江农村商业银行", "有账户，余额12.40元"), ("公安部车辆登记", "无登记车辆" if org else "有一辆，已抵押"),
        ("自然资源部不动产", "无登记信息"), ("支付宝（中国）网络技术有限公司", "余额0.00元"),
        ("证券登记结算", "无证券账户"),
    ]
    c.extra["estate_result"] = f"经查询，{c.respondent.name}名下在晋江市范围内无不动产登记信息。"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return render_paper(code, c, rng, served)
    return _own(code, c, rng, served)


def _basis(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{'裁决书' if c.basis_kind == 'arbitration' else '民事判决书'}"


def _sign(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    resp = f"{r.name}" + (f"（法定代表人{r.legal_rep}）" if r.kind == "organisation" else "")
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{_basis(c)}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行，"
                  f"案号为{c.number}。本案执行员{c.officer}，联系电话{c.court.phone}。"),
            ("p", "请申请执行人及时向本院提供被执行人的财产线索；案件办理情况可通过12368热线或移动微法院查询。"),
        ], form_no="晋法执表01", signers=_sign(c))
    if code == "payment_notice":
        return court_doc(c, rng, "缴纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}一案，依照《诉讼费用交纳办法》第十四条，应预交申请执行费{c.extra['exec_fee']}元。"
                  "请于收到本通知之日起七日内交纳，执行费最终由被执行人负担。"),
        ], form_no="晋法执表02", signers=_sign(c))
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("f", f"{resp}："),
            ("p", f"{a.name}申请执行{_basis(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条规定，"
                  f"责令你（单位）自收到本通知之日起立即履行下列义务：支付{money(c.amount)}及迟延履行期间的债务利息，"
                  f"负担执行费{c.extra['exec_fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制高消费。"),
        ], form_no="晋法执表03", signers=_sign(c), day=c.day(2))
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("f", f"{resp}："),
            ("p", f"本院在执行{a.name}申请执行你（单位）一案中，依照{LAW}第二百五十二条规定，责令你（单位）在收到本令后"
                  "五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况（附财产申报表）。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], form_no="晋法执表04", signers=_sign(c), day=c.day(2))
    if code == "summons":
        return court_doc(c, rng, "传票", [
            ("f", f"被传唤人：{r.legal_rep if r.kind == 'organisation' else r.name}"),
            ("f", f"工作单位或地址：{r.address}"),
            ("f", "传唤事由：执行谈话"),
            ("f", f"应到时间：{num_date(c.day(60))}上午9时00分"),
            ("f", "应到处所：本院执行局第三谈话室（世纪大道2000号）"),
            ("p", "注意事项：被传唤人必须准时到达，携带本传票及身份证件；无正当理由拒不到场的，可以拘传。"),
        ], form_no="晋法执表09", signers=_sign(c), day=c.day(52))
    if code == "consumption_restriction_order":
        who = f"{r.name}及其法定代表人{r.legal_rep}" if r.kind == "organisation" else r.name
        return court_doc(c, rng, "限制消费令", [
            ("f", f"{resp}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{a.name}申请执行你（单位）一案。因你（单位）未按执行通知书指定的期间履行"
                  "生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条，"
                  f"对{who}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以拘留、罚款；情节严重，构成犯罪的，追究刑事责任。"),
        ], form_no="晋法执表11", signers=_sign(c), day=c.day(20))
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，{'统一社会信用代码' if r.kind == 'organisation' else '公民身份号码'}{r.id_number}。"),
            ("p", f"本院在执行{a.name}申请执行{r.name}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务。依照{LAW}"
                  "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条、第六条规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "本决定一经作出即生效。被执行人认为有错误的，可向本院申请纠正。"),
        ], form_no="晋法执表12", signers=[("审判长", c.judge), *_sign(c)], day=c.day(21))
    if code == "enforcement_ruling":
        return court_doc(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}。"),
            ("f", f"被执行人：{r.name}，住所地（住）{r.address}。"),
            ("p", f"本院依据已经发生法律效力的{_basis(c)}，于{cn_date(c.filed_on)}立案执行。因被执行人未履行义务，依照{LAW}"
                  "第二百四十九条、第二百五十条、第二百五十三条规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、冻结其相应价值的其他财产。"),
            ("p", "冻结银行存款的期限为一年，查封动产的期限为二年，查封不动产的期限为三年。本裁定立即执行。"),
        ], form_no="晋法执表06", signers=[("审判长", c.judge), ("审判员", c.extra["trial_judge"]), ("书记员", c.clerk)],
            day=c.day(5))
    if code == "assistance_notice":
        return court_doc(c, rng, "协助执行通知书", [
            ("f", "泉州银行股份有限公司晋江支行："),
            ("p", f"关于{a.name}申请执行{r.name}一案，本院作出的{c.number}执行裁定书已发生法律效力。依照{LAW}第二百四十九条规定，"
                  "请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（{r.id_number}）在你行账户{c.extra['resp_account']}内的存款，以{money(c.amount)}为限，"
                  "期限一年。"),
            ("f", "附：执行裁定书一份。"),
            ("f", f"联系人：{c.officer}　联系电话：{c.court.phone}"),
        ], form_no="晋法执表07", signers=[("执行员", c.officer)], day=c.day(6))
    if code == "termination_this_round_ruling":
        return court_doc(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}。"),
            ("f", f"被执行人：{r.name}。"),
            ("p", f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，依法向被执行人发出执行通知书、报告财产令，通过网络执行"
                  "查控系统查询银行存款、车辆、不动产、证券、网络资金等，并赴被执行人住所地调查，仅冻结存款"
                  f"{c.extra['frozen']}元，已扣划。本院已对被执行人限制消费并纳入失信被执行人名单。申请执行人在约谈中表示"
                  "暂不能提供其他财产线索，同意终结本次执行程序。"),
            ("p", "本院认为，被执行人暂无可供执行的财产，本案符合终结本次执行程序的条件。依照《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], form_no="晋法执表15", signers=[("审判长", c.judge), ("审判员", c.extra["trial_judge"]), ("书记员", c.clerk)],
            day=c.closed_on)
    if code == "closing_notice":
        return court_doc(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}一案，经本院执行，双方于{num_date(c.day(30))}达成执行和解协议，被执行人已于"
                  f"{num_date(c.day(38))}履行完毕，本案以执行完毕方式结案。"),
        ], form_no="晋法执表16", signers=_sign(c), day=c.closed_on)
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    if code == "closing_approval_form":
        return _table_form(c, rng, "执行案件结案审批表", [
            ["案号", c.number], ["申请执行人", a.name], ["被执行人", r.name], ["执行标的", money(c.amount)],
            ["执行依据", _basis(c)], ["立案日期", num_date(c.filed_on)],
            ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
            ["执行情况", "已发执行通知书、报告财产令，网络查控、现场调查；" +
             ("限消、失信，约谈申请人。" if c.method == "terminated_this_round" else "和解并履行完毕，案款已发放。")],
            ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]], "晋法执表18", [8, 9, 10])
    if code == "file_review_form":
        return _table_form(c, rng, "执行卷宗复核表", [
            ["案号", c.number], ["结案日期", num_date(c.closed_on)], ["卷宗页数", "共　　页"],
            ["执行依据及生效证明", "齐全"], ["立案材料（申请书、身份证明、委托材料）", "齐全"],
            ["执行通知书、报告财产令及送达回证", "齐全"], ["财产查控材料", "齐全"], ["结案文书及送达回证", "齐全"],
            ["复核意见", ""], ["复核人", ""]], "晋法执表21", [8, 9])
    if code == "remarks_sheet":
        s = framed("晋法执表23")
        x0, y0, x1, y1 = FRAME
        s.centred(y0 + 100, "卷　内　备　考　表", hei(64), spacing=10)
        s.text(x0 + 110, y0 + 220, f"案号：{c.number}", body(38))
        y = table(s, x0 + 90, y0 + 300, [x1 - x0 - 180], [["本卷情况说明"], [""]], body(36), row_h=[90, 1500])
        hand(s, x0 + 140, y0 + 420, f"本卷共　件，材料完整，{c.extra['cause']}执行卷。", rng, size=40, ink=(30, 30, 30))
        s.text(x0 + 110, y + 40, "立卷人：", body(38))
        signature(s, x0 + 300, y + 30, c.clerk, rng)
        s.text(x0 + 700, y + 40, "检查人：", body(38))
        signature(s, x0 + 890, y + 30, c.officer, rng)
        hand(s, x0 + 700, y + 130, num_date(c.closed_on + timedelta(days=18)), rng, size=38, ink=(30, 30, 30))
        number_pages([s])
        return [s]
    if code == "dossier_cover":
        s = framed("晋法档01")
        x0, y0, x1, y1 = FRAME
        s.centred(y0 + 200, COURT, font("serif_bold", 66), spacing=8)
        s.centred(y0 + 360, "执　行　卷　宗", hei(96), spacing=24)
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", a.name], ["被执行人", r.name],
                ["执行依据", _basis(c)], ["承办人", c.officer], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
                ["保管期限", "长期"]]
        table(s, x0 + 110, y0 + 600, [300, x1 - x0 - 520], rows, body(36), row_h=110, centre_first=True)
        s.centred(y1 - 200, f"归档日期　{num_date(c.closed_on + timedelta(days=25))}", body(38))
        number_pages([s])
        return [s]
    if code == "catalogue":
        return _catalogue(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    raise KeyError(code)


def _table_form(c: CaseCtx, rng: random.Random, title: str, rows: list[list[str]], form_no: str,
                hand_rows: list[int]) -> list[Sheet]:
    s = framed(form_no)
    x0, y0, x1, _y1 = FRAME
    s.centred(y0 + 90, COURT, font("serif_bold", 50), spacing=6)
    s.centred(y0 + 170, title, hei(60), spacing=8)
    heights = [mm(22) if k in hand_rows else mm(13) for k in range(len(rows))]
    if "结案审批" in title:
        heights[7] = mm(24)
    table(s, x0 + 70, y0 + 290, [mm(54), x1 - x0 - 140 - mm(54)], rows, body(32), row_h=heights, centre_first=True)
    y = y0 + 290 + sum(heights[: hand_rows[0]])
    notes = ["符合结案条件，拟同意结案。", "经合议，同意。", "同意。"]
    people = [c.officer, c.judge, c.extra["trial_judge"]]
    for k, row in enumerate(hand_rows):
        hand(s, x0 + 70 + mm(58), y + 20, notes[k % 3] if "复核" not in title else "卷宗材料齐全，同意归档。",
             rng, size=40, ink=(30, 30, 30))
        signature(s, x1 - 520, y + mm(10), people[k % 3], rng)
        hand(s, x1 - 300, y + mm(12), num_date(c.closed_on - timedelta(days=2 - k)), rng, size=30, ink=(30, 30, 30))
        y += heights[row]
    number_pages([s])
    return [s]


NAMES = {
    "acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
    "payment_notice": "缴纳执行费通知书", "termination_this_round_ruling": "终结本次执行程序裁定书",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信被执行人名单决定书",
    "enforcement_ruling": "执行裁定书", "summons": "传票", "closing_notice": "结案通知书",
}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice")


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = framed("晋法执表05")
    x0, y0, x1, y1 = FRAME
    s.centred(y0 + 90, COURT, font("serif_bold", 52), spacing=6)
    s.centred(y0 + 170, "送 达 回 证", hei(68), spacing=16)
    to_app = all(x in TO_APPLICANT for x in served)
    who = c.applicant.name if to_app else c.respondent.name
    addr = c.extra["service_addr"] if to_app else c.respondent.address
    names = "、".join(NAMES.get(x, x) for x in served) + ("　各一份" if len(served) > 1 else "　一份")
    day = c.closed_on if "termination_this_round_ruling" in served else c.day(3)
    rows = [["案　　号", c.number], ["送达文书", names], ["受送达人", who], ["送达地址", addr],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达" if to_app else "直接送达（留置）"],
            ["送达人", ""], ["备　　注", ""]]
    heights = [mm(15), mm(22), mm(15), mm(20), mm(34), mm(18), mm(15), mm(18), mm(22)]
    table(s, x0 + 70, y0 + 280, [mm(50), x1 - x0 - 140 - mm(50)], rows, body(34), row_h=heights, centre_first=True)
    top = y0 + 280 + sum(heights[:4])
    signer = c.agent if to_app and c.extra["story"] != "loan" else (
        c.respondent.legal_rep if c.respondent.kind == "organisation" else who)
    signature(s, x0 + 70 + mm(60), top + 60, signer, rng)
    hand(s, x0 + 70 + mm(100), top + mm(22), num_date(day), rng, size=36)
    top2 = y0 + 280 + sum(heights[:7])
    signature(s, x0 + 70 + mm(60), top2 + 30, c.officer, rng)
    hand(s, x0 + 70 + mm(100), top2 + 40, c.clerk, rng, size=40, ink=(30, 30, 30))
    s.text(x0 + 90, y1 - 160, "注：受送达人拒收的，送达人应在备注栏注明情况，并邀请见证人签名或采取拍照、录像方式记录。",
           font("serif", 26))
    number_pages([s])
    return [s]


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[Sheet]:
    interview = code == "interview_record"
    sheets = [framed("晋法执表13" if interview else "晋法执表14")]
    x0, y0, x1, y1 = FRAME
    s = sheets[0]
    s.centred(y0 + 90, "约 谈 笔 录" if interview else "调 查 笔 录", hei(64), spacing=10)
    day = c.day(100) if interview else c.day(45)
    who = c.agent if interview and c.extra["story"] != "loan" else (c.applicant.name if interview else (
        c.respondent.legal_rep if c.respondent.kind == "organisation" else c.respondent.name))
    place = "本院执行局第三谈话室" if interview else c.respondent.address
    head = [("f", f"时间：{num_date(day)}　10时05分至10时40分"), ("f", f"地点：{place}"),
            ("f", f"执行员：{c.officer}　　记录人：{c.clerk}"), ("f", f"被{'约谈' if interview else '调查'}人：{who}"),
            ("f", f"案号：{c.number}")]
    if interview:
        qa = [("问", "我们是晋江法院执行局的执行员，今天就本案执行情况向你方告知并听取意见，你方是否清楚？"),
              ("答", "清楚。"),
              ("问", f"本院已通过网络查控系统查询被执行人名下银行、车辆、不动产等财产，冻结扣划存款{c.extra['frozen']}元，"
                     "并已赴现场调查，对被执行人限制消费、纳入失信名单。你方是否有新的财产线索？"),
              ("答", "目前没有新的线索。听说他们在陈埭还有一个仓库，但我们也不确定具体位置。"),
              ("问", "如本案终结本次执行程序，你方发现财产线索后可随时申请恢复执行，你方意见？"),
              ("答", "同意终本，有线索再申请恢复。"), ("问", "以上笔录看一下，是否属实？"), ("答", "属实。")]
    else:
        qa = [("问", "我们是晋江法院执行局的执行员，依法对被执行人的财产情况进行调查，你要如实回答。"),
              ("答", "知道。"), ("问", "你（公司）目前经营情况如何？"),
              ("答", "去年订单少，厂里已经停工，工人都走了，设备抵押给银行了。" if c.respondent.kind == "organisation"
               else "我现在打零工，没有固定收入。"),
              ("问", "为什么不履行生效判决（裁决）？"), ("答", "确实没钱，有钱一定还。"),
              ("问", "执行人员现场查看厂房，未发现可供执行的成品、原料。你对此有何意见？"), ("答", "没有意见。"),
              ("问", "以上笔录看一下，是否属实？"), ("答", "属实。")]
    blocks = [*head, *[("p", f"{q}：{t}") for q, t in qa]]

    def more() -> tuple[Sheet, float]:
        sheets.append(framed("晋法执表13" if interview else "晋法执表14"))
        return sheets[-1], y0 + 90

    from dossier.corpus.draw import flow
    y = flow(s, blocks, body(38), x0=x0 + 100, width=x1 - x0 - 200, y=y0 + 200, line_height=66, indent=0,
             bottom=y1 - 160, more=more)
    s = sheets[-1]
    if y > y1 - 360:
        s, y = more()
    s.text(x0 + 100, y + 40, "被" + ("约谈" if interview else "调查") + "人：", body(38))
    signature(s, x0 + 400, y + 30, who, rng)
    hand(s, x0 + 700, y + 40, "以上笔录已看，属实。", rng, size=38, ink=INK_DARK)
    s.text(x0 + 100, y + 140, f"执行员：{c.officer}　记录人：{c.clerk}", body(38))
    for k, sh in enumerate(sheets):
        signature(sh, x1 - 320, y1 - 170, who, rng)
        del k
    number_pages(sheets)
    return sheets


INK_DARK = (30, 30, 30)


def _catalogue(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = framed("晋法档02")
    x0, y0, _x1, _y1 = FRAME
    s.centred(y0 + 90, "卷　内　目　录", hei(64), spacing=10)
    s.text(x0 + 80, y0 + 190, f"案号：{c.number}", body(34))
    items = ["卷宗封面", "卷内目录", "执行申请书", "执行依据", "生效证明", "当事人身份证明", "授权委托书", "律师事务所函",
             "律师执业证", "财产线索", "执行费票据", "收取执行款确认书", "送达地址确认书", "受理案件通知书",
             "缴纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果及回执", "执行裁定书",
             "协助执行通知书", "执行和解协议", "付款凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for k, name in enumerate(items, 1):
        rows.append([str(k), name, str(page), ""])
        page += 2 if name in ("执行依据", "网络查控结果及回执", "授权委托书", "送达回证") else 1
    table(s, x0 + 60, y0 + 250, [mm(16), mm(96), mm(26), mm(30)], rows, font("serif", 26), row_h=mm(6.8))
    number_pages([s])
    del rng
    return [s]


__all__ = ["BUREAU", "CODES", "adopt_basis", "render"]
