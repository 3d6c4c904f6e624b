"""What 东港法院 receives: the basis (the court's own 民事审判庭 judgment, or the 日照仲裁委员会 award and its 生效证明),
the applicants' lawyers' papers (typed in Word's 宋体 on the firm's letterhead, signed in ink and sealed by the firm),
window forms the lawyer filled by hand, the 山东省非税收入 receipt, licence and ID copies."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, num_date
from dossier.corpus.draw import RED, Sheet, flow, hand, mm, seal, signature, table, wrap
from dossier.corpus.fonts import font
from dossier.corpus.forms import id_card_copy, lawyer_licence_copy, licence_copy

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "settlement_agreement", "property_declaration_form",
})
AT_WINDOW = frozenset({"payment_account_confirmation", "service_address_confirmation", "property_declaration_form",
                       "property_clue_form"})
"""filled in at the court (window forms, the respondent's declaration): scanned by the bureau, not the firm"""
PEN = (28, 38, 110)
SONG = font("serif", mm(4.9))


def _word(title: str, blocks: Sequence[tuple[str, str]], *, letterhead: str = "", addr: str = "",
          x0: float = mm(25), x1: float = mm(185), title_font: str = "sans_bold") -> tuple[list[Sheet], float]:
    """A lawyer's Word page: optional red letterhead, bold title, 1.5-spaced 宋体 (runs onto more pages)."""
    sheets = [Sheet()]
    y = float(mm(22))
    if letterhead:
        sheets[0].centred(y, letterhead, font("kai", mm(9)), fill=RED, spacing=mm(1))
        y += mm(14)
        sheets[0].line(x0, y, x1, y, width=5, fill=RED)
        sheets[0].line(x0, y + 9, x1, y + 9, width=2, fill=RED)
        y += mm(8)
        if addr:
            sheets[0].text(x0, mm(280), addr, font("serif", mm(3.6)), fill=RED)
    sheets[0].centred(y, title, font(title_font, mm(8)))
    y += mm(17)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(22))

    y = flow(sheets[0], list(blocks), SONG, x0=x0, width=x1 - x0, y=y, line_height=mm(8.4), indent=mm(9.8),
             bottom=mm(268), more=more)
    for i, s in enumerate(sheets):
        if len(sheets) > 1:
            s.centred(mm(284), f"第 {i + 1} 页 共 {len(sheets)} 页", font("serif", mm(3.6)))
            s.page_of = (i + 1, len(sheets))
    return sheets, y


def _sign(s: Sheet, y: float, rng: random.Random, lines: Sequence[tuple[str, str]], *, seal_name: str = "",
          x: float = mm(110)) -> float:
    """Sign-off lines: printed label, name written in ink, a seal over the first."""
    f = SONG
    top = y
    for label, name in lines:
        w = s.text(x, y, label, f)
        if name:
            signature(s, x + w + mm(2), y - mm(2), name, rng, ink=PEN)
        y += mm(11)
    if seal_name:
        seal(s, x + mm(30), top + mm(6), seal_name, rng, radius=mm(19))
    return y


