"""What 清江浦法院执行局 receives, each in its maker's hand: the 淮安 lawyers' applications (black sans, numbered
requests), this court's civil judgment or the 淮安市劳动人事争议仲裁委员会's award, the 生效证明, the 江苏省 fee receipt
(a carbon copy, faint blue), ID-card and licence photocopies, the firm's 所函 and the lawyer's licence, the forms filled in
at the window in ballpoint, the respondent's property declaration, a settlement typed by the parties, a bank's
dot-matrix transfer slip."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, INK, Sheet, flow, hand, mm, seal, signature, table, wrap
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "settlement_agreement", "payment_voucher",
})
COURT = "江苏省淮安市清江浦区人民法院"
FAINT = (120, 128, 170)   # a carbon copy's blue
PENCIL = (150, 150, 150)
X0 = mm(24)


def _day(c: CaseCtx, code: str) -> date:
    from dossier.corpus.families.court_ef import made_on
    return made_on(c, code)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return {
        "enforcement_application": _application, "enforcement_basis": _basis, "effectiveness_certificate": _effect,
        "property_clue_form": _clues, "fee_receipt": _fee, "identity_proof": _identity, "power_of_attorney": _poa,
        "law_firm_letter": _firm_letter, "lawyer_license": _licence, "payment_account_confirmation": _account,
        "service_address_confirmation": _address, "property_declaration_form": _declaration,
        "settlement_agreement": _settlement, "payment_voucher": _voucher,
    }[code](c, rng, served)


def _who(c: CaseCtx, side: str) -> list[str]:
    p = c.applicant if side == "a" else c.respondent
    role = "申请执行人" if side == "a" else "被执行人"
    if p.kind == "organisation":
        return [f"{role}：{p.name}", f"统一社会信用代码：{p.id_number}", f"住所地：{p.address}",
                f"法定代表人：{p.legal_rep}　联系电话：{p.phone}"]
    return [f"{role}：{p.name}，{p.sex}，{p.born:%Y年%m月%d日}出生，汉族", f"公民身份号码：{p.id_number}",
            f"住址：{p.address}　电话：{p.phone}"]


def _typed(blocks: list[tuple[str, str]], *, fam: str = "sans", size: int = 38, lh: int = 70, x0: int = X0,
           y: float = mm(26), head: str = "", head_font: str = "sans_bold") -> tuple[list[Sheet], float]:
    s = Sheet()
    sheets = [s]
    if head:
        s.centred(y, head, font(head_font, 62))
        y += 120

    def more() -> tuple[Sheet, float]:
        n = Sheet()
        sheets.append(n)
        return n, mm(26)

    f = font(fam, size)
    y = flow(s, blocks, f, x0=x0, width=s.width - 2 * x0, y=y, line_height=lh, indent=size * 2,
             bottom=s.height - mm(26), more=more)
    return sheets, y


def _numbered(sheets: list[Sheet]) -> list[Sheet]:
    for i, s in enumerate(sheets, 1):
        if len(sheets) > 1:
            s.centred(s.height - mm(16), f"- {i} -", font("sans", 28))
            if i > 1:
                s.page_of = (i, len(sheets))
    return sheets


def _application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    kind = "仲裁裁决书" if c.extra["tale"] == "salt" else "民事判决书"
    blocks = [("f", x) for x in _who(c, "a")] + [("f", f"委托代理人：{c.agent}，{c.firm}律师")]
    blocks += [("f", x) for x in _who(c, "r")]
    blocks += [("f", "执行请求："),
               ("p", f"1. 请求依法强制执行被执行人支付{money(c.amount)}；"),
               ("p", "2. 请求判令被执行人加倍支付迟延履行期间的债务利息；"),
               ("p", "3. 本案申请执行费由被执行人负担。"),
               ("f", "事实与理由："),
               ("p", f"申请人与被执行人{c.extra['cause']}一案，经{c.basis_court}作出{c.basis_number}{kind}，该文书已于"
                     f"{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行生效法律文书确定的义务。为维护申请人的合法"
                     f"权益，根据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
               ("f", "此致"), ("f", COURT)]
    sheets, y = _typed(blocks, head="强制执行申请书")
    s = sheets[-1]
    if y + 200 > s.height - mm(26):
        s = Sheet()
        sheets.append(s)
        y = mm(30)
    s.text(s.width - mm(95), y + 40, "申请人：", font("sans", 38))
    signature(s, s.width - mm(70), y + 26, a.name if a.kind == "person" else a.legal_rep, rng, ink=INK)
    hand(s, s.width - mm(80), y + 120, num_date(c.filed_on - timedelta(days=1)), rng, size=38, ink=INK)
    return _numbered(sheets)


def _basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if c.extra["tale"] == "salt":
        return _award(c, rng)
    made = c.basis_effective - timedelta(days=rng.randint(18, 30))
    if c.extra["tale"] == "crayfish":
        story = (f"{a.name}系盱眙小龙虾经营户。{rng.randint(2021, 2022)}年4月至9月，{r.name}陆续向{a.name}采购盱眙小龙虾共计"
                 f"{c.extra['kg']}公斤，用于其所经营的淮扬菜酒楼，双方约定每月月底结算。经对账，{r.name}尚欠货款{c.amount:,.2f}元，"
                 f"经{a.name}多次催要未果，遂成讼。")
        order = [f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元；",
                 "二、驳回原告的其他诉讼请求。"]
    else:
        story = (f"{r.name}系{c.extra['ship']}号货船（{c.extra['tons']}吨级，常年在京杭运河淮安至扬州段运输黄沙）船主。"
                 f"{r.name}因购置船舶发动机向{a.name}借款，出具借条一份，载明借款{c.amount:,.2f}元，约定一年内归还。借款到期后，"
                 f"{r.name}未归还，{a.name}诉至本院。")
        order = [f"一、被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{c.amount:,.2f}元及利息（以本金为基数，按全国"
                 "银行间同业拆借中心公布的一年期贷款市场报价利率，自起诉之日起计算至实际给付之日止）；",
                 "二、驳回原告的其他诉讼请求。"]
    blocks = [("r", c.basis_number),
              ("f", f"原告：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，汉族，住{a.address}。" if a.born else f"原告：{a.name}。"),
              ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
              ("f", f"被告：{r.name}，住所地{r.address}。" if r.kind == "organisation"
               else f"被告：{r.name}，{r.sex}，住{r.address}。")]
    if r.kind == "organisation":
        blocks.append(("f", f"法定代表人：{r.legal_rep}，该公司总经理。"))
    blocks += [("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{num_date(made - timedelta(days=70))}立案后，"
                     "依法适用简易程序，公开开庭进行了审理。原告及其委托诉讼代理人到庭参加诉讼，被告经传票传唤未到庭。本案现已审理终结。"),
               ("p", f"原告向本院提出诉讼请求：判令被告支付{c.amount:,.2f}元及利息。"),
               ("p", "本院经审理认定事实如下：" + story),
               ("p", "本院认为，合法的债权债务关系受法律保护。被告未按约履行付款义务，应承担相应民事责任。依照《中华人民共和国"
                     "民法典》第五百零九条、第五百七十七条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下："),
               *[("p", o) for o in order],
               ("p", f"案件受理费{int(c.amount) // 100 + 50}元，减半收取，由被告负担。"),
               ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于江苏省"
                     "淮安市中级人民法院。")]
    s0 = Sheet()
    s0.centred(mm(24), COURT, font("serif_bold", 58), spacing=3)
    s0.centred(mm(24) + 100, "民 事 判 决 书", font("serif_bold", 72), spacing=14)
    sheets = [s0]

    def more() -> tuple[Sheet, float]:
        n = Sheet()
        sheets.append(n)
        return n, mm(25)

    f = font("ming", 40)
    y = flow(s0, blocks, f, x0=mm(28), width=s0.width - mm(52), y=mm(24) + 220, line_height=74, indent=80,
             bottom=s0.height - mm(28), more=more)
    s = sheets[-1]
    if y + 420 > s.height - mm(28):
        s, y = more()
    for i, (role, name) in enumerate([("审 判 员", c.judge), ("书 记 员", person_name_of(c))]):
        s.text(s.width - mm(90), y + 60 + i * 200, role, f)
        s.text(s.width - mm(55), y + 60 + i * 200, name, f)
    s.right(s.width - mm(24), y + 160, cn_date(made), f)
    seal(s, s.width - mm(60), y + 160, COURT, rng)
    for i, x in enumerate(sheets, 1):
        x.centred(x.height - mm(18), f"第{i}页（共{len(sheets)}页）", font("ming", 28))
        if i > 1:
            x.page_of = (i, len(sheets))
    return sheets


def person_name_of(c: CaseCtx) -> str:
    return str(c.extra.setdefault("civil_clerk", "孙" + "晓雯"))


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    made = c.basis_effective - timedelta(days=rng.randint(16, 25))
    body = "淮安市劳动人事争议仲裁委员会"
    s0 = Sheet()
    s0.centred(mm(26), body, font("hei", 58))
    s0.centred(mm(26) + 100, "仲 裁 裁 决 书", font("hei", 74), spacing=8)
    s0.right(s0.width - mm(26), mm(26) + 210, c.basis_number, font("song_gb", 38))
    s0.line(mm(26), mm(26) + 265, s0.width - mm(26), mm(26) + 265, width=2, fill=(200, 30, 30))
    blocks = [("f", f"申请人：{a.name}，{a.sex}，身份证号{a.id_number}，住{a.address}。"),
              ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
              ("p", f"申请人与被申请人劳动争议一案，本委于{num_date(made - timedelta(days=45))}受理，依法组成仲裁庭开庭审理，"
                    "申请人到庭，被申请人经书面通知无正当理由未到庭，本委依法缺席审理。本案现已审理终结。"),
              ("p", f"申请人称：其于{rng.randint(2016, 2020)}年进入被申请人处从事制盐车间操作工作，被申请人自2023年起拖欠工资"
                    f"{c.extra['months']}个月，请求裁决被申请人支付拖欠工资及经济补偿。"),
              ("p", "经审理查明：申请人在被申请人处工作，双方签订书面劳动合同。被申请人因盐硝市场低迷停产，未足额支付申请人"
                    f"{c.extra['months']}个月工资，有工资条、考勤记录及证人证言为证。"),
              ("p", "本委认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。根据《中华人民共和国劳动合同法》"
                    "第三十条、第四十六条之规定，裁决如下："),
              ("p", f"被申请人{r.name}于本裁决书生效之日起十日内支付申请人{a.name}拖欠工资及经济补偿金合计{c.amount:,.2f}元。"),
              ("p", "本裁决为终局裁决，自作出之日起发生法律效力。用人单位有证据证明本裁决有法定情形之一的，可以自收到本裁决书之日起"
                    "三十日内向淮安市中级人民法院申请撤销裁决。")]
    sheets = [s0]

    def more() -> tuple[Sheet, float]:
        n = Sheet()
        sheets.append(n)
        return n, mm(26)

    f = font("song_gb", 40)
    y = flow(s0, blocks, f, x0=mm(26), width=s0.width - mm(52), y=mm(26) + 300, line_height=72, indent=80,
             bottom=s0.height - mm(28), more=more)
    s = sheets[-1]
    if y + 380 > s.height - mm(28):
        s, y = more()
    s.text(s.width - mm(100), y + 50, f"仲裁员：{rng.choice(['周', '陆', '蒋'])}{rng.choice(['建华', '立新', '海燕'])}", f)
    s.right(s.width - mm(26), y + 170, cn_date(made), f)
    seal(s, s.width - mm(62), y + 170, body, rng)
    s.text(mm(26), y + 280, f"书记员：{rng.choice(['朱', '丁'])}{rng.choice(['敏', '佳'])}", f)
    for i, x in enumerate(sheets, 1):
        if len(sheets) > 1:
            x.right(x.width - mm(26), x.height - mm(16), f"{i}/{len(sheets)}", font("sans", 26))
            if i > 1:
                x.page_of = (i, len(sheets))
    return sheets


def _effect(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    award = c.extra["tale"] == "salt"
    maker = "淮安市劳动人事争议仲裁委员会" if award else COURT
    if award:  # the committee's slip: hei, a red rule, its own wording
        s.centred(mm(36), maker, font("hei", 54))
        s.line(mm(30), mm(36) + 90, s.width - mm(30), mm(36) + 90, width=4, fill=(200, 30, 30))
        s.centred(mm(36) + 130, "仲裁裁决书生效证明", font("hei", 64))
        paras = [("f", f"{COURT}："),
                 ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委于{num_date(c.basis_effective - timedelta(days=20))}"
                       f"作出{c.basis_number}仲裁裁决书，该裁决为终局裁决，双方当事人已签收。用人单位在法定期限内未向淮安市中级"
                       f"人民法院申请撤销，该裁决书已于{num_date(c.basis_effective)}发生法律效力。"),
                 ("p", "特此证明。")]
        f = font("song_gb", 42)
    else:
        s.centred(mm(40), COURT, font("serif_bold", 56), spacing=3)
        s.centred(mm(40) + 110, "生效证明书", font("serif_bold", 72), spacing=20)
        paras = [("f", f"{c.applicant.name}："),
                 ("p", f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案的民事判决书，"
                       f"已于{cn_date(c.basis_effective)}发生法律效力。"),
                 ("p", "特此证明。")]
        f = font("ming", 42)
    y = flow(s, paras, f, x0=mm(30), width=s.width - mm(60), y=mm(40) + 280, line_height=80, indent=84)
    when = c.basis_effective + timedelta(days=rng.randint(6, 20))
    s.right(s.width - mm(30), y + 160, cn_date(when) if not award else num_date(when), f)
    seal(s, s.width - mm(66), y + 150, maker, rng)
    return [s]


def _handform(title: str, rows: list[list[str]], fills: dict[int, str], c: CaseCtx, rng: random.Random, *,
              heights: list[int] | None = None, note: str = "", ink: tuple[int, int, int] = BLUE_INK,
              left_w: int = mm(46)) -> tuple[Sheet, float]:
    """A printed window form in hei with a ballpoint fill in the right-hand cells."""
    s = Sheet()
    s.centred(mm(28), title, font("hei", 58), spacing=6)
    s.centred(mm(28) + 84, COURT, font("hei", 30))
    hs = heights or [100] * len(rows)
    y0 = mm(28) + 150
    w = s.width - 2 * mm(22)
    table(s, mm(22), y0, [left_w, w - left_w], rows, font("hei", 32), row_h=hs, width=2, centre_first=True)
    y = y0
    for i, h in enumerate(hs):
        if i in fills:
            x = mm(22) + left_w + 16
            lines = wrap(fills[i], font("kai", 38), w - left_w - 40)
            for k, part in enumerate(lines[:3]):
                hand(s, x, y + 14 + k * 48, part, rng, size=38, ink=ink)
        y += h
    if note:
        flow(s, [("f", note)], font("hei", 26), x0=mm(22), width=w, y=y + 20, line_height=40, indent=0)
    return s, y + 140


def _clues(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    clue = {"crayfish": f"{c.extra.get('r_bank', '')}账户{c.extra.get('r_acct', '')}；酒楼门面租赁押金",
            "salt": "厂区设备（已抵押）；园区管委会应付补贴款", "barge": f"{c.extra.get('ship', '')}号货船一艘，常泊淮安港"}
    rows = [["被执行人", ""], ["证件号码", ""], ["银行存款", ""], ["不动产", ""], ["车辆/船舶", ""], ["其他财产", ""],
            ["提供人", ""]]
    fills = {0: r.name, 1: r.id_number, 2: clue[c.extra["tale"]] if c.extra["tale"] == "crayfish" else "不详",
             3: "不详", 4: clue["barge"] if c.extra["tale"] == "barge" else "无", 5: clue["salt"]
             if c.extra["tale"] == "salt" else "无", 6: f"{c.agent}　{num_date(c.filed_on)}"}
    s, _ = _handform("被执行人财产线索表", rows, fills, c, rng, heights=[100, 100, 160, 120, 140, 160, 100],
                     note="注：申请执行人应如实提供财产线索，提供虚假线索的，依法承担相应责任。")
    return [s]


def _fee(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """A 江苏省 non-tax receipt: the third (carbon) copy, its print and fill both faint blue."""
    s = Sheet(size=(Sheet().width, Sheet().height // 2 + mm(20)))
    s.centred(mm(14), "江苏省非税收入一般缴款书（收据）", font("song_gb", 50), fill=FAINT)
    day = c.filed_on
    s.text(mm(18), mm(14) + 90, f"票据号码：3208{rng.randint(10**9, 10**10 - 1)}", font("sans", 28), fill=FAINT)
    s.text(s.width - mm(90), mm(14) + 90, f"填制日期：{day:%Y年%m月%d日}", font("sans", 28), fill=FAINT)
    rows = [["缴款人", c.applicant.name, "执收单位", COURT],
            ["项目名称", "申请执行费", "案号", c.number],
            ["金额（大写）", money_caps(Decimal(c.extra["fee"])), "（小写）", f"¥{c.extra['fee']:.2f}"],
            ["备注", "收款人：" + ("财务" + c.clerk[0])]]
    w = s.width - mm(36)
    table(s, mm(18), mm(14) + 150, [mm(38), mm(68), mm(30), w - mm(136)], rows, font("song_gb", 30), row_h=110,
          width=2, fill=FAINT)
    s.text(mm(18), s.height - mm(14), "第三联　收据联（交缴款人）", font("sans", 26), fill=FAINT)
    seal(s, s.width - mm(60), s.height - mm(40), "淮安市清江浦区人民法院财务专用章", rng, radius=mm(17))
    return [s]


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if served and served[0] == "respondent" else c.applicant
    s = Sheet()
    if p.kind == "organisation":
        x0, y0 = mm(30), mm(30)
        s.box(x0, y0, s.width - x0, mm(200), width=8, outline=(180, 140, 60))
        s.centred(y0 + 60, "营 业 执 照", font("serif_bold", 84), spacing=10)
        s.centred(y0 + 170, "（副　本）", font("serif", 36))
        f = font("serif", 34)
        lines = [f"统一社会信用代码　{p.id_number}", f"名　　称　{p.name}", "类　　型　有限责任公司（自然人投资或控股）",
                 f"法定代表人　{p.legal_rep}", "注册资本　伍佰万元整", f"住　　所　{p.address}",
                 "经营范围　" + ("餐饮服务；食品销售" if "餐饮" in p.name else "工业盐、元明粉生产、销售")]
        y = y0 + 270
        for ln in lines:
            s.text(x0 + 60, y, ln, f)
            y += 70
        s.text(s.width - mm(110), mm(170), "登记机关　淮安市清江浦区市场监督管理局", font("serif", 28))
        seal(s, s.width - mm(70), mm(170), "淮安市清江浦区市场监督管理局", rng, radius=mm(18))
        hand(s, mm(40), mm(215), f"与原件核对一致　{c.agent}", rng, size=40, ink=BLUE_INK)
        return [s]
    # a photocopy of both sides of the resident card, side by side down the page
    w, h = mm(86), mm(54)
    x = (s.width - w) // 2
    y = mm(40)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=24, outline=(90, 90, 90), width=3, fill=(232, 232, 232))
    f = font("hei", 26)
    born = p.born or date(1980, 1, 1)
    for i, ln in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{born.year}年{born.month}月{born.day}日"]):
        s.text(x + 30, y + 30 + i * 52, ln, f)
    for i, part in enumerate(wrap(f"住址　{p.address}", f, w - 250)):
        s.text(x + 30, y + 190 + i * 40, part, f)
    s.draw.rectangle((x + w - 200, y + 40, x + w - 30, y + 250), fill=(170, 170, 170))
    s.text(x + 30, y + h - 60, f"公民身份号码　{p.id_number}", font("sans_bold", 28))
    y2 = y + h + mm(12)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=24, outline=(90, 90, 90), width=3, fill=(236, 236, 236))
    s.centred(y2 + 60, "中华人民共和国", font("hei", 40), x0=x, x1=x + w)
    s.centred(y2 + 120, "居民身份证", font("hei", 56), x0=x, x1=x + w)
    s.text(x + 40, y2 + h - 110, "签发机关　淮安市公安局清江浦分局", f)
    s.text(x + 40, y2 + h - 62, f"有效期限　{born.year + 40}.{born.month:02d}.{born.day:02d}-长期", f)
    hand(s, x, y2 + h + mm(16), "此复印件与原件一致", rng, size=42, ink=INK)
    signature(s, x + mm(60), y2 + h + mm(28), p.name, rng)
    return [s]


def _poa(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    blocks = [("f", f"委托人：{a.name}　身份证号：{a.id_number}"), ("f", f"受托人：{c.agent}　{c.firm}律师"),
              ("f", f"联系电话：{c.agent_phone}"),
              ("p", f"现委托{c.agent}在我与{c.respondent.name}{c.extra['cause']}执行一案中，作为我的委托代理人。"),
              ("f", "代理权限为：特别授权，包括代为申请执行、提供财产线索、参与执行和解、代为签收法律文书、代为领取执行款。"),
              ("f", "委托期限：自签订之日起至本案执行终结止。")]
    sheets, y = _typed(blocks, fam="hei", size=40, lh=80, head="授 权 委 托 书", head_font="hei")
    s = sheets[-1]
    s.text(mm(100), y + 80, "委托人：", font("hei", 40))
    signature(s, mm(135), y + 64, a.name, rng, ink=INK)
    s.draw.ellipse((mm(160), y + 70, mm(160) + 36, y + 116), fill=(200, 40, 40))  # thumb-print
    s.text(mm(100), y + 180, "受托人：", font("hei", 40))
    signature(s, mm(135), y + 164, c.agent, rng, ink=INK)
    hand(s, mm(110), y + 280, num_date(c.filed_on - timedelta(days=2)), rng, size=40, ink=INK)
    return sheets


def _firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), c.firm, font("hei", 60), fill=(190, 30, 30))
    s.line(mm(22), mm(22) + 92, s.width - mm(22), mm(22) + 92, width=5, fill=(190, 30, 30))
    s.centred(mm(22) + 130, "律 师 事 务 所 函", font("hei", 58))
    s.right(s.width - mm(26), mm(22) + 220, f"（{c.filed_on.year}）淮清律执字第{rng.randint(10, 300)}号", font("sans", 34))
    f = font("sans", 38)
    y = flow(s, [("f", f"{COURT}："),
                 ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师作为其与{c.respondent.name}{c.extra['cause']}执行"
                       "一案的委托代理人。特此函告。"),
                 ("f", "附：授权委托书一份"),
                 ("f", f"律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}"),
                 ("f", f"本所地址：{c.extra['firm_addr']}")], f, x0=mm(26), width=s.width - mm(52),
             y=mm(22) + 310, line_height=74, indent=76)
    s.right(s.width - mm(30), y + 120, f"{c.filed_on.year}年{c.filed_on.month}月{max(1, c.filed_on.day - 1)}日", f)
    seal(s, s.width - mm(60), y + 110, c.firm, rng)
    return [s]


def _licence(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    x, y = mm(40), mm(40)
    w, h = s.width - 2 * x, mm(110)
    s.box(x, y, x + w, y + h, width=3, outline=(80, 80, 80))
    s.centred(y + 40, "中华人民共和国律师执业证", font("serif_bold", 52), x0=x, x1=x + w)
    s.draw.rectangle((x + 40, y + 150, x + 300, y + 480), fill=(185, 185, 185))
    f = font("serif", 34)
    for i, ln in enumerate([f"姓　　名　{c.agent}", f"执业机构　{c.firm}", f"执业证号　{c.extra['licence']}",
                            "执业证类别　专职律师", "发证机关　江苏省司法厅", f"发证日期　{rng.randint(2012, 2020)}年6月1日"]):
        s.text(x + 340, y + 160 + i * 64, ln, f)
    seal(s, x + w - mm(40), y + h - mm(30), "江苏省司法厅", rng, radius=mm(18))
    s.text(x, y + h + mm(20), f"律师年度考核备案：{c.filed_on.year - 1}年度　称职", font("serif", 32))
    hand(s, x, y + h + mm(40), "复印件与原件相符", rng, size=40)
    return [s]


def _account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    rows = [["案号", ""], ["申请执行人", ""], ["收款户名", ""], ["开户银行", ""], ["账号", ""], ["联系电话", ""],
            ["申请人签名", ""]]
    fills = {0: c.number, 1: a.name, 2: a.name, 3: c.extra["in_bank"], 4: c.extra["in_acct"], 5: a.phone}
    s, y = _handform("申请执行人收取执行款账户确认书", rows, fills, c, rng,
                     note="本人确认以上账户信息真实准确，执行款汇入该账户即视为本人已收到。因账户信息错误造成的损失由本人承担。")
    signature(s, mm(22) + mm(52), y - 240, a.name, rng)
    hand(s, mm(130), y - 230, num_date(c.filed_on), rng, size=36)
    return [s]


def _address(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    rows = [["案号", ""], ["受送达人", ""], ["送达地址", ""], ["收件人", ""], ["电话", ""], ["电子送达", ""],
            ["确认人", ""]]
    fills = {0: c.number, 1: a.name, 2: a.address, 3: c.agent, 4: c.agent_phone, 5: "同意短信及江苏法院电子送达平台送达"}
    s, y = _handform("送达地址确认书", rows, fills, c, rng, heights=[100, 100, 160, 100, 100, 130, 120],
                     note="告知：1. 受送达人应如实提供送达地址；2. 地址变更应及时书面告知法院；3. 因地址不准确导致文书未能"
                          "被实际接收的，文书退回之日视为送达之日。")
    signature(s, mm(22) + mm(52), y - 250, c.agent, rng)
    hand(s, mm(130), y - 240, num_date(c.filed_on), rng, size=36)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    t = c.extra["tale"]
    rows = [["被执行人", ""], ["证件号码", ""], ["银行存款", ""], ["房产", ""], ["车辆、船舶", ""], ["应收款", ""],
            ["收入情况", ""], ["申报人签名", ""]]
    fills = {0: r.name, 1: r.id_number,
             2: {"crayfish": "农行清江浦支行基本户，余额约四十多万", "salt": "账户均被冻结，无余额", "barge": "邮储卡一张，几千元"}[t],
             3: "无" if t != "barge" else "淮安区河下镇自建房一处（与父母共有）",
             4: {"crayfish": "无", "salt": "无（叉车已抵押）", "barge": f"{c.extra.get('ship', '')}号货船一艘"}[t],
             5: "外卖平台结算款" if t == "crayfish" else "无", 6: "停产无收入" if t == "salt" else "经营收入不固定"}
    s, y = _handform("财产申报表", rows, fills, c, rng, heights=[100, 100, 130, 120, 130, 110, 110, 130],
                     note="申报人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。")
    signature(s, mm(22) + mm(52), y - 250, r.legal_rep or r.name, rng)
    hand(s, mm(150), y - 240, num_date(_day(c, "property_declaration_form")), rng, size=36)
    hand(s, mm(24), y + 40, "附：银行流水另附", rng, size=34, ink=PENCIL)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    pay = c.extra["pay_day"]
    blocks = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
              ("p", f"甲乙双方就{c.number}执行一案，经协商自愿达成和解协议如下："),
              ("f", f"一、乙方于{num_date(pay)}前一次性向甲方支付{money(c.amount)}，汇入甲方账户（{c.extra['in_bank']}，"
                    f"账号{c.extra['in_acct']}）；"),
              ("f", "二、甲方放弃迟延履行期间的债务利息；申请执行费由乙方负担；"),
              ("f", "三、乙方按期足额付款后，本案执行完毕；乙方逾期不付的，甲方可申请恢复执行原生效法律文书；"),
              ("f", "四、本协议一式三份，甲乙双方各执一份，交法院一份。")]
    sheets, y = _typed(blocks, fam="serif", size=40, lh=78, head="执行和解协议", head_font="serif_bold")
    s = sheets[-1]
    f = font("serif", 38)
    s.text(mm(24), y + 60, "甲方（签字）：", f)
    signature(s, mm(80), y + 44, a.name, rng)
    s.text(mm(110), y + 60, "乙方（签字/盖章）：", f)
    signature(s, mm(170), y + 44, r.legal_rep or r.name, rng)
    if r.kind == "organisation":
        seal(s, mm(165), y + 70, r.name, rng, radius=mm(19))
    hand(s, mm(110), y + 180, num_date(_day(c, "settlement_agreement")), rng, size=38, ink=INK)
    return sheets


def _voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """A bank's dot-matrix 转账回单, the ribbon worn: light grey type on a green-tinted slip."""
    s = Sheet(size=(Sheet().width, mm(120)), paper=(238, 246, 236))
    bank = c.extra.get("r_bank") or "淮安农村商业银行淮安区支行"
    grey = (95, 95, 95)
    s.centred(mm(8), f"{bank[:bank.index('银行') + 2]}　客户回单", font("hei", 44), fill=(60, 110, 70))
    m = font("mono", 30)
    pay = c.extra["pay_day"]
    lines = [f"交易日期：{pay:%Y%m%d}　　流水号：{rng.randint(10**11, 10**12 - 1)}",
             f"付款人：{c.respondent.name}", f"付款账号：{c.extra.get('r_acct') or ('6217' + str(rng.randint(10**11, 10**12)))}",
             f"收款人：{c.applicant.name}", f"收款账号：{c.extra['in_acct']}　开户行：{c.extra['in_bank']}",
             f"金额：CNY{c.amount:,.2f}　大写：{money_caps(c.amount)}", f"用途：{c.number}执行款"]
    y = mm(8) + 80
    for ln in lines:
        s.text(mm(16), y, ln, m, fill=grey)
        y += 52
    seal(s, s.width - mm(50), mm(90), f"{bank}业务专用章"[:16], rng, radius=mm(15))
    return [s]
