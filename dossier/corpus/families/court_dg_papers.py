"""What 丰泽法院执行局 receives, each in its maker's style: 泉州中院's appeal judgment and the first-instance 生效证明书,
the court's own civil division's 调解书, the 泉州市劳动人事争议仲裁委员会's award and its 生效证明, a 水产 company's
papers on its letterhead under its 公章, 泉州 lawyers' papers, the bank's 扣划 return and payment slip, the 总对总
printout and the 不动产登记中心's result, card copies (a 台湾居民来往大陆通行证, an ID card), the window's forms filled
by hand and a worker's handwritten 收条."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, RED, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_dg_kit import grid_form, pen
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
COMMITTEE = "泉州市劳动人事争议仲裁委员会"
GREY = (110, 110, 110)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _pages(make: Sheet, blocks: Sequence[Block], f: Font, *, x0: float, y: float, lh: float, top: float,
           bottom_gap: float, footer: str = "") -> list[Sheet]:
    """Blocks flowed from `y` on `make`, running on to new sheets; footer 'of' pages filled in at the end."""
    sheets = [make]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], top

    flow(make, blocks, f, x0=x0, width=make.width - 2 * x0 + mm(4), y=y, line_height=lh, indent=f.size * 2,
         bottom=make.height - bottom_gap, more=more)
    if footer:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(18), footer.format(i=i, n=len(sheets)), font("serif", mm(4)))
            s.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def _end_block(s: Sheet, y: float, signers: Sequence[tuple[str, str]], day: date, stamp: str, rng: random.Random,
               *, f: Font, x1: float, inner: str = "", check: bool = False) -> float:
    """The signing roles, the date in Chinese numerals with the seal over it."""
    if y + mm(12) * (len(signers) + 3) > s.height - mm(30):
        y = s.height - mm(30) - mm(12) * (len(signers) + 3)
    y += mm(10)
    for role, who in signers:
        s.text(x1 - mm(62), y, role, f)
        s.text(x1 - mm(28), y, who, f)
        y += mm(11)
    s.right(x1, y + mm(2), cn_date(day), f)
    seal(s, x1 - mm(30), y - mm(2), stamp, rng, inner=inner)
    if check:
        s.text(x1 - mm(150), y + mm(2), "本件与原本核对无异", font("serif", mm(4.6)))
    return y + mm(16)


# ------------------------------------------------------------------ bases and their certificates

def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """泉州中院 二审民事判决书: serif, letter-spaced title, ‘第x页 共y页’ footers."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), "福建省泉州市中级人民法院", font("serif_bold", mm(8)), spacing=mm(1))
    s.centred(mm(46), "民 事 判 决 书", font("serif_bold", mm(10)), spacing=mm(2))
    s.right(s.width - mm(28), mm(66), c.basis_number, font("serif", mm(5)))
    goods = c.extra["goods"]
    first = str(c.extra["first_no"])
    blocks: list[Block] = [
        ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
        ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，总经理。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服福建省泉州市丰泽区人民法院{first}民事判决，"
              "向本院提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：部分海产品解冻后品质不符合约定，"
              "上诉人已当场提出异议，货款应当相应扣减。"),
        ("p", f"{a.name}辩称，上诉人收货时在送货单上签字确认，从未提出质量异议，一审判决认定事实清楚，请求驳回上诉。"),
        ("p", f"一审法院认定事实：2022年3月至2023年2月，{a.name}陆续向{r.name}供应{goods}等海产品，双方按月对账。"
              f"经对账确认，{r.name}尚欠货款{money(c.amount)}，经催讨未付。一审法院判决：{r.name}应于判决生效之日起十日内"
              f"支付{a.name}货款{c.amount}元及逾期付款利息。"),
        ("p", "本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。"),
        ("p", "本院认为，上诉人在对账单上签章确认欠款数额，其主张货物质量存在问题，未能提供证据证明在合理期限内提出过异议，"
              "本院不予支持。一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条"
              "第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(c.amount) // 100 + 75}元，由上诉人{r.name}负担。"), ("p", "本判决为终审判决。"),
    ]
    sheets = _pages(s, blocks, font("serif", mm(5.1)), x0=mm(28), y=mm(80), lh=mm(9.4), top=mm(28), bottom_gap=mm(40))
    last = sheets[-1]
    y = _end_block(last, last.height - mm(125), [("审 判 长", person_name(rng)), ("审 判 员", person_name(rng)),
                                                 ("审 判 员", person_name(rng))],
                   c.basis_effective - timedelta(days=rng.randint(8, 15)), "福建省泉州市中级人民法院", rng,
                   f=font("serif", mm(5)), x1=last.width - mm(30), check=True)
    last.text(last.width - mm(92), y, f"法官助理　{person_name(rng)}", font("serif", mm(5)))
    last.text(last.width - mm(92), y + mm(10), f"书 记 员　{person_name(rng)}", font("serif", mm(5)))
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(18), f"第 {i} 页　共 {len(sheets)} 页", font("serif", mm(4)))
        sh.page_of = (i, len(sheets))
    return sheets


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """丰泽法院民庭's 民事调解书 (the civil division's template: heavier title, narrower text block)."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(32), "福建省泉州市丰泽区人民法院", font("serif_bold", mm(7.5)), spacing=mm(0.6))
    s.centred(mm(48), "民 事 调 解 书", font("serif_bold", mm(11)), spacing=mm(1))
    s.right(s.width - mm(32), mm(68), c.basis_number, font("serif", mm(5)))
    done = c.basis_effective - timedelta(days=1)
    blocks: list[Block] = [
        ("f", f"原告：{a.name}，{a.sex}，{a.born.year if a.born else 1970}年生，台湾居民，住{a.address}。"),
        ("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，总经理。"),
        ("p", f"原告{a.name}与被告{r.name}装饰装修合同纠纷一案，本院于2023年立案后，依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：原告将其位于泉州市丰泽区{c.extra['house']}的住房交由被告装修，被告施工中擅自变更防水及水电工程，"
              "导致楼下渗水，经鉴定存在质量问题，请求被告返还工程款、赔偿返工费用并支付违约金。"),
        ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于{num_date(done - timedelta(days=rng.randint(20, 40)))}前一次性向原告{a.name}支付返工费用"
              f"及违约金共计{money(c.amount)}；"),
        ("p", "二、被告逾期未付清上述款项的，原告可就全部未付款项申请强制执行；"),
        ("p", "三、双方就本案再无其他纠纷；"),
        ("p", f"四、案件受理费减半收取{int(c.amount) // 200 + 25}元，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    sheets = _pages(s, blocks, font("serif", mm(5.3)), x0=mm(32), y=mm(82), lh=mm(10), top=mm(30), bottom_gap=mm(45),
                    footer="- {i} -")
    last = sheets[-1]
    _end_block(last, min(last.height - mm(110), mm(200)), [("审 判 员", person_name(rng)), ("书 记 员", person_name(rng))],
               done, "福建省泉州市丰泽区人民法院", rng, f=font("serif", mm(5.2)), x1=last.width - mm(34), check=True)
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 仲裁委's award: 黑体 committee name, a red rule, 仿宋-like kai body, 仲裁员 block."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(26), COMMITTEE, font("hei", mm(7.6)), spacing=mm(0.8))
    s.line(mm(24), mm(40), s.width - mm(24), mm(40), width=4, fill=RED)
    s.centred(mm(48), "仲 裁 裁 决 书", font("serif_bold", mm(10)), spacing=mm(1.5))
    s.right(s.width - mm(26), mm(66), c.basis_number, font("kai_gb", mm(5.2)))
    wage, comp = c.extra["wage"], c.extra["comp"]
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，汉族，住{a.address}，公民身份号码{a.id_number}。"
         if a.born else f"申请人：{a.name}"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
        ("f", f"法定代表人：{r.legal_rep}。"),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于2023年受理后，依法组成仲裁庭公开开庭进行了审理。"
              "被申请人经本委合法通知，无正当理由未到庭参加仲裁活动，本委依法缺席裁决。本案现已审理终结。"),
        ("p", f"申请人请求：1.被申请人支付拖欠的工资{wage}元；2.被申请人支付解除劳动合同经济补偿金{comp}元。"),
        ("p", f"经审理查明：申请人于2019年3月入职被申请人处，从事{c.extra['post']}工作。被申请人自2022年7月起未足额发放工资，"
              "申请人于2023年2月以被申请人未及时足额支付劳动报酬为由解除劳动合同。"),
        ("p", "本委认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被申请人未及时足额支付劳动报酬，"
              "申请人据此解除劳动合同，被申请人应当支付经济补偿。依照《中华人民共和国劳动合同法》第三十条、第三十八条、"
              "第四十六条、第四十七条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}应于本裁决生效之日起五日内支付申请人{a.name}拖欠的工资{wage}元；"),
        ("p", f"二、被申请人{r.name}应于本裁决生效之日起五日内支付申请人{a.name}解除劳动合同经济补偿金{comp}元。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院"
              "提起诉讼；用人单位有证据证明本裁决有法定情形之一的，可以自收到本裁决书之日起三十日内向泉州市中级人民法院申请撤销。"),
    ]
    sheets = _pages(s, blocks, font("kai_gb", mm(5.4)), x0=mm(26), y=mm(80), lh=mm(9.8), top=mm(26), bottom_gap=mm(40),
                    footer="第{i}页／共{n}页")
    last = sheets[-1]
    _end_block(last, last.height - mm(105), [("首席仲裁员", person_name(rng)), ("仲 裁 员", person_name(rng)),
                                              ("书 记 员", person_name(rng))],
               c.basis_effective - timedelta(days=rng.randint(16, 25)), COMMITTEE, rng, f=font("kai_gb", mm(5.2)),
               x1=last.width - mm(28))
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if _tale(c) == "labour":
        s.centred(mm(30), COMMITTEE, font("hei", mm(7.2)), spacing=mm(0.8))
        s.line(mm(24), mm(44), s.width - mm(24), mm(44), width=4, fill=RED)
        s.centred(mm(56), "仲裁裁决书生效证明", font("serif_bold", mm(9)), spacing=mm(1))
        f = font("kai_gb", mm(5.6))
        blocks: list[Block] = [
            ("f", "泉州市丰泽区人民法院："),
            ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委于"
                  f"{num_date(c.basis_effective - timedelta(days=20))}作出{c.basis_number}仲裁裁决书，"
                  "已依法送达双方当事人。"),
            ("p", f"该裁决书为终局裁决。用人单位在法定期限内未向泉州市中级人民法院申请撤销，劳动者未向人民法院提起诉讼，"
                  f"该裁决书已于{num_date(c.basis_effective)}发生法律效力。"),
            ("p", "特此证明。")]
        y = flow(s, blocks, f, x0=mm(28), width=s.width - mm(56), y=mm(78), line_height=mm(11), indent=f.size * 2)
        _end_block(s, y + mm(10), [], c.basis_effective + timedelta(days=rng.randint(3, 9)), COMMITTEE, rng, f=f,
                   x1=s.width - mm(34))
        s.text(mm(28), s.height - mm(50), f"经办人：{person_name(rng)}　　联系电话：0595-2218{rng.randint(1000, 9999)}",
               font("kai_gb", mm(4.6)))
        return [s]
    s.centred(mm(34), "福建省泉州市丰泽区人民法院", font("serif_bold", mm(7.5)), spacing=mm(0.6))
    s.centred(mm(52), "生 效 证 明 书", font("serif_bold", mm(10)), spacing=mm(1))
    s.right(s.width - mm(32), mm(72), str(c.extra["first_no"]), font("serif", mm(5)))
    f = font("serif", mm(5.4))
    blocks = [("f", f"{c.applicant.name}："),
              ("p", f"本院审理的原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院作出的{c.extra['first_no']}"
                    f"民事判决书，经福建省泉州市中级人民法院{c.basis_number}民事判决驳回上诉，维持原判。"),
              ("p", f"该判决书已于{num_date(c.basis_effective)}发生法律效力。"), ("p", "特此证明。")]
    y = flow(s, blocks, f, x0=mm(32), width=s.width - mm(64), y=mm(86), line_height=mm(10.5), indent=f.size * 2)
    _end_block(s, y + mm(12), [], c.basis_effective + timedelta(days=rng.randint(5, 12)), "福建省泉州市丰泽区人民法院", rng,
               f=f, x1=s.width - mm(36))
    return [s]


# ------------------------------------------------------------------ the applicant's own papers

def _letterhead(s: Sheet, p: Party, rng: random.Random) -> float:
    """The 水产 company's letterhead: a wave-round logo, name in bold sans, a blue double rule, address line."""
    navy = (20, 50, 120)
    s.draw.ellipse((mm(22), mm(16), mm(40), mm(34)), outline=navy, width=5)
    s.draw.arc((mm(25), mm(22), mm(37), mm(32)), 200, 340, fill=navy, width=4)
    s.text(mm(46), mm(17), p.name, font("sans_bold", mm(7)), fill=navy)
    s.text(mm(46), mm(28), "QUANZHOU AQUATIC PRODUCTS TRADING CO., LTD.", font("sans", mm(3)), fill=navy)
    s.line(mm(20), mm(38), s.width - mm(20), mm(38), width=5, fill=navy)
    s.line(mm(20), mm(40), s.width - mm(20), mm(40), width=1, fill=navy)
    s.text(mm(20), mm(42), f"地址：{p.address}　　电话：{p.phone}", font("sans", mm(3.4)), fill=navy)
    return float(mm(58))


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    tale = _tale(c)
    req = {"marine": f"1.请求依法强制执行{c.basis_court}{c.basis_number}民事判决书，责令被申请人支付货款{c.amount}元及逾期付款利息；"
                     "2.本案执行费用由被申请人承担。",
           "decor": f"1.请求强制被申请人支付返工费用及违约金共计{c.amount}元；2.加倍支付迟延履行期间的债务利息；"
                    "3.执行费用由被申请人负担。",
           "labour": f"1.请求强制被申请人支付拖欠工资{c.extra.get('wage', '')}元及经济补偿金{c.extra.get('comp', '')}元，"
                     f"合计{c.amount}元；2.执行费用由被申请人承担。"}[tale]
    basis = {"marine": f"{c.basis_court}{c.basis_number}民事判决书", "decor": f"贵院{c.basis_number}民事调解书",
             "labour": f"{c.basis_court}{c.basis_number}仲裁裁决书"}[tale]
    blocks: list[Block] = []
    if a.kind == "organisation":
        blocks += [("f", f"申请人：{a.name}"), ("f", f"统一社会信用代码：{a.id_number}"), ("f", f"住所地：{a.address}"),
                   ("f", f"法定代表人：{a.legal_rep}　　职务：总经理")]
    else:
        extra = "台湾居民，" if tale == "decor" else ""
        blocks += [("f", f"申请人：{a.name}，{a.sex}，{extra}{a.born:%Y年%m月%d日}出生" if a.born else f"申请人：{a.name}"),
                   ("f", f"证件号码：{a.id_number}"), ("f", f"住址：{a.address}　电话：{a.phone}")]
    blocks += [("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
               ("f", f"被申请人：{r.name}"), ("f", f"统一社会信用代码：{r.id_number}"), ("f", f"住所地：{r.address}"),
               ("f", f"法定代表人：{r.legal_rep}"), ("h", "申请事项："), ("p", req), ("h", "事实与理由："),
               ("p", f"申请人与被申请人{c.extra['cause']}一案，经{basis}确定被申请人应履行上述给付义务。该法律文书已于"
                     f"{num_date(c.basis_effective)}发生法律效力，但被申请人至今未履行。"),
               ("p", "为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
               ("f", "此致"), ("f", "泉州市丰泽区人民法院")]
    s = Sheet()
    if a.kind == "organisation":
        y = _letterhead(s, a, rng)
        f = font("serif", mm(5.2))
        s.centred(y, "强制执行申请书", font("sans_bold", mm(8.5)))
        sheets = _pages(s, blocks, f, x0=mm(26), y=y + mm(18), lh=mm(9.2), top=mm(30), bottom_gap=mm(45))
        last = sheets[-1]
        yy = min(last.height - mm(70), mm(230))
        last.right(last.width - mm(30), yy, f"申请人：{a.name}（盖章）", f)
        seal(last, last.width - mm(70), yy + mm(4), a.name, rng)
        last.text(last.width - mm(110), yy + mm(14), "法定代表人：", f)
        signature(last, last.width - mm(76), yy + mm(12), a.legal_rep, rng)
        last.right(last.width - mm(30), yy + mm(28), f"{c.day(-2):%Y年%m月%d日}", f)
        return sheets
    f = font("song_gb", mm(5.4))
    s.centred(mm(30), "申 请 执 行 书", font("song_gb", mm(9)), spacing=mm(1))
    sheets = _pages(s, blocks, f, x0=mm(26), y=mm(52), lh=mm(9.6), top=mm(30), bottom_gap=mm(45))
    last = sheets[-1]
    yy = min(last.height - mm(60), mm(235))
    last.text(last.width - mm(100), yy, "申请人（签名）：", f)
    signature(last, last.width - mm(52), yy - mm(2), a.name, rng, ink=BLUE_INK)
    pen(last, last.width - mm(90), yy + mm(14), num_date(c.day(-2)), rng, ink=BLUE_INK)
    return sheets


def _rep_certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    a = c.applicant
    s = Sheet()
    y = _letterhead(s, a, rng)
    s.centred(y + mm(4), "法定代表人身份证明书", font("sans_bold", mm(8)))
    f = font("serif", mm(5.4))
    blocks: list[Block] = [("p", f"{a.legal_rep}，在我公司任总经理职务，系我公司的法定代表人。"),
                           ("p", "特此证明。"), ("f", "附：法定代表人身份证复印件"), ("f", "统一社会信用代码：" + a.id_number)]
    y = flow(s, blocks, f, x0=mm(28), width=s.width - mm(56), y=y + mm(26), line_height=mm(11), indent=f.size * 2)
    s.right(s.width - mm(30), y + mm(24), a.name, f)
    s.right(s.width - mm(30), y + mm(36), f"{c.day(-3):%Y年%m月%d日}", f)
    seal(s, s.width - mm(62), y + mm(28), a.name, rng)
    return s


# ------------------------------------------------------------------ identity papers (copies)

def _licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """营业执照（副本）copy: gold-framed certificate shrunk on the copy glass, QR square, registry seal."""
    s = Sheet()
    x0, y0, x1, y1 = mm(26), mm(30), s.width - mm(26), mm(240)
    s.box(x0, y0, x1, y1, width=8, outline=GREY)
    s.box(x0 + mm(4), y0 + mm(4), x1 - mm(4), y1 - mm(4), width=2, outline=GREY)
    s.centred(y0 + mm(14), "营　业　执　照", font("serif_bold", mm(12)))
    s.centred(y0 + mm(32), "（副　本）", font("serif", mm(5)))
    s.text(x0 + mm(12), y0 + mm(44), f"统一社会信用代码　{p.id_number}", font("serif", mm(4.4)))
    s.draw.rectangle((x1 - mm(38), y0 + mm(12), x1 - mm(14), y0 + mm(36)), outline=INK, width=3)
    g = random.Random(p.id_number)
    for i in range(8):
        for j in range(8):
            if g.random() < 0.5:
                s.draw.rectangle((x1 - mm(37) + i * mm(2.75), y0 + mm(13) + j * mm(2.75),
                                  x1 - mm(37) + (i + 1) * mm(2.75), y0 + mm(13) + (j + 1) * mm(2.75)), fill=INK)
    f = font("serif", mm(4.6))
    y = y0 + mm(60)
    left = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "水产品批发、零售；食品经营；冷链仓储。" if "水产" in p.name else
             ("住宅室内装饰装修；建筑装饰工程施工。" if "装饰" in p.name else
              ("鞋服制造、销售；货物进出口。" if "鞋" in p.name else "餐饮服务；食品销售。"))),
            ("注册资本", f"人民币{rng.choice([100, 300, 500, 800])}万元"), ("成立日期", f"{2008 + rng.randint(0, 12)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住　　所", p.address)]
    for k, v in left:
        s.text(x0 + mm(14), y, k, f)
        for n, part in enumerate([v[i:i + 22] for i in range(0, len(v), 22)]):
            s.text(x0 + mm(46), y + n * mm(8), part, f)
        y += mm(13) + mm(8) * (len(v) // 22)
    auth = "泉州市丰泽区市场监督管理局" if p.id_number[2:8] == "350503" else "泉州市鲤城区市场监督管理局"
    s.right(x1 - mm(18), y1 - mm(40), "登记机关", f)
    s.right(x1 - mm(18), y1 - mm(28), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    seal(s, x1 - mm(40), y1 - mm(36), auth, rng, radius=mm(18))
    pen(s, x0 + mm(6), y1 + mm(12), "与原件一致", rng, size=6.5, ink=INK)
    seal(s, x0 + mm(80), y1 + mm(16), p.name, rng, radius=mm(19))
    return s


def _mtp(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """台湾居民来往大陆通行证 (the 2015 card): front with photo and 8-digit number, back with the machine zone."""
    s = Sheet()
    w, h = mm(86) * 1.45, mm(54) * 1.45
    x = (s.width - w) / 2 + rng.uniform(-mm(6), mm(6))
    y = mm(46)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), outline=GREY, width=3, fill=(226, 226, 226))
    s.text(x + mm(8), y + mm(5), "台湾居民来往大陆通行证", font("hei", mm(5.6)))
    s.text(x + mm(8), y + mm(13), "MAINLAND TRAVEL PERMIT FOR TAIWAN RESIDENTS", font("sans", mm(2.6)), fill=GREY)
    s.draw.rectangle((x + mm(8), y + mm(20), x + mm(38), y + mm(58)), fill=(160, 160, 160))
    f = font("hei", mm(3.8))
    fv = font("hei", mm(4.6))
    born = p.born or date(1970, 1, 1)
    mtp = str(c.extra["mtp"])
    until = date(c.extra["mtp_from"].year + 5, c.extra["mtp_from"].month, c.extra["mtp_from"].day)
    rows = [("姓名", p.name), ("出生日期", f"{born:%Y.%m.%d}"), ("性别", p.sex),
            ("有效期限", f"{c.extra['mtp_from']:%Y.%m.%d}-{until:%Y.%m.%d}"), ("签发机关", "公安部出入境管理局")]
    ty = y + mm(20)
    for k, v in rows:
        s.text(x + mm(44), ty, k, f, fill=GREY)
        s.text(x + mm(66), ty, v, fv)
        ty += mm(8.4)
    s.text(x + mm(44), y + h - mm(10), "证件号码", f, fill=GREY)
    s.text(x + mm(66), y + h - mm(11), mtp, font("mono", mm(5.4)))
    y2 = y + h + mm(20)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), outline=GREY, width=3, fill=(232, 232, 232))
    s.text(x + mm(8), y2 + mm(8), f"签发次数　0{rng.randint(1, 3)}", f)
    s.text(x + mm(8), y2 + mm(18), "持证人在大陆居住期间应遵守当地法律法规。", font("hei", mm(3.4)), fill=GREY)
    zone = f"CTT{mtp}<<{born:%y%m%d}{rng.randint(0, 9)}<{until:%y%m%d}{rng.randint(0, 9)}<<<<<<"
    s.text(x + mm(6), y2 + h - mm(24), zone[:30], font("mono", mm(4.4)))
    s.text(x + mm(6), y2 + h - mm(14), "<<<<" + "".join(ch for ch in p.id_number[-6:]) + "<<<<<<<<<<<<<<<<", font("mono", mm(4.4)))
    pen(s, x + mm(4), y2 + h + mm(14), "此复印件仅供泉州市丰泽区人民法院执行立案使用", rng, size=5.4, ink=INK)
    pen(s, x + mm(4), y2 + h + mm(26), f"台湾居民居住证号码：{p.id_number}", rng, size=5.4, ink=INK)
    signature(s, x + w - mm(40), y2 + h + mm(38), p.name, rng)
    return s


