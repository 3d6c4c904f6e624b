"""court_g's forms: the 送达回证 as the court prints it (one row per document with columns for 送达方式,
the signature and the date), a 传票, 执行笔录 / 调查笔录 on record paper under a header grid, the 被执行人
财产申报表 with tick boxes, the 执行案件结案审批表, 执行案款发放审批表, and the archive forms (卷皮, 卷内
文件目录 with 文号 and 页号 columns, 立案审批表, 卷宗质量评查表, 卷内备考表)."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, money, num_date
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_g_kit import COURT, RED, face, pen, table, tick

CODES = frozenset({"service_receipt", "summons", "interview_record", "investigation_record", "property_declaration_form",
                   "closing_approval_form", "payment_voucher", "case_registration_form", "dossier_cover", "catalogue",
                   "file_review_form", "remarks_sheet"})
NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "termination_this_round_ruling": "执行裁定书（终本）", "enforcement_ruling": "执行裁定书",
         "resumption_ruling": "执行裁定书（恢复执行）", "resumption_notice": "恢复执行通知书",
         "closing_notice": "结案通知书", "summons": "传票", "payment_notice": "交纳执行费通知书"}
X0, X1 = mm(20), mm(190)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "service_receipt":
        return [receipt(c, served, rng)]
    if code in ("interview_record", "investigation_record"):
        return record(c, code, rng)
    return [{"summons": summons, "property_declaration_form": declaration, "closing_approval_form": approval,
             "payment_voucher": voucher, "case_registration_form": registration, "dossier_cover": cover,
             "catalogue": catalogue, "file_review_form": review, "remarks_sheet": remarks}[code](c, rng)]


def _head(s: Sheet, title: str, *, number: str = "", y: float = mm(20)) -> float:
    """A form's head: the court's name and the form's name on one centred line each, the number at the right."""
    s.centred(y, COURT, face("g_form", mm(6.2)))
    s.centred(y + mm(10), title, face("g_title", mm(8.4)), spacing=mm(1.5))
    y += mm(26)
    if number:
        s.right(X1, y, number, face("g_form", mm(4.4)))
        y += mm(8)
    return y


def receipt(c: CaseCtx, served: list[str], rng: random.Random) -> Sheet:
    """送达回证: a header grid (案由, 受送达人, 地址), then one row per document served with its 送达方式,
    the receiver's signature and date; 送达人 and 备考 at the bottom."""
    s = Sheet()
    y = _head(s, "送 达 回 证", number=c.number)
    to_applicant = served[0] in ("acceptance_notice", "closing_notice", "payment_notice")
    who = c.applicant if to_applicant else c.respondent
    day = {"acceptance_notice": 2, "enforcement_notice": 5, "property_report_order": 5, "resumption_notice": 3,
           "resumption_ruling": 3}.get(served[0], 28)
    if served[0] in ("termination_this_round_ruling", "closing_notice"):
        day = (c.closed_on - c.filed_on).days - 1
    when = c.day(day)
    how = rng.choice(["直接送达", "邮寄送达", "电子送达", "留置送达"])
    y = table(s, X0, y, [mm(34), mm(136)], [["案　由", "执行"], ["受送达人", who.name], ["送达地址", who.address]],
              row_h=mm(13))
    rows = [["送达文书名称及件数", "送达方式", "受送达人签名或盖章", "签收日期"]]
    hand: dict[tuple[int, int], str] = {}
    for i, code in enumerate(served, 1):
        rows.append([f"{NAMES.get(code, code)}　1份", "", "", ""])
        hand[(i, 1)] = how
        hand[(i, 3)] = f"{when.month}.{when.day}"
        if how != "留置送达":
            hand[(i, 2)] = who.legal_rep or who.name
    y = table(s, X0, y, [mm(62), mm(30), mm(44), mm(34)], rows, row_h=[mm(12), *[mm(22)] * len(served)], hand=hand, rng=rng)
    y = table(s, X0, y, [mm(34), mm(136)], [["代收人及代收理由", ""], ["送达人", ""], ["备　考", ""]],
              row_h=mm(20), hand={(1, 1): f"{c.officer}　{c.clerk}",
                                  (2, 1): "受送达人拒绝签收，已将文书留置于其住所并拍照" if how == "留置送达"
                                  else ("已发送至受送达人确认的电子邮箱" if how == "电子送达" else "")}, rng=rng)
    f = face("g_form", mm(3.8))
    s.text(X0, y + mm(5), "填发人：" + c.clerk, f)
    s.right(X1, y + mm(5), f"填发日期：{num_date(when - timedelta(days=1))}", f)
    return s


