"""What 桃山法院执行局 received in 2017–2019, each in its maker's hand: the court's civil division's 民事判决书 and
民事调解书 (Noto serif, "— n —" folios, the civil division's slip of 生效证明), the lawyers' applications typed in a
sans face with a bold title, a 律师事务所函 under a red letterhead, ID card, 执业证 and 营业执照 copies drawn as cards
with "与原件核对一致" written over them, the window's printed forms filled in with a blue ballpoint, the red-ruled
《黑龙江省非税收入一般缴款书》, the 网络执行查控系统's printout in a monospaced face, the parties' typed 和解协议 with
their seals and signatures, and a 龙江银行 回单 or the court's 执行款收据."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_ge_kit import (
    BALL,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Press,
    bs,
    cells,
    form_top,
    frame,
    gel,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
CIVIL = "七台河市桃山区人民法院民事审判庭"
FIRM_RED = (200, 28, 30)
NTAX_RED = (190, 40, 50)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ge import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _mediation(c, rng) if c.extra["tale"] == "truck" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "person":
            return _id_card(p, rng)
        return _public_record(p, c, rng) if p is c.respondent else _business_licence(p, c, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code == "property_clue_form":
        return _clues(c, rng)
    if code == "payment_account_confirmation":
        return _account(c, rng)
    if code == "service_address_confirmation":
        return _address(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng) if c.extra["tale"] == "repair" else _court_receipt(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    b = p.born or date(1975, 1, 1)
    return f"{p.name}，{p.sex}，{b.year}年{b.month}月{b.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _flow(c: CaseCtx, title: str, blocks: list[tuple[str, str]], *, face: str, size: int, title_face: str,
          title_size: int, lead: float, spacing: int, top_line: str = "", number: str = "") -> Press:
    """A typed paper of another maker: its own faces and margins, flush-left blocks ("f"), paragraphs ("p"),
    party lines hanging ("h")."""
    s = Sheet()
    y = float(TOP)
    if top_line:
        s.centred(y, top_line, font(title_face, title_size - 22), spacing=6)
        y += title_size + 10
    s.centred(y, title, font(title_face, title_size), spacing=spacing)
    y += title_size + 60
    if number:
        s.right(s.width - mm(26), y, number, font(face, size))
        y += lead + 20
    press = Press([s], y, left=mm(27), right=mm(25))
    f = font(face, size)
    for kind, text in blocks:
        if kind == "h":
            press.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "p":
            press.para(text, f, lead=lead, first=f.size * 2)
        else:
            press.para(text, f, lead=lead)
    return press


def _folios(sheets: list[Sheet], f: Font) -> list[Sheet]:
    if len(sheets) < 2:
        return sheets
    for n, s in enumerate(sheets, 1):
        s.centred(s.height - mm(15), f"— {n} —", f)
    return sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 民事判决书: Noto serif throughout, a single judge, folios "— n —"."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(35, 60))
    if c.extra["tale"] == "repair":
        story = (f"2015年6月至9月，原告为被告大修{c.extra['kit']}，双方签订《设备维修合同》，约定维修费于设备验收后"
                 f"三十日内付清。设备经被告机电科验收合格后投入井下使用，被告仅支付部分维修费，尚欠{c.amount:,.2f}元未付。")
        held = "原告已按约完成维修，设备经被告验收合格，被告应当支付维修费。被告辩称煤炭市场低迷、资金困难，不能成为拒付的理由。"
        laws = "《中华人民共和国合同法》第六十条、第二百五十一条、第二百六十三条"
    else:
        story = (f"被告在本市桃山区{c.extra['estate']}有住房三套，均出租给来七台河短道速滑训练馆"
                 f"训练的外地小队员家庭居住。原告为上述房屋供暖，2016—2017年度、2017—2018年度两个采暖期，"
                 f"按建筑面积{c.extra['area']}平方米、每平方米{c.extra['rate']}元计收热费，被告均未交纳，连同滞纳金"
                 f"共计{c.amount:,.2f}元。")
        held = "原告已按约供暖，室温达标，被告作为房屋所有权人应当交纳热费。被告以房屋已出租、应由租户交费为由抗辩，于法无据。"
        laws = "《中华人民共和国合同法》第一百八十四条、《黑龙江省城市供热条例》第三十二条"
    blocks = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用"
              f"简易程序，于{cn_date(heard)}公开开庭进行了审理。原、被告均到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告给付{'维修费' if c.extra['tale'] == 'repair' else '热费及滞纳金'}"
              f"{c.amount:,.2f}元，诉讼费由被告负担。事实和理由：{story}"),
        ("p", f"被告{r.name}辩称，对欠款数额无异议，请求宽限时间。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照{laws}的规定，判决如下："),
        ("p", f"被告{r.name}于本判决发生法律效力之日起十日内给付原告{a.name}{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百五十三条之规定，"
              "加倍支付迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 25}元，减半收取{(int(c.amount) // 100 + 25) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，并按对方当事人的人数提出副本，上诉于"
              "黑龙江省七台河市中级人民法院。"),
    ]
    press = _flow(c, "民事判决书", blocks, face="serif", size=40, title_face="serif_bold", title_size=78, lead=72,
                  spacing=24, top_line=COURT, number=c.basis_number)
    _bench(press, c, rng, c.basis_effective - timedelta(days=rng.randint(16, 22)), ("审 判 员",))
    return _folios(press.sheets, font("serif", 30))


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    paid = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    due = c.basis_effective + timedelta(days=rng.randint(25, 45))
    blocks = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}运输合同纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=60))}立案后，"
              "依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：2016年11月，原、被告约定由被告用自有重型半挂车为原告从桃山区各煤矿运送炼焦煤，原告预付运费"
              f"{c.amount + paid:,.2f}元。被告运送部分煤炭后于2017年3月停运，经结算，被告应退还预付运费{c.amount:,.2f}元。"),
        ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于{num_date(due)}前退还原告{a.name}预付运费{c.amount:,.2f}元；"),
        ("p", "二、如被告未按期足额给付，原告可就全部未付款项申请强制执行；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    press = _flow(c, "民事调解书", blocks, face="serif", size=40, title_face="serif_bold", title_size=78, lead=72,
                  spacing=24, top_line=COURT, number=c.basis_number)
    _bench(press, c, rng, c.basis_effective - timedelta(days=rng.randint(1, 4)), ("审 判 员",))
    return _folios(press.sheets, font("serif", 30))


def _bench(press: Press, c: CaseCtx, rng: random.Random, when: date, roles: tuple[str, ...]) -> None:
    press.room(360)
    s = press.s
    f = font("serif", 40)
    x = s.width - mm(98)
    y = press.y + 50
    for role in roles:
        s.text(x, y, f"{role}　{c.extra.setdefault('civil_judge', person_name(rng))}", f)
        y += 74
    day = cn_date(when)
    s.text(x, y + 16, day, f)
    seal(s, x + text_width(day, f) / 2, y + 30, COURT, rng, radius=mm(20))
    s.text(x, y + 96, "本件与原本核对无异", font("serif", 30))
    s.text(x, y + 150, f"书 记 员　{person_name(rng)}", f)


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's slip: a half sheet, ruled, with the division's clerk's signature."""
    s = Sheet()
    y = form_top(s, "生 效 证 明", issuer=CIVIL)
    w = s.width - LEFT - RIGHT
    rows = [["案　号", c.basis_number], ["当事人", f"原告{c.applicant.name}；被告{c.respondent.name}"],
            ["文书种类", "民事判决书"], ["送达日期", f"{num_date(c.basis_effective - timedelta(days=16))}（双方）"],
            ["上诉情况", "双方在法定期间内均未提起上诉"], ["生效日期", num_date(c.basis_effective)]]
    boxes = frame(s, LEFT, y, [mm(40), w - mm(40)], rows, font("serif", 36), heights=mm(16))
    y = boxes[-1][3] + mm(10)
    s.text(LEFT + mm(10), y, f"本院{c.basis_number}民事判决书已于{cn_date(c.basis_effective)}发生法律效力。特此证明。",
           font("serif", 36))
    day = cn_date(c.basis_effective + timedelta(days=rng.randint(6, 15)))
    s.right(s.width - RIGHT, y + 110, day, font("serif", 38))
    seal(s, s.width - RIGHT - mm(35), y + 120, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 200, "经办人：", font("serif", 36))
    gel(s, LEFT + mm(24), y + 194, str(c.extra.setdefault("civil_judge", person_name(rng))), rng, size=44, ink=INK)
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    basis = f"{COURT}{c.basis_number}民事{'调解书' if c.extra['tale'] == 'truck' else '判决书'}"
    blocks = [
        ("h", f"申请执行人：{_who(a)}联系电话：{a.phone}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}"),
        ("h", f"被执行人：{_who(r)}"),
        ("f", "执行请求："),
        ("p", f"1. 强制被执行人给付{money(c.amount)}；"),
        ("p", "2. 强制被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3. 对被执行人限制高消费；被执行人拒不履行的，将其纳入失信被执行人名单；"),
        ("p", "4. 执行费用由被执行人负担。"),
        ("f", "事实和理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis}已经发生法律效力。被执行人至今未履行义务。"
              "申请执行人依照《中华人民共和国民事诉讼法》第二百三十六条的规定，向贵院申请强制执行。"),
        ("f", "此致"),
        ("f", COURT),
    ]
    press = _flow(c, "申请执行书", blocks, face="sans", size=38, title_face="sans_bold", title_size=64, lead=70,
                  spacing=28)
    press.room(300)
    s = press.s
    y = press.y + 50
    f = font("sans", 38)
    s.text(s.width - mm(108), y, "申请执行人（盖章）：", f)
    seal(s, s.width - mm(52), y + 30, a.name, rng, radius=mm(19))
    day = c.filed_on - timedelta(days=rng.randint(1, 3))
    s.text(s.width - mm(90), y + 120, f"{day.year}年{day.month}月{day.day}日", f)
    return press.sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's printed 授权委托书 with blanks; the company fills it in and seals it."""
    a = c.applicant
    s = Sheet()
    y = form_top(s, "授权委托书", issuer="")
    w = s.width - LEFT - RIGHT
    f = font("serif", 38)
    rows = [["委托人", a.name], ["法定代表人", a.legal_rep], ["受托人", f"{c.agent}　{c.firm}律师"],
            ["联系电话", c.agent_phone], ["案　件", f"申请执行{c.respondent.name}{c.extra['cause']}一案"],
            ["代理权限", ""], ["委托期限", "自签订之日起至本案执行终结时止"]]
    boxes = frame(s, LEFT, y, [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], f,
                  heights=[mm(16)] * 5 + [mm(52), mm(16)])
    right = cells(boxes, LEFT)
    for (_k, v), b in zip(rows, right, strict=True):
        if v:
            gel(s, b[0] + mm(5), b[1] + mm(3), v, rng, size=40, ink=BALL, face="kai")
    gel(s, right[5][0] + mm(5), right[5][1] + mm(4), "特别授权：代为申请执行、提供财产线索、参加执行听证、代为和解、"
        "代为签收法律文书、代为领取执行款。", rng, size=38, per_line=20, lead=mm(8), ink=BALL, face="kai")
    y = boxes[-1][3] + mm(18)
    s.text(LEFT + mm(80), y, "委托人（盖章）：", f)
    seal(s, LEFT + mm(140), y + 20, a.name, rng, radius=mm(19))
    s.text(LEFT + mm(80), y + 90, "法定代表人（签字）：", f)
    gel(s, LEFT + mm(150), y + 82, a.legal_rep, rng, size=50, ink=(16, 16, 16), face="kai")
    day = c.filed_on - timedelta(days=rng.randint(2, 5))
    gel(s, LEFT + mm(95), y + 170, f"{day.year}年{day.month}月{day.day}日", rng, size=42, ink=BALL, face="kai")
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, c.firm, font("serif_bold", 70), spacing=8, fill=FIRM_RED)
    y = TOP + 108
    s.line(mm(22), y, s.width - mm(22), y, width=6, fill=FIRM_RED)
    s.line(mm(22), y + 12, s.width - mm(22), y + 12, width=2, fill=FIRM_RED)
    s.centred(y + 60, "律 师 事 务 所 函", font("serif_bold", 60), spacing=8)
    s.right(s.width - mm(26), y + 160, f"（{c.filed_on.year}）桃律执函字第{rng.randint(3, 90)}号", font("kai_gb", 38))
    press = Press([s], y + 250, left=mm(27), right=mm(25))
    f = font("kai_gb", 42)
    press.para(f"{COURT}：", f, lead=76)
    press.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案"
               "的委托代理人。", f, lead=76, first=84)
    press.para("特此函告。", f, lead=76, first=84)
    press.para("附：授权委托书一份　律师执业证复印件一份", f, lead=76)
    press.para(f"本所地址：{c.extra['firm_addr']}　联系人：{c.agent}　{c.agent_phone}", font("kai_gb", 34), lead=60)
    ps = press.s
    py = press.y + 80
    day = c.filed_on - timedelta(days=rng.randint(1, 4))
    day_s = f"{day.year}年{day.month}月{day.day}日"
    ps.right(ps.width - mm(40), py, day_s, f)
    seal(ps, ps.width - mm(40) - text_width(day_s, f) / 2, py + 10, c.firm, rng, radius=mm(20))
    return [s]


