"""court_av (四川省宜宾市翠屏区人民法院, held out): liquor country on the Yangtze — 白酒 makers, 酒类经销商, glass-bottle
and gift-box suppliers. The bureau's own papers on its red-headed paper (court_av_kit); the bases from the 宜宾中院, the
宜宾仲裁委员会 and the court's own civil division; the parties' papers as photocopies (court_av_papers). The volumes
were printed double-sided and scanned in duplex, part of the batch with red dropout (court_av_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    credit_code,
    id_number,
    money,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet
from dossier.corpus.families.court_av_kit import COURT, bureau
from dossier.corpus.families.court_av_papers import RECEIVED, render_paper

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "consumption_restriction_order", "dishonest_list_decision",
})
CODES = OWN | RECEIVED
PHOTOCOPIES = frozenset({"identity_proof", "lawyer_license", "fee_receipt"})
"""the parties' papers filed as photocopies (the bank's reply too); the 法定代表人身份证明书 is an original"""
BOTTLE_SEQ, PACK_SEQ, GRAIN_SEQ = 10217, 10386, 10542
LAW = "《中华人民共和国民事诉讼法》"
SHIFT = timedelta(days=366)  # the cases are of 2025


def _org(rng: random.Random, name: str, street: str) -> Party:
    return Party(name, "organisation", credit_code(rng, "511502"), street,
                 f"0831-{rng.randint(2100000, 8399999)}", legal_rep=person_name(rng))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """宜宾 parties. BOTTLE_SEQ: a glass-bottle works enforces a 宜宾中院 二审 sale judgment against a liquor distributor
    (its 白酒 stock seized, its account pays); PACK_SEQ: a gift-box printer's 宜宾仲裁委 award against a small distillery,
    paid after a 限制消费令 and a 失信 decision, archived; GRAIN_SEQ: a 高粱 cooperative's 调解书 against a 酒厂."""
    c.filed_on, c.closed_on = c.filed_on + SHIFT, c.closed_on + SHIFT
    c.number = c.number.replace("（2024）", "（2025）")
    seq = int(c.number.split("执")[-1].removesuffix("号"))
    story = {BOTTLE_SEQ: "bottle", PACK_SEQ: "pack"}.get(seq, "grain")
    c.extra["story"] = story
    c.firm = rng.choice(["四川三江汇律师事务所", "四川金沙江畔律师事务所", "四川翠屏岷江律师事务所"])
    c.extra["firm_addr"] = f"宜宾市翠屏区{rng.choice(['人民路', '南岸东区蜀南大道', '长江大道'])}{rng.randint(2, 188)}号"
    c.extra["lic_no"] = f"1511520{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["trial_judge"] = person_name(rng)
    c.extra["pay_day"] = c.day(rng.randint(38, 56))
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.005 + 50))
    c.extra["acct_bank"] = rng.choice(["宜宾市商业银行翠屏支行", "四川宜宾农村商业银行南岸支行", "中国建设银行宜宾分行营业部"])
    c.extra["acct"] = f"{rng.randint(10**15, 10**16 - 1)}"
    c.extra["resp_bank"] = rng.choice(["中国农业银行宜宾翠屏支行", "中国工商银行宜宾分行", "宜宾市商业银行叙府支行"])
    c.extra["resp_acct"] = f"2238{rng.randint(10**13, 10**14 - 1)}"
    c.extra["receipt_no"] = f"51{rng.randint(10**9, 10**10 - 1)}"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 120))
    year = c.filed_on.year - 1
    if story == "bottle":
        c.applicant = _org(rng, f"宜宾{rng.choice(['晶鑫', '川玻', '岷江'])}玻璃制品有限公司",
                           f"四川省宜宾市翠屏区{rng.choice(['象鼻街道', '李庄镇'])}工业园{rng.randint(1, 40)}号")
        c.respondent = _org(rng, f"宜宾市{rng.choice(['酒都', '醇香', '叙府'])}酒类经销有限公司",
                            f"四川省宜宾市翠屏区酒都大道{rng.randint(10, 300)}号{rng.randint(1, 12)}栋")
        c.basis_court = "四川省宜宾市中级人民法院"
        c.basis_number = f"（{year}）川15民终{rng.randint(600, 2999)}号"
        c.extra["first_number"] = f"（{year - 1}）川1502民初{rng.randint(3000, 9999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = f"{rng.choice(['500ml', '475ml', '250ml'])}{rng.choice(['高白料', '晶白料'])}异形酒瓶"
        c.extra["stock"] = f"{rng.choice(['浓香型', '窖藏'])}白酒{rng.randint(180, 640)}件（每件6瓶）"
        c.extra["warehouse"] = f"宜宾市翠屏区白沙湾{rng.choice(['酒类物流园', '仓储中心'])}{rng.randint(2, 9)}号库"
    elif story == "pack":
        c.basis_kind = "arbitration"
        c.applicant = _org(rng, f"宜宾{rng.choice(['彩印', '锦盛', '蜀南'])}包装印务有限公司",
                           f"四川省宜宾市翠屏区临港经济技术开发区{rng.choice(['港园路', '港城大道'])}{rng.randint(1, 88)}号")
        c.respondent = _org(rng, f"宜宾{rng.choice(['古窖', '竹海', '金江'])}酒业有限公司",
                            f"四川省宜宾市翠屏区{rng.choice(['思坡镇', '宗场镇'])}{rng.choice(['酿酒', '糟坊'])}村{rng.randint(1, 9)}组")
        c.basis_court = "宜宾仲裁委员会"
        c.basis_number = f"（{year}）宜仲裁字第{rng.randint(40, 480)}号"
        c.extra["cause"] = "定作合同纠纷"
        c.extra["goods"] = f"{rng.choice(['年份酒', '节庆'])}礼盒及{rng.choice(['手提袋', '内托'])}"
        c.extra["arbitrator"] = person_name(rng)
    else:
        c.basis_kind = "mediation"
        c.applicant = _org(rng, f"宜宾市叙州区{rng.choice(['观音', '双龙', '横江'])}高粱种植专业合作社",
                           f"四川省宜宾市叙州区{rng.choice(['观音镇', '双龙镇'])}{rng.choice(['红粮', '田坝'])}村{rng.randint(1, 12)}组")
        c.respondent = _org(rng, f"宜宾{rng.choice(['老窖坊', '糟香', '三江口'])}酒厂有限公司",
                            f"四川省宜宾市翠屏区{rng.choice(['牟坪镇', '金坪镇'])}{rng.choice(['沙坝', '大田'])}村{rng.randint(1, 9)}组")
        c.basis_court = COURT
        c.basis_number = f"（{year}）川1502民初{rng.randint(3000, 9999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = f"糯红高粱{rng.randint(120, 480)}吨"
    c.applicant.legal_rep = c.applicant.legal_rep or person_name(rng)
    born = date(rng.randint(1965, 1988), rng.randint(1, 12), rng.randint(1, 28))
    c.extra["rep_id"] = id_number(rng, "511502", born)
    c.extra["rep_born"] = born


