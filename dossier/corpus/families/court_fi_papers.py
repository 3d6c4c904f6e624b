"""What 东昌区法院执行局 receives, each in its sender's hand, and how the bureau filed the small ones.

On A4 and scanned as they came: the 通化仲裁委员会's 裁决书 and 生效证明 (Noto serif, the committee's 〔〕-less
"通仲裁字" number, "- n -" folios), the notary office's 公证书 and 执行证书 (明体, a boxed title and the notary's
signature line), the civil division's 民事调解书, the lawyers' typed applications and the firm's letter under a red
letterhead (GB 宋), the parties' settlement, the window's forms filled by hand in blue ballpoint, the 查控 system's
printout in a monospaced face. Glued onto the bureau's 卷内粘贴单 (court_fi_kit.pasteup): ID cards cut out front and
back, a business licence copy cut down, the 律师执业证's two pages, the 授权委托书 on A5, the 非税收入缴款书 with the
bank's POS slip, the bank's 回单 of a payment, the applicant's bank card copy under the account slip."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_fi_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    form_head,
    glue_tail,
    grid,
    hei,
    kai,
    pasteup,
    piece,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "通化仲裁委员会"
NOTARY = "吉林省通化市江南公证处"
BALL = (34, 52, 140)
COPY = (58, 58, 60)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fi import made_on

    d = made_on(c, code)
    tale = c.extra["tale"]
    if code == "enforcement_basis":
        return {"wine": _award, "ginseng": _notarial_deed, "pharma": _mediation}[tale](c, rng)
    if code == "effectiveness_certificate":
        return _execution_certificate(c, rng) if tale == "ginseng" else _award_in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return [pasteup(c, rng, [_attorney_a5(c, rng)])]
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return [pasteup(c, rng, _licence_pages(c, rng), how="side")]
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return [_identity(p, c, rng)]
    if code == "fee_receipt":
        return [pasteup(c, rng, [_fee_slip(c, rng), _pos_slip(c, rng)], how="stack")]
    if code == "payment_account_confirmation":
        return [pasteup(c, rng, [_account_slip(c, rng, d), _bank_card(c, rng)], how="stack")]
    if code in ("property_clue_form", "service_address_confirmation", "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return [pasteup(c, rng, _bank_slips(c, rng), how="shingle")]
    raise KeyError(code)


def who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _run_paras(run: Flow, paras: list[tuple[str, str]], f: Font, lead: float) -> None:
    for kind, text in paras:
        if kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "t":
            run.para(text, f, lead=lead)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)


def _dash_folios(sheets: list[Sheet], f: Font) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(15), f"- {i} -", f)
            if i > 1:
                s.page_of = (i, n)
    return sheets


# ---------------------------------------------------------------- bases and their certificates

def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """通化仲裁委员会's award: serif throughout, three arbitrators, the committee's seal, folios "- n -"."""
    a, r = c.applicant, c.respondent
    tons = c.extra["tons"]
    heard = c.basis_effective - timedelta(days=rng.randint(20, 40))
    s = Sheet()
    s.centred(TOP, ARB, font("serif_bold", 60), spacing=10)
    s.centred(TOP + 100, "裁　决　书", font("serif_bold", 78))
    run = Flow(TOP + 230, left=mm(28), right=mm(26), sheet=s)
    run.s.right(run.s.width - mm(26), TOP + 200, c.basis_number, font("serif", 38))
    run.y = TOP + 290
    f = font("serif", 40)
    _run_paras(run, [
        ("h", f"申请人：{who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{who(r)}"),
        ("p", f"本会根据申请人与被申请人于2022年8月签订的《山葡萄收购合同》中的仲裁条款和申请人的仲裁申请，于"
              f"{cn_date(heard - timedelta(days=45))}受理了双方之间的山葡萄买卖合同纠纷案，依照《通化仲裁委员会仲裁规则》"
              f"组成仲裁庭，于{cn_date(heard)}开庭审理。本案现已审理终结。"),
        ("p", f"申请人称：2022年9月至10月，申请人按合同向被申请人的酒厂交付山葡萄鲜果{tons}吨，用于酿造冰葡萄酒和山葡萄原酒，"
              f"被申请人验收入库后出具了过磅单和入库单，但至今欠付货款{c.amount:,.2f}元。"),
        ("p", "被申请人辩称：对收货数量无异议，因当年葡萄酒销售不畅、资金紧张未能付款，请求给予宽限。"),
        ("p", "仲裁庭认为：双方签订的合同合法有效，申请人已按约交付山葡萄，被申请人应当按约支付货款。依照《中华人民共和国"
              "民法典》第五百零九条、第六百二十六条及《中华人民共和国仲裁法》第五十四条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付山葡萄货款{c.amount:,.2f}元；"),
        ("p", "二、本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ], f, 70)
    run.need(420)
    last, y = run.s, run.y + 60
    x = last.width - mm(96)
    for role in ("首席仲裁员", "仲　裁　员", "仲　裁　员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 70
    when = cn_date(c.basis_effective)
    last.text(x, y + 20, when, f)
    seal(last, x + text_width(when, f) / 2, y + 30, ARB, rng, radius=mm(21))
    last.text(x, y + 110, f"书　记　员　{person_name(rng)}", f)
    return _dash_folios(run.sheets, font("serif", 32))


def _award_in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The committee's certificate that its award is in force (an 生效证明 on its letterhead)."""
    s = Sheet()
    s.centred(TOP, ARB, font("serif_bold", 56), fill=RED, spacing=12)
    s.line(LEFT, TOP + 90, s.width - RIGHT, TOP + 90, width=5, fill=RED)
    s.centred(TOP + 150, "仲裁裁决生效证明", font("serif_bold", 64), spacing=6)
    s.right(s.width - RIGHT, TOP + 250, f"通仲证字〔2024〕{rng.randint(3, 60)}号", font("serif", 36))
    run = Flow(TOP + 340, left=LEFT, right=RIGHT, sheet=s)
    f = font("serif", 42)
    _run_paras(run, [
        ("t", f"{COURT}："),
        ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}山葡萄买卖合同纠纷一案，本会于{cn_date(c.basis_effective)}"
              f"作出{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力，并已于"
              f"{cn_date(c.basis_effective + timedelta(days=3))}送达双方当事人。"),
        ("p", "截至本证明出具之日，本会未收到人民法院撤销或者不予执行该裁决的裁定。"),
        ("p", "特此证明。"),
    ], f, 74)
    y = run.y + 100
    day = c.basis_effective + timedelta(days=rng.randint(20, 30))
    s.right(s.width - RIGHT - mm(10), y + 80, cn_date(day), f)
    s.right(s.width - RIGHT - mm(20), y, f"{ARB}（印）", f)
    seal(s, s.width - RIGHT - mm(50), y + 60, ARB, rng, radius=mm(21))
    return [s]


