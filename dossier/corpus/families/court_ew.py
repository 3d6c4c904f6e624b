"""court_ew (浙江省丽水市莲都区人民法院, held out): the city district of 丽水 on the 瓯江 — dried 香菇 traded out of 庆元 and
景宁, 龙泉 celadon sold through gift and tourism firms, cold stores along the 城北 industrial strip. Its own papers in
the bureau's style (court_ew_kit, plain flatbed scans); what the parties hand in reaches the window in clear sheet
protectors and is captured through the plastic (court_ew_papers, court_ew_capture)."""

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
from dossier.corpus.draw import BLUE_INK, Sheet, hand, mm, seal
from dossier.corpus.families.court_ew_kit import COURT, SLEEVE, grid, grid_sheet, pen, sign_at, writ
from dossier.corpus.families.court_ew_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "online_inquiry_result", "enforcement_ruling", "assistance_notice", "closing_notice", "closing_approval_form",
    "payment_voucher", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "service_receipt", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
MUSHROOM_SEQ, CELADON_SEQ, COLDSTORE_SEQ = 99463, 99527, 99604
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 11,
        "summons": 19, "investigation_record": 26, "settlement_agreement": 31, "consumption_restriction_order": 36,
        "dishonest_list_decision": 36}
BEFORE_CLOSE = {"payment_voucher": 9, "closing_notice": 3, "closing_approval_form": 2, "interview_record": 15,
                "termination_this_round_ruling": 6, "file_review_form": -6, "remarks_sheet": -7, "catalogue": -7,
                "dossier_cover": -8}
