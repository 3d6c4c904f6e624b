"""court_fy (辽宁省本溪市平山区人民法院, held out): the steel town on the 太子河 — 本钢's furnaces, the refractory
works and rail sidings that feed them, the 关门山 and 本溪水洞 tour buses, 辽五味 (北五味子) from the hills of 桓仁 and
本溪县, and 小市羊汤 in every street. Its own papers come off the bureau's case system (court_fy_kit) and go through the
office printer double-sided, flipped on the short edge; what it receives is drawn in the senders' styles
(court_fy_papers). The volumes went through the bureau's duplex ADF with auto-rotate off (court_fy_capture)."""

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
from dossier.corpus.families.court_fy_kit import (
    COURT,
    FOOT,
    LEFT,
    RIGHT,
    Pen,
    body,
    court_paper,
    folio,
    form_title,
    grid,
    head,
    tumble,
    write,
)
from dossier.corpus.families.court_fy_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
BRICK_SEQ, BERRY_SEQ, MUTTON_SEQ = 79034, 79287, 79641
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 13,
        "summons": 17, "investigation_record": 31, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "settlement_agreement": 27}
CLOSING = {"interview_record": 19, "termination_this_round_ruling": 8, "closing_approval_form": 5, "closing_notice": 2,
           "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's own papers)"""
FILING = {"enforcement_application": -3, "power_of_attorney": -4, "law_firm_letter": -3, "fee_receipt": 1,
          "payment_account_confirmation": 0, "service_address_confirmation": 0, "property_clue_form": 0}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code in FILING:
        return c.day(FILING[code])
    if code == "payment_voucher":
        return c.extra["pay_day"] + timedelta(days=4)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """本溪 parties. BRICK_SEQ: a refractory works that lines 本钢's ladles wins this court's judgment for magnesia-carbon
    bricks sold to a steel trading company, which pays once its account is frozen; BERRY_SEQ: a 辽五味 grower of 桓仁
    holds a 本溪仲裁委员会 award for dried 五味子 against a herb trading company that has closed; MUTTON_SEQ: a landlord of
    小市镇 holds this court's mediation paper for rent against a 羊汤 restaurant's owner, who settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {BRICK_SEQ: "brick", BERRY_SEQ: "berry", MUTTON_SEQ: "mutton"}[seq]
    c.firm = rng.choice(["辽宁本钢律师事务所", "辽宁太子河律师事务所", "辽宁溪湖正道律师事务所"])
    c.extra["firm_addr"] = f"本溪市平山区{rng.choice(['解放北路', '站前街', '人民路'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"1210520{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["本溪农村商业银行平山支行", "中国工商银行本溪分行营业部", "盛京银行本溪分行"])
    c.extra["in_acct"] = f"6222{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"21052{rng.randint(100, 999)}"
    c.extra["head"] = person_name(rng)  # 执行局局长 / 执行长
    if tale(c) == "brick":
        c.applicant = Party(f"本溪{rng.choice(['钢都', '溪湖', '威宁'])}耐火材料有限公司", "organisation",
                            credit_code(rng, "210503"), f"辽宁省本溪市溪湖区{rng.choice(['彩屯街道', '河西街道'])}"
                            f"{rng.choice(['耐火', '工业'])}路{rng.randint(1, 60)}号", f"024-4283{rng.randint(1000, 9999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"本溪{rng.choice(['华钢', '鑫铁', '通达'])}钢材贸易有限公司", "organisation",
                             credit_code(rng, "210502"), f"辽宁省本溪市平山区{rng.choice(['胜利路', '永丰街', '北台街'])}"
                             f"{rng.randint(10, 200)}号", f"024-4289{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）辽0502民初{rng.randint(1200, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 75))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(2600, 8800)) * 100 + Decimal(rng.randint(1, 99))
        c.extra["r_bank"] = rng.choice(["中国建设银行本溪平山支行", "本溪市商业银行胜利支行"])
        c.extra["r_acct"] = f"2105{rng.randint(10**13, 10**14 - 1)}"
        c.extra["goods"] = "镁碳砖、铝镁碳砖等钢包内衬耐火材料"
        c.extra["pay_day"] = c.day(rng.randint(15, 21))
    elif tale(c) == "berry":
        born = date(rng.randint(1964, 1984), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "210522", born),
                            f"辽宁省本溪市桓仁满族自治县{rng.choice(['二棚甸子镇', '沙尖子镇', '向阳乡'])}"
                            f"{rng.choice(['四平', '双水洞', '葫芦头沟'])}村{rng.randint(1, 9)}组", f"139{rng.randint(10**7, 10**8 - 1)}",
                            born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"本溪{rng.choice(['辽参', '药都', '北药'])}中药材购销有限公司", "organisation",
                             credit_code(rng, "210502"), f"辽宁省本溪市平山区{rng.choice(['崔东街道', '桥头镇'])}"
                             f"{rng.choice(['药材', '平山'])}路{rng.randint(1, 90)}号", f"024-4276{rng.randint(1000, 9999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "本溪仲裁委员会"
        c.basis_number = f"本仲裁字〔2023〕第{rng.randint(30, 260)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["kilos"] = rng.randint(18, 46) * 100
        c.amount = Decimal(c.extra["kilos"]) * Decimal(rng.choice([38, 42, 45]))
        c.extra["pay_day"] = c.day(0)
    else:
        born = date(rng.randint(1956, 1972), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "210521", born),
                            f"辽宁省本溪市本溪满族自治县小市镇{rng.choice(['河东', '城关', '解放'])}社区{rng.randint(1, 30)}号楼",
                            f"135{rng.randint(10**7, 10**8 - 1)}", born=born, sex=rng.choice("男女"))
        born2 = date(rng.randint(1975, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "210502", born2),
                             f"辽宁省本溪市平山区{rng.choice(['平山路', '站前街', '东明路'])}{rng.randint(10, 150)}号",
                             f"186{rng.randint(10**7, 10**8 - 1)}", born=born2, sex=rng.choice("男女"))
        c.extra["shop"] = f"{c.respondent.name[0]}家小市羊汤馆"
        c.extra["premises"] = f"本溪市平山区{rng.choice(['平山路', '站前街'])}{rng.randint(10, 200)}号一层门市"
        c.basis_court = COURT
        c.basis_number = f"（2023）辽0502民初{rng.randint(6000, 9800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.extra["rent"] = rng.choice([3800, 4500, 5200])
        c.extra["months"] = rng.randint(5, 9)
        c.amount = Decimal(c.extra["rent"] * c.extra["months"])
        c.extra["pay_day"] = c.day(rng.randint(44, 52))
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5% up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_name(c: CaseCtx) -> str:
    kind = {"brick": "民事判决书", "berry": "裁决书", "mutton": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司经理。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    officers = [("执 行 长", c.extra["head"]), ("执 行 员", c.officer), ("书 记 员", c.clerk)]
    staff = [("执 行 员", c.officer), ("书 记 员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_name(c)}一案，本院经审查认为符合受理条件，"
                  f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案承办人：执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "申请执行人应当向本院提供其所了解的被执行人的财产状况或线索；通讯地址、收款账户变更的，应当及时书面告知本院。"
                  "案件办理进度可登录“辽宁法院诉讼服务网”或通过“移动微法院”查询。"),
            ("p", "特此通知。"),
        ], day=d, duplex=False)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，执行标的额{money(c.amount)}。依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，"
                  f"应交纳申请执行费人民币{c.extra['fee']}元。"),
            ("p", "申请执行费可由申请执行人预交，执行中由被执行人负担，本院在执行款中一并收取后退还预交人。"),
            ("p", "请于收到本通知之日起七日内，凭辽宁省政府非税收入缴款通知书到代收银行交纳，或扫码缴纳。"),
        ], day=d, duplex=False)
    if code == "enforcement_notice":
        return _enforcement_notice(c, rng, d, staff)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院立案执行的{case}，{_you(r)}未按执行通知书的要求履行生效法律文书确定的义务。依照{LAW}第二百五十二条和"
                  "《最高人民法院关于民事执行中财产调查若干问题的规定》第三条至第五条的规定，责令"
                  f"{_you(r)}在收到本令后五日内，如实填写所附财产申报表，向本院报告当前以及收到执行通知之日前一年的下列财产情况："),
            ("p", "（一）收入、银行存款、现金、理财产品、有价证券；（二）土地使用权、房屋等不动产；（三）交通运输工具、机器设备、"
                  "产品、原材料等动产；（四）债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；（五）其他应当报告的财产。"),
            ("p", "报告期间或报告后财产发生变动，影响申请执行人债权实现的，应当自变动之日起十日内向本院补充报告。"),
            ("p", f"{_you(r)}拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重对{_you(r)}或者{_you(r)}的法定代理人、"
                  "有关单位的主要负责人或者直接责任人员予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
            ("n", "附：财产申报表一份。"),
        ], signers=staff, day=d, checked=True)
    if code == "enforcement_ruling":
        return _enforcement_ruling(c, rng, d, officers)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "brick":
            how = (f"本院依法冻结被执行人在{c.extra['r_bank']}的账户后，被执行人于{cn_date(c.extra['pay_day'])}将全部执行款"
                   "交至本院执行款专户，本院已解除冻结")
        else:
            how = (f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已于"
                   f"{cn_date(c.extra['pay_day'])}按协议付清全部款项")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。执行款已于{cn_date(made_on(c, 'payment_voucher'))}发放至你方指定的{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的义务已经全部履行完毕。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款"
                  "第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d, duplex=False)
    if code == "termination_this_round_ruling":
        return _ttr_ruling(c, rng, d, officers)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费的被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人"
                  f"{r.name}及其法定代表人{r.legal_rep}采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
            ("p", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
            ("p", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
            ("p", "（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
            ("p", "（五）购买非经营必需车辆；"),
            ("p", "（六）旅游、度假；"),
            ("p", "（七）子女就读高收费私立学校；"),
            ("p", "（八）支付高额保费购买保险理财产品；"),
            ("p", "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被执行人如因经营必需而进行本令禁止的消费活动的，应当向本院提出申请，获批准后方可进行。"),
            ("p", "被执行人违反本令的，经查证属实，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, checked=True)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            *party_lines("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不向本院报告财产状况。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项和第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), signers=officers, day=d, checked=True)
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


def _enforcement_notice(c: CaseCtx, rng: random.Random, d: date, staff: list[tuple[str, str]]) -> list[Sheet]:
    """执行通知书 with its second page: the 权利义务告知 the bureau prints on every notice it sends."""
    a, r = c.applicant, c.respondent
    return court_paper(c, rng, "执行通知书", [
        ("to", f"{r.name}："),
        ("p", f"{a.name}申请执行{basis_name(c)}一案，本院于{cn_date(c.filed_on)}依法立案执行。依照{LAW}第二百五十一条、"
              f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
        ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
        ("p", "二、加倍支付迟延履行期间的债务利息；"),
        ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
        ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可依法对{_you(r)}采取限制消费、纳入失信被执行人名单、限制出境、"
              "在征信系统记录、通过媒体公布不履行义务信息等措施。"),
        ("c", "权利义务告知"),
        ("p", "一、被执行人应当在收到执行通知书之日起，如实向本院报告财产情况，不得隐匿、转移、变卖、毁损财产。"),
        ("p", "二、被执行人可以与申请执行人自愿达成和解协议；和解协议应当提交本院附卷。不履行和解协议的，申请执行人可以申请"
              "恢复执行原生效法律文书。"),
        ("p", "三、当事人、利害关系人认为执行行为违反法律规定的，可以依照民事诉讼法第二百三十六条的规定向本院提出书面异议。"),
        ("p", "四、执行款项应当交至本院执行款专户，不得私下交付执行人员。执行人员不得接受当事人吃请、收受财物。"
              "举报电话：" + c.court.phone[:-4] + "1100。"),
        ("p", "五、本院执行款专户：户名辽宁省本溪市平山区人民法院，开户行中国银行本溪平山支行，汇款时请注明案号。"),
    ], signers=staff, day=d, checked=True)


def _enforcement_ruling(c: CaseCtx, rng: random.Random, d: date, officers: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "brick":
        order = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}（账号{c.extra['r_acct']}）的存款{money(c.amount)}"
                 "及迟延履行期间的债务利息、申请执行费。")
    else:
        order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其相应价值的财产。"
    return court_paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        *party_lines("被执行人", r),
        ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。本院于{cn_date(made_on(c, 'enforcement_notice'))}"
              f"向被执行人送达执行通知书、报告财产令，被执行人未在指定期间内履行义务，亦未报告财产。"),
        ("p", f"依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条和《最高人民法院关于人民法院民事执行中查封、扣押、冻结"
              "财产的规定》第一条的规定，裁定如下："),
        ("p", order),
        ("p", "冻结期限为一年，续行冻结的，应当在期限届满前办理。"),
        ("p", "本裁定立即执行。"),
    ], signers=officers, day=d, checked=True)


def _ttr_ruling(c: CaseCtx, rng: random.Random, d: date, officers: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return court_paper(c, rng, "执行裁定书", [
        *party_lines("申请执行人", a),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        *party_lines("被执行人", r),
        ("p", f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，{basis_name(c)}已经发生法律效力。被执行人未履行裁决确定的"
              f"义务，申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案执行，执行标的{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控系统查询了被执行人名下的"
              "银行存款、车辆、不动产、证券、网络资金、股权等财产，均无可供执行的财产；于"
              f"{cn_date(made_on(c, 'investigation_record'))}到被执行人住所地及其原租用的仓库实地调查，被执行人已停止经营，"
              "仓库已由出租人收回，未发现可供执行的财产。"),
        ("p", f"本院已于{cn_date(made_on(c, 'consumption_restriction_order'))}对被执行人及其法定代表人{r.legal_rep}采取限制消费措施，"
              "并将被执行人纳入失信被执行人名单。"),
        ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人，告知其财产调查情况及拟终结本次执行程序的"
              "理由，申请执行人表示暂无其他财产线索，对终结本次执行程序无异议。"),
        ("p", f"本院认为，本案已穷尽财产调查措施，被执行人暂无财产可供执行。依照{LAW}第一百五十七条第一款第十一项，"
              "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条，《最高人民法院关于严格规范终结本次执行"
              "程序的规定（试行）》第一条的规定，裁定如下："),
        ("p", f"终结本次执行程序。（本案尚未执行到位金额{money(c.amount)}）"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。申请恢复执行不受申请执行时效期间的限制。"
              "终结本次执行程序后，被执行人应当继续履行生效法律文书确定的义务，限制消费措施继续有效。"),
        ("p", "本裁定送达后即发生法律效力。"),
    ], signers=officers, day=d, checked=True)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["中国工商银行本溪平山支行", "本溪农村商业银行平山支行"])
    if tale(c) == "brick":
        ask = (f"一、冻结被执行人{r.name}在你行开立的账户（账号{c.extra['r_acct']}）内存款{money(c.amount)}，冻结期限一年；"
               "二、冻结款项经本院另行通知后划至本院执行款专户。")
    else:
        ask = f"冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(c.amount)}为限，冻结期限一年。"
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d, duplex=False)
    s = sheets[-1]
    y = s.height - mm(66)
    for x in range(LEFT, s.width - RIGHT, 26):
        s.line(x, y, x + 12, y, width=2)
    s.text(LEFT, y - 38, "（沿此线剪下）", font("sans", 24))
    s.centred(y + 24, "协助执行回执", font("hei", 44), spacing=20)
    s.text(LEFT, y + 96, f"{COURT}：", body(36))
    s.text(LEFT + mm(9), y + 148, f"你院{c.number}协助执行通知书已收到，已按要求办理完毕。", body(36))
    s.text(s.width - RIGHT - mm(92), y + 214, "协助执行单位（盖章）　　年　月　日", body(34))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    y = form_title(s, "传　票")
    s.right(s.width - RIGHT, y, c.number, body(36))
    y += 70
    w = s.width - LEFT - RIGHT
    rows = [["案　由", c.extra["cause"] + "（执行）"], ["被传唤人", f"{r.name}　法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行询问，报告财产，说明未履行生效法律文书的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=8))}下午14时00分"], ["应到处所", "本院执行局第二询问室（解放北路院区三楼）"]]
    cells = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, heights=mm(17), size=36)
    y = cells[-1][0][3] + 46
    for k, t in enumerate(["注意：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                           "二、被执行人经依法传唤无正当理由拒不到场的，本院可以依法拘传。",
                           "三、被传唤人收到本传票后，应在送达回证上签名或者盖章。"]):
        s.text(LEFT + (0 if k == 0 else mm(5)), y, t, body(33))
        y += 54
    y += 50
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(12), y, when, body(40))
    seal(s, s.width - RIGHT - mm(12) - body(40).getlength(when) / 2, y + 16, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 140, f"执行员：{c.officer}　书记员：{c.clerk}　联系电话：{c.court.phone}", body(33))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是平山区人民法院执行局的执行人员（出示执行公务证），依法对被执行人的经营场所和财产情况进行调查，"
               "请你如实回答，听明白了吗？"),
        ("答", "明白。"),
        ("问", "你和被执行人是什么关系？"),
        ("答", "我是这个仓库的房东，被执行人前年租了我这个库房存放药材。"),
        ("问", "被执行人现在是否还在这里经营？"),
        ("答", "去年秋天就不干了，库里的五味子、人参都拉走了，人也找不着，房租还欠我两个季度。"),
        ("问", "库房里现在还有被执行人的什么东西？"),
        ("答", "就剩两台旧烘干机和几十个空麻袋，烘干机是他们抵房租给我的，有协议。"),
        ("问", "被执行人有没有车辆？"),
        ("答", "原来有一台拉货的轻卡，听说年初卖到桓仁去了。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是平山区人民法院执行局的工作人员，今天约你来，是告知你本案的执行情况并听取你的意见，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "本院已通过网络执行查控系统查询被执行人的银行存款、车辆、不动产、证券、网络资金和股权，均未发现可供执行的财产；"
               "到被执行人住所地和仓库实地调查，该公司已停止经营，仓库已被出租人收回。你对以上查控结果有无异议？"),
        ("答", "没有异议。我去年也去过他们库房，早就空了。"),
        ("问", "你提供的被执行人有一台轻型货车的线索，本院已查询，该车已于今年一月过户给他人。你能否提供其他财产线索？"),
        ("答", "暂时提供不了。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。本案暂无财产可供执行，本院拟终结本次"
               "执行程序，你有什么意见？"),
        ("答", "同意。等发现了他们的财产，我再申请恢复执行。"),
        ("问", "终结本次执行程序后，你发现被执行人有可供执行的财产，可以随时申请恢复执行，不受申请执行时效的限制。"
               "你还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """笔录 typed on the bureau's template: a ruled head (time, place, who) and 问/答 in serif; the person heard signs
    by hand at the foot of every page. Printed double-sided, tumble, like every long paper of the bureau."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    s = Sheet()
    y = head(s, title)
    w = s.width - LEFT - RIGHT
    place = "本院执行局第二谈话室" if interview else f"{c.respondent.address}被执行人原租用仓库"
    rows = [["时　间", f"{num_date(d)}　{rng.choice([9, 10, 14])}时{rng.choice(['00', '20', '30'])}分"],
            ["地　点", place], ["执行人员", f"{c.officer}、{person_name(rng)}", "记录人", c.clerk],
            ["被谈话人" if interview else "被调查人",
             f"{who}，申请执行人" if interview else f"{who}，仓库出租人", "案　号", c.number]]
    cells = grid(s, LEFT, y, [mm(28), mm(70), mm(22), w - mm(120)], rows, heights=mm(14), labels=(0, 2), size=32)
    pen = Pen([s], cells[-1][0][3] + 44, number=c.number)
    f = body(40)
    signer = who

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(88), sh.height - FOOT + mm(2), "被询问人签名：", body(32))
        write(sh, sh.width - RIGHT - mm(42), sh.height - FOOT - mm(1), signer, rng, size=46, ink=(20, 20, 24))

    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, f, w - f.size * 2)):
            before = pen.s
            if pen.need(68):
                foot(before)
            if k == 0:
                pen.s.text(LEFT, pen.y, f"{tag}：", font("hei", 40))
            pen.s.text(LEFT + f.size * 2, pen.y, part, f)
            pen.y += 68
    before = pen.s
    if pen.need(160):
        foot(before)
    pen.s.text(LEFT, pen.y + 10, "（以上笔录已交被询问人阅看，确认无误。）", body(34))
    write(pen.s, LEFT + mm(6), pen.y + 74, "以上笔录我看过，和我说的相符。", rng, size=44, ink=(20, 20, 24))
    foot(pen.s)
    return tumble(folio(pen.sheets))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y, f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y, f"填表日期：{num_date(d)}", body(34))
    y += 64
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_name(c)],
            ["立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{done:,.2f}元"],
            ["结案方式", how], ["承办人意见", ""], ["执行长意见", ""], ["执行局长意见", ""]]
    hs = [mm(16)] * 5 + [mm(54), mm(34), mm(34)]
    cells = grid(s, LEFT, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, heights=hs, labels=(0, 2), size=33)
    view = ("已穷尽财产调查措施，被执行人无财产可供执行，已限制消费、纳入失信名单，约谈申请执行人无异议，拟终结本次执行程序。"
            if ttr else "被执行人已全部履行，执行款已发放申请执行人，拟以执行完毕结案。")
    box = cells[5][1]
    write(s, box[0] + mm(4), box[1] + mm(4), view, rng, size=38, per_line=21, lead=mm(7.5))
    write(s, box[2] - mm(66), box[3] - mm(10), f"{c.officer}　{d.month}月{d.day}日", rng, size=34)
    box = cells[6][1]
    write(s, box[0] + mm(4), box[1] + mm(5), "同意。", rng, size=42)
    write(s, box[2] - mm(60), box[3] - mm(11), f"{c.extra['head']}　{d.month}.{d.day}", rng, size=36)
    box = cells[7][1]
    write(s, box[0] + mm(4), box[1] + mm(5), f"同意以{how}方式结案。", rng, size=42, ink=(22, 22, 26))
    write(s, box[2] - mm(60), box[3] - mm(11), person_name(rng), rng, size=40, ink=(22, 22, 26))
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书（冻结、划拨）", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "payment_notice": "交纳申请执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def receipt_day(c: CaseCtx, served: list[str], rng: random.Random) -> date:
    return max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the form with its hand-filled cells; the date the addressee signed in its own cell."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = receipt_day(c, served, rng)
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    post = not to_applicant and rng.random() < 0.4
    rows = [["案　号", c.number], ["送达文书名称和件数", papers], ["受送达人", who.name], ["送达地址", who.address],
            ["送达方式", "邮寄送达（EMS）" if post else "直接送达"], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达人", ""], ["备　考", ""]]
    hs = [mm(15), mm(26), mm(15), mm(18), mm(15), mm(34), mm(16), mm(18), mm(16), mm(26)]
    cells = grid(s, LEFT, y, [mm(50), w - mm(50)], rows, heights=hs, size=35)
    val = [row[1] for row in cells]
    sign = (who.legal_rep if who.kind == "organisation" else who.name) if not to_applicant else c.agent
    write(s, val[5][0] + mm(16), val[5][1] + mm(10), sign, rng, size=54, ink=(24, 24, 30))
    if who.kind == "organisation" and not to_applicant:
        seal(s, val[5][2] - mm(22), val[5][1] + mm(15), who.name, rng, radius=mm(14))
    write(s, val[6][0] + mm(8), val[6][1] + mm(3), num_date(when), rng, size=40, ink=(24, 24, 30))
    write(s, val[8][0] + mm(8), val[8][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    if post:
        write(s, val[9][0] + mm(6), val[9][1] + mm(6), f"EMS单号1{rng.randint(10**11, 10**12 - 1)}，本人签收", rng, size=36)
    seal(s, val[6][0] + mm(55), val[6][1] + mm(6), COURT, rng, radius=mm(17))
    s.text(LEFT, cells[-1][0][3] + 26, "注：受送达人拒绝签收的，送达人应当在备考栏内记明拒收事由和日期，并签名。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗封面 on buff card: the court's name, a big 执行案卷, the particulars in a framed table filled by hand, and
    the 全宗号/年度/卷号 strip along the foot."""
    s = Sheet(paper=(240, 232, 208))
    s.centred(mm(34), COURT, font("serif_bold", 60), spacing=8)
    s.centred(mm(58), "执 行 案 卷", font("hei", 118), spacing=24)
    s.centred(mm(92), "（正卷）", font("sans", 40))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被 执 行 人", c.respondent.name), ("执行依据", basis_name(c).removeprefix(c.basis_court)), ("执行标的", f"{c.amount:,.2f}元"),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
            ("结案方式", "终结本次执行程序" if ttr else "执行完毕"), ("承办人", c.officer), ("书记员", c.clerk),
            ("归档日期", num_date(d)), ("保管期限", "长期"), ("本卷页数", f"共{rng.randint(46, 68)}页")]
    cells = grid(s, LEFT, mm(106), [mm(42), w - mm(42)], [[k, ""] for k, _ in rows], heights=mm(10.4), size=34)
    for (_k, v), row in zip(rows, cells, strict=True):
        write(s, row[1][0] + mm(4), row[1][1] + mm(2), v, rng, size=36 if len(v) < 26 else 30, ink=(20, 20, 24))
    y = s.height - mm(38)
    strip = [["全宗号", "年度", "目录号", "案卷号"], ["", "", "", ""]]
    cw = (w - mm(40)) / 4
    cells = grid(s, LEFT + mm(20), y, [cw] * 4, strip, heights=[mm(9), mm(11)], labels=(0, 1, 2, 3), size=28)
    for k, v in enumerate(("0502", str(c.closed_on.year), "Z" + str(rng.randint(1, 9)), str(rng.randint(100, 999)))):
        write(s, cells[1][k][0] + mm(8), cells[1][k][1] + mm(1.5), v, rng, size=34, ink=(20, 20, 24))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    ttr = c.method == "terminated_this_round"
    items = ["执行申请书", "民事判决书", "生效证明书", "财产线索提供表", "申请执行费缴款凭证", "申请执行人营业执照及法定代表人身份证明",
             "被执行人营业执照", "授权委托书", "律师事务所函", "律师执业证复印件", "收取执行案款确认书", "送达地址确认书",
             "受理执行案件通知书", "交纳申请执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络执行查控反馈结果",
             "执行裁定书（冻结、划拨）", "协助执行通知书", "案款发放凭证", "结案通知书", "结案审批表", "送达回证"]
    if ttr:
        items = [*items[:20], "传票", "限制消费令", "决定书（失信）", "调查笔录", "谈话笔录", "执行裁定书（终本）",
                 "结案审批表", "送达回证"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y, f"{COURT}　{c.number}", body(32))
    y += 56
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文件材料题名", "日期", "页号"]]
    page = 1
    for i, name in enumerate(items, 1):
        span = 3 if name == "民事判决书" else 2 if name in ("执行申请书", "执行通知书", "执行裁定书（冻结、划拨）",
                                                        "网络执行查控反馈结果", "报告财产令") else 1
        rows.append([str(i), name, "", f"{page}" if span == 1 else f"{page}-{page + span - 1}"])
        page += span
    cells = grid(s, LEFT, y, [mm(20), w - mm(74), mm(30), mm(24)], rows, heights=mm(7.6), labels=(0, 3), size=27)
    for row in cells[1:]:
        write(s, row[2][0] + mm(2), row[2][1] + mm(0.6), f"{c.filed_on.month:02d}{rng.randint(1, 28):02d}", rng, size=26,
              ink=(24, 24, 30))
    write(s, LEFT, s.height - mm(26), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["立案材料齐全，执行依据为生效法律文书原件或核对无异的复印件", "执行通知书、报告财产令已送达，回证齐全",
              "执行措施有相应法律文书及送达回证", "执行款收取、发放手续完备，有收款确认", "结案方式适当，结案审批手续完备",
              "卷内文书排列有序，页码连续", "卷内目录、备考表填写完整，无空白项", "电子卷宗已随案同步生成并上传"]
    rows = [["案　号", c.number], ["承办人", c.officer, "书记员", c.clerk], ["结案日期", num_date(c.closed_on), "归档日期", num_date(d)]]
    top = grid(s, LEFT, y, [mm(30), mm(60), mm(30), w - mm(120)], rows, heights=mm(14), labels=(0, 2), size=32)
    y = top[-1][0][3]
    cells = grid(s, LEFT, y, [w - mm(40), mm(40)], [["复核项目", "结论"], *[[p, ""] for p in points]],
                 heights=mm(14.5), labels=(1,), size=31)
    for row in cells[1:]:
        write(s, row[1][0] + mm(7), row[1][1] + mm(3), "符合" if rng.random() < 0.85 else "√ 符合", rng, size=38)
    y = cells[-1][0][3]
    cells = grid(s, LEFT, y, [mm(30), w - mm(30)], [["复核意见", ""], ["复核人", ""]], heights=[mm(34), mm(16)], size=32)
    write(s, cells[-2][1][0] + mm(5), cells[-2][1][1] + mm(8), "经复核，卷内材料齐全，同意归档。", rng, size=42)
    write(s, cells[-1][1][0] + mm(5), cells[-1][1][1] + mm(2), f"{c.officer}（承办人）　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="")
    s.text(LEFT, y, f"案号：{c.number}", body(34))
    y += 60
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=4)
    s.text(LEFT + mm(6), y + mm(7), "本卷情况说明", font("hei", 40))
    pages = rng.randint(46, 68)
    yy = write(s, LEFT + mm(14), y + mm(22), f"本卷共有文件材料{pages}页，其中文字材料{pages}页，图样材料0页，照片0张。", rng,
               size=42, per_line=19, lead=mm(11))
    write(s, LEFT + mm(14), yy, "执行款已全部发放，无遗留事项。本卷双面打印的文书按张逐面扫描。", rng, size=42,
          per_line=19, lead=mm(11))
    base = s.height - mm(104)
    for k, (label, val) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(LEFT + mm(92), base + k * mm(18), label, body(40))
        write(s, LEFT + mm(92) + body(40).getlength(label), base + k * mm(18) - 6, val, rng, size=44)
    return [s]

