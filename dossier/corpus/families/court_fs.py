"""court_fs (辽宁省营口市站前区人民法院, held out): the railway-station district of 营口 on the 辽河's mouth — 海蜇 and
对虾 from 鲅鱼圈 and 老边 go through its cold stores, 盖州's tilers and painters work its flats. The bureau took part in
the 要素式文书 reform: its notices, rulings and decisions are element sheets (court_fs_kit); what it receives stays in
its senders' prose (court_fs_papers); every page went through the bureau's greyscale ADF with its driver's text
enhancement on (court_fs_capture)."""

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
from dossier.corpus.draw import Sheet, hand, mm, seal, wrap
from dossier.corpus.families.court_fs_kit import (
    COURT,
    EDGE,
    RULE,
    TOP,
    body,
    element_sheet,
    folio,
    form_title,
    label,
    landscape,
    pen,
    rows_grid,
)
from dossier.corpus.families.court_fs_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
SEA_SEQ, DECO_SEQ, LOAN_SEQ = 88163, 88287, 88741
LAW = "《中华人民共和国民事诉讼法》"
NOTARY = "辽宁省营口市辽河公证处"
BAYU = "辽宁省营口市鲅鱼圈区人民法院"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 4, "enforcement_ruling": 7, "assistance_notice": 7, "property_declaration_form": 10,
        "summons": 16, "settlement_agreement": 24, "investigation_record": 26, "consumption_restriction_order": 33,
        "dishonest_list_decision": 33}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 6, "closing_notice": 4, "closing_approval_form": 2,
           "dossier_cover": -6, "catalogue": -5, "remarks_sheet": -5, "file_review_form": -4}
