"""court_ev (陕西省咸阳市秦都区人民法院, held out): the district round 咸阳's old town and the 渭河 — apple cold stores of
the 礼泉/乾县 orchards buying packaging in 秦都, cotton-yarn mills and knitwear shops. Its own papers in the bureau's
宋体 style (court_ev_kit), printed on the bureau's tired inkjets; what it receives in the senders' styles
(court_ev_papers). Every page was scanned in colour (court_ev_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, signature, table, wrap
from dossier.corpus.families.court_ev_kit import (
    COURT,
    FOOT,
    LEFT,
    PEN,
    RIGHT,
    TOP,
    Pager,
    court_paper,
    folios,
    form_title,
    hei,
    pen,
    printed,
    song,
)
from dossier.corpus.families.court_ev_papers import RECEIVED, received

APPLE_SEQ, WAGE_SEQ, YARN_SEQ = 99164, 99251, 99338
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "online_inquiry_result", "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "investigation_record", "interview_record", "termination_this_round_ruling",
    "settlement_agreement", "payment_voucher", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LAW = "《中华人民共和国民事诉讼法》"
DAYS = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 4, "property_report_order": 4,
        "online_inquiry_result": 6, "enforcement_ruling": 10, "assistance_notice": 11, "property_declaration_form": 14,
        "summons": 20, "investigation_record": 27, "settlement_agreement": 24, "consumption_restriction_order": 36,
        "dishonest_list_decision": 36, "interview_record": 112}
"""the day after filing on which each paper was made; the closing papers follow the closing date"""


def story(c: CaseCtx) -> str:
    return str(c.extra["story"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "termination_this_round_ruling":
        return c.closed_on - timedelta(days=4)
    if code == "closing_notice":
        return c.closed_on - timedelta(days=3)
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=1)
    if code == "payment_voucher":
        return c.extra["paid_on"] + timedelta(days=3)
    if code == "interview_record" and story(c) != "wage":
        return c.extra["paid_on"] + timedelta(days=5)
    return c.day(DAYS.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """咸阳 parties. APPLE_SEQ: a carton works won this court's judgment for 苹果冷库 boxes it supplied to a 礼泉 fruit
    cold store (deposit frozen and deducted, the rest paid by settlement, archived); WAGE_SEQ: a mill hand's award of
    the 秦都区劳动人事争议仲裁委员会 for wages and severance against a shut knitting works (nothing found, 终本);
    YARN_SEQ: a cotton-yarn mill's mediation statement of this court against a garment maker who settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["story"] = {APPLE_SEQ: "apple", WAGE_SEQ: "wage", YARN_SEQ: "yarn"}[seq]
    c.firm = rng.choice(["陕西秦都律师事务所", "陕西咸阳渭城律师事务所", "陕西乐育律师事务所"])
    c.extra["firm_addr"] = f"咸阳市秦都区{rng.choice(['人民西路', '渭阳西路', '世纪大道'])}{rng.randint(10, 299)}号"
    c.extra["licence"] = f"1610420{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["in_bank"] = rng.choice(["咸阳农村商业银行秦都支行", "中国工商银行咸阳秦都支行", "长安银行咸阳分行"])
    c.extra["in_acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
    c.extra["badge"] = f"61{rng.randint(100000, 999999)}"
    c.extra["paid_on"] = c.day(rng.randint(38, 50))
    if seq == APPLE_SEQ:
        c.applicant = Party(f"咸阳{rng.choice(['瑞丰', '秦川', '宏达'])}包装制品有限公司", "organisation",
                            credit_code(rng, "610402"), f"陕西省咸阳市秦都区{rng.choice(['陈杨寨街道', '渭滨街道'])}"
                            f"{rng.choice(['沣东', '安谷'])}工业园{rng.randint(1, 40)}号",
                            f"029-3352{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        town = rng.choice(["烟霞镇", "骏马镇", "史德镇"])
        c.respondent = Party(f"礼泉县{rng.choice(['红富', '金秋', '果乡'])}果品冷链有限公司", "organisation",
                             credit_code(rng, "610425"), f"陕西省咸阳市礼泉县{town}{rng.choice(['北', '东'])}村",
                             f"029-3561{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）陕0402民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["boxes"] = rng.randint(60, 180) * 1000
        c.extra["r_bank"] = rng.choice(["陕西礼泉农村商业银行烟霞支行", "中国农业银行礼泉县支行"])
        c.extra["r_acct"] = f"27{rng.randint(10**15, 10**16 - 1)}"
        c.extra["deducted"] = (c.amount * Decimal("0.55")).quantize(Decimal("0.01"))
    elif seq == WAGE_SEQ:
        born = date(rng.randint(1972, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "610402", born),
                            f"陕西省咸阳市秦都区{rng.choice(['古渡街道', '西兰路街道'])}纺织厂家属院{rng.randint(1, 30)}号楼",
                            f"135{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"咸阳{rng.choice(['秦织', '渭新', '锦华'])}针织有限公司", "organisation",
                             credit_code(rng, "610402"), f"陕西省咸阳市秦都区{rng.choice(['玉泉路', '星火路'])}"
                             f"{rng.randint(1, 99)}号", f"029-3321{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = "咸阳市秦都区劳动人事争议仲裁委员会"
        c.basis_number = f"咸秦劳人仲案字〔2023〕第{rng.randint(100, 699)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "劳动争议"
        c.amount = Decimal(rng.randint(3800000, 9600000)) / 100
        c.extra["fee"] = Decimal(0)
        c.extra["months"] = rng.randint(5, 11)
        c.extra["years"] = rng.randint(4, 13)
    else:
        c.applicant = Party(f"咸阳{rng.choice(['秦棉', '渭丰', '泾阳'])}纺织有限公司", "organisation",
                            credit_code(rng, "610402"), f"陕西省咸阳市秦都区{rng.choice(['沣东', '纺织路'])}"
                            f"{rng.randint(1, 120)}号", f"029-3325{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["610404", "610481"]), born),
                             f"陕西省咸阳市{rng.choice(['渭城区', '兴平市'])}{rng.choice(['文林路', '西城路'])}"
                             f"{rng.randint(1, 99)}号", f"187{rng.randint(10000000, 99999999)}", born=born,
                             sex=rng.choice("男女"))
        c.extra["shop"] = f"{c.respondent.name[0]}记{rng.choice(['针织', '服饰'])}加工厂"
        c.basis_court = COURT
        c.basis_number = f"（2023）陕0402民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(12000, 46000)) * 10
        c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
        c.extra["tons"] = rng.randint(8, 30)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_name(c: CaseCtx) -> str:
    kind = {"apple": "民事判决书", "wage": "仲裁裁决书", "yarn": "民事调解书"}[story(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _party(label: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("f", f"{label}：{p.name}，住所地{p.address}。"), ("f", f"法定代表人：{p.legal_rep}，该公司执行董事。")]
    b = p.born or date(1980, 1, 1)
    return [("f", f"{label}：{p.name}，{p.sex}，{b.year}年{b.month}月{b.day}日出生，汉族，住{p.address}。")]


def _rulers(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    you = "你单位" if r.kind == "organisation" else "你"
    if code == "acceptance_notice":
        return court_paper(c.number, rng, "受理执行案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_name(c)}一案，本院经审查，符合法定受理条件，"
                  f"已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案由执行局执行实施团队办理，承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "在执行过程中，请你方积极提供被执行人的财产线索；通讯地址、联系方式变更的，应及时书面告知本院。"
                  "案件流程信息可通过陕西法院诉讼服务网或12368热线查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        fee = c.extra["fee"]
        text = (f"本院受理的{_case(c)}，依照国务院《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项的规定，"
                f"你方应预交申请执行费人民币{fee}元。" if fee else
                f"本院受理的{_case(c)}，系追索劳动报酬案件，依照国务院《诉讼费用交纳办法》的规定，申请执行费暂缓交纳，"
                "执行完毕后由被执行人负担。")
        return court_paper(c.number, rng, "交纳执行费通知书", [
            ("f", f"{a.name}："), ("p", text),
            ("p", "请于接到本通知次日起七日内，持本通知到本院诉讼服务中心收费窗口或通过陕西省非税收入缴款平台交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c.number, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{you}自本通知送达之日起立即履行下列义务："),
            ("p", f"一、支付申请执行人{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息（或支付迟延履行金）；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。" if c.extra["fee"] else "三、负担本案执行中实际支出的费用。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可依法对{you}采取限制消费、纳入失信被执行人名单等措施。"),
        ], day=d, signers=[("执行员", c.officer), ("书记员", c.clerk)])
    if code == "property_report_order":
        return court_paper(c.number, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"的规定，责令{you}在收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写"
                  "所附财产申报表。"),
            ("p", "报告财产后财产发生变动、影响申请执行人债权实现的，应当自变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=[("执行员", c.officer), ("书记员", c.clerk)])
    if code == "enforcement_ruling":
        if story(c) == "apple":
            orders = [f"一、冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}；",
                      "二、冻结不足部分，查封、扣押被执行人同等价值的其他财产（含库存苹果及冷库设备）。"]
        else:
            orders = [f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结、拍卖、变卖其同等价值的其他财产。"]
        return court_paper(c.number, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院于{cn_date(c.filed_on)}立案。被执行人至今未履行生效法律文书确定的"
                  f"义务。依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
            *[("p", o) for o in orders],
            ("p", "本裁定立即执行。"),
        ], day=d, signers=_rulers(c))
    if code == "assistance_notice":
        bank = c.extra.get("r_bank") or rng.choice(["中国建设银行咸阳分行营业部", "咸阳农村商业银行秦都支行"])
        what = (f"划拨被执行人{r.name}在你行账户{c.extra['r_acct']}内的存款{money(c.extra['deducted'])}至本院执行款专户"
                if story(c) == "apple" else f"冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(c.amount)}为限，冻结期限一年")
        return court_paper(f"{c.number}之一", rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"本院执行的{_case(c)}，依照{LAW}第二百五十三条的规定，请协助执行以下事项："),
            ("p", what + "。"),
            ("f", f"附：{c.number}执行裁定书一份"),
            ("f", f"经办人：{c.officer}（执行公务证{c.extra['badge']}）　{c.clerk}"),
        ], day=d)
    if code == "closing_notice":
        how = ("划拨被执行人存款后，余款由被执行人按执行和解协议付清" if story(c) == "apple"
               else "被执行人按执行和解协议分期付清全部款项")
        return court_paper(c.number, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{how}，执行款已于{cn_date(c.extra['paid_on'] + timedelta(days=3))}发放至你方"
                  f"确认的{c.extra['in_bank']}账户。生效法律文书确定的义务已全部履行完毕。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c.number, rng, "执行裁定书", [
            *_party("申请执行人", a), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), *_party("被执行人", r),
            ("p", f"本院在执行{a.name}申请执行{basis_name(c)}一案中，依法向被执行人送达了执行通知书、报告财产令，被执行人未"
                  "履行义务，亦未报告财产。经网络执行查控系统查询及赴不动产登记、市场监管等部门调查，被执行人名下无可供执行的存款、"
                  f"车辆、不动产及股权；其厂区已于2023年停产，设备已被出租方另案处置。本院于{cn_date(made_on(c, 'consumption_restriction_order'))}"
                  "对被执行人及其法定代表人发出限制消费令，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知了财产调查情况，申请执行人暂不能提供其他财产线索，"
                  "对终结本次执行程序无异议。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", f"本案未执行到位金额{money(c.amount)}。申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"
                  "被执行人负有继续向申请执行人履行债务的义务。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=_rulers(c))
    if code == "consumption_restriction_order":
        return court_paper(c.number, rng, "限制消费令", [
            ("f", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对被执行人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买"
                  "非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头"
                  "动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c.number, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不向本院报告财产。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单。"),
            ("p", "如不服本决定，可以向本院申请纠正。"),
        ], day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "investigation_record":
        where = f"{r.address}（被执行人厂区）"
        return _record(c, rng, "调查笔录", d, where, f"{r.legal_rep}（被执行人法定代表人）", [
            ("问", f"我们是秦都区人民法院执行局的执行人员{c.officer}、{c.clerk}，这是我们的执行公务证，你看一下。"),
            ("答", "看清楚了。"),
            ("问", f"你公司欠{a.name}的工资和经济补偿金为什么不履行？"),
            ("答", "厂子去年就停产了，订单没有了，工人的工资欠了好几个月，账上一分钱都没有。"),
            ("问", "厂区的机器设备现在在哪里？"),
            ("答", "厂房是租的，欠房租，房东起诉后设备已经被法院另案拍卖了，我们这边没有剩东西。"),
            ("问", "公司名下有无车辆、房产、应收账款或对外投资？"),
            ("答", "没有车也没有房。以前有几笔货款收不回来，对方也倒闭了。"),
            ("问", "执行人员现场查看，厂区大门上锁，车间内无设备，仅有废旧纱筒若干，你有无异议？"),
            ("答", "没有异议。"),
        ])
    if code == "interview_record":
        if story(c) == "wage":
            return _record(c, rng, "约谈笔录", d, "本院执行局第三接待室", f"{a.name}（申请执行人）", [
                ("问", "今天约你来，是告知本案财产调查情况并听取你的意见。本院已通过网络查控系统查询被执行人的存款、车辆、不动产、"
                       "证券、网络资金等，均无可供执行的财产，现场调查厂区已停产，你是否清楚？"),
                ("答", "清楚，厂子确实关了，我们好多工友都没拿到钱。"),
                ("问", "本院已对被执行人发出限制消费令并纳入失信名单。你能否提供被执行人其他财产线索？"),
                ("答", "暂时提供不了。"),
                ("问", "本案拟终结本次执行程序，终本后发现财产可以申请恢复执行，你有无意见？"),
                ("答", "没有意见，以后发现财产我再来申请。"),
            ])
        return _record(c, rng, "谈话笔录", d, "本院执行局第二接待室", f"{c.agent}（申请执行人委托代理人）", [
            ("问", f"被执行人{r.name}是否已按执行和解协议履行完毕？"),
            ("答", f"已经履行完毕，款项于{num_date(c.extra['paid_on'])}全部到位，我方确认收到。"),
            ("问", "你方对本案以执行完毕方式结案有无意见？"),
            ("答", "没有意见。"),
        ])
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "payment_voucher":
        return _voucher(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票")
    s.right(s.width - RIGHT, y - 10, c.number, song(38))
    due = d + timedelta(days=6)
    w = s.width - LEFT - RIGHT
    rows = [["案　由", "", "案　号", ""], ["被传唤人", "", "", ""], ["工作单位或住址", ""], ["传唤事由", ""],
            ["应到时间", ""], ["应到处所", ""], ["注意事项", ""]]
    heights = [110, 110, 130, 110, 110, 110, 330]
    y += 60
    table(s, LEFT, y, [mm(36), w / 2 - mm(36), mm(26), w / 2 - mm(26)], rows, hei(36), row_h=heights, centre_first=True)
    vals = [c.extra["cause"], c.respondent.name, c.respondent.address, "接受调查询问、说明不履行义务及财产情况",
            f"{due.year}年{due.month}月{due.day}日上午9时", "本院执行局二楼执行指挥中心"]
    yy = y
    for k, v in enumerate(vals):
        x = LEFT + mm(40)
        if k == 0:
            s.text(x, yy + 36, v, song(36))
            s.text(LEFT + w / 2 + mm(30), yy + 36, c.number, song(32))
        else:
            s.text(x, yy + 36, v, song(36))
        yy += heights[k]
    notes = ["一、被传唤人必须准时到达应到处所，本票由被传唤人携带来院报到。",
             "二、被传唤人收到传票后，应在送达回证上签名或者盖章。",
             "三、被执行人无正当理由拒不到场的，本院可以依法拘传。"]
    ny = yy + 30
    for line in notes:
        for part in wrap(line, song(32), w - mm(44)):
            s.text(LEFT + mm(40), ny, part, song(32))
            ny += 52
    y2 = y + sum(heights) + 80
    s.text(LEFT, y2, f"执行员　{c.officer}", song(40))
    s.right(s.width - RIGHT - mm(12), y2 + 100, cn_date(d), song(40))
    seal(s, s.width - RIGHT - mm(40), y2 + 110, COURT, rng, radius=mm(20))
    return printed([s], "bureau")


def _record(c: CaseCtx, rng: random.Random, title: str, d: date, place: str, who: str,
            qa: list[tuple[str, str]]) -> list[Sheet]:
    """A 笔录 typed at the desk as it was spoken, printed on the bureau's inkjet and signed on every page."""
    first = Sheet()
    first.centred(TOP - 10, title, hei(66), spacing=26)
    y = TOP + 110
    f = song(40)
    p = Pager(first, y, f=f, lh=74, foot=FOOT + mm(22))
    start = rng.choice([9, 10, 14, 15])
    p.run([("f", f"时间：{d.year}年{d.month}月{d.day}日{start}时{rng.choice(['00', '10', '30'])}分至{start}时"
                  f"{rng.choice(['40', '50', '55'])}分"),
           ("f", f"地点：{place}"), ("f", f"执行人员：{c.officer}　　记录人：{c.clerk}"),
           ("f", f"被询问（约谈）人：{who}"), ("f", f"案号：{c.number}")])
    p.y += 20
    for q, t in qa:
        p.put("f", f"{q}：{t}")
    p.y += 10
    end = p.y
    n = len(p.sheets)
    name = who.split("（")[0]
    for i, s in enumerate(p.sheets, 1):
        s.text(s.width - RIGHT - mm(98), s.height - FOOT - mm(14), "被询问人签名：", song(34))
        signature(s, s.width - RIGHT - mm(48), s.height - FOOT - mm(17), name, rng, ink=PEN)
        s.right(s.width - RIGHT, s.height - FOOT + mm(6), f"第{i}页　共{n}页", song(30))
        if i > 1:
            s.page_of = (i, n)
    last = p.sheets[-1]
    pen(last, LEFT + mm(6), min(end, last.height - FOOT - mm(34)), "以上笔录我已看过，记录属实。", rng, size=42,
        ink=(24, 30, 88))
    return printed(p.sheets, "bureau")


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first = c.amount - c.extra.get("deducted", Decimal(0))
    if story(c) == "apple":
        terms = [f"一、截至本协议签订日，本院已划拨被执行人存款{money(c.extra['deducted'])}，剩余款项{money(first)}由被执行人于"
                 f"{num_date(c.extra['paid_on'])}前一次性支付至秦都区人民法院执行款专户；",
                 "二、申请执行人同意放弃迟延履行期间的加倍部分债务利息；",
                 "三、被执行人如未按期足额付款，申请执行人可申请恢复执行原生效法律文书。"]
    else:
        half = (c.amount / 2).quantize(Decimal("0.01"))
        terms = [f"一、被执行人于协议签订之日支付{money(half)}；",
                 f"二、余款{money(c.amount - half)}于{num_date(c.extra['paid_on'])}前付清，均汇入秦都区人民法院执行款专户；",
                 "三、被执行人按期付清后，申请执行人放弃迟延履行利息及其他请求；",
                 "四、被执行人逾期付款的，申请执行人可申请恢复执行原生效法律文书。"]
    first_sheet = Sheet()
    y = form_title(first_sheet, "执行和解协议", court=False, y=TOP + 10)
    p = Pager(first_sheet, y, f=song(40), lh=76)
    p.run([("f", f"案号：{c.number}"), ("f", f"申请执行人：{a.name}"),
           ("f", f"委托代理人：{c.agent}，{c.firm}律师"), ("f", f"被执行人：{r.name}"),
           ("p", f"双方就{basis_name(c)}的履行，在秦都区人民法院执行人员{c.officer}主持下自愿达成如下和解协议："),
           *[("p", t) for t in terms], ("p", "本协议一式三份，双方各执一份，交法院一份附卷。")])
    s = p.sheet
    y = min(p.y + 60, s.height - FOOT - 300)
    s.text(LEFT, y, "申请执行人（签章）：", song(38))
    s.text(s.width / 2 + mm(6), y, "被执行人（签章）：", song(38))
    signature(s, LEFT + mm(18), y + 70, c.agent, rng, ink=PEN)
    signature(s, s.width / 2 + mm(24), y + 70, r.legal_rep or r.name, rng, ink=PEN)
    if a.kind == "organisation":
        seal(s, LEFT + mm(52), y + 60, a.name, rng, radius=mm(19))
    if r.kind == "organisation":
        seal(s, s.width / 2 + mm(58), y + 60, r.name, rng, radius=mm(19))
    day = made_on(c, "settlement_agreement")
    s.right(s.width - RIGHT, y + 200, f"{day.year}年{day.month}月{day.day}日", song(38))
    return printed(folios(p.sheets, song(30)), "bureau")


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's finance office's 案款发放审批单 with the bank's transfer slip printed below it."""
    s = Sheet()
    y = form_title(s, "执行案款发放审批单")
    w = s.width - LEFT - RIGHT
    d = made_on(c, "payment_voucher")
    rows = [["案号", c.number], ["收款人", c.applicant.name], ["到账日期", num_date(c.extra["paid_on"]), "承办人", c.officer],
            ["开户行", c.extra["in_bank"]], ["账号", c.extra["in_acct"]], ["发放金额", f"{c.amount:,.2f}元"],
            ["大写", money(c.amount).split("大写：")[1].rstrip("）")], ["承办人意见", ""], ["执行局审批", ""], ["财务复核", ""]]
    hs = [90, 90, 90, 90, 90, 90, 90, 170, 170, 150]
    table(s, LEFT, y, [mm(32), w / 2 - mm(32), mm(26), w / 2 - mm(26)], rows, song(32), row_h=hs, centre_first=True)
    yy = y + sum(hs[:7])
    pen(s, LEFT + mm(40), yy + 50, "案款已到账，请予发放。", rng)
    pen(s, LEFT + mm(120), yy + 110, f"{c.officer} {d.month}.{d.day}", rng, size=34)
    pen(s, LEFT + mm(40), yy + 220, "同意发放", rng, ink=(150, 28, 30))
    pen(s, LEFT + mm(40), yy + 390, "已复核", rng)
    by = y + sum(hs) + 70
    s.line(LEFT, by, s.width - RIGHT, by, width=1)
    s.text(LEFT, by + 30, "附：网上银行电子回单", hei(36))
    slip = [["付款户名", f"{COURT}执行款专户"], ["收款户名", c.applicant.name], ["收款账号", c.extra["in_acct"]],
            ["金额", f"CNY {c.amount:,.2f}"], ["交易时间", f"{d:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:"
                                                    f"{rng.randint(0, 59):02d}"], ["用途", f"{c.number}案款"]]
    table(s, LEFT + mm(10), by + 100, [mm(40), w - mm(60)], slip, song(30),
          row_h=66)
    seal(s, s.width - RIGHT - mm(38), by + 300, "电子回单专用章", rng, radius=mm(15))
    return printed([s], "bureau")


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """财产申报表: the court's blank form, filled by the respondent's side in pen."""
    s = Sheet()
    y = form_title(s, "被执行人财产申报表")
    s.text(LEFT, y - 20, f"案号：{c.number}", song(34))
    w = s.width - LEFT - RIGHT
    r = c.respondent
    items = ["银行存款（开户行、账号、余额）", "现金及有价证券", "不动产", "机动车辆", "对外投资、股权", "到期债权、应收账款",
             "其他财产", "收入来源及变动情况"]
    rows = [["申报人", ""], ["身份证号/信用代码", ""], *[[k, ""] for k in items], ["申报人承诺", ""]]
    hs = [96, 96, *[120] * len(items), 170]
    table(s, LEFT, y + 40, [mm(62), w - mm(62)], rows, song(32), row_h=hs)
    x = LEFT + mm(66)
    yy = y + 40
    pen(s, x, yy + 26, r.name, rng)
    s.text(x, yy + 96 + 30, r.id_number, song(32))
    answers = {"apple": ["农信社账户余额约二十余万元", "无", "无（冷库系租赁）", "无", "无", "果商欠货款未结", "库存苹果约三百吨",
                         "经营收入，季节性"],
               "wage": ["无", "无", "无", "无", "无", "无", "无", "已停产无收入"],
               "yarn": ["个人储蓄卡约两万元", "无", "自住房一套（按揭中）", "无", "无", "客户欠款约五万元", "缝纫机具若干",
                        "加工费收入"]}[story(c)]
    ay = yy + 192
    for ans in answers:
        pen(s, x, ay + 36, ans, rng, size=36)
        ay += 120
    pen(s, x, ay + 30, "以上申报属实", rng, size=36)
    signature(s, x + mm(70), ay + 80, r.legal_rep or r.name, rng, ink=PEN)
    return printed([s], "bureau")


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 总对总 network inquiry's feedback, printed from the case system in its small sans table."""
    from dossier.corpus.fonts import font
    s = Sheet()
    f = font("sans", 28)
    s.centred(TOP - 20, "网络执行查控系统（总对总）查询结果反馈", font("sans_bold", 44))
    d = made_on(c, "online_inquiry_result")
    s.text(LEFT, TOP + 60, f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", f)
    s.text(LEFT, TOP + 104, f"查询发起：{d:%Y-%m-%d}　承办人：{c.officer}　打印时间：{d + timedelta(days=2):%Y-%m-%d %H:%M}", f)
    rows = [["序号", "协助单位", "反馈结果", "财产信息", "反馈日期"]]
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "邮储银行", "陕西信合", "长安银行",
             "公安部（车辆）", "自然资源部（不动产）", "支付宝", "财付通", "中国证券登记结算", "市场监管总局（股权）"]
    for i, u in enumerate(units, 1):
        hit = (story(c) == "apple" and u == "陕西信合") or (story(c) == "yarn" and u == "中国建设银行")
        info = (f"存款余额{(c.amount * Decimal('0.6')).quantize(Decimal('0.01'))}元" if hit else "无")
        rows.append([str(i), u, "已反馈" if rng.random() > 0.05 else "未反馈", info,
                     f"{d + timedelta(days=rng.randint(0, 2)):%m-%d}"])
    w = s.width - LEFT - RIGHT
    table(s, LEFT, TOP + 170, [mm(16), mm(52), mm(30), w - mm(16 + 52 + 30 + 28), mm(28)], rows, f, row_h=76, width=1,
          centre_first=True)
    s.right(s.width - RIGHT, s.height - FOOT, "第1页 共1页", f)
    return printed([s], "laser")


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    w = s.width - LEFT - RIGHT
    how = {"apple": "执行完毕", "yarn": "执行完毕", "wage": "终结本次执行程序"}[story(c)]
    got = Decimal(0) if story(c) == "wage" else c.amount
    rows = [["案　号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{got:,.2f}元"],
            ["结案方式", how, "结案日期", num_date(c.closed_on)], ["承办人意见", ""], ["团队负责人意见", ""], ["局长审批", ""]]
    hs = [100, 100, 140, 100, 100, 290, 230, 230]
    table(s, LEFT, y, [mm(36), w / 2 - mm(36), mm(30), w / 2 - mm(30)], rows, song(32), row_h=hs, centre_first=True)
    yy = y + sum(hs[:5])
    pen(s, LEFT + mm(42), yy + 50, f"本案已{how}，卷内材料齐全，建议报结。", rng)
    pen(s, s.width - RIGHT - mm(70), yy + 200, f"{c.officer}　{d.month}月{d.day}日", rng, size=34)
    pen(s, LEFT + mm(42), yy + 330, "同意。", rng)
    pen(s, s.width - RIGHT - mm(70), yy + 430, c.judge, rng, size=36)
    pen(s, LEFT + mm(42), yy + 560, "同意结案", rng, ink=(140, 26, 30))
    pen(s, s.width - RIGHT - mm(70), yy + 660, person_name(rng), rng, size=36, ink=(140, 26, 30))
    return printed([s], "bureau")


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
         "termination_this_round_ruling": "执行裁定书", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信名单）", "enforcement_ruling": "执行裁定书", "summons": "传票",
         "closing_notice": "结案通知书", "payment_notice": "交纳执行费通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 in the SPC form: a two-column ruled table, what was served one a row, signed and dated by hand."""
    to_applicant = served[0] in ("acceptance_notice", "termination_this_round_ruling", "closing_notice")
    who = c.applicant if to_applicant else c.respondent
    signer = c.agent if to_applicant else (who.legal_rep or who.name)
    when = max(made_on(c, x) for x in served)
    got = when + timedelta(days=rng.randint(1, 5))
    s = Sheet()
    y = form_title(s, "送 达 回 证")
    s.right(s.width - RIGHT, y - 24, c.number, song(36))
    w = s.width - LEFT - RIGHT
    rows = [["送达文书名称", ""], ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名或盖章", ""],
            ["代收人及代收理由", ""], ["送达方式", rng.choice(["直接送达", "直接送达", "留置送达"]) if not to_applicant else "直接送达"],
            ["送达人", f"{c.clerk}　{c.officer}"], ["备　注", ""]]
    hs = [90 + 74 * len(served), 100, 130, 260, 110, 100, 100, 150]
    y += 40
    table(s, LEFT, y, [mm(52), w - mm(52)], rows, song(36), row_h=hs, centre_first=True)
    ty = y + 45
    for x in served:
        s.text(LEFT + mm(58), ty, f"{NAMES[x]}　一份", song(34))
        ty += 74
    yy = y + sum(hs[:3])
    signature(s, LEFT + mm(66), yy + 60, signer, rng, ink=PEN)
    pen(s, LEFT + mm(110), yy + 170, f"{got.year}年{got.month}月{got.day}日", rng, size=38, ink=(24, 30, 88))
    end = y + sum(hs) + 80
    s.right(s.width - RIGHT - mm(12), end, cn_date(when), song(40))
    seal(s, s.width - RIGHT - mm(40), end + 10, COURT, rng, radius=mm(19))
    s.text(LEFT, s.height - FOOT - 10, "注：受送达人签收时请写明收到日期。", song(30))
    return printed([s], "bureau")


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    filed = c.closed_on + timedelta(days=rng.randint(10, 18))
    w = s.width - LEFT - RIGHT
    if code == "dossier_cover":
        s.box(mm(20), mm(20), s.width - mm(20), s.height - mm(20), width=5)
        s.box(mm(24), mm(24), s.width - mm(24), s.height - mm(24), width=1)
        s.centred(mm(48), COURT, song(64), spacing=8)
        s.centred(mm(72), "执　行　卷　宗", hei(104), spacing=18)
        s.centred(mm(98), "（正　卷）", song(48))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行依据", basis_name(c)], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"], ["承办人", c.officer], ["书记员", c.clerk],
                ["归档日期", num_date(filed)], ["保管期限", "长期"]]
        table(s, mm(32), mm(112), [mm(44), s.width - mm(64) - mm(44)], rows, song(36), row_h=[88, 88, 88, 88, 120, *[88] * 7],
              centre_first=True)
        s.text(mm(32), s.height - mm(36), f"全宗号：Q{rng.randint(10, 99)}　年度：{c.filed_on.year}　卷号：{rng.randint(100, 999)}",
               song(36))
        return printed([s], "bureau")
    if code == "catalogue":
        s.centred(TOP, "卷 内 目 录", hei(70), spacing=10)
        s.text(LEFT, TOP + 100, f"{c.number}", song(36))
        items = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "诉讼费收据", "申请执行人营业执照、法定代表人身份证明",
                 "被执行人身份材料", "授权委托书、律师事务所函、律师执业证", "收取执行款账户确认书", "送达地址确认书",
                 "受理通知书、交费通知书", "执行通知书、报告财产令、财产申报表", "网络查控反馈", "执行裁定书、协助执行通知书",
                 "执行和解协议", "案款发放审批单", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["顺序号", "文件材料题名", "页号", "备注"]]
        page = 1
        for i, it in enumerate(items, 1):
            n = rng.choice([1, 1, 2, 3])
            rows.append([str(i), it, f"{page}—{page + n - 1}" if n > 1 else str(page), ""])
            page += n
        table(s, LEFT, TOP + 170, [mm(20), w - mm(20 + 26 + 20), mm(26), mm(20)], rows, song(30), row_h=80,
              centre_first=True)
        return printed([s], "bureau")
    if code == "file_review_form":
        y = form_title(s, "执行卷宗归档复核表")
        checks = ["执行依据及生效证明齐全", "法律文书送达回证完整", "案款收付凭证与到位金额相符", "卷内材料排序、页码正确",
                  "卷内目录、封面填写规范", "无空白项、无金属物"]
        rows = [["案　号", c.number], *[[k, ""] for k in checks], ["复核意见", ""], ["复核人", ""]]
        hs = [100, *[104] * len(checks), 240, 110]
        table(s, LEFT, y, [w * 0.64, w * 0.36], rows, song(34), row_h=hs)
        for k in range(len(checks)):
            pen(s, LEFT + w * 0.64 + mm(22), y + 100 + 104 * k + 28, "√", rng, size=46)
        pen(s, LEFT + w * 0.64 + mm(8), y + 100 + 104 * len(checks) + 70, "同意归档", rng)
        signature(s, LEFT + w * 0.64 + mm(16), y + sum(hs) - 90, person_name(rng), rng, ink=PEN)
        s.right(s.width - RIGHT, y + sum(hs) + 60, num_date(filed), song(36))
        return printed([s], "bureau")
    s.centred(TOP, "备　考　表", hei(70), spacing=14)
    s.box(LEFT, TOP + 130, s.width - RIGHT, s.height - mm(38), width=3)
    s.text(LEFT + 30, TOP + 170, f"本卷情况说明：本卷共有文件材料{rng.randint(52, 74)}页，照片0张。", song(40))
    s.text(LEFT + 30, TOP + 250, "执行款已全部发放完毕，无遗留事项。", song(40))
    s.text(LEFT + 30, s.height - mm(112), "立卷人：", song(40))
    signature(s, LEFT + 200, s.height - mm(114), c.clerk, rng, ink=PEN)
    s.text(LEFT + 30, s.height - mm(86), "检查人：", song(40))
    signature(s, LEFT + 200, s.height - mm(88), person_name(rng), rng, ink=PEN)
    s.text(LEFT + 30, s.height - mm(60), f"立卷时间：{num_date(filed)}", song(40))
    return printed([s], "bureau")
