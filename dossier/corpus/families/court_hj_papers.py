"""What 五华法院执行局 receives, each in its maker's hand: the creditor's own 恢复执行申请书 written out on green squared
paper (稿纸, one character a square) with the original undertaker's opinion written into the bureau's rubber-stamped box;
this court's civil division's judgment (Noto serif, "- n -" folios); the 翠湖公证处's 公证书 and 执行证书 (a notary's
letterhead over a double rule, 楷 body, the notary's signature line and the office's seal); the 毕节 七星关区 court's
judgment and 生效证明书 (its own 宋 face and "— n —" folios); the lawyers' typed papers (a 贵州 firm in 文楷, a 昆明 firm in
微米黑); an ID card copy, the 公安 population-information printout for a person who would not bring one, licence copies;
the 云南 non-tax e-bill with its QR block; the window's forms; the 查控 system's wide printout turned on its side; a
bank's slips and the grower's receipt."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width
from dossier.corpus.families.court_hj_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    VIOLET,
    Galley,
    folios,
    form_title,
    frame_grid,
    gb,
    hei,
    landscape,
    pen,
    song,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "resumption_application", "enforcement_basis", "effectiveness_certificate",
    "property_clue_form", "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
    "payment_account_confirmation", "service_address_confirmation", "property_declaration_form", "online_inquiry_result",
    "settlement_agreement", "payment_voucher",
})
NOTARY = "云南省昆明市翠湖公证处"
OTHER_COURT = "贵州省毕节市七星关区人民法院"
GRID_GREEN = (70, 150, 100)
BALLPOINT = (32, 44, 140)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hj import made_on

    t = str(c.extra["tale"])
    d = made_on(c, code)
    if code == "resumption_application":
        return _squared_application(c, rng, d)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "enforcement_basis":
        return {"car": _own_judgment, "notary": _notarial_deed, "chili": _guizhou_judgment}[t](c, rng)
    if code == "effectiveness_certificate":
        return _execution_certificate(c, rng) if t == "notary" else _in_effect(c, rng)
    if code == "identity_proof":
        if "guarantor" in served:
            return _population_printout(c.extra["guarantor"], c, rng)
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "organisation":
            return _licence(p, c, rng)
        return _population_printout(p, c, rng) if p is c.respondent else _id_copy(p, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _lawyer_card(c, rng)
    if code == "fee_receipt":
        return _e_bill(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _disbursal(c, rng, d) if t == "car" else _slips(c, rng, d)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        rep = "负责人" if "合作社" in p.name else "法定代表人"
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{rep}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _respondents(c: CaseCtx) -> list[Party]:
    g = c.extra.get("guarantor")
    return [c.respondent, g] if isinstance(g, Party) else [c.respondent]


# ---- the creditor's own application, written out on squared paper -------------------------------------------------


def _cells(s: Sheet, text: str, x: float, y: float, cell: float, rng: random.Random, *, face: str = "kai_gb",
           ink: tuple[int, int, int] = BALLPOINT) -> None:
    """One character in each square of a row, by hand (recorded as the row's text)."""
    if text.strip():
        s.lines.append(text)
    for k, ch in enumerate(text):
        if ch == " ":
            continue
        size = int(cell * rng.uniform(0.62, 0.84))
        f = font(face, size)
        g = Image.new("L", (size + 16, size + 20), 0)
        ImageDraw.Draw(g).text((8, 6), ch, font=f, fill=255)
        g = g.rotate(rng.uniform(-8, 8), resample=Image.Resampling.BICUBIC, expand=True)
        cx = x + k * cell + (cell - g.width) / 2 + rng.uniform(-5, 5)
        cy = y + (cell - g.height) / 2 + rng.uniform(-5, 4) + 3
        shade = (max(0, ink[0] + rng.randint(-12, 12)), max(0, ink[1] + rng.randint(-12, 12)),
                 min(255, ink[2] + rng.randint(-12, 12)))
        s.image.paste(shade, (int(cx), int(cy)), g)


def _squared_paper() -> tuple[Sheet, list[float], float, float]:
    """A 20 × 20 sheet of 稿纸: green squares, a gap between rows, the 格数 printed at the foot."""
    s = Sheet(paper=(252, 251, 245))
    cell = float(mm(8.4))
    x0 = (s.width - 20 * cell) / 2
    rows = [float(mm(30) + k * (cell + mm(3.2))) for k in range(20)]
    d = ImageDraw.Draw(s.image)
    d.rectangle((x0 - 8, rows[0] - 8, x0 + 20 * cell + 8, rows[-1] + cell + 8), outline=GRID_GREEN, width=4)
    for y in rows:
        for k in range(21):
            d.line((x0 + k * cell, y, x0 + k * cell, y + cell), fill=GRID_GREEN, width=1)
        d.line((x0, y, x0 + 20 * cell, y), fill=GRID_GREEN, width=1)
        d.line((x0, y + cell, x0 + 20 * cell, y + cell), fill=GRID_GREEN, width=1)
    d.text((x0 + 20 * cell - mm(28), rows[-1] + cell + mm(4)), "20×20=400", font=font("sans", 26), fill=GRID_GREEN)
    return s, rows, x0, cell


def _squared_application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    reg = date.fromisoformat(str(c.extra["car_registered"]))
    born = a.born or date(1975, 1, 1)
    paras = [
        ("c", "恢复执行申请书"),
        ("f", f"申请人：{a.name}，女，{born.year}年{born.month}月{born.day}日生，汉族，住{a.address}，身份证号{a.id_number}，"
              f"电话{a.phone}。"),
        ("f", f"被申请人：{r.name}，男，住{r.address}，身份证号{r.id_number}。"),
        ("f", "请求事项："),
        ("p", f"请求恢复{c.previous_number}案的执行，依法查封、扣押、拍卖被申请人名下{c.extra['plate']}号"
              f"{c.extra['car'].removesuffix('小型轿车')}轿车，清偿欠款{c.amount:,.2f}元及迟延履行利息。"),
        ("f", "事实与理由："),
        ("p", f"我与{r.name}民间借贷纠纷一案，贵院{c.basis_number}民事判决书判决他还我借款，判决生效后他一直不还。我申请执行后，"
              f"贵院于2022年裁定终结本次执行程序，当时没有找到他的财产。"),
        ("p", f"今年{(d - timedelta(days=rng.randint(8, 20))).month}月，我在{c.extra['spot']}看见他开着一辆新车，车牌"
              f"{c.extra['plate']}。经查这辆车是{reg.year}年{reg.month}月上的户，登记在他本人名下。他有钱买新车却不还钱，"
              "现在发现了他的财产，特申请恢复执行，请法院依法处理。"),
        ("f", "此致"),
        ("f", COURT),
        ("r", f"申请人：{a.name}"),
        ("r", f"{d.year}年{d.month}月{d.day}日"),
    ]
    lines: list[tuple[str, str]] = []
    for kind, text in paras:
        if kind == "c":
            lines.append(("row", " " * 6 + text))
        elif kind == "r":
            lines.append(("row", " " * (20 - len(text)) + text))
        else:
            body = ("  " + text) if kind == "p" else text
            lines += [("row", body[i:i + 20]) for i in range(0, len(body), 20)]
    sheets: list[Sheet] = []
    k = 0
    while k < len(lines):
        s, rows, x0, cell = _squared_paper()
        sheets.append(s)
        for y in rows:
            if k >= len(lines):
                break
            _cells(s, lines[k][1], x0, y, cell, rng)
            k += 1
    # the bureau's rubber-stamped opinion box on the last sheet, filled in by the original undertaker
    s = sheets[-1]
    bx, by = mm(22), s.height - mm(62)
    bw = s.width - mm(44)
    s.draw.rectangle((bx, by, bx + bw, by + mm(40)), fill=s.paper)
    s.box(bx, by, bx + bw, by + mm(40), width=3, outline=VIOLET)
    f = font("song_gb", 32)
    s.text(bx + mm(4), by + mm(3), "原承办人意见：", f, fill=VIOLET)
    s.text(bx + mm(4), by + mm(22), "原承办人（签名）：", f, fill=VIOLET)
    s.text(bx + bw - mm(62), by + mm(22), "日期：", f, fill=VIOLET)
    pen(s, bx + mm(40), by + mm(1), "申请人提供了新的财产线索，符合恢复执行条件，同意恢复执行。", rng, size=36, ink=(20, 20, 20))
    pen(s, bx + mm(58), by + mm(20), c.officer, rng, size=46, ink=(20, 20, 20))
    pen(s, bx + bw - mm(46), by + mm(21), f"{d + timedelta(days=1):%Y.%m.%d}", rng, size=36, ink=(20, 20, 20))
    if len(sheets) > 1:
        for i, sh in enumerate(sheets, 1):
            sh.text(sh.width - mm(40), mm(14), f"第{i}页", font("kai_gb", 34), fill=BALLPOINT)
            sh.page_of = (i, len(sheets))
    s.lines.append("原承办人意见：")
    return sheets


# ---- the bases ------------------------------------------------------------------------------------------------------


def _typeset(issuer: str, title: str, number: str, paras: list[tuple[str, str]], *, body: Font, issuer_font: Font,
             title_font: Font, lead: float, gb_face: bool, title_gap: int = 40) -> Galley:
    s = Sheet()
    s.centred(TOP, gb(issuer) if gb_face else issuer, issuer_font, spacing=4)
    s.centred(TOP + issuer_font.size + 40, title, title_font, spacing=title_gap)
    g = Galley([s], TOP + issuer_font.size + title_font.size + 100, left=mm(30), right=mm(27), gb_face=gb_face)
    if number:
        g.line(number, body, lead=lead + 20, align="right")
    for kind, text in paras:
        g.para(text, body, lead=lead, first=body.size * 2 if kind == "p" else 0.0, hang=body.size * 2 if kind == "h" else 0.0)
    return g


def _sign_off(g: Galley, signers: list[str], when: str, seal_name: str, rng: random.Random, f: Font, *,
              clerk: str) -> None:
    g.need(110 * len(signers) + 260)
    last, y = g.s, g.y + 60
    x = last.width - mm(98)
    for line in signers:
        last.text(x, y, line, f)
        y += 76
    last.text(x, y + 16, when, f)
    seal(last, x + text_width(when, f) / 2, y + 26, seal_name, rng, radius=mm(21))
    last.text(x, y + 104, clerk, f)
    g.y = y + 180


def _own_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil division's 民事判决书 of 2021: the loan, the IOU, judgment for the lender."""
    a, r = c.applicant, c.respondent
    lent = date(2019, rng.randint(3, 11), rng.randint(1, 28))
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于{cn_date(heard - timedelta(days=60))}立案后，依法适用简易程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告{a.name}及其委托诉讼代理人{c.agent}到庭参加诉讼，被告{r.name}经本院"
              "传票传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告偿还借款{c.amount:,.2f}元及利息；2.本案诉讼费由被告承担。事实和理由："
              f"{cn_date(lent)}，被告以经营鲜花批发周转为由向原告借款，原告通过银行转账交付，被告出具借条，约定一年内归还。"
              "到期后经原告多次催要，被告至今未还。"),
        ("p", "本院经审理认定事实如下：原告提交的借条、银行转账凭证、微信聊天记录能够相互印证，本院对原告主张的借款事实予以确认。"),
        ("p", "本院认为，合法的借贷关系受法律保护。被告向原告借款后未按约定归还，应承担还款责任。依照《中华人民共和国民法典》"
              f"第六百七十五条、第六百七十六条，{'《中华人民共和国民事诉讼法》'}第一百四十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款{c.amount:,.2f}元及利息（以未还本金为基数，自"
              f"{cn_date(lent + timedelta(days=365))}起按全国银行间同业拆借中心公布的一年期贷款市场报价利率计至实际清偿之日止）。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十条之规定，加倍支付迟延履行"
              "期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 30}元，减半收取{(int(c.amount) // 100 + 30) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于云南省昆明市"
              "中级人民法院。"),
    ]
    f = font("serif", 40)
    g = _typeset(COURT, "民事判决书", c.basis_number, paras, body=f, issuer_font=font("serif", 52),
                 title_font=font("serif_bold", 80), lead=70, gb_face=False)
    judge = str(c.extra.setdefault("civil_judge", person_name(rng)))
    _sign_off(g, [f"审　判　员　{judge}"], cn_date(c.basis_effective - timedelta(days=rng.randint(18, 26))), COURT, rng, f,
              clerk=f"书　记　员　{person_name(rng)}")
    return _folio_dash(g.sheets, font("serif", 32))


