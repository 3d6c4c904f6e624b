"""What 喀什市人民法院's enforcement bureau receives, each in its maker's hand: a 喀什 law firm's typed applications and
letters (Hei headings in 【】, Song body, the firm's name in the page foot), the 喀什仲裁委员会's award and its certificate
(red name, boxed 文号), the court's civil division's judgment (bilingual head of its own: the Uyghur name under the
Chinese, title in wide Song), the window's bilingual blank forms filled by hand, an 自治区 non-tax receipt, resident ID
cards (a Uyghur holder's card is bilingual), a business licence, the national 查控 system's printout, a settlement
typed by the parties and thumb-printed."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from dossier.corpus.content import BANKS, CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_ea_kit import UG, UG_NAME, court_seal, grid, ug_font, ug_line, ug_width
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "online_inquiry_result", "property_declaration_form", "settlement_agreement",
})


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    tale = str(c.extra["tale"])
    if code == "enforcement_application":
        return _lawyer(c, rng, "强制执行申请书", _application(c))
    if code == "power_of_attorney":
        return _lawyer(c, rng, "授权委托书", _attorney(c), grantor=True)
    if code == "law_firm_letter":
        return [_firm_letter(c, rng)]
    if code == "lawyer_license":
        return [_licence_card(c, rng)]
    if code == "enforcement_basis":
        return _award(c, rng) if tale == "nuts" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return [_award_certificate(c, rng)]
    if code == "identity_proof":
        who = c.respondent if "respondent" in served else c.applicant
        if who.kind == "person":
            return [_id_card(who, c, rng)]
        return [_business_licence(who, c, rng), _rep_certificate(who, c, rng)]
    if code == "fee_receipt":
        return [_receipt(c, rng)]
    if code == "online_inquiry_result":
        return [_inquiry(c, rng)]
    if code == "settlement_agreement":
        return [_settlement(c, rng)]
    return [_window_form(code, c, rng)]


def _type(s: Sheet, x0: float, x1: float, y: float, blocks: Sequence[tuple[str, str]], f: Font, hf: Font,
          lh: float) -> float:
    for kind, text in blocks:
        if kind == "h":
            s.text(x0, y, text, hf)
            y += lh
            continue
        ind = 2 * f.size if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, x1 - x0, indent=ind)):
            s.text(x0 + (ind if k == 0 else 0), y, part, f)
            y += lh
    return y


def _application(c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    me = (f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}，法定代表人{a.legal_rep}，电话{a.phone}。"
          if a.kind == "organisation" else
          f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，{'维吾尔族' if '·' in a.name else '汉族'}，"
          f"住{a.address}，公民身份号码{a.id_number}，电话{a.phone}。")
    them = (f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}，法定代表人{r.legal_rep}。"
            if r.kind == "organisation" else f"被执行人：{r.name}，{r.sex}，住{r.address}，公民身份号码{r.id_number}。")
    kind = "裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    story = {"nuts": f"申请执行人与被执行人签订干果购销合同，向其供应{c.extra.get('goods', '干果')}，被执行人仅支付部分货款。",
             "wages": f"申请执行人带领{c.extra.get('workers', 10)}名工人在{c.extra.get('site', '工地')}从事砌筑劳务，被执行人拖欠劳务费。",
             "silk": f"被执行人经营{c.extra.get('shop', '手工作坊')}，因购进蚕丝原料向申请执行人借款，到期未还。"}[str(c.extra["tale"])]
    return [("f", me), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), ("f", them),
            ("h", "【申请事项】"),
            ("f", f"一、请求强制执行{c.basis_court}{c.basis_number}{kind}，责令被执行人支付{money(c.amount)}；"),
            ("f", "二、请求责令被执行人加倍支付迟延履行期间的债务利息；"),
            ("f", "三、请求对被执行人采取限制消费措施，并将其纳入失信被执行人名单；"),
            ("f", "四、执行费用由被执行人负担。"),
            ("h", "【事实与理由】"),
            ("p", story + f"经{c.basis_court}审理，作出{c.basis_number}{kind}，已于{num_date(c.basis_effective)}发生法律效力。"
                  "被执行人至今未履行，申请执行人多次催要未果。"),
            ("p", "为维护申请执行人的合法权益，依照《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
            ("f", "此致"), ("h", "新疆维吾尔自治区喀什市人民法院")]


def _attorney(c: CaseCtx) -> list[tuple[str, str]]:
    a = c.applicant
    return [("f", f"委托人：{a.name}" + (f"（法定代表人：{a.legal_rep}）" if a.legal_rep else f"，公民身份号码{a.id_number}")),
            ("f", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。"),
            ("p", f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
            ("h", "【代理权限】"),
            ("p", "特别授权：代为申请强制执行，代为提供财产线索，代为申请采取限制消费、纳入失信名单等措施，代为参加谈话、达成和解，"
                  "代为签收法律文书，代为领取执行款项。"),
            ("p", "代理期限：自签署之日起至本案执行终结之日止。")]


def _lawyer(c: CaseCtx, rng: random.Random, title: str, blocks: list[tuple[str, str]], *, grantor: bool = False) -> list[Sheet]:
    s = Sheet()
    f, hf = font("serif", mm(4.9)), font("hei", mm(5))
    x0, x1 = mm(30), s.width - mm(28)
    s.centred(mm(30), title, font("hei", mm(8)), spacing=mm(1.5))
    y = _type(s, x0, x1, float(mm(50)), blocks, f, hf, mm(8.6))
    y += mm(10)
    who = c.applicant
    label = "委托人（签章）：" if grantor else "申请执行人（签章）："
    s.text(s.width - mm(120), y, label, f)
    if who.kind == "organisation":
        seal(s, s.width - mm(60), y + mm(2), who.name, rng)
    else:
        signature(s, s.width - mm(72), y - mm(2), who.name, rng)
        _thumb(s, s.width - mm(40), y + mm(4), rng)
    y += mm(12)
    if grantor:
        s.text(s.width - mm(120), y, "受托人：", f)
        signature(s, s.width - mm(96), y - mm(2), c.agent, rng)
        y += mm(12)
    s.text(s.width - mm(95), y, f"{c.day(-3 if grantor else -2):%Y年%m月%d日}", f)
    s.line(mm(30), s.height - mm(22), s.width - mm(28), s.height - mm(22), width=1, fill=(140, 140, 140))
    s.centred(s.height - mm(19), f"{c.firm}　地址：{c.extra['firm_addr']}", font("hei", mm(3.2)))
    return [s]


def _thumb(s: Sheet, cx: float, cy: float, rng: random.Random) -> None:
    """A red thumbprint: concentric broken ellipses."""
    d = s.draw
    for k in range(9):
        rx, ry = mm(5.5) - k * mm(0.55), mm(7) - k * mm(0.7)
        start = rng.randint(0, 60)
        d.arc((cx - rx, cy - ry, cx + rx, cy + ry), start, start + rng.randint(250, 330), fill=(200, 60, 60), width=3)


def _firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(24), c.firm, font("serif_bold", mm(7.5)), fill=(180, 30, 30))
    s.line(mm(24), mm(38), s.width - mm(24), mm(38), width=5, fill=(180, 30, 30))
    s.centred(mm(48), "律师事务所函", font("hei", mm(7.5)), spacing=mm(3))
    s.right(s.width - mm(30), mm(64), f"新天山喀律函〔{c.filed_on.year}〕第{rng.randint(20, 300)}号", font("serif", mm(4.6)))
    f = font("serif", mm(5))
    y = _type(s, mm(30), s.width - mm(28), float(mm(80)), [
        ("f", "新疆维吾尔自治区喀什市人民法院："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的代理人，"
              "依法履行代理职责。"),
        ("p", "特此函告。"), ("f", "附：授权委托书一份；律师执业证复印件一份。")], f, f, mm(9))
    s.right(s.width - mm(40), y + mm(22), c.firm, f)
    s.right(s.width - mm(40), y + mm(33), cn_date(c.day(-3)), f)
    seal(s, s.width - mm(70), y + mm(28), c.firm, rng)
    s.text(mm(30), s.height - mm(40), f"地址：{c.extra['firm_addr']}　　电话：0998-28{rng.randint(10000, 99999)}", font("serif", mm(3.8)))
    return s


def _licence_card(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    x, y, w, h = mm(30), mm(40), mm(150), mm(92)
    s.draw.rectangle((x, y, x + w, y + h), outline=(70, 70, 70), width=3, fill=(236, 236, 232))
    s.draw.rectangle((x + mm(8), y + mm(22), x + mm(40), y + mm(64)), fill=(160, 160, 160))
    s.text(x + mm(50), y + mm(8), "律师执业证", font("serif_bold", mm(7)))
    f = font("hei", mm(4.3))
    for i, (k, v) in enumerate([("姓　　名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职"),
                                ("执业证号", c.extra["licence"]), ("发证机关", "新疆维吾尔自治区司法厅"),
                                ("发证日期", f"{c.filed_on.year - rng.randint(3, 9)}年{rng.randint(1, 12)}月")]):
        s.text(x + mm(46), y + mm(24) + i * mm(10), f"{k}　{v}", f)
    s.text(x, y + h + mm(14), "（复印件，与原件核对无误）", font("serif", mm(4.5)))
    signature(s, x + mm(90), y + h + mm(10), c.agent, rng)
    seal(s, x + w - mm(22), y + h - mm(14), "新疆维吾尔自治区司法厅", rng, radius=mm(14))
    return s


def _court_header(s: Sheet, y: float) -> float:
    s.centred(y, "新疆维吾尔自治区喀什市人民法院", font("serif_bold", mm(7)), spacing=mm(0.6))
    ug_line(s, y + mm(11), UG_NAME, mm(3.8))
    return y + mm(22)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's civil division's judgment: Chinese name first, Uyghur under it, 民事判决书 wide, number right."""
    a, r = c.applicant, c.respondent
    wages = c.extra["tale"] == "wages"
    f = font("serif", mm(5.1))
    lh = mm(9.2)
    if wages:
        facts = (f"原告{a.name}系砌筑班组负责人。{c.basis_effective.year - 1}年春，被告将其承包的{c.extra['site']}砌筑劳务交由原告班组"
                 f"施工，原告组织{c.extra['workers']}名工人完成施工后，经双方结算，被告尚欠劳务费{c.amount}元，出具欠条一张，至今未付。")
        held = "被告应当按照结算金额支付劳务费。依照《中华人民共和国民法典》第五百零九条、第五百七十九条之规定，判决如下："
        order = f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}劳务费{money(c.amount)}；"
    else:
        facts = (f"{c.basis_effective.year - 2}年，被告{r.name}因经营{c.extra['shop']}购进蚕丝原料，向原告借款，出具借条，约定一年后归还。"
                 f"借款到期后，经原告多次催要，被告未归还。")
        held = "合法的借贷关系受法律保护。依照《中华人民共和国民法典》第六百六十七条、第六百七十五条之规定，判决如下："
        order = f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{money(c.amount)}；"
    blocks = [("f", f"原告：{a.name}，住{a.address}。"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
              ("f", f"被告：{r.name}，{'住所地' if r.kind == 'organisation' else '住'}{r.address}。"),
              ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"
                    + ("被告经本院合法传唤，无正当理由拒不到庭，本院依法缺席审理。" if wages else "原、被告均到庭参加诉讼。")
                    + "本案现已审理终结。"),
              ("p", "原告向本院提出诉讼请求：判令被告支付欠款及利息，诉讼费由被告负担。"),
              ("p", "本院经审理认定事实如下：" + facts), ("p", "本院认为，" + held), ("p", "一、" + order),
              ("p", "二、驳回原告的其他诉讼请求。"),
              ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
                    "履行期间的债务利息。"),
              ("p", f"案件受理费{int(c.amount) // 100 + 25}元，减半收取，由被告负担。"),
              ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于新疆维吾尔自治区高级人民法院喀什分院。")]
    sheets = [Sheet()]
    y = _court_header(sheets[0], mm(24))
    sheets[0].centred(y, "民事判决书", font("serif_bold", mm(8.5)), spacing=mm(5))
    sheets[0].right(sheets[0].width - mm(28), y + mm(16), c.basis_number, f)
    y += mm(28)
    x0, x1 = mm(28), sheets[0].width - mm(28)
    for kind, text in blocks:
        ind = 2 * f.size if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, x1 - x0, indent=ind)):
            if y + lh > sheets[-1].height - mm(30):
                sheets.append(Sheet())
                y = float(mm(26))
            sheets[-1].text(x0 + (ind if k == 0 else 0), y, part, f)
            y += lh
    if y + mm(60) > sheets[-1].height - mm(30):
        sheets.append(Sheet())
        y = float(mm(30))
    s = sheets[-1]
    judged = c.basis_effective - timedelta(days=rng.randint(20, 30))
    for i, line in enumerate([f"审　判　员　　{c.judge}", cn_date(judged), f"书　记　员　　{c.clerk}"]):
        s.right(x1 - mm(8), y + mm(8) + i * mm(14), line, f)
    court_seal(s, x1 - mm(40), y + mm(24), rng)
    s.text(x0, y + mm(52), "本件与原本核对无异", font("kai", mm(4.6)))
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(18), f"- {i} -", font("serif", mm(4.2)))
        sh.page_of = (i, len(sheets))
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    red = (190, 30, 30)
    f = font("song_gb", mm(5))
    lh = mm(9)
    half = c.amount * 2
    blocks = [("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，执行董事。"),
              ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
              ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，经理。"),
              ("p", "喀什仲裁委员会（以下简称本会）根据申请人与被申请人签订的《干果购销合同》中的仲裁条款，受理了申请人提出的仲裁申请。"
                    f"本会依法组成独任仲裁庭，于{num_date(c.basis_effective - timedelta(days=25))}开庭审理本案，双方均到庭。本案现已审理终结。"),
              ("p", f"申请人称：双方约定申请人向被申请人供应{c.extra['goods']}，货款合计{half}元。申请人依约交货后，被申请人仅支付一半，"
                    f"余款{c.amount}元经催要未付。"),
              ("p", "被申请人辩称：对收货及欠款数额无异议，因下游客户未回款，暂无力支付。"),
              ("p", "仲裁庭认为，双方合同合法有效，申请人已履行交货义务，被申请人应支付余款。依照《中华人民共和国民法典》第六百二十六条、"
                    "《中华人民共和国仲裁法》第五十四条之规定，裁决如下："),
              ("p", f"一、被申请人{r.name}于本裁决送达之日起十日内向申请人{a.name}支付货款{money(c.amount)}；"),
              ("p", "二、本案仲裁费由被申请人承担。"), ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(26), "喀什仲裁委员会", font("serif_bold", mm(10)), spacing=mm(3), fill=red)
    s.line(mm(26), mm(44), s.width - mm(26), mm(44), width=4, fill=red)
    s.centred(mm(52), "裁决书", font("hei", mm(8)), spacing=mm(8))
    no = c.basis_number
    w = font("song_gb", mm(4.8)).getlength(no)
    s.box(s.width / 2 - w / 2 - mm(4), mm(67), s.width / 2 + w / 2 + mm(4), mm(77), width=2)
    s.centred(mm(68.5), no, font("song_gb", mm(4.8)))
    y, x0, x1 = float(mm(88)), mm(26), s.width - mm(26)
    for kind, text in blocks:
        ind = 2 * f.size if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, x1 - x0, indent=ind)):
            if y + lh > sheets[-1].height - mm(28):
                sheets.append(Sheet())
                y = float(mm(26))
            sheets[-1].text(x0 + (ind if k == 0 else 0), y, part, f)
            y += lh
    s = sheets[-1]
    if y + mm(50) > s.height - mm(28):
        sheets.append(Sheet())
        s, y = sheets[-1], float(mm(30))
    s.right(x1 - mm(10), y + mm(10), f"独任仲裁员　{c.judge[::-1]}", f)
    made = c.basis_effective
    s.right(x1 - mm(10), y + mm(24), cn_date(made), f)
    s.right(x1 - mm(10), y + mm(38), f"书　记　员　{c.clerk[:2]}娜", f)
    seal(s, x1 - mm(45), y + mm(27), "喀什仲裁委员会", rng)
    for i, sh in enumerate(sheets, 1):
        sh.right(sh.width - mm(26), sh.height - mm(16), f"第{i}页/共{len(sheets)}页", font("song_gb", mm(3.8)))
        sh.page_of = (i, len(sheets))
    return sheets


