"""The papers that reach the 城关区法院 from elsewhere, each in its author's style: the 兰州仲裁委员会's award and its
生效证明, 兰州中院's appeal judgment, this court's own 民事调解书 from the 民事审判庭, a 甘肃 law firm's application,
委托书 and 所函, the 律师执业证 and ID cards photographed by phone, the 非税收入 e-receipt, the window forms filled
in ballpoint, a 和解协议 typed by the parties, 兰州银行's e-receipt and an applicant's 收条."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, Block, Sheet, flow, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_be_kit import ARB, COURT, MID, BSheet, Pager, sheet
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "settlement_agreement", "payment_voucher",
})
LAW = "《中华人民共和国民事诉讼法》"


def story(c: CaseCtx) -> str:
    return str(c.extra.get("story", "beef"))


def who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人{p.legal_rep}。"
    b = p.born
    born = f"{b.year}年{b.month}月{b.day}日" if b else "1980年1月1日"
    return f"{p.name}，{p.sex}，{born}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def basis_name(c: CaseCtx) -> str:
    kind = {"arbitration": "裁决书", "mediation": "民事调解书"}.get(c.basis_kind, "民事判决书")
    return f"{c.basis_court}{c.basis_number}{kind}"


def _footer(kind: str):  # type: ignore[no-untyped-def]
    """Each author numbers its pages its own way."""
    def put(s: BSheet, i: int, n: int) -> None:
        if kind == "arb":
            s.right(mm(186), mm(282), f"第 {i} 页  共 {n} 页", font("ming", 26))
        elif kind == "mid":
            s.centred(mm(280), f"- {i} -", font("serif", 30))
        elif kind == "firm" and n > 1:
            s.centred(mm(283), f"{i}/{n}", font("microhei", 24))
        elif kind == "civil":
            s.centred(mm(281), f"第{i}页 共{n}页", font("song_gb", 28))
    return put


def _long(origin: str, footer: str, head, blocks: list[Block], body: str, size: int,  # type: ignore[no-untyped-def]
          *, x0: float, x1: float, lh: float, top: float, bottom: float) -> tuple[Pager, float]:
    pg = Pager(origin, top, _footer(footer))
    s = pg.first()
    y = head(s)
    f = font(body, size)
    y = flow(s, blocks, f, x0=x0, width=x1 - x0, y=y, line_height=lh, indent=f.size * 2, bottom=bottom, more=pg.more,
             centre=font("hei" if footer == "arb" else body, size))
    return pg, y


# ----------------------------------------------------------------------------- bases
def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """兰州仲裁委员会's award: the commission's name in 黑体 over a rule, 裁决书 spaced, the number right."""
    def head(s: BSheet) -> float:
        s.centred(mm(22), ARB, font("hei", 74), spacing=14)
        s.line(mm(24), mm(41), mm(186), mm(41), width=4)
        s.centred(mm(48), "裁  决  书", font("hei", 64), spacing=10)
        s.right(mm(184), mm(66), c.basis_number, font("ming", 40))
        return mm(80)
    app, resp = c.applicant, c.respondent
    fee = (c.amount * Decimal("0.7")).quantize(Decimal("1"))
    start = c.basis_effective - timedelta(days=rng.randint(90, 160))
    blocks: list[Block] = [
        ("f", f"申请人：{app.name}，住所地{app.address}。"), ("f", f"法定代表人：{app.legal_rep}，该公司总经理。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被申请人：{who(resp)}"),
        ("p", f"本会根据申请人与被申请人于{start.year - 2}年签订的《{c.extra['brand']}牛肉面特许经营合同》中的仲裁条款"
              f"及申请人的仲裁申请，于{num_date(start)}受理了双方之间的特许经营合同纠纷案。本案适用《兰州仲裁委员会"
              "仲裁规则》规定的简易程序，由本会主任指定仲裁员独任审理。仲裁庭于"
              f"{num_date(start + timedelta(days=rng.randint(30, 50)))}开庭审理，被申请人经书面通知无正当理由未到庭，"
              "仲裁庭依法缺席审理。本案现已审理终结。"),
        ("c", "一、案情"),
        ("p", f"申请人称：双方约定由被申请人在兰州市经营{c.extra['store']}，被申请人应按年度支付加盟费，并按月支付品牌"
              f"管理费及原料配送款。合同履行期间，被申请人累计拖欠加盟费、品牌管理费及配送款共计{fee:,}元，经申请人"
              "多次催告仍未支付，故请求裁决被申请人支付上述款项及违约金，并承担本案仲裁费用。"),
        ("p", "申请人提交了特许经营合同、配送单、对账确认函及催款函等证据。被申请人未提交答辩意见及证据。"),
        ("c", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的特许经营合同系真实意思表示，内容不违反法律、行政法规的强制性规定，合法有效。"
              "被申请人在对账确认函上签字确认欠款数额，其未按约支付，已构成违约，应当承担继续履行及支付违约金的责任。"
              "申请人主张的违约金按合同约定计算，未超过法律规定的限度，仲裁庭予以支持。"),
        ("c", "三、裁决"),
        ("p", "根据《中华人民共和国民法典》第五百零九条、第五百七十七条、第五百八十五条，《中华人民共和国仲裁法》"
              "第四十二条之规定，裁决如下："),
        ("p", f"（一）被申请人{resp.name}向申请人{app.name}支付加盟费、品牌管理费及原料配送款共计{fee:,}元；"),
        ("p", f"（二）被申请人{resp.name}向申请人支付违约金{(c.amount - fee):,.2f}元；"),
        ("p", "（三）本案仲裁费由被申请人承担。"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付。本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    pg, y = _long("upload", "arb", head, blocks, "ming", 40, x0=mm(26), x1=mm(184), lh=mm(9.2), top=mm(24),
                  bottom=mm(262))
    s: Sheet = pg.last
    if y > mm(215):
        s, y = pg.more()
    f = font("ming", 40)
    s.right(mm(170), y + mm(10), f"独任仲裁员  {person_name(rng)}", f)
    s.right(mm(176), y + mm(28), cn_date(c.basis_effective), f)
    seal(s, mm(150), y + mm(26), ARB, rng)
    s.right(mm(170), y + mm(44), f"书  记  员  {person_name(rng)}", f)
    return pg.finish()


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """兰州中院's 二审 judgment in the court's 宋体 template, 本件与原本核对无异 stamped at the end."""
    def head(s: BSheet) -> float:
        s.centred(mm(26), MID, font("serif_bold", 60))
        s.centred(mm(42), "民 事 判 决 书", font("serif_bold", 66), spacing=10)
        s.right(mm(182), mm(60), c.basis_number, font("serif", 40))
        return mm(74)
    app, resp = c.applicant, c.respondent
    rent = (c.amount * Decimal("0.82")).quantize(Decimal("0.01"))
    blocks: list[Block] = [
        ("f", f"上诉人（原审被告）：{resp.name}，住所地{resp.address}。"),
        ("f", f"法定代表人：{resp.legal_rep}，该公司执行董事。"),
        ("f", f"被上诉人（原审原告）：{who(app)}"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{resp.name}因与被上诉人{app.name}房屋租赁合同纠纷一案，不服甘肃省兰州市城关区人民法院"
              f"{c.extra['first_number']}民事判决，向本院提起上诉。本院立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
        ("p", f"上诉人上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：涉案{c.extra['shop']}因张掖路"
              "步行街改造施工，客流锐减，上诉人无法正常经营，依法应当减免租金。"),
        ("p", "被上诉人辩称：施工期间商铺正常开放，租赁合同未约定施工期间减免租金，一审判决正确，请求驳回上诉。"),
        ("p", f"一审法院认定事实：{app.name}将其所有的{c.extra['shop']}出租给{resp.name}经营餐饮，约定按季度支付租金。"
              f"{resp.name}自{c.basis_effective.year - 2}年第三季度起未付租金，截至起诉之日欠付租金{rent:,}元。一审法院判决："
              f"{resp.name}支付{app.name}租金{rent:,}元及逾期付款违约金{(c.amount - rent):,.2f}元。"),
        ("p", "本院二审查明的事实与一审一致。"),
        ("p", "本院认为，上诉人主张的道路施工不属于合同约定或法律规定的租金减免事由，其亦未提交证据证明商铺无法使用，"
              "其上诉理由不能成立，本院不予支持。一审判决认定事实清楚，适用法律正确，应予维持。依照"
              f"{LAW}第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{rng.randint(2000, 8000)}元，由上诉人{resp.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    pg, y = _long("upload", "mid", head, blocks, "serif", 40, x0=mm(28), x1=mm(182), lh=mm(9.6), top=mm(26),
                  bottom=mm(262))
    s: Sheet = pg.last
    if y > mm(200):
        s, y = pg.more()
    f = font("serif", 40)
    for k, role in enumerate(["审 判 长", "审 判 员", "审 判 员"]):
        s.right(mm(172), y + mm(10) + k * mm(11), f"{role}  {person_name(rng)}", f)
    s.right(mm(176), y + mm(50), cn_date(c.basis_effective - timedelta(days=rng.randint(15, 30))), f)
    seal(s, mm(146), y + mm(46), MID, rng)
    s.right(mm(172), y + mm(62), f"书 记 员  {person_name(rng)}", f)
    s.box(mm(28), y + mm(48), mm(78), y + mm(62), width=3, outline=(120, 60, 160))
    s.text(mm(30), y + mm(51), "本件与原本核对无异", font("hei", 30), fill=(120, 60, 160))
    return pg.finish()


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's own 民事调解书 from its 劳动争议 bench, pulled as a copy from the trial volume."""
    def head(s: BSheet) -> float:
        s.centred(mm(24), COURT, font("song_gb", 58), spacing=3)
        s.centred(mm(40), "民 事 调 解 书", font("serif_bold", 64), spacing=10)
        s.right(mm(182), mm(58), c.basis_number, font("song_gb", 40))
        return mm(72)
    app, resp = c.applicant, c.respondent
    pay = c.amount
    blocks: list[Block] = [
        ("f", f"原告：{who(app)}"),
        ("f", f"被告：{resp.name}，住所地{resp.address}。"), ("f", f"法定代表人：{resp.legal_rep}，该公司经理。"),
        ("p", f"原告{app.name}与被告{resp.name}劳动争议一案，原告不服兰州市城关区劳动人事争议仲裁委员会"
              f"{c.extra['arb_no']}仲裁裁决，于{num_date(c.basis_effective - timedelta(days=70))}向本院提起诉讼。本院受理后，"
              "依法适用简易程序进行了审理。"),
        ("p", "原告诉称：原告自入职被告处担任配送车厨房帮厨及送货员，被告拖欠原告工资，并未依法缴纳社会保险，原告被迫"
              "解除劳动合同，请求判令被告支付拖欠工资及经济补偿金。"),
        ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{resp.name}于{num_date(c.basis_effective + timedelta(days=30))}前一次性支付原告{app.name}拖欠工资及"
              f"解除劳动合同经济补偿金共计{money(pay)}；"),
        ("p", "二、原、被告双方就劳动关系再无其他争议；"),
        ("p", "三、案件受理费5元，减半收取计2.5元，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    pg, y = _long("adf", "civil", head, blocks, "song_gb", 41, x0=mm(28), x1=mm(182), lh=mm(9.6), top=mm(30),
                  bottom=mm(262))
    s: Sheet = pg.last
    if y > mm(212):
        s, y = pg.more()
    f = font("song_gb", 41)
    s.right(mm(172), y + mm(10), f"审 判 员  {c.extra['trial_judge']}", f)
    s.right(mm(176), y + mm(28), cn_date(c.basis_effective), f)
    seal(s, mm(150), y + mm(26), COURT, rng)
    s.right(mm(172), y + mm(44), f"书 记 员  {person_name(rng)}", f)
    return pg.finish()


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """兰州仲裁委员会's certificate that the award took effect: a short letter on the commission's letterhead."""
    s = sheet("upload")
    s.centred(mm(24), ARB, font("hei", 64), spacing=10)
    s.line(mm(24), mm(40), mm(186), mm(40), width=4)
    s.centred(mm(52), "生效证明书", font("hei", 60), spacing=16)
    no = c.basis_number.replace("仲裁字", "仲证字")
    s.right(mm(184), mm(70), no, font("ming", 38))
    f = font("ming", 40)
    flow(s, [("f", f"{COURT}："),
             ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}特许经营合同纠纷一案，本会于"
                   f"{num_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决书为终局裁决，自作出之日起发生"
                   "法律效力。本会已依法向双方当事人送达，截至本证明出具之日，本会未收到人民法院撤销该裁决的通知。"),
             ("p", "特此证明。")], f, x0=mm(26), width=mm(158), y=mm(86), line_height=mm(9.4), indent=80)
    d = c.filed_on - timedelta(days=rng.randint(3, 12))
    s.right(mm(178), mm(150), cn_date(d), f)
    seal(s, mm(150), mm(146), ARB, rng)
    s.text(mm(26), mm(176), f"经办人：{person_name(rng)}    联系电话：0931-{rng.randint(8400000, 8899999)}", font("ming", 32))
    return [s]


