"""court_cr's own papers: 奎文法院执行局 prints its rulings and notices with the court's name in black 宋体 over a thin
double rule, the 文号 at the right under it, and its forms on the window's pre-printed grids (filled by hand or by the
case system). `made` gives every paper its date, so that a 送达回证 always follows what it served."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money_caps, num_date
from dossier.corpus.draw import Sheet, flow, hand, mm, seal, table
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "closing_notice", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "enforcement_ruling", "termination_this_round_ruling",
    "assistance_notice", "closing_approval_form", "service_receipt", "investigation_record", "interview_record",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
COURT = "山东省潍坊市奎文区人民法院"
L, R, T, B = mm(28), mm(182), mm(30), mm(262)
LAW = "《中华人民共和国民事诉讼法》"
OFFSET = {
    "enforcement_application": -3, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2,
    "property_report_order": 2, "online_inquiry_result": 6, "property_declaration_form": 9,
    "enforcement_ruling": 14, "assistance_notice": 14, "consumption_restriction_order": 16,
    "dishonest_list_decision": 17, "settlement_agreement": 22, "summons": 28, "investigation_record": 52,
}


def money(x: Decimal) -> str:
    """An amount as the bureau's case system prints it: thousands separated, two decimals, no currency."""
    return f"{x:,.2f}"


def made(c: CaseCtx, code: str) -> date:
    """The day a paper of this case was made."""
    if code in OFFSET:
        return c.day(OFFSET[code])
    if code == "payment_voucher":
        return c.day(48 if c.extra.get("kw_story") == "kite" else 61)
    if code == "interview_record":
        return c.closed_on - timedelta(days=12)
    if code == "termination_this_round_ruling":
        return c.closed_on - timedelta(days=4)
    if code == "closing_notice":
        return c.closed_on - timedelta(days=2)
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return c.closed_on + timedelta(days=16)
    return c.filed_on


def head(s: Sheet, title: str, number: str, *, y: float = T) -> float:
    """The bureau's heading: court name, double rule, spaced title, 文号 at the right."""
    s.centred(y, COURT, font("serif_bold", 50), spacing=4)
    y += 78
    s.line(L, y, R, y, width=4)
    s.line(L, y + 8, R, y + 8, width=1)
    y += 30
    s.centred(y, title, font("serif_bold", 62), spacing=22 if len(title) <= 6 else 8)
    y += 100
    if number:
        s.right(R, y, number, font("serif", 34))
        y += 64
    return y


def sign_off(s: Sheet, c: CaseCtx, y: float, day: date, rng: random.Random, *, staff: bool = True) -> float:
    """Names of the bench, the date and the court's seal over it."""
    f = font("serif", 36)
    x = R - mm(62)
    if staff:
        for role, name in (("审 判 长", c.judge), ("审 判 员", c.officer)):
            s.text(x, y, f"{role}    {name}", f)
            y += 56
    s.text(x, y + 10, cn_date(day), f)
    seal(s, x + mm(24), y, COURT, rng)
    y += 80
    if staff:
        s.text(x, y, f"书 记 员    {c.clerk}", f)
        y += 56
    return y


def page(title: str, number: str) -> tuple[Sheet, float]:
    s = Sheet()
    return s, head(s, title, number)


def body(s: Sheet, paras: list[str], y: float) -> float:
    return flow(s, [("p", p) for p in paras], font("serif", 38), x0=L, width=R - L, y=y, line_height=64,
                indent=80)


def _who(c: CaseCtx) -> list[str]:
    a, r = c.applicant, c.respondent
    out = []
    for role, p in (("申请执行人", a), ("被执行人", r)):
        if p.kind == "organisation":
            out.append(f"{role}：{p.name}，住所地{p.address}。统一社会信用代码{p.id_number}。")
            out.append(f"法定代表人：{p.legal_rep}，该公司负责人。")
        else:
            born = p.born or date(1980, 1, 1)
            out.append(f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，"
                       f"公民身份号码{p.id_number}。")
        if role == "申请执行人":
            out.append(f"委托诉讼代理人：{c.agent}，{c.firm}律师。")
    return out


