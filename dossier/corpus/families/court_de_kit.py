"""How 昆都仑区法院执行局 sets its own papers: 宋体 body with wide leading, the court's name above a 黑体 title that is
letter-spaced wide, the case number flush right under a thin rule, the signatures stacked right with spaced labels,
the seal over a Chinese-numeral date, dashed page numbers (— 1 —); forms as ruled grids with labels in print and the
entries written in by hand; records on the bureau's 笔录 sheet."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from importlib import import_module

from dossier.corpus.content import CaseCtx, cn_date, money, num_date
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import stamp

COURT = "内蒙古自治区包头市昆都仑区人民法院"
SEAL = "内蒙古自治区包头市昆都仑区人民法院"
BODY, HEAD, NAME = "song_gb", "hei", "serif_bold"
ML, MR, MT, MB = mm(28), mm(25), mm(30), mm(28)
SIZE = mm(4.3)
LEAD = SIZE * 1.95
LAW = "《中华人民共和国民事诉讼法》"
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "effectiveness_certificate", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "termination_this_round_ruling", "termination_ruling", "closing_notice",
    "closing_approval_form", "investigation_record", "interview_record", "service_receipt", "dossier_cover",
    "catalogue", "file_review_form", "remarks_sheet", "property_declaration_form", "online_inquiry_result",
    "payment_account_confirmation", "service_address_confirmation", "property_clue_form",
})
NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "payment_notice": "缴款通知书", "enforcement_ruling": "执行裁定书（冻结、划拨）",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "termination_ruling": "执行裁定书（终结执行）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "summons": "传票", "closing_notice": "结案通知书", "assistance_notice": "协助执行通知书"}


def on(c: CaseCtx, code: str) -> date:
    fam = import_module("dossier.corpus.families.court_de")
    d: date = fam.made_on(c, code)
    return d


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def basis_words(c: CaseCtx) -> str:
    kind = {"traffic": "民事判决书", "loan": "民事调解书", "wage": "民事判决书"}[tale(c)]
    court = "本院" if c.basis_court == COURT else c.basis_court
    return f"{court}{c.basis_number}{kind}"


class Typed:
    """A typed paper running over as many sheets as it needs."""

    def __init__(self, c: CaseCtx, title: str, *, number: bool = True, court_line: bool = True) -> None:
        self.c = c
        self.f = font(BODY, SIZE)
        self.sheets: list[Sheet] = []
        self.y = 0.0
        self.new()
        s = self.sheet
        if court_line:
            s.centred(self.y, COURT, font(NAME, mm(6.4)), spacing=mm(0.6))
            self.y += mm(12)
        tf = font(HEAD, mm(8.6))
        s.centred(self.y, title, tf, spacing=mm(4.5) if len(title) <= 6 else mm(1.2))
        self.y += mm(14)
        if number:
            s.right(s.width - MR, self.y, c.number, self.f)
            self.y += SIZE * 1.6
            s.line(ML, self.y, s.width - MR, self.y, width=2)
            self.y += mm(6)

    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    def new(self) -> None:
        self.sheets.append(Sheet())
        self.y = MT if len(self.sheets) == 1 else MT - mm(6)

    def room(self, need: float) -> None:
        if self.y + need > self.sheet.height - MB:
            self.new()

    def para(self, text: str, *, indent: bool = True, f: Font | None = None, x0: float | None = None) -> None:
        f = f or self.f
        left = ML if x0 is None else x0
        width = self.sheet.width - MR - left
        ind = 2 * f.size if indent else 0
        for k, part in enumerate(wrap(text, f, width, indent=ind)):
            self.room(LEAD)
            self.sheet.text(left + (ind if k == 0 else 0), self.y, part, f)
            self.y += LEAD

    def gap(self, h: float = mm(3)) -> None:
        self.y += h

    def centred(self, text: str) -> None:
        self.room(LEAD)
        self.sheet.centred(self.y, text, font(HEAD, SIZE))
        self.y += LEAD

    def close(self, rng: random.Random, day: date, *, staff: Sequence[tuple[str, str]] = (), with_seal: bool = True,
              copy_stamp: bool = False) -> list[Sheet]:
        self.room(mm(20) + len(staff) * LEAD + mm(18))
        s = self.sheet
        self.gap(mm(8))
        x_lab = s.width - MR - mm(62)
        for label, name in staff:
            s.text(x_lab, self.y, label, self.f, spacing=mm(3) if len(label) == 3 else 0)
            s.text(x_lab + mm(34), self.y, name, self.f)
            self.y += LEAD
        self.gap(mm(4))
        when = cn_date(day)
        dx = s.right(s.width - MR - mm(6), self.y, when, self.f)
        if with_seal:
            seal(s, dx + (s.width - MR - mm(6) - dx) / 2, self.y + SIZE / 2, SEAL, rng)
        if copy_stamp:
            stamp(s, ML, self.y + mm(10), ["本件与原本核对无异"], rng, size_mm=4.2)
        self.y += LEAD
        n = len(self.sheets)
        for i, sh in enumerate(self.sheets, 1):
            sh.centred(sh.height - mm(17), f"— {i} —", font(BODY, mm(3.6)))
            if n > 1:
                sh.page_of = (i, n)
        return self.sheets


def parties(c: CaseCtx, t: Typed, *, role_a: str = "申请执行人", role_r: str = "被执行人") -> None:
    a, r = c.applicant, c.respondent
    born = f"{num_date(a.born)}出生，" if a.born else ""
    t.para(f"{role_a}：{a.name}，{a.sex}，{born}汉族，住{a.address}。", indent=True)
    t.para(f"委托代理人：{c.agent}，{c.firm}律师。")
    if r.kind == "organisation":
        t.para(f"{role_r}：{r.name}，住所地{r.address}。")
        t.para(f"法定代表人：{r.legal_rep}，该公司经理。")
    else:
        rb = f"{num_date(r.born)}出生，" if r.born else ""
        t.para(f"{role_r}：{r.name}，{r.sex}，{rb}汉族，住{r.address}。")


def staff(c: CaseCtx, judge: bool = False) -> list[tuple[str, str]]:
    first = [("审判长", c.judge)] if judge else [("执行员", c.officer)]
    return [*first, ("书记员", c.clerk)]


def own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in GRIDS:
        return GRIDS[code](c, rng, served)
    if code in ("investigation_record", "interview_record"):
        return record(code, c, rng)
    return letter(code, c, rng)


def letter(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = on(c, code)
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    owed = money(c.amount)
    if code == "acceptance_notice":
        t = Typed(c, "受理案件通知书")
        t.para(f"{a.name}：", indent=False)
        t.para(f"你（单位）申请执行{basis_words(c)}一案，本院经审查，符合法定受理条件，已于{cn_date(c.filed_on)}立案执行，"
               f"案号为{c.number}。")
        t.para(f"本案由执行员{c.officer}承办，书记员{c.clerk}协助，联系电话{c.court.phone}。申请执行人应当向本院提供被执行人"
               "的财产线索；在执行中被执行人下落、财产状况发生变化的，应当及时告知本院。")
        t.para("特此通知。")
        return t.close(rng, d)
    if code == "payment_notice":
        t = Typed(c, "缴款通知书")
        t.para(f"{r.name}：", indent=False)
        t.para(f"{case}，依照《诉讼费用交纳办法》的规定，你（单位）应当交纳申请执行费{c.extra['fee']}元，"
               "请于接到本通知之日起七日内交纳至下列账户，逾期未交纳的，本院将在执行中一并扣划。")
        t.para(f"收款单位：{COURT}；开户行：中国工商银行包头昆都仑支行；账号：{c.extra['court_acct']}。")
        return t.close(rng, d)
    if code == "enforcement_notice":
        t = Typed(c, "执行通知书")
        t.para(f"{r.name}：", indent=False)
        t.para(f"{basis_words(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，"
               f"本院依法立案执行。依照{LAW}第二百五十一条、第二百六十四条的规定，责令你（单位）自收到本通知之日起"
               f"三日内履行下列义务：")
        t.para(f"一、向申请执行人支付{owed}及迟延履行期间的债务利息；")
        t.para(f"二、负担申请执行费{c.extra['fee']}元。")
        t.para("逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制高消费。")
        return t.close(rng, d, staff=staff(c))
    if code == "property_report_order":
        t = Typed(c, "报告财产令")
        t.para(f"{r.name}：", indent=False)
        t.para(f"{case}，你（单位）未按执行通知履行生效法律文书确定的义务。依照{LAW}第二百五十二条的规定，责令你（单位）"
               "在收到本令后五日内，如实填写随附的《财产申报表》，报告当前以及收到执行通知之日前一年的财产情况。")
        t.para("拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")
        return t.close(rng, d, staff=staff(c))
    if code == "summons":
        t = Typed(c, "传票")
        t.para(f"被传唤人：{r.name}", indent=False)
        t.para(f"传唤事由：{case}，接受执行询问并报告财产情况", indent=False)
        t.para(f"应到时间：{num_date(d + timedelta(days=6))}上午9时00分", indent=False)
        t.para("应到处所：本院执行局第三谈话室（钢铁大街）", indent=False)
        t.para("注意事项：1.被传唤人须携带居民身份证或者营业执照副本；2.被传唤人无正当理由拒不到场的，本院可以依法拘传。",
               indent=False)
        return t.close(rng, d, staff=staff(c))
    if code == "assistance_notice":
        t = Typed(c, "协助执行通知书")
        target = c.extra["insurer"] if tale(c) == "traffic" else c.extra["in_bank"].replace("6222", "")
        t.para(f"{target}：", indent=False)
        if tale(c) == "traffic":
            t.para(f"关于{case}，本院作出的{c.number}执行裁定书已经发生法律效力。被执行人所有的{c.extra['plate']}号重型货车"
                   f"在你公司投保商业第三者责任保险（保单号{c.extra['policy']}）。请你公司协助将该事故项下应付理赔款"
                   f"{money(c.extra['insured'])}直接支付至本院执行款专户，不得向被执行人支付。")
        else:
            t.para(f"关于{case}，依照本院{c.number}执行裁定书，请协助冻结、扣划被执行人{r.name}在你处开立的账户存款，"
                   f"以{owed}为限，冻结期限为一年。")
        t.para("附：执行裁定书一份。")
        return t.close(rng, d, staff=[("执行员", c.officer)])
    if code == "effectiveness_certificate":
        t = Typed(c, "生效证明书", number=False)
        t.para(f"{a.name}：", indent=False)
        t.para(f"本院受理的原告{a.name}与被告{r.name}、{c.extra['insurer']}{c.extra['cause']}一案，本院于2023年作出"
               f"{c.extra['first_no']}民事判决，被告{r.name}不服，提起上诉。内蒙古自治区包头市中级人民法院于"
               f"{cn_date(c.basis_effective)}作出{c.basis_number}民事判决，该判决已于{cn_date(c.basis_effective)}发生法律效力。")
        t.para("特此证明。")
        return t.close(rng, d, staff=[("审判庭", "民事审判第一庭")], copy_stamp=False)
    if code == "closing_notice":
        t = Typed(c, "结案通知书")
        t.para(f"{a.name}：", indent=False)
        t.para(f"你申请执行{basis_words(c)}一案，被执行人已全部履行生效法律文书确定的义务，执行款已于"
               f"{cn_date(c.extra['pay_day'])}发放至你指定的账户。依照最高人民法院《关于执行案件立案、结案若干问题的意见》"
               "第十五条的规定，本案以执行完毕方式结案。")
        t.para("特此通知。")
        return t.close(rng, d)
    if code == "consumption_restriction_order":
        t = Typed(c, "限制消费令")
        t.para(f"{r.name}：", indent=False)
        t.para(f"{case}，你未按执行通知书指定的期间履行生效法律文书确定的给付义务。依照{LAW}第二百六十六条和《最高人民法院"
               "关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，限制你不得实施以下"
               "高消费及非生活和工作必需的消费行为：")
        for i, item in enumerate(["乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位", "在星级以上宾馆、酒店、夜总会、"
                                  "高尔夫球场等场所进行高消费", "购买不动产或者新建、扩建、高档装修房屋",
                                  "旅游、度假", "子女就读高收费私立学校", "乘坐G字头动车组列车全部座位"], 1):
            t.para(f"（{'一二三四五六'[i - 1]}）{item}；")
        t.para("如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重的，依法追究刑事责任。")
        return t.close(rng, d, staff=staff(c))
    if code == "dishonest_list_decision":
        t = Typed(c, "决定书")
        parties(c, t)
        t.para(f"本院在执行{case}中，被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。"
               "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下：")
        t.para(f"将{r.name}纳入失信被执行人名单，期限二年。")
        t.para("如不服本决定，可以向本院申请纠正。")
        return t.close(rng, d, staff=staff(c, judge=True), copy_stamp=True)
    return ruling(code, c, rng)


def ruling(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Every ruling titled 执行裁定书; what it decides stands after 裁定如下."""
    a, r = c.applicant, c.respondent
    d = on(c, code)
    t = Typed(c, "执行裁定书")
    parties(c, t)
    if code == "enforcement_ruling":
        t.para(f"本院依据已经发生法律效力的{basis_words(c)}，于{cn_date(c.filed_on)}立案执行。因被执行人未按执行通知履行"
               f"法律文书确定的义务，依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下：")
        t.para(f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其相应价值的财产。")
        if tale(c) == "traffic":
            t.para(f"提取被执行人在{c.extra['insurer']}的保险理赔款，扣押其所有的{c.extra['plate']}号重型半挂牵引车。")
        t.para("本裁定立即执行。")
    elif code == "termination_this_round_ruling":
        t.para(f"本院在执行{basis_words(c)}一案中，经网络查控系统查询被执行人名下的银行存款、车辆、不动产、证券及网络资金，"
               "并赴被执行人住所地及其原经营场所实地调查，未发现可供执行的财产。本院已向被执行人发出执行通知书、报告财产令，"
               f"对其采取限制消费措施并纳入失信被执行人名单，申请执行人{a.name}亦未能提供新的财产线索。"
               f"本案尚有{money(c.amount)}未执行到位。")
        t.para("依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下：")
        t.para(f"终结本院{c.number}案件的本次执行程序。")
        t.para("申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。")
    else:
        t.para(f"本院在执行{basis_words(c)}一案中，申请执行人{a.name}与被执行人于{cn_date(c.day(31))}达成和解，"
               f"被执行人已支付{money(c.extra['settled'])}。申请执行人于{cn_date(on(c, 'evidence'))}向本院提交书面申请，"
               "撤回执行申请。")
        t.para(f"依照{LAW}第二百六十八条第一项、第一百五十七条第一款第十一项的规定，裁定如下：")
        t.para(f"终结本院{basis_words(c)}的执行。")
    t.para("本裁定送达后即发生法律效力。")
    return t.close(rng, d, staff=staff(c, judge=code != "enforcement_ruling"), copy_stamp=True)


# ---------------------------------------------------------------- ruled grids

Cell = tuple[str, float]
"""(text, width fraction); text starting with "~" is written in by hand, "" is blank"""


def grid(s: Sheet, y: float, rows: Sequence[tuple[float, Sequence[Cell]]], rng: random.Random, *, x0: float = ML,
         width: float | None = None, size: int = mm(3.9), ink: tuple[int, int, int] = BLUE_INK,
         thick: int = 3) -> float:
    """Rows of (height mm, cells): labels printed in 宋体, entries written by hand; outer frame heavier."""
    w = width or s.width - x0 - MR
    f = font(BODY, size)
    top = y
    for h_mm, cells in rows:
        h = mm(h_mm)
        x = x0
        for k, (text, frac) in enumerate(cells):
            cw = w * frac if k < len(cells) - 1 else x0 + w - x
            if k:
                s.line(x, y, x, y + h, width=2)
            if text.startswith("~"):
                lines = wrap(text[1:], font("kai", int(size * 1.12)), cw - mm(5))
                ty = y + (h - len(lines) * size * 1.5) / 2
                for part in lines:
                    hand(s, x + mm(2.5), ty, part, rng, size=int(size * 1.12), ink=ink)
                    ty += size * 1.5
            elif text:
                lines = wrap(text, f, cw - mm(3))
                ty = y + (h - len(lines) * size * 1.35) / 2
                for part in lines:
                    if len(lines) == 1 and len(part) <= 6:
                        s.centred(ty, part, f, x0=x, x1=x + cw)
                    else:
                        s.text(x + mm(1.5), ty, part, f)
                    ty += size * 1.35
            x += cw
        y += h
        s.line(x0, y, x0 + w, y, width=2)
    s.box(x0, top, x0 + w, y, width=thick)
    return y


def form_head(s: Sheet, title: str, *, court: bool = True, number: str = "") -> float:
    y = float(MT)
    if court:
        s.centred(y, COURT, font(NAME, mm(5.6)), spacing=mm(0.4))
        y += mm(10)
    s.centred(y, title, font(HEAD, mm(7.6)), spacing=mm(2.5))
    y += mm(13)
    if number:
        s.right(s.width - MR, y, number, font(BODY, mm(3.9)))
        y += mm(8)
    return y


def service_receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "送达回证")
    got = max(on(c, x) for x in served) + timedelta(days=rng.randint(2, 4)) if served else c.day(5)
    who = c.applicant if served and served[0] in ("acceptance_notice", "closing_notice") else c.respondent
    docs = "、".join(NAMES.get(x, x) for x in served)
    sign = who.name if who.kind == "person" else who.legal_rep
    how = rng.choice(["直接送达", "留置送达"]) if who is c.respondent else "直接送达"
    rows: list[tuple[float, Sequence[Cell]]] = [
        (14, [("案由", 0.22), (f"{c.extra['cause']}", 0.0)]),
        (14, [("案号", 0.22), (c.number, 0.0)]),
        (22, [("送达文书名称及件数", 0.22), (f"{docs}各一份", 0.0)]),
        (14, [("受送达人", 0.22), (who.name, 0.0)]),
        (18, [("送达地点", 0.22), (who.address, 0.0)]),
        (26, [("受送达人签名或盖章", 0.22), ("", 0.43), ("签收日期", 0.13), ("", 0.0)]),
        (18, [("代收人及代收理由", 0.22), ("", 0.0)]),
        (14, [("送达方式", 0.22), (how, 0.0)]),
        (26, [("送达人", 0.22), ("", 0.43), ("填发人", 0.13), (c.clerk, 0.0)]),
        (22, [("备注", 0.22), ("", 0.0)]),
    ]
    bottom = grid(s, y, rows, rng)
    row6 = y + mm(14 + 14 + 22 + 14 + 18)
    signature(s, ML + s.width * 0.0 + mm(48), row6 + mm(8), sign, rng)
    s.lines.append(num_date(got))
    hand(s, ML + mm(128), row6 + mm(9), f"{got.year}.{got.month}.{got.day}", rng, size=mm(4.6), ink=INK, record=False)
    row9 = row6 + mm(26 + 18 + 14)
    signature(s, ML + mm(44), row9 + mm(8), c.officer, rng)
    hand(s, ML + mm(70), row9 + mm(9), c.clerk, rng, size=mm(4.8), ink=INK)
    s.text(ML, bottom + mm(6), "说明：受送达人拒绝签收的，送达人应在备注栏注明情况，邀请见证人到场。", font(BODY, mm(3.4)))
    seal(s, s.width - MR - mm(40), bottom - mm(40), SEAL, rng)
    return [s]