def _folio_dash(sheets: list[Sheet], f: Font, *, em: bool = False) -> list[Sheet]:
    n = len(sheets)
    if n < 2:
        return sheets
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(16), f"— {i} —" if em else f"- {i} -", f)
    return sheets


def _guizhou_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """七星关区人民法院's 民事判决书: its own 宋 (GB) face, a collegial bench, "— n —" folios."""
    a, r = c.applicant, c.respondent
    tons = int(c.extra["tons"])
    price = (c.amount / tons).quantize(Decimal("1"))
    heard = c.basis_effective - timedelta(days=rng.randint(40, 70))
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用普通程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告的委托诉讼代理人{person_name(rng)}到庭参加"
              "诉讼。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：判令被告支付货款{c.amount:,.2f}元及逾期付款损失。事实和理由：2022年9月至12月，原告"
              f"分批向被告供应干辣椒（朝天椒、线椒）共{tons}吨，单价约{price}元/吨，被告收货后仅支付部分货款，余款经对账确认为"
              f"{c.amount:,.2f}元，至今未付。"),
        ("p", f"{r.name}辩称，对欠款数额无异议，因疫情后米线门店经营困难，请求给予宽限。"),
        ("p", "本院认为，原、被告之间的买卖合同关系合法有效。原告已依约交付货物，被告在对账单上盖章确认欠款，应当支付货款。"
              "依照《中华人民共和国民法典》第五百零九条、第六百二十六条、第六百二十八条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十五日内支付原告{a.name}货款{c.amount:,.2f}元，并支付逾期付款损失（以"
              f"{c.amount:,.2f}元为基数，自2023年1月1日起按一年期贷款市场报价利率计至付清之日止）。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 80}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于贵州省毕节市"
              "中级人民法院。"),
    ]
    f = font("song_gb", 41)
    g = _typeset(OTHER_COURT, "民事判决书", c.basis_number, paras, body=f, issuer_font=font("song_gb", 54),
                 title_font=font("hei", 78), lead=74, gb_face=True, title_gap=30)
    judge = str(c.extra.setdefault("civil_judge", person_name(rng)))
    _sign_off(g, [f"审 判 长　{judge}", f"审 判 员　{person_name(rng)}", f"人民陪审员　{person_name(rng)}"],
              gb(cn_date(c.basis_effective - timedelta(days=rng.randint(20, 28)))), OTHER_COURT, rng, f,
              clerk=f"书 记 员　{person_name(rng)}")
    return _folio_dash(g.sheets, font("song_gb", 32), em=True)


