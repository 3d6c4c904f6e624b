"""court_dz (山东省德州市德城区人民法院, held out): the old city of 德州 — 扒鸡 kitchens, solar water-heater works,
grain and cotton dealers, 民间借贷 and wage claims. Its own papers in the bureau's style (court_dz_kit); what it
receives in the senders' styles (court_dz_papers). The papers arrived folded, crumpled or stapled and were fed through
the bureau's greyscale sheet-fed scanner (court_dz_capture)."""

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
from dossier.corpus.draw import Sheet, hand, mm, seal
from dossier.corpus.families.court_dz_kit import COURT, LEFT, RIGHT, SEAL, TOP, court_doc, grid, sheet
from dossier.corpus.families.court_dz_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LOAN_SEQ, WAGE_SEQ, ROAD_SEQ = 43118, 43257, 43409
DAYS = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 4, "property_report_order": 4,
        "online_inquiry_result": 6, "enforcement_ruling": 11, "assistance_notice": 11, "property_declaration_form": 15,
        "summons": 20, "investigation_record": 27, "consumption_restriction_order": 36, "dishonest_list_decision": 36,
        "settlement_agreement": 31, "payment_voucher": 44, "closing_notice": 66, "interview_record": 110,
        "termination_this_round_ruling": 125}
LAW = "《中华人民共和国民事诉讼法》"


