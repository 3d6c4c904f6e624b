"""court_o — 北京市朝阳区人民法院 (京0105), held out: drawn without looking at the page reader, to measure it once on a
layout it has never seen. Its files were fed through the filing window's duplex ADF scanner with red dropout
(court_o_capture): the red head and the seals vanish to faint ghosts, some pages are skewed by a double feed or come
out upside down, a few colour slips are scanned without dropout, and the case system's printouts are born digital.

House style (court_o_kit): a 红头 with a red double rule, bold title, 案号 flush left under it, Ming body, date with
the seal over it, "第 1 页　共 2 页" centred at the foot; rulings say "本院裁定如下："; the 速执团队 prints its forms
as tables under a black caption. Bases rarely seen elsewhere: this court's own 支付令 (督促程序), an award of the
北京市朝阳区劳动人事争议仲裁委员会 with its 生效证明, a 公证债权文书 with the notary office's 执行证书; a 执行和解
paid in instalments (court_o_papers draws the others' papers)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import ROUND_DOWN, Decimal

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
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_o_papers as papers
from dossier.corpus.families.court_o_kit import COURT, TEAM, Block, OSheet, team_form, typeset

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "enforcement_ruling", "assistance_notice",
    "termination_this_round_ruling", "closing_notice", "investigation_record", "interview_record",
    "closing_approval_form", "online_inquiry_result", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet", "service_receipt",
})
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
STREETS = ("建国路", "朝阳北路", "望京街", "酒仙桥路", "东三环中路", "朝外大街", "亮马桥路", "姚家园路", "北苑路",
           "劲松南路", "广渠路", "双桥东路")
TRADES = ("科技", "文化传媒", "商贸", "餐饮管理", "信息技术", "建筑装饰工程")
PLACES = ("望京", "三里屯", "国贸", "酒仙桥", "亚运村", "双井", "十八里店", "来广营")
NOTARY = "北京市长安公证处"
INSTALMENTS = 4
"""the settlement's payments: the plan files one bank slip for each"""
LABOUR = "北京市朝阳区劳动人事争议仲裁委员会"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    return list(_own(c, code, rng, served))


