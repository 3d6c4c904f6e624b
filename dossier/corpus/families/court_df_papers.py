"""What 竞秀区法院执行局 receives, each in its maker's hand: 保定中院's 二审 judgment and the first-instance court's
生效证明, a 莲池区法院 支付令, a 满城区法院 调解书, the 律师事务所's typed application, 所函 and (notarised) 授权委托书,
copies of cards and licences, the 非税 receipt, a bank's e-receipt, the parties' 和解协议 and the respondent's
hand-filled 财产申报表. Sheets marked `uploaded` were sent in by the applicant as phone screenshots; `halftone` ones are
photocopies of printed cards (they moiré on the scanner)."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_df_kit import grid
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_basis", "effectiveness_certificate", "enforcement_application", "law_firm_letter", "power_of_attorney",
    "lawyer_license", "identity_proof", "fee_receipt", "property_declaration_form", "settlement_agreement",
    "payment_voucher",
})
BLACK_PEN = (35, 35, 45)


def mark(s: Sheet, what: str) -> Sheet:
    setattr(s, what, True)
    return s


def _para(s: Sheet, y: float, text: str, f: Font, x0: float, width: float, lh: float, *, indent: bool = True) -> float:
    first = 2 * f.size if indent else 0
    for k, part in enumerate(wrap(text, f, width, indent=first)):
        s.text(x0 + (first if k == 0 else 0), y, part, f)
        y += lh
    return y


def _paged(texts: list[tuple[str, str]], f: Font, *, x0: float, right: float, top: float, bottom: float, lh: float,
           first: Sheet, y: float, footer: str = "") -> tuple[list[Sheet], float]:
    """Paragraphs run over as many sheets as needed; ("c", …) centred, ("f", …) flush, ("p", …) indented."""
    sheets = [first]
    width = first.width - x0 - right
    for kind, text in texts:
        parts = [text] if kind == "c" else wrap(text, f, width, indent=2 * f.size if kind == "p" else 0)
        for k, part in enumerate(parts):
            if y + lh > bottom:
                sheets.append(Sheet())
                y = top
            s = sheets[-1]
            if kind == "c":
                s.centred(y, part, f)
            else:
                s.text(x0 + (2 * f.size if kind == "p" and k == 0 else 0), y, part, f)
            y += lh
    if footer:
        for n, s in enumerate(sheets, 1):
            s.centred(s.height - mm(16), footer.format(n=n, total=len(sheets)), font("serif", mm(3.6)))
    return sheets, y


# ------------------------------------------------------------------ tribunals' documents

def _lease_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    x = c.extra
    s = Sheet()
    s.centred(mm(32), "河北省保定市中级人民法院", font("serif_bold", mm(8.4)), spacing=mm(0.8))
    s.centred(mm(48), "民 事 判 决 书", font("serif_bold", mm(10)), spacing=mm(3))
    s.right(s.width - mm(27), mm(66), c.basis_number, font("serif", mm(5.2)))
    body = [
        ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
        ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"),
        ("f", f"法定代表人：{a.legal_rep}，该公司执行董事。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}房屋租赁合同纠纷一案，不服河北省保定市竞秀区人民法院{x['first_no']}民事判决，"
              "向本院提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的全部诉讼请求。事实和理由：涉案商铺交付时消防验收未完成，"
              "上诉人无法正常开业经营，租金应予减免。"),
        ("p", f"{a.name}辩称，涉案商铺{x['shop']}于{num_date(x['lease_from'])}交付，上诉人已实际占有使用并对外经营，"
              "其主张不能成立，请求驳回上诉，维持原判。"),
        ("p", f"本院经审理查明，{a.name}（出租人）与{r.name}（承租人）签订《商铺租赁合同》，约定承租{x['shop']}，建筑面积"
              f"{x['area']}平方米，月租金{x['rent']}元，按季度预付。上诉人自{num_date(x['unpaid_from'])}起未再支付租金，"
              "经催告仍未支付。一审查明的其他事实属实，本院予以确认。"),
        ("p", "本院认为，双方签订的租赁合同系真实意思表示，合法有效。上诉人主张的消防验收问题，不影响其对商铺的实际使用，"
              "其以此为由拒付租金，缺乏事实和法律依据。综上，上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，"
              "适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"一审判决主文为：{r.name}于判决生效之日起十日内给付{a.name}拖欠租金及违约金共计{money(c.amount)}。"),
        ("p", f"二审案件受理费{int(c.amount * 5 / 1000) + 50}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    f = font("serif", mm(5.4))
    sheets, y = _paged(body, f, x0=mm(28), right=mm(27), top=mm(30), bottom=s.height - mm(34), lh=mm(9.4), first=s,
                       y=mm(80), footer="第{n}页 共{total}页")
    last = sheets[-1]
    if y > last.height - mm(110):
        sheets.append(Sheet())
        last, y = sheets[-1], mm(40)
        last.centred(last.height - mm(16), f"第{len(sheets)}页 共{len(sheets)}页", font("serif", mm(3.6)))
    y += mm(10)
    for role, name in (("审 判 长", x["bench"][0]), ("审 判 员", x["bench"][1]), ("审 判 员", x["bench"][2])):
        last.text(last.width - mm(95), y, f"{role}　　{name}", f)
        y += mm(10)
    y += mm(6)
    last.right(last.width - mm(40), y, cn_date(c.basis_effective), f)
    seal(last, last.width - mm(70), y, "河北省保定市中级人民法院", rng)
    y += mm(12)
    last.text(mm(40), y, "本件与原本核对无异", font("serif", mm(4.6)))
    last.text(last.width - mm(95), y + mm(10), f"书 记 员　　{x['bench'][3]}", f)
    for n, sh in enumerate(sheets, 1):
        sh.page_of = (n, len(sheets)) if len(sheets) > 1 else None
    return sheets


def _payment_order(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    x = c.extra
    s = Sheet()
    s.centred(mm(34), "河北省保定市莲池区人民法院", font("ming", mm(8)), spacing=mm(0.5))
    s.centred(mm(52), "支 付 令", font("ming", mm(11)), spacing=mm(6))
    s.right(s.width - mm(30), mm(72), c.basis_number, font("ming", mm(5)))
    f = font("ming", mm(5.4))
    y = float(mm(86))
    for kind, text in [
        ("f", f"申请人：{a.name}，住所地{a.address}。"),
        ("f", f"法定代表人：{a.legal_rep}，经理。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}。"),
        ("p", f"申请人{a.name}于{num_date(x['order_filed'])}向本院申请支付令，请求被申请人给付货款{money(c.amount)}。"
              f"申请人称，双方于{num_date(x['sold_on'])}签订《{x['goods']}购销合同》，申请人依约供货，被申请人验收后"
              "至今未付货款，经多次催要未果。"),
        ("p", "本院经审查认为，申请人的申请符合《中华人民共和国民事诉讼法》第二百二十一条的规定。依照《中华人民共和国民事"
              "诉讼法》第二百二十三条的规定，特发出如下支付令："),
        ("p", f"被申请人{r.name}应当自收到本支付令之日起十五日内，给付申请人{a.name}货款{money(c.amount)}，"
              f"并负担申请费{x['order_fee']}元。"),
        ("p", "被申请人如对该债务有异议，应当自收到本支付令之日起十五日内向本院书面提出。逾期不提出书面异议，"
              "本支付令即发生法律效力，申请人可以向人民法院申请强制执行。"),
    ]:
        y = _para(s, y, text, f, mm(30), s.width - mm(60), mm(9.8), indent=kind == "p")
    y += mm(14)
    s.right(s.width - mm(40), y, f"审判员　{x['order_judge']}", f)
    y += mm(16)
    s.right(s.width - mm(40), y, cn_date(x['order_made']), f)
    seal(s, s.width - mm(70), y, "河北省保定市莲池区人民法院", rng)
    s.right(s.width - mm(40), y + mm(14), f"书记员　{x['order_clerk']}", f)
    return [s]


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    x = c.extra
    s = Sheet()
    s.centred(mm(30), "河北省保定市满城区人民法院", font("serif", mm(8)), spacing=mm(1.2))
    s.centred(mm(47), "民 事 调 解 书", font("serif_bold", mm(10)), spacing=mm(2.4))
    s.right(s.width - mm(25), mm(65), c.basis_number, font("serif", mm(5)))
    body = [
        ("f", f"原告：{a.name}，{a.sex}，{a.born.year if a.born else ''}年生，汉族，住{a.address}，公民身份号码{a.id_number}。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被告：{r.name}，{r.sex}，{r.born.year if r.born else ''}年生，汉族，住{r.address}，公民身份号码{r.id_number}。"),
        ("p", f"原告{a.name}与被告{r.name}生命权、身体权、健康权纠纷一案，本院于{num_date(x['sued_on'])}立案后，依法适用简易程序，"
              "公开开庭进行了审理。"),
        ("p", f"原告诉称：{num_date(x['hurt_on'])}，原告在被告经营的{x['place']}门前经过时，被告堆放的钢管倒落砸伤原告左腿，"
              "原告经保定市第一中心医院诊断为左胫骨骨折，住院治疗二十余日。请求判令被告赔偿医疗费、误工费、护理费等各项损失。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}赔偿原告{a.name}医疗费、误工费、护理费、营养费、交通费等各项损失共计{money(c.amount)}，"
              f"于{num_date(x['due_on'])}前一次性付清；"),
        ("p", "二、双方就本案再无其他争议。"),
        ("p", f"案件受理费减半收取计{x['court_fee']}元，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    f = font("serif", mm(5.3))
    sheets, y = _paged(body, f, x0=mm(26), right=mm(25), top=mm(28), bottom=s.height - mm(32), lh=mm(9.2), first=s,
                       y=mm(78))
    last = sheets[-1]
    if y > last.height - mm(90):
        sheets.append(Sheet())
        last, y = sheets[-1], mm(40)
    y += mm(10)
    last.text(last.width - mm(90), y, f"审判员　　{x['med_judge']}", f)
    y += mm(16)
    last.text(last.width - mm(92), y, cn_date(x['med_made']), f)
    seal(last, last.width - mm(66), y, "河北省保定市满城区人民法院", rng)
    last.text(last.width - mm(90), y + mm(14), f"书记员　　{x['med_clerk']}", f)
    for n, sh in enumerate(sheets, 1):
        sh.page_of = (n, len(sheets)) if len(sheets) > 1 else None
        sh.text(mm(26), sh.height - mm(18), f"{c.basis_number}　第{n}页", font("serif", mm(3.4)))
    return sheets


def _effective(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A first-instance court's 生效证明书 — here the trial division of 竞秀区法院 itself for 保定中院's appeal."""
    s = Sheet()
    issuer = "河北省保定市竞秀区人民法院" if c.extra["tale"] == "lease" else "河北省保定市莲池区人民法院"
    s.centred(mm(40), issuer, font("serif", mm(7)))
    s.centred(mm(56), "生效证明书", font("serif_bold", mm(9.5)), spacing=mm(3))
    f = font("serif", mm(5.4))
    if c.extra["tale"] == "lease":
        text = (f"本院审理的{c.applicant.name}与{c.respondent.name}房屋租赁合同纠纷一案，本院{c.extra['first_no']}民事判决，"
                f"当事人不服提起上诉，河北省保定市中级人民法院于{num_date(c.basis_effective)}作出{c.basis_number}民事判决，"
                f"驳回上诉，维持原判。该判决已于{num_date(c.basis_effective)}送达，发生法律效力。")
    else:
        text = (f"本院{c.basis_number}支付令已于{num_date(c.extra['order_made'] + timedelta(days=3))}送达被申请人"
                f"{c.respondent.name}，被申请人在法定期间内未提出书面异议，该支付令已于{num_date(c.basis_effective)}发生法律效力。")
    y = _para(s, mm(80), text, f, mm(30), s.width - mm(60), mm(10))
    y = _para(s, y, "特此证明。", f, mm(30), s.width - mm(60), mm(10))
    s.right(s.width - mm(40), y + mm(30), cn_date(c.basis_effective + timedelta(days=12)), f)
    seal(s, s.width - mm(70), y + mm(32), issuer, rng)
    s.text(mm(30), y + mm(60), f"经办人：{c.extra['cert_clerk']}", f)
    return [s]


