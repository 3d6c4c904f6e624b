"""court_ee (江苏省盐城市亭湖区人民法院, held out): 盐城's old centre by the 串场河 — auto-parts suppliers of the 悦达起亚
works, wetland tourism round the 丹顶鹤 reserve, aquaculture ponds on the coast, private lending. The bureau prints its own
papers in a plain 仿宋-like serif with a boxed case-number strip and a page footer; its 卷宗封面 and 结案审批表 are A3
sheets folded in the middle, as are the 查控 result tables and a bank's wide statement. The bureau's flatbed takes A4
only, so each A3 paper was scanned as two passes — its left half, then its right half (each a little more than half,
the fold showing down the middle) — and the right half stands in the volume as the continuation of the left."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
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
from dossier.corpus.draw import A4, BLUE_INK, INK, RED, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.fonts import Font, font

PARTS_SEQ, WAGE_SEQ, LOAN_SEQ = 48116, 48352, 48607
COURT = "江苏省盐城市亭湖区人民法院"
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "property_declaration_form": 11, "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8,
        "summons": 15, "investigation_record": 21, "consumption_restriction_order": 30, "dishonest_list_decision": 30,
        "settlement_agreement": 26, "payment_voucher": 40, "closing_notice": 66, "interview_record": 104,
        "termination_this_round_ruling": 122}
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_notice",
    "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
    "online_inquiry_result"})
RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "settlement_agreement", "payment_voucher"})
CODES = OWN | RECEIVED
WIDE = A4[0] * 2          # an A3 sheet lying landscape: two A4 widths
BED = mm(216)             # the flatbed's width: a pass takes a little more than half the A3 sheet


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return c.closed_on + timedelta(days=12)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """盐城 parties for the three stories (by seq)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    t = {PARTS_SEQ: "parts", WAGE_SEQ: "wage", LOAN_SEQ: "loan"}[seq]
    c.extra["tale"] = t
    c.firm = rng.choice(["江苏海瀛律师事务所", "江苏鹤鸣律师事务所", "江苏盐阜公正律师事务所"])
    c.extra["firm_addr"] = f"盐城市亭湖区{rng.choice(['解放南路', '建军东路', '人民中路'])}{rng.randint(10, 260)}号"
    c.extra["licence"] = f"1320920{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006) + 50)
    c.extra["in_bank"] = rng.choice(["江苏银行盐城分行营业部", "江苏盐城农村商业银行亭湖支行", "中国农业银行盐城亭湖支行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.extra["pay_day"] = c.day(WHEN["payment_voucher"] - rng.randint(2, 5))
    born = date(rng.randint(1966, 1994), rng.randint(1, 12), rng.randint(1, 28))
    if t == "parts":
        c.applicant = Party(f"盐城{rng.choice(['悦驰', '东进', '瑞丰'])}汽车零部件有限公司", "organisation",
                            credit_code(rng, "320913"), f"江苏省盐城经济技术开发区{rng.choice(['希望大道', '松江路'])}"
                            f"{rng.randint(10, 90)}号", f"0515-8966{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"盐城{rng.choice(['鑫隆', '华骏', '泰顺'])}汽车配件制造有限公司", "organisation",
                             credit_code(rng, "320902"), f"江苏省盐城市亭湖区{rng.choice(['南洋镇', '便仓镇'])}工业集中区"
                             f"{rng.randint(1, 40)}号", f"0515-8835{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = COURT
        c.basis_number = f"（2023）苏0902民初{rng.randint(3000, 9999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = rng.choice(["座椅骨架冲压件", "车门铰链总成", "制动管路支架"])
    elif t == "wage":
        c.applicant = Party(person_name(rng), "person", id_number(rng, "320924", born),
                            f"江苏省射阳县{rng.choice(['海河镇', '新坍镇'])}{rng.choice(['复兴村', '潮北村'])}{rng.randint(1, 19)}组"
                            f"{rng.randint(1, 60)}号", f"139{rng.randint(10**7, 10**8 - 1)}", born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"盐城{rng.choice(['鹤乡', '丹鹤', '湿地之光'])}生态旅游开发有限公司", "organisation",
                             credit_code(rng, "320902"), f"江苏省盐城市亭湖区{rng.choice(['新洋港', '盐东镇'])}"
                             f"{rng.choice(['滩涂路', '鹤鸣路'])}{rng.randint(1, 88)}号", f"0515-8801{rng.randint(1000, 9999)}",
                             legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = "盐城市亭湖区劳动人事争议仲裁委员会"
        c.basis_number = f"盐亭劳人仲案字〔2023〕第{rng.randint(200, 980)}号"
        c.extra["cause"] = "劳动争议"
        c.extra["months"] = rng.randint(5, 11)
    else:
        c.applicant = Party(person_name(rng), "person", id_number(rng, "320902", born),
                            f"江苏省盐城市亭湖区{rng.choice(['毓龙路', '青年路', '大庆路'])}{rng.randint(1, 99)}号"
                            f"{rng.randint(1, 12)}幢{rng.randint(101, 1802)}室", f"138{rng.randint(10**7, 10**8 - 1)}",
                            born=born, sex=rng.choice("男女"))
        rb = date(rng.randint(1964, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "320981", rb),
                             f"江苏省东台市{rng.choice(['弶港镇', '三仓镇'])}{rng.choice(['东洋村', '兴旺村'])}"
                             f"{rng.randint(1, 18)}组{rng.randint(1, 50)}号", f"151{rng.randint(10**7, 10**8 - 1)}",
                             born=rb, sex=rng.choice("男女"))
        c.basis_kind = "mediation"
        c.basis_court = COURT
        c.basis_number = f"（2023）苏0902民初{rng.randint(3000, 9999)}号"
        c.extra["cause"] = "民间借贷纠纷"
        c.extra["ponds"] = rng.randint(40, 160)
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 120))


# ---------------------------------------------------------------- the court's own typed papers
def _f(size: float, role: str = "ming") -> Font:
    return font(role, round(mm(size)))


class Page:
    """One typed page of the bureau's style: court name, spaced title, a boxed 案号 strip, serif body."""

    def __init__(self, c: CaseCtx, title: str, *, first: bool = True) -> None:
        self.c = c
        self.sheet = Sheet()
        self.y = float(mm(24))
        self.x0, self.x1 = mm(28), A4[0] - mm(24)
        if first:
            self.sheet.centred(self.y, COURT, _f(7.2, "serif_bold"), spacing=mm(0.6))
            self.y += mm(11)
            self.sheet.centred(self.y, title, _f(9.5, "hei"), spacing=mm(3.2))
            self.y += mm(16)
            f = _f(4.6)
            w = f.getlength(c.number) + mm(8)
            bx = self.x1 - w
            self.sheet.box(bx, self.y - mm(1.5), self.x1, self.y + mm(7), width=2)
            self.sheet.text(bx + mm(4), self.y, c.number, f)
            self.y += mm(14)

    def para(self, text: str, *, indent: bool = True, size: float = 5.2) -> None:
        f = _f(size)
        lead = f.getlength("　　") if indent else 0
        for k, part in enumerate(wrap(text, f, self.x1 - self.x0, indent=lead)):
            self.sheet.text(self.x0 + (lead if k == 0 else 0), self.y, part, f)
            self.y += mm(size * 1.75)

    def sign(self, rng: random.Random, made: date, people: list[str], *, stamp: bool = True) -> None:
        f = _f(5.2)
        self.y += mm(8)
        for who in people:
            self.sheet.right(self.x1 - mm(12), self.y, who, f)
            self.y += mm(9)
        dy = self.y
        self.sheet.right(self.x1 - mm(8), dy, cn_date(made), f)
        if stamp:
            seal(self.sheet, self.x1 - mm(38), dy - mm(2), COURT, rng)
        self.y += mm(12)


def typed(c: CaseCtx, code: str, title: str, paras: list[str], rng: random.Random, *, to: str = "",
          people: list[str] | None = None, note: str = "") -> list[Sheet]:
    pg = Page(c, title)
    if to:
        pg.para(to, indent=False)
    for p in paras:
        pg.para(p)
    pg.sign(rng, made_on(c, code), people or [])
    if note:
        pg.y += mm(4)
        pg.sheet.line(pg.x0, pg.y, pg.x1, pg.y, width=1)
        pg.y += mm(3)
        pg.para(note, indent=False, size=4.2)
    pg.sheet.centred(A4[1] - mm(16), "— 1 —", _f(4))
    return [pg.sheet]


def _parties(c: CaseCtx) -> list[str]:
    a, r = c.applicant, c.respondent

    def one(role: str, p: Party) -> str:
        if p.kind == "organisation":
            return f"{role}：{p.name}，住所地{p.address}。统一社会信用代码：{p.id_number}。法定代表人：{p.legal_rep}。"
        return (f"{role}：{p.name}，{p.sex}，{num_date(p.born) if p.born else ''}生，汉族，住{p.address}，"
                f"公民身份号码{p.id_number}。")
    return [one("申请执行人", a), f"委托代理人：{c.agent}，{c.firm}律师。", one("被执行人", r)]


def _basis_words(c: CaseCtx) -> str:
    kind = {"judgment": "民事判决书", "mediation": "民事调解书", "arbitration": "仲裁裁决书"}[c.basis_kind]
    return f"{c.basis_court}作出的{c.basis_number}{kind}"


def own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, amt = c.applicant.name, c.respondent.name, money(c.amount)
    judge = [f"审 判 员　{c.judge}", f"书 记 员　{c.clerk}"]
    officer = [f"执 行 员　{c.officer}", f"书 记 员　{c.clerk}"]
    contact = f"联系人：{c.officer}　联系电话：{c.court.phone}　地址：{c.court.address}"
    if code == "acceptance_notice":
        return typed(c, code, "受理案件通知书", [
            f"你方申请执行{r}{c.extra['cause']}一案，申请执行的依据为{_basis_words(c)}。经审查，符合受理条件，本院已于"
            f"{cn_date(c.filed_on)}立案执行，案号为{c.number}。",
            "本案由本院执行局承办。请你方在立案后七日内向承办人提供被执行人的财产线索；本院收取执行案款一律通过本院案款专户，"
            "请勿与被执行人私下收付，如达成和解请及时书面告知本院。"], rng, to=f"{a}：", people=[], note=contact)
    if code == "payment_notice":
        fee = c.extra["fee"]
        return typed(c, code, "缴款通知书", [
            f"本院受理的申请执行人{a}与被执行人{r}{c.extra['cause']}一案，依照《诉讼费用交纳办法》第十条第（一）项、第十四条"
            f"第（一）项之规定，应交纳申请执行费{money(fee)}，由被执行人负担。",
            "请于接到本通知之日起七日内通过江苏法院诉讼费缴费平台或本院诉讼服务中心交纳；逾期不交的，本院将在执行中一并扣收。"],
            rng, to=f"{r}：", people=[], note="收款单位：江苏省盐城市亭湖区人民法院　开户行：江苏银行盐城亭湖支行")
    if code == "enforcement_notice":
        return typed(c, code, "执行通知书", [
            f"{a}与你（单位）{c.extra['cause']}一案，{_basis_words(c)}已经发生法律效力。因你（单位）未按期履行义务，"
            f"申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，本院已立案。依照{LAW}第二百五十一条之规定，责令你"
            "（单位）自本通知送达之日起立即履行下列义务：",
            f"一、支付申请执行人{amt}；", "二、加倍支付迟延履行期间的债务利息；", "三、负担申请执行费。",
            "逾期不履行的，本院将依法采取查封、冻结、扣划、拍卖等强制执行措施，并可依法将你（单位）纳入失信被执行人名单、"
            "限制高消费。"], rng, to=f"{r}：", people=officer, note=contact)
    if code == "property_report_order":
        return typed(c, code, "报告财产令", [
            f"本院在执行{a}申请执行你（单位）{c.extra['cause']}一案中，依照{LAW}第二百五十二条之规定，责令你（单位）在收到本令后"
            "五日内，如实填写《财产申报表》，向本院报告当前以及收到执行通知之日前一年的财产情况。",
            "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"],
            rng, to=f"{r}：", people=officer)
    if code in ("enforcement_ruling", "termination_this_round_ruling"):
        return ruling(code, c, rng)
    if code == "assistance_notice":
        return typed(c, code, "协助执行通知书", [
            f"关于申请执行人{a}与被执行人{r}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
            f"依照{LAW}第二百五十三条之规定，请协助执行下列事项：",
            f"冻结被执行人{r}（证照号码{c.respondent.id_number}）在你行开立的全部账户存款，以{amt}为限；冻结期限一年。",
            "附：执行裁定书一份。"], rng, to=f"{c.extra['in_bank'].replace('营业部', '')}：", people=officer,
            note="回执：协助执行人签收后请于当日在网络执行查控系统反馈。")
    if code == "summons":
        pg = Page(c, "传　　票")
        pg.para(f"被传唤人：{r}", indent=False)
        if c.respondent.legal_rep:
            pg.para(f"（法定代表人：{c.respondent.legal_rep}）", indent=False)
        pg.para(f"传唤事由：{c.extra['cause']}执行一案，询问财产状况及履行能力", indent=False)
        pg.para(f"应到时间：{num_date(c.day(22))}上午九时", indent=False)
        pg.para(f"应到处所：本院执行局第三谈话室（{c.court.address}）", indent=False)
        pg.para("注意事项：一、被传唤人必须准时到达，携带本传票及身份证件；二、无正当理由拒不到场的，本院可以拘传。",
                indent=False, size=4.6)
        pg.sign(rng, made_on(c, code), officer)
        return [pg.sheet]
    if code == "consumption_restriction_order":
        return typed(c, code, "限制消费令", [
            f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a}申请执行{r}{c.extra['cause']}一案。因你单位未按执行通知书指定的"
            "期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、"
            f"第三条之规定，对你单位及你单位的法定代表人{c.respondent.legal_rep}采取限制消费措施，不得实施下列高消费及非生活和"
            "工作必需的消费行为：",
            "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
            "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）旅游、度假；（五）支付高额保费购买保险理财产品；"
            "（六）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
            "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"],
            rng, to=f"{r}：", people=[])
    if code == "dishonest_list_decision":
        return typed(c, code, "决　定　书", [
            *_parties(c)[::2],
            f"本院在执行{c.number}案件中，被执行人{r}有履行能力而拒不履行生效法律文书确定的义务。依照{LAW}第二百六十六条、"
            "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项之规定，决定如下：",
            f"将{r}纳入失信被执行人名单。", "本决定一经作出即生效。"], rng, people=[f"审 判 长　{c.judge}", f"书 记 员　{c.clerk}"])
    if code == "closing_notice":
        return typed(c, code, "结案通知书", [
            f"你方申请执行{r}{c.extra['cause']}一案，经本院执行，被执行人已履行生效法律文书确定的全部义务，申请执行人已领取"
            f"执行款{amt}。本案已于{cn_date(c.closed_on)}执行完毕结案。", "特此通知。"], rng, to=f"{a}：", people=[])
    if code in ("interview_record", "investigation_record"):
        return record(code, c, rng)
    if code == "property_declaration_form":
        return declaration(c, rng)
    if code == "service_receipt":
        return receipt(c, served, rng)
    if code == "online_inquiry_result":
        return inquiry(c, rng)
    if code == "closing_approval_form":
        return approval(c, rng)
    if code == "dossier_cover":
        return cover(c, rng)
    if code in ("catalogue", "file_review_form", "remarks_sheet"):
        return archive_form(code, c, rng)
    del judge
    raise KeyError(code)


def ruling(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent.name
    if code == "enforcement_ruling":
        body = [f"本院在执行{c.applicant.name}与{r}{c.extra['cause']}一案中，{_basis_words(c)}已经发生法律效力，被执行人未按"
                f"执行通知履行义务。依照{LAW}第二百五十三条、第二百五十五条、第一百五十七条第一款第十一项之规定，裁定如下：",
                f"冻结、划拨被执行人{r}在银行、网络支付机构的存款{money(c.amount)}及迟延履行期间的债务利息；或查封、扣押、"
                "冻结其相应价值的其他财产。", "本裁定立即执行。"]
    else:
        body = [f"本院在执行{c.applicant.name}与{r}{c.extra['cause']}一案中，经网络执行查控系统查询、到{c.respondent.address}"
                "实地调查，未发现被执行人有可供执行的财产；本院已向被执行人发出执行通知书、报告财产令，已对其限制消费并纳入失信"
                "被执行人名单，申请执行人亦未能提供新的财产线索。本院已约谈申请执行人，其对终结本次执行程序无异议。",
                "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下：",
                "终结本次执行程序。", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。",
                "本裁定送达后即发生法律效力。"]
    return typed(c, code, "执行裁定书", [*_parties(c), *body], rng,
                 people=[f"审 判 长　{c.judge}", f"审 判 员　{c.officer}", f"书 记 员　{c.clerk}"])


def record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    interview = code == "interview_record"
    s = Sheet()
    s.centred(mm(22), "约谈笔录" if interview else "调查笔录", _f(9, "hei"), spacing=mm(4))
    f = _f(4.6)
    when = made_on(c, code)
    head = [f"时间：{num_date(when)}{rng.choice(['九', '十', '十四'])}时许", "地点：亭湖法院执行局" +
            ("接待室" if interview else f"（实地：{c.respondent.address}）"),
            f"调查人：{c.officer}　记录人：{c.clerk}", f"案号：{c.number}"]
    y = float(mm(40))
    for line in head:
        s.text(mm(26), y, line, f)
        y += mm(8)
    s.line(mm(26), y, A4[0] - mm(24), y, width=1)
    y += mm(5)
    if interview:
        qa = [f"问：我们是亭湖区人民法院执行干警，今天就{c.number}案件的执行情况约谈你，你是否清楚？",
              f"答：清楚，我是申请执行人{c.applicant.name}。",
              "问：本院通过总对总、点对点查控系统查询了被执行人名下的存款、车辆、不动产、证券等，均无可供执行的财产，"
              "并已实地走访其经营场所，景区已停业，你是否能提供新的财产线索？",
              "答：我暂时提供不了，听说公司的观光车都被别人拉走了。",
              "问：本院拟对本案终结本次执行程序，终本后发现财产可以申请恢复执行，你有什么意见？", "答：没有意见，希望法院继续关注。"]
    else:
        qa = [f"问：被执行人{c.respondent.name}是否在此经营？", "答：（现场人员）公司旺季过后就没开了，游客中心和栈道都关了。",
              "问：现场有无可供执行的车辆、设备？", "答：只剩几台坏的电瓶观光车，是租来的，合同在老板那里。",
              "现场情况：售票处大门上锁，园区内无人经营，未发现有价值的动产。"]
    for line in qa:
        for part in wrap(line, f, A4[0] - mm(50)):
            hand(s, mm(26), y, part, rng, size=round(mm(4.8)), ink=INK)
            y += mm(9)
    y += mm(8)
    s.text(mm(26), y, "以上笔录我已看过，与我说的一致。", f)
    signature(s, mm(120), y + mm(8), c.applicant.name if interview else "拒签", rng, ink=BLUE_INK)
    s.centred(A4[1] - mm(16), "第 1 页 共 1 页", _f(4))
    return [s]


def grid(s: Sheet, x: float, y: float, cols: Sequence[float], rows: list[list[str]], f: Font, h: float) -> float:
    """A ruled grid of the bureau's forms (own drawing: thin inner rules, heavy frame)."""
    total = sum(cols)
    s.box(x, y, x + total, y + h * len(rows), width=3)
    for i, row in enumerate(rows):
        top = y + i * h
        if i:
            s.line(x, top, x + total, top, width=1)
        cx = x
        spans = list(cols) if len(row) == len(cols) else [*cols[:len(row) - 1], total - sum(cols[:len(row) - 1])]
        for j, (cell, w) in enumerate(zip(row, spans, strict=False)):
            if j:
                s.line(cx, top, cx, top + h, width=1)
            if cell:
                parts = wrap(cell, f, w - mm(3))[:2]
                ty = top + (h - len(parts) * f.size * 1.3) / 2
                for p in parts:
                    s.text(cx + mm(1.5), ty, p, f)
                    ty += f.size * 1.3
            cx += w
    return y + h * len(rows)


def declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(20), COURT, _f(6, "serif_bold"))
    s.centred(mm(30), "财 产 申 报 表", _f(8.5, "hei"), spacing=mm(2))
    f = _f(4)
    rows = [["申报人", c.respondent.name, "案号", c.number], ["住所地", c.respondent.address],
            ["银行存款", ""], ["不动产", ""], ["车辆、船舶", ""], ["股权、债权", ""], ["收入情况", ""],
            ["一年内财产变动", ""], ["申报人签名（盖章）", ""]]
    grid(s, mm(20), mm(46), [mm(36), mm(62), mm(20), mm(52)], rows, f, mm(22))
    fills = {"parts": ["江苏银行基本户，余额约十一万元", "无", "轻型货车一辆（苏J牌照）", "应收悦达供应链货款",
                       "每月营收不稳定", "无"],
             "wage": ["基本户已被冻结，无余额", "无", "电瓶观光车若干（租赁）", "无", "景区停业无收入", "无"],
             "loan": ["农商行卡余额几百元", "租赁鱼塘，无产权", "无", "无", "养殖收入，今年亏损", "无"]}[tale(c)]
    for i, text in enumerate(fills):
        hand(s, mm(60), mm(46) + mm(22) * (i + 2) + mm(6), text, rng, size=round(mm(5)))
    signature(s, mm(70), mm(46) + mm(22) * 8 + mm(5), c.respondent.legal_rep or c.respondent.name, rng)
    hand(s, mm(130), mm(46) + mm(22) * 8 + mm(8), num_date(made_on(c, "property_declaration_form")), rng,
         size=round(mm(4.6)))
    return [s]


def receipt(c: CaseCtx, served: list[str], rng: random.Random) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
             "dishonest_list_decision": "决定书（失信）", "enforcement_ruling": "执行裁定书", "payment_notice": "缴款通知书"}
    to_applicant = served == ["acceptance_notice"]
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    s.centred(mm(24), COURT, _f(7, "serif_bold"))
    s.centred(mm(36), "送 达 回 证", _f(9.5, "hei"), spacing=mm(3))
    f = _f(4.6)
    x, y = mm(22), mm(56)
    rows = [["案　号", c.number], ["送达文书", "、".join(names.get(d, d) for d in served) + "　各壹份"],
            ["受送达人", who.name], ["送达地址", who.address], ["送达方式", "直接送达" if to_applicant else "邮寄送达（EMS）"],
            ["受送达人签收", ""], ["签收日期", ""], ["送达人", ""], ["备　注", ""]]
    h = mm(20)
    grid(s, x, y, [mm(40), A4[0] - 2 * x - mm(40)], rows, f, h)
    signature(s, x + mm(60), y + 5 * h + mm(5), who.legal_rep or who.name, rng, ink=BLUE_INK)
    last = max(made_on(c, d) for d in served) if served else c.filed_on
    hand(s, x + mm(50), y + 6 * h + mm(6), num_date(last + timedelta(days=rng.randint(1, 4))), rng, size=round(mm(5)))
    signature(s, x + mm(50), y + 7 * h + mm(5), c.officer, rng)
    seal(s, A4[0] - mm(60), y + 7 * h, COURT, rng)
    return [s]


