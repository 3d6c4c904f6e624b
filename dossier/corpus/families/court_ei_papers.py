"""What 向阳区法院's enforcement bureau receives, each in its maker's hand: the lawyers of 佳木斯 type in plain 宋体 with
a bold centred title and the firm's letterhead; the 民庭 of the same court and the 劳动人事争议仲裁委员会 print their
own judgments and awards; the 立案 window's forms are pre-printed grids filled in pen; banks print narrow vouchers; the
总对总 查控 system prints a grey-ruled listing."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "online_inquiry_result", "property_declaration_form", "settlement_agreement",
    "payment_voucher",
})
PEN = (28, 32, 60)


class Typist:
    """A plain typed page: margins, a font, a cursor that runs on to a new sheet."""

    def __init__(self, f: Font, *, left: float, right: float, top: float, bottom: float, step: float) -> None:
        self.f, self.left, self.right, self.top, self.bottom, self.step = f, left, right, top, bottom, step
        self.sheets = [Sheet()]
        self.y = top

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def need(self, lines: int = 1) -> None:
        if self.y + self.step * lines > self.bottom:
            self.sheets.append(Sheet())
            self.y = self.top

    def title(self, text: str, f: Font, *, gap: float = 60, spacing: float = 0) -> None:
        self.s.centred(self.y, text, f, spacing=spacing)
        self.y += f.size + gap

    def para(self, text: str, *, indent: bool = True) -> None:
        width = self.s.width - self.left - self.right
        first = 2 * self.f.size if indent else 0
        for k, part in enumerate(wrap(text, self.f, width, indent=first)):
            self.need()
            self.s.text(self.left + (first if k == 0 else 0), self.y, part, self.f)
            self.y += self.step

    def at_right(self, text: str, *, inset: float = 0) -> None:
        self.need()
        self.s.right(self.s.width - self.right - inset, self.y, text, self.f)
        self.y += self.step


def _parties(t: Typist, c: CaseCtx, first: str = "申请执行人", second: str = "被执行人") -> None:
    a, r = c.applicant, c.respondent
    t.para(f"{first}：{a.name}，{a.sex}，汉族，{a.born:%Y年%m月%d日}生，住{a.address}，公民身份号码{a.id_number}，"
           f"联系电话{a.phone}。" if a.born else f"{first}：{a.name}，住所地{a.address}。", indent=False)
    if r.kind == "organisation":
        t.para(f"{second}：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}，法定代表人{r.legal_rep}。",
               indent=False)
    else:
        t.para(f"{second}：{r.name}，{r.sex}，{r.born:%Y年%m月%d日}生，住{r.address}，公民身份号码{r.id_number}。"
               if r.born else f"{second}：{r.name}，住{r.address}。", indent=False)


def _story(c: CaseCtx) -> str:
    tale = c.extra["tale"]
    if tale == "harvester":
        return (f"原告于2023年4月向被告购买{c.extra['machine']}一台，被告承诺三包。2023年9月秋收期间，该机脱粒滚筒及行走"
                "变速箱多次故障，经维修仍不能正常作业，致原告承包的水稻未能及时收获。")
    if tale == "wage":
        return (f"申请人在被申请人佳木斯货场从事煤炭装卸、过磅工作，被申请人拖欠其{c.extra['months']}个月工资未付，"
                "申请人多次索要未果。")
    return (f"被告经营{c.extra['depot']}，于2022年秋收粮季节以收购大豆、水稻周转为由向原告借款，出具借条一张，"
            "约定年底卖粮后归还，到期后经原告多次催要未还。")


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    award = "仲裁" in c.basis_court
    t = Typist(font("serif", 40), left=mm(27), right=mm(25), top=mm(28), bottom=mm(270), step=68)
    t.title(c.basis_court, font("serif_bold", 56), gap=30, spacing=4)
    t.title("裁　决　书" if award else "民 事 判 决 书", font("serif_bold", 64), gap=40)
    t.at_right(c.basis_number)
    _parties(t, c, "申请人" if award else "原告", "被申请人" if award else "被告")
    heard = c.basis_effective - timedelta(days=rng.randint(40, 70))
    if award:
        t.para(f"申请人{a.name}与被申请人{r.name}{c.extra['cause']}一案，本委于2023年受理后，依法组成仲裁庭，"
               f"于{num_date(heard)}开庭审理。申请人到庭参加仲裁活动，被申请人经书面通知无正当理由未到庭，本委依法缺席裁决。本案现已审理终结。")
    else:
        t.para(f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用简易程序，于{num_date(heard)}"
               "公开开庭进行了审理。本案现已审理终结。")
    t.para(_story(c))
    t.para("上述事实，有" + ("劳动合同、考勤表、工资欠条" if award else "合同、票据及当事人陈述") + "在案为证。")
    if award:
        t.para("本委认为，劳动者提供劳动，用人单位应当按时足额支付劳动报酬。依照《中华人民共和国劳动合同法》第三十条之规定，"
               "裁决如下：")
        t.para(f"被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}拖欠工资{money(c.amount)}。")
        t.para("本裁决为终局裁决，自作出之日起发生法律效力。")
        t.at_right("仲裁员　" + person_name(rng), inset=mm(20))
    else:
        t.para("本院认为，当事人应当按照约定全面履行自己的义务。依照《中华人民共和国民法典》第五百零九条、第五百七十七条之规定，"
               "判决如下：")
        t.para(f"被告{r.name}于本判决生效之日起十日内给付原告{a.name}{money(c.amount)}。")
        t.para("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
               "加倍支付迟延履行期间的债务利息。")
        t.para("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于黑龙江省佳木斯市中级人民法院。")
        t.at_right("审判员　" + person_name(rng), inset=mm(20))
    made = c.basis_effective - timedelta(days=16)
    t.at_right(cn_date(made), inset=mm(20))
    seal(t.s, t.s.width - mm(60), t.y - 50, c.basis_court, rng)
    t.at_right("书记员　" + person_name(rng), inset=mm(20))
    return t.sheets


def _lawyer_page(c: CaseCtx, title: str, paras: list[str], when: date, rng: random.Random, *,
                 sign: str = "", firm_seal: bool = False) -> list[Sheet]:
    t = Typist(font("serif", 42), left=mm(30), right=mm(26), top=mm(38), bottom=mm(268), step=76)
    t.title(title, font("sans_bold", 62), gap=70, spacing=10)
    for p in paras:
        t.para(p, indent=not p.endswith("：") and "：" not in p[:6])
    t.y += 60
    if sign:
        t.at_right(sign, inset=mm(40))
        signature(t.s, t.s.width - mm(80), t.y - 10, c.applicant.name, rng, ink=PEN)
        t.y += 70
    t.at_right(num_date(when), inset=mm(10))
    if firm_seal:
        seal(t.s, t.s.width - mm(60), t.y - 60, c.firm, rng, radius=mm(20))
    return t.sheets


def _window_form(c: CaseCtx, rng: random.Random, title: str, rows: list[list[str]], fills: dict[int, str],
                 when: date) -> list[Sheet]:
    """The 立案 window's pre-printed grid, filled in pen: `fills` maps a row to the text written in its right cell."""
    s = Sheet()
    s.centred(mm(30), "佳木斯市向阳区人民法院", font("sans", 40))
    s.centred(mm(42), title, font("sans_bold", 58), spacing=6)
    y0 = mm(62)
    h = mm(19)
    table(s, mm(20), y0, [mm(48), mm(122)], rows, font("sans", 34), row_h=h, width=2, centre_first=True)
    for i, text in fills.items():
        hand(s, mm(72), y0 + i * h + mm(4), text[:24], rng, size=42, ink=BLUE_INK)
    y = y0 + len(rows) * h + mm(12)
    s.text(mm(110), y, "填表人（签名）：", font("sans", 36))
    signature(s, mm(160), y - 10, c.applicant.name, rng, ink=BLUE_INK)
    hand(s, mm(125), y + mm(16), num_date(when), rng, size=40, ink=BLUE_INK)
    return [s]


