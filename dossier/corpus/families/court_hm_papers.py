"""What 宁江法院执行局 receives, each in its maker's hand: the 前郭尔罗斯蒙古族自治县人民法院's 民事判决书 and 生效证明书
(GB 宋 on an old template, ○ for 〇, bare "-n-" folios, the red 本件与原本核对无异 stamp), this court's civil division's
judgment in 明体, the 松原仲裁委员会's 裁决书 under a red letterhead in GB 楷 with "第n页/共m页", the lawyers' papers on
the firm's 信笺 in 微米黑 (a rule under the firm's name, its address at the foot), the firm's red-headed 函, the
window's pre-printed forms filled by hand, ID card and licence copies, the green 吉林省非税收入一般缴款书, the 查控
system's monospaced printout, the parties' own settlement with red thumbprints, and bank slips."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_hm_kit import (
    COURT,
    LEFT,
    PEN,
    RIGHT,
    Press,
    folios,
    form_head,
    grid,
    mark_loose,
    pen,
    red_stamp,
    thumbprint,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
QIANGUO = "前郭尔罗斯蒙古族自治县人民法院"
ARB = "松原仲裁委员会"
GREEN = (30, 115, 80)
BLACK_PEN = (30, 30, 34)


def gb(s: str) -> str:
    """The GB 2312 faces have no 〇: the typist's ○."""
    return s.replace("〇", "○")


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hm import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _award(c, rng, d) if t == "oil" else _judgment(c, rng, d)
    if code == "effectiveness_certificate":
        return _arb_certificate(c, rng, d) if t == "oil" else _certificate(c, rng, d)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return [_licence_card(c, rng)]
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return [_id_copy(p, c, rng)] if p.kind == "person" else [_business_licence(p, c, rng)]
    if code == "fee_receipt":
        return [_non_tax(c, rng, d)]
    if code == "property_clue_form":
        return [_clues(c, rng, d)]
    if code == "payment_account_confirmation":
        return [_account(c, rng, d)]
    if code == "service_address_confirmation":
        return [_address(c, rng, d)]
    if code == "property_declaration_form":
        return [_declaration(c, rng, d)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _slips(c, rng)
    raise KeyError(code)


# ---- other tribunals -------------------------------------------------------------------------------------------

def _judgment(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A 民事判决书: the 前郭 court's (GB 宋, ○, "-n-") or this court's civil division's (明体, 第n页共m页)."""
    corn = c.extra["tale"] == "corn"
    court = QIANGUO if corn else COURT
    face = "song_gb" if corn else "ming"
    fix = gb if corn else (lambda s: s)
    a, r = c.applicant, c.respondent
    judge = str(c.extra["judge_civil"])
    clerk = person_name(rng)
    if corn:
        goods = f"玉米{c.extra['tons']}吨"
        story = [f"原告{a.name}系{QIANGUO[:-6]}从事玉米收购的粮食经纪人。{num_date(d.replace(year=d.year - 1, month=10, day=20))}至"
                 f"{num_date(d.replace(year=d.year - 1, month=12, day=15))}，原告分批向被告交付玉米共计{c.extra['tons']}吨，双方按每吨"
                 f"{int(c.amount / c.extra['tons'])}元左右结算，被告出具了收粮过磅单及欠条，载明欠原告玉米款{money(c.amount)}。",
                 "原告多次催要，被告以资金周转困难为由拖欠至今。"]
    else:
        goods = f"冬捕鲜鱼{c.extra['jin']}斤"
        story = [f"原告系查干湖冬捕的渔业专业合作社。{num_date(d.replace(year=d.year - 1, month=12, day=28))}至次年一月，被告经营的"
                 f"“{c.extra['shop']}”多次从原告处购进冬捕胖头鱼（鳙鱼）等鲜鱼，共计{c.extra['jin']}斤，货款{money(c.amount)}，"
                 "被告法定代表人在送货单上签字确认，约定春节后结清。", "被告至今未付款。"]
    blocks = [("h", f"原告：{a.name}，" + (f"{a.sex}，{num_date(a.born or date(1970, 1, 1))}出生，汉族，住{a.address}。" if a.kind == "person"
                                        else f"住所地{a.address}。")),
              *([("h", f"法定代表人：{a.legal_rep}，理事长。")] if a.kind == "organisation" else []),
              ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
              ("h", f"被告：{r.name}，住所地{r.address}。"), ("h", f"法定代表人：{r.legal_rep}，执行董事。"),
              ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{num_date(d - timedelta(days=70))}立案后，依法适用简易程序，"
                    "公开开庭进行了审理。原告的委托诉讼代理人到庭参加诉讼，被告经传票传唤未到庭。本案现已审理终结。"),
              ("p", f"{a.name}向本院提出诉讼请求：1.判令被告给付货款{money(c.amount)}及逾期付款利息；2.诉讼费由被告负担。事实和理由：" + "".join(story)),
              ("p", "被告未答辩，亦未提交证据。"),
              ("p", f"本院经审理认定事实如下：原告向被告交付{goods}，被告已经收货，尚欠货款{money(c.amount)}未付。上述事实，"
                    "有过磅单（送货单）、欠条及原告陈述在卷为证。"),
              ("p", "本院认为，原、被告之间的买卖合同关系合法有效。原告已履行交货义务，被告应当按约支付价款。依照《中华人民共和国"
                    "民法典》第五百零九条、第六百二十六条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下："),
              ("p", f"一、被告{r.name}于本判决生效之日起十日内给付原告{a.name}货款{money(c.amount)}；"),
              ("p", "二、驳回原告的其他诉讼请求。"),
              ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                    "加倍支付迟延履行期间的债务利息。"),
              ("p", f"案件受理费{int(c.amount) // 200 + 25}元，减半收取，由被告负担。"),
              ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于吉林省"
                    "松原市中级人民法院。")]
    pr = Press(left=mm(27), right=mm(24), top=mm(28))
    s = pr.s
    s.centred(pr.y, fix(court), font("serif_bold", 58), spacing=mm(1.2))
    pr.y += mm(15)
    s.centred(pr.y, "民 事 判 决 书", font("serif_bold", 78), spacing=mm(2))
    pr.y += mm(19)
    s.right(s.width - pr.right, pr.y, fix(c.basis_number), font(face, 40))
    pr.y += mm(13)
    f = font(face, 42)
    lead = f.size * 1.8
    for kind, text in blocks:
        pr.para(fix(text), f, lead=lead, first=f.size * 2 if kind == "p" else 0.0, hang=0.0)
    pr.need(lead * 6)
    last = pr.s
    x = last.width - pr.right - mm(64)
    y = pr.y + lead * 0.6
    last.text(x, y, "审　判　员", f)
    last.text(x + mm(36), y, judge, f)
    when = fix(cn_date(d))
    last.text(last.width - pr.right - text_width(when, f) - mm(6), y + lead * 1.5, when, f)
    seal(last, last.width - pr.right - mm(40), y + lead * 1.3, fix(court), rng, radius=mm(21))
    last.text(x, y + lead * 3, "书　记　员", f)
    last.text(x + mm(36), y + lead * 3, clerk, f)
    red_stamp(last, pr.left, y + lead * 1.2, ["本件与原本核对无异"], rng)
    return folios(pr.sheets, font(face, 32), style="bare" if corn else "court")


