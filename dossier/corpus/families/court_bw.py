"""court_bw (黑龙江省牡丹江市东安区人民法院, held out): a Mudanjiang city-centre court whose cases come from the 对俄贸易
trading houses, the 山货 (木耳, 松子) dealers and the 镜泊湖 tourist trade. Its own papers are set in a ming face under a
letter-spaced court name; the papers it receives (the 中院's judgment, the 牡丹江仲裁委员会's award, banks, lawyers,
the parties' hand-filled forms on the window's pre-printed coloured sheets) in their authors' ways."""

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
from dossier.corpus.draw import INK, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import Font, font

COURT = "黑龙江省牡丹江市东安区人民法院"
MIDDLE = "黑龙江省牡丹江市中级人民法院"
ARB = "牡丹江仲裁委员会"
FUNGUS_SEQ, HOTEL_SEQ, COLD_SEQ = 54117, 54386, 54702
L, R, T = mm(27), mm(183), mm(30)
W = R - L
TINTS = {"pink": ((252, 232, 236), (200, 60, 90)), "green": ((232, 246, 234), (40, 130, 70)),
         "blue": ((232, 240, 252), (40, 80, 170))}
RECYCLED = (226, 224, 218)
"""the window's recycled grey paper (the capture adds its fibres and flecks)"""