def _id_copy(c: CaseCtx, rng: random.Random, whose: str) -> list[Sheet]:
    p = c.respondent if whose == "respondent" else c.applicant
    s = Sheet()
    if p.kind == "organisation":
        x, y = mm(30), mm(40)
        s.box(x, y, s.width - mm(30), mm(200), width=8, outline=(150, 110, 40))
        s.centred(y + mm(12), "营 业 执 照", font("hei", 80), spacing=12)
        s.centred(y + mm(32), "（副　本）", font("serif", 40))
        lines = [f"统一社会信用代码　{p.id_number}", f"名　　称　{p.name}", "类　　型　有限责任公司（自然人投资或控股）",
                 f"法定代表人　{p.legal_rep}", f"住　　所　{p.address}", "经营范围　农业机械、煤炭、日用百货销售"]
        for k, line in enumerate(lines):
            s.text(x + mm(12), y + mm(52) + k * mm(14), line, font("serif", 36))
        seal(s, s.width - mm(70), mm(175), "佳木斯市市场监督管理局", rng, radius=mm(20))
        s.text(mm(40), mm(215), "与原件核对一致", font("kai", 48))
        return [s]
    s.box(mm(40), mm(40), mm(126), mm(94), width=3, outline=(120, 120, 120))
    s.text(mm(44), mm(46), f"姓名　{p.name}", font("hei", 36))
    s.text(mm(44), mm(56), f"性别　{p.sex}　　民族　汉", font("hei", 32))
    if p.born:
        s.text(mm(44), mm(65), f"出生　{p.born.year}年{p.born.month}月{p.born.day}日", font("hei", 32))
    for k, part in enumerate(wrap("住址　" + p.address, font("hei", 32), mm(60))):
        s.text(mm(44), mm(74) + k * mm(6), part, font("hei", 32))
    s.text(mm(44), mm(88), f"公民身份号码　{p.id_number}", font("hei", 30))
    s.box(mm(40), mm(104), mm(126), mm(158), width=3, outline=(120, 120, 120))
    s.centred(mm(112), "中华人民共和国", font("hei", 44), x0=mm(40), x1=mm(126))
    s.centred(mm(126), "居民身份证", font("hei", 54), x0=mm(40), x1=mm(126), spacing=8)
    s.text(mm(48), mm(144), f"签发机关　佳木斯市公安局{rng.choice(['向阳', '郊区', '桦川县'])}分局", font("hei", 28))
    hand(s, mm(135), mm(120), "复印件与原件一致", rng, size=40, ink=BLUE_INK, record=True)
    signature(s, mm(145), mm(135), p.name, rng, ink=BLUE_INK)
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random, title: str, bank: str, rows: list[list[str]], when: date) -> list[Sheet]:
    s = Sheet()
    x, w = mm(18), mm(174)
    s.text(x, mm(24), bank, font("mono", 40))
    s.centred(mm(36), title, font("mono", 50))
    s.text(x, mm(50), f"交易日期：{when:%Y-%m-%d}　　流水号：{rng.randint(10**15, 10**16 - 1)}", font("mono", 30))
    cols = [mm(38), w - mm(38)]
    y = table(s, x, mm(58), cols, rows, font("mono", 32), row_h=mm(12), width=1, fill=(60, 60, 70))
    s.text(x, y + 30, "本凭证仅作记账依据，加盖业务专用章有效。", font("mono", 28))
    seal(s, x + w - mm(40), y + mm(18), bank, rng, radius=mm(17), inner="业务专用章")
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    s = Sheet()
    s.text(mm(15), mm(15), "执行查控系统　网络查询结果（总对总）", font("sans_bold", 44))
    s.text(mm(15), mm(25), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}",
           font("sans", 28))
    banks = ["中国农业银行", "中国工商银行", "中国建设银行", "中国邮政储蓄银行", "佳木斯农村商业银行", "龙江银行",
             "不动产登记（佳木斯）", "车辆登记（公安部）", "证券（中国结算）"]
    rows = [["序号", "协助单位", "反馈结果", "账户/标的", "余额(元)"]]
    hit = rng.randrange(len(banks) - 3)
    for i, b in enumerate(banks, 1):
        if i - 1 == hit:
            rows.append([str(i), b, "有财产", f"{rng.randint(10**15, 10**16 - 1)}", f"{c.amount * 2:,.2f}"])
        else:
            rows.append([str(i), b, "无财产" if rng.random() < 0.8 else "未反馈", "—", "—"])
    table(s, mm(15), mm(33), [mm(14), mm(52), mm(26), mm(58), mm(30)], rows, font("sans", 28), row_h=mm(10), width=1,
          fill=(110, 110, 110))
    s.text(mm(15), mm(140), f"查询时间：{when:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}　操作人：{c.officer}",
           font("sans", 28))
    return [s]


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str], when: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        t = Typist(font("serif", 44), left=mm(30), right=mm(28), top=mm(45), bottom=mm(270), step=80)
        t.title(c.basis_court, font("serif_bold", 56), gap=30)
        t.title("生效证明书" if "仲裁" not in c.basis_court else "裁决书生效证明", font("serif_bold", 66), gap=90)
        t.para(f"{a.name}与{r.name}{c.extra['cause']}一案，{c.basis_number}"
               f"{'裁决书' if '仲裁' in c.basis_court else '民事判决书'}已于{num_date(c.basis_effective)}发生法律效力。")
        t.para("特此证明。")
        t.y += 80
        t.at_right(num_date(c.basis_effective + timedelta(days=7)), inset=mm(10))
        seal(t.s, t.s.width - mm(65), t.y - 60, c.basis_court, rng)
        return t.sheets
    if code == "enforcement_application":
        return _lawyer_page(c, "强制执行申请书", [
            f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，住{a.address}，身份证号{a.id_number}。" if a.born else a.name,
            f"被执行人：{r.name}，住{r.address}。",
            "执行请求：",
            f"1．请求依法强制执行被执行人给付申请执行人{money(c.amount)}及迟延履行期间的债务利息；",
            "2．本案执行费用由被执行人负担。",
            "事实与理由：",
            f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}法律文书已经发生法律效力，"
            "被执行人至今未履行义务。为维护申请执行人合法权益，特依法申请强制执行。",
            "此致",
            "佳木斯市向阳区人民法院",
        ], when, rng, sign="申请执行人：")
    if code == "power_of_attorney":
        return _lawyer_page(c, "授权委托书", [
            f"委托人：{a.name}，住{a.address}。",
            f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。",
            f"现委托上列受托人在我与{r.name}{c.extra['cause']}执行一案中，作为我的代理人。",
            "代理权限为：特别授权，代为申请执行、提供财产线索、参与执行和解、代为签收法律文书、代为领取执行款。",
        ], when, rng, sign="委托人：")
    if code == "law_firm_letter":
        t = Typist(font("serif", 42), left=mm(30), right=mm(26), top=mm(30), bottom=mm(268), step=76)
        t.title(c.firm, font("hei", 54), gap=14, spacing=3)
        t.s.line(mm(25), t.y, t.s.width - mm(25), t.y, width=5, fill=(170, 30, 30))
        t.y += 50
        t.title("律 师 事 务 所 函", font("serif_bold", 60), gap=40)
        t.at_right(f"佳律函〔{when.year}〕第{rng.randint(20, 300)}号")
        t.para("佳木斯市向阳区人民法院：", indent=False)
        t.para(f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的代理人。特此函告。")
        t.para(f"律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", indent=False)
        t.para(f"本所地址：{c.extra['firm_addr']}", indent=False)
        t.y += 60
        t.at_right(num_date(when), inset=mm(10))
        seal(t.s, t.s.width - mm(60), t.y - 60, c.firm, rng, radius=mm(20))
        return t.sheets
    if code == "lawyer_license":
        s = Sheet()
        s.box(mm(25), mm(35), mm(185), mm(150), width=4, outline=(140, 30, 30))
        s.centred(mm(45), "中华人民共和国律师执业证", font("hei", 56), spacing=4)
        for k, line in enumerate([f"执业机构　{c.firm}", "执业证类别　专职律师", f"执业证号　{c.extra['licence']}",
                                  f"持证人　{c.agent}", "发证机关　黑龙江省司法厅", f"发证日期　{2015 + rng.randint(0, 7)}年"
                                  f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]):
            s.text(mm(38), mm(68) + k * mm(12), line, font("serif", 38))
        s.box(mm(140), mm(68), mm(172), mm(108), width=2, outline=(120, 120, 120))
        s.text(mm(148), mm(85), "照片", font("sans", 30), fill=(150, 150, 150))
        seal(s, mm(150), mm(130), "黑龙江省司法厅", rng, radius=mm(17))
        hand(s, mm(40), mm(170), "与原件核对无误", rng, size=44, ink=BLUE_INK)
        return [s]
    if code == "identity_proof":
        return _id_copy(c, rng, served[0] if served else "applicant")
    if code == "property_clue_form":
        return _window_form(c, rng, "被执行人财产线索提供表", [
            ["申请执行人", ""], ["被执行人", ""], ["银行存款", ""], ["房产", ""], ["车辆、农机", ""],
            ["土地承包经营权/粮款", ""], ["其他财产线索", ""], ["提供人承诺", "以上线索真实，如有不实愿承担法律责任。"],
        ], {0: a.name, 1: r.name, 2: c.extra.get("r_bank", "佳木斯农商行开户，账号不详"),
            4: "有收割机、拖拉机各一台" if r.kind == "organisation" else "有粮食收储点一处", 6: "卖粮款在粮库"}, when)
    if code == "payment_account_confirmation":
        return _window_form(c, rng, "收取执行款账户确认书", [
            ["案号", ""], ["收款人", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""],
            ["说明", "执行款划入上述账户即视为已收到，账户变更应书面告知。"],
        ], {0: c.number, 1: a.name, 2: c.extra["in_bank"], 3: c.extra["in_acct"], 4: a.phone}, when)
    if code == "service_address_confirmation":
        return _window_form(c, rng, "送达地址确认书", [
            ["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["联系电话", ""], ["是否同意电子送达", ""],
            ["告知事项", "确认的地址送达不能的，文书退回之日视为送达。"],
        ], {0: a.name, 1: a.address, 2: "154002", 3: a.phone, 4: "同意，短信"}, when)
    if code == "property_declaration_form":
        return _window_form(c, rng, "被执行人财产申报表", [
            ["被执行人", ""], ["证照号码", ""], ["银行存款", ""], ["不动产", ""], ["车辆、农机具", ""],
            ["应收款项/粮款", ""], ["近一年财产变动", ""], ["申报人保证", "以上申报真实完整。"],
        ], {0: r.name, 1: r.id_number, 2: "农商行账户一个", 3: "无", 4: "无" if r.kind == "organisation" else "旧四轮车一台",
            5: "待结粮款若干", 6: "无"}, when)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, when)
    if code == "fee_receipt":
        fee = c.extra["fee"]
        return _bank_slip(c, rng, "黑龙江省法院诉讼费用专用票据", "龙江银行佳木斯向阳支行", [
            ["缴款人", a.name], ["收款单位", "佳木斯市向阳区人民法院"], ["项目", f"案件受理费（{c.basis_number}）"],
            ["金额（小写）", f"{fee:,.2f}"], ["金额（大写）", money_caps(fee)],
        ], when - timedelta(days=rng.randint(90, 160)))
    if code == "payment_voucher":
        return _bank_slip(c, rng, "电子转账凭证", rng.choice(["佳木斯农村商业银行", "中国农业银行"]), [
            ["付款人", r.name], ["收款人", "佳木斯市向阳区人民法院执行款专户"], ["摘要", f"{c.number}执行款"],
            ["金额（小写）", f"{c.amount:,.2f}"], ["金额（大写）", money_caps(c.amount)],
        ], c.extra["pay_day"])
    if code == "settlement_agreement":
        t = Typist(font("kai", 44), left=mm(28), right=mm(26), top=mm(35), bottom=mm(268), step=78)
        t.title("执行和解协议", font("hei", 60), gap=60, spacing=8)
        _parties(t, c, "甲方（申请执行人）", "乙方（被执行人）")
        t.para(f"甲乙双方{c.extra['cause']}一案，{c.basis_number}法律文书已生效，现于{c.number}执行一案中自愿达成如下和解：")
        t.para(f"一、乙方于{num_date(c.extra['pay_day'])}前一次性支付甲方{money(c.amount)}，付至法院执行款专户；")
        t.para("二、甲方放弃迟延履行期间的债务利息；乙方按期付清后，本案执行完毕。")
        t.para("三、乙方未按期履行的，甲方可申请恢复执行原生效法律文书。")
        t.y += 40
        t.para("甲方（签字）：　　　　　　　乙方（签字/盖章）：", indent=False)
        signature(t.s, mm(70), t.y - 80, a.name, rng, ink=PEN)
        signature(t.s, mm(160), t.y - 80, r.legal_rep or r.name, rng, ink=PEN)
        if r.kind == "organisation":
            seal(t.s, mm(160), t.y - 60, r.name, rng, radius=mm(19))
        t.at_right(num_date(when), inset=mm(10))
        return t.sheets
    raise KeyError(code)
