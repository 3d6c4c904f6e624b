"""court_h — an eighth enforcing court, 甘肃省通渭县人民法院 (甘1121), a rural county court whose 马营人民法庭
does part of the enforcement work; held out: drawn without looking at how the page reader works, to
measure it once on a layout it has never seen.

House style: no red head — the court's name in an old 宋体 over a letter-spaced title, the number at the
right; the 人民法庭's name under the court's on what the tribunal did. Short notices are printed 填空 forms
filled in by ballpoint, two to a sheet (the 存根 above a dashed cut line, the notice below); rulings and
decisions are typed, 第n页 共m页 at the foot. Forms, records and others' papers are in court_h_papers;
court_h_capture photographs or scans them."""

from __future__ import annotations

import random

from dossier.corpus.content import CaseCtx, Party, cn_date, id_number, money, num_date, person_name
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_h_papers as papers_h
from dossier.corpus.families.court_h_kit import (
    COURT,
    INK,
    TRIBUNAL,
    Block,
    HDoc,
    court_seal,
    face,
    fill_line,
    mark,
    paper,
    pen,
    spaced,
    typeset,
)

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "enforcement_ruling", "assistance_notice",
    "fine_decision", "detention_decision", "termination_this_round_ruling", "termination_ruling", "service_receipt",
})
CODES = OWN | papers_h.CODES
LAW = "《中华人民共和国民事诉讼法》"
VILLAGES = ("马营镇华川村", "马营镇月照村", "义岗川镇东街村", "襄南镇梁家湾村", "陇阳镇张家湾村", "鸡川镇蔡家铺村")
NAMES = {"enforcement_notice": "执行通知书", "property_report_order": "报告财产令", "acceptance_notice": "受理案件通知书",
         "termination_this_round_ruling": "执行裁定书（终本）", "termination_ruling": "执行裁定书（终结执行）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信名单决定书",
         "fine_decision": "罚款决定书", "detention_decision": "拘留决定书", "enforcement_ruling": "执行裁定书",
         "summons": "传票", "payment_notice": "交纳执行费通知书"}


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers_h.CODES:
        return papers_h.render(code, c, rng, served)
    if code == "service_receipt":
        return [receipt(c, served, rng)]
    if code in ("acceptance_notice", "payment_notice"):
        return [stub_and_notice(c, code, rng)]
    if code == "summons":
        return [summons(c, rng)]
    return typeset(_doc(c, code, rng), rng)


def adopt_basis(c: CaseCtx, rng: random.Random, codes: list[str]) -> None:
    """A rural case: both parties are villagers of the county, the sum is small, and the basis is the
    court's own — a 民事裁定书 confirming a 人民调解协议 (司法确认) or a judgment of its 马营人民法庭, which
    then did the enforcing too. A dossier holding a 下落不明 证明 is one whose respondent has gone."""
    c.extra["tribunal"] = c.basis_kind == "judgment"
    c.extra["missing_respondent"] = "whereabouts_unknown_proof" in codes
    def villager(p: Party) -> Party:
        born = p.born or c.filed_on.replace(year=c.filed_on.year - rng.randint(28, 60))
        return Party(p.name if p.kind == "person" else person_name(rng), "person", id_number(rng, c.court.region, born),
                     f"甘肃省通渭县{rng.choice(VILLAGES)}{rng.choice('一二三四五六')}社{rng.randint(1, 80)}号",
                     f"1{rng.choice('38957')}{rng.randint(100000000, 999999999)}", born=born, sex=p.sex)
    c.applicant, c.respondent = villager(c.applicant), villager(c.respondent)
    c.amount = c.amount / 20 if c.amount > 20000 else c.amount
    year = c.filed_on.year - 1
    c.basis_court = COURT
    c.basis_number = (f"（{year}）甘1121民特{rng.randint(10, 199)}号" if c.basis_kind == "mediation"
                      else f"（{year}）甘1121民初{rng.randint(300, 2999)}号")
    c.firm = rng.choice(["甘肃陇通律师事务所", "甘肃平襄律师事务所", "甘肃华家岭律师事务所"])


def basis_name(c: CaseCtx) -> str:
    return f"本院{c.basis_number}民事{'裁定书' if c.basis_kind == 'mediation' else '判决书'}"


