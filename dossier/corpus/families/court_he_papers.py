"""What 利通区法院执行局 receives, each paper in its maker's hand and each copy certified: the civil division's
民事判决书 (GB 宋, "－n－" folios, the court's seam seal) with the lawyer's 复印件与原件一致 stamp signed across its
first page; the 吴忠仲裁委员会's 裁决书 in 文楷; the 利通区劳动人事争议仲裁委员会's 仲裁裁决书; their certificates of effect;
the lawyers' typed applications and powers of attorney (the firm's seal across the sheets' edge); a firm's red
letterhead — for the injured worker a 法律援助 letter naming the aid centre's 指派 number; ID card, licence and 执业证
copies, the 国家企业信用信息公示系统 report printed for the respondent, all stamped 与原件核对无误 and signed over;
the window's forms filled in ballpoint; the 宁夏 非税收入 缴款书; the 查控 printout set landscape; the banks' 回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import A4, Sheet, mm, text_width
from dossier.corpus.families.court_he_kit import (
    COURT,
    LEFT,
    PEN_BLACK,
    PEN_BLUE,
    RIGHT,
    STAMP_RED,
    TOP,
    Flow,
    body,
    cells,
    certify,
    fingerprint,
    folio,
    form_title,
    hand,
    press,
    seam,
)
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import printable

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "吴忠仲裁委员会"
LABOUR = "吴忠市利通区劳动人事争议仲裁委员会"
AID = "吴忠市利通区法律援助中心"
FIRM_RED = (190, 24, 30)
TAX_INK = (112, 46, 96)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_he import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return {"dairy": _judgment, "rent": _award, "goji": _labour_award}[t](c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
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
        if p is c.respondent:
            return _public_report(p, c, rng)
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_copy(p, c, rng)
    if code == "fee_receipt":
        return _tax_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng, d)
    raise KeyError(code)


def _filer(c: CaseCtx) -> str:
    """Who certifies the applicant's copies: the lawyer."""
    return c.agent


def _lodged(c: CaseCtx, rng: random.Random) -> date:
    return c.filed_on - timedelta(days=rng.randint(0, 2))


def _who(p: Party, *, nation: bool = True) -> str:
    if p.kind == "organisation":
        head = "经营者" if p.name.endswith("收购站") else "法定代表人"
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{head}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return (f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，{'回族，' if nation else ''}住{p.address}，"
            f"公民身份号码{p.id_number}。")


def _set(run: Flow, paras: list[tuple[str, str]], f: Font, lead: float) -> None:
    for kind, text in paras:
        if kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "t":
            run.line(text, f, lead=lead)
        elif kind == "r":
            run.line(text, f, lead=lead, flush_right=True)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)


