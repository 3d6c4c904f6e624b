"""court_gb (浙江省金华市婺城区人民法院, held out): 金华 west of the 婺江 — 火腿 curing houses in the hills, 苗木 nurseries
along the 金兰 road, the 双龙洞 scenic area on 北山, 汽配 wholesale streets, 酥饼 bakeries, and the e-commerce
warehouses by the 金义 logistics hub. Its own papers in the bureau's case-system style (court_gb_kit); what it received
came mostly through a messaging app, in the senders' own styles (court_gb_papers). The capture: court_gb_capture."""

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
from dossier.corpus.families.court_gb_kit import (
    COURT,
    LEFT,
    RIGHT,
    Pen,
    body,
    court_paper,
    folio,
    form_title,
    frame,
    gel,
    typed,
)
from dossier.corpus.families.court_gb_papers import RECEIVED, received, via
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
HAM_SEQ, NURSERY_SEQ, RENT_SEQ = 64045, 64284, 64619
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 18, "investigation_record": 31, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "settlement_agreement": 26, "payment_voucher": 44}
BEFORE_CLOSE = {"interview_record": 16, "termination_this_round_ruling": 7, "closing_notice": 3,
                "closing_approval_form": 1, "file_review_form": -6, "catalogue": -7, "remarks_sheet": -7,
                "dossier_cover": -8}
"""days before the closing date (negative: after it — the archive's own papers)"""
NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "交纳申请执行费通知", "closing_notice": "结案通知书", "summons": "传票"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in BEFORE_CLOSE:
        return c.closed_on - timedelta(days=BEFORE_CLOSE[code])
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """金华 parties. HAM_SEQ: a 火腿 curing house wins this court's judgment for hams sold to an online shop company
    with its warehouse by the 金义 hub; an account is frozen, the shop settles and pays. NURSERY_SEQ: a 苗木 grower's
    award of the 金华仲裁委员会 against the company that landscaped the 双龙洞 scenic area, which has nothing left (终本).
    RENT_SEQ: a 汽配 wholesaler's judgment for shop rent against a 酥饼 baker, who settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {HAM_SEQ: "ham", NURSERY_SEQ: "nursery", RENT_SEQ: "rent"}[seq]
    c.firm = rng.choice(["浙江婺州律师事务所", "浙江八咏律师事务所", "浙江金兰律师事务所"])
    c.extra["firm_addr"] = f"金华市婺城区{rng.choice(['八一南街', '双溪西路', '回溪街'])}{rng.randint(20, 399)}号"
    c.extra["licence"] = f"1330720{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["金华银行婺城支行", "浙江金华成泰农村商业银行城西支行", "中国工商银行金华婺城支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"33072{rng.randint(100, 999)}"
    c.agent_phone = f"135{rng.randint(10000000, 99999999)}"
    if tale(c) == "ham":
        c.applicant = Party(f"金华市{rng.choice(['婺城区竹马', '婺城区罗店', '婺城区箬阳'])}火腿腌制有限公司", "organisation",
                            credit_code(rng, "330702"), f"浙江省金华市婺城区{rng.choice(['竹马乡', '罗店镇', '箬阳乡'])}"
                            f"{rng.choice(['下张家', '鹤坑', '新店'])}村{rng.randint(1, 90)}号", f"0579-8{rng.randint(2000000, 2999999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"金华{rng.choice(['八婺', '金义', '双溪'])}优选电子商务有限公司", "organisation",
                             credit_code(rng, "330703"), f"浙江省金华市金东区金义综合保税区{rng.choice(['仓储', '物流'])}"
                             f"{rng.randint(2, 9)}号库{rng.randint(101, 409)}室", f"0579-8{rng.randint(3000000, 3999999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）浙0702民初{rng.randint(3000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(2600, 6800)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["r_bank"] = rng.choice(["中国建设银行金华金东支行", "浙商银行金华分行"])
        c.extra["r_acct"] = f"3305{rng.randint(10**14, 10**15 - 1)}"
        c.extra["goods"] = "金华火腿（整腿、切片礼盒）"
    elif tale(c) == "nursery":
        born = date(rng.randint(1966, 1984), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "330702", born),
                            f"浙江省金华市婺城区{rng.choice(['白龙桥镇', '汤溪镇', '蒋堂镇'])}{rng.choice(['古方', '临江', '寺平'])}"
                            f"村{rng.randint(1, 200)}号", f"139{rng.randint(10000000, 99999999)}", born=born,
                            sex=rng.choice("男女"))
        c.respondent = Party(f"金华{rng.choice(['北山', '双龙', '尖峰'])}旅游景观工程有限公司", "organisation",
                             credit_code(rng, "330702"), f"浙江省金华市婺城区罗店镇双龙北路{rng.randint(10, 160)}号",
                             f"0579-8{rng.randint(2000000, 2999999)}", legal_rep=person_name(rng))
        c.basis_court = "金华仲裁委员会"
        c.basis_number = f"（2023）金仲裁字第{rng.randint(80, 640)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(900, 2400)) * 100
        c.extra["trees"] = rng.choice(["香樟、红叶石楠、桂花", "香樟、银杏、紫薇", "桂花、红枫、茶花"])
    else:
        c.applicant = Party(f"金华市婺城区{rng.choice(['江南', '西关', '城西'])}汽配商行", "organisation",
                            credit_code(rng, "330702").replace("91", "92", 1),
                            f"浙江省金华市婺城区{rng.choice(['李渔路', '丹溪路'])}汽配城{rng.randint(1, 12)}幢{rng.randint(1, 40)}号",
                            f"0579-8{rng.randint(2000000, 2999999)}", legal_rep=person_name(rng))
        c.applicant.id_number = _recheck(c.applicant.id_number)
        born = date(rng.randint(1975, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["330781", "330702"]), born),
                             f"浙江省金华市婺城区{rng.choice(['城北街道', '西关街道'])}{rng.choice(['人民西路', '宾虹西路'])}"
                             f"{rng.randint(10, 300)}号", f"158{rng.randint(10000000, 99999999)}", born=born,
                             sex=rng.choice("男女"))
        c.extra["shop"] = f"{c.respondent.name[0]}记金华酥饼"
        c.basis_court = COURT
        c.basis_number = f"（2023）浙0702民初{rng.randint(8000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.amount = Decimal(rng.randint(180, 560)) * 100
        c.extra["months"] = rng.randint(6, 14)
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(38, 46))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000, then 1.5 % to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def _recheck(code: str) -> str:
    """An individual business's code (92…) with its GB 32100 check character recomputed."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body17 = code[:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body17, weights, strict=True)) % 31
    return body17 + chars[0 if check == 31 else check]


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{'裁决书' if tale(c) == 'nursery' else '民事判决书'}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else ("你商行" if "商行" in p.name else "你")


