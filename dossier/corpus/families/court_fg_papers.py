"""What 浉河法院执行局 receives through the online filing platform, each in its sender's hand and as it came through:

- the lawyers' Word/WPS files (申请书, 线索表, 所函, 收款账户确认书, screenshots pasted under a caption) rendered by the
  platform's converter in its fallback faces (court_fg_convert): re-wrapped lines, a missing-glyph box where the
  face lacks a character, a title's bold lost;
- paper photographed with a phone: the arbitration award and the appeal judgment, the signed power of attorney and
  settlement, the forms filled by hand, the licence and the cards — set in the senders' own faces (the photo shows
  the paper as printed) and stored without their EXIF orientation (court_fg_capture turns them);
- this court's own mediation, which the bureau took from the trial division and scanned."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, RED, hand, mm, seal, wrap
from dossier.corpus.families.court_fg_convert import Block, Server, render, screenshot, server
from dossier.corpus.families.court_fg_kit import COURT, SHORT, Page, cells, form_title, pen
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "settlement_agreement", "payment_voucher",
})
ARB = "信阳仲裁委员会"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Page]:
    from dossier.corpus.families.court_fg import made_on

    d = made_on(c, code)
    tale = str(c.extra["tale"])
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "enforcement_basis":
        return {"tea": _award, "labour": _appeal, "fish": _mediation}[tale](c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng, d)
    if code == "property_clue_form":
        return _clues(c, rng, d)
    if code == "fee_receipt":
        return _fee(c, rng, d)
    if code == "identity_proof":
        if "respondent" in served:
            return _respondent_record(c, rng, d)
        p = c.applicant
        return _licence(p, c, rng) if p.kind == "organisation" else _id_card(p, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _lawyer_card(c, rng)
    if code == "payment_account_confirmation":
        return _account(c, rng, d)
    if code == "service_address_confirmation":
        return _address_form(c, rng, d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _received_money(c, rng, d)
    raise KeyError(code)


# ---------------------------------------------------------------- the senders' Word files, as the converter set them

def _party_blocks(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = []
    for role, p in (("申请执行人", a), ("被执行人", r)):
        if p.kind == "organisation":
            head = "负责人" if "合作社" in p.name else "法定代表人"
            out.append(("hard", f"{role}：{p.name}，住所地：{p.address}，统一社会信用代码：{p.id_number}，{head}：{p.legal_rep}，"
                                f"联系电话：{p.phone}。"))
        else:
            born = p.born or date(1980, 1, 1)
            out.append(("hard", f"{role}：{p.name}，{p.sex}，汉族，{born.year}年{born.month}月{born.day}日出生，住{p.address}，"
                                f"公民身份号码：{p.id_number}，联系电话：{p.phone}。"))
        if role == "申请执行人":
            out.append(("f", f"委托代理人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}。"))
    return out


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    from dossier.corpus.families.court_fg import basis_title

    a, r = c.applicant, c.respondent
    tale = str(c.extra["tale"])
    if tale == "tea":
        story = (f"申请人系浉河港镇茶农组成的专业合作社。2023年4月，被执行人向申请人收购明前、雨前信阳毛尖共计{c.extra['jin']}斤，"
               f"约定茶叶交付后三十日内付清货款，但被执行人收货后仅支付部分货款，余款经多次催要未付。申请人依合同约定的仲裁条款向"
               f"{ARB}申请仲裁，该委作出{c.basis_number}裁决书，裁决被执行人支付货款及违约金。裁决书送达后，被执行人至今未履行。")
    elif tale == "labour":
        story = (f"2022年，申请人与被执行人签订《出国劳务服务合同》，向被执行人交纳服务费、保证金，由被执行人安排申请人赴"
                  f"{c.extra['country']}务工。因被执行人未能按约安排出境，申请人诉至浉河区人民法院，一审判决被执行人返还服务费及保证金，"
                  f"被执行人不服提起上诉，河南省信阳市中级人民法院作出{c.basis_number}民事判决，驳回上诉，维持原判。判决生效后，被执行人"
                  "未履行。")
    else:
        story = (f"申请人长期向被执行人经营的“{c.extra['shop']}”供应南湾湖鲜鱼（鲢鳙、鳜鱼）。因被执行人拖欠货款，申请人诉至"
                f"{SHORT}，经该院主持调解，双方达成调解协议，该院出具{c.basis_number}民事调解书。被执行人未按调解书约定的期限付款。")
    blocks: list[Block] = [("title", "强制执行申请书"), ("gap", ""), *_party_blocks(c), ("f", "请求事项："),
                           ("p", f"1.请求依法强制执行{basis_title(c)}，责令被执行人{r.name}向申请人支付{money(c.amount)}"
                                 "及迟延履行期间的债务利息；"),
                           ("p", "2.请求对被执行人采取限制消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；"),
                           ("p", "3.本案申请执行费由被执行人负担。"),
                           ("f", "事实与理由："), ("p", story),
                           ("p", "为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
                           ("gap", ""), ("f", "此致"), ("f", SHORT), ("gap", ""),
                           ("rs", f"申请人：{a.name}"), ("rs", f"{d.year}年{d.month}月{d.day}日")]
    srv = server(rng, gb=rng.random() < 0.8)
    return render(blocks, srv, rng)


def _clues(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    r = c.respondent
    tale = str(c.extra["tale"])
    bank = {"tea": f"{c.extra.get('r_bank', '')}，账号{c.extra.get('r_acct', '')}（被执行人基本户，系其收取茶叶货款的账户）",
            "labour": "不详。被执行人曾通过其法定代表人个人账户收取服务费，账号不详。",
            "fish": "被执行人的微信、支付宝收款码（菜馆前台），具体账号不详。"}[tale]
    other = {"tea": "被执行人在羊山茶城租有门面两间，库存毛尖、红茶若干。",
             "labour": "被执行人原办公地点已搬离，听说其在郑州另设办事处。",
             "fish": f"被执行人经营的“{c.extra.get('shop', '')}”，店内有厨房设备、空调等。"}[tale]
    rows = [["被执行人", r.name], ["证照号码", r.id_number], ["住所地/经常居住地", r.address],
            ["银行账户", bank], ["不动产", "不详"], ["车辆", "不详" if tale != "fish" else "被执行人驾驶一辆白色小型面包车（车牌不详）"],
            ["股权、债权", "不详"], ["其他财产线索", other], ["提供人", f"{c.applicant.name}（代理人{c.agent}）"],
            ["提供日期", f"{d.year}年{d.month}月{d.day}日"]]
    blocks: list[Block] = [("title", "被执行人财产线索表"), ("gap", ""), ("f", f"申请执行人：{c.applicant.name}"),
                           ("table", ([0.28, 0.72], rows)),
                           ("p", "申请执行人保证以上线索真实，如有虚假，愿承担相应的法律责任。")]
    return render(blocks, server(rng), rng)


def _account(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    a = c.applicant
    holder = a.name if a.kind == "person" or rng.random() < 0.8 else a.legal_rep
    rows = [["案件当事人", a.name], ["收款人（户名）", holder], ["开户银行", c.extra["in_bank"]], ["银行账号", c.extra["in_acct"]],
            ["联系人及电话", f"{c.agent} {c.agent_phone}"]]
    blocks: list[Block] = [("title", "申请执行人收取案款确认书"), ("gap", ""), ("f", f"{SHORT}："),
                           ("p", f"申请执行人{a.name}申请执行{c.respondent.name}{c.extra['cause']}一案，执行到位的案款请汇入下列账户："),
                           ("table", ([0.3, 0.7], rows)),
                           ("p", "以上账户信息由申请执行人确认无误。因账户信息错误导致案款无法到账或者错汇的，由申请执行人自行承担责任。"
                                 "账户如有变更，申请执行人将及时书面告知贵院。"),
                           ("gap", ""), ("rs", f"申请执行人：{a.name}"), ("rs", f"{d.year}年{d.month}月{d.day}日")]
    return render(blocks, server(rng), rng)


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    n = rng.randint(20, 260)
    blocks: list[Block] = [("title", c.firm), ("c", "律 师 事 务 所 函"), ("c", f"{c.firm[2:4]}律执字〔{d.year}〕第{n}号"), ("gap", ""),
                           ("f", f"{SHORT}："),
                           ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
                                 "执行一案申请执行阶段的委托代理人。"),
                           ("p", "特此函告。"),
                           ("p", f"附：授权委托书一份。本所地址：{c.extra['firm_addr']}；承办律师电话：{c.agent_phone}。"),
                           ("gap", ""), ("gap", ""), ("rs", c.firm), ("rs", cn_date(d)), ("seal", c.firm)]
    srv = server(rng, gb=True)
    return render(blocks, Server(**{**srv.__dict__, "folio": False}), rng)


def _fee(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    shot, lines = screenshot("河南省非税收入电子票据", [
        ("票据代码", f"41060{rng.randint(100, 999)}"), ("票据号码", f"00{rng.randint(10**7, 10**8 - 1)}"),
        ("交款人", c.applicant.name), ("项目名称", "申请执行费"), ("金额（元）", f"{c.extra['fee']:,.2f}"),
        ("收款单位", SHORT), ("开票日期", f"{d:%Y-%m-%d}"), ("校验码", f"{rng.randint(10**5, 10**6 - 1)}")],
        rng, banner="缴费成功", accent=(7, 193, 96))
    blocks: list[Block] = [("f", f"{c.applicant.name}申请执行{c.respondent.name}一案"), ("f", "申请执行费缴纳凭证（手机截图）："),
                           ("img", (shot, 92.0, lines)),
                           ("f", f"缴费金额：{c.extra['fee']:,.2f}元（大写：{money_caps(Decimal(c.extra['fee']))}）")]
    return render(blocks, Server(**{**server(rng).__dict__, "folio": False}), rng)


def _respondent_record(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    """The respondent's entry in the 国家企业信用信息公示系统, screenshotted on a phone and pasted under a caption."""
    r = c.respondent
    if r.kind == "organisation":
        rows = [("统一社会信用代码", r.id_number), ("企业名称", r.name), ("类型", "有限责任公司（自然人投资或控股）"),
                ("法定代表人", r.legal_rep), ("登记状态", "存续（在营、开业、在册）"), ("成立日期", f"{rng.randint(2012, 2019)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"),
                ("登记机关", "信阳市浉河区市场监督管理局"), ("住所", r.address)]
        caption = f"被执行人{r.name}企业信用信息（国家企业信用信息公示系统截图）："
    else:
        rows = [("统一社会信用代码", str(c.extra["shop_code"])), ("名称", str(c.extra["shop"])), ("类型", "个体工商户"),
                ("经营者", r.name), ("登记状态", "存续（在营、开业、在册）"), ("组成形式", "个人经营"),
                ("登记机关", "信阳市浉河区市场监督管理局"), ("经营场所", r.address)]
        caption = f"被执行人{r.name}身份信息：其系“{c.extra['shop']}”经营者，公民身份号码{r.id_number}（见调解书）。个体工商户登记信息截图如下："
    shot, lines = screenshot("国家企业信用信息公示系统", rows, rng)
    blocks: list[Block] = [("f", caption), ("img", (shot, 96.0, lines)), ("rs", f"查询日期：{d.year}年{d.month}月{d.day}日")]
    return render(blocks, Server(**{**server(rng).__dict__, "folio": False}), rng)


