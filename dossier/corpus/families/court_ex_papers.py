"""What 桥西法院's enforcement bureau receives, each in its maker's style: the applicants' lawyers' typed papers (a
plain 黑体/sans office look), the 大境门-area law firms' red letterhead, copies of licences and ID cards, the window
forms filled by hand in blue ballpoint, the 张家口仲裁委员会's award and its 生效证明, the bank's e-receipt for the
money paid out and the parties' own settlement. These were printed normally (the court's toner-save printers did not
touch them), but they sit in the same tired volumes."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import RED, Block, Sheet, flow, hand, mm, seal, table, text_width, wrap
from dossier.corpus.families.court_ex_kit import COURT, foreign_sheet
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "property_clue_form", "fee_receipt", "identity_proof", "power_of_attorney",
    "law_firm_letter", "lawyer_license", "payment_account_confirmation", "service_address_confirmation",
    "property_declaration_form", "settlement_agreement", "payment_voucher",
})
PEN = (28, 44, 140)


def _story(c: CaseCtx) -> str:
    return str(c.extra["story"])


def _filed(c: CaseCtx, days: int) -> date:
    return c.filed_on - timedelta(days=days)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return _award(c, rng)
    if code == "effectiveness_certificate":
        return _award_certificate(c, rng)
    makers = {"enforcement_application": _application, "power_of_attorney": _attorney, "law_firm_letter": _firm_letter,
              "lawyer_license": _licence_card, "identity_proof": _identity, "fee_receipt": _fee,
              "payment_account_confirmation": _account_form, "service_address_confirmation": _address_form,
              "property_clue_form": _clue_form, "property_declaration_form": _declaration,
              "settlement_agreement": _settlement, "payment_voucher": _bank_slip}
    return makers[code](c, rng, served)


# ------------------------------------------------------------------ the lawyers' office papers


def _office(sheet: Sheet, title: str, blocks: list[Block], *, y: float = mm(30), size: int = 33) -> float:
    f = font("sans", size)
    sheet.centred(y, title, font("sans_bold", 52), spacing=4)
    y += 110
    return flow(sheet, blocks, f, x0=mm(25), width=sheet.width - mm(50), y=y, line_height=size * 1.75, indent=size * 2)


def _company_sign(sheet: Sheet, p: Party, when: date, y: float, rng: random.Random) -> None:
    f = font("sans", 33)
    x = sheet.width - mm(95)
    sheet.text(x, y, f"申请人：{p.name}" if len(p.name) < 15 else p.name, f)
    sheet.text(x, y + 62, f"法定代表人：{p.legal_rep}", f)
    hand(sheet, x + text_width("法定代表人：", f) + text_width(p.legal_rep, f) + 20, y + 50, p.legal_rep, rng, size=46,
         ink=(20, 20, 25), record=False)
    sheet.text(x, y + 124, num_date(when), f)
    seal(sheet, x + mm(30), y + 40, p.name, rng, radius=mm(20))


def _application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = foreign_sheet()
    kind = "仲裁裁决" if _story(c) == "tuber" else "民事判决"
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}"), ("f", f"住所地：{a.address}"), ("f", f"统一社会信用代码：{a.id_number}"),
        ("f", f"法定代表人：{a.legal_rep}　　委托代理人：{c.agent}，{c.firm}律师"),
        ("f", f"被申请人：{r.name}"), ("f", f"{'住所地' if r.kind == 'organisation' else '住址'}：{r.address}"),
        ("f", f"{'统一社会信用代码' if r.kind == 'organisation' else '身份证号'}：{r.id_number}"),
        ("f", "申请事项："),
        ("p", f"一、请求依法强制执行{c.basis_court}{c.basis_number}{kind}书，责令被申请人支付{money(c.amount)}；"),
        ("p", "二、请求被申请人加倍支付迟延履行期间的债务利息，并负担本案执行费用；"),
        ("p", "三、被申请人逾期不履行的，请求对其采取限制高消费措施，并将其纳入失信被执行人名单。"),
        ("f", "事实与理由："),
        ("p", f"申请人与被申请人{c.extra['cause']}一案，经{c.basis_court}{'裁决' if kind == '仲裁裁决' else '判决'}，"
              f"该{kind}书已于{num_date(c.basis_effective)}发生法律效力。被申请人至今未履行，特依法申请强制执行。"),
        ("f", "此致"), ("f", COURT),
    ]
    y = _office(s, "强制执行申请书", blocks)
    _company_sign(s, a, _filed(c, 2), y + 30, rng)
    s.centred(s.height - mm(14), "第 1 页 共 1 页", font("sans", 24))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    s = foreign_sheet()
    blocks: list[Block] = [
        ("f", f"委托单位：{a.name}"), ("f", f"法定代表人：{a.legal_rep}"),
        ("f", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}"),
        ("p", f"现委托上述受托人在我单位与{c.respondent.name}{c.extra['cause']}执行一案中，作为我单位的委托代理人。"),
        ("f", "代理权限：特别授权，包括代为申请执行、提供财产线索、参加执行谈话、代为和解、代为签收法律文书、"
              "代为领取执行款。"),
        ("f", "委托期限：自签署之日起至本案执行终结止。"),
    ]
    y = _office(s, "授 权 委 托 书", blocks, size=34)
    s.box(mm(25), mm(30) + 100, s.width - mm(25), y + 20, width=2)
    _company_sign(s, a, _filed(c, 3), y + 80, rng)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = foreign_sheet()
    s.centred(mm(22), c.firm, font("kai", 66), fill=RED, spacing=8)
    s.line(mm(20), mm(40), s.width - mm(20), mm(40), width=6, fill=RED)
    s.line(mm(20), mm(41.8), s.width - mm(20), mm(41.8), width=2, fill=RED)
    s.centred(mm(52), "律 师 事 务 所 函", font("serif_bold", 50), spacing=6)
    no = f"（{c.filed_on.year}）冀{c.firm[2:5]}执字第{rng.randint(11, 96)}号"
    s.right(s.width - mm(25), mm(66), no, font("serif", 30))
    blocks: list[Block] = [
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
              "执行一案的代理人。"),
        ("p", "特此函告。"),
        ("f", f"律师：{c.agent}　　执业证号：{c.extra['licence']}"),
        ("f", f"本所地址：{c.extra['firm_addr']}　电话：0313-80{rng.randint(10000, 99999)}"),
    ]
    y = flow(s, blocks, font("serif", 34), x0=mm(25), width=s.width - mm(50), y=mm(80), line_height=64, indent=68)
    when = _filed(c, 3)
    s.right(s.width - mm(30), y + 120, cn_date(when), font("serif", 34))
    seal(s, s.width - mm(60), y + 110, c.firm, rng, radius=mm(21))
    return [s]


def _licence_card(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """A photocopy of the two inner pages of the 律师执业证, laid on the glass one under the other."""
    s = foreign_sheet()
    x0, w, h = mm(30), s.width - mm(60), mm(95)
    grey = (205, 205, 205)
    for k in range(2):
        y0 = mm(28) + k * (h + mm(14))
        s.draw.rectangle((x0 - 12, y0 - 12, x0 + w + 12, y0 + h + 12), fill=grey)
        s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(248, 248, 246), outline=(90, 90, 90), width=2)
        if k == 0:
            s.centred(y0 + 30, "中华人民共和国律师执业证", font("serif_bold", 44), x0=x0, x1=x0 + w)
            s.draw.rectangle((x0 + 50, y0 + 120, x0 + 50 + mm(25), y0 + 120 + mm(33)), fill=(150, 150, 150))
            f = font("serif", 30)
            lines = [f"执业机构：{c.firm}", "执业证类别：专职律师", f"执业证号：{c.extra['licence']}",
                     f"法律职业资格证号：A2014{rng.randint(10**9, 10**10 - 1)}", "发证机关：河北省司法厅",
                     f"发证日期：{2014 + rng.randint(0, 6)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]
            for i, ln in enumerate(lines):
                s.text(x0 + 50 + mm(32), y0 + 120 + i * 52, ln, f)
            seal(s, x0 + w - mm(28), y0 + h - mm(26), "河北省司法厅", rng, radius=mm(16))
        else:
            s.centred(y0 + 30, "律师年度考核备案", font("serif_bold", 40), x0=x0, x1=x0 + w)
            f = font("serif", 30)
            s.text(x0 + 60, y0 + 130, f"持证人：{c.agent}", f)
            for i, yr in enumerate(range(c.filed_on.year - 3, c.filed_on.year)):
                s.text(x0 + 60, y0 + 200 + i * 60, f"{yr}年度　考核结果：称职　备案机关：张家口市司法局", f)
            seal(s, x0 + w - mm(35), y0 + 250, "张家口市司法局", rng, radius=mm(14))
    s.text(mm(30), s.height - mm(40), "与原件核对一致", font("kai", 40), fill=PEN)
    hand(s, mm(30) + 300, s.height - mm(42), c.agent, rng, size=44, ink=PEN)
    return [s]


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if "respondent" in served else c.applicant
    if p.kind == "person":
        return [_id_copy(p, rng)]
    return [_licence_copy(p, rng), _rep_certificate(p, rng, c)]


def _licence_copy(p: Party, rng: random.Random) -> Sheet:
    s = foreign_sheet()
    x0, y0, x1, y1 = mm(18), mm(34), s.width - mm(18), mm(200)
    s.box(x0, y0, x1, y1, width=8, outline=(120, 120, 120))
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=(120, 120, 120))
    s.draw.ellipse((s.width / 2 - 50, y0 + 40, s.width / 2 + 50, y0 + 140), outline=(110, 110, 110), width=6)
    s.centred(y0 + 160, "营 业 执 照", font("serif_bold", 78), spacing=10)
    s.centred(y0 + 270, "（副　　本）", font("serif", 34))
    f = font("serif", 30)
    rows = [("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("注册资本", f"{rng.choice([500, 1000, 2000, 3000])}万元"),
            ("成立日期", f"{rng.randint(2008, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y = y0 + 350
    for k, v in rows:
        s.text(x0 + 80, y, k, f)
        for i, part in enumerate(wrap(v, f, x1 - x0 - 480)):
            s.text(x0 + 400, y + i * 46, part, f)
        y += 74
    s.right(x1 - 80, y1 - 150, "登记机关", f)
    seal(s, x1 - mm(40), y1 - mm(28), "张家口市市场监督管理局", rng, radius=mm(20))
    s.text(x0, y1 + 60, "复印件与原件一致，仅供法院执行使用", font("kai", 40), fill=(30, 30, 30))
    seal(s, x0 + mm(120), y1 + 80, p.name, rng, radius=mm(20))
    return s


def _rep_certificate(p: Party, rng: random.Random, c: CaseCtx) -> Sheet:
    s = foreign_sheet()
    blocks: list[Block] = [
        ("p", f"{p.legal_rep}同志，在我单位担任执行董事兼总经理职务，系我单位法定代表人。"), ("p", "特此证明。"),
        ("f", "附：法定代表人身份证复印件"),
    ]
    y = _office(s, "法定代表人身份证明书", blocks, y=mm(40))
    s.right(s.width - mm(30), y + 110, p.name, font("sans", 33))
    s.right(s.width - mm(30), y + 170, num_date(_filed(c, 4)), font("sans", 33))
    seal(s, s.width - mm(70), y + 140, p.name, rng, radius=mm(20))
    box = (mm(40), y + 300, mm(40) + mm(86), y + 300 + mm(54))
    s.draw.rounded_rectangle(box, radius=24, outline=(80, 80, 80), width=3)
    f = font("hei", 28)
    s.text(box[0] + 30, box[1] + 40, f"姓名 {p.legal_rep}", f)
    s.text(box[0] + 30, box[1] + 100, "性别 男　　民族 汉", f, record=False)
    s.text(box[0] + 30, box[3] - 70, "公民身份号码 （复印件略）", f, record=False)
    return s


def _id_copy(p: Party, rng: random.Random) -> Sheet:
    s = foreign_sheet()
    born = p.born or date(1980, 1, 1)
    cw, ch = mm(86), mm(54)
    x0 = (s.width - cw) // 2
    for k in range(2):
        y0 = mm(45) + k * (ch + mm(25))
        s.draw.rounded_rectangle((x0, y0, x0 + cw, y0 + ch), radius=28, outline=(70, 70, 70), width=3,
                                 fill=(236, 236, 236))
        f = font("hei", 26)
        if k == 0:
            s.text(x0 + 40, y0 + 40, f"姓名　{p.name}", f)
            s.text(x0 + 40, y0 + 90, f"性别　{p.sex}　　民族　汉", f)
            s.text(x0 + 40, y0 + 140, f"出生　{born.year}年{born.month}月{born.day}日", f)
            for i, part in enumerate(wrap("住址　" + p.address, f, cw - mm(34))):
                s.text(x0 + 40, y0 + 190 + i * 40, part, f)
            s.text(x0 + 40, y0 + ch - 60, f"公民身份号码　{p.id_number}", font("hei", 28))
            s.draw.rectangle((x0 + cw - mm(28), y0 + 40, x0 + cw - 30, y0 + 40 + mm(34)), fill=(160, 160, 160))
        else:
            s.centred(y0 + 60, "中华人民共和国", font("hei", 40), x0=x0, x1=x0 + cw)
            s.centred(y0 + 120, "居 民 身 份 证", font("hei", 48), x0=x0, x1=x0 + cw)
            s.text(x0 + 60, y0 + ch - 120, "签发机关　沽源县公安局", f)
            s.text(x0 + 60, y0 + ch - 70, f"有效期限　{born.year + 36}.03.11-长期", f)
    s.text(mm(40), mm(190), "此复印件与原件相符", font("kai", 38), fill=(30, 30, 30))
    return s


def _fee(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The 河北省非税收入一般缴款书 for the first-instance (or arbitration) fee: a wide red-ruled voucher."""
    s = foreign_sheet()
    red = (190, 60, 60)
    top = mm(40)
    s.centred(top, "河北省非税收入一般缴款书（电子）", font("serif_bold", 46), fill=(40, 40, 40))
    f = font("serif", 28)
    s.text(mm(16), top + 80, f"票据代码：13010123　　校验码：{rng.randint(100000, 999999)}", f)
    s.right(s.width - mm(16), top + 80, f"票据号码：{rng.randint(10**9, 10**10 - 1)}", f)
    paid = c.extra["fee"] if _story(c) == "tuber" else (c.amount * 1 / 100).quantize(c.amount) + 50
    payee = COURT if _story(c) != "tuber" else "张家口仲裁委员会"
    rows = [["缴款人", c.applicant.name, "收款单位", payee],
            ["项目编码", "103040301", "项目名称", "诉讼费" if _story(c) != "tuber" else "仲裁费"],
            ["金额（大写）", money_caps(paid), "（小写）", f"{paid:,.2f}"],
            ["备注", f"{c.basis_number}"]]
    w = s.width - mm(32)
    table(s, mm(16), top + 140, [mm(34), w / 2 - mm(34), mm(30), w / 2 - mm(30)], rows, f, row_h=82, fill=red, pad=10)
    y = top + 140 + 82 * 4 + 40
    s.text(mm(16), y, f"开票日期：{_filed(c, rng.randint(120, 200)):%Y-%m-%d}　　收款人：{c.clerk[:1]}某", f)
    seal(s, s.width - mm(50), y - 30, "河北省财政厅票据监制章", rng, radius=mm(16))
    return [s]


