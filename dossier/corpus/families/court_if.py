"""court_if (内蒙古自治区呼伦贝尔市海拉尔区人民法院, held out): the grassland town on the 海拉尔河 — dairy farms and a
milk-powder plant out at 哈克镇, herdsmen's 草场 leased to tourist yurt camps along the river, hotpot houses on the
town's streets in the long winter. Its own rulings typed in the bureau's GB 宋 (○ for 〇 in the dates), its notices
and forms printed blank and filled in ballpoint; what the parties send is handwritten on 方格稿纸 or a unit's 信笺,
with words struck out, words added over a caret and a thumbprint beside the name (court_if_kit, court_if_papers).
The volumes went colour-to-grey through the bureau's flatbed (court_if_capture)."""

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
from dossier.corpus.families.court_if_kit import (
    BALLPOINT,
    COURT,
    GEL,
    RULE_RED,
    Hand,
    blanks,
    cells,
    court_seal,
    fill,
    form_title,
    letter,
    scribble,
    spread,
    thumbprint,
)
from dossier.corpus.families.court_if_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
MILK_SEQ, PASTURE_SEQ, HOTPOT_SEQ = 10417, 10452, 10486
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 4, "enforcement_ruling": 6, "assistance_notice": 6, "property_declaration_form": 10,
        "investigation_record": 19, "settlement_agreement": 21, "summons": 24, "consumption_restriction_order": 30,
        "dishonest_list_decision": 32, "payment_voucher": 29}
CLOSING = {"interview_record": 14, "termination_this_round_ruling": 7, "closing_notice": 3, "closing_approval_form": 1,
           "file_review_form": -2, "remarks_sheet": -3, "catalogue": -3, "dossier_cover": -4}
"""days before the closing date (negative: after it — the archive's papers)"""
CLERK_HAND = Hand("wenkai", mm(5.6), BALLPOINT, 4.0, 1.6, 0.3)
"""the bureau's clerk: a small, even ballpoint hand"""
CHIEF_HAND = Hand("kai", mm(6.2), GEL, 7.0, 2.2, 0.0)
"""the bureau's leaders and the undertaker signing: black gel, quick"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str, note: str = "") -> date:
    """The day a paper was made; `note` tells a dossier's second paper of one code from its first."""
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher" and note == "second":
        return c.extra["second_paid"]
    if code == "payment_voucher" and tale(c) == "pasture":
        return c.extra["paid_out"]
    if code == "enforcement_ruling" and note == "sale":
        return c.day(44)
    if code == "investigation_record" and tale(c) == "hotpot":
        return c.day(48)
    if code == "payment_voucher":
        return c.extra["first_paid"]
    return c.day(WHEN.get(code, 0))


