"""court_ce's forms and records: 送达回证, 传票, 笔录 on the bureau's lined sheets, the 查控 printouts, the 案款
vouchers, the approval and review forms, and the archive's cover, catalogue and 备考表."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, table, wrap
from dossier.corpus.families.court_ce_kit import COURT, REGISTRY, SHORT, dots, faint_print, grid, when
from dossier.corpus.fonts import font
from dossier.corpus.paper import stamp

RECORDS = frozenset({
    "service_receipt", "property_declaration_form", "online_inquiry_result", "summons", "investigation_record",
    "interview_record", "closing_approval_form", "payment_voucher", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet",
})
NAMES = {
    "acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
    "property_declaration_form": "财产申报表", "enforcement_ruling": "执行裁定书", "summons": "传票",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信名单）",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "closing_notice": "结案通知书",
    "payment_notice": "缴款通知书",
}


def render_record(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    if code == "online_inquiry_result":
        return [_registry(c, rng)] if "realty" in served else [_inquiry(c, rng)]
    if code == "summons":
        return [_summons(c, rng)]
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code == "closing_approval_form":
        return [_approval(c, rng)]
    if code == "payment_voucher":
        return [_bank_slip(c, rng)] if "bank" in served else [_voucher(c, rng)]
    return [_archive(code, c, rng)]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    """送达回证: one row per paper served, the recipient's signature in ballpoint, the court seal at the foot."""
    final = any(x in served for x in ("termination_this_round_ruling", "closing_notice"))
    to_applicant = served == ["acceptance_notice"] or "closing_notice" in served
    who = c.applicant.name if to_applicant else c.respondent.name
    day = c.closed_on if final else c.day(4 if "consumption_restriction_order" not in served else 43)
    docs = "、".join(NAMES.get(x, x) for x in served)
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]],
            ["送达文书名称及件数", f"{docs}　各一份"], ["受送达人", who],
            ["送达地址", c.applicant.address if to_applicant else c.respondent.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", ""],
            ["送 达 人", f"{c.officer}　{c.clerk}"], ["备　　注", ""]]
    signer = c.applicant.name if to_applicant else c.respondent.legal_rep
    fills = {(5, 1): f"{signer}　{num_date(day)}", (7, 1): rng.choice(["直接送达", "直接送达（诉讼服务中心）"])}
    if not to_applicant and rng.random() < 0.5:
        fills = {(5, 1): "", (6, 1): f"{rng.choice(['公司会计', '门卫'])}代收", (7, 1): "邮寄送达（EMS）"}
    s, y = grid("送 达 回 证", rows, [mm(52), mm(118)], rng, head=COURT, fills=fills,
                row_h=[92, 92, 150, 92, 120, 150, 110, 92, 92, 120])
    seal(s, s.width - mm(55), y - 140, COURT, rng)
    s.text(mm(22), y + 30, "注：受送达人拒绝签收的，送达人应在备注栏注明情况并由见证人签名。", font("ming", 30))
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> Sheet:
    """财产申报表 filled by the respondent's manager: 无 in most cells on a dead company, an account on a live one."""
    r = c.respondent
    quiet = c.extra["story"] == "moxa"
    rows = [["申报人", r.name], ["统一社会信用代码", r.id_number], ["法定代表人", r.legal_rep],
            ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["股权、投资", ""], ["应收账款、债权", ""],
            ["其他财产", ""], ["一年内财产变动", ""], ["申报人承诺", "以上申报内容真实、完整，如有虚假，愿承担法律责任。"]]
    fills = {(3, 1): "无" if quiet else f"{c.extra['resp_bank']} 账号{c.extra['resp_acct']}",
             (4, 1): "无（办公场所系租赁）", (5, 1): "无", (6, 1): "无",
             (7, 1): "有客户欠款，数额不详" if quiet else "无",
             (8, 1): "库存艾条若干，已过期" if quiet else "无", (9, 1): "无"}
    s, y = grid("财产申报表", rows, [mm(46), mm(124)], rng, fills=fills, number=c.number, body="sans", size=34,
                row_h=[88, 88, 88, 120, 110, 88, 88, 110, 110, 110, 120])
    f = font("sans", 34)
    s.text(mm(24), y + 40, "申报人（签章）：", f)
    hand(s, mm(75), y + 34, r.legal_rep, rng, size=46, ink=INK)
    s.right(s.width - mm(24), y + 40, f"申报日期：{num_date(c.day(rng.randint(8, 14)))}", f)
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 网络执行查控系统's feedback printed on the bureau's old dot-matrix printer."""
    s = Sheet()
    y = float(mm(24))
    dots(s, mm(20), y, "全国法院网络执行查控系统  查询反馈结果（总对总/点对点）", 42)
    y += 80
    dots(s, mm(20), y, f"案号：{c.number}    承办人：{c.officer}    打印时间：{num_date(c.day(3))} 10:{rng.randint(10, 59)}")
    y += 60
    dots(s, mm(20), y, f"被查询人：{c.respondent.name}   证照号码：{c.respondent.id_number}")
    y += 60
    dots(s, mm(20), y, "-" * 78)
    y += 48
    for x, cell in zip((20, 32, 84, 124, 162), ("序号", "协助单位", "反馈结果", "账户/财产", "金额(元)"), strict=True):
        dots(s, mm(x), y, cell)
    y += 54
    found = c.extra["story"] != "moxa"
    units = [("中国工商银行", "无开户信息", "-", "-"), ("中国建设银行", "有账户" if "建设" in c.extra["resp_bank"] else "无开户信息",
             "", ""), ("中原银行", "有账户" if "中原" in c.extra["resp_bank"] else "无开户信息", "", ""),
             ("南阳村镇银行", "有账户" if "村镇" in c.extra["resp_bank"] else "无开户信息", "", ""),
             ("中国邮政储蓄银行", "无开户信息", "-", "-"), ("河南农信社（农商行）", "无开户信息", "-", "-"),
             ("公安部（车辆）", "无登记车辆", "-", "-"), ("自然资源部（不动产）", "无不动产登记", "-", "-"),
             ("中国证券登记结算", "无证券账户", "-", "-"), ("支付宝/财付通", "无账户" if found else "有账户", "", "0.00")]
    balance = c.amount + Decimal(rng.randint(2000, 90000)) if found else Decimal(rng.randint(0, 8000)) / 100
    for k, (unit, result, acct, amt) in enumerate(units, 1):
        if result == "有账户" and unit.startswith("支付宝"):
            acct, amt = "2088****" + str(rng.randint(1000, 9999)), f"{Decimal(rng.randint(0, 9000)) / 100:,.2f}"
        elif result == "有账户":
            acct, amt = "****" + c.extra["resp_acct"][-10:], f"{balance:,.2f}"
        elif not acct:
            acct, amt = "-", "-"
        for x, cell in zip((20, 32, 84, 124, 162), (str(k), unit, result, acct, amt), strict=True):
            dots(s, mm(x), y, cell)
        y += 52
    dots(s, mm(20), y, "-" * 78)
    y += 54
    dots(s, mm(20), y, "说明：本结果为协助单位反馈数据，以协助单位书面回复为准。")
    y += 54
    dots(s, mm(20), y, f"第1页 共1页        查询人：{c.officer}")
    s.page_of = (1, 1)
    faint_print(s, rng, strength=rng.uniform(0.08, 0.22), grain=0.1)
    return s


def _registry(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 不动产登记中心's written reply on its query form, its business seal red over the foot."""
    s = Sheet()
    y = float(mm(30))
    s.centred(y, "不动产登记信息查询结果证明", font("sans_bold", 60))
    y += 110
    f = font("sans", 36)
    s.text(mm(24), y, f"查询编号：NYBDC{c.day(6):%Y%m%d}{rng.randint(1000, 9999)}", f)
    s.right(s.width - mm(24), y, f"查询申请单位：{SHORT}", f)
    y += 70
    rows = [["权利人名称", c.respondent.name], ["证件号码", c.respondent.id_number],
            ["查询范围", "南阳市中心城区（卧龙区、宛城区、高新区、城乡一体化示范区）"],
            ["查询结果", "经查询不动产登记信息系统，截至查询之日，该权利人名下无登记的房屋、土地等不动产权利，"
                       "亦无查封、抵押登记信息。"],
            ["执行案号", c.number], ["经办法官", f"{c.officer}（工作证号{rng.randint(10000, 99999)}）"]]
    y = table(s, mm(22), y, [mm(44), mm(126)], rows, f, row_h=[90, 90, 110, 200, 90, 90], centre_first=True)
    y += 50
    for line in wrap("说明：本证明仅反映查询时点登记簿记载的信息；如需复核，请持介绍信、工作证及协助查询通知书到"
                     "南阳市不动产登记中心（南阳市卧龙区明山路政务服务中心三楼）办理。", font("sans", 30), mm(170)):
        s.text(mm(22), y, line, font("sans", 30))
        y += 44
    y += 40
    s.right(s.width - mm(30), y, REGISTRY, f)
    s.right(s.width - mm(30), y + 60, num_date(c.day(7)), f)
    seal(s, s.width - mm(60), y + 40, REGISTRY, rng, inner="业务专用章")
    return s


