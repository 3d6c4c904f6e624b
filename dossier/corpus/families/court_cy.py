"""court_cy (河南省开封市鼓楼区人民法院, held out): the old city inside 开封's walls — 鼓楼 night market, 书店街, 汴绣
workshops, old 胡同 houses changing hands. A buyer enforces 开封中院's 二审 judgment against a seller who took the price
and would not transfer the house: the house 查封 with a 协助执行通知书 to the 不动产登记中心, the seller settles, transfers
and pays the penalty, 执行完毕. A 丝线 supplier enforces a 开封仲裁委员会 award against an 汴绣 workshop that closed:
nothing found, 限制消费 and 失信, the applicant heard, 终本, the volume archived. A lender enforces a notarised loan
(公证书 and 执行证书 of the 大梁公证处) against a 灌汤包 shop owner who settles and pays — the volume without the
applicant's 送达地址确认书. The bureau's own papers in its style (court_cy_kit), what it receives in its senders'
(court_cy_papers); every page went through the bureau's ageing sheet-fed CIS scanner (court_cy_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, signature, table
from dossier.corpus.families.court_cy_kit import COURT, MARGIN_L, MARGIN_R, MARGIN_T, body, court_doc, fill
from dossier.corpus.families.court_cy_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
HOUSE_SEQ, SILK_SEQ, LOAN_SEQ = 93118, 93264, 93407
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 18, "investigation_record": 24, "consumption_restriction_order": 33, "dishonest_list_decision": 33,
        "settlement_agreement": 28, "interview_record": 108, "termination_this_round_ruling": 124, "closing_notice": 68}
"""days after filing on which the bureau made each paper (the closing ones move with the case's closing date)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=2)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """开封 parties. HOUSE_SEQ: a buyer wins on appeal (开封中院) against a seller who would not transfer title;
    SILK_SEQ: a 丝线 supplier's 开封仲裁委员会 award against an 汴绣 workshop with nothing left; LOAN_SEQ: a lender's
    notarised loan contract (执行证书 from the 大梁公证处) against a 灌汤包 shop owner who settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {HOUSE_SEQ: "house", SILK_SEQ: "embroid", LOAN_SEQ: "loan"}[seq]
    c.firm = rng.choice(["河南大宋律师事务所", "河南汴梁律师事务所", "河南清明上河律师事务所"])
    c.extra["firm_addr"] = f"开封市鼓楼区{rng.choice(['中山路中段', '自由路', '解放路'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"1410220{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 100))
    c.extra["in_bank"] = rng.choice(["开封农商银行鼓楼支行", "中国建设银行开封分行营业部", "中原银行开封分行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["officer_no"] = f"{rng.randint(410200, 410299)}{rng.randint(10, 99)}"
    street = rng.choice(["相国寺街道", "新华街道", "卧龙街道", "州桥街道"])
    if c.extra["tale"] == "house":
        born = date(rng.randint(1972, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "410204", born),
                            f"河南省开封市鼓楼区{street}{rng.choice(['书店街', '草市街', '寺后街'])}{rng.randint(1, 90)}号",
                            f"137{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1958, 1978), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["410204", "410205"]), born),
                             f"河南省开封市{rng.choice(['顺河回族区', '龙亭区'])}{rng.choice(['东大街', '北门大街'])}"
                             f"{rng.randint(1, 120)}号", f"139{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.basis_court = "河南省开封市中级人民法院"
        c.extra["first_no"] = f"（2023）豫0204民初{rng.randint(2000, 8999)}号"
        c.basis_number = f"（2023）豫02民终{rng.randint(1000, 4999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "房屋买卖合同纠纷"
        c.amount = Decimal(rng.randint(60, 180)) * 1000
        c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 100))
        c.extra["house"] = (f"开封市鼓楼区{rng.choice(['西司门', '双龙巷', '行宫角'])}{rng.randint(1, 60)}号院"
                            f"{rng.randint(1, 6)}号楼{rng.randint(1, 3)}单元{rng.randint(1, 6)}0{rng.randint(1, 4)}室")
        c.extra["cert"] = f"豫（{rng.randint(2017, 2021)}）开封市不动产权第{rng.randint(10**6, 10**7 - 1)}号"
        c.extra["price"] = Decimal(rng.randint(52, 98)) * 10000
        c.extra["sqm"] = f"{rng.randint(68, 118)}.{rng.randint(10, 99)}"
    elif c.extra["tale"] == "embroid":
        c.applicant = Party(f"{rng.choice(['苏州吴江', '杭州萧山', '湖州南浔'])}{rng.choice(['丝韵', '锦程', '天蚕'])}丝线有限公司",
                            "organisation", credit_code(rng, rng.choice(["320509", "330109", "330503"])),
                            f"{rng.choice(['江苏省苏州市吴江区盛泽镇', '浙江省湖州市南浔区双林镇'])}{rng.choice(['纺织', '丝绸'])}路"
                            f"{rng.randint(1, 300)}号", f"0512-63{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        brand = rng.choice(["汴梁绣坊", "宋韵汴绣", "锦绣大宋"])
        c.extra["embroid"] = brand
        c.respondent = Party(f"开封市{brand}工艺品有限公司", "organisation", credit_code(rng, "410204"),
                             f"河南省开封市鼓楼区{rng.choice(['书店街', '马道街', '鼓楼街'])}{rng.randint(1, 99)}号",
                             f"0371-2356{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = "开封仲裁委员会"
        c.basis_number = f"（2023）汴仲字第{rng.randint(100, 999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 120))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["skeins"] = rng.randint(300, 1200)
        c.extra["embroiderers"] = rng.randint(18, 45)
    else:
        born = date(rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "410204", born),
                            f"河南省开封市鼓楼区{street}{rng.choice(['汴京', '包公湖', '复兴'])}小区{rng.randint(1, 40)}号楼",
                            f"138{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1970, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["410204", "410212"]), born),
                             f"河南省开封市{rng.choice(['鼓楼区', '祥符区'])}{rng.choice(['西大街', '东京大道'])}{rng.randint(1, 90)}号",
                             f"159{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.basis_court = "河南省开封市大梁公证处"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(20, 40))
        lent_on = c.basis_effective - timedelta(days=rng.randint(400, 500))
        c.basis_number = f"（{lent_on.year}）豫汴大梁证字第{rng.randint(1000, 6999)}号"
        c.extra["cert_no"] = f"（{c.basis_effective.year}）豫汴大梁证字第{rng.randint(7000, 9999)}号"
        c.extra["cause"] = "借款合同纠纷"
        c.amount = Decimal(rng.randint(1500, 4800)) * 100
        c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 100))
        c.extra["lent_on"] = lent_on
        c.extra["notary"] = person_name(rng)
        c.extra["shop"] = f"{c.respondent.name[0]}记灌汤包"
    c.extra["pay_day"] = c.day(rng.randint(40, 52))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def _basis(c: CaseCtx) -> str:
    kind = {"house": "民事判决书", "embroid": "裁决书", "loan": "公证债权文书及执行证书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执 行 员", c.officer), ("书 记 员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"{a.name}与{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理执行案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）提交的执行申请，申请执行{_basis(c)}，本院经审查符合立案条件，于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方保持通讯畅通，如发现被执行人可供执行"
                  "的财产，及时向本院提供；案件进展可登录河南法院诉讼服务网查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_doc(c, rng, "缴纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理的{case}，依照国务院《诉讼费用交纳办法》第十四条的规定，申请执行费计人民币{c.extra['fee']}元，"
                  "由你方预交，执行完毕后由被执行人负担。"),
            ("p", "请于收到本通知之日起七日内，通过河南省非税收入电子缴款码或到本院诉讼服务中心收费窗口交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{_basis(c)}一案，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十条的"
                  f"规定，责令你{'单位' if r.kind == 'organisation' else ''}在收到本通知之日起履行下列义务："),
            *([("p", f"一、将坐落于{c.extra['house']}的房屋（{c.extra['cert']}）过户登记至申请执行人名下，并支付违约金"
                       f"{money(c.amount)}；")] if tale(c) == "house" else [("p", f"一、给付申请执行人{money(c.amount)}；")]),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行，本院将依法强制执行，并将你方纳入失信被执行人名单、限制高消费。"),
        ], signers=_staff(c), day=d)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{case}，你方未履行生效法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令你方在收到本令后"
                  "五日内，向本院如实书面报告当前以及收到执行通知之日前一年的财产情况，并填写财产申报表。"),
            ("p", "拒绝报告或虚假报告的，本院将根据情节轻重对你方或你方主要负责人予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=_staff(c), day=d)
    if code == "enforcement_ruling":
        what = {"house": lambda: f"一、查封被执行人{r.name}名下坐落于{c.extra['house']}的房屋（不动产权证号{c.extra['cert']}，"
                         f"建筑面积{c.extra['sqm']}平方米），查封期限三年；\n二、查封期间，被执行人不得对上述房屋办理转让、抵押等处分手续。",
                "embroid": lambda: f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、冻结其同等价值的其他财产。",
                "loan": lambda: f"冻结、划拨被执行人{r.name}在银行的存款{money(c.amount)}，或查封其同等价值的其他财产。"}[tale(c)]()
        return court_doc(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，" + (f"住所地{r.address}。" if r.kind == "organisation" else f"住{r.address}。")),
            ("p", f"本院在执行{case}中，被执行人未按执行通知履行义务。依照{LAW}第二百五十三条、第二百五十四条，《最高人民法院"
                  "关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            *[("p", line) for line in what.split("\n")],
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk)], day=d)
    if code == "assistance_notice":
        if tale(c) == "house":
            return court_doc(c, rng, "协助执行通知书", [
                ("f", "开封市不动产登记中心："),
                ("p", f"本院执行的{case}，依照{LAW}第二百五十四条、《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的"
                      "规定》的规定，请协助执行下列事项："),
                ("p", f"查封被执行人{r.name}（公民身份号码{r.id_number}）名下坐落于{c.extra['house']}的房屋，不动产权证号"
                      f"{c.extra['cert']}，查封期限三年，自{cn_date(d)}起至{cn_date(d.replace(year=d.year + 3) - timedelta(days=1))}止。"
                      "查封期间不得办理转移、抵押登记。"),
                ("f", f"附：{c.number}执行裁定书一份"),
                ("f", f"执行人员：{c.officer}（执行公务证号{c.extra['officer_no']}）、{c.clerk}　联系电话：{c.court.phone}"),
            ], number=f"{c.number}之一", day=d, copy_line="（本通知书回执联由协助执行单位填写后退回本院）")
        bank = rng.choice(["中国工商银行开封分行", "开封农商银行总行营业部", "中原银行开封分行"])
        what = f"冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，期限一年"
        return court_doc(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"本院执行的{case}，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", what + "。"),
            ("f", f"附：{c.number}执行裁定书"),
            ("f", f"执行人员：{c.officer}（执行公务证号{c.extra['officer_no']}）、{c.clerk}"),
        ], number=f"{c.number}之一", day=d)
    if code == "closing_notice":
        return court_doc(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{case}，被执行人已于{cn_date(c.extra['pay_day'])}履行完毕"
                  + ("（双方达成执行和解，被执行人协助办理房屋转移登记，违约金交至本院执行款专户，本院已解除对房屋的查封）"
                     if tale(c) == "house" else "（按执行和解协议付清）")
                  + f"，执行款已发放至你方{c.extra['in_bank']}账户。"),
            ("p", "依照《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第六十四条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_doc(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}，该公司经理。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{a.name}申请执行{_basis(c)}一案中，经网络执行查控系统及传统查控查询，被执行人名下无银行存款、车辆、"
                  f"不动产及其他可供执行的财产；其在{r.address.split('鼓楼区')[-1]}的绣坊已停业，绣工已遣散，租赁门面已由房东收回。本院已于{cn_date(made_on(c, 'dishonest_list_decision'))}"
                  "对被执行人采取限制消费措施并将其纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知查控结果，申请执行人未能提供新的财产线索，"
                  "同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
                  "规定，裁定如下："),
            ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk)], day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            ("f", f"被限制人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院执行的{case}，因被限制人未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于"
                  "限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被限制人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，依照民事诉讼法第一百一十四条的规定，予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"{a.name}申请执行{_basis(c)}一案，本院于{cn_date(made_on(c, 'enforcement_notice'))}向被执行人发出执行通知书，"
                  "被执行人有履行能力而拒不履行，且拒绝报告财产。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》"
                  "第一条第（一）项、第（五）项的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，纳入期限二年。"),
            ("p", "如不服本决定，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "investigation_record":
        return _record(c, rng, "调查笔录", d, [
            ("问", f"我们是开封市鼓楼区人民法院执行局的执行人员，这是我们的执行公务证。现依法对{r.name}原经营场所进行调查，"
                   "你是什么人？"),
            ("答", f"我是隔壁卖汴绣挂件的，这间门面以前就是{c.extra['embroid']}的绣坊，我跟他们老板娘熟。"),
            ("问", "绣坊现在还经营吗？"),
            ("答", "去年腊月就关门了，过完年绣娘都散了，门面房东收回去了，现在贴着招租。"),
            ("问", "店里的绣架、绣品、丝线这些东西哪去了？"),
            ("答", "绣架是旧的，房东说抵房租了；剩下的绣品听说拉到乡下绣娘家里去卖，卖没卖掉不知道。"),
            ("问", f"法定代表人{r.legal_rep}现在在哪里？"),
            ("答", "听说去郑州打工了，电话有时候打得通，有时候不接。"),
            ("问", "以上所说是否属实？"),
            ("答", "属实。"),
        ], who=person_name(rng), place=f"开封市鼓楼区{r.address.split('鼓楼区')[-1]}")
    if code == "interview_record":
        return _record(c, rng, "约谈笔录", d, [
            ("问", f"今天约你方来，是告知{c.number}案件的执行情况。你叫什么名字，受谁委托？"),
            ("答", f"我叫{c.agent}，{c.firm}律师，受{a.name}委托。"),
            ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券、网络资金，查询结果均为无财产或余额极少；"
                   "已对被执行人限制消费、纳入失信名单，并到原绣坊现场调查，绣坊已关门，门面已由房东收回。你方是否清楚？"),
            ("答", "清楚，查询结果我们看过了。我们公司在江南，来一趟开封不容易，这个结果我们能理解。"),
            ("问", "你方能否提供被执行人新的财产线索？"),
            ("答", "暂时提供不了。听说老板娘在网上卖绣品，但是店铺挂在谁名下我们不清楚。"),
            ("问", "被执行人暂无财产可供执行，本院拟终结本次执行程序，终本后发现财产可随时申请恢复执行，你方有何意见？"),
            ("答", "同意终本，以后发现财产再申请恢复。"),
        ], who=c.agent, place="本院执行局二楼约谈室")
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: the printed form, filled by hand."""
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("serif_bold", 56), spacing=8)
    s.centred(MARGIN_T + 95, "传　　票", font("serif_bold", 78), spacing=20)
    s.right(s.width - MARGIN_R, MARGIN_T + 210, c.number, body(40))
    w = s.width - MARGIN_L - MARGIN_R
    due = d + timedelta(days=5)
    rows = [["案　由", f"{c.extra['cause']}执行"], ["被传唤人", c.respondent.legal_rep + f"（{c.respondent.name}法定代表人）"],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "接受询问、报告财产情况"],
            ["应到时间", f"{due.year}年{due.month}月{due.day}日上午9时00分"], ["应到处所", "本院执行局二楼执行指挥中心"]]
    y = MARGIN_T + 290
    table(s, MARGIN_L, y, [mm(40), w - mm(40)], [[r[0], ""] for r in rows], body(40), row_h=120, centre_first=True)
    for i, (_, v) in enumerate(rows):
        fill(s, MARGIN_L + mm(44), y + 120 * i + 38, v, rng, size=38)
    y += 120 * len(rows) + 60
    for line in ["注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
                 "三、被传唤人收到传票后，应在送达回证上签名或盖章。", "四、无正当理由拒不到场的，可以依法拘传。"]:
        s.text(MARGIN_L, y, line, body(36))
        y += 62
    y += 40
    s.text(MARGIN_L, y, f"执行员　{c.officer}", body(40))
    s.right(s.width - MARGIN_R - mm(10), y + 90, cn_date(d), body(40))
    seal(s, s.width - MARGIN_R - mm(40), y + 100, COURT, rng, radius=mm(19))
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, d: date, qa: list[tuple[str, str]], *, who: str,
            place: str) -> list[Sheet]:
    """A 笔录 on the bureau's lined record paper: typed head, answers typed as spoken, signed by hand on each page."""
    sheets: list[Sheet] = []
    f = body(40)
    lh = 70

    def page() -> tuple[Sheet, float]:
        s = Sheet()
        s.centred(MARGIN_T - 20, f"{COURT}执行局", font("serif_bold", 40))
        s.centred(MARGIN_T + 50, title, font("serif_bold", 64), spacing=24)
        y = MARGIN_T + 160
        for k in range(22):
            s.line(MARGIN_L, y + k * lh + 58, s.width - MARGIN_R, y + k * lh + 58, width=1, fill=(170, 170, 180))
        sheets.append(s)
        return s, y

    s, y = page()
    head = [f"时间：{num_date(d)} 9时30分至10时15分", f"地点：{place}", f"调查（约谈）人：{c.officer}　记录人：{c.clerk}",
            f"被调查（约谈）人：{who}", f"案号：{c.number}"]
    from dossier.corpus.draw import wrap
    for line in head:
        s.text(MARGIN_L, y, line, f)
        y += lh
    width = s.width - MARGIN_L - MARGIN_R
    for q, text in qa:
        for k, part in enumerate(wrap(f"{q}：{text}", f, width)):
            if y > s.height - mm(45):
                s, y = page()
            s.text(MARGIN_L + (0 if k == 0 else f.size * 2), y, part, f)
            y += lh
    for i, sh in enumerate(sheets, 1):
        signature(sh, sh.width - MARGIN_R - mm(80), sh.height - mm(38), who, rng)
        sh.text(sh.width - MARGIN_R - mm(120), sh.height - mm(36), "被调查人：", body(34))
        sh.right(sh.width - MARGIN_R, sh.height - mm(20), f"第{i}页共{len(sheets)}页", body(30))
        if i > 1:
            sh.page_of = (i, len(sheets))
    fill(sheets[-1], MARGIN_L + mm(10), y + 10, "以上笔录我看过，与我说的一样。", rng, size=42, ink=(30, 30, 30))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(MARGIN_T, f"{COURT}", font("serif_bold", 50), spacing=6)
    s.centred(MARGIN_T + 80, "执行案件结案审批表", font("serif_bold", 62), spacing=10)
    w = s.width - MARGIN_L - MARGIN_R
    how = {"house": "执行完毕", "loan": "执行完毕（和解履行）", "embroid": "终结本次执行程序"}[tale(c)]
    paid = c.amount if tale(c) != "embroid" else Decimal(0)
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", _basis(c)], ["申请标的", f"{c.amount:,.2f}元", "执行到位", f"{paid:,.2f}元"],
            ["结案方式", how, "承办人", c.officer], ["承办人意见", ""], ["合议庭意见", ""], ["执行局长审批", ""]]
    y = MARGIN_T + 190
    heights = [100, 100, 130, 100, 100, 300, 240, 240]
    table(s, MARGIN_L, y, [mm(34), w / 2 - mm(34), mm(30), w / 2 - mm(30)], rows, body(34), row_h=heights, centre_first=True)
    yy = y + sum(heights[:5])
    fill(s, MARGIN_L + mm(40), yy + 40, f"本案{how}，材料齐全，拟报结。", rng)
    fill(s, s.width - MARGIN_R - mm(80), yy + 200, f"{c.officer} {d.month}.{d.day}", rng, size=36)
    fill(s, MARGIN_L + mm(40), yy + 340, "同意结案。", rng)
    fill(s, s.width - MARGIN_R - mm(80), yy + 440, c.judge, rng, size=36)
    fill(s, MARGIN_L + mm(40), yy + 580, "同意。", rng, ink=(150, 30, 30))
    fill(s, s.width - MARGIN_R - mm(80), yy + 680, f"{person_name(rng)} {d.month}.{d.day + 1 if d.day < 28 else d.day}", rng,
         size=36, ink=(150, 30, 30))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: served documents listed one a line; the person served signs and dates by hand."""
    names = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
             "dishonest_list_decision": "纳入失信被执行人名单决定书", "enforcement_ruling": "执行裁定书", "summons": "传票",
             "closing_notice": "结案通知书"}
    to_applicant = served[0] in ("acceptance_notice", "termination_this_round_ruling", "closing_notice")
    who = c.applicant if to_applicant else c.respondent
    signer = c.agent if to_applicant else (who.legal_rep or who.name)
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 4))
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("serif_bold", 54), spacing=8)
    s.centred(MARGIN_T + 90, "送达回证", font("serif_bold", 74), spacing=18)
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["受送达人", who.name], ["送达地址", who.address],
            ["送达文书名称及件数", ""], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达"],
            ["送达人", f"{c.clerk}、{c.officer}"], ["备考", ""]]
    y = MARGIN_T + 220
    heights = [96, 96, 96, 120, 110 + 70 * len(served), 230, 110, 96, 96, 150]
    table(s, MARGIN_L, y, [mm(50), w - mm(50)], rows, body(36), row_h=heights, centre_first=True)
    yy = y + sum(heights[:4]) + 40
    for n in served:
        s.text(MARGIN_L + mm(56), yy, f"{names[n]}　一份", body(38))
        yy += 70
    yy = y + sum(heights[:5])
    signature(s, MARGIN_L + mm(64), yy + 50, signer, rng)
    fill(s, MARGIN_L + mm(110), yy + 150, f"{got.year}年{got.month}月{got.day}日", rng, size=38, ink=(30, 30, 30))
    seal(s, s.width - MARGIN_R - mm(40), y + sum(heights) + 130, COURT, rng, radius=mm(18))
    s.right(s.width - MARGIN_R - mm(12), y + sum(heights) + 120, cn_date(last), body(38))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    done = c.closed_on + timedelta(days=rng.randint(12, 25))
    w = s.width - MARGIN_L - MARGIN_R
    if code == "dossier_cover":
        s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=6)
        s.centred(mm(55), COURT, font("serif_bold", 72), spacing=12)
        s.centred(mm(85), "执行案卷", font("serif_bold", 110), spacing=30)
        rows = [["案号", c.number], ["案由", f"{c.extra['cause']}"], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行依据", _basis(c)], ["收案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["结案方式", {"embroid": "终结本次执行程序"}.get(tale(c), "执行完毕")], ["执行员", c.officer], ["书记员", c.clerk], ["归档日期", num_date(done)]]
        table(s, mm(30), mm(108), [mm(45), s.width - mm(60) - mm(45)], rows, body(40),
              row_h=[100, 100, 100, 100, 140, 100, 100, 100, 100, 100, 100], centre_first=True)
        s.text(mm(30), s.height - mm(34), f"全宗号 0412　目录号 {c.filed_on.year}-执　案卷号 {c.number[-6:-1]}　保管期限 长期",
               body(38))
        return [s]
    if code == "catalogue":
        s.centred(MARGIN_T, "卷内目录", font("serif_bold", 70), spacing=16)
        s.text(MARGIN_L, MARGIN_T + 110, f"案号：{c.number}", body(36))
        items = ["卷宗封面", "卷内目录", "仲裁裁决书", "裁决书生效证明", "强制执行申请书", "被执行人营业执照复印件",
                 "财产线索表", "申请执行人营业执照、法定代表人身份证明", "授权委托书", "律师事务所函、律师执业证",
                 "收取执行款账户确认书", "送达地址确认书", "受理通知书、缴费通知书、执行通知书、报告财产令", "财产申报表",
                 "网络查控结果", "执行裁定书、协助执行通知书", "传票、限制消费令、纳入失信名单决定书", "调查笔录", "约谈笔录",
                 "终结本次执行程序裁定书", "结案审批表", "送达回证", "卷宗归档复核表", "备考表"]
        rows = [["序号", "文件名称", "页号", "备注"]]
        p = 1
        for i, it in enumerate(items, 1):
            n = rng.randint(1, 3)
            rows.append([str(i), it, f"{p}-{p + n - 1}" if n > 1 else str(p), ""])
            p += n
        table(s, MARGIN_L, MARGIN_T + 170, [mm(18), w - mm(18) - mm(28) - mm(26), mm(28), mm(26)], rows, body(32), row_h=82,
              centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(MARGIN_T, COURT, font("serif_bold", 50), spacing=6)
        s.centred(MARGIN_T + 80, "执行卷宗归档复核表", font("serif_bold", 62), spacing=8)
        checks = ["法律文书齐全、送达回证完整", "案款收付凭证与结案金额一致", "卷内文书排列有序、页码连续", "卷内目录填写准确",
                  "无金属物、装订规范"]
        rows = [["案号", c.number], *[[k, ""] for k in checks], ["复核意见", ""], ["复核人", ""]]
        y = MARGIN_T + 200
        table(s, MARGIN_L, y, [w * 0.62, w * 0.38], rows, body(36), row_h=[100, *[110] * 5, 260, 110])
        for k in range(5):
            fill(s, MARGIN_L + w * 0.62 + mm(20), y + 100 + 110 * k + 30, "✓ 符合" if k != 4 else "符合", rng, size=40)
        fill(s, MARGIN_L + w * 0.62 + mm(10), y + 100 + 550 + 90, "同意归档", rng)
        signature(s, MARGIN_L + w * 0.62 + mm(20), y + 100 + 550 + 260 + 30, person_name(rng), rng)
        s.right(s.width - MARGIN_R, y + 1250, num_date(done), body(36))
        return [s]
    s.centred(MARGIN_T, "备　考　表", font("serif_bold", 70), spacing=14)
    s.box(MARGIN_L, MARGIN_T + 140, s.width - MARGIN_R, s.height - mm(40), width=3)
    s.text(MARGIN_L + 30, MARGIN_T + 170, f"本卷共{rng.randint(46, 70)}页，其中文字材料全，照片0张。", body(40))
    s.text(MARGIN_L + 30, MARGIN_T + 250, "本卷情况说明：本案终结本次执行程序，被执行人仍在失信名单内，申请执行人可申请恢复执行。", body(40))
    s.text(MARGIN_L + 30, s.height - mm(110), "立卷人：", body(40))
    signature(s, MARGIN_L + 210, s.height - mm(112), c.clerk, rng)
    s.text(MARGIN_L + 30, s.height - mm(85), "检查人：", body(40))
    signature(s, MARGIN_L + 210, s.height - mm(87), person_name(rng), rng)
    s.text(MARGIN_L + 30, s.height - mm(60), f"立卷时间：{num_date(done)}", body(40))
    return [s]
