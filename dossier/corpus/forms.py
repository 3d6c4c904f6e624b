"""Bordered forms, receipts, printouts and card copies (drawn, not typeset as flowing text)."""

from __future__ import annotations

import random

from dossier.corpus.content import BANKS, CaseCtx, Party, cn_date, id_number, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature, table
from dossier.corpus.fonts import font

LABELS = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
          "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
          "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "termination_ruling": "执行裁定书（终结执行）",
          "enforcement_ruling": "执行裁定书", "resumption_ruling": "执行裁定书（恢复执行）", "summons": "传票",
          "payment_notice": "缴款通知书", "property_declaration_form": "财产申报表"}


def service_receipt(c: CaseCtx, served: list[str], rng: random.Random, *, title_font: str = "serif_bold",
                    body_font: str = "serif", court_line: bool = True) -> Sheet:
    """送达回证 as a bordered table, the court seal over a cell, signature by hand."""
    s = Sheet()
    y = float(mm(28))
    if court_line:
        s.centred(y, c.court.name, font(title_font, mm(7)), spacing=mm(1))
        y += mm(12)
    s.centred(y, "送达回证", font(title_font, mm(9)), spacing=mm(4))
    y += mm(20)
    f = font(body_font, mm(5))
    docs = "、".join(LABELS.get(d, d) for d in served)
    who = c.respondent if any(d in served for d in ("enforcement_notice", "property_report_order")) else c.applicant
    rows = [["案号", c.number], ["案由", "申请执行"], ["送达文书名称及件数", f"{docs}各一份"], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达日期", ""],
            ["送达人", ""], ["备考", ""]]
    x = mm(22)
    cols = [mm(55), s.width - 2 * x - mm(55)]
    heights = [mm(16)] * len(rows)
    heights[2] = mm(24)
    heights[5] = mm(30)
    heights[9] = mm(26)
    table(s, x, y, cols, rows, f, row_h=heights, centre_first=True)
    ys = [y + sum(heights[:i]) for i in range(len(rows))]
    signature(s, x + cols[0] + mm(20), ys[5] + mm(9), who.legal_rep or who.name, rng, ink=BLUE_INK)
    hand(s, x + cols[0] + mm(10), ys[7] + mm(4), num_date(c.day(rng.randint(2, 6))), rng, size=mm(6), ink=BLUE_INK)
    signature(s, x + cols[0] + mm(10), ys[8] + mm(4), f"{c.officer}  {c.clerk}", rng)
    seal(s, x + cols[0] + mm(95), ys[7] + mm(2), c.court.name, rng)
    s.text(x, ys[-1] + heights[-1] + mm(6), "注：受送达人拒绝签收的，送达人应在备考栏内注明。", font(body_font, mm(4)))
    return s


def form(title: str, rows: list[tuple[str, str]], rng: random.Random, *, issuer: str = "", ink: tuple[int, int, int] = BLUE_INK,
         tall: tuple[int, ...] = (), note: str = "", seal_name: str = "", sign: str = "") -> Sheet:
    """A pre-printed form (labels in print) filled in by hand (values in kai, jittered)."""
    s = Sheet()
    y = float(mm(25))
    if issuer:
        s.centred(y, issuer, font("serif", mm(6)))
        y += mm(11)
    s.centred(y, title, font("serif_bold", mm(8)), spacing=mm(2))
    y += mm(18)
    x = mm(20)
    cols = [mm(48), s.width - 2 * x - mm(48)]
    heights = [mm(40) if i in tall else mm(15) for i in range(len(rows))]
    while y + sum(heights) > s.height - mm(40) and max(heights) > mm(12):
        heights = [max(mm(11), int(h * 0.9)) for h in heights]
    table(s, x, y, cols, [[label, ""] for label, _ in rows], font("serif", mm(4.6)), row_h=heights, centre_first=True)
    cy = y
    for (_label, value), h in zip(rows, heights, strict=True):
        if value:
            lines = _wrap_hand(value, int(cols[1] / mm(6.2)))
            ty = cy + mm(3)
            for part in lines[: max(1, int(h / mm(8)))]:
                hand(s, x + cols[0] + mm(4), ty, part, rng, size=mm(6), ink=ink)
                ty += mm(8)
        cy += h
    if note:
        s.text(x, cy + mm(5), note, font("serif", mm(4)))
    if sign:
        s.text(s.width - mm(110), cy + mm(16), "签名：", font("serif", mm(5)))
        signature(s, s.width - mm(88), cy + mm(14), sign, rng, ink=ink)
    if seal_name:
        seal(s, s.width - mm(60), cy - mm(15), seal_name, rng)
    return s


