"""court_hu (河北省沧州市新华区人民法院, held out): 狮城沧州 on the 南运河 — the 管件 works of 孟村 and 盐山 to the south-east,
河间驴肉火烧 shops along 朝阳北大街, the winter's heating companies. Its own papers in the bureau's Noto 宋 style
(court_hu_kit); what it receives in the senders' styles (court_hu_papers), most of the parties' papers as WeChat photos
printed at the filing window, the 案款 system's thermal slips glued onto A4 (court_hu_capture)."""

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
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_hu_kit import (
    COURT,
    LEFT,
    RIGHT,
    SEAL,
    HuSheet,
    body,
    court_paper,
    form_head,
    label,
    paste_sheet,
    right_cells,
    ruled,
    scrawl,
    slip,
)
from dossier.corpus.families.court_hu_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "consumption_restriction_order", "closing_notice", "closing_approval_form", "service_receipt",
    "online_inquiry_result", "payment_voucher", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
PIPE_SEQ, CHILD_SEQ, RENT_SEQ = 8609, 8637, 8672
LAW = "《中华人民共和国民事诉讼法》"
MARKET = "沧州市新华区市场监督管理局"
WHEN = {"enforcement_application": -3, "power_of_attorney": -4, "law_firm_letter": -3, "lawyer_license": -3,
        "identity_proof": -3, "property_clue_form": -3, "payment_account_confirmation": 0,
        "service_address_confirmation": 0, "fee_receipt": 0, "payment_notice": 0, "acceptance_notice": 1,
        "enforcement_notice": 2, "property_report_order": 2, "online_inquiry_result": 3, "enforcement_ruling": 7,
        "assistance_notice": 7, "property_declaration_form": 11, "consumption_restriction_order": 16}
