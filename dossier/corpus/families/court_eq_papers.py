"""What 离石法院 receives, in its makers' styles: the old 离石市人民法院 judgment of 2003 set on a lead-type Chinese
typewriter, its 油印 生效证明 form filled by hand, the 2009 laser-printed ruling of the first enforcement round; and the
modern papers — 吕梁 lawyers' applications, the 离石区 labour arbitration award, bank slips, the 查控 printout, the
parties' hand-filled window forms, ID and licence copies."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, signature, table, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.forms import id_card_copy, lawyer_licence_copy

OLD_PAPER = (246, 240, 224)
"""the sheets of the early 2000s are drawn on this off-white; the capture knows them by it"""
STENCIL = (78, 36, 138)
BLUE_BLACK = (38, 44, 88)

RECEIVED = frozenset({
    "enforcement_application", "resumption_application", "enforcement_basis", "effectiveness_certificate",
    "property_clue_form", "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
    "payment_account_confirmation", "service_address_confirmation", "property_declaration_form",
    "online_inquiry_result", "settlement_agreement", "payment_voucher",
})


# ---------------------------------------------------------------------------------------------- the old papers
def _strike(sheet: Sheet, x: float, y: float, ch: str, f: Font, rng: random.Random, weight: float) -> None:
    """One typebar blow: the character a little off its cell, its ink as heavy as the hand that struck it."""
    g = Image.new("L", (int(f.size) + 10, int(f.size) + 14), 0)
    ImageDraw.Draw(g).text((5, 5), ch, font=f, fill=255)
    level = int(255 * min(1.0, weight))
    g = g.point(lambda v: v * level // 255)
    tone = int(18 + (1 - weight) * 60)
    sheet.image.paste((tone, tone, tone + 6), (int(x - 5 + rng.uniform(-1.2, 1.2)), int(y - 5 + rng.uniform(-2.0, 2.0))), g)


def typed_line(sheet: Sheet, x: float, y: float, s: str, f: Font, rng: random.Random, *, pitch: float) -> None:
    """A line from the 铅字打字机: fixed cells, uneven strikes, now and then a pale or doubled one."""
    if s.strip():
        sheet.lines.append(s)
    cx = x
    for ch in s:
        if ch != " " and ch != "　":
            w = rng.choice([0.6, 0.8, 0.88, 0.92, 0.96, 1.0, 1.0, 1.0])
            _strike(sheet, cx, y, ch, f, rng, w)
            if rng.random() < 0.02:
                _strike(sheet, cx + 1.5, y + 1, ch, f, rng, 0.5)
        cx += pitch


def typed_page(c: CaseCtx, rng: random.Random, head: list[str], blocks: list[tuple[str, str]],
               tail: list[str]) -> tuple[list[Sheet], float]:
    """The 2003 judgment: 16 开 typed pages, 22 cells a line, the court's name and title spaced by hand."""
    f = font("song_gb", mm(5.6))
    pitch = mm(7.2)
    x0, per = mm(34), 20
    sheets: list[Sheet] = []

    def page() -> tuple[Sheet, float]:
        s = Sheet(paper=OLD_PAPER)
        sheets.append(s)
        return s, float(mm(30))

    s, y = page()
    big = font("song_gb", mm(8))
    for k, line in enumerate(head):
        width = len(line) * mm(10.5)
        typed_line(s, (s.width - width) / 2, y, line, big if k < 2 else f, rng, pitch=mm(10.5) if k < 2 else pitch)
        y += mm(13) if k < 2 else mm(10)
    for kind, text in blocks:
        cells = ("　　" if kind == "p" else "") + text
        rows: list[str] = []
        while cells:
            take = per + 1 if len(cells) > per and cells[per] in "，。、；：）" else per
            rows.append(cells[:take])
            cells = cells[take:]
        for row in rows:
            if y > s.height - mm(40):
                s, y = page()
            typed_line(s, x0, y, row, f, rng, pitch=pitch)
            y += mm(10.5)
    if y > s.height - mm(40) - mm(10.5) * len(tail):
        s, y = page()
    y += mm(10.5)
    dated = y + mm(10.5)
    for line in tail:
        typed_line(s, x0 + pitch * (per - len(line)), y, line, f, rng, pitch=pitch)
        y += mm(10.5)
    for n, sh in enumerate(sheets, 1):
        sh.page_of = (n, len(sheets))
        typed_line(sh, sh.width / 2 - pitch, sh.height - mm(22), f"－{n}－", f, rng, pitch=pitch / 2)
    return sheets, dated


