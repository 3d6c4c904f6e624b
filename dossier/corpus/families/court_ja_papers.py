"""What 河东法院执行局 receives, each in its maker's look: 天津海事法院's 民事判决书 and 生效证明书 (明体, the court line in
bold serif, "— n —" folios, a 核对章 on the last page); this court's civil division's 劳动争议 judgment in 仿宋-like 文楷
with "第 n 页" folios; the notary office's 公证书 and 执行证书 in 文楷 under a ruled notary head, "n/m" at the foot;
the lawyers' typed papers in 黑体/Noto sans under a boxed title; the bank's application printed as a table of its
legal department's template; a law firm's 所函 under a red letterhead; ID, licence and 执业证 copies drawn as grey
photocopied cards; the window's forms filled by pen; the 天津市非税收入 slip; the 查控 system's monospaced printout
and the banks' electronic receipts."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, mm, seal
from dossier.corpus.families.court_ja_kit import COURT, PEN, Leaf, Writer, folio, grid, hei, pen, serif
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
MARITIME = "天津海事法院"
BROWN = (150, 60, 40)
COPY = (238, 238, 236)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ja import made_on

    d = made_on(c, code)
    t = c.extra["tale"]
    if code == "enforcement_basis":
        return {"port": _maritime_judgment, "card": _notarial_deed, "cook": _labour_judgment}[t](c, rng)
    if code == "effectiveness_certificate":
        return _exec_certificate(c, rng) if t == "card" else _in_effect(c, rng)
    if code == "enforcement_application":
        return _bank_application(c, rng, d) if t == "card" else _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _practice_card(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "person":
            return _id_copy(p, rng)
        return _credit_report(p, c, rng) if p is c.respondent else _licence_copy(p, c, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _bank_receipts(c, rng, d)
    raise KeyError(code)


def _who(p: Party, *, role: str) -> str:
    if p.kind == "organisation":
        head = "负责人" if "分中心" in p.name else "法定代表人"
        return f"{role}：{p.name}，住所地{p.address}。\n{head}：{p.legal_rep}。"
    born = p.born or date(1985, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _check_stamp(s: Leaf, x: float, y: float, rng: random.Random, words: str = "本件与原本核对无异") -> None:
    f = font("serif_bold", 28)
    ink = (RED[0] - 20, RED[1], RED[2] + 20)
    w = f.getlength(words) + mm(6)
    tilt = rng.uniform(-6, 6)
    s.draw.rectangle((x, y + tilt, x + w, y + mm(9) + tilt), outline=ink, width=4)
    s.text(x + mm(3), y + mm(2) + tilt, words, f, fill=ink)


def _judgment(c: CaseCtx, rng: random.Random, *, court: str, number: str, body: Font, paras: list[tuple[str, str]],
              bench: list[tuple[str, str]], day: date, folio_kind: str, lead: float) -> list[Sheet]:
    s = Leaf()
    s.centred(mm(30), court, font("serif_bold", 58), spacing=8)
    s.centred(mm(46), "民 事 判 决 书", font("serif_bold", 76), spacing=10)
    s.right(s.width - mm(28), mm(66), number, body)
    w = Writer([s], mm(80), body, lead, left=mm(28), right=mm(28), top=mm(30), foot=mm(30))
    for kind, text in paras:
        for part in text.split("\n"):
            w.para(part, indent=0 if kind == "h" else 2, hang=0)
    w.gap(lead * 0.6)
    w.need(lead * (len(bench) + 3))
    for role, name in bench:
        w.line(f"{role}　　{name}", flush=True, at=mm(10))
    sy = w.y
    w.line(cn_date(day), flush=True, at=mm(10))
    seal(w.s, w.s.width - mm(62), sy, court, rng, radius=mm(21))
    w.line(f"书　记　员　　{person_name(rng)}", flush=True, at=mm(10))
    _check_stamp(w.s, mm(30), sy - lead, rng)
    return folio(w.sheets, body if folio_kind == "dash" else font("wenkai", 30), folio_kind)


def _maritime_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    dem, sto, fee = c.extra["demurrage"], c.extra["storage"], c.extra["trial_fee"]
    boxes = c.extra["boxes"]
    ship = rng.choice(["中远海运天津", "安通海河", "津航顺达"])
    paras = [
        ("h", _who(a, role="原告")), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", _who(r, role="被告")),
        ("p", f"原告{a.name}与被告{r.name}港口货物保管合同纠纷一案，本院立案后，依法适用普通程序，公开开庭进行了审理。原告的委托"
              f"诉讼代理人{c.agent}到庭参加诉讼，被告经本院传票传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：1.判令被告支付集装箱超期使用费（滞箱费）{dem:,.2f}元；2.判令被告支付堆存费{sto:,.2f}元；"
              "3.本案诉讼费用由被告负担。事实和理由：被告作为收货人，委托原告在其东疆港区堆场办理进口集装箱的提箱、堆存业务。"
              f"“{ship}”轮所载{boxes}个集装箱卸船后，被告未在免费期内提箱，亦未支付相关费用，经原告多次催告无果。"),
        ("p", "被告未作答辩，亦未提交证据。"),
        ("p", "本院经审理认定事实如下：原、被告之间成立港口货物保管合同关系，合同合法有效。涉案集装箱于卸船后在原告堆场堆存，"
              f"被告逾期提箱，依据双方确认的费率标准，截至被告提离全部集装箱之日，产生滞箱费{dem:,.2f}元、堆存费{sto:,.2f}元。"),
        ("p", "本院认为，当事人应当按照约定全面履行自己的义务。被告未按约定支付保管费用，应承担相应的违约责任。依照《中华人民共和国"
              "民法典》第五百零九条、第八百八十九条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下："),
        ("p", f"一、被告{r.name}于本判决生效之日起十日内向原告{a.name}支付滞箱费{dem:,.2f}元；"),
        ("p", f"二、被告{r.name}于本判决生效之日起十日内向原告{a.name}支付堆存费{sto:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{fee:,.2f}元，由被告{r.name}负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于天津市高级"
              "人民法院。"),
    ]
    return _judgment(c, rng, court=MARITIME, number=c.basis_number, body=font("ming", 40), paras=paras,
                     bench=[("审　判　长", person_name(rng)), ("审　判　员", person_name(rng)), ("人民陪审员", person_name(rng))],
                     day=c.basis_effective - timedelta(days=18), folio_kind="dash", lead=mm(9.4))


def _labour_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    months, monthly, comp = c.extra["months"], c.extra["monthly"], c.extra["comp"]
    start = c.basis_effective - timedelta(days=rng.randint(500, 900))
    arb = f"津东劳人仲案字〔2023〕第{rng.randint(300, 1800)}号"
    paras = [
        ("h", _who(a, role="原告")), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", _who(r, role="被告")),
        ("p", f"原告{a.name}与被告{r.name}劳动争议一案，本院于立案后依法适用简易程序，公开开庭进行了审理。原告及其委托诉讼代理人"
              f"{c.agent}、被告的委托诉讼代理人到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：1.判令被告支付拖欠的{months}个月工资{monthly * months:,.2f}元；2.判令被告支付解除劳动合同"
              f"经济补偿金{comp:,.2f}元。事实和理由：原告自{num_date(start)}起在被告经营的“{c.extra['shop']}”后厨任厨师，月工资"
              f"{monthly:,.2f}元。被告自2022年起拖欠工资，原告被迫解除劳动合同。原告曾申请仲裁，天津市河东区劳动人事争议仲裁委员会"
              f"作出{arb}裁决书，原告不服，诉至本院。"),
        ("p", "被告辩称，受经营影响资金周转困难，对拖欠工资的数额无异议，请求法院酌情处理。"),
        ("p", f"本院认为，劳动者提供了劳动，用人单位应当及时足额支付劳动报酬。被告拖欠原告{months}个月工资，事实清楚，本院予以支持。"
              "用人单位未及时足额支付劳动报酬，劳动者解除劳动合同的，用人单位应当支付经济补偿。依照《中华人民共和国劳动合同法》"
              "第三十条、第三十八条、第四十六条、第四十七条之规定，判决如下："),
        ("p", f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}工资{monthly * months:,.2f}元；"),
        ("p", f"二、被告{r.name}于本判决生效之日起十日内支付原告{a.name}解除劳动合同经济补偿金{comp:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", "案件受理费10元，减半收取计5元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于天津市第二中级人民法院。"),
    ]
    return _judgment(c, rng, court=COURT, number=c.basis_number, body=font("wenkai", 42), paras=paras,
                     bench=[("审　判　员", person_name(rng))], day=c.basis_effective - timedelta(days=20), folio_kind="page",
                     lead=mm(9.8))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Leaf()
    s.centred(mm(34), MARITIME, font("serif_bold", 58), spacing=8)
    s.centred(mm(52), "生 效 证 明 书", font("serif_bold", 76), spacing=10)
    f = font("ming", 42)
    w = Writer([s], mm(82), f, mm(11), left=mm(30), right=mm(28))
    w.para(f"{c.applicant.name}：", indent=0)
    w.para(f"你（单位）与{c.respondent.name}港口货物保管合同纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=18))}"
           f"作出的{c.basis_number}民事判决书，已于{cn_date(c.basis_effective)}发生法律效力。")
    w.para("特此证明。")
    w.gap(mm(24))
    sy = w.y
    w.line(cn_date(c.basis_effective + timedelta(days=3)), flush=True, at=mm(12))
    seal(s, s.width - mm(66), sy, MARITIME, rng, radius=mm(21))
    w.gap(mm(30))
    w.para("注：本证明书仅证明判决书的生效情况，不作他用。", indent=0, f=font("ming", 32))
    return [s]


NOTARY_HEAD = (16, 16, 16)


def _notary_head(s: Leaf, c: CaseCtx, title: str, number: str) -> float:
    s.centred(mm(26), "中华人民共和国", font("wenkai_bold", 46), spacing=14)
    s.centred(mm(40), title, font("wenkai_bold", 90), spacing=40)
    s.line(mm(28), mm(62), s.width - mm(28), mm(62), width=5)
    s.line(mm(28), mm(63.6), s.width - mm(28), mm(63.6), width=1)
    s.right(s.width - mm(28), mm(67), number, font("wenkai", 38))
    return mm(82)


def _notarial_deed(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Leaf()
    y = _notary_head(s, c, "公证书", c.basis_number)
    f = font("wenkai", 42)
    w = Writer([s], y, f, mm(10.2), left=mm(28), right=mm(28))
    w.para(_who(a, role="申请人").replace("\n", ""), indent=0, hang=2)
    born = r.born or date(1985, 1, 1)
    w.para(f"申请人：{r.name}，男，{num_date(born)}出生，公民身份号码{r.id_number}，住{r.address}。", indent=0, hang=2)
    w.para("公证事项：赋予债权文书强制执行效力", indent=0)
    w.para(f"申请人{a.name}与申请人{r.name}于{num_date(c.basis_effective - timedelta(days=rng.randint(300, 500)))}签订了编号为"
           f"JTXYK{rng.randint(10**7, 10**8 - 1)}的《信用卡专项分期付款合同》，约定由{a.name}向{r.name}（卡号{c.extra['card']}）"
           f"发放专项分期款{c.extra['principal']:,.2f}元，分三十六期偿还，并约定{r.name}不履行或者不完全履行还款义务时，愿意接受"
           "依法强制执行。双方当事人向本处申请对上述合同办理赋予强制执行效力的公证。")
    w.para("经查，双方当事人具有签订上述合同的民事权利能力和民事行为能力；双方签订合同的意思表示真实，合同内容具体明确，"
           "双方已就债务人不履行或不适当履行时愿意接受强制执行作出明确承诺，本公证员已告知双方当事人赋予强制执行效力的法律后果。")
    w.para(f"兹证明{a.name}与{r.name}于前述日期签订的前面的《信用卡专项分期付款合同》真实、合法，该合同具有强制执行效力。"
           "债务人不履行或者不适当履行上述合同约定义务的，债权人可以向本处申请出具执行证书，并凭原公证书及执行证书向有管辖权的"
           "人民法院申请强制执行。")
    w.gap(mm(10))
    w.need(mm(60))
    w.line(f"中华人民共和国天津市{c.basis_court.removeprefix('天津市')}", flush=True, at=mm(6))
    w.line(f"公证员　{person_name(rng)}", flush=True, at=mm(6))
    sy = w.y
    w.line(cn_date(c.basis_effective - timedelta(days=rng.randint(200, 400))), flush=True, at=mm(6))
    seal(w.s, w.s.width - mm(60), sy - mm(6), c.basis_court, rng, radius=mm(21))
    return folio(w.sheets, font("wenkai", 30), "slash")


def _exec_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Leaf()
    y = _notary_head(s, c, "执行证书", c.extra["cert_number"])
    f = font("wenkai", 42)
    w = Writer([s], y, f, mm(10.2), left=mm(28), right=mm(28))
    w.para(_who(a, role="申请执行人").replace("\n", ""), indent=0, hang=2)
    w.para(f"被执行人：{r.name}，男，公民身份号码{r.id_number}，住{r.address}。", indent=0, hang=2)
    w.para(f"申请执行人与被执行人之间的《信用卡专项分期付款合同》，已经本处于{c.basis_number}公证书赋予强制执行效力。"
           "现申请执行人向本处申请出具执行证书，称被执行人自2023年起未按约还款。本处经核实，被执行人确未履行还款义务，"
           "且对债务无异议（见核实笔录）。根据《中华人民共和国公证法》第三十七条的规定，出具本执行证书。")
    w.para("执行标的：", indent=0)
    w.para(f"一、尚欠本金{money(c.extra['principal'])}；")
    w.para(f"二、截至{num_date(c.basis_effective)}的利息、分期手续费及违约金{c.extra['interest']:,.2f}元；")
    w.para(f"三、公证费{c.extra['notary_fee']:,.2f}元；")
    w.para(f"以上合计{money(c.amount)}。")
    w.para("申请执行人可持本执行证书及前述公证书向有管辖权的人民法院申请强制执行。")
    w.gap(mm(8))
    w.need(mm(50))
    w.line(f"公证员　{person_name(rng)}", flush=True, at=mm(6))
    sy = w.y
    w.line(cn_date(c.basis_effective), flush=True, at=mm(6))
    seal(w.s, w.s.width - mm(60), sy - mm(6), c.basis_court, rng, radius=mm(21))
    return folio(w.sheets, font("wenkai", 30), "slash")


def _boxed_title(s: Leaf, title: str, y: float, f: Font) -> float:
    w = f.getlength(title) + 18 * (len(title) - 1)
    x = (s.width - w) / 2
    s.box(x - mm(6), y - mm(3), x + w + mm(6), y + f.size + mm(3), width=3)
    s.text(x, y, title, f, spacing=18)
    return y + f.size + mm(12)


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A lawyer's 强制执行申请书: boxed 黑体 title, Noto sans body, signed and dated at the foot."""
    a, r = c.applicant, c.respondent
    s = Leaf()
    title = "强制执行申请书" if c.extra["tale"] == "port" else "申请执行书"
    y = _boxed_title(s, title, mm(30), hei(64))
    f = font("sans", 38)
    w = Writer([s], y, f, mm(9.4), left=mm(26), right=mm(24))
    for p, role in ((a, "申请执行人"), (r, "被执行人")):
        for part in _who(p, role=role).split("\n"):
            w.para(part, indent=0, hang=0)
        if p is a:
            w.para(f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。", indent=0)
    w.para("执行请求：", indent=0, f=hei(38))
    if c.extra["tale"] == "port":
        asks = [f"1. 强制被执行人支付滞箱费{c.extra['demurrage']:,.2f}元、堆存费{c.extra['storage']:,.2f}元，并负担案件受理费"
                f"{c.extra['trial_fee']:,.2f}元，合计{c.amount:,.2f}元；"]
    else:
        asks = [f"1. 强制被执行人支付工资{c.extra['monthly'] * c.extra['months']:,.2f}元、经济补偿金{c.extra['comp']:,.2f}元，"
                f"合计{c.amount:,.2f}元；"]
    asks += ["2. 被执行人加倍支付迟延履行期间的债务利息；", "3. 本案执行费用由被执行人负担；",
             "4. 申请对被执行人及其法定代表人采取限制高消费措施；被执行人有履行能力而拒不履行的，申请将其纳入失信被执行人名单。"]
    for t in asks:
        w.para(t, indent=0, hang=1)
    w.para("事实与理由：", indent=0, f=hei(38))
    w.para(f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}民事判决书，该判决已于"
           f"{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行判决确定的义务。依照《中华人民共和国民事诉讼法》第二百四十七条"
           "的规定，特向贵院申请强制执行。")
    w.para("此致", indent=2)
    w.para(COURT, indent=0)
    w.gap(mm(6))
    w.need(mm(40))
    w.line("申请执行人：", flush=True, at=mm(50))
    sy = w.y
    if a.kind == "organisation":
        seal(w.s, w.s.width - mm(60), sy - mm(10), a.name, rng, radius=mm(20))
    else:
        pen(w.s, w.s.width - mm(60), sy - w.lead - 6, a.name, rng, size=50)
    w.line("代理人：　　　　", flush=True, at=mm(14))
    pen(w.s, w.s.width - mm(50), w.y - w.lead - 6, c.agent, rng, size=46, ink=INK)
    w.line(num_date(d), flush=True, at=mm(14))
    return folio(w.sheets, font("sans", 28), "slash")


