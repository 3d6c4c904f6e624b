"""court_cp: 湖北省荆州市沙市区人民法院 (鄂1002). Three 2025 files: a fish-feed maker's 荆州仲裁委员会 award
against a fish farm, settled by instalments and archived; a 荆州中院 二审 sales judgment against a decoration
company and its sole shareholder, closed 终本; a car loan's 公证债权文书 with the notary's 执行证书, paid after
the debtor's account was frozen. The court's own papers are drawn here, the received ones in court_cp_papers."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, cn_number, credit_code, id_number, money, num_date
from dossier.corpus.draw import A4, Sheet, hand, mm, seal, table
from dossier.corpus.families.court_cp_kit import COURT, LM, RM, TM, Pager, body_font, court_head, court_sign
from dossier.corpus.families.court_cp_papers import RECEIVED, paper
from dossier.corpus.fonts import font

FEED_SEQ, SHOP_SEQ, CAR_SEQ = 82137, 82468, 82795
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "interview_record",
    "investigation_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "payment_voucher",
})
CODES = OWN | RECEIVED
CPL = "《中华人民共和国民事诉讼法》"
TITLES = {
    "acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "payment_notice": "缴款通知书",
    "enforcement_ruling": "执行裁定书（冻结、划拨）", "closing_notice": "结案通知书",
}
CLERKS = ["覃晓雯", "邓雅琪", "黄梦瑶", "向婷婷", "胡思远"]
OFFICERS = ["郑家兴", "肖明辉", "杜长江", "万一鸣", "卢启航"]
JUDGES = ["田志平", "雷德胜", "汪丽君", "周楚阳"]
FILED = (("执行申请书", 1), ("仲裁裁决书", 2), ("仲裁裁决生效证明", 1), ("财产线索表", 1), ("收费票据", 1), ("身份证明材料", 2),
         ("授权委托书、所函、执业证", 3), ("收款账户确认书、送达地址确认书", 2), ("受理案件通知书、缴款通知书", 2),
         ("执行通知书、报告财产令、财产申报表", 3), ("网络查控结果", 1), ("执行裁定书、协助执行通知书", 3), ("执行和解协议", 1),
         ("案款发放凭证", 1), ("结案通知书、结案审批表", 2), ("送达回证", 2))
"""the archived file's catalogue: what the clerk bound, and how many pages each item took"""
BOUND = sum(n for _, n in FILED)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Move the case to 沙市 in 2025 and give it its story (chosen by the sequence number)."""
    shift = timedelta(days=371)
    c.filed_on, c.closed_on = c.filed_on + shift, c.closed_on + shift
    c.number = c.number.replace("（2024）", "（2025）")
    c.judge, c.officer, c.clerk = rng.choice(JUDGES), rng.choice(OFFICERS), rng.choice(CLERKS)
    c.firm = rng.choice(["湖北荆沙律师事务所", "湖北楚都律师事务所", "湖北江陵明理律师事务所"])
    c.agent = rng.choice(["严俊峰", "柳卫东", "龚思雨", "熊海波"])
    c.extra["cp_firm_addr"] = f"荆州市沙市区{rng.choice(['江津东路', '北京中路', '塔桥路'])}{rng.randint(20, 420)}号"
    c.extra["cp_lic"] = f"14210{rng.randint(2005, 2019)}1{rng.randint(1000000, 9999999)}"
    c.extra["cp_bank_acct"] = f"4200{rng.randint(10**15, 10**16 - 1)}"
    c.extra["cp_cert_no"] = f"{rng.randint(10, 99)}"
    story = next((name for seq, name in ((SHOP_SEQ, "shop"), (CAR_SEQ, "car")) if c.number.endswith(f"{seq}号")), "feed")
    c.extra["cp_story"] = story
    streets = ["胜利街道", "中山街道", "崇文街道", "解放街道", "朝阳街道"]
    if story == "feed":
        c.applicant = Party("荆州市渔丰源饲料有限公司", "organisation", credit_code(rng, "421002"),
                            f"荆州市沙市区岑河镇{rng.choice(['农场路', '工业园路'])}{rng.randint(3, 88)}号",
                            f"0716-84{rng.randint(10000, 99999)}", legal_rep=rng.choice(["罗成军", "陶建华"]))
        c.respondent = Party("荆州市荆州区鑫湖水产养殖专业合作社", "organisation", credit_code(rng, "421003"),
                             f"荆州市荆州区{rng.choice(['李埠镇', '川店镇', '马山镇'])}{rng.choice(['菱角湖村', '三湖村'])}"
                             f"{rng.randint(1, 9)}组", f"1387{rng.randint(1000000, 9999999)}",
                             legal_rep=rng.choice(["付长林", "鲁大勇"]))
        c.basis_kind = "arbitration"
        c.basis_court = "荆州仲裁委员会"
        c.basis_number = f"（2024）荆仲裁字第{rng.randint(120, 980)}号"
        c.amount = Decimal(rng.randint(26000000, 58000000)) / 100
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cp_feed_tons"] = rng.randint(60, 140)
        first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        second = (c.amount * Decimal("0.3")).quantize(Decimal("1"))
        c.extra["cp_parts"] = [(c.day(22), first), (c.day(45), second), (c.day(66), c.amount - first - second)]
    elif story == "shop":
        born = date(rng.randint(1968, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(rng.choice(["张春林", "彭德安", "喻建军"]), "person", id_number(rng, "421002", born),
                            f"荆州市沙市区{rng.choice(streets)}{rng.choice(['便河西路', '园林路'])}{rng.randint(2, 99)}号",
                            f"1397{rng.randint(1000000, 9999999)}", born=born, sex="男")
        c.respondent = Party("荆州市沙市区鼎盛嘉园装饰工程有限公司", "organisation", credit_code(rng, "421002"),
                             f"荆州市沙市区{rng.choice(['江汉北路', '长港路'])}{rng.randint(10, 300)}号",
                             f"0716-83{rng.randint(10000, 99999)}", legal_rep=rng.choice(["邹国栋", "易振宇"]))
        sb = date(rng.randint(1975, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.extra["cp_holder"] = Party(c.respondent.legal_rep, "person", id_number(rng, "421003", sb),
                                     f"荆州市荆州区{rng.choice(['荆北路', '北京西路'])}{rng.randint(100, 600)}号",
                                     f"1357{rng.randint(1000000, 9999999)}", born=sb, sex="男")
        c.basis_kind = "judgment"
        c.basis_court = "湖北省荆州市中级人民法院"
        c.basis_number = f"（2024）鄂10民终{rng.randint(1200, 3999)}号"
        c.extra["cp_first"] = f"（2024）鄂1002民初{rng.randint(1000, 6999)}号"
        c.amount = Decimal(rng.randint(9000000, 31000000)) / 100
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 70))
    else:
        born = date(rng.randint(1980, 1996), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party("湖北荆楚农村商业银行股份有限公司沙市支行", "organisation", credit_code(rng, "421002"),
                            f"荆州市沙市区{rng.choice(['红门路', '豉湖路'])}{rng.randint(10, 200)}号",
                            f"0716-82{rng.randint(10000, 99999)}", legal_rep=rng.choice(["魏立平", "蒋红霞"]))
        c.respondent = Party(rng.choice(["唐小军", "胡志鹏", "秦浩然"]), "person", id_number(rng, "421081", born),
                             f"湖北省石首市{rng.choice(['笔架山街道', '绣林街道'])}{rng.choice(['江汉路', '东岳山路'])}"
                             f"{rng.randint(2, 180)}号", f"1828{rng.randint(1000000, 9999999)}", born=born, sex="男")
        c.basis_kind = "notarial"
        c.basis_court = "湖北省荆州市荆楚公证处"
        c.basis_number = f"（2023）鄂荆州荆楚证字第{rng.randint(1000, 8999)}号"
        c.extra["cp_exec_cert"] = f"（2025）鄂荆州荆楚证执字第{rng.randint(10, 99)}号"
        c.amount = Decimal(rng.randint(8500000, 19000000)) / 100
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(12, 30))
        c.extra["cp_car"] = rng.choice(["比亚迪秦PLUS", "吉利星瑞", "长安CS75PLUS"])
        c.extra["cp_plate"] = f"鄂D{rng.choice('ABCEF')}{rng.randint(1000, 9999)}{rng.choice('KMNPQ')}"
        c.extra["cp_resp_bank"] = rng.choice(["中国农业银行石首支行", "中国邮政储蓄银行石首市支行"])
        c.extra["cp_resp_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.extra["cp_fee"] = (c.amount * Decimal("0.005") + Decimal("1800")).quantize(Decimal("0.01")) if c.amount > 100000 \
        else (c.amount * Decimal("0.01") + Decimal("800")).quantize(Decimal("0.01"))
    c.extra["cp_paid_on"] = c.day(rng.randint(26, 34))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    out = [("l", f"申请执行人：{a.name}，住所地{a.address}。" if a.kind == "organisation"
            else f"申请执行人：{a.name}，{a.sex}，{num_date(a.born or c.filed_on)}出生，住{a.address}。")]
    if a.kind == "organisation":
        out.append(("l", f"法定代表人（负责人）：{a.legal_rep}。"))
    out.append(("l", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    if r.kind == "organisation":
        out += [("l", f"被执行人：{r.name}，住所地{r.address}。"), ("l", f"法定代表人：{r.legal_rep}。")]
    else:
        out.append(("l", f"被执行人：{r.name}，{r.sex}，{num_date(r.born or c.filed_on)}出生，住{r.address}。"))
    holder = c.extra.get("cp_holder")
    if isinstance(holder, Party):
        out.append(("l", f"被执行人：{holder.name}，男，{num_date(holder.born or c.filed_on)}出生，住{holder.address}。"))
    return out


def _basis(c: CaseCtx) -> str:
    kind = {"arbitration": "裁决书", "notarial": "公证债权文书", "judgment": "民事判决书"}[c.basis_kind]
    extra = f"及{c.extra['cp_exec_cert']}执行证书" if "cp_exec_cert" in c.extra else ""
    return f"{c.basis_court}{c.basis_number}{kind}{extra}"


def _respondents(c: CaseCtx) -> str:
    holder = c.extra.get("cp_holder")
    return c.respondent.name + (f"、{holder.name}" if isinstance(holder, Party) else "")


def _bench(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判长", c.judge), ("审判员", c.officer)] if c.extra["cp_story"] == "shop" else [("审判员", c.judge)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code in ("closing_approval_form", "file_review_form", "dossier_cover", "catalogue", "remarks_sheet"):
        return _forms(code, c, rng)
    if code in ("interview_record", "investigation_record"):
        return _record(code, c, rng)
    if code == "payment_voucher":
        return _voucher(c, rng)
    story = c.extra["cp_story"]
    p = Pager(f=body_font())
    resp = _respondents(c)
    due = money(c.amount)
    day = c.day(2)
    bench: list[tuple[str, str]] = [("执行员", c.officer)]
    paras: list[tuple[str, str]]
    title = "执行通知书"
    to: str = resp
    if code == "acceptance_notice":
        title, to, day = "受理案件通知书", c.applicant.name, c.day(1)
        paras = [("t", f"你（单位）申请执行{_basis(c)}一案，本院经审查，符合立案条件，已于{num_date(c.filed_on)}立案执行，"
                       f"案号为{c.number}。本案由{c.officer}承办，书记员{c.clerk}，联系电话{c.court.phone}。"),
                 ("t", "请在收到本通知后及时向本院提供被执行人的财产线索；案款将转入你方确认的收款账户。"),
                 ("t", "特此通知。")]
    elif code == "payment_notice":
        title, to = "缴款通知书", c.applicant.name
        paras = [("t", f"你（单位）申请执行{resp}一案，依照《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项的规定，"
                       f"应交纳申请执行费{money(c.extra['cp_fee'])}。该费用由被执行人负担，可在执行到位款中优先扣收。"),
                 ("t", "收款单位：荆州市沙市区人民法院（诉讼费专户）；开户行：中国工商银行荆州沙市支行。"),
                 ("t", "请于七日内交纳，逾期不交又不申请缓交的，按撤回执行申请处理。")]
    elif code == "enforcement_notice":
        paras = [("t", f"{c.applicant.name}申请执行{_basis(c)}一案，本院于{num_date(c.filed_on)}立案执行。依照{CPL}"
                       f"第二百五十一条、第二百六十四条的规定，责令你（单位）立即履行下列义务："),
                 ("t", f"一、支付{due}及该法律文书确定的利息；"),
                 ("t", "二、加倍支付迟延履行期间的债务利息；"),
                 ("t", f"三、负担申请执行费{c.extra['cp_fee']:,.2f}元。"),
                 ("t", "逾期不履行的，本院将依法强制执行，并可对你（单位）采取限制消费、纳入失信被执行人名单等措施。")]
    elif code == "property_report_order":
        title = "报告财产令"
        paras = [("t", f"本院立案执行{c.applicant.name}与{resp}{'买卖合同纠纷' if story != 'car' else '金融借款'}一案，"
                       f"依照{CPL}第二百五十二条的规定，责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
                 ("t", "应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、"
                       "机器设备等动产；债权、股权、投资权益、基金份额；其他应当报告的财产。"),
                 ("t", "拒绝报告、虚假报告或无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
                 ("l", "附：财产申报表一份。")]
    elif code == "enforcement_ruling":
        title, to, day = "执行裁定书", "", c.day(9 if story == "car" else 12)
        acct = (f"被执行人{c.respondent.name}在{c.extra['cp_resp_bank']}账号{c.extra['cp_resp_acct']}账户内的存款"
                if story == "car" else f"被执行人{resp}名下的银行存款")
        paras = [*_parties(c),
                 ("t", f"{c.applicant.name}与{resp}纠纷一案，{_basis(c)}已经发生法律效力。申请执行人向本院申请执行，本院于"
                       f"{num_date(c.filed_on)}立案。被执行人未按执行通知履行义务。依照{CPL}第二百五十三条的规定，裁定如下："),
                 ("t", f"冻结、划拨{acct}，以{due}为限；冻结期限为一年。"),
                 ("t", "本裁定立即执行。")]
        bench = [("审判员", c.judge)]
    elif code == "assistance_notice":
        bank = c.extra.get("cp_resp_bank", "中国农业银行荆州分行营业部")
        title, to, day = "协助执行通知书", bank, c.day(9 if story == "car" else 12)
        paras = [("t", f"关于{c.applicant.name}与{resp}纠纷一案，本院作出的{c.number}执行裁定书已经发生法律效力。依照"
                       f"{CPL}第二百五十三条的规定，请协助执行下列事项："),
                 ("t", f"冻结被执行人{c.respondent.name}在你行开立的账户（账号{c.extra.get('cp_resp_acct', '以查询结果为准')}）"
                       f"内存款，冻结金额以{due}为限，冻结期限一年。"),
                 ("t", "冻结后请将回执送交本院执行员。")]
    elif code == "summons":
        title, to, day = "传票", "", c.day(30)
        holder = c.extra.get("cp_holder")
        who = holder.name if isinstance(holder, Party) else c.respondent.name
        t = c.day(37)
        return _summons(c, rng, who, t, day)
    elif code == "consumption_restriction_order":
        holder = c.extra.get("cp_holder")
        person = served == ["shareholder"] and isinstance(holder, Party)
        title, to, day = "限制消费令", "", c.day(16)
        whom = (f"被执行人{holder.name}" if person and isinstance(holder, Party)
                else f"被执行人{c.respondent.name}及其法定代表人{c.respondent.legal_rep}")
        paras = [("l", f"被限制人：{holder.name if person and isinstance(holder, Party) else c.respondent.name}"),
                 ("t", f"本院于{num_date(c.filed_on)}立案执行{c.applicant.name}申请执行{resp}买卖合同纠纷一案。因被执行人未按执行通知书"
                       f"指定的期间履行生效法律文书确定的给付义务，依照{CPL}第二百六十六条和《最高人民法院关于限制被执行人高消费及"
                       "有关消费的若干规定》第一条、第三条的规定，对" + whom + "采取限制消费措施，限制其实施下列高消费及非生活和工作必需的消费行为："),
                 ("t", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                       "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；"
                       "（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、"
                       "其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
                 ("t", "如违反本限制消费令，经查证属实的，依照民事诉讼法的规定予以拘留、罚款；情节严重构成犯罪的，依法追究刑事责任。")]
        bench = [("院　长", "邱建华")]
    elif code == "dishonest_list_decision":
        holder = c.extra.get("cp_holder")
        person = served == ["shareholder"] and isinstance(holder, Party)
        title, to, day = "决定书", "", c.day(17)
        name = holder.name if person and isinstance(holder, Party) else c.respondent.name
        paras = [("l", f"被执行人：{name}。"),
                 ("t", f"本院在执行{c.applicant.name}申请执行{resp}买卖合同纠纷一案中，被执行人{name}未履行生效法律文书确定的义务，"
                       "收到报告财产令后无正当理由拒不报告财产，违反财产报告制度。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》"
                       "第一条第（四）项、第二条的规定，决定如下："),
                 ("t", f"将{name}纳入失信被执行人名单，期限二年。"),
                 ("t", "本决定一经作出即生效。被执行人认为将其纳入失信名单错误的，可向本院申请纠正。")]
        bench = [("审判员", c.judge)]
    elif code == "termination_this_round_ruling":
        title, to, day = "执行裁定书", "", c.closed_on - timedelta(days=4)
        paras = [*_parties(c),
                 ("t", f"本院在执行{c.applicant.name}与{resp}买卖合同纠纷一案中，{_basis(c)}确定被执行人连带支付货款{due}。"
                       "本院立案后向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，亦未如实报告财产。"),
                 ("t", "本院通过网络执行查控系统查询了被执行人名下的存款、车辆、不动产、证券、网络资金等，冻结的账户余额合计不足千元，"
                       "无其他可供执行的财产；经实地调查申请执行人提供的线索，亦未发现可供执行财产。本院已对两被执行人发出限制消费令，"
                       "并纳入失信被执行人名单。申请执行人已知悉本案执行情况，同意终结本次执行程序。"),
                 ("t", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
                 ("t", "终结本次执行程序。"),
                 ("t", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
                 ("t", "本裁定送达后立即生效。")]
        bench = _bench(c)
    else:  # closing_notice
        title, to, day = "结案通知书", c.applicant.name, c.closed_on
        how = ("双方达成执行和解协议，被执行人已按协议分期履行完毕" if story == "feed"
               else "被执行人账户被冻结后已主动缴清全部执行款")
        paras = [("t", f"本院受理的申请执行人{c.applicant.name}与被执行人{resp}纠纷一案（{c.number}），{how}，"
                       f"执行款已发放申请执行人。本案于{num_date(c.closed_on)}以执行完毕方式结案。"),
                 ("t", "特此通知。")]
    y = court_head(p.s, title, c.number if code != "assistance_notice" else c.number.replace("号", "之一号"))
    p.y = y
    if to:
        p.put([("l", f"{to}：")])
    p.put(paras)
    if code in ("acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "assistance_notice",
                "closing_notice"):
        p.room(mm(50))
        p.y += mm(8)
        p.s.right(RM - mm(4), p.y, cn_date(day), p.f)
        seal(p.s, RM - mm(28), p.y + mm(3), COURT, rng, radius=mm(20))
        p.y += mm(12)
        p.s.text(LM, p.y, f"承办人：{c.officer}　　联系电话：{c.court.phone}", font("ming", mm(4.2)))
        p.y += mm(8)
        p.s.text(LM, p.y, f"本院地址：{c.court.address}", font("ming", mm(4.2)))
    else:
        court_sign(p, c, day, rng, bench=bench, sealed=True)
    return p.finish()


def _summons(c: CaseCtx, rng: random.Random, who: str, when: date, made: date) -> list[Sheet]:
    """A 传票 on the court's printed form (a wide table, A4)."""
    s = Sheet()
    y = court_head(s, "传　　票", "")
    f = font("ming", mm(4.8))
    rows = [["案号", c.number], ["案由", "买卖合同纠纷（执行）"], ["被传唤人", who],
            ["工作单位或住址", c.extra["cp_holder"].address if "cp_holder" in c.extra else c.respondent.address],
            ["传唤事由", "接受执行询问、报告财产"],
            ["应到时间", f"{num_date(when)}上午9时00分"], ["应到处所", "本院执行局二楼第三执行团队办公室"]]
    y = table(s, LM, y, [mm(46), RM - LM - mm(46)], rows, f, row_h=mm(15), centre_first=True)
    y += mm(8)
    for line in ["注意事项：", "1．被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                 "2．被传唤人无正当理由拒不到场的，本院可以依法拘传。"]:
        s.text(LM, y, line, font("ming", mm(4.3)))
        y += mm(8)
    s.right(RM - mm(6), y + mm(10), cn_date(made), f)
    seal(s, RM - mm(30), y + mm(12), COURT, rng, radius=mm(20))
    s.text(LM, y + mm(32), f"审判员（执行员）　{c.officer}　　书记员　{c.clerk}", f)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the court's printed form, hand-filled; the receiver signs in ink."""
    s = Sheet()
    s.centred(TM, COURT, font("serif_bold", mm(6.8)))
    s.centred(TM + mm(12), "送 达 回 证", font("hei", mm(9)))
    f = font("ming", mm(4.8))
    docs = "、".join(TITLES.get(x, x) for x in served) or "执行通知书"
    final = any(x in ("termination_this_round_ruling",) for x in served)
    if served == ["acceptance_notice"]:
        to, day, by = c.applicant.name, c.day(3), "直接送达"
    elif final:
        to, day, by = c.respondent.name, c.closed_on - timedelta(days=2), "邮寄送达"
    elif "consumption_restriction_order" in served:
        to, day, by = c.respondent.name, c.day(21), "直接送达"
    else:
        to, day, by = c.respondent.name, c.day(6), rng.choice(["直接送达", "邮寄送达"])
    y = TM + mm(30)
    s.text(LM, y, f"案号：{c.number}", f)
    rows = [["送达文书名称", ""], ["受送达人", ""], ["送达地点", ""], ["送达方式", by],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备考", ""]]
    heights = [mm(26), mm(16), mm(16), mm(16), mm(34), mm(18), mm(16), mm(24)]
    x0 = LM
    top = y + mm(10)
    table(s, x0, top, [mm(52), RM - LM - mm(52)], rows, f, row_h=heights, centre_first=True)
    cx = x0 + mm(58)
    cy = top
    hand(s, cx, cy + mm(7), docs if len(docs) < 24 else docs[:23], rng, size=mm(5.6))
    if len(docs) >= 24:
        hand(s, cx, cy + mm(15), docs[23:], rng, size=mm(5.6))
    cy += heights[0]
    hand(s, cx, cy + mm(4), to, rng, size=mm(5.6))
    cy += heights[1]
    addr = c.applicant.address if to == c.applicant.name else c.respondent.address
    s.text(cx, cy + mm(5), addr, font("ming", mm(4.2)))
    cy += heights[2] + heights[3]
    if by == "邮寄送达":
        s.text(cx + mm(2), cy + mm(6), "邮寄送达，签收情况见EMS妥投记录", font("ming", mm(4.2)))
        hand(s, cx + mm(2), top + sum(heights[:7]) + mm(5), f"EMS 1{rng.randint(10**11, 10**12 - 1)} 已妥投，本人签收",
             rng, size=mm(4.6), ink=(20, 20, 25))
    else:
        hand(s, cx + mm(4), cy + mm(8), c.respondent.legal_rep or to if to != c.applicant.name else c.agent, rng,
             size=mm(7), ink=(20, 20, 25))
    hand(s, cx + mm(50), cy + mm(20), num_date(day), rng, size=mm(5))
    cy += heights[4] + heights[5]
    hand(s, cx, cy + mm(4), f"{c.officer}　{c.clerk}", rng, size=mm(5.6), ink=(20, 20, 25))
    s.centred(A4[1] - mm(26), "（本回证由受送达人签收后交回本院附卷）", font("ming", mm(3.8)))
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """笔录: the court's ruled record paper, questions and answers typed after the talk, signed by hand."""
    c.extra["cp_story"]
    p = Pager(f=font("ming", mm(5.0)), lead=1.85, footer=True)
    s = p.s
    title = "谈 话 笔 录" if code == "interview_record" else "调 查 笔 录"
    s.centred(TM, title, font("hei", mm(8.5)), spacing=mm(1.5))
    y = TM + mm(16)
    when = c.closed_on - timedelta(days=12) if code == "interview_record" else c.day(41)
    holder = c.extra.get("cp_holder")
    head = [f"时间：{num_date(when)}上午9时30分至10时15分",
            f"地点：{'本院执行局接待室' if code == 'interview_record' else '荆州市沙市区' + ('长港路仓储园B区7号仓库')}",
            f"执行人员：{c.officer}　　记录人：{c.clerk}",
            f"{'被谈话人' if code == 'interview_record' else '被调查人'}："
            + (f"{c.applicant.name}（申请执行人）" if code == "interview_record" else "李国富（仓库管理员）")]
    for line in head:
        s.text(LM, y, line, p.f)
        y += mm(9)
    s.line(LM, y, RM, y, width=2)
    p.y = y + mm(5)
    if code == "interview_record":
        qa = [("问", f"我们是沙市区人民法院执行人员，今天就{c.number}案执行情况听取你的意见，你有无异议？"),
              ("答", "没有异议。"),
              ("问", "本院通过网络查控系统查询，被执行人名下仅有少量存款已冻结，无车辆、不动产，"
                     f"{'股东' + holder.name + '名下亦无可供执行财产' if isinstance(holder, Party) else ''}。你提供的仓库线索经实地调查，"
                     "库内货物属于案外人所有。你能否提供新的财产线索？"),
              ("答", "暂时提供不了，我也去找过他们，公司已经停工了。"),
              ("问", "本院已对被执行人限制消费并纳入失信名单。如暂无财产可供执行，本院拟终结本次执行程序，你有何意见？"),
              ("答", "同意。以后发现财产我再申请恢复执行。"),
              ("问", "终本后五年内本院每六个月通过网络查控系统查询一次被执行人财产，你知道吗？"),
              ("答", "知道了。")]
    else:
        qa = [("问", "我们是沙市区人民法院的执行人员，依法调查被执行人在此仓库存放货物的情况，请你如实回答。"),
              ("答", "好的。"),
              ("问", f"{c.respondent.name}是否在此租用仓库、存放货物？"),
              ("答", "他们去年租过7号仓库，今年三月份租期到了就退租了，东西都拉走了。现在7号库是别家公司在用。"),
              ("问", "有无租赁合同及退租手续？"),
              ("答", "有，我可以复印给你们。"),
              ("问", "以上所说是否属实？"),
              ("答", "属实。")]
    p.put([("t", f"{q}：{a}") for q, a in qa])
    p.put([("l", "（以下无正文）")])
    p.room(mm(40))
    p.y += mm(8)
    signer = c.applicant.name if code == "interview_record" else "李国富"
    p.s.text(LM, p.y, "被谈话人签名：" if code == "interview_record" else "被调查人签名：", p.f)
    hand(p.s, LM + mm(48), p.y - mm(2), signer, rng, size=mm(7), ink=(20, 20, 25))
    hand(p.s, LM + mm(95), p.y, "以上笔录我看过，与我说的相符", rng, size=mm(4.8), ink=(20, 20, 25))
    p.y += mm(14)
    p.s.text(LM, p.y, "执行人员：", p.f)
    hand(p.s, LM + mm(30), p.y - mm(2), c.officer, rng, size=mm(6.5), ink=(20, 20, 25))
    p.s.text(LM + mm(80), p.y, "记录人：", p.f)
    hand(p.s, LM + mm(104), p.y - mm(2), c.clerk, rng, size=mm(6.5), ink=(20, 20, 25))
    return p.finish()


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """案款发放凭证: the finance office's A5 landscape slip, printed by the case-money system."""
    s = Sheet(size=(mm(210), mm(148)))
    f = font("sans", mm(4.2))
    s.centred(mm(10), "荆州市沙市区人民法院执行案款发放凭证", font("sans_bold", mm(6)))
    paid = c.closed_on - timedelta(days=6)
    s.text(mm(12), mm(22), f"凭证号：SS{paid:%Y%m%d}{rng.randint(100, 999)}", f)
    s.right(mm(198), mm(22), f"发放日期：{paid:%Y-%m-%d}", f)
    rows = [["案号", c.number, "承办人", c.officer],
            ["收款人", c.applicant.name, "收款账号", c.extra["cp_bank_acct"]],
            ["付款事由", "执行案款发放", "到账方式", "网银转账"],
            ["发放金额", money(c.amount)]]
    table(s, mm(12), mm(30), [mm(30), mm(72), mm(28), mm(56)], rows, f, row_h=mm(15), pad=8)
    s.text(mm(12), mm(96), "审批：　　　　　　　财务复核：　　　　　　　经办：", f)
    hand(s, mm(28), mm(93), c.judge, rng, size=mm(5.5), ink=(20, 20, 25))
    hand(s, mm(90), mm(93), rng.choice(["刘芳", "陈慧"]), rng, size=mm(5.5), ink=(20, 20, 25))
    hand(s, mm(150), mm(93), c.clerk, rng, size=mm(5.5), ink=(20, 20, 25))
    seal(s, mm(170), mm(118), "荆州市沙市区人民法院财务专用章", rng, radius=mm(15))
    s.text(mm(12), mm(128), "第二联　承办人附卷", font("sans", mm(3.6)))
    return [s]


def _forms(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """审批表、卷宗封面、卷内目录、复核表、备考表: the court's printed archive forms."""
    s = Sheet()
    f = font("ming", mm(4.8))
    story = c.extra["cp_story"]
    how = "终结本次执行程序" if story == "shop" else "执行完毕"
    if code == "dossier_cover":
        s.centred(mm(40), COURT, font("serif_bold", mm(9)), spacing=mm(1))
        s.centred(mm(62), "执 行 案 件 卷 宗", font("hei", mm(12)), spacing=mm(2))
        s.centred(mm(82), "（正　卷）", font("ming", mm(6)))
        rows = [["案号", c.number], ["案由", "买卖合同纠纷（仲裁裁决执行）"], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行依据", f"{c.basis_court}{c.basis_number}"],
                ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", how],
                ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", num_date(c.closed_on + timedelta(days=18))],
                ["保管期限", "长期"], ["本卷共", "　　件　　页"]]
        table(s, mm(30), mm(100), [mm(40), mm(110)], rows, f, row_h=mm(13), centre_first=True)
        hand(s, mm(95), mm(100) + mm(13) * 12 + mm(3), f"{len(FILED)}　　　{BOUND}", rng, size=mm(6), ink=(20, 20, 25))
        return [s]
    if code == "catalogue":
        s.centred(TM, "卷 内 目 录", font("hei", mm(8.5)), spacing=mm(1))
        s.text(LM, TM + mm(16), f"案号：{c.number}", f)
        rows = [["序号", "文件名称", "页号", "备注"]]
        page = 1
        for i, (name, n) in enumerate(FILED, 1):
            rows.append([str(i), name, str(page) if n == 1 else f"{page}-{page + n - 1}", ""])
            page += n
        table(s, LM, TM + mm(26), [mm(18), mm(100), mm(22), RM - LM - mm(140)], rows, font("ming", mm(4.3)),
              row_h=mm(11.5), centre_first=True)
        return [s]
    if code == "closing_approval_form":
        s.centred(TM, COURT, font("serif_bold", mm(6.5)))
        s.centred(TM + mm(12), "执行案件结案审批表", font("hei", mm(8)), spacing=mm(0.8))
        reason = ("双方达成和解协议，被执行人分三期付清，申请执行人确认履行完毕。" if story == "feed" else
                  "网络查控及实地调查均未发现可供执行财产，已限制消费并纳入失信名单，已约谈申请执行人，符合终本条件。"
                  if story == "shop" else "冻结被执行人账户后，被执行人缴清全部执行款，已发放申请执行人。")
        rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["被执行人", _respondents(c)],
                ["执行标的", money(c.amount)], ["立案日期", num_date(c.filed_on)], ["结案方式", how],
                ["执行到位金额", money(c.amount) if story != "shop" else "人民币826.40元（冻结账户余额扣划）"],
                ["结案理由", reason], ["承办人意见", ""], ["团队负责人意见", ""], ["执行局长意见", ""]]
        heights = [mm(13)] * 7 + [mm(30), mm(24), mm(24), mm(24)]
        top = TM + mm(28)
        table(s, LM, top, [mm(42), RM - LM - mm(42)], rows, f, row_h=heights, centre_first=True)
        y = top + sum(heights[:8])
        for k, (who, note) in enumerate([(c.officer, "拟同意结案"), (c.judge, "同意"), ("何光荣", "同意")]):
            hand(s, LM + mm(50), y + mm(4), note, rng, size=mm(6), ink=(20, 20, 25))
            hand(s, LM + mm(110), y + mm(12), f"{who}　{c.closed_on - timedelta(days=3 - k):%m.%d}", rng, size=mm(5),
                 ink=(20, 20, 25))
            y += mm(24)
        return [s]
    if code == "file_review_form":
        s.centred(TM, "执行卷宗复核表", font("hei", mm(8)), spacing=mm(0.8))
        s.text(LM, TM + mm(16), f"案号：{c.number}　　承办人：{c.officer}", f)
        checks = ["立案材料齐全（申请书、执行依据、生效证明、身份证明）", "执行通知书、报告财产令已送达并附回证",
                  "财产查控结果已附卷", "和解协议及履行凭证已附卷", "案款已全部发放", "文书签章齐全、无空白项",
                  "卷内文件按归档顺序排列", "页码编写正确"]
        rows = [["复核项目", "结果"], *[[t, ""] for t in checks]]
        top = TM + mm(26)
        table(s, LM, top, [mm(122), RM - LM - mm(122)], rows, f, row_h=mm(14))
        for i in range(len(checks)):
            hand(s, LM + mm(130), top + mm(14) * (i + 1) + mm(3), "√ 是" if i != 7 else "是", rng, size=mm(5.5),
                 ink=(20, 20, 25))
        y = top + mm(14) * (len(checks) + 1) + mm(12)
        s.text(LM, y, "复核人：", f)
        hand(s, LM + mm(24), y - mm(2), c.officer, rng, size=mm(6.5), ink=(20, 20, 25))
        s.text(LM + mm(80), y, f"日期：{num_date(c.closed_on + timedelta(days=9))}", f)
        return [s]
    # remarks_sheet
    s.centred(TM, "卷 内 备 考 表", font("hei", mm(8.5)), spacing=mm(1))
    s.text(LM, TM + mm(16), f"案号：{c.number}", f)
    s.box(LM, TM + mm(26), RM, A4[1] - mm(60))
    y = TM + mm(36)
    s.text(LM + mm(8), y, "本卷情况说明：", f)
    hand(s, LM + mm(12), y + mm(12), f"本卷共计文件{cn_number(len(FILED))}件，{cn_number(BOUND)}页，无缺页、无破损。", rng, size=mm(5.6), ink=(20, 20, 25))
    hand(s, LM + mm(12), y + mm(24), "和解协议原件一份附卷。", rng, size=mm(5.6), ink=(20, 20, 25))
    y = A4[1] - mm(52)
    s.text(LM, y, "立卷人：", f)
    hand(s, LM + mm(24), y - mm(2), c.clerk, rng, size=mm(6.5), ink=(20, 20, 25))
    s.text(LM + mm(60), y, "检查人：", f)
    hand(s, LM + mm(84), y - mm(2), c.officer, rng, size=mm(6.5), ink=(20, 20, 25))
    s.text(LM + mm(112), y, f"立卷时间：{num_date(c.closed_on + timedelta(days=12))}", font("ming", mm(4.2)))
    return [s]


__all__ = ["CAR_SEQ", "CODES", "FEED_SEQ", "SHOP_SEQ", "adopt_basis", "cn_date", "render"]