def _received_money(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    a = c.applicant
    paid = c.extra["pay_day"] + timedelta(days=2)
    shot, lines = screenshot("交易详情", [
        ("交易金额", f"+{c.amount:,.2f}"), ("交易时间", f"{paid:%Y-%m-%d} {rng.randint(9, 16)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"),
        ("对方户名", f"{SHORT}（执行款专户）"), ("对方账号", f"4105{rng.randint(10**12, 10**13 - 1)}"),
        ("本方账号", f"{c.extra['in_acct'][:4]}****{c.extra['in_acct'][-4:]}"), ("附言", f"{c.number}执行款"),
        ("交易类型", "跨行转入")], rng, banner="交易成功", accent=(200, 30, 40))
    blocks: list[Block] = [("title", "收款确认书"), ("gap", ""), ("f", f"{SHORT}："),
                           ("p", f"贵院执行的{c.number}申请执行人{a.name}与被执行人{c.respondent.name}{c.extra['cause']}一案，"
                                 f"申请执行人已于{paid.year}年{paid.month}月{paid.day}日收到贵院发放的执行款{money(c.amount)}。"
                                 "生效法律文书确定的给付义务已全部履行，申请执行人对本案执行无异议。"),
                           ("f", "附：银行到账截图"), ("img", (shot, 78.0, lines)),
                           ("rs", f"申请执行人：{a.name}"), ("rs", f"{d.year}年{d.month}月{d.day}日")]
    return render(blocks, Server(**{**server(rng).__dict__, "folio": False}), rng)


# ---------------------------------------------------------------- paper, photographed (the senders' own faces)

def typed(title: str, blocks: list[tuple[str, str]], rng: random.Random, *, body: str = "serif", px: float = mm(5.2),
          title_face: str = "serif_bold", issuer: str = "", number: str = "", seal_name: str = "",
          origin: str = "photo", footer: str = "dash", lead: float = 1.85, red_head: bool = False) -> list[Page]:
    """A printed paper in its maker's faces: (issuer) title, number, then blocks (p paragraph, h flush, c centred,
    r right, gap, sig: right, date: right with the seal on it), folios as the maker prints them."""
    bf: Font = font(body, int(px))
    lh = bf.size * lead
    x0, x1 = mm(28), Page().width - mm(26)
    bottom = Page().height - mm(30)
    pages = [Page(origin=origin)]
    s = pages[0]
    y = float(mm(30))
    if issuer:
        colour = RED if red_head else INK
        s.centred(y, issuer, font(title_face, mm(8.4 if red_head else 7.4)), spacing=mm(0.8), fill=colour)
        y += mm(14)
        if red_head:
            s.line(x0, y, x1, y, width=4, fill=RED)
            y += mm(7)
    s.centred(y, title, font(title_face, mm(9.2)), spacing=mm(2.4) if len(title) <= 6 else mm(0.6))
    y += mm(15)
    if number:
        s.right(x1, y, number, bf)
        y += lh * 1.2

    def room(h: float) -> None:
        nonlocal s, y
        if y + h > bottom:
            s = Page(origin=origin)
            pages.append(s)
            y = float(mm(28))

    for kind, text in blocks:
        if kind == "gap":
            y += lh * 0.5
        elif kind in ("p", "h"):
            ind = 2 * bf.size if kind == "p" else 0.0
            s.marks[text] = (x0, y)
            for k, part in enumerate(wrap(text, bf, x1 - x0, indent=ind)):
                room(lh)
                s.text(x0 + (ind if k == 0 else 0), y, part, bf)
                y += lh
        elif kind == "c":
            room(lh)
            s.centred(y, text, bf)
            y += lh
        elif kind in ("r", "sig", "date"):
            room(lh * 1.6)
            w = bf.getlength(text)
            s.marks[text] = (x1 - w - mm(10), y)
            s.text(x1 - w - mm(10), y, text, bf)
            if kind == "date" and seal_name:
                seal(s, x1 - w / 2 - mm(10) + rng.uniform(-mm(4), mm(4)), y + bf.size * 0.5 + rng.uniform(-mm(3), mm(3)),
                     seal_name, rng)
            y += lh
    m = len(pages)
    if m > 1:
        for n, pg in enumerate(pages, 1):
            if footer == "dash":
                pg.centred(pg.height - mm(18), f"— {n} —", font(body, mm(4.2)))
            else:
                pg.centred(pg.height - mm(18), f"第{n}页 共{m}页", font(body, mm(4.0)))
                pg.page_of = (n, m)
    return pages


def _award(c: CaseCtx, rng: random.Random) -> list[Page]:
    from dossier.corpus.families.court_fg import made_on

    a, r = c.applicant, c.respondent
    d = made_on(c, "enforcement_basis")
    heard = d - timedelta(days=rng.randint(20, 40))
    paid = (c.amount * Decimal("0.3")).quantize(Decimal("1"))
    price = ((c.amount * Decimal("0.92") + paid) / c.extra["jin"]).quantize(Decimal("0.01"))
    blocks = [
        ("h", f"申请人：{a.name}，住所地{a.address}。"), ("h", f"负责人：{a.legal_rep}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{r.name}，住所地{r.address}。"), ("h", f"法定代表人：{r.legal_rep}。"),
        ("p", f"本会根据申请人与被申请人于2023年3月签订的《茶叶购销合同》中的仲裁条款和申请人的仲裁申请，受理了申请人与被申请人之间的"
              f"买卖合同纠纷案。本案适用简易程序，由独任仲裁员审理。本会于{cn_date(heard)}开庭审理了本案，双方均到庭参加了庭审。本案现已审理终结。"),
        ("p", f"申请人称：2023年4月，被申请人向申请人收购明前、雨前信阳毛尖共计{c.extra['jin']}斤，单价{price}元/斤。申请人按约交付"
              f"茶叶，被申请人仅支付货款{paid:,.0f}元，余款经催要未付。请求裁决被申请人支付货款及违约金。"),
        ("p", "被申请人辩称：收到茶叶属实，因部分茶叶含水率偏高，请求酌减货款。但未提供证据证明其主张。"),
        ("p", "经审理查明：双方签订的《茶叶购销合同》系真实意思表示，合法有效。申请人已按约交付茶叶，被申请人未按约付清货款，"
              "应承担继续付款及违约责任。被申请人关于茶叶质量的抗辩，未提供证据，本会不予采信。"),
        ("p", "依照《中华人民共和国民法典》第五百七十七条、第六百二十六条及《中华人民共和国仲裁法》第七条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付货款及违约金共计{money(c.amount)}；"),
        ("p", f"二、本案仲裁费{rng.randint(3000, 9000)}元，由被申请人负担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
        ("gap", ""), ("sig", f"仲裁员　{person_name(rng)}"), ("gap", ""), ("date", cn_date(d)), ("sig", f"书记员　{person_name(rng)}"),
    ]
    return typed("裁决书", blocks, rng, issuer=ARB, number=c.basis_number, seal_name=ARB, footer="nm", body="serif")


def _in_effect(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    blocks = [("h", f"{c.applicant.name}："),
              ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会于"
                    f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决书已于{cn_date(c.basis_effective + timedelta(days=3))}"
                    "送达双方当事人。依照《中华人民共和国仲裁法》第五十七条的规定，该裁决书自作出之日起发生法律效力。"),
              ("p", "特此证明。"), ("gap", ""), ("gap", ""), ("r", ARB), ("date", cn_date(d))]
    return typed("生效证明", blocks, rng, issuer=ARB, number=f"信仲证字〔{d.year}〕第{rng.randint(20, 300)}号", seal_name=ARB)


def _appeal(c: CaseCtx, rng: random.Random) -> list[Page]:
    from dossier.corpus.families.court_fg import made_on

    a, r = c.applicant, c.respondent
    d = made_on(c, "enforcement_basis")
    fee = Decimal(rng.randint(700, 1800))
    born = a.born or date(1990, 1, 1)
    blocks = [
        ("h", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("h", f"法定代表人：{r.legal_rep}，该公司总经理。"),
        ("h", f"被上诉人（原审原告）：{a.name}，{a.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{a.address}。"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}服务合同纠纷一案，不服{COURT}{c.extra['first_number']}民事判决，向本院提起上诉。"
              "本院立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回{a.name}的诉讼请求。事实和理由：未能安排出境系因境外雇主取消用工计划，"
              "属于不可抗力，上诉人不应返还已经发生的服务费用。"),
        ("p", f"{a.name}辩称：上诉人收取费用后一直未安排出境，也未退还费用，一审判决正确，请求驳回上诉。"),
        ("p", f"一审法院判决：{r.name}于判决生效之日起十日内返还{a.name}服务费、保证金共计{money(c.amount)}。"),
        ("p", f"本院认为，{r.name}收取{a.name}的服务费和保证金后，未能按照合同约定安排其赴{c.extra['country']}务工，"
              "其主张的境外雇主取消用工计划不属于不可抗力，且未提供证据证明已经发生的合理费用，应当返还所收取的费用。"
              "一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{fee}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
        ("gap", ""), ("sig", f"审判长　{person_name(rng)}"), ("sig", f"审判员　{person_name(rng)}"),
        ("sig", f"审判员　{person_name(rng)}"), ("gap", ""), ("date", cn_date(d)), ("sig", f"书记员　{person_name(rng)}"),
    ]
    return typed("民事判决书", blocks, rng, issuer="河南省信阳市中级人民法院", number=c.basis_number,
                 seal_name="河南省信阳市中级人民法院", footer="dash")


def _mediation(c: CaseCtx, rng: random.Random) -> list[Page]:
    """This court's own 民事调解书, from the trial division's file: printed and scanned here with the rest."""
    from dossier.corpus.families.court_fg import made_on

    a, r = c.applicant, c.respondent
    d = made_on(c, "enforcement_basis")
    born = r.born or date(1980, 1, 1)
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    blocks = [
        ("h", f"原告：{a.name}，住所地{a.address}。"), ("h", f"法定代表人：{a.legal_rep}。"),
        ("h", f"被告：{r.name}，{r.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{r.address}，系“{c.extra['shop']}”经营者。"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于2023年立案后，依法适用简易程序进行了审理。"),
        ("p", f"原告向本院提出诉讼请求：判令被告支付拖欠的鲜鱼货款{money(c.amount)}。事实和理由：原告自2022年起向被告经营的菜馆"
              "供应南湾湖鲢鳙、鳜鱼等水产品，双方按月对账，被告至今拖欠货款。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}欠原告{a.name}货款{money(c.amount)}，于2023年12月31日前支付{first:,.0f}元，余款于2024年2月29日前付清；"),
        ("p", "二、被告如未按期足额支付任何一期款项，原告可就全部未付款项申请强制执行；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。"),
        ("gap", ""), ("sig", f"审判员　{person_name(rng)}"), ("gap", ""), ("date", cn_date(d)),
        ("sig", f"书记员　{person_name(rng)}"),
    ]
    return typed("民事调解书", blocks, rng, issuer=COURT, number=c.basis_number, seal_name=COURT, origin="scan",
                 footer="nm", body="serif")


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    a = c.applicant
    signer = a.legal_rep if a.kind == "organisation" else a.name
    blocks = [("h", f"委托人：{a.name}"), ("h", f"住所：{a.address}"),
              ("h", f"受托人：{c.agent}，{c.firm}律师"), ("h", f"联系电话：{c.agent_phone}"),
              ("p", f"现委托上列受托人在我方与{c.respondent.name}{c.extra['cause']}一案的执行程序中，作为我方的委托代理人。"),
              ("p", "代理权限为：特别授权，代为申请执行、提供财产线索、申请采取执行措施、代为参加执行听证和约谈、代为签收法律文书、"
                    "代为和解、代为申请终结执行、代为领取执行款。"),
              ("gap", ""), ("r", "委托人（签名或盖章）：　　　　　　"), ("gap", ""), ("gap", ""), ("r", f"{d.year}年{d.month}月{d.day}日")]
    pages = typed("授权委托书", blocks, rng, body="kai", title_face="hei", px=mm(5.6), lead=2.0)
    s = pages[-1]
    label = "委托人（签名或盖章）：　　　　　　"
    x, y = s.marks[label]
    x += font("kai", int(mm(5.6))).getlength("委托人（签名或盖章）：")
    y -= mm(1.5)
    hand(s, x, y, signer, rng, size=mm(8), ink=(20, 20, 20))
    if a.kind == "organisation":
        seal(s, x + mm(12), y + mm(4), a.name, rng)
    return pages


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    a, r = c.applicant, c.respondent
    tale = str(c.extra["tale"])
    half = (c.amount / 2).quantize(Decimal("0.01"))
    second = c.extra["pay_day"]
    when1 = d + timedelta(days=5)
    extra = ("因被执行人账户已被冻结，双方同意由贵院从冻结款项中划扣第一期款项；" if tale == "tea"
             else "被执行人承诺菜馆正常营业期间按时付款；")
    blocks = [("h", f"甲方（申请执行人）：{a.name}"), ("h", f"乙方（被执行人）：{r.name}"),
              ("p", f"甲乙双方{c.extra['cause']}一案，{SHORT}以{c.number}立案执行。执行中，经双方自愿协商，达成和解协议如下："),
              ("p", f"一、乙方应付甲方款项共计{money(c.amount)}，分两期支付：{when1.year}年{when1.month}月{when1.day}日前支付"
                    f"{half:,.2f}元，{second.year}年{second.month}月{second.day}日前支付剩余{c.amount - half:,.2f}元；"),
              ("p", f"二、上述款项均汇入{SHORT}执行款专户，由法院发放甲方；{extra}"),
              ("p", "三、乙方按期付清全部款项后，甲方放弃迟延履行期间的债务利息，本案执行完毕；"),
              ("p", "四、乙方任何一期未按约履行的，甲方有权申请恢复执行原生效法律文书。"),
              ("p", "五、本协议一式三份，甲乙双方各执一份，交法院一份，自双方签字（盖章）之日起生效。"),
              ("gap", ""), ("h", "甲方（签章）：　　　　　　　　　乙方（签章）："), ("gap", ""), ("gap", ""),
              ("h", f"{d.year}年{d.month}月{d.day}日　　　　　　　{d.year}年{d.month}月{d.day}日")]
    pages = typed("执行和解协议", blocks, rng, body="serif", px=mm(5.4), footer="nm")
    s = pages[-1]
    line = "甲方（签章）：　　　　　　　　　乙方（签章）："
    x0, y = s.marks[line]
    bf = font("serif", int(mm(5.4)))
    xa, xb = x0 + bf.getlength("甲方（签章）："), x0 + bf.getlength(line)
    hand(s, xa, y - mm(2), a.legal_rep if a.kind == "organisation" else a.name, rng, size=mm(7.5), ink=(20, 20, 20))
    hand(s, xb, y - mm(2), r.legal_rep if r.kind == "organisation" else r.name, rng, size=mm(7.5), ink=BLUE_INK)
    if a.kind == "organisation":
        seal(s, xa + mm(8), y + mm(4), a.name, rng)
    if r.kind == "organisation":
        seal(s, xb + mm(8), y + mm(4), r.name, rng)
    return pages


def _address_form(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    """The court's 送达地址确认书 (downloaded from the platform, printed), filled in by hand and photographed."""
    a = c.applicant
    s = Page(origin="photo")
    y = form_title(s, "送达地址确认书")
    w = s.width - mm(29) - mm(25)
    x = mm(29)
    rows = [["案号", ""], ["受送达人", ""], ["送达地址", ""], ["收件人", ""], ["联系电话", ""], ["电子送达", ""],
            ["告知事项", "1.当事人应如实提供确切的送达地址；2.送达地址变更的，应当及时书面告知人民法院；3.因提供的地址不准确、"
                        "拒不提供送达地址、送达地址变更未及时告知人民法院，导致法律文书未能被实际接收的，文书退回之日视为送达之日。"],
            ["受送达人确认", ""]]
    hs = [mm(14), mm(14), mm(22), mm(14), mm(14), mm(18), mm(52), mm(36)]
    boxes = cells(s, x, y, [mm(36), w - mm(36)], rows, font("serif", mm(4.5)), heights=hs)
    fills = ["（申请执行立案时填写）", a.name, c.extra["firm_addr"], f"{c.agent}（代理律师）", c.agent_phone,
             f"同意。手机号{c.agent_phone}"]
    for row, text in zip(boxes, fills, strict=False):
        b = row[1]
        pen(s, b[0] + mm(3), b[1] + mm(2.5), text, rng, size=mm(5.2), per_line=26, lead=mm(7))
    b = boxes[7][1]
    pen(s, b[0] + mm(3), b[1] + mm(3), "以上地址确认无误。", rng, size=mm(5.4))
    pen(s, b[0] + mm(48), b[1] + mm(14), c.agent, rng, size=mm(7))
    pen(s, b[0] + mm(80), b[1] + mm(24), num_date(d), rng, size=mm(5.2))
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    """财产申报表: the respondent filled the court's form by hand and sent a photo through 移动微法院 (tea, fish);
    the labour agency never answered, and the file holds the blank form served with the report order, scanned."""
    r = c.respondent
    tale = str(c.extra["tale"])
    blank = tale == "labour"
    s = Page(origin="scan" if blank else "photo")
    y = form_title(s, "财产申报表")
    s.right(s.width - mm(25), y - mm(4), f"案号：{c.number}", font("serif", mm(4.3)))
    y += mm(3)
    w = s.width - mm(54)
    labels = ["申报人", "证照号码", "银行存款", "现金及收入", "不动产", "车辆", "股权、投资", "债权（应收款）", "其他财产", "一年内财产变动",
              "申报人签名（盖章）", "申报日期"]
    hs = [mm(13), mm(13), mm(24), mm(18), mm(16), mm(14), mm(14), mm(18), mm(18), mm(20), mm(20), mm(13)]
    boxes = cells(s, mm(29), y, [mm(40), w - mm(40)], [[t, ""] for t in labels], font("serif", mm(4.4)), heights=hs)
    if blank:
        s.text(mm(29), boxes[-1][0][3] + mm(5), "（本表随报告财产令一并送达，被执行人应于五日内填写后交回本院）", font("serif", mm(4.0)))
        return [s]
    if tale == "tea":
        vals = [r.name, r.id_number, f"{c.extra['r_bank']}基本户，已被法院冻结；另有一般户余额约三千元", "无",
                "无（门面系租赁）", "无", "无", f"茶叶经销商欠我公司货款约{rng.randint(3, 9)}万元，正在催收", "库存茶叶约二百斤",
                "无"]
    else:
        vals = [r.name, r.id_number, "农商行卡一张，余额几百元", f"菜馆月营业额约{rng.randint(4, 9)}万元，扣除成本后所剩无几",
                "无", "面包车一辆（二手，买菜用）", "无", "无", "菜馆厨房设备", "无"]
    for row, text in zip(boxes, vals, strict=False):
        b = row[1]
        pen(s, b[0] + mm(3), b[1] + mm(2.5), text, rng, size=mm(5.0), per_line=19, lead=mm(6.4))
    sign = r.legal_rep if r.kind == "organisation" else r.name
    pen(s, boxes[10][1][0] + mm(8), boxes[10][1][1] + mm(5), sign, rng, size=mm(7))
    if r.kind == "organisation":
        seal(s, boxes[10][1][0] + mm(60), boxes[10][1][1] + mm(10), r.name, rng, radius=mm(18))
    pen(s, boxes[11][1][0] + mm(8), boxes[11][1][1] + mm(2.5), num_date(d), rng, size=mm(5.2))
    return [s]


# ---------------------------------------------------------------- cards and the licence, photographed

def _id_card(p: Party, rng: random.Random) -> list[Page]:
    """Both sides of the applicant's ID card, two photos."""
    front = Page(size=(mm(86), mm(54)), paper=(236, 240, 238), origin="photo", card=True)
    small, big = font("hei", mm(2.6)), font("hei", mm(3.3))
    blue = (60, 80, 140)
    born = p.born or date(1985, 1, 1)
    y = mm(6)
    for label, value in (("姓  名", p.name), ("性  别", f"{p.sex}　　民  族  汉"),
                         ("出  生", f"{born.year} 年 {born.month} 月 {born.day} 日")):
        front.text(mm(5), y, label, small, fill=blue)
        front.text(mm(17), y - mm(0.4), value, big)
        y += mm(6.5)
    front.text(mm(5), y, "住  址", small, fill=blue)
    for k, part in enumerate(wrap(p.address, big, mm(40))):
        front.text(mm(17), y - mm(0.4) + k * mm(4.6), part, big)
    front.text(mm(5), mm(45), "公民身份号码", small, fill=blue)
    front.text(mm(24), mm(44.4), p.id_number, font("sans_bold", mm(3.6)))
    front.box(mm(60), mm(8), mm(81), mm(36), width=1, outline=(170, 175, 180))
    d = front.draw
    d.ellipse((mm(65), mm(12), mm(76), mm(23)), fill=(120, 120, 125))
    d.rectangle((mm(62), mm(24), mm(79), mm(36)), fill=(120, 120, 125))
    back = Page(size=(mm(86), mm(54)), paper=(232, 238, 240), origin="photo", card=True)
    back.draw.ellipse((mm(6), mm(5), mm(20), mm(19)), outline=RED, width=4)
    back.centred(mm(9), "中华人民共和国", font("hei", mm(4.6)), x0=mm(24))
    back.centred(mm(19), "居 民 身 份 证", font("hei", mm(5.8)), x0=mm(24))
    region = p.address.split("市")[1].split("县")[0] + "县" if "县" in p.address else "浉河区"
    issue = date(rng.randint(2015, 2021), rng.randint(1, 12), rng.randint(1, 28))
    back.text(mm(16), mm(38), "签发机关", small, fill=blue)
    back.text(mm(31), mm(37.6), f"信阳市公安局{region.removesuffix('县')}分局", big)
    back.text(mm(16), mm(45), "有效期限", small, fill=blue)
    back.text(mm(31), mm(44.6), f"{issue:%Y.%m.%d}-{issue.replace(year=issue.year + 20):%Y.%m.%d}", big)
    return [front, back]


def _lawyer_card(c: CaseCtx, rng: random.Random) -> list[Page]:
    """The 律师执业证 opened flat on a desk: the photo page and the particulars page."""
    s = Page(size=(mm(150), mm(104)), paper=(244, 240, 228), origin="photo", card=True)
    s.line(s.width / 2, mm(4), s.width / 2, s.height - mm(4), width=2, fill=(190, 180, 160))
    s.box(mm(22), mm(12), mm(50), mm(48), width=1, outline=(150, 150, 150))
    s.draw.ellipse((mm(29), mm(17), mm(43), mm(31)), fill=(110, 110, 115))
    s.draw.rectangle((mm(25), mm(33), mm(47), mm(48)), fill=(110, 110, 115))
    f, fb = font("serif", mm(3.6)), font("serif_bold", mm(4.4))
    s.text(mm(8), mm(58), f"执业证号：{c.extra['licence']}", f)
    s.text(mm(8), mm(66), "持证人：", f)
    s.text(mm(24), mm(65.5), c.agent, fb)
    seal(s, mm(60), mm(78), "河南省司法厅", rng, radius=mm(13))
    x = s.width / 2 + mm(8)
    y = mm(14)
    issued = date(rng.randint(2016, 2022), rng.randint(1, 12), rng.randint(1, 28))
    for label, value in (("姓　　名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                         ("法律职业资格证号", f"A{rng.randint(2008, 2018)}4115{rng.randint(10**5, 10**6 - 1)}"),
                         ("发证机关", "河南省司法厅"), ("发证日期", f"{issued.year}年{issued.month}月{issued.day}日")):
        s.text(x, y, f"{label}：", f)
        lines = wrap(value, fb, s.width - x - mm(36) - mm(6))
        for k, part in enumerate(lines):
            s.text(x + mm(30), y - mm(0.5) + k * mm(6), part, fb)
        y += mm(10) + (len(lines) - 1) * mm(6)
    return [s]


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Page]:
    """The applicant's 营业执照（副本）, photographed on the office desk — and the 负责人's certificate typed in Word."""
    s = Page(size=(mm(200), mm(280)), paper=(250, 246, 236), origin="photo")
    gold = (176, 128, 60)
    for k, inset in enumerate((mm(6), mm(9))):
        s.box(inset, inset, s.width - inset, s.height - inset, width=5 if k == 0 else 2, outline=gold)
    s.draw.ellipse((s.width / 2 - mm(10), mm(16), s.width / 2 + mm(10), mm(36)), outline=RED, width=5)
    s.centred(mm(42), "营 业 执 照", font("serif_bold", mm(14)))
    s.centred(mm(62), "（副　本）", font("serif", mm(6)))
    s.text(mm(22), mm(76), f"统一社会信用代码  {p.id_number}", font("serif", mm(5)))
    s.box(s.width - mm(48), mm(70), s.width - mm(22), mm(96), width=3)
    for k in range(5):
        for j in range(5):
            if rng.random() < 0.55:
                s.draw.rectangle((s.width - mm(46) + k * mm(4.4), mm(72) + j * mm(4.4),
                                  s.width - mm(43) + k * mm(4.4), mm(75) + j * mm(4.4)), fill=INK)
    coop = "合作社" in p.name
    est = date(rng.randint(2010, 2019), rng.randint(1, 12), rng.randint(1, 28))
    rows = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
            ("法定代表人" if not coop else "负 责 人", p.legal_rep),
            ("经营范围", "茶叶种植、加工、销售；组织收购、销售成员种植的茶叶；茶叶技术培训。" if coop
             else "水产养殖；水产品收购、销售；冷链运输（依法须经批准的项目，经相关部门批准后方可开展经营活动）。"),
            ("成员出资总额" if coop else "注册资本", f"{rng.randint(50, 500)}万元"),
            ("成立日期", f"{est.year}年{est.month:02d}月{est.day:02d}日"), ("住　　所", p.address)]
    f = font("serif", mm(5.2))
    y = mm(104)
    for label, value in rows:
        s.text(mm(22), y, label, f)
        parts = wrap(value, f, s.width - mm(70))
        for k, part in enumerate(parts):
            s.text(mm(56), y + k * mm(8), part, f)
        y += mm(11) + (len(parts) - 1) * mm(8)
    s.text(s.width - mm(98), s.height - mm(52), "登记机关", font("serif", mm(5)))
    issued = date(2023, rng.randint(1, 9), rng.randint(1, 28))
    s.text(s.width - mm(92), s.height - mm(36), f"{issued.year}年{issued.month:02d}月{issued.day:02d}日", font("serif", mm(5)))
    seal(s, s.width - mm(62), s.height - mm(44), "信阳市浉河区市场监督管理局", rng, radius=mm(20))
    head = "负责人" if coop else "法定代表人"
    cert: list[Block] = [("title", f"{head}身份证明书"), ("gap", ""),
                         ("p", f"{p.legal_rep}在我单位任{'理事长' if coop else '执行董事兼总经理'}职务，系我单位的{head}。"),
                         ("p", "特此证明。"), ("gap", ""),
                         ("f", f"附：{head}住址：信阳市浉河区{rng.choice(['浉河港镇', '五星街道', '湖东街道'])}，"
                               f"电话：1{rng.choice('358')}{rng.randint(100000000, 999999999)}"),
                         ("gap", ""), ("rs", f"单位：{p.name}"), ("rs", num_date(c.filed_on - timedelta(days=6))),
                         ("seal", p.name)]
    return [s, *render(cert, Server(**{**server(rng).__dict__, "folio": False}), rng)]