def approval_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行案件结案审批表", number=c.number)
    how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序", "terminated": "终结执行"}[c.method]
    got = {"traffic": c.amount, "loan": 0, "wage": c.extra.get("settled", 0)}[tale(c)]
    d = on(c, "closing_approval_form")
    rows: list[tuple[float, Sequence[Cell]]] = [
        (13, [("申请执行人", 0.2), (c.applicant.name, 0.3), ("被执行人", 0.18), (c.respondent.name, 0.0)]),
        (13, [("执行依据", 0.2), (basis_words(c), 0.0)]),
        (13, [("立案日期", 0.2), (num_date(c.filed_on), 0.3), ("执行标的", 0.18), (f"{c.amount:,.2f}元", 0.0)]),
        (13, [("结案方式", 0.2), (how, 0.3), ("实际到位", 0.18), (f"~{got:,.2f}元" if got else "~0元", 0.0)]),
        (44, [("承办人意见", 0.2), (f"~本案{how_words(c)}，建议以{how}方式结案。", 0.0)]),
        (32, [("合议庭意见", 0.2), ("~同意承办人意见。", 0.0)]),
        (32, [("执行局负责人意见", 0.2), ("~同意结案。", 0.0)]),
        (20, [("备注", 0.2), ("", 0.0)]),
    ]
    grid(s, y, rows, rng, ink=INK)
    signature(s, s.width - MR - mm(55), y + mm(52 + 30), c.officer, rng)
    hand(s, s.width - MR - mm(35), y + mm(52 + 36), f"{d.month}.{d.day}", rng, size=mm(4.2), ink=INK)
    signature(s, s.width - MR - mm(55), y + mm(52 + 44 + 20), c.judge, rng)
    signature(s, s.width - MR - mm(55), y + mm(52 + 44 + 32 + 20), rng.choice(["郝建军", "乌云毕力格", "白金山"]), rng)
    return [s]