def _sign(c: CaseCtx, days: int, *, bench: bool = False, officer: bool = True) -> list[Block]:
    out: list[Block] = [("gap", "")]
    if bench:
        out += [("r", f"审 判 长　{c.judge}"), ("r", f"审 判 员　{c.officer}"), ("r", f"人民陪审员　{c.clerk[0]}玉兰")]
    elif officer:
        out += [("r", f"执行员　{c.officer}")]
    return [*out, ("gap", ""), ("r", cn_date(c.day(days))), ("seal", ""), ("r", f"书 记 员　{c.clerk}")]


def _parties(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    return [("f", f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，农民，住{a.address}。"),
            ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，汉族，农民，住{r.address}。")]


def _doc(c: CaseCtx, code: str, rng: random.Random) -> HDoc:
    a, r = c.applicant, c.respondent
    span = (c.closed_on - c.filed_on).days
    tribunal = c.extra.get("tribunal", False)
    if code == "enforcement_notice":
        return HDoc("执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"申请执行人{a.name}与你{rng.choice(['民间借贷', '买卖合同', '劳务合同'])}纠纷一案，{basis_name(c)}已经发生法律效力。"
                  f"申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案执行。依照{LAW}第二百五十一条、"
                  "第二百六十条的规定，责令你自收到本通知之日起立即履行下列义务："),
            ("p", f"一、给付申请执行人{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", "三、负担申请执行费。"),
            ("p", "同时，责令你按照本院同时送达的报告财产令如实申报财产。逾期不履行，本院将依法强制执行，并可采取限制消费、"
                  "纳入失信被执行人名单等措施；拒不履行的，依法予以罚款、拘留，构成犯罪的，依法追究刑事责任。"),
            ("f", "本院地址：甘肃省通渭县平襄镇西大街　　联系人：" + c.officer + "　　电话：" + c.court.phone),
            *_sign(c, 3, officer=False)], c.number, tribunal)
    if code == "property_report_order":
        return HDoc("报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与你纠纷一案。"
                  f"依照{LAW}第二百五十二条的规定，责令你在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的"
                  "财产情况（包括收入、银行存款、现金、房屋、林权、土地承包经营权流转收益、车辆、农用机械、牲畜及其他财产），"
                  "并填写财产申报表。"),
            ("p", "你拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，本院可以根据情节轻重对你予以罚款、拘留，"
                  "并将你纳入失信被执行人名单。"),
            ("p", "此令。"), *_sign(c, 3, officer=False)], c.number, tribunal)
    if code == "consumption_restriction_order":
        return HDoc("限制消费令", [
            ("f", f"被限制消费人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院于{cn_date(c.filed_on)}受理的申请执行人{a.name}申请执行你纠纷一案，因你未按执行通知书指定的期间履行"
                  "生效法律文书确定的给付义务，本院依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、"
                  "第三条的规定，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如你违反上述限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以罚款、"
                  "拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
            *_sign(c, 30, officer=False)], c.number, tribunal)
    if code == "dishonest_list_decision":
        return HDoc("决定书", [
            ("f", f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}纠纷一案中，被执行人{r.name}有履行能力而拒不履行生效法律"
                  "文书确定的义务，且拒不如实报告财产。依照《中华人民共和国民事诉讼法》第二百六十六条，《最高人民法院关于公布"
                  "失信被执行人名单信息的若干规定》第一条第一项、第五项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，纳入期限为二年。"),
            ("p", "被执行人如认为本决定有错误，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。"), *_sign(c, 31, bench=True)], c.number.replace("号", "之一号"), tribunal)
    if code == "assistance_notice":
        bank = rng.choice(["甘肃通渭农村商业银行股份有限公司马营支行", "中国邮政储蓄银行股份有限公司通渭县支行",
                           "甘肃通渭农村商业银行股份有限公司营业部"])
        return HDoc("协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于申请执行人{a.name}与被执行人{r.name}纠纷一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
                  f"依照{LAW}第二百四十九条、第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的银行账户（含惠农“一卡通”账户）存款，"
                  f"冻结金额以{money(c.amount)}为限，冻结期限为一年。"),
            ("p", "请将协助执行情况填写回执并加盖印章后交本院执行人员。"),
            ("f", "附：执行裁定书一份"), *_sign(c, 9)], c.number, tribunal)
    if code == "fine_decision":
        fine = rng.choice([2000, 3000, 5000])
        return HDoc("罚款决定书", [
            ("f", f"被罚款人：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，住{r.address}。"),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}纠纷一案中，本院于{cn_date(c.day(3))}向被执行人送达了执行通知书、"
                  "报告财产令，被执行人逾期未报告财产，经本院传唤无正当理由拒不到场，且于执行人员到其住处调查时拒绝开门、"
                  "阻挠执行。"),
            ("p", f"本院认为，被执行人{r.name}的行为已构成拒不报告财产、妨害执行。依照{LAW}第一百一十四条第一款第六项、"
                  "第一百一十八条、第一百一十九条的规定，决定如下："),
            ("p", f"对被执行人{r.name}罚款人民币{fine}元，限于收到本决定书之日起三日内交纳。"),
            ("p", "如不服本决定，可以在收到决定书之日起三日内，口头或者书面向甘肃省定西市中级人民法院申请复议一次。"
                  "复议期间，不停止本决定的执行。"),
            *_sign(c, 46, bench=True, officer=False)], c.number.replace("执", "司惩"), tribunal)
    if code == "detention_decision":
        days = rng.choice([10, 15])
        return HDoc("拘留决定书", [
            ("f", f"被拘留人：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，住{r.address}。"),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}纠纷一案中，被执行人{r.name}经本院罚款后仍拒不报告财产、"
                  "拒不履行义务，并将其名下农用三轮车转移隐藏，妨害执行，情节严重。"),
            ("p", f"依照{LAW}第一百一十四条第一款第六项、第一百一十八条、第一百一十九条的规定，决定如下："),
            ("p", f"对被执行人{r.name}拘留{cn_days(days)}日，交通渭县公安局拘留所执行。"),
            ("p", "如不服本决定，可以在收到决定书之日起三日内，口头或者书面向甘肃省定西市中级人民法院申请复议一次。"
                  "复议期间，不停止本决定的执行。"),
            *_sign(c, 61, bench=True, officer=False)], c.number.replace("执", "司惩") .replace("号", "之一号"), tribunal)
    return _ruling(c, code, span, tribunal)