def basis_words(c: CaseCtx) -> str:
    kind = {"kite": "民事判决书", "greenhouse": "裁决书", "loan": "支付令"}[c.extra["kw_story"]]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _ruling(c: CaseCtx, rng: random.Random, final: bool) -> list[Sheet]:
    s, y = page("执行裁定书", c.number)
    y = flow(s, [("f", w) for w in _who(c)], font("serif", 36), x0=L, width=R - L, y=y, line_height=58, indent=0)
    story = c.extra["kw_story"]
    if final:
        paras = [f"本院在执行申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['kw_cause']}一案中，"
                 f"依据{basis_words(c)}，被执行人应给付申请执行人{money(c.amount)}元及迟延履行期间的债务利息。",
                 "本院立案后向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统对其存款、车辆、不动产、"
                 "证券、网络资金等进行了查询，并到潍坊市自然资源和规划局、坊子区市场监督管理局调查，未发现可供执行的"
                 "财产；对被执行人及其法定代表人采取了限制消费措施，并将被执行人纳入失信被执行人名单。申请执行人对"
                 "本院的查控情况无异议，亦未能提供其他财产线索。",
                 "本院认为，本案已穷尽财产调查措施，被执行人暂无财产可供执行。依照《最高人民法院关于适用〈中华人民"
                 "共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下：",
                 f"终结本院{c.number}案件的本次执行程序。",
                 "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。",
                 "本裁定送达后即发生法律效力。"]
    else:
        target = "银行存款" if story != "loan" else "银行存款、微信及支付宝账户资金"
        paras = [f"本院依据已经发生法律效力的{basis_words(c)}，于{cn_date(c.filed_on)}立案执行申请执行人"
                 f"{c.applicant.name}与被执行人{c.respondent.name}{c.extra['kw_cause']}一案。被执行人未按执行通知"
                 "履行法律文书确定的义务。依照" + LAW + "第二百四十九条、第二百五十条之规定，裁定如下：",
                 f"一、冻结、划拨被执行人{c.respondent.name}名下{target}人民币{money(c.amount)}元及执行费"
                 f"{money(c.extra['kw_fee'])}元，冻结期限为一年；",
                 "二、上述款项不足的，查封、扣押、拍卖、变卖被执行人相应价值的其他财产。",
                 "本裁定立即执行。"]
    y = body(s, paras, y + 10)
    sheets = [s]
    if y > B - mm(42):  # the bench's names and the seal go over the page, as the case system prints them
        s.centred(B + 20, "第1页 共2页", font("serif", 28))
        s = Sheet()
        sheets.append(s)
        s.text(L + 80, T, "（此页无正文）", font("serif", 38))
        y = float(T + 90)
        s.centred(B + 20, "第2页 共2页", font("serif", 28))
    sign_off(s, c, y + 30, made(c, "termination_this_round_ruling" if final else "enforcement_ruling"), rng)
    s.text(L, B - 10, "本件与原本核对无异", font("serif", 28))
    return sheets


def _notice(title: str, to: str, paras: list[str], c: CaseCtx, day: date, rng: random.Random) -> list[Sheet]:
    s, y = page(title, c.number)
    s.text(L, y, f"{to}：", font("serif", 38))
    y = body(s, paras, y + 66)
    f = font("serif", 34)
    y += 30
    s.text(L, y, f"联系人：{c.officer}    联系电话：{c.court.phone}", f)
    s.text(L, y + 52, f"本院地址：{c.court.address}", f)
    sign_off(s, c, y + 150, day, rng, staff=False)
    return [s]