"""days before the closing date (negative: after it, when the volume is bound)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher" and "pay_day" in c.extra:
        return c.extra["pay_day"] + timedelta(days=3)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """营口 parties. SEA_SEQ: a 海蜇/对虾 processor holds a 鲅鱼圈区法院 judgment against the cold store that let its goods
    thaw; an account frozen, the cold store pays. DECO_SEQ: a 盖州 tiler holds this court's own judgment for his unpaid
    labour against a decoration company with nothing left (终本). LOAN_SEQ: a small-loan company enforces a notarised
    loan contract with the notary's 执行证书 against a seafood-barbecue owner, who settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {SEA_SEQ: "sea", DECO_SEQ: "deco", LOAN_SEQ: "loan"}[seq]
    c.firm = rng.choice(["辽宁辽河律师事务所", "辽宁营口渤海律师事务所", "辽宁港城律师事务所"])
    c.extra["firm_addr"] = f"营口市站前区{rng.choice(['渤海大街', '市府路', '学府路'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"12108{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["营口银行站前支行", "中国工商银行营口站前支行", "营口沿海银行营业部"])
    c.extra["in_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    c.extra["badge"] = f"21080{rng.randint(2100, 2999)}"
    c.extra["court_acct"] = f"2108 0120 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    street = rng.choice(["东升街道", "跃进街道", "八田地街道", "建丰街道", "新兴街道"])
    t = tale(c)
    if t == "sea":
        goods = rng.choice(["盐渍海蜇皮", "冻南美白对虾", "盐渍海蜇头及冻对虾"])
        c.applicant = Party(f"营口{rng.choice(['辽滨', '渤海湾', '望儿山'])}海产食品有限公司", "organisation",
                            credit_code(rng, "210804"), f"辽宁省营口市鲅鱼圈区{rng.choice(['红旗镇', '芦屯镇'])}"
                            f"{rng.choice(['海星', '渔港'])}村{rng.randint(1, 9)}组", f"0417-62{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"营口{rng.choice(['港城', '冰川', '北辰'])}冷链仓储有限公司", "organisation",
                             credit_code(rng, "210802"), f"辽宁省营口市站前区{street}{rng.choice(['东升路', '跃进街'])}"
                             f"{rng.randint(10, 200)}号", f"0417-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = BAYU
        c.basis_number = f"（2023）辽0804民初{rng.randint(1200, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "仓储合同纠纷"
        c.extra["goods"] = goods
        c.extra["tons"] = rng.randint(18, 46)
        c.amount = Decimal(rng.randint(2600, 4800)) * 100 + Decimal(rng.randint(1, 99)) / 100
        c.extra["r_bank"] = rng.choice(["中国建设银行营口站前支行", "营口银行渤海大街支行"])
        c.extra["r_acct"] = f"2105{rng.randint(10**15, 10**16 - 1)}"
        c.extra["pay_day"] = c.day(rng.randint(14, 22))
    elif t == "deco":
        born = date(rng.randint(1968, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "210881", born),
                            f"辽宁省盖州市{rng.choice(['九寨镇', '团甸镇', '杨运镇'])}{rng.choice(['大岭', '东双台', '王官'])}村"
                            f"{rng.randint(1, 9)}组", f"135{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"营口{rng.choice(['锦绣华庭', '美家居', '恒美'])}装饰工程有限公司", "organisation",
                             credit_code(rng, "210802"), f"辽宁省营口市站前区{street}{rng.choice(['建设街', '西市路'])}"
                             f"{rng.randint(10, 200)}号{rng.randint(2, 9)}层", f"0417-28{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）辽0802民初{rng.randint(1500, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "劳务合同纠纷"
        c.extra["site"] = f"{rng.choice(['金泰城', '御景湾', '紫金城'])}小区{rng.randint(2, 30)}号楼"
        c.amount = Decimal(rng.randint(280, 650)) * 100
        c.extra["r_bank"] = "营口银行站前支行"
        c.extra["r_acct"] = f"2105{rng.randint(10**15, 10**16 - 1)}"
    else:
        c.applicant = Party(f"营口市站前区{rng.choice(['恒通', '金港', '鑫源'])}小额贷款有限公司", "organisation",
                            credit_code(rng, "210802"), f"辽宁省营口市站前区{street}渤海大街{rng.randint(10, 99)}号",
                            f"0417-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1972, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["210802", "210803"]), born),
                             f"辽宁省营口市站前区{street}{rng.choice(['盼盼路', '平安路', '新兴大街'])}{rng.randint(10, 99)}号"
                             f"{rng.randint(1, 6)}单元{rng.randint(101, 602)}室", f"159{rng.randint(10000000, 99999999)}",
                             born=born, sex=rng.choice("男女"))
        c.extra["shop"] = f"{c.respondent.name[0]}记海鲜烧烤"
        c.basis_court = NOTARY
        c.basis_number = f"（2023）营辽证经字第{rng.randint(300, 2999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(12, 30))
        c.extra["cause"] = "借款合同"
        c.extra["principal"] = Decimal(rng.randint(8, 20)) * 10000
        c.extra["cert_no"] = f"（2024）营辽证执字第{rng.randint(10, 190)}号"
        c.extra["loan_no"] = f"HT{c.filed_on.year - 1}{rng.randint(1000, 9999)}"
        c.amount = c.extra["principal"] + Decimal(rng.randint(400, 2600)) * 10
        c.extra["pay_day"] = c.day(rng.randint(44, 52))
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条第一项): 50 yuan up to 10,000, then 1.5 % up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "loan":
        return f"{NOTARY}{c.basis_number}公证书及{c.extra['cert_no']}执行证书"
    return f"{c.basis_court}{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def party_cell(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}\n住所地：{p.address}\n统一社会信用代码：{p.id_number}\n法定代表人：{p.legal_rep}"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}生，汉族\n住址：{p.address}\n公民身份号码：{p.id_number}"


def _paid_story(c: CaseCtx) -> str:
    if tale(c) == "sea":
        return (f"本院于{cn_date(made_on(c, 'enforcement_ruling'))}冻结被执行人在{c.extra['r_bank']}的账户，被执行人随即"
                f"于{cn_date(c.extra['pay_day'])}将全部执行款交至本院执行款专户。")
    return (f"双方于{cn_date(made_on(c, 'settlement_agreement'))}在本院主持下达成执行和解协议，被执行人按协议分两期履行，"
            f"于{cn_date(c.extra['pay_day'])}付清。")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    basis = basis_title(c)
    target = money(c.amount)
    if code == "acceptance_notice":
        return element_sheet(c, rng, "受理案件通知书", [
            ("受通知人", a.name), ("申请执行人", a.name), ("被执行人", r.name), ("执行依据", basis),
            ("申请标的", target), ("立案日期", cn_date(c.filed_on)),
            ("承办人员", f"执行员{c.officer}　书记员{c.clerk}　联系电话{c.court.phone}"),
            ("告知事项", "1.你方发现被执行人财产线索的，请及时书面告知本院；\n2.你方送达地址、收款账户变更的，应及时告知本院；"
                        "\n3.案件流程可通过“辽宁法院诉讼服务网”及12368热线查询。"),
        ], day=d, head="above")
    if code == "payment_notice":
        return element_sheet(c, rng, "交纳执行费通知书", [
            ("交费人", a.name), ("案　　由", f"申请执行{c.extra['cause']}" if tale(c) != "loan" else "申请执行公证债权文书"),
            ("执行标的", target), ("应交费用", f"申请执行费人民币{c.extra['fee']}元"),
            ("交费依据", "国务院《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项"),
            ("交费期限", "自收到本通知之次日起七日内"),
            ("交费方式", "■ 扫描缴款书二维码缴纳　□ 到代收银行柜台缴纳"),
            ("说　　明", "申请执行费由被执行人负担，执行中一并向被执行人收取后退还申请执行人。"),
        ], day=d, head="cell")
    if code == "enforcement_notice":
        return element_sheet(c, rng, "执行通知书", [
            ("被通知人", party_cell(r)), ("申请执行人", a.name), ("执行依据", basis),
            ("履行义务", f"1.向申请执行人{a.name}支付{target}；\n2.加倍支付迟延履行期间的债务利息；\n"
                        f"3.负担申请执行费人民币{c.extra['fee']}元。"),
            ("履行期限", "自收到本通知之日起立即履行"),
            ("履行方式", f"■ 交至本院执行款专户（营口银行站前支行，账号{c.extra['court_acct']}）　□ 直接向申请执行人支付"),
            ("法律依据", f"{LAW}第二百五十一条、第二百六十四条"),
            ("法律后果", "逾期不履行的，本院将依法强制执行，并可依法采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], day=d, signers=staff, head="cell")
    if code == "property_report_order":
        return element_sheet(c, rng, "报告财产令", [
            ("被报告人", party_cell(r)), ("执行依据", basis),
            ("报告事项", "当前以及收到执行通知之日前一年的财产情况：\n1.收入、银行存款、现金、理财产品、有价证券；\n2.土地使用权、房屋等"
                        "不动产；\n3.交通运输工具、机器设备、产品、原材料等动产；\n4.债权、股权、投资权益、基金份额、知识产权；\n"
                        "5.其他应当报告的财产。"),
            ("报告期限", "自收到本令之日起五日内，填写财产申报表交本院"),
            ("法律依据", f"{LAW}第二百五十二条；《最高人民法院关于民事执行中财产调查若干问题的规定》第三条至第五条"),
            ("法律后果", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院可以根据情节轻重予以罚款、拘留，并纳入失信被执行人"
                        "名单；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=staff, head="above")
    if code == "enforcement_ruling":
        if tale(c) == "sea":
            order = f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{target}。"
        elif tale(c) == "loan":
            order = f"冻结、划拨被执行人{r.name}名下银行存款、网络资金{target}，或查封、扣押其同等价值的其他财产。"
        else:
            order = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}及其他账户内存款，以{target}"
                     "为限；不足部分查封、扣押被执行人同等价值的其他财产。")
        return element_sheet(c, rng, "执行裁定书", [
            ("申请执行人", party_cell(a)), ("被执行人", party_cell(r)), ("执行依据", basis), ("执行标的", target),
            ("查明事实", f"本院于{cn_date(c.filed_on)}立案执行，并向被执行人送达执行通知书、报告财产令，被执行人未在指定期间内"
                        "履行义务。"),
            ("裁定事项", order), ("法律依据", f"{LAW}第二百五十三条、第二百五十四条、第二百五十五条"),
            ("生效时间", "本裁定立即执行"),
        ], day=d, signers=bench, head="cell")
    if code == "assistance_notice":
        bank = c.extra.get("r_bank") or rng.choice(["中国农业银行营口站前支行", "营口银行站前支行"])
        ask = (f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{target}，划至本院执行款专户。"
               if tale(c) == "sea" else f"冻结被执行人{r.name}（证照号码{r.id_number}）在你行开立的全部账户内存款，以{target}为限，"
               "冻结期限一年。")
        return element_sheet(c, rng, "协助执行通知书", [
            ("协助单位", bank), ("被执行人", r.name), ("执行依据", f"本院{c.number}执行裁定书"), ("协助事项", ask),
            ("执行人员", f"{c.officer}（工作证号{c.extra['badge']}）、{c.clerk}"),
            ("法律依据", f"{LAW}第二百五十三条"),
            ("回　　执", "协助单位办理后，请在回执联注明办理结果、盖章后交执行人员带回。"),
        ], day=d, number=c.number.replace("号", "号之一"), head="cell")
    if code == "closing_notice":
        return element_sheet(c, rng, "结案通知书", [
            ("受通知人", a.name), ("被执行人", r.name), ("执行依据", basis), ("执行标的", target),
            ("执行情况", _paid_story(c)),
            ("案款发放", f"{num_date(c.extra['pay_day'] + timedelta(days=3))}发放至申请执行人确认的{c.extra['in_bank']}账户"),
            ("结案方式", "执行完毕"),
            ("法律依据", "《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第（一）项"),
        ], day=d, head="above")
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "summons":
        return element_sheet(c, rng, "传票", [
            ("被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"), ("工作单位或住址", r.address),
            ("案　　由", f"{a.name}申请执行{c.extra['cause']}"), ("传唤事由", "接受执行调查，报告财产，说明未履行义务的原因"),
            ("应到时间", f"{cn_date(d + timedelta(days=6))}上午九时"), ("应到处所", "本院执行局二楼第三谈话室"),
            ("注意事项", "1.被传唤人必须准时到达，携带本传票和身份证件；\n2.无正当理由拒不到场的，本院可以依法拘传。"),
        ], day=d, signers=staff, head="above", label_w=mm(44))
    if code == "consumption_restriction_order":
        return element_sheet(c, rng, "限制消费令", [
            ("被限制消费人", f"{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}"),
            ("法定代表人", f"{r.legal_rep}（一并限制）"),
            ("执行依据", basis),
            ("限制原因", "被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务"),
            ("限制事项", "不得实施以下高消费及非生活和工作必需的消费行为：\n（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上"
                        "舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、"
                        "高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；"
                        "（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、"
                        "其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("法律依据", "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条"),
            ("违反后果", "违反本令的，经查证属实，依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, head="cell", wide=True, label_w=mm(40))
    if code == "dishonest_list_decision":
        return element_sheet(c, rng, "决定书", [
            ("被执行人", party_cell(r)), ("执行依据", basis), ("执行标的", target),
            ("失信情形", "1.有履行能力而拒不履行生效法律文书确定的义务；\n2.无正当理由拒不履行执行和解协议或拒不报告财产"
                        "（■ 拒不报告财产）。"),
            ("决定事项", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("法律依据", "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（六）项，第二条"),
            ("救济途径", "被执行人认为纳入失信名单错误的，可以向本院申请纠正。"),
        ], day=d, number=c.number.replace("号", "号之二"), head="cell", signers=staff)
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


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    seen = made_on(c, "investigation_record")
    return element_sheet(c, rng, "执行裁定书", [
        ("申请执行人", party_cell(a)), ("被执行人", party_cell(r)), ("执行依据", basis_title(c)),
        ("执行标的", money(c.amount)), ("已执行到位", "人民币0元"),
        ("财产调查情况", f"1.{cn_date(made_on(c, 'enforcement_notice'))}向被执行人送达执行通知书、报告财产令，被执行人逾期未报告"
                        f"财产；\n2.通过网络执行查控系统查询被执行人名下存款、车辆、不动产、证券、网络资金、股权，仅{c.extra['r_bank']}"
                        "账户余额百余元，已冻结，无其他可供执行财产；\n"
                        f"3.{cn_date(seen)}到被执行人住所地实地调查，该公司已人去楼空，办公场所由出租方收回；\n"
                        "4.已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。"),
        ("申请执行人意见", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人{a.name}，告知财产调查结果，"
                          "申请执行人暂不能提供其他财产线索，同意终结本次执行程序。"),
        ("裁定事项", f"终结本次执行程序。\n未执行到位金额：{money(c.amount)}。"),
        ("法律依据", f"{LAW}第二百六十八条第（六）项；《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条"),
        ("权利告知", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，不受申请执行时效期间的限制；被执行人仍负有继续"
                    "向申请执行人履行债务的义务。"),
        ("生效时间", "本裁定送达后立即生效"),
    ], day=d, signers=bench, head="cell", wide=True, label_w=mm(46))


QA = {
    "investigation_record": [
        ("问", "我们是站前区人民法院执行局的执行人员，这是我们的工作证。今天依法调查被执行人的财产情况，请你如实回答。"),
        ("答", "好的。"),
        ("问", "你和被执行人是什么关系？"),
        ("答", "我是这栋写字楼物业公司的经理，他们公司租的是这层的办公室。"),
        ("问", "被执行人现在还在这里办公吗？"),
        ("答", "去年十月份就不来了，欠了半年房租和物业费，电话也打不通，房东已经把房子收回去了。"),
        ("问", "办公室里还有他们的东西吗？"),
        ("答", "就剩几套旧桌椅和一些瓷砖样板，房东说要抵房租。"),
        ("问", "你是否知道被执行人有车辆、仓库或者正在施工的工地？"),
        ("答", "原来有一台面包车拉材料，早卖了。仓库和工地的事我不清楚。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是站前区人民法院执行局的工作人员，今天约你来，是告知案件的执行情况并听取你的意见，清楚吗？"),
        ("答", "清楚。"),
        ("问", "本院已通过网络执行查控系统查询被执行人的存款、车辆、不动产、证券、网络资金和股权，只有一个账户有百余元余额，"
               "已冻结；到被执行人办公地点实地调查，公司已经人去楼空。你对调查结果有无异议？"),
        ("答", "没有异议，我去找过，确实没人了。"),
        ("问", "你能否提供被执行人其他财产线索，比如在建的工地、应收的工程款？"),
        ("答", "我知道他们在开发区还干过一个活，但不知道是哪个小区，提供不了。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。目前没有可供执行的财产，本院拟终结"
               "本次执行程序，你是否同意？"),
        ("答", "同意。以后找到他们的财产，我再申请恢复执行。"),
        ("问", "终本后发现财产线索的，可以随时申请恢复执行，不受申请执行时效限制。你还有什么要说的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 on the bureau's ruled record paper: an element grid of who, when and where at the top, then 问/答 typed on
    the ruled lines; the person heard signs each page in the margin at the foot."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    sheets = [Sheet()]
    s = sheets[0]
    y = form_title(s, title, issuer=COURT)
    x0, x1 = EDGE + mm(6), s.width - EDGE
    w = x1 - x0
    f = body(34)
    place = "本院执行局第二谈话室" if interview else c.respondent.address
    rows = [["时　间", f"{num_date(d)} 9:20—10:05", "地　点", place],
            ["执行人员", c.officer, "记录人", c.clerk],
            ["被谈话人" if interview else "被调查人", f"{who}（申请执行人）" if interview else f"{who}（物业公司经理）"],
            ["案　号", c.number]]
    boxes = rows_grid(s, x0, y, [mm(26), mm(64), mm(22), w - mm(112)], rows, heights=mm(13), f=f, shaded=(0, 2))
    y = boxes[-1][0][3] + mm(8)
    lead = mm(9.4)
    tf = body(37)
    signer = who

    def rule_page(sh: Sheet, top: float) -> None:
        yy = top + lead - 8
        while yy < sh.height - mm(34):
            sh.line(x0, yy, x1, yy, width=1, fill=(150, 150, 150))
            yy += lead

    def foot(sh: Sheet) -> None:
        sh.text(x1 - mm(78), sh.height - mm(28), "被询问人：", label(32))
        hand(sh, x1 - mm(46), sh.height - mm(31), signer, rng, size=48, ink=(30, 30, 30))

    rule_page(s, y)
    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, tf, w - mm(14))):
            if y + lead > s.height - mm(38):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = TOP
                rule_page(s, y)
            if k == 0:
                s.text(x0, y, f"{tag}：", font("hei", 38))
            s.text(x0 + mm(13), y, part, tf)
            y += lead
    if y + lead * 2 + 30 > s.height - mm(38):
        foot(s)
        s = Sheet()
        sheets.append(s)
        y = TOP
    s.text(x0, y + 10, "（以上笔录经被询问人阅读，确认无误。）", body(32))
    hand(s, x0 + mm(10), y + lead + 20, "以上记录我看过，与我说的相符。", rng, size=44, ink=(30, 30, 30))
    foot(s)
    return folio(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    x0, x1 = EDGE + mm(6), s.width - EDGE
    w = x1 - x0
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    s.text(x0, y - mm(3), f"案号：{c.number}", body(34))
    y += mm(8)
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "承办人", f"{c.officer}（书记员{c.clerk}）"],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{done:,.2f}元"],
            ["结案方式", f"■ {how}　□ 终结执行　□ 不予执行　□ 驳回申请" if not ttr else f"□ 执行完毕　■ {how}　□ 终结执行"],
            ["承办人意见", ""], ["合议庭意见", ""], ["局长意见", ""]]
    hs = [mm(15), mm(15), mm(15), mm(15), mm(15), mm(50), mm(32), mm(32)]
    boxes = rows_grid(s, x0, y, [mm(32), mm(58), mm(26), w - mm(116)], rows, heights=hs, f=body(32), shaded=(0, 2))
    op, panel, chief = boxes[5][1], boxes[6][1], boxes[7][1]
    view = ("经网络查控及实地调查，被执行人无可供执行财产，已限制消费、纳入失信名单，申请执行人同意终本，建议终结本次执行程序。"
            if ttr else "被执行人已全部履行，案款已发放申请执行人，建议以执行完毕方式结案。")
    pen(s, op[0] + mm(4), op[1] + mm(4), view, rng, size=38, per_line=20)
    pen(s, op[2] - mm(62), op[3] - mm(11), f"{c.officer} {d.month}.{d.day}", rng, size=36)
    pen(s, panel[0] + mm(4), panel[1] + mm(6), "同意承办人意见。", rng, size=40)
    pen(s, panel[2] - mm(50), panel[3] - mm(11), c.judge, rng, size=38)
    pen(s, chief[0] + mm(4), chief[1] + mm(6), f"同意，按{how}结案。", rng, size=40, ink=(20, 20, 20))
    pen(s, chief[2] - mm(50), chief[3] - mm(11), person_name(rng), rng, size=38, ink=(20, 20, 20))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 as an element grid too: the papers served listed as rows of their own with a count column."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    x0, x1 = EDGE + mm(6), s.width - EDGE
    w = x1 - x0
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    rows = [["案　号", c.number], ["受送达人", who.name], ["送达地址", who.address]]
    rows += [["送达文书" if k == 0 else "", f"{NAMES.get(x, x)}（{c.number}）", "壹份"] for k, x in enumerate(served)]
    rows += [["受送达人签名", ""], ["签收日期", ""], ["送达方式", "■ 直接送达　□ 留置送达　□ 邮寄送达　□ 电子送达"],
             ["送达人", ""], ["代收人及代收理由", ""], ["备　考", ""]]
    hs = [mm(15)] * 3 + [mm(14)] * len(served) + [mm(26), mm(15), mm(15), mm(15), mm(18), mm(22)]
    boxes = rows_grid(s, x0, y, [mm(44), w - mm(74), mm(30)], rows, heights=hs, f=body(34))
    k = 3 + len(served)
    sign_box, date_box, by_box = boxes[k][1], boxes[k + 1][1], boxes[k + 3][1]
    if who.kind == "organisation":
        signer = who.legal_rep if rng.random() < 0.5 else person_name(rng)
    else:
        signer = who.name
    pen(s, sign_box[0] + mm(16), sign_box[1] + mm(8), signer, rng, size=54)
    pen(s, date_box[0] + mm(10), date_box[1] + mm(3), num_date(when), rng, size=40)
    pen(s, by_box[0] + mm(10), by_box[1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40, ink=(25, 25, 25))
    if who.kind == "organisation":
        seal(s, sign_box[2] - mm(42), sign_box[1] + mm(12), who.name, rng, radius=mm(17))
    s.text(x0, boxes[-1][0][3] + 20, "注：受送达人拒绝签收的，送达人应在备考栏注明情况，并由见证人签名。", body(28))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's cover: the court and 执行案卷 in a double frame, the particulars in a label/value grid filled by pen,
    the 全宗号/目录号/案卷号 row under them."""
    s = Sheet(paper=(238, 236, 228))
    x0, x1 = EDGE, s.width - EDGE
    s.box(x0, mm(16), x1, s.height - mm(16), width=6, outline=RULE)
    s.box(x0 + 14, mm(16) + 14, x1 - 14, s.height - mm(16) - 14, width=2, outline=RULE)
    s.centred(mm(34), COURT, font("sans_bold", 58), spacing=6)
    s.centred(mm(56), "执 行 案 卷", font("hei", 120), spacing=30)
    ttr = c.method == "terminated_this_round"
    rows = [("案　号", c.number), ("案　由", c.extra["cause"] if tale(c) != "loan" else "公证债权文书"),
            ("申请执行人", c.applicant.name), ("被执行人", c.respondent.name), ("执行依据", basis_title(c)),
            ("执行标的", f"{c.amount:,.2f}元"), ("结案方式", "终结本次执行程序" if ttr else "执行完毕"),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("承办人", c.officer),
            ("书记员", c.clerk), ("保管期限", "长期"), ("本卷页数", f"共{rng.randint(52, 74)}页")]
    gx0, gx1 = x0 + mm(14), x1 - mm(14)
    hs = [mm(16) if k == "执行依据" else mm(10) for k, _ in rows]
    boxes = rows_grid(s, gx0, mm(84), [mm(40), gx1 - gx0 - mm(40)], [[k, ""] for k, _ in rows], heights=hs, f=body(34))
    for (_k, v), row in zip(rows, boxes, strict=True):
        b = row[1]
        pen(s, b[0] + mm(5), b[1] + mm(1.5), v, rng, size=32, per_line=24, ink=(22, 22, 22))
    yb = boxes[-1][0][3] + mm(7)
    grid = rows_grid(s, gx0 + mm(20), yb, [mm(40), mm(40), mm(40)], [["全宗号", "目录号", "案卷号"], ["", "", ""]],
                     heights=[mm(10), mm(12)], f=body(30), shaded=(0, 1, 2))
    for b, v in zip(grid[1], ["156", str(c.filed_on.year), str(rng.randint(120, 880))], strict=True):
        pen(s, b[0] + mm(10), b[1] + mm(2), v, rng, size=36, ink=(22, 22, 22))
    s.text(gx0, grid[1][0][3] + mm(8), f"立卷人：{c.clerk}　　　立卷日期：{num_date(d)}", body(34))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """卷内目录 on a landscape sheet: 顺序号 / 文号 / 责任者 / 题名 / 日期 / 页号 / 备注."""
    s = landscape()
    y = form_title(s, "卷内目录", issuer="")
    x0, x1 = EDGE, s.width - EDGE
    s.text(x0, y - mm(4), f"案号：{c.number}", body(32))
    y += mm(6)
    n1 = c.number.replace("号", "号之一")
    items = [("enforcement_application", "", "申请执行人", "执行申请书"),
             ("enforcement_basis", c.basis_number, c.basis_court, "民事判决书"),
             ("effectiveness_certificate", c.basis_number.replace("号", "号之一"), c.basis_court, "生效证明书"),
             ("property_clue_form", "", "申请执行人", "财产线索表"), ("fee_receipt", "", "营口市站前区财政局", "非税收入缴款书"),
             ("identity_proof", "", "申请执行人", "营业执照、法定代表人身份证明"),
             ("identity_proof", "", "被执行人", "营业执照（被执行人）"), ("power_of_attorney", "", "申请执行人", "授权委托书"),
             ("law_firm_letter", "", c.firm, "律师事务所函"), ("lawyer_license", "", c.firm, "律师执业证复印件"),
             ("payment_account_confirmation", "", "申请执行人", "收款账户确认书"),
             ("service_address_confirmation", "", "申请执行人", "送达地址确认书"),
             ("acceptance_notice", c.number, "本院", "受理案件通知书"), ("payment_notice", c.number, "本院", "交纳执行费通知书"),
             ("enforcement_notice", c.number, "本院", "执行通知书"), ("property_report_order", c.number, "本院", "报告财产令"),
             ("property_declaration_form", "", "被执行人", "财产申报表"), ("online_inquiry_result", "", "本院", "网络查控反馈结果"),
             ("enforcement_ruling", c.number, "本院", "执行裁定书"), ("assistance_notice", n1, "本院", "协助执行通知书"),
             ("payment_voucher", "", "营口银行", "业务回单"), ("closing_notice", c.number, "本院", "结案通知书"),
             ("closing_approval_form", "", "本院", "结案审批表"), ("service_receipt", "", "本院", "送达回证（四份）"),
             ("file_review_form", "", "本院", "卷宗复核表")]
    rows = [["顺序号", "文　号", "责任者", "题　名", "日　期", "页号", "备注"]]
    page = 1
    for i, (code, no, maker, name) in enumerate(items, 1):
        when = made_on(c, "closing_notice" if code == "service_receipt" else code)
        if code == "enforcement_basis":
            when = c.basis_effective - timedelta(days=20)
        elif code == "effectiveness_certificate":
            when = c.basis_effective
        rows.append([str(i), no, maker, name, f"{when:%Y.%m.%d}", str(page), ""])
        page += 3 if name == "民事判决书" else 2 if name in ("执行申请书", "网络查控反馈结果", "执行裁定书") else 1
    widths = [mm(18), mm(62), mm(46), mm(70), mm(30), mm(16), x1 - x0 - mm(242)]
    boxes = rows_grid(s, x0, y, widths, rows, heights=mm(5.6), f=body(24), shaded=())
    for row in boxes[:1]:
        for b in row:
            s.box(b[0], b[1], b[2], b[3], width=3, outline=RULE)
    pen(s, x1 - mm(90), s.height - mm(16), f"立卷人 {c.clerk}  {num_date(d)}", rng, size=32)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    x0, x1 = EDGE + mm(6), s.width - EDGE
    w = x1 - x0
    points = ["立案、结案材料齐全", "执行依据及生效证明齐全", "法律文书送达回证齐全", "执行款收付凭证完备", "卷内文书无空白项",
              "卷内目录与材料一致", "页号编写连续准确", "电子卷宗同步生成并上传"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)], ["复核项目", "复核结果"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(34), mm(16)]
    boxes = rows_grid(s, x0, y, [mm(84), w - mm(84)], rows, heights=hs, f=body(34))
    for row in boxes[4:4 + len(points)]:
        pen(s, row[1][0] + mm(12), row[1][1] + mm(2), "■ 是　□ 否", rng, size=36)
    pen(s, boxes[-2][1][0] + mm(6), boxes[-2][1][1] + mm(8), "经复核，卷宗材料齐全，同意归档。", rng, size=40)
    pen(s, boxes[-1][1][0] + mm(6), boxes[-1][1][1] + mm(3), f"{person_name(rng)}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内备考表", issuer="")
    x0, x1 = EDGE + mm(6), s.width - EDGE
    s.text(x0, y - mm(3), f"案号：{c.number}", body(34))
    y += mm(8)
    s.box(x0, y, x1, s.height - mm(36), width=3, outline=RULE)
    s.text(x0 + mm(6), y + mm(6), "本卷情况说明", font("hei", 40))
    for k in range(1, 16):
        s.line(x0 + mm(6), y + mm(10) + k * mm(11), x1 - mm(6), y + mm(10) + k * mm(11), width=1, fill=(160, 160, 160))
    n = rng.randint(52, 74)
    yy = pen(s, x0 + mm(10), y + mm(13.5), f"本卷共有文件材料{n - 4}件，共{n}页（不含封面、目录、备考表）。", rng, size=40)
    yy = pen(s, x0 + mm(10), yy + mm(5.5) - 10, "案款已全部发放，无遗留事项。" if c.method == "fully_performed" else
             "本案终结本次执行程序。", rng, size=40)
    base = s.height - mm(100)
    for k, (what, who) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(x0 + mm(90), base + k * mm(17), f"{what}：", body(38))
        pen(s, x0 + mm(124), base + k * mm(17) - 6, who, rng, size=42)
    return [s]
