"""What 碧江法院执行局 receives, each in its maker's hand: the trial division's judgment and its 生效证明书, 铜仁仲裁委员会's
award, the lawyers' typed papers (黑体 headings, 仿宋-like body), the court's window forms filled in ballpoint, the
非税收入 receipt, copies of licences and ID cards, the 网络查控 printout and the banks' electronic slips."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, Sheet, flow, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_ep_kit import COURT, paginate, pen, song
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})


def _day(c: CaseCtx, code: str) -> date:
    from dossier.corpus.families.court_ep import made_on
    return made_on(c, code)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["story"])


def _typed(blocks: list[tuple[str, str]], first: Sheet, y: float, f: Font, *, x0: float, width: float,
           lh: float) -> tuple[list[Sheet], float]:
    pages = [first]

    def more() -> tuple[Sheet, float]:
        pages.append(Sheet())
        return pages[-1], mm(30)

    end = flow(first, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=f.size * 2,
               bottom=first.height - mm(32), more=more)
    return pages, end


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return {
        "enforcement_application": _application, "enforcement_basis": _basis, "effectiveness_certificate": _effective,
        "property_clue_form": _clues, "fee_receipt": _fee, "identity_proof": _identity, "power_of_attorney": _attorney,
        "law_firm_letter": _firm_letter, "lawyer_license": _licence, "payment_account_confirmation": _account,
        "service_address_confirmation": _address, "property_declaration_form": _declaration,
        "online_inquiry_result": _inquiry, "settlement_agreement": _settlement, "payment_voucher": _voucher,
    }[code](c, rng, served)


# ---------------------------------------------------------------- the lawyer's papers (黑体 head, kai-like body)

def _lawyer_body(size: int = 40) -> Font:
    return font("kai_gb", size)


def _party_lines(c: CaseCtx, who: str) -> list[tuple[str, str]]:
    p = c.applicant if who == "申请人" else c.respondent
    if p.kind == "organisation":
        return [("f", f"{who}：{p.name}"), ("f", f"统一社会信用代码：{p.id_number}"), ("f", f"住所地：{p.address}"),
                ("f", f"法定代表人：{p.legal_rep}　联系电话：{p.phone}")]
    return [("f", f"{who}：{p.name}，{p.sex}，{p.born:%Y年%m月%d日}生，汉族"), ("f", f"公民身份号码：{p.id_number}"),
            ("f", f"住址：{p.address}　联系电话：{p.phone}")]


def _application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(28), "强制执行申请书", font("hei", 64), spacing=10)
    f = _lawyer_body()
    basis = "仲裁裁决" if _tale(c) == "manganese" else "民事判决"
    why = {"hotel": f"申请人与被申请人{c.extra['cause']}一案，经贵院审理作出{c.basis_number}民事判决，判令被申请人支付"
                    f"2022年至2023年旅游旺季团队住宿费（共计{c.extra.get('nights')}间夜）及违约金。",
           "manganese": f"申请人与被申请人{c.extra['cause']}一案，经铜仁仲裁委员会审理作出{c.basis_number}裁决书，裁决被申请人"
                        f"支付申请人承运锰矿石{c.extra.get('tons')}吨的运费及逾期付款损失。",
           "fungus": f"申请人与被申请人{c.extra['cause']}一案，经贵院审理作出{c.basis_number}民事判决，判令被申请人偿还申请人"
                     "用于购买菌棒、修建菇棚的借款本金及利息。"}[_tale(c)]
    blocks = [*_party_lines(c, "申请人"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师"),
              *_party_lines(c, "被申请人"), ("f", "申请事项："),
              ("p", f"1.请求依法强制执行被申请人向申请人支付{money(c.amount)}；"),
              ("p", "2.请求被申请人加倍支付迟延履行期间的债务利息；"), ("p", "3.本案执行费由被申请人承担。"),
              ("f", "事实与理由："),
              ("p", why + f"该{basis}已于{num_date(c.basis_effective)}发生法律效力，但被申请人至今未履行。为维护申请人的合法权益，"
                          f"特依据{'《中华人民共和国民事诉讼法》'}第二百四十七条的规定，向贵院申请强制执行。"),
              ("f", "此致"), ("f", COURT)]
    pages, y = _typed(blocks, s, mm(50), f, x0=mm(30), width=s.width - mm(56), lh=f.size * 1.75)
    last = pages[-1]
    if y > last.height - mm(70):
        pages.append(Sheet())
        last, y = pages[-1], mm(40)
    y += mm(10)
    last.text(last.width - mm(100), y, "申请人：", f)
    a = c.applicant
    if a.kind == "organisation":
        last.text(last.width - mm(80), y, a.name, _lawyer_body(34))
        seal(last, last.width - mm(55), y + mm(6), a.name, rng, radius=mm(19))
    else:
        signature(last, last.width - mm(78), y - 8, a.name, rng)
    last.text(last.width - mm(100), y + mm(16), num_date(c.filed_on - timedelta(days=rng.randint(1, 5))), f)
    return paginate(pages)


def _attorney(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), "授权委托书", font("hei", 62), spacing=40)
    f = _lawyer_body(40)
    a = c.applicant
    blocks = [("f", f"委托人：{a.name}"), ("f", f"住所：{a.address}"),
              *([("f", f"法定代表人：{a.legal_rep}")] if a.kind == "organisation" else []),
              ("f", f"受托人：{c.agent}，{c.firm}律师，联系电话：{c.agent_phone}"), ("f", f"律所地址：{c.extra['firm_addr']}"),
              ("p", f"现委托上列受托人在我方与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方的委托代理人。"),
              ("p", "代理权限为：特别授权，代为申请强制执行，提供财产线索，申请采取查封、冻结、扣划等执行措施，代为参加谈话、"
                    "听证，代为达成、签署执行和解协议，代为签收法律文书，代为领取执行款。"),
              ("p", "委托期限：自签署之日起至本案执行终结之日止。")]
    pages, y = _typed(blocks, s, mm(52), f, x0=mm(30), width=s.width - mm(56), lh=f.size * 1.8)
    last = pages[-1]
    y += mm(14)
    last.text(mm(30), y, "委托人（签章）：", f)
    if a.kind == "organisation":
        seal(last, mm(100), y + mm(4), a.name, rng, radius=mm(19))
        signature(last, mm(130), y, a.legal_rep, rng)
    else:
        signature(last, mm(80), y - 6, a.name, rng)
    last.text(mm(30), y + mm(20), "受托人（签名）：", f)
    signature(last, mm(80), y + mm(18), c.agent, rng)
    last.right(last.width - mm(30), y + mm(38), num_date(c.filed_on - timedelta(days=rng.randint(3, 8))), f)
    return paginate(pages)


def _firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(24), c.firm, font("serif_bold", 60), spacing=8, fill=(170, 20, 30))
    s.line(mm(24), mm(42), s.width - mm(24), mm(42), width=5, fill=(170, 20, 30))
    s.centred(mm(52), "律师事务所函", font("hei", 56), spacing=30)
    s.right(s.width - mm(28), mm(70), f"黔{c.firm[2:4]}律执字〔2024〕第{rng.randint(10, 199)}号", song(36))
    f = font("serif", 40)
    blocks = [("f", f"{COURT}："),
              ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
                    "委托代理人。"),
              ("p", "特此函告。"),
              ("f", "附：授权委托书一份、律师执业证复印件一份"),
              ("f", f"律师联系电话：{c.agent_phone}　　本所地址：{c.extra['firm_addr']}")]
    _, y = _typed(blocks, s, mm(84), f, x0=mm(28), width=s.width - mm(56), lh=f.size * 1.9)
    d = c.filed_on - timedelta(days=rng.randint(1, 4))
    s.right(s.width - mm(34), y + mm(30), cn_date(d), f)
    s.right(s.width - mm(34), y + mm(16), c.firm, f)
    seal(s, s.width - mm(70), y + mm(26), c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """律师执业证 copied open on the glass: the photo page and the data page side by side, rotated to fit A4."""
    s = Sheet()
    x0, y0 = mm(30), mm(40)
    w, h = s.width - mm(60), mm(110)
    s.box(x0, y0, x0 + w, y0 + h, width=3)
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=2)
    s.centred(y0 + mm(12), "中华人民共和国", font("serif_bold", 36), x0=x0, x1=x0 + w / 2)
    s.centred(y0 + mm(24), "律师执业证", font("serif_bold", 52), x0=x0, x1=x0 + w / 2, spacing=6)
    s.box(x0 + mm(30), y0 + mm(44), x0 + mm(58), y0 + mm(80), width=2)
    s.text(x0 + mm(36), y0 + mm(60), "照片", song(30))
    s.centred(y0 + mm(92), "中华人民共和国司法部监制", song(28), x0=x0, x1=x0 + w / 2)
    fx = x0 + w / 2 + mm(8)
    f = song(32)
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
            ("法律职业资格或律师资格证号", f"A2010{rng.randint(52000000, 52999999)}"), ("发证机关", "贵州省司法厅"),
            ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("持证人", c.agent), ("性别", rng.choice("男女"))]
    yy = y0 + mm(8)
    for k, v in rows:
        s.text(fx, yy, f"{k}：", f)
        s.text(fx + mm(4), yy + mm(5.5), v, f)
        yy += mm(12.5)
    seal(s, x0 + w * 0.8, y0 + mm(70), "贵州省司法厅", rng, radius=mm(16))
    s.text(x0, y0 + h + mm(14), "年度考核备案：2023年度　称职", song(34))
    hand(s, x0 + mm(60), y0 + h + mm(40), "与原件核对无异", rng, size=44, ink=BLUE_INK)
    signature(s, x0 + mm(120), y0 + h + mm(40), c.agent, rng)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), "执行和解协议", font("hei", 60), spacing=12)
    f = font("serif", 39)
    a, r = c.applicant, c.respondent
    part = (c.amount * 9 / 10).quantize(c.amount)
    rest = c.amount - part
    blocks = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"), ("f", f"法定代表人（负责人）：{r.legal_rep}"),
              ("p", f"甲乙双方{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}{'裁决书' if _tale(c) == 'manganese' else '民事判决书'}"
                    f"已发生法律效力，现由{COURT}以{c.number}立案执行。经双方平等协商，自愿达成如下和解协议："),
              ("p", f"一、乙方于{num_date(c.extra['paid_on'])}前一次性支付甲方{money(part)}，款项汇入{COURT}执行款专户；"),
              ("p", f"二、乙方按期足额支付上述款项的，甲方自愿放弃剩余款项{rest:,.2f}元及迟延履行期间的债务利息；"),
              ("p", "三、乙方未按本协议履行的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除；"),
              ("p", "四、执行费由乙方负担，随前款一并交纳；"),
              ("p", "五、本协议一式三份，甲乙双方各执一份，交法院附卷一份，自双方签字盖章之日起生效。")]
    pages, y = _typed(blocks, s, mm(52), f, x0=mm(28), width=s.width - mm(56), lh=f.size * 1.8)
    last = pages[-1]
    if y > last.height - mm(80):
        pages.append(Sheet())
        last, y = pages[-1], mm(40)
    y += mm(14)
    d = _day(c, "settlement_agreement")
    last.text(mm(28), y, "甲方（签章）：", f)
    last.text(last.width / 2 + mm(6), y, "乙方（签章）：", f)
    if a.kind == "organisation":
        seal(last, mm(80), y + mm(10), a.name, rng, radius=mm(18))
    signature(last, mm(74), y + mm(14), c.agent if a.kind == "organisation" else a.name, rng)
    seal(last, last.width / 2 + mm(56), y + mm(10), r.name, rng, radius=mm(18))
    signature(last, last.width / 2 + mm(50), y + mm(14), r.legal_rep, rng)
    hand(last, mm(28), y + mm(34), num_date(d), rng, size=42, ink=(25, 25, 30))
    hand(last, last.width / 2 + mm(6), y + mm(34), num_date(d), rng, size=42, ink=(25, 25, 30))
    return paginate(pages)


# ---------------------------------------------------------------- the trial division and the arbitration commission

def _basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if _tale(c) == "manganese":
        return _award(c, rng)
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(34), COURT, font("ming", 58), spacing=6)
    s.centred(mm(52), "民事判决书", font("ming", 76), spacing=50)
    s.right(s.width - mm(28), mm(74), c.basis_number, font("ming", 40))
    f = font("ming", 41)
    if _tale(c) == "hotel":
        facts = [("p", f"原告{a.name}向本院提出诉讼请求：1.判令被告支付团队住宿费及违约金共计{c.amount:,.2f}元；2.本案诉讼费用由被告"
                       "负担。事实和理由：原、被告于2022年3月签订《梵净山旅游团队住宿协议》，约定被告组织的旅游团队入住原告酒店，"
                       "房费按月结算。2022年4月至2023年10月，被告共安排团队入住"
                       f"{c.extra['nights']}间夜，经双方对账确认，被告尚欠房费未付，经多次催收未果。"),
                 ("p", "被告辩称：因疫情及景区限流，团队取消较多，部分房费应予核减。"),
                 ("p", "本院认为，原、被告签订的住宿协议系双方真实意思表示，合法有效。双方对账单已经被告盖章确认，被告应按约"
                       "支付房费。被告所称核减理由，未提交证据证实，本院不予采信。")]
    else:
        facts = [("p", f"原告{a.name}向本院提出诉讼请求：1.判令被告偿还借款本金及利息共计{c.amount:,.2f}元；2.本案诉讼费用由被告"
                       f"负担。事实和理由：{num_date(c.extra['lent_on'])}，被告因扩大香菇、黑木耳种植规模，购买菌棒约"
                       f"{c.extra['bags']}棒、修建菇棚，向原告借款，由合作社理事长{r.legal_rep}出具借条并加盖合作社印章，"
                       "约定一年内归还。借款到期后，被告未予归还。"),
                 ("p", "被告辩称：借款属实，因2023年菌菇价格下跌，合作社资金周转困难，请求分期归还。"),
                 ("p", "本院认为，合法的借贷关系受法律保护。原告提交的借条、银行转账凭证能够证实借款事实，被告对此亦无异议，"
                       "被告应当承担还款责任。")]
    blocks = [("f", f"原告：{a.name}，住所地{a.address}。" if a.kind == "organisation" else
                    f"原告：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，汉族，住{a.address}。"),
              *([("f", f"法定代表人：{a.legal_rep}，该公司总经理。")] if a.kind == "organisation" else []),
              ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
              ("f", f"被告：{r.name}，住所地{r.address}。"),
              ("f", f"法定代表人：{r.legal_rep}，{'该合作社理事长' if _tale(c) == 'fungus' else '该公司经理'}。"),
              ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"
                    "原告的委托诉讼代理人、被告的法定代表人到庭参加诉讼。本案现已审理终结。"),
              *facts,
              ("p", "依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百七十五条，《中华人民共和国民事诉讼法》"
                    "第六十七条的规定，判决如下："),
              ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{money(c.amount)}。"),
              ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                    "加倍支付迟延履行期间的债务利息。"),
              ("p", f"案件受理费{int(c.amount) // 140}元，减半收取，由被告负担。"),
              ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
                    "上诉于贵州省铜仁市中级人民法院。")]
    pages, y = _typed(blocks, s, mm(90), f, x0=mm(30), width=s.width - mm(58), lh=f.size * 1.72)
    last = pages[-1]
    if y > last.height - mm(90):
        pages.append(Sheet())
        last, y = pages[-1], mm(40)
    y += mm(12)
    judge = person_name(rng)
    last.text(last.width - mm(100), y, f"审　判　员　　{judge}", f)
    d = c.basis_effective - timedelta(days=rng.randint(18, 30))
    last.right(last.width - mm(40), y + mm(20), cn_date(d), f)
    seal(last, last.width - mm(70), y + mm(20), COURT, rng, radius=mm(21))
    last.text(mm(30), y + mm(36), "本件与原本核对无异", font("ming", 34))
    last.text(last.width - mm(100), y + mm(46), f"书　记　员　　{person_name(rng)}", f)
    for k, pg in enumerate(pages, 1):
        pg.centred(pg.height - mm(18), f"- {k} -", font("ming", 30))
        if k > 1:
            pg.page_of = (k, len(pages))
    return pages


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), "铜仁仲裁委员会", font("song_gb", 60), spacing=30)
    s.centred(mm(50), "裁决书", font("song_gb", 76), spacing=70)
    s.right(s.width - mm(30), mm(72), c.basis_number, font("song_gb", 40))
    f = font("song_gb", 40)
    arb = person_name(rng)
    blocks = [("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
              ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
              ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
              ("p", f"铜仁仲裁委员会（以下简称本会）根据申请人与被申请人签订的《锰矿石运输合同》中的仲裁条款及申请人的仲裁申请，"
                    f"受理了双方之间的运输合同纠纷案。本会依法由独任仲裁员{arb}组成仲裁庭，于2023年开庭审理，被申请人经书面"
                    "通知无正当理由未到庭，仲裁庭依法缺席审理。本案现已审理终结。"),
              ("f", "一、案情"),
              ("p", f"申请人称：双方约定由申请人承运被申请人松桃矿区锰矿石至铜仁大兴电解锰企业，运费按吨结算。申请人共承运"
                    f"{c.extra['tons']}吨，被申请人仅支付部分运费，尚欠运费{c.amount:,.2f}元。"),
              ("f", "二、仲裁庭意见"),
              ("p", "仲裁庭认为，双方签订的运输合同合法有效。申请人提交的过磅单、结算单足以证明其完成运输义务，被申请人应支付"
                    "运费。"),
              ("f", "三、裁决"),
              ("p", f"（一）被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付运费{money(c.amount)}；"),
              ("p", "（二）本案仲裁费由被申请人承担。"),
              ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
    pages, y = _typed(blocks, s, mm(88), f, x0=mm(30), width=s.width - mm(60), lh=f.size * 1.7)
    last = pages[-1]
    if y > last.height - mm(70):
        pages.append(Sheet())
        last, y = pages[-1], mm(40)
    last.text(last.width - mm(100), y + mm(12), f"独任仲裁员：{arb}", f)
    d = c.basis_effective
    last.right(last.width - mm(36), y + mm(30), num_date(d), f)
    seal(last, last.width - mm(68), y + mm(30), "铜仁仲裁委员会", rng, radius=mm(21))
    last.text(last.width - mm(100), y + mm(46), f"书记员：{person_name(rng)}", f)
    for k, pg in enumerate(pages, 1):
        pg.right(pg.width - mm(30), pg.height - mm(18), f"{k}/{len(pages)}", font("song_gb", 28))
        if k > 1:
            pg.page_of = (k, len(pages))
    return pages


def _effective(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    d = _day(c, "effectiveness_certificate")
    if _tale(c) == "manganese":
        s.centred(mm(40), "铜仁仲裁委员会", font("song_gb", 56), spacing=4)
        s.centred(mm(60), "裁决书生效证明", font("song_gb", 66), spacing=6)
        f = font("song_gb", 42)
        body = [("f", f"{COURT}："),
                ("p", f"本会于{num_date(c.basis_effective)}作出的{c.basis_number}裁决书（申请人{c.applicant.name}，被申请人"
                      f"{c.respondent.name}，运输合同纠纷），已依法送达双方当事人。该裁决为终局裁决，自作出之日起发生法律效力。"),
                ("p", "特此证明。")]
        name = "铜仁仲裁委员会"
    else:
        s.centred(mm(40), COURT, font("ming", 56), spacing=4)
        s.centred(mm(60), "生效证明书", font("ming", 70), spacing=44)
        f = font("ming", 42)
        body = [("f", f"{c.applicant.name}："),
                ("p", f"本院审理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，于"
                      f"{cn_date(c.basis_effective - timedelta(days=25))}作出{c.basis_number}民事判决书，已送达双方当事人。在法定"
                      f"上诉期内双方均未提出上诉，该判决书已于{cn_date(c.basis_effective)}发生法律效力。"),
                ("p", "特此证明。"), ("f", "（民事审判第一庭）")]
        name = COURT
    _, y = _typed(body, s, mm(90), f, x0=mm(32), width=s.width - mm(64), lh=f.size * 1.9)
    s.right(s.width - mm(40), y + mm(30), num_date(d) if _tale(c) == "manganese" else cn_date(d), f)
    seal(s, s.width - mm(72), y + mm(30), name, rng, radius=mm(21))
    return [s]


# ---------------------------------------------------------------- the window's forms, filled by hand

def _window_form(title: str, rows: list[list[str]], c: CaseCtx, rng: random.Random, fills: list[str], *,
                 heights: list[int] | None = None, note: str = "") -> tuple[Sheet, float]:
    s = Sheet()
    s.centred(mm(24), COURT, font("hei", 40), spacing=2)
    s.centred(mm(36), title, font("hei", 56), spacing=6)
    s.text(mm(24), mm(52), f"案号：{c.number}", font("sans", 32))
    w = s.width - mm(48)
    hs: list[int] = heights or [mm(17)] * len(rows)
    top = mm(60)
    end = table(s, mm(24), top, [mm(48), w - mm(48)], rows, font("sans", 32), row_h=hs, centre_first=True, width=2)
    yy: float = top
    for k, txt in enumerate(fills):
        if txt:
            for j, part in enumerate(wrap(txt, font("kai", 40), w - mm(56))[:3]):
                pen(s, mm(24) + mm(52), yy + mm(4) + j * mm(10), part, rng, size=40)
        yy += hs[k]
    if note:
        for j, part in enumerate(wrap(note, font("sans", 28), w)):
            s.text(mm(24), end + mm(4) + j * mm(6), part, font("sans", 28))
        end += mm(6) * len(wrap(note, font("sans", 28), w)) + mm(4)
    return s, end


def _who_signs(c: CaseCtx) -> str:
    return c.agent


def _account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    rows = [["申请执行人", ""], ["收款户名", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""], ["申请执行人签章", ""]]
    s, end = _window_form("申请执行人收取执行款账户确认书", rows, c, rng,
                          [a.name, a.name, c.extra["in_bank"], c.extra["in_acct"], a.phone, ""],
                          heights=[mm(17)] * 5 + [mm(36)],
                          note="声明：以上账户系本人（单位）自愿提供，本院将执行款转入上述账户即视为已向申请执行人交付执行款；账户发生"
                               "变更的，应及时书面告知本院，因未告知产生的后果由申请执行人自行承担。")
    y = mm(60) + mm(17) * 5
    signature(s, mm(90), y + mm(6), c.agent, rng)
    if a.kind == "organisation":
        seal(s, mm(150), y + mm(16), a.name, rng, radius=mm(17))
    pen(s, s.width - mm(90), end + mm(8), num_date(c.filed_on), rng)
    return [s]


def _address(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    rows = [["当事人", ""], ["诉讼地位", ""], ["送达地址", ""], ["收件人", ""], ["联系电话", ""], ["是否同意电子送达", ""],
            ["电子送达地址", ""], ["当事人签名", ""]]
    fills = [a.name, "申请执行人", c.extra["firm_addr"] + f"（{c.firm}）", c.agent, c.agent_phone, "同意",
             f"手机号码{c.agent_phone}", ""]
    s, end = _window_form("送达地址确认书", rows, c, rng, fills, heights=[mm(16)] * 7 + [mm(30)],
                          note="告知事项：1.当事人应如实提供确切的送达地址；2.确认的送达地址适用于执行程序；3.因送达地址不准确、"
                               "变更后未及时告知等原因，导致法律文书未能被实际接收的，文书退回之日视为送达之日。")
    signature(s, mm(90), mm(60) + mm(16) * 7 + mm(6), c.agent, rng)
    pen(s, s.width - mm(90), end + mm(8), num_date(c.filed_on), rng)
    return [s]


def _clues(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    clue = {"hotel": f"{c.extra.get('r_bank', '')}基本户{c.extra.get('r_acct', '')}；公司旅游大巴两台",
            "manganese": "松桃普觉锰矿采矿权；矿区装载机、破碎机；应收大兴锰业货款",
            "fungus": "合作社菇棚四栋、菌棒；铜仁农商行碧江支行账户"}[_tale(c)]
    rows = [["被执行人", ""], ["住所地", ""], ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["其他财产线索", ""], ["提供人", ""]]
    fills = [r.name, r.address, clue.split("；")[0], "不详", clue.split("；")[1] if "；" in clue else "不详",
             clue.split("；")[-1], ""]
    s, end = _window_form("被执行人财产线索表", rows, c, rng, fills, heights=[mm(16), mm(22), mm(22), mm(18), mm(18), mm(28), mm(22)])
    signature(s, mm(90), end - mm(18), c.agent, rng)
    pen(s, s.width - mm(90), end + mm(6), num_date(c.filed_on), rng)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    s.centred(mm(24), "被执行人财产申报表", font("hei", 58), spacing=6)
    s.text(mm(24), mm(42), f"案号：{c.number}　　申报人：", font("sans", 32))
    pen(s, mm(120), mm(40), r.name, rng, size=38)
    w = s.width - mm(48)
    items = [("银行存款（开户行、账号、余额）", {"hotel": "基本户余额约三万元", "manganese": "农商行账户余额不足一千元",
                                           "fungus": "农商行账户约一万元"}[_tale(c)]),
             ("现金、理财、有价证券", "无"), ("土地使用权、房屋", "无" if _tale(c) != "fungus" else "菇棚系租用村集体土地"),
             ("车辆、船舶、机器设备", {"hotel": "旅游大巴二台（已抵押）", "manganese": "装载机二台（已抵押）",
                                  "fungus": "灭菌锅一台、拌料机一台"}[_tale(c)]),
             ("债权、股权、知识产权", "无"), ("收入情况", "经营困难，暂无收入"), ("一年内财产变动情况", "无")]
    rows = [["财产类别", "申报内容"], *[[k, ""] for k, _ in items], ["申报人声明", "以上申报内容真实、完整，如有虚假，愿承担法律责任。"]]
    heights = [mm(14)] + [mm(20)] * len(items) + [mm(26)]
    top = mm(52)
    end = table(s, mm(24), top, [mm(70), w - mm(70)], rows, font("sans", 30), row_h=heights, centre_first=True)
    for k, (_, v) in enumerate(items):
        pen(s, mm(24) + mm(76), top + mm(14) + mm(20) * k + mm(5), v, rng, size=38)
    s.text(mm(24), end + mm(10), "申报人（签章）：", font("sans", 32))
    seal(s, mm(100), end + mm(16), r.name, rng, radius=mm(18))
    signature(s, mm(130), end + mm(10), r.legal_rep, rng)
    pen(s, s.width - mm(90), end + mm(28), num_date(_day(c, "property_declaration_form")), rng)
    return [s]


# ---------------------------------------------------------------- printouts, receipts and copies

def _fee(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """贵州省非税收入统一票据: a wide slip with its ruled grid, printed by the window's dot-matrix printer."""
    s = Sheet()
    green = (40, 110, 80)
    x0, y0, w = mm(16), mm(30), s.width - mm(32)
    s.centred(y0, "贵州省非税收入统一票据", font("serif_bold", 54), spacing=6, fill=green)
    s.text(x0, y0 + mm(16), f"票据代码：52060124　　校验码：{rng.randint(100000, 999999)}", font("sans", 28), fill=green)
    s.right(x0 + w, y0 + mm(16), f"No {rng.randint(10**9, 10**10 - 1)}", font("sans", 32), fill=(190, 40, 40))
    payer = c.applicant.name
    d = c.filed_on + timedelta(days=rng.randint(1, 3))
    s.text(x0, y0 + mm(24), f"交款人：{payer}　　开票日期：{d:%Y-%m-%d}", font("sans", 30), fill=green)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040101", "申请执行费", "件", "1", "", f"{c.extra['fee']:.2f}"], ["", "", "", "", "", ""],
            ["金额合计（大写）", money_caps(c.extra["fee"])], ["备注", f"{c.number}"]]
    cols = [mm(32), mm(48), mm(16), mm(16), mm(22), w - mm(134)]
    table(s, x0, y0 + mm(32), cols, rows, font("mono", 28), row_h=mm(12), fill=green)
    seal(s, x0 + w - mm(40), y0 + mm(82), "贵州省铜仁市碧江区人民法院财务专用章", rng, radius=mm(18))
    s.text(x0, y0 + mm(100), f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}",
           font("sans", 26), fill=green)
    return [s]


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if "respondent" in served else c.applicant
    s = Sheet()
    if p.kind == "person":
        for k, face in enumerate(("front", "back")):
            x0, y0 = mm(50), mm(40) + k * mm(70)
            s.draw.rounded_rectangle((x0, y0, x0 + mm(86), y0 + mm(54)), radius=mm(4), outline=(60, 60, 60), width=3)
            if face == "front":
                f = font("hei", 26)
                lines = [f"姓名 {p.name}", f"性别 {p.sex}　民族 汉", f"出生 {p.born:%Y年%m月%d日}" if p.born else "出生",
                         f"住址 {p.address[:12]}", f"　　 {p.address[12:]}"]
                for j, t in enumerate(lines):
                    s.text(x0 + mm(6), y0 + mm(5) + j * mm(7), t, f)
                s.text(x0 + mm(6), y0 + mm(44), f"公民身份号码 {p.id_number}", font("hei", 28))
                s.box(x0 + mm(60), y0 + mm(8), x0 + mm(80), y0 + mm(34), width=1)
            else:
                s.centred(y0 + mm(12), "中华人民共和国", font("hei", 40), x0=x0, x1=x0 + mm(86))
                s.centred(y0 + mm(22), "居民身份证", font("hei", 44), spacing=12, x0=x0, x1=x0 + mm(86))
                s.text(x0 + mm(10), y0 + mm(38), "签发机关 铜仁市公安局碧江分局", font("hei", 24))
                s.text(x0 + mm(10), y0 + mm(45), "有效期限 2016.05.12-2036.05.12", font("hei", 24))
        hand(s, mm(60), mm(190), "此复印件与原件一致", rng, size=44, ink=(20, 20, 24))
        signature(s, mm(140), mm(205), p.name, rng)
        return [s]
    # 营业执照 copy: the double border, the national emblem's place, the fields in two columns
    x0, y0, w, h = mm(20), mm(30), s.width - mm(40), mm(180)
    s.box(x0, y0, x0 + w, y0 + h, width=8)
    s.box(x0 + mm(4), y0 + mm(4), x0 + w - mm(4), y0 + h - mm(4), width=2)
    s.draw.ellipse((s.width / 2 - mm(10), y0 + mm(8), s.width / 2 + mm(10), y0 + mm(28)), outline=(60, 60, 60), width=3)
    s.centred(y0 + mm(32), "营业执照", font("serif_bold", 86), spacing=70)
    s.centred(y0 + mm(50), "（副　本）", font("serif", 40))
    s.text(x0 + mm(10), y0 + mm(60), f"统一社会信用代码 {p.id_number}", font("serif", 34))
    coop = "合作社" in p.name
    fields = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
              ("法定代表人", p.legal_rep), ("成员出资总额" if coop else "注册资本", f"{rng.choice([50, 100, 200, 500])}万元整"),
              ("成立日期", f"{rng.randint(2012, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
              ("住　　所", p.address),
              ("经营范围", {"hotel": "旅游业务；入境旅游；国内旅游；票务代理。",
                        "manganese": "锰矿开采、销售；矿产品加工。", "fungus": "食用菌种植、收购、销售；组织成员采购生产资料。"}
               [_tale(c)] if p is c.respondent else "住宿；餐饮服务；会议服务。" if _tale(c) == "hotel" else "道路普通货物运输；货物装卸。")]
    y = y0 + mm(74)
    f = font("serif", 32)
    for label, val in fields:
        s.text(x0 + mm(12), y, label, f)
        for j, part in enumerate(wrap(val, f, w - mm(60))[:2]):
            s.text(x0 + mm(48), y + j * mm(7), part, f)
        y += mm(13)
    s.text(x0 + w - mm(80), y0 + h - mm(30), "登记机关", f)
    seal(s, x0 + w - mm(40), y0 + h - mm(30), "铜仁市碧江区市场监督管理局", rng, radius=mm(18))
    hand(s, x0, y0 + h + mm(12), "与原件核对一致", rng, size=42, ink=(20, 20, 24))
    seal(s, x0 + mm(90), y0 + h + mm(16), p.name, rng, radius=mm(17))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The 网络执行查控系统 printout: the system's small sans grid, a line per body asked."""
    s = Sheet()
    f = font("sans", 26)
    s.centred(mm(20), "网络执行查控系统  反馈结果", font("sans_bold", 44))
    s.text(mm(16), mm(34), f"案号：{c.number}　　被查询人：{c.respondent.name}　　证照号码：{c.respondent.id_number}", f)
    d = _day(c, "online_inquiry_result")
    s.text(mm(16), mm(41), f"查询发起：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}　　承办人：{c.officer}", f)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "贵州银行", "铜仁农村商业银行", "邮储银行", "贵阳银行"]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "余额/数量", "反馈时间"]]
    for k, b in enumerate(banks, 1):
        has = (k in (4, 5) and _tale(c) != "manganese") or (k == 6 and _tale(c) == "manganese")
        amt = f"{rng.uniform(200, 48000):.2f}" if has else "0.00"
        rows.append([str(k), b, "存款", "有账户" if has else "无账户", amt, f"{d + timedelta(days=1):%Y-%m-%d}"])
    rows += [[str(len(banks) + 1), "公安部交通管理局", "车辆", "有" if _tale(c) == "hotel" else "无", "2" if _tale(c) == "hotel" else "0",
              f"{d + timedelta(days=2):%Y-%m-%d}"],
             [str(len(banks) + 2), "自然资源部", "不动产", "无", "0", f"{d + timedelta(days=3):%Y-%m-%d}"],
             [str(len(banks) + 3), "中国证券登记结算", "证券", "无", "0", f"{d + timedelta(days=2):%Y-%m-%d}"],
             [str(len(banks) + 4), "支付宝（中国）", "网络资金", "无", "0.00", f"{d + timedelta(days=1):%Y-%m-%d}"]]
    w = s.width - mm(32)
    table(s, mm(16), mm(50), [mm(14), mm(50), mm(24), mm(26), mm(30), w - mm(144)], rows, f, row_h=mm(10), width=1, pad=6)
    s.text(mm(16), s.height - mm(20), f"打印时间：{d + timedelta(days=4):%Y-%m-%d %H:%M}", font("sans", 24))
    s.right(s.width - mm(16), s.height - mm(20), "第1页/共1页", font("sans", 24))
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """A bank's electronic receipt (回单), printed two to a page; only the top one is used."""
    s = Sheet()
    d = c.extra["paid_on"]
    x0, y0, w = mm(15), mm(25), s.width - mm(30)
    bank = "铜仁农村商业银行" if _tale(c) == "fungus" else "贵州银行"
    s.text(x0, y0, bank, font("sans_bold", 44), fill=(20, 70, 140))
    s.centred(y0 + mm(2), "业务回单（付款）", font("sans_bold", 46))
    s.right(x0 + w, y0 + mm(4), f"回单编号：{rng.randint(10**11, 10**12 - 1)}", font("sans", 26))
    part = (c.amount * 9 / 10).quantize(c.amount)
    rows = [["付款人户名", c.respondent.name, "收款人户名", f"{COURT}"],
            ["付款人账号", f"{rng.randint(10**16, 10**17 - 1)}", "收款人账号", f"2405{rng.randint(10**12, 10**13 - 1)}"],
            ["付款人开户行", f"{bank}碧江支行", "收款人开户行", "贵州银行铜仁分行营业部"],
            ["金额（小写）", f"¥{part:,.2f}", "金额（大写）", money_caps(part)],
            ["用途", f"{c.number}执行款", "交易日期", f"{d:%Y-%m-%d}"],
            ["交易流水号", f"{d:%Y%m%d}{rng.randint(10**8, 10**9 - 1)}", "渠道", "柜面"]]
    cols = [mm(30), w / 2 - mm(30), mm(30), w / 2 - mm(30)]
    end = table(s, x0, y0 + mm(16), cols, rows, font("sans", 28), row_h=mm(13), width=1, pad=6)
    seal(s, x0 + w - mm(30), end - mm(12), f"{bank}电子回单专用章", rng, radius=mm(15))
    s.text(x0, end + mm(4), f"打印日期：{d + timedelta(days=1):%Y-%m-%d}　打印次数：1　柜员：{rng.randint(10000, 99999)}",
           font("sans", 24))
    s.line(x0, s.height / 2, x0 + w, s.height / 2, width=1, fill=(160, 160, 160))
    return [s]