def _notary_head(s: Sheet, title: str, number: str) -> float:
    s.centred(TOP - 10, NOTARY, font("kai_gb", 58), spacing=6)
    s.line(mm(26), TOP + 72, s.width - mm(26), TOP + 72, width=5)
    s.line(mm(26), TOP + 82, s.width - mm(26), TOP + 82, width=2)
    s.centred(TOP + 130, title, font("serif_bold", 86), spacing=80 if len(title) == 3 else 40)
    s.right(s.width - mm(27), TOP + 260, number, font("kai_gb", 40))
    return float(TOP + 340)


def _notarial_deed(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 翠湖公证处's 公证书 giving the loan contract enforceability: the notary's letterhead over a double rule."""
    a, r = c.applicant, c.respondent
    g_ = c.extra["guarantor"]
    signed = date.fromisoformat(str(c.extra["contract_day"]))
    principal: Decimal = c.extra["principal"]
    s = Sheet()
    y = _notary_head(s, "公证书", c.basis_number)
    g = Galley([s], y, left=mm(30), right=mm(27), gb_face=True)
    f = font("kai_gb", 42)
    for kind, text in [
        ("h", f"申请人：{a.name}（贷款人），住所地{a.address}。法定代表人：{a.legal_rep}。"),
        ("h", f"申请人：{r.name}（借款人），{r.sex}，公民身份号码{r.id_number}，住{r.address}。"),
        ("h", f"申请人：{g_.name}（保证人），{g_.sex}，公民身份号码{g_.id_number}，住{g_.address}。"),
        ("h", "公证事项：赋予债权文书强制执行效力"),
        ("p", f"兹证明{a.name}的委托代理人{person_name(rng)}与{r.name}、{g_.name}于{num_date(signed)}在本公证处，在我的面前，"
              f"签订了前面的《借款合同》（编号JR{signed:%Y%m}{rng.randint(100, 999)}）及《保证合同》。合同约定：贷款人向借款人"
              f"出借人民币{principal:,.0f}元，借款期限十二个月，月利率百分之一点二，按月付息，到期还本；保证人对借款人的全部债务"
              "承担连带保证责任。"),
        ("p", "经审查，上述当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定，合同上当事人的签字、捺印均属实。"
              "各方当事人在合同中明确约定：借款人、保证人不履行或者不适当履行合同义务的，愿意接受依法强制执行，"
              "贷款人可以向公证处申请出具执行证书，并凭执行证书向有管辖权的人民法院申请强制执行。"),
        ("p", "依据《中华人民共和国公证法》第三十七条和《公证程序规则》第三十九条的规定，上述《借款合同》《保证合同》具有强制执行效力。"),
    ]:
        g.para(text, f, lead=74, first=f.size * 2 if kind == "p" else 0.0, hang=f.size * 4 if kind == "h" else 0.0)
    _sign_off(g, [f"{NOTARY}"], gb(cn_date(signed)), NOTARY, rng, f, clerk=f"公证员　{c.extra.setdefault('notary', person_name(rng))}")
    return _folio_dash(g.sheets, font("kai_gb", 32))


def _execution_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The notary's 执行证书: what the debtors still owe, certified for enforcement."""
    a, r = c.applicant, c.respondent
    g_ = c.extra["guarantor"]
    principal: Decimal = c.extra["principal"]
    interest = c.amount - principal
    s = Sheet()
    y = _notary_head(s, "执行证书", str(c.extra["cert_number"]))
    g = Galley([s], y, left=mm(30), right=mm(27), gb_face=True)
    f = font("kai_gb", 42)
    for kind, text in [
        ("h", f"申请执行人：{a.name}，住所地{a.address}。"),
        ("h", f"被申请执行人：{r.name}（借款人），公民身份号码{r.id_number}。"),
        ("h", f"被申请执行人：{g_.name}（保证人），公民身份号码{g_.id_number}。"),
        ("p", f"本公证处于{cn_date(date.fromisoformat(str(c.extra['contract_day'])))}出具{c.basis_number}公证书，赋予上述当事人签订的"
              "《借款合同》《保证合同》强制执行效力。"),
        ("p", f"{a.name}于{cn_date(c.basis_effective - timedelta(days=20))}向本处申请出具执行证书。经本处核实：借款到期后，借款人"
              f"{r.name}未按约归还本金，自{c.basis_effective.year - 1 if c.basis_effective.month < 6 else c.basis_effective.year}年起"
              "停止付息；本处已通过电话、邮寄方式向借款人、保证人核实，二人对欠款事实未提出异议。"),
        ("p", "被申请执行人应当向申请执行人履行的债务为：" + f"借款本金{money(principal)}；截至{num_date(c.basis_effective)}的利息"
              f"人民币{interest:,.2f}元；合计{money(c.amount)}；以及此后至实际清偿之日的利息。保证人{g_.name}对上述债务承担连带清偿责任。"),
        ("p", f"申请执行人可凭本执行证书及{c.basis_number}公证书，向有管辖权的人民法院申请强制执行。"),
    ]:
        g.para(text, f, lead=74, first=f.size * 2 if kind == "p" else 0.0, hang=f.size * 5 if kind == "h" else 0.0)
    _sign_off(g, [f"{NOTARY}"], gb(cn_date(c.basis_effective)), NOTARY, rng, f,
              clerk=f"公证员　{c.extra.setdefault('notary', person_name(rng))}")
    return _folio_dash(g.sheets, font("kai_gb", 32))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A 生效证明书: this court's civil division's (car) or the 七星关 court's (chili)."""
    s = Sheet()
    other = c.extra["tale"] == "chili"
    issuer = OTHER_COURT if other else COURT
    face = font("song_gb", 42) if other else font("serif", 42)
    s.centred(TOP + 20, gb(issuer) if other else issuer, font("song_gb" if other else "serif", 54), spacing=4)
    s.centred(TOP + 120, "生效证明书", font("hei" if other else "serif_bold", 80), spacing=36)
    g = Galley([s], TOP + 280, left=mm(30), right=mm(27), gb_face=other)
    g.line(c.basis_number.replace("号", "号之一") if other else c.basis_number, face, lead=100, align="right")
    if other:
        g.para(f"{COURT}：", face, lead=76)
    g.para(f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院作出的{c.basis_number}民事判决书"
           f"已于{cn_date(c.basis_effective)}送达双方当事人。双方在法定上诉期内均未提起上诉，该判决书已于"
           f"{cn_date(c.basis_effective)}发生法律效力。", face, lead=76, first=face.size * 2)
    g.para("特此证明。", face, lead=76, first=face.size * 2)
    y = g.y + 120
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(4, 20)))
    when = gb(when) if other else when
    s.right(s.width - mm(36), y, when, face)
    seal(s, s.width - mm(36) - text_width(when, face) / 2, y + 10, issuer, rng, radius=mm(21))
    s.text(mm(30), y + 200, gb(f"经办人：{person_name(rng)}　　审核：{c.extra.get('civil_judge') or person_name(rng)}")
           if other else f"民事审判第{rng.choice(['一', '二'])}庭　经办人：{person_name(rng)}", font("serif", 34))
    return [s]


