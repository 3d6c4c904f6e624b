"""court_gk's forms: the 笔录 (typed questions, the answers typed too, a thumbprint and signature at each page's foot),
the 送达回证 as a two-column ledger, the 结案审批表, and the archive's cover, catalogue, review form and remarks sheet."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, num_date, person_name
from dossier.corpus.draw import RED, Sheet, mm, seal
from dossier.corpus.families.court_gk_kit import (
    COURT,
    LEFT,
    RIGHT,
    SEAL,
    TOP,
    body,
    folios,
    form_title,
    ink,
    label,
    ledger,
)
from dossier.corpus.fonts import font

FORMS = frozenset({"investigation_record", "interview_record", "service_receipt", "closing_approval_form",
                   "dossier_cover", "catalogue", "file_review_form", "remarks_sheet"})
NAMES = {"acceptance_notice": "受理执行案件通知书", "payment_notice": "预交执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书（冻结）",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "termination_ruling": "执行裁定书（终结执行）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
         "closing_notice": "结案通知书", "summons": "传票"}
METHOD = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序", "terminated": "终结执行"}


def form(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gk import made_on

    d = made_on(c, code)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    return _remarks(c, rng, d)


QA = {
    "investigation_record": [
        ("问", "我们是宝塔区人民法院执行局的工作人员，这是我们的工作证。今天就被执行人的财产情况向你了解，请如实回答。"),
        ("答", "好的。"),
        ("问", "你在井场是什么身份？"),
        ("答", "我是采油厂这个井区的安全员，管这几口井的进出登记。"),
        ("问", "被执行人现在还在这里作业吗？"),
        ("答", "他们的修井和压裂服务合同去年年底到期，厂里没再续签，人和车都撤走了。"),
        ("问", "被执行人在井场有没有留下设备、车辆或者材料？"),
        ("答", "修井机和罐车都是他们从租赁公司租的，撤场的时候租赁公司直接拉走了，井场上啥也没留。"),
        ("问", "采油厂是否还欠被执行人工程款？"),
        ("答", "听财务说去年年底已经结清了，具体你们可以问厂里财务科。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是向你告知案件执行情况，听取你的意见。你听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "本院经网络查控系统查询，被执行人名下无存款、车辆、不动产；到采油厂井场调查，其服务合同已终止，租赁设备已被收回，"
               "采油厂的工程款也已结清。你对调查结果有无异议？"),
        ("答", "没有异议。这公司欠了好多家的钱，我们的羊肉款一直拖着。"),
        ("问", "你能否提供被执行人其他的财产线索？"),
        ("答", "目前提供不了。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，并纳入失信被执行人名单。目前无财产可供执行，本院拟终结本次执行程序，"
               "你是否同意？"),
        ("答", "同意。以后发现他们有财产了，我再申请恢复执行。"),
        ("问", "终本后发现财产线索，可随时向本院申请恢复执行。还有什么补充吗？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    interview = code == "interview_record"
    who = c.applicant.name if interview else person_name(rng)
    sheets = [Sheet()]
    s = sheets[0]
    y = form_title(s, "谈话笔录" if interview else "调查笔录", issuer="")
    w = s.width - LEFT - RIGHT
    place = "本院执行局三楼谈话室" if interview else f"{c.extra.get('wells', '被执行人作业井场')}井区值班室"
    role = "申请执行人" if interview else "采油厂井区安全员"
    lines = [f"时间：{num_date(d)}　{rng.choice([9, 10, 14, 15])}时{rng.choice(['00', '10', '30'])}分",
             f"地点：{place}", f"执行人员：{c.officer}　　记录人：{c.clerk}",
             f"被{'谈话' if interview else '调查'}人：{who}（{role}）", f"案号：{c.number}"]
    f = body(38)
    for line in lines:
        s.text(LEFT, y, line, f)
        y += 62
    s.line(LEFT, y + 6, s.width - RIGHT, y + 6, width=1)
    y += 40
    lead = 68
    from dossier.corpus.draw import wrap

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(80), sh.height - mm(34), "被询问人：", label(32))
        ink(sh, sh.width - RIGHT - mm(52), sh.height - mm(37), who, rng, size=46, colour=(18, 18, 18))
        sh.draw.ellipse((sh.width - RIGHT - mm(20), sh.height - mm(38), sh.width - RIGHT - mm(11), sh.height - mm(27)),
                        fill=(RED[0], RED[1] + 40, RED[2] + 40))

    for tag, text in QA[code]:
        for part in wrap(f"{tag}：{text}", f, w):
            if y + lead > s.height - mm(46):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = TOP
            s.text(LEFT, y, part, f)
            y += lead
    y += 16
    s.text(LEFT, y, "（笔录已交被询问人核对无误）", body(34))
    ink(s, LEFT + mm(6), y + 64, "以上记录我已看过，与我说的相符。", rng, size=44, colour=(18, 18, 18))
    foot(s)
    return folios(sheets, body(30))


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gk import made_on

    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling", "termination_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送 达 回 证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "；".join(NAMES.get(x, x) for x in served)
    rows = [["案　号", c.number], ["送达文书\n名称件数", papers + "（各一份）"], ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签名或盖章", ""], ["签收时间", ""], ["代收人及代收理由", ""], ["送达人", ""], ["送达方式", "直接送达"],
            ["备　注", ""]]
    hs = [mm(15), mm(28), mm(15), mm(20), mm(32), mm(16), mm(18), mm(16), mm(15), mm(22)]
    cells = ledger(s, LEFT, y, [mm(44), w - mm(44)], [[r[0].replace("\n", ""), r[1]] for r in rows], heights=hs)
    right = cells[1::2]
    sign = who.legal_rep if who.kind == "organisation" else who.name
    if to_applicant and who.kind == "organisation":
        sign = c.agent
    ink(s, right[4][0] + mm(16), right[4][1] + mm(10), sign, rng, size=52)
    ink(s, right[5][0] + mm(10), right[5][1] + mm(3), num_date(when), rng, size=40)
    ink(s, right[7][0] + mm(10), right[7][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    seal(s, right[6][2] - mm(36), right[5][1] + mm(4), SEAL, rng, radius=mm(19))
    s.text(LEFT, cells[-1][3] + 26, "注：受送达人拒绝签收的，送达人应在备注栏写明情况。", body(30))
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    from dossier.corpus.families.court_gk import basis_title

    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 40, f"案号：{c.number}", body(34))
    y += 30
    w = s.width - LEFT - RIGHT
    how = METHOD[c.method]
    done = c.amount if c.method == "fully_performed" else Decimal(c.extra.get("settled", 0)) if c.method == "terminated" else 0
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行员", c.officer], ["执行标的", f"{c.amount:,.2f}元", "到位金额", f"{done:,.2f}元"],
            ["结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [mm(17), mm(20), mm(15), mm(15), mm(15), mm(54), mm(34), mm(32)]
    cells = ledger(s, LEFT, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, heights=hs, labels=(0, 2))
    starts = [b for b in cells if b[0] == LEFT]
    x = starts[5][2] + mm(4)
    view = {"fully_performed": "被执行人已全额履行，案款已发放申请执行人，建议以执行完毕结案。",
            "terminated_this_round": "经查控、实地调查，被执行人无可供执行财产，已限消、纳失，约谈申请人同意，建议终本。",
            "terminated": "双方自行和解，申请执行人书面撤回执行申请，建议裁定终结执行。"}[c.method]
    ink(s, x, starts[5][1] + mm(4), view, rng, size=38, per_line=18, lead=mm(8))
    ink(s, s.width - RIGHT - mm(60), starts[5][3] - mm(11), f"{c.officer} {num_date(d)}", rng, size=34)
    ink(s, x, starts[6][1] + mm(7), "同意。", rng, size=42)
    ink(s, s.width - RIGHT - mm(40), starts[6][3] - mm(12), c.judge, rng, size=40)
    ink(s, x, starts[7][1] + mm(7), f"同意{how}。", rng, size=42, colour=(20, 20, 20))
    ink(s, s.width - RIGHT - mm(56), starts[7][3] - mm(12), f"{person_name(rng)} {d.month}/{d.day}", rng, size=38,
        colour=(20, 20, 20))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet(paper=(238, 230, 212))
    s.centred(mm(36), COURT, font("serif_bold", 58), spacing=8)
    s.centred(mm(58), "执 行 案 卷", font("sans_bold", 104), spacing=30)
    s.centred(mm(84), "（正　卷）", label(40))
    w = s.width - LEFT - RIGHT - mm(16)
    rows = [["案　号", ""], ["案　由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行依据", ""], ["结案方式", ""],
            ["立案日期", ""], ["结案日期", ""], ["承办人", ""], ["归档日期", ""], ["保管期限", ""], ["卷内页数", ""]]
    values = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, c.basis_number, METHOD[c.method],
              num_date(c.filed_on), num_date(c.closed_on), f"{c.officer}（书记员{c.clerk}）", num_date(d), "永久",
              f"{rng.randint(52, 78)}页"]
    cells = ledger(s, LEFT + mm(8), mm(104), [mm(40), w - mm(40)], rows, heights=mm(11.5), f=label(34))
    for v, b in zip(values, cells[1::2], strict=True):
        ink(s, b[0] + mm(5), b[1] + mm(2.5), v, rng, size=34, colour=(20, 20, 20))
    s.text(LEFT + mm(8), s.height - mm(36), "全宗号：　　　目录号：　　　案卷号：", label(32))
    ink(s, LEFT + mm(30), s.height - mm(38), "宝法", rng, size=34, colour=(20, 20, 20))
    ink(s, LEFT + mm(98), s.height - mm(38), str(rng.randint(200, 900)), rng, size=34, colour=(20, 20, 20))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["执行申请书", "借款合同公证书", "执行证书", "财产线索表", "缴费凭证", "申请人营业执照及身份证明",
             "被执行人营业执照", "授权委托书", "律师事务所函", "律师执业证", "收取案款确认书", "送达地址确认书",
             "受理执行案件通知书", "预交执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书（冻结）", "协助执行通知书", "和解协议", "执行款收付凭证", "结案通知书", "结案审批表", "送达回证"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 30, f"案号：{c.number}", body(34))
    y += 30
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文件题名", "日期", "页号"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, "", str(page)])
        page += 2 if name in ("执行申请书", "借款合同公证书", "执行裁定书（冻结）", "网络查控结果") else 1
    cells = ledger(s, LEFT, y, [mm(18), w - mm(70), mm(30), mm(22)], rows, heights=mm(7.8), labels=(0, 2, 3), f=label(28))
    for k in range(1, len(rows)):
        b = cells[k * 4 + 2]
        ink(s, b[0] + mm(2), b[1] + mm(0.8), f"{c.filed_on.month}.{rng.randint(1, 28)}", rng, size=28, colour=(20, 20, 20))
    ink(s, LEFT, s.height - mm(30), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案卷归档审查表")
    w = s.width - LEFT - RIGHT
    points = ["立案、结案手续齐全", "执行依据及生效证明完整", "文书送达回证齐全", "执行款收付手续完备", "卷内材料排列有序",
              "页码连续、无空白页", "卷内目录与材料相符", "电子卷宗同步完成"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)], ["审查项目", "结论"],
            *[[p, ""] for p in points], ["审查意见", ""], ["审查人及日期", ""]]
    hs = [mm(14)] * 4 + [mm(12.5)] * len(points) + [mm(34), mm(18)]
    cells = ledger(s, LEFT, y, [mm(84), w - mm(84)], rows, heights=hs)
    right = cells[1::2]
    for b in right[4:4 + len(points)]:
        ink(s, b[0] + mm(16), b[1] + mm(2), "√ 合格", rng, size=38)
    ink(s, right[-2][0] + mm(6), right[-2][1] + mm(9), "经审查，卷宗材料齐全，同意归档。", rng, size=40)
    ink(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{person_name(rng)}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 备 考 表", issuer="")
    s.text(LEFT, y - 30, f"案号：{c.number}", body(34))
    y += 30
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(40), width=5)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", label(38))
    n = rng.randint(52, 78)
    yy = ink(s, LEFT + mm(14), y + mm(22), f"本卷共有文件材料{n - 4}件，{n}页，无照片、光盘。", rng, size=42,
             per_line=20, lead=mm(11))
    ink(s, LEFT + mm(14), yy, "执行款已全部发放，无遗留事项。", rng, size=42, per_line=20, lead=mm(11))
    base = s.height - mm(108)
    for k, (role, name) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LEFT + mm(86), base + mm(18) * k, f"{role}：", body(38))
        ink(s, LEFT + mm(120), base + mm(18) * k - 6, name, rng, size=44)
    return [s]
