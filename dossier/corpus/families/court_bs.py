"""court_bs (内蒙古自治区包头市昆都仑区人民法院, held out): the steel and rare-earth district of 包头 — 包钢's works,
稀土高新区 suppliers, 羊绒 mills. The bureau's own papers carry the bilingual (Mongolian) head (court_bs_kit); papers
received from parties, banks and the 中院 are drawn in their authors' styles (court_bs_papers). The undertaker
photographs every sheet with a phone in a cold office (court_bs_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, id_number, money_caps, person_name
from dossier.corpus.draw import RED, Block, Sheet, hand, mm, seal, signature
from dossier.corpus.families.court_bs_kit import (
    BODY,
    COURT,
    LEFT,
    LINE,
    MIDDLE,
    RIGHT,
    TOP,
    court_head,
    fangsong,
    grid,
    room,
    sheets_for,
    sign_off,
    yuan,
)
from dossier.corpus.families.court_bs_papers import RECEIVED, render_paper
from dossier.corpus.fonts import font

RARE_SEQ, STEEL_SEQ, CASHMERE_SEQ = 47011, 47126, 47238
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "termination_this_round_ruling", "service_receipt", "investigation_record",
    "interview_record", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "payment_voucher",
    "online_inquiry_result", "effectiveness_certificate", "settlement_agreement",
})
CODES = OWN | RECEIVED
LAW = "《中华人民共和国民事诉讼法》"
TITLES = {
    "acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
    "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书", "summons": "传票",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书", "closing_notice": "结案通知书",
    "payment_notice": "缴款通知书", "assistance_notice": "协助执行通知书", "resumption_ruling": "执行裁定书",
}
BILINGUAL = frozenset({"acceptance_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
                       "termination_this_round_ruling", "consumption_restriction_order", "dishonest_list_decision",
                       "closing_notice"})
"""the bureau's formal papers, printed from the template with the court's Mongolian name; its slips and letters
to banks (缴款通知书, 协助执行通知书, 传票, 送达回证) come from the older, Chinese-only templates"""
SERVED_NAMES = {**TITLES, "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
                "enforcement_ruling": "执行裁定书（冻结、扣划）", "dishonest_list_decision": "纳入失信被执行人名单决定书"}


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """包头 parties and bases. RARE_SEQ: a 稀土 materials supplier's judgment of this court against a 磁材 maker,
    paid from its frozen deposit; STEEL_SEQ: a steel trader's 包头中院 二审 judgment against a builder, ended 终本;
    CASHMERE_SEQ: a herder's 羊绒 debt confirmed by this court's 司法确认 ruling, paid in two instalments."""
    seq = int(c.number.rsplit("执", 1)[1].rstrip("号"))
    story = {RARE_SEQ: "rare", STEEL_SEQ: "steel"}.get(seq, "cashmere")
    c.extra["story"] = story
    region = "150203"
    street = rng.choice(["钢铁大街", "阿尔丁大街", "林荫路", "团结大街", "友谊大街"])
    c.extra["resp_bank"] = rng.choice(["中国工商银行包头昆都仑支行", "包商银行昆区支行", "中国建设银行包头钢铁大街支行",
                                       "内蒙古银行包头分行营业部"])
    c.extra["resp_acct"] = f"0603{rng.randint(10**14, 10**15 - 1)}"
    c.extra["app_bank"] = rng.choice(["中国农业银行包头青山支行", "包头农商银行昆区支行", "中国银行包头分行"])
    c.extra["app_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.firm = rng.choice(["内蒙古鹿城律师事务所", "内蒙古钢城正信律师事务所", "内蒙古北疆明德律师事务所"])
    c.extra["lic"] = f"11502{rng.randint(2005, 2019)}1{rng.randint(1000000, 9999999)}"
    c.extra["trial_judge"] = person_name(rng)
    if story == "rare":
        c.amount = Decimal(rng.randint(120000000, 480000000)) / 100
        c.applicant = Party(f"包头{rng.choice(['瑞鑫', '华美', '金蒙'])}稀土新材料有限公司", "organisation",
                            credit_code(rng, region), f"内蒙古自治区包头市稀土高新区{rng.choice(['黄河大街', '希望路'])}"
                            f"{rng.randint(10, 99)}号", f"0472-5{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"包头{rng.choice(['昆钢', '宏磁', '北方永磁'])}磁材科技有限公司", "organisation",
                             credit_code(rng, region), f"内蒙古自治区包头市昆都仑区{street}{rng.randint(10, 200)}号",
                             f"0472-2{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）内0203民初{rng.randint(2000, 8999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = f"氧化镨钕{rng.randint(2, 9)}.{rng.randint(1, 9)}吨及金属镨钕{rng.randint(1, 3)}吨"
    elif story == "steel":
        c.amount = Decimal(rng.randint(60000000, 260000000)) / 100
        c.applicant = Party(f"包头市{rng.choice(['钢联', '昆钢兴业', '北方钢贸'])}物资有限公司", "organisation",
                            credit_code(rng, region), f"内蒙古自治区包头市昆都仑区{street}{rng.randint(10, 200)}号",
                            f"0472-2{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"内蒙古{rng.choice(['塞北', '鹿城', '阴山'])}建筑工程有限公司", "organisation",
                             credit_code(rng, "150204"), f"内蒙古自治区包头市青山区{rng.choice(['青年路', '文化路'])}"
                             f"{rng.randint(10, 99)}号", f"0472-3{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.basis_court = MIDDLE
        c.basis_number = f"（2023）内02民终{rng.randint(1000, 4999)}号"
        c.extra["first"] = f"（2023）内0203民初{rng.randint(1000, 6999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = f"螺纹钢HRB400E共{rng.randint(300, 900)}吨"
    else:
        born = date(rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.amount = Decimal(rng.randint(18000000, 56000000)) / 100
        c.applicant = Party(person_name(rng), "person", id_number(rng, "150223", born),
                            f"内蒙古自治区包头市达尔罕茂明安联合旗{rng.choice(['百灵庙镇', '满都拉镇', '希拉穆仁镇'])}"
                            f"{rng.choice(['巴音', '乌兰', '查干'])}嘎查", f"15{rng.randint(100000000, 999999999)}",
                            born=born, sex="男")
        c.respondent = Party(f"包头市{rng.choice(['鹿王', '草原鹿', '银河'])}羊绒制品有限公司", "organisation",
                             credit_code(rng, region), f"内蒙古自治区包头市昆都仑区{street}{rng.randint(10, 200)}号",
                             f"0472-2{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）内0203民特{rng.randint(100, 899)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = f"无毛白山羊绒原绒{rng.randint(1200, 4800)}公斤"
        c.extra["committee"] = f"昆都仑区{rng.choice(['友谊', '少先', '阿尔丁'])}街道人民调解委员会"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 120))
    c.extra["pay_day"] = c.day(rng.randint(38, 52))
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 50)) if story != "cashmere" else Decimal(0)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return render_paper(code, c, rng, served)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return _archive(code, c, rng)
    if code in ("closing_approval_form", "service_receipt", "investigation_record", "interview_record",
                "online_inquiry_result", "payment_voucher", "settlement_agreement", "effectiveness_certificate"):
        return {"closing_approval_form": _approval, "investigation_record": _record, "interview_record": _record,
                "online_inquiry_result": _inquiry, "payment_voucher": _voucher,
                "settlement_agreement": _settlement, "effectiveness_certificate": _certificate,
                "service_receipt": _receipt}[code](code, c, rng, served)
    return _paper(code, c, rng, served)


def _basis(c: CaseCtx) -> str:
    kind = "民事裁定书" if c.extra["story"] == "cashmere" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _ruling_of_this_round(c: CaseCtx) -> list[Block]:
    return [("p", f"本院在执行{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案中，{_basis(c)}已经发生法律效力。"
             f"申请执行人于{cn_date(c.filed_on)}向本院申请执行，本院依法立案执行，执行标的{yuan(c.amount)}元及迟延履行期间"
             "的债务利息。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未如实报告财产。本院通过"
             "网络执行查控系统对被执行人名下的存款、车辆、不动产、证券、网络资金等财产进行了查询，均未发现可供执行的财产；"
             "对申请执行人提供的“被执行人在九原区工地尚有应收工程款”的线索进行了调查核实，未能查实；本院已对被执行人"
             "发出限制消费令，并将其纳入失信被执行人名单。本院已将执行情况告知申请执行人，申请执行人对终结本次执行程序"
             "无异议。"),
            ("p", f"本院认为，被执行人暂无可供执行的财产。依照{LAW}第一百五十七条第一款第十一项、《最高人民法院关于适用〈中华"
             "人民共和国民事诉讼法〉的解释》第五百一十七条规定，裁定如下："),
            ("p", f"终结{c.basis_number}民事判决书的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。")]


def _paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The bureau's notices, orders and rulings: bilingual red head, 仿宋 body, officers and seal."""
    s = Sheet()
    number = c.number
    y = court_head(s, COURT, TITLES[code], number, rng, bilingual=code in BILINGUAL)
    a, r = c.applicant, c.respondent
    blocks: list[Block]
    if code == "acceptance_notice":
        blocks = [("f", f"{a.name}："),
                  ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，依据的{_basis(c)}，本院经审查符合立案条件，"
                   f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
                  ("p", f"本案由执行二庭承办，承办人{c.officer}，联系电话{c.court.phone}。请你（单位）在立案后及时提供被执行人的"
                   "财产线索；收取案款的账户如有变更，应当书面告知本院。"),
                  ("p", "执行案件在立案之日起六个月内执结；被执行人确无财产可供执行的，本院将依法终结本次执行程序。")]
    elif code == "payment_notice":
        blocks = [("f", f"{a.name}："), ("p", f"你（单位）申请执行{r.name}一案，应预交申请执行费{yuan(c.extra['fee'])}元，"
                  "该费用由被执行人负担，执行到位后从执行款中优先扣还。请于七日内通过内蒙古法院电子缴费平台或本院"
                  "诉讼服务中心缴纳。"),
                  ("f", f"收款单位：内蒙古自治区包头市昆都仑区人民法院　开户行：{c.extra['app_bank']}")]
    elif code == "enforcement_notice":
        blocks = [("f", f"{r.name}："),
                  ("p", f"{a.name}与你单位{c.extra['cause']}一案，{_basis(c)}已经发生法律效力。申请执行人于{cn_date(c.filed_on)}"
                   "向本院申请执行，本院依法立案。依照" + LAW + "第二百四十七条、第二百六十条规定，责令你单位自收到本通知之日起"
                   "立即履行下列义务："),
                  ("p", f"一、支付申请执行人{c.extra['goods']}货款及利息共计{yuan(c.amount)}元；"),
                  ("p", "二、加倍支付迟延履行期间的债务利息；"), ("p", f"三、负担申请执行费{yuan(c.extra['fee'])}元。"),
                  ("p", "逾期不履行的，本院将依法强制执行，并可对你单位采取限制消费、纳入失信被执行人名单等措施。")]
    elif code == "property_report_order":
        blocks = [("f", f"{r.name}："),
                  ("p", f"本院立案执行的{c.number}案件，依照{LAW}第二百五十二条规定，责令你单位在收到本令后五日内，如实向本院"
                   "报告当前以及收到执行通知之日前一年的财产情况（包括银行存款、应收账款、车辆、不动产、股权、库存货物等）。"),
                  ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重对你单位或者主要负责人予以罚款、拘留；构成犯罪的，依法追究"
                   "刑事责任。"), ("f", "附：财产申报表一份")]
    elif code == "enforcement_ruling":
        if c.extra["story"] == "steel":
            order = [("p", f"冻结、划拨被执行人{r.name}在金融机构的存款{yuan(c.amount)}元，或者查封、扣押、冻结其相应价值的财产。")]
        else:
            order = [("p", f"一、冻结被执行人{r.name}在{c.extra['resp_bank']}账户（账号{c.extra['resp_acct']}）内的存款"
                      f"{yuan(c.amount + c.extra['fee'])}元；"),
                     ("p", "二、扣划上述冻结款项至本院执行款专户。")]
        blocks = [("f", f"申请执行人：{a.name}，住所地{a.address}。"),
                  ("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
                  ("p", f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，因被执行人未按执行通知履行{_basis(c)}确定的义务，"
                   f"依照{LAW}第二百四十九条、第二百五十条规定，裁定如下："), *order,
                  ("p", "本裁定立即执行。")]
    elif code == "assistance_notice":
        bank = c.extra["resp_bank"] if c.extra["story"] != "steel" else "包头市不动产登记中心"
        freeze = "freeze" in served
        act = (f"{'冻结' if freeze else '扣划'}被执行人{r.name}账户（{c.extra['resp_acct']}）内存款{yuan(c.amount + c.extra['fee'])}元"
               + ("，冻结期限一年" if freeze else "至本院执行款专户") if c.extra["story"] != "steel" else f"查询并协助冻结被执行人{r.name}名下的不动产登记信息")
        blocks = [("f", f"{bank}："), ("p", f"关于{a.name}与{r.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已发生"
                  f"法律效力。依照{LAW}第二百四十九条规定，请协助执行下列事项："), ("p", act + "。"),
                  ("f", "附：执行裁定书一份"), ("f", f"执行人员：{c.officer}、{c.clerk}（均持执行公务证）")]
    elif code == "summons":
        blocks = [("f", f"案　　号：{c.number}"), ("f", "案　　由：买卖合同纠纷执行"),
                  ("f", f"被传唤人：{r.name}法定代表人{r.legal_rep}"), ("f", f"工作单位或者住址：{r.address}"),
                  ("f", "传唤事由：接受执行询问，报告财产"), ("f", f"应到时间：{cn_date(c.day(30))}上午9时00分"),
                  ("f", "应到处所：本院执行局三楼第六谈话室"),
                  ("p", "注意事项：被传唤人必须准时到达，无正当理由拒不到场的，本院可依法拘传。")]
    elif code == "consumption_restriction_order":
        blocks = [("f", f"被执行人：{r.name}，法定代表人{r.legal_rep}。"),
                  ("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}申请执行你单位{c.extra['cause']}一案。因你单位未按"
                   "执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的"
                   "若干规定》第一条、第三条规定，对你单位及你单位法定代表人" + r.legal_rep + "采取限制消费措施，不得实施"
                   "乘坐飞机、列车软卧、G字头动车组列车一等以上座位，在星级以上宾馆消费，购买不动产等高消费及非生活和工作"
                   "必需的消费行为。"), ("p", "如违反本限制消费令，经查证属实的，本院将依法予以拘留、罚款；情节严重构成犯罪的，"
                   "依法追究刑事责任。")]
    elif code == "dishonest_list_decision":
        blocks = [("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}。"),
                  ("p", f"本院在执行{a.name}申请执行{r.name}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务，"
                   "依照" + LAW + "第二百六十二条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项规定，"
                   "决定如下："), ("p", f"将{r.name}纳入失信被执行人名单，期限二年。"), ("p", "本决定一经作出即生效。")]
    elif code == "termination_this_round_ruling":
        blocks = [("f", f"申请执行人：{a.name}。"), ("f", f"被执行人：{r.name}。"), *_ruling_of_this_round(c)]
    else:  # closing_notice
        blocks = [("f", f"{a.name}："), ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，本院已执行完毕，执行款"
                  f"{yuan(c.amount)}元已于{cn_date(c.extra['pay_day'])}发放至你（单位）指定账户。依照《最高人民法院关于执行案件"
                  "立案、结案若干问题的意见》第十五条规定，本案以执行完毕方式结案。"), ("p", "特此通知。")]
    sheets = sheets_for(blocks, s, y)
    roles = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)] if code.endswith("ruling") else []
    last, yb = room(sheets, LINE * len(roles) + 200)
    if roles:
        sign_off(last, yb, roles, cn_date(c.day(rng.randint(4, 60))), COURT, rng)
    else:
        f = fangsong(BODY)
        last.right(RIGHT - mm(6), yb + 20, cn_date(c.day(rng.randint(1, 6))), f)
        seal(last, RIGHT - mm(40), yb + 20, COURT, rng)
        if code in ("acceptance_notice", "enforcement_notice", "payment_notice"):
            last.text(LEFT, yb + 140, f"本院地址：{c.court.address}　联系电话：{c.court.phone}", fangsong(30))
    return sheets


