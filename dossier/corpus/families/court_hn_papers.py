"""What 惠城法院执行局 receives, each in its maker's hand: the 惠城区劳动人事争议仲裁委员会's 仲裁裁决书 and 生效证明 (AR PL
楷 body, the commission's name in bold song over a wide 黑体 title, "— n —" folios, three arbitrators); the civil
division's 民事调解书 (明体, a ruled 案号 box, "-n-" folios); lawyers' papers typed in Word (微软雅黑-like body, a
running head with the firm's name, "第n页/共m页" at the right); a law firm's 公函 under a red letterhead with its logo
disc; ID cards copied four to a page with their portraits' grey tones; business licences in their ornamented frame;
the window's printed forms filled in blue ballpoint; the 广东省非税收入电子票据 with its QR square; the 网络执行查控
system's printout in a monospaced face; a bank's 电子回单 and the workers' 案款领取 sheet with red fingerprints; and
the finance-lease company's evidence bundle (目录, the 查封 ruling it objects to, the contract, the list of machines)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_hn_kit import (
    COURT,
    SEAL_NAME,
    Flowing,
    back_of,
    court_paper,
    duplex,
    folios,
    form_title,
    gb,
    gel,
    photo_patch,
    rule_grid,
    verify_block,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
    "objection_application", "evidence",
})
ARB = "惠州市惠城区劳动人事争议仲裁委员会"
BALLPOINT = (28, 48, 140)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hn import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _award(c, rng) if t == "wage" else _mediation(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "objection_application":
        return _objection(c, rng, d)
    if code == "evidence":
        return _evidence(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if t == "wage" and p is c.applicant:
            return _id_cards(c.extra["crew"], rng)
        return _business_licence(p, c, rng, d) if p.kind == "organisation" else _id_cards([p], rng, both_sides=True)
    if code == "fee_receipt":
        return _fee_bill(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _money_out(c, rng, d)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，住{p.address}，公民身份号码{p.id_number}。"


# ---- the arbitration commission -------------------------------------------------------------------------------

def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    crew: list[Party] = c.extra["crew"]
    owed: list[tuple[Decimal, int, Decimal]] = c.extra["owed"]
    r = c.respondent
    run = Flowing(mm(68), left=mm(28), right=mm(28), top=mm(28), foot=mm(30))
    s = run.s
    s.centred(mm(24), ARB, font("serif_bold", 50), spacing=2)
    s.centred(mm(40), "仲裁裁决书", font("hei", 76), spacing=40)
    s.right(s.width - mm(28), mm(57), c.basis_number, font("kai", 40))
    f = font("kai", 42)
    lead = mm(9.6)
    heard = c.basis_effective - timedelta(days=rng.randint(35, 55))
    for p in crew:
        run.para(f"申请人：{_who(p)}", f, lead, hang=f.size * 4)
    run.para(f"被申请人：{_who(r)}", f, lead, hang=f.size * 5)
    months = max(m for _, m, _ in owed)
    paras = [
        f"申请人{'、'.join(p.name for p in crew)}与被申请人{r.name}劳动争议一案，本委于{cn_date(heard - timedelta(days=40))}立案"
        f"受理后，依法组成仲裁庭，并于{cn_date(heard)}公开开庭进行了合并审理。申请人均到庭参加仲裁，被申请人经本委书面通知，"
        "无正当理由未到庭。本案现已审理终结。",
        f"申请人称：申请人均在被申请人水口厂区从事家具打磨、喷漆、开料、包装工作，被申请人自2023年起陆续拖欠工资，最长达"
        f"{months}个月，经多次催讨未果。请求裁决被申请人支付拖欠的工资。",
        "被申请人未到庭，亦未提交答辩意见及证据。",
        "经审理查明：申请人提交的工卡、考勤记录、工资表照片及微信聊天记录，能够相互印证，证明申请人与被申请人存在劳动关系"
        "及被申请人拖欠工资的事实，本委予以确认。",
        "本委认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被申请人拖欠申请人工资，应予支付。"
        "依照《中华人民共和国劳动合同法》第三十条第一款，《中华人民共和国劳动争议调解仲裁法》第六条、第四十七条第一项"
        "的规定，裁决如下：",
    ]
    for text in paras:
        run.para(text, f, lead, first=f.size * 2)
    nums = "一二三四五六"
    for k, (p, (amt, m, _w)) in enumerate(zip(crew, owed, strict=True)):
        run.para(f"{nums[k]}、被申请人于本裁决书生效之日起五日内支付申请人{p.name}拖欠工资{amt:,.2f}元（{m}个月）；", f, lead,
                 first=f.size * 2)
    run.para(f"以上款项合计{c.amount:,.2f}元。", f, lead, first=f.size * 2)
    run.para("本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院"
             "提起诉讼；用人单位有证据证明本裁决有《中华人民共和国劳动争议调解仲裁法》第四十九条规定情形之一的，可以自收到"
             "本裁决书之日起三十日内向惠州市中级人民法院申请撤销裁决。", f, lead, first=f.size * 2)
    run.need(mm(70))
    last, y = run.s, run.y + mm(8)
    x = last.width - mm(100)
    for role in ("首席仲裁员", "仲　裁　员", "仲　裁　员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += lead
    when = cn_date(c.basis_effective)
    last.text(x + mm(6), y + mm(3), when, f)
    seal(last, x + mm(36), y + mm(2), ARB, rng, radius=mm(21))
    last.text(x, y + lead + mm(5), f"书　记　员　{person_name(rng)}", f)
    return duplex(folios(run.sheets, font("kai", 32), fmt="— {n} —", y_mm=14), rng)


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), ARB, font("serif_bold", 50), spacing=2)
    s.centred(mm(48), "生效证明", font("hei", 76), spacing=60)
    s.right(s.width - mm(28), mm(66), f"惠城劳人仲证字〔2024〕第{rng.randint(8, 120)}号", font("kai", 38))
    run = Flowing(mm(82), left=mm(28), right=mm(28), sheet=s)
    f = font("kai", 42)
    lead = mm(10)
    run.para(f"{COURT}：", f, lead)
    run.para(f"申请人{'、'.join(p.name for p in c.extra['crew'])}与被申请人{c.respondent.name}劳动争议一案，本委于"
             f"{cn_date(c.basis_effective)}作出{c.basis_number}仲裁裁决书，该裁决为终局裁决。裁决书已依法送达双方当事人，"
             "在法定期限内，申请人未向人民法院提起诉讼，被申请人未向惠州市中级人民法院申请撤销，该裁决书已经发生法律效力。",
             f, lead, first=f.size * 2)
    run.para("特此证明。", f, lead, first=f.size * 2)
    y = run.y + mm(26)
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(32, 38)))
    s.right(s.width - mm(34), y, when, f)
    seal(s, s.width - mm(70), y - mm(4), ARB, rng, radius=mm(21))
    s.text(mm(28), s.height - mm(40), f"经办人：{person_name(rng)}　　联系电话：0752-2{rng.randint(100000, 999999)}",
           font("kai", 34))
    return [s]


# ---- the civil division ----------------------------------------------------------------------------------------

def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first: Decimal = c.extra["paid_first"]
    total = c.amount + first
    run = Flowing(mm(74), left=mm(30), right=mm(26))
    s = run.s
    s.centred(mm(26), COURT, font("ming", 52), spacing=6)
    s.centred(mm(42), "民事调解书", font("serif_bold", 78), spacing=44)
    nf = font("ming", 38)
    w = text_width(c.basis_number, nf) + mm(8)
    s.box(s.width - mm(26) - w, mm(58), s.width - mm(26), mm(68), width=2)
    s.right(s.width - mm(30), mm(59.5), c.basis_number, nf)
    f = font("ming", 41)
    lead = mm(9.8)
    heard = c.basis_effective - timedelta(days=rng.randint(3, 10))
    for kind, text in [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易程序"
              f"进行审理。"),
        ("p", f"原告向本院提出诉讼请求：1.判令被告支付瓷砖、卫浴洁具货款{total:,.2f}元及逾期付款利息；2.本案诉讼费由被告负担。"
              "事实和理由：被告承接多个住宅装修工程，自2022年6月起向原告采购瓷砖、岩板及卫浴洁具用于施工，双方按工程项目对账。"
              "至2023年3月，经对账被告尚欠货款未付。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}确认尚欠原告{a.name}货款{total:,.2f}元；"),
        ("p", f"二、被告于{num_date(heard + timedelta(days=10))}前支付{first:,.2f}元，余款{c.amount:,.2f}元分三期于"
              f"{num_date(heard + timedelta(days=40))}、{num_date(heard + timedelta(days=70))}、"
              f"{num_date(heard + timedelta(days=100))}前平均支付；"),
        ("p", "三、被告如有任何一期未按期足额支付，原告有权就全部未付款项一次性向人民法院申请强制执行；"),
        ("p", f"四、案件受理费{int(total) // 200 + 30}元，减半收取{(int(total) // 200 + 30) // 2}元，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]:
        run.para(text, f, lead, first=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.need(mm(60))
    last, y = run.s, run.y + mm(10)
    x = last.width - mm(96)
    last.text(x, y, f"审　判　员　{person_name(rng)}", f)
    when = cn_date(heard)
    last.text(x + mm(4), y + lead * 1.5, when, f)
    seal(last, x + mm(36), y + lead * 1.5, COURT, rng, radius=mm(20))
    last.text(x, y + lead * 3, f"书　记　员　{person_name(rng)}", f)
    last.text(mm(30), y + lead * 4.5, "本件与原本核对无异", font("ming", 34))
    return duplex(folios(run.sheets, font("ming", 30), fmt="-{n}-", y_mm=15), rng, chance=0.7)


# ---- lawyers -----------------------------------------------------------------------------------------------------

def _word(size: int) -> Font:
    return font("microhei", size)


def _lawyer_doc(title: str, blocks: list[tuple[str, str]], *, head: str, room: float) -> Flowing:
    """A lawyer's Word document: a running head with the firm's name over a hairline, the title bold and centred,
    body in 雅黑-like sans at 1.5 spacing, "第n页/共m页" at the right foot; `room` kept free below for the signing."""
    run = Flowing(mm(48), left=mm(27), right=mm(25), top=mm(30), foot=mm(28))
    f = _word(40)
    lead = mm(9)
    run.s.centred(mm(28), title, font("sans_bold", 62), spacing=8)
    for kind, text in blocks:
        if kind == "t":
            run.line(text, f, lead)
        elif kind == "b":
            run.line(text, font("sans_bold", 40), lead)
        elif kind == "h":
            run.para(text, f, lead, hang=f.size * 2)
        else:
            run.para(text, f, lead, first=f.size * 2)
    run.need(room)
    n = len(run.sheets)
    for k, s in enumerate(run.sheets, 1):
        s.text(mm(27), mm(12), head, _word(26), record=False)
        s.line(mm(27), mm(18), s.width - mm(25), mm(18), width=1)
        if n > 1:
            s.right(s.width - mm(25), s.height - mm(16), f"第{k}页/共{n}页", _word(28))
            if k > 1:
                s.page_of = (k, n)
    return run


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    wage = c.extra["tale"] == "wage"
    crew: list[Party] = c.extra.get("crew") or [a]
    blocks: list[tuple[str, str]] = []
    for p in crew:
        blocks.append(("h", f"申请执行人：{_who(p)}联系电话：{p.phone}。"))
    blocks.append(("h", f"委托代理人：{c.agent}，{c.firm}律师{'（法律援助）' if wage else ''}，电话{c.agent_phone}。"))
    blocks.append(("h", f"被执行人：{_who(r)}联系电话：{r.phone}。"))
    blocks.append(("b", "执行请求："))
    if wage:
        blocks += [("p", f"1.请求强制执行被执行人支付申请执行人拖欠工资共计{money(c.amount)}（其中"
                         + "，".join(f"{p.name}{amt:,.2f}元" for p, (amt, _m, _w) in zip(crew, c.extra["owed"], strict=True))
                         + "）；"),
                   ("p", "2.请求依法加倍支付迟延履行期间的债务利息；"),
                   ("p", "3.请求对被执行人采取限制高消费措施；拒不履行的，将其纳入失信被执行人名单；"),
                   ("p", "4.本案执行费用由被执行人承担。"),
                   ("b", "事实与理由："),
                   ("p", f"申请执行人与被执行人劳动争议一案，经{ARB}作出{c.basis_number}仲裁裁决书，裁决被执行人向各申请执行人"
                         "支付拖欠工资。该裁决为终局裁决，已发生法律效力，但被执行人至今分文未付。被执行人厂区仍在生产，其在"
                         f"{c.extra['r_bank']}开有基本账户，有履行能力。根据《中华人民共和国民事诉讼法》第二百四十八条的规定，"
                         "特向贵院申请强制执行。")]
    else:
        blocks += [("p", f"1.请求强制执行被执行人支付货款{money(c.amount)}；"),
                   ("p", "2.请求被执行人加倍支付迟延履行期间的债务利息；"),
                   ("p", "3.请求依法对被执行人及其法定代表人采取限制高消费措施，并将被执行人纳入失信被执行人名单；"),
                   ("p", "4.执行费用由被执行人承担。"),
                   ("b", "事实与理由："),
                   ("p", f"申请执行人与被执行人买卖合同纠纷一案，经贵院主持调解，双方达成调解协议，贵院出具{c.basis_number}"
                         f"民事调解书。被执行人仅支付首期款{c.extra['paid_first']:,.2f}元，此后各期均未支付。根据调解书第三项"
                         "的约定，申请执行人有权就全部未付款项申请强制执行。根据《中华人民共和国民事诉讼法》第二百四十七条的"
                         "规定，特向贵院申请强制执行。")]
    blocks += [("t", "此致"), ("t", COURT)]
    head = f"{c.firm}　　法律文书"
    run = _lawyer_doc("强制执行申请书", blocks, head=head, room=mm(64))
    sheets = run.sheets
    last = sheets[-1]
    y = run.y + mm(6)
    last.text(last.width - mm(120), y, "申请执行人（签名/盖章）：", _word(38))
    if wage:
        for k, p in enumerate(crew):
            x = last.width - mm(112) + (k % 2) * mm(48)
            yy = y + mm(12) + (k // 2) * mm(16)
            hand(last, x, yy, p.name, rng, size=52, ink=INK)
            last.draw.ellipse((x + mm(24), yy + 6, x + mm(31), yy + mm(8)), fill=(200, 35, 40))
    else:
        seal(last, last.width - mm(60), y + mm(22), a.name, rng, radius=mm(19))
    hand(last, last.width - mm(100), y + mm(46), num_date(d), rng, size=44, ink=INK)
    return sheets


def _objection(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    debtor: Party = c.extra["debtor"]
    machines = c.extra["machines"]
    blocks: list[tuple[str, str]] = [
        ("h", f"异议人（案外人）：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"申请执行人：{_who(r)}"),
        ("h", f"被执行人：{_who(debtor)}"),
        ("b", "异议请求："),
        ("p", f"请求解除贵院在{c.extra['main_no']}案中对"
              + "、".join(f"{n}{k}台（编号{s}）" for n, _m, s, k, _p in machines)
              + "的查封，并确认上述设备不属于被执行人的财产。"),
        ("b", "事实与理由："),
        ("p", f"{cn_date(c.extra['lease_day'])}，异议人与被执行人签订编号为{c.extra['lease_no']}的《融资租赁合同（售后回租）》，"
              f"约定异议人以{c.amount:,.2f}元购买被执行人所有的上述设备，再出租给被执行人使用，租期三十六个月。异议人已于签约次日"
              "足额支付购买价款，上述设备的所有权自付款之日起转移至异议人。"),
        ("p", f"{cn_date(c.extra['seized_on'])}，贵院在执行{r.name}与{debtor.name}买卖合同纠纷一案中，查封了上述设备。被执行人对上述"
              "设备仅享有租赁使用权，并非其责任财产。异议人作为所有权人，享有足以排除强制执行的民事权益。"),
        ("p", "根据《中华人民共和国民事诉讼法》第二百三十八条及《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》"
              "的相关规定，特提出异议，请求贵院依法支持异议人的请求。"),
        ("t", "此致"), ("t", COURT),
        ("t", "附：证据材料一套（详见证据目录）"),
    ]
    run = _lawyer_doc("执行异议申请书", blocks, head=f"{c.firm}", room=mm(56))
    sheets = run.sheets
    last = sheets[-1]
    y = run.y + mm(6)
    last.text(last.width - mm(120), y, "异议人（盖章）：", _word(38))
    seal(last, last.width - mm(50), y + mm(8), a.name, rng, radius=mm(20))
    hand(last, last.width - mm(105), y + mm(26), f"法定代表人：{a.legal_rep}", rng, size=44, ink=INK)
    hand(last, last.width - mm(96), y + mm(40), num_date(d), rng, size=44, ink=INK)
    return duplex(sheets, rng)


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    wage = c.extra["tale"] == "wage"
    crew: list[Party] = c.extra.get("crew") or [c.applicant]
    s = Sheet()
    s.centred(mm(30), "授权委托书", font("sans_bold", 66), spacing=34)
    run = Flowing(mm(52), left=mm(27), right=mm(25), sheet=s)
    f = _word(39)
    lead = mm(9)
    for p in crew:
        run.para(f"委托人：{_who(p)}", f, lead, hang=f.size * 2)
    run.para(f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，地址{c.extra['firm_addr']}。", f, lead,
             hang=f.size * 2)
    matter = ("执行" if c.extra["tale"] != "lease" else "执行异议")
    other = c.respondent.name if c.extra["tale"] != "lease" else c.extra["debtor"].name
    run.para(f"现委托上列受托人在委托人与{other}{c.extra['cause']}{matter}一案中，作为委托人的代理人。", f, lead, first=f.size * 2)
    run.para("代理权限：特别授权。代为申请执行（提出执行异议），提供财产线索，申请采取强制执行措施，参加听证、调查，代为签收"
             "法律文书，代为收取执行款" + ("（法律援助，不收取任何费用）" if wage else "") + "，代为申请终结本次执行程序及恢复执行。",
             f, lead, first=f.size * 2)
    run.para("委托期限：自本委托书签署之日起至本案执行程序终结之日止。", f, lead, first=f.size * 2)
    y = run.y + mm(12)
    s.text(mm(27), y, "委托人：", f)
    if c.applicant.kind == "organisation":
        seal(s, mm(72), y + mm(10), c.applicant.name, rng, radius=mm(19))
        hand(s, mm(48), y + mm(22), c.applicant.legal_rep, rng, size=50, ink=INK)
    else:
        for k, p in enumerate(crew):
            x = mm(48) + (k % 2) * mm(42)
            yy = y + (k // 2) * mm(15)
            hand(s, x, yy - 6, p.name, rng, size=50, ink=INK)
            s.draw.ellipse((x + mm(22), yy, x + mm(29), yy + mm(9)), fill=(205, 40, 45))
    s.text(s.width - mm(100), y, "受托人：", f)
    hand(s, s.width - mm(70), y - 6, c.agent, rng, size=52, ink=INK)
    hand(s, s.width - mm(100), y + mm(36), num_date(d), rng, size=44, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    red = (200, 30, 40)
    s.draw.ellipse((mm(24), mm(14), mm(42), mm(32)), outline=red, width=5)
    s.text(mm(28.5), mm(17), "律", font("serif_bold", 64), fill=red, record=False)
    s.text(mm(48), mm(15), c.firm, font("serif_bold", 62), fill=red)
    s.text(mm(48), mm(27), f"地址：{c.extra['firm_addr']}　电话：0752-{rng.randint(2000000, 2999999)}", font("sans", 26), fill=red)
    s.line(mm(20), mm(35), s.width - mm(20), mm(35), width=7, fill=red)
    wage = c.extra["tale"] == "wage"
    title = "律师事务所函"
    s.centred(mm(48), title, font("serif_bold", 70), spacing=12)
    no = f"（{d.year}）惠{rng.choice(['泽', '江', '商', '明', '信'])}律函字第{rng.randint(10, 300)}号"
    s.right(s.width - mm(26), mm(64), no, font("serif", 36))
    run = Flowing(mm(78), left=mm(27), right=mm(26), sheet=s)
    f = font("serif", 41)
    lead = mm(10)
    run.para(f"{COURT}：", f, lead)
    if wage:
        text = (f"本所接受{ARB.replace('劳动人事争议仲裁委员会', '')}法律援助处指派（{c.extra['aid_no']}），指派{c.agent}律师担任"
                f"{'、'.join(p.name for p in c.extra['crew'])}与{c.respondent.name}劳动争议执行一案申请执行人的代理人，"
                "为其提供法律援助。")
    elif c.extra["tale"] == "lease":
        text = (f"本所接受{c.applicant.name}的委托，指派{c.agent}律师作为其就贵院{c.extra['main_no']}案查封行为提出执行异议一案的"
                "委托诉讼代理人。")
    else:
        text = f"本所接受{c.applicant.name}的委托，指派{c.agent}律师作为其与{c.respondent.name}买卖合同纠纷执行一案的代理人。"
    run.para(text, f, lead, first=f.size * 2)
    run.para("特此函告。", f, lead, first=f.size * 2)
    run.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　手机：{c.agent_phone}", font("serif", 34), mm(8))
    y = run.y + mm(24)
    s.right(s.width - mm(32), y, cn_date(d), f)
    seal(s, s.width - mm(62), y - mm(2), c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data page photocopied at the top of a page, with the yearly inspection page beside it."""
    s = Sheet()
    x0, y0, w, h = mm(22), mm(30), mm(80), mm(112)
    for k in range(2):
        x = x0 + k * (w + mm(8))
        s.draw.rectangle((x, y0, x + w, y0 + h), fill=(226, 226, 222), outline=(90, 90, 90), width=2)
    photo_patch(s, (x0 + mm(26), y0 + mm(8), x0 + mm(54), y0 + mm(46)), rng)
    seal(s, x0 + mm(52), y0 + mm(44), "广东省司法厅", rng, radius=mm(13))
    f = font("sans", 28)
    ty = y0 + mm(54)
    for label, value in [("姓名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                         ("发证机关", "广东省司法厅"), ("发证日期", f"{rng.randint(2013, 2021)}年{rng.randint(1, 12)}月")]:
        s.text(x0 + mm(4), ty, f"{label}：{value}"[:21], f)
        ty += mm(9)
    x = x0 + w + mm(8)
    s.centred(y0 + mm(6), "律师年度考核备案", font("sans_bold", 34), x0=x, x1=x + w)
    for k, year in enumerate((2022, 2023)):
        yy = y0 + mm(22) + k * mm(42)
        s.text(x + mm(6), yy, f"考核年度：{year}", f)
        s.text(x + mm(6), yy + mm(8), "考核结果：称职", f)
        seal(s, x + mm(50), yy + mm(20), "惠州市司法局", rng, radius=mm(13), inner="年度考核专用章")
    hand(s, mm(30), y0 + h + mm(16), "此复印件与原件一致", rng, size=54, ink=INK)
    hand(s, mm(120), y0 + h + mm(18), c.agent, rng, size=52, ink=INK)
    return [s]


# ---- identity papers ----------------------------------------------------------------------------------------------

def _id_front(s: Sheet, p: Party, x: float, y: float, rng: random.Random) -> None:
    w, h = mm(86), mm(54)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=(208, 208, 204), outline=(110, 110, 110), width=2)
    for k in range(6):  # the card's guilloche, printed grey
        s.draw.arc((x + mm(10) + k * mm(6), y + mm(10), x + mm(60) + k * mm(6), y + mm(50)), 200, 340,
                   fill=(178, 178, 174), width=2)
    lab, val = font("hei", 22), font("hei", 28)
    born = p.born or date(1980, 1, 1)
    s.text(x + mm(4), y + mm(5), "姓名", lab, fill=(90, 90, 90))
    s.text(x + mm(14), y + mm(4.5), p.name, val)
    s.text(x + mm(4), y + mm(12), "性别", lab, fill=(90, 90, 90))
    s.text(x + mm(14), y + mm(11.5), f"{p.sex}　　民族　汉", val)
    s.text(x + mm(4), y + mm(19), "出生", lab, fill=(90, 90, 90))
    s.text(x + mm(14), y + mm(18.5), f"{born.year}年{born.month}月{born.day}日", val)
    s.text(x + mm(4), y + mm(26), "住址", lab, fill=(90, 90, 90))
    for k in range(0, min(len(p.address), 36), 12):
        s.text(x + mm(14), y + mm(25.5) + k // 12 * mm(5), p.address[k:k + 12], font("hei", 25))
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(24), y + h - mm(9), p.id_number, font("mono", 32))
    photo_patch(s, (x + w - mm(28), y + mm(6), x + w - mm(4), y + mm(38)), rng)


def _id_cards(people: list[Party], rng: random.Random, *, both_sides: bool = False) -> list[Sheet]:
    """ID cards copied on one A4: four fronts in a 2×2 block (the workers), or one card's two faces, with the note
    the window asks for."""
    s = Sheet()
    if both_sides:
        p = people[0]
        x, y = mm(60), mm(40)
        _id_front(s, p, x, y, rng)
        y2 = y + mm(70)
        s.draw.rounded_rectangle((x, y2, x + mm(86), y2 + mm(54)), radius=mm(3), fill=(214, 214, 210),
                                 outline=(110, 110, 110), width=2)
        s.draw.ellipse((x + mm(5), y2 + mm(5), x + mm(20), y2 + mm(20)), outline=(120, 120, 120), width=3)
        s.text(x + mm(26), y2 + mm(7), "中华人民共和国", font("hei", 34))
        s.text(x + mm(20), y2 + mm(17), "居民身份证", font("hei", 50), spacing=10)
        s.text(x + mm(8), y2 + mm(37), "签发机关　惠州市公安局惠城分局", font("hei", 24))
        st = rng.randint(2012, 2019)
        s.text(x + mm(8), y2 + mm(44), f"有效期限　{st}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{st + 20}.0"
               f"{rng.randint(1, 9)}.1{rng.randint(0, 9)}", font("hei", 24))
        hand(s, mm(40), y2 + mm(74), "与原件核对一致，仅供惠城区法院执行使用", rng, size=44, ink=INK)
        hand(s, mm(120), y2 + mm(92), p.name, rng, size=54, ink=INK)
        return [s]
    for k, p in enumerate(people):
        x = mm(14) + (k % 2) * mm(96)
        y = mm(24) + (k // 2) * mm(72)
        _id_front(s, p, x, y, rng)
        hand(s, x + mm(10), y + mm(58), f"{p.name}　本人复印", rng, size=36, ink=INK)
    hand(s, mm(24), mm(24) + mm(72) * ((len(people) + 1) // 2) + mm(6), "以上身份证复印件均与原件核对无异", rng, size=46,
         ink=BALLPOINT)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """营业执照（副本）copied at the top of the page, the 法定代表人身份证明书 typed below it."""
    s = Sheet()
    frame = (120, 90, 50)
    x0, y0, x1, y1 = mm(16), mm(16), s.width - mm(16), mm(160)
    s.box(x0, y0, x1, y1, width=10, outline=frame)
    for k in range(0, int(x1 - x0) - mm(8), mm(4)):  # the ornamented border, printed as a band of small lozenges
        s.draw.polygon([(x0 + mm(4) + k, y0 + mm(3)), (x0 + mm(6) + k, y0 + mm(1.5)), (x0 + mm(8) + k, y0 + mm(3)),
                        (x0 + mm(6) + k, y0 + mm(4.5))], fill=(170, 140, 100))
    s.draw.ellipse((s.width / 2 - mm(9), y0 + mm(8), s.width / 2 + mm(9), y0 + mm(26)), fill=(200, 40, 40))
    s.centred(y0 + mm(30), "营业执照", font("serif_bold", 88), spacing=56)
    s.centred(y0 + mm(48), "（副　本）", font("serif", 34))
    f = font("serif", 32)
    s.text(x0 + mm(8), y0 + mm(58), f"统一社会信用代码　{p.id_number}", f)
    kind = "有限责任公司（自然人投资或控股）"
    scope = {"lease": "融资租赁业务；租赁业务；向国内外购买租赁财产；租赁财产的残值处理及维修",
             "tile": "建筑装饰材料、陶瓷制品、卫生洁具销售" if "建材" in p.name else "住宅室内装饰装修；建筑装饰工程施工",
             "wage": "家具制造；家具销售；木制品加工"}[str(c.extra["tale"])]
    if "家具制造" in p.name:
        scope = "家具制造；家具销售；木制品加工"
    rows = [("名　　称", p.name), ("类　　型", kind), ("法定代表人", p.legal_rep), ("经营范围", scope),
            ("注册资本", f"人民币{rng.choice([100, 200, 500, 5000])}万元"),
            ("成立日期", f"{rng.randint(2006, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y = y0 + mm(68)
    for label, value in rows:
        s.text(x0 + mm(8), y, label, f)
        s.text(x0 + mm(38), y, value[:30], f)
        if len(value) > 30:
            y += mm(7)
            s.text(x0 + mm(38), y, value[30:60], f)
        y += mm(9)
    verify_block(s, p.id_number, x0 + mm(12), y0 + mm(12))
    reg = "广州市越秀区市场监督管理局" if "广州" in p.address else "惠州市惠城区市场监督管理局"
    s.text(x1 - mm(80), y1 - mm(28), "登记机关", f)
    seal(s, x1 - mm(44), y1 - mm(24), reg, rng, radius=mm(17))
    s.text(x1 - mm(84), y1 - mm(12), f"{d.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    s.centred(y1 + mm(14), "法定代表人身份证明书", font("serif_bold", 50), spacing=4)
    run = Flowing(y1 + mm(30), left=mm(26), right=mm(24), sheet=s)
    run.para(f"{p.legal_rep}，现任我公司法定代表人（职务：执行董事兼总经理）。特此证明。", font("serif", 40), mm(10),
             first=80)
    run.s.right(run.s.width - mm(32), run.y + mm(10), num_date(d), font("serif", 40))
    seal(run.s, run.s.width - mm(58), run.y + mm(8), p.name, rng, radius=mm(19))
    hand(run.s, mm(28), run.s.height - mm(34), "复印件与原件一致", rng, size=46, ink=INK)
    return [run.s]


# ---- the window's forms, the bill, the system, the bank ---------------------------------------------------------

def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    w = s.width - mm(30) - mm(26)
    crew: list[Party] = c.extra.get("crew") or [a]
    signer = a.name if a.kind == "person" else a.legal_rep
    if code == "payment_account_confirmation":
        y = form_title(s, "执行款收款账户确认书")
        accts: list[str] = c.extra["in_acct"]
        rows = [["案号", c.number, "", ""], ["收款人", "开户银行", "银行账号", "联系电话"]]
        rows += [["", "", "", ""] for _ in crew]
        boxes = rule_grid(s, mm(30), y, [mm(36), mm(50), mm(60), w - mm(146)], rows, gb(32),
                          heights=[mm(14)] + [mm(13)] + [mm(15)] * len(crew), centre_cols=(0, 1, 2, 3))
        for row, p, acct in zip(boxes[2:], crew, accts * len(crew), strict=False):
            gel(s, row[0][0] + mm(3), row[0][1] + mm(3), p.name, rng, size=38, ink=BALLPOINT)
            gel(s, row[1][0] + mm(2), row[1][1] + mm(3.5), str(c.extra["in_bank"])[:9], rng, size=32, ink=BALLPOINT)
            gel(s, row[2][0] + mm(2), row[2][1] + mm(3.5), acct, rng, size=30, ink=BALLPOINT)
            gel(s, row[3][0] + mm(1), row[3][1] + mm(3.5), p.phone if p.kind == "person" else a.phone, rng, size=28,
                ink=BALLPOINT)
        note = ("本人确认以上账户为接收本案执行款的账户，法院将执行款转入上述账户即视为已向本人支付；因账户信息错误造成的损失由本人"
                "承担。")
        yb = boxes[-1][0][3]
        signers = crew
    else:
        if code == "service_address_confirmation":
            y = form_title(s, "送达地址确认书")
            who = a.name if t != "wage" else "、".join(p.name for p in crew)
            pairs = [("案　号", c.number), ("受送达人", who), ("送达地址", a.address if t != "wage" else c.extra["firm_addr"]),
                    ("指定代收人", f"{c.agent}（委托代理人）"), ("联系电话", c.agent_phone),
                    ("是否同意电子送达", f"同意，手机号码{c.agent_phone}")]
            note = ("告知：1.受送达人应提供真实有效的送达地址；2.地址变更未及时书面告知的，按原地址送达，文书被退回之日视为送达之日；"
                    "3.本确认书适用于执行程序及执行异议、复议程序。")
        elif code == "property_clue_form":
            y = form_title(s, "被执行人财产线索表")
            clue = (f"{c.extra['r_bank']}基本账户{c.extra['r_acct']}；厂区仍在生产，有开料机、喷漆房等设备" if t == "wage"
                    else f"{c.extra['r_bank']}账户{c.extra['r_acct']}；在建装修工地的工程款（地址待查）")
            pairs = [("案　号", c.number), ("被执行人", r.name), ("证照号码", r.id_number), ("住所地", r.address),
                    ("财产线索", clue), ("线索来源", "合同及往来付款记录" if t == "tile" else "工友了解")]
            note = "申请执行人应如实提供财产线索；提供虚假线索的，依法承担责任。"
        else:
            y = form_title(s, "被执行人财产申报表")
            pairs = [("案　号", c.number), ("申报人", f"{r.name}（法定代表人{r.legal_rep}）"),
                    ("银行存款", f"{c.extra['r_bank']}，余额几百元，已被冻结"), ("不动产", "无"), ("车辆", "无"),
                    ("对外债权", "部分业主装修尾款未收回，金额不清"), ("其他", "公司已停业，办公室已退租")]
            note = "申报人保证申报内容真实、完整，如有虚假，愿承担法律责任。"
            signer = r.legal_rep
        boxes = rule_grid(s, mm(30), y, [mm(44), w - mm(44)], [[k, ""] for k, _ in pairs], gb(35),
                          heights=[mm(22) if len(v) > 24 else mm(15) for _, v in pairs])
        for (_k, v), row in zip(pairs, boxes, strict=True):
            gel(s, row[1][0] + mm(3), row[1][1] + mm(3), v, rng, size=38, per_line=24, lead=mm(7.6), ink=BALLPOINT)
        yb = boxes[-1][0][3]
        signers = [Party(signer, "person", "", "", "")]
    run = Flowing(yb + mm(8), left=mm(30), right=mm(26), sheet=s)
    run.para(note, gb(31), mm(7), first=62)
    y = run.y + mm(10)
    s.text(s.width - mm(130), y, "确认人（签名/盖章）：", gb(36))
    for k, p in enumerate(signers):
        gel(s, s.width - mm(72) + (k % 2) * mm(32) - (mm(20) if len(signers) > 1 else 0), y - 8 + (k // 2) * mm(13), p.name,
            rng, size=46, ink=BALLPOINT)
    if a.kind == "organisation" and code != "property_declaration_form":
        seal(s, s.width - mm(56), y + mm(10), a.name, rng, radius=mm(18))
    gel(s, s.width - mm(90), y + mm(30), f"{d:%Y.%m.%d}", rng, size=40, ink=BALLPOINT)
    return [s]


def _fee_bill(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """广东省非税收入（电子）票据 printed on plain paper: red frame and title, the QR square, the rows."""
    s = Sheet()
    red = (190, 50, 50)
    s.box(mm(14), mm(16), s.width - mm(14), mm(138), width=3, outline=red)
    s.centred(mm(22), "广东省非税收入（电子）票据", font("serif_bold", 54), fill=red, spacing=4)
    verify_block(s, c.number + "fee", mm(20), mm(20))
    f = font("serif", 28)
    s.text(mm(20), mm(44), f"票据代码：44060124　　票据号码：{rng.randint(10**9, 10**10 - 1)}　　校验码：{rng.randint(100000, 999999)}", f)
    wage = c.extra["tale"] == "wage"
    payer = c.respondent.name if wage else c.applicant.name
    s.text(mm(20), mm(51), f"交款人：{payer}　　　开票日期：{d:%Y-%m-%d}", f)
    fee: Decimal = c.extra["fee"]
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040101", "申请执行费", "件", "1", "", f"{fee:,.2f}"], ["", "", "", "", "", ""],
            ["金额合计（大写）", money_caps(fee)]]
    w = s.width - mm(40)
    rule_grid(s, mm(20), mm(60), [mm(34), mm(52), mm(16), mm(16), mm(24), w - mm(142)], rows, f,
              heights=[mm(11), mm(11), mm(11), mm(12)], centre_cols=(0, 1, 2, 3, 4, 5), ink=red)
    note = f"案号：{c.number}" + ("（从被执行人被扣划款项中收取）" if wage else "")
    s.text(mm(20), mm(111), f"其他信息：{note}", f)
    s.text(mm(20), mm(120), f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f)
    seal(s, s.width - mm(56), mm(118), SEAL_NAME, rng, radius=mm(16), inner="财务专用章")
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    wage = c.extra["tale"] == "wage"
    mono = font("wenkai_mono", 27)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "招商银行",
             "广发银行", "平安银行", "惠州农村商业银行", "广东华兴银行", "支付宝", "财付通", "京东金融", "公安部车辆",
             "自然资源部不动产", "中国证券登记结算", "市场监管总局股权", "住建部公积金", "银保监会保险"]
    head = ["序号", "协助单位", "财产类型", "反馈结果", "金额/数量", "反馈时间"]
    rows = [head]
    for i, u in enumerate(units, 1):
        kind = "存款" if i <= 11 else ("网络资金" if i <= 14 else "其他")
        if wage and u == "中国工商银行":
            res, amt = f"账号{c.extra['r_acct']}", f"{(c.amount * Decimal('1.6')).quantize(Decimal('0.01')):,.2f}"
        elif not wage and u == "中国农业银行":
            res, amt = f"账号{c.extra['r_acct'][:10]}…", f"{rng.randint(100, 900)}.{rng.randint(10, 99)}"
        elif kind == "存款" and rng.random() < 0.3:
            res, amt = "有账户", f"{rng.randint(0, 60)}.{rng.randint(10, 99)}"
        else:
            res, amt = "未查询到财产", "0"
        rows.append([str(i), u, kind, res, amt, f"{d + timedelta(days=rng.randint(0, 2)):%m-%d %H:%M}".replace(
            "00:00", f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}")])
    sheets = []
    for part in (rows[:13], [head, *rows[13:]]):
        s = Sheet()
        s.text(mm(12), mm(12), "全国法院网络执行查控系统　查询结果反馈", font("sans_bold", 42))
        s.text(mm(12), mm(24), f"案号：{c.number}　承办人：{c.officer}　被查询人：{r.name}", mono)
        s.text(mm(12), mm(30), f"证照号码：{r.id_number}　查询类型：总对总　发起时间：{d:%Y-%m-%d}", mono)
        rule_grid(s, mm(12), mm(38), [mm(13), mm(44), mm(24), mm(56), mm(30), mm(19)], part, mono, heights=mm(10.5),
                  centre_cols=(0, 2))
        s.text(mm(12), s.height - mm(14), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d}", mono)
        sheets.append(s)
    for k, s in enumerate(sheets, 1):
        s.right(s.width - mm(12), s.height - mm(14), f"{k}/{len(sheets)}", mono)
        if k > 1:
            s.page_of = (k, len(sheets))
    if rng.random() < 0.5:
        back_of(sheets[0], sheets[1])
    return sheets


def _money_out(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bank's 电子回单 of the deduction into the court's account, then (a document of its own) the bureau's
    案款发放领取表 the four workers signed and pressed with their fingers."""
    s = Sheet()
    f = font("sans", 28)
    ink = (40, 60, 120)
    total = c.amount + c.extra["fee"]
    s.box(mm(14), mm(16), s.width - mm(14), mm(128), width=2, outline=ink)
    s.centred(mm(20), "中国工商银行　业务回单（付款）", font("sans_bold", 44), fill=ink)
    s.text(mm(20), mm(32), f"日期：{d:%Y年%m月%d日}　　回单编号：{rng.randint(10**13, 10**14 - 1)}", f)
    rows = [["付款人户名", c.respondent.name, "收款人户名", "惠州市惠城区人民法院"],
            ["付款人账号", c.extra["r_acct"], "收款人账号", f"4405{rng.randint(10**15, 10**16 - 1)}"],
            ["付款人开户行", c.extra["r_bank"], "收款人开户行", "中国建设银行惠州分行营业部"],
            ["金额", f"￥{total:,.2f}　{money_caps(total)}"], ["业务种类", "司法扣划"],
            ["摘要", f"{c.number}协助扣划"], ["交易流水号", f"{d:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}"]]
    w = s.width - mm(40)
    rule_grid(s, mm(20), mm(40), [mm(30), mm(56), mm(30), w - mm(116)], rows, f, heights=mm(11), centre_cols=(0, 2), ink=ink)
    seal(s, s.width - mm(50), mm(112), "中国工商银行惠州江北支行", rng, radius=mm(14), inner="电子回单专用章")
    p2 = Sheet()
    p2.starts_document = True
    y = form_title(p2, "执行案款发放领取表")
    p2.text(mm(30), y - 10, f"案号：{c.number}　　发放日期：{d + timedelta(days=6):%Y年%m月%d日}", gb(32))
    y += mm(8)
    crew: list[Party] = c.extra["crew"]
    hdr = ["领款人", "身份证号码", "应领金额（元）", "收款账号", "领款人签名"]
    body_rows: list[list[str]] = [hdr]
    for p, (amt, _m, _w), acct in zip(crew, c.extra["owed"], c.extra["in_acct"], strict=True):
        body_rows.append([p.name, p.id_number, f"{amt:,.2f}", acct, ""])
    body_rows.append(["合计", "", f"{c.amount:,.2f}", "", ""])
    ww = p2.width - mm(56)
    boxes = rule_grid(p2, mm(30), y, [mm(18), mm(42), mm(24), mm(40), ww - mm(124)], body_rows, gb(26),
                      heights=[mm(12)] + [mm(18)] * len(crew) + [mm(12)], centre_cols=(0, 2, 4))
    for row, p in zip(boxes[1:-1], crew, strict=False):
        x0, y0, x1, _ = row[4]
        hand(p2, x0 + mm(3), y0 + mm(5), p.name, rng, size=42, ink=INK)
        p2.draw.ellipse((x1 - mm(10), y0 + mm(5), x1 - mm(3), y0 + mm(13)), fill=(205, 40, 45))
    yy = boxes[-1][0][3] + mm(10)
    p2.text(mm(30), yy, f"经办人：{c.officer}　　复核：{person_name(rng)}　　财务：{person_name(rng)}", gb(32))
    p2.text(mm(30), yy + mm(10), "说明：案款已由本院执行款专户通过银行转账分别转入领款人确认的账户。", gb(30))
    seal(p2, p2.width - mm(60), yy + mm(30), SEAL_NAME, rng, radius=mm(18))
    return [s, p2]


# ---- the objector's evidence --------------------------------------------------------------------------------------

def _evidence(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The finance-lease company's bundle: its list of evidence, a copy of the 查封 ruling it objects to, the lease
    contract (two pages printed back to back) and the list of leased machines with the payment slip."""
    a, r = c.applicant, c.respondent
    debtor: Party = c.extra["debtor"]
    machines = c.extra["machines"]
    idx = Sheet()
    idx.centred(mm(26), "证据目录", font("sans_bold", 62), spacing=40)
    idx.text(mm(26), mm(42), f"提交人：{a.name}　　案号：{c.extra['main_no']}（执行异议）", _word(32))
    items = [("1", "执行裁定书（查封）复印件", "证明贵院查封了异议人所有的设备", "1"),
             ("2", "融资租赁合同（售后回租）", "证明异议人与被执行人之间的融资租赁关系", "2"),
             ("3", "租赁物清单及所有权转移确认书", "证明租赁物的名称、型号、编号及所有权已转移", "1"),
             ("4", "付款回单", "证明异议人已支付全部购买价款", "1")]
    rows = [["序号", "证据名称", "证明内容", "页数"], *[list(it) for it in items]]
    w = idx.width - mm(52)
    rule_grid(idx, mm(26), mm(52), [mm(16), mm(56), w - mm(88), mm(16)], rows, _word(30),
              heights=[mm(12)] + [mm(22)] * len(items), centre_cols=(0, 3))
    idx.text(idx.width - mm(110), mm(180), f"提交日期：{num_date(d)}", _word(34))
    seal(idx, idx.width - mm(60), mm(168), a.name, rng, radius=mm(18))
    order_day = c.extra["seized_on"]
    copy = court_paper(c, rng, "执行裁定书", [
        ("h", f"申请执行人：{r.name}，住{r.address}。"),
        ("h", f"被执行人：{debtor.name}，住所地{debtor.address}。"),
        ("p", f"本院在执行申请执行人{r.name}与被执行人{debtor.name}买卖合同纠纷一案中，被执行人未履行{c.basis_number}民事判决书"
              f"确定的给付义务。依照《中华人民共和国民事诉讼法》第二百五十五条的规定，裁定如下："),
        ("p", "查封被执行人" + debtor.name + "厂房内的"
              + "、".join(f"{n}{k}台（{m}，编号{s}）" for n, m, s, k, _p in machines) + "，查封期限为二年。"),
        ("p", "本裁定立即执行。"),
    ], day=order_day, number=c.extra["main_no"], signers=[("执行员", person_name(rng)), ("书记员", person_name(rng))])
    for sh in copy:
        hand(sh, mm(150), mm(270), "复印件", rng, size=44, ink=INK)
    copy[0].starts_document = True
    lease = Flowing(mm(52), left=mm(24), right=mm(24), foot=mm(26))
    lease.s.starts_document = True
    lease.s.centred(mm(22), "融资租赁合同（售后回租）", font("ming", 60), spacing=4)
    lease.s.right(lease.s.width - mm(24), mm(38), f"合同编号：{c.extra['lease_no']}", font("ming", 32))
    cf = font("ming", 34)
    lead = mm(7.6)
    for text in [
        f"出租人（甲方）：{a.name}　　住所：{a.address}",
        f"承租人（乙方）：{debtor.name}　　住所：{debtor.address}",
        "第一条　租赁物：乙方将其自有的、本合同附件一《租赁物清单》所列设备出售给甲方，并从甲方租回使用。",
        f"第二条　购买价款：租赁物购买价款为人民币{c.amount:,.2f}元，甲方于本合同生效后三个工作日内支付至乙方指定账户。",
        "第三条　所有权：自甲方支付购买价款之日起，租赁物的所有权归甲方所有。租赁期间，乙方应在租赁物显著位置粘贴甲方提供的"
        "所有权标识，不得将租赁物转让、抵押或设置其他权利负担。",
        "第四条　租赁期限：三十六个月，自甲方支付购买价款之日起算。",
        f"第五条　租金：租金总额人民币{c.amount * Decimal('1.16'):,.2f}元，按月等额支付，每月二十日前支付当期租金。",
        "第六条　登记：甲方有权就本合同项下租赁物办理融资租赁登记，乙方应予配合。",
        "第七条　违约：乙方逾期支付租金超过六十日，或租赁物被司法机关查封、扣押的，甲方有权解除合同、收回租赁物，并要求乙方"
        "支付全部未付租金及违约金。",
        "第八条　租赁期满，乙方付清全部租金及留购价款人民币壹佰元后，租赁物所有权转移至乙方。",
        "第九条　争议解决：因本合同引起的争议，提交甲方住所地人民法院诉讼解决。",
        "第十条　本合同自双方签字盖章之日起生效，一式四份，甲方执三份，乙方执一份。",
    ]:
        lease.para(text, cf, lead, first=cf.size * 2 if text.startswith("第") else 0)
    lease.need(mm(56))
    ly = lease.y + mm(6)
    lease.s.text(mm(24), ly, "甲方（盖章）：", cf)
    seal(lease.s, mm(78), ly + mm(14), a.name, rng, radius=mm(18))
    lease.s.text(lease.s.width / 2 + mm(4), ly, "乙方（盖章）：", cf)
    seal(lease.s, lease.s.width / 2 + mm(58), ly + mm(14), debtor.name, rng, radius=mm(18))
    lease.s.text(mm(24), ly + mm(34), f"签订日期：{num_date(c.extra['lease_day'])}　　签订地点：广州市越秀区", cf)
    for k, sh in enumerate(lease.sheets, 1):
        sh.centred(sh.height - mm(14), f"第{k}页 共{len(lease.sheets)}页", font("ming", 28))
        if k > 1:
            sh.page_of = (k, len(lease.sheets))
    if len(lease.sheets) == 2:
        back_of(lease.sheets[0], lease.sheets[1])
    lst = Sheet()
    lst.starts_document = True
    lst.centred(mm(24), "附件一：租赁物清单及所有权转移确认书", font("ming", 48))
    rows2 = [["序号", "设备名称", "型号", "出厂编号", "数量", "单价（元）"]]
    for i, (n, m, s_, k, p) in enumerate(machines, 1):
        rows2.append([str(i), n, m, s_, str(k), f"{p:,.2f}"])
    rows2.append(["合计", "", "", "", str(sum(k for *_x, k, _p in machines)), f"{c.amount:,.2f}"])
    ww = lst.width - mm(48)
    yb = rule_grid(lst, mm(24), mm(40), [mm(14), mm(36), mm(34), mm(38), mm(16), ww - mm(138)], rows2, font("ming", 28),
                   heights=mm(12), centre_cols=(0, 4))[-1][0][3]
    run = Flowing(yb + mm(8), left=mm(24), right=mm(24), sheet=lst)
    run.para(f"乙方确认：上述设备的所有权已于甲方支付购买价款之日转移至甲方，设备存放于乙方厂房（{debtor.address}），由乙方"
             "占有使用。", font("ming", 34), mm(8), first=68)
    seal(lst, lst.width - mm(60), run.y + mm(14), debtor.name, rng, radius=mm(18))
    slip_y = run.y + mm(40)
    blue = (40, 60, 120)
    lst.box(mm(24), slip_y, lst.width - mm(24), slip_y + mm(70), width=2, outline=blue)
    lst.text(mm(30), slip_y + mm(4), "招商银行　电子回单", font("sans_bold", 36), fill=blue)
    paid = c.extra["lease_day"] + timedelta(days=1)
    for k, line in enumerate([f"交易日期：{paid:%Y-%m-%d}　　付款人：{a.name}",
                              f"收款人：{debtor.name}",
                              f"金额：￥{c.amount:,.2f}（{money_caps(c.amount)}）",
                              f"用途：{c.extra['lease_no']}租赁物购买价款"]):
        lst.text(mm(30), slip_y + mm(16) + k * mm(11), line, font("sans", 28))
    seal(lst, lst.width - mm(56), slip_y + mm(48), "招商银行广州分行", rng, radius=mm(13), inner="业务专用章")
    return [idx, *copy, *lease.sheets, lst]

