"""court_f's forms: receipts as 送达回执 or 送达证明 (a carbon copy of the form in blue), 传票, 执行谈话笔录 /
执行调查笔录 on ruled record paper with the signer's fingerprint, the 财产申报表 filled by hand,
执行案件结案审查表 / 审批表, 案款发放审批表, and the archive forms."""

from __future__ import annotations

import random

from dossier.corpus.content import CaseCtx, cn_date, money, num_date
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_f_kit import (
    BLACK_PEN,
    COURT,
    cells,
    face,
    fingerprint,
    mark,
    pages,
    pen,
    pencil,
)

CODES = frozenset({"service_receipt", "summons", "interview_record", "investigation_record", "property_declaration_form",
                   "closing_approval_form", "case_registration_form", "dossier_cover", "catalogue", "file_review_form",
                   "remarks_sheet", "payment_voucher"})
NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "财产报告令",
         "consumption_restriction_order": "限制高消费令", "dishonest_list_decision": "决定书（纳入失信名单）",
         "termination_this_round_ruling": "终结本次执行程序裁定书", "enforcement_ruling": "执行裁定书",
         "closing_notice": "执行案件结案通知书", "summons": "传票"}
X0, X1 = mm(22), mm(210 - 20)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "service_receipt":
        return [receipt(c, served, rng)]
    if code in ("interview_record", "investigation_record"):
        return record(c, code, rng)
    return [{"summons": summons, "property_declaration_form": declaration, "closing_approval_form": approval,
             "case_registration_form": registration, "dossier_cover": cover, "catalogue": catalogue,
             "file_review_form": review, "remarks_sheet": remarks, "payment_voucher": voucher}[code](c, rng)]


def _form_head(s: Sheet, title: str, number: str = "") -> float:
    s.centred(mm(22), COURT, face("f_court", mm(5.6)), spacing=mm(1.2))
    s.centred(mm(32), title, face("f_title", mm(8.4)), spacing=mm(3))
    y = float(mm(48))
    if number:
        s.right(X1, y, f"案号：{number}", face("f_label", mm(4.4)))
        y += mm(9)
    return y