def _summons(c: CaseCtx, rng: random.Random) -> Sheet:
    r = c.respondent
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["被传唤人", f"{r.name}法定代表人{r.legal_rep}"],
            ["工作单位或住址", r.address], ["传唤事由", "就被执行人履行能力、财产状况接受询问"],
            ["应到时间", ""], ["应到处所", "南阳市卧龙区人民法院执行局三楼第二谈话室"],
            ["注意事项", "一、被传唤人必须准时到达应到处所；二、本传票由被传唤人携带来院报到；三、被传唤人收到传票后，"
                       "无正当理由拒不到场的，本院可以拘传。"]]
    day = c.day(rng.randint(18, 26))
    s, y = grid("传　　票", rows, [mm(44), mm(126)], rng, head=COURT,
                fills={(5, 1): f"{num_date(day)}上午9时00分"}, row_h=[92, 92, 110, 110, 110, 92, 110, 220])
    f = font("ming", 38)
    s.text(mm(24), y + 40, f"执行员：{c.officer}　　书记员：{c.clerk}", f)
    s.right(s.width - mm(24), y + 110, when(c, 16), f)
    seal(s, s.width - mm(62), y + 110, COURT, rng)
    return s


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A 笔录 typed at the interview on the bureau's lined sheet, signed by hand at the foot of each page."""
    a, r = c.applicant, c.respondent
    survey = code == "investigation_record"
    title = "调 查 笔 录" if survey else "谈 话 笔 录"
    day = c.day(rng.randint(70, 90) if survey else 110)
    if survey:
        head = [f"时间：{num_date(day)} 10时20分至10时55分", f"地点：{r.address}",
                f"调查人：{c.officer}、{c.clerk}（记录）", f"被调查人：{person_name_of(c)}，该址物业管理处工作人员",
                "事由：核实被执行人经营及财产情况"]
        qa = [("问", "我们是南阳市卧龙区人民法院执行局的工作人员，这是我们的工作证件。现就" + r.name + "的情况向你了解，"
                     "你应如实陈述，听清楚了吗？"),
              ("答", "听清楚了。"), ("问", f"{r.name}现在是否还在此处经营？"),
              ("答", "去年冬天就不在这儿干了，门面退租了，屋里东西也拉走了，欠着两个月物业费。"),
              ("问", "该公司的负责人或员工去哪里了，你是否知道？"),
              ("答", f"听说老板{r.legal_rep}去外地了，电话打不通，具体在哪儿不清楚。"),
              ("问", "该公司在此处是否留有机器设备、存货或车辆？"),
              ("答", "没有，就剩一些破纸箱和过期的艾条，没啥值钱的。"),
              ("问", "申请执行人提供的线索称该公司在石桥镇有仓库，你是否了解？"),
              ("答", "不了解。"), ("问", "以上所说是否属实？"), ("答", "属实。")]
    else:
        head = [f"时间：{num_date(day)} 15时00分至15时30分", "地点：南阳市卧龙区人民法院执行局第一谈话室",
                f"执行员：{c.officer}　书记员：{c.clerk}", f"被谈话人：{a.name}（申请执行人）",
                f"在场人：{c.agent}（委托代理人，{c.firm}律师）"]
        qa = [("问", f"今天约你来，是告知{c.number}案件的执行情况。本院已向被执行人送达执行通知书、报告财产令，"
                     "通过网络查控系统查询了存款、车辆、不动产、证券、网络资金，向不动产登记中心和市场监管部门调查，"
                     "并到被执行人住所地实地调查，均未发现可供执行的财产。对此你有何意见？"),
              ("答", "我知道他们公司不行了，我也去找过，人都找不到。"),
              ("问", "本院已对被执行人发出限制消费令并纳入失信被执行人名单。你能否提供新的财产线索？"),
              ("答", "石桥镇仓库那条线索你们已经去看过了，别的我暂时提供不了。"),
              ("问", "本院拟对本案终结本次执行程序。终本后你发现被执行人有财产的，可随时申请恢复执行，不受申请执行"
                     "时效限制；被执行人的限制消费和失信措施继续有效。你是否明白？"),
              ("答", "明白，我同意先终本，有线索了再来找你们。"),
              ("问", "你还有什么要说的？"), ("答", "没有了。")]
    sheets = [Sheet()]
    f = font("ming", 40)
    lh = 74
    x0, x1 = mm(24), sheets[0].width - mm(22)
    bottom = sheets[0].height - mm(40)

    def rule(s: Sheet, y: float) -> None:
        yy = y + lh - 8
        while yy < bottom + lh:
            s.line(x0, yy, x1, yy, width=1, fill=(150, 150, 160))
            yy += lh

    s = sheets[0]
    s.centred(mm(22), title, font("hei", 64), spacing=8)
    y = float(mm(22) + 120)
    rule(s, y)
    for line in head:
        s.text(x0, y, line, f)
        y += lh
    for who, text in qa:
        for part in wrap(f"{who}：{text}", f, x1 - x0):
            if y > bottom:
                s = Sheet()
                sheets.append(s)
                y = float(mm(26))
                rule(s, y)
            s.text(x0, y, part, f)
            y += lh
    signer = f"被调查人：{person_name_of(c)}" if survey else f"被谈话人：{a.name}"
    for n, sh in enumerate(sheets, 1):
        fy = sh.height - mm(30)
        sh.text(x0, fy, "被调查人签名：" if survey else "被谈话人签名：", font("ming", 34))
        hand(sh, x0 + mm(42), fy - 8, signer.split("：")[1], rng, size=44, ink=INK)
        sh.text(x0 + mm(88), fy, f"执行员：{c.officer}　书记员：{c.clerk}", font("ming", 34))
        sh.right(x1, fy + 56, f"第{n}页　共{len(sheets)}页", font("ming", 30))
        sh.page_of = (n, len(sheets))
    last = sheets[-1]
    hand(last, x0, min(y + 20, bottom - 10), "以上笔录我看过，与我说的一样。", rng, size=44, ink=INK)
    return sheets