# ----------------------------------------------------------------------------- the lawyer's papers
def _firm_head(s: BSheet, c: CaseCtx, title: str) -> float:
    s.text(mm(22), mm(14), c.firm, font("microhei", 34), fill=(40, 70, 120))
    s.right(mm(190), mm(14), "GANSU LAW FIRM", font("microhei", 24), fill=(40, 70, 120))
    s.line(mm(22), mm(24), mm(190), mm(24), width=3, fill=(40, 70, 120))
    s.centred(mm(36), title, font("microhei", 60), spacing=12)
    return mm(56)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    app, resp = c.applicant, c.respondent
    me: list[Block] = ([("f", f"申请执行人：{app.name}，统一社会信用代码{app.id_number}，住所地{app.address}。"),
                        ("f", f"法定代表人：{app.legal_rep}，职务：总经理。")] if app.kind == "organisation"
                       else [("f", f"申请执行人：{who(app)}"), ("f", f"联系电话：{app.phone}")])
    them: list[Block] = ([("f", f"被执行人：{resp.name}，统一社会信用代码{resp.id_number}，住所地{resp.address}。"),
                          ("f", f"法定代表人：{resp.legal_rep}。")] if resp.kind == "organisation"
                         else [("f", f"被执行人：{who(resp)}")])
    facts = {"beef": f"申请执行人与被执行人{c.extra['cause']}一案，{basis_name(c)}裁决被执行人支付加盟费、品牌管理费等款项。",
             "lease": f"申请人与被执行人{c.extra['cause']}一案，经贵院{c.extra.get('first_number', '')}民事判决及"
                      f"{basis_name(c)}维持，被执行人应支付拖欠租金及违约金。",
             "wage": f"申请人与被执行人{c.extra['cause']}一案，经{basis_name(c)}确认，被执行人应支付拖欠工资及经济补偿金。"}
    blocks: list[Block] = [
        *me, ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), *them,
        ("h", "执行请求："),
        ("p", f"一、请求依法强制执行{basis_name(c)}，责令被执行人支付{money(c.amount)}；"),
        ("p", "二、请求责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "三、被执行人不履行的，请求对其采取限制消费措施，并纳入失信被执行人名单；"),
        ("p", "四、本案执行费用由被执行人承担。"),
        ("h", "事实与理由："),
        ("p", f"{facts[story(c)]}该法律文书已于{num_date(c.basis_effective)}发生法律效力，被执行人至今未履行。为维护"
              f"申请人的合法权益，依照{LAW}第二百四十七条的规定，特向贵院申请强制执行。"),
        ("p", "申请人同意通过“移动微法院”及上述手机号码接收执行文书。"),
        ("f", "此致"), ("f", COURT),
    ]
    pg = Pager("app", mm(26), _footer("firm"))
    s = pg.first()
    y = _firm_head(s, c, "强制执行申请书")
    f = font("microhei", 38)
    y = flow(s, blocks, f, x0=mm(24), width=mm(162), y=y, line_height=mm(9.0), indent=f.size * 2, bottom=mm(262),
             more=pg.more)
    s = pg.last
    if y > mm(225):
        _, y = pg.more()
        s = pg.last
    s.text(mm(110), y + mm(8), "申请执行人：", f)
    if app.kind == "organisation":
        seal(s, mm(160), y + mm(12), app.name, rng)
    else:
        signature(s, mm(150), y + mm(5), app.name, rng)
    s.text(mm(120), y + mm(24), num_date(c.filed_on - timedelta(days=2)), f)
    return pg.finish()


