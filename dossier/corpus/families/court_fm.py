"""court_fm (四川省乐山市市中区人民法院, held out): the town under the Giant Buddha where the 岷江 and the 大渡河 meet —
跷脚牛肉 houses at 苏稽 and 张公桥, 钵钵鸡 stalls off 上中顺, sand barges on the 大渡河 at 安谷, tea from 峨眉 up the road.
Its own papers in the bureau's style (court_fm_kit); what it receives in the senders' own (court_fm_papers). The
stacks went through an old sheet feeder with its deskew and auto-crop broken (court_fm_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_fm_kit import (
    A4,
    A5,
    COURT,
    K16,
    VIOLET,
    Leaf,
    ballpoint,
    court_doc,
    filed_stamp,
    form_title,
    frame,
    margins,
    serif,
    vertical,
)
from dossier.corpus.families.court_fm_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
BEEF_SEQ, SAND_SEQ, TEA_SEQ = 68352, 68469, 68736
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 12, "enforcement_ruling": 9, "assistance_notice": 9,
        "summons": 24, "investigation_record": 31, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "settlement_agreement": 33, "payment_voucher": 50}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 3, "closing_approval_form": 1,
           "file_review_form": -4, "remarks_sheet": -6, "catalogue": -6, "dossier_cover": -7}
"""days before the closing date (negative: after it — the archive's papers)"""
NOTARY = "四川省乐山市凌云公证处"
ARBITRATION = "乐山仲裁委员会"


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def recheck(code: str, kind: str) -> str:
    """A credit code of another class (93 a farmers' co-operative, 92 an individual business), check recomputed."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = kind + code[2:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + chars[0 if check == 31 else check]


def fee_for(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条第一项): 50 yuan up to 10,000; 1.5% of the part to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (min(amount, Decimal(500000)) - 10000) * Decimal("0.015")
            + max(amount - 500000, Decimal(0)) * Decimal("0.01")).quantize(Decimal("1"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """乐山 parties. BEEF_SEQ: a 沐川 cattle co-operative wins this court's judgment for 牛肉、牛杂 delivered to a 跷脚牛肉
    restaurant company at 张公桥; its account is frozen, it settles and pays — 执行完毕, archived. SAND_SEQ: a barge owner's
    award of the 乐山仲裁委员会 for the hire of his sand barge against a 大渡河 sand company whose licence ran out and
    whose yard at 安谷 was cleared — nothing found, 终本. TEA_SEQ: a 峨眉山 tea grower's loan to a 钵钵鸡 shop's owner,
    notarised as enforceable at the 凌云公证处, with the notary's 执行证书; the owner settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {BEEF_SEQ: "beef", SAND_SEQ: "sand", TEA_SEQ: "tea"}[seq]
    c.firm = rng.choice(["四川嘉州律师事务所", "四川凌云山律师事务所", "四川三江汇律师事务所"])
    c.extra["firm_addr"] = f"乐山市市中区{rng.choice(['嘉定北路', '春华路', '柏杨中路'])}{rng.randint(20, 420)}号"
    c.extra["licence"] = f"1511120{rng.randint(12, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"5111{rng.randint(1000, 9999)}"
    c.extra["court_acct"] = f"2205{rng.randint(10**15, 10**16 - 1)}"
    tale_ = tale(c)
    if tale_ == "beef":
        c.applicant = Party(f"沐川县{rng.choice(['黄丹', '舟坝', '底堡'])}肉牛养殖专业合作社", "organisation",
                            recheck(credit_code(rng, "511129"), "93"), f"四川省乐山市沐川县{rng.choice(['黄丹镇', '舟坝镇'])}"
                            f"{rng.choice(['新桥', '龙塘', '青杠'])}村{rng.randint(1, 9)}组", f"0833-46{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"乐山{rng.choice(['张公桥', '苏稽老街', '嘉州古镇'])}跷脚牛肉餐饮管理有限公司", "organisation",
                             credit_code(rng, "511102"), f"四川省乐山市市中区{rng.choice(['张公桥街', '府街', '嘉定北路'])}"
                             f"{rng.randint(8, 160)}号", f"0833-21{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）川1102民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 75))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(820, 2600)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["r_bank"] = rng.choice(["中国农业银行乐山市中支行", "乐山市商业银行嘉州支行"])
        c.extra["r_acct"] = f"2261{rng.randint(10**14, 10**15 - 1)}"
        c.extra["in_bank"] = "四川沐川农村商业银行黄丹支行"
    elif tale_ == "sand":
        born = date(rng.randint(1966, 1984), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["511112", "511111", "511102"]), born),
                            f"四川省乐山市{rng.choice(['五通桥区竹根镇', '沙湾区嘉农镇', '市中区安谷镇'])}"
                            f"{rng.choice(['河坝', '码头', '泊滩'])}村{rng.randint(1, 12)}组", f"138{rng.randint(10000000, 99999999)}",
                            born=born, sex="男")
        c.respondent = Party(f"乐山{rng.choice(['大渡河', '三江', '岷通'])}砂石开采有限公司", "organisation",
                             credit_code(rng, "511102"), f"四川省乐山市市中区安谷镇{rng.choice(['泊滩村', '车子村'])}"
                             f"{rng.randint(1, 8)}组", f"0833-23{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = ARBITRATION
        c.basis_number = f"（2023）乐仲裁字第{rng.randint(120, 690)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "船舶租赁合同纠纷"
        c.amount = Decimal(rng.randint(1600, 5400)) * 100
        c.extra["boat"] = f"川乐山货{rng.randint(1000, 9999)}"
        c.extra["months"] = rng.randint(5, 9)
        c.extra["in_bank"] = "中国邮政储蓄银行乐山市分行"
    else:
        born = date(rng.randint(1968, 1982), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "511181", born),
                            f"四川省峨眉山市{rng.choice(['黄湾镇', '高桥镇', '龙池镇'])}{rng.choice(['茶园', '万年', '张沟'])}村"
                            f"{rng.randint(1, 9)}组", f"139{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        rborn = date(rng.randint(1980, 1993), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "511102", rborn),
                             f"四川省乐山市市中区{rng.choice(['上中顺街', '玉堂街', '县街'])}{rng.randint(3, 99)}号",
                             f"177{rng.randint(10000000, 99999999)}", born=rborn, sex=rng.choice("男女"))
        c.extra["shop"] = f"{c.respondent.name[0]}{rng.choice(['嬢嬢', '记', '幺妹'])}钵钵鸡"
        c.basis_court = NOTARY
        c.basis_number = f"（2023）川乐凌证字第{rng.randint(1200, 4800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(12, 30))
        c.extra["cert_no"] = f"（{c.filed_on.year}）川乐凌证执字第{rng.randint(3, 60)}号"
        c.extra["lent_on"] = c.filed_on - timedelta(days=rng.randint(300, 420))
        c.extra["cause"] = "借款合同纠纷"
        c.amount = Decimal(rng.randint(60, 240)) * 1000
        c.extra["in_bank"] = "四川峨眉山农村商业银行黄湾支行"
    c.extra["in_acct"] = f"6214{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = fee_for(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(44, 49))