# ------------------------------------------------------------------ the lawyer's papers

def _firm_head(s: Sheet, c: CaseCtx) -> float:
    s.text(mm(22), mm(18), c.firm, font("hei", mm(7)), fill=(120, 20, 30))
    s.text(mm(22), mm(28), c.extra["firm_en"], font("sans", mm(3.2)), fill=(120, 20, 30))
    s.line(mm(22), mm(34), s.width - mm(22), mm(34), width=4, fill=(120, 20, 30))
    s.text(mm(22), s.height - mm(16), f"地址：{c.extra['firm_addr']}　电话：{c.extra['firm_tel']}", font("sans", mm(3.2)))
    return float(mm(46))


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(28), "强制执行申请书", font("sans_bold", mm(8)))
    f = font("sans", mm(4.8))
    who = (f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，公民身份号码{a.id_number}，住{a.address}，电话{a.phone}。"
           if a.kind == "person" else
           f"申请执行人：{a.name}，统一社会信用代码{a.id_number}，住所地{a.address}。法定代表人：{a.legal_rep}。")
    them = (f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。法定代表人：{r.legal_rep}。"
            if r.kind == "organisation" else
            f"被执行人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。")
    body = [("f", who), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), ("f", them),
            ("f", "申请事项："),
            ("f", f"1. 请求依法强制执行{c.basis_court}{c.basis_number}{c.extra['basis_name']}，被执行人给付申请执行人{money(c.amount)}；"),
            ("f", "2. 被执行人加倍支付迟延履行期间的债务利息；"),
            ("f", "3. 本案执行费用由被执行人负担。"),
            ("f", "事实与理由："),
            ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}{c.extra['basis_name']}，"
                  f"已于{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行生效法律文书确定的义务。为维护申请执行人的"
                  "合法权益，特依照《中华人民共和国民事诉讼法》第二百四十七条之规定，向贵院申请强制执行。"),
            ("f", "此致"), ("f", "保定市竞秀区人民法院")]
    sheets, y = _paged(body, f, x0=mm(24), right=mm(24), top=mm(26), bottom=s.height - mm(30), lh=mm(8.4), first=s,
                       y=mm(46))
    last = sheets[-1]
    last.text(last.width - mm(100), y + mm(10), "申请执行人（签章）：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(50), y + mm(14), a.name, rng)
    else:
        signature(last, last.width - mm(55), y + mm(8), a.name, rng)
        hand(last, last.width - mm(42), y + mm(10), "", rng)
    last.text(last.width - mm(100), y + mm(30), num_date(c.filed_on - timedelta(days=2)), f)
    return sheets


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = _firm_head(s, c)
    s.centred(y + mm(4), "律 师 事 务 所 函", font("hei", mm(8.4)), spacing=mm(1))
    s.right(s.width - mm(22), y + mm(20), f"冀{c.extra['firm_short']}执字〔{c.filed_on.year}〕第{c.extra['letter_no']}号",
            font("sans", mm(4.4)))
    f = font("sans", mm(5))
    y = _para(s, y + mm(34), "保定市竞秀区人民法院：", f, mm(22), s.width - mm(44), mm(9), indent=False)
    y = _para(s, y, f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
              "执行一案申请执行人的委托代理人。", f, mm(22), s.width - mm(44), mm(9))
    y = _para(s, y, "特此函告。", f, mm(22), s.width - mm(44), mm(9))
    rows = [["律师姓名", c.agent, "执业证号", c.extra["licence"]], ["联系电话", c.agent_phone, "代理权限", "特别授权"]]
    tops = grid(s, mm(22), y + mm(8), [mm(30), mm(52), mm(30), s.width - mm(44) - mm(112)], rows, font("sans", mm(4.4)),
                [mm(13), mm(13)], line=2)
    s.right(s.width - mm(30), tops[-1] + mm(30), num_date(c.filed_on - timedelta(days=3)), f)
    seal(s, s.width - mm(60), tops[-1] + mm(30), c.firm, rng)
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(30), "授权委托书", font("serif_bold", mm(8.6)), spacing=mm(2))
    f = font("serif", mm(5))
    y = float(mm(52))
    for line in (f"委托人：{a.name}" + (f"　法定代表人：{a.legal_rep}" if a.kind == "organisation" else f"　公民身份号码：{a.id_number}"),
                 f"住所：{a.address}",
                 f"受托人：{c.agent}　{c.firm}律师　电话：{c.agent_phone}"):
        y = _para(s, y, line, f, mm(26), s.width - mm(52), mm(9), indent=False)
    y = _para(s, y + mm(4), f"现委托上列受托人在我方与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方的委托代理人。",
              f, mm(26), s.width - mm(52), mm(9))
    y = _para(s, y, "代理权限为特别授权：代为申请执行、提供财产线索、申请采取执行措施、参加执行听证、代为达成和解、"
              "代为签收法律文书、代为领取执行款。", f, mm(26), s.width - mm(52), mm(9))
    s.text(s.width - mm(110), y + mm(16), "委托人：", f)
    if a.kind == "organisation":
        seal(s, s.width - mm(60), y + mm(18), a.name, rng)
    else:
        signature(s, s.width - mm(85), y + mm(14), a.name, rng)
    s.text(s.width - mm(110), y + mm(34), num_date(c.filed_on - timedelta(days=6)), f)
    sheets = [s]
    if c.extra.get("notarised"):
        n = Sheet()
        n.starts_document = False
        n.centred(mm(34), "公  证  书", font("serif_bold", mm(11)), spacing=mm(4))
        n.right(n.width - mm(28), mm(56), c.extra["notary_no"], font("serif", mm(5)))
        g = font("serif", mm(5.4))
        y2 = float(mm(72))
        for kind, text in [("f", f"申请人：{a.name}" + (f"，法定代表人{a.legal_rep}" if a.kind == "organisation" else "")),
                           ("f", "公证事项：委托书"),
                           ("p", f"兹证明{a.legal_rep if a.kind == 'organisation' else a.name}于{cn_date(c.filed_on - timedelta(days=6))}"
                                 f"来到我处，在我的面前，在前面的《授权委托书》上签名并加盖{a.name}印章。"),
                           ("p", "委托人的签名、印章属实。")]:
            y2 = _para(n, y2, text, g, mm(28), n.width - mm(56), mm(10), indent=kind == "p")
        n.text(n.width - mm(120), y2 + mm(20), "中华人民共和国河北省保定市直隶公证处", g)
        n.text(n.width - mm(120), y2 + mm(32), f"公证员　{c.extra['notary']}", g)
        n.right(n.width - mm(30), y2 + mm(46), cn_date(c.filed_on - timedelta(days=6)), g)
        seal(n, n.width - mm(72), y2 + mm(36), "河北省保定市直隶公证处", rng)
        sheets.append(n)
        s.page_of, n.page_of = (1, 2), (2, 2)
    return sheets


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(246, 246, 244))
    x0, y0 = mm(40), mm(40)
    w, h = s.width - mm(80), mm(110)
    s.box(x0, y0, x0 + w, y0 + h, width=3)
    s.draw.rectangle((x0 + 3, y0 + 3, x0 + w - 3, y0 + mm(16)), fill=(150, 150, 150))
    s.centred(y0 + mm(3), "中华人民共和国律师执业证", font("hei", mm(6)), x0=x0, x1=x0 + w)
    f = font("sans", mm(4.6))
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
            ("法律职业资格证号", c.extra["qual"]), ("发证机关", "河北省司法厅"), ("持证人", c.agent)]
    yy = y0 + mm(24)
    for k, v in rows:
        s.text(x0 + mm(44), yy, f"{k}：{v}", f)
        yy += mm(12)
    s.draw.rectangle((x0 + mm(6), y0 + mm(26), x0 + mm(36), y0 + mm(66)), fill=(110, 110, 115))
    seal(s, x0 + w - mm(30), y0 + h - mm(26), "河北省司法厅", rng, radius=mm(16))
    s.text(x0, y0 + h + mm(12), "（复印件与原件一致）", font("sans", mm(4)))
    signature(s, x0 + mm(60), y0 + h + mm(10), c.agent, rng)
    return [mark(s, "halftone")]