def _id_card(p: Party, rng: random.Random) -> Sheet:
    """A 居民身份证 copy, the two faces side by side on one landscape-ish band, a note by hand beneath."""
    s = Sheet()
    w, h = mm(86) * 1.05, mm(54) * 1.05
    y = mm(60) + rng.uniform(-mm(4), mm(4))
    xa, xb = mm(14), s.width - mm(14) - w
    for x in (xa, xb):
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), outline=GREY, width=3, fill=(236, 236, 236))
    f = font("hei", mm(3.1))
    fv = font("hei", mm(3.5))
    born = p.born or date(1980, 1, 1)
    for k, (lab, val) in enumerate([("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")]):
        s.text(xa + mm(5), y + mm(6) + k * mm(8), lab, f, fill=GREY)
        s.text(xa + mm(17), y + mm(6) + k * mm(8), val, fv)
    addr = p.address.removeprefix("福建省")
    s.text(xa + mm(5), y + mm(30), "住址", f, fill=GREY)
    s.text(xa + mm(17), y + mm(30), addr[:13], fv)
    s.text(xa + mm(17), y + mm(36), addr[13:26], fv)
    s.text(xa + mm(5), y + h - mm(9), "公民身份号码", f, fill=GREY)
    s.text(xa + mm(28), y + h - mm(9.5), p.id_number, font("mono", mm(4.2)))
    s.draw.rectangle((xa + w - mm(28), y + mm(6), xa + w - mm(5), y + mm(36)), fill=(170, 170, 170))
    s.centred(y + mm(12), "中华人民共和国", font("hei", mm(5)), x0=xb + mm(14), x1=xb + w)
    s.centred(y + mm(22), "居民身份证", font("hei", mm(6.4)), x0=xb + mm(14), x1=xb + w)
    s.text(xb + mm(6), y + h - mm(16), f"签发机关　{p.address[3:6]}公安局", f)
    s.text(xb + mm(6), y + h - mm(9), f"有效期限　2017.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-2037.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}", f)
    pen(s, mm(30), y + h + mm(22), "本复印件与原件相符，仅用于申请执行", rng, size=6, ink=INK)
    signature(s, mm(120), y + h + mm(36), p.name, rng)
    return s


