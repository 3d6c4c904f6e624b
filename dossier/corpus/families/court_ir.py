"""court_ir (广东省佛山市顺德区人民法院, held out): 顺德 — the appliance and furniture town of the Pearl River delta,
mould shops in 容桂 and 北滘, furniture malls along 乐从's 325 国道, 双皮奶 and 鱼生 in 大良. Its own papers under the red
letterhead (court_ir_kit); what it receives in the senders' styles (court_ir_papers); the volumes are copies of
security-printed originals, laid on a colour flatbed (court_ir_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_ir_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flowing,
    Leaf,
    body,
    court_paper,
    folio,
    form_title,
    grid,
    pen,
)
from dossier.corpus.families.court_ir_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
MOULD_SEQ, FREIGHT_SEQ, RENT_SEQ = 12917, 12946, 12983
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "property_declaration_form": 9, "enforcement_ruling": 10, "assistance_notice": 11,
        "investigation_record": 14, "summons": 18, "consumption_restriction_order": 33, "dishonest_list_decision": 34,
        "auction_ruling": 70}
CLOSING = {"payment_voucher": 9, "interview_record": 16, "termination_this_round_ruling": 6, "closing_notice": 3,
           "closing_approval_form": 2, "file_review_form": -4, "catalogue": -5, "remarks_sheet": -5,
           "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def hkid(rng: random.Random) -> str:
    """A fictional Hong Kong identity card number with a valid check digit: A123456(7)."""
    letter = rng.choice("ACDEGKPRVYZ")
    digits = f"{rng.randint(100000, 999999)}"
    values = [36, ord(letter) - 55] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return f"{letter}{digits}({'A' if check == 10 else check})"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """顺德 parties. MOULD_SEQ: a 容桂 mould maker enforces a 佛山仲裁委员会 award for moulds against a Hong Kong-owned
    appliance factory in 北滘, whose injection-moulding machines are sealed, appraised and auctioned; FREIGHT_SEQ: a
    logistics company enforces this court's freight judgment against a 龙江 furniture maker, whose settlement due from a
    乐从 furniture mall is garnished and paid; RENT_SEQ: a 大良 landlord enforces this court's rent judgment against a
    restaurant owner who has gone — nothing found, 终本."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {MOULD_SEQ: "mould", FREIGHT_SEQ: "freight", RENT_SEQ: "rent"}[seq]
    c.firm = rng.choice(["广东顺德凤城律师事务所", "广东德禾律师事务所", "广东容桂华商律师事务所"])
    c.extra["firm_addr"] = f"佛山市顺德区大良街道{rng.choice(['德和居委会新城区', '云路居委会', '金榜居委会'])}" \
                           f"{rng.choice(['南国东路', '德胜东路', '凤山中路'])}{rng.randint(2, 180)}号"
    c.extra["licence"] = f"1440620{rng.randint(15, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["广东顺德农村商业银行大良支行", "中国工商银行佛山顺德支行", "招商银行佛山顺德支行"])
    c.extra["in_acct"] = f"8002{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = f"8001{rng.randint(10**13, 10**14 - 1)}"
    c.extra["badge"] = f"44606{rng.randint(100, 999)}"
    t = tale(c)
    if t == "mould":
        c.applicant = Party(f"佛山市顺德区{rng.choice(['容桂精诚', '容桂鸿德', '华口永达'])}模具有限公司", "organisation",
                            credit_code(rng, "440606"), f"佛山市顺德区容桂街道{rng.choice(['华口', '马岗', '容里'])}"
                            f"社区{rng.choice(['工业大道', '兴华路'])}{rng.randint(8, 90)}号", f"0757-2838{rng.randint(1000, 9999)}",
                            legal_rep=person_name(rng))
        short = rng.choice([("美德", "Meide"), ("嘉丰", "Ka Fung"), ("宝利", "Bo Lei")])
        c.respondent = Party(f"佛山市顺德区{short[0]}电器制品有限公司", "organisation", credit_code(rng, "440606"),
                             f"佛山市顺德区北滘镇{rng.choice(['西海', '三桂', '碧江'])}工业区{rng.choice(['兴业路', '科技路'])}"
                             f"{rng.randint(3, 60)}号", f"0757-2663{rng.randint(1000, 9999)}",
                             legal_rep=rng.choice(["陈志明", "黄家豪", "梁国雄", "李德华"]))
        c.extra["en_name"] = f"Foshan Shunde {short[1]} Electrical Appliances Co., Ltd."
        c.extra["en_rep"] = {"陈志明": "CHAN Chi Ming", "黄家豪": "WONG Ka Ho", "梁国雄": "LEUNG Kwok Hung",
                             "李德华": "LEE Tak Wah"}[c.respondent.legal_rep]
        c.extra["hkid"] = hkid(rng)
        c.extra["parent"] = f"{short[1]} Industrial (Holdings) Limited {short[0]}實業（集團）有限公司"
        c.extra["hk_lawyer"] = rng.choice(["張偉文", "何美儀", "羅家俊"])
        c.basis_kind = "arbitration"
        c.basis_court = "佛山仲裁委员会"
        c.basis_number = f"（2023）佛仲字第{rng.randint(300, 2900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "定作合同纠纷"
        c.amount = Decimal(rng.randint(6200, 17800)) * 100 + Decimal(rng.randint(0, 99)) / 100
        machines = rng.randint(3, 5)
        c.extra["machines"] = machines
        c.extra["appraised"] = (c.amount * Decimal("1.35")).quantize(Decimal("100"))
        c.extra["sold"] = (c.extra["appraised"] * Decimal("0.86")).quantize(Decimal("1"))
        c.closed_on = c.filed_on + timedelta(days=rng.randint(150, 165))
    elif t == "freight":
        c.applicant = Party(f"佛山市顺德区{rng.choice(['顺通', '捷运', '德航'])}物流有限公司", "organisation",
                            credit_code(rng, "440606"), f"佛山市顺德区陈村镇{rng.choice(['潭村', '石洲', '仙涌'])}"
                            f"物流园{rng.randint(1, 30)}号仓", f"0757-2331{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"佛山市顺德区龙江镇{rng.choice(['雅居', '名匠', '森雅'])}家具有限公司", "organisation",
                             credit_code(rng, "440606"), f"佛山市顺德区龙江镇{rng.choice(['仙塘', '东头', '世埠'])}"
                             f"社区{rng.choice(['工业路', '龙峰路'])}{rng.randint(2, 66)}号", f"0757-2320{rng.randint(1000, 9999)}",
                             legal_rep=person_name(rng))
        c.extra["mall"] = f"佛山市顺德区乐从{rng.choice(['红星', '罗浮宫', '东盟'])}家居广场有限公司"
        c.extra["mall_code"] = credit_code(rng, "440606")
        c.basis_court = COURT
        c.basis_number = f"（2023）粤0606民初{rng.randint(8000, 26000)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "运输合同纠纷"
        c.amount = Decimal(rng.randint(820, 2900)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["owed"] = (c.amount * Decimal("1.6")).quantize(Decimal("1"))
    else:
        born = date(rng.randint(1956, 1972), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "440606", born),
                            f"佛山市顺德区大良街道{rng.choice(['华盖路', '清晖路', '东乐路'])}{rng.randint(3, 120)}号",
                            f"136{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1978, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["440606", "441481", "450881"]), born),
                             f"佛山市顺德区容桂街道{rng.choice(['桂洲大道', '文塔路'])}{rng.randint(10, 300)}号",
                             f"135{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["shop"] = f"{rng.choice(['大良', '凤城', '桂畔'])}{rng.choice(['鱼生', '双皮奶', '煲仔饭'])}" \
                          f"{rng.choice(['食府', '小馆', '大排档'])}"
        c.extra["premises"] = f"佛山市顺德区大良街道{rng.choice(['华盖路步行街', '清晖路'])}{rng.randint(5, 99)}号首层铺位"
        c.basis_court = COURT
        c.basis_number = f"（2023）粤0606民初{rng.randint(26000, 39000)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.amount = Decimal(rng.randint(480, 1900)) * 100
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000, 1.5 % to 500,000, 1 % above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{'裁决书' if tale(c) == 'mould' else '民事判决书'}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，{'董事长' if '电器' in p.name else '总经理'}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_title(c)}一案，本院经审查，符合法定受理条件，"
                  f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方积极提供被执行人的财产线索，"
                  "通讯地址、收款账户变更的，应当及时书面告知本院。"),
            ("p", "执行进展可通过“广东法院诉讼服务网”“粤公正”小程序查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费人民币{c.extra['fee']}元，"
                  "由你方预交，执行中向被执行人收取后退还。"),
            ("p", "请于收到本通知次日起七日内通过广东省非税收入缴款码交纳，逾期未交纳的，执行费在执行款中优先扣除。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院于{cn_date(c.filed_on)}依法立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并依法对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令{_you(r)}自收到本令之日起五日内，如实向本院报告当前"
                  "以及收到执行通知之日前一年的财产情况，并填写随附的财产申报表。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, "auction" in served)
    if code == "assistance_notice":
        return _garnish(c, rng, d) if tale(c) == "freight" else _assist(c, rng, d)
    if code == "closing_notice":
        how = {"mould": f"本院依法查封、评估、拍卖被执行人的注塑机{c.extra.get('machines', 0)}台，拍卖所得价款已按顺序清偿",
               "freight": f"本院冻结被执行人对{c.extra.get('mall', '')}的到期债权，该公司已按本院履行到期债务通知书将款项"
                          "交至本院执行款专户"}.get(tale(c), "")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已于{cn_date(made_on(c, 'payment_voucher'))}划入你方确认的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已全部履行完毕，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}房屋租赁合同纠纷一案中，{basis_title(c)}已经发生法律效力，"
                  f"申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控系统查询被执行人名下"
                  "存款、车辆、不动产、证券、网络资金、公积金等，未发现可供执行的财产；到被执行人经营的"
                  f"“{c.extra.get('shop', '')}”原址调查，该店已关闭，铺位已由申请执行人收回，被执行人去向不明。本院已对被执行人采取"
                  "限制消费措施，并将其纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知财产调查情况，申请执行人表示暂无其他财产线索，"
                  "同意终结本次执行程序。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行，申请恢复执行不受申请执行时效期间的限制。"
                  "被执行人负有继续向申请执行人履行债务的义务。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, red=False, copies=0)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人采取限制消费措施，"
                  "不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被执行人违反限制消费令的，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且拒不报告财产情况。依照{LAW}"
                  "第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), day=d)
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


