"""What 平城法院's bureau receives, each in its maker's style: 大同中院's judgment (printed 2-up on A3 by the
applicant's lawyer to save paper), this court's own civil division's 调解书, the labour arbitration commission's award
and its 生效证明, a lawyer's typed application and papers, a legal-aid centre's 公函, a worker's hand-filled 执行申请书
form, an appraisal firm's 评估报告 cover, an auction company's 拍卖成交确认书, the 总对总 查控 printout with a bank's
查询反馈, a bank's 回单, business-licence and ID copies."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import A4, Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher", "evidence",
})
GREY = (70, 70, 74)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _day(c: CaseCtx, n: int) -> date:
    return c.filed_on + timedelta(days=n)


def two_up(sheets: list[Sheet]) -> list[Sheet]:
    """Pages printed two to an A3 sheet, side by side: one wide sheet per pair."""
    out: list[Sheet] = []
    for i in range(0, len(sheets), 2):
        pair = sheets[i:i + 2]
        wide = Sheet(size=(2 * A4[0], A4[1]))
        for k, s in enumerate(pair):
            wide.image.paste(s.image, (k * A4[0], 0))
            wide.lines.extend(s.lines)
        wide.line(A4[0], mm(4), A4[0], mm(6), width=1, fill=GREY)  # the imposition's fold mark
        wide.page_of = pair[0].page_of
        out.append(wide)
    return out


class Typed:
    """A sender's typed pages: its own font, margins and line pitch, running on to new sheets."""

    def __init__(self, f: Font, *, left: float, right: float, top: float, bottom: float, pitch: float,
                 paper: tuple[int, int, int] = (255, 255, 255)) -> None:
        self.f, self.left, self.right, self.top, self.bottom, self.pitch = f, left, right, top, bottom, pitch
        self.paper = paper
        self.sheets: list[Sheet] = [Sheet(paper=paper)]
        self.y = top

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def room(self, h: float) -> None:
        if self.y + h > self.bottom:
            self.sheets.append(Sheet(paper=self.paper))
            self.y = self.top

    def p(self, text: str, *, indent: int = 2, f: Font | None = None) -> None:
        ff = f or self.f
        width = A4[0] - self.left - self.right
        ind = indent * ff.size
        for k, part in enumerate(wrap(text, ff, width, indent=ind)):
            self.room(self.pitch)
            self.s.text(self.left + (ind if k == 0 else 0), self.y, part, ff)
            self.y += self.pitch

    def centre(self, text: str, f: Font, *, spacing: float = 0, gap: float = 1.6) -> None:
        self.room(self.pitch * gap)
        self.s.centred(self.y, text, f, spacing=spacing)
        self.y += self.pitch * gap

    def at_right(self, text: str) -> None:
        self.room(self.pitch)
        self.s.right(A4[0] - self.right - mm(8), self.y, text, self.f)
        self.y += self.pitch

    def footer(self, fmt: str, size: int = 30) -> list[Sheet]:
        n = len(self.sheets)
        for i, s in enumerate(self.sheets, 1):
            s.centred(A4[1] - mm(14), fmt.format(i=i, n=n), font("serif", size))
            s.page_of = (i, n)
        return self.sheets


