"""What 市中区法院执行局 receives, each in its sender's manner: the civil division's 民事判决书 (明体, folios "— n —")
and its 生效证明书 on an A5 slip; the 乐山仲裁委员会's 裁决书 and 生效证明 in GB 宋 with the committee's name over a red
rule; the 凌云公证处's 公证书 and 执行证书 inside a double frame, the notary's number in 〔〕-free 川乐凌证 form; the
lawyers' papers (an application in 楷体 under an underlined title, a 16K power of attorney, a 16K 所函 under a red
letterhead, the 执业证 photocopied open); ID card and licence photocopies; the 诉讼服务中心's printed forms in 微软雅黑-like
sans, filled in by the parties; the 四川省政府非税收入一般缴款书 slip with its 联次 printed down the edge; the 查控
system's landscape printout; a bank's 回单 on a half sheet."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, flow, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_fm_kit import (
    A4,
    A4L,
    A5,
    A5L,
    COURT,
    K16,
    Leaf,
    ballpoint,
    frame,
    margins,
    vertical,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "乐山仲裁委员会"
NOTARY = "四川省乐山市凌云公证处"
RED = (190, 30, 38)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fm import made_on

    d = made_on(c, code)
    tale = str(c.extra["tale"])
    if code == "enforcement_basis":
        return {"beef": _judgment, "sand": _award, "tea": _notarial_deed}[tale](c, rng)
    if code == "effectiveness_certificate":
        return {"beef": _in_effect, "sand": _award_effect, "tea": _execution_certificate}[tale](c, rng)
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
        return _licence_copy(p, c, rng) if p.kind == "organisation" else _id_copy(p, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _centre_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        rep = "负责人" if p.name.endswith("合作社") else "法定代表人"
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。{rep}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


class Pages:
    """A received paper run down its sheets in the sender's face: paragraphs, flush and hanging lines."""

    def __init__(self, size: tuple[int, int], f: Font, *, left: float, right: float, top: float, bottom: float,
                 lead: float, y: float, first: Sheet | None = None) -> None:
        self.size, self.f, self.lead = size, f, lead
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.sheets: list[Sheet] = [first or Leaf(size=size)]
        self.y = y

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def _more(self) -> tuple[Sheet, float]:
        self.sheets.append(Leaf(size=self.size))
        return self.sheets[-1], self.top

    def put(self, kind: str, text: str, *, hang: float = 0.0) -> None:
        width = self.s.width - self.left - self.right
        bottom = self.s.height - self.bottom
        if kind == "h" and hang:
            parts = wrap(text, self.f, width)
            self.y = flow(self.s, [("f", parts[0])], self.f, x0=self.left, width=width, y=self.y,
                          line_height=self.lead, indent=0, bottom=bottom, more=self._more)
            rest = "".join(parts[1:])
            if rest:
                self.y = flow(self.s, [("f", rest)], self.f, x0=self.left + hang, width=width - hang, y=self.y,
                              line_height=self.lead, indent=0, bottom=bottom, more=self._more)
            return
        self.y = flow(self.s, [(kind, text)], self.f, x0=self.left, width=width, y=self.y, line_height=self.lead,
                      indent=self.f.size * 2, bottom=bottom, more=self._more)

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self._more()
            self.y = self.top


