"""What 万秀区人民法院执行局 receives, in its makers' styles: the trial division's 民事判决书 (plain song, no rule, 本件与原本
核对无异 stamp), the 梧州仲裁委员会's award and its 生效证明 (a framed heading with the commission's name in hei), the
lawyer's typed application in sans with numbered headings, the firm's red-headed letter, card copies on a photocopied
grey ground, the window's own forms filled in pen, the bank's 电子回单, the 网络执行查控 printout in a monospace grid."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date
from dossier.corpus.draw import RED, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_eo_kit import form
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
DARK = (20, 20, 24)


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str], d: date) -> list[Sheet]:
    if code == "enforcement_basis":
        return _award(c, rng, d) if c.basis_kind == "arbitration" else _judgment(c, rng, d)
    if code == "effectiveness_certificate":
        return _certificate(c, rng, d)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "identity_proof":
        return _card(c, rng, served)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng)
    return _window_form(code, c, rng, d)


def _story(c: CaseCtx) -> list[str]:
    a, r = c.applicant.name, c.respondent.name
    tale = c.extra["tale"]
    if tale == "gem":
        return [f"申请人{a}与被申请人{r}于2022年签订《人工宝石加工合同》，约定由申请人为被申请人加工{c.extra['goods']}，"
                "被申请人按月结算加工费。申请人依约交付全部成品，被申请人验收后仅支付部分加工费，余款经催讨未付。",
                "仲裁庭认为，双方签订的加工合同系真实意思表示，合法有效。申请人已完成加工并交付，被申请人应支付加工费。"]
    if tale == "sand":
        return [f"原告{a}系“{c.extra['ship']}”号货船船主。2022年被告{r}委托原告从西江采砂点运输河砂至梧州各码头，"
                f"共{c.extra['goods']}，双方每月对账确认运费。被告出具的对账单确认尚欠运费未付。",
                "本院认为，原、被告之间的水路货物运输合同关系合法有效，原告已完成运输义务，被告应当支付运费。"]
    return [f"原告{a}经营六堡茶批发生意，于{num_date(c.extra['lent_on'])}向被告{r}出借资金用于购买龟苓膏生产原料，"
            "被告出具借条，约定一年内归还。借款到期后被告未能还款。",
            "本院认为，原、被告之间的民间借贷关系合法有效，被告应当依约偿还借款本金并支付逾期利息。"]


def _judgment(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The trial division's judgment: plain song, no rule under the title, the certified-copy stamp at the end."""
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(28), c.basis_court, font("serif", 46))
    s.centred(mm(40), "民 事 判 决 书", font("serif", 66), spacing=10)
    f = font("serif", 36)
    s.right(s.width - mm(26), mm(56), c.basis_number, f)
    a, r = c.applicant, c.respondent
    a_line = (f"原告：{a.name}，住所地{a.address}。" if a.kind == "organisation" else
              f"原告：{a.name}，{a.sex}，{num_date(a.born or date(1970, 1, 1))}出生，汉族，住{a.address}。")
    story = _story(c)
    blocks = [("f", a_line), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
              ("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
              ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"
                    "原告的委托诉讼代理人到庭参加诉讼，被告经本院传票传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
              ("p", story[0]), ("p", story[1]),
              ("p", f"依照《中华人民共和国民法典》第五百零九条、{'第六百七十五条' if c.extra['tale'] == 'loan' else '第八百一十三条'}，"
                    "《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
              ("p", f"被告{r.name}于本判决发生法律效力之日起十日内向原告{a.name}支付{money(c.amount)}。"),
              ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                    "加倍支付迟延履行期间的债务利息。"),
              ("p", f"案件受理费{c.extra['fee']}元，减半收取，由被告负担。"),
              ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于广西壮族自治区梧州市中级人民法院。")]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(25))

    y = flow(s, blocks, f, x0=mm(30), width=s.width - mm(56), y=mm(68), line_height=64, indent=72,
             bottom=mm(268), more=more)
    last = sheets[-1]
    if y > mm(220):
        sheets.append(Sheet())
        last, y = sheets[-1], float(mm(25))
    x = last.width - mm(80)
    for line in (f"审判员　{person_name_of(c, 'trial')}", "", cn_date(d), "", f"书记员　{person_name_of(c, 'tclerk')}"):
        if line:
            last.text(x - mm(20), y + mm(6), line, f)
        y += 56
    seal(last, x + mm(10), y - mm(22), c.basis_court, rng, radius=mm(20))
    last.box(mm(30), y - mm(30), mm(70), y - mm(10), width=3, outline=RED)
    last.text(mm(33), y - mm(27), "本件与原本", font("hei", 30), fill=RED)
    last.text(mm(33), y - mm(19), "核对无异", font("hei", 30), fill=RED)
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.text(sh.width - mm(40), mm(283), f"- {i} -", font("serif", 28))
        if n > 1:
            sh.page_of = (i, n)
    return sheets


def person_name_of(c: CaseCtx, role: str) -> str:
    """The trial division's judge and clerk, fixed per case (not the bureau's staff)."""
    names = {"trial": "覃" + c.judge[1:], "tclerk": "蒙" + c.clerk[1:]}
    return names[role]


def _award(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """梧州仲裁委员会's award: the commission's name in hei inside a double frame, a left-aligned numbered body."""
    sheets = [Sheet()]
    s = sheets[0]
    s.box(mm(22), mm(18), s.width - mm(22), mm(50), width=5)
    s.box(mm(25), mm(21), s.width - mm(25), mm(47), width=1)
    s.centred(mm(23), c.basis_court, font("hei", 54), spacing=10)
    s.centred(mm(35), "裁　决　书", font("hei", 60), spacing=8)
    f = font("sans", 34)
    s.right(s.width - mm(24), mm(55), c.basis_number, f)
    a, r = c.applicant, c.respondent
    story = _story(c)
    blocks = [("f", f"申请人：{a.name}，住所：{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，执行董事。"),
              ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
              ("f", f"被申请人：{r.name}，住所：{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
              ("p", f"本会根据申请人与被申请人签订的合同中的仲裁条款，于2023年受理了申请人提出的{c.extra['cause']}仲裁申请。"
                    "本会依法组成仲裁庭，于指定日期开庭审理，被申请人经书面通知无正当理由未到庭。本案现已审理终结。"),
              ("f", "一、案情"), ("p", story[0]), ("f", "二、仲裁庭意见"), ("p", story[1]),
              ("f", "三、裁决"), ("p", "根据《中华人民共和国仲裁法》第七条、第四十二条的规定，裁决如下："),
              ("p", f"（一）被申请人{r.name}向申请人{a.name}支付加工费{money(c.amount)}；"),
              ("p", "（二）本案仲裁费由被申请人承担。"),
              ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。本裁决为终局裁决，自作出之日起发生法律效力。")]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(22))

    y = flow(s, blocks, f, x0=mm(26), width=s.width - mm(52), y=mm(66), line_height=58, indent=68,
             bottom=mm(270), more=more)
    last = sheets[-1]
    if y > mm(225):
        sheets.append(Sheet())
        last, y = sheets[-1], float(mm(22))
    for line in ("首席仲裁员　" + "黎" + c.agent[1:], "仲　裁　员　" + "韦" + c.officer[1:], "仲　裁　员　" + "莫" + c.clerk[1:],
                 num_date(d)):
        last.text(last.width - mm(100), y + mm(6), line, f)
        y += 56
    seal(last, last.width - mm(60), y - mm(6), c.basis_court, rng, radius=mm(21))
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.centred(mm(284), f"{i}/{n}", font("sans", 26))
        if n > 1:
            sh.page_of = (i, n)
    return sheets


def _certificate(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    body = "梧州仲裁委员会" if c.basis_kind == "arbitration" else c.basis_court
    s.centred(mm(40), body, font("hei", 50), spacing=6)
    s.centred(mm(56), "生 效 证 明", font("hei", 72), spacing=14)
    f = font("sans", 38)
    text = (f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，本会于{num_date(made_on_award(c))}作出"
            f"{c.basis_number}裁决书，该裁决书已于{num_date(c.basis_effective)}送达双方当事人。根据《中华人民共和国仲裁法》"
            "第五十七条的规定，裁决书自作出之日起发生法律效力。")
    flow(s, [("f", f"{c.applicant.name}："), ("p", text), ("p", "特此证明。")], f, x0=mm(28), width=s.width - mm(56),
         y=mm(82), line_height=66, indent=76)
    s.right(s.width - mm(34), mm(170), num_date(d), f)
    seal(s, s.width - mm(64), mm(168), body, rng, radius=mm(21))
    return [s]


def made_on_award(c: CaseCtx) -> date:
    return c.basis_effective - timedelta(days=18)


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's application: sans, numbered headings in bold, 此致 and the signature block."""
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(26), "强制执行申请书", font("sans_bold", 62), spacing=6)
    f = font("sans", 36)
    a, r = c.applicant, c.respondent
    a_line = (f"申请人：{a.name}，统一社会信用代码：{a.id_number}，住所：{a.address}，法定代表人：{a.legal_rep}，"
              f"电话：{a.phone}。" if a.kind == "organisation" else
              f"申请人：{a.name}，{a.sex}，公民身份号码：{a.id_number}，住址：{a.address}，电话：{a.phone}。")
    kind = "裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    blocks = [("f", a_line), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}。"),
              ("f", f"被申请人：{r.name}，统一社会信用代码：{r.id_number}，住所：{r.address}，法定代表人：{r.legal_rep}。"),
              ("h", "请求事项："),
              ("f", f"1. 请求依法强制执行{c.basis_court}{c.basis_number}{kind}，被申请人向申请人支付{money(c.amount)}；"),
              ("f", "2. 被申请人加倍支付迟延履行期间的债务利息；"), ("f", "3. 本案执行费由被申请人承担。"),
              ("h", "事实与理由："),
              ("p", f"申请人与被申请人{c.extra['cause']}一案，经{c.basis_court}审理作出{c.basis_number}{kind}，"
                    f"该文书已于{num_date(c.basis_effective)}发生法律效力。被申请人至今未履行义务。为维护申请人的合法权益，"
                    f"根据{ '《中华人民共和国仲裁法》第六十二条及' if c.basis_kind == 'arbitration' else ''}"
                    "《中华人民共和国民事诉讼法》的有关规定，特向贵院申请强制执行。"),
              ("f", "此致"), ("f", "梧州市万秀区人民法院")]
    y: float = mm(44)
    for kind_, text in blocks:
        if kind_ == "h":
            s.text(mm(25), y, text, font("sans_bold", 36))
            y += 62
            continue
        y = flow(s, [(kind_, text)], f, x0=mm(25) + (mm(10) if text == "梧州市万秀区人民法院" else 0),
                 width=s.width - mm(50), y=y, line_height=62, indent=72)
    y += mm(8)
    s.text(s.width - mm(105), y, "申请人（签章）：", f)
    if a.kind == "organisation":
        seal(s, s.width - mm(50), y + mm(4), a.name, rng, radius=mm(19))
    else:
        signature(s, s.width - mm(50), y - mm(2), a.name, rng)
    s.text(s.width - mm(105), y + mm(18), num_date(d), f)
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(28), "执行和解协议", font("sans_bold", 60), spacing=8)
    f = font("sans", 35)
    a, r = c.applicant, c.respondent
    total = c.amount
    first = (total * Decimal("0.4")).quantize(Decimal("1"))
    blocks = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}　法定代表人：{r.legal_rep}"),
              ("p", f"甲乙双方在梧州市万秀区人民法院{c.number}案件执行过程中，经协商自愿达成如下和解协议："),
              ("f", f"一、乙方确认尚欠甲方{money(total)}，甲方同意免除迟延履行期间的债务利息；"),
              ("f", f"二、乙方于本协议签订当日支付{first}元，余款{total - first:.2f}元于{num_date(c.extra['pay_day'])}前"
                    "一次付清，均汇入法院执行款专户；"),
              ("f", "三、乙方按约履行完毕后，甲方不再就本案主张任何权利，本案以执行完毕结案；"),
              ("f", "四、乙方未按约履行的，甲方可申请恢复执行原生效法律文书。"),
              ("f", "本协议一式三份，甲乙双方各执一份，交法院一份附卷。")]
    y = flow(s, blocks, f, x0=mm(25), width=s.width - mm(50), y=mm(48), line_height=64, indent=70)
    y += mm(14)
    s.text(mm(25), y, "甲方：", f)
    s.text(s.width / 2, y, "乙方：", f)
    if a.kind == "organisation":
        seal(s, mm(70), y + mm(4), a.name, rng, radius=mm(18))
    else:
        signature(s, mm(45), y - mm(2), a.name, rng)
    seal(s, s.width / 2 + mm(45), y + mm(4), r.name, rng, radius=mm(18))
    signature(s, s.width / 2 + mm(20), y + mm(14), r.legal_rep, rng)
    s.text(mm(25), y + mm(34), num_date(d), f)
    return [s]


