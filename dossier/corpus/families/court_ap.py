"""court_ap (湖北宜昌西陵, held out): the bureau's own notices, rulings, records and forms; the papers it receives
are drawn by court_ap_papers. Three cases: a 宜昌中院 二审 建设工程施工合同 judgment for a 劳务分包 team, a 宜昌仲裁委员会
award on a 柑橘冷库 lease, and a 物业服务合同 judgment of this court."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, credit_code, id_number, money, person_name
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, table
from dossier.corpus.families import court_ap_papers as papers
from dossier.corpus.families.court_ap_kit import (
    BODY,
    COURT,
    LH,
    X0,
    W,
    body,
    court_pages,
    fill,
    form_page,
    title_font,
)
from dossier.corpus.fonts import Font, font

APPEAL = "湖北省宜昌市中级人民法院"
ARBITRATION = "宜昌仲裁委员会"
CONSTRUCTION_SEQ = 46018
AWARD_SEQ = 46233
PROPERTY_SEQ = 46571

NAMES = {
    "acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
    "payment_notice": "缴款通知书", "enforcement_ruling": "执行裁定书", "summons": "传票",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信被执行人名单决定书",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "closing_notice": "结案通知书",
    "property_declaration_form": "财产申报表", "assistance_notice": "协助执行通知书",
}

CODES: frozenset[str] = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "online_inquiry_result", "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "investigation_record", "interview_record", "termination_this_round_ruling",
    "closing_approval_form", "settlement_agreement", "payment_voucher", "closing_notice", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", *papers.CODES,
})


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Move the case to 宜昌: the 劳务分包 team against a 建筑公司 on a 宜昌中院 二审 judgment (CONSTRUCTION_SEQ), the
    冷库 owner against a 柑橘 trader on a 宜昌仲裁委 award, a 物业公司 against a home owner on this court's judgment."""
    year = c.filed_on.year - 1
    c.firm = rng.choice(papers.FIRMS)
    c.extra["bank"] = rng.choice(["湖北银行宜昌西陵支行", "宜昌农村商业银行西陵支行", "三峡农村商业银行城东支行"])
    c.extra["account"] = f"{rng.randint(4200, 4299)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"
    c.extra["resp_bank"] = rng.choice(["中国建设银行宜昌分行营业部", "中国工商银行宜昌西陵支行", "湖北银行宜昌分行"])
    c.extra["resp_account"] = f"{rng.randint(1700, 1799)}{rng.randint(10000000, 99999999)}{rng.randint(1000, 9999)}"
    rep_born = c.filed_on.replace(year=rng.randint(1965, 1985), day=min(c.filed_on.day, 28))
    c.extra["rep_id"] = id_number(rng, "420502", rep_born)
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=35))
    seq = int(c.number.split("执")[-1].rstrip("号"))
    if c.basis_kind == "arbitration":
        c.respondent.name = f"宜昌{rng.choice(['橘乡', '清江', '秭橘', '峡江'])}柑橘购销有限公司"
        c.respondent.id_number = credit_code(rng, "420506")
        c.respondent.address = f"宜昌市夷陵区小溪塔街道{rng.choice(['发展大道', '东湖大道'])}{rng.randint(10, 199)}号"
        c.basis_court, c.basis_number = ARBITRATION, f"（{year}）宜仲字第{rng.randint(100, 899)}号"
        c.extra.update(kind="award", cause="冷库租赁合同纠纷", doc="裁决书",
                       store=f"夷陵区龙泉镇{rng.choice(['双堰口', '青龙', '铺垱'])}村柑橘冷库",
                       rent=Decimal(rng.randint(8, 20) * 10000))
    elif seq == CONSTRUCTION_SEQ:
        c.respondent.name = f"宜昌{rng.choice(['楚峡', '夷陵', '葛洲', '西坝'])}建筑工程有限公司"
        c.basis_court, c.basis_number = APPEAL, f"（{year}）鄂05民终{rng.randint(1000, 3999)}号"
        c.extra.update(kind="appeal", cause="建设工程施工合同纠纷", doc="民事判决书",
                       first=f"（{year}）鄂0502民初{rng.randint(1000, 6999)}号",
                       project=f"{rng.choice(['西陵二路', '东山大道', '夷陵大道'])}{rng.choice(['还建小区', '商住楼', '学校教学楼'])}项目",
                       team=f"{c.applicant.name}劳务班组")
    else:
        c.applicant.name = f"宜昌{rng.choice(['三峡', '江城', '西陵', '港湾'])}物业服务有限公司"
        c.applicant.kind = "organisation"
        c.applicant.id_number = credit_code(rng, "420502")
        c.applicant.legal_rep = person_name(rng)
        c.applicant.address = f"宜昌市西陵区{rng.choice(['云集路', '东湖路', '夷陵大道'])}{rng.randint(10, 199)}号"
        born = c.filed_on.replace(year=rng.randint(1960, 1990), day=min(c.filed_on.day, 28))
        c.respondent.name, c.respondent.kind = person_name(rng), "person"
        c.respondent.id_number, c.respondent.born, c.respondent.legal_rep = id_number(rng, "420502", born), born, ""
        c.respondent.address = f"宜昌市西陵区{rng.choice(['樵湖岭', '胜利四路', '学院街'])}小区{rng.randint(1, 20)}栋{rng.randint(1, 3)}单元{rng.randint(1, 30)}0{rng.randint(1, 4)}室"
        c.respondent.phone = f"18{rng.randint(100000000, 999999999)}"
        c.amount = Decimal(rng.randint(600000, 3800000)) / 100
        c.basis_court, c.basis_number = COURT, f"（{year}）鄂0502民初{rng.randint(1000, 6999)}号"
        c.extra.update(kind="property", cause="物业服务合同纠纷", doc="民事判决书",
                       estate=f"{rng.choice(['江城华府', '滨江花园', '锦绣西陵'])}小区")


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra.get('doc', '民事判决书')}"