def old_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    lent: date = c.extra["lent_on"]
    principal: Decimal = c.extra["principal"]
    blocks = [
        ("f", f"原告{a.name}，{a.sex}，{a.born.year if a.born else 1960}年{a.born.month if a.born else 1}月生，汉族，"
              f"离石市人，农民，住{c.extra['old_addr_a']}。"),
        ("f", f"被告{r.name}，{r.sex}，{r.born.year if r.born else 1965}年生，汉族，离石市人，个体运输户，住{c.extra['old_addr_r']}。"),
        ("p", f"原告{a.name}诉被告{r.name}借款纠纷一案，本院受理后，依法由审判员{c.extra['old_judge']}独任审判，"
              "公开开庭进行了审理。原、被告均到庭参加了诉讼。本案现已审理终结。"),
        ("p", f"原告诉称，{lent.year}年{lent.month}月，被告以购买运煤汽车为由向原告借款{principal:.0f}元，"
              f"约定月利率1.5%，一年内归还，并出具借条一张。到期后经原告多次催要，被告以煤价下跌、车辆停运为由拒不归还。"
              "请求判令被告归还借款本金及利息。"),
        ("p", "被告辩称，借款属实，现在无力偿还，请求分期归还。"),
        ("p", "经审理查明，原、被告系同村村民。" f"{lent.year}年{lent.month}月{lent.day}日，被告向原告借款{principal:.0f}元，"
              "用于购买东风牌运煤汽车一辆，被告出具借条，约定月利率1.5%，借期一年。借款到期后被告未予归还。"),
        ("p", "本院认为，合法的借贷关系受法律保护。被告向原告借款，事实清楚，证据确实，被告应当按约归还借款本金并支付利息。"
              "被告辩称无力偿还，理由不能成立，本院不予支持。依照《中华人民共和国民法通则》第一百零八条之规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效后十日内归还原告{a.name}借款{principal:.0f}元，并按月利率1.5%支付"
              f"自{lent.year}年{lent.month}月{lent.day}日起至付清之日止的利息。"),
        ("p", f"案件受理费{c.extra['old_fee']}元，由被告负担。"),
        ("p", "如不服本判决，可在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
              "上诉于山西省吕梁地区中级人民法院。"),
    ]
    made: date = c.extra["old_judged"]
    tail = [f"审判员　{c.extra['old_judge']}", cn_date(made), f"书记员　{c.extra['old_clerk']}"]
    sheets, dated = typed_page(c, rng, ["山西省离石市人民法院", "民事判决书", c.basis_number], blocks, tail)
    last = sheets[-1]
    seal(last, last.width - mm(62), dated + mm(3), "山西省离石市人民法院", rng)
    first = sheets[0]
    typed_line(first, mm(22), mm(14), "本件与原本核对无异", font("song_gb", mm(4.2)), rng, pitch=mm(5))
    return sheets


