"""court_dy (安徽省安庆市迎江区人民法院, held out): the river district of 安庆 on the 长江 — 黄梅戏 troupes, shipping and
sand dredging along the 迎江 embankment, 民间借贷 between neighbours. The bureau types its own papers (court_dy_kit);
the parties hand in papers written on 信笺 and 稿纸, carbonless receipts and bank slips (court_dy_papers); the whole
volume goes through the bureau's colour scanner and the e-dossier's conversion to grey (court_dy_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, credit_code, id_number, money, num_date, person_name
from dossier.corpus.draw import BLUE_INK, Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_dy_kit import (
    COURT,
    LEAD,
    L,
    R,
    T,
    body_font,
    cn,
    footers,
    head,
    letter_paper,
    sign_off,
    stock,
    typed,
    write_ruled,
)
from dossier.corpus.families.court_dy_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "online_inquiry_result", "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "investigation_record", "interview_record", "termination_this_round_ruling",
    "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | RECEIVED
LOAN_SEQ, TROUPE_SEQ, SAND_SEQ = 42151, 42263, 42388
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "property_declaration_form": 11, "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8,
        "summons": 15, "investigation_record": 21, "consumption_restriction_order": 30, "dishonest_list_decision": 30,
        "settlement_agreement": 26, "payment_voucher": 40, "interview_record": 110, "termination_this_round_ruling": 122,
        "closing_notice": 66}
NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "缴款通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书", "summons": "传票",
         "closing_notice": "结案通知书", "assistance_notice": "协助执行通知书"}


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code == "closing_notice":
        return c.closed_on
    if code in ("file_review_form", "remarks_sheet", "catalogue", "dossier_cover"):
        return c.closed_on + timedelta(days=12)
    return c.day(WHEN.get(code, 0))


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """安庆 parties. LOAN_SEQ: a 民间借贷 judgment of this court against a tiling contractor who borrowed for his
    装修 crew and has nothing left (终本); TROUPE_SEQ: a 黄梅戏 actress's labour award (安庆市劳动人事争议仲裁委员会)
    for unpaid wages against a performing-arts company, frozen and paid (archived); SAND_SEQ: a river-shipping company's
    court mediation against a sand-dredging company for barge hire, settled and paid."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {LOAN_SEQ: "loan", TROUPE_SEQ: "troupe", SAND_SEQ: "sand"}[seq]
    c.firm = rng.choice(["安徽皖江律师事务所", "安徽宜城律师事务所", "安徽振风律师事务所"])
    c.extra["firm_addr"] = f"安庆市迎江区{rng.choice(['人民路', '孝肃路', '沿江东路'])}{rng.randint(10, 300)}号"
    c.extra["licence"] = f"1340820{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["in_bank"] = rng.choice(["安庆农村商业银行迎江支行", "徽商银行安庆分行", "中国工商银行安庆迎江支行"])
    c.extra["in_acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    street = rng.choice(["宜城路街道", "华中路街道", "人民路街道", "新河路街道", "龙狮桥乡"])
    c.extra["street"] = street
    if tale(c) == "loan":
        born = date(rng.randint(1958, 1975), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "340802", born),
                            f"安徽省安庆市迎江区{street}{rng.choice(['锡麟街', '倒扒狮街', '吴越街'])}{rng.randint(1, 90)}号",
                            f"135{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1975, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["340803", "340822"]), born),
                             f"安徽省安庆市{rng.choice(['大观区', '怀宁县'])}{rng.choice(['集贤路', '石化路'])}"
                             f"{rng.randint(1, 200)}号", f"187{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2023）皖0802民初{rng.randint(1000, 5999)}号"
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(600, 2400)) * 100
        c.extra["lent_on"] = date(2021, rng.randint(1, 12), rng.randint(1, 28))
    elif tale(c) == "troupe":
        born = date(rng.randint(1986, 1998), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "340802", born),
                            f"安徽省安庆市迎江区{street}{rng.choice(['德宽路', '玉琳路'])}{rng.randint(1, 99)}号",
                            f"139{rng.randint(10000000, 99999999)}", born=born, sex="女")
        troupe = rng.choice(["新韵", "宜城", "梅韵"])
        c.extra["troupe"] = troupe
        c.respondent = Party(f"安庆市{troupe}黄梅戏演艺有限公司", "organisation", credit_code(rng, "340802"),
                             f"安徽省安庆市迎江区{rng.choice(['湖心中路', '光彩大市场'])}{rng.randint(1, 80)}号",
                             f"0556-55{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "安庆市劳动人事争议仲裁委员会"
        c.basis_number = f"宜劳人仲案字〔2023〕第{rng.randint(100, 899)}号"
        c.extra["cause"] = "劳动争议"
        c.amount = Decimal(rng.randint(3200, 9800)) * 10
        c.extra["months"] = rng.randint(5, 11)
        c.extra["r_bank"] = rng.choice(["中国建设银行安庆迎江支行", "安庆农村商业银行湖心支行"])
        c.extra["r_acct"] = f"3405016{rng.randint(10**10, 10**11 - 1)}"
    else:
        c.applicant = Party(f"安庆{rng.choice(['江顺', '皖江', '长风'])}航运有限公司", "organisation",
                            credit_code(rng, "340802"), f"安徽省安庆市迎江区沿江东路{rng.randint(1, 200)}号",
                            f"0556-55{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"安庆{rng.choice(['鑫源', '江达', '振兴'])}疏浚工程有限公司", "organisation",
                             credit_code(rng, "340871"), f"安徽省安庆市经济开发区{rng.choice(['老峰镇', '皖江大道'])}"
                             f"{rng.randint(1, 60)}号", f"0556-53{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）皖0802民初{rng.randint(6000, 8999)}号"
        c.extra["cause"] = "船舶租赁合同纠纷"
        c.extra["barge"] = f"皖安庆货{rng.randint(1000, 9999)}"
        c.amount = Decimal(rng.randint(18000, 76000)) * 10
        c.extra["r_bank"] = "徽商银行安庆开发区支行"
        c.extra["r_acct"] = f"1020{rng.randint(10**11, 10**12 - 1)}"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
    c.extra["pay_day"] = c.day(rng.randint(38, 48))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_title(c: CaseCtx) -> str:
    return {"loan": "民事判决书", "troupe": "仲裁裁决书", "sand": "民事调解书"}[tale(c)]


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _staff(c: CaseCtx, judge: bool = False) -> list[tuple[str, str]]:
    return ([("审 判 长", c.judge)] if judge else [("执 行 员", c.officer)]) + [("书 记 员", c.clerk)]


def _parties(t: object, c: CaseCtx) -> None:
    from dossier.corpus.families.court_dy_kit import Typed

    assert isinstance(t, Typed)
    for role, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "person":
            t.para(f"{role}：{p.name}，{p.sex}，{p.born.year if p.born else ''}年生，汉族，住{p.address}，"
                   f"公民身份号码{p.id_number}。", indent=False)
        else:
            t.para(f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。", indent=False)
            t.para(f"法定代表人：{p.legal_rep}，该公司总经理。", indent=False)


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return _archive(code, c, rng)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code in ("interview_record", "investigation_record"):
        return _record(code, c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "summons":
        return _summons(c, rng)
    d = made_on(c, code)
    a, r = c.applicant, c.respondent
    basis = f"{c.basis_court}{c.basis_number}{basis_title(c)}"
    amount = money(c.amount)
    title = NAMES[code]
    t = typed(c, title, stock_name="white")
    judge = code in ("enforcement_ruling", "termination_this_round_ruling")
    if code == "acceptance_notice":
        t.para(f"{a.name}：", indent=False)
        t.para(f"你（单位）申请执行{r.name}{c.extra['cause']}一案，本院经审查认为符合立案条件，已于{num_date(c.filed_on)}"
               f"立案执行，案号为{c.number}。本案由执行员{c.officer}承办，书记员{c.clerk}协助，联系电话{c.court.phone}。")
        t.para("你（单位）如知悉被执行人的财产线索，请及时书面告知本院；申请执行人变更送达地址、收款账户的，应当及时告知。"
               "执行中和解的，请将和解协议提交本院。")
    elif code == "payment_notice":
        t.para(f"{a.name}：", indent=False)
        t.para(f"你（单位）申请执行{_case(c)}，依照《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项之规定，应交纳"
               f"申请执行费{money(c.extra['fee'])}，由被执行人负担，你（单位）预交。")
        t.para("请于接到本通知之日起七日内到本院诉讼服务中心或通过安徽法院诉讼服务网预交。逾期不交的，按自动撤回申请处理。")
    elif code == "enforcement_notice":
        t.para(f"{r.name}：", indent=False)
        t.para(f"{basis}已经发生法律效力。申请执行人{a.name}于{num_date(c.filed_on)}向本院申请强制执行，本院依法立案。"
               f"依照{LAW}第二百五十一条、第二百五十二条、第二百六十四条之规定，责令你（单位）自本通知送达之日起立即履行下列义务：")
        t.para(f"一、给付申请执行人{amount}及迟延履行期间的债务利息；")
        t.para(f"二、负担申请执行费{c.extra['fee']}元。")
        t.para("逾期不履行的，本院将依法强制执行，并可对你（单位）采取限制消费、纳入失信被执行人名单、罚款、拘留等措施；"
               "构成犯罪的，依法追究刑事责任。")
    elif code == "property_report_order":
        t.para(f"{r.name}：", indent=False)
        t.para(f"本院受理{_case(c)}，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》之规定，"
               "责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写随附的《财产申报表》。")
        t.para("拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任，"
               "并将你（单位）纳入失信被执行人名单。")
    elif code == "enforcement_ruling":
        t.para(_case(c) + "，", indent=False)
        _parties(t, c)
        t.para(f"本院依据已经发生法律效力的{basis}，于{num_date(c.filed_on)}立案执行。被执行人未按执行通知履行义务，"
               f"依照{LAW}第二百五十三条、第二百五十四条之规定，裁定如下：")
        if tale(c) == "loan":
            t.para(f"冻结、划拨被执行人{r.name}在银行、网络支付机构的存款{amount}，或查封、扣押其相应价值的财产。")
        else:
            t.para(f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{amount}。")
        t.para("本裁定立即执行。")
    elif code == "assistance_notice":
        bank = c.extra.get("r_bank", "安庆农村商业银行迎江支行")
        t.para(f"{bank}：", indent=False)
        t.para(f"关于{_case(c)}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条之规定，请协助执行下列事项：")
        t.para(f"冻结并划拨被执行人{r.name}（{r.id_number}）在你行开立账户内的存款{amount}，划至本院执行款专户"
               "（户名：安庆市迎江区人民法院，开户行：中国农业银行安庆迎江支行）。")
        t.para("附：执行裁定书一份。")
    elif code == "consumption_restriction_order":
        t.para(f"{r.name}：", indent=False)
        t.para(f"本院于{num_date(c.filed_on)}立案执行{_case(c)}，因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
               "依照《最高人民法院关于限制被执行人高消费及有关消费的规定》第一条、第三条之规定，对你采取限制消费措施，"
               "限制你不得实施下列高消费及非生活和工作必需的消费行为：")
        for i, item in enumerate(["乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位", "在星级以上宾馆、酒店、夜总会、"
                                  "高尔夫球场等场所进行高消费", "购买不动产或者新建、扩建、高档装修房屋", "租赁高档写字楼、宾馆、公寓等场所办公",
                                  "购买非经营必需车辆", "旅游、度假", "子女就读高收费私立学校", "支付高额保费购买保险理财产品",
                                  "乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为"], 1):
            t.para(f"（{'一二三四五六七八九'[i - 1]}）{item}；")
        t.para("如你违反限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》的规定予以拘留、罚款；情节严重构成犯罪的，依法追究刑事责任。")
    elif code == "dishonest_list_decision":
        t.para(_case(c) + "，", indent=False)
        _parties(t, c)
        t.para(f"被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照{LAW}第二百六十六条、"
               "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项之规定，决定如下：")
        t.para(f"将被执行人{r.name}纳入失信被执行人名单。")
        t.para("如不服本决定，可以向本院申请纠正。")
    elif code == "termination_this_round_ruling":
        t.para(_case(c) + "，", indent=False)
        _parties(t, c)
        t.para(f"本院于{num_date(c.filed_on)}立案执行，执行标的{amount}。执行中本院向被执行人送达执行通知书、报告财产令，"
               "通过网络执行查控系统查询其名下银行存款、车辆、不动产、证券、网络资金等，仅发现零星存款已划扣；"
               f"对申请执行人提供的线索（{c.extra.get('clue', '被执行人在大观区承揽装修工程的应收款')}）进行了实地调查，未发现可供执行的财产。"
               "本院已对被执行人发出限制消费令并纳入失信被执行人名单，约谈了申请执行人，申请执行人对终结本次执行程序无异议。")
        t.para("依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下：")
        t.para("终结本次执行程序。")
        t.para("申请执行人发现被执行人有可供执行财产的，可以再次申请执行。本裁定送达后立即生效。")
    elif code == "closing_notice":
        t.para(f"{a.name}：", indent=False)
        t.para(f"本院执行的{_case(c)}，执行标的{amount}，{'被执行人已按执行和解协议直接向你单位履行完毕' if tale(c) == 'sand' else '被执行人已全部履行，执行款已发放完毕'}。依照《最高人民法院关于执行案件"
               f"立案、结案若干问题的意见》第十五条之规定，本案以执行完毕方式于{num_date(c.closed_on)}结案。")
        t.para("特此通知。")
    sign_off(t, rng, cn(d), _staff(c, judge))
    return footers(t.sheets)


def _summons(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    d = made_on(c, "summons")
    s = stock("pale_yellow")
    y = head(s, "传　票", c.number)
    r = c.respondent
    who = r.name if r.kind == "person" else f"{r.name}（法定代表人{r.legal_rep}）"
    rows = [["案　　由", f"{c.extra['cause']}执行"], ["被 传 唤 人", who], ["工作单位或住址", r.address],
            ["传唤事由", "执行谈话，报告财产情况"], ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时00分"],
            ["应到处所", "本院执行局第三谈话室（华中东路88号）"]]
    y = table(s, L, y + mm(4), [mm(46), s.width - L - R - mm(46)], rows, body_font(38), row_h=mm(16), centre_first=True)
    f = body_font(34)
    notes = ["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票及身份证件。", "二、被传唤人无正当理由拒不到场的，"
             "本院可依法拘传。", f"三、联系人：执行员{c.officer}，电话{c.court.phone}。"]
    y += mm(6)
    for n in notes:
        s.text(L, y, n, f)
        y += mm(8)
    y += mm(10)
    s.right(s.width - R - mm(6), y, cn(d), body_font())
    seal(s, s.width - R - mm(36), y + 10, COURT, rng)
    s.text(L, y + mm(14), f"审判员　{c.judge}　　书记员　{c.clerk}", body_font(36))
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """笔录 written by the clerk's hand on the court's red-ruled record paper, signed page by page."""
    d = made_on(c, code)
    a, r = c.applicant, c.respondent
    title = "谈话笔录" if code == "interview_record" else "调查笔录"
    if code == "interview_record":
        head_lines = [f"时间：{num_date(d)}上午9时30分至10时15分", "地点：迎江区法院执行局谈话室",
                      f"执行员：{c.officer}　记录人：{c.clerk}", f"被谈话人：{a.name}（申请执行人）{a.phone}",
                      f"案号：{c.number}"]
        qa = [("问", "我们是迎江区法院执行局的工作人员，今天找你谈话，你要如实陈述，听清楚了吗？"), ("答", "听清楚了。"),
              ("问", f"本院已对{r.name}的银行存款、车辆、房产、网络资金进行查询，未发现可供执行的财产，你是否知道其他财产线索？"),
              ("答", "他原来在大观区做装修包工，手下七八个人，工程款都是老板直接给工人。我不知道他还有什么财产。"),
              ("问", "本院已对其限制消费并纳入失信名单。如没有新的线索，本案将终结本次执行程序，你有什么意见？"),
              ("答", "我同意。以后发现他有钱了我再来申请。"), ("问", "以上记录你看一下，是否属实？"), ("答", "属实。")]
    else:
        head_lines = [f"时间：{num_date(d)}下午2时40分", f"地点：{r.address}",
                      f"调查人：{c.officer}、{c.clerk}（记录）", f"被调查人：{r.name}", f"案号：{c.number}"]
        qa = [("问", "我们是迎江区法院执行人员，依法向你调查财产情况，你应当如实回答。"), ("答", "知道。"),
              ("问", "你现在做什么工作？收入多少？"), ("答", "跟人家后面做瓷砖，一天两百块，做一天算一天，没有固定工程。"),
              ("问", "申请人说你在大观区还有工程款没结，是怎么回事？"),
              ("答", "那个工程老板跑了，钱一分没拿到，我自己还欠工人工资。"),
              ("问", "你名下的房子、车子呢？"), ("答", "房子是租的，面包车前年就卖了抵债了。"), ("问", "以上属实吗？"), ("答", "属实。")]
    sheets: list[Sheet] = []
    s, rows = letter_paper(rng, "安庆市迎江区人民法院")
    s.centred(rows[0] - mm(8.5), title, font("kai", 52), spacing=16)
    lines: list[str] = list(head_lines)
    for q, ans in qa:
        text = f"{q}：{ans}"
        while len(text) > 31:
            lines.append(text[:31])
            text = "　　" + text[31:]
        lines.append(text)
    k = 1
    for line in lines:
        if k >= len(rows) - 1:
            hand(s, s.width - mm(70), rows[-1] + mm(1), f"被谈话人：{a.name if code == 'interview_record' else r.name}",
                 rng, size=32, record=False)
            sheets.append(s)
            s, rows = letter_paper(rng, "安庆市迎江区人民法院")
            k = 1
        write_ruled(s, rows, [line], rng, start=k, size=38)
        k += 1
    who = a.name if code == "interview_record" else r.name
    k += 1
    if k < len(rows):
        hand(s, mm(110), rows[k] - mm(9), f"以上笔录看过，属实。{who}", rng, size=38)
        signature(s, mm(40), rows[min(k + 1, len(rows) - 1)] - mm(10), c.clerk, rng)
    sheets.append(s)
    if len(sheets) > 1:
        for i, sh in enumerate(sheets, 1):
            sh.page_of = (i, len(sheets))
            sh.text(sh.width - mm(40), mm(14), f"第{i}页", font("kai", 30), fill=(206, 70, 64), record=False)
    return sheets


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    d = made_on(c, "online_inquiry_result")
    s = stock("white")
    s.text(L - mm(8), mm(14), "执行案件网络查控反馈结果（总对总）", font("sans_bold", 44))
    s.text(L - mm(8), mm(24), f"案号：{c.number}　　查询时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}", font("sans", 30))
    s.text(L - mm(8), mm(30), f"被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", font("sans", 30))
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "金额/数量"]]
    units = ["中国工商银行", "中国农业银行", "中国建设银行", "徽商银行", "安庆农村商业银行", "邮储银行", "支付宝（网商银行）",
             "财付通", "公安部车辆登记", "自然资源部不动产", "中国证券登记结算"]
    paid = tale(c) != "loan"
    for i, u in enumerate(units, 1):
        kind = "存款" if i <= 8 else ("车辆" if "车辆" in u else ("不动产" if "不动产" in u else "证券"))
        if paid and str(c.extra.get("r_bank", "")).startswith(u):
            res, amt = "有存款，已冻结", f"{c.amount:,.2f}"
        elif i <= 8 and rng.random() < 0.35:
            res, amt = "有存款", f"{Decimal(rng.randint(5, 9000)) / 100:,.2f}"
        else:
            res, amt = "未查询到" if i > 8 else "无账户/余额为零", "0"
        rows.append([str(i), u, kind, res, amt])
    x = L - mm(8)
    table(s, x, mm(38), [mm(14), mm(52), mm(24), mm(46), mm(36)], rows, font("sans", 28), row_h=mm(9.5), pad=8)
    s.text(x, s.height - mm(22), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=1):%Y-%m-%d}", font("sans", 26))
    s.right(s.width - mm(18), s.height - mm(22), "第1页 共1页", font("sans", 26))
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    d = made_on(c, "property_declaration_form")
    s = stock("pale_blue")
    y = head(s, "财产申报表", c.number)
    r = c.respondent
    w = s.width - L - R
    rows = [["申报人", r.name], ["身份证号/信用代码", r.id_number], ["住所", r.address], ["银行存款", ""], ["房产", ""],
            ["车辆", ""], ["股权、投资", ""], ["收入情况", ""], ["到期债权", ""], ["一年内财产变动", ""]]
    table(s, L, y + mm(2), [mm(50), w - mm(50)], rows, body_font(36), row_h=mm(17), centre_first=True)
    fills = {"loan": ["工行卡一张，余额几十元", "无，住房系租赁", "无（面包车已于2022年卖出）", "无", "打零工，月约三千元",
                      "大观区某工程款约四万元，未结", "无"],
             "troupe": ["建设银行基本户，余额不详", "无", "无", "无", "演出收入，疫情后大减", "无", "无"],
             "sand": ["徽商银行基本户", "无", "工程车二台（已抵押）", "无", "经营收入", "无", "无"]}[tale(c)]
    yy = y + mm(2) + 3 * mm(17) + mm(4)
    for f in fills:
        hand(s, L + mm(56), yy, f, rng, size=36, ink=BLUE_INK)
        yy += mm(17)
    yy = y + mm(2) + 10 * mm(17) + mm(10)
    s.text(L, yy, "申报人保证以上内容真实、完整，如有虚假，愿承担法律责任。", body_font(36))
    s.text(L + mm(60), yy + mm(14), "申报人（签名/盖章）：", body_font(36))
    signature(s, L + mm(130), yy + mm(10), r.legal_rep or r.name, rng, ink=BLUE_INK)
    hand(s, L + mm(100), yy + mm(30), num_date(d), rng, size=38, ink=BLUE_INK)
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    d = made_on(c, "closing_approval_form")
    s = stock("pale_green")
    s.centred(T - mm(6), COURT, font("hei", 44), spacing=6)
    s.centred(T + mm(6), "执行案件结案审批表", font("serif_bold", 62), spacing=10)
    method = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕"}[c.method]
    w = s.width - L - R
    rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_number}{basis_title(c)}"], ["执行标的", money(c.amount)],
            ["立案日期", num_date(c.filed_on)], ["结案方式", method],
            ["执行情况", "已送达执行通知书、报告财产令，网络查控，实地调查。" + ("已限制消费、纳入失信，约谈申请人。"
                                                                               if c.method == "terminated_this_round" else "案款已全部发放。")],
            ["承办人意见", ""], ["合议庭/团队长意见", ""], ["执行局长审批", ""]]
    heights = [mm(13)] * 7 + [mm(26), mm(30), mm(26), mm(26)]
    top = T + mm(22)
    table(s, L, top, [mm(44), w - mm(44)], rows, body_font(34), row_h=heights, centre_first=True)
    y8 = top + sum(heights[:8])
    hand(s, L + mm(50), y8 + mm(4), f"建议以{method}方式结案。", rng, size=38)
    hand(s, L + mm(110), y8 + mm(17), f"{c.officer}　{d.month}.{d.day}", rng, size=34)
    hand(s, L + mm(50), y8 + heights[8] + mm(5), "同意。", rng, size=38)
    hand(s, L + mm(110), y8 + heights[8] + mm(15), f"{c.judge}", rng, size=34)
    hand(s, L + mm(50), y8 + heights[8] + heights[9] + mm(5), "同意结案。", rng, size=38)
    hand(s, L + mm(110), y8 + heights[8] + heights[9] + mm(15), f"{person_name(rng)}　{d.month}.{d.day}", rng, size=34)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 pre-printed on pale yellow stock: the served papers typed into the table, the receiver's hand."""
    last = max(made_on(c, code) for code in served)
    got = last + timedelta(days=rng.randint(1, 4))
    s = stock("pale_yellow")
    s.centred(T, COURT, font("hei", 48), spacing=8)
    s.centred(T + mm(12), "送 达 回 证", font("serif_bold", 70), spacing=14)
    w = s.width - L - R
    to_app = served == ["acceptance_notice"]
    who = c.applicant if to_app else c.respondent
    docs = "、".join(NAMES.get(code, code) for code in served)
    if "property_report_order" in served:
        docs += "（附财产申报表）"
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["送达文书名称", docs], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签收", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达"],
            ["送 达 人", f"{c.officer}　{c.clerk}"], ["备　　注", ""]]
    heights = [mm(14), mm(14), mm(28), mm(14), mm(18), mm(34), mm(16), mm(14), mm(14), mm(20)]
    top = T + mm(30)
    table(s, L, top, [mm(46), w - mm(46)], rows, body_font(36), row_h=heights, centre_first=True)
    y = top + sum(heights[:5])
    signer = who.name if who.kind == "person" else who.legal_rep
    signature(s, L + mm(58), y + mm(5), signer, rng, ink=BLUE_INK)
    hand(s, L + mm(100), y + mm(19), f"{got.year}年{got.month}月{got.day}日", rng, size=36, ink=BLUE_INK)
    s.text(L, top + sum(heights) + mm(6), "填发人：" + c.clerk + "　　　" + "（本回证由送达人带回附卷）", body_font(32))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    d = made_on(c, code)
    w = mm(210) - L - R
    if code == "dossier_cover":
        s = stock("kraft")
        s.centred(mm(30), COURT, font("hei", 56), spacing=12)
        s.centred(mm(48), "执 行 卷 宗", font("serif_bold", 96), spacing=20)
        s.centred(mm(68), "（正卷）", font("ming", 44))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行标的", money(c.amount)], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
                ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", num_date(d)], ["保管期限", "长期"]]
        table(s, L, mm(90), [mm(42), w - mm(42)], rows, body_font(38), row_h=mm(14), centre_first=True)
        s.text(L, mm(272), f"本卷共　　页　　　　全宗号 0802　目录号 {c.filed_on.year}　卷号 {rng.randint(100, 900)}",
               body_font(32))
        return [s]
    if code == "catalogue":
        s = stock("white")
        s.centred(mm(24), "卷 内 目 录", font("serif_bold", 66), spacing=16)
        s.text(L, mm(38), f"案号：{c.number}", body_font(34))
        items = ["执行申请书", f"{basis_title(c)}", "生效证明书", "身份证明材料", "授权委托书、律师事务所函、律师执业证",
                 "财产线索、送达地址确认书、收款账户确认书", "诉讼费收据", "受理案件通知书、缴款通知书",
                 "执行通知书、报告财产令、财产申报表", "网络查控结果", "执行裁定书、协助执行通知书", "执行和解协议",
                 "案款收付凭证", "结案通知书", "结案审批表", "送达回证"]
        if tale(c) != "sand":
            items.remove("执行和解协议")
        if c.basis_kind != "arbitration":
            items.remove("生效证明书")
        rows = [["序号", "文件名称", "页号", "备注"]]
        page = 1
        for i, it in enumerate(items, 1):
            rows.append([str(i), it, str(page), ""])
            page += rng.randint(1, 3)
        table(s, L, mm(46), [mm(16), mm(104), mm(20), w - mm(140)], rows, body_font(32), row_h=mm(12), centre_first=True)
        return [s]
    s = stock("pale_green" if code == "file_review_form" else "white")
    if code == "file_review_form":
        s.centred(mm(26), "执行卷宗复核表", font("serif_bold", 62), spacing=10)
        rows = [["案号", c.number], ["承办人", c.officer], ["卷宗材料是否齐全", ""], ["文书是否签章、送达", ""],
                ["装订顺序是否符合要求", ""], ["有无空白项", ""], ["复核意见", ""], ["复核人", ""]]
        heights = [mm(14)] * 2 + [mm(18)] * 4 + [mm(34), mm(16)]
        table(s, L, mm(44), [mm(60), w - mm(60)], rows, body_font(36), row_h=heights, centre_first=True)
        y = mm(44) + mm(28)
        for ans in ("齐全", "已签章、已送达", "符合", "无"):
            hand(s, L + mm(68), y + mm(4), ans, rng, size=38)
            y += mm(18)
        hand(s, L + mm(68), y + mm(6), "材料齐全，同意归档。", rng, size=38)
        hand(s, L + mm(68), y + mm(36), f"{c.officer}　{num_date(d)}", rng, size=36)
        return [s]
    s.centred(mm(26), "备 考 表", font("serif_bold", 66), spacing=20)
    s.box(L, mm(42), L + w, mm(250), width=3)
    s.text(L + mm(6), mm(48), "本卷情况说明：", body_font(38))
    hand(s, L + mm(14), mm(62), f"本卷连同卷内目录、备考表共计{rng.randint(48, 70)}页，", rng, size=38)
    hand(s, L + mm(6), mm(74), "材料完整，无缺页，照片、光盘均无。", rng, size=38)
    s.text(L + mm(90), mm(214), "立卷人：", body_font(36))
    signature(s, L + mm(116), mm(210), c.clerk, rng)
    s.text(L + mm(90), mm(226), "检查人：", body_font(36))
    signature(s, L + mm(116), mm(222), c.officer, rng)
    s.text(L + mm(90), mm(238), f"立卷时间：{num_date(d)}", body_font(36))
    return [s]


__all__ = ["CODES", "LEAD", "adopt_basis", "made_on", "render"]
