"""What 天山区法院's enforcement bureau receives, each in its maker's style: the 兵团 court's judgment and 生效证明书
(its own 兵团 heading, Song type, no Uyghur), this court's trial division's judgment and 调解书, a Xinjiang law firm's
application, letter and power of attorney (Hei letterhead, rule in the firm's colour), a Uyghur party's ID card (both
scripts), a business licence copy, a 律师执业证 copy, a 诉讼费 receipt slip, the 总对总 printout with a bank's 查询反馈
and the 车管所's reply, a bank 回单, and the court's bilingual forms filled by hand at the window."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import (
    BLUE_INK,
    INK,
    RED,
    Block,
    Sheet,
    flow,
    hand,
    mm,
    seal,
    signature,
    table,
    text_width,
)
from dossier.corpus.families.court_dh_kit import COURT, UG_COURT, grid_form, ug_font, ug_line
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
BINGTUAN = "新疆生产建设兵团乌鲁木齐垦区人民法院"
FIRM_BLUE = (20, 60, 120)


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _bingtuan_judgment(c, rng) if t == "goods" else _trial_paper(c, rng)
    if code == "effectiveness_certificate":
        return [_bingtuan_certificate(c, rng)]
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "law_firm_letter":
        return [_firm_letter(c, rng)]
    if code == "power_of_attorney":
        return [_attorney(c, rng)]
    if code == "lawyer_license":
        return [_licence_card(c, rng)]
    if code == "identity_proof":
        who = c.respondent if "respondent" in served else c.applicant
        return [_id_card(c, who, rng) if who.kind == "person" else _business_licence(c, who, rng)]
    if code == "fee_receipt":
        return [_fee_slip(c, rng)]
    if code == "property_clue_form":
        return [_clue_form(c, rng)]
    if code in ("payment_account_confirmation", "service_address_confirmation"):
        return [_window_form(code, c, rng)]
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiries(c, rng)
    if code == "settlement_agreement":
        return [_settlement(c, rng)]
    return [_bank_slip(c, rng)]


# --- the trial courts -------------------------------------------------------------------------------------------


def _song_pages(head: list[tuple[str, int, str]], number: str, blocks: list[Block], rng: random.Random, *, court: str,
                when: date, signers: list[str], left: float, right: float, stamp_text: str = "") -> list[Sheet]:
    """A trial court's judgment in Song type, 16 pt-like body, wide margins, signers at the foot, the page number
    as 「- n -」 centred."""
    pages = [Sheet()]
    y = float(mm(30))
    for text, size, role in head:
        if text:
            pages[0].centred(y, text, font(role, size), spacing=size * 0.12 if size > 60 else 0)
        y += size * 1.7
    pages[0].right(pages[0].width - right, y - 34, number, font("serif", 34))
    y += 30
    f = font("serif", 36)
    width = pages[0].width - left - right
    bottom = pages[0].height - mm(32)

    def more() -> tuple[Sheet, float]:
        pages.append(Sheet())
        return pages[-1], mm(30)

    y = flow(pages[0], blocks, f, x0=left, width=width, y=y, line_height=64, indent=72, bottom=bottom, more=more)
    if y + 64 * (len(signers) + 3) > bottom:
        more()
        y = mm(34)
    s = pages[-1]
    y += 30
    for sig in signers:
        s.right(s.width - right - mm(8), y, sig, f)
        y += 64
    day = cn_date(when)
    s.right(s.width - right - mm(8), y + 10, day, f)
    seal(s, s.width - right - mm(8) - text_width(day, f) / 2, y + 20, court, rng)
    if stamp_text:
        s.text(left, y + 110, stamp_text, font("serif", 30))
    for k, sh in enumerate(pages, 1):
        sh.centred(sh.height - mm(18), f"- {k} -", font("serif", 30))
        sh.page_of = (k, len(pages)) if len(pages) > 1 else None
    return pages


def _party(p: Party, role: str) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地{p.address}。"
    born = p.born or date(1980, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，住{p.address}。"


def _bingtuan_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    tons, goods = c.extra["tons"], c.extra["goods"]
    judged = c.basis_effective - timedelta(days=rng.randint(18, 30))
    blocks: list[Block] = [
        ("f", _party(a, "原告")), ("f", f"法定代表人：{a.legal_rep}，该公司总经理。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", _party(r, "被告")),
        ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于2023年立案后，依法适用简易程序，公开开庭进行了审理。原告的委托"
              "诉讼代理人到庭参加诉讼，被告经本院传票传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：1.判令被告支付货款{c.amount}元；2.本案诉讼费由被告负担。事实与理由：双方签订《{goods}购销合同》，"
              f"约定原告向被告供应{goods}{tons}吨，货到验收后三十日内付清货款。原告已按约交货，被告至今未付。"),
        ("p", "本院经审理认定事实如下：原、被告之间的买卖合同系双方真实意思表示，合法有效。原告已履行交货义务，有送货单、"
              "被告签收的对账单为证，被告应当支付相应货款。被告经合法传唤未到庭，视为放弃抗辩权利。"),
        ("p", "依照《中华人民共和国民法典》第五百七十七条、第六百二十六条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内向原告{a.name}支付货款{c.amount}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount / 100 + 50)}元，减半收取，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于新疆生产建设兵团"
              "第十二师中级人民法院。")]
    head = [("新疆生产建设兵团", 44, "serif"), ("乌鲁木齐垦区人民法院", 62, "serif_bold"),
            ("民 事 判 决 书", 64, "serif_bold")]
    return _song_pages(head, c.basis_number, blocks, rng, court=BINGTUAN, when=judged, signers=[f"审判员　{person_name(rng)}",
                        f"书记员　{person_name(rng)}"], left=mm(30), right=mm(26))


def _bingtuan_certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(34), "新疆生产建设兵团乌鲁木齐垦区人民法院", font("serif_bold", 54))
    s.centred(mm(56), "生效证明书", font("serif_bold", 72), spacing=18)
    s.right(s.width - mm(28), mm(80), f"（{c.basis_effective.year}）兵1201证{rng.randint(10, 300)}号", font("serif", 34))
    blocks: list[Block] = [
        ("f", f"{c.applicant.name}："),
        ("p", f"本院审理的原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院作出的{c.basis_number}民事判决书，"
              f"已于{num_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。")]
    y = flow(s, blocks, font("serif", 38), x0=mm(30), width=s.width - mm(56), y=mm(100), line_height=70, indent=76)
    day = cn_date(c.basis_effective + timedelta(days=rng.randint(3, 12)))
    s.right(s.width - mm(36), y + mm(30), day, font("serif", 38))
    seal(s, s.width - mm(70), y + mm(32), BINGTUAN, rng)
    s.text(mm(30), s.height - mm(50), "注：本证明书仅证明上述法律文书的生效时间。", font("serif", 30))
    return s


def _trial_paper(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's trial division (民一庭/速裁团队): a judgment or a 调解书 — the court's name and title bilingual,
    as the court prints its trial papers too, but laid out the trial way (Song, 「- n -」 footer)."""
    a, r = c.applicant, c.respondent
    judged = c.basis_effective - timedelta(days=rng.randint(16, 28))
    if c.extra["tale"] == "loan":
        g1, g2 = c.extra["guarantors"]
        title = "民 事 判 决 书"
        ug_title = "ھەق تەلەپ ھۆكۈمنامىسى"
        blocks: list[Block] = [
            ("f", _party(a, "原告")), ("f", _party(r, "被告")), ("f", f"被告：{g1}，女，住乌鲁木齐市天山区。"),
            ("f", f"被告：{g2}，住乌鲁木齐市天山区。"),
            ("p", f"原告{a.name}与被告{r.name}、{g1}、{g2}民间借贷纠纷一案，本院立案后依法适用简易程序公开开庭进行了审理。本案现已审理终结。"),
            ("p", f"本院认定：{num_date(c.extra['lent_on'])}，被告{r.name}向原告借款{c.amount}元，约定{c.extra['rate']}，由被告{g1}、{g2}"
                  "在借条上作为担保人签字，承担连带保证责任。借款到期后，被告未予归还。"),
            ("p", "本院认为，合法的借贷关系受法律保护。依照《中华人民共和国民法典》第六百七十四条、第六百七十六条、第六百八十八条之规定，判决如下："),
            ("p", f"一、被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{c.amount}元及利息；"),
            ("p", f"二、被告{g1}、{g2}对上述债务承担连带清偿责任，承担保证责任后有权向被告{r.name}追偿。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。"),
            ("p", "如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状，上诉于新疆维吾尔自治区乌鲁木齐市中级人民法院。")]
        signers = [f"审判员　{person_name(rng)}", f"法官助理　{person_name(rng)}", f"书记员　{person_name(rng)}"]
    else:
        title = "民 事 调 解 书"
        ug_title = "ھەق تەلەپ مۇرەسسە خېتى"
        months = c.extra["months"]
        blocks = [
            ("f", _party(a, "原告")), ("f", _party(r, "被告")), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"原告{a.name}与被告{r.name}房屋租赁合同纠纷一案，本院于2023年立案后依法适用简易程序进行了审理。"),
            ("p", f"原告诉称：被告承租原告所有的{c.extra['shop']}经营餐饮，拖欠租金{months}个月，经催要未付，请求判令被告支付欠付租金。"),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}于{num_date(judged + timedelta(days=30))}前一次性向原告{a.name}支付欠付租金{c.amount}元；"),
            ("p", "二、双方租赁合同于本调解书签收之日解除，被告于十日内腾退商铺；"),
            ("p", "三、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。")]
        signers = [f"审判员　{person_name(rng)}", f"书记员　{person_name(rng)}"]
    head = [("", 34, "serif"), (COURT, 50, "serif_bold"), ("", 34, "serif"), (title, 64, "serif_bold")]
    pages = _song_pages(head, c.basis_number, blocks, rng, court=COURT, when=judged, signers=signers, left=mm(31), right=mm(27),
                        stamp_text="本件与原本核对无异")
    ug_line(pages[0], mm(30) - 4, UG_COURT, 32)
    ug_line(pages[0], mm(30) + 34 * 1.7 + 50 * 1.7 - 4, ug_title, 34)
    return pages