def how_words(c: CaseCtx) -> str:
    if tale(c) == "traffic":
        return "保险公司已支付理赔款，被执行人付清余款，执行款已发放申请执行人"
    if tale(c) == "loan":
        return "经网络查控及实地调查，被执行人无可供执行财产，已限制消费、纳入失信名单，约谈申请执行人"
    return "双方和解，被执行人已支付和解款项，申请执行人书面撤回执行申请"


def declaration(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "财产申报表", number=c.number)
    r = c.respondent
    none = "~无"
    car = f"~{c.extra['plate']}重型半挂牵引车一辆" if tale(c) == "traffic" else none
    acct = f"~{c.extra['in_bank'].split('银行')[0]}银行基本户一个" if r.kind == "organisation" else "~工资卡一张，余额不足百元"
    rows: list[tuple[float, Sequence[Cell]]] = [
        (13, [("申报人", 0.2), (f"~{r.name}", 0.45), ("联系电话", 0.15), (f"~{r.phone}", 0.0)]),
        (13, [("住所地", 0.2), (f"~{r.address}", 0.0)]),
        (20, [("收入情况", 0.2), ("~无固定收入" if r.kind == "person" else "~近一年经营收入下降，欠付运费", 0.0)]),
        (18, [("银行存款", 0.2), (acct, 0.0)]),
        (18, [("现金、理财", 0.2), (none, 0.0)]),
        (18, [("不动产", 0.2), ("~无（租住）" if r.kind == "person" else none, 0.0)]),
        (18, [("车辆", 0.2), (car, 0.0)]),
        (18, [("股权、投资", 0.2), (none, 0.0)]),
        (18, [("到期债权", 0.2), ("~保险理赔款（事故车辆）" if tale(c) == "traffic" else none, 0.0)]),
        (22, [("一年内财产变动", 0.2), ("~无" if tale(c) != "loan" else f"~{c.extra['shop']}已于去年转让他人", 0.0)]),
    ]
    bottom = grid(s, y, rows, rng)
    f = font(BODY, mm(3.8))
    s.text(ML, bottom + mm(6), "申报人保证：以上申报内容真实、完整，如有虚假，愿承担法律责任。", f)
    s.text(s.width - MR - mm(85), bottom + mm(20), "申报人（签名/盖章）：", f)
    signature(s, s.width - MR - mm(40), bottom + mm(17), r.name if r.kind == "person" else r.legal_rep, rng)
    dd = on(c, "property_declaration_form")
    hand(s, s.width - MR - mm(55), bottom + mm(32), f"{dd.year}年{dd.month}月{dd.day}日", rng, size=mm(4.4))
    return [s]