def cn_days(n: int) -> str:
    return {10: "十", 15: "十五"}[n]


def _ruling(c: CaseCtx, code: str, span: int, tribunal: bool) -> HDoc:
    a, r = c.applicant, c.respondent
    if code == "enforcement_ruling":
        return HDoc("执行裁定书", [*_parties(c),
            ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与被执行人"
                  f"{r.name}纠纷一案。因被执行人未按执行通知书履行法律文书确定的义务，依照{LAW}第二百四十九条、第二百五十条、"
                  "第二百五十一条的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}在金融机构的存款{money(c.amount)}；或者查封、扣押、提取其相应价值的其他财产、收入。"),
            ("p", "本裁定立即执行。"), *_sign(c, 8, bench=True)], c.number, tribunal)
    if code == "termination_ruling":
        return HDoc("执行裁定书", [*_parties(c),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}纠纷一案中，执行依据{basis_name(c)}确定被执行人给付申请执行人"
                  f"{money(c.amount)}。执行中，经马营人民法庭干警主持，双方于{cn_date(c.day(40))}自愿达成执行和解协议，"
                  "被执行人已按协议给付部分款项，申请执行人对其余部分自愿放弃。"
                  f"{cn_date(c.day(span - 6))}，申请执行人{a.name}向本院书面申请撤回执行申请。"),
            ("p", f"本院认为，申请执行人撤回执行申请，系其真实意思表示，且不违反法律规定。依照{LAW}第二百六十八条第一项、"
                  "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百六十四条的规定，裁定如下："),
            ("p", f"终结本院{basis_name(c).removeprefix('本院')}的执行。"),
            ("p", "本裁定送达后立即生效。"), *_sign(c, span - 2, bench=True)], c.number, tribunal)
    if code != "termination_this_round_ruling":
        raise KeyError(code)
    missing = c.extra.get("missing_respondent", False)
    found = ("被执行人长期外出务工，下落不明，本院向其户籍地村民委员会及派出所调查，均不知其去向；本院在其住所地张贴公告查找，"
             "仍未查找到被执行人。" if missing else
             "本院对被执行人采取了罚款、拘留措施，被执行人仍未履行；经到被执行人住处调查，其家中仅有生活必需品，无可供执行的财产。"
             if c.extra.get("obstruction") else "经到被执行人住所地及村委会调查，被执行人家庭困难，无可供执行的财产。")
    return HDoc("执行裁定书", [*_parties(c),
        ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}纠纷一案中，执行依据{basis_name(c)}确定被执行人应给付申请执行人"
              f"{money(c.amount)}。本院于{cn_date(c.filed_on)}立案执行后，向被执行人送达了执行通知书、报告财产令，被执行人未履行义务。"),
        ("p", "本院通过网络执行查控系统对被执行人名下的存款、车辆、不动产、证券、网络资金等财产进行了查询，并向通渭县自然资源局、"
              f"通渭县农村商业银行等单位调查，未发现可供执行的财产。{found}本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
        ("p", f"{cn_date(c.day(span - 10))}，本院约谈申请执行人{a.name}，告知其案件执行情况及财产调查结果，申请执行人同意终结本次执行程序。"),
        ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产，依照《最高人民法院关于适用〈中华人民共和国"
              "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后立即生效。"), *_sign(c, span - 2, bench=True)], c.number, tribunal)


