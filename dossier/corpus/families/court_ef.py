"""court_ef (江苏省淮安市清江浦区人民法院, held out): the old town of 淮安 on the 里运河 and the 京杭运河 — 淮扬菜
restaurants, 盱眙 crayfish traders, salt-chemical plants, canal barges. Its own papers in the bureau's 宋体 style
(court_ef_kit); what it receives in the senders' styles (court_ef_papers). Captured by the archive's production
scanner with auto colour detection and bleed-through removal (court_ef_capture)."""

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
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_ef_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    court_paper,
    form_head,
    page_marks,
    text_font,
)
from dossier.corpus.families.court_ef_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "online_inquiry_result", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
CRAYFISH_SEQ, SALT_SEQ, BARGE_SEQ = 49118, 49263, 49407
LAW = "《中华人民共和国民事诉讼法》"
DAYS = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 11,
        "summons": 16, "investigation_record": 21, "consumption_restriction_order": 30, "dishonest_list_decision": 30,
        "settlement_agreement": 26, "payment_voucher": 40, "interview_record": 104,
        "termination_this_round_ruling": 121, "closing_notice": 64}
TITLES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
          "payment_notice": "缴纳申请执行费通知书", "enforcement_ruling": "执行裁定书",
          "termination_this_round_ruling": "执行裁定书", "consumption_restriction_order": "限制消费令",
          "dishonest_list_decision": "决定书", "summons": "传票", "closing_notice": "结案通知书",
          "assistance_notice": "协助执行通知书"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code in ("file_review_form", "dossier_cover", "catalogue", "remarks_sheet"):
        return c.closed_on + timedelta(days=2)
    if code == "closing_notice":
        return c.closed_on - timedelta(days=1)
    return c.day(DAYS.get(code, 0))