def _who(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra.get('cause', '合同纠纷')}一案"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return papers.render(code, c, rng, served)
    return _own(code, c, rng, served)


def _sig(c: CaseCtx, judge: bool = False) -> list[str]:
    return ([f"审判员　{c.judge}"] if judge else [f"执行员　{c.officer}"]) + [f"书记员　{c.clerk}"]


def _wh(c: CaseCtx, letter: str) -> str:
    return f"西法执{letter}〔{c.filed_on.year}〕{c.number.split('执')[-1].rstrip('号')}号"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    law = "《中华人民共和国民事诉讼法》"
    if code == "acceptance_notice":
        blocks: list[Block] = [("f", f"{a.name}："),
                  ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，依据{basis_name(c)}，申请书及材料本院已于"
                        f"{cn_date(c.filed_on)}收到。经审查，符合受理条件，本院决定立案执行，案号为{c.number}。"),
                  ("p", "本案由本院执行局执行实施团队办理，承办人" + c.officer + "，联系电话" + c.court.phone + "。"
                        "你（单位）如发现被执行人有可供执行的财产，请及时书面告知本院。"),
                  ("p", "特此通知。")]
        return court_pages(c, "受理案件通知书", blocks, rng, wenhao=_wh(c, "受"), day=cn_date(c.filed_on))
    if code == "enforcement_notice":
        blocks = [("f", f"{r.name}："),
                  ("p", f"{_who(c)}，{basis_name(c)}已经发生法律效力。申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，"
                        f"本院依法立案。依照{law}第二百五十一条、第二百六十四条的规定，责令你（单位）自收到本通知之日起"
                        "三日内履行下列义务："),
                  ("p", f"一、向申请执行人支付{money(c.amount)}；"),
                  ("p", "二、加倍支付迟延履行期间的债务利息；"), ("p", "三、负担本案申请执行费。"),
                  ("p", "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制消费。"),
                  ("f", f"开户行：{c.extra['bank']}　　户名：{COURT}（案款专户）")]
        return court_pages(c, "执行通知书", blocks, rng, wenhao=_wh(c, "通"), sign=_sig(c), day=cn_date(c.day(3)))
    if code == "property_report_order":
        blocks = [("f", f"{r.name}："),
                  ("p", f"本院在执行{_who(c)}中，依照{law}第二百五十二条的规定，责令你（单位）在收到本令后五日内，"
                        "如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写所附财产申报表。"),
                  ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")]
        return court_pages(c, "报告财产令", blocks, rng, wenhao=_wh(c, "报"), sign=_sig(c), day=cn_date(c.day(3)))
    if code == "payment_notice":
        fee = (c.amount * Decimal("0.01")).quantize(Decimal("0.01")) + 50
        rows = [["缴款人", r.name], ["案　号", c.number], ["款项", "申请执行费"], ["金额", money(fee)],
                ["收款单位", "宜昌市西陵区财政局非税收入汇缴专户"], ["缴款期限", "收到本通知之日起七日内"]]
        s, y = form_page(c, "缴款通知书", rows, cols=[mm(38), mm(126)], row_h=mm(16), wenhao=_wh(c, "缴"))
        s.right(X0 + W, y + 40, cn_date(c.day(3)), body())
        seal(s, X0 + W - mm(30), y + 40, COURT, rng)
        return [s]
    if code == "enforcement_ruling":
        blocks = [("f", f"申请执行人：{a.name}，住所地{a.address}。"), ("f", f"被执行人：{r.name}，住所地{r.address}。"),
                  ("p", f"本院在执行{_who(c)}中，被执行人未按执行通知书指定的期间履行义务。依照{law}第二百五十三条、"
                        "第二百五十五条的规定，裁定如下："),
                  ("p", f"冻结、划拨被执行人{r.name}在{c.extra['resp_bank']}的存款{money(c.amount)}，或查封、扣押其相应价值的财产。"),
                  ("p", "本裁定立即执行。")]
        return court_pages(c, "执行裁定书", blocks, rng, sign=[f"审判长　{c.judge}", f"审判员　{c.officer}", f"书记员　{c.clerk}"],
                           day=cn_date(c.day(12)))
    if code == "assistance_notice":
        blocks = [("f", f"{c.extra['resp_bank']}："),
                  ("p", f"关于{_who(c)}，本院（{c.number}）执行裁定书已发生法律效力。依照{law}第二百五十三条的规定，"
                        f"请协助执行下列事项：冻结并划拨被执行人{r.name}（账号{c.extra['resp_account']}）存款{money(c.amount)}，"
                        f"划至{COURT}执行款专户。"),
                  ("f", "附：执行裁定书一份")]
        return court_pages(c, "协助执行通知书", blocks, rng, wenhao=_wh(c, "协"), sign=_sig(c), day=cn_date(c.day(12)))
    if code == "summons":
        rows = [["案　由", c.extra["cause"]], ["被传唤人", r.name], ["工作单位或住址", r.address],
                ["传唤事由", "执行谈话、申报财产"], ["应到时间", f"{cn_date(c.day(40))}上午九时"],
                ["应到处所", f"{COURT}执行局二楼第三谈话室"], ["注意事项", "被传唤人必须准时到达，无正当理由拒不到庭的，可以依法拘传。"]]
        s, y = form_page(c, "传票", rows, cols=[mm(40), mm(124)], row_h=mm(18), wenhao=_wh(c, "传"))
        s.right(X0 + W, y + 60, cn_date(c.day(30)), body())
        seal(s, X0 + W - mm(30), y + 60, COURT, rng)
        return [s]
    if code == "consumption_restriction_order":
        who = r.name if r.kind == "person" else f"{r.name}及其法定代表人{r.legal_rep}"
        blocks = [("f", f"{who}："),
                  ("p", f"本院于{cn_date(c.filed_on)}立案执行{_who(c)}。因你（单位）未按执行通知书指定的期间履行生效法律文书确定的"
                        "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                        "现对你（单位）采取限制消费措施，不得实施乘坐飞机、列车软卧、高铁一等座以上座位等高消费及非生活和工作必需的消费行为。"),
                  ("p", "如违反本令，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。")]
        return court_pages(c, "限制消费令", blocks, rng, sign=[COURT], day=cn_date(c.day(20)))
    if code == "dishonest_list_decision":
        blocks = [("f", f"被执行人：{r.name}，{r.address}。"),
                  ("p", f"本院在执行{_who(c)}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务。依照{law}第二百六十六条及"
                        "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条、第六条之规定，决定如下："),
                  ("p", f"将{r.name}纳入失信被执行人名单。"), ("p", "本决定一经作出即生效。")]
        return court_pages(c, "决定书", blocks, rng, sign=[f"执行员　{c.officer}"], day=cn_date(c.day(21)))
    if code == "termination_this_round_ruling":
        blocks = [("f", f"申请执行人：{a.name}。"), ("f", f"被执行人：{r.name}。"),
                  ("p", f"本院依据{basis_name(c)}于{cn_date(c.filed_on)}立案执行。执行中，本院通过网络执行查控系统查询了被执行人的存款、"
                        "车辆、不动产、证券等财产，并对申请执行人提供的财产线索进行了现场调查，未发现可供执行的财产。本院已向被执行人"
                        "发出执行通知书、报告财产令，对其采取了限制消费措施并纳入失信被执行人名单。申请执行人经本院约谈，"
                        "对终结本次执行程序无异议。"),
                  ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
                  ("p", f"终结本院{c.number}案件的本次执行程序。"),
                  ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"), ("p", "本裁定送达后立即生效。")]
        return court_pages(c, "执行裁定书", blocks, rng, sign=[f"审判长　{c.judge}", f"审判员　{c.officer}", f"书记员　{c.clerk}"],
                           day=cn_date(c.closed_on - timedelta(days=3)))
    if code == "closing_notice":
        blocks = [("f", f"{a.name}："), ("p", f"{_who(c)}，被执行人已履行完毕生效法律文书确定的全部义务，本案于{cn_date(c.closed_on)}"
                                                "以执行完毕方式结案。"), ("p", "特此通知。")]
        return court_pages(c, "结案通知书", blocks, rng, wenhao=_wh(c, "结"), day=cn_date(c.closed_on))
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "investigation_record" and served in (["store"], ["home"]):
        return [_site(c, served[0], rng)]
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "payment_voucher":
        return _voucher(c, rng)
    if code == "service_receipt":
        return [_receipt(c, served, rng)]
    if code == "closing_approval_form":
        rows = [["案　号", c.number], ["申请执行人", a.name], ["被执行人", r.name], ["执行标的", money(c.amount)],
                ["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
                ["承办人意见", ""], ["团队负责人意见", ""], ["局长审批意见", ""]]
        s, y = form_page(c, "执行案件结案审批表", rows, cols=[mm(42), mm(122)], row_h=[mm(15)] * 5 + [mm(34)] * 3)
        base = y - mm(34) * 3
        for k, (txt, who) in enumerate([("卷宗材料齐全，拟结案。", c.officer), ("同意。", c.judge), ("同意结案。", person_name(rng))]):
            fill(s, X0 + mm(44), base + mm(34) * k + 20, txt, rng)
            fill(s, X0 + mm(110), base + mm(34) * k + mm(20), f"{who}　{c.closed_on.month}.{c.closed_on.day}", rng, 32)
        return [s]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        return [_catalogue(c)]
    if code == "file_review_form":
        rows = [["案号", c.number], ["复核项目", "复核情况"], ["卷内文书是否齐全", "齐全"], ["送达回证是否完整", "完整"],
                ["有无空白项", "无"], ["页码编写是否规范", "规范"], ["复核人", ""], ["复核日期", ""]]
        s, y = form_page(c, "卷宗复核表", rows, cols=[mm(60), mm(104)], row_h=mm(17), number=False)
        fill(s, X0 + mm(60), y - mm(28), c.officer, rng)
        fill(s, X0 + mm(60), y - mm(12), f"{c.closed_on.year}.{c.closed_on.month}.{c.closed_on.day + 1 if c.closed_on.day < 28 else 28}", rng)
        return [s]
    if code == "remarks_sheet":
        s = Sheet()
        s.centred(mm(30), "卷 内 备 考 表", title_font(60))
        s.text(X0, mm(52), f"案号：{c.number}", body())
        s.box(X0, mm(62), X0 + W, mm(240))
        y = flow(s, [("p", f"本卷共计文书材料若干件，经核对无缺页、无空白项。本案以{'执行完毕' if c.method == 'fully_performed' else '终结本次执行程序'}"
                           "方式结案，终本后新取得的材料另入证据袋。")], body(), x0=X0 + mm(6), width=W - mm(12), y=mm(72),
                 line_height=LH, indent=BODY * 2)
        s.text(X0 + mm(10), mm(200), "立卷人：", body())
        s.text(X0 + mm(90), mm(200), "检查人：", body())
        fill(s, X0 + mm(34), mm(198), c.clerk, rng)
        fill(s, X0 + mm(114), mm(198), c.officer, rng)
        s.text(X0 + mm(10), mm(220), f"立卷时间：{cn_date(c.closed_on + timedelta(days=9))}", body())
        del y
        return [s]
    raise KeyError(code)


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    rows = [["申报人", c.respondent.name], ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["股权、债权", ""],
            ["收入情况", ""], ["其他财产", ""], ["申报人签字（盖章）", ""]]
    s, y = form_page(c, "财产申报表", rows, cols=[mm(48), mm(116)], row_h=[mm(16)] + [mm(24)] * 7,
                     note=[("p", "申报人应如实填写，隐瞒、虚报的，将依法承担法律责任。")])
    top = y - mm(24) * 7 - mm(30)
    if c.method == "terminated_this_round":
        answers = [f"{c.extra['resp_bank']}，余额不足千元", "无", "无", "应收工程款尚未结算" if c.extra.get("kind") != "property" else "无",
                   "无固定收入", "无"]
    else:
        answers = [f"{c.extra['resp_bank']}基本户", "无", "工程车两台（已抵押）", "对发包方应收工程款", "经营收入", "无"]
    for k, ans in enumerate(answers):
        fill(s, X0 + mm(46), top + mm(16) + mm(24) * k + 24, ans, rng, 34)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = body(28)
    s.centred(mm(18), "湖北法院执行指挥中心", font_sans(40))
    s.centred(mm(30), "网络执行查控结果汇总（总对总）", font_sans(44))
    s.text(X0 - mm(8), mm(44), f"案号：{c.number}　　查询对象：{c.respondent.name}　　证照号：{c.respondent.id_number}", f)
    s.text(X0 - mm(8), mm(52), f"发起时间：{c.day(2):%Y-%m-%d} 09:{rng.randint(10, 59)}　　反馈截止：{c.day(9):%Y-%m-%d}", f)
    rows = [["序号", "协助单位", "财产类型", "反馈结果"]]
    units = [("中国建设银行", "存款"), ("中国工商银行", "存款"), ("湖北银行", "存款"), ("宜昌农村商业银行", "存款"),
             ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算", "证券"), ("支付宝（中国）", "网络资金"),
             ("财付通", "网络资金"), ("人民银行", "理财产品")]
    rich = c.method == "fully_performed"
    for k, (u, t) in enumerate(units, 1):
        res = "无" if not (rich and k in (1, 3)) else f"有，余额{rng.randint(1000, 90000)}.{rng.randint(10, 99)}元"
        rows.append([str(k), u, t, res])
    y = table(s, X0 - mm(8), mm(60), [mm(18), mm(64), mm(36), mm(54)], rows, f, row_h=mm(12))
    s.text(X0 - mm(8), y + 20, f"打印时间：{c.day(10):%Y-%m-%d}　打印人：{c.clerk}", f)
    # the registry's paper reply, a document of its own
    g = Sheet()
    g.starts_document = True
    g.centred(mm(24), "宜昌市不动产登记中心", font_sans(46))
    g.centred(mm(38), "不动产登记信息查询结果证明", font_sans(44))
    blocks: list[Block] = [("f", f"{COURT}："),
                           ("p", f"贵院（{c.number}）协助查询函收悉。经查询本中心不动产登记信息系统，截至{c.day(8):%Y年%m月%d日}，"
                                 f"权利人{c.respondent.name}（证件号码{c.respondent.id_number}）名下"
                                 + ("无不动产登记记录。" if not rich else "登记有房产一处，已设定抵押。")),
                           ("p", "本证明仅反映查询时点登记簿记载情况。"), ("r", f"{c.day(8):%Y年%m月%d日}")]
    y = flow(g, blocks, font("sans", 32), x0=X0, width=W, y=mm(56), line_height=54, indent=64)
    seal(g, X0 + W - mm(28), y - 40, "宜昌市不动产登记中心", rng, inner="查询专用章")
    return [s, g]


def font_sans(size: int) -> Font:
    return font("sans_bold", size)


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[Sheet]:
    interview = code == "interview_record"
    title = "谈 话 笔 录" if interview else "调 查 笔 录"
    s = Sheet()
    s.centred(mm(20), COURT, title_font(40))
    s.centred(mm(34), title, title_font(58))
    head = [f"时间：{c.day(100 if interview else 50):%Y年%m月%d日} {rng.randint(9, 15)}时{rng.randint(0, 5)}0分",
            f"地点：{'本院执行局谈话室' if interview else c.extra.get('store') or c.respondent.address}",
            f"执行人员：{c.officer}　记录人：{c.clerk}",
            f"{'被谈话人' if interview else '被调查人'}：{c.applicant.name if interview else c.respondent.name}"]
    y: float = mm(52)
    for line in head:
        s.text(X0, y, line, body(32))
        y += 52
    qa = ([("问", "我们是西陵区法院执行局的执行人员，今天就本案执行情况向你方告知并听取意见，你方是否清楚？"), ("答", "清楚。"),
           ("问", "本院已对被执行人进行网络查控并实地调查，未发现可供执行的财产，已限制消费并纳入失信名单，你方有无新的财产线索？"),
           ("答", "暂时没有，我们也跑过几次，找不到人。"), ("问", "本院拟终结本次执行程序，发现财产后可申请恢复执行，你方有何意见？"),
           ("答", "没有意见，希望法院继续关注。"), ("问", "被执行人的财产情况你方还了解哪些？"),
           ("答", "听说对方在别的地方还有生意，但具体在哪里不清楚，发现后我们会马上书面告诉法院。"),
           ("问", "终结本次执行程序后，被执行人仍负有继续履行的义务，限制消费和失信措施继续有效，你方是否明白？"),
           ("答", "明白。"), ("问", "你方对本院的执行工作还有什么意见和要求？"), ("答", "希望法院定期查控，有财产就及时处置。")] if interview else
          [("问", "申请执行人提供线索称你方在该处存有财产，现场情况如何？"), ("答", "冷库和仓库都是租的，设备已被出租方收回。"),
           ("问", "应收账款情况？"), ("答", "发包方还有工程款没结，具体金额不清楚，都被其他案件冻结了。"),
           ("问", "以上所说是否属实？"), ("答", "属实。")])
    sheets = [s]
    x = X0

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], mm(24)

    blocks: list[Block] = [("f", f"{q}：{t}") for q, t in qa] + [("f", "（以下无正文）")]
    y = flow(s, blocks, body(34), x0=x, width=W, y=y + 20, line_height=58, indent=0, bottom=mm(250), more=more)
    last = sheets[-1]
    hand(last, X0 + mm(10), y + 20, "以上笔录我看过，和我说的一样。", rng, size=38)
    hand(last, X0 + mm(90), y + 80, c.applicant.name if interview else c.respondent.legal_rep or c.respondent.name, rng, size=46)
    for k, sh in enumerate(sheets):
        sh.centred(sh.height - mm(14), f"第{k + 1}页　共{len(sheets)}页", body(26))
        if len(sheets) > 1:
            sh.page_of = (k + 1, len(sheets))
    return sheets


def _site(c: CaseCtx, where: str, rng: random.Random) -> Sheet:
    """The 现场调查表 filled in by hand on the visit (the cold store, or the owner's flat)."""
    place = c.extra.get("store", "") if where == "store" else c.respondent.address
    rows = [["调查时间", ""], ["调查地点", place], ["被调查对象", c.respondent.name], ["在场人员", ""], ["现场情况", ""],
            ["财产状况", ""], ["执行人员", ""]]
    s, y = form_page(c, "执行现场调查表", rows, cols=[mm(40), mm(124)], row_h=[mm(15)] * 4 + [mm(48), mm(34), mm(16)])
    top = y - mm(16) - mm(34) - mm(48) - mm(15) * 4
    seen = ("冷库已停用，库内无柑橘存货，制冷机组贴有出租方封条，门卫称被执行人已搬离。" if where == "store"
            else "敲门无人应答，经物业及邻居确认，被执行人长期在外务工，房屋有银行抵押登记。")
    found = "未发现可供执行财产" if where == "store" else "房屋已抵押，暂不具备处置条件"
    fill(s, X0 + mm(40), top + 20, f"{c.day(48):%Y.%m.%d}　上午", rng, 34)
    fill(s, X0 + mm(40), top + mm(45) + 20, f"{c.officer}、{c.clerk}、物业管理员" if where == "home" else f"{c.officer}、{c.clerk}、村委会委员", rng, 34)
    lines = [seen[i:i + 17] for i in range(0, len(seen), 17)]
    for k, line in enumerate(lines):
        fill(s, X0 + mm(40), top + mm(60) + 16 + k * mm(10), line, rng, 34)
    fill(s, X0 + mm(40), top + mm(108) + 24, found, rng, 36)
    fill(s, X0 + mm(40), top + mm(142) + 12, f"{c.officer}　{c.clerk}", rng, 34)
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    blocks: list[Block] = [("f", f"甲方（申请执行人）：{c.applicant.name}"), ("f", f"乙方（被执行人）：{c.respondent.name}"),
                           ("f", f"　　法定代表人：{c.respondent.legal_rep}"),
                           ("p", f"甲乙双方就{c.number}{c.extra['cause']}执行一案，在{COURT}执行局主持下自愿达成如下和解协议："),
                           ("p", f"一、乙方于{cn_date(c.day(50))}前一次性支付甲方{money(c.amount)}，通过法院执行款专户支付；"),
                           ("p", "二、乙方按约履行后，甲方放弃迟延履行期间的债务利息；"),
                           ("p", "三、乙方未按期履行的，甲方可申请恢复执行原生效法律文书。"), ("p", "本协议一式三份，双方各执一份，交法院存卷一份。")]
    s = Sheet()
    s.centred(mm(30), "执 行 和 解 协 议", title_font(58))
    y = flow(s, blocks, body(), x0=X0, width=W, y=mm(52), line_height=LH, indent=BODY * 2)
    s.text(X0, y + 60, "甲方（签字）：", body())
    s.text(X0 + mm(85), y + 60, "乙方（盖章）：", body())
    hand(s, X0 + mm(34), y + 50, c.applicant.name, rng, size=44)
    seal(s, X0 + mm(120), y + 60, c.respondent.name, rng)
    s.text(X0 + mm(85), y + 140, cn_date(c.day(45)), body())
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(24), COURT, title_font(40))
    s.centred(mm(38), "执行案款发放审批表（收款确认）", title_font(48))
    rows = [["案号", c.number], ["收款人", c.applicant.name], ["开户行", c.extra["bank"]], ["账号", c.extra["account"]],
            ["发放金额", money(c.amount)], ["款项来源", f"被执行人{c.respondent.name}履行款"], ["领款人签字", ""], ["发放日期", f"{c.day(62):%Y年%m月%d日}"]]
    y = table(s, X0 - mm(4), mm(56), [mm(40), mm(124)], rows, body(30), row_h=mm(16), centre_first=True)
    hand(s, X0 + mm(46), y - mm(28), c.applicant.name, rng, size=44)
    seal(s, X0 + W - mm(30), y + 40, COURT, rng, inner="财务专用章")
    return [s]


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> Sheet:
    docs = "、".join(NAMES.get(x, x) for x in served) or "执行通知书"
    to = c.respondent if any(x in served for x in ("enforcement_notice", "property_report_order", "consumption_restriction_order",
                                                   "summons", "payment_notice", "enforcement_ruling")) else c.applicant
    rows = [["案　由", c.extra["cause"]], ["案　号", c.number], ["送达文书名称及件数", f"{docs}　各一份"],
            ["受送达人", to.name], ["送达地址", to.address], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""],
            ["送达人", ""], ["备考", ""]]
    s, y = form_page(c, "送达回证", rows, cols=[mm(50), mm(114)], row_h=[mm(15)] * 5 + [mm(30), mm(18), mm(18), mm(18)],
                     number=False)
    top = y - mm(18) * 3 - mm(30)
    hand(s, X0 + mm(60), top + 24, to.legal_rep or to.name if to.kind == "organisation" else to.name, rng, size=42)
    hand(s, X0 + mm(110), top + mm(18), f"{c.day(5):%Y.%m.%d}", rng, size=34)
    hand(s, X0 + mm(48), top + mm(30) + mm(18) + 18, f"{c.officer}　{c.clerk}", rng, size=36)
    seal(s, X0 + W - mm(30), mm(60), COURT, rng)
    return s


def _cover(c: CaseCtx) -> Sheet:
    s = Sheet(paper=(236, 226, 204))
    s.centred(mm(34), COURT, title_font(52))
    s.centred(mm(56), "执 行 卷 宗", title_font(90))
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
            ["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
            ["承办人", c.officer], ["书记员", c.clerk], ["保管期限", "长期"]]
    table(s, X0, mm(90), [mm(40), mm(116)], rows, body(32), row_h=mm(14), centre_first=True)
    s.text(X0, mm(258), "本卷共　　件　　页　　　　　　　　　　　　　　　　归档号：", body(30))
    return s


def _catalogue(c: CaseCtx) -> Sheet:
    s = Sheet()
    s.centred(mm(22), "卷 内 目 录", title_font(60))
    s.text(X0 - mm(6), mm(38), f"案号：{c.number}", body(30))
    items = ["执行申请书", "执行依据及生效证明", "财产线索表", "身份证明", "授权委托书、律师所函、执业证", "收款账户确认书",
             "送达地址确认书", "诉讼费收据", "受理案件通知书", "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书",
             "协助执行通知书", "传票", "限制消费令", "失信决定书", "调查笔录", "谈话笔录", "终本裁定书", "结案审批表", "送达回证"]
    rows = [["序号", "文件题名", "日期", "页号"]]
    page = 1
    for k, it in enumerate(items, 1):
        rows.append([str(k), it, f"{c.day(k * 4):%Y.%m.%d}", str(page)])
        page += 1 + (k % 3 == 1)
    table(s, X0 - mm(6), mm(46), [mm(16), mm(96), mm(34), mm(22)], rows, body(27), row_h=mm(9.4))
    return s
