"""court_g — a seventh enforcing court, 重庆市渝中区人民法院 (渝0103), held out: drawn without looking at
how the page reader works, to measure it once on a layout it has never seen.

House style: notices and letters under a 红头 (the court's name large in red over a red double rule, the
文号 right-aligned under it), rulings and decisions with the court's name in black over the title and
the number right-aligned, every ruling titled 执行裁定书 (what it decides stands after 裁定如下), a
rectangular 本件与原本核对无异 stamp under rulings; footers "— n —" alternating right and left, "n/m", or
a running header on later pages. Its wording: 受理案件通知书, 交纳执行费通知书, 执行通知书 with 报告财产令
as a separate paper, 限制消费令, 决定书 (失信), 协助执行通知书 to a bank, 恢复执行通知书, 结案通知书.
Forms and records are in court_g_forms, papers from others in court_g_papers; court_g_capture scans them."""

from __future__ import annotations

import random

from dossier.corpus.content import CaseCtx, cn_date, money
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_g_forms as forms_g
from dossier.corpus.families import court_g_papers as papers_g
from dossier.corpus.families.court_g_kit import COURT, Block, GDoc, typeset

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order",
    "consumption_restriction_order", "dishonest_list_decision", "enforcement_ruling", "assistance_notice",
    "termination_this_round_ruling", "resumption_ruling", "resumption_notice", "closing_notice",
})
CODES = OWN | forms_g.CODES | papers_g.CODES
LAW = "《中华人民共和国民事诉讼法》"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in forms_g.CODES:
        return forms_g.render(code, c, rng, served)
    if code in papers_g.CODES:
        return papers_g.render(code, c, rng, served)
    if code == "assistance_notice" and "deduct" in served:
        return typeset(_deduct(c, rng), rng)
    return typeset(_doc(c, code, rng, previous="previous" in served), rng)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """The basis comes from elsewhere: a Chengdu court's 民事调解书, a Guiyang court's judgment, or an
    award of 重庆仲裁委员会 with its certificate of effect."""
    year = c.filed_on.year - 1
    c.firm = "重庆" + c.firm.removeprefix(c.court.city[:2])
    if c.basis_kind == "arbitration":
        c.basis_court, c.basis_number = "重庆仲裁委员会", f"（{year}）渝仲字第{rng.randint(100, 2999)}号"
    elif c.basis_kind == "mediation":
        c.basis_court, c.basis_number = "四川省成都市锦江区人民法院", f"（{year}）川0104民初{rng.randint(1000, 19999)}号"
    else:
        c.basis_kind = "judgment"
        c.basis_court, c.basis_number = "贵州省贵阳市云岩区人民法院", f"（{year}）黔0103民初{rng.randint(1000, 29999)}号"


def basis_name(c: CaseCtx) -> str:
    kind = {"arbitration": "裁决书", "mediation": "民事调解书"}.get(c.basis_kind, "民事判决书")
    return f"{c.basis_court}{c.basis_number}{kind}"


def _signed(c: CaseCtx, days: int, *, judge: bool = False, copy: bool = False) -> list[Block]:
    out: list[Block] = [("gap", "")]
    if judge:
        out += [("sig", f"审　判　长　　{c.judge}"), ("sig", f"审　判　员　　{c.officer}"), ("sig", f"人民陪审员　　{c.clerk[0]}建华")]
    else:
        out += [("sig", f"执　行　员　　{c.officer}")]
    out += [("date", cn_date(c.day(days)))]
    if copy:
        out += [("copy", "")]
    return [*out, ("sig", f"书　记　员　　{c.clerk}")]