def person_name_of(c: CaseCtx) -> str:
    """The 物业 worker met at the respondent's address (stable within a case)."""
    rng = random.Random(c.number + "wy")
    from dossier.corpus.content import person_name

    return person_name(rng)


def _approval(c: CaseCtx, rng: random.Random) -> Sheet:
    story = c.extra["story"]
    how = {"moxa": "终结本次执行程序", "jade": "执行完毕（和解履行完毕）", "rose": "执行完毕"}[story]
    paid = Decimal(0) if story == "moxa" else c.amount
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", f"{c.basis_court}{c.basis_number}"],
            ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{paid:,.2f}元"],
            ["结案方式", how, "结案日期", num_date(c.closed_on)],
            ["承办人意见", ""], ["合议庭意见", ""], ["执行局长审批", ""]]
    opinion = ("被执行人无可供执行财产，已采取限高、失信措施并约谈申请执行人，符合终本条件，建议终本。" if story == "moxa"
               else "执行款已全部发放申请执行人，建议以执行完毕结案。")
    fills = {(5, 1): opinion, (6, 1): "同意承办人意见。", (7, 1): f"同意。{c.extra['chief']}"}
    s, y = grid("执行案件结案审批表", rows, [mm(34), mm(56), mm(30), mm(50)], rng, head=SHORT,
                fills=fills, row_h=[92, 110, 110, 92, 110, 200, 160, 160], size=34)
    f = font("ming", 32)
    s.text(mm(24), y + 30, f"承办人：{c.officer}　　　填表日期：{num_date(c.closed_on)}", f)
    return s


