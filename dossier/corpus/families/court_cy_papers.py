"""What reaches 开封鼓楼法院执行局 from outside, each in its maker's hand: the lawyer's typed 申请书 and 所函, 开封中院's
二审 judgment, 开封仲裁委员会's award, the notary office's 公证书 and 执行证书, licences and ID copies, the bank's 电子回单,
the 查控 system's printout, forms the parties fill at the window."""

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
from dossier.corpus.families.court_cy_kit import (
    COURT,
    MARGIN_L,
    MARGIN_R,
    MARGIN_T,
    body,
    fill,
    footer,
    rule_title,
    typed,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。\n法定代表人：{p.legal_rep}，职务：总经理。"
    return (f"{p.name}，{p.sex}，{p.born.year if p.born else 1980}年{p.born.month if p.born else 1}月"
            f"{p.born.day if p.born else 1}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _lines(label: str, p: Party) -> list[Block]:
    first, *rest = _who(p).split("\n")
    return [("f", f"{label}：{first}"), *[("f", x) for x in rest]]


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    filed = c.filed_on
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return {"house": _judgment, "embroid": _award, "loan": _notarial}[_tale(c)](c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "power_of_attorney":
        s = Sheet()
        y = rule_title(s, MARGIN_T + 20, "授权委托书", font("serif_bold", 68), spacing=20)
        blocks: list[Block] = [*_lines("委托人", a),
                               ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                               ("p", f"现委托上列受托人在委托人与{r.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
                               ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请采取执行措施、代为签收法律文书、"
                                     "参加约谈、代为和解、代为领取执行款、申请终结本次执行程序及申请恢复执行。"),
                               ("p", "委托期限：自本委托书签订之日起至本案执行终结之日止。")]
        sheets, y = typed(blocks, head=s, y=y + 20, f=font("serif", 40), lh=72)
        last = sheets[-1]
        last.text(last.width - MARGIN_R - mm(90), y + 80, "委托人（签章）：", font("serif", 40))
        _sign_party(last, a, last.width - MARGIN_R - mm(40), y + 170, rng)
        last.right(last.width - MARGIN_R, y + 330, num_date(filed - timedelta(days=8)), font("serif", 40))
        return sheets
    if code == "law_firm_letter":
        s = Sheet()
        s.centred(MARGIN_T, c.firm, font("serif_bold", 66), spacing=6)
        s.line(MARGIN_L, MARGIN_T + 100, s.width - MARGIN_R, MARGIN_T + 100, width=5, fill=(190, 40, 40))
        s.centred(MARGIN_T + 150, "律师事务所函", font("hei", 60))
        s.right(s.width - MARGIN_R, MARGIN_T + 250, f"豫汴律执字〔{filed.year}〕第{rng.randint(11, 98)}号", font("serif", 38))
        sheets, y = typed([("f", f"{COURT}："),
                           ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的代理人。"),
                           ("p", "特此函告。"),
                           ("f", "附：授权委托书一份"),
                           ("f", f"本所地址：{c.extra['firm_addr']}　联系电话：{c.agent_phone}")],
                          head=s, y=MARGIN_T + 340, f=font("serif", 42), lh=80)
        s.right(s.width - MARGIN_R, y + 120, cn_date(filed - timedelta(days=7)), font("serif", 42))
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


def _sign_party(s: Sheet, p: Party, cx: float, cy: float, rng: random.Random) -> None:
    if p.kind == "organisation":
        seal(s, cx, cy, p.name, rng, radius=mm(19))
    else:
        signature(s, cx - mm(18), cy - mm(6), p.name, rng)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = font("ming", 40)
    s = Sheet()
    s.centred(MARGIN_T + 10, "申请执行书", font("hei", 64), spacing=20)
    ask = {"house": lambda: f"将{c.extra['house']}房屋过户至申请执行人名下，并支付违约金{money(c.amount)}",
           "embroid": lambda: f"支付丝线货款及违约金合计{money(c.amount)}",
           "loan": lambda: f"偿还借款本金{money(c.amount)}及利息"}[_tale(c)]()
    facts = {
        "house": lambda: f"申请人向被执行人购买其所有的{c.extra['house']}房屋，已付清全部房款{c.extra['price']}元，被执行人交付钥匙后"
                 f"以房价上涨为由拒绝办理过户。申请人诉至{COURT}，一审判决被执行人协助过户并支付违约金，被执行人上诉，"
                 f"河南省开封市中级人民法院作出{c.basis_number}民事判决，驳回上诉，维持原判。判决已经发生法律效力，被执行人至今未履行。",
        "embroid": lambda: f"申请人自{c.basis_effective.year - 2}年起向被执行人供应汴绣用真丝绣线，双方签订《绣线供货合同》。被执行人"
                f"收货{c.extra['skeins']}扎后拖欠货款，经催要未付。申请人依合同仲裁条款申请仲裁，开封仲裁委员会作出"
                f"{c.basis_number}裁决书，裁决已发生法律效力，被执行人拒不履行。",
        "loan": lambda: f"被执行人在鼓楼夜市经营{c.extra['shop']}，为扩大店面，于{num_date(c.extra['lent_on'])}向申请人借款，双方签订的借款合同经河南省开封市大梁公证处公证并赋予强制"
                f"执行效力。借款到期后被执行人未还款，公证处已出具{c.extra['cert_no']}执行证书。",
    }[_tale(c)]()
    blocks: list[Block] = [*_lines("申请执行人", a), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), *_lines("被执行人", r),
                           ("f", "执行依据：" + f"{c.basis_court}{c.basis_number}"),
                           ("f", "申请事项："),
                           ("p", f"1. 依法强制执行被执行人{ask}；"),
                           ("p", "2. 被执行人加倍支付迟延履行期间的债务利息；"),
                           ("p", "3. 对被执行人采取限制高消费措施，并纳入失信被执行人名单；"),
                           ("p", "4. 本案执行费用由被执行人负担。"),
                           ("f", "事实与理由："), ("p", facts),
                           ("p", "为此，依照《中华人民共和国民事诉讼法》的有关规定，特向贵院申请强制执行。"),
                           ("f", "此致"), ("f", COURT)]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 150, f=f, lh=70)
    last = sheets[-1]
    if y > last.height - mm(80):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    last.text(last.width - MARGIN_R - mm(85), y + 60, "申请执行人：", f)
    _sign_party(last, a, last.width - MARGIN_R - mm(30), y + 120, rng)
    last.right(last.width - MARGIN_R, y + 240, num_date(c.filed_on - timedelta(days=6)), f)
    return footer(sheets, font("ming", 30))


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """开封中院's 二审 judgment: court name in the old song face, a long recital, 驳回上诉 at the end; two or three pages."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(MARGIN_T, "河南省开封市中级人民法院", font("serif_bold", 64), spacing=8)
    s.centred(MARGIN_T + 110, "民事判决书", font("serif_bold", 80), spacing=20)
    s.right(s.width - MARGIN_R, MARGIN_T + 240, c.basis_number, font("serif", 40))
    house, price = c.extra["house"], c.extra["price"]
    blocks: list[Block] = [
        ("f", f"上诉人（原审被告）：{r.name}，{r.sex}，{r.born.year if r.born else 1970}年生，汉族，住{r.address}。"),
        ("f", f"被上诉人（原审原告）：{a.name}，{a.sex}，{a.born.year if a.born else 1980}年生，汉族，住{a.address}。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}房屋买卖合同纠纷一案，不服河南省开封市鼓楼区人民法院{c.extra['first_no']}民事"
              "判决，向本院提起上诉。本院于立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判解除双方签订的《房屋买卖合同》。事实和理由：合同签订后房屋所在片区列入"
              "城市更新范围，房价大幅上涨，继续履行显失公平；上诉人配偶对出售房屋不知情。"),
        ("p", f"{a.name}辩称，购房款已全部付清，房屋已交付使用，上诉人配偶在合同上签字确认，上诉理由不能成立，请求驳回上诉。"),
        ("p", f"本院经审理查明：双方签订《房屋买卖合同》，约定上诉人将其所有的坐落于{house}的房屋（{c.extra['cert']}，建筑面积"
              f"{c.extra['sqm']}平方米）以{price}元出售给被上诉人，上诉人于收清房款后三十日内协助办理转移登记，逾期按日支付违约金。"
              "被上诉人已付清房款，上诉人交付了房屋，但至今未协助办理转移登记。一审查明的其他事实与本院查明的一致。"),
        ("p", "本院认为，双方签订的房屋买卖合同系真实意思表示，合法有效。房价上涨属于正常市场风险，不构成情势变更；上诉人"
              "配偶在合同上签字，上诉人主张其不知情，与事实不符，本院不予采信。"),
        ("p", "综上所述，上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国"
              "民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"一审判决确定上诉人协助被上诉人办理上述房屋的转移登记，并支付违约金{money(c.amount)}。二审案件受理费"
              f"{int(float(c.amount) * 0.012 + 50)}元，由上诉人负担。"),
        ("p", "本判决为终审判决。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 320, f=font("serif", 42), lh=78)
    last = sheets[-1]
    if y > last.height - mm(100):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    x = last.width - MARGIN_R - mm(70)
    for role in ("审判长", "审判员", "审判员"):
        last.text(x, y + 40, f"{role}　{person_name(rng)}", font("serif", 42))
        y += 76
    made = c.basis_effective - timedelta(days=rng.randint(6, 12))
    last.right(last.width - MARGIN_R, y + 80, cn_date(made), font("serif", 42))
    seal(last, last.width - MARGIN_R - mm(40), y + 90, "河南省开封市中级人民法院", rng, radius=mm(21))
    last.text(x, y + 170, f"书记员　{person_name(rng)}", font("serif", 42))
    last.text(MARGIN_L, y + 280, "本件与原本核对无异", font("kai", 38), fill=(40, 40, 40))
    return footer(sheets, font("serif", 30))


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """开封仲裁委员会's award: a boxed title, numbered sections in hei, 首席仲裁员 and two arbitrators."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(MARGIN_T, "开封仲裁委员会", font("hei", 70), spacing=16)
    s.box(s.width / 2 - mm(40), MARGIN_T + 100, s.width / 2 + mm(40), MARGIN_T + 200, width=3)
    s.centred(MARGIN_T + 118, "裁决书", font("hei", 64), spacing=10)
    s.right(s.width - MARGIN_R, MARGIN_T + 250, c.basis_number, body(40))
    blocks: list[Block] = [
        *_lines("申请人", a), *_lines("被申请人", r),
        ("p", "开封仲裁委员会（以下简称本会）根据申请人与被申请人签订的《绣线供货合同》中的仲裁条款及申请人的仲裁申请，"
              "受理了双方之间的买卖合同纠纷案。本案适用本会仲裁规则，由独任仲裁员审理，被申请人经书面通知无正当理由未到庭，"
              "仲裁庭依法缺席审理。现已审理终结。"),
        ("c", "一、案情"),
        ("p", f"申请人称：申请人按约向被申请人供应汴绣用真丝绣线共{c.extra['skeins']}扎（含劈线、盘金线），被申请人收货后用于其"
              f"绣坊的{c.extra['embroiderers']}名绣工生产清明上河图等绣品，却以绣品滞销为由拖欠货款，经多次催要未果。"),
        ("c", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的供货合同合法有效。申请人提交的送货单、被申请人签收记录及对账单可以相互印证，被申请人"
              "应按约支付货款。绣品销售情况不影响其付款义务。被申请人未到庭，视为放弃抗辩权利。"),
        ("c", "三、裁决"),
        ("p", f"（一）被申请人向申请人支付货款及违约金合计{money(c.amount)}，于本裁决书送达之日起十日内付清；"),
        ("p", f"（二）本案仲裁费{int(float(c.amount) * 0.02 + 200)}元，由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 330, f=body(40), lh=72)
    last = sheets[-1]
    if y > last.height - mm(90):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    last.text(last.width - MARGIN_R - mm(85), y + 40, f"独任仲裁员　{person_name(rng)}", body(40))
    y += 72
    last.right(last.width - MARGIN_R, y + 90, cn_date(c.basis_effective), body(40))
    seal(last, last.width - MARGIN_R - mm(40), y + 100, "开封仲裁委员会", rng, radius=mm(21))
    last.text(last.width - MARGIN_R - mm(85), y + 180, f"秘　　书　{person_name(rng)}", body(40))
    return footer(sheets, body(28))


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The notary's 公证书 on a loan contract given force of execution, the contract's terms quoted."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(MARGIN_T + 30, "公　证　书", font("serif_bold", 92), spacing=10)
    s.right(s.width - MARGIN_R, MARGIN_T + 190, c.basis_number, font("serif", 40))
    rate = rng.choice(["年利率8%", "年利率10%", "月利率0.8%"])
    due = c.extra["lent_on"] + timedelta(days=365)
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}（出借人），{a.sex}，公民身份号码{a.id_number}。"),
        ("f", f"申请人：{r.name}（借款人），{r.sex}，公民身份号码{r.id_number}。"),
        ("f", "公证事项：赋予债权文书强制执行效力"),
        ("p", f"兹证明出借人{a.name}与借款人{r.name}于{num_date(c.extra['lent_on'])}在本公证员面前签订了前面的《借款合同》。"
              f"合同约定：借款金额{money(c.amount)}，借款期限一年，至{num_date(due)}止，{rate}，到期一次性还本付息。"),
        ("p", "双方在合同中明确约定：借款人不履行或不适当履行还款义务时，借款人愿意接受依法强制执行，出借人可向公证处申请出具"
              "执行证书，并持执行证书向有管辖权的人民法院申请强制执行。"),
        ("p", "经查，双方当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定，合同内容真实，意思表示真实，"
              "合同上当事人的签名、捺印均属实。依据《中华人民共和国公证法》第三十七条的规定，前面的《借款合同》具有强制执行效力。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 280, f=font("serif", 42), lh=80)
    last = sheets[-1]
    last.text(last.width - MARGIN_R - mm(95), y + 70, "中华人民共和国河南省开封市大梁公证处", font("serif", 36))
    last.text(last.width - MARGIN_R - mm(95), y + 140, f"公证员　{c.extra['notary']}", font("serif", 40))
    last.right(last.width - MARGIN_R, y + 220, cn_date(c.extra["lent_on"]), font("serif", 40))
    seal(last, last.width - MARGIN_R - mm(40), y + 160, "河南省开封市大梁公证处", rng, radius=mm(21))
    return footer(sheets, font("serif", 30))


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    if _tale(c) == "loan":
        s.centred(MARGIN_T + 30, "执行证书", font("serif_bold", 84), spacing=12)
        s.right(s.width - MARGIN_R, MARGIN_T + 180, c.extra["cert_no"], font("serif", 40))
        paid = Decimal(rng.randint(0, 30)) * 100
        blocks: list[Block] = [
            ("f", f"申请执行人：{a.name}，公民身份号码{a.id_number}。"),
            ("f", f"被执行人：{r.name}，公民身份号码{r.id_number}。"),
            ("f", f"执行标的：借款本金{money(c.amount)}及利息、公证费。"),
            ("p", f"本处于{num_date(c.extra['lent_on'])}出具{c.basis_number}公证书，赋予{a.name}与{r.name}签订的《借款合同》强制执行"
                  f"效力。借款到期后，被执行人仅归还利息{paid}元，未归还本金。本处向被执行人核实，被执行人对债务无异议。"),
            ("p", "根据《中华人民共和国公证法》第三十七条和《最高人民法院、司法部关于公证机关赋予强制执行效力的债权文书执行有关问题"
                  "的联合通知》的规定，债权人可持本证书向有管辖权的人民法院申请执行。"),
        ]
        sheets, y = typed(blocks, head=s, y=MARGIN_T + 270, f=font("serif", 42), lh=80)
        s2 = sheets[-1]
        s2.text(s2.width - MARGIN_R - mm(95), y + 70, "河南省开封市大梁公证处", font("serif", 40))
        s2.text(s2.width - MARGIN_R - mm(95), y + 140, f"公证员　{c.extra['notary']}", font("serif", 40))
        s2.right(s2.width - MARGIN_R, y + 220, cn_date(c.basis_effective), font("serif", 40))
        seal(s2, s2.width - MARGIN_R - mm(40), y + 150, "河南省开封市大梁公证处", rng, radius=mm(21))
        return sheets
    if _tale(c) == "embroid":
        body_f = body(42)
        s.centred(MARGIN_T, "开封仲裁委员会", font("hei", 62), spacing=12)
        s.centred(MARGIN_T + 110, "裁决书生效证明", font("hei", 70), spacing=10)
        sheets, y = typed([("f", f"{COURT}："),
                           ("p", f"本会于{cn_date(c.basis_effective)}作出的{c.basis_number}裁决书（申请人{a.name}，被申请人{r.name}），"
                                 "已于当日送达双方当事人。该裁决为终局裁决，自作出之日起发生法律效力。"),
                           ("p", "特此证明。")], head=s, y=MARGIN_T + 280, f=body_f, lh=80)
        s.right(s.width - MARGIN_R, y + 140, cn_date(c.basis_effective + timedelta(days=rng.randint(20, 40))), body_f)
        seal(s, s.width - MARGIN_R - mm(40), y + 150, "开封仲裁委员会", rng, radius=mm(21))
        return sheets
    s.centred(MARGIN_T, COURT, font("hei", 56), spacing=8)
    s.centred(MARGIN_T + 100, "生效证明书", font("hei", 72), spacing=12)
    rows = [["案号", f"一审：{c.extra['first_no']}\n二审：{c.basis_number}"], ["案由", c.extra["cause"]],
            ["当事人", f"原告：{a.name}\n被告：{r.name}"], ["文书种类", "民事判决书（一审、二审）"],
            ["生效日期", num_date(c.basis_effective)], ["备注", "二审判决送达后，一审判决与二审判决同时发生法律效力"]]
    w = s.width - MARGIN_L - MARGIN_R
    y = MARGIN_T + 260
    table(s, MARGIN_L, y, [mm(38), w - mm(38)], [[k, v.replace("\n", "　")] for k, v in rows], body(38), row_h=150,
          centre_first=True)
    y += 150 * len(rows) + 80
    s.text(MARGIN_L, y, "经办人：", body(40))
    signature(s, MARGIN_L + mm(24), y - 10, person_name(rng), rng)
    s.right(s.width - MARGIN_R, y + 120, cn_date(c.basis_effective + timedelta(days=rng.randint(15, 30))), body(40))
    seal(s, s.width - MARGIN_R - mm(40), y + 130, COURT, rng, radius=mm(20))
    return [s]


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the 律师执业证's two inside pages on one sheet, 'copy matches original' stamped by the lawyer."""
    s = Sheet()
    x0, y0 = MARGIN_L, MARGIN_T + 60
    w, h = s.width - MARGIN_L - MARGIN_R, mm(95)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(222, 222, 222), outline=(60, 60, 60), width=3)
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=2, fill=(120, 120, 120))
    s.draw.rectangle((x0 + mm(12), y0 + mm(14), x0 + mm(42), y0 + mm(54)), fill=(150, 150, 150))
    f = font("sans", 34)
    s.text(x0 + mm(10), y0 + mm(62), "持证人  " + c.agent, f)
    s.text(x0 + mm(10), y0 + mm(72), f"性　别  {rng.choice('男女')}", f)
    s.text(x0 + mm(10), y0 + mm(82), f"身份证号 {id_number(rng, '410204')}", font("sans", 30))
    xr = x0 + w / 2 + mm(8)
    s.text(xr, y0 + mm(10), "执业机构  " + c.firm, f)
    s.text(xr, y0 + mm(22), "执业证类别  专职", f)
    s.text(xr, y0 + mm(34), "执业证号  " + c.extra["licence"], f)
    s.text(xr, y0 + mm(46), "法律职业资格证号", f)
    s.text(xr, y0 + mm(54), f"A2012{rng.randint(10**9, 10**10 - 1)}", f)
    s.text(xr, y0 + mm(66), "发证机关  河南省司法厅", f)
    s.text(xr, y0 + mm(78), f"发证日期  {rng.randint(2013, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    s.centred(y0 + h + mm(10), "中华人民共和国律师执业证", font("hei", 44))
    hand(s, MARGIN_L + mm(30), y0 + h + mm(40), "与原件核对一致", rng, size=50, ink=(30, 30, 30))
    signature(s, MARGIN_L + mm(110), y0 + h + mm(40), c.agent, rng)
    return [s]


def _identity(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    s = Sheet()
    if p.kind == "person":
        for k, top in enumerate((MARGIN_T + 80, MARGIN_T + mm(85))):
            y = float(top)
            x = s.width / 2 - mm(43)
            s.draw.rounded_rectangle((x, y, x + mm(86), y + mm(54)), radius=24, fill=(226, 226, 226), outline=(80, 80, 80), width=3)
            f = font("hei", 30)
            if k == 0:
                s.text(x + mm(5), y + mm(6), f"姓名　{p.name}", f)
                s.text(x + mm(5), y + mm(14), f"性别　{p.sex}　民族　汉", f)
                born = p.born or date(1980, 1, 1)
                s.text(x + mm(5), y + mm(22), f"出生　{born.year}年{born.month}月{born.day}日", f)
                s.text(x + mm(5), y + mm(30), "住址　" + p.address.removeprefix("河南省开封市")[:11], f)
                s.text(x + mm(5), y + mm(45), f"公民身份号码　{p.id_number}", font("hei", 32))
                s.draw.rectangle((x + mm(60), y + mm(8), x + mm(81), y + mm(36)), fill=(140, 140, 140))
            else:
                s.centred(y + mm(10), "中华人民共和国", font("hei", 44), x0=x, x1=x + mm(86))
                s.centred(y + mm(22), "居民身份证", font("hei", 56), x0=x, x1=x + mm(86))
                s.text(x + mm(8), y + mm(40), f"签发机关　开封市公安局{p.address[6:9]}分局", f)
                s.text(x + mm(8), y + mm(47), f"有效期限　{rng.randint(2016, 2021)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", f)
        hand(s, s.width / 2 - mm(30), MARGIN_T + mm(160), "此复印件与原件一致", rng, size=46, ink=(30, 30, 30))
        signature(s, s.width / 2 - mm(10), MARGIN_T + mm(176), p.name, rng)
        return [s]
    s.draw.rectangle((mm(20), mm(20), s.width - mm(20), s.height * 0.55), outline=(120, 80, 40), width=12)
    s.centred(mm(38), "营业执照", font("serif_bold", 84), spacing=10)
    s.centred(mm(60), "（副　本）", font("serif", 40))
    s.text(mm(32), mm(76), f"统一社会信用代码　{p.id_number}", font("serif", 36))
    f = font("serif", 38)
    items = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
             ("注册资本", f"人民币{rng.choice(['伍佰', '壹仟', '叁佰'])}万元整"), ("住　　所", p.address),
             ("经营范围", "刺绣工艺品制作、销售；刺绣技艺培训" if "工艺品" in p.name else "丝线、绣线生产销售；纺织原料批发")]
    y = float(mm(92))
    for label, v in items:
        s.text(mm(32), y, label, f)
        s.text(mm(78), y, v[:26], f)
        y += mm(13)
    s.text(s.width - mm(100), s.height * 0.55 - mm(28), "登记机关", f)
    seal(s, s.width - mm(60), s.height * 0.55 - mm(34), "开封市鼓楼区市场监督管理局" if "开封" in p.name else "市场监督管理局", rng,
         radius=mm(18))
    y = s.height * 0.58
    s.centred(y, "法定代表人身份证明书", font("hei", 52))
    sheets, _ = typed([("p", f"{p.legal_rep}在我单位任总经理职务，是我单位的法定代表人。"), ("p", "特此证明。")], head=s,
                      y=y + 110, f=body(40), lh=72)
    seal(s, s.width - mm(70), s.height - mm(55), p.name, rng, radius=mm(19))
    s.right(s.width - MARGIN_R, s.height - mm(50), num_date(c.filed_on - timedelta(days=9)), body(38))
    return sheets


def _form(title: str, sub: str = "") -> tuple[Sheet, float]:
    s = Sheet()
    s.centred(MARGIN_T, title, font("hei", 60), spacing=6)
    y = MARGIN_T + 100
    if sub:
        s.centred(y, sub, body(34))
        y += 70
    return s, y


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form("被执行人财产线索表", f"（由申请执行人填写）　案号：{c.number}")
    w = s.width - MARGIN_L - MARGIN_R
    clue = {"house": lambda: [("不动产", f"{c.extra['house']}（即买卖标的房屋）"), ("银行账户", "不详"),
                      ("其他", "被执行人另有门面房一处，在东大街，待核实")],
            "embroid": lambda: [("银行账户", "对公户开户行不详"), ("门面", "书店街门面为租赁，非其所有"), ("其他", "存货绣品、绣架")],
            "loan": lambda: [("银行账户", "工资卡，开户行不详"), ("房产", f"{c.respondent.address}住宅一套（不确定产权）"), ("工作单位", "不详")]}[_tale(c)]()
    rows = [["申请执行人", ""], ["被执行人", ""], *[[k, ""] for k, _ in clue], ["线索来源", ""], ["申请人签名", ""]]
    table(s, MARGIN_L, y, [mm(40), w - mm(40)], rows, body(38), row_h=140, centre_first=True)
    vals = [c.applicant.name, c.respondent.name, *[v for _, v in clue], "合同往来、实地了解", ""]
    for i, v in enumerate(vals):
        if v:
            fill(s, MARGIN_L + mm(44), y + 140 * i + 45, v[:24], rng, size=38)
    signature(s, MARGIN_L + mm(50), y + 140 * (len(rows) - 1) + 30, c.agent, rng)
    s.text(MARGIN_L, y + 140 * len(rows) + 40, "注：申请执行人应如实提供财产线索，提供虚假线索的，依法承担责任。", body(32))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """河南省非税收入 receipt: sembroid landscape slip glued on a sheet, numbers in a mono face."""
    s = Sheet()
    x0, y0, w, h = mm(18), mm(35), s.width - mm(36), mm(110)
    s.box(x0, y0, x0 + w, y0 + h, width=3)
    s.centred(y0 + 20, "河南省政府非税收入票据", font("serif_bold", 54), x0=x0, x1=x0 + w)
    court = COURT
    s.text(x0 + mm(6), y0 + 110, f"执收单位：{court}", body(34))
    s.right(x0 + w - mm(6), y0 + 110, f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", 36))
    item, amt = "申请执行费", c.extra["fee"]
    payer = c.applicant.name
    rows = [["交款人", payer, "", ""], ["项目名称", "单位", "数量", "金额（元）"], [item, "件", "1", f"{amt:.2f}"],
            ["金额合计（大写）", money_caps(amt), "", f"{amt:.2f}"]]
    table(s, x0 + mm(6), y0 + 170, [mm(50), (w - mm(12)) - mm(50) - mm(30) - mm(45), mm(30), mm(45)], rows, body(34), row_h=90)
    when = c.filed_on
    s.text(x0 + mm(6), y0 + 560, f"执收单位（盖章）{court}　　开票日期：{when:%Y-%m-%d}", body(30))
    seal(s, x0 + w - mm(40), y0 + h - mm(20), f"{court}财务专用章", rng, radius=mm(16))
    s.text(MARGIN_L, y0 + h + mm(15), "（执行费缴费凭证，原件存财务）", font("kai", 38))
    return [s]


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form("申请执行人收取执行款账户确认书", f"案号：{c.number}")
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["收款人", ""], ["开户银行", ""], ["账号", ""], ["联系电话", ""]]
    table(s, MARGIN_L, y + 20, [mm(40), w - mm(40)], rows, body(40), row_h=130, centre_first=True)
    for i, v in enumerate([c.applicant.name, c.extra["in_bank"], c.extra["in_acct"], c.applicant.phone]):
        fill(s, MARGIN_L + mm(46), y + 20 + 130 * i + 42, v, rng, size=42)
    sheets, yy = typed([("p", "本人（单位）确认：本案执行款请汇入上述账户。因账户信息错误导致执行款发放错误或迟延的，由本人（单位）"
                              "承担责任。账户变更的，将及时书面告知法院。")], head=s, y=y + 20 + 130 * 4 + 60)
    s.text(s.width - MARGIN_R - mm(90), yy + 60, "申请执行人（签章）：", body(40))
    _sign_party(s, c.applicant, s.width - MARGIN_R - mm(30), yy + 170, rng)
    fill(s, s.width - MARGIN_R - mm(80), yy + 280, num_date(c.filed_on - timedelta(days=1)), rng)
    return sheets


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form(f"{COURT}", "")
    s.centred(y - 10, "送达地址确认书", font("hei", 62), spacing=10)
    y += 100
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["案号", c.number], ["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["联系电话", ""], ["是否同意电子送达", ""],
            ["告知事项", "1. 当事人应如实提供确切的送达地址；2. 确认的送达地址适用于执行程序；3. 因地址不准确、变更未告知导致文书"
                        "未能实际接收的，文书退回之日视为送达之日。"], ["受送达人签名", ""]]
    heights = [100, 110, 150, 100, 100, 110, 260, 180]
    table(s, MARGIN_L, y, [mm(48), w - mm(48)], rows, body(36), row_h=heights, centre_first=True)
    vals = ["", c.applicant.name, c.applicant.address, "475000" if "开封" in c.applicant.address else "215228", c.agent_phone, "同意，手机号码同上"]
    yy = y
    for v, h in zip(vals, heights, strict=False):
        if v:
            fill(s, MARGIN_L + mm(52), yy + h / 2 - 22, v[:22], rng, size=38)
        yy += h
    signature(s, MARGIN_L + mm(60), y + sum(heights[:-1]) + 40, c.agent, rng)
    fill(s, MARGIN_L + mm(120), y + sum(heights[:-1]) + 100, num_date(c.filed_on), rng, size=36)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    s, y = _form("财产申报表", f"{COURT}　{c.number}")
    w = s.width - MARGIN_L - MARGIN_R
    items = {"house": lambda: ["存款：建行工资卡一张，余额约两万元", "车辆：无", f"不动产：{c.extra['house'][5:]}（已卖给申请人）",
                       "不动产：东大街门面房一处（与配偶共有）", "其他：无"],
             "embroid": lambda: ["存款：对公户余额不足百元", "车辆：无", "不动产：无，门面为租赁", "债权：散户欠绣品款，收不回来",
                      "其他：剩余绣品若干，已抵工钱"],
             "loan": lambda: ["存款：工资卡一张，余额几百元", "车辆：无", "不动产：与父母同住，房屋非本人所有", "收入：打零工，每月三千元左右",
                      "其他：无"]}[_tale(c)]()
    rows = [["申报人", ""], *[[f"{i + 1}", ""] for i in range(len(items))], ["申报人签章", ""]]
    table(s, MARGIN_L, y + 10, [mm(30), w - mm(30)], rows, body(38), row_h=150, centre_first=True)
    fill(s, MARGIN_L + mm(34), y + 10 + 50, r.name, rng)
    for i, v in enumerate(items, 1):
        fill(s, MARGIN_L + mm(34), y + 10 + 150 * i + 50, v, rng, size=38)
    yl = y + 10 + 150 * (len(items) + 1)
    _sign_party(s, r, MARGIN_L + mm(80), yl + 75, rng)
    if r.kind == "organisation":
        signature(s, MARGIN_L + mm(110), yl + 40, r.legal_rep, rng)
    s.text(MARGIN_L, yl + 220, "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", body(34))
    fill(s, s.width - MARGIN_R - mm(70), yl + 300, num_date(c.day(12)), rng)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络执行查控系统's feedback printout: a landscape-ish table in a mono face, no seal."""
    r = c.respondent
    s = Sheet()
    f = font("mono", 28)
    s.centred(MARGIN_T - 40, "全国法院网络执行查控系统　查询结果反馈", font("hei", 48))
    s.text(mm(15), MARGIN_T + 40, f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", f)
    s.text(mm(15), MARGIN_T + 85, f"查询发起：{c.day(4):%Y-%m-%d} 09:{rng.randint(10, 59)}　承办人：{c.officer}", f)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中原银行", "开封农商银行", "郑州银行",
             "中国邮政储蓄银行", "招商银行"]
    rows = [["序号", "协助单位", "反馈结果", "账户/财产", "余额/说明", "反馈时间"]]
    for i, b in enumerate(banks, 1):
        hit = rng.random() < 0.2
        rows.append([str(i), b, "有" if hit else "无", f"6217****{rng.randint(1000, 9999)}" if hit else "—",
                     f"{rng.randint(0, 900)}.{rng.randint(10, 99)}" if hit else ("0.00" if rng.random() < 0.5 else "—"),
                     f"{c.day(5):%m-%d}"])
    house = _tale(c) == "house"
    rows += [[str(len(banks) + 1), "公安部（车辆）", "无", "—", "—", f"{c.day(5):%m-%d}"],
             [str(len(banks) + 2), "自然资源部（不动产）", "有" if house else "无", c.extra["cert"][-9:] if house else "—",
              f"{c.extra['sqm']}㎡" if house else "—", f"{c.day(6):%m-%d}"],
             [str(len(banks) + 3), "中国证券登记结算", "无", "—", "—", f"{c.day(6):%m-%d}"],
             [str(len(banks) + 4), "支付宝（网络资金）", "有" if rng.random() < 0.5 else "无", "—", f"{rng.randint(0, 300)}.00", f"{c.day(5):%m-%d}"]]
    w = s.width - mm(30)
    table(s, mm(15), MARGIN_T + 150, [mm(14), mm(48), mm(22), mm(52), mm(30), w - mm(166)], rows, f, row_h=78)
    s.text(mm(15), s.height - mm(25), f"打印时间：{c.day(6):%Y-%m-%d} 15:{rng.randint(10, 59)}:{rng.randint(10, 59)}", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(MARGIN_T + 10, "执行和解协议", font("wenkai_bold", 72), spacing=14)
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    rest = c.amount - first
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"就{COURT}{c.number}执行一案，双方经协商，自愿达成如下和解协议："),
        ("p", f"一、双方确认乙方应付款项为{money(c.amount)}；" + (f"乙方于{num_date(c.day(35))}前到开封市不动产登记中心协助甲方"
              f"办理{c.extra['house']}房屋的转移登记，税费按原合同约定承担。" if _tale(c) == "house" else "")),
        ("p", f"二、乙方于{num_date(c.day(30))}前支付{first}元，于{num_date(c.extra['pay_day'])}前支付余款{rest}元，"
              "均汇入法院执行款专户；"),
        ("p", "三、乙方按期付清后，甲方放弃迟延履行期间的债务利息" + ("，并同意法院解除对房屋的查封以便办理转移登记；" if _tale(c) == "house" else "；")),
        ("p", "四、乙方任何一期未按时付款的，甲方有权申请恢复执行原生效法律文书；"),
        ("p", "五、本协议一式三份，双方各执一份，交法院一份附卷。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 160, f=font("wenkai", 44), lh=80)
    last = sheets[-1]
    last.text(MARGIN_L, y + 60, "甲方：", font("wenkai", 44))
    _sign_party(last, a, MARGIN_L + mm(45), y + 120, rng)
    last.text(last.width / 2 + mm(10), y + 60, "乙方：", font("wenkai", 44))
    _sign_party(last, r, last.width / 2 + mm(55), y + 120, rng)
    last.right(last.width - MARGIN_R, y + 260, num_date(c.day(28)), font("wenkai", 44))
    return sheets


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 电子回单 for the payment out to the applicant, two slips to a page in a mono face."""
    s = Sheet()
    f = font("mono", 32)
    bank = "中国建设银行" if "建设" in c.extra["in_bank"] else rng.choice(["中国工商银行", "中原银行"])
    out_acct = f"0647{rng.randint(10**11, 10**12 - 1)}"
    for k, y0 in enumerate((mm(20), mm(150))):
        s.box(mm(15), y0, s.width - mm(15), y0 + mm(115), width=2)
        s.centred(y0 + 20, f"{bank}　{'网上银行电子回单' if k == 0 else '客户专用回单'}", font("hei", 44))
        rows = [["付款人户名", f"{COURT}执行款专户", "收款人户名", c.applicant.name],
                ["付款人账号", out_acct, "收款人账号", c.extra["in_acct"]],
                ["金额（小写）", f"{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
                ["用途", f"{c.number}案款", "交易时间", f"{c.extra['pay_day'] + timedelta(days=3):%Y-%m-%d} 10:{rng.randint(10, 59)}"]]
        w = s.width - mm(40)
        table(s, mm(20), y0 + 100, [mm(38), w / 2 - mm(38), mm(38), w / 2 - mm(38)], rows, f, row_h=115)
        s.text(mm(22), y0 + 100 + 115 * 4 + 20, f"回单编号 {rng.randint(10**13, 10**14 - 1)}　打印次数 {k + 1}", f)
        seal(s, s.width - mm(50), y0 + mm(92), f"{bank}电子回单专用章", rng, radius=mm(15))
    return [s]

