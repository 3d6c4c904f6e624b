"""What 古塔法院 receives, each in its maker's hand: the court's civil tribunal and the 劳动人事争议仲裁委员会 in their
own heads, 锦州 law firms' typed applications (Hei headings, Song text), window forms filled in ballpoint, a bank's
narrow receipt, the 网络查控 system's printout, copies of ID cards and licences."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, INK, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
X0, X1 = mm(25), mm(185)


def _party(p: Party, role: str) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地：{p.address}，统一社会信用代码：{p.id_number}，法定代表人：{p.legal_rep}。"
    return f"{role}：{p.name}，{p.sex}，公民身份号码：{p.id_number}，住址：{p.address}，电话：{p.phone}。"


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str] | None = None) -> list[Sheet]:
    if code == "identity_proof":
        return _identity(c, rng, c.respondent if served == ["respondent"] else c.applicant)
    fn = {"enforcement_application": _application, "enforcement_basis": _basis, "effectiveness_certificate": _effective,
          "power_of_attorney": _attorney, "law_firm_letter": _firm_letter, "lawyer_license": _licence,
          "fee_receipt": _fee, "online_inquiry_result": _inquiry,
          "settlement_agreement": _settlement, "payment_voucher": _voucher}.get(code)
    if fn is not None:
        return fn(c, rng)
    return _window_form(code, c, rng)


def _typed(title: str, blocks: list[tuple[str, str]], *, tf: str = "sans_bold", bf: str = "serif", size: int = 40,
           lh: int = 70) -> tuple[list[Sheet], float]:
    sheets = [Sheet()]
    sheets[0].centred(mm(30), title, font(tf, 62), spacing=12)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(25))

    y = flow(sheets[0], blocks, font(bf, size), x0=X0, width=X1 - X0, y=mm(52), line_height=lh, indent=size * 2,
             bottom=mm(265), more=more)
    if len(sheets) > 1:
        for i, s in enumerate(sheets, 1):
            s.page_of = (i, len(sheets))
            s.centred(mm(283), f"- {i} -", font(bf, 28))
    return sheets, y


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    doc = "仲裁裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    blocks = [("f", _party(a, "申请执行人")), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}。"),
              ("f", _party(r, "被执行人")), ("h", "执行请求："),
              ("p", f"一、请求强制执行被执行人给付申请执行人{money(c.amount)}；"),
              ("p", "二、请求被执行人加倍支付迟延履行期间的债务利息；"), ("p", "三、本案执行费用由被执行人承担。"),
              ("h", "事实与理由："),
              ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{c.basis_court}作出{c.basis_number}{doc}，该文书已于"
                    f"{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行义务，为维护申请执行人合法权益，特依据"
                    "《中华人民共和国民事诉讼法》第二百四十七条之规定，向贵院申请强制执行。"),
              ("f", "此致"), ("f", "锦州市古塔区人民法院")]
    sheets, y = _typed("强制执行申请书", blocks)
    s = sheets[-1]
    s.text(mm(110), y + 30, "申请执行人：", font("serif", 40))
    if a.kind == "organisation":
        seal(s, mm(160), y + 50, a.name, rng, radius=mm(19))
    else:
        signature(s, mm(145), y + 10, a.name, rng)
    s.text(mm(120), y + 110, num_date(c.filed_on - timedelta(days=1)), font("serif", 40))
    return sheets


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if c.basis_kind == "arbitration":
        s1 = Sheet()
        s1.centred(mm(28), c.basis_court, font("song_gb", 60), spacing=3)
        s1.centred(mm(45), "裁　决　书", font("song_gb", 72), spacing=8)
        s1.right(X1, mm(62), c.basis_number, font("song_gb", 38))
        months = c.extra.get("months", 8)
        blocks = [("f", _party(a, "申请人")), ("f", _party(r, "被申请人")),
                  ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于2023年受理后，依法组成仲裁庭公开开庭进行了审理。"
                        "被申请人经书面通知，无正当理由未到庭参加仲裁活动，本委依法缺席审理。本案现已审理终结。"),
                  ("p", f"申请人称：申请人自2011年起在被申请人处从事设备维修工作，被申请人自2022年起停产，拖欠申请人工资{months}个月，"
                        "并于2023年解除劳动关系，未支付经济补偿金。"),
                  ("p", "经审理查明：申请人所述事实有劳动合同、工资表、考勤记录及同事证言为证，本委予以确认。"),
                  ("p", "本委认为：用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。依照《中华人民共和国劳动合同法》"
                        "第三十条、第四十六条、第四十七条之规定，裁决如下："),
                  ("p", f"被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}拖欠工资及经济补偿金共计{money(c.amount)}。"),
                  ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
        sheets = [s1]

        def more() -> tuple[Sheet, float]:
            sheets.append(Sheet())
            return sheets[-1], float(mm(25))
        y = flow(s1, blocks, font("song_gb", 40), x0=X0, width=X1 - X0, y=mm(74), line_height=68, indent=80,
                 bottom=mm(262), more=more)
        s = sheets[-1]
        if y > mm(225):
            s, y = more()
        for k, t in enumerate([f"仲裁员　{c.extra.setdefault('arb', '高振华')}", f"{cn_date(c.basis_effective - timedelta(days=15))}",
                               "书记员　李晓东"]):
            s.right(X1, y + 30 + k * 70, t, font("song_gb", 40))
        seal(s, X1 - mm(30), y + 110, "锦州市劳动人事争议仲裁委员会", rng, radius=mm(20))
    else:
        s1 = Sheet()
        s1.centred(mm(28), "辽宁省锦州市古塔区人民法院", font("serif_bold", 60), spacing=3)
        s1.centred(mm(45), "民 事 判 决 书", font("serif_bold", 72), spacing=6)
        s1.right(X1, mm(62), c.basis_number, font("serif", 38))
        if c.extra["tale"] == "sea":
            facts = (f"原告向被告供应{c.extra['goods']}，被告收货后出具对账单，确认尚欠货款，经原告多次催要未付。")
        else:
            facts = (f"原告在{c.extra['market']}向被告购买{c.extra['car']}二手轿车一辆（车牌号{c.extra['plate']}），被告承诺"
                     "车辆无事故、里程真实。原告提车后经检测，该车实际行驶里程远高于表显里程，被告构成欺诈。")
        blocks = [("f", _party(a, "原告")), ("f", _party(r, "被告")),
                  ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"
                        "本案现已审理终结。"),
                  ("p", f"本院经审理认定事实如下：{facts}"),
                  ("p", "本院认为，当事人应当按照约定全面履行自己的义务。被告未履行合同义务，应承担相应的民事责任。依照《中华人民共和国"
                        "民法典》第五百零九条、第五百七十七条之规定，判决如下："),
                  ("p", f"被告{r.name}于本判决生效之日起十日内给付原告{a.name}{money(c.amount)}。"),
                  ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                        "迟延履行期间的债务利息。"),
                  ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于辽宁省锦州市中级人民法院。")]
        sheets = [s1]

        def more2() -> tuple[Sheet, float]:
            sheets.append(Sheet())
            return sheets[-1], float(mm(25))
        y = flow(s1, blocks, font("serif", 40), x0=X0, width=X1 - X0, y=mm(74), line_height=68, indent=80,
                 bottom=mm(262), more=more2)
        s = sheets[-1]
        if y > mm(225):
            s, y = more2()
        judge = "王立新"
        for k, t in enumerate([f"审判员　{judge}", cn_date(c.basis_effective - timedelta(days=20)), "书记员　张海燕"]):
            s.right(X1, y + 30 + k * 70, t, font("serif", 40))
        seal(s, X1 - mm(30), y + 110, "辽宁省锦州市古塔区人民法院", rng, radius=mm(20))
        s.text(X0, y + 260, "本件与原本核对无异", font("serif", 34))
    for i, s in enumerate(sheets, 1):
        if len(sheets) > 1:
            s.page_of = (i, len(sheets))
            s.centred(mm(284), f"第 {i} 页", font("serif", 28))
    return sheets


def _effective(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    maker = c.basis_court
    doc = "仲裁裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    s.centred(mm(35), maker, font("serif_bold", 56), spacing=3)
    s.centred(mm(55), "生 效 证 明 书", font("serif_bold", 70), spacing=6)
    blocks = [("f", f"{c.applicant.name}："),
              ("p", f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，{maker}于"
                    f"{num_date(c.basis_effective - timedelta(days=15))}作出的{c.basis_number}{doc}，已于"
                    f"{num_date(c.basis_effective)}发生法律效力。"), ("p", "特此证明。")]
    y = flow(s, blocks, font("serif", 42), x0=X0, width=X1 - X0, y=mm(80), line_height=74, indent=84)
    s.right(X1, y + 120, cn_date(c.basis_effective + timedelta(days=9)), font("serif", 42))
    seal(s, X1 - mm(32), y + 120, maker.removeprefix("辽宁省"), rng, radius=mm(20))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(28), "授 权 委 托 书", font("hei", 64), spacing=10)
    f = font("serif", 38)
    rows = [["委托人", a.name], ["受托人", f"{c.agent}，{c.firm}律师，电话{c.agent_phone}"],
            ["委托事项", f"代理委托人申请执行{c.respondent.name}{c.extra['cause']}一案"],
            ["代理权限", "特别授权：代为申请执行、提供财产线索、参与和解、代为签收法律文书、代为领取执行款"],
            ["委托期限", "自签署之日起至本案执行终结"]]
    y = table(s, X0, mm(50), [mm(40), X1 - X0 - mm(40)], rows, f, row_h=[100, 110, 140, 200, 100], centre_first=True)
    s.text(X0 + mm(80), y + 80, "委托人（签名/盖章）：", f)
    if a.kind == "organisation":
        seal(s, X0 + mm(140), y + 100, a.name, rng, radius=mm(19))
    else:
        signature(s, X0 + mm(130), y + 60, a.name, rng)
        s.text(X0 + mm(80), y + 160, "（按捺指印）", font("serif", 30))
    hand(s, X0 + mm(80), y + 230, num_date(c.filed_on - timedelta(days=2)), rng, size=40)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(24), c.firm, font("sans_bold", 60), spacing=8, fill=(170, 20, 20))
    s.line(X0, mm(36), X1, mm(36), width=5, fill=(170, 20, 20))
    s.centred(mm(44), "律 师 事 务 所 函", font("sans_bold", 56), spacing=6)
    s.right(X1, mm(58), f"辽锦律执字〔{c.filed_on.year}〕第{rng.randint(10, 199)}号", font("sans", 34))
    blocks = [("f", "锦州市古塔区人民法院："),
              ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师作为其与{c.respondent.name}{c.extra['cause']}执行一案"
                    "的委托代理人，参与执行程序。"), ("p", "特此函告。"),
              ("f", "附：授权委托书一份；律师执业证复印件一份。"), ("r", c.firm),
              ("r", num_date(c.filed_on - timedelta(days=1)))]
    y = flow(s, blocks, font("serif", 40), x0=X0, width=X1 - X0, y=mm(72), line_height=72, indent=80)
    seal(s, X1 - mm(35), y - 100, c.firm, rng, radius=mm(20))
    s.text(X0, mm(270), f"地址：{c.extra['firm_addr']}　电话：0416-{rng.randint(2100000, 3199999)}", font("sans", 28))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), "律师执业证（复印件）", font("sans", 40))
    x, y, w, h = mm(35), mm(40), mm(140), mm(95)
    s.box(x, y, x + w, y + h, width=3, outline=(60, 60, 60))
    s.draw.rectangle((x + mm(6), y + mm(12), x + mm(36), y + mm(52)), fill=(170, 170, 175))
    f = font("sans", 34)
    rows = [f"姓　　名：{c.agent}", f"执业机构：{c.firm}", f"执业证号：{c.extra['licence']}", "发证机关：辽宁省司法厅",
            f"发证日期：{2015 + rng.randint(0, 6)}年{rng.randint(1, 12)}月"]
    for k, t in enumerate(rows):
        s.text(x + mm(42), y + mm(12) + k * 62, t, f)
    s.centred(y + h + mm(8), "中华人民共和国律师执业证", font("sans_bold", 40))
    hand(s, mm(120), mm(160), "与原件核对一致", rng, size=40)
    signature(s, mm(130), mm(172), c.agent, rng)
    return [s]


def _identity(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    s = Sheet()
    f = font("sans", 32)
    if p.kind == "organisation":
        s.box(mm(20), mm(20), mm(190), mm(150), width=8, outline=(160, 120, 40))
        s.centred(mm(32), "营 业 执 照", font("serif_bold", 78), spacing=20)
        s.centred(mm(50), "（副　本）", font("serif", 36))
        rows = [f"统一社会信用代码　{p.id_number}", f"名　　称　{p.name}", "类　　型　有限责任公司（自然人投资或控股）",
                f"法定代表人　{p.legal_rep}", f"住　　所　{p.address}", "经营范围　" + (
                    "水产品加工、冷藏；食品销售" if "水产" in p.name or "冷链" in p.name else "石化设备配件制造、销售")]
        for k, t in enumerate(rows):
            s.text(mm(30), mm(66) + k * 70, t, f)
        s.text(mm(120), mm(135), "登记机关　锦州市市场监督管理局", font("sans", 28))
        seal(s, mm(160), mm(132), "锦州市市场监督管理局", rng, radius=mm(16))
        hand(s, mm(40), mm(175), "复印件与原件一致", rng, size=44)
        seal(s, mm(120), mm(180), p.name, rng, radius=mm(18))
        return [s]
    x, y = mm(40), mm(30)
    s.draw.rounded_rectangle((x, y, x + mm(86), y + mm(54)), radius=18, outline=(120, 120, 120), width=3)
    s.text(x + mm(4), y + mm(5), f"姓名　{p.name}", f)
    born = p.born
    s.text(x + mm(4), y + mm(13), f"性别　{p.sex}　民族　汉", f)
    if born:
        s.text(x + mm(4), y + mm(21), f"出生　{born.year}年{born.month}月{born.day}日", f)
    s.text(x + mm(4), y + mm(29), f"住址　{p.address[:12]}", f)
    s.text(x + mm(14), y + mm(35), p.address[12:], f, record=bool(p.address[12:]))
    s.text(x + mm(4), y + mm(46), f"公民身份号码　{p.id_number}", font("sans", 30))
    s.draw.rectangle((x + mm(62), y + mm(8), x + mm(82), y + mm(34)), fill=(185, 185, 190))
    y2 = y + mm(64)
    s.draw.rounded_rectangle((x, y2, x + mm(86), y2 + mm(54)), radius=18, outline=(120, 120, 120), width=3)
    s.centred(y2 + mm(10), "中华人民共和国", font("sans_bold", 44), x0=x, x1=x + mm(86))
    s.centred(y2 + mm(20), "居 民 身 份 证", font("sans_bold", 50), x0=x, x1=x + mm(86))
    s.text(x + mm(6), y2 + mm(38), "签发机关　锦州市公安局古塔分局", font("sans", 28))
    s.text(x + mm(6), y2 + mm(45), "有效期限　2016.05.12-2036.05.12", font("sans", 28))
    hand(s, mm(45), mm(160), "此复印件仅供法院执行使用", rng, size=40)
    signature(s, mm(120), mm(175), p.name, rng)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (180, 40, 40)
    x, y, w = mm(20), mm(25), mm(170)
    s.centred(y, "辽宁省法院诉讼费专用票据", font("serif_bold", 54), fill=red)
    s.text(x, y + 90, f"票据代码：21060123　No. {rng.randint(10000000, 99999999)}", font("sans", 30), fill=red)
    amount = c.extra["fee"]
    rows = [["交款单位（人）", c.applicant.name], ["案　号", c.number],
            ["项　目", "申请执行费"], ["金额（小写）", f"¥{amount:,.2f}"], ["金额（大写）", money_caps(amount)],
            ["收款单位", "锦州市古塔区人民法院（财务专用章）"]]
    table(s, x, y + 150, [mm(45), w - mm(45)], rows, font("mono", 34), row_h=90, fill=red, centre_first=True)
    hand(s, x + mm(60), y + 150 + 5 * 90 + 110, f"收款人：{c.clerk}", rng, size=36, ink=INK)
    s.text(x + mm(110), y + 150 + 6 * 90 + 40, num_date(c.filed_on), font("mono", 34))
    seal(s, x + mm(130), y + 150 + 5 * 90 + 40, "锦州市古塔区人民法院", rng, radius=mm(16), inner="财务专用章")
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    d = c.day(6)
    r = c.respondent
    s = Sheet()
    f = font("mono", 28)
    s.centred(mm(18), "全国法院网络执行查控系统", font("sans_bold", 48))
    s.centred(mm(28), "被执行人财产查询结果（反馈）", font("sans", 40))
    s.text(mm(15), mm(38), f"案号：{c.number}　被执行人：{r.name}　证照号码：{r.id_number}", f)
    s.text(mm(15), mm(43), f"查询日期：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}　承办人：{c.officer}", f)
    found = c.extra["tale"] != "wage"
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "余额/数量"]]
    units = ["中国工商银行", "中国农业银行", "中国建设银行", "锦州银行", "锦州农商银行", "公安部交通管理局", "自然资源部",
             "中国证券登记结算", "支付宝（中国）", "财付通"]
    for i, u in enumerate(units, 1):
        hit = found and ((c.extra["tale"] == "sea" and u == "锦州银行") or (c.extra["tale"] == "car" and u == "公安部交通管理局"))
        kind = "车辆" if "交通" in u else "不动产" if "自然" in u else "证券" if "证券" in u else "存款"
        res = "有财产" if hit else "无财产信息"
        val = ("0.00" if kind == "存款" else "-") if not hit else (f"{c.amount:,.2f}" if kind == "存款" else c.extra["plate"])
        rows.append([str(i), u, kind, res, val])
    table(s, mm(15), mm(52), [mm(15), mm(60), mm(30), mm(35), mm(40)], rows, f, row_h=72)
    s.text(mm(15), mm(270), f"打印时间：{d:%Y-%m-%d} 15:{rng.randint(10, 59)}:{rng.randint(10, 59)}　第1页/共1页", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = c.day(31)
    blocks = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
              ("p", f"甲乙双方{c.extra['cause']}一案，{c.basis_court}{c.basis_number}法律文书已发生法律效力，现由锦州市古塔区"
                    f"人民法院执行（案号{c.number}）。经双方自愿协商，达成和解协议如下："),
              ("p", f"一、乙方于{num_date(c.extra['pay_day'])}前将{money(c.amount)}一次性交付至锦州市古塔区人民法院执行款专户；"),
              ("p", "二、甲方自愿放弃迟延履行期间的债务利息；"),
              ("p", "三、乙方按期足额履行后，双方就本案再无其他争议；乙方未按期履行的，甲方可申请恢复执行原生效法律文书。"),
              ("p", "四、本协议一式三份，双方各执一份，交法院一份，自双方签字（盖章）之日起生效。")]
    sheets, y = _typed("执行和解协议", blocks, tf="hei", bf="serif", size=40, lh=72)
    s = sheets[-1]
    f = font("serif", 40)
    s.text(X0, y + 50, "甲方：", f)
    s.text(mm(110), y + 50, "乙方：", f)
    if a.kind == "organisation":
        seal(s, X0 + mm(40), y + 70, a.name, rng, radius=mm(18))
    else:
        signature(s, X0 + mm(18), y + 30, a.name, rng)
    if r.kind == "organisation":
        seal(s, mm(150), y + 70, r.name, rng, radius=mm(18))
    else:
        signature(s, mm(128), y + 30, r.name, rng)
    s.text(mm(110), y + 200, num_date(d), f)
    return sheets


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's 执行款 paid out through 锦州银行: the bank's narrow 电子回单 printed on A4, with its round 业务章."""
    d = c.extra["pay_day"] + timedelta(days=3)
    s = Sheet()
    x, y, w = mm(18), mm(20), mm(174)
    s.box(x, y, x + w, y + mm(110), width=2, outline=(40, 70, 130))
    s.text(x + mm(4), y + mm(4), "锦州银行", font("sans_bold", 50), fill=(40, 70, 130))
    s.centred(y + mm(6), "转账支付回单", font("sans_bold", 52))
    f = font("mono", 30)
    rows = [f"交易日期：{d:%Y-%m-%d}　　　回单编号：{rng.randint(10**13, 10**14 - 1)}",
            "付款人户名：锦州市古塔区人民法院（执行款专户）", f"付款人账号：41010{rng.randint(10**10, 10**11 - 1)}",
            f"收款人户名：{c.applicant.name}", f"收款人账号：{c.extra['in_acct']}", f"收款人开户行：{c.extra['in_bank']}",
            f"金额（小写）：CNY {c.amount:,.2f}", f"金额（大写）：{money_caps(c.amount)}",
            f"用途：{c.number}执行款发放", f"附言：被执行人{c.respondent.name}交付执行款"]
    for k, t in enumerate(rows):
        s.text(x + mm(6), y + mm(22) + k * 58, t, f)
    seal(s, x + w - mm(30), y + mm(88), "锦州银行古塔支行", rng, radius=mm(15), inner="电子回单专用章")
    s.text(x + mm(6), y + mm(104), f"打印次数：1　打印柜员：{rng.randint(100000, 999999)}", font("mono", 24))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Forms handed out at the 诉讼服务中心 window, printed plain, filled in ballpoint."""
    a, r = c.applicant, c.respondent
    titles = {"property_clue_form": "被执行人财产线索登记表", "payment_account_confirmation": "申请执行人收取执行款账户确认书",
              "service_address_confirmation": "送达地址确认书", "property_declaration_form": "被执行人财产申报表"}
    s = Sheet()
    s.centred(mm(22), titles[code], font("serif_bold", 58), spacing=2)
    s.text(X0, mm(36), f"案号：{c.number}", font("serif", 34))
    f = font("serif", 34)
    w = X1 - X0
    if code == "property_clue_form":
        labels = ["被执行人", "银行账户", "不动产", "车辆", "其他财产线索", "线索来源"]
        fills = [r.name, c.extra.get("r_bank", "不详") + " " + str(c.extra.get("r_acct", "")),
                 "不详", c.extra.get("plate", "不详"), "对外应收货款", "申请人自行了解"]
        who, when = a, c.filed_on
    elif code == "payment_account_confirmation":
        labels = ["申请执行人", "收款户名", "开户银行", "银行账号", "联系电话", "声明"]
        fills = [a.name, a.name, c.extra["in_bank"], c.extra["in_acct"], a.phone, "以上账户真实有效，款项汇入即视为收到。"]
        who, when = a, c.filed_on
    elif code == "service_address_confirmation":
        labels = ["受送达人", "送达地址", "邮政编码", "联系电话", "是否同意电子送达", "电子送达号码"]
        fills = [a.name, a.address, "121000", a.phone, "同意", a.phone if a.kind == "person" else c.agent_phone]
        who, when = a, c.filed_on
    else:
        labels = ["被执行人", "银行存款", "不动产", "车辆", "对外债权", "收入情况"]
        none = c.extra["tale"] == "wage"
        fills = [r.name, "无" if none else f"{c.extra.get('r_bank', '锦州银行')} 有少量存款", "无",
                 "无" if c.extra["tale"] != "car" else f"{c.extra['car']} {c.extra['plate']}",
                 "应收货款若干，难以收回" if none else "无", "停产，无收入" if none else "正常经营"]
        who, when = r, c.day(14)
    rows = [[lab, ""] for lab in labels]
    y0 = mm(44)
    table(s, X0, y0, [mm(45), w - mm(45)], rows, f, row_h=130, centre_first=True)
    for k, t in enumerate(fills):
        hand(s, X0 + mm(48), y0 + k * 130 + 38, t[:24], rng, size=38, ink=BLUE_INK)
    y = y0 + len(rows) * 130 + 70
    s.text(X0, y, "填表人（签名/盖章）：", f)
    if who.kind == "organisation":
        seal(s, X0 + mm(100), y + 30, who.name, rng, radius=mm(18))
        signature(s, X0 + mm(70), y - 10, who.legal_rep, rng)
    else:
        signature(s, X0 + mm(70), y - 10, who.name, rng)
    hand(s, X0 + mm(95), y + 110, num_date(when), rng, size=38)
    s.text(X0, mm(268), "锦州市古塔区人民法院诉讼服务中心制", font("serif", 26))
    return [s]