# --- the lawyer's papers -----------------------------------------------------------------------------------------


def _letterhead(s: Sheet, c: CaseCtx) -> float:
    s.text(mm(22), mm(16), c.firm, font("hei", 48), fill=FIRM_BLUE)
    s.text(mm(22), mm(28), "XINJIANG LAW FIRM", font("sans", 22), fill=FIRM_BLUE, record=False)
    s.right(s.width - mm(20), mm(18), f"地址：{c.extra['firm_addr']}", font("sans", 24))
    s.right(s.width - mm(20), mm(25), f"电话：0991-{2000000 + int(c.extra['licence'][-6:]) % 900000}", font("sans", 24))
    s.draw.rectangle((mm(22), mm(34), s.width - mm(20), mm(35.2)), fill=FIRM_BLUE)
    return mm(46)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    y = _letterhead(s, c)
    s.centred(y, "强制执行申请书", font("hei", 60), spacing=6)
    y += mm(16)
    req = [f"1. 请求强制执行被申请人支付{'借款本金' if t == 'loan' else ('货款' if t == 'goods' else '欠付租金')}{c.amount}元；",
           "2. 请求强制执行被申请人支付迟延履行期间的债务利息（计算至实际清偿之日）；",
           "3. 本案执行费用由被申请人负担。"]
    if t == "loan":
        req.insert(1, f"   担保人{'、'.join(c.extra['guarantors'])}对上述款项承担连带清偿责任；")
    rep = f"法定代表人：{a.legal_rep}" if a.kind == "organisation" else f"公民身份号码：{a.id_number}"
    blocks: list[Block] = [
        ("f", f"申请执行人：{a.name}"), ("f", f"住所：{a.address}"), ("f", f"{rep}　　联系电话：{a.phone}"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
        ("f", f"被申请人：{r.name}"), ("f", f"住所：{r.address}"),
        ("f", f"{'统一社会信用代码' if r.kind == 'organisation' else '公民身份号码'}：{r.id_number}"),
        ("h", "执行请求："), *[("f", q) for q in req],
        ("h", "事实与理由："),
        ("p", f"申请人与被申请人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}"
              f"{'民事调解书' if t == 'rent' else '民事判决书'}，已于{num_date(c.basis_effective)}发生法律效力。被申请人至今未履行"
              f"{'调解书' if t == 'rent' else '判决书'}确定的义务。为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》"
              "第二百四十七条之规定，特向贵院申请强制执行。"),
        ("f", "此致"), ("f", COURT)]
    y = flow(s, blocks, font("sans", 34), x0=mm(25), width=s.width - mm(48), y=y, line_height=60, indent=68)
    s.right(s.width - mm(30), y + 40, f"申请人：{a.name}", font("sans", 34))
    if a.kind == "organisation":
        seal(s, s.width - mm(60), y + 60, a.name, rng, radius=mm(19))
    else:
        signature(s, s.width - mm(48), y + 90, a.name, rng)
    s.right(s.width - mm(30), y + 170, num_date(c.filed_on - timedelta(days=rng.randint(1, 5))), font("sans", 34))
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _letterhead(s, c)
    s.centred(y, "律 师 事 务 所 函", font("hei", 58))
    s.right(s.width - mm(22), y + mm(13), f"新{c.firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(20, 400)}号", font("sans", 30))
    blocks: list[Block] = [
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的代理人。"),
        ("p", "特此函告。"), ("f", "附：授权委托书一份、律师执业证复印件一份。")]
    y = flow(s, blocks, font("sans", 36), x0=mm(25), width=s.width - mm(48), y=y + mm(26), line_height=64, indent=72)
    s.right(s.width - mm(30), y + 60, c.firm, font("sans", 36))
    s.right(s.width - mm(30), y + 130, num_date(c.filed_on - timedelta(days=2)), font("sans", 36))
    seal(s, s.width - mm(58), y + 90, c.firm, rng)
    s.text(mm(25), s.height - mm(30), f"律师联系方式：{c.agent_phone}", font("sans", 28))
    return s


def _attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    """授权委托书: the firm's printed form, the scope ticked and signed by hand."""
    s = Sheet()
    s.centred(mm(24), "授 权 委 托 书", font("hei", 64))
    a = c.applicant
    w = s.width - mm(44)
    rows = [["委托人", a.name], ["住所", a.address], ["受托人", f"{c.agent}　{c.firm}律师　电话{c.agent_phone}"],
            ["案件", f"{a.name}与{c.respondent.name}{c.extra['cause']}执行一案"],
            ["代理权限", ""], ["委托期限", "自签订之日起至本案执行终结止"]]
    y = table(s, mm(22), mm(44), [mm(36), w - mm(36)], rows, font("sans", 32),
              row_h=[mm(16), mm(16), mm(16), mm(20), mm(60), mm(16)], centre_first=True)
    box_y = mm(44) + mm(16) * 3 + mm(20)
    opts = ["代为申请执行", "代为提供财产线索", "代为参加执行听证、约谈", "代为承认、放弃、变更执行请求",
            "代为进行执行和解", "代为签收法律文书", "代为领取执行款"]
    for k, o in enumerate(opts):
        yy = box_y + mm(4) + k * mm(7.8)
        s.box(mm(62), yy + 6, mm(62) + 28, yy + 34, width=2)
        s.text(mm(62) + 44, yy, o, font("sans", 30))
        hand(s, mm(62) + 2, yy - 4, "✓" if k != 6 or rng.random() < 0.8 else "", rng, size=40, record=False)
    s.text(mm(100), y + mm(16), "委托人（签名或盖章）：", font("sans", 34))
    if a.kind == "organisation":
        seal(s, mm(160), y + mm(20), a.name, rng)
    else:
        signature(s, mm(150), y + mm(13), a.name, rng)
    hand(s, mm(130), y + mm(34), num_date(c.filed_on - timedelta(days=3)), rng, size=38, ink=INK)
    return s


def _licence_card(c: CaseCtx, rng: random.Random) -> Sheet:
    """A copy of the 律师执业证's two inner pages, cut to the card's size."""
    s = Sheet(size=(mm(150), mm(105)), paper=(250, 250, 246))
    s.box(mm(4), mm(4), mm(146), mm(101), width=2)
    s.line(mm(75), mm(4), mm(75), mm(101), width=1)
    s.centred(mm(10), "中华人民共和国", font("serif_bold", 32), x0=mm(75), x1=mm(146))
    s.centred(mm(18), "律师执业证", font("serif_bold", 46), x0=mm(75), x1=mm(146))
    s.draw.rectangle((mm(12), mm(12), mm(40), mm(48)), fill=(196, 202, 210))
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]), ("持证人", c.agent)]
    y = mm(34)
    for k, v in rows:
        s.text(mm(80), y, f"{k}：{v}" if len(v) < 12 else f"{k}：", font("sans", 24))
        if len(v) >= 12:
            s.text(mm(84), y + 32, v, font("sans", 24))
            y += 32
        y += 44
    s.text(mm(10), mm(56), "发证机关：新疆维吾尔自治区司法厅", font("sans", 22))
    s.text(mm(10), mm(64), f"发证日期：{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月", font("sans", 22))
    seal(s, mm(52), mm(80), "新疆维吾尔自治区司法厅", rng, radius=mm(13))
    return s