"""days before closing on which each closing paper was made (negative: after it, for the archive)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in BEFORE_CLOSE:
        return c.closed_on - timedelta(days=BEFORE_CLOSE[code])
    return c.day(WHEN.get(code, 0))


def _firm(p: str, rng: random.Random, region: str) -> Party:
    return Party(p, "organisation", credit_code(rng, region), "", "", legal_rep=person_name(rng))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """丽水 parties. MUSHROOM_SEQ: a 庆元 香菇 co-operative holds this court's own judgment against a food-trading firm
    that took 花菇 and never paid (deducted and paid, archived); CELADON_SEQ: a 龙泉 celadon studio's 丽水仲裁委员会
    award against a gift company that shut its shop (终本); COLDSTORE_SEQ: a cold-store owner's 丽水中院 二审 judgment
    for unpaid 冷库 rent against a 香菇 dealer, settled and paid."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {MUSHROOM_SEQ: "mushroom", CELADON_SEQ: "celadon", COLDSTORE_SEQ: "coldstore"}[seq]
    c.firm = rng.choice(["浙江括苍律师事务所", "浙江处州明理律师事务所", "浙江南明山律师事务所"])
    c.extra["firm_addr"] = f"丽水市莲都区{rng.choice(['丽阳街', '中山街', '紫金路'])}{rng.randint(20, 480)}号"
    c.extra["licence"] = f"1331120{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["in_bank"] = rng.choice(["浙江莲都农村商业银行城北支行", "丽水银行营业部", "中国农业银行丽水莲都支行"])
    c.extra["in_acct"] = f"2010{rng.randint(10**11, 10**12 - 1)}"
    c.extra["officer_no"] = f"33110{rng.randint(2000, 2999)}"
    if tale(c) == "mushroom":
        c.applicant = Party(f"庆元县{rng.choice(['百山祖', '五大堡', '菇乡'])}香菇专业合作社", "organisation",
                            "93" + credit_code(rng, "331126")[2:], f"浙江省庆元县{rng.choice(['屏都街道', '松源街道'])}"
                            f"{rng.choice(['菇城路', '新建路'])}{rng.randint(3, 180)}号", f"0578-62{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.applicant.id_number = _recheck(c.applicant.id_number)
        c.respondent = Party(f"丽水{rng.choice(['瓯源', '山珍汇', '处州鲜'])}食品贸易有限公司", "organisation",
                             credit_code(rng, "331102"), f"浙江省丽水市莲都区{rng.choice(['南明山街道', '岩泉街道'])}"
                             f"{rng.choice(['括苍路', '绿谷大道'])}{rng.randint(10, 399)}号",
                             f"0578-21{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）浙1102民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["kg"] = rng.randint(2600, 9800)
        c.amount = (Decimal(c.extra["kg"]) * Decimal(rng.choice([58, 64, 72, 86]))).quantize(Decimal("0.01"))
        c.extra["r_bank"] = rng.choice(["浙江莲都农村商业银行南明支行", "中国工商银行丽水分行营业部"])
        c.extra["r_acct"] = f"1210{rng.randint(10**11, 10**12 - 1)}"
        c.extra["frozen"] = (c.amount * Decimal("0.58")).quantize(Decimal("0.01"))
    elif tale(c) == "celadon":
        born = date(rng.randint(1968, 1986), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "331181", born),
                            f"浙江省龙泉市{rng.choice(['上垟镇', '小梅镇', '龙渊街道'])}{rng.choice(['瓷都路', '宝溪村'])}"
                            f"{rng.randint(1, 160)}号", f"137{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.extra["studio"] = f"龙泉市{rng.choice(['青韵', '哥窑坊', '梅子青'])}青瓷工作室"
        c.respondent = Party(f"丽水{rng.choice(['古堰', '瓯越', '云栖'])}文化旅游用品有限公司", "organisation",
                             credit_code(rng, "331102"), f"浙江省丽水市莲都区{rng.choice(['紫金街道', '万象街道'])}"
                             f"{rng.choice(['解放街', '应星楼路'])}{rng.randint(1, 120)}号",
                             f"0578-22{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "丽水仲裁委员会"
        c.basis_number = f"（2023）丽仲裁字第{rng.randint(100, 899)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 110))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["pieces"] = rng.randint(380, 1600)
        c.amount = Decimal(rng.randint(9000, 38000)) * 10
    else:
        born = date(rng.randint(1962, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "331102", born),
                            f"浙江省丽水市莲都区{rng.choice(['联城街道', '白云街道'])}{rng.choice(['城北', '下河'])}村"
                            f"{rng.randint(1, 240)}号", f"139{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1972, 1990), rng.randint(1, 12), rng.randint(1, 28))
        region, town = rng.choice([("331127", "景宁畲族自治县鹤溪街道"), ("331126", "庆元县濛洲街道")])
        c.respondent = Party(person_name(rng), "person", id_number(rng, region, born),
                             f"浙江省{town}{rng.choice(['人民', '复兴'])}路"
                             f"{rng.randint(1, 90)}号", f"158{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.basis_court = "浙江省丽水市中级人民法院"
        c.extra["first_no"] = f"（2023）浙1102民初{rng.randint(1000, 2999)}号"
        c.basis_number = f"（2023）浙11民终{rng.randint(600, 1899)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "租赁合同纠纷"
        c.extra["rooms"] = rng.randint(2, 5)
        c.amount = Decimal(rng.randint(6200, 21000)) * 10
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["pay_day"] = c.day(rng.randint(42, 55))


def _recheck(code: str) -> str:
    """A 农民专业合作社's code starts 93: recompute the check character after the prefix was swapped."""
    from dossier.corpus.content import USCC

    body = code[:17]
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + USCC[0 if check == 31 else check]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        sheets = paper(code, c, rng, served)
        device = "camera" if rng.random() < 0.55 else "flatbed"  # one paper, its pockets all under one device …
        device += f":{rng.randint(0, 9999)}"  # … and all of one make of sleeve
        for s in sheets:
            setattr(s, SLEEVE, device)  # handed in at the window in a clear sheet protector
        return sheets
    return _own(code, c, rng, served)


def basis_ref(c: CaseCtx) -> str:
    kind = {"mushroom": "民事判决书", "celadon": "裁决书", "coldstore": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def goods(c: CaseCtx) -> str:
    return {"mushroom": f"干香菇（花菇）{c.extra.get('kg', 0)}公斤的货款", "celadon": f"龙泉青瓷茶具、摆件{c.extra.get('pieces', 0)}件的货款",
            "coldstore": f"香菇冷库{c.extra.get('rooms', 0)}间的租金"}[tale(c)]


STAFF = ("执行员", "书记员")


def _sign(c: CaseCtx) -> list[tuple[str, str]]:
    return [(STAFF[0], c.officer), (STAFF[1], c.clerk)]


def _heads(c: CaseCtx) -> list[tuple[str, str]]:
    out = []
    for role, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "organisation":
            out.append(("f", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"))
            out.append(("f", f"法定代表人：{p.legal_rep}。"))
        else:
            out.append(("f", f"{role}：{p.name}，{p.sex}，{num_date(p.born or date(1980, 1, 1))}出生，汉族，住{p.address}，"
                             f"公民身份号码{p.id_number}。"))
    out.append(("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    return out


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    if code == "acceptance_notice":
        return writ(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{basis_ref(c)}一案，本院经审查，符合受理条件，已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}协助办理，联系电话{c.court.phone}。你方如掌握被执行人的财产线索，"
                  "请及时书面提供；执行进展可通过浙江法院网、“浙江移动微法院”查询。"),
            ("p", "特此通知。"),
        ], d, number=c.number)
    if code == "payment_notice":
        return writ(c, rng, "缴款通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理的{case}，依照《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项之规定，你方应预交申请执行费"
                  f"{money(c.extra['fee'])}，该费用最终由被执行人负担。"),
            ("p", "请于收到本通知之日起七日内通过浙江政务服务网“非税支付”或到本院诉讼服务中心缴纳。逾期不交又未申请缓交的，按撤回申请处理。"),
        ], d, sign=_sign(c))
    if code == "enforcement_notice":
        return writ(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_ref(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条"
                  "之规定，责令你（单位）自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人支付{goods(c)}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法采取查封、冻结、扣划、拍卖等强制执行措施，并可将你（单位）纳入失信被执行人名单、限制高消费。"),
        ], d, sign=_sign(c), tail=["本院地址：" + c.court.address + "　联系电话：" + c.court.phone])
    if code == "property_report_order":
        return writ(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院受理的{case}，你（单位）未按执行通知履行义务。依照{LAW}第二百五十二条之规定，责令你（单位）在收到本令后五日内，"
                  "如实向本院报告当前以及收到执行通知之日前一年的财产情况（填写所附财产申报表）。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任；并将你（单位）纳入失信被执行人名单。"),
        ], d, sign=_sign(c))
    if code in ("enforcement_ruling", "termination_this_round_ruling"):
        return _ruling(code, c, rng, d)
    if code == "assistance_notice":
        if tale(c) == "celadon":
            return writ(c, rng, "协助执行通知书", [
                ("f", "丽水市公安局交通警察支队车辆管理所："),
                ("p", f"本院执行的{case}，依照本院{c.number}执行裁定书，请协助执行下列事项："),
                ("p", f"查询被执行人{r.name}（统一社会信用代码{r.id_number}）名下登记的机动车；如有，予以查封，"
                      "查封期间不得办理过户、抵押登记，查封期限三年。"),
                ("p", "请将查询、查封结果书面回复本院。附：执行裁定书一份。"),
            ], d, sign=[(STAFF[0], c.officer), ("联系电话", c.court.phone)])
        bank = c.extra.get("r_bank", "丽水银行营业部")
        acct = c.extra.get("r_acct", "—")
        frozen = c.extra.get("frozen", c.amount)
        act = (f"扣划被执行人{r.name}在你行开立的账户（账号{acct}）内已冻结的存款{money(frozen)}" if tale(c) == "mushroom" else
               f"冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(frozen)}为限，冻结期限一年")
        return writ(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"本院执行的{case}，依照本院{c.number}执行裁定书，请协助执行下列事项："),
            ("p", act + (("，划至本院执行款专户（开户行：浙江莲都农村商业银行营业部，户名：丽水市莲都区人民法院）。")
                         if tale(c) == "mushroom" else "。")),
            ("p", "附：执行裁定书一份。"),
        ], d, sign=[(STAFF[0], c.officer), ("联系电话", c.court.phone)])
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        who = f"{r.name}及其法定代表人{r.legal_rep}" if r.kind == "organisation" else r.name
        return writ(c, rng, "限制消费令", [
            ("f", f"{r.name}" + (f"、{r.legal_rep}：" if r.kind == "organisation" else "：")),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因你（单位）未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条之规定，对" + who + "采取限制消费措施，不得实施下列行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                  "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；"
                  "（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], d)
    if code == "dishonest_list_decision":
        return writ(c, rng, "决定书", [
            *_heads(c)[2:3],
            ("p", f"本院在执行{case}中，被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不报告财产情况。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项之规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。"),
        ], d, sign=[("审判员", c.judge)])
    if code == "closing_notice":
        return writ(c, rng, "结案通知书", [
            ("f", f"{a.name}、{r.name}："),
            ("p", f"本院执行的{case}，被执行人已履行{basis_ref(c)}确定的全部义务，申请执行人已领取执行款，本案执行完毕，"
                  f"于{cn_date(c.closed_on)}以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], d)
    if code in ("interview_record", "investigation_record"):
        return _record(code, c, rng, d)
    if code == "property_declaration_form":
        return [_declaration(c, rng, d)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return [_voucher(c, rng, d)]
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    if code == "closing_approval_form":
        return [_approval(c, rng, d)]
    if code == "dossier_cover":
        return [_cover(c, rng)]
    if code == "catalogue":
        return [_catalogue(c, rng, d)]
    if code == "file_review_form":
        return [_review(c, rng, d)]
    if code == "remarks_sheet":
        return [_remarks(c, rng, d)]
    raise KeyError(code)


def _ruling(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    blocks = list(_heads(c))
    if code == "enforcement_ruling":
        blocks += [
            ("p", f"本院依据已经发生法律效力的{basis_ref(c)}，于{cn_date(c.filed_on)}立案执行{c.applicant.name}与{r.name}"
                  f"{c.extra['cause']}一案。被执行人未按执行通知书履行义务。依照{LAW}第二百五十三条、第二百五十五条、"
                  "第一百五十七条第一款第（十一）项之规定，裁定如下："),
            ("p", f"冻结、扣划被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其相应价值的其他财产。"),
            ("p", "本裁定立即执行。"),
        ]
        if tale(c) == "mushroom":
            blocks.insert(-1, ("p", f"（其在{c.extra['r_bank']}账户{c.extra['r_acct']}内已冻结存款{c.extra['frozen']}元，予以扣划。）"))
    else:
        blocks += [
            ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，被执行人应支付{goods(c)}{money(c.amount)}。"
                  f"执行中，本院向被执行人送达了执行通知书、报告财产令，于{cn_date(made_on(c, 'consumption_restriction_order'))}对其限制消费"
                  "并纳入失信被执行人名单。经网络执行查控系统查询银行存款、不动产、车辆、证券、网络资金等，均未发现可供执行的财产；"
                  f"至被执行人原经营场所{r.address}实地调查，门店已关闭，无存货。"),
            ("p", "本院约谈了申请执行人，告知其本案执行情况和终结本次执行程序的依据及法律后果，申请执行人表示知悉，暂无新的财产线索。"),
            ("p", "本院认为，被执行人暂无可供执行的财产，本次执行程序无法继续进行。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
                  "第五百一十七条之规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ]
    return writ(c, rng, "执行裁定书", blocks, d, sign=[("审判长", c.judge), ("审判员", person_name(rng)), ("审判员", person_name(rng)),
                                                    (STAFF[1], c.clerk)] if code == "termination_this_round_ruling"
                else [("审判员", c.judge), (STAFF[1], c.clerk)],
                tail=["本件与原本核对无异"])


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s, y = grid_sheet("传　票", "（执）浙法字第07号")
    r = c.respondent
    who = f"{r.name}（法定代表人{r.legal_rep}）" if r.kind == "organisation" else r.name
    at = d + timedelta(days=7)
    rows = [["案号", c.number], ["案由", f"{c.extra['cause']}执行"], ["被传唤人", who], ["工作单位或住址", r.address],
            ["传唤事由", "接受询问，如实报告财产情况"], ["应到时间", f"{num_date(at)}上午9时00分"],
            ["应到处所", "本院执行局第三谈话室（丽水市莲都区）"]]
    w = s.width - mm(36)
    tops = grid(s, y, rows, [mm(46), w - mm(46)], [mm(16)] * len(rows), size=4.8)
    f = font("ming", mm(4.3))
    yy = tops[-1] + mm(8)
    for line in ("注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
                 "三、被传唤人收到传票后，应在送达回证上签名或者盖章。", "四、无正当理由拒不到场的，本院可以拘传。"):
        s.text(mm(22), yy, line, f)
        yy += mm(7.4)
    s.right(s.width - mm(30), yy + mm(14), cn_date(d), font("ming", mm(5)))
    seal(s, s.width - mm(52), yy + mm(16), COURT, rng, radius=mm(20))
    s.text(mm(22), yy + mm(30), f"执行员：{c.officer}　　书记员：{c.clerk}", font("ming", mm(4.6)))
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    title = "谈话笔录" if code == "interview_record" else "调查笔录"
    a, r = c.applicant, c.respondent
    place = "本院执行局谈话室" if code == "interview_record" else r.address
    who = f"{c.agent}（{a.name}的委托代理人，{c.firm}律师）" if code == "interview_record" else \
        f"{person_name(rng)}（{r.address.split('区')[0]}区物业管理处工作人员）"
    start = rng.choice([9 * 60 + 10, 10 * 60 + 5, 14 * 60 + 30, 15 * 60 + 5])
    end = start + rng.randint(25, 50)
    lines = [f"时间：{num_date(d)}　{start // 60}时{start % 60:02d}分至{end // 60}时{end % 60:02d}分",
             f"地点：{place}", f"{'被谈话人' if code == 'interview_record' else '被调查人'}：{who}",
             f"执行人员：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}"]
    if code == "interview_record":
        qa = [("问", "我们是莲都区人民法院执行局的工作人员，今天就本案执行情况向你方告知并听取意见，你方是否清楚？"),
              ("答", "清楚。"),
              ("问", f"本院已对被执行人{r.name}进行网络查控，银行、不动产、车辆、证券等均未发现可供执行的财产，已对其限制消费并纳入失信名单。"
                    "你方是否还有新的财产线索？"),
              ("答", "我们之前提供的门店地址已经关了，其他线索暂时没有。"),
              ("问", "本院拟对本案终结本次执行程序。终本后被执行人仍负有履行义务，你方发现财产线索可随时申请恢复执行。你方有何意见？"),
              ("答", "我们同意终本，以后发现财产再来申请。"),
              ("问", "以上笔录你看一下，是否属实？"), ("答", "属实。")]
        if tale(c) != "celadon":
            qa[2:6] = [("问", "被执行人是否已按和解协议付清款项？"), ("答", "已经全部付清，我们确认收到了。"),
                       ("问", "你方对本案以执行完毕方式结案有无意见？"), ("答", "没有意见。")]
    else:
        qa = [("问", f"你是否知道{r.name}的经营情况？"),
              ("答", "知道，他们在这里租的铺面去年底就不做了，门一直关着，货都搬走了。"),
              ("问", "店里还有没有存货、设备或者车辆？"), ("答", "没有了，只剩几个空货架，是房东的。"),
              ("问", "负责人现在在哪里？"), ("答", "不清楚，听说去外地了，电话一直打不通。"),
              ("问", "以上所说是否属实？"), ("答", "属实。")]
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(22), title, font("hei", mm(9)), spacing=mm(3))
    s.right(s.width - mm(24), mm(36), f"第　{1}　页", font("ming", mm(4)))
    f = font("ming", mm(5))
    y = float(mm(46))
    for line in lines:
        s.text(mm(26), y, line, f)
        y += mm(8.6)
    y += mm(4)
    from dossier.corpus.draw import wrap
    for who_, text in qa:
        for k, part in enumerate(wrap(f"{who_}：{text}", f, s.width - mm(52))):
            if y > mm(262):
                sheets.append(Sheet())
                s = sheets[-1]
                s.right(s.width - mm(24), mm(20), f"第　{len(sheets)}　页", font("ming", mm(4)))
                y = float(mm(32))
            s.text(mm(26) + (0 if k == 0 else mm(10.5)), y, part, f)
            y += mm(8.6)
    y += mm(6)
    if y > mm(250):
        sheets.append(Sheet())
        s = sheets[-1]
        y = float(mm(32))
    s.text(mm(26), y, "被谈话人：" if code == "interview_record" else "被调查人：", f)
    sign_at(s, mm(56), y - mm(2), c.agent if code == "interview_record" else person_name(rng), rng, ink=BLUE_INK)
    s.text(mm(116), y, "执行人员：", f)
    sign_at(s, mm(144), y - mm(2), c.officer, rng)
    s.text(mm(26), y + mm(11), "记录人：", f)
    sign_at(s, mm(50), y + mm(9), c.clerk, rng)
    for i, sh in enumerate(sheets, 1):
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s, y = grid_sheet("财产申报表", "附件：报告财产令附表")
    r = c.respondent
    f = font("ming", mm(4.2))
    s.text(mm(18), y - mm(2), f"案号：{c.number}", f)
    y += mm(6)
    empty = "无" if tale(c) == "celadon" else ""
    rows = [["申报人", ""], ["证件号码", ""], ["住所/经营地", ""], ["银行存款", ""], ["现金及收入", ""], ["不动产", ""],
            ["车辆", ""], ["股权、证券", ""], ["到期债权", ""], ["其他财产", ""], ["一年内财产变动情况", ""]]
    heights = [mm(14)] * 10 + [mm(30)]
    tops = grid(s, y, rows, [mm(46), s.width - mm(36) - mm(46)], heights, size=4.4)
    vals = [r.name, r.id_number, r.address,
            f"{c.extra.get('r_bank', '')}，约{c.extra.get('frozen', '0')}元（已冻结）" if tale(c) == "mushroom" else "无",
            "无" if tale(c) == "celadon" else "经营收入不稳定", empty or "无", empty or "无", "无",
            "有客户欠货款未收回" if tale(c) != "celadon" else "无", "无",
            "门店关闭，存货已处理抵债" if tale(c) == "celadon" else "无重大变动"]
    for top, v in zip(tops, vals, strict=False):
        pen(s, mm(18) + mm(50), top + mm(3), v, rng, size=5.0, per_line=26)
    yy = tops[-1] + mm(10)
    s.text(mm(22), yy, "申报人保证以上申报内容真实、完整，如有虚假愿承担法律责任。", f)
    s.text(mm(110), yy + mm(14), "申报人（签名/盖章）：", f)
    sign_at(s, mm(158), yy + mm(12), r.legal_rep or r.name, rng, ink=BLUE_INK)
    pen(s, mm(130), yy + mm(26), num_date(d), rng, size=5.0)
    return s


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统 printout: narrow sans rows, a print stamp on the foot."""
    s = Sheet()
    f = font("sans", mm(3.6))
    s.text(mm(14), mm(12), f"打印时间：{d:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", f)
    s.right(s.width - mm(14), mm(12), "浙江法院执行办案系统", f)
    s.centred(mm(22), "网络执行查控结果反馈表（总对总）", font("sans_bold", mm(6.4)))
    r = c.respondent
    s.text(mm(14), mm(32), f"案号：{c.number}　　承办人：{c.officer}　　查询类型：全部", f)
    s.text(mm(14), mm(38), f"被查询人：{r.name}　　证照号码：{r.id_number}", f)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "浙江莲都农村商业银行", "丽水银行",
             "中国邮政储蓄银行", "自然资源部（不动产）", "公安部交通管理局（车辆）", "中国证券登记结算公司", "支付宝（中国）网络技术有限公司",
             "财付通支付科技有限公司", "浙江省市场监督管理局（股权）"]
    rows = [["序号", "协查单位", "反馈时间", "反馈结果", "余额/明细"]]
    for i, u in enumerate(units, 1):
        hit = tale(c) == "mushroom" and u == c.extra.get("r_bank", "").replace("南明支行", "").replace("丽水分行营业部", "")
        res = "已冻结" if hit else ("无账户" if i % 3 else "账户余额0.00")
        bal = f"{c.extra.get('frozen', '0.00')}" if res == "已冻结" else ("—" if res == "无账户" else "0.00")
        if tale(c) == "coldstore" and i == 7:
            res, bal = "有账户", f"{rng.randint(200, 3000)}.{rng.randint(10, 99)}"
        rows.append([str(i), u, f"{(d + timedelta(days=rng.randint(0, 2))):%Y-%m-%d}", res, bal])
    widths = [mm(14), mm(70), mm(32), mm(30), mm(36)]
    from dossier.corpus.draw import table
    y = table(s, mm(14), mm(46), widths, rows, f, row_h=mm(11), width=1)
    s.text(mm(14), y + mm(6), f"共查询{len(units)}家协查单位，反馈{len(units)}家。", f)
    s.text(mm(14), s.height - mm(18), "第1页/共1页　本表由系统自动生成", f)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s, y = grid_sheet("执行案款发放审批单", "浙丽莲法财（执）")
    a = c.applicant
    paid = c.amount
    rows = [["案号", c.number], ["收款人", a.name], ["收款账户", f"{c.extra['in_bank']}　{c.extra['in_acct']}"],
            ["发放金额", money(paid)], ["款项来源", "被执行人账户扣划" if tale(c) == "mushroom" else "被执行人按和解协议缴入"],
            ["承办人意见", ""], ["执行局负责人审批", ""], ["财务核发", ""]]
    heights = [mm(15)] * 5 + [mm(24)] * 3
    tops = grid(s, y, rows, [mm(44), s.width - mm(36) - mm(44)], heights, size=4.5)
    pen(s, mm(68), tops[5] + mm(4), "款已到账，同意发放", rng, ink=(30, 30, 30))
    sign_at(s, mm(150), tops[5] + mm(12), c.officer, rng)
    pen(s, mm(68), tops[6] + mm(4), "同意", rng, ink=(30, 30, 30))
    sign_at(s, mm(150), tops[6] + mm(12), c.judge, rng)
    pen(s, mm(68), tops[7] + mm(4), f"已转账 {num_date(d)}", rng, ink=(30, 30, 30))
    seal(s, mm(150), tops[7] + mm(8), f"{COURT}财务专用章", rng, radius=mm(15))
    s.text(mm(18), tops[-1] + mm(6), f"银行流水号：{rng.randint(10**15, 10**16 - 1)}", font("sans", mm(4)))
    return s


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令及财产申报表",
             "termination_this_round_ruling": "执行裁定书", "consumption_restriction_order": "限制消费令",
             "dishonest_list_decision": "决定书", "enforcement_ruling": "执行裁定书"}
    s, y = grid_sheet("送 达 回 证", "")
    to_app = served == ["acceptance_notice"] or "termination_this_round_ruling" in served
    who = c.applicant if to_app else c.respondent
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    rows = [["案　　号", c.number], ["送达文书名称和件数", "、".join(names.get(x, x) for x in served) + "各一份"],
            ["受送达人", who.name], ["送达地址", who.address], ["送达方式", rng.choice(["直接送达", "邮寄送达（EMS）"])],
            ["受送达人签名或盖章", ""], ["代收人及理由", ""], ["送达人", ""], ["备　　考", ""]]
    heights = [mm(15), mm(22), mm(15), mm(18), mm(15), mm(34), mm(18), mm(18), mm(24)]
    tops = grid(s, y, rows, [mm(52), s.width - mm(36) - mm(52)], heights, size=4.6)
    sign_at(s, mm(86), tops[5] + mm(6), who.legal_rep or who.name, rng, ink=BLUE_INK)
    hand(s, mm(124), tops[5] + mm(20), num_date(when), rng, size=mm(5.6), ink=BLUE_INK)
    sign_at(s, mm(86), tops[7] + mm(4), f"{c.officer} {c.clerk}", rng)
    s.text(mm(18), tops[-1] + mm(6), f"签发人：{c.officer}　　{COURT}（印）", font("ming", mm(4.2)))
    seal(s, s.width - mm(60), tops[-1] + mm(4), COURT, rng, radius=mm(18))
    return s


def _approval(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s, y = grid_sheet("执行案件结案审批表", "浙丽莲法执表12")
    method = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕"}[c.method]
    rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_ref(c)], ["执行标的", money(c.amount)], ["立案日期", num_date(c.filed_on)],
            ["结案方式", method], ["执行情况", ""], ["承办人意见", ""], ["合议庭/执行长意见", ""], ["局长审批", ""]]
    heights = [mm(13)] * 7 + [mm(40), mm(22), mm(22), mm(22)]
    tops = grid(s, y, rows, [mm(44), s.width - mm(36) - mm(44)], heights, size=4.4)
    done = ("经网络查控及实地调查，未发现被执行人可供执行财产，已限制消费、纳入失信名单，已约谈申请执行人。"
            if c.method == "terminated_this_round" else "被执行人已履行全部义务，案款已发放申请执行人。")
    pen(s, mm(66), tops[7] + mm(4), done, rng, size=5.0, per_line=24, ink=(35, 35, 35))
    pen(s, mm(66), tops[8] + mm(4), f"拟以{method}结案。", rng, ink=(35, 35, 35))
    sign_at(s, mm(150), tops[8] + mm(12), c.officer, rng)
    pen(s, mm(66), tops[9] + mm(4), "同意。", rng, ink=(35, 35, 35))
    sign_at(s, mm(150), tops[9] + mm(12), c.judge, rng)
    pen(s, mm(66), tops[10] + mm(4), f"同意结案 {num_date(d)}", rng, ink=(35, 35, 35))
    sign_at(s, mm(150), tops[10] + mm(12), person_name(rng), rng)
    return s


def _cover(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet(paper=(240, 232, 214))
    s.centred(mm(30), COURT, font("serif_bold", mm(8)), spacing=mm(1))
    s.centred(mm(50), "执 行 卷 宗", font("hei", mm(14)), spacing=mm(6))
    s.centred(mm(72), "（正卷）", font("ming", mm(6)))
    rows = [["案　号", c.number], ["案　由", f"{c.extra['cause']}（申请执行）"], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行员", c.officer], ["书记员", c.clerk],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"],
            ["归档日期", ""], ["保管期限", ""], ["本卷共", "　　　　页"]]
    tops = grid(s, mm(90), rows, [mm(50), s.width - mm(36) - mm(50)], [mm(14)] * len(rows), size=5.0)
    pen(s, mm(74), tops[9] + mm(3), num_date(made_on(c, "dossier_cover")), rng, ink=(30, 30, 30))
    pen(s, mm(74), tops[10] + mm(3), "长期", rng, ink=(30, 30, 30))
    pen(s, mm(80), tops[11] + mm(3), str(rng.randint(58, 74)), rng, ink=(30, 30, 30))
    s.text(mm(18), tops[-1] + mm(8), "全宗号：L-331102　　目录号：执-2024　　案卷号：" + str(rng.randint(300, 900)),
           font("ming", mm(4.4)))
    return s


CATALOGUE = ["申请执行书", "执行依据（民事判决书）", "生效证明书", "被执行人财产线索", "诉讼费票据", "申请执行人身份证明",
             "被执行人身份证明", "授权委托书", "律师事务所函", "律师执业证", "收取执行款账户确认书", "送达地址确认书",
             "受理案件通知书", "缴款通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书",
             "协助执行通知书", "执行和解协议", "案款发放审批单", "结案通知书", "结案审批表", "送达回证", "卷宗复核表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s, y = grid_sheet("卷 内 目 录", "")
    s.text(mm(18), y - mm(4), f"案号：{c.number}", font("ming", mm(4.2)))
    y += mm(4)
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        n = rng.choice([1, 1, 1, 2, 3]) if i in (1, 2, 19) else 1
        rows.append([str(i), name, str(page) if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    from dossier.corpus.draw import table
    table(s, mm(18), y, [mm(16), mm(100), mm(22), mm(36)], rows, font("ming", mm(4.1)), row_h=mm(7.9), width=1,
          centre_first=True)
    return s


def _review(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s, y = grid_sheet("卷宗复核表", "浙丽莲法档03")
    items = ["材料齐全，无缺页、重页", "法律文书送达回证完备", "案款收支手续完备", "卷内目录与材料一致", "页码连续、装订规范",
             "无应归未归材料", "电子卷宗已同步生成"]
    rows = [["案号", c.number], ["复核项目", "复核结果", "备注"]] + [[it, "", ""] for it in items] + \
        [["承办人复核意见", ""], ["书记员", ""]]
    heights = [mm(13), mm(12)] + [mm(13)] * len(items) + [mm(30), mm(18)]
    tops = grid(s, y, rows, [mm(80), mm(40), s.width - mm(36) - mm(120)], heights, size=4.3)
    for k in range(len(items)):
        pen(s, mm(18) + mm(94), tops[2 + k] + mm(3), rng.choice(["是", "是", "符合"]), rng, ink=(30, 30, 30))
    pen(s, mm(104), tops[-3] + mm(4), "经复核，卷宗材料齐全，同意归档。", rng, ink=(30, 30, 30))
    sign_at(s, mm(130), tops[-3] + mm(15), c.officer, rng)
    hand(s, mm(160), tops[-3] + mm(17), num_date(d), rng, size=mm(4.6), ink=(30, 30, 30))
    sign_at(s, mm(104), tops[-2] + mm(4), c.clerk, rng)
    return s


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    s.centred(mm(28), "卷　内　备　考　表", font("hei", mm(9)), spacing=mm(2))
    s.text(mm(24), mm(46), f"案号：{c.number}", font("ming", mm(4.6)))
    s.box(mm(22), mm(56), s.width - mm(22), mm(250), width=2)
    f = font("ming", mm(4.8))
    s.text(mm(28), mm(62), "本卷情况说明：", f)
    pen(s, mm(34), mm(76), f"本卷共{rng.randint(58, 74)}页，其中文字材料完整，照片0张。申请执行人提交的材料原装于透明文件袋内，"
                           "已取出按序装订。无需说明的其他情况。", rng, per_line=24, ink=(30, 30, 30))
    s.text(mm(96), mm(214), "立卷人：", f)
    sign_at(s, mm(122), mm(212), c.clerk, rng)
    s.text(mm(96), mm(226), "检查人：", f)
    sign_at(s, mm(122), mm(224), c.officer, rng)
    s.text(mm(96), mm(238), "立卷时间：", f)
    hand(s, mm(126), mm(237), num_date(d), rng, size=mm(5), ink=(30, 30, 30))
    return s