def stub_and_notice(c: CaseCtx, code: str, rng: random.Random) -> Sheet:
    """A printed 填空 form two to a sheet: the 存根 kept by the court above, a dashed 裁剪线, the notice
    sent out below; both filled in by ballpoint. The page is the notice (the 存根 is its counterfoil)."""
    s = paper(rng)
    title = NAMES[code]
    y: float = mm(14)
    s.centred(y, COURT, face("song", mm(5.2)), spacing=mm(0.5))
    y = spaced(s, y + mm(7), f"{title}（存根）", 5.8, gap=0.3)
    num = c.number.removeprefix(f"（{c.filed_on.year}）甘1121")
    y = fill_line(s, mm(24), y, [("（", False), (str(c.filed_on.year), True), ("）甘1121", False), (num, True)], rng, size=4.4)
    fee = int(c.amount) // 100 + 50
    rows = ([("送达对象：", False), (c.applicant.name, True)],
            [("案由：", False), ("民间借贷纠纷", True), ("　执行标的：", False), (f"{c.amount:,.2f}元", True)],
            [("签发人：", False), (c.officer, True), ("　签发日期：", False), (num_date(c.day(1)), True)])
    if code == "payment_notice":
        rows = (*rows[:1], [("应交执行费：", False), (f"{fee}元", True)], rows[2])
    for runs in rows:
        y = fill_line(s, mm(24), y, runs, rng, size=4.4)
    cut = mm(118) + rng.uniform(-mm(4), mm(4))
    for x in range(int(mm(12)), int(mm(198)), int(mm(5))):
        s.line(x, cut, x + mm(2.8), cut, width=2, fill=(90, 90, 90))
    s.text(mm(96), cut - mm(6), "裁　剪　线", face("song", mm(3.4)), record=False)
    y = cut + mm(12)
    s.centred(y, COURT, face("song", mm(7)), spacing=mm(0.6))
    y = spaced(s, y + mm(11), title, 8.2, gap=0.5)
    y = fill_line(s, mm(120), y, [("（", False), (str(c.filed_on.year), True), ("）甘1121", False), (num, True)], rng)
    a, r = c.applicant, c.respondent
    if code == "acceptance_notice":
        body = [[(a.name, True), ("：", False)],
                [("　　你申请执行", False), (r.name, True), ("民间借贷纠纷", True), ("一案，本院经审查，符合法律规定的受理条件，"
                                                                          "决定立案执行。现将有关事项通知如下：", False)],
                [("　　一、本案由", False), (c.officer, True), ("负责执行，联系电话", False), (c.court.phone, True), ("。", False)],
                [("　　二、你应当向本院提供被执行人的财产状况或者财产线索；被执行人住址变更的，应及时告知本院。", False)],
                [("　　三、执行费由被执行人负担，本院执行到位后从执行款中直接扣收。", False)]]
    else:
        body = [[(a.name, True), ("：", False)],
                [("　　你申请执行", False), (r.name, True), ("一案，依照《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费",
                                                             False), (f"{fee}", True), ("元，由被执行人负担，执行到位后从执行款中扣收。", False)],
                [("　　特此通知。", False)]]
    for runs in body:
        y = fill_line(s, mm(26), y, runs, rng)
    y += mm(6)
    s.right(mm(184), y, cn_date(c.day(1)), face("song", mm(5)))
    court_seal(s, mm(150), y - mm(2), rng)
    return mark(s, kind=rng.choice(["flatbed", "phone", "clean"]))