# --- identity papers ---------------------------------------------------------------------------------------------


def _id_card(c: CaseCtx, p: Party, rng: random.Random) -> Sheet:
    """The ID card's two sides copied one above the other on a slip; a Uyghur holder's card is bilingual — each field's
    Uyghur label above the Chinese, the name in both scripts."""
    ug_name = dict(c.extra.get("ug", {})).get(p.name, "")
    s = Sheet(size=(mm(100), mm(138)), paper=(248, 248, 245))
    card_w, card_h = mm(85.6), mm(54)
    x0, y0 = mm(7), mm(8)
    s.draw.rounded_rectangle((x0, y0, x0 + card_w, y0 + card_h), radius=mm(3), outline=(120, 120, 120), width=2,
                             fill=(236, 238, 240))
    f, lab = font("hei", 23), font("hei", 20)
    ul = ug_font(18)
    born = p.born or date(1980, 1, 1)
    fields = [("ئىسمى", "姓名", p.name), ("جىنسى", "性别", f"{p.sex}　　民族　{'维吾尔' if ug_name else '汉'}"),
              ("تۇغۇلغان ۋاقتى", "出生", f"{born.year}年{born.month}月{born.day}日"), ("ئادرېسى", "住址", p.address)]
    y = y0 + mm(5)
    for ug_label, label, value in fields:
        if ug_name:
            s.draw.text((x0 + mm(4), y - 2), ug_label, font=ul, fill=(60, 90, 140), direction="rtl", language="ug")
            y += mm(3.6)
        s.text(x0 + mm(3), y, label, lab, fill=(60, 90, 140))
        if label == "姓名" and ug_name:
            s.draw.text((x0 + mm(13), y - mm(4.6)), ug_name, font=ug_font(24, True), fill=INK, direction="rtl",
                        language="ug")
        if label == "住址" and len(value) > 11:
            s.text(x0 + mm(13), y, value[:11], f)
            s.text(x0 + mm(13), y + mm(4.2), value[11:], f)
            y += mm(4.2)
        else:
            s.text(x0 + mm(13), y, value, f)
        y += mm(6.2)
    s.draw.rectangle((x0 + mm(60), y0 + mm(7), x0 + mm(81), y0 + mm(34)), fill=(205, 210, 216))
    if ug_name:
        s.draw.text((x0 + mm(4), y0 + card_h - mm(10.5)), "كىملىك نومۇرى", font=ul, fill=(60, 90, 140),
                    direction="rtl", language="ug")
    s.text(x0 + mm(3), y0 + card_h - mm(7), "公民身份号码", lab, fill=(60, 90, 140))
    s.text(x0 + mm(26), y0 + card_h - mm(7.5), p.id_number, font("sans_bold", 27))
    y1 = y0 + card_h + mm(8)
    s.draw.rounded_rectangle((x0, y1, x0 + card_w, y1 + card_h), radius=mm(3), outline=(120, 120, 120), width=2,
                             fill=(238, 240, 236))
    s.draw.ellipse((x0 + mm(4), y1 + mm(4), x0 + mm(18), y1 + mm(18)), outline=RED, width=3)
    if ug_name:
        s.draw.text((x0 + mm(24), y1 + mm(4)), "جۇڭخۇا خەلق جۇمھۇرىيىتى", font=ug_font(22), fill=INK, direction="rtl",
                    language="ug")
    s.text(x0 + mm(24), y1 + mm(10), "中华人民共和国", font("hei", 30))
    s.text(x0 + mm(18), y1 + mm(19), "居 民 身 份 证", font("hei", 40))
    start = date(rng.randint(2014, 2021), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x0 + mm(8), y1 + mm(36), "签发机关　乌鲁木齐市公安局天山区分局", font("hei", 20))
    s.text(x0 + mm(8), y1 + mm(43), f"有效期限　{start:%Y.%m.%d}-{start.year + 20}.{start:%m.%d}", font("hei", 20))
    hand(s, mm(10), s.height - mm(10), "此复印件仅供法院执行使用", rng, size=26, ink=BLUE_INK)
    return s


