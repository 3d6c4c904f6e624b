"""court_dt (吉林省四平市铁西区人民法院, held out): the rail-town district of 四平 — grain depots and feed mills along the
tracks, building sites, car dealers on 英雄大街. Its own papers in the bureau's 宋体 double-rule style (court_dt_kit);
what it receives in the senders' styles (court_dt_papers). The bound volumes were digitised page by page on an overhead
book scanner without being taken apart (court_dt_capture)."""

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
from dossier.corpus.draw import Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_dt_kit import (
    COURT,
    LEFT,
    PEN,
    RIGHT,
    TOP,
    footer,
    label,
    letterhead,
    pen,
    ruled,
    song,
    typed,
    typed_in,
)
from dossier.corpus.families.court_dt_papers import RECEIVED, paper

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "online_inquiry_result",
    "enforcement_ruling", "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling",
    "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
GRAIN_SEQ, WAGE_SEQ, CAR_SEQ = 33518, 33647, 33809
LAW = "《中华人民共和国民事诉讼法》"
DAYS = {"identity_proof": -6, "power_of_attorney": -4, "law_firm_letter": -3, "lawyer_license": -3,
        "enforcement_application": -2, "fee_receipt": 0, "property_clue_form": 0, "payment_account_confirmation": 0,
        "service_address_confirmation": 0, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3,
        "property_report_order": 3, "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9,
        "property_declaration_form": 15, "summons": 19, "investigation_record": 27, "settlement_agreement": 31,
        "consumption_restriction_order": 36, "dishonest_list_decision": 36, "payment_voucher": 47}