def account_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "申请执行人收取执行款确认书", number=c.number)
    a = c.applicant
    f = font(BODY, mm(4.0))
    s.text(ML, y, "本人（单位）确认以下账户为收取本案执行款的账户，本院将执行款划入该账户即视为已向本人（单位）发放。", f)
    y += mm(14)
    rows: list[tuple[float, Sequence[Cell]]] = [
        (15, [("收款人", 0.25), (f"~{a.name}", 0.0)]),
        (15, [("身份证号码", 0.25), (f"~{a.id_number}", 0.0)]),
        (15, [("开户银行", 0.25), (f"~{c.extra['in_bank']}", 0.0)]),
        (15, [("银行账号", 0.25), (f"~{c.extra['in_acct']}", 0.0)]),
        (15, [("联系电话", 0.25), (f"~{a.phone}", 0.0)]),
    ]
    bottom = grid(s, y, rows, rng)
    s.text(ML, bottom + mm(8), "账户变更的，应当书面告知本院；因账户信息错误造成的损失由本人（单位）承担。", f)
    s.text(s.width - MR - mm(80), bottom + mm(26), "确认人：", f)
    signature(s, s.width - MR - mm(58), bottom + mm(23), a.name, rng)
    d = on(c, "payment_account_confirmation")
    hand(s, s.width - MR - mm(58), bottom + mm(40), f"{d.year}.{d.month}.{d.day}", rng, size=mm(4.6))
    return [s]


