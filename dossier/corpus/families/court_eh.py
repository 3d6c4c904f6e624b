"""court_eh (广西壮族自治区北海市海城区人民法院, held out): the old port district of 北海 — 外沙 seafood stalls, pearl traders,
border trade with Vietnam through 东兴, boatyards at 侨港, holiday flats on 银滩. Its own papers are set in song with the court
line in bold over a spaced title and the number flush left under a thin rule, the bureau's 制 mark at the foot; what it
receives is drawn in its senders' styles (court_eh_papers), most of it faxed in (court_eh_capture)."""

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
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, table
from dossier.corpus.families.court_eh_papers import RECEIVED, paper
from dossier.corpus.fonts import Font, font

COURT = "广西壮族自治区北海市海城区人民法院"
SHORT = "北海市海城区人民法院"
PEARL_SEQ, BOAT_SEQ, FRUIT_SEQ = 59251, 59632, 59917
LEFT, RIGHT_M, TOP, FOOT = mm(28), mm(25), mm(32), mm(26)
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_notice",
    "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
OFFSET = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 4, "property_report_order": 4,
          "online_inquiry_result": 6, "enforcement_ruling": 11, "assistance_notice": 11,
          "property_declaration_form": 15, "summons": 20, "investigation_record": 27, "settlement_agreement": 31,
          "consumption_restriction_order": 36, "dishonest_list_decision": 37, "payment_voucher": 44,
          "interview_record": 104, "termination_this_round_ruling": 122, "closing_notice": 66}


