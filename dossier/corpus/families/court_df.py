"""court_df (河北省保定市竞秀区人民法院, held out): the new western district of 保定 — 朝阳大街, the 七一路 shops, the
high-tech zone's factories. Its own papers in the bureau's 公文 style (court_df_kit); what it receives in its makers'
styles (court_df_papers). The bureau's 高速扫描仪 scans every volume at 240 dpi with colour dropout, and some pages came
in as the applicant's phone screenshots (court_df_capture)."""

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
from dossier.corpus.draw import BLUE_INK, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_df_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    court_doc,
    fill,
    foot,
    grid,
    hei,
    song,
)
from dossier.corpus.families.court_df_papers import RECEIVED, _para, mark, paper

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "online_inquiry_result", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_notice",
    "closing_approval_form", "service_receipt", "property_clue_form", "payment_account_confirmation",
    "service_address_confirmation", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LEASE_SEQ, ORDER_SEQ, INJURY_SEQ = 21138, 21274, 21452
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8, "summons": 20,
        "investigation_record": 26, "consumption_restriction_order": 35, "dishonest_list_decision": 35,
        "interview_record": 112, "termination_this_round_ruling": 122}


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code == "closing_notice":
        return c.closed_on - timedelta(days=1)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return c.closed_on + timedelta(days=20)
    return c.day(WHEN.get(code, 0))


def _org(rng: random.Random, name: str, region: str, addr: str) -> Party:
    return Party(name, "organisation", credit_code(rng, region), addr, f"0312-{rng.randint(3000000, 5999999)}",
                 legal_rep=person_name(rng))