# ---------------------------------------------------------------- A3 papers, scanned in two passes
class Wide:
    """An A3 landscape sheet; every printed string is kept with its x so the two passes know what they hold."""

    def __init__(self, paper: tuple[int, int, int] = (253, 252, 248)) -> None:
        self.s = Sheet(size=(WIDE, A4[1]), paper=paper)
        self.marks: list[tuple[float, str]] = []

    def put(self, x: float, y: float, t: str, f: Font, *, spacing: float = 0.0, colour: tuple[int, int, int] = INK) -> None:
        self.s.text(x, y, t, f, spacing=spacing, record=False, fill=colour)
        self.marks.append((x, t))

    def mid(self, x0: float, x1: float, y: float, t: str, f: Font, *, spacing: float = 0.0) -> None:
        w = f.getlength(t) + spacing * max(len(t) - 1, 0)
        self.put(x0 + (x1 - x0 - w) / 2, y, t, f, spacing=spacing)

    def cells(self, x: float, y: float, cols: Sequence[float], rows: list[list[str]], f: Font, h: float) -> float:
        for i, row in enumerate(rows):
            cx = x
            top = y + i * h
            for cell, w in zip(row, cols, strict=False):
                self.s.box(cx, top, cx + w, top + h, width=2)
                if cell:
                    for k, part in enumerate(wrap(cell, f, w - mm(3))[:2]):
                        self.put(cx + mm(1.5), top + mm(1.5) + k * f.size * 1.25, part, f)
                cx += w
        return y + h * len(rows)

    def halves(self) -> list[Sheet]:
        fold = A4[0]
        d = self.s.draw
        for k, shade in enumerate((228, 238, 246)):  # the crease: a dark line with a soft shadow
            d.line((fold - k, 0, fold - k, A4[1]), fill=(shade, shade, shade - 4), width=1)
            d.line((fold + k, 0, fold + k, A4[1]), fill=(shade, shade, shade - 4), width=1)
        d.line((fold, 0, fold, A4[1]), fill=(170, 170, 166), width=2)
        left, right = Sheet(size=(BED, A4[1])), Sheet(size=(BED, A4[1]))
        left.image = self.s.image.crop((0, 0, BED, A4[1]))
        right.image = self.s.image.crop((WIDE - BED, 0, WIDE, A4[1]))
        for x, t in self.marks:
            (left if x < fold else right).lines.append(t)
        setattr(left, "fold_side", "right")  # noqa: B010 - read by court_ee_capture
        setattr(right, "fold_side", "left")  # noqa: B010
        for half in (left, right):
            if not half.lines:
                half.lines.append("　")
        return [left, right]


def inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    w = Wide(paper=(255, 255, 255))
    f, fb = _f(3.4, "sans"), _f(3.6, "sans_bold")
    w.mid(0, A4[0], mm(14), "网络执行查控系统 · 财产查询结果（总对总）", _f(6.5, "sans_bold"))
    w.mid(A4[0], WIDE, mm(14), "反馈明细（续）", _f(5, "sans"))
    w.put(mm(16), mm(22), f"案号：{c.number}　承办人：{c.officer}　被查询人：{c.respondent.name}", f)
    w.put(mm(16), mm(28), f"证照号码：{c.respondent.id_number}", f)
    w.put(A4[0] + mm(10), mm(26), f"查询发起：{num_date(c.day(3))}　打印：{num_date(made_on(c, 'online_inquiry_result'))}", f)
    cols = [mm(10), mm(42), mm(38), mm(56), mm(48), mm(32), mm(30), mm(46), mm(48), mm(40), mm(30)]
    head = ["序号", "协助单位", "财产类型", "账号/权证号", "开户网点", "余额(元)", "反馈状态", "反馈时间", "冻结情况", "备注", "操作"]
    rows = [head]
    org = {"parts": 1, "wage": 0, "loan": 0}[tale(c)]
    banks = ["江苏银行", "中国工商银行", "中国农业银行", "江苏盐城农村商业银行", "中国建设银行", "中国邮政储蓄银行",
             "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司", "公安部交通管理局", "自然资源部", "中国证券登记结算有限责任公司"]
    for i, unit in enumerate(banks, 1):
        kind = "车辆" if "交通" in unit else ("不动产" if "自然" in unit else ("证券" if "证券" in unit else "存款"))
        found = org and i == 1
        bal = f"{float(c.amount) * 0.37:,.2f}" if found else ("0.00" if kind == "存款" and i % 3 == 0 else "")
        acct = f"{rng.randint(10**15, 10**16 - 1)}" if bal else ("苏J" + f"{rng.randint(10000, 99999)}" if kind == "车辆"
                                                                  and org else "")
        rows.append([str(i), unit, kind, acct, "盐城分行" if bal else "", bal, "已反馈",
                     num_date(c.day(rng.randint(3, 4))), "已冻结" if found else "", "未查到" if not bal and not acct else "", "详情"])
    w.cells(mm(16), mm(36), cols, rows[:1], fb, mm(11))
    w.cells(mm(16), mm(47), cols, rows[1:], f, mm(13))
    w.put(mm(16), A4[1] - mm(20), "说明：本结果由最高人民法院网络执行查控系统反馈，仅供执行参考。", f)
    w.put(A4[0] + mm(120), A4[1] - mm(20), "第1页/共1页", f)
    return w.halves()


def approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    w = Wide()
    fb, f = _f(5.4, "serif_bold"), _f(4.4)
    way = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, "执行完毕")
    w.mid(0, A4[0], mm(20), COURT, _f(6.4, "serif_bold"))
    w.mid(0, A4[0], mm(32), "执行案件结案审批表", _f(8.4, "hei"), spacing=mm(1.5))
    lx, cw = mm(18), [mm(36), mm(138)]
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_court}{c.basis_number}"], ["立案日期", num_date(c.filed_on)],
            ["申请标的", f"{c.amount:,.2f}元"], ["执行到位", f"{c.amount:,.2f}元" if c.method == "fully_performed" else "0元"],
            ["结案方式", way], ["承办人", f"{c.officer}（书记员{c.clerk}）"]]
    w.cells(lx, mm(50), cw, rows, f, mm(18))
    rx = A4[0] + mm(14)
    w.put(rx, mm(32), "审 批 意 见", fb, spacing=mm(2))
    boxes = [("承办人意见", f"本案{way}，材料齐全，拟报结案。"), ("合议庭意见", "同意结案。"),
             ("执行局（庭）长意见", "同意。"), ("审判管理办公室审核", "电子卷宗已同步，同意。")]
    y = mm(50)
    for label, op in boxes:
        w.s.box(rx, y, WIDE - mm(18), y + mm(46), width=2)
        w.put(rx + mm(3), y + mm(3), label, f)
        hand(w.s, rx + mm(30), y + mm(15), op, rng, size=round(mm(5.4)), record=False)
        w.marks.append((rx + mm(30), op))
        w.put(rx + mm(110), y + mm(36), f"{num_date(made_on(c, 'closing_approval_form') + timedelta(days=len(label) % 2))}", f)
        y += mm(46)
    return w.halves()