def _certificate(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 前郭 court's 生效证明书: a small form it hands the party with the judgment."""
    s = Sheet()
    f = font("song_gb", 44)
    s.centred(mm(40), gb(QIANGUO), font("serif_bold", 58), spacing=mm(1))
    s.centred(mm(58), "生 效 证 明 书", font("serif_bold", 80), spacing=mm(3))
    s.right(s.width - RIGHT, mm(80), gb(c.basis_number), f)
    y = float(mm(98))
    text = (f"本院受理原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，于{num_date(c.basis_effective - timedelta(days=18))}"
            f"作出的{c.basis_number}民事判决书，已于{num_date(c.basis_effective)}送达双方当事人，双方当事人在法定期限内均未提起上诉，"
            f"该判决已于{num_date(c.basis_effective)}发生法律效力。")
    for k, part in enumerate(wrap(gb(text), f, s.width - LEFT - RIGHT, indent=f.size * 2)):
        s.text(LEFT + (f.size * 2 if k == 0 else 0), y, part, f)
        y += f.size * 1.9
    s.text(LEFT + f.size * 2, y, "特此证明。", f)
    y += f.size * 4
    when = gb(cn_date(d))
    s.right(s.width - RIGHT - mm(8), y, when, f)
    seal(s, s.width - RIGHT - mm(38), y + mm(3), gb(QIANGUO), rng, radius=mm(21))
    s.text(LEFT, s.height - mm(50), gb("（本证明仅供申请强制执行使用）"), font("song_gb", 34))
    return [s]


def _award(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 松原仲裁委员会's 裁决书: red name and double rule, GB 楷 body, 第n页/共m页."""
    a, r = c.applicant, c.respondent
    chief, arb1, arb2, secretary = person_name(rng), person_name(rng), person_name(rng), person_name(rng)
    n = c.extra["invoices"]
    blocks = [("p", f"申请人：{a.name}，住所地{a.address}。"), ("p", f"法定代表人：{a.legal_rep}，总经理。"),
              ("p", f"委托代理人：{c.agent}，{c.firm}律师。"),
              ("p", f"被申请人：{r.name}，住所地{r.address}。"), ("p", f"法定代表人：{r.legal_rep}，经理。"),
              ("i", f"本会根据申请人与被申请人签订的《油田物资供货合同》中的仲裁条款和申请人的仲裁申请，于{num_date(d - timedelta(days=75))}"
                    f"受理了申请人与被申请人之间的买卖合同纠纷案。本会依照《松原仲裁委员会仲裁规则》组成仲裁庭，于"
                    f"{num_date(d - timedelta(days=30))}开庭审理，被申请人经书面通知无正当理由未到庭，仲裁庭依法缺席审理。本案现已审理终结。"),
              ("c", "一、仲裁请求和事实"),
              ("i", f"申请人称：申请人依约向被申请人供应抽油杆、油管、抽油泵等油田物资，被申请人用于其承揽的修井、作业项目。"
                    f"申请人已开具增值税专用发票{n}张，价税合计{money(c.amount)}，被申请人收票后至今未付款。请求裁决被申请人支付"
                    "货款及逾期付款违约金，并承担本案仲裁费用。"),
              ("c", "二、仲裁庭意见"),
              ("i", f"仲裁庭认为，双方签订的供货合同合法有效。申请人提交的合同、出库单、被申请人签收的送货单及{n}张增值税专用发票"
                    "能够相互印证，被申请人收货收票后未按约付款，构成违约，应当承担支付货款的责任。"),
              ("c", "三、裁决"),
              ("i", "依照《中华人民共和国民法典》第五百七十七条、第六百二十六条，《中华人民共和国仲裁法》第四十二条、第五十四条"
                    "之规定，裁决如下："),
              ("i", f"（一）被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付货款{money(c.amount)}；"),
              ("i", "（二）驳回申请人的其他仲裁请求；"),
              ("i", f"（三）本案仲裁费人民币{int(c.amount) // 100 + 300}元，由被申请人负担。"),
              ("i", "本裁决为终局裁决，自作出之日起发生法律效力。")]
    pr = Press(left=mm(28), right=mm(26), top=mm(26))
    s = pr.s
    s.centred(pr.y, ARB, font("serif_bold", 82), spacing=mm(4), fill=RED)
    pr.y += mm(22)
    s.line(pr.left, pr.y, s.width - pr.right, pr.y, width=6, fill=RED)
    s.line(pr.left, pr.y + mm(1.4), s.width - pr.right, pr.y + mm(1.4), width=2, fill=RED)
    pr.y += mm(10)
    s.centred(pr.y, "裁　决　书", font("kai_gb", 84), spacing=mm(3))
    pr.y += mm(20)
    s.right(s.width - pr.right, pr.y, gb(c.basis_number), font("kai_gb", 42))
    pr.y += mm(13)
    f = font("kai_gb", 44)
    lead = f.size * 1.75
    for kind, text in blocks:
        if kind == "c":
            pr.line(text, font("hei", 42), lead=lead, align="centre")
        else:
            pr.para(gb(text), f, lead=lead, first=f.size * 2 if kind == "i" else 0.0)
    pr.need(lead * 7)
    last = pr.s
    x = last.width - pr.right - mm(72)
    y = pr.y + lead * 0.5
    for role, name in (("首席仲裁员", chief), ("仲　裁　员", arb1), ("仲　裁　员", arb2)):
        last.text(x, y, role, f)
        last.text(x + mm(44), y, name, f)
        y += lead
    when = gb(cn_date(d))
    last.text(last.width - pr.right - text_width(when, f) - mm(6), y + lead * 0.4, when, f)
    seal(last, last.width - pr.right - mm(36), y + lead * 0.3, ARB, rng, radius=mm(21))
    last.text(x, y + lead * 1.8, "秘　　　书", f)
    last.text(x + mm(44), y + lead * 1.8, secretary, f)
    return folios(pr.sheets, font("kai_gb", 32), style="slash")


def _arb_certificate(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), ARB, font("serif_bold", 76), spacing=mm(4), fill=RED)
    s.line(LEFT, mm(50), s.width - RIGHT, mm(50), width=6, fill=RED)
    s.centred(mm(64), "裁决书生效证明", font("kai_gb", 78), spacing=mm(1.5))
    f = font("kai_gb", 46)
    s.right(s.width - RIGHT, mm(84), gb(c.basis_number.replace("号", "号-1")), font("kai_gb", 38))
    y = float(mm(104))
    s.text(LEFT, y, f"{COURT}：", f)
    y += f.size * 2
    text = (f"申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会于{num_date(c.basis_effective)}作出"
            f"{c.basis_number}裁决书，该裁决为终局裁决，自作出之日起发生法律效力，并已于{num_date(c.basis_effective + timedelta(days=1))}"
            "依法送达双方当事人。")
    for k, part in enumerate(wrap(gb(text), f, s.width - LEFT - RIGHT, indent=f.size * 2)):
        s.text(LEFT + (f.size * 2 if k == 0 else 0), y, part, f)
        y += f.size * 1.8
    s.text(LEFT + f.size * 2, y, "特此证明。", f)
    y += f.size * 4
    when = gb(cn_date(d))
    s.right(s.width - RIGHT - mm(10), y, when, f)
    seal(s, s.width - RIGHT - mm(40), y + mm(2), ARB, rng, radius=mm(21))
    s.text(LEFT, y + mm(30), f"经办人：{person_name(rng)}　　联系电话：0438-{rng.randint(2100000, 2199999)}", font("kai_gb", 36))
    return [s]


# ---- the lawyers ----------------------------------------------------------------------------------------------

def _letterpaper(c: CaseCtx) -> Press:
    """The firm's 信笺: its name small at the top left over a thin rule, its address at the foot."""
    pr = Press(left=mm(25), right=mm(25), top=mm(34), foot=mm(34))
    _stationery(pr.s, c)
    return pr


def _stationery(s: Sheet, c: CaseCtx) -> None:
    f = font("microhei", 34)
    s.text(mm(25), mm(14), c.firm, font("microhei", 40))
    s.right(s.width - mm(25), mm(16), "JILIN LAW FIRM", f)
    s.line(mm(25), mm(24), s.width - mm(25), mm(24), width=3)
    s.line(mm(25), s.height - mm(22), s.width - mm(25), s.height - mm(22), width=1)
    s.centred(s.height - mm(19), f"地址：{c.extra['firm_addr']}　电话：0438-{int(str(c.extra['licence'])[-7:]) % 900000 + 2100000}",
              font("microhei", 28))


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    pr = _letterpaper(c)
    f = font("microhei", 40)
    lead = f.size * 1.8
    pr.line("强制执行申请书", font("sans_bold", 68), lead=mm(20), align="centre", spacing=mm(2))
    who = (f"申请执行人：{a.name}，{a.sex}，{num_date(a.born or date(1970, 1, 1))}出生，汉族，住{a.address}，公民身份号码{a.id_number}，"
           f"电话{a.phone}。" if a.kind == "person" else
           f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。")
    paras = [("f", who)]
    if a.kind == "organisation":
        paras.append(("f", f"{'理事长' if '合作社' in a.name else '法定代表人'}：{a.legal_rep}，电话{a.phone}。"))
    basis = "裁决书" if c.extra["tale"] == "oil" else "民事判决书"
    paras += [("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
              ("f", f"法定代表人：{r.legal_rep}。"), ("h", "执行请求："),
              ("p", f"一、依法强制执行{c.basis_court}{c.basis_number}{basis}，责令被执行人给付申请执行人{money(c.amount)}；"),
              ("p", "二、责令被执行人加倍支付迟延履行期间的债务利息；"),
              ("p", "三、被执行人不履行的，请求依法对其采取限制消费措施，并将其纳入失信被执行人名单；"),
              ("p", "四、本案执行费用由被执行人负担。"), ("h", "事实与理由："),
              ("p", f"申请执行人与被执行人买卖合同纠纷一案，{c.basis_court}作出的{c.basis_number}{basis}已于"
                    f"{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行上述法律文书确定的给付义务。"),
              ("p", "为维护申请执行人的合法权益，依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"
                    "被执行人的财产线索详见所附财产线索表。")]
    for kind, text in paras:
        if kind == "h":
            pr.line(text, font("sans_bold", 40), lead=lead)
        else:
            pr.para(text, f, lead=lead, first=f.size * 2 if kind == "p" else 0.0)
    pr.need(lead * 7)
    s = pr.s
    y = pr.y + lead * 0.3
    s.text(pr.left + f.size * 2, y, "此致", f)
    s.text(pr.left, y + lead, COURT, f)
    y += lead * 2.6
    x = s.width - pr.right - mm(88)
    s.text(x, y, "申请执行人：", f)
    if a.kind == "person":
        pen(s, x + f.getlength("申请执行人："), y - mm(2), a.name, rng, size=54, ink=BLACK_PEN)
        thumbprint(s, x + f.getlength("申请执行人：") + mm(12), y + mm(4), rng)
    else:
        s.text(x + f.getlength("申请执行人："), y, "（盖章）", f)
        seal(s, x + mm(50), y + mm(2), a.name, rng, radius=mm(19))
    pen(s, x + mm(14), y + lead * 1.3, num_date(d), rng, size=44, ink=BLACK_PEN)
    return folios(pr.sheets, font("microhei", 30), style="slash")


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The firm's printed 授权委托书 with its blanks filled in by hand."""
    s = Sheet()
    _stationery(s, c)
    a = c.applicant
    s.centred(mm(36), "授 权 委 托 书", font("sans_bold", 72), spacing=mm(2))
    f = font("microhei", 40)
    y = float(mm(60))
    rows = [("委托人：", a.name), ("住所地（住址）：", a.address), ("受托人：", f"{c.agent}　{c.firm}律师"),
            ("联系电话：", c.agent_phone)]
    for label, value in rows:
        s.text(mm(25), y, label, f)
        x = mm(25) + f.getlength(label)
        s.line(x, y + f.size * 1.2, s.width - mm(25), y + f.size * 1.2, width=1)
        pen(s, x + mm(3), y - mm(2), value, rng, size=40 if len(value) < 24 else 34, ink=BLACK_PEN)
        y += mm(13)
    y += mm(4)
    text = (f"现委托上列受托人在委托人申请执行{c.respondent.name}买卖合同纠纷一案中，作为委托人的代理人。代理权限为：特别授权，"
            "包括代为申请执行、提供财产线索、申请采取强制执行措施、参加约谈和听证、代为和解、代为签收法律文书、代为领取执行款物。")
    for k, part in enumerate(wrap(text, f, s.width - mm(50), indent=f.size * 2)):
        s.text(mm(25) + (f.size * 2 if k == 0 else 0), y, part, f)
        y += f.size * 1.8
    s.text(mm(25) + f.size * 2, y, "代理期限：自签署之日起至本案执行终结时止。", f)
    y += mm(30)
    x = s.width - mm(110)
    s.text(x, y, "委托人（签名或盖章）：", f)
    if a.kind == "person":
        pen(s, x + mm(20), y + mm(12), a.name, rng, size=56, ink=BLACK_PEN)
        thumbprint(s, x + mm(52), y + mm(16), rng)
    else:
        seal(s, x + mm(40), y + mm(16), a.name, rng, radius=mm(19))
    s.text(x, y + mm(32), "受托人（签名）：", f)
    pen(s, x + mm(58), y + mm(30), c.agent, rng, size=50, ink=BLACK_PEN)
    pen(s, x + mm(14), y + mm(46), num_date(d), rng, size=44, ink=BLACK_PEN)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(26), c.firm, font("serif_bold", 78), spacing=mm(2), fill=RED)
    s.line(mm(25), mm(46), s.width - mm(25), mm(46), width=5, fill=RED)
    s.centred(mm(58), "律 师 事 务 所 函", font("sans_bold", 66))
    f = font("microhei", 42)
    s.right(s.width - mm(25), mm(76), f"吉松律执函字〔{d.year}〕第{rng.randint(11, 189)}号", font("microhei", 36))
    y = float(mm(94))
    s.text(mm(25), y, f"{COURT}：", f)
    y += mm(14)
    for text in (f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}买卖合同纠纷一案的代理人。",
                 "特此函告，请予接洽。", "附：授权委托书一份、律师执业证复印件一份。"):
        for k, part in enumerate(wrap(text, f, s.width - mm(50), indent=f.size * 2)):
            s.text(mm(25) + (f.size * 2 if k == 0 else 0), y, part, f)
            y += f.size * 1.8
    y += mm(24)
    s.right(s.width - mm(35), y, c.firm, f)
    when = cn_date(d)
    s.right(s.width - mm(35), y + mm(13), when, f)
    seal(s, s.width - mm(35) - text_width(when, f) / 2, y + mm(6), c.firm, rng, radius=mm(20))
    s.text(mm(25), s.height - mm(48), f"律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("microhei", 32))
    return [s]


def _licence_card(c: CaseCtx, rng: random.Random) -> Sheet:
    """A photocopy of the 律师执业证's information page, on a loose half sheet, the firm's copy stamp on it."""
    s = Sheet(size=(mm(210), mm(148)), paper=(246, 246, 244))
    x0, y0 = mm(30), mm(20)
    w, h = mm(150), mm(100)
    s.box(x0, y0, x0 + w, y0 + h, width=3)
    s.image.paste((205, 205, 205), (int(x0 + mm(8)), int(y0 + mm(14)), int(x0 + mm(38)), int(y0 + mm(54))))
    s.text(x0 + mm(14), y0 + mm(30), "照片", font("sans", 34))
    s.centred(y0 + mm(4), "中华人民共和国律师执业证", font("serif_bold", 44), x0=x0, x1=x0 + w)
    f = font("serif", 32)
    rows = [("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", str(c.extra["licence"])), ("法律职业资格证号", f"A2011{c.extra['licence'][-9:]}"),
            ("持证人", c.agent), ("性别", "男" if sum(map(ord, c.agent)) % 2 else "女"), ("发证机关", "吉林省司法厅"),
            ("发证日期", f"{2010 + int(c.extra['licence'][7:9]) % 12}年{3 + int(c.extra['licence'][-1])}月")]
    y = y0 + mm(15)
    for label, value in rows:
        s.text(x0 + mm(44), y, f"{label}：{value}", f)
        y += mm(10)
    red_stamp(s, x0 + mm(80), y0 + h + mm(6), ["与原件核对一致", c.firm], rng, size=28)
    return mark_loose(s)


# ---- parties' and others' papers ----------------------------------------------------------------------------------

def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """Both faces of the resident ID card photocopied on one loose sheet, 'copy for the court only' by hand."""
    s = Sheet(paper=(248, 248, 246))
    cw, ch = mm(86), mm(54)
    x0 = (s.width - cw) / 2
    for k, y0 in enumerate((mm(50), mm(125))):
        s.draw.rounded_rectangle((x0, y0, x0 + cw, y0 + ch), radius=mm(4), outline=(90, 90, 90), width=3,
                                 fill=(226, 226, 222))
        if k == 0:
            f = font("hei", 30)
            s.image.paste((170, 170, 170), (int(x0 + cw - mm(30)), int(y0 + mm(8)), int(x0 + cw - mm(5)), int(y0 + mm(40))))
            born = p.born or date(1970, 1, 1)
            lines = [f"姓名　{p.name}", f"性别　{p.sex}　民族　汉", f"出生　{born.year}年{born.month}月{born.day}日", "住址"]
            y = y0 + mm(6)
            for line in lines:
                s.text(x0 + mm(5), y, line, f)
                y += mm(7)
            for part in wrap(p.address, font("hei", 26), mm(48)):
                s.text(x0 + mm(16), y - mm(6.5), part, font("hei", 26))
                y += mm(5)
            s.text(x0 + mm(5), y0 + ch - mm(9), f"公民身份号码　{p.id_number}", font("hei", 30))
        else:
            s.centred(y0 + mm(14), "中华人民共和国", font("serif_bold", 40), x0=x0, x1=x0 + cw)
            s.centred(y0 + mm(24), "居民身份证", font("serif_bold", 52), x0=x0, x1=x0 + cw)
            s.text(x0 + mm(6), y0 + ch - mm(15), "签发机关　前郭尔罗斯蒙古族自治县公安局", font("hei", 26))
            s.text(x0 + mm(6), y0 + ch - mm(9), f"有效期限　{2016 + rng.randint(0, 6)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期",
                   font("hei", 26))
    pen(s, x0, mm(190), "此复印件仅供宁江区法院执行使用", rng, size=44, ink=BLACK_PEN)
    pen(s, x0 + mm(40), mm(204), p.name, rng, size=52, ink=BLACK_PEN)
    return mark_loose(s)


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """A photocopy of the 营业执照 (副本) — the co-op's says 农民专业合作社 — with the party's seal: 与原件一致."""
    s = Sheet(paper=(250, 250, 248))
    x0, y0, x1, y1 = mm(18), mm(30), s.width - mm(18), mm(230)
    s.box(x0, y0, x1, y1, width=10, outline=(120, 120, 120))
    s.box(x0 + mm(4), y0 + mm(4), x1 - mm(4), y1 - mm(4), width=2, outline=(120, 120, 120))
    s.centred(y0 + mm(14), "营 业 执 照", font("serif_bold", 96), spacing=mm(4))
    s.centred(y0 + mm(36), "（副　本）", font("serif", 40))
    f = font("serif", 34)
    s.text(x0 + mm(12), y0 + mm(50), f"统一社会信用代码　{p.id_number}", f)
    coop = "合作社" in p.name
    rows = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("成员出资总额" if coop else "注册资本", f"{rng.choice([50, 100, 200, 300, 500])}万元"),
            ("成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"), ("住　　所", p.address),
            ("经营范围", "组织成员捕捞、收购、销售淡水鱼，提供冬捕技术服务" if coop else
             ("饲料加工、销售；粮食收购、仓储" if "饲料" in p.name else
              ("石油机械配件、油田物资销售" if "配件" in p.name else ("餐饮服务" if "餐饮" in p.name else "油田修井、作业技术服务"))))]
    y = y0 + mm(64)
    for label, value in rows:
        s.text(x0 + mm(12), y, label, f)
        parts = wrap(value, f, x1 - x0 - mm(70))
        for part in parts:
            s.text(x0 + mm(52), y, part, f)
            y += mm(8.5)
        y += mm(2)
    regis = "前郭尔罗斯蒙古族自治县市场监督管理局" if coop else "松原市宁江区市场监督管理局"
    s.text(x1 - mm(110), y1 - mm(34), f"登记机关　{regis}", font("serif", 30))
    seal(s, x1 - mm(50), y1 - mm(30), regis, rng, radius=mm(18))
    pen(s, mm(24), mm(244), "与原件一致", rng, size=54, ink=BLACK_PEN)
    seal(s, mm(80), mm(252), p.name, rng, radius=mm(19))
    return s


def _form_rows(s: Sheet, y: float, rows: list[tuple[str, str]], rng: random.Random, *, label_w: float,
               heights: Sequence[float], ink: tuple[int, int, int] = PEN) -> float:
    w = s.width - LEFT - RIGHT
    boxes = grid(s, LEFT, y, [label_w, w - label_w], [[label, ""] for label, _ in rows], font("serif", 34), heights=heights)
    right = [b for b in boxes if b[0] > LEFT]
    for (_label, value), b in zip(rows, right, strict=True):
        if value:
            per = max(8, int((b[2] - b[0] - mm(8)) / (38 * 0.98)))
            pen(s, b[0] + mm(3), b[1] + mm(2.5), value, rng, size=38, ink=ink, per_line=per, lead=mm(7.2))
    return boxes[-1][3]


def _clues(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    y = form_head(s, "被执行人财产线索表")
    s.text(LEFT, y - mm(4), "申请执行人（签章）：", font("serif", 34))
    t = c.extra["tale"]
    r = c.respondent
    if t == "corn":
        clues = [("银行账户", f"{c.extra['r_bank']}　账号{c.extra['r_acct']}（基本户）"),
                 ("不动产", f"厂区土地及厂房，位于{r.address}"),
                 ("其他财产", f"厂区内{c.extra['silo']}，仓内存有玉米，约几百吨"), ("车辆", "装载机一台、运粮半挂车一台（号牌不详）")]
    elif t == "oil":
        clues = [("银行账户", "不详"), ("车辆", "修井作业车、罐车三台，号牌" + "、".join(c.extra["trucks"])),
                 ("场站", "宁江区哈达山路附近租用场站一处，停放作业车辆"), ("应收款", "对油田作业区有工程款应收，具体不详")]
    else:
        clues = [("银行账户", f"{c.extra['r_bank']}　账号{c.extra['r_acct']}"), ("经营场所", f"“{c.extra['shop']}”，{r.address}（租赁）"),
                 ("收款码", "店内微信、支付宝收款码，户名为被执行人"), ("车辆", "无")]
    rows = [("被执行人", r.name), *clues, ("线索来源", "申请人掌握" if t != "oil" else "业务往来中得知"), ("提供日期", num_date(d))]
    y = _form_rows(s, y + mm(6), rows, rng, label_w=mm(40), heights=[mm(16)] + [mm(27)] * len(clues) + [mm(16), mm(16)])
    s.text(LEFT, y + mm(5), "注：申请执行人应如实提供线索，法院将在七日内予以核查。", font("serif", 30))
    signer = c.agent
    s.text(s.width - RIGHT - mm(90), y + mm(22), "填表人：", font("serif", 38))
    pen(s, s.width - RIGHT - mm(60), y + mm(20), signer, rng, size=50)
    return s


def _account(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    y = form_head(s, "申请执行人收取案款确认书")
    a = c.applicant
    s.text(LEFT, y - mm(2), f"案号：{c.number}", font("serif", 34))
    rows = [("申请执行人", a.name), ("收款户名", a.name), ("开户银行", str(c.extra["in_bank"])), ("银行账号", str(c.extra["in_acct"])),
            ("联系电话", a.phone), ("确认事项", "")]
    y = _form_rows(s, y + mm(10), rows, rng, label_w=mm(40), heights=[mm(16)] * 5 + [mm(70)])
    f = font("serif", 34)
    ty = y - mm(66)
    for part in wrap("本人（单位）确认上述账户真实有效，本案执行款请划入上述账户；账户信息变更的，本人（单位）将及时书面告知法院，"
                     "因账户信息错误造成的损失由本人（单位）承担。", f, s.width - LEFT - RIGHT - mm(50)):
        s.text(LEFT + mm(44), ty, part, f)
        ty += mm(8)
    s.text(s.width - RIGHT - mm(100), y + mm(14), "申请执行人（签章）：", f)
    if a.kind == "person":
        pen(s, s.width - RIGHT - mm(36), y + mm(12), a.name, rng, size=50, ink=BLACK_PEN)
        thumbprint(s, s.width - RIGHT - mm(20), y + mm(18), rng)
    else:
        seal(s, s.width - RIGHT - mm(30), y + mm(18), a.name, rng, radius=mm(19))
    pen(s, s.width - RIGHT - mm(76), y + mm(30), num_date(d), rng, size=42)
    return s


def _address(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = Sheet()
    y = form_head(s, "送达地址确认书")
    a = c.applicant
    f = font("serif", 32)
    notice = ("告知事项：1.为便于当事人及时收到人民法院诉讼文书，保证执行程序顺利进行，当事人应当如实提供确切的送达地址；"
              "2.确认的送达地址适用于执行程序；3.因提供的地址不准确、送达地址变更未书面告知人民法院，导致法律文书未能被实际接收的，"
              "文书退回之日视为送达之日；4.同意电子送达的，以电子送达方式送达的文书到达受送达人特定系统之日为送达日期。")
    for part in wrap(notice, f, s.width - LEFT - RIGHT):
        s.text(LEFT, y, part, f)
        y += mm(7.4)
    rows = [("案　号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", f"{c.agent}（{c.firm}）"),
            ("代收地址", str(c.extra["firm_addr"])), ("联系电话", c.agent_phone), ("是否同意电子送达", "同意　短信及吉林移动微法院"),
            ("受送达人确认", "我已读上述告知事项，确认上述地址真实有效。")]
    y = _form_rows(s, y + mm(6), rows, rng, label_w=mm(50), heights=[mm(15), mm(15), mm(22), mm(15), mm(22), mm(15), mm(18), mm(24)])
    s.text(s.width - RIGHT - mm(96), y + mm(10), "受送达人（签章）：", font("serif", 36))
    pen(s, s.width - RIGHT - mm(34), y + mm(8), c.agent, rng, size=50, ink=BLACK_PEN)
    pen(s, s.width - RIGHT - mm(72), y + mm(24), num_date(d), rng, size=42, ink=BLACK_PEN)
    return s


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The 财产申报表 that went out with the report order, filled in by the respondent's man."""
    s = Sheet()
    y = form_head(s, "被执行人财产申报表")
    r = c.respondent
    s.text(LEFT, y - mm(4), f"案号：{c.number}", font("serif", 32))
    t = c.extra["tale"]
    if t == "corn":
        vals = [r.name, r.legal_rep, f"{c.extra['r_bank']}基本户，余额约三万元", f"厂房及土地，{r.address}", "装载机一台、运粮半挂车一台",
                f"{c.extra['silo']}，库存玉米约{c.extra['stock']}吨（已被法院查封）", "应收养殖户饲料款约二十万元", "无"]
    elif t == "oil":
        vals = [r.name, r.legal_rep, "建设银行基本户，余额几百元", "无", "作业车三台，外出施工，去向不清", "无", "油田作业款已结清，无", "无"]
    else:
        vals = [r.name, r.legal_rep, f"{c.extra['r_bank']}，余额见银行", "无（店面是租的）", "无", "厨房设备", "无", "无"]
    labels = ["被执行人", "法定代表人", "存款（开户行、账号、余额）", "不动产", "车辆", "其他动产", "债权、收益", "一年内财产变动"]
    y = _form_rows(s, y + mm(6), list(zip(labels, vals, strict=True)), rng, label_w=mm(58),
                   heights=[mm(15), mm(15), mm(24), mm(22), mm(22), mm(24), mm(22), mm(18)], ink=BLACK_PEN)
    f = font("serif", 31)
    s.text(LEFT, y + mm(5), "申报人保证：以上申报内容真实、完整，如有虚假，愿承担法律责任。", f)
    s.text(s.width - RIGHT - mm(100), y + mm(20), "申报人（签章）：", font("serif", 36))
    pen(s, s.width - RIGHT - mm(44), y + mm(18), r.legal_rep, rng, size=50, ink=BLACK_PEN)
    seal(s, s.width - RIGHT - mm(30), y + mm(26), r.name, rng, radius=mm(18))
    pen(s, s.width - RIGHT - mm(80), y + mm(36), num_date(d), rng, size=42, ink=BLACK_PEN)
    return s


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's feedback printout in a monospaced face, a rule under each record."""
    r = c.respondent
    t = c.extra["tale"]
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "吉林银行", "吉林农信",
             "招商银行", "兴业银行", "中信银行", "民生银行"]
    rows: list[tuple[str, str, str]] = []
    for b in banks:
        if t == "corn" and b == "吉林银行":
            rows.append((b, f"账号{c.extra['r_acct']}", f"余额{rng.randint(20000, 40000)}.{rng.randint(10, 99)}，已冻结"))
        elif t == "fish" and b == "吉林农信":
            rows.append((b, f"账号{c.extra['r_acct']}", f"余额{int(c.amount) + rng.randint(3000, 20000)}.{rng.randint(10, 99)}"))
        elif t == "oil" and b == "中国建设银行":
            rows.append((b, f"账号2205{rng.randint(10**15, 10**16 - 1)}", f"余额{rng.randint(100, 900)}.{rng.randint(10, 99)}"))
        else:
            rows.append((b, "—", "未开户" if rng.random() < 0.7 else "有账户，余额0.00"))
    rows.append(("公安部车辆", "—", ("登记车辆3辆：" + "、".join(c.extra["trucks"])) if t == "oil" else
                 ("登记车辆1辆：吉J" + f"{rng.randint(10000, 99999)}（半挂）" if t == "corn" else "无登记车辆")))
    rows += [("自然资源部不动产", "—", "有登记（厂房）" if t == "corn" else "无"), ("证券登记结算", "—", "无"),
             ("支付宝", "—", "余额0.00" if t != "fish" else f"余额{rng.randint(100, 3000)}.00"), ("财付通", "—", "无"),
             ("银保监保险", "—", "无"), ("船舶", "—", "无")]
    f = font("mono", 30)
    head = font("sans_bold", 44)
    sheets: list[Sheet] = []
    per = 11
    for i in range(0, len(rows), per):
        s = Sheet()
        s.centred(mm(18), "全国法院网络执行查控系统", head)
        s.centred(mm(30), "被执行人财产查询反馈结果", font("sans", 40))
        s.text(mm(16), mm(44), f"案号：{c.number}　被查询人：{r.name}　证件号：{r.id_number}", f)
        s.text(mm(16), mm(51), f"承办人：{c.officer}　发起时间：{d - timedelta(days=2):%Y-%m-%d} 09:{rng.randint(10, 59)}", f)
        y = float(mm(62))
        s.line(mm(16), y, s.width - mm(16), y, width=2)
        s.text(mm(16), y + mm(2), "查询单位          账号/标识                  反馈结果", f)
        y += mm(10)
        s.line(mm(16), y, s.width - mm(16), y, width=1)
        for unit, acct, result in rows[i:i + per]:
            y += mm(3)
            s.text(mm(16), y, unit, f)
            s.text(mm(62), y, acct, f)
            for part in wrap(result, f, mm(70)):
                s.text(mm(124), y, part, f)
                y += mm(6.5)
            y += mm(4)
            s.line(mm(16), y, s.width - mm(16), y, width=1)
        s.text(mm(16), s.height - mm(22), f"打印时间：{d:%Y-%m-%d} {rng.randint(14, 17)}:{rng.randint(10, 59)}　打印人：{c.clerk}", f)
        sheets.append(s)
    for n, s in enumerate(sheets, 1):
        s.right(s.width - mm(16), s.height - mm(22), f"第{n}页 共{len(sheets)}页", f)
        if n > 1:
            s.page_of = (n, len(sheets))
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The corn dealer and the mill's own 执行和解协议, typed by the dealer's lawyer, signed and thumbprinted."""
    from dossier.corpus.families.court_hm import INSTALMENTS

    a, r = c.applicant, c.respondent
    parts = [(c.amount * Decimal(k) / 10).quantize(Decimal("1")) for k in (4, 3)]
    parts.append(c.amount - sum(parts))
    pr = Press(left=mm(26), right=mm(26), top=mm(30))
    f = font("microhei", 40)
    lead = f.size * 1.8
    pr.line("执行和解协议", font("sans_bold", 70), lead=mm(20), align="centre", spacing=mm(3))
    texts = [f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}。",
             f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}。",
             f"甲乙双方就{COURT}{c.number}执行一案，经{COURT}主持，自愿达成和解协议如下：",
             f"一、乙方欠甲方玉米款{money(c.amount)}，分三期支付：",
             *[f"　　第{'一二三'[k]}期：{num_date(c.day(INSTALMENTS[k] + 2))}前支付{money(parts[k])}；" for k in range(3)],
             f"二、乙方将款项转入甲方账户（{c.extra['in_bank']}，账号{c.extra['in_acct']}）。",
             f"三、乙方按期付清后，甲方放弃迟延履行期间的债务利息；乙方付清第二期后，甲方同意法院解除对乙方{c.extra['silo']}"
             "及仓内玉米的查封，以便乙方出售玉米筹款。",
             "四、乙方任何一期逾期未付的，甲方可申请恢复执行原生效判决，已付款项予以扣除。",
             "五、本协议一式三份，甲乙双方各执一份，交法院一份附卷。"]
    for k, text in enumerate(texts):
        pr.para(text, f, lead=lead, first=0.0 if k < 2 or text.startswith("　") else f.size * 2)
    pr.need(lead * 6)
    s = pr.s
    y = pr.y + lead
    s.text(pr.left, y, "甲方（签字）：", f)
    pen(s, pr.left + f.getlength("甲方（签字）："), y - mm(2), a.name, rng, size=56, ink=BLACK_PEN)
    thumbprint(s, pr.left + f.getlength("甲方（签字）：") + mm(30), y + mm(4), rng)
    x = s.width / 2 + mm(6)
    s.text(x, y, "乙方（盖章）：", f)
    seal(s, x + mm(58), y + mm(4), r.name, rng, radius=mm(19))
    s.text(x, y + lead * 1.4, "法定代表人：", f)
    pen(s, x + f.getlength("法定代表人："), y + lead * 1.4 - mm(2), r.legal_rep, rng, size=52, ink=BLACK_PEN)
    pen(s, pr.left + mm(10), y + lead * 3, num_date(d), rng, size=46, ink=BLACK_PEN)
    s.text(pr.left, y + lead * 4.2, f"见证人（执行员）：{c.officer}", font("microhei", 34))
    return folios(pr.sheets, font("microhei", 30), style="slash")


def _non_tax(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The 吉林省非税收入一般缴款书 (第二联 收据), green rules, the bank's 收讫 stamp — a loose slip."""
    s = Sheet(size=(mm(230), mm(120)), paper=(247, 250, 244))
    s.centred(mm(8), "吉林省非税收入一般缴款书", font("serif_bold", 50), fill=GREEN)
    s.centred(mm(19), "（电子）　收　据", font("serif", 30), fill=GREEN)
    f = font("serif", 28)
    s.text(mm(10), mm(27), f"票据号码：22{rng.randint(10**8, 10**9 - 1)}", f, fill=GREEN)
    s.right(s.width - mm(10), mm(27), f"填制日期：{d:%Y-%m-%d}", f, fill=GREEN)
    fee = c.extra["fee"]
    rows = [["缴款人", c.applicant.name, "收款人", f"{COURT}"], ["项目编码", "103040101", "项目名称", "案件受理费（申请执行费）"],
            ["金额（大写）", f"{money_caps(Decimal(fee))}", "（小写）", f"￥{fee}"],
            ["备注", f"{c.number}"]]
    x0 = mm(10)
    w = s.width - mm(20)
    y = float(mm(34))
    heights = [mm(13), mm(13), mm(13), mm(12)]
    cols = [mm(32), w * 0.38, mm(26)]
    cy = y
    for row, h in zip(rows, heights, strict=True):
        cx: float = x0
        for k, cell in enumerate(row):
            cw = cols[k] if k < len(row) - 1 else w - sum(cols[:k])
            s.box(cx, cy, cx + cw, cy + h, width=2, outline=GREEN)
            cf = font("serif", 26 if k % 2 == 0 else 28)
            s.text(cx + mm(2), cy + (h - cf.size) / 2, cell, cf, fill=GREEN if k % 2 == 0 else INK)
            cx += cw
        cy += h
    s.text(mm(10), cy + mm(4), "执收单位（盖章）　　　　　　　复核人：　　　　　经办人：", f, fill=GREEN)
    red_stamp(s, s.width - mm(70), cy - mm(22), ["吉林银行松原分行", "收讫", f"{d:%Y.%m.%d}"], rng, size=26)
    return mark_loose(s)


def _slips(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Bank slips: the feed mill's three instalments (吉林银行 转账回单), or the court's payout to the co-operative."""
    from dossier.corpus.families.court_hm import INSTALMENTS, made_on

    if c.extra["tale"] == "corn":
        parts = [(c.amount * Decimal(k) / 10).quantize(Decimal("1")) for k in (4, 3)]
        parts.append(c.amount - sum(parts))
        payer, payer_acct, bank = c.respondent.name, str(c.extra["r_acct"]), "吉林银行"
        payee = c.applicant.name
        items = [(c.day(INSTALMENTS[k]), parts[k], f"和解款第{'一二三'[k]}期") for k in range(3)]
    else:
        payer, payer_acct, bank = f"{COURT}（执行款专户）", f"0716{rng.randint(10**13, 10**14 - 1)}", "中国农业银行"
        payee = c.applicant.name
        items = [(made_on(c, "payment_voucher"), c.amount, f"{c.number}执行款发放")]
    sheets = []
    for k, (when, amount, use) in enumerate(items):
        s = Sheet(size=(mm(200), mm(95)), paper=(252, 250, 240))
        s.centred(mm(6), f"{bank}　电子回单（转账）", font("sans_bold", 42))
        f = font("sans", 28)
        s.text(mm(8), mm(17), f"回单编号：{when:%Y%m%d}{rng.randint(10**7, 10**8 - 1)}", f)
        s.right(s.width - mm(8), mm(17), f"记账日期：{when:%Y-%m-%d}", f)
        rows = [["付款人", payer, "收款人", payee], ["账号", payer_acct, "账号", str(c.extra["in_acct"])],
                ["开户行", str(c.extra.get("r_bank", "农行松原分行营业部")) if k >= 0 and c.extra["tale"] == "corn" else "农行松原分行营业部",
                 "开户行", str(c.extra["in_bank"])],
                ["金额", f"{money(Decimal(amount))}"], ["用途", use]]
        grid(s, mm(8), mm(25), [mm(20), mm(72), mm(20)], rows, font("sans", 24), heights=mm(10), labels=(0, 2))
        red_stamp(s, s.width - mm(62), mm(72), [f"{bank}", "电子回单专用章"], rng, size=24)
        s.starts_document = k > 0
        sheets.append(mark_loose(s))
    return sheets

