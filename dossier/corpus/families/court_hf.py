"""court_hf (山西省运城市盐湖区人民法院, held out): 运城's salt lake — the 河东盐池 with its floating 死海 pools and
the 池神庙 above it, apple orchards and cold stores along the 中条山 foothills at 解州 and 龙居, new estates spreading
south of the old town. Its own papers plain (court_hf_kit); what it receives printed on the senders' patterned papers —
the notary's guilloche, the banks' tinted anti-counterfeit paper, the treasury's bill, the companies' letterheads with
a large faint logo (court_hf_papers over court_hf_security). A colour flatbed with automatic colour scanned it all
(court_hf_capture)."""

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
from dossier.corpus.families.court_hf_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    body,
    court_doc,
    folios,
    form_title,
    pen,
    ruled,
    spread,
)
from dossier.corpus.families.court_hf_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LAKE_SEQ, APPLE_SEQ, HOUSE_SEQ = 6917, 6946, 6982
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 13,
        "summons": 21, "investigation_record": 29, "consumption_restriction_order": 36, "dishonest_list_decision": 36,
        "settlement_agreement": 31}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 5, "closing_approval_form": 3,
           "file_review_form": -4, "catalogue": -5, "remarks_sheet": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["paid_out"]
    return c.day(WHEN.get(code, 0))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000; 1.5% of the part above, up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def _person(rng: random.Random, region: str, address: str, phone: str) -> Party:
    born = date(rng.randint(1966, 1991), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address, phone, born=born,
                 sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """运城 parties. LAKE_SEQ: the salt lake's tourism company wins this court's judgment against a travel agency that
    sold its tickets to tour groups and kept the money; the agency's account is frozen and debited, 执行完毕, archived.
    APPLE_SEQ: a 苹果 cold store's owner enforces a notarised repayment agreement (公证书 and the notary's 执行证书)
    against a fruit trader who owes for apples and storage; nothing is found, 终本. HOUSE_SEQ: a flat's buyer enforces
    this court's judgment for late-delivery penalties against the developer, which pays once its unsold flats are
    sealed."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {LAKE_SEQ: "lake", APPLE_SEQ: "apple", HOUSE_SEQ: "house"}[seq]
    c.firm = rng.choice(["山西池神律师事务所", "山西解梁律师事务所", "山西舜都律师事务所"])
    c.extra["firm_addr"] = (f"运城市盐湖区{rng.choice(['河东东街', '人民北路', '学苑路', '红旗东街'])}"
                            f"{rng.randint(20, 380)}号{rng.randint(3, 16)}层")
    c.extra["licence"] = f"11408{rng.randint(2008, 2021)}1{rng.randint(0, 1)}{rng.randint(100000, 999999)}"
    c.extra["court_bank"] = "中国建设银行股份有限公司运城分行营业部"
    c.extra["court_acct"] = f"140501617{rng.randint(10**10, 10**11 - 1)}"
    c.extra["badge"] = f"140802{rng.randint(100, 999)}"
    t = tale(c)
    if t == "lake":
        c.applicant = Party(f"运城{rng.choice(['河东盐池', '盐湖', '池神'])}文化旅游开发有限公司", "organisation",
                            credit_code(rng, "140802"), "山西省运城市盐湖区盐湖景区游客服务中心二层",
                            f"0359-20{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"运城{rng.choice(['关圣', '条山', '舜都', '解梁'])}国际旅行社有限公司", "organisation",
                             credit_code(rng, "140802"), f"山西省运城市盐湖区{rng.choice(['解放北路', '禹都大道', '中银大道'])}"
                             f"{rng.randint(10, 600)}号{rng.choice(['金融大厦', '商务中心', '明珠大厦'])}{rng.randint(5, 19)}层",
                             f"0359-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）晋0802民初{rng.randint(2000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "委托合同纠纷"
        tickets = rng.randint(900, 3200)
        each = rng.choice([88, 98, 108])
        owed = Decimal(tickets * each)
        penalty = (owed * Decimal("0.04")).quantize(Decimal("1"))
        c.extra.update(tickets=tickets, price=each, owed=owed, penalty=penalty)
        c.amount = owed + penalty
        c.extra["r_bank"] = rng.choice(["晋商银行股份有限公司运城分行", "中国工商银行股份有限公司运城盐湖支行"])
        c.extra["r_acct"] = f"{rng.choice(['6103', '0508'])}{rng.randint(10**13, 10**14 - 1)}"
        c.extra["in_bank"] = "山西运城农村商业银行股份有限公司盐湖支行"
        c.extra["in_acct"] = f"1408{rng.randint(10**14, 10**15 - 1)}"
        debit = c.day(rng.randint(15, 18))
        c.extra["debited"] = debit
        c.extra["paid_out"] = debit + timedelta(days=rng.randint(5, 8))
    elif t == "apple":
        village = rng.choice(["曲村", "后稷", "北相", "杜村"])
        c.applicant = _person(rng, "140802", f"山西省运城市盐湖区解州镇{village}村{rng.randint(1, 9)}组",
                              f"135{rng.randint(10000000, 99999999)}")
        c.respondent = _person(rng, rng.choice(["140802", "140821"]),
                               f"山西省运城市盐湖区龙居镇{rng.choice(['西纽', '王范', '涧西'])}村{rng.randint(1, 12)}号",
                               f"158{rng.randint(10000000, 99999999)}")
        c.extra["store"] = f"盐湖区解州镇{village}{c.applicant.name[0]}家果品冷库"
        c.basis_court = "山西省运城市禹都公证处"
        c.basis_number = f"（2023）晋运禹证字第{rng.randint(1000, 4999)}号"
        c.basis_effective = date(2023, 4, rng.randint(3, 27))  # notarised in spring; the last instalment due 31 August
        c.extra["cert_no"] = f"（{c.filed_on.year}）晋运禹证执字第{rng.randint(3, 60)}号"
        c.extra["cert_day"] = c.filed_on - timedelta(days=rng.randint(9, 20))
        c.extra["notary"] = person_name(rng)
        c.extra["cause"] = "买卖合同纠纷"
        apples = Decimal(rng.randint(60, 180)) * 1000  # jin
        unit = Decimal(rng.choice(["2.10", "2.35", "2.60", "2.80"]))
        rent = Decimal(rng.randint(8, 30)) * 1000
        goods = (apples * unit).quantize(Decimal("1"))
        paid = Decimal(rng.randint(2, 6)) * 10000
        c.extra.update(jin=apples, unit=unit, rent=rent, goods=goods, paid_before=paid)
        c.amount = goods + rent - paid
        c.extra["due"] = date(2023, 8, 31)
        c.extra["in_bank"] = "山西运城农村商业银行股份有限公司解州支行"
        c.extra["in_acct"] = f"6229{rng.randint(10**11, 10**12 - 1)}"
        c.extra["paid_out"] = c.closed_on
    else:
        c.applicant = _person(rng, rng.choice(["140802", "140881", "140828"]),
                              f"山西省运城市盐湖区{rng.choice(['南风广场', '红旗西街', '槐东路'])}{rng.randint(10, 300)}号"
                              f"{rng.randint(1, 9)}号楼{rng.randint(1, 3)}单元{rng.randint(2, 18)}0{rng.randint(1, 4)}室",
                              f"139{rng.randint(10000000, 99999999)}")
        c.respondent = Party(f"运城{rng.choice(['鸿泰', '恒盛', '华景', '盛世'])}置业有限公司", "organisation",
                             credit_code(rng, "140802"), f"山西省运城市盐湖区{rng.choice(['圣惠路', '魏风街', '学苑路'])}"
                             f"{rng.randint(100, 900)}号", f"0359-86{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["project"] = rng.choice(["湖畔华府", "盐湖湾·锦园", "凤凰城·御景苑"])
        c.extra["unit"] = f"{rng.randint(2, 12)}号楼{rng.randint(1, 3)}单元{rng.randint(5, 26)}0{rng.randint(1, 4)}室"
        price = Decimal(rng.randint(520, 980)) * 1000
        due = date(2022, 6, 30)
        handed = due + timedelta(days=rng.randint(240, 420))
        days = (handed - due).days
        c.extra.update(price=price, due=due, handed=handed, days=days, signed=date(2020, rng.randint(3, 10), rng.randint(1, 28)))
        c.amount = (price * Decimal("0.0003") * days).quantize(Decimal("0.01"))
        c.basis_court = COURT
        c.basis_number = f"（2023）晋0802民初{rng.randint(9000, 12999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "商品房预售合同纠纷"
        building = rng.randint(13, 18)
        c.extra["sealed"] = [f"{c.extra['project']}{building}号楼{rng.randint(1, 2)}单元{f}0{rng.randint(1, 4)}室"
                             for f in sorted(rng.sample(range(3, 24), 2))]
        c.extra["registry"] = "运城市不动产登记中心"
        c.extra["in_bank"] = rng.choice(["中国银行股份有限公司运城分行", "中国邮政储蓄银行运城市分行"])
        c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
        c.extra["r_bank"] = "中国农业银行股份有限公司运城盐湖支行"
        c.extra["r_acct"] = f"0471{rng.randint(10**10, 10**11 - 1)}"
        c.extra["paid_out"] = c.day(rng.randint(44, 50))
    c.extra["fee"] = _fee(c.amount)


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "apple":
        return f"{c.basis_court}{c.basis_number}公证债权文书及{c.extra['cert_no']}执行证书"
    return f"本院{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra.setdefault("third", person_name(rng)))]
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方依据{basis_title(c)}提出的强制执行申请，本院经审查认为符合立案条件，已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案承办人：执行员{c.officer}；书记员：{c.clerk}；联系电话：{c.court.phone}。"),
            ("p", "请你方注意：一、你方应当积极向本院提供被执行人的财产线索；二、你方的送达地址、联系电话及收款账户如有变更，"
                  "应当及时书面告知本院；三、案件流程信息可登录“山西法院诉讼服务网”或关注“山西移动微法院”查询。"),
        ], day=d)
    if code == "payment_notice":
        return court_doc(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"{case}，本院已立案执行。依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案应预交申请执行费"
                  f"{money(c.extra['fee'])}。该费用执行后由被执行人负担，本院将在执行到位款项中一并收取后退还你方。"),
            ("p", "请于收到本通知之日起七日内，凭本通知书所附缴款码通过山西省非税收入收缴系统缴纳，并将票据交本院立案庭。"),
        ], day=d)
    if code == "enforcement_notice":
        duty = (f"一、向申请执行人{a.name}支付{money(c.amount)}；" if tale(c) != "apple"
                else f"一、向申请执行人{a.name}清偿欠款{money(c.amount)}；")
        return court_doc(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}依据{basis_title(c)}向本院申请强制执行，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}立即履行下列义务："),
            ("p", duty),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单、限制出境等措施。"),
        ], signers=[("执行员", c.officer)], day=d)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条至第五条的规定，责令{_you(r)}在收到本令后五日内，如实填写所附财产申报表，向本院报告当前以及收到执行"
                  "通知之日前一年的财产情况。"),
            ("p", "报告财产后财产情况发生变动，影响申请执行人债权实现的，应当自变动之日起十日内向本院补充报告。"),
            ("p", f"{_you(r)}拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；构成犯罪的，依法"
                  "追究刑事责任。"),
        ], signers=[("执行员", c.officer)], day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，自即日起限制被执行人"
                  "实施下列消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被限制消费人违反本令的，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且未按报告财产令如实报告财产。依照"
                  f"{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条的"
                  "规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之一"), day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "closing_notice":
        return _closing(c, rng, d)
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


def _ruling(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "lake":
        facts = (f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}收到执行"
                 f"通知书后未履行义务。经网络查控，被执行人在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内有存款。")
        order = [f"一、冻结被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}；",
                 f"二、扣划上述账户内存款{money(c.amount)}至本院执行款专户。"]
        articles = "第二百五十三条"
    elif tale(c) == "house":
        facts = (f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未在执行通知"
                 f"指定的期间内履行义务。经查，被执行人名下有其开发建设的“{c.extra['project']}”项目尚未售出的商品房。")
        order = [f"查封被执行人{r.name}名下位于{c.extra['sealed'][0]}、{c.extra['sealed'][1]}的房屋二套，查封期限三年。"]
        articles = "第二百五十五条"
    else:
        facts = (f"本院依据{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未在执行通知指定的期间内"
                 "履行义务。")
        order = [f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其相应价值的财产。"]
        articles = "第二百五十三条、第二百五十五条"
    paras = [*party_lines("申请执行人", a), *party_lines("被执行人", r),
             ("p", facts + f"依照{LAW}第一百五十七条第一款第十一项、{articles}的规定，裁定如下："),
             *[("p", o) for o in order], ("p", "本裁定送达后立即生效。")]
    return court_doc(c, rng, "执行裁定书", paras, signers=bench, day=d, clerk=c.clerk)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书, and on its last page the 回执 half ruled off for the bank or the registry."""
    r = c.respondent
    if tale(c) == "house":
        to = c.extra["registry"]
        ask = (f"查封被执行人{r.name}名下位于{c.extra['sealed'][0]}、{c.extra['sealed'][1]}的房屋二套（在建工程及其土地使用权），"
               "查封期限三年，自转为正式查封之日起计算。查封期间不得办理转让、抵押等手续。")
        art = "第二百五十五条"
    elif tale(c) == "lake":
        to = c.extra["r_bank"]
        ask = (f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，"
               f"划至本院在{c.extra['court_bank']}开立的执行款专户（账号{c.extra['court_acct']}）。")
        art = "第二百五十三条"
    else:
        to = "山西运城农村商业银行股份有限公司"
        ask = (f"查询并冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户内存款，以{money(c.amount)}为限，"
               "冻结期限一年。")
        art = "第二百五十三条"
    sheets = court_doc(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{LAW}{art}的规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}，联系电话"
              f"{c.court.phone}。"),
    ], number=c.number.replace("号", "号之二"), day=d)
    s = sheets[-1]
    y = s.height - mm(66)
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    s.text(LEFT, y - 34, "（此联由协助执行单位填写后退回本院）", body(28))
    s.centred(y + 18, "协助执行回执", font("serif_bold", 46), spacing=8)
    s.text(LEFT, y + 92, f"{COURT}：", body(36))
    s.text(LEFT + mm(10), y + 144, f"你院{c.number.replace('号', '号之二')}协助执行通知书已收到，办理结果如下：", body(36))
    pen(s, LEFT + mm(10), y + 200, "已按要求办理。" if tale(c) != "apple" else "经查无开户信息。", rng, size=42)
    s.text(s.width - RIGHT - mm(92), y + 250, "经办人：　　　　（盖章）", body(34))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票")
    s.right(s.width - RIGHT, y - 24, c.number, body(38))
    y += 40
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "到庭接受执行询问，报告财产情况，说明不履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时"], ["应到处所", "本院执行局第二询问室（河东东街院区）"]]
    y = ruled(s, LEFT, y, [mm(48), w - mm(48)], rows, body(38), heights=mm(17))[-1][3] + 46
    for k, t in enumerate(["注意：", "一、被传唤人必须准时到达应到处所，并携带本传票及居民身份证。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、被传唤人收到传票后，应在送达回证上签名或盖章。"]):
        s.text(LEFT + (0 if k == 0 else mm(8)), y, t, body(35))
        y += 56
    y += 50
    when = cn_date(d)
    xl = s.right(s.width - RIGHT - mm(10), y, when, body(40))
    seal(s, xl + mm(25), y + 14, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员：{c.officer}　书记员：{c.clerk}　联系电话：{c.court.phone}", body(34))
    return [s]


QA: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是盐湖区人民法院执行局的工作人员（出示执行公务证），今天依法到这里调查被执行人的财产情况，你要如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你和被执行人是什么关系？"),
        ("答", "我是村里的会计，他在我们村租了个院子收苹果，租了三年。"),
        ("问", "被执行人现在还在这里收购、发货吗？"),
        ("答", "去年腊月以后就没再收了，院子里的分拣机、纸箱都拉走了，租金也欠着半年，院子现在锁着。"),
        ("问", "他平时用什么车拉货？车辆是谁的？"),
        ("答", "用的是雇来的货车，他自己名下好像没有车。以前开的那个皮卡去年就卖了。"),
        ("问", "你知道被执行人在别处有冷库、果园或者其他财产吗？"),
        ("答", "不知道。听说他在外面欠了好几家冷库的钱，人常在临猗那边跑。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是向你通报案件的执行情况并听取你的意见。本院已经通过网络执行查控系统查询了被执行人名下的存款、车辆、"
               "不动产、证券、网络资金，均未发现可供执行的财产；到被执行人在龙居镇的收购点实地调查，收购点已停业。你对查控结果"
               "有没有异议？"),
        ("答", "没有异议。他那个收购点我去看过，确实关门了。"),
        ("问", "你还能提供被执行人的其他财产线索吗？"),
        ("答", "现在提供不了，我打听到了再告诉法院。"),
        ("问", "本院已对被执行人限制消费，并将其纳入失信被执行人名单。鉴于目前暂无可供执行的财产，本院拟终结本次执行程序，你"
               "同意吗？"),
        ("答", "同意。"),
        ("问", "终结本次执行程序后，你发现被执行人有可供执行财产的，可以向本院申请恢复执行，申请恢复执行不受申请执行时效期间的"
               "限制。你听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你还有什么要补充的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: the head's particulars on fill-in lines (typed over them), then 问/答, and the person heard
    signs at the foot of every page."""
    interview = code == "interview_record"
    title = "执行谈话笔录" if interview else "执行调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(TOP, title, font("serif_bold", 70), spacing=16)
    y = TOP + 130
    f = body(37)
    place = "本院执行局第一谈话室" if interview else f"被执行人{c.respondent.name}在龙居镇的苹果收购点"
    heads = [("时间", f"{num_date(d)}上午9时40分至10时25分"), ("地点", place),
             ("执行人员", f"{c.officer}、{c.extra.get('third') or person_name(rng)}"), ("记录人", c.clerk),
             ("被谈话人" if interview else "被调查人",
              f"{who}，申请执行人" if interview else f"{who}，{c.respondent.address.split('镇')[1][:2]}村村委会会计")]
    for label, value in heads:
        s.text(LEFT, y, f"{label}：", f)
        x = LEFT + f.getlength(f"{label}：")
        s.line(x, y + 46, s.width - RIGHT, y + 46, width=1)
        s.text(x + 8, y, value, f)
        y += 64
    s.text(LEFT, y, f"案号：{c.number}", f)
    y += 84
    lead = 68
    bf = body(39)
    width = s.width - LEFT - RIGHT - bf.size * 2

    def sign(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(80), sh.height - mm(30), "被询问人：", body(34))
        pen(sh, sh.width - RIGHT - mm(46), sh.height - mm(33), who, rng, size=46)

    from dossier.corpus.draw import wrap

    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, bf, width)):
            if y + lead > s.height - mm(42):
                sign(s)
                s = Sheet()
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, f"{tag}：", font("sans_bold", 38))
            s.text(LEFT + bf.size * 2, y, part, bf)
            y += lead
    y += 24
    pen(s, LEFT + mm(6), y, "以上笔录我已看过，记录属实。", rng, size=46)
    sign(s)
    return folios(sheets)


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return court_doc(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a), *party_lines("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，{c.basis_court}于{cn_date(c.basis_effective)}作出的"
              f"{c.basis_number}公证书赋予债权文书强制执行效力，该处并于{cn_date(c.extra['cert_day'])}出具{c.extra['cert_no']}"
              f"执行证书。因被执行人未履行义务，申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案，执行标的"
              f"{money(c.amount)}。"),
        ("p", "执行过程中，本院依法向被执行人送达了执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控系统查询被执行人"
              "名下的银行存款、车辆、不动产、证券、网络资金、保险等财产，均未发现可供执行的财产；"
              f"于{cn_date(made_on(c, 'investigation_record'))}到被执行人的苹果收购点实地调查，该点已停业，未发现可供执行的财产。"
              "本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知了财产调查情况，申请执行人表示暂不能提供被执行人"
              "其他可供执行的财产线索，同意终结本次执行程序。"),
        ("p", f"本院认为，本案已穷尽财产调查措施，被执行人暂无可供执行的财产。依照{LAW}第二百六十八条第六项，《最高人民法院关于"
              "适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。终结本次执行程序后，"
              "被执行人仍负有继续履行的义务。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=bench, day=d, clerk=c.clerk)


def _closing(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "lake":
        how = (f"本院冻结被执行人在{c.extra['r_bank']}的账户后，于{cn_date(c.extra['debited'])}扣划存款{money(c.amount)}，"
               f"并于{cn_date(c.extra['paid_out'])}发放至你公司账户")
    else:
        how = (f"本院查封被执行人开发的“{c.extra['project']}”项目房屋二套后，双方于{cn_date(made_on(c, 'settlement_agreement'))}"
               f"达成执行和解协议，被执行人已将{money(c.amount)}交至本院执行款专户，本院于{cn_date(c.extra['paid_out'])}发放至"
               "你在执行申请书中载明的收款账户，并已解除对上述房屋的查封")
    return court_doc(c, rng, "结案通知书", [
        ("to", f"{a.name}："),
        ("p", f"本院执行的你方与{r.name}{c.extra['cause']}一案，{how}。生效法律文书确定的给付义务已经全部履行完毕。"),
        ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款第一项的规定，本案以执行完毕方式结案。"),
        ("p", "特此通知。"),
    ], day=d)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 30, f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y - 30, f"填表日期：{num_date(d)}", body(34))
    y += 36
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c).replace("本院", COURT)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{done:,.2f}元", "结案方式", how],
            ["承办人意见", ""], ["执行长意见", ""], ["局长审批", ""]]
    hs = [mm(18), mm(22), mm(16), mm(16), mm(62), mm(38), mm(38)]
    boxes = ruled(s, LEFT, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, body(33), heights=hs, labels=(0, 2))
    starts = [b for b in boxes if b[0] == LEFT]
    x = starts[4][2] + mm(5)
    if ttr:
        view = ("被执行人无财产可供执行。已发执行通知、报告财产令，网络查控及实地调查均未发现财产，已限制消费、纳入失信名单，"
                "申请人经约谈同意终本。立案已逾三个月，符合终本条件，拟终结本次执行程序。")
    elif tale(c) == "lake":
        view = "已扣划被执行人存款，执行款已发放申请执行人，申请执行费已收取。拟以执行完毕结案。"
    else:
        view = "查封房产后双方和解，被执行人已全部履行，案款已发放，查封已解除。拟以执行完毕结案。"
    pen(s, x, starts[4][1] + mm(4), view, rng, size=36, per_line=20, lead=mm(7))
    pen(s, s.width - RIGHT - mm(62), starts[4][3] - mm(10), f"{c.officer}　{d.month}.{d.day}", rng, size=36)
    pen(s, x, starts[5][1] + mm(6), f"同意{how}。", rng, size=40)
    pen(s, s.width - RIGHT - mm(50), starts[5][3] - mm(11), c.judge, rng, size=38)
    pen(s, x, starts[6][1] + mm(6), "同意。", rng, size=42, ink=(24, 24, 30))
    pen(s, s.width - RIGHT - mm(62), starts[6][3] - mm(11), f"{person_name(rng)}　{d.month}.{d.day}", rng, size=38,
        ink=(24, 24, 30))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "预交执行费通知书",
                 "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
                 "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
                 "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
                 "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "、".join(RECEIPT_NAMES.get(x, x) for x in served) + "各一份"
    rows = [["案　　由", c.extra["cause"]], ["案　　号", c.number], ["送达文书名称和件数", papers], ["受送达人", who.name],
            ["送达地址", who.address], ["送达方式", "直接送达" if who is c.respondent else "邮寄送达（EMS）"],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　　注", ""]]
    hs = [mm(14), mm(14), mm(22), mm(14), mm(20), mm(14), mm(28), mm(14), mm(18), mm(15), mm(18)]
    boxes = ruled(s, LEFT, y, [mm(48), w - mm(48)], rows, body(35), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    if who.kind == "organisation":
        signer = who.legal_rep if rng.random() < 0.5 else c.agent
        seal(s, right[6][2] - mm(40), right[6][1] + mm(16), who.name, rng, radius=mm(17))
    else:
        signer = c.agent if to_applicant and rng.random() < 0.5 else who.name
    pen(s, right[6][0] + mm(12), right[6][1] + mm(10), signer, rng, size=54)
    pen(s, right[7][0] + mm(10), right[7][1] + mm(3), num_date(when), rng, size=40)
    pen(s, right[9][0] + mm(10), right[9][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40, ink=(22, 22, 26))
    s.text(LEFT, boxes[-1][3] + 30, "注：受送达人拒绝签收的，送达人应当在备注栏内写明拒收事由和日期，并由见证人签名。", body(29))
    xl = s.right(s.width - RIGHT - mm(6), boxes[-1][3] + 130, cn_date(made_on(c, served[0])), body(36))
    seal(s, xl + mm(26), boxes[-1][3] + 120, COURT, rng, radius=mm(18))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's cover: its particulars on fill-in lines, the archive's three boxes at the foot."""
    s = Sheet()
    s.centred(mm(34), COURT, font("serif_bold", 62), spacing=8)
    s.centred(mm(60), "执 行 案 卷", font("serif_bold", 120), spacing=40)
    s.centred(mm(90), "（执行实施类）", body(42))
    f = body(42)
    x = LEFT + mm(14)
    y = mm(104)
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被 执 行 人", c.respondent.name), ("执行依据", basis_title(c).replace("本院", "盐湖区法院")[:30]),
            ("执行标的", f"{c.amount:,.2f}元"), ("结案方式", "终结本次执行程序" if ttr else "执行完毕"),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
            ("承 办 人", c.officer), ("书 记 员", c.clerk), ("归档日期", num_date(d)), ("保管期限", "长期")]
    for label, value in rows:
        s.text(x, y, label, f)
        lx = x + mm(44)
        s.line(lx, y + 52, s.width - RIGHT - mm(14), y + 52, width=2)
        pen(s, lx + mm(4), y - 4, value, rng, size=40)
        y += mm(11.5)
    bx = s.width - RIGHT - mm(90)
    by = s.height - mm(38)
    boxes = ruled(s, bx, by, [mm(30), mm(30), mm(30)], [["全宗号", "年度", "卷号"], ["", "", ""]], body(32),
                  heights=[mm(10), mm(12)], labels=(0, 1, 2))
    for (x0, y0, _x1, _y1), v in zip(boxes[3:], ["J141", str(c.closed_on.year), str(rng.randint(120, 880))], strict=True):
        pen(s, x0 + mm(8), y0 + mm(2), v, rng, size=36, ink=(22, 22, 26))
    s.text(LEFT, by + mm(7), f"本卷共　{rng.randint(52, 74)}　页", body(38))
    return [s]


CATALOGUE = ["执行申请书", "民事判决书", "生效证明书", "财产线索提供表", "申请执行费票据", "营业执照及法定代表人身份证明（申请人）",
             "营业执照（被执行人）", "授权委托书", "律师事务所函", "律师执业证复印件", "执行款收款账户确认书", "送达地址确认书",
             "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果及银行反馈",
             "执行裁定书（冻结、扣划）", "协助执行通知书及回执", "银行扣划回单、案款发放凭证", "结案通知书", "结案审批表",
             "送达回证（三份）", "归档检查表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 30, f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y - 30, f"立卷人：{c.clerk}", body(34))
    y += 30
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        rows.append([str(i), name, str(page) if i < len(CATALOGUE) else "", ""])
        page += {"民事判决书": 4, "执行申请书": 2, "网络查控结果及银行反馈": 3, "营业执照及法定代表人身份证明（申请人）": 2,
                 "银行扣划回单、案款发放凭证": 2, "送达回证（三份）": 3}.get(name, 1)
    ruled(s, LEFT, y, [mm(18), w - mm(58), mm(22), mm(18)], rows, body(31), heights=mm(8.2), labels=())
    pen(s, LEFT, s.height - mm(26), f"编目日期：{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗归档检查表")
    w = s.width - LEFT - RIGHT
    points = ["法律文书及附件齐全", "送达回证齐全、签章完整", "执行款收支凭证齐全、金额相符", "财产查控、处置手续完备",
              "卷内目录与材料一致、排列有序", "页码连续、无空白页未标注", "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["结案日期", num_date(c.closed_on)],
            ["检查项目", "检查结果"], *[[p, ""] for p in points], ["检查意见", ""], ["检查人", ""]]
    hs = [mm(14)] * 5 + [mm(13)] * len(points) + [mm(34), mm(18)]
    boxes = ruled(s, LEFT, y, [mm(86), w - mm(86)], rows, body(33), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[5:5 + len(points)]:
        pen(s, b[0] + mm(16), b[1] + mm(2), "√", rng, size=44)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "卷内材料齐全，符合归档要求。", rng, size=40)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{person_name(rng)}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 备 考 表", issuer="")
    s.text(LEFT, y - 30, f"案号：{c.number}", body(34))
    x1 = s.width - RIGHT
    s.box(LEFT, y + 10, x1, s.height - mm(36), width=4)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", font("sans_bold", 40))
    pages = rng.randint(52, 74)
    yy = pen(s, LEFT + mm(14), y + mm(22), f"本卷共有文件材料{len(CATALOGUE) - 2}件，共{pages}页。", rng, size=42,
             per_line=21, lead=mm(11))
    yy = pen(s, LEFT + mm(14), yy, "执行款已全部扣划并发放，申请执行费已收取，无未了事项。", rng, size=42, per_line=21,
             lead=mm(11))
    base = s.height - mm(104)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d))]):
        s.text(LEFT + mm(84), base + k * mm(18), f"{spread(label)}：", body(40))
        pen(s, LEFT + mm(120), base + k * mm(18) - 6, value, rng, size=44)
    del yy
    return [s]