def _addr(rng: random.Random) -> str:
    return f"北京市朝阳区{rng.choice(STREETS)}{rng.randint(1, 199)}号院{rng.randint(1, 12)}号楼{rng.randint(1, 24)}0{rng.randint(1, 6)}"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Beijing parties and bases: a 支付令 of this court (督促程序; case.json calls it a judgment of this court), a
    labour award with its 生效证明, or a 公证债权文书 with the notary's 执行证书; the respondent company's legal
    representative (ID number in extra) is the one the 限制消费令 binds."""
    year = c.filed_on.year - 1
    r = c.respondent
    rep = r.legal_rep or person_name(rng)
    rep_born = c.filed_on.replace(year=rng.randint(1965, 1988), day=min(c.filed_on.day, 28))
    c.extra["rep_id"] = id_number(rng, "110105", rep_born)
    c.respondent = Party(f"北京{rng.choice(PLACES)}{rng.choice(TRADES)}有限公司", "organisation",
                         credit_code(rng, "110105"), _addr(rng), f"010-{rng.randint(64000000, 85999999)}", legal_rep=rep)
    firm = rng.choice(papers.FIRMS)
    c.firm = firm[0]
    c.extra["firm"] = firm
    a = c.applicant
    local = Party(a.name, "person", id_number(rng, "110105", a.born), _addr(rng), a.phone, born=a.born, sex=a.sex)
    if c.basis_kind == "arbitration":
        c.applicant = local
        c.basis_court = LABOUR
        c.basis_number = f"京朝劳人仲字[{year}]第{rng.randint(1000, 29999)}号"
        c.extra["cause"] = "劳动争议"
        c.extra["basis_doc"] = "仲裁裁决书"
        c.amount = Decimal(rng.randint(2400000, 9800000)) / 100
    elif c.basis_kind == "notarial":
        c.applicant = Party("北京农村商业银行股份有限公司朝阳支行", "organisation", credit_code(rng, "110105"),
                            f"北京市朝阳区{rng.choice(STREETS)}{rng.randint(1, 99)}号", "010-65091234",
                            legal_rep=person_name(rng))
        born = c.filed_on.replace(year=rng.randint(1970, 1990), day=min(c.filed_on.day, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "110105", born), _addr(rng),
                             f"186{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.basis_court = NOTARY
        c.basis_number = f"（{year - 1}）京长安内经证字第{rng.randint(1000, 19999)}号"
        c.extra["certificate_number"] = f"（{c.filed_on.year}）京长安执证字第{rng.randint(10, 999)}号"
        c.extra["cause"] = "借款合同纠纷"
        c.extra["basis_doc"] = "具有强制执行效力的公证债权文书"
    else:  # the court's own 支付令 (督促程序)
        c.applicant = Party(f"北京{rng.choice(PLACES)}{rng.choice(TRADES)}有限公司", "organisation",
                            credit_code(rng, "110105"), _addr(rng), f"010-{rng.randint(64000000, 85999999)}",
                            legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（{year}）京0105民督{rng.randint(100, 2999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["basis_doc"] = "支付令"
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=30))
    if c.method == "fully_performed":
        c.extra["instalments"] = instalments(c, rng)


def instalments(c: CaseCtx, rng: random.Random) -> list[tuple[str, Decimal]]:
    """The settlement's schedule: a first payment on signing, then monthly ones; they add up to the amount."""
    n = INSTALMENTS
    first = (c.amount * Decimal(rng.choice(["0.3", "0.4"]))).quantize(Decimal("1"), rounding=ROUND_DOWN)
    rest = c.amount - first
    each = (rest / (n - 1)).quantize(Decimal("1"), rounding=ROUND_DOWN)
    amounts = [first, *[each] * (n - 2), rest - each * (n - 2)]
    start = c.day(20)
    return [(num_date(start + timedelta(days=30 * k)), amt) for k, amt in enumerate(amounts)]


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    doc = str(c.extra.get("basis_doc", "民事判决书"))
    if c.basis_kind == "notarial":
        return f"{NOTARY}{c.basis_number}{doc}及{c.extra['certificate_number']}执行证书"
    return f"{c.basis_court}{c.basis_number}{doc}"