def _wrap_hand(text: str, per_line: int) -> list[str]:
    return [text[i:i + per_line] for i in range(0, len(text), per_line)] or [""]


def handwritten_record(c: CaseCtx, code: str, rng: random.Random) -> list[Sheet]:
    """谈话笔录 / 调查笔录 on a lined pre-printed sheet, questions and answers in handwriting."""
    interview = code == "interview_record"
    title = "谈 话 笔 录" if interview else "调 查 笔 录"
    who = c.applicant.name if interview else c.respondent.name
    day = c.day((c.closed_on - c.filed_on).days - 10 if interview else 50)
    if interview:
        qa = ["问：我们是执行局的工作人员，今天找你谈话，你要如实回答。", "答：好的。",
              "问：法院查控系统没有查到被执行人的存款和房产，你还有财产线索吗？", "答：没有别的线索了。",
              "问：本院准备终结本次执行程序，你同意吗？", "答：同意，发现财产后再申请恢复执行。",
              "问：终本后法院仍会限制被执行人消费，你清楚吗？", "答：清楚。"]
    else:
        qa = ["问：被执行人现在在这里经营吗？", "答：早就不干了，门一直锁着。",
              "问：你知道被执行人有什么财产吗？", "答：不知道，听说车也卖了。",
              "问：被执行人的联系方式你有吗？", "答：没有。", "问：以上属实吗？", "答：属实。"]
    sheets: list[Sheet] = []
    lines = [f"时间：{num_date(day)}", f"地点：{c.court.name}执行局" if interview else f"地点：{c.respondent.address}",
             f"执行人员：{c.officer}  记录人：{c.clerk}", f"被{'谈话' if interview else '调查'}人：{who}", *qa,
             "以上笔录我看过，和我说的一样。"]
    per_page = 14
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    for i, chunk in enumerate(chunks):
        s = Sheet()
        y = float(mm(22))
        if i == 0:
            s.centred(y, title, font("serif_bold", mm(8)))
            y += mm(12)
            s.right(s.width - mm(20), y, f"案号：{c.number}", font("serif", mm(4.5)))
            y += mm(10)
        for k in range(22):
            s.line(mm(18), y + mm(10) + k * mm(10.5), s.width - mm(18), y + mm(10) + k * mm(10.5), width=1, fill=(150, 150, 190))
        ty = y + mm(1.5)
        for line in chunk:
            for part in _wrap_hand(line, 26):
                hand(s, mm(22), ty, part, rng, size=mm(6.2), ink=BLUE_INK if rng.random() < 0.6 else INK)
                ty += mm(10.5)
        signature(s, s.width - mm(70), s.height - mm(40), who, rng)
        s.text(s.width - mm(100), s.height - mm(38), "签名：", font("serif", mm(4.5)))
        s.centred(s.height - mm(20), f"第{i + 1}页 共{len(chunks)}页", font("serif", mm(4)))
        s.page_of = (i + 1, len(chunks))
        sheets.append(s)
    return sheets