def summons(c: CaseCtx, rng: random.Random) -> Sheet:
    """传票, a printed form of boxes filled in by ballpoint."""
    s = paper(rng)
    s.centred(mm(22), COURT, face("song", mm(7)), spacing=mm(0.6))
    y = spaced(s, mm(34), "传　票", 10, gap=0.3)
    y = fill_line(s, mm(120), y, [("案号", False), (c.number, True)], rng)
    rows = [("案　　由", "民间借贷纠纷执行"), ("被传唤人", c.respondent.name), ("工作单位或住址", c.respondent.address),
            ("传唤事由", "接受询问、报告财产"), ("应到时间", f"{num_date(c.day(18))}上午9时"),
            ("应到处所", "通渭县人民法院马营人民法庭" if c.extra.get("tribunal") else "通渭县人民法院执行局")]
    f = face("song", mm(5))
    x0, xm, x1 = mm(24), mm(70), mm(186)
    y += mm(4)
    for label, value in rows:
        s.box(x0, y, x1, y + mm(16), width=2)
        s.line(xm, y, xm, y + mm(16), width=2)
        s.text(x0 + mm(3), y + mm(5), label, f)
        pen(s, xm + mm(4), y + mm(4.5), value, rng)
        y += mm(16)
    y += mm(8)
    s.text(x0, y, "注意事项：", f)
    for k, line in enumerate(["一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
                              "三、被传唤人无正当理由拒不到场的，可以拘传。"]):
        s.text(x0 + mm(8), y + mm(9) * (k + 1), line, f)
    s.right(mm(180), y + mm(48), cn_date(c.day(12)), f)
    court_seal(s, mm(150), y + mm(45), rng)
    s.text(x0, y + mm(60), f"执行员：{c.officer}　　书记员：{c.clerk}", f)
    return s


def receipt(c: CaseCtx, served: list[str], rng: random.Random) -> Sheet:
    """送达回证 as the old 填空 grid: 送达文书 written by hand, one per line with 份数; the recipient signs,
    or the server notes why he did not (留置, 邮寄)."""
    s = paper(rng)
    f = face("song", mm(5))
    s.centred(mm(24), COURT, face("song", mm(7)), spacing=mm(0.6))
    y = spaced(s, mm(36), "送达回证", 8.6, gap=0.5)
    x0, xm, x1 = mm(22), mm(66), mm(188)
    docs = [NAMES.get(code, code) for code in served]
    to = c.applicant.name if served == ["acceptance_notice"] else c.respondent.name
    way = rng.choice(["直接送达", "留置送达", "邮寄送达"]) if to == c.respondent.name else "直接送达"
    rows: list[tuple[str, list[str], float]] = [
        ("案　号", [c.number], 16), ("案　由", ["民间借贷纠纷"], 16),
        ("送达文书\n名称件数", [f"{d}一份" for d in docs], 12 + 9 * len(docs)),
        ("受送达人", [to], 16), ("送达地点", [c.respondent.address if to == c.respondent.name else c.applicant.address], 16),
        ("受送达人\n签名或盖章", [], 28), ("代收人及\n代收理由", [], 18), ("送达方式", [way], 16), ("备　考", [], 22)]
    for label, values, h in rows:
        hh = mm(h)
        s.box(x0, y, x1, y + hh, width=2)
        s.line(xm, y, xm, y + hh, width=2)
        for k, part in enumerate(label.split("\n")):
            s.text(x0 + mm(3), y + mm(4) + k * mm(7), part, f)
        for k, v in enumerate(values):
            pen(s, xm + mm(4), y + mm(3.5) + k * mm(9), v, rng)
        if label.startswith("受送达人\n"):
            if way == "留置送达":
                pen(s, xm + mm(4), y + mm(4), "拒签，已留置于其住所，村委会主任见证", rng, size=mm(4.4))
            elif way == "邮寄送达":
                pen(s, xm + mm(4), y + mm(4), f"EMS {rng.randint(10**12, 10**13 - 1)}", rng, size=mm(4.4))
            else:
                pen(s, xm + mm(20), y + mm(5), to, rng, size=mm(7))
                pen(s, xm + mm(60), y + mm(14), num_date(c.day(4)), rng, size=mm(4.4))
        y += hh
    s.text(x0, y + mm(6), f"送达人：{c.officer}　{c.clerk}", f)
    s.right(x1, y + mm(6), f"签发人：{c.judge}", f)
    court_seal(s, mm(150), mm(50), rng)
    return s


__all__ = ["CODES", "INK", "TRIBUNAL", "adopt_basis", "basis_name", "render"]