def story(c: CaseCtx) -> str:
    return str(c.extra["story"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    return c.day(OFFSET.get(code, 0))


def _org(rng: random.Random, name: str, addr: str, tel: str) -> Party:
    return Party(name, "organisation", credit_code(rng, "450502"), addr, tel, legal_rep=person_name(rng))


def _man(rng: random.Random, region: str, addr: str) -> Party:
    born = date(rng.randint(1964, 1990), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), addr,
                 f"1{rng.choice(['36', '38', '77', '89'])}{rng.randint(10000000, 99999999)}", born=born,
                 sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """北海 parties. PEARL_SEQ: a 南珠 company's judgment of this court against a seafood trading firm that took pearls on
    credit; BOAT_SEQ: a lender's 北海中院 二审 judgment against a 侨港 boat builder; FRUIT_SEQ: an importer's 北海仲裁委员会
    award for Vietnamese dragon fruit delivered to a 北海 wholesaler."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["story"] = {PEARL_SEQ: "pearl", BOAT_SEQ: "boat", FRUIT_SEQ: "fruit"}[seq]
    c.firm = rng.choice(["广西海城律师事务所", "广西北部湾明正律师事务所", "广西银滩律师事务所"])
    c.extra["firm_addr"] = f"北海市海城区{rng.choice(['长青路', '四川路', '北京路'])}{rng.randint(8, 188)}号"
    c.extra["licence"] = f"1450520{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["fax"] = f"0779-{rng.randint(2000000, 3999999)}"
    c.extra["in_bank"] = rng.choice(["北部湾银行北海分行", "中国工商银行北海分行营业部", "北海农村商业银行海城支行"])
    c.extra["in_acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    c.extra["r_bank"] = rng.choice(["中国农业银行北海侨港支行", "桂林银行北海分行", "北部湾银行北海海城支行"])
    c.extra["r_acct"] = f"2051{rng.randint(10**11, 10**12 - 1)}"
    s = story(c)
    if s == "pearl":
        c.applicant = _org(rng, f"北海{rng.choice(['南珠', '合浦珠', '白龙珠'])}珍珠有限公司",
                           f"广西北海市海城区{rng.choice(['云南路', '贵州路'])}{rng.randint(10, 99)}号", "0779-20" + str(rng.randint(10000, 99999)))
        c.respondent = _org(rng, f"北海{rng.choice(['外沙', '地角', '海丰'])}海产品贸易有限公司",
                            f"广西北海市海城区外沙{rng.choice(['海鲜岛', '海产品市场'])}{rng.randint(1, 80)}号铺",
                            "0779-32" + str(rng.randint(10000, 99999)))
        c.basis_court = COURT
        c.basis_number = f"（2023）桂0502民初{rng.randint(1000, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = f"海水珍珠（南珠）{rng.randint(30, 90)}串及裸珠{rng.randint(5, 20)}公斤"
        c.amount = Decimal(rng.randint(28000, 96000)) * 10
    elif s == "boat":
        c.applicant = _man(rng, "450502", f"广西北海市海城区{rng.choice(['银滩镇', '地角街道'])}"
                           f"{rng.choice(['银滩公寓', '金海岸花园'])}{rng.randint(1, 20)}栋{rng.randint(101, 2808)}房")
        c.respondent = _man(rng, rng.choice(["450503", "450521"]), f"广西北海市海城区侨港镇{rng.choice(['侨南路', '海港路'])}"
                            f"{rng.randint(1, 120)}号")
        c.basis_court = "广西壮族自治区北海市中级人民法院"
        c.extra["first_no"] = f"（2023）桂0502民初{rng.randint(2000, 7999)}号"
        c.basis_number = f"（2023）桂05民终{rng.randint(300, 2999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "民间借贷纠纷"
        c.extra["yard"] = f"侨港{rng.choice(['顺风', '海兴', '福安'])}船舶修造厂"
        c.amount = Decimal(rng.randint(180, 680)) * 1000
    else:
        c.applicant = _org(rng, f"北海{rng.choice(['东盟', '北部湾', '桂越'])}进出口贸易有限公司",
                           f"广西北海市海城区{rng.choice(['北部湾中路', '广东路'])}{rng.randint(1, 200)}号",
                           "0779-30" + str(rng.randint(10000, 99999)))
        c.respondent = _org(rng, f"北海{rng.choice(['鲜果源', '四季', '合源'])}果业有限公司",
                            f"广西北海市海城区{rng.choice(['高德', '西街'])}农产品批发市场{rng.randint(1, 60)}号",
                            "0779-39" + str(rng.randint(10000, 99999)))
        c.basis_court = "北海仲裁委员会"
        c.basis_number = f"（2023）北仲字第{rng.randint(100, 899)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
        c.extra["cause"] = "国际货物买卖合同纠纷"
        c.extra["tons"] = rng.randint(60, 240)
        c.amount = Decimal(rng.randint(1200, 5200)) * 100
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["pay_day"] = c.day(rng.randint(40, 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


# ---- the court's press ------------------------------------------------------------------------------------------

def song(size: int = 41) -> Font:
    return font("ming", size)


def _head(s: Sheet, title: str, number: str) -> float:
    s.centred(TOP, COURT, font("serif_bold", 52))
    s.centred(TOP + 92, title, font("serif_bold", 76), spacing=40 if len(title) <= 5 else 14)
    y = TOP + 212
    s.text(LEFT, y, number, song(38))
    s.line(LEFT, y + 56, s.width - RIGHT_M, y + 56, width=2)
    return y + 92


def _mark(s: Sheet) -> None:
    s.text(LEFT, s.height - FOOT, "海城区法院执行局制", song(26))


def papers(c: CaseCtx, rng: random.Random, title: str, blocks: list[Block], day: date, *,
           signers: tuple[str, ...] = ("执行员",), note: str = "") -> list[Sheet]:
    first = Sheet()
    sheets = [first]
    y0 = _head(first, title, c.number)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(TOP)

    w = first.width - LEFT - RIGHT_M
    y = flow(first, blocks, song(), x0=LEFT, width=w, y=y0, line_height=72, indent=82,
             bottom=first.height - FOOT - 60, more=more)
    last = sheets[-1]
    if y > last.height - FOOT - 380:
        last = Sheet()
        sheets.append(last)
        y = TOP + 40
    y += 40
    names = {"执行员": c.officer, "审判员": c.judge, "书记员": c.clerk}
    for role in (*signers, "书记员"):
        last.text(last.width - RIGHT_M - mm(62), y, f"{'　'.join(role)}　　{names[role]}", song(40))
        y += 66
    x1 = last.width - RIGHT_M - mm(8)
    last.right(x1, y + 20, cn_date(day), song(40))
    seal(last, x1 - mm(24), y + 60, COURT, rng, radius=mm(21))
    if note:
        last.text(LEFT, y + 150, note, song(30))
    for i, s in enumerate(sheets, 1):
        _mark(s)
        if len(sheets) > 1:
            s.right(s.width - RIGHT_M, s.height - FOOT, f"第{i}页 共{len(sheets)}页", song(26))
            if i > 1:
                s.page_of = (i, len(sheets))
    return sheets


def _basis(c: CaseCtx) -> str:
    kind = {"pearl": "民事判决书", "boat": "民事判决书", "fruit": "裁决书"}[story(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _law(d: date, old: int, new: int) -> str:
    return f"《中华人民共和国民事诉讼法》第{new if d >= date(2024, 1, 1) else old}条"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    owed = money(c.amount)
    if code == "acceptance_notice":
        return papers(c, rng, "受理执行案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{_basis(c)}一案，经审查，符合法定受理条件，本院已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。请你方如实提供被执行人的财产线索；联系方式变更的，"
                  "应当及时书面告知本院。案件流程信息可通过广西法院诉讼服务网、12368热线查询。"),
            ("p", "特此通知。"),
        ], d)
    if code == "payment_notice":
        return papers(c, rng, "缴纳申请执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{c.extra['cause']}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，"
                  f"应预交申请执行费{money(c.extra['fee'])}，由被执行人最终负担。请于接到本通知之日起七日内交纳，"
                  "逾期未交纳的，按撤回申请处理。"),
            ("p", "收款单位：广西壮族自治区北海市财政局非税收入汇缴结算户。"),
        ], d)
    if code == "enforcement_notice":
        return papers(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}与你{c.extra['cause']}一案，{_basis(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}"
                  f"向本院申请执行，本院依法立案。依照{_law(d, 247, 251)}的规定，责令你自收到本通知之日起立即履行下列义务："),
            ("p", f"一、支付{owed}及迟延履行期间的债务利息；"),
            ("p", f"二、负担申请执行费{money(c.extra['fee'])}。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你纳入失信被执行人名单、限制高消费。"),
        ], d)
    if code == "property_report_order":
        return papers(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院受理的{c.number}一案，你未按执行通知履行法律文书确定的义务。依照{_law(d, 248, 252)}的规定，责令你在"
                  "收到本令后五日内，如实填写财产申报表，向本院报告当前以及收到执行通知之日前一年的财产情况（含银行存款、"
                  "房产、车辆、船舶、股权、应收款等）。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], d)
    if code == "enforcement_ruling":
        target = (f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户（{c.extra['r_acct']}）内存款{owed}"
                  if story(c) != "boat" else
                  f"查封被执行人{r.name}所有的位于{c.extra['yard']}船台上的在建钢质渔船一艘（船体编号QG-{rng.randint(100, 999)}）")
        return papers(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，因被执行人未按执行通知履行义务，依照{_law(d, 249, 253)}"
                  "、第二百五十五条的规定，裁定如下："),
            ("p", f"{target}，以{owed}及执行费用为限。"),
            ("p", "本裁定立即执行。"),
        ], d, signers=("审判员",))
    if code == "assistance_notice":
        return papers(c, rng, "协助执行通知书", [
            ("f", f"{c.extra['r_bank'] if story(c) != 'boat' else '北海市农业农村局（渔船管理）'}："),
            ("p", f"关于{a.name}与{r.name}{c.extra['cause']}一案，本院（{c.number[1:5]}）执行裁定书已经发生法律效力。依照"
                  f"{_law(d, 251, 255)}的规定，请协助执行下列事项："),
            ("p", "冻结、扣划被执行人在你行开立的账户存款" + owed + "。" if story(c) != "boat"
             else "在查封期间不得为被执行人在建渔船办理登记、过户、抵押手续。"),
            ("p", "附：执行裁定书一份。"),
        ], d)
    if code == "summons":
        return papers(c, rng, "传　票", [
            ("f", f"被传唤人：{r.name}"),
            ("f", f"地址：{r.address}"),
            ("f", "传唤事由：执行谈话，申报财产"),
            ("f", f"应到时间：{num_date(d + timedelta(days=6))}上午9时"),
            ("f", "应到处所：本院执行局二楼第三谈话室（北海市海城区北部湾中路18号）"),
            ("p", "被传唤人应携带身份证件准时到达；无正当理由拒不到场的，可以拘传。"),
        ], d)
    if code == "consumption_restriction_order":
        return papers(c, rng, "限制消费令", [
            ("f", f"被执行人：{r.name}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{a.name}申请执行{r.name}{c.extra['cause']}一案。因被执行人未按执行通知书"
                  "指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
                  "第一条、第三条的规定，对你采取限制消费措施，限制你不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐飞机、列车软卧、轮船二等以上舱位（含北海至涠洲岛航线的豪华舱）；（二）在星级以上宾馆、酒店、"
                  "夜总会、高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、"
                  "宾馆、公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"
                  "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位。"),
        ], d, signers=("审判员",))
    if code == "dishonest_list_decision":
        return papers(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，公民身份号码{r.id_number}。"),
            ("p", f"本院在执行{c.number}一案中，被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的义务，且违反限制消费令。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人对本决定不服的，可以向本院申请纠正。"),
        ], d, signers=("审判员",))
    if code == "termination_this_round_ruling":
        return papers(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，{a.sex}，{num_date(a.born or c.filed_on)}出生，住{a.address}。"),
            ("f", f"被执行人：{r.name}，{r.sex}，住{r.address}。"),
            ("p", f"本院依据{_basis(c)}，于{cn_date(c.filed_on)}立案执行。执行中，本院向被执行人发出执行通知书、报告财产令，"
                  f"经网络执行查控系统查询，被执行人名下无可供执行的存款、车辆、不动产；{c.extra['yard']}已停工，船台设备为租赁物。"
                  "本院已对被执行人采取限制消费措施并纳入失信被执行人名单。申请执行人到庭约谈，表示暂无其他财产线索。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本次执行程序。申请执行人发现被执行人有可供执行财产的，可以再次申请执行。被执行人仍负有继续履行"
                  f"给付{owed}的义务。"),
            ("p", "本裁定送达后立即生效。"),
        ], d, signers=("审判员",))
    if code == "closing_notice":
        return papers(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{c.extra['cause']}一案，被执行人已于{cn_date(c.extra['pay_day'])}履行全部义务，"
                  f"本院已将执行款{owed}划付至你方指定账户。本案已执行完毕，现予结案。"),
            ("p", "特此通知。"),
        ], d)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _form(code, c, rng, d)


def _record(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    title = "调 查 笔 录" if code == "investigation_record" else "谈 话 笔 录"
    s.centred(TOP, title, font("serif_bold", 68), spacing=6)
    y = TOP + 120
    head = [f"时间：{num_date(d)}　10时05分至10时50分", "地点：" + (f"侨港镇{c.extra['yard']}" if code == "investigation_record"
                                                            else "本院执行局第三谈话室"),
            f"调查人：{c.officer}　　记录人：{c.clerk}",
            "被调查人：" + (f"{c.extra['yard']}看厂人员{person_name(rng)}" if code == "investigation_record" else f"{a.name}（申请执行人）")]
    for line in head:
        s.text(LEFT, y, line, song(38))
        y += 62
    if code == "investigation_record":
        qa = [("问", "我们是海城区法院执行局的，向你了解船厂的情况。这个厂现在谁在经营？"),
              ("答", f"老板{r.name}去年台风后就不来了，工人都散了，我只是帮房东看门。"),
              ("问", "船台上那条船是谁的？"),
              ("答", "是船东订的，钱没付完，船东说船是他们的。机器设备都是租的。"),
              ("问", "还有什么要说的？"), ("答", "没有了。")]
    else:
        qa = [("问", "本院经网络查控及实地调查，未发现被执行人有可供执行的财产，已对其限制消费并纳入失信名单，你是否清楚？"),
              ("答", "清楚。"),
              ("问", "你能否提供被执行人新的财产线索？"),
              ("答", "暂时提供不了，听说他去了越南海防帮人修船。"),
              ("问", "本院拟对本案终结本次执行程序，你有何意见？"),
              ("答", "同意，以后发现财产再申请恢复执行。")]
    for who, text in qa:
        for k, part in enumerate(_wrap(f"{who}：{text}", s.width - LEFT - RIGHT_M)):
            hand(s, LEFT + (0 if k == 0 else 74), y, part, rng, size=40, ink=(25, 25, 30))
            y += 64
    y += 40
    hand(s, s.width - RIGHT_M - mm(80), y, "以上笔录看过，与我说的一样。", rng, size=40, ink=(20, 30, 120))
    hand(s, s.width - RIGHT_M - mm(60), y + 70, a.name if code == "interview_record" else "看厂人", rng, size=46, ink=(20, 30, 120))
    s.right(s.width - RIGHT_M, s.height - FOOT, "第1页 共1页", song(26))
    return [s]


def _wrap(text: str, width: float) -> list[str]:
    from dossier.corpus.draw import wrap
    return wrap(text, font("kai", 40), width - 80)


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
             "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "enforcement_ruling": "执行裁定书"}
    whom = c.applicant if served == ["acceptance_notice"] else c.respondent
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(2, 5)) if served else c.day(6)
    s = Sheet()
    s.centred(TOP, SHORT, font("serif_bold", 50))
    s.centred(TOP + 86, "送 达 回 证", font("serif_bold", 74), spacing=10)
    w = s.width - LEFT - RIGHT_M
    y = table(s, LEFT, TOP + 210, [w * 0.26, w * 0.74], [
        ["案　　号", c.number], ["案　　由", c.extra["cause"]],
        ["送达文书名称及件数", "、".join(names.get(x, x) for x in served) + "各一份"],
        ["受送达人", whom.name], ["送达地址", whom.address], ["送达方式", rng.choice(["直接送达", "留置送达", "邮寄送达（EMS）"])],
        ["受送达人签收", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　　考", ""],
    ], song(36), row_h=[90, 90, 130, 90, 110, 90, 220, 110, 110, 110], centre_first=True)
    sx = LEFT + w * 0.26 + 40
    sign_y = TOP + 210 + 90 * 2 + 130 + 90 + 110 + 90
    hand(s, sx, sign_y + 40, whom.legal_rep or whom.name, rng, size=52, ink=(20, 20, 30))
    hand(s, sx + 300, sign_y + 130, f"{when.year}年{when.month}月{when.day}日", rng, size=40, ink=(20, 20, 30))
    hand(s, sx, sign_y + 330 + 30, f"{c.officer}　{c.clerk}", rng, size=42, ink=(30, 30, 110))
    s.text(LEFT, y + 30, "说明：受送达人拒收的，送达人应在备考栏注明情况并由见证人签名。", song(28))
    _mark(s)
    return [s]


def _form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT_M
    f = song(36)
    if code == "dossier_cover":
        s.centred(mm(40), COURT, font("serif_bold", 58), spacing=6)
        s.centred(mm(62), "执 行 卷 宗", font("serif_bold", 96), spacing=30)
        s.text(s.width - RIGHT_M - mm(40), mm(90), "正　卷", font("serif_bold", 48))
        y = table(s, LEFT + mm(10), mm(110), [w * 0.24, w * 0.66], [
            ["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", a.name], ["被执行人", r.name],
            ["执行标的", f"{c.amount:,.2f}元"], ["执行员", c.officer], ["书记员", c.clerk],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"],
            ["保管期限", "长期"], ["本卷共", f"一件　{rng.randint(33, 40)}页"]], font("song_gb", 42), row_h=112, centre_first=True)
        hand(s, LEFT + mm(10), y + mm(8), f"归档号：{c.closed_on.year}-执-{rng.randint(100, 999)}", rng, size=44)
        s.centred(y + mm(30), "北海市海城区人民法院档案室", song(36))
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷 内 目 录", font("serif_bold", 70), spacing=8)
        s.text(LEFT, TOP + 110, f"案号：{c.number}", f)
        items = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "诉讼费收据", "身份证明", "授权委托书", "律师事务所函",
                 "律师执业证", "收取案款确认书", "送达地址确认书", "受理案件通知书", "缴纳执行费通知书", "执行通知书", "报告财产令",
                 "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议", "案款发放凭证", "结案通知书",
                 "结案审批表", "送达回证"]
        rows = [["序号", "文件名称", "日期", "页号", "备注"]]
        page = 1
        for i, t in enumerate(items, 1):
            rows.append([str(i), t, "", str(page), ""])
            page += rng.choice([1, 1, 2, 3])
        table(s, LEFT, TOP + 180, [w * 0.09, w * 0.5, w * 0.2, w * 0.1, w * 0.11], rows, song(32), row_h=62, centre_first=True)
        return [s]
    if code == "closing_approval_form":
        s.centred(TOP, SHORT, font("serif_bold", 48))
        s.centred(TOP + 80, "执行案件结案审批表", font("serif_bold", 64), spacing=6)
        way = "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"
        table(s, LEFT, TOP + 200, [w * 0.22, w * 0.28, w * 0.2, w * 0.3], [
            ["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", a.name, "被执行人", r.name],
            ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{c.amount if way == '执行完毕' else 0:,.2f}元"],
            ["结案方式", way, "承办人", c.officer],
            ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]], f, row_h=[100, 100, 100, 100, 300, 220, 220],
            centre_first=True)
        y0 = TOP + 200 + 400
        hand(s, LEFT + w * 0.25, y0 + 40, f"{way}，符合结案条件，拟报结案。", rng, size=40)
        hand(s, LEFT + w * 0.6, y0 + 200, f"{c.officer}　{num_date(d)}", rng, size=38)
        hand(s, LEFT + w * 0.25, y0 + 340, "同意。", rng, size=42)
        hand(s, LEFT + w * 0.25, y0 + 560, f"同意结案。{person_name(rng)}", rng, size=42)
        _mark(s)
        return [s]
    if code == "file_review_form":
        s.centred(TOP, "卷 宗 复 核 表", font("serif_bold", 66), spacing=8)
        rows = [["复核项目", "结果"], ["卷内文书是否齐全", "是"], ["文书是否按顺序排列、编页", "是"], ["送达回证是否齐全", "是"],
                ["有无空白页、空白项", "无"], ["案款是否发放完毕", "是"], ["复核人意见", ""]]
        table(s, LEFT, TOP + 130, [w * 0.6, w * 0.4], rows, f, row_h=[90, 90, 90, 90, 90, 90, 240], centre_first=True)
        hand(s, LEFT + w * 0.1, TOP + 130 + 540 + 80, f"已复核，可以归档。承办人{c.officer}", rng, size=40)
        hand(s, LEFT + w * 0.55, TOP + 130 + 540 + 160, num_date(c.closed_on + timedelta(days=9)), rng, size=38)
        s.text(LEFT, TOP + 130 + 840 + 40, f"案号：{c.number}", f)
        return [s]
    # remarks_sheet
    s.centred(TOP, "备 考 表", font("serif_bold", 70), spacing=20)
    s.box(LEFT, TOP + 130, s.width - RIGHT_M, s.height - mm(60), width=2)
    s.text(LEFT + 40, TOP + 170, f"本卷情况说明：{c.number}", f)
    hand(s, LEFT + 60, TOP + 260, f"本卷共{rng.randint(33, 40)}页，材料齐全，无缺页。", rng, size=42)
    hand(s, LEFT + 60, s.height - mm(110), f"立卷人：{c.clerk}", rng, size=42)
    hand(s, LEFT + 60, s.height - mm(95), f"检查人：{c.officer}", rng, size=42)
    hand(s, s.width - RIGHT_M - mm(70), s.height - mm(80), num_date(c.closed_on + timedelta(days=11)), rng, size=40)
    return [s]