def _application(c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    kind = "裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    who_r = (f"被申请人：{r.name}，住所地：{r.address}，统一社会信用代码：{r.id_number}，法定代表人：{r.legal_rep}。"
             if r.kind == "organisation" else
             f"被申请人：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，汉族，渔民，住{r.address}，"
             f"身份证号：{r.id_number}，联系电话：{r.phone}。")
    who_a = (f"申请人：{a.name}，住所地：{a.address}，统一社会信用代码：{a.id_number}。" if a.kind == "organisation" else
             f"申请人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}，身份证号：{a.id_number}，"
             f"联系电话：{a.phone}。")
    rep = [("f", f"法定代表人：{a.legal_rep}，职务：{'理事长' if '合作社' in a.name else '总经理'}。")] if a.legal_rep else []
    blocks = [("f", who_a), *rep, ("f", f"委托代理人：{c.agent}，{c.firm}律师，联系电话：{c.agent_phone}。"), ("f", who_r),
              ("f", "执行请求："),
              ("p", f"一、请求依法强制执行{c.basis_court}{c.basis_number}{kind}，责令被申请人向申请人支付{c.extra['story']}"
                    f"{money(c.amount)}；"),
              ("p", "二、请求责令被申请人加倍支付迟延履行期间的债务利息（自生效之日起计算至实际履行之日止）；"),
              ("p", "三、请求对被申请人采取限制高消费措施；被申请人拒不履行的，将其纳入失信被执行人名单；"),
              ("p", "四、本案申请执行费由被申请人承担。"),
              ("f", "事实与理由："),
              ("p", f"申请人与被申请人{c.extra['cause']}一案，{c.basis_court}于{cn_date(c.basis_effective - timedelta(days=18))}"
                    f"作出{c.basis_number}{kind}，该{kind}已于{cn_date(c.basis_effective)}发生法律效力。被申请人至今未履行"
                    f"给付义务，申请人多次催要未果。"),
              ("p", "为维护申请人合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行，望准许。"),
              ("f", "此致"), ("f", "日照市东港区人民法院")]
    sheets, y = _word("强制执行申请书", blocks)
    s = sheets[-1]
    if y > mm(235):
        sheets.append(Sheet())
        s, y = sheets[-1], float(mm(30))
    y = _sign(s, y + mm(6), rng, [("申请人（盖章）：", ""), ("法定代表人：", a.legal_rep or a.name)],
              seal_name=a.name if a.kind == "organisation" else "")
    s.text(mm(120), y, num_date(when), SONG)
    return sheets


