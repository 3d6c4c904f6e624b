"""What 七星关法院执行局 receives, each in its maker's hand, and how it came in.

By fax (court_gr_kit.faxed; the capture sends them down the line): the 七星关区劳动人事争议仲裁委员会's 仲裁裁决书 and its
生效证明 (a GB 报宋 masthead, 文楷 body with ○ in its dates as the commission's typists write them, three arbitrators);
the 七星关区法律援助中心's own 公函 or 指派函 under its blue masthead, and its lawyer's 公职律师证 copy; the subcontractor's
营业执照 copy, its 财产申报表 filled by its bookkeeper, its 和解协议 signed at the site office; the banks' replies to the
bureau's inquiries and the subcontractor's transfer slips.

At the filing window, on paper: the worker's 申请执行书 on the window's printed form filled in a shaky hand with boxes
ticked, the window's other forms (财产线索、收款账户、送达地址), the worker's ID card copy, the centre's 授权委托书 signed
with a thumbprint, and the non-tax payment slip of the execution fee."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money_caps, num_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_gr_kit import (
    CLERK_INK,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    checkbox,
    faxed,
    fill,
    fingerprint,
    folio,
    form_title,
    gb,
    grid,
    hand_lines,
    label,
    shaky,
    star,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "settlement_agreement",
})
ARB = "毕节市七星关区劳动人事争议仲裁委员会"
AID = "毕节市七星关区法律援助中心"
AID_BLUE = (24, 62, 140)
SLIP_RED = (150, 48, 40)


def _o(s: str) -> str:
    """A GB typist's date: ○ (U+25CB) for the 〇 the GB faces lack."""
    return s.replace("〇", "○")