def _ruling(c: CaseCtx, rng: random.Random, auction: bool) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)]
    intro = (f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，{basis_title(c)}已经发生法律效力。"
             f"申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，被执行人未按执行通知履行义务。")
    if tale(c) == "mould" and auction:
        body_ = [("p", intro + f"本院于{cn_date(made_on(c, 'enforcement_ruling'))}查封被执行人所有的注塑机"
                              f"{c.extra['machines']}台，经本院委托佛山市{rng.choice(['信德', '中正', '粤华'])}资产评估有限公司评估，"
                              f"上述设备评估价值为人民币{c.extra['appraised']:,.2f}元，评估报告已送达双方当事人，双方均未提出异议。"),
                 ("p", f"依照{LAW}第二百五十八条，《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第一条的规定，"
                       "裁定如下："),
                 ("p", f"拍卖被执行人{r.name}所有的注塑机{c.extra['machines']}台（查封清单附后），拍卖通过淘宝网司法拍卖网络平台"
                       "公开进行，起拍价为评估价的百分之七十。"),
                 ("p", "本裁定送达后立即生效。")]
        day = c.day(WHEN["auction_ruling"])
    else:
        what = {"mould": f"查封、扣押被执行人{r.name}所有的位于其厂区的注塑机等生产设备，查封期限二年",
                "freight": f"冻结被执行人{r.name}对第三人{c.extra.get('mall', '')}享有的到期债权，以{money(c.amount)}为限",
                "rent": f"冻结、划拨被执行人{r.name}名下的银行存款{money(c.amount)}，或者查封、扣押其相应价值的财产"}[tale(c)]
        body_ = [("p", intro + f"依照{LAW}第二百五十三条、第二百五十五条"
                              + ("，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百九十九条" if tale(c) == "freight"
                                 else "") + "的规定，裁定如下："),
                 ("p", what + "。"), ("p", "本裁定立即执行。")]
        day = made_on(c, "enforcement_ruling")
    return court_paper(c, rng, "执行裁定书", [*_party("申请执行人", a), *_party("被执行人", r), *body_],
                       signers=bench, day=day, red=False, copies=0,
                       number=c.number.replace("号", "号之一") if auction else "")


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "mould":
        to = "佛山市顺德区北滘镇市场监督管理所"
        ask = (f"对被执行人{r.name}名下登记的注塑机{c.extra['machines']}台（设备编号见查封清单）予以查封登记，查封期间不得办理"
               "抵押、转让等手续。")
    else:
        to = rng.choice(["广东顺德农村商业银行容桂支行", "中国建设银行佛山容桂支行"])
        ask = f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户内的存款，以{money(c.amount)}为限，冻结期限一年。"
    return court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"关于{c.applicant.name}与{r.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
              f"依照{LAW}第二百五十三条、第二百五十五条的规定，请协助执行以下事项："),
        ("p", ask),
        ("n", f"附：执行裁定书一份。执行人员：{c.officer}（工作证号{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之三"), day=d)


