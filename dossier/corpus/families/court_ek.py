"""court_ek (内蒙古自治区鄂尔多斯市东胜区人民法院, held out): the coal town's old district. Three dossiers: a 运煤车 owner's
judgment for unpaid freight against a coal-sales company (account deducted, paid, archived); a lender's 民间借贷
judgment against a former coal boss with nothing left (限制消费, 失信, 终本); a 班组长's labour-arbitration award for
migrant workers' wages on a stalled (烂尾) housing project against a construction-labour company, paid — without a
结案通知书. Its own papers come out of the case system (court_ek_kit), what it receives is in the senders' styles
(court_ek_papers); everything was photographed off a monitor (court_ek_capture)."""

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
from dossier.corpus.families.court_ek_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    court_paper,
    fill,
    foot,
    grid,
    masthead,
)
from dossier.corpus.families.court_ek_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
FREIGHT_SEQ, LOAN_SEQ, WAGE_SEQ = 67216, 67347, 67583
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 11,
        "summons": 20, "investigation_record": 27, "settlement_agreement": 30, "consumption_restriction_order": 36,
        "dishonest_list_decision": 36, "interview_record": 110, "termination_this_round_ruling": 122,
        "closing_notice": 66, "payment_voucher": 44}
TITLES = {
    "acceptance_notice": "受理执行案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
    "closing_notice": "结案通知书", "termination_this_round_ruling": "执行裁定书", "summons": "传票",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书",
}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code in ("file_review_form", "remarks_sheet", "dossier_cover", "catalogue"):
        return c.closed_on + timedelta(days=20)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {FREIGHT_SEQ: "freight", LOAN_SEQ: "loan", WAGE_SEQ: "wage"}[seq]
    c.firm = rng.choice(["内蒙古东胜律师事务所", "内蒙古鄂尔多斯衡信律师事务所", "内蒙古伊泰律师事务所"])
    c.extra["firm_addr"] = f"鄂尔多斯市东胜区{rng.choice(['伊金霍洛西街', '天骄北路', '宝日陶亥东街'])}{rng.randint(2, 98)}号"
    c.extra["licence"] = f"1150620{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["officer_no"] = f"150602{rng.randint(100, 999)}"
    c.extra["in_bank"] = rng.choice(["鄂尔多斯农村商业银行东胜支行", "中国建设银行鄂尔多斯分行营业部", "包商银行鄂尔多斯分行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**11, 10**12 - 1)}"
    c.extra["town"] = rng.choice(["交通街道", "公园街道", "富兴街道", "天骄街道", "诃额伦街道"])
    t = tale(c)
    if t == "freight":
        born = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "150621", born),
                            f"内蒙古自治区鄂尔多斯市达拉特旗树林召镇{rng.choice(['新民', '林原'])}村{rng.randint(1, 12)}社",
                            f"139{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"鄂尔多斯市{rng.choice(['乌兰', '昊源', '伊煤'])}煤炭销售有限公司", "organisation",
                             credit_code(rng, "150602"), f"内蒙古自治区鄂尔多斯市东胜区{rng.choice(['铜川镇', '罕台镇'])}"
                             f"煤炭物流园区{rng.randint(1, 40)}号", f"0477-83{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）蒙0602民初{rng.randint(3000, 9999)}号"
        c.extra["cause"] = "运输合同纠纷"
        c.extra["trips"] = rng.randint(140, 420)
        c.extra["plate"] = f"蒙K{rng.choice('ABCDF')}{rng.randint(1000, 9999)}"
        c.extra["mine"] = rng.choice(["准格尔旗某露天煤矿", "伊金霍洛旗某井工煤矿"])
        c.amount = Decimal(rng.randint(18000, 56000)) * 10
        c.extra["r_bank"] = rng.choice(["鄂尔多斯农村商业银行铜川支行", "中国农业银行鄂尔多斯东胜支行"])
        c.extra["r_acct"] = f"1526{rng.randint(10**11, 10**12 - 1)}"
    elif t == "loan":
        born = date(rng.randint(1960, 1975), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "150602", born),
                            f"内蒙古自治区鄂尔多斯市东胜区{c.extra['town']}{rng.choice(['铁西', '民族'])}小区{rng.randint(1, 30)}号楼",
                            f"135{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1962, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["150602", "150627"]), born),
                             f"内蒙古自治区鄂尔多斯市东胜区{rng.choice(['林荫路', '达拉特南路'])}{rng.randint(1, 60)}号",
                             f"158{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2023）蒙0602民初{rng.randint(3000, 9999)}号"
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(80, 320)) * 10000
        c.extra["lent_on"] = date(rng.randint(2012, 2013), rng.randint(1, 12), rng.randint(1, 28))
        c.extra["rate"] = rng.choice(["月息二分", "月息一分五", "月息三分"])
    else:
        born = date(rng.randint(1968, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["612732", "142325", "150625"]), born),
                            f"陕西省榆林市子洲县{rng.choice(['马蹄沟', '双湖峪'])}镇{rng.choice(['王家', '高家'])}沟村",
                            f"187{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"鄂尔多斯市{rng.choice(['东诚', '瑞祥', '康巴什鸿达'])}建筑劳务有限公司", "organisation",
                             credit_code(rng, "150602"), f"内蒙古自治区鄂尔多斯市东胜区{rng.choice(['吉劳庆北路', '纺织街'])}"
                             f"{rng.randint(1, 90)}号", f"0477-85{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "鄂尔多斯市东胜区劳动人事争议仲裁委员会"
        c.basis_number = f"东劳人仲案字〔2023〕第{rng.randint(100, 899)}号"
        c.extra["cause"] = "劳动报酬纠纷"
        c.extra["estate"] = f"{rng.choice(['金域', '锦绣', '鑫海'])}{rng.choice(['华府', '名苑', '嘉园'])}"
        c.extra["workers"] = rng.randint(14, 31)
        c.amount = Decimal(rng.randint(2400, 9800)) * 100
        c.extra["r_bank"] = "内蒙古银行鄂尔多斯东胜支行"
        c.extra["r_acct"] = f"1100{rng.randint(10**11, 10**12 - 1)}"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 95))
    c.extra["fee"] = Decimal(0) if t == "wage" else Decimal(int(float(c.amount) * 0.005 + 70))
    c.extra["paid_on"] = c.day(WHEN["payment_voucher"])


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_name(c: CaseCtx) -> str:
    kind = "仲裁裁决书" if tale(c) == "wage" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    you = "你单位" if r.kind == "organisation" else "你"
    if code == "acceptance_notice":
        return court_paper(c, rng, TITLES[code], [
            ("p", f"你申请执行{basis_name(c)}一案，经审查，符合法定受理条件，本院已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案由执行局执行实施一组承办，执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "请你在执行过程中注意以下事项：一、积极向本院提供被执行人的财产线索；二、联系方式或送达地址变更的，及时书面告知本院；"
                  "三、可通过“鄂尔多斯移动微法院”查询案件节点。"),
        ], day=d, to=f"{a.name}：")
    if code == "payment_notice":
        fee = c.extra["fee"]
        text = (f"本院受理的{case}，依照国务院《诉讼费用交纳办法》第十条、第十四条的规定，你应预交申请执行费{fee}元。"
                if fee else f"本院受理的{case}，系追索劳动报酬案件，依照《诉讼费用交纳办法》第二十条的规定，申请执行费暂不预交，"
                "执行完毕后由被执行人负担。")
        return court_paper(c, rng, TITLES[code], [
            ("p", text),
            ("p", "交费方式：内蒙古自治区非税收入缴款码扫码交纳，或到本院诉讼服务中心一楼收费窗口交纳。"),
        ], day=d, to=f"{a.name}：")
    if code == "enforcement_notice":
        return court_paper(c, rng, TITLES[code], [
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已立案执行。依照{LAW}第二百五十一条、第二百六十条的规定，"
                  f"责令{you}自收到本通知之日起立即履行下列义务："),
            ("h", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("h", "二、加倍支付迟延履行期间的债务利息；"),
            ("h", f"三、负担申请执行费{c.extra['fee']}元。" if c.extra["fee"] else "三、负担本案执行费用。"),
            ("p", f"{you}逾期不履行的，本院将依法强制执行，并可将{you}纳入失信被执行人名单、采取限制消费措施。"),
        ], day=d, to=f"{r.name}：", signers=staff)
    if code == "property_report_order":
        return court_paper(c, rng, TITLES[code], [
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条至第六条的规定，责令{you}在收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告内容包括：收入、银行存款、现金、理财产品；土地使用权、房屋等不动产；车辆（含运输车辆）等动产；"
                  "股权、矿业权等财产性权利；债权及其他应当报告的财产。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将依法予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=d, to=f"{r.name}：", signers=staff)
    if code == "enforcement_ruling":
        if tale(c) == "freight":
            items = [f"一、冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户（{c.extra['r_acct']}）内的存款{money(c.amount)}；",
                     f"二、查封被执行人名下的煤炭运输车辆（号牌{c.extra['plate']}）一辆。"]
        elif tale(c) == "loan":
            items = [f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结其相应价值的其他财产。"]
        else:
            items = [f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（{c.extra['r_acct']}）内的存款{money(c.amount)}。"]
        who = "住所地" if r.kind == "organisation" else "住"
        return court_paper(c, rng, TITLES[code], [
            ("f", f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，住{a.address}。" if a.born else f"申请执行人：{a.name}。"),
            ("f", f"被执行人：{r.name}，{who}{r.address}。"),
            ("p", f"本院在执行{case}中，被执行人未履行生效法律文书确定的义务。依照{LAW}第二百五十三条、第二百五十四条，"
                  "《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            *[("h", item) for item in items],
            ("p", "本裁定立即执行。"),
        ], day=d, signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)])
    if code == "assistance_notice":
        if tale(c) == "loan":
            bank, what = rng.choice(["中国邮政储蓄银行鄂尔多斯市分行", "鄂尔多斯银行东胜支行"]), \
                f"冻结被执行人{r.name}（身份证号码{r.id_number}）在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。"
        else:
            bank, what = c.extra["r_bank"], \
                f"扣划被执行人{r.name}在你行账户{c.extra['r_acct']}内的存款{money(c.amount)}，划至本院执行款专户。"
        return court_paper(c, rng, TITLES[code], [
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("h", what),
            ("f", f"附：{c.number}执行裁定书一份。"),
            ("f", f"经办人：{c.officer}、{c.clerk}（执行公务证号{c.extra['officer_no']}）"),
        ], day=d, to=f"{bank}：", number=f"{c.number}之一")
    if code == "closing_notice":
        return court_paper(c, rng, TITLES[code], [
            ("p", f"本院执行的{case}，被执行人已于{num_date(c.extra['paid_on'])}履行完毕生效法律文书确定的全部义务，"
                  f"执行款已发放至申请执行人指定账户。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，"
                  "本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=c.closed_on, to=f"{a.name}、{r.name}：")
    if code == "summons":
        return court_paper(c, rng, TITLES[code], [
            ("f", f"案由：{c.extra['cause']}执行"),
            ("f", f"被传唤人：{r.name}"),
            ("f", f"工作单位或住址：{r.address}"),
            ("f", "传唤事由：接受执行询问，报告财产情况"),
            ("f", f"应到时间：{num_date(d + timedelta(days=6))}上午9时00分"),
            ("f", "应到处所：本院执行局三楼询问室"),
            ("p", "注意事项：被传唤人须携带身份证件准时到达；无正当理由拒不到场的，本院可以依法拘传。"),
        ], day=d, signers=staff)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, TITLES[code], [
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}，{r.name}未按执行通知书指定的期间履行生效法律文书确定的给付义务。"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，"
                  "限制你不得实施以下高消费及非生活和工作必需的消费行为："),
            ("h", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如你违反上述限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, to=f"{r.name}（公民身份号码{r.id_number}）：")
    if code == "dishonest_list_decision":
        return court_paper(c, rng, TITLES[code], [
            ("f", f"申请执行人：{a.name}。"),
            ("f", f"被执行人：{r.name}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院在执行{case}中，被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务，且违反限制消费令。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项之规定，决定如下："),
            ("h", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。被执行人认为有错误的，可以向本院申请纠正。"),
        ], day=d, number=f"{c.number}之二", signers=[("审判长", c.judge), ("审判员", c.officer)])
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, TITLES[code], [
            ("f", f"申请执行人：{a.name}，住{a.address}。"),
            ("f", f"被执行人：{r.name}，住{r.address}。"),
            ("p", f"本院在执行{case}中，依据{basis_name(c)}，被执行人应偿还借款本金及利息共计{money(c.amount)}。"),
            ("p", "执行中，本院通过网络执行查控系统查询被执行人名下的存款、车辆、不动产、证券、网络资金等财产，并到鄂尔多斯市"
                  "不动产登记中心、车辆管理所现场调查，未发现可供执行的财产；被执行人原经营的洗煤厂已于多年前停产，厂房设备"
                  "已由他人抵押受偿。本院已对被执行人采取限制消费措施并纳入失信被执行人名单。申请执行人亦不能提供被执行人其他"
                  "可供执行的财产线索，经约谈，申请执行人同意终结本次执行程序。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("h", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)])
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "closing_approval_form":
        return _approval(c, rng)
    return _archive(code, c, rng)


def _record(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """笔录 on the bureau's ruled form: printed head, the questions and answers written in by the clerk"""
    a, r = c.applicant, c.respondent
    title = "调查笔录" if code == "investigation_record" else "谈话笔录"
    if code == "investigation_record":
        who, place = r, f"{r.address}"
        qa = [("问", "我们是东胜区法院执行局的，今天依法对你的财产情况进行调查，你要如实回答，听清楚没有？"),
              ("答", "听清楚了。"),
              ("问", f"{a.name}借给你的钱为什么一直不还？"),
              ("答", "前些年煤价掉下来，洗煤厂停了，欠的外债太多，现在确实没钱。"),
              ("问", "你名下有没有房子、车辆、存款？"),
              ("答", "房子早就抵给银行拍了，车也卖了，现在跟亲戚打零工。"),
              ("问", "对你住处进行搜查，是否有意见？"),
              ("答", "没意见。"),
              ("问", "（经现场查看，屋内仅有日常生活用品，未发现可供执行的财产）以上记录是否属实？"),
              ("答", "属实。")]
    else:
        who, place = a, "东胜区法院执行局谈话室"
        qa = [("问", "今天约你来，是告知本案的执行情况，听取你的意见。"),
              ("答", "好。"),
              ("问", "经网络查控和现场调查，被执行人名下无可供执行财产，已限制消费、纳入失信名单。你有无新的财产线索？"),
              ("答", "没有新的线索了，他那个洗煤厂早就不开了。"),
              ("问", "本院拟终结本次执行程序，以后发现财产可以随时申请恢复执行，你是否同意？"),
              ("答", "同意，有线索我再来找法院。")]
    sheets: list[Sheet] = []
    s = Sheet()
    sheets.append(s)
    s.centred(TOP, title, font("hei", 64), spacing=40)
    f = font("serif", 34)
    y = TOP + 120
    heads = [("时间", f"{num_date(d)} 9时30分至10时15分"), ("地点", place),
             ("调查人" if code == "investigation_record" else "谈话人", f"{c.officer}、{c.judge}"), ("记录人", c.clerk),
             ("被调查人" if code == "investigation_record" else "被谈话人", f"{who.name}，身份证号{who.id_number}")]
    for label, value in heads:
        s.text(LEFT, y, label + "：", f)
        fill(s, LEFT + f.getlength(label + "：") + 6, y - 4, value, rng, size=36)
        s.line(LEFT + f.getlength(label + "："), y + 44, s.width - RIGHT, y + 44, width=1)
        y += 62
    lead = 66
    y += 16
    per = int((s.width - LEFT - RIGHT - 90) // 37)
    for tag, text in qa:
        chunks = [text[i:i + per] for i in range(0, len(text), per)]
        for k, chunk in enumerate(chunks):
            if y > s.height - mm(40):
                s = Sheet()
                sheets.append(s)
                y = TOP
            s.line(LEFT, y + 50, s.width - RIGHT, y + 50, width=1, fill=(120, 120, 130))
            if k == 0:
                fill(s, LEFT, y, tag + "：", rng, size=37)
            fill(s, LEFT + 86, y, chunk, rng, size=37)
            y += lead
    fill(s, s.width - RIGHT - mm(85), y + 30, f"以上笔录看过，无误。{who.name}", rng, size=40, ink=(30, 30, 36))
    s.draw.ellipse((s.width - RIGHT - mm(20), y + 20, s.width - RIGHT - mm(11), y + 74), fill=(200, 40, 45))
    for i, sh in enumerate(sheets, 1):
        sh.right(sh.width - RIGHT, sh.height - mm(22), f"第{i}页　共{len(sheets)}页", font("serif", 28))
        if i > 1:
            sh.page_of = (i, len(sheets))
    return sheets


SERVED_NAMES = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
                "property_report_order": "报告财产令", "termination_this_round_ruling": "执行裁定书（终本）",
                "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信名单决定书",
                "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = masthead(s, "送达回证")
    to_app = served[0] in ("acceptance_notice", "payment_notice", "closing_notice")
    who = c.applicant if to_app else c.respondent
    got = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    docs = "、".join(SERVED_NAMES.get(x, x) for x in served)
    w = s.width - LEFT - RIGHT
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["受送达人", who.name], ["送达地址", who.address],
            ["送达文书名称及件数", f"{docs}各一份"], ["送达方式", "直接送达"], ["受送达人签名或盖章", ""],
            ["代收人及代收理由", ""], ["送达人", f"{c.clerk}　{c.officer}"], ["备注", ""]]
    heights = [90, 90, 90, 110, 150, 90, 200, 100, 90, 110]
    filled = [[False, False]] * 5 + [[False, True], [False, False], [False, False], [False, True], [False, False]]
    bottom = grid(s, LEFT, y + 40, [w * 0.28, w * 0.72], rows, heights, rng, filled=filled)
    sign_y = y + 40 + sum(heights[:6])
    fill(s, LEFT + w * 0.28 + 30, sign_y + 40, who.legal_rep or who.name, rng, size=48, ink=(20, 20, 26))
    s.text(LEFT + w * 0.28 + 30, sign_y + 130, "签收日期：", font("serif", 32))
    fill(s, LEFT + w * 0.28 + 200, sign_y + 124, num_date(got), rng, size=38)
    s.text(LEFT, bottom + 30, "说明：受送达人拒收的，送达人应在备注栏写明情况并由见证人签名。", font("serif", 28))
    seal(s, s.width - RIGHT - mm(40), bottom - 120, COURT, rng, radius=mm(20))
    return foot([s], c, "送达回证")


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = masthead(s, "执行案件结案审批表")
    w = s.width - LEFT - RIGHT
    way = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    got = "已全部到位" if c.method == "fully_performed" else "未到位"
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c)],
            ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{c.amount:,.2f}元" if got == "已全部到位" else "0元"],
            ["结案方式", way, "承办人", c.officer],
            ["承办人意见", f"执行款{got}，建议以{way}方式结案。"],
            ["合议庭意见", "同意。"],
            ["执行局领导意见", "同意报结。"]]
    heights = [96, 96, 120, 96, 96, 260, 200, 200]
    q = w / 4
    filled = [[False, False, False, False]] * 5 + [[False, True], [False, True], [False, True]]
    bottom = grid(s, LEFT, y + 50, [q * 0.9, q * 1.1, q * 0.9, q * 1.1], rows, heights, rng, filled=filled)
    day = made_on(c, "closing_approval_form")
    for k, name in enumerate((c.officer, c.judge, person_name(rng))):
        row_bottom = y + 50 + sum(heights[:6 + k])
        fill(s, s.width - RIGHT - mm(70), row_bottom - 70, f"{name} {day.month}.{day.day}", rng,
             size=38, ink=(20, 20, 26))
    s.text(LEFT, bottom + 24, f"填表日期：{num_date(day)}", font("serif", 30))
    return foot([s], c, "结案审批表")


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(246, 240, 226) if code == "dossier_cover" else (255, 255, 255))
    w = s.width - LEFT - RIGHT
    way = "执行完毕" if c.method == "fully_performed" else "终结本次执行"
    day = made_on(c, code)
    if code == "dossier_cover":
        s.centred(TOP + 40, COURT, font("serif_bold", 54), spacing=6)
        s.centred(TOP + 150, "执行卷宗", font("hei", 104), spacing=72)
        s.centred(TOP + 300, "（正卷）", font("serif", 44))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行依据", basis_name(c)], ["结案方式", way],
                ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["执行员", c.officer],
                ["书记员", c.clerk], ["归档日期", num_date(day)], ["保管期限", "长期"]]
        filled = [[False, True]] * len(rows)
        bottom = grid(s, LEFT + mm(8), TOP + 420, [w * 0.3, w * 0.62], rows, [104], rng, filled=filled)
        s.text(LEFT + mm(8), bottom + 60, "全宗号  112　　目录号  执　　案卷号", font("serif", 34))
        fill(s, LEFT + mm(120), bottom + 54, f"{c.closed_on.year}-{rng.randint(100, 999)}", rng)
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷内文书目录", font("hei", 66), spacing=43)
        s.text(LEFT, TOP + 110, f"案号：{c.number}", font("serif", 32))
        items = ["执行卷宗封面", "卷内目录", "执行申请书", "执行依据及生效证明", "申请执行人身份证明", "被执行人身份证明",
                 "授权委托书、所函、律师执业证", "收款账户确认书、送达地址确认书", "受理通知书、交费通知书", "执行通知书、报告财产令",
                 "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议", "执行款收付凭证", "结案通知书",
                 "结案审批表", "送达回证", "卷宗复查表", "备考表"]
        rows = [["序号", "文书名称", "页号", "备注"]]
        page = 1
        for i, item in enumerate(items, 1):
            rows.append([str(i), item, str(page), ""])
            page += rng.choice([1, 1, 2, 3])
        filled = [[False] * 4] + [[False, False, True, False]] * len(items)
        grid(s, LEFT, TOP + 170, [w * 0.1, w * 0.6, w * 0.14, w * 0.16], rows, [80] + [76] * len(items), rng,
             face=font("serif", 30), filled=filled)
        return [s]
    if code == "file_review_form":
        s.centred(TOP, "执行卷宗归档审查表", font("hei", 62), spacing=6)
        rows = [["案号", c.number], ["承办人", c.officer], ["卷宗装订情况", "材料齐全，排列有序，已编页码"],
                ["文书送达情况", "各类文书均已送达，回证齐全"], ["案款情况", "案款已全部发放，无滞留" if c.method == "fully_performed" else "无案款"],
                ["审查意见", "符合归档要求，同意归档"], ["审查人", c.judge], ["审查日期", num_date(day)]]
        filled = [[False, False]] * 2 + [[False, True]] * 6
        grid(s, LEFT, TOP + 140, [w * 0.28, w * 0.72], rows, [130], rng, filled=filled)
        return [s]
    s.centred(TOP, "备考表", font("hei", 66), spacing=57)
    s.box(LEFT, TOP + 140, s.width - RIGHT, s.height - mm(40), width=3)
    f = font("serif", 34)
    s.text(LEFT + 40, TOP + 180, f"本卷共　　件，共　　页，附件　　页。（{c.number}）", f)
    fill(s, LEFT + 40 + f.getlength("本卷共"), TOP + 172, "1", rng)
    fill(s, LEFT + 40 + f.getlength("本卷共　　件，共"), TOP + 172, str(rng.randint(56, 88)), rng)
    s.text(LEFT + 40, TOP + 260, "说明：", f)
    fill(s, LEFT + 150, TOP + 254, "本卷材料完整，无缺页，无涂改。", rng)
    s.text(s.width - RIGHT - mm(90), s.height - mm(90), "立卷人：", f)
    fill(s, s.width - RIGHT - mm(60), s.height - mm(92), c.clerk, rng)
    s.text(s.width - RIGHT - mm(90), s.height - mm(74), "检查人：", f)
    fill(s, s.width - RIGHT - mm(60), s.height - mm(76), c.judge, rng)
    s.text(s.width - RIGHT - mm(90), s.height - mm(58), num_date(day), f)
    return [s]