def _gsxt(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """The respondent's record printed from 国家企业信用信息公示系统 by the filing window (browser header and footer)."""
    s = Sheet()
    small = font("sans", mm(3.1))
    when = c.day(-1)
    s.text(mm(10), mm(8), f"{when:%Y/%m/%d} 09:{rng.randint(10, 59)}", small)
    s.centred(mm(8), "国家企业信用信息公示系统", small)
    s.text(mm(14), mm(20), "国家企业信用信息公示系统", font("sans_bold", mm(6)))
    s.text(mm(14), mm(30), "National Enterprise Credit Information Publicity System", font("sans", mm(3)), fill=GREY)
    s.line(mm(10), mm(37), s.width - mm(10), mm(37), width=3)
    s.text(mm(14), mm(44), p.name, font("sans_bold", mm(5.4)))
    s.text(mm(14), mm(54), "存续（在营、开业、在册）", font("sans", mm(3.8)))
    rows = [["统一社会信用代码", p.id_number, "企业名称", p.name], ["类型", "有限责任公司", "法定代表人", p.legal_rep],
            ["注册资本", f"{rng.choice([50, 100, 200, 300])}万元人民币", "成立日期", f"{2010 + rng.randint(0, 9)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"],
            ["登记机关", "泉州市市场监督管理局", "登记状态", "存续"], ["住所", p.address]]
    table(s, mm(12), mm(64), [mm(32), mm(56), mm(28), mm(70)], rows, font("sans", mm(3.4)), row_h=mm(13), width=1, pad=mm(2))
    s.text(mm(10), s.height - mm(10), "https://www.gsxt.gov.cn/corp-query-entprise-info-hot-search-list.html", small)
    s.right(s.width - mm(10), s.height - mm(10), "1/1", small)
    return s


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if "respondent" in served:
        return [_gsxt(c.respondent, c, rng)]
    tale = _tale(c)
    if tale == "marine":
        lic = _licence(c.applicant, c, rng)
        rep = _rep_certificate(c, rng)
        lic.__dict__["reduced"] = True  # copied at 70 %
        return [lic, rep]
    sheet = _mtp(c.applicant, c, rng) if tale == "decor" else _id_card(c.applicant, rng)
    sheet.__dict__["reduced"] = True  # copied at 70 %
    return [sheet]


# ------------------------------------------------------------------ the lawyer's papers

def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(34), "授 权 委 托 书", font("serif_bold", mm(9)), spacing=mm(1))
    f = font("serif", mm(5.2))
    rows = [["委托人", a.name], ["受托人", f"{c.agent}，{c.firm}律师，电话{c.agent_phone}"],
            ["委托事项", f"委托人与{c.respondent.name}{c.extra['cause']}执行一案"],
            ["代理权限", "特别授权：代为申请执行，提供财产线索，代为承认、放弃、变更执行请求，代为进行和解，代为签收法律文书，"
                         "代为领取执行款项。"], ["委托期限", "自签订之日起至本案执行终结止"]]
    y = table(s, mm(24), mm(56), [mm(34), mm(128)], rows, f, row_h=[mm(16), mm(22), mm(22), mm(46), mm(16)], pad=mm(3),
              centre_first=True)
    s.text(mm(100), y + mm(20), "委托人：", f)
    if a.kind == "organisation":
        seal(s, mm(150), y + mm(24), a.name, rng)
        s.text(mm(100), y + mm(34), "法定代表人：", f)
        signature(s, mm(136), y + mm(32), a.legal_rep, rng)
    else:
        signature(s, mm(124), y + mm(18), a.name, rng, ink=BLUE_INK)
        s.draw.ellipse((mm(160), y + mm(16), mm(172), y + mm(30)), fill=(200, 60, 60))
    s.text(mm(100), y + mm(48), "受托人：", f)
    signature(s, mm(124), y + mm(46), c.agent, rng)
    pen(s, mm(110), y + mm(62), num_date(c.day(-4)), rng, ink=INK)
    return [s]