# ------------------------------------------------------------------ window forms filled in ballpoint


def _hand_form(title: str, rows: list[tuple[str, str]], rng: random.Random, *, note: str, signer: str, when: date,
               heights: float = 104) -> tuple[Sheet, float]:
    s = foreign_sheet()
    s.centred(mm(22), COURT, font("serif", 34))
    s.centred(mm(34), title, font("serif_bold", 52), spacing=6)
    x, y = float(mm(20)), float(mm(52))
    w = s.width - mm(40)
    f = font("serif", 30)
    table(s, x, y, [mm(46), w - mm(46)], [[k, ""] for k, _ in rows], f, row_h=heights, centre_first=True)
    for i, (_, v) in enumerate(rows):
        parts = wrap(v, font("kai", 40), w - mm(56))
        for j, part in enumerate(parts[:2]):
            hand(s, x + mm(50), y + i * heights + 18 + j * 44 - (22 if len(parts) > 1 else 0) + (0 if len(parts) > 1 else 12),
                 part, rng, size=38, ink=PEN)
    y += len(rows) * heights + 30
    y = flow(s, [("p", note)], font("serif", 27), x0=x, width=w, y=y, line_height=46, indent=54)
    s.text(s.width - mm(100), y + 50, "填写人（签名或盖章）：", f)
    hand(s, s.width - mm(100) + text_width("填写人（签名或盖章）：", f) - 40, y + 100, signer, rng, size=44, ink=PEN)
    hand(s, s.width - mm(80), y + 170, f"{when.year}.{when.month}.{when.day}", rng, size=38, ink=PEN)
    return s, y + 100