def made_on(c: CaseCtx, code: str) -> date:
    if code in ("closing_approval_form", "file_review_form", "remarks_sheet"):
        return c.closed_on - timedelta(days=1)
    if code in ("dossier_cover", "catalogue"):
        return c.closed_on
    return c.day(DAYS.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """德州 parties. LOAN_SEQ: a lender's 民间借贷 judgment of this court against a 扒鸡 shop owner (paid in full after
    a deduction, archived); WAGE_SEQ: a worker's award of the 德州市劳动人事争议仲裁委员会 against a bankrupt-in-all-but-
    name 太阳能 water-heater maker (nothing found, 终本); ROAD_SEQ: a traffic-accident victim's 德州中院 appeal judgment
    against a grain-trading company whose truck hit him (settled and paid)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    tale = {LOAN_SEQ: "loan", WAGE_SEQ: "wage", ROAD_SEQ: "road"}[seq]
    c.extra["tale"] = tale
    c.firm = rng.choice(["山东德衡律师事务所", "山东鲁北律师事务所", "山东运河律师事务所"])
    c.extra["firm_addr"] = f"德州市德城区{rng.choice(['湖滨北大街', '三八东路', '东方红路'])}{rng.randint(10, 399)}号"
    c.extra["licence"] = f"1371420{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["德州银行德城支行", "中国农业银行德州分行营业部", "德州农商银行新湖支行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"37140{rng.randint(1000, 9999)}"
    c.court.phone = "0534-2621234"
    if tale == "loan":
        born = date(rng.randint(1962, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "371402", born),
                            f"山东省德州市德城区{rng.choice(['新湖街道', '天衢街道', '广川街道'])}{rng.choice(['康博', '湖滨'])}"
                            f"小区{rng.randint(1, 30)}号楼", f"135{rng.randint(10000000, 99999999)}", born=born,
                            sex=rng.choice("男女"))
        born = date(rng.randint(1975, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["371402", "371421"]), born),
                             f"山东省德州市德城区{rng.choice(['运河街道', '新华街道'])}{rng.choice(['北厂', '桥口'])}"
                             f"街{rng.randint(1, 90)}号", f"158{rng.randint(10000000, 99999999)}", born=born,
                             sex=rng.choice("男女"))
        c.extra["shop"] = f"{c.respondent.name[0]}记扒鸡店"
        c.basis_court = COURT
        c.basis_number = f"（2023）鲁1402民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(120, 480)) * 1000
        c.extra["lent_on"] = c.basis_effective - timedelta(days=rng.randint(500, 700))
        c.extra["r_bank"] = "德州农商银行运河支行"
        c.extra["r_acct"] = f"6231{rng.randint(10**11, 10**12 - 1)}"
    elif tale == "wage":
        born = date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["371424", "371426"]), born),
                            f"山东省德州市{rng.choice(['陵城区', '平原县'])}{rng.choice(['王杲铺', '神头'])}镇"
                            f"{rng.choice(['前', '后', '东'])}{rng.choice(['李', '王', '孙'])}村{rng.randint(1, 99)}号",
                            f"137{rng.randint(10000000, 99999999)}", born=born, sex="男")
        brand = rng.choice(["光热", "金阳", "皇明辉"])
        c.respondent = Party(f"德州{brand}太阳能科技有限公司", "organisation", credit_code(rng, "371402"),
                             f"山东省德州市德城区{rng.choice(['二屯镇', '黄河涯镇'])}工业园{rng.randint(1, 40)}号",
                             f"0534-26{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "德州市劳动人事争议仲裁委员会"
        c.basis_number = f"德劳人仲案字〔2023〕第{rng.randint(200, 999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "劳动争议"
        c.amount = Decimal(rng.randint(2800, 9600)) * 10
        c.extra["months"] = rng.randint(5, 11)
    else:
        born = date(rng.randint(1958, 1975), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "371402", born),
                            f"山东省德州市德城区{rng.choice(['黄河涯镇', '抬头寺镇'])}{rng.choice(['张', '刘', '马'])}庄村"
                            f"{rng.randint(1, 99)}号", f"139{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"德州{rng.choice(['丰登', '运河', '鲁北'])}粮棉贸易有限公司", "organisation",
                             credit_code(rng, "371402"), f"山东省德州市德城区{rng.choice(['晶华路', '天衢东路'])}"
                             f"{rng.randint(100, 999)}号", f"0534-23{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "山东省德州市中级人民法院"
        c.extra["first_no"] = f"（2023）鲁1402民初{rng.randint(1000, 2999)}号"
        c.basis_number = f"（2023）鲁14民终{rng.randint(1000, 3999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 75))
        c.extra["cause"] = "机动车交通事故责任纠纷"
        c.amount = Decimal(rng.randint(6000, 21000)) * 10 + Decimal(rng.randint(0, 99)) / 100
        c.extra["plate"] = f"鲁N{rng.choice('ABCDF')}{rng.randint(1000, 9999)}"
        c.extra["crash_on"] = c.basis_effective - timedelta(days=rng.randint(300, 400))
        c.extra["r_bank"] = "德州银行天衢支行"
        c.extra["r_acct"] = f"8120{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["pay_day"] = c.day(rng.randint(38, 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_text(c: CaseCtx) -> str:
    kind = {"loan": "民事判决书", "wage": "仲裁裁决书", "road": "民事判决书"}[str(c.extra["tale"])]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}。"
    assert p.born is not None
    return (f"{p.name}，{p.sex}，{p.born.year}年{p.born.month}月{p.born.day}日出生，汉族，住{p.address}，"
            f"公民身份号码{p.id_number}。")


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审 判 员", c.judge), ("书 记 员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    tale = str(c.extra["tale"])
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    tel = f"联系人：{c.officer}　联系电话：{c.court.phone}　地址：{c.court.address}"
    if code == "acceptance_notice":
        return court_doc(c, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，执行依据为{basis_text(c)}。经审查，符合立案受理条件，"
                  f"本院已于{num_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", "本案由本院执行局执行实施团队办理。请你（单位）在执行过程中积极提供被执行人的财产线索；联系方式、送达地址如有"
                  "变更，应当及时书面告知本院，否则按原地址送达，视为已经送达。"),
            ("p", "特此通知。")], rng, made=d, signers=[], tail=[tel])
    if code == "payment_notice":
        fee = c.extra["fee"]
        return court_doc(c, "交纳执行费通知书", [
            ("f", f"{r.name}："),
            ("p", f"{case}，依照《诉讼费用交纳办法》第十条、第十四条、第二十条的规定，本案申请执行费{fee}元，由被执行人负担，"
                  "与执行标的一并缴纳。"),
            ("p", f"请于收到本通知之日起七日内，将上述款项交至本院执行款专户（开户行：德州银行德城支行，"
                  f"户名：{COURT}，账号：81201011010000{rng.randint(1000, 9999)}），并注明案号。"),
            ("p", "特此通知。")], rng, made=d, signers=[], tail=[tel])
    if code == "enforcement_notice":
        return court_doc(c, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{basis_text(c)}已经发生法律效力。申请执行人{a.name}于{num_date(c.filed_on)}向本院申请强制执行，本院依法"
                  "立案。依照" + LAW + "第二百五十一条、第二百六十条的规定，责令你（单位）自本通知送达之日起立即履行下列义务："),
            ("f", f"一、给付申请执行人{money(c.amount)}；"),
            ("f", "二、加倍支付迟延履行期间的债务利息（或支付迟延履行金）；"),
            ("f", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制高消费。")], rng,
            made=d, signers=[], tail=[tel])
    if code == "property_report_order":
        return court_doc(c, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"{case}，你（单位）未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条及《最高人民法院关于民事执行中"
                  "财产调查若干问题的规定》第三条至第七条的规定，责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行"
                  "通知之日前一年的财产情况（附财产申报表）。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任，并纳入失信被执行人名单。")],
            rng, made=d, signers=[], tail=[tel])
    if code == "enforcement_ruling":
        if tale == "wage":
            what = f"冻结、划拨被执行人{r.name}在银行的存款人民币{c.amount}元，或查封、扣押、拍卖、变卖其相应价值的财产。"
        else:
            what = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款人民币"
                    f"{c.amount}元及执行费{c.extra['fee']}元。")
        return court_doc(c, "执行裁定书", [
            ("f", "申请执行人：" + _who(a)), ("f", "被执行人：" + _who(r)),
            ("p", f"本院在执行{case}中，因被执行人未按执行通知履行{basis_text(c)}确定的义务，依照{LAW}第二百五十三条、"
                  "第一百五十七条第一款第十一项之规定，裁定如下："),
            ("p", what),
            ("p", "本裁定送达后立即生效。")], rng, made=d, signers=[("执 行 员", c.officer), ("书 记 员", c.clerk)])
    if code == "assistance_notice":
        bank = str(c.extra.get("r_bank", "德州银行德城支行"))
        acct = str(c.extra.get("r_acct", "以贵行系统查询为准"))
        return court_doc(c, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于{case}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"扣划被执行人{r.name}（证照号码{r.id_number}）在你行账号{acct}内的存款人民币{c.amount}元，"
                  "划至本院执行款专户。"),
            ("p", "附：执行裁定书一份。")], rng, made=d, signers=[], tail=[f"经办人：{c.officer}　{c.extra['badge']}　"
                                                                    f"{c.clerk}　联系电话：{c.court.phone}"])
    if code == "closing_notice":
        return court_doc(c, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"{case}，执行依据为{basis_text(c)}。执行中，双方于{num_date(c.day(DAYS['settlement_agreement']))}达成执行"
                  f"和解协议，被执行人已于{num_date(c.extra['pay_day'])}履行完毕，执行款已发放。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。")], rng, made=d, signers=[])
    if code == "termination_this_round_ruling":
        return court_doc(c, "执行裁定书", [
            ("f", "申请执行人：" + _who(a)), ("f", "被执行人：" + _who(r)),
            ("p", f"本院在执行{case}中，执行依据为{basis_text(c)}，确定被执行人支付申请执行人劳动报酬、经济补偿等共计"
                  f"{money(c.amount)}。"),
            ("p", "本院立案后向被执行人发出执行通知书、报告财产令，通过网络执行查控系统查询其银行存款、车辆、不动产、证券、"
                  "网络资金等，仅查得存款少量，已全部扣划；本院执行人员到其厂区实地调查，厂房系租赁，生产线已停，设备已被他案"
                  "查封。已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。本院约谈申请执行人，"
                  "其对终结本次执行程序无异议。"),
            ("p", "本院认为，被执行人暂无可供执行的财产，本次执行程序可以终结。依照《最高人民法院关于适用〈中华人民共和国民事"
                  "诉讼法〉的解释》第五百一十七条之规定，裁定如下："),
            ("p", f"终结{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。本裁定送达后即发生法律效力。")], rng,
            made=d, signers=_staff(c))
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_doc(c, "限制消费令", [
            ("f", f"{r.name}、{r.legal_rep}："),
            ("p", f"本院于{num_date(c.filed_on)}立案执行{case}，因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付"
                  "义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其法定"
                  f"代表人{r.legal_rep}采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需的消费行为："),
            ("f", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
            ("f", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
            ("f", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
            ("f", "（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；"),
            ("f", "（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"),
            ("f", "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。")], rng,
            made=d, signers=[])
    if code == "dishonest_list_decision":
        return court_doc(c, "决定书", [
            ("f", "申请执行人：" + _who(a)), ("f", "被执行人：" + _who(r)),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照{LAW}第二百六十"
                  "六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项之规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，纳入期限为二年。"),
            ("p", "被执行人对本决定不服的，可以向本院申请纠正。")], rng, made=d, signers=[("执 行 长", c.judge)],
            number=c.number.replace("号", "之一号"))
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = sheet("court")
    s.centred(TOP, COURT, font("serif_bold", 54), spacing=10)
    s.centred(TOP + 92, "传　票", font("hei", 66), spacing=30)
    s.right(s.width - RIGHT, TOP + 190, c.number, font("serif", 38))
    w = s.width - LEFT - RIGHT
    r = c.respondent
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行调查、申报财产"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时00分"],
            ["应到处所", "本院执行局二楼第三执行调查室"]]
    y = grid(s, LEFT, TOP + 260, [w * 0.3, w * 0.7], rows, heights=[110] * len(rows))
    f = font("serif", 32)
    for i, line in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票及身份证件。",
                              "二、被执行人经依法传唤无正当理由拒不到场的，可以拘传。"]):
        s.text(LEFT, y + 40 + i * 52, line, f)
    y += 250
    s.text(LEFT, y, f"审判员　{c.judge}　　书记员　{c.clerk}", font("serif", 38))
    s.right(s.width - RIGHT - mm(6), y + 90, cn_date(d), font("serif", 38))
    seal(s, s.width - RIGHT - mm(30), y + 110, SEAL, rng)
    s.centred(mm(268), "— 1 —", font("serif", 30))
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A 笔录 on the court's lined form: printed head and the clerk's hand (blue-black) in the answers."""
    a, r = c.applicant, c.respondent
    if code == "investigation_record":
        title, place, who = "调 查 笔 录", f"{r.address}（被执行人厂区）", f"{r.legal_rep}（被执行人法定代表人）"
        qa = [("问", "我们是德城区法院执行局的，现依法向你调查公司财产情况，你要如实回答，听清楚了吗？"),
              ("答", "听清楚了。"),
              ("问", "公司现在经营情况怎么样？"),
              ("答", "去年下半年太阳能热水器卖不动了，生产线停了，工人都走了，厂房是租的，欠着房租。"),
              ("问", "公司有没有车辆、存货和对外应收款？"),
              ("答", "两辆货车早就抵债了，剩下点真空管和支架被别的案子查封了，应收款收不回来。"),
              ("问", f"欠{a.name}的工资什么时候给？"),
              ("答", "现在确实没钱，等有钱了先给工人。")]
    else:
        title, place, who = "约 谈 笔 录", "本院执行局接待室", f"{a.name}（申请执行人）"
        qa = [("问", "今天约谈你，是向你告知本案财产调查情况。通过网络查控及实地调查，被执行人暂无可供执行的财产，你清楚吗？"),
              ("答", "清楚。"),
              ("问", "你能否提供被执行人的其他财产线索？"),
              ("答", "提供不了，我也去厂里看过，早就关门了。"),
              ("问", "本院拟对本案终结本次执行程序，终本后发现财产可以再申请恢复执行，你有什么意见？"),
              ("答", "没有意见，有线索我再来找法院。")]
    sheets: list[Sheet] = []
    f = font("serif", 36)
    s = sheet("court")
    sheets.append(s)
    s.centred(TOP - 40, title, font("hei", 60), spacing=6)
    y = TOP + 70
    heads = [f"时间：{num_date(d)}　上午9时30分至10时20分", f"地点：{place}", f"被调查（约谈）人：{who}",
             f"执行人员：{c.officer}　记录人：{c.clerk}", f"案号：{c.number}"]
    for h in heads:
        s.text(LEFT, y, h, f)
        y += 62
    y += 20
    width = s.width - LEFT - RIGHT
    for q, text in qa:
        parts = []
        cur = ""
        for ch in text:
            if font("kai", 40).getlength(cur + ch) > width - 90:
                parts.append(cur)
                cur = ""
            cur += ch
        parts.append(cur)
        for k, part in enumerate(parts):
            if y > mm(262):
                s = sheet("court")
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y + 4, q + "：", font("hei", 38))
            hand(s, LEFT + 90, y, part, rng, size=40, ink=(35, 35, 70))
            s.line(LEFT, y + 58, s.width - RIGHT, y + 58, width=1, fill=(150, 150, 150))
            y += 72
    y += 30
    hand(s, s.width - RIGHT - mm(80), y, "以上笔录看过，与我说的一样。", rng, size=38, ink=(20, 20, 20))
    hand(s, s.width - RIGHT - mm(50), y + 70, who.split("（")[0], rng, size=50, ink=(20, 20, 20))
    for i, sh in enumerate(sheets, 1):
        sh.right(sh.width - RIGHT, mm(276), f"第{i}页　共{len(sheets)}页", font("serif", 28))
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = sheet("form")
    s.centred(TOP - 30, COURT, font("serif_bold", 48), spacing=6)
    s.centred(TOP + 50, "执行案件结案审批表", font("hei", 58), spacing=6)
    w = s.width - LEFT - RIGHT
    method = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, "终结执行")
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_text(c)],
            ["执行标的", money(c.amount)],
            ["执行情况", f"已发执行通知书、报告财产令，网络查控，{'和解后被执行人履行完毕，执行款已发放' if c.method == 'fully_performed' else '无可供执行财产，已限高、纳失，约谈申请执行人'}。"],
            ["结案方式", method, "执行到位", f"{c.amount if c.method == 'fully_performed' else Decimal('0.00')}元"],
            ["承办人意见", ""], ["执行局长意见", ""]]
    y = grid(s, LEFT, TOP + 160, [w * 0.16, w * 0.38, w * 0.16, w * 0.30], rows,
             heights=[96, 96, 110, 96, 230, 96, 220, 220], size=32, label_cols=2)
    hand(s, LEFT + w * 0.22, y - 400, f"拟以{method}方式结案，请审批。", rng, size=42)
    hand(s, LEFT + w * 0.55, y - 310, f"{c.officer}  {d.month}.{d.day}", rng, size=40)
    hand(s, LEFT + w * 0.22, y - 180, "同意。", rng, size=46)
    hand(s, LEFT + w * 0.55, y - 100, f"{c.judge}  {d.month}.{d.day}", rng, size=40)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
             "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书",
             "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
             "dishonest_list_decision": "失信决定书"}
    who = c.applicant if served == ["acceptance_notice"] else c.respondent
    got = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    s = sheet("receipt")
    s.centred(TOP - 20, COURT, font("serif_bold", 50), spacing=8)
    s.centred(TOP + 60, "送 达 回 证", font("hei", 62), spacing=10)
    w = s.width - LEFT - RIGHT
    docs = "、".join(names.get(x, x) for x in served) + f"（{c.number}）"
    rows = [["案　由", c.extra["cause"]], ["受送达人", who.name], ["送达地址", who.address],
            ["送达文书名称及件数", f"{docs}　各一份"], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""],
            ["送达人", f"{c.officer}、{c.clerk}"], ["备　考", "直接送达" if who is c.applicant else "留置/直接送达"]]
    y0 = TOP + 170
    y = grid(s, LEFT, y0, [w * 0.3, w * 0.7], rows, heights=[100, 100, 120, 200, 230, 100, 100, 110], size=34)
    sig_y = y0 + 100 + 100 + 120 + 200
    name = who.legal_rep if who.kind == "organisation" else who.name
    hand(s, LEFT + w * 0.36, sig_y + 40, name, rng, size=56, ink=(20, 20, 20))
    s.text(LEFT + w * 0.62, sig_y + 150, num_date(got), font("kai", 40))
    if who.kind == "organisation":
        seal(s, LEFT + w * 0.55, sig_y + 110, who.name, rng, radius=mm(18))
    s.text(LEFT, y + 40, "说明：受送达人拒绝签收的，送达人应在备考栏注明情况。", font("serif", 30))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = sheet("form")
    w = s.width - LEFT - RIGHT
    if code == "dossier_cover":
        s.centred(mm(40), COURT, font("serif_bold", 62), spacing=12)
        s.centred(mm(62), "执 行 卷 宗", font("hei", 96), spacing=30)
        s.right(s.width - RIGHT, mm(90), "卷　正卷　第1卷", font("serif", 38))
        rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行依据", basis_text(c)], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕" if c.method == "fully_performed" else "终本"],
                ["执 行 员", c.officer], ["书 记 员", c.clerk], ["归档日期", num_date(c.closed_on + timedelta(days=4))],
                ["保管期限", "长期"]]
        grid(s, LEFT + mm(10), mm(105), [w * 0.28, w * 0.62], rows, heights=[105] * len(rows), size=38)
        return [s]
    if code == "catalogue":
        s.centred(mm(28), "卷 内 文 书 目 录", font("hei", 62), spacing=8)
        s.text(LEFT, mm(44), f"案号：{c.number}", font("serif", 34))
        items = ["强制执行申请书", "执行依据", "生效证明书", "身份证明", "授权委托书、律师事务所函、律师执业证",
                 "财产线索、收款账户、送达地址确认书", "受理案件通知书", "交纳执行费通知书", "执行通知书、报告财产令",
                 "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议", "付款凭证", "结案通知书", "结案审批表",
                 "送达回证", "卷宗复查表", "备考表"]
        rows = [["顺序号", "文 书 名 称", "页号", "备注"]] + [[str(i), t, str(2 * i), ""] for i, t in enumerate(items, 1)]
        grid(s, LEFT, mm(52), [w * 0.12, w * 0.6, w * 0.13, w * 0.15], rows, heights=[78] * len(rows), size=30)
        return [s]
    if code == "file_review_form":
        s.centred(mm(30), "执行卷宗归档复查表", font("hei", 60), spacing=6)
        rows = [["案号", c.number], ["承办人", c.officer], ["书记员", c.clerk],
                ["复查项目", "文书齐全；排列有序；送达回证齐备；案款已结清；页码连续"],
                ["复查意见", ""], ["复查人", ""]]
        y = grid(s, LEFT, mm(48), [w * 0.25, w * 0.75], rows, heights=[100, 100, 100, 200, 300, 120], size=36)
        hand(s, LEFT + w * 0.3, y - 360, "材料齐全，同意归档。", rng, size=46)
        hand(s, LEFT + w * 0.3, y - 95, person_name(rng), rng, size=46)
        return [s]
    s.centred(mm(30), "备 考 表", font("hei", 64), spacing=20)
    s.box(LEFT, mm(50), s.width - RIGHT, mm(250), width=3)
    f = font("serif", 36)
    s.text(LEFT + 30, mm(56), f"本卷共有文书材料　　页，照片　　张。案号：{c.number}", f)
    s.text(LEFT + 30, mm(66), "立卷人：", f)
    hand(s, LEFT + 200, mm(65), c.clerk, rng, size=44)
    s.text(LEFT + 30, mm(78), "检查人：", f)
    hand(s, LEFT + 200, mm(77), c.officer, rng, size=44)
    s.text(LEFT + 30, mm(90), f"立卷时间：{num_date(c.closed_on + timedelta(days=4))}", f)
    return [s]