def _parties(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = [("f", f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%-m月%-d日}出生，汉族，住{a.address}。" if a.born
                         else f"申请执行人：{a.name}，住{a.address}。"),
                        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。")]
    if r.kind == "organisation":
        return [*out, ("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。")]
    return [*out, ("f", f"被执行人：{r.name}，{r.sex}，住{r.address}。")]


def _doc(c: CaseCtx, code: str, rng: random.Random, *, previous: bool = False) -> GDoc:
    a, r = c.applicant, c.respondent
    foot = rng.choice(["dash", "slash", "running"])
    span = (c.closed_on - c.filed_on).days
    if code == "acceptance_notice":
        return GDoc("受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）与{r.name}纠纷一案，你于{cn_date(c.filed_on)}向本院申请强制执行{basis_name(c)}，经审查，"
                  f"符合法定受理条件，本院决定立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理，联系电话{c.court.phone}。你可通过“重庆法院公众服务网”、"
                  "“易诉”平台或12368热线查询执行进展，并应当向本院提供被执行人的财产线索。"),
            ("p", "特此通知。"), *_signed(c, 1)], c.number, footer=foot)
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        return GDoc("交纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案应交纳申请执行费"
                  f"{fee}元。该费用由被执行人负担，本院执行到位后直接从执行款中扣收，你可暂不预交。"),
            ("p", "特此通知。"), *_signed(c, 1)], c.number, footer=foot)
    if code == "enforcement_notice":
        return GDoc("执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}与你（单位）纠纷一案，{basis_name(c)}已经发生法律效力。因你（单位）未履行该法律文书确定的义务，"
                  f"权利人{a.name}向本院申请强制执行，本院于{cn_date(c.filed_on)}依法立案。依照{LAW}第二百五十一条、"
                  "第二百六十四条的规定，责令你（单位）立即履行下列义务："),
            ("p", f"1.向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "2.加倍支付迟延履行期间的债务利息；"),
            ("p", "3.负担申请执行费及执行中实际支出的费用。"),
            ("p", "你（单位）应同时按照本院报告财产令的要求如实报告财产。逾期不履行的，本院将依法强制执行，"
                  "并可对你（单位）采取限制消费、纳入失信被执行人名单等措施。"),
            ("p", "特此通知。"), *_signed(c, 3)], c.number, footer=foot)
    if code == "property_report_order":
        return GDoc("报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{a.name}申请执行你（单位）纠纷一案，依照{LAW}第二百五十二条、"
                  "《最高人民法院关于民事执行中财产调查若干问题的规定》第三条、第五条的规定，责令你（单位）在收到本令后五日内，"
                  "向本院如实报告当前以及收到执行通知之日前一年的财产情况，并填写附后的财产申报表。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
            *_signed(c, 3)], c.number, footer=foot)
    if code == "consumption_restriction_order":
        who = f"你单位及你单位法定代表人{r.legal_rep}" if r.legal_rep else "你"
        return GDoc("限制消费令", [
            ("f", f"{r.name}{'、' + r.legal_rep if r.legal_rep else ''}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行的{a.name}申请执行你（单位）一案，你（单位）未按执行通知书指定的期间履行"
                  "生效法律文书确定的给付义务。依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的"
                  f"规定，对{who}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以拘留、罚款；情节严重，构成犯罪的，依法追究刑事责任。"),
            *_signed(c, 25)], c.number, footer=foot)
    if code == "dishonest_list_decision":
        return GDoc("决定书", [
            ("f", f"被执行人：{r.name}{'，住所地' + r.address if r.kind == 'organisation' else '，住' + r.address}。"),
            *([("f", f"法定代表人：{r.legal_rep}。")] if r.legal_rep else []),
            ("p", f"本院在执行{a.name}与{r.name}纠纷一案中，被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的义务，"
                  f"且无正当理由拒不报告财产情况。依照{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》"
                  "第一条第一项、第五项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出立即生效。"), *_signed(c, 26, judge=True)], c.number, footer=foot, redhead=False)
    if code == "assistance_notice":
        bank = rng.choice(["中国建设银行股份有限公司重庆解放碑支行", "重庆农村商业银行股份有限公司渝中支行", "重庆银行股份有限公司大坪支行"])
        if c.method == "fully_performed":  # the account the money later came from
            bank = "中国建设银行股份有限公司重庆解放碑支行"
        return GDoc("协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于{a.name}与{r.name}纠纷一案，本院{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的规定，"
                  "请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（证件号码：{r.id_number}）在你行开立的全部账户内存款，以{money(c.amount)}为限，"
                  "冻结期限一年；冻结期间如需扣划，另行通知。"),
            ("f", "附：执行裁定书一份"), *_signed(c, 9)], c.number, footer=foot)
    if code == "resumption_notice":
        return GDoc("恢复执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行你（单位）纠纷一案，本院曾于{c.filed_on.year - 1}年以"
                  f"{c.previous_number}执行裁定书终结本次执行程序。现申请执行人提供了你（单位）新的财产线索，申请恢复执行，"
                  f"本院经审查后决定恢复执行，案号为{c.number}。"),
            ("p", "请你（单位）在收到本通知之日起三日内履行生效法律文书确定的义务，并如实报告财产。逾期不履行的，本院将依法强制执行。"),
            ("p", "特此通知。"), *_signed(c, 2)], c.number, footer=foot)
    if code == "closing_notice":
        return GDoc("结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}纠纷一案（{c.number}），在执行过程中，双方于{cn_date(c.day(38))}自愿达成执行和解协议，"
                  f"被执行人已按协议履行完毕，执行款已通过本院案款账户发放至你指定的账户。依照《最高人民法院关于执行案件立案、"
                  "结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"), *_signed(c, span)], c.number, footer=foot)
    return _ruling(c, code, foot, previous=previous)


