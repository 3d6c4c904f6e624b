"""What 路北法院 receives, each in its maker's style: 唐山中院's appeal judgment (Song, the number under a spaced title,
「驳回上诉，维持原判」), the 路北区劳动人事争议仲裁委员会's award and its 生效证明, a 唐山 law firm's typed application, letter
and authorisation (its red letterhead), the window's printed forms filled in by hand, the 诉讼费 receipt, the bank's
electronic slip for the paid-out money, ID and licence copies. All were photographed on the undertaker's desk."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, hand, mm, seal, wrap
from dossier.corpus.families.court_do_kit import DoSheet
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "property_clue_form", "fee_receipt", "identity_proof", "power_of_attorney",
    "law_firm_letter", "lawyer_license", "payment_account_confirmation", "service_address_confirmation",
    "property_declaration_form", "settlement_agreement", "payment_voucher",
})
BROWN = (150, 60, 40)


def desk() -> DoSheet:
    return DoSheet(origin="desk")


def _lines(s: Sheet, x: float, y: float, width: float, text: str, f: Font, *, lead: float = 1.7,
           indent: bool = True) -> float:
    first = f.size * 2 if indent else 0.0
    for k, part in enumerate(wrap(text, f, width, indent=first)):
        s.text(x + (first if k == 0 else 0), y, part, f)
        y += f.size * lead
    return y


def _typed(blocks: list[tuple[str, str]], *, role: str, size_mm: float, margin: float, top: float,
           title: str, title_role: str, title_mm: float, spacing: float, lead: float = 1.7,
           number: str = "", number_centre: bool = False, subtitle: str = "",
           sub_mm: float = 10.0) -> tuple[list[DoSheet], float]:
    """A received typed paper: title, optional number, then blocks (p indented, f flush, r right, c centred)."""
    sheets = [desk()]
    s = sheets[0]
    f = font(role, mm(size_mm))
    y = float(top)
    s.centred(y, title, font(title_role, mm(title_mm)), spacing=spacing)
    y += mm(title_mm) * 1.9
    if subtitle:
        s.centred(y, subtitle, font(title_role, mm(sub_mm)), spacing=mm(sub_mm) * 0.3)
        y += mm(sub_mm) * 1.9
    if number:
        if number_centre:
            s.centred(y, number, f)
        else:
            s.right(s.width - margin, y, number, f)
        y += f.size * 2.2
    width = s.width - 2 * margin
    for kind, text in blocks:
        parts = [text] if kind in ("r", "c") else wrap(text, f, width, indent=f.size * 2 if kind == "p" else 0)
        for k, part in enumerate(parts):
            if y + f.size * lead > s.height - mm(28):
                sheets.append(desk())
                y = float(mm(28))
            s = sheets[-1]
            if kind == "r":
                s.right(s.width - margin - mm(10), y, part, f)
            elif kind == "c":
                s.centred(y, part, f)
            else:
                s.text(margin + (f.size * 2 if kind == "p" and k == 0 else 0), y, part, f)
            y += f.size * lead
    return sheets, y


def _pages(sheets: list[DoSheet], role: str = "serif") -> list[Sheet]:
    if len(sheets) > 1:
        for i, s in enumerate(sheets, 1):
            s.page_of = (i, len(sheets))
            s.centred(s.height - mm(15), f"{i}", font(role, mm(4)))
    return list(sheets)


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    tale = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _appeal(c, rng) if tale == "steel" else _award(c, rng)
    if code == "effectiveness_certificate":
        return _award_effect(c, rng)
    if code in ("enforcement_application", "power_of_attorney", "law_firm_letter", "settlement_agreement"):
        return _lawyer(code, c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _id_copy(p, c, rng) if p.kind == "person" else _licence(p, c, rng)
    if code == "lawyer_license":
        return _licence_card(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "payment_voucher":
        return _bank_slip(c, rng)
    return _window_form(code, c, rng)


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    tons = c.extra["tons"]
    blocks = [
        ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
        ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"),
        ("f", f"法定代表人：{a.legal_rep}，该公司经理。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服河北省唐山市路北区人民法院{c.extra['first_no']}民事判决，"
              "向本院提起上诉。本院于立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人所供热轧卷板部分规格不符，"
              "上诉人有权拒付相应货款。"),
        ("p", f"{a.name}辩称：双方签订《钢材购销合同》，被上诉人先后向上诉人交付热轧卷板{tons}吨，上诉人出具收货确认单，"
              "从未提出质量异议，一审判决认定事实清楚，请求驳回上诉。"),
        ("p", f"本院经审理查明的事实与一审一致。本院认为，上诉人收取热轧卷板{tons}吨后，在合同约定的检验期内未提出质量异议，"
              f"应视为标的物质量符合约定，其拒付货款{c.amount:,.2f}元无事实和法律依据。一审判决认定事实清楚，适用法律正确，"
              "应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("f", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(c.amount * Decimal('0.011')) + 50}元，由上诉人{r.name}负担。"),
        ("f", "本判决为终审判决。"),
    ]
    sheets, y = _typed(blocks, role="serif", size_mm=5.6, margin=mm(30), top=mm(32), title="河北省唐山市中级人民法院",
                       title_role="serif_bold", title_mm=8.5, spacing=mm(0.8), lead=1.75, subtitle="民事判决书",
                       number=c.basis_number)
    s = sheets[-1]
    if y + mm(70) > s.height - mm(28):
        sheets.append(desk())
        s, y = sheets[-1], float(mm(40))
    f = font("serif", mm(5.6))
    x = s.width - mm(100)
    for post in ("审判长", "审判员", "审判员"):
        s.text(x, y + mm(6), f"{post}　{person_name(rng)}", f)
        y += mm(11)
    s.text(x, y + mm(10), cn_date(c.basis_effective), f)
    seal(s, x + mm(35), y + mm(12), "河北省唐山市中级人民法院", rng)
    s.text(x, y + mm(26), f"书记员　{person_name(rng)}", f)
    return _pages(sheets)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    months = c.extra["months"]
    blocks = [
        ("f", f"申请人：{a.name}，{a.sex}，{num_date(a.born or date(1980, 1, 1))}出生，住{a.address}，公民身份号码{a.id_number}。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，职务：经理。"),
        ("p", "申请人与被申请人劳动争议一案，本委受理后，依法组成仲裁庭，公开开庭进行了审理。申请人到庭参加仲裁活动，被申请人经书面"
              "通知无正当理由未到庭，本案依法缺席裁决。本案现已审理终结。"),
        ("p", f"申请人请求：被申请人支付拖欠的{months}个月工资及经济补偿金共计{c.amount:,.2f}元。"),
        ("p", f"经审理查明：申请人于2019年3月入职被申请人处，从事重型半挂牵引车驾驶工作，月工资由基本工资和出车补助组成。"
              f"被申请人自2022年起拖欠申请人工资共{months}个月，申请人于2023年解除劳动合同。"),
        ("p", "本委认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。依照《中华人民共和国劳动合同法》"
              "第三十条、第三十八条、第四十六条的规定，裁决如下："),
        ("f", f"被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}拖欠工资及经济补偿金共计{c.amount:,.2f}元。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到裁决书之日起十五日内向人民法院"
              "提起诉讼；用人单位有证据证明本裁决有法定情形的，可以自收到裁决书之日起三十日内向唐山市中级人民法院申请撤销裁决。"),
    ]
    sheets, y = _typed(blocks, role="song_gb", size_mm=5.3, margin=mm(26), top=mm(28),
                       title="唐山市路北区劳动人事争议仲裁委员会", title_role="sans_bold", title_mm=7.2, spacing=mm(0.4),
                       number=c.basis_number, number_centre=True, subtitle="裁决书", sub_mm=9)
    s = sheets[-1]
    if y + mm(50) > s.height - mm(28):
        sheets.append(desk())
        s, y = sheets[-1], float(mm(40))
    f = font("song_gb", mm(5.3))
    x = s.width - mm(95)
    s.text(x, y + mm(8), f"仲裁员　{person_name(rng)}", f)
    when = c.basis_effective
    s.text(x, y + mm(22), f"{when.year}年{when.month}月{when.day}日", f)
    seal(s, x + mm(30), y + mm(22), "唐山市路北区劳动人事争议仲裁委员会", rng)
    s.text(x, y + mm(36), f"书记员　{person_name(rng)}", f)
    return _pages(sheets, "song_gb")


def _award_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = desk()
    f = font("ming", mm(5.6))
    s.centred(mm(40), "唐山市路北区劳动人事争议仲裁委员会", font("sans_bold", mm(7)))
    s.centred(mm(60), "生效证明", font("sans_bold", mm(10)), spacing=mm(2))
    y = float(mm(88))
    s.text(mm(26), y, f"{c.applicant.name}：", f)
    text = (f"本委{c.basis_number}{c.applicant.name}与{c.respondent.name}劳动争议一案的仲裁裁决书，已于"
            f"{num_date(c.basis_effective)}送达双方当事人，被申请人在法定期限内未向唐山市中级人民法院申请撤销，"
            f"申请人未向人民法院提起诉讼，该裁决书已于{num_date(c.basis_effective)}发生法律效力。")
    y = _lines(s, mm(26), y + f.size * 1.8, s.width - mm(52), text, f)
    y = _lines(s, mm(26), y, s.width - mm(52), "特此证明。", f)
    when = c.filed_on - timedelta(days=9)
    s.right(s.width - mm(30), y + mm(24), f"{when.year}年{when.month}月{when.day}日", f)
    seal(s, s.width - mm(60), y + mm(24), "唐山市路北区劳动人事争议仲裁委员会", rng)
    return [s]


def _letterhead(s: Sheet, c: CaseCtx) -> float:
    s.centred(mm(20), c.firm, font("serif_bold", mm(9)), spacing=mm(1.5), fill=RED)
    s.line(mm(20), mm(36), s.width - mm(20), mm(36), width=5, fill=RED)
    s.text(mm(22), mm(38), f"地址：{c.extra['firm_addr']}　电话：0315-{2800000 + len(c.firm) * 1111}", font("sans", mm(3.6)),
           fill=RED)
    return float(mm(52))


def _lawyer(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    fs = font("serif", mm(5.4))
    if code == "law_firm_letter":
        s = desk()
        y = _letterhead(s, c)
        s.centred(y, "律师事务所函", font("serif_bold", mm(9)), spacing=mm(2))
        s.right(s.width - mm(28), y + mm(16), f"冀东律函字〔{c.filed_on.year}〕第{rng.randint(30, 400)}号", fs)
        y += mm(30)
        s.text(mm(28), y, f"{c.court.name}：", fs)
        y = _lines(s, mm(28), y + mm(10), s.width - mm(56),
                   f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的代理人。"
                   "特此函告。", fs)
        y = _lines(s, mm(28), y, s.width - mm(56), f"联系电话：{c.agent_phone}", fs, indent=False)
        s.right(s.width - mm(32), y + mm(30), c.firm, fs)
        s.right(s.width - mm(32), y + mm(42), num_date(c.filed_on - timedelta(days=2)), fs)
        seal(s, s.width - mm(60), y + mm(36), c.firm, rng)
        return [s]
    if code == "power_of_attorney":
        s = desk()
        s.centred(mm(34), "授权委托书", font("serif_bold", mm(10)), spacing=mm(2))
        y = float(mm(60))
        who = f"委托人：{a.name}" + (f"（法定代表人：{a.legal_rep}）" if a.kind == "organisation" else f"，公民身份号码{a.id_number}")
        for line in [who, f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"]:
            y = _lines(s, mm(28), y, s.width - mm(56), line, fs, indent=False)
        y = _lines(s, mm(28), y + mm(4), s.width - mm(56),
                   f"现委托上述受托人在委托人与{r.name}{c.extra['cause']}申请执行一案中，作为委托人的代理人。", fs)
        y = _lines(s, mm(28), y, s.width - mm(56), "代理权限为：特别授权，代为申请执行、提供财产线索、参加谈话、签收法律文书、"
                   "代为和解、代为领取执行款。", fs)
        y = _lines(s, mm(28), y, s.width - mm(56), "委托期限：自签署之日起至本案执行终结止。", fs)
        s.text(s.width - mm(110), y + mm(22), "委托人：", fs)
        if a.kind == "organisation":
            seal(s, s.width - mm(60), y + mm(26), a.name, rng)
        hand(s, s.width - mm(80), y + mm(20), a.legal_rep or a.name, rng, size=mm(7), ink=INK)
        s.text(s.width - mm(110), y + mm(40), "受托人：", fs)
        hand(s, s.width - mm(80), y + mm(38), c.agent, rng, size=mm(7), ink=INK)
        hand(s, s.width - mm(90), y + mm(56), num_date(c.filed_on - timedelta(days=3)), rng, size=mm(6), ink=INK)
        return [s]
    if code == "settlement_agreement":
        pay = c.extra["pay_day"]
        blocks = [
            ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
            ("p", f"甲乙双方就{c.court.name}{c.number}执行一案，经协商自愿达成如下和解协议："),
            ("f", f"一、乙方于{num_date(pay - timedelta(days=6))}前将{c.amount:,.2f}元一次性汇入{c.court.name}执行款专户，"
                  "由法院发放给甲方；"),
            ("f", "二、乙方按期足额付款后，甲方放弃迟延履行期间的债务利息，申请执行费由乙方负担；"),
            ("f", "三、乙方未按期付款的，甲方有权申请恢复执行原生效法律文书；"),
            ("f", "四、本协议一式三份，双方各执一份，交执行法院一份附卷，自双方签字（盖章）之日起生效。"),
        ]
        sheets, y = _typed(blocks, role="serif", size_mm=5.4, margin=mm(26), top=mm(34), title="执行和解协议",
                           title_role="serif_bold", title_mm=9, spacing=mm(2))
        s = sheets[-1]
        s.text(mm(30), y + mm(16), "甲方（签章）：", fs)
        s.text(mm(115), y + mm(16), "乙方（签字）：", fs)
        seal(s, mm(70), y + mm(20), a.name, rng)
        hand(s, mm(60), y + mm(14), c.agent, rng, size=mm(7), ink=INK)
        hand(s, mm(150), y + mm(14), r.legal_rep or r.name, rng, size=mm(7), ink=INK)
        hand(s, mm(115), y + mm(34), num_date(c.day(31)), rng, size=mm(6), ink=INK)
        return _pages(sheets)
    basis = {"steel": f"{c.basis_court}{c.basis_number}民事判决书", "wage": f"{c.basis_court}{c.basis_number}仲裁裁决书",
             "tile": f"{c.basis_court}{c.basis_number}民事判决书"}[str(c.extra["tale"])]
    party = (f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}，法定代表人{a.legal_rep}。"
             if a.kind == "organisation" else
             f"申请执行人：{a.name}，{a.sex}，住{a.address}，公民身份号码{a.id_number}，电话{a.phone}。")
    blocks = [
        ("f", party), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("f", f"被执行人：{r.name}，住{r.address}，" + ("统一社会信用代码" if r.kind == "organisation" else "公民身份号码")
              + f"{r.id_number}。"),
        ("c", "申请事项"),
        ("f", f"一、请求依法强制执行{basis}，责令被执行人给付{money(c.amount)}；"),
        ("f", "二、被执行人加倍支付迟延履行期间的债务利息；"),
        ("f", "三、执行费用由被执行人负担。"),
        ("c", "事实与理由"),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis}已于{num_date(c.basis_effective)}发生法律效力。被执行人至今"
              f"未履行。为维护申请执行人合法权益，根据{c.court.name}管辖，特依法申请强制执行。"),
        ("f", "此致"), ("f", c.court.name),
    ]
    sheets, y = _typed(blocks, role="serif", size_mm=5.4, margin=mm(26), top=mm(30), title="强制执行申请书",
                       title_role="serif_bold", title_mm=9, spacing=mm(1.2))
    s = sheets[-1]
    s.right(s.width - mm(40), y + mm(10), "申请执行人：", fs)
    if a.kind == "organisation":
        seal(s, s.width - mm(50), y + mm(14), a.name, rng)
    else:
        hand(s, s.width - mm(40), y + mm(8), a.name, rng, size=mm(7), ink=INK)
    hand(s, s.width - mm(90), y + mm(26), num_date(c.filed_on - timedelta(days=2)), rng, size=mm(6), ink=INK)
    return _pages(sheets)


def _card(s: Sheet, x: float, y: float, w: float, h: float, *, tint: tuple[int, int, int]) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=tint, outline=(120, 120, 120), width=2)


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = desk()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2
    y = float(mm(40))
    _card(s, x, y, w, h, tint=(228, 232, 236))
    f, fb = font("hei", mm(3.3)), font("hei", mm(3.8))
    born = p.born or date(1980, 1, 1)
    rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日"),
            ("住址", p.address[:11])]
    ty = y + mm(6)
    for k, v in rows:
        s.text(x + mm(5), ty, k, f, fill=(70, 90, 120))
        s.text(x + mm(16), ty, v, fb)
        ty += mm(8)
    if len(p.address) > 11:
        s.text(x + mm(16), ty - mm(2), p.address[11:22], fb)
        s.text(x + mm(16), ty + mm(3), p.address[22:], fb)
    s.text(x + mm(5), y + h - mm(9), "公民身份号码", f, fill=(70, 90, 120))
    s.text(x + mm(28), y + h - mm(9.5), p.id_number, font("sans_bold", mm(4.2)))
    s.draw.rectangle((x + w - mm(26), y + mm(8), x + w - mm(5), y + mm(34)), fill=(200, 200, 205))
    y2 = y + h + mm(18)
    _card(s, x, y2, w, h, tint=(226, 234, 228))
    s.text(x + mm(24), y2 + mm(8), "中华人民共和国", font("hei", mm(5)))
    s.text(x + mm(22), y2 + mm(18), "居民身份证", font("hei", mm(7)), spacing=mm(1.5))
    s.text(x + mm(8), y2 + mm(36), f"签发机关　唐山市公安局{rng.choice(['路北', '路南', '丰润'])}分局", f)
    start = date(rng.randint(2014, 2020), born.month, born.day)
    s.text(x + mm(8), y2 + mm(44), f"有效期限　{start:%Y.%m.%d}-{start.year + 20}.{start.month:02d}.{start.day:02d}", f)
    hand(s, x + mm(4), y2 + h + mm(20), "此复印件与原件一致", rng, size=mm(6), ink=INK)
    hand(s, x + mm(50), y2 + h + mm(32), p.name, rng, size=mm(7), ink=INK)
    return [s]


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = desk()
    m = mm(24)
    s.box(m, mm(30), s.width - m, mm(200), width=8, outline=(170, 120, 60))
    s.box(m + mm(4), mm(34), s.width - m - mm(4), mm(196), width=2, outline=(170, 120, 60))
    s.centred(mm(46), "营业执照", font("serif_bold", mm(12)), spacing=mm(3))
    s.centred(mm(66), "（副　本）", font("serif", mm(5)))
    f = font("serif", mm(4.6))
    s.text(m + mm(12), mm(78), f"统一社会信用代码　{p.id_number}", f)
    trade = "钢材、建材、五金销售" if "钢" in p.name else ("卫生陶瓷制品制造、销售" if "陶瓷" in p.name
                                                 else "普通货运；仓储服务" if "物流" in p.name else "彩钢板制作、销售")
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", trade), ("注册资本", f"{rng.choice([500, 1000, 2000, 3000])}万元"),
            ("成立日期", f"{rng.randint(2006, 2016)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y = float(mm(92))
    for k, v in rows:
        s.text(m + mm(12), y, k, f)
        for part in wrap(v, f, s.width - 2 * m - mm(56)):
            s.text(m + mm(44), y, part, f)
            y += mm(8)
        y += mm(1.5)
    s.text(s.width - m - mm(70), mm(176), "登记机关", f)
    seal(s, s.width - m - mm(40), mm(178), "唐山市路北区行政审批局", rng, radius=mm(17))
    hand(s, m + mm(10), mm(212), "与原件一致", rng, size=mm(7), ink=INK)
    seal(s, m + mm(70), mm(216), p.name, rng)
    s2 = desk()
    s2.centred(mm(40), "法定代表人身份证明书", font("serif_bold", mm(8.5)), spacing=mm(1))
    y2 = _lines(s2, mm(28), float(mm(70)), s2.width - mm(56),
                f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位的法定代表人。", font("serif", mm(5.6)))
    y2 = _lines(s2, mm(28), y2, s2.width - mm(56), "特此证明。", font("serif", mm(5.6)))
    s2.right(s2.width - mm(30), y2 + mm(30), p.name, font("serif", mm(5.6)))
    s2.right(s2.width - mm(30), y2 + mm(44), num_date(c.filed_on - timedelta(days=4)), font("serif", mm(5.6)))
    seal(s2, s2.width - mm(60), y2 + mm(36), p.name, rng)
    return [s, s2]


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = desk()
    w, h = mm(120), mm(84)
    x, y = (s.width - w) / 2, float(mm(40))
    _card(s, x, y, w, h, tint=(240, 236, 226))
    f = font("serif", mm(4.4))
    s.centred(y + mm(6), "律师执业证", font("serif_bold", mm(7)), spacing=mm(2), x0=x, x1=x + w)
    rows = [("持证人", c.agent), ("性　别", rng.choice("男女")), ("执业机构", c.firm), ("执业证类别", "专职律师"),
            ("执业证号", str(c.extra["licence"])), ("发证机关", "河北省司法厅"),
            ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y + mm(20)
    for k, v in rows:
        s.text(x + mm(8), ty, k, f)
        s.text(x + mm(36), ty, v, f)
        ty += mm(8.4)
    s.draw.rectangle((x + w - mm(32), y + mm(20), x + w - mm(8), y + mm(52)), fill=(190, 196, 210))
    seal(s, x + w - mm(30), y + h - mm(16), "河北省司法厅", rng, radius=mm(13))
    y2 = y + h + mm(14)
    _card(s, x, y2, w, mm(60), tint=(240, 236, 226))
    s.centred(y2 + mm(6), "年度考核备案", font("serif_bold", mm(5)), x0=x, x1=x + w)
    for n in range(3):
        yr = c.filed_on.year - 3 + n
        s.text(x + mm(10), y2 + mm(18) + n * mm(11), f"{yr}年度　考核结果：称职", f)
        stamp_x = x + mm(80)
        s.box(stamp_x, y2 + mm(16) + n * mm(11), stamp_x + mm(30), y2 + mm(24) + n * mm(11), width=3, outline=RED)
        s.text(stamp_x + mm(3), y2 + mm(17) + n * mm(11), "唐山律协", font("sans", mm(4)), fill=RED, record=False)
    hand(s, x, y2 + mm(72), f"与原件核对无误 {c.agent}", rng, size=mm(6), ink=INK)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = desk()
    x0, x1 = mm(16), s.width - mm(16)
    y = float(mm(30))
    s.centred(y, "河北省人民法院诉讼费收据", font("song_gb", mm(7.5)), fill=BROWN)
    s.text(x1 - mm(60), y + mm(14), f"No.{rng.randint(10**7, 10**8 - 1)}", font("mono", mm(4.4)), fill=BROWN)
    s.text(x0, y + mm(14), f"交款日期：{c.basis_effective - timedelta(days=rng.randint(120, 200)):%Y年%m月%d日}",
           font("song_gb", mm(4.4)), fill=BROWN)
    y += mm(24)
    f = font("song_gb", mm(4.6))
    heights = [mm(14), mm(14), mm(14), mm(14), mm(14)]
    labels = ["交款人", "案号", "收费项目", "金额（大写）", "收款单位（盖章）"]
    fee = Decimal(int(c.amount * Decimal("0.012")) + 50) / 2
    fee = fee.quantize(Decimal("0.01"))
    values = [c.applicant.name, c.basis_number if c.extra["tale"] == "tile" else str(c.extra.get("first_no", c.basis_number)),
              "案件受理费（简易程序减半）" if c.extra["tale"] == "tile" else "案件受理费", money_caps(fee), ""]
    yy = y
    for lab, h in zip(labels, heights, strict=True):
        s.box(x0, yy, x1, yy + h, width=2, outline=BROWN)
        s.line(x0 + mm(44), yy, x0 + mm(44), yy + h, width=2, fill=BROWN)
        s.text(x0 + mm(3), yy + mm(4), lab, f, fill=BROWN)
        yy += h
    for k, v in enumerate(values):
        if v:
            s.text(x0 + mm(48), y + k * mm(14) + mm(4), v, font("mono", mm(4.4)))
    s.text(x1 - mm(50), y + 3 * mm(14) + mm(4), f"￥{fee:,.2f}", font("mono", mm(4.4)))
    seal(s, x0 + mm(100), y + 4 * mm(14) + mm(4), c.court.name, rng, radius=mm(15), inner="财务专用章")
    s.text(x0, yy + mm(4), "第二联　收据联（交款人收执）", font("song_gb", mm(3.8)), fill=BROWN)
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = desk()
    x0, x1 = mm(14), s.width - mm(14)
    f = font("sans", mm(4))
    fb = font("sans_bold", mm(5.5))
    y = float(mm(24))
    s.text(x0, y, "唐山银行", fb, fill=(160, 20, 40))
    s.centred(y, "电子回单（付款）", fb)
    y += mm(14)
    pay = c.extra["pay_day"]
    s.text(x0, y, f"交易日期：{pay:%Y-%m-%d}　　回单编号：{rng.randint(10**11, 10**12 - 1)}", f)
    y += mm(8)
    rows = [("付款人户名", c.court.name + "（执行款专户）", "收款人户名", c.applicant.name),
            ("付款人账号", f"0313{sum(map(ord, c.court.name)) % 10**8:08d}", "收款人账号", str(c.extra["in_acct"])),
            ("付款人开户行", "唐山银行路北支行", "收款人开户行", str(c.extra["in_bank"]))]
    col = (x1 - x0) / 4
    for row in rows:
        for k, v in enumerate(row):
            s.box(x0 + k * col, y, x0 + (k + 1) * col, y + mm(13), width=1)
            for j, part in enumerate(wrap(v, f, col - mm(3))[:2]):
                s.text(x0 + k * col + mm(1.5), y + mm(1.5) + j * mm(5), part, f)
        y += mm(13)
    amount = c.amount
    for lab, v in (("金额（小写）", f"CNY {amount:,.2f}"), ("金额（大写）", f"人民币{money_caps(amount)}"),
                   ("用途", f"{c.number}执行款发放"), ("附言", "案款发放")):
        s.box(x0, y, x1, y + mm(11), width=1)
        s.text(x0 + mm(1.5), y + mm(3), lab, f)
        s.text(x0 + col + mm(1.5), y + mm(3), v, f)
        y += mm(11)
    s.text(x0, y + mm(4), f"打印日期：{pay + timedelta(days=1):%Y-%m-%d}　　打印次数：1　　柜员：{rng.randint(100000, 999999)}", f)
    seal(s, x1 - mm(40), y - mm(10), "唐山银行路北支行", rng, radius=mm(14), inner="电子回单专用章")
    s.line(x0, y + mm(18), x1, y + mm(18), width=1, fill=(150, 150, 150))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The window's printed forms, filled in by hand (applicant's lawyer, or the respondent for its 财产申报表)."""
    a, r = c.applicant, c.respondent
    titles = {"property_clue_form": "被执行人财产线索提供表", "payment_account_confirmation": "执行款收取账户确认书",
              "service_address_confirmation": "送达地址确认书", "property_declaration_form": "被执行人财产申报表"}
    tale = str(c.extra["tale"])
    if code == "property_clue_form":
        rows = [("案号", c.number), ("申请执行人", a.name), ("被执行人", r.name),
                ("银行账户", f"{c.extra['r_bank']} {c.extra['r_acct']}"),
                ("不动产", "不详"), ("车辆", str(c.extra.get("plate", "不详"))),
                ("其他财产", "应收货款（下游建筑公司）" if tale == "steel" else "库存卫浴产品" if tale == "tile" else "不详"),
                ("提供人", c.agent)]
        day, ink, who = c.filed_on, BLUE_INK, c.agent
    elif code == "payment_account_confirmation":
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", str(c.extra["in_bank"])),
                ("账号", str(c.extra["in_acct"])), ("联系电话", a.phone),
                ("声明", "以上账户为本人（单位）收取执行款账户，如有变更及时书面告知，因账户错误造成的损失自行承担。")]
        day, ink, who = c.filed_on, BLUE_INK, a.legal_rep or a.name
    elif code == "service_address_confirmation":
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("收件人", c.agent),
                ("联系电话", c.agent_phone), ("电子送达", f"同意，手机号{c.agent_phone}"),
                ("告知事项", "受送达人提供的地址不准确或变更未及时告知的，法院按上述地址送达即视为送达。")]
        day, ink, who = c.filed_on, BLUE_INK, c.agent
    else:
        rows = [("被执行人", r.name), ("银行存款", f"{c.extra['r_bank']} 余额约{rng.randint(2, 90)}百元"),
                ("不动产", "无" if r.kind == "organisation" else "与配偶共有住房一套（已抵押）"),
                ("车辆", str(c.extra.get("plate", "无"))), ("对外债权", "有，正在催收"),
                ("收入", "经营困难，无固定收入" if r.kind == "person" else "公司停业"),
                ("申报人", r.legal_rep or r.name)]
        day, ink, who = made_on_form(c), (35, 35, 40), r.legal_rep or r.name
    s = desk()
    s.centred(mm(26), c.court.name, font("ming", mm(6)))
    s.centred(mm(38), titles[code], font("ming", mm(8.5)), spacing=mm(1))
    f = font("ming", mm(5))
    x0, x1 = mm(20), s.width - mm(20)
    y = float(mm(56))
    for lab, val in rows:
        h = mm(22) if len(val) > 22 else mm(15)
        s.box(x0, y, x1, y + h, width=2)
        s.line(x0 + mm(38), y, x0 + mm(38), y + h, width=2)
        s.text(x0 + mm(3), y + h / 2 - f.size * 0.6, lab, f)
        if lab in ("声明", "告知事项"):
            for j, part in enumerate(wrap(val, f, x1 - x0 - mm(44))):
                s.text(x0 + mm(41), y + mm(2) + j * f.size * 1.3, part, f)
        else:
            hand(s, x0 + mm(42), y + h / 2 - mm(3.5), val, rng, size=mm(5.4) if len(val) < 26 else mm(4.4), ink=ink)
        y += h
    s.text(x0, y + mm(16), "填表人（签名）：", f)
    hand(s, x0 + mm(45), y + mm(13), who, rng, size=mm(7.5), ink=ink)
    hand(s, x1 - mm(65), y + mm(28), num_date(day), rng, size=mm(5.5), ink=ink)
    if code in ("payment_account_confirmation",) and a.kind == "organisation":
        seal(s, x1 - mm(50), y + mm(18), a.name, rng)
    return [s]


def made_on_form(c: CaseCtx) -> date:
    return c.day(15)