def cover(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    w = Wide(paper=(240, 230, 205))  # buff card stock
    brown = (120, 70, 40)
    w.mid(0, A4[0], mm(34), COURT, _f(8, "serif_bold"), spacing=mm(1))
    w.mid(0, A4[0], mm(58), "执 行 卷 宗", _f(15, "hei"), spacing=mm(5))
    w.s.box(mm(30), mm(26), A4[0] - mm(30), A4[1] - mm(26), width=4, outline=brown)
    f = _f(5.2)
    y = mm(100)
    for label, value in (("案　号", c.number), ("案　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
                         ("被执行人", c.respondent.name), ("承办人", c.officer), ("结案方式", "执行完毕"),
                         ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on))):
        w.put(mm(44), y, label, f)
        w.s.line(mm(84), y + mm(7), A4[0] - mm(44), y + mm(7), width=1)
        w.put(mm(88), y, value, f)
        y += mm(15)
    w.put(mm(60), A4[1] - mm(60), "保管期限：长期　　　　全宗号：　　　　", f)
    rx = A4[0] + mm(30)
    w.put(rx, mm(34), "卷　宗　情　况", _f(6.2, "hei"), spacing=mm(1))
    stats = [["本卷共", "壹卷"], ["本卷页数", f"{rng.randint(60, 90)}页"], ["归档日期", num_date(made_on(c, "dossier_cover"))],
             ["立卷人", c.clerk], ["检查人", c.officer], ["档案号", f"TH-ZX-{c.filed_on.year}-{rng.randint(1000, 9999)}"]]
    w.cells(rx, mm(52), [mm(50), mm(100)], stats, f, mm(20))
    w.put(rx, mm(190), "（卷宗封面A3对折装订，左为封面，右为卷宗情况）", _f(3.6))
    seal(w.s, A4[0] / 2 + mm(40), A4[1] - mm(80), COURT, rng)
    return w.halves()