def _person(rng: random.Random, region: str, addr: str) -> Party:
    born = date(rng.randint(1962, 1994), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), addr, f"1{rng.choice([35, 38, 52, 87])}"
                 f"{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """保定 parties. LEASE_SEQ: a property company wins unpaid shop rent on appeal at 保定中院 against a restaurant
    chain that shut its 七一路 shop (nothing left: 终本, archived). ORDER_SEQ: a steel-pipe trader's 支付令 from
    莲池区法院 against a building-materials company that pays through its bank after a deduction. INJURY_SEQ: a
    pedestrian hurt by falling pipes; 满城区法院's 调解书 against the shop owner, who settles and pays in instalments."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    tale = {LEASE_SEQ: "lease", ORDER_SEQ: "order", INJURY_SEQ: "injury"}[seq]
    x = c.extra
    x["tale"] = tale
    c.firm = rng.choice(["河北冀华律师事务所", "河北保府律师事务所", "河北直隶律师事务所"])
    x["firm_short"] = c.firm[2:4]
    x["firm_en"] = "HEBEI " + rng.choice(["JIHUA", "BAOFU", "ZHILI"]) + " LAW FIRM"
    x["firm_addr"] = f"保定市竞秀区{rng.choice(['七一中路', '朝阳北大街', '东风西路'])}{rng.randint(100, 999)}号"
    x["firm_tel"] = f"0312-{rng.randint(5000000, 5999999)}"
    x["letter_no"] = rng.randint(20, 260)
    x["licence"] = f"11306{rng.randint(2008, 2020)}1{rng.randint(1000000, 9999999)}"
    x["qual"] = f"A{rng.randint(2006, 2018)}13{rng.randint(1000000000, 9999999999)}"
    x["notary"] = person_name(rng)
    x["notary_no"] = f"（{c.filed_on.year}）冀保直证字第{rng.randint(100, 2999)}号"
    x["notarised"] = tale == "lease"
    x["in_bank"] = rng.choice(["保定银行竞秀支行", "中国银行保定朝阳支行", "河北银行保定分行营业部"])
    x["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    x["court_bank"] = "中国建设银行保定竞秀支行"
    x["court_acct"] = f"1305016{rng.randint(10**9, 10**10 - 1)}"
    x["voucher_no"] = f"{rng.randint(10**13, 10**14 - 1)}"
    x["bill_code"] = f"1301{rng.randint(1000, 9999)}"
    x["bill_no"] = f"{rng.randint(10**9, 10**10 - 1)}"
    x["cashier"], x["checker"], x["cert_clerk"] = person_name(rng), person_name(rng), person_name(rng)
    x["officer_no"] = f"冀{rng.randint(130600, 130699)}{rng.randint(100, 999)}"
    x["approver"] = person_name(rng)
    if tale == "lease":
        c.applicant = _org(rng, f"保定{rng.choice(['天鹅', '东湖', '万博'])}置业有限公司", "130602",
                           f"河北省保定市竞秀区{rng.choice(['朝阳北大街', '七一中路'])}{rng.randint(800, 1900)}号")
        brand = rng.choice(["老保定", "槐茂", "府河"])
        c.respondent = _org(rng, f"保定{brand}餐饮管理有限公司", "130606",
                            f"河北省保定市莲池区{rng.choice(['裕华西路', '五四中路'])}{rng.randint(10, 400)}号")
        c.basis_court = "河北省保定市中级人民法院"
        x["first_no"] = f"（{c.filed_on.year - 1}）冀0602民初{rng.randint(3000, 9999)}号"
        c.basis_number = f"（{c.filed_on.year - 1}）冀06民终{rng.randint(2000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        x["cause"], x["basis_name"] = "房屋租赁合同纠纷", "民事判决书"
        x["shop"] = f"竞秀区七一中路{rng.randint(1, 99)}号{rng.randint(1, 3)}层商铺"
        x["area"] = rng.randint(280, 900)
        x["rent"] = rng.randint(30, 90) * 1000
        x["lease_from"] = c.basis_effective - timedelta(days=rng.randint(700, 900))
        x["unpaid_from"] = x["lease_from"] + timedelta(days=rng.randint(200, 320))
        x["bench"] = [person_name(rng) for _ in range(4)]
        x["fee_court"], x["fee_item"] = "河北省保定市竞秀区人民法院", "诉讼费（案件受理费）"
        c.amount = Decimal(rng.randint(28000, 96000)) * 10
        x["declared"] = ["无", "无（商铺系租赁）", "无", "无", "公司已停业，无经营收入", "厨房设备已被房东扣留",
                         "无"]
    elif tale == "order":
        c.applicant = _org(rng, f"保定{rng.choice(['鑫隆', '恒泰', '中冶'])}钢管销售有限公司", "130602",
                           f"河北省保定市竞秀区{rng.choice(['韩村北路', '复兴中路'])}{rng.randint(100, 999)}号")
        c.respondent = _org(rng, f"保定{rng.choice(['宏达', '广厦', '建辉'])}建材有限公司", "130607",
                            f"河北省保定市满城区{rng.choice(['金台西路', '满城经济开发区'])}{rng.randint(1, 200)}号")
        c.basis_court = "河北省保定市莲池区人民法院"
        c.basis_number = f"（{c.filed_on.year - 1}）冀0606民督{rng.randint(10, 299)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        x["order_made"] = c.basis_effective - timedelta(days=20)
        x["order_filed"] = x["order_made"] - timedelta(days=6)
        x["sold_on"] = x["order_filed"] - timedelta(days=rng.randint(200, 300))
        x["order_judge"], x["order_clerk"] = person_name(rng), person_name(rng)
        x["goods"] = rng.choice(["焊接钢管", "镀锌钢管", "无缝钢管"])
        x["cause"], x["basis_name"] = "买卖合同纠纷", "支付令"
        c.amount = Decimal(rng.randint(120000, 680000))
        x["order_fee"] = int(c.amount * Decimal("0.003")) + 17
        x["fee_court"], x["fee_item"] = "河北省保定市莲池区人民法院", "督促程序申请费"
        x["declared"] = [f"中国农业银行满城支行基本户，余额约{int(c.amount * Decimal('0.4'))}元", "无",
                         "冀F" + rng.choice("ABCD") + f"{rng.randint(1000, 9999)}货车一辆", "应收工程款若干，尚未结算",
                         "经营收入不稳定", "库存建材若干", "无"]
        x["deducted"] = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        x["settled_on"] = c.day(rng.randint(20, 30))
        x["terms"] = [f"乙方银行账户已被扣划的{x['deducted']}元，由法院直接发放给甲方；",
                      f"剩余款项{c.amount - x['deducted']}元，乙方于{num_date(x['settled_on'] + timedelta(days=20))}前付至法院执行款专户；",
                      "乙方按期付清后，甲方放弃迟延履行期间的债务利息；乙方逾期的，甲方可申请恢复执行原生效法律文书。"]
    else:
        c.applicant = _person(rng, "130602", f"河北省保定市竞秀区{rng.choice(['东风', '先锋', '新市场'])}街道"
                              f"{rng.choice(['乐凯', '朝阳', '韩村'])}小区{rng.randint(1, 30)}号楼")
        c.respondent = _person(rng, "130607", f"河北省保定市满城区满城镇{rng.choice(['中山', '长城', '东环'])}路"
                               f"{rng.randint(1, 200)}号")
        c.basis_court = "河北省保定市满城区人民法院"
        c.basis_number = f"（{c.filed_on.year - 1}）冀0607民初{rng.randint(1000, 4999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 100))
        x["med_made"] = c.basis_effective
        x["sued_on"] = c.basis_effective - timedelta(days=rng.randint(40, 80))
        x["hurt_on"] = x["sued_on"] - timedelta(days=rng.randint(120, 200))
        x["due_on"] = c.basis_effective + timedelta(days=30)
        x["med_judge"], x["med_clerk"] = person_name(rng), person_name(rng)
        x["place"] = rng.choice(["五金建材店", "管材门市", "水暖器材店"])
        x["cause"], x["basis_name"] = "生命权、身体权、健康权纠纷", "民事调解书"
        c.amount = Decimal(rng.randint(4200, 12800)) * 10
        x["court_fee"] = Decimal(int(c.amount * Decimal("0.0125")))
        x["fee_court"], x["fee_item"] = "河北省保定市满城区人民法院", "诉讼费（案件受理费）"
        x["declared"] = ["农村信用社存折一本，余额几百元", "满城镇自建房一处（宅基地）", "无", "无",
                         "门市每月收入三四千元", "店内存货管材若干", "无"]
        x["settled_on"] = c.day(rng.randint(14, 24))
        half = (c.amount / 2).quantize(Decimal("1"))
        x["terms"] = [f"乙方于签订本协议当日支付{half}元至法院执行款专户；",
                      f"余款{c.amount - half}元，乙方于{num_date(x['settled_on'] + timedelta(days=30))}前付清；",
                      "乙方住房公积金账户已冻结部分待付清后由法院解除冻结；",
                      "乙方按约履行的，甲方不再主张迟延履行利息。"]
        x["fund"] = (c.amount * Decimal("0.2")).quantize(Decimal("0.01"))
    if "court_fee" not in x:
        x["court_fee"] = Decimal(int(c.amount * Decimal("0.01")) + 50)
    x["paid_on"] = c.closed_on - timedelta(days=rng.randint(5, 10))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        sheets = paper(code, c, rng, served)
        if code == "identity_proof" and "respondent" not in served:
            for s in sheets:
                mark(s, "uploaded")
        return sheets
    sheets = _own(code, c, rng, served)
    if code == "payment_notice":
        mark(sheets[0], "double_fed")
    return sheets


def _case(c: CaseCtx) -> str:
    return f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案"


def _basis(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra['basis_name']}"


def _heads(p: Party, role: str) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("f", f"{role}：{p.name}，住所地{p.address}。"), ("f", f"法定代表人：{p.legal_rep}。")]
    born = f"{p.born.year}年{p.born.month}月{p.born.day}日出生，" if p.born else ""
    return [("f", f"{role}：{p.name}，{p.sex}，{born}住{p.address}，公民身份号码{p.id_number}。")]


