"""What 金安法院 receives, each in its maker's style: its own civil tribunal's 判决书/调解书 (the 民庭's 仿宋-like serif
with a heavy red rule), the 金安区劳动人事争议仲裁委员会's award (red masthead, 〔〕 number), lawyers' applications
and letters (a 六安 firm's sans letterhead), the court's printed window forms filled in ballpoint, the 网络查控 printout,
a hand-signed settlement, and card and licence copies."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, RED, Block, Sheet, flow, mm, seal, signature, wrap
from dossier.corpus.families.court_em_kit import COURT, grid, label, pen, vrule
from dossier.corpus.fonts import Font, font
from dossier.corpus.forms import id_card_copy, lawyer_licence_copy, licence_copy, payment_voucher

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
L, R, T, B = mm(30), mm(25), mm(32), mm(30)


def _set(blocks: Sequence[Block], first: Sheet, y: float, f: Font, lead: float, *, left: float = L,
         right: float = R) -> tuple[list[Sheet], float]:
    pages = [first]

    def more() -> tuple[Sheet, float]:
        pages.append(Sheet())
        return pages[-1], float(T)

    end = flow(first, blocks, f, x0=left, width=first.width - left - right, y=y, line_height=lead,
               indent=f.size * 2, bottom=first.height - B, more=more)
    return pages, end


def _foot(pages: list[Sheet], words: str) -> list[Sheet]:
    n = len(pages)
    if n > 1:
        for k, p in enumerate(pages, 1):
            p.right(p.width - R, p.height - mm(18), words.format(k=k, n=n), font("serif", 30))
            if k > 1:
                p.page_of = (k, n)
    return pages


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str], day: date) -> list[Sheet]:
    tale = str(c.extra["story"])
    if code == "enforcement_basis":
        return _arbitral(c, rng) if tale == "wage" else _civil(c, rng, tale)
    if code == "effectiveness_certificate":
        return _certificate(c, rng, tale)
    if code in ("enforcement_application", "power_of_attorney", "law_firm_letter"):
        return _lawyer(code, c, rng, day)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "organisation":
            return [licence_copy(p, c, rng)]
        return [id_card_copy(p, rng, authority="六安市公安局金安分局")]
    if code == "lawyer_license":
        return [lawyer_licence_copy(c, rng)]
    if code == "payment_voucher":
        return [payment_voucher(c, rng, bank_slip=tale != "loan")]
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng, tale)
    return _window_form(code, c, rng, day)


def _civil(c: CaseCtx, rng: random.Random, tale: str) -> list[Sheet]:
    """The 民庭's judgment or mediation paper: court name and title in bold serif, a red double rule, 仿宋-like body."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(T, COURT, font("serif_bold", 60), spacing=6)
    title = "民事判决书" if tale == "tea" else "民事调解书"
    s.centred(T + 100, title, font("serif_bold", 80), spacing=22)
    s.right(s.width - R, T + 220, c.basis_number, font("serif", 40))
    s.line(L, T + 285, s.width - R, T + 285, width=5, fill=RED)
    s.line(L, T + 295, s.width - R, T + 295, width=1, fill=RED)
    f = font("wenkai", 41)
    if tale == "tea":
        jin = c.extra["jin"]
        blocks: list[Block] = [
            ("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司执行董事。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司经理。"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。原告的委托"
                  "诉讼代理人到庭参加诉讼，被告经传票传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"原告诉称：双方自2022年起建立六安瓜片购销关系，被告分批向原告采购明前、谷雨前六安瓜片共计{jin}斤，"
                  f"经对账尚欠货款{c.amount:,.0f}元，原告多次催要未果，遂诉至法院。"),
            ("p", "本院认为，原、被告之间的买卖合同关系合法有效。原告已按约交付茶叶，被告应当支付货款。被告经本院合法传唤"
                  "无正当理由拒不到庭，视为放弃抗辩权利。依照《中华人民共和国民法典》第五百零九条、第六百二十六条，"
                  "《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{money(c.amount)}。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍"
                  "支付迟延履行期间的债务利息。案件受理费减半收取，由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于安徽省六安市中级人民法院。"),
        ]
    else:
        blocks = [
            ("f", f"原告：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，住{a.address}。"),
            ("f", f"被告：{r.name}，男，{num_date(r.born) if r.born else ''}出生，住{r.address}，{c.extra['workshop']}经营者。"),
            ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于2023年立案受理。原告诉称：{num_date(c.extra['lent_on'])}，"
                  f"被告因羽绒加工厂收购鸭绒周转资金不足，向原告借款{c.amount:,.0f}元，约定一年内归还，到期后经催要未还。"),
            ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}于本调解书生效后三个月内归还原告{a.name}借款{money(c.amount)}；"),
            ("p", "二、如被告未按期足额履行，原告可就全部未付款项申请强制执行；"),
            ("p", "三、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。"),
        ]
    pages, y = _set(blocks, s, T + 340, f, 78)
    last = pages[-1]
    if y > last.height - B - 420:
        pages.append(Sheet())
        last, y = pages[-1], float(T + 60)
    y += 40
    for role, who in [("审判员", person_name_of(c, "judge")), ("书记员", person_name_of(c, "basis_clerk"))][:1]:
        last.text(last.width - R - mm(60), y, f"{role}　{who}", f)
    when = c.basis_effective - timedelta(days=20 if tale == "tea" else 1)
    last.right(last.width - R - mm(10), y + 110, cn_date(when), f)
    seal(last, last.width - R - mm(38), y + 120, COURT, rng, radius=mm(21))
    last.text(last.width - R - mm(60), y + 230, f"书记员　{person_name_of(c, 'basis_clerk')}", f)
    last.text(L, y + 320, "本件与原本核对无异", font("serif", 32))
    return _foot(pages, "第{k}页 共{n}页")