def _dash_folios(sheets: list[Sheet], f: Font) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(15), f"— {i} —", f)
            if i > 1:
                s.page_of = (i, n)
    return sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment (民初), 明体, a single judge, folios "— n —"."""
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(35, 60))
    story = (f"2022年4月起，原告按被告要求每周向其{r.name.removeprefix('乐山')}各门店配送鲜切牛肉、牛杂、牛骨，双方每月对账。"
             f"截至2023年2月，被告在对账单上盖章确认尚欠货款{c.amount:,.2f}元，经原告多次催收未付。")
    m = font("ming", 41)
    s = Leaf()
    s.centred(mm(30), COURT, font("ming", 54), spacing=6)
    s.centred(mm(46), "民事判决书", font("ming", 82), spacing=56)
    s.right(s.width - mm(26), mm(66), c.basis_number, m)
    run = Pages(s.size, m, left=mm(30), right=mm(26), top=mm(28), bottom=mm(26), lead=70, y=mm(80), first=s)
    for kind, text in [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用"
              f"简易程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告的法定代表人"
              f"{r.legal_rep}到庭参加诉讼。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：一、判令被告支付货款{c.amount:,.2f}元；二、本案诉讼费用由被告负担。事实与理由：{story}"),
        ("p", f"{r.name}辩称：欠款属实，因疫情后客流未恢复，资金紧张，请求分期支付。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", "本院认为，原、被告之间的买卖合同关系依法成立并有效。原告已履行供货义务，被告应按约支付货款。依照《中华人民"
              "共和国民法典》第五百零九条、第五百七十七条、第六百二十六条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 50}元，减半收取{(int(c.amount) // 100 + 50) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于四川省"
              "乐山市中级人民法院。"),
    ]:
        run.put(kind, text, hang=m.size * 2)
    run.room(330)
    last, y = run.s, run.y + 60
    x = last.width - mm(96)
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    last.text(x, y, f"审 判 员　{judge}", m)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24)))
    last.text(x, y + 100, when, m)
    seal(last, x + text_width(when, m) / 2, y + 110, COURT, rng, radius=mm(20))
    last.text(x, y + 200, f"书 记 员　{person_name(rng)}", m)
    return _dash_folios(run.sheets, font("ming", 32))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 生效证明书 on an A5 slip, 明体, signed by the judge and stamped."""
    s = Leaf(size=A5)
    m = font("ming", 30)
    s.centred(mm(18), COURT, font("ming", 38), spacing=2)
    s.centred(mm(30), "生效证明书", font("ming", 56), spacing=18)
    s.right(s.width - mm(16), mm(44), c.basis_number.replace("号", "号之一"), m)
    run = Pages(s.size, m, left=mm(18), right=mm(16), top=mm(18), bottom=mm(16), lead=52, y=mm(54), first=s)
    run.put("p", f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案的民事判决书，已于"
                 f"{cn_date(c.basis_effective)}发生法律效力。")
    run.put("p", "特此证明。")
    y = run.y + 40
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(3, 8)))
    s.right(s.width - mm(18), y + 50, when, m)
    seal(s, s.width - mm(40), y + 50, COURT, rng, radius=mm(15))
    s.text(mm(18), y + 130, f"审判员：{c.extra.get('civil_judge') or person_name(rng)}　民事审判第一庭", font("ming", 26))
    return [s]