def _bank_application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bank's 执行申请书, printed from its legal department's template: one table, the card centre's seal."""
    a, r = c.applicant, c.respondent
    s = Leaf()
    s.text(mm(22), mm(16), "交通银行太平洋信用卡中心  法律文书模板 FW-07", font("sans", 22))
    s.centred(mm(26), "执 行 申 请 书", font("sans_bold", 70))
    f = font("sans", 30)
    w = s.width - mm(44)
    rows = [["申请执行人", a.name], ["住所地", a.address], ["负责人", f"{a.legal_rep}（职务：总经理）"],
            ["委托代理人", f"{c.agent}，{c.firm}律师，{c.agent_phone}"],
            ["被执行人", f"{r.name}，男，公民身份号码{r.id_number}"], ["住址", r.address], ["联系电话", r.phone],
            ["工作单位", c.extra["employer"]],
            ["执行依据", f"{c.basis_court}{c.basis_number}公证书；{c.extra['cert_number']}执行证书"],
            ["执行标的", f"本金{c.extra['principal']:,.2f}元，利息、手续费及违约金{c.extra['interest']:,.2f}元，公证费"
                      f"{c.extra['notary_fee']:,.2f}元，合计{c.amount:,.2f}元"],
            ["执行请求", "一、强制被执行人清偿上述款项及至实际清偿之日止的利息；二、扣留、提取被执行人的工资收入；三、对被执行人"
                      "采取限制高消费措施，并将其纳入失信被执行人名单；四、执行费用由被执行人负担。"],
            ["事实与理由", f"被执行人使用申请执行人发行的信用卡（卡号{c.extra['card']}）办理专项分期后逾期未还。双方合同经公证赋予"
                        "强制执行效力，公证机构已出具执行证书。依照《中华人民共和国民事诉讼法》第二百四十九条的规定申请强制执行。"],
            ["此致", COURT]]
    hs = [mm(12), mm(12), mm(12), mm(12), mm(12), mm(15), mm(12), mm(12), mm(15), mm(19), mm(36), mm(36), mm(12)]
    cells = grid(s, mm(22), mm(46), [mm(34), w - mm(34)], rows, f, heights=hs)
    y = cells[-1][0].y1 + mm(12)
    s.right(s.width - mm(30), y, "申请执行人（盖章）：", font("sans", 34))
    seal(s, s.width - mm(62), y + mm(12), a.name, rng, radius=mm(20))
    s.right(s.width - mm(30), y + mm(30), num_date(d), font("sans", 34))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = Leaf()
    s.centred(mm(32), "授 权 委 托 书", font("sans_bold", 70))
    f = font("sans", 38)
    w = Writer([s], mm(56), f, mm(10), left=mm(26), right=mm(24))
    w.para(f"委托人：{a.name}", indent=0)
    if a.kind == "organisation":
        w.para(f"法定代表人（负责人）：{a.legal_rep}", indent=0)
    else:
        w.para(f"公民身份号码：{a.id_number}", indent=0)
    w.para(f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。", indent=0)
    w.para(f"现委托上述受托人在我方与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方的委托代理人。")
    w.para("代理权限：特别授权，包括代为申请执行、提供财产线索、申请采取强制执行措施、代为参加执行听证、代为进行和解、"
           "代为签收法律文书；不含代为领取执行款。")
    w.para("委托期限：自本委托书签署之日起至本案执行终结之日止。")
    w.gap(mm(20))
    w.line("委托人：", flush=True, at=mm(60))
    if a.kind == "organisation":
        seal(s, s.width - mm(66), w.y - mm(12), a.name, rng, radius=mm(20))
    else:
        pen(s, s.width - mm(78), w.y - w.lead - 4, a.name, rng, size=54)
        s.draw.ellipse((s.width - mm(46), w.y - w.lead, s.width - mm(38), w.y - w.lead + mm(11)), fill=(200, 40, 45))
    w.line("受托人：", flush=True, at=mm(60))
    pen(s, s.width - mm(78), w.y - w.lead - 4, c.agent, rng, size=50, ink=INK)
    w.line(num_date(d), flush=True, at=mm(20))
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf()
    red = (200, 28, 32)
    s.centred(mm(22), c.firm, font("serif_bold", 76), spacing=6, fill=red)
    s.line(mm(22), mm(40), s.width - mm(22), mm(40), width=7, fill=red)
    s.line(mm(22), mm(42), s.width - mm(22), mm(42), width=2, fill=red)
    s.right(s.width - mm(26), mm(46), f"津{c.firm[2:4]}律执字〔2024〕第{rng.randint(8, 160)}号", serif(36))
    s.centred(mm(62), "律师事务所函", font("serif_bold", 64), spacing=12)
    f = font("wenkai", 42)
    w = Writer([s], mm(84), f, mm(10.6), left=mm(28), right=mm(26))
    w.para(f"{COURT}执行局：", indent=0)
    w.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师作为其与{c.respondent.name}{c.extra['cause']}执行一案申请"
           "执行人的委托代理人，依法参加执行程序。特此函告。")
    w.para("附：授权委托书一份，律师执业证复印件一份。")
    w.gap(mm(16))
    w.line(c.firm, flush=True, at=mm(10))
    sy = w.y
    w.line(num_date(d), flush=True, at=mm(16))
    seal(s, s.width - mm(66), sy - mm(8), c.firm, rng, radius=mm(20))
    s.line(mm(22), s.height - mm(40), s.width - mm(22), s.height - mm(40), width=2, fill=red)
    s.text(mm(24), s.height - mm(36), f"地址：{c.extra['firm_addr']}　电话：022-2{rng.randint(4100000, 4399999)}",
           font("sans", 26), fill=red)
    return [s]


