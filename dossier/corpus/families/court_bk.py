"""court_bk: 陕西省西安市雁塔区人民法院's enforcement volumes as the undertaker keeps them — the court's own papers
under a red 红头 in 宋体, a 西安中院 or 西安仲裁委 basis in its own setting, a 陕西 law firm's 所函 and applications,
长安银行/西安银行/陕西信合 slips, the 不动产登记中心's and 车管所's replies, and forms the parties filled by hand."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, num_date, person_name
from dossier.corpus.draw import BLUE_INK, RED, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_bk_plans import AWARD_SEQ, LOAN_SEQ, plans
from dossier.corpus.fonts import font

COURT = "陕西省西安市雁塔区人民法院"
CODES: frozenset[str] = frozenset(d.code for p in plans() for d in p.docs)

COURT_TITLES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
    "closing_notice": "结案通知书", "summons": "传票", "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书", "termination_this_round_ruling": "执行裁定书",
}
FORM_TITLES = {
    "closing_approval_form": "执行案件结案审批表", "case_registration_form": "执行案件立案登记表",
    "file_review_form": "卷宗复核表", "remarks_sheet": "卷内备考表", "catalogue": "卷内文件目录",
    "property_declaration_form": "财产申报表", "property_clue_form": "被执行人财产线索表",
    "service_address_confirmation": "送达地址确认书", "payment_account_confirmation": "收款账户确认书",
    "investigation_record": "执行调查笔录", "interview_record": "约谈申请执行人笔录",
}
HAND_FILLED = ("service_address_confirmation", "payment_account_confirmation", "property_clue_form",
               "property_declaration_form")
RESPONDENT = ("enforcement_notice", "property_report_order", "consumption_restriction_order")
SERVE_NAMES = {**COURT_TITLES, "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
               "dishonest_list_decision": "纳入失信被执行人名单决定书"}


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Moves the case to 雁塔: the supplier's appeal judgment of 西安中院, the 西安仲裁委 software award, or this court's
    own 民间借贷 调解书; the firm, banks and registries are 西安's."""
    c.firm = rng.choice(["陕西曲江雁塔律师事务所", "陕西长安大雁律师事务所", "陕西秦汉明德律师事务所"])
    c.extra["bank"] = rng.choice(["长安银行西安雁塔支行", "西安银行小寨支行", "陕西信合雁塔信用社"])
    c.extra["acct"] = f"6231{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.007 + 50))
    c.extra["pay_day"] = c.day(rng.randint(35, 60))
    if c.number.endswith(f"{AWARD_SEQ}号"):
        c.extra["story"] = "award"
        c.basis_court = "西安仲裁委员会"
        c.basis_number = f"（{c.filed_on.year - 1}）西仲裁字第{rng.randint(300, 1999)}号"
        c.respondent.name = f"西安{rng.choice(['云码', '秦数', '丝路智联'])}软件科技有限公司"
        c.respondent.address = f"西安市高新区锦业路{rng.randint(1, 99)}号"
    elif c.number.endswith(f"{LOAN_SEQ}号"):
        c.extra["story"] = "loan"
        c.basis_court = COURT
        c.basis_number = f"（{c.filed_on.year - 1}）陕0113民初{rng.randint(2000, 9999)}号"
        c.respondent.address = f"西安市雁塔区小寨东路{rng.randint(1, 200)}号"
    else:
        c.extra["story"] = "supplier"
        c.basis_court = "陕西省西安市中级人民法院"
        c.basis_number = f"（{c.filed_on.year - 1}）陕01民终{rng.randint(1000, 19999)}号"
        c.respondent.name = f"西安{rng.choice(['老秦', '樊记', '子午'])}肉夹馍餐饮管理有限公司"
        c.respondent.address = f"西安市雁塔区长安南路{rng.randint(1, 300)}号"


