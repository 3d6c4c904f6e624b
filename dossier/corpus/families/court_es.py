"""court_es (四川省遂宁市船山区人民法院, held out): the central district of 遂宁 — lithium-battery materials makers
along the 锂电 industrial park, pork processors, shops selling 观音文化 goods round 广德寺 and 灵泉寺. Its printed
notices and rulings and the window's e-signed forms are in court_es_kit; what it receives in court_es_papers; the
capture (96 dpi exports for the e-forms, grey 200–300 dpi scans for paper) in court_es_capture."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, credit_code, id_number, money, num_date, person_name
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families.court_es_kit import e_form, e_record, grid_paper, printed
from dossier.corpus.families.court_es_papers import RECEIVED, letterhead, paper
from dossier.corpus.wording import court_doc

E_FORMS = frozenset({"service_receipt", "service_address_confirmation", "payment_account_confirmation",
                     "closing_approval_form", "interview_record", "investigation_record"})
OWN = E_FORMS | frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "termination_this_round_ruling", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LITHIUM_SEQ, PORK_SEQ, LOAN_SEQ = 92536, 92671, 92814
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "service_address_confirmation": 1, "payment_account_confirmation": 1, "online_inquiry_result": 6,
        "enforcement_ruling": 10, "assistance_notice": 10, "property_declaration_form": 13, "summons": 20,
        "investigation_record": 26, "settlement_agreement": 30, "payment_voucher": 44,
        "consumption_restriction_order": 35, "dishonest_list_decision": 35}
TITLES = {"acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
          "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
          "closing_notice": "结案通知书", "termination_this_round_ruling": "执行裁定书", "summons": "传票",
          "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书"}


def made_on(c: CaseCtx, code: str) -> date:
    span = (c.closed_on - c.filed_on).days
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=1)
    if code in ("interview_record",):
        return c.closed_on - timedelta(days=12)
    if code == "termination_this_round_ruling":
        return c.closed_on - timedelta(days=4)
    if code == "closing_notice":
        return c.closed_on - timedelta(days=3)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return c.closed_on + timedelta(days=20)
    return c.day(min(WHEN.get(code, 0), span - 6))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """遂宁 parties. LITHIUM: a 碳酸锂 supplier won in this court against a battery maker (paid after an account was
    frozen and a settlement, archived); PORK: a pig farm's 遂宁仲裁委员会 award against a meat processor that has closed
    (终本); LOAN: a private lender's mediation statement against a 观音文化 goods shop company (settled and paid)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    tale = {LITHIUM_SEQ: "lithium", PORK_SEQ: "pork", LOAN_SEQ: "loan"}[seq]
    c.extra["tale"] = tale
    c.firm = rng.choice(["四川遂州律师事务所", "四川涪江律师事务所", "四川明月律师事务所"])
    c.extra["firm_addr"] = f"遂宁市船山区{rng.choice(['遂州中路', '滨江北路', '凯旋路'])}{rng.randint(10, 300)}号"
    c.extra["basis_judge"] = person_name(rng)
    c.extra["basis_clerk"] = person_name(rng)
    c.extra["bank"] = rng.choice(["遂宁银行船山支行", "四川遂宁农村商业银行明月支行", "中国工商银行遂宁分行营业部"])
    c.extra["acct"] = f"6228{rng.randint(10**11, 10**12 - 1)}"
    if tale == "lithium":
        c.applicant = Party(f"遂宁{rng.choice(['天锂', '锂源', '盛锂'])}新材料科技有限公司", "organisation",
                            credit_code(rng, "510903"), f"四川省遂宁市船山区锂电产业园{rng.choice(['锂业路', '新能源大道'])}"
                            f"{rng.randint(1, 90)}号", f"0825-26{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"四川{rng.choice(['恒储', '川能', '蓉芯'])}动力电池有限公司", "organisation",
                             credit_code(rng, "510904"), f"四川省遂宁市安居区{rng.choice(['工业园', '经开区'])}"
                             f"{rng.randint(1, 60)}号", f"0825-88{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = c.court.name
        c.basis_number = f"（2023）川0903民初{rng.randint(3000, 7999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["tons"] = rng.randint(12, 60)
        c.extra["clue"] = f"被执行人在{c.extra['bank']}开立的基本存款账户，尚有应收账款"
        c.extra["declared"] = "基本户余额约三十万元"
        c.amount = Decimal(rng.randint(180, 960)) * 10000
    elif tale == "pork":
        c.applicant = Party(f"遂宁市船山区{rng.choice(['永兴', '河沙', '新桥'])}生猪养殖专业合作社", "organisation",
                            credit_code(rng, "510903"), f"四川省遂宁市船山区{rng.choice(['永兴镇', '河沙镇'])}"
                            f"{rng.choice(['白马', '双河', '石板'])}村{rng.randint(1, 9)}组", f"139{rng.randint(10**7, 10**8 - 1)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"遂宁{rng.choice(['川味', '蜀香', '涪州'])}肉类食品有限公司", "organisation",
                             credit_code(rng, "510903"), f"四川省遂宁市船山区{rng.choice(['食品工业园', '物流港'])}"
                             f"{rng.randint(1, 40)}号", f"0825-22{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = "遂宁仲裁委员会"
        c.basis_number = f"（2023）遂仲字第{rng.randint(100, 899)}号"
        c.extra["cause"] = "生猪买卖合同纠纷"
        c.extra["pigs"] = rng.randint(800, 3200)
        c.extra["clue"] = "被执行人冷库内有冻猪肉，厂房系租赁"
        c.extra["declared"] = "无，账户已被他案冻结"
        c.amount = Decimal(rng.randint(600000, 2400000)) / 10 * 10
    else:
        born = date(rng.randint(1960, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "510903", born),
                            f"四川省遂宁市船山区{rng.choice(['西山路', '遂州北路', '和平东路'])}{rng.randint(1, 200)}号",
                            f"138{rng.randint(10**7, 10**8 - 1)}", born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"遂宁{rng.choice(['慈航', '灵泉', '广德'])}观音文化旅游用品有限公司", "organisation",
                             credit_code(rng, "510903"), f"四川省遂宁市船山区{rng.choice(['广德寺', '灵泉寺'])}景区商业街"
                             f"{rng.randint(1, 80)}号", f"0825-25{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "mediation"
        c.basis_court = c.court.name
        c.basis_number = f"（2023）川0903民初{rng.randint(3000, 7999)}号"
        c.extra["cause"] = "民间借贷纠纷"
        c.extra["clue"] = "被执行人景区商铺内有库存佛像、香烛等货物"
        c.extra["declared"] = "对公账户余额约五万元"
        c.amount = Decimal(rng.randint(15, 90)) * 10000
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 120))


def _at(d: date, rng: random.Random) -> datetime:
    return datetime.combine(d, time(rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59)))


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    who = (f"申请人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}，法定代表人{a.legal_rep}。"
           if a.kind == "organisation" else f"申请人：{a.name}，{a.sex}，住{a.address}，公民身份号码{a.id_number}。")
    kind = {"arbitration": "裁决书", "mediation": "民事调解书"}.get(c.basis_kind, "民事判决书")
    blocks = [("p", who), ("p", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("p", f"被申请人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}，法定代表人{r.legal_rep}。"),
              ("f", "申请事项："), ("p", f"一、请求强制执行{c.basis_court}{c.basis_number}{kind}，责令被申请人支付{money(c.amount)}"
                                        "及迟延履行期间的债务利息；"), ("p", "二、本案执行费用由被申请人负担。"),
              ("f", "事实与理由："), ("p", f"申请人与被申请人{c.extra['cause']}一案，{c.basis_number}{kind}已于"
                                         f"{num_date(c.basis_effective)}发生法律效力，被申请人至今未履行。为此特依法申请强制执行。"),
              ("f", "此致"), ("f", c.court.name), ("r", f"申请人：{a.name}"), ("r", num_date(c.day(-2)))]
    return [letterhead(c, "强制执行申请书", blocks, rng, firm_seal=False)]


def _cause(text: str, cause: str) -> str:
    for other in ("买卖合同纠纷", "借款合同纠纷", "租赁合同纠纷", "劳务合同纠纷"):
        text = text.replace(other, cause)
    return text


def _own_parties(c: CaseCtx, text: str) -> str:
    """The party lines as this court writes them (an organisation applicant with its credit code and representative)."""
    a = c.applicant
    if text.startswith("申请执行人：") and a.kind == "organisation":
        return f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}，法定代表人{a.legal_rep}。"
    return text


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        return application(c, rng)
    if code in RECEIVED:
        return paper(code, c, rng, served)
    tale = str(c.extra["tale"])
    if code == "service_receipt":
        day = max(made_on(c, s) for s in served) + timedelta(days=rng.randint(2, 4))
        names = "、".join(TITLES.get(s, s) for s in served)
        return [e_form(c, "送达回证", [("案由", f"{c.extra['cause']}执行"), ("送达文书", f"{names}（{c.number}）"),
                                        ("受送达人", r.name if served[0] != "acceptance_notice" else a.name),
                                        ("送达地点", "本院执行局诉讼服务窗口"), ("送达方式", "直接送达（电子签名确认）"),
                                        ("送达人", f"{c.officer}、{c.clerk}")],
                       ["受送达人签收"], _at(day, rng), rng)]
    if code == "service_address_confirmation":
        return [e_form(c, "送达地址确认书", [("当事人", a.name), ("送达地址", a.address), ("联系电话", a.phone),
                                           ("代理人", f"{c.agent}　{c.agent_phone}"),
                                           ("是否同意电子送达", "同意，以手机短信及电子邮件方式送达"),
                                           ("告知事项", "当事人送达地址发生变更的，应当及时书面告知法院；未及时告知的，按原地址送达视为送达。")],
                       ["确认人签名"], _at(made_on(c, code), rng), rng)]
    if code == "payment_account_confirmation":
        return [e_form(c, "收取执行款账户确认书", [("申请执行人", a.name), ("开户名", a.name), ("开户行", str(c.extra["bank"])),
                                                 ("账号", str(c.extra["acct"])),
                                                 ("承诺", "上述账户为本人（单位）收取执行款的唯一账户，因账户信息错误造成的损失由本人（单位）承担。")],
                       ["申请执行人签名"], _at(made_on(c, code), rng), rng)]
    if code == "closing_approval_form":
        way = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
        return [e_form(c, "执行案件结案审批表", [("申请执行人", a.name), ("被执行人", r.name), ("执行标的", money(c.amount)),
                                               ("立案日期", num_date(c.filed_on)), ("结案方式", way),
                                               ("执行情况", "经网络查控、现场调查，" + ("被执行人已履行全部义务。" if c.method == "fully_performed"
                                                                              else "未发现可供执行财产，已采取限制消费、纳入失信名单措施。")),
                                               ("承办人意见", f"建议以{way}方式结案。"), ("审批意见", "同意。")],
                       [f"承办人 {c.officer}", "执行局长审批"], _at(made_on(c, code), rng), rng)]
    if code in ("interview_record", "investigation_record"):
        interview = code == "interview_record"
        day = made_on(c, code)
        who = c.agent if interview else r.legal_rep
        head = [f"时间：{num_date(day)}", f"地点：{c.court.name}执行局{'谈话室' if interview else '外出调查（' + r.address + '）'}",
                f"执行人员：{c.officer}　书记员：{c.clerk}",
                f"被{'谈话' if interview else '调查'}人：{who}，{'申请执行人' + a.name + '的委托代理人' if interview else r.name + '法定代表人'}"]
        if interview:
            qa = ["问：本院已通过网络查控系统查询被执行人的存款、车辆、不动产等，未发现可供执行的财产，你方是否清楚？", "答：清楚。",
                  "问：你方能否提供被执行人的其他财产线索？", "答：冷库里的货已经被别的债权人拉走了，我们暂时没有新线索。",
                  "问：本院拟终结本次执行程序，终本后发现财产可申请恢复执行，你方有何意见？", "答：同意。"]
        else:
            qa = ["问：你公司为何未履行生效法律文书确定的义务？",
                  "答：" + {"lithium": "碳酸锂价格下跌，电池订单减少，资金周转困难。",
                           "pork": "厂子去年就停产了，工人都遣散了，设备是租的。",
                           "loan": "景区客流少，观音像、香烛卖不动，门面还在亏。"}[tale],
                  "问：公司现在有哪些财产？", "答：" + str(c.extra["declared"]) + "。", "问：有无履行计划？",
                  "答：愿意与申请人协商分期付款。" if tale != "pork" else "答：目前没有能力履行。"]
        return e_record(c, "谈话笔录" if interview else "调查笔录", head, qa, [who, c.officer], _at(day, rng), rng)
    if code == "dossier_cover":
        way = "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"
        return [grid_paper(c, "执 行 卷 宗", [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", a.name],
                                           ["被执行人", r.name], ["承办人", c.officer], ["立案日期", num_date(c.filed_on)],
                                           ["结案日期", num_date(c.closed_on)], ["结案方式", way], ["保管期限", "长期"],
                                           ["本卷共计", "　　　　　页"]], [mm(50), mm(120)], rng)]
    if code == "catalogue":
        titles = ["执行卷宗封面", "卷内目录", "强制执行申请书", "生效法律文书", "生效证明书", "财产线索登记表", "受理案件通知书",
                  "执行通知书", "报告财产令", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议", "结案通知书",
                  "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "页号"], *[[str(i), t, ""] for i, t in enumerate(titles, 1)]]
        return [grid_paper(c, "卷 内 目 录", rows, [mm(20), mm(120), mm(30)], rng, heading=c.number)]
    if code == "file_review_form":
        return [grid_paper(c, "执行卷宗归档复核表", [["案号", c.number], ["文书是否齐全", "齐全"], ["装订是否规范", "规范"],
                                                 ["电子签章文书", "已打印归档，附签章验证码"], ["复核人", c.clerk],
                                                 ["复核日期", num_date(made_on(c, code))]], [mm(55), mm(115)], rng)]
    if code == "remarks_sheet":
        return [grid_paper(c, "备 考 表", [["本卷情况说明", "本卷内送达回证、送达地址确认书等系电子签名文书打印件。"],
                                        ["立卷人", c.clerk], ["检查人", c.officer], ["立卷时间", num_date(made_on(c, code))]],
                           [mm(50), mm(120)], rng)]
    flow_ = court_doc(c, code, "c", rng)
    if code == "enforcement_ruling":
        blocks = [("p", f"申请执行人：{a.name}，住所地{a.address}。"), ("p", f"被执行人：{r.name}，住所地{r.address}。"),
                  ("p", f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，{c.basis_court}{c.basis_number}"
                        "法律文书已经发生法律效力。被执行人未按执行通知履行义务。依照《中华人民共和国民事诉讼法》第二百四十九条、"
                        "第二百五十条之规定，裁定如下："),
                  ("p", f"冻结、扣划被执行人{r.name}在{c.extra['bank'] if tale == 'lithium' else '金融机构'}的存款{money(c.amount)}；"
                        "不足部分，查封、扣押其相应价值的财产。"), ("p", "本裁定立即执行。"),
                  ("sig", f"审判员　{c.judge}"), ("sig", f"书记员　{c.clerk}")]
        return printed(c, "执行裁定书", blocks, rng, number=c.number, day=made_on(c, code))
    blocks = [(k, _own_parties(c, _cause(t, str(c.extra["cause"])))) for k, t in flow_.blocks if k != "date"]
    return printed(c, TITLES.get(code, flow_.title), blocks, rng,
                   number=c.number, day=made_on(c, code))
