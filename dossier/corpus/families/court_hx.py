"""court_hx (西藏自治区林芝市巴宜区人民法院, held out): 八一镇 on the 尼洋河 at three thousand metres — 鲁朗's 民宿
under the spruce, the 国道318 climbing to 色季拉山, travel coaches to 巴松措. Its own papers bilingual in the bureau's
style (court_hx_kit), what it receives in the senders' styles (court_hx_papers). The volumes went under an old flatbed
with dust on its glass, their thin paper showing the backs' print through (court_hx_capture)."""

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
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families.court_hx_kit import (
    BLACK,
    COURT,
    COURT_BO,
    LEFT,
    RIGHT,
    STENCIL,
    TITLE_BO,
    TOP,
    bilingual_seal,
    bo,
    bold,
    court_doc,
    fill,
    folio,
    mimeo,
    ruled,
    serif,
    stencil_head,
)
from dossier.corpus.families.court_hx_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "enforcement_ruling", "assistance_notice", "closing_notice", "termination_ruling", "interview_record",
    "service_receipt", "closing_approval_form", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
WAGE_SEQ, COACH_SEQ, CRASH_SEQ = 9017, 9043, 9076
LAW = "《中华人民共和国民事诉讼法》"
TIBETAN_NAMES = ["次仁多吉", "扎西顿珠", "格桑卓玛", "平措旺堆", "旦增罗布", "索朗次仁", "尼玛卓嘎", "达瓦次仁", "拉巴顿珠",
                 "白玛央宗", "普布扎西", "德吉央金", "边巴次仁", "洛桑丹增", "米玛次仁", "巴桑卓嘎"]
WHEN = {"enforcement_application": -2, "power_of_attorney": -4, "law_firm_letter": -3, "property_clue_form": 0,
        "payment_account_confirmation": 0, "service_address_confirmation": 0, "identity_proof": 0, "lawyer_license": 0,
        "fee_receipt": 1, "acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 4,
        "property_report_order": 4, "online_inquiry_result": 6, "property_declaration_form": 13,
        "enforcement_ruling": 17, "assistance_notice": 17, "payment_voucher": 44}
CLOSING = {"evidence": 17, "interview_record": 16, "termination_ruling": 12, "closing_notice": 6, "closing_approval_form": 3,
           "dossier_cover": -9, "catalogue": -9, "file_review_form": -7, "remarks_sheet": -9}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=9)
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=18)
    return c.day(WHEN.get(code, 0))


def _sex(name: str) -> str:
    return "女" if name[-2:] in ("卓玛", "卓嘎", "央宗", "央金") else "男"


