"""What 鸡冠区法院执行局 receives, each in its maker's hand: the 鸡西市中级人民法院's appeal judgment in the GB 宋 with
"— n —" folios and this court's civil division's 生效证明书; the 鸡西仲裁委员会's 裁决书 in 文楷 with its 〔〕-free
"鸡仲字" number and a letter-spaced commission name, and its 生效证明; the 鸡冠公证处's 公证书 in 楷体 inside a double
frame and its 执行证书; the lawyers' papers in 微米黑 with a left-aligned title and underline; a 律师事务所函 on an A5
sheet under a blue letterhead; ID card, business licence and 执业证 copies as cards on a photocopy; the window's
hand-filled forms; the 黑龙江省非税收入票据 and the banks' 回单 on small slips; the 查控 printout in monospace."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_fo_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    Page,
    folios,
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
MID = "黑龙江省鸡西市中级人民法院"
ARB = "鸡西仲裁委员会"
NOTARY = "黑龙江省鸡西市鸡冠公证处"
A5 = (mm(148), mm(210))
SLIP = (mm(176), mm(102))


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Page]:
    from dossier.corpus.families.court_fo import made_on

    d = made_on(c, code)
    tale = str(c.extra["tale"])
    if code == "enforcement_basis":
        return {"graphite": _appeal, "border": _award, "fish": _notarial}[tale](c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
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
        return _business(p, rng) if p.kind == "organisation" else _id_card(p, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _typed(title: str, paras: list[tuple[str, str]], *, head: str, body: Font, title_font: Font, number: str = "",
           lead: int = 70, left: float = LEFT, right: float = RIGHT, title_gap: float = 30, folio: str = "trial",
           spacing: float = 24) -> list[Page]:
    s = Page()
    y: float = TOP
    if head:
        s.centred(y, head, font("song_gb", 50), spacing=4)
        y += 84
    s.centred(y, title, title_font, spacing=spacing)
    y += title_font.size + title_gap
    run = Flow([s], y, left=left, right=right)
    if number:
        run.line(number, body, lead=lead + 16, flush_right=True)
    for kind, text in paras:
        if kind == "r":
            run.line(text, body, lead=lead, flush_right=True)
        elif kind == "c":
            run.line(text, body, lead=lead, centred=True)
        elif kind == "h":
            run.para(text, body, lead=lead, hang=body.size * 2)
        elif kind == "f":
            run.para(text, body, lead=lead)
        else:
            run.para(text, body, lead=lead, first=body.size * 2)
    return folios(run.pages, font("song_gb", 30), style=folio)


def _sign_off(run_last: Page, y: float, lines: list[str], f: Font, who: str, rng: random.Random) -> float:
    x = run_last.width - RIGHT - mm(8)
    for t in lines:
        run_last.right(x, y, t, f)
        y += f.size * 1.7
    seal(run_last, x - mm(30), y - f.size * 2, who, rng, radius=mm(20))
    return y


def _appeal(c: CaseCtx, rng: random.Random) -> list[Page]:
    """The 中院's appeal judgment: GB 宋, the judges' block and the date, "— n —" folios."""
    a, r = c.applicant, c.respondent
    tons = c.extra["tons"]
    story = (f"2022年6月至10月，{a.name}分{rng.randint(4, 7)}批向{r.name}供应鳞片石墨（-195目，固定碳94%）共计{tons}吨，"
             f"双方在送货单上签字确认。{r.name}收货后转售给下游负极材料厂，仅支付部分货款，尚欠{c.amount:,.2f}元至今未付。")
    paras = [
        ("h", f"上诉人（原审被告）：{_who(r)}"),
        ("h", f"被上诉人（原审原告）：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服黑龙江省鸡西市鸡冠区人民法院{c.extra['first_number']}"
              "民事判决，向本院提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：部分石墨含水率超标，应扣减货款。"),
        ("p", f"{a.name}辩称，石墨已经验收并转售，上诉人从未提出质量异议，请求驳回上诉，维持原判。"),
        ("p", f"一审法院认定事实：{story}一审法院判决：{r.name}于判决生效之日起十日内给付{a.name}货款{c.amount:,.2f}元。"),
        ("p", "本院二审查明的事实与一审一致。"),
        ("p", f"本院认为，{r.name}收货后已将货物转售，其关于质量问题的主张未提交检验报告证明，本院不予支持。一审判决认定事实"
              "清楚，适用法律正确。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("c", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(c.amount) // 100 + 50}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    pages = _typed("民事判决书", paras, head=MID, body=font("song_gb", 42), title_font=font("song_gb", 80),
                   number=c.basis_number, left=mm(28), right=mm(26))
    last = pages[-1]
    y = min(last.height - mm(95), max(TOP + mm(20), _bottom(last) + 60))
    f = font("song_gb", 40)
    ys = _sign_off(last, y, [f"审判长　{person_name(rng)}", f"审判员　{person_name(rng)}", f"审判员　{person_name(rng)}",
                             cn_date(c.basis_effective - timedelta(days=rng.randint(8, 14)))], f, MID, rng)
    last.right(last.width - RIGHT - mm(8), ys, f"书记员　{person_name(rng)}", f)
    return pages


def _bottom(p: Page) -> float:
    return max((b[1] for k, b in p.boxes.items() if k != p.folio), default=float(TOP))


def _award(c: CaseCtx, rng: random.Random) -> list[Page]:
    """鸡西仲裁委员会's award: 文楷, the commission's name letter-spaced, its number right, the arbitrator signs."""
    a, r = c.applicant, c.respondent
    goods = "俄罗斯产面粉、葵花籽油及巧克力"
    paras = [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"{ARB}（以下简称本会）根据申请人与被申请人于2022年9月签订的《商品购销合同》中的仲裁条款，受理了申请人提出的"
              "仲裁申请。本会依法由独任仲裁员审理本案，于2023年开庭审理，被申请人经合法通知未到庭。本案现已审理终结。"),
        ("p", f"申请人称：申请人经{c.extra['port']}进口{goods}，自2022年10月起按被申请人订单送至其鸡冠区中心市场店铺，"
              f"双方对账确认被申请人尚欠货款{c.amount:,.2f}元，经催收未付。"),
        ("p", "仲裁庭认为，双方合同合法有效，申请人已交付货物，被申请人应按约付款。依照《中华人民共和国民法典》第五百七十九条、"
              "《中华人民共和国仲裁法》第四十二条的规定，裁决如下："),
        ("p", f"被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付货款{money(c.amount)}。"),
        ("p", "本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    body = font("wenkai", 42)
    pages = _typed("裁　决　书", paras, head="", body=body, title_font=font("wenkai_bold", 78), number=c.basis_number,
                   left=mm(27), right=mm(27), folio="right", spacing=10)
    first = pages[0]
    first.centred(TOP - mm(12), "鸡　西　仲　裁　委　员　会", font("wenkai_bold", 50))
    last = pages[-1]
    y = min(last.height - mm(70), _bottom(last) + 70)
    _sign_off(last, y, [f"独任仲裁员　{person_name(rng)}", cn_date(c.basis_effective)], body, ARB, rng)
    return pages


def _notarial(c: CaseCtx, rng: random.Random) -> list[Page]:
    """The 鸡冠公证处's 公证书 (a loan contract given enforceable effect): 楷体 in a double frame, the notary signs."""
    a, r = c.applicant, c.respondent
    signed = c.basis_effective - timedelta(days=rng.randint(200, 320))
    paras = [
        ("f", f"申请人：{a.name}，{a.sex}，公民身份号码{a.id_number}。"),
        ("f", f"申请人：{r.name}，{r.sex}，公民身份号码{r.id_number}。"),
        ("f", "公证事项：赋予债权文书强制执行效力"),
        ("p", f"兹证明出借人{a.name}与借款人{r.name}于{cn_date(signed)}在本公证员面前签订了前面的《借款合同》。借款人因经营"
              f"“{c.extra['shop']}”购进兴凯湖大白鱼、鲤鱼等鲜鱼，向出借人借款{money(c.amount)}，约定于冬捕季结束前归还。"),
        ("p", "双方当事人在合同中明确表示：借款人不履行或不适当履行还款义务时，愿意接受依法强制执行。双方签订合同的行为符合"
              "《中华人民共和国民法典》第一百四十三条的规定，合同上双方的签字均属实。"),
        ("p", "依据《中华人民共和国公证法》第三十七条的规定，该合同具有强制执行效力。"),
    ]
    body = font("kai_gb", 44)
    pages = _typed("公　证　书", paras, head="", body=body, title_font=font("kai_gb", 86), number=c.basis_number,
                   left=mm(32), right=mm(32), folio="right", spacing=20)
    for p in pages:
        p.box(mm(20), mm(18), p.width - mm(20), p.height - mm(18), width=5)
        p.box(mm(23), mm(21), p.width - mm(23), p.height - mm(21), width=2)
    last = pages[-1]
    y = min(last.height - mm(70), _bottom(last) + 70)
    _sign_off(last, y, [NOTARY, f"公证员　{person_name(rng)}", cn_date(signed)], body, NOTARY, rng)
    return pages


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Page]:
    tale = str(c.extra["tale"])
    if tale == "graphite":
        issuer, title = COURT, "生效证明书"
        text = (f"本院审理的{c.applicant.name}与{c.respondent.name}买卖合同纠纷一案，本院{c.extra['first_number']}民事判决，"
                f"经{MID}{c.basis_number}民事判决驳回上诉、维持原判，已于{cn_date(c.basis_effective)}发生法律效力。")
        f = font("song_gb", 42)
    elif tale == "border":
        issuer, title = ARB, "裁决书生效证明"
        text = f"本会{c.basis_number}裁决书已于{cn_date(c.basis_effective)}依法送达双方当事人，该裁决书自作出之日起发生法律效力。"
        f = font("wenkai", 42)
    else:
        issuer, title = NOTARY, "执行证书"
        text = (f"本处于2023年办理的{c.basis_number}公证书所证明的《借款合同》，已赋予强制执行效力。债权人{c.applicant.name}"
                f"向本处申请出具执行证书。经核实，债务人{c.respondent.name}未按约还款，尚欠本金{money(c.amount)}及利息。"
                "债权人可持本证书及上述公证书向有管辖权的人民法院申请强制执行。")
        f = font("kai_gb", 42)
    s = Page()
    s.centred(TOP + mm(6), issuer, font("hei", 46), spacing=6)
    s.centred(TOP + mm(26), title, font("hei", 74), spacing=30)
    number = c.extra["cert_number"] if tale == "fish" else ""
    run = Flow([s], TOP + mm(56))
    if number:
        run.line(number, f, lead=86, flush_right=True)
    run.para(text, f, lead=74, first=f.size * 2)
    run.para("特此证明。", f, lead=74, first=f.size * 2)
    _sign_off(s, run.y + 120, [issuer, cn_date(c.day(-rng.randint(2, 8)))], f, issuer, rng)
    return [s]


