"""court_fw (湖南省郴州市北湖区人民法院, held out): 郴州, the 林邑 between 苏仙岭 and 北湖 — 东江鱼 from 资兴's lake, 临武鸭,
the silver and lead of the 有色金属 trade, 莽山 up the road in 宜章. Its own papers come out of the e-signature
platform, printed with a coloured band, a left-aligned title, a blue 电子签章 and the vertical verification strip
(court_fw_kit); what the bureau receives keeps its senders' styles (court_fw_papers). The volumes went through the
bureau's colour sheet-fed scanner (court_fw_capture)."""

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
from dossier.corpus.draw import Sheet, mm, wrap
from dossier.corpus.families.court_fw_kit import (
    COURT,
    LEFT,
    RIGHT,
    Pages,
    band,
    eseal,
    finish,
    form_head,
    gel,
    grid,
    paper,
    sans,
    serif,
)
from dossier.corpus.families.court_fw_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
FISH_SEQ, RESORT_SEQ, METAL_SEQ = 11418, 11652, 11739
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 2, "property_declaration_form": 12, "enforcement_ruling": 9, "assistance_notice": 9,
        "summons": 24, "investigation_record": 31, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "settlement_agreement": 33, "payment_voucher": 44}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -4, "catalogue": -5, "remarks_sheet": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""
NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "纳入失信被执行人名单决定书", "closing_notice": "结案通知书", "summons": "传票"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """郴州 parties. FISH_SEQ: a 资兴 东江湖 fishery that also sells 临武鸭 wins this court's own judgment against a
    restaurant chain of 北湖区, which pays once an account is frozen; RESORT_SEQ: a 宜章 contractor who built the
    plank walks of a 莽山 resort holds an award of 郴州仲裁委员会 against the resort's operator, which has nothing
    left; METAL_SEQ: a 有色金属 trader won on appeal at 郴州市中级人民法院 (first instance 苏仙区法院) against a
    smelting works in 北湖区, which settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {FISH_SEQ: "fish", RESORT_SEQ: "resort", METAL_SEQ: "metal"}[seq]
    c.firm = rng.choice(["湖南福城律师事务所", "湖南林邑律师事务所", "湖南苏仙岭律师事务所"])
    c.extra["firm_addr"] = f"郴州市北湖区{rng.choice(['国庆南路', '人民西路', '五岭大道'])}{rng.randint(10, 399)}号" \
                           f"{rng.choice(['金源大厦', '华泰城', '万华广场'])}{rng.randint(5, 22)}楼"
    c.extra["licence"] = f"1431020{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["湖南郴州农村商业银行股份有限公司北湖支行", "中国建设银行郴州分行营业部", "湖南银行郴州分行"])
    c.extra["in_acct"] = f"{rng.choice(['8201', '4300', '6214'])}{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"4310{rng.randint(1000, 9999)}"
    street = rng.choice(["北湖街道", "人民路街道", "燕泉街道", "郴江街道", "下湄桥街道"])
    if tale(c) == "fish":
        c.applicant = Party(f"资兴市{rng.choice(['东江湖', '小东江', '雾漫'])}生态渔业有限公司", "organisation",
                            credit_code(rng, "431081"), f"湖南省资兴市{rng.choice(['东江街道', '清江镇', '黄草镇'])}"
                            f"{rng.choice(['滨湖', '鲤鱼', '龙溪'])}村{rng.randint(1, 15)}组", f"0735-33{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"郴州{rng.choice(['林邑', '福城', '湘南'])}鱼馆餐饮连锁管理有限公司", "organisation",
                             credit_code(rng, "431002"), f"湖南省郴州市北湖区{street}{rng.choice(['燕泉路', '国庆北路', '青年大道'])}"
                             f"{rng.randint(10, 300)}号", f"0735-22{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）湘1002民初{rng.randint(3000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 75))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = "东江鱼（鲜鱼、鱼干）及临武鸭"
        c.amount = Decimal(rng.randint(2600, 6800)) * 100 + Decimal(rng.randint(1, 99)) / 100
        c.extra["r_bank"] = rng.choice(["中国工商银行郴州北湖支行", "湖南郴州农村商业银行股份有限公司燕泉支行"])
        c.extra["r_acct"] = f"1912{rng.randint(10**14, 10**15 - 1)}"
        c.extra["stores"] = rng.randint(4, 9)
    elif tale(c) == "resort":
        born = date(rng.randint(1968, 1986), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "431022", born),
                            f"湖南省宜章县{rng.choice(['莽山瑶族乡', '天塘镇', '长村乡'])}{rng.choice(['东山', '黄家塝', '钟家'])}村"
                            f"{rng.randint(1, 12)}组", f"138{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"郴州{rng.choice(['莽山云居', '五指峰', '将军寨'])}旅游度假开发有限公司", "organisation",
                             credit_code(rng, "431002"), f"湖南省郴州市北湖区{street}{rng.choice(['南岭大道', '北湖路'])}"
                             f"{rng.randint(10, 300)}号{rng.randint(2, 18)}楼", f"0735-28{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "郴州仲裁委员会"
        c.basis_number = f"（2023）郴仲裁字第{rng.randint(120, 980)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "建设工程施工合同纠纷"
        c.extra["works"] = rng.choice(["观景栈道及游步道", "玻璃观景台及木栈道", "民宿区护坡及游步道"])
        c.amount = Decimal(rng.randint(3200, 9600)) * 100
    else:
        c.applicant = Party(f"郴州市{rng.choice(['银都', '有色', '金银'])}{rng.choice(['金属', '矿产品'])}贸易有限公司",
                            "organisation", credit_code(rng, rng.choice(["431003", "431023"])),
                            f"湖南省郴州市苏仙区{rng.choice(['白露塘镇', '良田镇', '观山洞街道'])}有色金属产业园{rng.randint(1, 60)}栋",
                            f"0735-26{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"郴州市北湖区{rng.choice(['鑫旺', '华塘', '金鹏', '宏达'])}有色金属冶炼厂", "organisation",
                             credit_code(rng, "431002"), f"湖南省郴州市北湖区{rng.choice(['华塘镇', '石盖塘街道'])}"
                             f"{rng.choice(['吴山', '塘溪', '石盖塘'])}村工业小区{rng.randint(1, 30)}号",
                             f"0735-27{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "湖南省郴州市中级人民法院"
        c.basis_number = f"（2023）湘10民终{rng.randint(1200, 4800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
        c.extra["first_court"] = "湖南省郴州市苏仙区人民法院"
        c.extra["first_number"] = f"（2023）湘1003民初{rng.randint(800, 3999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = rng.choice(["铅精矿", "含银铅精矿", "粗铅"])
        c.extra["tons"] = rng.randint(30, 95)
        c.amount = Decimal(rng.randint(4800, 18000)) * 100
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(40, 46))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000; 1.5 % of 10,000–500,000; 1 % above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    kind = {"fish": "民事判决书", "resort": "裁决书", "metal": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        rep = "投资人" if p.name.endswith("冶炼厂") else "法定代表人"
        return [("h", f"{role}：{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}。"),
                ("h", f"{rep}：{p.legal_rep}。")]
    born = p.born or date(1975, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra.setdefault("third", person_name(rng))),
             ("书记员", c.clerk)]
    if code == "acceptance_notice":
        via = ("经湖南省郴州市中级人民法院批准，由本院管辖。" if tale(c) == "resort" else "")
        return paper(c, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你（单位）提交的强制执行申请书及相关材料已收悉。你（单位）申请执行{basis_title(c)}一案，{via}经审查，"
                  f"符合受理条件，本院于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案承办人：执行员{c.officer}；书记员{c.clerk}；联系电话{c.court.phone}。"),
            ("p", "请你（单位）在执行期间保持通讯畅通；发现被执行人财产线索的，可通过“湖南移动微法院”或到本院诉讼服务中心"
                  "提交。案件节点信息将以短信推送至你（单位）登记的手机号码。"),
        ], day=d, key=code)
    if code == "payment_notice":
        return paper(c, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"{case}，本院已立案执行。依照《诉讼费用交纳办法》第十四条第（一）项的规定，本案申请执行费为人民币"
                  f"{c.extra['fee']}元，由被执行人负担，申请执行人可以预交。"),
            ("p", "请于收到本通知之日起七日内通过湖南省非税收入电子缴款系统扫码缴纳，缴款后凭电子票据到诉讼服务中心核销。"),
        ], day=d, key=code)
    if code == "enforcement_notice":
        return paper(c, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  "第二百六十四条的规定，责令" + _you(r) + "自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、支付{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], day=d, key=code, signers=staff)
    if code == "property_report_order":
        return paper(c, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条"
                  "至第十条的规定，责令" + _you(r) + "在收到本令后五日内，向本院如实报告当前以及收到执行通知之日前一年的财产"
                  "情况，并填写随附的财产申报表。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], day=d, key=code, signers=staff)
    if code == "enforcement_ruling":
        if tale(c) == "fish":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}。"
        elif tale(c) == "resort":
            order = f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}，或者查封、扣押其同等价值的其他财产。"
        else:
            order = (f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}；查封其厂区内的{c.extra['goods']}存货及冶炼设备，"
                     "以上述金额为限。")
        return paper(c, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院在执行{case}中，因被执行人未按执行通知履行生效法律文书确定的义务。依照{LAW}第二百五十三条、第二百五十四条"
                  "的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, key=code, signers=bench)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank") or rng.choice(["中国农业银行郴州北湖支行", "湖南银行郴州分行"])
        return paper(c, "协助执行通知书", [
            ("to", f"{bank}："),
            ("p", f"本院执行的{case}，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"冻结并划拨被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的账户"
                  f"{('（账号' + str(c.extra['r_acct']) + '）') if 'r_acct' in c.extra else ''}内的存款，以{money(c.amount)}为限，"
                  "划至本院执行款专户。"),
            ("n", f"附：{c.number}执行裁定书一份。经办人：{c.officer}（执法证号{c.extra['badge']}）、{c.clerk}。本通知书经网络执行查控系统"
                  "同步推送，纸质件随卷存档。"),
        ], day=d, key=code, number=c.number.replace("号", "号之一"))
    if code == "closing_notice":
        how = ("本院冻结被执行人账户后，被执行人将全部款项交至本院执行款专户" if tale(c) == "fish"
               else f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议全部履行")
        return paper(c, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，案款已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}发放至你单位确认的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，"
                  "本案以执行完毕方式结案。"),
        ], day=d, key=code)
    if code == "termination_this_round_ruling":
        return paper(c, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院在执行{case}中，{c.basis_court}作出的{c.basis_number}裁决书已经发生法律效力，被执行人未履行支付工程款"
                  f"{money(c.amount)}的义务。"),
            ("p", "执行中，本院向被执行人发出执行通知书、报告财产令，被执行人未报告财产；通过网络执行查控系统查询被执行人的存款、"
                  "车辆、不动产、证券、网络资金、股权等，未发现可供执行的财产；到被执行人住所地及其经营的度假区实地调查，度假区已"
                  "停业，设施系租赁集体土地所建且已被抵押；本院已对被执行人及其法定代表人" + r.legal_rep +
                  "发出限制消费令，并将被执行人纳入失信被执行人名单。申请执行人经约谈，暂不能提供其他财产线索。"),
            ("p", "本院认为，被执行人暂无财产可供执行，本案符合终结本次执行程序的条件。依照《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, key=code, signers=bench)
    if code == "consumption_restriction_order":
        return paper(c, "限制消费令", [
            ("to", f"被执行人：{r.name}，统一社会信用代码{r.id_number}；法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因{_you(r)}未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你单位及你单位的法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, key=code)
    if code == "dishonest_list_decision":
        return paper(c, "决定书", [
            *party_lines("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且拒不报告财产。依照{LAW}第二百六十六条"
                  "和《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人对本决定不服的，可以向本院申请纠正。"),
            ("n", "（纳入失信被执行人名单决定书）"),
        ], day=d, key=code, number=c.number.replace("号", "号之二"))
    if code == "summons":
        return _summons(c, d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _summons(c: CaseCtx, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "传票", c.number)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
            ["住所地", r.address], ["传唤事由", "到庭接受执行询问，报告财产情况，说明未履行生效法律文书的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　上午9时"], ["应到处所", "本院执行指挥中心一楼询问室"]]
    y = grid(s, LEFT, y, [mm(34), w - mm(34)], rows, serif(36), heights=mm(17))[-1][3] + mm(8)
    for t in ["注意事项：", "一、被传唤人应携带本传票及身份证明准时到达。",
              "二、无正当理由拒不到场的，本院可依法拘传。", "三、可扫描右侧二维码查看案件信息或预约改期。"]:
        s.text(LEFT, y, t, serif(34))
        y += 54
    y += 50
    xr = s.width - RIGHT - mm(8)
    s.right(xr, y, COURT, serif(40))
    s.right(xr, y + 70, cn_date(d), serif(40))
    eseal(s, xr - mm(30), y + 80, COURT)
    s.text(LEFT, y + 200, f"执行员：{c.officer}　书记员：{c.clerk}　电话：{c.court.phone}", serif(34))
    return finish([s], c, "summons")


QA = {
    "investigation_record": [
        ("问", "我们是北湖区人民法院执行局的工作人员，这是我们的执法证。今天到度假区现场调查被执行人的财产情况，请你如实回答。"),
        ("答", "好的。"),
        ("问", "你是什么身份？"),
        ("答", "我是村里的会计，度假区用的地是我们村集体的，租给他们公司二十年。"),
        ("问", "度假区现在的经营情况？"),
        ("答", "前年底就停业了，客房、餐厅都关着，员工早就散了，只留了一个看门的。"),
        ("问", "度假区里的房屋、设备归谁所有？"),
        ("答", "房子是他们在租的地上盖的，没有办产权证，听说已经抵押给了放贷的公司；空调、床这些值钱的去年被供货商拉走抵账了。"),
        ("问", "被执行人欠你们村租金吗？"),
        ("答", "欠了两年租金，村里也在起诉。"),
        ("问", "据你所知，被执行人还有其他财产或者车辆吗？"),
        ("答", "不清楚，有一台旅游大巴早就卖了。"),
        ("问", "以上记录是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是向你告知本案的执行情况，听取你对终结本次执行程序的意见。你对执行人员有无回避申请？"),
        ("答", "没有。"),
        ("问", "本院已通过网络执行查控系统查询被执行人的银行存款、不动产、车辆、证券、网络资金、股权，均未发现可供执行的财产；"
               "实地调查，度假区已停业，地上建筑无产权且已设定抵押。你对上述查控结果有无异议？"),
        ("答", "没有异议，我去山上看过，确实关门了。"),
        ("问", "你能否提供被执行人的其他财产线索？"),
        ("答", "我之前提供的那个银行账户你们也查了，现在提供不出新的线索。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。因目前未发现可供执行的财产，本院拟对本案"
               "终结本次执行程序，你有何意见？"),
        ("答", "同意终本。以后发现他们有财产，我再申请恢复执行。"),
        ("问", "终本后，你发现财产可以随时申请恢复执行，不受申请执行时效的限制；本院也会每六个月通过网络查控系统查询一次。"
               "还有什么要补充的吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """The platform's 笔录 form: a grid head, 问/答 set in serif with a hanging indent, printed after the session and
    signed by hand page by page (the speaker's signature and fingerprint at each foot)."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    s = Sheet()
    y = form_head(s, title, c.number)
    w = s.width - LEFT - RIGHT
    rows = [["时间", f"{num_date(d)} {rng.choice(['09', '10', '14', '15'])}:{rng.choice(['00', '15', '30'])}", "地点",
             "本院执行局谈话室（三）" if interview else "被执行人度假区现场"],
            ["执行人员", f"{c.officer}、{person_name(rng)}", "记录人", c.clerk],
            ["被谈话人" if interview else "被调查人", f"{who}（申请执行人）" if interview else f"{who}（村委会会计）",
             "联系电话", c.applicant.phone if interview else f"135{rng.randint(10000000, 99999999)}"]]
    y = grid(s, LEFT, y, [mm(26), mm(58), mm(24), w - mm(108)], rows, serif(32), heights=mm(14), labels=(0, 2))[-1][3]
    run = Pages([s], y + mm(8))
    body = serif(38)
    sheets = run.sheets

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(82), sh.height - mm(36), "被询问人签名：", serif(32))
        gel(sh, sh.width - RIGHT - mm(40), sh.height - mm(38), who, rng, size=46)

    for tag, text in QA[code]:
        parts = wrap(text, body, run.width - body.size * 2)
        for k, part in enumerate(parts):
            before = len(sheets)
            run.need(64)
            if len(sheets) > before:
                foot(sheets[-2])
            if k == 0:
                run.s.text(LEFT, run.y, f"{tag}：", font("sans_bold", 38))
            run.s.text(LEFT + body.size * 2, run.y, part, body)
            run.y += 64
    run.need(140 + mm(16))
    run.s.text(LEFT, run.y + 20, "（笔录打印后交被询问人阅看，核对无误后逐页签名。）", serif(32))
    gel(run.s, LEFT + mm(6), run.y + 80, "以上笔录已看过，与我说的相符。", rng, size=42)
    foot(run.s)
    return finish(sheets, c, code)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行案件结案审批表", c.number)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{got:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["团队负责人意见", ""], ["分管院领导意见", ""]]
    hs = [mm(16)] * 5 + [mm(50), mm(30), mm(30)]
    boxes = grid(s, LEFT, y, [mm(36), mm(52), mm(30), w - mm(118)], rows, serif(32), heights=hs, labels=(0, 2))
    firsts = [b for b in boxes if b[0] == LEFT]
    x = firsts[5][2] + mm(4)
    view = ("经网络查控及实地调查，被执行人无可供执行财产，已发限消令、纳入失信名单，已约谈申请执行人，建议终结本次执行程序。"
            if ttr else "被执行人已全部履行，案款已发放，申请执行人无异议，建议以执行完毕结案。")
    gel(s, x, firsts[5][1] + mm(4), view, rng, size=36, per_line=20, lead=mm(7))
    gel(s, s.width - RIGHT - mm(72), firsts[5][3] - mm(10), f"{c.officer} {d.month}.{d.day}", rng, size=36)
    gel(s, x, firsts[6][1] + mm(6), "同意。", rng, size=40)
    gel(s, s.width - RIGHT - mm(60), firsts[6][3] - mm(11), c.judge, rng, size=38)
    gel(s, x, firsts[7][1] + mm(6), f"同意{how}。", rng, size=40)
    gel(s, s.width - RIGHT - mm(60), firsts[7][3] - mm(11), person_name(rng), rng, size=38)
    s.text(LEFT, boxes[-1][3] + mm(6), "本表由办案平台生成，审批意见线上签署后打印归档。", serif(30))
    return finish([s], c, "closing_approval_form")


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_head(s, "送达回证", c.number)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    if "enforcement_ruling" in served:
        papers = "执行裁定书（冻结、划拨）一份"
    rows = [["送达文书", papers], ["受送达人", who.name], ["送达地址", who.address],
            ["送达方式", rng.choice(["直接送达", "直接送达（执行局窗口）"])], ["受送达人签名或盖章", ""],
            ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备注", ""]]
    hs = [mm(24), mm(15), mm(20), mm(15), mm(32), mm(15), mm(18), mm(16), mm(22)]
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, serif(34), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    sign = (who.legal_rep if who.kind == "organisation" else who.name) if rng.random() < 0.5 or not to_applicant \
        else c.agent
    if who.kind == "organisation" and not to_applicant and rng.random() < 0.5:
        sign = person_name(rng)
        gel(s, right[6][0] + mm(8), right[6][1] + mm(4), f"{sign}（公司员工）", rng, size=38)
    gel(s, right[4][0] + mm(16), right[4][1] + mm(9), sign, rng, size=52)
    s.text(right[5][0] + mm(6), right[5][1] + mm(3), num_date(when), serif(36))
    gel(s, right[7][0] + mm(8), right[7][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=38)
    s.text(LEFT, boxes[-1][3] + mm(5), "本回证由办案平台生成；电子送达的，以系统送达记录为准。", serif(30))
    xr = s.width - RIGHT - mm(8)
    s.right(xr, boxes[-1][3] + mm(16), f"填发：{COURT}", serif(34))
    eseal(s, xr - mm(40), boxes[-1][3] + mm(20), COURT, radius=mm(17))
    return finish([s], c, "service_receipt" + "_".join(served))


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's cover, printed by the platform onto pale kraft board: band, title left, the case grid."""
    s = Sheet(paper=(240, 228, 204))
    y = band(s) + mm(6)
    x = s.width - RIGHT - mm(78)
    grid(s, x, y, [mm(26), mm(26), mm(26)], [["全宗号", "年度", "卷号"], ["", "", ""]], serif(28),
         heights=[mm(8), mm(10)], labels=(0, 1, 2))
    gel(s, x + mm(5), y + mm(9.5), "Z-27", rng, size=34)
    gel(s, x + mm(30), y + mm(9.5), str(c.closed_on.year), rng, size=34)
    gel(s, x + mm(56), y + mm(9.5), str(rng.randint(120, 880)), rng, size=34)
    y += mm(24)
    s.text(LEFT, y, "执行案件卷宗", font("sans_bold", 96), spacing=20)
    s.text(LEFT + mm(118), y + mm(5), "（正卷）", sans(40))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [("案号", c.number), ("案由", c.extra["cause"]), ("申请执行人", c.applicant.name), ("被执行人", c.respondent.name),
            ("执行依据", basis_title(c)), ("执行标的", f"{c.amount:,.2f}元"), ("结案方式", "终结本次执行程序" if ttr else "执行完毕"),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("承办人", c.officer), ("书记员", c.clerk)]
    boxes = grid(s, LEFT, y + mm(22), [mm(38), w - mm(38)], [list(r) for r in rows], serif(36), heights=mm(13))
    yy = boxes[-1][3] + mm(8)
    grid(s, LEFT, yy, [mm(38), mm(50), mm(38), w - mm(126)],
         [["归档日期", "", "保管期限", ""], ["本卷页数", "", "立卷人", ""]], serif(34), heights=mm(13), labels=(0, 2))
    gel(s, LEFT + mm(42), yy + mm(3), num_date(d), rng, size=36)
    gel(s, LEFT + mm(130), yy + mm(3), "长期", rng, size=36)
    gel(s, LEFT + mm(48), yy + mm(16), f"{rng.randint(44, 68)}页", rng, size=36)
    gel(s, LEFT + mm(130), yy + mm(16), c.clerk, rng, size=36)
    return finish([s], c, "dossier_cover")


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行费电子票据", "营业执照及法定代表人身份证明",
             "被执行人企业信用信息公示报告", "授权委托书", "律师事务所函", "律师执业证复印件", "案款收取账户确认书",
             "送达地址确认书", "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表",
             "网络查控反馈结果", "执行裁定书（冻结、划拨）", "协助执行通知书", "案款收付凭证", "结案通知书", "结案审批表",
             "送达回证（四份）", "卷宗复核表", "备考表"]
    s = Sheet()
    y = form_head(s, "卷内目录", c.number)
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文书名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), "电子签章" if name in ("受理案件通知书", "执行通知书", "执行裁定书（冻结、划拨）")
                     else ""])
        page += 1 + (3 if name == "民事判决书" else 1 if name in ("执行申请书", "网络查控反馈结果", "送达回证（四份）") else 0)
    grid(s, LEFT, y, [mm(16), w - mm(70), mm(22), mm(32)], rows, serif(29), heights=mm(7), labels=())
    s.text(LEFT, s.height - mm(34), "立卷人：", serif(34))
    gel(s, LEFT + mm(22), s.height - mm(35), f"{c.clerk}　{num_date(d)}", rng, size=36)
    return finish([s], c, "catalogue")


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行卷宗复核表", c.number)
    w = s.width - LEFT - RIGHT
    points = ["立案、结案信息与纸质卷一致", "法律文书已加盖电子签章并打印归卷", "送达回证及电子送达记录齐全",
              "案款收付凭证齐全、账实相符", "卷内文书排列顺序、页码正确", "无“空白”项及未签名文书", "电子卷宗已随案同步生成"]
    rows = [["承办人", c.officer, "书记员", c.clerk], ["复核项目", "", "结论", ""], *[[p, "", "", ""] for p in points],
            ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14), mm(12)] + [mm(13)] * len(points) + [mm(34), mm(16)]
    boxes = grid(s, LEFT, y, [mm(40), mm(70), mm(24), w - mm(134)], rows, serif(31), heights=hs, labels=(0, 2))
    rowstarts = [i for i, b in enumerate(boxes) if b[0] == LEFT]
    for k in range(len(points)):
        b = boxes[rowstarts[2 + k] + 3]
        gel(s, b[0] + mm(6), b[1] + mm(2), "√", rng, size=40)
    op = boxes[rowstarts[-2] + 1]
    gel(s, op[0] + mm(6), op[1] + mm(8), "材料齐全，同意归档。", rng, size=42)
    who = boxes[rowstarts[-1] + 1]
    gel(s, who[0] + mm(6), who[1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=38)
    return finish([s], c, "file_review_form")


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "备考表", c.number)
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(48), width=2, outline=(60, 76, 110))
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", font("sans_bold", 40))
    pages = rng.randint(44, 68)
    yy = gel(s, LEFT + mm(10), y + mm(20), f"本卷文书材料共{pages}页，其中电子签章文书打印件{rng.randint(14, 22)}页，", rng,
             size=40, lead=mm(10))
    yy = gel(s, LEFT + mm(10), yy, "照片0张，光盘0张。案款已全部发放，无遗留事项。", rng, size=40, lead=mm(10))
    base = s.height - mm(118)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷日期", num_date(d))]):
        s.text(LEFT + mm(80), base + k * mm(17), f"{label}：", serif(38))
        gel(s, LEFT + mm(112), base + k * mm(17) - 6, value, rng, size=42)
    del yy
    return finish([s], c, "remarks_sheet")
