"""The papers that reach 奎文法院's bureau from others, each in its author's style: 潍坊中院's appeal judgment (bound in
the first-instance volume, so the contractor saved it as a two-page spread), 潍坊仲裁委员会's award and its 生效证明,
the 支付令, the lawyers' typed application and 所函, the window's hand-filled forms, licence and ID copies, the 查控
system's printout, the bank's electronic receipt of the paid-out money, and the loan parties' settlement."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, cn_date, money_caps
from dossier.corpus.draw import A4, RED, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_cr_kit import COURT, B, L, R, T, basis_words, made, money, sign_off
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
MID = "山东省潍坊市中级人民法院"
ARB = "潍坊仲裁委员会"


def arabic(d: date) -> str:
    """The commission's dates, in Arabic numerals (its 楷体 has no 〇)."""
    return f"{d.year}年{d.month}月{d.day}日"


def _spread() -> Sheet:
    """Two facing A4 pages of a bound volume, saved as one image."""
    return Sheet(size=(A4[0] * 2, A4[1]), paper=(250, 249, 244))


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """潍坊中院's 二审 judgment, pages 1–2 side by side (its later pages are of no use to the bureau)."""
    s = _spread()
    f = font("song_gb", 36)
    w = A4[0]
    x0 = mm(30)
    s.centred(mm(32), MID, font("song_gb", 50), x0=0, x1=w)
    s.centred(mm(32) + 80, "民 事 判 决 书", font("hei", 66), x0=0, x1=w)
    s.right(w - mm(28), mm(32) + 180, c.basis_number, f)
    a, r = c.applicant, c.respondent
    paras = [("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，总经理。"),
             ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，董事长。"),
             ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
             ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服山东省潍坊市奎文区人民法院"
                   f"{c.extra['kw_first']}民事判决，向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。"),
             ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人交付的"
                   f"{c.extra['kw_kites']}存在骨架开裂、画面褪色等质量问题，外商拒收，上诉人有权拒付货款。"),
             ("p", f"{a.name}辩称：双方签订的《风筝购销合同》约定上诉人收货后七日内提出质量异议，上诉人收货后未提出"
                   f"异议，并已将{c.extra['kw_pieces']}只风筝装柜出口，一审判决认定事实清楚，应予维持。"),
             ("p", "本院经审理查明的事实与一审一致。本院认为，上诉人在约定的检验期内未提出质量异议，应视为标的物质量"
                   "符合约定，其以外商拒收为由拒付货款，没有事实和法律依据。一审判决认定事实清楚，适用法律正确，"
                   "应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项之规定，判决如下："),
             ("p", "驳回上诉，维持原判。"),
             ("p", f"二审案件受理费{money(c.extra['kw_fee'] * 2)}元，由上诉人{r.name}负担。"),
             ("p", "本判决为终审判决。")]
    bottom = A4[1] - mm(32)
    # the left page's column, then the right page's
    first, second = paras[:8], paras[8:]
    flow(s, first, f, x0=x0, width=w - mm(58), y=float(mm(32) + 250), line_height=60, indent=74)
    y2 = flow(s, second, f, x0=w + x0, width=w - mm(58), y=float(mm(28)), line_height=60, indent=74)
    fs = font("song_gb", 34)
    for role, name in (("审判长", person_name_for(rng)), ("审判员", person_name_for(rng)), ("审判员", person_name_for(rng))):
        y2 += 54
        s.text(2 * w - mm(90), y2, f"{role}    {name}", fs)
    y2 += 80
    day = c.basis_effective - timedelta(days=rng.randint(8, 20))
    s.text(2 * w - mm(90), y2, cn_date(day), fs)
    seal(s, 2 * w - mm(66), y2 - 20, MID, rng)
    s.text(2 * w - mm(90), y2 + 80, f"书记员    {person_name_for(rng)}", fs)
    s.text(w + x0, y2 + 40, "本件与原本核对无异", font("song_gb", 30))
    for k in (0, 1):
        s.centred(bottom, f"第{k + 1}页共2页", font("song_gb", 28),
                  x0=k * w, x1=(k + 1) * w)
    return [s]