def _who(c: CaseCtx) -> list[tuple[str, str]]:
    return [("f", f"申请执行人：{c.applicant.name}"), ("f", f"被执行人：{c.respondent.name}，住所地{c.respondent.address}。"),
            ("f", f"法定代表人：{c.respondent.legal_rep}。")]


def _basis(c: CaseCtx) -> str:
    kind = {"arbitration": "裁决书", "mediation": "民事调解书"}.get(c.basis_kind, "民事判决书")
    return f"{c.basis_court}{c.basis_number}{kind}"


def _own(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    sig = [("执行员", c.officer), ("书记员", c.clerk)]
    debt = money(c.amount)
    if code == "acceptance_notice":
        return bureau(c, rng, "受理案件通知书", [
            ("f", f"{c.applicant.name}："),
            ("p", f"你单位申请执行{c.respondent.name}{c.extra['cause']}一案的申请书及{_basis(c)}等材料已收到。经审查，"
                  f"符合法定受理条件，本院决定立案执行。案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。请你单位在执行过程中如实提供被执行人的财产线索，"
                  "地址变更的，应当及时书面告知本院。"),
            ("p", "特此通知。")], on=1)
    if code == "payment_notice":
        fee = c.extra["exec_fee"]
        return bureau(c, rng, "缴款通知书", [
            ("f", f"{c.respondent.name}："),
            ("p", f"本院受理的{c.applicant.name}与你单位{c.extra['cause']}执行一案，依照《诉讼费用交纳办法》第十条、第十四条，"
                  f"申请执行费{money(fee)}由你单位负担。请于收到本通知之日起七日内，将上述款项连同执行标的款缴入本院"
                  "执行款专户。"),
            ("f", "户名：四川省宜宾市翠屏区人民法院"),
            ("f", f"开户行：{rng.choice(['宜宾市商业银行翠屏支行', '中国银行宜宾分行'])}"),
            ("f", f"账号：{rng.randint(10**17, 10**18 - 1)}"),
            ("p", f"汇款时请注明案号{c.number}及缴款人名称。")], on=2)
    if code == "enforcement_notice":
        return bureau(c, rng, "执行通知书", [
            ("f", f"{c.respondent.name}："),
            ("p", f"{c.applicant.name}与你单位{c.extra['cause']}一案，{_basis(c)}已经发生法律效力。因你单位未履行该文书确定"
                  f"的义务，申请执行人向本院申请强制执行，本院于{num_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  "第二百五十二条、第二百六十四条的规定，责令你单位自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人支付{debt}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['exec_fee']}元。"),
            ("p", "逾期不履行的，本院将依法查封、扣押、冻结、拍卖、变卖你单位的财产，并可依法对你单位采取限制消费、纳入"
                  "失信被执行人名单等措施。")], signers=sig, on=2)
    if code == "property_report_order":
        return bureau(c, rng, "报告财产令", [
            ("f", f"{c.respondent.name}："),
            ("p", f"本院在执行{c.applicant.name}申请执行你单位{c.extra['cause']}一案中，依照{LAW}第二百五十二条和《最高人民法院"
                  "关于民事执行中财产调查若干问题的规定》第三条、第五条的规定，责令你单位在收到本令后五日内，如实填写"
                  "所附财产申报表，向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、"
                  "机器设备、产品、原材料等动产；债权、股权、投资权益、知识产权；其他应当报告的财产。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法"
                  "追究刑事责任。")], signers=sig, on=2)
    if code == "enforcement_ruling":
        what = (f"查封、扣押被执行人{c.respondent.name}存放于{c.extra['warehouse']}的{c.extra['stock']}，"
                f"冻结、划拨其在{c.extra['resp_bank']}账户（账号{c.extra['resp_acct']}）内的存款{debt}"
                if c.extra["story"] == "bottle" else
                f"冻结、划拨被执行人{c.respondent.name}在{c.extra['resp_bank']}账户（账号{c.extra['resp_acct']}）内的"
                f"存款{debt}，或查封、扣押其相应价值的其他财产")
        return bureau(c, rng, "执行裁定书", [
            *_who(c),
            ("p", f"本院在执行{_basis(c)}一案中，因被执行人{c.respondent.name}未按执行通知书履行义务，依照{LAW}第二百四十九条、"
                  "第二百五十条、第二百五十一条、第二百五十八条的规定，裁定如下："),
            ("p", what + "。"),
            ("p", "查封、扣押的动产期限为二年，冻结存款期限为一年。需要续行的，申请执行人应当在期限届满前提出申请。"),
            ("p", "本裁定送达后立即生效。")], signers=[("审判长", c.judge), ("审判员", person_name(rng)),
                                              ("审判员", person_name(rng)), ("书记员", c.clerk)], on=12)
    if code == "assistance_notice":
        return bureau(c, rng, "协助执行通知书", [
            ("f", f"{c.extra['resp_bank']}："),
            ("p", f"关于{c.applicant.name}申请执行{c.respondent.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经"
                  f"发生法律效力。依照{LAW}第二百五十条的规定，请协助执行下列事项："),
            ("p", f"冻结并扣划被执行人{c.respondent.name}在你行开立的账户（账号：{c.extra['resp_acct']}）内存款"
                  f"{money(c.amount)}，划至本院执行款专户。"),
            ("p", "请将协助执行结果填写回执后交本院执行人员。"),
            ("f", "附：执行裁定书一份")], on=13)
    if code == "closing_notice":
        return bureau(c, rng, "结案通知书", [
            ("f", f"{c.applicant.name}、{c.respondent.name}："),
            ("p", f"本院执行的{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，被执行人已于"
                  f"{num_date(c.extra['pay_day'])}履行{_basis(c)}确定的全部义务，执行案款已发放申请执行人。"
                  "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "已采取的查封、扣押、冻结措施依法予以解除。对本案已采取的限制消费措施及失信信息，本院将依法解除、"
                  "屏蔽。" if c.extra["story"] == "pack" else "已采取的查封、扣押、冻结措施依法予以解除。"),
            ("p", "特此通知。")], on=(c.closed_on - c.filed_on).days)
    if code == "consumption_restriction_order":
        return bureau(c, rng, "限制消费令", [
            ("f", f"被限制消费人：{c.respondent.name}，住所地{c.respondent.address}。"),
            ("f", f"法定代表人：{c.respondent.legal_rep}。"),
            ("p", f"本院于{num_date(c.filed_on)}立案执行{c.applicant.name}申请执行{c.respondent.name}{c.extra['cause']}一案。"
                  "因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人"
                  "高消费及有关消费的若干规定》第一条、第三条的规定，对你单位采取限制消费措施，限制你单位及你单位的"
                  f"法定代表人{c.respondent.legal_rep}不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、"
                  "高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、"
                  "公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"
                  "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等"
                  "其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照" + LAW + "第一百一十四条的规定，予以拘留、罚款；情节严重，"
                  "构成犯罪的，追究其刑事责任。")], on=24)
    if code == "dishonest_list_decision":
        sheets = bureau(c, rng, "决定书", [
            *_who(c),
            ("p", f"本院在执行{_basis(c)}一案中，被执行人{c.respondent.name}具有履行能力而拒不履行生效法律文书确定的义务。"
                  f"依照{LAW}第二百六十六条和《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六条"
                  "的规定，决定如下："),
            ("p", f"将{c.respondent.name}纳入失信被执行人名单。"),
            ("p", "如不服本决定，可以向本院申请纠正。")], signers=[("执行长", c.judge)], on=25)
        return sheets
    raise KeyError(code)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Draw one document, then mark its sheets for the duplex scan: an even page is the back of the sheet before
    it, each side carrying the other for its show-through; a whole document was scanned with or without dropout."""
    if code == "assistance_notice" and served == ["reply"]:  # the bank's answer, a photocopy filed behind the notice
        sheets = render_paper("bank_reply", c, rng, served)
    else:
        sheets = _own(code, c, rng) if code in OWN else render_paper(code, c, rng, served)
    duplex = code != "identity_proof" and len(sheets) > 1
    dropout = rng.random() < 0.4
    copy = code in PHOTOCOPIES or served == ["reply"]
    for i, s in enumerate(sheets):
        s.av_dropout = dropout  # type: ignore[attr-defined]
        s.av_copy = copy and not (code == "identity_proof" and i == 1)  # type: ignore[attr-defined]
        if duplex:
            mate = i + 1 if i % 2 == 0 else i - 1
            s.av_back = i % 2 == 1  # type: ignore[attr-defined]
            s.av_other = sheets[mate].image if mate < len(sheets) else None  # type: ignore[attr-defined]
    return sheets

