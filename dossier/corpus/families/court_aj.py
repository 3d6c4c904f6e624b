"""court_aj — 上海金融法院 (沪74), held out: drawn without looking at the page reader, to measure it once on a layout
it has never seen. A specialised financial court's 执行局: a 上海仲裁委员会 award on a 融资租赁 contract for a 金融租赁
company, paid by 划拨 from the lessee's frozen securities account; a 上海市黄浦区人民法院 金融借款合同 judgment for a bank
whose debt was sold to an 资产管理公司 (债权转让协议, a newspaper 公告 and the application to change the applicant filed
as evidence, a ruling changing the applicant), 终本 and archived; a 公证债权文书 of a 小额贷款 loan whose 执行证书 never
reached the e-dossier. Its own papers come from the 审判系统 (court_aj_kit); the papers it receives are drawn by
court_aj_papers; every page was photographed at the 自助立案一体机 / 智能收转 kiosk (court_aj_capture)."""

from __future__ import annotations

import random
from datetime import timedelta
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
from dossier.corpus.draw import Sheet, hand, mm, seal, table
from dossier.corpus.families import court_aj_papers as papers
from dossier.corpus.families.court_aj_kit import (
    COURT,
    GREY,
    WIDTH,
    X0,
    document,
    form_head,
    sans,
    serif,
)
from dossier.corpus.fonts import Font, font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_approval_form",
    "closing_notice", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
HUANGPU = papers.HUANGPU
ARBITRATION = papers.ARBITRATION
NOTARY = papers.NOTARY
LOAN_SEQ = 55408
"""the judgment dossier: the bank's loan, sold to the 资产管理公司"""
TITLES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "summons": "传票",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书",
    "termination_this_round_ruling": "执行裁定书", "closing_notice": "结案通知书",
}


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return papers.render(code, c, rng, served)
    return _own(code, c, rng, served)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Shanghai financial parties: the applicant is a financial company, the respondent a borrowing company with a
    保证人; the basis is the plan's: award, 黄浦 judgment, or 公证债权文书 with its 执行证书."""
    year = c.filed_on.year - 1
    district = rng.choice(["黄浦区", "静安区", "徐汇区", "闵行区", "嘉定区"])
    road = rng.choice(["中山东一路", "延安东路", "陆家嘴环路", "世纪大道", "南京西路", "淮海中路"])
    c.firm = rng.choice(["上海浦江通衡律师事务所", "上海申联汇金律师事务所", "上海衡泰国浩律师事务所"])
    c.extra["guarantor"] = _person(rng, c, "310104")
    c.extra["rep"] = person_name(rng)
    c.extra["account"] = f"{rng.randint(3100, 3199)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    c.extra["securities"] = f"A{rng.randint(100000000, 999999999)}"
    c.extra["flat"] = f"上海市{rng.choice(['闵行区', '松江区', '浦东新区'])}{rng.choice(['莘庄', '九亭', '周浦'])}镇" \
                      f"{rng.choice(['春申', '沪松', '康沈'])}路{rng.randint(100, 999)}弄{rng.randint(1, 40)}号{rng.randint(101, 1802)}室"
    resp = f"上海{rng.choice(['宏裕', '启程', '东晟', '沪鑫', '嘉禾'])}{rng.choice(['供应链管理', '实业', '国际贸易', '精密机械'])}有限公司"
    c.respondent = Party(resp, "organisation", credit_code(rng, "310115"),
                         f"上海市{district}{rng.choice(['江场路', '金海路', '曹安公路'])}{rng.randint(10, 2999)}号",
                         f"021-{rng.randint(50000000, 69999999)}", legal_rep=person_name(rng))
    if c.basis_kind == "arbitration":
        c.applicant = Party("浦江金融租赁股份有限公司", "organisation", credit_code(rng, "310000"),
                            f"上海市黄浦区{road}{rng.randint(1, 300)}号{rng.randint(20, 38)}楼", "021-63218800",
                            legal_rep=person_name(rng))
        c.basis_court = ARBITRATION
        c.basis_number = f"（{year}）沪仲案字第{rng.randint(1000, 4999)}号"
        c.extra["contract"] = "融资租赁合同"
    elif c.basis_kind == "notarial":
        c.applicant = Party("上海浦汇小额贷款股份有限公司", "organisation", credit_code(rng, "310000"),
                            f"上海市静安区{road}{rng.randint(1, 300)}号{rng.randint(5, 20)}楼", "021-52376600",
                            legal_rep=person_name(rng))
        c.basis_court = NOTARY
        c.basis_number = f"（{year}）沪东证经字第{rng.randint(2000, 9999)}号"
        c.extra["certificate"] = f"（{c.filed_on.year}）沪东证执字第{rng.randint(10, 400)}号"
        c.extra["contract"] = "借款合同"
    else:
        c.extra["bank"] = "上海浦东发展银行股份有限公司黄浦支行"
        c.applicant = Party("上海申江资产管理有限公司", "organisation", credit_code(rng, "310000"),
                            f"上海市黄浦区{road}{rng.randint(1, 300)}号{rng.randint(10, 30)}楼", "021-63350088",
                            legal_rep=person_name(rng))
        c.basis_court = HUANGPU
        c.basis_number = f"（{year}）沪0101民初{rng.randint(1000, 29999)}号"
        c.extra["contract"] = "金融借款合同"
    c.amount = (c.amount * rng.randint(6, 30)).quantize(Decimal("0.01"))  # a financial court's sums
    c.extra["principal"] = (c.amount * Decimal("0.86")).quantize(Decimal("0.01"))
    c.extra["interest"] = c.amount - c.extra["principal"]
    c.extra["fee"] = (Decimal(50) + c.amount * Decimal("0.005")).quantize(Decimal("0.01"))