def party_lines(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = []
    if a.kind == "organisation":
        out += [("f", f"申请执行人：{a.name}，住所地{a.address}。"), ("f", f"负责人：{a.legal_rep}。")]
    else:
        out.append(("f", f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，住{a.address}。"))
    out.append(("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    if r.kind == "organisation":
        out += [("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，经理。")]
    else:
        out.append(("f", f"被执行人：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，住{r.address}。"))
    return out


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[OSheet]:
    a, r = c.applicant, c.respondent
    officer, clerk = [f"执行员　{c.officer}"], [f"书记员　{c.clerk}"]
    bench = [f"审判长　{c.judge}", f"审判员　{person_name(random.Random(c.judge))}", f"审判员　{c.officer}"]
    you = "你单位" if r.kind == "organisation" else "你"
    contact = [f"联系人：{c.officer}　联系电话：{c.court.phone}", f"本院地址：{c.court.address}"]
    if code == "acceptance_notice":
        return typeset("受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{cause(c)}一案，执行依据为{basis_name(c)}，本院经审查符合受理条件，已于{cn_date(c.filed_on)}"
                  "立案执行。本案经繁简分流，由本院执行局速执团队办理。"),
            ("p", "请你方自收到本通知之日起十日内向本院提供被执行人可供执行的财产线索；可通过北京法院审判信息网或“北京移动微法院”"
                  "查询案件流程节点。"),
            ("p", "特此通知。")], c.number, cn_date(c.filed_on), rng, tail=contact)
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        return typeset("交纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十四条的规定，应交纳申请执行费人民币{fee}元，"
                  "该费用由被执行人负担，执行中一并扣收。请于七日内通过北京市非税收入缴款平台交纳。"),
            ("p", "特此通知。")], c.number, cn_date(c.day(1)), rng)
    if code == "enforcement_notice":
        return typeset("执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{basis_name(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案执行。"
                  f"依照{LAW}第二百五十一条、第二百六十四条的规定，责令{you}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、支付迟延履行期间的加倍部分债务利息；"),
            ("p", "三、负担本案申请执行费。"),
            ("p", f"{you}逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单等措施。")],
            c.number, cn_date(c.day(2)), rng, signers=officer)
    if code == "property_report_order":
        return typeset("报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行申请执行人{a.name}与{you}{cause(c)}一案，依照{LAW}第二百五十二条的规定，责令{you}在收到本令后五日内，"
                  "如实向本院报告当前以及收到执行通知之日前一年的财产情况。拒绝报告或者虚假报告的，本院将依法予以罚款、拘留。"),
            ("p", "此令。")], c.number, cn_date(c.day(2)), rng, signers=officer)
    if code == "summons":
        return typeset("传　票", [
            ("f", f"被传唤人：{r.name}（法定代表人{r.legal_rep}）" if r.kind == "organisation" else f"被传唤人：{r.name}"),
            ("f", f"案由：{cause(c)}执行"),
            ("f", "传唤事由：接受调查询问，如实报告财产"),
            ("f", f"应到时间：{num_date(c.day(40))}上午9时30分"),
            ("f", "应到处所：本院执行局速执团队第三接待室"),
            ("p", "注意事项：被传唤人应携带本传票及身份证件准时到达；无正当理由拒不到场的，本院可以拘传。")],
            c.number, cn_date(c.day(33)), rng, red=False)
    if code == "consumption_restriction_order":
        target = (f"限制{you}及{you}的法定代表人{r.legal_rep}" if r.kind == "organisation" else f"限制{you}")
        return typeset("限制消费令", [
            ("f", f"被执行人：{r.name}。" + (f"法定代表人：{r.legal_rep}。" if r.kind == "organisation" else "")),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与{you}{cause(c)}一案。因{you}未按执行通知书指定的期间履行"
                  f"生效法律文书确定的给付义务，依照{LAW}第二百六十六条、《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
                  f"第一条、第三条的规定，{target}实施下列消费行为：（一）乘坐飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、"
                  "酒店、夜总会、高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、"
                  "公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险"
                  "理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。")],
            c.number, cn_date(c.day(9 if c.method == "fully_performed" else 30)), rng, signers=officer)
    if code == "dishonest_list_decision":
        return typeset("决　定　书", [
            *party_lines(c),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条的规定，本院决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "本决定一经作出即生效。")], c.number, cn_date(c.day(31)), rng, signers=bench, tail=clerk)
    if code == "enforcement_ruling":
        return typeset("执行裁定书", [
            *party_lines(c),
            ("p", f"本院依据{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。因被执行人未按执行通知履行义务，依照{LAW}第二百四十九条、"
                  "第二百五十条的规定，本院裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结其相应价值的其他财产。"),
            ("p", "本裁定立即执行。")], c.number, cn_date(c.day(6)), rng, signers=officer, tail=clerk)
    if code == "assistance_notice":
        bank = papers.bank_of(c)
        return typeset("协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于申请执行人{a.name}与被执行人{r.name}{cause(c)}一案，本院{c.number}执行裁定书已经发生法律效力。依照{LAW}"
                  "第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（证件号码{r.id_number}）在你行开立的账户内存款，限额{money(c.amount)}，冻结期限一年。")],
            c.number.replace("执", "执协"), cn_date(c.day(6)), rng, tail=[f"经办人：{c.officer}　{c.clerk}"])
    if code == "termination_this_round_ruling":
        return typeset("执行裁定书", [
            *party_lines(c),
            ("p", f"本院在执行{basis_name(c)}过程中，依法向被执行人发出执行通知书、报告财产令，通过网络执行查控系统查询了被执行人的"
                  "存款、车辆、不动产、证券、网络资金等财产情况，未发现可供执行的财产；已对被执行人采取限制消费措施并纳入失信被执行人"
                  f"名单。本院于{cn_date(c.day(100))}约谈申请执行人，告知其本次执行程序将终结，申请执行人无异议。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，本院裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
            ("p", "本裁定送达后立即生效。")], c.number, cn_date(c.closed_on - timedelta(days=6)), rng, signers=bench,
            tail=clerk)
    if code == "closing_notice":
        return typeset("结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}{cause(c)}一案，双方于执行中达成和解协议，被执行人已按和解协议分期履行完毕，"
                  f"共计{money(c.amount)}。本案已执行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，"
                  "以执行完毕方式结案。"),
            ("p", "特此通知。")], c.number, cn_date(c.closed_on - timedelta(days=2)), rng)
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    if code == "online_inquiry_result":
        return [papers.inquiry(c, rng)]
    if code == "service_receipt":
        return [_receipt(c, served, rng)]
    if code == "closing_approval_form":
        verdict = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
        return [team_form("结案审批表", [
            ["案号", c.number], ["申请执行人", a.name], ["被执行人", r.name], ["执行标的", money(c.amount)],
            ["立案日期", num_date(c.filed_on)], ["结案方式", verdict],
            ["承办人意见", f"符合{verdict}结案条件，建议结案。　{c.officer}"],
            ["速执团队负责人意见", f"同意。　{c.judge}"], ["执行局领导意见", "同意。"],
            ["结案日期", num_date(c.closed_on)]], "", rng, when=num_date(c.closed_on))]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        return [team_form("卷 内 目 录", [["序号", "文件名称", "页号"], *[[str(i), name, str(p)] for i, (name, p) in
                                                                          enumerate(_catalogue(c), 1)]],
                          c.number, rng, cols=(16, 112, 28), row_h=8.6, caption="北京市朝阳区人民法院执行案件卷宗")]
    if code == "file_review_form":
        return [team_form("执行案件归档审查表", [
            ["案号", c.number], ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
            ["卷内文书是否齐全", "齐全"], ["送达手续是否完备", "完备"], ["案款是否结清", "无案款"],
            ["审查意见", "符合归档要求，同意归档。"], ["审查人", c.clerk], ["审查日期", num_date(c.closed_on + timedelta(days=12))]],
            "", rng, caption="北京市朝阳区人民法院档案室")]
    if code == "remarks_sheet":
        s = team_form("卷 内 备 考 表", [["本卷情况说明", f"本卷共计文书材料{rng.randint(30, 40)}页，经检查无缺损。"],
                                      ["立卷人", c.clerk], ["检查人", c.officer],
                                      ["立卷时间", num_date(c.closed_on + timedelta(days=10))]], c.number, rng,
                      row_h=22, caption="北京市朝阳区人民法院执行案件卷宗")
        return [s]
    raise KeyError(code)