def _business_licence(c: CaseCtx, p: Party, rng: random.Random) -> Sheet:
    """营业执照副本 copy: the national emblem's place, the register's grid of fields, the 市场监督管理局's red seal;
    the party's seal over 「与原件一致」."""
    s = Sheet(paper=(252, 251, 248))
    s.box(mm(14), mm(14), s.width - mm(14), s.height - mm(40), width=6, outline=(150, 120, 60))
    s.draw.ellipse((s.width / 2 - mm(12), mm(24), s.width / 2 + mm(12), mm(48)), outline=(150, 120, 60), width=4)
    s.centred(mm(54), "营 业 执 照", font("serif_bold", 88))
    s.centred(mm(74), "（副　　本）", font("serif", 36))
    s.text(mm(26), mm(90), f"统一社会信用代码　{p.id_number}", font("serif", 32))
    founded = date(rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28))
    cap = rng.choice([100, 200, 500, 1000])
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "农业生产资料、化肥、农膜、滴灌器材的销售" if "农资" in p.name else "日用百货、五金交电、建材、农副产品的销售"),
            ("注册资本", f"{cap}万元人民币"), ("成立日期", num_date(founded)), ("住　　所", p.address)]
    y = mm(104)
    for k, v in rows:
        s.text(mm(30), y, k, font("serif_bold", 32))
        s.text(mm(72), y, v[:30], font("serif", 32))
        if len(v) > 30:
            s.text(mm(72), y + 44, v[30:], font("serif", 32))
            y += 44
        y += mm(13)
    office = "新疆生产建设兵团第十二师市场监督管理局" if "农资" in p.name else "乌鲁木齐市天山区市场监督管理局"
    s.text(s.width - mm(110), s.height - mm(80), "登记机关", font("serif_bold", 32))
    seal(s, s.width - mm(70), s.height - mm(74), office, rng, radius=mm(18))
    s.right(s.width - mm(30), s.height - mm(56), num_date(founded + timedelta(days=rng.randint(300, 1500))), font("serif", 30))
    hand(s, mm(40), s.height - mm(32), "与原件一致", rng, size=46, ink=INK)
    seal(s, mm(70), s.height - mm(28), p.name, rng, radius=mm(17))
    return s