def _stencil(sheet: Sheet, draw_on: Image.Image, rng: random.Random) -> None:
    """Lay a stencil layer (white strokes on black) onto the sheet in 油印 ink: spread, uneven, fuzzy."""
    spread = draw_on.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.GaussianBlur(1.3)).point(
        lambda v: min(255, int(v * 1.6)))
    w, h = spread.size
    patch = Image.effect_noise((max(1, w // 40), max(1, h // 40)), 60).resize((w, h), Image.Resampling.BICUBIC)
    uneven = patch.point(lambda v: int(150 + (v - 128) * 0.8))
    mask = ImageChops.multiply(spread, uneven)
    sheet.image.paste(STENCIL, (0, 0), mask)


def stencil_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """离石市人民法院's 生效证明书, 油印 in purple with blanks the clerk filled in blue-black ink."""
    s = Sheet(paper=OLD_PAPER)
    layer = Image.new("L", s.size, 0)
    d = ImageDraw.Draw(layer)
    title = font("song_gb", mm(9))
    body = font("song_gb", mm(5.6))
    lines = ["山 西 省 离 石 市 人 民 法 院", "判决、裁定、调解书生效证明书"]
    y = mm(40)
    for k, text in enumerate(lines):
        fnt = title if k else font("song_gb", mm(7))
        d.text(((s.width - text_width(text, fnt)) / 2, y), text, font=fnt, fill=255)
        s.lines.append(text)
        y += mm(16)
    printed = [
        ("离法证字第　　　　号", mm(130)),
        ("本院　　　　年　　　　字第　　　　号", mm(32)),
        ("　　　　　　　　　　　　　　　案", mm(32)),
        ("的　　　　书，已于　　　　年　　月　　日", mm(32)),
        ("发生法律效力。", mm(32)),
        ("特此证明。", mm(44)),
    ]
    y += mm(8)
    rows_y = []
    for text, x in printed:
        d.text((x, y), text, font=body, fill=255)
        rows_y.append(y)
        y += mm(17)
    d.line((mm(32), y + mm(60), s.width - mm(32), y + mm(60)), fill=255, width=3)
    d.text((mm(32), y + mm(64)), "（存卷）", font=font("song_gb", mm(4.5)), fill=255)
    _stencil(s, layer, rng)
    s.lines += [t.replace("　", " ").strip() for t, _ in printed]
    eff = c.basis_effective
    basis_no = c.basis_number.split("第")[1].rstrip("号")
    cell = 5.6

    def at(k: float) -> int:
        return mm(32 + k * cell)

    entries = [
        (mm(130 + 5.6 * cell), rows_y[0], c.extra["cert_seq"]),
        (at(2.4), rows_y[1], str(eff.year)), (at(7.2), rows_y[1], "离民初"), (at(13.6), rows_y[1], basis_no),
        (at(1.0), rows_y[2], f"{c.applicant.name}诉{c.respondent.name}借款纠纷"),
        (at(1.3), rows_y[3], "判决"), (at(9.3), rows_y[3], str(eff.year)),
        (at(14.4), rows_y[3], str(eff.month)), (at(17.4), rows_y[3], str(eff.day)),
    ]
    for x, yy, text in entries:
        hand(s, x, yy - mm(2), text, rng, size=mm(6), ink=BLUE_BLACK)
    hand(s, s.width - mm(90), y + mm(22), f"{eff.year}年{eff.month}月{eff.day + 2 if eff.day < 27 else eff.day}日", rng,
         size=mm(6), ink=BLUE_BLACK)
    seal(s, s.width - mm(70), y + mm(22), "山西省离石市人民法院", rng)
    return [s]


def laser_ruling_2009(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The first round's closing ruling, 2009: an early laser printer, 宋体 of the period, narrow margins, no footer."""
    s = Sheet(paper=(250, 248, 241))
    made: date = c.extra["old_closed"]
    f = font("ming", mm(5.0))
    s.centred(mm(28), "山西省吕梁市离石区人民法院", font("ming", mm(8)))
    s.centred(mm(42), "执 行 裁 定 书", font("song_gb", mm(10)), spacing=mm(1))
    s.right(s.width - mm(28), mm(60), c.previous_number, f)
    a, r = c.applicant, c.respondent
    text = [
        ("f", f"申请执行人{a.name}，{a.sex}，住{c.extra['old_addr_a']}。"),
        ("f", f"被执行人{r.name}，{r.sex}，住{c.extra['old_addr_r']}。"),
        ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}借款纠纷一案中，依据已经发生法律效力的山西省离石市人民法院"
              f"{c.basis_number}民事判决书，被执行人应归还申请执行人借款本金{c.extra['principal']:.0f}元及利息。"
              "本院于" f"{c.extra['old_filed'].year}年立案执行后，向被执行人送达了执行通知，经查询被执行人名下无存款，"
              "其运煤汽车已于2004年报废，无其他可供执行的财产。申请执行人亦不能提供被执行人的财产线索。"),
        ("p", "依照《中华人民共和国民事诉讼法》第一百四十条第一款第（十一）项之规定，裁定如下："),
        ("p", f"{c.previous_number}案件终结本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行的财产的，可以向本院申请恢复执行。"),
        ("p", "本裁定送达后即发生法律效力。"),
    ]
    y = float(mm(74))
    for kind, t in text:
        for k, part in enumerate(wrap(t, f, s.width - mm(56), indent=mm(10) if kind == "p" else 0)):
            s.text(mm(28) + (mm(10) if kind == "p" and k == 0 else 0), y, part, f)
            y += mm(8.5)
    y += mm(10)
    for role, v in [("审 判 长", c.extra["old_judge2"]), ("审 判 员", c.extra["old_clerk"]), ("审 判 员", c.extra["old_judge"])]:
        s.text(s.width - mm(80), y, f"{role}　{v}", f)
        y += mm(9)
    s.right(s.width - mm(30), y + mm(6), cn_date(made), f)
    seal(s, s.width - mm(55), y + mm(6), "山西省吕梁市离石区人民法院", rng)
    s.text(s.width - mm(80), y + mm(20), f"书 记 员　{person_of(c, 'old_clerk2')}", f)
    return [s]


def person_of(c: CaseCtx, key: str) -> str:
    return str(c.extra[key])


# ---------------------------------------------------------------------------------------------- modern received papers
def _lawyer_page(c: CaseCtx, rng: random.Random, title: str, blocks: list[tuple[str, str]], sign_as: str,
                 made: date, *, firm_seal: bool = False) -> list[Sheet]:
    """A 吕梁 law firm's typed paper: 黑体 title, 宋体 body at 1.8 line spacing, a right-hand signature block."""
    s = Sheet()
    f = font("serif", mm(4.6))
    s.centred(mm(30), title, font("hei", mm(8)))
    y = float(mm(52))
    for kind, t in blocks:
        ind = mm(9.2) if kind == "p" else 0
        for k, part in enumerate(wrap(t, f, s.width - mm(55), indent=ind)):
            s.text(mm(28) + (ind if k == 0 else 0), y, part, f)
            y += mm(8.3)
        if kind == "h":
            y += mm(1)
    y += mm(12)
    s.text(s.width - mm(95), y, sign_as, f)
    signature(s, s.width - mm(60), y + mm(8), c.agent if "代理" in sign_as else c.applicant.name, rng)
    if firm_seal:
        seal(s, s.width - mm(70), y + mm(20), c.firm, rng)
    s.text(s.width - mm(95), y + mm(30), num_date(made), f)
    return [s]


def _claims(c: CaseCtx) -> str:
    return f"请求强制执行被执行人{c.respondent.name}给付申请执行人{money(c.amount)}及迟延履行期间的债务利息。"


def _party_lines(c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    out = []
    for role, p in (("申请执行人", a), ("被执行人", r)):
        if p.kind == "person":
            out.append(("h", f"{role}：{p.name}，{p.sex}，{p.born.year if p.born else ''}年{p.born.month if p.born else ''}月"
                              f"{p.born.day if p.born else ''}日出生，汉族，住{p.address}，公民身份号码{p.id_number}，电话{p.phone}。"))
        else:
            out.append(("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"))
            out.append(("h", f"法定代表人：{p.legal_rep}。"))
    return out


def _form_sheet(title: str, rows: list[tuple[str, str]], rng: random.Random, *, hand_cols: bool, note: str = "",
                sign: str = "", sign_date: date | None = None, ink: tuple[int, int, int] = BLUE_BLACK) -> Sheet:
    """The court window's blank form (printed grid) filled by the party in pen."""
    s = Sheet()
    s.centred(mm(26), title, font("hei", mm(7.2)))
    f = font("sans", mm(4.2))
    x0, y = mm(22), float(mm(46))
    lw, vw = mm(44), s.width - mm(44) - mm(44)
    for label, value in rows:
        lines = max(1, (len(value) + 23) // 24)
        h = max(mm(15), mm(8.5) * lines + mm(4))
        s.box(x0, y, x0 + lw + vw, y + h, width=2)
        s.line(x0 + lw, y, x0 + lw, y + h, width=2)
        s.centred(y + h / 2 - mm(2.5), label, f, x0=x0, x1=x0 + lw)
        if hand_cols:
            for k in range(lines):
                hand(s, x0 + lw + mm(3), y + mm(3) + k * mm(8.5), value[k * 24:(k + 1) * 24], rng, size=mm(5.6), ink=ink)
        else:
            for k, part in enumerate(wrap(value, f, vw - mm(6))):
                s.text(x0 + lw + mm(3), y + mm(3) + k * mm(7), part, f)
        y += h
    if note:
        for part in wrap(note, font("sans", mm(3.6)), s.width - mm(44)):
            s.text(x0, y + mm(4), part, font("sans", mm(3.6)))
            y += mm(6)
    if sign:
        s.text(s.width - mm(110), y + mm(16), "填表人（签名）：", f)
        signature(s, s.width - mm(70), y + mm(12), sign, rng, ink=ink)
    if sign_date:
        hand(s, s.width - mm(80), y + mm(32), num_date(sign_date), rng, size=mm(5.5), ink=ink)
    return s


def award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """离石区劳动人事争议仲裁委员会 裁决书: 仿宋-like body, a red rule under its name, the arbitrator's signature block."""
    s = Sheet()
    red = (200, 35, 35)
    s.centred(mm(24), "吕梁市离石区劳动人事争议仲裁委员会", font("song_gb", mm(8.5)), fill=red)
    s.line(mm(25), mm(40), s.width - mm(25), mm(40), width=4, fill=red)
    s.centred(mm(48), "裁 决 书", font("hei", mm(9)))
    f = font("kai_gb", mm(4.8))
    s.right(s.width - mm(28), mm(64), c.basis_number, f)
    a, r = c.applicant, c.respondent
    blocks = [
        ("f", f"申请人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司经理。"),
        ("p", f"申请人与被申请人劳动争议一案，本委于{num_date(c.extra['arb_filed'])}立案受理，依法组成仲裁庭公开开庭审理。"
              "被申请人经书面通知，无正当理由未到庭。本案现已审理终结。"),
        ("p", f"申请人请求：裁决被申请人支付拖欠的工资{c.amount:.2f}元。"),
        ("p", f"经审理查明：申请人于{c.extra['hired']}年入职被申请人处，从事红枣清洗、烘干及包装工作，"
              f"月工资{c.extra['wage']}元。被申请人自{c.extra['owed_from']}起未足额发放工资，"
              f"经核算共拖欠{c.amount:.2f}元，有考勤表、工资表及被申请人出具的欠条在卷为证。"),
        ("p", "本委认为：用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。依照《中华人民共和国劳动合同法》"
              "第三十条、《中华人民共和国劳动争议调解仲裁法》第四十七条之规定，裁决如下："),
        ("p", f"被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}拖欠的工资{c.amount:.2f}元。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    y = float(mm(78))
    for kind, t in blocks:
        ind = mm(9.6) if kind == "p" else 0
        for k, part in enumerate(wrap(t, f, s.width - mm(56), indent=ind)):
            s.text(mm(28) + (ind if k == 0 else 0), y, part, f)
            y += mm(8)
    y += mm(8)
    s.text(s.width - mm(85), y, f"仲 裁 员　{c.extra['arbitrator']}", f)
    s.right(s.width - mm(30), y + mm(14), cn_date(c.extra["awarded"]), f)
    seal(s, s.width - mm(58), y + mm(14), "吕梁市离石区劳动人事争议仲裁委员会", rng)
    s.text(s.width - mm(85), y + mm(28), f"书 记 员　{c.extra['arb_clerk']}", f)
    return [s]


def award_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("kai_gb", mm(5.2))
    s.centred(mm(36), "吕梁市离石区劳动人事争议仲裁委员会", font("song_gb", mm(8)), fill=(200, 35, 35))
    s.centred(mm(56), "仲裁裁决书生效证明", font("hei", mm(8.5)))
    s.right(s.width - mm(30), mm(76), f"离劳人仲证字〔{c.basis_effective.year}〕{c.extra['cert_seq']}号", f)
    t = (f"本委{c.basis_number}裁决书（申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议），系终局裁决，"
         f"已于{num_date(c.extra['awarded'])}送达双方当事人，被申请人在法定期限内未向有管辖权的人民法院申请撤销，"
         f"该裁决书于{num_date(c.basis_effective)}发生法律效力。")
    y = float(mm(92))
    for part in wrap("　　" + t, f, s.width - mm(60)):
        s.text(mm(30), y, part, f)
        y += mm(9.5)
    s.text(mm(40), y + mm(4), "特此证明。", f)
    s.right(s.width - mm(32), y + mm(36), num_date(c.basis_effective + timedelta(days=3)), f)
    seal(s, s.width - mm(60), y + mm(36), "吕梁市离石区劳动人事争议仲裁委员会", rng)
    return [s]


def intermediate_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """离石法院's own 民事判决书 for the coke plant's 精煤 debt, as the trial division printed it (two pages)."""
    a, r = c.applicant, c.respondent
    f = font("serif", mm(4.7))
    blocks = [
        ("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司执行董事。"),
        ("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司董事长。"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用普通程序，公开开庭进行了审理。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告支付精煤货款{c.amount:.2f}元及逾期付款利息。事实和理由：{c.extra['supply']}，"
              f"原告向被告供应洗精煤{c.extra['tons']}吨，被告仅支付部分货款，余款经对账确认后至今未付。"),
        ("p", "被告辩称：对欠款数额无异议，因焦炭市场低迷、环保限产，公司资金周转困难，请求给予宽限。"),
        ("p", "本院经审理认定事实如下：双方签订《煤炭购销合同》，原告按约供货，双方于对账单上确认欠款数额，被告加盖公章。"),
        ("p", "本院认为，当事人应当按照约定全面履行自己的义务。被告欠付货款事实清楚，应予支付。依照《中华人民共和国民法典》"
              "第五百零九条、第六百二十六条之规定，判决如下："),
        ("p", f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:.2f}元；"),
        ("p", "二、被告按全国银行间同业拆借中心公布的一年期贷款市场报价利率支付逾期付款利息。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。"),
        ("p", f"案件受理费{c.extra['trial_fee']}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于山西省吕梁市中级人民法院。"),
    ]
    sheets: list[Sheet] = []

    def new() -> tuple[Sheet, float]:
        sh = Sheet()
        sheets.append(sh)
        return sh, float(mm(30))

    s, y = new()
    s.centred(y, "山西省吕梁市离石区人民法院", font("serif", mm(7.5)))
    s.centred(y + mm(14), "民 事 判 决 书", font("serif_bold", mm(9.5)))
    s.right(s.width - mm(28), y + mm(32), c.basis_number, f)
    y += mm(46)
    for kind, t in blocks:
        ind = mm(9.4) if kind == "p" else 0
        for k, part in enumerate(wrap(t, f, s.width - mm(56), indent=ind)):
            if y > s.height - mm(35):
                s, y = new()
            s.text(mm(28) + (ind if k == 0 else 0), y, part, f)
            y += mm(8.6)
    if y > s.height - mm(90):
        s, y = new()
    y += mm(10)
    for role, v in [("审 判 长", c.extra["trial_judge"]), ("人民陪审员", person_of(c, "juror1")),
                    ("人民陪审员", person_of(c, "juror2"))]:
        s.text(s.width - mm(90), y, f"{role}　{v}", f)
        y += mm(9)
    s.right(s.width - mm(30), y + mm(6), cn_date(c.extra["judged"]), f)
    seal(s, s.width - mm(55), y + mm(4), c.court.name, rng)
    s.text(s.width - mm(90), y + mm(20), f"书 记 员　{person_of(c, 'trial_clerk')}", f)
    for n, sh in enumerate(sheets, 1):
        sh.page_of = (n, len(sheets))
        sh.centred(sh.height - mm(18), f"第{n}页 共{len(sheets)}页", font("serif", mm(3.6)))
    return sheets


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str], made: date) -> list[Sheet]:
    tale = str(c.extra["tale"])
    a, r = c.applicant, c.respondent
    if code == "enforcement_basis":
        return {"old": old_judgment, "coke": intermediate_judgment, "wage": award}[tale](c, rng)
    if code == "effectiveness_certificate":
        return stencil_certificate(c, rng) if tale == "old" else award_certificate(c, rng)
    if code == "resumption_application":
        return _lawyer_page(c, rng, "恢复执行申请书", [
            *_party_lines(c),
            ("h", "请求事项："),
            ("p", f"请求恢复{c.previous_number}案件的执行，执行被执行人{r.name}归还借款本金{c.extra['principal']:.0f}元及"
                  f"自{c.extra['lent_on'].year}年起的利息，合计{money(c.amount)}。"),
            ("h", "事实与理由："),
            ("p", f"申请人与被执行人借款纠纷一案，经山西省离石市人民法院{c.basis_number}民事判决书判决，被执行人应归还借款及利息。"
                  f"贵院于{c.extra['old_filed'].year}年立案执行，因被执行人无可供执行财产，于{c.extra['old_closed'].year}年裁定终结本次执行程序。"
                  f"近日申请人得知，被执行人现为{c.extra['new_asset']}，有固定收入，具备履行能力。"),
            ("p", "为此，依照《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第九条之规定，特申请恢复执行。"),
            ("f", "此致"), ("f", f"{c.court.name}"),
        ], "申请人：", made)
    if code == "enforcement_application":
        return _lawyer_page(c, rng, "强制执行申请书", [
            *_party_lines(c), ("h", "执行请求："), ("p", _claims(c)), ("p", "由被执行人负担执行费用。"),
            ("h", "事实与理由："),
            ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}"
                  f"{'民事判决书' if c.basis_kind == 'judgment' else '裁决书'}，该文书已发生法律效力。被执行人至今未履行，"
                  "特依法申请强制执行。"),
            ("f", "此致"), ("f", c.court.name), ("f", "附：执行依据及生效证明、身份证明、财产线索"),
        ], "申请执行人：", made)
    if code == "power_of_attorney":
        return _lawyer_page(c, rng, "授 权 委 托 书", [
            ("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
            ("p", f"现委托上列受托人在{a.name}与{r.name}{'恢复执行' if tale == 'old' else '执行'}一案中，作为我方的委托代理人。"),
            ("p", "代理权限：特别授权，代为申请执行、提供财产线索、参加执行和解、代为签收法律文书、代为领取执行款。"),
        ], "委托人：", made)
    if code == "law_firm_letter":
        s = Sheet()
        s.centred(mm(22), c.firm, font("song_gb", mm(9)), fill=(190, 30, 30))
        s.line(mm(22), mm(38), s.width - mm(22), mm(38), width=5, fill=(190, 30, 30))
        s.centred(mm(48), "律 师 事 务 所 函", font("hei", mm(8)))
        f = font("serif", mm(4.8))
        s.right(s.width - mm(28), mm(64), f"晋吕律函〔{made.year}〕第{c.extra['letter_no']}号", f)
        s.text(mm(28), mm(80), f"{c.court.name}：", f)
        t = (f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}执行一案的委托代理人。特此函告。")
        y = float(mm(94))
        for k, part in enumerate(wrap(t, f, s.width - mm(56), indent=mm(9.6))):
            s.text(mm(28) + (mm(9.6) if k == 0 else 0), y, part, f)
            y += mm(9)
        s.text(mm(28), y + mm(6), f"律师执业证号：{c.extra['licence']}　联系电话：{c.agent_phone}", f)
        s.right(s.width - mm(30), y + mm(40), num_date(made), f)
        seal(s, s.width - mm(58), y + mm(38), c.firm, rng)
        s.text(mm(28), s.height - mm(30), f"地址：{c.extra['firm_addr']}", font("serif", mm(3.6)))
        return [s]
    if code == "lawyer_license":
        return [lawyer_licence_copy(c, rng)]
    if code == "identity_proof":
        p = r if served == ["respondent"] else a
        if p.kind == "organisation":
            return [_licence(p, c, rng)]
        return [id_card_copy(p, rng, authority="吕梁市公安局离石分局")]
    if code == "payment_account_confirmation":
        return [_form_sheet("收取执行款账户确认书", [
            ("案　号", c.number), ("申请执行人", a.name), ("开户名", a.name),
            ("开户行", str(c.extra["in_bank"])), ("账　号", str(c.extra["in_acct"])), ("联系电话", a.phone)],
            rng, hand_cols=True, note="本人确认以上账户为收取执行款账户，因账户信息错误导致的后果由本人承担。",
            sign=c.agent, sign_date=made)]
    if code == "service_address_confirmation":
        return [_form_sheet("送达地址确认书", [
            ("案　号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("电　话", a.phone),
            ("是否同意电子送达", f"同意，手机号{c.agent_phone}"), ("代理人", c.agent)],
            rng, hand_cols=True, note="告知：受送达人应当如实提供确认的送达地址；地址变更的，应当及时书面告知法院。",
            sign=c.agent, sign_date=made)]
    if code == "property_clue_form":
        return [_form_sheet("被执行人财产线索表", [
            ("被执行人", r.name), ("银行账户", str(c.extra.get("r_bank", "不详"))), ("不动产", str(c.extra.get("land", "不详"))),
            ("车　辆", str(c.extra.get("trucks", "不详"))), ("其他财产", "应收货款、焦炭库存"), ("提供人", c.agent)],
            rng, hand_cols=True, sign=c.agent, sign_date=made)]
    if code == "property_declaration_form":
        return [_form_sheet("被执行人财产申报表", [
            ("被执行人", r.name), ("收入情况", str(c.extra["income"])), ("银行存款", str(c.extra["deposit"])),
            ("房　产", str(c.extra["house"])), ("车　辆", str(c.extra["car"])), ("对外债权", "无")],
            rng, hand_cols=True, note="被执行人应如实申报，拒绝报告或虚假报告的，人民法院可以予以罚款、拘留。",
            sign=r.legal_rep or r.name, sign_date=made, ink=INK)]
    if code == "fee_receipt":
        return [_fee_slip(c, rng, made)]
    if code == "online_inquiry_result":
        return [_inquiry(c, rng, made)]
    if code == "payment_voucher":
        return [_bank_slip(c, rng, made)]
    if code == "settlement_agreement":
        return _lawyer_page(c, rng, "执行和解协议", [
            ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
            ("p", f"甲乙双方就{c.number}执行一案，经{c.court.name}主持，自愿达成如下和解协议："),
            ("p", f"一、乙方于{num_date(c.extra['pay_day'])}前一次性向甲方支付{money(c.extra['settled'])}；"),
            ("p", "二、乙方按约付清后，甲方放弃其余请求，本案执行完毕；"),
            ("p", "三、乙方未按约履行的，甲方可申请恢复执行原生效法律文书。"),
            ("f", "甲方（签名）：　　　　　　　乙方（签名）："),
        ], "委托代理人：", made)
    raise KeyError(code)


def _fee_slip(c: CaseCtx, rng: random.Random, made: date) -> Sheet:
    """山西省 非税收入 receipt, a half sheet with the bank's teller stamp."""
    s = Sheet()
    green = (40, 110, 70)
    s.centred(mm(20), "山西省非税收入一般缴款书", font("song_gb", mm(7)), fill=green)
    s.text(s.width - mm(72), mm(34), f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", mm(4)), fill=(180, 40, 40))
    fee = Decimal(int(float(c.amount) * 0.008 + 50)) if c.amount > 10000 else Decimal(50)
    rows = [["缴款人", c.applicant.name, "执收单位", c.court.name],
            ["项目名称", "申请执行费", "金　额", f"{fee:.2f}"],
            ["金额（大写）", money_caps(fee)],
            ["收款银行", "山西农信离石农商银行营业部", "日　期", num_date(made)]]
    y = table(s, mm(18), mm(44), [mm(32), mm(60), mm(28), mm(54)], rows, font("sans", mm(3.8)), row_h=mm(13), fill=green)
    s.text(mm(18), y + mm(4), f"备注：{c.number}", font("sans", mm(3.8)))
    seal(s, s.width - mm(55), y - mm(10), "离石农商银行营业部", rng, radius=mm(13), inner="业务专用章")
    s.line(mm(10), s.height / 2 + mm(10), s.width - mm(10), s.height / 2 + mm(10), width=1, fill=(200, 200, 200))
    return s


def _inquiry(c: CaseCtx, rng: random.Random, made: date) -> Sheet:
    s = Sheet()
    f = font("sans", mm(3.4))
    s.text(mm(15), mm(14), "执行案件流程信息管理系统", f)
    s.right(s.width - mm(15), mm(14), f"打印时间：{made:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", f)
    s.centred(mm(26), "网络执行查控反馈结果", font("sans_bold", mm(6)))
    s.text(mm(15), mm(40), f"案号：{c.number}　　被查询人：{c.respondent.name}　　证件号：{c.respondent.id_number}", f)
    rows = [["序号", "协助单位", "反馈类型", "反馈结果"]]
    found = c.extra.get("found", {})
    for k, inst in enumerate(["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "山西农信", "晋商银行",
                              "邮储银行", "自然资源部", "公安部车辆", "证券登记结算", "支付宝", "财付通"], 1):
        got = found.get(inst, "未查询到信息")
        rows.append([str(k), inst, "存款" if "银行" in inst or "农信" in inst else "财产", got])
    table(s, mm(15), mm(50), [mm(16), mm(50), mm(30), mm(84)], rows, f, row_h=mm(10))
    s.centred(s.height - mm(14), "第1页/共1页", f)
    return s


def _bank_slip(c: CaseCtx, rng: random.Random, made: date) -> Sheet:
    s = Sheet()
    s.text(mm(20), mm(22), "山西农信", font("hei", mm(6)))
    s.centred(mm(22), "业务回单（付款）", font("sans_bold", mm(6)))
    f = font("mono", mm(3.8))
    lines = [f"日期：{made:%Y%m%d}    流水号：{rng.randint(10**13, 10**14 - 1)}",
             f"付款人户名：{c.respondent.name}",
             f"收款人户名：{c.court.name}执行款专户",
             f"金额：CNY {c.extra['settled']:,.2f}",
             f"大写：{money_caps(c.extra['settled'])}",
             f"用途：{c.number}执行款",
             "交易渠道：柜面    柜员：" + str(rng.randint(10000, 99999))]
    y = float(mm(36))
    s.box(mm(16), y - mm(3), s.width - mm(16), y + mm(7.5) * len(lines) + mm(2), width=2)
    for line in lines:
        s.text(mm(20), y, line, f)
        y += mm(7.5)
    seal(s, s.width - mm(50), y - mm(20), "山西农信离石营业部", rng, radius=mm(12), inner="转讫")
    return s


SCOPES = {"焦化": "焦炭、焦油、粗苯、煤气生产销售；洗精煤加工（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
          "煤业": "煤炭批发经营；洗精煤、焦炭购销；普通货物道路运输",
          "食品": "红枣、核桃收购、加工、销售；预包装食品销售；农副产品初加工"}


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """The landscape 营业执照 (正本) photocopied grey on A4, its QR block and the 离石 registry's seal, initialled."""
    s = Sheet()
    x0, y0, x1, y1 = mm(14), mm(50), s.width - mm(14), mm(200)
    s.box(x0, y0, x1, y1, width=6, outline=(70, 70, 70))
    s.box(x0 + mm(3), y0 + mm(3), x1 - mm(3), y1 - mm(3), width=2, outline=(70, 70, 70))
    s.centred(y0 + mm(10), "营　业　执　照", font("song_gb", mm(11)))
    f = font("song_gb", mm(3.7))
    s.text(x0 + mm(8), y0 + mm(28), f"统一社会信用代码　{p.id_number}", f)
    s.draw.rectangle((x1 - mm(34), y0 + mm(8), x1 - mm(10), y0 + mm(32)), fill=(120, 120, 120))
    scope = next((v for k, v in SCOPES.items() if k in p.name), "一般项目：销售")
    left = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", scope)]
    right = [("注册资本", f"{rng.choice([500, 1000, 3000])}万元整"), ("成立日期", f"{rng.randint(2004, 2016)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
             ("住　　所", p.address)]
    for col, items, wdt in ((x0 + mm(8), left, mm(62)), (x0 + mm(98), right, mm(56))):
        y = float(y0 + mm(42))
        for k, v in items:
            s.text(col, y, k, f)
            for part in wrap(v, f, wdt):
                s.text(col + mm(22), y, part, f)
                y += mm(6)
            y += mm(3)
    s.right(x1 - mm(12), y1 - mm(22), "登记机关", f)
    s.right(x1 - mm(12), y1 - mm(14), num_date(c.day(-rng.randint(200, 900))), f)
    seal(s, x1 - mm(30), y1 - mm(22), "吕梁市离石区行政审批服务管理局", rng, radius=mm(17))
    hand(s, mm(30), y1 + mm(20), "复印件与原件一致", rng, size=mm(6), ink=INK)
    seal(s, mm(130), y1 + mm(26), p.name, rng, radius=mm(19))
    return s