def address_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "送达地址确认书", number=c.number)
    a = c.applicant
    rows: list[tuple[float, Sequence[Cell]]] = [
        (14, [("当事人", 0.22), (f"~{a.name}", 0.35), ("诉讼地位", 0.16), ("申请执行人", 0.0)]),
        (30, [("告知事项", 0.22), ("1.当事人应如实提供确切的送达地址；2.确认的送达地址适用于执行程序；3.地址变更应及时书面告知"
                                  "本院，未告知的，按原地址送达即视为送达。", 0.0)]),
        (20, [("送达地址", 0.22), (f"~{a.address}", 0.0)]),
        (14, [("收件人", 0.22), (f"~{a.name}", 0.35), ("电话", 0.16), (f"~{a.phone}", 0.0)]),
        (18, [("是否同意电子送达", 0.22), ("~同意，手机号码同上", 0.0)]),
        (16, [("代理人地址", 0.22), (f"~{c.firm}（{c.agent}律师）", 0.0)]),
        (30, [("当事人确认", 0.22), ("我已阅读告知事项，保证上述地址准确、有效。", 0.0)]),
    ]
    bottom = grid(s, y, rows, rng)
    signature(s, s.width - MR - mm(60), bottom - mm(14), a.name, rng)
    d = on(c, "service_address_confirmation")
    hand(s, s.width - MR - mm(34), bottom - mm(12), f"{d.month}月{d.day}日", rng, size=mm(4.2))
    return [s]