def person_name_for(rng: random.Random) -> str:
    from dossier.corpus.content import person_name
    return person_name(rng)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """潍坊仲裁委员会's award: boxed 黑体 title, 仿宋-like body, two pages."""
    sheets = [Sheet(), Sheet()]
    s = sheets[0]
    f = font("kai_gb", 38)
    s.centred(mm(30), ARB, font("hei", 58), spacing=10)
    s.box(mm(78), mm(30) + 96, mm(132), mm(30) + 190, width=3)
    s.centred(mm(30) + 110, "裁 决 书", font("hei", 60))
    s.right(R, mm(30) + 220, c.basis_number, font("kai_gb", 34))
    a, r = c.applicant, c.respondent
    blocks = [("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
              ("f", f"委托代理人：{c.agent}，{c.firm}律师。"), ("f", f"被申请人：{r.name}，住所地{r.address}。"),
              ("f", f"法定代表人：{r.legal_rep}。"),
              ("p", "本会根据申请人与被申请人签订的《蔬菜大棚建设工程施工合同》中的仲裁条款，受理了申请人提出的仲裁申请。"
                    "本会依法组成仲裁庭，于"
                    f"{arabic(c.basis_effective - timedelta(days=rng.randint(30, 50)))}开庭审理了本案，双方均到庭"
                    "参加了庭审。本案现已审理终结。"),
              ("p", f"申请人称：双方约定由申请人为被申请人建设冬暖式蔬菜大棚{c.extra['kw_sheds']}个，含钢架、保温被及"
                    "卷帘机。工程已于去年九月竣工并交付使用，被申请人仅支付部分工程款，尚欠工程款未付。"),
              ("p", "被申请人辩称：大棚已经使用，但今年蔬菜价格低，公司资金困难，请求分期支付。"),
              ("p", "仲裁庭认为，申请人已按约完成施工并交付，被申请人应按约支付工程款，其以资金困难为由拒付，不予支持。"
                    "依照《中华人民共和国民法典》第七百九十九条及《中华人民共和国仲裁法》之规定，裁决如下："),
              ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付工程款{money(c.amount)}元；"),
              ("p", "二、本案仲裁费由被申请人承担。"),
              ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
    flow(s, blocks[:8], f, x0=L, width=R - L, y=float(mm(30) + 290), line_height=62, indent=76)
    last = sheets[1]  # the tribunal's reasoning, the award and the signatures go over the page
    y = flow(last, blocks[8:], f, x0=L, width=R - L, y=float(mm(30)), line_height=62, indent=76)
    fs = font("kai_gb", 36)
    for role in ("首席仲裁员", "仲 裁 员", "仲 裁 员"):
        y += 56
        last.text(R - mm(78), y, f"{role}  {person_name_for(rng)}", fs)
    y += 90
    last.text(R - mm(78), y, arabic(c.basis_effective - timedelta(days=rng.randint(1, 5))), fs)
    seal(last, R - mm(50), y - 10, ARB, rng)
    last.text(R - mm(78), y + 80, f"书  记  员  {person_name_for(rng)}", fs)
    for k, sh in enumerate(sheets):
        sh.right(R, B + 30, f"第 {k + 1} 页  共 2 页", font("kai_gb", 28))
    return sheets


def _payment_order(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """奎文法院's own 支付令 (督促程序), signed by a single judge."""
    s = Sheet()
    s.centred(T, COURT, font("serif_bold", 50), spacing=4)
    s.centred(T + 90, "支 付 令", font("serif_bold", 68), spacing=20)
    s.right(R, T + 200, c.basis_number, font("serif", 34))
    a, r = c.applicant, c.respondent
    blocks = [("f", f"申请人：{a.name}，{a.sex}，住{a.address}。"), ("f", f"被申请人：{r.name}，{r.sex}，住{r.address}。"),
              ("p", f"申请人{a.name}于{c.filed_on.year - 1}年向本院申请支付令，称：{cn_date(c.extra['kw_loan_day'])}，"
                    f"被申请人向申请人借款{money(c.amount)}元，出具借条一张，约定一年内归还。借款到期后，经申请人多次催要，"
                    "被申请人至今未还。"),
              ("p", "本院经审查认为，申请人的申请符合《中华人民共和国民事诉讼法》第二百二十一条的规定。依照该法第二百二十三条"
                    "之规定，特发出如下支付令："),
              ("p", f"被申请人{r.name}应当自收到本支付令之日起十五日内，给付申请人{a.name}借款{money(c.amount)}元"
                    f"（{money_caps(c.amount)}）。申请费由被申请人负担。"),
              ("p", "被申请人如对债务本身有异议，应当自收到本支付令之日起十五日内向本院书面提出。逾期不提出书面异议"
                    "又不履行的，申请人可以向人民法院申请强制执行。")]
    y = flow(s, blocks, font("serif", 38), x0=L, width=R - L, y=T + 270, line_height=64, indent=80)
    fs = font("serif", 36)
    s.text(R - mm(62), y + 40, f"审判员    {c.judge}", fs)
    day = c.basis_effective - timedelta(days=18)
    s.text(R - mm(62), y + 130, cn_date(day), fs)
    seal(s, R - mm(38), y + 120, COURT, rng)
    s.text(R - mm(62), y + 220, f"书记员    {c.clerk}", fs)
    s.text(L, B, f"经审查，本支付令已于{cn_date(c.basis_effective)}发生法律效力。（立案庭）", font("serif", 28))
    return [s]


def _arb_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(40), ARB, font("hei", 54), spacing=8)
    s.line(L, mm(40) + 86, R, mm(40) + 86, width=3, fill=RED)
    s.centred(mm(40) + 130, "裁决书生效证明", font("hei", 58))
    y = flow(s, [("f", "潍坊市奎文区人民法院："),
                 ("p", f"本会作出的{c.basis_number}裁决书（申请人{c.applicant.name}，被申请人{c.respondent.name}，"
                       f"{c.extra['kw_cause']}），已于{arabic(c.basis_effective - timedelta(days=3))}送达双方当事人。"
                       "依照《中华人民共和国仲裁法》第五十七条之规定，该裁决书自作出之日起发生法律效力。"
                       "截至本证明出具之日，本会未收到人民法院撤销或不予执行该裁决的通知。"),
                 ("p", "特此证明。")], font("kai_gb", 40), x0=L, width=R - L, y=mm(40) + 260, line_height=68,
             indent=80)
    day = c.basis_effective + timedelta(days=rng.randint(10, 20))
    s.text(R - mm(66), y + 120, "潍坊仲裁委员会秘书处", font("kai_gb", 38))
    s.text(R - mm(60), y + 190, arabic(day), font("kai_gb", 38))
    seal(s, R - mm(40), y + 150, ARB, rng)
    s.text(L, B - 30, f"（经办人：{person_name_for(rng)}  电话：0536-8096{rng.randint(100, 999)}）", font("kai_gb", 28))
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed 强制执行申请书 in 黑体 headings and a plain sans body."""
    s = Sheet()
    s.centred(mm(30), "强制执行申请书", font("hei", 62), spacing=6)
    f = font("sans", 36)
    a, r = c.applicant, c.respondent
    idline = (f"统一社会信用代码：{a.id_number}" if a.kind == "organisation" else f"身份证号：{a.id_number}")
    blocks = [("f", f"申请执行人：{a.name}"), ("f", f"住所：{a.address}"), ("f", idline),
              ("f", f"法定代表人：{a.legal_rep}" if a.legal_rep else f"电话：{a.phone}"),
              ("f", f"被执行人：{r.name}"), ("f", f"住所：{r.address}"),
              ("f", "执行请求："),
              ("p", f"1.请求依法强制被执行人给付申请执行人{money(c.amount)}元；"),
              ("p", "2.请求被执行人加倍支付迟延履行期间的债务利息；"),
              ("p", "3.本案执行费用由被执行人承担。"),
              ("f", "事实和理由："),
              ("p", f"申请执行人与被执行人{c.extra['kw_cause']}一案，{basis_words(c)}已发生法律效力。被执行人至今未履行"
                    "生效法律文书确定的义务，为维护申请执行人的合法权益，特依法向贵院申请强制执行。"),
              ("f", "此致"), ("f", COURT)]
    y = flow(s, blocks, f, x0=mm(25), width=mm(160), y=float(mm(30) + 120), line_height=60, indent=72)
    day = made(c, "enforcement_application")
    s.text(R - mm(70), y + 40, "申请执行人：", f)
    if a.kind == "organisation":
        seal(s, R - mm(25), y + 60, a.name, rng, radius=mm(19))
    else:
        signature(s, R - mm(36), y + 30, a.name, rng)
    s.text(R - mm(70), y + 150, f"{day.year}年{day.month}月{day.day}日", f)
    return [s]


def _window_form(title: str, rows: list[list[str]], fills: list[str], c: CaseCtx, rng: random.Random,
                 note: str) -> list[Sheet]:
    """A form from the 立案窗口 rack, filled by hand in blue ink."""
    s = Sheet()
    s.centred(T - 10, title, font("hei", 56), spacing=6)
    s.text(L, T + 90, f"案号：{c.number}", font("sans", 30))
    hs = [96.0] * len(rows)
    y0 = T + 140
    table(s, L, y0, [mm(44), mm(110)], rows, font("sans", 32), row_h=hs, centre_first=True)
    for i, text in enumerate(fills):
        if text:
            hand(s, L + mm(48), y0 + 96 * i + 24, text, rng, size=38)
    y = flow(s, [("p", note)], font("sans", 28), x0=L, width=R - L, y=y0 + 96 * len(rows) + 30, line_height=46,
             indent=56)
    day = c.filed_on - timedelta(days=2)
    s.text(R - mm(82), y + 60, "填表人（签名/盖章）：", font("sans", 30))
    signature(s, R - mm(30), y + 50, c.agent, rng)
    hand(s, R - mm(60), y + 130, f"{day.year}年{day.month}月{day.day}日", rng, size=36)
    return [s]


def _licence(c: CaseCtx, rng: random.Random, p_name: str, code: str, addr: str, rep: str) -> list[Sheet]:
    """A photocopy of a 营业执照 副本, the copy's grey edge and the company's 复印件 seal."""
    s = Sheet(paper=(246, 246, 246))
    s.box(mm(16), mm(24), mm(194), mm(230), width=10, outline=(120, 120, 120))
    s.centred(mm(44), "营 业 执 照", font("serif_bold", 90), spacing=20)
    s.centred(mm(64), "（副 本）", font("serif", 40))
    s.text(mm(28), mm(80), f"统一社会信用代码  {code}", font("hei", 34))
    s.box(mm(160), mm(72), mm(184), mm(96), width=3)
    for i in range(8):
        for j in range(8):
            if rng.random() < 0.5:
                s.draw.rectangle((mm(161) + i * 22, mm(73) + j * 22, mm(161) + i * 22 + 20, mm(73) + j * 22 + 20),
                                 fill=(30, 30, 30))
    rows = [("名    称", p_name), ("类    型", "有限责任公司（自然人投资或控股）"), ("法定代表人", rep),
            ("经营范围", "风筝、工艺品制造、销售；货物进出口" if "风筝" in p_name else "温室大棚设计、施工；钢结构工程"),
            ("注册资本", f"{rng.choice([100, 300, 500, 1000])}万元人民币"), ("成立日期", f"{rng.randint(2003, 2016)}年"
                                                                           f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住    所", addr)]
    y = mm(110)
    for k, v in rows:
        s.text(mm(30), y, k, font("serif", 34))
        flow(s, [("f", v)], font("serif", 34), x0=mm(70), width=mm(110), y=y, line_height=50, indent=0)
        y += 100
    s.text(mm(120), mm(205), "登记机关", font("serif", 34))
    seal(s, mm(160), mm(205), "潍坊市市场监督管理局", rng, radius=mm(18))
    hand(s, mm(40), mm(245), "与原件核对一致", rng, size=44, ink=(30, 30, 30))
    seal(s, mm(120), mm(250), p_name, rng, radius=mm(19))
    return [s]


def _id_copy(c: CaseCtx, rng: random.Random, who_resp: bool) -> list[Sheet]:
    """Both faces of a 居民身份证 photocopied on one A4, the holder's signature under them."""
    p = c.respondent if who_resp else c.applicant
    s = Sheet(paper=(248, 248, 248))
    x0, y0, w, h = mm(45), mm(40), mm(120), mm(76)
    grey = (90, 90, 90)
    s.draw.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=30, outline=grey, width=4)
    f = font("hei", 30)
    born = p.born
    s.text(x0 + 30, y0 + 40, f"姓名  {p.name}", f)
    s.text(x0 + 30, y0 + 100, f"性别  {p.sex}    民族  汉", f)
    if born:
        s.text(x0 + 30, y0 + 160, f"出生  {born.year} 年 {born.month} 月 {born.day} 日", f)
    flow(s, [("f", f"住址  {p.address}")], f, x0=x0 + 30, width=mm(72), y=y0 + 220, line_height=44, indent=0)
    s.text(x0 + 30, y0 + h - 80, f"公民身份号码  {p.id_number}", font("hei", 32))
    s.draw.rectangle((x0 + w - mm(34), y0 + 40, x0 + w - mm(8), y0 + 40 + mm(34)), fill=(150, 150, 150))
    y1 = y0 + h + mm(18)
    s.draw.rounded_rectangle((x0, y1, x0 + w, y1 + h), radius=30, outline=grey, width=4)
    s.centred(y1 + 110, "中华人民共和国", font("hei", 50), x0=x0, x1=x0 + w)
    s.centred(y1 + 190, "居 民 身 份 证", font("hei", 60), x0=x0, x1=x0 + w)
    s.text(x0 + 60, y1 + h - 130, "签发机关  潍坊市公安局奎文分局", f)
    s.text(x0 + 60, y1 + h - 80, f"有效期限  {rng.randint(2015, 2020)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", f)
    hand(s, mm(50), y1 + h + mm(20), "此复印件仅供奎文法院执行使用", rng, size=40, ink=(30, 30, 30))
    signature(s, mm(120), y1 + h + mm(36), p.name, rng)
    return [s]


def _credit_print(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent company's page printed from the 国家企业信用信息公示系统 by the lawyer."""
    s = Sheet()
    r = c.respondent
    s.text(mm(12), mm(10), f"{(c.filed_on - timedelta(days=5)).isoformat()} 10:{rng.randint(10, 59)}    国家企业信用信息公示系统",
           font("sans", 24))
    s.text(mm(18), mm(28), "国家企业信用信息公示系统", font("sans_bold", 50), fill=(40, 70, 150))
    s.text(mm(18), mm(44), r.name, font("sans_bold", 44))
    s.text(mm(18), mm(56), "存续（在营、开业、在册）", font("sans", 30), fill=(40, 130, 60))
    rows = [["统一社会信用代码", r.id_number], ["企业名称", r.name], ["类型", "有限责任公司（自然人独资）"],
            ["法定代表人", r.legal_rep], ["登记机关", "潍坊市奎文区市场监督管理局" if c.extra["kw_story"] == "kite"
                                      else "潍坊市坊子区市场监督管理局"],
            ["住所", r.address], ["经营范围", "国内贸易；货物及技术进出口" if c.extra["kw_story"] == "kite"
                                 else "蔬菜种植、销售；农业技术推广服务"]]
    table(s, mm(18), mm(70), [mm(46), mm(128)], rows, font("sans", 30), row_h=96)
    s.text(mm(12), A4[1] - mm(10), "https://www.gsxt.gov.cn/corp-query-entprise-info.html                1/1",
           font("sans", 22))
    return [s]


def _lawyer_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(247, 247, 247))
    x0, y0 = mm(40), mm(40)
    s.box(x0, y0, x0 + mm(130), y0 + mm(92), width=4, outline=(80, 80, 80))
    s.centred(y0 + 40, "中华人民共和国律师执业证", font("serif_bold", 46), x0=x0, x1=x0 + mm(130))
    s.draw.rectangle((x0 + 40, y0 + 150, x0 + 40 + mm(26), y0 + 150 + mm(34)), fill=(160, 160, 160))
    f = font("serif", 32)
    rows = [f"执业机构  {c.firm}", "执业证类别  专职律师", f"执业证号  {c.extra['kw_licence']}",
            f"持证人  {c.agent}", f"性别  {'男' if rng.random() < 0.6 else '女'}",
            f"身份证号  3707{rng.randint(10, 99)}19{rng.randint(70, 95)}{rng.randint(1000, 9999)}{rng.randint(100, 999)}X"]
    for i, t in enumerate(rows):
        s.text(x0 + mm(34), y0 + 150 + i * 62, t, f)
    seal(s, x0 + mm(100), y0 + mm(80), "山东省司法厅", rng, radius=mm(16))
    y1 = y0 + mm(110)
    s.box(x0, y1, x0 + mm(130), y1 + mm(70), width=4, outline=(80, 80, 80))
    s.text(x0 + 40, y1 + 40, "律师年度考核备案", font("serif_bold", 36))
    s.text(x0 + 40, y1 + 120, f"考核年度  {c.filed_on.year - 1}年度", f)
    s.text(x0 + 40, y1 + 190, "考核结果  称职", f)
    seal(s, x0 + mm(90), y1 + mm(42), "潍坊市司法局", rng, radius=mm(15))
    hand(s, x0, y1 + mm(82), "复印件与原件一致", rng, size=40, ink=(30, 30, 30))
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(28), c.firm, font("serif_bold", 58), fill=RED)
    s.line(mm(25), mm(28) + 96, mm(185), mm(28) + 96, width=5, fill=RED)
    s.right(mm(185), mm(28) + 120, c.extra["kw_firm_letter"], font("serif", 32))
    s.centred(mm(28) + 220, "律 师 事 务 所 函", font("serif_bold", 56))
    f = font("serif", 38)
    y = flow(s, [("f", f"{COURT}："),
                 ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}"
                       f"{c.extra['kw_cause']}执行一案的委托代理人。"), ("p", "特此函告。"),
                 ("f", f"律师联系电话：{c.agent_phone}"), ("f", f"本所地址：{c.extra['kw_firm_addr']}")],
             f, x0=mm(28), width=mm(154), y=mm(28) + 340, line_height=64, indent=80)
    day = c.filed_on - timedelta(days=4)
    s.text(R - mm(60), y + 140, cn_date(day), f)
    seal(s, R - mm(40), y + 120, c.firm, rng)
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), "授 权 委 托 书", font("hei", 60))
    f = font("sans", 34)
    a = c.applicant
    rows = [["委托人", a.name], ["住所地", a.address], ["受托人", f"{c.agent}  {c.firm}律师"],
            ["联系电话", c.agent_phone], ["委托事项", f"{a.name}与{c.respondent.name}{c.extra['kw_cause']}执行一案"],
            ["代理权限", ""]]
    y = table(s, mm(25), mm(55), [mm(36), mm(124)], rows, f, row_h=[90, 110, 90, 80, 110, 180], centre_first=True)
    hand(s, mm(64), mm(55) + 480 + 20, "特别授权：代为申请执行、参与和解、", rng, size=36)
    hand(s, mm(64), mm(55) + 480 + 90, "代为领取执行款、签收法律文书。", rng, size=36)
    day = c.filed_on - timedelta(days=5)
    s.text(mm(110), y + 80, "委托人（签章）：", f)
    if a.kind == "organisation":
        seal(s, mm(165), y + 100, a.name, rng, radius=mm(19))
        signature(s, mm(140), y + 160, a.legal_rep, rng)
    else:
        signature(s, mm(150), y + 70, a.name, rng)
        s.draw.ellipse((mm(170), y + 60, mm(178), y + 100), fill=(215, 60, 60))
    hand(s, mm(120), y + 240, f"{day.year}年{day.month}月{day.day}日", rng, size=38)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's printed 财产申报表 that the respondent filled in by hand."""
    s = Sheet()
    s.centred(T - 10, "被执行人财产申报表", font("serif_bold", 56))
    s.text(L, T + 80, f"案号：{c.number}    申报人：{c.respondent.name}", font("serif", 30))
    rows = [["财产类别", "申报情况"], ["银行存款（开户行、账号、余额）", ""], ["不动产", ""], ["车辆", ""],
            ["股权、投资", ""], ["应收账款、其他债权", ""], ["收入情况", ""], ["一年内财产变动", ""]]
    y0 = T + 130
    table(s, L, y0, [mm(62), mm(92)], rows, font("serif", 30), row_h=118, centre_first=True)
    story = c.extra["kw_story"]
    fills = {"kite": ["工行奎文支行基本户，余额约二十万", "无", "无", "无", "外商欠货款（未收回）", "-", "无"],
             "greenhouse": ["坊子农商行基本户，余额0元", "大棚设施（已抵押）", "无", "无", "无", "蔬菜销售，亏损", "无"],
             "loan": ["邮储卡一张，工资卡", "无（租房住）", "无", "无", "无", "打工，每月四千元左右", "无"]}[story]
    for i, t in enumerate(fills, 1):
        hand(s, L + mm(66), y0 + 118 * i + 34, t, rng, size=34)
    y = y0 + 118 * 8 + 40
    s.text(L, y, "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", font("serif", 30))
    who = c.respondent.legal_rep or c.respondent.name
    s.text(R - mm(80), y + 80, "申报人签名：", font("serif", 30))
    signature(s, R - mm(40), y + 70, who, rng)
    d = made(c, "property_declaration_form")
    hand(s, R - mm(70), y + 160, f"{d.year}.{d.month}.{d.day}", rng, size=36)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络执行查控系统 feedback list, printed in a narrow monospace table."""
    s = Sheet()
    f = font("mono", 26)
    s.text(mm(14), mm(10), "执行案件网络查控系统", font("sans", 24))
    s.centred(mm(20), "网络执行查控反馈结果", font("sans_bold", 48))
    s.text(mm(14), mm(36), f"案号：{c.number}  被查询人：{c.respondent.name}  证照号码：{c.respondent.id_number}", f)
    story = c.extra["kw_story"]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "余额/数量"]]
    banks = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "交通银行", "中国邮政储蓄银行", "潍坊银行",
             "潍坊农村商业银行", "招商银行", "自然资源部", "公安部交通管理局", "中国证券登记结算", "支付宝", "财付通"]
    for i, b in enumerate(banks, 1):
        kind = "存款" if i <= 9 or i >= 13 else ("不动产" if i == 10 else ("车辆" if i == 11 else "证券"))
        hit = (story == "kite" and i == 1) or (story == "loan" and i == 6)
        bal = money(c.amount * 3 if story == "kite" else c.amount / 10) if hit else ("0.00" if kind == "存款" else "-")
        rows.append([str(i), b, kind, "已冻结" if hit else ("有账户" if kind == "存款" and i % 3 == 0 else "无"), bal])
    y = table(s, mm(14), mm(44), [mm(14), mm(58), mm(26), mm(40), mm(44)], rows, f, row_h=64)
    s.text(mm(14), y + 30, f"查询时间：{made(c, 'online_inquiry_result').isoformat()}  操作人：{c.officer}", f)
    s.text(mm(14), A4[1] - mm(12), "第1页/共1页", f)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court account's bank e-receipt for the money paid out, stapled under the finance's 案款发放单."""
    s = Sheet()
    day = made(c, "payment_voucher")
    s.centred(mm(22), "潍坊银行 网上银行电子回单", font("sans_bold", 46))
    s.text(mm(22), mm(34), f"回单编号：{c.extra['kw_bank_ref']}    交易日期：{day.isoformat()}", font("sans", 28))
    a = c.applicant
    rows = [["付款人户名", "潍坊市奎文区人民法院", "收款人户名", a.name],
            ["付款人账号", "37050166620100000218", "收款人账号", c.extra["kw_pay_acct"]],
            ["付款人开户行", "潍坊银行奎文支行", "收款人开户行", c.extra["kw_pay_bank"]],
            ["金额（大写）", money_caps(c.amount), "金额（小写）", f"¥{money(c.amount)}"],
            ["用途", f"{c.number}执行款", "交易流水", c.extra["kw_bank_ref"][:12]]]
    y = table(s, mm(16), mm(42), [mm(30), mm(58), mm(30), mm(60)], rows, font("sans", 26), row_h=90)
    seal(s, mm(160), y + 40, "潍坊银行电子回单专用章", rng, radius=mm(16))
    s.line(mm(10), y + mm(28), mm(200), y + mm(28), width=2, fill=(140, 140, 140))
    s.centred(y + mm(34), "执行案款发放审批单", font("serif_bold", 48))
    rows2 = [["案号", c.number], ["领款人", f"{a.name}（代理人{c.agent}）"], ["发放金额", f"{money(c.amount)}元"],
             ["承办人意见", ""], ["财务经办", c.extra["kw_cashier"]]]
    y2 = y + mm(46)
    table(s, mm(22), y2, [mm(40), mm(126)], rows2, font("serif", 30), row_h=92, centre_first=True)
    hand(s, mm(66), y2 + 92 * 3 + 24, f"同意发放。{c.officer}", rng, size=36)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The loan parties' 执行和解协议, typed at a print shop, two pages saved as one spread."""
    s = _spread()
    w = A4[0]
    f = font("ming", 38)
    s.centred(mm(30), "执行和解协议", font("ming", 64), x0=0, x1=w)
    a, r = c.applicant, c.respondent
    one, two = c.extra["kw_instalments"]
    d = made(c, "settlement_agreement")
    blocks = [("f", f"甲方（申请执行人）：{a.name}，身份证号{a.id_number}"),
              ("f", f"乙方（被执行人）：{r.name}，身份证号{r.id_number}"),
              ("p", f"甲乙双方民间借贷纠纷一案，{COURT}{c.basis_number}支付令已生效，现由{COURT}{c.number}执行。"
                    "经双方协商，自愿达成如下和解协议："),
              ("p", f"一、乙方欠甲方借款{money(c.amount)}元，甲方自愿放弃迟延履行期间的债务利息；"),
              ("p", f"二、乙方于{cn_date(d + timedelta(days=10))}前支付{money(one)}元，于{cn_date(d + timedelta(days=35))}"
                    f"前支付{money(two)}元，均交至奎文法院执行款专户；")]
    flow(s, blocks, f, x0=mm(28), width=w - mm(56), y=float(mm(30) + 130), line_height=64, indent=80)
    blocks2 = [("p", "三、乙方如任何一期未按时足额支付，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除；"),
               ("p", "四、乙方履行完毕后，双方就本案再无其他争议；"),
               ("p", "五、本协议一式三份，甲乙双方各执一份，交执行法院一份入卷。")]
    y = flow(s, blocks2, f, x0=w + mm(28), width=w - mm(56), y=float(mm(30)), line_height=64, indent=80)
    s.text(w + mm(28), y + 80, "甲方（签字捺印）：", f)
    signature(s, w + mm(100), y + 70, a.name, rng)
    s.draw.ellipse((w + mm(140), y + 60, w + mm(149), y + 110), fill=(210, 50, 55))
    s.text(w + mm(28), y + 220, "乙方（签字捺印）：", f)
    signature(s, w + mm(100), y + 210, r.name, rng)
    s.draw.ellipse((w + mm(140), y + 200, w + mm(149), y + 250), fill=(210, 50, 55))
    hand(s, w + mm(80), y + 360, f"{d.year}年{d.month}月{d.day}日", rng, size=40)
    s.text(w + mm(28), y + 460, f"见证：执行员{c.officer}", f)
    for k in (0, 1):
        s.centred(A4[1] - mm(26), f"第{k + 1}页 共2页", font("ming", 28), x0=k * w, x1=(k + 1) * w)
    return [s]


