"""What reaches 张店法院执行局 from outside, each in its maker's hand: the lawyer's typed 申请书 (filed through 网上立案
and printed from the review page), 淄博中院's 二审 judgment (fetched from the 电子送达 platform and printed from the
browser's PDF viewer), 淄博仲裁委员会's award, the court's own civil division's 民事调解书, licences and ID copies, the
公示系统 page of a company, the 财政电子票据 page, the bank's online 电子回单 page, the 网络查控 printout, the third
party's reply to a freezing notice, forms the parties fill at the window. Sheets marked with `web` were printed from a
browser."""

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
from dossier.corpus.families.court_cw_kit import (
    COURT,
    MARGIN_L,
    MARGIN_R,
    MARGIN_T,
    body,
    fill,
    footer,
    rule_title,
    typed,
    web,
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
        return {"ceramic": _judgment, "lease": _award, "estate": _mediation}[_tale(c)](c, rng)
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
        return _portal(sheets, c, rng, "授权委托书")
    if code == "law_firm_letter":
        s = Sheet()
        s.centred(MARGIN_T, c.firm, font("serif_bold", 66), spacing=6)
        s.line(MARGIN_L, MARGIN_T + 100, s.width - MARGIN_R, MARGIN_T + 100, width=5, fill=(190, 40, 40))
        s.centred(MARGIN_T + 150, "律师事务所函", font("hei", 60))
        s.right(s.width - MARGIN_R, MARGIN_T + 250, f"{c.firm[2:4]}律函〔{filed.year}〕第{rng.randint(11, 98)}号", font("serif", 38))
        sheets, y = typed([("f", f"{COURT}："),
                           ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的代理人。"),
                           ("p", "特此函告。"),
                           ("f", "附：授权委托书一份"),
                           ("f", f"本所地址：{c.extra['firm_addr']}　联系电话：{c.agent_phone}")],
                          head=s, y=MARGIN_T + 340, f=font("serif", 42), lh=80)
        s.right(s.width - MARGIN_R, y + 120, cn_date(filed - timedelta(days=7)), font("serif", 42))
        seal(s, s.width - MARGIN_R - mm(35), y + 130, c.firm, rng, radius=mm(20))
        return _portal(sheets, c, rng, "律师事务所函")
    if code == "lawyer_license":
        return _license(c, rng)
    if code == "identity_proof":
        if "respondent" in served and r.kind == "organisation":
            return _gsxt(c, rng, r)
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
    f = font("sans", 38)
    s = Sheet()
    s.centred(MARGIN_T + 10, "强制执行申请书", font("sans_bold", 66), spacing=12)
    ask = {"ceramic": f"支付货款及逾期付款损失合计{money(c.amount)}",
           "lease": f"支付设备租金、违约金合计{money(c.amount)}",
           "estate": f"按调解书支付物业服务费{money(c.amount)}"}[_tale(c)]
    facts = {
        "ceramic": lambda: f"申请人与被执行人签订《陶瓷产品购销合同》，约定申请人向被执行人供应抛釉砖、仿古砖等建筑陶瓷约{c.extra['sqm']}"
                   f"平方米。申请人依约供货，被执行人收货后拖欠货款。申请人诉至{COURT}，一审判决后被执行人上诉，山东省淄博市中级人民"
                   f"法院作出{c.basis_number}民事判决，驳回上诉，维持原判。判决已经发生法律效力，被执行人至今未履行。",
        "lease": lambda: f"申请人将反应釜、列管式换热器等化工设备{c.extra['units']}台（套）出租给被执行人使用，被执行人自合同履行第二年起"
                 f"拖欠租金。申请人依合同仲裁条款申请仲裁，淄博仲裁委员会作出{c.basis_number}裁决书，裁决已发生法律效力，被执行人拒不履行。",
        "estate": lambda: f"被执行人系{c.extra['estate']}商铺业主，长期拖欠物业服务费。经{COURT}主持调解，双方达成调解协议，"
                  f"{COURT}出具{c.basis_number}民事调解书。被执行人未按调解书约定的期限付款。",
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
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 140, f=f, lh=66)
    last = sheets[-1]
    if y > last.height - mm(80):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    last.text(last.width - MARGIN_R - mm(85), y + 60, "申请执行人：", f)
    _sign_party(last, a, last.width - MARGIN_R - mm(30), y + 120, rng)
    last.right(last.width - MARGIN_R, y + 240, num_date(c.filed_on - timedelta(days=6)), f)
    return _portal(footer(sheets, font("sans", 28), style="dash"), c, rng, "强制执行申请书")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """淄博中院's 二审 judgment as the 电子送达 platform serves it (a PDF in 仿宋, the court's electronic seal), printed by
    the lawyer from the browser's PDF viewer: court name in bold song, the title spaced, 驳回上诉 at the end."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("kai_gb", 42)
    s.centred(MARGIN_T, "山东省淄博市中级人民法院", font("serif_bold", 64), spacing=6)
    s.centred(MARGIN_T + 110, "民 事 判 决 书", font("serif_bold", 80))
    s.right(s.width - MARGIN_R, MARGIN_T + 240, c.basis_number, f)
    unpaid = (c.amount * Decimal("0.9")).quantize(Decimal("0.01"))
    blocks: list[Block] = [
        ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，经理。"),
        ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，董事长。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服山东省淄博市张店区人民法院{c.extra['first_no']}民事判决，"
              "向本院提起上诉。本院于立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，依法改判。事实和理由：被上诉人供应的部分仿古砖存在色差、釉面针孔等质量问题，"
              "上诉人有权拒付相应货款；一审对质量抗辩未予审查，认定事实错误。"),
        ("p", f"{a.name}辩称，上诉人收货时签收了送货单，未在合同约定的七日验收期内提出质量异议，且已将陶瓷产品铺贴使用，一审"
              "判决正确，请求驳回上诉。"),
        ("p", f"本院经审理查明：双方签订《陶瓷产品购销合同》，约定被上诉人向上诉人供应抛釉砖、仿古砖共计约{c.extra['sqm']}平方米，"
              f"货到验收后六十日内付款。被上诉人按约分批送货，上诉人签收后仅支付部分货款，尚欠货款{money(unpaid)}。一审查明的其他"
              "事实与本院查明的一致。"),
        ("p", "本院认为，依法成立的合同对当事人具有约束力。上诉人在约定的检验期内未就陶瓷产品的数量、质量提出异议，应视为标的物"
              "符合约定；且上诉人已将产品转售、铺贴，其以质量问题拒付货款的主张，本院不予支持。"),
        ("p", "综上所述，上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国"
              "民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"一审判决确定上诉人支付货款{money(unpaid)}及逾期付款损失，合计{money(c.amount)}。二审案件受理费"
              f"{int(float(c.amount) * 0.012 + 50)}元，由上诉人负担。"),
        ("p", "本判决为终审判决。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 330, f=f, lh=80)
    last = sheets[-1]
    if y > last.height - mm(100):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    x = last.width - MARGIN_R - mm(70)
    for role in ("审判长", "审判员", "审判员"):
        last.text(x, y + 40, f"{role}　{person_name(rng)}", f)
        y += 76
    made = c.basis_effective - timedelta(days=rng.randint(6, 12))
    last.right(last.width - MARGIN_R, y + 80, cn_date(made), f)
    seal(last, last.width - MARGIN_R - mm(40), y + 90, "山东省淄博市中级人民法院", rng, radius=mm(21))
    last.text(x, y + 170, f"法官助理　{person_name(rng)}", f)
    last.text(x, y + 246, f"书 记 员　{person_name(rng)}", f)
    sheets = footer(sheets, font("serif", 30))
    name = f"{c.basis_number}民事判决书.pdf"
    return web(sheets, name, f"https://zxfw.court.gov.cn/yzw/yzw-zxfw-sdfw/api/v1/sdfw/getWsListBySdbh/{rng.randint(10**15, 10**16 - 1)}",
               f"{made + timedelta(days=rng.randint(3, 8)):%Y/%m/%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
               fit=rng.choice([0.84, 0.88]))


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """淄博仲裁委员会's award (the paper original, handed in at the window): a boxed title, numbered sections in hei, 首席仲裁员 and two arbitrators."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(MARGIN_T, "淄博仲裁委员会", font("hei", 70), spacing=16)
    s.box(s.width / 2 - mm(40), MARGIN_T + 100, s.width / 2 + mm(40), MARGIN_T + 200, width=3)
    s.centred(MARGIN_T + 118, "裁决书", font("hei", 64), spacing=10)
    s.right(s.width - MARGIN_R, MARGIN_T + 250, c.basis_number, body(40))
    months = rng.randint(14, 30)
    blocks: list[Block] = [
        *_lines("申请人", a), *_lines("被申请人", r),
        ("p", "淄博仲裁委员会（以下简称本会）根据申请人与被申请人签订的《设备租赁合同》中的仲裁条款及申请人的"
              "仲裁申请，受理了双方之间的租赁合同纠纷案。本案适用本会仲裁规则，由首席仲裁员和两名仲裁员组成仲裁庭，开庭审理，"
              "被申请人经书面通知无正当理由未到庭，仲裁庭依法缺席审理。现已审理终结。"),
        ("c", "一、案情"),
        ("p", f"申请人称：申请人按合同约定向被申请人交付反应釜、列管式换热器、真空泵组等化工设备{c.extra['units']}台（套），"
              f"被申请人自{months}个月前起拒付租金，经多次书面催告未果，申请人已于合同解除后取回设备。"),
        ("c", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的设备租赁合同合法有效。申请人已按约交付租赁物，被申请人应按约支付租金。被申请人未到庭，"
              "视为放弃抗辩权利。"),
        ("c", "三、裁决"),
        ("p", f"（一）被申请人向申请人支付欠付租金及违约金合计{money(c.amount)}，于本裁决书送达之日起十日内付清；"),
        ("p", f"（二）本案仲裁费{int(float(c.amount) * 0.02 + 200)}元，由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 330, f=body(40), lh=72)
    last = sheets[-1]
    if y > last.height - mm(90):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    for role in ("首席仲裁员", "仲　裁　员", "仲　裁　员"):
        last.text(last.width - MARGIN_R - mm(85), y + 40, f"{role}　{person_name(rng)}", body(40))
        y += 72
    last.right(last.width - MARGIN_R, y + 90, cn_date(c.basis_effective), body(40))
    seal(last, last.width - MARGIN_R - mm(40), y + 100, "淄博仲裁委员会", rng, radius=mm(21))
    last.text(last.width - MARGIN_R - mm(85), y + 180, f"秘　　书　{person_name(rng)}", body(40))
    return footer(sheets, body(28))


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's own civil division's 民事调解书: its template differs from the bureau's (title in hei, the 人民法院 line
    in the 宋体 of the division's old WPS template, a thin rule under the number), printed on paper and certified."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("song_gb", 42)
    s.centred(MARGIN_T, COURT, font("hei", 58), spacing=6)
    s.centred(MARGIN_T + 105, "民 事 调 解 书", font("hei", 78))
    s.right(s.width - MARGIN_R, MARGIN_T + 225, c.basis_number, f)
    s.line(MARGIN_L, MARGIN_T + 290, s.width - MARGIN_R, MARGIN_T + 290, width=2)
    half = (c.amount / 2).quantize(Decimal("1"))
    d1, d2 = c.basis_effective + timedelta(days=20), c.basis_effective + timedelta(days=50)
    blocks: list[Block] = [
        ("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，总经理。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被告：{r.name}，{r.sex}，{r.born.year if r.born else 1975}年出生，汉族，住{r.address}。"),
        ("p", f"原告{a.name}与被告{r.name}物业服务合同纠纷一案，本院于立案后依法适用简易程序进行审理。"),
        ("p", f"原告诉称：被告系{c.extra['estate']}沿街商铺{c.extra['shops']}间的业主，原告为该项目提供物业服务，被告自三年前起未交纳"
              "物业服务费及公共能耗分摊费用。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于{num_date(d1)}前支付原告物业服务费{half}元，于{num_date(d2)}前支付剩余{c.amount - half}元，"
              f"合计{money(c.amount)}；"),
        ("p", "二、被告未按期足额支付任何一期款项的，原告可就全部未付款项申请强制执行；"),
        ("p", "三、原告放弃其他诉讼请求；"),
        ("p", f"四、案件受理费减半收取{int(float(c.amount) * 0.01 + 25)}元，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 330, f=f, lh=78)
    last = sheets[-1]
    if y > last.height - mm(90):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    x = last.width - MARGIN_R - mm(70)
    last.text(x, y + 40, f"审判员　{person_name(rng)}", f)
    last.right(last.width - MARGIN_R, y + 160, cn_date(c.basis_effective - timedelta(days=rng.randint(1, 5))), f)
    seal(last, last.width - MARGIN_R - mm(40), y + 170, COURT, rng, radius=mm(21))
    last.text(x, y + 250, f"书记员　{person_name(rng)}", f)
    last.text(MARGIN_L, y + 360, "本件与原本核对无异", font("kai", 38), fill=(40, 40, 40))
    return footer(sheets, font("song_gb", 30), style="dash")


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    if _tale(c) == "lease":
        body_f = font("song_gb", 42)
        s.centred(MARGIN_T, "淄博仲裁委员会", font("serif_bold", 64), spacing=12)
        s.centred(MARGIN_T + 110, "裁决书生效证明", font("serif_bold", 70), spacing=10)
        s.right(s.width - MARGIN_R, MARGIN_T + 220, f"淄仲证字〔{c.filed_on.year}〕第{rng.randint(10, 99)}号", body_f)
        sheets, y = typed([("f", f"{COURT}："),
                           ("p", f"本会于{cn_date(c.basis_effective)}作出的{c.basis_number}裁决书（申请人{a.name}，被申请人{r.name}），"
                                 "已依法送达双方当事人。该裁决为终局裁决，自作出之日起发生法律效力。"),
                           ("p", "特此证明。")], head=s, y=MARGIN_T + 320, f=body_f, lh=80)
        s.right(s.width - MARGIN_R, y + 140, cn_date(c.basis_effective + timedelta(days=rng.randint(20, 40))), body_f)
        seal(s, s.width - MARGIN_R - mm(40), y + 150, "淄博仲裁委员会", rng, radius=mm(21))
        return sheets
    s.centred(MARGIN_T, COURT, font("hei", 56), spacing=8)
    s.centred(MARGIN_T + 100, "生效证明书", font("hei", 72), spacing=12)
    s.text(MARGIN_L, MARGIN_T + 200, "（民事审判庭出具）", font("song_gb", 34))
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
    s.text(x0 + mm(10), y0 + mm(82), f"身份证号 {id_number(rng, '370303')}", font("sans", 30))
    xr = x0 + w / 2 + mm(8)
    s.text(xr, y0 + mm(10), "执业机构  " + c.firm, f)
    s.text(xr, y0 + mm(22), "执业证类别  专职", f)
    s.text(xr, y0 + mm(34), "执业证号  " + c.extra["licence"], f)
    s.text(xr, y0 + mm(46), "法律职业资格证号", f)
    s.text(xr, y0 + mm(54), f"A2012{rng.randint(10**9, 10**10 - 1)}", f)
    s.text(xr, y0 + mm(66), "发证机关  山东省司法厅", f)
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
                s.text(x + mm(5), y + mm(30), "住址　" + p.address.removeprefix("山东省淄博市")[:11], f)
                s.text(x + mm(5), y + mm(45), f"公民身份号码　{p.id_number}", font("hei", 32))
                s.draw.rectangle((x + mm(60), y + mm(8), x + mm(81), y + mm(36)), fill=(140, 140, 140))
            else:
                s.centred(y + mm(10), "中华人民共和国", font("hei", 44), x0=x, x1=x + mm(86))
                s.centred(y + mm(22), "居民身份证", font("hei", 56), x0=x, x1=x + mm(86))
                s.text(x + mm(8), y + mm(40), "签发机关　淄博市公安局张店分局", f)
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
             ("经营范围", "物业管理、保洁服务、停车场服务" if "物业" in p.name else ("机械设备租赁、化工设备销售" if "租赁" in p.name
                         else "建筑陶瓷、日用陶瓷制品制造、销售"))]
    y = float(mm(92))
    for label, v in items:
        s.text(mm(32), y, label, f)
        s.text(mm(78), y, v[:26], f)
        y += mm(13)
    s.text(s.width - mm(100), s.height * 0.55 - mm(28), "登记机关", f)
    seal(s, s.width - mm(60), s.height * 0.55 - mm(34), "淄博市张店区市场监督管理局", rng, radius=mm(18))
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
    clue = {"ceramic": lambda: [("银行账户", "基本户开户行不详"), ("应收账款", f"对{c.extra['third']}的货款（该公司承包的楼盘铺贴工程用我方瓷砖）"),
                        ("其他", "陶瓷城门市部库存瓷砖")],
            "lease": lambda: [("银行账户", "不详"), ("设备", "自有储罐数台，已锈蚀"), ("其他", "厂区系租赁集体土地")],
            "estate": lambda: [("银行账户", "不详"), ("房产", f"{c.extra['estate']}沿街商铺{c.extra['shops']}间"), ("收入", "商铺租金收入")]}[_tale(c)]()
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
    """山东省财政电子票据 as the 查验平台 shows it: a boxed e-receipt in the browser, the 财政 supervision seal in red,
    printed by the lawyer straight from the page (background graphics off: the tinted head band is gone)."""
    s = Sheet()
    x0, y0, w, h = mm(20), mm(30), s.width - mm(40), mm(118)
    s.centred(mm(16), "票据查验结果：该票据为真", font("microhei", 34))
    s.box(x0, y0, x0 + w, y0 + h, width=2)
    s.draw.rectangle((x0 + 2, y0 + 2, x0 + w - 2, y0 + 130), fill=(214, 232, 246))
    s.centred(y0 + 30, "山东省非税收入统一票据（电子）", font("serif_bold", 52), x0=x0, x1=x0 + w)
    f = font("microhei", 32)
    code = f"37{rng.randint(100000, 999999)}"
    s.text(x0 + mm(6), y0 + 150, f"票据代码：{code}　　票据号码：{rng.randint(10**9, 10**10 - 1)}", f)
    s.text(x0 + mm(6), y0 + 200, f"交款人：{c.applicant.name}　　统一社会信用代码：{c.applicant.id_number}", f)
    amt = c.extra["fee"]
    rows = [["项目编码", "项目名称", "单位", "数量", "金额（元）"], [f"10300{rng.randint(10, 99)}", "申请执行费", "件", "1", f"{amt:.2f}"],
            ["金额合计（大写）", money_caps(amt), "", "", f"{amt:.2f}"]]
    ww = w - mm(12)
    table(s, x0 + mm(6), y0 + 270, [mm(34), ww - mm(34) - mm(22) - mm(22) - mm(36), mm(22), mm(22), mm(36)], rows, f, row_h=90)
    s.text(x0 + mm(6), y0 + 570, f"执收单位：{COURT}　　开票日期：{c.filed_on:%Y-%m-%d}", f)
    s.text(x0 + mm(6), y0 + 620, f"校验码：{rng.randint(10**5, 10**6 - 1)}{rng.choice('abcdef')}{rng.randint(1000, 9999)}", f)
    seal(s, x0 + w - mm(40), y0 + h - mm(26), "山东省财政厅票据监制章", rng, radius=mm(15))
    return web([s], "山东省财政电子票据查验平台", f"https://pjcy.sdczt.gov.cn/index.html#/checkResult?code={code}",
               f"{c.filed_on:%Y/%m/%d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", fit=rng.choice([0.82, 0.86, 0.9]),
               background=False)


def _gsxt(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    """The respondent's 国家企业信用信息公示系统 page the lawyer printed as its identity: a web form of 基础信息 in a
    sans face under the site's pale blue head band (gone: background graphics off)."""
    s = Sheet()
    s.draw.rectangle((0, mm(12), s.width, mm(30)), fill=(208, 226, 246))
    s.text(mm(14), mm(15), "国家企业信用信息公示系统", font("microhei", 50), fill=(20, 70, 150))
    s.text(mm(14), mm(38), p.name, font("microhei", 56))
    s.text(mm(14), mm(54), f"存续（在营、开业、在册）　　统一社会信用代码：{p.id_number}", font("microhei", 32))
    s.text(mm(14), mm(68), "营业执照信息", font("microhei", 40), fill=(30, 90, 170))
    f = font("microhei", 32)
    start = date(rng.randint(2008, 2016), rng.randint(1, 12), rng.randint(1, 28))
    scope = "建筑材料、陶瓷制品、卫生洁具批发零售" if "建材" in p.name else "化工产品（不含危险化学品）生产、销售"
    rows = [["·统一社会信用代码：", p.id_number, "·企业名称：", p.name],
            ["·类型：", "有限责任公司（自然人投资或控股）", "·法定代表人：", p.legal_rep or ""],
            ["·注册资本：", f"{rng.choice([300, 500, 1000])}万元人民币", "·成立日期：", f"{start:%Y年%m月%d日}"],
            ["·营业期限自：", f"{start:%Y年%m月%d日}", "·营业期限至：", "长期"],
            ["·登记机关：", "淄博市张店区市场监督管理局", "·核准日期：", f"{rng.randint(2021, 2023)}年0{rng.randint(1, 9)}月1{rng.randint(0, 9)}日"],
            ["·登记状态：", "存续（在营、开业、在册）", "", ""],
            ["·住所：", p.address.removeprefix("山东省"), "", ""],
            ["·经营范围：", scope, "", ""]]
    w = s.width - mm(28)
    table(s, mm(14), mm(78), [mm(36), w / 2 - mm(36), mm(30), w / 2 - mm(30)], rows, f, row_h=96)
    y = mm(78) + 96 * len(rows) + 60
    s.text(mm(14), y, "股东及出资信息", font("microhei", 40), fill=(30, 90, 170))
    rows2 = [["序号", "股东", "股东类型", "认缴出资额（万元）"], ["1", p.legal_rep or person_name(rng), "自然人股东", "—"],
             ["2", person_name(rng), "自然人股东", "—"]]
    table(s, mm(14), y + 70, [mm(20), w - mm(20) - mm(40) - mm(50), mm(40), mm(50)], rows2, f, row_h=86)
    when = c.filed_on - timedelta(days=rng.randint(2, 9))
    return web([s], f"{p.name} - 国家企业信用信息公示系统",
               f"https://www.gsxt.gov.cn/%7B{rng.randint(10**15, 10**16 - 1):X}%7D-{rng.randint(10**9, 10**10 - 1)}",
               f"{when:%Y/%m/%d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", fit=rng.choice([0.8, 0.85]), background=False)


def _portal(sheets: list[Sheet], c: CaseCtx, rng: random.Random, what: str) -> list[Sheet]:
    """A paper the lawyer uploaded through 网上立案; the filing clerk printed it from the review page's preview."""
    if _tale(c) == "lease":  # that applicant came to the window with paper
        return sheets
    when = c.filed_on - timedelta(days=rng.randint(0, 2))
    return web(sheets, f"{what}.pdf - 山东法院电子诉讼服务网 网上立案审查",
               f"https://ssfw.sdcourt.gov.cn/wsla/review/preview?lsh=3703032{when:%Y%m%d}{rng.randint(1000, 9999)}",
               f"{when:%Y/%m/%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", fit=rng.choice([1.0, 0.9]))


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
    vals = ["", c.applicant.name, c.applicant.address, "255000", c.agent_phone, "同意，手机号码同上"]
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
    items = {"ceramic": lambda: ["存款：齐商银行基本户，余额很少", "车辆：无", "不动产：无（门市部租赁）",
                         f"债权：{c.extra['third']}欠我公司货款", "其他：门市部库存瓷砖若干"],
             "lease": lambda: ["存款：基本户已被冻结，无余额", "车辆：无", "不动产：无，厂区为租赁", "设备：旧储罐数台，已报废",
                       "其他：无"],
             "estate": lambda: ["存款：个人储蓄卡两张，余额不多", "车辆：轿车一辆（贷款未还清）",
                        f"不动产：{c.extra['estate']}商铺{c.extra['shops']}间（已出租）", "收入：商铺租金", "其他：无"]}[_tale(c)]()
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
    """The 总对总网络执行查控系统's feedback page, printed by the clerk from the intranet browser (the bureau's own print,
    but off a web page): a table in a mono face, no seal."""
    r = c.respondent
    s = Sheet()
    f = font("mono", 28)
    s.centred(MARGIN_T - 40, "网络执行查控系统　查询结果反馈", font("hei", 48))
    s.text(mm(15), MARGIN_T + 40, f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", f)
    s.text(mm(15), MARGIN_T + 85, f"查询发起：{c.day(4):%Y-%m-%d} 09:{rng.randint(10, 59)}　承办人：{c.officer}", f)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "齐商银行", "淄博农商银行", "恒丰银行",
             "中国邮政储蓄银行", "招商银行"]
    rows = [["序号", "协助单位", "反馈结果", "账户/财产", "余额/说明", "反馈时间"]]
    for i, b in enumerate(banks, 1):
        hit = rng.random() < 0.3
        rows.append([str(i), b, "有" if hit else "无", f"{rng.randint(10**14, 10**15 - 1)}" if hit else "—",
                     f"{rng.randint(0, 900)}.{rng.randint(10, 99)}" if hit else "—", f"{c.day(5):%m-%d}"])
    car = _tale(c) == "estate"
    rows += [[str(len(banks) + 1), "公安部（车辆）", "有" if car else "无", f"鲁C{rng.randint(10000, 99999)}" if car else "—",
              "有抵押" if car else "—", f"{c.day(5):%m-%d}"],
             [str(len(banks) + 2), "自然资源部（不动产）", "有" if _tale(c) == "estate" else "无", "—", "—", f"{c.day(6):%m-%d}"],
             [str(len(banks) + 3), "中国证券登记结算", "无", "—", "—", f"{c.day(6):%m-%d}"],
             [str(len(banks) + 4), "支付宝（网络资金）", "有" if rng.random() < 0.5 else "无", "—", f"{rng.randint(0, 300)}.00", f"{c.day(5):%m-%d}"]]
    w = s.width - mm(30)
    table(s, mm(15), MARGIN_T + 150, [mm(14), mm(48), mm(22), mm(52), mm(30), w - mm(166)], rows, f, row_h=78)
    when = c.day(6)
    return web([s], "网络执行查控系统-查询结果明细", f"http://10.37.{rng.randint(1, 254)}.{rng.randint(1, 254)}:8080/zxzhcx/cxjg/mxList.do"
               f"?ah={c.number[1:5]}&cxlsh={rng.randint(10**11, 10**12 - 1)}",
               f"{when:%Y/%m/%d} {rng.randint(14, 17):02d}:{rng.randint(0, 59):02d}", fit=0.86)


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(MARGIN_T + 10, "执行和解协议", font("kai", 72), spacing=14)
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    rest = c.amount - first
    if _tale(c) == "ceramic":
        rest = c.amount - c.extra["frozen"]
        first = c.extra["frozen"]
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"就{COURT}{c.number}执行一案，双方经协商，自愿达成如下和解协议："),
        ("p", f"一、双方确认乙方应付款项为{money(c.amount)}；" + (f"第三人{c.extra['third']}向法院交付的冻结货款计入已付部分。" if _tale(c) == "ceramic" else "")),
        ("p", f"二、乙方于{num_date(c.day(30))}前支付{first}元，于{num_date(c.extra['pay_day'])}前支付余款{rest}元，"
              "均汇入法院执行款专户；"),
        ("p", "三、乙方按期付清后，甲方放弃迟延履行期间的债务利息" + "；"),
        ("p", "四、乙方任何一期未按时付款的，甲方有权申请恢复执行原生效法律文书；"),
        ("p", "五、本协议一式三份，双方各执一份，交法院一份附卷。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 160, f=font("kai", 44), lh=80)
    last = sheets[-1]
    last.text(MARGIN_L, y + 60, "甲方：", font("kai", 44))
    _sign_party(last, a, MARGIN_L + mm(45), y + 120, rng)
    last.text(last.width / 2 + mm(10), y + 60, "乙方：", font("kai", 44))
    _sign_party(last, r, last.width / 2 + mm(55), y + 120, rng)
    last.right(last.width - MARGIN_R, y + 260, num_date(c.day(28)), font("kai", 44))
    return sheets


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The paying-out bank's 电子回单 as its 企业网银 page shows it, printed by the bureau's accountant from the browser:
    one slip on the page, its 电子回单专用章 an image the print left out (background graphics off) or kept."""
    s = Sheet()
    f = font("microhei", 32)
    bank = "齐商银行" if "齐商" in c.extra["in_bank"] else rng.choice(["中国建设银行", "中国工商银行"])
    out_acct = f"8080{rng.randint(10**11, 10**12 - 1)}"
    y0 = mm(22)
    s.draw.rectangle((mm(15), y0, s.width - mm(15), y0 + 90), fill=(225, 236, 248))
    s.text(mm(20), y0 + 20, f"{bank}　企业网上银行", font("microhei", 44))
    s.centred(y0 + 140, "电子回单", font("microhei", 56), spacing=10)
    when = c.extra["pay_day"] + timedelta(days=3)
    rows = [["回单编号", f"{rng.randint(10**13, 10**14 - 1)}", "交易日期", f"{when:%Y-%m-%d}"],
            ["付款人户名", f"{COURT}", "收款人户名", c.applicant.name],
            ["付款人账号", out_acct, "收款人账号", c.extra["in_acct"]],
            ["付款人开户行", f"{bank}张店支行", "收款人开户行", c.extra["in_bank"]],
            ["金额（小写）", f"CNY {c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["用途", f"{c.number}执行款", "交易流水号", f"{rng.randint(10**15, 10**16 - 1)}"]]
    w = s.width - mm(40)
    table(s, mm(20), y0 + 240, [mm(36), w / 2 - mm(36), mm(36), w / 2 - mm(36)], rows, f, row_h=110)
    yy = y0 + 240 + 110 * len(rows) + 30
    s.text(mm(22), yy, f"打印次数：{rng.randint(1, 3)}　　本回单不作为收款方发货依据，请勿重复记账。", f)
    seal(s, s.width - mm(55), yy - 40, f"{bank}电子回单专用章", rng, radius=mm(16))
    return web([s], f"{bank}企业网上银行 - 电子回单打印", f"https://ebank.{'qsbank.cc' if bank == '齐商银行' else 'bank.com.cn'}"
               f"/corporbank/receipt/print.do?seq={rng.randint(10**9, 10**10 - 1)}",
               f"{when:%Y/%m/%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}", fit=rng.choice([0.82, 0.9]),
               background=rng.random() < 0.5)


def third_reply(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The third party's 回复函 to the freezing notice, on its letterhead: owes the goods money, will pay the court."""
    t = c.extra["third"]
    s = Sheet()
    s.centred(MARGIN_T - 20, t, font("serif_bold", 60), spacing=4)
    s.line(MARGIN_L, MARGIN_T + 70, s.width - MARGIN_R, MARGIN_T + 70, width=3, fill=(30, 60, 140))
    s.text(MARGIN_L, MARGIN_T + 84, f"地址：淄博市张店区{rng.choice(['新村西路', '中润大道'])}{rng.randint(1, 200)}号　电话：0533-{rng.randint(2000000, 3999999)}",
           font("sans", 28))
    s.centred(MARGIN_T + 170, "关于协助执行通知书的回复函", font("sans_bold", 56))
    f = font("sans", 40)
    got = d + timedelta(days=rng.randint(3, 6))
    sheets, y = typed([("f", f"{COURT}执行局："),
                       ("p", f"我公司于{num_date(d + timedelta(days=1))}收到贵院{c.number}之一协助执行通知书。经核对账目，截至收到通知之日，"
                             f"我公司尚欠{c.respondent.name}瓷砖货款{money(c.extra['frozen'])}，已届付款期。"),
                       ("p", "我公司对上述债务无异议，已停止向被执行人支付，并将于本月内将上述款项汇入贵院执行款专户。"),
                       ("p", "特此回复。"),
                       ("f", f"联系人：{person_name(rng)}（财务部）")], head=s, y=MARGIN_T + 290, f=f, lh=74)
    s.right(s.width - MARGIN_R, y + 140, num_date(got), f)
    seal(s, s.width - MARGIN_R - mm(38), y + 140, t, rng, radius=mm(20))
    s.starts_document = True
    return sheets