def basis_name(c: CaseCtx) -> str:
    return {"beef": "民事判决书", "sand": "裁决书", "tea": "公证债权文书"}[tale(c)]


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "tea":
        return f"{NOTARY}{c.basis_number}公证书及{c.extra['cert_no']}执行证书"
    return f"{c.basis_court}{c.basis_number}{basis_name(c)}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def party_blocks(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        rep = "负责人" if p.name.endswith("合作社") else "法定代表人"
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{rep}：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    officers = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方依据{basis_title(c)}申请执行{r.name}一案，本院经审查符合受理条件，已于{num_date(c.filed_on)}"
                  "立案。"),
            ("p", f"本案承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方积极提供被执行人的财产线索；"
                  "联系方式、送达地址或收款账户有变化的，请及时书面告知本院。"),
            ("p", "可登录“四川法院诉讼服务网”或关注“乐山市中法院”微信公众号查询案件进度。"),
            ("p", "特此通知。"),
        ], day=d, size=A5 if rng.random() < 0.5 else A4)
    if code == "payment_notice":
        return court_doc(c, rng, "缴纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"{case}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案申请执行费为人民币"
                  f"{c.extra['fee']}元，由你方预交，执行到位后由被执行人负担。"),
            ("p", "请在收到本通知后七日内，凭附后的《四川省政府非税收入一般缴款书》到代收银行或通过手机银行缴纳。逾期未缴纳"
                  "又未申请缓交的，本院将依法处理。"),
        ], day=d, size=A5)
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}依据{basis_title(c)}向本院申请强制执行，本院于{num_date(c.filed_on)}立案。依照{LAW}第二百五十一条"
                  f"的规定，责令{_you(r)}自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、给付申请执行人{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可依法采取限制消费、纳入失信被执行人名单等措施，"
                  "由此产生的费用由你方负担。"),
        ], signers=officers, day=d)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行的{case}，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后五日内，向本院如实报告当前以及"
                  "收到执行通知之日前一年的财产情况，并填写附后的《财产申报表》。"),
            ("p", "报告期间财产情况发生变动的，应当自变动之日起十日内补充报告。拒绝报告、虚假报告或者无正当理由逾期报告的，"
                  "本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=officers, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "beef":
            order = f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}。"
        elif tale(c) == "sand":
            order = (f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、拍卖、变卖其同等价值的财产，"
                     "包括其在安谷镇砂石堆场内的砂石及机具。")
        else:
            order = f"冻结、划拨被执行人{r.name}名下银行存款及网络资金{money(c.amount)}，或者查封、扣押其同等价值的其他财产。"
        return court_doc(c, rng, "执行裁定书", [
            *party_blocks("申请执行人", a), *party_blocks("被执行人", r),
            ("p", f"本院在执行{case}中，依据已经发生法律效力的{basis_title(c)}，被执行人未按执行通知履行义务。依照{LAW}"
                  "第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定立即执行。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "closing_notice":
        return court_doc(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{case}，双方于{num_date(made_on(c, 'settlement_agreement'))}达成执行和解，被执行人已按约履行，"
                  f"执行款已于{num_date(c.extra['pay_day'] + timedelta(days=2))}汇入你方指定的{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的给付义务已全部履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d, size=A5)
    if code == "termination_this_round_ruling":
        return court_doc(c, rng, "执行裁定书", [
            *party_blocks("申请执行人", a), *party_blocks("被执行人", r),
            ("p", f"申请执行人{a.name}与被执行人{r.name}船舶租赁合同纠纷一案，{ARBITRATION}作出的{c.basis_number}裁决书已经"
                  f"发生法律效力。申请执行人于{num_date(c.filed_on)}向本院申请执行，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询了被执行人的存款、车辆、"
                  "不动产、证券、网络资金、船舶等财产，仅发现零星存款，已冻结划拨；"
                  f"于{num_date(made_on(c, 'investigation_record'))}到被执行人位于安谷镇的砂石堆场实地调查，该堆场已于河道"
                  "专项整治中清理复绿，采砂船已拆解，无可供执行的财产。本院已对被执行人及其法定代表人限制消费，并将被执行人"
                  "纳入失信被执行人名单。"),
            ("p", f"{num_date(made_on(c, 'interview_record'))}，本院约谈申请执行人，告知财产调查情况，申请执行人未能提供新的"
                  "财产线索，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条"
                  "的规定，裁定如下："),
            ("p", f"终结本次执行程序。本案尚未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            ("h", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{num_date(c.filed_on)}立案执行{case}。被执行人未按执行通知书指定的期间履行生效法律文书确定的给付"
                  "义务。依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对被执行人"
                  f"及其法定代表人{r.legal_rep}采取限制消费措施，不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所"
                  "办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险"
                  "理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且未按报告财产令如实报告财产。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为有错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 torn from its book: the 存根 strip at the left kept on, the 骑缝 label running down the cut."""
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["中国建设银行乐山分行营业部", "中国工商银行乐山市中支行"])
    if tale(c) == "beef":
        ask = (f"冻结并扣划被执行人{r.name}在你行开立的账户（账号{c.extra['r_acct']}）内存款{money(c.amount)}，"
               f"划入本院执行款专户（账号{c.extra['court_acct']}）。")
    else:
        ask = f"冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(c.amount)}为限，冻结期限一年。"
    sheets = court_doc(c, rng, "协助执行通知书", [
        ("f", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，请你行协助"
              "执行下列事项："),
        ("p", ask),
        ("p", f"附：{c.number}执行裁定书一份。"),
        ("f", f"经办人：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[0]
    if isinstance(s, Leaf):
        s.vertical_label = True
    x = mm(8)
    for y in range(mm(20), s.height - mm(20), 26):
        s.line(x + mm(9), y, x + mm(9), y + 12, width=2)
    vertical(s, x, mm(70), f"{COURT}协助执行通知书（骑缝）", font("hei", 30), step=40)
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票 on an A5 half-sheet: a ruled grid, the seal at the foot."""
    s = Leaf(size=A5)
    left, right, top, _bottom = margins(s)
    y = form_title(s, "传票", y=top)
    s.text(left, y, c.number, serif(28))
    y += 48
    r = c.respondent
    w = s.width - left - right
    rows = [["案由", c.extra["cause"] + "（执行）"], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
            ["住所地", r.address], ["事由", "接受执行询问，报告财产，说明不履行原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时30分"], ["应到处所", "本院执行局二楼执行指挥中心第一谈话室"]]
    boxes = frame(s, left, y, [mm(24), w - mm(24)], rows, serif(27), heights=mm(11.5))
    y = boxes[-1][3] + 30
    for line in ("注意：被传唤人应携带本传票及身份证件按时到达；无正当理由拒不到场的，", "本院可以依法拘传。"):
        s.text(left, y, line, serif(24))
        y += 40
    s.right(s.width - right, y + 40, cn_date(d), serif(30))
    seal(s, s.width - right - mm(24), y + 48, COURT, rng, radius=mm(15))
    s.text(left, y + 120, f"执行员　{c.officer}　　书记员　{c.clerk}", serif(26))
    filed_stamp(s, rng)
    return [s]


QA: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是市中区法院执行局的，这是执行公务证。今天来了解乐山这家砂石公司堆场的情况，请如实讲。"),
        ("答", "好的。"),
        ("问", "你是什么人？和这家公司什么关系？"),
        ("答", "我是泊滩村的村干部，堆场占的是村里的河滩地，原来租给他们。"),
        ("问", "堆场现在的情况？"),
        ("答", "去年河道整治，采砂许可到期没有续，堆场清走了，现在种了树，复绿了。"),
        ("问", "公司的采砂船、装载机、运砂车还在不在？"),
        ("答", "采砂船按要求拆了，装载机是租的，早拉走了，车子没见过。"),
        ("问", "公司还欠村里钱没有？老板在哪里？"),
        ("答", "还欠两年地租。老板听说在外地，电话不接。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是告诉你案子的执行情况，听听你的意见。"),
        ("答", "好。"),
        ("问", "网络查控只查到被执行人几百块钱存款，已经划了；车辆、房产、船舶都没有；到安谷堆场看了，已经清理复绿，"
               "采砂船已经拆解。你对这些情况有没有意见？"),
        ("答", "没得意见，那个堆场我也去看了，确实啥子都没得了。"),
        ("问", "你能不能提供被执行人其他财产线索？"),
        ("答", "暂时提供不出来。"),
        ("问", "已经对公司和法定代表人限制消费、纳入失信名单。目前没有可以执行的财产，本院准备终结本次执行程序，你同意吗？"),
        ("答", "同意。以后晓得他有财产了，我再来申请。"),
        ("问", "终本以后发现财产线索，可以随时申请恢复执行，不受时效限制。还有啥子要补充的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """笔录 written by the clerk in ballpoint on the court's ruled record paper: the printed head and rule lines, the
    answers in a hurried hand, the person heard signs and presses a thumb at every page's foot."""
    interview = code == "interview_record"
    who = c.applicant.name if interview else person_name(rng)
    place = "本院执行局第一谈话室" if interview else "市中区安谷镇泊滩村砂石堆场原址"
    sheets: list[Sheet] = []
    rule_gap = mm(10.5)

    def page() -> tuple[Sheet, float]:
        s = Leaf()
        left, right, top, _bottom = margins(s)
        s.centred(top - mm(6), "乐山市市中区人民法院", font("hei", 40), spacing=3)
        s.centred(top + mm(8), "谈话笔录" if interview else "调查笔录", font("serif_bold", 60),
                   spacing=40)
        s.right(s.width - right, top + mm(24), f"第{len(sheets) + 1}页", serif(28))
        y0 = top + mm(34)
        for k in range(22):
            y = y0 + k * rule_gap
            s.line(left, y + rule_gap - 6, s.width - right, y + rule_gap - 6, width=1, fill=(150, 170, 200))
        sheets.append(s)
        return s, y0

    s, y = page()
    left, right, _top, _bottom = margins(s)
    fields = [f"时间：{num_date(d)} 上午{rng.choice(['9', '10'])}时{rng.choice(['05', '20', '40'])}分",
              f"地点：{place}", f"执行人员：{c.officer}　记录人：{c.clerk}",
              f"被{'谈话' if interview else '调查'}人：{who}" + ("（申请执行人）" if interview else "（泊滩村村委会）"),
              f"案号：{c.number}"]
    for line in fields:
        label, value = line.split("：", 1)
        s.text(left, y + 6, label + "：", serif(32))
        ballpoint(s, left + mm(8) + len(label) * 34, y, value, rng, size=38)
        y += rule_gap
    per = 29
    last_y = s.height - mm(40)

    def sign(sh: Sheet) -> None:
        sh.text(sh.width - right - mm(78), sh.height - mm(32), "被询问人：", serif(30))
        ballpoint(sh, sh.width - right - mm(44), sh.height - mm(35), who, rng, size=46, ink=(20, 20, 20))
        sh.draw.ellipse((sh.width - right - mm(12), sh.height - mm(36), sh.width - right - mm(4), sh.height - mm(26)),
                        fill=(196, 52, 58))

    for tag, text in QA[code]:
        chunks = [text[i:i + per] for i in range(0, len(text), per)]
        for k, chunk in enumerate(chunks):
            if y + rule_gap > last_y:
                sign(s)
                s, y = page()
            if k == 0:
                s.text(left, y + 6, f"{tag}：", font("hei", 34))
            ballpoint(s, left + mm(11), y, chunk, rng, size=38)
            y += rule_gap
    if y + 2 * rule_gap > last_y:
        sign(s)
        s, y = page()
    ballpoint(s, left + mm(11), y, "以上笔录我看过，和我讲的一样。", rng, size=40, ink=(20, 20, 20))
    sign(s)
    filed_stamp(sheets[0], rng)
    for i, sh in enumerate(sheets[1:], 2):
        sh.page_of = (i, len(sheets))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf()
    left, right, _top, _bottom = margins(s)
    y = form_title(s, "执行案件结案审批表", note="执行文书样式（结案类）")
    w = s.width - left - right
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{got:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["合议庭意见", ""], ["分管局领导意见", ""]]
    hs = [mm(14)] * 6 + [mm(56), mm(34), mm(34)]
    boxes = frame(s, left, y, [mm(34), mm(62), mm(28), w - mm(124)], rows, serif(32), heights=hs, labels=(0, 2))
    firsts = [b for b in boxes if abs(b[0] - left) < 2]
    x = firsts[6][2] + mm(3)
    view = ("经网络查控、实地调查，被执行人无可供执行财产，已限制消费并纳入失信名单，申请执行人经约谈同意终本，"
            "建议终结本次执行程序。" if ttr else "双方达成和解，被执行人已全部履行，案款已发放申请执行人，建议以执行完毕结案。")
    right_x = s.width - right
    ballpoint(s, x, firsts[6][1] + mm(3), view, rng, size=36, per_line=20, lead=mm(7.2))
    ballpoint(s, right_x - mm(62), firsts[6][3] - mm(10), f"{c.officer}　{d.month}月{d.day}日", rng, size=34)
    ballpoint(s, x, firsts[7][1] + mm(5), "同意承办人意见。", rng, size=40)
    ballpoint(s, right_x - mm(44), firsts[7][3] - mm(11), c.judge, rng, size=38)
    ballpoint(s, x, firsts[8][1] + mm(5), f"同意，{how}。", rng, size=40, ink=(22, 22, 22))
    ballpoint(s, right_x - mm(44), firsts[8][3] - mm(11), person_name(rng), rng, size=38, ink=(22, 22, 22))
    filed_stamp(s, rng)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "缴纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on a 16K sheet: a heavy-framed grid, the signature and date written in, the court's seal at the foot."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    s = Leaf(size=K16)
    left, right, top, _bottom = margins(s)
    y = form_title(s, "送达回证", y=top)
    w = s.width - left - right
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 5))
    papers = "、".join(NAMES.get(x, x) for x in served)
    rows = [["案号", c.number], ["送达文书", papers + f"（共{len(served)}份）"], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及理由", ""],
            ["送达方式", "直接送达" if rng.random() < 0.6 else "留置送达（见备注）" if not to_applicant else "直接送达"],
            ["送达人", ""], ["备注", ""]]
    f = serif(30)
    hs = [mm(12), mm(19), mm(12), mm(16), mm(24), mm(12), mm(14), mm(12), mm(13), mm(20)]
    boxes = frame(s, left, y, [mm(38), w - mm(38)], rows, f, heights=hs, labels=(0,))
    cells = [b for b in boxes if b[0] > left + 5]
    signer = who.legal_rep if who.kind == "organisation" else c.agent if to_applicant else who.name
    ballpoint(s, cells[4][0] + mm(12), cells[4][1] + mm(6), signer, rng, size=50, ink=(20, 20, 20))
    ballpoint(s, cells[5][0] + mm(6), cells[5][1] + mm(2), num_date(when), rng, size=36)
    ballpoint(s, cells[8][0] + mm(6), cells[8][1] + mm(2), f"{c.officer}、{c.clerk}", rng, size=36)
    seal(s, cells[5][2] - mm(30), cells[5][1] + mm(4), COURT, rng, radius=mm(16))
    s.text(left, boxes[-1][3] + 22, "受送达人拒绝签收的，送达人应在备注栏注明情况。", serif(24))
    filed_stamp(s, rng)
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The kraft 执行案卷 cover: the court and the volume's words printed in violet-black, the particulars written in."""
    s = Leaf(paper=(222, 200, 160))
    left, right, _top, _bottom = margins(s)
    ink = (52, 36, 60)
    s.centred(mm(30), COURT, font("serif_bold", 56), spacing=6, fill=ink)
    s.centred(mm(50), "执行案卷", font("serif_bold", 120), spacing=70, fill=ink)
    s.centred(mm(80), "（正　卷）", font("hei", 40), fill=ink)
    ttr = c.method == "terminated_this_round"
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_number}{basis_name(c)}"], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕"], ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", num_date(d)],
            ["保管期限", "永久" if rng.random() < 0.3 else "长期"], ["本卷页数", f"{rng.randint(52, 74)}页"]]
    w = s.width - left - right
    boxes = frame(s, left, mm(100), [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], serif(36), heights=mm(11))
    cells = [b for b in boxes if b[0] > left + 5]
    for (_k, v), b in zip(rows, cells, strict=True):
        ballpoint(s, b[0] + mm(5), b[1] + mm(2), v, rng, size=36, ink=(24, 24, 30))
    s.text(left, s.height - mm(30), "全宗号 J069　　目录号 2024　　案卷号 " + str(rng.randint(200, 800)), serif(34))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["执行申请书", "民事判决书", "生效证明书", "身份证明（申请执行人）", "营业执照及法定代表人身份证明（被执行人）",
             "授权委托书", "律师事务所函", "律师执业证复印件", "财产线索表", "非税收入缴款书", "收款账户确认书",
             "送达地址确认书", "受理案件通知书", "缴纳执行费通知书", "执行通知书", "报告财产令", "财产申报表",
             "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议", "银行回单", "结案通知书", "结案审批表",
             "送达回证", "卷宗复核表", "备考表"]
    s = Leaf()
    left, right, _top, _bottom = margins(s)
    y = form_title(s, "卷内目录", court="")
    s.text(left, y - 10, f"案号：{c.number}", serif(32))
    y += 46
    w = s.width - left - right
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 3 if name in ("民事判决书", "执行申请书") else 2 if name in ("网络查控结果", "执行裁定书") else 1
    frame(s, left, y, [mm(16), w - mm(56), mm(20), mm(20)], rows, serif(28), heights=mm(7.6), labels=(0,))
    ballpoint(s, left, s.height - mm(26), f"立卷人 {c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf()
    left, right, _top, _bottom = margins(s)
    y = form_title(s, "执行卷宗复核表")
    w = s.width - left - right
    items = ["立案材料齐全", "执行依据及生效证明附卷", "法律文书送达回证齐全", "案款收付凭证完备",
             "文书签名、盖章齐全", "卷内目录与材料相符", "页码连续、无空白项", "电子卷宗同步归档"]
    rows = [["案号", c.number], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)], ["复核项目", "复核情况"],
            *[[x, ""] for x in items], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(13)] * 4 + [mm(12)] * len(items) + [mm(34), mm(16)]
    boxes = frame(s, left, y, [mm(82), w - mm(82)], rows, serif(31), heights=hs, labels=(0,))
    cells = [b for b in boxes if b[0] > left + 5]
    for b in cells[4:4 + len(items)]:
        ballpoint(s, b[0] + mm(10), b[1] + mm(2), "是", rng, size=38)
    ballpoint(s, cells[-2][0] + mm(5), cells[-2][1] + mm(8), "材料齐全，同意归档。", rng, size=40)
    ballpoint(s, cells[-1][0] + mm(5), cells[-1][1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=38)
    filed_stamp(s, rng)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """备考表 on a 16K leaf: a framed box, the count written in."""
    s = Leaf(size=K16)
    left, right, _top, bottom = margins(s)
    y = form_title(s, "备考表", court="")
    s.text(left, y - 6, f"案号：{c.number}", serif(28))
    y += 44
    s.box(left, y, s.width - right, s.height - bottom, width=4)
    s.text(left + mm(6), y + mm(6), "本卷情况说明", font("hei", 34))
    n = rng.randint(52, 74)
    yy = ballpoint(s, left + mm(12), y + mm(18), f"本卷共有文件材料{n - 4}件，共{n}页，无照片、光盘。", rng, size=38,
                   per_line=17, lead=mm(10))
    ballpoint(s, left + mm(12), yy, "案款已全部发放，无遗留事项。" if c.method != "terminated_this_round"
              else "本案终本，被执行人已限消、纳失。", rng, size=38, per_line=17, lead=mm(10))
    base = s.height - bottom - mm(56)
    for k, (label, value) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(left + mm(60), base + k * mm(15), label + "：", serif(32))
        ballpoint(s, left + mm(90), base + k * mm(15) - 8, value, rng, size=38)
    s.text(left, s.height - bottom + mm(6), "（本表不编页号）", serif(22), fill=VIOLET)
    return [s]

