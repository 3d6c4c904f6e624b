"""What reaches 赤坎法院执行局 from outside, each in its maker's hand: the lawyer's 申请书 in a sans face with numbered
heads, 湛江仲裁委员会's award and its 生效证明, 湛江中院's 二审 judgment and the 审判庭's 生效证明书, the 民事一审庭's own
judgment, 授权委托书 and 所函, licences and ID copies, the 广东 non-tax receipt, the 查控 printout, window forms filled by
hand, the parties' 和解协议, the bank's 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    id_number,
    money,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import Block, Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_cx_kit import (
    COURT,
    MARGIN_L,
    MARGIN_R,
    MARGIN_T,
    body,
    boxed_title,
    fill,
    footer,
    typed,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ZJ_ARB = "湛江仲裁委员会"
ZJ_MID = "广东省湛江市中级人民法院"


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _who(p: Party) -> list[str]:
    if p.kind == "organisation":
        return [f"{p.name}，住所地：{p.address}，统一社会信用代码：{p.id_number}。", f"法定代表人：{p.legal_rep}，职务：总经理。"]
    born = p.born or date(1980, 1, 1)
    return [f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，"
            f"公民身份号码：{p.id_number}。"]


def _lines(label: str, p: Party) -> list[Block]:
    first, *rest = _who(p)
    return [("f", f"{label}：{first}"), *[("f", x) for x in rest]]


def _sign_party(s: Sheet, p: Party, cx: float, cy: float, rng: random.Random) -> None:
    if p.kind == "organisation":
        seal(s, cx, cy, p.name, rng, radius=mm(19))
    else:
        signature(s, cx - mm(18), cy - mm(6), p.name, rng)
        s.draw.ellipse((cx + mm(14), cy - mm(8), cx + mm(24), cy + mm(4)), fill=(200, 60, 60))  # a red thumbprint


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return {"shrimp": _award, "boat": _appeal, "loan": _first}[_tale(c)](c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        s = Sheet()
        s.centred(MARGIN_T - 10, c.firm, font("kai_gb", 70), spacing=8, fill=(180, 30, 30))
        s.line(MARGIN_L, MARGIN_T + 96, s.width - MARGIN_R, MARGIN_T + 96, width=6, fill=(180, 30, 30))
        s.line(MARGIN_L, MARGIN_T + 108, s.width - MARGIN_R, MARGIN_T + 108, width=2, fill=(180, 30, 30))
        s.right(s.width - MARGIN_R, MARGIN_T + 140, f"粤湛律函〔{c.filed_on.year}〕{rng.randint(11, 98)}号", font("serif", 38))
        s.centred(MARGIN_T + 220, "致 函", font("serif_bold", 64), spacing=20)
        sheets, y = typed([("f", f"{COURT}执行局："),
                           ("p", f"{a.name}与{r.name}{c.extra['cause']}执行一案，本所接受{a.name}的委托，指派本所{c.agent}律师"
                                 "担任其执行阶段的代理人。请予接洽为盼。"),
                           ("f", "附：授权委托书一份、律师执业证复印件一份"),
                           ("f", f"本所地址：{c.extra['firm_addr']}"),
                           ("f", f"承办律师：{c.agent}　手机：{c.agent_phone}")],
                          head=s, y=MARGIN_T + 340, f=font("serif", 42), lh=82)
        s.right(s.width - MARGIN_R, y + 120, cn_date(c.filed_on - timedelta(days=5)), font("serif", 42))
        seal(s, s.width - MARGIN_R - mm(35), y + 130, c.firm, rng, radius=mm(20))
        return sheets
    if code == "lawyer_license":
        return _license(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, r if "respondent" in served else a)
    if code == "property_clue_form":
        return _clues(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "payment_account_confirmation":
        return _account(c, rng)
    if code == "service_address_confirmation":
        return _address(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    return _voucher(c, rng)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = font("microhei", 38)
    s = Sheet()
    s.centred(MARGIN_T, "申 请 执 行 书", font("sans_bold", 68), spacing=10)
    ask = {"shrimp": f"支付仓储费、冷藏费及违约金合计{money(c.amount)}",
           "boat": f"支付渔船维修款及逾期付款利息合计{money(c.amount)}",
           "loan": f"偿还借款本金及利息合计{money(c.amount)}"}[_tale(c)]
    facts = {
        "shrimp": f"申请人与被申请人签订《冷库仓储合同》，约定被申请人将冻对虾约{c.extra.get('tons', 300)}吨存放于申请人冷库，"
                  "按月结算仓储费及冷藏费。被申请人自合同第三个月起拖欠费用，且到期不提货。申请人依合同仲裁条款向湛江仲裁委员会"
                  f"申请仲裁，该会作出{c.basis_number}裁决书，裁决已发生法律效力，被申请人至今未履行。",
        "boat": f"申请人受被申请人委托对其所有的渔船{c.extra.get('boat', '')}进行坞修及主机大修，完工交船后被申请人拒付维修款。"
                f"申请人诉至{COURT}，一审判决后被申请人不服上诉，广东省湛江市中级人民法院作出{c.basis_number}民事判决，"
                "驳回上诉，维持原判。判决已生效，被申请人拒不履行。",
        "loan": f"被申请人经营{c.extra.get('shop', '')}期间向申请人借款，出具借条，到期未还。申请人诉至{COURT}，贵院作出"
                f"{c.basis_number}民事判决，判决已发生法律效力，被申请人至今未履行还款义务。",
    }[_tale(c)]
    blocks: list[Block] = [*_lines("申请人", a), ("f", f"委托代理人：{c.agent}，{c.firm}律师。"), *_lines("被申请人", r),
                           ("f", f"执行依据：{c.basis_court}{c.basis_number}"),
                           ("f", "【请求事项】"),
                           ("p", f"一、强制被申请人{ask}；"),
                           ("p", "二、强制被申请人加倍支付迟延履行期间的债务利息；"),
                           ("p", "三、本案执行费用由被申请人承担。"),
                           ("f", "【事实与理由】"), ("p", facts),
                           ("p", "为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条等规定，特向贵院申请强制执行。"),
                           ("f", "此致"), ("f", COURT)]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 150, f=f, lh=68)
    last = sheets[-1]
    if y > last.height - mm(80):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    last.text(last.width - MARGIN_R - mm(88), y + 60, "申请人（签章）：", f)
    _sign_party(last, a, last.width - MARGIN_R - mm(30), y + 130, rng)
    last.right(last.width - MARGIN_R, y + 250, f"{c.filed_on - timedelta(days=4):%Y年%m月%d日}", f)
    return footer(sheets, font("microhei", 28), style="cn")


def _signers(last: Sheet, y: float, roles: tuple[str, ...], rng: random.Random, f_size: int = 42) -> float:
    x = last.width - MARGIN_R - mm(66)
    for role in roles:
        last.text(x, y, f"{role}　{person_name(rng)}", font("serif", f_size))
        y += 78
    return y


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湛江中院's 二审 judgment: court name and title in Noto serif bold, the case number flush right, 驳回上诉."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(MARGIN_T, ZJ_MID, font("serif_bold", 62), spacing=6)
    s.centred(MARGIN_T + 110, "民 事 判 决 书", font("serif_bold", 80), spacing=10)
    s.right(s.width - MARGIN_R, MARGIN_T + 240, c.basis_number, font("serif", 40))
    blocks: list[Block] = [
        *_lines("上诉人（原审被告）", r),
        *_lines("被上诉人（原审原告）", a),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}承揽合同纠纷一案，不服广东省湛江市赤坎区人民法院{c.extra['first_no']}"
              "民事判决，向本院提起上诉。本院依法组成合议庭审理了本案。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判减少维修款。事实和理由：渔船{c.extra['boat']}修后主机仍有故障，维修质量不合格，"
              "被上诉人增加的维修项目未经上诉人同意。"),
        ("p", f"{a.name}辩称：增项均经船长签字确认，交船时试航合格，上诉人出海作业两个航次后才提出异议，一审判决正确。"),
        ("p", f"本院经审理查明：双方签订《渔船修理合同》，约定被上诉人对渔船{c.extra['boat']}进行上排坞修、船体防腐及主机大修，"
              "完工后一次性结清修理款。被上诉人按约完工交船，双方签署了试航验收单。一审查明的其他事实属实，本院予以确认。"),
        ("p", "本院认为，上诉人主张维修质量不合格，未能提交检验报告等证据证明，且其接船后已出海作业，应承担举证不能的不利后果。"
              "增项维修单上有船长签字，可以认定为上诉人同意。"),
        ("p", "综上，上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国"
              "民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"一审判决确定上诉人支付维修款及利息，合计{money(c.amount)}。二审案件受理费{int(float(c.amount) * 0.011 + 50)}元，"
              "由上诉人负担。"),
        ("p", "本判决为终审判决。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 330, f=font("serif", 42), lh=80)
    last = sheets[-1]
    if y > last.height - mm(110):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    y = _signers(last, y + 50, ("审 判 长", "审 判 员", "审 判 员"), rng)
    made = c.basis_effective - timedelta(days=rng.randint(7, 14))
    last.right(last.width - MARGIN_R, y + 70, cn_date(made), font("serif", 42))
    seal(last, last.width - MARGIN_R - mm(40), y + 80, ZJ_MID, rng, radius=mm(21))
    _signers(last, y + 160, ("法官助理", "书 记 员"), rng)
    hand(last, MARGIN_L, y + 100, "本件与原本核对无异", rng, size=40, ink=(170, 40, 40))
    return footer(sheets, font("serif", 30), style="cn")


def _first(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """赤坎法院's own 民事一审庭 judgment on the loan (the trial side's template, not the bureau's): 独任审判."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("serif_bold", 60), spacing=4)
    s.centred(MARGIN_T + 110, "民 事 判 决 书", font("serif_bold", 78), spacing=10)
    s.right(s.width - MARGIN_R, MARGIN_T + 235, c.basis_number, font("serif", 40))
    lent = c.extra["lent_on"]
    blocks: list[Block] = [
        *_lines("原告", a), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), *_lines("被告", r),
        ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。原告的委托诉讼"
              "代理人到庭参加诉讼，被告经本院传票传唤无正当理由拒不到庭。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：被告偿还借款本金及利息合计{money(c.amount)}。事实与理由：被告因经营{c.extra['shop']}"
              f"资金周转，于{num_date(lent)}向原告借款，原告通过银行转账交付，被告出具借条，约定半年内归还，到期后经多次催讨未还。"),
        ("p", "本院经审理认定事实如下：原告提交的借条、银行转账凭证能够相互印证，被告未到庭质证，本院对原告主张的借贷事实予以确认。"),
        ("p", "本院认为，合法的借贷关系受法律保护。被告借款后未按约还款，应承担还款责任。依照《中华人民共和国民法典》第六百六十七条、"
              "第六百七十五条、第六百七十六条，《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决发生法律效力之日起十日内向原告{a.name}偿还借款本金及利息共计{money(c.amount)}。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费减半收取{int(float(c.amount) * 0.006 + 25)}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于广东省湛江市中级人民法院。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 320, f=font("serif", 42), lh=80)
    last = sheets[-1]
    if y > last.height - mm(100):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    y = _signers(last, y + 50, ("审 判 员",), rng)
    made = c.basis_effective - timedelta(days=rng.randint(25, 35))
    last.right(last.width - MARGIN_R, y + 70, cn_date(made), font("serif", 42))
    seal(last, last.width - MARGIN_R - mm(40), y + 80, COURT, rng, radius=mm(21))
    _signers(last, y + 160, ("书 记 员",), rng)
    return footer(sheets, font("serif", 30), style="cn")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湛江仲裁委员会's award: a left-aligned head with the commission's name in kai, numbered 一、二、三 sections in hei."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.text(MARGIN_L, MARGIN_T - 20, ZJ_ARB, font("kai_gb", 64))
    s.text(MARGIN_L, MARGIN_T + 70, "ZHANJIANG ARBITRATION COMMISSION", font("serif", 26))
    s.line(MARGIN_L, MARGIN_T + 120, s.width - MARGIN_R, MARGIN_T + 120, width=3, fill=(30, 60, 130))
    s.centred(MARGIN_T + 170, "裁　决　书", font("hei", 74), spacing=12)
    s.right(s.width - MARGIN_R, MARGIN_T + 280, c.basis_number, body(40))
    storage = rng.randint(11, 20)
    blocks: list[Block] = [
        *_lines("申请人", a), *_lines("被申请人", r),
        ("p", f"{ZJ_ARB}（以下简称本会）根据申请人与被申请人签订的《冷库仓储合同》中的仲裁条款和申请人的仲裁申请，受理了双方之间的"
              "仓储合同纠纷案。本会依照《湛江仲裁委员会仲裁规则》组成仲裁庭，于指定日期开庭审理，双方均到庭。本案现已审理终结。"),
        ("c", "一、案情"),
        ("p", f"申请人称：被申请人自合同签订之日起将冻对虾约{c.extra['tons']}吨存入申请人冷库，约定零下十八摄氏度冷藏，仓储费每吨每月"
              f"{storage}元、冷藏能耗费另计，每月结算。被申请人支付三个月费用后即停止付款，亦不按约提货。"),
        ("p", "被申请人辩称：对欠费数额无异议，但因对虾市场价格下跌，暂时无力支付，请求分期。"),
        ("c", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的仓储合同系真实意思表示，合法有效。申请人已履行仓储保管义务，被申请人应按约支付仓储费用。"
              "被申请人提出的市场因素不构成免责事由，分期请求申请人不同意，仲裁庭不予支持。"),
        ("c", "三、裁决"),
        ("p", f"（一）被申请人向申请人支付仓储费、冷藏费及违约金合计{money(c.amount)}，于本裁决送达之日起十五日内付清；"),
        ("p", f"（二）本案仲裁费{int(float(c.amount) * 0.018 + 300)}元，由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 370, f=font("serif", 40), lh=74)
    last = sheets[-1]
    if y > last.height - mm(95):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    y = _signers(last, y + 40, ("首席仲裁员", "仲　裁　员", "仲　裁　员"), rng, 40)
    last.right(last.width - MARGIN_R, y + 80, cn_date(c.basis_effective), font("serif", 40))
    seal(last, last.width - MARGIN_R - mm(40), y + 90, ZJ_ARB, rng, radius=mm(21))
    _signers(last, y + 170, ("书　　　记",), rng, 40)
    for sh in sheets:
        sh.text(MARGIN_L, sh.height - mm(18), "地址：湛江市赤坎区海滨大道北　电话：0759-3180000", font("serif", 26))
    return footer(sheets, font("serif", 28), style="cn")


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    if _tale(c) == "shrimp":
        s.text(MARGIN_L, MARGIN_T - 20, ZJ_ARB, font("kai_gb", 64))
        s.line(MARGIN_L, MARGIN_T + 80, s.width - MARGIN_R, MARGIN_T + 80, width=3, fill=(30, 60, 130))
        s.centred(MARGIN_T + 160, "生 效 证 明", font("hei", 70), spacing=8)
        s.right(s.width - MARGIN_R, MARGIN_T + 270, f"湛仲证字〔{c.filed_on.year}〕{rng.randint(10, 99)}号", body(38))
        sheets, y = typed([("f", f"{COURT}："),
                           ("p", f"申请人{a.name}与被申请人{r.name}仓储合同纠纷一案，本会于{cn_date(c.basis_effective)}作出"
                                 f"{c.basis_number}裁决书，并已依法送达双方当事人。该裁决为终局裁决，自作出之日起发生法律效力。"),
                           ("p", "截至本证明出具之日，本会未收到人民法院撤销或不予执行该裁决的通知。"),
                           ("p", "特此证明。")], head=s, y=MARGIN_T + 370, f=font("serif", 42), lh=82)
        s.right(s.width - MARGIN_R, y + 150, cn_date(c.basis_effective + timedelta(days=rng.randint(20, 40))), font("serif", 42))
        seal(s, s.width - MARGIN_R - mm(40), y + 160, ZJ_ARB, rng, radius=mm(21))
        return sheets
    s.centred(MARGIN_T, COURT, font("serif_bold", 58), spacing=4)
    s.centred(MARGIN_T + 105, "生 效 证 明 书", font("serif_bold", 72), spacing=8)
    first = c.extra.get("first_no", c.basis_number)
    rows = [["一审案号", first], ["二审案号", c.basis_number], ["案　　由", c.extra["cause"]], ["原　　告", a.name],
            ["被　　告", r.name], ["生效日期", num_date(c.basis_effective)],
            ["说　　明", "二审判决送达双方当事人之日起，一审、二审判决发生法律效力"]]
    w = s.width - MARGIN_L - MARGIN_R
    y = MARGIN_T + 260
    table(s, MARGIN_L, y, [mm(38), w - mm(38)], rows, body(38), row_h=130, centre_first=True)
    y += 130 * len(rows) + 80
    s.text(MARGIN_L, y, "民事审判第一庭　经办人：", body(40))
    signature(s, MARGIN_L + mm(88), y - 10, person_name(rng), rng)
    s.right(s.width - MARGIN_R, y + 130, cn_date(c.basis_effective + timedelta(days=rng.randint(12, 25))), body(40))
    seal(s, s.width - MARGIN_R - mm(40), y + 140, COURT, rng, radius=mm(20))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(MARGIN_T + 10, "授 权 委 托 书", font("sans_bold", 66), spacing=10)
    f = font("sans", 38)
    w = s.width - MARGIN_L - MARGIN_R
    y: float = MARGIN_T + 130
    code = "统一社会信用代码" if a.kind == "organisation" else "公民身份号码"
    rows = [["委托人", a.name], ["证件号码", f"{code}：{a.id_number}"], ["住　　所", a.address.removeprefix("广东省")[:30]],
            ["受托人", f"{c.agent}，{c.firm}律师，电话{c.agent_phone}"],
            ["案件", f"{a.name}与{r.name}{c.extra['cause']}执行一案"]]
    table(s, MARGIN_L, y, [mm(30), w - mm(30)], rows, font("sans", 32), row_h=110, centre_first=True)
    sheets, y = typed([("p", "代理权限：特别授权。代为申请执行，提供财产线索，申请查封、扣押、冻结、拍卖、变卖被执行人财产，参加约谈，"
                             "代为签收法律文书，代为和解，代为领取执行款，同意或申请终结本次执行程序。"),
                       ("p", "委托期限：自签署之日起至本案执行终结止。")], head=s, y=y + 600, f=f, lh=70)
    s.text(s.width - MARGIN_R - mm(90), y + 80, "委托人：", f)
    _sign_party(s, a, s.width - MARGIN_R - mm(36), y + 160, rng)
    s.text(s.width - MARGIN_R - mm(90), y + 290, "受托人：", f)
    signature(s, s.width - MARGIN_R - mm(62), y + 280, c.agent, rng)
    fill(s, s.width - MARGIN_R - mm(80), y + 420, num_date(c.filed_on - timedelta(days=7)), rng, ink=(30, 30, 30))
    return sheets


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the 律师执业证's photo page and details page, side by side, 'copy matches' written by the lawyer."""
    s = Sheet()
    x0, y0 = MARGIN_L, MARGIN_T + 40
    w, h = s.width - MARGIN_L - MARGIN_R, mm(100)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(214, 214, 214), outline=(50, 50, 50), width=3)
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=3, fill=(110, 110, 110))
    s.draw.rectangle((x0 + mm(14), y0 + mm(12), x0 + mm(44), y0 + mm(52)), fill=(135, 135, 135))
    f = font("hei", 32)
    s.text(x0 + mm(8), y0 + mm(60), "姓　　名  " + c.agent, f)
    s.text(x0 + mm(8), y0 + mm(70), f"性　　别  {rng.choice('男女')}", f)
    s.text(x0 + mm(8), y0 + mm(80), f"身份证号  {id_number(rng, '440802')}", font("hei", 28))
    xr = x0 + w / 2 + mm(7)
    for k, line in enumerate(["执业机构  " + c.firm[:10], "执业证类别  专职律师", "执业证号",
                              c.extra["licence"], "发证机关  广东省司法厅",
                              f"发证日期  {rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]):
        s.text(xr, y0 + mm(10 + 13 * k), line, f)
    seal(s, x0 + w - mm(26), y0 + h - mm(26), "广东省司法厅", rng, radius=mm(15))
    s.centred(y0 + h + mm(10), "律 师 执 业 证", font("hei", 44), spacing=6)
    s.draw.rectangle((x0, y0 + h + mm(30), x0 + w, y0 + h + mm(70)), fill=(222, 222, 222), outline=(60, 60, 60), width=2)
    s.text(x0 + mm(8), y0 + h + mm(38), f"年度考核  {c.filed_on.year - 1}年度　称职", f)
    s.text(x0 + mm(8), y0 + h + mm(52), "考核机关  湛江市律师协会", f)
    hand(s, MARGIN_L + mm(20), y0 + h + mm(90), "与原件一致", rng, size=52, ink=(30, 30, 30))
    signature(s, MARGIN_L + mm(100), y0 + h + mm(90), c.agent, rng)
    return [s]


def _identity(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    s = Sheet()
    if p.kind == "person":
        x = s.width / 2 - mm(43)
        for k, top in enumerate((MARGIN_T + 60, MARGIN_T + mm(80))):
            y = float(top)
            s.draw.rounded_rectangle((x, y, x + mm(86), y + mm(54)), radius=26, fill=(218, 218, 218), outline=(70, 70, 70), width=3)
            f = font("hei", 30)
            if k == 0:
                born = p.born or date(1980, 1, 1)
                s.text(x + mm(5), y + mm(6), f"姓名　{p.name}", f)
                s.text(x + mm(5), y + mm(14), f"性别　{p.sex}　民族　汉", f)
                s.text(x + mm(5), y + mm(22), f"出生　{born.year}年{born.month}月{born.day}日", f)
                s.text(x + mm(5), y + mm(30), "住址　" + p.address.removeprefix("广东省")[:12], f)
                s.text(x + mm(5), y + mm(45), f"公民身份号码　{p.id_number}", font("hei", 32))
                s.draw.rectangle((x + mm(60), y + mm(8), x + mm(81), y + mm(36)), fill=(128, 128, 128))
            else:
                s.centred(y + mm(10), "中华人民共和国", font("hei", 44), x0=x, x1=x + mm(86))
                s.centred(y + mm(22), "居民身份证", font("hei", 56), x0=x, x1=x + mm(86))
                s.text(x + mm(8), y + mm(40), f"签发机关　湛江市公安局{p.address[6:9]}分局", f)
                s.text(x + mm(8), y + mm(47), f"有效期限　{rng.randint(2015, 2021)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-"
                                              f"{rng.randint(2035, 2041)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}", f)
        label = "申请人身份证复印件" if p is c.applicant else "被执行人身份信息（户籍协查）"
        s.text(MARGIN_L, MARGIN_T + mm(150), label, font("kai", 40))
        if p is c.applicant:
            hand(s, s.width / 2 - mm(30), MARGIN_T + mm(165), "本复印件与原件相符", rng, size=44, ink=(30, 30, 30))
            signature(s, s.width / 2 - mm(5), MARGIN_T + mm(182), p.name, rng)
        else:
            s.text(MARGIN_L, MARGIN_T + mm(165), f"查询时间：{c.day(2):%Y-%m-%d}　查询人：{c.officer}", body(34))
        return [s]
    s.draw.rectangle((mm(18), mm(18), s.width - mm(18), s.height * 0.56), outline=(90, 90, 90), width=10)
    s.draw.rectangle((mm(24), mm(24), s.width - mm(24), s.height * 0.56 - mm(6)), outline=(90, 90, 90), width=2)
    s.centred(mm(40), "营 业 执 照", font("serif_bold", 88), spacing=8)
    s.centred(mm(62), "（副本）", font("serif", 40))
    s.text(mm(32), mm(74), f"统一社会信用代码　{p.id_number}", font("serif", 34))
    f = font("serif", 38)
    scope = {"冷链": "冷库仓储服务、冷链运输、水产品冷冻加工", "水产": "水产品批发、零售，冻品进出口", "船舶": "船舶修理、渔船修造、"
             "船用配件销售"}
    items = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
             ("注册资本", f"人民币{rng.choice(['伍佰', '贰佰', '壹仟'])}万元"), ("住　　所", p.address.removeprefix("广东省")),
             ("经营范围", next((v for k, v in scope.items() if k in p.name), "一般经营项目"))]
    y = float(mm(90))
    for label, v in items:
        s.text(mm(32), y, label, f)
        s.text(mm(80), y, v[:24], f)
        y += mm(13)
    s.text(s.width - mm(96), s.height * 0.56 - mm(30), "登记机关", f)
    seal(s, s.width - mm(58), s.height * 0.56 - mm(34), "湛江市市场监督管理局", rng, radius=mm(18))
    y = s.height * 0.6
    s.centred(y, "法定代表人身份证明书", font("sans_bold", 50))
    sheets, _ = typed([("p", f"{p.legal_rep}，在我公司任总经理职务，系我公司法定代表人。"), ("p", "特此证明。")], head=s,
                      y=y + 110, f=font("sans", 38), lh=70)
    seal(s, s.width - mm(70), s.height - mm(52), p.name, rng, radius=mm(19))
    s.right(s.width - MARGIN_R, s.height - mm(48), f"{c.filed_on - timedelta(days=8):%Y年%m月%d日}", font("sans", 36))
    return sheets


def _form(s: Sheet, title: str, sub: str = "") -> float:
    s.text(MARGIN_L, MARGIN_T - 50, f"{COURT}诉讼服务中心（窗口表格）", font("sans", 26))
    y = boxed_title(s, MARGIN_T + 10, title, font("hei", 58), spacing=6)
    if sub:
        s.text(MARGIN_L, y, sub, body(34))
        y += 70
    return y


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = _form(s, "被执行人财产线索登记表", f"案号：{c.number}（立案后由窗口补填）")
    w = s.width - MARGIN_L - MARGIN_R
    clue = {"shrimp": [("银行账户", f"{c.extra.get('r_bank', '')}{c.extra.get('r_acct', '')}"), ("存货", "冷库内冻对虾（另案留置）"),
                       ("应收款", "对虾销售货款，客户不详")],
            "boat": [("船舶", f"渔船{c.extra.get('boat', '')}，停霞山渔港"), ("银行账户", "不详"), ("其他", "听说在徐闻合伙养殖")],
            "loan": [("银行账户", f"{c.extra.get('r_bank', '')}"), ("经营", f"{c.extra.get('shop', '')}（赤坎南桥）"), ("房产", "不详")]}[_tale(c)]
    rows = [["申请执行人", ""], ["被执行人", ""], *[[k, ""] for k, _ in clue], ["线索来源", ""], ["填表人", ""]]
    table(s, MARGIN_L, y, [mm(40), w - mm(40)], rows, body(38), row_h=136, centre_first=True)
    vals = [c.applicant.name, c.respondent.name, *[v for _, v in clue], "业务往来、朋友告知", ""]
    for i, v in enumerate(vals):
        if v:
            fill(s, MARGIN_L + mm(44), y + 136 * i + 44, v[:24], rng, size=38)
    signature(s, MARGIN_L + mm(50), y + 136 * (len(rows) - 1) + 30, c.agent, rng)
    s.text(MARGIN_L, y + 136 * len(rows) + 40, "提示：申请执行人应如实提供财产线索；提供虚假线索的，依法承担相应责任。", body(32))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """广东省 non-tax e-receipt printout (the 原审 fee for the judgments; the 申请执行费 for the award)."""
    s = Sheet()
    x0, y0, w, h = mm(16), mm(30), s.width - mm(32), mm(120)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), outline=(150, 60, 60), width=3)
    s.centred(y0 + 24, "广东省非税收入（电子）票据", font("serif_bold", 52), x0=x0, x1=x0 + w, fill=(150, 60, 60))
    unit = {"shrimp": COURT, "boat": ZJ_MID, "loan": COURT}[_tale(c)]
    item, amt = {"shrimp": ("申请执行费", c.extra["fee"]),
                 "boat": ("二审案件受理费", Decimal(int(float(c.amount) * 0.011 + 50))),
                 "loan": ("案件受理费", Decimal(int(float(c.amount) * 0.006 + 25)))}[_tale(c)]
    payer = c.applicant.name if _tale(c) != "boat" else c.respondent.name
    mono = font("mono", 32)
    s.text(x0 + mm(6), y0 + 110, f"票据代码：44060{rng.randint(100, 999)}", mono)
    s.right(x0 + w - mm(6), y0 + 110, f"票据号码：{rng.randint(10**9, 10**10 - 1)}", mono)
    s.text(x0 + mm(6), y0 + 160, f"交款人：{payer}", body(34))
    rows = [["项目编码", "项目名称", "数量", "金额（元）"], [f"1030{rng.randint(100, 999)}", item, "1", f"{amt:.2f}"],
            ["金额合计（大写）", money_caps(amt), "（小写）", f"{amt:.2f}"]]
    table(s, x0 + mm(6), y0 + 220, [mm(42), w - mm(12) - mm(42) - mm(30) - mm(42), mm(30), mm(42)], rows, body(32), row_h=92)
    when = c.filed_on if _tale(c) == "shrimp" else c.basis_effective - timedelta(days=rng.randint(50, 120))
    s.text(x0 + mm(6), y0 + 560, f"执收单位：{unit}　　开票日期：{when:%Y-%m-%d}", body(30))
    seal(s, x0 + w - mm(36), y0 + h - mm(22), "广东省财政厅票据监制章", rng, radius=mm(15))
    s.text(MARGIN_L, y0 + h + mm(14), f"校验码：{rng.randint(10**5, 10**6 - 1)}　请登录广东省财政电子票据查验平台查验", font("sans", 28))
    return [s]


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = _form(s, "执行款收取账户确认书", f"案号：{c.number}")
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["收款人（户名）", ""], ["开户行", ""], ["账号", ""], ["联系电话", ""]]
    table(s, MARGIN_L, y + 20, [mm(46), w - mm(46)], rows, body(38), row_h=126, centre_first=True)
    for i, v in enumerate([c.applicant.name, c.extra["in_bank"], c.extra["in_acct"], c.applicant.phone]):
        fill(s, MARGIN_L + mm(50), y + 20 + 126 * i + 40, v, rng, size=40)
    sheets, yy = typed([("p", "本人（单位）确认：本案执行款请汇入上述账户；因账户信息有误导致执行款发放错误或延误的，责任自负。"
                              "账户如有变更，将及时书面告知法院。")], head=s, y=y + 20 + 126 * 4 + 60)
    s.text(s.width - MARGIN_R - mm(92), yy + 60, "申请执行人（签章）：", body(38))
    _sign_party(s, c.applicant, s.width - MARGIN_R - mm(32), yy + 170, rng)
    fill(s, s.width - MARGIN_R - mm(80), yy + 280, num_date(c.filed_on), rng)
    return sheets


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = _form(s, "当事人送达地址确认书")
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["案号", c.number], ["受送达人", ""], ["指定代收人", ""], ["送达地址", ""], ["手机号码", ""], ["电子送达", ""],
            ["告知事项", "一、确认的送达地址适用于执行程序；二、地址变更应书面告知法院；三、因提供地址不准确或不及时告知变更，"
                        "文书被退回的，退回之日视为送达之日。"], ["受送达人签名", ""]]
    heights = [100, 110, 110, 150, 100, 110, 250, 180]
    table(s, MARGIN_L, y, [mm(44), w - mm(44)], rows, body(34), row_h=heights, centre_first=True)
    vals = ["", c.applicant.name, f"{c.agent}（律师）", c.extra["firm_addr"], c.agent_phone, "同意，短信及粤公正"]
    yy = y
    for v, h in zip(vals, heights, strict=False):
        if v:
            fill(s, MARGIN_L + mm(48), yy + h / 2 - 22, v[:22], rng, size=38)
        yy += h
    signature(s, MARGIN_L + mm(56), y + sum(heights[:-1]) + 40, c.agent, rng)
    fill(s, MARGIN_L + mm(116), y + sum(heights[:-1]) + 100, num_date(c.filed_on), rng, size=36)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    y = _form(s, "被执行人财产申报表", f"案号：{c.number}")
    w = s.width - MARGIN_L - MARGIN_R
    items = {"shrimp": ["银行存款：农行赤坎支行基本户，已被冻结", "存货：冷库内冻虾已由冷库留置", "车辆：冷藏车一辆（租赁）",
                        "不动产：无，门店租用", "应收款：下游客户欠货款约二十万元"],
             "boat": [f"船舶：渔船{c.extra.get('boat', '')}一艘（已抵押农商行）", "存款：邮储卡一张，余额几百元", "车辆：无",
                      "房屋：与家人同住，不在本人名下", "收入：休渔期无收入"],
             "loan": ["存款：邮储银行卡一张", f"经营：{c.extra.get('shop', '')}，月收入约六千元", "车辆：无",
                      "房屋：店铺后间租住", "其他：无"]}[_tale(c)]
    rows = [["申报人", ""], *[[str(i + 1), ""] for i in range(len(items))], ["申报人签名", ""]]
    table(s, MARGIN_L, y + 10, [mm(30), w - mm(30)], rows, body(38), row_h=146, centre_first=True)
    fill(s, MARGIN_L + mm(34), y + 10 + 48, r.name, rng)
    for i, v in enumerate(items, 1):
        fill(s, MARGIN_L + mm(34), y + 10 + 146 * i + 48, v, rng, size=36)
    yl = y + 10 + 146 * (len(items) + 1)
    _sign_party(s, r, MARGIN_L + mm(80), yl + 72, rng)
    if r.kind == "organisation":
        signature(s, MARGIN_L + mm(112), yl + 40, r.legal_rep, rng)
    s.text(MARGIN_L, yl + 210, "申报人保证以上内容真实、完整；如有隐瞒、虚假，愿承担法律责任。", body(32))
    fill(s, s.width - MARGIN_R - mm(70), yl + 290, num_date(c.day(11)), rng)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 总对总 查控 feedback printout: small sans table, a grey header band, no seal."""
    r = c.respondent
    s = Sheet()
    f = font("sans", 27)
    s.draw.rectangle((mm(14), MARGIN_T - 50, s.width - mm(14), MARGIN_T + 10), fill=(210, 210, 210))
    s.centred(MARGIN_T - 44, "执行查控系统 · 被执行人财产查询结果（总对总）", font("sans_bold", 40))
    s.text(mm(14), MARGIN_T + 40, f"案号：{c.number}　被查询人：{r.name}　证件号：{r.id_number}", f)
    s.text(mm(14), MARGIN_T + 84, f"发起时间：{c.day(3):%Y-%m-%d} 10:{rng.randint(10, 59)}　承办人：{c.officer}　承办法院：{COURT}", f)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "广东南粤银行",
             "湛江农村商业银行", "招商银行", "广发银行"]
    hit_bank = str(c.extra.get("r_bank", ""))
    rows = [["序号", "查询机构", "结果", "账号/财产标识", "余额（元）", "反馈日期"]]
    for i, b in enumerate(banks, 1):
        hit = bool(hit_bank) and hit_bank.startswith(b)
        bal = f"{c.extra['frozen']:.2f}" if hit else (f"{rng.randint(0, 380)}.{rng.randint(0, 99):02d}" if rng.random() < 0.25 else "—")
        rows.append([str(i), b, "有" if hit or bal != "—" else "无", str(c.extra.get("r_acct", "—")) if hit else "—", bal,
                     f"{c.day(4):%m-%d}"])
    n = len(banks)
    rows += [[str(n + 1), "公安部（机动车）", "无", "—", "—", f"{c.day(4):%m-%d}"],
             [str(n + 2), "农业农村部（渔船）", "有" if _tale(c) == "boat" else "无", c.extra.get("boat", "—"), "—", f"{c.day(5):%m-%d}"],
             [str(n + 3), "自然资源部（不动产）", "无", "—", "—", f"{c.day(5):%m-%d}"],
             [str(n + 4), "中国结算（证券）", "无", "—", "—", f"{c.day(5):%m-%d}"],
             [str(n + 5), "财付通（网络资金）", "有" if rng.random() < 0.5 else "无", "—", f"{rng.randint(0, 200)}.00", f"{c.day(4):%m-%d}"]]
    w = s.width - mm(28)
    table(s, mm(14), MARGIN_T + 150, [mm(14), mm(50), mm(16), mm(54), mm(30), w - mm(164)], rows, f, row_h=76)
    s.text(mm(14), s.height - mm(22), f"打印：{c.day(5):%Y-%m-%d} 16:{rng.randint(10, 59)}　第1页/共1页", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The parties' 和解协议, typed by the cold store's clerk in a rounded hei, signed and sealed by both."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("microhei", 40)
    s.centred(MARGIN_T + 10, "执行和解协议书", font("microhei", 70), spacing=10)
    taken = c.extra["frozen"]
    rest = c.amount - taken
    half = (rest / 2).quantize(Decimal("0.01"))
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲乙双方就{COURT}{c.number}执行一案，经协商一致，达成和解如下："),
        ("p", f"一、确认乙方尚欠甲方{money(c.amount)}，法院已扣划乙方存款{taken}元计入已付；"),
        ("p", f"二、余款{rest}元分两期支付：{num_date(c.day(36))}前支付{half}元，{num_date(c.extra['pay_day'])}前付清余下"
              f"{rest - half}元，均汇入法院执行款专户；"),
        ("p", "三、乙方按期付清后，甲方放弃迟延履行利息，并同意乙方提走冷库内剩余对虾；"),
        ("p", "四、乙方任一期逾期未付的，甲方可申请恢复执行原裁决；"),
        ("p", "五、本协议一式三份，甲乙双方各执一份，交法院一份存卷。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 160, f=f, lh=78)
    last = sheets[-1]
    last.text(MARGIN_L, y + 60, "甲方（盖章）：", f)
    _sign_party(last, a, MARGIN_L + mm(60), y + 150, rng)
    last.text(last.width / 2 + mm(6), y + 60, "乙方（盖章）：", f)
    _sign_party(last, r, last.width / 2 + mm(66), y + 150, rng)
    last.right(last.width - MARGIN_R, y + 290, f"签订日期：{c.day(26):%Y年%m月%d日}", f)
    return sheets


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 电子回单 for the payment out to the applicant, one slip across the top half."""
    s = Sheet()
    f = font("sans", 30)
    bank = c.extra["in_bank"][:6]
    out_acct = f"4400{rng.randint(10**13, 10**14 - 1)}"
    y0 = mm(24)
    s.box(mm(14), y0, s.width - mm(14), y0 + mm(118), width=2)
    s.centred(y0 + 22, f"{bank}　网上银行电子回单", font("sans_bold", 44))
    s.text(mm(20), y0 + 90, f"回单编号：{rng.randint(10**15, 10**16 - 1)}", f)
    when = c.extra["pay_day"] + timedelta(days=4)
    rows = [["付款人", f"{COURT}", "收款人", c.applicant.name],
            ["付款账号", out_acct, "收款账号", c.extra["in_acct"]],
            ["开户行", "中国建设银行湛江赤坎支行", "开户行", c.extra["in_bank"]],
            ["金额（小写）", f"￥{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["摘要", f"{c.number}执行款", "交易时间", f"{when:%Y-%m-%d} 14:{rng.randint(10, 59)}:{rng.randint(10, 59)}"]]
    w = s.width - mm(40)
    table(s, mm(20), y0 + 150, [mm(34), w / 2 - mm(34), mm(34), w / 2 - mm(34)], rows, f, row_h=104)
    seal(s, s.width - mm(52), y0 + mm(98), f"{bank}电子回单专用章", rng, radius=mm(15))
    s.text(mm(20), y0 + mm(122), "（执行款发放凭证，财务复核后附卷）", font("kai", 36))
    return [s]