def _paged(sheets: list[Sheet]) -> list[Sheet]:
    """Later sheets of a document carry no title; each gets its footer."""
    for k, s in enumerate(sheets):
        s.page_of = (k + 1, len(sheets)) if len(sheets) > 1 else None
        s.centred(s.height - mm(16), f"第{k + 1}页 共{len(sheets)}页", font("song_gb", 26))
    return sheets


def _red_head(s: Sheet, title: str, c: CaseCtx) -> float:
    s.centred(mm(24), COURT, font("song_gb", 62), fill=RED, spacing=2)
    s.line(mm(20), mm(42), s.width - mm(20), mm(42), width=5, fill=RED)
    s.centred(mm(50), title, font("serif_bold", 70), spacing=14)
    s.right(s.width - mm(24), mm(70), c.number, font("song_gb", 36))
    return mm(84)


def _body(c: CaseCtx, code: str) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    basis = f"{c.basis_court}{c.basis_number}"
    amt = money(c.amount)
    if code == "enforcement_ruling":
        return [("f", f"申请执行人：{a.name}，住{a.address}。"), ("f", f"被执行人：{r.name}，住所地{r.address}。"),
                ("p", f"申请执行人{a.name}与被执行人{r.name}纠纷一案，{basis}法律文书已经发生法律效力。被执行人未按执行通知履行义务。"),
                ("p", "依照《中华人民共和国民事诉讼法》第二百四十九条、第二百五十条之规定，裁定如下："),
                ("p", f"冻结、划拨被执行人{r.name}在{c.extra['bank']}等金融机构的存款{amt}，或查封、扣押其相应价值的财产。"),
                ("p", "本裁定立即执行。")]
    if code == "termination_this_round_ruling":
        return [("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}民间借贷纠纷一案中，依据{basis}民事调解书，"
                      "已通过网络执行查控系统查询被执行人名下存款、车辆、不动产、证券等，经西安市不动产登记中心、西安市公安局交警支队车辆管理所查询，均未发现可供执行的财产。"),
                ("p", "已向被执行人发出报告财产令、限制消费令，并将其纳入失信被执行人名单。申请执行人亦未能提供其他财产线索。"),
                ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下："),
                ("p", f"终结本院{c.number}案件的本次执行程序。"),
                ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。本裁定送达后立即生效。")]
    texts = {
        "acceptance_notice": f"你（单位）申请执行{r.name}一案，本院经审查符合立案条件，已立案执行。案号{c.number}。请于三日内提供被执行人财产线索，并保持联系电话畅通。",
        "payment_notice": f"你（单位）申请执行{r.name}一案，应预交申请执行费{c.extra['fee']}元，依规由被执行人负担，请于七日内到本院诉讼服务中心交纳。",
        "enforcement_notice": f"{a.name}与你（单位）纠纷一案，{basis}法律文书已发生法律效力。责令你（单位）自收到本通知之日起立即履行：支付{amt}，并负担执行费{c.extra['fee']}元及迟延履行期间的债务利息。逾期不履行的，本院将依法强制执行。",
        "property_report_order": "依照《中华人民共和国民事诉讼法》第二百五十二条之规定，责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。拒绝报告或者虚假报告的，本院将依法予以罚款、拘留，并纳入失信被执行人名单。",
        "assistance_notice": f"关于{a.name}与{r.name}一案，依照本院执行裁定书，请协助冻结、扣划被执行人{r.name}在你行账户内的存款{amt}。",
        "closing_notice": f"{a.name}：你申请执行{r.name}一案，被执行人已按和解协议履行完毕，执行款已发放至你指定账户。本案已执行完毕，现予结案。",
        "summons": f"被传唤人：{r.name}（法定代表人{r.legal_rep or r.name}）。传唤事由：执行调查、报告财产。应到时间：{num_date(c.day(40))}上午9时。应到处所：本院执行局第三谈话室。",
        "consumption_restriction_order": f"被执行人{r.name}未按执行通知书指定的期间履行{basis}确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的规定》，限制被执行人及其法定代表人不得乘坐飞机、列车软卧、高铁一等座以上座位，不得在星级以上宾馆消费。",
        "dishonest_list_decision": f"被执行人{r.name}有履行能力而拒不履行{basis}确定的义务，依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条，决定将其纳入失信被执行人名单。本决定一经作出即生效。",
    }
    return [("p", texts[code])]


def _court_paper(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    title = COURT_TITLES[code]
    if code == "dishonest_list_decision":
        title = "决定书"
    y = _red_head(s, title, c)
    blocks = _body(c, code)
    if code not in ("enforcement_ruling", "termination_this_round_ruling", "dishonest_list_decision"):
        blocks = [("f", f"{c.extra['bank'] if code == 'assistance_notice' else c.respondent.name if code in RESPONDENT else c.applicant.name}：")
                  if code != "summons" else ("f", ""), *blocks,
                  ("f", f"承办人：{c.officer}    书记员：{c.clerk}"),
                  ("f", f"联系电话：{c.court.phone}    地址：{c.court.address}")]
    f = font("song_gb", 40)
    sheets = [s]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], mm(28)

    y = flow(s, blocks, f, x0=mm(28), width=s.width - mm(56), y=y, line_height=62, indent=80,
             bottom=s.height - mm(50), more=more)
    last = sheets[-1]
    y = min(y + 40, last.height - mm(70))
    last.text(last.width - mm(80), y, f"审判员  {c.judge}", f)
    day = c.day({"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
                 "enforcement_ruling": 20, "assistance_notice": 21, "closing_notice": 74}.get(code, 60))
    last.text(last.width - mm(80), y + 70, cn_date(day), f)
    seal(last, last.width - mm(58), y + 60, COURT, rng)
    return _paged(sheets)


def _basis(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    story = c.extra.get("story", "supplier")
    a, r = c.applicant, c.respondent
    if code == "effectiveness_certificate":
        s = Sheet()
        s.centred(mm(30), c.basis_court if story == "award" else COURT, font("hei", 50))
        s.centred(mm(48), "生效证明书" if story != "award" else "裁决书生效证明", font("hei", 64), spacing=10)
        flow(s, [("p", f"{c.basis_number}{'裁决书' if story == 'award' else '法律文书'}（{a.name}与{r.name}纠纷一案），"
                       f"已于{num_date(c.basis_effective)}发生法律效力。"), ("p", "特此证明。")],
             font("ming", 40), x0=mm(26), width=s.width - mm(52), y=mm(80), line_height=64, indent=80)
        s.right(s.width - mm(30), mm(150), num_date(c.basis_effective + timedelta(days=9)), font("ming", 40))
        seal(s, s.width - mm(60), mm(145), c.basis_court if story == "award" else COURT, rng)
        return [s]
    title = {"award": "裁 决 书", "loan": "民 事 调 解 书"}.get(story, "民 事 判 决 书")
    head = {"award": "西安仲裁委员会", "loan": COURT}.get(story, "陕西省西安市中级人民法院")
    goods = {"award": "软件开发服务费", "loan": "借款本金"}.get(story, "腊汁肉、馍胚供货款")
    sheets = [Sheet(), Sheet()]
    s = sheets[0]
    s.centred(mm(26), head, font("serif", 56))
    s.centred(mm(44), title, font("serif_bold", 66))
    s.right(s.width - mm(26), mm(64), c.basis_number, font("serif", 36))
    blocks = [("f", f"{'申请人' if story == 'award' else '上诉人（原审原告）' if story == 'supplier' else '原告'}：{a.name}，住{a.address}。"),
              ("f", f"{'被申请人' if story == 'award' else '被上诉人（原审被告）' if story == 'supplier' else '被告'}：{r.name}，住所地{r.address}。"),
              ("p", f"{a.name}与{r.name}{goods}纠纷一案，{'本会受理后依法组成仲裁庭，' if story == 'award' else '本院依法组成合议庭，'}"
                    "经审理查明，双方自2022年起建立合作关系，{0}尚欠{1}未付，经多次催要未果。".format(r.name, money(c.amount)))]
    if story == "supplier":
        blocks += [("p", f"上诉人{a.name}因与被上诉人{r.name}买卖合同纠纷一案，不服陕西省西安市雁塔区人民法院"
                         f"（{c.filed_on.year - 2}）陕0113民初{rng.randint(1000, 9999)}号民事判决，向本院提起上诉。本院于"
                         f"{num_date(c.basis_effective - timedelta(days=80))}立案后，依法组成合议庭进行了审理。"),
                   ("p", "本院认为，双方之间的买卖合同关系合法有效。被上诉人收取腊汁肉、馍胚等货物后未足额支付货款，"
                         "对账单经其门店负责人签字确认，应承担付款责任。一审对部分送货单未予认定不当，本院予以纠正。")]
    elif story == "award":
        blocks += [("p", f"申请人依据双方于2022年签订的《软件开发合同》中的仲裁条款，于{num_date(c.basis_effective - timedelta(days=120))}"
                         "向本会申请仲裁。仲裁庭于高新区开庭审理，双方均到庭参加庭审。"),
                   ("p", "仲裁庭认为，申请人已交付系统并经被申请人验收上线，被申请人应按约支付第二、三期开发费。")]
    else:
        blocks += [("p", f"原告诉称，{r.name}因经营小寨商铺资金周转，向原告借款，约定一年内归还，到期后未还。"),
                   ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成协议。")]
    flow(s, blocks, font("serif", 38), x0=mm(25), width=s.width - mm(50), y=mm(80), line_height=60, indent=76)
    t = sheets[1]
    flow(t, [("p", f"{'裁决如下' if story == 'award' else '判决如下' if story == 'supplier' else '经本院主持调解，双方自愿达成如下协议'}："),
             ("p", f"一、{r.name}于本{'裁决' if story == 'award' else '文书'}生效之日起十日内向{a.name}支付{goods}{money(c.amount)}；"),
             ("p", "二、案件受理费由" + r.name + "负担。"),
             ("p", "本" + ("裁决为终局裁决。" if story == "award" else "判决为终审判决。" if story == "supplier" else "调解书经双方当事人签收后，即具有法律效力。"))],
         font("serif", 38), x0=mm(25), width=t.width - mm(50), y=mm(30), line_height=60, indent=76)
    t.text(t.width - mm(90), mm(180), f"{'仲裁员' if story == 'award' else '审判长'}  {person_name(rng)}", font("serif", 38))
    t.text(t.width - mm(90), mm(200), cn_date(c.basis_effective - timedelta(days=15)), font("serif", 38))
    seal(t, t.width - mm(65), mm(195), head, rng)
    return _paged(sheets)


def _form(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    title = FORM_TITLES.get(code, code)
    head = COURT if code not in ("property_clue_form",) else ""
    if head:
        s.centred(mm(22), head, font("hei", 44))
    s.centred(mm(36), title, font("hei", 60), spacing=6)
    s.text(mm(22), mm(56), f"案号：{c.number}", font("sans", 32))
    f = font("sans", 32)
    a, r = c.applicant, c.respondent
    rows: list[list[str]] = [["申请执行人", a.name], ["被执行人", r.name], ["执行依据", f"{c.basis_court}{c.basis_number}"],
                             ["执行标的", money(c.amount)]]
    extra = {
        "closing_approval_form": [["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
                                  ["承办人意见", "拟结案"], ["庭（局）长意见", ""]],
        "case_registration_form": [["立案日期", num_date(c.filed_on)], ["承办人", c.officer]],
        "file_review_form": [["卷宗装订", "符合要求"], ["复核人", c.clerk]],
        "remarks_sheet": [["本卷情况说明", "本卷共计文件若干件，页码连续，无缺页"], ["立卷人", c.clerk]],
        "catalogue": [["1", "执行申请书"], ["2", "执行依据"], ["3", "生效证明"], ["4", "送达回证等"]],
        "property_declaration_form": [["银行存款", "见附页"], ["不动产", "无"], ["车辆", "无"]],
        "property_clue_form": [["开户银行", c.extra["bank"]], ["不动产", "雁塔区小寨西路商铺一间（待查）"]],
        "service_address_confirmation": [["送达地址", a.address], ["联系电话", a.phone], ["是否同意电子送达", "同意"]],
        "payment_account_confirmation": [["户名", a.name], ["开户行", c.extra["bank"]], ["账号", c.extra["acct"]]],
        "investigation_record": [["时间", num_date(c.day(45))], ["地点", "本院执行局"], ["问", "你公司有无可供执行财产？"], ["答", "暂无。"]],
        "interview_record": [["时间", num_date(c.day(120))], ["问", "是否知悉终结本次执行程序的后果？"], ["答", "知悉，无其他财产线索。"]],
    }.get(code, [])
    by_hand = code in HAND_FILLED
    typed = [[k, "" if by_hand and i >= 4 else v] for i, (k, v) in enumerate(rows + extra)]
    y = table(s, mm(20), mm(66), [mm(48), s.width - mm(88)], typed, f, row_h=mm(16))
    if by_hand:  # the party filled the printed blanks in ballpoint at the window
        for i, (_, v) in enumerate(extra):
            hand(s, mm(74), mm(66) + (4 + i) * mm(16) + mm(4), v[:24], rng, size=38)
    signature(s, s.width - mm(90), y + mm(20), c.officer if code.endswith("form") else a.name, rng)
    hand(s, s.width - mm(90), y + mm(40), num_date(c.day(70)), rng, size=36)
    return [s]


def _party(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    a, r = c.applicant, c.respondent
    f = font("kai_gb", 40) if code == "enforcement_application" else font("microhei", 36)
    if code == "law_firm_letter":
        s.centred(mm(24), c.firm, font("wenkai_bold", 58))
        s.line(mm(20), mm(40), s.width - mm(20), mm(40), width=3)
        s.centred(mm(48), "律师事务所函", font("wenkai_bold", 56))
        s.right(s.width - mm(24), mm(62), f"陕{c.firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(12, 260)}号", font("wenkai", 34))
        blocks = [("f", f"{COURT}："), ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其申请执行{r.name}一案的代理人。特此函告。")]
    elif code == "power_of_attorney":
        s.centred(mm(30), "授权委托书", font("microhei", 60), spacing=12)
        blocks = [("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                  ("p", f"现委托上述受托人在我与{r.name}执行一案中，作为我的代理人。代理权限为：特别授权，代为申请执行、代为和解、代为领取执行款。")]
    elif code == "lawyer_license":
        s.centred(mm(30), "中华人民共和国律师执业证", font("microhei", 54))
        blocks = [("f", f"持证人：{c.agent}"), ("f", f"执业机构：{c.firm}"), ("f", f"执业证号：1610120{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"),
                  ("f", "发证机关：陕西省司法厅")]
    elif code == "identity_proof":
        p = r if served == ["respondent"] else a
        if p.kind == "organisation":
            s.centred(mm(30), "营业执照（副本）复印件", font("microhei", 54))
            blocks = [("f", f"统一社会信用代码：{p.id_number}"), ("f", f"名称：{p.name}"), ("f", f"法定代表人：{p.legal_rep}"),
                      ("f", f"住所：{p.address}"), ("f", "登记机关：西安市市场监督管理局雁塔分局")]
        else:
            return [_id_copy(p, c, rng)]
    elif code == "enforcement_application":
        s.centred(mm(30), "强制执行申请书", font("kai_gb", 62), spacing=8)
        blocks = [("f", f"申请执行人：{a.name}，住{a.address}，电话{a.phone}。"), ("f", f"被执行人：{r.name}，住所地{r.address}。"),
                  ("f", "执行请求："), ("p", f"一、请求强制被执行人支付{money(c.amount)}；"), ("p", "二、执行费由被执行人负担。"),
                  ("f", "事实与理由："), ("p", f"{c.basis_court}{c.basis_number}法律文书已发生法律效力，被执行人至今未履行，特申请强制执行。"),
                  ("f", "此致"), ("f", COURT)]
    elif code == "settlement_agreement":
        s.centred(mm(30), "执行和解协议", font("microhei", 60))
        blocks = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
                  ("p", f"就{c.number}案，双方自愿达成和解：乙方于{num_date(c.extra['pay_day'])}前一次性支付{money(c.amount)}，甲方放弃迟延履行利息。")]
    elif code == "payment_voucher":
        s.centred(mm(30), c.extra["bank"].split("银行")[0] + "银行" if "银行" in c.extra["bank"] else "陕西信合", font("sans_bold", 48))
        s.centred(mm(46), "转账业务回单", font("sans_bold", 52))
        blocks = [("f", f"付款人：{r.name}"), ("f", f"收款人：{COURT}执行款专户"), ("f", f"金额：{money(c.amount)}"),
                  ("f", f"交易日期：{num_date(c.extra['pay_day'])}"), ("f", f"用途：{c.number}执行款")]
    elif code == "fee_receipt":
        s.centred(mm(30), "陕西省法院诉讼费用专用票据", font("sans_bold", 50))
        blocks = [("f", f"交款人：{r.name}"), ("f", f"案号：{c.number}"), ("f", f"项目：申请执行费  金额：{c.extra['fee']}元"),
                  ("f", "收款单位：陕西省西安市雁塔区人民法院（财政票据监制章）")]
    else:  # online_inquiry_result
        s.centred(mm(30), "网络执行查控系统查询结果", font("sans_bold", 50))
        blocks = [("f", f"被查询人：{r.name}  证照号：{r.id_number}"), ("f", f"{c.extra['bank']}：余额 0.00 元"),
                  ("f", "西安市不动产登记中心：未查询到登记信息"), ("f", "西安市公安局交警支队车辆管理所：名下无机动车")]
    flow(s, blocks, f, x0=mm(24), width=s.width - mm(48), y=mm(70), line_height=64, indent=80)
    if code in ("enforcement_application", "power_of_attorney", "settlement_agreement"):
        signature(s, s.width - mm(90), mm(230), a.name, rng)
    if code in ("law_firm_letter", "payment_voucher", "fee_receipt"):
        seal(s, s.width - mm(60), mm(210), c.firm if code == "law_firm_letter" else COURT if code == "fee_receipt"
             else c.extra["bank"], rng)
    return [s]


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """A photocopy of both faces of a resident card, grey ground inside each card, 与原件一致 in the holder's hand."""
    s = Sheet()
    f, small = font("hei", 30), font("hei", 24)
    x0, w, h = mm(48), mm(114), mm(72)
    for k, y0 in enumerate((mm(40), mm(130))):
        s.draw.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=mm(4), fill=(214, 214, 210), outline=(90, 90, 90), width=3)
        if k == 0:
            born = p.born or c.filed_on
            lines = [f"姓名  {p.name}", f"性别  {p.sex}    民族  汉", f"出生  {born.year}年{born.month}月{born.day}日",
                     f"住址  {p.address}"]
            for i, line in enumerate(lines):
                s.text(x0 + mm(6), y0 + mm(6) + i * mm(9), line, f)
            s.draw.rectangle((x0 + w - mm(32), y0 + mm(8), x0 + w - mm(6), y0 + mm(42)), fill=(150, 150, 150))
            s.text(x0 + mm(6), y0 + h - mm(12), f"公民身份号码  {p.id_number}", f)
        else:
            s.centred(y0 + mm(14), "中华人民共和国", font("hei", 44), x0=x0, x1=x0 + w)
            s.centred(y0 + mm(26), "居民身份证", font("hei", 56), spacing=8, x0=x0, x1=x0 + w)
            s.text(x0 + mm(10), y0 + mm(48), "签发机关  西安市公安局雁塔分局", small)
            s.text(x0 + mm(10), y0 + mm(56), f"有效期限  2016.05.{rng.randint(10, 28)}-2036.05.{rng.randint(10, 28)}", small)
    hand(s, mm(60), mm(215), "此复印件与原件一致", rng, size=46)
    signature(s, mm(120), mm(232), p.name, rng)
    return s


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), COURT, font("song_gb", 48))
    s.centred(mm(38), "送 达 回 证", font("serif_bold", 64))
    names = "、".join(SERVE_NAMES.get(x, x) for x in served)
    who = c.applicant.name if served == ["acceptance_notice"] else c.respondent.name
    rows = [["案号", c.number], ["送达文书名称及件数", f"{names}各一份"], ["受送达人", who],
            ["送达地址", c.applicant.address if who == c.applicant.name else c.respondent.address],
            ["受送达人签收", ""], ["送达人", c.officer]]
    table(s, mm(20), mm(60), [mm(56), s.width - mm(96)], rows, font("song_gb", 34), row_h=mm(22))
    signature(s, mm(90), mm(60) + mm(22) * 4 + 10, who[:3], rng)
    hand(s, mm(140), mm(60) + mm(22) * 4 + 30, num_date(c.day(5)), rng, size=34, ink=BLUE_INK)
    return [s]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Draws one document of a court_bk dossier; each sheet remembers what the undertaker's desk did to it (capture)."""
    sheets = _draw(code, c, rng, served)
    for k, s in enumerate(sheets):
        vars(s).update(bk_code=code, bk_first=k == 0, bk_judge=c.judge, bk_day=c.day(rng.randint(2, 70)),
                       bk_page=rng.randint(3, 30))
    return sheets


def _draw(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in COURT_TITLES:
        return _court_paper(code, c, rng)
    if code in ("enforcement_basis", "effectiveness_certificate"):
        return _basis(code, c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "dossier_cover":
        s = Sheet()
        s.centred(mm(40), COURT, font("song_gb", 60))
        s.centred(mm(70), "执 行 卷 宗", font("serif_bold", 90), spacing=20)
        table(s, mm(30), mm(110), [mm(40), s.width - mm(100)],
              [["案号", c.number], ["案由", {"award": "计算机软件开发合同纠纷", "loan": "民间借贷纠纷"}.get(str(c.extra.get("story")), "买卖合同纠纷")],
               ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["结案日期", num_date(c.closed_on)],
               ["归档日期", num_date(c.closed_on + timedelta(days=20))], ["保管期限", "长期"]], font("song_gb", 36), row_h=mm(18))
        return [s]
    if code == "catalogue":
        s = Sheet()
        s.centred(mm(26), "卷 内 文 件 目 录", font("song_gb", 60), spacing=6)
        s.text(mm(20), mm(42), f"案号：{c.number}", font("song_gb", 32))
        items = ["执行申请书", "仲裁裁决书", "裁决书生效证明", "财产线索表", "诉讼费用票据", "身份证明", "授权委托书、所函",
                 "受理案件通知书", "执行通知书、报告财产令", "网络查控结果", "执行裁定书", "执行和解协议", "银行回单",
                 "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "页号", "备注"]]
        page = 1
        for k, item in enumerate(items, 1):
            rows.append([str(k), item, str(page), ""])
            page += rng.choice([1, 1, 2])
        table(s, mm(16), mm(52), [mm(18), mm(110), mm(24), mm(26)], rows, font("song_gb", 30), row_h=mm(12),
              centre_first=True)
        return [s]
    if code in FORM_TITLES:
        return _form(code, c, rng, served)
    return _party(code, c, rng, served)