def _person(rng: random.Random, region: str, addr: str, lo: int = 1962, hi: int = 1990) -> Party:
    born = date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), addr,
                 f"1{rng.choice(['37', '51', '58', '89'])}{rng.randint(10000000, 99999999)}", born=born,
                 sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """淮安 parties. CRAYFISH_SEQ: a 盱眙 crayfish trader's judgment of this court for unpaid 小龙虾 against a 淮扬菜
    restaurant company (account frozen, paid, archived); SALT_SEQ: a worker's 淮安市劳动人事争议仲裁委员会 award for
    wages against a salt-chemical plant that stopped work (nothing found, 终本); BARGE_SEQ: a 民间借贷 judgment against a
    canal barge owner, settled and paid."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {CRAYFISH_SEQ: "crayfish", SALT_SEQ: "salt", BARGE_SEQ: "barge"}[seq]
    c.firm = rng.choice(["江苏淮清律师事务所", "江苏里运河律师事务所", "江苏漕运律师事务所"])
    c.extra["firm_addr"] = f"淮安市清江浦区{rng.choice(['淮海东路', '健康东路', '承德南路'])}{rng.randint(10, 220)}号"
    c.extra["licence"] = f"1320820{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["江苏银行淮安分行", "淮安农村商业银行清江浦支行", "中国工商银行淮安清江浦支行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    street = rng.choice(["长东街道", "清江街道", "浦楼街道", "柳树湾街道"])
    if c.extra["tale"] == "crayfish":
        c.applicant = _person(rng, "320830", f"江苏省盱眙县{rng.choice(['马坝镇', '旧铺镇', '管镇镇'])}"
                              f"{rng.choice(['龙虾', '淮河', '桂五'])}村{rng.randint(1, 12)}组{rng.randint(1, 60)}号")
        brand = rng.choice(["文楼", "淮扬府", "河下"])
        c.respondent = Party(f"淮安{brand}餐饮管理有限公司", "organisation", credit_code(rng, "320812"),
                             f"江苏省淮安市清江浦区{street}{rng.choice(['水门桥', '越河街', '里运河'])}"
                             f"{rng.randint(1, 99)}号", f"0517-8{rng.randint(1000000, 9999999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）苏0812民初{rng.randint(3000, 9999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["kg"] = rng.randint(3800, 9200)
        c.amount = Decimal(rng.randint(1800, 6400)) * 100
        c.extra["r_bank"] = "中国农业银行淮安清江浦支行"
        c.extra["r_acct"] = f"1035{rng.randint(10**11, 10**12 - 1)}"
    elif c.extra["tale"] == "salt":
        c.applicant = _person(rng, "320804", f"江苏省淮安市淮阴区{rng.choice(['王营镇', '赵集镇', '码头镇'])}"
                              f"{rng.choice(['新庄', '小圩', '河口'])}村{rng.randint(1, 9)}组", 1968, 1992)
        c.respondent = Party(f"淮安{rng.choice(['苏淮', '华润丰', '淮盐'])}盐化有限公司", "organisation",
                             credit_code(rng, "320812"), f"江苏省淮安市清江浦区盐化工园区{rng.choice(['经三路', '纬二路'])}"
                             f"{rng.randint(1, 60)}号", f"0517-8{rng.randint(1000000, 9999999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "淮安市劳动人事争议仲裁委员会"
        c.basis_number = f"淮劳人仲案字〔2023〕第{rng.randint(200, 1400)}号"
        c.extra["cause"] = "劳动争议"
        c.amount = Decimal(rng.randint(3200, 9800)) * 10
        c.extra["months"] = rng.randint(5, 11)
    else:
        c.applicant = _person(rng, "320812", f"江苏省淮安市清江浦区{street}{rng.choice(['环城', '东大街', '漕运'])}"
                              f"小区{rng.randint(1, 30)}幢{rng.randint(101, 1602)}室")
        c.respondent = _person(rng, "320803", f"江苏省淮安市淮安区{rng.choice(['河下', '车桥', '淮城'])}镇"
                               f"{rng.choice(['运河', '码头'])}村{rng.randint(1, 16)}组", 1966, 1985)
        c.basis_court = COURT
        c.basis_number = f"（2023）苏0812民初{rng.randint(3000, 9999)}号"
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(900, 3600)) * 100
        c.extra["ship"] = f"苏淮货{rng.randint(1000, 9999)}"
        c.extra["tons"] = rng.choice([800, 1000, 1200, 1600])
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 110))
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.01 + 50) if c.amount < 10000 else int(float(c.amount) * 0.005 + 100))
    c.extra["pay_day"] = c.day(rng.randint(36, 48))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return own(code, c, rng, served)


def basis_name(c: CaseCtx) -> str:
    kind = {"crayfish": "民事判决书", "salt": "仲裁裁决书", "barge": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _notice(c: CaseCtx, rng: random.Random, code: str, to: str, paras: list[str]) -> list[Sheet]:
    blocks = [("f", f"{to}：")] + [("p", p) for p in paras]
    tail = [("f", f"联系人：{c.officer}　　联系电话：{c.court.phone}"), ("f", f"本院地址：{c.court.address}")]
    return court_paper(c, rng, TITLES[code], blocks, day=made_on(c, code), tail=tail)


def _ruling(c: CaseCtx, rng: random.Random, code: str, paras: list[str], orders: list[str], after: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    head = [("f", f"申请执行人：{a.name}，{a.sex}，{a.born.year if a.born else 1980}年生，住{a.address}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。")]
    if r.kind == "organisation":
        head += [("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。")]
    else:
        head += [("f", f"被执行人：{r.name}，{r.sex}，{r.born.year if r.born else 1975}年生，住{r.address}。")]
    blocks = head + [("p", p) for p in paras] + [("p", o) for o in orders] + [("p", x) for x in after]
    signers = [("审判长", c.judge), ("审判员", person_name(random.Random(c.number))), ("书记员", c.clerk)]
    return court_paper(c, rng, "执行裁定书", blocks, day=made_on(c, code), signers=signers, stamp=True)


def own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    if code == "acceptance_notice":
        return _notice(c, rng, code, a.name, [
            f"你（单位）申请执行{basis_name(c)}一案，本院经审查，符合法定受理条件，决定立案执行。现将有关事项通知如下：",
            f"一、本案案号为{c.number}，由执行员{c.officer}承办，书记员{c.clerk}协助办理。",
            "二、你（单位）应当积极向本院提供被执行人的财产线索；被执行人的住所、财产状况发生变化的，应当及时告知本院。",
            "三、本院将依法通过网络执行查控系统查询被执行人的存款、车辆、不动产等财产，案件进展可通过江苏法院诉讼服务网或"
            "12368热线查询。",
            "特此通知。"])
    if code == "payment_notice":
        return _notice(c, rng, code, a.name, [
            f"你（单位）申请执行{basis_name(c)}一案，本院已立案执行。依照《诉讼费用交纳办法》第十四条的规定，你（单位）"
            f"应预交申请执行费{c.extra['fee']:.2f}元，该费用由被执行人负担，本院执行后一并向被执行人收取。",
            "请于接到本通知之日起七日内通过江苏法院电子缴费平台或到本院诉讼服务中心收费窗口交纳。逾期不交又未申请缓交的，"
            "按撤回执行申请处理。"])
    if code == "enforcement_notice":
        return _notice(c, rng, code, r.name, [
            f"{case}，{basis_name(c)}已经发生法律效力。申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。"
            f"依照{LAW}第二百四十七条、第二百五十二条的规定，责令你（单位）自收到本通知之日起立即履行下列义务：",
            f"一、向申请执行人支付{money(c.amount)}及迟延履行期间的债务利息；",
            f"二、负担申请执行费{c.extra['fee']:.2f}元。",
            "逾期不履行的，本院将依法强制执行，并可依法将你（单位）纳入失信被执行人名单、限制高消费；拒不履行情节严重的，"
            "依法追究刑事责任。"])
    if code == "property_report_order":
        return _notice(c, rng, code, r.name, [
            f"{case}，你（单位）未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产"
            "调查若干问题的规定》的规定，责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的"
            "财产情况，包括存款、现金、有价证券、不动产、车辆、船舶、其他动产、股权及到期债权等。",
            "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；"
            "构成犯罪的，依法追究刑事责任。"])
    if code == "enforcement_ruling":
        frozen = c.amount + c.extra["fee"]
        return _ruling(c, rng, code, [
            f"本院在执行{case}中，{basis_name(c)}已经发生法律效力，被执行人未按执行通知履行义务。依照{LAW}第二百四十九条、"
            "第二百五十条、第二百五十三条的规定，裁定如下："],
            [f"冻结、划拨被执行人{r.name}名下银行存款{frozen:,.2f}元；或者查封、扣押、冻结其价值相应的其他财产。"],
            ["本裁定立即执行。"])
    if code == "termination_this_round_ruling":
        return _ruling(c, rng, code, [
            f"本院在执行{case}中，于{cn_date(c.day(3))}起通过全国法院网络执行查控系统及江苏法院执行指挥系统对被执行人的银行"
            "存款、不动产、车辆、股权、证券、网络资金等进行了查询，未发现可供执行的财产；经到被执行人住所地及盐化工园区厂区"
            "实地调查，该厂已停产，设备已被抵押权人处置。本院已向被执行人发出报告财产令，限制其法定代表人高消费，并将其纳入"
            "失信被执行人名单。申请执行人对本院的调查结果无异议，同意终结本次执行程序。",
            f"本院认为，被执行人暂无财产可供执行，依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事"
            "诉讼法〉的解释》第五百一十七条的规定，裁定如下："],
            [f"终结本次执行程序。本案尚未执行的{money(c.amount)}，被执行人应当继续履行。"],
            ["申请执行人发现被执行人有可供执行财产的，可以再次申请执行。", "本裁定送达后立即生效。"])
    if code == "assistance_notice":
        bank = c.extra.get("r_bank", "中国建设银行淮安分行")
        frozen = c.amount + c.extra["fee"]
        return court_paper(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于{case}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百四十九条的规定，请协助执行下列"
                  "事项："),
            ("p", f"冻结被执行人{r.name}（{'统一社会信用代码' if r.kind == 'organisation' else '公民身份号码'}{r.id_number}）"
                  f"在你行开立的{('账户' + c.extra['r_acct']) if c.extra.get('r_acct') else '全部账户'}内存款"
                  f"{frozen:,.2f}元，冻结期限一年，自{cn_date(made_on(c, code))}起至{cn_date(made_on(c, code) + timedelta(days=364))}止。"),
            ("p", "冻结期间，未经本院许可，不得支付。请将协助执行情况填写回执后交本院执行人员。"),
        ], day=made_on(c, code), tail=[("f", f"经办人：{c.officer}、{c.clerk}　　电话：{c.court.phone}")])
    if code == "summons":
        return _summons(c, rng)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("f", f"被限制人：{r.name}，统一社会信用代码{r.id_number}；法定代表人{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  f"依照{LAW}第二百六十六条和《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                  f"对被执行人{r.name}及其法定代表人{r.legal_rep}采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需"
                  "的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以拘留、罚款；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=made_on(c, code))
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不报告财产。依照{LAW}"
                  "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。"),
        ], day=made_on(c, code))
    if code == "closing_notice":
        return _notice(c, rng, code, a.name, [
            f"{case}，被执行人已按照和解协议履行完毕，{money(c.amount)}已全部给付，申请执行费{c.extra['fee']:.2f}元已由被执行人"
            f"负担。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。",
            "特此通知。"])
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
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
    s = Sheet()
    y = form_head(s, "传　票", sub=COURT)
    s.right(s.width - RIGHT, y, c.number, text_font(36))
    y += 64
    when = made_on(c, "summons") + timedelta(days=7)
    rows = [["案　由", f"{c.extra['cause']}执行"], ["被传唤人", f"{c.respondent.name}（法定代表人{c.respondent.legal_rep}）"],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "接受询问、报告财产"],
            ["应到时间", f"{when.year}年{when.month}月{when.day}日上午9时00分"], ["应到处所", "本院执行局第三谈话室（健康西路18号）"]]
    y = table(s, LEFT, y, [mm(44), s.width - LEFT - RIGHT - mm(44)], rows, text_font(36), row_h=112, width=3,
              centre_first=True)
    y += 40
    for line in ["注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
                 "三、被传唤人收到传票后，应在送达回证上签名或者盖章。", "四、拒不到场的，本院可以依法拘传。"]:
        s.text(LEFT, y, line, text_font(32))
        y += 52
    x = s.right(s.width - RIGHT - mm(8), y + 60, cn_date(made_on(c, "summons")), text_font(38))
    seal(s, x + mm(22), y + 50, COURT, rng)
    s.text(LEFT, y + 60, f"执行员：{c.officer}", text_font(36))
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A 笔录 on the court's lined record paper, the questions and answers written in by the clerk."""
    inv = code == "investigation_record"
    day = made_on(c, code)
    s = Sheet()
    sheets = [s]
    y = form_head(s, "调 查 笔 录" if inv else "谈 话 笔 录")
    f = text_font(34)
    place = (f"{c.respondent.address}（厂区门卫室）" if inv else "本院执行局谈话室")
    who = (f"{c.respondent.legal_rep}（被执行人{c.respondent.name}法定代表人）" if inv and c.respondent.kind == "organisation"
           else (c.respondent.name if inv else f"{c.applicant.name}（申请执行人）"))
    heads = [("时间", f"{day.year}年{day.month}月{day.day}日{rng.randint(9, 15)}时{rng.choice(['00', '20', '30'])}分"),
             ("地点", place), ("调查人" if inv else "谈话人", f"{c.officer}、{c.clerk}"), ("记录人", c.clerk),
             ("被调查人" if inv else "被谈话人", who), ("案号", c.number)]
    for label, val in heads:
        s.text(LEFT, y, f"{label}：", f)
        s.line(LEFT + 150, y + 46, s.width - RIGHT, y + 46, width=1)
        hand(s, LEFT + 160, y - 4, val, rng, size=38, ink=INK)
        y += 66
    y += 10
    if inv:
        qa = [("问", "我们是清江浦区人民法院执行局的工作人员，今天依法向你调查企业财产情况，你要如实回答，听清楚了吗？"),
              ("答", "听清楚了。"), ("问", "厂里现在什么情况？"),
              ("答", "去年下半年盐价跌了，卤井停了，设备抵给银行了，工人工资欠了好几个月，现在就剩门卫。"),
              ("问", "公司还有没有存款、车辆、应收款？"), ("答", "账户都被冻了，没有钱，车早卖了，应收款也收不回来。"),
              ("问", "申请执行人的工资什么时候能付？"), ("答", "现在实在拿不出来，等园区有人接手再说。"),
              ("问", "以上记录你看一下，是否属实？"), ("答", "属实。")]
    else:
        qa = [("问", "今天约你来，是告知本案的执行情况，听取你的意见。"), ("答", "好的。"),
              ("问", "经网络查控和实地调查，被执行人名下没有可供执行的财产，厂子已停产，本院已对其限制消费、纳入失信名单。"
                     "你能否提供新的财产线索？"),
              ("答", "我也找不到他们的财产，老板人也联系不上。"),
              ("问", "本院拟终结本次执行程序，终本后发现财产可以申请恢复执行，你有什么意见？"),
              ("答", "我没有意见，同意先终本，发现财产再来申请。"), ("问", "以上记录你看一下，是否属实？"), ("答", "属实。")]
    bottom = s.height - mm(30)
    for q, ans in qa:
        parts = _cut(f"{q}：{ans}", 30)
        for part in parts:
            if y + 64 > bottom:
                s = Sheet()
                sheets.append(s)
                y = TOP
            s.line(LEFT, y + 50, s.width - RIGHT, y + 50, width=1, fill=(150, 150, 150))
            hand(s, LEFT + 6, y, part, rng, size=38, ink=BLUE_INK)
            y += 64
    y += 20
    if y + 120 > bottom:
        s = Sheet()
        sheets.append(s)
        y = TOP
    s.text(LEFT + mm(70), y + 10, "被调查人：" if inv else "被谈话人：", f)
    signature(s, LEFT + mm(104), y, c.respondent.legal_rep or c.respondent.name if inv else c.applicant.name, rng)
    s.text(LEFT, y + 90, f"调查人：{c.officer}　记录人：{c.clerk}", f)
    return page_marks(sheets)