def _at(d: date, rng: random.Random) -> datetime:
    return datetime(d.year, d.month, d.day, rng.randint(8, 17), rng.randint(0, 50))


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gr import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _award(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng, d)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "law_firm_letter":
        return _aid_letter(c, rng, d)
    if code == "lawyer_license":
        return _public_lawyer_card(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "identity_proof":
        if "respondent" in served:
            return _licence(c.respondent, c, rng, d)
        return _id_copy(c.applicant, c, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng, d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    raise KeyError(code)


def _worker_line(p: Party, c: CaseCtx) -> str:
    born = p.born or date(1980, 1, 1)
    return (f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，{c.extra['nation']}族，住{p.address}，"
            f"公民身份号码{p.id_number}。")


def _company_line(p: Party) -> str:
    return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The commission's award, a copy faxed on by the commission: GB 报宋 masthead with a double rule, 文楷 body."""
    a, r = c.applicant, c.respondent
    e = c.extra
    filed = c.basis_effective - timedelta(days=rng.randint(55, 80))
    heard = filed + timedelta(days=rng.randint(20, 35))
    made = c.basis_effective
    s = Sheet()
    s.centred(TOP - mm(8), ARB, gb(52), spacing=3)
    y: float = TOP + mm(8)
    s.line(mm(26), y, s.width - mm(24), y, width=5)
    s.line(mm(26), y + 9, s.width - mm(24), y + 9, width=2)
    s.centred(y + mm(6), "仲 裁 裁 决 书", font("wenkai_bold", 72))
    run = Flow([s], y + mm(24), left=mm(28), right=mm(25))
    run.flush(c.basis_number, font("wenkai", 38), lead=80, right=True)
    f = font("wenkai", 40)
    items = e["items"]
    claims = "；".join(f"{k + 1}.裁决被申请人支付{name}{amt:,.2f}元" for k, (name, amt) in enumerate(items))
    awards = [f"{'一二三'[k]}、被申请人{r.name}于本裁决生效之日起五日内支付申请人{a.name}{name}{amt:,.2f}元"
              for k, (name, amt) in enumerate(items)]
    paras: list[tuple[str, str]] = [
        ("h", f"申请人：{_worker_line(a, c)}"),
        ("h", f"委托代理人：{c.agent}，{AID}律师。"),
        ("h", f"被申请人：{_company_line(r)}"),
        ("h", f"法定代表人：{r.legal_rep}，该公司执行董事兼总经理。"),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{_o(cn_date(filed))}立案受理后，依法组成仲裁庭，于"
              f"{_o(cn_date(heard))}公开开庭进行了审理。申请人及其委托代理人到庭参加仲裁活动，"
              + ("被申请人经本委合法传唤，无正当理由未到庭。" if e["tale"] == "gone" else
                 f"被申请人的委托代理人{e['r_clerk']}到庭参加仲裁活动。") + "本案现已审理终结。"),
        ("p", f"申请人请求：{claims}。"),
        ("p", f"申请人称：{e['story']}"),
        ("p", "被申请人未作答辩，亦未提交证据。" if e["tale"] == "gone" else
              f"被申请人辩称：对申请人在{e['project']}务工及欠付工资数额无异议，因总承包单位未按期拨付劳务款，公司资金困难，"
              "请求分期支付。"),
        ("p", f"经审理查明：{e['facts']}"),
        ("p", "本委认为：劳动者付出劳动后，有权按时足额获得劳动报酬。被申请人作为劳务分包单位，招用申请人从事劳务作业并"
              "进行管理，双方之间存在劳动关系；被申请人确认的工资结算单载明欠付数额，本委予以采信。依照《中华人民共和国劳动合同法》"
              "第三十条，《保障农民工工资支付条例》第十一条，《中华人民共和国劳动争议调解仲裁法》第四十七条第（一）项之规定，"
              "裁决如下："),
        *[("p", line + ("；" if k < len(awards) - 1 else "。")) for k, line in enumerate(awards)],
        ("p", f"以上合计{c.amount:,.2f}元。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。申请人不服本裁决的，可以自收到本裁决书之日起十五日内向人民法院"
              "提起诉讼；被申请人有证据证明本裁决有《中华人民共和国劳动争议调解仲裁法》第四十九条规定情形之一的，可以自收到"
              "本裁决书之日起三十日内向毕节市中级人民法院申请撤销裁决。"),
        ("p", "一方当事人逾期不履行的，另一方当事人可以依照《中华人民共和国民事诉讼法》的有关规定向人民法院申请执行。"),
    ]
    for kind, text in paras:
        run.para(text, f, lead=70, first=f.size * 2 if kind == "p" else 0, hang=f.size * 5 if kind == "h" else 0)
    run.room(430)
    last, y = run.s, run.y + 50
    x = last.width - mm(92)
    for role, name in (("首席仲裁员", e["arbitrators"][0]), ("仲 裁 员", e["arbitrators"][1]),
                       ("仲 裁 员", e["arbitrators"][2])):
        last.text(x, y, f"{role}　{name}", f)
        y += 68
    when = _o(cn_date(made))
    last.text(x, y + 18, when, f)
    seal(last, x + text_width(when, f) / 2, y + 24, ARB, rng, radius=mm(21), inner="仲裁专用章")
    last.text(x, y + 96, f"书 记 员　{e['arb_clerk']}", f)
    sheets = folio(run.sheets, font("wenkai", 30))
    sent = _at(c.filed_on - timedelta(days=rng.randint(3, 7)), rng)
    return faxed(sheets, sender="QXG LDRS ZHONGCAI", number=e["arb_fax"], sent=sent, rng=rng, style=0)


def _in_force(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The commission's 生效证明, faxed: small masthead, one paragraph, the seal."""
    e = c.extra
    s = Sheet()
    s.centred(TOP, ARB, gb(48), spacing=2)
    s.centred(TOP + mm(14), "生 效 证 明", font("wenkai_bold", 70))
    s.right(s.width - mm(26), TOP + mm(32), f"七劳人仲证字〔{d.year}〕第{e['cert_no']}号", font("wenkai", 38))
    run = Flow([s], TOP + mm(46), left=mm(28), right=mm(26))
    f = font("wenkai", 42)
    run.flush(f"{COURT}：", f, lead=76)
    run.para(f"申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委于{_o(cn_date(c.basis_effective))}作出"
             f"{c.basis_number}仲裁裁决书，该裁决书已依法送达双方当事人。被申请人在法定期限内未向毕节市中级人民法院申请撤销"
             "该裁决，申请人亦未向人民法院提起诉讼。该裁决书已经发生法律效力。", f, lead=76, first=f.size * 2)
    run.para("特此证明。", f, lead=76, first=f.size * 2)
    run.para(f"经办人：{e['arb_clerk']}　　联系电话：{e['arb_fax']}", font("wenkai", 34), lead=60)
    y = run.y + 110
    when = _o(cn_date(d))
    s.right(s.width - mm(34), y, when, f)
    seal(s, s.width - mm(34) - text_width(when, f) / 2, y + 10, ARB, rng, radius=mm(21))
    return faxed([s], sender="QXG LDRS ZHONGCAI", number=e["arb_fax"], sent=_at(d + timedelta(days=1), rng), rng=rng,
                 style=0)


def _aid_masthead(s: Sheet) -> float:
    s.centred(TOP - mm(10), AID, gb(62), fill=AID_BLUE, spacing=4)
    y = TOP + mm(8)
    s.line(mm(22), y, s.width - mm(22), y, width=6, fill=AID_BLUE)
    star(s, s.width / 2, y, 18, AID_BLUE)
    return y


def _aid_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The legal aid centre's own paper to the court: a 法律援助公函 (or, for some cases, a 指派律师函)."""
    e = c.extra
    a, r = c.applicant, c.respondent
    s = Sheet()
    y = _aid_masthead(s)
    title = e["aid_title"]
    s.centred(y + mm(10), title, font("hei", 64), spacing=10)
    s.centred(y + mm(24), f"七法援函〔{d.year}〕{e['aid_no']}号", body_serif(38))
    run = Flow([s], y + mm(40), left=mm(27), right=mm(25))
    f = body_serif(41)
    run.flush(f"{COURT}执行局：", f, lead=76)
    paras = [
        f"受援人{a.name}（公民身份号码{a.id_number}）与{r.name}劳动争议一案，{ARB}已作出{c.basis_number}仲裁裁决书并发生"
        f"法律效力，{r.name}至今未履行支付劳动报酬的义务。受援人系农民工，追索劳动报酬，依照《法律援助法》第三十一条、"
        "第三十二条的规定，本中心决定给予法律援助，免予审查经济困难状况。",
        f"现指派本中心{c.agent}律师（公职律师，执业证号{e['licence']}）作为受援人的委托代理人，代为申请强制执行并参与"
        "执行程序。请贵院依法予以接洽，并为受援人缓交、减交或者免交申请执行费提供便利。",
        "特此函告。",
    ]
    for text in paras:
        run.para(text, f, lead=76, first=f.size * 2)
    run.y += 20
    for line in (f"附：1.给予法律援助决定书（七法援决〔{d.year}〕{e['aid_no']}号）复印件一份；",
                 "　　2.受援人授权委托书一份。",
                 f"承办律师：{c.agent}　联系电话：{c.agent_phone}",
                 f"中心地址：{e['aid_addr']}　传真：{e['aid_fax']}"):
        run.para(line, body_serif(34), lead=58)
    yy = run.y + 100
    when = cn_date(d)
    s.right(s.width - mm(34), yy, when, f)
    seal(s, s.width - mm(34) - text_width(when, f) / 2, yy + 8, AID, rng, radius=mm(21))
    return faxed([s], sender=e["aid_fax_id"], number=e["aid_fax"], sent=_at(d + timedelta(days=1), rng), rng=rng,
                 style=2)


def body_serif(size: int) -> Font:
    return font("serif", size)


def _public_lawyer_card(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The assigned lawyer's 公职律师证 opened flat on the centre's copier, then faxed: cover leaf and data leaf."""
    e = c.extra
    s = Sheet()
    x0, y0 = mm(20), mm(34)
    lw, lh = mm(82), mm(112)
    grey = (206, 204, 200)
    for k in range(2):
        x = x0 + k * (lw + mm(8))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=grey, outline=(90, 90, 90), width=3)
    s.draw.ellipse((x0 + mm(28), y0 + mm(16), x0 + mm(54), y0 + mm(42)), outline=(60, 60, 60), width=4)
    star(s, x0 + mm(41), y0 + mm(29), 30, (60, 60, 60))
    s.centred(y0 + mm(52), "中华人民共和国", font("serif_bold", 40), x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(66), "公职律师证", font("serif_bold", 66), x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(92), "中华人民共和国司法部监制", font("serif", 30), x0=x0, x1=x0 + lw)
    x = x0 + lw + mm(8)
    s.draw.rectangle((x + mm(6), y0 + mm(8), x + mm(30), y0 + mm(40)), fill=(120, 120, 120))
    f = font("sans", 31)
    rows = [("姓　　名", c.agent), ("性　　别", e["agent_sex"]), ("工作单位", AID), ("执业证号", e["licence"]),
            ("发证机关", "贵州省司法厅"), ("发证日期", f"{e['licence_year']}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y0 + mm(46)
    for lab, val in rows:
        s.text(x + mm(5), ty, lab, f)
        if len(val) > 10:
            s.text(x + mm(28), ty, val[:10], f)
            ty += mm(6)
            s.text(x + mm(28), ty, val[10:], f)
        else:
            s.text(x + mm(28), ty, val, f)
        ty += mm(9)
    seal(s, x + mm(56), y0 + mm(96), "贵州省司法厅", rng, radius=mm(13))
    y = y0 + lh + mm(14)
    s.text(mm(24), y, "年度考核备案：", font("sans", 32))
    s.text(mm(24), y + mm(9), f"{d.year - 1}年度　称职　　贵州省毕节市司法局（备案章）", font("sans", 32))
    hand(s, mm(30), y + mm(30), "此复印件与原件一致", rng, size=56, ink=INK)
    hand(s, mm(120), y + mm(32), c.agent, rng, size=54, ink=INK)
    sent = _at(d + timedelta(days=1), rng)
    return faxed([s], sender=e["aid_fax_id"], number=e["aid_fax"], sent=sent, rng=rng, style=2)


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The centre's printed 授权委托书, signed by the worker with a thumbprint, handed in at the window."""
    a = c.applicant
    s = Sheet()
    s.centred(TOP - mm(4), AID, gb(38), fill=AID_BLUE, spacing=3)
    s.centred(TOP + mm(8), "授 权 委 托 书", font("sans_bold", 70))
    run = Flow([s], TOP + mm(30), left=mm(27), right=mm(25))
    f = body_serif(40)
    for kind, text in (
        ("h", f"委托人：{_worker_line(a, c)}联系电话：{a.phone}。"),
        ("h", f"受托人：{c.agent}，{AID}律师（法律援助承办人员），联系电话：{c.agent_phone}。"),
        ("p", f"委托人因与{c.respondent.name}劳动争议（追索劳动报酬）申请执行一案，委托上列受托人作为委托人的代理人。"),
        ("p", "代理权限：特别授权。代为申请强制执行，代为提供财产线索、申请采取执行措施，代为参加执行和解并签订和解协议，"
              "代为签收法律文书，代为领取执行款，代为申请终结本次执行程序、恢复执行。"),
        ("p", "委托期限：自本委托书签署之日起至本案执行程序终结时止。"),
    ):
        run.para(text, f, lead=72, first=f.size * 2 if kind == "p" else 0, hang=f.size * 4 if kind == "h" else 0)
    y = run.y + 90
    s.text(mm(27), y, "委托人（签名并按指印）：", f)
    shaky(s, mm(40), y + 80, a.name, rng, size=60)
    fingerprint(s, mm(92), y + 74, rng)
    s.text(s.width / 2 + mm(12), y, "受托人（签名）：", f)
    hand(s, s.width / 2 + mm(22), y + 80, c.agent, rng, size=54, ink=INK)
    shaky(s, mm(40), y + 210, num_date(d), rng, size=46)
    return [s]


def _licence(p: Party, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The subcontractor's 营业执照 (副本) copy, stamped and faxed on by the legal aid centre."""
    e = c.extra
    s = Sheet()
    frame = (120, 90, 50)
    x0, y0, x1, y1 = mm(16), mm(22), s.width - mm(16), mm(232)
    s.box(x0, y0, x1, y1, width=10, outline=frame)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=3, outline=frame)
    s.draw.ellipse((s.width / 2 - mm(9), y0 + mm(6), s.width / 2 + mm(9), y0 + mm(24)), outline=(90, 60, 40), width=4)
    star(s, s.width / 2, y0 + mm(15), 26, (140, 60, 40))
    s.centred(y0 + mm(27), "营 业 执 照", font("serif_bold", 86))
    s.centred(y0 + mm(45), "（副　　本）", font("serif", 34))
    s.text(x0 + mm(10), y0 + mm(54), f"统一社会信用代码　{p.id_number}", font("serif", 32))
    s.draw.rectangle((x1 - mm(38), y0 + mm(48), x1 - mm(14), y0 + mm(72)), outline=(40, 40, 40), width=3)
    for k in range(0, 9):
        for j in range(0, 9):
            corner = (k < 3 and j < 3) or (k > 5 and j < 3) or (k < 3 and j > 5)
            if corner or rng.random() < 0.45:
                cx = x1 - mm(37) + k * mm(2.5)
                cy = y0 + mm(49) + j * mm(2.5)
                s.draw.rectangle((cx, cy, cx + mm(2.4), cy + mm(2.4)), fill=(40, 40, 40))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "建筑劳务分包；砌筑、钢筋、模板、脚手架作业；土石方工程施工；建筑材料销售"),
            ("注册资本", f"{e['capital']}万元整"), ("成立日期", e["founded"]), ("住　　所", p.address)]
    f = font("serif", 32)
    ty = y0 + mm(78)
    for lab, val in rows:
        s.text(x0 + mm(12), ty, lab, f)
        first, rest = val[:26], val[26:]
        s.text(x0 + mm(44), ty, first, f)
        if rest:
            ty += mm(6.5)
            s.text(x0 + mm(44), ty, rest, f)
        ty += mm(9.5)
    s.text(x1 - mm(92), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(50), y1 - mm(27), "毕节市七星关区市场监督管理局", rng, radius=mm(17))
    s.text(x1 - mm(86), y1 - mm(15), e["licence_issued"], f)
    y = y1 + mm(10)
    hand(s, mm(28), y, "复印件与原件核对一致", rng, size=52, ink=INK)
    hand(s, mm(28), y + mm(15), f"（系被执行人工商登记信息，{c.agent}律师提交）", rng, size=40, ink=INK)
    s.text(mm(28), y + mm(32), "国家企业信用信息公示系统：www.gsxt.gov.cn", font("serif", 30))
    return faxed([s], sender=e["aid_fax_id"], number=e["aid_fax"], sent=_at(d, rng), rng=rng, style=2)


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The worker's ID card, both faces copied one above the other a little enlarged, with his own note and
    thumbprint under them."""
    s = Sheet()
    w, h = mm(96), mm(60)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    ys = [mm(34), mm(34) + h + mm(14)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(222, 222, 218), outline=(110, 110, 110),
                                 width=2)
    y = ys[0]
    s.draw.ellipse((x + mm(6), y + mm(6), x + mm(22), y + mm(22)), outline=(100, 100, 100), width=3)
    star(s, x + mm(14), y + mm(14), 20, (110, 110, 110))
    s.text(x + mm(30), y + mm(8), "中华人民共和国", font("hei", 40))
    s.text(x + mm(20), y + mm(19), "居民身份证", font("hei", 64), spacing=18)
    born = p.born or date(1980, 1, 1)
    issued = rng.randint(2013, 2021)
    s.text(x + mm(10), y + h - mm(17), "签发机关　" + _authority(p), label(26))
    s.text(x + mm(10), y + h - mm(10), f"有效期限　{issued}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-"
           f"{issued + 20}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}", label(26))
    y = ys[1]
    lab, val = label(24), font("hei", 29)
    rows = (("姓名", p.name), ("性别", f"{p.sex}　 民族 {c.extra['nation']}"),
            ("出生", f"{born.year} 年 {born.month} 月 {born.day} 日"))
    for k, (name, value) in enumerate(rows):
        s.text(x + mm(5), y + mm(6) + k * mm(7.5), name, lab, fill=(90, 90, 90))
        s.text(x + mm(15), y + mm(5.6) + k * mm(7.5), value, val)
    s.text(x + mm(5), y + mm(29), "住址", lab, fill=(90, 90, 90))
    per = 13
    for k in range(0, len(p.address), per):
        s.text(x + mm(15), y + mm(28.6) + (k // per) * mm(5.2), p.address[k:k + per], val)
    s.text(x + mm(5), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(28), y + h - mm(9.2), p.id_number, font("mono", 36))
    s.draw.rectangle((x + w - mm(25), y + mm(6), x + w - mm(5), y + mm(32)), fill=(150, 150, 150))
    shaky(s, mm(34), ys[1] + h + mm(16), "此复印件仅作七星关法院执行用", rng, size=50)
    shaky(s, mm(120), ys[1] + h + mm(32), p.name, rng, size=56)
    fingerprint(s, mm(160), ys[1] + h + mm(28), rng)
    return [s]


def _authority(p: Party) -> str:
    county = {"520525": "纳雍县", "520527": "赫章县", "520526": "威宁县", "520502": "毕节市七星关区",
              "520521": "大方县", "520524": "织金县"}.get(p.id_number[:6], "毕节市七星关区")
    return f"{county}公安局" if county != "毕节市七星关区" else "毕节市公安局七星关分局"


def _fee_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """贵州省非税收入一般缴款书 (第二联 收据), in brick red, stamped by the bank's counter."""
    s = Sheet()
    red = SLIP_RED
    fee: Decimal = c.extra["fee"]
    s.centred(mm(20), "贵州省非税收入一般缴款书", font("song_gb", 56), fill=red, spacing=6)
    s.right(s.width - mm(18), mm(22), "第二联", font("song_gb", 34), fill=red)
    s.text(mm(18), mm(34), f"No　{rng.randint(10**9, 10**10 - 1)}", font("mono", 34), fill=red)
    s.right(s.width - mm(18), mm(34), f"填制日期：{d:%Y年%m月%d日}", font("song_gb", 32), fill=red)
    w = s.width - mm(36)
    f = font("song_gb", 28)
    half = (w - mm(52)) / 2
    lines: list[tuple[list[float], list[str]]] = [
        ([mm(16), mm(20), half - mm(36) + mm(26), mm(16), mm(20), 0], ["付款人", "全称", c.applicant.name, "收款人", "全称",
                                                                       "毕节市七星关区财政局"]),
        ([mm(16), mm(20), half - mm(36) + mm(26), mm(16), mm(20), 0], ["", "账号", c.extra["in_acct"], "", "账号",
                                                                       f"52050{rng.randint(10**12, 10**13 - 1)}"]),
        ([mm(16), mm(20), half - mm(36) + mm(26), mm(16), mm(20), 0], ["", "开户行", c.extra["in_bank"], "", "开户行",
                                                                       "毕节农商银行洪山支行"]),
        ([mm(36), 0], ["执收单位", COURT]),
        ([mm(36), mm(60), mm(20), mm(20), 0], ["项目编码", "项目名称", "单位", "数量", "金额（元）"]),
        ([mm(36), mm(60), mm(20), mm(20), 0], ["103040101", "诉讼费（申请执行费）", "元", "1", f"{fee:,.2f}"]),
        ([mm(36), mm(100), 0], ["金额合计（大写）", money_caps(fee), f"¥{fee:,.2f}"]),
        ([mm(36), 0], ["备注", f"案号：{c.number}"]),
    ]
    y = mm(44)
    for widths, cells in lines:
        grid(s, mm(18), y, [*widths[:-1], w - sum(widths[:-1])], [cells], f, heights=mm(11), labels=(0,), ink=red,
             frame=2)
        y += mm(11)
    s.box(mm(18), mm(44), mm(18) + w, y, width=5, outline=red)
    s.text(mm(18), y + mm(6), "执收单位（盖章）　　　　　　经办人：", font("song_gb", 30), fill=red)
    seal(s, mm(60), y + mm(14), COURT, rng, radius=mm(16), inner="财务专用章")
    seal(s, s.width - mm(55), y + mm(12), "毕节农村商业银行洪山支行", rng, radius=mm(15), inner="业务受理")
    hand(s, mm(120), y + mm(3), c.clerk, rng, size=40, ink=CLERK_INK)
    for x in range(mm(10), s.width - mm(10), 24):
        s.line(x, y + mm(34), x + 12, y + mm(34), width=1, fill=(160, 160, 160))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms, filled by the worker (the centre's lawyer beside him)."""
    a, r, e = c.applicant, c.respondent, c.extra
    s = Sheet()
    w = s.width - LEFT - RIGHT
    if code == "property_clue_form":
        y = form_title(s, "被执行人财产线索提供表")
        rows = [("案号", c.number), ("被执行人", r.name), ("法定代表人", r.legal_rep), ("住所地", r.address),
                ("银行账户", e["clue_bank"]), ("工程款", e["clue_project"]), ("其他线索", e["clue_other"])]
        note = "提供人对所提线索的真实性负责；法院依法核查，查无财产的，申请执行人应当理解。"
    elif code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取案款确认书")
        rows = [("案号", c.number), ("申请执行人", a.name), ("身份证号", a.id_number), ("户名", a.name),
                ("开户行", e["in_bank"]), ("账号", e["in_acct"]), ("手机", a.phone)]
        note = ("本人确认以上账户为本案执行款唯一收款账户，由法院将案款直接转入该账户；账户变更的，本人书面告知法院。"
                "因本人提供的账户信息有误造成的损失由本人承担。")
    else:
        y = form_title(s, "送达地址确认书")
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", f"{c.agent}（法律援助律师）"),
                ("代收地址", e["aid_addr"]), ("联系电话", f"{a.phone}　{c.agent_phone}"), ("电子送达", f"同意　短信　{a.phone}")]
        note = ("告知：受送达人提供或者确认的送达地址，适用于执行程序；送达地址变更的，应当及时告知法院，未及时告知的，"
                "按原地址送达，视为已送达。")
    hs = [mm(24) if len(v) > 24 else mm(15) for _, v in rows]
    boxes = grid(s, LEFT, y, [mm(36), w - mm(36)], [[lab, ""] for lab, _ in rows], gb(36), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for (lab, value), b in zip(rows, right, strict=True):
        # the window clerk writes the case number, the worker the rest
        fill(s, b, value, rng, size=38 if lab == "案号" else 40, worker=lab != "案号")
    run = Flow([s], boxes[-1][3] + 36)
    run.para(note, gb(32), lead=52, first=64)
    y = run.y + 70
    s.text(s.width - RIGHT - mm(112), y, "申请执行人（签名、指印）：", gb(36))
    shaky(s, s.width - RIGHT - mm(34), y + 8, a.name, rng, size=56)
    fingerprint(s, s.width - RIGHT - mm(10), y - 10, rng)
    shaky(s, s.width - RIGHT - mm(76), y + 110, num_date(d), rng, size=44)
    return [s]


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's printed 申请执行书 for wage cases: a ruled grid, three tick boxes, a few ruled lines for the reasons,
    all filled in by the worker's own slow hand."""
    a, r, e = c.applicant, c.respondent, c.extra
    s = Sheet()
    y = form_title(s, "申 请 执 行 书", size=62)
    s.centred(y - 24, "（追索劳动报酬案件适用　立案窗口免费提供）", gb(30))
    y += 26
    w = s.width - LEFT - RIGHT
    born = a.born or date(1980, 1, 1)
    widths = [mm(28), mm(54), mm(24), w - mm(106)]
    rows: list[list[str]] = [["申请执行人", "", "性别民族", ""], ["出生日期", "", "联系电话", ""], ["身份证号", ""],
                             ["住址", ""], ["委托代理人", ""], ["被执行人", ""], ["法定代表人", "", "联系电话", ""],
                             ["住所地", ""], ["执行依据", ""], ["申请标的", ""]]
    values = [[a.name, f"{a.sex}　{e['nation']}族"], [f"{born.year}年{born.month}月{born.day}日", a.phone], [a.id_number],
              [a.address], [f"{c.agent}（{AID}律师）"], [r.name], [r.legal_rep, r.phone], [r.address],
              [f"{ARB}{c.basis_number}仲裁裁决书"], [f"工资{c.amount:,.2f}元及迟延履行期间的债务利息"]]
    hs = [mm(16) if k in (7, 8) else mm(11) for k in range(len(rows))]
    boxes = grid(s, LEFT, y, widths, rows, gb(30), heights=hs, labels=(0, 2))
    k = 0
    for row, vals in zip(rows, values, strict=True):
        cells = boxes[k:k + len(row)]
        k += len(row)
        for box, value in zip(cells[1::2], vals, strict=True):
            fill(s, box, value, rng, size=36, worker=True)
    y = boxes[-1][3] + mm(4)
    s.text(LEFT, y, "申请事项（在□内打√）：", label(32))
    y += mm(8)
    for ask in ("请求强制执行上述仲裁裁决确定的给付义务", "请求对被执行人及其法定代表人限制高消费",
                "被执行人拒不履行的，请求将其纳入失信被执行人名单"):
        checkbox(s, LEFT + mm(4), y + 4, 32, True, rng)
        s.text(LEFT + mm(14), y, ask, gb(32))
        y += mm(8)
    s.text(LEFT, y + mm(1), "事实与理由：", label(32))
    y += mm(9)
    lines = hand_lines(e["plea"], 40 * 1.14, w - mm(10))
    for n in range(1, len(lines) + 1):
        s.line(LEFT, y + mm(9) * n, s.width - RIGHT, y + mm(9) * n, width=1, fill=(140, 140, 140))
        shaky(s, LEFT + mm(6), y + mm(9) * (n - 1) + mm(2.5), lines[n - 1], rng, size=40)
    y += mm(9) * len(lines) + mm(5)
    s.text(LEFT, y, "此致", gb(34))
    s.text(LEFT, y + mm(8), COURT, gb(34))
    s.text(s.width - RIGHT - mm(80), y + mm(8), "申请人（签名）：", gb(34))
    shaky(s, s.width - RIGHT - mm(40), y + mm(8), a.name, rng, size=54)
    fingerprint(s, s.width - RIGHT - mm(10), y + mm(5), rng)
    shaky(s, s.width - RIGHT - mm(70), y + mm(20), num_date(d), rng, size=40)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's 财产申报表, filled in by the subcontractor's bookkeeper, stamped and faxed back."""
    r, e = c.respondent, c.extra
    s = Sheet()
    y = form_title(s, "被执行人财产申报表")
    s.text(LEFT, y - 16, f"案号：{c.number}", gb(34))
    y += 40
    w = s.width - LEFT - RIGHT
    rows = [("申报人", r.name), ("法定代表人", r.legal_rep), ("银行存款", e["decl_bank"]), ("现金", "无"),
            ("房屋土地", "无"), ("车辆", e["decl_car"]), ("应收账款", e["decl_due"]), ("对外投资", "无"),
            ("其他财产", e["decl_other"]), ("一年内变动", e["decl_change"])]
    hs = [mm(22) if len(v) > 20 else mm(15) for _, v in rows]
    boxes = grid(s, LEFT, y, [mm(36), w - mm(36)], [[lab, ""] for lab, _ in rows], gb(34), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    bookkeeper = e["r_clerk"]
    for (_lab, value), b in zip(rows, right, strict=True):
        fill(s, b, value, rng, size=38, ink=INK)
    run = Flow([s], boxes[-1][3] + 30)
    run.para("申报人保证以上申报内容真实、完整。拒绝报告、虚假报告的，人民法院可以依法予以罚款、拘留。", gb(32), lead=52,
             first=64)
    y = run.y + 60
    s.text(s.width - RIGHT - mm(120), y, "申报单位（盖章）：", gb(36))
    seal(s, s.width - RIGHT - mm(45), y + 20, r.name, rng, radius=mm(19))
    s.text(s.width - RIGHT - mm(120), y + mm(18), "填表人：", gb(36))
    hand(s, s.width - RIGHT - mm(92), y + mm(18) - 6, bookkeeper, rng, size=46, ink=INK)
    hand(s, s.width - RIGHT - mm(70), y + mm(32), num_date(d), rng, size=40, ink=INK)
    return faxed([s], sender=e["r_fax_id"], number=e["r_fax_no"], sent=_at(d, rng), rng=rng, style=1)


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行和解协议 typed at the subcontractor's site office, signed there, faxed to the bureau the same day."""
    a, r, e = c.applicant, c.respondent, c.extra
    s = Sheet()
    s.centred(TOP - mm(2), "执行和解协议", font("hei", 66), spacing=12)
    run = Flow([s], TOP + mm(20), left=mm(26), right=mm(24))
    f = font("song_gb", 40)
    half = (c.amount / 2).quantize(Decimal("1"))
    first_day, last_day = e["pay_days"]
    for kind, text in (
        ("t", f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}。"),
        ("t", f"委托代理人：{c.agent}，{AID}律师。"),
        ("t", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}。"),
        ("p", f"{ARB}{c.basis_number}仲裁裁决书已发生法律效力，甲方向{COURT}申请执行（案号{c.number}）。执行中，"
              "经双方自愿协商，达成和解如下："),
        ("p", f"一、乙方欠付甲方工资{c.amount:,.2f}元，甲方放弃迟延履行期间的债务利息。"),
        ("p", f"二、乙方于{num_date(first_day)}前支付{half:,.2f}元，于{num_date(last_day)}前支付余款"
              f"{c.amount - half:,.2f}元，均汇入{COURT}执行款专户，由法院转付甲方。"),
        ("p", "三、乙方按期足额付清后，甲方不再就本案主张其他权利，本案以执行完毕结案；乙方任何一期逾期未付的，甲方可以"
              "申请恢复执行原仲裁裁决，已付款项予以扣除。"),
        ("p", "四、本协议一式三份，甲、乙双方各执一份，交法院附卷一份，自双方签字盖章之日起生效。"),
    ):
        run.para(text.replace("〇", "○"), f, lead=74, first=f.size * 2 if kind == "p" else 0)
    y = run.y + 80
    s.text(mm(26), y, "甲方（签名、指印）：", f)
    shaky(s, mm(40), y + 80, a.name, rng, size=58)
    fingerprint(s, mm(80), y + 70, rng)
    s.text(mm(26), y + 190, "委托代理人：", f)
    hand(s, mm(70), y + 180, c.agent, rng, size=50, ink=INK)
    s.text(s.width / 2 + mm(8), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(48), y + 70, r.name, rng, radius=mm(19))
    s.text(s.width / 2 + mm(8), y + 190, "法定代表人：", f)
    hand(s, s.width / 2 + mm(52), y + 180, r.legal_rep, rng, size=52, ink=INK)
    s.text(mm(26), y + 300, f"签订地点：{e['project']}项目部　　签订日期：{num_date(d)}", font("song_gb", 36))
    return faxed([s], sender=e["r_fax_id"], number=r.phone, sent=_at(d, rng), rng=rng, style=1, footer=True)
