"""What 三元区法院执行局 receives, each in its maker's look: this court's civil division's 民事判决书 and 生效证明书 (明体,
"·n·" folios at the outer corner), the 沙县区人民法院's 民事调解书 (文楷 body), the 三明仲裁委员会's 裁决书 (微米黑 body,
Arabic dates, the commission's seal), the lawyers' applications in GB 宋 with Arabic dates, a 律师事务所函 under a red
letterhead and double red rule, the 律师执业证 as a photocopied card, ID card faces copied on one page, a business
licence copy, the 福建省非税收入 slip in purple, the 诉讼服务中心's pre-printed forms filled in by hand (the
respondent's 财产申报表 with ticked boxes), the 查控 system's monospaced printout with a bank's or the 林业局's reply, and
banks' 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import RED, Sheet, mm, seal, text_width
from dossier.corpus.families.court_gp_kit import (
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Pager,
    boxes,
    folio,
    ink,
)
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
PURPLE = (110, 50, 120)
ARB = "三明仲裁委员会"
FORESTRY = "三明市三元区林业局"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gp import made_on

    d = made_on(c, code)
    tale = str(c.extra["tale"])
    if code == "enforcement_basis":
        return {"timber": _judgment, "snack": _mediation, "scrap": _award}[tale](c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
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
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_copy(p, c, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window(code, c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _agreement(c, rng, d)
    if code == "payment_voucher":
        return _receipts(c, rng)
    raise KeyError(code)


def _who(p: Party, *, arabic: bool = False) -> str:
    if p.kind == "organisation":
        rep = "理事长" if "合作社" in p.name else "法定代表人"
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{rep}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    when = f"{born.year}年{born.month}月{born.day}日" if arabic else cn_date(born)
    return f"{p.name}，{p.sex}，{when}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _typeset(pg: Pager, paras: list[tuple[str, str]], f: Font, lead: float) -> None:
    for kind, text in paras:
        if kind == "h":
            pg.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "f":
            pg.para(text, f, lead=lead)
        else:
            pg.para(text, f, lead=lead, first=f.size * 2)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil division: 明体 throughout, the title in 黑体, "·n·" folios at the outer corner."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    prepaid = (c.amount * Decimal("0.85")).quantize(Decimal("1"))
    penalty = c.amount - prepaid
    c.extra.setdefault("civil_judge", person_name(rng))
    story = (f"2022年4月，原告与被告签订《杉木立木买卖合同》，约定被告将其经营的“{c.extra['place']}”山场杉木立木出售给原告，"
             f"原告预付价款{prepaid:,}元，被告负责办理林木采伐许可证。原告依约付款后，被告未能办理采伐许可证，亦未退还预付款。")
    paras = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用普通程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告{a.name}及其委托诉讼代理人{c.agent}、被告理事长{r.legal_rep}到庭参加诉讼。"
              "本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.解除双方签订的《杉木立木买卖合同》；2.被告返还预付款{prepaid:,}元并支付违约金"
              f"{penalty:,.2f}元；3.本案诉讼费用由被告负担。事实和理由：{story}"),
        ("p", f"{r.name}辩称，采伐指标未获批准系政策原因，不应承担违约责任，但同意返还预付款。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", "本院认为，当事人应当按照约定全面履行自己的义务。被告未能按约办理采伐许可，致合同目的不能实现，原告请求解除合同、"
              "返还预付款并支付违约金，符合法律规定，本院予以支持。依照《中华人民共和国民法典》第五百六十三条、第五百六十六条、"
              "第五百七十七条、第五百八十五条的规定，判决如下："),
        ("p", "一、解除原告与被告签订的《杉木立木买卖合同》；"),
        ("p", f"二、被告{r.name}应于本判决生效之日起十日内返还原告{a.name}预付款{prepaid:,}元，并支付违约金{penalty:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 80 + 50}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于福建省三明市"
              "中级人民法院。"),
    ]
    pg = Pager(left=mm(28), right=mm(26))
    s = pg.s
    s.centred(TOP, COURT, font("ming", 54), spacing=3)
    s.centred(TOP + 90, "民事判决书", font("hei", 82), spacing=30)
    pg.y = TOP + 220
    pg.flush(c.basis_number, font("ming", 40), lead=86, right=True)
    _typeset(pg, paras, font("ming", 41), 72)
    pg.need(420)
    last, y = pg.s, pg.y + 60
    x = last.width - mm(98)
    f = font("ming", 41)
    for role, name in (("审 判 长", c.extra["civil_judge"]), ("人民陪审员", person_name(rng)), ("人民陪审员", person_name(rng))):
        last.text(x, y, f"{role}　{name}", f)
        y += 72
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(18, 26)))
    last.text(x, y + 24, when, f)
    seal(last, x + text_width(when, f) / 2, y + 34, COURT, rng, radius=mm(20))
    last.text(x, y + 112, f"法官助理　{person_name(rng)}", f)
    last.text(x, y + 184, f"书 记 员　{person_name(rng)}", f)
    return folio(pg.sheets, style="corner")


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """沙县区人民法院's 民事调解书: bold serif head, 文楷 body, a 骑缝-less single seal; the instalments spelt out."""
    a, r = c.applicant, c.respondent
    court = str(c.basis_court)
    total: Decimal = c.extra["total"]
    first: Decimal = c.extra["paid"]
    rest = total - first
    heard = c.basis_effective
    paras = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}特许经营合同纠纷一案，本院于{cn_date(heard - timedelta(days=35))}立案后，依法适用简易"
              "程序进行审理。"),
        ("p", f"原告诉称：2021年6月双方签订《沙县小吃特许经营合同》，原告授权被告在三明市三元区开设“{c.extra['shop']}”，"
              "被告应分期支付加盟费、按年支付品牌管理费，并统一采购原告配送的调料。被告开业后拖欠加盟费尾款、管理费及配送货款，"
              "经催告仍未支付。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}确认尚欠原告{a.name}加盟费、品牌管理费及配送货款共计{total:,.2f}元；"),
        ("p", f"二、被告于{cn_date(heard + timedelta(days=20))}前支付{first:,.2f}元，余款{rest:,.2f}元于"
              f"{cn_date(date(heard.year, 12, 31))}前分三期付清；"),
        ("p", "三、被告如有任何一期未按时足额支付，原告有权就全部未付款项申请强制执行；"),
        ("p", "四、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    pg = Pager(left=mm(30), right=mm(26))
    s = pg.s
    s.centred(TOP - 6, court, font("serif_bold", 52), spacing=4)
    s.centred(TOP + 88, "民事调解书", font("serif_bold", 78), spacing=26)
    pg.y = TOP + 214
    pg.flush(c.basis_number, font("wenkai", 40), lead=90, right=True)
    _typeset(pg, paras, font("wenkai", 42), 72)
    pg.need(360)
    last, y = pg.s, pg.y + 50
    x = last.width - mm(92)
    f = font("wenkai", 42)
    last.text(x, y, f"审 判 员　{person_name(rng)}", f)
    when = cn_date(heard)
    last.text(x, y + 96, when, f)
    seal(last, x + text_width(when, f) / 2, y + 104, court, rng, radius=mm(20))
    last.text(x, y + 176, f"书 记 员　{person_name(rng)}", f)
    return folio(pg.sheets, style="corner")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """三明仲裁委员会's 裁决书: a grey rule under the commission's name, 微米黑 body, Arabic dates, three arbitrators."""
    a, r = c.applicant, c.respondent
    tons: int = c.extra["tons"]
    price: Decimal = c.extra["price"]
    refund = price * tons
    extra = c.amount - refund
    heard = c.basis_effective - timedelta(days=rng.randint(20, 40))
    s = Sheet()
    s.centred(TOP - 8, ARB, font("sans_bold", 58), spacing=18)
    s.line(LEFT, TOP + 66, s.width - RIGHT, TOP + 66, width=4, fill=(90, 90, 90))
    s.centred(TOP + 100, "裁决书", font("song_gb", 80), spacing=60)
    pg = Pager(sheets=[s], y=TOP + 224, left=mm(28), right=mm(26))
    pg.flush(c.basis_number, font("microhei", 38), lead=84, right=True)
    f = font("microhei", 39)
    paras = [
        ("h", f"申请人：{_who(a, arabic=True)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r, arabic=True)}"),
        ("p", f"本会根据申请人与被申请人于2022年8月签订的《废钢供货合同》中的仲裁条款，于{heard - timedelta(days=45):%Y年%m月%d日}"
              f"受理申请人提出的仲裁申请，依法组成仲裁庭，于{heard:%Y年%m月%d日}开庭审理。本案现已审理终结。"),
        ("p", f"申请人称：合同约定被申请人按月向申请人供应重型废钢，申请人预付货款。申请人已预付{tons}吨货款，被申请人仅交付部分"
              f"后停止供货，经结算尚有{tons}吨未交付，折合预付款{refund:,.2f}元，被申请人拒不退还。"),
        ("p", "被申请人辩称：因废钢市场价格上涨，按原价供货亏损严重，请求调整价格。"),
        ("p", "仲裁庭认为：双方合同合法有效。市场价格波动属于正常商业风险，不构成情势变更，被申请人应当退还未供货部分的预付款"
              "并承担违约责任。依照《中华人民共和国民法典》第五百七十七条、第五百八十五条及《三明仲裁委员会仲裁规则》的规定，"
              "裁决如下："),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}退还预付货款{refund:,.2f}元；"),
        ("p", f"（二）被申请人向申请人支付违约金及申请人垫付的仲裁费用共计{extra:,.2f}元；"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内付清。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    _typeset(pg, paras, f, 70)
    pg.need(380)
    last, y = pg.s, pg.y + 50
    x = last.width - mm(96)
    for role in ("首席仲裁员", "仲　裁　员", "仲　裁　员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 68
    when = f"{c.basis_effective:%Y年%m月%d日}"
    last.text(x + mm(6), y + 24, when, f)
    seal(last, x + mm(34), y + 30, ARB, rng, radius=mm(21))
    last.text(x, y + 104, f"书　记　员　{person_name(rng)}", f)
    return folio(pg.sheets, style="corner")


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 生效证明书 on a half-used page: a ruled frame, 明体, the division's seal."""
    s = Sheet()
    s.centred(TOP, COURT, font("ming", 48), spacing=3)
    s.centred(TOP + 80, "生效证明书", font("hei", 70), spacing=22)
    s.right(s.width - mm(30), TOP + 190, c.basis_number.replace("号", "号之二"), font("ming", 38))
    pg = Pager(sheets=[s], y=TOP + 270, left=mm(30), right=mm(28))
    f = font("ming", 40)
    pg.para(f"{c.applicant.name}：", f, lead=70)
    pg.para(f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案民事判决书，已于"
            f"{cn_date(c.basis_effective - timedelta(days=16))}送达双方当事人。双方在法定期限内均未提起上诉，该判决书已于"
            f"{cn_date(c.basis_effective)}发生法律效力。", f, lead=70, first=80)
    pg.para("特此证明。", f, lead=70, first=80)
    y = pg.y + 70
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(4, 10)))
    s.right(s.width - mm(36), y + 80, when, f)
    seal(s, s.width - mm(36) - text_width(when, f) / 2, y + 90, COURT, rng, radius=mm(20))
    s.text(mm(30), y + 200, f"审判长：{c.extra.get('civil_judge') or person_name(rng)}　　经办人：{person_name(rng)}", font("ming", 34))
    s.box(mm(22), TOP - mm(8), s.width - mm(22), y + 300, width=2)
    return [s]


def _lawyer_head(s: Sheet, title: str) -> float:
    s.centred(TOP, title, font("hei", 64), spacing=10 if len(title) > 4 else 40)
    return TOP + 130


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's 强制执行申请书: GB 宋 body, Arabic dates, the applicant signing (a person) or sealing (a company)."""
    a, r = c.applicant, c.respondent
    tale = str(c.extra["tale"])
    pg = Pager(left=mm(28), right=mm(25))
    pg.y = _lawyer_head(pg.s, "强制执行申请书")
    f = font("song_gb", 40)
    if tale == "timber":
        facts = (f"一、被申请人返还预付款及支付违约金合计{c.amount:,.2f}元；二、加倍支付迟延履行期间的债务利息；三、执行费用由被申请人"
                 f"负担。\n财产线索：被申请人名下有位于三元区莘口镇“{c.extra['place']}”山场的林权一宗（{c.extra['cert']}），"
                 "请求依法查封、处置。")
    elif tale == "snack":
        facts = (f"一、被申请人支付调解书确定的款项余额{c.amount:,.2f}元（调解书确定{c.extra['total']:,.2f}元，已付"
                 f"{c.extra['paid']:,.2f}元）；二、加倍支付迟延履行期间的债务利息；三、执行费用由被申请人负担。")
    else:
        facts = (f"一、被申请人退还预付货款并支付违约金、仲裁费合计{c.amount:,.2f}元；二、加倍支付迟延履行期间的债务利息；"
                 "三、执行费用由被申请人负担。")
    paras: list[tuple[str, str]] = [
        ("h", f"申请执行人：{_who(a, arabic=True)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话：{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r, arabic=True)}"),
        ("f", "执行请求："),
        *[("p", part) for part in facts.split("\n")],
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}{_basis_name(c)}，已发生法律效力。"
              "被执行人至今未履行（或未全部履行）生效法律文书确定的义务。为维护申请执行人的合法权益，依照《中华人民共和国民事"
              "诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
        ("p", "申请执行人同时申请对被执行人采取限制消费措施，被执行人符合条件的，申请将其纳入失信被执行人名单。"),
        ("f", "此致"),
        ("f", COURT),
    ]
    _typeset(pg, paras, f, 68)
    pg.need(260)
    s, y = pg.s, pg.y + 40
    s.text(s.width - mm(110), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(s, s.width - mm(50), y + 20, a.name, rng, radius=mm(19))
    else:
        ink(s, s.width - mm(62), y - 8, a.name, rng, size=54, colour=BLACK_PEN)
    s.text(s.width - mm(110), y + 90, f"{c.filed_on - timedelta(days=rng.randint(3, 9)):%Y年%m月%d日}", f)
    return folio(pg.sheets, style="corner")


def _basis_name(c: CaseCtx) -> str:
    return {"timber": "民事判决书", "snack": "民事调解书", "scrap": "裁决书"}[str(c.extra["tale"])]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A firm's pre-printed 授权委托书 with its blanks filled by hand."""
    a = c.applicant
    s = Sheet()
    y = _lawyer_head(s, "授权委托书")
    f = font("song_gb", 38)
    lines = [("委托人：", a.name), ("住所地/住址：", a.address),
             ("受托人：", f"{c.agent}，{c.firm}律师"), ("联系电话：", c.agent_phone),
             ("案　　由：", f"申请执行{c.basis_number}{_basis_name(c)}（{c.extra['cause']}）")]
    for label, value in lines:
        s.text(LEFT, y, label, f)
        x = LEFT + text_width(label, f) + 10
        s.line(x, y + 48, s.width - RIGHT, y + 48, width=1)
        ink(s, x + 8, y - 6, value if len(value) <= 26 else value[:26], rng, size=36)
        if len(value) > 26:
            y += 64
            s.line(LEFT, y + 48, s.width - RIGHT, y + 48, width=1)
            ink(s, LEFT + 8, y - 6, value[26:], rng, size=36)
        y += 76
    y += 20
    pg = Pager(sheets=[s], y=y, left=LEFT, right=RIGHT)
    pg.para("现委托上列受托人在本案执行程序中作为委托人的代理人。代理权限为：特别授权，包括代为申请执行，提供财产线索，"
            "申请查封、冻结、扣押、拍卖、变卖、以物抵债，参与和解，代为签收法律文书，代为领取执行款项。", f, lead=66, first=76)
    pg.para("委托期限：自签订之日起至本案执行终结之日止。", f, lead=66, first=76)
    y = pg.y + 80
    s.text(s.width - mm(120), y, "委托人（签名或盖章）：", f)
    if a.kind == "organisation":
        seal(s, s.width - mm(50), y + 70, a.name, rng, radius=mm(19))
        ink(s, s.width - mm(110), y + 80, a.legal_rep, rng, size=48, colour=BLACK_PEN)
    else:
        ink(s, s.width - mm(60), y + 60, a.name, rng, size=56, colour=BLACK_PEN)
    ink(s, s.width - mm(110), y + 170, f"{c.filed_on.year}年{(c.filed_on - timedelta(days=9)).month}月"
        f"{(c.filed_on - timedelta(days=9)).day}日", rng, size=40, colour=BLACK_PEN)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师事务所函 under a red letterhead and double red rule; a short body; the firm's seal."""
    s = Sheet()
    s.centred(TOP - mm(4), c.firm, font("serif_bold", 70), fill=RED, spacing=6)
    y = TOP + mm(18)
    s.line(LEFT - mm(8), y, s.width - RIGHT + mm(6), y, width=6, fill=RED)
    s.line(LEFT - mm(8), y + 12, s.width - RIGHT + mm(6), y + 12, width=2, fill=RED)
    s.right(s.width - RIGHT, y + 40, f"（{c.filed_on.year}）{c.firm[2:4]}律执函字第{rng.randint(3, 96)}号", font("song_gb", 36))
    s.centred(y + 120, "律师事务所函", font("hei", 62), spacing=8)
    pg = Pager(sheets=[s], y=y + 250, left=LEFT, right=RIGHT)
    f = font("song_gb", 40)
    pg.para(f"{COURT}：", f, lead=70)
    pg.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}一案执行程序中的"
            "代理人，代理权限详见授权委托书。", f, lead=70, first=80)
    pg.para("特此函告。", f, lead=70, first=80)
    pg.para("附：授权委托书一份；律师执业证复印件一份。", f, lead=70, first=80)
    yy = pg.y + 100
    s.right(s.width - RIGHT - mm(6), yy, c.firm, f)
    s.right(s.width - RIGHT - mm(6), yy + 72, f"{c.filed_on - timedelta(days=rng.randint(2, 6)):%Y年%m月%d日}", f)
    seal(s, s.width - RIGHT - mm(36), yy + 40, c.firm, rng, radius=mm(20))
    s.line(LEFT, s.height - mm(34), s.width - RIGHT, s.height - mm(34), width=2, fill=RED)
    s.text(LEFT, s.height - mm(30), f"地址：{c.extra['firm_addr']}　电话：0598-8{rng.randint(100000, 999999)}", font("song_gb", 28),
           fill=RED)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 photocopied open: a dark cover leaf with the emblem, the data leaf with photo and fields."""
    s = Sheet()
    x0, y0 = mm(20), mm(34)
    lw, lh = mm(82), mm(112)
    s.draw.rectangle((x0, y0, x0 + lw, y0 + lh), fill=(96, 96, 98))
    s.draw.ellipse((x0 + mm(26), y0 + mm(16), x0 + mm(56), y0 + mm(46)), outline=(200, 200, 200), width=5)
    s.centred(y0 + mm(58), "中华人民共和国", font("serif_bold", 40), fill=(215, 215, 215), x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(72), "律师执业证", font("serif_bold", 62), fill=(225, 225, 225), x0=x0, x1=x0 + lw)
    x1 = x0 + lw + mm(8)
    s.draw.rectangle((x1, y0, x1 + lw, y0 + lh), fill=(234, 234, 232), outline=(110, 110, 110), width=2)
    s.draw.rectangle((x1 + mm(5), y0 + mm(6), x1 + mm(30), y0 + mm(40)), fill=(160, 160, 160))
    f = font("sans", 30)
    ty = y0 + mm(8)
    for label, value in [("姓名", c.agent), ("性别", "男" if rng.random() < 0.6 else "女"), ("执业机构", c.firm),
                         ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]), ("发证机关", "福建省司法厅"),
                         ("发证日期", f"{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]:
        xx = x1 + (mm(34) if ty < y0 + mm(42) else mm(5))
        s.text(xx, ty, f"{label}：{value}", f)
        ty += mm(9) if ty < y0 + mm(42) else mm(10)
    seal(s, x1 + lw - mm(20), y0 + lh - mm(22), "福建省司法厅", rng, radius=mm(14))
    s.text(x0, y0 + lh + mm(10), "律师年度考核备案：2023年度　称职　　三明市司法局（备案专用章）", font("sans", 30))
    ink(s, x0 + mm(10), y0 + lh + mm(30), "复印件与原件一致", rng, size=54, colour=BLACK_PEN)
    ink(s, x0 + mm(100), y0 + lh + mm(32), c.agent, rng, size=52, colour=BLACK_PEN)
    return [s]


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The two faces of a resident ID card copied one above the other, the holder's note across the page."""
    s = Sheet()
    w, h = mm(90), mm(57)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    ys = [mm(38), mm(38) + h + mm(14)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=(206, 208, 204), outline=(110, 110, 110), width=2)
    y = ys[0]
    grey = (85, 85, 85)
    lab, val = font("hei", 25), font("hei", 31)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(6)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日")):
        s.text(x + mm(5), ty, label, lab, fill=grey)
        s.text(x + mm(16), ty - 2, value, val)
        ty += mm(8)
    s.text(x + mm(5), ty, "住址", lab, fill=grey)
    for k in range(0, len(p.address), 10):
        s.text(x + mm(16), ty - 2, p.address[k:k + 10], val)
        ty += mm(5.4)
    s.text(x + mm(5), y + h - mm(9), "公民身份号码", lab, fill=grey)
    s.text(x + mm(27), y + h - mm(10), p.id_number, font("mono", 35))
    s.draw.rectangle((x + w - mm(27), y + mm(7), x + w - mm(5), y + mm(37)), fill=(132, 132, 132))
    y = ys[1]
    s.text(x + mm(30), y + mm(8), "中华人民共和国", font("hei", 38))
    s.text(x + mm(24), y + mm(19), "居民身份证", font("hei", 56), spacing=12)
    s.draw.ellipse((x + mm(5), y + mm(5), x + mm(21), y + mm(21)), outline=(100, 100, 100), width=3)
    office = {"350426": "尤溪县公安局", "350481": "永安市公安局", "350427": "沙县公安局", "350425": "大田县公安局",
              "350424": "宁化县公安局"}.get(p.id_number[:6], "三明市公安局三元分局")
    s.text(x + mm(8), y + h - mm(17), f"签发机关　{office}", lab)
    start = rng.randint(2013, 2020)
    s.text(x + mm(8), y + h - mm(10), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-长期"
           if born.year < 1978 else f"有效期限　{start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{start + 20}.0"
           f"{rng.randint(1, 9)}.1{rng.randint(0, 9)}", lab)
    ink(s, mm(28), ys[1] + h + mm(20), "此复印件仅供三元区人民法院执行案件使用", rng, size=48, colour=BLACK_PEN)
    ink(s, mm(120), ys[1] + h + mm(40), p.name, rng, size=56, colour=BLACK_PEN)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 营业执照 (副本) copy: a patterned double frame, the national emblem's circle, the register's seal, the
    party's own seal and "与原件核对一致" over it."""
    s = Sheet()
    edge = (120, 100, 70)
    x0, y0, x1, y1 = mm(16), mm(24), s.width - mm(16), mm(196)
    s.box(x0, y0, x1, y1, width=10, outline=edge)
    for k in range(x0 + 30, x1 - 30, 28):
        s.line(k, y0 + 16, k + 14, y0 + 16, width=3, fill=edge)
        s.line(k, y1 - 16, k + 14, y1 - 16, width=3, fill=edge)
    s.draw.ellipse((s.width / 2 - mm(11), y0 + mm(7), s.width / 2 + mm(11), y0 + mm(29)), outline=(170, 60, 50), width=4)
    s.centred(y0 + mm(32), "营业执照", font("serif_bold", 88), spacing=50)
    s.centred(y0 + mm(52), "（副　本）", font("serif", 34))
    f = font("serif", 33)
    s.text(x0 + mm(8), y0 + mm(62), f"统一社会信用代码：{p.id_number}", f)
    coop = "合作社" in p.name
    scope = ("林木种植、采伐、销售；林下经济作物种植" if coop else
             "小吃连锁经营管理；餐饮管理；调味品销售" if "小吃" in p.name else
             "钢铁冶炼；钢材轧制；金属材料销售" if "特钢" in p.name else "再生资源回收（除生产性废旧金属）；废旧金属回收")
    rows = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司"),
            ("法定代表人", p.legal_rep), ("出资总额" if coop else "注册资本", f"{rng.choice([60, 120, 500, 1000, 3000])}万元"),
            ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"),
            ("住　　所", p.address), ("经营范围", scope)]
    ty = y0 + mm(76)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(44), ty, value[:28], f)
        if len(value) > 28:
            ty += mm(7)
            s.text(x0 + mm(44), ty, value[28:], f)
        ty += mm(10)
    reg = "三明市沙县区市场监督管理局" if "沙县" in p.address else "三明市三元区市场监督管理局"
    s.text(x1 - mm(76), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(44), y1 - mm(30), reg, rng, radius=mm(18))
    s.text(x1 - mm(82), y1 - mm(16), f"{c.filed_on.year - 1}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日", f)
    seal(s, mm(70), mm(236), p.name, rng, radius=mm(20))
    ink(s, mm(30), mm(226), "与原件核对一致", rng, size=54, colour=BLACK_PEN)
    s.text(mm(26), mm(262), f"法定代表人：{p.legal_rep}　　联系电话：{p.phone}", font("song_gb", 34))
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """福建省非税收入统一缴款书 printed in purple on a third of the page; the bank's till stamp."""
    s = Sheet()
    f = font("song_gb", 31)
    x0 = mm(18)
    w = s.width - 2 * x0
    s.centred(mm(20), "福建省非税收入统一缴款书", font("serif_bold", 50), fill=PURPLE, spacing=4)
    s.text(x0, mm(36), f"缴款码：3504{rng.randint(10**15, 10**16 - 1)}", f, fill=PURPLE)
    s.right(s.width - x0, mm(36), f"填制日期：{c.filed_on:%Y年%m月%d日}", f, fill=PURPLE)
    fee: Decimal = c.extra["fee"]
    rows = [["缴款人", c.applicant.name], ["执收单位", COURT], ["收入项目", "诉讼费　申请执行费", "标准", "按标的计收"],
            ["案　号", c.number, "金额（元）", f"{fee:,.2f}"], ["人民币（大写）", money_caps(fee)],
            ["收款人", "三明市三元区财政局", "开户行", "三明农村商业银行三元支行"]]
    boxes(s, x0, mm(44), [mm(34), mm(74), mm(28), w - mm(136)], rows, f, heights=mm(13), labels=(0, 2), ink=PURPLE, outer=4)
    s.text(x0, mm(128), "第一联　收据（缴款人留存）　　　　　　　　　　　复核：　　　　经办：", f, fill=PURPLE)
    stamp(s, s.width - mm(78), mm(104), ["三明农村商业银行", "三元支行", f"{c.filed_on:%Y.%m.%d}", "业务办讫"], rng,
          size_mm=3.8, oval=True)
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 诉讼服务中心's pre-printed forms: small court line, the title, a grid whose right column is filled by hand."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP - mm(6), f"{COURT}诉讼服务中心", font("sans", 34), spacing=4)
    title = {"property_clue_form": "被执行人财产线索提供表", "payment_account_confirmation": "申请执行人收取执行款账户确认书",
             "service_address_confirmation": "送达地址确认书"}[code]
    s.centred(TOP + mm(8), title, font("sans_bold", 56))
    w = s.width - LEFT - RIGHT
    y = TOP + mm(30)
    if code == "payment_account_confirmation":
        rows = [("申请执行人", a.name), ("案　　号", "（执行立案后由本院填写）"), ("账户名称", a.name),
                ("开户银行", str(c.extra["in_bank"])), ("账　　号", str(c.extra["in_acct"])), ("联系人及电话", f"{c.agent}　{c.agent_phone}")]
        note = "本人（单位）确认以上账户为收取本案执行款的唯一账户，因账户信息错误造成的损失由本人（单位）承担。"
    elif code == "service_address_confirmation":
        rows = [("受送达人", a.name), ("送达地址", f"{c.extra['firm_addr']}（{c.firm}）"), ("收件人", c.agent),
                ("联系电话", c.agent_phone), ("电子送达", f"同意　手机号{c.agent_phone}"), ("邮政编码", "365000")]
        note = "受送达人确认：上述地址为本案执行程序中法律文书的送达地址；地址变更未及时告知的，按上述地址送达即视为送达。"
    else:
        if c.extra["tale"] == "timber":
            clue = f"林权一宗：莘口镇“{c.extra['place']}”山场，{c.extra['cert']}，杉木林约{c.extra['mu']}亩"
        elif c.extra["tale"] == "snack":
            clue = f"被执行人曾经营“{c.extra['shop']}”，店面在{c.extra['shop_addr']}；微信、支付宝收款码"
        else:
            clue = f"{c.extra['r_bank']}基本户{c.extra['r_acct']}；厂区堆存废钢若干"
        rows = [("被执行人", r.name), ("证件号码", r.id_number), ("住所地/住址", r.address), ("财产线索", clue),
                ("线索来源", "申请执行人掌握" if c.extra["tale"] != "scrap" else "双方往来结算账户"), ("提供人", c.agent)]
        note = "提供人保证所提供线索真实，如有虚假，愿承担相应法律责任。"
    cells = boxes(s, LEFT, y, [mm(42), w - mm(42)], [[k, ""] for k, _ in rows], font("sans", 32), heights=mm(19))
    right = [b for b in cells if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        per = 24
        ink(s, b[0] + mm(4), b[1] + mm(3 if len(v) > per else 5), v, rng, size=35, per_line=per, lead=mm(6.5))
    pg = Pager(sheets=[s], y=cells[-1][3] + mm(8))
    pg.para(note, font("sans", 32), lead=52, first=64)
    yc = pg.y + mm(14)
    s.text(s.width - mm(120), yc, "确认人（签名/盖章）：", font("sans", 32))
    if a.kind == "organisation" and code != "property_clue_form":
        seal(s, s.width - mm(48), yc + mm(14), a.name, rng, radius=mm(18))
    ink(s, s.width - mm(78), yc + mm(12), c.agent, rng, size=50, colour=BLACK_PEN)
    ink(s, s.width - mm(100), yc + mm(30), num_date(c.filed_on), rng, size=38, colour=BLACK_PEN)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 财产申报表 the court sends with its 报告财产令, filled in and signed by the respondent by hand, the boxes
    ticked. The 沙县小吃 operator's was photographed upside down (it lay turned on the mat)."""
    r = c.respondent
    tale = str(c.extra["tale"])
    s = Sheet()
    s.centred(TOP - mm(6), COURT, font("sans", 36), spacing=6)
    s.centred(TOP + mm(8), "被执行人财产申报表", font("sans_bold", 58), spacing=4)
    s.text(LEFT, TOP + mm(28), f"案号：{c.number}", font("sans", 32))
    w = s.width - LEFT - RIGHT
    if tale == "snack":
        answers = [("收入情况", "无固定收入，打零工，每月约三千元"), ("银行存款", f"{c.extra['r_bank']}约几十元，农商行卡里没钱"),
                   ("不动产", "无"), ("车辆", "无"), ("股权、投资", "无"),
                   ("到期债权", "无"), ("其他财产", "小吃店已转让，转让费用于还房租和欠款"), ("一年内财产变动", "店面转让，设备随店转让")]
    elif tale == "timber":
        answers = [("收入情况", "合作社近两年无采伐收入"), ("银行存款", f"{c.extra['r_bank']}基本户，余额约两千元"),
                   ("不动产", f"有　林权一宗：{c.extra['place']}山场"), ("车辆", "无"), ("股权、投资", "无"),
                   ("到期债权", "无"), ("其他财产", "育苗地租金每年约一万元（未到期）"), ("一年内财产变动", "无")]
    else:
        answers = [("收入情况", "经营性收入，近期亏损"), ("银行存款", f"{c.extra['r_bank']}{c.extra['r_acct']}"),
                   ("不动产", "无（厂房系租赁）"), ("车辆", "有　叉车两台、货车一辆（已抵押）"), ("股权、投资", "无"),
                   ("到期债权", "下游钢厂货款约二十万元"), ("其他财产", "厂区堆存废钢约八十吨"), ("一年内财产变动", "无")]
    rows = [["申报人", r.name], ["证件号码", r.id_number], ["住址/联系电话", f"{r.address}　{r.phone}"],
            *[[k, ""] for k, _ in answers]]
    cells = boxes(s, LEFT, TOP + mm(36), [mm(44), w - mm(44)], rows, font("sans", 31), heights=mm(15))
    right = [b for b in cells if b[0] > LEFT]
    for (_k, v), b in zip(answers, right[3:], strict=True):
        ink(s, b[0] + mm(4), b[1] + mm(3), v, rng, size=38, per_line=22, lead=mm(6), colour=BLACK_PEN)
    y = int(cells[-1][3] + mm(8))
    s.text(LEFT, y, "申报人保证：以上申报内容真实、完整，如有虚假，愿承担法律责任。", font("sans", 31))
    s.text(LEFT + mm(84), y + mm(16), "申报人签名（盖章）：", font("sans", 32))
    signer = r.name if r.kind == "person" else r.legal_rep
    ink(s, LEFT + mm(132), y + mm(13), signer, rng, size=56, colour=BLACK_PEN)
    if r.kind == "organisation":
        seal(s, LEFT + mm(150), y + mm(20), r.name, rng, radius=mm(18))
    ink(s, LEFT + mm(118), y + mm(32), f"{d.year}.{d.month}.{d.day}", rng, size=40, colour=BLACK_PEN)
    if tale == "snack":
        vars(s)["upside_down"] = True
    return [s]


def _printout(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The 网络执行查控系统's summary printout in monospace: a rule of dashes, one line per body queried."""
    s = Sheet()
    m = font("mono", 30)
    s.centred(mm(18), "网络执行查控系统　查询结果反馈（总对总）", font("sans_bold", 44))
    s.text(mm(16), mm(32), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", m)
    s.text(mm(16), mm(39), f"查询发起：{d - timedelta(days=1):%Y-%m-%d} 09:1{rng.randint(0, 9)}　反馈汇总：{d:%Y-%m-%d}　承办人：{c.officer}", m)
    s.text(mm(16), mm(46), "-" * 92, m, record=False)
    tale = str(c.extra["tale"])
    bank_rows = [(c.extra["r_bank"][:10], "存款", "有账户", "余额" + ("18.52" if tale == "snack" else f"{rng.randint(1200, 9800)}.{rng.randint(10, 99)}"))]
    rows = [("中国人民银行", "开户行", "已反馈", f"{rng.randint(1, 3)}户"), *bank_rows,
            ("中国工商银行", "存款", "无账户", "—"), ("中国农业银行", "存款", "无账户", "—"), ("中国建设银行", "存款", "无账户", "—"),
            ("自然资源部", "不动产", "已反馈", "林权1宗（查询件另附）" if tale == "timber" else "未见登记"),
            ("公安部", "车辆", "已反馈", "货车1辆（已抵押）" if tale == "scrap" else "未见登记"),
            ("中国证券登记结算", "证券", "无记录", "—"), ("支付宝", "网络资金", "已反馈", f"余额{rng.randint(0, 60)}.{rng.randint(10, 99)}"),
            ("财付通", "网络资金", "已反馈", f"余额{rng.randint(0, 90)}.{rng.randint(10, 99)}"), ("住房公积金", "公积金", "无记录", "—")]
    y = mm(52)
    s.text(mm(16), y, f"{'协查单位':<12}{'财产类型':<8}{'反馈结果':<8}说明", m)
    y += mm(7)
    for org, kind, res, note in rows:
        s.text(mm(16), y, f"{org:<12}{kind:<8}{res:<8}{note}", m)
        y += mm(6.5)
    s.text(mm(16), y + mm(4), "-" * 92, m, record=False)
    s.text(mm(16), y + mm(10), f"打印：{c.clerk}　{d:%Y-%m-%d %H:%M}".replace("00:00", f"10:{rng.randint(10, 59)}"), m)
    return s


def _forestry_reply(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """三元区林业局's 复函 on its own letterhead: 仿宋-like, a small table of the forest-right record, the bureau's seal."""
    s = Sheet()
    s.centred(TOP - mm(6), FORESTRY, font("serif_bold", 62), fill=RED, spacing=10)
    s.line(LEFT - mm(6), TOP + mm(12), s.width - RIGHT + mm(6), TOP + mm(12), width=5, fill=RED)
    s.centred(TOP + mm(20), "关于协助查询林权登记信息的复函", font("wenkai_bold", 48))
    s.centred(TOP + mm(30), f"元林函〔{d.year}〕{rng.randint(8, 60)}号", font("wenkai", 34))
    pg = Pager(sheets=[s], y=TOP + mm(42))
    f = font("wenkai", 38)
    pg.para(f"{COURT}：", f, lead=62)
    pg.para(f"你院{c.number}协助查询函收悉。经查询林权登记档案及不动产登记系统，{c.respondent.name}名下登记林权情况如下：", f,
            lead=62, first=76)
    w = s.width - LEFT - RIGHT
    rows = [["权证号", "小地名", "面积（亩）", "树种/林龄", "权利状态"],
            [str(c.extra["cert"]), str(c.extra["place"]), str(c.extra["mu"]), f"杉木/{rng.randint(16, 24)}年", "无抵押、无查封"]]
    y = boxes(s, LEFT, pg.y + 10, [w * 0.34, w * 0.14, w * 0.14, w * 0.18, w * 0.20], rows, font("wenkai", 30),
              heights=[mm(11), mm(22)], labels=(0, 1, 2, 3, 4))[-1][3]
    pg.y = y + 30
    pg.para(f"该宗林地四至：东至山脊，西至{rng.choice(['溪沟', '林道', '集体林'])}，南至{rng.choice(['田埂', '水库边', '山脚'])}，"
            f"北至{rng.choice(['省道', '村界', '防火线'])}。林木蓄积约{c.extra['cubic']}立方米。上述林权可依法办理查封登记。", f,
            lead=62, first=76)
    pg.para("特此函复。", f, lead=62, first=76)
    y = pg.y + 60
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(10), y + 60, when, f)
    seal(s, s.width - RIGHT - mm(10) - text_width(when, f) / 2, y + 70, FORESTRY, rng, radius=mm(20))
    s.text(LEFT, y + 170, f"（联系人：{person_name(rng)}，电话0598-82{rng.randint(10000, 99999)}）", font("wenkai", 32))
    s.starts_document = True
    return s


def _bank_reply(c: CaseCtx, rng: random.Random, d: date, bank: str, account: str, balance: str) -> Sheet:
    """A bank's 协助查询/冻结 reply: the bank's name in its house sans, a four-column grid, the business seal."""
    s = Sheet()
    s.centred(mm(24), bank, font("sans_bold", 48))
    s.centred(mm(38), "协助执行（查询、冻结）回执", font("sans", 44), spacing=4)
    f = font("sans", 30)
    s.text(mm(20), mm(52), f"{COURT}：", f)
    s.text(mm(28), mm(60), f"你院{c.number}协助执行通知书已收悉，现将查询、冻结结果反馈如下：", f)
    w = s.width - mm(40)
    rows = [["户名", "账号", "账户状态", "余额（元）", "冻结金额（元）"],
            [c.respondent.name, account, "正常", balance, balance]]
    y = boxes(s, mm(20), mm(70), [w * 0.28, w * 0.28, w * 0.12, w * 0.16, w * 0.16], rows, font("sans", 28),
              heights=[mm(11), mm(20)], labels=(0, 1, 2, 3, 4), outer=2)[-1][3]
    s.text(mm(20), y + mm(8), f"冻结期限：{d:%Y年%m月%d日}至{d.year + 1}年{d.month}月{min(d.day, 28)}日。", f)
    s.text(mm(20), y + mm(16), f"经办：{person_name(rng)}　　复核：{person_name(rng)}", f)
    stamp(s, s.width - mm(95), y + mm(20), [bank[:10], "业务专用章"], rng, size_mm=4.0, oval=True)
    s.starts_document = True
    return s


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    tale = str(c.extra["tale"])
    sheets = [_printout(c, rng, d)]
    if tale == "timber":
        sheets.append(_forestry_reply(c, rng, d + timedelta(days=3)))
    elif tale == "snack":
        sheets.append(_bank_reply(c, rng, d + timedelta(days=9), str(c.extra["r_bank"]), str(c.extra["r_acct"]), "18.52"))
        sheets.append(_bank_reply(c, rng, d + timedelta(days=10), "三明农村商业银行三元支行",
                                  f"9070{rng.randint(10**14, 10**15 - 1)}", f"{rng.randint(5, 60)}.{rng.randint(10, 99)}"))
    else:
        sheets.append(_bank_reply(c, rng, d + timedelta(days=8), str(c.extra["r_bank"]), str(c.extra["r_acct"]),
                                  f"{rng.randint(20000, 90000)}.{rng.randint(10, 99)}"))
    return sheets


def _agreement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The parties' typed agreement (以物抵债 for the forest right; instalments for the scrap company), GB 宋, both
    sides signing and sealing at the foot."""
    a, r = c.applicant, c.respondent
    timber = c.extra["tale"] == "timber"
    title = "以物抵债协议书" if timber else "执行和解协议"
    pg = Pager(left=mm(26), right=mm(24))
    pg.y = _lawyer_head(pg.s, title)
    f = font("song_gb", 39)
    if timber:
        terms = [
            f"一、经{COURT}委托评估，乙方{forest_short(c)}评估价值为{c.extra['valued']:,}元。双方同意以该评估价将上述林权"
            "抵偿乙方所欠甲方的相应债务。",
            f"二、抵债后乙方尚欠甲方{c.extra['balance']:,.2f}元，乙方于{(d + timedelta(days=12)):%Y年%m月%d日}前一次性交至"
            f"{COURT}执行款专户。",
            "三、双方共同申请法院作出以物抵债裁定，并协助办理林权过户登记，过户税费由甲方承担。",
            "四、本协议履行完毕后，本案执行完毕，双方再无其他争议。乙方未按期支付差额款的，甲方有权申请恢复执行。",
        ]
    else:
        first: Decimal = c.extra["first_pay"]
        terms = [
            f"一、乙方确认欠甲方{c.amount:,.2f}元（含预付款、违约金、仲裁费），甲方同意免除迟延履行期间的债务利息。",
            f"二、乙方于{(d + timedelta(days=3)):%Y年%m月%d日}前支付{first:,.2f}元，余款{c.amount - first:,.2f}元于"
            f"{(d + timedelta(days=13)):%Y年%m月%d日}前付清，均交至{COURT}执行款专户。",
            "三、乙方按期付清全部款项后，甲方申请法院解除对乙方账户的冻结。",
            "四、乙方任何一期未按约支付的，甲方有权申请恢复执行原生效法律文书。",
        ]
    _typeset(pg, [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
                  ("p", f"甲乙双方{c.extra['cause']}一案，{COURT}{c.number}执行案件在执行中，经双方自愿协商，达成如下协议："),
                  *[("p", t) for t in terms], ("p", "本协议一式三份，双方各执一份，交法院一份附卷。")], f, 68)
    pg.need(300)
    s, y = pg.s, pg.y + 50
    s.text(LEFT, y, "甲方（签字/盖章）：", f)
    s.text(s.width / 2 + mm(6), y, "乙方（签字/盖章）：", f)
    if a.kind == "organisation":
        seal(s, LEFT + mm(60), y + mm(14), a.name, rng, radius=mm(18))
        ink(s, LEFT + mm(20), y + mm(16), a.legal_rep, rng, size=50, colour=BLACK_PEN)
    else:
        ink(s, LEFT + mm(40), y + mm(12), a.name, rng, size=54, colour=BLACK_PEN)
    seal(s, s.width / 2 + mm(66), y + mm(14), r.name, rng, radius=mm(18))
    ink(s, s.width / 2 + mm(26), y + mm(16), r.legal_rep, rng, size=50, colour=BLACK_PEN)
    s.text(LEFT, y + mm(36), f"签订日期：{d:%Y年%m月%d日}　　　签订地点：{COURT}执行局", f)
    return folio(pg.sheets, style="corner")


def forest_short(c: CaseCtx) -> str:
    return f"名下“{c.extra['place']}”山场林地使用权及林木所有权（{c.extra['cert']}）"


def _slip(s: Sheet, top: float, bank: str, title: str, rows: list[tuple[str, str]], rng: random.Random) -> None:
    """One 电子回单 on a third of a page: thin blue frame, two columns of label and value, the bank's oval seal."""
    blue = (40, 70, 140)
    x0, x1 = mm(14), s.width - mm(14)
    s.box(x0, top, x1, top + mm(86), width=3, outline=blue)
    s.centred(top + mm(4), f"{bank}　{title}", font("sans_bold", 40), fill=blue)
    f = font("sans", 29)
    y = top + mm(16)
    for k, (label, value) in enumerate(rows):
        x = x0 + mm(6) + (k % 2) * (x1 - x0) / 2
        s.text(x, y, f"{label}：{value}", f)
        if k % 2:
            y += mm(8.5)
    stamp(s, x1 - mm(64), top + mm(54), [bank[:10], "电子回单专用章"], rng, size_mm=3.6, oval=True, colour=RED)


def _receipts(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Money in and out: the respondent's payment to the court's account, and the court's payment to the applicant."""
    pay: date = c.extra["pay_day"]
    r, a = c.respondent, c.applicant
    amount = c.extra["balance"] if c.extra["tale"] == "timber" else c.amount
    out = Sheet()
    _slip(out, mm(20), str(c.extra["r_bank"]), "客户回单", [
        ("交易日期", f"{pay:%Y-%m-%d}"), ("回单编号", f"{rng.randint(10**11, 10**12 - 1)}"),
        ("付款人", r.name), ("付款账号", str(c.extra["r_acct"])), ("收款人", COURT), ("收款账号", str(c.extra["court_acct"])),
        ("金额", f"￥{amount:,.2f}"), ("大写", money_caps(amount)), ("用途", f"{c.number}执行款"), ("渠道", "柜面")], rng)
    ink(out, mm(20), mm(118), f"已核对到账　{c.clerk}", rng, size=40)
    back = Sheet()
    back.starts_document = True
    back.centred(TOP - mm(4), COURT, font("sans", 36), spacing=6)
    back.centred(TOP + mm(10), "执行案款发放凭证", font("sans_bold", 56))
    w = back.width - LEFT - RIGHT
    rows = [["案号", c.number], ["收款人", a.name], ["开户行", str(c.extra["in_bank"])], ["账号", str(c.extra["in_acct"])],
            ["发放金额", money(amount)], ["发放日期", num_date(pay + timedelta(days=2))], ["承办人", c.officer], ["审批", ""]]
    cells = boxes(back, LEFT, TOP + mm(30), [mm(34), w - mm(34)], rows, font("sans", 31), heights=mm(15))
    ink(back, cells[-1][0] + mm(6), cells[-1][1] + mm(3), f"同意发放　{person_name(rng)}", rng, size=40, colour=BLACK_PEN)
    y = cells[-1][3] + mm(14)
    back.text(LEFT, y, "收款确认：上述款项已收到。", font("sans", 32))
    ink(back, LEFT + mm(80), y + mm(8), a.name if a.kind == "person" else c.agent, rng, size=54, colour=BLACK_PEN)
    seal(back, back.width - RIGHT - mm(40), y + mm(6), COURT, rng, radius=mm(19))
    return [out, back]