def _power(c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    a = c.applicant
    rep = [("f", f"法定代表人：{a.legal_rep}")] if a.legal_rep else [("f", f"身份证号：{a.id_number}")]
    blocks = [("f", f"委托人：{a.name}"), ("f", f"住所地：{a.address}"), *rep,
              ("f", f"受托人：{c.agent}，{c.firm}律师，执业证号：{c.extra['licence']}"),
              ("f", f"联系地址：{c.extra['firm_addr']}　电话：{c.agent_phone}"),
              ("p", f"现委托上列受托人在我方与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方的执行代理人。"),
              ("p", "代理人的代理权限为：特别授权。代为申请执行，提供财产线索，申请查封、扣押、冻结、划拨、拍卖、变卖，"
                    "代为参加执行和解、签署和解协议，代为领取执行款及法律文书，代为申请终结或恢复执行。"),
              ("p", "委托期限：自签署之日起至本案执行终结之日止。")]
    sheets, y = _word("授权委托书", blocks, title_font="serif_bold")
    s = sheets[-1]
    who = ([("委托人（盖章）：", ""), ("法定代表人（签字）：", a.legal_rep)] if a.legal_rep
           else [("委托人（签字）：", a.name)])
    y = _sign(s, y + mm(10), rng, [*who, ("受托人（签字）：", c.agent)],
              seal_name=a.name if a.kind == "organisation" else "")
    s.text(mm(120), y, num_date(when), SONG)
    return sheets


def _firm_letter(c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    no = f"鲁{c.firm[2:4]}律执字〔{when.year}〕第{rng.randint(20, 260)}号"
    blocks = [("r", no), ("f", "日照市东港区人民法院："),
              ("p", f"根据《中华人民共和国律师法》的规定，本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与"
                    f"{c.respondent.name}{c.extra['cause']}一案执行阶段的代理人。"),
              ("p", "特此函告。"), ("f", "附：授权委托书一份")]
    sheets, y = _word("律 师 事 务 所 函", blocks, letterhead=c.firm, addr=f"地址：{c.extra['firm_addr']}　邮编：276800")
    s = sheets[-1]
    s.right(mm(178), y + mm(14), c.firm, SONG)
    s.right(mm(178), y + mm(25), cn_date(when), SONG)
    seal(s, mm(150), y + mm(20), c.firm, rng, radius=mm(20))
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first = (c.amount * 3 / 10).quantize(c.amount)
    blocks = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
              ("p", f"甲、乙双方{c.extra['cause']}一案，{c.basis_court}{c.basis_number}判决已发生法律效力，甲方已向日照市东港区人民法院"
                    f"申请执行（案号{c.number}）。经双方自愿协商，达成如下和解协议："),
              ("p", f"一、乙方于{cn_date(when + timedelta(days=3))}前支付{money(first)}；"),
              ("p", f"二、余款{money(c.amount - first)}由法院自已冻结的乙方账户内扣划，乙方不持异议；"),
              ("p", "三、乙方按上述约定履行完毕后，甲方放弃迟延履行期间的债务利息，双方再无其他争议；"),
              ("p", "四、乙方任何一期未按约履行的，甲方有权申请恢复执行原生效法律文书。"),
              ("p", "本协议一式三份，甲乙双方各执一份，报日照市东港区人民法院执行局一份。")]
    sheets, y = _word("执行和解协议", blocks, title_font="serif_bold")
    s = sheets[-1]
    _sign(s, y + mm(8), rng, [("甲方：", a.legal_rep or a.name)], seal_name=a.name if a.kind == "organisation" else "",
          x=mm(28))
    y = _sign(s, y + mm(8), rng, [("乙方：", r.legal_rep or r.name)], seal_name=r.name if r.kind == "organisation" else "")
    s.text(mm(28), y + mm(4), f"签订日期：{num_date(when)}", SONG)
    return sheets


def _basis(c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    """The trial court's 民事判决书 (or the 仲裁委员会's 裁决书): 宋体 body, 黑体 court line, 与原本核对无异 stamp."""
    a, r = c.applicant, c.respondent
    award = c.basis_kind == "arbitration"
    title = "裁　决　书" if award else "民　事　判　决　书"
    head = c.basis_court
    pa = "申请人" if award else "原告"
    pr = "被申请人" if award else "被告"
    who_r = (f"{pr}：{r.name}，住所地{r.address}。法定代表人：{r.legal_rep}，经理。" if r.kind == "organisation"
             else f"{pr}：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，汉族，住{r.address}。")
    who_a = (f"{pa}：{a.name}，住所地{a.address}。法定代表人：{a.legal_rep}。" if a.kind == "organisation"
             else f"{pa}：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。")
    story = c.extra["story"]
    if award:
        facts = [f"申请人{a.name}与被申请人{r.name}于2022年4月签订《日照绿茶购销合同》，约定申请人向被申请人经营的民宿供应明前、"
                 f"雨前绿茶及茶礼盒，货到后六十日内付款。申请人依约供货，被申请人结欠货款{money(c.amount)}。",
                 "本会依据双方合同第十一条的仲裁条款受理本案，依法组成仲裁庭，于2023年开庭审理。被申请人经书面通知无正当理由未到庭。",
                 "仲裁庭认为，双方买卖合同合法有效，申请人已履行供货义务，被申请人应当支付货款。依照《中华人民共和国民法典》第五百七十九条、"
                 "第六百二十六条及《日照仲裁委员会仲裁规则》之规定，裁决如下："]
        orders = [f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付货款{money(c.amount)}；",
                  "二、本案仲裁费由被申请人负担。", "本裁决为终局裁决，自作出之日起发生法律效力。"]
        sign = ["首席仲裁员　" + c.judge[:1] + "文涛", "仲　裁　员　" + c.clerk[:1] + "海波", "仲　裁　员　" + c.officer[:1] + "敏"]
    else:
        facts = [f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用普通程序，公开开庭进行了审理。"
                 f"原告的委托诉讼代理人{c.agent}到庭参加诉讼。本案现已审理终结。",
                 f"原告向本院提出诉讼请求：判令被告支付{story}{money(c.amount)}。事实与理由：原告与被告之间存在{story}的债权债务关系，"
                 "原告已履行义务，被告经催要至今未付。",
                 f"本院经审理认定事实如下：被告尚欠原告{story}{money(c.amount)}，有合同、结算单、转账凭证等证据在卷为凭。",
                 "本院认为，依法成立的合同对当事人具有法律约束力，被告应当依约履行付款义务。依照《中华人民共和国民法典》第五百零九条、"
                 "第五百七十七条之规定，判决如下："]
        orders = [f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{story}{money(c.amount)}。",
                  "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。",
                  "案件受理费由被告负担。",
                  "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于山东省日照市中级人民法院。"]
        sign = [f"审　判　长　{c.judge[:1]}立华", f"人民陪审员　{c.clerk[:1]}红梅", f"人民陪审员　{c.officer[:1]}国栋"]
    blocks = [("r", c.basis_number), ("p", who_a), ("p", who_r), *[("p", t) for t in facts], *[("p", o) for o in orders]]
    sheets = [Sheet()]
    sheets[0].centred(mm(24), head, font("serif_bold", mm(7.5)), spacing=mm(1.5))
    sheets[0].centred(mm(38), title, font("serif_bold", mm(9.5)))
    body = font("serif", mm(5.1))

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(25))

    y = flow(sheets[0], blocks, body, x0=mm(26), width=mm(158), y=mm(56), line_height=mm(9.2), indent=mm(10.2),
             bottom=mm(262), more=more)
    s = sheets[-1]
    if y > mm(215):
        s, y = more()
    y += mm(8)
    for line in sign:
        s.right(mm(176), y, line, body)
        y += mm(9.2)
    s.right(mm(176), y + mm(3), cn_date(when), body)
    seal(s, mm(146), y + mm(4), c.basis_court, rng)
    s.right(mm(176), y + mm(15), ("书　记　员　" if not award else "记　录　人　") + c.clerk[:1] + "雪", body)
    stamp = font("kai", mm(5))
    s.box(mm(26), y + mm(6), mm(66), y + mm(22), width=3, outline=(160, 40, 50))
    s.text(mm(29), y + mm(8), "本件与原本", stamp, fill=(160, 40, 50))
    s.text(mm(29), y + mm(15), "核对无异", stamp, fill=(160, 40, 50))
    for i, sh in enumerate(sheets):
        sh.centred(mm(284), f"— {i + 1} —", font("serif", mm(4)))
        if len(sheets) > 1:
            sh.page_of = (i + 1, len(sheets))
    return sheets


def _certificate(c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    """生效证明: the 仲裁委员会's for its award, or the 民事审判庭's 生效证明书 for the court's own judgment."""
    award = c.basis_kind == "arbitration"
    s = Sheet()
    s.centred(mm(30), c.basis_court, font("serif_bold", mm(8)), spacing=mm(1.5))
    s.centred(mm(48), "生 效 证 明" if award else "生 效 证 明 书", font("serif_bold", mm(10)), spacing=mm(2))
    s.right(mm(184), mm(66), f"日仲证字〔{when.year}〕第{rng.randint(10, 300)}号" if award else c.basis_number, SONG)
    if award:
        body = [("f", "日照市东港区人民法院："),
                ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}{c.extra['cause']}一案，本会于"
                      f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书，该裁决书已依法送达双方当事人。"
                      "根据《中华人民共和国仲裁法》第五十七条之规定，裁决书自作出之日起发生法律效力。"),
                ("p", "截至本证明出具之日，本会未收到人民法院撤销或不予执行该裁决的通知。"), ("p", "特此证明。")]
        signer = c.basis_court
    else:
        body = [("p", f"原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院于"
                      f"{cn_date(c.basis_effective - timedelta(days=18))}作出的{c.basis_number}民事判决书，已送达双方当事人。"
                      f"双方当事人在法定上诉期限内均未提起上诉，该判决书已于{cn_date(c.basis_effective)}发生法律效力。"),
                ("p", "特此证明。")]
        signer = f"{c.basis_court}民事审判第三庭"
    y = flow(s, body, font("serif", mm(5.2)), x0=mm(26), width=mm(158), y=mm(80), line_height=mm(9.4), indent=mm(10.4))
    s.right(mm(176), y + mm(22), signer, SONG)
    s.right(mm(176), y + mm(33), cn_date(when), SONG)
    seal(s, mm(150), y + mm(28), c.basis_court, rng)
    return [s]


