"""The papers 东湖法院 receives, each in its author's style: 南昌中院's 二审 判决书 (two or three pages, 第n页共m页),
南昌仲裁委员会's 裁决书 and its 生效证明, this court's own 民事调解书 from the 民庭, a 红谷滩 firm's filings, bank slips
and replies, ID and licence copies, hand-filled forms and 笔录."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_bp import ARB, COURT, MID, basis_name, money, money_words
from dossier.corpus.fonts import font

PAPERS = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher", "investigation_record", "interview_record", "effectiveness_certificate",
})


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    note = served[0] if served else ""
    if code == "enforcement_basis":
        return {"ceramic": judgment, "noodle": award, "loan": mediation}[c.extra["story"]](c, rng)
    if code == "identity_proof":
        p = c.respondent if note == "respondent" else c.applicant
        return [licence(p, c, rng) if p.kind == "organisation" else id_copy(p, rng)]
    fn = {"enforcement_application": application, "property_clue_form": clue_form, "fee_receipt": fee_receipt,
          "power_of_attorney": attorney, "law_firm_letter": firm_letter, "lawyer_license": lawyer_card,
          "payment_account_confirmation": account_form, "service_address_confirmation": address_form,
          "property_declaration_form": declaration, "online_inquiry_result": inquiry,
          "settlement_agreement": settlement, "payment_voucher": voucher, "investigation_record": investigation,
          "interview_record": interview, "effectiveness_certificate": certificate}[code]
    if code == "payment_voucher" and c.extra["story"] == "noodle":
        return voucher(c, rng, second=note == "second")
    return fn(c, rng)


def _numbered(pages: list[Sheet], style: str) -> list[Sheet]:
    for i, p in enumerate(pages):
        p.page_of = (i + 1, len(pages)) if len(pages) > 1 else None
        text = f"第 {i + 1} 页 共 {len(pages)} 页" if style == "a" else f"- {i + 1} -"
        p.centred(mm(284), text, font("serif", mm(3.4)))
    return pages


def _runs(blocks: list[tuple[str, str]], first: Sheet, y: float, f_role: str, size: float, *, x0: float = 27,
          width: float = 156, lh: float = 1.85, bottom: float = 266) -> tuple[list[Sheet], float]:
    pages = [first]

    def more() -> tuple[Sheet, float]:
        n = Sheet()
        pages.append(n)
        return n, mm(24)
    f = font(f_role, mm(size))
    y = flow(first, blocks, f, x0=mm(x0), width=mm(width), y=y, line_height=mm(size * lh), indent=mm(size * 2),
             bottom=mm(bottom), more=more)
    return pages, y


def judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """南昌中院's 二审 民事判决书: 宋体 body, the court name and title spaced, two or three pages."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(26), MID, font("serif_bold", mm(7.4)), spacing=mm(0.8))
    s.centred(mm(40), "民 事 判 决 书", font("serif_bold", mm(9.5)), spacing=mm(1.5))
    s.right(mm(183), mm(56), c.basis_number, font("serif", mm(5)))
    amt = money(c.amount)
    goods = c.extra["goods"]
    blocks = [
        ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
        ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"),
        ("f", f"法定代表人：{a.legal_rep}，该公司执行董事。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服江西省南昌市东湖区人民法院{c.extra['first']}民事判决，"
              "向本院提起上诉。本院立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，依法改判或发回重审。事实和理由：被上诉人交付的{goods}部分存在釉面开裂、"
              "色差等质量问题，上诉人有权拒付相应货款；一审对质量异议未予审查，认定事实不清。"),
        ("p", f"{a.name}辩称：双方自2023年起持续供货，每批货物均经上诉人验收签字，上诉人从未在约定的七日异议期内提出质量"
              "异议，其上诉理由不能成立，请求驳回上诉，维持原判。"),
        ("p", f"本院经审理查明：2023年3月至2024年10月间，{a.name}陆续向{r.name}供应{goods}等日用陶瓷，双方于2024年12月对账，"
              f"确认{r.name}尚欠货款{amt}元，{r.name}在对账单上加盖公章。此后{r.name}未再付款。一审查明的其他事实属实，本院予以确认。"),
        ("p", f"本院认为，{r.name}在对账单上盖章确认欠款，且未在合同约定期间内提出质量异议，应视为标的物质量符合约定。"
              "其关于质量问题的上诉主张证据不足，本院不予支持。一审判决认定事实清楚，适用法律正确，应予维持。"
              "依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"一审判决主文为：{r.name}于判决生效之日起十日内向{a.name}支付货款{amt}元及逾期付款利息"
              "（以欠款为基数，自2025年1月1日起按一年期贷款市场报价利率计至实际清偿之日止）。"),
        ("p", f"二审案件受理费{money(c.extra['fee'] * 2)}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    pages, y = _runs(blocks, s, mm(68), "serif", 5.0)
    last = pages[-1]
    if y > mm(220):
        last = Sheet()
        pages.append(last)
        y = mm(30)
    f = font("serif", mm(5))
    for k, (role, who) in enumerate([("审　判　长", c.judge), ("审　判　员", person_name(rng)), ("审　判　员", person_name(rng))]):
        last.text(mm(118), y + mm(8 + 9 * k), f"{role}　{who}", f)
    last.right(mm(180), y + mm(40), cn_date(c.basis_effective - timedelta(days=9)), f)
    seal(last, mm(150), y + mm(36), MID, rng)
    last.text(mm(118), y + mm(52), "本件与原本核对无异", font("serif", mm(3.8)))
    last.text(mm(118), y + mm(60), f"书　记　员　{person_name(rng)}", f)
    return _numbered(pages, "a")


def award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """南昌仲裁委员会's 裁决书: 黑体 heading under the commission's name, 仲裁庭 signatures, seal over the date."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(26), ARB, font("hei", mm(8)), spacing=mm(2))
    s.centred(mm(42), "裁　决　书", font("hei", mm(10)))
    s.right(mm(182), mm(60), c.basis_number, font("sans", mm(4.6)))
    amt = money(c.amount)
    blocks = [
        ("f", f"申请人：{a.name}，住所地{a.address}。"),
        ("f", f"法定代表人：{a.legal_rep}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被申请人：{r.name}，{r.sex}，{cn_date(r.born) if r.born else ''}出生，住{r.address}，公民身份号码{r.id_number}。"),
        ("p", f"{ARB}（以下简称本会）根据申请人与被申请人于2023年签订的《“{a.name[2:5]}”南昌拌粉特许经营合同》中的仲裁条款及"
              "申请人提交的仲裁申请书，受理了申请人与被申请人之间的特许经营合同纠纷案。本案适用《南昌仲裁委员会仲裁规则》"
              "简易程序，由独任仲裁员审理，于本会开庭，被申请人经合法通知未到庭。"),
        ("f", "一、案情"),
        ("p", f"申请人称：被申请人加盟申请人品牌开设{c.extra['shop']}，约定加盟费、品牌使用费及配送货款按季结算。"
              f"被申请人自2024年第三季度起拖欠加盟费及米粉、配料货款，经对账共计{amt}元，催告后仍未支付。"),
        ("f", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的特许经营合同系真实意思表示，合法有效。被申请人未按约支付费用，构成违约，"
              "应承担支付欠款的责任。"),
        ("f", "三、裁决"),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付加盟费及货款共计人民币{amt}元；"),
        ("p", "（二）本案仲裁费由被申请人承担。"),
        ("p", "以上款项，被申请人应于本裁决书送达之日起十日内支付完毕。本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    pages, y = _runs(blocks, s, mm(74), "sans", 4.6, lh=1.9)
    last = pages[-1]
    if y > mm(230):
        last = Sheet()
        pages.append(last)
        y = mm(30)
    f = font("sans", mm(4.6))
    last.text(mm(120), y + mm(10), f"独任仲裁员：{person_name(rng)}", f)
    last.right(mm(182), y + mm(26), f"二〇二五年{cn_date(c.basis_effective)[5:]}", f)
    seal(last, mm(152), y + mm(22), ARB, rng)
    last.text(mm(120), y + mm(38), f"书记员：{person_name(rng)}", f)
    return _numbered(pages, "b")


def mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(26), COURT, font("serif_bold", mm(7)), spacing=mm(0.6))
    s.centred(mm(40), "民 事 调 解 书", font("serif_bold", mm(9.5)))
    s.right(mm(183), mm(56), c.basis_number, font("ming", mm(5)))
    amt = money(c.amount)
    blocks = [
        ("f", f"原告：{a.name}，{a.sex}，住{a.address}，公民身份号码{a.id_number}。"),
        ("f", f"被告：{r.name}，{r.sex}，住{r.address}，公民身份号码{r.id_number}。"),
        ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于2025年立案后，依法适用简易程序进行审理。"),
        ("p", f"原告诉称，被告于2023年向原告借款，出具借条约定月底归还，到期后经原告多次催讨，被告仅归还部分，尚欠本金{amt}元。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}尚欠原告{a.name}借款本金{amt}元，于2025年12月31日前一次性付清；"),
        ("p", "二、如被告未按期足额履行，原告可就全部未付款项申请强制执行，被告另需按年利率百分之三点六五支付逾期利息；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    pages, y = _runs(blocks, s, mm(68), "ming", 5.0)
    last = pages[-1]
    f = font("ming", mm(5))
    last.text(mm(120), y + mm(8), f"审判员　{person_name(rng)}", f)
    last.right(mm(180), y + mm(22), cn_date(c.basis_effective), f)
    seal(last, mm(150), y + mm(18), COURT, rng)
    last.text(mm(120), y + mm(34), f"书记员　{person_name(rng)}", f)
    return _numbered(pages, "a")


def certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(34), ARB, font("hei", mm(7.5)), spacing=mm(1.5))
    s.centred(mm(50), "生 效 证 明", font("hei", mm(9)))
    s.right(mm(182), mm(66), f"洪仲证字〔2026〕第{rng.randint(10, 400)}号", font("sans", mm(4.4)))
    f = font("sans", mm(5))
    flow(s, [("f", f"{COURT}："),
             ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}特许经营合同纠纷一案，已于"
                   f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决书为终局裁决，自作出之日起发生法律效力，"
                   "并已依法送达双方当事人。"),
             ("p", "特此证明。")], f, x0=mm(27), width=mm(156), y=mm(82), line_height=mm(9.5), indent=mm(10))
    s.right(mm(180), mm(160), cn_date(c.filed_on - timedelta(days=6)), f)
    seal(s, mm(152), mm(150), ARB, rng)
    return [s]


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's typed 强制执行申请书 in 宋体 with a bold title, signed by the client."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(28), "强制执行申请书", font("serif_bold", mm(8.5)))

    def who(p: Party) -> str:
        if p.kind == "organisation":
            return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}。"
        return f"{p.name}，{p.sex}，住{p.address}，公民身份号码{p.id_number}，联系电话{p.phone}。"
    blocks = [("f", "申请执行人：" + who(a)), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("f", "被执行人：" + who(r)), ("f", "执行请求："),
              ("p", f"1．请求强制被执行人支付{money_words(c.amount)}及迟延履行期间的加倍债务利息；"),
              ("p", "2．本案执行费用由被执行人承担。"), ("f", "事实与理由："),
              ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{basis_name(c)}确定被执行人负有上述给付义务，该文书已于"
                    f"{cn_date(c.basis_effective)}发生法律效力。被执行人至今未履行，为此依照《中华人民共和国民事诉讼法》第二百四十七条"
                    "之规定，特向贵院申请强制执行。"),
              ("f", "此致"), ("f", COURT)]
    pages, y = _runs(blocks, s, mm(46), "serif", 4.8)
    last = pages[-1]
    last.text(mm(108), y + mm(14), "申请执行人：", font("serif", mm(4.8)))
    if a.kind == "organisation":
        seal(last, mm(150), y + mm(18), a.name, rng)
    else:
        signature(last, mm(136), y + mm(10), a.name, rng)
    hand(last, mm(120), y + mm(30), num_date(c.filed_on - timedelta(days=3)), rng, size=int(mm(4.6)), ink=(20, 20, 20))
    return pages


def attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), "授 权 委 托 书", font("hei", mm(8)), spacing=mm(1))
    f = font("serif", mm(4.8))
    a = c.applicant
    y = flow(s, [("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                 ("p", f"现委托上述受托人在我方与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方执行阶段的代理人。"),
                 ("f", "代理权限：特别授权。代为申请执行、提供财产线索、参加执行和解、签收法律文书、代为领取执行款。"),
                 ("f", "委托期限：自签署之日起至本案执行终结之日止。")], f, x0=mm(26), width=mm(158), y=mm(50),
             line_height=mm(9), indent=mm(9.6))
    s.text(mm(26), y + mm(16), "委托人（签章）：", f)
    if a.kind == "organisation":
        seal(s, mm(90), y + mm(20), a.name, rng)
    else:
        signature(s, mm(70), y + mm(12), a.name, rng)
    s.text(mm(112), y + mm(16), "受托人：", f)
    signature(s, mm(136), y + mm(12), c.agent, rng)
    hand(s, mm(112), y + mm(34), num_date(c.filed_on - timedelta(days=4)), rng, size=int(mm(4.6)), ink=(20, 20, 20))
    return [s]


def firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), c.firm, font("serif_bold", mm(7.4)), fill=(170, 25, 30))
    s.line(mm(20), mm(36), mm(190), mm(36), width=5, fill=(170, 25, 30))
    s.centred(mm(46), "律 师 事 务 所 函", font("serif_bold", mm(7)))
    s.right(mm(186), mm(60), f"赣{c.firm[2:4]}执字〔2026〕第{rng.randint(10, 300)}号", font("serif", mm(4.4)))
    f = font("serif", mm(4.8))
    flow(s, [("f", f"{COURT}："),
             ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师作为其与{c.respondent.name}{c.extra['cause']}"
                   "执行一案的委托代理人。特此函告。"),
             ("f", f"律师：{c.agent}　执业证号：{c.extra['lic_no']}　联系电话：{c.agent_phone}"),
             ("f", f"本所地址：{c.extra['firm_addr']}")], f, x0=mm(24), width=mm(162), y=mm(74), line_height=mm(9), indent=mm(9.6))
    s.right(mm(180), mm(150), cn_date(c.filed_on - timedelta(days=3)), f)
    seal(s, mm(150), mm(142), c.firm, rng)
    return [s]


def lawyer_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the 律师执业证's photo and data pages, side by side on one A4."""
    s = Sheet()
    s.text(mm(18), mm(16), "律师执业证复印件（与原件核对一致）", font("sans", mm(4.2)))
    x, y = mm(18), mm(30)
    s.box(x, y, x + mm(82), y + mm(116), width=3)
    s.draw.rectangle((x + mm(24), y + mm(12), x + mm(58), y + mm(56)), fill=(150, 150, 150))
    s.centred(y + mm(66), "中华人民共和国", font("serif_bold", mm(5)), x0=x, x1=x + mm(82))
    s.centred(y + mm(76), "律师执业证", font("serif_bold", mm(7)), x0=x, x1=x + mm(82))
    x2 = mm(108)
    s.box(x2, y, x2 + mm(84), y + mm(116), width=3)
    f = font("sans", mm(3.8))
    for k, line in enumerate([f"持证人　{c.agent}", f"执业机构　{c.firm}", "执业证类别　专职律师",
                              f"执业证号　{c.extra['lic_no']}", "发证机关　江西省司法厅", "发证日期　2021年05月16日"]):
        s.text(x2 + mm(6), y + mm(12 + k * 14), line, f)
    seal(s, x2 + mm(56), y + mm(92), "江西省司法厅", rng, radius=mm(15))
    return [s]


def licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.box(mm(14), mm(20), mm(196), mm(250), width=8, outline=(170, 120, 40))
    s.centred(mm(38), "营 业 执 照", font("serif_bold", mm(11)), spacing=mm(2))
    s.centred(mm(56), "（副　本）", font("serif", mm(5)))
    f = font("serif", mm(4.6))
    y = mm(74)
    for k, v in [("统一社会信用代码", p.id_number), ("名称", p.name), ("类型", "有限责任公司（自然人投资或控股）"),
                 ("法定代表人", p.legal_rep), ("经营范围", "日用陶瓷制品销售；工艺美术品批发零售；餐饮管理" if "瓷" in p.name
                                              else "餐饮管理；食品经营；品牌管理"), ("住所", p.address),
                 ("成立日期", f"{rng.randint(2008, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]:
        s.text(mm(28), y, k, f)
        s.text(mm(78), y, v, f)
        y += mm(14)
    s.text(mm(120), mm(210), "登记机关", f)
    seal(s, mm(160), mm(214), "南昌市东湖区市场监督管理局" if "南昌" in p.name else "景德镇市珠山区市场监督管理局", rng)
    hand(s, mm(30), mm(232), "与原件一致", rng, size=int(mm(6)), ink=(190, 30, 40))
    return s


def id_copy(p: Party, rng: random.Random) -> Sheet:
    """Both faces of the 身份证 photocopied on one sheet, with the holder's 'copy for court' note."""
    s = Sheet()
    x, y, w, h = mm(50), mm(40), mm(110), mm(70)
    for k in range(2):
        yy = y + k * mm(90)
        s.draw.rounded_rectangle((x, yy, x + w, yy + h), radius=mm(4), outline=(90, 90, 90), width=3, fill=(232, 232, 232))
    f = font("hei", mm(3.6))
    for k, line in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　民族　汉",
                              f"出生　{p.born.year}年{p.born.month}月{p.born.day}日" if p.born else "出生",
                              f"住址　{p.address[:14]}", f"　　　{p.address[14:]}"]):
        s.text(x + mm(6), y + mm(6 + k * 9), line, f)
    s.draw.rectangle((x + mm(76), y + mm(8), x + mm(102), y + mm(42)), fill=(120, 120, 120))
    s.text(x + mm(6), y + mm(56), f"公民身份号码　{p.id_number}", font("hei", mm(4)))
    s.centred(y + mm(96), "中华人民共和国", font("hei", mm(5)), x0=x, x1=x + w)
    s.centred(y + mm(108), "居民身份证", font("hei", mm(6.5)), x0=x, x1=x + w)
    s.text(x + mm(18), y + mm(136), "签发机关　南昌市公安局东湖分局", f)
    s.text(x + mm(18), y + mm(145), "有效期限　2017.06.12-2037.06.12", f)
    hand(s, mm(54), mm(214), "此复印件仅供法院执行使用", rng, size=int(mm(6)), ink=(20, 20, 20))
    signature(s, mm(130), mm(232), p.name, rng)
    return s


def _hand_form(title: str, rows: list[tuple[str, str]], rng: random.Random, *, note: str = "",
               sign: str = "", when: str = "") -> Sheet:
    """A court-printed blank filled by hand in blue ballpoint."""
    s = Sheet()
    s.centred(mm(20), COURT, font("sans", mm(5)))
    s.centred(mm(30), title, font("sans_bold", mm(7.5)))
    f = font("sans", mm(4.2))
    heights = [mm(24) if len(v) > 22 else mm(14) for _, v in rows]
    table(s, mm(18), mm(46), [mm(46), mm(128)], [[k, ""] for k, _ in rows], f, row_h=heights, centre_first=True)
    y = mm(46)
    for (_, v), h in zip(rows, heights, strict=True):
        for j in range(0, len(v), 22):
            hand(s, mm(68), y + mm(3) + (j // 22) * mm(9), v[j:j + 22], rng, size=int(mm(4.8)))
        y += h
    if note:
        flow(s, [("p", note)], font("sans", mm(3.6)), x0=mm(20), width=mm(170), y=y + mm(6), line_height=mm(6),
             indent=mm(7))
    if sign:
        s.text(mm(110), mm(246), "填表人：", f)
        signature(s, mm(132), mm(240), sign, rng, ink=BLUE_INK)
        hand(s, mm(130), mm(258), when, rng, size=int(mm(4.4)))
    return s


def clue_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    clue = {"ceramic": f"{c.extra['resp_bank']}基本户，账号{c.extra['resp_acct']}；船山路门店库存瓷器",
            "noodle": f"{c.extra.get('shop', '')}门店经营收入，微信收款；{c.extra['resp_bank']}个人账户",
            "loan": "名下或有小型汽车一辆，具体不详；在青山湖区某物流公司打工"}[c.extra["story"]]
    return [_hand_form("被执行人财产线索表", [("被执行人", r.name), ("证件号码", r.id_number), ("住所地", r.address),
                                             ("联系电话", r.phone), ("财产线索", clue), ("线索来源", "申请人掌握")], rng,
                       note="申请执行人应如实提供财产线索，提供虚假线索的，承担相应法律责任。",
                       sign=c.agent, when=num_date(c.filed_on - timedelta(days=2)))]


def address_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    return [_hand_form("送达地址确认书", [("案号", c.number), ("受送达人", a.name), ("送达地址", c.extra["firm_addr"]),
                                         ("收件人", c.agent), ("联系电话", c.agent_phone), ("是否同意电子送达", "同意，手机短信"),
                                         ("电子送达号码", c.agent_phone)], rng,
                       note="受送达人确认：以上地址真实有效，地址变更时及时告知法院；因地址不准确导致文书未能实际接收的，"
                            "文书退回之日视为送达之日。", sign=c.agent, when=num_date(c.filed_on))]


def account_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    return [_hand_form("执行款收款账户确认书", [("案号", c.number), ("申请执行人", a.name), ("户名", a.name),
                                              ("开户行", c.extra["bank"]), ("账号", c.extra["acct"])], rng,
                       note="本人（单位）确认执行款汇入上述账户，因账户信息错误产生的后果由本人（单位）承担。",
                       sign=a.legal_rep or a.name, when=num_date(c.filed_on))]


def declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    story = c.extra["story"]
    rows = [("被执行人", r.name), ("证件号码", r.id_number), ("银行存款", {"ceramic": f"{c.extra['resp_bank']}，约三万元",
                                                                    "noodle": "建行卡一张，余额几百元", "loan": "无"}[story]),
            ("不动产", "无" if story != "ceramic" else "仓库系租赁"), ("车辆", "无"),
            ("收入情况", {"ceramic": "门店营业收入", "noodle": "门店停业，无固定收入", "loan": "打零工，月收入二千元左右"}[story]),
            ("其他财产", "瓷器库存若干" if story == "ceramic" else "无")]
    return [_hand_form("财产申报表", rows, rng, note="本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。",
                       sign=r.legal_rep or r.name, when=num_date(c.day(8)))]


def fee_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """江西省非税收入一般缴款书: a landscape-ish slip on the upper half, red-printed rules."""
    s = Sheet()
    red = (185, 60, 60)
    s.centred(mm(20), "江西省非税收入一般缴款书（电子）", font("serif_bold", mm(6.4)), fill=red)
    f = font("sans", mm(3.8))
    s.text(mm(16), mm(34), f"票据代码：36010125　　票据号码：{rng.randint(10**7, 10**8 - 1)}", f)
    s.text(mm(16), mm(41), f"交款人统一社会信用代码：{c.applicant.id_number}", f)
    rows = [["交款人", c.applicant.name, "执收单位", COURT], ["项目编码", "103040100101", "项目名称", "诉讼费（申请执行费）"],
            ["金额（大写）", money_caps(c.extra["fee"]), "（小写）", f"{c.extra['fee']:.2f}"],
            ["备注", f"{c.number}"]]
    table(s, mm(16), mm(48), [mm(32), mm(60), mm(26), mm(60)], rows, f, row_h=mm(13), fill=red)
    s.text(mm(16), mm(106), f"开票日期：{num_date(c.filed_on + timedelta(days=1))}　　收款单位（章）", f)
    seal(s, mm(150), mm(108), "江西省财政厅票据监制章", rng, radius=mm(13))
    return [s]


def inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 总对总/点对点 查控 printout: mono table, a header line per page."""
    r = c.respondent
    s = Sheet()
    s.text(mm(14), mm(14), f"网络执行查控系统　打印时间：{num_date(c.day(6))} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
           font("mono", mm(3.3)))
    s.centred(mm(26), "网络查控结果（存款、车辆、不动产）", font("sans_bold", mm(6)))
    s.text(mm(14), mm(40), f"案号：{c.number}　被查询人：{r.name}　证件号：{r.id_number}", font("mono", mm(3.3)))
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "余额/说明"]]
    banks = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "交通银行", "江西银行", "九江银行", "南昌农商银行",
             "支付宝", "财付通", "公安部车辆", "自然资源部不动产"]
    for i, b in enumerate(banks, 1):
        hit = c.extra["story"] == "ceramic" and b in c.extra["resp_bank"]
        rows.append([str(i), b, "车辆" if "车辆" in b else ("不动产" if "不动产" in b else "存款"),
                     "有财产" if hit else "无财产", f"{money(c.amount * 2)}" if hit else "—"])
    table(s, mm(14), mm(50), [mm(14), mm(50), mm(28), mm(34), mm(56)], rows, font("mono", mm(3.4)), row_h=mm(9),
          width=1)
    return [s]


def settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(26), "执行和解协议", font("hei", mm(8)))
    half = (c.amount * 45 / 100).quantize(c.amount)
    f = font("serif", mm(4.8))
    y = flow(s, [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}，身份证号{r.id_number}"),
                 ("p", f"甲乙双方就{c.number}执行一案，在{COURT}执行局主持下自愿达成和解如下："),
                 ("p", f"一、乙方确认欠甲方加盟费及货款{money(c.amount)}元；甲方同意免除仲裁费及迟延履行利息。"),
                 ("p", f"二、乙方于{cn_date(c.day(20))}前支付{money(half)}元，余款{money(c.amount - half)}元于"
                       f"{cn_date(c.extra['pay_day'])}前付清，均汇入法院执行款专户。"),
                 ("p", "三、乙方任何一期未按时足额付款的，甲方有权申请恢复执行原裁决。"),
                 ("p", "四、乙方履行完毕后，本案执行完毕。本协议一式三份，双方及法院各执一份。")], f, x0=mm(26),
             width=mm(158), y=mm(46), line_height=mm(9), indent=mm(9.6))
    s.text(mm(26), y + mm(14), "甲方：", f)
    seal(s, mm(64), y + mm(18), a.name, rng)
    s.text(mm(112), y + mm(14), "乙方：", f)
    signature(s, mm(128), y + mm(10), r.name, rng)
    hand(s, mm(112), y + mm(30), num_date(c.day(14)), rng, size=int(mm(4.6)), ink=(20, 20, 20))
    return [s]


def voucher(c: CaseCtx, rng: random.Random, *, second: bool = False) -> list[Sheet]:
    """The bank's 电子回单: the court's 执行款专户 paying the applicant, as printed from 网银."""
    s = Sheet()
    bank = "中国农业银行" if rng.random() < 0.5 else "江西银行"
    half = (c.amount * 45 / 100).quantize(c.amount)
    paid = c.amount if c.extra["story"] != "noodle" else (c.amount - half if second else half)
    day = c.day(24) if c.extra["story"] == "noodle" and not second else c.extra["pay_day"] + timedelta(days=5)
    s.centred(mm(22), f"{bank}网上银行电子回单", font("sans_bold", mm(6)))
    f = font("sans", mm(3.9))
    rows = [["付款人", f"{COURT}（执行款专户）", "收款人", c.applicant.name],
            ["账号", f"1403{rng.randint(10**11, 10**12 - 1)}", "账号", c.extra["acct"]],
            ["开户行", f"{bank}南昌东湖支行", "开户行", c.extra["bank"]],
            ["金额", f"￥{money(paid)}", "大写", money_caps(paid)],
            ["用途", f"{c.number}执行款发还" + ("" if c.extra["story"] != "noodle" else ("（第二期）" if second else "（第一期）"))], ["交易流水号", f"{rng.randint(10**15, 10**16 - 1)}"],
            ["交易时间", f"{num_date(day)} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}"]]
    table(s, mm(16), mm(36), [mm(24), mm(66), mm(22), mm(66)], rows, f, row_h=mm(12))
    seal(s, mm(158), mm(136), f"{bank}电子回单专用章", rng, radius=mm(14))
    s.text(mm(16), mm(140), "重要提示：本回单可通过验证码在网银渠道验证真伪，不作收付款依据的重复使用。", font("sans", mm(3.2)))
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, lines: list[str], who: str, label: str) -> list[Sheet]:
    """A 笔录 on the bureau's lined paper, written by the clerk in ballpoint."""
    s = Sheet()
    s.centred(mm(18), title, font("serif_bold", mm(8)), spacing=mm(2))
    f = font("serif", mm(4.2))
    where = c.respondent.address[:20] if label == "被调查人" else "东湖法院执行局第三谈话室"
    head = [f"时间：{num_date(c.day(60 if label == '被调查人' else 118))} 10时05分至10时40分", f"地点：{where}",
            f"人员：执行员{c.officer}　记录人{c.clerk}"]
    y = mm(32)
    for h in head:
        s.text(mm(20), y, h[:3], f)
        hand(s, mm(36), y - mm(1), h[3:], rng, size=int(mm(4.6)))
        y += mm(10)
    for k in range(20):
        s.line(mm(20), y + mm(10) * (k + 1), mm(190), y + mm(10) * (k + 1), width=1, fill=(150, 170, 200))
    yy = y + mm(2)
    for line in lines:
        for j in range(0, len(line), 30):
            hand(s, mm(22), yy, line[j:j + 30], rng, size=int(mm(5)))
            yy += mm(10)
    s.text(mm(110), mm(266), f"{label}签名：", f)
    signature(s, mm(146), mm(260), who, rng, ink=(20, 20, 20))
    return [s]


def investigation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    return _record(c, rng, "调 查 笔 录", [
        f"问：我们是东湖区法院执行局的，依法到你住处调查，你是{r.name}吗？", "答：是的。",
        f"问：{c.basis_number}调解书确定你应还款{money(c.amount)}元，为何不履行？",
        "答：生意亏了，现在在物流公司搬货，没有钱还。", "问：你名下有无房产、车辆、存款？",
        "答：房子是租的，车早就卖了，卡里没钱。", "（经查看，住处为出租屋，未发现可供执行的财产。）",
        "问：以上记录是否属实？", "答：属实。"], r.name, "被调查人")


def interview(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    return _record(c, rng, "谈 话 笔 录", [
        "问：本院已对被执行人进行网络查控、实地调查，未发现可供执行的财产，已对其限制消费并纳入失信名单。",
        "问：你是否还能提供被执行人的其他财产线索？", "答：暂时没有。",
        "问：本院拟终结本次执行程序，你有何意见？", "答：同意，以后发现财产再申请恢复执行。",
        "问：以上记录是否属实？", "答：属实。"], a.name, "谈话对象")