def _firm_head(s: Sheet, c: CaseCtx) -> float:
    s.centred(mm(24), c.firm, font("serif_bold", mm(8)), fill=(170, 30, 30))
    s.centred(mm(38), "FUJIAN LAW FIRM", font("serif", mm(3.4)), fill=(170, 30, 30))
    s.line(mm(22), mm(46), s.width - mm(22), mm(46), width=3, fill=(170, 30, 30))
    return float(mm(58))


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = _firm_head(s, c)
    s.centred(y, "律 师 事 务 所 函", font("serif_bold", mm(8)))
    s.right(s.width - mm(26), y + mm(16), f"（{c.filed_on.year}）{c.firm[2:4]}律执函字第{rng.randint(10, 300)}号", font("serif", mm(4.6)))
    f = font("serif", mm(5.2))
    blocks: list[Block] = [("f", "泉州市丰泽区人民法院："),
                           ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}"
                                 f"{c.extra['cause']}一案的委托代理人。"),
                           ("p", "特此函告。"), ("f", "附：授权委托书一份"),
                           ("f", f"律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}"),
                           ("f", f"地址：{c.extra['firm_addr']}")]
    y = flow(s, blocks, f, x0=mm(26), width=s.width - mm(52), y=y + mm(30), line_height=mm(10), indent=f.size * 2)
    s.right(s.width - mm(30), y + mm(22), c.firm, f)
    s.right(s.width - mm(30), y + mm(34), f"{c.day(-4):%Y年%m月%d日}", f)
    seal(s, s.width - mm(60), y + mm(26), c.firm, rng)
    return [s]