def person_name_of(c: CaseCtx, key: str) -> str:
    """The basis's own judge and clerk (not the bureau's), fixed per case."""
    pool = "汪程储查葛鲍陶" if key == "judge" else "舒项竺章殷"
    seed = sum(map(ord, c.basis_number + key))
    return pool[seed % len(pool)] + "德明文敏志静丽"[seed // 7 % 7] + "华军芳"[seed // 3 % 3]


def _arbitral(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The labour-arbitration commission's award: a red masthead over a red rule, 〔〕 number, boxed 裁决 heading."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(T - 10, "六安市金安区劳动人事争议仲裁委员会", font("sans_bold", 64), fill=RED)
    s.line(L - 20, T + 100, s.width - R + 20, T + 100, width=6, fill=RED)
    s.centred(T + 140, "仲裁裁决书", font("sans_bold", 74), spacing=20)
    s.centred(T + 250, c.basis_number, font("serif", 40))
    f = font("serif", 40)
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，住{a.address}，公民身份号码{a.id_number}。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
        ("p", "申请人与被申请人劳动报酬争议一案，本委受理后依法组成仲裁庭，公开开庭进行了审理。被申请人经书面通知未到庭。"),
        ("p", f"经审理查明：申请人自2022年{rng.randint(3, 6)}月起在被申请人分包的{c.extra['site']}工地从事钢筋工作业，按日"
              f"计酬，被申请人共拖欠申请人{c.extra['months']}个月工资，经班组长记工、双方结算确认，欠付工资{c.amount:,.0f}元。"),
        ("p", "本委认为，劳动者付出劳动后有权获得劳动报酬。被申请人拖欠申请人工资事实清楚，证据充分。依照《中华人民共和国"
              "劳动合同法》第三十条、《保障农民工工资支付条例》第十五条之规定，裁决如下："),
        ("p", f"被申请人{r.name}于本裁决生效之日起五日内支付申请人{a.name}工资{money(c.amount)}。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。一方当事人不履行的，另一方当事人可以向人民法院申请强制执行。"),
    ]
    pages, y = _set(blocks, s, T + 340, f, 74)
    last = pages[-1]
    if y > last.height - B - 360:
        pages.append(Sheet())
        last, y = pages[-1], float(T + 60)
    for k, (role, who) in enumerate([("首席仲裁员", person_name_of(c, "judge")), ("仲裁员", person_name_of(c, "basis_clerk"))]):
        last.text(last.width - R - mm(70), y + 40 + 72 * k, f"{role}　{who}", f)
    when = c.basis_effective
    last.right(last.width - R - mm(8), y + 220, cn_date(when), f)
    seal(last, last.width - R - mm(36), y + 230, "六安市金安区劳动人事争议仲裁委员会", rng, radius=mm(21))
    return _foot(pages, "-{k}-")


def _certificate(c: CaseCtx, rng: random.Random, tale: str) -> list[Sheet]:
    s = Sheet()
    if tale == "wage":
        s.centred(T + 30, "六安市金安区劳动人事争议仲裁委员会", font("sans_bold", 56), fill=RED)
        s.line(L - 20, T + 120, s.width - R + 20, T + 120, width=5, fill=RED)
        title, issuer = "仲裁裁决生效证明", "六安市金安区劳动人事争议仲裁委员会"
        text = (f"申请人{c.applicant.name}与被申请人{c.respondent.name}劳动报酬争议一案，本委作出的{c.basis_number}仲裁裁决书"
                f"为终局裁决，已于{cn_date(c.basis_effective)}送达双方当事人，被申请人未在法定期限内申请撤销，该裁决已发生法律效力。")
    else:
        s.centred(T + 30, COURT, font("serif_bold", 58), spacing=6)
        title, issuer = "生效证明书", COURT
        kind = "民事判决书" if tale == "tea" else "民事调解书"
        text = (f"本院审理的{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，本院作出的{c.basis_number}{kind}，"
                f"已于{cn_date(c.basis_effective)}发生法律效力。")
    s.centred(T + 170, title, font("serif_bold", 76), spacing=10)
    f = font("serif", 42)
    _, y = _set([("p", text), ("p", "特此证明。")], s, T + 320, f, 80)
    s.right(s.width - R - mm(10), y + 160, cn_date(c.basis_effective + timedelta(days=rng.randint(5, 15))), f)
    seal(s, s.width - R - mm(40), y + 170, issuer, rng, radius=mm(21))
    return [s]


def _lawyer(code: str, c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """The firm's papers: a sans letterhead with the firm's address line under a thin grey rule; titles in sans bold."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("sans", 38)
    if code == "law_firm_letter":
        s.text(L, T - 30, c.firm, font("sans_bold", 50))
        s.text(L, T + 40, f"地址：{c.extra['firm_addr']}　电话：0564-3{rng.randint(100000, 999999)}", font("sans", 28))
        s.line(L, T + 90, s.width - R, T + 90, width=2, fill=(110, 110, 110))
        s.centred(T + 140, "律师事务所函", font("sans_bold", 64), spacing=16)
        s.right(s.width - R, T + 240, f"皖{c.firm[2:4]}律函〔{day.year}〕第{rng.randint(20, 400)}号", f)
        blocks: list[Block] = [
            ("f", f"{COURT}："),
            ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其申请执行{r.name}{c.extra['cause']}一案的委托代理人。"),
            ("p", "特此函告。"), ("p", "附：授权委托书一份；律师执业证复印件一份。")]
        _, y = _set(blocks, s, T + 330, f, 72)
        s.right(s.width - R - mm(10), y + 120, num_date(day), f)
        seal(s, s.width - R - mm(40), y + 130, c.firm, rng, radius=mm(20))
        return [s]
    if code == "power_of_attorney":
        s.centred(T, "授权委托书", font("sans_bold", 66), spacing=18)
        blocks = [
            ("f", f"委托人：{a.name}" + (f"，法定代表人{a.legal_rep}" if a.kind == "organisation" else f"，公民身份号码{a.id_number}")),
            ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
            ("p", f"现委托上列受托人在委托人申请执行{r.name}{c.extra['cause']}一案中，作为委托人的代理人。"),
            ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、参与执行和解、代为签收法律文书、代为领取执行款。"),
        ]
        _, y = _set(blocks, s, T + 140, f, 72)
        s.text(s.width - R - mm(80), y + 80, "委托人：", f)
        signature(s, s.width - R - mm(55), y + 70, a.legal_rep or a.name, rng)
        if a.kind == "organisation":
            seal(s, s.width - R - mm(40), y + 100, a.name, rng, radius=mm(19))
        s.text(s.width - R - mm(80), y + 190, "受托人：", f)
        signature(s, s.width - R - mm(55), y + 180, c.agent, rng)
        pen(s, s.width - R - mm(70), y + 290, num_date(day), rng, size=38, ink=(20, 20, 20))
        return [s]
    # enforcement_application
    s.centred(T, "强制执行申请书", font("sans_bold", 66))
    who_a = (f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}，法定代表人{a.legal_rep}。"
             if a.kind == "organisation" else
             f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，住{a.address}，公民身份号码{a.id_number}，电话{a.phone}。")
    who_r = (f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}，法定代表人{r.legal_rep}。"
             if r.kind == "organisation" else
             f"被执行人：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，住{r.address}，公民身份号码{r.id_number}。")
    kind = {"tea": "民事判决书", "wage": "仲裁裁决书", "loan": "民事调解书"}[str(c.extra["story"])]
    blocks = [
        ("f", who_a), ("f", f"委托代理人：{c.agent}，{c.firm}律师。"), ("f", who_r),
        ("f", "执行请求："),
        ("p", f"1．请求强制被执行人支付{money(c.amount)}及迟延履行期间的加倍债务利息；"),
        ("p", "2．本案申请执行费由被执行人负担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}{kind}，已于{num_date(c.basis_effective)}"
              "发生法律效力。被执行人至今未履行义务，为维护申请执行人的合法权益，特依据《中华人民共和国民事诉讼法》第二百四十七条"
              "之规定，向贵院申请强制执行。"),
        ("f", "此致"), ("f", COURT),
    ]
    pages, y = _set(blocks, s, T + 150, f, 70)
    last = pages[-1]
    if y > last.height - B - 260:
        pages.append(Sheet())
        last, y = pages[-1], float(T)
    last.text(last.width - R - mm(85), y + 60, "申请执行人：", f)
    signature(last, last.width - R - mm(50), y + 50, a.legal_rep or a.name, rng)
    if a.kind == "organisation":
        seal(last, last.width - R - mm(35), y + 80, a.name, rng, radius=mm(19))
    last.right(last.width - R, y + 180, num_date(day), f)
    return _foot(pages, "第{k}页")


def _window_form(code: str, c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    """The court's printed window forms (a small court line, a title, a ruled table) filled in ballpoint."""
    a, r = c.applicant, c.respondent
    who = r if code == "property_declaration_form" else a
    title = {"property_clue_form": "执行财产线索提供表", "payment_account_confirmation": "申请执行人收取执行款账户确认书",
             "service_address_confirmation": "送达地址确认书", "property_declaration_form": "被执行人财产申报表"}[code]
    rows: list[tuple[str, str]]
    if code == "property_clue_form":
        rows = [("案号", c.number), ("提供人", a.name), ("被执行人", r.name),
                ("银行账户", f"{c.extra.get('r_bank', '不清楚')} {c.extra.get('r_acct', '')}".strip()),
                ("不动产", "不清楚"), ("车辆", "不清楚" if str(c.extra["story"]) != "loan" else "有一辆五菱面包车，车牌不详"),
                ("其他线索", {"tea": "被执行人在合肥有茶叶门店，库存茶叶较多", "wage": "总包单位可能还欠其劳务款",
                            "loan": f"被执行人经营{c.extra.get('workshop', '')}，有鸭绒原料和水洗设备"}[str(c.extra["story"])])]
    elif code == "payment_account_confirmation":
        rows = [("案号", c.number), ("申请执行人", a.name), ("开户名", a.name), ("开户行", str(c.extra["in_bank"])),
                ("账号", str(c.extra["in_acct"])), ("联系电话", a.phone),
                ("承诺", "以上账户为本人（本单位）收取执行款的账户，信息真实，因账户信息错误造成的损失由本人承担。")]
    elif code == "service_address_confirmation":
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("邮政编码", "237000"),
                ("电话", a.phone), ("是否同意电子送达", "同意，手机号码同上"),
                ("确认", "以上地址真实有效，法院按此地址送达即视为送达。")]
    else:
        rows = [("案号", c.number), ("申报人", r.name), ("法定代表人/住址", r.legal_rep or r.address),
                ("银行存款", {"tea": f"{c.extra.get('r_bank', '')}，余额不详", "wage": "基本户已无余额",
                          "loan": "农商行卡一张，余额几百元"}[str(c.extra["story"])]),
                ("房产", "无"), ("车辆", "无" if str(c.extra["story"]) != "loan" else "五菱面包车一辆（旧）"),
                ("其他财产", {"tea": "门店库存茶叶若干", "wage": "无", "loan": "羽绒原料约两吨，水洗机一台"}[str(c.extra["story"])]),
                ("收入情况", "经营困难，无固定收入")]
    s = Sheet()
    s.centred(T - 20, COURT, font("serif", 40), spacing=4)
    s.centred(T + 50, title, font("serif_bold", 60 if len(title) < 12 else 52))
    x, w = mm(22), s.width - 2 * mm(22)
    hs = [mm(24) if len(v) > 22 else mm(15) for _, v in rows]
    cells = grid(s, x, T + 170, [mm(44), w - mm(44)], hs)
    for (lab, val), row in zip(rows, cells, strict=True):
        label(s, row[0], lab, font("serif", 35))
        vrule(s, row[0])
        if lab in ("承诺", "确认"):
            parts = wrap(val, font("serif", 33), row[1][2] - row[1][0] - 30)
            ty = row[1][1] + 16
            for p in parts:
                s.text(row[1][0] + 14, ty, p, font("serif", 33))
                ty += 50
            continue
        parts = [val[i:i + 22] for i in range(0, len(val), 22)]
        for k, p in enumerate(parts):
            pen(s, row[1][0] + 20, row[1][1] + 22 + 66 * k, p, rng, size=38)
    y = T + 170 + sum(hs) + 70
    s.text(x, y, "填表人（签名或盖章）：", font("serif", 38))
    signature(s, x + mm(70), y - 10, who.legal_rep or who.name, rng, ink=BLUE_INK)
    if who.kind == "organisation":
        seal(s, x + mm(95), y + 20, who.name, rng, radius=mm(19))
    s.text(x, y + 110, "填表日期：", font("serif", 38))
    pen(s, x + mm(36), y + 104, num_date(day), rng, size=38)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 安徽省 non-tax receipt: a wide landscape-ish slip printed in the top half of the page, red lines."""
    s = Sheet()
    s.centred(mm(20), "安徽省非税收入一般缴款书（电子）", font("sans_bold", 52), fill=(150, 30, 30))
    f = font("sans", 32)
    s.text(mm(16), mm(34), f"票据代码：34010123　　票据号码：{rng.randint(10**7, 10**8 - 1)}　　校验码：{rng.randint(100000, 999999)}", f)
    cells = grid(s, mm(14), mm(44), [mm(36), mm(60), mm(30), s.width - mm(28) - mm(126)], [mm(13)] * 5)
    info = [("缴款人", c.applicant.name, "缴款日期", num_date(c.filed_on)),
            ("执收单位", COURT, "案号", c.number),
            ("项目名称", "申请执行费", "金额", f"{c.extra['fee']:,.2f}"),
            ("金额（大写）", money_caps(c.extra["fee"]), "", ""),
            ("收款银行", "徽商银行六安分行", "备注", "")]
    for vals, row in zip(info, cells, strict=True):
        for k, (v, box) in enumerate(zip(vals, row, strict=True)):
            if k < 3:
                vrule(s, box)
            if v:
                label(s, box, v, font("sans", 28 if len(v) > 12 else 32), centre=k % 2 == 0)
    seal(s, s.width - mm(60), mm(96), "安徽省财政厅票据监制章", rng, radius=mm(15))
    s.text(mm(16), mm(116), "收款单位（章）　　　　　复核人：　　　　收款人：", f, record=False)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 执行查控 printout as 金安法院's system prints it: landscape-like narrow columns, grey header band."""
    s = Sheet()
    f = font("mono", 28)
    s.centred(mm(16), "安徽法院执行查控系统　查询结果清单", font("hei", 46))
    s.text(mm(12), mm(28), f"案号:{c.number}  承办:{c.officer}  被查询人:{c.respondent.name}", f)
    s.text(mm(12), mm(34), f"证件号:{c.respondent.id_number}  发起:{c.day(5):%Y/%m/%d}", f)
    units = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "邮储银行", "徽商银行", "安徽金安农商行",
             "自然资源部(不动产)", "公安部(车辆)", "证券登记结算", "支付宝", "财付通", "市场监管(股权)"]
    widths = [mm(12), mm(52), mm(22), mm(68), s.width - mm(24) - mm(154)]
    top = mm(42)
    cells = grid(s, mm(12), top, widths, [mm(9)] * (len(units) + 1), weight=2)
    s.draw.rectangle((cells[0][0][0] + 2, cells[0][0][1] + 2, cells[0][-1][2] - 2, cells[0][0][3] - 2), fill=(215, 215, 215))
    for box, t in zip(cells[0], ["序", "反馈单位", "类型", "反馈结果", "时间"], strict=True):
        label(s, box, t, f)
    story = str(c.extra["story"])
    for k, (unit, row) in enumerate(zip(units, cells[1:], strict=True), 1):
        for box in row[:-1]:
            vrule(s, box)
        hit = ""
        if story == "tea" and unit.startswith("中国建设") :
            hit = f"余额{c.amount:,.2f}"
        elif story == "loan" and "农商" in unit:
            hit = f"余额{rng.randint(100, 900)}.{rng.randint(10, 99)}"
        elif story == "loan" and "车辆" in unit:
            hit = "小型面包车1辆"
        kind = "存款" if k <= 7 else ("不动产" if k == 8 else ("车辆" if k == 9 else "其他"))
        for box, t in zip(row, [str(k), unit, kind, hit or "无财产信息", f"{c.day(rng.randint(5, 8)):%m-%d}"], strict=True):
            label(s, box, t, f, centre=False)
    s.text(mm(12), s.height - mm(20), f"打印人:{c.clerk}  打印时间:{c.day(9):%Y/%m/%d %H:%M}", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, tale: str) -> list[Sheet]:
    """The parties' own settlement, typed at the bureau's window (kai font) and signed and thumb-printed."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(T, "执行和解协议", font("kai", 72), spacing=8)
    f = font("kai", 42)
    if tale == "tea":
        terms = [f"一、被执行人确认尚欠申请执行人货款{money(c.amount)}，法院已扣划部分存款，余款于{num_date(c.extra['paid_on'])}前一次付清；",
                 "二、申请执行人放弃迟延履行期间的加倍利息；", "三、被执行人按期付清后，本案执行完毕。"]
    else:
        terms = [f"一、被执行人于{num_date(c.extra['paid_on'])}前向申请执行人一次性支付借款本金{money(c.amount)}；",
                 "二、申请执行人放弃利息及迟延履行利息；", "三、被执行人付清后，双方再无纠葛，申请执行人不再申请执行。"]
    blocks: list[Block] = [("f", f"申请执行人（甲方）：{a.name}"), ("f", f"被执行人（乙方）：{r.name}"),
                           ("p", f"{c.number}案件执行中，经{COURT}执行员主持，甲乙双方自愿达成如下和解协议："),
                           *[("p", t) for t in terms], ("p", "本协议一式三份，双方各执一份，交法院一份附卷。")]
    _, y = _set(blocks, s, T + 150, f, 76)
    s.text(L, y + 60, "甲方：", f)
    signature(s, L + mm(20), y + 50, a.legal_rep or a.name, rng)
    s.text(L + mm(85), y + 60, "乙方：", f)
    signature(s, L + mm(105), y + 50, r.legal_rep or r.name, rng)
    for xx in (L + mm(48), L + mm(133)):
        s.draw.ellipse((xx, y + 40, xx + 44, y + 100), fill=(200, 40, 45))
    s.right(s.width - R, y + 180, num_date(c.day(30)), f)
    return [s]