def _lawyer_paper(title: str, paras: list[tuple[str, str]], rng: random.Random) -> tuple[list[Page], Flow]:
    """A lawyer's typed paper: 微米黑, the title flush left in bold with a rule under it."""
    s = Page()
    tf = font("sans_bold", 64)
    s.text(mm(26), TOP, title, tf)
    s.line(mm(26), TOP + 92, s.width - mm(22), TOP + 92, width=3)
    run = Flow([s], TOP + 130, left=mm(26), right=mm(22))
    f = font("microhei", 39)
    for kind, text in paras:
        if kind == "f":
            run.para(text, f, lead=64)
        elif kind == "r":
            run.line(text, f, lead=64, flush_right=True)
        else:
            run.para(text, f, lead=64, first=f.size * 2)
    return folios(run.pages, font("microhei", 28), style="right"), run


def _application(c: CaseCtx, rng: random.Random) -> list[Page]:
    a, r = c.applicant, c.respondent
    paras = [("f", f"申请执行人：{_who(a)}"), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
             ("f", f"被执行人：{_who(r)}"), ("f", "执行请求："),
             ("p", f"1．强制被执行人给付{money(c.amount)}及迟延履行期间的债务利息；"),
             ("p", "2．对被执行人采取限制消费措施，并将其纳入失信被执行人名单；"), ("p", "3．执行费用由被执行人负担。"),
             ("f", "事实与理由："),
             ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis_title_of(c)}已发生法律效力，被执行人至今未履行。"
                   "为维护申请执行人的合法权益，特向贵院申请强制执行。"),
             ("f", "此致"), ("f", COURT)]
    pages, run = _lawyer_paper("强制执行申请书", paras, rng)
    run.need(200)
    run.y += 40
    run.line(f"申请执行人：{a.name}", font("microhei", 39), lead=64, flush_right=True)
    pen(run.s, run.s.width - mm(70), run.y, num_date(c.filed_on - timedelta(days=rng.randint(1, 4))), rng, size=40)
    return pages


