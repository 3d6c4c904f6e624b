"""court_fu (浙江省衢州市柯城区人民法院, held out): 衢州 on the 衢江 — 椪柑 orchards on the hills of 九华 and 石梁, 烤饼 and
鸭头 shops in the old town round 水亭街, the chemical park of the 高新园区 to the north. The bureau's own papers in its
case-system style (court_fu_kit); what it receives, each in its maker's style and each stamped on arrival with the
立案庭's or 执行局's red 收文登记章 (court_fu_papers). Captured on the bureau's colour sheet-fed scanner
(court_fu_capture)."""

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
from dossier.corpus.families.court_fu_kit import (
    BOTTOM,
    COURT,
    LEFT,
    RIGHT,
    Column,
    clerk,
    court_paper,
    folio,
    form_title,
    grid,
    hei,
    serif,
)
from dossier.corpus.families.court_fu_papers import RECEIVED, received
from dossier.corpus.fonts import font
from dossier.corpus.paper import scrawl

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
CITRUS_SEQ, DUCK_SEQ, PAINT_SEQ = 57071, 57329, 57658
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 3, "property_declaration_form": 9, "enforcement_ruling": 11, "assistance_notice": 11,
        "summons": 16, "settlement_agreement": 23, "investigation_record": 29, "consumption_restriction_order": 34,
        "dishonest_list_decision": 34, "payment_voucher": 31}