MONGOL = ["巴特尔", "乌力吉", "宝音图", "额尔敦", "朝鲁", "那顺", "其木格", "斯琴", "阿拉坦仓", "达来", "孟克", "敖登"]


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """海拉尔 parties. MILK_SEQ: a dairy farm's award of the 呼伦贝尔仲裁委员会 for raw milk against a milk-powder plant,
    deposits frozen, paid in two instalments under a settlement; PASTURE_SEQ: a herdsman's judgment of this court for
    草场承包费 against a yurt-camp operator, whose camp equipment is seized and sold; HOTPOT_SEQ: a waiter's judgment for
    injury compensation against a closed hotpot restaurant company, nothing found, 终本."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {MILK_SEQ: "milk", PASTURE_SEQ: "pasture", HOTPOT_SEQ: "hotpot"}[seq]
    c.firm = rng.choice(["内蒙古鸿德律师事务所", "内蒙古呼伦律师事务所", "内蒙古北疆正义律师事务所"])
    c.extra["firm_addr"] = f"呼伦贝尔市海拉尔区{rng.choice(['中央街', '新华街', '西大街'])}{rng.randint(10, 200)}号"
    c.extra["licence"] = f"11507{rng.randint(2010, 2020)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["中国农业银行呼伦贝尔海拉尔支行", "内蒙古农村信用社海拉尔区联社", "中国邮政储蓄银行海拉尔区支行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.agent = person_name(rng)
    c.agent_phone = f"139{rng.randint(10000000, 99999999)}"
    t = tale(c)
    if t == "milk":
        c.applicant = Party(f"呼伦贝尔{rng.choice(['哈克', '伊敏河', '谢尔塔拉'])}牧业有限公司", "organisation",
                            credit_code(rng, "150702"), f"内蒙古自治区呼伦贝尔市海拉尔区哈克镇{rng.choice(['哈克村', '团结村'])}"
                            f"{rng.randint(1, 9)}组", f"0470-39{rng.randint(10000, 99999)}", legal_rep=rng.choice(MONGOL[:6]) if rng.random() < 0.4 else person_name(rng))
        c.respondent = Party(f"呼伦贝尔{rng.choice(['金草原', '雪原', '北乳'])}乳品有限公司", "organisation",
                             credit_code(rng, "150702"), f"内蒙古自治区呼伦贝尔市海拉尔区经济开发区{rng.choice(['乳业', '食品'])}"
                             f"园区{rng.randint(1, 30)}号", f"0470-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "呼伦贝尔仲裁委员会"
        c.basis_number = f"（2023）呼仲裁字第{rng.randint(60, 480)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(2600, 5400)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["tons"] = int(c.amount / Decimal("4100"))
        c.extra["r_bank"] = rng.choice(["中国建设银行呼伦贝尔海拉尔支行", "中国工商银行呼伦贝尔分行营业部"])
        c.extra["r_acct"] = f"1505{rng.randint(10**15, 10**16 - 1)}"
        first = (c.amount / 2).quantize(Decimal("1"))
        c.extra["instalments"] = (first, c.amount - first)
        c.extra["first_paid"] = c.day(rng.randint(27, 31))
        c.extra["second_paid"] = c.day(rng.randint(55, 62))
    elif t == "pasture":
        born = date(rng.randint(1960, 1978), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(rng.choice(MONGOL), "person", id_number(rng, "150702", born),
                            f"内蒙古自治区呼伦贝尔市海拉尔区奋斗镇{rng.choice(['扎罗木得', '陶海', '红旗'])}嘎查", f"150{rng.randint(10**7, 10**8 - 1)}",
                            born=born, sex="男")
        rborn = date(rng.randint(1972, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "150702", rborn),
                             f"内蒙古自治区呼伦贝尔市海拉尔区{rng.choice(['正阳街道', '健康街道', '胜利街道'])}"
                             f"{rng.choice(['河东', '南山', '东山'])}小区{rng.randint(1, 30)}号楼", f"186{rng.randint(10**7, 10**8 - 1)}",
                             born=rborn, sex=rng.choice("男女"))
        c.extra["camp"] = f"{rng.choice(['敖包山', '伊敏河畔', '金帐'])}蒙古包度假营地"
        c.basis_court = COURT
        c.basis_number = f"（2023）蒙0702民初{rng.randint(1000, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "土地承包经营权出租合同纠纷"
        c.extra["acres"] = rng.choice([600, 800, 1200, 1500])
        c.amount = Decimal(rng.randint(52, 96)) * 1000
        c.extra["sale"] = (c.amount * Decimal("1.15")).quantize(Decimal("100"))
        c.extra["paid_out"] = c.day(rng.randint(58, 64))
    else:
        born = date(rng.randint(1978, 1996), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["150702", "150721", "150783"]), born),
                            f"内蒙古自治区呼伦贝尔市海拉尔区{rng.choice(['建设街道', '靠山街道', '呼伦街道'])}"
                            f"{rng.choice(['铁路', '电业', '粮库'])}家属楼{rng.randint(1, 12)}号", f"155{rng.randint(10**7, 10**8 - 1)}",
                            born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"呼伦贝尔{rng.choice(['蒙味', '北国', '草原红'])}餐饮管理有限公司", "organisation",
                             credit_code(rng, "150702"), f"内蒙古自治区呼伦贝尔市海拉尔区{rng.choice(['中央街', '新华街', '桥头大街'])}"
                             f"{rng.randint(1, 120)}号", f"0470-83{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["shop"] = f"{rng.choice(['铜锅', '老北京', '羊蝎子'])}涮肉火锅店"
        c.basis_court = COURT
        c.basis_number = f"（2023）蒙0702民初{rng.randint(6000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 75))
        c.extra["cause"] = "提供劳务者受害责任纠纷"
        c.amount = Decimal(rng.randint(3100, 8800)) * 10 + Decimal(rng.randint(0, 99)) / 100
        c.extra["hurt"] = rng.choice(["右手被绞肉机绞伤", "被翻倒的铜锅烫伤双腿", "在后厨滑倒致左腕骨折"])
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (诉讼费用交纳办法 第十四条): 50 yuan to 10,000, 1.5% of the rest to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{'裁决书' if tale(c) == 'milk' else '民事判决书'}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


# -- the bureau's typed papers ---------------------------------------------------------------------------------------


def gb(s: str) -> str:
    """As the bureau's GB 宋 prints it: ○ for 〇."""
    return s.replace("〇", "○")