def basis_title_of(c: CaseCtx) -> str:
    from dossier.corpus.families.court_fo import basis_title

    return basis_title(c)


def _attorney(c: CaseCtx, rng: random.Random) -> list[Page]:
    a = c.applicant
    paras = [("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
             ("p", f"现委托上述受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的执行代理人。"),
             ("f", "代理权限：特别授权。代为申请执行、提供财产线索、参加谈话、代为和解、代收执行款、签收法律文书。"),
             ("f", "代理期限：自签订之日起至本案执行终结。")]
    pages, run = _lawyer_paper("授权委托书", paras, rng)
    run.y += 60
    run.line("委托人（签章）：", font("microhei", 39), lead=90, at=mm(80))
    sig = a.legal_rep if a.kind == "organisation" else a.name
    pen(run.s, run.left + mm(130), run.y - 100, sig, rng, size=52, ink=(20, 20, 20))
    if a.kind == "organisation":
        seal(run.s, run.left + mm(140), run.y - 80, a.name, rng, radius=mm(19))
    pen(run.s, run.left + mm(90), run.y, num_date(c.filed_on - timedelta(days=5)), rng, size=40)
    return pages


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Page]:
    """An A5 所函 under the firm's blue letterhead."""
    s = Page(size=A5)
    blue = (30, 60, 140)
    s.centred(mm(12), c.firm, font("sans_bold", 44), fill=blue)
    s.line(mm(12), mm(24), s.width - mm(12), mm(24), width=4, fill=blue)
    s.centred(mm(30), "律师事务所函", font("sans_bold", 52), spacing=8)
    s.right(s.width - mm(12), mm(44), f"黑鸡律函〔{c.filed_on.year}〕第{rng.randint(10, 99)}号", font("microhei", 28))
    run = Flow([s], mm(54), left=mm(14), right=mm(12), top=mm(14), foot=mm(14), size=A5)
    f = font("microhei", 32)
    run.para(f"{COURT}：", f, lead=52)
    run.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的代理人。"
             "特此函告。", f, lead=52, first=64)
    run.para(f"律师：{c.agent}　执业证号：{c.extra['licence']}", f, lead=52)
    run.para(f"地址：{c.extra['firm_addr']}", f, lead=52)
    y = run.y + 40
    s.right(s.width - mm(16), y, num_date(c.filed_on - timedelta(days=3)), f)
    seal(s, s.width - mm(40), y, c.firm, rng, radius=mm(17))
    return [s]


