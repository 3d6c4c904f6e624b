"""court_e — a fifth enforcing court, 广东省深圳市福田区人民法院 (粤0304), held out: drawn after the page
reader was built, without looking at how it reads, to measure it once on a layout it has never seen.

House style: a thin kai body (its 仿宋 stand-in) and a traditional-cut Song Bold title; rulings and
orders headed by the court's name with the province over the letter-spaced title and a red rule, the
case number right-aligned under it; notices with the title in a table header (案号、承办人、联系电话);
footer 第 n 页／共 m 页 centred. Its wording: 执行案件受理通知书, 交纳执行费通知书, 执行通知书 with a
seven-day term, 报告财产令 ordering the 财产申报表 back within ten days, rulings titled 执行裁定书 whose
operative part reads 冻结、划拨… / 终结本院……号案件的本次执行程序, 决定书 for the dishonest list,
执行结案通知书. Forms, records and receipts are in court_e_forms, papers the court receives (another
Guangdong court's judgment, a lawyer's application on letterhead, ID and licence copies, bank and
registry replies, a fax) in court_e_papers; court_e_capture scans them its own way."""

from __future__ import annotations

import random

from dossier.corpus.content import CaseCtx, cn_date, money, num_date
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_e_forms as forms_e
from dossier.corpus.families import court_e_papers as papers_e
from dossier.corpus.families.court_e_kit import Block, EDoc, typeset

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order",
    "consumption_restriction_order", "dishonest_list_decision", "enforcement_ruling", "assistance_notice",
    "termination_this_round_ruling", "closing_notice", "fine_decision",
})
CODES = OWN | forms_e.CODES | papers_e.CODES
LAW = "《中华人民共和国民事诉讼法》"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in forms_e.CODES:
        return forms_e.render(code, c, rng, served)
    if code in papers_e.CODES:
        return papers_e.render(code, c, rng, served)
    return typeset(_doc(c, code, rng), rng)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """The basis comes from another Guangdong court: 南山's first-instance judgment, or 罗湖's mediation."""
    year = c.filed_on.year - 1
    if c.basis_kind == "mediation":
        c.basis_court, c.basis_number = "深圳市罗湖区人民法院", f"（{year}）粤0303民初{rng.randint(10000, 39999)}号"
    else:
        c.basis_kind = "judgment"
        c.basis_court, c.basis_number = "深圳市南山区人民法院", f"（{year}）粤0305民初{rng.randint(10000, 49999)}号"


def full_name(c: CaseCtx) -> str:
    return "广东省" + c.court.name


def _basis(c: CaseCtx) -> str:
    name = "民事调解书" if c.basis_kind == "mediation" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{name}"


def _who(c: CaseCtx) -> str:
    return "你司" if c.respondent.kind == "organisation" else "你"


def _signed(c: CaseCtx, days: int, *, judge: bool = False) -> list[Block]:
    out: list[Block] = [("gap", "")]
    if judge:
        out += [("sig", f"审　判　长　　{c.judge}"), ("sig", f"审　判　员　　{c.officer}")]
    else:
        out += [("sig", f"执　行　员　　{c.officer}")]
    return [*out, ("gap", ""), ("date", cn_date(c.day(days))), ("gap", ""), ("sig", f"书　记　员　　{c.clerk}")]


