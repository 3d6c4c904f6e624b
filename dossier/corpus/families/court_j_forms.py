"""court_j's tables and forms: the 财产申报表 the respondent filled by hand, the 查控 printout of the 总对总 system and
a bank's 协助执行回执 on its own form, typed 笔录 signed by hand, the bordered paper 送达回证, and the case
system's exports (结案审批表, 卷宗封面, 卷内目录, 复核表, 备考表) — the exports born-digital."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, num_date, person_name
from dossier.corpus.draw import mm
from dossier.corpus.families.court_j_kit import (
    COURT,
    GREY,
    LEFT,
    RIGHT,
    ZHUANG,
    JSheet,
    face,
    grid,
    pen,
    sheet,
    stamp,
    wrap,
)

CODES = frozenset({
    "property_declaration_form", "online_inquiry_result", "investigation_record", "interview_record",
    "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
DIGITAL = frozenset({"closing_approval_form", "catalogue", "file_review_form"})
NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "termination_this_round_ruling": "执行裁定书", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书", "termination_ruling": "执行裁定书"}
W = 210 - LEFT - RIGHT


def _cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[JSheet]:
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code == "online_inquiry_result":
        return [_inquiry(c, rng), _bank_reply(c, rng)]
    s = {"property_declaration_form": _declaration, "closing_approval_form": _approval, "dossier_cover": _cover,
         "catalogue": _catalogue, "file_review_form": _review, "remarks_sheet": _remarks}[code](c, rng)
    s.digital = code in DIGITAL
    if s.digital:
        s.paper = (255, 255, 255)
    return [s]


def _title(s: JSheet, title: str, c: CaseCtx, *, zhuang: bool = False, number: bool = True) -> float:
    y = float(mm(20))
    s.centred(y, COURT, face("title", mm(6.5)))
    y += mm(10)
    if zhuang:
        s.centred(y, ZHUANG, face("latin", mm(3.4)), fill=GREY)
        y += mm(7)
    s.centred(y, title, face("title", mm(8.5)), spacing=mm(1))
    y += mm(14)
    if number:
        s.right(mm(210 - RIGHT), y, c.number, face("body", mm(4.4)))
        y += mm(9)
    return y


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> JSheet:
    """The paper 送达回证: a heavy border, the court's table, the recipient's signature by hand."""
    s = sheet(rng)
    s.box(mm(14), mm(14), mm(196), mm(283), width=5)
    y = _title(s, "送 达 回 证", c, number=False)
    names = "、".join(NAMES.get(x, x) for x in served)
    if "termination_this_round_ruling" in served:
        names = "执行裁定书（终结本次执行程序）"
    to_applicant = served and served[0] in ("acceptance_notice", "termination_this_round_ruling")
    who = c.applicant.name if to_applicant else c.respondent.name
    when = {"acceptance_notice": 2, "enforcement_notice": 4, "consumption_restriction_order": 36}.get(
        served[0] if served else "", (c.closed_on - c.filed_on).days - 1)
    rows = [["案　　号", c.number], ["案　　由", f"{_cause(c)}执行"], ["送达文书名称及件数", f"{names}　各一份"],
            ["受送达人", who], ["送达地点", c.applicant.address if to_applicant else c.respondent.address],
            ["受送达人签名或盖章", " "], ["代收人及代收理由", " "], ["送达方式", "直接送达"], ["送达人", f"{c.officer}　{c.clerk}"],
            ["备　　注", " "]]
    top = y
    y = grid(s, mm(LEFT - 6), y, [50, W - 38], rows, size=4.4, row_h=16)
    sign_y = top + mm(16) * 5 + mm(12) * 0
    pen(s, mm(LEFT + 52), sign_y + mm(4), c.agent if to_applicant else c.respondent.legal_rep, rng, size=mm(6))
    pen(s, mm(LEFT + 100), sign_y + mm(5), num_date(c.day(when)), rng, size=mm(4.6))
    s.text(mm(LEFT - 4), y + mm(6), "填发人：" + c.clerk + "　　签发日期：" + cn_date(c.day(max(1, when - 1))), face("body", mm(4)))
    stamp(s, mm(150), y + mm(4), rng)
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> JSheet:
    s = sheet(rng)
    y = _title(s, "财产申报表", c)
    r = c.respondent
    rows = [["申报人", " "], ["统一社会信用代码", " "], ["银行存款", " "], ["不动产", " "], ["车辆", " "], ["股权、债权", " "],
            ["其他财产", " "], ["申报人签名", " "]]
    fills = [r.name, r.id_number, f"北部湾银行账户余额约{rng.randint(100, 3000)}元", "无", "无", "对外应收账款，对方已注销", "无",
             r.legal_rep]
    for (label, _), value in zip(rows, fills, strict=True):
        yy = grid(s, mm(LEFT), y, [44, W - 44], [[label, " "]], size=4.4, row_h=18)
        pen(s, mm(LEFT + 48), y + mm(5), value, rng, size=mm(5.4))
        y = yy
    s.text(mm(LEFT), y + mm(6), "申报人保证以上内容真实、完整，如有虚假，愿承担法律责任。", face("body", mm(4)))
    pen(s, mm(120), y + mm(20), num_date(c.day(9)), rng, size=mm(5))
    s.kind = "grey"
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> JSheet:
    """The 总对总 feedback as the system prints it: a landscape table, small type."""
    s = sheet(rng, landscape=True)
    s.centred(mm(14), "网络执行查控系统　反馈结果汇总", face("bold", mm(6)))
    s.text(mm(14), mm(26), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}　查询日期：{num_date(c.day(2))}",
           face("body", mm(3.6)))
    rows = [["序号", "协查单位", "财产类型", "反馈结果", "余额/数量", "反馈时间"]]
    units = [("中国工商银行", "存款", f"{rng.randint(0, 300)}.{rng.randint(10, 99)}"), ("中国农业银行", "存款", "0.00"),
             ("广西北部湾银行", "存款", f"{rng.randint(0, 90)}.00"), ("桂林银行", "存款", "无账户"),
             ("公安部交通管理局", "车辆", "0"), ("自然资源部", "不动产", "0"), ("中国证券登记结算", "证券", "0"),
             ("市场监管总局", "股权", "0"), ("支付宝", "网络资金", "0.00"), ("财付通", "网络资金", "0.00")]
    for i, (unit, kind, val) in enumerate(units, 1):
        rows.append([str(i), unit, kind, "已反馈" if val != "无账户" else "未开户", val, num_date(c.day(rng.randint(3, 9)))])
    grid(s, mm(14), mm(36), [16, 70, 34, 40, 50, 59], rows, size=3.6, row_h=11)
    s.text(mm(14), mm(196), "打印人：" + c.clerk + "　　本表由系统自动生成", face("body", mm(3.4)), fill=GREY)
    return s


def _bank_reply(c: CaseCtx, rng: random.Random) -> JSheet:
    """The bank's 协助执行回执 on its own form: a printed frame, the counter clerk's handwriting, its business seal."""
    s = sheet(rng)
    s.starts_document = True
    s.kind = "grey"
    bank = rng.choice(["中国工商银行南宁民族支行", "广西北部湾银行南宁青秀支行"])
    s.centred(mm(22), bank, face("bold", mm(6)))
    s.centred(mm(33), "协助执行回执", face("bold", mm(8)))
    s.text(mm(LEFT), mm(50), f"南宁市青秀区人民法院：贵院{c.number}协助执行通知书收悉，现将办理结果回复如下：", face("sans", mm(4)))
    y = grid(s, mm(LEFT), mm(60), [44, W - 44], [["被执行人", c.respondent.name], ["账　号", " "], ["冻结金额", " "],
                                                 ["冻结期限", " "], ["办理结果", " "], ["经办人", " "]], size=4.2, row_h=15, role="sans")
    for k, value in enumerate([f"{rng.randint(10**15, 10**16 - 1)}", f"{rng.randint(0, 300)}.00元", "一年",
                               "已冻结，余额不足", person_name(rng)]):
        pen(s, mm(LEFT + 48), mm(60) + mm(15) * (k + 1) + mm(4), value, rng, size=mm(5))
    stamp(s, mm(140), y + mm(20), rng, name=bank, inner="业务专用章", radius=mm(17))
    pen(s, mm(120), y + mm(40), num_date(c.day(9)), rng, size=mm(5))
    return s


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[JSheet]:
    s = sheet(rng)
    title = "调 查 笔 录" if code == "investigation_record" else "谈 话 笔 录"
    y = _title(s, title, c, number=False)
    f = face("body", mm(4.8))
    span = (c.closed_on - c.filed_on).days
    if code == "investigation_record":
        head = [f"时间：{cn_date(c.day(20))}　10时05分至10时40分", f"地点：{c.respondent.address}",
                f"调查人：{c.officer}　　记录人：{c.clerk}", f"被调查人：物业管理处工作人员{person_name(rng)}"]
        qa = ["问：我们是南宁市青秀区人民法院执行局的工作人员，依法向你了解情况。你是否清楚该公司的经营情况？",
              f"答：{c.respondent.name}原来在这里租了办公室，去年底已经退租，现在办公室空着，人也找不到。",
              "问：该公司有无留下设备、货物等财产？", "答：没有，搬走时都清空了，还欠物业费。",
              "问：以上所说是否属实？", "答：属实。"]
    else:
        head = [f"时间：{cn_date(c.day(span - 10))}　15时00分至15时25分", "地点：本院执行局第二谈话室",
                f"谈话人：{c.officer}　　记录人：{c.clerk}", f"被谈话人：{c.agent}（申请执行人{c.applicant.name}的委托代理人）"]
        qa = ["问：本院已通过网络查控系统查询被执行人名下财产，并实地调查，均未发现可供执行的财产，现告知你查询结果。你是否清楚？",
              "答：清楚。", "问：你方能否提供被执行人新的财产线索？", "答：暂时没有新的财产线索。",
              "问：本院拟对本案终结本次执行程序，你方有何意见？",
              "答：没有异议。以后发现财产线索会及时向法院申请恢复执行。", "问：以上笔录是否属实？", "答：属实。"]
    for line in head:
        s.text(mm(LEFT), y, line, f)
        y += mm(9)
    y += mm(4)
    for para in qa:
        for line in wrap(para, f, mm(W)):
            s.text(mm(LEFT), y, line, f)
            y += mm(8.6)
    who = c.agent if code == "interview_record" else head[3].split("人员")[-1]
    pen(s, mm(LEFT + 4), y + mm(8), f"以上笔录看过，与我说的一样。{who}", rng, size=mm(5.6))
    s.text(mm(120), y + mm(28), f"调查（谈话）人：{c.officer}", f)
    s.text(mm(120), y + mm(38), f"记录人：{c.clerk}", f)
    s.centred(mm(297 - 22), "第 1 页　共 1 页", face("body", mm(3.8)))
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> JSheet:
    s = sheet(rng)
    y = _title(s, "执行案件结案审批表", c, number=False)
    how = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕", "terminated": "终结执行"}.get(c.method, c.method)
    rows = [["案　　号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行标的", money(c.amount), "执行到位", money(c.amount) if c.method == "fully_performed" else "0元"],
            ["结案方式", how, "结案日期", num_date(c.closed_on)],
            [f"承办人意见：本案已依法{how}，卷宗材料齐全，建议报结。　　承办人：{c.officer}　{num_date(c.closed_on - timedelta(days=2))}"],
            [f"合议庭意见：同意以{how}方式结案。　　审判长：{c.judge}　{num_date(c.closed_on - timedelta(days=1))}"],
            [f"执行局负责人审批：同意。　　{person_name(rng)}　{num_date(c.closed_on)}"]]
    grid(s, mm(LEFT - 4), y, [26, 54, 26, W - 98], rows, size=4.2, row_h=14)
    return s


def _cover(c: CaseCtx, rng: random.Random) -> JSheet:
    s = sheet(rng, tint=(236, 226, 204))
    s.kind = "colour"
    s.centred(mm(28), COURT, face("title", mm(7.5)))
    s.centred(mm(40), ZHUANG, face("latin", mm(3.6)))
    s.centred(mm(62), "执 行 案 卷", face("title", mm(14)), spacing=mm(3))
    rows = [["案　号", c.number], ["案　由", f"{_cause(c)}执行"], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)], ["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
            ["承办人", c.officer], ["归档日期", cn_date(c.closed_on + timedelta(days=30))], ["保管期限", "长期"]]
    grid(s, mm(32), mm(90), [40, 106], rows, size=4.8, row_h=13)
    s.centred(mm(262), f"全宗号 {rng.randint(100, 199)}　目录号 {rng.randint(1, 9)}　卷号 {rng.randint(100, 999)}", face("body", mm(4.2)))
    return s


def _catalogue(c: CaseCtx, rng: random.Random) -> JSheet:
    s = sheet(rng)
    y = _title(s, "卷 内 目 录", c)
    items = ["强制执行申请书", "执行依据及生效证明", "当事人身份证明", "授权委托书、律师事务所函、律师执业证",
             "受理案件通知书", "交纳执行申请费通知书", "执行通知书、报告财产令、财产申报表", "网络执行查控结果",
             "执行裁定书、协助执行通知书", "执行和解协议", "案款发放凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表"]
    rows = [["序号", "文件名称", "日期", "页号"]]
    page = 1
    for i, name in enumerate(items, 1):
        n = rng.randint(1, 4)
        rows.append([str(i), name, num_date(c.day(min(i * 5, (c.closed_on - c.filed_on).days))), f"{page}-{page + n - 1}" if n > 1 else str(page)])
        page += n
    grid(s, mm(LEFT - 6), y, [14, 96, 30, W - 128], rows, size=4.0, row_h=11)
    return s


def _review(c: CaseCtx, rng: random.Random) -> JSheet:
    s = sheet(rng)
    y = _title(s, "执行卷宗复核表", c)
    rows = [["复核项目", "结果"], ["电子卷宗是否随案同步生成", "是"], ["卷内材料是否齐全、排列有序", "是"],
            ["法律文书是否均有送达回证", "是"], ["案款是否发放完毕", "是"], ["卷内目录与材料是否一致", "是"],
            [f"复核人：{c.officer}　　书记员：{c.clerk}　　复核日期：{num_date(c.closed_on + timedelta(days=8))}"]]
    grid(s, mm(LEFT), y, [110, W - 110], rows, size=4.4, row_h=14)
    return s


def _remarks(c: CaseCtx, rng: random.Random) -> JSheet:
    s = sheet(rng)
    y = _title(s, "备　考　表", c)
    s.box(mm(LEFT), y, mm(210 - RIGHT), mm(250), width=3)
    f = face("body", mm(4.8))
    s.text(mm(LEFT + 6), y + mm(10), "本卷情况说明：", f)
    pen(s, mm(LEFT + 10), y + mm(24), f"本卷共{rng.randint(30, 48)}页，电子卷宗与纸质卷宗一致。", rng, size=mm(5.4))
    s.text(mm(LEFT + 70), mm(226), f"立卷人：{c.clerk}", f)
    s.text(mm(LEFT + 70), mm(236), f"检查人：{c.officer}　立卷时间：{num_date(c.closed_on + timedelta(days=10))}", f)
    return s
