"""court_ar (江苏省南京市中级人民法院, held out): the 执行局 of an intermediate court enforcing large commercial cases.
The bureau's own papers in its house style (court_ar_kit), the papers it receives in their authors' styles
(court_ar_papers)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, credit_code, id_number, money, num_date, person_name
from dossier.corpus.draw import Sheet, flow, hand, mm, signature, table
from dossier.corpus.families.court_ar_kit import (
    BOTTOM,
    BUREAU,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    court_doc,
    hei,
    number_pages,
    plain,
    song,
)
from dossier.corpus.families.court_ar_papers import ARBITRATION, NOTARY, RECEIVED, render_paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "enforcement_ruling", "assistance_notice",
    "termination_this_round_ruling", "closing_notice", "investigation_record", "interview_record",
    "closing_approval_form", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "service_receipt",
})
CODES = OWN | RECEIVED
LAW = "《中华人民共和国民事诉讼法》"
EQUITY_SEQ, AWARD_SEQ, LOAN_SEQ = 7216, 7483, 7735
INVESTORS = ("南京紫金鼎盛股权投资有限公司", "南京秦淮金泽创业投资有限公司", "南京钟山汇通投资管理有限公司")
DEVELOPERS = ("南京金陵华府置业有限公司", "南京江北新城房地产开发有限公司", "南京仙林御景房地产开发有限公司")
LENDERS = ("南京鼎泰小额贷款有限公司", "南京玄武融信小额贷款有限公司")
LAW_FIRMS = (("江苏金陵衡平律师事务所", "衡平", "南京市建邺区江东中路359号国睿大厦二号楼18层"),
             ("江苏石城中天律师事务所", "中天", "南京市鼓楼区汉中路2号亚太商务楼26层"))
INK2 = (30, 30, 30)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """南京 parties: seq EQUITY_SEQ an investment company on this court's 股权转让 judgment against a developer and
    its guarantor; AWARD_SEQ an investment company on a 南京仲裁委员会 award against another developer; LOAN_SEQ a
    小额贷款 company on a notarised loan contract against a borrower and his guarantor."""
    year = c.filed_on.year - 1
    c.amount = Decimal(rng.randint(3_000_000_00, 60_000_000_00)) / 100  # an intermediate court's commercial stakes
    firm = rng.choice(LAW_FIRMS)
    c.firm, c.extra["firm_short"], c.extra["firm_addr"] = firm
    c.extra["letter_no"] = rng.randint(30, 620)
    c.extra["guarantor"] = person_name(rng)
    c.extra["g_addr"] = f"{rng.choice(['北京西路', '湖南路', '中山北路', '宁海路'])}{rng.randint(2, 200)}号"
    for k in ("tj1", "tj2", "tj3", "assistant", "tclerk", "arb1", "arb2", "arb3", "arb_sec", "notary", "cashier",
              "bank_clerk", "trial_judge", "deputy"):
        c.extra[k] = person_name(rng)
    c.extra["case_fee"] = f"{float(c.amount) * 0.005 + 8800:,.2f}"
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.001 + 10000))
    c.extra["own_bank"] = rng.choice(["南京银行股份有限公司城中支行", "江苏银行股份有限公司南京新街口支行", "招商银行南京分行营业部"])
    c.extra["own_account"] = f"0101 2{rng.randint(100, 999)} 0000 {rng.randint(1000, 9999)}"
    c.extra["resp_account"] = f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    c.extra["license_no"] = f"1320120{rng.randint(1000000000, 1999999999)}"
    c.extra["license_day"] = f"{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    c.extra["agent_sex"] = rng.choice("男女")
    c.extra["bill_code"] = f"32{rng.randint(100000, 999999)}"
    c.extra["bill_no"] = f"{rng.randint(10**9, 10**10 - 1)}"
    c.extra["id_valid"] = f"{rng.randint(2015, 2021)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期"
    c.extra["service_addr"] = f"{c.firm}（{c.extra['firm_addr']}）"
    c.extra["email"] = f"lawyer{rng.randint(100, 999)}@jlhp-law.cn"
    c.extra["frozen"] = f"{rng.randint(1000, 90000)}.{rng.randint(10, 99)}"
    c.extra["serial"] = f"{c.filed_on:%Y%m%d}{rng.randint(10**8, 10**9 - 1)}"
    c.extra["cert_no"] = f"{rng.randint(10, 199)}"
    rep_born = date(rng.randint(1960, 1982), rng.randint(1, 12), rng.randint(1, 28))
    c.extra["rep_id"] = id_number(rng, "320106", rep_born)
    seq = int(c.number.rsplit("执", 1)[1].removesuffix("号"))
    invest = seq != LOAN_SEQ
    c.applicant = Party(rng.choice(INVESTORS if invest else LENDERS), "organisation", credit_code(rng, "320105"),
                        f"南京市建邺区{rng.choice(['庐山路', '奥体大街', '江东中路'])}{rng.randint(100, 399)}号"
                        f"{rng.randint(10, 30)}层", f"025-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
    c.extra["scope_a"] = ("股权投资；创业投资；投资管理；资产管理。" if invest else "面向南京市辖区发放小额贷款；提供财务咨询。")
    c.extra["capital_a"] = f"{rng.choice([10000, 20000, 50000])}万元人民币"
    c.extra["scope_r"] = "房地产开发经营；物业管理；建筑材料销售。"
    c.extra["capital_r"] = f"{rng.choice([5000, 8000, 12000])}万元人民币"
    if seq == EQUITY_SEQ:
        c.extra["story"] = "equity"
        c.extra["cause"] = "股权转让纠纷"
        c.basis_court = COURT
        c.basis_number = f"（{year}）苏01民初{rng.randint(100, 2999)}号"
    elif seq == AWARD_SEQ:
        c.extra["story"] = "award"
        c.extra["cause"] = "合作开发协议纠纷"
        c.extra["contract"] = "项目合作开发协议"
        c.basis_court = ARBITRATION
        c.basis_number = f"（{year}）宁仲裁字第{rng.randint(100, 1999)}号"
        c.extra["settled"] = (c.amount * Decimal("0.92")).quantize(Decimal("0.01"))
        c.extra["first"] = (c.extra["settled"] * Decimal("0.5")).quantize(Decimal("0.01"))
        c.extra["second"] = c.extra["settled"] - c.extra["first"]
    else:
        c.extra["story"] = "loan"
        c.extra["cause"] = "借款合同纠纷"
        c.basis_court = NOTARY
        c.basis_number = f"（{year}）宁钟证经内字第{rng.randint(1000, 9999)}号"
        c.extra["loan_day"] = c.filed_on - timedelta(days=rng.randint(420, 600))
    if c.extra["story"] != "loan":
        site = rng.choice(["江宁区秣陵街道", "浦口区江浦街道", "栖霞区仙林街道"])
        c.respondent = Party(rng.choice(DEVELOPERS), "organisation", credit_code(rng, "320111"),
                             f"南京市{site}{rng.choice(['天元中路', '文德路', '学海路'])}{rng.randint(1, 200)}号",
                             f"025-5{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        target = f"南京{rng.choice(['华景', '雍和', '江岸'])}置业有限公司"
        c.extra["deal"] = (f"{num_date(c.filed_on - timedelta(days=rng.randint(700, 900)))}，原告（申请人）与被告（被申请人）签订协议，"
                           f"约定将其持有的{target}{rng.choice([40, 51, 60])}%股权转让予对方，转让价款分三期支付，"
                           f"项目位于{site}。" if c.extra["story"] == "equity" else
                           f"双方约定共同开发{site}地块项目，申请人投入资金后被申请人应按约返还投资款并支付固定收益，"
                           "被申请人逾期未付。")
        c.extra["estate_result"] = (f"{c.respondent.name}名下登记有{site}商品房{rng.randint(3, 12)}套（在建工程抵押、"
                                    "已被他案轮候查封）。")
        c.extra["estate_seal"] = "首封法院：南京市江宁区人民法院；本院轮候查封"
        c.extra["clue_bank"] = "南京银行河西支行基本户"
        c.extra["clue_estate"] = f"{site}项目未售商品房"
        c.extra["clue_equity"] = f"持有{target}股权"
    else:
        born = date(rng.randint(1968, 1986), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "320104", born),
                             f"南京市秦淮区{rng.choice(['御道街', '长白街', '瑞金路'])}{rng.randint(1, 99)}号"
                             f"{rng.randint(1, 20)}幢{rng.randint(101, 1802)}室", f"139{rng.randint(10000000, 99999999)}",
                             born=born, sex=rng.choice("男女"))
        c.extra["estate_result"] = f"{c.respondent.name}名下无不动产登记信息。"
        c.extra["estate_seal"] = "无"
        c.extra["clue_bank"] = "工商银行卡（尾号不详）"
        c.extra["clue_estate"] = "秦淮区住房一套（已售？）"
        c.extra["clue_equity"] = "曾在一家装饰公司持股"
    org = c.respondent.kind == "organisation"
    c.extra["declared"] = [
        f"{c.respondent.legal_rep}（法定代表人）" if org else c.respondent.name,
        f"南京银行基本户余额约{c.extra['frozen']}元，已冻结", "项目房产均已抵押给银行" if org else "无",
        "公司车辆两辆（抵押）" if org else "无", "项目公司股权已质押" if org else "无", "对外应收款难以收回" if org else "无",
        "项目停工，无经营收入" if org else "无固定收入", "办公家具若干" if org else "无", "无",
    ]
    c.extra["inquiry"] = [
        ("中国工商银行", "有账户，余额0.00元"), ("中国建设银行", "有账户，余额3.16元"), ("南京银行", f"冻结{c.extra['frozen']}元"),
        ("江苏银行", "无账户"), ("招商银行", "有账户，余额0.00元"), ("公安部车辆登记", "登记车辆2辆，均有抵押" if org else "无登记车辆"),
        ("自然资源部不动产", "有登记信息，详见不动产登记中心回复" if org else "无登记信息"),
        ("中国证券登记结算有限责任公司", "无证券账户"), ("支付宝（中国）网络技术有限公司", "余额0.00元"),
        ("财付通支付科技有限公司", "余额0.00元"), ("市场监管总局股权登记", "有股权，已质押" if org else "无"),
    ]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return render_paper(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_text(c: CaseCtx) -> str:
    return {"arbitration": f"{ARBITRATION}{c.basis_number}裁决书",
            "notarial": f"{NOTARY}{c.basis_number}公证书"}.get(c.basis_kind, f"本院{c.basis_number}民事判决书")


def _resp(c: CaseCtx) -> str:
    r = c.respondent
    return (f"{r.name}（法定代表人{r.legal_rep}）" if r.kind == "organisation" else r.name) + f"、{c.extra['guarantor']}"


def _sign(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _panel(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判长", c.judge), ("审判员", c.extra["trial_judge"]), ("审判员", c.extra["deputy"]), ("书记员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    g = c.extra["guarantor"]
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你单位申请执行{basis_text(c)}一案，本院经审查，符合法定受理条件，决定立案执行。现将有关事项通知如下："),
            ("p", f"一、本案案号为{c.number}，承办人{c.officer}，联系电话{c.court.phone}；"),
            ("p", "二、申请执行人应积极提供被执行人的财产线索，并可通过“江苏法院诉讼服务网”或12368热线查询案件进展；"),
            ("p", "三、执行款项将通过本院案款账户统一发放至你单位确认的收款账户。"),
        ], form_no="苏01执·01", signers=_sign(c))
    if code == "payment_notice":
        return court_doc(c, rng, "交纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你单位申请执行{r.name}、{g}一案，依照《诉讼费用交纳办法》第十条、第十四条规定，应预交申请执行费"
                  f"{c.extra['exec_fee']:,}元，请于七日内交纳。申请执行费由被执行人负担，执行到位后一并结算。"),
        ], form_no="苏01执·02", signers=_sign(c))
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("f", f"{_resp(c)}："),
            ("p", f"{a.name}申请执行{basis_text(c)}一案，本院已于{num_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  "第二百六十四条规定，责令你们自本通知送达之日起立即履行下列义务："),
            ("p", f"1．支付{money(c.amount)}及相应利息、违约金；2．加倍支付迟延履行期间的债务利息；3．负担申请执行费"
                  f"{c.extra['exec_fee']:,}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], form_no="苏01执·03", signers=_sign(c), day=c.day(2))
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("f", f"{_resp(c)}："),
            ("p", f"本院在执行{a.name}申请执行你们一案中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  "第三条规定，责令你们在收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告财产情况应当使用本院制发的财产申报表，被执行人为单位的，由其法定代表人签字并加盖单位印章。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将依法予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，"
                  "依法追究刑事责任。"),
        ], form_no="苏01执·04", signers=_sign(c), day=c.day(2))
    if code == "summons":
        who = r.legal_rep if r.kind == "organisation" else r.name
        return court_doc(c, rng, "传　票", [
            ("f", f"被传唤人：{who}"), ("f", f"单位或住址：{r.address}"), ("f", "传唤事由：执行约谈（财产状况及履行能力）"),
            ("f", f"应到时间：{num_date(c.day(40))}　14时30分"), ("f", "应到处所：本院执行局第二谈话室（江东中路251号B座）"),
            ("p", "注意事项：一、被传唤人必须准时到达应到处所；二、携带本传票及身份证件；三、无正当理由拒不到场的，可以拘传。"),
        ], form_no="苏01执·09", signers=_sign(c), day=c.day(33))
    if code == "consumption_restriction_order":
        who = f"{r.name}及其法定代表人{r.legal_rep}" if r.kind == "organisation" else r.name
        return court_doc(c, rng, "限制消费令", [
            ("f", f"{_resp(c)}："),
            ("p", f"本院于{num_date(c.filed_on)}立案执行{a.name}申请执行你们一案。因你们未按执行通知书指定的期间履行生效法律文书"
                  "确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条规定，"
                  f"对{who}、{g}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], form_no="苏01执·11", signers=_sign(c), day=c.day(25))
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决　定　书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，{'统一社会信用代码' if r.kind == 'organisation' else '公民身份号码'}{r.id_number}。"),
            ("f", f"被执行人：{g}。"),
            ("p", f"本院在执行{a.name}申请执行{r.name}、{g}{c.extra['cause']}一案中，被执行人有履行能力而拒不履行生效法律文书确定的"
                  f"义务。依照{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条、第二条、第六条规定，"
                  "决定如下："),
            ("p", f"将{r.name}、{g}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。"),
        ], form_no="苏01执·12", signers=_sign(c), day=c.day(26))
    if code == "enforcement_ruling":
        return court_doc(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}。"),
            ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地（住）{r.address}。"),
            ("f", f"被执行人：{g}，住南京市鼓楼区{c.extra['g_addr']}。"),
            ("p", f"本院依据已经发生法律效力的{basis_text(c)}，于{num_date(c.filed_on)}立案执行。被执行人未按执行通知履行法律文书确定"
                  f"的义务，依照{LAW}第二百四十九条、第二百五十条、第二百五十三条规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}、{g}的银行存款{money(c.amount)}，或者查封、扣押、冻结、拍卖、变卖其相应价值的财产。"),
            ("p", "本裁定立即执行。"),
        ], form_no="苏01执·06", signers=_panel(c), day=c.day(5))
    if code == "assistance_notice":
        return court_doc(c, rng, "协助执行通知书", [
            ("f", "南京银行股份有限公司河西支行："),
            ("p", f"关于{a.name}与{r.name}等{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}"
                  "第二百四十九条规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（{r.id_number}）在你行开立的账户{c.extra['resp_account']}内的存款，以{money(c.amount)}为限，"
                  "冻结期限一年，自转为冻结之日起计算。"),
            ("f", "附：执行裁定书一份。"),
            ("f", f"经办人：{c.officer}　{c.clerk}　联系电话：{c.court.phone}"),
        ], form_no="苏01执·07", signers=[], day=c.day(6))
    if code == "termination_this_round_ruling":
        found = ("仅冻结南京银行账户存款" + c.extra["frozen"] + "元并已扣划，名下不动产均设有在建工程抵押且已被他案首封，车辆抵押，"
                 "股权质押，处置所得不足清偿在先权利" if r.kind == "organisation"
                 else "仅冻结存款" + c.extra["frozen"] + "元并已扣划，名下无不动产、车辆等可供执行的财产")
        return court_doc(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地（住）{r.address}。"),
            ("f", f"被执行人：{g}，住南京市鼓楼区{c.extra['g_addr']}。"),
            ("p", f"本院在执行{a.name}与{r.name}、{g}{c.extra['cause']}一案中，依法向被执行人发出执行通知书、报告财产令，通过网络执行"
                  "查控系统及江苏法院点对点查控系统对被执行人的存款、车辆、不动产、证券、股权、网络资金等财产进行查询，"
                  f"并赴被执行人住所地实地调查。经查，{found}。本院已对被执行人采取限制消费措施并纳入失信被执行人名单。"),
            ("p", "本院已将上述财产调查情况告知申请执行人，申请执行人在约谈中表示暂不能提供其他可供执行的财产线索。"),
            ("p", "本院认为，被执行人暂无可供执行的财产，本案符合终结本次执行程序的条件。依照《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "被执行人负有继续向申请执行人履行债务的义务。本裁定送达后立即生效。"),
        ], form_no="苏01执·15", signers=_panel(c), day=c.closed_on)
    if code == "closing_notice":
        return court_doc(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你单位申请执行{r.name}、{g}一案，执行中双方于{num_date(c.day(28))}自愿达成执行和解协议。被执行人已按协议"
                  f"分两期支付和解款{money(c.extra['settled'])}，和解协议已履行完毕。本案以执行完毕方式结案。特此通知。"),
        ], form_no="苏01执·16", signers=_sign(c), day=c.closed_on)
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    if code == "closing_approval_form":
        ttr = c.method == "terminated_this_round"
        return _table_form(c, rng, "执行案件结案审批表", [
            ["案号", c.number], ["申请执行人", a.name], ["被执行人", f"{r.name}、{g}"], ["执行标的", money(c.amount)],
            ["执行依据", basis_text(c)], ["立案日期", num_date(c.filed_on)],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕（和解履行）"],
            ["执行情况", "网络查控、点对点查询、现场调查、财产申报；" + ("限消、失信，约谈申请人，财产不足清偿。" if ttr
                                                               else "和解款分两期付清，案款已发放。")],
            ["承办人意见", ""], ["合议庭意见", ""], ["执行局领导审批", ""]], "苏01执·18", [8, 9, 10])
    if code == "file_review_form":
        return _table_form(c, rng, "执行卷宗归档审查表", [
            ["案号", c.number], ["结案日期", num_date(c.closed_on)], ["卷宗页数", ""],
            ["执行依据及生效证明", "齐全"], ["立案材料", "齐全"], ["执行通知及送达回证", "齐全"], ["查控材料", "齐全"],
            ["结案文书及送达", "齐全"], ["审查意见", ""], ["审查人", ""]], "苏01档·03", [8, 9])
    if code == "remarks_sheet":
        s = plain("苏01档·04")
        s.centred(mm(28), "卷　内　备　考　表", hei(64), spacing=12)
        s.text(LEFT, mm(46), f"案号：{c.number}", song(38))
        y = table(s, LEFT, mm(56), [RIGHT - LEFT], [["本卷情况说明"], [""]], song(36), row_h=[mm(12), mm(150)])
        hand(s, LEFT + 40, mm(76), "本卷材料完整，和解协议及付款凭证已附卷，", rng, size=40, ink=INK2)
        hand(s, LEFT + 40, mm(88), "票据粘贴于粘贴单，无其他需说明事项。", rng, size=40, ink=INK2)
        s.text(LEFT, y + 50, "立卷人：", song(38))
        signature(s, LEFT + 180, y + 40, c.clerk, rng)
        s.text(LEFT + 700, y + 50, "检查人：", song(38))
        signature(s, LEFT + 880, y + 40, c.officer, rng)
        hand(s, LEFT + 700, y + 150, num_date(c.closed_on + timedelta(days=21)), rng, size=38, ink=INK2)
        number_pages([s])
        return [s]
    if code == "dossier_cover":
        s = Sheet(paper=(246, 238, 222))
        s.box(mm(14), mm(14), mm(196), mm(283), width=4)
        s.centred(mm(36), COURT, font("serif_bold", 62), spacing=6)
        s.centred(mm(58), "执　行　卷　宗", hei(96), spacing=30)
        s.centred(mm(80), "（正卷）", song(44))
        rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", a.name], ["被执行人", f"{r.name}、{g}"],
                ["执行依据", basis_text(c)], ["承办人", c.officer], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
                ["保管期限", "长期"], ["卷内页数", ""]]
        table(s, mm(26), mm(96), [mm(40), mm(118)], rows, song(36), row_h=mm(14), centre_first=True)
        s.centred(mm(262), f"归档日期：{num_date(c.closed_on + timedelta(days=25))}　　全宗号 32-01", song(36))
        return [s]
    if code == "catalogue":
        return _catalogue(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    raise KeyError(code)


def _table_form(c: CaseCtx, rng: random.Random, title: str, rows: list[list[str]], form_no: str,
                hand_rows: list[int]) -> list[Sheet]:
    s = plain(form_no)
    s.centred(mm(22), COURT, song(48), spacing=4)
    s.centred(mm(34), title, hei(60), spacing=10)
    heights = [mm(24) if k in hand_rows else mm(14) for k in range(len(rows))]
    if "结案审批" in title:
        heights[7] = mm(26)
    table(s, LEFT - mm(6), mm(50), [mm(48), RIGHT - LEFT + mm(6) - mm(48)], rows, song(32), row_h=heights,
          centre_first=True)
    y = mm(50) + sum(heights[: hand_rows[0]])
    notes = ["财产不足清偿，符合终本条件，拟结案。" if c.method == "terminated_this_round" else "和解履行完毕，拟结案。",
             "经合议，同意。", "同意。"]
    people = [c.officer, c.judge, c.extra["deputy"]]
    for k, row in enumerate(hand_rows):
        hand(s, LEFT + mm(46), y + 20, "材料齐全，准予归档。" if "归档" in title else notes[k % 3], rng, size=38, ink=INK2)
        signature(s, RIGHT - mm(60), y + mm(10), people[k % 3], rng)
        hand(s, RIGHT - mm(30), y + mm(14), num_date(c.closed_on - timedelta(days=2 - k)), rng, size=28, ink=INK2)
        y += heights[row]
    number_pages([s])
    return [s]


NAMES = {
    "acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
    "payment_notice": "交纳执行申请费通知书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信）",
    "enforcement_ruling": "执行裁定书", "summons": "传票", "closing_notice": "结案通知书",
}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice")


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = plain("苏01执·05")
    s.centred(mm(22), COURT, song(50), spacing=4)
    s.centred(mm(34), "送　达　回　证", hei(66), spacing=14)
    to_app = all(x in TO_APPLICANT for x in served)
    who = c.applicant.name if to_app else c.respondent.name
    addr = c.extra["service_addr"] if to_app else c.respondent.address
    names = "、".join(NAMES.get(x, x) for x in served) + ("　各一份" if len(served) > 1 else "　一份")
    day = c.closed_on + timedelta(days=2) if "termination_this_round_ruling" in served else c.day(3)
    rows = [["案　　号", c.number], ["送达文书名称及件数", names], ["受送达人", who], ["送达地址", addr],
            ["受送达人签收", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达" if to_app else "邮寄送达（EMS）"],
            ["送达人", ""], ["备　　注", ""]]
    heights = [mm(14), mm(22), mm(14), mm(20), mm(34), mm(18), mm(14), mm(18), mm(22)]
    table(s, LEFT - mm(6), mm(50), [mm(52), RIGHT - LEFT + mm(6) - mm(52)], rows, song(34), row_h=heights,
          centre_first=True)
    top = mm(50) + sum(heights[:4])
    signer = c.agent if to_app else (c.respondent.legal_rep if c.respondent.kind == "organisation" else who)
    signature(s, LEFT + mm(60), top + 60, signer, rng)
    hand(s, LEFT + mm(100), top + mm(22), num_date(day), rng, size=36)
    top2 = mm(50) + sum(heights[:7])
    signature(s, LEFT + mm(50), top2 + 30, c.officer, rng)
    hand(s, LEFT + mm(90), top2 + 40, c.clerk, rng, size=40, ink=INK2)
    s.text(LEFT - mm(6), mm(262), "注：邮寄送达的，以回执上注明的收件日期为送达日期。", song(28))
    number_pages([s])
    return [s]


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[Sheet]:
    interview = code == "interview_record"
    form = "苏01执·13" if interview else "苏01执·14"
    sheets = [plain(form)]
    s = sheets[0]
    s.centred(mm(26), "约　谈　笔　录" if interview else "调　查　笔　录", hei(64), spacing=10)
    org = c.respondent.kind == "organisation"
    day = c.day(100) if interview else c.day(45)
    who = c.agent if interview else (c.respondent.legal_rep if org else c.respondent.name)
    place = "本院执行局第二谈话室" if interview else c.respondent.address
    head = [("f", f"时间：{num_date(day)}　9时30分至10时15分"), ("f", f"地点：{place}"),
            ("f", f"执行员：{c.officer}　　书记员：{c.clerk}"), ("f", f"被{'约谈' if interview else '调查'}人：{who}"),
            ("f", f"案由：{c.extra['cause']}　案号：{c.number}")]
    if interview:
        qa = [("问", "我们是南京中院执行局工作人员，今天就本案财产调查情况与申请执行人进行约谈，你是否清楚？"), ("答", "清楚。"),
              ("问", f"本院已通过网络查控系统查询被执行人的存款、车辆、不动产、股权等，冻结扣划存款{c.extra['frozen']}元，"
                     "不动产均有抵押并被他案首封，已对被执行人限制消费、纳入失信名单。你方是否还有其他财产线索？"),
              ("答", "目前提供不出新的线索，项目的在建工程要等首封法院处置，我们会申请参与分配。"),
              ("问", "如本案终结本次执行程序，发现财产后可以申请恢复执行，你方意见如何？"), ("答", "同意终本。"),
              ("问", "以上笔录请核对，是否属实？"), ("答", "属实。")]
    else:
        qa = [("问", "我们是南京中院执行局的执行员，今天依法调查你方财产状况，请如实回答。"), ("答", "好的。"),
              ("问", "公司（你）目前经营情况如何？"),
              ("答", "项目停工一年多了，剩下的房子都抵押给银行，账上没有钱。" if org else "我现在没有工作，借的钱都投进去亏了。"),
              ("问", "为何不履行生效法律文书？"), ("答", "确实没有能力履行，有钱一定还。"),
              ("问", "执行人员现场查看，你方办公场所已停止经营，你对此有无意见？"), ("答", "没有意见。"),
              ("问", "以上笔录请核对，是否属实？"), ("答", "属实。")]
    blocks = [*head, *[("p", f"{q}：{t}") for q, t in qa]]

    def more() -> tuple[Sheet, float]:
        sheets.append(plain(form))
        return sheets[-1], float(TOP)

    y = flow(s, blocks, song(40), x0=LEFT, width=RIGHT - LEFT, y=mm(42), line_height=70, indent=0,
             bottom=BOTTOM - 80, more=more)
    s = sheets[-1]
    if y > BOTTOM - 300:
        s, y = more()
    s.text(LEFT, y + 40, "被" + ("约谈" if interview else "调查") + "人：", song(40))
    signature(s, LEFT + 280, y + 30, who, rng)
    hand(s, LEFT + 600, y + 40, "以上笔录我已看过，与我说的一致。", rng, size=36, ink=INK2)
    s.text(LEFT, y + 140, f"执行员：{c.officer}　书记员：{c.clerk}", song(40))
    for sh in sheets:
        signature(sh, RIGHT - mm(40), BOTTOM + 20, who, rng)
    number_pages(sheets)
    return sheets


def _catalogue(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = plain("苏01档·02")
    s.centred(mm(24), "卷　内　目　录", hei(64), spacing=12)
    s.text(LEFT - mm(6), mm(40), f"案号：{c.number}", song(34))
    items = ["卷宗封面", "卷内目录", "强制执行申请书", "裁决书", "裁决书送达及生效证明", "营业执照、法定代表人身份证明书",
             "被执行人营业执照", "授权委托书", "律师事务所函", "律师执业证", "财产线索表", "执行费票据（粘贴单）",
             "收款账户确认书", "送达地址确认书", "受理案件通知书", "交纳执行申请费通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查控结果及回执", "执行裁定书", "协助执行通知书", "执行和解协议", "付款凭证（粘贴单）",
             "结案通知书", "结案审批表", "送达回证", "归档审查表", "备考表"]
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for k, name in enumerate(items, 1):
        rows.append([str(k), name, str(page), ""])
        page += {"裁决书": 2, "营业执照、法定代表人身份证明书": 2, "网络查控结果及回执": 3, "送达回证": 5}.get(name, 1)
    table(s, LEFT - mm(6), mm(48), [mm(16), mm(104), mm(22), mm(24)], rows, song(26), row_h=mm(7.2))
    number_pages([s])
    del rng
    return [s]


__all__ = ["BUREAU", "CODES", "adopt_basis", "render"]
