"""What 中山区法院执行局 receives, each in its maker's hand: the 2011 judgment (stencil cut on the typewriter, run off
on the mimeograph, the court's seal and a 与原本核对无异 stamp on the copy) and the civil division's typed-on-the-ribbon
生效证明书 of the same year; today's civil division's 民事判决书 and 民事调解书 in 明体 with "- n -" folios; the Dalian
lawyers' applications in 楷体 under a bold 黑体 title and a rule; a 律师事务所函 under a dark-red letterhead with the
firm's number; ID cards copied one face above the other, a 营业执照 copy with the 法定代表人身份证明书 typed beneath;
the window's forms filled in ballpoint; the 辽宁省政府非税收入一般缴款书 in brick red; the 查控 system's feedback list; a
和解协议 typed in the GB 宋 of an office PC; and the bank slips and the court's 案款 vouchers."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_hk_kit import (
    BALLPOINT,
    COURT,
    LEFT,
    OLD_COURT,
    RIGHT,
    TOP,
    Flow,
    Typewriter,
    body,
    form_title,
    frame,
    pen,
    set_age,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "resumption_application", "enforcement_basis", "effectiveness_certificate",
    "property_clue_form", "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
    "payment_account_confirmation", "service_address_confirmation", "property_declaration_form",
    "online_inquiry_result", "settlement_agreement", "payment_voucher",
})
BRICK = (170, 60, 45)
FIRM_RED = (150, 20, 30)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hk import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _old_judgment(c, rng) if _tale(c) == "yard" else _civil(c, rng)
    if code == "effectiveness_certificate":
        return _old_certificate(c, rng)
    if code in ("enforcement_application", "resumption_application"):
        return _application(c, rng, d, resume=code == "resumption_application")
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _business(p, c, rng, d) if p.kind == "organisation" else _id_card(p, rng)
    if code == "fee_receipt":
        return _fee(c, rng, d)
    if code in ("payment_account_confirmation", "service_address_confirmation", "property_clue_form",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng, d)
    raise KeyError(code)


def _person(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1975, 1, 1)
    return (f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，"
            f"公民身份号码{p.id_number}，联系电话{p.phone}。")


# ---------------------------------------------------------------- the 2011 papers


def _old_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 2011 民事判决书 as served: a stencil cut on the typewriter and run off on the duplicator, two leaves,
    the court's seal and a 与原本核对无异 stamp pressed on the copy."""
    a, r = c.applicant, c.respondent
    judged = date.fromisoformat(str(c.extra["old_judged"]))
    born = a.born or date(1960, 1, 1)
    judge = person_name(rng)
    goods = "船用阀门、法兰、钢丝绳等船用五金配件"
    owed = c.amount
    paras = [
        ("h", f"原告{a.name}，男，{born.year}年{born.month}月{born.day}日出生，汉族，个体工商户，住大连市中山区。"),
        ("h", f"被告{r.name}，住所地{r.address.replace('辽宁省', '')}。"),
        ("h", f"法定代表人{c.extra['old_rep']}，该公司经理。"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院受理后，依法由审判员{judge}适用简易程序，公开开庭进行了"
              f"审理。原告{a.name}、被告的委托代理人{person_name(rng)}到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告诉称，2009年至2010年间，原告陆续向被告供应{goods}，双方约定货到后三个月内付款。经对账，被告尚欠货款"
              f"{owed:.2f}元，原告多次催要未果，请求判令被告给付货款并承担诉讼费用。"),
        ("p", "被告辩称，对欠款数额无异议，因修船业务萎缩，资金周转困难，请求宽限。"),
        ("p", f"经审理查明，原告自2009年3月起向被告供应{goods}，至2010年11月止，经双方对账确认，被告欠原告货款"
              f"{owed:.2f}元，被告在对账单上加盖公章。"),
        ("p", "本院认为，原、被告之间的买卖合同关系合法有效，被告收货后未按约定支付货款，应承担给付责任。依照《中华人民"
              "共和国合同法》第一百零七条、第一百五十九条之规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效后十日内给付原告{a.name}货款{owed:.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百二十九条之规定，加倍"
              "支付迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(owed) // 100 + 50}元，减半收取{(int(owed) // 100 + 50) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于辽宁省"
              "大连市中级人民法院。"),
    ]
    sheets: list[Sheet] = []
    writers: list[Typewriter] = []

    def leaf() -> Typewriter:
        s = Sheet(paper=(250, 249, 243))
        t = Typewriter(s, rng, size=40, cell=46, lead=84, left=mm(30), right=mm(24))
        sheets.append(s)
        writers.append(t)
        return t

    t = leaf()
    t.centred(mm(24), OLD_COURT, size=52, cell=66)
    t.centred(mm(24) + 100, "民事判决书", size=70, cell=120)
    num = c.basis_number
    t.strike(t.sheet.width - t.right - t.cell * len(num), mm(24) + 214, num)
    y: float = mm(24) + 310
    bottom = t.sheet.height - mm(34)
    for kind, text in paras:
        for part in _cells(text, t.per_line, indent=0 if kind == "h" else 2, hang=2 if kind == "h" else 0):
            if y + t.lead > bottom:
                t = leaf()
                y = mm(26)
            x = t.left + t.cell * part[0]
            t.strike(x, y, part[1])
            y += t.lead
    if y + 500 > bottom:
        t = leaf()
        y = mm(30)
    x = t.sheet.width - t.right - t.cell * 11
    t.strike(x, y + 40, f"审判员　{judge}")
    when = cn_date(judged)
    t.strike(x, y + 200, when)
    t.strike(x, y + 400, f"书记员　{person_name(rng)}")
    for i, w in enumerate(writers, 1):
        w.centred(w.sheet.height - mm(20), f"－{i}－", size=30, cell=36)
        w.finish("mimeo")
    last = sheets[-1]
    seal(last, x + 46 * 4, y + 215, OLD_COURT, rng, radius=mm(21))
    _old_stamp(last, mm(32), y + 230, rng)
    if len(sheets) > 1:
        for i, s in enumerate(sheets, 1):
            s.page_of = (i, len(sheets))
    return set_age(sheets, 13)