def _arb_head(s: Sheet, title: str, number: str) -> float:
    s.centred(mm(26), ARB, font("song_gb", 64), spacing=12, fill=RED)
    s.line(mm(24), mm(40), s.width - mm(24), mm(40), width=5, fill=RED)
    s.centred(mm(48), title, font("song_gb", 72), spacing=40 if len(title) > 3 else 90)
    s.right(s.width - mm(26), mm(64), number, font("song_gb", 38))
    return mm(76)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 乐山仲裁委员会's 裁决书: the committee's name in red over a red rule, GB 宋 body, three arbitrators."""
    a, r = c.applicant, c.respondent
    months = int(c.extra["months"])
    rent = (c.amount / months).quantize(Decimal("1"))
    s = Leaf()
    y = _arb_head(s, "裁决书", c.basis_number)
    f = font("song_gb", 40)
    run = Pages(s.size, f, left=mm(28), right=mm(26), top=mm(26), bottom=mm(26), lead=68, y=y, first=s)
    heard = c.basis_effective - timedelta(days=rng.randint(20, 40))
    for kind, text in [
        ("h", f"申请人：{_who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), ("h", f"被申请人：{_who(r)}"),
        ("p", f"本会根据申请人与被申请人于2022年3月签订的《船舶租赁合同》中的仲裁条款及申请人的仲裁申请，于"
              f"{num_date(heard - timedelta(days=60))}受理本案，依照《乐山仲裁委员会仲裁规则》适用简易程序，由独任仲裁员"
              f"审理，于{num_date(heard)}开庭。被申请人经书面通知无正当理由未到庭，仲裁庭依法缺席审理。本案现已审理终结。"),
        ("p", f"申请人称：申请人将其所有的{c.extra['boat']}号运砂船出租给被申请人在大渡河安谷段运输砂石，约定月租金"
              f"{rent:,.0f}元，按月支付。被申请人自2022年9月起停付租金，共欠{months}个月。请求裁决被申请人支付租金及违约金。"),
        ("p", "仲裁庭查明：双方签订的《船舶租赁合同》系真实意思表示，合法有效。申请人已按约交付船舶，被申请人欠付租金的"
              "事实，有合同、交接单、微信催款记录为证，仲裁庭予以确认。"),
        ("p", "仲裁庭认为，承租人应当按照约定的期限支付租金。依照《中华人民共和国民法典》第七百零三条、第七百二十一条，"
              "《中华人民共和国仲裁法》第四十二条之规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付船舶租金及违约金共计{c.amount:,.2f}元；"),
        ("p", "二、本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]:
        run.put(kind, text, hang=f.size * 2)
    run.room(300)
    last, y = run.s, run.y + 60
    x = last.width - mm(95)
    last.text(x, y, f"独任仲裁员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective)
    last.text(x, y + 90, when, font("serif", 40))
    seal(last, x + mm(30), y + 100, ARB, rng, radius=mm(21))
    last.text(x, y + 180, f"书　记　员　{person_name(rng)}", f)
    return _dash_folios(run.sheets, font("song_gb", 30))


def _award_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Leaf()
    y = _arb_head(s, "生效证明", f"乐仲证字〔{c.filed_on.year}〕第{rng.randint(8, 90)}号")
    f = font("song_gb", 42)
    run = Pages(s.size, f, left=mm(28), right=mm(26), top=mm(26), bottom=mm(26), lead=74, y=y + mm(6), first=s)
    run.put("f", f"{c.court.name}：")
    run.put("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}船舶租赁合同纠纷一案，本会于{num_date(c.basis_effective)}"
                 f"作出{c.basis_number}裁决书，该裁决为终局裁决，自作出之日起发生法律效力，并已依法送达双方当事人。")
    run.put("p", "特此证明。")
    y = run.y + 120
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(6, 14)))
    s.right(s.width - mm(30), y, when, font("serif", 42))
    seal(s, s.width - mm(62), y, ARB, rng, radius=mm(21))
    return [s]


def _notary_frame(s: Sheet) -> None:
    s.box(mm(14), mm(14), s.width - mm(14), s.height - mm(14), width=6, outline=(60, 60, 60))
    s.box(mm(17), mm(17), s.width - mm(17), s.height - mm(17), width=2, outline=(60, 60, 60))


def _notarial_deed(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 凌云公证处's 公证书 giving a loan contract enforceable force: a double frame, serif, the notary's signature."""
    a, r = c.applicant, c.respondent
    s = Leaf()
    _notary_frame(s)
    f = font("serif", 40)
    s.centred(mm(32), "公证书", font("serif_bold", 90), spacing=90)
    s.right(s.width - mm(28), mm(52), c.basis_number, f)
    run = Pages(s.size, f, left=mm(28), right=mm(26), top=mm(28), bottom=mm(30), lead=70, y=mm(66), first=s)
    lent = c.extra["lent_on"]
    due = lent + timedelta(days=240)
    for kind, text in [
        ("h", f"申请人：{a.name}（出借人），{a.sex}，{a.born.year if a.born else 1975}年生，公民身份号码{a.id_number}。"),
        ("h", f"申请人：{r.name}（借款人），{r.sex}，{r.born.year if r.born else 1985}年生，公民身份号码{r.id_number}，"
              f"经营“{c.extra['shop']}”。"),
        ("f", "公证事项：赋予债权文书强制执行效力"),
        ("p", f"兹证明出借人{a.name}与借款人{r.name}于{num_date(lent)}在本公证员面前签订了前面的《借款合同》。约定借款本金"
              f"人民币{c.amount:,.0f}元，用于{c.extra['shop']}门店装修及冷柜购置，借款期限至{num_date(due)}，借款人逾期"
              "不履行或者不完全履行的，出借人可以向有管辖权的人民法院申请强制执行。双方当事人在签订合同时具有法律规定的"
              "民事权利能力和民事行为能力，签订合同的意思表示真实，合同内容符合法律规定，合同上的签名、捺印均属实。"),
        ("p", "根据《中华人民共和国公证法》第三十七条的规定，本公证书所证明的《借款合同》具有强制执行效力。"),
    ]:
        run.put(kind, text, hang=f.size * 2)
    run.room(300)
    last, y = run.s, run.y + 60
    x = last.width - mm(105)
    last.text(x, y, NOTARY, f)
    last.text(x, y + 80, "公证员", f)
    hand(last, x + mm(30), y + 70, person_name(rng), rng, size=56, ink=INK)
    when = cn_date(lent)
    last.text(x, y + 170, when, f)
    seal(last, x + mm(45), y + 120, NOTARY, rng, radius=mm(21))
    return run.sheets