def _card(s: Sheet, x: float, y: float, w: float, h: float, tint: tuple[int, int, int]) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=tint, outline=(120, 120, 120), width=2)


def _id_card(p: Party, rng: random.Random) -> list[Page]:
    s = Page(paper=(246, 246, 244))
    s.text(LEFT, mm(16), "居民身份证复印件", font("hei", 40))
    x, y, w, h = LEFT, mm(30), mm(120), mm(76)
    _card(s, x, y, w, h, (226, 232, 236))
    f = font("hei", 30)
    born = p.born or date(1980, 1, 1)
    for k, t in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{born.year}年{born.month}月{born.day}日",
                           f"住址　{p.address[:14]}", f"　　　{p.address[14:]}"]):
        if t.strip():
            s.text(x + mm(6), y + mm(6) + k * mm(9), t, f)
    s.text(x + mm(6), y + h - mm(12), f"公民身份号码　{p.id_number}", font("hei", 32))
    s.draw.rectangle((x + w - mm(34), y + mm(8), x + w - mm(6), y + mm(44)), fill=(190, 196, 200))
    y2 = y + h + mm(10)
    _card(s, x, y2, w, h, (230, 236, 228))
    s.centred(y2 + mm(14), "中华人民共和国", font("hei", 46), x0=x, x1=x + w)
    s.centred(y2 + mm(28), "居民身份证", font("hei", 56), x0=x, x1=x + w)
    s.text(x + mm(8), y2 + h - mm(22), "签发机关　鸡西市公安局", font("hei", 28))
    s.text(x + mm(8), y2 + h - mm(12), f"有效期限　{born.year + 40}.05.10-长期", font("hei", 28))
    pen(s, LEFT, y2 + h + mm(18), "此复印件与原件一致", rng, size=44)
    pen(s, LEFT + mm(20), y2 + h + mm(32), p.name, rng, size=48)
    return [s]