def _voucher(c: CaseCtx, rng: random.Random) -> Sheet:
    """The court's 案款发放 voucher: one instalment of the jade carver's settlement per row."""
    rows: list[list[str]] = [["案号", c.number], ["收款人", f"{c.applicant.name}（申请执行人）"],
                             ["收款账户", f"{c.extra['acct_bank']}　{c.extra['acct']}"]]
    parts = c.extra.get("instalments") or [(c.extra.get("paid", c.day(35)), c.amount)]
    for k, (day, amount) in enumerate(parts, 1):
        rows.append([f"第{k}笔", f"{num_date(day)}到账　{amount:,.2f}元"])
    total = sum((amt for _, amt in parts), Decimal(0))
    rows += [["发放合计", f"{total:,.2f}元（大写：{money_caps(total)}）"], ["承办人", c.officer],
             ["财务复核", ""], ["领款人签字", ""]]
    fills = {(len(rows) - 2, 1): "已复核　" + rng.choice(["张", "李", "孙"]) + "会计",
             (len(rows) - 1, 1): f"{c.applicant.name}　{num_date(c.closed_on)}"}
    s, y = grid("执行案款发放凭证", rows, [mm(44), mm(126)], rng, head=SHORT, fills=fills, row_h=100)
    stamp(s, s.width - mm(80), y + 30, ["执行款专用", "已发放"], rng, colour=(200, 40, 40))
    return s