def archive_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = _f(4.4)
    title = {"catalogue": "卷 内 目 录", "file_review_form": "执行卷宗复核表", "remarks_sheet": "备　考　表"}[code]
    s.centred(mm(22), title, _f(9, "hei"), spacing=mm(2))
    s.text(mm(20), mm(36), f"案号：{c.number}", f)
    if code == "catalogue":
        items = ["执行申请书", "执行依据", "生效证明书", "身份证明", "授权委托书、律师函、执业证", "受理案件通知书",
                 "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议",
                 "案款发放凭证", "结案通知书", "结案审批表", "送达回证"]
        rows = [["序号", "文件名称", "页号", "备注"]] + [[str(i), t, str(2 * i - 1), ""] for i, t in enumerate(items, 1)]
        grid(s, mm(20), mm(46), [mm(16), mm(110), mm(24), mm(20)], rows, f, mm(12.5))
    elif code == "file_review_form":
        rows = [["复核项目", "结果"], ["案卷材料是否齐全", "齐全"], ["文书是否签章", "是"], ["送达回证是否附卷", "是"],
                ["案款是否发放完毕", "是"], ["电子卷宗是否同步", "是"], ["是否存在空白项", "否"]]
        grid(s, mm(20), mm(46), [mm(110), mm(60)], rows, f, mm(18))
        s.text(mm(20), mm(184), "复核人：", f)
        signature(s, mm(44), mm(180), c.officer, rng)
    else:
        s.box(mm(20), mm(46), A4[0] - mm(20), A4[1] - mm(40), width=2)
        s.text(mm(28), mm(56), "本卷共　件，共　页，其中文字材料　页。", f)
        hand(s, mm(28), mm(72), "卷内材料经核对无缺页，装订完整。", rng, size=round(mm(5)))
        s.text(mm(28), A4[1] - mm(70), f"立卷人：{c.clerk}　　检查人：{c.officer}", f)
        s.text(mm(28), A4[1] - mm(58), f"立卷时间：{num_date(made_on(c, code))}", f)
    return [s]