def inquiry_printout(c: CaseCtx, rng: random.Random, *, kind: str) -> Sheet:
    """网络查控 feedback (总对总 / 点对点) as a printed table in a monospaced system font."""
    s = Sheet()
    f = font("mono", mm(3.8))
    title = "网络执行查控系统反馈结果（总对总）" if kind == "national" else f"{c.court.city}点对点查控反馈信息表"
    s.centred(mm(20), title, font("sans_bold", mm(6.5)))
    s.text(mm(15), mm(34), f"案号：{c.number}    被查询人：{c.respondent.name}    证照号码：{c.respondent.id_number}", f)
    s.text(mm(15), mm(41), f"查询日期：{c.day(2):%Y-%m-%d}    执行法院：{c.court.name}    承办人：{c.officer}", f)
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
    units = [*BANKS, "自然资源部", "公安部交管局", "中国证券登记结算", "支付宝（中国）", "财付通"]
    for i, unit in enumerate(units, 1):
        found = rng.random() < 0.25
        res = f"账户余额{rng.randint(0, 300)}.{rng.randint(10, 99)}元" if found and i <= len(BANKS) else "未查询到相关信息"
        rows.append([str(i), unit, "存款" if i <= len(BANKS) else ("不动产" if "自然" in unit else "其他"), res,
                     f"{c.day(rng.randint(3, 9)):%Y-%m-%d}"])
    table(s, mm(12), mm(50), [mm(14), mm(52), mm(24), mm(60)], rows, f, row_h=mm(11), pad=6)
    s.text(mm(15), s.height - mm(22), f"打印时间：{c.day(10):%Y-%m-%d} 10:{rng.randint(10, 59)}   第1页 共1页", font("mono", mm(3.4)))
    s.page_of = (1, 1)
    return s


def bank_reply(c: CaseCtx, rng: random.Random) -> Sheet:
    """A bank's reply to a freezing request (a 协助执行 return slip): property inquiry evidence."""
    s = Sheet()
    bank = rng.choice(BANKS) + f"{c.court.city}分行"
    s.centred(mm(28), "协助查询存款回执", font("sans_bold", mm(7.5)))
    s.text(mm(22), mm(48), f"{c.court.name}：", font("sans", mm(5)))
    fb = font("sans", mm(4.8))
    y = float(mm(60))
    for t in [f"贵院{c.number}协助查询存款通知书收悉。经查，{c.respondent.name}在我行开立账户情况如下：",
              f"账号 6228{rng.randint(10**11, 10**12 - 1)}，余额人民币{rng.randint(0, 500)}.{rng.randint(10, 99)}元，状态：正常。",
              "无其他账户。", "特此回复。"]:
        s.text(mm(30), y, t[:34], fb)
        if len(t) > 34:
            y += mm(8)
            s.text(mm(22), y, t[34:], fb)
        y += mm(10)
    s.right(s.width - mm(30), y + mm(20), bank, fb)
    s.right(s.width - mm(30), y + mm(30), num_date(c.day(6)), fb)
    seal(s, s.width - mm(60), y + mm(25), bank, rng, inner="业务专用章")
    return s


def id_card_copy(p: Party, rng: random.Random, *, authority: str) -> Sheet:
    """Two faces of a resident ID card on one page (photocopy)."""
    s = Sheet()
    grey = (90, 90, 90)
    w, h = mm(86) * 1.35, mm(54) * 1.35
    x = (s.width - w) / 2
    y1 = mm(40) + rng.uniform(-mm(5), mm(5))
    s.draw.rounded_rectangle((x, y1, x + w, y1 + h), radius=mm(5), outline=grey, width=3, fill=(238, 238, 238))
    f = font("hei", mm(4.2))
    fv = font("hei", mm(4.6))
    lab = [("姓名", p.name), ("性别", f"{p.sex}      民族  汉"),
           ("出生", f"{p.born.year}年 {p.born.month}月 {p.born.day}日" if p.born else ""), ("住址", p.address)]
    ty = y1 + mm(8)
    for k, v in lab:
        s.text(x + mm(8), ty, k, f, fill=grey)
        s.text(x + mm(24), ty, v[:14], fv)
        if len(v) > 14:
            ty += mm(7)
            s.text(x + mm(24), ty, v[14:], fv)
        ty += mm(11)
    s.text(x + mm(8), y1 + h - mm(14), "公民身份号码", f, fill=grey)
    s.text(x + mm(38), y1 + h - mm(14), p.id_number, font("mono", mm(5.2)))
    s.draw.rectangle((x + w - mm(36), y1 + mm(8), x + w - mm(8), y1 + mm(46)), fill=(180, 180, 180))
    y2 = y1 + h + mm(30)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(5), outline=grey, width=3, fill=(238, 238, 238))
    s.centred(y2 + mm(12), "中华人民共和国", font("hei", mm(7)), x0=x + mm(20), x1=x + w)
    s.centred(y2 + mm(26), "居 民 身 份 证", font("hei", mm(8.5)), x0=x + mm(20), x1=x + w)
    s.draw.ellipse((x + mm(8), y2 + mm(8), x + mm(28), y2 + mm(28)), outline=(150, 60, 60), width=3)
    s.text(x + mm(8), y2 + h - mm(22), f"签发机关  {authority}", f)
    s.text(x + mm(8), y2 + h - mm(13), "有效期限  2016.05.10-2036.05.10", f)
    if rng.random() < 0.7:
        hand(s, x + mm(10), y2 + h + mm(18), "此复印件与原件一致", rng, size=mm(6), ink=INK)
        signature(s, x + mm(90), y2 + h + mm(30), p.name, rng)
    return s


def licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """A business licence (营业执照) copy with its red double border and registry seal."""
    s = Sheet()
    red = (190, 60, 50)
    s.box(mm(18), mm(20), s.width - mm(18), s.height - mm(40), width=10, outline=red)
    s.box(mm(24), mm(26), s.width - mm(24), s.height - mm(46), width=3, outline=red)
    s.centred(mm(48), "营 业 执 照", font("serif_bold", mm(14)), spacing=mm(2))
    s.centred(mm(72), "（副　本）", font("serif", mm(6)))
    f = font("serif", mm(5))
    y = float(mm(95))
    s.text(mm(35), y, f"统一社会信用代码  {p.id_number}", f)
    y += mm(16)
    for k, v in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                 ("经营范围", "建材、五金交电、机械设备销售；货物运输代理。"), ("注册资本", f"{rng.choice([100, 200, 500])}万元整"),
                 ("成立日期", num_date(c.day(-2000))), ("住　　所", p.address)]:
        s.text(mm(35), y, k, f)
        s.text(mm(75), y, v, f)
        y += mm(14)
    reg = f"{c.court.city}市场监督管理局".replace("市市", "市")
    s.right(s.width - mm(40), s.height - mm(90), "登记机关", f)
    s.right(s.width - mm(40), s.height - mm(75), cn_date(c.day(-400)), f)
    seal(s, s.width - mm(65), s.height - mm(85), reg, rng)
    hand(s, mm(40), s.height - mm(35), "与原件核对一致", rng, size=mm(6), ink=INK)
    return s


def lawyer_licence_copy(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    w, h = mm(150), mm(100)
    x, y = (s.width - w) / 2, mm(45)
    s.box(x, y, x + w, y + h, width=3, outline=(80, 80, 80))
    s.centred(y + mm(8), "中华人民共和国律师执业证", font("serif_bold", mm(7)), x0=x, x1=x + w)
    f = font("serif", mm(4.8))
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", f"1{c.court.region[:2]}01{rng.randint(10**10, 10**11 - 1)}"),
            ("持证人", c.agent), ("性别", rng.choice("男女")), ("身份证号", "见原件")]
    ty = y + mm(25)
    for k, v in rows:
        s.text(x + mm(10), ty, f"{k}：{v}", f)
        ty += mm(11)
    s.draw.rectangle((x + w - mm(40), y + mm(25), x + w - mm(10), y + mm(65)), fill=(175, 175, 175))
    s.centred(y + h + mm(20), "律师执业证（复印件）", font("serif", mm(5)))
    seal(s, x + w - mm(30), y + h - mm(10), c.firm, rng)
    return s