def _card(s: Sheet, x: float, y: float, w: float, h: float, rows: list[str], f: Font, *, title: str = "",
          photo: bool = False) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=24, outline=(60, 60, 60), width=3, fill=(238, 238, 236))
    ty = y + 26
    if title:
        s.centred(ty, title, font("hei", int(f.size * 1.1)), x0=x, x1=x + w)
        ty += f.size * 1.9
    for row in rows:
        s.text(x + 30, ty, row, f)
        ty += f.size * 1.45
    if photo:
        s.box(x + w - mm(32), y + mm(12), x + w - mm(8), y + mm(44), width=2, outline=(90, 90, 90))
        s.draw.ellipse((x + w - mm(26), y + mm(16), x + w - mm(14), y + mm(30)), fill=(150, 150, 150))
        s.draw.rectangle((x + w - mm(29), y + mm(31), x + w - mm(11), y + mm(44)), fill=(150, 150, 150))


def _copy_note(s: Sheet, x: float, y: float, rng: random.Random, who: str) -> None:
    gel(s, x, y, "此复印件与原件核对一致", rng, size=46, ink=BALL, face="kai")
    gel(s, x + mm(30), y + 80, who, rng, size=46, ink=BALL, face="kai")


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("hei", 30)
    b = p.born or date(1975, 1, 1)
    x, w, h = mm(45), mm(120), mm(76)
    _card(s, x, mm(30), w, h, [f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{b.year}年{b.month}月{b.day}日",
                              "住址　" + p.address[:14], "　　　" + p.address[14:30], f"公民身份号码　{p.id_number}"],
          f, photo=True)
    issued = date(rng.randint(2008, 2014), rng.randint(1, 12), rng.randint(1, 28))
    _card(s, x, mm(118), w, h, ["", "签发机关　七台河市公安局桃山分局",
                                f"有效期限　{issued:%Y.%m.%d}-{issued.year + 20}.{issued.month:02d}.{issued.day:02d}"],
          f, title="中华人民共和国　居民身份证")
    _copy_note(s, mm(50), mm(212), rng, p.name)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, y0 = mm(24), mm(26)
    s.box(x0, y0, s.width - x0, mm(200), width=10, outline=(150, 110, 60))
    s.box(x0 + 16, y0 + 16, s.width - x0 - 16, mm(200) - 16, width=2, outline=(150, 110, 60))
    s.centred(y0 + 70, "营 业 执 照", font("serif_bold", 90), spacing=20)
    s.centred(y0 + 190, "（副　本）", font("serif", 40))
    f = font("serif", 36)
    rows = [f"统一社会信用代码　{p.id_number}", f"名　　　　称　{p.name}", "类　　　　型　有限责任公司（自然人投资或控股）",
            f"住　　　　所　{p.address}", f"法定代表人　{p.legal_rep}",
            f"注 册 资 本　{rng.choice(['伍拾', '壹佰', '叁佰'])}万元整",
            f"成 立 日 期　{rng.randint(2004, 2013)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]
    y = y0 + 290
    for row in rows:
        for part in wrap(row, f, s.width - 2 * x0 - mm(30)):
            s.text(x0 + mm(14), y, part, f)
            y += 62
    s.text(s.width - mm(120), mm(172), "登记机关　七台河市市场监督管理局", font("serif", 30))
    seal(s, s.width - mm(62), mm(170), "七台河市市场监督管理局", rng, radius=mm(18))
    _copy_note(s, mm(40), mm(214), rng, p.legal_rep)
    seal(s, mm(150), mm(232), p.name, rng, radius=mm(19))
    return [s]


def _public_record(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 国家企业信用信息公示系统's page, printed at the window: a grey bar title and key-value rows."""
    s = Sheet()
    f = font("microhei", 34)
    s.text(mm(18), mm(16), "国家企业信用信息公示系统", font("microhei", 44), fill=(30, 70, 140))
    s.draw.rectangle((mm(18), mm(34), s.width - mm(18), mm(46)), fill=(220, 224, 232))
    s.text(mm(22), mm(36), "营业执照信息", font("microhei", 36))
    rows = [("统一社会信用代码", p.id_number), ("企业名称", p.name), ("类型", "有限责任公司"), ("法定代表人", p.legal_rep),
            ("注册资本", f"{rng.choice([500, 1000, 2000])}万人民币"), ("成立日期", f"{rng.randint(1998, 2008)}年0{rng.randint(1, 9)}月1{rng.randint(0, 9)}日"),
            ("住所", p.address), ("登记机关", "七台河市市场监督管理局"), ("登记状态", "存续（在营、开业、在册）"),
            ("经营范围", "原煤开采（凭许可证经营）；煤炭洗选、销售；矿山机械设备租赁。")]
    y = mm(54)
    for k, v in rows:
        s.text(mm(24), y, f"{k}：", f, fill=(90, 90, 90))
        for part in wrap(v, f, s.width - mm(95)):
            s.text(mm(80), y, part, f)
            y += 54
        y += 14
    s.text(mm(18), s.height - mm(20), f"http://www.gsxt.gov.cn/　打印时间：{c.filed_on:%Y-%m-%d} 10:{rng.randint(10, 59)}",
           font("microhei", 26), fill=(110, 110, 110))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("serif", 32)
    x, w, h = mm(35), mm(140), mm(92)
    s.draw.rectangle((x, mm(26), x + w, mm(26) + h), fill=(120, 30, 36))
    s.centred(mm(46), "中华人民共和国", font("serif_bold", 50), x0=x, x1=x + w, fill=(220, 190, 110))
    s.centred(mm(66), "律师执业证", font("serif_bold", 74), x0=x, x1=x + w, fill=(220, 190, 110))
    s.centred(mm(94), "中华人民共和国司法部监制", font("serif", 32), x0=x, x1=x + w, fill=(220, 190, 110))
    _card(s, x, mm(128), w, h, [f"持证人　{c.agent}", f"执业机构　{c.firm}", "执业证类别　专职",
                                f"执业证号　{c.extra['licence']}", "发证机关　黑龙江省司法厅",
                                f"发证日期　{rng.randint(2010, 2015)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"],
          f, title="律师执业证", photo=True)
    _copy_note(s, mm(44), mm(232), rng, c.agent)
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """黑龙江省非税收入一般缴款书 (收据联), ruled in red, the amount typed in by the bank's printer."""
    s = Sheet()
    y = mm(30)
    s.centred(y, "黑龙江省非税收入一般缴款书", font("serif_bold", 60), spacing=6, fill=NTAX_RED)
    s.centred(y + 80, "（收　据　联）", font("serif", 36), fill=NTAX_RED)
    day = c.filed_on + timedelta(days=rng.randint(2, 5))
    s.text(mm(20), y + 150, f"填制日期：{day.year}年{day.month:02d}月{day.day:02d}日", font("serif", 32), fill=NTAX_RED)
    s.right(s.width - mm(20), y + 150, f"No 23{rng.randint(10**7, 10**8 - 1)}", font("mono", 36), fill=NTAX_RED)
    x = mm(20)
    w = s.width - 2 * x
    fee = c.extra["fee"]
    rows = [["付款人", "全　称", c.applicant.name], ["", "账　号", ""], ["收款人", "全　称", "七台河市财政局非税收入汇缴户"],
            ["执收单位", "名　称", COURT], ["项目编码", "收入项目名称", "金额（元）"],
            [f"1032{rng.randint(1000, 9999)}", "申请执行费", f"{fee:,.2f}"],
            ["金额（大写）", money_caps(Decimal(fee)), ""], ["备注", f"案号{c.number}", ""]]
    yy = y + 210
    widths = [mm(38), mm(52), w - mm(90)]
    for row in rows:
        cx = x
        for k, cell in enumerate(row):
            cw = widths[k]
            s.box(cx, yy, cx + cw, yy + mm(15), width=2, outline=NTAX_RED)
            if cell:
                ff = font("mono", 34) if k == 2 or cell[0].isdigit() else font("serif", 34)
                s.text(cx + 14, yy + 30, cell, ff, fill=INK if k == 2 or cell[0].isdigit() or (row[0] == "金额（大写）" and k == 1)
                       else NTAX_RED)
            cx += cw
        yy += mm(15)
    seal(s, s.width - mm(60), yy + mm(16), "龙江银行七台河分行", rng, radius=mm(18), inner="业务专用章")
    s.text(x, yy + mm(36), "第三联　收据联　交缴款人", font("serif", 30), fill=NTAX_RED)
    return [s]


def _window_form(title: str, rows: list[tuple[str, str]], rng: random.Random, *, tall: tuple[int, ...] = (),
                 note: str = "", signer: str = "", when: date | None = None, seal_name: str = "",
                 ink: tuple[int, int, int] = BALL) -> Sheet:
    """One of the window's printed forms: court name over the title, a ruled frame, the party's ballpoint."""
    s = Sheet()
    y = form_top(s, title)
    w = s.width - LEFT - RIGHT
    hs = [mm(44) if i in tall else mm(16) for i in range(len(rows))]
    boxes = frame(s, LEFT, y, [mm(46), w - mm(46)], [[k, ""] for k, _ in rows], bs(34), heights=hs)
    right = cells(boxes, LEFT)
    for (_k, v), b in zip(rows, right, strict=True):
        if v:
            gel(s, b[0] + mm(4), b[1] + mm(3), v, rng, size=40, per_line=int((b[2] - b[0]) / mm(6.4)), lead=mm(8),
                ink=ink, face="kai")
    y = boxes[-1][3] + mm(8)
    if note:
        for part in wrap(note, bs(30), w):
            s.text(LEFT, y, part, bs(30))
            y += 46
    if signer:
        s.text(LEFT + mm(80), y + mm(8), "填表人（签名/盖章）：", bs(36))
        gel(s, LEFT + mm(138), y + mm(6), signer, rng, size=48, ink=ink, face="kai")
        if seal_name:
            seal(s, LEFT + mm(140), y + mm(12), seal_name, rng, radius=mm(19))
    if when:
        gel(s, LEFT + mm(100), y + mm(26), f"{when.year}年{when.month}月{when.day}日", rng, size=42, ink=ink, face="kai")
    return s


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    t = c.extra["tale"]
    if t == "repair":
        rows = [("被执行人", r.name), ("银行账户", f"{c.extra['r_bank']} {c.extra['r_acct']}"),
                ("不动产", "矿区办公楼、职工宿舍（产权不详）"), ("车辆", "不详"), ("到期债权", "对七台河市某洗煤厂的煤款"),
                ("其他", "井下设备（即我公司修理的刮板机、支架）")]
    elif t == "truck":
        rows = [("被执行人", r.name), ("银行账户", "不详"), ("不动产", "不详，住房可能是租的"),
                ("车辆", c.extra["truck"]), ("到期债权", "不详"), ("其他", "冬天在勃利县一带跑车，车可能停在亲属家")]
    else:
        rows = [("被执行人", r.name), ("银行账户", f"{c.extra['r_bank']} {c.extra['r_acct']}"),
                ("不动产", f"桃山区{c.extra['estate']}住房三套（出租）"), ("车辆", "不详"), ("到期债权", "三套房屋的租金"),
                ("其他", "")]
    return [_window_form("被执行人财产线索表", rows, rng, tall=(5,), signer=c.agent,
                         when=c.filed_on - timedelta(days=1),
                         note="申请执行人应当如实提供被执行人的财产线索；提供虚假线索的，应承担相应的法律责任。")]


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    rows = [("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]), ("账　号", c.extra["in_acct"]),
            ("联系人及电话", f"{c.agent} {c.agent_phone}"), ("备　注", "")]
    return [_window_form("申请执行人收取执行款账户确认书", rows, rng, signer=a.legal_rep, seal_name=a.name,
                         when=c.filed_on,
                         note="本人（单位）确认上述账户为收取本案执行款的账户。因账户信息错误造成的损失，由本人（单位）承担。")]


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    rows = [("当事人", a.name), ("送达地址", a.address), ("收件人", c.agent), ("联系电话", c.agent_phone),
            ("是否同意电子送达", "同意（√）　短信号码：" + c.agent_phone), ("电子邮箱", ""),
            ("告知事项", "")]
    s = _window_form("送达地址确认书", rows, rng, tall=(6,), signer=c.agent, when=c.filed_on)
    s.text(LEFT + mm(50), mm(198), "1．当事人应当如实提供送达地址；", bs(30))
    s.text(LEFT + mm(50), mm(206), "2．地址变更未及时告知的，按原地址送达视为送达。", bs(30))
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表 filled in by the respondent (the truck owner writes 无 against vehicles — the lie his detention
    punishes)."""
    r = c.respondent
    t = c.extra["tale"]
    if t == "truck":
        rows = [("申报人", r.name), ("身份证号", r.id_number), ("收入情况", "无固定工作，打零工"), ("银行存款", "无"),
                ("房屋土地", "无"), ("车辆", "无"), ("股权债权", "无"), ("其他财产", "无"),
                ("一年内财产变动", "无")]
        ink = (20, 20, 20)
    elif t == "repair":
        rows = [("申报人", r.name), ("法定代表人", r.legal_rep), ("收入情况", "2017年停产整顿，无销售收入"),
                ("银行存款", f"{c.extra['r_bank']}基本户，余额约{int(c.amount * Decimal('1.3')):,}元"),
                ("房屋土地", "采矿权及矿区土地使用权（已抵押）"), ("车辆", "皮卡两台（矿用）"), ("股权债权", "对外债权约四十万元"),
                ("其他财产", "井下设备"), ("一年内财产变动", "无")]
        ink = BALL
    else:
        rows = [("申报人", r.name), ("身份证号", r.id_number), ("收入情况", "退休金每月约二千三百元，房租"),
                ("银行存款", f"{c.extra['r_bank']}存款少量"), ("房屋土地", f"{c.extra['estate']}住房三套"), ("车辆", "无"),
                ("股权债权", "无"), ("其他财产", "无"), ("一年内财产变动", "无")]
        ink = BALL
    return [_window_form("财产申报表", rows, rng, signer=r.legal_rep or r.name, when=d, ink=ink,
                         note="申报人保证以上申报内容真实、完整，如有隐瞒、虚假申报，愿承担法律责任。")]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统 (总对总) feedback, printed from the browser in a monospaced face."""
    s = Sheet()
    f = font("mono", 30)
    s.text(mm(16), mm(14), "最高人民法院网络执行查控系统", font("microhei", 42))
    s.text(mm(16), mm(26), f"被执行人财产查询结果（总对总）　案号：{c.number}", font("microhei", 32))
    s.text(mm(16), mm(33), f"被执行人：{c.respondent.name}　证件号码：{c.respondent.id_number}", f)
    s.text(mm(16), mm(39), f"查询发起：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}　承办人：{c.officer}", f)
    t = c.extra["tale"]
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "龙江银行",
             "哈尔滨银行", "七台河农村商业银行", "招商银行"]
    rows = [["序号", "查询机构", "反馈结果", "余额/数量", "反馈时间"]]
    for i, b in enumerate(banks, 1):
        hit = (t == "repair" and b in c.extra["r_bank"][:4]) or (t == "heat" and b == "中国邮政储蓄银行")
        bal = f"{(c.amount * Decimal('1.3') if t == 'repair' else Decimal(rng.randint(300, 2000))):,.2f}" if hit else "0.00"
        rows.append([str(i), b, "有账户" if hit else "未开户" if rng.random() < 0.6 else "有账户，余额为零", bal,
                     f"{d + timedelta(days=rng.randint(0, 2)):%m-%d}"])
    rows.append([str(len(banks) + 1), "公安部（车辆）", "有车辆" if t == "truck" else "无", c.extra.get("plate", "-"),
                 f"{d + timedelta(days=1):%m-%d}"])
    rows.append([str(len(banks) + 2), "证券登记结算", "无", "-", f"{d + timedelta(days=2):%m-%d}"])
    rows.append([str(len(banks) + 3), "支付宝/财付通", "有账户" if t != "repair" else "无",
                 f"{rng.randint(0, 90)}.{rng.randint(10, 99)}" if t != "repair" else "-", f"{d + timedelta(days=1):%m-%d}"])
    widths = [mm(16), mm(54), mm(56), mm(32), mm(22)]
    y = mm(48)
    for k, row in enumerate(rows):
        x = mm(16)
        for cell, w in zip(row, widths, strict=True):
            s.box(x, y, x + w, y + mm(9), width=1, outline=(80, 80, 80))
            s.text(x + 8, y + 16, cell, font("microhei", 28) if k == 0 else f)
            x += w
        y += mm(9)
    s.text(mm(16), y + mm(6), "注：本结果仅反映查询时点的信息。", f)
    s.text(mm(16), s.height - mm(14), f"打印时间：{d + timedelta(days=3):%Y-%m-%d}　　第1页", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    half = (c.amount / 2).quantize(Decimal("0.01"))
    first = d + timedelta(days=10)
    second = c.extra["pay_day"]
    cause = "维修费" if c.extra["tale"] == "repair" else "热费"
    blocks = [
        ("h", f"甲方（申请执行人）：{a.name}"),
        ("h", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲、乙双方{c.extra['cause']}一案，{COURT}{c.basis_number}民事判决书已经发生法律效力，{COURT}于"
              f"{c.filed_on.year}年{c.filed_on.month}月{c.filed_on.day}日立案执行（案号{c.number}）。执行中，经双方自愿协商，"
              "达成如下和解协议："),
        ("p", f"一、乙方于{first.year}年{first.month}月{first.day}日前向法院执行款账户交付{cause}{half:,.2f}元；"),
        ("p", f"二、乙方于{second.year}年{second.month}月{second.day}日前交付剩余{c.amount - half:,.2f}元及申请执行费"
              f"{c.extra['fee']}元；"),
        ("p", "三、甲方放弃迟延履行期间的债务利息；"),
        ("p", "四、乙方按期付清上述款项后，本案执行完毕；乙方不按期履行的，甲方可申请恢复执行原生效法律文书。"),
        ("p", "本协议一式三份，甲、乙双方各执一份，交法院一份。"),
    ]
    press = _flow(c, "执行和解协议", blocks, face="sans", size=38, title_face="sans_bold", title_size=62, lead=70,
                  spacing=20)
    press.room(320)
    s = press.s
    y = press.y + 60
    f = font("sans", 38)
    s.text(mm(30), y, "甲方（盖章）：", f)
    seal(s, mm(80), y + 30, a.name, rng, radius=mm(19))
    gel(s, mm(40), y + 110, f"代理人：{c.agent}", rng, size=44, ink=BALL, face="kai")
    s.text(mm(115), y, "乙方（签字/盖章）：", f)
    if r.kind == "organisation":
        seal(s, mm(175), y + 30, r.name, rng, radius=mm(19))
    else:
        gel(s, mm(160), y + 50, r.name, rng, size=54, ink=(16, 16, 16), face="kai")
    gel(s, mm(110), y + 190, f"{d.year}年{d.month}月{d.day}日", rng, size=44, ink=BALL, face="kai")
    return press.sheets


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """龙江银行's 业务回单 of the court's transfer to the applicant, a small slip at the top of an A4 sheet."""
    s = Sheet()
    x0, y0, w, h = mm(18), mm(20), mm(174), mm(92)
    s.box(x0, y0, x0 + w, y0 + h, width=2, outline=(60, 90, 60))
    s.centred(y0 + 24, "龙江银行　业务回单（付款）", font("sans_bold", 44), x0=x0, x1=x0 + w, fill=(30, 90, 50))
    f = font("mono", 30)
    day = c.extra["pay_day"] + timedelta(days=5)
    lines = [f"日期：{day:%Y年%m月%d日}　　　　流水号：{rng.randint(10**11, 10**12 - 1)}",
             f"付款人户名：{COURT}（执行款专户）", f"付款人账号：{rng.randint(10**15, 10**16 - 1)}",
             f"收款人户名：{c.applicant.name}", f"收款人账号：{c.extra['in_acct']}",
             f"收款行：{c.extra['in_bank']}", f"金额：CNY {c.amount:,.2f}", f"大写：人民币{money_caps(c.amount)}",
             f"用途：{c.number}执行款发还", "交易渠道：柜面　　　　打印次数：1"]
    y = y0 + 100
    for line in lines:
        s.text(x0 + 24, y, line, f)
        y += 50
    seal(s, x0 + w - mm(36), y0 + h - mm(26), "龙江银行七台河分行", rng, radius=mm(17), inner="电子回单专用章")
    return [s]


def _court_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's own 执行款发放凭证, the heating company's cashier signing for the money."""
    s = Sheet()
    y = form_top(s, "执行款发放凭证")
    w = s.width - LEFT - RIGHT
    day = c.extra["pay_day"] + timedelta(days=5)
    rows = [["案号", c.number], ["领款人", c.applicant.name], ["交款人", c.respondent.name],
            ["发放金额", f"{c.amount:,.2f}元（{money_caps(c.amount)}）"], ["发放方式", f"转账至{c.extra['in_bank']}"],
            ["发放日期", f"{day.year}年{day.month}月{day.day}日"], ["领款人签字", ""], ["承办人", ""], ["财务审核", ""]]
    boxes = frame(s, LEFT, y, [mm(42), w - mm(42)], rows, bs(36), heights=[mm(16)] * 6 + [mm(26), mm(18), mm(18)])
    right = cells(boxes, LEFT)
    gel(s, right[6][0] + mm(10), right[6][1] + mm(6), f"{person_name(rng)}（出纳）", rng, size=50, ink=BALL, face="kai")
    gel(s, right[7][0] + mm(8), right[7][1] + mm(3), c.officer, rng, size=44)
    gel(s, right[8][0] + mm(8), right[8][1] + mm(3), person_name(rng), rng, size=44)
    seal(s, s.width - RIGHT - mm(40), boxes[-1][3] + mm(22), COURT, rng, radius=mm(20), inner="财务专用章")
    return [s]