def _account_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    rows = [("案号", c.number), ("申请执行人", a.name), ("开户名称", a.name), ("开户银行", str(c.extra["in_bank"])),
            ("银行账号", str(c.extra["in_acct"])), ("联系人及电话", f"{c.agent} {c.agent_phone}")]
    note = "本人（单位）确认以上账户为收取本案执行款的账户。因账户信息填写错误造成的损失，由本人（单位）承担。"
    s, y = _hand_form("申请执行人收取执行款账户确认书", rows, rng, note=note, signer=c.agent, when=c.filed_on)
    seal(s, s.width - mm(60), y + 20, a.name, rng, radius=mm(19))
    return [s]


def _address_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("收件人", c.agent),
            ("联系电话", c.agent_phone), ("是否同意电子送达", "同意，手机号码同上"), ("代收人", f"{c.agent}（{c.firm}）")]
    note = ("告知事项：送达地址变更的，应及时书面告知本院；未及时告知的，按原地址送达即视为送达。确认的地址适用于执行"
            "程序，包括恢复执行程序。")
    return [_hand_form("送达地址确认书", rows, rng, note=note, signer=c.agent, when=c.filed_on)[0]]


def _clue_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    clue = {"wind": f"{c.extra.get('r_bank', '')}账户{c.extra.get('r_acct', '')}（风电场电费结算户）",
            "tuber": "沽源县平定堡镇租用冷库一处，库存马铃薯；农用货车一辆",
            "ski": "张家口银行崇礼支行基本户；雪场索道票务收入"}[_story(c)]
    rows = [("被执行人", r.name), ("证件号码", r.id_number), ("住所或住址", r.address), ("银行存款", clue),
            ("不动产", "不详"), ("车辆", "农用货车，车牌不详" if _story(c) == "tuber" else "不详"), ("其他财产", "无")]
    note = "申请执行人应如实提供被执行人财产线索，法院将在七日内予以核查。"
    return [_hand_form("被执行人可供执行财产线索表", rows, rng, note=note, signer=c.agent, when=c.filed_on, heights=96)[0]]