def typed(c: CaseCtx, rng: random.Random, title: str, paras: list[tuple[str, str]], *, day: date,
          signers: tuple[tuple[str, str], ...] = (), number: str = "") -> list[Sheet]:
    """A typed paper of the bureau: the court's name in 宋 with a thin rule under it, the title in bold serif spread
    by its length, the number set left under it, a 宋 body, signers in a block at the right, the date in Chinese numerals
    (○), the seal over it; a foot of "第n页 共m页" in the middle when it runs over a page."""
    body = font("song_gb", mm(5.3))
    lead = mm(9.6)
    x0, x1 = mm(27), Sheet().width - mm(24)
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(24), COURT, font("song_gb", mm(7)), spacing=mm(0.5))
    s.line(mm(44), mm(34), s.width - mm(44), mm(34), width=2)
    s.centred(mm(39), title, font("serif_bold", mm(9)), spacing=spread(title))
    y = float(mm(55))
    s.text(x0, y, gb(number or c.number), body)
    y += lead * 1.4

    def need() -> None:
        nonlocal s, y
        if y + lead > s.height - mm(30):
            s = Sheet()
            sheets.append(s)
            y = float(mm(26))

    for kind, text in paras:
        first = body.size * 2 if kind == "p" else 0
        hang = body.size * 2 if kind == "h" else 0
        for k, part in enumerate(wrap(gb(text), body, x1 - x0 - (hang if kind == "h" else 0), indent=first)):
            need()
            s.text(x0 + (first if k == 0 else hang), y, part, body)
            y += lead
    if y + lead * (len(signers) + 4) > s.height - mm(30):
        s = Sheet()
        sheets.append(s)
        y = float(mm(40))
    y += lead * 0.8
    for role, name in signers:
        s.text(x1 - mm(70), y, role, body, spacing=mm(1.5) if len(role) == 3 else 0)
        s.text(x1 - mm(36), y, name, body)
        y += lead
    y += lead * 0.6
    when = gb(cn_date(day))
    s.right(x1 - mm(6), y, when, body)
    court_seal(s, x1 - mm(6) - body.getlength(when) / 2 + rng.uniform(-mm(4), mm(4)), y + mm(2), rng)
    m = len(sheets)
    if m > 1:
        for n, sh in enumerate(sheets, 1):
            sh.centred(sh.height - mm(18), f"第{n}页 共{m}页", font("song_gb", mm(3.8)))
            sh.page_of = (n, m)
    return sheets


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}；法定代表人{p.legal_rep}。")
    born = p.born or date(1980, 1, 1)
    nation = "蒙古族" if p.name in MONGOL else "汉族"
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，{nation}，住{p.address}，公民身份号码{p.id_number}。")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    note = served[0] if served and code != "service_receipt" else ""
    d = made_on(c, code, note)
    t = tale(c)
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    staff = (("执行员", c.officer), ("书记员", c.clerk))
    bench = (("审判长", c.judge), ("审判员", person_name(rng)), ("审判员", c.officer), ("书记员", c.clerk))
    if code in ("acceptance_notice", "payment_notice", "property_report_order", "summons"):
        return [_fill_in(code, c, rng, d)]
    if code == "enforcement_notice":
        return typed(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], day=d, signers=staff)
    if code == "enforcement_ruling":
        if note == "sale":
            order = [("p", f"变卖被执行人{r.name}所有的、已被本院扣押的{c.extra['camp']}蒙古包六顶、柴油发电机组一台及"
                           "木质桌椅、炊具等营地设备，变卖价款用于清偿本案债务。")]
            why = (f"本院于{cn_date(c.day(6))}裁定查封、扣押被执行人的营地设备。经委托评估，上述设备价值较低，双方当事人"
                   "同意不经拍卖直接变卖。依照" + LAW + "第二百五十八条，《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》"
                   "第二条的规定，裁定如下：")
        elif t == "pasture":
            order = [("p", f"查封、扣押被执行人{r.name}在海拉尔区奋斗镇经营的{c.extra['camp']}内的蒙古包六顶、柴油发电机组一台、"
                           "木质桌椅及炊具等营地设备，以清偿" + money(c.amount) + "为限。")]
            why = (f"被执行人未在执行通知指定的期间内履行义务。依照{LAW}第二百五十五条的规定，裁定如下：")
        elif t == "milk":
            order = [("p", f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。")]
            why = f"被执行人未在执行通知指定的期间内履行义务。依照{LAW}第二百五十三条的规定，裁定如下："
        else:
            order = [("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其相应价值的财产。")]
            why = f"被执行人未在执行通知指定的期间内履行义务。依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："
        return typed(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"本院在执行{basis_name(c)}一案中，" + why),
            *order, ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench[2:] if note != "sale" else bench)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank") or rng.choice(["中国农业银行呼伦贝尔海拉尔支行", "中国银行呼伦贝尔分行"])
        ask = (f"冻结被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，冻结期限一年。" if t == "milk"
               else f"冻结被执行人{r.name}（证照号码{r.id_number}）在你行开立的全部账户内的存款，以{money(c.amount)}为限。")
        return typed(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十三条的规定，请协助执行下列事项："), ("p", ask),
            ("p", f"附：执行裁定书一份。执行人员：{c.officer}、{c.clerk}，联系电话{c.court.phone}。"),
        ], day=d, number=c.number.replace("号", "号之一"))
    if code == "consumption_restriction_order":
        who = f"{r.name}及其法定代表人{r.legal_rep}" if r.kind == "organisation" else r.name
        return typed(c, rng, "限制消费令", [
            _party("被限制消费人", r),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  f"依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对{who}采取限制消费措施，"
                  "不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被执行人违反限制消费令的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return typed(c, rng, "决定书", [
            _party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且未按报告财产令如实报告财产。"
                  "依照" + LAW + "第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。"),
        ], day=d, number=c.number.replace("号", "号之二"))
    if code == "termination_this_round_ruling":
        return typed(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"{a.name}与{r.name}{c.extra['cause']}一案，本院作出的{c.basis_number}民事判决书已经发生法律效力。申请执行人于"
                  f"{cn_date(c.filed_on)}向本院申请强制执行，执行标的{money(c.amount)}。"),
            ("p", f"执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询了被执行人名下的存款、车辆、"
                  f"不动产、证券、网络资金等，未发现可供执行的财产；于{cn_date(made_on(c, 'investigation_record'))}到被执行人经营场所"
                  f"实地调查，该店已停业，店面已由房东收回。本院已对被执行人及其法定代表人{r.legal_rep}限制消费，并将被执行人纳入"
                  "失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人暂不能提供其他财产线索，"
                  "同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。被执行人负有继续履行的义务。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench)
    if code == "closing_notice":
        how = ({"milk": f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议分两期付清",
                "pasture": "本院依法变卖被执行人的营地设备，变卖价款已发放申请执行人"}).get(t, "")
        return typed(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，生效法律文书确定的义务已全部履行完毕。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng, d)
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    if code == "closing_approval_form":
        return [_approval(c, rng, d)]
    if code == "dossier_cover":
        return [_cover(c, rng, d)]
    if code == "catalogue":
        return [_catalogue(c, rng, d)]
    if code == "file_review_form":
        return [_review(c, rng, d)]
    if code == "remarks_sheet":
        return [_remarks(c, rng, d)]
    raise KeyError(code)


# -- the bureau's printed blanks and forms, filled in ballpoint ------------------------------------------------------


def _fill_in(code: str, c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """A 填空式 notice from the print shop's pad: its text printed with blanks, the clerk's ballpoint in them."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    title = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书",
             "property_report_order": "报告财产令", "summons": "传　票"}[code]
    y = form_title(s, title)
    f = font("song_gb", mm(5.2))
    hand = CLERK_HAND
    x, w = mm(26), s.width - mm(50)
    s.text(x + w - mm(80), y, "（", f)
    scribble(s, x + w - mm(76), y - mm(1.2), gb(c.number).strip("（"), rng, hand)
    y += mm(13)
    if code == "summons":
        rows = [["案　号", ""], ["案　由", ""], ["被传唤人", ""], ["工作单位或住址", ""], ["传唤事由", ""], ["应到时间", ""],
                ["应到处所", ""], ["注意事项", "一、被传唤人必须准时到达应到处所；二、本传票由被传唤人携带来院报到；"
                                         "三、被执行人经两次传票传唤，无正当理由拒不到场的，可以拘传。"]]
        boxes = cells(s, x, y, [mm(45), w - mm(45)], rows, font("song_gb", mm(4.6)),
                      heights=[mm(15)] * 7 + [mm(30)])
        vals = [c.number, "申请执行" + c.extra["cause"], f"{r.name}（法定代表人{r.legal_rep}）" if r.legal_rep else r.name,
                r.address, "接受执行询问，报告财产情况", f"{d.year}年{d.month}月{(d + timedelta(days=6)).day}日上午9时",
                "本院执行局二楼调解室"]
        for v, row in zip(vals, boxes, strict=False):
            fill(s, row[1], v, rng, hand)
        yy = boxes[-1][0][3] + mm(16)
        s.right(x + w - mm(6), yy, gb(cn_date(d)), f)
        court_seal(s, x + w - mm(40), yy + mm(2), rng)
        s.text(x, yy + mm(30), "执行员：", f)
        scribble(s, x + mm(22), yy + mm(29), c.officer, rng, CHIEF_HAND)
        return s
    if code == "acceptance_notice":
        pieces = [("p", ""), ("b", a.name), ("p", "：你申请执行"), ("b", basis_name(c)), ("p", "一案，本院经审查，符合立案条件，"
                  "已于"), ("b", num_date(c.filed_on)), ("p", "立案执行，案号为"), ("b", c.number),
                  ("p", "。本案执行员"), ("b", c.officer), ("p", "，书记员"), ("b", c.clerk), ("p", "，联系电话"),
                  ("b", c.court.phone), ("p", "。请你在执行中如实提供被执行人的财产线索；你的送达地址、收款账户变更的，"
                                               "应当及时书面告知本院。")]
    elif code == "payment_notice":
        pieces = [("b", a.name), ("p", "：你申请执行"), ("b", r.name), ("p", "一案，依照《诉讼费用交纳办法》第十条、第十四条的"
                  "规定，应交纳申请执行费人民币"), ("b", f"{c.extra['fee']}"), ("p", "元，请于接到本通知之日起七日内到内蒙古自治区"
                  "非税收入代收银行交纳。该费用由被执行人负担，执行中一并收取后退还你方。")]
    else:
        pieces = [("b", r.name), ("p", "：本院受理的"), ("b", a.name), ("p", "申请执行一案，你未按执行通知履行法律文书确定的义务。"
                  "依照《中华人民共和国民事诉讼法》第二百五十二条的规定，责令你于收到本令之日起"), ("b", "五"),
                  ("p", "日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写所附财产申报表。拒绝报告、虚假报告"
                        "或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")]
    y = blanks(s, x, y, w, pieces, rng, hand, f, lead=mm(11.5))
    y += mm(18)
    s.right(x + w - mm(6), y, gb(cn_date(d)), f)
    court_seal(s, x + w - mm(38), y + mm(2), rng)
    s.text(x, s.height - mm(40), "（本件由本院执行局填发　存根联附卷）", font("song_gb", mm(3.6)))
    return s


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
             "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}
    to_applicant = any(x in served for x in ("acceptance_notice", "termination_this_round_ruling", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送 达 回 证")
    x, w = mm(22), s.width - mm(44)
    f = font("song_gb", mm(4.8))
    rows = [["案　号", ""], ["送达文书\n名称及件数", ""], ["受送达人", ""], ["送达地点", ""],
            ["受送达人\n签名或盖章", ""], ["代收人及\n代收理由", ""], ["送达人", ""], ["备　考", ""]]
    hs = [mm(16), mm(34), mm(16), mm(18), mm(40), mm(22), mm(18), mm(26)]
    boxes = cells(s, x, y, [mm(42), w - mm(42)], [[r[0].replace("\n", ""), ""] for r in rows], f, heights=hs)
    when = max(made_on(c, k) for k in served) + timedelta(days=rng.randint(1, 3))
    fill(s, boxes[0][1], c.number, rng, CLERK_HAND)
    fill(s, boxes[1][1], "；".join(f"{names.get(k, k)}一份" for k in served), rng, CLERK_HAND)
    fill(s, boxes[2][1], who.name, rng, CLERK_HAND)
    fill(s, boxes[3][1], "本院执行局" if to_applicant else who.address, rng, CLERK_HAND)
    bx = boxes[4][1]
    signer = who.legal_rep if who.kind == "organisation" else who.name
    party_hand = Hand("kai_gb", mm(7.4), BALLPOINT if rng.random() < 0.5 else GEL, 8, 3, 0)
    sw = scribble(s, bx[0] + mm(12), bx[1] + mm(6), signer, rng, party_hand)
    if who.kind == "person":
        thumbprint(s, bx[0] + mm(22) + sw, bx[1] + mm(14), rng)
    scribble(s, bx[0] + mm(60), bx[1] + mm(25), f"{when.year}.{when.month}.{when.day}", rng, party_hand)
    fill(s, boxes[6][1], f"{c.officer}　{c.clerk}", rng, CHIEF_HAND)
    if rng.random() < 0.5:
        fill(s, boxes[7][1], "直接送达" if not to_applicant else "来院领取", rng, CLERK_HAND)
    s.text(x, boxes[-1][1][3] + mm(5), "注：送达回证由受送达人签名或盖章并注明签收日期；拒收的，送达人在备考栏内注明情况。", font("song_gb", mm(3.6)))
    court_seal(s, x + w - mm(45), boxes[6][1][1] + mm(4), rng)
    return s


def _approval(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    x, w = mm(20), s.width - mm(40)
    f = font("song_gb", mm(4.5))
    ttr = c.method == "terminated_this_round"
    rows = [["案　号", "", "立案日期", ""], ["申请执行人", "", "被执行人", ""], ["执行依据", ""], ["执行标的", "", "到位金额", ""],
            ["结案方式", ""], ["执行经过及\n承办人意见", ""], ["合议庭意见", ""], ["执行局长意见", ""]]
    hs = [mm(15), mm(18), mm(18), mm(15), mm(15), mm(72), mm(30), mm(30)]
    boxes = cells(s, x, y, [mm(36), mm(55), mm(30), w - mm(121)], [[t.replace("\n", "") if t else "" for t in r] for r in rows],
                  f, heights=hs)
    h = CLERK_HAND
    fill(s, boxes[0][1], c.number, rng, h, per_line=12)
    fill(s, boxes[0][3], num_date(c.filed_on), rng, h)
    fill(s, boxes[1][1], c.applicant.name, rng, h, per_line=10)
    fill(s, boxes[1][3], c.respondent.name, rng, h, per_line=10)
    fill(s, boxes[2][1], basis_name(c), rng, h)
    fill(s, boxes[3][1], f"{c.amount:,.2f}元", rng, h)
    fill(s, boxes[3][3], "0元" if ttr else f"{c.amount:,.2f}元", rng, h)
    fill(s, boxes[4][1], "终结本次执行程序" if ttr else "执行完毕", rng, h)
    story = {"milk": "冻结被执行人账户后，双方达成和解，被执行人分两期付清全部款项，申请人出具收条。建议执行完毕结案。",
             "pasture": "查封、扣押被执行人营地设备，经双方同意变卖，价款已发放申请执行人，余款退被执行人。建议执行完毕结案。",
             "hotpot": "网络查控无财产，实地调查火锅店已停业，已限消、纳失，约谈申请人同意终本。建议终结本次执行程序。"}[tale(c)]
    box = boxes[5][1]
    fill(s, (box[0], box[1], box[2], box[3] - mm(14)), story, rng, h)
    scribble(s, box[2] - mm(70), box[3] - mm(12), f"{c.officer} {d.month}月{d.day}日", rng, CHIEF_HAND)
    fill(s, boxes[6][1], "同意。", rng, CHIEF_HAND)
    scribble(s, boxes[6][1][2] - mm(40), boxes[6][1][3] - mm(12), c.judge, rng, CHIEF_HAND)
    fill(s, boxes[7][1], f"同意{'终本' if ttr else '结案'}。", rng, CHIEF_HAND)
    scribble(s, boxes[7][1][2] - mm(52), boxes[7][1][3] - mm(12), f"{person_name(rng)} {d.month}.{d.day}", rng, CHIEF_HAND)
    return s


QA = {
    "pasture": [
        "问：我们是海拉尔区人民法院执行局的执行人员（出示工作证），今天依法到营地调查被执行人的财产，你要如实回答。",
        "答：知道。",
        "问：你和被执行人是什么关系？",
        "答：我是营地雇的看护，冬天营地不营业，老板让我看着。",
        "问：营地里有哪些设备？是谁的？",
        "答：蒙古包六顶，一台柴油发电机，餐厅的桌椅、锅灶，都是老板买的。",
        "问：草场是谁的？",
        "答：草场是嘎查牧民承包的，老板租来开营地，听说租金没给人家。",
        "问：以上说的属实吗？",
        "答：属实。",
    ],
    "hotpot": [
        "问：我们是海拉尔区人民法院执行人员，今天来调查火锅店的情况，请你如实回答。",
        "答：好的。",
        "问：你是什么人？",
        "答：我是这个门市的房东。",
        "问：火锅店现在还营业吗？",
        "答：去年十一月就关门了，欠了我半年房租，老板人也找不着了。",
        "问：店里的桌椅、锅具、冰柜还在吗？",
        "答：能拿走的都被他们拉走了，剩下几张破桌子抵房租了，门市我已经收回来了。",
        "问：你知道被执行人还有别的财产吗？",
        "答：不知道。",
    ],
    "interview": [
        "问：今天约你来，是告诉你案件执行的情况，听听你的意见。",
        "答：好。",
        "问：本院通过网络查控系统查询了被执行人的存款、车辆、房产、证券和网络资金，没有可供执行的财产；到火锅店实地看了，"
        "已停业，店面被房东收回。你知道吗？",
        "答：知道，我也去看过，门锁着。",
        "问：你还能提供被执行人的其他财产线索吗？",
        "答：提供不了。",
        "问：本院已对被执行人和法定代表人限制消费，纳入失信名单。现在没有财产可执行，拟终结本次执行程序，你同意吗？",
        "答：同意。以后发现有财产了我再来申请。",
    ],
}


def _record(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A 笔录 written by the clerk in ballpoint on the bureau's printed record paper: a printed head with blanks,
    red rules under the lines; the person heard signs at every page's foot with a thumbprint."""
    interview = code == "interview_record"
    key = "interview" if interview else tale(c)
    who = c.applicant.name if interview else person_name(rng)
    place = "本院执行局谈话室" if interview else (f"海拉尔区奋斗镇{c.extra.get('camp', '')}" if tale(c) == "pasture"
                                             else f"{c.respondent.address}（原{c.extra.get('shop', '')}）")
    title = "谈　话　笔　录" if interview else "调　查　笔　录"
    head = [f"时间：{d.year}年{d.month}月{d.day}日{rng.randint(9, 15)}时{rng.choice(['00', '20', '40'])}分",
            f"地点：{place}", f"执行人员：{c.officer}　记录人：{c.clerk}",
            f"被{'谈话' if interview else '调查'}人：{who}"]
    paras: list[tuple[str, str]] = [("f", t) for t in head] + [("f", t) for t in QA[key]]
    paras += [("f", "以上笔录我看过，和我说的一样。")]

    sheets = letter(paras, rng, CLERK_HAND, unit=COURT + "　" + title.replace("　", ""), colour=RULE_RED, reserve=2)
    signer = Hand("kai_gb", mm(7), BALLPOINT, 8, 3, 0)
    for n, s in enumerate(sheets, 1):
        y = s.height - mm(20) - mm(14)
        s.text(mm(22), y, "被询问人签名：", font("song_gb", mm(4.2)))
        w = scribble(s, mm(54), y - mm(2), who, rng, signer)
        thumbprint(s, mm(60) + w, y + mm(2), rng)
        s.text(s.width - mm(86), y, "记录人：", font("song_gb", mm(4.2)))
        scribble(s, s.width - mm(68), y - mm(2), c.clerk, rng, CLERK_HAND)
        if len(sheets) > 1:
            s.right(s.width - mm(22), mm(36), f"第{n}页 共{len(sheets)}页", font("song_gb", mm(3.8)))
            s.page_of = (n, len(sheets))
    return sheets


def _cover(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet(paper=(238, 228, 204))
    s.centred(mm(30), COURT, font("song_gb", mm(8)), spacing=mm(0.6))
    s.centred(mm(52), "执 行 卷 宗", font("hei", mm(15)), spacing=mm(6))
    s.centred(mm(76), "（正卷）", font("song_gb", mm(6)))
    x, w = mm(30), s.width - mm(60)
    f = font("song_gb", mm(5))
    rows = [["案号", ""], ["案由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行员", ""], ["书记员", ""],
            ["立案日期", ""], ["结案日期", ""], ["结案方式", ""], ["归档日期", ""], ["保管期限", ""], ["本卷页数", ""]]
    boxes = cells(s, x, mm(96), [mm(40), w - mm(40)], rows, f, heights=mm(12.5))
    vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, c.basis_number + "民事判决书", c.officer, c.clerk,
            num_date(c.filed_on), num_date(c.closed_on), "执行完毕" if c.method == "fully_performed" else "终结本次执行程序",
            num_date(d), "长期", f"{rng.randint(52, 78)}页"]
    for v, row in zip(vals, boxes, strict=True):
        fill(s, row[1], v, rng, CLERK_HAND)
    small = font("song_gb", mm(4))
    s.text(x, s.height - mm(34), "全宗号", small)
    s.text(x + mm(55), s.height - mm(34), "目录号", small)
    s.text(x + mm(110), s.height - mm(34), "案卷号", small)
    scribble(s, x + mm(18), s.height - mm(36), "J093", rng, CLERK_HAND)
    scribble(s, x + mm(73), s.height - mm(36), "2024", rng, CLERK_HAND)
    scribble(s, x + mm(128), s.height - mm(36), str(rng.randint(200, 900)), rng, CLERK_HAND)
    return s


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    y = form_title(s, "卷 内 目 录", court="")
    x, w = mm(18), s.width - mm(36)
    f = font("song_gb", mm(4.4))
    items = ["执行申请书", "民事判决书", "生效证明书", "财产线索", "缴费凭证", "身份证明",
             "授权委托书、律师函、执业证", "收款账户确认书、送达地址确认书", "受理案件通知书、交纳执行费通知书", "执行通知书、报告财产令",
             "财产申报表", "网络查控结果", "执行裁定书（查封、扣押）", "协助执行通知书", "调查笔录", "限制消费令",
             "执行裁定书（变卖）", "案款领取单", "结案通知书", "结案审批表", "送达回证"]
    cells(s, x, y, [mm(16), w - mm(72), mm(28), mm(28)], [["序号", "文件材料题名", "页号", "备注"]], f, heights=mm(12))
    rows = [["", "", "", ""] for _ in items]
    boxes = cells(s, x, y + mm(12), [mm(16), w - mm(72), mm(28), mm(28)], rows, f, heights=mm(10.2))
    page = 1
    for i, (name, row) in enumerate(zip(items, boxes, strict=True), 1):
        fill(s, row[0], str(i), rng, CLERK_HAND)
        fill(s, row[1], name, rng, CLERK_HAND)
        fill(s, row[2], f"{page}" if i < len(items) else f"{page}-{page + 2}", rng, CLERK_HAND)
        page += 1 + (3 if "判决" in name else 1 if name in ("执行申请书", "调查笔录", "网络查控结果") else 0)
    s.text(x, boxes[-1][0][3] + mm(8), "立卷人：", f)
    scribble(s, x + mm(20), boxes[-1][0][3] + mm(7), f"{c.clerk}　{num_date(d)}", rng, CLERK_HAND)
    return s


def _review(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    x, w = mm(20), s.width - mm(40)
    f = font("song_gb", mm(4.6))
    points = ["法律文书齐全", "送达回证齐全、签收完整", "执行款收付凭证齐全", "卷内无空白表格、空白项", "材料排列符合归档顺序",
              "页号连续、目录相符", "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", ""], ["承办人", ""], ["复核项目", "复核结果"], *[[p, ""] for p in points], ["复核意见", ""],
            ["复核人", ""]]
    boxes = cells(s, x, y, [mm(80), w - mm(80)], rows, f, heights=[mm(14)] * 3 + [mm(13)] * len(points) + [mm(34), mm(16)])
    fill(s, boxes[0][1], c.number, rng, CLERK_HAND)
    fill(s, boxes[1][1], f"{c.officer}（书记员{c.clerk}）", rng, CLERK_HAND)
    for row in boxes[3:3 + len(points)]:
        fill(s, row[1], rng.choice(["√", "√ 齐全", "√"]), rng, CHIEF_HAND)
    fill(s, boxes[-2][1], "经复核，卷宗材料齐全，符合归档要求。", rng, CHIEF_HAND)
    fill(s, boxes[-1][1], f"{c.officer}　{num_date(d)}", rng, CHIEF_HAND)
    return s


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    y = form_title(s, "卷 内 备 考 表", court="")
    x, w = mm(22), s.width - mm(44)
    f = font("song_gb", mm(4.8))
    s.text(x, y, "案号：", f)
    scribble(s, x + mm(16), y - mm(1.5), c.number, rng, CLERK_HAND)
    y += mm(12)
    s.box(x, y, x + w, s.height - mm(45), width=3)
    s.text(x + mm(6), y + mm(6), "本卷情况说明", font("hei", mm(5.2)))
    pages = rng.randint(52, 78)
    lines = [f"本卷共有文件材料{pages}页，其中文字材料{pages}页，照片0张。",
             "调查笔录一份系在营地现场手写，已由被调查人签名按印。", "执行款已发放完毕，无遗留事项。"]
    yy = y + mm(22)
    for t in lines:
        for k in range(0, len(t), 22):
            scribble(s, x + mm(12), yy, t[k:k + 22], rng, CLERK_HAND)
            yy += mm(11)
    base = s.height - mm(100)
    for k, (label, val) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(x + mm(80), base + k * mm(16), label, f)
        scribble(s, x + mm(110), base + k * mm(16) - mm(1.5), val, rng, CLERK_HAND)
    return s