def _id_card(s: Sheet, p: Party, y0: float, rng: random.Random) -> None:
    x0 = mm(45)
    w, h = mm(86) * 1.35, mm(54) * 1.35
    s.draw.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=mm(4), outline=INK, width=3, fill=(232, 232, 230))
    f = font("hei", mm(4.2))
    s.text(x0 + mm(8), y0 + mm(8), f"姓名　{p.name}", f)
    s.text(x0 + mm(8), y0 + mm(18), f"性别　{p.sex}　　民族　汉", f)
    if p.born:
        s.text(x0 + mm(8), y0 + mm(28), f"出生　{p.born.year}年{p.born.month}月{p.born.day}日", f)
    addr = wrap(f"住址　{p.address}", f, w * 0.6)
    for k, part in enumerate(addr[:2]):
        s.text(x0 + mm(8), y0 + mm(38) + k * mm(7), part, f)
    s.text(x0 + mm(8), y0 + h - mm(12), f"公民身份号码　{p.id_number}", font("hei", mm(4.6)))
    s.draw.rectangle((x0 + w - mm(36), y0 + mm(8), x0 + w - mm(8), y0 + mm(46)), fill=(120, 120, 125))
    b = y0 + h + mm(10)
    s.draw.rounded_rectangle((x0, b, x0 + w, b + h), radius=mm(4), outline=INK, width=3, fill=(236, 236, 234))
    s.centred(b + mm(16), "中华人民共和国", font("hei", mm(6)), x0=x0, x1=x0 + w)
    s.centred(b + mm(28), "居民身份证", font("hei", mm(7.6)), x0=x0, x1=x0 + w, spacing=mm(1.5))
    s.text(x0 + mm(12), b + h - mm(22), f"签发机关　保定市公安局{rng.choice(['竞秀', '莲池', '满城'])}分局", f)
    s.text(x0 + mm(12), b + h - mm(13), f"有效期限　{rng.randint(2016, 2022)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", f)


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    respondent = "respondent" in served
    p = c.respondent if respondent else c.applicant
    if p.kind == "person":
        s = Sheet(paper=(248, 248, 246))
        s.text(mm(30), mm(22), "身份证复印件" if respondent else f"{p.name}身份证", font("hei", mm(5)))
        _id_card(s, p, mm(40), rng)
        if respondent:
            s.text(mm(45), s.height - mm(60), "此复印件与原件核对一致", font("kai", mm(5)))
            signature(s, mm(120), s.height - mm(62), p.name, rng, ink=BLACK_PEN)
            return [mark(s, "halftone")]
        hand(s, mm(60), s.height - mm(70), "仅供竞秀区法院执行使用", rng, size=mm(6), ink=BLACK_PEN)
        return [mark(mark(s, "halftone"), "uploaded")]
    # an organisation: the 国家企业信用信息公示系统 printout, and for the applicant its 法定代表人身份证明书
    s = Sheet()
    s.text(mm(18), mm(12), f"国家企业信用信息公示系统　{num_date(c.filed_on - timedelta(days=1))}", font("sans", mm(3.2)))
    s.centred(mm(26), "营业执照信息", font("sans_bold", mm(6.4)))
    rows = [["统一社会信用代码", p.id_number], ["企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", p.legal_rep], ["注册资本", f"{rng.choice([100, 200, 500, 1000])}万元人民币"],
            ["成立日期", f"{rng.randint(2008, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"], ["住所", p.address],
            ["登记机关", f"保定市{rng.choice(['竞秀区', '莲池区'])}行政审批局"], ["登记状态", "存续（在营、开业、在册）"]]
    grid(s, mm(18), mm(40), [mm(48), s.width - mm(36) - mm(48)], rows, font("sans", mm(4)), [mm(12)] * len(rows), line=1)
    s.text(mm(18), s.height - mm(14), "https://www.gsxt.gov.cn/", font("sans", mm(3)))
    s.right(s.width - mm(18), s.height - mm(14), "1/1", font("sans", mm(3)))
    if respondent:
        return [s]
    t = Sheet()
    t.centred(mm(40), "法定代表人身份证明书", font("serif_bold", mm(8)))
    f = font("serif", mm(5.4))
    y = _para(t, mm(66), f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位的法定代表人。", f, mm(30), t.width - mm(60), mm(10))
    y = _para(t, y, "特此证明。", f, mm(30), t.width - mm(60), mm(10))
    t.text(t.width - mm(110), y + mm(30), f"单位：{p.name}", f)
    seal(t, t.width - mm(60), y + mm(40), p.name, rng)
    t.text(t.width - mm(110), y + mm(48), num_date(c.filed_on - timedelta(days=5)), f)
    t.starts_document = True
    return [s, t]


# ------------------------------------------------------------------ money papers

def _fee_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(size=(mm(210), mm(120)), paper=(250, 247, 238))
    s.centred(mm(8), "河北省非税收入一般缴款书（电子）", font("serif_bold", mm(6)))
    f = font("serif", mm(3.8))
    s.text(mm(12), mm(20), f"票据代码：{c.extra['bill_code']}", f)
    s.right(s.width - mm(12), mm(20), f"票据号码：{c.extra['bill_no']}", f)
    s.text(mm(12), mm(27), f"执收单位：{c.extra['fee_court']}", f)
    s.right(s.width - mm(12), mm(27), f"开票日期：{c.basis_effective - timedelta(days=40):%Y-%m-%d}", f)
    fee = c.extra["court_fee"]
    rows = [["缴款人", c.applicant.name, "", ""], ["项目名称", "单位", "数量", "金额（元）"],
            [c.extra["fee_item"], "元", "1", f"{fee:.2f}"], ["金额合计（大写）", money_caps(fee), "（小写）", f"{fee:.2f}"]]
    grid(s, mm(12), mm(34), [mm(50), mm(60), mm(30), s.width - mm(24) - mm(140)], rows, f, [mm(11)] * 4, line=1)
    seal(s, s.width - mm(50), mm(92), "河北省财政厅票据监制章", rng, radius=mm(13))
    s.text(mm(12), mm(100), f"收款人：{c.extra['cashier']}　复核人：{c.extra['checker']}", f)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's bank's 电子回单 for paying the money out to the applicant."""
    s = Sheet(size=(mm(210), mm(140)))
    bank = c.extra["court_bank"]
    s.text(mm(14), mm(10), bank.split("保定")[0], font("hei", mm(6)), fill=(20, 60, 140))
    s.centred(mm(12), "网上银行电子回单", font("hei", mm(5.6)))
    f = font("sans", mm(3.8))
    s.right(s.width - mm(14), mm(22), f"回单编号：{c.extra['voucher_no']}", f)
    paid = c.extra["paid_on"]
    rows = [["付款人", "户名", f"{c.court.name}执行款专户"], ["", "账号", c.extra["court_acct"]], ["", "开户行", bank],
            ["收款人", "户名", c.applicant.name], ["", "账号", c.extra["in_acct"]], ["", "开户行", c.extra["in_bank"]],
            ["金额", "", f"￥{c.amount:,.2f}　{money_caps(c.amount)}"], ["摘要", "", f"{c.number}案款发放"],
            ["交易时间", "", f"{paid:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"]]
    grid(s, mm(14), mm(30), [mm(26), mm(22), s.width - mm(28) - mm(48)], rows, f, [mm(9)] * len(rows), line=1)
    seal(s, s.width - mm(40), mm(110), f"{bank}电子回单专用章", rng, radius=mm(14))
    s.text(mm(14), mm(124), f"打印日期：{paid + timedelta(days=1):%Y-%m-%d}　验证码：{rng.randint(10**9, 10**10 - 1)}", f)
    return [s]


# ------------------------------------------------------------------ parties' own papers

def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's blank 财产申报表, filled in by the respondent in black pen."""
    r = c.respondent
    s = Sheet()
    s.centred(mm(22), "被执行人财产申报表", font("song_gb", mm(8)), spacing=mm(1.5))
    s.text(mm(18), mm(36), f"案号：{c.number}", font("song_gb", mm(4.6)))
    labels = ["被执行人", "身份证号/信用代码", "住所", "联系电话", "银行存款", "房产", "车辆", "股权、债权", "收入情况",
              "其他财产", "一年内财产变动情况"]
    heights = [mm(13)] * 4 + [mm(20)] * 6 + [mm(24)]
    tops = grid(s, mm(18), mm(44), [mm(46), s.width - mm(36) - mm(46)], [[k, ""] for k in labels], font("song_gb", mm(4.6)),
                heights)
    vals = c.extra["declared"]
    x = mm(18) + mm(50)
    ink = BLACK_PEN
    for k, v in enumerate([r.name, r.id_number, r.address, r.phone, *vals]):
        for j, part in enumerate(wrap(v, font("kai", mm(5.4)), s.width - mm(36) - mm(56))[:2]):
            hand(s, x, tops[k] + mm(3) + j * mm(8), part, rng, size=mm(5.4), ink=ink)
    y = tops[-1] + mm(8)
    s.text(mm(18), y, "申报人保证以上内容真实、完整，如有虚假，愿承担法律责任。", font("song_gb", mm(4.4)))
    s.text(s.width - mm(110), y + mm(16), "申报人（签名、捺印）：", font("song_gb", mm(4.6)))
    signature(s, s.width - mm(52), y + mm(13), r.legal_rep or r.name, rng, ink=ink)
    s.draw.ellipse((s.width - mm(30), y + mm(14), s.width - mm(22), y + mm(24)), fill=(215, 90, 95))
    hand(s, s.width - mm(100), y + mm(30), num_date(c.day(11)), rng, size=mm(5), ink=ink)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(26), "执行和解协议", font("hei", mm(7.6)))
    f = font("song_gb", mm(5))
    y = float(mm(44))
    for line in (f"甲方（申请执行人）：{a.name}", f"乙方（被执行人）：{r.name}" + (f"　法定代表人：{r.legal_rep}" if r.legal_rep else "")):
        y = _para(s, y, line, f, mm(24), s.width - mm(48), mm(9), indent=False)
    terms = c.extra["terms"]
    y = _para(s, y + mm(4), f"甲乙双方就{c.basis_court}{c.basis_number}{c.extra['basis_name']}执行一案，执行案号{c.number}，"
              "经友好协商，自愿达成如下和解协议：", f, mm(24), s.width - mm(48), mm(9))
    for k, t in enumerate(terms, 1):
        y = _para(s, y, f"{'一二三四五六'[k - 1]}、{t}", f, mm(24), s.width - mm(48), mm(9))
    y = _para(s, y, "本协议一式三份，甲乙双方各执一份，交竞秀区人民法院执行局一份，自双方签字之日起生效。",
              f, mm(24), s.width - mm(48), mm(9))
    y += mm(14)
    s.text(mm(30), y, "甲方（签字）：", f)
    signature(s, mm(68), y - mm(3), c.agent if a.kind == "organisation" else a.name, rng, ink=BLUE_INK)
    s.text(s.width / 2 + mm(6), y, "乙方（签字）：", f)
    signature(s, s.width / 2 + mm(44), y - mm(3), r.legal_rep or r.name, rng, ink=BLACK_PEN)
    if r.kind == "organisation":
        seal(s, s.width / 2 + mm(54), y + mm(4), r.name, rng)
    else:
        s.draw.ellipse((s.width / 2 + mm(72), y - mm(2), s.width / 2 + mm(80), y + mm(8)), fill=(210, 80, 90))
    hand(s, mm(30), y + mm(16), num_date(c.extra["settled_on"]), rng, size=mm(5.4), ink=BLUE_INK)
    hand(s, s.width / 2 + mm(6), y + mm(16), num_date(c.extra["settled_on"]), rng, size=mm(5.4), ink=BLACK_PEN)
    return [s]


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    tale = c.extra["tale"]
    if code == "enforcement_basis":
        return {"lease": _lease_judgment, "order": _payment_order, "injury": _mediation}[tale](c, rng)
    if code == "effectiveness_certificate":
        return _effective(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, served)
    if code == "fee_receipt":
        return _fee_receipt(c, rng)
    if code == "payment_voucher":
        return _voucher(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    raise KeyError(code)