CLOSING = {"interview_record": 16, "termination_this_round_ruling": 6, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's own papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher" and tale(c) == "duck":
        return c.extra["instalments"][-1][0]
    return c.day(WHEN.get(code, 0))


def _check(body17: str) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    k = 31 - sum(chars.index(ch) * w for ch, w in zip(body17, weights, strict=True)) % 31
    return body17 + chars[0 if k == 31 else k]


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """衢州 parties. CITRUS_SEQ: a 椪柑 cooperative's judgment of this court, upheld on appeal by 衢州市中级人民法院,
    against a juice factory that pays once its account is frozen and its car sealed; DUCK_SEQ: a 鸭头 supplier's 民事调解书
    of this court against a 烤饼·鸭头 shop's owner, who settles and pays in three instalments; PAINT_SEQ: a builder's
    衢州仲裁委员会 award against a paint company of the chemical park with nothing left (终本)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {CITRUS_SEQ: "citrus", DUCK_SEQ: "duck", PAINT_SEQ: "paint"}[seq]
    c.firm = rng.choice(["浙江衢州三衢律师事务所", "浙江南孔律师事务所", "浙江衢江律师事务所", "浙江九华山律师事务所"])
    c.extra["firm_addr"] = f"衢州市柯城区{rng.choice(['荷花中路', '新桥街', '劳动路', '县西街'])}{rng.randint(8, 260)}号"
    c.extra["licence"] = f"1330820{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["浙江衢州柯城农村商业银行营业部", "中国农业银行衢州柯城支行", "衢江农商银行柯城支行"])
    c.extra["in_acct"] = f"2010{rng.randint(10**13, 10**14 - 1)}"
    c.extra["badge"] = f"330802{rng.randint(100, 999)}"
    c.extra["chief"] = person_name(rng)
    t = tale(c)
    if t == "citrus":
        village = rng.choice(["九华乡", "石梁镇", "华墅乡", "七里乡"])
        c.applicant = Party(f"衢州市柯城区{village[:2]}{rng.choice(['橘香', '椪柑', '金橘'])}专业合作社", "organisation",
                            _check("93330802" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))),
                            f"浙江省衢州市柯城区{village}{rng.choice(['妙源', '下村', '上铺'])}村{rng.randint(1, 90)}号",
                            f"0570-30{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"衢州{rng.choice(['三衢', '橘乡', '柯橘', '鹿鸣'])}果汁饮品有限公司", "organisation",
                             credit_code(rng, "330802"), f"浙江省衢州市柯城区航埠镇{rng.choice(['工业功能区', '凤山路'])}"
                             f"{rng.randint(2, 88)}号", f"0570-36{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "浙江省衢州市中级人民法院"
        c.basis_number = f"（2023）浙08民终{rng.randint(900, 2400)}号"
        c.extra["first_number"] = f"（2023）浙0802民初{rng.randint(2000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        tons = rng.randint(160, 380)
        c.extra["tons"] = tons
        c.amount = Decimal(tons) * Decimal(rng.choice([1150, 1200, 1280])) + Decimal(rng.randint(0, 99)) / 100
        c.extra["r_bank"] = rng.choice(["浙江衢州柯城农村商业银行航埠支行", "中国建设银行衢州分行营业部"])
        c.extra["r_acct"] = f"2010{rng.randint(10**13, 10**14 - 1)}"
        c.extra["plate"] = f"浙H{rng.choice('ABCDEF')}{rng.randint(1000, 9999)}{rng.choice('0123456789ABCDEFGHJK')}"
        c.extra["car"] = rng.choice(["江铃牌厢式货车", "福田牌轻型厢式货车", "别克牌小型普通客车"])
    elif t == "duck":
        c.applicant = Party(f"衢州{rng.choice(['鸭鸭香', '三衢味', '南孔'])}食品有限公司", "organisation",
                            credit_code(rng, "330803"), f"浙江省衢州市衢江区{rng.choice(['廿里镇', '高家镇'])}"
                            f"{rng.choice(['食品园区', '工业园区'])}{rng.randint(3, 60)}号", f"0570-83{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        born = date(rng.randint(1975, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "330802", born),
                             f"浙江省衢州市柯城区{rng.choice(['水亭街', '坊门街', '上街', '美食街'])}{rng.randint(3, 160)}号",
                             f"138{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.extra["shop"] = f"{c.respondent.name[0]}记烤饼鸭头店"
        c.basis_court = COURT
        c.basis_number = f"（2023）浙0802民初{rng.randint(8000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 75))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(380, 920)) * 100
        first = c.filed_on + timedelta(days=23)
        parts = [(c.amount * Decimal("0.4")).quantize(Decimal("1")), (c.amount * Decimal("0.3")).quantize(Decimal("1"))]
        parts.append(c.amount - sum(parts))
        c.extra["instalments"] = [(first, parts[0]), (first + timedelta(days=15), parts[1]),
                                  (first + timedelta(days=32), parts[2])]
    else:
        c.applicant = Party(f"浙江{rng.choice(['衢化', '信安', '烂柯'])}建设工程有限公司", "organisation",
                            credit_code(rng, "330800"), f"浙江省衢州市柯城区{rng.choice(['白云中大道', '世纪大道'])}"
                            f"{rng.randint(10, 999)}号", f"0570-87{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"衢州{rng.choice(['华彩', '衢丽', '金鼎', '恒盛'])}涂料有限公司", "organisation",
                             credit_code(rng, "330802"), f"浙江省衢州市柯城区高新园区{rng.choice(['华荫北路', '中俄科技园路'])}"
                             f"{rng.randint(10, 120)}号", f"0570-38{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "衢州仲裁委员会"
        c.basis_number = f"（2023）衢仲裁字第{rng.randint(40, 460)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "建设工程施工合同纠纷"
        c.amount = Decimal(rng.randint(5200, 16800)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["workshop"] = rng.choice(["甲类仓库及丙类车间", "水性涂料生产车间", "树脂合成车间"])
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(27) if t == "citrus" else (c.extra["instalments"][-1][0] if t == "duck" else c.day(0))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5 % to 500,000, 1 % above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    kind = {"citrus": "民事判决书", "duck": "民事调解书", "paint": "裁决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        head = "理事长" if p.name.endswith("合作社") else "法定代表人"
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"{head}：{p.legal_rep}。")]
    born = p.born or date(1985, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查符合受理条件，已于{cn_date(c.filed_on)}立案，案号为"
                  f"{c.number}。"),
            ("li", f"一、本案由执行员{c.officer}承办，书记员{c.clerk}协助，联系电话{c.court.phone}。"),
            ("li", "二、你方应当积极提供被执行人的财产线索；通讯地址、收款账户变更的，应于三日内书面告知本院。"),
            ("li", "三、执行案件的进展可登录“浙江法院网”或“浙江移动微法院”查询，执行款到账后本院将短信通知。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"{case}，依照《诉讼费用交纳办法》第十条、第十四条的规定，你方应预交申请执行费人民币{c.extra['fee']}元。"
                  "执行费由被执行人负担，本院在执行中向被执行人收取后退还你方。"),
            ("p", "请于收到本通知之日起七日内通过“浙江省统一公共支付平台”缴纳，或持缴款码到代收银行网点缴纳；期满未交又未"
                  "申请缓交的，按撤回执行申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("li", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("li", "二、加倍支付迟延履行期间的债务利息；"),
            ("li", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单、限制出境"
                  "等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令"
                  f"{_you(r)}自收到本令之日起五日内，如实填写随附的财产申报表，报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告期间财产发生变动，影响申请执行人债权实现的，应当自变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "citrus":
            orders = [("li", f"一、冻结被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以"
                             f"{money(c.amount)}为限；"),
                      ("li", f"二、查封被执行人{r.name}名下{c.extra['car']}一辆（号牌{c.extra['plate']}），查封期间不得办理"
                             "过户、抵押登记。")]
        else:
            orders = [("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其相应价值的财产。")]
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。被执行人{r.name}未按执行通知"
                  f"履行义务。依照{LAW}第二百五十三条、第二百五十五条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结"
                  "财产的规定》第一条的规定，裁定如下："),
            *orders,
            ("p", "本裁定立即执行。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)], day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}、法定代表人{r.legal_rep}：" if r.kind == "organisation" else f"{r.name}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因{_you(r)}未按执行通知书指定的期间履行生效法律文书确定的给付"
                  "义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对"
                  f"{_you(r)}及{_you(r)}的法定代表人{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("li", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
            ("li", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
            ("li", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
            ("li", "（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
            ("li", "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"),
            ("li", "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等"
                   "其他非生活和工作必需的消费行为。"),
            ("p", "违反本令的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *_party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照{LAW}"
                  "第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a), *_party("被执行人", r),
            ("p", f"{case}，{c.basis_court}作出的{c.basis_number}裁决书已经发生法律效力。申请执行人于{cn_date(c.filed_on)}"
                  f"向本院申请执行，请求被执行人支付{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未如实报告财产；本院通过网络"
                  "执行查控系统多次查询被执行人的存款、车辆、不动产、证券、网络资金、股权等财产，并赴其住所地高新园区厂房实地"
                  "调查，核实申请执行人提供的财产线索，均未发现可供执行的财产。厂房系租赁，生产设备已被出租方依租赁合同收回。"),
            ("p", f"本院已于{cn_date(made_on(c, 'consumption_restriction_order'))}对被执行人及其法定代表人{r.legal_rep}采取"
                  "限制消费措施，并将被执行人纳入失信被执行人名单。本院约谈了申请执行人，告知其本案执行情况、财产调查措施、"
                  "被执行人的财产情况及终结本次执行程序的依据与法律后果，申请执行人表示无异议。"),
            ("p", "本院认为，被执行人暂无财产可供执行，本案符合终结本次执行程序的条件。依照《最高人民法院关于适用〈中华人民"
                  "共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)], day=d)
    if code == "closing_notice":
        how = (f"被执行人在账户被冻结、车辆被查封后与你方达成执行和解，于{cn_date(c.extra['pay_day'])}将全部款项交至本院"
               "执行款专户，本院已解除对其账户的冻结和车辆的查封" if tale(c) == "citrus" else
               "双方达成执行和解协议，被执行人已按协议分三期付清全部款项")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。执行款已发放至你方确认的{c.extra['in_bank']}账户（账号尾号"
                  f"{c.extra['in_acct'][-4:]}）。"),
            ("p", "生效法律文书确定的义务已全部履行完毕，本案以“执行完毕”方式结案。"),
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


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 to the bank (and for the juice factory a second one to the 车管所), each with its 回执 strip."""
    r = c.respondent
    if tale(c) == "citrus":
        targets = [(c.extra["r_bank"], f"冻结被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款，以{money(c.amount)}为限，"
                                       "冻结期限一年。"),
                   ("衢州市公安局交通警察支队车辆管理所", f"查封被执行人{r.name}名下{c.extra['car']}一辆（号牌"
                                                        f"{c.extra['plate']}），查封期间不予办理过户、抵押等登记手续。")]
    else:
        bank = rng.choice(["中国工商银行衢州分行", "浙江衢州柯城农村商业银行"])
        targets = [(bank, f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户内存款，以"
                          f"{money(c.amount)}为限，冻结期限一年。")]
    sheets: list[Sheet] = []
    for k, (to, ask) in enumerate(targets, 1):
        part = court_paper(c, rng, "协助执行通知书", [
            ("to", f"{to}："),
            ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条、第二百五十五条的规定，"
                  "请协助执行下列事项："),
            ("p", ask),
            ("n", f"附：{c.number}执行裁定书一份。经办人：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}，"
                  f"电话{c.court.phone}。"),
        ], number=c.number.replace("号", f"号之{'一二'[k - 1]}"), day=d, qr=False)
        s = part[-1]
        y = s.height - BOTTOM - mm(40)
        x = LEFT
        while x < s.width - RIGHT:
            s.line(x, y, x + mm(3), y, width=2)
            x += mm(5)
        s.text(LEFT, y + mm(3), "✂", font("sans", mm(4)), record=False)
        s.centred(y + mm(5), "协 助 执 行 回 执", hei(5.0))
        s.text(LEFT, y + mm(15), f"{COURT}：你院{c.number}协助执行通知书已收到，已按要求办理。", serif(4.2))
        s.text(s.width - RIGHT - mm(78), y + mm(26), "协助单位（盖章）　　年　　月　　日", serif(4.2))
        if k > 1:
            part[0].starts_document = True  # the 车管所's notice is a paper of its own
        sheets += part
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票", size_mm=10)
    s.right(s.width - RIGHT, y - mm(2), c.number, serif(4.4))
    y += mm(7)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name if r.kind == "person" else f"{r.name}（法定代表人{r.legal_rep}）"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行询问，如实报告财产，说明未履行生效法律文书的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时30分"], ["应到处所", "本院执行局第二执行谈话室（新桥街院区三楼）"]]
    cells = grid(s, LEFT, y, [mm(40), w - mm(40)], rows, heights=mm(15))
    y = cells[-1][3] + mm(8)
    col = Column([s], y)
    for t in ["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票及身份证件；",
              "二、被执行人无正当理由拒不到场的，本院可以依法拘传；", "三、本传票由被传唤人收执，送达回证另行签收。"]:
        col.flush(t, serif(4.3), mm(8), at=0 if t.endswith("：") else mm(6))
    y = col.y + mm(12)
    when = cn_date(d)
    x = s.right(s.width - RIGHT - mm(8), y, when, serif(4.8))
    seal(s, x + serif(4.8).getlength(when) / 2, y + mm(2), COURT, rng, radius=mm(20))
    s.text(LEFT, y + mm(26), f"执行员：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}", serif(4.2))
    return [s]