# --- money papers ------------------------------------------------------------------------------------------------


def _fee_slip(c: CaseCtx, rng: random.Random) -> Sheet:
    """新疆维吾尔自治区 非税收入 receipt slip for the 申请执行费, printed on a dot-matrix, torn off the roll."""
    s = Sheet(size=(mm(190), mm(98)), paper=(246, 244, 236))
    s.centred(mm(5), "新疆维吾尔自治区非税收入统一票据（电子）", font("sans_bold", 34), fill=(150, 40, 40))
    s.text(mm(8), mm(16), f"票据代码：65010123　　票据号码：{rng.randint(10**9, 10**10 - 1)}", font("mono", 22))
    s.text(mm(118), mm(16), f"开票日期：{c.day(1):%Y-%m-%d}", font("mono", 22))
    payer = c.applicant.name
    rows = [["交款人", payer, "统一社会信用代码", ""],
            ["项目名称", "申请执行费", "金额（元）", f"{c.extra['fee']:.2f}"],
            ["金额合计（大写）", money_caps(Decimal(c.extra["fee"]))],
            ["备注", f"{c.number}　执收单位：{COURT}"]]
    table(s, mm(6), mm(24), [mm(34), mm(70), mm(36), mm(38)], rows, font("mono", 22), row_h=mm(13), width=1,
          fill=(150, 40, 40))
    s.text(mm(8), mm(80), f"收款单位（章）：　　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", font("mono", 22))
    seal(s, mm(40), mm(82), "乌鲁木齐市天山区人民法院财务专用章", rng, radius=mm(12))
    return s


def _bank_slip(c: CaseCtx, rng: random.Random) -> Sheet:
    """A bank's 电子回单 for the respondent's payment into the court's account, printed at the counter."""
    bank = rng.choice(["中国工商银行", "乌鲁木齐银行", "中国建设银行"])
    s = Sheet(size=(mm(200), mm(95)), paper=(255, 255, 252))
    s.text(mm(8), mm(6), bank, font("hei", 36), fill=(170, 20, 30))
    s.centred(mm(7), "网上银行电子回单", font("sans_bold", 38))
    s.right(mm(194), mm(8), f"回单编号：{rng.randint(10**11, 10**12 - 1)}", font("sans", 20))
    payer = c.respondent
    rows = [["付款人", f"户名：{payer.name}", "收款人", f"户名：{COURT}"],
            ["", f"账号：{rng.randint(10**15, 10**16 - 1)}", "", f"账号：3002{rng.randint(10**11, 10**12 - 1)}"],
            ["金额", f"￥{c.amount:,.2f}　{money_caps(c.amount)}"],
            ["用途", f"{c.number}执行款"], ["交易时间", f"{c.extra['pay_day']:%Y-%m-%d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"]]
    table(s, mm(6), mm(20), [mm(22), mm(72), mm(22), mm(72)], rows, font("sans", 22), row_h=mm(11), width=1)
    seal(s, mm(168), mm(78), f"{bank}电子回单专用章", rng, radius=mm(12))
    return s


# --- forms filled by hand ---------------------------------------------------------------------------------------


