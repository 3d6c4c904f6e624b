"""court_ga (江西省宜春市袁州区人民法院, held out): 宜春 — the 锂云母 mica pits and battery-material plants of the
经济技术开发区, the hot-spring hotels under 明月山 and the spa guesthouses of 温汤, the paddies and rice mills of 袁州
(宜春大米), selenium-rich tea on the hills and a 建材 market on the ring road. The bureau's own papers come off its
printer on grey-beige recycled paper in its letterhead style (court_ga_kit); what it receives is on the senders' white
paper and in their styles (court_ga_papers). Every page went through the bureau's sheet-fed scanner set to "background
removal + text enhancement" (court_ga_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    USCC,
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, hand, mm, seal
from dossier.corpus.families.court_ga_kit import (
    BALL,
    COURT,
    GEL,
    LEFT,
    RECYCLED,
    RIGHT,
    Pages,
    court_paper,
    folio,
    form_title,
    frame,
    gel,
    hei,
    letterhead,
    serif,
)
from dossier.corpus.families.court_ga_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
MICA_SEQ, RICE_SEQ, TEA_SEQ = 33152, 33386, 33741
LAW = "《中华人民共和国民事诉讼法》"
AFTER_FILING = {"payment_notice": 0, "acceptance_notice": 1, "online_inquiry_result": 2, "enforcement_notice": 3,
                "property_report_order": 3, "enforcement_ruling": 6, "assistance_notice": 6, "property_declaration_form": 12,
                "summons": 18, "investigation_record": 24, "settlement_agreement": 26, "consumption_restriction_order": 31,
                "dishonest_list_decision": 31}
BEFORE_CLOSING = {"interview_record": 16, "termination_this_round_ruling": 5, "closing_notice": 3,
                  "closing_approval_form": 1, "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5,
                  "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's own sheets)"""
BEFORE_FILING = {"enforcement_application": 3, "power_of_attorney": 4, "law_firm_letter": 3, "identity_proof": 3}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "payment_voucher":
        return date.fromisoformat(str(c.extra["paid_on"]))
    if code in BEFORE_CLOSING:
        return c.closed_on - timedelta(days=BEFORE_CLOSING[code])
    if code in BEFORE_FILING:
        return c.filed_on - timedelta(days=BEFORE_FILING[code])
    return c.day(AFTER_FILING.get(code, 0))