def _approval(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, font("song_gb", 52), spacing=3)
    s.centred(TOP + 80, "执 行 案 件 结 案 审 批 表", font("hei", 62))
    method = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    f = fangsong(34)
    rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", _basis(c)], ["立案日期", cn_date(c.filed_on)], ["执行标的", f"{yuan(c.amount)}元"],
            ["实际执行到位", f"{yuan(c.amount) if c.method == 'fully_performed' else '0.00'}元"], ["结案方式", method],
            ["承办人意见", f"建议以{method}方式结案。　　{c.officer}"], ["执行局长意见", ""], ["备注", ""]]
    y = grid(s, LEFT, TOP + 190, [mm(38), RIGHT - LEFT - mm(38)], rows, f, rng,
             heights=[80] * 8 + [160, 200, 100], filled=set())
    hand(s, LEFT + mm(50), y - 260, "同意。", rng, size=52, ink=(20, 20, 20))
    signature(s, LEFT + mm(100), y - 200, c.judge, rng)
    hand(s, LEFT + mm(120), y - 150, f"{c.closed_on.month}.{c.closed_on.day}", rng, size=36, ink=(20, 20, 20))
    return [s]


def _receipt(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the court's grid; the served papers typed, the signature and date by hand."""
    s = Sheet()
    y = court_head(s, COURT, "送达回证", "", rng, bilingual=False, red=False)
    names = "、".join(SERVED_NAMES.get(x, x) for x in served) or "执行通知书"
    to = c.applicant.name if served and served[0] in ("acceptance_notice", "closing_notice") else c.respondent.name
    f = fangsong(34)
    rows = [["案　　由", f"{c.extra['cause']}执行"], ["案　　号", c.number], ["送达文书名称及件数", f"{names}各一份"],
            ["受送达人", to], ["送达地址", c.respondent.address if to == c.respondent.name else c.applicant.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达"], ["送达人", f"{c.officer}　{c.clerk}"],
            ["备　　注", ""]]
    yb = grid(s, LEFT, y + 10, [mm(48), RIGHT - LEFT - mm(48)], rows, f, rng,
              heights=[80, 80, 130, 80, 100, 170, 90, 80, 80, 120])
    sign_y = yb - 120 - 80 - 80 - 90 - 170 + 40
    signature(s, LEFT + mm(60), sign_y, c.respondent.legal_rep if to == c.respondent.name else c.agent, rng)
    day = c.day(rng.randint(3, 40))
    hand(s, LEFT + mm(110), sign_y + 60, f"{day.year}年{day.month}月{day.day}日", rng, size=36)
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """调查笔录 / 谈话笔录 on the bureau's lined record paper, questions and answers typed."""
    s = Sheet()
    title = "调 查 笔 录" if code == "investigation_record" else "谈 话 笔 录"
    s.centred(TOP, title, font("hei", 64))
    day = c.day(rng.randint(70, 110))
    head = [("f", f"时间：{cn_date(day)}{rng.randint(9, 15)}时{rng.choice(['05', '20', '40'])}分"),
            ("f", f"地点：{'包头市九原区' + rng.choice(['建华南路', '赛汗路']) + '某商住楼工地' if code == 'investigation_record' else '本院执行局谈话室'}"),
            ("f", f"调查人：{c.officer}　记录人：{c.clerk}")]
    if code == "investigation_record":
        qa = [("f", f"被调查人：{person_name(rng)}，该工地项目部负责人。"),
              ("f", "问：我们是昆都仑区法院执行人员，向你了解情况，你要如实回答，听清楚了吗？"), ("f", "答：听清楚了。"),
              ("f", f"问：{c.respondent.name}在本工地是否承包了工程，你方是否欠其工程款？"),
              ("f", "答：他们去年做过一段主体，早就结算完了，工程款付清了，后来又被总包清退，现在不欠他们钱。"),
              ("f", "问：有无结算单据？"), ("f", "答：有，可以复印给你们。（附结算单复印件两页）"),
              ("f", "问：工地上是否还存放该公司的钢材、设备？"), ("f", "答：没有，都拉走了。"),
              ("f", "（执行人员现场查看，未发现被执行人财产。）"), ("f", "以上笔录看过，属实。")]
    else:
        qa = [("f", f"被谈话人：{c.agent}，{c.firm}律师，申请执行人{c.applicant.name}的委托代理人。"),
              ("f", "问：今天约你来，告知本案执行情况。本院已通过网络查控系统查询被执行人的存款、车辆、房产、股权等，"),
              ("f", "均无可供执行财产；你方提供的九原区工地工程款线索经现场调查也未查实。你方还有无其他财产线索？"),
              ("f", "答：暂时没有新的线索了。"), ("f", "问：本院拟对本案终结本次执行程序，终本后限制消费和失信措施继续有效，"),
              ("f", "发现财产可以申请恢复执行，不受申请执行时效限制。你方有何意见？"),
              ("f", "答：同意终本，以后发现财产再申请恢复。"), ("f", "以上笔录看过，与我说的一致。")]
    sheets = sheets_for([*head, *qa], s, TOP + 120, size=36, line=62, footer=True)
    last, yb = room(sheets, 120)
    signature(last, LEFT + mm(90), yb, c.agent if code == "interview_record" else person_name(rng), rng)
    hand(last, LEFT + mm(20), yb + 10, "被调查人：" if code == "investigation_record" else "被谈话人：", rng, size=34,
         ink=(20, 20, 20), record=False)
    return sheets


def _inquiry(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The 网络执行查控系统 printout: a plain table, no seal, printed on the bureau's laser."""
    s = Sheet()
    f = font("sans", 28)
    s.text(LEFT - mm(8), mm(14), "内蒙古法院执行案件流程信息管理系统", font("sans", 24))
    s.centred(TOP, "网络执行查控结果（总对总）", font("sans_bold", 46))
    s.text(LEFT - mm(8), TOP + 80, f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", f)
    found = c.extra["story"] != "steel"
    rows = [["序号", "协助单位", "查询类别", "反馈结果", "反馈时间"]]
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "包商银行", "内蒙古银行",
             "公安部车辆信息", "自然资源部不动产", "中国证券登记结算", "支付宝（网商银行）", "财付通"]
    for k, u in enumerate(units):
        hit = found and c.extra["resp_bank"].startswith(u)
        res = f"账户{c.extra['resp_acct']}余额{yuan(c.amount * Decimal('1.4'))}元" if hit else (
            "无" if rng.random() < 0.7 else "未查询到账户")
        rows.append([str(k + 1), u, "存款" if k < 7 else "财产", res, str(c.day(rng.randint(2, 5)))])
    from dossier.corpus.draw import table
    table(s, LEFT - mm(8), TOP + 140, [mm(14), mm(46), mm(24), mm(56), mm(30)], rows, f, row_h=66, width=1)
    s.right(RIGHT + mm(8), mm(280), f"打印时间：{c.day(6)}　第1页", font("sans", 22))
    return [s]


def _voucher(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The court's 案款发放审批 slip with the bank's 电子回单 pasted below."""
    s = Sheet()
    s.centred(TOP, f"{COURT}", font("song_gb", 46))
    s.centred(TOP + 70, "执行案款发放审批表", font("hei", 56), spacing=6)
    f = fangsong(32)
    rows = [["案号", c.number, "承办人", c.officer], ["收款人", c.applicant.name, "开户行", c.extra["app_bank"]],
            ["收款账号", c.extra["app_acct"], "发放方式", "转账"],
            ["发放金额", f"￥{yuan(c.amount)}　大写{money_caps(c.amount)}"],
            ["款项来源", "扣划被执行人存款" if c.extra["story"] == "rare" else "被执行人分期交付"]]
    y = grid(s, LEFT, TOP + 170, [mm(28), mm(52), mm(26), RIGHT - LEFT - mm(106)], rows, f, rng,
             heights=[100, 100, 100, 120, 86])
    y += 60
    s.box(LEFT + mm(10), y, RIGHT - mm(10), y + mm(70), width=2)
    s.text(LEFT + mm(16), y + 20, f"{c.extra['app_bank'][:6]}　网上银行电子回单", font("sans_bold", 34))
    bf = font("sans", 28)
    yy = y + 80
    for line in ["付款人：内蒙古自治区包头市昆都仑区人民法院", f"收款人：{c.applicant.name}",
                 f"收款账号：{c.extra['app_acct']}", f"金额：￥{yuan(c.amount)}", f"交易日期：{c.extra['pay_day']}",
                 f"摘要：{c.number}案款"]:
        s.text(LEFT + mm(16), yy, line, bf)
        yy += 44
    seal(s, RIGHT - mm(50), y + mm(40), "电子回单专用章", rng, radius=mm(15))
    return [s]


def _settlement(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("hei", 64), spacing=10)
    half = (c.amount / 2).quantize(Decimal("0.01"))
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{c.applicant.name}，身份证号{c.applicant.id_number}"),
        ("f", f"乙方（被执行人）：{c.respondent.name}，法定代表人{c.respondent.legal_rep}"),
        ("p", f"{_basis(c)}确认的调解协议约定乙方支付甲方{c.extra['goods']}货款{yuan(c.amount)}元，乙方未按期支付。"
         f"执行中经{COURT}主持，双方自愿达成如下和解协议："),
        ("p", f"一、乙方于{cn_date(c.day(20))}前支付{yuan(half)}元，于{cn_date(c.day(45))}前支付{yuan(c.amount - half)}元，"
         "均交至法院执行款专户；"),
        ("p", "二、乙方按期付清后，甲方不再主张迟延履行利息；乙方任一期未按时支付的，甲方可申请恢复执行全部未付款项。"),
        ("p", "三、本协议一式三份，双方各执一份，交法院一份附卷。")]
    sheets = sheets_for(blocks, s, TOP + 140)
    last, yb = room(sheets, 220)
    yb += 30
    last.text(LEFT, yb, "甲方（签名）：", fangsong(BODY))
    signature(last, LEFT + mm(40), yb - 10, c.applicant.name, rng)
    last.text(LEFT + mm(85), yb, "乙方（盖章）：", fangsong(BODY))
    seal(last, LEFT + mm(112), yb + 40, c.respondent.name, rng)
    hand(last, LEFT, yb + 110, cn_date(c.day(12)), rng, size=36)
    return sheets


def _certificate(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """生效证明书 issued by the 包头中院 for its 二审 judgment."""
    s = Sheet()
    y = court_head(s, c.basis_court, "生效证明书", f"{c.basis_number}", rng, bilingual=True)
    blocks: list[Block] = [
        ("f", f"{c.applicant.name}："),
        ("p", f"上诉人{c.respondent.name}因与被上诉人{c.applicant.name}买卖合同纠纷一案，不服{COURT}{c.extra['first']}民事判决，"
         f"向本院提起上诉。本院作出的{c.basis_number}民事判决书为终审判决，已于{cn_date(c.basis_effective)}送达双方当事人，"
         "自送达之日起发生法律效力。"), ("p", "特此证明。")]
    sheets = sheets_for(blocks, s, y + 20)
    last, yb = room(sheets, 160)
    yb += 30
    last.right(RIGHT - mm(6), yb, cn_date(c.basis_effective + timedelta(days=rng.randint(20, 40))), fangsong(BODY))
    seal(last, RIGHT - mm(40), yb, c.basis_court, rng)
    return sheets


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = fangsong(36)
    if code == "dossier_cover":
        s.centred(TOP + 20, COURT, font("song_gb", 56), spacing=4)
        s.centred(TOP + 200, "执 行 卷 宗", font("hei", 110), spacing=20)
        s.centred(TOP + 360, "（正卷）", font("hei", 50))
        rows = [["案号", c.number], ["案由", f"{c.extra['cause']}执行"], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["承办人", c.officer], ["立案日期", cn_date(c.filed_on)],
                ["结案日期", cn_date(c.closed_on)], ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"], ["归档日期", cn_date(c.closed_on + timedelta(days=20))],
                ["保管期限", "长期"], ["本卷共　页", ""]]
        grid(s, LEFT + mm(10), TOP + 520, [mm(40), RIGHT - LEFT - mm(60)], rows, f, rng, heights=92)
        hand(s, LEFT + mm(60), TOP + 520 + 92 * 10 + 22, str(rng.randint(80, 120)), rng, size=44, ink=(20, 20, 20))
    elif code == "catalogue":
        s.centred(TOP, "卷 内 目 录", font("hei", 64), spacing=8)
        s.text(LEFT, TOP + 100, f"案号：{c.number}", f)
        items = ["执行申请书", "民事判决书（二审）", "生效证明书", "财产线索表", "诉讼费收据", "营业执照、法定代表人身份证明",
                 "授权委托书、所函、律师执业证", "收取案款确认书、送达地址确认书", "受理案件通知书、缴款通知书",
                 "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书（冻结）、协助执行通知书", "传票",
                 "限制消费令、失信决定书", "调查笔录、谈话笔录", "执行裁定书（终本）", "结案审批表", "送达回证", "卷宗复核表",
                 "备考表"]
        rows = [["顺序号", "文件名称", "页号", "备注"]]
        page = 1
        for k, it in enumerate(items):
            rows.append([str(k + 1), it, str(page), ""])
            page += rng.randint(1, 4)
        grid(s, LEFT, TOP + 170, [mm(20), mm(90), mm(22), RIGHT - LEFT - mm(132)], rows, fangsong(30), rng, heights=78,
             filled={2})
    elif code == "file_review_form":
        s.centred(TOP, "执行卷宗归档复核表", font("hei", 60), spacing=4)
        rows = [["案号", c.number], ["承办人", c.officer], ["结案方式", "终结本次执行程序"],
                ["复核事项", "一、法律文书齐全、送达回证完备；二、终本五项条件具备；三、卷内文书排列有序、页码连续。"],
                ["复核意见", ""], ["复核人", ""], ["复核日期", ""]]
        y = grid(s, LEFT, TOP + 130, [mm(36), RIGHT - LEFT - mm(36)], rows, f, rng, heights=[84, 84, 84, 200, 200, 84, 84])
        hand(s, LEFT + mm(44), y - 84 * 2 - 140, "材料齐全，同意归档。", rng, size=42, ink=(20, 20, 20))
        signature(s, LEFT + mm(44), y - 84 * 2 + 14, person_name(rng), rng)
        hand(s, LEFT + mm(44), y - 70, str(c.closed_on + timedelta(days=18)), rng, size=36, ink=(20, 20, 20))
    else:
        s.centred(TOP, "备 考 表", font("hei", 66), spacing=10)
        s.box(LEFT, TOP + 140, RIGHT, mm(250), width=2)
        s.text(LEFT + 30, TOP + 180, f"本卷情况说明：{c.number}卷内共计文件{rng.randint(24, 32)}件，", f)
        hand(s, LEFT + 30, TOP + 250, f"共{rng.randint(80, 120)}页，无缺页、无破损。", rng, size=40, ink=(20, 20, 20))
        s.text(LEFT + mm(90), mm(215), "立卷人：", f)
        signature(s, LEFT + mm(116), mm(212), c.clerk, rng)
        s.text(LEFT + mm(90), mm(232), "检查人：", f)
        signature(s, LEFT + mm(116), mm(229), person_name(rng), rng)
        s.text(LEFT + 30, mm(243), f"立卷时间：{cn_date(c.closed_on + timedelta(days=16))}", f)
    return [s]


__all__ = ["CODES", "LINE", "RED", "adopt_basis", "render"]
