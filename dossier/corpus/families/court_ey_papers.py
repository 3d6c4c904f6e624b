"""What 海州法院执行局 receives, each in its maker's hand: the trial divisions' judgments (海州's own, 连云港中院's 二审),
the 连云港仲裁委员会's award and its 生效证明, the lawyers' papers (typed on the firm's letter paper), the window forms the
parties fill in with a ballpoint, the 营业执照 and ID-card copies, the 总对总 查控 printout, the bank's receipt slips."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import RED, Block, Sheet, mm, seal, signature, table
from dossier.corpus.families.court_ey_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    WIDTH,
    number_pages,
    pen,
    run_on,
    song,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})


def _t(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _desc(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，身份证号{p.id_number}。"


def _chop(s: Sheet, p: Party, x: float, y: float, rng: random.Random) -> None:
    if p.kind == "organisation":
        seal(s, x, y, p.name, rng, radius=mm(19))
    else:
        signature(s, x - mm(20), y - mm(8), p.name, rng)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str], day: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        return _application(c, rng, day)
    if code == "enforcement_basis":
        return _award(c, rng) if _t(c) == "store" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _effective(c, rng)
    if code == "identity_proof":
        p = r if "respondent" in served else a
        return _id_card(p, rng) if p.kind == "person" else _licence_copy(p, c, rng)
    if code == "power_of_attorney":
        return _letterpaper(c, rng, "授权委托书", [
            ("f", f"委托人：{_desc(a)}"),
            ("f", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
            ("p", f"委托人因与{r.name}{c.extra['cause']}一案申请强制执行，特委托上列受托人为执行阶段的代理人。"),
            ("p", "代理权限：特别授权。代为申请执行，提供财产线索，申请查封、冻结、扣划，代收法律文书，参加约谈和听证，"
                  "代为执行和解，代为领取执行款，代为申请终结本次执行程序。"),
        ], day - timedelta(days=6), party=a, firm_head=False)
    if code == "law_firm_letter":
        return _letterpaper(c, rng, "律 师 事 务 所 函", [
            ("f", f"{COURT}执行局："),
            ("p", f"{a.name}与{r.name}{c.extra['cause']}执行一案，本所接受{a.name}的委托，指派{c.agent}律师担任其委托代理人。"),
            ("p", "特此函告。"),
            ("f", "附：授权委托书一份，律师执业证复印件一份"),
        ], day - timedelta(days=5), party=None, firm_head=True,
            number=f"（{day.year}）{c.firm.removeprefix('江苏')[:2]}律执字第{rng.randint(12, 199):03d}号")
    if code == "lawyer_license":
        return _practice_card(c, rng)
    if code == "property_clue_form":
        return _clues(c, rng, day)
    if code == "fee_receipt":
        return _fee(c, rng, day)
    if code == "payment_account_confirmation":
        return _account(c, rng, day)
    if code == "service_address_confirmation":
        return _address(c, rng, day)
    if code == "property_declaration_form":
        return _declaration(c, rng, day)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, day)
    if code == "settlement_agreement":
        return _settlement(c, rng, day)
    return _voucher(c, rng, day)


def _application(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """The lawyer's 申请书, typed in 仿宋-like kai on the firm's template, signed and sealed by the applicant."""
    a, r = c.applicant, c.respondent
    f = font("kai_gb", 42)
    s = Sheet()
    s.centred(TOP + 10, "强制执行申请书", font("sans_bold", 66), spacing=10)
    blocks: list[Block] = [
        ("f", f"申请执行人：{_desc(a)}"), ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被执行人：{_desc(r)}"),
        ("f", "执行请求："),
        ("p", f"1．请求依法强制执行{c.basis_court}{c.basis_number}"
              f"{'裁决书' if _t(c) == 'store' else '民事判决书'}，责令被执行人支付{money(c.amount)}；"),
        ("p", "2．请求责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3．本案执行费用由被执行人承担。"),
        ("f", "事实与理由："),
        ("p", _story(c)),
        ("p", "此致"),
        ("f", COURT),
    ]
    sheets, y = run_on(blocks, s, TOP + 140, f=f, lh=78)
    last = sheets[-1]
    if y > last.height - mm(80):
        sheets.append(Sheet())
        last, y = sheets[-1], TOP
    last.text(last.width - RIGHT - mm(84), y + 60, "申请执行人：", f)
    _chop(last, a, last.width - RIGHT - mm(30), y + 90, rng)
    last.right(last.width - RIGHT, y + 200, num_date(day - timedelta(days=rng.randint(2, 6))), f)
    return number_pages(sheets, f=font("kai_gb", 30))


def _story(c: CaseCtx) -> str:
    t = _t(c)
    if t == "laver":
        return (f"申请人与被执行人之间买卖合同纠纷一案，经{c.basis_court}审理，作出{c.basis_number}民事判决，判令被执行人支付"
                f"所欠干紫菜（条斑紫菜）货款及逾期付款损失。该判决已于{num_date(c.basis_effective)}发生法律效力，被执行人至今"
                "未履行。为维护申请人合法权益，特依法申请强制执行。")
    if t == "store":
        return (f"申请人与被执行人于2022年签订《冷库租赁及仓储服务合同》，被执行人在申请人冷库存放冻品约{c.extra['tons']}吨，"
                f"拖欠租金及服务费。连云港仲裁委员会作出{c.basis_number}裁决书，裁决已发生法律效力，被执行人未按裁决履行。")
    return (f"申请人向被执行人供应东海水晶手串、摆件等货品共{c.extra['pieces']}件，被执行人用于直播销售后拒付货款。"
            f"{COURT}作出{c.extra['first_no']}民事判决，被执行人不服提起上诉，江苏省连云港市中级人民法院作出"
            f"{c.basis_number}民事判决，驳回上诉，维持原判。判决生效后被执行人仍未付款，故申请强制执行。")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """民事判决书 as the trial court prints it: its own name on top, 书 title spaced, the reasoning, the signing block."""
    a, r = c.applicant, c.respondent
    appeal = _t(c) == "crystal"
    court = c.basis_court
    s = Sheet()
    s.centred(TOP, court, font("serif_bold", 56 if not appeal else 52), spacing=6)
    s.centred(TOP + 96, "民 事 判 决 书", font("serif_bold", 72), spacing=18)
    s.right(s.width - RIGHT, TOP + 210, c.basis_number, font("serif", 40))
    f = font("serif", 40)
    if appeal:
        parts: list[Block] = [
            ("f", f"上诉人（原审被告）：{_desc(r)}"),
            ("f", f"被上诉人（原审原告）：{_desc(a)}"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服{COURT}{c.extra['first_no']}民事判决，向本院提起"
                  "上诉。本院依法组成合议庭审理了本案，现已审理终结。"),
            ("p", f"上诉人称，其在直播间销售的水晶饰品存在质量问题，退货率高，不应支付全部货款。被上诉人辩称，货品系天然东海"
                  f"水晶，经双方验收，共交付{c.extra['pieces']}件，上诉人已对账确认。"),
            ("p", "本院认为，双方的对账单载明货款金额，上诉人未提交证据证明货品质量不合格，其上诉理由不能成立。一审判决认定事实"
                  "清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项之规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"二审案件受理费由上诉人{r.name}负担。"),
            ("p", "本判决为终审判决。"),
        ]
        bench = [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))]
    else:
        parts = [
            ("f", f"原告：{_desc(a)}"), ("f", f"被告：{_desc(r)}"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：判令被告支付货款及逾期付款损失。事实与理由：原告向被告供应干紫菜{c.extra['boxes']}箱，"
                  "被告收货后仅支付部分货款。"),
            ("p", "本院认定事实如下：双方自2022年11月起建立紫菜买卖关系，原告按订单送货，被告在送货单上签收，至2023年3月对账，"
                  "被告确认欠款。"),
            ("p", "本院认为，当事人应当按照约定全面履行自己的义务。被告收货后未足额付款，应承担继续付款及赔偿逾期付款损失的责任。"
                  "依照《中华人民共和国民法典》第五百七十九条、第六百二十六条的规定，判决如下："),
            ("p", f"被告{r.name}于本判决发生法律效力之日起十日内支付原告{a.name}货款及逾期付款损失共计{money(c.amount)}。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                  "迟延履行期间的债务利息。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于江苏省连云港市中级人民法院。"),
        ]
        bench = [("审判员", person_name(rng))]
    sheets, y = run_on(parts, s, TOP + 300, f=f, lh=74)
    last = sheets[-1]
    if y > last.height - mm(95):
        sheets.append(Sheet())
        last, y = sheets[-1], TOP
    y += 40
    for role, name in bench:
        last.text(last.width - RIGHT - mm(70), y, f"{role}　{name}", f)
        y += 70
    when = c.basis_effective - timedelta(days=rng.randint(22, 30) if not appeal else 3)
    last.right(last.width - RIGHT - mm(6), y + 20, cn_date(when), f)
    seal(last, last.width - RIGHT - mm(30), y + 30, court, rng, radius=mm(20))
    last.text(last.width - RIGHT - mm(70), y + 110, f"书记员　{person_name(rng)}", f)
    return number_pages(sheets, f=font("serif", 30))


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """连云港仲裁委员会裁决书: the commission's name in red over a red rule, the tribunal's reasoning, the arbitrators."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP - 10, "连云港仲裁委员会", font("song_gb", 76), spacing=16, fill=RED)
    s.line(LEFT, TOP + 100, s.width - RIGHT, TOP + 100, width=6, fill=RED)
    s.centred(TOP + 140, "裁　决　书", font("hei", 64), spacing=8)
    s.right(s.width - RIGHT, TOP + 240, c.basis_number, font("serif", 38))
    f = font("serif", 40)
    sheets, y = run_on([
        ("f", f"申请人：{_desc(a)}"), ("f", f"被申请人：{_desc(r)}"),
        ("p", "连云港仲裁委员会（以下简称本会）根据申请人与被申请人签订的《冷库租赁及仓储服务合同》中的仲裁条款和申请人的"
              "仲裁申请，受理了双方之间的仓储合同纠纷案，依照《连云港仲裁委员会仲裁规则》组成仲裁庭，开庭审理了本案，被申请人经"
              "书面通知无正当理由未到庭。本案现已审理终结。"),
        ("p", f"仲裁庭查明：被申请人租用申请人冷库存放冻鱼、冻虾等水产品约{c.extra['tons']}吨，自2022年10月起未支付冷库租金和"
              "出入库服务费，经申请人多次催告仍未支付。"),
        ("p", "仲裁庭认为，双方合同合法有效，被申请人未按约支付仓储费用，构成违约，应承担付款及违约责任。裁决如下："),
        ("p", f"一、被申请人{r.name}向申请人{a.name}支付仓储费及违约金共计{money(c.amount)}；"),
        ("p", "二、本案仲裁费由被申请人承担；"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付。本裁决为终局裁决，自作出之日起发生法律效力。"),
    ], s, TOP + 320, f=f, lh=74)
    last = sheets[-1]
    if y > last.height - mm(90):
        sheets.append(Sheet())
        last, y = sheets[-1], TOP
    y += 40
    for role in ("首席仲裁员", "仲　裁　员", "仲　裁　员"):
        last.text(last.width - RIGHT - mm(90), y, f"{role}　{person_name(rng)}", f)
        y += 70
    made = c.basis_effective - timedelta(days=rng.randint(0, 3))
    last.right(last.width - RIGHT - mm(6), y + 30, cn_date(made), f)
    seal(last, last.width - RIGHT - mm(30), y + 40, "连云港仲裁委员会", rng, radius=mm(21))
    last.text(last.width - RIGHT - mm(90), y + 120, f"书　记　员　{person_name(rng)}", f)
    return number_pages(sheets, f=font("serif", 30))


def _effective(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("serif", 42)
    if _t(c) == "store":
        s.centred(TOP, "连云港仲裁委员会", font("song_gb", 70), spacing=12, fill=RED)
        s.centred(TOP + 120, "生效证明", font("hei", 66), spacing=20)
        text: list[Block] = [
            ("f", f"{COURT}："),
            ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}仓储合同纠纷一案，已于{cn_date(c.basis_effective)}"
                  f"作出{c.basis_number}裁决书。该裁决书已依法送达双方当事人，自作出之日起发生法律效力。"),
            ("p", "特此证明。"),
        ]
        who = "连云港仲裁委员会"
    else:
        s.centred(TOP, COURT, font("serif_bold", 54), spacing=6)
        s.centred(TOP + 110, "生效证明书", font("hei", 66), spacing=20)
        text = [
            ("p", f"本院{c.basis_number}{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案的民事判决书，已于"
                  f"{cn_date(c.basis_effective - timedelta(days=16))}送达双方当事人，双方在法定上诉期限内均未提起上诉，"
                  f"该判决书已于{cn_date(c.basis_effective)}发生法律效力。"),
            ("p", "特此证明。"),
            ("f", f"承办人：{c.judge}（民事审判第{rng.choice(['一', '二'])}庭）"),
        ]
        who = COURT
    sheets, y = run_on(text, s, TOP + 260, f=f, lh=80)
    day = c.basis_effective + timedelta(days=rng.randint(3, 12))
    s.right(s.width - RIGHT - mm(10), y + 120, cn_date(day), f)
    seal(s, s.width - RIGHT - mm(36), y + 130, who, rng, radius=mm(20))
    return sheets


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """Both sides of the 居民身份证 copied onto one A4, with the applicant's 与原件一致 and signature."""
    s = Sheet()
    cw, ch = mm(86) * 1.25, mm(54) * 1.25
    x0 = (s.width - cw) / 2
    grey = (120, 120, 124)
    for k in range(2):
        y0 = mm(40) + k * (ch + mm(22))
        s.draw.rounded_rectangle((x0, y0, x0 + cw, y0 + ch), radius=30, outline=grey, width=3, fill=(238, 238, 236))
        if k == 0:
            born = p.born or date(1980, 1, 1)
            f = font("hei", 34)
            rows = [("姓  名", p.name), ("性  别", f"{p.sex}　　民族  汉"), ("出  生", f"{born.year}年{born.month}月{born.day}日"),
                    ("住  址", p.address[:12]), ("", p.address[12:24])]
            for i, (k1, v) in enumerate(rows):
                s.text(x0 + 40, y0 + 50 + i * 62, k1, font("hei", 28), fill=(60, 60, 100))
                s.text(x0 + 160, y0 + 46 + i * 62, v, f)
            s.text(x0 + 40, y0 + ch - 80, "公民身份号码", font("hei", 28), fill=(60, 60, 100))
            s.text(x0 + 230, y0 + ch - 86, p.id_number, font("mono", 40))
            s.draw.rectangle((x0 + cw - 250, y0 + 60, x0 + cw - 50, y0 + 300), fill=(170, 170, 175))
        else:
            s.centred(y0 + 70, "中华人民共和国", font("hei", 44), x0=x0, x1=x0 + cw)
            s.centred(y0 + 140, "居民身份证", font("hei", 60), spacing=10, x0=x0, x1=x0 + cw)
            office = "东海县公安局" if p.id_number.startswith("320722") else "连云港市公安局海州分局"
            s.text(x0 + 60, y0 + ch - 140, f"签发机关  {office}", font("hei", 30))
            s.text(x0 + 60, y0 + ch - 86, f"有效期限  2016.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-2036.0{rng.randint(1, 9)}.15",
                   font("hei", 30))
    pen(s, x0, mm(40) + 2 * (ch + mm(22)) + 10, "此复印件与原件一致，仅供法院执行使用", rng, size=44, ink=(20, 20, 24))
    signature(s, x0 + cw - mm(60), mm(40) + 2 * (ch + mm(22)) + 100, p.name, rng)
    return [s]