def _card(s: Leaf, x: float, y: float, w: float, h: float, *, grey: int = 236) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(grey, grey, grey - 2), outline=(90, 90, 90), width=3)


def _photo(s: Leaf, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    s.draw.rectangle((x, y, x + w, y + h), fill=(150, 150, 150))
    s.draw.ellipse((x + w * 0.25, y + h * 0.12, x + w * 0.75, y + h * 0.55), fill=(92, 92, 92))
    s.draw.ellipse((x + w * 0.08, y + h * 0.58, x + w * 0.92, y + h * 1.25), fill=(80, 80, 80))
    s.draw.rectangle((x, y + h, x + w, y + h + mm(10)), fill=(255, 255, 255))


def _id_copy(p: Party, rng: random.Random) -> list[Sheet]:
    """Both sides of the ID card copied onto one A4 sheet, with the copier's grey ground around them."""
    s = Leaf()
    f = font("hei", 30)
    x, y, w, h = mm(45), mm(40), mm(120), mm(76)
    _card(s, x, y, w, h)
    born = p.born or date(1985, 1, 1)
    rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日"),
            ("住址", p.address[:13]), ("", p.address[13:26])]
    for k, (lab, val) in enumerate(rows):
        s.text(x + mm(6), y + mm(7 + k * 10), lab, font("hei", 26), fill=(70, 70, 70))
        s.text(x + mm(20), y + mm(6 + k * 10), val, f)
    s.text(x + mm(6), y + h - mm(13), "公民身份号码", font("hei", 26), fill=(70, 70, 70))
    s.text(x + mm(36), y + h - mm(14), p.id_number, font("sans_bold", 38))
    _photo(s, x + w - mm(34), y + mm(10), mm(26), mm(32), rng)
    y2 = y + h + mm(18)
    _card(s, x, y2, w, h)
    s.centred(y2 + mm(12), "中华人民共和国", font("serif_bold", 44), x0=x + mm(20), x1=x + w)
    s.centred(y2 + mm(26), "居民身份证", font("serif_bold", 56), spacing=8, x0=x + mm(20), x1=x + w)
    s.draw.ellipse((x + mm(6), y2 + mm(6), x + mm(24), y2 + mm(24)), outline=(120, 30, 30), width=4)
    s.text(x + mm(10), y2 + h - mm(22), f"签发机关　天津市公安局{'河东' if p.id_number.startswith('120102') else ''}分局",
           font("hei", 26))
    s.text(x + mm(10), y2 + h - mm(12), f"有效期限　{rng.randint(2016, 2021)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期",
           font("hei", 26))
    pen(s, mm(60), y2 + h + mm(24), "与原件一致", rng, size=44, ink=INK)
    pen(s, mm(120), y2 + h + mm(24), p.name, rng, size=44, ink=INK)
    return [s]