def _copy_ground(s: Sheet, rng: random.Random) -> None:
    """A photocopy's grey ground with toner specks."""
    d = s.draw
    for _ in range(260):
        x, y = rng.randint(0, s.width - 1), rng.randint(0, s.height - 1)
        r = rng.choice([1, 1, 2])
        g = rng.randint(90, 170)
        d.ellipse((x, y, x + r, y + r), fill=(g, g, g))


def _card(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if "respondent" in served else c.applicant
    s = Sheet(paper=(246, 246, 244))
    _copy_ground(s, rng)
    f = font("hei", 30)
    if p.kind == "organisation":
        x0, y0 = mm(25), mm(30)
        s.box(x0, y0, s.width - mm(25), mm(200), width=8, outline=(150, 120, 60))
        s.centred(y0 + mm(10), "营 业 执 照", font("serif_bold", 78), spacing=18)
        s.centred(y0 + mm(26), "（副　本）", font("serif", 36))
        y = y0 + mm(44)
        for label, value in (("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
                             ("法定代表人", p.legal_rep), ("住　　所", p.address), ("成立日期", "2016年03月18日")):
            s.text(x0 + mm(12), y, label, f)
            s.text(x0 + mm(62), y, value, font("song_gb", 32))
            y += mm(12)
        s.text(s.width - mm(110), mm(176), "登记机关", f)
        seal(s, s.width - mm(70), mm(180), "梧州市市场监督管理局", rng, radius=mm(18))
        hand(s, mm(40), mm(215), "与原件一致", rng, size=48, ink=DARK)
        seal(s, mm(120), mm(220), p.name, rng, radius=mm(18))
        if p is c.applicant:
            y = mm(240)
            s.text(mm(28), y, f"法定代表人身份证明书：{p.legal_rep}在我单位任执行董事职务，系我单位法定代表人。", font("song_gb", 30))
        return [s]
    x0, y0, w, h = mm(45), mm(40), mm(120), mm(76)
    for k in range(2):
        yy = y0 + k * mm(100)
        s.draw.rounded_rectangle((x0, yy, x0 + w, yy + h), radius=mm(4), outline=(120, 120, 120), width=3,
                                 fill=(228, 228, 226))
    f2 = font("hei", 28)
    y = y0 + mm(8)
    for label, value in (("姓名", p.name), ("性别", p.sex), ("出生", num_date(p.born or date(1970, 1, 1))),
                         ("住址", p.address[:14]), ("", p.address[14:])):
        if label:
            s.text(x0 + mm(6), y, label, f2, fill=(90, 90, 90))
        s.text(x0 + mm(22), y, value, font("hei", 30))
        y += mm(10)
    s.text(x0 + mm(6), y0 + h - mm(11), "公民身份号码", f2, fill=(90, 90, 90))
    s.text(x0 + mm(42), y0 + h - mm(11), p.id_number, font("mono", 34))
    s.box(x0 + w - mm(34), y0 + mm(8), x0 + w - mm(6), y0 + mm(44), width=2, outline=(110, 110, 110))
    yb = y0 + mm(100)
    s.centred(yb + mm(12), "中华人民共和国", font("hei", 44), x0=x0, x1=x0 + w)
    s.centred(yb + mm(24), "居 民 身 份 证", font("hei", 52), x0=x0, x1=x0 + w)
    s.text(x0 + mm(8), yb + mm(48), "签发机关　梧州市公安局万秀分局", f2)
    s.text(x0 + mm(8), yb + mm(58), "有效期限　2016.05.12-2036.05.12", f2)
    hand(s, mm(60), mm(230), "此复印件与原件一致", rng, size=50, ink=DARK)
    signature(s, mm(110), mm(245), p.name, rng)
    return [s]


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(28), "授 权 委 托 书", font("song_gb", 66), spacing=8)
    f = font("song_gb", 36)
    a = c.applicant
    rows = [["委托人", a.name], ["受托人", f"{c.agent}，{c.firm}律师，电话{c.agent_phone}"],
            ["案　由", f"申请执行{c.respondent.name}{c.extra['cause']}一案"],
            ["代理权限", "特别授权：代为申请执行，提供财产线索，代为参加执行和解、签收法律文书，代为领取执行款。"],
            ["委托期限", "自签订之日起至本案执行终结之日止"]]
    y = table(s, mm(25), mm(48), [mm(36), s.width - mm(86)], rows, f, row_h=[mm(18), mm(18), mm(18), mm(32), mm(18)],
              centre_first=True)
    s.text(mm(30), y + mm(16), "委托人（签章）：", f)
    if a.kind == "organisation":
        seal(s, mm(110), y + mm(20), a.name, rng, radius=mm(19))
    else:
        signature(s, mm(90), y + mm(12), a.name, rng)
    s.text(mm(30), y + mm(34), "受托人（签名）：", f)
    signature(s, mm(90), y + mm(30), c.agent, rng)
    s.right(s.width - mm(30), y + mm(52), num_date(d), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(24), c.firm, font("serif_bold", 64), fill=RED, spacing=6)
    s.line(mm(20), mm(40), s.width - mm(20), mm(40), width=6, fill=RED)
    f = font("song_gb", 38)
    s.right(s.width - mm(25), mm(46), f"桂鸳律执字〔{d.year}〕第{rng.randint(10, 299)}号", f)
    s.centred(mm(60), "律 师 事 务 所 函", font("serif_bold", 56), spacing=6)
    flow(s, [("f", "梧州市万秀区人民法院："),
             ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}"
                   f"{c.extra['cause']}一案的代理人。"), ("p", "特此函告。"),
             ("f", f"本所地址：{c.extra['firm_addr']}"), ("f", f"联系电话：{c.agent_phone}")], f,
         x0=mm(28), width=s.width - mm(56), y=mm(80), line_height=68, indent=76)
    s.right(s.width - mm(34), mm(170), num_date(d), f)
    seal(s, s.width - mm(62), mm(168), c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(244, 244, 242))
    _copy_ground(s, rng)
    x0, y0 = mm(35), mm(40)
    s.box(x0, y0, s.width - mm(35), mm(150), width=4, outline=(80, 80, 80))
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("serif_bold", 50))
    s.box(x0 + mm(10), y0 + mm(26), x0 + mm(42), y0 + mm(66), width=2, outline=(100, 100, 100))
    f = font("song_gb", 34)
    y = y0 + mm(26)
    for line in (f"持证人：{c.agent}", f"执业机构：{c.firm}", "执业证类别：专职律师", f"执业证号：{c.extra['licence']}",
                 "发证机关：广西壮族自治区司法厅"):
        s.text(x0 + mm(50), y, line, f)
        y += mm(11)
    seal(s, s.width - mm(80), mm(130), "广西壮族自治区司法厅", rng, radius=mm(17))
    hand(s, mm(50), mm(170), "与原件相符", rng, size=48, ink=DARK)
    signature(s, mm(120), mm(168), c.agent, rng)
    return [s]