def _cut(s: str, n: int) -> list[str]:
    return [s[i:i + n] for i in range(0, len(s), n)]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "送 达 回 证", sub=COURT)
    f = text_font(34)
    to_applicant = served and served[0] in ("acceptance_notice", "payment_notice")
    who = c.applicant.name if to_applicant else c.respondent.name
    names = "、".join(f"{c.number}{TITLES.get(x, x)}" for x in served) or f"{c.number}执行通知书"
    base = max((made_on(c, x) for x in served), default=c.day(2))
    got = base + timedelta(days=rng.randint(1, 4))
    signer = c.agent if to_applicant else (c.respondent.legal_rep or c.respondent.name)
    w = s.width - LEFT - RIGHT
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["送达文书名称及件数", f"{names}各一份"],
            ["受送达人", who], ["送达地址", c.applicant.address if to_applicant else c.respondent.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达"], ["送达人", f"{c.officer}　{c.clerk}"],
            ["备　　注", ""]]
    heights = [100, 100, 170, 100, 120, 200, 110, 100, 100, 130]
    top = y + 20
    table(s, LEFT, top, [mm(52), w - mm(52)], rows, f, row_h=heights, width=3, centre_first=True)
    sy = top + sum(heights[:5])
    signature(s, LEFT + mm(62), sy + 30, signer, rng)
    hand(s, LEFT + mm(110), sy + 120, f"{got.year}.{got.month}.{got.day}", rng, size=40, ink=INK)
    s.text(LEFT, top + sum(heights) + 30, "填发人：" + c.clerk + "　　　　　" + num_date(base), text_font(30))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 执行查控系统's printout: a wide grid in small sans, the query date at the top, no seal."""
    s = Sheet()
    day = made_on(c, "online_inquiry_result")
    s.centred(TOP - mm(8), "江苏法院执行案件网络查控反馈结果", font("sans_bold", 48))
    g = font("sans", 27)
    y = TOP + 70
    s.text(LEFT - mm(10), y, f"案号：{c.number}　　被查询人：{c.respondent.name}　　证件号码：{c.respondent.id_number}", g)
    y += 46
    s.text(LEFT - mm(10), y, f"承办人：{c.officer}　　查询日期：{day:%Y-%m-%d}　　反馈截止：{day + timedelta(days=3):%Y-%m-%d}", g)
    y += 60
    broke = tale(c) == "salt"
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "余额/数量"]]
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "江苏银行", "淮安农商银行",
             "邮储银行", "招商银行"]
    for i, b in enumerate(banks, 1):
        hit = (not broke) and b == "中国农业银行"
        rows.append([str(i), b, "存款", "有账户" if hit or rng.random() < 0.3 else "无账户",
                     f"{(c.amount * Decimal('1.3')):,.2f}" if hit else "0.00"])
    extra = [("自然资源部", "不动产", "无登记"), ("公安部交管局", "车辆", "无登记" if broke else "有1辆"),
             ("市场监管总局", "股权", "无"), ("中国证券登记结算", "证券", "无账户"), ("支付宝", "网络资金", "0.00"),
             ("财付通", "网络资金", "0.00"), ("交通运输部", "船舶", "有1艘" if tale(c) == "barge" else "无登记")]
    for i, (who, kind, res) in enumerate(extra, len(banks) + 1):
        rows.append([str(i), who, kind, res, "—"])
    w = s.width - 2 * LEFT + mm(20)
    table(s, LEFT - mm(10), y, [mm(18), mm(58), mm(30), mm(36), w - mm(142)], rows, g, row_h=54, width=1, pad=8)
    s.text(LEFT - mm(10), s.height - mm(22), f"打印时间：{day + timedelta(days=3):%Y-%m-%d} 16:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
           "　　　第1页/共1页", font("sans", 24))
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行案件结案审批表", sub=COURT + "执行局")
    f = text_font(32)
    w = s.width - LEFT - RIGHT
    way = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    paid = "0.00" if c.method == "terminated_this_round" else f"{c.amount:,.2f}"
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c)],
            ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{paid}元"],
            ["结案方式", way, "承办人", c.officer],
            ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [96, 96, 110, 96, 96, 260, 200, 200]
    table(s, LEFT, y, [mm(38), mm(56), mm(32), w - mm(126)], rows, f, row_h=hs, width=3)
    yy = y + sum(hs[:5])
    view = ("被执行人已履行完毕，建议以执行完毕结案。" if c.method == "fully_performed"
            else "穷尽财产调查措施，未发现可供执行财产，申请人同意，建议终本结案。")
    hand(s, LEFT + mm(42), yy + 30, view[:22], rng, size=36, ink=BLUE_INK)
    hand(s, LEFT + mm(42), yy + 80, view[22:], rng, size=36, ink=BLUE_INK)
    signature(s, LEFT + mm(120), yy + 170, c.officer, rng)
    hand(s, LEFT + mm(42), yy + 300, "同意承办人意见。", rng, size=38, ink=BLUE_INK)
    hand(s, LEFT + mm(42), yy + 490, f"同意。{c.judge} {num_date(made_on(c, 'closing_approval_form'))}", rng, size=38,
         ink=BLUE_INK)
    return [s]