OWN = ("acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
       "assistance_notice", "closing_notice", "closing_approval_form", "summons", "consumption_restriction_order",
       "dishonest_list_decision", "investigation_record", "interview_record", "termination_this_round_ruling",
       "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "service_receipt")
RECEIVED = ("enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
            "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
            "service_address_confirmation", "property_declaration_form", "online_inquiry_result",
            "settlement_agreement", "payment_voucher", "effectiveness_certificate")
CODES = frozenset(OWN + RECEIVED)


def ming(size: int) -> Font:
    return font("ming", size)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Mudanjiang parties. FUNGUS_SEQ: a 东宁 木耳 co-operative against a 对俄贸易 trading company (the court's own
    judgment); HOTEL_SEQ: a decoration firm against a 镜泊湖 hotel (the 中院's 二审 judgment); COLD_SEQ: a cold-store
    owner against a fruit wholesaler (a 牡丹江仲裁委员会 award)."""
    seq = int(c.number.split("执")[-1].rstrip("号"))
    c.extra["story"] = {FUNGUS_SEQ: "fungus", HOTEL_SEQ: "hotel", COLD_SEQ: "cold"}[seq]
    c.firm = rng.choice(["黑龙江牡丹峰律师事务所", "黑龙江绥芬河口岸律师事务所", "黑龙江镜泊律师事务所"])
    c.extra["bank"] = rng.choice(["牡丹江农村商业银行东安支行", "龙江银行牡丹江分行营业部", "中国农业银行牡丹江东安支行"])
    c.extra["acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.007 + 50))
    c.extra["lic"] = f"12310{rng.randint(2010, 2022)}1{rng.randint(1000000, 9999999)}"
    story = c.extra["story"]
    area = rng.choice(["东安区", "爱民区", "阳明区", "西安区"])
    if story == "fungus":
        c.extra["cause"] = "买卖合同纠纷"
        c.applicant = Party(f"东宁市{rng.choice(['绥阳', '道河', '三岔口'])}黑木耳种植专业合作社", "organisation",
                            credit_code(rng, "231024"), f"黑龙江省东宁市绥阳镇{rng.choice(['菌乡', '兴隆'])}街{rng.randint(1, 80)}号",
                            f"0453-36{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"牡丹江{rng.choice(['远东', '北疆', '伏尔加'])}经贸有限责任公司", "organisation",
                             credit_code(rng, "231002"), f"黑龙江省牡丹江市{area}太平路{rng.randint(10, 300)}号",
                             f"0453-69{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）黑1002民初{rng.randint(1200, 4800)}号"
        c.extra["goods"] = f"干制黑木耳{rng.randint(8, 30)}吨、红松籽{rng.randint(5, 20)}吨"
    elif story == "hotel":
        c.extra["cause"] = "装饰装修合同纠纷"
        c.applicant = Party(f"牡丹江{rng.choice(['雪城', '江滨', '北山'])}装饰工程有限公司", "organisation",
                            credit_code(rng, "231002"), f"黑龙江省牡丹江市{area}东一条路{rng.randint(10, 300)}号",
                            f"0453-62{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"宁安市镜泊湖{rng.choice(['湖光', '吊水楼', '渤海'])}度假酒店有限公司", "organisation",
                             credit_code(rng, "231084"), "黑龙江省宁安市镜泊镇湖滨路" f"{rng.randint(1, 60)}号",
                             f"0453-62{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = MIDDLE
        c.basis_number = f"（2023）黑10民终{rng.randint(300, 1900)}号"
        c.extra["first"] = f"（2023）黑1002民初{rng.randint(100, 1100)}号"
    else:
        c.extra["cause"] = "冷库租赁合同纠纷"
        born = date(rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "231002", born),
                            f"黑龙江省牡丹江市{area}新华路{rng.randint(1, 200)}号", f"13{rng.randint(10**8, 10**9 - 1)}",
                            born=born)
        c.applicant.sex = "男" if int(c.applicant.id_number[16]) % 2 else "女"  # the 17th digit tells it
        c.respondent = Party(f"牡丹江{rng.choice(['果蔬', '鲜达', '北货'])}批发有限公司", "organisation",
                             credit_code(rng, "231002"), f"黑龙江省牡丹江市东安区江南大市场{rng.randint(1, 40)}号库",
                             f"0453-69{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = ARB
        c.basis_number = f"（2023）牡仲字第{rng.randint(100, 999)}号"
    c.extra["frozen"] = (c.amount * Decimal("1.05")).quantize(Decimal("0.01"))


def _serial(c: CaseCtx) -> str:
    return c.number


def _head(s: Sheet, title: str, c: CaseCtx, *, number: bool = True) -> float:
    """The court's own head: the court name spaced out, the title larger beneath, the case number set right."""
    s.centred(T, COURT, font("serif_bold", 54), spacing=6)
    s.centred(T + 100, title, font("serif_bold", 72), spacing=22)
    y = T + 210
    if number:
        s.right(R, y, c.number, ming(38))
        y += 70
    return y


def _body(s: Sheet, blocks: list[tuple[str, str]], y: float) -> float:
    return flow(s, blocks, ming(40), x0=L, width=W, y=y, line_height=66, indent=80)


def _sign(s: Sheet, c: CaseCtx, rng: random.Random, y: float, on: date, *, judge: bool = False) -> None:
    x = L + W * 0.55
    names = [("审判长", c.judge), ("审判员", c.officer)] if judge else [("执行员", c.officer)]
    for role, who in names:
        s.text(x, y, f"{role}　{who}", ming(38))
        y += 62
    s.text(x, y + 10, cn_date(on), ming(38))
    seal(s, x + mm(30), y - mm(2), COURT, rng, radius=mm(20))
    s.text(x, y + 90, f"书记员　{c.clerk}", ming(38))


def _what(c: CaseCtx) -> str:
    kind = {"arbitration": "裁决书", "judgment": "民事判决书"}.get(c.basis_kind, "民事判决书")
    return f"{c.basis_court}{c.basis_number}{kind}"


def _court_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    case = f"{a.name}与{r.name}{c.extra['cause']}一案"
    ruling_body: dict[str, tuple[str, list[tuple[str, str]]]] = {
        "enforcement_ruling": ("冻结、扣划", [
            ("p", f"本院在执行{case}中，被执行人{r.name}未按执行通知履行{_what(c)}确定的义务。经网络查控，被执行人在"
                  f"{c.extra['bank']}等处开立账户。依照《中华人民共和国民事诉讼法》第二百四十九条、第二百五十条之规定，裁定如下："),
            ("p", f"冻结、扣划被执行人{r.name}在银行的存款{money(c.extra['frozen'])}，冻结期限一年。"),
            ("p", "本裁定立即执行。")]),
        "termination_this_round_ruling": ("终结本次执行程序", [
            ("p", f"本院在执行{case}中，经网络查控及现场调查，被执行人名下的冷库押金、车辆均已处置，暂无其他可供执行的财产；"
                  "已对其限制消费并纳入失信被执行人名单，申请执行人在约谈中对终结本次执行程序无异议。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下："),
            ("p", f"终结{_what(c)}的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。本裁定送达后即发生法律效力。")]),
    }
    if code in ruling_body:
        y = _head(s, "执行裁定书", c)
        blocks = [("f", f"申请执行人：{a.name}，住所地{a.address}。"),
                  ("f", f"被执行人：{r.name}，住所地{r.address}。法定代表人{r.legal_rep}。"), *ruling_body[code][1]]
        y = _body(s, blocks, y)
        _sign(s, c, rng, y + 60, c.day(20 if code == "enforcement_ruling" else 118), judge=True)
        return [s]
    letters: dict[str, tuple[str, str, list[str]]] = {
        "acceptance_notice": ("受理案件通知书", a.name, [
            f"你（单位）申请执行{r.name}{c.extra['cause']}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行。",
            f"本案执行员{c.officer}，联系电话{c.court.phone}。请按时提供被执行人的财产线索。"]),
        "payment_notice": ("交纳执行费通知书", a.name, [
            f"你（单位）申请执行的{case}，依照《诉讼费用交纳办法》第十四条，应交纳申请执行费{c.extra['fee']}元。",
            "该款由本院在执行到位款项中优先扣收，或于七日内到本院立案大厅缴纳。"]),
        "enforcement_notice": ("执行通知书", r.name, [
            f"{a.name}申请执行你单位{c.extra['cause']}一案，本院已立案执行。依照《中华人民共和国民事诉讼法》第二百五十一条，"
            f"责令你单位自收到本通知之日起立即履行{_what(c)}确定的义务，支付{money(c.amount)}及迟延履行期间的债务利息。",
            "逾期不履行的，本院将依法强制执行，并可纳入失信被执行人名单。"]),
        "property_report_order": ("报告财产令", r.name, [
            f"本院受理{case}，依照《中华人民共和国民事诉讼法》第二百五十二条，责令你单位在收到本令后五日内，向本院如实报告"
            "当前以及收到执行通知之日前一年的财产情况。",
            "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留。"]),
        "assistance_notice": ("协助执行通知书", c.extra["bank"], [
            f"关于{case}，依照本院{c.number}执行裁定书，请协助冻结被执行人{r.name}（统一社会信用代码{r.id_number}）"
            f"在你行开立账户内的存款{money(c.extra['frozen'])}。",
            "冻结期限一年，自冻结之日起计算。请将协助结果回执本院。"]),
        "closing_notice": ("结案通知书", a.name, [
            f"你（单位）申请执行{r.name}{c.extra['cause']}一案，执行标的已全部履行，本案于{cn_date(c.closed_on)}以执行完毕方式结案。"]),
        "summons": ("传　票", r.name, [
            f"案由：{c.extra['cause']}（执行）。被传唤人{r.name}的法定代表人{r.legal_rep}，应于{cn_date(c.day(70))}上午九时"
            "到本院执行局第三谈话室接受询问。", "被传唤人无正当理由拒不到场的，可以拘传。"]),
        "consumption_restriction_order": ("限制消费令", r.name, [
            f"本院于{cn_date(c.filed_on)}立案执行{case}。因你单位未按执行通知书指定的期间履行义务，依照《最高人民法院关于限制被执行人"
            "高消费及有关消费的若干规定》第一条、第三条，对你单位及法定代表人采取限制消费措施，不得乘坐飞机、列车软卧，"
            "不得在星级以上宾馆消费。"]),
        "dishonest_list_decision": ("决定书", r.name, [
            f"被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务，依照《最高人民法院关于公布失信被执行人名单信息的若干规定》"
            "第一条第一项，决定将其纳入失信被执行人名单，期限二年。"]),
    }
    if code in letters:
        title, to, paras = letters[code]
        y = _head(s, title, c)
        y = _body(s, [("f", f"{to}："), *[("p", p) for p in paras]], y)
        _sign(s, c, rng, y + 70, c.day({"acceptance_notice": 0, "payment_notice": 0}.get(code, 12)))
        return [s]
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=RECYCLED)
    title = "调 查 笔 录" if code == "investigation_record" else "约 谈 笔 录"
    s.centred(T + 20, title, font("hei", 66), spacing=10)
    y = T + 130
    head = [f"时间：{cn_date(c.day(95))}　地点：{'江南大市场冷库现场' if code == 'investigation_record' else '本院执行局约谈室'}",
            f"调查人：{c.officer}　记录人：{c.clerk}", f"被调查人：{c.respondent.legal_rep if code == 'investigation_record' else c.applicant.name}"]
    for line in head:
        s.text(L, y, line, ming(36))
        y += 56
    qa = (["问：你公司现在经营情况如何？", "答：江南市场的冷库三号、四号间已退租，冻货都处理了，账上没有钱。",
           "问：有无车辆、房产？", "答：一台冷藏车去年抵给供货商了，没有房子。",
           "问：公司还有哪些应收款？", "答：饭店欠一点菜款，都要不回来。", "问：以上情况是否属实？", "答：属实。"] if code == "investigation_record" else
          ["问：法院经查控未发现被执行人可供执行的财产，你是否提供新的线索？", "答：暂时提供不了。",
           "问：对本案终结本次执行程序有何意见？", "答：没有意见，发现财产再申请恢复执行。",
           "问：是否知道终本后被执行人仍受限制消费？", "答：知道。"])
    for line in qa:
        x = L
        s.text(x, y, line[:2], ming(36))
        hand(s, x + 80, y - 4, line[2:], rng, size=38, ink=(20, 20, 60))
        y += 72
    s.text(L, y + 40, "以上笔录看过，与我说的一样。", ming(36))
    signature(s, L + W * 0.55, y + 30, c.applicant.name if code == "interview_record" else c.respondent.legal_rep, rng)
    s.right(R, mm(282), "第1页共1页", ming(30))
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    tint, line = TINTS["green"]
    s = Sheet(paper=tint)
    s.centred(T + 10, COURT, font("serif", 44), spacing=4, fill=line)
    s.centred(T + 80, "执行案件结案审批表", font("serif_bold", 64), fill=line)
    method = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, "执行完毕")
    rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行标的", money(c.amount)], ["结案方式", method], ["承办人意见", ""], ["执行局长意见", ""]]
    y = table(s, L, T + 190, [W * 0.26, W * 0.74], rows, ming(36), row_h=[mm(14)] * 5 + [mm(36), mm(30)], fill=line)
    hand(s, L + W * 0.3, y - mm(60), f"建议以{method}方式结案。", rng, size=40)
    signature(s, L + W * 0.6, y - mm(46), c.officer, rng)
    hand(s, L + W * 0.3, y - mm(22), "同意。", rng, size=42)
    hand(s, L + W * 0.6, y - mm(12), num_date(c.closed_on), rng, size=34, record=False)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书", "summons": "传票",
             "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
             "dishonest_list_decision": "纳入失信名单决定书"}
    tint, line = TINTS["pink"]
    s = Sheet(paper=tint)
    s.centred(T + 10, COURT, font("serif", 44), spacing=4, fill=line)
    s.centred(T + 80, "送 达 回 证", font("serif_bold", 70), spacing=12, fill=line)
    who = c.applicant if served and served[0] in ("acceptance_notice", "closing_notice") else c.respondent
    rows = [["案号", c.number], ["送达文书", "、".join(names.get(x, x) for x in served) + f" {c.number}"],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签收", ""], ["代收人及理由", ""],
            ["送达人", c.clerk], ["备注", "直接送达"]]
    y = table(s, L, T + 200, [W * 0.25, W * 0.75], rows, ming(36), row_h=[mm(15)] * 4 + [mm(34)] + [mm(15)] * 3,
              fill=line)
    sy = T + 200 + mm(60) + mm(6)
    signature(s, L + W * 0.32, sy, who.legal_rep or who.name, rng)
    hand(s, L + W * 0.32, sy + mm(14), num_date(c.day(rng.randint(3, 15))), rng, size=34, record=False)
    s.text(L, y + 30, "填发人：" + c.clerk, ming(32), fill=line)
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(236, 226, 200) if code == "dossier_cover" else (255, 255, 255))
    if code == "dossier_cover":
        s.centred(T + 60, COURT, font("serif_bold", 58), spacing=6)
        s.centred(T + 200, "执行卷宗", font("hei", 110), spacing=40)
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
                ["结案方式", "执行和解后履行完毕"], ["执行员", c.officer], ["归档日期", cn_date(c.closed_on + timedelta(days=15))],
                ["保管期限", "长期"]]
        table(s, L + 30, T + 420, [mm(40), W - mm(40) - 60], rows, ming(36), row_h=mm(14))
        s.text(L + 30, mm(262), "全宗号　　　目录号　　　案卷号", ming(34))
        return [s]
    if code == "catalogue":
        s.centred(T + 20, "卷 内 文 件 目 录", font("hei", 62), spacing=8)
        s.text(L, T + 120, f"{c.number}", ming(34))
        items = ["卷宗封面", "卷内目录", "执行申请书", "民事判决书（二审）", "生效证明书", "身份证明", "委托手续", "受理案件通知书",
                 "执行通知书、报告财产令", "财产申报表", "查控结果", "执行裁定书", "协助执行通知书", "执行和解协议",
                 "付款凭证", "结案通知书", "结案审批表", "送达回证", "归档审查表", "备考表"]
        rows = [["顺序号", "文件题名", "页号"]] + [[str(k), t, str(2 * k - 1)] for k, t in enumerate(items, 1)]
        table(s, L, T + 180, [W * 0.14, W * 0.68, W * 0.18], rows, ming(32), row_h=mm(10.5))
        return [s]
    if code == "file_review_form":
        s.centred(T + 20, "执行案件归档审查表", font("hei", 60))
        rows = [["案号", c.number], ["执行依据", _what(c)], ["材料是否齐全", "齐全"], ["文书送达是否完备", "完备"],
                ["案款是否发放完毕", "已发放"], ["审查意见", "同意归档"], ["审查人", ""]]
        y = table(s, L, T + 140, [W * 0.35, W * 0.65], rows, ming(36), row_h=mm(18))
        signature(s, L + W * 0.45, y - mm(14), person_name(rng), rng)
        return [s]
    s.centred(T + 20, "卷 内 备 考 表", font("hei", 62), spacing=8)
    s.box(L, T + 140, R, mm(240), width=3)
    s.text(L + 40, T + 190, f"本卷情况说明：{c.number}，卷内文件齐全。", ming(36))
    s.text(L + 40, T + 300, "立卷人：", ming(36))
    signature(s, L + 200, T + 290, c.clerk, rng)
    s.text(L + 40, T + 400, "检查人：", ming(36))
    signature(s, L + 200, T + 390, c.officer, rng)
    s.text(L + 40, T + 500, f"立卷时间：{cn_date(c.closed_on + timedelta(days=14))}", ming(36))
    return [s]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED or (code == "assistance_notice" and served == ["reply"]):
        from dossier.corpus.families.court_bw_papers import render_paper
        return render_paper(code, c, rng, served)
    return _court_paper(code, c, rng, served)


__all__ = ["CODES", "INK", "adopt_basis", "render"]