# ---------------------------------------------------------------- papers received from outside
def letter(title: str, paras: list[str], *, issuer: str = "", sign: str = "", when: date | None = None,
           rng: random.Random, stamp: str = "", role: str = "song_gb", size: float = 5.0,
           margin: float = 25) -> Sheet:
    s = Sheet()
    y = float(mm(26))
    if issuer:
        s.centred(y, issuer, _f(6.6, "serif_bold"), fill=RED if stamp else INK)
        y += mm(10)
        if stamp:
            s.line(mm(margin), y, A4[0] - mm(margin), y, width=3, fill=RED)
            y += mm(8)
    s.centred(y, title, _f(8, "serif_bold"), spacing=mm(1.2))
    y += mm(17)
    f = _f(size, role)
    for p in paras:
        flush = p.startswith("|")
        p = p.lstrip("|")
        lead = 0.0 if flush else f.getlength("　　")
        for k, part in enumerate(wrap(p, f, A4[0] - 2 * mm(margin), indent=lead)):
            s.text(mm(margin) + (lead if k == 0 else 0), y, part, f)
            y += mm(size * 1.8)
    y += mm(8)
    if sign:
        s.right(A4[0] - mm(margin + 6), y, sign, f)
        y += mm(10)
    if when:
        s.right(A4[0] - mm(margin + 6), y, cn_date(when), f)
        if stamp:
            seal(s, A4[0] - mm(margin + 32), y - mm(3), stamp, rng)
    return s


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, amt = c.applicant, c.respondent, money(c.amount)
    t = tale(c)
    if code == "enforcement_basis":
        return basis(c, rng)
    if code == "effectiveness_certificate":
        if t == "wage":
            return [letter("仲裁裁决书生效证明", [
                f"|{a.name}：", f"本委{c.basis_number}仲裁裁决书已于{cn_date(c.basis_effective - timedelta(days=20))}送达双方当事人。"
                "被申请人在法定期限内未向人民法院提起诉讼，亦未申请撤销，该裁决书已于"
                f"{cn_date(c.basis_effective)}发生法律效力。", "特此证明。"], issuer=c.basis_court,
                sign=c.basis_court, when=c.basis_effective + timedelta(days=9), rng=rng, stamp=c.basis_court)]
        return [letter("生效证明书", [f"|{c.basis_number}", f"本院审理的{a.name}与{r.name}{c.extra['cause']}一案，"
                       f"已于{cn_date(c.basis_effective)}发生法律效力。", "特此证明。"], issuer=COURT, sign="（院印）",
                       when=c.basis_effective + timedelta(days=5), rng=rng, stamp=COURT)]
    if code == "enforcement_application":
        return [letter("强制执行申请书", [*_parties(c), "|申请事项：", "一、请求强制执行被执行人支付" + amt +
                       "及迟延履行期间的加倍债务利息；", "二、请求对被执行人采取限制高消费措施，并纳入失信被执行人名单；",
                       "三、本案执行费用由被执行人承担。", "|事实与理由：",
                       f"申请人与被执行人{c.extra['cause']}一案，经{_basis_words(c)}确认，现已生效。被执行人至今未履行，"
                       f"特依法向贵院申请强制执行。", "|此致", f"|{COURT}"], sign=f"申请人：{a.name}",
                       when=c.filed_on - timedelta(days=2), rng=rng, role="serif", size=4.8)]
    if code == "power_of_attorney":
        return [letter("授 权 委 托 书", [f"|委托人：{a.name}", f"|受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}",
                       f"现委托上列受托人在我方与{r.name}{c.extra['cause']}执行一案中，作为我方的委托代理人。",
                       "代理权限：特别授权，代为申请执行、提供财产线索、参加约谈、代为和解、代为签收法律文书；"
                       "代为领取执行款须另行书面授权。"], sign=f"委托人：{a.name}", when=c.filed_on - timedelta(days=3),
                       rng=rng, role="sans", size=4.6)]
    if code == "law_firm_letter":
        return [letter("律师事务所函", [f"|{COURT}：", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}"
                       f"{c.extra['cause']}执行一案的代理人。", "特此函告。", f"|本所地址：{c.extra['firm_addr']}"],
                       issuer=c.firm, sign=c.firm, when=c.filed_on - timedelta(days=3), rng=rng, stamp=c.firm, role="hei")]
    if code == "lawyer_license":
        s = Sheet()
        s.box(mm(30), mm(40), A4[0] - mm(30), mm(150), width=3, outline=(120, 40, 40))
        s.centred(mm(50), "中华人民共和国律师执业证", _f(7, "serif_bold"))
        f = _f(4.6, "sans")
        for i, line in enumerate([f"姓名：{c.agent}", f"执业机构：{c.firm}", f"执业证号：{c.extra['licence']}",
                                  "发证机关：江苏省司法厅", "（复印件，与原件一致）"]):
            s.text(mm(45), mm(70) + i * mm(14), line, f)
        signature(s, mm(120), mm(135), c.agent, rng)
        return [s]
    if code == "identity_proof":
        p = r if served == ["respondent"] else a
        return [idcopy(p, c, rng)]
    if code == "property_clue_form":
        clue = {"parts": "被执行人对江苏悦达起亚供应链有应收货款；江苏银行盐城分行基本户", "wage": "景区门票收入账户；游船码头",
                "loan": f"东台弶港镇租赁鱼塘约{c.extra.get('ponds', 80)}亩，塘内南美白对虾"}[t]
        return [handform("被执行人财产线索表", [("申请执行人", a.name), ("被执行人", r.name), ("财产线索", clue),
                                          ("线索来源", "申请人了解"), ("提供人签名", "")], c, rng)]
    if code == "fee_receipt":
        s = Sheet()
        s.centred(mm(22), "江苏省法院诉讼费专用票据（电子）", _f(6.4, "sans_bold"), fill=(150, 40, 40))
        f = _f(4.2, "sans")
        rows = [["交款人", a.name, "票据号码", f"32{rng.randint(10**8, 10**9 - 1)}"], ["项目", "申请执行费", "金额",
                f"{c.extra['fee']:,.2f}"], ["案号", c.number, "开票日期", num_date(c.filed_on)], ["收款单位", COURT]]
        grid(s, mm(18), mm(38), [mm(30), mm(70), mm(30), mm(44)], rows, f, mm(15))
        seal(s, A4[0] - mm(60), mm(100), "江苏省盐城市亭湖区人民法院财务专用章", rng)
        return [s]
    if code == "payment_account_confirmation":
        return [handform("申请执行人收取案款确认书", [("申请执行人", a.name), ("开户行", c.extra["in_bank"]),
                                              ("账号", c.extra["in_acct"]), ("户名", a.name), ("确认人签名", "")], c, rng)]
    if code == "service_address_confirmation":
        return [handform("送达地址确认书", [("受送达人", a.name), ("送达地址", a.address), ("联系电话", a.phone),
                                        ("电子送达", "同意，手机号码同上"), ("确认人签名", "")], c, rng)]
    if code == "settlement_agreement":
        return [letter("执行和解协议", [f"|甲方（申请执行人）：{a.name}", f"|乙方（被执行人）：{r.name}",
                       f"双方就{c.number}案件自愿达成如下和解：", f"一、乙方于{cn_date(c.day(30))}前将{amt}一次性汇入"
                       "亭湖法院执行案款专户；", "二、乙方按期履行的，甲方放弃迟延履行利息；", "三、乙方未按期履行，甲方可申请恢复执行。"],
                       sign=f"甲方：{a.name}　　乙方：{r.name}", when=made_on(c, code), rng=rng, role="kai_gb")]
    if code == "payment_voucher":
        return statement(c, rng)
    raise KeyError(code)


def idcopy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    f = _f(3.6, "hei")
    if p.kind == "organisation":
        s.box(mm(22), mm(30), A4[0] - mm(22), mm(200), width=6, outline=(170, 120, 40))
        s.centred(mm(44), "营 业 执 照", _f(10, "serif_bold"), spacing=mm(2))
        for i, (k, v) in enumerate([("统一社会信用代码", p.id_number), ("名称", p.name), ("类型", "有限责任公司"),
                                    ("法定代表人", p.legal_rep), ("住所", p.address), ("登记机关", "盐城市市场监督管理局")]):
            s.text(mm(34), mm(74) + i * mm(15), f"{k}　{v}", _f(4.4, "serif"))
        seal(s, A4[0] - mm(60), mm(170), "盐城市市场监督管理局", rng)
        s.text(mm(34), mm(214), "复印件与原件一致", _f(4.6, "kai"))
        return s
    for top, lines in ((mm(40), [f"姓名　{p.name}", f"性别　{p.sex}　民族　汉", f"出生　{num_date(p.born) if p.born else ''}",
                                 f"住址　{p.address}", f"公民身份号码　{p.id_number}"]),
                       (mm(140), ["中华人民共和国", "居民身份证", f"签发机关　{authority(p.address)}", "有效期限　2018.05.06-2038.05.06"])):
        s.draw.rounded_rectangle((mm(50), top, mm(50) + mm(86 * 1.3), top + mm(54 * 1.3)), radius=mm(4),
                                 outline=(150, 150, 160), width=3, fill=(236, 240, 246))
        for i, line in enumerate(lines):
            s.text(mm(56), top + mm(6) + i * mm(12), line, f)
    hand(s, mm(60), mm(232), "此复印件仅供法院执行使用", rng, size=round(mm(5)))
    return s


def authority(address: str) -> str:
    """the police bureau that issued a card, from the holder's address (射阳县公安局, 盐城市公安局亭湖分局)."""
    place = address.split("省", 1)[-1]
    county = re.match(r"(.+?[县市])(.+?区)?", place)
    if county is None:
        return "盐城市公安局"
    return f"{county.group(1)}公安局{county.group(2)[:-1] + '分局' if county.group(2) else ''}"