def _form(title: str, rows: list[list[str]], cols: list[float], c: CaseCtx, rng: random.Random,
          hands: list[tuple[int, str]], day: date, *, heights: list[float] | None = None) -> list[Sheet]:
    """A pre-printed grid of the bureau; `hands` puts handwriting into row i's last cell."""
    s = Sheet()
    s.centred(T, COURT, font("serif", 40), spacing=2)
    s.centred(T + 66, title, font("serif_bold", 56), spacing=10)
    s.text(L, T + 150, f"案号：{c.number}", font("serif", 32))
    y0 = T + 200
    hs = heights or [86.0] * len(rows)
    table(s, L, y0, cols, rows, font("serif", 32), row_h=hs, centre_first=True)
    for i, text in hands:
        yy = y0 + sum(hs[:i]) + 18
        hand(s, L + sum(cols[:-1]) + 14, yy, text, rng, size=38)
    s.right(R, y0 + sum(hs) + 40, cn_date(day), font("serif", 32))
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    method = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, "执行完毕")
    paid = "" if c.method != "fully_performed" else f"执行到位{money(c.amount)}元，已发放申请执行人。"
    rows = [["案    号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_words(c)], ["执行标的", f"{money(c.amount)}元"], ["结案方式", method],
            ["承办人意见", ""], ["合议庭意见", ""], ["执行局长审批", ""]]
    hs = [80.0] * 6 + [260.0, 170.0, 170.0]
    out = _form("执行案件结案审批表", rows, [mm(38), mm(116)], c, rng, [], made(c, "closing_approval_form"),
                heights=hs)
    s = out[0]
    y = T + 200 + sum(hs[:6])
    hand(s, L + mm(42), y + 20, paid or "已穷尽财产调查措施，未发现可供执行财产，", rng, size=34)
    hand(s, L + mm(42), y + 80, f"建议以{method}方式结案。  {c.officer}", rng, size=34)
    hand(s, L + mm(42), y + 280, "同意承办人意见。", rng, size=34)
    hand(s, L + mm(42), y + 450, f"同意结案。  {c.extra['kw_chief']}", rng, size=34)
    return out


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书",
             "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书",
             "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
             "dishonest_list_decision": "纳入失信名单决定书", "closing_notice": "结案通知书", "summons": "传票",
             "payment_notice": "缴纳执行费通知书"}
    to_applicant = all(x in ("acceptance_notice", "closing_notice", "payment_notice") for x in served)
    who = c.applicant if to_applicant else c.respondent
    day = max(made(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "、".join(names.get(x, x) for x in served)
    rows = [["送达文书名称及件数", f"{papers}  各一份"], ["受送达人", who.name], ["送达地址", who.address],
            ["送达方式", rng.choice(["直接送达", "留置送达（见证人在场）"]) if not to_applicant else "直接送达"],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备    注", ""]]
    hs = [110.0, 80.0, 110.0, 80.0, 170.0, 100.0, 90.0, 120.0]
    s = Sheet()
    s.centred(T, COURT, font("serif", 40), spacing=2)
    s.centred(T + 66, "送 达 回 证", font("serif_bold", 60), spacing=14)
    s.text(L, T + 160, f"（{c.filed_on.year}）鲁0705执{c.number.split('执')[-1]}", font("serif", 32))
    y0 = T + 210
    table(s, L, y0, [mm(48), mm(106)], rows, font("serif", 32), row_h=hs, centre_first=True)
    x = L + mm(54)
    yy = y0 + sum(hs[:4]) + 30
    signer = who.legal_rep or who.name if who.kind == "organisation" else who.name
    if who.kind == "organisation" and rng.random() < 0.6:
        seal(s, x + mm(40), yy + 60, who.name, rng, radius=mm(17))
    hand(s, x, yy, signer, rng, size=48)
    hand(s, x + mm(50), yy + 80, f"{day.year}.{day.month}.{day.day}", rng, size=34)
    hand(s, x, y0 + sum(hs[:6]) + 20, f"{c.officer}  {c.clerk}", rng, size=38)
    s.text(L, y0 + sum(hs) + 30, "注：受送达人拒收的，送达人应在备注栏注明情况。", font("serif", 28))
    seal(s, R - mm(40), y0 + sum(hs) + 110, COURT, rng)
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    day = made(c, code)
    s = Sheet()
    if code == "dossier_cover":
        s.centred(mm(40), COURT, font("serif_bold", 60), spacing=6)
        s.centred(mm(70), "执 行 卷 宗", font("serif_bold", 110), spacing=30)
        s.text(L + mm(100), mm(100), "正  卷", font("serif", 44))
        rows = [["案    号", c.number], ["案    由", c.extra["kw_cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
                ["结案方式", "执行完毕"], ["承 办 人", c.officer], ["归档日期", cn_date(day)],
                ["保管期限", "长期"], ["本卷共", "      页"]]
        table(s, L, mm(120), [mm(40), mm(114)], rows, font("serif", 36), row_h=90, centre_first=True)
        hand(s, L + mm(70), mm(120) + 90 * 10 + 22, str(rng.randint(56, 90)), rng, size=44)
        return [s]
    if code == "catalogue":
        s.centred(T, "卷 内 目 录", font("serif_bold", 64), spacing=18)
        s.text(L, T + 110, f"案号：{c.number}", font("serif", 32))
        items = ["执行申请书", "民事判决书（二审）", "生效证明", "财产线索表", "诉讼费票据", "身份证明材料",
                 "授权委托书、所函、律师执业证", "收款账户确认书", "送达地址确认书", "受理案件通知书",
                 "缴纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书",
                 "协助执行通知书", "案款发放凭证", "结案通知书", "结案审批表", "送达回证", "归档审查表", "备考表"]
        rows = [["序号", "文件名称", "页号", "备注"]]
        pg = 1
        for i, item in enumerate(items, 1):
            rows.append([str(i), item, str(pg), ""])
            pg += 1 + (1 if i in (2, 6, 7) else 0)
        table(s, L, T + 170, [mm(16), mm(100), mm(20), mm(18)], rows, font("serif", 30), row_h=72)
        return [s]
    if code == "file_review_form":
        rows = [["审查项目", "审查结果"], ["法律文书是否齐全", ""], ["送达回证是否齐全", ""], ["案款是否发放完毕", ""],
                ["卷内材料排列是否规范", ""], ["页码、目录是否填写完整", ""], ["承办人签名", ""], ["档案室审查意见", ""]]
        out = _form("执行卷宗归档审查表", rows, [mm(80), mm(74)], c, rng,
                    [(1, "齐全"), (2, "齐全"), (3, "已发放"), (4, "规范"), (5, "完整"), (6, c.officer),
                     (7, "同意归档")], day)
        return out
    s.centred(T + 20, "备  考  表", font("serif_bold", 64), spacing=20)
    s.text(L, T + 140, f"案号：{c.number}", font("serif", 32))
    s.box(L, T + 200, R, B - mm(20), width=3)
    s.text(L + 30, T + 240, "本卷情况说明：", font("serif", 36))
    hand(s, L + 60, T + 320, f"本卷共计{rng.randint(56, 90)}页，材料齐全，装订完整。", rng, size=40)
    f = font("serif", 34)
    s.text(L + mm(80), B - mm(70), f"立卷人：{c.clerk}", f)
    s.text(L + mm(80), B - mm(55), f"检查人：{c.extra['kw_chief']}", f)
    s.text(L + mm(80), B - mm(40), f"立卷时间：{num_date(day)}", f)
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """调查笔录 / 谈话笔录: a printed grid head, then 问/答 typed on the case system."""
    day = made(c, code)
    title = "调 查 笔 录" if code == "investigation_record" else "谈 话 笔 录"
    s = Sheet()
    s.centred(T, title, font("serif_bold", 62), spacing=16)
    f = font("serif", 34)
    y: float = T + 110
    place = "潍坊市坊子区自然资源和规划局、被执行人住所地" if code == "investigation_record" else "本院执行局第三谈话室"
    for line in (f"时间：{cn_date(day)} 9时30分至10时15分", f"地点：{place}",
                 f"调查人：{c.officer}、{c.judge}    记录人：{c.clerk}",
                 f"被询问人：{c.agent}（申请执行人{c.applicant.name}的委托代理人）"
                 if code == "interview_record" else f"被调查人：{c.respondent.legal_rep}（被执行人法定代表人）",
                 f"案号：{c.number}"):
        s.text(L, y, line, f)
        y += 54
    s.line(L, y + 6, R, y + 6, width=1)
    if code == "interview_record":
        qa = [("问", "我们是奎文区人民法院执行局的工作人员，今天约你来谈话，告知本案的执行情况，你听清楚了吗？"),
              ("答", "听清楚了。"),
              ("问", "本院通过网络执行查控系统查询，被执行人名下无存款、车辆、不动产及有价证券，到其厂区和大棚基地"
                    "调查，大棚设施已抵押给信用社，无其他可供执行财产。对查控结果有无异议？"),
              ("答", "没有异议，我们也没有其他财产线索。"),
              ("问", "本院已对被执行人限制消费并纳入失信名单。现拟终结本次执行程序，终本后发现财产可以随时申请恢复执行，"
                    "你有什么意见？"),
              ("答", "同意终本，以后发现财产再来申请。"),
              ("问", "以上笔录你看一下，是否属实？"), ("答", "属实。")]
    else:
        qa = [("问", "你公司名下有哪些财产？大棚基地的土地是租的还是自己的？"),
              ("答", "土地是从村里流转的，租期到2030年，大棚有十二个，去年抵押贷款了。"),
              ("问", "公司账户里有没有钱？有无对外债权？"),
              ("答", "账户都被冻结了，里面没钱，蔬菜款都还了贷款。没有别人欠我们的钱。"),
              ("问", "你公司有车辆吗？"), ("答", "原来有一辆皮卡，前年卖了。"),
              ("问", "以上所说是否属实？"), ("答", "属实。")]
    y = flow(s, [("f", f"{q}：{a}") for q, a in qa], f, x0=L, width=R - L, y=y + 30, line_height=58, indent=0)
    who = c.agent if code == "interview_record" else c.respondent.legal_rep
    hand(s, L + mm(90), y + 30, f"以上笔录看过，属实。 {who}", rng, size=40)
    hand(s, L + mm(90), y + 100, f"{day.year}.{day.month}.{day.day}", rng, size=36)
    s.right(R, B, "第1页  共1页", font("serif", 28))
    return [s]


def draw_own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The bureau's own papers."""
    day = made(c, code)
    a, r = c.applicant.name, c.respondent.name
    notices: dict[str, Callable[[], list[Sheet]]] = {
        "acceptance_notice": lambda: _notice("受理案件通知书", a, [
            f"你（单位）申请执行{r}{c.extra['kw_cause']}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行，"
            f"案号为{c.number}。本案由执行员{c.officer}承办，请你（单位）按时了解执行进展，发现被执行人财产线索的，"
            "及时向本院提供。", "特此通知。"], c, day, rng),
        "payment_notice": lambda: _notice("缴纳执行费通知书", r, [
            f"本院受理的{c.number}案件，依照《诉讼费用交纳办法》第十四条之规定，执行申请费{money(c.extra['kw_fee'])}元"
            "由被执行人负担。请你（单位）于接到本通知之日起七日内向本院缴纳，逾期不缴纳的，本院将依法强制执行。",
            "开户行：潍坊银行奎文支行    户名：潍坊市奎文区人民法院"], c, day, rng),
        "enforcement_notice": lambda: _notice("执行通知书", r, [
            f"{a}申请执行你（单位）{c.extra['kw_cause']}一案，本院已立案执行。依照{LAW}第二百五十二条之规定，"
            f"责令你（单位）自收到本通知之日起立即履行{basis_words(c)}确定的义务：给付申请执行人{money(c.amount)}元，"
            f"加倍支付迟延履行期间的债务利息，并负担执行费{money(c.extra['kw_fee'])}元（{money_caps(c.extra['kw_fee'])}）。",
            "逾期不履行的，本院将依法强制执行，并可对你（单位）采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"],
            c, day, rng),
        "property_report_order": lambda: _notice("报告财产令", r, [
            "依照" + LAW + "第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》之规定，责令你（单位）"
            "在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，填写所附财产申报表。",
            "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究"
            "刑事责任。"], c, day, rng),
        "closing_notice": lambda: _notice("结案通知书", a, [
            f"你（单位）与{r}{c.extra['kw_cause']}一案，执行依据为{basis_words(c)}。执行中"
            + ("本院冻结并扣划被执行人银行存款" if c.extra["kw_story"] == "kite" else "双方达成执行和解协议，被执行人已按协议履行")
            + f"，执行款{money(c.amount)}元已发放给你（单位）。本案于{cn_date(c.closed_on)}以执行完毕方式结案。", "特此通知。"],
            c, day, rng),
        "summons": lambda: _notice("传    票", r, [
            f"本院执行的{c.number}案件，你（单位）未按执行通知履行义务，亦未报告财产。现传唤你（单位）法定代表人"
            f"{c.respondent.legal_rep}于{cn_date(day + timedelta(days=7))}上午9时到本院执行局第三谈话室接受询问，"
            "并携带公司财务账簿、银行账户明细。", "无正当理由拒不到场的，本院可依法拘传。"], c, day, rng),
        "consumption_restriction_order": lambda: _notice("限制消费令", r, [
            f"本院于{cn_date(c.filed_on)}立案执行{a}申请执行你单位一案。因你单位未按执行通知书指定的期间履行生效法律"
            "文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条之规定，"
            f"对你单位及法定代表人{c.respondent.legal_rep}采取限制消费措施，不得乘坐飞机、列车软卧、G字头动车组"
            "一等以上座位，不得在星级以上宾馆、酒店消费，不得购买不动产或新建、扩建、高档装修房屋，不得旅游、度假。",
            "如违反本令，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"], c, day, rng),
    }
    if code in notices:
        return notices[code]()
    if code == "dishonest_list_decision":
        s, y = page("决定书", c.number[:-1] + "之一号")
        paras = [f"申请执行人{a}与被执行人{r}{c.extra['kw_cause']}一案，本院依据{basis_words(c)}于{cn_date(c.filed_on)}"
                 "立案执行。被执行人有履行能力而拒不履行生效法律文书确定的义务，依照" + LAW + "第二百六十六条、"
                 "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项之规定，决定如下：",
                 f"将{r}（统一社会信用代码{c.respondent.id_number}）纳入失信被执行人名单。",
                 "本决定一经作出即生效。"]
        y = body(s, paras, y)
        sign_off(s, c, y + 30, day, rng, staff=False)
        return [s]
    if code == "enforcement_ruling":
        return _ruling(c, rng, final=False)
    if code == "termination_this_round_ruling":
        return _ruling(c, rng, final=True)
    if code == "assistance_notice":
        return _assist(c, rng)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    return _archive(code, c, rng, served)


def _assist(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    story = c.extra["kw_story"]
    bank = {"kite": "中国工商银行潍坊奎文支行", "greenhouse": "潍坊农村商业银行坊子支行",
            "loan": "中国邮政储蓄银行潍坊市奎文区支行"}[story]
    s, y = page("协助执行通知书", c.number)
    s.text(L, y, f"{bank}：", font("serif", 38))
    act = "冻结并扣划" if story != "greenhouse" else "冻结"
    paras = [f"关于{c.applicant.name}与{c.respondent.name}{c.extra['kw_cause']}一案，本院作出的{c.number}执行裁定书"
             "已经发生法律效力。依照" + LAW + f"第二百五十条之规定，请协助{act}被执行人{c.respondent.name}"
             f"在你行开立账户内的存款人民币{money(c.amount)}元" + ("，扣划至本院执行款专户（潍坊市奎文区人民法院，"
             "账号37050166620100000218）。" if act != "冻结" else "，冻结期限一年。")]
    y = body(s, paras, y + 66)
    y = table(s, L, y + 20, [mm(40), mm(114)], [["被执行人", c.respondent.name], ["证件号码", c.respondent.id_number],
                                              ["协助事项", f"{act}存款{money(c.amount)}元"]], font("serif", 32), row_h=76,
              centre_first=True)
    s.text(L, y + 30, f"经办人：{c.officer}、{c.clerk}    电话：{c.court.phone}", font("serif", 32))
    sign_off(s, c, y + 130, made(c, "assistance_notice"), rng, staff=False)
    stub = B - mm(20)
    s.line(L, stub - 40, R, stub - 40, width=1)
    s.text(L, stub - 20, "（回执联）协助执行情况：", font("serif", 32))
    done = "已冻结，余额0.00元" if story == "greenhouse" else f"已冻结并扣划{money(c.amount)}元"
    hand(s, L + mm(72), stub - 26, done, rng, size=36)
    seal(s, R - mm(30), stub - 30, f"{bank}业务专用章", rng, radius=mm(15))
    return [s]