def _window(c: CaseCtx, rng: random.Random, title: str, rows: list[tuple[str, str]], note: str, signer: str,
            when: date) -> list[Sheet]:
    """A form the court hands out at the 立案窗口, printed from its template, filled by the lawyer's ballpoint."""
    s = Sheet()
    s.centred(mm(22), "日照市东港区人民法院", font("serif", mm(6)))
    s.centred(mm(34), title, font("serif_bold", mm(8)))
    f = font("serif", mm(4.6))
    s.text(mm(22), mm(50), f"案号：{c.number}", f)
    x0, w0, w1 = mm(22), mm(50), mm(116)
    y = float(mm(58))
    for label, value in rows:
        lines = wrap(value, font("kai", mm(5.2)), w1 - mm(8)) or [""]
        h = max(mm(15), mm(9) * len(lines) + mm(6))
        table(s, x0, y, [w0, w1], [[label, ""]], f, row_h=h, centre_first=True)
        for k, part in enumerate(lines):
            hand(s, x0 + w0 + mm(4), y + mm(3) + k * mm(9), part, rng, size=mm(5.2), ink=PEN)
        y += h
    y += mm(5)
    for part in wrap(note, font("serif", mm(3.9)), mm(166)):
        s.text(x0, y, part, font("serif", mm(3.9)))
        y += mm(6.2)
    y += mm(8)
    w = s.text(mm(100), y + mm(2), "确认人（签名）：", f)
    signature(s, mm(100) + w, y - mm(2), signer, rng, ink=PEN)
    hand(s, mm(120), y + mm(14), num_date(when), rng, size=mm(5), ink=PEN)
    return [s]