def _bank_slip(c: CaseCtx, rng: random.Random) -> Sheet:
    """中原银行's 电子回单 of the 扣划, printed on thermal paper at the counter and glued onto an A4 sheet."""
    s = Sheet()
    x, y = mm(40), float(mm(40))
    w = mm(120)
    s.draw.rectangle((x - 20, y - 20, x + w + 20, y + mm(150)), fill=(246, 246, 242))
    f = font("mono", 32)
    lines = ["中原银行 ZHONGYUAN BANK", "业务回单（扣划）", "-" * 34,
             f"交易日期：{c.extra['paid']:%Y-%m-%d} 14:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
             f"流水号：{rng.randint(10**13, 10**14 - 1)}", f"付款人：{c.respondent.name}",
             f"付款账号：{c.extra['resp_acct']}", "收款人：南阳市卧龙区人民法院", "收款账号：41050165860800000318",
             f"金额：CNY {c.amount:,.2f}", f"大写：{money_caps(c.amount)}", "业务类型：司法扣划",
             f"摘要：{c.number}", "柜员：08417  授权：0032", "-" * 34, "本回单不作收款凭证，请核对"]
    for line in lines:
        for part in wrap(line, f, w):
            s.text(x, y, part, f)
            y += 50
    faint_print(s, rng, strength=rng.uniform(0.4, 0.55), grain=0.35)
    stamp(s, x + w - mm(40), y - mm(30), ["中原银行南阳分行", "业务受理章"], rng, oval=True, colour=(200, 40, 50))
    s.text(mm(30), mm(255), "回单粘贴处", font("ming", 30), fill=(150, 150, 150))
    return s