def _execution_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The notary's 执行证书: the debt not paid, checked with the debtor, the sum to enforce."""
    a, r = c.applicant, c.respondent
    s = Leaf()
    _notary_frame(s)
    f = font("serif", 40)
    s.centred(mm(32), "执行证书", font("serif_bold", 84), spacing=60)
    s.right(s.width - mm(28), mm(52), str(c.extra["cert_no"]), f)
    run = Pages(s.size, f, left=mm(28), right=mm(26), top=mm(28), bottom=mm(30), lead=70, y=mm(66), first=s)
    for kind, text in [
        ("h", f"申请执行人：{a.name}，公民身份号码{a.id_number}。"),
        ("h", f"被执行人：{r.name}，公民身份号码{r.id_number}。"),
        ("f", f"执行标的：{money(c.amount)}及逾期利息。"),
        ("p", f"本处于{num_date(c.extra['lent_on'])}出具{c.basis_number}公证书，赋予{a.name}与{r.name}签订的《借款合同》强制执行"
              f"效力。现申请执行人以被执行人到期未还款为由申请出具执行证书。本处经向被执行人电话及书面核实，被执行人对借款"
              f"本金{c.amount:,.0f}元未偿还无异议。"),
        ("p", "根据《中华人民共和国公证法》第三十七条、《公证程序规则》第五十五条的规定，申请执行人可以持本执行证书和上述"
              "公证书向有管辖权的人民法院申请强制执行。"),
    ]:
        run.put(kind, text, hang=f.size * 2)
    run.room(300)
    last, y = run.s, run.y + 60
    x = last.width - mm(105)
    last.text(x, y, NOTARY, f)
    last.text(x, y + 80, "公证员", f)
    hand(last, x + mm(30), y + 70, person_name(rng), rng, size=56, ink=INK)
    last.text(x, y + 170, cn_date(c.basis_effective), f)
    seal(last, x + mm(45), y + 120, NOTARY, rng, radius=mm(21))
    return run.sheets


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's 强制执行申请书: an underlined 黑体 title, 楷体 body, requests numbered, 此致 and signatures."""
    a, r = c.applicant, c.respondent
    s = Leaf()
    tf = font("hei", 66)
    w = s.centred(mm(26), "强制执行申请书", tf, spacing=8)
    s.line((s.width - w) / 2, mm(26) + 84, (s.width + w) / 2, mm(26) + 84, width=3)
    k = font("kai_gb", 44)
    run = Pages(s.size, k, left=mm(25), right=mm(23), top=mm(25), bottom=mm(25), lead=76, y=mm(48), first=s)
    basis = ("公证书及执行证书" if c.extra["tale"] == "tea" else "裁决书" if c.extra["tale"] == "sand" else "民事判决书")
    for kind, text in [
        ("h", f"申请执行人：{_who(a)}电话：{a.phone}。"), ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}"),
        ("f", "执行请求："),
        ("p", f"1.强制被执行人向申请执行人支付{money(c.amount)}；"),
        ("p", "2.强制被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3.本案执行费用由被执行人承担；"),
        ("p", "4.申请对被执行人采取限制高消费措施；被执行人拒不履行的，申请将其纳入失信被执行人名单。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}{c.basis_number}{basis}已发生法律效力，被执行人"
              "至今未履行。现依据《中华人民共和国民事诉讼法》第二百四十七条的规定，向贵院申请强制执行。"),
        ("f", "此致"), ("f", COURT),
    ]:
        run.put(kind, text, hang=k.size * 2)
    run.room(260)
    last, y = run.s, run.y + 60
    last.text(last.width - mm(105), y, "申请执行人：", k)
    if a.kind == "organisation":
        seal(last, last.width - mm(45), y + 20, a.name, rng, radius=mm(19))
        hand(last, last.width - mm(60), y - 4, a.legal_rep, rng, size=54, ink=INK)
    else:
        hand(last, last.width - mm(58), y - 4, a.name, rng, size=56, ink=INK)
    hand(last, last.width - mm(90), y + 110, num_date(c.filed_on - timedelta(days=rng.randint(1, 5))), rng, size=44, ink=INK)
    return run.sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """授权委托书 on a 16K sheet, printed by the firm, signed by the client."""
    a = c.applicant
    s = Leaf(size=K16)
    f = font("serif", 36)
    s.centred(mm(22), "授权委托书", font("serif_bold", 62), spacing=24)
    run = Pages(s.size, f, left=mm(22), right=mm(20), top=mm(22), bottom=mm(22), lead=62, y=mm(40), first=s)
    for kind, text in [
        ("h", f"委托人：{_who(a)}"), ("h", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("p", f"委托人因与{c.respondent.name}{c.extra['cause']}执行一案，委托上列受托人为执行代理人。"),
        ("p", "代理权限：特别授权，包括申请执行、提供财产线索、申请执行措施、参与执行和解并签署和解协议、代为领取执行款、"
              "代签法律文书、同意终结本次执行程序。"),
        ("p", "代理期限：至本案执行终结时止。"),
    ]:
        run.put(kind, text, hang=f.size * 2)
    y = run.y + 60
    s.text(mm(22), y, "委托人：", f)
    s.text(s.width / 2 + mm(6), y, "受托人：", f)
    if a.kind == "organisation":
        hand(s, mm(46), y + 56, a.legal_rep, rng, size=50, ink=INK)
        seal(s, mm(62), y + 80, a.name, rng, radius=mm(17))
    else:
        hand(s, mm(46), y + 56, a.name, rng, size=52, ink=INK)
        s.draw.ellipse((mm(78), y + 62, mm(78) + 32, y + 100), fill=(198, 46, 50))
    hand(s, s.width / 2 + mm(28), y + 56, c.agent, rng, size=50, ink=INK)
    hand(s, s.width - mm(90), y + 170, num_date(c.filed_on - timedelta(days=rng.randint(3, 7))), rng, size=42, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's 所函 on a 16K sheet: its name in red, a red rule, the letter number, the body in serif."""
    s = Leaf(size=K16)
    s.centred(mm(18), c.firm, font("serif_bold", 60), fill=RED, spacing=6)
    s.line(mm(16), mm(32), s.width - mm(16), mm(32), width=4, fill=RED)
    s.centred(mm(38), "所函", font("hei", 56), spacing=60)
    s.right(s.width - mm(20), mm(50), f"川嘉律执字〔{c.filed_on.year}〕第{rng.randint(11, 180)}号", font("serif", 32))
    f = font("serif", 36)
    run = Pages(s.size, f, left=mm(22), right=mm(20), top=mm(22), bottom=mm(22), lead=62, y=mm(60), first=s)
    run.put("f", f"{COURT}：")
    run.put("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
                 "代理人，请予接洽。")
    run.put("p", "此致")
    run.put("f", f"附：授权委托书一份。律师执业证号：{c.extra['licence']}。")
    run.put("f", f"地址：{c.extra['firm_addr']}　电话：{c.agent_phone}")
    y = run.y + 100
    when = num_date(c.filed_on - timedelta(days=rng.randint(2, 6)))
    s.right(s.width - mm(26), y, when, f)
    seal(s, s.width - mm(50), y - 10, c.firm, rng, radius=mm(18))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 photocopied open on A4: the photo leaf and the data leaf, grey copier tone, 'copy true' by hand."""
    s = Leaf()
    x0, y0 = mm(20), mm(36)
    lw, lh = mm(82), mm(112)
    for i in range(2):
        x = x0 + i * (lw + mm(5))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=(222, 222, 220), outline=(90, 90, 90), width=3)
    sf = font("sans", 32)
    s.draw.rectangle((x0 + mm(21), y0 + mm(14), x0 + mm(61), y0 + mm(64)), fill=(140, 140, 140))
    s.centred(y0 + mm(74), "中华人民共和国", font("sans_bold", 38), x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(86), "律师执业证", font("sans_bold", 54), x0=x0, x1=x0 + lw, spacing=6)
    s.centred(y0 + mm(100), "四川省司法厅 颁发", sf, x0=x0, x1=x0 + lw)
    x = x0 + lw + mm(5)
    rows = [("持证人", c.agent), ("性别", c.extra.setdefault("agent_sex", rng.choice("男女"))), ("执业机构", c.firm),
            ("执业证类别", "专职律师"), ("执业证号", str(c.extra["licence"])), ("法律职业资格证号", f"A2015{rng.randint(10**10, 10**11 - 1)}"),
            ("发证机关", "四川省司法厅"), ("发证日期", f"{rng.randint(2016, 2022)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y0 + mm(10)
    for label, value in rows:
        s.text(x + mm(5), ty, label, font("sans", 28))
        parts = wrap(value, sf, lw - mm(36))
        for part in parts:
            s.text(x + mm(34), ty - 2, part, sf)
            ty += mm(7)
        ty += mm(5)
    seal(s, x + lw - mm(24), y0 + lh - mm(22), "四川省司法厅", rng, radius=mm(15))
    s.text(x + mm(5), y0 + lh - mm(9), "年度考核：称职　2023年度", font("sans", 26))
    hand(s, mm(40), y0 + lh + mm(26), "复印件与原件一致", rng, size=60, ink=INK)
    hand(s, mm(126), y0 + lh + mm(28), c.agent, rng, size=54, ink=INK)
    return [s]


def _id_copy(p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of an ID card photocopied one above the other, the holder's note and signature beside them."""
    s = Leaf()
    w, h = mm(88), mm(56)
    x = mm(60) + rng.uniform(-mm(5), mm(5))
    ys = [mm(40), mm(40) + h + mm(14)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(205, 205, 202), outline=(110, 110, 110), width=2)
    y = ys[0]
    lab, val = font("hei", 25), font("hei", 31)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(6)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　 民族 汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(5), ty, label, lab, fill=(70, 70, 70))
        s.text(x + mm(17), ty - 2, value, val)
        ty += mm(7.5)
    s.text(x + mm(5), ty, "住址", lab, fill=(70, 70, 70))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(17), ty - 2, p.address[k:k + 12], val)
        ty += mm(5.4)
    s.text(x + mm(5), y + h - mm(9), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(27), y + h - mm(10), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(27), y + mm(7), x + w - mm(5), y + mm(36)), fill=(130, 130, 130))
    y = ys[1]
    s.text(x + mm(28), y + mm(8), "中华人民共和国", font("hei", 38))
    s.text(x + mm(22), y + mm(19), "居民身份证", font("hei", 56), spacing=12)
    office = "乐山市公安局市中区分局" if p.id_number.startswith("5111") else "峨眉山市公安局"
    if p.id_number.startswith("511181"):
        office = "峨眉山市公安局"
    s.text(x + mm(8), y + h - mm(17), f"签发机关  {office}", lab)
    start = rng.randint(2013, 2021)
    s.text(x + mm(8), y + h - mm(10), f"有效期限  {start}.0{rng.randint(1, 9)}.2{rng.randint(0, 8)}-{start + 20}.0"
           f"{rng.randint(1, 9)}.2{rng.randint(0, 8)}", lab)
    hand(s, mm(30), ys[1] + h + mm(24), "此复印件仅供市中区法院执行案件使用，再复印无效", rng, size=46, ink=INK)
    hand(s, mm(120), ys[1] + h + mm(44), p.name, rng, size=56, ink=INK)
    return [s]