QA: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是衢州市柯城区人民法院执行局的工作人员（出示执行公务证），今天依法对被执行人租用的厂房进行调查，"
               "请你如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你的身份？与被执行人是什么关系？"),
        ("答", "我是高新园区这栋厂房的业主单位的管理员，厂房是我们租给这家涂料公司的。"),
        ("问", "被执行人现在是否还在生产经营？"),
        ("答", "去年十月就停产了，环评整改没过，工人都遣散了，老板很少露面。"),
        ("问", "申请执行人提供线索称厂内有反应釜、分散机、灌装线等设备，现在在哪里？"),
        ("答", "那些设备是融资租赁来的，停产后租赁公司拿着合同来拉走了，我们这里有出厂登记，可以复印给你们。"),
        ("问", "仓库里还有原料或者成品涂料吗？"),
        ("答", "只剩几十桶过期的稀释剂，属于危废，要花钱处置，没人要。"),
        ("问", "被执行人欠你们租金吗？"),
        ("答", "欠了大半年的租金和电费，我们也在起诉。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是柯城区人民法院执行局的工作人员，今天约你来，是告知本案的执行情况并听取你方意见，你是否清楚？"),
        ("答", "清楚。"),
        ("问", "本院已向被执行人送达执行通知书、报告财产令，并多次通过网络执行查控系统查询其银行存款、车辆、不动产、证券、"
               "网络资金、股权等，均无可供执行的财产；到其租用的高新园区厂房实地调查，该公司已停产，设备已被租赁公司收回。"
               "你方对上述查控和调查结果有无异议？"),
        ("答", "没有异议，我们去看过，厂里是空的。"),
        ("问", "你方能否提供被执行人其他财产线索？"),
        ("答", "目前提供不了。他们老板另外开的公司我们也查过，没有股权关系。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。鉴于被执行人暂无财产可供执行，"
               "本院拟终结本次执行程序。终本后，你方发现财产线索可以随时申请恢复执行，不受申请执行时效期间的限制。你方意见如何？"),
        ("答", "同意终结本次执行程序，希望法院继续关注，定期查询。"),
        ("问", "还有其他补充的吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 on the bureau's form: a framed particulars block, 问/答 typed in serif with the tag in 黑体, and on each
    page the person heard signs at the foot (被询问人) beside the officers' initials."""
    interview = code == "interview_record"
    title = "执行谈话笔录" if interview else "执行调查笔录"
    who = c.agent if interview else person_name(rng)
    sheets = [Sheet()]
    s = sheets[0]
    y = form_title(s, title, size_mm=8)
    w = s.width - LEFT - RIGHT
    place = "本院执行局第一谈话室" if interview else f"被执行人租用厂房（{c.respondent.address}）"
    rows = [["时　间", f"{num_date(d)}　14时10分至14时55分"], ["地　点", place],
            ["执行人员", f"{c.officer}、{person_name(rng)}", "记录人", c.clerk],
            ["被询问人", f"{who}，申请执行人{c.applicant.name}的委托代理人" if interview else f"{who}，厂房业主单位管理员"]]
    cells = grid(s, LEFT, y, [mm(26), mm(62), mm(22), w - mm(110)], rows, heights=mm(12), labels=(0, 2),
                 f=serif(4.0))
    col = Column(sheets, cells[-1][3] + mm(8), bottom=BOTTOM + mm(14))
    f = serif(4.9)
    lead = f.size * 1.75
    tag = hei(4.9)
    for who_says, text in QA[code]:
        first = True
        for part in wrap(text, f, col.x1 - col.left - f.size * 2.2):
            col.room(lead)
            if first:
                col.s.text(col.left, col.y, f"{who_says}：", tag)
                first = False
            col.s.text(col.left + f.size * 2.2, col.y, part, f)
            col.y += lead
    col.room(lead * 3)
    col.s.text(col.left, col.y + lead * 0.3, "（以上笔录已交被询问人阅看，确认无误。）", serif(4.3))
    clerk(col.s, col.left + mm(6), col.y + lead * 1.5, "以上笔录我看过，与我说的一致。", rng, size_mm=5.4, ink=(30, 30, 30))
    for sh in sheets:
        fy = sh.height - BOTTOM - mm(6)
        sh.text(LEFT, fy, "被询问人：", serif(4.0))
        clerk(sh, LEFT + mm(22), fy - mm(2), who, rng, size_mm=5.6, ink=(30, 30, 30))
        sh.text(sh.width - RIGHT - mm(70), fy, "执行人员：", serif(4.0))
        clerk(sh, sh.width - RIGHT - mm(48), fy - mm(2), f"{c.officer} {c.clerk}", rng, size_mm=5.0)
    return folio(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - mm(4), f"案号：{c.number}", serif(4.3))
    s.right(s.width - RIGHT, y - mm(4), f"填表日期：{num_date(d)}", serif(4.3))
    y += mm(5)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{done:,.2f}元", "结案方式", how], ["承办人", c.officer, "执行天数", f"{(d - c.filed_on).days}天"],
            ["承办人意见", ""], ["合议庭意见", ""], ["执行局局长意见", ""]]
    hs = [mm(15)] * 5 + [mm(48), mm(32), mm(32)]
    cells = grid(s, LEFT, y, [mm(32), mm(56), mm(28), w - mm(116)], rows, heights=hs, labels=(0, 2), f=serif(4.0))
    starts = [b for b in cells if b[0] == LEFT]
    view = ("被执行人暂无可供执行财产，已网络查控、实地调查，已限消、纳失，约谈申请人无异议，拟终结本次执行程序。" if ttr
            else "被执行人已全部履行，执行款已发放完毕，拟以执行完毕结案。")
    x = starts[5][2] + mm(4)
    clerk(s, x, starts[5][1] + mm(4), view, rng, per_line=20, lead_mm=7.5)
    clerk(s, s.width - RIGHT - mm(52), starts[5][3] - mm(10), f"{c.officer} {d.month}.{d.day}", rng)
    clerk(s, x, starts[6][1] + mm(6), "经合议，同意承办人意见。", rng)
    clerk(s, s.width - RIGHT - mm(52), starts[6][3] - mm(10), f"{c.judge} {d.month}.{d.day}", rng)
    clerk(s, x, starts[7][1] + mm(6), f"同意，按{how}报结。", rng, ink=(150, 24, 30))
    clerk(s, s.width - RIGHT - mm(52), starts[7][3] - mm(10), f"{c.extra['chief']} {d.month}.{d.day + 1 if d.day < 28 else d.day}",
          rng, ink=(150, 24, 30))
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "预交执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "closing_notice": "结案通知书", "summons": "传票"}