def _party_line(role: str, p: Party) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地{p.address}。统一社会信用代码：{p.id_number}。法定代表人：{p.legal_rep}。"
    return f"{role}：{p.name}，{p.sex}，{cn_date(p.born) if p.born else ''}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    t = _tale(c)
    if code == "enforcement_basis":
        return {"coal": _appeal_judgment, "heat": _mediation, "wage": _award}[t](c, rng)
    if code == "enforcement_application":
        return _worker_form(c, rng) if t == "wage" else _lawyer_application(c, rng)
    if code == "evidence":
        return _appraisal_cover(c, rng) if served == ["appraisal"] else _auction_deal(c, rng)
    if code == "effectiveness_certificate":
        return _award_effect(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "identity_proof":
        return _id_copy(c, rng, c.respondent if served == ["respondent"] else c.applicant)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code in ("power_of_attorney", "law_firm_letter", "lawyer_license"):
        return _lawyer_papers(code, c, rng)
    if code in ("fee_receipt", "payment_voucher"):
        return _bank_slip(code, c, rng)
    return _window_form(code, c, rng)


# --- other tribunals -----------------------------------------------------------------------------------------


def _appeal_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """大同中院's 二审 judgment: Fangsong-like serif, title in bold serif, 1/4-style page numbers, printed 2-up."""
    a, r = c.applicant, c.respondent
    doc = Typed(font("serif", 42), left=mm(28), right=mm(26), top=mm(32), bottom=mm(262), pitch=76)
    doc.centre("山西省大同市中级人民法院", font("serif_bold", 60), spacing=4, gap=1.3)
    doc.centre("民 事 判 决 书", font("serif_bold", 80), spacing=10, gap=1.7)
    doc.at_right(c.basis_number)
    doc.p(_party_line("上诉人（原审被告）", r), indent=0)
    doc.p(_party_line("被上诉人（原审原告）", a), indent=0)
    doc.p(f"委托诉讼代理人：{c.agent}，{c.firm}律师。", indent=0)
    doc.p(f"上诉人{r.name}因与被上诉人{a.name}运输合同纠纷一案，不服山西省大同市平城区人民法院{c.extra['first_no']}"
          "民事判决，向本院提起上诉。本院依法组成合议庭进行了审理。本案现已审理终结。")
    doc.p(f"原审查明：双方签订《煤炭公路运输合同》，约定由{r.name}将{c.extra['tons']}吨动力煤自大同南郊煤场运至"
          f"河北省张家口市某电厂，运费按吨公里结算。运输途中部分煤炭灭失、部分掺杂，收货方拒收，"
          f"{a.name}因此向收货方赔付违约金并损失货款。")
    doc.p(f"本院认为，承运人对运输过程中货物的毁损、灭失承担赔偿责任。{r.name}未能举证证明货物的毁损、灭失是因不可抗力、"
          "货物本身的自然性质或者合理损耗以及托运人、收货人的过错造成的，应承担赔偿责任。上诉人的上诉请求不能成立，应予驳回；"
          "一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，"
          "判决如下：")
    doc.p("驳回上诉，维持原判。")
    doc.p(f"即：{r.name}于判决生效之日起十日内赔偿{a.name}货物损失{money(c.amount)}。")
    doc.p(f"二审案件受理费{int(c.amount * Decimal('0.01')) + 50}元，由上诉人{r.name}负担。")
    doc.p("本判决为终审判决。")
    doc.room(76 * 6)
    doc.y += 40
    x = A4[0] - mm(26) - mm(70)
    for line in (f"审　判　长　{person_name(rng)}", f"审　判　员　{person_name(rng)}", f"审　判　员　{person_name(rng)}"):
        doc.s.text(x, doc.y, line, doc.f)
        doc.y += 76
    doc.s.text(x, doc.y, cn_date(c.basis_effective - timedelta(days=12)), doc.f)
    seal(doc.s, x + mm(32), doc.y, "山西省大同市中级人民法院", rng)
    doc.y += 76
    doc.s.text(x, doc.y, f"书　记　员　{person_name(rng)}", doc.f)
    sheets = doc.footer("{i}/{n}", 32)
    return two_up(sheets)


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 调解书: the court's template of its 审判 system, ming type, '第 i 页 共 n 页'."""
    a, r = c.applicant, c.respondent
    doc = Typed(font("serif", 43), left=mm(30), right=mm(26), top=mm(28), bottom=mm(262), pitch=78)
    doc.centre("山西省大同市平城区人民法院", font("serif", 56), spacing=3, gap=1.3)
    doc.centre("民 事 调 解 书", font("hei", 78), spacing=12, gap=1.7)
    doc.at_right(c.basis_number)
    doc.p(_party_line("原告", a), indent=0)
    doc.p(_party_line("被告", r), indent=0)
    doc.p(f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于2023年立案后，依法适用简易程序进行了审理。原告诉称：双方签订"
          f"《供热锅炉设备买卖合同》，原告向被告供应{c.extra['boilers']}台燃气热水锅炉及附属设备并完成安装调试，被告仅支付"
          "预付款，余款经多次催要未付。")
    doc.p("本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：")
    doc.p(f"一、被告{r.name}于2023年12月31日前一次性给付原告{a.name}设备款{money(c.amount)}；")
    doc.p("二、如被告未按期足额付款，原告可就全部未付款项申请强制执行；")
    doc.p("三、案件受理费减半收取，由被告负担。")
    doc.p("上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。")
    doc.room(78 * 5)
    doc.y += 30
    x = A4[0] - mm(26) - mm(66)
    doc.s.text(x, doc.y, f"审判员　{person_name(rng)}", doc.f)
    doc.y += 78
    doc.s.text(x, doc.y, cn_date(c.basis_effective - timedelta(days=2)), doc.f)
    seal(doc.s, x + mm(30), doc.y, "山西省大同市平城区人民法院", rng)
    doc.y += 78
    doc.s.text(x, doc.y, f"书记员　{person_name(rng)}", doc.f)
    return doc.footer("第 {i} 页 共 {n} 页")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The labour arbitration commission's award: sans type, a boxed header, 'n-i' footers."""
    a, r = c.applicant, c.respondent
    doc = Typed(font("sans", 40), left=mm(26), right=mm(24), top=mm(56), bottom=mm(266), pitch=70)
    s = doc.s
    s.box(mm(24), mm(18), A4[0] - mm(24), mm(48), width=3)
    s.centred(mm(21), "大同市劳动人事争议仲裁委员会", font("sans_bold", 60), spacing=6)
    s.centred(mm(34), "仲 裁 裁 决 书", font("sans_bold", 66), spacing=14)
    doc.at_right(c.basis_number)
    doc.p(_party_line("申请人", a), indent=0)
    doc.p(_party_line("被申请人", r), indent=0)
    doc.p(f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委受理后依法组成仲裁庭公开开庭进行了审理。")
    doc.p(f"申请人请求：被申请人支付拖欠的{c.extra['months']}个月工资。经查，申请人自2021年起在被申请人处担任厨师，"
          f"被申请人自2023年起拖欠工资共{c.amount:,.0f}元，有工资条、考勤记录及微信聊天记录为证。")
    doc.p("依据《中华人民共和国劳动合同法》第三十条、《中华人民共和国劳动争议调解仲裁法》第四十七条规定，裁决如下：")
    doc.p(f"被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}拖欠工资{money(c.amount)}。")
    doc.p("本裁决为终局裁决，自作出之日起发生法律效力。")
    doc.room(70 * 5)
    doc.y += 30
    x = A4[0] - mm(24) - mm(70)
    doc.s.text(x, doc.y, f"仲裁员　{person_name(rng)}", doc.f)
    doc.y += 70
    doc.s.text(x, doc.y, num_date(c.basis_effective), doc.f)
    seal(doc.s, x + mm(30), doc.y, "大同市劳动人事争议仲裁委员会", rng, inner="仲裁专用章")
    return doc.footer("{n}-{i}")


def _award_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The commission's 生效证明: a half-page slip in its sans type, the number in a box at the top right."""
    s = Sheet()
    f = font("sans", 40)
    s.box(A4[0] - mm(90), mm(16), A4[0] - mm(22), mm(28), width=2)
    s.text(A4[0] - mm(87), mm(18.5), f"同劳人仲证〔{c.filed_on.year}〕{rng.randint(10, 99)}号", font("sans", 30))
    s.centred(mm(40), "大同市劳动人事争议仲裁委员会", font("sans_bold", 54), spacing=4)
    s.centred(mm(54), "仲裁裁决书生效证明", font("sans_bold", 66), spacing=6)
    body = (f"申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委作出的{c.basis_number}仲裁裁决书为终局裁决，"
            f"已于{num_date(c.basis_effective)}送达双方当事人，现已发生法律效力。特此证明。")
    y = mm(74)
    for k, part in enumerate(wrap(body, f, A4[0] - mm(52), indent=80)):
        s.text(mm(26) + (80 if k == 0 else 0), y, part, f)
        y += 70
    when = c.filed_on - timedelta(days=4)
    s.text(A4[0] - mm(92), y + mm(18), num_date(when), f)
    seal(s, A4[0] - mm(62), y + mm(14), "大同市劳动人事争议仲裁委员会", rng, inner="仲裁专用章")
    s.line(mm(20), mm(148), A4[0] - mm(20), mm(148), width=1, fill=(150, 150, 150))
    return [s]


# --- the appraisal firm and the auction house -----------------------------------------------------------------


def _appraisal_cover(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(250, 248, 240))
    firm = rng.choice(["山西同信资产评估有限公司", "大同天衡资产评估事务所有限公司"])
    s.text(mm(24), mm(20), f"{'同信' if '同信' in firm else '天衡'}评报字〔{c.day(40).year}〕第{rng.randint(100, 999)}号",
           font("sans", 34))
    s.centred(mm(62), "机动车司法鉴定评估报告", font("sans_bold", 92), spacing=6)
    s.centred(mm(84), f"（委托方：{c.court.name}）", font("sans", 44))
    s.line(mm(40), mm(100), A4[0] - mm(40), mm(100), width=8)
    rows = [["评估对象", f"号牌{c.extra['plate']}重型半挂牵引车一辆"], ["车架号", c.extra["vin"]],
            ["产权人", c.respondent.name], ["评估基准日", num_date(c.day(38))], ["评估价值", f"{c.extra['appraised']:,}元"],
            ["评估目的", f"为{c.number}案司法处置提供价值参考"]]
    table(s, mm(34), mm(118), [mm(40), mm(102)], rows, font("sans", 38), row_h=mm(15), width=2)
    s.centred(mm(236), firm, font("sans_bold", 56))
    s.centred(mm(250), cn_date(c.day(43)), font("sans", 44))
    seal(s, A4[0] / 2 + mm(30), mm(246), firm, rng)
    return [s]


def _auction_deal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    house = rng.choice(["大同市云中拍卖有限公司", "山西北岳拍卖行有限公司"])
    s.text(mm(22), mm(16), house, font("microhei", 46))
    s.text(mm(22), mm(26), f"地址：大同市平城区迎宾街{rng.randint(1, 99)}号　电话：0352-58{rng.randint(10000, 99999)}",
           font("microhei", 28))
    s.line(mm(22), mm(33), A4[0] - mm(22), mm(33), width=3, fill=(160, 30, 30))
    s.centred(mm(44), "拍卖成交确认书", font("microhei", 80), spacing=8)
    f = font("microhei", 38)
    s.text(mm(24), mm(62), f"买受人：{c.extra['buyer']}", f)
    rows = [["拍卖标的", "成交价（元）", "佣金（元）", "合计"],
            [f"{c.extra['plate']}半挂牵引车", f"{c.extra['sold']:,}", f"{int(c.extra['sold'] * Decimal('0.05')):,}",
             f"{int(c.extra['sold'] * Decimal('1.05')):,}"]]
    table(s, mm(24), mm(72), [mm(56), mm(40), mm(36), mm(30)], rows, f, row_h=mm(16))
    lines = [f"受{c.court.name}委托，本公司于{num_date(c.day(50))}在本公司拍卖厅公开拍卖上述标的，买受人以最高应价竞得。",
             "买受人应于成交之日起七日内将全部价款及佣金付清，凭本确认书及法院裁定办理过户手续。",
             "本确认书一式四份，委托法院、买受人、拍卖人各执一份，一份备案。"]
    y = mm(112)
    for line in lines:
        for part in wrap(line, f, A4[0] - mm(48), indent=76):
            s.text(mm(24) + (76 if part == wrap(line, f, A4[0] - mm(48), indent=76)[0] else 0), y, part, f)
            y += 66
    s.text(mm(24), mm(190), "买受人（签字）：", f)
    signature(s, mm(70), mm(186), c.extra["buyer"], rng)
    s.text(mm(120), mm(190), "拍卖人（盖章）：", f)
    s.text(mm(120), mm(206), num_date(c.day(50)), f)
    seal(s, mm(160), mm(196), house, rng)
    s.text(mm(120), mm(218), f"拍卖师：{person_name(rng)}", f)
    return [s]


# --- the applicant's side ---------------------------------------------------------------------------------------


def _lawyer_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's 强制执行申请书: microhei, wide line pitch, '申请事项' in bold, a firm footer."""
    a, r = c.applicant, c.respondent
    doc = Typed(font("microhei", 42), left=mm(32), right=mm(28), top=mm(30), bottom=mm(258), pitch=82)
    doc.centre("强制执行申请书", font("hei", 76), spacing=8, gap=2)
    doc.p(_party_line("申请执行人", a), indent=0)
    doc.p(f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。", indent=0)
    doc.p(_party_line("被执行人", r), indent=0)
    doc.p("申请事项：", indent=0, f=font("hei", 44))
    doc.p(f"一、请求强制执行被执行人给付申请执行人{money(c.amount)}；")
    doc.p("二、请求被执行人加倍支付迟延履行期间的债务利息；三、执行费用由被执行人负担。")
    doc.p("事实与理由：", indent=0, f=font("hei", 44))
    doc.p(f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}法律文书，现已发生法律效力。"
          "被执行人至今未履行，特依法申请强制执行。")
    doc.p("此致", indent=2)
    doc.p(c.court.name, indent=0)
    doc.room(82 * 3)
    doc.s.text(A4[0] - mm(100), doc.y, f"申请执行人：{a.name}", doc.f)
    seal(doc.s, A4[0] - mm(55), doc.y + 20, a.name, rng)
    doc.y += 90
    doc.s.text(A4[0] - mm(100), doc.y, num_date(c.filed_on - timedelta(days=2)), doc.f)
    for s in doc.sheets:
        s.line(mm(32), A4[1] - mm(20), A4[0] - mm(28), A4[1] - mm(20), width=1, fill=GREY)
        s.text(mm(32), A4[1] - mm(18), f"{c.firm}　{c.extra['firm_addr']}", font("microhei", 26), fill=GREY)
    return doc.sheets


def _worker_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The printed 执行申请书 form of the court's window, filled by the worker in ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("song_gb", 36)
    s.centred(mm(20), "执 行 申 请 书", font("song_gb", 66), spacing=10)
    s.text(mm(20), mm(32), "（当事人填写用）", font("song_gb", 30))
    w = A4[0] - mm(40)
    rows = [["申请执行人", "", "性别", "", "出生年月", ""], ["身份证号", ""], ["住址", ""], ["联系电话", ""],
            ["被执行人", ""], ["法定代表人", ""], ["被执行人住址", ""], ["执行依据", ""], ["申请执行标的", ""],
            ["申请事项及理由", ""]]
    cols = [mm(34), mm(40), mm(18), mm(22), mm(26), w - mm(140)]
    hs = [mm(14)] * 9 + [mm(50)]
    table(s, mm(20), mm(40), cols, rows, f, row_h=hs)
    y = mm(40)
    fills = [a.name, a.id_number, a.address, a.phone, r.name, r.legal_rep, r.address,
             f"{c.basis_court}{c.basis_number}", f"工资{c.amount:,.0f}元"]
    hand(s, mm(58), y + mm(3), a.name, rng, size=44)
    hand(s, mm(114), y + mm(3), a.sex, rng, size=44)
    hand(s, mm(163), y + mm(3), f"{a.born.year}.{a.born.month}" if a.born else "", rng, size=40)
    for k, v in enumerate(fills[1:], 1):
        hand(s, mm(58), y + k * mm(14) + mm(3), v, rng, size=40 if len(v) < 26 else 30)
    hand(s, mm(58), y + 9 * mm(14) + mm(5), "老板一直不给工资，仲裁后也不给，", rng, size=40)
    hand(s, mm(58), y + 9 * mm(14) + mm(17), "申请法院强制执行。", rng, size=40)
    s.text(mm(110), mm(230), "申请人（签名）：", f)
    signature(s, mm(150), mm(226), a.name, rng, ink=(30, 50, 150))
    hand(s, mm(130), mm(244), num_date(c.filed_on - timedelta(days=1)), rng, size=40)
    s.text(mm(20), mm(266), "注：本表由申请人如实填写，并附执行依据及生效证明。", font("song_gb", 28))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The window's printed forms the applicant or respondent fills by hand."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("song_gb", 36)
    w = A4[0] - mm(44)
    filler = a
    if code == "property_clue_form":
        title = "被执行人财产线索提供表"
        rows = [["申请执行人", a.name], ["被执行人", r.name], ["银行账户", ""], ["车辆", ""], ["不动产", ""], ["其他", ""]]
        fills = ["", "", f"{c.extra['r_bank']} {c.extra['r_acct']}",
                 f"{c.extra['plate']}半挂车" if _tale(c) == "coal" else "不清楚", "不清楚", "无"]
        when = c.filed_on - timedelta(days=1)
    elif code == "payment_account_confirmation":
        title = "申请执行人收取案款确认书"
        rows = [["案号", c.number], ["申请执行人", a.name], ["收款户名", ""], ["开户银行", ""], ["账号", ""], ["联系电话", ""]]
        fills = ["", "", a.name, c.extra["in_bank"], c.extra["in_acct"], a.phone]
        when = c.filed_on
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [["案号", c.number], ["受送达人", a.name], ["送达地址", ""], ["收件人", ""], ["联系电话", ""],
                ["是否同意电子送达", ""]]
        fills = ["", "", a.address, c.agent if a.kind == "organisation" else a.name, c.agent_phone, "同意"]
        when = c.filed_on
    else:  # property_declaration_form
        title = "被执行人财产申报表"
        filler = r
        rows = [["被执行人", r.name], ["银行存款", ""], ["车辆", ""], ["房产", ""], ["债权及其他", ""], ["收入情况", ""]]
        coal = _tale(c) == "coal"
        fills = ["", f"{c.extra['r_bank']}，余额约{rng.randint(2, 90)}元", f"{c.extra['plate']}一辆" if coal else "无",
                 "无", "无", "停业" if _tale(c) == "heat" else "经营困难"]
        when = _day(c, 14)
    s.centred(mm(24), title, font("song_gb", 64), spacing=6)
    table(s, mm(22), mm(44), [mm(46), w - mm(46)], rows, f, row_h=mm(20), width=2)
    for k, v in enumerate(fills):
        if v:
            hand(s, mm(72), mm(44) + k * mm(20) + mm(5), v, rng, size=42 if len(v) < 22 else 32)
    s.text(mm(22), mm(180), "以上内容由本人填写，如有不实，愿承担法律责任。", f)
    s.text(mm(100), mm(205), "填写人：", f)
    signature(s, mm(125), mm(200), filler.legal_rep or filler.name, rng, ink=(30, 50, 150))
    hand(s, mm(100), mm(222), num_date(when), rng, size=40)
    return [s]


def _lawyer_papers(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    f = font("microhei", 40)
    aid = c.firm.endswith("法律援助中心")
    if code == "law_firm_letter":
        s.centred(mm(22), c.firm, font("hei", 66), spacing=4)
        s.line(mm(26), mm(34), A4[0] - mm(26), mm(34), width=4, fill=(170, 30, 30))
        s.centred(mm(42), "法律援助公函" if aid else "律师事务所函", font("hei", 70), spacing=10)
        s.right(A4[0] - mm(28), mm(58), f"{'援' if aid else '云律'}函〔{c.filed_on.year}〕第{rng.randint(10, 300)}号", f)
        s.text(mm(28), mm(72), f"{c.court.name}：", f)
        body = (f"本{'中心' if aid else '所'}接受{a.name}的委托{'（指派）' if aid else ''}，指派{c.agent}"
                f"{'律师' if not aid else '同志'}作为其申请执行{c.respondent.name}{c.extra['cause']}一案的代理人。特此函告。")
        y = mm(84)
        for k, part in enumerate(wrap(body, f, A4[0] - mm(56), indent=80)):
            s.text(mm(28) + (80 if k == 0 else 0), y, part, f)
            y += 74
        s.text(A4[0] - mm(90), mm(150), num_date(c.filed_on - timedelta(days=3)), f)
        seal(s, A4[0] - mm(66), mm(144), c.firm, rng)
        return [s]
    if code == "power_of_attorney":
        s.centred(mm(26), "授 权 委 托 书", font("hei", 74), spacing=14)
        lines = [f"委托人：{a.name}", f"受托人：{c.agent}，{c.firm}{'工作人员' if aid else '律师'}，电话{c.agent_phone}",
                 f"现委托上列受托人在{a.name}申请执行{c.respondent.name}一案中，作为我方执行代理人。",
                 "代理权限：特别授权，包括代为申请执行、提供财产线索、参与执行和解、代为领取执行款、签收法律文书。"]
        y = mm(50)
        for line in lines:
            for part in wrap(line, f, A4[0] - mm(56)):
                s.text(mm(28), y, part, f)
                y += 76
            y += 20
        s.text(mm(110), mm(180), "委托人：", f)
        if a.kind == "organisation":
            seal(s, mm(150), mm(182), a.name, rng)
        else:
            signature(s, mm(135), mm(176), a.name, rng)
        s.text(mm(110), mm(198), num_date(c.filed_on - timedelta(days=3)), f)
        return [s]
    # lawyer_license: a photocopy of the card's inner pages on grey copier paper
    s = Sheet(paper=(236, 236, 234))
    s.centred(mm(18), "律师执业证（复印件）", font("hei", 50))
    s.box(mm(30), mm(34), mm(180), mm(130), width=3)
    s.centred(mm(40), "律师执业证" if not aid else "法律服务工作者执业证", font("serif_bold", 60), x0=mm(30), x1=mm(180))
    s.draw.rectangle((mm(38), mm(56), mm(72), mm(100)), fill=(150, 150, 150))
    ff = font("serif", 36)
    for k, line in enumerate([f"姓名：{c.agent}", f"执业机构：{c.firm}", f"执业证号：{c.extra['licence']}",
                              "发证机关：山西省司法厅", f"发证日期：{2015 + rng.randint(0, 7)}年"]):
        s.text(mm(80), mm(58) + k * 64, line, ff)
    s.text(mm(40), mm(140), "与原件核对一致", font("kai", 40), fill=(40, 40, 140))
    signature(s, mm(100), mm(136), c.agent, rng)
    return [s]


def _id_copy(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    s = Sheet(paper=(238, 238, 236))
    if p.kind == "organisation":
        s.box(mm(26), mm(26), A4[0] - mm(26), mm(190), width=6)
        s.centred(mm(36), "营 业 执 照", font("serif_bold", 90), spacing=20)
        s.centred(mm(58), "（副　本）", font("serif", 44))
        ff = font("serif", 38)
        for k, line in enumerate([f"统一社会信用代码　{p.id_number}", f"名　　称　{p.name}", "类　　型　有限责任公司",
                                  f"法定代表人　{p.legal_rep}", f"住　　所　{p.address}",
                                  f"成立日期　{2008 + rng.randint(0, 12)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]):
            s.text(mm(38), mm(74) + k * 76, line, ff)
        s.text(mm(120), mm(170), "登记机关", ff)
        seal(s, mm(160), mm(166), "大同市行政审批服务管理局", rng)
        s.text(mm(40), mm(210), "复印件与原件一致", font("kai", 44), fill=(40, 40, 140))
        return [s]
    for k, top in enumerate((mm(30), mm(110))):
        s.draw.rounded_rectangle((mm(50), top, mm(160), top + mm(68)), radius=24, outline=(90, 90, 90), width=3)
        if k == 0:
            ff = font("hei", 30)
            for j, line in enumerate([f"姓名 {p.name}", f"性别 {p.sex}　民族 汉",
                                      f"出生 {p.born.year}年{p.born.month}月{p.born.day}日" if p.born else "",
                                      f"住址 {p.address}"]):
                s.text(mm(56), top + mm(6) + j * 52, line[:20], ff)
            s.text(mm(56), top + mm(56), f"公民身份号码 {p.id_number}", ff)
            s.draw.rectangle((mm(122), top + mm(8), mm(152), top + mm(46)), fill=(170, 170, 170))
        else:
            s.centred(top + mm(14), "中华人民共和国", font("hei", 48), x0=mm(50), x1=mm(160))
            s.centred(top + mm(28), "居民身份证", font("hei", 56), spacing=6, x0=mm(50), x1=mm(160))
            s.text(mm(60), top + mm(50), "签发机关 大同市公安局平城分局", font("hei", 28))
    hand(s, mm(60), mm(196), "此复印件仅供法院执行使用", rng, size=40)
    signature(s, mm(120), mm(212), p.name, rng)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    doc = Typed(font("song_gb", 40), left=mm(30), right=mm(28), top=mm(30), bottom=mm(262), pitch=74)
    doc.centre("执行和解协议", font("song_gb", 70), spacing=12, gap=1.8)
    doc.p(f"甲方（申请执行人）：{a.name}", indent=0)
    doc.p(f"乙方（被执行人）：{r.name}", indent=0)
    doc.p(f"甲乙双方{c.extra['cause']}一案，{c.court.name}{c.number}执行过程中，经协商自愿达成如下和解协议：")
    if _tale(c) == "coal":
        doc.p(f"一、乙方同意法院对已查封的{c.extra['plate']}车辆进行评估拍卖，拍卖所得价款用于清偿本案债务；")
        doc.p("二、拍卖价款不足部分，乙方于拍卖成交后十日内以现金补足；")
    else:
        doc.p(f"一、乙方于{num_date(c.extra['pay_day'])}前将拖欠的{c.amount:,.0f}元一次性交至法院执行款账户；")
        doc.p("二、甲方放弃迟延履行期间的债务利息；")
    doc.p("三、乙方履行完毕后，本案执行完毕，甲方不再就本案申请执行。")
    doc.p("四、本协议一式三份，双方各执一份，交法院一份附卷。")
    doc.room(74 * 4)
    doc.y += 30
    doc.s.text(mm(30), doc.y, "甲方：", doc.f)
    doc.s.text(mm(115), doc.y, "乙方：", doc.f)
    signature(doc.s, mm(45), doc.y - 6, a.legal_rep or a.name, rng)
    signature(doc.s, mm(130), doc.y - 6, r.legal_rep or r.name, rng)
    seal(doc.s, mm(150), doc.y + 20, r.name, rng)
    doc.y += 90
    doc.s.text(mm(30), doc.y, num_date(_day(c, 30)), doc.f)
    return two_up(doc.footer("{i}")) if len(doc.sheets) == 2 else doc.sheets


def _bank_slip(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("mono", 32)
    w = A4[0] - mm(40)
    if code == "fee_receipt":
        s.centred(mm(18), "山西省非税收入一般缴款书（电子）", font("sans_bold", 52))
        s.text(mm(20), mm(32), f"票据代码：14010123　票据号码：{rng.randint(10**7, 10**8 - 1)}　开票日期：{num_date(c.filed_on)}",
               font("sans", 28))
        rows = [["缴款人", c.applicant.name], ["执收单位", c.court.name], ["项目名称", "申请执行费"],
                ["金额（小写）", f"{c.extra['fee']:.2f}"], ["金额（大写）", money_caps(c.extra["fee"])],
                ["备注", c.number]]
        table(s, mm(20), mm(42), [mm(44), w - mm(44)], rows, font("sans", 34), row_h=mm(14))
        seal(s, A4[0] - mm(60), mm(120), "山西省财政厅", rng, inner="票据专用章")
        s.text(mm(20), mm(140), "收款单位（章）　　　　复核人：　　　　　收款人：", font("sans", 30))
        return [s]
    bank = c.extra["r_bank"] if _tale(c) != "coal" else rng.choice(["中国农业银行大同城区支行", "晋商银行大同分行"])
    payer = c.respondent.name if _tale(c) != "coal" else c.extra["buyer"]
    paid = c.amount if _tale(c) != "coal" else c.extra["sold"]
    s.text(mm(20), mm(16), bank, font("sans_bold", 44))
    s.centred(mm(30), "电子回单", font("sans_bold", 58), spacing=10)
    rows = [["回单编号", f"{rng.randint(10**11, 10**12 - 1)}", "交易日期", num_date(c.extra["pay_day"])],
            ["付款人", payer, "收款人", "大同市平城区人民法院"],
            ["付款账号", c.extra["r_acct"] if payer == c.respondent.name else f"6217{rng.randint(10**11, 10**12 - 1)}",
             "收款账号", f"1405016{rng.randint(10**9, 10**10 - 1)}"],
            ["金额", f"CNY {paid:,.2f}", "大写", money_caps(Decimal(paid))], ["用途", f"{c.number}执行款"]]
    table(s, mm(20), mm(44), [mm(30), mm(60), mm(30), w - mm(120)], rows, f, row_h=mm(14))
    seal(s, A4[0] - mm(50), mm(126), bank, rng, radius=mm(15), inner="电子回单专用章")
    s.text(mm(20), mm(150), f"打印时间：{num_date(c.extra['pay_day'])}  本回单可通过网上银行验证真伪", font("sans", 26),
           fill=GREY)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 总对总 查控 printout, then one bank's own 查询反馈 sheet."""
    r = c.respondent
    when = _day(c, 6)
    s = Sheet()
    f = font("sans", 28)
    s.centred(mm(16), "网络执行查控系统 查询结果", font("sans_bold", 48))
    s.text(mm(14), mm(28), f"案号：{c.number}　被执行人：{r.name}　证照号码：{r.id_number}", f)
    s.text(mm(14), mm(35), f"查询时间：{num_date(when)}　承办人：{c.officer}", f)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "晋商银行", "大同银行", "大同农商银行"]
    rows = [["序号", "协助单位", "反馈结果", "账号/标的", "余额（元）"]]
    for i, bank in enumerate(banks, 1):
        hit = bank in c.extra["r_bank"]
        rows.append([str(i), bank, "有账户" if hit else "无", c.extra["r_acct"] if hit else "",
                     f"{rng.randint(0, 3000)}.{rng.randint(10, 99)}" if hit else ""])
    rows.append([str(len(rows)), "公安部车辆", "有车辆" if _tale(c) == "coal" else "无",
                 c.extra.get("plate", "") if _tale(c) == "coal" else "", ""])
    rows.append([str(len(rows)), "自然资源部不动产", "无", "", ""])
    table(s, mm(14), mm(44), [mm(14), mm(44), mm(26), mm(74), A4[0] - mm(186)], rows, f, row_h=mm(10), width=1)
    s.text(mm(14), mm(44) + mm(10) * len(rows) + mm(6), "本结果由系统自动生成，仅供执行参考。", f, fill=GREY)
    b = Sheet()
    b.starts_document = True
    bf = font("song_gb", 36)
    b.text(mm(24), mm(20), c.extra["r_bank"], font("song_gb", 48))
    b.centred(mm(40), "协助查询存款反馈结果", font("song_gb", 62), spacing=4)
    b.text(mm(24), mm(58), f"{c.court.name}：", bf)
    body = (f"贵院{c.number}协助查询存款通知书收悉。经查，{r.name}（{r.id_number}）在我行开立账户如下，"
            "特此反馈。")
    y = mm(68)
    for k, part in enumerate(wrap(body, bf, A4[0] - mm(48), indent=72)):
        b.text(mm(24) + (72 if k == 0 else 0), y, part, bf)
        y += 64
    rows = [["账号", "账户性质", "币种", "余额", "状态"],
            [c.extra["r_acct"], "基本存款账户", "人民币", f"{rng.randint(0, 3000)}.{rng.randint(10, 99)}", "正常"]]
    table(b, mm(24), y + mm(6), [mm(62), mm(36), mm(22), mm(30), A4[0] - mm(198)], rows, font("song_gb", 32),
          row_h=mm(12))
    b.text(A4[0] - mm(90), mm(170), "经办人：", bf)
    signature(b, A4[0] - mm(66), mm(166), person_name(rng), rng)
    b.text(A4[0] - mm(90), mm(186), num_date(when + timedelta(days=2)), bf)
    seal(b, A4[0] - mm(60), mm(180), c.extra["r_bank"], rng, radius=mm(17))
    return [s, b]