def _garnish(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """履行到期债务通知书 to the mall, and the mall's reply on its own letterhead (a document of its own)."""
    r, mall = c.respondent, str(c.extra["mall"])
    sheets = court_paper(c, rng, "履行到期债务通知书", [
        ("to", f"{mall}："),
        ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，查明被执行人{r.name}对你公司享有到期债权"
              f"（租赁展位代收货款结算款），被执行人未履行生效法律文书确定的义务。依照《最高人民法院关于适用〈中华人民共和国"
              "民事诉讼法〉的解释》第四百九十九条的规定，通知如下："),
        ("p", f"一、你公司应自收到本通知之日起，不得向被执行人{r.name}清偿上述债务；"),
        ("p", f"二、你公司应在收到本通知后十五日内向申请执行人履行对被执行人所负的债务，以{money(c.amount)}为限，"
              f"款项交至本院执行款专户（户名：{COURT}，账号{c.extra['court_acct']}）；"),
        ("p", "三、你公司对到期债务有异议的，应当在收到本通知后十五日内向本院提出。擅自向被执行人履行的，本院将责令你公司"
              "在已履行的财产范围内与被执行人承担责任，并可以追究妨害执行的责任。"),
    ], number=c.number.replace("号", "号之三"), day=d)
    s = Leaf(copies=0)
    f = body(5.2)
    s.text(LEFT, TOP - mm(6), mall, font("serif_bold", mm(7)))
    s.text(LEFT, TOP + mm(4), "LECONG FURNITURE PLAZA · 乐从家居", font("sans", mm(3.4)), spacing=mm(0.8))
    s.line(LEFT, TOP + mm(11), s.width - RIGHT, TOP + mm(11), width=3, fill=(30, 80, 150))
    s.centred(TOP + mm(22), "关于履行到期债务通知书的复函", font("serif_bold", mm(7.4)))
    run = Flowing([s], TOP + mm(40))
    lead = f.size * 1.8
    run.para(f"{COURT}：", f, lead=lead)
    paid = made_on(c, "payment_voucher") - timedelta(days=12)
    for text in (f"我司于{num_date(d + timedelta(days=2))}收到贵院{c.number}履行到期债务通知书。经核对，截至收到通知之日，"
                 f"我司尚应向{r.name}支付展位代收货款结算款人民币{c.extra['owed']:,.2f}元，该款项已到结算期。",
                 f"我司对上述债务无异议，已暂停向{r.name}支付，并将于{num_date(paid)}前将人民币{c.amount:,.2f}元转入贵院执行款专户，"
                 "余款待贵院通知后处理。",
                 "特此函复。"):
        run.para(text, f, lead=lead, first=f.size * 2)
    y = run.y + mm(18)
    s.right(s.width - RIGHT - mm(8), y, mall, f)
    s.right(s.width - RIGHT - mm(8), y + lead, num_date(d + timedelta(days=5)), f)
    seal(s, s.width - RIGHT - mm(45), y + mm(4), mall, rng, radius=mm(20))
    s.text(LEFT, y + lead * 3, f"联系人：财务部 {person_name(rng)}　电话：0757-2889{rng.randint(1000, 9999)}", body(4.4))
    s.starts_document = True
    return [*sheets, s]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf(copies=1)
    y = form_title(s, "传票", spread=mm(14))
    s.right(s.width - RIGHT, y, c.number, body(4.8))
    y += mm(10)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", c.extra["cause"] + "（执行）"], ["被传唤人", r.name], ["工作单位或住址", r.address],
            ["传唤事由", "询问财产情况，责令申报财产"], ["应到时间", f"{num_date(d + timedelta(days=8))}上午九时三十分"],
            ["应到处所", "本院执行局（大良德和路院区）一楼执行事务中心3号谈话室"]]
    y = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, body(4.8), heights=mm(16))[-1][0][3] + mm(8)
    for t in ("注意：", "一、被传唤人必须准时到达应到处所，并携带本传票及身份证件。",
              "二、被执行人经依法传唤无正当理由拒不到场的，本院可以拘传。"):
        s.text(LEFT, y, t, body(4.5))
        y += mm(8)
    y += mm(10)
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), body(5.2))
    seal(s, s.width - RIGHT - mm(35), y + mm(2), COURT, rng, radius=mm(20))
    s.text(LEFT, y + mm(22), f"执行员：{c.officer}　书记员：{c.clerk}　联系电话：{c.court.phone}", body(4.5))
    return [s]


