"""What 瑞丽法院执行局 receives, each in its maker's look: the civil division's 民事判决书 / 民事调解书 and 生效证明书 off its
laser printer (明体, "· n ·" folios), the 德宏仲裁委员会's 裁决书 and 生效证明 in 文楷 between double rules, the lawyers'
applications set as a table of parties over the text, a firm's red letterhead, the legal-aid 公函, ID cards and licences
photocopied, the window's forms (printed on the bureau's inkjet, filled by hand), the 非税收入 缴款书 with its
dot-matrix figures, the 查控 system's A3 printout, a bank's 电子回单 and a tapper's 案款领取单 with a red thumbprint."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import mm, seal, text_width
from dossier.corpus.families.court_ik_kit import (
    A3,
    COURT,
    DARKPEN,
    Flowing,
    L,
    Page,
    R,
    T,
    body,
    cells,
    folios,
    form_title,
    pen,
    spread,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
ARB = "德宏仲裁委员会"
THUMB = (196, 36, 44)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Page]:
    from dossier.corpus.families.court_ik import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _award(c, rng) if t == "freight" else _civil(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _window_application(c, rng, d) if t == "rubber" else _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _aid_letter(c, rng, d) if t == "rubber" else _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence_book(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "organisation":
            return [_business_licence(p, c, rng)]
        sheets = [_id_card(p, c, rng)]
        if "shop" in c.extra and p is c.respondent:
            sheets.append(_shop_licence(p, c, rng))
        return sheets
    if code == "fee_receipt":
        return [_fee_slip(c, rng)]
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return [_window_form(code, c, rng, d)]
    if code == "property_declaration_form":
        return [_declaration(c, rng, d)]
    if code == "online_inquiry_result":
        return [_inquiry(c, rng, d)]
    if code == "payment_voucher":
        return [_payout(c, rng, d)]
    raise KeyError(code)


def _who(p: Party, c: CaseCtx) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    nation = c.extra.get("nation", "汉") if p is c.applicant else "汉"
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，{nation}族，住{p.address}，公民身份号码{p.id_number}。"


def _typeset(first: Page, y: float, blocks: list[tuple[str, str]], face: str, size_mm: float, printer: str,
             lead: float = 1.85) -> Flowing:
    run = Flowing([first], y, printer=printer, left=mm(29), right=mm(27))
    f = font(face, mm(size_mm))
    for kind, text in blocks:
        if kind == "h":
            run.para(text, f, lead=f.size * lead, hang=f.size * 2)
        elif kind == "f":
            run.para(text, f, lead=f.size * lead)
        else:
            run.para(text, f, lead=f.size * lead, first=f.size * 2)
    return run


def _sign_block(run: Flowing, lines: list[str], when: str, seal_name: str, rng: random.Random, face: str) -> None:
    f = font(face, mm(5.2))
    run.room(f.size * 1.9 * (len(lines) + 3))
    s, y = run.s, run.y + f.size
    x = s.width - mm(98)
    for line in lines[:-1]:
        s.text(x, y, line, f)
        y += f.size * 1.9
    s.text(x, y + f.size * 0.4, when, f)
    seal(s, x + text_width(when, f) / 2, y + f.size, seal_name, rng, radius=mm(20.5))
    y += f.size * 2.6
    s.text(x, y, lines[-1], f)
    run.y = y + f.size * 2


def _civil(c: CaseCtx, rng: random.Random) -> list[Page]:
    """The civil division's 民事判决书 (jade) or 民事调解书 (rubber), laser printed, 明体, "· n ·" folios."""
    a, r = c.applicant, c.respondent
    jade = c.extra["tale"] == "jade"
    s = Page(printer="laser")
    s.centred(T, COURT, font("serif_bold", mm(7.6)), spacing=mm(0.8))
    title = "民事判决书" if jade else "民事调解书"
    spread(s, T + mm(15), title, font("serif_bold", mm(10.5)), mm(88))
    s.right(s.width - mm(27), T + mm(34), c.basis_number, font("ming", mm(5.2)))
    heard = c.basis_effective - timedelta(days=rng.randint(35, 60))
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    if jade:
        owed = c.amount
        blocks = [
            ("h", f"原告：{_who(a, c)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("h", f"被告：{_who(r, c)}系{c.extra['shop']}经营者。"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易程序，"
                  f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告{r.name}到庭参加诉讼。本案现已审理终结。"),
            ("p", f"{a.name}向本院提出诉讼请求：1.判令被告支付货款{owed:,.2f}元；2.本案诉讼费用由被告负担。事实和理由：2022年4月至"
                  f"2023年2月，被告分{rng.randint(6, 14)}次从原告处赊购翡翠手镯、挂件等货物，双方约定售出后结算。经对账，被告尚欠货款"
                  f"{owed:,.2f}元，并在对账单上签字确认，至今未付。"),
            ("p", f"{r.name}辩称，对欠款无异议，近期珠宝生意冷淡，无力一次付清，请求分期支付。"),
            ("p", "本院经审理认定事实如下：原告陈述的赊购、对账事实有送货单、对账单及微信聊天记录为证，被告亦予认可，本院予以确认。"),
            ("p", "本院认为，原、被告之间的买卖合同关系合法有效。被告收货后应按约支付货款，其未付款的行为构成违约，应当承担继续"
                  "履行的责任。依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百二十六条的规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{owed:,.2f}元。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                  "迟延履行期间的债务利息。"),
            ("p", f"案件受理费{int(owed) // 100 + 30}元，减半收取{(int(owed) // 100 + 30) // 2}元，由被告{r.name}负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于云南省德宏"
                  "傣族景颇族自治州中级人民法院。"),
        ]
    else:
        trees = c.extra["trees"]
        blocks = [
            ("h", f"原告：{_who(a, c)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师（法律援助）。"),
            ("h", f"被告：{_who(r, c)}"),
            ("p", f"原告{a.name}与被告{r.name}劳务合同纠纷一案，本院于{cn_date(heard - timedelta(days=30))}立案后，依法适用简易程序，"
                  f"于{cn_date(heard)}公开开庭进行了审理。"),
            ("p", f"原告诉称：2022年3月起，原告受被告雇请，在被告{c.respondent.address.split('市')[-1]}的胶林承包割胶{trees}株，"
                  "约定按交售干胶重量计酬，每月结算。2022年割胶季结束后，被告以胶价下跌为由拖欠劳务报酬至今。请求判令被告支付劳务报酬。"),
            ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}于{cn_date(c.basis_effective + timedelta(days=20))}前一次性支付原告{a.name}"
                  f"劳务报酬{c.amount:,.2f}元；"),
            ("p", "二、被告逾期未付的，原告可就全部款项申请强制执行；"),
            ("p", "三、原告放弃其他诉讼请求。"),
            ("p", f"案件受理费{int(c.amount) // 200 + 25}元，减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ]
    run = _typeset(s, T + mm(46), blocks, "ming", 5.3, "laser")
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 22)) if jade else c.basis_effective)
    _sign_block(run, [f"审 判 员　{judge}", f"书 记 员　{person_name(rng)}"], when, COURT, rng, "ming")
    return folios(run.sheets, style="dot")