CLOSING = {"closing_notice": 3, "closing_approval_form": 1, "file_review_form": -2, "catalogue": -3,
           "remarks_sheet": -3, "dossier_cover": -4}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=20)
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=int(c.extra["cert_after"]))
    if code == "settlement_agreement":
        return c.extra["settled"]
    if code == "payment_voucher":
        return c.extra["payouts"][-1]
    return c.day(WHEN.get(code, 0))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费, 《诉讼费用交纳办法》第十四条第（一）项: 50 yuan up to 10,000; 1.5% to 500,000; 1% above."""
    fee = Decimal(50)
    if amount > 10000:
        fee += (min(amount, Decimal(500000)) - 10000) * Decimal("0.015")
    if amount > 500000:
        fee += (amount - 500000) * Decimal("0.01")
    return fee.quantize(Decimal("0.01"))


def _phone(rng: random.Random) -> str:
    return f"1{rng.choice(['33', '36', '52', '58', '87', '99'])}{rng.randint(10000000, 99999999)}"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """沧州 parties. PIPE_SEQ: a 孟村 pipe-fittings maker wins this court's judgment for 弯头、三通、法兰 sold to a heating
    pipeline contractor; the buyer's 35% share in a heating company is frozen through the 市场监督管理局, the parties
    settle and the buyer pays in two instalments. CHILD_SEQ: a mother enforces the 抚养费 arrears of this court's divorce
    judgment; the father's employer withholds his wages month by month. RENT_SEQ: a shop's landlord enforces a lease
    judgment against the tenant of a 河间驴肉火烧 shop, who pays once a 限制消费令 stops him buying a train ticket."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {PIPE_SEQ: "pipe", CHILD_SEQ: "child", RENT_SEQ: "rent"}[seq]
    c.firm = rng.choice(["河北狮城律师事务所", "河北运河律师事务所", "河北沧海明德律师事务所"])
    c.extra["firm_addr"] = f"沧州市运河区{rng.choice(['御河路', '浮阳大道', '解放西路'])}{rng.randint(10, 260)}号" \
                           f"{rng.choice(['金鼎大厦', '国际贸易中心', '华凯大厦'])}{rng.randint(5, 21)}层"
    c.extra["licence"] = f"11309{rng.randint(2009, 2020)}{rng.choice('12')}{rng.randint(1000000, 9999999)}"
    c.agent_phone = _phone(rng)
    c.extra["court_bank"] = "中国农业银行股份有限公司沧州新华支行"
    c.extra["court_acct"] = f"5027 01040{rng.randint(100000, 999999)}"
    c.extra["cert_after"] = rng.randint(6, 30)
    t = tale(c)
    if t == "pipe":
        c.applicant = Party(f"孟村回族自治县{rng.choice(['鑫瑞', '恒昌', '华盛', '永固'])}管件制造有限公司", "organisation",
                            credit_code(rng, "130930"), f"河北省沧州市孟村回族自治县{rng.choice(['辛店镇', '高寨镇', '新县镇'])}"
                            f"管件工业园区{rng.choice(['纬三路', '经二路'])}{rng.randint(1, 60)}号", f"0317-67{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"沧州{rng.choice(['渤运', '新港', '运通', '瀛海'])}热力管道工程有限公司", "organisation",
                             credit_code(rng, "130902"), f"河北省沧州市新华区{rng.choice(['永济西路', '北环中路', '建设北大街'])}"
                             f"{rng.randint(10, 200)}号", f"0317-20{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["cause"] = "买卖合同纠纷"
        principal = Decimal(rng.randint(26000000, 46000000)) / 100
        loss = (principal * Decimal("0.0345") * Decimal(rng.randint(10, 16)) / 12).quantize(Decimal("0.01"))
        c.extra["principal"], c.extra["loss"] = principal, loss
        c.amount = principal + loss
        c.extra["goods"] = "对焊弯头、等径三通、同心异径管、带颈对焊法兰"
        c.extra["target"] = f"沧州{rng.choice(['狮城', '瀛州', '运河'])}热源供热服务有限公司"
        c.extra["target_code"] = credit_code(rng, "130902")
        c.extra["share"] = rng.choice([30, 35, 40])
        c.extra["capital"] = 1000 * c.extra["share"] // 100
        settled = c.day(rng.randint(25, 30))
        c.extra["settled"] = settled
        first = (c.amount / 2).quantize(Decimal("1"))
        c.extra["instalments"] = [(settled + timedelta(days=1), first),
                                  (settled + timedelta(days=rng.randint(24, 30)), c.amount - first)]
        c.extra["release"] = c.extra["instalments"][-1][0] + timedelta(days=3)
    elif t == "child":
        mb = date(rng.randint(1987, 1993), rng.randint(1, 12), rng.randint(1, 28))
        fb = date(mb.year - rng.randint(0, 3), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "130902", mb),
                            f"河北省沧州市新华区{rng.choice(['西环中路', '朝阳北大街', '新华路'])}{rng.choice(['龙泉', '锦绣', '御河'])}"
                            f"小区{rng.randint(1, 24)}号楼{rng.randint(1, 4)}单元{rng.randint(101, 1802)}室", _phone(rng),
                            born=mb, sex="女")
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["130921", "130903"]), fb),
                             f"河北省沧州市{rng.choice(['沧县', '运河区'])}{rng.choice(['崔尔庄镇', '旧州镇', '小王庄镇'])}"
                             f"{rng.choice(['前', '后', '东', '西'])}{rng.choice(['杨', '刘', '王'])}庄村{rng.randint(1, 300)}号",
                             _phone(rng), born=fb, sex="男")
        c.extra["cause"] = "离婚纠纷"
        kid_born = date(rng.randint(2015, 2019), rng.randint(1, 12), rng.randint(1, 28))
        c.extra["child"] = (c.respondent.name[0] + rng.choice(["子涵", "梓萱", "浩宇", "一诺", "雨桐"]), kid_born,
                            rng.choice(["男", "女"]))
        monthly = rng.choice([800, 1000, 1200])
        months = rng.randint(6, 8)
        c.extra["monthly"], c.extra["months"] = monthly, months
        c.amount = Decimal(monthly * months)
        c.extra["employer"] = f"沧州{rng.choice(['临港', '运东', '渤海'])}{rng.choice(['精工铸造', '机械制造', '化工设备'])}有限公司"
        c.extra["employer_code"] = credit_code(rng, "130903")
        c.extra["employer_addr"] = f"河北省沧州市运河区{rng.choice(['东环路', '光荣路', '荷花池路'])}{rng.randint(20, 300)}号"
        c.extra["wage"] = rng.randint(62, 86) * 100
        assist = c.day(WHEN["assistance_notice"])
        payday = rng.choice([5, 10, 15])
        days: list[date] = []
        d = date(assist.year, assist.month, payday)
        while len(days) < 3:
            if d > assist + timedelta(days=3):
                days.append(d + timedelta(days=rng.randint(0, 2)))  # the employer's transfer arrives a day or two later
            d = date(d.year + (d.month == 12), d.month % 12 + 1, payday)
        c.closed_on = days[-1] + timedelta(days=rng.randint(9, 14))
        c.extra["effective_back"] = months * 30 + rng.randint(8, 25)
        each = (c.amount / len(days)).quantize(Decimal("1"))
        parts = [each] * (len(days) - 1) + [c.amount - each * (len(days) - 1)]
        c.extra["instalments"] = list(zip(days, parts, strict=True))
    else:
        lb = date(rng.randint(1960, 1975), rng.randint(1, 12), rng.randint(1, 28))
        tb = date(rng.randint(1980, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "130902", lb),
                            f"河北省沧州市新华区{rng.choice(['道东街道', '车站街道', '南大街街道'])}{rng.choice(['运河', '书香', '清池'])}"
                            f"家园{rng.randint(1, 18)}号楼{rng.randint(1, 3)}单元{rng.randint(101, 1502)}室", _phone(rng),
                            born=lb, sex=rng.choice("男女"))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "130984", tb),
                             f"河北省河间市{rng.choice(['瀛州镇', '米各庄镇', '沙河桥镇'])}{rng.choice(['北', '南'])}"
                             f"{rng.choice(['留', '石', '李'])}村{rng.randint(1, 200)}号", _phone(rng), born=tb, sex="男")
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.extra["shop"] = f"{c.respondent.name[0]}记河间驴肉火烧店"
        c.extra["shop_addr"] = f"沧州市新华区{rng.choice(['朝阳北大街', '新华西路', '水月寺大街'])}{rng.randint(10, 180)}号门市"
        yearly = rng.choice([36000, 42000, 48000])
        months = rng.randint(12, 20)
        rent = Decimal(yearly * months // 12)
        penalty = Decimal(rng.randint(20, 60) * 100)
        c.extra["yearly"], c.extra["rent_months"], c.extra["rent"], c.extra["penalty"] = yearly, months, rent, penalty
        c.amount = rent + penalty
        paid = c.day(WHEN["consumption_restriction_order"] + rng.randint(9, 15))
        c.extra["instalments"] = [(paid, c.amount)]
        c.extra["blocked"] = paid - timedelta(days=rng.randint(2, 5))
    if t != "pipe":
        c.extra["settled"] = c.day(30)
    c.extra["payouts"] = [d + timedelta(days=rng.randint(2, 4)) for d, _ in c.extra["instalments"]]
    c.basis_court = COURT
    c.basis_number = f"（2023）冀0902民初{rng.randint(1200, 7999)}号"
    c.basis_effective = c.filed_on - timedelta(days=int(c.extra.get("effective_back", rng.randint(50, 110))))
    c.extra["fee"] = _fee(c.amount)
    c.extra["in_bank"] = rng.choice(["中国建设银行沧州分行营业部", "沧州银行新华支行", "河北银行沧州分行", "中国邮政储蓄银行沧州市分行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"130902{rng.randint(100, 999)}"
    c.extra["chief"] = person_name(rng)


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}。")
    born = p.born or date(1985, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _duty(c: CaseCtx) -> str:
    t = tale(c)
    if t == "pipe":
        return (f"支付货款{c.extra['principal']:,.2f}元及逾期付款损失{c.extra['loss']:,.2f}元，共计{money(c.amount)}")
    if t == "child":
        return (f"支付{c.extra['months']}个月的子女抚养费（每月{c.extra['monthly']}元），共计{money(c.amount)}，"
                "并按判决继续按月给付抚养费")
    return f"支付拖欠租金{c.extra['rent']:,.2f}元及违约金{c.extra['penalty']:,.2f}元，共计{money(c.amount)}"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra["chief"]), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查认为符合立案条件，已于{cn_date(c.filed_on)}立案执行，案号为"
                  f"{c.number}。"),
            ("p", f"本案执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你方可通过河北法院网、“河北移动微法院”"
                  "或12368诉讼服务热线查询案件进展。"),
            ("p", "你方知悉被执行人财产线索的，应当及时书面告知本院；你方的送达地址、收款账户发生变化的，应当在变化后三日内"
                  "书面告知本院，否则由此产生的法律后果由你方承担。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "缴纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{_case(c)}，依照《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项的规定，申请执行费为"
                  f"人民币{c.extra['fee']:,.2f}元，由你方预交，执行中向被执行人收取后一并退还。"),
            ("p", "请于收到本通知次日起七日内，到本院诉讼服务中心自助缴费终端刷卡缴纳，或通过“河北省非税收入电子缴款”扫码"
                  "缴纳，并将缴费凭证交承办人附卷。逾期不交又未申请缓交的，按撤回执行申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自本通知送达之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}{_duty(c)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单、罚款、拘留等措施；"
                  "构成拒不执行判决、裁定罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》第三条"
                  f"的规定，责令{_you(r)}在收到本令后五日内，如实填写随附的《财产申报表》，报告当前以及收到执行通知之日前一年的"
                  "财产情况。"),
            ("p", "报告期间或报告后财产情况发生变动，影响申请执行人债权实现的，应自变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；构成犯罪的，"
                  "依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, served, bench)
    if code == "assistance_notice":
        return _assist(c, rng, served)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。被执行人{r.name}未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务。依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对你采取"
                  "限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反上述限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，"
                  "依法追究刑事责任。"),
        ], day=d)
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{_how_paid(c)}执行款共计{money(c.amount)}已全部发放至你方指定的{c.extra['in_bank']}"
                  "账户。"),
            ("p", "生效法律文书确定的给付义务已履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的"
                  "规定，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _vouchers(c, rng)
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


def _how_paid(c: CaseCtx) -> str:
    t = tale(c)
    if t == "pipe":
        return (f"本院冻结被执行人持有的{c.extra['target']}股权后，双方于{cn_date(c.extra['settled'])}达成执行和解协议，"
                "被执行人已按协议分两期将款项交至本院执行款专户，")
    if t == "child":
        return (f"被执行人所在单位{c.extra['employer']}按本院协助执行通知书自被执行人工资中分{len(c.extra['instalments'])}次"
                "扣留并划至本院执行款专户，")
    return f"本院对被执行人采取限制消费措施后，被执行人于{cn_date(c.extra['instalments'][0][0])}到本院一次性交纳全部款项，"


def _ruling(c: CaseCtx, rng: random.Random, served: list[str], bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    head = [_party("申请执行人", a), _party("被执行人", r)]
    intro = (f"本院在执行{basis_title(c)}过程中，被执行人{r.name}未按执行通知书履行生效法律文书确定的义务。")
    if "release" in served:
        return court_paper(c, rng, "执行裁定书", [
            *head,
            ("p", f"本院在执行{_case(c)}中，于{cn_date(made_on(c, 'enforcement_ruling'))}裁定冻结被执行人{r.name}持有的"
                  f"{c.extra['target']}{c.extra['share']}%股权。执行中，双方当事人达成执行和解协议，被执行人已按协议履行完毕，"
                  "申请执行人申请解除上述冻结措施。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百六十六条、"
                  "《最高人民法院关于人民法院强制执行股权若干问题的规定》第六条的规定，裁定如下："),
            ("p", f"解除对被执行人{r.name}持有的{c.extra['target']}{c.extra['share']}%股权（认缴出资额{c.extra['capital']}万元）"
                  "及其收益的冻结。"),
            ("p", "本裁定立即执行。"),
        ], signers=bench, day=c.extra["release"], number=c.number.replace("号", "号之二"))
    if t == "pipe":
        order = (f"冻结被执行人{r.name}持有的{c.extra['target']}（统一社会信用代码{c.extra['target_code']}）{c.extra['share']}%"
                 f"股权（认缴出资额{c.extra['capital']}万元）及其收益，冻结期限三年。")
        laws = f"{LAW}第二百五十三条、第二百五十五条，《最高人民法院关于人民法院强制执行股权若干问题的规定》第四条、第六条"
    elif t == "child":
        order = (f"扣留、提取被执行人{r.name}在{c.extra['employer']}的工资收入，每月扣留数额以保留被执行人及其所扶养家属"
                 f"必需的生活费用为限，至扣足{money(c.amount)}为止。")
        laws = f"{LAW}第二百五十四条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第三条"
    else:
        order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押其相应价值的财产。"
        laws = f"{LAW}第二百五十三条、第二百五十五条"
    return court_paper(c, rng, "执行裁定书", [
        *head,
        ("p", f"{intro}依照{laws}的规定，裁定如下："),
        ("p", order),
        ("p", "本裁定立即执行。"),
    ], signers=bench, day=made_on(c, "enforcement_ruling"))


def _assist(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """协助执行通知书, and the assisting body's 回执 returned under its seal as the paper's second leaf."""
    r = c.respondent
    t = tale(c)
    release = "release" in served
    day = c.extra["release"] if release else made_on(c, "assistance_notice")
    if t == "pipe":
        to, name = MARKET, MARKET
        ask = (f"解除对被执行人{r.name}持有的{c.extra['target']}{c.extra['share']}%股权（认缴出资额{c.extra['capital']}万元）"
               "及其收益的冻结，并在国家企业信用信息公示系统公示。" if release else
               f"冻结被执行人{r.name}持有的{c.extra['target']}{c.extra['share']}%股权（认缴出资额{c.extra['capital']}万元）及其"
               "收益，冻结期限三年，自本通知送达之日起算；冻结期间，不得为被冻结股权办理转让、出质等变更登记手续，并在国家企业"
               "信用信息公示系统公示。")
        law = "《最高人民法院关于人民法院强制执行股权若干问题的规定》第六条" if not release else LAW + "第二百五十五条"
        number = c.number.replace("号", "号之三" if release else "号之一")
    elif t == "child":
        to, name = c.extra["employer"], c.extra["employer"]
        ask = (f"自本通知送达之月起，每月发放工资时扣留被执行人{r.name}（公民身份号码{r.id_number}）工资收入，每月扣留"
               f"{c.extra['instalments'][0][1]:,.0f}元，于当月发放工资后三日内划至本院执行款专户（户名：沧州市新华区人民法院，"
               f"开户行：{c.extra['court_bank']}，账号：{c.extra['court_acct']}），至扣足{money(c.amount)}为止。")
        law = LAW + "第二百五十四条"
        number = c.number.replace("号", "号之一")
    else:
        bank = c.extra["in_bank"]
        to, name = bank, bank
        ask = f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的账户内存款，以{money(c.amount)}为限，冻结期限一年。"
        law = LAW + "第二百五十三条"
        number = c.number.replace("号", "号之一")
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{_case(c)}，依照{law}的规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书副本一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}，"
              f"联系电话{c.court.phone}。"),
    ], day=day, number=number)
    back = HuSheet()
    y = form_head(back, "协助执行通知书（回执）", issuer=COURT, form_no="执表-19")
    w = back.width - LEFT - RIGHT
    done = ("已于{}办理解除冻结。" if release else "已于{}办理完毕，按月扣留并划付。" if t == "child" else "已于{}办理完毕。")
    took = day + timedelta(days=rng.randint(1, 3))
    rows = [["案　号", c.number], ["协助单位", name], ["协助事项", ask[:60] + "……"], ["执行情况", ""],
            ["经办人", ""], ["协助单位（盖章）", ""]]
    boxes = ruled(back, LEFT, y, [mm(46), w - mm(46)], rows, body(34), heights=[mm(15), mm(15), mm(30), mm(40), mm(17), mm(44)])
    right = right_cells(boxes, LEFT)
    scrawl(back, right[3][0] + mm(5), right[3][1] + mm(8), done.format(num_date(took)), rng, size=40, ink=(22, 22, 22))
    scrawl(back, right[4][0] + mm(5), right[4][1] + mm(4), person_name(rng), rng, size=40, ink=(22, 22, 22))
    scrawl(back, right[5][0] + mm(60), right[5][3] - mm(14), num_date(took), rng, size=38, ink=(22, 22, 22))
    seal(back, right[5][0] + mm(62), right[5][1] + mm(22), name, rng, radius=mm(19))
    back.page_of = (2, 2)
    first = sheets[0]
    if len(sheets) == 1:
        first.centred(first.height - mm(18), "（回执附后）", body(28))
    return [*sheets, back] if len(sheets) == 1 else sheets


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控系统's feedback as printed from the case system: a grey title band, a small 等线 table, the print
    time at the foot."""
    t = tale(c)
    r = c.respondent
    s = HuSheet()
    s.draw.rectangle((mm(18), mm(18), s.width - mm(18), mm(34)), fill=(225, 228, 232))
    s.text(mm(22), mm(21), "人民法院执行查控系统  ·  网络查控结果反馈明细", font("microhei", 36))
    f = font("sans", 26)
    s.text(mm(18), mm(40), f"案号：{c.number}    被查询人：{r.name}    证照号码：{r.id_number}", f)
    s.text(mm(18), mm(48), f"查询发起：{num_date(c.day(2))}  承办人：{c.officer}  查询类型：总对总", f)
    w = s.width - mm(36)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "沧州银行", "河北银行",
             "河北沧州农村商业银行", "招商银行"]
    rows = [["序号", "协查单位", "反馈结果", "余额/明细", "反馈时间"]]
    for k, b in enumerate(banks, 1):
        hit = (t == "rent" and b == c.extra["in_bank"][:4]) or (t == "child" and k == 2)
        bal = f"{rng.randint(20, 900)}.{rng.randint(10, 99)}" if hit or rng.random() < 0.3 else "0.00"
        rows.append([str(k), b, "有账户" if float(bal) > 0 else rng.choice(["无账户", "有账户，无余额"]), bal,
                     f"{d:%Y-%m-%d}"])
    extra = [["不动产登记（自然资源部）", "无登记信息", "—"], ["车辆（公安部交管局）", "无" if t != "rent" else "1辆（已抵押）", "—"],
             ["证券（中国结算）", "无", "—"], ["支付宝/财付通", f"余额{rng.randint(1, 300)}.{rng.randint(10, 99)}元", "—"]]
    if t == "pipe":
        extra.insert(0, ["市场主体登记（市场监管总局）", f"持有{c.extra['target']}{c.extra['share']}%股权", "认缴"
                         f"{c.extra['capital']}万元"])
    if t == "child":
        extra.insert(0, ["社保/公积金", f"缴存单位：{c.extra['employer']}", f"月缴存基数{c.extra['wage']}元"])
    for k, (unit, res, det) in enumerate(extra, len(banks) + 1):
        rows.append([str(k), unit, res, det, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    boxes = ruled(s, mm(18), mm(58), [mm(14), mm(56), mm(50), mm(36), w - mm(156)], rows, f, heights=mm(10.5),
                  labels=(0,))
    y = boxes[-1][3] + mm(8)
    s.text(mm(18), y, "说明：本结果由执行查控系统自动生成，账户余额为反馈时点数额，冻结、扣划以协助执行回执为准。", f)
    s.text(mm(18), s.height - mm(16), f"打印人：{c.clerk}    打印时间：{d:%Y-%m-%d} {rng.randint(8, 17):02d}:"
                                      f"{rng.randint(0, 59):02d}", f)
    s.right(s.width - mm(18), s.height - mm(16), "第1页/共1页", f)
    return [s]


def _vouchers(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 案款 system's slips: a 收款 slip for each sum paid in and a 发放 slip for each sum paid out, glued onto the
    bureau's 票据粘贴单, two to a sheet (what came in beside what went out)."""
    t = tale(c)
    payer = {"pipe": c.respondent.name, "child": c.extra.get("employer", ""), "rent": c.respondent.name}[t]
    pairs: list[tuple[Sheet, str]] = []
    for (paid, sum_), out in zip(c.extra["instalments"], c.extra["payouts"], strict=True):
        no = f"HB0902{paid:%Y%m%d}{rng.randint(1000, 9999)}"
        how = "POS刷卡" if t == "rent" else "银行转账"
        pairs.append((slip([("c", "沧州市新华区人民法院"), ("big", "执行案款收款凭条"), ("-", ""),
                            ("l", f"案号：{c.number}"), ("kv", f"交款人|{payer[:10]}"), ("kv", f"收款方式|{how}"),
                            ("kv", f"金额|¥{sum_:,.2f}"), ("l", f"大写：{money_caps(sum_)}"), ("kv", f"票据号|{no[-10:]}"),
                            ("kv", f"时间|{paid:%Y-%m-%d} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}"), ("-", ""),
                            ("l", "本凭条作为案款收讫凭证，请妥善保管。")], rng),
                      f"{paid.month}月{paid.day}日到账"))
        pairs.append((slip([("c", "沧州市新华区人民法院"), ("big", "案款发放回单"), ("-", ""),
                            ("l", f"案号：{c.number}"), ("kv", f"领款人|{c.applicant.name[:10]}"),
                            ("l", f"收款账户：{c.extra['in_bank']} {c.extra['in_acct'][:4]}****{c.extra['in_acct'][-4:]}"),
                            ("kv", f"发放金额|¥{sum_:,.2f}"), ("kv", "发放方式|网银转账"),
                            ("kv", f"审批人|{c.extra['chief']}"),
                            ("kv", f"时间|{out:%Y-%m-%d} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}"), ("-", ""),
                            ("c", "交易成功")], rng),
                      f"已发放 {out.month}.{out.day}"))
    if t == "rent":
        paid, sum_ = c.extra["instalments"][0]
        pos = slip([("c", "中国银联 POS签购单"), ("-", ""), ("kv", "商户名称|沧州市新华区人民法院"), ("kv", "终端号|13090217"),
                    ("l", f"卡号：6222 **** **** {rng.randint(1000, 9999)}"), ("kv", "交易类型|消费"),
                    ("kv", f"金额|RMB {sum_:,.2f}"), ("kv", f"日期|{paid:%Y/%m/%d}"), ("-", ""), ("l", "持卡人签名："),
                    ("l", "本人确认以上交易，同意将其计入本卡账户")], rng)
        pairs.insert(1, (pos, "刷卡签购单"))
    sheets: list[Sheet] = []
    for k in range(0, len(pairs), 2):
        chunk = pairs[k:k + 2]
        sheets.append(paste_sheet(c, "执行案款收付凭证", [p[0] for p in chunk], [p[1] for p in chunk], rng, clerk=c.clerk))
    for i, s in enumerate(sheets, 1):
        if len(sheets) > 1:
            s.right(s.width - RIGHT, s.height - mm(20), f"第{i}张 共{len(sheets)}张", label(26))
            if i > 1:
                s.page_of = (i, len(sheets))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = HuSheet()
    y = form_head(s, "执行案件结案审批表", form_no="执表-41")
    w = s.width - LEFT - RIGHT
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)],
            ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{c.amount:,.2f}元"],
            ["结案方式", "执行完毕", "结案日期", num_date(c.closed_on)],
            ["执行经过", ""], ["承办人意见", ""], ["执行局负责人意见", ""]]
    boxes = ruled(s, LEFT, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, body(32),
                  heights=[mm(15)] * 5 + [mm(62), mm(38), mm(38)], labels=(0, 2))
    lefts = [b for b in boxes if b[0] == LEFT]
    x = lefts[5][2] + mm(4)
    story = _how_paid(c).rstrip("，") + "，案款已全部发放。"
    yy = lefts[5][1] + mm(4)
    for k in range(0, len(story), 24):
        s.text(x, yy, story[k:k + 24], body(32))
        yy += 46
    scrawl(s, x, lefts[6][1] + mm(6), "义务已全部履行，建议以执行完毕方式结案。", rng, size=38)
    scrawl(s, s.width - RIGHT - mm(62), lefts[6][3] - mm(12), f"{c.officer} {d.month}.{d.day}", rng, size=36)
    scrawl(s, x, lefts[7][1] + mm(6), "同意结案。", rng, size=44, ink=(20, 20, 20))
    scrawl(s, s.width - RIGHT - mm(62), lefts[7][3] - mm(12), f"{c.extra['chief']} {d.month}.{d.day}", rng, size=36,
           ink=(20, 20, 20))
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "property_declaration_form": "财产申报表", "enforcement_ruling": "执行裁定书", "payment_notice": "缴纳执行费通知书",
         "consumption_restriction_order": "限制消费令", "closing_notice": "结案通知书", "assistance_notice": "协助执行通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the bureau's form; the person served signs and writes the date by hand, the court's seal over the
    court's line. Papers for the applicant go to its lawyer."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    s = HuSheet()
    y = form_head(s, "送达回证", form_no="执表-08")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    listed = "、".join(NAMES.get(x, x) for x in served)
    extra = "、财产申报表" if "property_report_order" in served else ""
    how = rng.choice(["直接送达", "直接送达", "邮寄送达（EMS）"]) if not to_applicant else "直接送达"
    rows = [["案由", c.extra["cause"]], ["案号", c.number], ["送达文书名称及件数", f"{listed}{extra}各一份"],
            ["受送达人", who.name], ["送达地址", who.address], ["送达方式", how],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备注", ""]]
    hs = [mm(15), mm(15), mm(26), mm(15), mm(20), mm(15), mm(38), mm(20), mm(18), mm(26)]
    boxes = ruled(s, LEFT, y, [mm(52), w - mm(52)], rows, body(34), heights=hs)
    right = right_cells(boxes, LEFT)
    if to_applicant:
        signer = c.agent
        note = f"代理人{c.agent}代收"
    elif who.kind == "organisation":
        signer = who.legal_rep
        note = "法定代表人签收"
    else:
        signer = who.name
        note = ""
    scrawl(s, right[6][0] + mm(12), right[6][1] + mm(6), signer, rng, size=54, ink=(18, 18, 18))
    scrawl(s, right[6][0] + mm(70), right[6][3] - mm(13), num_date(when), rng, size=38, ink=(18, 18, 18))
    if note:
        scrawl(s, right[7][0] + mm(8), right[7][1] + mm(4), note, rng, size=36)
    scrawl(s, right[8][0] + mm(8), right[8][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=38)
    seal(s, right[6][2] - mm(40), right[6][1] + mm(12), SEAL, rng, radius=mm(18))
    s.text(LEFT, boxes[-1][3] + mm(5), "注：受送达人拒绝签收的，送达人应在备注栏注明拒收事由和日期，并邀请见证人签名。", label(26))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's cover: kraft-toned card, the court in large 宋, "执行案卷" in a box, a table of particulars filled by
    hand, the archive numbers in three boxes at the foot."""
    s = HuSheet(paper=(232, 214, 180))
    s.centred(mm(40), COURT, font("serif_bold", 64), spacing=8)
    s.box(s.width / 2 - mm(55), mm(62), s.width / 2 + mm(55), mm(92), width=5)
    s.centred(mm(66), "执 行 案 卷", font("serif_bold", 100), spacing=10)
    w = s.width - LEFT - RIGHT
    rows = [["案号", ""], ["案由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["结案方式", ""], ["立案日期", ""], ["结案日期", ""], ["执行员", ""], ["书记员", ""], ["本卷页数", ""],
            ["归档日期", ""], ["保管期限", ""]]
    boxes = ruled(s, LEFT, mm(104), [mm(44), w - mm(44)], rows, body(36), heights=mm(9.6))
    right = right_cells(boxes, LEFT)
    values = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_title(c).replace(COURT, ""),
              f"{c.amount:,.2f}元", "执行完毕", num_date(c.filed_on), num_date(c.closed_on), c.officer, c.clerk,
              f"{rng.randint(52, 78)}页", num_date(d), "长期"]
    for v, b in zip(values, right, strict=True):
        scrawl(s, b[0] + mm(5), b[1] + mm(1.5), v, rng, size=36, ink=(20, 20, 24))
    grid_y = s.height - mm(46)
    ruled(s, s.width - RIGHT - mm(120), grid_y, [mm(40), mm(40), mm(40)], [["全宗号", "目录号", "案卷号"], ["", "", ""]],
          body(28), heights=[mm(9), mm(12)], labels=(0, 1, 2))
    for k, v in enumerate(["139", "2024-Z", str(rng.randint(100, 900))]):
        scrawl(s, s.width - RIGHT - mm(112) + k * mm(40), grid_y + mm(10), v, rng, size=34, ink=(20, 20, 24))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["强制执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行费缴费凭证", "申请执行人身份证明",
             "被执行人身份证明", "授权委托书", "律师事务所函", "律师执业证", "收取案款确认书", "送达地址确认书",
             "受理执行案件通知书", "缴纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书（扣留、提取收入）", "协助执行通知书及回执", "案款收付凭证", "结案通知书", "结案审批表", "送达回证"]
    s = HuSheet()
    y = form_head(s, "卷内目录", form_no="", issuer="")
    s.text(LEFT, y, f"案号：{c.number}", body(34))
    y += mm(10)
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料题名", "页号", "备注"]]
    page = 1
    for k, name in enumerate(items, 1):
        rows.append([str(k), name, str(page), ""])
        page += 3 if name == "民事判决书" else 2 if name in ("协助执行通知书及回执", "强制执行申请书", "送达回证") else 1
    ruled(s, LEFT, y + mm(2), [mm(20), w - mm(66), mm(24), mm(22)], rows, body(30), heights=mm(8), labels=(0, 2))
    scrawl(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}    {num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = HuSheet()
    y = form_head(s, "执行卷宗复核表", form_no="执表-45")
    w = s.width - LEFT - RIGHT
    points = ["执行依据及生效证明齐全", "立案材料符合规定", "执行通知、报告财产令已送达", "财产调查措施到位",
              "强制措施法律文书齐全", "案款收付手续完备、发放及时", "结案方式适用正确", "电子卷宗与纸质卷宗一致"]
    rows = [["案号", c.number], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)], ["复核项目", "复核情况"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    boxes = ruled(s, LEFT, y, [mm(84), w - mm(84)], rows, body(32),
                  heights=[mm(13)] * 4 + [mm(12)] * len(points) + [mm(34), mm(16)])
    right = right_cells(boxes, LEFT)
    for b in right[4:4 + len(points)]:
        scrawl(s, b[0] + mm(20), b[1] + mm(1.5), rng.choice(["√ 是", "√", "是"]), rng, size=36)
    scrawl(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "卷内材料齐全，排列有序，同意归档。", rng, size=40)
    scrawl(s, right[-1][0] + mm(6), right[-1][1] + mm(2), f"{person_name(rng)}  {num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = HuSheet()
    y = form_head(s, "备考表", issuer="")
    s.text(LEFT, y, f"案号：{c.number}", body(34))
    y += mm(10)
    x1 = s.width - RIGHT
    top = y + mm(4)
    s.box(LEFT, top, x1, s.height - mm(36), width=4)
    s.text(LEFT + mm(6), top + mm(6), "本卷情况说明", font("hei", 40))
    pages = rng.randint(52, 78)
    notes = [f"本卷共有文件材料{pages - 2}页（封面、卷内目录、备考表不编页号），",
             f"其中票据粘贴单{(2 * len(c.extra['payouts']) + 1 + (tale(c) == 'rent')) // 2}页，当事人微信照片打印件若干页。",
             f"案款{c.amount:,.2f}元已全部发放申请执行人，无遗留事项。"]
    yy = top + mm(22)
    for n in notes:
        scrawl(s, LEFT + mm(12), yy, n, rng, size=38)
        yy += mm(14)
    base = s.height - mm(96)
    for k, (role, name) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(17), f"{role}：", body(38))
        scrawl(s, LEFT + mm(118), base + k * mm(17) - 4, name, rng, size=42)
    return [s]