QA = {
    "mould": [
        ("问", "我们是顺德区人民法院执行人员（出示工作证），今天依法对被执行人厂区内的生产设备实施查封，你是什么人？"),
        ("答", "我是厂里的行政主管，老板陈生在香港，授权我在场。"),
        ("问", "厂区内的注塑机是否属于被执行人所有？有无抵押或者融资租赁？"),
        ("答", "都是公司买的，发票在财务那里，没有抵押，也不是租的。"),
        ("问", "本院现对车间内的注塑机张贴封条，查封期间不得转移、使用、处分，擅自处分的将依法追究责任，清楚吗？"),
        ("答", "清楚。机器可以放在原地，我们会看管好。"),
        ("问", "查封清单你核对一下，有无异议？"),
        ("答", "没有异议。"),
    ],
    "rent": [
        ("问", "我们是顺德区人民法院执行人员，今天到被执行人经营的店铺调查，你与被执行人是什么关系？"),
        ("答", "我是隔壁铺头的老板，和他做了两年邻居。"),
        ("问", "这家店现在还在经营吗？"),
        ("答", "春节前就关门了，员工工资都没发，老板电话打不通，听说回老家了，也有人说去了外地。"),
        ("问", "店内的桌椅、厨具还在吗？"),
        ("答", "业主收铺的时候清过场，剩下的都是旧东西，不值钱。"),
        ("问", "你是否知道被执行人有其他财产或者住处？"),
        ("答", "不知道。"),
    ],
    "interview": [
        ("问", "我们是顺德区人民法院执行局工作人员，今天约你来，告知案件执行情况并听取你的意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、房产、证券、网络资金、公积金，均无可供执行的财产；到其原经营"
               "的店铺调查，店铺已关闭，被执行人下落不明。你对查控结果有无异议？"),
        ("答", "没有异议，人跑了，铺也是我收回来的。"),
        ("问", "你能否提供被执行人其他的财产线索或者下落？"),
        ("答", "暂时提供不了。"),
        ("问", "本院已对被执行人限制消费，并纳入失信被执行人名单。本院拟终结本次执行程序，你是否同意？"),
        ("答", "同意。以后发现他的财产或者人回来了，我再申请恢复执行。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 typed on the bureau's ruled form: the head in a box, 问/答 on ruled lines, the signatures in pen on every
    page (originals, not copies)."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else ("查封笔录" if tale(c) == "mould" else "调查笔录")
    who = c.applicant.name if interview else person_name(rng)
    place = "本院执行局谈话室" if interview else (c.respondent.address if tale(c) == "mould" else c.extra.get("premises", ""))
    qa = QA["interview" if interview else tale(c)]
    s = Leaf(copies=0)
    sheets: list[Sheet] = [s]
    y = form_title(s, title, issuer=COURT)
    w = s.width - LEFT - RIGHT
    f = body(4.6)
    rows = [["时间", f"{num_date(d)} {rng.randint(9, 15)}时{rng.choice(['00', '20', '40'])}分", "地点", place],
            ["执行人员", f"{c.officer}、{person_name(rng)}", "记录人", c.clerk],
            ["被询问人", who + ("（申请执行人）" if interview else ""), "案号", c.number]]
    y = grid(s, LEFT, y, [mm(22), mm(60), mm(18), w - mm(100)], rows, f, heights=mm(14), shade=(0, 2))[-1][0][3] + mm(6)
    lf = body(5.0)
    lead = mm(10)
    rule = (175, 175, 190)

    def foot(sh: Sheet) -> None:
        sh.text(LEFT, sh.height - mm(36), "被询问人：", body(4.4))
        pen(sh, LEFT + mm(22), sh.height - mm(38), who, rng, size=6.2)
        sh.text(sh.width - RIGHT - mm(70), sh.height - mm(36), "执行人员：", body(4.4))
        pen(sh, sh.width - RIGHT - mm(46), sh.height - mm(38), c.officer, rng, size=6.0, ink=(25, 25, 25))

    for tag, text in qa:
        for k, part in enumerate(wrap(f"{tag}：{text}", lf, w - mm(2))):
            if y + lead > s.height - mm(48):
                foot(s)
                s = Leaf(copies=0)
                sheets.append(s)
                y = float(TOP)
            s.line(LEFT, y + lead - mm(2), s.width - RIGHT, y + lead - mm(2), width=1, fill=rule)
            s.text(LEFT + (0 if k == 0 else lf.size * 2), y, part, lf)
            y += lead
    if tale(c) == "mould" and not interview:
        if y + mm(9) * (int(c.extra["machines"]) + 2) + mm(40) > s.height - mm(48):
            foot(s)
            s = Leaf(copies=0)
            sheets.append(s)
            y = float(TOP)
        y += mm(3)
        s.text(LEFT, y, "附：查封清单", body(4.8))
        y += mm(8)
        rows = [["序号", "设备名称", "型号", "数量", "封条编号"]] + [
            [str(i), "注塑机", rng.choice(["海天MA2500", "海天MA3800", "震德JM468", "力劲PT-360"]), "1台",
             f"粤0606执封{rng.randint(1000, 9999)}"] for i in range(1, int(c.extra["machines"]) + 1)]
        y = grid(s, LEFT, y, [mm(14), mm(40), mm(42), mm(18), w - mm(114)], rows, body(4.2), heights=mm(9),
                 shade=(0, 3))[-1][0][3] + mm(4)
    if y + mm(24) > s.height - mm(44):
        foot(s)
        s = Leaf(copies=0)
        sheets.append(s)
        y = float(TOP)
    s.text(LEFT, y + mm(2), "（以上笔录已交被询问人阅看）", body(4.6))
    pen(s, LEFT + mm(5), y + mm(11), "以上笔录我看过，与我讲的一样。", rng, size=5.6)
    foot(s)
    return folio(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf(copies=0)
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y, f"案号：{c.number}", body(4.6))
    y += mm(10)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["申请执行标的", f"{c.amount:,.2f}元", "实际到位金额", f"{done:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["合议庭意见", ""], ["分管局领导意见", ""]]
    hs = [mm(15)] * 5 + [mm(50), mm(34), mm(34)]
    boxes = grid(s, LEFT, y, [mm(34), mm(58), mm(32), w - mm(124)], rows, body(4.5), heights=hs, shade=(0, 2))
    view = {"mould": "已查封、评估、拍卖被执行人注塑机，拍卖款已发放申请执行人，执行标的已全部到位，拟以执行完毕结案。",
            "freight": "第三人已按履行到期债务通知书交付款项，案款已发放，执行标的全部到位，拟以执行完毕结案。",
            "rent": "经网络查控、实地调查，被执行人无财产可供执行且下落不明，已限消、纳失，约谈申请人同意，拟终结本次执行程序。"}
    x = boxes[5][1][0] + mm(3)
    pen(s, x, boxes[5][1][1] + mm(4), view[tale(c)], rng, size=5.0, per_line=21)
    pen(s, boxes[5][1][2] - mm(62), boxes[5][1][3] - mm(10), f"{c.officer}　{num_date(d)}", rng, size=4.8)
    pen(s, x, boxes[6][1][1] + mm(6), "经合议，同意承办人意见。", rng, size=5.4)
    pen(s, boxes[6][1][2] - mm(40), boxes[6][1][3] - mm(11), c.judge, rng, size=5.4)
    pen(s, x, boxes[7][1][1] + mm(6), f"同意{how}。", rng, size=5.4, ink=(30, 30, 30))
    pen(s, boxes[7][1][2] - mm(40), boxes[7][1][3] - mm(11), person_name(rng), rng, size=5.4, ink=(30, 30, 30))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "payment_notice": "交纳申请执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Leaf(copies=0)
    y = form_title(s, "送达回证", spread=mm(8))
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    mail = tale(c) == "rent" and not to_applicant
    rows = [["案号", c.number], ["送达文书名称和件数", "、".join(NAMES.get(x, x) for x in served) + "　各一份"],
            ["受送达人", who.name], ["送达地址", who.address], ["送达方式", "邮寄送达（EMS）" if mail else "直接送达"],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备考", ""]]
    hs = [mm(14), mm(24), mm(14), mm(18), mm(14), mm(30), mm(14), mm(18), mm(15), mm(28)]
    boxes = grid(s, LEFT, y, [mm(48), w - mm(48)], rows, body(4.6), heights=hs)
    right = [b[1] for b in boxes]
    if mail:
        pen(s, right[9][0] + mm(3), right[9][1] + mm(4), f"EMS{rng.randint(10**10, 10**11 - 1)}CS 邮件被退回，退回原因："
            "原址查无此人。", rng, size=4.6, per_line=26, ink=(30, 30, 30))
    else:
        sign = (who.legal_rep if who.kind == "organisation" else who.name) if rng.random() < 0.5 or not to_applicant \
            else c.agent
        if who is c.respondent and tale(c) == "mould":
            sign = person_name(rng)
            pen(s, right[7][0] + mm(3), right[7][1] + mm(4), f"{sign}（行政主管，受法定代表人委托）", rng, size=4.8)
        else:
            pen(s, right[5][0] + mm(16), right[5][1] + mm(9), sign, rng, size=7.0)
    pen(s, right[6][0] + mm(10), right[6][1] + mm(3), num_date(when), rng, size=5.2)
    pen(s, right[8][0] + mm(10), right[8][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=5.2, ink=(25, 25, 25))
    seal(s, right[6][2] - mm(40), right[6][1] + mm(2), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][0][3] + mm(4), "注：受送达人拒绝签收的，送达人应在备考栏内注明拒收事由和日期。", body(4.0))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover on buff card: the court over a big 执行卷 title, the case's particulars in a ruled frame."""
    s = Leaf(paper=(238, 226, 196), copies=0)
    ink = (120, 40, 30)
    s.text(LEFT, mm(20), f"档号：{c.filed_on.year}-Z{rng.randint(10, 99)}-{rng.randint(100, 999)}", body(4.6))
    s.right(s.width - RIGHT, mm(20), "保管期限：长期", body(4.6))
    s.centred(mm(40), COURT, font("serif_bold", mm(8)), fill=ink, spacing=mm(1))
    s.centred(mm(58), "执行卷", font("serif_bold", mm(20)), fill=ink, spacing=mm(16))
    s.centred(mm(88), "（正卷）", font("serif", mm(6)), fill=ink)
    w = s.width - LEFT - RIGHT
    rows = [["案号", ""], ["案由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["立案日期", ""], ["结案日期", ""], ["结案方式", ""], ["承办人", ""], ["书记员", ""], ["归档日期", ""],
            ["本卷", ""]]
    boxes = grid(s, LEFT, mm(104), [mm(40), w - mm(40)], rows, body(5.0), heights=mm(12.5), ink=ink)
    values = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, c.basis_number, f"{c.amount:,.2f}元",
              num_date(c.filed_on), num_date(c.closed_on),
              "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕", c.officer, c.clerk, num_date(d),
              f"共壹册　{rng.randint(60, 90)}页"]
    for v, row in zip(values, boxes, strict=True):
        pen(s, row[1][0] + mm(4), row[1][1] + mm(2.5), v, rng, size=5.0, ink=(20, 20, 20))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["申请执行书", "仲裁裁决书", "生效证明书", "财产线索表", "申请执行费缴款凭证", "申请执行人营业执照", "被执行人主体资料",
             "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书", "受理案件通知书", "交纳申请执行费通知书",
             "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书（查封）", "协助执行通知书", "查封笔录",
             "执行裁定书（拍卖）", "拍卖成交确认书、案款凭证", "结案通知书", "结案审批表", "送达回证", "归档审查表", "备考表"]
    s = Leaf(copies=0)
    y = form_title(s, "卷内目录", issuer="", spread=mm(8))
    s.text(LEFT, y, f"{COURT}　{c.number}", body(4.4))
    y += mm(8)
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "日期", "页号"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, "", str(page)])
        page += 3 if "裁决书" in name else (2 if name in ("申请执行书", "网络查控结果", "被执行人主体资料") else 1)
    grid(s, LEFT, y, [mm(16), w - mm(70), mm(32), mm(22)], rows, body(4.0), heights=mm(7.6), shade=(0, 3))
    pen(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=5.0)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf(copies=0)
    y = form_title(s, "执行卷宗归档复核表")
    w = s.width - LEFT - RIGHT
    points = ["法律文书齐全，正本、存根完整", "送达回证齐全，送达程序合法", "查封、评估、拍卖手续完备", "执行款收付凭证齐全",
              "卷内目录与材料一致", "材料排列顺序、页码编写规范", "电子卷宗随案生成、同步上传"]
    rows = [["案号", c.number], ["承办人", c.officer], ["复核项目", "复核结果"], *[[p, ""] for p in points], ["复核意见", ""],
            ["复核人", ""]]
    hs = [mm(13)] * 3 + [mm(12)] * len(points) + [mm(32), mm(16)]
    boxes = grid(s, LEFT, y, [mm(84), w - mm(84)], rows, body(4.6), heights=hs, shade=(0,))
    for row in boxes[3:3 + len(points)]:
        pen(s, row[1][0] + mm(12), row[1][1] + mm(2), "√ 符合", rng, size=5.2)
    pen(s, boxes[-2][1][0] + mm(4), boxes[-2][1][1] + mm(6), "材料齐全，同意归档。", rng, size=5.6)
    pen(s, boxes[-1][1][0] + mm(4), boxes[-1][1][1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=5.2)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf(copies=0)
    y = form_title(s, "卷内备考表", issuer="", spread=mm(6))
    s.text(LEFT, y, f"案号：{c.number}", body(4.6))
    y += mm(10)
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=3)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", font("hei", mm(5.4)))
    pages = rng.randint(60, 90)
    yy = pen(s, LEFT + mm(12), y + mm(20), f"本卷共有文件材料{pages}页，其中复印件{pages // 2}页，照片一组已另存电子卷宗。", rng,
             size=5.6, per_line=22)
    pen(s, LEFT + mm(12), yy + mm(3), "拍卖款已按法定顺序清偿并发放完毕，无遗留事项。", rng, size=5.6, per_line=22)
    base = s.height - mm(100)
    for k, (label, name) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(84), base + k * mm(16), label, body(5.0))
        pen(s, LEFT + mm(110), base + k * mm(16) - mm(1), name, rng, size=5.8)
    return [s]