def _licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本）photocopy with the 法定代表人（负责人）身份证明书 typed under it."""
    s = Leaf()
    coop = p.name.endswith("合作社")
    border = (120, 100, 70)
    x0, y0, x1, y1 = mm(16), mm(16), s.width - mm(16), mm(168)
    s.box(x0, y0, x1, y1, width=7, outline=border)
    s.centred(y0 + mm(9), "营业执照", font("serif_bold", 88), spacing=50)
    s.centred(y0 + mm(28), "（副本）", font("serif", 34))
    f = font("serif", 32)
    s.text(x0 + mm(8), y0 + mm(40), f"统一社会信用代码　{p.id_number}", f)
    scope = ("肉牛养殖、销售；组织收购、销售成员的牛肉产品" if coop else
             "采砂（凭许可经营）；砂石销售；水上货物运输" if "砂石" in p.name else "餐饮服务；食品销售；餐饮管理")
    rows = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("经营范围", scope),
            ("成立日期", f"{rng.randint(2011, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(52)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        for k, part in enumerate(wrap(value, f, x1 - x0 - mm(56))):
            s.text(x0 + mm(44), ty + k * mm(7), part, f)
        ty += mm(7) * max(1, len(wrap(value, f, x1 - x0 - mm(56)))) + mm(4)
    reg = "沐川县市场监督管理局" if coop else "乐山市市中区市场监督管理局"
    s.text(x1 - mm(86), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(44), y1 - mm(26), reg, rng, radius=mm(17))
    s.text(x1 - mm(90), y1 - mm(14), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    y = y1 + mm(14)
    s.centred(y, "法定代表人身份证明书", font("hei", 50), spacing=4)
    run = Pages(s.size, font("serif", 38), left=mm(24), right=mm(22), top=mm(24), bottom=mm(20), lead=66, y=y + mm(16),
                first=s)
    run.put("p", f"{p.legal_rep}在我{'社' if coop else '公司'}任{'理事长（法定代表人）' if coop else '法定代表人'}，特此证明。")
    s.right(s.width - mm(30), run.y + 60, num_date(c.filed_on - timedelta(days=rng.randint(1, 9))), font("serif", 38))
    seal(s, s.width - mm(56), run.y + 50, p.name, rng, radius=mm(18))
    hand(s, mm(28), s.height - mm(30), "与原件核对无误", rng, size=48, ink=INK)
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """四川省政府非税收入一般缴款书: a half-sheet slip printed in brown, the 联次 printed down the right edge."""
    s = Leaf(size=A5L, vertical_label=True)
    brown = (140, 70, 40)
    f = font("song_gb", 26)
    s.centred(mm(10), "四川省政府非税收入一般缴款书", font("song_gb", 44), fill=brown, spacing=2)
    s.text(mm(10), mm(22), f"执收单位编码：511102018　　票号：{rng.randint(10**9, 10**10 - 1)}　　填制日期："
                          f"{c.filed_on:%Y年%m月%d日}", f, fill=brown)
    fee: Decimal = c.extra["fee"]
    rows = [["付款人", c.applicant.name, "收款人", "乐山市市中区财政局"], ["项目名称", "申请执行费", "执收单位", COURT],
            ["案号", c.number, "金额", f"¥{fee:,.2f}"], ["金额（大写）", money_caps(fee)],
            ["代收银行", "中国建设银行乐山分行", "缴款码", f"{rng.randint(10**11, 10**12 - 1)}"]]
    w = s.width - mm(32)
    frame(s, mm(10), mm(30), [mm(26), mm(58), mm(24), w - mm(108)], rows, f, heights=mm(13), labels=(0, 2))
    s.text(mm(10), mm(102), f"执收单位（盖章）　　　经办人：{person_name(rng)}", f, fill=brown)
    seal(s, mm(130), mm(110), "中国建设银行乐山分行", rng, radius=mm(14), inner="收讫")
    vertical(s, s.width - mm(14), mm(20), "第二联缴款人收据", font("song_gb", 30), fill=brown, step=40)
    return [s]


def _centre_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 诉讼服务中心's printed forms, sans-serif, filled in by the party in black gel pen."""
    a, r = c.applicant, c.respondent
    small = code == "payment_account_confirmation"
    s = Leaf(size=A5 if small else A4)
    left, right, top, _bottom = margins(s)
    k = s.width / A4[0]
    sans = font("microhei", int(34 * k))
    s.text(left, top - mm(12 * k), "乐山市市中区人民法院诉讼服务中心", font("microhei", int(28 * k)))
    tale = str(c.extra["tale"])
    who = a.legal_rep if a.kind == "organisation" else a.name
    if code == "payment_account_confirmation":
        title = "执行案款收款账户确认书"
        rows = [("案号", c.number), ("收款人", a.name), ("开户行", str(c.extra["in_bank"])), ("账号", str(c.extra["in_acct"])),
                ("手机", a.phone)]
        note = "本人确认以上账户为本案执行款的收款账户，因信息有误造成的损失由本人承担。"
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent),
                ("手机号码", c.agent_phone), ("是否同意电子送达", f"同意，短信发送至{c.agent_phone}")]
        note = ("告知：受送达人提供的送达地址不准确、变更未及时告知或拒不提供的，导致文书未能被实际接收的，文书退回之日"
                "视为送达之日。")
        who = c.agent
    elif code == "property_clue_form":
        title = "被执行人财产线索表"
        clue = {"beef": f"{c.extra.get('r_bank', '')}账户{c.extra.get('r_acct', '')}；各门店微信、支付宝收款",
                "sand": f"安谷镇砂石堆场砂石、装载机两台；{c.extra.get('boat', '')}以外的采砂船一艘",
                "tea": f"“{c.extra.get('shop', '')}”门店收入；冷柜、桌椅；本人微信收款码"}[tale]
        rows = [("案号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("地址", r.address), ("财产线索", clue),
                ("来源", "申请人自行了解")]
        note = "申请执行人应如实提供财产线索，提供虚假线索的，依法承担法律责任。"
    else:
        title = "财产申报表"
        rows = [("案号", c.number), ("申报人", r.name), ("存款", "建行、农行账户，余额不多" if tale != "sand" else "无"),
                ("房产", "无"), ("车辆", "无" if tale != "beef" else "面包车一辆（已抵押）"),
                ("收入", "门店营业收入" if tale != "sand" else "公司已停业，无收入"), ("其他", "无")]
        note = "申报人保证申报内容真实完整，如有隐瞒或虚假申报，愿承担法律责任。"
        who = r.legal_rep if r.kind == "organisation" else r.name
    y = top + mm(6 * k)
    s.centred(y, title, font("microhei", int(54 * k)), spacing=int(6 * k))
    y += 110 * k
    w = s.width - left - right
    boxes = frame(s, left, y, [mm(36 * k), w - mm(36 * k)], [[lab, ""] for lab, _v in rows], sans,
                  heights=[mm((22 if len(v) > 20 else 14) * k) for _l, v in rows], labels=(0,))
    cells = [b for b in boxes if b[0] > left + 5]
    for (_lab, value), b in zip(rows, cells, strict=True):
        ballpoint(s, b[0] + mm(3), b[1] + mm(3 * k), value, rng, size=int(38 * k), per_line=21, lead=mm(7 * k),
                  ink=(18, 18, 24))
    y = boxes[-1][3] + 30 * k
    for part in wrap(note, font("microhei", int(28 * k)), w):
        s.text(left, y, part, font("microhei", int(28 * k)))
        y += 44 * k
    y += 40 * k
    s.text(s.width - right - mm(90 * k), y, "签名（盖章）：", sans)
    ballpoint(s, s.width - right - mm(40 * k), y - 6, who, rng, size=int(50 * k), ink=(18, 18, 24))
    ballpoint(s, s.width - right - mm(70 * k), y + 80 * k, num_date(d), rng, size=int(40 * k), ink=(18, 18, 24))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 printout, printed landscape: a header block and one wide table in a monospaced face."""
    r = c.respondent
    s = Leaf(size=A4L)
    mono = font("mono", 26)
    s.text(mm(14), mm(12), "全国法院网络执行查控系统  查询结果反馈", font("sans_bold", 42))
    s.text(mm(14), mm(24), f"案号:{c.number}   被查询人:{r.name}   证照号码:{r.id_number}   承办人:{c.officer}", mono)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("乐山市商业银行", "存款"), ("四川农信", "存款"),
             ("招商银行", "存款"), ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部交管局", "车辆"),
             ("自然资源部", "不动产"), ("中国结算", "证券"), ("交通运输部海事局", "船舶"), ("市场监管总局", "股权")]
    found = c.extra["tale"] != "sand"
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "冻结/控制情况", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if c.extra["tale"] == "beef" and unit == "中国农业银行":
            res = f"账户{c.extra['r_acct']} 余额{(c.amount * Decimal('1.12')):,.2f}"
            ctl = "可冻结"
        elif c.extra["tale"] == "sand" and kind == "存款" and i == 3:
            res = f"余额{rng.randint(200, 900)}.{rng.randint(10, 99)}"
            ctl = "已冻结划拨"
        elif found and kind == "网络资金":
            res = f"余额{rng.randint(30, 2400)}.{rng.randint(10, 99)}"
            ctl = "—"
        elif kind == "船舶" and c.extra["tale"] == "sand":
            res = "无登记船舶（已注销）"
            ctl = "—"
        else:
            res = "未查询到财产信息"
            ctl = "—"
        rows.append([str(i), unit, kind, res, ctl, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    frame(s, mm(14), mm(34), [mm(16), mm(52), mm(28), mm(100), mm(38), mm(35)], rows, mono, heights=mm(8.6),
          labels=())
    s.text(mm(14), s.height - mm(14), f"打印人:{c.clerk}  打印时间:{d + timedelta(days=3):%Y-%m-%d %H:%M}".replace("00:00",
           f"16:{rng.randint(10, 59)}"), mono)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 typed by the applicant's lawyer in 宋 with article numbers; both sign, the officer notes the payment."""
    a, r = c.applicant, c.respondent
    s = Leaf()
    s.centred(mm(26), "执行和解协议", font("serif_bold", 70), spacing=12)
    f = font("song_gb", 41)
    run = Pages(s.size, f, left=mm(26), right=mm(25), top=mm(25), bottom=mm(25), lead=74, y=mm(46), first=s)
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    what = "牛肉货款" if c.extra["tale"] == "beef" else "借款本金"
    for kind, text in [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"{c.number}案执行中，经{COURT}执行人员主持，甲乙双方自愿达成如下和解："),
        ("p", f"一、乙方确认欠甲方{what}{c.amount:,.2f}元，甲方同意免除迟延履行期间的债务利息；"),
        ("p", f"二、乙方于本协议签订当日支付{first:,.2f}元，余款{c.amount - first:,.2f}元于{num_date(c.extra['pay_day'])}前"
              "付清，均汇入法院执行款专户；"),
        ("p", "三、乙方付清后，本案执行完毕，法院解除对乙方的冻结措施；乙方不按期履行的，甲方可申请恢复执行原生效法律文书；"),
        ("p", "四、本协议一式三份，双方各执一份，交法院存卷一份。"),
    ]:
        run.put(kind, text)
    y = run.y + 70
    s.text(mm(26), y, "甲方：", f)
    s.text(s.width / 2 + mm(8), y, "乙方：", f)
    hand(s, mm(50), y - 6, a.legal_rep if a.kind == "organisation" else a.name, rng, size=54, ink=INK)
    if a.kind == "organisation":
        seal(s, mm(76), y + 30, a.name, rng, radius=mm(18))
    hand(s, s.width / 2 + mm(32), y - 6, r.legal_rep if r.kind == "organisation" else r.name, rng, size=54, ink=INK)
    if r.kind == "organisation":
        seal(s, s.width / 2 + mm(58), y + 30, r.name, rng, radius=mm(18))
    s.text(mm(26), y + 130, f"签订日期：{num_date(d)}", f)
    ballpoint(s, mm(26), y + 240, f"乙方已于{c.extra['pay_day'].month}月{c.extra['pay_day'].day}日付清。{c.officer}", rng,
              size=42)
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A bank's 业务回单 for the money paid out of the court's account, printed on a half sheet."""
    s = Leaf(size=A5L)
    blue = (40, 70, 140)
    f = font("sans", 26)
    s.text(mm(10), mm(8), "中国建设银行　单位客户专用回单", font("sans_bold", 40), fill=blue)
    paid = c.extra["pay_day"] + timedelta(days=2)
    s.text(mm(10), mm(20), f"币别：人民币　　日期：{paid:%Y年%m月%d日}　　凭证号：{rng.randint(10**11, 10**12 - 1)}", f)
    rows = [["付款人", f"{COURT}（执行款专户）", "收款人", c.applicant.name],
            ["账号", str(c.extra["court_acct"]), "账号", str(c.extra["in_acct"])],
            ["开户行", "中国建设银行乐山分行", "开户行", str(c.extra["in_bank"])],
            ["金额", f"¥{c.amount:,.2f}（{money_caps(c.amount)}）"], ["用途", f"{c.number}执行案款发放"]]
    w = s.width - mm(20)
    frame(s, mm(10), mm(28), [mm(20), mm(74), mm(20), w - mm(114)], rows, f, heights=mm(13), labels=(0, 2))
    s.text(mm(10), mm(102), f"打印次数：1　　交易流水号：{paid:%Y%m%d}{rng.randint(10**8, 10**9 - 1)}", f)
    seal(s, s.width - mm(36), mm(114), "中国建设银行乐山分行", rng, radius=mm(15), inner="业务专用章")
    return [s]