def _licence_book(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证: the open booklet copied flat, two inside pages side by side."""
    s = Sheet()
    w, h = mm(78), mm(110)
    y = mm(40)
    xa, xb = mm(24), mm(24) + w + mm(6)
    for x in (xa, xb):
        s.box(x, y, x + w, y + h, width=3, outline=GREY)
    s.draw.rectangle((xa + mm(22), y + mm(10), xa + mm(56), y + mm(52)), fill=(165, 165, 165))
    f = font("serif", mm(4.2))
    s.text(xa + mm(8), y + mm(62), f"持证人　{c.agent}", f)
    s.text(xa + mm(8), y + mm(72), f"性　别　{rng.choice('男女')}", f)
    s.text(xa + mm(8), y + mm(82), f"法律职业资格证号　A2010{rng.randint(10**9, 10**10 - 1)}", font("serif", mm(3.3)))
    seal(s, xa + mm(58), y + mm(60), "福建省司法厅", rng, radius=mm(14))
    s.centred(y + mm(8), "律师执业证", font("serif_bold", mm(6)), x0=xb, x1=xb + w)
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", str(c.extra["licence"])), ("发证机关", "福建省司法厅"),
            ("发证日期", f"{2013 + rng.randint(0, 8)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y + mm(24)
    for k, v in rows:
        s.text(xb + mm(6), ty, k, f)
        s.text(xb + mm(30), ty, v if len(v) <= 11 else v[:11], f)
        if len(v) > 11:
            ty += mm(7)
            s.text(xb + mm(30), ty, v[11:], f)
        ty += mm(12)
    s.text(xa, y + h + mm(14), "律师年度考核备案：", f)
    s.box(xa + mm(40), y + h + mm(8), xa + mm(110), y + h + mm(26), width=2, outline=GREY)
    s.text(xa + mm(44), y + h + mm(13), f"{c.filed_on.year - 1}年度考核　称职", f)
    return [s]


# ------------------------------------------------------------------ forms at the window, filled by hand

def _clue_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    tale = _tale(c)
    rows = [("被执行人", r.name), ("证照号码", r.id_number),
            ("银行存款", f"{c.extra['r_bank']} {c.extra['r_acct']}" if tale == "marine" else "不清楚"),
            ("不动产", "无" if tale == "marine" else "不清楚"), ("车辆", "不清楚"),
            ("经营场所", r.address.removeprefix("福建省泉州市")), ("其他线索", "对方仍在营业，收银用公司账户" if tale == "marine"
                                                                  else "原门面已停业，老板电话打不通"),
            ("提供人", c.agent)]
    s = grid_form(c, "执行财产线索申报表", rows, rng, number=False, hand_rows=tuple(range(2, 8)),
                  heights=[mm(14), mm(14), mm(20), mm(14), mm(14), mm(20), mm(26), mm(14)],
                  foot="申报人承诺：以上线索真实，如有虚假愿承担法律责任。")
    pen(s, s.width - mm(80), s.height - mm(60), num_date(c.day(-1)), rng)
    return [s]


def _account_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    rows = [("申请执行人", a.name), ("收款户名", a.name), ("开户银行", str(c.extra["in_bank"])),
            ("银行账号", str(c.extra["in_acct"])), ("联系电话", a.phone)]
    s = grid_form(c, "收取执行款账户确认书", rows, rng, number=True, hand_rows=(1, 2, 3, 4),
                  foot="本人确认以上账户用于收取本案执行款，因账户信息错误导致的损失由本人承担。")
    y = s.height - mm(80)
    s.text(mm(100), y, "确认人：", font("ming", mm(5)))
    if a.kind == "organisation":
        seal(s, mm(150), y + mm(4), a.name, rng)
    else:
        signature(s, mm(124), y - mm(2), a.name, rng, ink=BLUE_INK)
    pen(s, mm(110), y + mm(14), num_date(c.day(0)), rng)
    return [s]


def _address_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    rows = [("当事人", a.name), ("送达地址", a.address.removeprefix("福建省")), ("收件人", a.name if a.kind == "person" else a.legal_rep),
            ("手机号码", a.phone), ("是否同意电子送达", "同意  短信及福建移动微法院"), ("代理人地址", c.extra["firm_addr"])]
    s = grid_form(c, "送达地址确认书", rows, rng, number=True, hand_rows=(1, 2, 3, 4, 5),
                  heights=[mm(14), mm(22), mm(14), mm(14), mm(18), mm(18)],
                  foot="告知：确认的送达地址适用于执行程序；地址变更未及时告知的，按原地址送达即视为送达。")
    y = s.height - mm(76)
    s.text(mm(100), y, "受送达人：", font("ming", mm(5)))
    signature(s, mm(130), y - mm(2), a.legal_rep or a.name, rng, ink=BLUE_INK)
    if a.kind == "organisation":
        seal(s, mm(150), y + mm(4), a.name, rng)
    pen(s, mm(110), y + mm(14), num_date(c.day(0)), rng)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    tale = _tale(c)
    rows = [("被执行人", r.name), ("法定代表人", r.legal_rep),
            ("银行存款", f"{c.extra['r_bank']} 约{int(c.amount) // 10000 + 3}万元" if tale == "marine" else "基本户余额不足一千元"),
            ("不动产", "无"), ("车辆", "无" if tale != "labour" else "货车一辆（已抵押）"),
            ("对外债权", "有应收款但收不回来" if tale == "decor" else "无"), ("经营状况", {"marine": "正常营业", "decor": "已停业",
                                                                                 "labour": "订单减少，维持生产"}[tale])]
    s = grid_form(c, "财产申报表", rows, rng, number=True, hand_rows=(2, 3, 4, 5, 6),
                  foot="申报人保证以上申报内容真实、完整，如有隐瞒，愿承担法律责任。")
    y = s.height - mm(74)
    s.text(mm(96), y, "申报人（盖章）：", font("ming", mm(5)))
    seal(s, mm(160), y + mm(4), r.name, rng)
    pen(s, mm(112), y + mm(16), num_date(c.day(11)), rng, ink=INK)
    return [s]


# ------------------------------------------------------------------ inquiry printouts, bank slips

def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    tale = _tale(c)
    s = Sheet()
    mono = font("mono", mm(3.3))
    s.text(mm(12), mm(12), "最高人民法院网络执行查控系统", font("sans", mm(3.6)))
    s.right(s.width - mm(12), mm(12), f"打印人：{c.officer}", font("sans", mm(3.6)))
    s.centred(mm(24), "查询结果（总对总）", font("sans_bold", mm(6)))
    s.text(mm(12), mm(38), f"执行案号：{c.number}", mono)
    s.text(mm(12), mm(44), f"被查询人：{r.name}　证照号码：{r.id_number}", mono)
    rows = [["序号", "协查机构", "查询类别", "反馈结果", "反馈日期"]]
    found = {"marine": f"{c.extra.get('r_bank', '')}：活期余额{int(c.amount * Decimal('1.08'))}.{rng.randint(10, 99)}",
             "labour": f"余额{rng.randint(1000, 9000)}.{rng.randint(10, 99)}（已冻结）", "decor": "余额0.00"}[tale]
    units = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "兴业银行", "泉州银行", "福建省农村信用社联合社",
             "公安部（车辆）", "自然资源部（不动产）", "中国证券登记结算", "支付宝", "财付通"]
    bank_hit = {"marine": 2, "labour": 4, "decor": 5}[tale]
    for i, u in enumerate(units, 1):
        res = found if i == bank_hit + 1 else "无" if i > 7 else "未开户"
        rows.append([str(i), u, "存款" if i <= 7 else ("车辆" if i == 8 else ("不动产" if i == 9 else "其他")), res,
                     f"{c.day(rng.randint(4, 7)):%Y-%m-%d}"])
    table(s, mm(10), mm(52), [mm(12), mm(56), mm(20), mm(76), mm(26)], rows, mono, row_h=mm(10), width=1, pad=mm(1.5))
    s.text(mm(12), s.height - mm(14), f"{c.day(8):%Y-%m-%d %H:%M}".replace("00:00", f"15:{rng.randint(10, 59)}"), mono)
    sheets = [s]
    if tale == "decor":
        sheets.append(_registry(c, rng))
    return sheets


def _registry(c: CaseCtx, rng: random.Random) -> Sheet:
    """泉州市不动产登记中心's 查询结果 on its own form, its 业务专用章 at the foot."""
    s = Sheet()
    s.centred(mm(30), "泉州市不动产登记中心", font("serif_bold", mm(7)))
    s.centred(mm(44), "不动产登记信息查询结果证明", font("serif_bold", mm(7.5)))
    s.right(s.width - mm(24), mm(58), f"查询编号：QZ{c.day(6):%Y%m%d}{rng.randint(1000, 9999)}", font("serif", mm(4.2)))
    rows = [["查询申请单位", c.court.name], ["查询依据", f"{c.number}协助查询通知书"], ["被查询人", c.respondent.name],
            ["证件号码", c.respondent.id_number], ["查询范围", "泉州市鲤城区、丰泽区、洛江区、泉港区"],
            ["查询结果", "经查询，截至查询之日，被查询人在上述范围内无不动产登记记录。"], ["备注", "本结果仅反映查询时点的登记簿记载信息。"]]
    y = table(s, mm(22), mm(66), [mm(40), mm(126)], rows, font("serif", mm(4.6)), row_h=[mm(14)] * 5 + [mm(26), mm(18)],
              pad=mm(3), centre_first=True)
    s.right(s.width - mm(30), y + mm(30), "泉州市不动产登记中心", font("serif", mm(5)))
    s.right(s.width - mm(30), y + mm(42), f"{c.day(6):%Y年%m月%d日}", font("serif", mm(5)))
    seal(s, s.width - mm(62), y + mm(34), "泉州市不动产登记中心", rng, inner="业务专用章")
    s.starts_document = True
    return s


def bank_return(c: CaseCtx, rng: random.Random, day: date) -> Sheet:
    """The bank's 协助扣划存款回执: a ruled slip under the branch's 业务专用章."""
    s = Sheet()
    bank = str(c.extra.get("r_bank", "中国建设银行泉州鲤城支行"))
    s.centred(mm(26), bank, font("sans_bold", mm(6.2)))
    s.centred(mm(40), "协助扣划存款回执", font("sans_bold", mm(8)))
    s.text(mm(22), mm(60), f"{c.court.name}：", font("sans", mm(4.8)))
    s.text(mm(30), mm(70), f"贵院{c.number}协助执行通知书收悉，我行已办理如下事项：", font("sans", mm(4.6)))
    amt = c.amount + Decimal(c.extra["fee"])
    rows = [["被执行人", c.respondent.name], ["账号", str(c.extra.get("r_acct", ""))], ["扣划金额", money(amt)],
            ["扣划时间", f"{day:%Y-%m-%d} 10:{rng.randint(10, 59)}"], ["划入账户", "泉州市丰泽区人民法院（执行款专户）"],
            ["业务流水号", f"{rng.randint(10**15, 10**16 - 1)}"], ["经办人", person_name(rng)]]
    y = table(s, mm(22), mm(82), [mm(38), mm(128)], rows, font("sans", mm(4.4)), row_h=mm(14), width=2, pad=mm(3))
    s.right(s.width - mm(28), y + mm(24), bank, font("sans", mm(4.8)))
    s.right(s.width - mm(28), y + mm(36), f"{day:%Y年%m月%d日}", font("sans", mm(4.8)))
    seal(s, s.width - mm(58), y + mm(30), bank, rng, inner="业务专用章")
    return s


def _bank_slip(c: CaseCtx, rng: random.Random) -> Sheet:
    """泉州农商银行's 电子回单 of the court's payment to the applicant (half sheet, dot-matrix mono)."""
    s = Sheet()
    day = c.extra["pay_day"]
    mono = font("mono", mm(3.9))
    s.centred(mm(22), "福建泉州农村商业银行　电子回单（付款）", font("sans_bold", mm(5.6)))
    s.text(mm(18), mm(34), f"回单编号：{rng.randint(10**11, 10**12 - 1)}　　　交易日期：{day:%Y%m%d}", mono)
    rows = [["付款人户名", "泉州市丰泽区人民法院", "收款人户名", c.applicant.name],
            ["付款人账号", f"9070{rng.randint(10**11, 10**12 - 1)}", "收款人账号", str(c.extra["in_acct"])],
            ["付款行", "泉州农商银行丰泽支行", "收款行", str(c.extra["in_bank"])],
            ["金额（小写）", f"CNY{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["摘要", f"{c.number}执行款", "", ""]]
    y = table(s, mm(14), mm(42), [mm(30), mm(58), mm(30), mm(64)], rows, mono, row_h=mm(13), width=1, pad=mm(2))
    s.text(mm(18), y + mm(6), f"打印次数：1　　打印日期：{day + timedelta(days=1):%Y-%m-%d}", mono)
    seal(s, s.width - mm(50), y - mm(12), "福建泉州农村商业银行", rng, radius=mm(15), inner="电子回单专用章")
    s.line(mm(6), mm(150), s.width - mm(6), mm(150), width=1, fill=(160, 160, 160))
    return s


def _receipt_note(c: CaseCtx, rng: random.Random) -> Sheet:
    """The worker's own 收条, handwritten on a sheet of lined letter paper, a red fingerprint on the name."""
    s = Sheet()
    for k in range(16):
        s.line(mm(16), mm(40) + k * mm(12), s.width - mm(16), mm(40) + k * mm(12), width=1, fill=(170, 190, 210))
    s.line(mm(16), mm(30), s.width - mm(16), mm(30), width=3, fill=(190, 80, 80))
    day = c.extra["pay_day"]
    lines = ["收　条", f"今收到{c.respondent.name}支付的工资及经济", f"补偿金共计人民币{c.amount}元",
             f"（大写：{money_caps(c.amount)}），", f"款项已通过银行转账收到。{c.basis_number}",
             "裁决确定的款项已全部付清，我不再", "向法院申请执行该公司其他款项。"]
    y = mm(29)
    for i, line in enumerate(lines):
        x = s.width / 2 - mm(16) if i == 0 else mm(24) if i != 1 else mm(36)
        hand(s, x, y, line, rng, size=mm(8 if i == 0 else 6.6), ink=INK)
        y += mm(12) if i else mm(14)
    y += mm(14)
    hand(s, mm(100), y, f"收款人：{c.applicant.name}", rng, size=mm(6.6), ink=INK)
    s.draw.ellipse((mm(160), y - mm(2), mm(173), y + mm(13)), fill=(205, 70, 70))
    hand(s, mm(100), y + mm(13), f"身份证：{c.applicant.id_number}", rng, size=mm(5.6), ink=INK)
    hand(s, mm(106), y + mm(26), num_date(day), rng, size=mm(6.6), ink=INK)
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    day = c.day(30)
    s = Sheet()
    s.centred(mm(30), "执行和解协议", font("song_gb", mm(9)), spacing=mm(1.5))
    f = font("song_gb", mm(5.2))
    half = (c.amount / 2).quantize(Decimal("0.01"))
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}"),
        ("f", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
        ("p", f"甲乙双方就泉州市丰泽区人民法院{c.number}执行一案（执行依据：{c.basis_number}仲裁裁决书），"
              "经协商自愿达成如下和解协议："),
        ("p", f"一、乙方应支付甲方工资及经济补偿金共计{c.amount}元，分两期支付：{num_date(day + timedelta(days=3))}前支付"
              f"{half}元，{num_date(c.extra['pay_day'])}前支付余款{c.amount - half}元。"),
        ("p", f"二、款项汇入甲方账户（{c.extra['in_bank']}，账号{c.extra['in_acct']}）。"),
        ("p", "三、甲方同意免除乙方迟延履行期间的债务利息；乙方按期付清后，双方就本案再无纠纷。"),
        ("p", "四、乙方任一期未按时足额支付的，甲方可申请恢复执行原生效法律文书。"),
        ("p", "五、本协议一式三份，双方各执一份，交法院一份，自双方签字盖章之日起生效。")]
    y = flow(s, blocks, f, x0=mm(26), width=s.width - mm(52), y=mm(52), line_height=mm(9.8), indent=f.size * 2)
    y += mm(14)
    s.text(mm(26), y, "甲方（签名捺印）：", f)
    signature(s, mm(26), y + mm(12), a.name, rng, ink=BLUE_INK)
    s.draw.ellipse((mm(62), y + mm(12), mm(74), y + mm(26)), fill=(200, 70, 70))
    s.text(mm(112), y, "乙方（盖章）：", f)
    seal(s, mm(150), y + mm(14), r.name, rng)
    signature(s, mm(118), y + mm(22), r.legal_rep, rng)
    pen(s, mm(26), y + mm(40), num_date(day), rng, ink=INK)
    pen(s, mm(118), y + mm(40), num_date(day), rng, ink=INK)
    return [s]


def _fee_receipt(c: CaseCtx, rng: random.Random) -> Sheet:
    """福建省非税收入统一票据: green-ruled bill, 财政监制 oval at the head, the court's 财务专用章."""
    s = Sheet()
    green = (40, 120, 80)
    fee = Decimal(c.extra["fee"])
    s.draw.ellipse((s.width / 2 - mm(16), mm(10), s.width / 2 + mm(16), mm(26)), outline=RED, width=3)
    s.centred(mm(14.5), "福建省财政厅监制", font("serif", mm(2.8)), fill=RED)
    s.centred(mm(30), "福建省非税收入统一票据", font("serif_bold", mm(7.5)), fill=green)
    s.text(mm(16), mm(44), f"票据代码：35010{rng.randint(101, 199)}", font("serif", mm(3.8)), fill=green)
    s.right(s.width - mm(16), mm(44), f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", mm(4.6)), fill=RED)
    s.text(mm(16), mm(52), f"交款人：{c.applicant.name}", font("serif", mm(4.2)), fill=green)
    s.right(s.width - mm(16), mm(52), f"开票日期：{c.day(1):%Y-%m-%d}", font("serif", mm(4.2)), fill=green)
    rows = [["项目编码", "项目名称", "数量", "标准", "金额（元）"], ["103040103", "申请执行费", "1", f"{fee}", f"{fee}.00"],
            ["", "", "", "", ""], ["合计（大写）", money_caps(fee), "", "", f"{fee}.00"],
            ["备注", f"{c.number}", "", "", ""]]
    table(s, mm(14), mm(60), [mm(30), mm(70), mm(18), mm(28), mm(36)], rows, font("serif", mm(4)), row_h=mm(11), width=2, fill=green,
          pad=mm(2))
    s.text(mm(16), mm(124), f"执收单位（盖章）：{c.court.name}", font("serif", mm(4.2)), fill=green)
    s.text(mm(130), mm(124), f"复核人：{person_name(rng)}　收款人：{c.clerk}", font("serif", mm(4.2)), fill=green)
    seal(s, mm(70), mm(122), c.court.name, rng, radius=mm(16), inner="财务专用章")
    s.line(0, mm(140), s.width, mm(140), width=1, fill=(190, 190, 190))
    s.__dict__["reduced"] = True  # copied at 70 %
    return s


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    tale = _tale(c)
    if code == "enforcement_basis":
        return {"marine": _judgment, "decor": _mediation, "labour": _award}[tale](c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, served)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_book(c, rng)
    if code == "property_clue_form":
        return _clue_form(c, rng)
    if code == "payment_account_confirmation":
        return _account_form(c, rng)
    if code == "service_address_confirmation":
        return _address_form(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "payment_voucher":
        return [_bank_slip(c, rng) if tale == "marine" else _receipt_note(c, rng)]
    if code == "fee_receipt":
        return [_fee_receipt(c, rng)]
    raise KeyError(code)