def _licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copied in grey, the border pattern as a double frame; the company's seal across the copy."""
    s = Sheet()
    x0, y0, x1, y1 = mm(24), mm(30), s.width - mm(24), mm(205)
    ink = (70, 70, 70)
    s.box(x0, y0, x1, y1, width=8, outline=ink)
    s.box(x0 + 18, y0 + 18, x1 - 18, y1 - 18, width=2, outline=ink)
    s.centred(y0 + 70, "营 业 执 照", font("serif_bold", 88), spacing=30, fill=ink)
    s.centred(y0 + 190, "（副　本）", font("serif", 40), fill=ink)
    s.text(x0 + 60, y0 + 270, f"统一社会信用代码　{p.id_number}", font("serif", 34), fill=ink)
    rows = [("名　　　称", p.name), ("类　　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("注 册 资 本", f"{rng.choice([100, 200, 500, 1000])}万元整"), ("成 立 日 期", f"{rng.randint(2008, 2019)}年"
             f"{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"), ("住　　　所", p.address)]
    y = y0 + 360
    for k, v in rows:
        s.text(x0 + 80, y, k, font("serif", 36), fill=ink)
        for part in [v[i:i + 20] for i in range(0, len(v), 20)]:
            s.text(x0 + 360, y, part, font("serif", 36), fill=ink)
            y += 60
        y += 22
    s.text(x0 + 80, y + 10, "经 营 范 围", font("serif", 36), fill=ink)
    scope = "水产品、预包装食品批发零售；冷藏仓储服务" if "水产" in p.name or "冷链" in p.name else (
        "初级农产品、紫菜制品加工销售" if "食品" in p.name or "紫菜" in p.name else "工艺品、珠宝首饰网上销售；直播营销")
    s.text(x0 + 360, y + 10, scope, font("serif", 34), fill=ink)
    s.right(x1 - 80, y1 - 170, "登记机关", font("serif", 34), fill=ink)
    s.right(x1 - 80, y1 - 110, f"{rng.randint(2020, 2023)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", font("serif", 34),
            fill=ink)
    pen(s, mm(40), y1 + mm(14), "与原件核对一致", rng, size=46, ink=(20, 20, 24))
    seal(s, s.width / 2 + mm(30), y1 + mm(34), p.name, rng, radius=mm(19))
    if p is c.respondent:
        s.text(mm(30), y1 + mm(62), "（申请执行人提供，来源：国家企业信用信息公示系统打印件）", song(32))
    return [s]