def _form_head(s: Sheet, title: str, ug: str, y: float) -> float:
    ug_line(s, y, UG_COURT, 28)
    s.centred(y + 48, COURT, font("hei", 40))
    ug_line(s, y + 104, ug, 34, bold=True)
    s.centred(y + 160, title, font("hei", 56), spacing=4)
    return y + 250


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    """The bureau's bilingual window forms — 送达地址确认书 and 收取执行款账户确认书 — printed blank, filled in blue
    ballpoint by the applicant or the lawyer, signed and dated."""
    s = Sheet()
    a = c.applicant
    x0, w = mm(20), s.width - mm(40)
    if code == "service_address_confirmation":
        y = _form_head(s, "送达地址确认书", "يەتكۈزۈش ئادرېسىنى جەزملەشتۈرۈش خېتى", mm(16))
        labels = ["案号", "受送达人", "告知事项", "送达地址", "收件人", "联系电话", "是否同意电子送达", "电子送达方式",
                  "受送达人确认"]
        heights = [mm(13), mm(13), mm(44), mm(20), mm(13), mm(13), mm(13), mm(16), mm(34)]
        fills = [c.number, f"{a.name}（申请执行人）", "", a.address if rng.random() < 0.5 else c.extra["firm_addr"] + c.firm,
                 c.agent, c.agent_phone, "同意 ☑　不同意 □", f"手机短信 {c.agent_phone}", ""]
    else:
        y = _form_head(s, "收取执行款账户确认书", "ئىجرا پۇلىنى تاپشۇرۇۋېلىش ھېساباتىنى جەزملەشتۈرۈش خېتى", mm(16))
        labels = ["案号", "申请执行人", "告知事项", "户名", "开户行", "账号", "联系电话", "收款人签名"]
        heights = [mm(13), mm(13), mm(44), mm(13), mm(13), mm(13), mm(13), mm(34)]
        fills = [c.number, a.name, "", a.name, c.extra["in_bank"], " ".join(c.extra["in_acct"][i:i + 4] for i in range(0, 19, 4)),
                 a.phone, ""]
    boxes = grid_form(s, x0, y, [mm(44), w - mm(44)], [[lab, ""] for lab in labels], heights, font("hei", 28))
    notice = ("1.受送达人应如实提供送达地址，地址变更应及时书面告知法院；2.因地址不准确、拒不提供或变更未告知致法律文书"
              "未能实际接收的，文书退回之日视为送达之日。") if code == "service_address_confirmation" else \
             ("1.执行款将转入下列账户，账户须为申请执行人本人或本单位账户；2.账户信息有误或变更未告知的，由申请执行人承担"
              "相应后果；3.委托代理人代收的须有特别授权。")
    nb = boxes[5]
    yy = nb[1] + 14
    for k in range(0, len(notice), 30):
        s.text(nb[0] + 14, yy, notice[k:k + 30], font("ming", 27))
        yy += 40
    for i, v in enumerate(fills):
        if v:
            b = boxes[2 * i + 1]
            hand(s, b[0] + 18, b[1] + (b[3] - b[1]) / 2 - 22, v, rng, size=36 if len(v) < 26 else 30)
    sb = boxes[-1]
    signature(s, sb[0] + mm(20), sb[1] + mm(6), c.agent if code == "service_address_confirmation" else a.name, rng)
    d = c.filed_on
    hand(s, sb[0] + mm(70), sb[1] + mm(20), f"{d.year}年{d.month}月{d.day}日", rng, size=36)
    return s