def _award_certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(30), "喀什仲裁委员会", font("serif_bold", mm(9)), spacing=mm(2), fill=(190, 30, 30))
    s.centred(mm(52), "生效证明书", font("hei", mm(8)), spacing=mm(2))
    f = font("song_gb", mm(5.2))
    y = _type(s, mm(30), s.width - mm(28), float(mm(76)), [
        ("f", "新疆维吾尔自治区喀什市人民法院："),
        ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，已于{cn_date(c.basis_effective)}"
              f"作出{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力，已依法送达双方当事人。"),
        ("p", "特此证明。")], f, f, mm(10))
    s.right(s.width - mm(40), y + mm(26), "喀什仲裁委员会", f)
    s.right(s.width - mm(40), y + mm(38), cn_date(c.basis_effective + timedelta(days=rng.randint(15, 30))), f)
    seal(s, s.width - mm(70), y + mm(32), "喀什仲裁委员会", rng)
    return s


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """A resident ID card photocopied on A4; a Uyghur holder's card carries the Uyghur labels above the Chinese ones."""
    s = Sheet()
    uy = "·" in p.name
    grey = (80, 80, 80)
    w, h = mm(118), mm(75)
    x, y = mm(44) + rng.uniform(-mm(6), mm(6)), mm(34)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), outline=grey, width=3, fill=(232, 232, 230))
    lf, vf = font("hei", mm(3.6)), font("hei", mm(4.4))
    born = p.born
    nation = "维吾尔" if uy else "汉"
    rows = [("姓名", "ئىسمى", p.name), ("性别", "جىنسى", f"{p.sex}　　民族 {nation}"),
            ("出生", "تۇغۇلغان", f"{born.year}年{born.month}月{born.day}日" if born else ""), ("住址", "ئادرېسى", p.address)]
    ty = y + mm(6)
    for k, u, v in rows:
        if uy:
            uf = ug_font(mm(2.6))
            s.draw.text((x + mm(4), ty + mm(4.6)), u, font=uf, fill=grey, direction="rtl", language="ug")
        s.text(x + mm(5), ty, k, lf, fill=grey)
        for i, part in enumerate(wrap(v, vf, mm(62))):
            s.text(x + mm(20), ty + i * mm(6), part, vf)
        ty += mm(12) if k != "住址" else mm(14)
    s.text(x + mm(5), y + h - mm(11), "公民身份号码", lf, fill=grey)
    s.text(x + mm(32), y + h - mm(11.5), p.id_number, font("mono", mm(5)))
    s.draw.rectangle((x + w - mm(34), y + mm(9), x + w - mm(7), y + mm(44)), fill=(170, 170, 170))
    y2 = y + h + mm(18)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), outline=grey, width=3, fill=(232, 232, 230))
    s.centred(y2 + mm(12), "中华人民共和国", font("hei", mm(6.5)), x0=x + mm(22), x1=x + w)
    if uy:
        t = "جۇڭخۇا خەلق جۇمھۇرىيىتى"
        uf = ug_font(mm(3.6))
        s.draw.text((x + mm(22) + (w - mm(22) - ug_width(t, uf)) / 2, y2 + mm(4)), t, font=uf, fill=INK,
                    direction="rtl", language="ug")
    s.centred(y2 + mm(26), "居民身份证", font("hei", mm(8)), spacing=mm(2), x0=x + mm(22), x1=x + w)
    s.draw.ellipse((x + mm(6), y2 + mm(6), x + mm(24), y2 + mm(24)), outline=(150, 50, 50), width=3)
    issued = c.filed_on.year - rng.randint(2, 9)
    s.text(x + mm(8), y2 + h - mm(22), f"签发机关　喀什地区公安局{'疏附县分局' if p.id_number.startswith('653121') else '喀什市分局'}", lf)
    s.text(x + mm(8), y2 + h - mm(13), f"有效期限　{issued}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{issued + 20}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}", lf)
    hand(s, x, y2 + h + mm(16), "本复印件与原件一致，仅供法院执行使用", rng, size=mm(5.2), ink=INK)
    signature(s, x + mm(70), y2 + h + mm(30), p.name, rng)
    if uy:
        _thumb(s, x + mm(118), y2 + h + mm(34), rng)
    return s


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    brown = (170, 70, 40)
    s.box(mm(16), mm(18), s.width - mm(16), s.height - mm(36), width=12, outline=brown)
    s.centred(mm(40), "营业执照", font("serif_bold", mm(15)), spacing=mm(5))
    s.centred(mm(64), "（副本）", font("serif", mm(5.5)))
    s.text(mm(32), mm(82), f"统一社会信用代码　{p.id_number}", font("hei", mm(4.6)))
    f = font("serif", mm(4.8))
    scope = ("干果、农副产品收购与销售；预包装食品批发；进出口业务。" if "干果" in p.name
             else "普通货物道路运输；冷藏仓储；国际货运代理。" if "物流" in p.name
             else "建筑劳务分包；砌筑、抹灰作业；建材销售。")
    y = float(mm(100))
    for k, v in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                 ("经营范围", scope), ("注册资本", f"{rng.choice([50, 100, 300, 500])}万元"), ("成立日期", num_date(c.day(-rng.randint(900, 3000)))),
                 ("住　　所", p.address)]:
        s.text(mm(32), y, k, f)
        for i, part in enumerate(wrap(v, f, s.width - mm(110))):
            s.text(mm(72), y + i * mm(8), part, f)
        y += mm(15)
    s.right(s.width - mm(38), s.height - mm(80), "登记机关", f)
    s.right(s.width - mm(38), s.height - mm(68), cn_date(c.day(-rng.randint(100, 600))), f)
    seal(s, s.width - mm(62), s.height - mm(76), "喀什市市场监督管理局", rng)
    seal(s, mm(70), s.height - mm(70), p.name, rng)
    hand(s, mm(36), s.height - mm(52), "复印件与原件一致", rng, size=mm(5.5), ink=INK)
    return s