# ---- the lawyers' papers --------------------------------------------------------------------------------------------


def _lawyer_face(c: CaseCtx) -> str:
    return "wenkai" if c.extra["tale"] == "chili" else "microhei"


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    rs = _respondents(c)
    face = _lawyer_face(c)
    f = font(face, 42)
    s = Sheet()
    s.centred(TOP, "申请执行书", font("serif_bold" if face == "microhei" else "wenkai_bold", 76), spacing=30)
    s.line(mm(60), TOP + 104, s.width - mm(60), TOP + 104, width=2)
    g = Galley([s], TOP + 160, left=mm(27), right=mm(24), gb_face=False)
    who = [("h", f"申请执行人：{_who(a)}")]
    who += [("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。")]
    who += [("h", f"被执行人：{_who(p)}") for p in rs]
    if c.extra["tale"] == "notary":
        basis = (f"{NOTARY}{c.basis_number}公证书赋予申请执行人与被执行人签订的借款合同、保证合同强制执行效力；借款到期后"
                 f"被执行人未按约还款，该处已出具{c.extra['cert_number']}执行证书")
        asks = [f"1.强制执行被执行人{rs[0].name}偿还借款本息合计{money(c.amount)}，被执行人{rs[1].name}承担连带清偿责任；",
                "2.被执行人支付自执行证书确定之日起至实际清偿之日止的利息；"]
    else:
        basis = f"{OTHER_COURT}{c.basis_number}民事判决书已于{num_date(c.basis_effective)}发生法律效力，被执行人至今未履行"
        asks = [f"1.强制执行被执行人支付货款{money(c.amount)}及逾期付款损失；",
                "2.被执行人加倍支付迟延履行期间的债务利息；"]
    asks += ["3.执行费用由被执行人负担；",
             "4.申请对被执行人采取限制消费措施；被执行人有履行能力而拒不履行的，申请将其纳入失信被执行人名单。"]
    paras = [*who, ("t", "申请事项："), *[("h2", x) for x in asks], ("t", "事实与理由："),
             ("p", f"{basis}。被执行人的住所地（财产所在地）在贵院辖区，依照《中华人民共和国民事诉讼法》第二百三十五条、"
                   "第二百四十七条的规定，特向贵院申请强制执行。"),
             ("t", "此致"), ("t", COURT)]
    for kind, text in paras:
        if kind == "t":
            g.line(text, f, lead=78)
        elif kind == "h2":
            g.para(text, f, lead=76, hang=f.size * 1.5)
        else:
            g.para(text, f, lead=76, first=f.size * 2 if kind == "p" else 0.0, hang=f.size * 2 if kind == "h" else 0.0)
    g.need(300)
    last, y = g.s, g.y + 60
    last.text(last.width - mm(110), y, "申请执行人（盖章）：", f)
    seal(last, last.width - mm(50), y + 60, a.name, rng, radius=mm(19))
    pen(last, last.width - mm(96), y + 150, num_date(d), rng, size=44, ink=INK)
    return folios(g.sheets, font(face, 30), style="sender")


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    face = _lawyer_face(c)
    f = font(face, 41)
    s = Sheet()
    s.centred(TOP + 10, "授 权 委 托 书", font("hei", 72))
    g = Galley([s], TOP + 150, left=mm(27), right=mm(24), gb_face=False)
    what = "恢复执行" if c.extra["tale"] == "car" else "申请执行"
    for kind, text in [
        ("h", f"委托人：{_who(a)}"),
        ("h", f"受委托人：{c.agent}，{c.firm}律师，联系地址{c.extra['firm_addr']}，电话{c.agent_phone}。"),
        ("p", f"现委托上列受委托人在{a.name}与{'、'.join(p.name for p in _respondents(c))}{c.extra['cause']}{what}一案中，"
              "作为我方的代理人。"),
        ("p", "代理权限：特别授权。代为提出执行申请、恢复执行申请，提供财产线索，申请查封、扣押、冻结、拍卖等执行措施，"
              "代为参与执行和解、签订和解协议，代为领取执行款，代为签收法律文书。"),
        ("p", "代理期限：自本委托书签署之日起至本案执行终结之日止。"),
    ]:
        g.para(text, f, lead=76, first=f.size * 2 if kind == "p" else 0.0, hang=f.size * 2 if kind == "h" else 0.0)
    y = g.y + 90
    s.text(mm(27), y, "委托人：", f)
    s.text(s.width / 2 + mm(10), y, "受委托人：", f)
    if a.kind == "organisation":
        seal(s, mm(80), y + 80, a.name, rng, radius=mm(19))
        pen(s, mm(45), y + 120, a.legal_rep, rng, size=50, ink=INK, face="kai")
    else:
        pen(s, mm(55), y - 8, a.name, rng, size=56, ink=INK, face="kai")
        s.draw.ellipse((mm(92), y + 4, mm(92) + 34, y + 48), fill=(190, 40, 46))
    pen(s, s.width / 2 + mm(45), y - 8, c.agent, rng, size=54, ink=INK, face="kai")
    pen(s, s.width - mm(90), y + 220, num_date(d), rng, size=44, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    red = (200, 30, 40)
    s.centred(TOP - 10, c.firm, font("serif_bold", 66), fill=red, spacing=8)
    s.line(mm(20), TOP + 86, s.width - mm(20), TOP + 86, width=3, fill=red)
    short = "黔毕" if c.extra["tale"] == "chili" else "云翠"
    s.text(mm(27), TOP + 110, f"{short}律函字〔{d.year}〕{rng.randint(11, 299)}号", font("serif", 36))
    s.centred(TOP + 200, "律师事务所函", font("hei", 62), spacing=12)
    face = _lawyer_face(c)
    f = font(face, 42)
    g = Galley([s], TOP + 320, left=mm(27), right=mm(24), gb_face=False)
    g.line(f"{COURT}：", f, lead=80)
    g.para(f"本所接受{c.applicant.name}的委托，指派本所{c.agent}律师担任其与{'、'.join(p.name for p in _respondents(c))}"
           f"{c.extra['cause']}执行一案的委托代理人。", f, lead=76, first=f.size * 2)
    g.para("特此函告，请予接洽。", f, lead=76, first=f.size * 2)
    g.para(f"承办律师：{c.agent}　执业证号：{c.extra['lic']}　电话：{c.agent_phone}", font(face, 34), lead=60)
    g.para(f"本所地址：{c.extra['firm_addr']}", font(face, 34), lead=60)
    y = g.y + 130
    s.right(s.width - mm(34), y, num_date(d), f)
    seal(s, s.width - mm(60), y - 10, c.firm, rng, radius=mm(20))
    s.line(mm(20), s.height - mm(30), s.width - mm(20), s.height - mm(30), width=2, fill=red)
    return [s]


def _lawyer_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data page and cover, copied one above the other, the lawyer's note beside them."""
    s = Sheet()
    grey = (80, 80, 80)
    x0, y0, w, h = mm(40), mm(34), mm(130), mm(86)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(92, 30, 30), outline=grey, width=3)
    s.centred(y0 + mm(18), "中华人民共和国", font("serif_bold", 48), fill=(228, 196, 120), x0=x0, x1=x0 + w)
    s.centred(y0 + mm(36), "律师执业证", font("serif_bold", 88), fill=(228, 196, 120), x0=x0, x1=x0 + w)
    s.centred(y0 + mm(64), "中华人民共和国司法部监制", font("serif", 30), fill=(228, 196, 120), x0=x0, x1=x0 + w)
    y1 = y0 + h + mm(12)
    s.draw.rectangle((x0, y1, x0 + w, y1 + h), fill=(236, 234, 228), outline=grey, width=3)
    s.draw.rectangle((x0 + mm(8), y1 + mm(10), x0 + mm(38), y1 + mm(50)), fill=(150, 150, 150))
    f = font("sans", 32)
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", str(c.extra["lic"])), ("持证人", c.agent),
            ("发证机关", "贵州省司法厅" if c.extra["tale"] == "chili" else "云南省司法厅"),
            ("发证日期", f"{2016 + int(str(c.extra['lic'])[7:9]) % 6}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y1 + mm(8)
    for k, v in rows:
        s.text(x0 + mm(44), ty, f"{k}：{v}", f)
        ty += mm(11.5)
    seal(s, x0 + w - mm(24), y1 + h - mm(20), "云南省司法厅" if c.extra["tale"] != "chili" else "贵州省司法厅", rng,
         radius=mm(15))
    pen(s, x0, y1 + h + mm(16), "复印件与原件一致", rng, size=52, ink=INK, face="kai")
    pen(s, x0 + mm(90), y1 + h + mm(18), c.agent, rng, size=52, ink=INK, face="kai")
    return [s]


# ---- identity -----------------------------------------------------------------------------------------------------


def _id_copy(p: Party, rng: random.Random) -> list[Sheet]:
    """The applicant's ID card, both faces copied one above the other, her note along the side."""
    s = Sheet()
    w, h = mm(95), mm(60)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    ys = [mm(42), mm(42) + h + mm(22)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(220, 222, 216), outline=(110, 110, 110), width=2)
    y = ys[0]
    lab, val = font("hei", 27), font("hei", 34)
    born = p.born or date(1980, 1, 1)
    s.text(x + mm(6), y + mm(6), "姓名", lab, fill=(90, 90, 90))
    s.text(x + mm(19), y + mm(5), p.name, val)
    s.text(x + mm(6), y + mm(14), "性别", lab, fill=(90, 90, 90))
    s.text(x + mm(19), y + mm(13), f"{p.sex}　 民族 汉", val)
    s.text(x + mm(6), y + mm(22), "出生", lab, fill=(90, 90, 90))
    s.text(x + mm(19), y + mm(21), f"{born.year} 年 {born.month} 月 {born.day} 日", val)
    s.text(x + mm(6), y + mm(30), "住址", lab, fill=(90, 90, 90))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(19), y + mm(29) + k // 12 * mm(5.5), p.address[k:k + 12], val)
    s.text(x + mm(6), y + h - mm(9), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(30), y + h - mm(10), p.id_number, font("mono", 38))
    s.draw.rectangle((x + w - mm(30), y + mm(8), x + w - mm(6), y + mm(40)), fill=(135, 135, 135))
    y = ys[1]
    s.text(x + mm(30), y + mm(8), "中华人民共和国", font("hei", 42))
    s.text(x + mm(24), y + mm(20), "居民身份证", font("hei", 60), spacing=16)
    s.text(x + mm(10), y + h - mm(17), "签发机关　昆明市公安局五华分局", lab)
    start = rng.randint(2012, 2019)
    s.text(x + mm(10), y + h - mm(10), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-长期"
           if born.year < 1975 else f"有效期限　{start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{start + 20}.0"
           f"{rng.randint(1, 9)}.1{rng.randint(0, 9)}", lab)
    pen(s, mm(26), ys[1] + h + mm(24), "此复印件仅供五华区法院执行案件使用", rng, size=46, ink=BALLPOINT, face="kai")
    pen(s, mm(120), ys[1] + h + mm(42), p.name, rng, size=54, ink=BALLPOINT, face="kai")
    return [s]


def _population_printout(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A respondent who would not bring his card: the 公安 population-information query printout the bureau pulled."""
    s = Sheet()
    mono = font("mono", 32)
    s.centred(mm(22), "全国人口信息查询结果", font("sans_bold", 58))
    s.text(mm(20), mm(38), f"查询单位：{COURT}执行局　查询人：{c.officer}　查询时间：{c.day(3):%Y-%m-%d} 10:{rng.randint(10, 59)}",
           font("sans", 28))
    born = p.born or date(1980, 1, 1)
    rows = [["姓名", p.name, "性别", p.sex], ["民族", "汉", "出生日期", f"{born:%Y%m%d}"], ["公民身份号码", p.id_number],
            ["户籍地址", p.address], ["服务处所", "无"], ["婚姻状况", rng.choice(["已婚", "离婚", "未婚"]), "文化程度", "高中"],
            ["登记单位", f"昆明市公安局{rng.choice(['五华分局', '西山分局'])}{rng.choice(['华山', '莲华', '丰宁', '前卫'])}派出所"]]
    w = s.width - mm(40)
    frame_grid(s, mm(20), mm(50), [mm(38), mm(62), mm(30), w - mm(130)], rows, mono, heights=mm(14), labels=(0, 2))
    s.draw.rectangle((s.width - mm(58), mm(50) - mm(40), s.width - mm(22), mm(48)), outline=(90, 90, 90), width=2)
    s.text(s.width - mm(52), mm(24), "照片", font("sans", 30), fill=(120, 120, 120))
    s.text(mm(20), mm(160), "说明：本结果仅供执行工作使用，不得对外提供。", font("sans", 28))
    return [s]


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照 (副本) copy, the QR square at its top left, and the 法定代表人身份证明书 typed below it."""
    s = Sheet()
    brown = (170, 110, 70)
    x0, y0, x1, y1 = mm(16), mm(16), s.width - mm(16), mm(165)
    s.box(x0, y0, x1, y1, width=9, outline=brown)
    qr = random.Random(p.id_number)
    q = mm(22)
    for i in range(11):
        for j in range(11):
            if qr.random() < 0.5 or (i < 3 and j < 3):
                s.draw.rectangle((x0 + mm(8) + i * q / 11, y0 + mm(8) + j * q / 11, x0 + mm(8) + (i + 1) * q / 11,
                                  y0 + mm(8) + (j + 1) * q / 11), fill=(30, 30, 30))
    s.centred(y0 + mm(10), "营 业 执 照", font("serif_bold", 96))
    s.centred(y0 + mm(30), "（副　本）", font("serif", 34))
    f = font("serif", 33)
    s.text(x0 + mm(8), y0 + mm(36), f"统一社会信用代码　{p.id_number}", f)
    coop = "合作社" in p.name
    rows = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep),
            ("经营范围", "辣椒种植、收购、烘干、销售" if coop else
             "小额贷款业务（限昆明市范围内）" if "贷款" in p.name else "餐饮服务；食品销售；餐饮管理"),
            ("成员出资总额" if coop else "注册资本", f"{rng.choice([50, 100, 300, 1000, 5000])}万元"),
            ("成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(48)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(46), ty, value[:28], f)
        if len(value) > 28:
            ty += mm(7)
            s.text(x0 + mm(46), ty, value[28:], f)
        ty += mm(10)
    reg = "毕节市七星关区市场监督管理局" if coop else "昆明市五华区市场监督管理局"
    s.text(x1 - mm(80), y1 - mm(32), "登记机关", f)
    seal(s, x1 - mm(48), y1 - mm(28), reg, rng, radius=mm(18))
    g = Galley([s], y1 + mm(16), left=mm(24), right=mm(22), gb_face=False)
    g.line("法定代表人身份证明书" if not coop else "负责人身份证明书", font("hei", 52), lead=90, align="centre")
    g.para(f"{p.legal_rep}，现任我{'社理事长' if coop else '公司' + rng.choice(['执行董事', '董事长'])}，系我{'社' if coop else '公司'}"
           f"{'负责人' if coop else '法定代表人'}。特此证明。", font("serif", 40), lead=72, first=80)
    s.right(s.width - mm(30), g.y + 170, num_date(c.filed_on - timedelta(days=rng.randint(2, 8))), font("serif", 40))
    seal(s, s.width - mm(56), g.y + 180, p.name, rng, radius=mm(18))
    pen(s, mm(26), s.height - mm(30), "与原件核对无误", rng, size=46, ink=INK, face="kai")
    return [s]


# ---- money and forms ------------------------------------------------------------------------------------------------


def _e_bill(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """云南省非税收入 e-bill for the 申请执行费: red print, the QR block, the verification code."""
    s = Sheet()
    red = (186, 40, 40)
    fee: Decimal = c.extra["fee"]
    s.centred(mm(20), "云南省非税收入统一票据（电子）", font("song_gb", 54), fill=red)
    qr = random.Random(c.number)
    q = mm(24)
    for i in range(13):
        for j in range(13):
            if qr.random() < 0.5 or (i < 3 and j < 3) or (i > 9 and j < 3):
                s.draw.rectangle((mm(18) + i * q / 13, mm(16) + j * q / 13, mm(18) + (i + 1) * q / 13, mm(16) + (j + 1) * q / 13),
                                 fill=(20, 20, 20))
    f = font("song_gb", 32)
    s.text(mm(48), mm(34), f"票据代码：53010124　票据号码：{rng.randint(10**9, 10**10 - 1):010d}　校验码：{rng.randint(10**5, 10**6 - 1)}",
           f, fill=red)
    s.text(mm(48), mm(41), f"交款人：{c.applicant.name}　开票日期：{c.filed_on:%Y-%m-%d}", f, fill=red)
    w = s.width - mm(36)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040101", "诉讼费（申请执行费）", "件", "1", f"{fee}", f"{fee:,.2f}"], ["", "", "", "", "", ""],
            ["金额合计（大写）", money_caps(fee), "", "", "（小写）", f"{fee:,.2f}"],
            ["备注", f"案号：{c.number}　执收单位：{COURT}"]]
    frame_grid(s, mm(18), mm(50), [mm(30), mm(52), mm(14), mm(14), mm(26), w - mm(136)], rows, f, heights=mm(13),
               labels=(), ink=red)
    s.text(mm(18), mm(122), f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f, fill=red)
    seal(s, s.width - mm(62), mm(112), "云南省财政厅", rng, radius=mm(16), inner="票据监制章")
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    if code == "payment_account_confirmation":
        y = form_title(s, "执行案款收款账户确认书")
        rows = [("案　号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", str(c.extra["in_bank"])),
                ("账　号", str(c.extra["in_acct"])), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为本案执行款的唯一收款账户。账户信息有误造成的案款延误或错付，后果自负。"
        who = a.legal_rep if a.kind == "organisation" else a.name
    elif code == "service_address_confirmation":
        y = form_title(s, "当事人送达地址确认书")
        rows = [("案　号", c.number), ("受送达人", a.name), ("确认送达地址", a.address), ("代收人", c.agent),
                ("手机号码", c.agent_phone), ("是否同意电子送达", f"同意，短信及“云南法院”平台，号码{c.agent_phone}")]
        note = ("告知：1.送达地址变更的，应及时书面告知本院；2.提供的地址不准确或变更后未告知，致使文书未能被实际接收的，"
                "文书退回之日视为送达之日。")
        who = c.agent
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索登记表")
        if c.extra["tale"] == "notary":
            clue = f"借款人原经营{c.extra['shop']}（{r.address}）；保证人{c.extra['guarantor'].name}在西山区有住房一套"
        else:
            clue = "被执行人在龙翔街、文林街有米线门店两家，收款用聚合支付码；对公账户开在富滇银行"
        rows = [("案　号", c.number), ("被执行人", "、".join(p.name for p in _respondents(c))), ("证照号码", r.id_number),
                ("住所/住址", r.address), ("财产线索", clue), ("线索来源", "申请执行人调查掌握")]
        note = "申请执行人应如实提供被执行人财产线索；提供虚假线索的，依法承担法律责任。"
        who = a.legal_rep if a.kind == "organisation" else a.name
    else:
        y = form_title(s, "被执行人财产申报表")
        if c.extra["tale"] == "car":
            vals = ["富滇银行借记卡一张，余额约三百元", "无", f"{c.extra['car']}一辆（{c.extra['plate']}），贷款买的", "无",
                    "打零工，月收入三千元左右"]
        elif c.extra["tale"] == "notary":
            vals = ["农业银行卡一张，无余额", "无", "无", "无", "茶庄已关，现无固定收入"]
        else:
            vals = ["富滇银行对公账户，余额约二万元", "无（门店为租赁）", "无", "应收外卖平台结算款若干", "门店设备、厨具"]
        rows = [("案　号", c.number), ("申报人", r.name), ("存款", vals[0]), ("不动产", vals[1]), ("车　辆", vals[2]),
                ("债权", vals[3]), ("收入及其他", vals[4])]
        note = "申报人保证以上申报真实、完整。如有隐瞒、虚假，愿承担法律责任。"
        who = r.legal_rep if r.kind == "organisation" else r.name
    boxes = frame_grid(s, LEFT, y, [mm(44), w - mm(44)], [[label, ""] for label, _ in rows], hei(34),
                       heights=[mm(24) if len(v) > 22 else mm(16) for _, v in rows])
    right = [b for b in boxes if b[0] > LEFT]
    for (_label, value), b in zip(rows, right, strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(3.5), value, rng, size=40, per_line=22, lead=mm(7.5), ink=BALLPOINT, face="kai")
    g = Galley([s], boxes[-1][3] + 44)
    g.para(note, song(34), lead=56, first=68)
    y = g.y + 70
    s.text(s.width - RIGHT - mm(118), y, "签名（盖章）：", song(38))
    pen(s, s.width - RIGHT - mm(62), y - 8, who, rng, size=52, ink=BALLPOINT, face="kai")
    pen(s, s.width - RIGHT - mm(70), y + 90, num_date(d), rng, size=42, ink=BALLPOINT, face="kai")
    if a.kind == "organisation" and code != "property_declaration_form":
        seal(s, s.width - RIGHT - mm(40), y + 40, a.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控 system's wide table, printed landscape on one or two sheets."""
    t = str(c.extra["tale"])
    people = _respondents(c)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"), ("交通银行", "存款"),
             ("中国邮政储蓄银行", "存款"), ("富滇银行", "存款"), ("云南省农村信用社", "存款"), ("招商银行", "存款"),
             ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"),
             ("中国证券登记结算有限责任公司", "证券"), ("住房公积金", "公积金")]
    rows = [["序号", "被查询人", "协助单位", "财产类型", "反馈结果", "反馈时间", "处理"]]
    n = 0
    for p in people:
        for unit, kind in units:
            n += 1
            act = ""
            if t == "car" and kind == "车辆":
                reg = date.fromisoformat(str(c.extra["car_registered"]))
                res = f"{c.extra['plate']} {c.extra['car'].removesuffix('小型轿车')} 登记{reg:%Y-%m-%d} 状态正常"
                act = "拟查封"
            elif t == "chili" and unit == "富滇银行":
                res = f"对公账户1个，余额{rng.randint(8000, 26000)}.{rng.randint(10, 99)}元"
                act = "已冻结"
            elif kind == "存款" and rng.random() < 0.3:
                res = f"账户1个，余额{rng.randint(0, 90)}.{rng.randint(10, 99)}元"
            else:
                res = "未查询到财产信息"
            rows.append([str(n), p.name, unit, kind, res, f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d}", act])
    per = 16
    parts = [rows[1:][i:i + per] for i in range(0, len(rows) - 1, per)]
    sheets: list[Sheet] = []
    mono = font("mono", 27)
    for part in parts:
        s = landscape()
        s.text(mm(14), mm(12), "网络执行查控系统 · 查询反馈结果", font("sans_bold", 46))
        s.text(mm(14), mm(24), f"案号：{c.number}　承办人：{c.officer}　发起时间：{d:%Y-%m-%d}　查询方式：总对总", mono)
        w = s.width - mm(28)
        frame_grid(s, mm(14), mm(32), [mm(14), mm(30), mm(62), mm(24), w - mm(180), mm(28), mm(22)], [rows[0], *part],
                   mono, heights=mm(9), labels=(0,))
        s.text(mm(14), s.height - mm(12), f"打印：{c.clerk}　{d + timedelta(days=4):%Y-%m-%d %H:%M}".replace("00:00",
               f"16:{rng.randint(10, 59)}"), mono)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        s.right(s.width - mm(14), s.height - mm(12), f"第{i}页/共{len(sheets)}页", mono)
        s.page_of = (i, len(sheets))
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行和解协议 the two lawyers typed at the bureau: the 米线 company pays the grower directly in two instalments."""
    a, r = c.applicant, c.respondent
    first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    second = c.amount - first
    due = c.day(46)
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("wenkai_bold", 74), spacing=20)
    g = Galley([s], TOP + 140, left=mm(26), right=mm(24), gb_face=False)
    f = font("wenkai", 42)
    for kind, text in [
        ("t", f"甲方（申请执行人）：{a.name}"), ("t", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲、乙双方就{COURT}{c.number}执行一案（执行依据：{OTHER_COURT}{c.basis_number}民事判决书），经自愿协商，"
              "达成如下和解协议："),
        ("p", f"一、乙方共应向甲方支付货款{money(c.amount)}，甲方放弃逾期付款损失及迟延履行期间的债务利息。"),
        ("p", f"二、乙方于{num_date(d + timedelta(days=1))}前支付{first:,.2f}元，于{num_date(due)}前支付{second:,.2f}元，"
              f"均直接转入甲方账户（户名{a.name}，开户行{c.extra['in_bank']}，账号{c.extra['in_acct']}）。"),
        ("p", "三、乙方按期足额付清后，甲方向法院书面确认，本案执行完毕；乙方任何一期逾期未付的，甲方可申请恢复执行原判决。"),
        ("p", "四、本协议一式三份，甲乙双方各执一份，交法院附卷一份，自双方签字盖章之日起生效。"),
    ]:
        if kind == "t":
            g.line(text, f, lead=80)
        else:
            g.para(text, f, lead=78, first=f.size * 2)
    y = g.y + 90
    s.text(mm(26), y, "甲方（盖章）：", f)
    seal(s, mm(90), y + 40, a.name, rng, radius=mm(19))
    s.text(mm(26), y + 130, "代理人：", f)
    pen(s, mm(60), y + 122, c.agent, rng, size=52, ink=INK, face="kai")
    s.text(s.width / 2 + mm(6), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(66), y + 40, r.name, rng, radius=mm(19))
    s.text(s.width / 2 + mm(6), y + 130, "法定代表人：", f)
    pen(s, s.width / 2 + mm(52), y + 122, r.legal_rep, rng, size=52, ink=INK, face="kai")
    s.text(mm(26), y + 240, f"签订日期：{num_date(d)}　　签订地点：{COURT}执行局", f)
    return [s]


def _slips(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """Two bank transfer slips of the 米线 company's payments, and under them the grower's 收款确认书 by hand."""
    a, r = c.applicant, c.respondent
    first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    pays = [(first, made_on_settle(c) + timedelta(days=1)), (c.amount - first, d - timedelta(days=2))]
    s = Sheet()
    f = font("sans", 28)
    y = mm(14)
    blue = (40, 70, 140)
    for amount, day in pays:
        s.box(mm(14), y, s.width - mm(14), y + mm(74), width=2, outline=blue)
        s.centred(y + mm(4), "富滇银行　单位客户转账回单", font("sans_bold", 40), fill=blue)
        s.text(mm(20), y + mm(14), f"交易日期：{day:%Y-%m-%d}　　回单号：{rng.randint(10**13, 10**14 - 1)}", f)
        w = s.width - mm(40)
        rows = [["付款人", r.name, "收款人", a.name], ["付款账号", f"2000{rng.randint(10**11, 10**12 - 1)}", "收款账号",
                                                    str(c.extra["in_acct"])],
                ["金额", f"¥{amount:,.2f}（{money_caps(amount)}）"], ["摘要", f"{c.number}和解款"]]
        frame_grid(s, mm(20), y + mm(22), [mm(26), mm(62), mm(26), w - mm(114)], rows, f, heights=mm(11), labels=(0, 2),
                   ink=blue)
        seal(s, s.width - mm(46), y + mm(60), "富滇银行昆明龙翔支行", rng, radius=mm(13), inner="业务专用章")
        y += mm(80)
    s.centred(y + mm(4), "收款确认书", font("wenkai_bold", 60))
    text = (f"{COURT}：我社已于{pays[1][1]:%Y年%m月%d日}前收到{r.name}按和解协议支付的全部款项共计{c.amount:,.2f}元，"
            f"{c.number}案执行完毕，申请结案。")
    yy = pen(s, mm(24), y + mm(20), text, rng, size=42, per_line=24, lead=mm(10), ink=BALLPOINT, face="kai")
    seal(s, s.width - mm(48), yy + mm(8), a.name, rng, radius=mm(17))
    pen(s, s.width - mm(150), yy + mm(10), f"{a.legal_rep}  {d:%Y.%m.%d}", rng, size=44, ink=BALLPOINT, face="kai")
    return [s]


def made_on_settle(c: CaseCtx) -> date:
    from dossier.corpus.families.court_hj import made_on

    return made_on(c, "settlement_agreement")


def _disbursal(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's 执行款发放审批表 for the auction money, the applicant's signature for it, the bank's slip stapled on."""
    a, r = c.applicant, c.respondent
    price: Decimal = c.extra["price"]
    fee: Decimal = c.extra["fee"]
    rest = price - c.amount - fee
    s = Sheet()
    y = form_title(s, "执行款发放审批表")
    s.text(LEFT, y - 10, gb(f"案号：{c.number}"), song(32))
    y += 40
    w = s.width - LEFT - RIGHT
    rows = [["款项来源", f"拍卖{c.extra['plate']}车辆成交价款"], ["到账金额", f"{price:,.2f}元", "到账日期", f"{d - timedelta(days=5):%Y-%m-%d}"],
            ["发放对象", a.name, "发放金额", f"{c.amount:,.2f}元"], ["扣还执行费", f"{fee:,.2f}元", "退被执行人", f"{rest:,.2f}元"],
            ["收款账户", f"{c.extra['in_bank']} {c.extra['in_acct']}"], ["承办人意见", ""], ["领导审批", ""], ["领款人签名", ""]]
    hs = [mm(15)] * 5 + [mm(28), mm(24), mm(24)]
    boxes = frame_grid(s, LEFT, y, [mm(34), mm(56), mm(30), w - mm(120)], rows, song(32), heights=hs, labels=(0, 2))
    starts = [b for b in boxes if b[0] == LEFT]
    x = starts[5][2] + mm(4)
    pen(s, x, starts[5][1] + mm(4), f"执行款已到账，申请人债权{c.amount:,.2f}元全额发放，余款退{r.name}。", rng, size=36,
        per_line=22, lead=mm(8))
    pen(s, s.width - RIGHT - mm(60), starts[5][3] - mm(10), f"{c.officer} {d:%m.%d}", rng, size=34)
    pen(s, x, starts[6][1] + mm(6), "同意发放。", rng, size=40)
    pen(s, x, starts[7][1] + mm(5), a.name, rng, size=54, ink=BALLPOINT, face="kai")
    s.draw.ellipse((x + mm(40), starts[7][1] + mm(6), x + mm(40) + 34, starts[7][1] + mm(6) + 44), fill=(190, 40, 46))
    yb = boxes[-1][3] + mm(14)
    blue = (40, 70, 140)
    s.box(LEFT, yb, s.width - RIGHT, yb + mm(52), width=2, outline=blue)
    s.centred(yb + mm(3), "富滇银行　转账支付回单", font("sans_bold", 36), fill=blue)
    f = font("sans", 28)
    for k, line in enumerate([f"付款人：{COURT}执行款专户　收款人：{a.name}　账号：{c.extra['in_acct']}",
                              f"金额：{money(c.amount)}", f"用途：{c.number}执行款发放　交易日期：{d:%Y-%m-%d}"]):
        s.text(LEFT + mm(6), yb + mm(14) + k * mm(10), line, f)
    seal(s, s.width - RIGHT - mm(30), yb + mm(34), "富滇银行昆明五华支行", rng, radius=mm(13), inner="业务专用章")
    return [s]

