"""court_fe (山东省威海市环翠区人民法院, held out): the 环翠 shore — 海参 pens off 孙家疃 and 远遥, 海带 rafts, the
刘公岛 ferries out of 威海港, the Korean trading houses and the 韩国 nationals who run them, the old 地毯 and
渔具 works, and the 荣成 cold stores that keep the catch. Its own papers in the 审判流程系统's 宋体 template
(court_fe_kit); what it receives in the senders' styles (court_fe_papers). The closed volumes were scanned by an
outsourced archive company at 600 dpi bitonal and reach the check only as the 电子卷宗 web viewer's low-resolution
export (court_fe_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    money,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_fe_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Run,
    body,
    cells,
    court_paper,
    folio,
    form_title,
    hand_date,
    hei,
    pen,
)
from dossier.corpus.families.court_fe_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
CUCUMBER_SEQ, COLD_SEQ, FERRY_SEQ = 31059, 31324, 31763
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 14,
        "summons": 24, "investigation_record": 33, "consumption_restriction_order": 40, "dishonest_list_decision": 40,
        "settlement_agreement": 27}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 3, "closing_approval_form": 2,
           "dossier_cover": -6, "catalogue": -6, "file_review_form": -4, "remarks_sheet": -5}
"""days before the closing date (negative: after it — the archive's papers)"""
TOWNS = ["孙家疃街道", "张村镇", "羊亭镇", "温泉镇", "桥头镇", "嵩山街道", "鲸园街道", "竹岛街道"]
KOREAN = [("朴", "PARK"), ("金", "KIM"), ("李", "LEE"), ("崔", "CHOI"), ("郑", "JUNG"), ("尹", "YOON")]
GIVEN_KR = [("成浩", "SUNGHO"), ("东勋", "DONGHOON"), ("英洙", "YOUNGSOO"), ("在贤", "JAEHYUN"), ("敏俊", "MINJUN"),
            ("相哲", "SANGCHUL")]


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["pay_day"] + timedelta(days=4)
    return c.day(WHEN.get(code, 0))


def _uscc(rng: random.Random, head: str, region: str) -> str:
    """A credit code whose first two characters are `head` (91 company, 93 farmers' co-operative), check recomputed."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body_ = head + credit_code(rng, region)[2:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body_, weights, strict=True)) % 31
    return body_ + chars[0 if check == 31 else check]


def _korean(rng: random.Random) -> tuple[str, str, date, str]:
    """A 韩国 national: Chinese name, passport spelling, birth date, passport number (M + 8 digits)."""
    (sur, sur_en), (given, given_en) = rng.choice(KOREAN), rng.choice(GIVEN_KR)
    born = date(rng.randint(1962, 1984), rng.randint(1, 12), rng.randint(1, 28))
    return sur + given, f"{sur_en} {given_en}", born, f"M{rng.randint(10**7, 10**8 - 1)}"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """环翠 parties. CUCUMBER_SEQ: a 孙家疃 海参 co-operative wins this court's judgment (a 涉外 sale, the civil
    division's 生效证明书 behind it) against a 韩国 buyer who shipped its dried sea cucumber to his shops in 仁川;
    his RMB account frozen and his exit restricted, he settles and pays (执行完毕, archived). COLD_SEQ: a 荣成 cold
    store's award of the 威海仲裁委员会 for cold-storage charges against a Korean-owned 海带 and 海参 processor in
    桥头镇 whose owner went home; nothing left, 终本. FERRY_SEQ: a 渔具 and rope works holds the 威海中院's appeal
    judgment against a 刘公岛 sightseeing-ferry company, which pays out of the spring season's tickets."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {CUCUMBER_SEQ: "cucumber", COLD_SEQ: "cold", FERRY_SEQ: "ferry"}[seq]
    c.firm = rng.choice(["山东威仁律师事务所", "山东成山头律师事务所", "山东环海明信律师事务所"])
    c.extra["firm_addr"] = f"威海市环翠区{rng.choice(['统一路', '新威路', '昆明路', '文化中路'])}{rng.randint(10, 299)}号"
    c.extra["licence"] = f"13710{rng.randint(2009, 2020)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"371002{rng.randint(100, 999)}"
    c.extra["korean_phone"] = f"+82-10-{rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}"
    town = rng.choice(TOWNS)
    c.extra["town"] = town
    if tale(c) == "cucumber":
        village = rng.choice(["远遥", "孙家疃", "杨家滩", "山东村"])
        c.applicant = Party(f"威海市环翠区{village}{rng.choice(['福海', '金礁', '海润'])}海参养殖专业合作社", "organisation",
                            _uscc(rng, "93", "371002"), f"山东省威海市环翠区孙家疃街道{village}村{rng.randint(1, 80)}号",
                            f"0631-52{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        name, latin, born, passport = _korean(rng)
        c.respondent = Party(name, "person", passport,
                             f"山东省威海市环翠区{rng.choice(['海滨北路', '新威路', '大庆路'])}{rng.randint(10, 180)}号"
                             f"{rng.randint(1, 30)}{rng.randint(1, 4):02d}室", f"186{rng.randint(10000000, 99999999)}",
                             born=born, sex="男")
        c.extra["latin"] = latin
        c.extra["home"] = f"大韩民国仁川广域市中区{rng.choice(['新浦路', '港洞路', '月尾路'])}{rng.randint(10, 99)}号"
        c.extra["shop"] = rng.choice(["海东水产", "新浦海产", "仁川海味"])
        c.basis_court = COURT
        c.basis_number = f"（2023）鲁1002民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(2600, 7800)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["r_bank"] = "中国银行股份有限公司威海分行"
        c.extra["r_acct"] = f"2308{rng.randint(10**9, 10**10 - 1)}"
        c.extra["found"] = (c.amount * Decimal(rng.randint(25, 45)) / 100).quantize(Decimal("0.01"))
        c.extra["goods"] = "淡干海参"
    elif tale(c) == "cold":
        port = rng.choice(["石岛", "俚岛", "成山", "港西"])
        c.applicant = Party(f"荣成市{port}{rng.choice(['海通', '港润', '鑫源'])}冷链物流有限公司", "organisation",
                            _uscc(rng, "91", "371082"), f"山东省荣成市{port}镇{rng.choice(['渔港', '海港', '滨海'])}路"
                            f"{rng.randint(1, 200)}号", f"0631-73{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        rep, latin, born, passport = _korean(rng)
        c.respondent = Party(f"威海{rng.choice(['韩丰', '海林', '新罗'])}海洋食品有限公司", "organisation",
                             _uscc(rng, "91", "371002"), f"山东省威海市环翠区桥头镇{rng.choice(['工业园', '食品产业园'])}"
                             f"{rng.choice(['海兴', '韩乐'])}路{rng.randint(1, 60)}号", f"0631-58{rng.randint(10000, 99999)}",
                             legal_rep=rep)
        c.extra["latin"] = latin
        c.extra["rep_born"] = born
        c.extra["passport"] = passport
        c.basis_court = "威海仲裁委员会"
        c.basis_number = f"（2023）威仲裁字第{rng.randint(80, 960)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 110))
        c.extra["cause"] = "仓储合同纠纷"
        c.amount = Decimal(rng.randint(1500, 5200)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["tons"] = rng.randint(90, 420)
        c.extra["r_bank"] = "威海市商业银行股份有限公司桥头支行"
        c.extra["r_acct"] = f"8170{rng.randint(10**11, 10**12 - 1)}"
        c.extra["found"] = Decimal(rng.randint(30, 900)) + Decimal(rng.randint(0, 99)) / 100
    else:
        c.applicant = Party(f"威海{rng.choice(['海峰', '鲸园', '宝泉'])}渔具绳网有限公司", "organisation",
                            _uscc(rng, "91", "371002"), f"山东省威海市环翠区{rng.choice(['羊亭镇', '温泉镇', '张村镇'])}"
                            f"{rng.choice(['渔具', '工业'])}园{rng.randint(1, 40)}号", f"0631-53{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"威海{rng.choice(['定远', '碧海', '蓝湾'])}海上旅游客运有限公司", "organisation",
                             _uscc(rng, "91", "371002"), f"山东省威海市环翠区海埠路{rng.randint(1, 99)}号威海港客运站"
                             f"{rng.randint(2, 5)}楼", f"0631-52{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "山东省威海市中级人民法院"
        c.basis_number = f"（2023）鲁10民终{rng.randint(900, 3999)}号"
        c.extra["first_number"] = f"（2023）鲁1002民初{rng.randint(2000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1800, 6400)) * 100 + Decimal(rng.randint(0, 99)) / 100
        c.extra["boats"] = rng.sample(["定远7", "海鸥3", "刘公岛2", "碧海5", "蓝湾8"], 2)
        c.extra["r_bank"] = "威海市商业银行股份有限公司营业部"
        c.extra["r_acct"] = f"8170{rng.randint(10**11, 10**12 - 1)}"
        c.extra["found"] = (c.amount * Decimal(rng.randint(10, 30)) / 100).quantize(Decimal("0.01"))
    c.agent = person_name(rng)
    c.extra["in_bank"] = rng.choice(["威海市商业银行环翠支行", "中国农业银行威海环翠支行", "荣成农村商业银行石岛支行"]
                                     if tale(c) == "cold" else ["威海市商业银行环翠支行", "中国农业银行威海环翠支行",
                                                                "威海农村商业银行孙家疃支行"])
    c.extra["in_acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
    c.extra["fee"] = fee_of(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(44, 52))
    c.extra["settled"] = c.day(WHEN["settlement_agreement"])


def fee_of(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条第一项): 50 yuan to 10,000; 1.5% to 500,000; 1% to 5,000,000."""
    fee = Decimal(50)
    if amount > 10000:
        fee += (min(amount, Decimal(500000)) - 10000) * Decimal("0.015")
    if amount > 500000:
        fee += (min(amount, Decimal(5000000)) - 500000) * Decimal("0.01")
    return fee.quantize(Decimal("0.01"))


def basis_title(c: CaseCtx) -> str:
    kind = "裁决书" if tale(c) == "cold" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def party_lines(role: str, p: Party, c: CaseCtx) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        rep = "理事长" if "合作社" in p.name else "法定代表人"
        korean = tale(c) == "cold" and p is c.respondent
        rep_text = (f"{rep}：{p.legal_rep}（{c.extra['latin']}），大韩民国国籍，护照号码{c.extra['passport']}。" if korean
                    else f"{rep}：{p.legal_rep}。")
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"), ("h", rep_text)]
    born = p.born or date(1975, 1, 1)
    return [("h", f"{role}：{p.name}（{c.extra['latin']}），{p.sex}，{num_date(born)}出生，大韩民国国籍，护照号码"
                  f"{p.id_number}，在华住所{p.address}。")]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.number)))]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你单位申请执行{basis_title(c)}一案，本院经审查，符合立案条件，已于{cn_date(c.filed_on)}立案执行，案号为"
                  f"{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理，书记员{c.clerk}协助，联系电话{c.court.phone}。你单位可通过“山东法院"
                  "电子诉讼服务网”或“威海法院”微信公众号查询案件进展，发现被执行人财产线索的，请及时书面告知本院。"),
            ("p", "你单位的送达地址、收取案款账户如有变更，应在变更之日起三日内书面告知本院；未告知的，按原地址送达、原账户发放。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院立案执行的{case}，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应交纳申请执行费"
                  f"{money(c.extra['fee'])}。"),
            ("p", "请你单位于收到本通知之日起七日内，通过山东省非税收入缴款书上的缴款码或到代收银行交纳。申请执行费可待执行"
                  "后交纳，由本院向被执行人收取，随执行款一并处理。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "enforcement_notice":
        to = f"{r.name}：" if r.kind == "organisation" else f"{r.name}（{c.extra['latin']}）："
        return court_paper(c, rng, "执行通知书", [
            ("to", to),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单"
                  + ("、限制出境" if tale(c) == "cucumber" else "") + "等措施。"),
        ], signers=staff, clerk=c.clerk, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院立案执行的{case}，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条、第五条的规定，责令{_you(r)}在收到本令之日起五日内，如实填写财产申报表，向本院报告当前以及收到执行"
                  "通知之日前一年的财产情况。"),
            ("p", f"{_you(r)}拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，"
                  "依法追究刑事责任。"),
            ("n", "附：财产申报表一份。"),
        ], signers=staff, clerk=c.clerk, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "cucumber":
            order = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}"
                     "为限。")
        else:
            order = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}等金融机构的存款{money(c.amount)}；不足部分，查封、"
                     "扣押其相应价值的其他财产。")
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a, c), *party_lines("被执行人", r, c),
            ("p", f"本院在执行{basis_title(c)}过程中，被执行人{r.name}未按执行通知履行法律文书确定的义务。依照{LAW}"
                  "第一百五十七条第一款第十一项、第二百五十三条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], signers=bench, clerk=c.clerk, day=d, checked=True)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = {"cucumber": f"双方于{cn_date(c.extra['settled'])}达成执行和解协议，被执行人在本院对其限制出境后"
                           "履行了和解协议",
               "ferry": f"双方于{cn_date(c.extra['settled'])}达成分期履行的执行和解协议，被执行人以刘公岛航线的售票收入分两期付清"
               }.get(tale(c), "被执行人已履行完毕")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=4))}发放至你单位"
                  f"确认的{c.extra['in_bank']}账户。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}、法定代表人{r.legal_rep}（{c.extra['latin']}）："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}，因你单位未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对你单位及你单位的"
                  "法定代表人采取限制消费措施，限制你单位及法定代表人不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财"
                  "产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，本院将依照民事诉讼法的有关规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *party_lines("被执行人", r, c),
            ("p", f"本院在执行{case}中，被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不向本院"
                  "报告财产。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项及第二条的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], signers=[("院长", person_name(random.Random(c.court.name)))], number=c.number.replace("号", "号之二"),
            day=d, checked=True)
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


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return court_paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a, c), *party_lines("被执行人", r, c),
        ("p", f"申请执行人{a.name}与被执行人{r.name}仓储合同纠纷一案，威海仲裁委员会作出的{c.basis_number}裁决书已经发生"
              f"法律效力。申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，本院同日立案，执行标的为{money(c.amount)}。"),
        ("p", "执行中，本院依法向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未报告财产。本院通过全国法院网络"
              "执行查控系统及山东法院点对点查控系统查询了被执行人名下的存款、车辆、不动产、证券、股权、网络资金等财产，"
              f"仅在{c.extra['r_bank']}账户内查得存款{c.extra['found']:,.2f}元，已冻结。本院于"
              f"{cn_date(made_on(c, 'investigation_record'))}到被执行人位于桥头镇的厂区实地调查，被执行人已于2023年停产，"
              "厂房系租赁，冷冻设备已由出租方收回，库存海带因断电变质已被清运，未发现其他可供执行的财产。本院已对被执行人及其"
              f"法定代表人{r.legal_rep}采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
        ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人的委托代理人，告知财产调查情况，申请执行人表示暂时"
              "不能提供被执行人其他可供执行的财产线索，同意终结本次执行程序。"),
        ("p", f"本院认为，本案已穷尽财产调查措施，未发现被执行人有其他可供执行的财产。依照{LAW}第一百五十七条第一款第十一项，"
              "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。被执行人负有"
              "继续向申请执行人履行债务的义务，本院对被执行人采取的限制消费措施继续有效。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=bench, clerk=c.clerk, day=d, checked=True)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 to the bank, its 回执 drawn as a form at the foot of the page, under a row of scissors dashes."""
    r = c.respondent
    bank = c.extra["r_bank"]
    ask = (f"冻结被执行人{r.name}在你行开立的账户{c.extra['r_acct']}内的存款，以{money(c.amount)}为限，冻结期限一年；"
           "已冻结的款项待本院另行通知后扣划。")
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，{c.number}执行裁定书已经发生法律效力。依照{LAW}"
              "第二百五十三条的规定，请你行协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(70)
    x = LEFT
    while x < s.width - RIGHT:
        s.line(x, y, x + mm(3), y, width=2)
        x += mm(5)
    s.text(LEFT, y - mm(5), "（沿此线剪下）", body(3.4))
    s.centred(y + mm(5), "协助执行回执", hei(6.2), spacing=mm(2))
    w = s.width - LEFT - RIGHT
    cells(s, LEFT, y + mm(16), [mm(36), w - mm(36)],
          [["协助单位", bank], ["执行情况", ""], ["经办人", "　　　　　　　　　　（协助单位盖章）　　年　月　日"]],
          heights=[mm(10), mm(16), mm(10)], f=body(4.0), lf=hei(4.0))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    y = form_title(s, "传　票")
    s.right(s.width - RIGHT, y - mm(4), c.number, body(4.6))
    y += mm(6)
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", f"{c.extra['cause']}（执行）"],
            ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"], ["工作单位或住址", r.address],
            ["传唤事由", "接受执行询问，报告财产情况，说明未履行义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时00分"],
            ["应到处所", "本院执行局第二执行询问室（青岛中路院区三楼）"]]
    y = cells(s, LEFT, y, [mm(42), w - mm(42)], rows, heights=mm(16), f=body(4.8), lf=hei(4.6))[-1][0][3] + mm(10)
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票及身份证件、营业执照。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、被传唤人的法定代表人在境外的，应委托公司其他负责人到场。"]):
        s.text(LEFT + (0 if k == 0 else mm(5)), y, t, body(4.4))
        y += mm(8)
    y += mm(14)
    s.right(s.width - RIGHT - mm(6), y, cn_date(d), body(5.0))
    seal(s, s.width - RIGHT - mm(36), y + mm(2), COURT, rng, radius=mm(20))
    s.text(LEFT, y + mm(22), f"执行员：{c.officer}　　书记员：{c.clerk}　　电话：{c.court.phone}", body(4.4))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是环翠区人民法院执行局的工作人员，这是我们的执行公务证。今天依法对被执行人威海海洋食品公司的厂区进行"
               "调查，请你如实回答，你听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你和被执行人是什么关系？"),
        ("答", "我是桥头镇工业园的管理员，这个厂房是园区租给他们的，租期到今年年底。"),
        ("问", "被执行人现在还生产吗？"),
        ("答", "去年秋天就停了，工人都回家了，韩国老板回国以后一直没回来，电话也打不通。"),
        ("问", "厂里的冷冻设备、加工线现在在哪里？"),
        ("答", "速冻机和冷风机是租的设备公司的，停产以后设备公司拉走了。加工线很旧，抵了欠园区的房租和电费，有协议。"),
        ("问", "仓库里还有没有海带、海参等库存？"),
        ("答", "断电以后库里的盐渍海带坏了，环保所让清运了，现在库是空的。"),
        ("问", "被执行人有没有车辆、应收款或者别的财产？"),
        ("答", "有一台冷藏车，听说前年就卖了。别的不知道。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是环翠区人民法院执行局的工作人员，今天约谈你，是告知本案财产调查的情况，听取你方意见，你清楚吗？"),
        ("答", "清楚。我是申请执行人的委托代理律师，有特别授权。"),
        ("问", "本院通过网络查控系统查询了被执行人的存款、车辆、不动产、证券、股权、网络资金，仅查到小额存款并已冻结；"
               "到被执行人厂区实地调查，该公司已停产，设备已被收回，库存已清运。你对查控结果有无异议？"),
        ("答", "没有异议。我们也去厂里看过，确实人去楼空。"),
        ("问", "你方能否提供被执行人的其他财产线索，比如在韩国的财产或者对外的应收款？"),
        ("答", "韩国那边的财产我们查不到，国内暂时没有其他线索。"),
        ("问", "本院已对被执行人及其法定代表人采取限制消费措施，并已将被执行人纳入失信被执行人名单。鉴于目前没有可供执行的"
               "财产，本院拟终结本次执行程序，你方是否同意？"),
        ("答", "同意。以后发现财产，我们再申请恢复执行。"),
        ("问", "终结本次执行程序后，你方发现财产线索的，可以随时申请恢复执行，不受申请执行时效限制。你还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: the head as lines of the system's template, 问/答 in bold 黑体 tags with a hanging indent, every
    page signed at its foot by the person heard and by the officer and clerk."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.agent if interview else person_name(rng)
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", mm(6.0)), spacing=mm(0.8))
    s.centred(TOP + mm(11), title, font("serif_bold", mm(9.5)), spacing=mm(6))
    f = body(5.0)
    lead = f.size * 1.8
    run = Run([s], TOP + mm(28), c.number)
    place = "本院执行局第一约谈室" if interview else f"{c.respondent.name}厂区（{c.respondent.address}）"
    head = [f"时间：{num_date(d)}上午9时20分至10时05分", f"地点：{place}",
            f"执行人员：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}",
            (f"被谈话人：{who}，{c.firm}律师，申请执行人{c.applicant.name}的委托代理人" if interview
             else f"被调查人：{who}，男，桥头镇工业园管理员")]
    for line in head:
        run.para(line, f, lead=lead, hang=f.size * 2)
    run.y += mm(3)
    tag_f = font("hei", f.size)
    signer = who

    def foot(sh: Sheet) -> None:
        y = sh.height - mm(26)
        sh.text(LEFT, y, "被" + ("谈话" if interview else "调查") + "人：", body(4.2))
        pen(sh, LEFT + mm(22), y - mm(2), signer, rng, size_mm=5.6)
        sh.text(LEFT + mm(75), y, "执行人员：", body(4.2))
        pen(sh, LEFT + mm(96), y - mm(2), c.officer, rng, size_mm=5.2, ink=(20, 20, 20))
        sh.text(LEFT + mm(125), y, "记录人：", body(4.2))
        pen(sh, LEFT + mm(142), y - mm(2), c.clerk, rng, size_mm=5.2, ink=(20, 20, 20))

    run.foot = mm(36)
    for tag, text in QA[code]:
        first = True
        for part in wrap(text, f, run.width - f.size * 2):
            if run.y + lead > run.s.height - run.foot:
                foot(run.s)
            run.need(lead)
            if first:
                run.s.text(run.left, run.y, f"{tag}：", tag_f)
                first = False
            run.s.text(run.left + f.size * 2, run.y, part, f)
            run.y += lead
    run.need(lead * 3)
    pen(run.s, run.left + mm(6), run.y + mm(2), "以上笔录我看过，与我说的一致。", rng, size_mm=5.4)
    foot(run.s)
    return folio(run.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - mm(5), f"案号：{c.number}", body(4.4))
    s.right(s.width - RIGHT, y - mm(5), f"填表日期：{num_date(d)}", body(4.4))
    y += mm(3)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(c.extra["found"]) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["实际到位", f"{done:,.2f}元", "结案方式", how],
            ["承办人意见", ""], ["合议庭意见", ""], ["执行局长意见", ""]]
    hs = [mm(15), mm(15), mm(13), mm(13), mm(58), mm(36), mm(36)]
    boxes = cells(s, LEFT, y, [mm(30), mm(58), mm(28), w - mm(116)], rows, heights=hs, label_cols=(0, 2),
                  f=body(4.2), lf=hei(4.2))
    view = ("经网络查控及实地调查，被执行人除小额存款外无其他可供执行财产，已限制消费、纳入失信名单，已约谈申请执行人，"
            "同意终本。建议终结本次执行程序。" if ttr else
            "被执行人已按和解协议全部履行，执行款及执行费已处理完毕，建议以执行完毕方式结案。")
    x = boxes[4][1][0] + mm(3)
    yy = pen(s, x, boxes[4][1][1] + mm(3), view, rng, size_mm=4.8, per_line=22, lead=mm(7.6))
    pen(s, boxes[4][1][2] - mm(62), yy + mm(2), f"{c.officer}　{d.month}.{d.day}", rng, size_mm=4.8)
    pen(s, x, boxes[5][1][1] + mm(5), "经合议，同意承办人意见。", rng, size_mm=5.0)
    pen(s, boxes[5][1][2] - mm(50), boxes[5][1][3] - mm(11), c.judge, rng, size_mm=5.0)
    pen(s, x, boxes[6][1][1] + mm(5), f"同意以{how}方式结案。", rng, size_mm=5.0, ink=(18, 18, 18))
    pen(s, boxes[6][1][2] - mm(60), boxes[6][1][3] - mm(11),
        f"{person_name(random.Random(c.court.phone))}　{(d + timedelta(days=1)).month}.{(d + timedelta(days=1)).day}", rng,
        size_mm=5.0, ink=(18, 18, 18))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "closing_notice": "结案通知书", "summons": "传票"}
TO_APPLICANT = ("acceptance_notice", "payment_notice", "closing_notice", "termination_this_round_ruling")


def receipt_day(c: CaseCtx, served: list[str]) -> date:
    """The day a receipt was signed: two days after the latest of the papers it serves (the bureau's 集约送达 runs
    every other day)."""
    return max(made_on(c, x) for x in served) + timedelta(days=2)


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: a ruled form, the served papers one to a row with their count, the signature cell tall."""
    to_applicant = any(x in served for x in TO_APPLICANT)
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = receipt_day(c, served)
    case_rows = [["案　　号", c.number, "案　由", c.extra["cause"]]]
    y = cells(s, LEFT, y, [mm(30), mm(68), mm(20), w - mm(118)], case_rows, heights=mm(13), label_cols=(0, 2),
              f=body(4.3), lf=hei(4.3))[-1][0][3]
    papers = [[NAMES.get(x, x), "壹份"] for x in served]
    y = cells(s, LEFT, y, [mm(34), w - mm(34) - mm(30), mm(30)], [["送达文书", "名称", "件数"]], heights=mm(10),
              label_cols=(0, 1, 2), f=body(4.3), lf=hei(4.2))[-1][0][3]
    for name, count in papers:
        y = cells(s, LEFT, y, [mm(34), w - mm(34) - mm(30), mm(30)], [["", name, count]], heights=mm(11),
                  label_cols=(), f=body(4.5))[-1][0][3]
    name = who.name if who.kind == "organisation" else f"{who.name}（{c.extra['latin']}）"
    rows = [["受送达人", name], ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达方式", "直接送达" if not to_applicant else "直接送达（代理人签收）"],
            ["送达人", ""], ["备　　考", ""]]
    hs = [mm(12), mm(14), mm(30), mm(13), mm(16), mm(12), mm(13), mm(18)]
    boxes = cells(s, LEFT, y, [mm(34), w - mm(34)], rows, heights=hs, f=body(4.4), lf=hei(4.2))
    sign = c.agent if to_applicant else (who.legal_rep if who.kind == "organisation" else who.name)
    pen(s, boxes[2][1][0] + mm(12), boxes[2][1][1] + mm(9), sign, rng, size_mm=7.0)
    if to_applicant:
        pen(s, boxes[4][1][0] + mm(6), boxes[4][1][1] + mm(4), f"{c.agent}，委托代理律师", rng, size_mm=5.0)
    elif tale(c) == "cold":
        pen(s, boxes[4][1][0] + mm(6), boxes[4][1][1] + mm(4), "法定代表人在境外，财务负责人代收", rng, size_mm=4.8)
    pen(s, boxes[3][1][0] + mm(8), boxes[3][1][1] + mm(2.5), hand_date(when), rng, size_mm=5.4)
    pen(s, boxes[6][1][0] + mm(8), boxes[6][1][1] + mm(2.5), f"{c.officer}　{c.clerk}", rng, size_mm=5.2,
        ink=(18, 18, 18))
    seal(s, boxes[3][1][2] - mm(40), boxes[3][1][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(LEFT, boxes[-1][0][3] + mm(5), "注：受送达人拒绝签收的，送达人应当在备考栏内记明拒收事由和日期，并由见证人签名。",
           body(3.8))
    return [s]


def _barcode(s: Sheet, x: float, y: float, text: str, rng: random.Random) -> None:
    """The archive's barcode label: bars of one to three modules, the code under them."""
    m = mm(0.5)
    cx = x
    for _ in range(46):
        bw = m * rng.choice([1, 1, 2, 3])
        s.draw.rectangle((cx, y, cx + bw - 1, y + mm(11)), fill=(15, 15, 15))
        cx += bw + m * rng.choice([1, 1, 2])
    s.text(x, y + mm(12), text, font("mono", mm(3.4)))


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=(242, 236, 220))
    _barcode(s, s.width - RIGHT - mm(62), mm(14), f"FE{c.number[1:5]}1002Z{c.number.split('执')[1][:-1]}", rng)
    s.text(LEFT, mm(16), "全宗号：", body(4.2))
    pen(s, LEFT + mm(17), mm(14.5), "189", rng, size_mm=5.0, ink=(20, 20, 20))
    s.text(LEFT, mm(24), "目录号：", body(4.2))
    pen(s, LEFT + mm(17), mm(22.5), "2024-Z", rng, size_mm=5.0, ink=(20, 20, 20))
    s.centred(mm(48), COURT, font("serif_bold", mm(8.5)), spacing=mm(1.2))
    s.centred(mm(66), "执行案件卷宗", font("serif_bold", mm(15)), spacing=mm(6))
    s.centred(mm(90), "（正　卷）", body(6.0))
    w = s.width - LEFT - RIGHT - mm(10)
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
            ["立案日期", ""], ["结案日期", ""], ["承 办 人", ""], ["书 记 员", ""], ["归档日期", ""],
            ["本卷页数", ""], ["保管期限", ""]]
    boxes = cells(s, LEFT + mm(5), mm(104), [mm(36), w - mm(36)], rows, heights=mm(11.5), f=body(4.6), lf=hei(4.6),
                  line_w=3)
    fills = {7: num_date(c.filed_on), 8: num_date(c.closed_on), 9: c.officer, 10: c.clerk, 11: num_date(d),
             12: f"{rng.randint(52, 78)}页", 13: "长期"}
    for k, v in fills.items():
        pen(s, boxes[k][1][0] + mm(5), boxes[k][1][1] + mm(2), v, rng, size_mm=5.0, ink=(20, 20, 20))
    return [s]


def catalogue_items(c: CaseCtx) -> list[str]:
    items = ["执行申请书", basis_title(c).replace(c.basis_court, "").replace(c.basis_number, "") + "（" + c.basis_number + "）",
             "生效证明书", "财产线索表", "申请执行费缴款书", "营业执照（申请执行人）",
             "护照复印件（被执行人）" if c.respondent.kind == "person" else "营业执照（被执行人）", "授权委托书",
             "律师事务所函", "律师执业证复印件", "收取案款账户确认书", "送达地址确认书", "受理案件通知书", "交纳执行费通知书",
             "执行通知书", "报告财产令", "财产申报表", "网络查控结果、银行回复", "执行裁定书（冻结、划拨）", "协助执行通知书",
             "执行和解协议", "执行款发放凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "卷内备考表"]
    return items


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内目录", issuer="")
    s.text(LEFT, y - mm(6), f"案号：{c.number}", body(4.4))
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件材料名称", "起止页号", "备注"]]
    page = 1
    for i, name in enumerate(catalogue_items(c), 1):
        n = 3 if "判决" in name else 2 if name in ("执行申请书", "网络查控结果、银行回复", "执行和解协议") else 1
        if name == "送达回证":
            n = 4
        rows.append([str(i), name, f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    cells(s, LEFT, y, [mm(16), w - mm(60), mm(26), mm(18)], rows, heights=mm(8.2), label_cols=(0,),
          f=body(4.0), lf=body(4.0))
    s.text(LEFT, s.height - mm(26), "立卷人：", body(4.4))
    pen(s, LEFT + mm(17), s.height - mm(28), c.clerk, rng, size_mm=5.4)
    s.text(LEFT + mm(80), s.height - mm(26), "立卷日期：", body(4.4))
    pen(s, LEFT + mm(102), s.height - mm(28), hand_date(d), rng, size_mm=5.0)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["立案、结案信息与系统一致", "法律文书齐全，送达回证齐全", "执行款收付手续完备，票据齐全",
              "卷内目录与卷内材料相符", "材料排列符合执行卷宗归档顺序", "页码连续，无空白、无重页",
              "电子卷宗与纸质卷宗一致", "涉外文书有翻译或说明"]
    rows = [["案　　号", c.number], ["承 办 人", c.officer], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "复核结果"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(12)] * 4 + [mm(12)] * len(points) + [mm(34), mm(16)]
    boxes = cells(s, LEFT, y, [mm(84), w - mm(84)], rows, heights=hs, label_cols=(0,), f=body(4.4), lf=hei(4.2))
    for b in boxes[4:4 + len(points)]:
        pen(s, b[1][0] + mm(12), b[1][1] + mm(2.5), rng.choice(["符合", "符合", "已核"]), rng, size_mm=5.0)
    pen(s, boxes[-2][1][0] + mm(5), boxes[-2][1][1] + mm(6), "经复核，卷宗材料齐全，排列有序，同意归档。", rng,
        size_mm=5.0, per_line=14, lead=mm(8))
    pen(s, boxes[-1][1][0] + mm(5), boxes[-1][1][1] + mm(3), f"{c.officer}　{hand_date(d)}", rng, size_mm=5.0)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="")
    s.text(LEFT, y - mm(6), f"案号：{c.number}", body(4.4))
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=3)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", hei(5.2))
    pages = rng.randint(52, 78)
    yy = pen(s, LEFT + mm(12), y + mm(20), f"本卷共有文件材料{len(catalogue_items(c))}件，计{pages}页。", rng,
             size_mm=5.4, per_line=22, lead=mm(10))
    note = ("被执行人系韩国籍，护照复印件已附卷。" if c.respondent.kind == "person" else "") + (
        "执行款已全部发放，无遗留事项。" if c.method == "fully_performed" else "本案终结本次执行程序，限制消费措施继续有效。")
    yy = pen(s, LEFT + mm(12), yy, note, rng, size_mm=5.4, per_line=22, lead=mm(10))
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", hand_date(d))]):
        s.text(LEFT + mm(84), base + k * mm(17), f"{label}：", body(5.0))
        pen(s, LEFT + mm(110), base + k * mm(17) - mm(1.5), value, rng, size_mm=5.4)
    return [s]