def _deduct(c: CaseCtx, rng: random.Random) -> GDoc:
    """The second 协助执行通知书, once the money is there: 扣划 from the account frozen before."""
    a, r = c.applicant, c.respondent
    return GDoc("协助执行通知书", [
        ("f", "中国建设银行股份有限公司重庆解放碑支行："),
        ("p", f"关于{a.name}与{r.name}纠纷一案，本院已冻结被执行人{r.name}在你行的存款。现被执行人同意按执行和解协议以该款项"
              f"履行，依照{LAW}第二百五十三条的规定，请协助将上述冻结存款中的{money(c.amount)}扣划至本院执行款专户"
              f"（户名：{COURT}，开户行：中国建设银行重庆解放碑支行）。"),
        ("f", "附：执行裁定书一份"), *_signed(c, 49)], c.number, footer=rng.choice(["dash", "slash"]))


def _ruling(c: CaseCtx, code: str, foot: str, *, previous: bool) -> GDoc:
    a, r = c.applicant, c.respondent
    span = (c.closed_on - c.filed_on).days
    if code == "enforcement_ruling":
        blocks: list[Block] = [
            ("p", f"本院在执行{a.name}与{r.name}纠纷一案中，{basis_name(c)}已经发生法律效力，被执行人未按执行通知履行义务。"
                  f"依照{LAW}第一百五十七条第一款第十一项、第二百五十三条、第二百五十五条的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}及迟延履行期间的债务利息；或查封、扣押、拍卖、变卖其"
                  "相应价值的财产。"),
            ("p", "本裁定立即执行。"), *_signed(c, 8, judge=True, copy=True)]
        return GDoc("执行裁定书", [*_parties(c), *blocks], c.number, footer=foot, redhead=False)
    if code == "resumption_ruling":
        blocks = [
            ("p", f"申请执行人{a.name}与被执行人{r.name}纠纷一案，本院在执行过程中，因未发现被执行人可供执行的财产，于"
                  f"{c.filed_on.year - 1}年以{c.previous_number}执行裁定书终结本次执行程序。"),
            ("p", f"{cn_date(c.filed_on)}，申请执行人{a.name}以发现被执行人名下新的财产为由，向本院申请恢复执行。"),
            ("p", "本院认为，申请执行人提供了被执行人可供执行财产的线索，其申请符合法律规定。依照《最高人民法院关于适用"
                  "〈中华人民共和国民事诉讼法〉的解释》第五百一十七条第二款的规定，裁定如下："),
            ("p", f"恢复{c.previous_number}案件的执行。"),
            ("p", "本裁定送达后立即生效。"), *_signed(c, 1, judge=True, copy=True)]
        return GDoc("执行裁定书", [*_parties(c), *blocks], c.number, footer=foot, redhead=False)
    if code != "termination_this_round_ruling":
        raise KeyError(code)
    number = c.previous_number if previous else c.number
    when = c.filed_on.replace(year=c.filed_on.year - 1, month=11, day=20) if previous else c.day(span - 2)
    blocks = [
        ("p", f"本院在执行{a.name}与{r.name}纠纷一案中，依据的执行依据为{basis_name(c)}，"
              f"被执行人应当向申请执行人支付{money(c.amount)}及迟延履行期间的债务利息。"),
        ("p", "本院立案后，依法向被执行人发出执行通知书、报告财产令，被执行人未履行义务，也未如实报告财产。本院通过网络执行"
              "查控系统对被执行人的存款、车辆、不动产、证券、网络资金、股权等财产进行了查询，并到不动产登记、市场监管等部门"
              "现场调查，未发现被执行人有可供执行的财产。本院已对被执行人发出限制消费令，并将其纳入失信被执行人名单。"),
        *([("p", "恢复执行后，本院根据申请执行人提供的线索查控被执行人名下车辆，经现场查找，该车辆已不在申请执行人所述停车场，"
                 "下落不明，无法扣押；本院已在公安交通管理部门办理查封登记。")] if c.category == "resumption" and not previous else []),
        ("p", "本院已将案件执行情况、财产调查结果告知申请执行人，并听取了其意见，申请执行人对终结本次执行程序无异议。"),
        ("p", "本院认为，本案已穷尽财产调查措施，被执行人暂无可供执行的财产，符合终结本次执行程序的条件。依照《最高人民法院"
              "关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条、《最高人民法院关于严格规范终结本次执行程序的规定"
              "（试行）》第一条的规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后即发生法律效力。"),
        ("gap", ""),
        ("sig", f"审　判　长　　{c.judge}"), ("sig", f"审　判　员　　{c.officer}"), ("date", cn_date(when)),
        ("copy", ""), ("sig", f"书　记　员　　{c.clerk}")]
    return GDoc("执行裁定书", [*_parties(c), *blocks], number, footer=foot, redhead=False)