def _cover(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(247, 240, 222))
    s.centred(mm(32), COURT, font("serif_bold", 60), spacing=6)
    s.centred(mm(52), "执 行 案 卷", font("hei", 96), spacing=30)
    s.centred(mm(76), "（正卷）", font("serif", 44))
    f = text_font(40)
    w = s.width - mm(56)
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_name(c)], ["执行标的", money(c.amount)],
            ["承办人", c.officer], ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
            ["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
            ["归档日期", cn_date(made_on(c, "dossier_cover"))], ["保管期限", "长期"]]
    table(s, mm(28), mm(92), [mm(46), w - mm(46)], rows, f, row_h=[100] * 4 + [140, 140] + [100] * 6, width=3,
          centre_first=True)
    s.text(mm(28), s.height - mm(18), "本卷共　　件　　页　　　　　　　全宗号：　　目录号：　　卷号：", text_font(34))
    hand(s, mm(28) + 118, s.height - mm(19), "1", rng, size=40, ink=INK, record=False)
    return [s]


CATALOGUE_ROWS = ["卷宗封面", "卷内目录", "执行申请书", "执行依据", "生效证明书", "财产线索", "诉讼费收据", "身份证明材料",
                  "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书", "受理案件通知书",
                  "缴纳申请执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书",
                  "协助执行通知书", "执行和解协议", "付款凭证", "结案通知书", "结案审批表", "送达回证", "卷宗审查表",
                  "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    sheets: list[Sheet] = []
    rows = CATALOGUE_ROWS
    per = 18
    page = 1
    for start in range(0, len(rows), per):
        s = Sheet()
        y = form_head(s, "卷 内 目 录") if start == 0 else TOP
        if start == 0:
            s.text(LEFT, y, f"案号：{c.number}", text_font(34))
            y += 60
        grid = [["序号", "文件名称", "页号", "备注"]]
        for i, name in enumerate(rows[start:start + per], start + 1):
            grid.append([str(i), name, str(page), ""])
            page += rng.choice([1, 1, 1, 2, 3])
        w = s.width - LEFT - RIGHT
        table(s, LEFT, y, [mm(18), mm(100), mm(26), w - mm(144)], grid, text_font(32), row_h=82, width=2)
        sheets.append(s)
    return page_marks(sheets)


def _review(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行案件卷宗审查表", sub=COURT)
    w = s.width - LEFT - RIGHT
    f = text_font(32)
    items = ["卷内材料齐全、排列有序", "法律文书送达回证齐全", "执行款收付手续完备", "结案方式适当、审批手续齐全",
             "卷内页码编写正确", "装订整齐、无金属物"]
    rows = [["案号", c.number], ["承办人", c.officer]] + [[f"{i}. {t}", ""] for i, t in enumerate(items, 1)] + [
        ["审查意见", ""], ["审查人", ""]]
    hs = [90, 90] + [90] * len(items) + [220, 110]
    table(s, LEFT, y, [mm(110), w - mm(110)], rows, f, row_h=hs, width=2)
    yy = y + 180
    for _ in items:
        hand(s, LEFT + mm(126), yy + 20, "√", rng, size=44, ink=INK, record=False)
        yy += 90
    hand(s, LEFT + mm(112), yy + 40, "符合归档要求", rng, size=40, ink=BLUE_INK)
    signature(s, LEFT + mm(112), yy + 240, person_name(rng), rng)
    hand(s, LEFT + mm(150), yy + 250, num_date(made_on(c, "file_review_form")), rng, size=34, ink=INK)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "卷 内 备 考 表")
    f = text_font(36)
    s.text(LEFT, y, f"案号：{c.number}", f)
    y += 70
    w = s.width - LEFT - RIGHT
    s.box(LEFT, y, LEFT + w, s.height - mm(40), width=3)
    s.text(LEFT + 30, y + 30, "本卷情况说明：", f)
    hand(s, LEFT + 60, y + 110, f"本卷共{rng.randint(60, 90)}页，材料齐全，无缺页。", rng, size=40, ink=BLUE_INK)
    by = s.height - mm(90)
    s.text(LEFT + 30, by, f"立卷人：{c.clerk}", f)
    s.text(LEFT + 30, by + 80, f"检查人：{c.officer}", f)
    s.text(LEFT + mm(90), by + 80, f"立卷时间：{num_date(made_on(c, 'remarks_sheet'))}", f)
    return [s]