def receipt(c: CaseCtx, served: list[str], rng: random.Random) -> Sheet:
    """送达回执 (rows down the page) or 送达证明 (a certificate the process server fills): carbon copies often."""
    s = Sheet()
    kind = rng.choice(["回执", "证明"])
    docs = "、".join(NAMES.get(x, x) for x in served)
    r = c.respondent if served[0] not in ("acceptance_notice", "closing_notice") else c.applicant
    day = {"acceptance_notice": 2, "enforcement_notice": 4, "property_report_order": 4}.get(served[0], 30)
    if served[0] == "termination_this_round_ruling":
        day = (c.closed_on - c.filed_on).days - 1
    when = c.day(day)
    if kind == "回执":
        y = _form_head(s, "送达回执")
        rows = [["案　　号", c.number], ["送达文书", docs], ["受送达人", r.name], ["送达地址", r.address],
                ["送达方式", ""], ["受送达人签收", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　　注", ""]]
        hand = {(4, 1): rng.choice(["直接送达", "邮寄送达", "留置送达"]), (5, 1): r.legal_rep or r.name,
                (6, 1): num_date(when), (8, 1): f"{c.officer}　{c.clerk}"}
        cells(s, X0, y, [mm(42), X1 - X0 - mm(42)], rows, row_h=mm(19), hand=hand, rng=rng)
    else:
        y = _form_head(s, "送达证明")
        f = face("f_body", mm(4.8))
        lines = [f"案号：{c.number}", f"受送达人：{r.name}", f"送达文书：{docs}",
                 f"送达地址：{r.address}"]
        for line in lines:
            s.text(X0, y, line, f)
            y += mm(11)
        s.text(X0, y, "送达经过：", f)
        y += mm(10)
        pen(s, X0 + mm(10), y, f"{num_date(when)}上午，承办人{c.officer}、书记员{c.clerk}到上述地址，", rng)
        pen(s, X0, y + mm(11), "受送达人拒绝签收，已将文书留置于其住所并拍照录像。" if r is c.respondent
            else "受送达人到院当面领取，当场签收。", rng)
        y += mm(40)
        s.text(X0, y, "见证人：", f)
        pen(s, X0 + mm(25), y - mm(1), "社区工作人员 " + c.agent[:1] + "某", rng)
        y += mm(20)
        s.text(X0 + mm(80), y, "送达人：", f)
        pen(s, X0 + mm(105), y - mm(1), c.officer, rng, ink=BLACK_PEN)
        s.text(X0 + mm(80), y + mm(14), num_date(when), f)
        seal(s, X0 + mm(110), y + mm(10), COURT, rng)
    if rng.random() < 0.6:
        mark(s, kind="carbon")
    return s


def summons(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _form_head(s, "传　票", c.number)
    r = c.respondent
    who = r.legal_rep or r.name
    rows = [["案　　由", "申请执行"], ["被传唤人", f"{who}（{r.name}）"], ["工作单位或住址", r.address],
            ["传唤事由", "接受询问、报告财产"], ["应到时间", f"{cn_date(c.day(35))}上午九时"], ["应到处所", "本院执行局第三谈话室"]]
    y = cells(s, X0, y, [mm(45), X1 - X0 - mm(45)], rows, row_h=mm(17))
    f = face("f_body", mm(4.3))
    y += mm(8)
    for line in ["注意事项：一、被传唤人必须准时到达应到处所；", "二、本传票由被传唤人携带来院报到；",
                 "三、被传唤人无正当理由拒不到场的，可以拘传。"]:
        s.text(X0, y, line, f)
        y += mm(9)
    s.right(X1 - mm(10), y + mm(15), cn_date(c.day(30)), f)
    seal(s, X1 - mm(40), y + mm(16), COURT, rng)
    return s


def record(c: CaseCtx, code: str, rng: random.Random) -> list[Sheet]:
    """执行谈话笔录 (the applicant heard before 终本) or 执行调查笔录 (at the clue's address): ruled record
    paper, the answers in the clerk's hand, the signer's name and thumbprint at the foot of every page."""
    a, r = c.applicant, c.respondent
    span = (c.closed_on - c.filed_on).days
    if code == "interview_record":
        title, when, place, who = "执行谈话笔录", c.day(span - 14), "本院执行局谈话室", a.name
        qa = [("问", "我们是道里区人民法院执行局的执行人员，今天就你申请执行的案件与你谈话，你听清楚了吗？"), ("答", "听清楚了。"),
              ("问", "本院已通过网络查控系统查询被执行人名下的银行存款、车辆、不动产、股权等，均未发现可供执行的财产。"
                     "你提供的线索经现场调查，亦无可供执行的财产。你是否还有其他财产线索？"), ("答", "暂时没有了。"),
              ("问", "本院已对被执行人限制高消费并纳入失信名单。现拟终结本次执行程序，终本后你发现财产可以申请恢复执行，"
                     "你有何意见？"), ("答", "我同意终结本次执行程序，以后发现财产再申请恢复。"),
              ("问", "本案执行款目前到位情况如何，你清楚吗？"), ("答", "清楚，一分钱也没有执行到。"),
              ("问", "你提供的被执行人在友谊路的门市，本院已去现场调查，门市已转租他人，设备已搬走，你知道吗？"),
              ("答", "知道，我也去看过，人早就不在那里了。"),
              ("问", "你是否申请对被执行人的法定代表人采取罚款、拘留措施？"), ("答", "法院看着办吧，我主要想要回钱。"),
              ("问", "你还有什么要补充的？"), ("答", "没有了。"), ("问", "以上笔录你看一下，属实请签字。"), ("答", "属实。")]
    else:
        title, when, place, who = "执行调查笔录", c.day(50), f"{c.court.city}道里区友谊路{rng.randint(100, 399)}号", "物业经理 " + c.clerk[:1] + "某"
        qa = [("问", "我们是道里区人民法院执行人员，依法调查被执行人的财产情况，请你配合。"), ("答", "好的。"),
              ("问", f"申请执行人称{r.name}在此处有经营场所和设备，是否属实？"),
              ("答", "该公司去年年底已经搬走，房子是租的，现在已经另行出租，里面没有他们的东西。"),
              ("问", "他们搬到哪里去了，你知道吗？"), ("答", "不清楚，联系电话也打不通了。"),
              ("问", "该公司是否欠你们的租金或者物业费？有没有留下什么财物？"),
              ("答", "欠了半年物业费，走的时候留下几张旧桌子，不值什么钱，我们已经当废品处理了。"),
              ("问", "该公司的车辆还在小区停放吗？"), ("答", "原来有一辆黑色轿车，去年秋天以后就没见过了。"),
              ("问", "现场我们拍了照片，你看一下是不是现在的样子？"), ("答", "是的，现在是一家超市在用。"),
              ("问", "以上记录是否属实？"), ("答", "属实。")]
    body = face("f_body", mm(4.6))
    sheets: list[Sheet] = []
    s = Sheet()
    y = _form_head(s, title)
    for line in [f"时间：{num_date(when)}　9时30分至10时20分", f"地点：{place}",
                 f"执行人员：{c.officer}　　记录人：{c.clerk}", f"被谈话（调查）人：{who}"]:
        s.text(X0, y, line, body)
        y += mm(10)
    lh = mm(10.5)

    def new_page() -> tuple[Sheet, float]:
        n = Sheet()
        sheets.append(n)
        return n, float(mm(25))

    sheets.append(s)
    for tag, text in qa:
        width = 33
        chunks = [text[i:i + width] for i in range(0, len(text), width)]
        for k, chunk in enumerate(chunks):
            if y > s.height - mm(55):
                _foot_sign(s, who, rng)
                s, y = new_page()
            s.line(X0, y + lh - mm(1.5), X1, y + lh - mm(1.5), width=1, fill=(150, 150, 160))
            head = f"{tag}：" if k == 0 else "　　"
            if tag == "问":
                s.text(X0, y, head + chunk, body)
            else:
                s.text(X0, y, head, body)
                pen(s, X0 + body.getlength(head), y - mm(1.5), chunk, rng, size=mm(5.2), ink=BLACK_PEN)
            y += lh
    _foot_sign(s, who, rng)
    pages(sheets, "right")
    return sheets


def _foot_sign(s: Sheet, who: str, rng: random.Random) -> None:
    y = s.height - mm(42)
    s.text(mm(110), y, "被谈话（调查）人签名：", face("f_body", mm(4.2)))
    pen(s, mm(158), y - mm(2), who.split()[-1], rng, ink=BLACK_PEN)
    fingerprint(s, mm(178), y + mm(2), rng)


def declaration(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    r = c.respondent
    y = _form_head(s, "被执行人财产申报表", c.number)
    rows = [["申报人", "", "证件号码", ""], ["住所地", ""], ["银行存款", ""], ["房屋、土地", ""], ["车辆", ""],
            ["股权、投资", ""], ["债权、收入", ""], ["其他财产", ""], ["一年内财产变动", ""],
            ["申报人保证：以上申报内容真实、完整，如有虚假愿承担法律责任。"]]
    hand = {(0, 1): r.name, (0, 3): "见附件", (1, 1): r.address[:16],
            (2, 1): "无", (3, 1): "无", (4, 1): "无", (5, 1): "无", (6, 1): "无", (7, 1): "无", (8, 1): "无变动"}
    y = cells(s, X0, y, [mm(36), mm(80), mm(22), X1 - X0 - mm(138)], rows, row_h=mm(17), hand=hand, rng=rng)
    s.text(X0 + mm(70), y + mm(14), "申报人（签章）：", face("f_label", mm(4.4)))
    pen(s, X0 + mm(112), y + mm(12), r.legal_rep or r.name, rng, ink=BLACK_PEN)
    pen(s, X0 + mm(100), y + mm(28), num_date(c.day(9)), rng, ink=BLACK_PEN)
    if r.kind == "organisation":
        seal(s, X0 + mm(120), y + mm(22), r.name, rng, radius=mm(19))
    return s


def approval(c: CaseCtx, rng: random.Random) -> Sheet:
    """执行案件结案审查表 (or 审批表): the undertaker's, the team leader's and the bureau chief's opinions by hand."""
    s = Sheet()
    title = rng.choice(["执行案件结案审查表", "执行案件结案审批表"])
    y = _form_head(s, title)
    method = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕"}.get(c.method, c.method)
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_number}"], ["执行标的", money(c.amount)], ["结案方式", method, "结案日期", num_date(c.closed_on)],
            ["承办人意见", ""], ["合议庭/团队长意见", ""], ["执行局长意见", ""], ["备注", ""]]
    hand = {(5, 1): f"符合{method}条件，建议结案。{c.officer}", (6, 1): "同意。", (7, 1): "同意结案。"}
    h = [mm(14)] * 5 + [mm(34)] * 3 + [mm(16)]
    cols = [mm(38), mm(58), mm(28), X1 - X0 - mm(124)]
    yy = y
    for k, row in enumerate(rows):
        yy = cells(s, X0, yy, cols, [row], row_h=h[k], hand={(0, 1): hand[(k, 1)]} if (k, 1) in hand else None, rng=rng)
    return s


def registration(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _form_head(s, "执行案件立案登记表", c.number)
    rows = [["收案日期", num_date(c.filed_on), "案件来源", "当事人申请"], ["申请执行人", c.applicant.name, "联系电话", c.applicant.phone],
            ["被执行人", c.respondent.name, "联系电话", c.respondent.phone], ["执行依据", basis_line(c)],
            ["申请标的", money(c.amount)], ["立案审查意见", "符合立案条件，准予立案。"], ["承办部门", "执行局执行实施一团队"]]
    cells(s, X0, y, [mm(34), mm(62), mm(28), X1 - X0 - mm(124)], rows, row_h=mm(18), hand={(5, 1): "符合立案条件，准予立案"}, rng=rng)
    return s


def basis_line(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}"


def cover(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet(paper=(236, 222, 190))
    s.centred(mm(40), COURT, face("f_court", mm(8)), spacing=mm(1))
    s.centred(mm(62), "执 行 卷 宗", face("f_title", mm(15)), spacing=mm(4))
    f = face("f_label", mm(5.4))
    y = float(mm(110))
    for k, v in [("案　　号", c.number), ("案　　由", "申请执行"), ("申请执行人", c.applicant.name), ("被 执 行 人", c.respondent.name),
                 ("承 办 人", c.officer), ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
                 ("结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"), ("保管期限", "长期")]:
        s.text(mm(40), y, k, f)
        s.line(mm(80), y + mm(7), mm(175), y + mm(7), width=2)
        s.text(mm(84), y, v, f)
        y += mm(15)
    s.text(mm(40), y + mm(10), "本卷共　　件　　页", f)
    pen(s, mm(65), y + mm(8), str(rng.randint(20, 45)), rng)
    return s


def catalogue(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _form_head(s, "卷 内 目 录", c.number)
    items = ["执行案件立案登记表", "执行申请书", "执行依据", "生效证明 / 执行证书", "当事人身份证明", "授权委托书、律师事务所函",
             "受理执行案件通知书", "执行通知书、财产报告令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书",
             "银行协助回执", "案款发放审批表", "执行案件结案通知书", "送达回执", "结案审查表", "卷宗复核表", "备考表"]
    rows = [["序号", "文件名称", "页号", "备注"], *[[str(i), t, "", ""] for i, t in enumerate(items, 1)]]
    hand = {(i, 2): str(i * 2 - 1) for i in range(1, len(items) + 1)}
    cells(s, X0, y, [mm(16), mm(100), mm(22), X1 - X0 - mm(138)], rows, row_h=mm(10.5), size=4.0, hand=hand, rng=rng)
    return s


def review(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _form_head(s, "卷宗复核表", c.number)
    items = ["法律文书是否齐全", "送达回执是否齐全", "卷内材料是否按顺序排列", "页码是否连续", "有无空白项", "电子卷宗是否同步生成"]
    rows = [["复核项目", "复核情况"], *[[t, ""] for t in items], ["复核人", ""], ["复核日期", ""]]
    hand = {(i, 1): "是" if i != 5 else "无" for i in range(1, 7)} | {(7, 1): c.clerk, (8, 1): num_date(c.closed_on)}
    cells(s, X0, y, [mm(90), X1 - X0 - mm(90)], rows, row_h=mm(16), hand=hand, rng=rng)
    return s


def remarks(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _form_head(s, "备 考 表", c.number)
    s.box(X0, y, X1, s.height - mm(50), width=3)
    f = face("f_body", mm(4.6))
    s.text(X0 + mm(5), y + mm(6), "本卷情况说明：", f)
    pen(s, X0 + mm(10), y + mm(20), "本卷无缺页、无破损，电子卷宗已同步归档。", rng)
    s.text(X0 + mm(80), s.height - mm(80), "立卷人：", f)
    pen(s, X0 + mm(102), s.height - mm(81), c.clerk, rng)
    s.text(X0 + mm(80), s.height - mm(68), "检查人：", f)
    pen(s, X0 + mm(102), s.height - mm(69), c.officer, rng)
    s.text(X0 + mm(80), s.height - mm(56), f"立卷时间：{num_date(c.closed_on)}", f)
    pencil(s, X0 + mm(5), s.height - mm(45), "档案室已接收", rng)
    return s


def voucher(c: CaseCtx, rng: random.Random) -> Sheet:
    """案款发放审批表: the payee's account and the money, approved by hand."""
    s = Sheet()
    y = _form_head(s, "执行案款发放审批表", c.number)
    a = c.applicant
    rows = [["收款人", a.name, "发放金额", f"{c.amount:,.2f}元"], ["大写金额", money(c.amount).split("大写：")[1].rstrip("）")],
            ["收款账户", f"{a.name}　中国建设银行哈尔滨道里支行　6217 00{rng.randint(10**11, 10**12 - 1)}"],
            ["款项来源", "被执行人银行存款扣划"], ["承办人意见", ""], ["团队长意见", ""], ["分管领导意见", ""], ["财务发放记录", ""]]
    hand = {(4, 1): "拟全额发放给申请执行人", (5, 1): "同意", (6, 1): "同意发放",
            (7, 1): f"{num_date(c.day((c.closed_on - c.filed_on).days - 3))}已转账"}
    cells(s, X0, y, [mm(34), mm(60), mm(28), X1 - X0 - mm(122)], rows, row_h=mm(20), hand=hand, rng=rng)
    return s