def _coded(rng: random.Random, head: str, region: str) -> str:
    """A unified social credit code of another kind of body (93 a farmers' cooperative, 92 a sole trader), its check
    character worked out again."""
    body = head + credit_code(rng, region)[2:17]
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + USCC[0 if check == 31 else check]


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000; 1.5% of the part from 10,000 to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """宜春 parties. MICA_SEQ: a mine-machinery repair shop wins this court's judgment for overhauling the crushers and
    ball mills of a 锂云母 concentrator owned by a battery-material company; its account is frozen and the sum deducted.
    RICE_SEQ: a 袁州 rice-growers' cooperative's judgment for paddy against a rice mill that has stopped milling and let
    its yard to a tile dealer of the 建材 market: nothing to take, 终本. TEA_SEQ: a 温汤 guesthouse keeper who sells
    selenium-rich tea holds an award of the 宜春仲裁委员会 against a 明月山 hot-spring hotel, which settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {MICA_SEQ: "mica", RICE_SEQ: "rice", TEA_SEQ: "tea"}[seq]
    c.firm = rng.choice(["江西宜春秀江律师事务所", "江西袁州明月律师事务所", "江西宜阳正大律师事务所"])
    c.extra["firm_addr"] = f"宜春市袁州区{rng.choice(['宜阳大道', '袁山中路', '中山中路', '东风大街'])}{rng.randint(20, 480)}号"
    c.extra["licence"] = f"1360920{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["江西宜春农村商业银行袁州支行", "中国农业银行宜春袁州支行", "江西银行宜春分行营业部"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = f"1450{rng.randint(10**13, 10**14 - 1)}"
    c.extra["civil_judge"] = person_name(rng)
    t = tale(c)
    if t == "mica":
        c.applicant = Party(f"宜春市袁州区{rng.choice(['鑫达', '恒力', '赣西'])}矿山机械维修有限公司", "organisation",
                            credit_code(rng, "360902"), f"江西省宜春市袁州区{rng.choice(['彬江镇', '西村镇', '新坊乡'])}"
                            f"{rng.choice(['工业', '沿江'])}路{rng.randint(3, 90)}号", f"0795-36{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"宜春{rng.choice(['锂源', '云锂', '赣锂'])}新材料有限公司", "organisation",
                             credit_code(rng, "360902"), f"江西省宜春经济技术开发区{rng.choice(['锂电', '新能源'])}大道"
                             f"{rng.randint(100, 980)}号", f"0795-38{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）赣0902民初{rng.randint(3000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "承揽合同纠纷"
        c.amount = Decimal(rng.randint(1860, 4600)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["r_bank"] = rng.choice(["中国建设银行宜春经开区支行", "九江银行宜春分行", "中国工商银行宜春分行营业部"])
        c.extra["r_acct"] = f"3605{rng.randint(10**15, 10**16 - 1)}"
        c.extra["plant"] = f"{rng.choice(['新坊', '水江', '慈化'])}锂云母选矿厂"
        c.extra["paid_on"] = c.day(rng.randint(9, 12)).isoformat()
    elif t == "rice":
        c.applicant = Party(f"宜春市袁州区{rng.choice(['禾丰', '金穗', '秀江'])}水稻种植专业合作社", "organisation",
                            _coded(rng, "93", "360902"), f"江西省宜春市袁州区{rng.choice(['湖田镇', '三阳镇', '洪塘镇'])}"
                            f"{rng.choice(['下浦', '官桥', '塘口'])}村", f"138{rng.randint(10000000, 99999999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"宜春{rng.choice(['袁州', '禾香', '宜丰源'])}米业有限公司", "organisation",
                             credit_code(rng, "360902"), f"江西省宜春市袁州区{rng.choice(['彬江镇', '寨下镇'])}"
                             f"{rng.choice(['粮站', '工业园'])}路{rng.randint(1, 60)}号", f"0795-35{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）赣0902民初{rng.randint(8000, 9800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(520, 1480)) * 100
        c.extra["tons"] = rng.randint(160, 420)
        c.extra["dealer"] = f"{person_name(rng)}（宜春{rng.choice(['华东', '赣西'])}建材大市场瓷砖经营户）"
        c.extra["paid_on"] = c.closed_on.isoformat()
    else:
        born = date(rng.randint(1968, 1986), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "360902", born),
                            f"江西省宜春市袁州区温汤镇{rng.choice(['水口', '彬溪', '新田'])}村{rng.randint(1, 12)}组",
                            f"159{rng.randint(10000000, 99999999)}", born=born, sex="女")
        c.respondent = Party(f"宜春明月山{rng.choice(['汤泉', '月亮湖', '聚龙'])}温泉度假酒店有限公司", "organisation",
                             credit_code(rng, "360902"), f"江西省宜春市明月山温泉风景名胜区温汤镇{rng.choice(['温泉', '明月'])}"
                             f"大道{rng.randint(10, 160)}号", f"0795-31{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "宜春仲裁委员会"
        c.basis_number = f"（2023）宜仲裁字第{rng.randint(80, 690)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 75))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(180, 460)) * 100 + Decimal(rng.choice([0, 50]))
        c.extra["inn"] = f"{rng.choice(['汤源', '月泉', '溪畔'])}农家客栈"
        c.extra["paid_on"] = c.day(rng.randint(44, 52)).isoformat()
    c.extra["fee"] = _fee(c.amount)


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{'裁决书' if tale(c) == 'tea' else '民事判决书'}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def _who(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        head = "负责人" if p.name.endswith("合作社") else "法定代表人"
        return [("h", f"{role}：{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}。"),
                ("h", f"{head}：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    matter = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.number))),
             ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方依据{basis_name(c)}申请执行，本院审查后认为符合立案条件，已于{cn_date(c.filed_on)}立案，案号如上。"),
            ("p", f"本案由执行局执行实施二组办理，承办执行员{c.officer}，书记员{c.clerk}，办公电话{c.court.phone}。"),
            ("p", "请你方注意：一、如知道被执行人的财产线索，请及时书面告诉本院；二、你方的送达地址、收款账户有变化的，"
                  "请在三日内告知承办人；三、案件进度可登录江西法院诉讼服务网或关注“赣法通”查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "申请执行费缴纳通知书", [
            ("to", f"{a.name}："),
            ("p", f"{matter}，本院已受理。依照《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项的规定，本案应交申请执行费"
                  f"人民币{c.extra['fee']}元，由你方预交，执行完毕后由被执行人负担，本院执行到位后一并退还。"),
            ("p", "请你方在收到本通知之日起七日内，凭本通知书上的缴款码到江西省非税收入代收银行网点缴纳，或用手机扫码缴纳。"
                  "逾期未交又未申请缓交的，本院将依法处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}持{basis_name(c)}向本院申请强制执行，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条的规定，"
                  f"现责令{_you(r)}自本通知送达之日起履行下列义务："),
            ("o", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("o", f"二、依照{LAW}第二百六十四条的规定加倍支付迟延履行期间的债务利息；"),
            ("o", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}未按本通知履行的，本院将依法查封、扣押、冻结、划拨{_you(r)}的财产，并可采取限制消费、"
                  "纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=[("执行员", c.officer), ("书记员", c.clerk)], day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行{matter}，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后五日内，向本院如实报告当前的财产"
                  "情况和收到执行通知之日前一年的财产变动情况，并填写随附的财产申报表。"),
            ("p", "报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                  "产品、原材料等动产；债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；其他应当报告的财产。"),
            ("p", f"{_you(r)}拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单。"),
        ], signers=[("执行员", c.officer), ("书记员", c.clerk)], day=d)
    if code == "enforcement_ruling":
        if tale(c) == "mica":
            order = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内存款"
                     f"{money(c.amount)}及迟延履行期间的债务利息、执行费。")
        else:
            order = f"查封、扣押、冻结被执行人{r.name}价值{money(c.amount)}的财产，或划拨其同等数额的存款。"
        return court_paper(c, rng, "执行裁定书", [
            *_who("申请执行人", a), *_who("被执行人", r),
            ("p", f"{matter}，{basis_name(c)}已经发生法律效力。本院于{cn_date(c.filed_on)}立案执行，并向被执行人送达了执行通知书，"
                  f"被执行人至今未履行。依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("o", order),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}、{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{matter}。被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。"
                  f"依照{LAW}第二百六十六条和《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                  f"现对被执行人{r.name}及其法定代表人{r.legal_rep}采取限制消费措施，不得有以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐飞机、列车软卧、轮船二等以上舱位，乘坐G字头动车组列车全部座位及其他动车组列车一等以上座位；"
                  "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所消费；（三）购买不动产或者新建、扩建、高档装修房屋；"
                  "（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；"
                  "（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品。"),
            ("p", "如违反本令，经查证属实，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *_who("被执行人", r),
            ("p", f"本院在执行{matter}中查明，被执行人有履行能力而拒不履行生效法律文书确定的义务，且未按报告财产令如实报告财产。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项、第二条的规定，"
                  "决定如下："),
            ("o", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为决定有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "mica":
            how = (f"本院冻结被执行人在{c.extra['r_bank']}的账户后，于{cn_date(made_on(c, 'payment_voucher'))}划拨存款"
                   f"{money(c.amount)}至本院执行款专户")
        else:
            how = (f"双方于{cn_date(made_on(c, 'settlement_agreement'))}在本院主持下达成和解，被执行人已于"
                   f"{cn_date(made_on(c, 'payment_voucher'))}付清最后一笔款项")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{matter}，{how}，案款已转入你方指定的{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已经履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "第一款第（一）项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
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


def _ttr(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return court_paper(c, rng, "执行裁定书", [
        *_who("申请执行人", a), *_who("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，本院{c.basis_number}民事判决书已经发生法律效力。被执行人"
              f"未履行义务，申请执行人于{cn_date(c.filed_on)}向本院申请执行，执行标的{money(c.amount)}。"),
        ("p", "执行中，本院依法向被执行人送达了执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控系统对被执行人"
              "名下的银行存款、不动产、车辆、证券、股权、网络资金等进行了查询，仅有零星存款且已冻结；"
              f"于{cn_date(made_on(c, 'investigation_record'))}到被执行人厂区实地调查，米厂已于2023年停止收购和加工，碾米设备已"
              "抵偿他人债务，厂房由出租人收回后转租给建材经营户堆放瓷砖，未发现可供执行的财产。本院已对被执行人及其法定代表人"
              "限制消费，并将被执行人纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知了财产调查情况，申请执行人不能提供新的财产线索，"
              "同意本次执行程序终结。"),
        ("p", f"本院认为，被执行人确无可供执行的财产，本次执行程序无法继续进行。依照{LAW}第二百六十八条第（六）项、《最高人民法院"
              "关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("o", "终结本次执行程序。"),
        ("p", f"本案尚有{money(c.amount)}未执行到位。申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请"
              "执行时效期间的限制。被执行人应当继续履行债务。"),
        ("p", "本裁定送达后即发生法律效力。"),
    ], signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.number))),
                ("书记员", c.clerk)], day=d)


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 to the respondent's bank, with its tear-off 回执 under a dashed line on the same sheet."""
    r = c.respondent
    bank = str(c.extra.get("r_bank") or rng.choice(["江西宜春农村商业银行彬江支行", "中国邮政储蓄银行宜春市分行"]))
    acct = str(c.extra.get("r_acct") or f"3609{rng.randint(10**15, 10**16 - 1)}")
    first = Sheet(paper=RECYCLED)
    y = letterhead(first, "协助执行通知书", c.number.replace("号", "号之一"))
    run = Pages(RECYCLED, first=first, y=y)
    f = serif(40)
    run.para(f"{bank}：", f, lead=72, indent=0)
    what = "冻结并划拨" if tale(c) == "mica" else "冻结"
    run.para(f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{LAW}第二百五十三条的规定，请协助执行下列事项：",
             f, lead=72)
    run.para(f"{what}被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的账户（账号{acct}）内的存款，以"
             f"{money(c.amount)}为限，冻结期限一年；{'划至本院执行款专户（账号' + str(c.extra['court_acct']) + '）。' if what != '冻结' else ''}",
             hei(40), lead=72)
    run.para("请将协助执行情况填写于下方回执，加盖业务章后交执行人员带回。", f, lead=72)
    s = run.s
    y = run.y + 40
    s.right(s.width - RIGHT - mm(6), y, cn_date(d), f)
    seal(s, s.width - RIGHT - mm(40), y + 16, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 30, f"执行员：{c.officer}　　书记员：{c.clerk}", serif(34))
    y += mm(24)
    for x in range(int(LEFT - mm(10)), int(s.width - RIGHT + mm(10)), 26):
        s.line(x, y, x + 13, y, width=2)
    s.text(LEFT - mm(8), y - 34, "（沿虚线剪开）", serif(26))
    y += 36
    s.centred(y, "协助执行回执", font("serif_bold", 60), spacing=20)
    y += 96
    cells = frame(s, LEFT, y, [mm(40), s.width - LEFT - RIGHT - mm(40)],
                  [["案　号", c.number], ["协助事项", f"{what}存款"], ["执行情况", ""], ["经办人", ""]], serif(34),
                  heights=[mm(11), mm(11), mm(22), mm(12)])
    done = (f"已{what}，实扣{c.amount:,.2f}元" if what != "冻结" else f"已冻结，余额{rng.randint(40, 3900)}.{rng.randint(10, 99)}元")
    hand(s, cells[2][1][0] + mm(4), cells[2][1][1] + mm(6), done, rng, size=42, ink=BALL)
    hand(s, cells[3][1][0] + mm(4), cells[3][1][1] + mm(3), f"{person_name(rng)}　{num_date(d + timedelta(days=1))}", rng,
         size=40, ink=BALL)
    seal(s, s.width - RIGHT - mm(38), cells[2][1][1] + mm(11), bank, rng, radius=mm(16))
    return [s]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票 as the bureau prints it: a form on the recycled stock, the particulars in gel pen."""
    r = c.respondent
    s = Sheet(paper=RECYCLED)
    y = form_title(s, "传　票", size=84)
    s.right(s.width - RIGHT, y, c.number, serif(36))
    y += 70
    w = s.width - LEFT - RIGHT
    rows = [["案　由", c.extra["cause"] + "（执行）"], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
            ["工作单位或住址", r.address], ["传唤事由", "接受询问，报告财产情况"], ["应到时间", ""], ["应到处所", ""]]
    cells = frame(s, LEFT, y, [mm(46), w - mm(46)], rows, serif(36), heights=[mm(16), mm(16), mm(20), mm(16), mm(16), mm(16)])
    when = d + timedelta(days=6)
    gel(s, cells[4][1][0] + mm(4), cells[4][1][1] + mm(4), f"{num_date(when)}上午九时", rng)
    gel(s, cells[5][1][0] + mm(4), cells[5][1][1] + mm(4), "本院执行局三楼第一约谈室", rng)
    y = cells[-1][-1][3] + 50
    for k, line in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件；",
                              "二、被传唤人无正当理由拒不到场的，可以依法拘传；", "三、本传票签收联由送达人带回附卷。"]):
        s.text(LEFT + (0 if k == 0 else mm(7)), y, line, hei(34) if k == 0 else serif(34))
        y += 56
    y += 60
    s.right(s.width - RIGHT - mm(6), y, cn_date(d), serif(40))
    seal(s, s.width - RIGHT - mm(42), y + 14, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 150, f"执行员　{c.officer}　　　书记员　{c.clerk}", serif(34))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是袁州区人民法院执行局的，这是我们的工作证。今天来了解宜春这家米业公司厂区的情况，你要如实讲，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你是什么人，在这里做什么？"),
        ("答", "我在建材市场做瓷砖生意，去年底从房东手里把这个厂房租过来堆货，租金交给房东，不交给米厂。"),
        ("问", "米厂现在还收谷、碾米吗？"),
        ("答", "早就没搞了。我搬进来的时候里面就空了，烘干机、碾米机听说抵给别人了，只剩几个破谷仓。"),
        ("问", "米厂老板你认识吗？知道他现在在哪里吗？"),
        ("答", "见过一两次，听人讲去外地打工了，电话我没有。"),
        ("问", "厂里有没有剩下的大米、稻谷、车子？"),
        ("答", "没有看到，院子里只有我的货。"),
        ("问", "以上讲的是不是真的？"),
        ("答", "是真的。"),
    ],
    "interview_record": [
        ("问", "今天请你来，是把案子的执行情况跟你讲一下，听听你的意见。你是合作社的负责人吗？"),
        ("答", "是的，我是合作社理事长。"),
        ("问", "本院通过网络查控系统查了米业公司名下的银行存款、房产、车辆、股权、网上资金，只有几百块钱存款，已经冻结；"
               "执行人员到厂区看过，米厂停产，设备抵债，厂房转租给了建材经营户。你对这些情况有没有意见？"),
        ("答", "没有意见。我们也去看过，确实什么都没有了。"),
        ("问", "你们合作社还能不能提供米业公司或者它老板的其他财产线索？"),
        ("答", "暂时提供不了，社员的谷款还欠着，我们也着急。"),
        ("问", "本院已经对米业公司和法定代表人限制高消费，把公司纳入了失信名单。现在没有财产可以执行，本院准备终结本次"
               "执行程序，你同不同意？"),
        ("答", "同意。以后发现他有钱了，我们再来申请。"),
        ("问", "终本以后，发现财产可以随时申请恢复执行，不受时效限制。还有什么要讲的吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: the title, then underlined particulars (time, place, who), then 问 and 答 in bold 黑体 tags with
    the answers typed in serif, and at every page's foot the person heard signs in dark ballpoint."""
    talk = code == "interview_record"
    title = "谈话笔录" if talk else "调查笔录"
    who = c.applicant.legal_rep if talk else str(c.extra.get("dealer", person_name(rng))).split("（")[0]
    s = Sheet(paper=RECYCLED)
    y = form_title(s, title, issuer="", size=80)
    f = serif(38)
    facts = [f"时间：{num_date(d)}　{rng.choice(['9', '10', '14', '15'])}时{rng.choice(['00', '10', '30'])}分",
             "地点：" + ("本院执行局第一约谈室" if talk else c.respondent.address),
             f"谈话人：{c.officer}　　记录人：{c.clerk}" if talk else f"调查人：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}",
             f"被谈话人：{who}，{c.applicant.name}负责人" if talk else f"被调查人：{c.extra.get('dealer', who)}",
             f"案号：{c.number}"]
    for line in facts:
        s.text(LEFT, y, line, f)
        s.line(LEFT + mm(22), y + 50, s.width - RIGHT, y + 50, width=1)
        y += 68
    run = Pages(RECYCLED, first=s, y=y + 30, foot=mm(42))
    body = serif(40)
    for tag, text in QA[code]:
        run.room(72)
        run.s.text(LEFT, run.y, f"{tag}：", hei(40))
        run.para(text, body, lead=72, indent=body.size * 2, hang=body.size * 2)
    run.room(130)
    run.s.text(LEFT, run.y + 20, "（笔录经被谈话人阅读，无误。）" if talk else "（笔录已向被调查人宣读，无误。）", serif(34))
    hand(run.s, LEFT + mm(10), run.y + 90, "以上记录我看过，和我讲的一样。", rng, size=46, ink=BALL)
    for sh in run.sheets:
        sh.text(sh.width - RIGHT - mm(92), sh.height - mm(30), "被谈话人：" if talk else "被调查人：", serif(34))
        hand(sh, sh.width - RIGHT - mm(56), sh.height - mm(33), who, rng, size=48, ink=BALL)
    return folio(run.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=RECYCLED)
    y = form_title(s, "执行案件结案审批表")
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    w = s.width - LEFT - RIGHT
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_name(c)],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{got:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    cells = frame(s, LEFT, y, [mm(34), mm(60), mm(30), w - mm(124)], rows, serif(34),
                  heights=[mm(14)] * 6 + [mm(50), mm(32), mm(32)], labels=(0, 2))
    view = ("被执行人无财产可供执行，已限高、纳失，实地调查及约谈申请人已完成，拟终结本次执行程序。" if ttr else
            "被执行人已全部履行，执行款已发放给申请执行人，拟以执行完毕结案。")
    box = cells[6][1]
    gel(s, box[0] + mm(4), box[1] + mm(4), view, rng, size=38, per_line=20, lead=mm(8))
    gel(s, box[2] - mm(70), box[3] - mm(11), f"{c.officer}　{d.month}月{d.day}日", rng, size=36)
    gel(s, cells[7][1][0] + mm(4), cells[7][1][1] + mm(6), f"同意{how}。", rng, size=40)
    gel(s, cells[7][1][2] - mm(50), cells[7][1][3] - mm(12), c.judge, rng, size=40)
    gel(s, cells[8][1][0] + mm(4), cells[8][1][1] + mm(6), "同意。", rng, size=44, ink=(40, 40, 48))
    gel(s, cells[8][1][2] - mm(60), cells[8][1][3] - mm(12), f"{person_name(rng)} {d.month}.{d.day}", rng, size=40,
        ink=(40, 40, 48))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "申请执行费缴纳通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书（冻结、划拨）",
         "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（失信）", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the recycled stock: a five-row form, what was served in gel pen, the receiver's signature and the day
    of receipt in their own ballpoint."""
    applicant_side = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if applicant_side else c.respondent
    s = Sheet(paper=RECYCLED)
    y = form_title(s, "送 达 回 证", size=80)
    w = s.width - LEFT - RIGHT
    rows = [["案　　号", c.number], ["送达文书", ""], ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", ""], ["送达人", ""], ["备　　注", ""]]
    cells = frame(s, LEFT, y, [mm(50), w - mm(50)], rows, serif(36),
                  heights=[mm(15), mm(28), mm(15), mm(18), mm(40), mm(18), mm(15), mm(15), mm(22)])
    yy = cells[1][1][1] + mm(3)
    for x in served:
        yy = gel(s, cells[1][1][0] + mm(4), yy, f"{NAMES.get(x, x)}　一份", rng, size=38, lead=mm(8))
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    box = cells[4][1]
    signer = who.legal_rep if who.kind == "organisation" else who.name
    if applicant_side and rng.random() < 0.5:
        signer = c.agent
    hand(s, box[0] + mm(10), box[1] + mm(7), signer, rng, size=56, ink=BALL)
    hand(s, box[0] + mm(60), box[1] + mm(24), num_date(when), rng, size=42, ink=BALL)
    if who.kind == "organisation" and not applicant_side:
        seal(s, box[0] + mm(40), box[1] + mm(20), who.name, rng, radius=mm(17))
    gel(s, cells[6][1][0] + mm(4), cells[6][1][1] + mm(3), "直接送达" if rng.random() < 0.7 else "留置送达", rng, size=38)
    gel(s, cells[7][1][0] + mm(4), cells[7][1][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=38)
    y = cells[-1][-1][3] + 40
    s.text(LEFT, y, "填发日期：" + cn_date(min(made_on(c, x) for x in served)), serif(34))
    seal(s, s.width - RIGHT - mm(45), y + 10, COURT, rng, radius=mm(19))
    s.text(LEFT, y + 70, "注：受送达人拒绝签收的，送达人应在备注栏写明情况。", serif(30))
    return [s]


KRAFT = (196, 174, 138)


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's cover on kraft card: the court's name, 执行卷宗 in very heavy type, a ruled panel of particulars
    filled by the clerk, and the 全宗/目录/案卷 numbers boxed at the foot."""
    s = Sheet(paper=KRAFT)
    s.centred(mm(30), COURT, font("hei", 56), spacing=6)
    s.centred(mm(52), "执 行 卷 宗", font("serif_bold", 124), spacing=30)
    s.centred(mm(84), "（正　卷）", serif(40))
    ttr = c.method == "terminated_this_round"
    w = s.width - LEFT - RIGHT
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["承办人", ""], ["立案日期", ""], ["结案日期", ""], ["结案方式", ""], ["归档日期", ""], ["本卷页数", ""],
            ["保管期限", ""]]
    cells = frame(s, LEFT, mm(100), [mm(40), w - mm(40)], rows, serif(36), heights=mm(11.5), outer=6)
    vals = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_name(c).replace(COURT, "本院"),
            f"{c.amount:,.2f}元", f"{c.officer}（书记员{c.clerk}）", num_date(c.filed_on), num_date(c.closed_on),
            "终结本次执行程序" if ttr else "执行完毕", num_date(d), f"{rng.randint(52, 78)}页", "永久" if not ttr else "长期"]
    for v, row in zip(vals, cells, strict=True):
        box = row[1]
        hand(s, box[0] + mm(4), box[1] + mm(1.5), v[:28], rng, size=36, ink=(30, 30, 36))
    y = s.height - mm(38)
    frame(s, s.width - RIGHT - mm(120), y, [mm(40), mm(40), mm(40)],
          [["全宗号", "目录号", "案卷号"], ["J072", "2024", str(rng.randint(100, 899))]], serif(30), heights=mm(9),
          labels=(0, 1, 2))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行人营业执照及身份证明", "被执行人营业执照",
             "授权委托书", "律师事务所函", "律师执业证", "申请执行费票据", "收款账户确认书", "送达地址确认书",
             "受理案件通知书", "缴纳通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书",
             "协助执行通知书及回执", "划款凭证及案款发放单", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
    s = Sheet(paper=RECYCLED)
    y = form_title(s, "卷内文件目录", issuer="")
    s.text(LEFT, y, f"案号：{c.number}", serif(34))
    y += 60
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文　件　名　称", "页　号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), "", "", ""])
        page_here = page
        page += {"民事判决书": 4, "执行申请书": 2, "网络查控结果": 2, "送达回证": 4, "执行裁定书": 1}.get(name, 1)
        rows[-1][1] = name
        rows[-1][2] = str(page_here) if i < len(items) else f"{page_here}-{page_here}"
    cells = frame(s, LEFT, y, [mm(22), w - mm(72), mm(28), mm(22)], rows, serif(31), heights=mm(8), labels=(0, 2))
    del cells
    hand(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=38, ink=GEL)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=RECYCLED)
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    checks = ["文书材料齐全，无缺漏", "法律文书均有送达回证", "案款收付凭证完整", "材料排列顺序符合要求",
              "目录与卷内材料相符", "页码连续、无重号漏号", "无“空白”项未填", "电子卷宗与纸质卷宗一致"]
    rows = [["案号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["复核项目", "复核情况"],
            *[[k, ""] for k in checks], ["复核意见", ""], ["复核人签名", ""]]
    cells = frame(s, LEFT, y, [mm(82), w - mm(82)], rows, serif(34),
                  heights=[mm(13)] * 4 + [mm(12)] * len(checks) + [mm(34), mm(16)], labels=(0,))
    for row in cells[4:4 + len(checks)]:
        gel(s, row[1][0] + mm(12), row[1][1] + mm(1.5), rng.choice(["√", "√ 是", "是"]), rng, size=40)
    gel(s, cells[-2][1][0] + mm(4), cells[-2][1][1] + mm(6), "经复核，卷内材料齐全，同意归档。", rng, size=40)
    gel(s, cells[-1][1][0] + mm(4), cells[-1][1][1] + mm(2), f"{c.officer}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=RECYCLED)
    y = form_title(s, "备　考　表", issuer="")
    s.text(LEFT, y, f"案号：{c.number}", serif(34))
    y += 60
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=5)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", hei(40))
    n = rng.randint(52, 78)
    yy = gel(s, LEFT + mm(12), y + mm(22), f"本卷共有文件材料{n - 4}件，计{n}页，另有照片0张。", rng, size=42, per_line=21,
             lead=mm(11))
    gel(s, LEFT + mm(12), yy, "案款已全部划拨并发放，无遗留事项。" if c.method != "terminated_this_round"
        else "本案终结本次执行程序，被执行人已限高、纳失。", rng, size=42, per_line=21, lead=mm(11))
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(17), label, serif(38))
        gel(s, LEFT + mm(124), base + k * mm(17) - 6, value, rng, size=44)
    return [s]