def _notarial_deed(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The notary office's 公证书 of the loan contract with its force of enforcement: 明体, boxed 公证书 title."""
    a, r = c.applicant, c.respondent
    m = font("ming", 42)
    s = Sheet()
    tf = font("ming", 84)
    w = text_width("公 证 书", tf) + 100
    x0 = (s.width - w) / 2
    s.box(x0, TOP + 10, x0 + w, TOP + 140, width=5)
    s.centred(TOP + 30, "公 证 书", tf)
    s.right(s.width - RIGHT, TOP + 190, c.basis_number, font("ming", 38))
    run = Flow(TOP + 270, left=mm(30), right=mm(26), sheet=s)
    lent = c.basis_effective - timedelta(days=rng.randint(300, 400))
    _run_paras(run, [
        ("h", f"申请人：{who(a)}"),
        ("h", f"申请人：{who(r)}"),
        ("t", "公证事项：具有强制执行效力的债权文书（借款合同）"),
        ("p", f"兹证明出借人{a.name}与借款人{r.name}的法定代表人{r.legal_rep}于{cn_date(lent)}来到我处，在本公证员面前签订了"
              f"前面的《借款合同》。借款金额{money(c.amount)}，借款期限十个月，用于借款人收购林下参、园参鲜货及加工红参。"),
        ("p", "经查，双方当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定，合同内容真实、合法。双方在合同中"
              "明确约定：借款人到期不履行或者不适当履行还款义务时，愿意接受依法强制执行，出借人可以向本处申请出具执行证书，"
              "并持执行证书向有管辖权的人民法院申请强制执行。"),
        ("p", "依据《中华人民共和国公证法》第三十七条的规定，前面的借款合同具有强制执行效力。"),
    ], m, 74)
    run.need(300)
    last, y = run.s, run.y + 60
    last.text(last.width - mm(110), y, NOTARY, m)
    last.text(last.width - mm(110), y + 80, "公证员", m)
    hand(last, last.width - mm(72), y + 74, person_name(rng), rng, size=50, ink=INK)
    when = cn_date(lent)
    last.text(last.width - mm(110), y + 160, when, m)
    seal(last, last.width - mm(75), y + 110, NOTARY, rng, radius=mm(21))
    return run.sheets


def _execution_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The notary office's 执行证书: the debt still owed after the term ran out."""
    a, r = c.applicant, c.respondent
    m = font("ming", 42)
    s = Sheet()
    s.centred(TOP + 20, "执 行 证 书", font("ming", 80))
    s.right(s.width - RIGHT, TOP + 170, f"（2024）吉通江证执字第{rng.randint(3, 80)}号", font("ming", 38))
    run = Flow(TOP + 260, left=mm(30), right=mm(26), sheet=s)
    _run_paras(run, [
        ("h", f"申请执行人：{who(a)}"),
        ("h", f"被执行人：{who(r)}"),
        ("p", f"本处于{cn_date(c.basis_effective - timedelta(days=rng.randint(300, 400)))}作出的{c.basis_number}具有强制执行效力的"
              "债权文书公证书所证明的借款合同，借款期限已届满。经本处核实：出借人已依约交付借款，借款人除已支付的部分利息外，"
              "未归还借款本金。本处已于出具本证书前向被执行人核实，被执行人对债务无异议，但称因人参价格下跌、存货积压无力偿还。"),
        ("p", f"被执行人尚欠申请执行人借款本金{money(c.amount)}，以及自借款期限届满之日起至实际清偿之日止的逾期利息。"),
        ("p", "申请执行人可持本证书及前述公证书向有管辖权的人民法院申请强制执行。"),
    ], m, 74)
    last, y = run.s, run.y + 80
    last.text(last.width - mm(110), y, NOTARY, m)
    last.text(last.width - mm(110), y + 80, "公证员", m)
    hand(last, last.width - mm(72), y + 74, person_name(rng), rng, size=50, ink=INK)
    last.text(last.width - mm(110), y + 160, cn_date(c.basis_effective), m)
    seal(last, last.width - mm(75), y + 110, NOTARY, rng, radius=mm(21))
    return run.sheets


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 民事调解书: serif, "- n -" folios, judge and clerk with the court's seal."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP, COURT, font("serif", 52), spacing=4)
    s.centred(TOP + 90, "民事调解书", font("serif_bold", 80), spacing=30)
    s.right(s.width - mm(26), TOP + 215, c.basis_number, font("serif", 38))
    run = Flow(TOP + 300, left=mm(28), right=mm(26), sheet=s)
    f = font("serif", 40)
    half = (c.amount / 2).quantize(Decimal("0.01"))
    _run_paras(run, [
        ("h", f"原告：{who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=70))}立案后，"
              "依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：2022年至2023年，原告按被告订单向其位于通化医药城的生产基地供应药用铝箔、PVC硬片及泡罩包装材料，"
              f"被告尚欠货款{c.amount:,.2f}元未付。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}欠原告{a.name}货款{c.amount:,.2f}元，于{num_date(c.basis_effective + timedelta(days=30))}前"
              f"给付{half:,.2f}元，余款于{num_date(c.basis_effective + timedelta(days=60))}前付清；"),
        ("p", "二、被告如有一期未按期足额给付，原告可就全部未付款项申请强制执行；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ], f, 70)
    run.need(360)
    last, y = run.s, run.y + 60
    x = last.width - mm(96)
    last.text(x, y, f"审　判　员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective - timedelta(days=2))
    last.text(x, y + 100, when, f)
    seal(last, x + text_width(when, f) / 2, y + 110, COURT, rng, radius=mm(20))
    last.text(x, y + 190, f"书　记　员　{person_name(rng)}", f)
    return _dash_folios(run.sheets, font("serif", 32))


# ---------------------------------------------------------------- the lawyers' papers

def _song(size: int) -> Font:
    return font("song_gb", size)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP + 10, "申请执行书", hei(70), spacing=20)
    run = Flow(TOP + 150, left=mm(27), right=mm(25), sheet=s)
    f = _song(42)
    basis = {"wine": f"{ARB}{c.basis_number}裁决书", "ginseng": f"{NOTARY}{c.basis_number}公证书及执行证书",
             "pharma": f"贵院{c.basis_number}民事调解书"}[c.extra["tale"]]
    _run_paras(run, [
        ("h", f"申请执行人：{who(a)}联系电话：{a.phone}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被执行人：{who(r)}"),
        ("t", "执行请求："),
        ("p", f"1. 强制被执行人给付{money(c.amount)}；"),
        ("p", "2. 强制被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3. 对被执行人采取限制高消费措施；被执行人拒不履行的，请求将其纳入失信被执行人名单；"),
        ("p", "4. 本案执行费用由被执行人承担。"),
        ("t", "事实和理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis}已发生法律效力，被执行人至今未履行。依据《中华人民共和国"
              "民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。被执行人财产线索详见所附财产线索表。"),
        ("t", "此致"),
        ("t", COURT),
    ], f, 76)
    run.need(300)
    last, y = run.s, run.y + 40
    last.text(last.width - mm(105), y, "申请执行人（签章）：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(42), y + 40, a.name, rng, radius=mm(19))
    else:
        hand(last, last.width - mm(48), y - 4, a.name, rng, size=54, ink=INK)
        last.draw.ellipse((last.width - mm(30), y + 30, last.width - mm(22), y + 46), fill=(200, 40, 40))
    last.text(last.width - mm(90), y + 110, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), f)
    return run.sheets


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP - 10, c.firm, font("serif_bold", 62), fill=RED, spacing=4)
    s.line(LEFT - mm(4), TOP + 82, s.width - RIGHT + mm(4), TOP + 82, width=6, fill=RED)
    s.line(LEFT - mm(4), TOP + 94, s.width - RIGHT + mm(4), TOP + 94, width=2, fill=RED)
    s.centred(TOP + 150, "律 师 事 务 所 函", hei(60))
    s.right(s.width - RIGHT, TOP + 250, f"吉{c.extra['firm_tag']}律函〔2024〕第{rng.randint(10, 400)}号", _song(36))
    run = Flow(TOP + 340, sheet=s)
    f = _song(42)
    _run_paras(run, [
        ("t", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案中"
              "申请执行人的委托代理人，代为申请执行、提供财产线索、参与执行和解、代为签收法律文书及代领执行案款。"),
        ("p", f"特此函告。附：授权委托书一份，律师执业证复印件一份。联系电话{c.agent_phone}。"),
    ], f, 78)
    y = run.y + 120
    s.right(s.width - RIGHT - mm(12), y, c.firm, f)
    s.right(s.width - RIGHT - mm(12), y + 80, num_date(c.filed_on - timedelta(days=rng.randint(2, 5))), f)
    seal(s, s.width - RIGHT - mm(45), y + 50, c.firm, rng, radius=mm(20))
    s.text(LEFT, s.height - mm(30), f"地址：{c.extra['firm_addr']}", _song(30), fill=RED)
    return [s]


def _attorney_a5(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 授权委托书 on an A5 printed form the firm keeps, filled in by pen."""
    p = piece(148, 205)
    f = _song(32)
    p.centred(mm(10), "授 权 委 托 书", hei(48))
    y = mm(26)
    rows = [f"委托人：{c.applicant.name}", f"受托人：{c.agent}，{c.firm}律师", f"联系电话：{c.agent_phone}",
            f"现委托上列受托人在我方与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方的执行代理人。",
            "代理权限为：特别授权，代为申请执行，提供财产线索，参加执行听证，代为承认、放弃、变更执行请求，"
            "代为进行执行和解，代为签收法律文书，代为领取执行案款。"]
    for text in rows:
        for part in wrap(text, f, p.width - mm(20)):
            p.text(mm(10), y, part, f)
            y += mm(7.5)
        y += mm(2)
    y += mm(8)
    p.text(mm(62), y, "委托人（签章）：", f)
    if c.applicant.kind == "organisation":
        seal(p, mm(120), y + mm(4), c.applicant.name, rng, radius=mm(16))
    else:
        hand(p, mm(104), y - 6, c.applicant.name, rng, size=44, ink=INK)
    p.text(mm(62), y + mm(16), "受托人（签名）：", f)
    hand(p, mm(104), y + mm(15), c.agent, rng, size=42, ink=BALL)
    hand(p, mm(72), y + mm(32), num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), rng, size=36, ink=BALL)
    return p


def _licence_pages(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 copied open: the holder's page and the annual-check page, each cut out."""
    left = piece(70, 104, paper=(244, 244, 242))
    f = font("sans", 22)
    left.box(mm(3), mm(3), left.width - mm(3), left.height - mm(3), width=2, outline=COPY)
    left.centred(mm(7), "中华人民共和国律师执业证", font("sans_bold", 26), fill=COPY)
    left.draw.rectangle((mm(24), mm(14), mm(46), mm(42)), fill=(175, 175, 178))
    rows = [("持证人", c.agent), ("性　别", c.extra["agent_sex"]), ("执业机构", c.firm), ("执业证类别", "专职律师"),
            ("执业证号", c.extra["licence"]), ("法律职业资格证号", f"A2017{rng.randint(10**9, 10**10 - 1)}"),
            ("发证机关", "吉林省司法厅"), ("发证日期", f"{rng.randint(2015, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    y = mm(46)
    for k, v in rows:
        for part in wrap(f"{k}：{v}", f, left.width - mm(12)):
            left.text(mm(6), y, part, f, fill=COPY)
            y += mm(5.4)
    right = piece(70, 104, paper=(244, 244, 242))
    right.box(mm(3), mm(3), right.width - mm(3), right.height - mm(3), width=2, outline=COPY)
    right.centred(mm(7), "年度考核备案", font("sans_bold", 30), fill=COPY)
    grid_rows = [["年度", "考核结果", "备案机关"]] + [[str(y_), "称职", "通化市司法局"] for y_ in (2021, 2022, 2023)]
    yy = mm(18)
    for row in grid_rows:
        xx = mm(6)
        for cell, w in zip(row, (mm(14), mm(18), mm(28)), strict=True):
            right.box(xx, yy, xx + w, yy + mm(11), width=1, outline=COPY)
            right.text(xx + 6, yy + mm(2.5), cell, f, fill=COPY)
            xx += w
        yy += mm(11)
    for n in range(3):
        seal(right, mm(52), mm(34) + n * mm(11), "通化市司法局", rng, radius=mm(6))
    return [left, right]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """The two sides of a resident ID card as a photocopy, each cut out a little larger than the card."""
    born = p.born or date(1980, 1, 1)
    front = piece(90, 58, paper=(236, 236, 234))
    f = font("hei", 24)
    front.draw.rounded_rectangle((mm(2), mm(2), front.width - mm(2), front.height - mm(2)), radius=mm(3), outline=COPY, width=2)
    lines = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")]
    y = mm(7)
    for k, v in lines:
        front.text(mm(6), y, k, f, fill=(90, 90, 95))
        front.text(mm(17), y, v, font("hei", 26), fill=COPY)
        y += mm(7.5)
    front.text(mm(6), y, "住址", f, fill=(90, 90, 95))
    for part in wrap(p.address, font("hei", 24), mm(44)):
        front.text(mm(17), y, part, font("hei", 24), fill=COPY)
        y += mm(5)
    front.text(mm(6), mm(47), "公民身份号码", f, fill=(90, 90, 95))
    front.text(mm(30), mm(46.5), p.id_number, font("sans_bold", 30), fill=COPY)
    front.draw.rectangle((mm(63), mm(8), mm(84), mm(36)), fill=(170, 170, 172))
    back = piece(90, 58, paper=(236, 236, 234))
    back.draw.rounded_rectangle((mm(2), mm(2), back.width - mm(2), back.height - mm(2)), radius=mm(3), outline=COPY, width=2)
    back.draw.ellipse((mm(7), mm(6), mm(23), mm(22)), outline=COPY, width=3)
    back.text(mm(30), mm(9), "中华人民共和国", font("hei", 36), fill=COPY)
    back.text(mm(26), mm(20), "居民身份证", font("hei", 54), fill=COPY)
    issued = date(rng.randint(2014, 2021), rng.randint(1, 12), rng.randint(1, 28))
    police = {"2205": "通化市公安局", "2224": "延边州公安局"}.get(p.id_number[:4], "通化市公安局")
    district = {"220502": "东昌分局", "220503": "二道江分局", "220521": "通化县公安局", "220582": "集安市公安局"}
    branch = district.get(p.id_number[:6], "东昌分局")
    office = branch if branch.endswith("县公安局") or branch.startswith("集安") else police + branch
    back.text(mm(10), mm(38), f"签发机关　{office}", font("hei", 24), fill=COPY)
    back.text(mm(10), mm(46), f"有效期限　{issued:%Y.%m.%d}-{issued.year + 20}.{issued:%m.%d}", font("hei", 24), fill=COPY)
    return [front, back]


def _identity(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    if p.kind == "person":
        return pasteup(c, rng, _id_card(p, rng), how=rng.choice(["stack", "side"]))
    lic = piece(144, 104, paper=(246, 242, 232))
    lic.box(mm(3), mm(3), lic.width - mm(3), lic.height - mm(3), width=4, outline=(150, 110, 60))
    lic.centred(mm(7), "营　业　执　照", font("serif_bold", 50), fill=(120, 30, 30))
    lic.centred(mm(17), "（副　本）", font("serif", 28), fill=COPY)
    f = font("serif", 25)
    rows = [("统一社会信用代码", p.id_number), ("名　　称", p.name),
            ("类　　型", "农民专业合作社" if "合作社" in p.name else "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("住　　所", p.address),
            ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    y = mm(28)
    for k, v in rows:
        lic.text(mm(12), y, k, f, fill=COPY)
        for part in wrap(v, f, mm(90)):
            lic.text(mm(46), y, part, f, fill=COPY)
            y += mm(6.4)
        y += mm(1.2)
    lic.text(mm(92), mm(88), "登记机关", f, fill=COPY)
    seal(lic, mm(118), mm(86), "通化市市场监督管理局", rng, radius=mm(13))
    key = "r_" if p is c.respondent else ""
    rep = Party(p.legal_rep, "person", c.extra[f"{key}rep_id"], c.extra[f"{key}rep_addr"], "",
                born=c.extra[f"{key}rep_born"], sex=c.extra[f"{key}rep_sex"])
    front, _ = _id_card(rep, rng)
    return pasteup(c, rng, [lic, front], how="stack")


# ---------------------------------------------------------------- receipts and bank papers

def _fee_slip(c: CaseCtx, rng: random.Random) -> Sheet:
    """吉林省非税收入一般缴款书 (第二联 缴款人收据), green print, filled by the bank's printer."""
    p = piece(150, 96, paper=(250, 252, 246))
    g = (40, 120, 80)
    f = font("sans", 23)
    p.centred(mm(4), "吉林省非税收入一般缴款书（电子）", font("sans_bold", 32), fill=g)
    p.text(mm(5), mm(13), f"票据号码：2202{rng.randint(10**9, 10**10 - 1)}", f, fill=g)
    p.text(mm(88), mm(13), f"填制日期：{c.day(1):%Y-%m-%d}", f, fill=g)
    rows = [("缴款人", c.applicant.name), ("收款单位", "通化市东昌区人民法院"),
            ("项目名称", "申请执行费"), ("案号", c.number),
            ("金额（大写）", money_caps(c.extra["fee"])), ("金额（小写）", f"{c.extra['fee']:.2f}")]
    y = mm(20)
    for k, v in rows:
        p.box(mm(5), y, mm(40), y + mm(10), width=1, outline=g)
        p.box(mm(40), y, mm(145), y + mm(10), width=1, outline=g)
        p.text(mm(7), y + mm(2.5), k, f, fill=g)
        p.text(mm(43), y + mm(2.2), v, font("mono", 25), fill=INK)
        y += mm(10)
    p.text(mm(5), y + mm(3), "第二联　缴款人收据　收款单位（盖章）　复核：　经办人：", f, fill=g)
    seal(p, mm(126), mm(84), "吉林省财政厅票据监制章", rng, radius=mm(9))
    glue_tail(p)
    return p


def _pos_slip(c: CaseCtx, rng: random.Random) -> Sheet:
    """The bank's thermal POS slip of the same payment, narrow and long."""
    p = piece(58, 96, paper=(252, 252, 250))
    f = font("mono", 22)
    lines = ["吉林银行  POS签购单", "商户名称：东昌区人民法院", f"终端号：{rng.randint(10**7, 10**8 - 1)}",
             "交易类型：消费", f"卡号：6229****{rng.randint(1000, 9999)}", f"日期：{c.day(1):%Y/%m/%d}",
             f"时间：{rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
             f"金额：RMB {c.extra['fee']:.2f}", "备注：申请执行费", "持卡人签名：", "本人确认以上交易"]
    y = mm(4)
    for line in lines:
        p.text(mm(3), y, line, f, fill=(60, 60, 70))
        y += mm(7.3)
    hand(p, mm(25), mm(68), c.agent, rng, size=32, ink=INK)
    return p


def _bank_slips(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 回单 of the money: paid into the court's 执行款专户 (one slip an instalment), and paid out to the
    applicant's account — each slip cut from the bank's print with a blank glue margin at its foot."""
    r, a = c.respondent, c.applicant
    parts = c.extra["instalments"]
    slips = []
    paid_on = c.extra["pay_days"]
    for k, (amt, day) in enumerate(zip(parts, paid_on, strict=True)):
        slips.append(_slip(rng, "吉林银行", "业务回单（付款）", day, r.name, c.extra["r_acct"], c.extra["r_bank"],
                           "通化市东昌区人民法院", c.extra["court_acct"], "吉林银行通化东昌支行", amt,
                           f"{c.number}执行款" + (f"（第{k + 1}期）" if len(parts) > 1 else "")))
    out_day = paid_on[-1] + timedelta(days=2)
    slips.append(_slip(rng, "吉林银行", "业务回单（代发）", out_day, "通化市东昌区人民法院", c.extra["court_acct"],
                       "吉林银行通化东昌支行", a.name, c.extra["in_acct"], c.extra["in_bank"], c.amount,
                       f"{c.number}案款发放"))
    return slips


def _slip(rng: random.Random, bank: str, kind: str, day: date, payer: str, payer_acct: str, payer_bank: str,
          payee: str, payee_acct: str, payee_bank: str, amount: Decimal, note: str) -> Sheet:
    p = piece(150, 80, paper=(253, 251, 246))
    red = (170, 40, 40)
    f = font("sans", 21)
    p.text(mm(4), mm(3), bank, font("sans_bold", 30), fill=red)
    p.centred(mm(3), kind, font("sans_bold", 30), fill=INK)
    p.text(mm(4), mm(10), f"回单编号：{rng.randint(10**11, 10**12 - 1)}", f)
    rows = [[f"付款人：{payer}", f"收款人：{payee}"], [f"账号：{payer_acct}", f"账号：{payee_acct}"],
            [f"开户行：{payer_bank}", f"开户行：{payee_bank}"]]
    y = mm(16)
    for row in rows:
        p.box(mm(4), y, mm(75), y + mm(8), width=1)
        p.box(mm(75), y, mm(146), y + mm(8), width=1)
        p.text(mm(6), y + mm(1.9), row[0], f)
        p.text(mm(77), y + mm(1.9), row[1], f)
        y += mm(8)
    p.text(mm(6), y + mm(2), f"金额：{money(amount)}", f)
    p.text(mm(6), y + mm(9), f"交易日期：{day:%Y-%m-%d}　摘要：{note}", f)
    p.text(mm(6), y + mm(16), f"流水号：{rng.randint(10**15, 10**16 - 1)}　渠道：柜面", f)
    seal(p, mm(130), y + mm(12), "吉林银行电子回单专用章", rng, radius=mm(9))
    glue_tail(p)
    return p


def _account_slip(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The window's 收取案款确认书, half a sheet, filled by the applicant's agent."""
    p = piece(148, 112)
    p.centred(mm(5), "申请执行人收取案款确认书", hei(42))
    f = kai(28)
    y = mm(17)
    for text in [f"案号：{c.number}", f"申请执行人：{c.applicant.name}",
                 "本人（单位）确认：本案执行款项请转入以下账户，因账户信息错误导致款项无法到账或错付的，由本人（单位）承担责任。"]:
        for part in wrap(text, f, p.width - mm(16)):
            p.text(mm(8), y, part, f)
            y += mm(7)
    rows = [("户　名", c.applicant.name), ("开户行", c.extra["in_bank"]), ("账　号", c.extra["in_acct"])]
    for k, v in rows:
        p.box(mm(8), y, mm(34), y + mm(10), width=2)
        p.box(mm(34), y, mm(140), y + mm(10), width=2)
        p.text(mm(11), y + mm(2.5), k, f)
        hand(p, mm(37), y + mm(1.5), v, rng, size=34, ink=BALL)
        y += mm(10)
    p.text(mm(50), y + mm(6), "确认人：", f)
    hand(p, mm(68), y + mm(4), c.agent, rng, size=38, ink=BALL)
    hand(p, mm(98), y + mm(5), num_date(d), rng, size=30, ink=BALL)
    return p


def _bank_card(c: CaseCtx, rng: random.Random) -> Sheet:
    p = piece(90, 58, paper=(232, 232, 230))
    p.draw.rounded_rectangle((mm(2), mm(2), p.width - mm(2), p.height - mm(2)), radius=mm(3), outline=COPY, width=2)
    p.text(mm(6), mm(5), c.extra["in_bank"].split("通化")[0].split("吉林省")[0] or "银行", font("sans_bold", 30), fill=COPY)
    p.draw.rectangle((mm(8), mm(18), mm(20), mm(27)), outline=COPY, width=2)
    acct = c.extra["in_acct"]
    p.text(mm(6), mm(33), " ".join(acct[i:i + 4] for i in range(0, len(acct), 4)), font("mono", 32), fill=COPY)
    p.text(mm(6), mm(45), f"户名：{c.applicant.name}", font("sans", 22), fill=COPY)
    return p


# ---------------------------------------------------------------- the window's forms, the printout, the settlement

def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    a, r = c.applicant, c.respondent
    w = s.width - LEFT - RIGHT
    f = kai(34)
    if code == "property_clue_form":
        y = form_head(s, "被执行人财产线索表")
        clues = c.extra["clues"]
        rows = [["案号", c.number], ["申请执行人", a.name], ["被执行人", r.name], ["财产类别", "线索内容（名称、位置、账号等）"],
                *[[k, ""] for k, _ in clues], ["提供人签名", ""], ["提供日期", ""]]
        hs = [mm(14)] * 4 + [mm(26)] * len(clues) + [mm(16), mm(14)]
        boxes = grid(s, LEFT, y, [mm(40), w - mm(40)], rows, f, heights=hs)
        right = [b for b in boxes if b[0] > LEFT]
        for (_k, v), b in zip(clues, right[4:], strict=False):
            yy = b[1] + mm(3)
            for part in wrap(v, kai(38), b[2] - b[0] - mm(8)):
                hand(s, b[0] + mm(3), yy, part, rng, size=36, ink=BALL)
                yy += mm(7)
        hand(s, right[-2][0] + mm(6), right[-2][1] + mm(3), c.agent, rng, size=42, ink=BALL)
        hand(s, right[-1][0] + mm(6), right[-1][1] + mm(2), num_date(d), rng, size=38, ink=BALL)
        s.text(LEFT, boxes[-1][3] + 20, "注：申请执行人应如实提供财产线索，本院将在七日内核查。", kai(30))
        return [s]
    if code == "service_address_confirmation":
        y = form_head(s, "送达地址确认书")
        rows = [["案号", c.number], ["受送达人", a.name], ["告知事项", "1. 受送达人应如实提供确认的送达地址，地址变更的应及时"
                 "书面告知；2. 提供的地址不准确或不及时告知变更的，导致文书未能实际接收的，文书退回之日视为送达之日。"],
                ["确认地址", ""], ["收件人", ""], ["联系电话", ""], ["是否同意电子送达", ""], ["电子送达方式", ""],
                ["受送达人确认", ""]]
        hs = [mm(14), mm(14), mm(40), mm(22), mm(14), mm(14), mm(14), mm(16), mm(30)]
        boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, f, heights=hs)
        right = [b for b in boxes if b[0] > LEFT]
        vals = [c.extra["firm_addr"], c.agent, c.agent_phone, "同意", f"手机号码{c.agent_phone}（短信）"]
        for v, b in zip(vals, right[3:8], strict=True):
            hand(s, b[0] + mm(4), b[1] + mm(3), v, rng, size=36, ink=BALL)
        hand(s, right[8][0] + mm(10), right[8][1] + mm(5), f"以上地址准确无误。{c.agent}", rng, size=40, ink=BALL)
        hand(s, right[8][0] + mm(60), right[8][1] + mm(18), num_date(d), rng, size=36, ink=BALL)
        return [s]
    # property_declaration_form: the respondent's own report on the bureau's form
    y = form_head(s, "财产申报表")
    s.text(LEFT, y - 30, f"案号：{c.number}　　申报人：{r.name}", kai(34))
    y += 40
    decl = c.extra["declared"]
    rows = [["财产种类", "申报内容"], *[[k, ""] for k, _ in decl], ["申报人承诺", "以上申报内容真实、完整，如有虚假，愿承担法律责任。"],
            ["申报人签章", ""]]
    hs = [mm(13)] + [mm(24)] * len(decl) + [mm(20), mm(30)]
    boxes = grid(s, LEFT, y, [mm(40), w - mm(40)], rows, f, heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(decl, right[1:], strict=False):
        yy = b[1] + mm(3)
        for part in wrap(v, kai(38), b[2] - b[0] - mm(8)):
            hand(s, b[0] + mm(3), yy, part, rng, size=36, ink=BALL)
            yy += mm(7)
    sb = right[-1]
    seal(s, sb[0] + mm(40), sb[1] + mm(15), r.name, rng, radius=mm(16))
    hand(s, sb[0] + mm(75), sb[1] + mm(8), f"{r.legal_rep}　{num_date(d)}", rng, size=38, ink=BALL)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's feedback printout, monospaced, one line a body asked."""
    s = Sheet()
    mono = font("mono", 28)
    s.centred(TOP, "网络执行查控系统　查询结果反馈", font("sans_bold", 46))
    y: float = TOP + 90
    for line in [f"案号：{c.number}　　承办人：{c.officer}", f"被查询人：{c.respondent.name}",
                 f"证件号码：{c.respondent.id_number}", f"查询发起时间：{d:%Y-%m-%d} 09:1{rng.randint(0, 9)}"]:
        s.text(LEFT, y, line, mono)
        y += 46
    y += 20
    rows = [["序号", "协助单位", "财产类型", "反馈结果"]]
    for k, (unit, kind, result) in enumerate(c.extra["inquiry"], 1):
        rows.append([str(k), unit, kind, result])
    w = s.width - LEFT - RIGHT
    y = grid(s, LEFT, y, [mm(14), mm(56), mm(28), w - mm(98)], rows, mono, heights=mm(13), labels=())[-1][3]
    s.text(LEFT, y + 30, f"打印时间：{(d + timedelta(days=rng.randint(2, 5))):%Y-%m-%d %H:%M}".replace("00:00", "15:42"), mono)
    s.text(LEFT, y + 76, "（本页为系统打印件，反馈结果以系统记录为准）", mono)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP + 10, "执行和解协议", font("serif_bold", 70), spacing=12)
    run = Flow(TOP + 150, left=mm(28), right=mm(26), sheet=s)
    f = font("serif", 40)
    terms = c.extra["settle_terms"]
    _run_paras(run, [
        ("h", f"甲方（申请执行人）：{a.name}"),
        ("h", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
        ("p", f"{COURT}执行的{c.number}一案，在执行过程中，经执行法官主持，甲乙双方本着互谅互让的原则，自愿达成和解协议如下："),
        *[("p", t) for t in terms],
        ("p", "本协议一式三份，甲乙双方各执一份，交执行法院一份，自双方签字盖章之日起生效。"),
    ], f, 72)
    run.need(320)
    last, y = run.s, run.y + 70
    last.text(mm(30), y, "甲方（签章）：", f)
    last.text(last.width / 2 + mm(10), y, "乙方（盖章）：", f)
    if a.kind == "organisation":
        seal(last, mm(100), y + 30, a.name, rng, radius=mm(18))
    hand(last, mm(82), y + 70, c.agent, rng, size=46, ink=INK)
    seal(last, last.width / 2 + mm(78), y + 30, r.name, rng, radius=mm(18))
    hand(last, last.width / 2 + mm(58), y + 80, r.legal_rep, rng, size=46, ink=INK)
    last.text(mm(30), y + 170, num_date(d), f)
    last.text(last.width / 2 + mm(10), y + 170, num_date(d), f)
    return run.sheets