def _catalogue(c: CaseCtx) -> list[tuple[str, int]]:
    names = ["卷宗封面", "卷内目录", "执行申请书", "执行依据", "生效证明", "身份证明", "委托手续", "受理案件通知书",
             "执行通知书、报告财产令", "网络查控结果", "执行裁定书", "限制消费令", "失信决定书", "传票、调查笔录",
             "约谈笔录", "终本裁定书", "送达回证", "结案审批表", "归档审查表", "备考表"]
    page, out = 1, []
    for name in names:
        out.append((name, page))
        page += 1 if name in ("卷宗封面", "卷内目录", "受理案件通知书", "约谈笔录") else 2
    return out


def _cover(c: CaseCtx) -> OSheet:
    from dossier.corpus.draw import mm, table
    from dossier.corpus.families.court_o_kit import bold, fang

    s = OSheet()
    s.centred(mm(40), COURT, bold(9.0), spacing=mm(1.2))
    s.centred(mm(60), "执 行 卷 宗", bold(12.0), spacing=mm(3))
    rows = [["案号", c.number], ["案由", cause(c)], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
            ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
            ["承办人", c.officer], ["归档日期", num_date(c.closed_on + timedelta(days=14))], ["保管期限", "长期"]]
    table(s, mm(30), mm(100), [mm(40), mm(110)], rows, fang(4.6), row_h=mm(14), width=3)
    s.centred(mm(262), "全宗号　　　目录号　　　案卷号", fang(4.0))
    return s


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[OSheet]:
    r, a = c.respondent, c.applicant
    if code == "investigation_record":
        who, when = (f"{r.legal_rep}（{r.name}法定代表人）" if r.kind == "organisation" else r.name), c.day(40)
        qa = [("问：你公司现在的经营状况如何？", "答：去年下半年起就没有业务了，员工都走了，办公室也退租了。"),
              ("问：公司名下有无银行存款、车辆、房产、对外债权？", "答：账户都被冻结了，里面没什么钱，没有车也没有房子。"),
              ("问：法院已对你公司及你本人采取限制消费措施，你是否清楚？", "答：清楚，限消令我签收了。"),
              ("问：你公司打算如何履行？", "答：目前没有能力履行，以后有钱了会主动联系法院。")]
    else:
        who, when = (f"{c.agent}（{a.name}委托代理人）"), c.day(100)
        qa = [("问：本院已通过网络查控系统查询被执行人财产，未发现可供执行财产，你方能否提供新的财产线索？",
               "答：暂时提供不了。"),
              ("问：本院拟终结本次执行程序，终本后被执行人仍负有履行义务，你方发现财产线索可随时申请恢复执行，是否清楚？",
               "答：清楚，同意终本。"),
              ("问：还有什么要补充的？", "答：没有了。")]
    title = "调 查 笔 录" if code == "investigation_record" else "约 谈 笔 录"
    blocks: list[Block] = [
        ("f", f"时间：{num_date(when)}　10时05分至10时40分"), ("f", "地点：北京市朝阳区人民法院执行局速执团队第三接待室"),
        ("f", f"执行员：{c.officer}　书记员：{c.clerk}"), ("f", f"被询问人：{who}"),
        ("f", f"问：我们是北京市朝阳区人民法院执行员，现就{c.number}案件向你了解情况，你应如实陈述，听清楚了吗？"),
        ("f", "答：听清楚了。"), *[("f", t) for pair in qa for t in pair],
        ("f", "以上笔录我看过，与我说的一致。"),
    ]
    return typeset(title, blocks, c.number, num_date(when), rng, red=False, head=TEAM,
                   signers=[f"被询问人：{who.split('（')[0]}", f"执行员：{c.officer}", f"书记员：{c.clerk}"])