def _cells(text: str, per_line: int, *, indent: int, hang: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    cur, room, at = "", per_line - indent, indent
    for ch in text:
        if len(cur) >= room:
            if ch in "，。、；：）”！？" and cur:
                out.append((at, cur[:-1]))
                cur = cur[-1]
            else:
                out.append((at, cur))
                cur = ""
            room, at = per_line - hang, hang
        cur += ch
    if cur:
        out.append((at, cur))
    return out


def _old_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The copy's rubber stamp 本件与原本核对无异, pressed in red pad ink gone dull."""
    f = font("kai", 34)
    text = "本件与原本核对无异"
    w = text_width(text, f) + 34
    ink = (RED[0] - 40, RED[1] + 20, RED[2] + 20)
    tilt = rng.uniform(-6, 6)
    s.box(x, y + tilt, x + w, y + 62 + tilt, width=4, outline=ink)
    s.text(x + 17, y + 13 + tilt, text, f, fill=ink)


def _old_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 生效证明书 of 2011, typed straight on the ribbon (now faded) on a half-filled leaf."""
    s = Sheet(paper=(251, 250, 245))
    t = Typewriter(s, rng, size=42, cell=48, lead=90, left=mm(30), right=mm(26))
    t.centred(mm(30), OLD_COURT, size=50, cell=64)
    t.centred(mm(30) + 100, "生效证明书", size=68, cell=116)
    served = date.fromisoformat(str(c.extra["old_served"]))
    eff = c.basis_effective
    y: float = mm(30) + 260
    y = t.para(y, f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案的民事判决书，"
                  f"已于{served.year}年{served.month}月{served.day}日送达双方当事人。双方当事人在法定上诉期限内均未提出上诉，"
                  f"该判决书已于{eff.year}年{eff.month}月{eff.day}日发生法律效力。")
    y = t.para(y + 10, "特此证明。")
    when = cn_date(eff + timedelta(days=6))
    x = s.width - t.right - t.cell * 12
    t.strike(x, y + 150, "民事审判第二庭")
    t.strike(x, y + 250, when)
    t.finish("ribbon")
    seal(s, x + 48 * 6, y + 250, OLD_COURT, rng, radius=mm(20))
    hand(s, mm(30), y + 420, f"经办人：{person_name(rng)}", rng, size=40, ink=(40, 46, 90))
    return set_age([s], 13)


# ---------------------------------------------------------------- today's civil division


def _civil(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 民事判决书 (port) or 民事调解书 (loan): 明体, centred "- n -" folios."""
    a, r = c.applicant, c.respondent
    port = _tale(c) == "port"
    judge = person_name(rng)
    heard = c.basis_effective - timedelta(days=rng.randint(50, 70))
    if port:
        boxes = int(c.extra["boxes"])
        title = "民事判决书"
        paras = [
            ("h", f"原告：{_person(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_person(r)}"),
            ("p", f"原告{a.name}与被告{r.name}仓储合同纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用"
                  f"简易程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}到庭参加诉讼，被告经传票"
                  "传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：1.判令被告支付集装箱堆存费、短驳运输费共计{c.amount:,.2f}元；2.诉讼费用由被告负担。"
                  f"事实和理由：2022年4月，原、被告签订《集装箱堆存及短驳运输协议》，约定原告为被告进口的冻品集装箱提供"
                  f"大连港区至原告堆场的短驳运输及堆存服务，费用按月结算。2022年5月至2023年2月，原告共为被告短驳、堆存集装箱"
                  f"{boxes}个，经双方对账，被告尚欠费用{c.amount:,.2f}元未付。"),
            ("p", "被告未到庭，亦未提交书面答辩意见。"),
            ("p", "本院经审理认定事实如下：原告所述签约、履行及对账情况，有协议、作业单、对账单等证据证实，本院予以确认。"),
            ("p", "本院认为，原、被告之间的仓储合同合法有效。原告已按约提供短驳运输及堆存服务，被告应按约支付费用。依照"
                  "《中华人民共和国民法典》第五百零九条、第九百零四条、第九百一十二条，《中华人民共和国民事诉讼法》第一百四十七"
                  "条的规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}集装箱堆存费、短驳运输费{c.amount:,.2f}元。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍"
                  "支付迟延履行期间的债务利息。"),
            ("p", f"案件受理费{int(c.amount) // 100 + 30}元，减半收取{(int(c.amount) // 100 + 30) // 2}元，由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于辽宁省"
                  "大连市中级人民法院。"),
        ]
        signers = [("审判员", judge)]
    else:
        title = "民事调解书"
        first = (c.amount * Decimal("0.3")).quantize(Decimal("1"))
        paras = [
            ("h", f"原告：{_person(a)}"), ("h", f"被告：{_person(r)}"),
            ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于{cn_date(heard - timedelta(days=30))}立案后，依法适用"
                  "简易程序进行了审理。"),
            ("p", f"原告向本院提出诉讼请求：判令被告偿还借款{c.amount:,.2f}元及利息。事实和理由：2021年6月，被告以经营"
                  f"“{c.extra['stall']}”需要周转为由向原告借款，原告通过银行转账交付，被告出具借条，约定2022年6月前还清。"
                  "到期后被告未还。"),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}于2023年12月31日前偿还原告{a.name}借款{first:,.2f}元，余款{c.amount - first:,.2f}元于"
                  "2024年3月31日前还清；"),
            ("p", "二、被告如未按期足额履行上述任何一期付款义务，原告有权就全部未付款项申请强制执行；"),
            ("p", "三、原告放弃其他诉讼请求；"),
            ("p", f"四、案件受理费{int(c.amount) // 200 + 25}元，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ]
        signers = [("审判员", judge)]
    s = Sheet()
    f = font("ming", 41)
    s.centred(TOP, COURT, font("ming", 54), spacing=5)
    s.centred(TOP + 96, title, font("serif_bold", 80), spacing=36)
    run = Flow([s], TOP + 236, lead=72, left=mm(28), right=mm(26))
    run.flush(c.basis_number, font("ming", 40), right=True)
    for kind, text in paras:
        run.para(text, f, indent=0 if kind == "h" else 2, hang=2 if kind == "h" else 0)
    run.need(400)
    last, y = run.s, run.y + 50
    x = last.width - mm(98)
    for role, name in signers:
        last.text(x, y, f"{role}　　{name}", f)
        y += 80
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(18, 24)) if port else c.basis_effective)
    last.text(x, y + 30, when, f)
    seal(last, x + text_width(when, f) / 2, y + 44, COURT, rng, radius=mm(20.5))
    last.text(x, y + 130, f"书记员　　{person_name(rng)}", f)
    n = len(run.sheets)
    for i, sh in enumerate(run.sheets, 1):
        sh.centred(sh.height - mm(18), f"- {i} -", font("ming", 32))
        if i > 1:
            sh.page_of = (i, n)
    return run.sheets