def _ticket(c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    """山东省非税收入一般缴款书 (电子票据) as printed at the lawyer's office: a ruled blue-green form on a half page."""
    s = Sheet()
    g = (30, 110, 100)
    s.centred(mm(20), "山东省非税收入一般缴款书（电子）", font("sans_bold", mm(6.5)), fill=g)
    f = font("sans", mm(3.8))
    s.text(mm(16), mm(33), f"票据代码：37010124　票据号码：{rng.randint(10**9, 10**10 - 1)}　"
                           f"开票日期：{when.isoformat()}", f, fill=g)
    fee = c.extra.get("fee", 0)
    rows = [["交款人", c.applicant.name, "统一社会信用代码", c.applicant.id_number],
            ["执收单位", "日照市东港区人民法院", "执收单位编码", "371102021"],
            ["项目编码", "项目名称", "数量", "金额（元）"],
            ["103040301", "申请执行费", "1", f"{fee:.2f}"],
            ["金额合计（大写）", money(fee).split("（大写：")[1].rstrip("）"), "（小写）", f"{fee:.2f}"],
            ["备注", f"{c.number}　申请执行{c.respondent.name}"]]
    table(s, mm(16), mm(42), [mm(34), mm(60), mm(38), mm(46)], rows, f, row_h=mm(11), pad=6, fill=g)
    s.text(mm(16), mm(112), "收款单位（章）：　　　　　　　　复核人：　　　　　　收款人：日照市财政局", f, fill=g)
    seal(s, mm(60), mm(108), "日照市财政局非税收入专用章", rng, radius=mm(16))
    return [s]


def _identity(c: CaseCtx, rng: random.Random, served: list[str], when: date) -> list[Sheet]:
    p = c.respondent if "respondent" in served else c.applicant
    if p.kind == "person":
        return [id_card_copy(p, rng, authority="日照市公安局东港分局")]
    copy = licence_copy(p, c, rng)
    cert = Sheet()
    cert.centred(mm(30), "法定代表人身份证明书", font("serif_bold", mm(8)))
    body = [("p", f"{p.legal_rep}在我单位任{'理事长' if '合作社' in p.name else '执行董事兼总经理'}职务，系我单位的法定代表人。"),
            ("p", f"单位名称：{p.name}"), ("p", f"统一社会信用代码：{p.id_number}"), ("p", f"住所：{p.address}"), ("p", "特此证明。")]
    y = flow(cert, body, SONG, x0=mm(25), width=mm(160), y=mm(52), line_height=mm(9), indent=mm(9.8))
    cert.right(mm(178), y + mm(20), f"{p.name}（盖章）", SONG)
    cert.right(mm(178), y + mm(31), num_date(when), SONG)
    seal(cert, mm(148), y + mm(26), p.name, rng, radius=mm(19))
    cert.starts_document = False
    copy.page_of, cert.page_of = (1, 2), (2, 2)
    return [copy, cert]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str], when: date) -> list[Sheet]:
    if code == "enforcement_application":
        return _application(c, rng, when)
    if code == "power_of_attorney":
        return _power(c, rng, when)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, when)
    if code == "settlement_agreement":
        return _settlement(c, rng, when)
    if code == "enforcement_basis":
        return _basis(c, rng, when)
    if code == "effectiveness_certificate":
        return _certificate(c, rng, when)
    if code == "fee_receipt":
        return _ticket(c, rng, when)
    if code == "identity_proof":
        return _identity(c, rng, served, when)
    if code == "lawyer_license":
        return [lawyer_licence_copy(c, rng)]
    r = c.respondent
    if code == "property_clue_form":
        return _window(c, rng, "被执行人财产线索表", [
            ("被执行人", r.name), ("银行账户", f"{c.extra.get('res_bank', '日照银行')}（账号不详）"),
            ("不动产", "无" if c.extra.get("tale") != "tea" else f"{r.address}经营用房（疑似租赁）"),
            ("车辆、船舶", c.extra.get("story", "") if c.extra.get("tale") == "boat" else "不详"),
            ("其他财产线索", "对外应收款、经营收入")],
            "申请执行人应如实提供财产线索，并对线索的真实性负责；线索不实的，自行承担相应后果。", c.agent, when)
    if code == "payment_account_confirmation":
        return _window(c, rng, "申请执行人收取案款确认书", [
            ("申请执行人", c.applicant.name), ("收款户名", c.applicant.name), ("开户银行", c.extra.get("bank", "")),
            ("账号", c.extra.get("acct", "")), ("联系电话", c.agent_phone)],
            "本人确认上述账户为收取本案执行款的账户，法院将执行款汇入该账户即视为申请执行人已领取。账户变更的，应书面告知法院。",
            c.agent, when)
    if code == "service_address_confirmation":
        return _window(c, rng, "送达地址确认书", [
            ("受送达人", c.applicant.name), ("送达地址", c.extra.get("firm_addr", c.applicant.address)),
            ("收件人", c.agent), ("联系电话", c.agent_phone), ("是否同意电子送达", f"同意　手机号{c.agent_phone}"),
            ("电子邮箱", f"{rng.randint(100000, 999999)}@qq.com")],
            "告知：确认的送达地址适用于执行程序；因提供的地址不准确、变更未及时告知，导致法律文书未能被实际接收的，文书退回之日视为送达之日。",
            c.agent, when)
    return _declaration(c, rng, when)