def _licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本）copy: a double frame, the title in large serif, fields down the left, a QR at the right."""
    s = Leaf(paper=COPY)
    x0, y0, x1, y1 = mm(20), mm(28), s.width - mm(20), mm(200)
    s.box(x0, y0, x1, y1, width=6, outline=(60, 60, 60))
    s.box(x0 + mm(3), y0 + mm(3), x1 - mm(3), y1 - mm(3), width=2, outline=(60, 60, 60))
    s.draw.ellipse(((x0 + x1) / 2 - mm(10), y0 + mm(8), (x0 + x1) / 2 + mm(10), y0 + mm(28)), outline=(60, 60, 60),
                   width=4)
    s.centred(y0 + mm(32), "营 业 执 照", font("serif_bold", 92))
    s.centred(y0 + mm(52), "（副　本）", serif(34))
    s.text(x0 + mm(10), y0 + mm(64), f"统一社会信用代码　{p.id_number}", font("hei", 34))
    branch = "分中心" in p.name
    rows = [("名　　称", p.name), ("类　　型", "股份有限公司分公司（上市、国有控股）" if branch else "有限责任公司"),
            ("负 责 人" if branch else "法定代表人", p.legal_rep), ("经营范围", "在上级公司授权范围内开展信用卡业务。" if branch
                                                                 else "集装箱堆存、装卸、拆装箱；国内货运代理；仓储服务。"),
            ("成立日期", f"{rng.randint(2005, 2016)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("营业场所" if branch else "住　　所", p.address)]
    y = y0 + mm(80)
    for lab, val in rows:
        s.text(x0 + mm(10), y, lab, font("hei", 32))
        parts = [val[i:i + 24] for i in range(0, len(val), 24)]
        for k, part in enumerate(parts):
            s.text(x0 + mm(44), y + k * mm(8), part, serif(32))
        y += mm(9 + 8 * (len(parts) - 1))
    s.right(x1 - mm(12), y1 - mm(26), "登记机关", font("hei", 34))
    seal(s, x1 - mm(40), y1 - mm(30), "天津市市场监督管理委员会", rng, radius=mm(20))
    pen(s, mm(40), y1 + mm(20), "此复印件与原件一致，仅供法院执行使用", rng, size=40, ink=INK)
    seal(s, s.width - mm(60), y1 + mm(28), p.name, rng, radius=mm(19))
    if branch:
        s.text(mm(30), y1 + mm(56), f"负责人身份证明：{p.legal_rep}系我中心负责人，特此证明。", serif(34))
    return [s]


def _credit_report(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's page printed from 国家企业信用信息公示系统 by the applicant's lawyer."""
    s = Leaf()
    s.draw.rectangle((0, 0, s.width, mm(20)), fill=(206, 40, 40))
    s.text(mm(16), mm(5), "国家企业信用信息公示系统", font("sans_bold", 44), fill=(255, 255, 255))
    s.text(mm(16), mm(26), "首页 > 企业信用信息 > 营业执照信息", font("sans", 26))
    s.text(mm(16), mm(38), p.name, font("sans_bold", 50))
    s.text(mm(16), mm(52), "存续（在营、开业、在册）", font("sans", 28), fill=(30, 140, 60))
    rows = [["统一社会信用代码", p.id_number, "企业名称", p.name], ["类型", "有限责任公司", "法定代表人", p.legal_rep],
            ["注册资本", f"{rng.choice([100, 200, 500, 1000])}万元人民币", "成立日期", f"{rng.randint(2010, 2019)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"],
            ["登记机关", "天津市河东区市场监督管理局", "登记状态", "存续"], ["住所", p.address],
            ["经营范围", "餐饮服务；食品销售；餐饮管理。" if "餐饮" in p.name else "货物进出口；国内贸易代理；金属材料、化工产品（不含危险品）销售。"]]
    w = s.width - mm(32)
    grid(s, mm(16), mm(64), [mm(40), w / 2 - mm(40), mm(32), w / 2 - mm(32)], rows, font("sans", 26), heights=mm(13),
         labels=(0, 2), shade=(244, 244, 244))
    s.text(mm(16), s.height - mm(16), f"https://www.gsxt.gov.cn/ 打印时间：{c.day(-3):%Y/%m/%d} 10:{rng.randint(10, 59)}",
           font("sans", 22))
    s.right(s.width - mm(16), s.height - mm(16), "1/1", font("sans", 22))
    return [s]