def _letterpaper(c: CaseCtx, rng: random.Random, title: str, blocks: list[Block], day: date, *,
                 party: Party | None, firm_head: bool, number: str = "") -> list[Sheet]:
    """The firm's letter paper: firm name in red sans at the top left with its address run small under a thin red rule."""
    s = Sheet()
    s.text(LEFT, TOP - mm(10), c.firm, font("sans_bold", 50), fill=(180, 30, 40))
    s.text(LEFT, TOP + 50, f"地址：{c.extra['firm_addr']}　电话：{c.agent_phone}", font("sans", 26), fill=(180, 30, 40))
    s.line(LEFT, TOP + 96, s.width - RIGHT, TOP + 96, width=2, fill=(180, 30, 40))
    s.centred(TOP + 150, title, font("sans_bold", 60), spacing=6 if " " in title else 16)
    y: float = TOP + 250
    if number:
        s.right(s.width - RIGHT, y, number, font("sans", 36))
        y += 80
    f = font("serif", 40)
    sheets, y = run_on(blocks, s, y, f=f, lh=76)
    last = sheets[-1]
    if party is not None:
        last.text(last.width - RIGHT - mm(84), y + 60, "委托人：", f)
        _chop(last, party, last.width - RIGHT - mm(34), y + 80, rng)
        last.text(last.width - RIGHT - mm(84), y + 200, "受托人：", f)
        signature(last, last.width - RIGHT - mm(52), y + 185, c.agent, rng)
        last.right(last.width - RIGHT, y + 300, num_date(day), f)
    else:
        last.right(last.width - RIGHT - mm(6), y + 120, cn_date(day), f)
        seal(last, last.width - RIGHT - mm(32), y + 128, c.firm, rng, radius=mm(20))
    return sheets