def _clue_form(c: CaseCtx, rng: random.Random) -> Sheet:
    """财产线索提供表: the court's printed table; the lawyer has typed in what he knew, the rest left blank."""
    s = Sheet()
    y = _form_head(s, "被执行人财产线索提供表", "ئىجرا قىلىنغۇچىنىڭ مال مۈلۈك يىپ ئۇچى جەدۋىلى", mm(16))
    r = c.respondent
    t = str(c.extra["tale"])
    rows = [["财产类别", "财产线索具体情况（名称、所在地、账号、车牌号等）"],
            ["银行存款", f"{r.name}在乌鲁木齐银行开有账户，账号不详"],
            ["不动产", "不详" if t != "loan" else "二道桥片区自建房一处，未办证"],
            ["车辆", c.extra.get("plate", "不详") if t == "goods" else "不详"],
            ["股权、债权", "不详"], ["其他", "经营场所内的设备、存货" if t != "loan" else "在大巴扎经营干果摊位"]]
    w = s.width - mm(40)
    boxes = grid_form(s, mm(20), y, [mm(40), w - mm(40)], [[row[0], ""] for row in rows], [mm(14)] + [mm(22)] * 5,
                      font("hei", 30))
    for i, row in enumerate(rows):
        b = boxes[2 * i + 1]
        if i == 0:
            s.centred(b[1] + 26, row[1], font("hei", 28), x0=b[0], x1=b[2])
        else:
            hand(s, b[0] + 16, b[1] + mm(7), row[1], rng, size=34)
    yb = boxes[-1][3] + mm(14)
    s.text(mm(24), yb, "提供人：", font("hei", 32))
    signature(s, mm(48), yb - 8, c.agent, rng)
    s.text(mm(110), yb, f"日期：{num_date(c.filed_on)}", font("hei", 32))
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """财产申报表 — the court's bilingual table, filled by the respondent (or its legal representative) in black pen."""
    r = c.respondent
    s = Sheet()
    y = _form_head(s, "财产申报表", "مال مۈلۈك مەلۇم قىلىش جەدۋىلى", mm(14))
    s.text(mm(20), y - 4, f"案号：{c.number}", font("ming", 30))
    y += 50
    t = str(c.extra["tale"])
    items = [("收入情况", "无固定收入，摆摊每月约三千元" if t == "loan" else "停业，无经营收入"),
             ("银行存款", "农行卡一张，余额很少" if t == "loan" else "基本户一个，无余额"),
             ("现金、理财", "无"), ("房产、土地", "无" if t != "loan" else "与父母同住，房屋非本人所有"),
             ("车辆", "无" if t != "goods" else f"{c.extra['plate']}，已抵债给他人"),
             ("对外债权", "有，下游客户欠款，无法收回" if t == "goods" else "无"), ("股权投资", "无"),
             ("一年内财产变动", "无")]
    w = s.width - mm(40)
    rows = [["项目", "申报内容"], *[[k, ""] for k, _ in items]]
    boxes = grid_form(s, mm(20), y, [mm(44), w - mm(44)], rows, [mm(13)] + [mm(19)] * len(items), font("hei", 30))
    for i, (_, v) in enumerate(items, 1):
        b = boxes[2 * i + 1]
        hand(s, b[0] + 16, b[1] + mm(5), v, rng, size=36, ink=INK)
    yb = boxes[-1][3] + mm(10)
    s.text(mm(22), yb, "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", font("ming", 30))
    s.text(mm(22), yb + mm(14), "申报人（签名、捺印）：", font("ming", 32))
    signer = r.legal_rep or r.name
    ug = dict(c.extra.get("ug", {})).get(signer, "")
    if ug:
        s.draw.text((mm(80), yb + mm(9)), ug, font=ug_font(34), fill=INK, direction="rtl", language="ug")
        signature(s, mm(140), yb + mm(10), signer, rng)
    else:
        signature(s, mm(84), yb + mm(10), signer, rng)
    fp = Image.new("L", (mm(13), mm(16)), 0)
    d = ImageDraw.Draw(fp)
    for k in range(7):
        d.ellipse((k * 6, k * 8, mm(13) - k * 6, mm(16) - k * 8), outline=200 - k * 12, width=3)
    s.image.paste((200, 40, 45), (int(mm(168)), int(yb + mm(8))), fp)
    d0 = c.day(15)
    hand(s, mm(120), yb + mm(28), f"{d0.year}年{d0.month}月{d0.day}日", rng, size=36, ink=INK)
    return [s]


# --- inquiry results --------------------------------------------------------------------------------------------