def _poa(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = sheet("upload")
    y = _firm_head(s, c, "授权委托书")
    app = c.applicant
    f = font("microhei", 38)
    y = flow(s, [("f", f"委托人：{app.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                 ("p", f"现委托上列受托人在我方与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方的代理人。"),
                 ("f", "代理权限为特别授权：代为申请执行、提供财产线索、申请采取查封冻结等措施、代为参加执行听证和谈话、"
                       "代为达成执行和解、代为签收法律文书、代为领取执行案款。"),
                 ("f", "代理期限：自签署之日起至本案执行终结之日止。")], f, x0=mm(24), width=mm(162), y=y + mm(4),
             line_height=mm(10), indent=76)
    s.text(mm(100), y + mm(24), "委托人（签章）：", f)
    if app.kind == "organisation":
        seal(s, mm(160), y + mm(28), app.name, rng)
        signature(s, mm(150), y + mm(40), app.legal_rep, rng, ink=BLUE_INK)
    else:
        signature(s, mm(150), y + mm(20), app.name, rng, ink=BLUE_INK)
    s.text(mm(100), y + mm(56), "受托人（签名）：", f)
    signature(s, mm(150), y + mm(52), c.agent, rng, ink=BLUE_INK)
    hand(s, mm(112), y + mm(74), num_date(c.filed_on - timedelta(days=3)), rng, size=40, ink=BLUE_INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = sheet("upload")
    s.centred(mm(28), c.firm, font("serif_bold", 62), fill=(190, 30, 30))
    s.line(mm(22), mm(46), mm(188), mm(46), width=5, fill=(190, 30, 30))
    s.centred(mm(60), "律 师 事 务 所 函", font("serif_bold", 56))
    no = f"{c.firm[2:4]}律函〔{c.filed_on.year}〕第{rng.randint(10, 480):03d}号"
    s.right(mm(184), mm(78), no, font("serif", 36))
    f = font("serif", 40)
    flow(s, [("f", f"{COURT}："),
             ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
                   "执行一案的委托代理人。"),
             ("p", "特此函告。"),
             ("f", "附：授权委托书一份，律师执业证复印件一份。")], f, x0=mm(26), width=mm(158), y=mm(94),
         line_height=mm(10), indent=80)
    s.right(mm(180), mm(160), c.firm, f)
    s.right(mm(178), mm(172), num_date(c.filed_on - timedelta(days=3)), f)
    seal(s, mm(150), mm(166), c.firm, rng)
    s.text(mm(26), mm(196), f"本所地址：{c.extra['firm_addr']}", font("serif", 32))
    s.text(mm(26), mm(206), f"联系电话：0931-{rng.randint(8400000, 8899999)}", font("serif", 32))
    return [s]


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证's two inner pages photographed on a photocopy, the copy endorsed 与原件一致 by the lawyer."""
    s = sheet("photo")
    x0, y0 = mm(22), mm(30)
    s.box(x0, y0, mm(188), mm(150), width=4, outline=(60, 60, 60))
    s.line(mm(105), y0, mm(105), mm(150), width=3, fill=(90, 90, 90))
    s.box(mm(36), mm(48), mm(76), mm(98), width=3, outline=(80, 80, 80))
    s.text(mm(44), mm(70), "照片", font("hei", 40), fill=(120, 120, 120))
    f = font("hei", 32)
    for k, (a, b) in enumerate([("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", str(c.extra["lic_no"])),
                                ("法律职业资格", f"A{rng.randint(2005, 2016)}62010{rng.randint(100000, 999999)}"),
                                ("或律师资格证号", ""), ("发证机关", "甘肃省司法厅"),
                                ("发证日期", f"{rng.randint(2016, 2022)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]):
        s.text(mm(110), mm(40) + k * mm(13), a, f)
        if b:
            s.text(mm(110) if len(b) > 12 else mm(144), mm(46) + k * mm(13) if len(b) > 12 else mm(40) + k * mm(13),
                   b, font("ming", 30))
    s.text(mm(30), mm(110), f"姓名 {c.agent}", font("hei", 36))
    s.text(mm(30), mm(124), "中华人民共和国律师执业证", font("hei", 34))
    hand(s, mm(40), mm(170), "此复印件与原件一致", rng, size=52, ink=(30, 30, 35))
    signature(s, mm(120), mm(186), c.agent, rng)
    return [s]


# ----------------------------------------------------------------------------- identity papers
def _id_card(s: BSheet, p: Party, rng: random.Random, y: float) -> None:
    f = font("hei", 30)
    s.box(mm(45), y, mm(165), y + mm(74), width=3, outline=(70, 70, 70))
    b = p.born
    for k, line in enumerate([f"姓名  {p.name}", f"性别  {p.sex}    民族  汉",
                              f"出生  {b.year if b else 1980}年{b.month if b else 1}月{b.day if b else 1}日",
                              f"住址  {p.address[:14]}", f"      {p.address[14:]}"]):
        if line.strip():
            s.text(mm(50), y + mm(6) + k * mm(10), line, f)
    s.text(mm(50), y + mm(62), f"公民身份号码  {p.id_number}", font("hei", 32))
    s.box(mm(125), y + mm(8), mm(158), y + mm(50), width=2, outline=(110, 110, 110))
    y2 = y + mm(86)
    s.box(mm(45), y2, mm(165), y2 + mm(74), width=3, outline=(70, 70, 70))
    s.centred(y2 + mm(14), "中华人民共和国", font("hei", 44), x0=mm(45), x1=mm(165))
    s.centred(y2 + mm(30), "居民身份证", font("hei", 52), spacing=6, x0=mm(45), x1=mm(165))
    issued = rng.randint(2012, 2021)
    s.text(mm(52), y2 + mm(50), f"签发机关  兰州市公安局{rng.choice(['城关', '七里河', '安宁'])}分局", f)
    s.text(mm(52), y2 + mm(60), f"有效期限  {issued}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-"
           f"{issued + 20}.xx.xx".replace("xx.xx", f"{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"), f)


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if "respondent" in served else c.applicant
    if p.kind == "person":
        s = sheet(rng.choice(["app", "photo"]))
        s.centred(mm(16), "身份证复印件", font("hei", 40))
        _id_card(s, p, rng, mm(32))
        hand(s, mm(40), mm(212), "仅供兰州城关法院执行案件使用", rng, size=46, ink=(30, 30, 35))
        if p is c.applicant:
            signature(s, mm(110), mm(232), p.name, rng)
        return [s]
    lic = sheet("app")
    lic.box(mm(18), mm(18), mm(192), mm(279), width=10, outline=(170, 120, 60))
    lic.centred(mm(34), "营 业 执 照", font("serif_bold", 90), spacing=12)
    lic.centred(mm(58), "（副        本）", font("serif", 40))
    f = font("song_gb", 36)
    rows = [("统一社会信用代码", p.id_number), ("名        称", p.name), ("类        型", "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("经营范围", "餐饮管理；餐饮服务；食品销售；品牌管理；特许经营活动"
                                              if "餐饮" in p.name else "农副产品收购、配送；蔬菜、水果批发零售；食品销售"),
            ("注册资本", f"{rng.choice([100, 200, 500, 1000])}万元人民币"),
            ("成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住        所", p.address)]
    y = mm(80)
    for a, b in rows:
        lic.text(mm(32), y, a, f)
        parts = [b[i:i + 17] for i in range(0, len(b), 17)]
        for k, part in enumerate(parts):
            lic.text(mm(78), y + k * mm(9), part, f)
        y += mm(9) * len(parts) + mm(6)
    lic.text(mm(112), mm(236), "登记机关", f)
    lic.text(mm(108), mm(250), f"{num_date(c.filed_on - timedelta(days=rng.randint(300, 1500)))}", f)
    seal(lic, mm(150), mm(240), "兰州市城关区市场监督管理局", rng)
    seal(lic, mm(70), mm(200), p.name, rng)
    rep = sheet("app")
    rep.starts_document = True
    rep.centred(mm(40), "法定代表人身份证明书", font("song_gb", 60), spacing=6)
    fb = font("song_gb", 40)
    flow(rep, [("p", f"{p.legal_rep}在我单位任总经理职务，系我单位的法定代表人。"), ("p", "特此证明。")], fb,
         x0=mm(28), width=mm(154), y=mm(70), line_height=mm(11), indent=80)
    rep.text(mm(28), mm(110), "附：法定代表人身份证复印件", fb)
    rep.right(mm(180), mm(200), p.name, fb)
    rep.right(mm(176), mm(214), num_date(c.filed_on - timedelta(days=4)), fb)
    seal(rep, mm(150), mm(208), p.name, rng)
    return [lic, rep]


# ----------------------------------------------------------------------------- window forms, filled by hand
def _form(c: CaseCtx, rng: random.Random, title: str, rows: list[tuple[str, str]], origin: str,
          closing: str) -> list[Sheet]:
    s = sheet(origin)
    s.centred(mm(22), COURT, font("song_gb", 44))
    s.centred(mm(34), title, font("hei", 58), spacing=4)
    s.text(mm(22), mm(52), f"案号：{c.number}", font("song_gb", 34))
    f = font("song_gb", 34)
    y = mm(60)
    for a, b in rows:
        h = mm(26) if len(b) > 16 else mm(17)
        table(s, mm(22), y, [mm(48), mm(118)], [[a, ""]], f, row_h=h, width=3, centre_first=True)
        lines = [b[i:i + 20] for i in range(0, len(b), 20)][:2]
        for k, part in enumerate(lines):
            hand(s, mm(74), y + mm(3) + k * mm(11), part, rng, size=36)
        y += h
    flow(s, [("p", closing)], f, x0=mm(22), width=mm(166), y=y + mm(8), line_height=mm(8.5), indent=68)
    s.text(mm(104), mm(236), "填表人（签名）：", f)
    signature(s, mm(150), mm(232), c.agent if c.applicant.kind == "organisation" else c.applicant.name, rng,
              ink=BLUE_INK)
    hand(s, mm(122), mm(250), num_date(c.filed_on - timedelta(days=1)), rng, size=36)
    return [s]


def _clue(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    resp = c.respondent
    rows = [("被执行人", resp.name), ("住所/经常居住地", resp.address),
            ("银行账户", f"{c.extra['resp_bank']} {c.extra['resp_acct']}"),
            ("车辆", f"{c.extra['plate']}（常停张掖路门店后院）" if story(c) == "lease" else "不清楚"),
            ("不动产", "不清楚" if resp.kind == "organisation" else "七里河区有住房一套"),
            ("经营场所/收入", c.extra.get("shop", c.extra.get("store", "雁滩高原夏菜批发市场摊位"))),
            ("其他线索", "微信、支付宝收款")]
    return _form(c, rng, "被执行人财产线索表", rows, "app",
                 "申请执行人保证所提供的财产线索真实，如有虚假，愿意承担相应的法律责任。")


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    app = c.applicant
    rows = [("申请执行人", app.name), ("收款户名", app.name), ("开户银行", str(c.extra["acct_bank"])),
            ("银行账号", str(c.extra["acct"])), ("联系电话", app.phone)]
    return _form(c, rng, "申请执行人收取案款确认书", rows, rng.choice(["app", "adf"]),
                 "本人（单位）确认以上账户为收取本案执行款的唯一账户。因账户信息错误导致案款无法发放或错误发放的，"
                 "由本人（单位）承担责任。")


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    app = c.applicant
    rows = [("受送达人", app.name), ("送达地址", app.address), ("邮政编码", "730030"), ("手机号码", app.phone),
            ("是否同意电子送达", "☑同意 □不同意"), ("电子送达方式", "移动微法院、短信"),
            ("代收人", f"{c.agent}（律师）")]
    return _form(c, rng, "送达地址确认书", rows, "app",
                 "本人已阅读本确认书的告知事项，确认上述送达地址及方式。送达地址变更的，将及时书面告知法院；未告知的，"
                 "按上述地址送达即视为送达。")


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 甘肃省 non-tax e-receipt (财政电子票据) of the original case fee, downloaded and uploaded as a PDF."""
    s = sheet("upload")
    red = (175, 50, 40)
    s.centred(mm(18), "甘肃省非税收入统一票据（电子）", font("song_gb", 50), fill=red)
    s.line(mm(60), mm(32), mm(150), mm(32), width=2, fill=red)
    s.line(mm(60), mm(34), mm(150), mm(34), width=2, fill=red)
    f = font("song_gb", 30)
    code = f"62010124{rng.randint(10, 99)}"
    s.text(mm(18), mm(42), f"票据代码：{code}", f)
    s.text(mm(18), mm(50), f"交款人统一社会信用代码：{c.applicant.id_number}", f)
    s.text(mm(18), mm(58), f"交款人：{c.applicant.name}", f)
    s.text(mm(130), mm(42), f"票据号码：{rng.randint(10**9, 10**10 - 1)}", f)
    s.text(mm(130), mm(50), f"校验码：{rng.randint(100000, 999999)}", f)
    s.text(mm(130), mm(58), f"开票日期：{num_date(c.basis_effective - timedelta(days=rng.randint(100, 200)))}", f)
    s.box(mm(170), mm(10), mm(192), mm(32), width=3)
    fee = Decimal(rng.randint(1500, 9000))
    item = {"beef": "仲裁费", "lease": "案件受理费（上诉）", "wage": "案件受理费"}[story(c)]
    if story(c) == "wage":
        fee = Decimal(5)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）", "备注"],
            [f"103{rng.randint(100000, 999999)}", item, "件", "1", "", f"{fee:,.2f}", c.basis_number],
            ["", "", "", "", "", "", ""], ["", "", "", "", "", "", ""],
            ["金额合计（大写）", money_caps(fee), "", "", "", "（小写）", f"{fee:,.2f}"]]
    table(s, mm(18), mm(66), [mm(26), mm(40), mm(12), mm(12), mm(14), mm(30), mm(40)], rows, font("song_gb", 26),
          row_h=mm(12), width=2, fill=red)
    payee = ARB if story(c) == "beef" else (MID if story(c) == "lease" else COURT)
    s.text(mm(18), mm(134), f"收款单位（章）：{payee}", f)
    s.text(mm(110), mm(134), "复核人：", f)
    s.text(mm(150), mm(134), f"收款人：{person_name(rng)}", f)
    seal(s, mm(60), mm(128), f"{payee}财务专用章", rng, radius=mm(15))
    return [s]


# ----------------------------------------------------------------------------- the end of the case
def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    app, resp = c.applicant, c.respondent
    first = (c.amount * Decimal("0.5")).quantize(Decimal("0.01"))
    pg = Pager("adf", mm(26), _footer("civil"))
    s = pg.first()
    s.centred(mm(26), "执行和解协议", font("sans_bold", 60), spacing=8)
    f = font("sans", 36)
    y = flow(s, [
        ("f", f"甲方（申请执行人）：{app.name}，身份证号{app.id_number}，电话{app.phone}"),
        ("f", f"乙方（被执行人）：{resp.name}，法定代表人{resp.legal_rep}"),
        ("p", f"甲乙双方{c.extra['cause']}一案，{basis_name(c)}已发生法律效力，现由{COURT}执行（案号{c.number}）。"
              "在执行法官主持下，双方经协商自愿达成如下和解协议："),
        ("p", f"一、乙方应付甲方租金、违约金共计{money(c.amount)}，甲方同意免除迟延履行期间的债务利息。"),
        ("p", f"二、乙方于{num_date(c.day(35))}前支付{first:,.2f}元，于{num_date(c.day(c.extra['pay_day']))}前支付剩余"
              f"{(c.amount - first):,.2f}元，均汇入甲方指定账户（{c.extra['acct_bank']}）。"),
        ("p", f"三、乙方付清首期款后，甲方同意申请法院解除对乙方车辆{c.extra['plate']}的查封。"),
        ("p", "四、乙方任何一期未按时足额付款的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除。"),
        ("p", "五、本协议一式三份，甲乙双方各执一份，交执行法院一份，自双方签字（盖章）之日起生效。"),
    ], f, x0=mm(24), width=mm(162), y=mm(48), line_height=mm(9.5), indent=72, bottom=mm(250), more=pg.more)
    s = pg.last
    if y > mm(225):
        _, y = pg.more()
        s = pg.last
    s.text(mm(24), y + mm(10), "甲方（签字）：", f)
    signature(s, mm(70), y + mm(6), app.name, rng)
    s.text(mm(110), y + mm(10), "乙方（盖章）：", f)
    seal(s, mm(165), y + mm(14), resp.name, rng)
    signature(s, mm(150), y + mm(28), resp.legal_rep, rng)
    hand(s, mm(40), y + mm(36), num_date(c.day(30)), rng, size=36)
    return pg.finish()


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if story(c) == "lease":
        s = sheet("app")
        s.centred(mm(40), "收  条", font("kai", 74), spacing=10)
        text = (f"今收到{c.respondent.name}按执行和解协议支付的租金及违约金共计{c.amount:,.2f}元，已全部履行完毕，"
                f"本人不再要求{COURT}对其继续执行，案号{c.number}。")
        parts = wrap(text, font("kai", 50), mm(158))
        for k, part in enumerate(parts):
            hand(s, mm(26), mm(70) + mm(14) * k, part, rng, size=50, ink=(25, 25, 30))
        yy = mm(70) + mm(14) * (len(parts) + 2)
        hand(s, mm(110), yy, "收款人：", rng, size=46, ink=(25, 25, 30))
        signature(s, mm(150), yy, c.applicant.name, rng)
        hand(s, mm(110), yy + mm(18), num_date(c.day(c.extra["pay_day"] + 1)), rng, size=42, ink=(25, 25, 30))
        s.draw.ellipse((mm(176), yy - mm(4), mm(188), yy + mm(10)), fill=(200, 40, 40))  # the thumbprint
        return [s]
    s = sheet("adf")
    blue = (20, 70, 140)
    s.text(mm(18), mm(16), "兰州银行", font("hei", 54), fill=blue)
    s.text(mm(66), mm(22), "BANK OF LANZHOU", font("sans", 22), fill=blue)
    s.centred(mm(34), "网上银行电子回单", font("hei", 52))
    f = font("sans", 30)
    s.text(mm(18), mm(50), f"回单编号：{rng.randint(10**13, 10**14 - 1)}", f)
    s.text(mm(118), mm(50), f"交易日期：{num_date(c.day(c.extra['pay_day']))}", f)
    rows = [["付款人户名", "兰州市城关区人民法院执行款专户", "收款人户名", c.applicant.name],
            ["付款人账号", f"1011{rng.randint(10**11, 10**12 - 1)}", "收款人账号", str(c.extra["acct"])],
            ["付款行", "兰州银行城关支行", "收款行", str(c.extra["acct_bank"])],
            ["金额", f"￥{c.amount:,.2f}", "大写", money_caps(c.amount)],
            ["用途", f"{c.number}案款发放", "交易流水号", f"{rng.randint(10**11, 10**12 - 1)}"]]
    y = table(s, mm(18), mm(58), [mm(30), mm(56), mm(28), mm(60)], rows, font("sans", 27), row_h=mm(14), width=2)
    s.text(mm(18), y + mm(6), "本回单可通过兰州银行网点或网上银行验证真伪，重复打印无效。", font("sans", 24))
    seal(s, mm(165), y + mm(2), "兰州银行股份有限公司电子回单专用章", rng, radius=mm(16))
    s.line(mm(10), mm(148), mm(200), mm(148), width=1, fill=(150, 150, 150))
    s.text(mm(24), mm(160), "案款发放确认：", font("song_gb", 38))
    hand(s, mm(30), mm(176), f"已收到{c.number}案款{c.amount:,.2f}元。", rng, size=40)
    signature(s, mm(120), mm(192), c.agent if c.applicant.kind == "organisation" else c.applicant.name, rng)
    return [s]


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return {"beef": _award, "lease": _appeal, "wage": _mediation}[story(c)](c, rng)
    fns = {"effectiveness_certificate": _certificate, "enforcement_application": _application, "power_of_attorney": _poa,
           "law_firm_letter": _firm_letter, "lawyer_license": _license, "property_clue_form": _clue,
           "payment_account_confirmation": _account, "service_address_confirmation": _address, "fee_receipt": _fee,
           "settlement_agreement": _settlement, "payment_voucher": _voucher}
    if code == "identity_proof":
        return _identity(c, rng, served)
    return fns[code](c, rng)
