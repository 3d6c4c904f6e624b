"""What the 下陆 bureau receives, in its senders' styles: the civil division's judgment and 调解书 in AR PL 明体 with a
centred "- n -" folio; the lawyers' applications in 微米黑 under a bold sans title; a law firm's letter on a red
letterhead; ID cards, a 个体工商户 licence and company licences copied onto A4; the 非税 slip; the window's forms filled
in by hand; the 查控 printout in a monospaced sans; the settlement typed by the parties with its instalment table; bank
回单 and handwritten 收条, one per instalment. Most of them reach the file as copies of copies (the generation each
sheet carries)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import RED, Sheet, hand, mm, seal, signature
from dossier.corpus.families.court_gj_kit import (
    COURT,
    Flow,
    L,
    R,
    T,
    copies,
    form_title,
    heavy,
    number_pages,
    pen,
    ruled,
    serif,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def usc_92(rng: random.Random, region: str) -> str:
    """An individual business's unified social credit code (92…), check character per GB 32100."""
    body = "92" + region + "".join(rng.choice(USCC) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + USCC[0 if check == 31 else check]


def ming(size: int = 40) -> Font:
    return font("ming", size)


def micro(size: int = 40) -> Font:
    return font("microhei", size)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gj import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return copies(_judgment(c, rng), 2)
    if code == "effectiveness_certificate":
        return copies(_in_effect(c, rng), 1)
    if code == "enforcement_application":
        return copies(_application(c, rng), rng.choice([0, 1]))
    if code == "power_of_attorney":
        return copies(_attorney(c, rng), 1)
    if code == "law_firm_letter":
        return copies(_firm_letter(c, rng), 0)
    if code == "lawyer_license":
        return copies(_licence_card(c, rng), 3)
    if code == "identity_proof":
        if "respondent" in served:
            p = c.respondent
            if "shop" in c.extra:
                return copies(_shop_licence(c, rng), 3) + copies(_ids([p], rng, "经营者身份证复印件"), 2)
        else:
            p = c.applicant
        if p.kind == "organisation":
            return copies(_company_licence(p, c, rng), rng.choice([2, 3]))
        from dossier.corpus.families.court_gj import applicants

        return copies(_ids(applicants(c), rng, "申请执行人身份证复印件"), rng.choice([2, 3]))
    if code == "fee_receipt":
        return copies(_fee_slip(c, rng), 2)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return copies(_window_form(code, c, rng, d), 1)
    if code == "online_inquiry_result":
        return copies(_inquiry(c, rng, d), rng.choice([0, 1]))
    if code == "settlement_agreement":
        return copies(_settlement(c, rng, d), 1)
    if code == "payment_voucher":
        return _vouchers(c, rng)
    raise KeyError(code)


def _who(c: CaseCtx, p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    b = p.born or date(1980, 1, 1)
    tail = f"系{c.extra['shop']}（个体工商户）经营者" if p is c.respondent and "shop" in c.extra else "汉族"
    return f"{p.name}，{p.sex}，{b.year}年{b.month}月{b.day}日出生，{tail}，住{p.address}，公民身份号码{p.id_number}。"


def _apps(c: CaseCtx) -> list[Party]:
    from dossier.corpus.families.court_gj import applicants

    return applicants(c)


def _story(c: CaseCtx) -> tuple[str, str]:
    """What the civil division found and ordered, in its words."""
    t = c.extra["tale"]
    a, r = "、".join(p.name for p in _apps(c)), c.respondent.name
    if t == "mill":
        found = (f"原告{a}自2022年3月起向被告{r}供应{c.extra['goods']}，双方按月对账。截至2022年12月，被告尚欠货款"
                 f"{c.amount:,.2f}元，经原告多次催收未付。被告对欠款数额无异议，辩称因钢材行情下行、资金周转困难暂时无力支付。")
        order = f"被告{r}于本判决生效之日起十日内向原告{a}支付货款{money(c.amount)}。"
    elif t == "bakery":
        found = (f"原告{a}系夫妻，共同经营{c.extra['bakery']}。2022年中秋前，被告{r}为其磁湖边餐厅的中秋宴席及团购向原告"
                 f"订购{c.extra['goods']}，原告分三批送货，被告经理签收，尚欠货款{c.amount:,.2f}元未付。")
        order = f"被告{r}于本判决生效之日起十日内向原告{a}支付货款{money(c.amount)}。"
    else:
        found = (f"原告{a}向被告{r}经营的{c.extra['shop']}供应{c.extra['goods']}，被告以个体工商户名义赊购，尚欠货款"
                 f"{c.amount:,.2f}元。经本院主持调解，双方自愿达成协议。")
        order = f"被告{r}于2023年12月31日前向原告{a}一次性支付货款{money(c.amount)}；逾期未付的，原告可申请强制执行。"
    return found, order


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 判决书/调解书: 明体, no rule under the number, a centred "- n -" folio, the 核对 stamp."""
    mediation = c.extra["tale"] == "cement"
    fl = Flow(T + 10, left=mm(27), right=mm(27))
    s = fl.s
    s.centred(fl.y, COURT, ming(52), spacing=2)
    s.centred(fl.y + 84, "民事调解书" if mediation else "民事判决书", font("serif_bold", 66), spacing=40)
    fl.y += 200
    fl.flush_right(c.basis_number, ming(38), lead=80)
    f = ming(40)
    for p in _apps(c):
        fl.para(f"原告：{_who(c, p)}", f, lead=68)
    if len(_apps(c)) == 1 or c.extra["tale"] == "mill":
        fl.para(f"委托诉讼代理人：{c.agent}，{c.firm}律师。", f, lead=68)
    fl.para(f"被告：{_who(c, c.respondent)}", f, lead=68)
    found, order = _story(c)
    a, r = "、".join(p.name for p in _apps(c)), c.respondent.name
    fl.para(f"原告{a}与被告{r}{c.extra['cause']}一案，本院立案后，依法适用简易程序进行了审理。", f, lead=68, indent=80)
    fl.para(found, f, lead=68, indent=80)
    if mediation:
        fl.para("双方当事人自愿达成如下协议：", f, lead=68, indent=80)
        fl.para(f"一、{order}", f, lead=68, indent=80)
        fl.para("二、案件受理费减半收取，由被告负担。", f, lead=68, indent=80)
        fl.para("上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。", f, lead=68, indent=80)
    else:
        fl.para("本院认为，双方之间的买卖合同关系合法有效。原告已履行供货义务，被告应按约支付货款。依照《中华人民共和国民法典》"
                "第五百七十七条、第六百二十六条的规定，判决如下：", f, lead=68, indent=80)
        fl.para(order, f, lead=68, indent=80)
        fl.para("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                "迟延履行期间的债务利息。案件受理费减半收取，由被告负担。", f, lead=68, indent=80)
        fl.para("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于湖北省黄石市中级人民法院。",
                f, lead=68, indent=80)
    fl.room(330)
    s = fl.s
    y = fl.y + 50
    x = s.width - mm(27) - mm(58)
    s.text(x, y, "审判员", f, spacing=16)
    s.text(x + mm(28), y, c.judge, f)
    d = c.basis_effective - timedelta(days=16)
    s.right(s.width - mm(31), y + 90, cn_date(d), f)
    seal(s, s.width - mm(62), y + 96, COURT, rng, radius=mm(20))
    s.text(x, y + 170, "书记员", f, spacing=16)
    s.text(x + mm(28), y + 170, person_name(rng), f)
    stamp_y = y + 250
    s.box(mm(27), stamp_y, mm(27) + mm(58), stamp_y + mm(10), width=3, outline=RED)
    s.text(mm(30), stamp_y + mm(2), "本件与原本核对无异", font("kai", 32), fill=RED)
    n = len(fl.sheets)
    for i, sh in enumerate(fl.sheets, 1):
        sh.centred(sh.height - mm(14), f"- {i} -", ming(30))
        if i > 1:
            sh.page_of = (i, n)
    return fl.sheets


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(T + 20, COURT, ming(50), spacing=2)
    s.centred(T + 110, "生效证明书", font("serif_bold", 68), spacing=20)
    y = T + 250
    fl = Flow(y, left=mm(27), right=mm(27))
    fl.sheets = [s]
    a = "、".join(p.name for p in _apps(c))
    fl.para(f"原告{a}与被告{c.respondent.name}{c.extra['cause']}一案，本院于{cn_date(c.basis_effective - timedelta(days=16))}"
            f"作出的{c.basis_number}民事判决书，已于{cn_date(c.basis_effective)}发生法律效力。", ming(42), lead=74, indent=84)
    fl.para("特此证明。", ming(42), lead=74, indent=84)
    s.right(s.width - mm(34), fl.y + 120, "民事审判第二庭", ming(42))
    s.right(s.width - mm(34), fl.y + 200, cn_date(c.filed_on - timedelta(days=5)), ming(42))
    seal(s, s.width - mm(70), fl.y + 170, f"{COURT}民事审判第二庭", rng, radius=mm(21))
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's 强制执行申请书: 微米黑 body, bold sans title with no court header, the requests numbered in 1. 2. 3."""
    fl = Flow(T + mm(6), left=mm(26), right=mm(26))
    fl.s.centred(fl.y, "强制执行申请书", heavy(64), spacing=8)
    fl.y += 140
    f = micro(39)
    for p in _apps(c):
        fl.para(f"申请执行人：{_who(c, p)}", f, lead=64)
    fl.para(f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。", f, lead=64)
    fl.para(f"被执行人：{_who(c, c.respondent)}", f, lead=64)
    fl.y += 16
    fl.para("申请事项：", heavy(40), lead=66)
    for k, t in enumerate([f"强制执行{c.basis_court}{c.basis_number}"
                           f"{'民事调解书' if c.extra['tale'] == 'cement' else '民事判决书'}，责令被执行人支付{money(c.amount)}；",
                           "责令被执行人加倍支付迟延履行期间的债务利息；",
                           "对被执行人采取限制消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；",
                           "本案执行费用由被执行人负担。"], 1):
        fl.para(f"{k}. {t}", f, lead=64, indent=40, hang=80)
    fl.para("事实与理由：", heavy(40), lead=66)
    found, _ = _story(c)
    fl.para(found + f"该法律文书已于{num_date(c.basis_effective)}发生法律效力，被执行人至今未履行。为维护申请执行人的合法权益，"
            "特依法申请强制执行。", f, lead=64, indent=78)
    fl.para("此致", f, lead=64, indent=78)
    fl.para(COURT, f, lead=90)
    fl.room(220)
    s = fl.s
    y = fl.y + 10
    s.right(s.width - mm(60), y, "申请执行人：", f)
    x = s.width - mm(58)
    for p in _apps(c):
        if p.kind == "organisation":
            seal(s, x + mm(20), y + 20, p.name, rng, radius=mm(18))
        else:
            signature(s, x, y - 10, p.name, rng)
            x += mm(26)
    s.right(s.width - mm(26), y + 130, num_date(c.filed_on - timedelta(days=2)), f)
    return number_pages(fl.sheets, micro(28))


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(T, "授权委托书", heavy(62), spacing=34)
    y = T + 150
    apps = _apps(c)
    rows = [["委托人", "、".join(p.name for p in apps)], ["受委托人", f"{c.agent}，{c.firm}律师"],
            ["联系电话", c.agent_phone], ["案　件", f"申请执行{c.respondent.name}{c.extra['cause']}一案"]]
    w = s.width - L - R
    ruled(s, L, y, [mm(36), w - mm(36)], rows, micro(34), heights=mm(16))
    y += mm(16) * 4 + 60
    fl = Flow(y)
    fl.sheets = [s]
    f = micro(38)
    fl.para("现委托上列受委托人在我方与被执行人的执行案件中，作为我方的代理人。代理权限为：特别授权，包括代为申请执行、"
            "提供财产线索、参加询问和谈话、代为达成、签署执行和解协议、代为领取执行款、代为签收法律文书。", f, lead=64, indent=76)
    fl.para("委托期限：自签署之日起至本案执行终结之日止。", f, lead=64, indent=76)
    y2 = fl.y + 60
    s.text(s.width - mm(110), y2, "委托人（签名或盖章）：", micro(36))
    x = s.width - mm(100)
    for p in apps:
        if p.kind == "organisation":
            seal(s, x + mm(40), y2 + mm(22), p.name, rng, radius=mm(18))
        else:
            signature(s, x, y2 + mm(10), p.name, rng, ink=(30, 40, 110))
            x += mm(30)
    s.text(s.width - mm(110), y2 + mm(40), num_date(c.filed_on - timedelta(days=3)), micro(36))
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(T - mm(8), c.firm, font("serif_bold", 66), spacing=8, fill=RED)
    s.line(L, T + 70, s.width - R, T + 70, width=6, fill=RED)
    s.line(L, T + 82, s.width - R, T + 82, width=2, fill=RED)
    s.right(s.width - R, T + 110, f"鄂{c.firm[2:4]}律函〔2024〕第{rng.randint(12, 260)}号", serif(34))
    s.centred(T + 190, "律师事务所函", heavy(60), spacing=26)
    fl = Flow(T + 320)
    fl.sheets = [s]
    f = serif(40)
    fl.para(f"{COURT}：", f, lead=70)
    fl.para(f"本所接受{'、'.join(p.name for p in _apps(c))}的委托，指派{c.agent}律师担任其与{c.respondent.name}"
            f"{c.extra['cause']}执行一案的代理人。特此函告。", f, lead=70, indent=80)
    fl.para(f"附：授权委托书一份。　律师联系电话：{c.agent_phone}", serif(34), lead=60, indent=80)
    y = fl.y + 120
    s.right(s.width - R - mm(8), y, c.firm, f)
    s.right(s.width - R - mm(8), y + 80, cn_date(c.filed_on - timedelta(days=3)), f)
    seal(s, s.width - R - mm(40), y + 50, c.firm, rng, radius=mm(20))
    s.line(L, s.height - mm(30), s.width - R, s.height - mm(30), width=2, fill=RED)
    s.text(L, s.height - mm(27), f"地址：{c.extra['firm_addr']}　电话：0714-62{rng.randint(10000, 99999)}", serif(28), fill=RED)
    return [s]


def _card(s: Sheet, x: float, y: float, w: float, h: float) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=int(mm(4)), outline=(70, 70, 70), width=3, fill=(236, 236, 236))


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's 执业证: its cover and the holder's page, copied side by side, the lawyer's note under them."""
    s = Sheet()
    w, h = mm(82), mm(112)
    x0, y0 = mm(18), mm(40)
    _card(s, x0, y0, w, h)
    s.centred(y0 + mm(26), "中华人民共和国", heavy(40), x0=x0, x1=x0 + w)
    s.centred(y0 + mm(44), "律师执业证", heavy(56), x0=x0, x1=x0 + w)
    s.centred(y0 + mm(90), "中华人民共和国司法部监制", serif(28), x0=x0, x1=x0 + w)
    x1 = x0 + w + mm(10)
    _card(s, x1, y0, w, h)
    s.box(x1 + mm(6), y0 + mm(8), x1 + mm(30), y0 + mm(40), width=2)
    s.text(x1 + mm(10), y0 + mm(22), "照片", serif(30))
    yy = y0 + mm(48)
    for line in [f"执业机构：{c.firm}", "执业证类别：专职律师", f"执业证号：{c.extra['licence']}", f"持证人：{c.agent}",
                 "发证机关：湖北省司法厅", f"发证日期：{2024 - rng.randint(3, 12)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]:
        s.text(x1 + mm(5), yy, line, serif(27))
        yy += mm(9)
    seal(s, x1 + mm(60), y0 + mm(26), "湖北省司法厅", rng, radius=mm(15))
    hand(s, mm(30), y0 + h + mm(24), f"与原件一致　{c.agent}", rng, size=46)
    return [s]


def _id_face(s: Sheet, p: Party, x: float, y: float, rng: random.Random, authority: str) -> None:
    w, h = mm(86), mm(54)
    _card(s, x, y, w, h)
    b = p.born or date(1980, 1, 1)
    f = serif(28)
    s.text(x + mm(4), y + mm(5), f"姓名　{p.name}", f)
    s.text(x + mm(4), y + mm(12), f"性别　{p.sex}　　民族　汉", f)
    s.text(x + mm(4), y + mm(19), f"出生　{b.year}年{b.month}月{b.day}日", f)
    s.text(x + mm(4), y + mm(26), f"住址　{p.address[:12]}", f)
    if len(p.address) > 12:
        s.text(x + mm(14), y + mm(32), p.address[12:24], f)
    s.text(x + mm(4), y + mm(44), f"公民身份号码　{p.id_number}", serif(30))
    s.draw.rectangle((x + mm(60), y + mm(6), x + mm(82), y + mm(34)), fill=(150, 150, 150))
    x2 = x + w + mm(8)
    _card(s, x2, y, w, h)
    s.centred(y + mm(12), "中华人民共和国", heavy(36), x0=x2, x1=x2 + w)
    s.centred(y + mm(22), "居民身份证", heavy(44), x0=x2, x1=x2 + w)
    start = date(2014 + rng.randint(0, 8), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x2 + mm(6), y + mm(37), f"签发机关　{authority}", serif(26))
    s.text(x2 + mm(6), y + mm(45), f"有效期限　{start:%Y.%m.%d}-{start.year + 20}.{start:%m.%d}", serif(26))


def _ids(people: list[Party], rng: random.Random, caption: str) -> list[Sheet]:
    """Both faces of each ID card copied on one A4 sheet (a married couple's two cards one above the other), each
    holder's 'copy for court use' note in pen under their card."""
    s = Sheet()
    s.centred(mm(22), caption, heavy(40))
    y = mm(40)
    for p in people:
        area = "黄石市公安局" + ("下陆分局" if p.id_number.startswith("420204") else "黄石港分局"
                                 if p.id_number.startswith("420202") else "")
        if p.id_number.startswith("420281"):
            area = "大冶市公安局"
        _id_face(s, p, mm(14), y, rng, area)
        hand(s, mm(24), y + mm(60), f"此复印件仅供法院执行使用　{p.name}", rng, size=38, ink=(30, 40, 110))
        y += mm(92)
    return [s]


def _frame(s: Sheet, inset: float) -> None:
    x0, y0, x1, y1 = inset, inset, s.width - inset, s.height - inset
    s.box(x0, y0, x1, y1, width=6, outline=(120, 90, 40))
    s.box(x0 + 14, y0 + 14, x1 - 14, y1 - 14, width=2, outline=(120, 90, 40))


def _licence_page(s: Sheet, rows: list[tuple[str, str]], code: str, rng: random.Random, issuer: str, top: float,
                  height: float) -> None:
    x0, x1 = mm(22), s.width - mm(22)
    s.box(x0, top, x1, top + height, width=5, outline=(120, 90, 40))
    s.box(x0 + 10, top + 10, x1 - 10, top + height - 10, width=2, outline=(120, 90, 40))
    s.centred(top + mm(10), "营业执照", font("serif_bold", 76), spacing=60)
    s.centred(top + mm(27), "（副　本）", serif(34))
    s.text(x0 + mm(8), top + mm(36), f"统一社会信用代码　{code}", serif(32))
    s.draw.rectangle((x1 - mm(34), top + mm(8), x1 - mm(10), top + mm(32)), outline=(40, 40, 40), width=2)
    y = top + mm(48)
    for label, value in rows:
        s.text(x0 + mm(10), y, label, font("sans", 31), spacing=6)
        s.text(x0 + mm(48), y, value, serif(31))
        y += mm(9.5)
    s.right(x1 - mm(14), top + height - mm(24), issuer, serif(31))
    seal(s, x1 - mm(40), top + height - mm(28), issuer, rng, radius=mm(17))


def _shop_licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's 个体工商户营业执照 (副本) copied on A4: 名称, 类型 个体工商户, 经营者, 组成形式 个人经营."""
    r = c.respondent
    s = Sheet()
    reg = date(rng.randint(2012, 2019), rng.randint(1, 12), rng.randint(1, 28))
    rows = [("名　　称", c.extra["shop"]), ("类　　型", "个体工商户"), ("经 营 者", r.name), ("组成形式", "个人经营"),
            ("经营范围", "建筑材料、水泥、砂石、五金、装饰材料零售"), ("注册日期", f"{reg.year}年{reg.month}月{reg.day}日"),
            ("经营场所", c.extra["shop_addr"])]
    _licence_page(s, rows, c.extra["shop_code"], rng, "黄石市下陆区市场监督管理局", mm(30), mm(150))
    hand(s, mm(30), mm(196), f"复印件与原件一致　经营者：{r.name}", rng, size=42)
    hand(s, mm(30), mm(214), f"（{c.extra['shop']}系个体工商户，债务由经营者个人承担）", rng, size=34)
    return [s]


def _company_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A company's 营业执照 copy on the upper half, the 法定代表人身份证明书 typed below it."""
    s = Sheet()
    reg = date(rng.randint(2005, 2018), rng.randint(1, 12), rng.randint(1, 28))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("注册资本", f"{rng.choice([300, 500, 1000, 2000])}万元"), ("成立日期", f"{reg.year}年{reg.month}月{reg.day}日"),
            ("住　　所", p.address)]
    issuer = "大冶市市场监督管理局" if p.id_number[2:8] == "420281" else "黄石市市场监督管理局"
    _licence_page(s, rows, p.id_number, rng, issuer, mm(16), mm(128))
    y = mm(156)
    s.centred(y, "法定代表人身份证明书", heavy(46), spacing=4)
    fl = Flow(y + mm(16), left=mm(26), right=mm(26))
    fl.sheets = [s]
    fl.para(f"{p.legal_rep}在我单位任执行董事兼总经理职务，系{p.name}的法定代表人。特此证明。", serif(38), lead=64, indent=76)
    seal(s, s.width - mm(60), fl.y + mm(18), p.name, rng, radius=mm(19))
    s.right(s.width - mm(30), fl.y + mm(24), num_date(c.filed_on - timedelta(days=4)), serif(36))
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(size=(mm(210), mm(140)))
    s.centred(mm(10), "湖北省非税收入一般缴款书（电子）", heavy(46))
    s.text(mm(12), mm(24), f"票据代码：42060124　票据号码：{rng.randint(10**9, 10**10 - 1)}", serif(28))
    s.right(mm(198), mm(24), f"开票日期：{c.filed_on:%Y-%m-%d}", serif(28))
    payer = "、".join(p.name for p in _apps(c))
    rows = [["交款人", payer, "执收单位", COURT], ["项目名称", "申请执行费", "金额（元）", f"{c.extra['fee']:.2f}"],
            ["金额合计（大写）", money_caps(c.extra["fee"]), "（小写）", f"{c.extra['fee']:.2f}"],
            ["备注", f"{c.number}"]]
    ruled(s, mm(12), mm(34), [mm(36), mm(62), mm(30), mm(58)], rows, serif(28), heights=mm(13), labels=(0, 2))
    seal(s, mm(160), mm(110), "湖北省财政厅票据专用章", rng, radius=mm(16))
    s.text(mm(12), mm(112), "收款人：系统自动　复核人：", serif(26))
    return [s]


FORMS = {
    "property_clue_form": ("被执行人财产线索提供表", [("被执行人", ""), ("银行账户", ""), ("不动产", ""), ("车辆", ""),
                                                  ("经营场所及设备", ""), ("对外债权", ""), ("其他线索", "")]),
    "payment_account_confirmation": ("执行案款收取账户确认书", [("申请执行人", ""), ("开户名", ""), ("开户行", ""),
                                                           ("账　号", ""), ("联系电话", "")]),
    "service_address_confirmation": ("送达地址确认书", [("受送达人", ""), ("送达地址", ""), ("邮政编码", "435005"),
                                                      ("联系电话", ""), ("电子送达", "同意（手机短信）")]),
    "property_declaration_form": ("被执行人财产申报表", [("被执行人", ""), ("银行存款", ""), ("不动产", ""), ("车辆", ""),
                                                       ("经营收入", ""), ("应收账款", ""), ("其他财产", "")]),
}


def _fills(code: str, c: CaseCtx) -> list[str]:
    r = c.respondent
    t = c.extra["tale"]
    if code == "property_clue_form":
        bank = c.extra.get("r_bank", "不详")
        return [r.name, f"{bank} {c.extra.get('r_acct', '')}".strip(), "不详",
                "面包车一辆（已转卖？）" if t == "bakery" else "不详",
                c.extra.get("shop_addr", r.address), "不详", "建材城店面存货" if t == "cement" else "无"]
    if code == "payment_account_confirmation":
        return ["、".join(p.name for p in _apps(c)), c.applicant.name, c.extra["in_bank"], c.extra["in_acct"], c.applicant.phone]
    if code == "service_address_confirmation":
        return ["、".join(p.name for p in _apps(c)), c.applicant.address, "435005", c.applicant.phone, "同意（手机短信）"]
    if t == "mill":
        decl = ["本公司", f"{c.extra['r_bank']}基本户", "厂房系租赁", "货车两辆（抵押）", "每月约二百万元", "下游货款若干", "无"]
    elif t == "cement":
        decl = ["本人", "农商行个人账户少量", "无（租房）", "无", "店面每月流水约三万元", "零星工程欠款", "店内存货"]
    else:
        decl = ["本公司", "无", "无", "无", "已停业", "无", "无"]
    return decl


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """One of the window's printed forms: title bar, a two-column grid filled in ballpoint, a signature line."""
    title, rows = FORMS[code]
    s = Sheet()
    y = form_title(s, title)
    s.right(s.width - R, y, f"案号：{c.number}", serif(32))
    y += 60
    w = s.width - L - R
    grid_rows = [[label, ""] for label, _ in rows]
    boxes = ruled(s, L, y, [mm(44), w - mm(44)], grid_rows, serif(34), heights=mm(19))
    right = [b for b in boxes if b[0] > L]
    for b, value in zip(right, _fills(code, c), strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(5), value, rng, size=34 if len(value) > 24 else 38)
    y = boxes[-1][3] + 40
    notes = {"property_declaration_form": "申报人保证以上申报内容真实、完整，如有隐瞒、虚假，愿承担法律责任。",
             "payment_account_confirmation": "申请执行人确认以上账户为接收本案执行款的唯一账户，因账户信息有误造成的后果自行承担。",
             "service_address_confirmation": "受送达人确认上述地址为本案执行阶段的送达地址，地址变更的，应及时书面告知法院。",
             "property_clue_form": "申请执行人应尽可能提供被执行人的财产线索，所提供的线索应真实。"}
    fl = Flow(y)
    fl.sheets = [s]
    fl.para(notes[code], serif(32), lead=52, indent=64)
    signer = c.respondent if code == "property_declaration_form" else c.applicant
    who = signer.legal_rep if signer.kind == "organisation" else signer.name
    s.text(s.width - R - mm(110), fl.y + 60, "签名（盖章）：", serif(34))
    pen(s, s.width - R - mm(62), fl.y + 52, who, rng, size=48)
    pen(s, s.width - R - mm(62), fl.y + 130, num_date(d), rng, size=38)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控 printout: monospaced, one row per institution, the reply abbreviated."""
    s = Sheet()
    mono = font("mono", 28)
    s.centred(T, "网络执行查控系统反馈结果（总对总）", heavy(44))
    s.text(L - mm(10), T + 80, f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", mono)
    s.text(L - mm(10), T + 124, f"查询日期：{d:%Y-%m-%d}　打印人：{c.clerk}", mono)
    rows = [["序号", "协助单位", "查询类型", "反馈结果"]]
    t = c.extra["tale"]
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "湖北银行", "黄石农村商业银行", "邮储银行"]
    for k, b in enumerate(banks, 1):
        if t == "mill" and b in c.extra.get("r_bank", ""):
            res = f"账户{c.extra['r_acct'][-6:]}余额充足"
        elif t == "cement" and b == "黄石农村商业银行":
            res = f"个人账户余额{rng.randint(300, 4000)}.{rng.randint(10, 99)}元"
        else:
            res = "无账户" if rng.random() < 0.6 else f"余额{rng.randint(0, 80)}.{rng.randint(10, 99)}元"
        rows.append([str(k), b, "存款", res])
    rows += [[str(len(banks) + 1), "自然资源部", "不动产", "无登记信息"], [str(len(banks) + 2), "公安部", "车辆",
             "无" if t != "mill" else "鄂B·货车2辆（抵押）"], [str(len(banks) + 3), "中国证券登记结算", "证券", "无"],
             [str(len(banks) + 4), "支付宝、财付通", "网络资金", f"余额{rng.randint(0, 50)}.00元"]]
    w = s.width - L - R + mm(20)
    ruled(s, L - mm(10), T + 180, [mm(16), mm(58), mm(28), w - mm(102)], rows, mono, heights=mm(10), labels=(0,))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed by the parties in 微米黑: 甲方/乙方, numbered clauses, and for the cement case the instalment
    table; both sign at the foot and the officer writes 在场见证."""
    fl = Flow(T + mm(4), left=mm(26), right=mm(26))
    fl.s.centred(fl.y, "执行和解协议", heavy(62), spacing=10)
    fl.y += 130
    f = micro(38)
    fl.para(f"甲方（申请执行人）：{'、'.join(p.name for p in _apps(c))}", f, lead=64)
    fl.para(f"乙方（被执行人）：{c.respondent.name}" + (f"（{c.extra['shop']}经营者）" if "shop" in c.extra else ""),
            f, lead=64)
    fl.para(f"甲乙双方就{c.number}执行一案，经{COURT}执行局组织协商，自愿达成如下和解协议：", f, lead=64, indent=76)
    t = c.extra["tale"]
    if t == "cement":
        pays = c.extra["instalments"]
        fl.para(f"一、乙方确认尚欠甲方货款{money(c.amount)}，甲方同意乙方分{len(pays)}期按月支付，每月15日前付清当期款项。",
                f, lead=64, indent=76)
        fl.para("二、付款计划如下：", f, lead=64, indent=76)
        fl.room(mm(9) * (len(pays) + 1) + 20)
        rows = [["期数", "付款期限", "金额（元）"]] + [[f"第{k}期", num_date(day.replace(day=15)), f"{amt:,.2f}"]
                                                  for k, (day, amt) in enumerate(pays, 1)]
        boxes = ruled(fl.s, mm(40), fl.y, [mm(26), mm(62), mm(46)], rows, micro(30), heights=mm(8.6), labels=(0,))
        fl.y = boxes[-1][3] + 30
        fl.para("三、乙方可通过银行转账汇入甲方账户，或以现金交付甲方，由甲方出具收条；每期款项付清后，甲方应将收款凭证交"
                "执行局入卷。", f, lead=64, indent=76)
        fl.para("四、乙方任何一期逾期超过十五日未付的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除。", f, lead=64, indent=76)
        fl.para("五、乙方全部付清后，甲方放弃迟延履行期间的债务利息，执行费由乙方负担。", f, lead=64, indent=76)
    else:
        fl.para(f"一、乙方于{num_date(c.extra['pay_day'])}前将{money(c.amount)}一次性汇入{COURT}执行款账户。", f, lead=64, indent=76)
        fl.para("二、乙方按期付清后，甲方放弃迟延履行期间的债务利息；执行费由乙方负担。", f, lead=64, indent=76)
        fl.para("三、款项到账后，法院解除对乙方账户的冻结。", f, lead=64, indent=76)
    fl.para("本协议一式三份，甲乙双方各执一份，交执行法院一份入卷。", f, lead=64, indent=76)
    fl.room(300)
    s = fl.s
    y = fl.y + 40
    s.text(mm(26), y, "甲方：", f)
    x = mm(48)
    for p in _apps(c):
        if p.kind == "organisation":
            seal(s, x + mm(30), y + mm(6), p.name, rng, radius=mm(17))
        else:
            signature(s, x, y - 12, p.name, rng)
            x += mm(26)
    s.text(s.width / 2 + mm(6), y, "乙方：", f)
    r = c.respondent
    if r.kind == "organisation":
        seal(s, s.width / 2 + mm(50), y + mm(6), r.name, rng, radius=mm(17))
    else:
        signature(s, s.width / 2 + mm(28), y - 12, r.name, rng)
    s.text(mm(26), y + mm(30), num_date(d), f)
    pen(s, s.width / 2 + mm(6), y + mm(28), f"在场见证：{c.officer}", rng, size=40, ink=(28, 28, 28))
    return number_pages(fl.sheets, micro(28))


def _bank_slip(c: CaseCtx, rng: random.Random, when: date, amount: Decimal, payer: str, payee: str, payee_acct: str,
               note: str, k: int = 0, n: int = 0) -> Sheet:
    """A bank's 网上银行电子回单 (a half sheet), printed by the payer and stamped with the bank's 电子回单专用章."""
    s = Sheet(size=(mm(210), mm(148)))
    bank = rng.choice(["黄石农村商业银行", "中国农业银行"]) if c.extra["tale"] == "cement" else c.extra.get("r_bank", "湖北银行")
    s.centred(mm(9), f"{bank}网上银行电子回单", heavy(44))
    s.text(mm(12), mm(22), f"回单编号：{when:%Y%m%d}{rng.randint(10**7, 10**8 - 1)}", serif(26))
    if n:
        s.right(mm(198), mm(22), f"（分期付款 第{k}期/共{n}期）", serif(26))
    rows = [["付款人", payer, "收款人", payee], ["付款账号", f"6228{rng.randint(10**11, 10**12 - 1)}", "收款账号", payee_acct],
            ["金额（小写）", f"¥{amount:,.2f}", "金额（大写）", money_caps(amount)],
            ["交易时间", f"{when:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
             "交易渠道", "网上银行"], ["用途", note]]
    ruled(s, mm(12), mm(32), [mm(32), mm(62), mm(30), mm(62)], rows, serif(27), heights=mm(13), labels=(0, 2))
    seal(s, mm(168), mm(118), f"{bank}电子回单专用章", rng, radius=mm(15))
    s.text(mm(12), mm(118), "本回单仅证明交易已受理，重复打印无效。", serif(24))
    return s


def _cash_receipt(c: CaseCtx, rng: random.Random, when: date, amount: Decimal, k: int, n: int) -> Sheet:
    """A 收条 on a stationery shop's receipt book (收款收据, 三联), filled in by the cement plant's cashier."""
    s = Sheet(size=(mm(210), mm(110)))
    s.centred(mm(8), "收款收据", heavy(44), spacing=40)
    s.right(mm(196), mm(10), f"No {rng.randint(100000, 999999)}", font("mono", 28), fill=RED)
    s.text(mm(14), mm(22), "日期：", serif(30))
    pen(s, mm(34), mm(20), num_date(when), rng, size=36)
    rows = [["今收到", ""], ["交　来", ""], ["人民币（大写）", ""], ["¥", ""]]
    boxes = ruled(s, mm(14), mm(32), [mm(40), mm(142)], rows, serif(30), heights=mm(12))
    right = [b for b in boxes if b[0] > mm(14)]
    vals = [f"{c.respondent.name}（{c.extra['shop']}）", f"分期还款第{k}期（共{n}期），{c.number}",
            money_caps(amount), f"{amount:,.2f}"]
    for b, v in zip(right, vals, strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(2), v, rng, size=36)
    s.text(mm(14), mm(86), "收款单位（盖章）：", serif(30))
    seal(s, mm(80), mm(90), f"{c.applicant.name}财务专用章", rng, radius=mm(14))
    s.text(mm(120), mm(86), "经手人：", serif(30))
    pen(s, mm(144), mm(84), person_name(rng), rng, size=40)
    return s


def _vouchers(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The proof of performance. The mill's one transfer into the court's account, and the court's 案款发放 slip. The cement
    case: one page per instalment — bank 回单 for most months, a cashier's 收条 where the shop paid cash — each a document
    of its own."""
    if c.extra["tale"] != "cement":
        slip = _bank_slip(c, rng, c.extra["pay_day"], c.amount, c.respondent.name, f"{COURT}（执行款专户）",
                          c.extra["court_acct"], f"{c.number}执行款")
        return copies([slip], 2)
    pays = c.extra["instalments"]
    n = len(pays)
    out: list[Sheet] = []
    for k, (when, amount) in enumerate(pays, 1):
        if k % 3 == 2:
            sheet = _cash_receipt(c, rng, when, amount, k, n)
        else:
            sheet = _bank_slip(c, rng, when, amount, c.respondent.name, c.applicant.name,
                               f"5701{rng.randint(10**12, 10**13 - 1)}", f"{c.number}和解款", k, n)
        sheet.starts_document = k > 1
        out.append(sheet)
    for s in out:
        copies([s], rng.choice([1, 2, 2, 3]))
    return out