def _person(rng: random.Random, c: CaseCtx, region: str) -> Party:
    born = c.filed_on.replace(year=rng.randint(1965, 1988), day=min(c.filed_on.day, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born),
                 f"上海市徐汇区{rng.choice(['漕溪北路', '天钥桥路', '田林路'])}{rng.randint(10, 600)}弄{rng.randint(1, 30)}号",
                 f"13{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))


def parties(c: CaseCtx) -> list[tuple[str, str]]:
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    return [
        ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
        ("f", f"法定代表人：{a.legal_rep}。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
        ("f", f"法定代表人：{r.legal_rep}。"),
        ("f", f"被执行人：{g.name}，{g.sex}，{g.born.year}年{g.born.month}月{g.born.day}日出生，住{g.address}。"),
    ]


def basis_name(c: CaseCtx) -> str:
    kind = {"arbitration": "裁决书", "notarial": "公证债权文书"}.get(c.basis_kind, "民事判决书")
    return f"{c.basis_court}{c.basis_number}{kind}"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    judge, officer, clerk = f"审判员|{c.judge}", f"执行员|{c.officer}", f"书记员|{c.clerk}"
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    total = money(c.amount)
    if code == "acceptance_notice":
        blocks = [("f", f"{a.name}："),
                  ("p", f"你单位申请执行{r.name}、{g.name}{c.extra['contract']}纠纷一案，依据{basis_name(c)}，"
                        f"经审查符合受理条件，本院已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
                  ("p", f"本案由{c.officer}承办，联系电话{c.court.phone}。请通过上海法院诉讼服务网或12368热线查询案件进度；"
                        "你单位如发现被执行人有可供执行的财产，请及时书面向本院提供。"),
                  ("p", "特此通知。")]
        return document(c, TITLES[code], blocks, rng, date_line=cn_date(c.filed_on))
    if code == "payment_notice":
        blocks = [("f", f"{a.name}："),
                  ("p", f"你单位申请执行的{c.number}案件，依照《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项之规定，"
                        f"应预交申请执行费{money(c.extra['fee'])}。"),
                  ("p", "请于接到本通知之日起七日内通过上海法院网上缴费平台或至本院诉讼服务中心缴纳；执行费由被执行人负担的，"
                        "本院在执行款中一并扣收后退还。"),
                  ("f", "收款单位：上海金融法院　　开户行：中国工商银行上海市分行营业部"),
                  ("p", "特此通知。")]
        return document(c, "缴纳执行费通知书", blocks, rng, date_line=cn_date(c.day(1)))
    if code == "enforcement_notice":
        blocks = [("f", f"{r.name}、{g.name}："),
                  ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已立案执行。依照{LAW}第二百五十一条、第二百五十二条"
                        "及《最高人民法院关于人民法院执行工作若干问题的规定（试行）》的规定，责令你方自收到本通知之日起立即履行下列义务："),
                  ("f", f"一、支付{total}；"),
                  ("f", "二、按生效法律文书确定的标准支付利息、罚息、复利至实际清偿之日止；"),
                  ("f", f"三、加倍支付迟延履行期间的债务利息，负担申请执行费{money(c.extra['fee'])}。"),
                  ("p", "逾期不履行，本院将依法强制执行，并可对你方采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
                  ("p", "本院同时向你方送达报告财产令，你方应如实向本院报告财产。")]
        return document(c, TITLES[code], blocks, rng, signers=[officer, clerk], date_line=cn_date(c.day(3)))
    if code == "property_report_order":
        blocks = [("f", f"{r.name}、{g.name}："),
                  ("p", f"依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》，责令你方在收到本令后五日内，"
                        "如实填写所附财产申报表，向本院报告当前以及收到执行通知之日前一年的财产情况，包括存款、股票及证券账户资金、"
                        "理财产品、不动产、车辆、对外债权、股权及其他投资权益。"),
                  ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，构成犯罪的依法追究刑事责任，"
                        "并纳入失信被执行人名单。"),
                  ("p", "报告期间，财产状况发生变动的，应自变动之日起十日内向本院补充报告。")]
        return document(c, "报告财产令", blocks, rng, signers=[officer], date_line=cn_date(c.day(3)))
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    if code == "enforcement_ruling":
        return _ruling(c, rng, served)
    if code == "assistance_notice":
        return _assistance(c, rng)
    if code == "summons":
        blocks = [("f", f"被传唤人：{r.legal_rep}（{r.name}法定代表人）"),
                  ("f", f"被传唤人住址：{r.address}"),
                  ("f", f"传唤事由：{c.number}案件执行谈话、核实财产"),
                  ("f", f"应到时间：{num_date(c.day(48))}上午9时30分"),
                  ("f", "应到处所：上海市黄浦区南车站路560号上海金融法院执行局第三谈话室"),
                  ("p", "注意事项：被传唤人应携带身份证件及本传票准时到达；无正当理由拒不到场的，本院可以依法拘传。")]
        return document(c, "传票", blocks, rng, signers=[officer], date_line=cn_date(c.day(40)))
    if code == "consumption_restriction_order":
        blocks = [("f", f"{r.name}（统一社会信用代码{r.id_number}）及其法定代表人{r.legal_rep}、{g.name}："),
                  ("p", f"本院于{cn_date(c.filed_on)}立案执行{a.name}申请执行你方{c.extra['contract']}纠纷一案。因你方未按执行通知书指定的期间"
                        "履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条，"
                        "对你方采取限制消费措施，限制你方及你单位法定代表人不得实施下列高消费及非生活和工作必需的消费行为："),
                  ("f", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
                  ("f", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
                  ("f", "（三）购买不动产或者新建、扩建、高档装修房屋；租赁高档写字楼、宾馆、公寓等场所办公；"),
                  ("f", "（四）购买非经营必需车辆；旅游、度假；子女就读高收费私立学校；"),
                  ("f", "（五）支付高额保费购买保险理财产品；乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
                  ("p", "如违反本令，经查证属实的，本院将依法予以拘留、罚款；情节严重，构成犯罪的，依法追究刑事责任。")]
        return document(c, "限制消费令", blocks, rng, date_line=cn_date(c.day(20)))
    if code == "dishonest_list_decision":
        blocks = [("f", f"被执行人：{r.name}，住所地{r.address}。"),
                  ("f", f"法定代表人：{r.legal_rep}。"),
                  ("p", f"本院在执行{a.name}与{r.name}{c.extra['contract']}纠纷一案中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，"
                        "且违反财产报告制度。依照" + LAW + "第二百六十六条及《最高人民法院关于公布失信被执行人名单信息的若干规定》"
                        "第一条第（一）项、第（五）项之规定，决定如下："),
                  ("f", f"将{r.name}纳入失信被执行人名单。"),
                  ("p", "本决定一经作出即生效。被执行人认为本决定有错误的，可以向本院申请纠正。")]
        return document(c, "决定书", blocks, rng, signers=[judge], date_line=cn_date(c.day(21)))
    if code == "termination_this_round_ruling":
        blocks = [*parties(c),
                  ("p", f"本院在执行{basis_name(c)}一案中，于{cn_date(c.day(3))}向被执行人送达执行通知书、报告财产令，"
                        "被执行人未履行义务，亦未如实申报财产。本院通过网络执行查控系统及上海地区点对点查控系统对被执行人的银行存款、"
                        "证券账户、不动产、车辆、工商登记股权等进行了查询，已冻结的账户内余额均已扣划，未发现其他可供执行的财产。"
                        "本院已对被执行人采取限制消费措施并将其纳入失信被执行人名单。"),
                  ("p", f"本院于{cn_date(c.day(100))}约谈申请执行人，告知本案执行情况、财产调查措施及拟终结本次执行程序的依据，"
                        "申请执行人表示暂无其他财产线索。"),
                  ("p", f"依照{LAW}第一百五十七条第一款第十一项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，"
                        "裁定如下："),
                  ("p", f"终结本院{c.number}案件本次执行程序。"),
                  ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
                  ("p", "本裁定送达后即发生法律效力。")]
        return document(c, "执行裁定书", blocks, rng, signers=[judge, clerk], date_line=cn_date(c.closed_on))
    if code == "closing_notice":
        blocks = [("f", f"{a.name}："),
                  ("p", f"你单位申请执行{r.name}、{g.name}{c.extra['contract']}纠纷一案（{c.number}），本院已将执行款"
                        f"{total}划至你单位指定账户，本案已执行完毕，于{cn_date(c.closed_on)}以“执行完毕”方式结案。"),
                  ("p", "特此通知。")]
        return document(c, "结案通知书", blocks, rng, date_line=cn_date(c.closed_on))
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code == "service_receipt":
        return [_receipt(c, served, rng)]
    if code == "closing_approval_form":
        return [_approval(c, rng)]
    if code == "dossier_cover":
        return [_cover(c, rng)]
    if code == "catalogue":
        return [_catalogue(c, rng)]
    if code == "file_review_form":
        return [_review(c, rng)]
    if code == "remarks_sheet":
        return [_remarks(c, rng)]
    raise KeyError(code)


def _ruling(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    if c.basis_kind == "judgment" and "change" in served:
        blocks = [("f", f"申请人（申请变更申请执行人）：{a.name}，住所地{a.address}。"),
                  ("f", f"原申请执行人：{c.extra['bank']}。"),
                  ("f", f"被执行人：{r.name}、{g.name}。"),
                  ("p", f"本院在执行{basis_name(c)}一案中，申请人{a.name}以其受让原申请执行人对被执行人享有的全部债权为由，"
                        "申请变更其为本案申请执行人。本院经审查，债权转让协议真实有效，债权转让已通知债务人并于报纸公告。"),
                  ("p", "依照《最高人民法院关于民事执行中变更、追加当事人若干问题的规定》第九条之规定，裁定如下："),
                  ("p", f"变更{a.name}为本案申请执行人。"),
                  ("p", "本裁定送达后即发生法律效力。")]
        return document(c, "执行裁定书", blocks, rng, signers=[f"审判长|{c.judge}", f"审判员|{person_name(rng)}",
                                                              f"审判员|{person_name(rng)}", f"书记员|{c.clerk}"],
                        date_line=cn_date(c.day(30)))
    what = "证券账户内资金及证券" if c.basis_kind == "arbitration" else "银行存款"
    blocks = [*parties(c),
              ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知履行义务。"
                    f"依照{LAW}第二百五十三条、第二百五十五条之规定，裁定如下："),
              ("p", f"冻结、划拨被执行人{r.name}、{g.name}应当履行义务部分的{what}，或者查封、扣押、冻结其相应价值的其他财产，"
                    f"以{money(c.amount)}及迟延履行期间的债务利息、执行费为限。"),
              ("p", "本裁定立即执行。")]
    return document(c, "执行裁定书", blocks, rng, signers=[f"审判员|{c.judge}", f"书记员|{c.clerk}"], date_line=cn_date(c.day(6)))


def _assistance(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    if c.basis_kind == "arbitration":
        to = "国泰申银证券股份有限公司上海分公司"
        what = (f"请协助冻结、划拨被执行人{r.name}在你处开立的资金账户（客户号{c.extra['securities']}）内的资金"
                f"{money(c.amount)}，并将划拨款项汇入本院执行款专户。")
    else:
        to = "上海市闵行区不动产登记事务中心" if c.basis_kind == "judgment" else "上海银行股份有限公司黄浦支行"
        what = (f"请协助查封被执行人{c.extra['guarantor'].name}名下坐落于{c.extra['flat']}的房屋，查封期限三年。"
                if c.basis_kind == "judgment" else
                f"请协助冻结被执行人{r.name}在你行开立的账户{c.extra['account']}内的存款，以{money(c.amount)}为限，冻结期限一年。")
    blocks = [("f", f"{to}："),
              ("p", f"本院在执行{c.number}案件中，依照{LAW}第二百五十三条、第二百五十五条之规定，{what}"),
              ("f", "附：执行裁定书一份"),
              ("f", f"承办人：{c.officer}　　联系电话：{c.court.phone}")]
    return document(c, "协助执行通知书", blocks, rng, signers=[f"执行员|{c.officer}"], date_line=cn_date(c.day(7)))


def _declaration(c: CaseCtx, rng: random.Random) -> Sheet:
    s, y = form_head("财产申报表", f"（{c.number}）")
    r = c.respondent
    rows = [["申报人", r.name], ["统一社会信用代码", ""], ["法定代表人", ""], ["银行存款", ""], ["证券账户", ""],
            ["不动产", ""], ["车辆", ""], ["对外债权", ""], ["股权投资", ""], ["近一年财产变动", ""]]
    cols = [mm(45), WIDTH - mm(45)]
    y2 = table(s, X0, y, cols, rows, sans(30), row_h=mm(15))
    fills = [r.id_number, r.legal_rep, f"上海银行黄浦支行 {c.extra['account']}，余额约三万元",
             f"资金账户{c.extra['securities']}", "无", "沪A牌照货车一辆（已抵押）", "应收货款约四十万元，对方已注销",
             "无", "无"]
    for k, text in enumerate(fills, 1):
        hand(s, X0 + mm(48), y + k * mm(15) + mm(3), text, rng, size=34)
    hand(s, X0 + mm(90), y2 + mm(12), f"申报人：{r.legal_rep}", rng, size=40)
    hand(s, X0 + mm(90), y2 + mm(26), num_date(c.day(12)), rng, size=36)
    seal(s, X0 + mm(120), y2 + mm(18), r.name, rng, radius=mm(19))
    s.text(X0, mm(270), "本表由被执行人如实填写，不够填写的可另附页。　上海金融法院执行局制", sans(22), fill=GREY)
    return s


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "interview_record":
        title, day, who = "谈话笔录", c.day(100), f"{c.agent}（{a.name}委托代理人，{c.firm}律师）"
        qa = [("问", "今天约谈你方，告知本案执行情况。本院已通过网络查控系统查询被执行人名下存款、证券、不动产、车辆、股权，"
                     "已冻结账户余额已全部扣划，其余未发现可供执行财产，你方是否清楚？"),
              ("答", "清楚。查控结果我们在网上也看过了。"),
              ("问", "你方提供的财产线索，本院已现场核查，货车已设定抵押且下落不明，你方有无新的财产线索？"),
              ("答", "暂时没有。我们申请对被执行人继续限制消费，并保留失信名单。"),
              ("问", "本院拟终结本次执行程序，终本后发现财产可以申请恢复执行，你方有何意见？"),
              ("答", "同意终本，发现财产线索后再申请恢复执行。")]
    else:
        title, day, who = "调查笔录", c.day(60), f"{r.legal_rep}（{r.name}法定代表人）"
        qa = [("问", "我们是上海金融法院执行局的执行人员，现依法向你调查被执行人的财产情况，你要如实陈述，听清楚了吗？"),
              ("答", "听清楚了。"),
              ("问", "公司目前经营情况如何？"),
              ("答", "去年下半年起已经停业，仓库退租了，员工都遣散了。"),
              ("问", "申请执行人提供的货车线索，车辆现在何处？"),
              ("答", "车辆抵押给了一家担保公司，去年被拖走了，我不知道在哪里。"),
              ("问", "公司还有什么财产？"),
              ("答", "没有了，账上的钱已经被你们扣了。")]
    blocks = [("f", f"时间：{num_date(day)}　10时05分至10时40分"),
              ("f", "地点：上海金融法院执行局谈话室" if code == "interview_record" else f"地点：{r.address}"),
              ("f", f"执行人员：{c.officer}　　记录人：{c.clerk}"),
              ("f", f"被询问人：{who}"),
              *[("p", f"{q}：{t}") for q, t in qa],
              ("p", "（以上笔录已阅，记录属实。）")]
    sheets = document(c, title, blocks, rng, sealed=False, size=36, date_line=num_date(day), system=False)
    last = sheets[-1]
    hand(last, X0, mm(240), "以上笔录我已看过，与我说的一样。", rng, size=40)
    hand(last, X0 + mm(90), mm(252), who.split("（")[0], rng, size=46)
    return sheets


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> Sheet:
    s, y = form_head("送达回证", "（电子卷宗同步生成）")
    names = "、".join(TITLES.get(x, x) for x in served) or "执行通知书"
    resp_side = any(x in ("enforcement_notice", "property_report_order", "summons", "consumption_restriction_order",
                          "dishonest_list_decision", "enforcement_ruling") for x in served)
    to = c.respondent.name if resp_side else f"{c.applicant.name}（代理人{c.agent}）"
    addr = c.respondent.address if resp_side else c.applicant.address
    day = c.day(4) if "enforcement_notice" in served else (c.closed_on if "termination_this_round_ruling" in served else c.day(2))
    rows = [["案　号", c.number], ["案　由", f"{c.extra['contract']}纠纷"], ["送达文书名称及件数", f"{names}　各一份"],
            ["受送达人", to], ["送达地址", addr], ["送达方式", "直接送达" if not resp_side else "邮寄送达（EMS）"],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", c.officer], ["备　注", ""]]
    cols = [mm(50), WIDTH - mm(50)]
    top = y
    y = table(s, X0, y, cols, rows, sans(30), row_h=[mm(15)] * 6 + [mm(30), mm(15), mm(15), mm(15), mm(20)])
    sy = top + 6 * mm(15)
    hand(s, X0 + mm(60), sy + mm(9), c.respondent.legal_rep if resp_side else c.agent, rng, size=50)
    hand(s, X0 + mm(58), sy + mm(33), num_date(day), rng, size=36)
    if resp_side:
        hand(s, X0 + mm(58), sy + mm(48), "前台代收（公司行政）", rng, size=34)
    s.text(X0, y + mm(6), "上海金融法院执行局　集约送达中心", sans(24), fill=GREY)
    return s


def _approval(c: CaseCtx, rng: random.Random) -> Sheet:
    s, y = form_head("执行案件结案审批表")
    how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name],
            ["被执行人", f"{c.respondent.name}、{c.extra['guarantor'].name}"],
            ["执行依据", basis_name(c)], ["执行标的", money(c.amount)], ["结案方式", how, "结案日期", num_date(c.closed_on)],
            ["承办人意见", ""], ["合议庭/团队负责人意见", ""], ["执行局领导意见", ""]]
    cols = [mm(42), mm(52), mm(26), WIDTH - mm(120)]
    top = y
    table(s, X0, y, cols, rows, sans(28), row_h=[mm(14)] * 6 + [mm(34)] * 3)
    base = top + 6 * mm(14)
    hand(s, X0 + mm(46), base + mm(6), f"符合{how}条件，建议结案。", rng, size=38)
    hand(s, X0 + mm(110), base + mm(20), f"{c.officer}　{c.closed_on.month}.{c.closed_on.day}", rng, size=36)
    hand(s, X0 + mm(46), base + mm(40), "同意。", rng, size=40)
    hand(s, X0 + mm(110), base + mm(54), c.judge, rng, size=40)
    hand(s, X0 + mm(46), base + mm(74), "同意结案。", rng, size=40)
    hand(s, X0 + mm(110), base + mm(88), person_name(rng), rng, size=40)
    s.text(X0, mm(270), "审判系统流程节点：结案审批　已办结", sans(22), fill=GREY)
    return s


def _cover(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(30), COURT, font_title(60), spacing=12)
    s.centred(mm(50), "执 行 案 卷", font_title(84), spacing=20)
    s.centred(mm(70), "（正卷）", serif(40))
    rows = [["案号", c.number], ["案由", f"{c.extra['contract']}纠纷"], ["申请执行人", c.applicant.name],
            ["被执行人", f"{c.respondent.name}、{c.extra['guarantor'].name}"], ["执行标的", money(c.amount)],
            ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)], ["结案方式", "终结本次执行程序"],
            ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", cn_date(c.closed_on + timedelta(days=40))],
            ["保管期限", "长期"]]
    table(s, mm(30), mm(90), [mm(45), mm(105)], rows, serif(32), row_h=mm(14))
    s.centred(mm(270), f"全宗号 Z74　目录号 2024-Z　卷号 {c.number[-7:-1]}", sans(26), fill=GREY)
    return s


def font_title(size: int) -> Font:
    return font("serif_bold", size)


def _catalogue(c: CaseCtx, rng: random.Random) -> Sheet:
    s, y = form_head("卷内目录", c.number)
    items = ["立案信息表（网上立案打印件）", "执行申请书", "民事判决书", "生效证明书", "当事人身份证明", "授权委托书、律师事务所函、律师执业证",
             "受理案件通知书、缴纳执行费通知书", "执行通知书、报告财产令、财产申报表", "网络执行查控结果及协助单位回复",
             "执行裁定书（冻结、划拨、查封）", "协助执行通知书", "债权转让协议、公告及变更申请执行人材料", "执行裁定书（变更申请执行人）",
             "传票、限制消费令、失信决定书", "调查笔录、谈话笔录", "执行裁定书（终结本次执行程序）", "结案审批表", "送达回证"]
    rows = [["序号", "文件题名", "日期", "页号"]]
    page = 1
    for k, it in enumerate(items, 1):
        rows.append([str(k), it, f"{c.day(k * 6):%Y%m%d}", str(page)])
        page += rng.randint(1, 3)
    table(s, X0 - mm(6), y, [mm(16), mm(100), mm(30), WIDTH + mm(12) - mm(146)], rows, sans(26), row_h=mm(11))
    return s


def _review(c: CaseCtx, rng: random.Random) -> Sheet:
    s, y = form_head("卷宗复核表", c.number)
    checks = ["立案材料齐全，当事人身份信息一致", "执行通知书、报告财产令已送达并附回证", "网络查控及线索核查记录完整",
              "限制消费令、失信决定书已送达", "已约谈申请执行人并制作笔录", "终本裁定书已送达，满三个月", "卷内文书无空白项，页码连续",
              "电子卷宗与纸质卷宗一致"]
    rows = [["复核项目", "结果"]] + [[x, ""] for x in checks] + [["复核意见", ""]]
    top = y
    table(s, X0, y, [mm(120), WIDTH - mm(120)], rows, sans(28), row_h=[mm(13)] * (len(checks) + 1) + [mm(30)])
    for k in range(1, len(checks) + 1):
        hand(s, X0 + mm(128), top + k * mm(13) + mm(2), "✓ 是", rng, size=36)
    hand(s, X0 + mm(4), top + (len(checks) + 1) * mm(13) + mm(8), "已复核，材料齐全，同意归档。", rng, size=38)
    hand(s, X0 + mm(90), top + (len(checks) + 1) * mm(13) + mm(20), f"承办人 {c.officer}", rng, size=36)
    return s


def _remarks(c: CaseCtx, rng: random.Random) -> Sheet:
    s, y = form_head("备考表")
    s.box(X0, y, X0 + WIDTH, mm(250), width=3)
    s.text(X0 + mm(6), y + mm(6), "本卷情况说明：", serif(34))
    hand(s, X0 + mm(10), y + mm(22), f"本卷共计文件材料{rng.randint(38, 49)}页，电子卷宗经智能收转一体机采集。", rng, size=36)
    hand(s, X0 + mm(10), y + mm(36), "终本后续材料入证据袋。", rng, size=36)
    s.text(X0 + mm(6), mm(210), f"立卷人：{c.clerk}", serif(34))
    s.text(X0 + mm(6), mm(225), f"检查人：{c.officer}", serif(34))
    s.text(X0 + mm(6), mm(240), f"立卷时间：{cn_date(c.closed_on + timedelta(days=30))}", serif(34))
    return s