def _practice_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Leaf()
    x, y, w, h = mm(30), mm(36), mm(150), mm(100)
    _card(s, x, y, w, h, grey=226)
    s.line(x + w / 2, y, x + w / 2, y + h, width=2, fill=(120, 120, 120))
    s.centred(y + mm(30), "中华人民共和国", font("serif_bold", 40), x0=x + w / 2, x1=x + w)
    s.centred(y + mm(46), "律师执业证", font("serif_bold", 60), spacing=6, x0=x + w / 2, x1=x + w)
    _photo(s, x + mm(8), y + mm(10), mm(24), mm(30), rng)
    seal(s, x + mm(28), y + mm(42), "天津市司法局", rng, radius=mm(13))
    f = font("hei", 26)
    rows = [f"执业机构　{c.firm}", "执业证类别　专职律师", f"执业证号　{c.extra['licence']}",
            f"法律职业资格证号　A{rng.randint(2008, 2018)}{rng.randint(10**8, 10**9 - 1)}", "发证机关　天津市司法局",
            f"发证日期　{rng.randint(2016, 2022)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]
    s.text(x + mm(36), y + mm(12), f"姓名　{c.agent}", font("hei", 30))
    for k, t in enumerate(rows):
        s.text(x + mm(6), y + mm(58 + k * 6.5), t, f)
    y2 = y + h + mm(14)
    _card(s, x, y2, w, h * 0.7, grey=226)
    s.centred(y2 + mm(6), "律师年度考核备案", font("hei", 32), x0=x, x1=x + w)
    grid(s, x + mm(8), y2 + mm(16), [mm(40), mm(50), mm(44)], [["考核年度", "考核结果", "备案机关"],
                                                            ["2022年度", "称职", "河东区司法局"], ["2023年度", "称职", "河东区司法局"]],
         f, heights=mm(10), labels=(0, 1, 2))
    pen(s, mm(50), y2 + h * 0.7 + mm(22), "复印件与原件核对一致", rng, size=44, ink=INK)
    pen(s, mm(140), y2 + h * 0.7 + mm(22), c.agent, rng, size=44, ink=INK)
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """天津市非税收入一般缴款书 (第二联 收据): brown rules and print, the bank's 收讫 oval over the amount."""
    s = Leaf()
    f = font("sans", 28)
    s.centred(mm(26), "天津市非税收入一般缴款书", font("sans_bold", 56), fill=BROWN)
    s.text(mm(22), mm(42), f"执收单位编码：120102{rng.randint(100, 999)}", f, fill=BROWN)
    s.right(s.width - mm(22), mm(42), f"No. 12{rng.randint(10**8, 10**9 - 1)}", font("mono", 30), fill=BROWN)
    s.text(mm(22), mm(50), f"填制日期：{d:%Y-%m-%d}", f, fill=BROWN)
    s.right(s.width - mm(22), mm(50), "第二联 收据（交缴款人）", f, fill=BROWN)
    w = s.width - mm(44)
    rows = [["缴款人", c.applicant.name], ["执收单位", COURT], ["收款账户", f"天津市河东区财政局非税收入专户 {rng.randint(10**11, 10**12 - 1)}"],
            ["项目名称", "诉讼费（申请执行费）　案号：" + c.number], ["金额（小写）", f"￥{c.extra['fee']:,.2f}"],
            ["金额（大写）", money_caps(Decimal(c.extra["fee"]))], ["备注", f"被执行人：{c.respondent.name}"]]
    cells = grid(s, mm(22), mm(58), [mm(40), w - mm(40)], rows, f, heights=mm(13))
    for row in cells:
        for cell in row:
            s.box(cell.x0, cell.y0, cell.x1, cell.y1, width=2, outline=BROWN)
    s.draw.ellipse((s.width - mm(90), cells[4][1].y0 - mm(6), s.width - mm(34), cells[4][1].y0 + mm(26)),
                   outline=RED, width=5)
    s.text(s.width - mm(80), cells[4][1].y0 + mm(2), "收　讫", font("sans_bold", 40), fill=RED)
    s.text(s.width - mm(84), cells[4][1].y0 + mm(12), d.strftime("%Y.%m.%d"), font("sans", 26), fill=RED)
    s.text(mm(22), cells[-1][0].y1 + mm(5), "收款银行（盖章）　　　　　　　　　　经办人：", f, fill=BROWN)
    pen(s, mm(150), cells[-1][0].y1 + mm(4), person_name(rng), rng, size=34, ink=INK)
    return [s]


FORMS: dict[str, tuple[str, str]] = {
    "property_clue_form": ("被执行人财产线索表", "申请执行人"),
    "payment_account_confirmation": ("申请执行人收取案款确认书", "申请执行人"),
    "service_address_confirmation": ("送达地址确认书", "受送达人"),
    "property_declaration_form": ("财产申报表", "申报人"),
}


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's printed forms (诉讼服务中心), filled by pen: label column shaded, a note in small print below."""
    a, r = c.applicant, c.respondent
    title, signer = FORMS[code]
    s = Leaf()
    s.centred(mm(24), COURT, font("hei", 40), spacing=4)
    s.centred(mm(34), title, font("serif_bold", 60), spacing=6)
    s.text(mm(24), mm(50), f"案号：{c.number}", serif(32))
    w = s.width - mm(48)
    t = c.extra["tale"]
    if code == "property_clue_form":
        rows = [("被执行人", r.name), ("财产类型", "银行存款" if t != "card" else "工资收入"),
                ("财产所在地/开户行", c.extra.get("r_bank") or c.extra.get("employer", "")),
                ("账号/具体信息", c.extra.get("r_acct", "月工资约" + str(c.extra.get("wage", "")) + "元")),
                ("线索来源", "业务往来付款记录" if t == "port" else ("申请信用卡时填报的单位信息" if t == "card" else "工资曾由该账户发放")),
                ("其他线索", "无"), ("提供人", c.agent), ("提供日期", num_date(d))]
    elif code == "payment_account_confirmation":
        rows = [("收款人", a.name), ("开户银行", c.extra["in_bank"]), ("账号", c.extra["in_acct"]),
                ("联系电话", a.phone if a.kind == "person" else c.agent_phone),
                ("声明", "本人（单位）确认以上账户为本案执行款的唯一收款账户，因账户信息错误造成的损失自行承担。"),
                ("签名（盖章）", ""), ("日期", num_date(d))]
    elif code == "service_address_confirmation":
        rows = [("受送达人", a.name), ("送达地址", c.extra["firm_addr"] + "（代理律师转）"), ("收件人", c.agent),
                ("联系电话", c.agent_phone), ("是否同意电子送达", "同意　手机号：" + c.agent_phone),
                ("告知事项", "确认的送达地址适用于执行程序；地址变更应及时书面告知，未告知的，按原地址送达即视为送达。"),
                ("签名", ""), ("日期", num_date(d))]
    else:
        bal = {"port": "在中国银行有对公户，余额不详", "card": "工资卡一张，余额约二千元", "cook": "对公户一个，余额约一万元"}[t]
        rows = [("申报人", r.name), ("身份证号/信用代码", r.id_number), ("收入", "月工资" + str(c.extra.get("wage", "")) + "元"
                                                                     if t == "card" else "经营收入，无固定"),
                ("银行存款", bal), ("不动产", "无"), ("车辆", "无"), ("股权、债权", "无"),
                ("其他财产", "无" if t != "cook" else "厨房设备若干（租赁）"),
                ("申报承诺", "以上申报内容真实，如有虚假，愿承担法律责任。"), ("申报人签名", ""), ("日期", num_date(d))]
    hs = [mm(22) if len(v) > 22 else mm(14) for _, v in rows]
    cells = grid(s, mm(24), mm(58), [mm(46), w - mm(46)], [[lab, ""] for lab, _ in rows], font("hei", 30), heights=hs,
                 shade=(236, 236, 236))
    ink = PEN if code != "property_declaration_form" else INK
    for (lab, val), row in zip(rows, cells, strict=True):
        if lab in ("声明", "告知事项", "申报承诺"):
            y = row[1].y0 + mm(2)
            for k in range(0, len(val), 26):
                s.text(row[1].x0 + mm(2), y, val[k:k + 26], serif(26))
                y += mm(5.6)
        elif val:
            pen(s, row[1].x0 + mm(3), row[1].y0 + (row[1].y1 - row[1].y0) / 2 - mm(4), val[:28], rng, size=34, ink=ink)
            if len(val) > 28:
                pen(s, row[1].x0 + mm(3), row[1].y0 + (row[1].y1 - row[1].y0) / 2 + mm(3), val[28:], rng, size=34, ink=ink)
        elif lab.startswith("签名") or lab.endswith("签名") or lab == "签名":
            who = c.agent if code != "property_declaration_form" else r.legal_rep or r.name
            pen(s, row[1].x0 + mm(12), row[1].y0 + mm(2), who, rng, size=48, ink=ink)
            if code == "property_declaration_form" and r.kind == "organisation":
                seal(s, row[1].x1 - mm(36), row[1].y0 + mm(4), r.name, rng, radius=mm(18))
    s.text(mm(24), cells[-1][0].y1 + mm(5), f"{signer}应如实填写，本表一式一份，附卷存档。　诉讼服务中心制", serif(24))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's printout: monospaced, banded header, one row per body that answered."""
    r = c.respondent
    s = Leaf()
    m = font("mono", 26)
    s.text(mm(16), mm(14), "最高人民法院网络执行查控系统", font("sans_bold", 40))
    s.text(mm(16), mm(26), f"查控结果反馈 — 案号：{c.number}　被查询人：{r.name}", m)
    s.text(mm(16), mm(32), f"证件号码：{r.id_number}　　发起时间：{c.day(4):%Y-%m-%d} 09:12:33　打印时间：{d:%Y-%m-%d}", m)
    t = c.extra["tale"]
    rows: list[list[str]] = [["序号", "协助单位", "查询内容", "反馈结果", "余额/数额（元）"]]
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "招商银行", "天津银行", "渤海银行",
             "天津农商银行", "邮储银行"]
    for k, b in enumerate(banks, 1):
        hit = (t != "card" and b in str(c.extra.get("r_bank", ""))) or (t == "card" and b == "中国建设银行")
        if hit and t == "port":
            rows.append([str(k), b, "存款", f"有 账号{c.extra['r_acct']}", f"{c.amount + Decimal(rng.randint(5000, 90000)):,.2f}"])
        elif hit:
            rows.append([str(k), b, "存款", "有 账户1个", f"{Decimal(rng.randint(20000, 900000)) / 100:,.2f}"])
        else:
            rows.append([str(k), b, "存款", "无账户" if rng.random() < 0.6 else "有 余额0", "0.00"])
    rows += [[str(len(banks) + 1), "公安部交管局", "机动车", "未查到", "—"],
             [str(len(banks) + 2), "自然资源部", "不动产", "未查到", "—"],
             [str(len(banks) + 3), "中国证券登记结算", "证券", "未查到", "—"],
             [str(len(banks) + 4), "人力资源社会保障部", "社保缴纳单位",
              c.extra.get("employer", "未查到") if t == "card" else "—", "—"],
             [str(len(banks) + 5), "支付宝（中国）", "网络资金", "有 账户1个", f"{Decimal(rng.randint(0, 30000)) / 100:,.2f}"]]
    w = s.width - mm(32)
    grid(s, mm(16), mm(42), [mm(14), mm(46), mm(30), w - mm(14 + 46 + 30 + 40), mm(40)], rows, m,
         heights=[mm(10)] + [mm(9)] * (len(rows) - 1), labels=(0,), line=1, shade=(225, 225, 225))
    s.text(mm(16), s.height - mm(16), "本页由执行指挥中心打印，仅供本案使用", m)
    return [s]