def _business(p: Party, rng: random.Random) -> list[Page]:
    s = Page(paper=(247, 246, 242))
    x0, y0, x1, y1 = mm(18), mm(18), s.width - mm(18), mm(240)
    brown = (150, 80, 40)
    s.box(x0, y0, x1, y1, width=8, outline=brown)
    s.centred(y0 + mm(16), "营　业　执　照", font("serif_bold", 88))
    s.text(x0 + mm(10), y0 + mm(44), f"统一社会信用代码　{p.id_number}", font("serif", 34))
    f = font("serif", 36)
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "石墨及制品、矿产品、建材、日用百货、预包装食品销售"), ("住　　所", p.address),
            ("成立日期", f"20{rng.randint(10, 19)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    y = y0 + mm(62)
    for label, value in rows:
        s.text(x0 + mm(12), y, label, f)
        for k, part in enumerate(wrap(value, f, x1 - x0 - mm(62))):
            s.text(x0 + mm(50), y + k * 52, part, f)
            y += 52 if k else 0
        y += 70
    s.text(x1 - mm(90), y1 - mm(40), "登记机关", font("serif", 34))
    seal(s, x1 - mm(50), y1 - mm(34), "鸡西市市场监督管理局", rng, radius=mm(19))
    s.text(x0, y1 + mm(10), "复印件与原件一致", font("kai", 40))
    seal(s, x0 + mm(60), y1 + mm(16), p.name, rng, radius=mm(18))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Page]:
    s = Page()
    x, y, w, h = LEFT, mm(26), mm(130), mm(92)
    _card(s, x, y, w, h, (170, 40, 40))
    s.centred(y + mm(26), "中华人民共和国", font("serif_bold", 48), x0=x, x1=x + w, fill=(240, 210, 120))
    s.centred(y + mm(44), "律师执业证", font("serif_bold", 70), x0=x, x1=x + w, fill=(240, 210, 120))
    y2 = y + h + mm(10)
    _card(s, x, y2, w, h, (246, 244, 236))
    f = font("sans", 30)
    for k, t in enumerate([f"持证人　{c.agent}", f"执业机构　{c.firm}", f"执业证号　{c.extra['licence']}", "执业证类别　专职律师",
                           "发证机关　黑龙江省司法厅"]):
        s.text(x + mm(8), y2 + mm(8) + k * mm(13), t, f)
    seal(s, x + w - mm(30), y2 + h - mm(24), "黑龙江省司法厅", rng, radius=mm(16))
    s.text(LEFT, y2 + h + mm(14), "律师执业证复印件（与原件核对一致）", font("sans", 34))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Page]:
    """黑龙江省非税收入票据 on a small slip, red-brown rules."""
    s = Page(size=SLIP, paper=(250, 247, 240))
    ink = (160, 60, 50)
    s.centred(mm(6), "黑龙江省非税收入一般缴款书（电子）", font("sans_bold", 40), fill=ink)
    s.text(mm(10), mm(17), f"票据号码：{c.extra['recv_fee_no']}", font("sans", 26))
    s.right(s.width - mm(10), mm(17), f"开票日期：{num_date(c.filed_on + timedelta(days=rng.randint(2, 4)))}", font("sans", 26))
    w = s.width - mm(20)
    rows = [["缴款人", c.applicant.name], ["执收单位", COURT], ["项目名称", f"申请执行费（{c.number}）"],
            ["金额（大写）", money_caps(Decimal(c.extra["fee"]))], ["金额（小写）", f"￥{Decimal(c.extra['fee']):,.2f}"]]
    ruled(s, mm(10), mm(25), [mm(40), w - mm(40)], rows, font("sans", 28), heights=mm(11), label_font=font("sans", 28), outer=3)
    seal(s, s.width - mm(36), mm(88), "黑龙江省财政厅票据监制章", rng, radius=mm(13))
    return [s]