def _who(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        rep = "经营者" if "商行" in p.name else "法定代表人"
        return ("party", f"{role}：{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}。{rep}：{p.legal_rep}。")
    born = p.born or date(1980, 1, 1)
    return ("party", f"{role}：{p.name}，{p.sex}，{cn_date(born)}出生，汉族，公民身份号码{p.id_number}，住{p.address}。")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"{a.name}与{r.name}{c.extra['cause']}执行一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方提交的强制执行申请（执行依据：{basis_name(c)}）收悉。经审查，符合受理条件，本院决定立案执行，"
                  f"立案日期{cn_date(c.filed_on)}。"),
            ("p", f"本案承办人：执行员{c.officer}；书记员：{c.clerk}；联系电话：{c.court.phone}。"),
            ("p", "请你方积极提供被执行人的财产线索。案件进展可登录浙江法院网或“浙江移动微法院”查询；你方的收款账户、"
                  "送达地址如有变更，应当书面告知本院。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院立案执行的{case}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，应交纳申请执行费"
                  f"人民币{c.extra['fee']}元。该费用可在执行结案时由被执行人负担，先由你方预交。"),
            ("p", "请在收到本通知之日起七日内通过浙江政务服务网“非税支付”或浙江法院网上缴费平台交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条"
                  f"的规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、支付申请执行人{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并依法对{_you(r)}采取限制高消费、纳入失信被执行人名单等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及收到"
                  "执行通知之日前一年的财产情况，并填写所附财产申报表。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "ham":
            order = f"冻结被执行人{r.name}在{c.extra['r_bank']}的账户（账号{c.extra['r_acct']}）内存款{money(c.amount)}，冻结期限一年。"
        else:
            order = f"冻结、划拨被执行人{r.name}银行存款{money(c.amount)}，或者查封、扣押其同等价值的其他财产。"
        return court_paper(c, rng, "执行裁定书", [
            _who("申请执行人", a), _who("被执行人", r),
            ("p", f"{basis_name(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请执行，本院依法立案。"
                  f"被执行人未按执行通知履行义务。依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank") or rng.choice(["金华银行婺城支行", "中国农业银行金华分行营业部"])
        return court_paper(c, rng, "协助执行通知书", [
            ("to", f"{bank}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}在你行开立的账户内存款，以{money(c.amount)}为限，期限一年，自{cn_date(d)}起算。"),
            ("small", f"附：{c.number}执行裁定书副本一份。经办：执行员{c.officer}（执行公务证{c.extra['badge']}）、书记员{c.clerk}。"),
        ], number=c.number.replace("号", "号之一"), day=d)
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议"
                  f"履行完毕，执行款已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}发放至你方确认的账户。"),
            ("p", "本案执行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，予以结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            _who("申请执行人", a), _who("被执行人", r),
            ("p", f"{basis_name(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请执行，要求被执行人支付"
                  f"苗木款{c.amount:,.2f}元。"),
            ("p", "执行中，本院向被执行人发出执行通知书、报告财产令，被执行人未履行义务，亦未报告财产。本院通过网络执行查控系统"
                  "查询其银行存款、车辆、不动产、证券、网络资金等，未发现可供执行的财产；执行人员到被执行人住所地及双龙景区施工"
                  "项目部调查，该公司已停止经营，项目部已撤场。本院已对被执行人及其法定代表人限制高消费，并将被执行人纳入失信"
                  "被执行人名单。申请执行人经约谈，暂不能提供其他财产线索。"),
            ("p", "本院认为，本案已穷尽财产调查措施，被执行人确无可供执行的财产，依照《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。本裁定送达后即发生法律效力。"),
        ], signers=bench, day=d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}、法定代表人{r.legal_rep}："),
            ("p", f"本院执行的{case}，因你公司未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于"
                  "限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你公司及你公司法定代表人采取限制消费措施，"
                  "不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            _who("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，并无正当理由拒不向本院报告财产情况。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为纳入失信名单错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], number=c.number.replace("号", "号之三"), signers=staff, day=d)
    if code == "summons":
        return _summons(c, rng, d)
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


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    y = form_title(s, "传票")
    s.text(LEFT, y - 30, f"案号：{c.number}", body(36))
    w = s.width - LEFT - RIGHT
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}　法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "到庭接受询问、报告财产情况"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　下午2时30分"],
            ["应到处所", "婺城区人民法院执行局（宾虹路院区）三楼执行询问室"]]
    frame(s, LEFT, y + 30, [mm(46), w - mm(46)], rows, body(36), heights=mm(18))
    yy = y + 30 + mm(18) * len(rows) + 50
    for t in ("注意：", "一、被传唤人须携带本传票和身份证件准时到达；", "二、无正当理由拒不到场的，本院可以依法拘传；",
              "三、法定代表人不能到场的，应出具授权委托书委托他人到场。"):
        s.text(LEFT, yy, t, body(34))
        yy += 56
    when = typed(cn_date(d), body(38))
    s.right(s.width - RIGHT - mm(10), yy + 60, when, body(38))
    seal(s, s.width - RIGHT - mm(45), yy + 70, COURT, rng, radius=mm(20))
    s.text(LEFT, yy + 180, f"执行员：{c.officer}　　书记员：{c.clerk}　　电话：{c.court.phone}", body(34))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是婺城区人民法院执行局的工作人员，这是我们的执行公务证。现依法调查被执行人在双龙景区的施工情况，请如实回答。"),
        ("答", "好的。"),
        ("问", "你是什么身份？"),
        ("答", "我是景区管委会工程科的，负责北山游步道绿化改造项目。"),
        ("问", "被执行人的项目部现在情况如何？"),
        ("答", "去年十一月工程验收后就撤场了，工棚拆了，机械都拉走了。"),
        ("问", "景区是否还欠被执行人工程款？"),
        ("答", "尾款已经在去年年底付完，付款凭证我们可以提供复印件。"),
        ("问", "被执行人在景区还有其他财物吗？"),
        ("答", "没有，只剩几棵没种活的苗，已经清掉了。"),
        ("问", "以上情况是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是告知本案执行情况，听取你的意见。我们已通过网络查控系统查询被执行人的存款、车辆、房产、证券、"
               "网络资金，均无可供执行财产；到景区调查，被执行人已撤场，工程尾款已付清。你清楚吗？"),
        ("答", "清楚。我去景区也问过，他们说公司早就不干了。"),
        ("问", "你能否提供被执行人其他财产线索？"),
        ("答", "听说他们老板在兰溪还有个苗圃，但不是公司名下的，我也说不清在哪里。"),
        ("问", "本院已对被执行人及其法定代表人限制高消费，并将被执行人纳入失信名单。目前无财产可供执行，本院拟终结本次执行"
               "程序，你有什么意见？"),
        ("答", "同意。以后找到财产我再来申请。"),
        ("问", "终本后发现财产的，可以随时申请恢复执行。你还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 on the bureau's form: a framed head block, 问/答 lines in GB 宋, the person heard signs each page by hand.
    The field 调查笔录 was taken on site by the undertaker, who photographed it and sent it in (court_gb_papers.via)."""
    interview = code == "interview_record"
    who = c.applicant.name if interview else person_name(rng)
    s = Sheet()
    y = form_title(s, "谈话笔录" if interview else "调查笔录", issuer="")
    w = s.width - LEFT - RIGHT
    place = "本院执行局二楼约谈室" if interview else "双龙风景旅游区管委会工程科"
    rows = [["时间", f"{num_date(d)}上午10时至10时40分", "地点", place],
            ["执行人员", f"{c.officer}、{person_name(rng)}", "记录人", c.clerk],
            ["被谈话人" if interview else "被调查人", f"{who}（申请执行人）" if interview else f"{who}（管委会工作人员）"]]
    frame(s, LEFT, y, [mm(30), mm(62), mm(24), w - mm(116)], rows, body(34), heights=mm(15))
    pen = Pen([s], y + mm(15) * 3 + 50)
    f = body(39)

    def sign(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(80), sh.height - mm(30), "被谈话人：" if interview else "被调查人：", body(34))
        gel(sh, sh.width - RIGHT - mm(42), sh.height - mm(33), who, rng, size=46, ink=(30, 40, 120))

    for tag, text in QA[code]:
        before = len(pen.sheets)
        pen.para(f"{tag}：{text}", f, lead=70, hang=f.size * 2)
        if len(pen.sheets) > before:
            sign(pen.sheets[-2])
    pen.room(200)
    pen.s.text(LEFT, pen.y + 20, "（以上笔录经被谈话人阅看无误）" if interview else "（以上笔录经被调查人阅看无误）", body(34))
    gel(pen.s, LEFT + mm(6), pen.y + 90, "以上记录属实。", rng, size=46, ink=(30, 40, 120))
    sign(pen.s)
    sheets = folio(pen.sheets)
    if not interview:
        for sh in sheets:
            via(sh, "photo", "调查笔录.jpg")
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 30, f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y - 30, f"填表日期：{num_date(d)}", body(34))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_name(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{got:,.2f}元", "结案方式", how], ["承办人意见", ""], ["执行长意见", ""], ["分管院领导意见", ""]]
    hs = [mm(17)] * 4 + [mm(56), mm(36), mm(36)]
    cells = frame(s, LEFT, y + 10, [mm(36), mm(60), mm(30), w - mm(126)], rows, body(33), heights=hs)
    say = ("经网络查控、实地调查，被执行人无可供执行财产，已限高、纳失，申请执行人经约谈同意，拟终结本次执行程序。" if ttr
           else "双方达成和解，被执行人已全部履行，案款已发放，拟以执行完毕结案。")
    box = cells[4][1]
    gel(s, box[0] + mm(4), box[1] + mm(5), say, rng, size=38, per_line=21)
    gel(s, box[2] - mm(60), box[3] - mm(12), f"{c.officer} {d.month}/{d.day}", rng, size=36)
    gel(s, cells[5][1][0] + mm(4), cells[5][1][1] + mm(8), "同意。", rng, size=42)
    gel(s, cells[5][1][2] - mm(40), cells[5][1][3] - mm(12), c.judge, rng, size=38)
    gel(s, cells[6][1][0] + mm(4), cells[6][1][1] + mm(8), f"同意{how}。", rng, size=42, ink=(150, 30, 30))
    gel(s, cells[6][1][2] - mm(40), cells[6][1][3] - mm(12), person_name(rng), rng, size=38, ink=(150, 30, 30))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "、".join(f"{NAMES.get(x, x)}一份" for x in served)
    electronic = to_applicant and rng.random() < 0.5
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["受送达人", who.name], ["送达地址", who.address],
            ["送达文书", papers], ["送达方式", "电子送达（浙江移动微法院）" if electronic else "直接送达"],
            ["受送达人签名或盖章", ""], ["签收时间", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备注", ""]]
    hs = [mm(15), mm(15), mm(15), mm(20), mm(24), mm(15), mm(32), mm(16), mm(18), mm(16), mm(22)]
    cells = frame(s, LEFT, y, [mm(50), w - mm(50)], rows, body(35), heights=hs)
    sign = c.agent if to_applicant else (who.legal_rep if who.kind == "organisation" else who.name)
    gel(s, cells[6][1][0] + mm(20), cells[6][1][1] + mm(9), sign, rng, size=54, ink=(30, 40, 120))
    gel(s, cells[7][1][0] + mm(10), cells[7][1][1] + mm(3), num_date(when), rng, size=40, ink=(30, 40, 120))
    gel(s, cells[9][1][0] + mm(10), cells[9][1][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40)
    seal(s, cells[6][1][2] - mm(40), cells[6][1][1] + mm(18), COURT, rng, radius=mm(19))
    s.text(LEFT, cells[-1][0][3] + 26, "注：受送达人拒收的，送达人应在备注栏注明情况并签名。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The archive cover: buff board, the court name and 执行案件卷宗 at the top, a framed list of the case's data."""
    s = Sheet(paper=(240, 228, 200))
    s.text(s.width - RIGHT - mm(70), mm(16), f"归档号：{d.year}-Z-{rng.randint(100, 999)}", body(32))
    s.centred(mm(42), COURT, font("serif_bold", 62), spacing=8)
    s.centred(mm(64), "执行案件卷宗", font("sans_bold", 100), spacing=36)
    s.centred(mm(92), "（正　卷）", body(44))
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["执行标的", f"{c.amount:,.2f}元"], ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["结案方式", "终结本次执行程序" if ttr else "执行完毕"],
            ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", num_date(d)], ["保管期限", "永久" if ttr else "长期"],
            ["本卷页数", f"共{rng.randint(52, 76)}页"]]
    frame(s, LEFT, mm(110), [mm(42), w - mm(42)], rows, body(38), heights=mm(11.5))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    names = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行费票据", "身份证明（申请执行人）",
             "身份证明（被执行人）", "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书",
             "受理案件通知书", "交纳申请执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书", "协助执行通知书", "执行和解协议", "案款收付凭证", "结案通知书", "结案审批表", "送达回证",
             "卷宗复核表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷内目录", issuer="")
    s.text(LEFT, y - 30, f"{COURT}　{c.number}", body(32))
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文　件　名　称", "页　次", "备　注"]]
    page = 1
    for i, name in enumerate(names, 1):
        rows.append([str(i), name, str(page), ""])
        page += 3 if name in ("民事判决书", "网络查控结果") else (2 if name in ("执行申请书", "执行裁定书", "送达回证") else 1)
    frame(s, LEFT, y + 20, [mm(22), w - mm(66), mm(24), mm(20)], rows, body(30), heights=mm(7.6))
    gel(s, LEFT, s.height - mm(26), f"整理人：{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    items = ["立案材料齐全", "法律文书齐全并已送达", "送达回证填写规范", "执行款收付有据", "结案方式适用正确",
             "卷内目录填写完整", "材料排序符合要求", "电子卷宗同步上传"]
    rows = [["案号", c.number], ["承办人", c.officer], ["复核项目", "复核情况"], *[[t, ""] for t in items], ["复核结论", ""],
            ["复核人签名", ""]]
    hs = [mm(14)] * 3 + [mm(13)] * len(items) + [mm(34), mm(18)]
    cells = frame(s, LEFT, y, [mm(84), w - mm(84)], rows, body(34), heights=hs)
    for row in cells[3:3 + len(items)]:
        gel(s, row[1][0] + mm(10), row[1][1] + mm(2), rng.choice(["是", "√ 是", "是"]), rng, size=38)
    gel(s, cells[-2][1][0] + mm(5), cells[-2][1][1] + mm(8), "卷宗材料完整，可以归档。", rng, size=42)
    gel(s, cells[-1][1][0] + mm(5), cells[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备考表", issuer="")
    s.text(LEFT, y - 30, f"案号：{c.number}", body(34))
    s.box(LEFT, y + 10, s.width - RIGHT, s.height - mm(36), width=4)
    s.text(LEFT + mm(6), y + mm(8), "本卷情况说明", font("sans_bold", 40))
    n = rng.randint(52, 76)
    yy = gel(s, LEFT + mm(12), y + mm(22), f"本卷共{n}页，文件材料{n - 4}件。", rng, size=42)
    gel(s, LEFT + mm(12), yy + 10, "案款已全部发放，无遗留事项。" if c.method != "terminated_this_round"
        else "本案终本，被执行人已限高、纳失，后续材料入电子卷宗。", rng, size=42)
    base = s.height - mm(100)
    for k, (label, value) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(17), f"{label}：", body(40))
        gel(s, LEFT + mm(118), base + k * mm(17) - 6, value, rng, size=44)
    return [s]