def _receipt_box(s: Leaf, y: float, title: str, rows: list[list[str]], rng: random.Random, bank: str) -> float:
    f = font("sans", 26)
    x, w = mm(18), s.width - mm(36)
    s.text(x, y, bank, font("sans_bold", 34), fill=(0, 80, 150))
    s.centred(y, title, font("sans_bold", 40))
    s.right(x + w, y + mm(2), f"回单编号：{rng.randint(10**11, 10**12 - 1)}", f)
    cells = grid(s, x, y + mm(11), [mm(26), w / 2 - mm(26), mm(26), w / 2 - mm(26)], rows, f, heights=mm(10),
                 labels=(0, 2), line=1)
    bottom = cells[-1][0].y1
    ox = x + w - mm(62) + rng.uniform(-mm(4), mm(4))
    s.draw.ellipse((ox, bottom + mm(2), ox + mm(50), bottom + mm(26)), outline=RED, width=4)
    s.centred(bottom + mm(6), "电子回单", font("sans_bold", 30), fill=RED, x0=ox, x1=ox + mm(50))
    s.centred(bottom + mm(15), "专用章", font("sans_bold", 30), fill=RED, x0=ox, x1=ox + mm(50))
    s.text(x, bottom + mm(4), "本回单可通过网上银行或柜面验证真伪，重复打印无效", f)
    return bottom + mm(40)


