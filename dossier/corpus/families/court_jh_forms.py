"""court_jh's forms and slips: the filing window's carbonless pads (送达回证, 财产线索提供表, 收款账户确认书, 送达地址确认书,
the 诉讼费用收据 pasted on a 票据粘贴单) as the copy ply the file keeps; the respondent's 财产申报表 on the bureau's printed
form; the 查控 system's landscape printout; and the banks' replies from their dot-matrix printers on continuous paper."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image

from dossier.corpus.content import CaseCtx, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_jh_kit import (
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Carbonless,
    DotMatrix,
    continuous_form,
    grid,
    pen,
    serif_b,
    song,
)
from dossier.corpus.fonts import font

FORMS = frozenset({
    "service_receipt", "property_clue_form", "fee_receipt", "payment_account_confirmation",
    "service_address_confirmation", "payment_voucher", "online_inquiry_result", "property_declaration_form",
})
TITLES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
          "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书",
          "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
          "dishonest_list_decision": "决定书（失信）", "summons": "传票"}
TO_APPLICANT = {"acceptance_notice", "payment_notice", "closing_notice", "termination_this_round_ruling"}


def form(code: str, c: CaseCtx, rng: random.Random, drawn_with: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_jh import made_on

    if code == "service_receipt":
        return [_receipt(c, rng, drawn_with)]
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return [_window(code, c, rng)]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "payment_voucher":
        return [_voucher(c, rng)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng, made_on(c, code))
    if code == "property_declaration_form":
        return _declaration(c, rng, made_on(c, code))
    raise KeyError(code)


def _serial(ply: Carbonless, x: float, y: float, rng: random.Random) -> None:
    """The pad's running number, printed in red."""
    ply.sheet.text(x, y, f"№ {rng.randint(10**6, 10**7 - 1):07d}", font("serif", 38), fill=(200, 40, 44))


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    """送达回证 on the bureau's two-part pad: the addressee keeps the top sheet, the file the pink second ply."""
    from dossier.corpus.families.court_jh import made_on as when

    ply = Carbonless(rng.choice(["pink", "yellow"]))
    s = ply.sheet
    ink = ply.ink
    s.centred(TOP - mm(6), COURT, serif_b(48), spacing=3, fill=ink)
    s.centred(TOP + 72, "送 达 回 证", serif_b(72), spacing=20, fill=ink)
    _serial(ply, s.width - RIGHT - mm(48), TOP + 180, rng)
    w = s.width - LEFT - RIGHT
    rows = [["案　　号", ""], ["案　　由", ""], ["送达文书名称及件数", ""], ["受送达人", ""], ["送达地址", ""],
            ["受送达人签名或盖章", "", "签收日期", ""], ["代收人及代收理由", ""], ["送　达　人", ""], ["送达方式", ""],
            ["备　　注", ""]]
    hs = [mm(15), mm(15), mm(30), mm(15), mm(19), mm(28), mm(17), mm(15), mm(17), mm(26)]
    boxes = grid(s, LEFT, TOP + 250, [mm(44), mm(50), mm(24), w - mm(118)], rows, song(34), heights=hs,
                 ink=ink, centre=(0, 2))
    ways = "□直接送达　□留置送达　□邮寄送达　□委托送达"
    s.text(boxes[8][1][0] + 14, boxes[8][1][1] + 24, ways, song(32), fill=ink)

    def box_x(k: int) -> float:
        return boxes[8][1][0] + 14 + text_width(ways[:ways.index("□", k * 5)], song(32))

    ny = boxes[-1][0][3] + 20
    for part in wrap("注：受送达人拒绝签收的，送达人应在备注栏内写明情况。本回证一式两联，第一联交受送达人，第二联附卷。",
                     song(28), w):
        s.text(LEFT, ny, part, song(28), fill=ink)
        ny += 40
    ply.ply_note("第二联　附卷")
    ply.glued_top(rng)
    to_applicant = any(x in TO_APPLICANT for x in served)
    who = c.applicant if to_applicant else c.respondent
    absent = not to_applicant and c.extra["tale"] == "lease"
    day = max(when(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    col = boxes[0][1][0] + mm(4)
    ply.write(col, boxes[0][1][1] + mm(3), c.number, rng, size=38)
    ply.write(col, boxes[1][1][1] + mm(3), f"{c.extra['cause']}执行", rng, size=38)
    papers = "、".join(f"{TITLES.get(x, x)}一份" for x in served)
    ply.write(col, boxes[2][1][1] + mm(3), papers, rng, size=38, per_line=20, lead=mm(8))
    ply.write(col, boxes[3][1][1] + mm(3), who.name, rng, size=40)
    ply.write(col, boxes[4][1][1] + mm(3), who.address, rng, size=34, per_line=28, lead=mm(7))
    if absent:
        ply.write(col, boxes[9][1][1] + mm(3), f"受送达人下落不明，已按户籍地址邮寄送达，EMS单号1{rng.randint(10**11, 10**12 - 1)}，"
                  f"{day.month}月{day.day}日妥投。", rng, size=34, per_line=23, lead=mm(7))
        ply.tick(box_x(2) - 4, boxes[8][1][1] + 10, rng, size=50)
    else:
        signer = c.agent if to_applicant else (who.legal_rep if who.kind == "organisation" else who.name)
        ply.write(col + mm(6), boxes[5][1][1] + mm(8), signer, rng, size=52)
        ply.write(boxes[5][3][0] + mm(2), boxes[5][3][1] + mm(8), num_date(day), rng, size=32)
        ply.tick(box_x(0) - 4, boxes[8][1][1] + 10, rng, size=50)
        if who.kind == "organisation" and not to_applicant:
            ply.write(col, boxes[6][1][1] + mm(4), f"{signer}（法定代表人）本人签收", rng, size=34)
    ply.write(col, boxes[7][1][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=40)
    return ply.press(rng)


WINDOW = {
    "property_clue_form": ("被执行人财产线索提供表", ["案　号", "被执行人", "证照号码", "住所地/经常居住地", "银行账户", "不动产",
                                              "车辆", "其他财产线索", "线索来源"]),
    "payment_account_confirmation": ("申请执行人收取执行款账户确认书", ["案　号", "申请执行人", "收款户名", "开户银行", "收款账号",
                                                         "联系电话"]),
    "service_address_confirmation": ("送达地址确认书", ["案　号", "受送达人", "送达地址", "收件人", "联系电话", "电子送达",
                                                 "委托代理人"]),
}


def _window_values(code: str, c: CaseCtx) -> list[str]:
    a, r, t = c.applicant, c.respondent, c.extra["tale"]
    if code == "property_clue_form":
        bank = {"veg": f"{c.extra.get('r_bank', '')}，账号{c.extra.get('r_acct', '')}（其收银用此账户）",
                "lease": "不详，其租金曾从长沙银行袁家岭支行卡转账", "books": "工商银行隆平支行基本户（账号不详）"}[t]
        house = {"veg": "不详", "lease": "邵东老家有自建房（未办证）", "books": "无"}[t]
        car = {"veg": "公司有一台送货面包车，湘A牌", "lease": "不详", "books": "不详"}[t]
        other = {"veg": "五一大道门店营业收入", "lease": "店内遗留封口机一台、桌凳若干", "books": "学员学费收入、教室押金"}[t]
        return [c.number, r.name, r.id_number, r.address, bank, house, car, other, "申请执行人掌握"]
    if code == "payment_account_confirmation":
        return [c.number, a.name, a.name, c.extra["in_bank"], c.extra["in_acct"], a.phone]
    return [c.number, a.name, c.extra["firm_addr"], f"{c.agent}律师", c.agent_phone, f"同意，手机{c.agent_phone}",
            f"{c.agent}（{c.firm}）"]


def _window(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    """A window form on its pad; the applicant's lawyer fills it at the counter, the file keeps the copy ply."""
    title, labels = WINDOW[code]
    ply = Carbonless({"property_clue_form": "yellow", "payment_account_confirmation": "blue",
                      "service_address_confirmation": "green"}[code], print_ink=(30, 40, 40))
    s = ply.sheet
    s.centred(TOP - mm(4), COURT, serif_b(44), spacing=2, fill=ply.ink)
    s.centred(TOP + 66, title, serif_b(60), spacing=6, fill=ply.ink)
    _serial(ply, s.width - RIGHT - mm(48), TOP + 160, rng)
    values = _window_values(code, c)
    w = s.width - LEFT - RIGHT
    hs = [mm(26) if len(v) > 24 else mm(16) for v in values]
    boxes = grid(s, LEFT, TOP + 230, [mm(46), w - mm(46)], [[label, ""] for label in labels], song(34), heights=hs,
                 ink=ply.ink)
    for row, value in zip(boxes, values, strict=True):
        ply.write(row[1][0] + mm(4), row[1][1] + mm(4), value, rng, size=36, per_line=26, lead=mm(8))
    note = {"property_clue_form": "申请执行人应当如实提供被执行人财产线索，提供虚假线索的，依法承担相应法律责任。",
            "payment_account_confirmation": "本院将执行款发放至上述账户；账户变更的，须书面申请并提交身份证明，否则由此产生的风险"
                                            "由申请执行人自行承担。",
            "service_address_confirmation": "受送达人确认上述送达地址适用于执行程序及恢复执行程序。地址不准确或变更未及时告知，"
                                            "导致文书未能被实际接收的，文书退回之日视为送达之日。"}[code]
    y = boxes[-1][0][3] + 30
    f = song(30)
    for part in wrap(note, f, w):
        s.text(LEFT, y, part, f, fill=ply.ink)
        y += 46
    y += 50
    s.text(s.width - RIGHT - mm(120), y, "确认人（签名）：", song(36), fill=ply.ink)
    s.text(s.width - RIGHT - mm(120), y + mm(16), "日　　期：", song(36), fill=ply.ink)
    ply.write(s.width - RIGHT - mm(58), y - 8, c.agent, rng, size=50)
    ply.write(s.width - RIGHT - mm(84), y + mm(16) - 4, num_date(c.filed_on - timedelta(days=1)), rng, size=38)
    ply.ply_note("第二联　法院存档")
    ply.glued_top(rng)
    return ply.press(rng)


def _fee(c: CaseCtx, rng: random.Random) -> Sheet:
    """The finance window's hand-written 诉讼费用收据 (the 附卷 ply), pasted a little crooked on a 票据粘贴单."""
    ply = Carbonless("pink", size=(mm(186), mm(110)), print_ink=(150, 40, 50))
    r = ply.sheet
    r.centred(mm(6), "湖南省长沙市芙蓉区人民法院诉讼费用收据", serif_b(44), spacing=2, fill=ply.ink)
    paid = c.filed_on + timedelta(days=rng.randint(1, 3))
    r.text(mm(12), mm(18), "交款日期：", song(30), fill=ply.ink)
    _serial(ply, r.width - mm(58), mm(17), rng)
    rows = [["交款单位（人）", "", "案　号", ""], ["收费项目", "", "金额（元）", ""], ["金额（大写）", ""],
            ["收款单位", COURT + "（财务室）"]]
    boxes = grid(r, mm(8), mm(28), [mm(32), mm(56), mm(22), mm(58)], rows, song(28), heights=[mm(14), mm(14), mm(14),
                                                                                              mm(12)], ink=ply.ink,
                 centre=(0, 2))
    r.text(mm(12), mm(86), "收款人：　　　　　　　开票人：", song(28), fill=ply.ink)
    ply.ply_note("第三联附卷")
    fee = c.extra["fee"]
    ply.write(mm(36), mm(17), num_date(paid), rng, size=32)
    ply.write(boxes[0][1][0] + mm(2), boxes[0][1][1] + mm(3), c.applicant.name, rng, size=28 if len(c.applicant.name) > 10
              else 34)
    ply.write(boxes[0][3][0] + mm(1), boxes[0][3][1] + mm(3.5), c.number, rng, size=29)
    ply.write(boxes[1][1][0] + mm(2), boxes[1][1][1] + mm(3), "申请执行费（预收）", rng, size=34)
    ply.write(boxes[1][3][0] + mm(4), boxes[1][3][1] + mm(3), f"¥{fee:,.2f}", rng, size=36)
    ply.write(boxes[2][1][0] + mm(4), boxes[2][1][1] + mm(3), money_caps(Decimal(fee)), rng, size=34)
    ply.write(mm(30), mm(85), person_name(rng), rng, size=34)
    ply.write(mm(82), mm(85), person_name(rng), rng, size=34)
    slip = ply.press(rng)
    page = Sheet()
    page.centred(mm(14), "票 据 粘 贴 单", serif_b(50), spacing=10)
    page.text(LEFT, mm(28), f"案号：{c.number}　　粘贴人：{c.clerk}", song(32))
    page.lines.extend(slip.lines)
    tilt = rng.uniform(-2.5, 2.5)
    img = slip.image.rotate(tilt, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(255, 255, 255))
    mask = Image.new("L", slip.image.size, 255).rotate(tilt, resample=Image.Resampling.BICUBIC, expand=True)
    x, y = mm(8) + int(rng.uniform(0, mm(6))), mm(42)
    page.draw.rectangle((x + 8, y + 8, x + img.width + 8, y + img.height + 8), fill=(226, 226, 222))
    page.image.paste(img, (x, y), mask)
    page.text(LEFT, y + img.height + mm(10), "（粘贴处）　骑缝处加盖经办人名章", song(28), fill=(120, 120, 120))
    return page


def _voucher(c: CaseCtx, rng: random.Random) -> Sheet:
    """The court's bank prints two 单位客户专用回单 on one leaf of continuous stationery: money in from the respondent
    (or drawn from its account), and the court paying the applicant out."""
    s = continuous_form(rng)
    dm = DotMatrix(pitch=2.3, weak_pin=rng.randint(5, 11), ribbon=rng.uniform(0.72, 0.92), rng=rng)
    pre = (70, 140, 128)
    paid: date = c.extra["paid_on"]
    court_acct = c.extra["court_acct"]
    bank = "中国建设银行长沙芙蓉支行"
    if c.extra["tale"] == "veg":
        first = (c.respondent.name, c.extra["r_acct"], c.extra["r_bank"], c.amount + c.extra["fee"], "法院扣划",
                 f"{c.number}协助扣划")
    else:
        first = (c.respondent.name, f"1901{rng.randint(10**14, 10**15 - 1)}", "中国工商银行长沙隆平支行",
                 c.amount - c.extra["first"], "转账", f"{c.number}执行和解余款")
    slips = [(first[0], first[1], first[2], "长沙市芙蓉区人民法院执行款专户", court_acct, bank, first[3], first[4], first[5], paid),
             ("长沙市芙蓉区人民法院执行款专户", court_acct, bank, c.applicant.name, c.extra["in_acct"], c.extra["in_bank"], c.amount,
              "代发", f"{c.number}执行款发放", paid + timedelta(days=5))]
    half = s.height / 2
    for k, (pn, pa, pb, rn, ra, rb, amt, kind, use, day) in enumerate(slips):
        y0 = k * half + mm(10)
        x0, x1 = mm(20), s.width - mm(20)
        s.centred(y0, "中国建设银行　单位客户专用回单", font("sans_bold", 40), fill=pre)
        s.line(x0, y0 + mm(9), x1, y0 + mm(9), width=2, fill=pre)
        labels = [("付款人全称", "收款人全称"), ("付款人账号", "收款人账号"), ("付款人开户行", "收款人开户行")]
        values = [(pn, rn), (pa, ra), (pb, rb)]
        y = y0 + mm(13)
        for (la, lb), (va, vb) in zip(labels, values, strict=True):
            s.text(x0, y + 6, la, song(26), fill=pre)
            s.text(x0 + mm(100), y + 6, lb, song(26), fill=pre)
            dm.text(s, x0 + mm(25), y, va)
            dm.text(s, x0 + mm(126), y, vb)
            y += mm(9)
        s.line(x0, y, x1, y, width=1, fill=pre)
        y += mm(3)
        for label, value in [("金额（小写）", f"CNY {amt:,.2f}"), ("金额（大写）", f"人民币{money_caps(Decimal(amt))}"),
                             ("业务种类", kind), ("用途/摘要", use),
                             ("交易日期", f"{day:%Y-%m-%d}  {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"),
                             ("交易流水号", f"{day:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}"),
                             ("回单编号", f"{rng.randint(10**13, 10**14 - 1)}")]:
            s.text(x0, y + 6, label, song(26), fill=pre)
            dm.text(s, x0 + mm(25), y, value)
            y += mm(8.2)
        s.text(x0, y + 8, f"打印次数：{1 if k == 0 else 2}　　柜员：", song(26), fill=pre)
        dm.text(s, x0 + mm(42), y + 2, f"{rng.randint(100000, 999999)}")
        seal(s, x1 - mm(30), y - mm(16), "中国建设银行长沙芙蓉支行", rng, radius=mm(15), inner="业务受理章")
        if k == 0:
            for x in range(mm(14), s.width - mm(14), 12):
                s.draw.line((x, half, x + 6, half), fill=(190, 190, 186), width=1)
    return s


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's result list printed landscape; for the milk-tea tenant also 长沙银行's 点对点 reply, which
    came back from the branch's dot-matrix printer."""
    r = c.respondent
    s = Sheet(size=(Sheet().height, Sheet().width))
    f = font("sans", 26)
    s.text(mm(14), mm(12), "网络执行查控系统  查询结果反馈", font("sans_bold", 44))
    s.text(mm(14), mm(24), f"案号：{c.number}    承办人：{c.officer}    被查询人：{r.name}    证照号码：{r.id_number}", f)
    s.text(mm(14), mm(31), f"查询类型：总对总    发起时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}    反馈状态：全部反馈", f)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("招商银行", "存款"), ("长沙银行", "存款"),
             ("湖南农村信用社", "存款"), ("华融湘江银行", "存款"), ("财付通", "网络资金"), ("支付宝", "网络资金"),
             ("公安部", "车辆"), ("自然资源部", "不动产"), ("中国结算", "证券"), ("市场监管总局", "股权"),
             ("住建部", "公积金")]
    rows = [["序号", "协助执行单位", "财产类型", "账号/标识", "查询结果", "反馈日期"]]
    t = c.extra["tale"]
    for i, (unit, kind) in enumerate(units, 1):
        acct, res = "—", "未查询到财产信息"
        if kind == "存款" and t != "lease" and rng.random() < 0.35:
            acct, res = f"{rng.randint(10**15, 10**16 - 1)}", f"余额{rng.randint(0, 90)}.{rng.randint(10, 99)}元"
        if t == "veg" and unit == "长沙银行":
            acct, res = c.extra["r_acct"], f"余额{c.amount * Decimal('1.31'):,.2f}元"
        if t == "veg" and unit == "公安部":
            res = f"小型普通客车 湘A{rng.randint(10000, 99999)}（已抵押）"
        if t == "lease" and unit == "长沙银行":
            acct, res = c.extra["lease_acct"], f"余额{c.extra['lease_left']:,.2f}元"
        rows.append([str(i), unit, kind, acct, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    grid(s, mm(14), mm(40), [mm(16), mm(56), mm(30), mm(66), mm(74), mm(30)], rows, f, heights=mm(8.6), line_w=1,
         centre=(0, 2, 5))
    s.text(mm(14), s.height - mm(14), f"打印人：{c.clerk}    打印时间：{d + timedelta(days=3):%Y-%m-%d} "
           f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", f)
    s.right(s.width - mm(14), s.height - mm(14), "第1页/共1页", f)
    sheets = [s]
    if t == "lease":
        sheets.append(_bank_reply(c, rng, d))
    return sheets


def _bank_reply(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    r = c.respondent
    s = continuous_form(rng, tone=(250, 250, 244))
    s.starts_document = True
    dm = DotMatrix(pitch=2.4, weak_pin=rng.randint(4, 12), ribbon=rng.uniform(0.65, 0.85), rng=rng)
    x0 = mm(24)
    y = mm(18)
    dm.text(s, s.width / 2 - mm(52), y, "长沙银行协助执行回执", wide=True)
    y += mm(14)
    acct = c.extra["lease_acct"]
    lines = [f"致：{COURT}", f"文书编号：{c.number}", f"协助事项：查询、冻结    执行人员：{c.officer}",
             "-" * 60, f"被查询人：{r.name}", f"证件号码：{r.id_number}",
             f"账户1：{acct}  借记卡  状态：正常", f"  账户余额：{c.extra['lease_left']:.2f}  已冻结",
             f"  冻结期限：{d + timedelta(days=2):%Y-%m-%d}至{d + timedelta(days=367):%Y-%m-%d}",
             f"账户2：8000{rng.randint(10**10, 10**11 - 1)}  活期  状态：久悬",
             "  账户余额：0.00",
             "理财、贷款、保管箱：无",
             "-" * 60, "备注：上述账户近一年无大额入账。",
             f"回复日期：{d + timedelta(days=2):%Y-%m-%d}", "经办：" + person_name(rng) + "    复核：" + person_name(rng),
             "长沙银行股份有限公司袁家岭支行（章）"]
    for line in lines:
        dm.text(s, x0, y, line)
        y += mm(9.4)
    seal(s, s.width - mm(70), y - mm(12), "长沙银行股份有限公司袁家岭支行", rng, radius=mm(18), inner="业务专用章")
    return s


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """被执行人财产申报表: the bureau's printed form, the respondent's staff fill it in black ink."""
    r = c.respondent
    s = Sheet()
    s.centred(TOP, COURT, serif_b(46), spacing=3)
    s.centred(TOP + 76, "被执行人财产申报表", serif_b(64), spacing=8)
    s.text(LEFT, TOP + 170, f"案号：{c.number}", song(36))
    w = s.width - LEFT - RIGHT
    veg = c.extra["tale"] == "veg"
    entries = [("申报人", r.name), ("法定代表人", r.legal_rep), ("联系电话", r.phone),
               ("银行存款", f"长沙银行五一支行 {c.extra.get('r_acct', '')} 约{int(c.amount * Decimal('1.3')) // 10000}万元" if veg
                else "工商银行隆平支行基本户，余额约8千元"),
               ("现金、理财", "无"), ("不动产", "无（经营场所系租赁）"),
               ("车辆", "长安面包车一台（已抵押给融资公司）" if veg else "无"),
               ("对外债权", "无" if veg else "学员欠费若干，约2万元"),
               ("股权、投资", "无"), ("一年内财产变动", "无" if veg else "2023年9月退还教室押金3万元"),
               ("其他需说明事项", "公司经营困难，恳请分期" if not veg else "同意以存款履行")]
    boxes = grid(s, LEFT, TOP + 230, [mm(44), w - mm(44)], [[k, ""] for k, _ in entries], song(34),
                 heights=mm(15))
    for row, (_k, v) in zip(boxes, entries, strict=True):
        pen(s, row[1][0] + mm(4), row[1][1] + mm(3), v, rng, size=38, ink=BLACK_PEN)
    y = boxes[-1][0][3] + 40
    s.text(LEFT, y, "申报人保证以上内容真实、完整，如有隐瞒、虚假，愿承担法律责任。", song(32))
    y += 110
    s.text(s.width - RIGHT - mm(120), y, "申报人（签章）：", song(36))
    pen(s, s.width - RIGHT - mm(62), y - 8, r.legal_rep, rng, size=52, ink=INK)
    seal(s, s.width - RIGHT - mm(40), y + 10, r.name, rng, radius=mm(19))
    pen(s, s.width - RIGHT - mm(76), y + mm(18), num_date(d), rng, size=40, ink=BLACK_PEN)
    return [s]

