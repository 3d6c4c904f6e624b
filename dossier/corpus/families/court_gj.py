"""court_gj (湖北省黄石市下陆区人民法院, held out): the mining and steel town on 磁湖 — 大冶's copper and iron mines and
their suppliers, the rolling mills of 下陆, the cement kilns along the Yangtze, 黄石港饼 bakeries and the lakeside
restaurants of 磁湖. Its own papers in the bureau's tracked-serif style (court_gj_kit); what it receives in the
senders' styles (court_gj_papers). The bureau files copies of copies (court_gj_capture)."""

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
from dossier.corpus.families.court_gj_kit import (
    COURT,
    L,
    R,
    T,
    court_paper,
    form_title,
    heavy,
    number_pages,
    own_copies,
    pen,
    ruled,
    serif,
)
from dossier.corpus.families.court_gj_papers import RECEIVED, received, usc_92
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
MILL_SEQ, BAKERY_SEQ, CEMENT_SEQ = 19062, 19541, 19837
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 12, "enforcement_ruling": 9, "assistance_notice": 9,
        "summons": 18, "investigation_record": 26, "consumption_restriction_order": 33, "dishonest_list_decision": 33,
        "settlement_agreement": 22, "payment_voucher": 38}
CLOSING = {"interview_record": 21, "termination_this_round_ruling": 7, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher" and tale(c) == "cement":
        last: date = c.extra["instalments"][-1][0]
        return last
    return c.day(WHEN.get(code, 0))


def _born(rng: random.Random, lo: int = 1965, hi: int = 1990) -> date:
    return date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _person(rng: random.Random, region: str, address: str, phone: str, *, sex: str = "") -> Party:
    b = _born(rng)
    return Party(person_name(rng), "person", id_number(rng, region, b), address, phone, born=b,
                 sex=sex or rng.choice("男女"))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, 1.5 % of the part above it up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (min(amount, Decimal(500000)) - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """黄石 parties. MILL_SEQ: a 大冶 mine-parts supplier's judgment of this court for rolls and liners sold to a 下陆
    rolling mill, which pays in one sum once its account is frozen; BAKERY_SEQ: a married couple who bake 黄石港饼 win
    this court's judgment for Mid-Autumn gift boxes against a 磁湖 lakeside restaurant company, which has closed with
    nothing left (终本); CEMENT_SEQ: a cement plant's 调解书 of this court against the operator of a building-materials
    shop (个体工商户, liable in person), who settles and pays in monthly instalments over most of a year."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {MILL_SEQ: "mill", BAKERY_SEQ: "bakery", CEMENT_SEQ: "cement"}[seq]
    c.firm = rng.choice(["湖北磁湖律师事务所", "湖北矿冶律师事务所", "湖北黄石港律师事务所"])
    c.extra["firm_addr"] = f"黄石市下陆区{rng.choice(['团城山路', '杭州西路', '新下陆大道'])}{rng.randint(10, 288)}号"
    c.extra["licence"] = f"1420220{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["湖北银行黄石下陆支行", "黄石农村商业银行团城山支行", "中国工商银行黄石下陆支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"42020{rng.randint(400, 999)}"
    c.extra["court_acct"] = f"17-{rng.randint(100000, 999999)}0400{rng.randint(1000, 9999)}"
    c.basis_court = COURT
    t = tale(c)
    if t == "mill":
        c.applicant = Party(f"大冶市{rng.choice(['铜绿山', '金湖', '还地桥'])}矿山机械配件有限公司", "organisation",
                            credit_code(rng, "420281"), f"湖北省大冶市{rng.choice(['金湖街道', '还地桥镇', '罗桥街道'])}"
                            f"{rng.choice(['工业园', '矿机路'])}{rng.randint(3, 120)}号", f"0714-87{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"黄石{rng.choice(['下陆', '长乐山', '团城'])}轧钢有限公司", "organisation",
                             credit_code(rng, "420204"), f"湖北省黄石市下陆区{rng.choice(['老下陆', '东方山'])}"
                             f"{rng.choice(['钢厂路', '工业大道'])}{rng.randint(5, 180)}号", f"0714-54{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_number = f"（2023）鄂0204民初{rng.randint(1200, 4999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = "轧辊、导卫及耐磨衬板"
        c.amount = Decimal(rng.randint(1800, 5600)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["r_bank"] = rng.choice(["中国建设银行黄石下陆支行", "湖北银行黄石分行营业部"])
        c.extra["r_acct"] = f"4205{rng.randint(10**13, 10**14 - 1)}"
    elif t == "bakery":
        husband = _person(rng, "420202", f"湖北省黄石市黄石港区{rng.choice(['花湖', '江北', '胜阳港'])}"
                          f"{rng.choice(['街道', '社区'])}{rng.choice(['太子路', '南京路'])}{rng.randint(2, 99)}号",
                          f"135{rng.randint(10000000, 99999999)}", sex="男")
        wife = _person(rng, "420281", husband.address, f"186{rng.randint(10000000, 99999999)}", sex="女")
        wife.name = person_name(rng)
        c.applicant = husband
        c.extra["wife"] = wife
        c.extra["bakery"] = f"黄石港区{rng.choice(['老江滨', '胡记', '花湖'])}港饼坊"
        c.respondent = Party(f"黄石{rng.choice(['磁湖', '湖畔', '团城'])}{rng.choice(['渔家', '湖景'])}餐饮管理有限公司",
                             "organisation", credit_code(rng, "420204"),
                             f"湖北省黄石市下陆区磁湖路{rng.randint(20, 260)}号{rng.choice(['湖畔楼', '观湖阁'])}",
                             f"0714-63{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_number = f"（2023）鄂0204民初{rng.randint(5000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 100))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = "港饼礼盒"
        c.amount = Decimal(rng.randint(280, 960)) * 100
    else:
        c.applicant = Party(f"黄石{rng.choice(['铁山', '西塞', '江北'])}水泥有限公司", "organisation",
                            credit_code(rng, "420205"), f"湖北省黄石市铁山区{rng.choice(['鹿獐山', '铁山街道'])}"
                            f"{rng.choice(['水泥厂路', '矿区路'])}{rng.randint(1, 60)}号", f"0714-52{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = _person(rng, "420204", f"湖北省黄石市下陆区{rng.choice(['陆家湾', '新下陆', '上陆'])}"
                               f"{rng.randint(1, 40)}栋{rng.randint(1, 6)}单元{rng.randint(101, 602)}室",
                               f"158{rng.randint(10000000, 99999999)}")
        shop = f"黄石市下陆区{rng.choice(['鑫旺', '兴隆', '永固', '顺达'])}建材经营部"
        c.extra["shop"] = shop
        c.extra["shop_code"] = usc_92(rng, "420204")
        c.extra["shop_addr"] = f"湖北省黄石市下陆区{rng.choice(['建材市场', '长乐大道建材城'])}{rng.choice('ABCD')}区{rng.randint(1, 88)}号"
        c.basis_kind = "mediation"
        c.basis_number = f"（2023）鄂0204民初{rng.randint(8000, 9800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = "P.O 42.5散装及袋装水泥"
        months = rng.randint(8, 10)
        c.amount = Decimal(rng.randint(60, 140)) * 1000
        first = c.amount - (c.amount // months // 100 * 100) * (months - 1)
        rest = c.amount // months // 100 * 100
        start = c.day(WHEN["settlement_agreement"])
        pays: list[tuple[date, Decimal]] = []
        for k in range(months):
            y, m = divmod(start.month - 1 + k + 1, 12)
            day = date(start.year + y, m + 1, min(rng.randint(8, 15), 28))
            pays.append((day, first if k == 0 else rest))
        c.extra["instalments"] = pays
        c.closed_on = pays[-1][0] + timedelta(days=rng.randint(10, 16))
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(34, 40)) if t != "cement" else c.extra["instalments"][-1][0]


def applicants(c: CaseCtx) -> list[Party]:
    wife = c.extra.get("wife")
    return [c.applicant, wife] if isinstance(wife, Party) else [c.applicant]


def applicant_names(c: CaseCtx) -> str:
    return "、".join(p.name for p in applicants(c))


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}" + ("民事调解书" if tale(c) == "cement" else "民事判决书")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return own_copies(_own(code, c, rng, served), rng)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, c: CaseCtx, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司执行董事。")]
    b = p.born or date(1980, 1, 1)
    line = f"{role}：{p.name}，{p.sex}，{b.year}年{b.month}月{b.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}"
    if p is c.respondent and "shop" in c.extra:
        line += f"，系个体工商户{c.extra['shop']}（统一社会信用代码{c.extra['shop_code']}）的经营者"
    return [("h", line + "。")]


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for p in applicants(c):
        out += party_lines("申请执行人", c, p)
    if len(applicants(c)) > 1:
        out.append(("h", f"（申请执行人{c.applicant.name}、{c.extra['wife'].name}系夫妻，共同经营{c.extra['bakery']}。）"))
    return out + party_lines("被执行人", c, c.respondent)


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = applicant_names(c), c.respondent
    case = f"申请执行人{a}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执 行 员", c.officer), ("书 记 员", c.clerk)]
    bench = [("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查认为符合立案条件，已于{cn_date(c.filed_on)}立案，"
                  f"案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理，书记员{c.clerk}协助，联系电话{c.court.phone}。你方应积极提供被执行人的"
                  "财产线索；联系方式、送达地址及收款账户如有变更，请及时书面告知本院。"),
            ("p", "本案的执行进展可登录“湖北法院诉讼服务网”或关注“黄石下陆法院”微信公众号查询。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a}："),
            ("p", f"{case}，依照国务院《诉讼费用交纳办法》第十四条第一项的规定，应预交申请执行费{c.extra['fee']}元。"
                  "执行费由被执行人负担，执行到位后随案款一并收取、退还。"),
            ("p", "请在七日内凭本通知所附《湖北省非税收入一般缴款书》到代收银行交纳，或通过手机扫码缴纳。逾期未交又未申请缓交的，"
                  "按自动撤回执行申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a}申请执行{basis_title(c)}，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条的"
                  f"规定，责令{_you(r)}自收到本通知书之日起履行下列义务："),
            ("p", f"一、向申请执行人{a}给付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行{case}，{_you(r)}未履行生效法律文书确定的义务。依照{LAW}第二百五十二条及《最高人民法院关于民事"
                  f"执行中财产调查若干问题的规定》第三条的规定，责令{_you(r)}在收到本令后五日内，如实向本院书面报告当前及收到"
                  "执行通知之日前一年的财产情况。"),
            ("p", "报告内容包括：收入、银行存款、现金、理财产品；土地使用权、房屋等不动产；交通运输工具、机器设备、产品、原材料；"
                  "债权、股权、投资权益；其他应当报告的财产。"),
            ("p", "拒绝报告或者虚假报告的，本院将依法予以罚款、拘留，并纳入失信被执行人名单。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "mill":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内存款{money(c.amount)}。"
        elif tale(c) == "cement":
            order = (f"冻结、划拨被执行人{r.name}及其经营的{c.extra['shop']}名下银行存款{money(c.amount)}，或查封、扣押其"
                     "相应价值的其他财产。")
        else:
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其相应价值的财产。"
        return court_paper(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。本院向被执行人送达执行通知书、"
                  f"报告财产令后，被执行人未履行义务。依照{LAW}第二百五十三条、第二百五十四条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "cement":
            pays = c.extra["instalments"]
            how = (f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人按月分{len(pays)}期付款，"
                   f"最后一期于{cn_date(pays[-1][0])}付清")
        else:
            how = "本院冻结被执行人账户后，被执行人与申请执行人达成和解，将全部款项一次性汇入本院执行款账户"
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a}："),
            ("p", f"本院执行的{case}，{how}。案款已全部发放至你方指定的{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已全部履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款"
                  "第一项的规定，本案以“执行完毕”方式结案。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"{case}，本院作出的{c.basis_number}民事判决书已经发生法律效力。申请执行人于{cn_date(c.filed_on)}向本院申请"
                  "强制执行，本院依法立案。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询了被执行人的存款、车辆、不动产、"
                  f"证券、网络资金等财产，并到其经营场所实地调查。被执行人原在磁湖边经营的餐厅已停业，场地已由出租方收回，"
                  f"未发现可供执行的财产。本院已对被执行人限制消费并纳入失信被执行人名单。申请执行人{a}同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项及《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"被限制消费人：{r.name}（统一社会信用代码{r.id_number}）"),
            ("to", f"法定代表人：{r.legal_rep}"),
            ("p", f"本院执行的{case}，被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。依照{LAW}第二百六十六条和"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照"
                  f"{LAW}第二百六十六条及《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二项的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。被执行人认为有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之三"), day=d)
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


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 with a tear-off 回执 under a row of scissors dashes."""
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["中国农业银行黄石下陆支行", "黄石农村商业银行下陆支行"])
    if tale(c) == "mill":
        ask = f"冻结并划拨被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，划至本院执行款账户（{c.extra['court_acct']}）。"
    else:
        ask = f"冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(c.amount)}为限，冻结期限为一年。"
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院在执行{applicant_names(c)}与{r.name}{c.extra['cause']}一案中，依照{LAW}第二百五十三条的规定，请你单位协助执行"
              "下列事项："),
        ("p", ask),
        ("s", f"附：{c.number}执行裁定书。经办人：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}，电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(64)
    for x in range(L, s.width - R, 30):
        s.line(x, y, x + 16, y, width=2)
    s.text(L - mm(9), y - 18, "✂", font("sans", 32), record=False)
    s.centred(y + 24, "回执", heavy(40), spacing=80)
    s.text(L, y + 92, f"{COURT}：", serif(34))
    s.text(L + mm(10), y + 140, f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，已按要求协助办理。", serif(34))
    s.right(s.width - R, y + 200, "协助执行单位（盖章）　　　年　　月　　日", serif(32))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传票")
    s.right(s.width - R, y, c.number, serif(36))
    y += 70
    r = c.respondent
    w = s.width - L - R
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["法定代表人", r.legal_rep],
            ["住　　所", r.address], ["传唤事由", "接受执行询问，报告财产情况，说明未履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　下午2时30分"], ["应到处所", "本院执行局一楼执行指挥中心询问室"]]
    boxes = ruled(s, L, y, [mm(42), w - mm(42)], rows, serif(36), heights=mm(16))
    y = boxes[-1][3] + 50
    for k, line in enumerate(["注意：", "一、被传唤人应携带本传票及身份证件、营业执照副本准时到达。",
                              "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                              "三、如有疑问，请与承办人联系，电话" + c.court.phone + "。"]):
        s.text(L + (0 if k == 0 else mm(8)), y, line, serif(33))
        y += 56
    y += 50
    s.right(s.width - R - mm(8), y, cn_date(d), serif(38))
    seal(s, s.width - R - mm(40), y + 8, COURT, rng, radius=mm(20))
    s.text(L, y + 130, f"执行员：{c.officer}　　书记员：{c.clerk}", serif(33))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是下陆区人民法院执行局的工作人员，这是我们的执行公务证。今天就被执行人在这里的经营情况向你了解，请如实回答。"),
        ("答", "好的。"),
        ("问", "你与被执行人是什么关系？"),
        ("答", "我是这栋湖畔楼的房东委托的物业管理员，被执行人之前租一、二楼开湖鲜餐厅。"),
        ("问", "餐厅现在是否还在经营？"),
        ("答", "去年国庆后就没开了，欠了半年房租，厨师和服务员都走了，老板电话打不通。"),
        ("问", "店里的桌椅、厨房设备还在吗？"),
        ("答", "灶具冰柜是供应商来搬走的，说是没付清的货款；剩下的旧桌椅抵了房租，房东和他们签了字的。"),
        ("问", "被执行人在磁湖边还有别的门店或者车辆吗？"),
        ("答", "没有别的店。原来有一辆送货的面包车，听说早就转卖了。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天请你们二位来，是告知案件的执行情况，听取你们的意见。你们是本案的两位申请执行人吗？"),
        ("答", "是的，我们是夫妻，港饼坊是我们两个人一起开的。"),
        ("问", "本院通过网络执行查控系统查询了被执行人的存款、车辆、不动产、证券、网络资金，均未发现可供执行的财产；"
               "到磁湖路的经营场所调查，餐厅已经停业，场地已被出租方收回。你们对查控结果有无异议？"),
        ("答", "没有异议。我们也去看过，门都锁了。"),
        ("问", "你们能否提供被执行人其他的财产线索？"),
        ("答", "暂时提供不了。听说老板在外地，具体在哪里不清楚。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。鉴于目前没有可供执行的财产，"
               "本院拟终结本次执行程序，你们是否同意？"),
        ("答", "同意。以后发现他们有财产了，我们再申请恢复执行。"),
        ("问", "终本后发现财产线索，可以随时申请恢复执行，不受申请执行时效的限制。还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: a two-line run-in head (time, place, who) with no grid, then 问/答 with the tags in the sans; the
    people heard sign each page's foot by hand."""
    interview = code == "interview_record"
    title = "执行谈话笔录" if interview else "执行调查笔录"
    who = applicant_names(c) if interview else person_name(rng)
    place = "本院执行局第一谈话室" if interview else c.respondent.address
    s = Sheet()
    sheets = [s]
    y = form_title(s, title, issuer="")
    f = serif(37)
    heads = [f"时间：{num_date(d)}上午9时20分至9时55分", f"地点：{place}",
             f"执行人员：{c.officer}　　记录人：{c.clerk}　　案号：{c.number}",
             f"被谈话人：{who}（申请执行人）" if interview else f"被调查人：{who}，湖畔楼物业管理员"]
    for line in heads:
        s.text(L, y, line, f)
        y += 60
    s.line(L, y + 6, s.width - R, y + 6, width=1)
    y += 40
    body = serif(39)
    lead = 68
    w = s.width - L - R - body.size * 2
    signers = [p.name for p in applicants(c)] if interview else [who]

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - R - mm(100), sh.height - mm(34), "被询问人：", serif(32))
        x = sh.width - R - mm(70)
        for name in signers:
            pen(sh, x, sh.height - mm(37), name, rng, size=44)
            x += mm(30)

    from dossier.corpus.draw import wrap

    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, body, w)):
            if y + lead > s.height - mm(46):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = T
            if k == 0:
                s.text(L, y, tag, heavy(38))
                s.text(L + body.size, y, "：", body, record=False)
            s.text(L + body.size * 2, y, part, body)
            y += lead
    y += 16
    pen(s, L + mm(10), y + 10, "以上笔录我看过，与我说的相符。", rng, size=42)
    foot(s)
    return number_pages(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(L, y, f"案号：{c.number}", serif(33))
    s.right(s.width - R, y, f"填表日期：{num_date(d)}", serif(33))
    y += 64
    w = s.width - L - R
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", applicant_names(c), "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{got:,.2f}元"],
            ["立案时间", num_date(c.filed_on), "承办人", c.officer], ["结案方式", how],
            ["承办人意见", ""], ["执行团队负责人意见", ""], ["分管局领导审批", ""]]
    hs = [mm(18), mm(16), mm(16), mm(16), mm(16), mm(50), mm(34), mm(34)]
    boxes = ruled(s, L, y, [mm(40), mm(54), mm(32), w - mm(126)], rows, serif(33), heights=hs, labels=(0, 2))
    firsts = [b for b in boxes if b[0] == L]
    x = firsts[5][2] + mm(4)
    if ttr:
        view = "经查控、实地调查，被执行人已停业，无财产可供执行；已限消、纳失，约谈申请人二人同意终本。建议终结本次执行程序。"
    elif tale(c) == "cement":
        view = f"和解协议约定分{len(c.extra['instalments'])}期付款，被执行人已按月付清，案款已发放。建议执行完毕结案。"
    else:
        view = "冻结账户后被执行人一次性履行，款已发放申请人，执行费已收取。建议以执行完毕结案。"
    pen(s, x, firsts[5][1] + mm(4), view, rng, size=37, per_line=20, lead=mm(7.6))
    pen(s, s.width - R - mm(64), firsts[5][3] - mm(10), f"{c.officer} {d.month}.{d.day}", rng, size=36)
    pen(s, x, firsts[6][1] + mm(7), "情况属实，同意。", rng, size=40)
    pen(s, s.width - R - mm(40), firsts[6][3] - mm(11), c.judge, rng, size=38)
    pen(s, x, firsts[7][1] + mm(7), f"同意{how}。", rng, size=40, ink=(30, 30, 30))
    pen(s, s.width - R - mm(44), firsts[7][3] - mm(11), person_name(rng), rng, size=38, ink=(30, 30, 30))
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "预交执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: a four-column grid, the papers listed in their own rows, the receiver's signature and the date in pen."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = applicant_names(c) if to_applicant else c.respondent.name
    addr = c.applicant.address if to_applicant else c.respondent.address
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - L - R
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    rows: list[list[str]] = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["受送达人", who], ["送达地址", addr]]
    rows += [["送达文书", f"{NAMES.get(x, x)}（{c.number}）", "份数", "1"] for x in served]
    rows += [["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达　☑　　邮寄送达　□"],
             ["送达人", ""], ["备　　注", ""]]
    hs = [mm(15)] * 4 + [mm(15)] * len(served) + [mm(30), mm(16), mm(18), mm(15), mm(16), mm(22)]
    boxes = ruled(s, L, y, [mm(50), w - mm(80), mm(14), mm(16)], rows, serif(34), heights=hs, labels=(0, 2))
    right = [b for b in boxes if b[0] == L + mm(50)]
    k = 4 + len(served)
    if to_applicant:
        sign = c.agent
    elif c.respondent.kind == "organisation":
        sign = c.respondent.legal_rep
    else:
        sign = c.respondent.name
    pen(s, right[k][0] + mm(16), right[k][1] + mm(9), sign, rng, size=52)
    pen(s, right[k + 1][0] + mm(12), right[k + 1][1] + mm(3), num_date(when), rng, size=40)
    pen(s, right[k + 4][0] + mm(12), right[k + 4][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40, ink=(28, 28, 28))
    seal(s, right[k + 1][2] - mm(30), right[k + 1][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(L, boxes[-1][3] + 26, "注：受送达人拒收的，送达人应在备注栏写明拒收事由和日期，并由见证人签名。", serif(29))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A buff cover: the court's name and 执行案件卷宗 over a tall two-column panel filled by hand; the 全宗号 strip at the
    foot, not at the head."""
    s = Sheet(paper=(238, 228, 204))
    s.centred(mm(40), COURT, serif(56), spacing=8)
    s.centred(mm(62), "执行案件卷宗", heavy(96), spacing=60)
    s.centred(mm(88), "（正　卷）", serif(40))
    w = s.width - L - R - mm(16)
    ttr = c.method == "terminated_this_round"
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", applicant_names(c)],
            ["被执行人", c.respondent.name], ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕"], ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["承 办 人", c.officer], ["书 记 员", c.clerk], ["归档日期", ""],
            ["保管期限", ""]]
    boxes = ruled(s, L + mm(8), mm(106), [mm(42), w - mm(42)], [[r[0], ""] for r in rows], serif(36), heights=mm(11.5))
    right = [b for b in boxes if b[0] > L + mm(8)]
    for (_label, value), b in zip(rows, right, strict=True):
        if value:
            pen(s, b[0] + mm(5), b[1] + mm(2.4), value, rng, size=33 if len(value) > 22 else 36, ink=(24, 24, 30))
    pen(s, right[11][0] + mm(5), right[11][1] + mm(2.4), num_date(d), rng, size=36, ink=(24, 24, 30))
    pen(s, right[12][0] + mm(5), right[12][1] + mm(2.4), "永久" if ttr else "长期", rng, size=36, ink=(24, 24, 30))
    ruled(s, L + mm(30), s.height - mm(46), [mm(38)] * 4, [["全宗号", "目录号", "案卷号", "本卷页数"],
                                                          ["", "", "", ""]], serif(28), heights=[mm(9), mm(11)],
          labels=(0, 1, 2, 3))
    y = s.height - mm(46) + mm(10.5)
    for k, v in enumerate(["Z07", "2024", str(rng.randint(120, 680)), str(rng.randint(52, 76))]):
        pen(s, L + mm(30) + k * mm(38) + mm(9), y, v, rng, size=32, ink=(24, 24, 30))
    return [s]


CATALOGUE = ["卷宗封面", "卷内目录", "强制执行申请书", "民事判决书", "生效证明书", "财产线索提供表", "执行费缴款书",
             "营业执照及身份证明（申请人）", "营业执照及身份证明（被执行人）", "授权委托书", "律师事务所函", "律师执业证复印件",
             "案款收取账户确认书", "送达地址确认书", "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络执行查控结果", "执行裁定书", "协助执行通知书及回执", "执行和解协议", "转账回单",
             "结案通知书", "结案审批表", "送达回证", "归档审查表", "卷内备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内文件目录", issuer="")
    s.text(L, y, f"{COURT}　{c.number}", serif(32))
    y += 60
    w = s.width - L - R
    rows = [["顺序号", "文　件　名　称", "日期", "页号"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        rows.append([str(i), name, "", str(page)])
        page += 3 if "判决" in name else 2 if name in ("强制执行申请书", "执行裁定书", "网络执行查控结果") else 1
    boxes = ruled(s, L, y, [mm(20), w - mm(70), mm(30), mm(20)], rows, serif(29), heights=mm(7.3), labels=(0, 3))
    dates = {"强制执行申请书": c.filed_on, "受理执行案件通知书": made_on(c, "acceptance_notice"),
             "执行裁定书": made_on(c, "enforcement_ruling"), "结案审批表": made_on(c, "closing_approval_form")}
    for i, name in enumerate(CATALOGUE, 1):
        if name in dates:
            b = boxes[i * 4 + 2]
            pen(s, b[0] + mm(2), b[1] + mm(0.6), f"{dates[name]:%Y.%m.%d}", rng, size=26)
    pen(s, L, s.height - mm(26), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗归档审查表")
    w = s.width - L - R
    items = ["诉讼文书材料是否齐全", "送达回证是否齐全、有效", "案款收发手续是否完备", "文书材料排列是否规范",
             "卷内目录填写是否准确", "页号编写是否连续", "金属物是否剔除干净", "电子卷宗是否同步上传"]
    rows = [["案号", c.number], ["承办人", c.officer, "书记员", c.clerk], ["结案日期", num_date(c.closed_on), "结案方式", "执行完毕"],
            ["审查内容", "是", "否"], *[[it, "", ""] for it in items], ["审查意见", ""], ["审查人、日期", ""]]
    hs = [mm(14)] * 4 + [mm(12)] * len(items) + [mm(34), mm(16)]
    boxes = ruled(s, L, y, [mm(74), mm(40), mm(30), w - mm(144)], rows, serif(33), heights=hs, labels=(0, 2))
    for i in range(len(items)):
        row = [b for b in boxes if abs(b[1] - (y + mm(14) * 4 + mm(12) * i)) < 2]
        pen(s, row[1][0] + mm(14), row[1][1] + mm(1.5), "✓", rng, size=40)
    last = boxes[-1]
    prev = boxes[-2]
    pen(s, prev[0] + mm(6), prev[1] + mm(8), "卷宗材料齐全，排列规范，准予归档。", rng, size=40)
    pen(s, last[0] + mm(6), last[1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="")
    s.text(L, y, f"案号：{c.number}", serif(33))
    y += 60
    x1 = s.width - R
    s.box(L, y, x1, s.height - mm(36), width=4)
    s.text(L + mm(8), y + mm(8), "本卷情况说明", heavy(38))
    n = rng.randint(52, 76)
    yy = pen(s, L + mm(16), y + mm(24), f"本卷共有文件材料{n - 4}件，共{n}页；照片0张；光盘0张。部分材料为复印件，"
             "已核对。", rng, size=40, per_line=21, lead=mm(11))
    pen(s, L + mm(16), yy, "案款已全部发放完毕，无遗留事项。", rng, size=40, per_line=21, lead=mm(11))
    base = s.height - mm(104)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d))]):
        s.text(L + mm(92), base + k * mm(18), f"{label}：", serif(38))
        pen(s, L + mm(124), base + k * mm(18) - 6, value, rng, size=42)
    return [s]