def _bank_receipts(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The court's payout to the applicant as the bank's electronic receipt (and for the card case the employer's last
    remittance above it), printed two to a page."""
    s = Leaf()
    y: float = mm(16)
    court_acct = c.extra["court_acct"]
    if c.extra["tale"] == "card":
        when, amt = c.extra["instalments"][-1]
        y = _receipt_box(s, y, "收款回单", [
            ["付款人", c.extra["employer"], "收款人", COURT],
            ["付款账号", f"1202{rng.randint(10**12, 10**13 - 1)}", "收款账号", court_acct],
            ["金额", f"￥{amt:,.2f}", "大写", money_caps(amt)],
            ["附言", f"{c.number}代扣{c.respondent.name}工资", "交易日期", str(when)]], rng, "中国银行")
        s.line(mm(10), y - mm(7), s.width - mm(10), y - mm(7), width=1, fill=(150, 150, 150))
    _receipt_box(s, y, "付款回单", [
        ["付款人", f"{COURT}（执行款专户）", "收款人", c.applicant.name],
        ["付款账号", court_acct, "收款账号", c.extra["in_acct"]],
        ["开户行", "中国银行天津河东支行", "开户行", c.extra["in_bank"]],
        ["金额", f"￥{c.amount:,.2f}", "大写", money_caps(c.amount)],
        ["用途", f"{c.number}案款发放", "交易日期", f"{d:%Y-%m-%d}"],
        ["经办", person_name(rng), "打印次数", "1"]], rng, "中国银行")
    return [s]


_ = (Writer, cn_date, money, timedelta, Decimal, hei)