def handform(title: str, rows: list[tuple[str, str]], c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(26), title, _f(7.6, "serif_bold"))
    s.text(mm(22), mm(42), f"案号：{c.number}", _f(4.2))
    h = mm(24)
    grid(s, mm(22), mm(52), [mm(40), A4[0] - mm(84)], [[k, ""] for k, _ in rows], _f(4.6), h)
    for i, (_k, v) in enumerate(rows):
        if v:
            for j, part in enumerate(wrap(v, _f(5, "kai"), A4[0] - mm(92))[:2]):
                hand(s, mm(66), mm(52) + i * h + mm(4) + j * mm(8), part, rng, size=round(mm(5)))
    signature(s, mm(70), mm(52) + (len(rows) - 1) * h + mm(6), c.applicant.legal_rep or c.applicant.name, rng)
    hand(s, mm(120), mm(52) + len(rows) * h + mm(8), num_date(c.filed_on - timedelta(days=1)), rng, size=round(mm(4.6)))
    return s


def basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r, amt = c.applicant, c.respondent, money(c.amount)
    t = tale(c)
    if t == "wage":
        paras = [f"|{c.basis_number}", f"|申请人：{a.name}，{a.sex}，住{a.address}。",
                 f"|被申请人：{r.name}，住所地{r.address}，法定代表人{r.legal_rep}。",
                 f"申请人自2021年起在被申请人经营的湿地景区从事观光车驾驶及游客接待工作，被申请人自2022年起拖欠其工资"
                 f"{c.extra['months']}个月，申请人遂向本委申请仲裁。", "本委依法组成仲裁庭，公开开庭进行了审理。现已审理终结。",
                 "经审理查明，被申请人因丹顶鹤保护区周边景区停业整改，经营困难，未按时支付工资，有考勤表、工资条为证。",
                 "裁决如下：", f"被申请人于本裁决生效之日起十日内支付申请人拖欠的劳动报酬及经济补偿金合计{amt}。",
                 "本裁决为终局裁决，自作出之日起发生法律效力。"]
        return [letter("仲 裁 裁 决 书", paras, issuer=c.basis_court, sign="仲裁员　" + person_name(rng),
                       when=c.basis_effective - timedelta(days=25), rng=rng, stamp=c.basis_court, role="serif")]
    mediation = c.basis_kind == "mediation"
    facts = ("原告于2022年陆续出借被告款项用于东台沿海鱼塘承包及虾苗投放，被告出具借条，到期未还。" if mediation else
             f"原、被告之间存在{c.extra.get('goods', '汽车零部件')}供货关系，原告按约向被告供货，被告收货后配套供应悦达起亚，"
             "经对账尚欠货款未付。")
    operative = (["本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：",
                  f"被告{r.name}于{cn_date(c.basis_effective + timedelta(days=30))}前归还原告{a.name}借款本金及利息合计{amt}。",
                  "案件受理费减半收取，由被告负担。", "上述协议，符合有关法律规定，本院予以确认。",
                  "本调解书经双方当事人签收后，即具有法律效力。"] if mediation else
                 ["本院认为，买卖合同合法有效，被告未按约支付货款，应承担付款责任。依照《中华人民共和国民法典》第六百二十六条之规定，"
                  "判决如下：", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{amt}。",
                  "如不服本判决，可在判决书送达之日起十五日内上诉于江苏省盐城市中级人民法院。"])
    paras = [f"|{c.basis_number}", f"|原告：{a.name}，住{a.address}。", f"|被告：{r.name}，住{r.address}。",
             f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后依法适用简易程序审理。", facts, *operative]
    first = letter("民 事 调 解 书" if mediation else "民 事 判 决 书", paras[:7], issuer=COURT, rng=rng,
                   role="serif", size=5.2)
    second = letter("", paras[7:], sign=f"审判员　{person_name(rng)}", when=c.basis_effective - timedelta(days=16),
                    rng=rng, stamp=COURT, role="serif", size=5.2)
    second.lines.append(f"{c.basis_number}　第2页")
    second.text(mm(25), A4[1] - mm(18), f"{c.basis_number}　第2页", _f(3.8), record=False)
    first.text(mm(25), A4[1] - mm(18), f"{c.basis_number}　第1页", _f(3.8))
    return [first, second]


def statement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's wide 账户交易明细 (A3 landscape): the case-money account paying the applicant out."""
    w = Wide(paper=(255, 255, 255))
    green = (20, 110, 80)
    w.put(mm(16), mm(12), "江苏银行", _f(7, "sans_bold"), colour=green)
    w.mid(0, A4[0], mm(14), "单位账户交易明细对账单", _f(6, "sans_bold"))
    f = _f(3.4, "mono")
    w.put(mm(16), mm(28), f"户名：江苏省盐城市亭湖区人民法院（执行案款专户）　账号：3221{rng.randint(10**12, 10**13 - 1)}", f)
    w.put(A4[0] + mm(10), mm(28), f"币种：人民币　查询区间：{num_date(c.filed_on)}至{num_date(c.day(45))}", f)
    # the fold falls between 对方户名 and 对方账号: each pass holds whole columns
    cols = [mm(28), mm(24), mm(26), mm(36), mm(30), mm(50), mm(66), mm(34), mm(40), mm(30), mm(24)]
    head = ["交易日期", "凭证号", "摘要", "借方发生额", "贷方发生额", "对方户名", "对方账号/开户行", "余额", "案号",
            "柜员", "渠道"]
    bal = Decimal(rng.randint(10**6, 10**7))
    rows = [head]
    day_in = c.extra["pay_day"] - timedelta(days=rng.randint(3, 8))
    for when, memo, dr, cr, other, acct in (
            (day_in, "执行款", "", f"{c.amount:,.2f}", c.respondent.name, f"{rng.randint(10**15, 10**16 - 1)}"),
            (c.extra["pay_day"], "案款发放", f"{c.amount:,.2f}", "", c.applicant.name,
             f"{c.extra['in_acct']}/{c.extra['in_bank']}")):
        bal += c.amount if cr else -c.amount
        rows.append([num_date(when), f"{rng.randint(10**7, 10**8 - 1)}", memo, dr, cr, other, acct, f"{bal:,.2f}",
                     c.number, f"{rng.randint(1000, 9999)}", "网银"])
    w.cells(mm(16), mm(38), cols, rows, f, mm(14))
    w.put(A4[0] + mm(120), mm(120), "江苏银行盐城分行（业务专用章）", f)
    seal(w.s, A4[0] + mm(150), mm(118), "江苏银行盐城分行", rng)
    return w.halves()


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in OWN:
        return own(code, c, rng, served)
    return received(code, c, rng, served)