def _declaration(c: CaseCtx, rng: random.Random, when: date) -> list[Sheet]:
    """财产申报表 on the court's form, filled by the respondent's side in its own hand (black ballpoint)."""
    r = c.respondent
    s = Sheet()
    s.centred(mm(22), "财产申报表", font("serif_bold", mm(8)), spacing=mm(2))
    f = font("serif", mm(4.4))
    s.text(mm(20), mm(36), f"案号：{c.number}　　申报人：{r.name}", f)
    items = [("银行存款", "日照银行基本户一个，余额约三万元" if c.extra.get("tale") == "port" else "无余额"),
             ("现金、理财", "无"), ("不动产", "无"),
             ("车辆、船舶", c.extra.get("story", "") + "，已抵押" if c.extra.get("tale") == "boat" else "无"),
             ("股权、投资", "无"), ("到期债权", "客户欠款若干，尚未结算"), ("收入情况", "经营亏损" if r.kind == "organisation" else "出海捕捞收入不固定"),
             ("一年内财产变动", "无")]
    y = float(mm(44))
    ink = (25, 25, 30)
    for label, val in items:
        table(s, mm(20), y, [mm(42), mm(128)], [[label, ""]], f, row_h=mm(17), centre_first=True)
        hand(s, mm(66), y + mm(5), val, rng, size=mm(5), ink=ink)
        y += mm(17)
    y += mm(6)
    s.text(mm(20), y, "申报人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", f)
    w = s.text(mm(100), y + mm(16), "申报人（签名/盖章）：", f)
    signature(s, mm(100) + w, y + mm(12), r.legal_rep or r.name, rng, ink=ink)
    if r.kind == "organisation":
        seal(s, mm(150), y + mm(18), r.name, rng, radius=mm(18))
    hand(s, mm(130), y + mm(28), num_date(when), rng, size=mm(5), ink=ink)
    return [s]
