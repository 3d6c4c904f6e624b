"""handfilled — pre-printed forms filled in by hand (kai font, blue or black ink, jittered baseline,
per-character rotation): 财产线索表, 财产申报表, 申请执行人收取案款确认书, 送达地址确认书, 受理通知书
stub, 执行案件立案登记表, 移送执行表, 谈话笔录 / 调查笔录 on lined paper, 结案审批表, 卷宗复核表, 备考表, 卷内目录, 卷宗封面."""

from __future__ import annotations

import random

from dossier.corpus import forms
from dossier.corpus.content import BANKS, CaseCtx, num_date
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, table
from dossier.corpus.fonts import font

CODES = frozenset({"property_clue_form", "property_declaration_form", "payment_account_confirmation",
                   "service_address_confirmation", "acceptance_notice", "interview_record", "investigation_record",
                   "closing_approval_form", "file_review_form", "remarks_sheet", "catalogue", "dossier_cover",
                   "transfer_statement", "case_registration_form"})


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    ink = BLUE_INK if rng.random() < 0.6 else INK
    a, r = c.applicant, c.respondent
    if code in ("interview_record", "investigation_record"):
        return forms.handwritten_record(c, code, rng)
    if code == "property_clue_form":
        rows = [("申请执行人", a.name), ("被执行人", r.name), ("证件号码", r.id_number),
                ("银行存款", f"{rng.choice(BANKS)}{c.court.city}支行，账号不详"),
                ("不动产", f"{c.court.city}某小区{rng.randint(1, 30)}号楼（听说）"), ("车辆", "白色轿车一辆，号牌不详"),
                ("其他财产", "被执行人在外地有应收账款"), ("提供人", a.name), ("日期", num_date(c.day(-1)))]
        return [forms.form("被执行人可供执行财产线索表", rows, rng, issuer=c.court.name, ink=ink, tall=(6,), sign=a.name)]
    if code == "property_declaration_form":
        rows = [("被执行人", r.name), ("收入情况", "无固定收入"), ("银行存款", "无"), ("现金", "无"), ("不动产", "无"),
                ("车辆", "无"), ("股权、投资", "无"), ("债权", "有部分应收款，对方不给"),
                ("一年内财产变动", "无"), ("申报人承诺", "以上申报属实，如有虚假愿承担法律责任")]
        s1 = forms.form("财产申报表", rows, rng, issuer=c.court.name, ink=ink, tall=(9,), sign=r.legal_rep or r.name)
        return [s1]
    if code == "payment_account_confirmation":
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款人", a.name), ("开户银行", f"{rng.choice(BANKS)}{c.court.city}支行"),
                ("账号", f"6222{rng.randint(10**11, 10**12 - 1)}"), ("联系电话", a.phone),
                ("确认", "以上账户真实有效，案款汇入该账户即视为本人已收到")]
        title = rng.choice(["申请执行人收取案款确认书", "执行款收款账户确认书"])
        return [forms.form(title, rows, rng, issuer=c.court.name, ink=ink, tall=(6,), sign=a.name)]
    if code == "service_address_confirmation":
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("邮政编码", f"0{rng.randint(50000, 79999)}"),
                ("手机号码", a.phone), ("是否同意电子送达", "同意，手机短信"), ("告知事项", "已阅读，知悉送达地址不准确的法律后果"),
                ("受送达人签名", a.name), ("日期", num_date(c.day(0)))]
        return [forms.form("送达地址确认书", rows, rng, issuer=c.court.name, ink=ink, tall=(6,))]
    if code == "acceptance_notice":
        rows = [("案号", c.number), ("申请执行人", a.name), ("被执行人", r.name), ("执行依据", c.basis_number),
                ("立案日期", num_date(c.filed_on)), ("承办人", c.officer), ("联系电话", c.court.phone), ("备注", "请积极提供财产线索")]
        return [forms.form("受理案件通知书（存根）", rows, rng, issuer=c.court.name, ink=ink, seal_name=c.court.name)]
    if code == "transfer_statement":
        rows = [("刑事案号", c.basis_number), ("被告人", r.name), ("身份证号", r.id_number), ("财产刑内容", f"罚金{c.amount:.0f}元"),
                ("被害人情况", "无"), ("已查封扣押财产", "无"), ("移送部门", "刑事审判庭"), ("移送日期", num_date(c.day(-3)))]
        return [forms.form("移送执行表", rows, rng, issuer=c.court.name, ink=ink, seal_name=c.court.name)]
    if code == "case_registration_form":
        rows = [("案号", c.number), ("收案日期", num_date(c.filed_on)), ("申请执行人", a.name), ("被执行人", r.name),
                ("执行依据", c.basis_number), ("执行标的", f"{c.amount:.2f}元"), ("立案人", c.clerk), ("审批意见", "符合立案条件，同意立案")]
        return [forms.form("执行案件立案登记表", rows, rng, issuer=c.court.name, ink=ink)]
    if code == "closing_approval_form":
        method = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕", "terminated": "终结执行",
                  "rejected": "驳回申请"}.get(c.method, c.method)
        rows = [("案号", c.number), ("申请执行人", a.name), ("被执行人", r.name), ("执行标的", f"{c.amount:.2f}元"),
                ("结案方式", method), ("承办人意见", f"拟以{method}方式结案"), ("合议庭意见", "同意"),
                ("局长审批", "同意结案"), ("结案日期", num_date(c.closed_on))]
        return [forms.form("执行案件结案审批表", rows, rng, issuer=c.court.name, ink=ink, tall=(5,), sign=c.officer)]
    if code == "file_review_form":
        rows = [("案号", c.number), ("卷宗页数", f"{rng.randint(40, 120)}页"), ("文书是否齐全", "齐全"),
                ("送达回证是否齐全", "齐全"), ("装订是否规范", "规范"), ("承办人复核意见", "已复核，可以归档"),
                ("书记员", c.clerk), ("复核日期", num_date(c.day((c.closed_on - c.filed_on).days + 5)))]
        return [forms.form("卷宗复核表", rows, rng, issuer=c.court.name, ink=ink, tall=(5,), sign=c.officer)]
    if code == "remarks_sheet":
        s = Sheet()
        s.centred(mm(30), "备 考 表", font("serif_bold", mm(9)))
        s.box(mm(22), mm(50), s.width - mm(22), s.height - mm(60))
        hand(s, mm(30), mm(60), f"本卷共{rng.randint(40, 120)}页，材料齐全。", rng, size=mm(6.5), ink=ink)
        s.text(mm(110), s.height - mm(90), "立卷人：", font("serif", mm(5)))
        hand(s, mm(135), s.height - mm(92), c.clerk, rng, size=mm(6.5), ink=ink)
        s.text(mm(110), s.height - mm(75), "检查人：", font("serif", mm(5)))
        hand(s, mm(135), s.height - mm(77), c.officer, rng, size=mm(6.5), ink=ink)
        return [s]
    if code == "catalogue":
        s = Sheet()
        s.centred(mm(24), "卷 内 目 录", font("serif_bold", mm(9)))
        items = ["执行申请书", "执行依据", "受理案件通知书", "执行通知书", "报告财产令", "送达回证", "网络查控结果",
                 "谈话笔录", "执行裁定书", "结案审批表"]
        grid = [["序号", "文件名称", "页号", "备注"]] + [[str(i), "", "", ""] for i in range(1, len(items) + 1)]
        y0 = float(mm(45))
        table(s, mm(18), y0, [mm(18), mm(100), mm(26)], grid, font("serif", mm(4.6)), row_h=mm(13))
        page = 1
        for i, it in enumerate(items, 1):
            hand(s, mm(40), y0 + i * mm(13) + mm(2), it, rng, size=mm(6), ink=ink)
            hand(s, mm(140), y0 + i * mm(13) + mm(2), str(page), rng, size=mm(6), ink=ink)
            page += rng.randint(1, 4)
        return [s]
    if code == "dossier_cover":
        s = Sheet(paper=(236, 226, 200))
        s.centred(mm(40), c.court.name, font("serif_bold", mm(9)))
        s.centred(mm(60), "执 行 案 卷", font("serif_bold", mm(13)), spacing=mm(2))
        f = font("serif", mm(5.5))
        y = float(mm(110))
        for label, value in [("案号", c.number), ("申请执行人", a.name), ("被执行人", r.name), ("案由", "民间借贷纠纷"),
                             ("结案方式", "见结案审批表"), ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
                             ("承办人", c.officer), ("保管期限", "长期")]:
            s.text(mm(40), y, label, f)
            s.line(mm(80), y + mm(8), s.width - mm(35), y + mm(8), width=2)
            hand(s, mm(84), y - mm(2), value, rng, size=mm(6.5), ink=INK)
            y += mm(16)
        return [s]
    raise KeyError(code)