def _parties(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = [("f", f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，"
                              f"公民身份号码{a.id_number[:6]}********{a.id_number[-4:]}，住{a.address}。"),
                        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。")]
    if r.kind == "organisation":
        out += [("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
                ("f", f"法定代表人：{r.legal_rep}，该公司执行董事兼总经理。")]
    else:
        out.append(("f", f"被执行人：{r.name}，{r.sex}，住{r.address}。"))
    return out


def _doc(c: CaseCtx, code: str, rng: random.Random) -> EDoc:
    a, r = c.applicant, c.respondent
    you = _who(c)
    court = full_name(c)
    staff = (("承办人", c.officer), ("联系电话", c.court.phone), ("通讯地址", c.court.address))
    if code == "acceptance_notice":
        blocks: list[Block] = [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}一案，本院经审查认为符合受理条件，已于{cn_date(c.filed_on)}立案执行。"
                  "现将有关事项告知如下："),
            ("p", "一、本案由本院执行局负责办理，办理期限为六个月，自立案之日起计算；"),
            ("p", "二、请你方在收到本通知后七日内，向本院书面提供被执行人的财产线索，并确认收取执行款的银行账户；"),
            ("p", "三、本院将通过“广东法院诉讼服务网”“粤公正”小程序向你方电子送达本案法律文书，送达地址以你方确认的为准；"),
            ("p", "四、执行过程中你方可通过12368诉讼服务热线或网上查询案件进展。"),
            ("p", "特此通知。"), *_signed(c, 1)]
        return EDoc("执行案件受理通知书", blocks, court, c.number, heading="table", header_rows=staff)
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        blocks = [("f", f"{a.name}："),
                  ("p", f"你方申请执行{r.name}一案，根据《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，"
                        f"本案申请执行费为人民币{fee}元。"),
                  ("p", "依照该办法第二十条第二款的规定，申请执行费不由申请人预交，执行申请费执行后交纳，"
                        "本院将在执行到位的款项中直接扣收，由被执行人负担。"),
                  ("p", "特此通知。"), *_signed(c, 1)]
        return EDoc("交纳执行费通知书", blocks, court, c.number, heading="table", header_rows=staff)
    if code == "enforcement_notice":
        blocks = [("f", f"{r.name}："),
                  ("p", f"{a.name}与{you}借款合同纠纷一案，{_basis(c)}已经发生法律效力。"
                        f"申请执行人{a.name}于{cn_date(c.day(-1))}向本院申请强制执行，本院依法立案。依照{LAW}"
                        "第二百五十一条的规定，责令你方自本通知送达之日起七日内履行下列义务："),
                  ("p", f"1．向申请执行人{a.name}支付{money(c.amount)}；"),
                  ("p", "2．加倍支付迟延履行期间的债务利息（自生效法律文书确定的履行期限届满之日起计算至实际清偿之日止）；"),
                  ("p", "3．负担本案申请执行费及实际支出的执行费用。"),
                  ("p", "逾期不履行的，本院将依法强制执行，并可将你方纳入失信被执行人名单、采取限制消费措施，"
                        "通过征信系统记录、媒体公布不履行义务信息。"),
                  *_signed(c, 2)]
        return EDoc("执行通知书", blocks, court, c.number, heading="table", header_rows=staff)
    if code == "property_report_order":
        blocks = [("f", f"{r.name}："),
                  ("p", f"本院受理的{a.name}申请执行你方一案，你方未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条"
                        "和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条至第五条的规定，责令你方在收到本令后"
                        "十日内，填写随本令附送的《财产申报表》，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
                  ("p", "报告财产后，财产情况发生变动，影响申请执行人债权实现的，应当自财产变动之日起十日内向本院补充报告。"),
                  ("p", "你方拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，本院将根据情节轻重对你方或者你方的"
                        "法定代理人、有关单位的主要负责人或者直接责任人员予以罚款、拘留；构成犯罪的，依法追究刑事责任，"
                        "并将你方纳入失信被执行人名单。"),
                  ("f", "附：财产申报表一份"), *_signed(c, 2)]
        return EDoc("报告财产令", blocks, court, c.number)
    if code == "consumption_restriction_order":
        target = f"你司及你司法定代表人{r.legal_rep}" if r.legal_rep else "你"
        blocks = [("f", f"{r.name}{'、' + r.legal_rep if r.legal_rep else ''}："),
                  ("p", f"本院于{cn_date(c.filed_on)}立案执行{a.name}申请执行{r.name}一案。因你方未按执行通知书指定的期间"
                        "履行生效法律文书确定的给付义务，本院依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
                        f"第一条、第三条的规定，对{target}采取限制消费措施，{target}不得有以下高消费及非生活和工作必需的消费行为："),
                  ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、"
                        "高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、"
                        "公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"
                        "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等"
                        "其他非生活和工作必需的消费行为。"),
                  ("p", "如违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，"
                        "予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
                  *_signed(c, 20)]
        return EDoc("限制消费令", blocks, court, c.number)
    if code == "dishonest_list_decision":
        blocks = [*_parties(c)[2:],
                  ("p", f"本院在执行{a.name}与{r.name}纠纷一案中，被执行人有履行能力而拒不履行{_basis(c)}确定的义务，"
                        "且违反财产报告制度，未按本院要求如实报告财产。依照《最高人民法院关于公布失信被执行人名单信息的"
                        "若干规定》第一条第一项、第六项，第二条之规定，决定如下："),
                  ("p", f"将{r.name}纳入失信被执行人名单，期限二年，自本决定作出之日起计算。"),
                  ("p", "被纳入失信被执行人名单的被执行人认为有错误的，可以向本院申请纠正。"),
                  *_signed(c, 21, judge=True)]
        return EDoc("决定书", blocks, court, c.number)
    if code == "fine_decision":
        who = r.legal_rep or r.name
        blocks = [("f", f"被罚款人：{who}，{r.name}法定代表人。"),
                  ("p", f"本院在执行{a.name}申请执行{r.name}一案中，被罚款人作为被执行人的法定代表人，经本院合法传唤，"
                        "无正当理由拒不到庭接受询问，亦未按期申报财产，其行为已妨碍本案执行。依照" + LAW +
                        "第一百一十四条第一款第六项、第一百一十八条第一款的规定，决定如下："),
                  ("p", f"对{who}罚款人民币二万元，限于本决定书送达之日起三日内交纳。"),
                  ("p", "如不服本决定，可在收到决定书之日起三日内，向深圳市中级人民法院申请复议一次。复议期间，不停止执行。"),
                  *_signed(c, 40, judge=True)]
        return EDoc("罚款决定书", blocks, court, c.number)
    if code == "assistance_notice":
        bank = rng.choice(["招商银行股份有限公司深圳福田支行", "平安银行股份有限公司深圳分行", "中国银行股份有限公司深圳福田支行"])
        blocks = [("f", f"{bank}："),
                  ("p", f"关于{a.name}申请执行{r.name}一案，本院作出的{c.number}执行裁定书已发生法律效力。依照{LAW}"
                        "第二百五十三条的规定，请协助执行下列事项："),
                  ("p", f"冻结、扣划被执行人{r.name}（证件号码：{r.id_number}）在你行账号为"
                        f"{rng.randint(1000, 9999)}{rng.randint(10**11, 10**12 - 1)}账户内的存款，"
                        f"以{money(c.amount)}为限，扣划至{c.court.name}执行款专户。"),
                  ("f", "附：执行裁定书一份、执行公务证复印件"), *_signed(c, 9)]
        return EDoc("协助执行通知书", blocks, court, c.number)
    if code == "closing_notice":
        blocks = [("f", f"{a.name}："),
                  ("p", f"你方申请执行{r.name}一案，本院通过网络执行查控系统冻结、扣划被执行人银行存款，"
                        f"执行标的{money(c.amount)}已全部执行到位，执行款已于{cn_date(c.day((c.closed_on - c.filed_on).days - 4))}"
                        "转入你方确认的收款账户。"),
                  ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款第一项的规定，本案以"
                        "“执行完毕”方式结案。"),
                  ("p", "特此通知。"), *_signed(c, (c.closed_on - c.filed_on).days)]
        return EDoc("执行结案通知书", blocks, court, c.number, heading="table", header_rows=staff)
    return _ruling(c, code)


def _ruling(c: CaseCtx, code: str) -> EDoc:
    a, r = c.applicant, c.respondent
    span = (c.closed_on - c.filed_on).days
    if code == "enforcement_ruling":
        ops: list[Block] = [
            ("p", f"本院依据已经发生法律效力的{_basis(c)}，于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与被执行人"
                  f"{r.name}借款合同纠纷一案。因被执行人未按执行通知履行义务，依照{LAW}第二百五十三条、第二百五十五条，"
                  "《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结其相应价值的其他财产。"),
            ("p", "本裁定立即执行。"), *_signed(c, 8, judge=True)]
    elif code == "termination_this_round_ruling":
        ops = [
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}纠纷一案中，执行依据为{_basis(c)}。本案执行标的为"
                  f"{money(c.amount)}，执行中未有款项到位。"),
            ("p", "本院于立案后向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未报告财产。本院通过"
                  "最高人民法院网络执行查控系统及广东法院“点对点”查控系统，对被执行人名下的存款、车辆、不动产、证券、"
                  "股权、网络资金等财产进行了查询，未发现可供执行的财产；对申请执行人提供的财产线索进行了实地调查核实，"
                  "该线索无可供执行的财产。本院已对被执行人采取限制消费措施并将其纳入失信被执行人名单。"),
            ("p", f"{cn_date(c.day(span - 15))}，本院约谈申请执行人，告知其本案的执行情况、财产调查措施、被执行人的财产情况"
                  "以及终结本次执行程序的依据及法律后果，申请执行人对终结本次执行程序无异议。"),
            ("p", "本院认为，本案符合终结本次执行程序的条件。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
                  "第五百一十七条、《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条的规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"
                  "被执行人仍负有继续向申请执行人履行债务的义务。"),
            ("p", "本裁定送达后立即生效。"), *_signed(c, span - 2, judge=True)]
    else:
        raise KeyError(code)
    return EDoc("执行裁定书", [*_parties(c), *ops], full_name(c), c.number)