def receipt_day(c: CaseCtx, served: list[str], rng: random.Random) -> date:
    return max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the bureau's grid, the receiver's signature and date in ballpoint, the court's seal at the foot."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                              "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送 达 回 证", size_mm=9.5)
    w = s.width - LEFT - RIGHT
    when = receipt_day(c, served, rng)
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    how = "直接送达" if who is c.respondent and rng.random() < 0.6 else "邮寄送达（EMS）"
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["送达文书名称及件数", papers], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""],
            ["送达方式", how], ["送达人", ""], ["备　　注", ""]]
    hs = [mm(14), mm(14), mm(24), mm(14), mm(17), mm(30), mm(14), mm(17), mm(14), mm(14), mm(20)]
    cells = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, heights=hs)
    right = cells[1::2]
    signer = who.legal_rep if who.kind == "organisation" else who.name
    if to_applicant:
        signer = c.agent
    scrawl(s, right[5][0] + mm(12), right[5][1] + mm(9), signer, rng, role="kai_gb", size=mm(7), ink=(20, 20, 20))
    scrawl(s, right[6][0] + mm(8), right[6][1] + mm(3), num_date(when), rng, role="kai_gb", size=mm(5.4), ink=(20, 20, 20))
    clerk(s, right[9][0] + mm(8), right[9][1] + mm(3), f"{c.officer}、{c.clerk}", rng)
    if who.kind == "organisation" and rng.random() < 0.5:
        seal(s, right[5][2] - mm(30), right[5][1] + mm(15), who.name, rng, radius=mm(16))
    yy = cells[-1][3] + mm(6)
    s.text(LEFT, yy, "说明：受送达人拒绝签收的，送达人应在备注栏记明拒收事由和日期，并由见证人签名。", serif(3.8))
    seal(s, s.width - RIGHT - mm(30), yy + mm(20), COURT, rng, radius=mm(19))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover on buff card: 全宗号/年度/卷号 boxes top left, the court and 执行案件卷宗 in big type, the
    particulars in a ruled frame, filled by the clerk."""
    s = Sheet(paper=(239, 228, 200))
    grid(s, LEFT - mm(8), mm(16), [mm(26), mm(26), mm(26)], [["全宗号", "年度", "卷号"], ["", "", ""]],
         heights=[mm(8), mm(10)], labels=(0, 1, 2), frame=3)
    clerk(s, LEFT - mm(4), mm(25.5), "330802", rng, size_mm=4.2, ink=(20, 20, 20))
    clerk(s, LEFT + mm(22), mm(25.5), str(c.closed_on.year), rng, size_mm=4.2, ink=(20, 20, 20))
    clerk(s, LEFT + mm(48), mm(25.5), f"执{rng.randint(120, 880)}", rng, size_mm=4.2, ink=(20, 20, 20))
    s.centred(mm(48), COURT, font("serif_bold", mm(8)), spacing=mm(1))
    s.centred(mm(66), "执行案件卷宗", font("hei", mm(15)), spacing=mm(4))
    s.centred(mm(88), "（正　卷）", serif(5.6))
    w = s.width - LEFT - RIGHT
    rows = [["案　　号", ""], ["案　　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["执行标的", ""],
            ["结案方式", ""], ["立案日期", ""], ["结案日期", ""], ["承 办 人", ""], ["书 记 员", ""], ["归档日期", ""],
            ["保管期限", ""], ["本卷页数", ""]]
    values = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_title(c).replace(c.basis_court, ""),
              f"{c.amount:,.2f}元", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序",
              num_date(c.filed_on), num_date(c.closed_on), c.officer, c.clerk, num_date(d), "永久" if rng.random() < 0.3 else "长期",
              f"{rng.randint(62, 90)}页"]
    cells = grid(s, LEFT + mm(4), mm(104), [mm(38), w - mm(46)], rows, heights=mm(11.5), frame=4)
    for v, b in zip(values, cells[1::2], strict=True):
        clerk(s, b[0] + mm(4), b[1] + mm(2.4), v, rng, size_mm=4.6, ink=(20, 20, 20))
    return [s]


CATALOGUE = ["执行申请书", "民事判决书（二审）", "民事判决书（一审）", "生效证明书", "财产线索登记表", "执行费票据",
             "营业执照（申请执行人）", "企业信用信息公示报告（被执行人）", "授权委托书", "律师事务所函", "律师执业证复印件",
             "收款账户确认书", "送达地址确认书", "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查控结果及不动产查询结果", "执行裁定书（冻结、查封）", "协助执行通知书（银行、车管所）",
             "执行和解协议", "银行电子回单", "结案通知书", "结案审批表", "送达回证（四份）", "卷宗复核表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 目 录", court="")
    s.text(LEFT, y - mm(4), f"{COURT}　{c.number}", serif(4.1))
    y += mm(4)
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页　号", "备　注"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        rows.append([str(i), name, str(page), ""])
        page += 4 if "判决" in name else 2 if name in ("执行申请书", "网络查控结果及不动产查询结果", "执行裁定书（冻结、查封）",
                                                      "协助执行通知书（银行、车管所）") else 1
    grid(s, LEFT, y, [mm(18), w - mm(58), mm(20), mm(20)], rows, heights=mm(7.4), labels=(0,), f=serif(3.9), frame=4)
    clerk(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　{num_date(d)}", rng)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    items = ["立案材料齐全（申请书、执行依据、生效证明、身份材料）", "执行通知书、报告财产令已送达，回证齐全",
             "财产查控措施记录完整", "强制措施及解除手续完备", "和解协议及履行凭证附卷", "执行款收付手续完备，已全部发放",
             "卷内材料排列顺序、页码正确", "电子卷宗同步生成、与纸质卷一致"]
    rows = [["案　　号", c.number], ["承 办 人", f"{c.officer}（书记员{c.clerk}）"], ["结案日期", num_date(c.closed_on)],
            ["复核事项", "是否符合"], *[[t, ""] for t in items], ["复核意见", ""], ["复核人 / 日期", ""]]
    hs = [mm(13)] * 4 + [mm(13)] * len(items) + [mm(34), mm(16)]
    cells = grid(s, LEFT, y, [mm(98), w - mm(98)], rows, heights=hs, labels=(), f=serif(4.0))
    right = cells[1::2]
    for b in right[4:4 + len(items)]:
        clerk(s, b[0] + mm(10), b[1] + mm(2.5), rng.choice(["是", "是 ✓", "符合"]), rng)
    clerk(s, right[-2][0] + mm(4), right[-2][1] + mm(6), "材料齐全，排列规范，同意归档。", rng)
    clerk(s, right[-1][0] + mm(4), right[-1][1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备 考 表", court="")
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=4)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", hei(4.8))
    pages = rng.randint(62, 90)
    yy = clerk(s, LEFT + mm(12), y + mm(20), f"本卷共有文件材料{len(CATALOGUE)}件，共{pages}页；照片0张，光盘0张。", rng,
               size_mm=5.2, per_line=20, lead_mm=10)
    clerk(s, LEFT + mm(12), yy, "执行款已全部发放，车辆查封、账户冻结均已解除，无未了事项。", rng, size_mm=5.2,
          per_line=20, lead_mm=10)
    base = s.height - mm(100)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(17), label, serif(4.8))
        clerk(s, LEFT + mm(112), base + k * mm(17) - mm(1), value, rng, size_mm=5.4)
    return [s]