def _practice_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 photocopied: the red-brown booklet's two inner pages side by side, the firm's copy stamp below."""
    s = Sheet()
    w, h = mm(150), mm(100)
    x0, y0 = (s.width - w) / 2, mm(50)
    ink = (60, 60, 60)
    s.box(x0, y0, x0 + w, y0 + h, width=3, outline=ink)
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=2, fill=(150, 150, 150))
    s.draw.rectangle((x0 + 60, y0 + 80, x0 + 60 + mm(25), y0 + 80 + mm(34)), fill=(160, 160, 165))
    s.text(x0 + 40, y0 + h - 140, "持证人", font("sans", 30), fill=ink)
    s.text(x0 + 160, y0 + h - 140, c.agent, font("sans", 34), fill=ink)
    f = font("sans", 30)
    rows = [("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["licence"]),
            ("法律职业资格证号", f"A2013{rng.randint(10**10, 10**11 - 1)}"), ("发证机关", "江苏省司法厅"),
            ("发证日期", f"20{rng.randint(10, 20)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    for i, (k, v) in enumerate(rows):
        s.text(x0 + w / 2 + 30, y0 + 70 + i * 100, k, f, fill=ink)
        s.text(x0 + w / 2 + 30, y0 + 112 + i * 100, v, font("sans", 32), fill=ink)
    s.centred(y0 + h + mm(20), "律 师 执 业 证（复印件）", font("sans_bold", 46))
    s.text(x0, y0 + h + mm(40), "年度考核：", font("sans", 34))
    s.text(x0 + mm(40), y0 + h + mm(40), f"{c.filed_on.year - 1}年度 称职　江苏省连云港市律师协会", font("sans", 34),
           fill=(150, 40, 40))
    seal(s, x0 + w - mm(30), y0 + h + mm(64), c.firm, rng, radius=mm(18))
    return [s]


def _window(title: str, sub: str) -> tuple[Sheet, float]:
    """A window form of the bureau's 诉讼服务中心: title in hei, small print instructions, then a grid."""
    s = Sheet()
    s.centred(TOP - 10, title, font("hei", 60), spacing=8)
    s.centred(TOP + 82, sub, song(30))
    return s, TOP + 150