def _rep_certificate(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(36), "法定代表人身份证明书", font("serif_bold", mm(8)))
    f = font("serif", mm(5.2))
    y = _type(s, mm(30), s.width - mm(28), float(mm(62)), [
        ("p", f"{p.legal_rep}在我单位任执行董事职务，系我单位法定代表人。"),
        ("p", "特此证明。"), ("f", f"单位全称：{p.name}"), ("f", f"统一社会信用代码：{p.id_number}"),
        ("f", f"地址：{p.address}"), ("f", f"电话：{p.phone}")], f, f, mm(11))
    s.right(s.width - mm(36), y + mm(20), cn_date(c.day(-4)), f)
    seal(s, s.width - mm(70), y + mm(16), p.name, rng)
    s.text(mm(30), y + mm(48), "附：法定代表人身份证复印件", f)
    s.box(mm(50), y + mm(60), mm(50) + mm(86), y + mm(60) + mm(54), width=2, outline=(120, 120, 120))
    s.centred(y + mm(82), f"（{p.legal_rep} 身份证复印件）", font("hei", mm(4)), x0=mm(50), x1=mm(136))
    return s


def _receipt(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 自治区 non-tax revenue receipt for the fee of the first instance (or the arbitration's fee note)."""
    s = Sheet()
    ink = (40, 90, 60)
    fee = int(c.amount) // 100 + 25
    s.centred(mm(18), "新疆维吾尔自治区非税收入一般缴款书（收据）", font("serif_bold", mm(6)), fill=ink)
    s.text(mm(16), mm(32), f"票据代码：65010{rng.randint(100, 999)}", font("serif", mm(3.8)), fill=ink)
    s.right(s.width - mm(16), mm(32), f"No {rng.randint(10**8, 10**9 - 1)}", font("mono", mm(4.6)), fill=(170, 40, 40))
    s.text(mm(16), mm(40), f"执收单位：新疆维吾尔自治区喀什市人民法院　　填制日期：{(c.filed_on if c.extra['tale'] == 'nuts' else c.basis_effective - timedelta(days=90)):%Y-%m-%d}",
           font("serif", mm(3.8)), fill=ink)
    rows = [["缴款人", c.applicant.name, "案号", c.basis_number if c.extra["tale"] != "nuts" else c.number],
            ["收入项目", "案件受理费" if c.extra["tale"] != "nuts" else "申请执行费", "金额", f"{fee}.00"],
            ["金额（大写）", money_caps(c.amount.__class__(fee))], ["备注", f"{c.basis_court}　{c.extra['cause']}"]]
    from dossier.corpus.draw import table
    table(s, mm(14), mm(48), [mm(30), mm(70), mm(20), s.width - mm(28) - mm(120)], rows, font("serif", mm(4.2)), row_h=mm(13), fill=ink, pad=6)
    s.text(mm(16), mm(104), "收款人：", font("serif", mm(4)), fill=ink)
    hand(s, mm(34), mm(102), c.clerk[:3], rng, size=mm(5), ink=INK)
    court_seal(s, s.width - mm(52), mm(100), rng, inner="财务专用章")
    s.line(0, mm(128), s.width, mm(128), width=1, fill=(190, 190, 190))
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    f = font("mono", mm(3.5))
    s.centred(mm(16), "执行案件财产查询结果（总对总）", font("hei", mm(6)))
    s.text(mm(12), mm(28), f"执行法院：新疆维吾尔自治区喀什市人民法院　　案号：{c.number}", f)
    s.text(mm(12), mm(34), f"被查询人：{c.respondent.name}　证件号：{c.respondent.id_number}　查询人：{c.officer}", f)
    nuts = c.extra["tale"] == "nuts"
    rows = [["序", "反馈单位", "类型", "反馈结果", "反馈日期"]]
    units = [*BANKS[:5], "新疆农村信用社", "喀什农村商业银行", "不动产登记（自然资源部）", "机动车（公安部）", "证券（中登公司）",
             "支付宝", "财付通", "京东金融", "船舶（交通运输部）"]
    for i, u in enumerate(units, 1):
        hit = nuts and u in ("喀什农村商业银行", "中国工商银行")
        rows.append([str(i), u, "存款" if i <= 7 else "其他",
                     f"账户{c.extra.get('r_acct', '')[-6:]}余额{c.amount:,.2f}，已冻结" if hit and u == "喀什农村商业银行"
                     else ("余额0.00" if i <= 7 and rng.random() < 0.4 else "无财产信息"),
                     f"{c.day(rng.randint(1, 5)):%Y-%m-%d}"])
    from dossier.corpus.draw import table
    table(s, mm(10), mm(42), [mm(10), mm(54), mm(16), mm(82), s.width - mm(20) - mm(162)], rows, f, row_h=mm(10), pad=5)
    s.text(mm(12), s.height - mm(18), f"打印：{c.day(6):%Y-%m-%d %H:%M} 执行指挥中心　第1页/共1页", font("mono", mm(3.2)))
    s.page_of = (1, 1)
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    a, r = c.applicant, c.respondent
    s.centred(mm(28), "执行和解协议", font("hei", mm(7.5)))
    f = font("serif", mm(5))
    first = c.day(31)
    y = _type(s, mm(28), s.width - mm(26), float(mm(48)), [
        ("f", f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}"),
        ("f", f"乙方（被执行人）：{r.name}，公民身份号码{r.id_number}，经营{c.extra.get('shop', '')}"),
        ("p", f"甲、乙双方就喀什市人民法院{c.number}执行一案，在执行法官主持下，经平等协商，自愿达成如下协议："),
        ("f", f"一、乙方于{num_date(first)}前向喀什市人民法院执行款专户交付{money(c.amount)}；"),
        ("f", "二、乙方按期足额交付的，甲方放弃迟延履行期间的加倍利息，双方再无其他纠葛；"),
        ("f", "三、乙方逾期未交付的，甲方可申请恢复执行原生效判决，已交付的款项予以扣除；"),
        ("f", "四、本协议一式三份，甲乙双方各执一份，交执行法院附卷一份，自双方签字之日起生效。")], f, f, mm(9.5))
    y += mm(14)
    s.text(mm(30), y, "甲方（签字、捺印）：", f)
    signature(s, mm(84), y - mm(2), a.name, rng)
    _thumb(s, mm(130), y + mm(3), rng)
    y += mm(20)
    s.text(mm(30), y, "乙方（签字、捺印）：", f)
    signature(s, mm(84), y - mm(2), r.name, rng)
    ug_line(s, y + mm(8), "ئىمزا قويدۇم", mm(4.2), x1=mm(150), fill=BLUE_INK)
    _thumb(s, mm(160), y + mm(3), rng)
    y += mm(24)
    s.text(mm(30), y, f"签订日期：{num_date(first - timedelta(days=4))}", f)
    s.text(mm(30), y + mm(12), f"见证：执行员 {c.officer}　翻译 {c.extra['translator']}", f)
    return s


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    """The window's bilingual blanks (the court's printing: Uyghur title over the Chinese), filled by hand in blue."""
    s = Sheet()
    a, r = c.applicant, c.respondent
    title = {"property_clue_form": "财产线索表", "payment_account_confirmation": "收取执行款账户确认书",
             "service_address_confirmation": "送达地址确认书", "property_declaration_form": "财产申报表"}[code]
    ug_line(s, mm(18), UG_NAME, mm(3.6))
    s.centred(mm(26), "新疆维吾尔自治区喀什市人民法院", font("hei", mm(5)))
    ug_line(s, mm(36), UG[title], mm(4.4), bold=True)
    s.centred(mm(45), title, font("serif_bold", mm(7.5)), spacing=mm(1))
    x, w = mm(18), s.width - mm(36)
    s.text(x, mm(60), f"案号：{c.number}", font("ming", mm(4.4)))
    y = float(mm(68))
    if code == "property_clue_form":
        rows = [["申请执行人", ""], ["被执行人", ""], ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["股权、债权", ""],
                ["其他财产线索", ""], ["线索来源", ""]]
        fills = {(0, 1): a.name, (1, 1): r.name, (2, 1): f"{c.extra.get('r_bank', '不清楚')} {c.extra.get('r_acct', '')}",
                 (3, 1): "不清楚", (4, 1): "冷藏车两辆（新Q牌照）" if c.extra["tale"] == "nuts" else "不清楚",
                 (5, 1): "无", (6, 1): f"{c.extra.get('site', r.address)}有搅拌机、塔吊" if c.extra["tale"] == "wages" else "仓库存货",
                 (7, 1): "本人了解"}
        hs = [mm(15), mm(15), mm(24), mm(20), mm(20), mm(18), mm(30), mm(16)]
        signer, day = a.legal_rep or a.name, c.day(-1)
    elif code == "payment_account_confirmation":
        rows = [["收款人", ""], ["开户银行", ""], ["账号", ""], ["联系电话", ""], ["声明", ""]]
        fills = {(0, 1): a.name, (1, 1): c.extra["in_bank"].replace("营业部", "") + "营业部", (2, 1): c.extra["in_acct"],
                 (3, 1): a.phone}
        hs = [mm(16), mm(18), mm(18), mm(16), mm(40)]
        signer, day = a.legal_rep or a.name, c.filed_on
    elif code == "service_address_confirmation":
        rows = [["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["联系电话", ""], ["电子送达", ""], ["代收人", ""], ["告知事项", ""]]
        fills = {(0, 1): a.name, (1, 1): a.address, (2, 1): "844000", (3, 1): a.phone,
                 (4, 1): f"同意，手机号{a.phone}", (5, 1): f"{c.agent}（律师）"}
        hs = [mm(16), mm(22), mm(14), mm(14), mm(18), mm(16), mm(44)]
        signer, day = a.legal_rep or a.name, c.filed_on
    else:
        rows = [["申报人", ""], ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["收入及债权", ""], ["其他财产", ""],
                ["一年内财产变动", ""]]
        fills = {(0, 1): r.name, (1, 1): "基本户余额几百元", (2, 1): "无", (3, 1): "无",
                 (4, 1): "工程款未结，甲方欠款无法要回" if c.extra["tale"] == "wages" else "作坊每月收入约四五千元",
                 (5, 1): "织机三台（旧）" if c.extra["tale"] == "silk" else "无", (6, 1): "无"}
        hs = [mm(16), mm(20), mm(18), mm(18), mm(24), mm(22), mm(24)]
        signer, day = r.legal_rep or r.name, c.day(13)
    tops = grid(s, x, y, [mm(40), w - mm(40)], rows, hs, rng, filled=fills)
    f = font("ming", mm(3.9))
    if code == "payment_account_confirmation":
        for i, t in enumerate(["本人确认上述账户用于收取本案执行款，", "因账户信息错误造成的损失由本人承担。"]):
            s.text(x + mm(44), tops[4] + mm(8) + i * mm(7), t, f)
    if code == "service_address_confirmation":
        for i, t in enumerate(["1. 法院按上述地址送达的，视为送达；", "2. 地址变更应书面告知，未告知的按原地址送达；",
                               "3. 同意电子送达的，以短信到达之日为送达日。"]):
            s.text(x + mm(44), tops[6] + mm(6) + i * mm(9), t, f)
    yb = tops[-1] + mm(10)
    s.text(s.width - mm(120), yb, "签名（盖章）：", font("ming", mm(4.6)))
    signature(s, s.width - mm(82), yb - mm(3), signer, rng, ink=BLUE_INK)
    hand(s, s.width - mm(90), yb + mm(12), num_date(day), rng, size=mm(5), ink=BLUE_INK)
    if code == "property_declaration_form":
        s.text(x, yb + mm(28), "申报人应如实申报；虚假申报的，依法予以罚款、拘留。", f)
    return s