SERVED_NAMES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行申请费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "summons": "传票",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "closing_notice": "结案通知书",
}


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> OSheet:
    """北京法院 送达回证: the legal representative signs for the company; the applicant's papers go to its agent."""
    to_applicant = bool(served) and served[0] in ("acceptance_notice", "payment_notice", "closing_notice")
    r = c.respondent
    if to_applicant:
        whom, signer = c.applicant.name, c.agent
    elif r.kind == "organisation":
        whom, signer = f"{r.name}（法定代表人：{r.legal_rep}）", r.legal_rep
    else:
        whom, signer = r.name, r.name
    names = "、".join(SERVED_NAMES.get(code, code) for code in served)
    offsets = {"acceptance_notice": 1, "closing_notice": 60, "termination_this_round_ruling": 126,
               "consumption_restriction_order": 32}
    day = c.day(offsets.get(served[0], 4) if served else 4)
    if c.method == "fully_performed" and served and served[0] == "consumption_restriction_order":
        day = c.day(11)
    if served and served[0] == "closing_notice":
        day = c.closed_on - timedelta(days=1)
    rows = [["案号", c.number], ["送达文书名称及件数", f"{names}　各一份"], ["受送达人", whom],
            ["送达地点", r.address if not to_applicant else "本院执行局速执团队"], ["受送达人签名或盖章", ""],
            ["签收日期", num_date(day)], ["代收人及代收理由", ""], ["送达人", f"{c.clerk}　{person_name(rng)}"], ["备注", "直接送达"]]
    s = team_form("送　达　回　证", rows, "", rng, cols=(52, 104), row_h=15, caption="北京市朝阳区人民法院")
    from dossier.corpus.draw import hand, mm

    hand(s, mm(22 + 56), mm(44) + mm(15) * 4 + mm(3), signer, rng, size=mm(6.5), ink=(20, 20, 24))
    return s
