"""court_ep (贵州省铜仁市碧江区人民法院, held out): the seat of 铜仁 at the foot of 梵净山 — tourist hotels and travel
agencies, 锰矿 haulage, 茶叶 and 食用菌 co-operatives, 易地扶贫搬迁 building sites. Its own papers in the bureau's 宋体
style (court_ep_kit); what it receives in the senders' own styles (court_ep_papers). Every page went through the
bureau's old copier before it was scanned (court_ep_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    USCC,
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, mm, seal, table, wrap
from dossier.corpus.families.court_ep_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    court_paper,
    form_title,
    pen,
    song,
)
from dossier.corpus.families.court_ep_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
HOTEL_SEQ, MANGANESE_SEQ, FUNGUS_SEQ = 88214, 88473, 88806
LAW = "《中华人民共和国民事诉讼法》"
DAYS = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 11,
        "summons": 20, "investigation_record": 27, "settlement_agreement": 30, "payment_voucher": 44,
        "consumption_restriction_order": 36, "dishonest_list_decision": 36, "interview_record": 112,
        "termination_this_round_ruling": 122, "closing_notice": 66}
"""the day after filing on which each paper was made"""


def coop_code(rng: random.Random, region: str) -> str:
    """A farmers' co-operative's unified credit code (registered by 市场监管, class 9, kind 3) with its check character."""
    body = "93" + region + "MA" + "".join(rng.choice(USCC) for _ in range(7))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + USCC[0 if check == 31 else check]


def story(c: CaseCtx) -> str:
    return str(c.extra["story"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return c.closed_on + timedelta(days=2)
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=12)
    return c.day(DAYS.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """铜仁 parties. HOTEL_SEQ: a 梵净山 hotel wins its unpaid 团队房费 from a travel agency in this court; MANGANESE_SEQ:
    a haulier's 铜仁仲裁委员会 award for 锰矿石 freight against a mining company whose pits stand idle; FUNGUS_SEQ: a
    lender's judgment for a 民间借贷 against a 食用菌 co-operative that settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["story"] = {HOTEL_SEQ: "hotel", MANGANESE_SEQ: "manganese", FUNGUS_SEQ: "fungus"}[seq]
    c.firm = rng.choice(["贵州梵净律师事务所", "贵州锦江律师事务所", "贵州黔东律师事务所"])
    c.extra["firm_addr"] = f"铜仁市碧江区{rng.choice(['东太大道', '锦江北路', '西门路'])}{rng.randint(8, 260)}号"
    c.extra["licence"] = f"1522{rng.randint(2010, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["贵州银行铜仁分行营业部", "铜仁农村商业银行碧江支行", "中国农业银行铜仁分行"])
    c.extra["in_acct"] = f"6214{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"52{rng.randint(1000, 9999)}"
    block = rng.choice(["灯塔街道", "川硐街道", "环北街道", "河西街道"])
    c.extra["block"] = block
    if story(c) == "hotel":
        c.applicant = Party(f"铜仁{rng.choice(['梵天', '云舍', '锦江'])}{rng.choice(['大酒店', '度假酒店'])}有限公司",
                            "organisation", credit_code(rng, "520602"),
                            f"贵州省铜仁市碧江区{block}{rng.choice(['滨江大道', '中南门路'])}{rng.randint(10, 199)}号",
                            f"0856-52{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"贵州{rng.choice(['梵山', '黔东', '佛光'])}国际旅行社有限公司", "organisation",
                             credit_code(rng, "520603"), f"贵州省铜仁市万山区{rng.choice(['谢桥街道', '仁山街道'])}"
                             f"{rng.choice(['金鳞大道', '丹都大道'])}{rng.randint(1, 99)}号",
                             f"0856-35{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）黔0602民初{rng.randint(3000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "服务合同纠纷"
        c.extra["nights"] = rng.randint(900, 2600)
        c.amount = Decimal(rng.randint(18000, 69000)) * 10
        c.extra["r_bank"] = rng.choice(["贵州银行铜仁万山支行", "中国建设银行铜仁分行"])
        c.extra["r_acct"] = f"5205{rng.randint(10**15, 10**16 - 1)}"
    elif story(c) == "manganese":
        c.applicant = Party(f"铜仁{rng.choice(['顺通', '鑫运', '武陵'])}物流运输有限公司", "organisation",
                            credit_code(rng, "520602"), f"贵州省铜仁市碧江区{block}{rng.choice(['铜兴路', '寨桂路'])}"
                            f"{rng.randint(1, 99)}号", f"0856-58{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"松桃{rng.choice(['金瑞', '武陵', '红石'])}锰业有限公司", "organisation",
                             credit_code(rng, "522229"), f"贵州省铜仁市松桃苗族自治县{rng.choice(['普觉镇', '寨英镇'])}"
                             f"{rng.choice(['道坨', '高地'])}矿区", f"0856-23{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "铜仁仲裁委员会"
        c.basis_number = f"（2023）铜仲字第{rng.randint(100, 699)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 110))
        c.extra["cause"] = "运输合同纠纷"
        c.extra["tons"] = rng.randint(8000, 26000)
        c.amount = Decimal(rng.randint(40000, 150000)) * 10
    else:
        born = date(rng.randint(1966, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "520602", born),
                            f"贵州省铜仁市碧江区{block}{rng.choice(['清水塘', '锦江花园', '铜仁学院'])}小区{rng.randint(1, 30)}栋",
                            f"139{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        village = rng.choice(["滑石乡", "坝黄镇", "瓦屋侗族乡", "六龙山侗族土家族乡"])
        c.respondent = Party(f"铜仁市碧江区{village.removesuffix('乡').removesuffix('镇')[:2]}"
                             f"{rng.choice(['鑫菌', '菇香', '绿源'])}食用菌种植农民专业合作社", "organisation",
                             coop_code(rng, "520602"), f"贵州省铜仁市碧江区{village}{rng.choice(['老麻', '黄岩', '宋家坝'])}村",
                             f"187{rng.randint(10000000, 99999999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）黔0602民初{rng.randint(8000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(120, 480)) * 1000
        c.extra["lent_on"] = c.basis_effective - timedelta(days=rng.randint(500, 700))
        c.extra["bags"] = rng.randint(12, 40) * 10000
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["paid_on"] = c.day(rng.randint(40, 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_title(c: CaseCtx) -> str:
    return {"hotel": "民事判决书", "manganese": "裁决书", "fungus": "民事判决书"}[story(c)]


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    basis = f"{c.basis_court}{c.basis_number}{basis_title(c)}"
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{basis}一案，经审查，符合法定受理条件，本院决定立案执行。现将有关事项通知如下："),
            ("p", f"一、本案由执行员{c.officer}承办，书记员{c.clerk}协助，联系电话{c.court.phone}。"),
            ("p", "二、你方应当积极向本院提供被执行人的财产线索；被执行人的财产状况发生变化的，应及时告知本院。"),
            ("p", "三、你方可通过贵州法院诉讼服务网或“移动微法院”查询案件流程节点。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院立案执行的{_case(c)}，根据《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费"
                  f"{c.extra['fee']}元。"),
            ("p", "请你方自收到本通知之日起七日内，持本通知到本院诉讼服务中心缴费窗口或通过“贵州省非税收入缴款码”交纳；"
                  "该费用在执行完毕后由被执行人负担，本院一并执行。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis}，本院已于{cn_date(c.filed_on)}依法立案。依照{LAW}第二百五十一条、《最高人民法院"
                  "关于人民法院执行工作若干问题的规定（试行）》第二十二条的规定，责令你方自收到本通知之日起立即履行下列义务："),
            ("p", f"1.向申请执行人支付{money(c.amount)}；"),
            ("p", "2.按生效法律文书确定的标准支付迟延履行期间的加倍债务利息；"),
            ("p", f"3.负担本案申请执行费{c.extra['fee']}元。"),
            ("p", "你方逾期不履行的，本院将依法查封、扣押、冻结、拍卖你方财产，并可采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=_staff(c), day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条以及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  "第三条的规定，责令你方在收到本令后五日内，如实向本院报告下列财产情况：收入、银行存款、现金、理财产品、"
                  "有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备等动产；债权、股权及其他财产权利。"),
            ("p", "你方拒绝报告、虚假报告或者无正当理由逾期报告的，本院将依法予以罚款、拘留，并纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=_staff(c), day=d)
    if code == "enforcement_ruling":
        if story(c) == "hotel":
            rule = [f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号为{c.extra['r_acct']}的账户内存款，以{money(c.amount)}为限。"]
        elif story(c) == "manganese":
            rule = [f"一、冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}；",
                    "二、存款不足部分，查封、扣押其同等价值的锰矿石、采矿设备及其他财产。"]
        else:
            rule = [f"冻结、划拨被执行人{r.name}在银行的存款{money(c.amount)}，或查封、扣押其菌棒、厂房设备等同等价值的财产。"]
        return court_paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。" if a.kind == "organisation" else
                  f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，住{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人（负责人）：{r.legal_rep}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人未按执行通知书履行生效法律文书确定的义务。依照{LAW}第二百四十九条、"
                  "第二百五十三条、第二百五十四条的规定，裁定如下："),
            *[("p", t) for t in rule],
            ("p", "本裁定立即执行。"),
        ], signers=[("审判员", c.judge), ("执行员", c.officer), ("书记员", c.clerk)], day=d)
    if code == "assistance_notice":
        if story(c) == "hotel":
            whom, what = c.extra["r_bank"], (f"冻结被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款，以{money(c.amount)}"
                                             "为限，并将冻结款项划至本院执行款专户。")
        elif story(c) == "manganese":
            whom, what = "铜仁市自然资源局", (f"查封被执行人{r.name}名下的采矿权（松桃县普觉锰矿区），查封期间不得办理转让、"
                                          "抵押、变更登记手续，查封期限三年。")
        else:
            whom, what = "铜仁农村商业银行碧江支行", f"冻结、扣划被执行人{r.name}在你行开立的账户内存款，以{money(c.amount)}为限。"
        return court_paper(c, rng, "协助执行通知书", [
            ("f", f"{whom}："),
            ("p", f"关于{_case(c)}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百四十九条、第二百五十条的"
                  "规定，请协助执行下列事项："),
            ("p", what),
            ("f", f"附：{c.number}执行裁定书一份"),
            ("f", f"经办人：{c.officer}　{c.clerk}　工作证号：{c.extra['badge']}"),
        ], day=d, number=f"{c.number}之一", cc="本通知书一式两份，一份由协助执行单位签收后退回本院。")
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，双方于{cn_date(made_on(c, 'settlement_agreement'))}自行达成执行和解协议，被执行人已于"
                  f"{cn_date(c.extra['paid_on'])}按协议履行完毕，本院收取的执行款已发放至你方确认的账户。依照《最高人民法院关于"
                  "执行案件立案、结案若干问题的意见》第十五条第一款第（一）项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=c.closed_on)
    if code == "summons":
        return _summons(c, rng)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("f", f"{r.name}、法定代表人{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。因你单位未按执行通知书指定的期间履行生效法律文书确定的给付"
                  "义务，本院依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你单位"
                  f"及你单位法定代表人{r.legal_rep}采取限制消费措施，限制其实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所"
                  "办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买"
                  "保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照{LAW}"
                  "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（四）项的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人对本决定不服的，可以向本院申请纠正。"),
        ], signers=[("审判长", c.judge), ("执行员", c.officer), ("书记员", c.clerk)], day=d, number=f"{c.number}之二")
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院在执行{_case(c)}中，依法向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询了被执行人的"
                  "银行存款、不动产、车辆、证券、网络资金等财产，并到被执行人矿区及住所地实地调查。经查，被执行人的矿井自"
                  "2023年下半年起停产，采矿设备已设定抵押，暂未发现其他可供执行的财产。本院已对被执行人采取限制消费措施，"
                  "并将其纳入失信被执行人名单。申请执行人经约谈，对终结本次执行程序无异议。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d, number=f"{c.number}之三")
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "dossier_cover":
        return _cover(c, rng)
    if code == "catalogue":
        return _catalogue(c, rng)
    if code == "file_review_form":
        return _review(c, rng)
    if code == "remarks_sheet":
        return _remarks(c, rng)
    raise KeyError(code)


def _summons(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """传票: the court's printed form, a boxed table with the entries typed in."""
    s = Sheet()
    y = form_title(s, "传　票")
    s.right(s.width - RIGHT, y, c.number, song(38))
    y += mm(9)
    when = made_on(c, "summons") + timedelta(days=7)
    rows = [["案　由", c.extra["cause"]], ["被传唤人", c.respondent.legal_rep + f"（{c.respondent.name}法定代表人）"],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "接受询问、申报财产"],
            ["应到时间", f"{num_date(when)}上午9时00分"], ["应到处所", "本院执行局第二谈话室（碧江区解放路66号）"]]
    y = table(s, LEFT, y, [mm(42), s.width - LEFT - RIGHT - mm(42)], rows, song(38), row_h=mm(16), centre_first=True)
    y += mm(8)
    for note in ["注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
                 "三、被传唤人收到传票后，应在送达回证上签名或盖章。",
                 f"四、经两次传票传唤，无正当理由拒不到场的，本院可以依照{LAW}第一百一十二条的规定拘传。"]:
        s.text(LEFT, y, note, song(34))
        y += mm(8)
    s.right(s.width - RIGHT - mm(10), y + mm(18), cn_date(made_on(c, "summons")), song(40))
    seal(s, s.width - RIGHT - mm(40), y + mm(20), COURT, rng, radius=mm(21))
    s.text(LEFT, y + mm(40), f"执行员：{c.officer}　　书记员：{c.clerk}", song(36))
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """笔录: printed head with ruled entry lines, then questions and answers typed in 问/答 form."""
    d = made_on(c, code)
    a, r = c.applicant, c.respondent
    title = "调查笔录" if code == "investigation_record" else "谈话笔录"
    s = Sheet()
    s.centred(TOP - mm(6), title, font("serif_bold", 64), spacing=44)
    y = TOP + mm(14)
    f = song(38)
    if code == "investigation_record":
        head = [f"时间：{num_date(d)} 10时20分至11时05分", f"地点：{r.address}",
                f"调查人：{c.officer}　　记录人：{c.clerk}", f"被调查人：{person_name(rng)}，该矿区留守看护人员"]
        qa = [("问", f"我们是碧江区人民法院执行局的工作人员，依法执行{_case(c)}，请你如实回答，听清楚没有？"),
              ("答", "听清楚了。"), ("问", "矿上现在生产情况怎样？"),
              ("答", "去年八月份就停了，工人都走了，就我一个人看场子。矿石早就拉完了，场里只剩两台旧装载机，老板说已经押给信用社了。"),
              ("问", f"{r.legal_rep}现在在哪里？"), ("答", "听说在外地，电话有时候打得通，有时候打不通。"),
              ("问", "还有其他要说的吗？"), ("答", "没有了。")]
    else:
        head = [f"时间：{num_date(d)} 15时00分", "地点：本院执行局接待室",
                f"谈话人：{c.officer}　　记录人：{c.clerk}", f"被谈话人：{c.agent}，{c.firm}律师，申请执行人{a.name}的委托代理人"]
        qa = [("问", "今天约你来，是向你告知本案的执行情况，并听取你方意见。"), ("答", "好的。"),
              ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券等，仅有少量存款已扣划；到矿区实地调查，"
                    "矿井停产，设备已抵押。已对其限制消费并纳入失信名单。你方能否提供新的财产线索？"),
              ("答", "我们也去矿上看过，确实没有生产了，暂时提供不了新的线索。"),
              ("问", "本院拟对本案终结本次执行程序，你方有无意见？"),
              ("答", "没有意见。以后发现财产线索，我们再申请恢复执行。"), ("问", "以上记录你看一下，是否属实？"),
              ("答", "属实。")]
    for line in head:
        for part in wrap(line, f, s.width - LEFT - RIGHT):
            s.text(LEFT, y, part, f)
            y += mm(9)
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    y += mm(5)
    pages = [s]
    for who, said in qa:
        blocks = [("f", f"{who}：{said}")]
        for part in [ln for _, t in blocks for ln in wrap(t, f, s.width - LEFT - RIGHT)]:
            if y > s.height - mm(40):
                s = Sheet()
                pages.append(s)
                y = TOP
            s.text(LEFT, y, part, f)
            y += mm(9)
    who_signs = "被调查人" if code == "investigation_record" else "被谈话人"
    name = head[-1].split("：")[1].split("，")[0]
    y += mm(6)
    s.text(LEFT + mm(70), y, f"{who_signs}（签名）：", f)
    pen(s, LEFT + mm(115), y - 6, name, rng, size=48)
    pen(s, LEFT + mm(60), y + mm(12), f"以上笔录看过，属实。{num_date(d)}", rng, size=38)
    for k, pg in enumerate(pages, 1):
        pg.right(pg.width - RIGHT, pg.height - mm(20), f"共{len(pages)}页 第{k}页", song(28))
        if k > 1:
            pg.page_of = (k, len(pages))
    return pages


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 in the court's grid: the served papers typed, the receiver's signature and date by hand."""
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
             "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}
    to_applicant = served[0] in ("acceptance_notice", "payment_notice", "closing_notice")
    who = c.applicant if to_applicant else c.respondent
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 4))
    s = Sheet()
    y = form_title(s, "送达回证")
    s.right(s.width - RIGHT, y - mm(4), c.number, song(36))
    y += mm(6)
    docs = "\n".join(f"{names.get(x, x)}　{c.number}" for x in served)
    rows = [["案　由", c.extra["cause"]], ["受送达人", who.name],
            ["送达地址", who.address], ["送达文书名称及件数", docs.replace("\n", "；") + f"（共{len(served)}件）"],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达"],
            ["送达人", f"{c.officer}　{c.clerk}"], ["备　注", ""]]
    heights = [mm(14), mm(14), mm(16), mm(14) + mm(9) * len(served), mm(30), mm(15), mm(15), mm(14), mm(14), mm(22)]
    top = y
    table(s, LEFT, y, [mm(50), s.width - LEFT - RIGHT - mm(50)], rows, song(36), row_h=heights, centre_first=True)
    ys = top + sum(heights[:4])
    signer = who.legal_rep if who.kind == "organisation" else who.name
    pen(s, LEFT + mm(70), ys + mm(8), signer, rng, size=54)
    if who.kind == "organisation":
        seal(s, LEFT + mm(140), ys + mm(15), who.name, rng, radius=mm(17))
    pen(s, LEFT + mm(62), ys + heights[4] + mm(3), num_date(got), rng, size=42)
    s.text(LEFT, top + sum(heights) + mm(6), "填发人：" + c.clerk + "　　" + COURT + "（院印）", song(32))
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """结案审批表: typed grid; the undertaker's, the 局长's and the 院领导's opinions handwritten."""
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    fully = c.method == "fully_performed"
    how = "执行完毕" if fully else "终结本次执行程序"
    fact = (f"双方达成和解，被执行人于{num_date(c.extra['paid_on'])}履行完毕，执行款已发放。" if fully else
            "经网络查控、实地调查，未发现可供执行财产；已限制消费、纳入失信名单；申请执行人无异议。")
    w = s.width - LEFT - RIGHT
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_court}{c.basis_number}"], ["执行标的", f"{c.amount:,.2f}元"], ["已执行到位", f"{c.amount:,.2f}元" if fully else "0元"],
            ["执行情况", fact], ["结案方式", how], ["承办人意见", ""], ["执行局长意见", ""], ["分管院领导意见", ""]]
    heights = [mm(15), mm(18), mm(18), mm(14), mm(14), mm(34), mm(14), mm(30), mm(28), mm(28)]
    four = [mm(36), w * 0.45 - mm(36), mm(30), w * 0.55 - mm(30)]
    top = y
    for k, row in enumerate(rows):
        y = table(s, LEFT, y, four if len(row) == 4 else [mm(36), w - mm(36)], [row], song(34), row_h=heights[k],
                  centre_first=True)
    yy = top + sum(heights[:7])
    pen(s, LEFT + mm(42), yy + mm(4), f"建议以{how}方式结案。", rng)
    pen(s, LEFT + mm(110), yy + mm(17), f"{c.officer}  {num_date(made_on(c, 'closing_approval_form'))}", rng, size=36)
    pen(s, LEFT + mm(42), yy + heights[7] + mm(5), "同意。", rng)
    pen(s, LEFT + mm(110), yy + heights[7] + mm(15), f"{person_name(rng)}  {num_date(c.closed_on - timedelta(days=2))}", rng, size=36)
    pen(s, LEFT + mm(42), yy + heights[7] + heights[8] + mm(5), "同意结案。", rng)
    pen(s, LEFT + mm(110), yy + heights[7] + heights[8] + mm(15), f"{person_name(rng)}  {num_date(c.closed_on - timedelta(days=1))}",
        rng, size=36)
    return [s]


ARCHIVE = "碧江区人民法院"


def _cover(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """卷宗封面: the printed cover, a heavy frame, the entries in a table, the 全宗号 boxes at top."""
    s = Sheet()
    s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=6)
    s.box(mm(22), mm(22), s.width - mm(22), s.height - mm(22), width=2)
    y = mm(32)
    for k, (label, entry) in enumerate([("全宗号", "52-18"), ("目录号", "2024"), ("案卷号", f"Z{c.number[-7:-2]}")]):
        s.text(mm(30) + k * mm(55), y, label, song(30))
        pen(s, mm(50) + k * mm(55), y - 8, entry, rng, size=34)
    y += mm(20)
    s.centred(y, COURT, font("serif_bold", 60), spacing=6)
    y += mm(22)
    s.centred(y, "执行案卷", font("hei", 96), spacing=90)
    y += mm(30)
    w = s.width - 2 * mm(34)
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行标的", f"{c.amount:,.2f}元"], ["执行员", c.officer],
            ["书记员", c.clerk], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
            ["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
            ["归档日期", num_date(made_on(c, "dossier_cover"))], ["保管期限", "长期"]]
    table(s, mm(34), y, [mm(46), w - mm(46)], rows, song(38), row_h=mm(12.5), centre_first=True, width=3)
    s.centred(s.height - mm(34), "本卷共　　页　附卷　　件", song(38))
    pen(s, s.width / 2 - mm(14), s.height - mm(35), "48", rng, size=40)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """卷内目录: numbered rows, the page column filled in by the archivist in pencil-like ink."""
    items = ["卷宗封面", "卷内目录", "执行申请书", "执行依据（民事判决书）", "生效证明书", "财产线索", "诉讼费（执行费）收据",
             "身份证明材料", "授权委托书、律师事务所函、律师执业证", "收款账户确认书、送达地址确认书", "受理案件通知书、交纳执行费通知书",
             "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书、协助执行通知书", "执行和解协议", "付款凭证",
             "结案通知书", "结案审批表", "送达回证", "卷宗复查表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷内目录", court=False)
    s.text(LEFT, y - mm(6), f"案号：{c.number}", song(34))
    y += mm(4)
    w = s.width - LEFT - RIGHT
    cols = [mm(16), w - mm(16) - mm(26) - mm(22), mm(26), mm(22)]
    rows: list[list[str]] = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for k, it in enumerate(items, 1):
        rows.append([str(k), it, "", ""])
    top = y
    y = table(s, LEFT, y, cols, rows, song(32), row_h=mm(10.5), centre_first=True)
    for k in range(len(items)):
        pen(s, LEFT + cols[0] + cols[1] + mm(6), top + mm(10.5) * (k + 1) + mm(1.5), str(page), rng, size=32)
        page += rng.randint(1, 4)
    return [s]


def _review(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复查表")
    w = s.width - LEFT - RIGHT
    checks = ["卷内材料齐全，排列有序", "法律文书送达手续完备", "执行款物收发手续齐全", "卷内目录与材料一致，页号连续",
              "装订规范，无金属物"]
    rows = [["案号", c.number], ["承办人", c.officer], *[[t, ""] for t in checks], ["复查意见", ""], ["复查人", ""]]
    heights = [mm(14)] * 2 + [mm(13)] * len(checks) + [mm(36), mm(16)]
    top = y
    table(s, LEFT, y, [mm(90), w - mm(90)], rows, song(34), row_h=heights)
    for k in range(len(checks)):
        pen(s, LEFT + mm(115), top + mm(28) + mm(13) * k + mm(2), "是", rng, size=36)
    yy = top + mm(28) + mm(13) * len(checks)
    pen(s, LEFT + mm(95), yy + mm(8), "符合归档要求，同意归档。", rng)
    pen(s, LEFT + mm(95), yy + mm(38), f"{person_name(rng)}　{num_date(made_on(c, 'file_review_form'))}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备考表", court=False)
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(50), width=2)
    s.text(LEFT + mm(6), y + mm(6), f"本卷情况说明（案号：{c.number}）", song(36))
    pen(s, LEFT + mm(14), y + mm(22), "本卷共计文书材料四十八页，无缺页、无破损。", rng, size=40)
    pen(s, LEFT + mm(14), y + mm(34), "执行款已全部发放，无遗留事项。", rng, size=40)
    yb = s.height - mm(90)
    s.text(LEFT + mm(80), yb, "立卷人：", song(36))
    pen(s, LEFT + mm(106), yb - 6, c.clerk, rng, size=44)
    s.text(LEFT + mm(80), yb + mm(12), "检查人：", song(36))
    pen(s, LEFT + mm(106), yb + mm(12) - 6, c.officer, rng, size=44)
    s.text(LEFT + mm(80), yb + mm(24), "立卷时间：", song(36))
    pen(s, LEFT + mm(112), yb + mm(24) - 6, num_date(made_on(c, "remarks_sheet")), rng, size=40)
    _ = TOP
    return [s]