# ----------------------------------------------------------------------------------------------- the bases


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 民事判决书 in GB 宋 (○ for 〇), "－n－" folios, the court's seal on the date and across the
    sheets, the lawyer's copy stamp on the first page."""
    a, r = c.applicant, c.respondent
    face = "song_gb"
    kilos, price = int(c.extra["kilos"]), Decimal(c.extra["price"])
    filed = c.basis_effective - timedelta(days=rng.randint(80, 110))
    heard = filed + timedelta(days=rng.randint(25, 45))
    story = (f"2023年4月至9月，原告每日向被告交售生鲜乳，双方约定按每公斤{price}元结算，每月对账一次。经双方对账确认，原告共计"
             f"交售生鲜乳{kilos}公斤，货款合计{c.amount:,.2f}元，被告至今分文未付。")
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(filed)}立案后，依法适用简易程序，于{cn_date(heard)}"
              f"公开开庭进行了审理。原告的委托诉讼代理人{c.agent}，被告的经营者{r.legal_rep}到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告{a.name}向本院提出诉讼请求：1.判令被告支付生鲜乳货款{c.amount:,.2f}元；2.诉讼费由被告负担。事实和理由：{story}"),
        ("p", f"被告{r.name}辩称：欠款属实，但下游乳企压款，收购站资金周转困难，请求给予宽限。"),
        ("p", f"本院经审理认定事实如下：{story}上述事实，有生鲜乳交售记录、收奶单、对账单及当事人陈述在案佐证。"),
        ("p", "本院认为，原、被告之间的买卖合同关系依法成立并生效。原告依约交付生鲜乳，被告应当按约支付价款。被告以下游"
              "乳企未付款为由拒付货款，于法无据，本院不予支持。依照《中华人民共和国民法典》第五百零九条、第五百七十九条、"
              "第六百二十六条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}生鲜乳货款{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 30}元，减半收取{(int(c.amount) // 100 + 30) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于宁夏回族"
              "自治区吴忠市中级人民法院。"),
    ]
    s = Sheet()
    s.centred(TOP - 6, COURT, font("song_gb", 58), spacing=3)
    s.centred(TOP + 92, "民事判决书", font("serif_bold", 84), spacing=56)
    run = Flow([s], TOP + 224, left=mm(28), right=mm(28))
    run.line(c.basis_number, font(face, 40), lead=88, flush_right=True)
    f = font(face, 41)
    _set(run, [(k, printable(face, t)) for k, t in paras], f, 72)
    run.need(560)
    last, y = run.s, run.y + 50
    x = last.width - mm(102)
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    last.text(x, y, f"审　判　员　　{judge}", f)
    when = printable(face, cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24))))
    last.text(x + mm(10), y + 110, when, f)
    press(last, x + mm(10) + text_width(when, f) / 2, y + 124, COURT, rng)
    last.text(x, y + 200, f"书　记　员　　{person_name(rng)}", f)
    sheets = folio(run.sheets, font(face, 32), style="other")
    seam(sheets, COURT, rng)
    certify(last, mm(30), y + 300, rng, signer=person_name(rng), day=c.basis_effective - timedelta(days=rng.randint(14, 16)),
            words=("本件与原本核对无异",), colour=STAMP_RED)
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """吴忠仲裁委员会's 裁决书: the committee's name in bold serif, the title wide, body in 文楷, three arbitrators."""
    a, r = c.applicant, c.respondent
    monthly, months, penalty = Decimal(c.extra["monthly"]), int(c.extra["months"]), Decimal(c.extra["penalty"])
    signed = c.basis_effective
    began = date(2021, rng.randint(3, 9), 1)
    paras = [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"吴忠仲裁委员会（以下简称本会）根据申请人与被申请人于{cn_date(began)}签订的《商铺租赁合同》中的仲裁条款及申请人"
              "提交的仲裁申请书，受理了双方之间的房屋租赁合同纠纷案。本会依法组成仲裁庭，于" +
              cn_date(signed - timedelta(days=rng.randint(20, 35))) + "开庭审理。被申请人经合法通知，无正当理由未到庭。本案现已审理终结。"),
        ("p", f"申请人称：被申请人租用申请人位于{r.address}的商铺经营滩羊肉餐饮，约定月租金{monthly:,.0f}元，按季度预付。"
              f"自2022年起被申请人陆续拖欠租金，累计拖欠{months}个月，经催告仍未支付。请求裁决被申请人支付拖欠租金"
              f"{monthly * months:,.2f}元及违约金{penalty:,.2f}元。"),
        ("p", "仲裁庭查明：双方签订的《商铺租赁合同》系真实意思表示，合法有效。被申请人自认拖欠租金的微信聊天记录、催款函及"
              "银行流水能够相互印证，仲裁庭予以确认。"),
        ("p", "仲裁庭认为：承租人应当按照约定的期限支付租金。被申请人未按约定支付租金，构成违约，应当承担支付租金及违约金的"
              "责任。申请人主张的违约金未超过合同约定的标准，仲裁庭予以支持。依照《中华人民共和国民法典》第五百零九条、"
              "第五百七十七条、第七百二十一条及《中华人民共和国仲裁法》的有关规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付拖欠租金{monthly * months:,.2f}元；"),
        ("p", f"二、被申请人于本裁决书送达之日起十日内向申请人支付违约金{penalty:,.2f}元。"),
        ("p", "本案仲裁费由被申请人承担。本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    s = Sheet()
    s.centred(TOP - 4, ARB, font("serif_bold", 62), spacing=10)
    s.centred(TOP + 96, "裁决书", font("serif_bold", 82), spacing=90)
    run = Flow([s], TOP + 226, left=mm(29), right=mm(27))
    run.line(c.basis_number, font("wenkai", 40), lead=88, flush_right=True)
    f = font("wenkai", 42)
    _set(run, paras, f, 74)
    run.need(650)
    last, y = run.s, run.y + 50
    x = last.width - mm(100)
    for role in ("首席仲裁员", "仲　裁　员", "仲　裁　员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 72
    when = cn_date(signed)
    last.text(x + mm(8), y + 40, when, f)
    press(last, x + mm(8) + text_width(when, f) / 2, y + 52, ARB, rng)
    last.text(x, y + 130, f"书　　　记　{person_name(rng)}", f)
    sheets = folio(run.sheets, font("wenkai", 32), style="other")
    seam(sheets, ARB, rng)
    certify(last, mm(30), y + 200, rng, signer=person_name(rng), day=signed, words=("本件与原件核对无异",),
            colour=STAMP_RED)
    return sheets


def _labour_award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 劳动人事争议仲裁委员会's 仲裁裁决书 in Noto sans body, a ruled rule under the number, three arbitrators."""
    a, r = c.applicant, c.respondent
    items: list[tuple[str, Decimal]] = c.extra["items"]
    hurt = c.extra["injured"]
    paras = [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师（{AID}指派）。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"申请人{a.name}与被申请人{r.name}工伤保险待遇纠纷一案，本委受理后依法组成仲裁庭，公开开庭进行了审理。"
              "申请人及其委托代理人、被申请人的委托代理人到庭参加庭审。本案现已审理终结。"),
        ("p", f"申请人称：其于2021年5月入职被申请人处，在枸杞烘干分拣车间从事分拣、上料工作，月工资{c.extra['wage']}元。"
              f"{num_date(hurt)}，申请人在清理色选机进料口时右手被卷入，致右手食指、中指骨折。经吴忠市人力资源和社会保障局"
              "认定为工伤，经吴忠市劳动能力鉴定委员会鉴定为九级伤残。被申请人未为申请人缴纳工伤保险，亦未支付工伤保险待遇。"),
        ("p", "被申请人辩称：对工伤事实无异议，但企业季节性经营、资金紧张，请求分期支付。"),
        ("p", "本委认为：职工因工作遭受事故伤害，经认定为工伤的，依法享受工伤保险待遇。用人单位未依法缴纳工伤保险费的，"
              "由用人单位按照《工伤保险条例》规定的标准支付费用。依照《工伤保险条例》第三十条、第三十三条、第三十七条、"
              "第六十二条及《宁夏回族自治区实施〈工伤保险条例〉办法》的规定，裁决如下："),
        *[("p", f"{'一二三四'[k]}、被申请人支付申请人{name}{value:,.2f}元；") for k, (name, value) in enumerate(items)],
        ("p", f"以上合计{c.amount:,.2f}元，被申请人于本裁决书生效之日起十日内一次性支付。"),
        ("p", "当事人对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；期满不起诉的，本裁决书发生法律效力。"
              "一方当事人逾期不履行的，另一方当事人可以向人民法院申请强制执行。"),
    ]
    s = Sheet()
    s.centred(TOP - 4, LABOUR, font("sans_bold", 52), spacing=2)
    s.centred(TOP + 80, "仲裁裁决书", font("sans_bold", 84), spacing=40)
    s.right(s.width - mm(28), TOP + 200, c.basis_number, font("sans", 38))
    s.line(mm(28), TOP + 256, s.width - mm(28), TOP + 256, width=2)
    run = Flow([s], TOP + 290, left=mm(28), right=mm(28))
    f = font("sans", 39)
    _set(run, paras, f, 70)
    run.need(520)
    last, y = run.s, run.y + 44
    x = last.width - mm(98)
    for role in ("首席仲裁员", "仲　裁　员", "仲　裁　员", "书　记　员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 68
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(18, 25)))
    last.text(x + mm(6), y + 30, when, f)
    press(last, x + mm(6) + text_width(when, f) / 2, y + 44, LABOUR, rng)
    sheets = folio(run.sheets, font("sans", 30), style="other")
    seam(sheets, LABOUR, rng)
    return sheets


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    t = str(c.extra["tale"])
    s = Sheet()
    if t == "dairy":
        y = form_title(s, "法律文书生效证明书", issuer=COURT)
        w = s.width - LEFT - RIGHT
        served = c.basis_effective - timedelta(days=rng.randint(16, 20))
        rows = [["案　　号", c.basis_number], ["案　　由", "买卖合同纠纷"], ["原　　告", c.applicant.name], ["被　　告", c.respondent.name],
                ["文书名称", "民事判决书"], ["送达日期", f"原告{num_date(served)}；被告{num_date(served + timedelta(days=1))}"],
                ["上诉情况", "双方当事人在法定上诉期内均未提出上诉"], ["生效日期", num_date(c.basis_effective)]]
        boxes = cells(s, LEFT, y + 10, [mm(40), w - mm(40)], rows, body(38), heights=mm(17))
        y = boxes[-1][3] + 60
        s.text(LEFT + mm(14), y, "特此证明。", body(40))
        s.text(LEFT, y + 110, f"经办人：{c.extra.get('civil_judge') or person_name(rng)}（民事审判庭）", body(36))
        day = c.basis_effective + timedelta(days=rng.randint(3, 10))
        when = cn_date(day)
        s.right(s.width - RIGHT - mm(10), y + 220, when, body(40))
        press(s, s.width - RIGHT - mm(10) - text_width(when, body(40)) / 2, y + 232, COURT, rng)
        return [s]
    issuer = ARB if t == "rent" else LABOUR
    f = font("wenkai" if t == "rent" else "sans", 41)
    s.centred(TOP, issuer, font("serif_bold" if t == "rent" else "sans_bold", 54), spacing=3)
    s.centred(TOP + 96, "生效证明书" if t == "goji" else "裁决书生效证明", font("serif_bold" if t == "rent" else "sans_bold", 76),
              spacing=16)
    no = (f"吴仲证字〔{c.filed_on.year}〕第{rng.randint(3, 60)}号" if t == "rent"
          else f"利劳人仲证字〔{c.filed_on.year}〕第{rng.randint(3, 60)}号")
    run = Flow([s], TOP + 226)
    run.line(no, f, lead=96, flush_right=True)
    run.line(f"{COURT}：", f, lead=80)
    if t == "rent":
        text = (f"申请人{c.applicant.name}与被申请人{c.respondent.name}房屋租赁合同纠纷一案，本会于{cn_date(c.basis_effective)}"
                f"作出{c.basis_number}裁决书，该裁决书已依法送达双方当事人。根据《中华人民共和国仲裁法》第五十七条的规定，"
                "裁决书自作出之日起发生法律效力。")
    else:
        text = (f"申请人{c.applicant.name}与被申请人{c.respondent.name}工伤保险待遇纠纷一案，本委作出的{c.basis_number}仲裁裁决书"
                "已依法送达双方当事人。双方当事人在法定期限内均未向人民法院提起诉讼，该裁决书已于"
                f"{cn_date(c.basis_effective)}发生法律效力。")
    run.para(text, f, lead=80, first=f.size * 2)
    run.para("特此证明。", f, lead=80, first=f.size * 2)
    y = run.y + 140
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(4, 14)))
    s.right(s.width - RIGHT - mm(10), y, when, f)
    press(s, s.width - RIGHT - mm(10) - text_width(when, f) / 2, y + 14, issuer, rng)
    return [s]


