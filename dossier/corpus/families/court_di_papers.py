"""What 浔阳法院执行局 receives, each in its maker's style: the 九江中院's appeal judgment (court line in red-brown
bold, 二审 wording, 民终 number), this court's own trial division's 相邻关系 judgment and its 生效证明书, the 九江仲裁
委员会's award set as the commission prints it (commission name over a rule, 裁决书 centred, numbered clauses) with its
own 生效证明, the applicant company's typed application under its round 公章, a lawyer's 授权委托书 (printed form with
boxes ticked) and the firm's 所函 on letterhead, the 住建局's reply on its red-headed paper, the applicant's photographs
of the pulled-down wall printed two to an A4 page with captions, and the 执行和解 record the clerk filled in by hand."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus import forms
from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Block, Sheet, flow, mm, seal, signature, table, wrap
from dossier.corpus.families.court_di_kit import COURT, pen, song
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher", "evidence",
})
BROWN = (150, 40, 30)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _when(c: CaseCtx, code: str) -> date:
    from dossier.corpus.families.court_di import made_on
    return made_on(c, code)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return _award(c, rng) if _tale(c) == "hire" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return [_certificate(c, rng)]
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "organisation":
            return [forms.licence_copy(p, c, rng)]
        return [forms.id_card_copy(p, rng, authority="九江市公安局浔阳分局")]
    if code == "power_of_attorney":
        return [_attorney(c, rng)]
    if code == "law_firm_letter":
        return [_firm_letter(c, rng)]
    if code == "lawyer_license":
        return [forms.lawyer_licence_copy(c, rng)]
    if code == "fee_receipt":
        return [forms.fee_receipt(c, rng)]
    if code == "online_inquiry_result":
        return [forms.inquiry_printout(c, rng, kind="national")]
    if code == "payment_voucher":
        return [forms.payment_voucher(c, rng, bank_slip=_tale(c) == "hire")]
    if code == "settlement_agreement":
        return [_settlement(c, rng)]
    if code == "evidence":
        return _photos(c, rng)
    return [_grid_form(code, c, rng)]


def _letter_body(s: Sheet, blocks: list[Block], y: float, *, f_size: int = 40, x0: float = mm(30),
                 width: float | None = None) -> float:
    w = width or s.width - x0 - mm(30)
    return flow(s, blocks, font("song_gb", f_size), x0=x0, width=w, y=y, line_height=f_size * 1.8, indent=f_size * 2)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The applicant's 强制执行申请书: plain typed, title in 黑体, the company's 公章 over its name at the end."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), "强制执行申请书", font("microhei", 68), spacing=10)
    who_a = (f"申请执行人：{a.name}\n住所地：{a.address}\n统一社会信用代码：{a.id_number}\n法定代表人：{a.legal_rep}　职务：执行董事"
             if a.kind == "organisation" else
             f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，汉族\n住址：{a.address}\n公民身份号码：{a.id_number}"
             f"\n联系电话：{a.phone}")
    who_r = (f"被执行人：{r.name}\n住所地：{r.address}\n法定代表人：{r.legal_rep}" if r.kind == "organisation" else
             f"被执行人：{r.name}，{r.sex}，{r.born:%Y年%m月%d日}出生\n住址：{r.address}\n公民身份号码：{r.id_number}")
    if _tale(c) == "wall":
        asks = [f"一、强制被执行人拆除其在{c.extra['lane']}巷道内砌筑的砖墙，恢复通道原状；",
                f"二、强制被执行人支付财产损失{money(c.amount)}；", "三、本案执行费由被执行人承担。"]
    else:
        asks = [f"一、强制被执行人支付{'工程款' if _tale(c) == 'build' else '车辆租金及违约金'}{money(c.amount)}；",
                "二、强制被执行人加倍支付迟延履行期间的债务利息；", "三、本案执行费由被执行人承担。"]
    blocks: list[Block] = [("f", x) for x in who_a.split("\n")] + [("f", "")] + [("f", x) for x in who_r.split("\n")]
    blocks += [("f", ""), ("f", "申请事项：")] + [("f", x) for x in asks] + [("f", "事实与理由：")]
    blocks.append(("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}"
                        f"{'裁决书' if _tale(c) == 'hire' else '民事判决书'}，已于{cn_date(c.basis_effective)}发生法律效力。"
                        "被执行人至今未履行生效法律文书确定的义务，为维护申请执行人的合法权益，特依法向贵院申请强制执行。"))
    blocks.append(("f", "此致"))
    blocks.append(("f", COURT))
    y = _letter_body(s, blocks, mm(58))
    d = _when(c, "enforcement_application")
    x1 = s.width - mm(32)
    s.right(x1, y + 60, f"申请执行人：{a.name}", song(40))
    if a.kind == "organisation":
        seal(s, x1 - mm(40), y + 90, a.name, rng, radius=mm(21), inner="合同专用章" if rng.random() < 0.2 else "")
    else:
        signature(s, x1 - mm(60), y + 130, a.name, rng)
    s.right(x1, y + 200, f"{d.year}年{d.month}月{d.day}日", song(40))
    return [s]


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A judgment as its court prints it: 九江中院's 二审 (民终) or this court's 一审; a numbered footer with dashes."""
    a, r = c.applicant, c.respondent
    appeal = _tale(c) == "build"
    court = c.basis_court
    if appeal:
        facts = [("p", f"上诉人{r.name}因与被上诉人{a.name}{c.extra['cause']}一案，不服江西省九江市浔阳区人民法院"
                        f"{c.extra['first_no']}民事判决，向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。"),
                 ("p", f"本院认定事实：{r.name}承建{c.extra['project']}后，将钢结构制作安装部分分包给{a.name}施工。工程于"
                        "竣工验收合格并交付使用，经双方结算确认，尚欠分包工程款未付。上诉人主张工程存在质量问题应扣减价款，"
                        "但未提交证据证明，本院不予采信。"),
                 ("p", "本院认为，一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条"
                        "第一款第一项之规定，判决如下："),
                 ("p", "驳回上诉，维持原判。"),
                 ("p", f"即：{r.name}于本判决生效之日起十日内向{a.name}支付工程款{money(c.amount)}及逾期付款利息。"),
                 ("p", f"二审案件受理费{int(c.amount) // 100 + 50}元，由上诉人{r.name}负担。"),
                 ("p", "本判决为终审判决。")]
        parties = [f"上诉人（原审被告）：{r.name}，住所地{r.address}。", f"法定代表人：{r.legal_rep}，该公司董事长。",
                   f"被上诉人（原审原告）：{a.name}，住所地{a.address}。", f"法定代表人：{a.legal_rep}，该公司执行董事。",
                   f"委托诉讼代理人：{c.agent}，{c.firm}律师。"]
        bench = [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))]
    else:
        w, h = c.extra["wall"]
        facts = [("p", f"原告{a.name}与被告{r.name}相邻关系纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"),
                 ("p", f"经审理查明：原、被告系{c.extra['lane']}前后邻居，双方房屋之间有一条宽约一点五米的巷道，系原告家庭"
                        f"出入的必经通道。被告于二〇二三年春在该巷道内砌筑砖墙一道（长约{w}米、高约{h}米），致原告无法通行，"
                        "雨水倒灌造成原告家中地板、家具受损。"),
                 ("p", "本院认为，不动产的相邻权利人应当按照有利生产、方便生活、团结互助、公平合理的原则，正确处理相邻关系。"
                        "被告砌墙阻断通道，侵害了原告的通行权，应予排除妨碍并赔偿损失。依照《中华人民共和国民法典》第二百八十八条、"
                        "第二百九十一条之规定，判决如下："),
                 ("p", f"一、被告{r.name}于本判决生效之日起十五日内拆除其在{c.extra['lane']}巷道内砌筑的砖墙，恢复通道原状；"),
                 ("p", f"二、被告{r.name}于本判决生效之日起十日内赔偿原告{a.name}财产损失{money(c.amount)}。"),
                 ("p", "案件受理费一百元，由被告负担。"),
                 ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于江西省九江市中级人民法院。")]
        parties = [f"原告：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，汉族，住{a.address}。",
                   f"被告：{r.name}，{r.sex}，{r.born:%Y年%m月%d日}出生，汉族，住{r.address}。"]
        bench = [("审判员", person_name(rng))]
    f = font("serif", 40)
    pages = [Sheet()]
    s = pages[0]
    s.centred(mm(26), court, font("serif_bold", 54), fill=BROWN if appeal else INK)
    s.centred(mm(26) + 96, "民 事 判 决 书", font("serif_bold", 76), fill=BROWN if appeal else INK)
    s.right(s.width - mm(26), mm(26) + 210, c.basis_number, f)

    def more() -> tuple[Sheet, float]:
        pages.append(Sheet())
        return pages[-1], mm(26)

    y = flow(s, [("f", x) for x in parties] + facts, f, x0=mm(28), width=s.width - mm(54), y=mm(26) + 300,
             line_height=74, indent=80, bottom=s.height - mm(34), more=more)
    last = pages[-1]
    if y > last.height - mm(34) - 420:
        pages.append(Sheet())
        last, y = pages[-1], mm(40)
    y += 50
    for role, name in bench:
        last.text(last.width - mm(90), y, f"{role}　{name}", f)
        y += 72
    d = c.basis_effective - timedelta(days=16)
    last.right(last.width - mm(30), y + 40, cn_date(d), f)
    seal(last, last.width - mm(60), y + 50, court, rng, radius=mm(21))
    last.text(mm(40), y + 150, "本件与原本核对无异", font("serif", 32))
    last.text(last.width - mm(90), y + 220, f"书记员　{person_name(rng)}", f)
    n = len(pages)
    for i, p in enumerate(pages, 1):
        p.centred(p.height - mm(22), f"— {i} —", font("serif", 32))
        if i > 1:
            p.page_of = (i, n)
    return pages


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """九江仲裁委员会's award: the commission's name in 楷 over a double rule, 裁决书 and its number, clauses numbered
    （一）（二）; the arbitrator signs; the commission's seal on the date; footer 第 n 页."""
    a, r = c.applicant, c.respondent
    f = font("kai_gb", 40)
    pages = [Sheet()]
    s = pages[0]
    s.centred(mm(24), "九 江 仲 裁 委 员 会", font("kai_gb", 60), fill=(170, 30, 30))
    s.line(mm(25), mm(24) + 84, s.width - mm(25), mm(24) + 84, width=5, fill=(170, 30, 30))
    s.line(mm(25), mm(24) + 94, s.width - mm(25), mm(24) + 94, width=1, fill=(170, 30, 30))
    s.centred(mm(24) + 140, "裁　决　书", font("sans_bold", 66))
    s.centred(mm(24) + 240, c.basis_number, f)
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
        ("p", "九江仲裁委员会（以下简称本会）根据申请人与被申请人签订的《车辆租赁合同》中的仲裁条款及申请人的仲裁申请，"
              "受理了双方之间的车辆租赁合同纠纷案，依照《九江仲裁委员会仲裁规则》组成仲裁庭，依法开庭审理。本案现已审理终结。"),
        ("p", f"申请人向被申请人出租厢式货车{c.extra['vans']}辆，被申请人使用至租期届满后逾期不还，并拖欠租金。经仲裁庭"
              "核实，被申请人已于仲裁期间返还车辆，尚欠租金及违约金未付。"),
        ("p", "仲裁庭认为，双方签订的合同合法有效，被申请人应按约支付租金。根据《中华人民共和国民法典》第七百二十一条、"
              "第七百二十二条的规定，裁决如下："),
        ("p", f"（一）被申请人向申请人支付车辆租金及违约金合计{money(c.amount)}；"),
        ("p", "（二）本案仲裁费由被申请人承担，直接支付给申请人；"),
        ("p", "以上款项，被申请人应于本裁决书送达之日起十日内支付完毕。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]

    def more() -> tuple[Sheet, float]:
        pages.append(Sheet())
        return pages[-1], mm(28)

    y = flow(s, blocks, f, x0=mm(27), width=s.width - mm(54), y=mm(24) + 330, line_height=76, indent=80,
             bottom=s.height - mm(32), more=more)
    last = pages[-1]
    if y > last.height - mm(32) - 300:
        pages.append(Sheet())
        last, y = pages[-1], mm(40)
    last.text(last.width - mm(95), y + 60, f"独任仲裁员　{person_name(rng)}", f)
    d = c.basis_effective
    last.right(last.width - mm(28), y + 170, cn_date(d), f)
    seal(last, last.width - mm(58), y + 180, "九江仲裁委员会", rng, radius=mm(21))
    n = len(pages)
    for i, p in enumerate(pages, 1):
        p.right(p.width - mm(25), p.height - mm(18), f"第 {i} 页  共 {n} 页", font("kai_gb", 30))
        if i > 1:
            p.page_of = (i, n)
    return pages


def _certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    d = _when(c, "effectiveness_certificate")
    if _tale(c) == "hire":
        s.centred(mm(40), "九江仲裁委员会", font("kai_gb", 58), fill=(170, 30, 30))
        s.centred(mm(40) + 110, "裁决书生效证明", font("sans_bold", 64))
        s.right(s.width - mm(30), mm(40) + 220, f"九仲证字〔{d.year}〕{rng.randint(20, 300)}号", font("kai_gb", 38))
        text = (f"{c.applicant.name}与{c.respondent.name}车辆租赁合同纠纷一案，本会于{cn_date(c.basis_effective)}作出"
                f"{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力。")
        y = _letter_body(s, [("f", "九江市浔阳区人民法院："), ("p", text), ("p", "特此证明。")], mm(40) + 320)
        s.right(s.width - mm(30), y + 80, "九江仲裁委员会秘书处", font("kai_gb", 40))
        s.right(s.width - mm(30), y + 150, cn_date(d), font("kai_gb", 40))
        seal(s, s.width - mm(70), y + 130, "九江仲裁委员会", rng, radius=mm(20))
        return s
    s.centred(mm(36), COURT, font("serif_bold", 50))
    s.centred(mm(36) + 100, "生 效 证 明 书", font("serif_bold", 70))
    first = c.extra.get("first_no", c.basis_number)
    if _tale(c) == "build":
        text = (f"本院{first}{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案的民事判决书，"
                f"经江西省九江市中级人民法院{c.basis_number}民事判决驳回上诉、维持原判，已于{cn_date(c.basis_effective)}"
                "发生法律效力。")
    else:
        text = f"本院{c.basis_number}{c.applicant.name}与{c.respondent.name}相邻关系纠纷一案的民事判决书，已于" \
               f"{cn_date(c.basis_effective)}发生法律效力。"
    table(s, mm(28), mm(36) + 230, [mm(40), s.width - mm(56) - mm(40)],
          [["案号", first], ["当事人", f"{c.applicant.name}；{c.respondent.name}"], ["文书类型", "民事判决书"],
           ["生效日期", num_date(c.basis_effective)]], song(36), row_h=100, centre_first=True)
    y = _letter_body(s, [("p", text), ("p", "特此证明。")], mm(36) + 680)
    s.right(s.width - mm(30), y + 120, cn_date(d), song(40))
    seal(s, s.width - mm(60), y + 130, COURT, rng, radius=mm(20), inner="民事审判庭")
    return s


def _attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    """A printed 授权委托书 form (the firm's stock), filled by hand, authority ticked in boxes."""
    a = c.applicant
    s = Sheet()
    s.centred(mm(26), "授 权 委 托 书", font("sans_bold", 70), spacing=6)
    x, w = mm(24), s.width - mm(48)
    rows = [["委托人", a.name], ["住所地/住址", a.address], ["受托人", f"{c.agent}　　{c.firm}律师"],
            ["联系电话", c.agent_phone], ["案　由", f"申请执行{c.extra['cause']}"], ["委托权限", ""]]
    hs = [110, 110, 110, 100, 110, 420]
    y = mm(26) + 140
    table(s, x, y, [mm(40), w - mm(40)], [[r[0], ""] for r in rows], song(36), row_h=hs, centre_first=True)
    for k, (_, v) in enumerate(rows[:5]):
        pen(s, x + mm(45), y + sum(hs[:k]) + 32, v, rng, size=38)
    yy = y + sum(hs[:5]) + 30
    for opt, on in [("代为申请强制执行、提供财产线索", True), ("代为承认、放弃、变更执行请求", True),
                    ("代为进行和解、签收法律文书", True), ("代为领取执行款", rng.random() < 0.5)]:
        s.box(x + mm(45), yy + 6, x + mm(45) + 34, yy + 40, width=2)
        if on:
            pen(s, x + mm(45) + 2, yy - 4, "√", rng, size=44)
        s.text(x + mm(45) + 50, yy, opt, song(34))
        yy += 86
    y2 = y + sum(hs) + 80
    s.text(x, y2, "委托人（签名或盖章）：", song(38))
    if a.kind == "organisation":
        seal(s, x + mm(110), y2 + 20, a.name, rng, radius=mm(20))
    else:
        signature(s, x + mm(80), y2 - 10, a.name, rng)
    s.text(x, y2 + 110, "受托人（签名）：", song(38))
    signature(s, x + mm(70), y2 + 100, c.agent, rng)
    d = _when(c, "power_of_attorney")
    pen(s, s.width - mm(90), y2 + 220, f"{d.year}年{d.month}月{d.day}日", rng, size=40)
    return s


def _firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    """The firm's 所函 on letterhead: firm name in blue over an address line, a blue rule, 律师事务所函, the number."""
    s = Sheet()
    blue = (20, 60, 140)
    s.centred(mm(20), c.firm, font("serif_bold", 58), fill=blue)
    s.centred(mm(20) + 84, f"地址：{c.extra['firm_addr']}　电话：0792-82{rng.randint(10000, 99999)}", song(28), fill=blue)
    s.line(mm(20), mm(20) + 130, s.width - mm(20), mm(20) + 130, width=6, fill=blue)
    s.centred(mm(20) + 180, "律师事务所函", font("sans_bold", 62))
    d = _when(c, "law_firm_letter")
    s.right(s.width - mm(26), mm(20) + 280, f"浔律函〔{d.year}〕第{rng.randint(10, 200)}号", song(36))
    y = _letter_body(s, [("f", f"{COURT}："),
                         ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}"
                               f"{c.extra['cause']}执行一案的委托代理人。"),
                         ("p", "特此函告。"), ("f", "附：授权委托书一份、律师执业证复印件一份")], mm(20) + 360)
    s.right(s.width - mm(30), y + 110, c.firm, song(40))
    s.right(s.width - mm(30), y + 180, cn_date(d), song(40))
    seal(s, s.width - mm(66), y + 150, c.firm, rng, radius=mm(20))
    return s


