"""court_dx (辽宁省锦州市古塔区人民法院, held out): the old centre of 锦州 — port trade, seafood plants, petrochemical
suppliers, used-car lots. Its own papers in the bureau's Ming-text style (court_dx_kit); what it receives in the
senders' styles (court_dx_papers). Many loose papers were scanned inside their plastic sheet protectors
(court_dx_capture)."""

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
from dossier.corpus.families.court_dx_kit import COURT, LEFT, RIGHT, TOP, Paper, grid
from dossier.corpus.families.court_dx_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
SEA_SEQ, WAGE_SEQ, CAR_SEQ = 41206, 41358, 41517
CPL = "《中华人民共和国民事诉讼法》"
DAYS = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 4, "property_report_order": 4,
        "online_inquiry_result": 6, "enforcement_ruling": 11, "assistance_notice": 11, "property_declaration_form": 14,
        "summons": 20, "investigation_record": 27, "settlement_agreement": 31, "payment_voucher": 44,
        "consumption_restriction_order": 36, "dishonest_list_decision": 36, "interview_record": 112,
        "termination_this_round_ruling": 122, "closing_notice": 66}


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code in ("file_review_form", "remarks_sheet", "dossier_cover", "catalogue"):
        return c.closed_on + timedelta(days=4)
    return c.day(DAYS.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """锦州 parties. SEA_SEQ: a seafood processor's judgment of this court for 冷冻虾仁 not paid for, against a 冷链
    trading company (paid after a freeze, archived); WAGE_SEQ: a laid-off worker's 劳动仲裁 award for unpaid wages
    and 经济补偿金 against a 石化配件 supplier with nothing left (终本); CAR_SEQ: a used-car buyer's judgment against
    a dealer who sold a car with a rolled-back odometer (paid; the 结案通知书 never put in the volume)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    tale = {SEA_SEQ: "sea", WAGE_SEQ: "wage", CAR_SEQ: "car"}[seq]
    c.extra["tale"] = tale
    c.firm = rng.choice(["辽宁锦天律师事务所", "辽宁笔架山律师事务所", "辽宁凌河律师事务所"])
    c.extra["firm_addr"] = f"锦州市古塔区{rng.choice(['北京路', '延安路', '士英街'])}{rng.randint(2, 5)}段{rng.randint(10, 99)}号"
    c.extra["licence"] = f"1210720{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["officer_no"] = f"210702{rng.randint(100, 999)}"
    c.extra["in_bank"] = rng.choice(["锦州银行古塔支行", "中国工商银行锦州分行营业部", "锦州农商银行古塔支行"])
    c.extra["in_acct"] = f"41010{rng.randint(10**10, 10**11 - 1)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    if tale == "sea":
        c.applicant = Party(f"锦州{rng.choice(['渤海湾', '小凌河', '海韵'])}水产食品有限公司", "organisation",
                            credit_code(rng, "210711"), f"辽宁省锦州市太和区{rng.choice(['女儿河', '汤河子'])}工业园"
                            f"{rng.randint(1, 40)}号", f"0416-51{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"锦州{rng.choice(['冰港', '鑫冷', '北港'])}冷链商贸有限公司", "organisation",
                             credit_code(rng, "210702"), f"辽宁省锦州市古塔区{rng.choice(['保安街', '天安街'])}"
                             f"{rng.randint(1, 90)}号", f"0416-26{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）辽0702民初{rng.randint(3000, 7999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = f"冷冻虾仁{rng.randint(18, 60)}吨"
        c.extra["r_bank"] = "锦州银行古塔支行"
        c.extra["r_acct"] = f"41010{rng.randint(10**10, 10**11 - 1)}"
    elif tale == "wage":
        born = date(rng.randint(1966, 1978), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "210702", born),
                            f"辽宁省锦州市古塔区{rng.choice(['石油街道', '站前街道'])}{rng.choice(['石化', '铁新'])}小区"
                            f"{rng.randint(1, 30)}-{rng.randint(1, 6)}-{rng.randint(1, 12)}",
                            f"139{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"锦州{rng.choice(['华锦', '凌海', '锦石'])}石化配件制造有限公司", "organisation",
                             credit_code(rng, "210781"), f"辽宁省凌海市{rng.choice(['大有', '金城'])}经济开发区"
                             f"{rng.randint(1, 30)}号", f"0416-81{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = "锦州市劳动人事争议仲裁委员会"
        c.basis_number = f"锦劳人仲案字〔2023〕第{rng.randint(100, 899)}号"
        c.extra["cause"] = "劳动争议"
        c.amount = Decimal(rng.randint(3800, 9600)) * 10
        c.extra["fee"] = Decimal(0)
        c.extra["months"] = rng.randint(7, 14)
    else:
        born = date(rng.randint(1975, 1996), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["210703", "210702"]), born),
                            f"辽宁省锦州市凌河区{rng.choice(['解放路', '中央大街'])}{rng.randint(1, 9)}段{rng.randint(1, 99)}号",
                            f"186{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "210702", born),
                             f"辽宁省锦州市古塔区{rng.choice(['重庆路', '上海路'])}{rng.randint(1, 9)}段{rng.randint(1, 99)}号",
                             f"135{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.basis_court = COURT
        c.basis_number = f"（2023）辽0702民初{rng.randint(3000, 7999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["car"] = rng.choice(["大众迈腾", "丰田凯美瑞", "本田雅阁"])
        c.extra["plate"] = f"辽G{rng.choice('ABCDK')}{rng.randint(1000, 9999)}"
        c.amount = Decimal(rng.randint(2600, 7800)) * 10
        c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
        c.extra["market"] = rng.choice(["锦州二手车交易市场", "锦州北方汽车城"])
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 95))
    c.extra["pay_day"] = c.day(rng.randint(40, 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def _who(p: Party, role: str) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地{p.address}。统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return (f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，"
            f"公民身份号码{p.id_number}。")


def _basis(c: CaseCtx) -> str:
    doc = "仲裁裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{doc}"


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.number)))]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    d = made_on(c, code)
    a, r = c.applicant, c.respondent
    due = money(c.amount)
    foot = f"锦州市古塔区人民法院执行局　地址：{c.court.address}　电话：{c.court.phone}"
    if code == "acceptance_notice":
        p = Paper("受理执行案件通知书", c.number)
        p.para(f"{a.name}：", indent=False)
        p.para(f"你（单位）于{num_date(c.filed_on)}提交的申请执行书及相关材料收悉。你（单位）申请执行{r.name}{c.extra['cause']}"
               f"一案，经审查，符合{CPL}第二百四十七条规定的受理条件，本院决定立案执行，案号为{c.number}。")
        p.para(f"本案执行标的：{due}。承办人：{c.officer}，联系电话：{c.court.phone}。")
        p.para("请你（单位）注意：一、如知悉被执行人的财产线索，应及时书面告知本院；二、你（单位）的送达地址、联系方式发生变化的，"
               "应及时告知本院；三、执行案件的进展可通过中国执行信息公开网或12368诉讼服务热线查询。")
        p.sign(d, rng)
        return p.finish(foot)
    if code == "payment_notice":
        p = Paper("交纳执行申请费通知书", c.number)
        p.para(f"{a.name}：", indent=False)
        fee = c.extra["fee"]
        if fee:
            p.para(f"你（单位）申请执行{r.name}一案，本院已立案执行。依照《诉讼费用交纳办法》第十条、第十四条的规定，本案申请执行费"
                   f"人民币{fee:,.2f}元，由被执行人负担，执行中一并收取，你（单位）可暂不预交。")
        else:
            p.para(f"你申请执行{r.name}劳动争议仲裁裁决一案，本院已立案执行。依照《诉讼费用交纳办法》第八条之规定，劳动争议案件"
                   "免交申请执行费，特此通知。")
        p.para(f"如需交费，请至本院诉讼服务中心或通过{c.extra['in_bank']}代收窗口交纳，注明案号。")
        p.sign(d, rng)
        return p.finish(foot)
    if code in ("enforcement_notice", "property_report_order"):
        title = "执行通知书" if code == "enforcement_notice" else "报告财产令"
        p = Paper(title, c.number)
        p.para(f"{r.name}：", indent=False)
        if code == "enforcement_notice":
            p.para(f"{a.name}与你（单位）{c.extra['cause']}一案，{_basis(c)}已经发生法律效力。{a.name}于{num_date(c.filed_on)}"
                   f"向本院申请强制执行，本院依法立案。依照{CPL}第二百五十一条、第二百六十条之规定，责令你（单位）自收到本通知之日起"
                   f"三日内履行下列义务：")
            p.para(f"一、给付{a.name}{due}；")
            p.para("二、加倍支付迟延履行期间的债务利息（自判决、裁决确定的履行期间届满之日起计算）；")
            p.para("三、负担申请执行费及执行中实际支出的费用。")
            p.para("逾期不履行的，本院将依法强制执行，并可依法对你（单位）采取限制消费、纳入失信被执行人名单等措施。")
        else:
            p.para(f"本院在执行{a.name}申请执行你（单位）{c.extra['cause']}一案中，依照{CPL}第二百五十二条及《最高人民法院关于民事"
                   "执行中财产调查若干问题的规定》第三条、第五条之规定，责令你（单位）在收到本令后五日内，如实向本院报告当前以及"
                   "收到执行通知之日前一年的财产情况（附《被执行人财产申报表》）。")
            p.para("应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                   "产品、原材料等动产；债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；其他应当报告的财产。")
            p.para("拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")
        p.sign(d, rng)
        return p.finish(foot)
    if code in ("enforcement_ruling", "termination_this_round_ruling"):
        p = Paper("执行裁定书", c.number)
        p.lines([_who(a, "申请执行人"), _who(r, "被执行人")])
        p.gap(10)
        if code == "enforcement_ruling":
            p.para(f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，{_basis(c)}已发生法律效力，被执行人未按执行通知履行"
                   f"义务。依照{CPL}第二百五十三条、第二百五十四条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》"
                   "第一条之规定，裁定如下：")
            if c.extra["tale"] == "sea":
                p.para(f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{due}，"
                       "或查封、扣押其相应价值的财产。")
            elif c.extra["tale"] == "car":
                p.para(f"查封、扣押被执行人{r.name}名下车牌号为{c.extra['plate']}的机动车一辆；冻结、划拨其银行存款{due}。")
            else:
                p.para(f"冻结、划拨被执行人{r.name}的银行存款{due}，或查封、扣押、拍卖、变卖其相应价值的财产。")
            p.para("本裁定立即执行。")
        else:
            p.para(f"本院在执行{a.name}申请执行{r.name}劳动争议一案中，{_basis(c)}确定被执行人支付申请执行人拖欠工资及经济补偿金"
                   f"共计{due}。执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统对其银行存款、车辆、"
                   "不动产、证券、网络资金等进行查询，并至其住所地及凌海市市场监督管理局调查，未发现可供执行的财产；被执行人"
                   "厂区已停产，设备已被他案查封。本院已对被执行人发出限制消费令，并将其纳入失信被执行人名单。")
            p.para(f"申请执行人{a.name}于{num_date(made_on(c, 'interview_record'))}到院接受约谈，知悉本案财产调查情况，同意"
                   "终结本次执行程序。本院认为，被执行人确无财产可供执行，依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的"
                   "解释》第五百一十七条之规定，裁定如下：")
            p.para("终结本次执行程序。")
            p.para("申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。")
            p.para("本裁定送达后立即生效。")
        p.sign(d, rng, _staff(c), clerk=c.clerk)
        return p.finish()
    if code == "assistance_notice":
        p = Paper("协助执行通知书", c.number)
        if c.extra["tale"] == "car":
            to, what = "锦州市公安局交通警察支队车辆管理所", f"查封被执行人{r.name}名下车牌号{c.extra['plate']}（{c.extra['car']}）的机动车，" \
                "查封期间不得办理过户、抵押登记手续。"
        else:
            to = c.extra.get("r_bank", "锦州银行古塔支行")
            what = f"冻结并扣划被执行人{r.name}在你行开立的账户（账号{c.extra.get('r_acct', '')}）内存款{due}，划至本院执行款专户。"
        p.para(f"{to}：", indent=False)
        p.para(f"关于{a.name}申请执行{r.name}{c.extra['cause']}一案，本院{c.number}执行裁定书已发生法律效力。依照{CPL}第二百四十九条、"
               f"第二百五十四条之规定，请协助执行下列事项：")
        p.para(what)
        p.para("附：执行裁定书一份。")
        p.sign(d, rng)
        p.para(f"经办人：{c.officer}　{c.clerk}　执行公务证号：{c.extra['officer_no']}", indent=False, f=font("ming", 32))
        return p.finish(foot)
    if code == "closing_notice":
        p = Paper("结案通知书", c.number)
        p.para(f"{a.name}：", indent=False)
        p.para(f"你（单位）申请执行{r.name}{c.extra['cause']}一案，执行标的{due}。执行中，被执行人已于{num_date(c.extra['pay_day'])}"
               "将执行款全部交付本院，本院已发放给你（单位）。本案已执行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
               "第十五条之规定，本案以执行完毕方式结案。")
        p.para("特此通知。")
        p.sign(d, rng)
        return p.finish(foot)
    if code == "summons":
        return _summons(c, rng, d)
    if code in ("consumption_restriction_order", "dishonest_list_decision"):
        if code == "consumption_restriction_order":
            p = Paper("限制消费令", c.number)
            p.para(f"被执行人：{r.name}，法定代表人：{r.legal_rep}。", indent=False)
            p.para(f"本院于{num_date(c.filed_on)}立案执行{a.name}申请执行{r.name}劳动争议一案。因你单位未按执行通知书指定的期间履行"
                   f"生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条之规定，"
                   f"对你单位及你单位法定代表人{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为：")
            for i, t in enumerate(["乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；",
                                   "在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；",
                                   "购买不动产或者新建、扩建、高档装修房屋；", "租赁高档写字楼、宾馆、公寓等场所办公；",
                                   "购买非经营必需车辆；", "旅游、度假；", "子女就读高收费私立学校；",
                                   "支付高额保费购买保险理财产品；", "乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"], 1):
                p.para(f"（{'一二三四五六七八九'[i - 1]}）{t}", indent=True)
            p.para("如违反本限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。")
        else:
            p = Paper("决定书", c.number)
            p.para(_who(r, "被执行人"), indent=False)
            p.para(f"本院在执行{a.name}申请执行{r.name}劳动争议一案中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且违反"
                   "财产报告制度。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项之规定，"
                   "决定如下：")
            p.para(f"将{r.name}纳入失信被执行人名单，纳入期限二年。")
            p.para("被执行人认为有错误的，可以向本院申请纠正。本决定一经作出即生效。")
        p.sign(d, rng, [("院　长", person_name(random.Random(c.number + "x")))] if code == "dishonest_list_decision" else ())
        return p.finish(foot)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 56), spacing=4)
    s.centred(TOP + 90, "传　　票", font("hei", 70), spacing=10)
    s.right(s.width - RIGHT, TOP + 190, c.number, font("ming", 36))
    f = font("ming", 38)
    w = s.width - LEFT - RIGHT
    r = c.respondent
    when = d + timedelta(days=6)
    rows = [["案　　由", "劳动争议执行" if c.extra["tale"] == "wage" else f"{c.extra['cause']}执行"],
            ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）" if r.kind == "organisation" else r.name],
            ["工作单位或住址", r.address], ["传唤事由", "接受询问，如实报告财产情况"],
            ["应到时间", f"{when.year}年{when.month}月{when.day}日上午9时00分"],
            ["应到处所", "本院执行局第三谈话室（中央大街66号）"],
            ["注意事项", "一、被传唤人必须准时到达应到处所；二、本票由被传唤人携带来院报到；三、被传唤人收到传票后，应在送达回证"
                     "上签名或盖章；四、经两次传票传唤，无正当理由拒不到场的，可以拘传。"]]
    y = grid(s, LEFT, TOP + 250, [w * 0.26, w * 0.74], rows, f, heights=[100, 100, 130, 100, 100, 100, 300])
    y += 70
    dx = s.right(s.width - RIGHT - mm(10), y, cn_date(d), f)
    seal(s, dx + mm(20), y, COURT.removeprefix("辽宁省"), rng)
    s.text(LEFT, y + 120, f"审判员　{c.officer}　　书记员　{c.clerk}", f)
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A 笔录 on the bureau's ruled record paper: the header fields in a box, then 问/答 written by the clerk."""
    a, r = c.applicant, c.respondent
    title = "调 查 笔 录" if code == "investigation_record" else "谈 话 笔 录"
    s = Sheet()
    sheets = [s]
    s.centred(TOP - 20, title, font("hei", 64), spacing=8)
    f = font("ming", 34)
    place = "凌海市大有经济开发区被执行人厂区" if code == "investigation_record" and c.extra["tale"] == "wage" else "本院执行局谈话室"
    who = (f"{r.legal_rep}（被执行人法定代表人）" if r.kind == "organisation" else r.name) if code == "investigation_record" \
        else f"{a.name}（申请执行人）" if a.kind == "person" else f"{c.agent}（申请执行人委托代理人）"
    w = s.width - LEFT - RIGHT
    y = grid(s, LEFT, TOP + 80, [w * 0.18, w * 0.32, w * 0.18, w * 0.32],
             [["时　间", f"{num_date(d)} 9时30分至10时20分", "地　点", place],
              ["调查人" if code == "investigation_record" else "谈话人", c.officer, "记录人", c.clerk],
              ["被询问人" if code == "investigation_record" else "谈话对象", who], ["案　号", c.number]],
             f, heights=[95, 80, 80, 80], heavy=3)
    y += 40
    if code == "investigation_record":
        qa = [("我们是古塔区人民法院执行人员，向你出示执行公务证，现依法对你进行调查，你应如实回答，否则承担法律责任，听清楚了吗？", "听清楚了。"),
              ("你公司为什么不履行仲裁裁决确定的义务？", "公司从去年下半年就停产了，上游石化厂的订单没了，工人都放假了，账上没钱。"),
              ("公司现有哪些财产？", "厂房是租的，设备早先抵押给银行了，已经被别的法院查封，没有其他财产。"),
              ("公司有无对外债权？", "有几家单位欠点货款，都要不回来，我回去把材料整理给你们。"),
              ("你有何还款打算？", "等厂子能重新开工，先还工人的工资。"), ("还有其他补充吗？", "没有了。")]
    else:
        qa = [("今天约你来，是告知本案执行情况。本院通过网络查控系统及实地调查，未发现被执行人有可供执行的财产，已对其限制消费并"
               "纳入失信名单，你是否清楚？", "清楚。"),
              ("你能否提供被执行人其他财产线索？", "提供不了，厂子已经关门了，老板也找不着钱。"),
              ("本院拟对本案终结本次执行程序，终本后发现财产可以申请恢复执行，你有何意见？", "同意，有线索我再来找法院。"),
              ("以上笔录你看一下，是否属实？", "属实。")]
    bf = font("kai", 40)
    lh = 62
    width = s.width - LEFT - RIGHT
    for q, ans in qa:
        for tag, text in (("问：", q), ("答：", ans)):
            for part in wrap(tag + text, bf, width):
                if y > mm(262):
                    s = Sheet()
                    sheets.append(s)
                    y = TOP
                s.text(LEFT, y, part, bf)
                y += lh
    y += 30
    if y > mm(250):
        s = Sheet()
        sheets.append(s)
        y = TOP
    name = who.split("（")[0]
    hand(s, LEFT + mm(4), y, "以上笔录我看过，和我说的一样。", rng, size=44)
    signature(s, s.width - RIGHT - mm(60), y + 60, name, rng)
    s.text(s.width - RIGHT - mm(80), y + 150, f"{d.year}.{d.month}.{d.day}", f)
    for i, sh in enumerate(sheets, 1):
        sh.text(sh.width - RIGHT - mm(40), mm(284), f"第 {i} 页", font("sans", 26), record=len(sheets) > 1)
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
        hand(sh, sh.width - RIGHT - mm(30), mm(274), name, rng, size=32, record=False)
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 52), spacing=4)
    s.centred(TOP + 84, "执行案件结案审批表", font("hei", 58), spacing=6)
    f = font("ming", 34)
    w = s.width - LEFT - RIGHT
    method = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, "终结执行")
    y = grid(s, LEFT, TOP + 180, [w * 0.2, w * 0.3, w * 0.2, w * 0.3],
             [["案　号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
              ["执行依据", _basis(c)], ["执行标的", money(c.amount)], ["结案方式", method, "到位金额",
                                                                          f"{c.amount:,.2f}元" if c.method == "fully_performed" else "0元"],
              ["承办人意见", ""], ["执行局长意见", ""], ["备　注", ""]],
             f, heights=[80, 80, 100, 90, 80, 420, 280, 120])
    opinion = ("被执行人已全部履行，执行款已发放，建议以执行完毕结案。" if c.method == "fully_performed" else
               "经网络查控及实地调查，被执行人无财产可供执行，已限高、纳入失信，约谈申请人同意，建议终结本次执行程序。")
    top = y - 120 - 280 - 420
    xx = LEFT + w * 0.2 + 16
    lines = [opinion[i:i + 22] for i in range(0, len(opinion), 22)]
    yy = top + 30
    for t in lines:
        hand(s, xx, yy, t, rng, size=40, ink=BLUE_INK)
        yy += 64
    signature(s, LEFT + w * 0.62, top + 300, c.officer, rng)
    s.text(LEFT + w * 0.8, top + 360, f"{d.month}月{d.day}日", f, record=False)
    hand(s, xx, top + 420 + 40, "同意。", rng, size=46)
    signature(s, LEFT + w * 0.62, top + 420 + 150, person_name(random.Random(c.number + "chief")), rng)
    hand(s, LEFT + w * 0.8, top + 420 + 215, f"{(d + timedelta(days=1)).month}.{(d + timedelta(days=1)).day}", rng, size=36)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信名单）",
             "closing_notice": "结案通知书", "payment_notice": "交纳执行申请费通知书", "summons": "传票"}
    last = max((made_on(c, x) for x in served), default=c.filed_on)
    got = last + timedelta(days=rng.randint(1, 4))
    to = c.applicant if served == ["acceptance_notice"] or served == ["closing_notice"] else c.respondent
    if served == ["termination_this_round_ruling"]:
        to = c.applicant
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 54), spacing=4)
    s.centred(TOP + 88, "送 达 回 证", font("hei", 66), spacing=10)
    f = font("ming", 36)
    w = s.width - LEFT - RIGHT
    docs = "、".join(names.get(x, x) for x in served)
    addr = to.address
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["受送达人", to.name], ["送达地址", addr],
            ["送达文书名称及件数", f"{docs}　各一份"], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达人", f"{c.officer}　{c.clerk}"], ["备　　注", "直接送达"]]
    y0 = TOP + 200
    grid(s, LEFT, y0, [w * 0.3, w * 0.7], rows, f, heights=[90, 90, 90, 110, 150, 200, 100, 110, 90, 90])
    sig_y = y0 + 90 * 3 + 110 + 150
    who = to.legal_rep if to.kind == "organisation" else to.name
    signature(s, LEFT + w * 0.36, sig_y + 50, who, rng)
    if to.kind == "organisation":
        seal(s, LEFT + w * 0.78, sig_y + 100, to.name, rng, radius=mm(17))
    date_y = sig_y + 200
    hand(s, LEFT + w * 0.34, date_y + 26, num_date(got), rng, size=40, record=False)
    s.lines.append(num_date(got))
    s.text(LEFT, mm(262), "注：受送达人拒绝签收的，送达人应在备注栏注明情况并由见证人签名。", font("ming", 28))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    d = made_on(c, code)
    s = Sheet()
    f = font("ming", 38)
    w = s.width - LEFT - RIGHT
    keep = "永久" if c.method == "terminated_this_round" else "长期"
    if code == "dossier_cover":
        s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=6)
        s.box(mm(22), mm(22), s.width - mm(22), s.height - mm(22), width=2)
        s.centred(mm(45), COURT, font("serif_bold", 66), spacing=6)
        s.centred(mm(68), "执 行 案 卷", font("hei", 96), spacing=24)
        s.right(s.width - mm(40), mm(96), "卷　共　1　卷　第　1　卷", f)
        rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行依据", _basis(c)],
                ["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
                ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", num_date(d)], ["保管期限", keep]]
        grid(s, mm(35), mm(110), [w * 0.28, w * 0.72 + mm(-14)], rows, f, heights=95)
        s.centred(mm(262), "全宗号　　　　　目录号　　　　　案卷号", font("ming", 34))
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷 内 文 件 目 录", font("hei", 64), spacing=8)
        s.text(LEFT, TOP + 100, f"案号：{c.number}", f)
        rows = [["序号", "文件名称", "页号", "备注"]]
        page = 3
        for i, (t, n) in enumerate(CATALOGUE, 1):
            rows.append([str(i), t, str(page) if n == 1 else f"{page}-{page + n - 1}", ""])
            page += n
        grid(s, LEFT, TOP + 170, [w * 0.1, w * 0.64, w * 0.13, w * 0.13], rows, font("ming", 32),
             heights=[72] + [min(60.0, (mm(268) - TOP - 250) / max(1, len(rows) - 1))] * (len(rows) - 1))
        return [s]
    if code == "file_review_form":
        s.centred(TOP, COURT, font("serif_bold", 52), spacing=4)
        s.centred(TOP + 84, "执行案卷归档复核表", font("hei", 58), spacing=6)
        rows = [["案　号", c.number], ["承办人", c.officer], ["文书是否齐全", ""], ["装订是否规范", ""],
                ["送达回证是否完备", ""], ["复核意见", ""], ["复核人", ""], ["复核日期", ""]]
        y0 = TOP + 190
        grid(s, LEFT, y0, [w * 0.3, w * 0.7], rows, f, heights=[90, 90, 90, 90, 90, 260, 100, 100])
        for i, t in enumerate(["齐全", "规范", "完备"]):
            hand(s, LEFT + w * 0.34, y0 + 180 + 90 * i + 20, f"✓ {t}", rng, size=40)
        hand(s, LEFT + w * 0.34, y0 + 450 + 40, "经复核，卷内文书齐全，同意归档。", rng, size=42)
        signature(s, LEFT + w * 0.34, y0 + 710 + 14, person_name(random.Random(c.number + "rev")), rng)
        hand(s, LEFT + w * 0.34, y0 + 810 + 20, num_date(d), rng, size=40)
        return [s]
    # remarks_sheet
    s.centred(TOP, "卷 内 备 考 表", font("hei", 64), spacing=8)
    s.text(LEFT, TOP + 110, f"案号：{c.number}", f)
    y = TOP + 180
    s.box(LEFT, y, s.width - RIGHT, mm(250), width=3)
    s.text(LEFT + 20, y + 20, "本卷情况说明：", f)
    hand(s, LEFT + 60, y + 100, "本卷共计文书材料若干件，已按顺序编号装订，", rng, size=42)
    hand(s, LEFT + 60, y + 170, "无缺页、无涂改，部分散页装于透明文件袋内扫描。", rng, size=42)
    s.text(LEFT + w * 0.5, mm(225), "立卷人：", f)
    signature(s, LEFT + w * 0.5 + mm(25), mm(222), c.clerk, rng)
    s.text(LEFT + w * 0.5, mm(238), "检查人：", f)
    signature(s, LEFT + w * 0.5 + mm(25), mm(235), c.officer, rng)
    s.text(LEFT + 20, mm(244), f"立卷时间：{num_date(d)}", f)
    return [s]


CATALOGUE = [("申请执行书", 1), ("民事判决书", 3), ("生效证明书", 1), ("财产线索登记表", 1), ("诉讼费收据", 1),
             ("身份证明材料", 2), ("授权委托书、律师事务所函、律师执业证", 3), ("收取执行款账户确认书", 1),
             ("送达地址确认书", 1), ("受理执行案件通知书", 1), ("交纳执行申请费通知书", 1), ("执行通知书", 1),
             ("报告财产令", 1), ("被执行人财产申报表", 1), ("网络查控结果", 2), ("执行裁定书", 1), ("协助执行通知书", 1),
             ("执行和解协议", 1), ("执行款发放凭证", 1), ("结案通知书", 1), ("结案审批表", 1), ("送达回证", 3),
             ("归档复核表", 1), ("备考表", 1)]
"""the volume's list of papers (a clerk's list, page numbers as stamped in the corner)"""
