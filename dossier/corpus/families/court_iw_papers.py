"""What 夏河法院执行局 receives, each in its maker's hand, all in Chinese: the court's own civil division's 民事判决书,
民事调解书 and 生效证明书 (bilingual like every paper of the court); the 兰州仲裁委员会's 裁决书 in 明体 with "第n页/共m页";
the 合作市 lawyers' typed applications in GB 宋体 under a 黑体 title; a firm letter under a red letterhead; ID cards and
business licences as grey photocopies; the 甘肃省非税收入一般缴款书 with the bank's oval 收讫 stamp; the window's
bilingual forms filled in by the herders' agents in a quick hand; the 查控 printout; a bank's 业务回单; and the
herder's own 收条 and 和解协议 on ruled paper, signed and thumb-printed."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_iw_kit import (
    COURT,
    LEFT,
    RIGHT,
    Run,
    _press,
    bgrid,
    bi_seal,
    court_paper,
    form_page,
    letterhead,
    number_line,
    song,
    title_pair,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import footer, printable, scrawl, stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "兰州仲裁委员会"
AGENT_INK = (30, 34, 60)
COURT_BANK = "甘肃夏河农村商业银行股份有限公司营业部"
COURT_ACCT = "27010122000012345"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_iw import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _award(c, rng) if t == "hotel" else _civil(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney_by_hand(c, rng, d) if t == "fence" else _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence_card(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, c, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return {"yak": _bank_slip, "hotel": _court_voucher, "fence": _receipts}[t](c, rng)
    raise KeyError(code)


def thumb(s: Sheet, cx: float, cy: float, rng: random.Random) -> None:
    """A red thumbprint (指印): an oval of broken ridges, pressed in 印泥."""
    w, h = mm(13), mm(17)
    layer = Image.new("L", (w + 20, h + 20), 0)
    d = ImageDraw.Draw(layer)
    ox, oy = layer.width / 2 + rng.uniform(-3, 3), layer.height / 2 + rng.uniform(-3, 3)
    k = 0
    while True:
        rx, ry = 4 + k * 5.5, 5 + k * 7.0
        if rx > w / 2:
            break
        start = rng.uniform(0, 360)
        for seg in range(6):
            a0 = start + seg * 60 + rng.uniform(0, 12)
            d.arc((ox - rx, oy - ry, ox + rx, oy + ry), a0, a0 + rng.uniform(30, 55), fill=255, width=3)
        k += 1
    _press(s, layer, cx, cy, rng, colour=(200, 40, 50))


def _who(p: Party, c: CaseCtx) -> str:
    if p.kind == "organisation":
        head = "理事长" if "合作社" in p.name else "法定代表人"
        return f"{p.name}，住所地{p.address}。{head}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    eth = c.extra.get("eth_a" if p is c.applicant else "eth_r", "汉族")
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，{eth}，住{p.address}，公民身份号码{p.id_number}。"


def _civil(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment or mediation paper: the court's bilingual head, the body in Chinese, and the
    clerk's 本件与原本核对无异 stamp at the foot of the last page."""
    a, r = c.applicant, c.respondent
    yak = c.extra["tale"] == "yak"
    heard = c.basis_effective - timedelta(days=rng.randint(25, 45) if yak else rng.randint(3, 8))
    if yak:
        heads, price, pre = c.extra["heads"], c.extra["price"], c.extra["prepaid"]
        story = (f"2022年10月，原告将其社员饲养的牦牛{heads}头出售给被告，双方口头约定每头{price}元，总价{heads * price}元，"
                 f"被告当场拉走牦牛并支付{pre}元，余款约定于2023年春节前付清。届期被告未付，原告多次催要未果。")
        paras = [
            ("h", f"原告：{_who(a, c)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r, c)}"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用简易"
                  f"程序，于{cn_date(heard)}在本院桑科人民法庭公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告{r.name}到庭"
                  "参加诉讼，本院为原告理事长提供了藏语翻译。本案现已审理终结。"),
            ("p", f"{a.name}向本院提出诉讼请求：判令被告支付牦牛款{c.amount:,.2f}元，诉讼费由被告负担。事实和理由：{story}"),
            ("p", f"{r.name}辩称，收牛和欠款属实，因肉价下跌资金周转困难，请求分期支付。"),
            ("p", f"本院经审理认定事实如下：{story}上述事实，有原告提交的牦牛交易清单、收款记录、证人{person_name(rng)}的"
                  "证言及当事人陈述在卷佐证。"),
            ("p", "本院认为，原、被告之间的牦牛买卖合同关系合法有效。原告已交付牦牛，被告应按约支付价款。被告以资金困难为由"
                  "请求分期付款，原告不同意，本院不予支持。依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百二十六条"
                  "的规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}牦牛款{c.amount:,.2f}元。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍"
                  "支付迟延履行期间的债务利息。"),
            ("p", f"案件受理费{int(c.amount) // 100 + 30}元，减半收取{(int(c.amount) // 100 + 30) // 2}元，由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于甘肃省"
                  "甘南藏族自治州中级人民法院。"),
        ]
        title, signers = "民事判决书", [("审判员", c.extra.setdefault("civil_judge", person_name(rng)))]
    else:
        km = c.extra["km"]
        paras = [
            ("h", f"原告：{_who(a, c)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r, c)}"),
            ("p", f"原告{a.name}与被告{r.name}劳务合同纠纷一案，本院于{cn_date(heard - timedelta(days=30))}立案后，依法适用"
                  "简易程序进行了审理。"),
            ("p", f"原告诉称：2022年6月至9月，原告受被告雇请，带领本村牧民在{c.extra['town']}草原修建网围栏共{km}公里，"
                  f"约定按公里计付工钱。工程完工并经验收后，被告尚欠原告工钱{c.amount:,.2f}元未付。"),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}于2023年12月31日前一次性支付原告{a.name}网围栏修建工钱{c.amount:,.2f}元；"),
            ("p", "二、被告逾期不履行的，原告可以向人民法院申请强制执行；"),
            ("p", f"三、案件受理费{int(c.amount) // 100 + 20}元，减半收取{(int(c.amount) // 100 + 20) // 2}元，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ]
        title, signers = "民事调解书", [("审判员", person_name(rng))]
    s = Sheet()
    y = letterhead(s)
    y = title_pair(s, y + mm(2), title, size=10.5)
    y = number_line(s, y, c.basis_number)
    run = Run([s], y, left=mm(29), right=mm(26))
    f = song(mm(5.0))
    for kind, text in paras:
        run.para(text, f, lead=mm(9.0), first=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    run.need(mm(56))
    last, yy = run.s, run.y + mm(6)
    x = last.width - mm(100)
    for role, name in signers:
        last.text(x, yy, f"{role}　{name}", f)
        yy += mm(10)
    when = cn_date(c.basis_effective - timedelta(days=16)) if yak else cn_date(heard)
    last.text(x, yy + mm(2), when, f)
    bi_seal(last, x + text_width(when, f) / 2, yy + mm(4), rng)
    last.text(x, yy + mm(14), f"书记员　{person_name(rng)}", f)
    stamp(last, LEFT, yy + mm(24), ["本件与原本核对无异"], rng, size_mm=4.0)
    n = len(run.sheets)
    for i, sh in enumerate(run.sheets, 1):
        if n > 1:
            sh.centred(sh.height - mm(15), f"— {i} —", song(mm(3.8)))
    return run.sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """兰州仲裁委员会's 裁决书: the commission's name in bold song, the title spaced wide, 明体 body, three arbitrators,
    "第n页/共m页" at the lower right."""
    a, r = c.applicant, c.respondent
    nights, rate = c.extra["nights"], c.extra["rate"]
    heard = c.basis_effective - timedelta(days=rng.randint(20, 40))
    s = Sheet()
    s.centred(mm(26), ARB, font("serif_bold", mm(8.5)), spacing=mm(2.5))
    s.centred(mm(42), "裁 决 书", font("serif_bold", mm(11)), spacing=mm(6))
    run = Run([s], mm(62), left=mm(30), right=mm(28), top=mm(28), foot=mm(30))
    f = font("ming", mm(5.0))
    run.s.right(run.s.width - mm(28), run.y, c.basis_number, f)
    run.y += mm(12)
    for kind, text in [
        ("h", f"申请人：{_who(a, c)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r, c)}"),
        ("p", f"兰州仲裁委员会（以下简称本会）根据申请人与被申请人于2022年4月签订的《团队住宿协议》中的仲裁条款，以及申请人"
              f"提交的仲裁申请书，于{cn_date(heard - timedelta(days=45))}受理了双方之间的服务合同纠纷一案。本案适用简易程序，由"
              f"独任仲裁员于{cn_date(heard)}开庭审理。本案现已审理终结。"),
        ("p", f"申请人称：2022年6月至9月，被申请人组织旅游团队入住申请人酒店，共计{nights}间夜，按协议价每间夜{rate}元结算，"
              f"房费合计{nights * rate}元。双方经对账确认后，被申请人至今分文未付。"),
        ("p", "被申请人辩称：对入住间夜及单价无异议，因疫情后经营困难未能付款。"),
        ("p", "仲裁庭认为：双方签订的《团队住宿协议》合法有效。申请人已按约提供住宿服务，被申请人应当支付房费。依照《中华人民"
              "共和国民法典》第五百零九条、第五百七十九条，《中华人民共和国仲裁法》第五十四条之规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付房费{c.amount:,.2f}元；"),
        ("p", f"二、本案仲裁费{int(c.amount) // 50 + 300}元，由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]:
        run.para(text, f, lead=mm(9), first=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    run.need(mm(50))
    last, yy = run.s, run.y + mm(8)
    x = last.width - mm(95)
    last.text(x, yy, f"独任仲裁员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective)
    last.text(x, yy + mm(14), when, f)
    seal(last, x + mm(28), yy + mm(14), ARB, rng, radius=mm(20))
    last.text(x, yy + mm(28), f"书　记　员　{person_name(rng)}", f)
    footer(run.sheets, "slash", font("ming", mm(3.8)), 28)
    return run.sheets


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.extra["tale"] == "hotel":
        s = Sheet()
        s.centred(mm(30), ARB, font("serif_bold", mm(8)), spacing=mm(2))
        s.centred(mm(48), "生效证明", font("serif_bold", mm(10)), spacing=mm(5))
        f = font("ming", mm(5.2))
        run = Run([s], mm(72), left=mm(30), right=mm(28))
        run.para(f"{COURT}：", f, lead=mm(10))
        run.para(f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}服务合同纠纷一案，已于{cn_date(c.basis_effective)}"
                 f"作出{c.basis_number}裁决书。根据《中华人民共和国仲裁法》第五十七条的规定，该裁决书自作出之日起发生法律效力。",
                 f, lead=mm(10), first=f.size * 2)
        run.para("特此证明。", f, lead=mm(10), first=f.size * 2)
        day = c.basis_effective + timedelta(days=rng.randint(20, 30))
        s.right(s.width - mm(40), run.y + mm(30), ARB, f)
        s.right(s.width - mm(40), run.y + mm(42), cn_date(day), f)
        seal(s, s.width - mm(70), run.y + mm(38), ARB, rng, radius=mm(20))
        return [s]
    return court_paper(rng, "生效证明书", c.basis_number.replace("号", "号之一"), [
        ("p", f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院于"
              f"{cn_date(c.basis_effective - timedelta(days=16))}作出的{c.basis_number}民事判决书，已于"
              f"{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
        ("n", f"民事审判庭　审判员：{c.extra.get('civil_judge') or person_name(rng)}"),
    ], day=c.basis_effective + timedelta(days=rng.randint(4, 12)))


def _typed(title: str, blocks: list[tuple[str, str]], rng: random.Random) -> tuple[list[Sheet], Run]:
    """A lawyer's typed paper: a 黑体 title, GB 宋 body at 1.9 leading (〇 printed ○, as its typist's face has it)."""
    s = Sheet()
    s.centred(mm(30), title, font("hei", mm(8.5)), spacing=mm(3))
    run = Run([s], mm(52), left=mm(31), right=mm(27), top=mm(28), foot=mm(26))
    f = font("song_gb", mm(5.2))
    for kind, text in blocks:
        text = printable("song_gb", text)
        if kind == "h":
            run.para(text, f, lead=mm(10))
        elif kind == "r":
            run.need(mm(10))
            run.s.right(run.s.width - mm(40), run.y, text, f)
            run.y += mm(10)
        elif kind == "gap":
            run.y += mm(5)
        else:
            run.para(text, f, lead=mm(10), first=f.size * 2)
    return run.sheets, run


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    from dossier.corpus.families.court_iw import basis_name

    what = {"yak": "牦牛款", "hotel": "房费", "fence": "网围栏修建工钱"}[t]
    reason = {"yak": f"申请人与被申请人买卖合同纠纷一案，贵院作出的{c.basis_number}民事判决书已于{num_date(c.basis_effective)}"
                     "发生法律效力，判决被申请人支付申请人牦牛款。被申请人在判决生效后未履行付款义务，申请人多次前往临夏催要无果。",
              "hotel": f"申请人与被申请人服务合同纠纷一案，兰州仲裁委员会于{num_date(c.basis_effective)}作出{c.basis_number}"
                       "裁决书，裁决被申请人支付申请人房费。裁决书送达后，被申请人未按期履行。被申请人在贵院辖区设有营业部并开立账户，"
                       "故向贵院申请执行。",
              "fence": f"申请人与被申请人劳务合同纠纷一案，经贵院主持调解，双方达成调解协议，贵院出具{c.basis_number}民事调解书，"
                       "被申请人应于2023年12月31日前支付申请人网围栏修建工钱。期限届满后被申请人未付。"}[t]
    blocks = [("h", f"申请执行人：{_who(a, c)}"), ("h", f"联系电话：{a.phone}"),
              ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("h", f"被执行人：{_who(r, c)}"), ("h", "执行请求："),
              ("p", f"一、依法强制执行{basis_name(c)}，责令被执行人支付{what}{money(c.amount)}；"),
              ("p", "二、责令被执行人加倍支付迟延履行期间的债务利息；"),
              ("p", "三、被执行人拒不履行的，请求对其采取限制高消费措施并纳入失信被执行人名单；"),
              ("p", "四、本案执行费用由被执行人负担。"),
              ("h", "事实与理由："), ("p", reason),
              ("p", "为维护申请人的合法权益，依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
              ("gap", ""), ("h", "此致"), ("h", COURT), ("gap", ""),
              ("r", f"申请执行人：{a.name if a.kind == 'person' else a.name[:12] + '…'}"), ("r", num_date(d))]
    sheets, run = _typed("强制执行申请书", blocks, rng)
    last = run.s
    if a.kind == "organisation":
        seal(last, last.width - mm(80), run.y - mm(14), a.name, rng, radius=mm(19))
    else:
        scrawl(last, last.width - mm(75), run.y - mm(24), a.name, rng, role="kai_gb", size=mm(7), ink=AGENT_INK)
        thumb(last, last.width - mm(38), run.y - mm(18), rng)
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        if n > 1:
            sh.right(sh.width - mm(27), sh.height - mm(16), f"{i}/{n}", font("song_gb", mm(3.8)))
            sh.page_of = (i, n)
    return sheets


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    blocks = [("h", f"委托单位：{a.name}"), ("h", f"住所地：{a.address}"),
              ("h", f"{'理事长' if '合作社' in a.name else '法定代表人'}：{a.legal_rep}"),
              ("h", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("p", f"现委托上列受托人在我单位申请执行{r.name}{c.extra['cause']}一案中，作为我单位的委托代理人。"),
              ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、参加询问和谈话、代为和解、代为签收法律文书、代为领取"
                    "或转交执行款项。"),
              ("p", "委托期限：自签署之日起至本案执行终结时止。"),
              ("gap", ""), ("r", f"委托单位（盖章）：{a.name}"), ("r", f"受托人：{c.agent}"), ("r", num_date(d))]
    sheets, run = _typed("授权委托书", blocks, rng)
    seal(run.s, run.s.width - mm(85), run.y - mm(26), a.name, rng, radius=mm(19))
    return sheets


def _ruled(s: Sheet, top: float, rows: int, gap: float) -> None:
    for k in range(rows):
        y = top + k * gap
        s.line(mm(18), y, s.width - mm(16), y, width=1, fill=(160, 175, 200))
    s.line(mm(30), top - gap, mm(30), top + (rows - 1) * gap, width=1, fill=(215, 140, 140))


def _hand_lines(s: Sheet, lines: list[str], rng: random.Random, *, top: float, gap: float, per: int = 22,
                size: int = 0) -> float:
    """An agent's quick hand on ruled paper, a line per rule (long lines run on to the next rule)."""
    y = top - gap * 0.82
    for text in lines:
        indent = text.startswith("　")
        body = text.lstrip("　")
        for k in range(0, max(1, len(body)), per - (2 if indent else 0)):
            part = body[k:k + per - (2 if indent else 0)]
            x = mm(34) + (mm(14) if indent and k == 0 else 0)
            scrawl(s, x, y, part, rng, role="wenkai", size=size or mm(6.4), ink=AGENT_INK, slant=4.0)
            y += gap
    return y


def _attorney_by_hand(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The herder's power of attorney, written out by hand on ruled paper by the lawyer's clerk and thumb-printed."""
    a, r = c.applicant, c.respondent
    s = Sheet(paper=(252, 251, 246))
    gap = mm(11)
    _ruled(s, mm(40), 23, gap)
    scrawl(s, s.width / 2 - mm(28), mm(20), "授权委托书", rng, role="wenkai", size=mm(9), ink=AGENT_INK)
    lines = [f"委托人：{a.name}，男，藏族，住{a.address}，身份证号{a.id_number}，电话{a.phone}。",
             f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。",
             f"　我与{r.name}劳务合同纠纷一案，现已申请执行，委托{c.agent}律师为我的代理人。",
             "　代理权限：特别授权（代为申请执行、提供财产线索、代为和解、签收法律文书、代领执行款）。",
             "　委托人不识汉字，本委托书内容已由他人用藏语向委托人宣读，委托人无异议。"]
    y = _hand_lines(s, lines, rng, top=mm(40), gap=gap)
    scrawl(s, s.width - mm(110), y + gap, f"委托人：{a.name}", rng, role="wenkai", size=mm(6.4), ink=AGENT_INK)
    thumb(s, s.width - mm(40), y + gap + mm(4), rng)
    scrawl(s, s.width - mm(110), y + 2 * gap, f"受托人：{c.agent}", rng, role="wenkai", size=mm(6.4), ink=AGENT_INK)
    scrawl(s, s.width - mm(110), y + 3 * gap, num_date(d), rng, role="wenkai", size=mm(6.4), ink=AGENT_INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    red = (185, 28, 32)
    s.centred(mm(24), c.firm, font("serif_bold", mm(10)), spacing=mm(1.5), fill=red)
    s.line(mm(24), mm(40), s.width - mm(24), mm(40), width=6, fill=red)
    s.centred(mm(50), "律师事务所函", font("hei", mm(8)), spacing=mm(2))
    f = font("song_gb", mm(5.2))
    s.right(s.width - mm(28), mm(66), f"甘{c.firm[2:4]}律函〔{c.filed_on.year}〕{rng.randint(12, 160)}号", f)
    run = Run([s], mm(80), left=mm(30), right=mm(28))
    run.para(f"{COURT}：", f, lead=mm(10))
    run.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}{c.extra['cause']}一案的"
             "委托代理人，代理权限以授权委托书为准。", f, lead=mm(10), first=f.size * 2)
    run.para("特此函告。", f, lead=mm(10), first=f.size * 2)
    run.para("附：授权委托书一份，律师执业证复印件一份。", f, lead=mm(10), first=f.size * 2)
    run.para(f"本所地址：{c.extra['firm_addr']}", f, lead=mm(10), first=f.size * 2)
    y = run.y + mm(22)
    s.right(s.width - mm(40), y, c.firm, f)
    s.right(s.width - mm(40), y + mm(11), num_date(d), f)
    seal(s, s.width - mm(72), y + mm(4), c.firm, rng, radius=mm(20))
    return [s]


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the 律师执业证's open pages: dark grey edges of the booklet, the photo a dark block."""
    s = Sheet()
    grey = (110, 110, 110)
    x, y, w, h = mm(22), mm(38), s.width - mm(44), mm(108)
    s.draw.rectangle((x - 8, y - 8, x + w + 8, y + h + 8), fill=(205, 205, 205))
    s.draw.rectangle((x, y, x + w, y + h), fill=(246, 246, 246), outline=grey, width=3)
    s.line(x + w / 2, y, x + w / 2, y + h, width=3, fill=grey)
    s.draw.rectangle((x + mm(14), y + mm(22), x + mm(44), y + mm(62)), fill=(95, 95, 95))
    f = font("sans", mm(4.2))
    s.text(x + mm(10), y + mm(70), f"持证人：{c.agent}", f)
    s.text(x + mm(10), y + mm(80), f"性　别：{rng.choice('男女')}", f)
    s.text(x + mm(10), y + mm(90), "身份证号：见原件", f)
    rx = x + w / 2 + mm(8)
    s.centred(y + mm(10), "律师执业证", font("sans_bold", mm(6.5)), x0=x + w / 2, x1=x + w)
    for k, line in enumerate([f"执业机构：{c.firm}", "执业证类别：专职律师", f"执业证号：{c.extra['licence']}",
                              "发证机关：甘肃省司法厅", f"发证日期：{2016 + rng.randint(0, 6)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]):
        s.text(rx, y + mm(28) + k * mm(12), line, font("sans", mm(3.9)))
    seal(s, x + w - mm(30), y + h - mm(26), "甘肃省司法厅", rng, radius=mm(16))
    scrawl(s, mm(40), y + h + mm(24), "与原件核对一致", rng, role="wenkai", size=mm(7), ink=AGENT_INK)
    scrawl(s, mm(120), y + h + mm(24), c.agent, rng, role="wenkai", size=mm(7), ink=AGENT_INK)
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of a resident ID card, photocopied side by side down the page."""
    s = Sheet()
    grey = (100, 100, 100)
    w, h = mm(86) * 1.3, mm(54) * 1.3
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    y1 = mm(34)
    for yy in (y1, y1 + h + mm(22)):
        s.draw.rounded_rectangle((x, yy, x + w, yy + h), radius=mm(4), fill=(226, 226, 226), outline=grey, width=2)
    f, fv = font("hei", mm(3.9)), font("hei", mm(4.3))
    born = p.born or date(1980, 1, 1)
    eth = c.extra.get("eth_a" if p is c.applicant else "eth_r", "汉")
    ty = y1 + mm(7)
    for k, v in [("姓名", p.name), ("性别", f"{p.sex}　　民族　{eth.removesuffix('族')}"),
                 ("出生", f"{born.year}　年　{born.month}　月　{born.day}　日")]:
        s.text(x + mm(7), ty, k, f, fill=grey)
        s.text(x + mm(22), ty, v, fv)
        ty += mm(10)
    s.text(x + mm(7), ty, "住址", f, fill=grey)
    for i, part in enumerate(wrap(p.address, fv, w - mm(62))):
        s.text(x + mm(22), ty + i * mm(6.5), part, fv)
    s.text(x + mm(7), y1 + h - mm(12), "公民身份号码", f, fill=grey)
    s.text(x + mm(34), y1 + h - mm(12.5), p.id_number, font("mono", mm(5)))
    s.draw.rectangle((x + w - mm(36), y1 + mm(9), x + w - mm(8), y1 + mm(46)), fill=(120, 120, 120))
    y2 = y1 + h + mm(22)
    s.centred(y2 + mm(13), "中华人民共和国", font("hei", mm(6.5)), x0=x + mm(20), x1=x + w)
    s.centred(y2 + mm(27), "居民身份证", font("hei", mm(8.5)), spacing=mm(2), x0=x + mm(20), x1=x + w)
    s.draw.ellipse((x + mm(7), y2 + mm(7), x + mm(27), y2 + mm(27)), outline=grey, width=3)
    office = "夏河县公安局" if p.id_number.startswith("623027") else "临夏市公安局"
    s.text(x + mm(7), y2 + h - mm(20), f"签发机关　{office}", f)
    start = 2014 + rng.randint(0, 8)
    s.text(x + mm(7), y2 + h - mm(11), f"有效期限　{start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期"
           if born.year < 1978 else f"有效期限　{start}.05.12-{start + 20}.05.12", f)
    yy = y2 + h + mm(16)
    scrawl(s, x, yy, "此复印件与原件一致，仅供夏河法院执行使用", rng, role="wenkai", size=mm(6), ink=AGENT_INK)
    scrawl(s, x + mm(20), yy + mm(12), p.name, rng, role="wenkai", size=mm(7), ink=AGENT_INK)
    if p is c.applicant:
        thumb(s, x + mm(70), yy + mm(16), rng)
    return [s]


def _qr(s: Sheet, x: float, y: float, size: float, rng: random.Random) -> None:
    n = 21
    cell = size / n
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            on = ((i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4)) if corner else rng.random() < 0.5)
            if corner and i % (n - 7) > 6:
                on = False
            if on:
                s.draw.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell, y + (i + 1) * cell), fill=(30, 30, 30))


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A 营业执照 (副本) photocopy: the national emblem's circle, a QR code, the registry's seal, and the company's own
    seal pressed over the copy with 与原件一致."""
    s = Sheet()
    grey = (90, 90, 90)
    s.box(mm(16), mm(18), s.width - mm(16), s.height - mm(50), width=9, outline=grey)
    s.box(mm(21), mm(23), s.width - mm(21), s.height - mm(55), width=2, outline=grey)
    s.draw.ellipse((s.width / 2 - mm(11), mm(30), s.width / 2 + mm(11), mm(52)), outline=grey, width=3)
    s.centred(mm(58), "营 业 执 照", font("serif_bold", mm(13)), spacing=mm(3))
    s.centred(mm(77), "（副　本）", font("serif", mm(5.5)))
    _qr(s, s.width - mm(62), mm(60), mm(34), rng)
    f = font("serif", mm(4.6))
    s.text(mm(32), mm(92), f"统一社会信用代码　{p.id_number}", f)
    coop = "合作社" in p.name
    region = p.address[3:10] if "兰州" in p.address else "夏河县" if "夏河" in p.address else "合作市"
    kind = "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"
    scope = {True: "牦牛、藏羊养殖、销售；饲草种植；畜产品初加工；为成员提供技术培训。",
             False: "住宿；餐饮服务；会议及展览服务；旅游咨询。" if "酒店" in p.name else
             ("国内旅游业务；入境旅游业务；票务代理。" if "旅行社" in p.name else "草原网围栏工程施工；土石方工程；建材销售。")}[coop]
    rows = [("名　　称", p.name), ("类　　型", kind), ("法定代表人" if not coop else "法定代表人（理事长）", p.legal_rep),
            ("经营范围", scope), ("成员出资总额" if coop else "注册资本", f"{rng.choice([50, 100, 200, 300])}万元"),
            ("成立日期", f"{2012 + rng.randint(0, 8)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y = float(mm(110))
    for k, v in rows:
        s.text(mm(32), y, k, f)
        parts = wrap(v, f, s.width - mm(110))
        for i, part in enumerate(parts):
            s.text(mm(78), y + i * mm(8), part, f)
        y += mm(8) * len(parts) + mm(5)
    reg = "兰州市城关区市场监督管理局" if "兰州" in p.address else f"{'夏河县' if region == '夏河县' else '合作市'}市场监督管理局"
    s.right(s.width - mm(36), s.height - mm(94), "登记机关", f)
    s.right(s.width - mm(36), s.height - mm(82), cn_date(c.filed_on - timedelta(days=rng.randint(300, 900))), f)
    seal(s, s.width - mm(62), s.height - mm(90), reg, rng, radius=mm(18))
    s.centred(s.height - mm(66), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", font("serif", mm(3.5)))
    scrawl(s, mm(30), s.height - mm(42), "复印件与原件一致", rng, role="kai_gb", size=mm(7), ink=AGENT_INK)
    seal(s, mm(120), s.height - mm(36), p.name, rng, radius=mm(18))
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """甘肃省非税收入一般缴款书: a wide form on the upper half of the page, the collecting bank's oval 收讫 stamp."""
    s = Sheet()
    red = (160, 40, 45)
    s.centred(mm(20), "甘肃省非税收入一般缴款书", font("serif_bold", mm(7.5)), fill=red, spacing=mm(1))
    f = font("serif", mm(3.8))
    s.text(mm(16), mm(34), f"执收单位编码：623027{rng.randint(100, 999)}", f, fill=red)
    s.right(s.width - mm(16), mm(34), f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", mm(4.4)), fill=red)
    s.text(mm(16), mm(41), f"填制日期：{d:%Y年%m月%d日}", f, fill=red)
    fee = c.extra["fee"]
    rows = [["缴款人", "全称", c.applicant.name, "收款人", "全称", "夏河县财政局非税收入汇缴户"],
            ["", "账号", "", "", "账号", f"2701{rng.randint(10**12, 10**13 - 1)}"],
            ["", "开户行", "", "", "开户行", COURT_BANK[:10]],
            ["执收单位名称", COURT, "", "", "", ""],
            ["项目编码", "收入项目名称", "单位", "数量", "收缴标准", "金额（元）"],
            [f"103040{rng.randint(10, 99)}", "案件受理费（申请执行费）", "件", "1", "按标的额", f"{fee:,.2f}"],
            ["金额合计（大写）", money_caps(fee), "", "", "（小写）", f"¥{fee:,.2f}"],
            ["备注", f"{c.number}", "", "", "", ""]]
    ws = [mm(30), mm(24), mm(50), mm(18), mm(24), s.width - mm(32) - mm(146)]
    y = float(mm(48))
    for row in rows:
        x = float(mm(16))
        last = max(k for k, cell in enumerate(row) if cell)  # the cells after it merge into one
        for k, cell in enumerate(row[:last + 1]):
            cw = ws[k] if k < last else sum(ws[k:])
            s.box(x, y, x + cw, y + mm(11), width=2, outline=red)
            if cell:
                s.text(x + 6, y + mm(3), cell if text_width(cell, f) < cw - 8 else cell[:int((cw - 8) / f.size)],
                       f, fill=INK if k in (2, 5) or row[0] == "备注" or (0 < k == last < 5) else red)
            x += cw
        y += mm(11)
    s.text(mm(16), y + mm(4), "第一联　收据（缴款人收执）　　　　执收单位（盖章）　　　　　　经办人：", f, fill=red)
    seal(s, mm(110), y - mm(10), COURT, rng, radius=mm(15), inner="财务专用章")
    stamp(s, s.width - mm(80), y - mm(36), ["甘肃夏河农村商业银行", f"{d:%Y.%m.%d}", "收讫"], rng, size_mm=3.6,
          oval=True, face="sans")
    s.line(0, y + mm(20), s.width, y + mm(20), width=1, fill=(200, 200, 200))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's bilingual printed forms, filled in by hand: the agent's quick 文楷-like hand, or the respondent's."""
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    title = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取案款确认书",
             "service_address_confirmation": "送达地址确认书", "property_declaration_form": "财产申报表"}[code]
    s, y = form_page(title, c.number)
    w = s.width - LEFT - RIGHT
    by_respondent = code == "property_declaration_form"
    ink = (20, 20, 20) if by_respondent else AGENT_INK
    role = "kai_gb" if by_respondent else "wenkai"
    if code == "property_clue_form":
        clue = {"yak": f"被执行人在{c.extra.get('r_bank')}开有账户（账号{c.extra.get('r_acct')}），收牛时曾用该账户转过定金；"
                       "另在临夏八坊有牛羊肉铺面一间。",
                "hotel": f"被执行人在夏河县拉卜楞镇设有营业部，在{c.extra['in_bank'][:10]}开有基本户；旺季每月有团款进账。",
                "fence": f"夏河县草原工作站尚欠被执行人网围栏工程款（{c.extra['town']}项目）；被执行人有皮卡车一辆。"}[t]
        rows = [["申请执行人", a.name], ["被执行人", r.name], ["财产类别", "银行存款、应收款、不动产"], ["财产情况", ""],
                ["线索来源", ""], ["申报人", ""]]
        fills = ["", "", "", clue, "申请执行人掌握的交易记录及走访了解" if t != "hotel" else "团款往来记录", a.name]
        hs = [mm(16), mm(16), mm(16), mm(62), mm(28), mm(22)]
    elif code == "payment_account_confirmation":
        rows = [["申请执行人", a.name], ["户名", a.name], ["开户行", c.extra["in_bank"]], ["账号", ""], ["联系电话", a.phone],
                ["送达地址确认", "本人（单位）确认以上账户为收取本案执行款的账户，因账户信息错误造成的损失由本人（单位）承担。"],
                ["申报人", ""]]
        fills = ["", "", "", " ".join(c.extra["in_acct"][i:i + 4] for i in range(0, len(c.extra["in_acct"]), 4)), "", "",
                 a.legal_rep or a.name]
        hs = [mm(16), mm(16), mm(20), mm(18), mm(16), mm(32), mm(24)]
    elif code == "service_address_confirmation":
        rows = [["受送达人", a.name], ["送达地址", ""], ["联系电话", ""], ["电子送达", ""],
                ["送达地址确认", "上述地址为人民法院送达诉讼文书的地址，地址变更应及时告知，未告知的，文书送达上述地址即视为送达。"],
                ["申报人", ""]]
        fills = ["", a.address if t != "yak" else f"{a.address}（理事长{a.legal_rep}）", f"{a.phone}  代理人{c.agent_phone}",
                 "同意　微信/短信：" + c.agent_phone, "", c.agent]
        hs = [mm(16), mm(26), mm(16), mm(18), mm(32), mm(24)]
    else:
        rows = [["申报人", r.name], ["住所", r.address], ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["其他财产", ""],
                ["申报日期", ""], ["签收", ""]]
        if t == "yak":
            held = [f"{str(c.extra.get('r_bank'))[:14]}账户一个（已被冻结）", "无（八坊铺面系租赁）",
                    f"东风牌货车一辆（甘N·{rng.randint(10000, 99999)}）", "无"]
        elif t == "hotel":
            held = [f"兰州银行城关支行基本户，余额约{rng.randint(2, 9)}万元；夏河营业部账户余额约{rng.randint(1, 6)}千元",
                    "无（办公室系租赁）", f"旅游大巴一辆（甘A·{rng.randint(10000, 99999)}），已抵押", "应收团款若干，具体见附表"]
        else:
            held = [f"甘肃银行合作支行基本户，余额约{rng.randint(1, 4)}千元", "无",
                    f"皮卡车一辆（甘P·{rng.randint(10000, 99999)}）", f"应收夏河县草原工作站工程款约{rng.randint(8, 30)}万元"]
        fills = ["", "", *held, num_date(d), r.legal_rep or r.name]
        hs = [mm(16), mm(20), mm(30), mm(18), mm(22), mm(22), mm(16), mm(22)]
    boxes = bgrid(s, LEFT, y, [mm(42), w - mm(42)], rows, song(mm(4.2)), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    per = int((w - mm(52)) / mm(6.2))
    for (_label, printed), fill, b in zip(rows, fills, right, strict=True):
        if printed or not fill:
            continue
        ty = b[1] + mm(3)
        for k in range(0, len(fill), per):
            scrawl(s, b[0] + mm(4), ty, fill[k:k + per], rng, role=role, size=mm(5.6), ink=ink, slant=4.0)
            ty += mm(8)
    scrawl(s, right[-1][0] + mm(60), right[-1][1] + mm(6), num_date(d), rng, role=role, size=mm(5.4), ink=ink)
    if by_respondent and r.kind == "organisation":
        seal(s, right[-1][0] + mm(40), right[-2][1], r.name, rng, radius=mm(18))
    elif by_respondent or a.kind == "person":
        thumb(s, right[-1][0] + mm(40), right[-1][1] + mm(11), rng)
    else:
        seal(s, right[-1][0] + mm(45), right[-1][1] + mm(8), a.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 printout: monospaced table, the system's title, printed time at the foot."""
    s = Sheet()
    f = font("mono", mm(3.5))
    s.centred(mm(18), "执行案件网络查控结果（总对总）", font("sans_bold", mm(6)))
    r = c.respondent
    s.text(mm(14), mm(31), f"案号：{c.number}  承办人：{c.officer}  查询日期：{d:%Y-%m-%d}", f)
    s.text(mm(14), mm(38), f"被查询人：{r.name}  证照号码：{r.id_number}", f)
    t = c.extra["tale"]
    if t == "yak":
        hit = (str(c.extra["r_bank"])[:8], f"余额{c.amount + rng.randint(3000, 40000):,.2f}元，已冻结{c.amount:,.2f}元")
    elif t == "hotel":
        hit = ("兰州银行", f"余额{rng.randint(20000, 90000):,.2f}元")
    else:
        hit = ("甘肃银行", f"余额{rng.randint(200, 4000):,.2f}元")
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "甘肃银行", "兰州银行",
             "甘肃省农村信用社联合社", "自然资源部", "公安部交通管理局", "中国证券登记结算", "支付宝", "财付通", "民政部（婚姻）"]
    rows = [["序号", "协查单位", "类型", "反馈结果", "反馈日期"]]
    for i, u in enumerate(units, 1):
        res = hit[1] if u.startswith(hit[0][:4]) or (t == "yak" and u == "甘肃省农村信用社联合社" and "农村" in hit[0]) else "无"
        if u == "公安部交通管理局":
            res = "登记车辆1辆" if t != "yak" else "登记车辆2辆（货车）"
        rows.append([str(i), u, "存款" if i <= 9 else ("不动产" if i == 10 else "其他"), res,
                     f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d}"])
    from dossier.corpus.draw import table

    table(s, mm(12), mm(46), [mm(13), mm(50), mm(18), mm(74)], rows, f, row_h=mm(10.5), pad=5)
    s.text(mm(14), s.height - mm(20), f"打印人：{c.clerk}  打印时间：{d + timedelta(days=4):%Y-%m-%d} 09:{rng.randint(10, 59)}"
           "  共1页", font("mono", mm(3.2)))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The instalment agreement, written out by the herder's lawyer on ruled paper at the bureau, signed, thumb-printed
    and sealed by the contractor."""
    a, r = c.applicant, c.respondent
    parts, paid = c.extra["instalments"], c.extra["paid"]
    s = Sheet(paper=(252, 251, 246))
    gap = mm(11)
    _ruled(s, mm(40), 23, gap)
    scrawl(s, s.width / 2 - mm(34), mm(20), "执行和解协议", rng, role="wenkai", size=mm(9), ink=AGENT_INK)
    lines = [f"甲方（申请执行人）：{a.name}", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}",
             f"　{c.number}执行一案，经夏河县人民法院执行局主持，双方自愿达成和解：",
             f"　一、乙方欠甲方网围栏工钱{c.amount:,.2f}元，分三期交到法院执行款账户：",
             f"　{num_date(paid[0] - timedelta(days=2))}前付{parts[0]:,.0f}元；{num_date(paid[1] - timedelta(days=2))}前付{parts[1]:,.0f}元；"
             f"{num_date(paid[2] - timedelta(days=2))}前付{parts[2]:,.0f}元。",
             "　二、乙方按期付清的，甲方放弃迟延履行利息；任何一期逾期，甲方可申请恢复执行全部余款。",
             "　三、本协议一式三份，双方各执一份，法院附卷一份。"]
    y = _hand_lines(s, lines, rng, top=mm(40), gap=gap)
    scrawl(s, mm(36), y + gap, f"甲方：{a.name}", rng, role="wenkai", size=mm(6.4), ink=AGENT_INK)
    thumb(s, mm(100), y + gap + mm(4), rng)
    scrawl(s, mm(116), y + gap, f"乙方：{r.legal_rep}", rng, role="kai_gb", size=mm(6.4), ink=(20, 20, 20))
    seal(s, mm(150), y + gap + mm(6), r.name, rng, radius=mm(18))
    scrawl(s, mm(36), y + 2 * gap + mm(6), f"执行员：{c.officer}　　{num_date(d)}", rng, role="kai", size=mm(6), ink=(25, 25, 25))
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The rural commercial bank's 业务回单 for the court's payout to the cooperative, two to a page (the lower one
    blank-cut)."""
    s = Sheet()
    f = font("sans", mm(3.9))
    y = float(mm(18))
    s.text(mm(16), y, "甘肃夏河农村商业银行", font("sans_bold", mm(6)))
    s.right(s.width - mm(16), y + mm(1), "业务回单（付款）", font("sans_bold", mm(5.5)))
    y += mm(14)
    when = c.extra["paid_out"]
    rows = [["回单编号", f"{rng.randint(10**15, 10**16 - 1)}", "交易日期", f"{when:%Y-%m-%d}"],
            ["付款人户名", f"{COURT}", "付款人账号", COURT_ACCT],
            ["收款人户名", c.applicant.name, "收款人账号", c.extra["in_acct"]],
            ["收款人开户行", c.extra["in_bank"], "币种", "人民币"],
            ["金额（小写）", f"{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["用途", f"{c.number}执行案款", "渠道", "柜面"]]
    from dossier.corpus.draw import table

    y = table(s, mm(14), y, [mm(30), mm(62), mm(28)], rows, f, row_h=mm(12), pad=6)
    s.text(mm(16), y + mm(4), f"柜员：{rng.randint(10000, 99999)}　　授权：{rng.randint(10000, 99999)}　　打印次数：1",
           font("sans", mm(3.4)))
    seal(s, s.width - mm(50), y - mm(6), "甘肃夏河农村商业银行股份有限公司营业部", rng, radius=mm(16), inner="业务专用章")
    s.line(0, y + mm(16), s.width, y + mm(16), width=1, fill=(190, 190, 190))
    return [s]


def _court_voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bureau's bilingual 执行案款发放凭证, filled by the clerk, signed by the hotel's cashier."""
    a = c.applicant
    s, y = form_page("执行案款发放凭证", c.number)
    w = s.width - LEFT - RIGHT
    when = c.extra["paid_out"]
    rows = [["领款人", a.name], ["金额", money(c.amount)], ["开户行", c.extra["in_bank"]], ["账号", c.extra["in_acct"]],
            ["发放方式", "转账"], ["承办人", ""], ["审批", ""], ["收款人", ""]]
    hs = [mm(17), mm(22), mm(17), mm(17), mm(17), mm(20), mm(24), mm(24)]
    boxes = bgrid(s, LEFT, y, [mm(42), w - mm(42)], rows, song(mm(4.2)), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    from dossier.corpus.families.court_iw_kit import pen

    pen(s, right[5][0] + mm(8), right[5][1] + mm(4), f"{c.officer}　{num_date(when - timedelta(days=1))}", rng, size=40)
    pen(s, right[6][0] + mm(8), right[6][1] + mm(5), f"同意发放。{person_name(rng)}　{when.month}.{when.day}", rng, size=40,
        ink=(25, 25, 25))
    scrawl(s, right[7][0] + mm(8), right[7][1] + mm(5), f"{person_name(rng)}（{a.name[:6]}财务）", rng, role="kai_gb",
           size=mm(6), ink=AGENT_INK)
    bi_seal(s, right[6][2] - mm(40), right[6][1] + mm(6), rng, radius=mm(17), inner="执行款专用")
    s.text(LEFT, boxes[-1][3] + mm(5), f"款项来源：被执行人{c.respondent.name}于{num_date(c.extra['paid_in'])}交至本院执行款专户。",
           song(mm(3.8)))
    return [s]


def _receipts(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Each instalment the herder drew at the bureau: a 收条 he signed and thumb-printed, on a half sheet of ruled paper,
    one page each."""
    a = c.applicant
    out: list[Sheet] = []
    for k, (amount, when) in enumerate(zip(c.extra["instalments"], c.extra["paid"], strict=True)):
        s = Sheet(paper=(252, 251, 246))
        gap = mm(12)
        _ruled(s, mm(40), 11, gap)
        scrawl(s, s.width / 2 - mm(12), mm(20), "收　条", rng, role="wenkai", size=mm(9), ink=AGENT_INK)
        nth = "一二三"[k]
        amt = Decimal(amount)
        lines = [f"　今收到夏河县人民法院转来{c.respondent.name}支付的网围栏工钱第{nth}期，",
                 f"人民币{amt:,.2f}元（大写：{money_caps(amt)}）。", f"　案号：{c.number}"]
        y = _hand_lines(s, lines, rng, top=mm(40), gap=gap, per=24)
        scrawl(s, s.width - mm(110), y + gap, f"收款人：{a.name}", rng, role="wenkai", size=mm(6.6), ink=AGENT_INK)
        thumb(s, s.width - mm(36), y + gap + mm(4), rng)
        scrawl(s, s.width - mm(110), y + 2 * gap, num_date(when), rng, role="wenkai", size=mm(6.6), ink=AGENT_INK)
        scrawl(s, mm(34), y + 3 * gap, f"经办：{c.clerk}", rng, role="kai", size=mm(5.6), ink=(25, 25, 25))
        s.line(0, s.height * 0.55, s.width, s.height * 0.55, width=1, fill=(205, 205, 205))
        s.starts_document = k > 0
        out.append(s)
    return out

