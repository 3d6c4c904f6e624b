"""court_dg (福建省泉州市丰泽区人民法院, held out): the seaside district of 泉州 — 东海 fish markets, new housing round
the 东海湾, shoe and garment works, many 台胞 settled in the city. Three dossiers: a 水产 trading company enforces
泉州中院's 二审 judgment on 海产品 sold to a restaurant company, the debtor's account is deducted at the bank and the
judgment paid in full (archived); a Taiwan-resident home owner enforces the court's own 调解书 on a house-decoration
contract against a decoration company with nothing left (终本); a shoe worker enforces an award of the 泉州市劳动人事
争议仲裁委员会, the company settles and pays. The bureau's papers are drawn in its own style (court_dg_kit), what it
receives in the makers' styles (court_dg_papers); every page went through an old analogue photocopier twice before it
was scanned (court_dg_capture)."""

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
from dossier.corpus.draw import INK, Sheet, mm, seal, table
from dossier.corpus.families.court_dg_kit import LEFT, RIGHT, TOP, grid_form, letter, pen, typed_record
from dossier.corpus.families.court_dg_papers import RECEIVED, received
from dossier.corpus.fonts import font

MARINE_SEQ, DECOR_SEQ, LABOUR_SEQ = 30518, 30642, 30771
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 11,
        "summons": 20, "investigation_record": 27, "consumption_restriction_order": 35, "dishonest_list_decision": 35,
        "settlement_agreement": 30, "payment_voucher": 44, "closing_notice": 62, "interview_record": 112,
        "termination_this_round_ruling": 121}
"""days after filing on which each paper of the bureau was made"""
LAW = "《中华人民共和国民事诉讼法》"