def _award(c: CaseCtx, rng: random.Random) -> list[Page]:
    """The 德宏仲裁委员会's 裁决书: name in bold, title between double rules, body in 文楷, three arbitrators."""
    a, r = c.applicant, c.respondent
    s = Page(printer="laser")
    s.centred(T - mm(4), ARB, font("serif_bold", mm(8.5)), spacing=mm(3))
    y = T + mm(12)
    for dy, wd in ((0, 4), (mm(1.2), 1)):
        s.line(mm(28), y + dy, s.width - mm(28), y + dy, width=wd)
    spread(s, y + mm(5), "裁决书", font("serif_bold", mm(10)), mm(60))
    y2 = y + mm(21)
    for dy, wd in ((0, 1), (mm(1.2), 4)):
        s.line(mm(28), y2 + dy, s.width - mm(28), y2 + dy, width=wd)
    s.right(s.width - mm(28), y2 + mm(6), c.basis_number, font("wenkai", mm(5.2)))
    heard = c.basis_effective - timedelta(days=rng.randint(20, 40))
    trips = c.extra["trips"]
    blocks = [
        ("h", f"申请人：{_who(a, c)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), ("h", f"被申请人：{_who(r, c)}"),
        ("p", f"申请人{a.name}与被申请人{r.name}货物运输合同纠纷一案，本会根据双方签订的《跨境货物运输合同》中的仲裁条款，"
              f"于{cn_date(heard - timedelta(days=40))}受理。本案适用简易程序，由独任仲裁员审理，于{cn_date(heard)}开庭。被申请人经"
              "合法通知，无正当理由未到庭，本会依法缺席审理。本案现已审理终结。"),
        ("p", f"申请人称：2022年8月至12月，申请人受被申请人委托，经畹町、姐告口岸承运进出口货物{trips}车次，双方约定运费月结。"
              f"被申请人确认运费对账单后，尚欠运费{c.amount:,.2f}元未付。"),
        ("p", "仲裁庭查明：申请人提交的运输合同、派车单、口岸通关单据及对账单能够相互印证，仲裁庭予以采信。"),
        ("p", "仲裁庭认为：双方运输合同合法有效，申请人已完成运输义务，被申请人应依约支付运费。依照《中华人民共和国民法典》"
              "第八百零九条、第八百一十三条，《中华人民共和国仲裁法》第四十二条第二款的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付运费{c.amount:,.2f}元；"),
        ("p", f"二、本案仲裁费{int(c.amount) // 80 + 100}元，由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    run = _typeset(s, y2 + mm(18), blocks, "wenkai", 5.4, "laser", lead=1.75)
    _sign_block(run, [f"仲 裁 员　{person_name(rng)}", f"书　　记　{person_name(rng)}"],
                cn_date(c.basis_effective - timedelta(days=rng.randint(14, 20))), ARB, rng, "wenkai")
    return folios(run.sheets, style="right")


def _in_force(c: CaseCtx, rng: random.Random) -> list[Page]:
    a, r = c.applicant, c.respondent
    if c.extra["tale"] == "freight":
        s = Page(printer="laser")
        s.centred(T, ARB, font("serif_bold", mm(8.5)), spacing=mm(3))
        s.line(mm(28), T + mm(14), s.width - mm(28), T + mm(14), width=4)
        spread(s, T + mm(22), "裁决书生效证明", font("serif_bold", mm(9)), mm(110))
        s.right(s.width - mm(28), T + mm(40), f"德仲证字〔{c.filed_on.year}〕第{rng.randint(3, 60)}号", font("wenkai", mm(5)))
        served_on = c.basis_effective - timedelta(days=rng.randint(5, 12))
        run = _typeset(s, T + mm(56), [
            ("f", f"{COURT}："),
            ("p", f"申请人{a.name}与被申请人{r.name}货物运输合同纠纷一案，本会于"
                  f"{cn_date(c.basis_effective - timedelta(days=rng.randint(14, 20)))}作出{c.basis_number}裁决书。该裁决书已于"
                  f"{cn_date(served_on)}送达双方当事人。本裁决为终局裁决，自作出之日起发生法律效力。截至本证明出具之日，本会未收到"
                  "人民法院撤销或者不予执行该裁决的通知。"),
            ("p", "特此证明。"),
        ], "wenkai", 5.5, "laser")
        when = cn_date(c.filed_on - timedelta(days=rng.randint(5, 15)))
        run.y += mm(20)
        run.s.right(run.s.width - mm(36), run.y, when, font("wenkai", mm(5.5)))
        seal(run.s, run.s.width - mm(62), run.y + mm(2), ARB, rng, radius=mm(20.5))
        run.s.text(mm(30), run.y + mm(30), f"经办人：{person_name(rng)}　　联系电话：0692-21{rng.randint(10000, 99999)}", font("wenkai", mm(4.4)))
        return run.sheets
    s = Page(printer="laser")
    s.centred(T + mm(4), COURT, font("serif_bold", mm(7.6)), spacing=mm(0.8))
    spread(s, T + mm(20), "生效证明书", font("serif_bold", mm(10)), mm(90))
    s.right(s.width - mm(27), T + mm(38), c.basis_number.replace("号", "号之一"), font("ming", mm(5.2)))
    run = _typeset(s, T + mm(54), [
        ("f", f"{a.name}："),
        ("p", f"本院审理的原告{a.name}与被告{r.name}买卖合同纠纷一案，于{cn_date(c.basis_effective - timedelta(days=18))}作出"
              f"{c.basis_number}民事判决书，已送达双方当事人。在法定上诉期限内，双方当事人均未提起上诉，该判决书已于"
              f"{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
    ], "ming", 5.4, "laser")
    run.y += mm(22)
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(3, 10)))
    run.s.right(run.s.width - mm(32), run.y, when, font("ming", mm(5.4)))
    seal(run.s, run.s.width - mm(58), run.y + mm(2), COURT, rng, radius=mm(20))
    run.s.text(mm(30), run.y + mm(30), f"民事审判第{rng.choice(['一', '二'])}庭　　经办人：{person_name(rng)}", font("ming", mm(4.5)))
    return run.sheets


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    """The firm's typed application: title, then the parties set in a two-column table, then requests and reasons."""
    a, r = c.applicant, c.respondent
    s = Page(printer="laser")
    s.centred(T, "申 请 执 行 书", font("hei", mm(9.5)))
    f = font("kai", mm(4.8))
    w = s.width - mm(26) - mm(24)
    rows = [["申请执行人", _who(a, c) + f"联系电话：{a.phone}"], ["委托代理人", f"{c.agent}，{c.firm}律师，电话{c.agent_phone}"],
            ["被执行人", _who(r, c) + (f"系{c.extra['shop']}经营者。" if "shop" in c.extra else "")],
            ["执行依据", f"{c.basis_court}{c.basis_number}" + ("民事判决书" if c.extra["tale"] == "jade" else "裁决书")]]
    y = cells(s, mm(26), T + mm(20), [mm(32), w - mm(32)], rows, f, heights=[mm(30), mm(15), mm(30), mm(15)],
              frame=False)[-1][0][3] + mm(10)
    blocks = [
        ("f", "申请事项："),
        ("p", f"一、请求强制执行被执行人{r.name}支付{money(c.amount)}；"),
        ("p", "二、请求被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "三、请求对被执行人采取限制消费措施，如被执行人拒不履行，将其纳入失信被执行人名单；"),
        ("p", "四、本案执行费用由被执行人负担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出的上述法律文书已经发生法律效力，被执行人至今未履行。"
              + ("被执行人在珠宝街经营珠宝店，店内存有大量翡翠饰品，申请执行人请求依法查封、拍卖。" if "shop" in c.extra else
                 "被执行人在银行有经营账户，资金往来频繁，申请执行人请求依法冻结、扣划。")
              + "根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特申请强制执行。"),
        ("f", "此致"), ("f", COURT),
    ]
    run = Flowing([s], y, printer="laser", left=mm(26), right=mm(24))
    for kind, text in blocks:
        run.para(text, f, lead=f.size * 1.8, first=f.size * 2 if kind == "p" else 0)
    run.room(mm(40))
    last, y = run.s, run.y + mm(8)
    last.text(last.width - mm(104), y, "申请执行人（盖章）：", f)
    seal(last, last.width - mm(42), y + mm(4), a.name, rng, radius=mm(19))
    pen(last, last.width - mm(92), y + mm(18), num_date(d), rng, size=44, ink=(30, 30, 36))
    return folios(run.sheets, style="right")


def _window_application(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    """The window's printed 执行申请书 form (the bureau's inkjet), filled in by the legal-aid lawyer's pen."""
    a, r = c.applicant, c.respondent
    s = Page()
    y = form_title(s, "执行申请书", issuer="瑞丽市人民法院执行立案（格式文本）")
    w = s.width - L - R
    f = body(4.5)
    rows = [["申请执行人", ""], ["民族/电话", ""], ["委托代理人", ""], ["被执行人", ""], ["法定代表人", ""], ["执行依据", ""],
            ["申请执行标的", ""], ["请求事项", ""], ["是否申请限制消费、纳入失信名单", ""], ["已知财产线索", ""]]
    hs = [mm(22), mm(13), mm(16), mm(22), mm(13), mm(16), mm(16), mm(34), mm(16), mm(26)]
    boxes = cells(s, L, y, [mm(46), w - mm(46)], rows, f, heights=hs)
    fills = [a.name + "　" + a.id_number + "　住" + a.address, f"{c.extra.get('nation', '傣')}族　{a.phone}",
             f"{c.agent}（{c.firm}，法律援助）", r.name + "　" + r.address, r.legal_rep,
             basis_title_text(c), f"{c.amount:,.2f}元", f"强制执行被执行人支付劳务报酬{c.amount:,.2f}元及迟延履行利息，执行费由被执行人负担。",
             "是，两项均申请", f"被执行人在{c.extra['r_bank']}有基本户，账号{c.extra['r_acct']}"]
    for row, text, h in zip(boxes, fills, hs, strict=True):
        per = max(8, int((row[1][2] - row[1][0]) / 44))
        pen(s, row[1][0] + mm(3), row[1][1] + mm(2.5), text, rng, size=40, per=per, lead=min(mm(8), h / 2.4))
    by = boxes[-1][0][3] + mm(10)
    s.text(L, by, f"此致　{COURT}", f)
    s.text(s.width - R - mm(90), by + mm(14), "申请人（签名）：", f)
    pen(s, s.width - R - mm(50), by + mm(12), a.name, rng, size=52)
    s.draw.ellipse((s.width - R - mm(26), by + mm(12), s.width - R - mm(18), by + mm(21)), fill=THUMB)
    pen(s, s.width - R - mm(80), by + mm(28), num_date(d), rng, size=42)
    return [s]


def basis_title_text(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}" + {"jade": "民事判决书", "freight": "裁决书", "rubber": "民事调解书"}[str(c.extra["tale"])]


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    a = c.applicant
    s = Page(printer="laser")
    s.centred(T + mm(6), "授权委托书", font("serif_bold", mm(9.5)), spacing=mm(4))
    aid = c.extra["tale"] == "rubber"
    f = font("serif", mm(5.0))
    run = Flowing([s], T + mm(30), printer="laser", left=mm(27), right=mm(25))
    for kind, text in [
            ("h", f"委托人：{_who(a, c)}"),
            ("h", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
            ("p", f"委托人因与{c.respondent.name}{c.extra['cause']}申请执行一案，委托上列受托人为执行代理人。"
                  + ("受托人系瑞丽市法律援助中心指派的法律援助律师。" if aid else "")),
            ("p", "代理权限：特别授权，即代为申请执行、提供财产线索、申请查封冻结及拍卖、参加执行谈话、签收法律文书、代为领取执行款。"),
            ("p", "委托期限：自本委托书签署之日起至本案执行终结时止。")]:
        run.para(text, f, lead=f.size * 1.85, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    y = run.y + mm(18)
    s = run.s
    s.text(mm(27), y, "委托人：", f)
    if a.kind == "organisation":
        seal(s, mm(68), y + mm(6), a.name, rng, radius=mm(19))
        pen(s, mm(50), y + mm(16), a.legal_rep, rng, size=52, ink=(30, 30, 36))
    else:
        pen(s, mm(50), y - 4, a.name, rng, size=56)
        s.draw.ellipse((mm(74), y, mm(82), y + mm(10)), fill=THUMB)
    s.text(s.width - mm(100), y, "受托人：", f)
    pen(s, s.width - mm(76), y - 4, c.agent, rng, size=54, ink=(30, 30, 36))
    pen(s, s.width - mm(92), y + mm(34), num_date(d), rng, size=44, ink=(30, 30, 36))
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    s = Page(printer="laser")
    red = (200, 26, 30)
    s.centred(T - mm(6), c.firm, font("serif_bold", mm(10)), fill=red, spacing=mm(1))
    s.line(mm(24), T + mm(10), s.width - mm(24), T + mm(10), width=3, fill=red)
    s.text(mm(26), T + mm(14), f"地址：{c.extra['firm_addr']}　　电话：0692-41{rng.randint(10000, 99999)}", font("sans", mm(3.6)), fill=red)
    s.centred(T + mm(30), "律 师 事 务 所 函", font("hei", mm(8.5)))
    s.right(s.width - mm(26), T + mm(44), f"（{c.filed_on.year}）滇边律执字第{rng.randint(8, 160)}号", font("serif", mm(4.8)))
    run = _typeset(s, T + mm(58), [
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}申请执行一案的委托代理人。"),
        ("p", "特此函告。"),
        ("f", f"律师执业证号：{c.extra['licence']}"),
    ], "serif", 5.0, "laser")
    run.y += mm(18)
    run.s.right(run.s.width - mm(34), run.y, num_date(d), font("serif", mm(5)))
    seal(run.s, run.s.width - mm(56), run.y - mm(2), c.firm, rng, radius=mm(20))
    return run.sheets


def _aid_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    """The firm's 公函 for a legal-aid case: the centre's assignment number quoted, on plain paper with the firm's seal."""
    s = Page(printer="laser")
    s.centred(T, c.firm, font("serif_bold", mm(8)), spacing=mm(1))
    s.centred(T + mm(16), "公　函", font("serif_bold", mm(10)))
    s.right(s.width - mm(26), T + mm(32), f"瑞江律援函〔{c.filed_on.year}〕{rng.randint(3, 40)}号", font("serif", mm(4.8)))
    run = _typeset(s, T + mm(46), [
        ("f", f"{COURT}执行局："),
        ("p", f"根据瑞丽市法律援助中心{c.extra['aid_no']}指派通知书，本所指派{c.agent}律师，为受援人{c.applicant.name}"
              f"与{c.respondent.name}劳务合同纠纷申请执行一案提供法律援助，担任其委托代理人。"),
        ("p", "请予接洽。"),
        ("f", "附：法律援助指派通知书复印件一份、授权委托书一份。"),
    ], "serif", 5.0, "laser")
    run.y += mm(18)
    run.s.right(run.s.width - mm(34), run.y, num_date(d), font("serif", mm(5)))
    seal(run.s, run.s.width - mm(56), run.y - mm(2), c.firm, rng, radius=mm(20))
    return run.sheets


def _licence_book(c: CaseCtx, rng: random.Random) -> list[Page]:
    s = Page(printer="laser")
    grey = (90, 90, 96)
    x, y, w, h = mm(22), mm(36), mm(166), mm(112)
    s.draw.rectangle((x, y, x + w, y + h), fill=(226, 226, 222), outline=grey, width=3)
    s.line(x + w / 2, y, x + w / 2, y + h, width=2, fill=grey)
    f = font("sans", mm(4.2))
    s.draw.rectangle((x + mm(20), y + mm(12), x + mm(56), y + mm(58)), fill=(140, 140, 140))
    s.text(x + mm(10), y + mm(70), f"持证人：{c.agent}", f)
    s.text(x + mm(10), y + mm(80), f"性别：{rng.choice('男女')}", f)
    s.text(x + mm(10), y + mm(90), "执业证类别：专职律师", f)
    x2 = x + w / 2 + mm(8)
    s.text(x2, y + mm(12), "中华人民共和国律师执业证", font("serif_bold", mm(5)))
    for k, line in enumerate([f"执业机构：{c.firm}", f"执业证号：{c.extra['licence']}", "发证机关：云南省司法厅",
                              f"发证日期：{c.filed_on.year - rng.randint(3, 9)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]):
        s.text(x2, y + mm(30) + k * mm(12), line, f)
    seal(s, x + w - mm(26), y + h - mm(22), "云南省司法厅", rng, radius=mm(16))
    pen(s, mm(40), y + h + mm(20), "与原件核对一致", rng, size=46, ink=(30, 30, 36))
    pen(s, mm(120), y + h + mm(20), c.agent, rng, size=46, ink=(30, 30, 36))
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> Page:
    """Both faces of a resident ID card, copied onto one sheet on the bureau's photocopier (laser)."""
    s = Page(printer="laser")
    w, h = mm(86 * 1.3), mm(54 * 1.3)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    y = mm(36)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(232, 232, 230), outline=(110, 110, 110), width=3)
    lab, val = font("hei", mm(3.6)), font("hei", mm(4.3))
    born = p.born or date(1980, 1, 1)
    nation = c.extra.get("nation", "汉") if p is c.applicant else "汉"
    rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族　{nation}"), ("出生", f"{born.year}　年　{born.month}　月　{born.day}　日")]
    ty = y + mm(7)
    for k, v in rows:
        s.text(x + mm(6), ty, k, lab, fill=(60, 90, 140))
        s.text(x + mm(20), ty - 2, v, val)
        ty += mm(9)
    s.text(x + mm(6), ty, "住址", lab, fill=(60, 90, 140))
    addr = p.address
    for i in range(0, len(addr), 11):
        s.text(x + mm(20), ty - 2, addr[i:i + 11], val)
        ty += mm(6)
    s.text(x + mm(6), y + h - mm(11), "公民身份号码", lab, fill=(60, 90, 140))
    s.text(x + mm(34), y + h - mm(12), p.id_number, font("mono", mm(5)))
    s.draw.rectangle((x + w - mm(32), y + mm(8), x + w - mm(6), y + mm(44)), fill=(160, 160, 160))
    y2 = y + h + mm(20)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), fill=(232, 232, 230), outline=(110, 110, 110), width=3)
    s.centred(y2 + mm(12), "中华人民共和国", font("hei", mm(6.5)), x0=x + mm(22), x1=x + w)
    s.centred(y2 + mm(25), "居民身份证", font("hei", mm(8.5)), x0=x + mm(22), x1=x + w)
    s.draw.ellipse((x + mm(6), y2 + mm(6), x + mm(24), y2 + mm(24)), outline=(170, 60, 60), width=3)
    s.text(x + mm(8), y2 + h - mm(19), "签发机关　瑞丽市公安局", lab)
    s.text(x + mm(8), y2 + h - mm(11), f"有效期限　{born.year + 30}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", lab)
    pen(s, x, y2 + h + mm(16), "本复印件仅供法院执行使用", rng, size=44, ink=(30, 30, 36))
    pen(s, x + mm(20), y2 + h + mm(30), p.name, rng, size=52, ink=(30, 30, 36))
    return s


def _shop_licence(p: Party, c: CaseCtx, rng: random.Random) -> Page:
    """The jewellery shop's 个体工商户 营业执照 (copy)."""
    s = Page(printer="laser")
    red = (180, 50, 40)
    s.box(mm(20), mm(24), s.width - mm(20), mm(200), width=8, outline=red)
    s.centred(mm(40), "营 业 执 照", font("serif_bold", mm(13)), spacing=mm(2))
    f = font("serif", mm(4.8))
    y = float(mm(70))
    for k, v in [("统一社会信用代码", str(c.extra["shop_code"])), ("名称", str(c.extra["shop"])), ("类型", "个体工商户"),
                 ("经营者", p.name), ("组成形式", "个人经营"), ("经营场所", str(c.extra["shop_addr"])),
                 ("经营范围", "珠宝首饰、玉石工艺品零售；翡翠原石销售"), ("注册日期", f"{c.filed_on.year - rng.randint(3, 8)}年05月18日")]:
        s.text(mm(34), y, k, f)
        s.text(mm(82), y, v, f)
        y += mm(12)
    seal(s, s.width - mm(60), mm(176), "瑞丽市市场监督管理局", rng, radius=mm(19))
    pen(s, mm(36), mm(212), "复印件与原件一致", rng, size=46, ink=(30, 30, 36))
    return s


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> Page:
    s = Page(printer="laser")
    red = (180, 50, 40)
    s.box(mm(16), mm(18), s.width - mm(16), s.height - mm(60), width=10, outline=red)
    s.box(mm(22), mm(24), s.width - mm(22), s.height - mm(66), width=2, outline=red)
    s.centred(mm(40), "营 业 执 照", font("serif_bold", mm(13)), spacing=mm(2))
    s.centred(mm(60), "（副　本）", font("serif", mm(5.4)))
    f = font("serif", mm(4.8))
    y = float(mm(82))
    s.text(mm(32), y, f"统一社会信用代码　{p.id_number}", f)
    y += mm(16)
    scope = {"jade": "珠宝首饰、玉石及工艺品批发零售；翡翠原石进出口。", "freight": "国际道路货物运输；货物运输代理；报关报检；仓储服务。",
             "rubber": "橡胶种植、加工、销售；林下种植；农业技术服务。"}[str(c.extra["tale"])]
    for k, v in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                 ("经营范围", scope), ("注册资本", f"{rng.choice([100, 300, 500, 1000])}万元整"),
                 ("成立日期", f"{c.filed_on.year - rng.randint(4, 15)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]:
        s.text(mm(32), y, k, f)
        for i in range(0, len(v), 24):
            s.text(mm(72), y, v[i:i + 24], f)
            y += mm(8)
        y += mm(5)
    s.right(s.width - mm(40), s.height - mm(96), "登记机关", f)
    s.right(s.width - mm(40), s.height - mm(84), cn_date(c.filed_on - timedelta(days=rng.randint(200, 900))), f)
    seal(s, s.width - mm(64), s.height - mm(92), "德宏傣族景颇族自治州市场监督管理局", rng, radius=mm(19))
    seal(s, mm(64), s.height - mm(40), p.name, rng, radius=mm(18))
    pen(s, mm(90), s.height - mm(44), "与原件一致", rng, size=46, ink=(30, 30, 36))
    return s


def _fee_slip(c: CaseCtx, rng: random.Random) -> Page:
    """云南省非税收入一般缴款书: pre-printed offset form in brown-red, the figures struck by a dot-matrix printer."""
    s = Page(printer="offset")
    brown = (150, 60, 50)
    rubber = c.extra["tale"] == "rubber"
    s.centred(mm(20), "云南省非税收入一般缴款书", font("serif_bold", mm(7.5)), fill=brown, spacing=mm(1))
    s.text(mm(18), mm(34), f"票据代码：53010{rng.randint(100, 999)}", font("serif", mm(3.8)), fill=brown)
    s.right(s.width - mm(18), mm(34), f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", mm(4.5)), fill=brown)
    dot = font("mono", mm(4.2))
    payer = c.respondent.name if rubber else c.applicant.name
    rows = [["缴款人全称", "", "收款人全称", ""], ["缴款人账号", "", "收款人账号", ""], ["执收单位", "", "", ""],
            ["项目名称", "", "金额（元）", ""], ["金额（大写）", ""], ["备注", ""]]
    boxes = cells(s, mm(16), mm(42), [mm(32), mm(62), mm(30)], rows, font("serif", mm(4.0)), heights=mm(13), labels=(0, 2), frame=False,
                  span=s.width - mm(32))
    fee = Decimal(c.extra["fee"])
    day = c.extra["paid_in"] if rubber else c.day(2)
    vals = [(0, 1, payer), (0, 3, "云南省财政厅非税收入汇缴专户"), (1, 1, "—" if not rubber else "执行款内扣缴"),
            (1, 3, f"2500{rng.randint(10**10, 10**11 - 1)}"), (2, 1, f"{COURT}  执收编码 533102{rng.randint(100, 999)}"),
            (3, 1, "申请执行费"), (3, 3, f"{fee:,.2f}"), (4, 1, money_caps(fee)),
            (5, 1, f"案号 {c.number}  缴款日期 {day:%Y-%m-%d}")]
    for r_, k, v in vals:
        b = boxes[r_][k]
        s.text(b[0] + mm(3), b[1] + mm(3.5), v[:28], dot)
    seal(s, s.width - mm(50), mm(126), "中国农业银行瑞丽支行", rng, radius=mm(15))
    s.text(mm(18), mm(142), "第一联　收据（缴款人收执）", font("serif", mm(3.8)), fill=brown)
    return s


FORMS = {
    "property_clue_form": ("被执行人财产线索表", ["被执行人", "银行账户", "房产、车辆", "经营场所及存货", "其他财产、到期债权",
                                                "线索来源"]),
    "payment_account_confirmation": ("申请执行人收取案款确认书", ["申请执行人", "收款户名", "开户银行", "收款账号", "联系电话",
                                                            "确认事项"]),
    "service_address_confirmation": ("送达地址确认书", ["受送达人", "送达地址", "邮政编码", "手机号码", "是否同意电子送达",
                                                   "告知事项"]),
}


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> Page:
    """The window's forms: printed on the bureau's inkjet, filled by the applicant's side in ballpoint."""
    a, r = c.applicant, c.respondent
    title, labels = FORMS[code]
    s = Page()
    y = form_title(s, title)
    s.right(s.width - R, y - mm(5), f"案号：（{c.filed_on.year}）云3102执　　　号", body(4.4))
    pen(s, s.width - R - mm(28), y - mm(7), c.number.split("执")[1].rstrip("号"), rng, size=40)
    y += mm(6)
    w = s.width - L - R
    f = body(4.6)
    t = str(c.extra["tale"])
    if code == "property_clue_form":
        fills = [r.name, f"{c.extra['r_bank']} {c.extra['r_acct']}" if t != "jade" else "不详（申请法院网络查询）",
                 "不详", f"{c.extra['shop_addr']}铺面内翡翠手镯、挂件、原石若干" if t == "jade" else
                 ("无" if t == "rubber" else "姐告货场有仓储，具体不详"), "无", "申请人在交易、送货中知悉"]
        note = "申请执行人对所提供线索的真实性负责。"
    elif code == "payment_account_confirmation":
        holder = a.name
        fills = [a.name, holder, c.extra["in_bank"], str(c.extra["in_acct"]), a.phone,
                 "本人（单位）确认以上账户为收取本案执行款的唯一账户，因账户信息错误造成的损失自行承担。"]
        note = "注：执行款到账后本院将通过短信通知，请保持电话畅通。"
    else:
        fills = [a.name, a.address, "678600", a.phone if a.kind == "person" else c.agent_phone,
                 "同意，电子送达至上述手机号码及“云南移动微法院”",
                 "已知悉：送达地址变更应书面告知法院；未告知的，按原地址送达视为送达。"]
        note = "本确认书适用于本案执行程序及执行异议、复议程序。"
    hs = [mm(18)] * 5 + [mm(40)]
    boxes = cells(s, L, y, [mm(44), w - mm(44)], [[lab, ""] for lab in labels], f, heights=hs)
    for row, text in zip(boxes, fills, strict=True):
        pen(s, row[1][0] + mm(4), row[1][1] + mm(3.5), text, rng, size=42, per=22, lead=mm(8.5))
    yb = boxes[-1][0][3] + mm(8)
    s.text(L, yb, note, body(4.0))
    s.text(s.width - R - mm(96), yb + mm(18), "申请执行人（签名或盖章）：", body(4.6))
    if a.kind == "organisation":
        seal(s, s.width - R - mm(30), yb + mm(30), a.name, rng, radius=mm(18))
    else:
        pen(s, s.width - R - mm(36), yb + mm(26), a.name, rng, size=52)
        s.draw.ellipse((s.width - R - mm(14), yb + mm(26), s.width - R - mm(6), yb + mm(36)), fill=THUMB)
    pen(s, s.width - R - mm(70), yb + mm(44), num_date(d), rng, size=42)
    return s


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> Page:
    r = c.respondent
    s = Page()
    y = form_title(s, "财产申报表")
    s.text(L, y - mm(5), f"案号：{c.number}", body(4.4))
    y += mm(6)
    w = s.width - L - R
    f = body(4.4)
    t = str(c.extra["tale"])
    rows = [["申报人", "", "证件号码", ""], ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["股权、投资", ""],
            ["经营场所存货", ""], ["到期债权", ""], ["收入情况", ""], ["一年内财产变动", ""]]
    hs = [mm(16)] + [mm(19)] * 8
    boxes = cells(s, L, y, [mm(36), mm(60), mm(28)], rows, f, heights=hs, labels=(0, 2), span=w)
    vals = [
        "无存款，农行卡余额几十元" if t == "jade" else f"{c.extra['r_bank']}基本户，余额以银行为准",
        "无（铺面、住房均为租赁）" if t == "jade" else "无", "贷款车一辆（抵押中）" if t == "jade" else "货车二辆（已抵押）"
        if t == "freight" else "拖拉机一台",
        "无", "翡翠饰品、原石，已被法院查封" if t == "jade" else "无", "缅方客户欠货款约十万元，难以收回" if t != "rubber" else "胶厂欠胶款",
        "店铺经营收入，不固定" if t == "jade" else "经营收入", "无",
    ]
    pen(s, boxes[0][1][0] + mm(3), boxes[0][1][1] + mm(3), r.name if r.kind == "person" else f"{r.name}（{r.legal_rep}）",
        rng, size=36, per=12, lead=mm(6))
    pen(s, boxes[0][3][0] + mm(2), boxes[0][3][1] + mm(4), r.id_number, rng, size=32, ink=(40, 40, 50))
    for row, v in zip(boxes[1:], vals, strict=True):
        pen(s, row[1][0] + mm(4), row[1][1] + mm(5), v, rng, size=42, per=24)
    yb = boxes[-1][0][3] + mm(10)
    s.text(L, yb, "申报人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", body(4.2))
    s.text(s.width - R - mm(84), yb + mm(16), "申报人（签字）：", body(4.6))
    pen(s, s.width - R - mm(44), yb + mm(14), r.name if r.kind == "person" else r.legal_rep, rng, size=52)
    pen(s, s.width - R - mm(70), yb + mm(32), num_date(d), rng, size=42)
    return s


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> Page:
    """The 总对总 网络执行查控 feedback, printed from the system on A3 landscape (the bureau's inkjet)."""
    r = c.respondent
    t = str(c.extra["tale"])
    s = Page(size=A3, large="a3")
    s.centred(mm(14), "最高人民法院网络执行查控系统　查询结果反馈（总对总）", font("hei", mm(7.4)))
    f = font("mono", mm(3.6))
    s.text(mm(18), mm(28), f"执行法院：{COURT}    案号：{c.number}    承办人：{c.officer}    被查询人：{r.name}    证照号码：{r.id_number}", f)
    s.text(mm(18), mm(35), f"查询发起：{d:%Y-%m-%d} 09:{rng.randint(10, 59):02d}    反馈截止：{d + timedelta(days=2):%Y-%m-%d}", f)
    head = ["序号", "协助执行单位", "财产类型", "账号/权证号", "账户余额(元)", "可用余额(元)", "冻结/查封", "扣划金额(元)", "反馈时间", "反馈结果"]
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "富滇银行",
             "云南省农村信用社联合社", "招商银行", "自然资源部（不动产）", "公安部（车辆）", "中国证券登记结算", "支付宝", "财付通",
             "人民银行（账户开户信息）"]
    hit = {"freight": c.extra.get("r_bank", ""), "rubber": c.extra.get("r_bank", ""), "jade": ""}[t]
    rows = [head]
    for i, unit in enumerate(units, 1):
        is_hit = bool(hit) and hit.startswith(unit[:4])
        kind = "存款" if i <= 9 else ("不动产" if "自然" in unit else "车辆" if "公安" in unit else "证券" if "证券" in unit
                                     else "网络资金" if i <= 14 else "开户信息")
        when = f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        if is_hit:
            bal = c.amount + Decimal(rng.randint(2000, 90000))
            rows.append([str(i), unit, kind, str(c.extra["r_acct"]), f"{bal:,.2f}", f"{bal:,.2f}", "已冻结", f"{c.amount:,.2f}",
                         when, "冻结成功，已扣划"])
        elif t == "jade" and unit == "公安部（车辆）":
            rows.append([str(i), unit, kind, f"云N{rng.choice('ABCD')}{rng.randint(1000, 9999)}X", "—", "—", "抵押登记", "—", when,
                         "有车辆，已设定抵押"])
        elif i <= 9 and rng.random() < 0.3:
            bal = Decimal(rng.randint(0, 9000)) / 100
            rows.append([str(i), unit, kind, f"62{rng.randint(10**14, 10**15 - 1)}", f"{bal:,.2f}", f"{bal:,.2f}", "未冻结", "0.00", when,
                         "余额过小"])
        else:
            rows.append([str(i), unit, kind, "—", "—", "—", "—", "—", when, "未查询到财产信息"])
    widths = [mm(14), mm(60), mm(22), mm(58), mm(32), mm(32), mm(26), mm(32), mm(44), mm(70)]
    cells(s, mm(14), mm(44), widths, rows, font("mono", mm(3.5)), heights=mm(12.5), labels=(0,), frame=False)
    s.text(mm(18), s.height - mm(20), f"打印人：{c.clerk}    打印时间：{d + timedelta(days=3):%Y-%m-%d %H:%M}    第1页/共1页", f)
    return s


def _payout(c: CaseCtx, rng: random.Random, d: date) -> Page:
    a = c.applicant
    t = str(c.extra["tale"])
    if t == "freight":
        s = Page(printer="laser")
        s.centred(mm(22), "中国农业银行　网上银行电子回单", font("sans_bold", mm(6.4)))
        rows = [["回单编号", f"{rng.randint(10**15, 10**16 - 1)}"], ["付款人户名", "瑞丽市人民法院（执行款专户）"],
                ["付款账号", f"24-3851{rng.randint(10**7, 10**8 - 1)}"], ["收款人户名", a.name], ["收款账号", str(c.extra["in_acct"])],
                ["收款行", str(c.extra["in_bank"])], ["金额", money(c.amount)], ["用途", f"{c.number}执行款"],
                ["交易时间", f"{d:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"]]
        cells(s, mm(22), mm(36), [mm(40)], rows, font("sans", mm(4.3)), heights=mm(11), labels=(0,), frame=False,
              span=s.width - mm(44))
        seal(s, s.width - mm(55), mm(120), "中国农业银行瑞丽支行", rng, radius=mm(17), inner="电子回单专用章")
        s.text(mm(22), mm(148), "重要提示：本回单可通过网上银行验证真伪，请勿重复记账。", font("sans", mm(3.6)))
        return s
    s = Page()
    title = "执行案款支付凭证" if t == "jade" else "执行案款领取单"
    y = form_title(s, title)
    s.right(s.width - R, y - mm(5), f"案号：{c.number}", body(4.4))
    y += mm(6)
    w = s.width - L - R
    f = body(4.6)
    if t == "jade":
        surplus = Decimal(c.extra["sold"]) - c.amount - Decimal(c.extra["fee"])
        rows = [["收款人", a.name, "开户行", str(c.extra["in_bank"])], ["收款账号", str(c.extra["in_acct"])],
                ["款项来源", f"网络司法拍卖成交款{Decimal(c.extra['sold']):,.2f}元"], ["本次支付", money(c.amount)],
                ["扣除执行费", f"{Decimal(c.extra['fee']):,.2f}元（由被执行人负担，自拍卖款中扣收）"],
                ["余款处理", f"{surplus:,.2f}元退还被执行人" if surplus > 0 else "无余款"],
                ["承办人", ""], ["审批", ""]]
        hs = [mm(16)] * 6 + [mm(22), mm(22)]
    else:
        rows = [["领款人", a.name, "身份证号", a.id_number], ["领取金额", money(c.amount)], ["领取方式", f"转账至{c.extra['in_bank']}"],
                ["收款账号", str(c.extra["in_acct"])], ["款项来源", f"扣划被执行人{c.respondent.name}存款"],
                ["领款人签字（按印）", ""], ["经办人", ""]]
        hs = [mm(18)] + [mm(16)] * 4 + [mm(30), mm(18)]
    boxes = cells(s, L, y, [mm(34), mm(58), mm(26)], rows, f, heights=hs, labels=(0, 2), span=w)
    if t == "jade":
        pen(s, boxes[6][1][0] + mm(6), boxes[6][1][1] + mm(5), f"{c.officer}　{num_date(d)}", rng, size=42)
        pen(s, boxes[7][1][0] + mm(6), boxes[7][1][1] + mm(5), f"同意支付。{person_name(rng)}", rng, size=42, ink=DARKPEN)
    else:
        sign = boxes[5][1]
        pen(s, sign[0] + mm(10), sign[1] + mm(8), a.name, rng, size=58)
        s.draw.ellipse((sign[0] + mm(50), sign[1] + mm(7), sign[0] + mm(59), sign[1] + mm(19)), fill=THUMB)
        pen(s, sign[0] + mm(74), sign[1] + mm(10), num_date(d), rng, size=40)
        pen(s, boxes[6][1][0] + mm(6), boxes[6][1][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=42, ink=DARKPEN)
    yb = boxes[-1][0][3] + mm(14)
    s.right(s.width - R - mm(8), yb, cn_date(d), body(5))
    seal(s, s.width - R - mm(38), yb + mm(2), COURT, rng, radius=mm(19), inner="执行款专用章" if t == "jade" else "")
    return s
