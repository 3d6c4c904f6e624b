"""What 钦南法院执行局 receives, each in its maker's style:

- the 钦州市中级人民法院's 二审 judgment: the court's name and title in Noto serif bold, body in AR PL 明体 justified to
  both margins, 上诉人/被上诉人 with their 原审 roles, "驳回上诉，维持原判" and "本判决为终审判决", three judges, a red
  "本件与原本核对无异" oblong at the foot, folios "— n —";
- this court's civil tribunal's 一审 judgment: 黑体 name and title, Noto serif body ragged right, a single judge,
  "第n页，共m页" at the lower right; its 生效证明书 on the tribunal's half-page slip;
- the law firm's papers (广西海湾 / 钦海 / 三墩律师事务所): a typed 强制执行申请书 in 文楷, the 律师事务所函 under a red
  letterhead with a number in 〔〕, the 律师执业证 photocopied;
- the companies' papers: a 授权委托书 on the applicant's letter paper signed by its legal representative over the
  company seal, the 营业执照 (副本) copy, the 法定代表人身份证明书, the respondent's 企业信用信息公示报告 printout;
- the window's forms filled in ballpoint, the 广西壮族自治区非税收入一般缴款书 in violet, the 总对总 查控 printout,
  the banks' and the vehicle registry's replies to the bureau's 协助执行通知书, the parties' 执行和解协议 and the
  court's bank's 业务回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, mm, seal
from dossier.corpus.families.court_gs_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Face,
    Run,
    body,
    centre,
    flush_right,
    folio,
    form_title,
    frame,
    lines_of,
    pen,
    put,
)
from dossier.corpus.paper import stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
APPEAL = "广西壮族自治区钦州市中级人民法院"
VIOLET = (110, 50, 130)
BLACK = (22, 22, 26)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gs import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        appeal = _appeal_judgment(c, rng)
        first = _first_judgment(c, rng)
        first[0].starts_document = True
        return [*appeal, *first]
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
        if "respondent" in served:
            return _credit_report(c.respondent, c, rng)
        return _company_papers(c.applicant, c, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _receipts_of_payment(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    return f"{p.name}，住所地{p.address}。"


def _story(c: CaseCtx) -> tuple[str, str]:
    """What the shrimp trade was, and what the buyer said against paying."""
    a, r = c.applicant, c.respondent
    start = c.extra["first_day"] - timedelta(days=520)
    recon = start + timedelta(days=300)
    goods, spec, boxes = c.extra["goods"], c.extra["spec"], c.extra["boxes"]
    deal = (f"{start.year}年{start.month}月起，{a.name}（卖方）与{r.name}（买方）签订《冻品购销合同》，约定卖方向买方供应"
            f"{goods}（规格{spec}，每箱净重10公斤），买方在卖方钦州港冷库提货，每批货物提货后三十日内付清货款。合同履行期间，"
            f"卖方共分批交付{goods}{boxes}箱，买方均出具了提货确认单。{recon.year}年{recon.month}月，双方对账确认买方"
            f"尚欠货款{c.amount:,.2f}元，买方在对账单上加盖公章，此后经卖方多次催收未付。")
    defence = (f"部分批次{goods}解冻后出现黑头、软壳，存在质量问题，应当扣减货款；但其在提货时未提出异议，"
               "亦未在合理期限内通知卖方，且未能提供检验报告等证据证明其主张。")
    return deal, defence


def _appeal_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The intermediate court's judgment on appeal: upheld."""
    a, r = c.applicant, c.respondent
    deal, defence = _story(c)
    fee = int(c.amount) // 100 + 30
    heard = c.extra["appeal_day"] - timedelta(days=rng.randint(20, 40))
    paras = [
        ("h", f"上诉人（原审被告）：{_who(r)}"),
        ("h", f"法定代表人：{r.legal_rep}，该公司总经理。"),
        ("h", f"委托诉讼代理人：{person_name(rng)}，该公司员工。"),
        ("h", f"被上诉人（原审原告）：{_who(a)}"),
        ("h", f"法定代表人：{a.legal_rep}，该公司执行董事。"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服广西壮族自治区钦州市钦南区人民法院"
              f"{c.extra['first_no']}民事判决，向本院提起上诉。本院于{cn_date(heard - timedelta(days=30))}立案后，依法组成合议庭，"
              f"于{cn_date(heard)}公开开庭进行了审理。双方当事人的委托诉讼代理人到庭参加诉讼。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判上诉人少付货款或者发回重审。事实和理由：{defence.split('，应当')[0]}，"
              "一审未扣减相应货款，认定事实错误。"),
        ("p", f"{a.name}辩称，货物交付时经上诉人验收，上诉人此后在对账单上盖章确认欠款，从未提出质量异议。一审判决认定事实"
              "清楚，适用法律正确，请求驳回上诉，维持原判。"),
        ("p", "本院二审期间，双方当事人均未提交新证据。本院对一审查明的事实予以确认。"),
        ("p", f"本院认为，{deal.split('，', 1)[1].split('此后')[0]}上诉人对欠款数额已经盖章确认。上诉人主张货物存在质量问题，"
              "但其提货时未提出异议，对账时亦未主张扣减，二审中仍未提交任何证据证明，依照《中华人民共和国民法典》第六百二十"
              "条、第六百二十一条的规定，应视为标的物质量符合约定，其上诉理由不能成立，本院不予支持。"),
        ("p", "综上所述，上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民"
              "共和国民事诉讼法》第一百七十七条第一款第一项的规定，判决如下："),
        ("q", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{fee:,}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    s = Sheet()
    centre(s, TOP - mm(2), APPEAL, Face("serif_bold", 50), spacing=3)
    centre(s, TOP + 84, "民事判决书", Face("serif_bold", 82), spacing=40)
    run = Run([s], TOP + 212, left=mm(31), right=mm(27), foot=mm(30))
    f = Face("ming", 41)
    flush_right(s, s.width - mm(27), TOP + 212, c.basis_number, f)
    run.y += 92
    for kind, text in paras:
        if kind == "h":
            run.justified(text, f, lead=71, hang=f.size * 2)
        elif kind == "q":
            run.justified(text, f, lead=71, indent=f.size * 2)
        else:
            run.justified(text, f, lead=71, indent=f.size * 2)
    run.need(470)
    last, y = run.s, run.y + 70
    x = last.width - mm(96)
    for role in ("审 判 长", "审 判 员", "审 判 员"):
        put(last, x, y, f"{role}　　{person_name(rng)}", f)
        y += 72
    when = cn_date(c.extra["appeal_day"])
    put(last, x + mm(4), y + 26, when, f)
    seal(last, x + mm(34), y + 30, APPEAL, rng, radius=mm(21))
    stamp(last, mm(34), y - 40, ["本件与原本核对无异"], rng, size_mm=4.2, colour=RED, face="serif")
    put(last, x, y + 116, f"书 记 员　　{person_name(rng)}", f)
    return folio(run.sheets, Face("serif", 32), style="dash")


def _first_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil tribunal's judgment at first instance."""
    a, r = c.applicant, c.respondent
    deal, defence = _story(c)
    fee = int(c.amount) // 100 + 30
    filed = c.extra["first_day"] - timedelta(days=rng.randint(60, 90))
    paras = [
        ("h", f"原告：{_who(a)}"), ("h", f"法定代表人：{a.legal_rep}。"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"), ("h", f"法定代表人：{r.legal_rep}。"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(filed)}立案后，依法适用普通程序，由审判员"
              f"{c.extra['first_judge']}独任审理，公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告的法定代表人"
              f"{r.legal_rep}到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：1.判令被告支付货款{c.amount:,.2f}元及逾期付款利息（以欠款为基数，按全国银行间同业"
              "拆借中心公布的一年期贷款市场报价利率的1.5倍，自起诉之日起计至实际清偿之日止）；2.本案诉讼费由被告负担。"
              f"事实与理由：{deal}"),
        ("p", f"被告辩称，{defence.split('；')[0]}，请求驳回原告超出部分的诉讼请求。"),
        ("p", f"本院经审理认定事实如下：{deal}"),
        ("p", f"本院认为，原、被告之间的买卖合同合法有效。原告已按约交付货物，被告应按约支付货款。被告辩称{defence}"
              "对被告的抗辩，本院不予采纳。依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百二十条、第六百二十"
              "六条，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
        ("p", f"一、被告{r.name}于本判决发生法律效力之日起十日内支付原告{a.name}货款{c.amount:,.2f}元及逾期付款利息"
              "（计算方法同原告诉讼请求）；"),
        ("p", "二、驳回原告的其他诉讼请求。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条的规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{fee:,}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于广西壮族"
              "自治区钦州市中级人民法院。"),
    ]
    s = Sheet()
    centre(s, TOP + mm(2), COURT, Face("hei", 48), spacing=2)
    centre(s, TOP + 86, "民 事 判 决 书", Face("hei", 76), spacing=6)
    run = Run([s], TOP + 200, left=mm(28), right=mm(24), foot=mm(32))
    f = Face("serif", 40)
    flush_right(s, s.width - mm(24), run.y, c.extra["first_no"], Face("serif", 38))
    run.y += 86
    for kind, text in paras:
        run.para(text, f, lead=68, indent=0 if kind == "h" else f.size * 2, hang=0)
    run.need(380)
    last, y = run.s, run.y + 60
    x = last.width - mm(92)
    put(last, x, y, f"审判员　{c.extra['first_judge']}", f)
    when = cn_date(c.extra["first_day"])
    put(last, x - mm(6), y + 96, when, f)
    seal(last, x + mm(26), y + 100, COURT, rng, radius=mm(20))
    put(last, x, y + 190, f"书记员　{person_name(rng)}", f)
    return folio(run.sheets, Face("serif", 30), style="corner")


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil tribunal's certificate that its judgment took effect when the appeal was decided: a half-page slip."""
    s = Sheet()
    centre(s, TOP, COURT, Face("hei", 44), spacing=2)
    centre(s, TOP + 76, "生效证明书", Face("hei", 70), spacing=24)
    run = Run([s], TOP + 190, left=mm(28), right=mm(26))
    f = Face("serif", 40)
    flush_right(s, s.width - mm(26), run.y, c.extra["first_no"].replace("号", "号之一"), Face("serif", 36))
    run.y += 90
    run.para(f"{c.applicant.name}与{c.respondent.name}买卖合同纠纷一案，本院于{cn_date(c.extra['first_day'])}作出"
             f"{c.extra['first_no']}民事判决。{c.respondent.name}不服，提起上诉，{APPEAL}于{cn_date(c.extra['appeal_day'])}"
             f"作出{c.basis_number}民事判决：驳回上诉，维持原判。该判决已于{cn_date(c.basis_effective)}送达双方当事人，"
             "本院一审判决自该日起发生法律效力。", f, lead=70, indent=80)
    run.para("特此证明。", f, lead=70, indent=80)
    y = run.y + 60
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(4, 10)))
    flush_right(s, s.width - mm(34), y + 60, when, f)
    put(s, s.width - mm(98), y, "民事审判第一庭", f)
    seal(s, s.width - mm(60), y + 50, COURT, rng, radius=mm(20))
    for x in range(mm(14), s.width - mm(14), 20):
        s.line(x, y + 250, x + 8, y + 250, width=1, fill=(150, 150, 150))
    return [s]


def _letter_paper(s: Sheet, c: CaseCtx) -> None:
    """The law firm's letter paper: a thin red double rule at the foot with its address and telephone."""
    red = (180, 30, 40)
    y = s.height - mm(22)
    s.line(mm(20), y, s.width - mm(20), y, width=3, fill=red)
    s.line(mm(20), y + 8, s.width - mm(20), y + 8, width=1, fill=red)
    centre(s, y + 18, f"{c.firm}　地址：{c.extra['firm_addr']}　电话：0777-{c.extra['licence'][-7:]}", Face("wenkai", 26),
           fill=red)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed application in 文楷, the requests numbered, the applicant's seal and its legal representative's
    signature at the foot."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    centre(s, TOP, "强制执行申请书", Face("wenkai_bold", 72), spacing=12)
    run = Run([s], TOP + 150, left=mm(27), right=mm(25), foot=mm(34))
    f = Face("wenkai", 42)
    blocks = [
        ("h", f"申请执行人：{a.name}"), ("i", f"统一社会信用代码：{a.id_number}"), ("i", f"住所地：{a.address}"),
        ("i", f"法定代表人：{a.legal_rep}　　职务：执行董事"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
        ("h", f"被执行人：{r.name}"), ("i", f"统一社会信用代码：{r.id_number}"), ("i", f"住所地：{r.address}"),
        ("i", f"法定代表人：{r.legal_rep}"),
        ("t", "执行请求："),
        ("p", f"1. 强制被执行人支付货款{money(c.amount)}及逾期付款利息（按{c.extra['first_no']}民事判决确定的方法计算）；"),
        ("p", "2. 强制被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3. 本案申请执行费由被执行人负担；"),
        ("p", "4. 被执行人不履行的，请求对其及法定代表人限制高消费，并将其纳入失信被执行人名单。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人买卖合同纠纷一案，贵院于{num_date(c.extra['first_day'])}作出{c.extra['first_no']}民事判决，"
              f"被执行人不服上诉，{APPEAL}于{num_date(c.extra['appeal_day'])}作出{c.basis_number}民事判决，驳回上诉，维持原判。"
              "判决已发生法律效力，被执行人至今分文未付。申请执行人掌握被执行人在银行的账户及其名下冷藏车的线索（详见财产"
              "线索表）。为此，依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ]
    for kind, text in blocks:
        if kind == "t":
            run.line(text, f, lead=76)
        elif kind == "h":
            run.para(text, f, lead=76, hang=f.width(text.split("：")[0] + "："))
        elif kind == "i":
            run.para(text, f, lead=76, indent=f.width("申请执行人："), hang=f.width("申请执行人："))
        else:
            run.para(text, f, lead=76, indent=f.size * 2)
    run.need(300)
    last, y = run.s, run.y + 40
    put(last, last.width - mm(112), y, f"申请执行人：{a.name}", Face("wenkai", 38))
    seal(last, last.width - mm(56), y + 30, a.name, rng, radius=mm(19))
    put(last, last.width - mm(112), y + 90, "法定代表人（签字）：", Face("wenkai", 38))
    pen(last, last.width - mm(46), y + 80, a.legal_rep, rng, size=54, ink=BLACK, role="kai")
    put(last, last.width - mm(88), y + 170, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), Face("wenkai", 38))
    for sh in run.sheets:
        _letter_paper(sh, c)
    return folio(run.sheets, Face("wenkai", 30), style="dash")


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The applicant company's 授权委托书 on its own letter paper: its name across the top over a blue rule, the mandate,
    the legal representative's signature over the company seal."""
    a = c.applicant
    s = Sheet()
    navy = (24, 56, 120)
    centre(s, mm(14), a.name, Face("sans_bold", 40), fill=navy, spacing=2)
    s.line(mm(18), mm(24), s.width - mm(18), mm(24), width=4, fill=navy)
    centre(s, TOP + 40, "授 权 委 托 书", Face("sans_bold", 68), spacing=8)
    run = Run([s], TOP + 180, left=mm(26), right=mm(24))
    f = Face("sans", 38)
    for kind, text in [
        ("h", f"委托单位：{a.name}"), ("h", f"住所地：{a.address}"), ("h", f"法定代表人：{a.legal_rep}"),
        ("h", f"受委托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，联系电话{c.agent_phone}。"),
        ("p", f"现委托上列受委托人在我公司与{c.respondent.name}买卖合同纠纷一案的执行程序中（执行依据：{c.extra['first_no']}、"
              f"{c.basis_number}民事判决），作为我公司的委托代理人。"),
        ("p", "代理权限：特别授权，包括代为申请强制执行，提供财产线索，申请查封、扣押、冻结、拍卖被执行人财产，代为参与执行"
              "和解、签订和解协议、放弃部分利息，代为收取、领取执行款，代为签收法律文书，代为申请终结本次执行程序及恢复执行。"),
        ("p", "委托期限：自本委托书签署之日起至本案执行终结之日止。"),
    ]:
        if kind == "h":
            run.para(text, f, lead=70, hang=f.width(text.split("：")[0] + "："))
        else:
            run.para(text, f, lead=70, indent=f.size * 2)
    y = run.y + 70
    put(s, mm(26), y, "委托单位（盖章）：", f)
    seal(s, mm(100), y + 30, a.name, rng, radius=mm(20))
    put(s, mm(26), y + 120, "法定代表人（签字）：", f)
    pen(s, mm(100), y + 108, a.legal_rep, rng, size=58, ink=BLACK, role="kai")
    put(s, mm(26), y + 220, "受委托人（签字）：", f)
    pen(s, mm(100), y + 208, c.agent, rng, size=52, ink=BLACK, role="kai")
    when = c.filed_on - timedelta(days=rng.randint(2, 5))
    flush_right(s, s.width - mm(30), y + 320, f"{when.year}年{when.month}月{when.day}日", f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (198, 26, 34)
    centre(s, mm(24), c.firm, Face("serif_bold", 72), fill=red, spacing=8)
    s.line(mm(22), mm(40), s.width - mm(22), mm(40), width=5, fill=red)
    no = f"桂钦{c.firm[2:4]}律函〔{c.filed_on.year}〕第{rng.randint(12, 180)}号"
    centre(s, mm(44), no, Face("serif", 34))
    centre(s, mm(62), "律 师 事 务 所 函", Face("serif_bold", 60), spacing=4)
    run = Run([s], mm(84), left=mm(28), right=mm(26))
    f = Face("serif", 40)
    run.line(f"{COURT}执行局：", f, lead=74)
    run.para(f"{c.applicant.name}与{c.respondent.name}买卖合同纠纷执行一案，本所接受申请执行人{c.applicant.name}的委托，"
             f"指派本所{c.agent}律师担任其委托代理人，代为申请执行并参加执行程序。", f, lead=74, indent=80)
    run.para("请予接洽。", f, lead=74, indent=80)
    run.y += 30
    for t in (f"承办律师：{c.agent}", f"执业证号：{c.extra['licence']}", f"联系电话：{c.agent_phone}",
              f"本所地址：{c.extra['firm_addr']}"):
        run.line(t, Face("serif", 36), lead=60, at=80)
    y = run.y + 110
    when = c.filed_on - timedelta(days=rng.randint(1, 4))
    flush_right(s, s.width - mm(34), y, cn_date(when), f)
    seal(s, s.width - mm(62), y - 10, c.firm, rng, radius=mm(21))
    s.line(mm(22), s.height - mm(34), s.width - mm(22), s.height - mm(34), width=2, fill=red)
    put(s, mm(26), s.height - mm(30), "（本函一式两份，一份交执行法院附卷，一份本所存档）", Face("serif", 30))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's inside pages photocopied in grey: photo, holder, firm, licence number, the issuing 司法厅's seal."""
    s = Sheet()
    grey = (205, 205, 200)
    x0, y0 = mm(22), mm(34)
    w, h = mm(166), mm(112)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=grey, outline=(90, 90, 90), width=3)
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=2, fill=(130, 130, 130))
    f = Face("sans", 30)
    s.draw.rectangle((x0 + mm(12), y0 + mm(14), x0 + mm(42), y0 + mm(54)), fill=(120, 120, 120))
    put(s, x0 + mm(10), y0 + mm(62), "执业机构", f)
    put(s, x0 + mm(10), y0 + mm(70), c.firm, f)
    put(s, x0 + mm(10), y0 + mm(82), "发证机关", f)
    put(s, x0 + mm(10), y0 + mm(90), "广西壮族自治区司法厅", f)
    seal(s, x0 + mm(62), y0 + mm(88), "广西壮族自治区司法厅", rng, radius=mm(15))
    xr = x0 + w / 2 + mm(8)
    centre(s, y0 + mm(8), "律师执业证", Face("sans_bold", 46), x0=x0 + w / 2, x1=x0 + w)
    born = 1975 + int(c.extra["licence"][5:9]) % 20
    for k, (lab, val) in enumerate([("姓名", c.agent), ("性别", "男" if c.extra["licence"][9] == "1" else "女"),
                                    ("出生", f"{born}年"), ("执业证类别", "专职律师"),
                                    ("执业证号", c.extra["licence"]), ("发证日期", f"{c.extra['licence'][5:9]}年")]):
        put(s, xr, y0 + mm(24) + k * mm(12), f"{lab}：{val}", f)
    pen(s, mm(30), y0 + h + mm(16), "此复印件与原件一致，仅供钦南法院执行使用", rng, size=46, ink=BLACK, role="kai")
    pen(s, mm(120), y0 + h + mm(34), c.agent, rng, size=52, ink=BLACK, role="kai")
    return [s]


def _company_papers(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The applicant's 营业执照 (副本) copy with its seal across it, and its 法定代表人身份证明书 on a sheet of its own."""
    s = Sheet()
    frame_ink = (170, 120, 50)
    x0, y0, x1 = mm(16), mm(22), s.width - mm(16)
    s.draw.ellipse((s.width / 2 - mm(11), y0 + mm(8), s.width / 2 + mm(11), y0 + mm(30)), outline=(150, 40, 40), width=4)
    centre(s, y0 + mm(34), "营 业 执 照", Face("serif_bold", 96), spacing=10)
    centre(s, y0 + mm(52), "（副　本）", Face("serif", 36))
    put(s, x0 + mm(10), y0 + mm(64), f"统一社会信用代码　{p.id_number}", Face("serif", 34))
    s.draw.rectangle((x1 - mm(38), y0 + mm(36), x1 - mm(12), y0 + mm(62)), outline=INK, width=3)
    for k in range(5):
        for j in range(5):
            if (k * 3 + j * 7) % 4 == 0:
                s.draw.rectangle((x1 - mm(36) + k * mm(4.4), y0 + mm(38) + j * mm(4.4), x1 - mm(33) + k * mm(4.4),
                                  y0 + mm(41) + j * mm(4.4)), fill=INK)
    founded = f"{rng.randint(2009, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "水产品批发、零售；冷冻食品销售；货物进出口；冷库租赁；普通货物仓储服务"),
            ("注册资本", f"{rng.choice([200, 500, 800, 1000])}万元整"), ("成立日期", founded), ("住　　所", p.address)]
    f = Face("serif", 32)
    ty = y0 + mm(76)
    for lab, val in rows:
        put(s, x0 + mm(12), ty, lab, f)
        parts = lines_of(val, f, mm(124))
        for k, part in enumerate(parts):
            put(s, x0 + mm(46), ty + k * mm(7), part, f)
        ty += mm(7) * len(parts) + mm(4)
    reg = ty + mm(6)
    put(s, x1 - mm(84), reg, "登记机关", f)
    seal(s, x1 - mm(48), reg + mm(2), "钦州市市场监督管理局", rng, radius=mm(18))
    put(s, x1 - mm(88), reg + mm(14), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    y1 = reg + mm(30)
    s.box(x0, y0, x1, y1, width=10, outline=frame_ink)
    s.box(x0 + 18, y0 + 18, x1 - 18, y1 - 18, width=2, outline=frame_ink)
    seal(s, s.width / 2, reg - mm(30), p.name, rng, radius=mm(20))
    pen(s, mm(24), y1 + mm(14), "与原件核对一致，仅供执行立案使用。", rng, size=46, ink=BLACK, role="kai")
    pen(s, mm(130), y1 + mm(30), p.legal_rep, rng, size=52, ink=BLACK, role="kai")

    t = Sheet()
    centre(t, TOP + 20, "法定代表人身份证明书", Face("serif_bold", 66), spacing=8)
    run = Run([t], TOP + 190, left=mm(30), right=mm(28))
    g = Face("serif", 42)
    born = date(1968 + rng.randint(0, 20), rng.randint(1, 12), rng.randint(1, 28))
    run.para(f"{p.legal_rep}，性别{rng.choice(['男', '女'])}，{born.year}年{born.month}月{born.day}日出生，现任我公司执行董事"
             f"兼总经理，系我公司的法定代表人。", g, lead=80, indent=84)
    run.para("特此证明。", g, lead=80, indent=84)
    run.y += 40
    for lab, val in (("单位名称：", p.name), ("统一社会信用代码：", p.id_number), ("单位地址：", p.address),
                     ("联系电话：", p.phone)):
        run.para(lab + val, Face("serif", 38), lead=66, hang=Face("serif", 38).width(lab))
    y = run.y + 100
    put(t, t.width - mm(120), y, f"{p.name}（盖章）", Face("serif", 38))
    seal(t, t.width - mm(70), y + 20, p.name, rng, radius=mm(20))
    when = c.filed_on - timedelta(days=rng.randint(3, 8))
    flush_right(t, t.width - mm(36), y + 110, f"{when.year}年{when.month}月{when.day}日", Face("serif", 38))
    for x in (mm(22), mm(112)):
        t.draw.rectangle((x, y + 230, x + mm(80), y + 230 + mm(52)), outline=(120, 120, 120), width=2)
    put(t, mm(34), y + 230 + mm(23), "（法定代表人身份证正面）", Face("serif", 26))
    put(t, mm(124), y + 230 + mm(23), "（法定代表人身份证反面）", Face("serif", 26))
    t.starts_document = True
    return [s, t]


def _credit_report(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's particulars printed from the 国家企业信用信息公示系统 by the applicant's lawyer."""
    s = Sheet()
    blue = (30, 80, 160)
    s.draw.rectangle((0, 0, s.width, mm(24)), fill=(226, 236, 250))
    put(s, mm(16), mm(7), "国家企业信用信息公示系统", Face("microhei", 44), fill=blue)
    centre(s, mm(36), "企业信用信息公示报告", Face("microhei", 58))
    printed = c.filed_on - timedelta(days=rng.randint(2, 6))
    centre(s, mm(50), f"报告生成时间：{printed:%Y年%m月%d日}", Face("microhei", 30))
    w = s.width - mm(36)
    rows = [["统一社会信用代码", p.id_number], ["企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", p.legal_rep], ["注册资本", f"{rng.choice([100, 300, 500])}万元人民币"],
            ["成立日期", f"{rng.randint(2012, 2020)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"],
            ["登记机关", "钦州市市场监督管理局"], ["登记状态", "存续（在营、开业、在册）"], ["住所", p.address],
            ["经营范围", "冷冻食品、水产品批发零售；冷藏车道路普通货物运输；供应链管理服务"]]
    frame(s, mm(18), mm(62), [mm(48), w - mm(48)], rows, heights=mm(14), labels=(0,), size=30,
          face=Face("microhei", 30))
    put(s, mm(18), mm(216), "股东及出资信息", Face("microhei", 36), fill=blue)
    frame(s, mm(18), mm(226), [mm(60), mm(50), w - mm(110)],
          [["股东", "认缴出资额（万元）", "出资方式"], [p.legal_rep, str(rng.choice([60, 120, 255])), "货币"],
           [person_name(rng), str(rng.choice([40, 80, 45])), "货币"]],
          heights=mm(11), labels=(0, 1, 2), size=28, face=Face("microhei", 28))
    flush_right(s, s.width - mm(18), s.height - mm(16), "第1页 共1页", Face("microhei", 26))
    pen(s, mm(20), s.height - mm(48), "网络打印件，与系统公示一致。", rng, size=44, ink=BLACK, role="kai")
    pen(s, mm(120), s.height - mm(34), c.agent, rng, size=50, ink=BLACK, role="kai")
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """广西壮族自治区非税收入一般缴款书 (电子), violet print on the top half of the sheet."""
    s = Sheet()
    f = Face("sans", 30)
    centre(s, mm(18), "广西壮族自治区非税收入一般缴款书（电子）", Face("sans_bold", 48), fill=VIOLET)
    put(s, mm(18), mm(32), f"票据代码：45010124　票据号码：{rng.randint(10**7, 10**8 - 1)}　校验码：{rng.randint(100000, 999999)}",
        f, fill=VIOLET)
    put(s, mm(18), mm(39), f"开票日期：{c.day(1):%Y-%m-%d}　执收单位编码：{rng.randint(100000, 999999)}", f, fill=VIOLET)
    w = s.width - mm(36)
    fee: Decimal = c.extra["fee"]
    rows = [["缴款人", c.applicant.name], ["执收单位", COURT], ["项目名称", "诉讼费（申请执行费）"], ["案号", c.number],
            ["金额（大写）", money_caps(fee), "（小写）", f"¥{fee:,.2f}"],
            ["收款人全称", "钦州市钦南区财政局非税收入汇缴结算户"], ["收款银行", "广西北部湾银行钦州分行营业部"]]
    frame(s, mm(18), mm(48), [mm(32), mm(78), mm(22), w - mm(132)], rows, heights=mm(13), labels=(0, 2), size=28,
          ink=VIOLET, face=Face("sans", 28))
    put(s, mm(18), mm(143), f"经办人：{person_name(rng)}　　复核：{person_name(rng)}　　（交款后请将此联交执行法院附卷）", f,
        fill=VIOLET)
    seal(s, s.width - mm(56), mm(134), "广西北部湾银行钦州分行", rng, radius=mm(16), inner="收讫")
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's printed filing forms, filled by the lawyer or the respondent's staff in ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    who, day = c.agent, c.filed_on
    company = a
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取执行款账户确认书", size=54)
        rows = [("案号", c.number), ("申请执行人", a.name), ("账户名称", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("经办人及电话", f"{c.agent} {c.agent_phone}")]
        note = ("本单位确认以上账户为接收本案执行款的唯一账户。本院将执行款汇入该账户即视为已发放，因账户信息有误导致的"
                "损失由本单位承担。")
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书", size=66)
        rows = [("案号", c.number), ("受送达人", a.name), ("确认的送达地址", f"{c.extra['firm_addr']}{c.firm}"),
                ("收件人及电话", f"{c.agent} {c.agent_phone}"), ("是否同意电子送达", "同意"),
                ("电子送达号码", c.agent_phone)]
        note = ("告知：受送达人提供或确认的送达地址不准确、变更未及时告知本院，或者拒不提供送达地址的，法律文书被退回之日"
                "视为送达之日。本确认书适用于本案执行程序及其后的恢复执行程序。")
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索提供表", size=62)
        rows = [("案号", c.number), ("被执行人", r.name), ("统一社会信用代码", r.id_number),
                ("银行账户", f"{c.extra['r_bank']} {c.extra['r_acct']}"),
                ("车辆", f"冷藏车 {c.extra['plate']}（常停勒沟冷链物流园）"),
                ("其他", "租用冷库一间，库存冻品；对下游商户的应收货款")]
        note = "申请执行人保证所提供财产线索真实；本表所列线索由执行法院依法核查。"
    else:
        y = form_title(s, "被执行人财产申报表", size=64)
        ttr = c.method == "terminated_this_round"
        rows = [("案号", c.number), ("申报单位", r.name), ("银行存款", f"{c.extra['r_bank']}基本户，已被冻结"),
                ("车辆", f"冷藏车{c.extra['plate']}一辆" + ("，已借给他人使用，下落不清" if ttr else "，在园区停放")),
                ("不动产", "无"), ("库存及应收款", "库存已清空，应收款难以收回" if ttr else "冻品库存约二十箱，应收款若干"),
                ("经营状况", "已停业" if ttr else "经营困难，愿意与申请人协商分期付款")]
        note = "本单位保证以上申报内容真实、完整，如有虚假申报，愿承担法律责任。"
        who, day, company = r.legal_rep, d, r
    labels = [[k, ""] for k, _ in rows]
    boxes = frame(s, LEFT, y, [mm(50), w - mm(50)], labels, heights=[mm(22) if len(v) > 24 else mm(16) for _, v in rows])
    cells = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(rows, cells, strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(3.5), v, rng, size=38, per_line=20, lead=mm(7.5))
    run = Run([s], boxes[-1][3] + 40)
    run.para(note, body(32), lead=54, indent=64)
    y = run.y + 60
    put(s, s.width - RIGHT - mm(116), y, "确认人（签名并盖章）：", body(36))
    pen(s, s.width - RIGHT - mm(40), y - 10, who, rng, size=52)
    seal(s, s.width - RIGHT - mm(44), y + 60, company.name, rng, radius=mm(18))
    pen(s, s.width - RIGHT - mm(72), y + 100, num_date(day), rng, size=42)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 网络查控 printout: a title bar, the case line, then per unit one line of result, on two pages."""
    r = c.respondent
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("广西北部湾银行", "存款"), ("广西农村信用社", "存款"),
             ("桂林银行", "存款"), ("柳州银行", "存款"), ("招商银行", "存款"), ("支付宝", "网络资金"), ("财付通", "网络资金"),
             ("公安部", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算", "证券"), ("市场监管总局", "股权"),
             ("住房公积金", "公积金")]
    bank = c.extra["r_bank"]
    rows = [["序号", "协助单位", "财产类型", "查询结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if kind == "存款" and unit[:4] in bank:
            res = f"账户{c.extra['r_acct'][-6:]} 余额{c.extra['deducted'] + Decimal(rng.randint(1, 90)):,.2f}"
        elif kind == "车辆":
            res = f"{c.extra['plate']} 冷藏车 正常"
        elif kind == "网络资金":
            res = f"余额{rng.randint(0, 300)}.{rng.randint(10, 99)}"
        else:
            res = "未查询到财产"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d} {rng.randint(8, 17):02d}:"
                                              f"{rng.randint(0, 59):02d}"])
    sheets: list[Sheet] = []
    f = Face("microhei", 27)
    for part in (rows[:11], [rows[0], *rows[11:]]):
        s = Sheet()
        s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(26)), fill=(60, 90, 140))
        put(s, mm(16), mm(14), "人民法院执行指挥管理平台 · 网络查控结果（总对总）", Face("microhei", 38), fill=(255, 255, 255))
        put(s, mm(14), mm(32), f"案号：{c.number}　承办人：{c.officer}　被查询人：{r.name}", f)
        put(s, mm(14), mm(39), f"证照号码：{r.id_number}　查询日期：{d:%Y-%m-%d}", f)
        frame(s, mm(14), mm(48), [mm(14), mm(44), mm(22), mm(60), w_rest(s)], part, heights=mm(12), labels=(0,), size=27,
              face=f)
        put(s, mm(14), s.height - mm(18), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d}", f)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        flush_right(s, s.width - mm(14), s.height - mm(18), f"第{i}页/共{len(sheets)}页", f)
        if i > 1:
            s.page_of = (i, len(sheets))
    return sheets


def w_rest(s: Sheet) -> float:
    return s.width - mm(28) - mm(140)


def bank_reply(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """The respondent's bank's own reply form to the freezing and deduction: a landscape-ruled 回执 in sans, the
    bank's 业务专用章."""
    s = Sheet()
    bank = c.extra["r_bank"]
    green = (20, 100, 90)
    centre(s, mm(22), bank, Face("sans_bold", 46), fill=green)
    centre(s, mm(34), "协助冻结、扣划存款回执", Face("sans_bold", 60))
    put(s, mm(20), mm(50), f"编号：{bank[2:4]}协执〔{day.year}〕{rng.randint(100, 999)}号", Face("sans", 30))
    w = s.width - mm(40)
    when = day + timedelta(days=1)
    rows = [["执行法院", COURT], ["法院文书号", f"{c.number.replace('号', '号之四')}协助执行通知书"],
            ["被执行人", c.respondent.name], ["账号", c.extra["r_acct"]],
            ["冻结情况", f"已于{when:%Y年%m月%d日} {rng.randint(9, 16)}时冻结，冻结金额{c.extra['deducted']:,.2f}元（账户可用"
                         "余额全部），冻结期限一年"],
            ["扣划情况", f"已于{when:%Y年%m月%d日}扣划{c.extra['deducted']:,.2f}元至钦州市钦南区人民法院执行款专户"],
            ["账户余额", "0.00元，续冻结后续入账资金"], ["经办人", f"{person_name(rng)}　复核：{person_name(rng)}"]]
    frame(s, mm(20), mm(60), [mm(40), w - mm(40)], rows, heights=[mm(14)] * 4 + [mm(24), mm(24), mm(14), mm(14)],
          size=30, face=Face("sans", 30), ink=(40, 60, 60))
    put(s, mm(20), mm(200), "本回执一式两联，第一联交执行法院，第二联银行留存。", Face("sans", 28))
    flush_right(s, s.width - mm(26), mm(224), f"{when.year}年{when.month}月{when.day}日", Face("sans", 34))
    seal(s, s.width - mm(60), mm(222), bank, rng, radius=mm(18), inner="业务专用章")
    s.starts_document = True
    return [s]


def registry_reply(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """The 车辆管理所's reply: its printed 协助执行回执 with the vehicle's registration particulars."""
    s = Sheet()
    centre(s, mm(22), "钦州市公安局交通警察支队车辆管理所", Face("hei", 46))
    centre(s, mm(36), "协助执行回执", Face("hei", 64), spacing=12)
    w = s.width - mm(44)
    when = day + timedelta(days=rng.randint(1, 3))
    ttr = c.method == "terminated_this_round"
    rows = [["来文单位", COURT], ["来文号", f"{c.number.replace('号', '号之三')}协助执行通知书"],
            ["号牌号码", c.extra["plate"], "号牌种类", "黄色号牌"], ["车辆型号", c.extra["truck"]],
            ["所有人", c.respondent.name], ["登记状态", "正常" + ("（另有抵押登记）" if ttr else "")],
            ["协助事项", "查封"], ["办理结果", f"已于{when.year}年{when.month}月{when.day}日在机动车登记系统办理查封登记，"
                                             "查封期间不予办理转移、变更、抵押登记。"]]
    frame(s, mm(22), mm(54), [mm(34), mm(60), mm(30), w - mm(124)], rows,
          heights=[mm(14)] * 7 + [mm(26)], labels=(0, 2), size=30, face=Face("hei", 30))
    put(s, mm(22), mm(182), f"经办民警：{person_name(rng)}", Face("hei", 32))
    flush_right(s, s.width - mm(28), mm(202), f"{when.year}年{when.month}月{when.day}日", Face("hei", 34))
    seal(s, s.width - mm(58), mm(198), "钦州市公安局交通警察支队车辆管理所", rng, radius=mm(19))
    s.starts_document = True
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The parties' 执行和解协议, typed at the bureau in sans with numbered clauses; both companies seal it and their
    representatives sign; the undertaker notes its performance at the foot by hand."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    centre(s, TOP, "执行和解协议", Face("sans_bold", 66), spacing=14)
    run = Run([s], TOP + 130, left=mm(26), right=mm(24))
    f = Face("sans", 36)
    inst = c.extra["instalments"]
    rest = c.amount - c.extra["deducted"]
    (d2, a2), (d3, a3) = inst[1], inst[2]
    for kind, text in [
        ("h", f"甲方（申请执行人）：{a.name}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师"),
        ("h", f"乙方（被执行人）：{r.name}"), ("h", f"法定代表人：{r.legal_rep}"),
        ("p", f"甲乙双方买卖合同纠纷一案，{c.basis_number}民事判决已发生法律效力，钦南区人民法院以{c.number}立案执行。执行中，"
              f"法院已扣划乙方存款{c.extra['deducted']:,.2f}元，并扣押乙方冷藏车（号牌{c.extra['plate']}）一辆。经法院主持，"
              "双方自愿达成和解如下："),
        ("p", f"一、乙方尚欠甲方货款{rest:,.2f}元，甲方同意免除乙方逾期付款利息及迟延履行期间的债务利息；"),
        ("p", f"二、乙方于{d2.year}年{d2.month}月{d2.day}日前支付{a2:,.2f}元，于{d3.year}年{d3.month}月{d3.day}日前支付"
              f"{a3:,.2f}元，均汇入钦南区人民法院执行款专户；"),
        ("p", "三、乙方付清全部款项后，甲方同意法院解除对乙方冷藏车的扣押及银行账户的冻结；在付清前，扣押车辆由法院"
              "继续保管；"),
        ("p", "四、乙方任何一期逾期未付的，甲方有权申请恢复执行原生效判决，已付款项予以扣除；"),
        ("p", "五、申请执行费由乙方负担，随第二期款项一并交纳；本协议一式三份，双方各执一份，交法院一份附卷。"),
    ]:
        if kind == "h":
            run.para(text, f, lead=60, hang=f.width(text.split("：")[0] + "："))
        else:
            run.para(text, f, lead=60, indent=f.size * 2)
    run.need(520)
    s = run.s
    y = run.y + 60
    put(s, mm(26), y, "甲方（盖章）：", f)
    seal(s, mm(80), y + 70, a.name, rng, radius=mm(17))
    put(s, mm(26), y + 120, "代理人：", f)
    pen(s, mm(56), y + 108, c.agent, rng, size=52, ink=BLACK, role="kai")
    put(s, s.width / 2 + mm(8), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(62), y + 70, r.name, rng, radius=mm(17))
    put(s, s.width / 2 + mm(8), y + 120, "法定代表人：", f)
    pen(s, s.width / 2 + mm(52), y + 108, r.legal_rep, rng, size=52, ink=BLACK, role="kai")
    put(s, mm(26), y + 200, f"签订日期：{d.year}年{d.month}月{d.day}日　签订地点：钦南区人民法院执行局", f)
    put(s, mm(26), y + 252, f"主持人：{c.officer}　记录：{c.clerk}", f)
    note = f"乙方已于{d3.month}月{d3.day}日付清全部和解款，车辆已于当日解除扣押。"
    pen(s, mm(26), y + 330, note, rng, size=40)
    pen(s, s.width - mm(70), y + 400, f"{c.officer} {d3.month}.{d3.day + 1 if d3.day < 28 else d3.day}", rng, size=40)
    return folio(run.sheets, Face("sans", 28), style="dash")


def _receipts_of_payment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """广西北部湾银行's 业务回单 for the court's account, one per payment out to the applicant, three to a sheet."""
    s = Sheet()
    f = Face("sans", 28)
    blue = (20, 70, 140)
    y = mm(14)
    for k, (day, amount) in enumerate(c.extra["instalments"]):
        out = day + timedelta(days=rng.randint(1, 2))
        s.box(mm(14), y, s.width - mm(14), y + mm(84), width=2, outline=blue)
        centre(s, y + mm(3), "广西北部湾银行　业务回单（付款）", Face("sans_bold", 40), fill=blue)
        put(s, mm(20), y + mm(13), f"回单号：{rng.randint(10**11, 10**12 - 1)}　记账日期：{out:%Y-%m-%d}　第{k + 1}笔", f)
        w = s.width - mm(40)
        rows = [["付款人", "钦州市钦南区人民法院（执行款专户）", "收款人", c.applicant.name],
                ["付款账号", f"8001{rng.randint(10**11, 10**12 - 1)}", "收款账号", c.extra["in_acct"]],
                ["金额", f"¥{amount:,.2f}", "大写", money_caps(amount)],
                ["摘要", f"{c.number}执行款发放"]]
        frame(s, mm(20), y + mm(21), [mm(26), mm(68), mm(24), w - mm(118)], rows, heights=mm(12.5), labels=(0, 2),
              size=27, face=f, ink=blue)
        seal(s, s.width - mm(44), y + mm(72), "广西北部湾银行钦州分行", rng, radius=mm(12), inner="回单专用章")
        y += mm(92)
    put(s, mm(20), s.height - mm(18), f"合计发放：{money(paid_total(c))}", Face("sans_bold", 32))
    return [s]


def paid_total(c: CaseCtx) -> Decimal:
    return sum((a for _, a in c.extra["instalments"]), Decimal(0))