def _person(rng: random.Random, name: str, region: str, address: str) -> Party:
    born = date(rng.randint(1968, 1996), rng.randint(1, 12), rng.randint(1, 28))
    return Party(name, "person", id_number(rng, region, born), address,
                 f"1{rng.choice(['39', '58', '89', '78'])}{rng.randint(10**7, 10**8 - 1)}", born=born, sex=_sex(name) if name in TIBETAN_NAMES else rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """林芝 parties. WAGE_SEQ: Tibetan and Han building workers enforce this court's judgment for their wages against the
    builder of a 鲁朗 民宿; the builder's receivable from the guesthouse is frozen and paid in, paid out, 执行完毕.
    COACH_SEQ: a hotel-supplies trader enforces the 林芝中院's appeal judgment against a travel-coach company, is paid
    outside the court, withdraws, 终结执行. CRASH_SEQ: a 国道318 collision's victim enforces this court's judgment
    against the truck driver; his insurer pays part, he the rest at the window."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    t = {WAGE_SEQ: "wage", COACH_SEQ: "coach", CRASH_SEQ: "crash"}[seq]
    c.extra["tale"] = t
    names = rng.sample(TIBETAN_NAMES, len(TIBETAN_NAMES))
    c.officer, c.judge, c.clerk = names[0], person_name(rng), person_name(rng)
    c.extra["badge"] = f"5404{rng.randint(1000, 9999)}"
    c.firm = rng.choice(["西藏尼洋律师事务所", "西藏工布律师事务所", "西藏雅江律师事务所"])
    c.extra["firm_addr"] = f"林芝市巴宜区{rng.choice(['广州大道', '福建路', '双拥路', '珠海路'])}{rng.randint(5, 160)}号"
    c.extra["licence"] = f"1540{rng.randint(1, 4)}20{rng.randint(15, 22)}1{rng.randint(100000, 999999)}"
    c.extra["in_bank"] = rng.choice(["西藏银行林芝分行", "中国农业银行林芝分行营业部", "中国邮政储蓄银行林芝市分行"])
    c.extra["in_acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
    town = rng.choice(["八一镇", "鲁朗镇", "林芝镇", "布久乡"])
    if t == "wage":
        village = rng.choice(["扎西岗村", "东巴才村", "罗布村"])
        workers: list[Party] = []
        for k in range(5):
            if k in (0, 1, 3):
                nm = names[2 + k]
                p = _person(rng, nm, rng.choice(["540402", "540421", "540422"]),
                            f"西藏自治区林芝市{rng.choice(['巴宜区' + town, '工布江达县金达镇', '米林市米林镇'])}"
                            f"{rng.choice(['真巴村', '嘎拉村', '帮仲村', '唐地村'])}{rng.randint(1, 60)}号")
            else:
                p = _person(rng, person_name(rng), rng.choice(["511321", "510623", "620522"]),
                            f"四川省{rng.choice(['南部县', '中江县'])}{rng.choice(['大桥镇', '双龙镇', '永丰乡'])}"
                            f"{rng.choice(['石垭', '龙泉', '白鹤'])}村{rng.randint(1, 9)}组")
            workers.append(p)
        wages = [Decimal(rng.randint(180, 620)) * 100 for _ in workers]
        c.extra["workers"] = [(p.name, p.id_number, w) for p, w in zip(workers, wages, strict=True)]
        c.applicant = workers[0]
        c.amount = sum(wages, Decimal(0))
        c.respondent = Party(f"林芝{rng.choice(['雪域', '工布', '尼洋'])}{rng.choice(['建筑工程', '建设工程'])}有限公司",
                             "organisation", credit_code(rng, "540402"),
                             f"西藏自治区林芝市巴宜区八一镇{rng.choice(['滨河大道', '香港路', '湖南路'])}{rng.randint(8, 200)}号",
                             f"0894-58{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        operator = names[8]
        c.extra["owner"] = (f"林芝市巴宜区鲁朗镇{rng.choice(['云杉', '花海', '林海', '扎西'])}民宿", operator,
                            f"西藏自治区林芝市巴宜区鲁朗镇{village}{rng.randint(1, 40)}号")
        c.extra["owner_code"] = credit_code(rng, "540402").replace("91", "92", 1)
        c.extra["owner_code"] = _recheck(str(c.extra["owner_code"]))
        c.extra["receivable"] = (c.amount * Decimal("1.6")).quantize(Decimal("1"))
        c.basis_court = COURT
        c.basis_number = f"（2023）藏0402民初{rng.randint(300, 1499)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "追索劳动报酬纠纷"
        c.extra["village"] = village
    elif t == "coach":
        c.applicant = Party(f"林芝{rng.choice(['尼洋河', '巴松措', '色季拉'])}酒店用品商贸有限公司", "organisation",
                            credit_code(rng, "540402"), f"西藏自治区林芝市巴宜区八一镇{rng.choice(['广东路', '福建路'])}"
                            f"{rng.randint(10, 300)}号", f"0894-58{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"林芝{rng.choice(['工布', '雅鲁藏布', '南迦巴瓦'])}旅游客运有限公司", "organisation",
                             credit_code(rng, "540402"), f"西藏自治区林芝市巴宜区{rng.choice(['八一镇迎宾大道', '八一镇318国道旁'])}"
                             f"{rng.randint(1, 99)}号", f"0894-54{rng.randint(10000, 99999)}", legal_rep=names[9])
        c.basis_court = "西藏自治区林芝市中级人民法院"
        c.basis_number = f"（2023）藏04民终{rng.randint(60, 420)}号"
        c.extra["first_number"] = f"（2023）藏0402民初{rng.randint(1500, 2600)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(4200, 9600)) * 10 + Decimal(rng.choice([0, 50]))
        c.extra["r_bank"] = rng.choice(["西藏银行林芝分行", "中国建设银行林芝分行"])
        c.extra["r_acct"] = f"5405{rng.randint(10**15, 10**16 - 1)}"
        c.extra["paid_day"] = c.closed_on - timedelta(days=rng.randint(22, 26))
    else:
        c.applicant = _person(rng, names[2], rng.choice(["540422", "540402"]),
                              f"西藏自治区林芝市{rng.choice(['米林市卧龙镇', '巴宜区布久乡'])}{rng.choice(['甲格村', '朗色村', '简切村'])}"
                              f"{rng.randint(1, 70)}号")
        c.respondent = _person(rng, person_name(rng), rng.choice(["510681", "511025"]),
                               f"四川省{rng.choice(['广汉市', '资中县'])}{rng.choice(['向阳镇', '球溪镇'])}"
                               f"{rng.choice(['金鱼', '三星'])}村{rng.randint(1, 9)}组{rng.randint(1, 60)}号")
        c.basis_court = COURT
        c.basis_number = f"（2023）藏0402民初{rng.randint(2600, 3400)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 55))
        c.extra["cause"] = "机动车交通事故责任纠纷"
        c.amount = Decimal(rng.randint(9800, 16800)) * 10 + Decimal(rng.randint(0, 99)) / 100
        c.extra["insurer"] = rng.choice(["中国人民财产保险股份有限公司林芝市分公司", "中国太平洋财产保险股份有限公司林芝中心支公司"])
        c.extra["insured"] = (c.amount * Decimal("0.7")).quantize(Decimal("1"))
        c.extra["plate"] = f"川{rng.choice('AFY')}{rng.randint(10000, 99999)}"
        c.extra["km"] = f"{rng.randint(4080, 4160)}公里+{rng.randint(1, 9)}00米"
        c.extra["insurer_day"] = c.day(rng.randint(28, 33))
    c.extra["fee"] = (Decimal(50) + (c.amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def _recheck(code: str) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(code[:17], weights, strict=True)) % 31
    return code[:17] + chars[0 if check == 31 else check]


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}民事判决书"


def applicants(c: CaseCtx) -> str:
    if tale(c) == "wage":
        return "、".join(w[0] for w in c.extra["workers"])
    return c.applicant.name


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}。")
    nation = "藏族" if p.name in TIBETAN_NAMES else "汉族"
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，{nation}，住{p.address}，公民身份号码{p.id_number}。")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{applicants(c)}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理案件通知书", [
            ("to", f"{a.name}{'等五人' if tale(c) == 'wage' else ''}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}办理具体事务，联系电话{c.court.phone}。请你方积极向本院提供被执行人"
                  "的财产线索；通讯地址、收款账户变更的，应当及时书面告知本院。"),
            ("p", "本院执行局设有藏汉双语接待窗口，你方可使用藏语或汉语办理相关事务。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        note = ("本案系追索劳动报酬案件，申请执行费不预交，执行后由被执行人负担" if tale(c) == "wage"
                else "该费用由你方预交，执行中向被执行人收取后退还")
        return court_doc(c, rng, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照国务院《诉讼费用交纳办法》第十四条第一项的规定，应交纳申请执行费人民币{c.extra['fee']}元。"
                  f"{note}。"),
            ("p", "请持本通知到西藏自治区非税收入代收银行网点交纳，或到本院诉讼服务中心窗口交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{applicants(c)}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令{_you(r)}自收到本令之日起五日内，如实向本院报告当前"
                  "以及收到执行通知之日前一年的财产情况，并填写所附财产申报表。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "wage":
            owner = c.extra["owner"]
            order = (f"冻结被执行人{r.name}对{owner[0]}（经营者{owner[1]}）享有的到期工程款债权，以{money(c.amount)}为限；"
                     f"{owner[0]}不得向被执行人支付，应将该款项交至本院执行款专户。")
        elif tale(c) == "coach":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限。"
        else:
            order = f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}，或查封、扣押其相应价值的财产。"
        return court_doc(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未按执行通知"
                  f"履行义务。依照{LAW}第二百五十三条、第二百五十四条，《最高人民法院关于人民法院执行工作若干问题的规定（试行）》"
                  "第四十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], signers=bench[:1] + bench[1:2] + bench[3:], day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "wage":
            how = (f"{c.extra['owner'][0]}已将被执行人的到期工程款{money(c.amount)}交至本院执行款专户，本院已于"
                   f"{cn_date(made_on(c, 'payment_voucher'))}逐一发放给各申请执行人")
        else:
            how = (f"{c.extra['insurer']}代被执行人交付{c.extra['insured']:,.2f}元，被执行人于"
                   f"{cn_date(made_on(c, 'payment_voucher'))}到本院窗口交清余款，执行款已转入你方确认的账户")
        return court_doc(c, rng, "结案通知书", [
            ("to", f"{a.name}{'等五人' if tale(c) == 'wage' else ''}："),
            ("p", f"本院执行的{case}，{how}。"),
            ("p", "生效法律文书确定的义务已全部履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，"
                  "本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_ruling":
        paid = c.extra["paid_day"]
        return court_doc(c, rng, "执行裁定书", [
            _party("申请执行人", a), _party("被执行人", r),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案中，申请执行人于{cn_date(made_on(c, 'evidence'))}"
                  f"向本院提交撤回执行申请书，称被执行人已于{cn_date(paid)}在执行程序外向其付清全部款项，申请撤回执行申请。"
                  "经本院询问，申请执行人确认上述情况属实，撤回申请系其真实意思表示。"),
            ("p", f"依照{LAW}第二百六十八条第一项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十八条的规定，"
                  "裁定如下："),
            ("p", f"终结{c.basis_court}{c.basis_number}民事判决书的执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[bench[0], bench[1], bench[3]], day=d)
    if code == "interview_record":
        return _record(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
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
    r = c.respondent
    if tale(c) == "wage":
        owner = c.extra["owner"]
        to = f"{owner[0]}（经营者{owner[1]}）："
        ask = (f"冻结被执行人{r.name}对你单位享有的民宿主体及装修工程到期工程款，以{money(c.amount)}为限。冻结期间你单位不得"
               f"向被执行人支付，并于收到本通知之日起十五日内将该款项交至本院执行款专户（户名：{COURT}，开户行：西藏银行林芝分行）。")
    else:
        bank = c.extra.get("r_bank", "西藏银行林芝分行")
        to = f"{bank}："
        ask = f"冻结被执行人{r.name}在你行开立的账户内存款，以{money(c.amount)}为限，冻结期限一年。"
    return court_doc(c, rng, "协助执行通知书", [
        ("to", to),
        ("p", f"本院执行的{applicants(c)}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条及有关司法解释的规定，"
              "请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（执法证号{c.extra['badge']}）、{c.clerk}；"
              f"联系电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)


QA: dict[str, list[tuple[str, str]]] = {
    "coach": [
        ("问", "我们是巴宜区人民法院执行局的执行人员，今天就你公司撤回执行申请的事向你了解情况。你是什么身份？"),
        ("答", "我是申请执行人的法定代表人。"),
        ("问", "你公司为什么申请撤回执行？"),
        ("答", "被执行人已经把判决的货款和利息通过银行转账付给我们了，钱已经到账，双方没有别的争议了。"),
        ("问", "付款的时间、金额、方式？"),
        ("答", "{paid}，对公转账，{amount}元，转账凭证已经交给法院了。"),
        ("问", "撤回执行申请后，本院将裁定终结执行，你公司不得再就本案申请执行，你是否清楚？"),
        ("答", "清楚，这是我们自愿的。"),
        ("问", "还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A 谈话笔录 written by the clerk's hand on the duplicated ruled paper: a bilingual head, lines ruled in violet."""
    sheets: list[Sheet] = []
    qa = [(t, x.format(paid=num_date(c.extra["paid_day"]), amount=f"{c.amount:,.2f}")) for t, x in QA[tale(c)]]
    head = [f"时间：{num_date(d)}上午10时20分至10时50分", "地点：本院执行局谈话室（藏汉双语接待窗口旁）",
            f"谈话人：{c.officer}　　记录人：{c.clerk}",
            f"被谈话人：{c.applicant.legal_rep}，{c.applicant.name}法定代表人", f"案号：{c.number}"]
    per = 21
    lines: list[str] = []
    for t, x in qa:
        text = f"{t}：{x}"
        lines += [text[i:i + per] for i in range(0, len(text), per)]
    lines += ["（以上笔录我看过，记录属实。）"]
    chunks = [lines[:14], lines[14:]] if len(lines) > 14 else [lines]
    for k, chunk in enumerate(chunks):
        s = Sheet()
        y = stencil_head(s, "谈话笔录", issuer=COURT)
        step = mm(11)
        for i in range(22):
            s.line(LEFT, y + i * step + step, s.width - RIGHT, y + i * step + step, width=1, fill=STENCIL)
        s.text(s.width - RIGHT - mm(30), s.height - mm(20), f"第{k + 1}页", font("hei", 30), fill=STENCIL)
        mimeo(s, rng)
        row = 0
        if k == 0:
            for text in head:
                fill(s, LEFT + mm(2), y + row * step + mm(2), text, rng, size=38)
                row += 1
        for text in chunk:
            fill(s, LEFT + mm(2), y + row * step + mm(2), text, rng, size=40)
            row += 1
        s.text(s.width - RIGHT - mm(88), s.height - mm(38), "被谈话人：", serif(34), fill=STENCIL)
        fill(s, s.width - RIGHT - mm(52), s.height - mm(40), str(c.applicant.legal_rep), rng, size=48, ink=BLACK)
        s.draw.ellipse((s.width - RIGHT - mm(14), s.height - mm(38), s.width - RIGHT - mm(7), s.height - mm(30)),
                       fill=(196, 44, 48))
        sheets.append(s)
    return folio(sheets) if len(sheets) == 1 else _later(sheets)


def _later(sheets: list[Sheet]) -> list[Sheet]:
    n = len(sheets)
    for i, s in enumerate(sheets[1:], 2):
        s.page_of = (i, n)
    return sheets


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
                 "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书", "termination_ruling": "执行裁定书",
                 "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The duplicated 送达回证: a violet grid, filled by the server in ballpoint, signed by the person served."""
    if "assistance_notice" in served:
        name, addr, sign = c.extra["owner"][0], c.extra["owner"][2], c.extra["owner"][1]
    elif any(x in served for x in ("acceptance_notice", "termination_ruling", "closing_notice")):
        name, addr = c.applicant.name, c.applicant.address
        sign = c.applicant.legal_rep if c.applicant.kind == "organisation" else c.applicant.name
    else:
        name, addr = c.respondent.name, c.respondent.address
        sign = c.respondent.legal_rep if c.respondent.kind == "organisation" else c.respondent.name
    s = Sheet()
    y = stencil_head(s, "送达回证")
    w = s.width - LEFT - RIGHT
    f = serif(36)
    rows = [["案　　号", ""], ["案　　由", ""], ["送达文书名称和件数", ""], ["受送达人", ""], ["送达地点", ""],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(15), mm(34), mm(15), mm(20), mm(34), mm(18), mm(15), mm(28)]
    boxes = ruled(s, LEFT, y, [mm(52), w - mm(52)], rows, f, heights=hs)
    s.text(LEFT, boxes[-1][0][3] + 20, "填发人：　　　　　　　　　　　　年　　月　　日", serif(32), fill=STENCIL)
    mimeo(s, rng)
    right = [row[1] for row in boxes]
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    fill(s, right[0][0] + mm(4), right[0][1] + mm(3), c.number, rng, size=38)
    fill(s, right[1][0] + mm(4), right[1][1] + mm(3), c.extra["cause"], rng, size=38)
    yy = right[2][1] + mm(3)
    for x in served:
        yy = fill(s, right[2][0] + mm(4), yy, f"{RECEIPT_NAMES.get(x, x)}　壹份", rng, size=38)
    fill(s, right[3][0] + mm(4), right[3][1] + mm(3), name, rng, size=38)
    fill(s, right[4][0] + mm(4), right[4][1] + mm(3), addr, rng, size=32, per_line=24, lead=mm(7))
    fill(s, right[5][0] + mm(10), right[5][1] + mm(5), sign, rng, size=54, ink=BLACK)
    fill(s, right[5][0] + mm(60), right[5][1] + mm(20), num_date(when), rng, size=38, ink=BLACK)
    fill(s, right[7][0] + mm(4), right[7][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=38)
    if rng.random() < 0.5:
        fill(s, right[8][0] + mm(4), right[8][1] + mm(4), "直接送达", rng, size=36)
    bilingual_seal(s, LEFT + w - mm(40), right[7][1] + mm(12), rng, radius=mm(19))
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = stencil_head(s, "执行案件结案审批表")
    w = s.width - LEFT - RIGHT
    how = {"wage": "执行完毕", "crash": "执行完毕", "coach": "终结执行"}[tale(c)]
    got = Decimal(0) if tale(c) == "coach" else c.amount
    f = serif(34)
    rows = [["案号", "", "立案日期", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""],
            ["执行标的", "", "执行到位", ""], ["结案方式", ""], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [mm(15)] * 6 + [mm(44), mm(30), mm(30)]
    boxes = ruled(s, LEFT, y, [mm(34), mm(62), mm(30), w - mm(126)], rows, f, heights=hs, centre=(0, 2))
    mimeo(s, rng)
    put = [(0, 1, c.number), (0, 3, num_date(c.filed_on)), (1, 1, applicants(c)), (2, 1, c.respondent.name),
           (3, 1, basis_title(c).replace(c.basis_court, "")), (4, 1, f"{c.amount:,.2f}元"), (4, 3, f"{got:,.2f}元"),
           (5, 1, how)]
    for r_, k, text in put:
        b = boxes[r_][k]
        fill(s, b[0] + mm(3), b[1] + mm(3), text, rng, size=32 if len(text) > 16 else 36)
    view = {"wage": "第三人已将工程款交至本院专户，已全部发放各申请执行人，建议执行完毕结案。",
            "crash": "保险公司代付部分，余款被执行人到窗口交清，已发放申请人，建议执行完毕结案。",
            "coach": "申请人执行外受偿后申请撤回，已谈话核实，已裁定终结执行，建议结案。"}[tale(c)]
    b = boxes[6][1]
    fill(s, b[0] + mm(4), b[1] + mm(4), view, rng, size=36, per_line=20, lead=mm(8))
    fill(s, b[2] - mm(62), b[3] - mm(10), f"{c.officer}　{d.month}.{d.day}", rng, size=34)
    fill(s, boxes[7][1][0] + mm(4), boxes[7][1][1] + mm(6), "同意。", rng, size=42)
    fill(s, boxes[7][1][2] - mm(40), boxes[7][1][3] - mm(11), c.judge, rng, size=36)
    fill(s, boxes[8][1][0] + mm(4), boxes[8][1][1] + mm(6), f"同意{how}结案。", rng, size=42, ink=BLACK)
    fill(s, boxes[8][1][2] - mm(44), boxes[8][1][3] - mm(11), person_name(rng), rng, size=36, ink=BLACK)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表 on the duplicated form, filled by the respondent."""
    r = c.respondent
    s = Sheet()
    y = stencil_head(s, "财产申报表")
    s.text(LEFT, y - 6, f"案号：{c.number}", serif(32), fill=STENCIL)
    w = s.width - LEFT - RIGHT
    rows = [["申报人", "", "证件号码", ""], ["住所地", ""], ["银行存款", ""], ["不动产", ""], ["车辆", ""],
            ["到期债权", ""], ["其他财产", ""], ["申报前一年财产变动", ""]]
    boxes = ruled(s, LEFT, y + mm(10), [mm(40), mm(60), mm(30), w - mm(130)], rows, serif(32),
                  heights=[mm(15), mm(15), mm(26), mm(22), mm(22), mm(26), mm(22), mm(22)], centre=(0, 2))
    yb = boxes[-1][0][3] + mm(6)
    s.text(LEFT, yb, "申报人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", serif(32), fill=STENCIL)
    s.text(s.width - RIGHT - mm(95), yb + mm(14), "申报人（签名/盖章）：", serif(32), fill=STENCIL)
    mimeo(s, rng)
    org = r.kind == "organisation"
    if tale(c) == "wage":
        entries = ["基本户 西藏银行林芝分行，余额约三千元", "无", "工程车两辆（已抵押）",
                   f"{c.extra['owner'][0]}欠民宿工程款约{c.extra['receivable']:,.0f}元", "无", "无"]
    elif tale(c) == "coach":
        entries = [f"{c.extra['r_bank']} 余额约二万元", "无", "大中型客车十一辆（按揭）", "无", "无", "无"]
    else:
        entries = ["农行卡一张，余额几百元", "老家宅基地房屋一处", f"重型货车{c.extra['plate']}（挂靠）", "无", "无", "无"]
    fill(s, boxes[0][1][0] + mm(3), boxes[0][1][1] + mm(3), r.name, rng, size=30 if org else 40)
    fill(s, boxes[0][3][0] + mm(2), boxes[0][3][1] + mm(4), r.id_number, rng, size=28)
    fill(s, boxes[1][1][0] + mm(3), boxes[1][1][1] + mm(3), r.address, rng, size=32)
    for k, text in enumerate(entries, 2):
        b = boxes[k][1]
        fill(s, b[0] + mm(4), b[1] + mm(4), text, rng, size=36, per_line=22, lead=mm(8))
    fill(s, s.width - RIGHT - mm(44), yb + mm(10), r.legal_rep if org else r.name, rng, size=50, ink=BLACK)
    fill(s, s.width - RIGHT - mm(80), yb + mm(30), num_date(d), rng, size=38, ink=BLACK)
    if org:
        bilingual_seal(s, s.width - RIGHT - mm(30), yb + mm(20), rng, name=r.name, name_bo="ཚོང་ལས་ཁང་།", radius=mm(18))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The archive's 卷宗 cover, printed on buff card: bilingual name, a frame of particulars filled by hand."""
    s = Sheet(paper=(236, 222, 190))
    s.centred(mm(30), COURT_BO, bo(34, True))
    s.centred(mm(42), COURT, bold(52), spacing=6)
    s.centred(mm(64), "执行卷宗", font("hei", 104), spacing=46)
    s.centred(mm(90), TITLE_BO["执行卷宗"], bo(36))
    s.text(s.width - RIGHT - mm(60), mm(104), "卷　　　　册", serif(36))
    w = s.width - LEFT - RIGHT - mm(12)
    rows = [["案　　号", ""], ["案　　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["结案方式", ""],
            ["立案日期", ""], ["结案日期", ""], ["承 办 人", ""], ["书 记 员", ""], ["归档日期", ""], ["保管期限", ""]]
    boxes = ruled(s, LEFT + mm(6), mm(114), [mm(42), w - mm(42)], rows, serif(36), heights=mm(11.5), ink=BLACK)
    vals = [c.number, c.extra["cause"], applicants(c), c.respondent.name, f"{c.basis_number}民事判决书", "终结执行",
            num_date(c.filed_on), num_date(c.closed_on), c.officer, c.clerk, num_date(d), "长期"]
    for row, v in zip(boxes, vals, strict=True):
        b = row[1]
        fill(s, b[0] + mm(4), b[1] + mm(2.5), v, rng, size=32 if len(v) > 18 else 38, ink=BLACK)
    s.text(LEFT + mm(6), s.height - mm(24), f"全宗号　J54{rng.randint(10, 99)}　　目录号　{c.closed_on.year}　　案卷号",
           serif(34))
    fill(s, LEFT + mm(150), s.height - mm(25), str(rng.randint(80, 600)), rng, size=38, ink=BLACK)
    return [s]


CATALOGUE = [("卷宗封面", 0), ("卷内目录", 0), ("执行申请书", 2), ("民事判决书（二审）", 4), ("生效证明书", 1),
             ("财产线索表", 1), ("申请执行费收据", 1), ("身份证明材料", 2), ("授权委托书、律师事务所函、律师执业证", 3),
             ("收款账户确认书", 1), ("送达地址确认书", 1), ("受理案件通知书", 1), ("交纳执行费通知书", 1), ("执行通知书", 1),
             ("报告财产令", 1), ("财产申报表", 1), ("网络查控结果", 2), ("执行裁定书（冻结）", 1), ("协助执行通知书", 1),
             ("撤回执行申请书及付款凭证", 2), ("谈话笔录", 2), ("执行裁定书（终结执行）", 1), ("结案审批表", 1),
             ("送达回证", 3), ("卷宗归档复核表", 1), ("备考表", 0)]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT_BO, bo(30, True))
    s.centred(TOP + 60, "卷内目录", font("hei", 70), spacing=40)
    s.centred(TOP + 150, TITLE_BO["卷内目录"], bo(30))
    s.text(LEFT, TOP + 220, f"案号：{c.number}", serif(34))
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页次", "备注"]]
    page = 1
    for i, (name, n) in enumerate(CATALOGUE, 1):
        rows.append([str(i), name, "" if n == 0 else (str(page) if n == 1 else f"{page}-{page + n - 1}"), ""])
        page += n
    ruled(s, LEFT, TOP + 280, [mm(20), w - mm(64), mm(26), mm(18)], rows, serif(30), heights=mm(7.8), ink=BLACK,
          centre=(0, 2))
    fill(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36, ink=BLACK)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = stencil_head(s, "卷宗归档复核表")
    w = s.width - LEFT - RIGHT
    points = ["法律文书齐全，送达回证完备", "终结执行依据（撤回申请）已附卷", "卷内材料排列符合规定", "页码连续，目录与材料相符",
              "电子卷宗已同步扫描", "无空白项、无涂改"]
    rows = [["案号", ""], ["承办人", ""], ["复核项目", "结论"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    boxes = ruled(s, LEFT, y, [mm(92), w - mm(92)], rows, serif(34),
                  heights=[mm(14)] * 3 + [mm(13)] * len(points) + [mm(34), mm(16)], centre=(0,))
    mimeo(s, rng)
    fill(s, boxes[0][1][0] + mm(4), boxes[0][1][1] + mm(3), c.number, rng, size=36)
    fill(s, boxes[1][1][0] + mm(4), boxes[1][1][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=38)
    for row in boxes[3:3 + len(points)]:
        fill(s, row[1][0] + mm(12), row[1][1] + mm(2), "√", rng, size=44)
    fill(s, boxes[-2][1][0] + mm(4), boxes[-2][1][1] + mm(6), "经复核，卷宗材料齐全，同意归档。", rng, size=40)
    fill(s, boxes[-1][1][0] + mm(4), boxes[-1][1][1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = stencil_head(s, "备考表")
    s.text(LEFT, y, f"案号：{c.number}", serif(34), fill=STENCIL)
    x1 = s.width - RIGHT
    s.box(LEFT, y + mm(12), x1, s.height - mm(34), width=3, outline=STENCIL)
    s.text(LEFT + mm(6), y + mm(18), "本卷情况说明：", font("hei", 38), fill=STENCIL)
    base = s.height - mm(90)
    for k, label in enumerate(["立卷人：", "检查人：", "立卷时间："]):
        s.text(LEFT + mm(86), base + k * mm(16), label, serif(38), fill=STENCIL)
    mimeo(s, rng)
    n = sum(p for _, p in CATALOGUE)
    yy = fill(s, LEFT + mm(14), y + mm(32), f"本卷共有文件材料{len(CATALOGUE) - 3}份，共{n}页。", rng, size=40)
    fill(s, LEFT + mm(14), yy + mm(4), "申请执行人执行外受偿撤回申请，本案终结执行，无执行款收付。", rng, size=40, per_line=22,
         lead=mm(10))
    for k, v in enumerate([c.clerk, c.officer, num_date(d)]):
        fill(s, LEFT + mm(122), base + k * mm(16) - 4, v, rng, size=40)
    return [s]

