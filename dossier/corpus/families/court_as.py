"""court_as (山东省青岛市黄岛区人民法院, held out): a port district court in the 西海岸新区 — shipyards, container yards,
logistics, the 保税区. The bureau's own papers in its red-headed house style (court_as_kit); the papers it receives in
their authors' styles (court_as_papers). Two 执恢 dossiers resume 2017 cases ended by 终结本次执行程序; their old pages
were pulled from the 2017 volume as exported by the first e-archive system (court_as_capture dithers them)."""

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
from dossier.corpus.draw import Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_as_kit import COURT, LEFT, RIGHT, TOP, court_doc, song
from dossier.corpus.families.court_as_papers import RECEIVED, render_paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "resumption_ruling", "resumption_notice",
    "termination_this_round_ruling", "summons", "effectiveness_certificate", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet", "service_receipt",
})
CODES = OWN | RECEIVED
LAW = "《中华人民共和国民事诉讼法》"
YARD_SEQ, WELDER_SEQ, CAR_SEQ = 19207, 19318, 19466
SHIFT = timedelta(days=731)  # the new pages are of 2026


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """黄岛 parties. YARD_SEQ: a logistics company resumes its 2017 case against a container yard on the yard's
    receivables from a shipping agent; WELDER_SEQ: a shipyard welder's 追索劳动报酬 judgment (after a 劳动人事争议仲裁
    award) against a 船舶配套 labour company, paid after a 拘传 warning; CAR_SEQ: a logistics company resumes its 2017
    case against a 货代 company on a 重型半挂牵引车 the 车管所 found."""
    c.filed_on, c.closed_on = c.filed_on + SHIFT, c.closed_on + SHIFT
    c.number = c.number.replace("（2024）", "（2026）")
    c.extra["firm_addr"] = f"青岛市黄岛区{rng.choice(['井冈山路', '长江中路', '紫金山路'])}{rng.randint(100, 688)}号"
    c.firm = rng.choice(["山东琴岛港城律师事务所", "山东西海岸海事律师事务所", "山东融泽海通律师事务所"])
    c.extra["lic_no"] = f"1370220{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["青岛农商银行黄岛支行", "青岛银行西海岸分行", "中国建设银行青岛黄岛支行"])
    c.extra["acct"] = f"6228{rng.randint(10**11, 10**12 - 1)}"
    c.extra["resp_bank"] = rng.choice(["中国工商银行青岛经济技术开发区支行", "交通银行青岛黄岛支行"])
    c.extra["resp_acct"] = f"3803{rng.randint(10**13, 10**14 - 1)}"
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["receipt_no"] = f"{rng.randint(10**9, 10**10 - 1)}"
    c.extra["pay_day"] = c.day(rng.randint(40, 55))
    c.extra["trial_judge"] = person_name(rng)
    street = rng.choice(["薛家岛街道", "长江路街道", "辛安街道", "红石崖街道"])
    if c.category == "resumption":
        c.extra["story"] = "yard" if c.number.endswith(f"{YARD_SEQ}号") else "car"
        old_year = 2017
        c.previous_number = f"（{old_year}）鲁0211执{rng.randint(1200, 4999)}号"
        c.basis_court = COURT
        c.basis_number = f"（2016）鲁0211民初{rng.randint(3000, 9999)}号"
        c.basis_effective = date(2017, rng.randint(1, 4), rng.randint(1, 28))
        c.extra["old_filed"] = c.basis_effective + timedelta(days=rng.randint(40, 70))
        c.extra["old_closed"] = c.extra["old_filed"] + timedelta(days=rng.randint(160, 220))
        c.extra["old_paid"] = Decimal(rng.randint(30000, 900000)) / 100
        c.extra["cause"] = "运输合同纠纷" if c.extra["story"] == "yard" else "货运代理合同纠纷"
        c.applicant = Party(f"青岛{rng.choice(['港通', '海晟', '前湾', '泽航'])}国际物流有限公司", "organisation",
                            credit_code(rng, "370211"), f"山东省青岛市黄岛区{street}{rng.choice(['前湾港路', '江山南路'])}"
                            f"{rng.randint(100, 999)}号", f"0532-8{rng.randint(6000000, 6999999)}", legal_rep=person_name(rng))
        if c.extra["story"] == "yard":
            c.respondent = Party(f"青岛{rng.choice(['鑫港', '顺码', '远泊'])}集装箱堆场有限公司", "organisation",
                                 credit_code(rng, "370211"), f"山东省青岛市黄岛区{rng.choice(['保税港区', '前湾港区'])}"
                                 f"{rng.choice(['北京路', '上海路', '珠江路'])}{rng.randint(1, 99)}号",
                                 f"0532-8{rng.randint(6000000, 6999999)}", legal_rep=person_name(rng))
            c.extra["debtor3"] = f"青岛{rng.choice(['中远', '东方', '联海'])}船务代理有限公司"
            c.extra["receivable"] = (c.amount * Decimal("1.3")).quantize(Decimal("0.01"))
            c.extra["clue"] = f"被执行人对{c.extra['debtor3']}享有的集装箱堆存费、装卸费应收账款"
        else:
            c.respondent = Party(f"青岛{rng.choice(['金洋', '瑞通', '海顺'])}货运代理有限公司", "organisation",
                                 credit_code(rng, "370211"), f"山东省青岛市黄岛区{street}{rng.choice(['嘉陵江路', '峨眉山路'])}"
                                 f"{rng.randint(1, 400)}号", f"0532-8{rng.randint(6000000, 6999999)}",
                                 legal_rep=person_name(rng))
            c.extra["plate"] = f"鲁B{rng.choice('DFGHK')}{rng.randint(1000, 9999)}"
            c.extra["vin"] = f"LZZ5BLSF{rng.randint(10**8, 10**9 - 1)}"
            c.extra["clue"] = f"被执行人名下重型半挂牵引车一辆（号牌{c.extra['plate']}）"
    else:
        c.extra["story"] = "welder"
        c.extra["cause"] = "追索劳动报酬纠纷"
        c.amount = Decimal(rng.randint(4200000, 9800000)) / 100
        c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
        born = date(rng.randint(1972, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["370284", "412726", "342201"]), born),
                            f"山东省青岛市黄岛区{street}{rng.choice(['灵山湾', '海王', '前湾'])}社区{rng.randint(1, 30)}号楼",
                            f"13{rng.randint(100000000, 999999999)}", born=born, sex="男")
        c.respondent = Party(f"青岛{rng.choice(['海西', '北船', '武船'])}船舶配套工程有限公司", "organisation",
                             credit_code(rng, "370211"), f"山东省青岛市黄岛区{rng.choice(['海西湾', '武船重工园区'])}"
                             f"{rng.choice(['造修船基地', '船舶配套园'])}{rng.randint(1, 30)}号",
                             f"0532-8{rng.randint(6000000, 6999999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2025）鲁0211民初{rng.randint(6000, 14999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["award_no"] = f"青黄劳人仲案字〔2025〕第{rng.randint(100, 1999)}号"
        c.extra["months"] = rng.randint(4, 9)
        c.extra["yard"] = rng.choice(["海西湾造修船基地二号船坞", "分段车间", "涂装车间"])
        c.extra["fine_warn"] = c.day(rng.randint(25, 35))
    c.extra["old_officer"] = c.officer


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return render_paper(code, c, rng, served)
    return _own(code, c, rng, served)


def _basis(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}民事判决书"


def _sign(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _bench(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    res = c.category == "resumption"
    what = f"{a.name}申请执行{r.name}{c.extra['cause']}一案"
    if code == "acceptance_notice":
        extra = f"本案系对本院{c.previous_number}案件恢复执行，" if res else ""
        return court_doc(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）{what}，{extra}本院经审查，符合受理条件，已于{cn_date(c.filed_on)}立案，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。你（单位）可通过“山东法院电子诉讼服务网”或12368"
                  "诉讼服务热线查询案件进展；发现被执行人财产线索的，请及时书面告知本院。"),
        ], signers=_sign(c))
    if code == "payment_notice":
        return court_doc(c, rng, "交纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）{what}，依照《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费{c.extra['exec_fee']}元"
                  + ("（劳动报酬案件，暂缓交纳，由被执行人负担）。" if c.extra["story"] == "welder" else "，由被执行人最终负担。")),
            ("p", "交纳方式：山东省非税收入缴款二维码扫码缴纳或至本院诉讼服务中心窗口缴纳。"),
        ], signers=_sign(c))
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{what}，本院已于{cn_date(c.filed_on)}立案" + (f"（原案号{c.previous_number}，已恢复执行）" if res else "")
                  + f"。依照{LAW}第二百五十二条、第二百六十四条的规定，责令你单位自收到本通知书之日起立即履行{_basis(c)}"
                  f"确定的义务：给付{money(c.amount)}" + (f"（原案已执行{money(c.extra['old_paid'])}，应予扣除）" if res else "")
                  + "，加倍支付迟延履行期间的债务利息，负担执行费。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=_sign(c), day=c.day(1))
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{what}中，依照{LAW}第二百五十六条的规定，责令你单位在收到本令之日起五日内，如实向本院报告当前以及"
                  "收到执行通知之日前一年的财产情况。"),
            ("p", "报告财产应包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                  "产品、原材料等动产；债权、股权、投资权益、基金份额；其他应当报告的财产。"),
            ("p", "拒绝报告或者虚假报告的，本院可以根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=_sign(c), day=c.day(1))
    if code == "enforcement_ruling":
        target = (f"冻结被执行人{r.name}对{c.extra['debtor3']}享有的到期应收账款，以{money(c.amount)}为限"
                  if c.extra["story"] == "yard" else
                  f"查封、扣押被执行人{r.name}名下号牌为{c.extra['plate']}的重型半挂牵引车一辆"
                  if c.extra["story"] == "car" else
                  f"冻结、划拨被执行人{r.name}银行存款{money(c.amount)}，或查封、扣押、冻结其相应价值的财产")
        return court_doc(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{what}中，被执行人未按执行通知履行法律文书确定的义务。依照{LAW}第二百四十九条、第二百五十条、"
                  "第二百五十三条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            ("p", f"{target}。"),
            ("p", "本裁定立即执行。"),
        ], signers=_bench(c), day=c.day(6))
    if code == "assistance_notice" and "reply" in served:
        return _reply(c, rng)
    if code == "assistance_notice":
        if c.extra["story"] == "car":
            to, ask = "青岛市公安局交通警察支队车辆管理所：", (f"查封被执行人{r.name}名下号牌{c.extra['plate']}（车辆识别代号"
                                                  f"{c.extra['vin']}）车辆，查封期间不得办理过户、抵押登记，期限三年。")
        elif c.extra["story"] == "yard":
            to, ask = f"{c.extra['debtor3']}：", (f"冻结被执行人{r.name}对你单位享有的集装箱堆存费、装卸费等到期应收账款，"
                                              f"以{money(c.amount)}为限；冻结期间你单位不得向被执行人支付，应将款项汇入本院执行款专户。")
        else:
            to, ask = f"{c.extra['resp_bank']}：", (f"扣划被执行人{r.name}在你行账户{c.extra['resp_acct']}内存款"
                                                 f"{money(c.amount)}至本院执行款专户。")
        return court_doc(c, rng, "协助执行通知书", [
            ("f", to),
            ("p", f"关于{what}，本院作出的{c.number}执行裁定书已发生法律效力。依照{LAW}第二百四十九条、第二百五十条的规定，"
                  "请协助执行下列事项："),
            ("p", ask),
            ("f", f"附：{c.number}执行裁定书一份"),
            ("f", f"经办人：{c.officer}、{c.clerk}　联系电话：{c.court.phone}"),
        ], signers=[], day=c.day(7))
    if code == "closing_notice":
        return court_doc(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"{what}，被执行人已于{cn_date(c.extra['pay_day'])}履行完毕" + ("（经本院罚款警示并告知拘传后主动履行）"
                  if c.extra["story"] == "welder" else "") + "，执行款已发放至你（单位）确认的账户。本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], signers=_sign(c), day=c.closed_on)
    if code == "resumption_ruling":
        return court_doc(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，于{cn_date(c.extra['old_closed'])}作出{c.previous_number}"
                  "执行裁定书，终结本次执行程序。现申请执行人提供了被执行人新的财产线索：" + c.extra["clue"] + "，申请恢复执行。"),
            ("p", f"本院经审查认为，申请执行人的申请符合法律规定。依照{LAW}第二百五十八条、《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"恢复{c.previous_number}案件的执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=_bench(c), day=c.filed_on)
    if code == "resumption_notice":
        return court_doc(c, rng, "恢复执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{a.name}与你单位{c.extra['cause']}一案（原案号{c.previous_number}），已于{cn_date(c.extra['old_closed'])}"
                  f"终结本次执行程序。现申请执行人发现你单位有可供执行的财产，本院已裁定恢复执行，新案号为{c.number}。"),
            ("p", f"你单位应自收到本通知之日起立即履行{_basis(c)}确定的剩余义务。逾期不履行的，本院将依法强制执行。"),
        ], signers=_sign(c), day=c.day(1))
    if code == "termination_this_round_ruling":
        old = c.extra["old_closed"]
        return court_doc(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}。"),
            ("f", f"被执行人：{r.name}。"),
            ("p", f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，于{cn_date(c.extra['old_filed'])}向被执行人发出执行通知书、"
                  "报告财产令，通过“总对总”“点对点”网络执行查控系统查询被执行人的银行存款、车辆、不动产、证券等，并赴被执行人"
                  f"住所地调查，仅扣划存款{money(c.extra['old_paid'])}，未发现其他可供执行的财产。已对被执行人采取限制消费措施。"),
            ("p", f"本院于2017年向被执行人发出传票，其法定代表人{r.legal_rep}未到庭；经赴被执行人住所地查看，该公司已停止经营，"
                  "场地由他人占用，未发现可供执行的动产。本院已将被执行人纳入失信被执行人名单。"),
            ("p", f"{cn_date(old - timedelta(days=7))}，本院约谈申请执行人，告知其本案的执行情况、财产调查措施、被执行人的财产情况、"
                  "终结本次执行程序的依据及法律后果等，申请执行人表示暂不能提供其他财产线索。本院认为，本案符合终结本次执行程序的条件。依照《最高人民法院关于适用"
                  "〈中华人民共和国民事诉讼法〉的解释》第五百一十九条的规定，裁定如下："),
            ("p", f"终结本院{c.previous_number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=_bench(c), day=old, number=c.previous_number, old=True)
    if code == "summons":
        return court_doc(c, rng, "传　票", [
            ("f", f"被传唤人：{r.legal_rep}（{r.name}法定代表人）"),
            ("f", f"地址：{r.address}"),
            ("f", "传唤事由：执行谈话（拒不申报财产、拒不履行）"),
            ("f", f"应到时间：{num_date(c.extra['fine_warn'])}上午9时00分"),
            ("f", "应到处所：本院执行局二楼第三谈话室（长江中路338号）"),
            ("p", "注意事项：一、被传唤人必须准时到达，携带本传票和身份证件。二、经两次传唤无正当理由拒不到场的，本院将依照"
                  f"{LAW}第一百一十二条的规定予以拘传；拒不履行的，可依第一百一十四条予以罚款、拘留。"),
        ], signers=_sign(c), day=c.day(20))
    if code == "effectiveness_certificate":
        return court_doc(c, rng, "生效证明书", [
            ("f", f"{a.name}："),
            ("p", f"本院审理的{a.name}与{r.name}{c.extra['cause']}一案，本院于{cn_date(c.basis_effective - timedelta(days=20))}作出"
                  f"{c.basis_number}民事判决书，已于{cn_date(c.basis_effective - timedelta(days=18))}送达双方当事人。双方当事人"
                  f"在法定期限内均未提起上诉，该判决书已于{cn_date(c.basis_effective)}发生法律效力。"),
            ("p", "特此证明。"),
            ("r", "民事审判第一庭"),
        ], signers=[("承办人", c.extra["trial_judge"])], day=c.day(-3), number=c.basis_number)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return _archive(code, c, rng)
    raise KeyError(code)


def _reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 协助执行回执 the addressee sends back on the bureau's own printed slip."""
    s = Sheet()
    y = _form_head(s, "协助执行回执")
    who = c.extra["debtor3"] if c.extra["story"] == "yard" else "青岛市公安局交通警察支队车辆管理所"
    w = RIGHT - LEFT
    done = (f"已冻结{c.respondent.name}在我司的应收堆存费、装卸费{money(c.extra['receivable'])}，将按法院要求汇入执行款专户。"
            if c.extra["story"] == "yard" else f"已对{c.extra['plate']}车辆办理查封登记。")
    rows = [["案号", c.number], ["协助执行单位", who], ["协助执行事项", "见协助执行通知书"], ["执行情况", ""],
            ["经办人", ""], ["日期", ""]]
    y0 = y
    y = table(s, LEFT, y, [w * 0.28, w * 0.72], rows, song(34), row_h=[mm(14)] * 3 + [mm(40)] + [mm(14)] * 2)
    flow(s, [("f", done)], font("kai", 38), x0=LEFT + w * 0.3, width=w * 0.68, y=y0 + mm(45), line_height=60, indent=0)
    signature(s, LEFT + w * 0.32, y0 + mm(84), person_name(rng), rng)
    hand(s, LEFT + w * 0.32, y0 + mm(98), num_date(c.day(9)), rng, size=34, record=False)
    seal(s, RIGHT - mm(40), y0 + mm(80), who, rng)
    return [s]


def _form_head(s: Sheet, title: str, y: float = TOP + 20) -> float:
    s.centred(y, COURT, song(46), spacing=4)
    s.centred(y + 80, title, font("hei", 58), spacing=18)
    return y + 180


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = _form_head(s, "执行案件结案审批表")
    w = RIGHT - LEFT
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", _basis(c), "", ""],
            ["执行标的", money(c.amount), "到位金额", money(c.amount)],
            ["结案方式", "执行完毕", "结案日期", num_date(c.closed_on)],
            ["承办人意见", "被执行人已全部履行，案款已发放，申请执行人无异议，拟以执行完毕方式结案。", "", ""],
            ["合议庭意见", "同意执行完毕结案。", "", ""],
            ["局长审批", "同意。", "", ""]]
    y = table(s, LEFT, y, [w * 0.17, w * 0.38, w * 0.15, w * 0.30], rows, song(32), row_h=[mm(11)] * 5 + [mm(30)] * 3)
    signature(s, RIGHT - mm(45), y - mm(70), c.officer, rng)
    signature(s, RIGHT - mm(45), y - mm(40), c.judge, rng)
    hand(s, RIGHT - mm(60), y - mm(12), num_date(c.closed_on), rng, size=34, record=False)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = _form_head(s, "送 达 回 证")
    who = c.applicant if served and served[0] in ("acceptance_notice", "payment_notice", "closing_notice") else c.respondent
    titles = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
              "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "resumption_ruling": "执行裁定书（恢复执行）",
              "resumption_notice": "恢复执行通知书", "closing_notice": "结案通知书", "summons": "传票",
              "assistance_notice": "协助执行通知书"}
    docs = "、".join(titles.get(x, x) for x in served) + "　各一份"
    w = RIGHT - LEFT
    rows = [["案由", c.extra["cause"]], ["案号", c.number], ["送达文书名称及件数", docs],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""],
            ["送达方式", "直接送达"], ["送达人", f"{c.officer}　{c.clerk}"], ["备注", ""]]
    y0 = y
    y = table(s, LEFT, y, [w * 0.3, w * 0.7], rows, song(34), row_h=[mm(13)] * 5 + [mm(34)] + [mm(13)] * 4)
    sign_y = y0 + mm(13) * 5 + mm(8)
    if who.kind == "organisation":
        signature(s, LEFT + w * 0.36, sign_y, person_name(rng), rng)
        seal(s, LEFT + w * 0.75, sign_y + mm(12), who.name, rng, radius=mm(19))
    else:
        signature(s, LEFT + w * 0.36, sign_y, who.name, rng)
    hand(s, LEFT + w * 0.36, sign_y + mm(18), num_date(c.day(rng.randint(2, 9))), rng, size=36, record=False)
    s.text(LEFT, y + 30, "注：受送达人拒绝签收的，送达人应在备注栏注明情况。", song(28))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if code == "dossier_cover":
        s.box(LEFT - 20, TOP, RIGHT + 20, mm(270), width=5)
        s.centred(TOP + 120, COURT, font("serif_bold", 60), spacing=8)
        s.centred(TOP + 260, "执 行 案 卷", font("hei", 96), spacing=30)
        s.centred(TOP + 420, "（正　卷）", song(48))
        rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行依据", c.basis_number], ["执行标的", money(c.amount)],
                ["收案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)], ["结案方式", "执行完毕"],
                ["承办人", c.officer], ["书记员", c.clerk], ["保管期限", "长期"]]
        table(s, LEFT + 40, TOP + 560, [mm(38), mm(104)], rows, song(36), row_h=mm(13))
        s.text(LEFT + 40, mm(250), "全宗号 0211　　目录号 执　　案卷号 ______", song(32))
        return [s]
    if code == "catalogue":
        y = _form_head(s, "卷 内 目 录")
        s.text(LEFT, y - 40, f"案号：{c.number}", song(32))
        items = ["卷宗封面", "卷内目录", "执行申请书", "民事判决书", "生效证明书", "当事人身份证明", "授权委托书、律所函、执业证",
                 "收款账户确认书", "送达地址确认书", "受理案件通知书", "交纳执行费通知书", "执行通知书、报告财产令",
                 "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "传票", "执行和解协议", "回单",
                 "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "页号", "备注"]]
        p = 1
        for k, t in enumerate(items, 1):
            rows.append([str(k), t, str(p), ""])
            p += 1 if k < 3 or k > 20 else 2
        w = RIGHT - LEFT
        table(s, LEFT, y + 10, [w * 0.1, w * 0.6, w * 0.12, w * 0.18], rows, song(30), row_h=mm(8.4))
        return [s]
    if code == "file_review_form":
        y = _form_head(s, "执行卷宗归档复核表")
        w = RIGHT - LEFT
        checks = ["卷内文书齐全、排列有序", "执行依据及生效证明附卷", "送达回证齐全", "结案审批手续完备",
                  "执行款发放凭证附卷", "页码编写正确", "卷内目录与实物相符"]
        rows = [["案号", c.number], *[[ck, "☑ 是　☐ 否"] for ck in checks], ["复核意见", "经复核，符合归档要求。"],
                ["复核人", ""], ["复核日期", ""]]
        y = table(s, LEFT, y, [w * 0.55, w * 0.45], rows, song(34), row_h=mm(14))
        signature(s, LEFT + w * 0.6, y - mm(26), person_name(rng), rng)
        hand(s, LEFT + w * 0.6, y - mm(12), num_date(c.closed_on + timedelta(days=12)), rng, size=34, record=False)
        return [s]
    y = _form_head(s, "备　考　表")
    s.box(LEFT, y, RIGHT, mm(250), width=3)
    s.text(LEFT + 40, y + 40, f"本卷共　　件，{c.number}", song(36))
    hand(s, LEFT + 130, y + 38, "38", rng, size=40, ink=(30, 30, 30), record=False)
    s.text(LEFT + 40, y + 120, "立卷人：", song(36))
    signature(s, LEFT + 200, y + 110, c.clerk, rng)
    s.text(LEFT + 40, y + 220, "检查人：", song(36))
    signature(s, LEFT + 200, y + 210, c.officer, rng)
    s.text(LEFT + 40, y + 320, f"立卷时间：{cn_date(c.closed_on + timedelta(days=10))}", song(36))
    return [s]


__all__ = ["CODES", "adopt_basis", "render"]