def _bench(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    you = "你单位" if r.kind == "organisation" else "你"
    tale = c.extra["tale"]
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{_basis(c)}一案，本院经审查，符合法定受理条件，已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}，联系电话{c.court.phone}。请你方及时向本院提供被执行人的财产线索；"
                  "案件流程信息可通过河北法院诉讼服务网或12368热线查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_doc(c, rng, "交纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院立案执行的{_case(c)}，依照《诉讼费用交纳办法》第十条、第十四条的规定，你方应预交申请执行费"
                  f"{int(c.amount * Decimal('0.01')) + 50}元。请于七日内到本院诉讼服务中心交纳，或扫描缴款码交纳。"),
            ("p", "执行费用最终由被执行人负担，执行到位后一并清算。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{_basis(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条的规定，"
                  f"责令{you}自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、向申请执行人给付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", "三、负担本案申请执行费及实际支出的执行费用。"),
            ("p", f"{you}逾期不履行的，本院将依法强制执行，并依法采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=[("执 行 员", c.officer)], day=d)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行{_case(c)}，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条的"
                  f"规定，责令{you}在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况（附财产申报表）。"),
            ("p", f"{you}拒绝报告或者虚假报告的，本院将依法予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=[("执 行 员", c.officer)], day=d)
    if code == "enforcement_ruling":
        what = {"lease": f"冻结、划拨被执行人{r.name}在银行、网络支付机构的存款{money(c.amount)}，或查封、扣押其相应价值的财产。",
                "order": f"冻结、扣划被执行人{r.name}在中国农业银行保定满城支行账户内存款{money(c.amount)}。",
                "injury": f"冻结、提取被执行人{r.name}在保定市住房公积金管理中心的住房公积金，以{money(c.amount)}为限。"}[tale]
        return court_doc(c, rng, "执行裁定书", [
            *_heads(a, "申请执行人"), *_heads(r, "被执行人"),
            ("p", f"本院在执行{_case(c)}中，因被执行人未按执行通知履行法律文书确定的义务，依照{LAW}第二百五十三条、"
                  "第二百五十四条的规定，裁定如下："),
            ("p", what),
            ("p", "本裁定立即执行。"),
        ], signers=_bench(c), day=d)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            ("f", f"被限制人：{r.name}，统一社会信用代码{r.id_number}，法定代表人{r.legal_rep}。"),
            ("p", f"本院执行{_case(c)}，被限制人未按执行通知书指定的期间履行生效法律文书确定的给付义务。依照《最高人民法院关于"
                  f"限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被限制人及其法定代表人{r.legal_rep}采取限制消费"
                  "措施，不得有下列高消费及非生活和工作必需的消费行为：乘坐飞机、列车软卧、轮船二等以上舱位；在星级以上宾馆、酒店、"
                  "夜总会、高尔夫球场等场所进行高消费；购买不动产或者新建、扩建、高档装修房屋；租赁高档写字楼、宾馆、公寓等场所办公；"
                  "购买非经营必需车辆；旅游、度假；子女就读高收费私立学校；支付高额保费购买保险理财产品；乘坐G字头动车组列车全部座位、"
                  "其他动车组列车一等以上座位。"),
            ("p", "如违反本令，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            *_heads(r, "被执行人"),
            ("p", f"本院在执行{_case(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反限制消费令。依照{LAW}第二百六十六条"
                  "和《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。本决定书一经作出即生效。"),
        ], number=c.number.replace("号", "号之一"), day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return court_doc(c, rng, "执行裁定书", [
            *_heads(a, "申请执行人"), ("f", f"委托代理人：{c.agent}，{c.firm}律师。"), *_heads(r, "被执行人"),
            ("p", f"本院在执行{a.name}申请执行{_basis(c)}一案中，依法向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，"
                  "亦未如实报告财产。本院通过网络执行查控系统对被执行人的存款、车辆、不动产、证券、网络资金等进行了查询，"
                  f"并到被执行人原经营场所{c.extra['shop']}实地调查，未发现可供执行的财产。"),
            ("p", f"本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。本院于{cn_date(made_on(c, 'interview_record'))}"
                  "约谈申请执行人的委托代理人，告知财产调查情况，申请执行人暂不能提供其他财产线索，同意终结本次执行程序。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", f"本案应执行标的{money(c.amount)}，已执行到位0元。申请执行人发现被执行人有可供执行财产的，可以再次申请执行，"
                  "不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=_bench(c), day=d)
    if code == "closing_notice":
        how = ("本院已扣划被执行人银行存款并按和解协议收取余款" if tale == "order"
               else "被执行人已按执行和解协议分两期将赔偿款交至本院")
        return court_doc(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{how}，执行款{money(c.amount)}已于{cn_date(c.extra['paid_on'])}发放至你方"
                  f"{c.extra['in_bank']}账户。本案已执行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条的规定，以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d, cc=f"抄送：{r.name}")
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(c, rng, code)
    return _archive(c, rng, code, d)


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    tale = c.extra["tale"]
    to = {"lease": "中国建设银行保定分行", "order": "中国农业银行股份有限公司保定满城支行",
          "injury": "保定市住房公积金管理中心"}[tale]
    if tale == "lease":
        ask = f"冻结被执行人{r.name}在你行开立的全部账户存款，以{money(c.amount)}为限，冻结期限一年。"
    elif tale == "order":
        ask = (f"扣划被执行人{r.name}在你行账户内存款{money(c.extra['deducted'])}至本院执行款专户（{c.extra['court_bank']}，"
               f"账号{c.extra['court_acct']}）。")
    else:
        ask = f"冻结被执行人{r.name}（公民身份号码{r.id_number}）住房公积金账户内余额{money(c.extra['fund'])}，冻结期限三年。"
    sheets = court_doc(c, rng, "协助执行通知书", [
        ("f", f"{to}："),
        ("p", f"本院执行{_case(c)}，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("f", f"附：{c.number}执行裁定书一份"),
        ("f", f"执行人员：{c.officer}　执行公务证号：{c.extra['officer_no']}　联系电话：{c.court.phone}"),
    ], number=f"{c.number}之一", day=d)
    if tale == "lease":
        return sheets
    s = Sheet()
    s.starts_document = True
    if tale == "order":
        s.text(mm(20), mm(16), "中国农业银行", hei(mm(7)), fill=(0, 120, 90))
        s.centred(mm(34), "协助扣划存款回执", song(mm(8)), spacing=mm(1))
        rows = [["法院名称", c.court.name, "案号", c.number], ["被执行人", r.name, "账号", f"5025{rng.randint(10**10, 10**11 - 1)}"],
                ["应扣划金额", f"{c.extra['deducted']}.00", "实际扣划金额", f"{c.extra['deducted']}.00"],
                ["扣划时间", num_date(d + timedelta(days=1)), "划入账户", c.extra["court_acct"]],
                ["备注", "已按协助执行通知书要求办理扣划，扣划后账户余额0.00元。"]]
        tops = grid(s, mm(20), mm(52), [mm(32), mm(58), mm(32), s.width - mm(40) - mm(122)], rows, song(mm(4.4)),
                    [mm(14)] * 4 + [mm(24)])
        s.text(mm(20), tops[-1] + mm(12), f"经办人：{person_name(rng)}　复核：{person_name(rng)}", song(mm(4.6)))
        s.right(s.width - mm(30), tops[-1] + mm(34), num_date(d + timedelta(days=1)), song(mm(4.6)))
        seal(s, s.width - mm(60), tops[-1] + mm(30), "中国农业银行股份有限公司保定满城支行业务专用章", rng)
    else:
        s.centred(mm(30), "保定市住房公积金管理中心", hei(mm(7.4)))
        s.line(mm(24), mm(44), s.width - mm(24), mm(44), width=3, fill=(190, 30, 30))
        s.centred(mm(52), "关于协助冻结住房公积金的复函", song(mm(7)))
        f = song(mm(5.2))
        y = float(mm(72))
        s.text(mm(26), y, f"{COURT}：", f)
        y += mm(10)
        for t in (f"你院{c.number}之一协助执行通知书收悉。经查，被执行人{r.name}（公民身份号码{r.id_number}）在我中心满城管理部"
                  f"缴存住房公积金，账户状态正常，截至{num_date(d + timedelta(days=2))}账户余额{c.extra['fund'] + Decimal('380.00')}元。",
                  f"我中心已按你院要求，自{num_date(d + timedelta(days=2))}起冻结该账户余额{c.extra['fund']}元，冻结期限三年。"
                  "冻结期间，该部分公积金不予提取、转移。",
                  "特此函复。"):
            y = _para(s, y, t, f, mm(26), s.width - mm(52), mm(9.6))
        s.right(s.width - mm(34), y + mm(26), num_date(d + timedelta(days=3)), f)
        seal(s, s.width - mm(62), y + mm(24), "保定市住房公积金管理中心", rng)
        s.text(mm(26), s.height - mm(30), f"联系人：{person_name(rng)}　电话：0312-{rng.randint(3000000, 3999999)}", song(mm(4.2)))
    return [*sheets, s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(18), "网络执行查控系统　被执行人财产查询结果", hei(mm(6)))
    f = song(mm(3.8))
    s.text(mm(14), mm(30), f"案号：{c.number}　被执行人：{c.respondent.name}　证照号码：{c.respondent.id_number}", f)
    s.text(mm(14), mm(37), f"查询发起：{d:%Y-%m-%d}　承办人：{c.officer}", f)
    tale = c.extra["tale"]
    rows: list[list[str]] = [["序号", "协助单位", "财产类型", "查询结果", "反馈时间"]]
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "保定银行", "河北银行", "邮储银行"]
    for k, b in enumerate(banks, 1):
        hit = (tale == "order" and b == "中国农业银行")
        rows.append([str(k), b, "存款", f"有账户，余额{c.extra['deducted']}.00" if hit else "无账户" if k % 3 else "有账户，余额0.00",
                     f"{d + timedelta(days=1):%m-%d}"])
    rows += [[str(len(rows)), "公安部交通管理局", "车辆", "冀F货车一辆" if tale == "order" else "无", f"{d + timedelta(days=1):%m-%d}"],
             [str(len(rows) + 1), "自然资源部", "不动产", "宅基地房屋一处" if tale == "injury" else "无",
              f"{d + timedelta(days=2):%m-%d}"],
             [str(len(rows) + 2), "住房公积金", "公积金", "有缴存记录" if tale == "injury" else "无", f"{d + timedelta(days=2):%m-%d}"],
             [str(len(rows) + 3), "支付宝、财付通", "网络资金", "余额0.00", f"{d + timedelta(days=1):%m-%d}"]]
    grid(s, mm(14), mm(46), [mm(14), mm(54), mm(26), mm(62), s.width - mm(28) - mm(156)], rows, f, [mm(9)] * len(rows), line=1)
    s.text(mm(14), s.height - mm(18), f"打印时间：{d + timedelta(days=3):%Y-%m-%d %H:%M}", f)
    s.right(s.width - mm(14), s.height - mm(18), "第1页/共1页", f)
    return [s]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, hei(mm(7)))
    s.centred(TOP + mm(14), "传　　票", hei(mm(10)), spacing=mm(3))
    r = c.respondent
    rows = [["案号", c.number], ["案由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行询问、如实报告财产"],
            ["应到时间", f"{num_date(d + timedelta(days=7))}上午9时00分"], ["应到处所", "本院执行局第三谈话室（朝阳北大街1366号）"]]
    tops = grid(s, LEFT, TOP + mm(38), [mm(46), s.width - LEFT - RIGHT - mm(46)], rows, song(mm(5)), [mm(16)] * len(rows))
    s.text(LEFT, tops[-1] + mm(8), "注意事项：1.被传唤人必须准时到达应到处所；2.本传票由被传唤人携带来院报到；", song(mm(4.2)))
    s.text(LEFT, tops[-1] + mm(15), "3.被传唤人拒不到场的，本院可以依法拘传。", song(mm(4.2)))
    s.right(s.width - RIGHT - mm(10), tops[-1] + mm(40), cn_date(d), song(mm(5.4)))
    seal(s, s.width - RIGHT - mm(40), tops[-1] + mm(40), COURT, rng)
    s.text(LEFT, tops[-1] + mm(60), f"执行员：{c.officer}　书记员：{c.clerk}", song(mm(5)))
    foot(s, 1)
    return [s]


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录 on the bureau's ruled record paper, signed page by page."""
    a, r = c.applicant, c.respondent
    if code == "investigation_record":
        title, place = "调 查 笔 录", c.extra["shop"]
        who = f"被调查人：{person_name(rng)}，{r.name}原店长"
        qa = [("问", "我们是竞秀区人民法院执行局的工作人员，向你出示执行公务证。今天依法就你公司的财产情况进行调查，你要如实回答，听清楚了吗？"),
              ("答", "听清楚了。"),
              ("问", f"{r.name}现在还经营吗？"), ("答", "去年年底就关门了，员工都散了，老板说没钱再干了。"),
              ("问", "店里的设备、桌椅现在在哪里？"), ("答", "后厨的设备房东扣着，说抵房租，别的都卖了还工资了。"),
              ("问", "公司还有别的店面或者账户吗？"), ("答", "据我知道没有了，账户里早没钱了。"),
              ("问", "以上所说是否属实？"), ("答", "属实。")]
    else:
        title, place = "谈 话 笔 录", "本院执行局第二谈话室"
        who = f"被谈话人：{c.agent}，{c.firm}律师，{a.name}的委托代理人"
        qa = [("问", "今天约谈你，是告知本案财产调查情况。本院经网络查控和实地调查，未发现被执行人可供执行的财产，已对其限制消费、"
                    "纳入失信名单。你方是否有新的财产线索？"),
              ("答", "我们也去查过，没有新的线索。"),
              ("问", "如无财产可供执行，本院将终结本次执行程序，终本后发现财产可以申请恢复执行。你方有何意见？"),
              ("答", "同意终结本次执行程序，发现财产再申请恢复。"),
              ("问", "以上笔录你看一下，是否属实？"), ("答", "看过，属实。")]
    s = Sheet()
    s.centred(TOP - mm(8), title, hei(mm(9)), spacing=mm(1))
    f = song(mm(5))
    head = [f"时间：{num_date(d)}　9时30分至10时15分", f"地点：{place}", f"调查人：{c.officer}、{c.clerk}（记录）", who,
            f"案号：{c.number}"]
    y = float(TOP + mm(10))
    for line in head:
        s.text(LEFT, y, line, f)
        y += mm(9)
    s.line(LEFT, y, s.width - RIGHT, y, width=2)
    y += mm(5)
    lh = mm(9)
    sheets = [s]
    for q, text in qa:
        for k, part in enumerate(wrap(f"{q}：{text}", f, s.width - LEFT - RIGHT)):
            if y + lh > s.height - mm(40):
                sheets.append(Sheet())
                y = float(TOP)
            sheets[-1].text(LEFT + (0 if k == 0 else f.size * 1.5), y, part, f)
            sheets[-1].line(LEFT, y + lh - mm(1), sheets[-1].width - RIGHT, y + lh - mm(1), width=1, fill=(150, 150, 160))
            y += lh
    signer = c.agent if code == "interview_record" else who.split("：")[1].split("，")[0]
    for n, sh in enumerate(sheets, 1):
        sh.text(sh.width - RIGHT - mm(80), sh.height - mm(34), "被调查人：", f)
        signature(sh, sh.width - RIGHT - mm(50), sh.height - mm(36), signer, rng, ink=(30, 30, 40))
        sh.centred(sh.height - mm(20), f"第{n}页　共{len(sheets)}页", song(mm(4)))
        if len(sheets) > 1:
            sh.page_of = (n, len(sheets))
    last = sheets[-1]
    hand(last, LEFT, y + mm(4), "以上笔录我看过，和我说的一样。", rng, size=int(mm(5.6)), ink=(30, 30, 40))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, hei(mm(6.4)))
    s.centred(TOP + mm(12), "执行案件结案审批表", hei(mm(8.4)), spacing=mm(1))
    how = {"lease": "终结本次执行程序", "order": "执行完毕", "injury": "执行完毕"}[c.extra["tale"]]
    paid = "0" if c.extra["tale"] == "lease" else f"{c.amount:.2f}"
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", _basis(c)], ["执行标的", f"{c.amount:.2f}元", "到位金额", f"{paid}元"],
            ["结案方式", how, "承办人", c.officer], ["承办人意见", ""], ["执行局长意见", ""]]
    w = s.width - LEFT - RIGHT
    heights = [mm(14)] * 5 + [mm(60), mm(40)]
    tops = grid(s, LEFT, TOP + mm(30), [mm(30), w / 2 - mm(30), mm(30), w / 2 - mm(30)], rows, song(mm(4.6)), heights)
    words = {"终结本次执行程序": "经网络查控及实地调查，被执行人无可供执行财产，已限消、失信，申请人同意终本，拟终结本次执行程序。",
             "执行完毕": "被执行人已按和解协议履行，案款已全部发放申请执行人，拟以执行完毕结案。"}[how]
    for k, part in enumerate(wrap(words, hei(mm(5.6)), w - mm(40))):
        fill(s, LEFT + mm(34), tops[5] + mm(4) + k * mm(9), part, rng)
    signature(s, LEFT + w - mm(50), tops[6] - mm(14), c.officer, rng, ink=BLUE_INK)
    fill(s, LEFT + mm(34), tops[6] + mm(6), "同意。", rng)
    signature(s, LEFT + w - mm(70), tops[6] + mm(20), c.extra["approver"], rng, ink=BLUE_INK)
    fill(s, LEFT + w - mm(60), tops[6] + mm(30), num_date(d), rng, size=mm(4.6))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
             "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
             "dishonest_list_decision": "纳入失信名单决定书"}
    to_resp = any(x in served for x in ("enforcement_notice", "property_report_order", "consumption_restriction_order"))
    who = c.respondent if to_resp else c.applicant
    signer = who.legal_rep or who.name
    if who is c.applicant and c.applicant.kind == "organisation":
        signer = c.agent
    latest = max(made_on(c, x) for x in served)
    got = latest + timedelta(days=rng.randint(1, 4))
    s = Sheet()
    s.centred(TOP, COURT, hei(mm(6.4)))
    s.centred(TOP + mm(12), "送 达 回 证", hei(mm(9)), spacing=mm(2))
    w = s.width - LEFT - RIGHT
    rows = [["案　　号", c.number], ["送达文书", "、".join(names.get(x, x) for x in served)], ["受送达人", who.name],
            ["送达地址", who.address], ["送达方式", "直接送达" if to_resp else "留置/邮寄以外的直接送达"],
            ["受送达人签收", ""], ["送达人", ""], ["备　　注", ""]]
    heights = [mm(15), mm(26), mm(15), mm(20), mm(15), mm(44), mm(22), mm(26)]
    tops = grid(s, LEFT, TOP + mm(32), [mm(40), w - mm(40)], rows, song(mm(5)), heights)
    signature(s, LEFT + mm(60), tops[5] + mm(8), signer, rng, ink=BLUE_INK)
    hand(s, LEFT + mm(56), tops[5] + mm(26), num_date(got), rng, size=int(mm(5.6)), ink=BLUE_INK)
    signature(s, LEFT + mm(50), tops[6] + mm(5), f"{c.officer}　{c.clerk}", rng)
    s.text(LEFT, tops[-1] + mm(8), "说明：受送达人拒收的，送达人应在备注栏注明并签名。", song(mm(4.2)))
    seal(s, s.width - RIGHT - mm(40), tops[6], COURT, rng)
    return [s]


def _window_form(c: CaseCtx, rng: random.Random, code: str) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    title = {"property_clue_form": "被执行人财产线索提供表", "payment_account_confirmation": "执行款收款账户确认书",
             "service_address_confirmation": "送达地址确认书"}[code]
    s = Sheet()
    s.centred(TOP - mm(6), COURT, song(mm(6)))
    s.centred(TOP + mm(6), title, hei(mm(8)))
    w = s.width - LEFT - RIGHT
    if code == "property_clue_form":
        x = c.extra
        clues = {"lease": [("银行账户", "建行保定分行有流水（待查）"), ("经营场所", x.get("shop", "")), ("设备", "后厨设备在原店内")],
                 "order": [("银行账户", "农行满城支行基本户"), ("车辆", "冀F货车一辆"), ("应收账款", "满城区某工地工程款")],
                 "injury": [("公积金", "在保定市公积金中心有缴存"), ("房产", "满城镇自建房"), ("经营", "五金门市收入")]}[x["tale"]]
        rows = [["申请执行人", a.name], ["被执行人", r.name], *[[k, ""] for k, _ in clues], ["提供人签名", ""]]
        heights = [mm(15), mm(15)] + [mm(30)] * len(clues) + [mm(22)]
        tops = grid(s, LEFT, TOP + mm(24), [mm(40), w - mm(40)], rows, song(mm(5)), heights)
        for k, (_, v) in enumerate(clues):
            fill(s, LEFT + mm(44), tops[2 + k] + mm(10), v, rng)
        signature(s, LEFT + mm(60), tops[-2] + mm(6), c.agent if a.kind == "organisation" else a.name, rng, ink=BLUE_INK)
    elif code == "payment_account_confirmation":
        rows = [["案号", c.number], ["收款人户名", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""], ["确认人签名", ""]]
        tops = grid(s, LEFT, TOP + mm(24), [mm(40), w - mm(40)], rows, song(mm(5)), [mm(16)] * 6)
        for k, v in enumerate([a.name, c.extra["in_bank"], c.extra["in_acct"], c.agent_phone], 1):
            fill(s, LEFT + mm(46), tops[k] + mm(4), v, rng)
        signature(s, LEFT + mm(60), tops[5] + mm(3), c.agent if a.kind == "organisation" else a.name, rng, ink=BLUE_INK)
        s.text(LEFT, tops[-1] + mm(8), "本人确认上述账户真实有效，执行款汇入该账户即视为本人收到。", song(mm(4.6)))
    else:
        rows = [["案号", c.number], ["受送达人", a.name], ["送达地址", ""], ["电子送达", ""], ["联系电话", ""],
                ["确认人签名", ""]]
        tops = grid(s, LEFT, TOP + mm(24), [mm(40), w - mm(40)], rows, song(mm(5)), [mm(16), mm(16), mm(24), mm(16), mm(16), mm(20)])
        fill(s, LEFT + mm(46), tops[2] + mm(6), c.extra["firm_addr"] + f" {c.agent}律师收", rng)
        fill(s, LEFT + mm(46), tops[3] + mm(4), f"同意，手机号{c.agent_phone}", rng)
        fill(s, LEFT + mm(46), tops[4] + mm(4), c.agent_phone, rng)
        signature(s, LEFT + mm(60), tops[5] + mm(4), c.agent, rng, ink=BLUE_INK)
        s.text(LEFT, tops[-1] + mm(8), "告知：地址变更应及时书面告知本院，未告知的，按原地址送达即视为送达。", song(mm(4.6)))
    hand(s, s.width - RIGHT - mm(60), s.height - mm(60), num_date(c.filed_on), rng, size=int(mm(5.4)), ink=BLUE_INK)
    return [s]


def _archive(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    s = Sheet()
    w = s.width - LEFT - RIGHT
    if code == "dossier_cover":
        s.centred(mm(40), COURT, hei(mm(9)), spacing=mm(1))
        s.centred(mm(66), "执 行 卷 宗", hei(mm(14)), spacing=mm(4))
        s.centred(mm(92), "（正卷）", song(mm(7)))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["收案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", "终结本次执行程序"],
                ["执行员", c.officer], ["书记员", c.clerk], ["保管期限", "长期"]]
        tops = grid(s, LEFT + mm(8), mm(112), [mm(44), w - mm(16) - mm(44)], rows, song(mm(5.4)), [mm(13)] * len(rows), line=3)
        s.centred(tops[-1] + mm(16), f"本卷共　{rng.randint(58, 84)}　页", song(mm(6)))
        s.text(LEFT + mm(8), s.height - mm(24), f"全宗号：{rng.randint(100, 199)}　目录号：{c.filed_on.year}-执　案卷号：{rng.randint(1000, 3999)}",
               song(mm(4.6)))
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷 内 目 录", hei(mm(9)), spacing=mm(2))
        s.text(LEFT, TOP + mm(16), f"案号：{c.number}", song(mm(4.6)))
        items = ["执行申请书", "民事判决书（二审）", "生效证明书", "财产线索表、身份证明", "授权委托书、公证书、所函、律师证",
                 "受理、交费通知书", "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书、协助执行通知书", "传票",
                 "限制消费令、失信决定书", "调查笔录、谈话笔录", "终本裁定书", "结案审批表", "送达回证", "复核表、备考表"]
        rows = [["序号", "文件材料题名", "页号", "备注"]]
        page = 3
        for k, it in enumerate(items, 1):
            n = rng.randint(1, 4)
            rows.append([str(k), it, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
            page += n
        grid(s, LEFT, TOP + mm(26), [mm(16), w - mm(16) - mm(26) - mm(20), mm(26), mm(20)], rows, song(mm(4.6)),
             [mm(12)] * len(rows))
        return [s]
    if code == "file_review_form":
        s.centred(TOP, "执行案件归档审查表", hei(mm(8.4)), spacing=mm(1))
        checks = ["结案文书齐全并已送达", "终本五项条件具备（查控、限消、失信、约谈、调查）", "文书排列顺序符合要求", "页码编写连续、目录准确",
                  "去除金属物、装订整齐"]
        rows = [["案号", c.number], *[[k, ""] for k in checks], ["审查意见", ""], ["审查人", ""]]
        tops = grid(s, LEFT, TOP + mm(20), [w * 0.66, w * 0.34], rows, song(mm(4.8)), [mm(14)] + [mm(16)] * 5 + [mm(34), mm(16)])
        for k in range(5):
            fill(s, LEFT + w * 0.66 + mm(16), tops[1 + k] + mm(4), "√", rng)
        fill(s, LEFT + w * 0.66 + mm(6), tops[6] + mm(10), "符合归档要求", rng)
        signature(s, LEFT + w * 0.66 + mm(12), tops[7] + mm(2), person_name(rng), rng, ink=BLUE_INK)
        s.right(s.width - RIGHT, tops[-1] + mm(10), num_date(d), song(mm(5)))
        return [s]
    s.centred(TOP, "备　考　表", hei(mm(9)), spacing=mm(2))
    s.box(LEFT, TOP + mm(20), s.width - RIGHT, s.height - mm(36), width=3)
    f = song(mm(5.2))
    s.text(LEFT + mm(6), TOP + mm(28), f"本卷宗连面带底共{rng.randint(60, 86)}页，附证物0件。", f)
    s.text(LEFT + mm(6), TOP + mm(40), "说明：本案终结本次执行程序，被执行人已纳入失信名单，发现财产可恢复执行。", f)
    y = s.height - mm(80)
    for label, name in (("立卷人：", c.clerk), ("检查人：", person_name(rng))):
        s.text(LEFT + mm(60), y, label, f)
        signature(s, LEFT + mm(90), y - mm(2), name, rng, ink=BLUE_INK)
        y += mm(14)
    s.text(LEFT + mm(60), y, f"立卷时间：{num_date(d)}", f)
    return [s]