def _grid_form(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    """The window's printed forms (线索表, 账户确认书, 地址确认书, 财产申报表), filled in by hand."""
    a, r = c.applicant, c.respondent
    title, rows = {
        "property_clue_form": ("被执行人财产线索表", [("被执行人", r.name), ("银行账户", "不详" if _tale(c) != "build"
                                                                            else "九江银行濂溪支行（基本户）"),
                                                 ("不动产", "无"), ("车辆", "厢式货车若干" if _tale(c) == "hire" else "不详"),
                                                 ("其他财产（应收款、股权等）", "建设单位欠付工程款" if _tale(c) == "build" else "不详")]),
        "payment_account_confirmation": ("申请执行人收款账户确认书", [("户名", a.name), ("开户行", c.extra["in_bank"]),
                                                               ("账号", c.extra["in_acct"]), ("联系电话", a.phone)]),
        "service_address_confirmation": ("送达地址确认书", [("受送达人", a.name), ("送达地址", a.address),
                                                       ("邮政编码", "332000"), ("手机号码", c.agent_phone),
                                                       ("是否同意电子送达", "同意")]),
        "property_declaration_form": ("被执行人财产申报表", [("申报人", r.name), ("银行存款", "账户余额很少，见银行流水" if _tale(c) == "build" else "有"),
                                                      ("房产", "无"), ("车辆", "无" if _tale(c) != "hire" else "厢式货车两辆（抵押）"),
                                                      ("收入情况", "经营困难" if r.kind == "organisation" else "退休金每月约二千元")]),
    }[code]
    s = Sheet()
    s.centred(mm(30), COURT, song(40))
    s.centred(mm(30) + 70, title, font("sans_bold", 60))
    s.text(mm(25), mm(30) + 170, f"案号：{c.number}", song(34))
    x, w = mm(25), s.width - mm(50)
    y = mm(30) + 230
    h = 140
    table(s, x, y, [mm(55), w - mm(55)], [[k, ""] for k, _ in rows], song(36), row_h=h, centre_first=True)
    for k, (_, v) in enumerate(rows):
        pen(s, x + mm(60), y + h * k + 44, v, rng, size=40)
    note = {"property_declaration_form": "本人保证以上申报内容真实，如有虚假，愿承担法律责任。",
            "payment_account_confirmation": "以上账户用于接收本案执行款，如有变更及时书面告知。",
            "service_address_confirmation": "本人确认以上地址为本案送达地址，法院按此地址送达即视为送达。",
            "property_clue_form": "以上线索由申请执行人提供，供法院调查参考。"}[code]
    yy = y + h * len(rows) + 60
    for part in wrap(note, song(34), w):
        s.text(x, yy, part, song(34))
        yy += 56
    who = r if code == "property_declaration_form" else a
    s.text(x, yy + 70, "确认人（签名或盖章）：", song(36))
    if who.kind == "organisation":
        seal(s, x + mm(110), yy + 90, who.name, rng, radius=mm(20))
    else:
        signature(s, x + mm(80), yy + 60, who.name, rng)
    d = _when(c, code)
    pen(s, s.width - mm(85), yy + 180, f"{d.year}.{d.month}.{d.day}", rng, size=40)
    return s


def bureau_reply(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """九江市住房和城乡建设局's reply to the court: red masthead and rule, 关于……的复函, its seal."""
    s = Sheet()
    red = (200, 30, 30)
    s.centred(mm(28), "九江市住房和城乡建设局", font("song_gb", 74), fill=red, spacing=4)
    s.centred(mm(28) + 130, f"九住建函〔{d.year}〕{rng.randint(40, 260)}号", song(36))
    s.line(mm(25), mm(28) + 190, s.width - mm(25), mm(28) + 190, width=5, fill=red)
    s.starts_document = True
    title = f"关于协助查询{c.respondent.name}在建项目情况的复函"
    y: float = mm(28) + 240
    for part in wrap(title, font("sans_bold", 50), s.width - mm(60)):
        s.centred(y, part, font("sans_bold", 50))
        y += 76
    y = _letter_body(s, [
        ("f", f"{COURT}："),
        ("p", f"你院{c.number.replace('号', '号之二')}协助执行通知书收悉。经查询江西省建筑市场监管与诚信信息平台及我局施工"
              f"许可档案，{c.respondent.name}目前在我市无在建工程项目，无已办理施工许可的在施项目；该公司"
              "在我局缴存的农民工工资保证金已于上一年度因欠薪事件动用完毕，无余额可供执行。"),
        ("p", "特此函复。"),
    ], y + 40)
    s.right(s.width - mm(30), y + 120, "九江市住房和城乡建设局", song(40))
    s.right(s.width - mm(30), y + 190, cn_date(d), song(40))
    seal(s, s.width - mm(70), y + 170, "九江市住房和城乡建设局", rng, radius=mm(21))
    s.text(mm(25), s.height - mm(30), f"（联系人：{person_name(rng)}，电话：0792-85{rng.randint(10000, 99999)}）", song(30))
    return s


def _photos(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The applicant's photographs of the lane before and after, printed two to an A4 sheet on an office printer, each
    with a caption typed under it; the sheet headed and signed by the applicant."""
    s = Sheet()
    s.centred(mm(18), "履行情况照片", font("microhei", 56))
    s.text(mm(20), mm(18) + 86, f"（{c.number}　提交人：{c.applicant.name}）", song(32))
    done = c.extra["done"]
    shots = [("拆除前：巷道被砖墙封堵", False), (f"{done.month}月{done.day}日拆除后：巷道已恢复通行", True)]
    y = mm(18) + 150
    pw, ph = s.width - mm(40), mm(105)
    for cap, after in shots:
        _scene(s, mm(20), y, pw, ph, rng, after=after)
        s.text(mm(20), y + ph + 16, cap, song(36))
        y += ph + 110
    pen(s, s.width - mm(95), s.height - mm(26), f"{c.applicant.name}　{done.month}.{done.day + 1}", rng, size=38)
    return [s]


def _scene(s: Sheet, x: float, y: float, w: float, h: float, rng: random.Random, *, after: bool) -> None:
    """A photograph of an alley between two houses: sky, walls in perspective, the ground; before, a brick wall across."""
    d = s.draw
    x, y, w, h = int(x), int(y), int(w), int(h)
    d.rectangle((x, y, x + w, y + h), fill=(196, 206, 214))
    d.rectangle((x, y + int(h * 0.55), x + w, y + h), fill=(128, 124, 118))
    d.polygon([(x, y), (x + int(w * 0.38), y + int(h * 0.35)), (x + int(w * 0.38), y + int(h * 0.7)), (x, y + h)],
              fill=(170, 160, 150))
    d.polygon([(x + w, y), (x + int(w * 0.62), y + int(h * 0.35)), (x + int(w * 0.62), y + int(h * 0.7)), (x + w, y + h)],
              fill=(150, 146, 140))
    for k in range(8):
        yy = y + int(h * 0.38) + k * 12
        d.line((x + int(w * 0.1), yy + 60, x + int(w * 0.3), yy + 40), fill=(120, 112, 104), width=2)
    if after:
        for _ in range(40):
            bx = x + int(w * rng.uniform(0.4, 0.6))
            by = y + int(h * rng.uniform(0.72, 0.9))
            d.rectangle((bx, by, bx + 14, by + 7), fill=(150, 80, 60))
    else:
        top, bot = y + int(h * 0.3), y + int(h * 0.74)
        d.rectangle((x + int(w * 0.36), top, x + int(w * 0.64), bot), fill=(158, 78, 58))
        for row, yy in enumerate(range(top, bot, 16)):
            d.line((x + int(w * 0.36), yy, x + int(w * 0.64), yy), fill=(200, 190, 180), width=2)
            for bx in range(x + int(w * 0.36) + (row % 2) * 18, x + int(w * 0.64), 36):
                d.line((bx, yy, bx, yy + 16), fill=(200, 190, 180), width=2)
    d.rectangle((x, y, x + w, y + h), outline=(60, 60, 60), width=2)


def _settlement(c: CaseCtx, rng: random.Random) -> Sheet:
    """执行和解笔录: the bureau's printed record form, every field filled by the clerk's ball-pen."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(24), "执 行 和 解 笔 录", font("song_gb", 66), spacing=4)
    d = _when(c, "settlement_agreement")
    x, w = mm(22), s.width - mm(44)
    lab = [("时间", f"{d.year}年{d.month}月{d.day}日上午"), ("地点", "浔阳区法院执行局调解室"), ("案号", c.number),
           ("执行人员", c.officer), ("记录人", c.clerk), ("申请执行人", f"{a.name}（代理人{c.agent}）"),
           ("被执行人", r.name if r.kind == "person" else f"{r.name}（{r.legal_rep}）")]
    y = mm(24) + 130
    for k, v in lab:
        s.text(x, y, f"{k}：", song(36))
        s.line(x + mm(34), y + 50, x + w, y + 50, width=1)
        pen(s, x + mm(36), y - 4, v, rng, size=38)
        y += 74
    s.text(x, y + 10, "和解内容：", song(36))
    y += 84
    if _tale(c) == "wall":
        terms = [f"1、被执行人同意于{c.extra['done'].month}月{c.extra['done'].day}日前自行拆除巷道砖墙，清运建筑垃圾；",
                 f"2、损失款{int(c.amount)}元于拆墙当日交付执行局转申请人；", "3、拆除后双方共同到场确认，申请人不再要求其他费用。"]
    else:
        half = int(c.amount) // 2
        terms = [f"1、被执行人分两期支付{int(c.amount)}元：首期{half}元于签字后五日内付，余款{int(c.amount) - half}元于"
                 f"{c.extra['done'].month}月{c.extra['done'].day}日前付清；", "2、申请人同意免除迟延履行利息；",
                 "3、被执行人未按期付款的，申请人可申请恢复执行。"]
    for t in terms:
        for part in wrap(t, font("kai", 40), w - mm(6)):
            s.line(x, y + 52, x + w, y + 52, width=1, fill=(150, 150, 150))
            pen(s, x + mm(4), y - 4, part, rng, size=40)
            y += 74
    y += 40
    s.text(x, y, "以上笔录经双方阅看无误。", song(36))
    y += 90
    s.text(x, y, "申请执行人：", song(36))
    signature(s, x + mm(40), y - 14, c.agent, rng)
    s.text(x + w / 2, y, "被执行人：", song(36))
    signature(s, x + w / 2 + mm(34), y - 14, r.legal_rep or r.name, rng)
    y += 110
    s.text(x, y, "执行员：", song(36))
    signature(s, x + mm(30), y - 14, c.officer, rng)
    s.text(x + w / 2, y, "书记员：", song(36))
    signature(s, x + w / 2 + mm(30), y - 14, c.clerk, rng)
    _ = money_caps
    return s