def _inquiries(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 总对总 printout, a bank's 查询反馈 on its own paper and, for a case with a car, the 车管所's reply."""
    out = [_system_print(c, rng), _bank_feedback(c, rng)]
    if c.extra["tale"] == "goods":
        out.append(_dmv_reply(c, rng))
    for s in out[1:]:
        s.starts_document = True
    return out


def _system_print(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    f = font("sans", 24)
    s.text(mm(12), mm(10), "执行案件流程信息管理系统", font("sans", 22))
    s.right(s.width - mm(12), mm(10), f"打印时间：{c.day(6):%Y-%m-%d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", font("sans", 22))
    s.centred(mm(20), "网络执行查控系统　查询结果（总对总）", font("sans_bold", 40))
    r = c.respondent
    s.text(mm(14), mm(34), f"案号：{c.number}　　被查询人：{r.name}　　证照号码：{r.id_number}", f)
    rows = [["序号", "协执单位", "财产类型", "反馈结果", "反馈时间"]]
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "乌鲁木齐银行", "新疆农村信用社",
             "公安部交通管理局", "自然资源部", "中国证券登记结算", "支付宝（中国）", "财付通"]
    for i, u in enumerate(units, 1):
        kind = "车辆" if "交通" in u and "银行" not in u else ("不动产" if "自然" in u else
                                                             ("证券" if "证券" in u else ("网络资金" if u in ("支付宝（中国）", "财付通") else "存款")))
        res = "未查询到财产信息"
        if kind == "车辆" and c.extra["tale"] == "goods":
            res = f"小型普通客车 {c.extra['plate']}"
        elif kind == "存款" and i == 6:
            res = f"活期存款 余额{rng.randint(3, 900)}.{rng.randint(10, 99)}元"
        rows.append([str(i), u, kind, res, f"{c.day(6 + rng.randint(0, 2)):%m-%d}"])
    w = s.width - mm(24)
    table(s, mm(12), mm(42), [mm(14), mm(50), mm(24), w - mm(14 + 50 + 24 + 30), mm(30)], rows, f, row_h=mm(10), width=1)
    s.text(mm(14), s.height - mm(20), "第1页/共1页", font("sans", 22))
    return s


def _bank_feedback(c: CaseCtx, rng: random.Random) -> Sheet:
    bank = rng.choice(["中国农业银行乌鲁木齐分行", "乌鲁木齐银行股份有限公司", "中国建设银行新疆区分行"])
    s = Sheet()
    s.text(mm(22), mm(16), bank.split("股份")[0], font("serif_bold", 40), fill=(0, 110, 90))
    s.line(mm(22), mm(26), s.width - mm(22), mm(26), width=3, fill=(0, 110, 90))
    s.centred(mm(36), "协助存款查询反馈回执", font("serif_bold", 52))
    r = c.respondent
    blocks: list[Block] = [
        ("f", f"{COURT}："),
        ("p", f"贵院{c.number}协助查询通知书收悉。经查，被查询人{r.name}（证件号码{r.id_number}）在我行开立账户情况如下："),
    ]
    y = flow(s, blocks, font("serif", 34), x0=mm(24), width=s.width - mm(48), y=mm(54), line_height=60, indent=68)
    rows = [["账号", "账户性质", "余额（元）", "冻结情况"],
            [f"{rng.randint(10**15, 10**16 - 1)}", "结算账户" if r.kind == "organisation" else "借记卡",
             f"{rng.randint(0, 500)}.{rng.randint(10, 99)}", "无"]]
    y = table(s, mm(24), y + 20, [mm(62), mm(34), mm(34), s.width - mm(48 + 130)], rows, font("serif", 30), row_h=mm(13), width=2)
    s.text(mm(24), y + 40, "特此回复。", font("serif", 34))
    s.text(mm(24), y + 110, f"经办人：{person_name(rng)}　　复核人：{person_name(rng)}", font("serif", 32))
    s.right(s.width - mm(30), y + 200, num_date(c.day(8)), font("serif", 34))
    seal(s, s.width - mm(62), y + 200, f"{bank}业务专用章", rng)
    return s


def _dmv_reply(c: CaseCtx, rng: random.Random) -> Sheet:
    """乌鲁木齐市公安局交通管理局车辆管理所's reply: a registration extract in its own table, its seal."""
    s = Sheet()
    s.centred(mm(20), "乌鲁木齐市公安局交通管理局车辆管理所", font("hei", 46))
    s.centred(mm(34), "机动车登记信息查询结果", font("hei", 56))
    s.line(mm(20), mm(46), s.width - mm(20), mm(46), width=2, fill=RED)
    r = c.respondent
    rows = [["号牌号码", c.extra["plate"], "号牌种类", "小型汽车"],
            ["车辆类型", "小型普通客车", "品牌型号", rng.choice(["长城牌CC6470", "五菱牌LZW6447", "丰田牌TV7180"])],
            ["机动车所有人", r.name], ["身份证明号码", r.id_number],
            ["初次登记日期", f"{rng.randint(2016, 2021)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "机动车状态", "正常"],
            ["抵押登记", "无", "查封情况", "无"]]
    w = s.width - mm(44)
    table(s, mm(22), mm(56), [mm(42), (w - mm(84)) / 2, mm(42), (w - mm(84)) / 2], rows, font("hei", 30), row_h=mm(15), width=2)
    blocks: list[Block] = [
        ("f", f"{COURT}："),
        ("p", f"你院{c.number}协助查询函收悉，现将被查询人名下机动车登记信息提供如上。该车辆已由你院办理查封登记。")]
    y = flow(s, blocks, font("sans", 34), x0=mm(24), width=s.width - mm(48), y=mm(160), line_height=62, indent=68)
    s.right(s.width - mm(30), y + 100, num_date(c.day(9)), font("sans", 34))
    seal(s, s.width - mm(64), y + 96, "乌鲁木齐市公安局交通管理局车辆管理所", rng)
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> Sheet:
    """执行和解协议: typed by the applicant's lawyer in the firm's template, signed by both sides (and the guarantors)."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(24), "执行和解协议", font("sans_bold", 62), spacing=8)
    pay = c.extra["pay_day"]
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲乙双方就{c.number}{c.extra['cause']}执行一案，经{COURT}主持，自愿达成和解协议如下："),
        ("p", f"一、乙方于{num_date(pay)}前一次性向{COURT}执行款专户支付{money(c.amount)}，甲方放弃迟延履行期间的债务利息；"),
        ("p", "二、乙方按期足额履行后，本案执行完毕，甲方不再向乙方主张任何权利；"),
        ("p", "三、乙方逾期未履行的，甲方有权申请恢复执行原生效法律文书；"),
        ("p", "四、本协议一式三份，双方各执一份，交法院存卷一份。")]
    if c.extra["tale"] == "loan":
        blocks.insert(2, ("f", f"丙方（担保人）：{'、'.join(c.extra['guarantors'])}"))
        blocks[-1] = ("p", "四、丙方对乙方上述付款义务继续承担连带责任。")
        blocks.append(("p", "五、本协议一式四份，各方各执一份，交法院存卷一份。"))
    y = flow(s, blocks, font("sans", 36), x0=mm(25), width=s.width - mm(50), y=mm(46), line_height=64, indent=72)
    y += 60
    s.text(mm(25), y, "甲方：", font("sans", 36))
    signature(s, mm(45), y - 8, a.name, rng)
    s.text(mm(110), y, "乙方：", font("sans", 36))
    if r.kind == "organisation":
        seal(s, mm(150), y + 20, r.name, rng)
    else:
        signature(s, mm(130), y - 8, r.name, rng)
        ug = dict(c.extra.get("ug", {})).get(r.name, "")
        if ug:
            s.draw.text((mm(130), y + mm(9)), ug, font=ug_font(30), fill=BLUE_INK, direction="rtl", language="ug")
    if c.extra["tale"] == "loan":
        y += 120
        s.text(mm(25), y, "丙方：", font("sans", 36))
        for k, g in enumerate(c.extra["guarantors"]):
            signature(s, mm(45) + k * mm(75), y - 8, g, rng)
    d = c.day(31)
    hand(s, mm(110), y + 140, f"{d.year}年{d.month}月{d.day}日", rng, size=40, ink=INK)
    return s

