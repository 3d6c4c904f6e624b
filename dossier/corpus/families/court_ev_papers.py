"""What 秦都区法院执行局 receives, each in its maker's hand: the trial division's judgment and mediation statement (laser,
the 民二庭's 仿宋-like 明体 layout with 本件与原本核对无异), the 秦都区劳动人事争议仲裁委员会's award and its 生效证明 (its own
inkjet, red masthead over a rule), lawyers' and companies' papers typed in Word, ID cards and licences photocopied, the
non-tax receipt, and the window forms the parties fill by pen."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import INK, Block, Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_ev_kit import (
    COURT,
    PEN,
    Pager,
    folios,
    form_title,
    hei,
    pen,
    printed,
    song,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation",
})
MARGIN = mm(25)


def _story(c: CaseCtx) -> str:
    return str(c.extra["story"])


def _ming(size: int = 40) -> Font:
    return font("ming", size)


def _kai(size: int = 40) -> Font:
    return font("kai", size)


def _intro(label: str, p: Party) -> list[Block]:
    if p.kind == "organisation":
        return [("f", f"{label}：{p.name}"), ("f", f"住所地：{p.address}"), ("f", f"统一社会信用代码：{p.id_number}"),
                ("f", f"法定代表人：{p.legal_rep}　　联系电话：{p.phone}")]
    b = p.born or date(1980, 1, 1)
    return [("f", f"{label}：{p.name}，{p.sex}，{b.year}年{b.month}月{b.day}日生，汉族"), ("f", f"住址：{p.address}"),
            ("f", f"公民身份号码：{p.id_number}　　电话：{p.phone}")]


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return _award(c, rng) if _story(c) == "wage" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _license(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, c.respondent if "respondent" in served else c.applicant)
    if code == "property_clue_form":
        return _clues(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "payment_account_confirmation":
        return _account(c, rng)
    return _address(c, rng)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Typed in Word by the applicant's lawyer: bold title, 黑体 section labels, 宋体 body at 1.5 lines."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), "强制执行申请书", font("sans_bold", 64), spacing=8)
    p = Pager(s, mm(56), f=song(40), lh=70, x0=MARGIN, width=s.width - 2 * MARGIN, top=mm(26), foot=mm(24))
    p.run([*_intro("申请执行人", a), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
           *_intro("被执行人", r)])
    p.y += 14
    p.put("f", "执行请求：")
    asks = [f"1．请求强制被执行人支付{'工资及经济补偿金' if _story(c) == 'wage' else '货款'}{money(c.amount)}；",
            "2．请求强制被执行人加倍支付迟延履行期间的债务利息；",
            "3．本案执行费用由被执行人承担；",
            "4．被执行人逾期不履行的，请求对其限制高消费并纳入失信被执行人名单。"]
    for x in asks:
        p.put("p", x)
    p.put("f", "事实与理由：")
    if _story(c) == "apple":
        why = (f"申请执行人与被执行人{c.extra['cause']}一案，经贵院审理作出{c.basis_number}民事判决，判令被执行人支付"
               f"所欠苹果冷库五层瓦楞周转箱货款。该判决已于{num_date(c.basis_effective)}发生法律效力，被执行人至今分文未付。")
    elif _story(c) == "wage":
        why = (f"申请人原系被执行人挡车工，被执行人拖欠工资达{c.extra['months']}个月后停产。经{c.basis_court}"
               f"{c.basis_number}仲裁裁决，被执行人应支付拖欠工资及解除劳动合同经济补偿金，裁决已于"
               f"{num_date(c.basis_effective)}发生法律效力，被执行人未履行。")
    else:
        why = (f"申请执行人向被执行人供应32支精梳棉纱共{c.extra['tons']}吨，被执行人欠付货款。经贵院主持调解，双方达成"
               f"{c.basis_number}民事调解书，被执行人未按期履行。")
    p.put("p", why + f"现依照{'《中华人民共和国民事诉讼法》第二百四十七条' if _story(c) != 'wage' else '《中华人民共和国劳动争议调解仲裁法》第五十一条'}"
                     "之规定，特申请贵院强制执行。")
    p.put("f", "此致")
    p.put("f", COURT)
    p.room(4)
    last = p.sheet
    y = p.y + 30
    last.right(last.width - MARGIN - mm(6), y, "申请执行人（签章）：", song(40))
    if a.kind == "organisation":
        seal(last, last.width - MARGIN - mm(30), y + 90, a.name, rng, radius=mm(20))
    else:
        signature(last, last.width - MARGIN - mm(40), y + 70, a.name, rng, ink=PEN)
    last.right(last.width - MARGIN - mm(6), y + 180, f"{c.filed_on.year}年{c.filed_on.month}月{c.filed_on.day - 1 or 1}日",
               song(40))
    how = {"apple": "laser", "wage": "inkjet", "yarn": "inkjet"}[_story(c)]
    return printed(folios(p.sheets, song(30)), how)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's trial-division judgment or mediation statement: 明体 body, court and title centred, the
    certified-copy stamp over the last page's foot."""
    a, r = c.applicant, c.respondent
    kind = "民事判决书" if _story(c) == "apple" else "民事调解书"
    s = Sheet()
    s.centred(mm(32), COURT, _ming(60), spacing=4)
    s.centred(mm(50), kind, font("serif_bold", 76), spacing=26)
    s.right(s.width - MARGIN - mm(4), mm(72), c.basis_number, _ming(40))
    p = Pager(s, mm(86), f=_ming(42), lh=78, x0=MARGIN + mm(3), width=s.width - 2 * MARGIN - mm(6), top=mm(30), foot=mm(28))
    who = [("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司总经理。"),
           ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。")]
    if r.kind == "organisation":
        who += [("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。")]
    else:
        b = r.born or date(1980, 1, 1)
        who += [("f", f"被告：{r.name}，{r.sex}，{b.year}年{b.month}月{b.day}日出生，汉族，个体经营者（{c.extra['shop']}），"
                      f"住{r.address}。")]
    p.run(who)
    if _story(c) == "apple":
        boxes = c.extra["boxes"]
        p.run([
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于2023年立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"),
            ("p", f"原告诉称：2022年8月至10月苹果采收期间，原告按被告订单向其冷库供应五层瓦楞苹果周转箱共计{boxes}只，双方对账确认"
                  "货款后，被告仅支付部分货款，余款经多次催要未付。"),
            ("p", "被告辩称：箱子确已收到，因当年苹果价格下跌，冷库出货困难，资金周转不开，并非有意拖欠。"),
            ("p", f"本院经审理认定事实如下：原、被告之间买卖合同关系成立，原告已按约交付货物，被告尚欠货款{money(c.amount)}。"),
            ("p", "本院认为，当事人应当按照约定全面履行自己的义务。被告收货后未足额支付货款，应承担继续付款的责任。依照《中华人民共和国"
                  "民法典》第五百零九条、第六百二十六条的规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{money(c.amount)}。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行"
                  "期间的债务利息。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于陕西省咸阳市中级"
                  "人民法院。"),
        ])
        signers = [("审判员", c.judge), ("书记员", c.clerk)]
    else:
        p.run([
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后依法适用简易程序进行审理。"),
            ("p", f"原告诉称：原告自2022年起向被告供应32支精梳棉纱，累计{c.extra['tons']}吨，被告欠付货款{money(c.amount)}。"),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}于2023年12月31日前支付原告{a.name}货款{money(c.amount)}；"),
            ("p", "二、被告逾期未付的，原告可就全部未付款项申请强制执行；"),
            ("p", "三、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ])
        signers = [("审判员", c.judge), ("书记员", c.clerk)]
    p.room(len(signers) + 3)
    last = p.sheet
    y = p.y + 50
    for role, name in signers[:1]:
        last.text(last.width - MARGIN - mm(70), y, f"{role}　　{name}", _ming(42))
    y += 90
    made = c.basis_effective - timedelta(days=20 if _story(c) == "apple" else 1)
    last.right(last.width - MARGIN - mm(8), y, cn_date(made), _ming(42))
    seal(last, last.width - MARGIN - mm(34), y + 10, COURT, rng, radius=mm(21))
    last.text(MARGIN + mm(8), y + 80, "本件与原本核对无异", _ming(36))
    last.box(MARGIN + mm(4), y + 66, MARGIN + mm(4) + 360, y + 130, width=2)
    y += 150
    for role, name in signers[1:]:
        last.text(last.width - MARGIN - mm(70), y, f"{role}　　{name}", _ming(42))
    return printed(folios(p.sheets, _ming(30)), "laser")


def _award_head(s: Sheet, title: str) -> float:
    s.centred(mm(26), "咸阳市秦都区劳动人事争议仲裁委员会", font("serif_bold", 58), fill=(196, 26, 30))
    s.line(MARGIN, mm(44), s.width - MARGIN, mm(44), width=5, fill=(196, 26, 30))
    s.centred(mm(52), title, font("serif_bold", 70), spacing=20)
    return mm(70)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    y = _award_head(s, "仲 裁 裁 决 书")
    s.right(s.width - MARGIN, y, c.basis_number, song(38))
    p = Pager(s, y + 80, f=song(40), lh=74, x0=MARGIN, width=s.width - 2 * MARGIN, top=mm(28), foot=mm(26))
    b = a.born or date(1980, 1, 1)
    wage = (c.amount * 6 / 10).quantize(c.amount)
    comp = c.amount - wage
    p.run([
        ("f", f"申请人：{a.name}，{a.sex}，{b.year}年{b.month}月{b.day}日出生，住{a.address}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师（法律援助）。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委受理后依法组成仲裁庭公开开庭审理。被申请人经书面通知无正当理由"
              "未到庭，本委依法缺席审理。本案现已审理终结。"),
        ("p", f"申请人请求：裁决被申请人支付拖欠工资及解除劳动合同经济补偿金共计{money(c.amount)}。"),
        ("p", f"经审理查明：申请人自{2023 - c.extra['years']}年起在被申请人处从事挡车工工作，被申请人自2022年起拖欠工资"
              f"{c.extra['months']}个月，后于2023年停产。申请人以被申请人未及时足额支付劳动报酬为由解除劳动合同。"),
        ("p", "本委认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。依照《中华人民共和国劳动合同法》"
              "第三十条、第三十八条、第四十六条、第四十七条的规定，裁决如下："),
        ("p", f"一、被申请人于本裁决生效之日起十日内支付申请人拖欠工资{money(wage)}；"),
        ("p", f"二、被申请人于本裁决生效之日起十日内支付申请人解除劳动合同经济补偿金{money(comp)}。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到裁决书之日起十五日内向人民法院提起"
              "诉讼；一方当事人逾期不履行的，另一方当事人可以向人民法院申请强制执行。"),
    ])
    p.room(5)
    last = p.sheet
    y = p.y + 40
    for role in ("仲裁员", "书记员"):
        last.text(last.width - MARGIN - mm(72), y, f"{role}　{_tribunal_staff(c, role)}", song(40))
        y += 74
    made = c.basis_effective
    last.right(last.width - MARGIN - mm(8), y + 30, cn_date(made), song(40))
    seal(last, last.width - MARGIN - mm(34), y + 40, "咸阳市秦都区劳动人事争议仲裁委员会", rng, radius=mm(21))
    return printed(folios(p.sheets, song(30)), "inkjet")


def _tribunal_staff(c: CaseCtx, role: str) -> str:
    """The tribunal's staff, fixed per case (drawn from the case number, so every copy names the same people)."""
    pool = ["贺建军", "杨秀兰", "王立新", "李亚平", "赵红梅", "薛文斌"]
    return pool[sum(map(ord, c.number + role)) % len(pool)]


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    a, r = c.applicant, c.respondent
    if _story(c) == "wage":
        y = _award_head(s, "生 效 证 明")
        s.right(s.width - MARGIN, y, f"咸秦劳人仲证〔{c.filed_on.year}〕{rng.randint(10, 99)}号", song(38))
        text = (f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{cn_date(c.basis_effective)}作出{c.basis_number}仲裁裁决书，"
                "该裁决为终局裁决，裁决书已依法送达双方当事人。被申请人在法定期限内未向有管辖权的中级人民法院申请撤销，"
                f"该裁决书已于{cn_date(c.basis_effective)}发生法律效力。")
        stamp = "咸阳市秦都区劳动人事争议仲裁委员会"
        how = "inkjet"
    else:
        s.centred(mm(34), COURT, _ming(58), spacing=4)
        s.centred(mm(54), "生效证明书", font("serif_bold", 76), spacing=30)
        y = mm(74)
        text = (f"本院受理的原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=20))}"
                f"作出的{c.basis_number}民事判决书，已于{cn_date(c.basis_effective)}发生法律效力。")
        stamp = COURT
        how = "laser"
    p = Pager(s, y + 110, f=song(42), lh=80, x0=MARGIN + mm(4), width=s.width - 2 * MARGIN - mm(8))
    p.run([("f", f"{COURT}执行局：" if _story(c) == "wage" else "兹证明："), ("p", text), ("p", "特此证明。")])
    y = p.y + 120
    d = c.filed_on - timedelta(days=rng.randint(3, 10))
    s.right(s.width - MARGIN - mm(10), y, cn_date(d), song(42))
    seal(s, s.width - MARGIN - mm(36), y + 10, stamp, rng, radius=mm(21))
    if _story(c) != "wage":
        s.text(MARGIN + mm(4), y + 200, f"承办庭：民事审判第二庭　　承办人：{c.judge}", song(36))
        signature(s, MARGIN + mm(110), y + 250, c.judge, rng, ink=PEN)
    return printed([s], how)


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(34), "授 权 委 托 书", font("sans_bold", 66), spacing=6)
    p = Pager(s, mm(62), f=song(40), lh=76, x0=MARGIN, width=s.width - 2 * MARGIN)
    scope = "特别授权：代为申请执行、提供财产线索、参加约谈、代为达成执行和解、代为签收法律文书、代为领取执行款。"
    p.run([("f", f"委托人：{a.name}"),
           ("f", f"{'法定代表人' if a.kind == 'organisation' else '身份证号'}：{a.legal_rep if a.kind == 'organisation' else a.id_number}"),
           ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
           ("p", f"现委托{c.agent}在我方与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方的委托代理人。"),
           ("p", f"代理权限：{scope}"), ("p", "委托期限：自签署之日起至本案执行终结之日止。")])
    y = p.y + 90
    s.text(s.width / 2, y, "委托人（签章）：", song(40))
    if a.kind == "organisation":
        seal(s, s.width / 2 + mm(70), y + 40, a.name, rng, radius=mm(20))
    else:
        signature(s, s.width / 2 + mm(60), y - 6, a.name, rng, ink=PEN)
        pen(s, s.width / 2 + mm(96), y + 10, "（指印）", rng, size=30, ink=(190, 40, 40))
    s.text(s.width / 2, y + 150, f"{c.filed_on.year}年{c.filed_on.month}月{max(1, c.filed_on.day - 2)}日", song(40))
    return printed([s], {"apple": "laser", "wage": "inkjet", "yarn": "laser"}[_story(c)])


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(26), c.firm, font("serif_bold", 60), fill=(30, 60, 130))
    s.line(MARGIN, mm(40), s.width - MARGIN, mm(40), width=2, fill=(30, 60, 130))
    s.centred(mm(50), "律师事务所函", font("sans_bold", 62), spacing=12)
    s.right(s.width - MARGIN, mm(66), f"陕{c.firm[2:4]}律函〔{c.filed_on.year}〕第{rng.randint(11, 388)}号", song(36))
    p = Pager(s, mm(78), f=song(40), lh=76, x0=MARGIN, width=s.width - 2 * MARGIN)
    p.run([("f", f"{COURT}："),
           ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
                 "委托代理人。"),
           ("p", "特此函告。"),
           ("f", "附：授权委托书一份、律师执业证复印件一份"),
           ("f", f"本所地址：{c.extra['firm_addr']}　联系电话：{c.agent_phone}")])
    y = p.y + 100
    s.right(s.width - MARGIN - mm(8), y, f"{c.filed_on.year}年{c.filed_on.month}月{max(1, c.filed_on.day - 2)}日", song(40))
    seal(s, s.width - MARGIN - mm(34), y + 10, c.firm, rng, radius=mm(20))
    return printed([s], "laser")


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The licence's two inner pages photocopied side by side on one A4, grey and dark at the edges."""
    s = Sheet(paper=(236, 236, 234))
    d = s.draw
    x0, y0, w, h = mm(22), mm(40), mm(80), mm(112)
    for k in range(2):
        x = x0 + k * (w + mm(6))
        d.rectangle((x, y0, x + w, y0 + h), fill=(214, 214, 212), outline=(90, 90, 90), width=3)
    s.centred(y0 + mm(8), "律师执业证", hei(50), x0=x0, x1=x0 + w)
    d.rectangle((x0 + mm(24), y0 + mm(24), x0 + mm(56), y0 + mm(64)), fill=(150, 150, 150))
    s.centred(y0 + mm(74), "中华人民共和国司法部监制", song(30), x0=x0, x1=x0 + w)
    right = x0 + w + mm(6)
    rows = [("姓　　名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["licence"]),
            ("发证机关", "陕西省司法厅"), ("发证日期", f"{2012 + int(c.extra['licence'][-1]) % 8}年6月")]
    yy = y0 + mm(12)
    for label, v in rows:
        s.text(right + mm(4), yy, f"{label}：", song(30))
        for part in wrap(v, song(30), w - mm(30)):
            s.text(right + mm(26), yy, part, song(30))
            yy += 48
        yy += 22
    seal(s, right + w - mm(22), y0 + h - mm(22), "陕西省司法厅", rng, radius=mm(15))
    s.text(x0, y0 + h + mm(14), "年度考核：", song(34))
    s.text(x0 + mm(36), y0 + h + mm(14), f"{c.filed_on.year - 1}年度考核称职", song(34))
    pen(s, x0, y0 + h + mm(40), f"与原件核对一致　{c.agent}", rng, size=38, ink=(20, 20, 20))
    return printed([s], "copier")


def _identity(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    s = Sheet(paper=(238, 238, 236))
    d = s.draw
    if p.kind == "person":
        b = p.born or date(1980, 1, 1)
        x, y, w, h = mm(45), mm(40), mm(86), mm(54)
        for k in range(2):
            yy = y + k * (h + mm(14))
            d.rounded_rectangle((x, yy, x + w, yy + h), radius=22, fill=(220, 220, 218), outline=(100, 100, 100), width=3)
        f = hei(30)
        for k, (label, val) in enumerate([("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                                           ("出生", f"{b.year}年{b.month}月{b.day}日")]):
            s.text(x + mm(6), y + mm(7) + k * mm(8), f"{label}　{val}", f)
        for k, part in enumerate(wrap(f"住址　{p.address}", f, mm(52))):
            s.text(x + mm(6), y + mm(31) + k * mm(6), part, f)
        s.text(x + mm(6), y + h - mm(8), f"公民身份号码　{p.id_number}", font("sans", 30))
        d.rectangle((x + w - mm(26), y + mm(8), x + w - mm(4), y + mm(36)), fill=(140, 140, 140))
        y2 = y + h + mm(14)
        s.centred(y2 + mm(10), "中华人民共和国", hei(40), x0=x, x1=x + w)
        s.centred(y2 + mm(20), "居民身份证", hei(52), x0=x, x1=x + w)
        bureau = {"610402": "秦都", "610404": "渭城", "610481": "兴平市"}.get(p.id_number[:6], "秦都")
        s.text(x + mm(14), y2 + h - mm(16), f"签发机关　咸阳市公安局{bureau}{'分局' if len(bureau) == 2 else '公安局'}"
               if len(bureau) == 2 else f"签发机关　{bureau}公安局", font("sans", 26))
        s.text(x + mm(14), y2 + h - mm(9), f"有效期限　2016.05.10-{2036}.05.10", font("sans", 26))
        pen(s, x, y2 + h + mm(20), "此复印件与原件一致，仅供法院执行使用", rng, size=36, ink=(20, 20, 20))
        signature(s, x + mm(40), y2 + h + mm(32), p.name, rng, ink=PEN)
        return printed([s], "copier")
    s.box(mm(24), mm(30), s.width - mm(24), mm(200), width=8, outline=(120, 80, 40))
    s.centred(mm(42), "营 业 执 照", font("serif_bold", 84), spacing=10)
    s.centred(mm(62), "（副　本）", song(40))
    s.text(mm(34), mm(72), f"统一社会信用代码　{p.id_number}", song(36))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", {"apple": "纸箱、包装材料生产销售", "wage": "针织品、服装生产加工销售", "yarn": "棉纱、化纤纱线生产销售"}[_story(c)]
             if p is c.applicant else "果品收购、冷藏、销售" if _story(c) == "apple" else "针织品生产销售"),
            ("注册资本", f"{rng.choice([50, 100, 200, 300, 500])}万元人民币"), ("住　　所", p.address)]
    yy = mm(86)
    for label, v in rows:
        s.text(mm(40), yy, label, song(36))
        for part in wrap(v, song(36), mm(110)):
            s.text(mm(84), yy, part, song(36))
            yy += 58
        yy += 18
    s.right(s.width - mm(36), mm(182), "登记机关　咸阳市市场监督管理局", song(32))
    seal(s, s.width - mm(64), mm(172), "咸阳市市场监督管理局", rng, radius=mm(17))
    f2 = song(38)
    s.text(mm(30), mm(214), "法定代表人身份证明书", hei(50))
    for k, part in enumerate(wrap(f"{p.legal_rep}在我单位任执行董事职务，系我单位法定代表人。特此证明。", f2, s.width - mm(60))):
        s.text(mm(30), mm(228) + k * 64, part, f2)
    seal(s, s.width - mm(70), mm(252), p.name, rng, radius=mm(19))
    pen(s, mm(30), mm(262), "复印件与原件一致", rng, size=38, ink=(20, 20, 20))
    return printed([s], "copier")


def _window_form(title: str, note: str) -> tuple[Sheet, float]:
    s = Sheet()
    y = form_title(s, title)
    s.text(mm(28), y - 20, note, song(30))
    return s, y + 40


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _window_form("被执行人财产线索表", "（由申请执行人填写，请如实、具体填写财产所在地及权属情况）")
    w = s.width - mm(54)
    kinds = ["银行账户", "不动产", "车　辆", "股权、投资", "到期债权", "其他财产"]
    rows = [["案号", ""], ["被执行人", ""], *[[k, ""] for k in kinds], ["申请执行人签名", ""]]
    hs = [90, 90, *[140] * len(kinds), 130]
    table(s, mm(28), y, [mm(40), w - mm(40)], rows, song(34), row_h=hs, centre_first=True)
    x = mm(28) + mm(44)
    pen(s, x, y + 26, c.number, rng, size=34)
    pen(s, x, y + 116, c.respondent.name, rng, size=36)
    fills = {"apple": [f"{c.extra.get('r_bank', '')}（账号见判决附件）", "", "", "", "", "冷库内库存苹果、冷藏设备"],
             "wage": ["不详", "不详", "不详", "", "", "厂区设备（可能已被处置）"],
             "yarn": ["建设银行储蓄卡（尾号不详）", "兴平市住房一套", "", "", "", "加工厂缝纫设备"]}[_story(c)]
    yy = y + 180
    for v in fills:
        if v:
            pen(s, x, yy + 46, v, rng, size=34)
        else:
            pen(s, x, yy + 46, "无", rng, size=34)
        yy += 140
    signature(s, x + mm(10), yy + 30, c.agent, rng, ink=PEN)
    return printed([s], "bureau")


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """陕西省非税收入统一票据 printed by the window's dot-matrix-like printer onto the ruled green form."""
    s = Sheet()
    green = (40, 120, 80)
    s.centred(mm(24), "陕西省非税收入统一票据（电子）", font("serif_bold", 54), fill=green)
    s.line(mm(30), mm(38), s.width - mm(30), mm(38), width=2, fill=green)
    code = f"61040223{rng.randint(10**7, 10**8 - 1)}"
    s.text(mm(30), mm(44), f"票据代码：61040223　票据号码：{code[-8:]}", song(32))
    s.text(mm(30), mm(52), f"交款人：{c.applicant.name}", song(32))
    paid = c.basis_effective - timedelta(days=rng.randint(60, 120))
    s.right(s.width - mm(30), mm(52), f"开票日期：{paid:%Y-%m-%d}", song(32))
    fee = Decimal(10) if _story(c) == "wage" else (c.amount * Decimal("0.012")).quantize(Decimal("0.01"))
    fee_s = f"{fee / 2 if _story(c) == 'yarn' else fee:.2f}"
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040101", "案件受理费", "件", "1", "—", fee_s], ["", "", "", "", "", ""],
            ["金额合计（大写）", money_caps(Decimal(fee_s))],
            ["备注", f"{c.basis_number}　{c.extra['cause']}"]]
    w = s.width - mm(60)
    table(s, mm(30), mm(60), [mm(30), mm(44), mm(16), mm(16), mm(20), w - mm(126)], rows, song(30), row_h=80, width=2,
          fill=green)
    s.text(mm(30), mm(60) + 5 * 80 + 40, f"收款单位（章）：{COURT}　　复核人：{c.clerk}　　收款人：{c.clerk}", song(30))
    seal(s, s.width - mm(70), mm(60) + 5 * 80 + 30, "陕西省财政厅票据监制章", rng, radius=mm(16))
    return printed([s], "laser")


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _window_form("申请执行人收取执行款账户确认书", "")
    f = song(38)
    lines = [f"本人（单位）为{c.number}案的申请执行人，现确认以下账户为收取本案执行款的唯一账户。因账户信息错误导致执行款"
             "无法发放或错误发放的，由本人（单位）承担责任。"]
    yy = y
    for part in wrap(lines[0], f, s.width - mm(60), indent=f.size * 2):
        s.text(mm(30) + (f.size * 2 if yy == y else 0), yy, part, f)
        yy += 72
    rows = [["账户名称", ""], ["开户银行", ""], ["账　号", ""], ["联系电话", ""]]
    table(s, mm(30), yy + 40, [mm(40), s.width - mm(100)], rows, f, row_h=110, centre_first=True)
    x = mm(30) + mm(46)
    vals = [c.applicant.name, c.extra["in_bank"], c.extra["in_acct"],
            c.applicant.phone if c.applicant.kind == "person" else c.agent_phone]
    for k, v in enumerate(vals):
        pen(s, x, yy + 40 + k * 110 + 30, v, rng, size=38)
    yy += 40 + 440 + 100
    s.text(s.width / 2, yy, "申请执行人（签章）：", f)
    if c.applicant.kind == "organisation":
        seal(s, s.width / 2 + mm(80), yy + 40, c.applicant.name, rng, radius=mm(19))
    signature(s, s.width / 2 + mm(60), yy + 70, c.agent if c.applicant.kind == "organisation" else c.applicant.name, rng,
              ink=PEN)
    pen(s, s.width / 2 + mm(20), yy + 200, f"{c.filed_on.year}年{c.filed_on.month}月{c.filed_on.day}日", rng, size=38)
    return printed([s], "bureau")


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _window_form("送达地址确认书", "")
    w = s.width - mm(56)
    a = c.applicant
    rows = [["案　号", c.number], ["受送达人", a.name], ["告知事项", ""], ["送达地址", ""], ["收件人", ""], ["联系电话", ""],
            ["是否同意电子送达", ""], ["受送达人确认", ""]]
    hs = [96, 96, 330, 130, 96, 96, 110, 230]
    table(s, mm(28), y, [mm(44), w - mm(44)], rows, song(32), row_h=hs, centre_first=True)
    note = ("一、当事人应如实提供确切的送达地址；二、确认的送达地址适用于执行程序；三、因地址不准确、变更未告知等原因导致文书"
            "未能被实际接收的，文书退回之日视为送达之日。")
    ny = y + 96 * 2 + 24
    for part in wrap(note, song(30), w - mm(52)):
        s.text(mm(28) + mm(48), ny, part, song(30))
        ny += 46
    x = mm(28) + mm(48)
    yy = y + 96 * 2 + 330
    pen(s, x, yy + 36, c.extra["firm_addr"] + f"（{c.firm}）", rng, size=34)
    pen(s, x, yy + 130 + 26, c.agent, rng, size=38)
    pen(s, x, yy + 226 + 26, c.agent_phone, rng, size=38)
    pen(s, x, yy + 322 + 30, "同意　微信/短信：" + c.agent_phone, rng, size=34)
    hand(s, x, yy + 432 + 40, "以上地址确认无误", rng, size=38, ink=PEN)
    signature(s, x + mm(60), yy + 432 + 110, c.agent, rng, ink=INK)
    pen(s, x + mm(30), yy + 432 + 180, num_date(c.filed_on), rng, size=34)
    return printed([s], "bureau")