def fee_receipt(c: CaseCtx, rng: random.Random) -> Sheet:
    """诉讼费收据 as a printed bill (half page, numbered, red print)."""
    s = Sheet()
    red = (170, 40, 40)
    fee = int(c.amount) // 100 + 50
    s.centred(mm(22), f"{c.court.city[:2]}省法院诉讼费用专用票据", font("serif_bold", mm(7)), fill=red)
    s.text(mm(22), mm(38), f"票据代码：{rng.randint(10**7, 10**8 - 1)}", font("serif", mm(4.2)), fill=red)
    s.right(s.width - mm(22), mm(38), f"No.{rng.randint(10**7, 10**8 - 1)}", font("mono", mm(4.8)), fill=red)
    rows = [["交款单位（人）", c.applicant.name, "案号", c.number], ["项目名称", "申请执行费", "金额（元）", f"{fee}.00"],
            ["金额合计（大写）", money_caps(c.amount.__class__(fee)), "", ""],
            ["收款单位", c.court.name, "开票日期", f"{c.day(0):%Y-%m-%d}"]]
    table(s, mm(18), mm(50), [mm(38), mm(62), mm(28)], rows, font("serif", mm(4.4)), row_h=mm(16), fill=red, pad=8)
    s.text(mm(22), mm(124), f"收款人：{c.clerk}   复核人：{c.officer}", font("serif", mm(4.4)))
    seal(s, s.width - mm(55), mm(120), c.court.name, rng, inner="财务专用章")
    s.line(0, mm(150), s.width, mm(150), width=1, fill=(200, 200, 200))
    return s


def payment_voucher(c: CaseCtx, rng: random.Random, *, bank_slip: bool) -> Sheet:
    """案款发放凭证 (court) or a bank transfer receipt (电子回单)."""
    s = Sheet()
    if bank_slip:
        bank = rng.choice(BANKS)
        s.centred(mm(25), f"{bank}业务回单（付款）", font("sans_bold", mm(6.5)))
        rows = [["付款人", f"{c.court.name}执行款专户"], ["收款人", c.applicant.name],
                ["收款账号", f"6217{rng.randint(10**11, 10**12 - 1)}"], ["金额", money(c.amount)],
                ["用途", f"{c.number}执行款"], ["交易时间", f"{c.day(70):%Y-%m-%d} 14:{rng.randint(10, 59)}:{rng.randint(10, 59)}"],
                ["回单编号", str(rng.randint(10**13, 10**14 - 1))]]
        table(s, mm(20), mm(42), [mm(40)], rows, font("sans", mm(4.5)), row_h=mm(12))
        seal(s, s.width - mm(60), mm(110), bank, rng, inner="电子回单专用章")
        return s
    s.centred(mm(30), "案款发放凭证", font("serif_bold", mm(8)), spacing=mm(1))
    s.right(s.width - mm(20), mm(48), f"案号：{c.number}", font("serif", mm(4.6)))
    rows = [["领款人", c.applicant.name, "身份证号", c.applicant.id_number], ["发放金额", money(c.amount)],
            ["发放方式", "转账", "开户行", f"{rng.choice(BANKS)}{c.court.city}支行"],
            ["承办人意见", "被执行人已全部履行，同意发放。"], ["领款人签名", ""]]
    table(s, mm(18), mm(58), [mm(32), mm(60), mm(28)], rows, font("serif", mm(4.5)), row_h=mm(18))
    signature(s, mm(60), mm(58) + 4 * mm(18) + mm(4), c.applicant.name, rng, ink=BLUE_INK)
    s.right(s.width - mm(30), mm(170), cn_date(c.day(72)), font("serif", mm(5)))
    seal(s, s.width - mm(55), mm(168), c.court.name, rng)
    return s


def household_register(c: CaseCtx, rng: random.Random) -> Sheet:
    """亲属关系证明 as a household register (户口簿) page copy."""
    s = Sheet()
    x, y, w = mm(25), mm(40), mm(160)
    s.box(x, y, x + w, y + mm(120), width=3, outline=(60, 60, 120))
    s.centred(y + mm(6), "常住人口登记卡", font("serif_bold", mm(7)), x0=x, x1=x + w)
    rows = [["姓名", c.agent, "户主或与户主关系", "子"], ["曾用名", "", "性别", rng.choice("男女")],
            ["出生地", c.court.city, "民族", "汉"], ["公民身份号码", id_number(rng, c.court.region)],
            ["服务处所", "个体", "职业", "无"]]
    table(s, x + mm(5), y + mm(22), [mm(30), mm(50), mm(40)], rows, font("serif", mm(4.4)), row_h=mm(15))
    s.centred(y + mm(135), "户口簿复印件（亲属关系证明）", font("serif", mm(5)))
    seal(s, x + w - mm(30), y + mm(100), f"{c.court.city}公安局户口专用章", rng)
    return s