WINDOW = {
    "property_clue_form": ("被执行人财产线索表", ["被执行人", "银行账户", "不动产", "车辆", "其他财产线索"]),
    "payment_account_confirmation": ("申请执行人收款账户确认书", ["申请执行人", "开户行", "户名", "账号", "联系电话"]),
    "service_address_confirmation": ("送达地址确认书", ["受送达人", "送达地址", "邮政编码", "联系电话", "电子送达方式"]),
    "property_declaration_form": ("被执行人财产申报表", ["被执行人", "银行存款", "房产土地", "车辆", "应收款及其他"]),
}


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    """A form the window hands out, printed by the court, filled in ballpoint by the party."""
    title, labels = WINDOW[code]
    s = Page()
    s.centred(TOP, COURT, font("serif", 40))
    s.centred(TOP + 64, title, font("hei", 60), spacing=8)
    s.right(s.width - RIGHT, TOP + 150, f"案号：{c.number}", serif(32))
    a, r = c.applicant, c.respondent
    tale = str(c.extra["tale"])
    values = {
        "property_clue_form": [r.name, c.extra.get("r_bank", "不详"), "不详",
                               "厢式货车一台（黑G牌照）" if tale == "border" else "不详",
                               {"graphite": "下游负极材料厂尚欠其货款", "border": "中心市场店铺内存货",
                                "fish": "鸡冠市场鱼馆的经营收入"}[tale]],
        "payment_account_confirmation": [a.name, c.extra["in_bank"], a.name, c.extra["in_acct"], a.phone],
        "service_address_confirmation": [a.name, c.extra["firm_addr"], "158100", c.agent_phone, "同意短信送达"],
        "property_declaration_form": [r.name, "无" if tale == "border" else "微信、银行卡零星存款", "无",
                                      "无", "无" if tale == "border" else "店铺经营收入"],
    }[code]
    w = s.width - LEFT - RIGHT
    rows = [[label, ""] for label in labels] + [["填表人签名", ""], ["填表日期", ""]]
    boxes = ruled(s, LEFT, TOP + 210, [mm(44), w - mm(44)], rows, serif(34), heights=mm(24))
    right = [b for b in boxes if b[0] > LEFT]
    for v, b in zip(values, right, strict=False):
        pen(s, b[0] + mm(6), b[1] + mm(7), v, rng, size=40 if len(v) < 24 else 32)
    who = r if code == "property_declaration_form" else a
    sig = who.legal_rep if who.kind == "organisation" else who.name
    if code == "service_address_confirmation":
        sig = c.agent
    pen(s, right[-2][0] + mm(10), right[-2][1] + mm(6), sig, rng, size=50)
    pen(s, right[-1][0] + mm(10), right[-1][1] + mm(7), num_date(d), rng, size=40)
    s.text(LEFT, boxes[-1][3] + mm(10), "注：填表人对所填内容的真实性负责。", serif(30))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    """The 网络执行查控系统's printout: monospace, a long table whose last rows the short scan area cuts."""
    r = c.respondent
    m = font("mono", 29)
    s = Page()
    s.centred(TOP, "网络执行查控系统  反馈结果", font("sans_bold", 52))
    s.text(LEFT - mm(8), TOP + 90, f"案号：{c.number}    被查询人：{r.name}", m)
    s.text(LEFT - mm(8), TOP + 134, f"证照号码：{r.id_number}    查询日期：{d:%Y-%m-%d}", m)
    found = str(c.extra["tale"]) == "graphite"
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "龙江银行", "哈尔滨银行",
             "鸡西农村商业银行", "招商银行", "兴业银行", "中信银行", "光大银行", "民生银行"]
    rows = [["序号", "协助单位", "反馈结果", "余额（元）"]]
    for i, b in enumerate(banks, 1):
        hit = found and b[:2] in str(c.extra.get("r_bank", ""))[:2]
        rows.append([str(i), b, "有账户" if hit else "无账户", f"{c.amount:,.2f}" if hit else "0.00"])
    for i, other in enumerate(["公安部（车辆）", "自然资源部（不动产）", "中国证券登记结算", "支付宝", "财付通", "京东金融"],
                              len(banks) + 1):
        rows.append([str(i), other, "未查询到" if not (other.startswith("公安") and c.extra["tale"] == "border")
                     else "已转移登记", "—"])
    w = s.width - LEFT - RIGHT + mm(14)
    ruled(s, LEFT - mm(8), TOP + 190, [mm(16), mm(68), mm(52), w - mm(136)], rows, m, heights=mm(9), label_font=m,
          outer=2)
    s.text(LEFT - mm(8), s.height - mm(30), f"打印人：{c.clerk}    打印时间：{d:%Y-%m-%d} 10:{rng.randint(10, 59)}", m)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    a, r = c.applicant, c.respondent
    first = (c.amount * Decimal("0.5")).quantize(Decimal("0.01"))
    paras = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
             ("p", f"甲乙双方就{COURT}{c.number}执行一案，经协商自愿达成如下和解协议："),
             ("p", f"一、乙方应付甲方{money(c.amount)}，于{num_date(d + timedelta(days=5))}前付{first:,.2f}元，余款于"
                   f"{num_date(c.extra['pay_day'])}前付清，均汇入法院执行款专户。"),
             ("p", "二、乙方按期付清后，甲方放弃迟延履行期间的债务利息，本案执行完毕。"),
             ("p", "三、乙方任何一期未按时足额付款的，甲方有权申请恢复执行原生效法律文书。"),
             ("p", "四、本协议一式三份，甲乙双方各执一份，交法院一份附卷。")]
    s = Page()
    s.centred(TOP, "执行和解协议", font("sans_bold", 66), spacing=10)
    run = Flow([s], TOP + 130, left=mm(26), right=mm(24))
    f = font("microhei", 39)
    for kind, text in paras:
        run.para(text, f, lead=66, first=f.size * 2 if kind == "p" else 0)
    run.need(260)
    y = run.y + 60
    s = run.s
    s.text(mm(26), y, "甲方（签章）：", f)
    s.text(s.width / 2 + mm(4), y, "乙方（签章）：", f)
    pen(s, mm(26) + mm(50), y - 4, a.legal_rep if a.kind == "organisation" else a.name, rng, size=48, ink=(20, 20, 20))
    pen(s, s.width / 2 + mm(54), y - 4, r.legal_rep if r.kind == "organisation" else r.name, rng, size=48, ink=(20, 20, 20))
    if a.kind == "organisation":
        seal(s, mm(26) + mm(60), y + 10, a.name, rng, radius=mm(18))
    pen(s, s.width / 2 + mm(20), y + 110, num_date(d), rng, size=40)
    return folios(run.pages, font("microhei", 28), style="right")


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Page]:
    """A bank's 电子回单 on a small slip (comes through any scan area whole)."""
    s = Page(size=SLIP, paper=(252, 252, 248))
    bank = c.extra.get("r_bank", "鸡西农村商业银行")
    s.text(mm(10), mm(7), str(bank).split("鸡西")[0] or "鸡西农村商业银行", font("sans_bold", 40))
    s.centred(mm(8), "电子回单", font("sans_bold", 44), x0=s.width / 2 - mm(20), x1=s.width)
    s.text(mm(10), mm(20), f"回单编号：{rng.randint(10**11, 10**12 - 1)}    交易日期：{c.extra['pay_day']:%Y-%m-%d}",
           font("sans", 26))
    w = s.width - mm(20)
    payer = c.respondent
    rows = [["付款人", payer.name, "收款人", f"{COURT}执行款专户"], ["付款账号", str(c.extra.get("r_acct", "6228" + "0" * 12)),
                                                                   "收款账号", "0860 1501 0400 0123"],
            ["金额", f"￥{c.amount:,.2f}", "大写", money_caps(c.amount)], ["用途", f"{c.number}执行款"]]
    ruled(s, mm(10), mm(28), [mm(26), mm(70), mm(26), w - mm(122)], rows, font("sans", 24), heights=mm(13),
          labels=(0, 2), label_font=font("sans", 24), outer=2)
    seal(s, s.width - mm(34), mm(92), f"{str(bank)[:8]}电子回单专用章", rng, radius=mm(12))
    return [s]