def _fee_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The first-instance 诉讼费 receipt: a small 非税收入 slip photocopied on A4."""
    s = Sheet()
    x0, y0 = mm(20), mm(30)
    s.box(x0, y0, x0 + mm(170), y0 + mm(100), width=3)
    s.centred(y0 + 30, "山东省非税收入通用票据", font("serif_bold", 48), x0=x0, x1=x0 + mm(170))
    s.text(x0 + 30, y0 + 110, f"票据号码：No.{rng.randint(10**7, 10**8 - 1)}    开票日期："
                              f"{(c.basis_effective - timedelta(days=200)).isoformat()}", font("serif", 28))
    payer = c.applicant.name
    fee = money(c.extra["kw_fee"] * 2)
    rows = [["缴款人", payer], ["收费项目", "案件受理费" if c.extra["kw_story"] != "loan" else "支付令申请费"],
            ["金额", f"{fee}元（{money_caps(c.extra['kw_fee'] * 2)}）"], ["执收单位", COURT],
            ["案号", c.extra.get("kw_first", c.basis_number)]]
    table(s, x0 + 20, y0 + 170, [mm(36), mm(124)], rows, font("serif", 30), row_h=78, centre_first=True)
    seal(s, x0 + mm(140), y0 + mm(86), f"{COURT}财务专用章", rng, radius=mm(15))
    s.text(x0 + 30, y0 + mm(92), f"收款人：{c.extra['kw_cashier']}", font("serif", 28))
    return [s]


def draw_received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Every paper made by others (or by another division of the court, in its own style)."""
    story = c.extra["kw_story"]
    resp = "respondent" in served
    if code == "enforcement_basis":
        return {"kite": _appeal, "greenhouse": _award, "loan": _payment_order}[story](c, rng)
    if code == "effectiveness_certificate":
        if story == "greenhouse":
            return _arb_certificate(c, rng)
        s = Sheet()
        from dossier.corpus.families.court_cr_kit import head
        y = head(s, "生效证明书", "")
        y = flow(s, [("f", f"{c.applicant.name}："),
                     ("p", f"你（单位）与{c.respondent.name}{c.extra['kw_cause']}一案，本院{c.extra.get('kw_first', '')}"
                           f"民事判决经{MID}{c.basis_number}民事判决维持，该判决已于{cn_date(c.basis_effective)}"
                           "发生法律效力。"), ("p", "特此证明。")], font("serif", 38), x0=L, width=R - L, y=y + 20,
                 line_height=64, indent=80)
        sign_off(s, c, y + 60, c.basis_effective + timedelta(days=11), rng, staff=False)
        return [s]
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "identity_proof":
        p = c.respondent if resp else c.applicant
        if p.kind == "person":
            return _id_copy(c, rng, resp)
        if resp:
            return _credit_print(c, rng)
        return _licence(c, rng, p.name, p.id_number, p.address, p.legal_rep)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _lawyer_card(c, rng)
    if code == "property_clue_form":
        clue = {"kite": f"工行奎文支行基本户（{c.respondent.name}）", "greenhouse": "坊子区大棚基地设施、农商行账户",
                "loan": "邮储银行工资卡"}[story]
        return _window_form("申请执行人提供被执行人财产线索表", [["被执行人", ""], ["财产类型", ""], ["财产所在地/开户行", ""],
                                                     ["线索来源", ""], ["联系电话", ""]],
                            [c.respondent.name, "银行存款" if story != "greenhouse" else "设施、存款", clue,
                             "合同往来付款记录", c.agent_phone], c, rng,
                            "申请执行人应如实提供财产线索，提供虚假线索的，依法承担相应责任。")
    if code == "payment_account_confirmation":
        return _window_form("执行案款收款账户确认书", [["收款人", ""], ["开户银行", ""], ["账    号", ""], ["联系电话", ""]],
                            [c.applicant.name, c.extra["kw_pay_bank"], c.extra["kw_pay_acct"], c.agent_phone], c, rng,
                            "本人（单位）确认上述账户为接收本案执行款的账户，因账户信息错误造成的损失由本人（单位）承担。")
    if code == "service_address_confirmation":
        return _window_form("送达地址确认书", [["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["手机号码", ""],
                                        ["是否同意电子送达", ""]],
                            [c.applicant.name, c.extra["kw_firm_addr"], "261041", c.agent_phone, "同意（短信）"], c, rng,
                            "告知：当事人确认的送达地址适用于执行程序；地址变更应及时书面告知法院，未告知的，按原地址送达"
                            "即视为送达。")
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "payment_voucher":
        return _voucher(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    return _fee_receipt(c, rng)