def _archive(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    if code == "dossier_cover":
        return _cover(c, rng)
    if code == "catalogue":
        return _catalogue(c, rng)
    if code == "file_review_form":
        rows = [["案号", c.number], ["卷宗材料是否齐全", ""], ["文书送达是否完备", ""], ["案款是否发放完毕", ""],
                ["装订顺序是否规范", ""], ["有无空白项", ""], ["复核意见", ""], ["承办人签名", ""], ["书记员签名", ""]]
        fills = {(1, 1): "齐全", (2, 1): "完备，送达回证附卷", (3, 1): "已全部发放", (4, 1): "规范",
                 (5, 1): "无", (6, 1): "同意归档", (7, 1): c.officer, (8, 1): c.clerk}
        s, y = grid("卷宗复核表", rows, [mm(56), mm(114)], rng, head=SHORT, fills=fills, row_h=110)
        s.right(s.width - mm(24), y + 40, f"复核日期：{num_date(c.closed_on + timedelta(days=6))}",
                font("ming", 34))
        return s
    s = Sheet()
    s.centred(mm(30), "备　考　表", font("hei", 68), spacing=14)
    f = font("ming", 38)
    x0 = mm(28)
    s.box(x0, mm(55), s.width - mm(28), s.height - mm(40), width=3)
    y = float(mm(62))
    s.text(x0 + 30, y, f"本卷情况说明：本卷共计文书材料{rng.randint(58, 74)}页，", f)
    y += 70
    s.text(x0 + 30, y, "其中照片0张，光盘0张，无缺页、无重页。", f)
    y += 130
    s.text(x0 + 30, y, "立卷人：", f)
    hand(s, x0 + 200, y - 6, c.clerk, rng, size=46, ink=BLUE_INK)
    y += 90
    s.text(x0 + 30, y, "检查人：", f)
    hand(s, x0 + 200, y - 6, c.officer, rng, size=46, ink=BLUE_INK)
    y += 90
    s.text(x0 + 30, y, f"立卷时间：{cn_date(c.closed_on)}", f)
    return s


def _cover(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=5)
    s.centred(mm(40), COURT, font("serif_bold", 64), spacing=6)
    s.centred(mm(62), "执 行 卷 宗", font("hei", 110), spacing=30)
    s.centred(mm(88), "（正卷）", font("ming", 48))
    f = font("ming", 42)
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被 执 行 人", c.respondent.name], ["执行依据", f"{c.basis_court}{c.basis_number}"],
            ["收案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
            ["结案方式", "执行完毕"], ["执 行 员", c.officer], ["书 记 员", c.clerk],
            ["归档日期", ""], ["保管期限", "长期"], ["本卷共", "　　　页"]]
    y = table(s, mm(30), mm(110), [mm(44), mm(106)], rows, f, row_h=96, centre_first=True)
    hand(s, mm(30) + mm(52), mm(110) + 96 * 10 + 24, num_date(c.closed_on + (c.closed_on - c.filed_on) // 5), rng,
         size=42, ink=BLUE_INK)
    hand(s, mm(30) + mm(60), mm(110) + 96 * 12 + 24, str(rng.randint(58, 74)), rng, size=44, ink=BLUE_INK)
    s.centred(y + 60, f"全宗号 {rng.randint(100, 199)}　　目录号 {c.filed_on.year}　　案卷号 {rng.randint(200, 900)}",
              font("ming", 34))
    return s


def _catalogue(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(22), "卷 内 目 录", font("hei", 66), spacing=12)
    f = font("ming", 30)
    s.text(mm(20), mm(22) + 100, f"案号：{c.number}", font("ming", 34))
    items = ["执行申请书", "仲裁裁决书", "生效证明", "财产线索表", "诉讼费收据", "当事人身份证明", "授权委托书",
             "律师事务所函", "律师执业证", "收取案款确认书", "送达地址确认书", "受理案件通知书", "缴款通知书",
             "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议",
             "执行案款发放凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表"]
    rows = [["序号", "文件材料名称", "日期", "页号", "备注"]]
    page = 1
    for k, name in enumerate(items, 1):
        n = 1 if name not in ("仲裁裁决书", "执行申请书", "当事人身份证明", "送达回证") else rng.randint(2, 4)
        rows.append([str(k), name, f"{c.day(min(k * 3, 70)):%Y.%m.%d}", f"{page}" if n == 1 else f"{page}-{page + n - 1}", ""])
        page += n
    table(s, mm(16), mm(22) + 160, [mm(16), mm(78), mm(36), mm(26), mm(22)], rows, f, row_h=64)
    return s