def made_on(c: CaseCtx, code: str) -> date:
    if code in ("closing_approval_form", "file_review_form", "remarks_sheet", "dossier_cover", "catalogue"):
        return c.closed_on - timedelta(days=1)
    if code == "payment_voucher" and c.extra.get("tale") == "marine":
        return c.day(36)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """泉州 parties for each of the three stories (chosen by the case's seq)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    tale = {MARINE_SEQ: "marine", DECOR_SEQ: "decor", LABOUR_SEQ: "labour"}[seq]
    c.extra["tale"] = tale
    c.firm = rng.choice(["福建刺桐律师事务所", "福建泉海律师事务所", "福建清源山律师事务所"])
    c.extra["firm_addr"] = f"泉州市丰泽区{rng.choice(['刺桐路', '田安南路', '泉秀路'])}{rng.randint(100, 900)}号"
    c.extra["licence"] = f"1350520{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["泉州农商银行丰泽支行", "中国工商银行泉州丰泽支行", "兴业银行泉州分行"])
    c.extra["in_acct"] = f"6222{rng.randint(10**11, 10**12 - 1)}"
    if tale == "marine":
        c.applicant = Party(f"泉州{rng.choice(['蚶江', '崇武', '祥芝'])}水产贸易有限公司", "organisation",
                            credit_code(rng, "350503"), f"福建省泉州市丰泽区东海街道{rng.choice(['滨海', '东海'])}"
                            f"水产市场{rng.randint(1, 80)}号", f"0595-2298{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"泉州{rng.choice(['海味轩', '渔港', '闽海湾'])}餐饮管理有限公司", "organisation",
                             credit_code(rng, "350502"), f"福建省泉州市鲤城区{rng.choice(['中山中路', '温陵路'])}"
                             f"{rng.randint(10, 300)}号", f"0595-2276{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = "福建省泉州市中级人民法院"
        c.extra["first_no"] = f"（2023）闽0503民初{rng.randint(1000, 6999)}号"
        c.basis_number = f"（2023）闽05民终{rng.randint(1000, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.amount = Decimal(rng.randint(18000, 48000)) * 10 + Decimal(rng.randint(0, 99)) / 100
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = rng.choice(["冻品鱿鱼、带鱼、虾仁", "鲜活梭子蟹、鲍鱼及冻品带鱼", "冻品马鲛鱼、虾仁、鱿鱼"])
        c.extra["r_bank"] = rng.choice(["中国建设银行泉州鲤城支行", "泉州银行温陵支行"])
        c.extra["r_acct"] = f"3505{rng.randint(10**14, 10**15 - 1)}"
    elif tale == "decor":
        born = date(rng.randint(1962, 1984), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(rng.choice(["林", "陈", "黄", "蔡"]) + rng.choice(["志豪", "淑惠", "家铭", "雅婷", "俊宏"]),
                            "person", id_number(rng, "830000", born),
                            f"福建省泉州市丰泽区东海街道{rng.choice(['东海湾', '滨海名城', '刺桐花园'])}"
                            f"{rng.randint(1, 30)}幢{rng.randint(3, 28)}0{rng.randint(1, 4)}室",
                            f"13{rng.choice(['5', '8'])}{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.extra["mtp"] = f"{rng.randint(10**7, 10**8 - 1)}"
        c.extra["mtp_from"] = date(2019, rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(f"泉州{rng.choice(['美居', '筑梦', '尚品'])}装饰工程有限公司", "organisation",
                             credit_code(rng, "350503"), f"福建省泉州市丰泽区{rng.choice(['丰海路', '宝洲路'])}"
                             f"{rng.randint(10, 400)}号{rng.randint(2, 9)}楼", f"0595-2218{rng.randint(1000, 9999)}",
                             legal_rep=person_name(rng))
        c.basis_court = c.court.name
        c.basis_number = f"（2023）闽0503民初{rng.randint(1000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 110))
        c.amount = Decimal(rng.randint(6200, 19800)) * 10
        c.extra["cause"] = "装饰装修合同纠纷"
        c.extra["house"] = c.applicant.address.removeprefix("福建省泉州市丰泽区东海街道")
    else:
        born = date(rng.randint(1975, 1996), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["350524", "350525", "350583"]), born),
                            f"福建省泉州市{rng.choice(['安溪县城厢镇', '永春县桃城镇', '南安市溪美街道'])}"
                            f"{rng.choice(['光德', '环城', '新华'])}路{rng.randint(1, 200)}号",
                            f"15{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"泉州{rng.choice(['步云', '鸿星', '富力达'])}鞋业有限公司", "organisation",
                             credit_code(rng, "350503"), f"福建省泉州市丰泽区{rng.choice(['北峰街道', '城东街道'])}"
                             f"{rng.choice(['工业区', '科技园'])}{rng.randint(1, 40)}号", f"0595-2270{rng.randint(1000, 9999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "泉州市劳动人事争议仲裁委员会"
        c.basis_number = f"泉劳人仲案〔2023〕{rng.randint(100, 1999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["wage"] = Decimal(rng.randint(180, 420)) * 100
        c.extra["comp"] = Decimal(rng.randint(120, 360)) * 100
        c.amount = c.extra["wage"] + c.extra["comp"]
        c.extra["cause"] = "劳动争议"
        c.extra["post"] = rng.choice(["针车工", "成型车间组长", "仓管员"])
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["pay_day"] = made_on(c, "payment_voucher")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_name(c: CaseCtx) -> str:
    kind = {"marine": "民事判决书", "decor": "民事调解书", "labour": "仲裁裁决书"}[str(c.extra["tale"])]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判员", c.judge)]


def _officers(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


TITLES = {"acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
          "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
          "closing_notice": "结案通知书", "termination_this_round_ruling": "执行裁定书", "summons": "传票",
          "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书"}


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    tale = str(c.extra["tale"])
    day = made_on(c, code)
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    fee = c.extra["fee"]
    if code == "acceptance_notice":
        blocks = [("f", f"{a.name}："),
                  ("p", f"你（单位）申请执行{basis_name(c)}一案，本院经审查符合立案条件，已于{num_date(c.filed_on)}立案执行。"
                        f"现将有关事项通知如下："),
                  ("p", f"一、本案承办人{c.officer}，联系电话{c.court.phone}；"),
                  ("p", "二、你（单位）应积极向本院提供被执行人的财产线索，并及时告知送达地址及收款账户的变更；"),
                  ("p", "三、执行过程中当事人可自行和解，达成和解协议的应及时告知本院；"),
                  ("p", "四、执行案件的进展可通过“福建移动微法院”或12368诉讼服务热线查询。"),
                  ("p", "特此通知。")]
        return letter(c, TITLES[code], blocks, signers=[], day=day, rng=rng)
    if code == "payment_notice":
        blocks = [("f", f"{a.name}："),
                  ("p", f"本院受理的{case}，根据《诉讼费用交纳办法》第十四条的规定，你（单位）应预交申请执行费"
                        f"人民币{fee}元。请于接到本通知之日起七日内到本院诉讼服务中心或通过网上缴费平台交纳。"),
                  ("p", "逾期不交纳又不提出缓交申请的，本院将依法处理。"),
                  ("p", "收款单位：泉州市丰泽区财政局非税收入专户"),
                  ("p", "特此通知。")]
        return letter(c, TITLES[code], blocks, signers=[], day=day, rng=rng)
    if code == "enforcement_notice":
        blocks = [("f", f"{r.name}："),
                  ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已于{num_date(c.filed_on)}立案。依照{LAW}"
                        "第二百四十七条、第二百五十二条的规定，责令你单位自收到本通知之日起立即履行下列义务："),
                  ("p", f"一、支付申请执行人{money(c.amount)}及迟延履行期间的债务利息；"),
                  ("p", f"二、负担申请执行费人民币{fee}元。"),
                  ("p", "逾期不履行的，本院将依法强制执行，并可依法对你单位及法定代表人采取限制消费、纳入失信被执行人名单等措施。"),
                  ("f", f"承办人：{c.officer}　　联系电话：{c.court.phone}")]
        return letter(c, TITLES[code], blocks, signers=[], day=day, rng=rng)
    if code == "property_report_order":
        blocks = [("f", f"{r.name}："),
                  ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令你单位在收到本令之日起五日内，如实向本院"
                        "报告当前以及收到执行通知之日前一年的财产情况。"),
                  ("p", "报告范围包括：银行存款、现金、理财产品；不动产；车辆、船舶等交通运输工具；股权、投资权益；"
                        "应收账款及其他财产权利。"),
                  ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")]
        return letter(c, TITLES[code], blocks, signers=[], day=day, rng=rng)
    if code == "enforcement_ruling":
        if tale == "marine":
            what = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款"
                    f"{money(c.amount + fee)}。")
        else:
            what = f"冻结、划拨被执行人{r.name}名下银行存款人民币{c.amount + fee}元，或查封、扣押其相应价值的财产。"
        blocks = [("f", f"申请执行人：{a.name}，住所地{a.address}。"),
                  ("f", f"被执行人：{r.name}，住所地{r.address}。"),
                  ("f", f"法定代表人：{r.legal_rep}。"),
                  ("p", f"本院在执行{case}中，被执行人未按执行通知履行法律文书确定的义务。依照{LAW}第二百四十九条、"
                        "第二百五十条、第二百五十三条的规定，裁定如下："),
                  ("p", what), ("p", "本裁定立即执行。")]
        return letter(c, TITLES[code], blocks, signers=[*_staff(c), ("书记员", c.clerk)], day=day, rng=rng,
                      copy_mark=True)
    if code == "assistance_notice":
        return _assistance(c, rng, day)
    if code == "closing_notice":
        blocks = [("f", f"{a.name}、{r.name}："),
                  ("p", f"本院受理的{case}，被执行人的存款已由本院从{c.extra.get('r_bank', '其开户银行')}依法扣划，"
                        f"执行款{money(c.amount)}已于{num_date(c.extra['pay_day'])}发放给申请执行人，"
                        "生效法律文书确定的义务已全部履行完毕。" if tale == "marine" else
                        f"本院受理的{case}，双方当事人于{num_date(made_on(c, 'settlement_agreement'))}自行达成执行和解协议，"
                        f"被执行人已按协议付清全部款项，申请执行人出具了收条。"),
                  ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款第一项的规定，本案以"
                        "“执行完毕”方式结案。"),
                  ("p", "特此通知。")]
        return letter(c, TITLES[code], blocks, signers=[], day=day, rng=rng)
    if code == "termination_this_round_ruling":
        blocks = [("f", f"申请执行人：{a.name}，{a.sex}，{a.born.year if a.born else ''}年生，台湾居民，住{a.address}。"),
                  ("f", f"被执行人：{r.name}，住所地{r.address}。"),
                  ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
                  ("p", f"本院在执行{case}中，依据{basis_name(c)}，被执行人应支付申请执行人装修返工费用、违约金"
                        f"共计{money(c.amount)}。因被执行人未履行义务，申请执行人于{num_date(c.filed_on)}向本院申请强制执行。"),
                  ("p", "执行中，本院通过网络执行查控系统及泉州市不动产登记中心查询，被执行人名下无可供执行的存款、不动产、"
                        "车辆、股权。本院向被执行人发出执行通知书、报告财产令，被执行人申报无可供执行的财产；本院传唤其法定代表人"
                        "到庭，其无正当理由未到；赴其住所地调查，该公司已停止经营。本院已对被执行人采取限制消费措施，"
                        "并将其纳入失信被执行人名单。"),
                  ("p", f"本院于{num_date(made_on(c, 'interview_record'))}约谈申请执行人，告知本案执行情况及财产调查结果，"
                        "申请执行人表示暂无其他财产线索可提供。"),
                  ("p", "本院认为，被执行人暂无可供执行的财产，本案符合终结本次执行程序的条件。依照《最高人民法院关于适用"
                        "〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
                  ("p", f"终结本院{c.number}案件的本次执行程序。"),
                  ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
                  ("p", "本裁定送达后即发生法律效力。")]
        return letter(c, TITLES[code], blocks, signers=[*_staff(c), ("书记员", c.clerk)], day=day, rng=rng,
                      copy_mark=True)
    if code == "summons":
        return [_summons(c, rng, day)]
    if code == "consumption_restriction_order":
        blocks = [("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}。"),
                  ("f", f"法定代表人：{r.legal_rep}。"),
                  ("p", f"本院于{num_date(c.filed_on)}立案执行{case}。因你单位未按执行通知书指定的期间履行生效法律文书确定的"
                        "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                        f"现对你单位及你单位的法定代表人{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
                  ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                        "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                        "（五）购买非经营必需车辆；（六）旅游、度假；（七）支付高额保费购买保险理财产品；（八）乘坐G字头动车组列车"
                        "全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
                  ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。")]
        return letter(c, TITLES[code], blocks, signers=[], day=day, rng=rng)
    if code == "dishonest_list_decision":
        blocks = [("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
                  ("f", f"法定代表人：{r.legal_rep}。"),
                  ("p", f"本院在执行{case}中，被执行人未按执行通知履行生效法律文书确定的义务，其法定代表人经本院传唤无正当理由"
                        "拒不到场，对财产情况未作如实说明，违反财产报告制度。依照《最高人民法院关于公布失信被执行人名单信息的"
                        "若干规定》第一条第四项的规定，决定如下："),
                  ("p", f"将{r.name}纳入失信被执行人名单，期限二年。"),
                  ("p", "被执行人认为本决定有错误的，可以向本院申请纠正。"), ("p", "本决定一经作出即生效。")]
        return letter(c, "决定书", blocks, signers=[("院　长", person_name(random.Random(c.number)))], day=day, rng=rng)
    if code == "investigation_record":
        when = made_on(c, code)
        facts = [f"时间：{num_date(when)}上午10时20分至10时50分", f"地点：{r.address}",
                 f"调查人：{c.officer}、{c.extra.get('bailiff', person_name(rng))}（司法警察）　记录人：{c.clerk}",
                 f"被调查人：{c.extra.setdefault('landlord', person_name(rng))}（房屋出租人）", "事由：调查被执行人经营及财产情况"]
        qa = [("我们是泉州市丰泽区人民法院执行局的工作人员，这是我们的工作证。今天向你了解情况，请如实回答，能听清楚吗？", "能。"),
              (f"{r.name}是否还在这里经营？", "去年底就不干了，工人都走了，租金拖了两个月没给，门面我已经收回来了。"),
              ("他们留下什么设备、材料没有？", "只剩几块样板和一些废料，不值钱，他们说不要了。"),
              (f"你知道他们老板{r.legal_rep}现在在哪里吗？", "听说去外地了，电话打不通。"),
              ("还有什么需要补充的吗？", "没有了。")]
        return typed_record(c, "调 查 笔 录", facts, qa, str(c.extra["landlord"]), rng)
    if code == "interview_record":
        when = made_on(c, code)
        facts = [f"时间：{num_date(when)}下午3时", f"地点：{c.court.name}执行局第二谈话室",
                 f"执行员：{c.officer}　　记录人：{c.clerk}",
                 f"被约谈人：{a.name}（申请执行人，台湾居民来往大陆通行证号码{c.extra.get('mtp', '')}）"]
        qa = [("今天约你来，是向你告知本案的执行情况。本院已经通过网络查控系统查询了被执行人的存款、车辆、证券、网络资金，"
               "并向泉州市不动产登记中心查询了不动产，均无可供执行的财产。你是否清楚？", "清楚，之前法官也电话告诉过我。"),
              ("本院还到被执行人的经营场所进行了调查，该公司已经停业。你是否有其他财产线索提供？",
               "我知道的就是他们原来那个门面，其他没有了。"),
              ("本院已对被执行人限制消费并纳入失信名单。现拟对本案终结本次执行程序，你有什么意见？",
               "我同意。以后发现他们有财产，我再来申请。"),
              ("终本后，你发现被执行人有财产的，可以随时申请恢复执行，不受申请执行时效的限制。清楚吗？", "清楚。")]
        return typed_record(c, "约 谈 笔 录", facts, qa, a.name, rng)
    if code == "service_receipt":
        return [_service_receipt(c, served, rng)]
    if code == "closing_approval_form":
        return [_approval(c, rng)]
    if code == "dossier_cover":
        return [_cover(c, rng)]
    if code == "catalogue":
        return [_catalogue(c, rng)]
    if code == "file_review_form":
        return [_review(c, rng)]
    if code == "remarks_sheet":
        return [_remarks(c, rng)]
    raise KeyError(code)


def _assistance(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    r = c.respondent
    fee = c.extra["fee"]
    tale = str(c.extra["tale"])
    bank = str(c.extra.get("r_bank", "中国建设银行泉州丰泽支行"))
    if tale == "marine":
        ask = (f"请协助扣划被执行人{r.name}在你行开立的账户（账号{c.extra['r_acct']}）内的存款"
               f"{money(c.amount + fee)}，划至本院执行款专户（户名：泉州市丰泽区人民法院，开户行：泉州农商银行丰泽支行）。")
    else:
        ask = f"请协助冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户内的存款，限额人民币{c.amount + fee}元，冻结期限一年。"
    blocks = [("f", f"{bank}："),
              ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{LAW}第二百四十九条的规定，"
                    f"本院作出的{c.number}执行裁定书已发生法律效力。"), ("p", ask),
              ("p", "附：执行裁定书一份。"), ("f", f"经办人：{c.officer}、{c.clerk}　　联系电话：{c.court.phone}")]
    sheets = letter(c, "协助执行通知书", blocks, signers=[], day=day, rng=rng)
    if tale == "marine":
        from dossier.corpus.families.court_dg_papers import bank_return

        back = bank_return(c, rng, day + timedelta(days=1))
        back.starts_document = True
        sheets.append(back)
    return sheets


def _summons(c: CaseCtx, rng: random.Random, day: date) -> Sheet:
    r = c.respondent
    when = day + timedelta(days=7)
    rows = [("案　　号", c.number), ("案　　由", f"{c.extra['cause']}执行"), ("被传唤人", f"{r.name}法定代表人{r.legal_rep}"),
            ("工作单位或住址", r.address), ("传唤事由", "接受询问、申报财产"),
            ("应到时间", f"{when.year}年{when.month}月{when.day}日上午9时00分"), ("应到处所", f"{c.court.name}执行局（{c.court.address}）"),
            ("注意事项", "一、被传唤人须携带本传票及身份证件准时到达；二、被传唤人无正当理由拒不到场的，可以拘传。")]
    s = grid_form(c, "传　票", rows, rng, number=False, heights=[mm(15)] * 7 + [mm(30)])
    s.right(s.width - RIGHT, s.height - mm(60), cn_date(day), font("ming", mm(5)))
    seal(s, s.width - RIGHT - mm(30), s.height - mm(64), c.court.name, rng)
    s.text(LEFT, s.height - mm(45), f"执行员：{c.officer}　　书记员：{c.clerk}", font("ming", mm(4.6)))
    return s


def _service_receipt(c: CaseCtx, served: list[str], rng: random.Random) -> Sheet:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    names = "、".join(TITLES.get(x, x) for x in served)
    last = max(made_on(c, x) for x in served)
    day = last + timedelta(days=rng.randint(1, 4))
    s = Sheet()
    s.centred(TOP, c.court.name, font("song_gb", mm(6.4)), spacing=mm(1.2))
    s.centred(TOP + mm(12), "送 达 回 证", font("hei", mm(9)), spacing=mm(3))
    x = LEFT - mm(10)
    total = s.width - x - (RIGHT - mm(8))
    y: float = TOP + mm(30)
    f = font("hei", mm(4.4))
    rows = [["案　　号", c.number], ["送达文书", f"{names}（各一份）"], ["受送达人", who.name], ["送达地址", who.address]]
    y = table(s, x, y, [mm(40), total - mm(40)], rows, f, row_h=[mm(14), mm(20), mm(14), mm(18)], pad=mm(2.5), centre_first=True)
    # the signing grid: who signs, when, how
    cols = [mm(40), (total - mm(40)) / 2, (total - mm(40)) / 2]
    y2 = table(s, x, y, cols, [["", "受送达人签收", "送达日期"], ["签　　收", "", ""],
                               ["代收人", "", ""], ["送达方式", "直接送达" if to_applicant or c.extra["tale"] != "decor" else "邮寄送达", ""],
                               ["送 达 人", f"{c.officer}、{c.clerk}", ""], ["备　　考", "", ""]],
               f, row_h=[mm(12), mm(30), mm(16), mm(14), mm(14), mm(30)], pad=mm(2.5), centre_first=True)
    sy = y + mm(12)
    signer = who.legal_rep if who.kind == "organisation" and rng.random() < 0.5 else who.name
    if who.kind == "organisation":
        seal(s, x + cols[0] + cols[1] / 2, sy + mm(15), who.name, rng, radius=mm(17))
    pen(s, x + cols[0] + mm(8), sy + mm(11), signer, rng, size=6.4, ink=INK)
    pen(s, x + cols[0] + cols[1] + mm(8), sy + mm(11), num_date(day), rng, size=5.4)
    s.text(x, y2 + mm(5), "说明：受送达人拒绝签收的，送达人应当在备考栏注明情况，由见证人签名或盖章。", font("ming", mm(4)))
    seal(s, s.width - RIGHT - mm(30), y2 - mm(18), c.court.name, rng)
    return s


def _approval(c: CaseCtx, rng: random.Random) -> Sheet:
    a, r = c.applicant, c.respondent
    tale = str(c.extra["tale"])
    how = {"marine": "执行完毕（扣划存款，执行款已发放）", "labour": "执行完毕（执行和解，履行完毕）",
           "decor": "终结本次执行程序"}[tale]
    paid = {"marine": c.amount, "labour": c.amount, "decor": Decimal(0)}[tale]
    rows = [("案　　号", c.number), ("立案日期", num_date(c.filed_on)), ("申请执行人", a.name), ("被执行人", r.name),
            ("执行依据", basis_name(c)), ("申请标的", f"{c.amount:,.2f}元"), ("实际执行到位", f"{paid:,.2f}元"),
            ("结案方式", how), ("承办人意见", f"拟以{how.split('（')[0]}方式结案。"),
            ("合议庭/执行团队意见", "同意。"), ("局长审批", "同意结案。")]
    hs = [mm(13)] * 8 + [mm(26), mm(24), mm(24)]
    s = grid_form(c, "执行案件结案审批表", rows, rng, number=False, heights=hs, hand_rows=(9, 10))
    y = TOP + mm(28) + sum(hs[:9])
    pen(s, s.width - RIGHT - mm(70), y - mm(9), f"{c.officer}  {num_date(c.closed_on - timedelta(days=2))}", rng, size=4.8, ink=INK)
    pen(s, s.width - RIGHT - mm(70), y + mm(14), f"{c.judge}  {num_date(c.closed_on - timedelta(days=1))}", rng, size=4.8, ink=INK)
    pen(s, s.width - RIGHT - mm(70), y + mm(38), f"{person_name(random.Random(c.officer))}  {num_date(c.closed_on - timedelta(days=1))}",
        rng, size=4.8, ink=INK)
    return s


def _cover(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=5)
    s.centred(mm(36), c.court.name, font("song_gb", mm(9)), spacing=mm(2))
    s.centred(mm(58), "执 行 卷 宗", font("hei", mm(15)), spacing=mm(4))
    s.centred(mm(82), "（正　卷）", font("ming", mm(6)))
    f = font("ming", mm(5.4))
    rows = [["案　　号", c.number], ["案　　由", f"{c.extra['cause']}（申请执行）"], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行员", c.officer], ["书记员", c.clerk],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"],
            ["本卷共", ""], ["归档日期", ""], ["保管期限", "长期"]]
    table(s, mm(30), mm(96), [mm(44), s.width - mm(60) - mm(44)], rows, f, row_h=mm(12.5), pad=mm(3), centre_first=True)
    pen(s, mm(80), mm(96) + 9 * mm(12.5) + mm(2), f"{rng.randint(78, 98)} 页", rng, size=6, ink=INK)
    pen(s, mm(80), mm(96) + 10 * mm(12.5) + mm(2), num_date(c.closed_on + timedelta(days=rng.randint(3, 4))), rng, size=6, ink=INK)
    s.centred(s.height - mm(30), f"全宗号 {rng.randint(10, 99)}　　目录号 {rng.randint(1, 9)}　　案卷号 {rng.randint(100, 999)}",
              font("ming", mm(4.6)))
    return s


CATALOGUE = [("卷宗封面", 1), ("卷内目录", 1), ("立案审批表", 1), ("强制执行申请书", 2), ("民事判决书（二审）", 4),
             ("生效证明书", 1), ("当事人身份证明", 3), ("授权委托书、所函、律师执业证", 3), ("财产线索、收款账户、送达地址确认书", 3),
             ("受理案件通知书、缴费通知书及票据", 3), ("执行通知书、报告财产令", 2), ("网络查控反馈", 2), ("执行裁定书", 1),
             ("协助执行通知书及回执", 2), ("财产申报表", 1), ("执行款发放凭证", 1), ("结案通知书", 1), ("结案审批表", 1),
             ("送达回证", 2), ("归档审查表", 1), ("卷内备考表", 1)]


def _catalogue(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(TOP, "卷　内　目　录", font("hei", mm(9)), spacing=mm(2))
    s.text(LEFT - mm(10), TOP + mm(16), f"案号：{c.number}", font("ming", mm(4.6)))
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for i, (name, n) in enumerate(CATALOGUE, 1):
        rows.append([str(i), name, f"{page}" if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    table(s, LEFT - mm(10), TOP + mm(26), [mm(18), mm(105), mm(26), mm(25)], rows, font("ming", mm(4.3)), row_h=mm(10.4),
          pad=mm(2), centre_first=True)
    return s


def _review(c: CaseCtx, rng: random.Random) -> Sheet:
    rows = [("案　　号", c.number), ("承办人", c.officer), ("结案日期", num_date(c.closed_on)),
            ("法律文书是否齐全", "齐全"), ("送达回证是否齐全", "齐全"), ("执行款是否发放完毕", "已发放完毕"),
            ("卷内材料排列、编页", "按顺序排列，页号连续"), ("审查意见", "符合归档要求，同意归档。"),
            ("审查人", c.extra.setdefault("archivist", person_name(rng))), ("审查日期", num_date(c.closed_on + timedelta(days=3)))]
    return grid_form(c, "执行案件归档审查表", rows, rng, number=False, hand_rows=(3, 4, 5, 6, 7, 8, 9),
                     heights=[mm(14)] * 7 + [mm(28), mm(14), mm(14)])


def _remarks(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(TOP, "卷 内 备 考 表", font("hei", mm(9)), spacing=mm(2))
    s.text(LEFT - mm(6), TOP + mm(16), f"案号：{c.number}", font("ming", mm(4.6)))
    x0, y0, x1 = LEFT - mm(6), TOP + mm(26), s.width - RIGHT + mm(6)
    s.box(x0, y0, x1, s.height - mm(40), width=3)
    f = font("ming", mm(4.8))
    s.text(x0 + mm(6), y0 + mm(6), "本卷情况说明：", f)
    pen(s, x0 + mm(14), y0 + mm(20), f"本卷共{rng.randint(78, 98)}页，材料齐全，装订完好。", rng, ink=INK)
    pen(s, x0 + mm(14), y0 + mm(32), "判决书原件已核对。", rng, ink=INK)
    ly = s.height - mm(80)
    s.text(x0 + mm(60), ly, "立卷人：", f)
    pen(s, x0 + mm(84), ly - mm(2), c.clerk, rng, ink=INK)
    s.text(x0 + mm(60), ly + mm(12), "检查人：", f)
    pen(s, x0 + mm(84), ly + mm(10), str(c.extra.setdefault("archivist", person_name(rng))), rng, ink=INK)
    s.text(x0 + mm(60), ly + mm(24), "立卷时间：", f)
    pen(s, x0 + mm(88), ly + mm(22), num_date(c.closed_on + timedelta(days=3)), rng, ink=INK)
    return s