# ---------------------------------------------------------------- the parties' and lawyers' papers


def _application(c: CaseCtx, rng: random.Random, d: date, *, resume: bool) -> list[Sheet]:
    """The lawyer's application: 黑体 title over a rule, 楷体 body, requests numbered, signed by hand (or sealed)."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    title = "恢复执行申请书" if resume else "强制执行申请书"
    s.centred(TOP, title, font("hei", 68), spacing=10)
    s.line(mm(40), TOP + 96, s.width - mm(40), TOP + 96, width=3)
    run = Flow([s], TOP + 140, lead=76, left=mm(26), right=mm(24))
    f = font("kai", 44)
    blocks: list[tuple[str, str]] = [("h", f"申请人：{_person(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                                     ("h", f"被申请人：{_person(r)}")]
    if resume:
        blocks += [
            ("t", "请求事项："),
            ("p", f"1.请求恢复{c.previous_number}案件的执行，强制被申请人给付货款{money(c.amount)}；"),
            ("p", f"2.请求冻结、提取被申请人应得的{c.extra['lot']}房屋征收补偿款；"),
            ("p", "3.申请人自愿放弃迟延履行期间的债务利息，请求尽快执行；执行费用由被申请人负担。"),
            ("t", "事实与理由："),
            ("p", f"申请人与被申请人买卖合同纠纷一案，{OLD_COURT}{c.basis_number}民事判决书已于2011年发生法律效力。被申请人未"
                  f"履行，申请人于2011年申请执行，因被申请人停业、无财产可供执行，贵院于2011年裁定终结本次执行程序。近日申请人"
                  f"得知，被申请人名下{c.extra['lot']}已列入中山区东港片区房屋征收范围，被申请人可得征收补偿款，现为可供执行的"
                  "财产。依照相关法律规定，特申请恢复执行。"),
        ]
    else:
        clue = (f"被申请人在{c.extra['r_bank']}开有基本存款账户（账号{c.extra['r_acct']}）" if _tale(c) == "port"
                else "被申请人曾在港湾广场附近经营海鲜排档，现下落在甘井子区")
        blocks += [
            ("t", "请求事项："),
            ("p", f"1.强制被申请人履行{c.basis_number}{'民事判决书' if _tale(c) == 'port' else '民事调解书'}确定的给付义务，"
                  f"支付{money(c.amount)}；"),
            ("p", "2.被申请人加倍支付迟延履行期间的债务利息，并负担执行费用；"),
            ("p", "3.对被申请人采取限制消费措施；被申请人拒不履行的，将其纳入失信被执行人名单。"),
            ("t", "事实与理由："),
            ("p", f"申请人与被申请人{c.extra['cause']}一案，贵院作出的{c.basis_number}法律文书已经发生法律效力，被申请人至今"
                  f"未履行。据申请人了解，{clue}。为维护申请人的合法权益，依照《中华人民共和国民事诉讼法》第二百四十七条的"
                  "规定，特向贵院申请强制执行。"),
        ]
    blocks += [("t", "此致"), ("t", COURT)]
    for kind, text in blocks:
        if kind == "t":
            run.flush(text, f)
        else:
            run.para(text, f, indent=2 if kind == "p" else 0, hang=3 if kind == "h" else 0)
    run.need(280)
    last, y = run.s, run.y + 40
    last.text(last.width - mm(112), y, "申请人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(52), y + 20, a.name, rng, radius=mm(19))
        hand(last, last.width - mm(78), y - 4, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(last, last.width - mm(78), y - 8, a.name, rng, size=58, ink=INK)
    last.text(last.width - mm(112), y + 100, "代理人：", f)
    hand(last, last.width - mm(78), y + 92, c.agent, rng, size=54, ink=INK)
    last.text(last.width - mm(100), y + 200, num_date(d), f)
    if len(run.sheets) > 1:
        for i, sh in enumerate(run.sheets, 1):
            if i > 1:
                sh.page_of = (i, len(run.sheets))
    return run.sheets


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """授权委托书 as a ruled form the firm keeps in stock."""
    a = c.applicant
    s = Sheet()
    y = form_title(s, "授权委托书", issuer="")
    w = s.width - LEFT - RIGHT
    scope = ("特别授权：代为申请执行、申请恢复执行，提供财产线索，代为参加执行和解、签订和解协议，代为签收法律文书，"
             "代为收取执行款项。")
    rows = [["委托人", a.name], ["委托人住址", a.address], ["受托人", f"{c.agent}　{c.firm}律师"], ["受托人电话", c.agent_phone],
            ["委托事项", f"{c.number}{a.name}与{c.respondent.name}{c.extra['cause']}执行一案"], ["代理权限", scope],
            ["委托期限", "自签署之日起至本案执行终结之日止"]]
    boxes = frame(s, LEFT, y, [mm(40), w - mm(40)], rows, heights=[mm(16), mm(22), mm(16), mm(16), mm(24), mm(34), mm(16)],
                  f=font("kai", 38))
    y = boxes[-1][3] + 70
    f = font("kai", 42)
    s.text(LEFT, y, "委托人（签名或盖章）：", f)
    if a.kind == "organisation":
        seal(s, LEFT + mm(110), y + 20, a.name, rng, radius=mm(18))
        hand(s, LEFT + mm(92), y - 6, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(s, LEFT + mm(92), y - 8, a.name, rng, size=58, ink=INK)
        s.draw.ellipse((LEFT + mm(128), y + 6, LEFT + mm(128) + 36, y + 50), fill=(196, 44, 44))
    s.text(LEFT, y + 110, "受托人（签名）：", f)
    hand(s, LEFT + mm(70), y + 100, c.agent, rng, size=54, ink=INK)
    s.right(s.width - RIGHT, y + 230, num_date(d), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP - 16, c.firm, font("serif_bold", 72), fill=FIRM_RED, spacing=8)
    s.line(LEFT - mm(8), TOP + 86, s.width - RIGHT + mm(8), TOP + 86, width=4, fill=FIRM_RED)
    no = f"（{d.year}）辽律函字第{rng.randint(30, 480)}号"
    s.text(LEFT - mm(6), TOP + 108, no, body(36))
    s.centred(TOP + 200, "律 师 事 务 所 函", font("hei", 60))
    run = Flow([s], TOP + 320, lead=76, left=mm(26), right=mm(24))
    f = body(41)
    run.flush(f"{COURT}执行局：", f)
    run.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
             "委托代理人，代为办理申请执行等相关事宜。", f)
    run.para("特此函告，请予接洽。", f)
    run.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　手机：{c.agent_phone}", body(34), indent=0)
    run.para(f"本所地址：{c.extra['firm_addr']}", body(34), indent=0)
    y = run.y + 130
    s.right(s.width - RIGHT - mm(6), y, cn_date(d), f)
    seal(s, s.width - RIGHT - mm(36), y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data page photocopied on a grey cast, the lawyer's note under it."""
    s = Sheet()
    x0, y0, x1, y1 = mm(40), mm(36), s.width - mm(40), mm(176)
    s.draw.rectangle((x0, y0, x1, y1), fill=(222, 222, 220), outline=(90, 90, 90), width=3)
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("serif_bold", 52), x0=x0, x1=x1)
    s.draw.rectangle((x0 + mm(10), y0 + mm(26), x0 + mm(46), y0 + mm(72)), fill=(150, 150, 150))
    f = font("sans", 34)
    ty = y0 + mm(28)
    for label, value in (("持证人", c.agent), ("性　别", "男" if rng.random() < 0.6 else "女"),
                         ("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                         ("发证机关", "辽宁省司法厅"), ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月")):
        s.text(x0 + mm(54), ty, f"{label}：{value}", f)
        ty += mm(10)
    seal(s, x1 - mm(34), y1 - mm(28), "辽宁省司法厅", rng, radius=mm(17))
    s.text(x0, y1 + mm(12), "（年度考核备案：2023年度　称职）", body(32))
    hand(s, x0 + mm(10), y1 + mm(34), "此复印件与原件一致", rng, size=56, ink=INK)
    hand(s, x0 + mm(100), y1 + mm(36), c.agent, rng, size=52, ink=INK)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card copied one above the other, centred on the page, the holder's note below."""
    s = Sheet()
    w, h = mm(90), mm(57)
    x = (s.width - w) / 2 + rng.uniform(-mm(4), mm(4))
    ys = [mm(36), mm(36) + h + mm(14)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(218, 218, 215), outline=(110, 110, 110), width=2)
    y = ys[0]
    s.draw.rectangle((x + w - mm(27), y + mm(7), x + w - mm(5), y + mm(36)), fill=(150, 150, 150))
    lab, val = font("hei", 26), font("hei", 32)
    born = p.born or date(1975, 1, 1)
    ty = y + mm(6)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(5), ty, label, lab, fill=(90, 90, 90))
        s.text(x + mm(16), ty - 2, value, val)
        ty += mm(8)
    s.text(x + mm(5), ty, "住址", lab, fill=(90, 90, 90))
    addr = p.address
    for k in range(0, len(addr), 11):
        s.text(x + mm(16), ty - 2, addr[k:k + 11], val)
        ty += mm(5.4)
    s.text(x + mm(5), y + h - mm(9), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(28), y + h - mm(10), p.id_number, font("mono", 36))
    y = ys[1]
    s.draw.ellipse((x + mm(6), y + mm(6), x + mm(22), y + mm(22)), outline=(120, 120, 120), width=3)
    s.text(x + mm(30), y + mm(8), "中华人民共和国", font("hei", 40))
    s.text(x + mm(22), y + mm(20), "居民身份证", font("hei", 58), spacing=12)
    police = "大连市公安局中山分局" if p.id_number.startswith("210202") else "大连市公安局甘井子分局"
    s.text(x + mm(10), y + h - mm(17), f"签发机关　{police}", lab)
    start = rng.randint(2012, 2021)
    s.text(x + mm(10), y + h - mm(10), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-长期"
           if start < 2014 else f"有效期限　{start}.05.1{rng.randint(0, 9)}-{start + 20}.05.1{rng.randint(0, 9)}", lab)
    hand(s, mm(36), ys[1] + h + mm(24), "复印件与原件一致，仅供法院执行使用", rng, size=48, ink=INK)
    hand(s, mm(120), ys[1] + h + mm(42), p.name, rng, size=56, ink=INK)
    return [s]