def summons(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _head(s, "传　　票", number=c.number)
    r = c.respondent
    rows = [["案　由", "执行"], ["被传唤人", r.legal_rep or r.name], ["工作单位或住址", r.address], ["传唤事由", "执行谈话、报告财产"],
            ["应到时间", f"{num_date(c.day(40))}上午9时30分"], ["应到处所", f"本院执行局第三谈话室（{c.court.address}）"]]
    y = table(s, X0, y, [mm(44), mm(126)], rows, row_h=mm(15), size=4.6)
    f = face("g_form", mm(4.0))
    for line in ["注意事项：", "一、被传唤人必须准时到达，应到处所时请携带本传票和身份证件。",
                 "二、被传唤人收到传票后，经两次传唤无正当理由拒不到场的，可以拘传。"]:
        s.text(X0, y + mm(8), line, f)
        y += mm(8)
    d = face("g_body", mm(5))
    s.right(X1 - mm(10), y + mm(25), num_date(c.day(33)), d)
    seal(s, X1 - mm(40), y + mm(25), COURT, rng)
    s.text(X0, y + mm(50), f"执行员：{c.officer}　　书记员：{c.clerk}", d)
    return s


def record(c: CaseCtx, code: str, rng: random.Random) -> list[Sheet]:
    """执行笔录 (hearing the applicant before 终本, or the 和解 talk) or 调查笔录 (checking a clue on the spot):
    a header grid printed, questions and answers written in ballpoint; two sheets, each signed."""
    a, r = c.applicant, c.respondent
    interview = code == "interview_record"
    day = c.day((c.closed_on - c.filed_on).days - 14 if interview else 48)
    title = "执 行 笔 录" if interview else "调 查 笔 录"
    place = "本院执行局谈话室" if interview else f"{r.address}"
    who = a.name if interview else (r.legal_rep or r.name) + "（邻居、物业人员）"
    if interview and c.method == "fully_performed":
        qa = [f"问：今天通知你来，是就{r.name}履行问题进行谈话，你方与对方是否达成了和解？",
              f"答：达成了，{r.name}同意用被冻结的建行存款一次付清，我们放弃利息。", "问：和解协议是否出于自愿？",
              "答：是自愿的，协议已经签字。", "问：款项到账后你方是否同意本案执行完毕？", "答：同意。"]
    elif interview:
        qa = [f"问：本院向你告知{r.name}案的执行情况：经网络查控和现场调查，未发现被执行人有可供执行的财产，你是否清楚？",
              "答：清楚。", "问：你能否提供被执行人其他财产线索？", "答：暂时不能提供。",
              "问：本院拟终结本次执行程序，终本后发现财产可以申请恢复执行，你有何意见？", "答：没有意见，同意终本。",
              "问：还有无其他补充？", "答：没有。"]
    else:
        qa = [f"问：我们是重庆市渝中区人民法院执行员，依法调查{r.name}的财产情况，请你配合。", "答：好的。",
              f"问：{r.name}是否还在此处经营或居住？", "答：早就没在这里了，房子是租的，去年就退租了。",
              "问：现场有无其财产？", "答：没有，屋里是新租户的东西。", "问：以上所说是否属实？", "答：属实。"]
    sheets: list[Sheet] = []
    s = Sheet()
    s.centred(mm(20), title, face("g_title", mm(9)), spacing=mm(1))
    y = table(s, X0, mm(36), [mm(26), mm(60), mm(26), mm(58)], [
        ["时　间", f"{num_date(day)}10时05分", "地　点", place],
        ["执行人员", c.officer, "记录人", c.clerk],
        ["被询问人", who, "案　号", c.number]], row_h=mm(14), size=4.0)
    y += mm(8)
    lh = mm(10.5)
    for line in qa:
        for k in range(0, len(line), 27):
            if y > s.height - mm(40):
                pen(s, mm(130), s.height - mm(28), f"{who[:3]}", rng)
                sheets.append(s)
                s = Sheet()
                y = float(mm(22))
            s.line(X0, y + lh - mm(2), X1, y + lh - mm(2), width=1, fill=(150, 150, 160))
            pen(s, X0 + (0 if k == 0 else mm(10)), y, line[k:k + 27], rng, size=mm(5.2))
            y += lh
    y += mm(6)
    pen(s, X0 + mm(6), y, "以上笔录我看过，与我说的一致。", rng)
    pen(s, mm(120), y + mm(14), who[:3] if not interview else a.name, rng)
    s.text(X0, y + mm(30), f"执行人员：{c.officer}　　记录人：{c.clerk}", face("g_body", mm(4.6)))
    sheets.append(s)
    for n, sh in enumerate(sheets, 1):
        sh.page_of = (n, len(sheets)) if len(sheets) > 1 else None
        if len(sheets) > 1:
            sh.centred(sh.height - mm(16), f"第{n}页　共{len(sheets)}页", face("g_form", mm(3.8)))
    return sheets


def declaration(c: CaseCtx, rng: random.Random) -> Sheet:
    """被执行人财产申报表: printed rows of kinds of property, each with 有/无 boxes ticked by the respondent."""
    s = Sheet()
    r = c.respondent
    y = _head(s, "被执行人财产申报表", number=c.number)
    y = table(s, X0, y, [mm(28), mm(74), mm(24), mm(44)], [
        ["被执行人", "", "联系电话", ""], ["证件号码", "", "申报日期", ""]], row_h=mm(13),
        hand={(0, 1): r.name, (0, 3): r.phone, (1, 1): r.id_number, (1, 3): num_date(c.day(9))}, rng=rng)
    kinds = ["银行存款", "现金及理财产品", "不动产", "机动车辆", "股权及投资", "到期债权", "收入（工资、租金等）", "其他财产"]
    has = 0 if c.method == "fully_performed" else -1  # the account the money later came from
    f = face("g_form", mm(4.3))
    for i, k in enumerate(kinds):
        s.box(X0, y, X1, y + mm(15), width=2)
        s.text(X0 + mm(2), y + mm(4.5), k, f)
        tick(s, X0 + mm(60), y + mm(4.5), "有", i == has, rng)
        tick(s, X0 + mm(80), y + mm(4.5), "无", i != has, rng)
        if i == has:
            pen(s, X0 + mm(100), y + mm(4), "建行账户余额约" + str(int(c.amount) // 3) + "元", rng, size=mm(4.6))
        y += mm(15)
    y += mm(8)
    s.text(X0, y, "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", f)
    s.text(X0 + mm(80), y + mm(16), "申报人（签名/盖章）：", f)
    pen(s, X0 + mm(128), y + mm(14), r.legal_rep or r.name, rng)
    if r.kind == "organisation":
        seal(s, X0 + mm(140), y + mm(20), r.name, rng, radius=mm(19))
    return s


def approval(c: CaseCtx, rng: random.Random) -> Sheet:
    """执行案件结案审批表: the undertaker's summary and the 庭长 / 局长 signatures with their dates."""
    s = Sheet()
    y = _head(s, "执行案件结案审批表")
    how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    paid = "已全部履行（和解后以冻结存款扣划履行完毕）" if c.method == "fully_performed" else "未履行，无可供执行财产"
    rows = [["案　号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_court}{c.basis_number}"],
            ["执行标的", money(c.amount)],
            ["履行情况", paid],
            ["结案方式", how, "结案日期", num_date(c.closed_on)],
            ["承办人意见", ""], ["部门负责人意见", ""], ["分管院领导意见", ""]]
    hand = {(6, 1): f"拟以{how}方式结案。{c.officer}　{c.closed_on.month}.{c.closed_on.day - 2 if c.closed_on.day > 2 else 1}",
            (7, 1): f"同意。{rng.choice(['周', '冉', '向', '谭'])}{rng.choice(['明', '刚', '波'])}", (8, 1): "同意结案。"}
    table(s, X0, y, [mm(34), mm(58), mm(26), mm(52)], rows, row_h=[*[mm(15)] * 6, mm(30), mm(24), mm(24)], hand=hand, rng=rng)
    return s


def voucher(c: CaseCtx, rng: random.Random) -> Sheet:
    """执行案款发放审批表 with the applicant's signed 领款 line."""
    s = Sheet()
    y = _head(s, "执行案款发放审批表", number=c.number)
    bank = rng.choice(["中国建设银行", "重庆农村商业银行", "招商银行"])
    rows = [["收款人", c.applicant.name, "证件号码", c.applicant.id_number],
            ["收款账户", f"{bank}　6217 **** **** {rng.randint(1000, 9999)}"],
            ["发放金额", money(c.amount)],
            ["款项来源", f"按和解协议扣划被执行人{c.respondent.name}冻结存款"],
            ["承办人", c.officer, "发放日期", num_date(c.closed_on - timedelta(days=4))],
            ["审批意见", ""]]
    y = table(s, X0, y, [mm(30), mm(62), mm(26), mm(52)], rows, row_h=[*[mm(15)] * 5, mm(26)],
              hand={(5, 1): "同意发放"}, rng=rng)
    f = face("g_form", mm(4.3))
    s.text(X0, y + mm(12), "领款人确认：以上款项已全部收到。", f)
    pen(s, X0 + mm(90), y + mm(10), c.applicant.name, rng)
    seal(s, X1 - mm(30), y + mm(34), COURT + "执行款专用章", rng, radius=mm(18))
    return s


def registration(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _head(s, "执行案件立案审批表")
    rows = [["案　号", c.number], ["案件类型", "恢复执行" if c.category == "resumption" else "首次执行"],
            ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", f"{c.basis_court}{c.basis_number}"],
            ["原案号", c.previous_number or "—"], ["申请标的", money(c.amount)], ["收案日期", num_date(c.filed_on)],
            ["立案意见", ""]]
    table(s, X0, y, [mm(38), mm(132)], rows, row_h=[*[mm(14)] * 8, mm(28)], hand={(8, 1): "符合立案条件，同意立案。"}, rng=rng)
    return s


def cover(c: CaseCtx, rng: random.Random) -> Sheet:
    """卷皮: a buff card, the court's name and 执行卷宗 printed in red; the fields written in by hand."""
    s = Sheet(paper=(232, 214, 178))
    s.centred(mm(30), COURT, face("g_red", mm(9)), fill=RED, spacing=mm(1))
    s.centred(mm(50), "执 行 卷 宗", face("g_red", mm(15)), fill=RED, spacing=mm(4))
    y = float(mm(90))
    f = face("g_form", mm(5.2))
    how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    for label, value in [("案　　号", c.number), ("案　　由", "执行"), ("申请执行人", c.applicant.name),
                         ("被 执 行 人", c.respondent.name), ("收案日期", num_date(c.filed_on)),
                         ("结案日期", num_date(c.closed_on)), ("结案方式", how), ("执 行 员", c.officer),
                         ("书 记 员", c.clerk), ("本卷共", "")]:
        s.text(mm(35), y, label, f, fill=RED)
        s.line(mm(75), y + mm(7.5), mm(180), y + mm(7.5), width=2, fill=RED)
        pen(s, mm(80), y - mm(1), value or f"{rng.randint(40, 70)}页", rng, size=mm(5.6), ink=(25, 25, 30))
        y += mm(16)
    s.text(mm(35), y + mm(8), "保管期限：", f, fill=RED)
    pen(s, mm(75), y + mm(7), "长期" if c.method == "terminated_this_round" else "短期", rng, ink=(25, 25, 30))
    return s


def catalogue(c: CaseCtx, rng: random.Random) -> Sheet:
    """卷内文件目录: 序号, 文号, 责任者, 题名, 日期, 页号, 备注."""
    s = Sheet()
    s.centred(mm(22), "卷 内 文 件 目 录", face("g_title", mm(8.4)), spacing=mm(1))
    s.right(X1, mm(36), f"案号：{c.number}", face("g_form", mm(4.2)))
    entries = [("", "立案审批表"), ("", "恢复执行申请书" if c.category == "resumption" else "强制执行申请书"),
               (c.basis_number, "生效法律文书"), ("", "身份证明、授权委托书、律师函"), (c.number, "受理案件通知书"),
               (c.number, "执行通知书、报告财产令"), ("", "财产申报表"), ("", "网络查控结果"), (c.number, "执行裁定书"),
               (c.number, "限制消费令、决定书"), ("", "调查笔录、执行笔录"), (c.number, "执行裁定书（终本）"),
               ("", "结案审批表"), ("", "送达回证"), ("", "卷宗质量评查表")]
    rows = [["序号", "文号", "责任者", "题　名", "日期", "页号", "备注"]]
    page = 1
    for i, (num, name) in enumerate(entries, 1):
        rows.append([str(i), num, "本院" if num == c.number else "", name, "", str(page), ""])
        page += rng.randint(1, 4)
    table(s, mm(14), mm(46), [mm(11), mm(52), mm(16), mm(50), mm(18), mm(13), mm(22)], rows, row_h=mm(14), size=3.4)
    return s


def review(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _head(s, "执行卷宗质量评查表", number=c.number)
    items = ["立案手续齐全", "法律文书送达手续齐全", "财产调查措施到位", "强制措施适用规范", "结案方式适当",
             "卷内材料排列有序、页码连续", "签名盖章齐全"]
    rows = [["评查项目", "符合", "不符合"]] + [[k, "", ""] for k in items]
    hand = {(i, 1): "√" for i in range(1, len(items) + 1)}
    y = table(s, X0, y, [mm(110), mm(30), mm(30)], rows, row_h=mm(14), hand=hand, rng=rng)
    f = face("g_form", mm(4.4))
    s.text(X0, y + mm(10), "评查结论：", f)
    pen(s, X0 + mm(26), y + mm(9), "合格，同意归档。", rng)
    s.text(X0, y + mm(26), "评查人：", f)
    pen(s, X0 + mm(22), y + mm(25), c.officer, rng)
    s.right(X1, y + mm(26), num_date(c.closed_on + timedelta(days=3)), f)
    return s


def remarks(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(26), "卷 内 备 考 表", face("g_title", mm(8.4)), spacing=mm(1))
    s.box(X0, mm(45), X1, mm(250), width=3)
    f = face("g_form", mm(4.4))
    s.text(X0 + mm(4), mm(52), "本卷情况说明：", f)
    pen(s, X0 + mm(12), mm(66), f"本卷共{rng.randint(40, 60)}页，附证物袋一个。", rng)
    pen(s, X0 + mm(12), mm(80), "材料齐全，无缺损。", rng)
    s.text(X0 + mm(90), mm(205), "立卷人：", f)
    pen(s, X0 + mm(112), mm(203), c.clerk, rng)
    s.text(X0 + mm(90), mm(220), "检查人：", f)
    pen(s, X0 + mm(112), mm(218), c.officer, rng)
    s.text(X0 + mm(90), mm(235), f"立卷时间：{num_date(c.closed_on + timedelta(days=6))}", f)
    return s