def _fee(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The trial's 诉讼费 receipt, a red-printed 广西 fiscal bill pasted onto a sheet."""
    s = Sheet()
    x0, y0, w = mm(20), mm(30), mm(170)
    red = (190, 60, 60)
    s.centred(y0, "广西壮族自治区非税收入一般缴款书（收据）", font("song_gb", 40), fill=red, x0=x0, x1=x0 + w)
    s.text(x0, y0 + mm(9), f"票据号码：{rng.randint(10**9, 10**10 - 1)}", font("song_gb", 28), fill=red)
    s.text(x0 + mm(95), y0 + mm(9), f"开票日期：{d:%Y-%m-%d}", font("song_gb", 28), fill=red)
    rows = [["缴款人", c.applicant.name], ["执收单位", c.basis_court if c.basis_kind != "arbitration" else "梧州仲裁委员会"],
            ["项目名称", "仲裁费" if c.basis_kind == "arbitration" else "案件受理费"], ["案号", c.basis_number],
            ["金额（大写）", money_caps(c.extra["fee"])], ["金额（小写）", f"￥{c.extra['fee']:.2f}"]]
    y = table(s, x0, y0 + mm(16), [mm(40), w - mm(40)], rows, font("song_gb", 32), row_h=mm(13), fill=red,
              centre_first=True)
    seal(s, x0 + w - mm(35), y - mm(12), "梧州市财政局", rng, radius=mm(16))
    s.text(x0, y + mm(4), "收款人：" + "陆" + c.clerk[1:], font("song_gb", 28), fill=red)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控 printout: a mono grid, the system's header and print time."""
    s = Sheet()
    f = font("mono", 26)
    s.text(mm(15), mm(14), "总对总网络执行查控系统 查询结果", font("sans_bold", 40))
    s.text(mm(15), mm(26), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", f)
    s.text(mm(15), mm(32), f"打印时间：{d:%Y-%m-%d} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}　操作人：{c.officer}", f)
    zero = c.method == "terminated_this_round"
    rows: list[list[str]] = [["序号", "协助单位", "财产类型", "账号/登记号", "余额/结果"]]
    banks = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "广西梧州农村商业银行", "桂林银行", "柳州银行", "中国邮政储蓄银行"]
    for i, b in enumerate(banks, 1):
        have = not zero and b[:4] == c.extra["out_bank"][:4]
        bal = f"{c.amount * Decimal('1.3'):.2f}" if have else (f"{rng.randint(0, 90)}.{rng.randint(10, 99)}" if rng.random() < 0.4 else "未开户")
        rows.append([str(i), b, "存款", f"4506{rng.randint(10**9, 10**10 - 1)}" if bal != "未开户" else "—", bal])
    for i, (who, kind) in enumerate((("公安部", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算", "证券"),
                                     ("交通运输部海事局", "船舶"), ("支付宝（中国）", "网络资金")), len(banks) + 1):
        rows.append([str(i), who, kind, "—", "无登记信息"])
    table(s, mm(15), mm(40), [mm(14), mm(52), mm(26), mm(56), mm(32)], rows, f, row_h=mm(10), width=1)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Two 电子回单 of the court's account, printed on one sheet, dashed line between."""
    s = Sheet()
    f = font("sans", 28)
    total = c.amount + c.extra["fee"]
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    parts = [(made_on_settlement(c), first), (c.extra["pay_day"], total - first)]
    head = next(b for b in ("中国农业银行", "中国建设银行", "广西梧州农村商业银行") if c.extra["out_bank"].startswith(b))
    for k, (day, amt) in enumerate(parts):
        y0 = mm(18) + k * mm(130)
        s.text(mm(18), y0, f"{head} 网上银行电子回单", font("sans_bold", 38))
        s.text(mm(130), y0 + mm(2), f"电子回单号码：{rng.randint(10**11, 10**12 - 1)}", font("sans", 24))
        rows = [["付款人", c.respondent.name, "收款人", "梧州市万秀区人民法院"],
                ["账号", c.extra["out_acct"], "账号", f"2051{rng.randint(10**10, 10**11 - 1)}"],
                ["开户行", c.extra["out_bank"], "开户行", f"{head}梧州分行营业部"],
                ["金额", f"{money_caps(amt)}　￥{amt:,.2f}"],
                ["用途", f"{c.number}执行款"], ["交易时间", f"{day:%Y-%m-%d} 14:{rng.randint(10, 59)}:{rng.randint(10, 59)}"]]
        y = y0 + mm(10)
        for row in rows:
            if len(row) == 4:
                table(s, mm(18), y, [mm(22), mm(62), mm(22), mm(68)], [row], f, row_h=mm(11), width=1)
            else:
                table(s, mm(18), y, [mm(22), mm(152)], [row], f, row_h=mm(11), width=1)
            y += mm(11)
        seal(s, mm(160), y - mm(14), f"{head}电子回单专用章", rng, radius=mm(15))
        if k == 0:
            for x in range(mm(10), s.width - mm(10), mm(6)):
                s.line(x, mm(140), x + mm(3), mm(140), width=2)
    return [s]


def made_on_settlement(c: CaseCtx) -> date:
    return c.day(31)


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms, filled in pen by the party."""
    a, r = c.applicant, c.respondent
    if code == "property_clue_form":
        clues = ("吸砂船一艘（已转让？），公司办公地在西江一路" if c.extra["tale"] == "sand" else
                 f"{c.extra['out_bank']}基本户；厂区设备")
        return form(c, "被执行人财产线索登记表", [
            ("申请执行人", a.name), ("被执行人", r.name), ("银行账户", clues),
            ("不动产", "不清楚"), ("车辆船舶", "船舶登记在西江海事处" if c.extra["tale"] == "sand" else "货车两台"),
            ("其他财产", "应收货款"), ("提供人签名", "")], rng, made=d,
            heights=[mm(15), mm(15), mm(26), mm(15), mm(20), mm(20), mm(20)], signer=_signer(c))
    if code == "payment_account_confirmation":
        return form(c, "收取执行款账户确认书", [
            ("申请执行人", a.name), ("开户名", a.name), ("开户银行", c.extra["in_bank"]), ("账号", c.extra["in_acct"]),
            ("联系电话", a.phone), ("确认人签名", "")], rng, made=d, signer=_signer(c),
            note="本人确认上述账户为收取本案执行款的账户，如账户信息有误或变更未及时告知法院，由此产生的后果由本人承担。")
    if code == "service_address_confirmation":
        return form(c, "送达地址确认书", [
            ("受送达人", a.name), ("送达地址", a.address), ("收件人", c.agent), ("联系电话", c.agent_phone),
            ("电子送达", "同意，手机号" + c.agent_phone), ("受送达人签名", "")], rng, made=d, signer=_signer(c),
            note="告知：受送达人应如实提供送达地址，地址变更应及时告知法院；因地址不实导致文书未能实际接收的，文书退回之日视为送达之日。")
    return form(c, "被执行人财产申报表", [
        ("被执行人", r.name), ("法定代表人", r.legal_rep), ("银行存款", f"{c.extra['out_bank']}，余额不详"),
        ("房产土地", "无"), ("车辆船舶", "无" if c.extra["tale"] == "sand" else "货车两台（已抵押）"),
        ("债权及其他", "无"), ("申报人签名", r.legal_rep)], rng, made=d,
        heights=[mm(15), mm(15), mm(22), mm(15), mm(22), mm(15), mm(20)],
        note="申报人保证以上申报内容真实、完整，如有虚假愿承担法律责任。")



def _signer(c: CaseCtx) -> str:
    """who signs the window's forms: the lawyer for a company, the applicant in person otherwise"""
    return c.agent if c.applicant.kind == "organisation" else c.applicant.name