def _business(p: Party, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """营业执照（副本）copy in the upper half, the 法定代表人身份证明书 typed in a box below."""
    s = Sheet()
    frame_c = (120, 90, 50)
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(160)
    s.box(x0, y0, x1, y1, width=10, outline=frame_c)
    s.draw.ellipse(((x0 + x1) / 2 - mm(8), y0 + mm(5), (x0 + x1) / 2 + mm(8), y0 + mm(21)), outline=frame_c, width=3)
    s.centred(y0 + mm(24), "营 业 执 照", font("serif_bold", 88))
    s.centred(y0 + mm(42), "（副本）", body(34))
    s.draw.rectangle((x1 - mm(34), y0 + mm(10), x1 - mm(12), y0 + mm(32)), outline=(60, 60, 60), width=3)
    s.text(x0 + mm(8), y0 + mm(52), f"统一社会信用代码　{p.id_number}", font("serif", 34))
    port = "集装箱" in p.name
    scope = ("集装箱堆存、装卸、短驳运输；普通货物道路运输；仓储服务" if port else
             "船舶修理；船用配件销售" if "船舶" in p.name else "货物进出口；冻品、水产品批发")
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", scope), ("注册资本", f"人民币{rng.choice([100, 200, 500, 1000])}万元"),
            ("成立日期", f"{rng.randint(1998, 2008) if '船舶' in p.name else rng.randint(2010, 2019)}年{rng.randint(1, 12)}月"
                        f"{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(64)
    f = font("serif", 33)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(44), ty, value[:30], f)
        ty += mm(9)
    reg = "大连市中山区市场监督管理局" if "中山区" in p.address else "大连市沙河口区市场监督管理局"
    s.text(x1 - mm(84), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(48), y1 - mm(26), reg, rng, radius=mm(17))
    y = y1 + mm(14)
    s.box(mm(22), y, s.width - mm(22), y + mm(92), width=2)
    s.centred(y + mm(6), "法定代表人身份证明书", font("hei", 50))
    run = Flow([s], y + mm(22), lead=70, left=mm(32), right=mm(32))
    run.para(f"{p.legal_rep}，在我公司任执行董事兼总经理职务，系我公司的法定代表人。", body(40))
    run.para("特此证明。", body(40))
    s.right(s.width - mm(36), run.y + 40, num_date(d), body(40))
    seal(s, s.width - mm(62), run.y + 40, p.name, rng, radius=mm(18))
    hand(s, mm(26), s.height - mm(32), "与原件核对一致", rng, size=46, ink=INK)
    return [s]


def _fee(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """辽宁省政府非税收入一般缴款书, printed in brick red, the bank's stamp on it."""
    s = Sheet()
    f = font("song_gb", 32)
    s.centred(mm(24), "辽宁省政府非税收入一般缴款书", font("song_gb", 54), fill=BRICK, spacing=4)
    s.centred(mm(36), "（电子）　第一联　收据", f, fill=BRICK)
    s.text(mm(20), mm(46), f"执收单位编码：210202101　　缴款码：{rng.randint(10**17, 10**18 - 1)}", f, fill=BRICK)
    s.right(s.width - mm(20), mm(46), f"填制日期：{d:%Y年%m月%d日}", f, fill=BRICK)
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(40)
    rows = [["缴款人", c.applicant.name, "收款人", "大连市中山区财政局"], ["账号", "—", "账号", f"2105{rng.randint(10**12, 10**13 - 1)}"],
            ["执收单位", COURT, "开户银行", "大连银行中山支行"], ["项目名称", "申请执行费", "案号", c.number],
            ["金额（大写）", money_caps(fee), "（小写）", f"¥{fee:,.2f}"]]
    frame(s, mm(20), mm(54), [mm(32), mm(60), mm(28), w - mm(120)], rows, heights=mm(15), f=f, labels=(0, 2), ink=BRICK)
    s.text(mm(20), mm(134), f"经办人：{person_name(rng)}", f, fill=BRICK)
    seal(s, s.width - mm(56), mm(132), "大连银行中山支行", rng, radius=mm(16), inner="收讫")
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms, filled in ballpoint by the party."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    t = _tale(c)
    signer = a.legal_rep if a.kind == "organisation" else a.name
    upside = False
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取案款确认书")
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为接收本案执行款的账户。因提供的账户信息错误造成的损失，由本人（单位）承担。"
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent),
                ("联系电话", c.agent_phone), ("电子送达", f"同意，手机号码{c.agent_phone}")]
        note = "受送达人确认上述地址为本案执行程序中法律文书的送达地址。地址变更未及时告知法院的，文书按上述地址送达即视为送达。"
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索表")
        clue = (f"{c.extra['r_bank']}账户{c.extra['r_acct']}；被执行人在大窑湾港区另有冻品往来货款" if t == "port"
                else "原经营海鲜排档，现在码头打零工；名下可能有一辆电动车")
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("住所地", r.address), ("财产线索", clue),
                ("线索来源", "申请人自行了解")]
        note = "申请执行人应如实提供财产线索；提供虚假线索的，依法承担相应的法律责任。"
    else:
        y = form_title(s, "被执行人财产申报表")
        if t == "yard":
            items = [("银行存款", "公司账户2012年后已无余额"), ("不动产", f"{c.extra['lot']}（已列入征收范围）"), ("车辆", "无"),
                     ("对外债权", "无"), ("其他", "公司停业多年，无经营")]
        elif t == "port":
            items = [("银行存款", f"{c.extra['r_bank']}账户余额约四万元"), ("不动产", "无"), ("车辆", "无"),
                     ("对外债权", "应收冻品货款约三十万元"), ("其他", "库存冻品若干（质押给银行）")]
        else:
            items = [("银行存款", "无"), ("不动产", "无，租房居住"), ("车辆", "电动车一台"), ("收入", "打零工，每月约三千元"),
                     ("其他", "无")]
            upside = True
        rows = [("案号", c.number), ("申报人", r.name), *items]
        note = "申报人保证以上申报内容真实、完整，如有隐瞒、虚报，愿承担法律责任。"
        signer = r.legal_rep if r.kind == "organisation" else r.name
    boxes = frame(s, LEFT, y, [mm(40), w - mm(40)], [[label, ""] for label, _ in rows],
                  heights=[mm(24) if len(v) > 22 else mm(16) for _, v in rows])
    right = [b for b in boxes if b[0] > LEFT]
    for (_label, value), b in zip(rows, right, strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(3.5), value, rng, size=40, per_line=22, lead=mm(8))
    run = Flow([s], boxes[-1][3] + 40, lead=58)
    run.para(note, body(34))
    y = run.y + 60
    s.text(s.width - RIGHT - mm(110), y, "签名（盖章）：", body(38))
    pen(s, s.width - RIGHT - mm(56), y - 8, signer, rng, size=52)
    pen(s, s.width - RIGHT - mm(66), y + 80, num_date(d), rng, size=42)
    out = [s]
    return set_age(out, 0, upside_down=True, staple=False) if upside else out


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """网络执行查控系统's feedback list, printed from the browser: a title, the query's head, a thin-ruled table."""
    r = c.respondent
    s = Sheet()
    f = font("microhei", 28)
    s.text(mm(15), mm(10), f"{d:%Y/%m/%d} 16:{rng.randint(10, 59)}", f)
    s.right(s.width - mm(15), mm(10), "执行查控结果", f)
    s.centred(mm(22), "网络执行查控系统 · 查询结果反馈", font("microhei", 46))
    s.text(mm(15), mm(36), f"案号：{c.number}　　承办人：{c.officer}　　被查询人：{r.name}", f)
    s.text(mm(15), mm(43), f"证照号码：{r.id_number}　　查询方式：总对总　　发起时间：{d:%Y-%m-%d}", f)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"), ("交通银行", "存款"),
             ("招商银行", "存款"), ("大连银行", "存款"), ("大连农村商业银行", "存款"), ("中国邮政储蓄银行", "存款"),
             ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"), ("公安部交通管理局", "车辆"),
             ("自然资源部", "不动产"), ("中国证券登记结算有限责任公司", "证券"), ("市场监管总局", "股权"), ("渔船登记（农业农村部）", "船舶")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if _tale(c) == "port" and "招商" in unit:
            res = f"冻结{(c.amount * Decimal('0.4')).quantize(Decimal('1')):,}元"
        elif _tale(c) == "yard" and kind == "不动产":
            res = "房屋1处（征收中）"
        elif kind == "存款":
            res = f"余额{rng.randint(0, 60)}.{rng.randint(10, 99)}元" if rng.random() < 0.35 else "未开户"
        else:
            res = "无结果"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%m-%d}"])
    frame(s, mm(15), mm(52), [mm(14), mm(74), mm(24), mm(44), mm(24)], rows, heights=mm(10.5), f=f, labels=())
    s.text(mm(15), s.height - mm(18), "本结果由网络执行查控系统自动生成，仅供执行案件使用。", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed on an office PC in GB 宋 (dates in figures), both companies' seals; the officer notes
    each instalment by hand at the foot."""
    a, r = c.applicant, c.respondent
    paid = date.fromisoformat(str(c.extra["paid"]))
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    second = (c.amount * Decimal("0.3")).quantize(Decimal("1"))
    third = c.amount - first - second
    mid = d + (paid - d) / 2
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("song_gb", 74), spacing=16)
    run = Flow([s], TOP + 150, lead=74, left=mm(26), right=mm(24))
    f = font("song_gb", 41)
    for kind, text in [
        ("t", f"甲方（申请执行人）：{a.name}"), ("t", f"法定代表人：{a.legal_rep}"),
        ("t", f"乙方（被执行人）：{r.name}"), ("t", f"法定代表人：{r.legal_rep}"),
        ("p", f"甲乙双方仓储合同纠纷一案，{COURT}已以{c.number}立案执行。经{COURT}执行人员主持，双方自愿达成和解如下："),
        ("p", f"一、乙方共应支付甲方集装箱堆存费、短驳运输费{c.amount:,.2f}元，甲方放弃迟延履行期间的债务利息；"),
        ("p", f"二、乙方分三期付款：{d.year}年{d.month}月{d.day}日支付{first:,.2f}元；{mid.year}年{mid.month}月{mid.day}日前"
              f"支付{second:,.2f}元；{paid.year}年{paid.month}月{paid.day}日前支付{third:,.2f}元。款项汇入{COURT}执行款专户；"),
        ("p", "三、乙方按期付清后，甲方同意法院解除对乙方账户的冻结，本案执行完毕；"),
        ("p", "四、乙方任何一期逾期未付的，甲方可申请恢复执行原生效判决，已付款项予以扣除；"),
        ("p", "五、本协议一式三份，甲乙双方各执一份，交法院附卷一份，自双方签章之日起生效。"),
    ]:
        if kind == "t":
            run.flush(text, f)
        else:
            run.para(text, f)
    y = run.y + 60
    s.text(mm(26), y, "甲方（盖章）：", f)
    seal(s, mm(96), y + 30, a.name, rng, radius=mm(19))
    hand(s, mm(62), y + 90, a.legal_rep, rng, size=50, ink=INK)
    s.text(s.width / 2 + mm(8), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(78), y + 30, r.name, rng, radius=mm(19))
    hand(s, s.width / 2 + mm(44), y + 90, r.legal_rep, rng, size=50, ink=INK)
    s.text(mm(26), y + 200, f"签订日期：{d.year}年{d.month}月{d.day}日", f)
    pen(s, mm(26), y + 300, f"乙方已按协议分三期付清，末期款于{paid.month}月{paid.day}日到账。{c.officer}", rng, size=42,
        ink=BALLPOINT)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The court's 执行案款发放凭证 (printed from the case-money system, the applicant signs for it) over the bank's
    transfer slip; the port company's copy was bound head down."""
    s = Sheet()
    paid = date.fromisoformat(str(c.extra["paid"]))
    f = body(32)
    s.centred(mm(18), COURT, font("hei", 44), spacing=4)
    s.centred(mm(30), "执行案款发放凭证", font("serif_bold", 62), spacing=12)
    s.right(s.width - mm(20), mm(46), f"凭证号：ZK{d:%Y%m%d}{rng.randint(100, 999)}", f)
    w = s.width - mm(40)
    source = (f"{c.extra['payer']}划付征收补偿款" if _tale(c) == "yard" else f"{c.respondent.name}按和解协议分三期交款")
    rows = [["案号", c.number, "到账日期", f"{paid:%Y-%m-%d}"], ["款项来源", source],
            ["收款人", c.applicant.name, "收款账户", c.extra["in_acct"]], ["开户银行", c.extra["in_bank"]],
            ["发放金额（大写）", money_caps(c.amount), "（小写）", f"¥{c.amount:,.2f}"],
            ["审批人", c.extra.get("chief") or person_name(rng), "经办人", c.officer]]
    boxes = frame(s, mm(20), mm(56), [mm(38), mm(62), mm(30), w - mm(130)], rows, heights=mm(15), f=f, labels=(0, 2))
    y = boxes[-1][3] + mm(8)
    s.text(mm(20), y, "申请执行人确认：以上款项已收到。", body(36))
    who = c.applicant.legal_rep if c.applicant.kind == "organisation" else c.applicant.name
    hand(s, mm(120), y - 8, who, rng, size=54, ink=INK)
    hand(s, mm(150), y + mm(12), num_date(d), rng, size=40, ink=INK)
    y += mm(34)
    for x in range(mm(14), s.width - mm(14), 24):
        s.line(x, y, x + 12, y, width=2, fill=(120, 120, 120))
    y += mm(8)
    s.box(mm(20), y, s.width - mm(20), y + mm(88), width=2, outline=(40, 70, 120))
    s.centred(y + mm(4), "大连银行　业务回单（付款）", font("microhei", 40), fill=(40, 70, 120))
    bf = font("microhei", 30)
    lines = [f"交易日期：{d:%Y-%m-%d}　　交易流水号：{d:%Y%m%d}{rng.randint(10**8, 10**9 - 1)}",
             f"付款人户名：{COURT}　　账号：{c.extra['court_acct']}",
             f"收款人户名：{c.applicant.name}", f"收款人账号：{c.extra['in_acct']}　　开户行：{c.extra['in_bank']}",
             f"金额：¥{c.amount:,.2f}　　大写：{money_caps(c.amount)}", f"用途：{c.number}执行款"]
    for k, line in enumerate(lines):
        s.text(mm(28), y + mm(16) + k * mm(10), line, bf)
    seal(s, s.width - mm(56), y + mm(66), "大连银行中山支行", rng, radius=mm(15), inner="业务专用章")
    return set_age([s], 0, upside_down=_tale(c) == "port", staple=False)