def _declaration(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    s = foreign_sheet()
    s.centred(mm(20), "财 产 申 报 表", font("serif_bold", 54), spacing=4)
    s.right(s.width - mm(18), mm(36), c.number, font("serif", 28))
    f = font("serif", 28)
    w = s.width - mm(36)
    items = ["收入、银行存款、现金、理财产品", "有价证券", "土地使用权、房屋等不动产", "交通运输工具、机器设备、产品、原材料",
             "债权、股权、投资权益", "其他应当报告的财产"]
    rows = [["被申报人", r.name, "证件号码", r.id_number], ["财产类别", "财产名称、数量、所在地及价值", "", ""],
            *[[k, ""] for k in items], ["申报人签名", ""]]
    y0 = mm(46)
    heights = [84, 70, *[150] * len(items), 110]
    table(s, mm(18), y0, [mm(58), w * 0.42, mm(32), w - mm(90) - w * 0.42], rows, f, row_h=heights, centre_first=True)
    answers = {"wind": ["基本户有存款，已被冻结", "无", "风电场升压站一座（租赁用地）", "风机设备抵押给融资租赁公司", "无", "无"],
               "tuber": ["无", "无", "无", "无", "无", "无"],
               "ski": ["张家口银行基本户，存款不足", "无", "雪场建筑物（租赁）", "索道设备（融资租赁）", "门票收入应收款", "无"]}
    ys = y0 + 84 + 70
    for k, ans in enumerate(answers[_story(c)]):
        hand(s, mm(18) + mm(62), ys + k * 150 + 50, ans, rng, size=38, ink=(20, 20, 30))
    signer = r.legal_rep or r.name if r.kind == "organisation" else r.name
    hand(s, mm(18) + mm(62), ys + len(items) * 150 + 30, signer, rng, size=46, ink=(20, 20, 30))
    if _story(c) == "tuber":
        s.text(mm(18), ys + len(items) * 150 + 140, "（被执行人收到报告财产令后逾期未申报，本表系谈话时补填）", font("serif", 26))
    return [s]


# ------------------------------------------------------------------ the award, the settlement, the bank


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    sheets = [foreign_sheet()]
    s = sheets[0]
    s.centred(mm(28), "张家口仲裁委员会", font("kai", 64), spacing=10)
    s.centred(mm(46), "裁　决　书", font("serif_bold", 60), spacing=6)
    s.right(s.width - mm(26), mm(62), c.basis_number, font("serif", 32))
    born = r.born or date(1980, 1, 1)
    ton = int(c.extra["tons"])
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司经理。"),
        ("f", f"被申请人：{r.name}，男，{born.year}年{born.month}月{born.day}日出生，汉族，住{r.address}，"
              f"公民身份号码{r.id_number}。"),
        ("p", "本会根据申请人与被申请人签订的《马铃薯种薯购销合同》中的仲裁条款及申请人的仲裁申请，受理了双方之间的"
              "买卖合同纠纷案。本案适用简易程序，由独任仲裁员进行审理。被申请人经书面通知，无正当理由未到庭，"
              "仲裁庭依法缺席审理。本案现已审理终结。"),
        ("p", f"申请人称：申请人向被申请人供应种薯{ton}吨，被申请人收货后仅支付部分货款，尚欠货款至今未付。"),
        ("p", "仲裁庭认为：双方所签合同合法有效。申请人已依约供货，被申请人应依约付款。据此，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付货款{money(c.amount)}；"),
        ("p", "二、本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]

    def more() -> tuple[Sheet, float]:
        n = foreign_sheet()
        sheets.append(n)
        return n, float(mm(25))

    y = flow(s, blocks, font("serif", 33), x0=mm(26), width=s.width - mm(52), y=mm(76), line_height=60, indent=66,
             bottom=mm(255), more=more)
    last = sheets[-1]
    if y > mm(225):
        last = foreign_sheet()
        sheets.append(last)
        y = mm(40)
    f = font("serif", 33)
    last.right(last.width - mm(40), y + 60, f"独任仲裁员　{person_name_of(c)}", f)
    when = c.basis_effective
    last.right(last.width - mm(40), y + 150, cn_date(when), f)
    seal(last, last.width - mm(75), y + 150, "张家口仲裁委员会", rng, radius=mm(21))
    last.right(last.width - mm(40), y + 230, f"书　记　员　{person_name(random.Random(c.basis_number + '书记员'))}", f)
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(15), f"第{i}页", font("serif", 26))
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def person_name_of(c: CaseCtx) -> str:
    return person_name(random.Random(c.basis_number + "仲裁员"))


def _award_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = foreign_sheet()
    s.centred(mm(30), "张家口仲裁委员会", font("kai", 60), spacing=8)
    s.centred(mm(48), "生 效 证 明", font("serif_bold", 56), spacing=6)
    blocks: list[Block] = [
        ("f", f"{COURT}："),
        ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，已于"
              f"{num_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力，"
              "并已依法送达双方当事人。"),
        ("p", "特此证明。"),
    ]
    y = flow(s, blocks, font("serif", 34), x0=mm(26), width=s.width - mm(52), y=mm(70), line_height=64, indent=68)
    when = c.basis_effective + timedelta(days=9)
    s.right(s.width - mm(36), y + 120, cn_date(when), font("serif", 34))
    seal(s, s.width - mm(70), y + 110, "张家口仲裁委员会", rng, radius=mm(21))
    s.text(mm(26), s.height - mm(30), "地址：张家口市桥东区胜利北路　电话：0313-20XXXXX", font("serif", 24), record=False)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = foreign_sheet()
    first = (c.amount * 6 / 10).quantize(c.amount)
    rest = c.amount - first
    when = c.day(26)
    pay1 = c.day(36)
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲乙双方{c.extra['cause']}一案，{COURT}{c.basis_number}民事判决书已发生法律效力，甲方已申请强制执行"
              f"（案号{c.number}）。经执行法官主持，双方自愿达成如下和解协议："),
        ("p", f"一、乙方于{num_date(pay1)}前向法院执行款专户支付{money(first)}，于{num_date(c.extra['pay_day'])}前支付剩余"
              f"{money(rest)}。"),
        ("p", "二、乙方按期足额付清上述款项后，甲方放弃迟延履行期间的债务利息，本案执行完毕。"),
        ("p", "三、乙方任何一期未按时足额付款的，甲方有权申请恢复执行原生效法律文书。"),
        ("p", "四、本协议一式三份，甲乙双方各执一份，交法院附卷一份。"),
    ]
    y = _office(s, "执 行 和 解 协 议", blocks, y=mm(32), size=32)
    f = font("sans", 32)
    s.text(mm(25), y + 60, "甲方（盖章）：", f)
    s.text(s.width / 2 + mm(5), y + 60, "乙方（盖章）：", f)
    hand(s, mm(25) + 40, y + 150, f"委托代理人 {c.agent}", rng, size=40, ink=(20, 20, 25))
    hand(s, s.width / 2 + mm(5) + 40, y + 150, str(r.legal_rep or r.name), rng, size=44, ink=(20, 20, 25))
    seal(s, mm(25) + mm(35), y + 90, a.name, rng, radius=mm(19))
    seal(s, s.width / 2 + mm(40), y + 90, r.name, rng, radius=mm(19))
    s.text(mm(25), y + 250, num_date(when), f)
    s.text(s.width / 2 + mm(5), y + 250, num_date(when), f)
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """张家口银行's electronic receipt for the transfer from the court's 执行款专户 to the applicant, printed two to a page
    (the first and second instalment, or the deduction and the payout)."""
    s = foreign_sheet()
    f = font("sans", 26)
    fb = font("sans_bold", 36)
    half = (c.amount / 2).quantize(c.amount)
    parts = [(c.extra["pay_day"] - timedelta(days=12), half), (c.extra["pay_day"], c.amount - half)]
    for k, (day, amt) in enumerate(parts):
        y0 = mm(18) + k * mm(135)
        x0, x1 = mm(15), s.width - mm(15)
        s.text(x0, y0, "张家口银行", font("sans_bold", 40), fill=(160, 40, 40))
        s.centred(y0 + 10, "电子回单（转账）", fb)
        s.right(x1, y0 + 14, f"回单编号：{day:%Y%m%d}{rng.randint(10**7, 10**8 - 1)}", f)
        w = x1 - x0
        rows = [["付款人户名", f"{COURT}执行款专户", "收款人户名", c.applicant.name],
                ["付款人账号", f"0301{rng.randint(10**9, 10**10 - 1)}", "收款人账号", str(c.extra["in_acct"])],
                ["付款行", "张家口银行桥西支行", "收款行", str(c.extra["in_bank"])],
                ["金额（大写）", money_caps(amt), "金额（小写）", f"¥{amt:,.2f}"],
                ["用途", f"{c.number}执行款发放", "交易日期", f"{day:%Y-%m-%d}"]]
        y = table(s, x0, y0 + 70, [mm(32), w / 2 - mm(32), mm(32), w / 2 - mm(32)], rows, f, row_h=72, width=1, pad=8)
        s.text(x0, y + 20, f"打印次数：1　　打印日期：{day + timedelta(days=1):%Y-%m-%d}　　柜员：{rng.randint(10000, 99999)}", f)
        seal(s, x1 - mm(40), y - 60, "张家口银行桥西支行电子回单专用章", rng, radius=mm(18))
        s.line(x0, y0 + mm(125), x1, y0 + mm(125), width=1, fill=(150, 150, 150))
    return [s]