# ----------------------------------------------------------------------------------------------- the lawyers' papers


def _lawyer_face(c: CaseCtx) -> str:
    return {"dairy": "serif", "rent": "song_gb", "goji": "wenkai"}[str(c.extra["tale"])]


def _sign_applicant(s: Sheet, x: float, y: float, c: CaseCtx, rng: random.Random) -> None:
    a = c.applicant
    if a.kind == "organisation":
        hand(s, x + mm(36), y - 4, a.legal_rep, rng, size=56, ink=PEN_BLACK)
        press(s, x + mm(50), y + 30, a.name, rng, r=mm(19))
    else:
        hand(s, x + mm(36), y - 6, a.name, rng, size=60, ink=PEN_BLACK)
        fingerprint(s, x + mm(72), y - mm(3), rng)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed 申请书: the title in 黑体 over a thin rule, the face of the firm, requests numbered, 此致, the
    applicant's signature (and seal or thumbprint); across the sheets the firm's seal."""
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    face = _lawyer_face(c)
    title = {"dairy": "强制执行申请书", "rent": "申请执行书", "goji": "执行申请书"}[t]
    basis = {"dairy": f"{COURT}{c.basis_number}民事判决书", "rent": f"{ARB}{c.basis_number}裁决书",
             "goji": f"{LABOUR}{c.basis_number}仲裁裁决书"}[t]
    s = Sheet()
    tf = font("sans_bold", 74)
    w = s.centred(TOP, title, tf, spacing=12)
    s.line((s.width - w) / 2, TOP + 100, (s.width + w) / 2, TOP + 100, width=2)
    run = Flow([s], TOP + 160, left=mm(27), right=mm(25))
    f = font(face, 42)
    agent = (f"委托代理人：{c.agent}，{c.firm}律师（{AID}指派的法律援助律师），电话{c.agent_phone}。" if t == "goji"
             else f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。")
    reason = {
        "dairy": f"申请执行人与被执行人买卖合同纠纷一案，经贵院审理作出{c.basis_number}民事判决书，判令被执行人支付申请执行人"
                 f"生鲜乳货款{c.amount:,.2f}元。该判决已于{num_date(c.basis_effective)}发生法律效力，被执行人至今未履行。据申请执行人"
                 f"了解，被执行人长期向{c.extra.get('debtor', '')}交售生鲜乳，对该公司享有数额较大的货款债权。",
        "rent": f"申请人与被申请人房屋租赁合同纠纷一案，经{ARB}仲裁，作出{c.basis_number}裁决书，裁决被申请人支付拖欠租金及"
                f"违约金共计{c.amount:,.2f}元。裁决书已发生法律效力，被申请人拒不履行，且已关店搬离。",
        "goji": f"申请人在被申请人处工作期间受伤，被认定为工伤、九级伤残。{LABOUR}作出{c.basis_number}仲裁裁决书，裁决被申请人"
                f"支付申请人工伤保险待遇共计{c.amount:,.2f}元。裁决书已于{num_date(c.basis_effective)}生效，被申请人至今未支付。",
    }[t]
    paras = [("h", f"申请执行人：{_who(a)}联系电话{a.phone}。"), ("h", agent), ("h", f"被执行人：{_who(r)}"),
             ("t", "执行请求："),
             ("p", f"一、依法强制执行{basis}，责令被执行人支付{money(c.amount)}；"),
             ("p", "二、责令被执行人加倍支付迟延履行期间的债务利息；"),
             ("p", "三、被执行人不履行的，请求对其采取限制消费措施，并纳入失信被执行人名单；"),
             ("p", "四、本案执行费用由被执行人负担。" if t != "goji" else "四、申请人系法律援助受援人，申请缓交执行费。"),
             ("t", "事实与理由："), ("p", reason),
             ("p", "为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
             ("t", "此致"), ("t", COURT)]
    _set(run, [(k, printable(face, x)) for k, x in paras], f, 78)
    run.need(300)
    last, y = run.s, run.y + 60
    x = last.width - mm(120)
    last.text(x, y, "申请执行人：", f)
    _sign_applicant(last, x + mm(22), y, c, rng)
    day = c.filed_on - timedelta(days=rng.randint(1, 3))
    last.text(x + mm(20), y + 130, f"{day.year}年{day.month}月{day.day}日", f)
    sheets = folio(run.sheets, font(face, 30), style="other")
    seam(sheets, a.name if a.kind == "organisation" else c.firm, rng)
    return sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """授权委托书 on the firm's pre-printed form: the blanks typed, the authority ticked by hand."""
    a = c.applicant
    s = Sheet()
    y = form_title(s, "授权委托书", issuer=c.firm, size=74, spacing=36)
    w = s.width - LEFT - RIGHT
    rows = [["委托人", _who(a)], ["受托人", f"{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，地址{c.extra['firm_addr']}"],
            ["案　件", f"{a.name}申请执行{c.respondent.name}{c.extra['cause']}一案（{COURT}）"],
            ["代理权限", "特别授权：代为申请执行、提供财产线索、申请采取执行措施、参加执行和解并签订和解协议、代为签收法律文书、"
                     "代为领取执行款、申请终结本次执行程序及恢复执行"],
            ["委托期限", "自签署之日起至本案执行终结止"]]
    boxes = cells(s, LEFT, y + 10, [mm(34), w - mm(34)], rows, body(36), heights=[mm(30), mm(30), mm(22), mm(46), mm(16)])
    y = boxes[-1][3] + 70
    s.text(LEFT, y, "委托人（签名、盖章）：", body(40))
    _sign_applicant(s, LEFT + mm(60), y, c, rng)
    s.text(LEFT, y + 170, "受托人（签名）：", body(40))
    hand(s, LEFT + mm(70), y + 162, c.agent, rng, size=58, ink=PEN_BLACK)
    day = c.filed_on - timedelta(days=rng.randint(3, 6))
    hand(s, s.width - RIGHT - mm(80), y + 280, f"{day.year}年{day.month}月{day.day}日", rng, size=48, ink=PEN_BLACK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's red letterhead; for the worker's case the 法律援助 letter, naming the aid centre's 指派 number."""
    goji = c.extra["tale"] == "goji"
    s = Sheet()
    s.centred(TOP - 12, c.firm, font("serif_bold", 78), fill=FIRM_RED, spacing=6)
    s.line(LEFT - mm(8), TOP + 96, s.width - RIGHT + mm(8), TOP + 96, width=7, fill=FIRM_RED)
    no = f"宁{c.firm[2:4]}律函〔{c.filed_on.year}〕第{rng.randint(8, 240)}号"
    s.text(LEFT, TOP + 126, no, body(36))
    s.centred(TOP + 214, "律师事务所函" + ("（法律援助）" if goji else ""), font("sans_bold", 62), spacing=6)
    run = Flow([s], TOP + 340, left=mm(28), right=mm(26))
    f = font("serif", 42)
    run.line(f"{COURT}：", f, lead=78)
    if goji:
        text = (f"根据{AID}{c.extra['aid_no']}指派通知书，本所指派{c.agent}律师担任{c.applicant.name}申请执行"
                f"{c.respondent.name}工伤保险待遇纠纷一案的法律援助律师，代为申请强制执行。受援人系农民工，经济困难，"
                "请贵院依法准予缓交申请执行费。")
    else:
        text = (f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}{c.extra['cause']}一案的"
                "代理人，代为申请执行并参加执行程序。")
    run.para(text, f, lead=78, first=f.size * 2)
    run.para("特此函告。", f, lead=78, first=f.size * 2)
    run.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", body(34), lead=60)
    run.para(f"本所地址：{c.extra['firm_addr']}", body(34), lead=60)
    y = run.y + 130
    day = c.filed_on - timedelta(days=rng.randint(2, 5))
    when = cn_date(day)
    s.right(s.width - RIGHT - mm(8), y, when, f)
    press(s, s.width - RIGHT - mm(8) - text_width(when, f) / 2, y + 10, c.firm, rng)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 photocopied open (two leaves), the lawyer's 复印件与原件一致 stamp signed across the lower leaf."""
    s = Sheet()
    grey = (96, 96, 96)
    x0, y0, w, h = mm(30), mm(34), s.width - mm(60), mm(95)
    for k in range(2):
        y = y0 + k * (h + mm(8))
        s.draw.rectangle((x0, y, x0 + w, y + h), fill=(222, 222, 218), outline=grey, width=3)
    s.centred(y0 + mm(14), "中华人民共和国", font("serif_bold", 54), x0=x0, x1=x0 + w)
    s.centred(y0 + mm(30), "律师执业证", font("serif_bold", 86), x0=x0, x1=x0 + w, spacing=40)
    s.centred(y0 + mm(62), "中华人民共和国司法部监制", font("serif", 34), x0=x0, x1=x0 + w)
    y = y0 + h + mm(8)
    s.draw.rectangle((x0 + mm(8), y + mm(10), x0 + mm(40), y + mm(52)), fill=(150, 150, 150))
    f = font("sans", 34)
    rows = [("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["licence"]), ("持证人", c.agent),
            ("性别", rng.choice("男女")), ("发证机关", "宁夏回族自治区司法厅"), ("发证日期", f"{rng.randint(2012, 2021)}年"
                                                                            f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y + mm(8)
    for name, v in rows:
        s.text(x0 + mm(48), ty, f"{name}：{v}", f)
        ty += mm(11)
    s.text(x0 + mm(8), y + mm(60), "年度考核：2023年度　称职", font("sans", 30), fill=grey)
    certify(s, x0 + mm(30), y + h + mm(14), rng, signer=c.agent, day=_lodged(c, rng), words=("复印件与原件一致",))
    return [s]


# ----------------------------------------------------------------------------------------------- identities


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card one over the other, the holder's own 复印件与原件一致 signed across the front face."""
    s = Sheet()
    w, h = mm(96), mm(61)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    ys = [mm(38), mm(38) + h + mm(22)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(206, 206, 204), outline=(110, 110, 110), width=2)
    y = ys[0]
    lab, val = font("hei", 26), font("hei", 34)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(6)
    for name, v in (("姓名", p.name), ("性别", f"{p.sex}　　民族　回"), ("出生", f"{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(5), ty, name, lab, fill=(70, 70, 70))
        s.text(x + mm(17), ty - 3, v, val)
        ty += mm(8.5)
    s.text(x + mm(5), ty, "住址", lab, fill=(70, 70, 70))
    for at in range(0, len(p.address), 10):  # the lines stop short of the photo
        s.text(x + mm(17), ty - 3, p.address[at:at + 10], val)
        ty += mm(6)
    s.text(x + mm(5), y + h - mm(10), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(30), y + h - mm(11), p.id_number, font("mono", 38))
    s.draw.rectangle((x + w - mm(30), y + mm(8), x + w - mm(5), y + mm(40)), fill=(128, 128, 128))
    y = ys[1]
    s.centred(y + mm(8), "中华人民共和国", font("hei", 44), x0=x + mm(24), x1=x + w)
    s.centred(y + mm(20), "居民身份证", font("hei", 62), x0=x + mm(24), x1=x + w)
    s.draw.ellipse((x + mm(5), y + mm(5), x + mm(22), y + mm(22)), outline=(100, 100, 100), width=3)
    county = {"640302": "吴忠市公安局利通区分局", "640324": "同心县公安局", "640303": "吴忠市公安局红寺堡区分局"}.get(
        p.id_number[:6], "吴忠市公安局利通区分局")
    s.text(x + mm(8), y + h - mm(18), f"签发机关　{county}", lab)
    start = rng.randint(2013, 2021)
    s.text(x + mm(8), y + h - mm(10), f"有效期限　{start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{start + 20}.0"
           f"{rng.randint(1, 9)}.1{rng.randint(0, 9)}", lab)
    certify(s, x + mm(14) + rng.uniform(0, mm(30)), ys[0] + h - mm(3), rng, signer=p.name, day=_lodged(c, rng),
            words=("复印件与原件一致",), pen=PEN_BLUE)
    hand(s, LEFT, ys[1] + h + mm(26), f"仅供{COURT}执行立案使用", rng, size=46, ink=PEN_BLUE)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copy, certified and sealed by the company; the 法定代表人身份证明书 on a sheet of its own."""
    s = Sheet()
    brown = (118, 112, 106)  # a photocopy: the licence's brown frame and the registry's seal come out grey
    x0, y0, x1, y1 = mm(16), mm(22), s.width - mm(16), mm(196)
    s.box(x0, y0, x1, y1, width=9, outline=brown)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=brown)
    s.centred(y0 + mm(12), "营业执照", font("serif_bold", 96), spacing=60)
    s.centred(y0 + mm(33), "（副　本）", body(36))
    s.text(x0 + mm(10), y0 + mm(46), f"统一社会信用代码　{p.id_number}", body(34))
    f = body(35)
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "奶牛养殖；生鲜乳生产、销售；饲草种植；农产品初加工"), ("注册资本", f"{rng.choice([200, 300, 500])}万元"),
            ("成立日期", f"{rng.randint(2010, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(58)
    for k, v in rows:
        s.text(x0 + mm(12), ty, k, f)
        s.text(x0 + mm(46), ty, v[:26], f)
        ty += mm(11)
    s.text(x1 - mm(86), y1 - mm(26), "登记机关", f)
    press(s, x1 - mm(48), y1 - mm(24), "吴忠市利通区市场监督管理局", rng, r=mm(17), heavy=False, colour=(118, 118, 118))
    s.text(x1 - mm(90), y1 - mm(14), f"{c.filed_on.year - 2}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    certify(s, mm(30), y1 + mm(12), rng, signer=p.legal_rep, day=_lodged(c, rng), words=("复印件与原件一致",))
    press(s, mm(140), y1 + mm(30), p.name, rng, r=mm(19))
    second = Sheet()
    second.starts_document = True
    y = form_title(second, "法定代表人身份证明书", issuer="", size=70)
    run = Flow([second], y + 40)
    ff = body(42)
    for text in [f"{p.legal_rep}，在我公司任执行董事兼总经理职务，系我公司的法定代表人。",
                 f"公司名称：{p.name}", f"统一社会信用代码：{p.id_number}", f"住所：{p.address}", "特此证明。"]:
        run.para(text, ff, lead=80, first=ff.size * 2)
    y = run.y + 120
    day = c.filed_on - timedelta(days=rng.randint(2, 6))
    when = f"{day.year}年{day.month}月{day.day}日"
    second.right(second.width - RIGHT - mm(10), y, when, ff)
    press(second, second.width - RIGHT - mm(10) - text_width(when, ff) / 2, y, p.name, rng)
    second.text(LEFT, y + 150, "附：法定代表人身份证复印件（略）", body(34))
    return [s, second]


def _public_report(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent as the 国家企业信用信息公示系统 prints it (a two-page 企业信用信息公示报告), certified by the lawyer
    on its first page and held by the firm's seal across the two sheets."""
    indiv = p.name.endswith("收购站")
    f = font("sans", 32)
    s1, s2 = Sheet(), Sheet()
    s1.centred(mm(22), "企业信用信息公示报告" if not indiv else "个体工商户信用信息公示报告", font("sans_bold", 60))
    s1.text(mm(20), mm(38), f"报告生成时间：{c.filed_on - timedelta(days=rng.randint(3, 8)):%Y年%m月%d日}", f)
    s1.right(s1.width - mm(20), mm(38), "国家企业信用信息公示系统", f)
    s1.line(mm(20), mm(46), s1.width - mm(20), mm(46), width=3, fill=(40, 90, 160))
    s1.text(mm(20), mm(52), "营业执照信息", font("sans_bold", 40), fill=(40, 90, 160))
    w = s1.width - mm(40)
    rows = [["统一社会信用代码", p.id_number], ["名称" if not indiv else "字号名称", p.name],
            ["类型", "个体工商户" if indiv else "有限责任公司(自然人投资或控股)"], ["法定代表人" if not indiv else "经营者", p.legal_rep],
            ["注册资本" if not indiv else "组成形式", "个人经营" if indiv else f"{rng.choice([50, 100, 200])}万元人民币"],
            ["成立日期" if not indiv else "注册日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记机关", "吴忠市利通区市场监督管理局"], ["登记状态", "存续（在营、开业、在册）"],
            ["住所" if not indiv else "经营场所", p.address],
            ["经营范围", "生鲜乳收购、销售" if indiv else ("餐饮服务；食品销售；牛羊肉零售" if "羊肉" in p.name
                                                  else "枸杞及其制品加工、销售；农副产品收购；预包装食品销售")]]
    boxes = cells(s1, mm(20), mm(64), [mm(50), w - mm(50)], rows, f, heights=mm(15), rule=1, ink=(70, 70, 70))
    s2.text(mm(20), mm(22), "行政许可信息 / 行政处罚信息 / 列入经营异常名录信息", font("sans_bold", 38), fill=(40, 90, 160))
    rows2 = [["序号", "许可文件名称", "有效期自", "有效期至"],
             ["1", "食品经营许可证" if not indiv else "生鲜乳收购许可证", f"{c.filed_on.year - 2}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
              f"{c.filed_on.year + 3}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"]]
    cells(s2, mm(20), mm(36), [mm(18), mm(80), mm(38), w - mm(136)], rows2, f, heights=mm(13), labels=(), rule=1,
          ink=(70, 70, 70))
    s2.text(mm(20), mm(72), "行政处罚信息：暂无", f)
    s2.text(mm(20), mm(82), "列入经营异常名录信息：暂无", f)
    s2.text(mm(20), mm(92), "列入严重违法失信名单（黑名单）信息：暂无", f)
    s2.text(mm(20), mm(112), "说明：本报告内容来源于国家企业信用信息公示系统，仅供参考。", font("sans", 28))
    for k, sh in enumerate((s1, s2), 1):
        sh.right(sh.width - mm(20), sh.height - mm(16), f"第{k}页/共2页", font("sans", 28))
        sh.page_of = (k, 2)
    certify(s1, mm(60), boxes[-1][3] + mm(14), rng, signer=c.agent, day=_lodged(c, rng), words=("与原件核对无误",))
    seam([s1, s2], c.firm, rng)
    return [s1, s2]


# ----------------------------------------------------------------------------------------------- forms and slips


def _tax_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """宁夏回族自治区非税收入一般缴款书, printed in purple, the bank's 业务受理章 on it."""
    goji = c.extra["tale"] == "goji"
    payer = c.respondent.name if goji else c.applicant.name
    fee: Decimal = c.extra["fee"]
    s = Sheet()
    f = font("song_gb", 32)
    s.centred(mm(22), "宁夏回族自治区非税收入一般缴款书", font("song_gb", 56), fill=TAX_INK, spacing=3)
    s.text(mm(18), mm(38), f"票据代码：64010124　　No {rng.randint(10**9, 10**10 - 1)}", f, fill=TAX_INK)
    paid = c.day(rng.randint(2, 5)) if goji else c.day(rng.randint(0, 1))
    s.right(s.width - mm(18), mm(38), f"填制日期：{paid:%Y年%m月%d日}", f, fill=TAX_INK)
    w = s.width - mm(36)
    rows = [["付款人", payer, "收款人", "吴忠市利通区财政局"], ["执收单位", COURT, "执收单位编码", "640302108"],
            ["项目名称", "案件受理费（申请执行费）", "案号", c.number], ["金额（大写）", money_caps(fee), "（小写）", f"¥{fee:,.2f}"],
            ["备注", "被执行人负担（申请执行人缓交）" if goji else "申请执行人预交"]]
    cells(s, mm(18), mm(48), [mm(30), mm(70), mm(34), w - mm(134)], rows, f, heights=mm(16), labels=(0, 2), ink=TAX_INK)
    s.text(mm(18), mm(134), "第一联　收据（交款人收执）", f, fill=TAX_INK)
    press(s, s.width - mm(60), mm(124), "宁夏黄河农村商业银行利通支行", rng, r=mm(16), inner="业务受理章", colour=STAMP_RED)
    for x in range(0, s.width, 20):
        s.line(x, mm(150), x + 9, mm(150), width=1, fill=(160, 160, 160))
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The court's own printed forms at the filing window, filled by the party in ballpoint."""
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    w = s.width - LEFT - RIGHT
    signer = a.legal_rep if a.kind == "organisation" else a.name
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取执行款确认书")
        rows = [("案　号", c.number), ("申请执行人", a.name), ("户　名", a.name), ("开户银行", c.extra["in_bank"]),
                ("账　号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认上述账户为接收本案执行款的账户。因账户信息有误造成的损失，由本人（单位）承担。"
        day = c.filed_on
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        rows = [("案　号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent),
                ("联系电话", c.agent_phone), ("电子送达", f"同意，手机号{c.agent_phone}")]
        note = ("受送达人应如实提供送达地址；地址变更未及时告知法院，导致文书未能被实际接收的，文书退回之日视为送达之日。"
                "同意电子送达的，以短信到达受送达人特定系统的日期为送达日期。")
        day = c.filed_on
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索表")
        clue = {"dairy": f"收购站长期向{c.extra.get('debtor', '')}交售生鲜乳，该公司欠收购站货款；收购站有储奶罐、冷藏车",
                "rent": "店内冰柜、灶具；法人在盐池县有房子（地址不详）",
                "goji": "厂里有枸杞烘干设备、色选机；每年收购季有大额货款进出"}[t]
        rows = [("案　号", c.number), ("被执行人", r.name), ("证照号码", r.id_number), ("住所", r.address),
                ("财产线索", clue), ("线索来源", "申请人掌握" if t != "goji" else "申请人在厂工作时所知")]
        note = "申请执行人应当提供其所了解的被执行人财产状况或线索；提供虚假线索的，依法承担责任。"
        day = c.filed_on
    else:
        y = form_title(s, "财产申报表")
        decl = {"dairy": [("银行存款", "农商行账户约三千元"), ("不动产", "无"), ("车　辆", "冷藏运奶车一辆（按揭）"),
                          ("到期债权", f"{c.extra.get('debtor', '')}欠生鲜乳货款约{int(c.extra.get('owed_station', 0)) // 10000}万元"),
                          ("其他财产", "储奶罐两个")],
                "rent": [("银行存款", "无"), ("不动产", "无"), ("车　辆", "无"), ("到期债权", "无"),
                         ("其他财产", "店已停业，设备已处理，无财产")],
                "goji": [("银行存款", "基本户余额不多"), ("不动产", "厂房系租赁"), ("车　辆", "货车一辆"),
                         ("应收账款", "客户货款约二十万元"), ("其他财产", "烘干设备、色选机各一套")]}[t]
        rows = [("案　号", c.number), ("申报人", r.name), *decl]
        note = "申报人保证上述申报内容真实、完整，如有虚假、隐瞒，愿意承担法律责任。"
        signer = r.legal_rep
        day = d
    boxes = cells(s, LEFT, y + 6, [mm(38), w - mm(38)], [[lab, ""] for lab, _ in rows], body(36),
                  heights=[mm(26) if len(v) > 24 else mm(16) for _, v in rows])
    right = [b for b in boxes if b[0] > LEFT]
    ink = PEN_BLUE if rng.random() < 0.6 else PEN_BLACK
    for (_lab, value), b in zip(rows, right, strict=True):
        yy = b[1] + mm(3)
        for k in range(0, len(value), 24):
            hand(s, b[0] + mm(4), yy, value[k:k + 24], rng, size=40, ink=ink)
            yy += mm(8)
    run = Flow([s], boxes[-1][3] + 40)
    run.para(note, body(32), lead=54, first=64)
    y = run.y + 70
    s.text(s.width - RIGHT - mm(120), y, "确认人（签名）：", body(38))
    hand(s, s.width - RIGHT - mm(58), y - 8, signer, rng, size=56, ink=ink)
    hand(s, s.width - RIGHT - mm(80), y + 90, f"{day.year}年{day.month}月{day.day}日", rng, size=44, ink=ink)
    if a.kind == "organisation" and code != "property_declaration_form":
        press(s, s.width - RIGHT - mm(45), y + 30, a.name, rng, r=mm(18))
    if code == "property_declaration_form" and r.kind == "organisation":
        press(s, s.width - RIGHT - mm(45), y + 30, r.name, rng, r=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 查控 system's feedback printed landscape in 黑体, one table; the clerk's stamp 打印件与系统数据一致 signed over."""
    r = c.respondent
    t = str(c.extra["tale"])
    s = Sheet(size=(A4[1], A4[0]))
    f = font("sans", 28)
    s.centred(mm(14), "全国法院网络执行查控系统　查询结果反馈表", font("sans_bold", 50))
    s.text(mm(16), mm(28), f"案号：{c.number}　　承办人：{c.officer}　　被查询人：{r.name}　　证照号码：{r.id_number}", f)
    s.text(mm(16), mm(35), f"查询方式：总对总、点对点（宁夏）　　发起日期：{d:%Y-%m-%d}", f)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("宁夏银行", "存款"), ("宁夏黄河农村商业银行", "存款"), ("石嘴山银行", "存款"), ("中国邮政储蓄银行", "存款"),
             ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"), ("公安部交通管理局", "车辆"),
             ("自然资源部", "不动产"), ("中国证券登记结算有限责任公司", "证券"), ("市场监管总局", "股权")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "账户/标的", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        res, what = "未查询到财产信息", "—"
        if kind == "存款" and t == "dairy" and unit == "宁夏黄河农村商业银行":
            res, what = "余额3,126.40元", f"6230{rng.randint(10**11, 10**12 - 1)}"
        elif kind == "存款" and t == "rent" and unit == "宁夏银行":
            res, what = f"余额{Decimal(c.extra['found']):,.2f}元", f"0801{rng.randint(10**11, 10**12 - 1)}"
        elif kind == "存款" and t == "goji" and unit in ("中国农业银行", "宁夏银行"):
            res, what = f"余额{rng.randint(2000, 38000):,}.{rng.randint(10, 99)}元", f"2906{rng.randint(10**11, 10**12 - 1)}"
        elif kind == "车辆" and t != "rent":
            res, what = "有车辆1辆（抵押）", f"宁C{rng.choice('ABDFG')}{rng.randint(1000, 9999)}"
        rows.append([str(i), unit, kind, res, what, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    ww = s.width - mm(32)
    cells(s, mm(16), mm(42), [mm(14), mm(78), mm(26), mm(56), mm(60), ww - mm(234)], rows, f, heights=mm(9.4),
          labels=(), rule=1)
    s.text(mm(16), s.height - mm(14), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=3):%Y-%m-%d} 16:{rng.randint(10, 59)}", f)
    certify(s, s.width - mm(105), mm(42) + len(rows) * mm(9.4) + mm(3), rng, signer=c.clerk, day=d + timedelta(days=3),
            words=("打印件与系统数据一致",), colour=STAMP_RED, pen=PEN_BLUE)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed by the aid lawyer: two instalments into the court's account; signed, sealed, thumbprinted."""
    a, r = c.applicant, c.respondent
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("serif_bold", 76), spacing=14)
    run = Flow([s], TOP + 150, left=mm(28), right=mm(26))
    f = font("wenkai", 42)
    paras = [("t", f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}"), ("t", f"委托代理人：{c.agent}（法律援助律师）"),
             ("t", f"乙方（被执行人）：{r.name}"), ("t", f"法定代表人：{r.legal_rep}"),
             ("p", f"甲乙双方就{COURT}{c.number}执行一案，在执行人员{c.officer}主持下，经平等协商，自愿达成如下和解协议："),
             ("p", f"一、乙方应支付甲方工伤保险待遇共计{c.amount:,.2f}元，甲方放弃迟延履行期间的债务利息。"),
             ("p", f"二、乙方于本协议签订当日支付{first:,.2f}元，余款{c.amount - first:,.2f}元于{num_date(c.extra['pay_day'])}前付清，"
                   f"款项均汇入{COURT}执行款专户。"),
             ("p", "三、乙方按期足额付清后，本案执行完毕；乙方任何一期逾期未付的，甲方可申请恢复执行原仲裁裁决。"),
             ("p", "四、申请执行费由乙方负担。本协议一式三份，甲乙双方各执一份，交法院附卷一份。")]
    _set(run, paras, f, 78)
    y = run.y + 70
    s.text(LEFT, y, "甲方：", f)
    hand(s, LEFT + mm(18), y - 8, a.name, rng, size=58, ink=PEN_BLACK)
    fingerprint(s, LEFT + mm(54), y - mm(4), rng)
    s.text(LEFT, y + 100, "代理人：", f)
    hand(s, LEFT + mm(26), y + 92, c.agent, rng, size=54, ink=PEN_BLACK)
    s.text(s.width / 2 + mm(6), y, "乙方（盖章）：", f)
    press(s, s.width / 2 + mm(60), y + 30, r.name, rng, r=mm(19))
    s.text(s.width / 2 + mm(6), y + 100, "法定代表人：", f)
    hand(s, s.width / 2 + mm(48), y + 92, r.legal_rep, rng, size=54, ink=PEN_BLACK)
    s.text(LEFT, y + 210, f"签订日期：{num_date(d)}", f)
    hand(s, LEFT, y + 300, f"乙方已于{d.month}月{d.day}日当场交付首期款，余款于{c.extra['pay_day'].month}月"
         f"{c.extra['pay_day'].day}日到账。{c.officer}", rng, size=40, ink=PEN_BLUE)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The court's 执行款发放凭证 (the applicant's signature, finance's seal) and behind it the payer's bank 回单."""
    a = c.applicant
    dairy = c.extra["tale"] == "dairy"
    s = Sheet()
    y = form_title(s, "执行案款发放凭证")
    w = s.width - LEFT - RIGHT
    rows = [["案　号", c.number, "发放日期", num_date(d)], ["领款人", a.name, "证件号码", a.id_number],
            ["款项来源", f"第三人{c.extra['debtor']}交付" if dairy else f"被执行人{c.respondent.name}交付"],
            ["发放金额", money(c.amount)], ["收款账户", f"{c.extra['in_bank']}　{c.extra['in_acct']}"],
            ["承办人意见", "款项已到账，核对无误，请予发放。"], ["领款人签名", ""]]
    boxes = cells(s, LEFT, y + 6, [mm(32), mm(60), mm(30), w - mm(122)], rows, body(34), heights=[mm(16)] * 5 + [mm(22), mm(26)],
                  labels=(0, 2))
    last = boxes[-1]
    signer = a.legal_rep if a.kind == "organisation" else a.name
    hand(s, last[0] + mm(14), last[1] + mm(7), signer, rng, size=56, ink=PEN_BLACK)
    hand(s, last[0] + mm(70), last[1] + mm(9), f"{d.year}.{d.month}.{d.day}", rng, size=42, ink=PEN_BLACK)
    s.text(LEFT, last[3] + 40, f"承办人：{c.officer}　　　财务审核：{person_name(rng)}　　　局长：{person_name(rng)}", body(34))
    press(s, s.width - RIGHT - mm(50), last[3] + mm(26), COURT, rng, inner="财务专用章")
    slip = Sheet()
    slip.starts_document = True
    bank = c.extra["debtor_bank"] if dairy else "宁夏银行吴忠分行"
    payer = c.extra["debtor"] if dairy else c.respondent.name
    payer_acct = c.extra["debtor_acct"] if dairy else f"0801{rng.randint(10**11, 10**12 - 1)}"
    pays = [(c.extra["pay_day"], c.amount)]
    if not dairy:
        first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        from dossier.corpus.families.court_he import made_on

        pays = [(made_on(c, "settlement_agreement"), first), (c.extra["pay_day"], c.amount - first)]
    yy = float(mm(20))
    ff = font("sans", 30)
    for when, amount in pays:
        slip.box(mm(16), yy, slip.width - mm(16), yy + mm(112), width=2, outline=(50, 110, 90))
        slip.centred(yy + mm(5), f"{bank.split('银行')[0]}银行　单位客户专用回单（付款）", font("sans_bold", 40), fill=(30, 90, 70))
        slip.text(mm(22), yy + mm(16), f"回单号：{rng.randint(10**14, 10**15 - 1)}　　记账日期：{when:%Y-%m-%d}", ff)
        ww = slip.width - mm(44)
        rows2 = [["付款人", payer, "收款人", f"{COURT}执行款专户"], ["账　号", payer_acct, "账　号", c.extra["court_acct"]],
                 ["开户行", bank, "开户行", c.extra["court_bank"]], ["金　额", f"¥{amount:,.2f}", "大　写", money_caps(amount)],
                 ["用　途", f"{c.number}执行款"]]
        cells(slip, mm(22), yy + mm(25), [mm(24), mm(62), mm(24), ww - mm(110)], rows2, ff, heights=mm(14), labels=(0, 2),
              rule=1, ink=(50, 110, 90))
        press(slip, slip.width - mm(52), yy + mm(95), bank, rng, r=mm(15), inner="电子回单专用章", heavy=False)
        yy += mm(128)
    certify(slip, mm(24), yy + mm(2), rng, signer=c.clerk, day=d, words=("与原件核对无误",), pen=PEN_BLUE)
    return [s, slip]