"""days after filing on which each paper was made (the closing ones are counted back from the closing date)"""
BACK = {"interview_record": 12, "termination_this_round_ruling": 4, "closing_notice": 2, "closing_approval_form": 1}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in BACK:
        return c.closed_on - timedelta(days=BACK[code])
    if code in ("enforcement_basis", "effectiveness_certificate"):
        return c.basis_effective if code == "effectiveness_certificate" else c.extra["judged"]
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return c.closed_on + timedelta(days=18)
    return c.day(DAYS.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """四平 parties. GRAIN_SEQ: a grain depot's judgment (this court's 民二庭) for corn it delivered to a 梨树 feed mill
    that never paid in full; WAGE_SEQ: a 瓦工 foreman's 劳动人事争议仲裁 award for wages against a labour-service
    contractor that left its site; CAR_SEQ: a bank's car-loan mediation (this court's 民一庭) against a 双辽 borrower."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {GRAIN_SEQ: "grain", WAGE_SEQ: "wage", CAR_SEQ: "car"}[seq]
    c.firm = rng.choice(["吉林英城律师事务所", "吉林四平铁东律师事务所", "吉林鼎泰四平律师事务所"])
    c.extra["firm_addr"] = f"四平市铁西区{rng.choice(['仁兴街', '北沿河路', '英雄大街'])}{rng.randint(10, 300)}号"
    c.extra["licence"] = f"1220320{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["吉林银行四平铁西支行", "中国农业银行四平铁西支行", "四平农商银行营业部"])
    c.extra["in_acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
    c.extra["judged"] = c.basis_effective - timedelta(days=rng.randint(18, 30))
    kind = tale(c)
    if kind == "grain":
        c.applicant = Party(f"四平{rng.choice(['丰禾', '金穗', '北粮'])}粮食收储有限公司", "organisation",
                            credit_code(rng, "220302"), f"吉林省四平市铁西区{rng.choice(['站前街道', '北沟街道'])}"
                            f"{rng.choice(['铁西粮库院内', '南仓路'])}{rng.randint(1, 88)}号",
                            f"0434-32{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"吉林{rng.choice(['正旺', '牧丰', '康达'])}饲料有限公司", "organisation",
                             credit_code(rng, "220322"), f"吉林省四平市梨树县{rng.choice(['梨树镇', '郭家店镇'])}"
                             f"工业园区{rng.randint(1, 40)}号", f"0434-52{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）吉0302民初{rng.randint(1200, 3900)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["tons"] = rng.randint(380, 1200)
        c.amount = Decimal(c.extra["tons"]) * Decimal(rng.randint(2380, 2650)) // 3
        c.extra["r_bank"] = rng.choice(["中国农业银行梨树县支行", "梨树县农村信用合作联社"])
        c.extra["r_acct"] = f"07{rng.randint(10**14, 10**15 - 1)}"
        c.extra["frozen"] = (c.amount * Decimal("0.41")).quantize(Decimal("0.01"))
    elif kind == "wage":
        born = date(rng.randint(1966, 1984), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["220322", "220323", "220302"]), born),
                            f"吉林省四平市铁西区{rng.choice(['英雄街道', '地直街道'])}{rng.choice(['平东', '铁西'])}小区"
                            f"{rng.randint(1, 30)}号楼", f"135{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"四平{rng.choice(['宏建', '广厦', '金城'])}建筑劳务有限公司", "organisation",
                             credit_code(rng, "220302"), f"吉林省四平市铁西区{rng.choice(['紫气大路', '海丰大街'])}"
                             f"{rng.randint(100, 999)}号", f"0434-36{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "四平市劳动人事争议仲裁委员会"
        c.basis_number = f"四劳人仲案字〔2023〕第{rng.randint(120, 690)}号"
        c.extra["cause"] = "劳动争议"
        c.extra["site"] = f"{rng.choice(['铁西', '紫气'])}{rng.choice(['佳苑', '家园', '新城'])}{rng.randint(2, 9)}期工地"
        c.extra["workers"] = rng.randint(6, 14)
        c.amount = Decimal(rng.randint(46000, 138000))
        c.extra["judged"] = c.basis_effective - timedelta(days=rng.randint(20, 28))
    else:
        born = date(rng.randint(1978, 1994), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party("吉林银行股份有限公司四平分行", "organisation", credit_code(rng, "220300"),
                            "吉林省四平市铁西区英雄大街1188号", "0434-3266000", legal_rep=person_name(rng))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "220382", born),
                             f"吉林省双辽市{rng.choice(['辽东街道', '郑家屯街道'])}{rng.choice(['政府', '辽河'])}路"
                             f"{rng.randint(1, 99)}号", f"187{rng.randint(10000000, 99999999)}", born=born,
                             sex=rng.choice("男女"))
        c.basis_court = COURT
        c.basis_number = f"（2023）吉0302民初{rng.randint(4000, 6800)}号"
        c.extra["cause"] = "金融借款合同纠纷"
        c.extra["car"] = rng.choice(["大众朗逸", "丰田卡罗拉", "长安CS55", "哈弗H6"])
        c.extra["plate"] = f"吉C{rng.choice('ABDFK')}{rng.randint(1000, 9999)}"
        c.extra["vin"] = "LSV" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(14))
        c.amount = Decimal(rng.randint(6200000, 14900000)) / 100
        c.extra["judged"] = c.basis_effective
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.0075 + 50)) if c.amount > 10000 else Decimal(50)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_title(c: CaseCtx) -> str:
    return {"grain": "民事判决书", "wage": "仲裁裁决书", "car": "民事调解书"}[tale(c)]


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    out = [("f", f"申请执行人：{a.name}，住所地{a.address}。" if a.kind == "organisation" else
            f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。")]
    if a.legal_rep:
        out.append(("f", f"{'负责人' if '分行' in a.name else '法定代表人'}：{a.legal_rep}。"))
    out.append(("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    out.append(("f", f"被执行人：{r.name}，住所地{r.address}。" if r.kind == "organisation" else
                f"被执行人：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，汉族，住{r.address}。"))
    if r.legal_rep:
        out.append(("f", f"法定代表人：{r.legal_rep}。"))
    return out


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    basis = f"{c.basis_court}{c.basis_number}{basis_title(c)}"
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return typed(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis}一案，经审查，符合法定受理条件，本院决定立案执行。"
                  f"案号为{c.number}。"),
            ("p", f"本案由执行局执行二组办理，执行员{c.officer}，联系电话{c.court.phone}。你方如发现被执行人的财产线索，请及时书面"
                  "提供；因被执行人无财产可供执行的，本院可依法终结本次执行程序。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        fee = c.extra["fee"]
        text = (f"你申请执行的{_case(c)}，系追索劳动报酬案件，依照国务院《诉讼费用交纳办法》第二十六条的规定，不交纳申请执行费。"
                if fee == 0 else f"你方申请执行的{_case(c)}，依照国务院《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费"
                f"人民币{fee}元。请于七日内持吉林省非税收入缴款书到银行交纳，或扫描缴款书上的二维码交纳。")
        return typed(c, rng, "交纳申请执行费通知书", [("f", f"{a.name}："), ("p", text),
                                                ("p", "申请执行费由被执行人负担，执行到位后一并退还或由被执行人直接向你方支付。")],
                     day=d)
    if code == "enforcement_notice":
        return typed(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十条的规定，"
                  f"责令你{'单位' if r.kind == 'organisation' else ''}立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", "三、负担本案执行费用。" if c.extra["fee"] else "三、负担本案实际支出的执行费用。"),
            ("p", "逾期不履行，本院将依法强制执行，并将依法采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return typed(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{_case(c)}，依照{LAW}第二百五十二条、《最高人民法院关于民事执行中财产调查若干问题的规定》第三条的"
                  "规定，责令你方在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，填写《财产申报表》。"),
            ("p", "你方拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "enforcement_ruling":
        if tale(c) == "grain":
            what = [f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。"]
        elif tale(c) == "wage":
            what = [f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押其同等价值的其他财产。"]
        else:
            what = [f"一、扣押被执行人{r.name}名下{c.extra['car']}小型轿车一辆（号牌{c.extra['plate']}，车架号{c.extra['vin']}）；",
                    f"二、冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}。"]
        return typed(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"{basis}已经发生法律效力。因被执行人未履行生效法律文书确定的义务，申请执行人于{cn_date(c.filed_on)}向本院申请执行。"
                  f"依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下："),
            *[("p", t) for t in what],
            ("p", "本裁定立即执行。"),
        ], signers=bench, day=d, copy_stamp=True)
    if code == "assistance_notice":
        if tale(c) == "car":
            to, task = "四平市公安局交通警察支队车辆管理所", (f"协助查封被执行人{r.name}名下号牌为{c.extra['plate']}的小型轿车"
                                                      f"（车架号{c.extra['vin']}），查封期间不得办理转移、抵押登记，期限三年。")
        elif tale(c) == "grain":
            to, task = c.extra["r_bank"], (f"扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内存款{money(c.extra['frozen'])}，"
                                            "划至本院执行款专户。")
        else:
            to, task = "中国建设银行四平分行", f"冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，冻结期限一年。"
        return typed(c, rng, "协助执行通知书", [
            ("f", f"{to}："),
            ("p", f"本院执行的{_case(c)}，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", task),
            ("f", f"附：{c.number}执行裁定书一份"),
            ("f", f"经办人：{c.officer}　{c.clerk}　电话：{c.court.phone}"),
        ], number=c.number.replace("号", "号之一"), day=d)
    if code == "closing_notice":
        how = {"grain": "本院扣划被执行人存款后，双方达成和解，被执行人已付清余款",
               "car": "本院扣押被执行人车辆后，双方达成和解，被执行人已一次性付清"}.get(tale(c), "被执行人已履行完毕")
        return typed(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{how}，执行款已转入你方确认的账户。依照《最高人民法院关于执行案件立案、结案若干问题的"
                  "意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return typed(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"本院在执行{basis}一案中，于{cn_date(made_on(c, 'enforcement_notice'))}向被执行人发出执行通知书、报告财产令。"
                  "经网络执行查控系统查询，被执行人名下无可供执行的存款、车辆、不动产、证券及网络资金；经到被执行人住所地及"
                  f"{c.extra.get('site', '经营场所')}调查，被执行人已无人员办公。本院已对被执行人采取限制消费措施并将其纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人表示暂无财产线索，"
                  "同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", f"申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。本案未执行到位金额{money(c.amount)}。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, copy_stamp=True)
    if code == "consumption_restriction_order":
        return typed(c, rng, "限制消费令", [
            ("f", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。因被限制消费人未按执行通知书指定的期间履行生效法律文书确定的给付"
                  "义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被限制消费人及其"
                  f"法定代表人{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买"
                  "非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头"
                  "动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return typed(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照"
                  f"{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。被执行人认为决定有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 printout as the bureau prints it from the system: small 黑体, a header band, no seal."""
    s = Sheet()
    f = label(28)
    s.text(LEFT - mm(12), mm(14), f"执行案件流程信息管理系统　　打印人：{c.clerk}　　打印时间：{d:%Y-%m-%d} 15:{rng.randint(10, 59)}", f)
    s.centred(mm(26), "网络查控结果（总对总）", label(52))
    s.text(LEFT - mm(12), mm(42), f"案号：{c.number}　　被查询人：{c.respondent.name}", f)
    s.text(LEFT - mm(12), mm(48), f"证件号码：{c.respondent.id_number}　　发起时间：{c.day(4):%Y-%m-%d}", f)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "吉林银行",
             "吉林省农村信用社", "自然资源部（不动产）", "公安部（车辆）", "中国证券登记结算", "支付宝", "财付通", "京东金融"]
    rows = [["序号", "查询机构", "类型", "反馈结果", "反馈时间"]]
    for i, u in enumerate(units, 1):
        res = "无"
        if tale(c) == "grain" and u == "中国农业银行":
            res = f"账户1个，余额{c.extra['frozen'] * Decimal('1.02'):.2f}"
        elif tale(c) == "car" and u == "公安部（车辆）":
            res = f"{c.extra['plate']} 小型轿车 正常"
        elif rng.random() < 0.15 and i <= 8:
            res = f"账户1个，余额{rng.randint(0, 90)}.{rng.randint(10, 99)}"
        rows.append([str(i), u, "存款" if i <= 8 else "其他", res, f"{c.day(rng.randint(4, 7)):%Y-%m-%d}"])
    widths = [mm(12), mm(46), mm(16), mm(56), mm(40)]
    ruled(s, LEFT - mm(12), mm(56), widths, [mm(9.5)] * len(rows), rows, size=28)
    s.text(LEFT - mm(12), mm(56) + mm(9.5) * len(rows) + mm(6), "说明：反馈结果以协助单位反馈为准。", f)
    s.centred(s.height - mm(14), "第 1 页 / 共 1 页", f)
    s.page_of = (1, 1)
    return [s]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = letterhead(s, "传票", c.number)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    due = d + timedelta(days=6)
    cells = [["案由", ""], ["被传唤人", ""], ["工作单位或住址", ""], ["传唤事由", ""], ["应到时间", ""], ["应到处所", ""]]
    boxes = ruled(s, LEFT, y + 20, [mm(44), w - mm(44)], [mm(19)] * len(cells), cells)
    values = [c.extra["cause"] + "执行", f"{r.legal_rep}（{r.name}法定代表人）", r.address, "询问财产状况、履行能力",
              f"{due.year}年{due.month}月{due.day}日　上午8时30分", "本院执行局三楼执行指挥中心"]
    for k, v in enumerate(values):
        pen(s, boxes[2 * k + 1], v, rng, size=40)
    y = boxes[-1][3] + mm(10)
    for line in ["注意：", "一、被传唤人必须准时到达应到处所；", "二、本传票由被传唤人携带来院报到；",
                 "三、被传唤人收到传票后，应在送达回证上签名或盖章；", "四、经两次传票传唤，无正当理由拒不到场的，可以拘传。"]:
        s.text(LEFT, y, line, song(38))
        y += 64
    s.text(LEFT, y + 40, f"执行员　{c.officer}", song(42))
    s.right(s.width - RIGHT - mm(8), y + 130, cn_date(d), song(42))
    seal(s, s.width - RIGHT - mm(34), y + 145, COURT, rng, radius=mm(20))
    return [s]


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 on the bureau's record paper: 黑体 heading, typed Q and A, signatures and 指印 on every page."""
    inv = code == "investigation_record"
    if inv:
        who, place = person_name(rng), f"{c.extra.get('site', c.respondent.address)}现场"
        qa = [("问", f"我们是四平市铁西区人民法院执行局的执行人员（出示工作证），现依法调查{c.respondent.name}的情况，你和该公司"
                    "是什么关系？"),
              ("答", f"我是这个工地看大门的，{c.respondent.name}以前在这儿干活，主体封顶以后就没人了。"),
              ("问", "该公司在工地上还有设备、材料吗？"),
              ("答", "塔吊是租的，去年秋天就拆走了，剩下点脚手架也是人家租赁站的，他们公司的东西没有了。"),
              ("问", f"你知道{c.respondent.legal_rep}现在在哪里吗？"),
              ("答", "听说去外地包活了，电话打不通。"),
              ("问", "你还有什么要补充的？"),
              ("答", "没有了。")]
        title = "调查笔录"
    else:
        who, place = c.agent, "本院执行局二楼约谈室"
        qa = [("问", f"今天约谈你，告知{c.number}案件的执行情况。你是受谁委托？"),
              ("答", f"我是{c.firm}律师，受申请执行人{c.applicant.name}委托。"),
              ("问", "本院已通过总对总、点对点查控系统查询被执行人的存款、车辆、不动产、证券、网络资金，均未发现可供执行的财产；"
                     "已向被执行人送达执行通知书、报告财产令，传唤其法定代表人未到；到被执行人住所地和工地调查，均无人员办公，"
                     "已对其限制消费、纳入失信名单。你方是否知道上述情况？"),
              ("答", "知道。工友们也在到处找他，现在没有别的线索。"),
              ("问", "被执行人暂无财产可供执行，本院拟终结本次执行程序，你方有何意见？"),
              ("答", "同意。以后发现他有财产或者接了新工程，我们再申请恢复执行。"),
              ("问", "终本后本院每六个月通过网络查控系统查询一次被执行人的财产，限制消费、失信措施继续有效，你清楚吗？"),
              ("答", "清楚。")]
        title = "约谈笔录"
    sheets: list[Sheet] = []
    f = song(42)
    lh = 74

    def page() -> tuple[Sheet, float]:
        s = Sheet()
        s.centred(TOP - mm(6), f"{COURT}执行局", label(40), spacing=4)
        s.centred(TOP + mm(6), title, label(70), spacing=30)
        for k in range(25):
            yy = TOP + mm(24) + k * lh + 56
            s.line(LEFT - mm(6), yy, s.width - RIGHT + mm(4), yy, width=1, fill=(180, 160, 160))
        sheets.append(s)
        return s, float(TOP + mm(24))

    s, y = page()
    head = [f"时间：{num_date(d)}　{rng.randint(9, 10)}时{rng.choice(['05', '20', '40'])}分至{rng.randint(11, 12)}时",
            f"地点：{place}", f"执行人员：{c.officer}、{c.clerk}　记录人：{c.clerk}",
            f"被{'调查' if inv else '约谈'}人：{who}", f"案号：{c.number}"]
    width = s.width - LEFT - RIGHT
    for line in head:
        s.text(LEFT, y, line, f)
        y += lh
    for q, text in qa:
        for k, part in enumerate(wrap(f"{q}：{text}", f, width)):
            if y > s.height - mm(50):
                s, y = page()
            s.text(LEFT + (mm(6) if k else 0), y, part, f)
            y += lh
    hand(sheets[-1], LEFT + mm(6), y + 6, "以上笔录已看过，记录属实。", rng, size=44, ink=(30, 30, 30))
    for i, sh in enumerate(sheets, 1):
        sh.text(sh.width - RIGHT - mm(112), sh.height - mm(40), f"被{'调查' if inv else '约谈'}人：", song(36))
        signature(sh, sh.width - RIGHT - mm(70), sh.height - mm(43), who, rng)
        sh.draw.ellipse((sh.width - RIGHT - mm(30), sh.height - mm(44), sh.width - RIGHT - mm(20), sh.height - mm(31)),
                        fill=(200, 70, 70))
        footer(sh, i)
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, song(48), spacing=6)
    s.centred(TOP + 80, "执行案件结案审批表", label(64), spacing=6)
    w = s.width - LEFT - RIGHT + mm(16)
    x = LEFT - mm(8)
    how = {"grain": "执行完毕", "car": "执行完毕", "wage": "终结本次执行程序"}[tale(c)]
    paid = Decimal(0) if tale(c) == "wage" else c.amount
    cells = [["案号", "", "立案日期", ""], ["申请执行人", "", "被执行人", ""], ["执行依据", ""],
             ["执行标的", "", "实际到位", ""], ["结案方式", "", "承办人", ""], ["承办人意见", ""], ["执行长意见", ""],
             ["局长审批意见", ""]]
    heights = [mm(15), mm(19), mm(19), mm(15), mm(15), mm(46), mm(36), mm(36)]
    boxes = ruled(s, x, TOP + 200, [mm(32), w / 2 - mm(32), mm(30), w / 2 - mm(30)], heights, cells, size=34)
    for box, v in [(boxes[1], c.number), (boxes[3], num_date(c.filed_on)), (boxes[5], c.applicant.name),
                   (boxes[7], c.respondent.name), (boxes[9], f"{c.basis_court}{c.basis_number}{basis_title(c)}"),
                   (boxes[11], f"{c.amount:,.2f}元"), (boxes[13], f"{paid:,.2f}元"), (boxes[15], how), (boxes[17], c.officer)]:
        typed_in(s, box, v, size=32)
    opinion = {"grain": "扣划存款后双方和解，余款已付清，申请执行人确认收到全部执行款，拟以执行完毕结案。",
               "car": "扣押车辆后被执行人筹款付清，车辆已解除扣押，拟以执行完毕结案。",
               "wage": "经查控无财产，已限消、纳失，约谈申请人同意终本，拟终结本次执行程序。"}[tale(c)]
    pen(s, boxes[19], opinion, rng, size=38)
    hand(s, boxes[19][2] - mm(52), boxes[19][3] - mm(11), f"{c.officer} {d.month}.{d.day}", rng, size=36, ink=PEN)
    pen(s, boxes[21], "同意。", rng, size=40)
    hand(s, boxes[21][2] - mm(52), boxes[21][3] - mm(11), c.judge, rng, size=36, ink=PEN)
    pen(s, boxes[23], "同意结案", rng, size=42, ink=(160, 30, 30))
    hand(s, boxes[23][2] - mm(52), boxes[23][3] - mm(11), person_name(rng), rng, size=36, ink=(160, 30, 30))
    footer(s, 1)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳申请执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "summons": "传票",
         "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（失信）", "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the ruled form, the served papers typed in, the receiver's signature and the date by hand."""
    to_applicant = served[0] in ("acceptance_notice", "payment_notice", "termination_this_round_ruling", "closing_notice")
    who = c.applicant if to_applicant else c.respondent
    signer = c.agent if to_applicant else (who.legal_rep or who.name)
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 4))
    s = Sheet()
    y = letterhead(s, "送达回证", "")
    w = s.width - LEFT - RIGHT
    cells = [["案号", ""], ["案由", ""], ["受送达人", ""], ["送达地址", ""], ["送达文书名称及件数", ""],
             ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", ""], ["送达人", ""], ["备考", ""]]
    heights = [mm(12), mm(12), mm(12), mm(16), mm(10) + mm(9) * len(served), mm(28), mm(14), mm(12), mm(12), mm(16)]
    boxes = ruled(s, LEFT, y, [mm(46), w - mm(46)], heights, cells, size=34)
    for k, v in [(1, c.number), (3, c.extra["cause"]), (5, who.name), (7, who.address), (15, "直接送达"),
                 (17, f"{c.officer}　{c.clerk}")]:
        typed_in(s, boxes[k], v, size=36)
    yy = boxes[9][1] + mm(5)
    for n in served:
        s.text(boxes[9][0] + 20, yy, f"{NAMES[n]}　壹份", song(38))
        yy += mm(9)
    bx = boxes[11]
    signature(s, bx[0] + mm(12), bx[1] + mm(6), signer, rng, ink=PEN)
    hand(s, bx[0] + mm(52), bx[1] + mm(20), f"{got.year}.{got.month}.{got.day}", rng, size=40, ink=PEN)
    if to_applicant:
        hand(s, boxes[19][0] + 16, boxes[19][1] + mm(6), "委托代理人代收", rng, size=36, ink=PEN)
    s.right(s.width - RIGHT - mm(6), boxes[-1][3] + mm(14), cn_date(last), song(40))
    seal(s, s.width - RIGHT - mm(32), boxes[-1][3] + mm(16), COURT, rng, radius=mm(19))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    done = made_on(c, code)
    w = s.width - LEFT - RIGHT
    if code == "dossier_cover":
        s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=8)
        s.box(mm(20), mm(20), s.width - mm(20), s.height - mm(20), width=2)
        s.centred(mm(46), COURT, song(64), spacing=10)
        s.centred(mm(70), "执　行　卷　宗", label(110), spacing=10)
        s.centred(mm(96), "（正　卷）", song(48))
        cells = [["案号", ""], ["案由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
                 ["立案日期", ""], ["结案日期", ""], ["结案方式", ""], ["执行员", ""], ["书记员", ""], ["归档日期", ""]]
        boxes = ruled(s, mm(32), mm(110), [mm(42), s.width - mm(64) - mm(42)], [mm(11)] * len(cells), cells, size=36)
        vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name,
                f"{c.basis_court}{c.basis_number}{basis_title(c)}", f"{c.amount:,.2f}元", num_date(c.filed_on),
                num_date(c.closed_on), "执行完毕", c.officer, c.clerk, num_date(done)]
        for k, v in enumerate(vals):
            typed_in(s, boxes[2 * k + 1], v, size=36)
        s.text(mm(34), s.height - mm(44), f"全宗号 J-0302　年度 {c.filed_on.year}　卷号 {c.number[-6:-1]}　保管期限 长期",
               song(38))
        s.text(mm(34), s.height - mm(34), f"本卷共　{rng.randint(52, 74)}　页", song(38))
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷　内　目　录", label(72), spacing=8)
        s.text(LEFT, TOP + 120, f"案号：{c.number}", song(38))
        items = ["卷宗封面", "卷内目录", "执行申请书", "民事判决书", "生效证明书", "财产线索提供表", "身份证明材料",
                 "授权委托书", "律师事务所函", "律师执业证复印件", "执行款收取账户确认书", "送达地址确认书", "缴费凭证",
                 "受理案件通知书、缴费通知书", "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书",
                 "协助执行通知书", "执行和解协议", "执行款发放凭证", "结案通知书", "结案审批表", "送达回证",
                 "卷宗复核表", "备考表"]
        rows = [["顺序号", "文件材料名称", "页号", "备注"]]
        p = 1
        for i, it in enumerate(items, 1):
            n = 1 if i <= 2 else rng.randint(1, 3)
            rows.append([str(i), it, str(p) if n == 1 else f"{p}-{p + n - 1}", ""])
            p += n
        ruled(s, LEFT - mm(8), TOP + 190, [mm(22), w + mm(16) - mm(22) - mm(26) - mm(22), mm(26), mm(22)],
              [mm(8.6)] * len(rows), rows, size=30)
        return [s]
    if code == "file_review_form":
        s.centred(TOP, COURT, song(48), spacing=6)
        s.centred(TOP + 80, "执行卷宗归档审查表", label(64), spacing=6)
        checks = ["执行依据、申请书及身份材料齐全", "执行通知书、报告财产令已送达", "财产查控记录完整",
                  "执行款收付凭证与结案金额相符", "结案审批手续完备", "卷内文件排列顺序、页码正确", "已去除金属物，装订牢固"]
        cells = [["案号", ""], ["审查项目", "审查结果"], *[[k, ""] for k in checks], ["审查意见", ""], ["审查人", ""]]
        heights = [mm(15), mm(13), *[mm(15)] * len(checks), mm(34), mm(16)]
        boxes = ruled(s, LEFT - mm(8), TOP + 200, [w * 0.64 + mm(16) * 0.64, w * 0.36 + mm(16) * 0.36], heights, cells, size=34)
        typed_in(s, boxes[1], c.number, size=34)
        for k in range(len(checks)):
            pen(s, boxes[5 + 2 * k], "√ 符合", rng, size=40)
        pen(s, boxes[5 + 2 * len(checks)], "材料齐全，同意归档。", rng, size=40)
        signature(s, boxes[-1][0] + mm(8), boxes[-1][1] + mm(3), person_name(rng), rng, ink=PEN)
        s.right(s.width - RIGHT, boxes[-1][3] + mm(12), num_date(done), song(38))
        return [s]
    s.centred(TOP, "卷　内　备　考　表", label(72), spacing=8)
    s.box(LEFT - mm(8), TOP + 140, s.width - RIGHT + mm(8), s.height - mm(36), width=3)
    s.text(LEFT, TOP + 180, "本卷情况说明：", label(40))
    hand(s, LEFT + mm(10), TOP + 260, f"本卷共计{rng.randint(52, 74)}页，执行款已全部发放，", rng, size=44, ink=PEN)
    hand(s, LEFT + mm(10), TOP + 340, "扣划、冻结措施已解除，无遗留事项。", rng, size=44, ink=PEN)
    for k, (role, who) in enumerate([("立卷人：", c.clerk), ("检查人：", person_name(rng))]):
        s.text(LEFT + mm(10), s.height - mm(110) + k * mm(22), role, song(42))
        signature(s, LEFT + mm(42), s.height - mm(112) + k * mm(22), who, rng, ink=PEN)
    s.text(LEFT + mm(10), s.height - mm(62), f"立卷时间：{num_date(done)}", song(42))
    return [s]