def _clues(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    s, y = _window("被执行人财产线索表", "（申请执行人填写，请尽量提供详细的财产线索）")
    r = c.respondent
    kinds = ["银行存款", "不动产", "车辆", "股权、投资", "到期债权", "其他财产"]
    guess = {"laver": ["农行新浦支行有基本户", "不清楚", "有货车两辆（苏G牌）", "", "", "仓库存有紫菜"],
             "store": ["不清楚", "无", "不清楚", "", "有应收渔船货款", ""],
             "crystal": ["对公账户在江苏银行", "", "", "", "抖音小店平台未结算货款", "直播间设备"]}[str(c.extra["tale"])]
    rows = [["被执行人", r.name], ["联系电话", r.phone], *[[k, ""] for k in kinds], ["提供人签名", ""]]
    hs = [96, 96, *[130] * len(kinds), 150]
    table(s, LEFT, y, [mm(40), WIDTH - mm(40)], rows, song(36), row_h=hs, centre_first=True)
    for i, g in enumerate(guess):
        if g:
            pen(s, LEFT + mm(46), y + 192 + 130 * i + 40, g, rng, size=38)
    signature(s, LEFT + mm(50), y + sum(hs[:-1]) + 30, c.agent, rng)
    pen(s, s.width - RIGHT - mm(60), y + sum(hs[:-1]) + 60, f"{day.month}月{day.day}日", rng, size=36)
    return [s]


def _fee(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """江苏省非税收入一般缴款书 (电子), printed on the top third of an A4, the rest blank."""
    s = Sheet()
    s.centred(mm(22), "江苏省非税收入一般缴款书（电子）", font("sans_bold", 46))
    s.text(LEFT, mm(40), f"票据代码：3201{rng.randint(1000, 9999)}　票据号码：{rng.randint(10**9, 10**10 - 1)}",
           font("sans", 28))
    s.right(s.width - RIGHT, mm(40), f"开票日期：{day.isoformat()}", font("sans", 28))
    rows = [["缴款人", c.applicant.name, "执收单位", COURT],
            ["项目名称", "申请执行费", "金额（元）", f"{c.extra['fee']:.2f}"],
            ["金额合计（大写）", money_caps(c.extra["fee"])], ["备注", f"{c.number}"]]
    table(s, LEFT, mm(50), [mm(38), WIDTH / 2 - mm(38), mm(36), WIDTH / 2 - mm(36)], rows, font("sans", 28), row_h=84)
    s.text(LEFT, mm(50) + 4 * 84 + 30, "收款单位（章）", font("sans", 28))
    seal(s, LEFT + mm(60), mm(50) + 4 * 84 + 30, "江苏省财政厅票据监制章", rng, radius=mm(14))
    s.right(s.width - RIGHT, mm(50) + 4 * 84 + 30, f"复核人：{person_name(rng)}　收款人：{person_name(rng)}", font("sans", 28))
    return [s]


def _account(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    s, y = _window("执行案款收款账户确认书", "（执行案款通过银行转账发放，请准确填写，因填写错误造成的后果自负）")
    a = c.applicant
    rows = [["案号", ""], ["申请执行人", ""], ["收款户名", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""],
            ["申请执行人确认", ""]]
    hs = [100, 100, 100, 100, 100, 100, 300]
    table(s, LEFT, y, [mm(46), WIDTH - mm(46)], rows, song(38), row_h=hs, centre_first=True)
    vals = [c.number, a.name, a.name, c.extra["recv_bank"], c.extra["recv_acct"], a.phone]
    for i, v in enumerate(vals):
        pen(s, LEFT + mm(52), y + 100 * i + 30, v, rng, size=38)
    pen(s, LEFT + mm(52), y + 630, "以上账户为本人（本单位）账户，确认无误。", rng, size=36)
    _chop(s, a, s.width - RIGHT - mm(50), y + 800, rng)
    pen(s, s.width - RIGHT - mm(60), y + 860, f"{day.year}.{day.month}.{day.day}", rng, size=36)
    return [s]


def _address(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    s, y = _window("送达地址确认书", "")
    a = c.applicant
    tips = ("告知事项：1．当事人提供或确认的送达地址，适用于执行程序。2．送达地址发生变更的，应及时书面告知本院；"
            "未告知的，按原地址送达视为送达。3．同意电子送达的，以电子送达为准。")
    sheets, y = run_on([("p", tips)], s, y, f=song(34), lh=56)
    rows = [["案　号", c.number], ["受送达人", a.name], ["送达地址", ""], ["收件人", ""], ["联系电话", ""],
            ["是否同意电子送达", ""], ["手机号码/邮箱", ""], ["受送达人确认", ""]]
    hs = [100, 100, 130, 100, 100, 100, 100, 260]
    y += 30
    table(s, LEFT, y, [mm(56), WIDTH - mm(56)], rows, song(36), row_h=hs, centre_first=True)
    for i, v in ((2, c.extra["firm_addr"]), (3, f"{c.agent}律师"), (4, c.agent_phone), (5, "同意 ☑"), (6, c.agent_phone)):
        pen(s, LEFT + mm(62), y + sum(hs[:i]) + 30, v, rng, size=38)
    signature(s, LEFT + mm(70), y + sum(hs[:7]) + 60, c.agent, rng)
    pen(s, s.width - RIGHT - mm(56), y + sum(hs[:7]) + 170, num_date(day), rng, size=34)
    return sheets


def _declaration(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """财产申报表: the bureau's form, filled by the respondent's clerk; little declared."""
    s, y = _window("被执行人财产申报表", f"案号：{c.number}")
    r = c.respondent
    t = str(c.extra["tale"])
    rows = [["被执行人", r.name, "法定代表人", r.legal_rep], ["银行账户及余额", ""], ["不动产", ""], ["车辆", ""],
            ["股权及投资", ""], ["应收账款", ""], ["其他财产", ""], ["一年内财产变动", ""], ["申报人签章", ""]]
    hs = [100, 150, 110, 110, 110, 130, 110, 150, 240]
    table(s, LEFT, y, [mm(48), WIDTH / 2 - mm(48), mm(36), WIDTH / 2 - mm(36)], rows, song(34), row_h=hs, centre_first=True)
    if t == "laver":
        said = [f"{c.extra['bank']}基本户，余额约{int(c.extra['taken'])}元", "无", "无", "无", "尚有超市货款未结",
                "库存紫菜约二百箱", "无"]
    elif t == "store":
        said = ["账户已无余额", "无", "无", "无", "无", "无", "冷柜已退还市场"]
    else:
        said = ["江苏银行基本户", "无", "无", "无", "平台未结算款", "直播设备一套", "无"]
    for i, v in enumerate(said, 1):
        pen(s, LEFT + mm(54), y + sum(hs[:i]) + 30, v, rng, size=36)
    seal(s, LEFT + mm(90), y + sum(hs[:8]) + 120, r.name, rng, radius=mm(18))
    pen(s, s.width - RIGHT - mm(62), y + sum(hs[:8]) + 170, f"{day.year}年{day.month}月{day.day}日", rng, size=34)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """The 网络执行查控系统's 反馈结果 printout: a wide landscape-style table on portrait paper, small sans."""
    r = c.respondent
    s = Sheet()
    f = font("microhei", 26)
    s.centred(mm(16), "网络执行查控系统 财产查询反馈结果", font("microhei", 42))
    s.text(mm(14), mm(28), f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", f)
    s.text(mm(14), mm(34), f"查询日期：{day.isoformat()}　承办人：{c.officer}", f)
    t = str(c.extra["tale"])
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "江苏银行", "江苏海州农商银行", "邮储银行",
             "招商银行", "支付宝", "财付通"]
    rows = [["序号", "协助单位", "查询类型", "反馈结果", "账号/标的", "余额(元)", "反馈时间"]]
    for i, b in enumerate(banks, 1):
        hit = (t == "laver" and b == "中国农业银行") or (t == "crystal" and b == "江苏银行")
        bal = f"{c.extra['taken']:.2f}" if hit and t == "laver" else (f"{rng.randint(100, 9000)}.{rng.randint(10, 99)}"
                                                                      if hit else ("0.00" if rng.random() < 0.3 else ""))
        rows.append([str(i), b, "存款", "有账户" if hit or bal else "无账户", c.extra.get("acct", "") if hit and t == "laver"
                     else ("" if not bal else f"62{rng.randint(10**10, 10**11 - 1)}"), bal,
                     f"{(day + timedelta(days=rng.randint(0, 2))).isoformat()}"])
    for k, what in ((len(banks) + 1, "车辆"), (len(banks) + 2, "不动产"), (len(banks) + 3, "证券")):
        rows.append([str(k), {"车辆": "公安部交管局", "不动产": "自然资源部", "证券": "中国证券登记结算"}[what], what, "无",
                     "", "", day.isoformat()])
    widths = [mm(12), mm(38), mm(20), mm(24), mm(46), mm(24), mm(26)]
    table(s, mm(14), mm(42), widths, rows, f, row_h=66, pad=6)
    s.right(s.width - mm(14), s.height - mm(14), "打印时间：" + day.isoformat() + " 16:2" + str(rng.randint(0, 9)), f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """执行和解协议, typed by the applicant's side in plain sans, both parties sign and seal at the foot."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("sans", 38)
    s.centred(TOP, "执行和解协议", font("sans_bold", 62), spacing=14)
    rest = c.amount - Decimal(c.extra.get("taken", 0))
    first = (rest * 6 / 10).quantize(Decimal("0.01"))
    sheets, y = run_on([
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲乙双方就{COURT}{c.number}执行一案，经协商自愿达成如下和解协议："),
        ("p", f"一、截至本协议签订之日，乙方尚欠甲方{money(rest)}。"),
        ("p", f"二、乙方于本协议签订之日支付{first:,.2f}元，余款{rest - first:,.2f}元于"
              f"{num_date(date.fromisoformat(str(c.extra['paid'])))}前付清，均汇入甲方账户"
              f"（{c.extra['recv_bank']}，账号{c.extra['recv_acct']}）。"),
        ("p", "三、乙方按期付清上述款项的，甲方放弃迟延履行期间的债务利息；乙方逾期未付的，甲方有权申请恢复执行原生效法律文书。"),
        ("p", "四、本协议一式三份，甲乙双方各执一份，交法院一份，自双方签字盖章之日起生效。"),
    ], s, TOP + 130, f=f, lh=72)
    last = sheets[-1]
    y += 60
    last.text(LEFT, y, "甲方（签章）：", f)
    last.text(LEFT + WIDTH / 2, y, "乙方（签章）：", f)
    _chop(last, a, LEFT + mm(50), y + 110, rng)
    _chop(last, r, LEFT + WIDTH / 2 + mm(50), y + 110, rng)
    last.text(LEFT, y + 240, f"日期：{num_date(day)}", f)
    last.text(LEFT + WIDTH / 2, y + 240, f"日期：{num_date(day)}", f)
    return sheets


def _voucher(c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """Two bank slips on one A4: the transfer into the court's account and the court's payout to the applicant."""
    s = Sheet()
    f: Font = font("sans", 28)
    bank = "江苏银行连云港海州支行"
    y: float = mm(20)
    for k in range(2):
        payer = c.respondent.name if k == 0 else f"{COURT}（执行款专户）"
        payee = f"{COURT}（执行款专户）" if k == 0 else c.applicant.name
        acct = f"3201{rng.randint(10**12, 10**13 - 1)}" if k == 0 else c.extra["recv_acct"]
        when = day if k == 0 else day + timedelta(days=rng.randint(3, 8))
        # what the respondent paid in under the settlement (the rest had been deducted); the payout is the whole sum
        sum_ = c.amount - Decimal(c.extra.get("taken", 0)) if k == 0 else c.amount
        s.text(mm(16), y, f"{bank} 业务回单（{'收款' if k == 0 else '付款'}）", font("sans_bold", 36))
        s.right(s.width - mm(16), y + 8, f"回单编号：{rng.randint(10**11, 10**12 - 1)}", f)
        rows = [["付款人户名", payer, "收款人户名", payee], ["付款人账号", f"{rng.randint(10**15, 10**16 - 1)}", "收款人账号", acct],
                ["金额（小写）", f"¥{sum_:,.2f}", "金额（大写）", money_caps(sum_)],
                ["用途", f"{c.number}执行款", "交易日期", when.isoformat()]]
        table(s, mm(16), y + 60, [mm(30), mm(60), mm(30), s.width - mm(32) - mm(120)], rows, f, row_h=90, pad=8)
        seal(s, s.width - mm(50), y + 60 + 360 + 50, f"{bank}电子回单专用章", rng, radius=mm(16))
        s.text(mm(16), y + 60 + 360 + 20, f"打印次数：{k + 1}　柜员：{rng.randint(1000, 9999)}", f)
        y += s.height / 2 - mm(6)
        if k == 0:
            for x in range(mm(8), s.width - mm(8), 22):
                s.line(x, y - mm(10), x + 10, y - mm(10), width=1, fill=(150, 150, 150))
    return [s]