def clue_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "被执行人财产线索表")
    r = c.respondent
    t = tale(c)
    if t == "traffic":
        clues = [("车辆", f"~{c.extra['plate']}重型货车，停放于九原区物流园"),
                 ("到期债权", f"~{c.extra['insurer']}事故理赔款"),
                 ("银行账户", f"~{c.extra['in_bank'].split('银行')[0]}银行（对公）")]
    elif t == "loan":
        clues = [("经营场所", f"~原在东河区开{c.extra['shop']}"), ("车辆", "~有一辆白色面包车，车牌不详"),
                 ("银行账户", "~微信、支付宝收款")]
    else:
        clues = [("银行账户", "~包头农商行基本户"), ("工程款", "~在包钢厂区有劳务分包工程款未结"),
                 ("办公场所", f"~{r.address[8:]}")]
    rows: list[tuple[float, Sequence[Cell]]] = [
        (14, [("申请执行人", 0.22), (f"~{c.applicant.name}", 0.33), ("电话", 0.13), (f"~{c.applicant.phone}", 0.0)]),
        (14, [("被执行人", 0.22), (f"~{r.name}", 0.0)]),
        (14, [("财产类别", 0.22), ("财产线索（名称、所在地、账号、车牌号等）", 0.0)]),
        *[(24, [(k, 0.22), (v, 0.0)]) for k, v in clues],
        (24, [("其他线索", 0.22), ("", 0.0)]),
    ]
    bottom = grid(s, y, rows, rng)
    f = font(BODY, mm(3.8))
    s.text(ML, bottom + mm(6), "申请执行人应当如实提供财产线索，本院将在七日内核查。", f)
    s.text(s.width - MR - mm(90), bottom + mm(22), "申请执行人（签名）：", f)
    signature(s, s.width - MR - mm(45), bottom + mm(19), c.applicant.name, rng)
    return [s]


def inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The 网络执行查控系统 feedback, printed from the case system: a tight monospaced table, no seal."""
    s = Sheet()
    mono = font("mono", mm(3.1))
    y = float(mm(22))
    s.text(ML, y, "全国法院网络执行查控系统  查询结果反馈明细", font(HEAD, mm(5.2)))
    y += mm(10)
    d = on(c, "online_inquiry_result")
    s.text(ML, y, f"案号：{c.number}    承办人：{c.officer}    打印时间：{d:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
           mono)
    y += mm(6)
    s.text(ML, y, f"被查询人：{c.respondent.name}    证件号码：{c.respondent.id_number}", mono)
    y += mm(8)
    heads = ["序号", "查询机构", "财产类型", "反馈结果", "余额/数量", "反馈日期"]
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "包商银行（蒙商银行）", "邮储银行",
             "包头农商银行", "公安部（车辆）", "自然资源部（不动产）", "中国证券登记结算", "支付宝", "财付通"]
    cols = [0.07, 0.28, 0.14, 0.22, 0.15, 0.14]
    w = s.width - ML - MR
    rowh = mm(7.2)
    x: float = ML
    for hname, frac in zip(heads, cols, strict=True):
        s.text(x + mm(1), y + mm(1.5), hname, mono)
        x += w * frac
    s.line(ML, y, ML + w, y, width=2)
    y += rowh
    s.line(ML, y, ML + w, y, width=1)
    for i, b in enumerate(banks, 1):
        kind = "车辆" if "车辆" in b else ("不动产" if "不动产" in b else ("证券" if "证券" in b else "存款"))
        if tale(c) == "traffic" and "车辆" in b:
            res, bal = f"有登记 {c.extra['plate']}", "1辆"
        elif tale(c) == "wage" and b == "包头农商银行":
            res, bal = "有账户 已冻结", f"{rng.randint(100, 900)}.{rng.randint(10, 99)}"
        elif kind == "存款" and rng.random() < 0.3:
            res, bal = "有账户 无余额", "0.00"
        else:
            res, bal = "未查询到财产", "-"
        vals = [str(i), b, kind, res, bal, f"{d + timedelta(days=rng.randint(0, 2)):%m-%d}"]
        x = float(ML)
        for v, frac in zip(vals, cols, strict=True):
            s.text(x + mm(1), y + mm(1.5), v, mono)
            x += w * frac
        y += rowh
    s.line(ML, y, ML + w, y, width=2)
    s.text(ML, y + mm(5), f"共{len(banks)}条  本页为系统打印件", mono)
    s.right(s.width - MR, s.height - mm(15), "第1页/共1页", mono)
    s.page_of = (1, 1)
    return [s]


def cover(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(paper=(246, 240, 226))
    y = float(mm(38))
    s.centred(y, COURT, font(NAME, mm(7)), spacing=mm(0.8))
    y += mm(18)
    s.centred(y, "执 行 卷 宗", font(HEAD, mm(14)), spacing=mm(2))
    y += mm(30)
    s.centred(y, "（正卷）", font(BODY, mm(5)))
    y += mm(20)
    years = f"{c.filed_on.year}"
    rows: list[tuple[float, Sequence[Cell]]] = [
        (16, [("案号", 0.25), (c.number, 0.0)]),
        (16, [("案由", 0.25), (c.extra["cause"], 0.0)]),
        (16, [("申请执行人", 0.25), (f"~{c.applicant.name}", 0.0)]),
        (16, [("被执行人", 0.25), (f"~{c.respondent.name}", 0.0)]),
        (16, [("执行依据", 0.25), (basis_words(c).replace("本院", "昆都仑区法院"), 0.0)]),
        (16, [("立案日期", 0.25), (f"~{num_date(c.filed_on)}", 0.25), ("结案日期", 0.2), (f"~{num_date(c.closed_on)}", 0.0)]),
        (16, [("结案方式", 0.25), ("~执行完毕", 0.25), ("承办人", 0.2), (f"~{c.officer}", 0.0)]),
        (16, [("保管期限", 0.25), ("~长期", 0.25), ("本卷页数", 0.2), ("~共  页", 0.0)]),
        (16, [("归档日期", 0.25), (f"~{num_date(on(c, 'dossier_cover'))}", 0.25), ("归档号", 0.2), (f"~{years}-执-{rng.randint(100, 999)}", 0.0)]),
    ]
    grid(s, y, rows, rng, x0=mm(30), width=s.width - mm(60), ink=INK, thick=4)
    s.centred(s.height - mm(30), "全宗号 ________   目录号 ________   案卷号 ________", font(BODY, mm(4)))
    return [s]


def catalogue(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    plans_mod = import_module("dossier.corpus.families.court_de_plans")
    entries: list[tuple[str, str]] = plans_mod.catalogue_entries(c)
    s = Sheet()
    y = form_head(s, "卷 内 目 录", court=False)
    f = font(BODY, mm(3.6))
    s.text(ML, y - mm(4), f"案号：{c.number}", f)
    y += mm(4)
    rows: list[tuple[float, Sequence[Cell]]] = [(10, [("序号", 0.09), ("文件名称", 0.56), ("日期", 0.2), ("页号", 0.0)])]
    page = 1
    for i, (name, pages) in enumerate(entries, 1):
        n = int(pages)
        rows.append((8.2, [(str(i), 0.09), (name, 0.56), ("", 0.2), (f"~{page}" if n == 1 else f"~{page}-{page + n - 1}", 0.0)]))
        page += n
    grid(s, y, rows, rng, size=mm(3.4), ink=INK)
    return [s]


def review_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "执行卷宗复核表", number=c.number)
    items = ["立案材料是否齐全", "执行依据及生效证明是否附卷", "执行通知书、报告财产令是否送达", "财产查控材料是否附卷",
             "执行款发放凭证是否齐全", "结案文书是否送达", "卷内文书是否按顺序排列、编页", "卷内目录是否与材料一致"]
    rows: list[tuple[float, Sequence[Cell]]] = [(12, [("复核项目", 0.6), ("复核结果", 0.2), ("备注", 0.0)])]
    rows += [(12, [(it, 0.6), ("~是", 0.2), ("", 0.0)]) for it in items]
    rows += [(30, [("复核意见", 0.25), ("~卷宗材料齐全，同意归档。", 0.0)])]
    bottom = grid(s, y, rows, rng, ink=INK)
    f = font(BODY, mm(4))
    d = on(c, "file_review_form")
    s.text(ML, bottom + mm(12), "承办人：", f)
    signature(s, ML + mm(22), bottom + mm(9), c.officer, rng)
    s.text(ML + mm(85), bottom + mm(12), "书记员：", f)
    signature(s, ML + mm(107), bottom + mm(9), c.clerk, rng)
    hand(s, s.width - MR - mm(50), bottom + mm(28), f"{d.year}.{d.month}.{d.day}", rng, size=mm(4.4), ink=INK)
    return [s]


def remarks(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = form_head(s, "备 考 表", court=False)
    f = font(BODY, mm(4))
    s.text(ML, y, f"案号：{c.number}", f)
    y += mm(10)
    rows: list[tuple[float, Sequence[Cell]]] = [
        (120, [("本卷情况说明", 0.2), ("~本卷共计材料若干件，其中执行依据为二审判决，附一审法院生效证明书；保险公司复函及银行回单"
                                      "各一份。执行款已全部发放。", 0.0)]),
        (20, [("立卷人", 0.2), (f"~{c.clerk}", 0.3), ("检查人", 0.2), (f"~{c.officer}", 0.0)]),
        (20, [("立卷日期", 0.2), (f"~{num_date(on(c, 'remarks_sheet'))}", 0.0)]),
    ]
    grid(s, y, rows, rng, ink=INK)
    return [s]


def record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bureau's 笔录 sheet: a printed head with blanks, the questions and answers typed, each page signed."""
    d = on(c, code)
    title = "调 查 笔 录" if code == "investigation_record" else "谈 话 笔 录"
    t = Typed(c, title, number=False, court_line=True)
    s = t.sheet
    f = t.f
    who = c.respondent if code == "investigation_record" else c.applicant
    head = [f"时间：{d.year}年{d.month}月{d.day}日{rng.randint(9, 10)}时{rng.choice(['00', '20', '30'])}分至"
            f"{rng.randint(11, 11)}时{rng.choice(['05', '15', '40'])}分",
            "地点：" + (f"{who.address}" if code == "investigation_record" else "本院执行局第二谈话室"),
            f"{'调查人' if code == 'investigation_record' else '谈话人'}：{c.officer}        记录人：{c.clerk}",
            f"被{'调查' if code == 'investigation_record' else '谈话'}人：{who.name}（{'被执行人' if who is c.respondent else '申请执行人'}）"]
    for line in head:
        s.text(ML, t.y, line, f)
        t.y += LEAD
    s.line(ML, t.y, s.width - MR, t.y, width=1)
    t.gap(mm(3))
    if code == "investigation_record":
        qa = [("问", f"我们是昆都仑区法院执行局的工作人员（出示工作证），今天依法就{c.number}案件向你调查财产情况，你要如实回答，听清楚了吗？"),
              ("答", "听清楚了。"),
              ("问", f"申请执行人提供线索称你原在东河区经营{c.extra['shop']}，现在情况如何？"),
              ("答", f"{c.extra['shop']}去年就关了，门面是租的，设备抵给房东了。"),
              ("问", "你现在有无工作和收入？名下有无车辆、房产？"),
              ("答", "在建筑工地打零工，一天一百多块钱，不固定。没有车也没有房，现在跟父母住。"),
              ("问", "申请人说你有一辆白色面包车，车在哪里？"),
              ("答", "那是我姐夫的车，我借着开过，不是我的。"),
              ("问", "你打算怎么履行还款义务？"),
              ("答", "现在确实没钱，以后有了一定还。"),
              ("问", "以上笔录你看一下，是否属实？"),
              ("答", "看过了，属实。")]
    else:
        qa = [("问", f"今天约你来，是告知你申请执行{c.respondent.name}一案的执行情况，并听取你的意见。"),
              ("答", "好的。"),
              ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、房产等，均未发现可供执行的财产；对你提供的线索也进行了"
                    "实地调查，面包车登记在他人名下。被执行人已被限制消费并纳入失信名单。你还能提供新的财产线索吗？"),
              ("答", "暂时没有了。"),
              ("问", "本院拟对本案终结本次执行程序。终本后被执行人仍负有继续履行的义务，你发现财产线索可随时申请恢复执行。"
                    "你有什么意见？"),
              ("答", "我同意先终本，以后发现他有钱了再申请。"),
              ("问", "以上笔录你看一下，是否属实？"),
              ("答", "属实。")]
    for q, text in qa:
        t.para(f"{q}：{text}", indent=False)
    for sh in t.sheets:
        signature(sh, sh.width - MR - mm(48), sh.height - mm(30), who.name, rng)
    t.gap(mm(4))
    t.room(LEAD * 2)
    t.sheet.text(ML, t.y, "（以下无正文）", f)
    t.y += LEAD
    n = len(t.sheets)
    for i, sh in enumerate(t.sheets, 1):
        sh.text(ML, sh.height - mm(28), f"被{'调查' if code == 'investigation_record' else '谈话'}人签名：", font(BODY, mm(3.6)))
        sh.centred(sh.height - mm(17), f"第{i}页 共{n}页", font(BODY, mm(3.4)))
        sh.page_of = (i, n)
    return t.sheets


GRIDS = {"service_receipt": service_receipt, "closing_approval_form": approval_form,
         "property_declaration_form": declaration, "payment_account_confirmation": account_form,
         "service_address_confirmation": address_form, "property_clue_form": clue_form,
         "online_inquiry_result": inquiry, "dossier_cover": cover, "catalogue": catalogue,
         "file_review_form": review_form, "remarks_sheet": remarks}
